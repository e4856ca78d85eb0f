"""Says who is editing a project file, and offers to open it read-only or take it over."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from workbench.ui.dialogs import plain_label, run_modal


class LockChoice(StrEnum):
    """What the user chose for a locked file."""

    READ_ONLY = "read-only"
    TAKE_OVER = "take-over"


class LockedDialog(QDialog):
    """ "Ana is editing budapest.factcheck": read-only, take over (stale only), or cancel.

    Taking over is offered only for a stale lock (the holder's program is gone, or the
    lock was not refreshed for hours), and asks to confirm in its own words, because
    taking over a live lock would let two people overwrite each other's work.
    """

    def __init__(self, parent: QWidget | None, message: str, *, stale: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("File in use"))
        self.choice: LockChoice | None = None
        text = plain_label(message)
        text.setAccessibleName(self.tr("Who holds the file"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.read_only_button = QPushButton(self.tr("Open &read-only"))
        self.take_over_button = QPushButton(self.tr("&Take over"))
        self.take_over_button.setToolTip(
            self.tr(
                "Only if you are sure the other program has stopped: their unsaved lock is removed."
            )
        )
        self.buttons.addButton(self.read_only_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.take_over_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.take_over_button.setVisible(stale)  # after addButton, which shows it
        self.read_only_button.clicked.connect(lambda: self._choose(LockChoice.READ_ONLY))
        self.take_over_button.clicked.connect(lambda: self._choose(LockChoice.TAKE_OVER))
        self.buttons.rejected.connect(self.reject)
        self.read_only_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        if stale:
            hint = QLabel(
                self.tr(
                    "Take over only if the other program has really stopped (for example after "
                    "a crash); otherwise your changes and theirs would overwrite each other."
                )
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _choose(self, choice: LockChoice) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, message: str, *, stale: bool) -> LockChoice | None:
        """Show the dialog; the choice, or None when cancelled."""
        dialog = cls(parent, message, stale=stale)
        try:
            run_modal(dialog)
            return dialog.choice
        finally:
            dialog.deleteLater()
