"""What to call the open project: in the window title and as Save As's file name.

The project's own title (Edit > Project settings) comes first; an untitled project is
called after its first article rather than its temporary file ("Untitled 2026-12-03
05-17-23-532449"); a saved project without a title after its file.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from workbench import APP_NAME
from workbench.core.translatable import QT_TRANSLATE_NOOP
from workbench.ui.ports import ProjectLike

UNTITLED = QT_TRANSLATE_NOOP("Titles", "Untitled")
#: Longest file name proposed from a title, before ".factcheck".
MAX_NAME_CHARS = 80


def project_title(project: ProjectLike, *, untitled: bool) -> str:
    """The name a reviewer knows the project by.

    A new project's file gives it its stem as title, which for an untitled project is the
    temporary name: that one does not count as a title.
    """
    title = project.settings().title.strip()
    if title and not (untitled and title == project.path.stem):
        return title
    if not untitled:
        return project.path.stem
    documents = project.documents()
    nameless = QCoreApplication.translate("Titles", UNTITLED)
    return documents[0].title.strip() or nameless if documents else nameless


def window_title(project: ProjectLike | None, *, untitled: bool) -> str:
    """ "<project> — Fact-check Workbench", or the program's name without a project."""
    if project is None:
        return APP_NAME
    read_only = QCoreApplication.translate("Titles", " (read-only)") if project.read_only else ""
    return f"{project_title(project, untitled=untitled)}{read_only} — {APP_NAME}"


def file_name(title: str) -> str:
    """``title`` as a file name on every system: no path or reserved characters."""
    name = re.sub(r'[\x00-\x1f<>:"/\\|?*]+', " ", title)
    name = " ".join(name.split()).strip(" .")[:MAX_NAME_CHARS].rstrip(" .")
    return name or UNTITLED
