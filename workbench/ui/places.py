"""Which folder a file dialog proposes: somewhere the reviewer can see and find again.

An untitled project lives in the hidden app-data folder; proposing it for a shared copy
or a report would put files where nobody looks. So: the project's own folder when it has
been saved, else the documents folder; exports go where this project's last export went,
else the project's folder, else where the last export of any project went.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from workbench.settings import EXPORT_FOLDERS, Settings

#: The key under which the last export folder of any project is kept.
LAST_USED = ""
#: How many projects' export folders are remembered (the oldest are forgotten).
MAX_REMEMBERED = 50


def documents_folder() -> Path:
    """The user's documents folder (the home folder where there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def visible_folder(project_path: Path, *, untitled: bool) -> Path:
    """The saved project's folder, else (untitled, in app data) the documents folder."""
    return documents_folder() if untitled else project_path.parent


def export_folder(settings: Settings, project_path: Path, *, untitled: bool) -> Path:
    """Where to propose an export of this project (see the module's docstring)."""
    remembered = settings.get(EXPORT_FOLDERS)
    candidates = [remembered.get(str(project_path))]
    if not untitled:
        candidates.append(str(project_path.parent))
    candidates.append(remembered.get(LAST_USED))
    for candidate in candidates:
        if isinstance(candidate, str) and candidate and Path(candidate).is_dir():
            return Path(candidate)
    return documents_folder()


def remember_export(settings: Settings, project_path: Path, exported: Path) -> None:
    """Keep the folder of ``exported`` for this project and as the last one used."""
    folder = str(exported.parent)
    remembered = {
        key: value
        for key, value in settings.get(EXPORT_FOLDERS).items()
        if key not in (str(project_path), LAST_USED)
    }
    remembered[str(project_path)] = folder
    kept = dict(list(remembered.items())[-MAX_REMEMBERED:])
    settings.set(EXPORT_FOLDERS, {**kept, LAST_USED: folder})
