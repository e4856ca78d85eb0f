"""The dialogs, driven as a reviewer would: real widgets, typed text, clicked buttons."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDeadlineTimer, QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QWidget,
)

from workbench import settings
from workbench.core.errors import UserError
from workbench.core.model import Document, Evidence, Stance, Status
from workbench.settings import PDF_MAX_PAGES, PDF_TIMEOUT_SECONDS, REVIEWER_NAME, Settings
from workbench.ui.dialogs.errors import ErrorDialog, install_excepthook, log_path, show_error
from workbench.ui.dialogs.evidence import EvidenceDialog
from workbench.ui.dialogs.export import ExportDialog, ExportRequest, file_stem
from workbench.ui.dialogs.password import PasswordDialog
from workbench.ui.dialogs.preferences import PreferencesDialog

FORMATS = {"html": ("HTML report", "html"), "csv": ("CSV table", ".csv")}


def when_modal(qtbot, answer: Callable[[QDialog], None]) -> list[QDialog]:
    """Call ``answer`` with the next modal dialog once it is open (for ``exec()`` calls).

    Polls the event loop with a timer owned by the application, so it runs inside the
    dialog's own loop; it gives up after a few seconds so a failing test cannot hang.
    """
    seen: list[QDialog] = []
    timer = QTimer(QApplication.instance())
    timer.setInterval(5)
    deadline = QDeadlineTimer(5000)

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        found = isinstance(dialog, QDialog) and dialog.isVisible()
        if found or deadline.hasExpired():
            timer.stop()
            timer.deleteLater()
        if found:
            seen.append(dialog)
            try:
                answer(dialog)
            except BaseException:
                dialog.reject()  # a failed check must fail the test, not hang it
                raise

    timer.timeout.connect(check)
    timer.start()
    return seen


def click_ok(qtbot, dialog: QDialog) -> None:
    """Press the dialog's OK button with the mouse."""
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def tick(qtbot, button: QAbstractButton) -> None:
    """Click a check box or radio button on its indicator."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def ok_enabled(dialog: QDialog) -> bool:
    """Whether OK can be pressed."""
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def opened(qtbot, dialog: QDialog) -> QDialog:
    """Open ``dialog`` without blocking, as a window-modal sheet would be."""
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


# ---- evidence


def test_new_evidence_is_validated_and_returned(qtbot):
    dialog = opened(qtbot, EvidenceDialog(None, "claim-1"))
    assert dialog.windowTitle() == "Add evidence"
    assert not ok_enabled(dialog)  # nothing filled in yet
    assert dialog.accessed_edit.text() == "Not recorded"  # no date until one is given

    qtbot.keyClicks(dialog.url_edit, "javascript:alert(1)")
    assert not ok_enabled(dialog)
    assert "http" in dialog.problem_label.text()
    dialog.url_edit.clear()
    qtbot.keyClicks(dialog.url_edit, "https://example.org/budget")
    assert not ok_enabled(dialog)  # no stance is chosen for the reviewer
    assert "Choose a stance" in dialog.problem_label.text()
    qtbot.keyClicks(dialog.title_edit, "Budget <b>2024</b>")
    qtbot.keyClicks(dialog.publisher_edit, "Ministry")
    dialog.stance_combo.setFocus()
    qtbot.keyClicks(dialog.stance_combo, "R")  # type-ahead picks "Refutes"
    assert ok_enabled(dialog)
    qtbot.mouseClick(dialog.today_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.excerpt_edit, "Spending rose by 3%.")
    qtbot.keyClicks(dialog.note_edit, "Table 4")
    click_ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    evidence = dialog.evidence()
    assert evidence.claim_id == "claim-1"
    assert evidence.id
    assert evidence.title == "Budget <b>2024</b>"
    assert evidence.url == "https://example.org/budget"
    assert evidence.publisher == "Ministry"
    assert evidence.stance is Stance.REFUTES
    assert evidence.excerpt == "Spending rose by 3%."
    assert evidence.note == "Table 4"
    assert evidence.accessed_at == QDate.currentDate().toString(Qt.DateFormat.ISODate)


def test_an_excerpt_alone_is_enough_and_mailto_is_a_link(qtbot):
    dialog = opened(qtbot, EvidenceDialog(None, "claim-1"))
    qtbot.keyClicks(dialog.excerpt_edit, "Quoted from the interview.")
    dialog.stance_combo.setCurrentIndex(dialog.stance_combo.findData("context"))
    assert ok_enabled(dialog)
    qtbot.keyClicks(dialog.url_edit, "mailto:press@example.org")
    assert ok_enabled(dialog)


def test_editing_keeps_the_id_and_an_unknown_date_stays_unknown(qtbot):
    old = Evidence(
        id="ev-1",
        claim_id="claim-1",
        title="Report",
        url="https://example.org/r",
        stance=Stance.CONTEXT,
        created_by="Ann",
    )
    dialog = opened(qtbot, EvidenceDialog(None, "claim-1", old))
    assert dialog.windowTitle() == "Edit evidence"
    assert dialog.title_edit.text() == "Report"
    assert dialog.stance_combo.currentData() == "context"
    assert dialog.accessed_edit.text() == "Not recorded"
    qtbot.keyClicks(dialog.publisher_edit, "OECD")
    click_ok(qtbot, dialog)
    new = dialog.evidence()
    assert (new.id, new.created_by, new.publisher, new.accessed_at) == ("ev-1", "Ann", "OECD", "")


def test_evidence_ask_returns_none_on_cancel_and_a_value_on_ok(qtbot):
    when_modal(qtbot, lambda dialog: dialog.reject())
    assert EvidenceDialog.ask(None, "claim-1") is None

    def fill(dialog: EvidenceDialog) -> None:
        qtbot.keyClicks(dialog.title_edit, "Census 2021")
        dialog.stance_combo.setCurrentIndex(dialog.stance_combo.findData("supports"))
        click_ok(qtbot, dialog)

    when_modal(qtbot, fill)
    entry = EvidenceDialog.ask(None, "claim-1")
    assert entry is not None
    assert entry.evidence.title == "Census 2021"
    assert entry.attachment is None


# ---- errors


def test_error_dialog_copies_its_details(qtbot):
    dialog = opened(qtbot, ErrorDialog(None, "Could not open <file>.", "Traceback: line 1"))
    assert dialog.message_label.text() == "Could not open <file>."
    assert dialog.message_label.textFormat() == Qt.TextFormat.PlainText
    assert not dialog.details_view.isVisible()
    qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    assert dialog.details_view.isVisible()
    assert dialog.details_view.toPlainText() == "Traceback: line 1"
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Traceback: line 1"
    assert dialog.isVisible()  # copying does not close it


def test_error_without_details_has_no_copy_button(qtbot):
    dialog = opened(qtbot, ErrorDialog(None, "The file is damaged."))
    assert not dialog.copy_button.isVisible()
    assert not dialog.toggle_button.isVisible()


def read_and_close(record: list[tuple[str, str]]) -> Callable[[QDialog], None]:
    """An answer that records an error dialog's message and details, then closes it."""

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, ErrorDialog)
        record.append((dialog.message_label.text(), dialog.details))
        dialog.reject()

    return answer


