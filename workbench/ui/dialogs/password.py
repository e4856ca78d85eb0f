"""Asks for the password of a protected file being imported."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from workbench.ui.dialogs import accept_buttons, answer, plain_label
from workbench.ui.language import isolate


class PasswordDialog(QDialog):
    """One password field; after a wrong try it says so, with an icon, not only colour."""

    def __init__(self, parent: QWidget | None, file_name: str, *, wrong: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password needed"))
        prompt = plain_label(
            self.tr(
                "“{file_name}” is protected by a password. Enter it to import the file."
            ).format(file_name=isolate(file_name))
        )
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.show_check = QCheckBox(self.tr("&Show password"))
        self.show_check.toggled.connect(self._show_password)
        self.buttons = accept_buttons(self)
        self.password_edit.textChanged.connect(self._update_ok)

        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self._wrong_row(wrong))
        layout.addWidget(self.password_edit)
        layout.addWidget(self.show_check)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        self._update_ok()

    def _wrong_row(self, wrong: bool) -> QWidget:
        """A warning icon and sentence, shown only after a wrong password."""
        row = QWidget()
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning.pixmap(size, size))
        self.wrong_label = QLabel(self.tr("That password did not open the file. Try again."))
        self.wrong_label.setAccessibleName(self.tr("Wrong password"))
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(icon)
        layout.addWidget(self.wrong_label, 1)
        row.setVisible(wrong)
        return row

    def _show_password(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password_edit.setEchoMode(mode)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.password_edit.text()))

    @classmethod
    def ask(cls, parent: QWidget | None, file_name: str, *, wrong: bool = False) -> str | None:
        """Show the dialog; the password typed, or None when cancelled."""
        dialog = cls(parent, file_name, wrong=wrong)
        return answer(dialog, dialog.password_edit.text)
