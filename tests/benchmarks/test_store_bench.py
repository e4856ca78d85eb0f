"""The project file's speed targets (DESIGN.md section 7), as ratios against bare sqlite3.

Run with ``python -m pytest tests/benchmarks/test_store_bench.py --benchmark-enable``.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from workbench.core.model import Claim, ImportedDocument, Status, new_id, now_iso
from workbench.store.projectfile import Project

pytestmark = pytest.mark.benchmark(group="store")


def _median_seconds(fn: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _project_with_claims(path: Path, count: int, documents: int = 1) -> tuple[str, list[str]]:
    """A project of ``documents`` articles sharing ``count`` claims, written in bulk.

    Returns the first document's id and every claim id.
    """
    text = ("The minister said the budget rose by five per cent last year. " * 20 + "\n") * 800
    rng = random.Random(3)
    stamp = now_iso()
    rows = []
    with Project.create(path, reviewer="Bench") as project:
        doc_ids = [
            project.add_document(
                ImportedDocument(text=f"Article {n}. {text}", title=f"Article {n}", format="txt")
            ).id
            for n in range(documents)
        ]
        for n in range(count):
            start = rng.randrange(0, len(text) - 80)
            end = start + rng.randint(10, 80)
            claim = Claim(
                id=new_id(),
                document_id=doc_ids[n % documents],
                start=start,
                end=end,
                quote=f"Article {n % documents}. {text}"[start:end],
                status=rng.choice(list(Status)),
                created_at=stamp,
                updated_at=stamp,
            )
            record = {f: getattr(claim, f) for f in claim.__dataclass_fields__}
            record["status"] = claim.status.value
            rows.append(record)
        with project.db.atomic():
            project.db["claims"].insert_all(rows, batch_size=2000)
        return doc_ids[0], [r["id"] for r in rows]


def test_one_edit_costs_at_most_twice_a_bare_update(benchmark, tmp_path: Path) -> None:
    path = tmp_path / "edit.factcheck"
    _, ids = _project_with_claims(path, 2_000)
    bare = sqlite3.connect(tmp_path / "bare.db", isolation_level=None)
    bare.execute("pragma journal_mode = delete")
    bare.execute("pragma synchronous = full")
    bare.execute("create table claims (id text primary key, status text)")
    bare.executemany("insert into claims values (?, 'unreviewed')", [(i,) for i in ids])
    statuses = [s.value for s in Status]

    def bare_edit() -> None:
        bare.execute("begin")
        bare.execute("update claims set status = ? where id = ?", (random.choice(statuses), ids[7]))
        bare.execute("commit")

    baseline = _median_seconds(bare_edit, 50)
    with Project.open(path, reviewer="Bench") as project:
        cycle = iter(statuses * 1000)
        benchmark.pedantic(
            lambda: project.update_claim(ids[7], status=next(cycle)), rounds=50, iterations=1
        )
    ratio = benchmark.stats.stats.median / baseline
    benchmark.extra_info.update(baseline_ms=baseline * 1000, ratio=round(ratio, 2))
    assert ratio <= 2.0, f"one edit is {ratio:.2f}x a bare update (target 2x)"


def test_a_project_of_100000_claims_opens_and_lists_in_under_2_seconds(
    benchmark, tmp_path: Path
) -> None:
    """The window needs the current document's claims (10,000 of 100,000 in 10 articles)."""
    path = tmp_path / "big.factcheck"
    doc_id, _ = _project_with_claims(path, 100_000, documents=10)

    def open_and_list() -> int:
        with Project.open(path, reviewer="Bench") as project:
            return len(project.claims(doc_id))

    count = benchmark.pedantic(open_and_list, rounds=3, iterations=1)
    assert count == 10_000
    bare = _median_seconds(
        lambda: sqlite3.connect(path).execute("select * from claims").fetchall(), 3
    )
    benchmark.extra_info.update(
        bare_select_ms=bare * 1000, ratio=round(benchmark.stats.stats.median / bare, 2)
    )
    assert benchmark.stats.stats.median < 2.0
