"""Preferences: the reviewer's name, how selections snap, the contrast, and the limits that
keep a hostile PDF in check."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.settings import (
    ARCHIVED_COPY_ASK_MB,
    HIGH_CONTRAST,
    IMPORT_MAX_MB,
    PDF_MAX_PAGES,
    PDF_MEMORY_MB,
    PDF_TIMEOUT_SECONDS,
    REVIEWER_NAME,
    SNAP_TO_WORDS,
    Key,
    Settings,
    account_name,
)
from workbench.ui import contrast
from workbench.ui.dialogs import accept_buttons, run_modal

#: Each import limit: its setting, label, accessible name, allowed range and unit.
_LIMITS: tuple[tuple[Key, str, str, int, int, str], ...] = (
    (PDF_TIMEOUT_SECONDS, "Give up reading a PDF after:", "PDF time limit", 5, 3600, " s"),
    (PDF_MEMORY_MB, "Memory a PDF may use:", "PDF memory limit", 128, 65536, " MB"),
    (PDF_MAX_PAGES, "Largest PDF:", "PDF page limit", 1, 100_000, " pages"),
    (IMPORT_MAX_MB, "Largest file to import:", "Import size limit", 1, 4096, " MB"),
    (
        ARCHIVED_COPY_ASK_MB,
        "Ask before keeping an archived copy over:",
        "Archived copy size to ask about",
        1,
        200,
        " MB",
    ),
)


class PreferencesDialog(QDialog):
    """Edits the user's settings; nothing is saved until OK."""

    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle("Preferences")
        self.name_edit = QLineEdit(settings.get(REVIEWER_NAME))
        self.name_edit.setPlaceholderText(account_name())
        self.name_edit.setAccessibleName("Reviewer name")
        self.name_edit.setToolTip("Recorded on every change you make. Empty: your account's name.")
        self.snap_check = QCheckBox("&Snap selections to whole words")
        self.snap_check.setChecked(settings.get(SNAP_TO_WORDS))
        self.snap_check.setToolTip(
            "A selection dragged in the article grows to the words it touches. "
            "Hold Alt while dragging to do the opposite."
        )
        self.limit_spins: dict[str, QSpinBox] = {}

        self.contrast_combo = QComboBox()
        for value, label in contrast.CHOICES.items():
            self.contrast_combo.addItem(label, value)
        chosen = self.contrast_combo.findData(settings.get(HIGH_CONTRAST))
        self.contrast_combo.setCurrentIndex(max(chosen, 0))
        self.contrast_combo.setAccessibleName("Contrast")
        self.contrast_combo.setAccessibleDescription(
            "High contrast: white text on black (or black on white), strong focus frames"
        )

        people = QFormLayout()
        people.addRow("&Reviewer name:", self.name_edit)
        people.addRow(self.snap_check)
        people.addRow("C&ontrast:", self.contrast_combo)
        limits_box = QGroupBox("Importing files")
        limits = QFormLayout(limits_box)
        for key, label, name, low, high, unit in _LIMITS:
            spin = QSpinBox()
            spin.setRange(low, high)
            spin.setSuffix(unit)
            spin.setValue(min(max(settings.get(key), low), high))
            spin.setAccessibleName(name)
            limits.addRow(label, spin)
            self.limit_spins[key.name] = spin
        buttons = accept_buttons(self)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addLayout(people)
        layout.addWidget(limits_box)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def save(self) -> None:
        """Write the fields to the settings file."""
        self._settings.set(REVIEWER_NAME, self.name_edit.text().strip())
        self._settings.set(SNAP_TO_WORDS, self.snap_check.isChecked())
        self._settings.set(HIGH_CONTRAST, self.contrast_combo.currentData())
        for key, *_ in _LIMITS:
            self._settings.set(key, self.limit_spins[key.name].value())

    def accept(self) -> None:
        """OK saves, then closes."""
        self.save()
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, settings: Settings) -> bool:
        """Show the dialog; True when the reviewer pressed OK and the settings were saved."""
        dialog = cls(parent, settings)
        try:
            return run_modal(dialog) == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
