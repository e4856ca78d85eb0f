"""What a review report says, worked out once for every format that a person reads.

The HTML, PDF, DOCX and Markdown reports show the same things, in the order an editor
reads them: a verdict table, one card per claim (its sentence in the article, verdict,
note, evidence), the sources cited, the rating scale and who reviewed what and when. The
full annotated article and articles without claims are printed only when asked for
(:class:`ReportOptions`). This module turns a
:class:`~workbench.core.model.ProjectSnapshot` into that content as plain values, so the
formats differ only in markup and cannot drift apart in substance.

The transparency parts (scale, sources, who reviewed what) are worked out in
:mod:`~workbench.reports.transparency`. Every string from the project passes
:mod:`~workbench.reports.safety` here (bidi controls and terminal escapes made visible),
so no format can forget it; escaping the markup stays each format's own job.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import TYPE_CHECKING
from urllib.parse import quote

from workbench.core.archived import ArchivedCopy, copy_file_name
from workbench.core.model import (
    Claim,
    Document,
    Evidence,
    HistoryEvent,
    ProjectSnapshot,
    Status,
)
from workbench.core.numbering import claim_numbers
from workbench.core.palette import LOOKS, StatusLook
from workbench.core.translatable import QT_TRANSLATE_NOOP
from workbench.core.versioning import version_note
from workbench.reports import transparency
from workbench.reports.safety import label, prose, safe_link
from workbench.reports.sentences import Context, context
from workbench.reports.words import catalogue

if TYPE_CHECKING:
    from workbench.i18n import Catalogue

#: The report's title when neither the project nor an article has one.
FALLBACK_TITLE = "Fact-check report"
#: The title the store gives an article imported without one: no title for a report.
UNTITLED_DOCUMENT = "Untitled document"

#: What each status means, stated in the report's scale section.
STATUS_MEANINGS: dict[Status, str] = {
    Status.VERIFIED: QT_TRANSLATE_NOOP(
        "Report", "Checked against the evidence listed: the claim holds."
    ),
    Status.DISPUTED: QT_TRANSLATE_NOOP(
        "Report", "The evidence listed contradicts the claim, in whole or in part."
    ),
    Status.UNVERIFIABLE: QT_TRANSLATE_NOOP(
        "Report", "The desk could not confirm or refute the claim with the evidence available."
    ),
    Status.UNREVIEWED: QT_TRANSLATE_NOOP("Report", "Not yet checked by the desk."),
}
#: A symbol per status, beside its name: verdicts stay legible in a black-and-white print.
STATUS_MARKS: dict[Status, str] = {
    Status.VERIFIED: "✓",
    Status.DISPUTED: "✗",
    Status.UNVERIFIABLE: "?",
    Status.UNREVIEWED: "\u2013",  # an en dash: not yet
}

# An importer's stand-in for a PDF page without a text layer ("[Page 4: no text]").
_PLACEHOLDER = re.compile(r"\[Page \d+: no text\]")


#: A report's words in its language (:meth:`ReportContent.t`).
Words = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """What a readable report includes beyond the claims themselves (both off by default).

    ``full_article`` adds each article's text with the claims highlighted;
    ``include_unclaimed`` lists articles in which no claim was marked.
    """

    full_article: bool = False
    include_unclaimed: bool = False
    #: The folder (relative to the report) the archived copies are written to beside it,
    #: so the report links to them; "" when they are not written.
    copies_folder: str = ""


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
    attachment: str
    copies: tuple[transparency.CopyItem, ...] = ()


@dataclass(frozen=True, slots=True)
class ClaimItem:
    """A claim with its project-wide number and everything its card shows.

    ``reviewed_by``/``reviewed_at`` name who last set its status or rating, and when.
    """

    number: int
    claim: Claim
    look: StatusLook
    page: int | None
    evidence: tuple[EvidenceItem, ...]
    changed_by: str
    changed_at: str
    document_title: str = ""
    context: Context | None = None
    reviewed_by: str = ""
    reviewed_at: str = ""
    #: Which version of the article the verdict was given against, and whether the text
    #: changed since ("" for an article with one version).
    version_note: str = ""

    @property
    def status(self) -> str:
        """The status value, for CSS classes and tags."""
        return self.claim.status.value

    @property
    def mark(self) -> str:
        """The status's symbol, shown beside its name."""
        return STATUS_MARKS[self.claim.status]

    @property
    def verdict(self) -> str:
        """The status in words with its symbol, as in the verdict table ("✗ Disputed")."""
        return f"{self.mark} {self.look.label}"


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
    """How many claims have one status, and what the status means."""

    look: StatusLook
    status: str
    count: int
    mark: str
    meaning: str


