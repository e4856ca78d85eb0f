"""Languages: one catalogue system for the window and the reports, and their locale formats.

The words live in Qt's catalogues (``resources/translations/workbench_<code>.ts``,
compiled to ``.qm`` when the package is built; see :mod:`workbench.i18n_tools`). The
window installs a :class:`~PySide6.QtCore.QTranslator` for them and one for qtbase's own
words (standard buttons); the reports, which may run without a QApplication (the CLI),
read the same compiled catalogue through :class:`Catalogue`, whose ``translate()`` needs
no application. Only QtCore is used here, so reports stay free of widgets.

English is the source language: its catalogue holds only plural forms ("1 claim",
"2 claims"), and a word missing from a catalogue shows in English rather than not at all.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QLibraryInfo, QLocale, Qt, QTime, QTranslator

from workbench.core.translatable import LANGUAGES, QT_TRANSLATE_NOOP, Message
from workbench.reports.resources import resource_dir

SOURCE_LANGUAGE = "en"
__all__ = ["LANGUAGES", "Catalogue", "catalogue"]
#: The message through which a catalogue states its writing direction, as Qt's own do.
LAYOUT_DIRECTION = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION")
#: How a report or the window writes a day, and a day with its time (Qt date patterns,
#: translated: each language orders them its own way).
DATE_PATTERN = QT_TRANSLATE_NOOP("Dates", "dd MMM yyyy")
DATE_TIME_PATTERN = QT_TRANSLATE_NOOP("Dates", "dd MMM yyyy, HH:mm")
UTC_SUFFIX = QT_TRANSLATE_NOOP("Dates", "%1 UTC")


def translations_dir() -> Path:
    """Where the ``.ts`` sources and the compiled ``.qm`` catalogues sit."""
    return resource_dir() / "translations"


def known_language(code: str) -> str:
    """``code`` if the program speaks it, else English (a project from a newer version)."""
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's preferred languages that the program speaks, else English."""
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


@cache
def app_translator(language: str) -> QTranslator | None:
    """The program's compiled catalogue for ``language`` (None when absent).

    English's holds only the plural forms of the messages counted with ``%n``. Cached:
    the window and every report of a language share one loaded catalogue.
    """
    translator = QTranslator()
    if not translator.load(f"workbench_{language}", str(translations_dir())):
        return None
    return translator


def qt_translator(language: str) -> QTranslator | None:
    """qtbase's own catalogue ("Cancel", "Yes") from PySide6's translations folder."""
    if language == SOURCE_LANGUAGE:
        return None
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # QLocale("pt") is Brazilian Portuguese, whose file Qt ships (qtbase_pt_BR).
    if not translator.load(QLocale(language), "qtbase", "_", folder):
        return None
    return translator


class Catalogue:
    """The words and formats of one language, for code that has no QApplication to ask.

    ``text`` falls back to the English source, and fills ``%n`` with the count written
    as the language writes numbers (QTranslator leaves that to its caller).
    """

    def __init__(self, language: str) -> None:
        self.language = known_language(language)
        self.locale = QLocale(self.language)
        self._translator = app_translator(self.language)

    def text(self, context: str, source: str, count: int = -1) -> str:
        """``source`` in this language (English when the catalogue lacks it)."""
        found = self._translator.translate(context, source, None, count) if self._translator else ""
        words = found or source
        return words.replace("%n", self.locale.toString(count)) if count >= 0 else words

    def sentence(self, message: Message) -> str:
        """A core :class:`Message` in this language: its template translated, then filled
        (values that are Messages too)."""
        values = {
            key: self.sentence(value) if isinstance(value, Message) else value
            for key, value in message.values.items()
        }
        return self.text(message.context, message.template).format_map(values)

    @property
    def right_to_left(self) -> bool:
        """True when the language is written right to left (its catalogue says so)."""
        return self.text("QGuiApplication", LAYOUT_DIRECTION) == "RTL"

    def layout_direction(self) -> Qt.LayoutDirection:
        """The direction a window in this language mirrors to."""
        if self.right_to_left:
            return Qt.LayoutDirection.RightToLeft
        return Qt.LayoutDirection.LeftToRight

    def number(self, value: float) -> str:
        """A number as this language writes it (grouping, decimal sign, digits)."""
        if isinstance(value, int):
            return self.locale.toString(value)
        return self.locale.toString(float(value), "f", 1)

    def moment(self, iso: str) -> str:
        """An ISO 8601 timestamp as a reader of this language writes it.

        Anything that does not parse is shown as it is: dates typed by people vary. A date
        without a time (an evidence's "accessed" day) stays a date: a time would be
        invented. An aware time is shown in UTC, and says so.
        """
        try:
            moment = datetime.fromisoformat(iso)
        except ValueError:
            return iso
        day = QDate(moment.year, moment.month, moment.day)
        if "T" not in iso and " " not in iso.strip():
            return self.locale.toString(day, self.text("Dates", DATE_PATTERN))
        aware = moment.tzinfo is not None
        if aware:
            moment = moment.astimezone(UTC)
            day = QDate(moment.year, moment.month, moment.day)
        stamp = QDateTime(day, QTime(moment.hour, moment.minute))
        written = self.locale.toString(stamp, self.text("Dates", DATE_TIME_PATTERN))
        return self.text("Dates", UTC_SUFFIX).replace("%1", written) if aware else written


@cache
def catalogue(language: str) -> Catalogue:
    """The shared :class:`Catalogue` of ``language``."""
    return Catalogue(language)
