"""Run the PDF parser processes: split pages between them, enforce limits, report progress.

The parent never parses a byte of the PDF. It starts one parser process per core (the
"forkserver" method where the platform has it, so a process costs a fork of a server that
has already imported pdfminer; "spawn" elsewhere), hands out page numbers in order through
a queue, so the first pages arrive first whatever the file's length, and collects the
laid-out pages. It polls for cancellation and its deadline between messages and, on any
way out, kills every process it started.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import time
from dataclasses import dataclass, field
from typing import Any

from workbench.importers.base import ImportCancelled, ImportFailed, ImportOptions, PasswordRequired
from workbench.importers.pdf_layout import PageLayout

#: How often (seconds) the parent looks at cancellation, the deadline and dead processes.
POLL_SECONDS = 0.05


@dataclass(slots=True)
class ParsedPdf:
    """The parser processes' results: metadata, laid-out pages and pages that failed."""

    page_count: int
    info: dict[str, str]
    pages: dict[int, PageLayout] = field(default_factory=dict)
    failures: dict[int, str] = field(default_factory=dict)


def _context() -> Any:
    """Forkserver (preloaded with the parser) where available, else spawn; never plain fork,
    which would copy the caller's threads and Qt state into the child."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([WORKER_MODULE])
        return context
    return multiprocessing.get_context("spawn")


#: The module the parser processes run (pdfplumber and pdfminer load there, not here).
WORKER_MODULE = "workbench.importers.pdf_worker"


def worker_count(options: ImportOptions) -> int:
    """Parser processes to start: the caller's choice, else one per core (at most four)."""
    if options.pdf_workers > 0:
        return options.pdf_workers
    return max(1, min(os.cpu_count() or 1, 4))


class _Pool:
    """The parser processes of one import and the two queues that talk to them."""

    def __init__(self, path: str, name: str, options: ImportOptions) -> None:
        self.name = name
        self.options = options
        self.deadline = time.monotonic() + options.timeout_seconds
        from workbench.importers import pdf_worker  # noqa: PLC0415 - pdfplumber loads on first use

        context = _context()
        self.tasks = context.Queue()
        self.results = context.Queue()
        password = options.password or ""
        self.processes = [
            context.Process(
                target=pdf_worker.work,
                args=(
                    pdf_worker.Job(path, password, options.memory_mb, number),
                    self.tasks,
                    self.results,
                ),
                daemon=True,
                name=f"pdf-parser-{number}",
            )
            for number in range(worker_count(options))
        ]
        for process in self.processes:
            process.start()
        self.busy: dict[int, int] = {}  # worker -> page index it is reading
        self.opened = False  # a parser has reported on the file (ready or open_error)

    def next_message(self) -> tuple[Any, ...]:
        """The next message from a parser, checking cancellation and the deadline meanwhile."""
        while True:
            if self.options.cancelled():
                raise ImportCancelled("The import was cancelled.")
            if time.monotonic() > self.deadline:
                raise ImportFailed(
                    f"Reading '{self.name}' took longer than {self.options.timeout_seconds:g} s, "
                    "the limit set for PDF imports, so it was stopped."
                )
            try:
                return self.results.get(timeout=POLL_SECONDS)
            except queue.Empty:
                lost = self._reap()
                if lost:
                    return lost

    def _reap(self) -> tuple[Any, ...] | None:
        """A process that died without a word (killed at the memory cap, crashed) loses the
        page it was reading; when none is left, the import fails loudly."""
        for number, process in enumerate(self.processes):
            if process.exitcode not in (None, 0) and number in self.busy:
                reason = "the reader stopped on it (damaged, or over the memory limit)"
                return ("page_error", self.busy.pop(number), reason)
        if all(p.exitcode is not None for p in self.processes) and not self.opened:
            raise ImportFailed(
                f"The PDF reader stopped before it could open '{self.name}': it may need more "
                f"than the {self.options.memory_mb} MB memory limit, or could not start at all."
            )
        if all(p.exitcode is not None for p in self.processes):
            raise ImportFailed(
                f"The PDF reader stopped unexpectedly while reading '{self.name}': the file "
                f"may be damaged or need more than the {self.options.memory_mb} MB memory limit."
            )
        return None

    def close(self) -> None:
        """Stop every process: ask, then terminate, then kill; never leave one behind."""
        for _ in self.processes:
            with contextlib.suppress(Exception):
                self.tasks.put_nowait(None)
        for process in self.processes:
            process.join(timeout=0.5)
            if process.is_alive():
                process.terminate()
                process.join(timeout=1.0)
            if process.is_alive():
                process.kill()
                process.join()
        for channel in (self.tasks, self.results):
            channel.cancel_join_thread()
            channel.close()


def _open_failure(kind: str, reason: str, name: str) -> ImportFailed:
    if kind == "password":
        return PasswordRequired(f"'{name}' is protected by a password: enter it to import.")
    if kind == "wrong_password":
        return PasswordRequired(f"The password for '{name}' is wrong.", wrong=True)
    if kind == "encryption":
        return ImportFailed(f"'{name}' is encrypted in a way that cannot be read ({reason}).")
    return ImportFailed(f"'{name}' cannot be read as a PDF: {reason}.")


def _wait_ready(pool: _Pool, name: str, max_pages: int) -> ParsedPdf:
    while True:
        message = pool.next_message()
        pool.opened = message[0] in ("ready", "open_error")
        if message[0] == "open_error":
            raise _open_failure(message[1], message[2], name)
        if message[0] == "ready":
            _, _worker, count, info = message
            if count > max_pages:
                raise ImportFailed(
                    f"'{name}' has {count} pages, more than the {max_pages} pages a PDF "
                    "import may have (see the import limits in the settings)."
                )
            return ParsedPdf(count, info)


def parse_pdf(path: str, name: str, options: ImportOptions) -> ParsedPdf:
    """Parse every page of the PDF at ``path`` in parser processes and collect the results.

    Raises PasswordRequired, ImportCancelled or ImportFailed (time, memory, page limits,
    an unreadable file); a single unreadable page is recorded in ``failures`` instead.
    """
    pool = _Pool(path, name, options)
    try:
        parsed = _wait_ready(pool, name, options.max_pages)
        for index in range(parsed.page_count):
            pool.tasks.put(index)
        if options.progress:
            options.progress(0, parsed.page_count)
        while len(parsed.pages) + len(parsed.failures) < parsed.page_count:
            message = pool.next_message()
            if message[0] == "start":
                pool.busy[message[1]] = message[2]
            elif message[0] == "page":
                parsed.pages[message[1]] = message[2]
            elif message[0] == "page_error" and message[1] not in parsed.pages:
                parsed.failures[message[1]] = message[2]
            else:
                continue
            if options.progress:
                options.progress(len(parsed.pages) + len(parsed.failures), parsed.page_count)
        return parsed
    finally:
        pool.close()
