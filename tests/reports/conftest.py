"""A project made through the real store with everything a report must survive.

Claims in every status, overlapping spans, emoji and right-to-left text, a reviewer with
markup in the name, and hostile strings in every field a report shows.
"""

from __future__ import annotations

import dataclasses

import pytest

from tests.conftest import SAMPLE_ARTICLE
from workbench.core.model import (
    Evidence,
    ProjectSettings,
    ProjectSnapshot,
    Stance,
    Status,
    new_claim,
    new_id,
)
from workbench.importers import import_file, import_pasted
from workbench.store.projectfile import Project

SCRIPT = "<script>alert(1)</script>"
JS_URL = "javascript:alert(document.cookie)"
FORMULA = '=HYPERLINK("http://evil.example/x","Click me")'
EMOJI = "🚀"
RTL = "قالت الحكومة إن الأسعار ارتفعت"
HOSTILE = (SCRIPT, JS_URL, FORMULA)

PASTED = (
    f"Launch costs fell {EMOJI} by half in 2024, the agency said.\n"
    f"{RTL} بنسبة عشرة في المئة.\n"
    f"A commenter wrote {SCRIPT} and {FORMULA} in the thread.\n"
)


@dataclasses.dataclass
class Built:
    """The project's snapshot and the quotes its claims were made from."""

    snapshot: ProjectSnapshot
    quotes: dict[Status, list[str]]


def _span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The hostile test project, built once per session (it is only read)."""
    path = tmp_path_factory.mktemp("reports") / "p.factcheck"
    project = Project.create(path)
    project.reviewer = "Ana Núñez"
    project.update_settings(
        ProjectSettings(
            title=f"Desk review {SCRIPT}",
            organisation="Example Fact Desk",
            organisation_url="https://factdesk.example/",
        )
    )
    article = dataclasses.replace(
        import_file(SAMPLE_ARTICLE),
        publisher=f"Atlantic Council {SCRIPT}",
        source_url=JS_URL,
        published="2025-10-22",
    )
    doc = project.add_document(article)
    pasted = project.add_document(import_pasted(PASTED, title=f"Thread {EMOJI} {RTL}"))
    quotes: dict[Status, list[str]] = {s: [] for s in Status}

    def claim(document, quote: str, status: Status, **fields: str) -> str:
        start, end = _span(document.text, quote)
        made = project.add_claim(new_claim(document, start, end, **fields))
        if status is not Status.UNREVIEWED:
            project.update_claim(made.id, status=status)
        quotes[status].append(quote)
        return made.id

    outer = claim(
        doc,
        "Trump said both sides had agreed to hold a meeting between top advisors",
        Status.VERIFIED,
        claimant="Donald Trump",
        rating="True",
        note=f"Confirmed by two officials.\nSecond line {SCRIPT}",
    )
    inner = claim(  # overlaps the claim above
        doc,
        "agreed to hold a meeting",
        Status.DISPUTED,
        claimant=FORMULA,
        rating="Misleading",
        note=FORMULA,
    )
    claim(
        doc,
        "Kremlin spokesman Dmitry Peskov said no date was ever confirmed",
        Status.UNVERIFIABLE,
        claimant="Dmitry Peskov",
        summary=f"No date set {SCRIPT}",
    )
    claim(doc, "another Rubio-Lavrov meeting is unnecessary", Status.UNREVIEWED)
    claim(
        pasted,
        f"Launch costs fell {EMOJI} by half in 2024",
        Status.DISPUTED,
        claimant=RTL,
        note=f"Emoji {EMOJI} and RTL {RTL}",
    )
    claim(pasted, RTL, Status.VERIFIED, claimant="وزارة المالية")
    claim(pasted, SCRIPT, Status.UNVERIFIABLE, claimant=SCRIPT, note=JS_URL)
    claim(pasted, FORMULA, Status.UNREVIEWED, summary=FORMULA)

    project.reviewer = f"<b>Mallory</b> {SCRIPT}"
    project.add_evidence(
        Evidence(
            id=new_id(),
            claim_id=outer,
            title="State Department readout",
            url="https://www.state.gov/readout?a=1&b=2",
            publisher="U.S. State Department",
            accessed_at="2025-10-23T09:30:00+00:00",
            excerpt="The Secretary spoke with Lavrov.",
            stance=Stance.SUPPORTS,
        )
    )
    project.add_evidence(
        Evidence(
            id=new_id(),
            claim_id=inner,
            title=f"<img src=x onerror=alert(1)> {SCRIPT}",
            url=JS_URL,
            publisher=FORMULA,
            excerpt=f"Excerpt {SCRIPT}",
            stance=Stance.REFUTES,
            note=FORMULA,
        )
    )
    project.add_evidence(
        Evidence(
            id=new_id(),
            claim_id=inner,
            title="Mail the desk",
            url="mailto:desk@example.org",
            stance=Stance.CONTEXT,
        )
    )
    project.update_claim(inner, note=f"{FORMULA}\nEdited by Mallory")
    snapshot = project.snapshot()
    project.close()
    return Built(snapshot, quotes)


@pytest.fixture
def snapshot(built: Built) -> ProjectSnapshot:
    """The hostile project's snapshot."""
    return built.snapshot
