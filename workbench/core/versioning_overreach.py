"""Whether an edited passage found for a claim reaches into the text beside the claim.

An end placed inside an edit is placed by a sign (the quote's edge word, the old
neighbouring word) that the edit itself may have written again: "Riche de tant de
citoyens" edited to "Riche de about about citoyens" still shows the quote's first word
"de" a word early, in the old neighbour's place. And an end the diff kept may sit on the
far side of a sentence or line inserted right beside the claim, which the passage then
takes in ("he returned to spain. he ordered all his fleet"). Either way the passage holds
text that was never the claim's, so it is not the claim's passage.
"""

from __future__ import annotations

import difflib
import re

from workbench.core.anchoring import Selector
from workbench.core.versioning_diff import TextDiff

_WORD = re.compile(r"\w+")
#: A line break, or the end of a sentence: where an inserted neighbour would end or begin.
_BREAK = re.compile(r"\n|[.!?]\s")
#: Words an edge of the passage may hold beyond the quote's before it counts as taken in:
#: an edit that replaces one word with two ("the" with "a new") still is the claim's.
_EXTRA_WORDS = 2


def overreaches(diff: TextDiff, selector: Selector, found: Selector) -> bool:
    """Whether ``found`` (an edited passage) holds text from beside the claim's span."""
    return _holds_old_neighbour(diff, selector, found) or _takes_in_new_text(
        selector.quote, found.quote
    )


def _holds_old_neighbour(diff: TextDiff, selector: Selector, found: Selector) -> bool:
    """Whether the diff kept a word of the old context where ``found`` now stands.

    Such a word is the old neighbour, kept, not the claim's own: an end placed before
    it (or after it, at the other side) was placed on a copy of the edge word that an
    edit wrote beside the claim.
    """
    before = selector.start - len(selector.prefix)
    for word in _WORD.finditer(selector.prefix):
        end, exact = diff.map_end(before + word.end())
        if exact and found.start < end <= found.end:
            return True
    for word in _WORD.finditer(selector.suffix):
        start, exact = diff.map_start(selector.end + word.start())
        if exact and found.start <= start < found.end:
            return True
    return False


def _takes_in_new_text(quote: str, passage: str) -> bool:
    """Whether an edge of ``passage`` holds words that stand for none of the quote's.

    The quote's words are aligned with the passage's; what precedes the first aligned
    run (or follows the last) is the edited edge. A word edited there keeps the edge
    about as long as the quote's; an edge that grew by whole words, or by a line break
    or a sentence's end, took in what was inserted beside the claim.
    """
    quote_words = list(_WORD.finditer(quote))
    passage_words = list(_WORD.finditer(passage))
    matcher = difflib.SequenceMatcher(
        None,
        [w.group() for w in quote_words],
        [w.group() for w in passage_words],
        autojunk=False,
    )
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return False
    first, last = blocks[0], blocks[-1]
    head = _grew(
        quote[: _start(quote_words, first.a, len(quote))],
        passage[: _start(passage_words, first.b, len(passage))],
    )
    tail = _grew(
        quote[quote_words[last.a + last.size - 1].end() :],
        passage[passage_words[last.b + last.size - 1].end() :],
    )
    return head or tail


def _start(words: list[re.Match[str]], index: int, default: int) -> int:
    return words[index].start() if index < len(words) else default


def _grew(quote_edge: str, passage_edge: str) -> bool:
    """Whether the passage's edge holds more than the quote's edge by an edit of words."""
    return len(_WORD.findall(passage_edge)) >= len(_WORD.findall(quote_edge)) + _EXTRA_WORDS or len(
        _BREAK.findall(passage_edge)
    ) > len(_BREAK.findall(quote_edge))
