"""The model of a readable report: plain values, in the order an editor reads them.

:func:`workbench.reports.content.build` fills a :class:`ReportContent` from a project
snapshot; the HTML, PDF, DOCX and Markdown formats only lay it out. Every string here has
already been made safe by the builder (see :mod:`~workbench.reports.safety`), so a format
only escapes its own markup.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from workbench.core.model import Claim, Document, Status
from workbench.core.palette import StatusLook
from workbench.reports import transparency
from workbench.reports.sentences import Context
from workbench.reports.words import catalogue

#: A symbol per status, beside its name: verdicts stay legible in a black-and-white print.
STATUS_MARKS: dict[Status, str] = {
    Status.VERIFIED: "✓",
    Status.DISPUTED: "✗",
    Status.UNVERIFIABLE: "?",
    Status.UNREVIEWED: "\u2013",  # an en dash: not yet
}

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
