"""The main window: documents | article | claims and editor, with menus, toolbar, status bar.

It lays widgets out, shows the open project, and hands each group of actions to its
controller: opening and leaving projects (:mod:`~workbench.ui.project_opening`), articles in
and out (:mod:`~workbench.ui.document_actions`), export, share, merge and verify
(:mod:`~workbench.ui.exchange_actions`), the archive (:mod:`~workbench.ui.archive_actions`),
edits to claims (:mod:`~workbench.ui.review`). The few methods that stay public here are
what the program's start, drops and other windows call. Window layout is kept in the settings.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workbench import APP_NAME
from workbench.core.errors import UserError
from workbench.core.verification import Verification
from workbench.settings import (
    HIGH_CONTRAST,
    REVIEWER_NAME,
    SNAP_TO_WORDS,
    Settings,
)
from workbench.ui import session as session_dialogs
from workbench.ui import titles
from workbench.ui.archive_actions import ArchiveActions
from workbench.ui.article_view import ArticleView
from workbench.ui.checked_before import CheckedBeforePanel
from workbench.ui.claim_editor import ClaimEditor
from workbench.ui.claims_panel import ClaimsPanel
from workbench.ui.contrast import ContrastFollower
from workbench.ui.copies_controller import CopiesController
from workbench.ui.dialogs.archive_search import ArchiveSearchDialog
from workbench.ui.dialogs.errors import show_error
from workbench.ui.dialogs.preferences import PreferencesDialog
from workbench.ui.dialogs.project_settings import ProjectSettingsDialog, settings_changed
from workbench.ui.document_actions import DocumentActions
from workbench.ui.document_list import DocumentList
from workbench.ui.exchange_actions import ExchangeActions
from workbench.ui.export_notice import ExportNotice
from workbench.ui.language import isolate
from workbench.ui.layout_memory import restore_layout, save_layout
from workbench.ui.message_banner import MessageBanner
from workbench.ui.ports import ArchiveLike, ProjectFiles, ProjectLike
from workbench.ui.project_opening import ProjectOpening
from workbench.ui.review import ReviewController
from workbench.ui.review_actions import ReviewActions
from workbench.ui.reviewer_widget import ReviewerWidget
from workbench.ui.session import Session
from workbench.ui.sharing import Sharing
from workbench.ui.team_menu import TeamMenu
from workbench.ui.transfers import Transfers, report_failure
from workbench.ui.versions_queue import VersionActions
from workbench.ui.welcome import EmptyProjectPage, WelcomePage
from workbench.ui.window_actions import WindowActions
from workbench.ui.workers import Job, cancel_jobs, stop_jobs


class MainWindow(QMainWindow):
    """The review window. ``files`` opens and creates project files (the store, in app.py)."""

    def __init__(
        self,
        files: ProjectFiles,
        settings: Settings,
        sample: Path | None = None,
        icon: QIcon | None = None,
        archive: ArchiveLike | None = None,
    ) -> None:
        super().__init__()
        self.archive = archive
        self.setWindowTitle(APP_NAME)
        if icon is not None:
            self.setWindowIcon(icon)
        self.settings = settings
        self.contrast = ContrastFollower(lambda: settings.get(HIGH_CONTRAST), self)
        self.sample = sample
        self.session = Session(files, settings)
        self.opening = ProjectOpening(self)
        self.document_actions = DocumentActions(self)
        self.exchange = ExchangeActions(self)
        self.archive_actions = ArchiveActions(self)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self.update_title)  # settings, documents
        self.transfers = Transfers(self, settings, self.document_actions.add_document, files)
        self.sharing = Sharing(self, files, self.exchange.after_merge, self.status_message)
        self._build_widgets()
        #: Set while a team project is open (see ``ui/team_live.py``); True: handled.
        self.user_error_hook: Callable[[UserError], bool] | None = None
        self.review = ReviewController(
            self.article, self.panel, self.editor, self.undo_stack, self._show_user_error
        )
        self.copies = CopiesController(
            self.editor.evidence.copies,
            self.review,
            settings,
            files.refuse_target,
            self._show_user_error,
        )
        self.editor.evidence.evidence_selected.connect(self.copies.show_for)
        self.versions = VersionActions(self)
        self.actions_ = WindowActions(self)
        self.review_actions = ReviewActions(self)
        self.team_menu = TeamMenu(self, self.exchange.after_merge)
        self.review.summary_changed.connect(self.summary.setText)
        self.review.current_changed.connect(self.checked_before.show_claim)
        self.checked_before.evidence_requested.connect(self.editor.evidence_add_requested)
        self.checked_before.message.connect(self.status_message)
        self.checked_before.note.connect(self._background_note)
        self.review.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.documents.document_chosen.connect(self.review.show_document)
        self.setAcceptDrops(True)
        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(files.refresh_seconds * 1000)
        self._lock_timer.timeout.connect(self._refresh_lock)
        self._lock_timer.start()
        restore_layout(self, self._splitters(), settings)
        self.show_project()

    # -- layout -----------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.welcome = WelcomePage(self)
        self.welcome.new_requested.connect(self.opening.new_project)
        self.welcome.open_requested.connect(self.opening.open_dialog)
        self.welcome.recent_chosen.connect(self.opening.open_path)
        self.empty = EmptyProjectPage(self)
        for start in (self.welcome.start, self.empty.start):
            start.import_requested.connect(self.document_actions.import_dialog)
            start.paste_requested.connect(self.document_actions.paste_as_document)
            start.sample_requested.connect(self.document_actions.open_sample)
        self.documents = DocumentList(self)
        self.article = ArticleView(self)
        self.article.text.snap_words = self.settings.get(SNAP_TO_WORDS)
        self.panel = ClaimsPanel(self)
        self.editor = ClaimEditor(self)
        self.right = QSplitter(Qt.Orientation.Vertical, self)
        self.right.addWidget(self.panel)
        self.right.addWidget(self.editor)
        self.checked_before = CheckedBeforePanel(self.archive, self)
        self.right.addWidget(self.checked_before)
        # the editor's fields and evidence buttons come first
        self.right.setSizes([220, 520, 180])
        self.main = QSplitter(Qt.Orientation.Horizontal, self)
        for widget in (self.documents, self.article, self.right):
            self.main.addWidget(widget)
        self.main.setStretchFactor(1, 3)
        self.main.setStretchFactor(2, 2)
        self.main.setSizes([150, 560, 470])  # scaled to the window: the editor keeps ~40%
        self.message_bar = MessageBanner(self)
        workspace = QWidget(self)
        column = QVBoxLayout(workspace)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.message_bar)
        column.addWidget(self.main, 1)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(workspace)
        self.pages.addWidget(self.empty)
        self.setCentralWidget(self.pages)
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Review progress"))
        self.reviewer = ReviewerWidget(self.settings.reviewer_name(), self)
        self.reviewer.name_changed.connect(self.set_reviewer)
        self.statusBar().addWidget(self.summary, 1)
        self.export_notice = ExportNotice(self)
        self.statusBar().addPermanentWidget(self.export_notice)
        self.statusBar().addPermanentWidget(self.reviewer)

    def show_project(self) -> None:
        """Show the open project (or the welcome page), from its documents to its actions."""
        project = self.session.project
        self.show_page()
        self.welcome.set_recent(
            [*session_dialogs.leftover_untitled(), *self.settings.recent_projects()]
        )
        self.review.set_project(project)
        self.checked_before.set_read_only(bool(project and project.read_only))
        self.archive_actions.add_project(project)
        self.documents.set_documents(project.documents() if project else [], self.document_id())
        self.update_title()
        self.export_notice.hide()
        self.show_message(self._banner(project))
        page = self.pages.currentWidget()
        first: QWidget = self.article.text
        if page is self.welcome:
            first = self.welcome.sample
        elif page is self.empty:
            first = self.empty.start.import_
        first.setFocus()
        self.actions_.project_open(
            project is not None, read_only=bool(project and project.read_only)
        )
        self.review_actions.project_open(
            project is not None, read_only=bool(project and project.read_only)
        )

    def show_page(self) -> None:
        """The welcome page without a project, what to do first without articles."""
        project = self.session.project
        if project is None:
            self.pages.setCurrentWidget(self.welcome)
        elif project.documents() or project.read_only:
            self.pages.setCurrentIndex(1)
        else:
            self.pages.setCurrentWidget(self.empty)

    def update_title(self) -> None:
        """The window title follows the project's title (renamed, or undone) and articles."""
        self.setWindowTitle(
            titles.window_title(self.session.project, untitled=self.session.untitled)
        )

    @staticmethod
    def _banner(project: ProjectLike | None) -> str:
        """The warnings a project opened with; a read-only project always says so."""
        if project is None:
            return ""
        text = " ".join(project.warnings)
        if project.read_only and "read-only" not in text:  # the store's words are English
            own = QCoreApplication.translate(
                "MainWindow",
                "{name} is open read-only: you can read and export it, but not change it.",
            ).format(name=isolate(project.path.name))
            text = f"{own} {text}".strip()
        return text

    def error_dialog(self, text: str) -> None:
        """Say over the window why something could not be done (its controllers' refusals)."""
        show_error(self, text)

    def status_message(self, text: str) -> None:
        """A short message in the status bar."""
        self.statusBar().showMessage(text, 8000)

    def _background_note(self, text: str) -> None:
        """News nobody asked for waits its turn: it never replaces a message being read
        (the archive, fed after a merge, hid the merge's summary)."""
        if not self.statusBar().currentMessage():
            self.status_message(text)

    def show_message(self, text: str) -> None:
        """Show a non-blocking warning above the article (empty text hides the bar)."""
        self.message_bar.show_text(text)

    def document_id(self) -> str | None:
        """The shown document's id, if any."""
        return self.review.document.id if self.review.document else None

    # -- what the program's start, drops and other windows call ---------------------------

    def open_path(self, path: Path) -> None:
        """Open a project file, or import any other file into a new untitled project."""
        self.opening.open_path(path)

    def show_open_project(self, project: ProjectLike) -> None:
        """Show a project opened elsewhere (a team project, opened by its address)."""
        self.opening.show_open_project(project)

    def save_as(self) -> bool:
        """File > Save As...; False if nothing was saved."""
        return self.opening.save_as()

    def open_sample(self) -> None:
        """Open the sample article in a new untitled project."""
        self.document_actions.open_sample()

    def import_articles(self, paths: list[Path]) -> None:
        """Import articles into the open or a new project."""
        self.document_actions.import_articles(paths)

    def paste_as_document(self) -> None:
        """Edit > Paste as new document."""
        self.document_actions.paste_as_document()

    def export(self) -> None:
        """File > Export..."""
        self.exchange.export()

    def share_copy(self) -> None:
        """File > Share a copy..."""
        self.exchange.share_copy()

    def merge(self) -> None:
        """File > Merge a colleague's copy..."""
        self.exchange.merge()

    @property
    def last_verify(self) -> Job[Verification] | None:
        """The running or last File > Verify project job (tests wait for it)."""
        return self.exchange.last_verify

    @property
    def archive_dialog(self) -> ArchiveSearchDialog | None:
        """The last Claim > Search the archive dialog."""
        return self.archive_actions.dialog

    # -- people and preferences -------------------------------------------------------------

    def set_reviewer(self, name: str) -> None:
        """Change the reviewer recorded on every change from now on (kept in settings)."""
        name = name.strip()
        if not name:
            return
        self.settings.set(REVIEWER_NAME, name)
        self.reviewer.set_name(name)
        if self.session.project is not None:
            self.session.project.reviewer = name

    def project_settings(self) -> None:
        """Edit > Project settings...: title, organisation, rating scale (undoable)."""
        project = self.session.project
        if project is None:
            return
        settings = ProjectSettingsDialog.ask(self, project.settings())
        if settings is not None and settings_changed(project.settings(), settings):
            self.review.change_settings(settings)

    def preferences(self) -> None:
        """Edit > Preferences..."""
        if PreferencesDialog.ask(self, self.settings):
            self.set_reviewer(self.settings.reviewer_name())
            self.article.text.snap_words = self.settings.get(SNAP_TO_WORDS)
            self.contrast.apply()

    def _refresh_lock(self) -> None:
        if self.session.project is not None:
            self.session.files.refresh_lock(self.session.project)

    def _show_user_error(self, error: UserError) -> None:
        if self.user_error_hook is not None and self.user_error_hook(error):
            return  # a team project settles conflicts and kept edits itself
        report_failure(self, self.tr("saving a change"), error)

    # -- Qt events --------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        """Accept dragged files."""
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        """A dropped project opens; dropped articles are imported.

        One article dropped onto a document in the list is a new version of that document.
        """
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        target = self.documents.document_at(
            self.documents.viewport().mapFrom(self, event.position().toPoint())
        )
        if (
            target is not None
            and len(paths) == 1
            and not self.session.files.is_project_file(paths[0])
        ):
            self.versions.import_version(target, paths[0])
            event.acceptProposedAction()
            return
        for path in paths:
            self.open_path(path)
        event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Ask about an untitled project, then remember the layout."""
        if not self.opening.leave_project():
            event.ignore()
            return
        save_layout(self, self._splitters(), self.settings)
        event.accept()
        cancel_jobs(self)

    def stop_background_work(self) -> None:
        """At the program's end: stop running jobs and let started archive calls finish
        (closing hands the project to the archive) while the objects they answer exist."""
        stop_jobs()
        if self.checked_before.query is not None:
            self.checked_before.query.wait()

    def _splitters(self) -> dict[str, QSplitter]:
        return {"main": self.main, "right": self.right}
