"""Adding and verifying a 100 MB WACZ, against hashing the same bytes once (the floor).

Run with ``python -m pytest tests/benchmarks/test_archived_copies_bench.py --benchmark-enable -s``.

The WACZ is built here: one article page and 50 records of 2 MB of random bytes (media
does not compress), gzipped per record as ArchiveWeb.page writes them. "Add" is what
``workbench evidence add-copy`` does: read the file, check every digest the WACZ declares
and every WARC record's, in the import sandbox, then store it in the project (one
transaction with its history row). "Verify" recomputes the stored copy's SHA-256 and
reads the archive again, checking every declared digest. The baseline is SHA-256 of the
same bytes, measured in the same run; the figures printed are seconds and MB/s.
"""

from __future__ import annotations

import hashlib
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.web_archives import ARTICLE, wacz
from workbench.core.model import Evidence, ImportedDocument, new_claim
from workbench.importers.web_archive import read_copy, read_copy_file
from workbench.store.projectfile import Project
from workbench.store.verification import verify_file

pytestmark = pytest.mark.benchmark(group="archived-copies")

RECORDS, RECORD_BYTES = 50, 2 * 1024 * 1024
#: Add and verify may each take at most this many times hashing the bytes once: they
#: inflate every record, hash it twice (SHA-1 in the WARC, SHA-256 in the package) and
#: pass the file through a pipe to the sandbox and into SQLite.
MAX_RATIO = 60


def _seconds(fn: Callable[[], object], rounds: int = 3) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def test_add_and_verify_a_100_mb_wacz(benchmark, tmp_path: Path) -> None:
    pages = [("https://news.example/cpi", ARTICLE)]
    pages += [
        (f"https://news.example/media/{n}.jpg", os.urandom(RECORD_BYTES)) for n in range(RECORDS)
    ]
    archive = tmp_path / "capture.wacz"
    archive.write_bytes(wacz(pages))
    data = archive.read_bytes()
    megabytes = len(data) / (1024 * 1024)
    path = tmp_path / "bench.factcheck"
    with Project.create(path, reviewer="Bench") as project:
        doc = project.add_document(
            ImportedDocument(text="Inflation fell to 2 per cent.", title="A", format="txt")
        )
        claim = project.add_claim(new_claim(doc, 0, 14))
        evidence = project.add_evidence(Evidence(id="ev", claim_id=claim.id, title="CPI"))

        baseline = _seconds(lambda: hashlib.sha256(data).hexdigest())

        def add() -> None:
            for copy in project.archived_copies(evidence.id):
                project.remove_archived_copy(copy.id)
            kept, summary = read_copy_file(archive)
            project.add_archived_copy(
                evidence.id, archive.name, kept, captured_at=summary.captured_at
            )

        added = _seconds(add)

        def verify() -> None:
            assert verify_file(project.path).intact
            [copy] = project.archived_copies(evidence.id)
            read_copy(project.archived_copy_data(copy.sha256), copy.name)

        verified = benchmark.pedantic(verify, rounds=3, iterations=1)
        verified_s = benchmark.stats.stats.median
    assert verified is None
    for name, seconds in (("sha-256 once", baseline), ("add", added), ("verify", verified_s)):
        print(
            f"{name:>12}: {seconds:6.2f} s  {megabytes / seconds:8.1f} MB/s  ({megabytes:.0f} MB)"
        )
    benchmark.extra_info.update(
        megabytes=round(megabytes, 1),
        add_s=round(added, 2),
        verify_s=round(verified_s, 2),
        baseline_s=round(baseline, 3),
    )
    assert added / baseline < MAX_RATIO
    assert verified_s / baseline < MAX_RATIO
