"""The DOCX report, read back with python-docx."""

from __future__ import annotations

import io
import re

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE

from tests.reports.conftest import FORMULA, JS_URL, SCRIPT
from tests.reports.helpers import is_safe_href, squash
from workbench.reports import docx_report


@pytest.fixture(scope="module")
def word(built):
    return docx.Document(io.BytesIO(docx_report.render(built.snapshot)))


def _all_text(word) -> str:
    parts = [p.text for p in word.paragraphs]
    for table in word.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return squash("\n".join(parts))


def test_word_styles_structure_the_report(built, word):
    styles = [p.style.name for p in word.paragraphs]
    assert styles.count("Title") == 1
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Verdicts", "Claims", "Sources", "How we rate"]
    cards = [p.text for p in word.paragraphs if p.style.name == "Heading 2" and p.text[0].isdigit()]
    assert len(cards) == len(built.snapshot.claims)
    assert word.core_properties.title == built.snapshot.settings.title


def test_claims_table_lists_every_claim_with_quote_and_status(built, word):
    table = next(t for t in word.tables if t.rows[0].cells[0].text == "No.")
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    assert [r[0] for r in rows] == [str(n) for n in range(1, len(built.snapshot.claims) + 1)]
    for row, claim in zip(rows, built.snapshot.claims, strict=True):
        assert row[1].startswith(squash(claim.display_summary))
        assert row[3].split("\n")[0].endswith(claim.status.value.capitalize())


def test_every_quote_and_status_appears_in_the_body(built, word):
    text = _all_text(word)
    for status, quotes in built.quotes.items():
        assert status.value.capitalize() in text
        for quote in quotes:
            assert squash(quote) in text


def test_links_are_only_safe_and_hostile_text_stays_text(word):
    rels = word.part.rels.values()
    targets = [r.target_ref for r in rels if r.reltype == RELATIONSHIP_TYPE.HYPERLINK]
    assert "https://www.state.gov/readout?a=1&b=2" in targets
    assert "mailto:desk@example.org" in targets
    assert all(is_safe_href(t) for t in targets)
    text = _all_text(word)
    assert SCRIPT in text and JS_URL in text and FORMULA in text
    body = word.element.xml
    assert "w:fldSimple" not in body and "w:instrText" not in body  # no Word fields


def test_control_characters_are_dropped_not_fatal(tmp_path):
    assert docx_report.xml_text("a\x00b\x0bc\td\ne") == "abc\td\ne"


def test_each_claims_evidence_is_numbered_from_one_and_the_claim_column_is_widest(word):
    numbered = [p.text.split("\t")[0] for p in word.paragraphs if re.match(r"\d+\.\t", p.text)]
    assert numbered.count("1.") >= 2  # claim 1's evidence and claim 2's, each from 1
    table = next(t for t in word.tables if t.rows[0].cells[0].text == "No.")
    widths = [cell.width for cell in table.rows[1].cells]
    assert widths[1] == max(widths) and widths[1] > widths[2] > widths[0]
