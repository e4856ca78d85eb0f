"""Render the README's report previews: the sample article's HTML and PDF reports.

Builds a demonstration project from ``seeds/`` through the real store (a few claims in
every status, one pair overlapping, evidence), exports the HTML and PDF reports, and
renders the first two pages of each to ``docs/report-{html,pdf}-p{1,2}.png``.

The PDF pages are rendered with poppler's ``pdftoppm``. The HTML report is printed to PDF
by a real browser engine (headless Chromium, as an editor would print it from a browser)
when one is installed (Debian: ``apt-get install chromium``); without one, by Qt's text
document, which shows the same content with Qt's typography.

Run from anywhere: ``python docs/make_report_previews.py`` (needs poppler-utils).
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"
SAMPLE = REPO / "seeds" / "atlantic-council-budapest-summit-postponed.txt"
DPI = 110

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # run from a checkout without installing

from workbench.core.model import (  # noqa: E402
    Document,
    Evidence,
    ProjectSettings,
    ProjectSnapshot,
    Stance,
    Status,
    new_claim,
    new_id,
)
from workbench.importers import import_file  # noqa: E402
from workbench.reports import write_report  # noqa: E402
from workbench.reports.content import report_title  # noqa: E402
from workbench.reports.html_report import render_html  # noqa: E402
from workbench.reports.pdf_report import html_to_pdf  # noqa: E402
from workbench.store.projectfile import Project  # noqa: E402

#: (quote, status, claimant, rating, note)
CLAIMS = (
    (
        "A senior administration official told CNN that there are “no plans” for a meeting",
        Status.VERIFIED,
        "Senior U.S. administration official",
        "True",
        "Matches the on-record statement given the next day (see evidence).",
    ),
    (
        "Kremlin spokesman Dmitry Peskov said no date was ever confirmed",
        Status.VERIFIED,
        "Dmitry Peskov",
        "True",
        "",
    ),
    (
        "Lavrov rejected Trump’s idea of freezing the conflict — a proposal that Ukraine and "  # noqa: RUF001
        "Europe supported in recent talks",
        Status.UNVERIFIABLE,
        "Unnamed sources",
        "",
        "Only anonymous sourcing so far; no readout from either ministry mentions it.",
    ),
    (
        "a proposal that Ukraine and Europe supported in recent talks",
        Status.VERIFIED,
        "Article (reporter)",
        "Mostly true",
        "European statements back a ceasefire along the current line; Ukraine's support\n"
        "was conditional.",
    ),
    (
        "Russia grew less open to diplomacy after the U.S. decided not to supply long-range "
        "Tomahawk missiles",
        Status.DISPUTED,
        "Volodymyr Zelensky",
        "Mixture",
        "The causal link is Zelensky's reading; U.S. officials described the missile decision\n"
        "as still under review at the time.",
    ),
    (
        "Lavrov has limited authority to influence key decisions",
        Status.UNREVIEWED,
        "Senior U.S. source",
        "",
        "",
    ),
    (
        "Rubio is unlikely to recommend moving forward until progress is visible",
        Status.UNREVIEWED,
        "Sources",
        "",
        "",
    ),
)


#: (the index in CLAIMS of the claim it is for, its fields), in the order it is added.
EVIDENCE: tuple[tuple[int, dict[str, Any]], ...] = (
    (
        0,
        {
            "title": "Department press briefing",
            "url": "https://www.state.gov/",
            "publisher": "U.S. Department of State",
            "accessed_at": "2025-10-23T09:30:00+00:00",
            "excerpt": "“An in-person meeting is not necessary, and there are no plans for "
            "President Trump to meet President Putin soon.”",
            "stance": Stance.SUPPORTS,
        },
    ),
    (
        1,
        {
            "title": "Kremlin press-pool transcript",
            "url": "https://en.kremlin.ru/",
            "publisher": "Presidential Executive Office",
            "accessed_at": "2025-10-23T10:05:00+00:00",
            "excerpt": "“You cannot postpone what has not been scheduled.”",
            "stance": Stance.SUPPORTS,
        },
    ),
    (
        4,
        {
            "title": "Briefing notes from the desk's Kyiv stringer",
            "publisher": "Internal",
            "excerpt": "Officials in Kyiv would not link the two on record.",
            "stance": Stance.REFUTES,
        },
    ),
    (
        4,
        {
            "title": "Reuters explainer on the Tomahawk request",
            "url": "https://www.reuters.com/",
            "publisher": "Reuters",
            "stance": Stance.CONTEXT,
            "accessed_at": "2025-10-23T11:40:00+00:00",
        },
    ),
)


def build_project(folder: Path) -> ProjectSnapshot:
    """The demonstration project, made through the store as the app would make it."""
    project = Project.create(folder / "budapest-summit.factcheck")
    project.reviewer = "Ana Núñez"
    project.update_settings(
        ProjectSettings(
            title="Budapest summit postponed: claim review",
            organisation="Demo Fact Desk",
            organisation_url="https://factcheck.example.org/",
        )
    )
    article = dataclasses.replace(import_file(SAMPLE), publisher="Atlantic Council")
    document = project.add_document(article)
    ids = [_add_claim(project, document, spec) for spec in CLAIMS]
    project.reviewer = "Jonas Weber"
    for index, values in EVIDENCE:
        project.add_evidence(Evidence(id=new_id(), claim_id=ids[index], **values))
    project.update_claim(ids[4], note=CLAIMS[4][4] + "\nSecond reviewer: keep as disputed.")
    snapshot = project.snapshot()
    project.close()
    return snapshot


def _add_claim(
    project: Project, document: Document, spec: tuple[str, Status, str, str, str]
) -> str:
    quote, status, claimant, rating, note = spec
    start = document.text.index(quote)
    claim = project.add_claim(
        new_claim(
            document,
            start,
            start + len(quote),
            claimant=claimant,
            rating=rating,
            note=note,
        )
    )
    if status is not Status.UNREVIEWED:
        project.update_claim(claim.id, status=status)
    return claim.id


def render_pages(pdf: Path, prefix: str) -> list[Path]:
    """The first two pages of ``pdf`` as ``docs/{prefix}-p1.png`` and ``-p2.png``."""
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm (poppler-utils) is needed to render the previews.")
    made = []
    for page in (1, 2):
        stem = DOCS / f"{prefix}-p{page}"
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                str(DPI),
                "-f",
                str(page),
                "-l",
                str(page),
                "-singlefile",
                str(pdf),
                str(stem),
            ],
            check=True,
        )
        made.append(stem.with_suffix(".png"))
    return made


def print_html(html: Path, snapshot: ProjectSnapshot, target: Path) -> Path:
    """The HTML report printed to PDF: by headless Chromium if installed, else by Qt."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser:
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run(
                [
                    browser,
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    f"--user-data-dir={profile}",
                    "--no-pdf-header-footer",
                    f"--print-to-pdf={target}",
                    html.as_uri(),
                ],
                check=True,
                capture_output=True,
                timeout=120,
            )
        return target
    target.write_bytes(html_to_pdf(render_html(snapshot), report_title(snapshot)))
    return target


def main() -> None:
    """Build, export, render; print the PNGs made."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        snapshot = build_project(folder)
        html = write_report(snapshot, "html", folder / "report.html")
        pdf = write_report(snapshot, "pdf", folder / "report.pdf")
        printed = print_html(html, snapshot, folder / "report-html-printed.pdf")
        made = render_pages(printed, "report-html") + render_pages(pdf, "report-pdf")
        sizes = f"HTML {html.stat().st_size:,} bytes, PDF {pdf.stat().st_size:,} bytes"
    sys.stdout.write(sizes + "\n")
    for path in made:
        sys.stdout.write(f"{path.relative_to(REPO)}\n")


if __name__ == "__main__":
    main()
