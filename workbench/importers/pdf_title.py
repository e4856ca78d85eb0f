"""A PDF's title: its metadata title when that is a real title, else its first heading.

Producers fill the metadata title with whatever they have: the file name
("905_Precinct_NoOU", "zen_of_python.txt"), the program ("Microsoft Word - draft.doc",
"PowerPoint Presentation") or nothing. The first heading is the line set in the largest
type on the first page, provided it is larger than the body text and is not page
furniture: a running head ("Proposed Rules") is the same on every page and names the
publication, not the article. Where no line is set larger than the body (a gazette
sets its headings in bold body type), the first heading is the first short paragraph of
the text that is not a sentence: the running heads and the masthead are out of the text
by then, so the title is never the publication's "Vol. 85, No. 152". A notice that opens
with its department in bold capitals has its title at the end of that bold stack
(:func:`title_below_heads`).
"""

from __future__ import annotations

import re

from workbench.importers.pdf_furniture import furniture, furniture_key, word_key
from workbench.importers.pdf_layout import PageLayout
from workbench.importers.pdf_text import IS_PLACEHOLDER, SENTENCE_END, body_size

#: Titles that are a tool's name for the file rather than the article's title.
TOOL_TITLE = re.compile(
    r"^(microsoft (word|powerpoint|excel) - |untitled|document\d*$|powerpoint presentation$"
    r"|presentation\d*$|slide \d+$)",
    re.IGNORECASE,
)
#: A file name: an extension, or one word joined by underscores.
FILE_NAME = re.compile(r"(\.[a-z0-9]{2,4}$)|^[^\s]*_[^\s]*$|^[\d\W_]+$", re.IGNORECASE)
#: A heading is at least this much larger than the body text.
HEADING_SCALE = 1.15
#: Longest title kept (a heading can run over several lines, not over a paragraph).
MAX_TITLE = 200
#: A heading-like paragraph has at most this many words and characters (scripts written
#: without spaces have one "word" a paragraph), and is looked for among this many first
#: paragraphs of the text.
HEADING_WORDS, HEADING_CHARACTERS, HEADING_SEARCH = 12, 100, 10


def meaningful(title: str) -> bool:
    """Whether a metadata title names the article (module docstring)."""
    title = title.strip()
    return (
        sum(char.isalpha() for char in title) >= 3
        and not TOOL_TITLE.match(title)
        and not FILE_NAME.search(title)
    )


def first_heading(pages: list[PageLayout]) -> str:
    """The largest-type lines at the top of the first page with text, or ""."""
    page = next((p for p in pages if p.lines), None)
    if page is None:
        return ""
    dropped = furniture(pages)
    heads = [
        word_key(furniture_key(p.lines[i].text))
        for p in pages
        for i in range(len(p.lines))
        if (p.number, i) in dropped
    ]
    candidates = [
        line
        for index, line in enumerate(page.lines)
        if (page.number, index) not in dropped
        and not any(word_key(furniture_key(line.text)) in head for head in heads)
        and sum(char.isalpha() for char in line.text) >= 2
    ]
    if not candidates:
        return ""
    largest = max(line.size for line in candidates)
    if largest < HEADING_SCALE * body_size(line for p in pages for line in p.lines):
        return ""
    start = next(i for i, line in enumerate(candidates) if line.size >= 0.95 * largest)
    parts = []
    for line in candidates[start:]:
        if line.size < 0.95 * largest or line.block != candidates[start].block:
            break
        parts.append(line.text)
    return " ".join(parts)[:MAX_TITLE].strip()


def _heading_like(paragraph: str) -> bool:
    """A few words with letters, not ending as a sentence or a lead-in does."""
    words = paragraph.split()
    return (
        0 < len(words) <= HEADING_WORDS
        and len(paragraph) <= HEADING_CHARACTERS
        and sum(char.isalpha() for char in paragraph) >= 3
        and not SENTENCE_END.search(paragraph)
        and not paragraph.rstrip().endswith((",", ":", ";"))
    )


def _capitals(paragraph: str) -> bool:
    """Set in capitals only (a script without case never is)."""
    letters = [char for char in paragraph if char.isalpha()]
    return len(letters) >= 3 and all(char.isupper() for char in letters)


def heading_in_text(text: str) -> str:
    """The first of the text's first paragraphs that reads as a heading (module
    docstring), and not the placeholder of a page without text."""
    for paragraph in text.split("\n\n")[:HEADING_SEARCH]:
        if not IS_PLACEHOLDER.fullmatch(paragraph) and _heading_like(paragraph):
            return " ".join(paragraph.split())
    return ""


def title_below_heads(pages: list[PageLayout], text: str) -> str:
    """The title under a stack of bold heads whose first is in capitals: a gazette or an
    agency's notice opens with its department ("DEPARTMENT OF TRANSPORTATION"), agency,
    docket and file numbers, all in bold, and sets the title last, right above the body,
    in bold sentence case. So where the first heading-like paragraph is such a head, the
    title is the last paragraph of the bold run it opens, if that reads as a heading and
    is not in capitals itself; else "". A paragraph is bold when each of its words is on
    a bold line of the first page with text."""
    page = next((p for p in pages if p.lines), None)
    if page is None:
        return ""
    bold_words = {word for line in page.lines if line.bold for word in line.text.split()}
    paragraphs = text.split("\n\n")[:HEADING_SEARCH]

    def bold(paragraph: str) -> bool:
        return all(word in bold_words for word in paragraph.split())

    first = next((i for i, p in enumerate(paragraphs) if _heading_like(p)), None)
    if first is None or not (_capitals(paragraphs[first]) and bold(paragraphs[first])):
        return ""
    last = first
    while (
        last + 1 < len(paragraphs) and paragraphs[last + 1].strip() and bold(paragraphs[last + 1])
    ):
        last += 1
    title = paragraphs[last]
    if last > first and _heading_like(title) and not _capitals(title):
        return " ".join(title.split())
    return ""


def document_title(metadata_title: str, pages: list[PageLayout], text: str = "") -> str:
    """The metadata title if meaningful, else the first heading (by type size, else the
    title below a stack of bold heads, else the first heading-like paragraph of ``text``,
    the document's assembled text), else ""."""
    if meaningful(metadata_title):
        return metadata_title.strip()
    return first_heading(pages) or title_below_heads(pages, text) or heading_in_text(text)
