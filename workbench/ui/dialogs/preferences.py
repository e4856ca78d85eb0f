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

from workbench.core.translatable import QT_TRANSLATE_NOOP
from workbench.i18n import LANGUAGES
from workbench.settings import (
    ARCHIVED_COPY_ASK_MB,
    HIGH_CONTRAST,
    IMPORT_MAX_MB,
    LANGUAGE,
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
    (
        PDF_TIMEOUT_SECONDS,
        QT_TRANSLATE_NOOP("PreferencesDialog", "Give up reading a PDF after:"),
        QT_TRANSLATE_NOOP("PreferencesDialog", "PDF time limit"),
        5,
        3600,
        QT_TRANSLATE_NOOP("PreferencesDialog", " s"),
    ),
    (
        PDF_MEMORY_MB,
        QT_TRANSLATE_NOOP("PreferencesDialog", "Memory a PDF may use:"),
        QT_TRANSLATE_NOOP("PreferencesDialog", "PDF memory limit"),
        128,
        65536,
        QT_TRANSLATE_NOOP("PreferencesDialog", " MB"),
    ),
    (
        PDF_MAX_PAGES,
        QT_TRANSLATE_NOOP("PreferencesDialog", "Largest PDF:"),
        QT_TRANSLATE_NOOP("PreferencesDialog", "PDF page limit"),
        1,
        100_000,
        QT_TRANSLATE_NOOP("PreferencesDialog", " pages"),
    ),
    (
        IMPORT_MAX_MB,
        QT_TRANSLATE_NOOP("PreferencesDialog", "Largest file to import:"),
        QT_TRANSLATE_NOOP("PreferencesDialog", "Import size limit"),
        1,
        4096,
        QT_TRANSLATE_NOOP("PreferencesDialog", " MB"),
    ),
    (
        ARCHIVED_COPY_ASK_MB,
        QT_TRANSLATE_NOOP("PreferencesDialog", "Ask before keeping an archived copy over:"),
        QT_TRANSLATE_NOOP("PreferencesDialog", "Archived copy size to ask about"),
        1,
        200,
        QT_TRANSLATE_NOOP("PreferencesDialog", " MB"),
    ),
)


class PreferencesDialog(QDialog):
    """Edits the user's settings; nothing is saved until OK."""

    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.name_edit = QLineEdit(settings.get(REVIEWER_NAME))
        self.name_edit.setPlaceholderText(account_name())
        self.name_edit.setAccessibleName(self.tr("Reviewer name"))
        self.name_edit.setToolTip(
            self.tr("Recorded on every change you make. Empty: your account's name.")
        )
        self.snap_check = QCheckBox(self.tr("&Snap selections to whole words"))
        self.snap_check.setChecked(settings.get(SNAP_TO_WORDS))
        self.snap_check.setToolTip(
            self.tr(
                "A selection dragged in the article grows to the words it touches. "
                "Hold Alt while dragging to do the opposite."
            )
        )
        self.limit_spins: dict[str, QSpinBox] = {}

        self.contrast_combo = QComboBox()
        for value, label in contrast.CHOICES.items():
            self.contrast_combo.addItem(self.tr(label), value)
        chosen = self.contrast_combo.findData(settings.get(HIGH_CONTRAST))
        self.contrast_combo.setCurrentIndex(max(chosen, 0))
        self.contrast_combo.setAccessibleName(self.tr("Contrast"))
        self.contrast_combo.setAccessibleDescription(
            self.tr("High contrast: white text on black (or black on white), strong focus frames")
        )

        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("System default"), "")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        chosen = self.language_combo.findData(settings.get(LANGUAGE))
        self.language_combo.setCurrentIndex(max(chosen, 0))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.setToolTip(
            self.tr("The window's language; it changes at the next start.")
        )

        people = QFormLayout()
        people.addRow(self.tr("&Reviewer name:"), self.name_edit)
        people.addRow(self.snap_check)
        people.addRow(self.tr("C&ontrast:"), self.contrast_combo)
        people.addRow(self.tr("&Language:"), self.language_combo)
        limits_box = QGroupBox(self.tr("Importing files"))
        limits = QFormLayout(limits_box)
        for key, label, name, low, high, unit in _LIMITS:
            spin = QSpinBox()
            spin.setRange(low, high)
            spin.setSuffix(self.tr(unit))
            spin.setValue(min(max(settings.get(key), low), high))
            spin.setAccessibleName(self.tr(name))
            limits.addRow(self.tr(label), spin)
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
        self._settings.set(LANGUAGE, self.language_combo.currentData())
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
