"""Where the report templates and JSON Schemas live, installed or not.

In a checkout they sit in ``resources/`` at the top of the repository; the wheel and the
PyInstaller bundle carry the same folder as ``workbench/resources`` (pyproject's
force-include), so both places are tried, the installed one first.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


@cache
def resource_dir() -> Path:
    """The folder holding ``templates/`` and ``schemas/``."""
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if (candidate / "templates").is_dir():
            return candidate
    raise FileNotFoundError("The report templates are missing from this installation.")


def templates_dir() -> Path:
    """The Jinja2 templates of the HTML and PDF reports."""
    return resource_dir() / "templates"


def schema_path(name: str) -> Path:
    """A JSON Schema shipped with the program, e.g. ``project-export.schema.json``."""
    return resource_dir() / "schemas" / name
