"""What the archive of past fact-checks holds: one checked claim, and one match for a query.

An :class:`ArchiveItem` is a claim someone already checked, from a project of the user's
or from a published ClaimReview, with the fields a journalist decides on (verdict,
publisher, date, URL). Its ``key`` is stable, so adding the same fact-check twice keeps
one item. Pure data: the archive file is in ``store``, the readers in ``importers``.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core.archive_match import normalise
from workbench.core.model import sha256_hex

#: Longest text kept per field: a hostile feed cannot make one item megabytes long.
MAX_FIELD_CHARS = 4000

# A handful of frequent words per language, enough to tell them apart on one sentence;
# none that is also a common English word or name part ("de", "la", "van", "die"...).
_COMMON_WORDS = """
en: the and is are was of to in that for with this have not from by
fr: les est et une pour dans pas que qui sont avec au aux du
de: der das und ist nicht ein eine von für sind auch dem zu
es: el los las es y que una por para del lo como más
pt: os que uma para com não da dos são ao uma pelo
it: il lo gli che una della sono nel alla anche questo
nl: het een en niet dat met voor zijn ook naar wordt
"""
_LANGUAGE_WORDS = {
    line[:2]: frozenset(normalise(line[3:]).split()) for line in _COMMON_WORDS.strip().splitlines()
}


@dataclass(frozen=True, slots=True)
class ArchiveItem:
    """One checked claim: what was claimed, by whom, the verdict, and who published it.

    ``origin`` says where it came from (a project or feed file's name); ``title`` is the
    fact-check's headline or the article the claim appeared in.
    """

    key: str
    claim: str
    claimant: str = ""
    rating: str = ""
    date: str = ""
    publisher: str = ""
    url: str = ""
    language: str = ""
    title: str = ""
    origin: str = ""


@dataclass(frozen=True, slots=True)
class ArchiveMatch:
    """An archive item that matches a query, with its similarity (0..1, higher is closer)."""

    item: ArchiveItem
    score: float


def item_key(claim: str, url: str, publisher: str) -> str:
    """A stable key for a published fact-check: the same review added twice is one item."""
    words = " ".join(normalise(claim).split())
    return "cr:" + sha256_hex("\n".join((url.strip(), words, publisher.strip())))[:32]


def clip(text: str) -> str:
    """One field's text, whitespace collapsed and cut at :data:`MAX_FIELD_CHARS`."""
    return " ".join(text.split())[:MAX_FIELD_CHARS]


def guess_language(text: str) -> str:
    """A two-letter language code from frequent words, or '' when unsure (short texts)."""
    tokens = normalise(text).split()
    scores = {
        code: sum(1 for t in tokens if t in common) for code, common in _LANGUAGE_WORDS.items()
    }
    code, hits = max(scores.items(), key=lambda kv: kv[1])
    runner_up = sorted(scores.values())[-2]
    # A wrong guess ranks an item below every other language: only a clear lead counts.
    return code if hits >= 2 and hits >= 2 * runner_up else ""
