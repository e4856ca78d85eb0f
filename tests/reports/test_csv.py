"""The CSV export, read back with the csv module."""

from __future__ import annotations

import csv
import io

import pytest

from tests.reports.conftest import FORMULA
from workbench.reports import csv_export

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture(scope="module")
def data(built):
    return csv_export.render(built.snapshot)


@pytest.fixture(scope="module")
def records(data):
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_utf8_with_bom_and_crlf(data):
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data
    data.decode("utf-8")


def test_one_row_per_claim_with_its_fields(built, records):
    snapshot = built.snapshot
    assert list(records[0]) == list(csv_export.COLUMNS)
    assert len(records) == len(snapshot.claims)
    for row, claim in zip(records, snapshot.claims, strict=True):
        assert row["claim_id"] == claim.id
        assert row["quote"].removeprefix("'") == claim.quote
        assert row["status"] == claim.status.value
        assert (int(row["start"]), int(row["end"])) == (claim.start, claim.end)
        evidence = snapshot.evidence[claim.id]
        assert int(row["evidence_count"]) == len(evidence)
        assert row["evidence_urls"].split("\n") == ([e.url for e in evidence] or [""])


def test_no_cell_starts_a_formula(records):
    cells = [value for row in records for value in row.values()]
    assert any(cell == "'" + FORMULA for cell in cells)
    assert not [c for c in cells if c.startswith(FORMULA_STARTS)]
