"""Scores for extracted text against a gold text: word F1, reading order, artefacts.

Both texts are compared as word sequences after Unicode compatibility folding (NFKC,
case-folded), so that presentation forms, full-width letters and markup in the gold
(Markdown headings, table bars) neither help nor hurt an extractor. Chinese and Japanese
are written without spaces, so each ideograph or kana counts as a word of its own.

- *word F1*: the harmonic mean of precision and recall of the bag of words: what share
  of the extracted words are in the gold, and of the gold words were extracted.
- *reading order*: one minus the edit distance between the two word sequences over the
  longer one's length. Words in the wrong order cost two edits each, missing or extra
  words one.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from rapidfuzz.distance import Levenshtein

from workbench.importers.pdf_scripts import is_cjk

WORD = re.compile(r"\w+")
#: A word broken at a line end and left broken: "infor- mation".
SPLIT_HYPHEN = re.compile(r"[a-z]{2,}- [a-z]{2,}")
LIGATURE = re.compile("[\ufb00-\ufb06]")


def words(text: str) -> list[str]:
    """The text's words, folded (module docstring); CJK split into characters."""
    out: list[str] = []
    for word in WORD.findall(unicodedata.normalize("NFKC", text).casefold()):
        if any(is_cjk(char) for char in word):
            out.extend(word)
        else:
            out.append(word)
    return out


def word_f1(extracted: str, gold: str) -> float:
    """Bag-of-words F1 of ``extracted`` against ``gold``."""
    found, wanted = Counter(words(extracted)), Counter(words(gold))
    common = sum((found & wanted).values())
    if not common:
        return 0.0
    precision = common / sum(found.values())
    recall = common / sum(wanted.values())
    return 2 * precision * recall / (precision + recall)


def order_similarity(extracted: str, gold: str) -> float:
    """Normalised edit similarity of the two word sequences (1.0: same words, same order)."""
    return Levenshtein.normalized_similarity(words(extracted), words(gold))


def artefacts(extracted: str, gold: str) -> int:
    """Split-hyphen words and ligature characters the extractor left in, that the gold
    does not have."""
    splits = len(SPLIT_HYPHEN.findall(extracted)) - len(SPLIT_HYPHEN.findall(gold))
    return max(0, splits) + len(LIGATURE.findall(extracted))
