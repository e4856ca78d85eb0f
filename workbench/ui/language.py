"""The window's language: its catalogues installed, its direction, its dates and numbers.

The language is the Preferences choice, else the system's (:data:`~workbench.settings.LANGUAGE`
empty). It is applied when the window starts: a change in Preferences takes effect at
the next start, since widgets built in one language would keep their words otherwise.
Everything the window shows of dates and numbers goes through :func:`moment`,
:func:`number` and :func:`decimal` (file sizes through :mod:`workbench.ui.sizes`), which
write them as the window's language does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from workbench import i18n
from workbench.core.translatable import Message
from workbench.settings import LANGUAGE, Settings

#: Translators installed in the running application (kept so Qt can use them).
_INSTALLED: list[QTranslator] = []
#: The language installed last (English until one is).
_CURRENT = [i18n.SOURCE_LANGUAGE]


def chosen_language(settings: Settings) -> str:
    """The language set in Preferences, else the system's."""
    code = settings.get(LANGUAGE)
    return code if code in i18n.LANGUAGES else i18n.system_language()


def install(app: QGuiApplication, language: str) -> None:
    """Speak ``language``: the program's and qtbase's catalogues, its locale and direction.

    Installing again replaces the previous language (tests switch between several).
    """
    for translator in _INSTALLED:
        app.removeTranslator(translator)
    _INSTALLED.clear()
    for loaded in (i18n.qt_translator(language), i18n.app_translator(language)):
        if loaded is not None:
            app.installTranslator(loaded)
            _INSTALLED.append(loaded)
    QLocale.setDefault(QLocale(language))
    _CURRENT[0] = language
    app.setLayoutDirection(i18n.catalogue(language).layout_direction())


def current_language() -> str:
    """The language of the window's catalogues (English when none is installed)."""
    return _CURRENT[0]


def moment(iso: str) -> str:
    """A timestamp as the window's language writes it (see :meth:`i18n.Catalogue.moment`)."""
    return i18n.catalogue(current_language()).moment(iso)


def number(value: float) -> str:
    """A number as the window's language writes it."""
    return i18n.catalogue(current_language()).number(value)


def decimal(value: float, places: int) -> str:
    """``value`` with ``places`` decimals (a match's score), as the window's language writes it."""
    return i18n.catalogue(current_language()).locale.toString(float(value), "f", places)


def isolate(text: str) -> str:
    """``text`` (a title, a file or person's name) set apart from the words around it.

    In a right-to-left window a Latin title inside Arabic words would otherwise pull
    neighbouring punctuation to its side (Unicode's first-strong isolate, FSI...PDI, keeps
    each to its own direction). Left to right it is returned as it is.
    """
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return f"\u2068{text}\u2069"
    return text


def sentence(message: Message) -> str:
    """A core :class:`Message` in the window's language: its template translated, then filled.

    Only the template goes to the catalogue; the values (names, quotes) are shown as they
    are, except those that are Messages themselves.
    """
    values = {
        key: sentence(value) if isinstance(value, Message) else value
        for key, value in message.values.items()
    }
    return QCoreApplication.translate(message.context, message.template).format_map(values)
