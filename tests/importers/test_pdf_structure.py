"""Structure in PDFs: tables read by rows, footnotes cited to their page, running heads
that alternate between odd and even pages, heads apart from the body, titles."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from workbench.importers import import_file
from workbench.importers.pdf_furniture import furniture
from workbench.importers.pdf_layout import Line, PageLayout
from workbench.importers.pdf_tables import Rule, merged
from workbench.importers.pdf_text import assemble
from workbench.importers.pdf_title import document_title, meaningful

DOCS = Path(__file__).resolve().parent.parent / "benchmarks" / "fidelity" / "docs"


def _line(text: str, top: float, block: int = 0, size: float = 10.0, x0: float = 72) -> Line:
    return Line(text, x0, 500, top, top + size, size, block)


def test_a_ruled_table_is_read_row_by_row_with_its_caption_and_headings_whole() -> None:
    doc = import_file(DOCS / "en-arxiv-table-page.pdf")
    assert "\n6\t6\tOTSL HTML\t0.965 0.969\t0.934 0.927\t0.955 0.955\t0.88 0.857\t2.73 5.39\n" in (
        doc.text
    )
    assert "\n\nTable 1. HPO performed in OTSL and HTML representation on the same" in doc.text
    assert "\n\n5.2 Quantitative Results\n\n" in doc.text


def test_a_right_to_left_table_reads_its_cells_from_the_right() -> None:
    doc = import_file(DOCS / "fa-docling-rtl-03.pdf")
    assert "\nتاريخ ارائه مدارک\t1403/09/19\nتاريخ پذيرش\t1403/10/04\n" in doc.text


def test_form_rows_left_unruled_between_two_rules_are_rows_of_their_own() -> None:
    # Between two rules: a label beside a value wrapped over three lines, then a label
    # beside a one-line value; and a label wrapped over two lines beside a one-line one.
    doc = import_file(DOCS / "fa-docling-rtl-03.pdf")
    assert (
        "\nنام استاندارد\tشمشه و شمشال توليد شده به روش ريخته گری پيوسته مورد مصرف در "
        "فولادهای سازه ای - مطابق آناليز پيوست\nشماره استاندارد ملی\t20300\n"
    ) in doc.text
    assert ("\nنحوة تعيين قيمت پايه پس از پذيرش کالا در بورس\tبر اساس قيمت های جهانی\n") in doc.text


def test_touching_segments_of_a_rule_are_one_rule() -> None:
    assert merged([Rule(100, 200, 50), Rule(10, 100, 50.4), Rule(10, 90, 80)]) == (
        Rule(10, 200, 50.4),
        Rule(10, 90, 80),
    )


def test_a_note_is_cited_to_the_page_it_is_printed_on() -> None:
    first = PageLayout(
        1,
        600,
        800,
        (
            _line("An earlier paragraph ends here.", 100),
            _line("The report, published on Monday,", 150, x0=90),
            _line("found that the agency1", 162),
            _line("1 A note printed on page one.", 700, block=1, size=7),
        ),
    )
    second = PageLayout(2, 600, 800, (_line("had known since March.", 100),))
    text, starts, _ = assemble([first, second])
    note = text.index("1 A note printed on page one.")
    assert note < starts[1]
    assert "The report, published on Monday, found that the agency1 had known since March." in (
        text
    )


def test_a_note_under_a_paragraph_begun_pages_before_ends_that_paragraph() -> None:
    pages = [
        PageLayout(1, 600, 800, (_line("A paragraph that runs on and on", 100),)),
        PageLayout(
            2,
            600,
            800,
            (
                _line("over the page, with a mark2", 100),
                _line("2 The note of page two.", 700, block=1, size=7),
            ),
        ),
        PageLayout(3, 600, 800, (_line("and on to the third.", 100),)),
    ]
    text, starts, _ = assemble(pages)
    assert starts[1] < text.index("2 The note of page two.") < starts[2]


def test_heads_alternating_between_odd_and_even_pages_are_furniture() -> None:
    pages = [
        PageLayout(
            n,
            600,
            800,
            (
                _line("Journal of Examples" if n % 2 else "Smith: On examples", 20),
                _line(f"Body text of page {n} goes on.", 300),
            ),
        )
        for n in range(1, 10)
    ]
    # Each head is on fewer than a third of all pages once the first page has its own.
    pages[0] = PageLayout(1, 600, 800, (_line("Body text of page 1 goes on.", 300),))
    assert furniture(pages) == {(n, 0) for n in range(2, 10)}


def test_a_head_line_at_the_top_is_not_glued_to_the_body() -> None:
    page = PageLayout(
        1,
        600,
        800,
        (_line("3 December 2026", 30, block=0), _line("The minister said on Monday", 120, block=1)),
    )
    text, _, _ = assemble([page])
    assert text == "3 December 2026\n\nThe minister said on Monday"


def test_bullets_start_list_items() -> None:
    page = PageLayout(
        1,
        600,
        800,
        (
            _line("Three findings stand out", 100),
            _line("\u2022first, the costs rose", 112),
            _line("\u25aa second, the delays grew", 124),
            _line("1) third, nobody was told", 136),
        ),
    )
    text, _, _ = assemble([page])
    assert text.split("\n\n") == [
        "Three findings stand out",
        "\u2022first, the costs rose",
        "\u25aa second, the delays grew",
        "1) third, nobody was told",
    ]


def test_tool_and_file_names_are_not_titles() -> None:
    for junk in (
        "Microsoft Word - draft7.docx",
        "PowerPoint Presentation",
        "905_Precinct_NoOU",
        "zen_of_python.txt",
        "10811.exe",
        "",
    ):
        assert not meaningful(junk), junk
    assert meaningful("Comité de démolition - Procès-verbal de la séance")


def test_the_title_is_the_first_heading_not_the_running_head() -> None:
    pages = [
        PageLayout(
            n,
            600,
            800,
            (
                _line("Weekly Bulletin", 20, size=16),
                _line("Harbour traffic falls", 100, size=20) if n == 1 else _line("More", 100),
                _line("for the third quarter", 122, size=20) if n == 1 else _line("text.", 112),
                _line("Body text of the article goes on here.", 200, block=1),
            ),
        )
        for n in (1, 2, 3)
    ]
    assert document_title("", pages) == "Harbour traffic falls for the third quarter"
    assert document_title("Harbour traffic report", pages) == "Harbour traffic report"


def test_numbered_headings_opening_pages_are_kept_but_numbered_heads_are_not() -> None:
    pages = [
        PageLayout(
            n,
            600,
            800,
            (
                _line(f"Article {n * 7}", 20),  # a heading that happens to open the page
                _line(f"Annual report, page {n + 40}", 780),  # a foot with the page number
                _line(f"Body text of page {n} goes on.", 300),
            ),
        )
        for n in (1, 2, 3, 4)
    ]
    assert furniture(pages) == {(n, 1) for n in (1, 2, 3, 4)}


def test_a_columns_own_notes_follow_that_column() -> None:
    page = PageLayout(
        1,
        600,
        800,
        (
            _line("The left column ends here.", 100, block=0),
            _line("3) A note at the foot of the left column.", 700, block=0, size=7),
            _line("The right column starts here.", 100, block=1, x0=320),
        ),
    )
    text, _, _ = assemble([page])
    assert text.split("\n\n") == [
        "The left column ends here.",
        "3) A note at the foot of the left column.",
        "The right column starts here.",
    ]


def test_a_masthead_below_the_head_band_is_furniture_and_never_the_title() -> None:
    # Page 1: the running head's words spread over a masthead block reaching below the
    # top tenth of the page; later pages: the head on one line. No larger type anywhere.
    masthead = (
        _line("Federal Register", 59, block=0, x0=400),
        _line("Vol. 85, No. 152", 74, block=0, x0=400),
        _line("Thursday, August 6, 2020", 91, block=0, x0=400),
    )
    body = (
        _line("Airworthiness Directives; Boeing Airplanes", 200, block=1),
        _line("The agency proposes to supersede the directive.", 300, block=1),
    )
    head = _line("Federal Register/Vol. 85, No. 152/Thursday, August 6, 2020", 34)
    pages = [PageLayout(1, 612, 792, masthead + body)] + [
        PageLayout(n, 612, 792, (head, _line(f"Text of page {n} goes on.", 300, block=1)))
        for n in (2, 3, 4)
    ]
    assert {(1, 0), (1, 1), (1, 2)} <= furniture(pages)
    text, _, _ = assemble(pages)
    assert text.startswith("Airworthiness Directives; Boeing Airplanes\n\nThe agency")
    assert document_title("", pages, text) == "Airworthiness Directives; Boeing Airplanes"


def _bold(line: Line) -> Line:
    return replace(line, bold=True)


def test_a_title_under_bold_agency_heads_is_the_last_of_them() -> None:
    # A notice without a useful metadata title or larger type: department in capitals,
    # agency, docket line and title, all bold; then the body in regular type.
    heads = [
        _bold(_line("DEPARTMENT OF HARBOURS", 100)),
        _bold(_line("Port Safety Agency", 130)),
        _bold(_line("[Docket No. PSA-2021-0042]", 160)),
        _bold(_line("Mooring Rules; Northern", 190)),
        _bold(_line("Quay Berths", 202)),
        _line("SUMMARY: The agency proposes new mooring rules for the", 230),
        *(
            _line(f"berths of the northern quay, line {n} of the summary", 230 + 12 * n)
            for n in (1, 2, 3, 4)
        ),
        _line("that ends here.", 290),
    ]
    pages = [PageLayout(1, 600, 800, tuple(heads))]
    text, _, _ = assemble(pages)
    assert document_title("", pages, text) == "Mooring Rules; Northern Quay Berths"
    # The same heads in regular type, or a first head not in capitals: the first heading.
    plain = [replace(line, bold=False) for line in heads]
    pages = [PageLayout(1, 600, 800, tuple(plain))]
    assert document_title("", pages, text) == "DEPARTMENT OF HARBOURS"
    cased = [_bold(_line("Department of Harbours", 100)), *heads[1:]]
    pages = [PageLayout(1, 600, 800, tuple(cased))]
    text, _, _ = assemble(pages)
    assert document_title("", pages, text) == "Department of Harbours"
