"""Markdown: the rendered text, without its syntax."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.importers import ImportFailed, import_file

ARTICLE = """\
# Budget passes *narrowly*

The council approved the budget on **Tuesday**, [the minutes](https://example.org) show.
It passed by `31` votes to 12.

- Schools get more money.
- Roads get less.

3. Third reading
4. Fourth reading

> The mayor called it "a fair compromise".

| Item | Amount |
|------|--------|
| Schools | 4.2m |

![Council chamber](chamber.jpg)
"""


def test_markdown_reads_as_rendered(tmp_path: Path) -> None:
    path = tmp_path / "budget.md"
    path.write_text(ARTICLE, encoding="utf-8")
    doc = import_file(path)
    assert doc.format == "md"
    assert doc.title == "Budget passes narrowly"
    assert doc.text == (
        "Budget passes narrowly\n\n"
        "The council approved the budget on Tuesday, the minutes show. "
        "It passed by 31 votes to 12.\n\n"
        "• Schools get more money.\n\n• Roads get less.\n\n"
        "3. Third reading\n\n4. Fourth reading\n\n"
        'The mayor called it "a fair compromise".\n\n'
        "Item\tAmount\n\nSchools\t4.2m\n\n"
        "Council chamber"
    )


def test_empty_markdown_says_so(tmp_path: Path) -> None:
    path = tmp_path / "empty.md"
    path.write_text("<!-- nothing -->\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="no text"):
        import_file(path)
