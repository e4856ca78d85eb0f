"""A PDF's title: its metadata title when that is a real title, else its first heading.

Producers fill the metadata title with whatever they have: the file name
("905_Precinct_NoOU", "zen_of_python.txt"), the program ("Microsoft Word - draft.doc",
"PowerPoint Presentation") or nothing. The first heading is the line set in the largest
type on the first page, provided it is larger than the body text and is not page
furniture: a running head ("Proposed Rules") is the same on every page and names the
publication, not the article. Where no line is set larger than the body (a gazette
sets its headings in bold body type), the first heading is the first short paragraph of
the text that is not a sentence (:mod:`pdf_title_text`): the running heads and the
masthead are out of the text by then, so the title is never the publication's "Vol. 85,
No. 152". A notice that opens with its department in bold capitals has its title at the
end of that bold stack (:func:`title_below_heads`). Where nothing reads as a heading, a
page cut from a longer work is named by its running head (:func:`running_title`).

A cover sets its brand or series ("Redpaper", "Front cover") as large as or larger than
its title: a word or two in the largest type gives way to a longer heading of a similar
size. A heading set over several lines in the same type is one title. Marks around or
before a title are not part of it: corner brackets or quotes enclosing it, a footnote
mark, a page number on the running head it came from, the date and time a printout's
head starts with; and a heading set with letter spacing in a script without spaces
between words ("세 계 인 권 선 언") is one word again.
"""

from __future__ import annotations

import re

from workbench.importers.pdf_furniture import furniture, furniture_key, word_key
from workbench.importers.pdf_layout import Line, PageLayout
from workbench.importers.pdf_text import body_size
from workbench.importers.pdf_title_text import (
    first_page,
    heading_in_text,
    running_title,
    title_below_heads,
)

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
#: Lines of one heading differ in size by at most this fraction.
SAME_SIZE = 0.05
#: A brand or series name on a cover has at most this many words; it gives way to a
#: heading of more words set at least this fraction of its size (a similar size: the
#: Redpaper cover sets its title at 0.61 of the brand's).
BRAND_WORDS, BRAND_SCALE = 2, 0.6
#: Quotes and brackets that enclose a whole title: (opening, closing).
ENCLOSING = (
    ("『", "』"),
    ("「", "」"),
    ("《", "》"),
    ("〈", "〉"),
    ("\u201c", "\u201d"),
    ('"', '"'),
    ("\u00ab", "\u00bb"),
    ("【", "】"),
)
#: A footnote mark after a title.
FOOTNOTE_MARK = re.compile(r"\s*[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+$")
#: A print stamp at the start of a printout's head: a date, then a clock time
#: ("Mai 30, 18 13:27 ", "12/3/2014 11:57:01 AM ").
DATE_WORD = r"(?:\d{1,4}(?:[./-]\d{1,4}){0,2},?|[^\W\d_]{3,9}\.?,?)"
PRINT_STAMP = re.compile(
    rf"^(?:{DATE_WORD}\s+){{1,4}}\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*[AP]M)?\s+(?=\S)",
    re.IGNORECASE,
)
#: Letters of scripts written without spaces between words (Han, kana, Hangul).
UNSPACED = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def meaningful(title: str) -> bool:
    """Whether a metadata title names the article (module docstring)."""
    title = title.strip()
    return (
        sum(char.isalpha() for char in title) >= 3
        and not TOOL_TITLE.match(title)
        and not FILE_NAME.search(title)
    )


def _headings(lines: list[Line]) -> list[list[Line]]:
    """Runs of consecutive lines in one block and (nearly) one size: each a heading or a
    paragraph, however many lines it is set over."""
    runs: list[list[Line]] = []
    for line in lines:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and line.block == last.block
            and abs(line.size - last.size) <= SAME_SIZE * max(line.size, last.size)
        ):
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def _words(run: list[Line]) -> int:
    return sum(len(line.text.split()) for line in run)


def _brand(run: list[Line]) -> bool:
    """A word or two, like a brand or series name; a title in a script without spaces
    between words is one "word" however long, so it never counts as a brand."""
    return _words(run) <= BRAND_WORDS and not any(UNSPACED.search(line.text) for line in run)


def first_heading(pages: list[PageLayout]) -> str:
    """The heading in the largest type on the first page with text, larger than the
    body and not page furniture nor a cover's brand (module docstring); or ""."""
    page = first_page(pages)
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
    threshold = HEADING_SCALE * body_size(line for p in pages for line in p.lines)
    runs = [run for run in _headings(candidates) if run[0].size >= threshold]
    if not runs:
        return ""
    best = max(runs, key=lambda run: run[0].size)
    if _brand(best):
        longer = [
            run
            for run in runs
            if _words(run) > BRAND_WORDS and run[0].size >= BRAND_SCALE * best[0].size
        ]
        best = max(longer, key=lambda run: run[0].size, default=best)
    return " ".join(line.text for line in best)[:MAX_TITLE].strip()


def cleaned(title: str) -> str:
    """The title without enclosing quotes or brackets, a footnote mark after it, a print
    stamp before it, or the letter spacing of a heading in a script without spaces
    (module docstring)."""
    title = PRINT_STAMP.sub("", FOOTNOTE_MARK.sub("", title.strip()))
    for opening, closing in ENCLOSING:
        inner = title[1:-1]
        if title[:1] == opening and title[-1:] == closing and opening not in inner:
            title = inner.strip()
    letters = title.split()
    if len(letters) >= 3 and all(UNSPACED.fullmatch(letter) for letter in letters):
        title = "".join(letters)
    return title


def document_title(metadata_title: str, pages: list[PageLayout], text: str = "") -> str:
    """The metadata title if meaningful, else the first heading: by type size, else the
    title below a stack of bold heads, else the heading-like paragraph of ``text`` (the
    document's assembled text) in the largest type, else the running head; or ""."""
    if meaningful(metadata_title):
        return metadata_title.strip()
    return cleaned(
        first_heading(pages)
        or title_below_heads(pages, text)
        or heading_in_text(pages, text)
        or running_title(pages)
    )