def test_show_error_waits_until_closed(qtbot):
    shown: list[tuple[str, str]] = []
    when_modal(qtbot, read_and_close(shown))
    show_error(None, "The file is not a project file.")
    assert shown == [("The file is not a project file.", "")]


@pytest.fixture
def excepthook(monkeypatch, tmp_path) -> Iterator[Path]:
    """Install the app's excepthook for one test, logging under ``tmp_path``."""
    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(tmp_path))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    yield log_path()
    logger = logging.getLogger("workbench")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()


def test_log_path_is_in_the_data_folder(excepthook):
    assert excepthook == settings.data_dir() / "logs" / "workbench.log"


def test_an_uncaught_exception_is_logged_and_shown_and_the_app_goes_on(qtbot, excepthook):
    shown: list[tuple[str, str]] = []
    open_dialogs: list[int] = []

    def answer(dialog: QDialog) -> None:
        # A second error while the dialog is open is only logged: no second dialog.
        QTimer.singleShot(0, _raise_second)
        QTimer.singleShot(0, lambda: open_dialogs.append(len(_error_dialogs())))
        QTimer.singleShot(0, lambda: read_and_close(shown)(dialog))

    when_modal(qtbot, answer)
    QTimer.singleShot(0, _raise_first)
    qtbot.waitUntil(lambda: bool(shown))
    message, details = shown[0]
    assert message.startswith("Something went wrong.")
    assert str(excepthook) in message
    assert "RuntimeError: boom in a slot" in details
    assert open_dialogs == [1]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    log = excepthook.read_text(encoding="utf-8")
    assert "RuntimeError: boom in a slot" in log
    assert "ValueError: second" in log