@dataclass(frozen=True, slots=True)
class DocumentSection:
    """One article: where it came from, its claims, and (on request) its annotated text."""

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
    scale: tuple[transparency.RatingItem, ...] = ()
    sources: tuple[transparency.SourceItem, ...] = ()
    review_log: tuple[transparency.ReviewerItem, ...] = ()
    full_article: bool = False
    #: The head of the project's history chain when exported (``workbench verify``).
    history_head: str = ""
    #: The language the report is written in (the project's), and so its direction.
    language: str = "en"

    @property
    def direction(self) -> str:
        """``rtl`` for a language written right to left, else ``ltr`` (HTML's values)."""
        return "rtl" if catalogue(self.language).right_to_left else "ltr"

    def t(self, words: str) -> str:
        """A report's own words (headings, labels) in its language."""
        return catalogue(self.language).text("Report", words)

    @property
    def reviewed_percent(self) -> int:
        """The share of claims reviewed, in whole per cent (0 when there are none)."""
        return round(100 * self.reviewed / self.total) if self.total else 0

    @property
    def claims(self) -> tuple[ClaimItem, ...]:
        """Every claim in the report, in reading order, with its project number."""
        return tuple(item for section in self.documents for item in section.claims)

    @property
    def several_documents(self) -> bool:
        """True when claims come from more than one article (the table names each)."""
        return len(self.documents) > 1


def reviewed_line(report: ReportContent, words: str) -> str:
    """``words`` ("%1 of %2 claims (%3%)", translated) with the report's review progress."""
    for mark, value in (
        ("%1", report.reviewed),
        ("%2", report.total),
        ("%3", report.reviewed_percent),
    ):
        words = words.replace(mark, catalogue(report.language).number(value))
    return words


def report_title(snapshot: ProjectSnapshot, options: ReportOptions | None = None) -> str:
    """The report's title: the project's, else its article's, else :data:`FALLBACK_TITLE`.

    Never the file name: a new project's title defaults to its file's name, and an
    untitled project's file is named after the moment it was made ("Untitled 2026-12-03
    05-17-23-532449"), which means nothing to a reader. So a project title that only
    repeats the file name counts as no title. The articles named are those the report
    covers: a heading naming an article the report leaves out (no claims) misleads.
    """
    title = label(snapshot.settings.title).strip()
    if title and title != PurePath(label(snapshot.path_name)).stem.strip():
        return title
    documents = snapshot.documents
    if not (options and options.include_unclaimed):
        claimed = {claim.document_id for claim in snapshot.claims}
        documents = tuple(d for d in documents if d.id in claimed) or documents
    titles = [label(d.title).strip() for d in documents]
    titles = [t for t in titles if t and t != UNTITLED_DOCUMENT]
    if not titles:
        return FALLBACK_TITLE
    more = len(documents) - 1
    if more:
        return f"{titles[0]} and {more} more article{'s' if more > 1 else ''}"
    return titles[0]


def build(snapshot: ProjectSnapshot, options: ReportOptions | None = None) -> ReportContent:
    """The content of a readable report of ``snapshot``."""
    options = options or ReportOptions()
    words = catalogue(snapshot.settings.language)
    numbers = snapshot.numbers or claim_numbers(snapshot.documents, snapshot.claims)
    reviews = transparency.last_reviews(snapshot.history, {c.id for c in snapshot.claims})
    sections: list[DocumentSection] = []
    by_document: dict[str, list[Claim]] = {}
    for claim in snapshot.claims:  # one pass: claims_of() per document is quadratic
        by_document.setdefault(claim.document_id, []).append(claim)
    for document in snapshot.documents:
        claims = by_document.get(document.id, [])
        if not claims and not options.include_unclaimed:
            continue
        shown = _clean_document(document)
        items = [
            _claim_item(
                numbers,
                claim,
                shown,
                snapshot.evidence[claim.id],
                reviews.get(claim.id),
                words=words,
            )
            for claim in claims
        ]
        items = [_with_copies(item, snapshot, options.copies_folder, words) for item in items]
        # A claim kept against an older version has no place in the current text.
        on_text = [item for item in items if item.claim.version == document.version]
        sections.append(
            DocumentSection(
                document=shown,
                source_link=safe_link(document.source_url) or safe_link(document.source),
                paragraphs=_without_title_line(paragraphs(shown.text, on_text), shown)
                if options.full_article
                else (),
                claims=tuple(items),
            )
        )
    tally = Counter(claim.status for claim in snapshot.claims)
    settings = snapshot.settings
    all_items = [item for section in sections for item in section.claims]
    return ReportContent(
        title=report_title(snapshot, options),
        organisation=label(settings.organisation),
        organisation_link=safe_link(settings.organisation_url),
        reviewers=tuple(label(r) for r in snapshot.reviewers),
        exported_at=words.moment(snapshot.exported_at),
        counts=tuple(
            StatusCount(
                _look(s, words),
                s.value,
                tally[s],
                STATUS_MARKS[s],
                words.text("Report", STATUS_MEANINGS[s]),
            )
            for s in Status
        ),
        total=len(snapshot.claims),
        reviewed=len(snapshot.claims) - tally[Status.UNREVIEWED],
        documents=tuple(sections),
        scale=tuple(
            replace(r, label=words.text("Rating", r.label), meaning=words.text("Rating", r.meaning))
            for r in transparency.rating_scale(snapshot)
        ),
        sources=transparency.sources((item.number, item.evidence) for item in all_items),
        review_log=transparency.review_log(
            snapshot.history, {item.claim.id: item.number for item in all_items}, words
        ),
        full_article=options.full_article,
        history_head=snapshot.history_head,
        language=words.language,
    )


