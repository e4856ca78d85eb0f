"""How many claims a paginated report (PDF, DOCX) takes before it stops being practical.

A claim card fills about a third of a page, so 10^5 claims would be a ~30,000-page PDF
that takes the better part of an hour to lay out and that no editor reads. Above
:data:`MAX_PRINTED_CLAIMS` the PDF and DOCX exports refuse at once, with one line that
points to the formats made for that size; the HTML and Markdown reports and the data
exports have no such cap (see tests/benchmarks/test_report_bench.py for the figures).
"""

from __future__ import annotations

from workbench.core.model import ProjectSnapshot
from workbench.reports.writing import ExportError

#: Claims a PDF or DOCX report holds at most.
MAX_PRINTED_CLAIMS = 2_000


def check_size(snapshot: ProjectSnapshot, format_label: str) -> None:
    """Refuse a paginated report of more than :data:`MAX_PRINTED_CLAIMS` claims."""
    count = len(snapshot.claims)
    if count > MAX_PRINTED_CLAIMS:
        raise ExportError(
            f"A {format_label} report holds at most {MAX_PRINTED_CLAIMS:,} claims and this "
            f"export has {count:,}: export one document or some statuses, or use the HTML, "
            "CSV or JSON format."
        )
