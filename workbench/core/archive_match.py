"""Matching a claim against the archive of past fact-checks: text to terms, and re-ranking.

Two stages. The store's full-text index (FTS5 ``bm25()``) finds candidates from an OR of
the query's content words (:func:`fts_query`), so another wording of the same claim
still matches on the words it shares. :func:`rerank` then orders those candidates by a
blend of TF-IDF cosines over stemmed words, word pairs and character 4-grams: n-grams
catch inflections and compounds the stemmer misses ("vaccinated"/"vaccination",
"Coronavirus"/"virus"), and word pairs reward the same phrase over scattered words.
The weights were chosen on the CheckThat! 2020 development tweets and measured on its
test tweets (tests/benchmarks/test_archive_bench.py).

Both the index and the query go through :func:`index_terms`, so the archive stores the
very terms that are searched. Word statistics (document frequencies) come from the
index; character n-gram statistics from the candidate pool, which is all this module
sees. Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

#: How many candidates the first stage hands to the second (more cost time and, on the
#: development set, gained nothing).
CANDIDATES = 40

#: At most this many distinct content words of a query are searched (a pasted article
#: must not become a thousand-term OR).
MAX_QUERY_TERMS = 40


_URL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S*", re.IGNORECASE)
_HANDLE = re.compile(r"@\w+")
_HASHTAG = re.compile(r"#(\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)")
_WORD = re.compile(r"[^\W_]+")
# Scripts written without spaces between words: Han, Hiragana, Katakana.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_UNSPACED_RUN = re.compile(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)")

# Function words that carry no claim (English, French, German, Spanish): dropped from
# queries and from the index.
_STOP_TEXT = """
a about above after again against all am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further
had has have having he her here hers herself him himself his how i if in into is it its
itself just me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves
s t don says said say via rt amp also
le la les un une des du de et ou en au aux ce ces cet cette il elle ils elles on nous vous
je tu est sont ont pour par sur dans avec qui que quoi ne pas plus se sa son ses leur leurs
y été être
der die das den dem des ein eine einer eines einem einen und oder im ist sind war zu zum zur
mit von auf für nicht es er sie wir ihr ich du auch als wie dass
el los las una unos unas del al son por para con su sus lo le como más pero ha han fue
"""

_SUFFIXES = (
    "ations",
    "ation",
    "ated",
    "ates",
    "ings",
    "ing",
    "edly",
    "ies",
    "ied",
    "ed",
    "es",
    "ly",
    "s",
)


@dataclass(frozen=True, slots=True)
class Weights:
    """How much each signal counts in the blended score (they add up to 1)."""

    words: float = 0.4
    pairs: float = 0.1
    chars: float = 0.4
    bm25: float = 0.1


#: The blend chosen on the benchmark's development set.
BLEND = Weights()


@dataclass(frozen=True, slots=True)
class Candidate:
    """An archive item the first stage found: its key, indexed terms and BM25 score.

    ``terms`` is what :func:`index_terms` made of the item; ``bm25`` is SQLite's value,
    negative and lower for better matches.
    """

    key: str
    terms: str
    bm25: float


@dataclass(frozen=True, slots=True)
class Scored:
    """A candidate's place after re-ranking; ``score`` lies in 0..1, higher is closer."""

    key: str
    score: float


def normalise(text: str) -> str:
    """Text as it is compared: links and handles out, hashtags split, NFKC, case folded."""
    text = _URL.sub(" ", text)
    text = _HANDLE.sub(" ", text)
    text = _HASHTAG.sub(lambda m: " " + _CAMEL.sub(" ", m.group(1)) + " ", text)
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.isascii():  # most claims: nothing to strip, and this is the archive build's hot spot
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


