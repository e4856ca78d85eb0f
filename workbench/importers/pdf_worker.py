"""The code that runs inside a PDF parser process, and nowhere else.

pdfminer.six is a pure-Python parser fed with untrusted bytes: it can loop, recurse or
allocate without bound on a hostile file (see the reliability notes, section 3). So it
only ever runs here, in a child process with an address-space limit, which the parent
kills when its time is up. Everything sent back is plain picklable data.

pdfplumber opens the file (password, metadata) and lays out each page with pdfminer.six
(``page.layout``); the characters are then read from that pdfminer page rather than
through pdfplumber's ``page.chars``, which turns every glyph into a dictionary of some
twenty fields (two thirds of its cost per page, measured here) when the layout analysis
in :mod:`pdf_layout` needs five of them.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from multiprocessing.connection import Connection
from typing import Any

import pdfplumber
from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage, LTItem, LTPage, LTRect
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSLiteral
from pdfminer.utils import decode_text
from pdfplumber.utils.exceptions import PdfminerException

from workbench.importers.pdf_fonts import broken_fonts
from workbench.importers.pdf_layout import PageLayout, page_layout
from workbench.importers.pdf_pool import PdfJob
from workbench.importers.pdf_runs import Glyph
from workbench.importers.pdf_tables import Rule, merged
from workbench.importers.sandbox import describe

#: A bold face's font name ("Helvetica-Bold", "ABCDEF+Arial,Black", "MinionPro-Semibold").
BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
#: Metadata keys worth keeping from the PDF's Info dictionary.
INFO_KEYS = ("Title", "Author", "Subject", "CreationDate", "ModDate")


def _info(doc: PDFDocument) -> dict[str, str]:
    """The Info dictionary's useful entries as text."""
    found: dict[str, str] = {}
    for info in doc.info:
        for key in INFO_KEYS:
            value = resolve1(info.get(key))
            if isinstance(value, bytes):
                value = decode_text(value)
            elif isinstance(value, PSLiteral):
                value = str(value.name)
            if isinstance(value, str) and value.strip() and key not in found:
                found[key] = value.strip()
    return found


def _items(container: LTContainer[Any]) -> Iterator[LTItem]:
    """Every item of a page, inside figures (form XObjects) too."""
    for item in container:
        yield item
        if isinstance(item, LTContainer):
            yield from _items(item)


#: Turns that bring text running in a given direction (x, y; PDF space, y up) to the right.
_TURNS: dict[tuple[int, int], Callable[[float, float], tuple[float, float]]] = {
    (1, 0): lambda x, y: (x, y),
    (-1, 0): lambda x, y: (-x, -y),
    (0, 1): lambda x, y: (y, -x),
    (0, -1): lambda x, y: (-y, x),
}


Orientation = tuple[int, int, bool]
UPRIGHT: Orientation = (1, 0, False)


def _orientation(char: LTChar) -> Orientation:
    """Which way a glyph's baseline runs (right, left, up or down the page), and whether
    it is mirrored (its up side points down once the baseline is turned to run right)."""
    a, b, c, d = char.matrix[:4]
    direction = (1 if a > 0 else -1, 0) if abs(a) >= abs(b) else (0, 1 if b > 0 else -1)
    return (*direction, _TURNS[direction](c, d)[1] < 0)


def _turned(box: tuple[float, float, float, float], way: Orientation) -> tuple[float, ...]:
    turn = _TURNS[(way[0], way[1])]
    (ax, ay), (bx, by) = turn(box[0], box[1]), turn(box[2], box[3])
    if way[2]:
        ay, by = -ay, -by
    return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


