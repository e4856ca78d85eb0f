"""CSV: one row per claim, for the desk's spreadsheet.

UTF-8 with a byte-order mark, because Excel reads a BOM-less CSV in the machine's legacy
code page and mangles accents. Every text cell goes through
:func:`~workbench.reports.safety.neutralise_cell`, so ``=HYPERLINK(...)`` in a note stays
text in Excel, LibreOffice and Google Sheets, and bidi overrides and terminal escapes in
any cell show as U+FFFD; numbers are left alone so they stay numbers. ``number`` is the
claim's project-wide number (:mod:`~workbench.core.numbering`), also in a scoped export.
"""

from __future__ import annotations

import csv
import io

from workbench.core.model import ProjectSnapshot
from workbench.core.numbering import claim_numbers
from workbench.reports.safety import neutralise_cell

COLUMNS = (
    "number",
    "claim_id",
    "document_id",
    "document_title",
    "start",
    "end",
    "page",
    "quote",
    "summary",
    "claimant",
    "status",
    "rating",
    "note",
    "evidence_count",
    "evidence_urls",
    "reviewer",
    "updated",
    "history_head",
    "archived_copies",
)


def rows(snapshot: ProjectSnapshot) -> list[list[str | int]]:
    """The header and one row per claim, in reading order, cells already neutralised."""
    titles = {d.id: d for d in snapshot.documents}
    numbers = snapshot.numbers or claim_numbers(snapshot.documents, snapshot.claims)
    table: list[list[str | int]] = [list(COLUMNS)]
    for claim in snapshot.claims:
        document = titles[claim.document_id]
        evidence = snapshot.evidence[claim.id]
        page = document.page_of(claim.start)
        text_cells = {
            "claim_id": claim.id,
            "document_id": claim.document_id,
            "document_title": document.title,
            "page": "" if page is None else str(page),
            "quote": claim.quote,
            "summary": claim.summary,
            "claimant": claim.claimant,
            "status": claim.status.value,
            "rating": claim.rating,
            "note": claim.note,
            "evidence_urls": "\n".join(e.url for e in evidence if e.url),
            # one line per archived copy: its SHA-256 and when it was captured
            "archived_copies": "\n".join(
                f"{copy.sha256} {copy.captured_at}".strip()
                for e in evidence
                for copy in snapshot.copies.get(e.id, ())
            ),
            "reviewer": claim.updated_by or claim.created_by,
            "updated": claim.updated_at or claim.created_at,
            "history_head": snapshot.history_head,
        }
        numbers = {
            "number": numbers.get(claim.id, 0),
            "start": claim.start,
            "end": claim.end,
            "evidence_count": len(evidence),
        }
        table.append(
            [numbers[c] if c in numbers else neutralise_cell(text_cells[c]) for c in COLUMNS]
        )
    return table


def render(snapshot: ProjectSnapshot) -> bytes:
    """The CSV file's bytes: RFC 4180 quoting, CRLF line ends, UTF-8 with BOM."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows(snapshot))
    return out.getvalue().encode("utf-8-sig")
