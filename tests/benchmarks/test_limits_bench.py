"""Peak memory of the commands against the size of the file, up to the open limits.

Run with ``python -m pytest tests/benchmarks/test_limits_bench.py --benchmark-enable -s``.

Projects are built at 1/32 and 1/8 of :mod:`workbench.store.limits` (document text, claims),
and ``workbench check`` and ``workbench export --format json`` run on each in a child
process; the peak resident memory is read from the child's own accounting (``wait4``). The
baseline is the same command on the sample-sized project, measured in the same run. The
figures are the memory each added megabyte of file costs (between the two sizes), which
must stay under a bound (the work is linear, nothing quadratic), and the peak
extrapolated to a file at the limits, which must fit the budget below. Measured at the limits on a
two-core machine: check 0.36 GB, JSON export 1.8 GB, annotations 2.2 GB, CSV 0.5 GB.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workbench.core.model import ImportedDocument, new_id, now_iso
from workbench.store import limits
from workbench.store.projectfile import Project

pytestmark = pytest.mark.benchmark(group="limits")

#: Peak memory a command may reach on a file at the limits (this machine has 24 GB).
BUDGET_MB = 4_000
#: Most megabytes of memory a command may need per added megabyte of file.
MB_PER_FILE_MB = 20
SMALL, LARGE = 1 / 32, 1 / 8
DOCUMENTS = 3
SENTENCE = "The minister said the budget rose by five per cent last year, and will again. "


def _build(path: Path, fraction: float) -> None:
    """A project of three long articles and many claims, at ``fraction`` of the limits."""
    chars = int(min(limits.MAX_DOCUMENT_CHARS, limits.MAX_TOTAL_TEXT_CHARS / DOCUMENTS) * fraction)
    text = (SENTENCE * (chars // len(SENTENCE) + 1))[:chars]
    rng = random.Random(7)
    stamp = now_iso()
    with Project.create(path, reviewer="Bench") as project:
        ids = [
            project.add_document(ImportedDocument(text=text, title=f"A{n}", format="txt")).id
            for n in range(DOCUMENTS)
        ]
        rows = []
        for n in range(int(limits.MAX_CLAIMS * fraction)):
            start = rng.randrange(0, len(text) - 100)
            end = start + rng.randint(20, 90)
            rows.append(
                {
                    "id": new_id(),
                    "document_id": ids[n % DOCUMENTS],
                    "start": start,
                    "end": end,
                    "quote": text[start:end],
                    "summary": text[start:end],
                    "status": "verified",
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )
        with project.db.atomic():
            project.db.table("claims").insert_all(rows, batch_size=5_000)


def _peak_mb(*args: str | Path) -> tuple[float, float]:
    """Seconds and peak resident megabytes of one ``workbench`` command."""
    script = Path(sys.executable).with_name("workbench")
    started = time.perf_counter()
    child = subprocess.Popen(
        [str(script), *map(str, args)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _pid, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    assert child.stderr is not None
    errors = child.stderr.read().decode()
    child.stderr.close()
    assert os.waitstatus_to_exitcode(status) == 0, errors
    return seconds, usage.ru_maxrss / 1024  # kilobytes on Linux


@pytest.mark.parametrize("command", ["check", "export-json"])
def test_peak_memory_grows_linearly_and_fits_at_the_limits(
    benchmark, tmp_path: Path, command: str
) -> None:
    def run(path: Path) -> tuple[float, float]:
        if command == "check":
            return _peak_mb("check", path)
        return _peak_mb("export", path, "--format", "json", "-o", tmp_path / "out.json")

    sample = tmp_path / "sample.factcheck"
    _build(sample, 0.0002)
    _, baseline = run(sample)
    peaks: dict[float, float] = {}
    sizes: dict[float, float] = {}
    for fraction in (SMALL, LARGE):
        path = tmp_path / f"at-{fraction}.factcheck"
        _build(path, fraction)
        sizes[fraction] = path.stat().st_size / 1e6
        if fraction == SMALL:
            seconds, peaks[fraction] = run(path)
        else:  # the benchmark fixture times one call per test
            seconds, peaks[fraction] = benchmark.pedantic(run, args=(path,), rounds=1)
        benchmark.extra_info[f"file_mb_at_1/{1 / fraction:.0f}"] = round(sizes[fraction], 1)
        benchmark.extra_info[f"peak_mb_at_1/{1 / fraction:.0f}"] = round(peaks[fraction])
        benchmark.extra_info[f"seconds_at_1/{1 / fraction:.0f}"] = round(seconds, 1)
    marginal = (peaks[LARGE] - peaks[SMALL]) / (sizes[LARGE] - sizes[SMALL])
    at_limits = peaks[LARGE] + marginal * sizes[LARGE] * (1 / LARGE - 1)
    benchmark.extra_info.update(
        baseline_mb=round(baseline),
        mb_per_file_mb=round(marginal, 2),
        extrapolated_peak_mb_at_limits=round(at_limits),
    )
    print(f"\n{command}: {benchmark.extra_info}")
    assert marginal <= MB_PER_FILE_MB, f"{marginal:.1f} MB per MB of file"
    assert at_limits <= BUDGET_MB, f"{at_limits:.0f} MB at the limits (budget {BUDGET_MB})"