def _clean_document(document: Document) -> Document:
    """The document with its shown fields made safe; the text keeps every offset."""
    text = prose(document.text)
    return replace(
        document,
        title=label(document.title),
        text=text,
        # The checksum is of the text as shown (recomputed only when it changed).
        text_sha256=document.text_sha256 if text == document.text else "",
        source=label(document.source),
        source_url=label(document.source_url),
        publisher=label(document.publisher),
        author=label(document.author),
        published=label(document.published),
    )


def _clean_claim(claim: Claim) -> Claim:
    return replace(
        claim,
        quote=prose(claim.quote),
        summary=prose(claim.summary),
        claimant=label(claim.claimant),
        rating=label(claim.rating),
        note=prose(claim.note),
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
    numbers: dict[str, int],
    claim: Claim,
    document: Document,
    evidence: tuple[Evidence, ...],
    review: HistoryEvent | None,
    *,
    words: Catalogue,
) -> ClaimItem:
    cleaned = _clean_claim(claim)
    return ClaimItem(
        number=numbers.get(claim.id, 0),
        claim=replace(cleaned, rating=words.text("Rating", cleaned.rating)),
        look=_look(claim.status, words),
        page=document.page_of(claim.start) if claim.version == document.version else None,
        evidence=tuple(_evidence_item(e, words) for e in evidence),
        changed_by=label(claim.updated_by or claim.created_by),
        changed_at=words.moment(claim.updated_at or claim.created_at),
        document_title=document.title,
        context=_context(document.text, claim),
        reviewed_by=label(review.reviewer) if review else "",
        reviewed_at=words.moment(review.at) if review else "",
        version_note=version_note(
            claim.version, claim.checked_version, claim.anchor_state, document.version
        ),
    )


def _context(text: str, claim: Claim) -> Context:
    """The claim's sentence, or just its quote when the text no longer holds it there."""
    if text[claim.start : claim.end] != prose(claim.quote):
        return Context("", prose(claim.quote), "")
    found = context(text, claim.start, claim.end)
    return Context(
        _PLACEHOLDER.sub("", found.before), found.quote, _PLACEHOLDER.sub("", found.after)
    )


def _with_copies(
    item: ClaimItem, snapshot: ProjectSnapshot, folder: str, words: Catalogue
) -> ClaimItem:
    """The claim's evidence with the archived copies each piece keeps."""
    if not snapshot.copies:
        return item
    ids = [e.id for e in snapshot.evidence[item.claim.id]]
    evidence = tuple(
        replace(
            shown, copies=tuple(_copy_item(c, folder, words) for c in snapshot.copies.get(i, ()))
        )
        for shown, i in zip(item.evidence, ids, strict=True)
    )
    return replace(item, evidence=evidence)


def _copy_item(copy: ArchivedCopy, folder: str, words: Catalogue) -> transparency.CopyItem:
    def t(text: str) -> str:
        return words.text("Report", text)

    return transparency.CopyItem(
        name=label(copy.name),
        kind=copy.kind.value,
        sha256=copy.sha256,
        captured=label(words.moment(copy.captured_at)) if copy.captured_at else "",
        size=f"{words.number(copy.size)} {t('bytes')}",
        href=f"{folder}/{quote(copy_file_name(copy))}" if folder else None,
    )


def _look(status: Status, words: Catalogue) -> StatusLook:
    """The status's look, its name in the report's language."""
    look = LOOKS[status]
    return replace(look, label=words.text("Status", look.label))


def _evidence_item(evidence: Evidence, words: Catalogue) -> EvidenceItem:
    return EvidenceItem(
        title=label(evidence.display_title),
        url=label(evidence.url),
        link=safe_link(evidence.url),
        publisher=label(evidence.publisher),
        accessed=words.moment(evidence.accessed_at) if evidence.accessed_at else "",
        excerpt=prose(evidence.excerpt),
        stance=evidence.stance.value,
        note=prose(evidence.note),
        attachment=label(evidence.attachment_name),
    )


def paragraphs(text: str, items: list[ClaimItem]) -> tuple[tuple[Segment, ...], ...]:
    """``text`` cut into paragraphs (one per line) of segments at every claim boundary.

    A sweep over the sorted boundaries keeps this linear in the text plus the claims,
    which matters for articles with thousands of claims. Blank lines and the importers'
    "[Page N: no text]" placeholder lines are dropped.
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
    return tuple(
        p for p in result if any(s.text.strip() or s.covering for s in p) and not _is_placeholder(p)
    )


def _is_placeholder(paragraph: tuple[Segment, ...]) -> bool:
    """True for a line that only holds an importer's "[Page N: no text]" stand-in."""
    if any(s.covering for s in paragraph):
        return False
    return _PLACEHOLDER.fullmatch("".join(s.text for s in paragraph).strip()) is not None