def _error_dialogs() -> list[QWidget]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()
    ]


def _raise_first() -> None:
    raise RuntimeError("boom in a slot")


def _raise_second() -> None:
    raise ValueError("second")


def test_an_uncaught_user_error_shows_its_own_message(qtbot, excepthook):
    shown: list[tuple[str, str]] = []
    when_modal(qtbot, read_and_close(shown))

    def fail() -> None:
        raise UserError("That file is locked by Ann.")

    QTimer.singleShot(0, fail)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [("That file is locked by Ann.", "")]
    assert not excepthook.exists()  # the user's problem, not a bug to log


# ---- preferences


def test_preferences_save_on_ok(qtbot, tmp_path):
    store = Settings(tmp_path / "settings.json")
    store.set(REVIEWER_NAME, "Jane Doe")
    dialog = opened(qtbot, PreferencesDialog(None, store))
    assert dialog.name_edit.text() == "Jane Doe"
    assert dialog.limit_spins[PDF_TIMEOUT_SECONDS.name].value() == 120
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "  Ann Lee ")
    pages = dialog.limit_spins[PDF_MAX_PAGES.name]
    pages.selectAll()
    qtbot.keyClicks(pages, "500")
    click_ok(qtbot, dialog)
    reread = Settings(tmp_path / "settings.json")
    assert reread.get(REVIEWER_NAME) == "Ann Lee"
    assert reread.get(PDF_MAX_PAGES) == 500


def test_preferences_cancel_saves_nothing(qtbot, tmp_path):
    store = Settings(tmp_path / "settings.json")

    def edit_and_cancel(dialog: PreferencesDialog) -> None:
        qtbot.keyClicks(dialog.name_edit, "Someone")
        dialog.reject()

    when_modal(qtbot, edit_and_cancel)
    assert PreferencesDialog.ask(None, store) is False
    assert not (tmp_path / "settings.json").exists()


def test_every_preference_field_has_an_accessible_name(qtbot, tmp_path):
    dialog = opened(qtbot, PreferencesDialog(None, Settings(tmp_path / "settings.json")))
    fields = [dialog.name_edit, *dialog.limit_spins.values()]
    assert all(field.accessibleName() for field in fields)


# ---- password


def test_password_dialog_returns_what_was_typed(qtbot):
    def type_password(dialog: PasswordDialog) -> None:
        assert not ok_enabled(dialog)
        qtbot.keyClicks(dialog.password_edit, "s3cret")
        assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
        tick(qtbot, dialog.show_check)
        assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Normal
        click_ok(qtbot, dialog)

    when_modal(qtbot, type_password)
    assert PasswordDialog.ask(None, "report.pdf") == "s3cret"
    when_modal(qtbot, lambda dialog: dialog.reject())
    assert PasswordDialog.ask(None, "report.pdf") is None


def test_password_dialog_says_when_the_last_try_was_wrong(qtbot):
    dialog = opened(qtbot, PasswordDialog(None, "report.pdf", wrong=True))
    assert dialog.wrong_label.isVisible()
    assert "did not open" in dialog.wrong_label.text()
    plain = opened(qtbot, PasswordDialog(None, "report.pdf"))
    assert not plain.wrong_label.isVisible()


# ---- export


def _documents() -> list[Document]:
    return [
        Document(id="d1", title="Budapest summit: postponed?", text="One.", format="text"),
        Document(id="d2", title="Second", text="Two.", format="text"),
    ]


def test_export_defaults_to_the_current_document_and_every_status(qtbot, tmp_path):
    dialog = opened(qtbot, ExportDialog(None, _documents(), "d1", FORMATS))
    assert dialog.current_radio.isChecked()
    assert Path(dialog.path_edit.text()).name == "budapest-summit-postponed.html"
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "out.html"))
    click_ok(qtbot, dialog)
    assert dialog.request() == ExportRequest(
        fmt="html",
        out=tmp_path / "out.html",
        document_id="d1",
        statuses=tuple(dialog.status_checks),
    )
    assert set(dialog.request().statuses) == set(Status)


def test_export_scope_statuses_and_format(qtbot, tmp_path):
    dialog = opened(qtbot, ExportDialog(None, _documents(), "d1", FORMATS))
    dialog.path_edit.setText(str(tmp_path / "budapest-summit-postponed.html"))
    tick(qtbot, dialog.all_radio)
    assert Path(dialog.path_edit.text()).name == "fact-check-report.html"
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    assert Path(dialog.path_edit.text()).name == "fact-check-report.csv"
    for status in (Status.UNREVIEWED, Status.VERIFIED):
        check = dialog.status_checks[status]
        tick(qtbot, check)
    request = dialog.request()
    assert request.fmt == "csv"
    assert request.document_id is None
    assert request.statuses == (Status.DISPUTED, Status.UNVERIFIABLE)


