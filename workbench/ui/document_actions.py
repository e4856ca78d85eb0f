"""Articles into and out of the open project: import (menu, drop, sample), paste, remove.

An import runs in a worker (:class:`~workbench.ui.transfers.Transfers`) and comes back
through :meth:`DocumentActions.add_document`; without an open project an untitled one is
made first. Removing a document is undoable, like every edit.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

from workbench.core.errors import UserError
from workbench.core.model import ImportedDocument
from workbench.ui import session as session_dialogs

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow


class DocumentActions:
    """File > Import article, Edit > Paste as new document and Remove document of ``window``."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.session = window.session

    def import_articles(self, paths: list[Path]) -> None:
        """Import articles (menu, drop, command line) into the open or a new project."""
        if self.session.project is None and not self.window.opening.create_untitled():
            return
        for path in paths:
            self.window.transfers.import_article(path)

    def import_dialog(self) -> None:
        """File > Import article..."""
        from workbench.importers import file_dialog_filter  # noqa: PLC0415 - heavy: on first use

        self.import_articles(session_dialogs.ask_open_path(self.window, file_dialog_filter()))

    def open_sample(self) -> None:
        """Open the sample article in a new untitled project."""
        if self.window.sample is not None:
            self.import_articles([self.window.sample])

    def paste_as_document(self) -> None:
        """Edit > Paste as new document."""
        from workbench.importers import import_pasted  # noqa: PLC0415 - heavy: on first use

        text = QGuiApplication.clipboard().text()
        try:
            imported = import_pasted(text)
        except UserError as err:
            self.window.error_dialog(str(err))
            return
        if self.session.project is None and not self.window.opening.create_untitled():
            return
        self.add_document(imported)

    def add_document(self, imported: ImportedDocument) -> None:
        """Store an imported article in the open project and show it."""
        window, project = self.window, self.session.project
        if project is None:
            return
        try:
            document = project.add_document(imported)
        except UserError as err:
            window.error_dialog(str(err))
            return
        if window.review.project is not project:
            window.show_project()
        window.review.show_document(document.id)
        window.documents.set_documents(project.documents(), document.id)
        window.show_page()
        window.update_title()
        window.show_message(" ".join(imported.warnings))
        window.article.text.setFocus()

    def remove_document(self) -> None:
        """Edit > Remove document...: the current article, its claims and evidence (undoable)."""
        window = self.window
        document = window.review.document
        if self.session.project is None or document is None:
            return
        claims = len(window.panel.model.claims())
        if session_dialogs.ask_remove_document(window, document.title, claims):
            window.review.remove_document(document.id, self._documents_changed)

    def _documents_changed(self, show_id: str | None) -> None:
        """After a document was removed or put back: list them and show one."""
        window, project = self.window, self.session.project
        if project is None:
            return
        documents = project.documents()
        shown = show_id or (documents[0].id if documents else None)
        window.review.show_document(shown)
        window.documents.set_documents(documents, shown)
        window.show_page()
        window.update_title()
