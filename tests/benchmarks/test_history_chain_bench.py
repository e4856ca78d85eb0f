"""What the history chain costs: ``verify`` on 10,000 history rows, and one chained append.

Run with ``python -m pytest tests/benchmarks/test_history_chain_bench.py --benchmark-enable``.
Both are ratios against a baseline measured in the same run: reading the same project
the way ``check`` does, and appending a history row the way the store did before the
chain (a plain insert).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from workbench.core.model import Action, Entity, HistoryEvent, ImportedDocument, new_id, now_iso
from workbench.store import history_log, records
from workbench.store.projectfile import Project
from workbench.store.verification import verify_file

pytestmark = pytest.mark.benchmark(group="history-chain")

ROWS = 10_000


def _median_seconds(fn: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _project_with_history(path: Path, rows: int) -> None:
    """A project whose history has ``rows`` rows, written through the store's own append."""
    with Project.create(path, reviewer="Bench") as project:
        doc = project.add_document(
            ImportedDocument(text="The budget rose by five per cent.\n" * 2000, title="Budget",
                             format="txt")
        )  # fmt: skip
        with project.db.atomic():
            for n in range(rows - 2):  # creating the file and the document made two rows
                project.record(Action.UPDATE, Entity.DOCUMENT, doc.id, {"note": n}, {"note": n + 1})


def test_verify_of_10000_history_rows(benchmark, tmp_path: Path) -> None:
    path = tmp_path / "history.factcheck"
    _project_with_history(path, ROWS)

    def read_like_check() -> int:
        with Project.open(path, read_only=True) as project:
            return len(project.history())

    baseline = _median_seconds(read_like_check, 3)
    result = benchmark.pedantic(lambda: verify_file(path), rounds=3, iterations=1)
    assert result.intact and result.results[0].checked >= ROWS - 1
    ratio = benchmark.stats.stats.median / baseline
    benchmark.extra_info.update(read_history_ms=round(baseline * 1000), ratio=round(ratio, 2))
    assert ratio <= 4.0, f"verify is {ratio:.2f}x opening and reading the history (target 4x)"


def _event(n: int) -> HistoryEvent:
    return HistoryEvent(
        new_id(), now_iso(), "Bench", Action.UPDATE, Entity.CLAIM, "c", {"note": n}, None
    )


def test_a_chained_append_against_a_plain_insert(benchmark, tmp_path: Path) -> None:
    path = tmp_path / "appends.factcheck"
    _project_with_history(path, ROWS)
    batch = 500
    with Project.open(path, reviewer="Bench") as project:
        db = project.db

        def plain() -> None:
            with db.atomic():
                for n in range(batch):
                    db.table("history").insert(records.history_row(_event(n)))

        def chained() -> None:
            with db.atomic():
                for n in range(batch):
                    history_log.append(db, _event(n))

        baseline = _median_seconds(plain, 5)
        benchmark.pedantic(chained, rounds=5, iterations=1)
    ratio = benchmark.stats.stats.median / baseline
    benchmark.extra_info.update(
        plain_us_per_row=round(baseline / batch * 1e6, 1),
        chained_us_per_row=round(benchmark.stats.stats.median / batch * 1e6, 1),
        ratio=round(ratio, 2),
    )
    assert ratio <= 3.0, f"a chained append is {ratio:.2f}x a plain insert (target 3x)"
