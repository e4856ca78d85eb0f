"""The archive's matching, measured on CLEF-2020 CheckThat! task 2 (English).

Quality: MAP@5 and Recall@5 on the 200 test tweets against the 10,375 verified claims
(data/checkthat2020, with its source and licence), for BM25 alone (the first stage's
order) and for each second-stage signal, against the issue's goals (Recall@5 >= 0.85,
MAP@5 >= 0.75). Speed: search latency over an archive padded to 50,000 items with
synthetic claims, as a ratio to the bare FTS5 query of the first stage, and the build
rate in items per second, as a ratio to bare inserts into an FTS5 table.

Run with ``python -m pytest tests/benchmarks/test_archive_bench.py --benchmark-enable -s``.
"""

from __future__ import annotations

import csv
import random
import sqlite3
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from workbench.core.archive_items import ArchiveItem
from workbench.core.archive_match import BLEND, Weights, fts_query, rerank
from workbench.store.archive import Archive

pytestmark = pytest.mark.benchmark(group="archive")

DATA = Path(__file__).parent / "data" / "checkthat2020"
PADDED_SIZE = 50_000

#: The second stage's signals alone, the blend, and the whole search as shipped (the
#: blend, then same-language items first, languages guessed).
STAGES: dict[str, Weights | str | None] = {
    "bm25 alone": None,
    "words tf-idf": Weights(1, 0, 0, 0),
    "char n-grams": Weights(0, 0, 1, 0),
    "blend": BLEND,
    "search": "search",
}


@dataclass(frozen=True)
class Split:
    """Queries (id -> text) and their relevant verified claims (id -> ids)."""

    queries: dict[str, str]
    relevant: dict[str, set[str]]


def _rows(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle, delimiter="\t")
        next(reader)
        return list(reader)


def _split(name: str) -> Split:
    relevant: dict[str, set[str]] = {}
    for line in (DATA / name / "tweet-vclaim-pairs.qrels").read_text().splitlines():
        query, _, claim, _ = line.split()
        relevant.setdefault(query, set()).add(claim)
    queries = {qid: text for qid, text in _rows(DATA / name / "tweets.queries.tsv")}
    return Split({q: t for q, t in queries.items() if q in relevant}, relevant)


def _verified() -> list[ArchiveItem]:
    return [
        ArchiveItem(key=cid, claim=claim, title=title, origin="checkthat2020")  # language guessed
        for cid, claim, title in _rows(DATA / "verified_claims.docs.tsv")
    ]


def _synthetic(count: int, seed: int = 7) -> list[ArchiveItem]:
    """Claims of 8-25 words drawn from the verified claims' own words (a realistic spread)."""
    rng = random.Random(seed)
    vocabulary = [w for item in _verified() for w in item.claim.split()]
    return [
        ArchiveItem(
            key=f"synthetic-{n}",
            claim=" ".join(rng.choice(vocabulary) for _ in range(rng.randint(8, 25))),
            language="en",
            origin="synthetic",
        )
        for n in range(count)
    ]


@pytest.fixture(scope="module")
def verified_archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    with Archive.open(tmp_path_factory.mktemp("archive") / "verified.sqlite") as archive:
        archive.add(_verified())
        yield archive


def _ranking(archive: Archive, text: str, weights: Weights | str | None) -> list[str]:
    if weights == "search":
        return [m.item.key for m in archive.search(text, limit=5)]
    found = archive.first_stage(text)
    if weights is None:
        return [found.items[c.key].key for c in found.candidates[:5]]
    assert isinstance(weights, Weights)
    ranked = rerank(text, found.candidates, found.frequency, found.total, weights)
    return [found.items[s.key].key for s in ranked[:5]]


def _quality(archive: Archive, split: Split, weights: Weights | str | None) -> tuple[float, float]:
    """MAP@5 and Recall@5 (CheckThat! 2020 definitions)."""
    precisions, recalls = [], []
    for qid, text in split.queries.items():
        relevant = split.relevant[qid]
        ranking = _ranking(archive, text, weights)
        hits, total = 0, 0.0
        for rank, key in enumerate(ranking, start=1):
            if key in relevant:
                hits += 1
                total += hits / rank
        precisions.append(total / min(len(relevant), 5))
        recalls.append(len(relevant & set(ranking)) / len(relevant))
    return statistics.mean(precisions), statistics.mean(recalls)


