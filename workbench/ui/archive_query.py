"""Searching the archive of past fact-checks without making the window wait.

Archive calls (a search, adding a project's verdicts) run one at a time on a thread pool of
their own; a search starts a moment after the last change (:data:`DEBOUNCE_MS`), and only
the newest search's answer is delivered, so a reviewer typing or clicking through claims
never waits for, nor sees, an answer to a question no longer asked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from workbench.core.model import ProjectSnapshot
from workbench.ui.ports import ArchiveLike

#: Quiet time after the last change before the archive is asked.
DEBOUNCE_MS = 250


class _Relay(QObject):
    """Carries an answer from the pool's thread to the GUI thread (a queued signal)."""

    answered = Signal(int, object)


class _Task(QRunnable):
    """One archive call on the pool's thread; its result or exception goes to the relay."""

    def __init__(self, relay: _Relay, generation: int, call: Callable[[], object]) -> None:
        super().__init__()
        self._relay = relay
        self._generation = generation
        self._call = call

    def run(self) -> None:
        """Make the call; every failure is handed back, never raised on the pool's thread."""
        try:
            result = self._call()
        except Exception as error:  # shown as a line in the panel, not a crash
            result = error
        self._relay.answered.emit(self._generation, result)


class ArchiveQuery(QObject):
    """Debounced background searches of the archive; only the newest answer is delivered.

    Signals:
        found(list): the matches of the newest query (a list of ArchiveMatch).
        failed(str): why the archive could not be searched or fed.
        added(int): a project was added to the archive; how many items were new or changed.
    """

    found = Signal(list)
    failed = Signal(str)
    added = Signal(int)

    def __init__(self, archive: ArchiveLike, limit: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._limit = limit
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one archive call at a time, in order
        self._relay = _Relay()
        self._relay.answered.connect(self._answered)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._search_now)
        self._text = ""
        self._generation = 0

    def ask(self, text: str) -> None:
        """Search for ``text`` once the user pauses (an empty text clears the answer)."""
        self._text = text.strip()
        self._generation += 1  # any answer still on its way is now stale
        self._timer.start()

    def add_project(self, snapshot: ProjectSnapshot) -> None:
        """Add a project's reviewed claims to the archive, in the background."""
        archive = self._archive
        self._pool.start(_Task(self._relay, -1, lambda: archive.add_project(snapshot)))

    def wait(self) -> None:
        """Block until the archive calls started so far are done (closing, tests)."""
        self._pool.waitForDone()

    def _search_now(self) -> None:
        if not self._text:
            self.found.emit([])
            return
        archive, text, limit = self._archive, self._text, self._limit
        self._pool.start(_Task(self._relay, self._generation, lambda: archive.search(text, limit)))

    @Slot(int, object)
    def _answered(self, generation: int, result: object) -> None:
        if isinstance(result, Exception):
            self.failed.emit(str(result) or type(result).__name__)
        elif generation == -1 and isinstance(result, int):
            self.added.emit(result)
        elif generation == self._generation and isinstance(result, list):
            self.found.emit(result)
