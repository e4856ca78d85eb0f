"""Which extractor's paragraphs make the article: trafilatura's, checked against readability's.

trafilatura is the more precise of the two on most pages, but it keeps some teaser lists,
sign-up lines and contributor boxes, and on some pages it stops after the first few
paragraphs. readability-lxml picks the one DOM subtree with the most prose: it rarely
stops early, but it sometimes takes a whole column of teasers with the article. Each
extractor's failures show as a length mismatch or as paragraphs the other one did not
find, so the rule is built from those two signals alone (no site-specific rules).

The thresholds were chosen on one half of a public extraction benchmark and checked on the
other half (``tests/benchmarks/test_web_extraction_bench.py`` and its README give the
figures); change them only with that benchmark.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

#: trafilatura stopped early when it found fewer words than this share of readability's.
CUT_SHORT_RATIO = 0.5
#: A trafilatura paragraph is kept when this share of its word triples (its words, when
#: shorter) occurs in readability's text: triples, not single words, so that a paragraph
#: of another article on the same subject does not count as found.
SUPPORT_SHARE = 0.8
#: When checking would drop more than this share of trafilatura's words, readability has
#: found another part of the page (or half the article) and is no evidence either way.
MAX_DROPPED_SHARE = 0.3
#: trafilatura paragraphs before the first one readability confirms are kept, up to this
#: many: readability starts at the body and leaves out the standfirst under the headline,
#: where a fact-checker's claim may well be (it costs 0.002 F1 on the tuning half).
LEAD_PARAGRAPHS = 2
#: A paragraph that is wholly a link is a teaser only from this many words on (shorter
#: ones, like a lone "Reuters", are too ambiguous to drop).
LINK_BLOCK_MIN_WORDS = 4

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """Lower-cased word tokens: what the comparisons (and the benchmark) count."""
    return _WORD.findall(text.lower())


def fingerprint(text: str) -> str:
    """The words of a text joined by single spaces: equal for equal wording, any markup."""
    return " ".join(words(text))


def _runs(tokens: Sequence[str], size: int = 3) -> list[tuple[str, ...]]:
    """Runs of ``size`` words (one run of all the words when there are fewer)."""
    size = min(size, len(tokens))
    return [tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)]


def _supported(paragraph: str, found: set[tuple[str, ...]]) -> bool:
    """Most of the paragraph's word runs occur in the other extractor's text."""
    runs = _runs(words(paragraph))
    return bool(runs) and sum(1 for run in runs if run in found) >= SUPPORT_SHARE * len(runs)


@dataclass(frozen=True, slots=True)
class Combined:
    """The article's paragraphs and which extractor they come from."""

    paragraphs: list[str]
    #: ``"trafilatura"``, ``"trafilatura∩readability"`` or ``"readability"``.
    source: str


def combine(trafilatura: Sequence[str], readability: Sequence[str]) -> Combined:
    """trafilatura's paragraphs, unless readability shows they are cut short or padded.

    Cut short: trafilatura found under half of readability's words, so readability's text is
    taken whole. Otherwise most of each trafilatura paragraph's word triples must occur in
    readability's text; one that is not (a teaser, a newsletter box) is dropped, except the
    lead above the first confirmed paragraph (the standfirst readability skips). When
    readability found nothing, or so little of trafilatura's text that checking would drop
    much of it, there is nothing to check against, and trafilatura stands.
    """
    theirs = words(" ".join(readability))
    ours = sum(len(words(paragraph)) for paragraph in trafilatura)
    if not theirs:
        return Combined(list(trafilatura), "trafilatura")
    if ours < CUT_SHORT_RATIO * len(theirs):
        return Combined(list(readability), "readability")
    found = {run for size in (1, 2, 3) for run in _runs(theirs, size)}
    confirmed = [_supported(paragraph, found) for paragraph in trafilatura]
    lead = next((i for i, yes in enumerate(confirmed) if yes), 0)
    kept = [
        paragraph
        for i, paragraph in enumerate(trafilatura)
        if confirmed[i] or i < min(lead, LEAD_PARAGRAPHS)
    ]
    if sum(len(words(paragraph)) for paragraph in kept) < (1 - MAX_DROPPED_SHARE) * ours:
        return Combined(list(trafilatura), "trafilatura")
    return Combined(kept, "trafilatura∩readability")


def without_headline(paragraphs: Sequence[str], title: str) -> list[str]:
    """The paragraphs less a first one that only repeats the headline.

    Extractors take the page's ``<h1>`` as the body's first line; the document's title
    already holds it, and a claim made on it would be cited twice.
    """
    if paragraphs and title and fingerprint(paragraphs[0]) == fingerprint(title):
        return list(paragraphs[1:])
    return list(paragraphs)


def without_link_blocks(paragraphs: Sequence[str], link_blocks: Collection[str]) -> list[str]:
    """The paragraphs less those that are, on the page, nothing but a link.

    ``link_blocks`` holds the fingerprints of the page's blocks whose text is all link text
    (see :func:`workbench.importers.web_structure.link_block_fingerprints`): "related" lists,
    teaser headlines, "get the app" buttons. Article prose is never one link from end to end.
    """
    return [
        paragraph
        for paragraph in paragraphs
        if len(words(paragraph)) < LINK_BLOCK_MIN_WORDS or fingerprint(paragraph) not in link_blocks
    ]
