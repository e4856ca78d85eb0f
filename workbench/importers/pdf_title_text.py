"""Titles read where no line is set larger than the body: from the text's first heading-
like paragraphs, from under a gazette's bold heads, or from the page's running head.

A title is a few words, not a sentence, not a sentence's broken-off end ("represent
people eligible for legal aid"), not a list item or check box, not a numbered section
("5.1 Hyper Parameter Optimization") and not a table row. Of such paragraphs among the
first of the text, the first wins that is not set smaller than the body, so a logo's
caption gives way to a form's name beside it. A page cut from a longer work (a paper's
page 9, a report's annex) often names that work only in its running head or foot, set
small next to the page number: that line, without its number, is a title too, the last
resort when nothing else reads as one.
"""

from __future__ import annotations

import re

from workbench.importers.pdf_layout import Line, PageLayout
from workbench.importers.pdf_text import IS_PLACEHOLDER, SENTENCE_END, body_size

#: A heading-like paragraph has at most this many words and characters (scripts written
#: without spaces have one "word" a paragraph), and is looked for among this many first
#: paragraphs of the text.
HEADING_WORDS, HEADING_CHARACTERS, HEADING_SEARCH = 12, 100, 10
#: A section number opening a heading: "5.1 ", "23. ", "2-5- ", "3) ".
SECTION_NUMBER = re.compile(r"^\d+(?:[.\-]\d+)*[.)\-]\s|^\d+(?:\.\d+)+\s")
#: A page number at either end of a running head or foot (up to three digits: four
#: would more often be a year, "Harbour traffic in 2020").
FOLIO = re.compile(r"^\d{1,3}\s+(?=\S)|\s+\d{1,3}$")
#: What is left of a foot like "Page 7" once its number is gone: no title.
PAGE_WORD = re.compile(r"^(page|p\.|pp\.|seite|pagina|página|pág\.)$", re.IGNORECASE)
#: Characters a title may open with besides a letter or a digit: opening quotes and brackets.
OPENERS = "\"'\u201c\u2018\u00ab\u2039\u201e(「『《〈【"
#: A paragraph in type this much smaller than the body is a caption, not a title.
SMALLER = 0.95
#: Lines of the same head or foot row differ in top or bottom by at most this much.
ROW_TOLERANCE = 2.0


def heading_like(paragraph: str) -> bool:
    """A few words with letters, opening as a title does (with a capital, where the
    script has case) and not ending as a sentence or a lead-in does."""
    words = paragraph.split()
    if not words:
        return False
    first = paragraph.lstrip()[0]
    return (
        len(words) <= HEADING_WORDS
        and len(paragraph) <= HEADING_CHARACTERS
        and sum(char.isalpha() for char in paragraph) >= 3
        and (first.isalnum() or first in OPENERS)
        and not first.islower()
        and "\t" not in paragraph
        and not SECTION_NUMBER.match(paragraph)
        and not SENTENCE_END.search(paragraph)
        and not paragraph.rstrip().endswith((",", ":", ";"))
    )


def capitals(paragraph: str) -> bool:
    """Set in capitals only (a script without case never is)."""
    letters = [char for char in paragraph if char.isalpha()]
    return len(letters) >= 3 and all(char.isupper() for char in letters)


def first_page(pages: list[PageLayout]) -> PageLayout | None:
    """The first page with text."""
    return next((p for p in pages if p.lines), None)


def _size(paragraph: str, page: PageLayout, default: float) -> float:
    """The type size of a paragraph: the largest of the first page's lines in it."""
    flat = " ".join(paragraph.split())
    sizes = [line.size for line in page.lines if " ".join(line.text.split()) in flat]
    return max(sizes, default=default)


def _edge_rows(page: PageLayout) -> list[Line]:
    """The lines of the page's top row, then those of its bottom row."""
    top = min(line.top for line in page.lines)
    bottom = max(line.bottom for line in page.lines)
    heads = [line for line in page.lines if line.top - top <= ROW_TOLERANCE]
    feet = [line for line in page.lines if bottom - line.bottom <= ROW_TOLERANCE]
    return heads + [line for line in feet if line not in heads]


def heading_in_text(pages: list[PageLayout], text: str) -> str:
    """The first heading-like paragraph among the text's first paragraphs that is set no
    smaller than the body (a logo's caption is, and so is a running notice such as
    "Official - Subject to Final Review"), or a running head set small beside its page
    number, taken without the number; or ""."""
    page = first_page(pages)
    if page is None:
        return ""
    body = body_size(page.lines)
    edges = {" ".join(line.text.split()) for line in _edge_rows(page)}
    for paragraph in text.split("\n\n")[:HEADING_SEARCH]:
        flat = " ".join(paragraph.split())
        if IS_PLACEHOLDER.fullmatch(paragraph) or not heading_like(paragraph):
            continue
        size = _size(flat, page, body)
        if size < SMALLER * body and flat in edges and FOLIO.search(flat):
            return FOLIO.sub("", flat)
        if size >= SMALLER * body:
            return flat
    return ""


def running_title(pages: list[PageLayout]) -> str:
    """The longest running head or foot of the first page that carries a page number,
    without it: the name of the work a page was cut from. "" if there is none."""
    page = first_page(pages)
    if page is None:
        return ""
    found = []
    for line in _edge_rows(page):
        flat = " ".join(line.text.split())
        rest = FOLIO.sub("", flat)
        if rest != flat and heading_like(rest) and not PAGE_WORD.match(rest):
            found.append(rest)
    return max(found, key=len, default="")


def title_below_heads(pages: list[PageLayout], text: str) -> str:
    """The title under a stack of bold heads whose first is in capitals: a gazette or an
    agency's notice opens with its department ("DEPARTMENT OF TRANSPORTATION"), agency,
    docket and file numbers, all in bold, and sets the title last, right above the body,
    in bold sentence case. So where the first heading-like paragraph is such a head, the
    title is the last paragraph of the bold run it opens, if that reads as a heading and
    is not in capitals itself; else "". A paragraph is bold when each of its words is on
    a bold line of the first page with text."""
    page = first_page(pages)
    if page is None:
        return ""
    bold_words = {word for line in page.lines if line.bold for word in line.text.split()}
    paragraphs = text.split("\n\n")[:HEADING_SEARCH]

    def bold(paragraph: str) -> bool:
        return all(word in bold_words for word in paragraph.split())

    first = next((i for i, p in enumerate(paragraphs) if heading_like(p)), None)
    if first is None or not (capitals(paragraphs[first]) and bold(paragraphs[first])):
        return ""
    last = first
    while (
        last + 1 < len(paragraphs) and paragraphs[last + 1].strip() and bold(paragraphs[last + 1])
    ):
        last += 1
    title = paragraphs[last]
    if last > first and heading_like(title) and not capitals(title):
        return " ".join(title.split())
    return ""
