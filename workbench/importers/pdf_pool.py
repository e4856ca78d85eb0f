"""Split a PDF's pages between parser processes and collect the laid-out pages.

The parent never parses a byte of the PDF. It starts one parser process per core in the
import sandbox (:mod:`sandbox`: memory cap, deadline, cancel, no child outliving it), hands
out page numbers in order, one at a time to whichever process is free, so the first pages
arrive first whatever the file's length, and collects the results.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from workbench.importers.base import ImportFailed, ImportOptions, PasswordRequired
from workbench.importers.pdf_layout import PageLayout
from workbench.importers.sandbox import Sandbox, stopped_unexpectedly

#: The parser processes' code (pdfplumber and pdfminer load there, never here).
WORKER = "workbench.importers.pdf_worker:work"
#: Why a page is missing when its parser process died on it.
LOST_PAGE = "the reader stopped on it (damaged, or over the memory limit)"


class PdfJob(NamedTuple):
    """What a parser process is told besides the file's bytes."""

    password: str


@dataclass(slots=True)
class ParsedPdf:
    """The parser processes' results: metadata, laid-out pages and pages that failed."""

    page_count: int
    info: dict[str, str]
    pages: dict[int, PageLayout] = field(default_factory=dict)
    failures: dict[int, str] = field(default_factory=dict)

    @property
    def finished(self) -> int:
        """Pages read or given up on."""
        return len(self.pages) + len(self.failures)


def worker_count(options: ImportOptions) -> int:
    """Parser processes to start: the caller's choice, else one per core (at most four)."""
    if options.pdf_workers > 0:
        return options.pdf_workers
    return max(1, min(os.cpu_count() or 1, 4))


def _open_failure(kind: str, reason: str, name: str) -> ImportFailed:
    if kind == "password":
        return PasswordRequired(f"'{name}' is protected by a password: enter it to import.")
    if kind == "wrong_password":
        return PasswordRequired(f"The password for '{name}' is wrong.", wrong=True)
    if kind == "encryption":
        return ImportFailed(f"'{name}' is encrypted in a way that cannot be read ({reason}).")
    return ImportFailed(f"'{name}' cannot be read as a PDF: {reason}.")


class _Pages:
    """Which page each parser is reading, and which pages are still to hand out."""

    def __init__(self, box: Sandbox, name: str, options: ImportOptions) -> None:
        self.box = box
        self.name = name
        self.options = options
        self.parsed: ParsedPdf | None = None
        self.next_page = 0
        self.busy: dict[int, int] = {}  # parser -> page index it is reading

    def hand_out(self, child: int) -> None:
        """Give a free parser the next page, or tell it to stop when none is left."""
        assert self.parsed is not None
        if self.next_page < self.parsed.page_count:
            self.busy[child] = self.next_page
            self.box.send(child, self.next_page)
            self.next_page += 1
        else:
            self.box.send(child, None)

    def opened(self, count: int, info: dict[str, str]) -> None:
        if count > self.options.max_pages:
            raise ImportFailed(
                f"'{self.name}' has {count} pages, more than the {self.options.max_pages} pages "
                "a PDF import may have (see the import limits in the settings)."
            )
        self.parsed = ParsedPdf(count, info)
        if self.options.progress:
            self.options.progress(0, count)

    def ended(self, child: int) -> None:
        """A parser ended: the page it was reading is lost; with none left, the import fails."""
        if child in self.busy and self.parsed is not None:
            self.parsed.failures[self.busy.pop(child)] = LOST_PAGE
        if self.box.running == 0 and self.parsed is None:
            raise ImportFailed(
                f"The PDF reader stopped before it could open '{self.name}': it may need more "
                f"than the {self.options.memory_mb} MB memory limit, or could not start at all."
            )
        if self.box.running == 0 and self.parsed and self.parsed.finished < self.parsed.page_count:
            raise stopped_unexpectedly(self.name, self.options)

    def take(self, child: int, message: tuple[Any, ...]) -> None:
        """Record one parser's message and give it its next page."""
        kind = message[0]
        if kind == "open_error":
            raise _open_failure(message[1], message[2], self.name)
        if kind == "ready" and self.parsed is None:
            self.opened(message[1], message[2])
        if self.parsed is None:
            return
        if kind == "page":
            self.parsed.pages[message[1]] = message[2]
        elif kind == "page_error":
            self.parsed.failures[message[1]] = message[2]
        self.busy.pop(child, None)
        if kind != "ready" and self.options.progress:
            self.options.progress(self.parsed.finished, self.parsed.page_count)
        self.hand_out(child)


def parse_pdf(data: bytes, name: str, options: ImportOptions) -> ParsedPdf:
    """Parse every page of the PDF ``data`` in parser processes and collect the results.

    Raises PasswordRequired, ImportCancelled or ImportFailed (time, memory, page limits,
    an unreadable file); a single unreadable page is recorded in ``failures`` instead.
    """
    jobs = [PdfJob(options.password or "") for _ in range(worker_count(options))]
    with Sandbox(WORKER, data, jobs, name, options) as box:
        pages = _Pages(box, name, options)
        while pages.parsed is None or pages.parsed.finished < pages.parsed.page_count:
            child, message = box.next_message()
            if message is None:
                pages.ended(child)
            else:
                pages.take(child, message)
        return pages.parsed