@pytest.mark.parametrize("split_name", ["dev", "test"])
def test_matching_quality_of_each_stage(verified_archive: Archive, split_name: str) -> None:
    split = _split(split_name)
    figures = {name: _quality(verified_archive, split, w) for name, w in STAGES.items()}
    for name, (map5, recall5) in figures.items():
        print(f"{split_name} {name:>13}: MAP@5 {map5:.3f}  Recall@5 {recall5:.3f}")
    shipped_map, shipped_recall = figures["search"]
    bm25_map, bm25_recall = figures["bm25 alone"]
    assert shipped_recall >= 0.85
    assert shipped_map >= 0.75
    assert shipped_map >= bm25_map
    assert shipped_recall >= bm25_recall


@pytest.fixture(scope="module")
def padded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Archive, float]]:
    """The verified claims plus synthetic ones, 50,000 items; and the build rate (items/s)."""
    items = _verified()
    items += _synthetic(PADDED_SIZE - len(items))
    with Archive.open(tmp_path_factory.mktemp("archive") / "padded.sqlite") as archive:
        started = time.perf_counter()
        archive.add(items)
        rate = len(items) / (time.perf_counter() - started)
        yield archive, rate


def _per_query_ms(search: Callable[[str], object], texts: list[str]) -> list[float]:
    times = []
    for text in texts:
        started = time.perf_counter()
        search(text)
        times.append((time.perf_counter() - started) * 1000)
    return times


def test_search_latency_over_50000_items(benchmark, padded: tuple[Archive, float]) -> None:
    archive, _ = padded
    texts = list(_split("test").queries.values())
    bare = sqlite3.connect(archive.path, check_same_thread=False)
    statement = (
        "SELECT rowid, bm25(items_fts) FROM items_fts WHERE items_fts MATCH ? ORDER BY rank LIMIT 5"
    )

    def bare_bm25(text: str) -> object:
        query = fts_query(text)
        return bare.execute(statement, (query,)).fetchall() if query else []

    _per_query_ms(bare_bm25, texts[:20])  # warm the page cache for both
    baseline = _per_query_ms(bare_bm25, texts)
    timings = benchmark.pedantic(
        lambda: _per_query_ms(lambda t: archive.search(t, limit=5), texts), rounds=1, iterations=1
    )
    bare.close()
    median, p95 = statistics.median(timings), statistics.quantiles(timings, n=20)[-1]
    ratio = median / statistics.median(baseline)
    benchmark.extra_info.update(
        median_ms=round(median, 1),
        p95_ms=round(p95, 1),
        bare_bm25_median_ms=round(statistics.median(baseline), 1),
        ratio=round(ratio, 2),
    )
    print(
        f"search over {archive.stats().items} items: median {median:.1f} ms, p95 {p95:.1f} ms; "
        f"bare FTS5 BM25 median {statistics.median(baseline):.1f} ms; ratio {ratio:.1f}x"
    )
    assert ratio <= 6.0


def test_archive_build_rate(padded: tuple[Archive, float], tmp_path: Path) -> None:
    _, rate = padded
    items = _verified()
    bare = sqlite3.connect(tmp_path / "bare.sqlite")
    bare.execute("CREATE VIRTUAL TABLE t USING fts5(claim, title)")
    started = time.perf_counter()
    with bare:
        bare.executemany("INSERT INTO t VALUES (?, ?)", [(i.claim, i.title) for i in items])
    bare_rate = len(items) / (time.perf_counter() - started)
    bare.close()
    print(f"archive build: {rate:,.0f} items/s; bare FTS5 inserts: {bare_rate:,.0f} items/s")
    assert rate >= bare_rate / 25  # tokenising and stemming in Python, per item
