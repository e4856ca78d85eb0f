"""The composition root: start Qt, hand the window the store, open what was asked for.

``workbench`` (welcome screen), ``workbench FILE`` (a project opens; any other file is
imported into a new untitled project; a double-clicked file lands here too) and
``workbench --sample`` (the sample article in a new untitled project). This is the only
module that joins the store to the UI.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import os
import signal
import socket
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from workbench import APP_ID, APP_NAME, __version__
from workbench.core.merge import MergePlan, MergeSource, Side
from workbench.core.model import ProjectSnapshot
from workbench.core.verification import Verification
from workbench.store.lock import REFRESH_SECONDS, ProjectLockedError
from workbench.ui.ports import FileInUse, ProjectLike

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from workbench.store.projectfile import Project
    from workbench.ui.main_window import MainWindow

SAMPLE_NAME = "atlantic-council-budapest-summit-postponed.txt"

#: Libraries Qt's xcb platform plugin loads, and the Debian/Ubuntu package of each.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libEGL.so.1": "libegl1",
}


def packaged(folder: str) -> Path:
    """``folder`` inside an installed wheel or bundle (``workbench/<folder>``), else in the
    checkout. (Plain paths rather than importlib.resources: the package is always unzipped,
    and that import alone costs a tenth of the start-up budget.)"""
    package = Path(__file__).resolve().parent
    inside = package / folder
    return inside if inside.is_dir() else package.parent / folder


def sample_article() -> Path:
    """The sample article the welcome screen and ``--sample`` open."""
    return packaged("seeds") / SAMPLE_NAME


def display_problem(env: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """Why Qt could not open a window here, as one line naming the fix; None if it can.

    Qt itself aborts with a long message when its platform plugin cannot load; checking
    the usual causes first lets the program say what to do instead.
    """
    if not platform.startswith("linux"):
        return None
    wanted = env.get("QT_QPA_PLATFORM", "")
    if wanted and not wanted.startswith("xcb"):
        return None  # offscreen, wayland, vnc...: Qt's own checks are clear enough
    if not wanted and env.get("WAYLAND_DISPLAY"):
        return None
    if not env.get("DISPLAY"):
        return (
            "No display found: start Fact-check Workbench from a desktop session "
            "(or set QT_QPA_PLATFORM=offscreen to run it without a screen)."
        )
    missing = [package for library, package in XCB_LIBRARIES.items() if not _loads(library)]
    if missing:
        return (
            "Qt cannot open a window: install the missing system libraries with "
            f"'sudo apt install {' '.join(missing)}'."
        )
    return None


def _loads(library: str) -> bool:
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


class StoreFiles:
    """The store's project files, as the window's :class:`~workbench.ui.ports.ProjectFiles`.

    The store is imported when a project is first opened or created, not at start-up:
    sqlite-utils imports numpy (and pandas) whenever they are installed, which costs the
    welcome screen a few tenths of a second for nothing (measured in the README).
    """

    refresh_seconds = REFRESH_SECONDS

    def open(
        self, path: Path, *, reviewer: str, read_only: bool = False, take_over: bool = False
    ) -> Project:
        """Open a project file; someone else's lock becomes FileInUse, for the UI to offer."""
        from workbench.store.projectfile import Project  # noqa: PLC0415 - see the class

        try:
            return Project.open(path, reviewer=reviewer, read_only=read_only, take_over=take_over)
        except ProjectLockedError as err:
            raise FileInUse(str(err), stale=err.stale) from None

    def create(self, path: Path, *, reviewer: str) -> Project:
        """Create a new project file."""
        from workbench.store.projectfile import Project  # noqa: PLC0415

        return Project.create(path, reviewer=reviewer)

    def refresh_lock(self, project: ProjectLike) -> None:
        """Touch the project's lock so colleagues do not take it for abandoned."""
        from workbench.store.projectfile import Project  # noqa: PLC0415 - loaded by now

        if isinstance(project, Project) and project.lock is not None:
            project.lock.refresh()

    def prepare_merge(self, mine: ProjectSnapshot, mine_path: Path, other: Path) -> MergeSource:
        """Read a colleague's copy and plan the merge (runs in a worker)."""
        from workbench.store import merging  # noqa: PLC0415

        return merging.prepare_merge(mine, mine_path, other)

    def apply_merge(
        self, project: ProjectLike, source: MergeSource, choices: Mapping[str, Side]
    ) -> None:
        """Write the settled merge in one transaction."""
        from workbench.store import merging  # noqa: PLC0415
        from workbench.store.projectfile import Project  # noqa: PLC0415

        if not isinstance(project, Project):
            raise TypeError("merging needs a project of the store")
        merging.apply_merge(project, source, choices)

    def verifier(self, project: ProjectLike) -> Callable[[], Verification]:
        """``verify`` of the project's file, or of its team project, for a worker thread."""
        from workbench.store.projectfile import Project  # noqa: PLC0415

        if isinstance(project, Project):
            from workbench.store.verification import verify_file  # noqa: PLC0415

            path = project.path
            return lambda: verify_file(path)
        from workbench.store.team.project import TeamProject  # noqa: PLC0415 - one is open
        from workbench.store.team.verification import verify_team  # noqa: PLC0415

        if not isinstance(project, TeamProject):
            raise TypeError("verifying needs a project of the store")
        url = f"{project.address.conninfo}#{project.address.project}"
        return lambda: verify_team(url)

    def team_origin(self, project: ProjectLike) -> str | None:
        """The team project an offline copy was taken from (None: not a copy)."""
        from workbench.store.projectfile import Project  # noqa: PLC0415
        from workbench.store.team.origin import read_origin  # noqa: PLC0415 - no psycopg

        return read_origin(project) if isinstance(project, Project) else None

    def team_sync(
        self, project: ProjectLike, choose: Callable[[MergePlan], Mapping[str, Side] | None]
    ) -> str:
        """Sync an offline copy with its team project; ``choose`` settles conflicts."""
        from workbench.store.projectfile import Project  # noqa: PLC0415
        from workbench.store.team import offline  # noqa: PLC0415 - loads psycopg
        from workbench.store.team.project import TeamProject  # noqa: PLC0415

        if not isinstance(project, Project):
            raise TypeError("only an offline copy (a project file) can be synced")
        where = offline.origin(project)
        with TeamProject.open(where, reviewer=project.reviewer) as team:
            result = offline.sync(project, team, None, choose)
        return " ".join(
            [
                f"Synced with {where.display()}: {result.taken.change_count} change(s) taken,"
                f" {result.sent.change_count} sent.",
                *result.notes(),
            ]
        )

    def refuse_target(self, target: Path, project: Path) -> None:
        """Refuse an output that would overwrite a project (the CLI's export does the same)."""
        from workbench.store import targets  # noqa: PLC0415

        targets.refuse_project_target(target, project)

    def is_project_file(self, path: Path) -> bool:
        """True when the file starts like a SQLite database (a project, or a damaged one).

        A FIFO, a device or a folder raises OSError rather than hanging the window on a
        read that never ends (see :func:`~workbench.store.targets.file_header`).
        """
        from workbench.store import hardening, targets  # noqa: PLC0415

        magic = hardening.SQLITE_MAGIC
        return targets.file_header(path, len(magic)) == magic


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The GUI's own arguments (the CLI hands over everything that is not a sub-command)."""
    parser = argparse.ArgumentParser(prog="workbench", description=f"Start {APP_NAME}.")
    parser.add_argument(
        "file", nargs="?", type=Path, help="a project file, or an article to import"
    )
    parser.add_argument(
        "--sample", action="store_true", help="open the sample article in a new project"
    )
    return parser.parse_args(list(argv))


