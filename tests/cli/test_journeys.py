"""A reviewer's whole journey through the installed command, checked in what it writes."""

from __future__ import annotations

import re
from pathlib import Path

from tests.command import Run, project_with_claim


def test_evidence_accessed_today_is_reported_as_a_date_without_an_invented_time(
    run: Run, tmp_path: Path, sample_article: Path
) -> None:
    """``evidence add`` records the day the source was accessed, not a time; the report
    said "accessed 03 Dec 2026, 00:00" as if the reviewer had looked at midnight."""
    _, claim = project_with_claim(run, sample_article, "desk.factcheck")
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


def test_the_report_heading_names_only_the_articles_it_covers(
    run: Run, tmp_path: Path, sample_article: Path
) -> None:
    """An article without claims is left out of the report; its title was still the
    report's heading ("Budapest summit … and 1 more article") over a report about another
    article. With ``--include-unclaimed`` both are covered and both are counted."""
    second = tmp_path / "mayor.txt"
    second.write_text("Mayor promises free buses\n\nThe mayor said fares rose by 40%.\n")
    run("new", "desk.factcheck")
    run("import", "desk.factcheck", sample_article)
    document = run("import", "desk.factcheck", second).stdout.strip()
    run("claim", "add", "desk.factcheck", "--document", document, "--quote", "fares rose by 40%")
    run("export", "desk.factcheck", "--format", "md", "-o", "report.md")
    heading = (tmp_path / "report.md").read_text(encoding="utf-8").splitlines()[0]
    assert heading == "# Mayor promises free buses"
    run("export", "desk.factcheck", "--format", "md", "-o", "all.md", "--include-unclaimed")
    heading = (tmp_path / "all.md").read_text(encoding="utf-8").splitlines()[0]
    assert heading.startswith("# Budapest summit") and heading.endswith("and 1 more article")