#: Compared after :func:`normalise`, so written without accents here too.
STOP_WORDS = frozenset(normalise(_STOP_TEXT).split())


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix stripper: 'vaccinated' and 'vaccines' meet at 'vaccin'.

    Deliberately crude and language-blind: it only has to make the same cut on the
    query and on the archive, and it never cuts a word below four letters. Cached:
    words repeat, and building an archive stems every word of every claim.
    """
    if word.isdigit() or len(word) <= 4:
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def words(text: str) -> list[str]:
    """The content words of ``text``, stemmed, in order (stop words and single letters out).

    Chinese and Japanese are written without spaces, so a run of their characters becomes
    its overlapping character pairs, the usual stand-in for words when there is no
    dictionary.
    """
    found = []
    for w in _WORD.findall(normalise(text)):
        if _UNSPACED.search(w):
            found += _character_pairs(w)
        elif w not in STOP_WORDS and (len(w) > 1 or w.isdigit()):
            found.append(stem(w))
    return found


def _character_pairs(run: str) -> list[str]:
    """Overlapping pairs of the unspaced characters of ``run``; other letters kept as words."""
    pairs = []
    for part in _UNSPACED_RUN.split(run):
        if not part:
            continue
        if _UNSPACED.match(part):
            pairs += [part[i : i + 2] for i in range(max(1, len(part) - 1))]
        elif part not in STOP_WORDS and (len(part) > 1 or part.isdigit()):
            pairs.append(stem(part))
    return pairs


def index_terms(text: str) -> str:
    """What the full-text index stores for ``text``: its content words, space-separated."""
    return " ".join(words(text))


def query_terms(text: str) -> list[str]:
    """The distinct content words of ``text`` that a search looks for, at most a bounded few."""
    return list(dict.fromkeys(words(text)))[:MAX_QUERY_TERMS]


def fts_query(text: str) -> str:
    """An FTS5 query matching any content word of ``text`` ('' when it has none).

    Each term is quoted, so nothing the user typed is read as FTS5 syntax.
    """
    return " OR ".join(f'"{term}"' for term in query_terms(text))


def char_grams(terms: Sequence[str]) -> Counter[str]:
    """Character 4-grams of each content word, padded so word edges count.

    On the development set 4-grams alone matched 3- to 5-grams together, at a third of the
    cost.
    """
    padded = [f" {word} " for word in terms]
    return Counter(word[i : i + 4] for word in padded for i in range(len(word) - 3))


def word_pairs(terms: Sequence[str]) -> Counter[str]:
    """Adjacent content-word pairs, the phrase signal."""
    return Counter(f"{a} {b}" for a, b in pairwise(terms))


def _weights(
    counts: Mapping[str, int], idf: Mapping[str, float], default: float
) -> dict[str, float]:
    """Sublinear TF times IDF, L2-normalised (an empty mapping for an empty text)."""
    vector = {
        t: (1.0 + math.log(c) if c > 1 else 1.0) * idf.get(t, default) for t, c in counts.items()
    }
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {t: v / norm for t, v in vector.items()} if norm else {}


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[t] for t, v in a.items() if t in b)


def _local_idf(docs: Iterable[Counter[str]], n_docs: int) -> dict[str, float]:
    """IDF within the candidate pool: what sets one candidate apart from the others."""
    df: Counter[str] = Counter()
    for counts in docs:
        df.update(counts.keys())
    return {t: math.log((1 + n_docs) / (1 + d)) + 1.0 for t, d in df.items()}


def word_idf(document_frequency: Mapping[str, int], total: int) -> dict[str, float]:
    """Smoothed IDF of each word from the archive's document frequencies."""
    return {t: math.log((1 + total) / (1 + d)) + 1.0 for t, d in document_frequency.items()}


def rerank(
    query: str,
    candidates: Sequence[Candidate],
    document_frequency: Mapping[str, int],
    total: int,
    weights: Weights = BLEND,
) -> list[Scored]:
    """Order ``candidates`` by their blended similarity to ``query``, best first.

    ``document_frequency`` maps each of the query's words to the number of archive items
    holding it, of ``total``; a word the archive lacks weighs the most.
    """
    if not candidates:
        return []
    idf = word_idf(document_frequency, total)
    rare = math.log(1 + total) + 1.0
    q_terms = words(query)
    q_words = _weights(Counter(q_terms), idf, rare)
    q_pairs_counts = word_pairs(q_terms)
    terms = [c.terms.split() for c in candidates]
    pairs = [word_pairs(t) for t in terms]
    grams = [char_grams(t) for t in terms]
    q_grams_counts = char_grams(q_terms)
    gram_idf = _local_idf([*grams, q_grams_counts], len(grams) + 1)
    pair_idf = _local_idf([*pairs, q_pairs_counts], len(pairs) + 1)
    q_grams = _weights(q_grams_counts, gram_idf, 1.0)
    q_pairs = _weights(q_pairs_counts, pair_idf, 1.0)
    best = min(c.bm25 for c in candidates)
    scored = []
    for candidate, c_terms, c_pairs, c_grams in zip(candidates, terms, pairs, grams, strict=True):
        score = (
            weights.words * _cosine(q_words, _weights(Counter(c_terms), idf, rare))
            + weights.pairs * _cosine(q_pairs, _weights(c_pairs, pair_idf, 1.0))
            + weights.chars * _cosine(q_grams, _weights(c_grams, gram_idf, 1.0))
            + weights.bm25 * (candidate.bm25 / best if best < 0 else 0.0)
        )
        scored.append(Scored(candidate.key, round(min(1.0, max(0.0, score)), 4)))
    scored.sort(key=lambda s: -s.score)
    return scored
