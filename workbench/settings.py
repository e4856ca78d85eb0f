"""The user's settings: every key declared once, kept as JSON in the platform's config folder.

Shared by the CLI (the reviewer name) and the GUI (recent files, window layout), so it
uses no Qt. The folder comes from platformdirs; ``WORKBENCH_CONFIG_DIR`` overrides it
(tests, portable installs). A missing or unreadable file means defaults, never a crash;
writes go through a temporary file so a crash cannot leave half a settings file.
"""

from __future__ import annotations

import getpass
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

APP_DIR_NAME = "factcheck-workbench"
MAX_RECENT = 10


@dataclass(frozen=True, slots=True)
class Key:
    """A declared setting: its name, default and type (checked when read)."""

    name: str
    default: Any
    kind: type


REVIEWER_NAME = Key("reviewer_name", "", str)
RECENT_PROJECTS = Key("recent_projects", [], list)
WINDOW_GEOMETRY = Key("window_geometry", "", str)  # base64 of QWidget.saveGeometry()
WINDOW_STATE = Key("window_state", "", str)  # base64 of QMainWindow.saveState()
SPLITTER_SIZES = Key("splitter_sizes", {}, dict)  # splitter name -> list of sizes
# The time and memory limits bind every import's parser processes, not only PDF's; the
# keys keep their first names so that saved settings still apply.
PDF_TIMEOUT_SECONDS = Key("pdf_timeout_seconds", 120, int)
PDF_MEMORY_MB = Key("pdf_memory_mb", 2048, int)
PDF_MAX_PAGES = Key("pdf_max_pages", 2000, int)
IMPORT_MAX_MB = Key("import_max_mb", 200, int)
EXPORT_FOLDERS = Key("export_folders", {}, dict)  # project path -> its last export folder
SNAP_TO_WORDS = Key("snap_to_words", True, bool)  # a dragged selection becomes whole words
HIGH_CONTRAST = Key("high_contrast", "system", str)  # "system", "on" or "off"
# an archived copy of evidence larger than this (MB) is kept only after the user says so
ARCHIVED_COPY_ASK_MB = Key("archived_copy_ask_mb", 50, int)
LANGUAGE = Key("language", "", str)  # the window's language code; "" follows the system

DECLARED = (
    REVIEWER_NAME,
    RECENT_PROJECTS,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    SPLITTER_SIZES,
    PDF_TIMEOUT_SECONDS,
    PDF_MEMORY_MB,
    PDF_MAX_PAGES,
    IMPORT_MAX_MB,
    EXPORT_FOLDERS,
    SNAP_TO_WORDS,
    HIGH_CONTRAST,
    ARCHIVED_COPY_ASK_MB,
    LANGUAGE,
)


def config_dir() -> Path:
    """Where settings live: ``WORKBENCH_CONFIG_DIR`` or the platform's user config folder."""
    override = os.environ.get("WORKBENCH_CONFIG_DIR")
    if override:
        return Path(override)
    return platformdirs.user_config_path(APP_DIR_NAME, appauthor=False)


def data_dir() -> Path:
    """Where logs and untitled projects live: beside the settings when overridden."""
    override = os.environ.get("WORKBENCH_CONFIG_DIR")
    if override:
        return Path(override)
    return platformdirs.user_data_path(APP_DIR_NAME, appauthor=False)


class Settings:
    """Read and write declared keys; unknown or mistyped values fall back to defaults."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "settings.json"
        self._values = self._load()

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def get(self, key: Key) -> Any:
        """The stored value of ``key`` if it has the declared type, else its default."""
        value = self._values.get(key.name, key.default)
        if not isinstance(value, key.kind) or (key.kind is int and isinstance(value, bool)):
            return key.default
        return value

    def set(self, key: Key, value: Any) -> None:
        """Store ``value`` under ``key`` and write the file at once."""
        if not isinstance(value, key.kind):
            raise TypeError(f"Setting {key.name} takes {key.kind.__name__}, not {value!r}")
        self._values[key.name] = value
        self._save()

    def _save(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings.", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self._values, handle, ensure_ascii=False, indent=2)
            Path(tmp).replace(self.path)
        except OSError:
            # Settings are a convenience: failing to keep them must never stop the work.
            return

    def reviewer_name(self) -> str:
        """The saved reviewer name, else the account's full name, else the login name."""
        return self.get(REVIEWER_NAME).strip() or account_name()

    def add_recent(self, path: Path) -> None:
        """Put ``path`` first in the recent-projects list (deduplicated, capped)."""
        entry = str(path.resolve())
        recent = [p for p in self.get(RECENT_PROJECTS) if isinstance(p, str) and p != entry]
        self.set(RECENT_PROJECTS, [entry, *recent][:MAX_RECENT])

    def recent_projects(self) -> list[Path]:
        """Recent project files that still exist, most recent first."""
        return [
            Path(p) for p in self.get(RECENT_PROJECTS) if isinstance(p, str) and Path(p).exists()
        ]


def account_name() -> str:
    """The account's full name (GECOS on Unix) if known, else the login name."""
    login = ""
    try:
        login = getpass.getuser()
    except (OSError, KeyError):
        login = ""
    try:
        import pwd  # noqa: PLC0415 - Unix only

        gecos = pwd.getpwnam(login).pw_gecos.split(",")[0].strip() if login else ""
    except (ImportError, KeyError):
        gecos = ""
    return gecos or login or "Reviewer"