def test_export_report_options_start_off_and_apply_to_readable_formats(qtbot, tmp_path):
    dialog = opened(qtbot, ExportDialog(None, _documents(), "d1", FORMATS))
    assert not dialog.request().full_article and not dialog.request().include_unclaimed
    tick(qtbot, dialog.full_article_check)
    tick(qtbot, dialog.unclaimed_check)
    request = dialog.request()
    assert request.full_article and request.include_unclaimed
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    assert not dialog.full_article_check.isEnabled()  # a spreadsheet has no article to add


def test_export_needs_a_status_and_an_existing_folder(qtbot, tmp_path):
    dialog = opened(qtbot, ExportDialog(None, _documents(), "d1", FORMATS))
    dialog.path_edit.setText(str(tmp_path / "missing" / "x.html"))
    assert not ok_enabled(dialog)
    assert "does not exist" in dialog.problem_label.text()
    dialog.path_edit.setText(str(tmp_path / "x.html"))
    assert ok_enabled(dialog)
    for check in dialog.status_checks.values():
        check.setChecked(False)
    assert not ok_enabled(dialog)
    assert dialog.problem_label.text() == "Tick at least one status."
    dialog.status_checks[Status.DISPUTED].setChecked(True)
    (tmp_path / "old.html").write_text("old", encoding="utf-8")
    dialog.path_edit.setText(str(tmp_path / "old.html"))
    assert ok_enabled(dialog)
    assert "will be replaced" in dialog.problem_label.text()


def test_export_without_a_current_document_exports_all(qtbot):
    dialog = opened(qtbot, ExportDialog(None, _documents(), None, FORMATS))
    assert not dialog.current_radio.isEnabled()
    assert dialog.all_radio.isChecked()
    assert dialog.request().document_id is None


def test_export_browse_adds_the_extension(qtbot, tmp_path, monkeypatch):
    chosen = tmp_path / "for-editor"
    monkeypatch.setattr(
        "workbench.ui.dialogs.export.QFileDialog.getSaveFileName",
        lambda *args: (str(chosen), "HTML report (*.html)"),
    )
    dialog = opened(qtbot, ExportDialog(None, _documents(), "d1", FORMATS))
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.request().out == tmp_path / "for-editor.html"


def test_export_ask_returns_the_request(qtbot, tmp_path):
    def accept(dialog: ExportDialog) -> None:
        dialog.path_edit.setText(str(tmp_path / "r.csv"))
        click_ok(qtbot, dialog)

    when_modal(qtbot, accept)
    request = ExportDialog.ask(None, _documents(), "d2", {"csv": ("CSV table", "csv")})
    assert request == ExportRequest("csv", tmp_path / "r.csv", "d2", tuple(request.statuses))


@pytest.mark.parametrize(
    ("title", "stem"),
    [("Budapest summit: postponed?", "budapest-summit-postponed"), ("¿¡!", "fact-check-report")],
)
def test_file_stem(title, stem):
    assert file_stem(title) == stem


def test_export_dialog_previews_html_and_pdf_reports(qtbot, tmp_path):
    """The Preview button shows the report for the chosen scope; other formats have none."""
    from workbench.ui.dialogs.preview import PreviewDialog

    requests: list[ExportRequest] = []

    def preview(request: ExportRequest) -> str:
        requests.append(request)
        return f"<h1>Report</h1><p>{request.fmt} of {request.document_id}</p>"

    doc = Document(id="d1", title="Budapest", text="Some text.", format="txt")
    formats = {
        "html": ("HTML report", ".html"),
        "pdf": ("PDF report", ".pdf"),
        "csv": ("CSV", ".csv"),
    }
    dialog = ExportDialog(None, [doc], "d1", formats, preview)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.preview_button.isVisible()
    shown: list[str] = []

    def read(dlg: QDialog) -> None:
        assert isinstance(dlg, PreviewDialog)
        shown.append(dlg.browser.toPlainText())
        dlg.reject()

    when_modal(qtbot, read)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert shown == ["Report\nhtml of d1"]
    assert requests[0].document_id == "d1"
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    assert not dialog.preview_button.isVisible()