def make_application(argv: Sequence[str]) -> QApplication:
    """The QApplication, named so settings, the desktop file and the taskbar agree."""
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415 - Qt only once checked

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(["workbench", *argv])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    from workbench.settings import Settings  # noqa: PLC0415
    from workbench.ui import language  # noqa: PLC0415

    language.install(app, language.chosen_language(Settings()))
    return app


def open_window(argv: Sequence[str]) -> MainWindow:
    """Build the window and open what ``argv`` asks for; the caller runs the event loop."""
    from PySide6.QtGui import QIcon  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from workbench.settings import Settings  # noqa: PLC0415
    from workbench.ui.file_open import FileOpenFilter  # noqa: PLC0415
    from workbench.ui.main_window import MainWindow  # noqa: PLC0415

    args = parse_args(argv)
    icon = QIcon(str(packaged("resources") / "icons" / f"{APP_ID}.svg"))
    from workbench.archive_service import ArchiveService  # noqa: PLC0415

    window = MainWindow(
        StoreFiles(), Settings(), sample=sample_article(), icon=icon, archive=ArchiveService()
    )
    app = QApplication.instance()
    if app is not None:  # macOS: double-clicked files arrive as events, not arguments
        app.installEventFilter(FileOpenFilter(window.open_path, window))
    window.show()
    try:
        if args.sample:
            window.open_sample()
        elif argv and is_team_url(str(argv[0])):
            open_team(window, str(argv[0]), Settings().reviewer_name())
        elif args.file is not None:
            window.open_path(args.file.resolve())
    except Exception:  # the top of the program: a bug is logged and shown, the window stays
        sys.excepthook(*sys.exc_info())
    return window


