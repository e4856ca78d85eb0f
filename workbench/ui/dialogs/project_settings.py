"""The project's own settings: title, the desk that publishes, and the rating scale.

They travel inside the project file, so every colleague's copy uses the same verdict
vocabulary; the organisation is the ``author`` of the ClaimReview markup.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.core.errors import UserError
from workbench.core.model import ProjectSettings
from workbench.core.ratings import Rating, RatingScale
from workbench.core.translatable import LANGUAGES
from workbench.ui.dialogs import accept_buttons, answer, plain_label, show_problem

#: "Label = value", then optionally ": meaning". The label is the shortest text before an
#: "= number" that ends the line or is followed by the colon, so a label may hold "=" and
#: a meaning may hold anything.
_RATING_LINE = re.compile(r"(?P<label>.+?)\s*=\s*(?P<value>[+-]?\d+)\s*(?::\s*(?P<meaning>.*))?")


def scale_text(scale: RatingScale) -> str:
    """The scale as the dialog shows it: one "Label = value: meaning" a line."""
    return "\n".join(
        f"{r.label} = {r.value}" + (f": {r.meaning}" if r.meaning else "") for r in scale.ratings
    )


def parse_scale(text: str, best: int, worst: int) -> RatingScale:
    """A rating scale from "Label = value: meaning" lines (the meaning optional), or a
    UserError saying which line is wrong."""
    ratings = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        match = _RATING_LINE.fullmatch(line)
        if match is None:
            label, sep, value = line.partition(":")[0].rpartition("=")
            if not sep or not label.strip():
                raise UserError(
                    QCoreApplication.translate(
                        "ProjectSettingsDialog",
                        "Line {number}: write a rating as 'Label = number', "
                        "then ': meaning' if any.",
                    ).format(number=number)
                )
            raise UserError(
                QCoreApplication.translate(
                    "ProjectSettingsDialog", "Line {number}: '{value}' is not a whole number."
                ).format(number=number, value=value.strip())
            )
        meaning = (match["meaning"] or "").strip()
        ratings.append(Rating(match["label"].strip(), int(match["value"]), meaning))
    return RatingScale(tuple(ratings), best=best, worst=worst)


def settings_changed(before: ProjectSettings, after: ProjectSettings) -> bool:
    """True when ``after`` differs from ``before``, meanings included (a scale's equality
    leaves its wording out, but a desk that rewords a meaning wants it saved)."""
    return after != before or after.rating_scale.to_json() != before.rating_scale.to_json()


class ProjectSettingsDialog(QDialog):
    """Edits a :class:`ProjectSettings`; OK is enabled only for a valid rating scale."""

    def __init__(self, parent: QWidget | None, settings: ProjectSettings) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Project settings"))
        self.title_edit = QLineEdit(settings.title)
        self.title_edit.setAccessibleName(self.tr("Project title"))
        self.organisation_edit = QLineEdit(settings.organisation)
        self.organisation_edit.setAccessibleName(self.tr("Organisation"))
        self.organisation_edit.setPlaceholderText(
            self.tr("The desk that publishes the fact-checks")
        )
        self.url_edit = QLineEdit(settings.organisation_url)
        self.url_edit.setAccessibleName(self.tr("Organisation web address"))
        self.url_edit.setPlaceholderText(self.tr("https://"))
        scale = settings.rating_scale
        self.scale_edit = QPlainTextEdit(scale_text(scale))
        self.scale_edit.setAccessibleName(self.tr("Rating scale"))
        self.scale_edit.setToolTip(
            self.tr(
                "One rating a line, best first: 'Label = number: what it means'. The meanings "
                'are printed in every report\'s "How we rate".'
            )
        )
        self.language_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(settings.language), 0))
        self.language_combo.setAccessibleName(self.tr("Report language"))
        self.language_combo.setToolTip(
            self.tr("The language every report of this project is written in")
        )
        self.best_spin = self._spin(scale.best, self.tr("Best rating value"))
        self.worst_spin = self._spin(scale.worst, self.tr("Worst rating value"))
        self.problem = plain_label()
        self.buttons = accept_buttons(self)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        form.addRow(self.tr("&Web address:"), self.url_edit)
        form.addRow(self.tr("&Rating scale:"), self.scale_edit)
        form.addRow(self.tr("&Best value:"), self.best_spin)
        form.addRow(self.tr("W&orst value:"), self.worst_spin)
        form.addRow(self.tr("Re&ports in:"), self.language_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)  # a rating and its meaning mostly on one line
        for signal in (
            self.scale_edit.textChanged,
            self.best_spin.valueChanged,
            self.worst_spin.valueChanged,
        ):
            signal.connect(self._validate)
        self._validate()

    @staticmethod
    def _spin(value: int, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(-1000, 1000)
        spin.setValue(value)
        spin.setAccessibleName(name)
        return spin

    def _scale(self) -> RatingScale:
        return parse_scale(
            self.scale_edit.toPlainText(), self.best_spin.value(), self.worst_spin.value()
        )

    def _validate(self) -> None:
        try:
            self._scale()
        except UserError as err:
            message = str(err)
        else:
            message = ""
        show_problem(self.problem, self.buttons, message)

    def settings(self) -> ProjectSettings:
        """The settings as edited (call only when OK is enabled)."""
        return ProjectSettings(
            title=self.title_edit.text().strip(),
            organisation=self.organisation_edit.text().strip(),
            organisation_url=self.url_edit.text().strip(),
            rating_scale=self._scale(),
            language=self.language_combo.currentData(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, settings: ProjectSettings) -> ProjectSettings | None:
        """Show the dialog; the new settings, or None when cancelled."""
        dialog = cls(parent, settings)
        return answer(dialog, dialog.settings)
