"""Marks the user-visible words that core defines, for the catalogues, without Qt.

Status names, stance names, the default rating scale and the like are data of the model,
so they live here in English; the window and the reports translate them where they are
shown (:mod:`workbench.i18n`). ``pyside6-lupdate`` extracts every call of a function
named ``QT_TRANSLATE_NOOP`` with its context, so this identity function is all core
needs: the catalogues then hold the words, and core stays pure Python.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

#: The catalogue context of each group of core words; the layers translate with it.
STATUS = "Status"
STANCE = "Stance"
RATING = "Rating"
REPORT = "Report"
MERGE = "MergeSummary"

#: Every language the program speaks, each in its own name (as a chooser lists them);
#: English, the source language, first.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "pt": "Português",
    "ar": "العربية",
}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """``text`` unchanged: the call only marks it for extraction under ``context``."""
    del context
    return text


@dataclass(frozen=True, slots=True)
class Message:
    """A sentence core writes for several readers: its English template and its values.

    The command line prints :meth:`english` (scripts parse it, so it stays English); the
    window translates ``template`` under ``context`` first and then fills it, so the values
    (names, quotes, hashes) are never sent to a translator. A value may itself be a
    Message (a word such as "unknown" inside the sentence).
    """

    context: str
    template: str
    values: Mapping[str, str | Message] = field(default_factory=dict)

    def english(self) -> str:
        """The sentence in English, its values filled in."""
        return self.template.format_map({k: _english(v) for k, v in self.values.items()})


def _english(value: str | Message) -> str:
    return value.english() if isinstance(value, Message) else value
