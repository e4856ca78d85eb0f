"""A finished job's progress dialog never comes back over the dialog that follows it.

The bug: the progress dialog's "show after a moment" timer still ran after its job had
ended, fired inside the follow-up modal dialog's event loop and covered it. These tests
keep a real follow-up dialog open for longer than that moment and look at what is on top.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDeadlineTimer, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWidget

from workbench.ui.dialogs.password import PasswordDialog
from workbench.ui.workers import SHOW_PROGRESS_AFTER_MS, JobControl, run_job

#: Longer than the progress dialog's delay: a stray timer has fired by then.
LINGER_MS = SHOW_PROGRESS_AFTER_MS * 2


def progress_dialogs(window: QWidget) -> list[QProgressDialog]:
    """Every progress dialog of ``window`` still alive, shown or not."""
    return window.findChildren(QProgressDialog)


def after_modal_lingers(kind: type[QDialog], handle: Callable[[QDialog], None]) -> list[str]:
    """Once a modal ``kind`` dialog is open, wait LINGER_MS inside it, then ``handle`` it.

    Returns what was seen on top at that moment (the dialog's class name, then the
    titles of any visible progress dialogs). Gives up after a few seconds.
    """
    seen: list[str] = []
    poll = QTimer(QApplication.instance())
    poll.setInterval(5)
    deadline = QDeadlineTimer(30_000)

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if type(dialog) is kind and dialog.isVisible():
            poll.stop()
            QTimer.singleShot(LINGER_MS, lambda: look(dialog))
        elif deadline.hasExpired():
            poll.stop()

    def look(dialog: QDialog) -> None:
        on_top = QApplication.activeModalWidget()
        seen.append(type(on_top).__name__ if on_top is not None else "nothing")
        seen.extend(
            w.windowTitle()
            for w in QApplication.allWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        )
        try:
            handle(dialog)
        except BaseException:
            dialog.reject()  # a failed check must fail the test, not hang it
            raise

    poll.timeout.connect(check)
    poll.start()
    return seen


def test_the_password_prompt_stays_on_top_after_the_import_job(qtbot, window, corpus):
    """The encrypted corpus PDF: the job fails fast, the real prompt opens and stays usable."""

    def type_password(dialog: QDialog) -> None:
        assert isinstance(dialog, PasswordDialog)
        qtbot.keyClicks(dialog.password_edit, "test")
        dialog.accept()

    seen = after_modal_lingers(PasswordDialog, type_password)
    window.import_articles([corpus / "pdf" / "password-example.pdf"])
    first = window.transfers.last_job
    assert first.wait()
    assert seen == ["PasswordDialog"]
    second = window.transfers.last_job
    assert second is not first and second.wait()
    (document,) = window.session.project.documents()
    assert document.format == "pdf"
    assert progress_dialogs(window) == []


def test_an_error_after_a_quick_job_is_not_covered(qtbot):
    """Any follow-up dialog, here a plain one opened by on_error, is the one on top."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    def fail(_control: JobControl) -> None:
        raise ValueError("bad file")

    def follow_up(_error: BaseException) -> None:
        assert progress_dialogs(parent) == []  # finished before the next dialog opens
        dialog = QDialog(parent)
        dialog.setWindowTitle("Follow-up")
        dialog.exec()
        dialog.deleteLater()

    seen = after_modal_lingers(QDialog, lambda dialog: dialog.accept())
    job = run_job(parent, "Failing fast", fail, lambda _r: None, follow_up)
    assert job.wait()
    assert seen == ["QDialog"]
