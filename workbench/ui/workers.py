"""Background jobs: run slow work off the GUI thread, with progress and Cancel.

``run_job(parent, title, fn, on_done, on_error)`` runs ``fn(control)`` on Qt's thread
pool. ``fn`` reports ``control.progress(done, total)`` and polls ``control.cancelled()``;
its result or exception comes back to the GUI thread through queued signals, where
``on_done`` or ``on_error`` runs. A progress dialog appears only if the job takes longer
than a moment, and its Cancel button makes ``cancelled()`` true: stopping is up to
``fn`` (an importer raises ImportCancelled, for instance), and whatever it returns or
raises is still delivered.

Be careful not to touch widgets or the project file in ``fn``: it runs on another
thread. Give it plain data and let it return plain data (Anki's ``CollectionOp`` rule).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from shiboken6 import delete, isValid

T = TypeVar("T")

#: How long a job runs before its progress dialog appears: quick jobs never flash one.
SHOW_PROGRESS_AFTER_MS = 400


class JobControl(Protocol):
    """What the job function may call, from its own thread."""

    def progress(self, done: int, total: int) -> None:
        """Report ``done`` of ``total`` steps (total 0: unknown)."""

    def cancelled(self) -> bool:
        """True once the user pressed Cancel (or the job was cancelled in code)."""


class _Relay(QObject):
    """Carries a job's reports from its worker thread to the GUI thread (queued signals)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Control:
    """The worker's side of a job: thread-safe progress reports and the cancel flag."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()
        self._last: tuple[int, int] | None = None

    def progress(self, done: int, total: int) -> None:
        """Forward progress, at most once per 0.5% step, so a tight loop cannot flood the GUI."""
        step = (done * 200 // total, total) if total > 0 else (-1, 0)
        if step != self._last:
            self._last = step
            self._relay.progressed.emit(done, total)

    def cancelled(self) -> bool:
        """True once cancel was asked."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the job to stop."""
        self._cancel.set()


class Job(QObject, Generic[T]):
    """One running background job; kept alive until its result has been delivered."""

    finished = Signal()  # after on_done or on_error ran

    _running: ClassVar[set[Job[Any]]] = set()

    def __init__(
        self,
        parent: QWidget,
        title: str,
        fn: Callable[[JobControl], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__()
        self._fn = fn
        self._on_done = on_done
        self._on_error = on_error
        self._done = False
        self._closed = False  # the progress dialog is finished with
        self._updating = False  # inside QProgressDialog.setValue, which runs events
        self._relay = _Relay()
        self._control = _Control(self._relay)
        self._relay.progressed.connect(self._progressed)
        self._relay.succeeded.connect(self._succeeded)
        self._relay.failed.connect(self._failed)

        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.dialog.setValue(0)  # starts the "show after a moment" timer
        parent.destroyed.connect(self.cancel)  # its window closed: stop working for it
        self.window = parent.window()  # what closing cancels it (see cancel_jobs)

    def start(self) -> None:
        """Hand the job to Qt's thread pool."""
        Job._running.add(self)
        QThreadPool.globalInstance().start(self._work)

    def _work(self) -> None:
        """The worker thread's part: run ``fn`` and relay its outcome, whatever it is."""
        try:
            result = self._fn(self._control)
        except BaseException as error:  # every failure, even SystemExit, goes to on_error
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)

    @property
    def done(self) -> bool:
        """True once on_done or on_error has run."""
        return self._done

    def cancel(self) -> None:
        """Ask the job to stop; ``fn`` sees it through ``cancelled()``."""
        self._control.cancel()

    def put_away(self) -> None:
        """Cancel, and finish the progress dialog now rather than when the result comes."""
        self.cancel()
        if not self._closed:
            self._finish()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Run the event loop until the result is delivered; True unless it timed out."""
        if self._done:
            return True
        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        self.finished.connect(loop.quit)
        timer.start(timeout_ms)
        loop.exec()
        self.finished.disconnect(loop.quit)
        return self._done

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if self._closed or self._control.cancelled() or not isValid(self.dialog):
            return
        if total <= 0:
            self.dialog.setRange(0, 0)
            return
        self.dialog.setRange(0, total)
        outermost = not self._updating  # a report delivered inside setValue lands here too
        self._updating = True
        try:
            self.dialog.setValue(min(done, total))
        finally:
            if outermost:
                self._updating = False
        if outermost and self._closed and isValid(self.dialog):  # the job ended inside
            delete(self.dialog)

    @Slot(object)
    def _succeeded(self, result: T) -> None:
        self._finish()
        try:
            self._on_done(result)
        finally:
            self._delivered()

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self._finish()
        try:
            self._on_error(error)
        finally:
            self._delivered()

    def _finish(self) -> None:
        """Finish the progress dialog for good before ``on_done``/``on_error`` open anything.

        Hiding is not enough: its "show after a moment" timer keeps running, and
        ``deleteLater`` waits for the outer event loop, so the timer fired inside the
        follow-up dialog's loop (a password prompt) and covered it. ``reset()`` stops the
        timer; the dialog is then deleted at once, unless this runs inside its own
        ``setValue`` (a shown modal progress dialog runs events there), where it must
        outlive the call: ``_progressed`` deletes it once ``setValue`` has returned. Not
        ``deleteLater``, which events run inside ``setValue`` may carry out while the
        dialog's code is still on the stack.
        """
        self._closed = True
        dialog = self.dialog
        if not isValid(dialog):  # gone if its parent window was closed meanwhile
            return
        dialog.canceled.disconnect(self.cancel)
        shown = dialog.isVisible()
        window = dialog.parentWidget()
        dialog.reset()
        dialog.hide()
        if not self._updating:
            delete(dialog)
        if (
            shown
            and window is not None
            and window.isVisible()
            and QApplication.activeWindow() is None
        ):
            # Hiding a modal dialog need not give the window back its activation
            # (without a window manager it never does): without it, the window's
            # shortcuts stay dead until the user clicks it.
            window.activateWindow()

    def _delivered(self) -> None:
        self._done = True
        Job._running.discard(self)
        self.finished.emit()


def cancel_jobs(window: QWidget) -> None:
    """Cancel the jobs working for ``window``, which closed, and put their progress away.

    A closed window is hidden, not deleted: a job's progress dialog shown after it closed
    stood alone on the screen, and kept the program running after its last window.
    """
    for job in list(Job._running):
        if job.window is window:
            job.put_away()


def stop_jobs(timeout_ms: int = 30_000) -> bool:
    """Cancel every running job and wait for its thread; True if all ended in time.

    For the program's end: a worker left running past the event loop reported to objects
    Python was already tearing down (a traceback at every quit during an import).
    """
    for job in list(Job._running):
        job.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def run_job(
    parent: QWidget,
    title: str,
    fn: Callable[[JobControl], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None],
) -> Job[T]:
    """Start ``fn`` on a worker thread; ``on_done``/``on_error`` run on the GUI thread."""
    job = Job(parent, title, fn, on_done, on_error)
    job.start()
    return job
