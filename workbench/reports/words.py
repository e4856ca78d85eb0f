"""The report's catalogue of a language, loaded only when a report is written.

Reports read their words and formats through :class:`workbench.i18n.Catalogue` (QtCore's
translator). Importing the reports stays free of Qt (the CLI's start-up: a data command
never loads it), so the catalogue is imported here, on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.i18n import Catalogue


def catalogue(language: str) -> Catalogue:
    """The shared catalogue of ``language`` (English for a code the program lacks)."""
    from workbench.i18n import catalogue as loaded  # noqa: PLC0415 - see the module

    return loaded(language)
