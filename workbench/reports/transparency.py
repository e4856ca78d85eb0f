"""The transparency a fact-check owes its readers (IFCN code of principles), as content.

Three parts of every readable report: the rating scale with what each label means, every
source cited (once, with the claims citing it), and who reviewed what and when, read from
the project's history (an event that set a claim's status or rating is a verdict).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from workbench.core.model import Action, Entity, HistoryEvent, ProjectSnapshot
from workbench.core.ratings import DEFAULT_RATING_SCALE
from workbench.reports.safety import label, prose
from workbench.reports.words import catalogue

if TYPE_CHECKING:
    from workbench.i18n import Catalogue

#: Claim numbers listed one by one per reviewer before the rest is summed up.
MAX_LISTED_NUMBERS = 40


class Cited(Protocol):
    """A piece of evidence as a report shows it (see content.EvidenceItem)."""

    @property
    def title(self) -> str: ...
    @property
    def url(self) -> str: ...
    @property
    def link(self) -> str | None: ...
    @property
    def publisher(self) -> str: ...
    @property
    def copies(self) -> tuple[CopyItem, ...]: ...


@dataclass(frozen=True, slots=True)
class CopyItem:
    """An archived copy of a source as a report cites it: what a reader checks it by.

    ``href`` is the copy's file beside the report (relative), when the report was written
    with its copies; None otherwise.
    """

    name: str
    kind: str
    sha256: str
    captured: str
    size: str
    href: str | None = None


@dataclass(frozen=True, slots=True)
class RatingItem:
    """One label of the rating scale with its meaning and how many claims carry it."""

    label: str
    value: int
    meaning: str
    count: int


@dataclass(frozen=True, slots=True)
class SourceItem:
    """A source cited as evidence, once however many claims cite it."""

    title: str
    url: str
    link: str | None
    publisher: str
    cited_by: tuple[int, ...]
    #: Its archived copies, each once (by SHA-256), in order of first citation.
    copies: tuple[CopyItem, ...] = ()


@dataclass(frozen=True, slots=True)
class ReviewerItem:
    """Who set verdicts: the claims (numbers as ranges) and the span of time."""

    name: str
    claims: str
    first: str
    last: str


def human_time(iso: str, words: Catalogue | None = None) -> str:
    """An ISO 8601 timestamp as a reader writes it ("27 Nov 2026, 14:05 UTC" in English;
    see :meth:`workbench.i18n.Catalogue.moment`)."""
    return (words or catalogue("en")).moment(iso)


def rating_scale(snapshot: ProjectSnapshot) -> tuple[RatingItem, ...]:
    """The project's rating scale with meanings; a label the default scale defines keeps
    that definition when the desk's own scale gives none."""
    used = Counter(c.rating.casefold() for c in snapshot.claims if c.rating)
    defaults = {r.label.casefold(): r.meaning for r in DEFAULT_RATING_SCALE.ratings}
    return tuple(
        RatingItem(
            label(r.label),
            r.value,
            prose(r.meaning or defaults.get(r.label.casefold(), "")),
            used[r.label.casefold()],
        )
        for r in snapshot.settings.rating_scale.ratings
    )


def sources(citations: Iterable[tuple[int, Iterable[Cited]]]) -> tuple[SourceItem, ...]:
    """Every source cited, once, in order of first citation, with the claims citing it.

    ``citations`` pairs each claim's number with its evidence.
    """
    found: dict[str, tuple[Cited, dict[int, None], dict[str, CopyItem]]] = {}
    for number, evidence in citations:
        for ev in evidence:
            key = (ev.link or ev.url or ev.title).casefold()
            _first, cited, copies = found.setdefault(key, (ev, {}, {}))
            cited[number] = None  # ordered, no repeats
            for copy in ev.copies:
                copies.setdefault(copy.sha256, copy)
    return tuple(
        SourceItem(ev.title, ev.url, ev.link, ev.publisher, tuple(cited), tuple(copies.values()))
        for ev, cited, copies in found.values()
    )


def copy_line(copy: CopyItem, t: Callable[[str], str]) -> str:
    """An archived copy as every plain-text format cites it (the HTML adds its link)."""
    captured = f", {t('captured')} {copy.captured}" if copy.captured else ""
    what = f"{copy.name} ({copy.kind}, {copy.size}){captured}"
    return f"{t('Archived copy:')} {what} · SHA-256 {copy.sha256}"


def cited_by(source: SourceItem, t: Callable[[str], str]) -> str:
    """Which claims cite a source, as a reader says it: "claim 3", "claims 1, 4-6"."""
    words = t("claims %1") if len(source.cited_by) > 1 else t("claim %1")
    return words.replace("%1", number_ranges(source.cited_by))


def sets_verdict(event: HistoryEvent) -> bool:
    """True for a claim event that set a status or a rating (a reviewer's verdict)."""
    if event.entity is not Entity.CLAIM or event.after is None:
        return False
    after = event.after
    if event.action is Action.CREATE:
        return after.get("status", "unreviewed") != "unreviewed" or bool(after.get("rating"))
    return event.action is Action.UPDATE and ("status" in after or "rating" in after)


def last_reviews(history: Sequence[HistoryEvent], claim_ids: set[str]) -> dict[str, HistoryEvent]:
    """Each claim's latest verdict-setting event."""
    last: dict[str, HistoryEvent] = {}
    for event in history:
        if event.entity_id in claim_ids and sets_verdict(event):
            last[event.entity_id] = event
    return last


def number_ranges(numbers: Iterable[int], limit: int = MAX_LISTED_NUMBERS) -> str:
    """``[1, 2, 3, 5]`` as "1-3, 5"; past ``limit`` ranges, "… and N more"."""
    ordered = sorted(set(numbers))
    runs: list[tuple[int, int]] = []
    for n in ordered:
        if runs and runs[-1][1] == n - 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    shown = [f"{a}\u2013{b}" if b > a else str(a) for a, b in runs[:limit]]
    rest = sum(b - a + 1 for a, b in runs[limit:])
    return ", ".join(shown) + (f" and {rest} more" if rest else "")


def review_log(
    history: Sequence[HistoryEvent], numbers: dict[str, int], words: Catalogue | None = None
) -> tuple[ReviewerItem, ...]:
    """Who set verdicts on which of the report's claims, first and last time, from history.

    ``numbers`` maps the report's claims (only those) to their numbers.
    """
    claims: dict[str, set[int]] = {}
    times: dict[str, list[str]] = {}
    for event in history:
        number = numbers.get(event.entity_id)
        if number is None or not sets_verdict(event):
            continue
        claims.setdefault(event.reviewer, set()).add(number)
        span = times.setdefault(event.reviewer, [event.at, event.at])
        span[0], span[1] = min(span[0], event.at), max(span[1], event.at)
    return tuple(
        ReviewerItem(
            label(name) or "unknown",
            number_ranges(claims[name]),
            human_time(times[name][0], words),
            human_time(times[name][1], words),
        )
        for name in claims
    )