def read_page(number: int, lt_page: LTPage, broken: frozenset[str] = frozenset()) -> PageLayout:
    """Turn pdfminer's page into glyphs, top-down and turned so the text runs left to right
    (pages set sideways, upside down or mirrored read like any other), then lay them out.

    Only glyphs running the page's main direction are kept: the rest is margin furniture
    (print slugs, vertical labels). Glyphs in the ``broken`` fonts (:mod:`pdf_fonts`) are
    counted, for a warning.
    """
    by_way: dict[Orientation, list[LTChar]] = {}
    images = 0
    drawn: list[LTCurve] = []
    for item in _items(lt_page):
        if isinstance(item, LTChar):
            by_way.setdefault(_orientation(item), []).append(item)
        elif isinstance(item, LTImage):
            images += 1
        elif isinstance(item, LTCurve):  # lines and boxes: a table's ruling
            drawn.append(item)
    main = max(by_way, key=lambda way: len(by_way[way]), default=UPRIGHT)
    px0, py0, px1, py1 = _turned(lt_page.bbox, main)
    chars = by_way.get(main, [])
    boxes: list[tuple[float, ...]]
    if main == UPRIGHT:  # the common case, without the arithmetic of turning
        boxes = [(c.x0, c.y0, c.x1, c.y1) for c in chars]
        bases = [c.matrix[5] for c in chars]
    else:
        boxes = [_turned(c.bbox, main) for c in chars]
        bases = [_turned((*c.matrix[4:], *c.matrix[4:]), main)[1] for c in chars]
    bold = {name: bool(BOLD.search(name)) for name in {char.fontname for char in chars}}
    glyphs = [
        Glyph(
            char._text,
            x0 - px0,
            x1 - px0,
            py1 - y1,
            py1 - y0,
            y1 - y0,
            bold[char.fontname],
            py1 - base,
        )
        for char, (x0, y0, x1, y1), base in zip(chars, boxes, bases, strict=True)
    ]
    rules = _rules(drawn, py1) if main == UPRIGHT else ()
    layout = page_layout(number, px1 - px0, py1 - py0, glyphs, images, rules=rules)
    if broken:
        misread = sum(1 for char in chars if char.fontname in broken and char._text.strip())
        layout = replace(layout, misread=misread)
    return layout


def _broken_fonts(page: pdfplumber.page.Page) -> frozenset[str]:
    """The page's fonts with a broken text map; a font this check cannot read is not
    reported, and never costs the page its text."""
    try:
        return broken_fonts(page.page_obj.resources, page.pdf.rsrcmgr)
    except Exception:  # a damaged font dictionary: the layout reports the damage
        return frozenset()


def _rules(drawn: list[LTCurve], top: float) -> tuple[Rule, ...]:
    """Horizontal rules, top-down: flat lines, and the top and bottom edges of boxes."""
    found = []
    for item in drawn:
        if item.width < 5:
            continue
        if item.height <= 2:
            found.append(Rule(item.x0, item.x1, top - (item.y0 + item.y1) / 2))
        elif isinstance(item, LTRect):
            found += [Rule(item.x0, item.x1, top - item.y1), Rule(item.x0, item.x1, top - item.y0)]
    return merged(found)


class _Complaints(logging.Handler):
    """Collects pdfminer's warnings about a damaged file (it logs them and goes on)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage()[:200])

    def take(self) -> tuple[str, ...]:
        taken, self.messages = tuple(dict.fromkeys(self.messages)), []
        return taken


def _listen_to_pdfminer() -> _Complaints:
    complaints = _Complaints()
    logger = logging.getLogger("pdfminer")
    logger.addHandler(complaints)
    logger.propagate = False
    return complaints


def _unwrapped(err: BaseException) -> BaseException:
    """pdfplumber wraps pdfminer's errors; the reason is in the original."""
    if isinstance(err, PdfminerException) and err.args and isinstance(err.args[0], BaseException):
        return err.args[0]
    return err


@contextlib.contextmanager
def _open_pdf(job: PdfJob, data: bytes) -> Iterator[pdfplumber.PDF]:
    """pdfplumber's PDF, with pdfminer's own errors (password, encryption) unwrapped."""
    try:
        pdf = pdfplumber.open(io.BytesIO(data), password=job.password)
    except PdfminerException as err:
        raise _unwrapped(err) from None
    try:
        yield pdf
    finally:
        pdf.close()


def work(job: PdfJob, data: bytes, connection: Connection) -> None:
    """A parser process: open the PDF, report its page count, then read pages on request.

    Messages sent: ("ready", pages, info), ("open_error", kind, reason) with kind
    "password", "wrong_password", "encryption" or "damaged"; then, for each page index
    received, ("page", index, PageLayout) or ("page_error", index, reason). None ends it.
    """
    complaints = _listen_to_pdfminer()
    try:
        with _open_pdf(job, data) as pdf:
            pages = pdf.pages
            connection.send(("ready", len(pages), _info(pdf.doc)))
            while (index := connection.recv()) is not None:
                try:
                    page = pages[index]
                    layout = read_page(index + 1, page.layout, _broken_fonts(page))
                    page.close()  # frees pdfplumber's per-page caches
                    connection.send(("page", index, replace(layout, damage=complaints.take())))
                except Exception as err:
                    connection.send(("page_error", index, describe(_unwrapped(err))))
    except PDFPasswordIncorrect:
        connection.send(("open_error", "wrong_password" if job.password else "password", ""))
    except PDFEncryptionError as err:
        connection.send(("open_error", "encryption", str(err)))
    except (EOFError, OSError):
        raise  # the parent has gone: nobody to tell
    except Exception as err:
        connection.send(("open_error", "damaged", describe(err)))
