"""Every corpus PDF imports (or fails with the designed message), checked for what matters."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from workbench.importers import ImportOptions, PasswordRequired, import_file

PDFS = sorted((CORPUS / "pdf").glob("*.pdf"))
ENCRYPTED = {"password-example.pdf": "test", "pdfminer-aes-256-r6.pdf": "usersecret"}


def _page(doc, number: int) -> str:
    starts = [*doc.page_starts, len(doc.text)]
    return doc.text[starts[number - 1] : starts[number]]


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_every_corpus_pdf_imports_or_asks_for_its_password(path: Path, corpus: Path) -> None:
    if path.name in ENCRYPTED:
        with pytest.raises(PasswordRequired) as asked:
            import_file(path)
        assert not asked.value.wrong
        assert "password" in str(asked.value)
        return
    doc = import_file(path)
    assert doc.format == "pdf"
    assert doc.text.strip()
    assert doc.original == path.read_bytes()
    assert doc.extractor.startswith("pdf/pdfplumber-")


@pytest.mark.parametrize(("name", "password"), ENCRYPTED.items())
def test_encrypted_pdf_opens_with_its_password_and_says_when_it_is_wrong(
    corpus: Path, name: str, password: str
) -> None:
    with pytest.raises(PasswordRequired, match="wrong") as wrong:
        import_file(corpus / "pdf" / name, ImportOptions(password="not-it"))
    assert wrong.value.wrong
    doc = import_file(corpus / "pdf" / name, ImportOptions(password=password))
    assert doc.text.strip()


@pytest.fixture(scope="module")
def federal_register():
    path = CORPUS / "pdf" / "federal-register-2020-17221.pdf"
    if not path.exists():
        pytest.skip("the shared corpus is not beside this clone")
    return import_file(path)


def test_federal_register_reads_column_by_column(federal_register) -> None:
    text = federal_register.text
    # Each runs down a column (and the first across a column break) in the PDF.
    for sentence in (
        "These effects include stall warning activation, airspeed disagree alert, and "
        "altitude disagree alert,5 and may affect the flightcrew’s ability to accomplish "
        "continued safe flight and landing.",
        "Investigation of the accident has been completed by the Indonesian authorities "
        "(Komite Nasional Keselamatan Transportasi (KNKT)) with assistance from the National "
        "Transportation Safety Board (NTSB) and the FAA of the United States, the "
        "manufacturer, and the operator.",
        "The FAA proposes to supersede Airworthiness Directive (AD) 2018–23–51, which applies "
        "to all The Boeing Company Model 737–8 and 737–9 (737 MAX) airplanes.",
    ):
        assert sentence in text


def test_federal_register_drops_running_heads_and_feet(federal_register) -> None:
    text = federal_register.text
    assert not re.search(r"Federal Register\s*/\s*Vol\. 85", text)
    assert "VerDate" not in text
    assert "47699" not in text  # the page number beside the running head


def test_federal_register_title_and_text_skip_its_masthead(federal_register) -> None:
    # Page 1's masthead spreads the running head over three lines, the last two below
    # the band where running heads live; no metadata title, no heading in larger type.
    # The title is the last of the bold heads under the department, not the department.
    assert "Vol. 85" not in federal_register.title
    assert federal_register.title == "Airworthiness Directives; The Boeing Company Airplanes"
    assert federal_register.text.startswith("This section of the FEDERAL REGISTER")
    assert "Thursday, August 6, 2020" not in federal_register.text


def test_federal_register_records_page_starts(federal_register) -> None:
    assert len(federal_register.page_starts) == 15
    assert _page(federal_register, 2).startswith("Hatta International Airport in Jakarta")
    assert federal_register.published == "2020-08-06"


def test_federal_register_keeps_footnotes_out_of_the_sentence(federal_register) -> None:
    text = federal_register.text
    note = text.index("1 Preliminary KNKT.18.10.35.04 Aircraft Accident Investigation Report")
    assert note > text.index("ability to accomplish continued safe flight and landing.")


def test_doubled_characters_appear_once(corpus: Path) -> None:
    doc = import_file(corpus / "pdf" / "issue-71-duplicate-chars-2.pdf")
    assert "DÉSORDRES DE L’ÉQUILIBRE ACIDE-BASE" in doc.text
    assert "UE 8." in doc.text
    # Drawn twice, the heading reads "DDÉÉSSOORRDDRREESS" and the unit "UUEE 88.." raw.
    assert "DDÉÉ" not in doc.text
    assert "UUEE" not in doc.text


def test_ruled_lorem_grid_is_read_as_a_table_row_by_row(corpus: Path) -> None:
    doc = import_file(corpus / "pdf" / "issue-33-lorem-ipsum.pdf")
    # The page opens with a ruled grid of two-line cells: a table, read across, a row a
    # line, each cell whole.
    assert doc.text.startswith("Tempora co Voluptatem\tNeque labo Voluptatem\tAliquam qu")
    assert "Tempora co Voluptatem Dolor ipsu" not in doc.text


def test_mirrored_and_sideways_pages_read_like_upright_ones(corpus: Path) -> None:
    doc = import_file(corpus / "pdf" / "issue-848.pdf")
    for number in range(1, 9):
        page = _page(doc, number)
        assert page.startswith(("The movie opens with a news report", "At the Metro", "the "))
    assert doc.text.count("The movie opens with a news report") >= 4
    assert "officers" in doc.text  # the "ffi" ligature spelled out


def test_word_pdf_keeps_its_list_items_apart(corpus: Path) -> None:
    doc = import_file(corpus / "pdf" / "word365_structure.pdf")
    assert doc.title == "Titre"
    assert doc.author == "David Huggins-Daines"
    assert "\n\n• Liste\n\n• Liste 2\n\n• Liste 3\n\n" in doc.text


def test_transcript_margin_line_numbers_are_dropped(corpus: Path) -> None:
    doc = import_file(corpus / "pdf" / "scotus-transcript-p1.pdf")
    assert (
        "The above-entitled matter came on for oral argument before the Supreme Court" in doc.text
    )
    assert not re.search(r"\b1 2 3 4 5\b", doc.text)


def test_scanned_pdf_warns_that_it_has_no_text(corpus: Path) -> None:
    doc = import_file(corpus / "pdf" / "pdfminer-pdf-with-jbig2.pdf")
    assert doc.text == "[Page 1: no text]"
    assert any("no text layer (it looks scanned)" in w for w in doc.warnings)


def test_corrupt_stream_gives_the_readable_text_and_a_warning(corpus: Path) -> None:
    doc = import_file(corpus / "pdf" / "pdfminer-zen_of_python_corrupted.pdf")
    assert "Beautiful is better than ugly." in doc.text
    assert any("damaged" in w for w in doc.warnings)


def test_circular_xobjects_end(corpus: Path) -> None:
    doc = import_file(corpus / "pdf" / "pdfminer-issue-1113-evil-xobjects.pdf")
    assert "Hello world" in doc.text


def test_malformed_pdf_gives_what_little_text_it_has(corpus: Path) -> None:
    doc = import_file(corpus / "pdf" / "malformed-from-issue-932.pdf")
    assert doc.text == "2021 3 31"
