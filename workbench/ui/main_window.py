"""The main window: documents | article | claims and editor, with menus, toolbar, status bar.

It lays widgets out and turns actions into calls on the session (which project is open),
the review controller (edits to claims) and the transfers (imports, exports); the logic
lives there. Window layout is kept in the settings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QUndoStack,
)
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
from workbench.core.model import ImportedDocument, Status
from workbench.core.verification import Verification
from workbench.settings import (
    HIGH_CONTRAST,
    REVIEWER_NAME,
    SNAP_TO_WORDS,
    Settings,
)
from workbench.ui import places, titles
from workbench.ui import session as session_dialogs
from workbench.ui.article_view import ArticleView
from workbench.ui.checked_before import CheckedBeforePanel
from workbench.ui.claim_editor import ClaimEditor
from workbench.ui.claims_panel import ClaimsPanel
from workbench.ui.contrast import ContrastFollower
from workbench.ui.copies_controller import CopiesController
from workbench.ui.dialogs.archive_search import ArchiveSearchDialog
from workbench.ui.dialogs.errors import show_error
from workbench.ui.dialogs.locked import LockChoice, LockedDialog
from workbench.ui.dialogs.preferences import PreferencesDialog
from workbench.ui.dialogs.project_settings import ProjectSettingsDialog, settings_changed
from workbench.ui.dialogs.verify import verify_project
from workbench.ui.document_list import DocumentList
from workbench.ui.export_notice import ExportNotice
from workbench.ui.language import isolate
from workbench.ui.layout_memory import restore_layout, save_layout
from workbench.ui.message_banner import MessageBanner
from workbench.ui.ports import ArchiveLike, FileInUse, ProjectFiles, ProjectLike
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
from workbench.ui.workers import Job, stop_jobs


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
        self.archive_dialog: ArchiveSearchDialog | None = None
        self.setWindowTitle(APP_NAME)
        if icon is not None:
            self.setWindowIcon(icon)
        self.settings = settings
        self.contrast = ContrastFollower(lambda: settings.get(HIGH_CONTRAST), self)
        self.sample = sample
        self.session = Session(files, settings)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self._update_title)  # settings, documents
        self.transfers = Transfers(self, settings, self._add_document, files)
        self.sharing = Sharing(self, files, self._after_merge, self.status_message)
        #: The running or last File > Verify project job (tests wait for it).
        self.last_verify: Job[Verification] | None = None
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
        self.team_menu = TeamMenu(self, self._after_merge)
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
        self._show_project()

    # -- layout -----------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.welcome = WelcomePage(self)
        self.welcome.new_requested.connect(self.new_project)
        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.recent_chosen.connect(self.open_path)
        self.empty = EmptyProjectPage(self)
        for start in (self.welcome.start, self.empty.start):
            start.import_requested.connect(self.import_dialog)
            start.paste_requested.connect(self.paste_as_document)
            start.sample_requested.connect(self.open_sample)
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

    def _show_project(self) -> None:
        project = self.session.project
        self._show_page()
        self.welcome.set_recent(
            [*session_dialogs.leftover_untitled(), *self.settings.recent_projects()]
        )
        self.review.set_project(project)
        self.checked_before.set_read_only(bool(project and project.read_only))
        self._archive_project(project)
        self.documents.set_documents(project.documents() if project else [], self._document_id())
        self._update_title()
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

    def _show_page(self) -> None:
        """The welcome page without a project, what to do first without articles."""
        project = self.session.project
        if project is None:
            self.pages.setCurrentWidget(self.welcome)
        elif project.documents() or project.read_only:
            self.pages.setCurrentIndex(1)
        else:
            self.pages.setCurrentWidget(self.empty)

    def _update_title(self) -> None:
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

    def _document_id(self) -> str | None:
        return self.review.document.id if self.review.document else None

    # -- opening and leaving projects -------------------------------------------------------

    def open_path(self, path: Path) -> None:
        """Open a project file, or import any other file into a new untitled project."""
        try:
            is_project = self.session.files.is_project_file(path)
        except OSError as err:
            show_error(
                self,
                self.tr("'{name}' cannot be opened: {strerror}.").format(
                    name=path.name, strerror=err.strerror
                ),
            )
            return
        if not is_project:
            self.import_articles([path])
            return
        if not self.leave_project():
            return
        try:
            self._open_locked_or_not(path)
        except UserError as err:
            show_error(self, str(err))
        self._show_project()

    def show_open_project(self, project: ProjectLike) -> None:
        """Show a project opened elsewhere (a team project, opened by its address)."""
        if not self.leave_project():
            project.close()
            return
        self.session.project, self.session.untitled = project, False
        self._show_project()

    def _open_locked_or_not(self, path: Path) -> None:
        """Open ``path``; if a colleague is editing it, offer read-only (or taking over)."""
        try:
            self.session.open(path)
        except FileInUse as err:
            choice = LockedDialog.ask(self, str(err), stale=err.stale)
            if choice is not None:
                self.session.open(
                    path,
                    read_only=choice is LockChoice.READ_ONLY,
                    take_over=choice is LockChoice.TAKE_OVER,
                )

    def open_sample(self) -> None:
        """Open the sample article in a new untitled project."""
        if self.sample is not None:
            self.import_articles([self.sample])

    def new_project(self) -> None:
        """Start an empty untitled project."""
        if self.leave_project():
            self._create_untitled()
            self._show_project()

    def open_dialog(self) -> None:
        """File > Open project..."""
        for path in session_dialogs.ask_open_path(self)[:1]:
            self.open_path(path)

    def save_as(self) -> bool:
        """File > Save As...: write a consistent copy and continue in it."""
        project = self.session.project
        if project is None:
            return False
        untitled = self.session.untitled
        name = titles.file_name(titles.project_title(project, untitled=untitled))
        folder = places.visible_folder(project.path, untitled=untitled)
        destination = session_dialogs.ask_save_path(self, str(folder / f"{name}.factcheck"))
        if destination is None:
            return False
        document_id, claim_id = self._document_id(), self.review.current_id
        temporary_name = project.path.stem if untitled else None
        try:
            saved = self.session.save_as(destination)
            if saved.settings().title == temporary_name:  # named after the file, as new ones
                saved.update_settings(replace(saved.settings(), title=saved.path.stem))
        except UserError as err:
            show_error(self, str(err))
            return False
        self._show_project()  # the undo history ends here: its commands held the old file
        if document_id:
            self.review.show_document(document_id)
            self.documents.select_document(document_id)
            self.review.set_current(claim_id)
        return True

    def leave_project(self) -> bool:
        """Close the open project; an untitled one with work in it is kept or discarded first."""
        project = self.session.project
        if project is None:
            return True
        if self.session.untitled and project.documents():
            choice = session_dialogs.ask_keep_untitled(self)
            if choice == "cancel" or (choice == "save" and not self.save_as()):
                return False
        self._archive_project(self.session.project)  # today's verdicts, for the next article
        self.session.close(discard=True)
        self._show_project()
        return True

    def close_project(self) -> None:
        """File > Close project: back to the welcome screen."""
        self.leave_project()

    def _create_untitled(self) -> bool:
        try:
            self.session.new_untitled()
        except UserError as err:
            show_error(self, str(err))
            return False
        return True

    # -- documents in ---------------------------------------------------------------------

    def import_articles(self, paths: list[Path]) -> None:
        """Import articles (menu, drop, command line) into the open or a new project."""
        if self.session.project is None and not self._create_untitled():
            return
        for path in paths:
            self.transfers.import_article(path)

    def import_dialog(self) -> None:
        """File > Import article..."""
        from workbench.importers import file_dialog_filter  # noqa: PLC0415 - heavy: on first use

        self.import_articles(session_dialogs.ask_open_path(self, file_dialog_filter()))

    def paste_as_document(self) -> None:
        """Edit > Paste as new document."""
        from workbench.importers import import_pasted  # noqa: PLC0415 - heavy: on first use

        text = QGuiApplication.clipboard().text()
        try:
            imported = import_pasted(text)
        except UserError as err:
            show_error(self, str(err))
            return
        if self.session.project is None and not self._create_untitled():
            return
        self._add_document(imported)

    def _add_document(self, imported: ImportedDocument) -> None:
        project = self.session.project
        if project is None:
            return
        try:
            document = project.add_document(imported)
        except UserError as err:
            show_error(self, str(err))
            return
        if self.review.project is not project:
            self._show_project()
        self.review.show_document(document.id)
        self.documents.set_documents(project.documents(), document.id)
        self._show_page()
        self._update_title()
        self.show_message(" ".join(imported.warnings))
        self.article.text.setFocus()

    def remove_document(self) -> None:
        """Edit > Remove document...: the current article, its claims and evidence (undoable)."""
        document = self.review.document
        if self.session.project is None or document is None:
            return
        claims = len(self.panel.model.claims())
        if session_dialogs.ask_remove_document(self, document.title, claims):
            self.review.remove_document(document.id, self._documents_changed)

    def _documents_changed(self, show_id: str | None) -> None:
        """After a document was removed or put back: list them and show one."""
        project = self.session.project
        if project is None:
            return
        documents = project.documents()
        shown = show_id or (documents[0].id if documents else None)
        self.review.show_document(shown)
        self.documents.set_documents(documents, shown)
        self._show_page()
        self._update_title()

    def export(self) -> None:
        """File > Export...: proposed in this project's last export folder (see places)."""
        project = self.session.project
        if project is not None:
            folder = places.export_folder(
                self.settings, project.path, untitled=self.session.untitled
            )
            self.transfers.export(project, self._document_id(), folder, self._exported)

    def _exported(self, path: Path) -> None:
        """Remember where the report went, and offer to open it."""
        project = self.session.project
        if project is not None:
            places.remember_export(self.settings, project.path, path)
        self.export_notice.show_file(path)

    def merge(self) -> None:
        """File > Merge a colleague's copy..."""
        if self.session.project is not None:
            self.sharing.merge(self.session.project)

    def verify_project(self) -> None:
        """File > Verify project...: recompute every stored hash, in a worker."""
        if self.session.project is not None:
            self.last_verify = verify_project(self, self.session.files, self.session.project)

    def share_copy(self) -> None:
        """File > Share a copy...: proposed in a folder the reviewer can see."""
        project = self.session.project
        if project is not None:
            untitled = self.session.untitled
            name = titles.file_name(titles.project_title(project, untitled=untitled))
            folder = places.visible_folder(project.path, untitled=untitled)
            self.sharing.share(project, folder / f"{name} (copy).factcheck")

    def _after_merge(self, summary: str) -> None:
        """Show the merged project; undo stops here (its commands predate the merge)."""
        document_id = self._document_id()
        self.undo_stack.clear()
        self._show_project()
        if document_id:
            self.review.show_document(document_id)
            self.documents.select_document(document_id)
        self.status_message(summary)

    # -- the archive of past fact-checks ---------------------------------------------------

    def _archive_project(self, project: ProjectLike | None) -> None:
        """Add the project's reviewed claims to the archive, in the background (idempotent)."""
        if project is None or self.archive is None:
            return
        reviewed = [s for s in Status if s is not Status.UNREVIEWED]
        try:
            snapshot = project.snapshot(statuses=reviewed)
        except UserError as err:
            self.status_message(self.tr("The archive was not updated: {err}").format(err=err))
            return
        if snapshot.claims:
            self.checked_before.add_project(snapshot)

    def search_archive(self) -> None:
        """Claim > Search the archive…: earlier fact-checks, by any wording."""
        if self.archive is None:
            self.status_message(self.tr("The archive of past fact-checks is not available."))
            return
        project = self.session.project
        dialog = ArchiveSearchDialog(
            self.archive,
            self.checked_before.claim,
            can_attach=bool(project and not project.read_only),
            parent=self,
        )
        dialog.evidence_requested.connect(self.editor.evidence_add_requested)
        dialog.message.connect(self.status_message)
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        self.archive_dialog = dialog

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
        if not self.leave_project():
            event.ignore()
            return
        save_layout(self, self._splitters(), self.settings)
        event.accept()

    def stop_background_work(self) -> None:
        """At the program's end: stop running jobs and let started archive calls finish
        (closing hands the project to the archive) while the objects they answer exist."""
        stop_jobs()
        if self.checked_before.query is not None:
            self.checked_before.query.wait()

    def _splitters(self) -> dict[str, QSplitter]:
        return {"main": self.main, "right": self.right}
