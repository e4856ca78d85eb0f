"""PDF titles: a cover's brand, a heading over two lines, a running head's page number, a
form's name, and the marks around a title (the classes of miss that the title benchmark,
``tests/benchmarks/fidelity/test_title_bench.py``, found)."""

from __future__ import annotations

from pathlib import Path

from workbench.importers import import_file
from workbench.importers.pdf_layout import Line, PageLayout
from workbench.importers.pdf_title import cleaned, document_title

DOCS = Path(__file__).resolve().parent.parent / "benchmarks" / "fidelity" / "docs"


def _line(text: str, top: float, size: float = 10.0, block: int = 0) -> Line:
    return Line(text, 72, 500, top, top + size, size, block)


def _page(*lines: Line) -> list[PageLayout]:
    return [PageLayout(1, 612, 792, lines)]


BODY = tuple(_line(f"Body text of the report goes on, line {n}.", 300 + 12 * n) for n in range(9))


def test_a_cover_brand_gives_way_to_the_title_set_over_two_lines() -> None:
    cover = _page(
        _line("Front cover", 27, size=24),
        _line("Row and Column Access Control", 80, size=43),
        _line("Support in IBM DB2 for i", 123, size=43),
        *BODY,
        _line("Redpaper", 704, size=70, block=2),
    )
    assert document_title("", cover) == "Row and Column Access Control Support in IBM DB2 for i"
    # The real cover: the brand is the largest type on it, the authors sit between.
    doc = import_file(DOCS / "en-redbook-sampled.pdf")
    assert doc.title == "Row and Column Access Control Support in IBM DB2 for i"


def test_a_short_title_stays_the_title_when_the_next_heading_is_much_smaller_or_unspaced() -> None:
    # A one-word title above a much smaller subtitle is no brand.
    assert (
        document_title(
            "",
            _page(
                _line("Harbours", 40, size=40), _line("Traffic in the third quarter", 90, 16), *BODY
            ),
        )
        == "Harbours"
    )
    # Han and Hangul titles are one "word" however long: never taken for a brand.
    assert (
        document_title(
            "",
            _page(
                _line("世界人权宣言", 40, size=30),
                _line("유엔 총회 1948년 12월 10일 채택", 90, 20),
                *BODY,
            ),
        )
        == "世界人权宣言"
    )


def test_a_running_heads_page_number_is_not_part_of_the_title() -> None:
    # A paper's page 9: no heading larger than the body, the paper named in the head.
    doc = import_file(DOCS / "en-arxiv-table-page.pdf")
    assert doc.title == "Optimized Table Tokenization for Table Structure Recognition"
    # A number that is not the head's page number stays.
    assert (
        document_title(
            "", _page(_line("Harbour traffic in 2020", 40), *BODY), "Harbour traffic in 2020"
        )
        == "Harbour traffic in 2020"
    )


def test_a_form_is_titled_by_its_name_not_a_caption_or_a_broken_off_item() -> None:
    # The issuer's name under its logo is set smaller than the body; the form's name
    # beside it is the title.
    form = import_file(DOCS / "fa-docling-rtl-03.pdf")
    assert form.title == "اميدنامه پذيرش در بازار اصلی - کالای داخلی"
    # A questionnaire spread: check-box items, numbered questions and a broken-off line
    # are no titles; the foot names the report, after its page number.
    survey = import_file(DOCS / "en-legal-aid-form.pdf")
    assert survey.title == "Global Study on Legal Aid — Global Report"


def test_items_fragments_sections_and_table_rows_are_not_titles() -> None:
    text = "\n\n".join(
        [
            "\u2610 Yes, at the national level",
            "represent people eligible for legal aid",
            "5.1 Hyper Parameter Optimization",
            "Name\tValue",
            "Airworthiness Directives",
            "The agency proposes to supersede the directive.",
        ]
    )
    lines = [_line(paragraph, 40 + 20 * n) for n, paragraph in enumerate(text.split("\n\n"))]
    assert document_title("", _page(*lines), text) == "Airworthiness Directives"


def test_marks_around_a_title_are_not_part_of_it() -> None:
    assert cleaned("『世界人権宣言』") == "世界人権宣言"
    assert cleaned("“Quoted” and “unquoted”") == "“Quoted” and “unquoted”"
    assert cleaned("Harbour traffic falls*") == "Harbour traffic falls"
    assert cleaned("세 계 인 권 선 언") == "세계인권선언"
    assert cleaned("A B C") == "A B C"
    assert cleaned("Mai 30, 18 13:27 zen_of_python.txt") == "zen_of_python.txt"
    assert cleaned("Meeting at 10:30 on the harbour") == "Meeting at 10:30 on the harbour"
