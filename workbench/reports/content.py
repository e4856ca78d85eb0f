"""What a review report says, worked out once for every format that a person reads.

The HTML, PDF, DOCX and Markdown reports show the same things: a header, a summary, the
article with numbered claim spans, and one section per claim. This module turns a
:class:`~workbench.core.model.ProjectSnapshot` into that content as plain values, so the
formats differ only in markup and cannot drift apart in substance. Nothing here escapes:
each format escapes for itself.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime

from workbench.core.model import Claim, Document, Evidence, ProjectSnapshot, Status
from workbench.core.palette import LOOKS, StatusLook
from workbench.reports.safety import safe_link


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """One piece of evidence as shown: ``link`` is set only for a safe URL."""

    title: str
    url: str
    link: str | None
    publisher: str
    accessed: str
    excerpt: str
    stance: str
    note: str


@dataclass(frozen=True, slots=True)
class ClaimItem:
    """A claim with its footnote number and everything its section shows."""

    number: int
    claim: Claim
    look: StatusLook
    page: int | None
    evidence: tuple[EvidenceItem, ...]
    changed_by: str
    changed_at: str

    @property
    def status(self) -> str:
        """The status value, for CSS classes and tags."""
        return self.claim.status.value


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of article text covered by the same claims (outermost first).

    ``ending`` holds the numbers of the claims that end right after this run, where
    their footnote markers go.
    """

    text: str
    covering: tuple[ClaimItem, ...]
    ending: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class StatusCount:
    """How many claims have one status."""

    look: StatusLook
    status: str
    count: int


@dataclass(frozen=True, slots=True)
class DocumentSection:
    """One article: where it came from, its text in paragraphs of segments, its claims."""

    document: Document
    source_link: str | None
    paragraphs: tuple[tuple[Segment, ...], ...]
    claims: tuple[ClaimItem, ...]


@dataclass(frozen=True, slots=True)
class ReportContent:
    """Everything a readable report shows, in order."""

    title: str
    organisation: str
    organisation_link: str | None
    reviewers: tuple[str, ...]
    exported_at: str
    counts: tuple[StatusCount, ...]
    total: int
    reviewed: int
    documents: tuple[DocumentSection, ...]

    @property
    def reviewed_percent(self) -> int:
        """The share of claims reviewed, in whole per cent (0 when there are none)."""
        return round(100 * self.reviewed / self.total) if self.total else 0

    @property
    def claims(self) -> tuple[ClaimItem, ...]:
        """Every claim, numbered in reading order across the documents."""
        return tuple(item for section in self.documents for item in section.claims)


def human_time(iso: str) -> str:
    """An ISO 8601 timestamp as a reader writes it ("27 Nov 2026, 14:05 UTC").

    Anything that does not parse is shown as it is: dates typed by people vary.
    """
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is None:
        return moment.strftime("%d %b %Y, %H:%M")
    return moment.astimezone(UTC).strftime("%d %b %Y, %H:%M UTC")


def build(snapshot: ProjectSnapshot) -> ReportContent:
    """The content of a readable report of ``snapshot``."""
    number = 0
    sections: list[DocumentSection] = []
    for document in snapshot.documents:
        items: list[ClaimItem] = []
        for claim in snapshot.claims_of(document.id):
            number += 1
            items.append(_claim_item(number, claim, document, snapshot.evidence[claim.id]))
        sections.append(
            DocumentSection(
                document=document,
                source_link=safe_link(document.source_url) or safe_link(document.source),
                paragraphs=_without_title_line(paragraphs(document.text, items), document),
                claims=tuple(items),
            )
        )
    tally = Counter(claim.status for claim in snapshot.claims)
    settings = snapshot.settings
    return ReportContent(
        title=settings.title or snapshot.path_name,
        organisation=settings.organisation,
        organisation_link=safe_link(settings.organisation_url),
        reviewers=snapshot.reviewers,
        exported_at=human_time(snapshot.exported_at),
        counts=tuple(StatusCount(LOOKS[s], s.value, tally[s]) for s in Status),
        total=len(snapshot.claims),
        reviewed=len(snapshot.claims) - tally[Status.UNREVIEWED],
        documents=tuple(sections),
    )


def _without_title_line(
    found: tuple[tuple[Segment, ...], ...], document: Document
) -> tuple[tuple[Segment, ...], ...]:
    """Drop a first line that only repeats the title the report already shows above it.

    Importers often take the title from the first line; printing it twice looks careless.
    A first line holding a claim is always kept.
    """
    if found and not any(seg.covering for seg in found[0]):
        first = "".join(seg.text for seg in found[0]).strip()
        if first and first == document.title.strip():
            return found[1:]
    return found


def _claim_item(
    number: int, claim: Claim, document: Document, evidence: tuple[Evidence, ...]
) -> ClaimItem:
    return ClaimItem(
        number=number,
        claim=claim,
        look=LOOKS[claim.status],
        page=document.page_of(claim.start),
        evidence=tuple(_evidence_item(e) for e in evidence),
        changed_by=claim.updated_by or claim.created_by,
        changed_at=human_time(claim.updated_at or claim.created_at),
    )


def _evidence_item(evidence: Evidence) -> EvidenceItem:
    return EvidenceItem(
        title=evidence.display_title,
        url=evidence.url,
        link=safe_link(evidence.url),
        publisher=evidence.publisher,
        accessed=human_time(evidence.accessed_at) if evidence.accessed_at else "",
        excerpt=evidence.excerpt,
        stance=evidence.stance.value,
        note=evidence.note,
    )


def paragraphs(text: str, items: list[ClaimItem]) -> tuple[tuple[Segment, ...], ...]:
    """``text`` cut into paragraphs (one per line) of segments at every claim boundary.

    A sweep over the sorted boundaries keeps this linear in the text plus the claims,
    which matters for articles with thousands of claims. Blank lines are dropped.
    """
    cuts = {0, len(text)}
    cuts.update(i for i, ch in enumerate(text) if ch == "\n")
    cuts.update(i + 1 for i, ch in enumerate(text) if ch == "\n")
    for item in items:
        cuts.update((item.claim.start, item.claim.end))
    starting: dict[int, list[ClaimItem]] = {}
    for item in items:
        starting.setdefault(item.claim.start, []).append(item)
    active: list[ClaimItem] = []
    result: list[tuple[Segment, ...]] = []
    current: list[Segment] = []
    ordered = sorted(cuts)
    for start, end in itertools.pairwise(ordered):
        active = [item for item in active if item.claim.end > start]
        active.extend(starting.get(start, ()))
        active.sort(key=lambda item: (item.claim.start, -item.claim.end, item.number))
        piece = text[start:end]
        ending = tuple(item.number for item in active if item.claim.end == end)
        if piece == "\n":
            if ending:  # a claim that ends on a line break keeps its marker on the line
                current.append(Segment("", tuple(active), ending))
            if current:
                result.append(tuple(current))
            current = []
            continue
        current.append(Segment(piece, tuple(active), ending))
    if current:
        result.append(tuple(current))
    return tuple(p for p in result if any(s.text.strip() or s.covering for s in p))
