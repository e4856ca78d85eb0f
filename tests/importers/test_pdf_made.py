"""PDFs drawn for the cases the corpus lacks, and the sandbox's limits, progress and cancel."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.importers import (
    ImportCancelled,
    ImportFailed,
    ImportOptions,
    import_bytes,
    import_file,
)


def test_two_columns_come_out_column_by_column(made) -> None:
    doc = import_file(made.two_columns)
    left, right = made.columns_text
    assert doc.text == f"{left}\n\n{right}"


def test_words_hyphenated_at_line_ends_are_joined(made) -> None:
    doc = import_file(made.hyphenated)
    assert doc.text == (
        "The committee examined the information carefully before the vote, and the members "
        "agreed that the FAA-approved procedure needed no revision before the end of the year."
    )


def test_running_heads_and_page_numbers_are_left_out_and_pages_start_right(made) -> None:
    doc = import_file(made.running_heads)
    assert "Harbour Gazette" not in doc.text
    assert "Page 2 of 3" not in doc.text
    assert doc.text == "\n\n".join(made.bodies)
    for start, body in zip(doc.page_starts, made.bodies, strict=True):
        assert doc.text[start:].startswith(body)


def test_scanned_page_is_a_warning_not_an_empty_success(made) -> None:
    doc = import_file(made.scanned)
    assert doc.text == "[Page 1: no text]"
    assert doc.title == "scanned"
    assert doc.warnings[0].startswith("This PDF has no text layer (it looks scanned)")


def test_footnote_stays_on_its_page_and_the_running_sentence_stays_whole(made) -> None:
    doc = import_file(made.footnoted)
    assert doc.text == (
        "1 Complaints received by post are not included.\n\n"
        "The ministry published the report in March. Its authors counted 4,200 complaints,1 "
        "most of them about delayed payments.\n\n"
        "A second paragraph starts here."
    )
    assert doc.text[doc.page_starts[1] :].startswith("them about delayed payments.")
    assert doc.text.index("1 Complaints") < doc.page_starts[1]


def test_truncated_pdf_gives_text_or_a_clear_error(made) -> None:
    data = made.two_columns.read_bytes()
    try:
        doc = import_bytes(data[: len(data) // 2], "cut.pdf")
    except ImportFailed as err:
        assert "cut.pdf" in str(err)
    else:
        assert doc.format == "pdf"


def test_pdf_is_recognised_by_content_not_by_name(made) -> None:
    doc = import_bytes(made.hyphenated.read_bytes(), "article.txt")
    assert doc.format == "pdf"
    assert doc.text.startswith("The committee examined the information")


def test_progress_is_reported_per_page_from_the_calling_thread(made) -> None:
    seen: list[tuple[int, int]] = []
    import_file(made.running_heads, ImportOptions(progress=lambda d, t: seen.append((d, t))))
    assert seen[0] == (0, 3)
    assert seen[-1] == (3, 3)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_cancelling_stops_the_import(made) -> None:
    with pytest.raises(ImportCancelled, match="cancelled"):
        import_file(made.running_heads, ImportOptions(cancelled=lambda: True))


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (ImportOptions(max_pages=2), "has 3 pages, more than the 2 pages"),
        (ImportOptions(max_bytes=1000), "more than the 1 KB"),
        (ImportOptions(timeout_seconds=0.0), "took longer than 0 s"),
        (ImportOptions(memory_mb=16), "memory"),
    ],
    ids=["pages", "size", "time", "memory"],
)
def test_limits_are_enforced_with_a_clear_message(made, options, message) -> None:
    with pytest.raises(ImportFailed, match=message):
        import_file(made.running_heads, options)


def test_one_parser_process_gives_the_same_text(made) -> None:
    single = import_file(made.running_heads, ImportOptions(pdf_workers=1))
    assert single.text == import_file(made.running_heads).text


def test_options_take_the_users_limits_from_the_settings(tmp_path: Path) -> None:
    from workbench import settings

    stored = settings.Settings(tmp_path / "settings.json")
    stored.set(settings.PDF_MAX_PAGES, 7)
    stored.set(settings.IMPORT_MAX_MB, 3)
    options = ImportOptions.from_settings(stored, password="pw")
    assert (options.max_pages, options.max_bytes, options.password) == (7, 3 * 1024 * 1024, "pw")
    assert options.timeout_seconds == settings.PDF_TIMEOUT_SECONDS.default


def test_a_table_without_rules_is_read_row_by_row(made) -> None:
    doc = import_file(made.unruled_table)
    rows = ["\t".join(row) for row in made.table_rows]
    assert "\n".join(rows) in doc.text
    assert doc.text.startswith("Cargo handled by the northern ports")
    assert doc.text.endswith("how transhipped cargo should be counted.")