def is_team_url(text: str) -> bool:
    """True for ``postgresql://host/db#project``: a team project rather than a file."""
    return text.lower().startswith(("postgresql://", "postgres://"))


def open_team(window: MainWindow, url: str, reviewer: str) -> None:
    """Open a team project in the window, with live changes and leases (loads psycopg)."""
    from workbench.core.errors import UserError  # noqa: PLC0415
    from workbench.store.team.address import parse  # noqa: PLC0415
    from workbench.store.team.project import TeamProject  # noqa: PLC0415
    from workbench.ui.dialogs.errors import show_error  # noqa: PLC0415
    from workbench.ui.team_live import TeamLive  # noqa: PLC0415

    try:
        project = TeamProject.open(parse(url), reviewer=reviewer)
    except UserError as err:
        show_error(window, str(err))
        return
    window.show_open_project(project)
    if window.session.project is project:
        TeamLive(window, project)


class StopOnSignals:
    """End the window cleanly on SIGTERM, SIGINT or SIGHUP (kill, Ctrl+C, logout).

    The project is closed, which releases its lock (an untitled project stays where it
    is and is offered again at the next start), and the event loop ends with 128 + the
    signal's number. Python runs signal handlers only between its own bytecodes, and
    Qt's event loop is C++: the handler's wake-up byte on a socket makes Qt call back
    into Python at once, without a polling timer. The handler itself only queues the
    ending, which runs inside the loop, so a signal that arrives while the window is
    still opening its file ends it as soon as it is open. Keep the object for as long
    as the loop runs.
    """

    def __init__(self, app: QApplication) -> None:
        from PySide6.QtCore import QSocketNotifier  # noqa: PLC0415

        self.app = app
        self.window: MainWindow | None = None
        self.code = 0
        self.reader, self.writer = socket.socketpair()
        for end in (self.reader, self.writer):
            end.setblocking(False)
        signal.set_wakeup_fd(self.writer.fileno())
        self.notifier = QSocketNotifier(self.reader.fileno(), QSocketNotifier.Type.Read)
        self.notifier.activated.connect(self._drain)
        for name in ("SIGTERM", "SIGINT", "SIGHUP"):
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), self._stop)

    def _drain(self) -> None:
        """Empty the wake-up socket; Python then runs the pending handler."""
        with contextlib.suppress(BlockingIOError):
            self.reader.recv(64)

    def _stop(self, signum: int, _frame: object) -> None:
        from PySide6.QtCore import QTimer  # noqa: PLC0415

        self.code = 128 + signum
        QTimer.singleShot(0, self._finish)

    def _finish(self) -> None:
        if self.window is not None:
            self.window.session.close()
        self.app.exit(self.code)


def main(argv: Sequence[str]) -> int:
    """Start the GUI; returns the exit code."""
    parse_args(argv)  # usage errors exit 2 before Qt starts
    problem = display_problem(os.environ)
    if problem:
        sys.stderr.write(f"workbench: {problem}\n")
        return 1
    from workbench.ui.dialogs.errors import install_excepthook  # noqa: PLC0415

    app = make_application(argv)
    install_excepthook()
    stopper = StopOnSignals(app)
    window = stopper.window = open_window(argv)
    code = app.exec()
    window.stop_background_work()
    del window, stopper
    return code
