"""A reviewer's whole journey through the installed command, checked in what it writes."""

from __future__ import annotations

import re
from pathlib import Path

from tests.cli.conftest import Run


def test_evidence_accessed_today_is_reported_as_a_date_without_an_invented_time(
    run: Run, tmp_path: Path, sample_article: Path
) -> None:
    """``evidence add`` records the day the source was accessed, not a time; the report
    said "accessed 03 Dec 2026, 00:00" as if the reviewer had looked at midnight."""
    run("new", "desk.factcheck")
    document = run("import", "desk.factcheck", sample_article).stdout.strip()
    claim = run(
        "claim",
        "add",
        "desk.factcheck",
        "--document",
        document,
        "--quote",
        "no plans",
        "--occurrence",
        "1",
    ).stdout.strip()
    run(
        "evidence",
        "add",
        "desk.factcheck",
        claim,
        "--url",
        "https://example.org/readout",
        "--title",
        "Readout",
        "--stance",
        "refutes",
    )
    for kind in ("md", "html"):
        run("export", "desk.factcheck", "--format", kind, "-o", f"report.{kind}")
        report = (tmp_path / f"report.{kind}").read_text(encoding="utf-8")
        accessed = re.search(r"accessed (\d\d \w{3} \d{4})(, \d\d:\d\d)?", report)
        assert accessed is not None, report
        assert accessed.group(2) is None, accessed.group(0)
