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

The report's model (the types filled here) is :mod:`~workbench.reports.report_model`, the
annotated article's paragraphs :mod:`~workbench.reports.article_text`; their names stay
importable from here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
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
from workbench.reports.article_text import PAGE_PLACEHOLDER, paragraphs, without_title_line
from workbench.reports.report_model import (
    STATUS_MARKS,
    ClaimItem,
    DocumentSection,
    EvidenceItem,
    ReportContent,
    ReportOptions,
    Segment,
    StatusCount,
    Words,
    reviewed_line,
)
from workbench.reports.safety import label, prose, safe_link
from workbench.reports.sentences import Context, context
from workbench.reports.words import catalogue

if TYPE_CHECKING:
    from workbench.i18n import Catalogue

__all__ = [
    "FALLBACK_TITLE",
    "LOOKS",
    "STATUS_MARKS",
    "STATUS_MEANINGS",
    "UNTITLED_DOCUMENT",
    "ClaimItem",
    "Context",
    "DocumentSection",
    "EvidenceItem",
    "ReportContent",
    "ReportOptions",
    "Segment",
    "StatusCount",
    "Words",
    "build",
    "paragraphs",
    "report_title",
    "reviewed_line",
]

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
        older = {v.number: v.text for v in snapshot.versions.get(document.id, ())}
        items = [
            _claim_item(
                numbers,
                claim,
                shown,
                snapshot.evidence[claim.id],
                reviews.get(claim.id),
                words=words,
                text=shown.text
                if claim.version == document.version
                else prose(older.get(claim.version, "")),
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
                paragraphs=without_title_line(paragraphs(shown.text, on_text), shown)
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


def _claim_item(
    numbers: dict[str, int],
    claim: Claim,
    document: Document,
    evidence: tuple[Evidence, ...],
    review: HistoryEvent | None,
    *,
    words: Catalogue,
    text: str,
) -> ClaimItem:
    """One claim as the report shows it; ``text`` is the version its span points into
    (an older one for a claim kept against it), so its sentence is quoted from there."""
    cleaned = _clean_claim(claim)
    note = version_note(
        claim.version,
        claim.checked_version,
        claim.anchor_state,
        document.version,
        old_quote=prose(claim.anchor_old_quote),
        number=words.number,
    )
    return ClaimItem(
        number=numbers.get(claim.id, 0),
        claim=replace(cleaned, rating=words.text("Rating", cleaned.rating)),
        look=_look(claim.status, words),
        page=document.page_of(claim.start) if claim.version == document.version else None,
        evidence=tuple(_evidence_item(e, words) for e in evidence),
        changed_by=label(claim.updated_by or claim.created_by),
        changed_at=words.moment(claim.updated_at or claim.created_at),
        document_title=document.title,
        context=_context(text, claim),
        reviewed_by=label(review.reviewer) if review else "",
        reviewed_at=words.moment(review.at) if review else "",
        version_note=words.sentence(note) if note else "",
    )


def _context(text: str, claim: Claim) -> Context:
    """The claim's sentence, or just its quote when the text no longer holds it there."""
    if text[claim.start : claim.end] != prose(claim.quote):
        return Context("", prose(claim.quote), "")
    found = context(text, claim.start, claim.end)
    return Context(
        PAGE_PLACEHOLDER.sub("", found.before), found.quote, PAGE_PLACEHOLDER.sub("", found.after)
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
