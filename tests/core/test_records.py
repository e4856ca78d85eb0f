"""Model values become records, and one another's values, from their fields alone.

A field added to a dataclass must reach the JSON export, the history and every value made
from it without anyone listing it again; and a restructured module must keep every name
that other layers import from it.
"""

from __future__ import annotations

import ast
import importlib
from dataclasses import fields, replace
from pathlib import Path

from workbench.core.archived import ArchivedCopy, ArchivedPage, CopyKind, copy_record
from workbench.core.history_chain import ChainBreak
from workbench.core.model import Document, ImportedDocument, as_record, sha256_hex
from workbench.core.records import carried
from workbench.core.verification import Finding

REPO = Path(__file__).resolve().parents[2]
#: Modules split into smaller ones that still answer for every name they used to hold.
FACADES = ("workbench.core.model", "workbench.core.merge", "workbench.reports.content")


def _copy() -> ArchivedCopy:
    page = ArchivedPage("https://example.org/", "Example", "2025-10-23")
    media = ("application/wacz", CopyKind.WACZ)
    return ArchivedCopy("c1", "e1", "a" * 64, "page.wacz", 12, *media, pages=(page,))


def test_a_record_holds_every_field_in_order_with_plain_values() -> None:
    copy = _copy()
    record = copy_record(copy)
    assert list(record) == [f.name for f in fields(ArchivedCopy)]
    assert record["kind"] == "wacz"
    assert type(record["kind"]) is str  # the enum's value, not the enum: JSON and hashes
    assert record["pages"] == [
        {"url": "https://example.org/", "title": "Example", "captured_at": "2025-10-23"}
    ]


def test_the_history_record_of_a_copy_leaves_out_its_id_and_pages() -> None:
    record = _copy().record()
    assert "id" not in record
    assert "pages" not in record
    assert record["sha256"] == "a" * 64
    assert as_record(_copy(), leave_out=("size",)).keys() == copy_record(_copy()).keys() - {"size"}


def test_an_import_becomes_a_document_with_every_field_it_shares() -> None:
    imported = ImportedDocument("Text.", "", "pdf", "a.pdf", "P", "A", original=b"%PDF-1.7")
    imported = replace(imported, page_starts=(0, 3), extractor="pdfium")
    document = imported.as_document("d1", "2025-10-23T09:00:00+00:00")
    assert document.title == "Untitled document"
    assert document.original_sha256 == sha256_hex(b"%PDF-1.7")
    for name in ("text", "format", "source", "publisher", "author", "page_starts", "extractor"):
        assert getattr(document, name) == getattr(imported, name)
    assert document.text_sha256 == sha256_hex("Text.")


def test_a_chain_break_becomes_a_finding_with_its_row_and_both_hashes() -> None:
    broken = ChainBreak(3, "r3", "claim", "c1", "edited", "changed", "abc", "def")
    finding = carried(broken, Finding, check="history rows", subject="row 3")
    assert (finding.position, finding.row_id, finding.entity, finding.entity_id) == (
        3,
        "r3",
        "claim",
        "c1",
    )
    assert (finding.message, finding.expected, finding.found) == ("changed", "abc", "def")


def test_a_document_made_by_carrying_keeps_its_own_checks() -> None:
    document = carried(
        Document(id="d1", title="T", text="abc", format="txt"), Document, text_sha256=""
    )
    assert document.text_sha256 == sha256_hex("abc")


def _imported_names() -> dict[str, set[str]]:
    """Every name any module of the project imports from each facade."""
    wanted: dict[str, set[str]] = {name: set() for name in FACADES}
    for folder in ("workbench", "tests", "docs"):
        for path in (REPO / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and node.module in wanted:
                    wanted[node.module].update(alias.name for alias in node.names)
    return wanted


def test_every_name_imported_from_a_split_module_is_listed_there() -> None:
    for module_name, names in _imported_names().items():
        module = importlib.import_module(module_name)
        missing = sorted(names - set(module.__all__))
        assert not missing, f"{module_name} no longer lists {missing} in __all__"
        assert all(hasattr(module, name) for name in module.__all__)
