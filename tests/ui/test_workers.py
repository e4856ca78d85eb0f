"""Background jobs: results and errors come back on the GUI thread, Cancel reaches the job."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from shiboken6 import isValid

from workbench.ui import workers
from workbench.ui.workers import JobControl, run_job


@pytest.fixture
def window(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


class Outcome:
    """What a job delivered, and on which thread."""

    def __init__(self) -> None:
        self.results: list[object] = []
        self.errors: list[BaseException] = []
        self.threads: list[threading.Thread] = []

    def done(self, result: object) -> None:
        self.results.append(result)
        self.threads.append(threading.current_thread())

    def error(self, error: BaseException) -> None:
        self.errors.append(error)
        self.threads.append(threading.current_thread())


def test_result_arrives_on_the_gui_thread(window):
    outcome = Outcome()
    worker_threads: list[threading.Thread] = []

    def work(control: JobControl) -> int:
        worker_threads.append(threading.current_thread())
        for step in range(1, 101):
            control.progress(step, 100)
        return 42

    job = run_job(window, "Counting", work, outcome.done, outcome.error)
    assert job.wait()
    assert job.done
    assert outcome.results == [42]
    assert outcome.errors == []
    assert outcome.threads == [threading.main_thread()]
    assert worker_threads[0] is not threading.main_thread()


def test_an_exception_in_the_job_goes_to_on_error(window):
    outcome = Outcome()

    def work(control: JobControl) -> None:
        raise ValueError("not a PDF")

    job = run_job(window, "Importing", work, outcome.done, outcome.error)
    assert job.wait()
    assert outcome.results == []
    assert [str(e) for e in outcome.errors] == ["not a PDF"]
    assert outcome.threads == [threading.main_thread()]


def test_slow_job_shows_progress_and_cancel_reaches_it(qtbot, window):
    outcome = Outcome()
    started = threading.Event()
    tick = threading.Event()  # never set: its timeout paces the polling loop

    def work(control: JobControl) -> str:
        control.progress(3, 10)
        started.set()
        for _ in range(2000):  # bounded, so a broken Cancel fails the test instead of hanging
            if control.cancelled():
                return "stopped"
            tick.wait(0.005)
        return "ran out"

    job = run_job(window, "Importing report.pdf", work, outcome.done, outcome.error)
    qtbot.waitUntil(job.dialog.isVisible, timeout=5000)
    assert job.dialog.labelText() == "Importing report.pdf"
    assert job.dialog.windowModality() == Qt.WindowModality.WindowModal
    qtbot.waitUntil(lambda: job.dialog.maximum() == 10 and job.dialog.value() == 3)
    cancel = job.dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert job.wait()
    assert outcome.results == ["stopped"]


def test_cancel_in_code_and_closing_the_parent_stop_the_job(qtbot):
    outcome = Outcome()
    parent = QWidget()
    tick = threading.Event()

    def work(control: JobControl) -> bool:
        for _ in range(2000):
            if control.cancelled():
                return True
            tick.wait(0.005)
        return False

    job = run_job(parent, "Waiting", work, outcome.done, outcome.error)
    parent.deleteLater()  # the window the job worked for goes away
    assert job.wait()
    assert outcome.results == [True]

    second = QWidget()
    qtbot.addWidget(second)
    job = run_job(second, "Waiting", work, outcome.done, outcome.error)
    job.cancel()
    assert job.wait()
    assert outcome.results == [True, True]


def test_a_job_ending_while_its_progress_dialog_updates_is_delivered_once(
    qtbot, window, monkeypatch
):
    """The last progress and the result arrive together while the dialog is shown.

    A shown modal QProgressDialog runs events inside ``setValue``; the result delivered
    there finishes the dialog, whose deletion must wait until ``setValue`` has returned
    (deleting it inside crashed the program on a slow export).
    """
    monkeypatch.setattr(workers, "SHOW_PROGRESS_AFTER_MS", 0)
    outcome = Outcome()
    shown = threading.Event()

    def work(control: JobControl) -> str:
        control.progress(1, 10)
        assert shown.wait(5)
        control.progress(5, 10)  # queued just before the result: delivered together, the
        control.progress(9, 10)  # second and the result inside the first one's setValue
        return "exported"

    for _ in range(5):
        shown.clear()
        job = run_job(window, "Exporting", work, outcome.done, outcome.error)
        qtbot.waitUntil(job.dialog.isVisible, timeout=5000)
        shown.set()
        assert job.wait()
        assert not isValid(job.dialog)  # finished with, and deleted
    assert outcome.results == ["exported"] * 5
    assert outcome.errors == []


def test_closing_the_window_cancels_its_job_and_puts_the_progress_away(
    qtbot, make_window, monkeypatch
):
    """Closing hides a window without deleting it: its job's progress dialog stayed on the
    screen alone, and kept the program running after its last window closed."""
    monkeypatch.setattr(workers, "SHOW_PROGRESS_AFTER_MS", 0)
    main, other = make_window(), make_window()
    outcome = Outcome()
    tick = threading.Event()

    def work(control: JobControl) -> str:
        for _ in range(2000):
            if control.cancelled():
                return "stopped"
            control.progress(1, 2)
            tick.wait(0.005)
        return "ran out"

    job = run_job(main, "Importing", work, outcome.done, outcome.error)
    bystander = run_job(other, "Exporting", work, outcome.done, outcome.error)
    qtbot.waitUntil(lambda: job.dialog.isVisible() and bystander.dialog.isVisible())
    assert main.close()
    assert not isValid(job.dialog)
    assert job.wait()
    assert outcome.results == ["stopped"]
    assert isValid(bystander.dialog) and bystander.dialog.isVisible()  # another window's
    bystander.cancel()
    assert bystander.wait()
    assert outcome.results == ["stopped", "stopped"]
