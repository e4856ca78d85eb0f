"""Bringing articles in and reports out, off the GUI thread.

Parsing and rendering run in workers (:func:`workbench.ui.workers.run_job`) on plain data;
the project file is touched only here on the GUI thread, before (a snapshot) or after
(adding the imported document), because one thread owns the connection.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from workbench.core.errors import UserError
from workbench.core.model import ImportedDocument
from workbench.settings import Settings
from workbench.ui.dialogs.errors import show_error
from workbench.ui.dialogs.password import PasswordDialog
from workbench.ui.language import isolate
from workbench.ui.ports import ProjectFiles, ProjectLike
from workbench.ui.workers import Job, JobControl, run_job

if TYPE_CHECKING:  # the reports load on demand
    from workbench.core.model import ProjectSnapshot
    from workbench.reports.content import ReportOptions
    from workbench.ui.dialogs.export import ExportRequest


def report_failure(parent: QWidget, what: str, error: BaseException) -> None:
    """A UserError's own message, or a short line with the details behind a button."""
    if isinstance(error, UserError):
        show_error(parent, str(error))
        return
    details = "".join(traceback.format_exception(error))
    show_error(
        parent,
        QCoreApplication.translate("Transfers", "Something went wrong while {what}.").format(
            what=what
        ),
        details=details,
    )


class Transfers:
    """Imports and exports for one window; ``last_job`` lets tests wait for the result."""

    def __init__(
        self,
        parent: QWidget,
        settings: Settings,
        add_document: Callable[[ImportedDocument], None],
        files: ProjectFiles,
    ) -> None:
        self.parent = parent
        self.settings = settings
        self.add_document = add_document
        self.files = files  # to refuse a report that would overwrite a project
        self.last_job: Job | None = None

    def import_article(
        self,
        path: Path,
        password: str | None = None,
        done: Callable[[ImportedDocument], None] | None = None,
    ) -> None:
        """Import ``path`` in a worker; ask for a password when the file needs one.

        The result goes to ``done`` (a new version of a document, say) instead of becoming
        a new document.
        """

        def work(control: JobControl) -> ImportedDocument:
            # The importers pull in pdfplumber, trafilatura and friends (a quarter of a
            # second): the worker loads them on first use, so the window never waits.
            from workbench.importers import import_file  # noqa: PLC0415
            from workbench.importers.base import ImportOptions  # noqa: PLC0415

            options = ImportOptions.from_settings(
                self.settings,
                password=password,
                progress=control.progress,
                cancelled=control.cancelled,
            )
            return import_file(path, options)

        def failed(error: BaseException) -> None:
            # Loaded by the worker by now, so this import costs nothing.
            from workbench.importers.base import ImportCancelled, PasswordRequired  # noqa: PLC0415

            if isinstance(error, PasswordRequired):
                typed = PasswordDialog.ask(self.parent, path.name, wrong=error.wrong)
                if typed is not None:
                    self.import_article(path, typed, done)
            elif not isinstance(error, ImportCancelled):
                report_failure(
                    self.parent,
                    QCoreApplication.translate("Transfers", "importing '{name}'").format(
                        name=path.name
                    ),
                    error,
                )

        self.last_job = run_job(
            self.parent,
            QCoreApplication.translate("Transfers", "Importing {name}").format(
                name=isolate(path.name)
            ),
            work,
            done or self.add_document,
            failed,
        )

    def export(
        self,
        project: ProjectLike,
        current_document_id: str | None,
        folder: Path,
        exported: Callable[[Path], None],
    ) -> None:
        """Ask what to export (File > Export...), proposing ``folder``, and write it in a worker.

        ``exported`` is called with the written file.
        """
        from workbench import reports  # noqa: PLC0415 - loads every renderer: only on demand
        from workbench.reports.html_report import render_html  # noqa: PLC0415
        from workbench.ui.dialogs.export import ExportDialog  # noqa: PLC0415

        formats = {
            name: (QCoreApplication.translate("ExportFormats", f.label), f.extension)
            for name, f in reports.FORMATS.items()
        }

        def _options(request: ExportRequest) -> reports.ReportOptions:
            return reports.ReportOptions(
                full_article=request.full_article, include_unclaimed=request.include_unclaimed
            )

        def preview(request: ExportRequest) -> str:
            scope = project.snapshot(
                document_id=request.document_id, statuses=request.statuses or None
            )
            return render_html(scope, _options(request), qt=True)

        request = ExportDialog.ask(
            self.parent, project.documents(), current_document_id, formats, preview, folder=folder
        )
        if request is None:
            return
        try:
            self.files.refuse_target(request.out, project.path)
        except UserError as err:
            show_error(self.parent, str(err))
            return
        snapshot = project.snapshot(
            document_id=request.document_id, statuses=request.statuses or None
        )
        if request.with_copies:
            self._export_with_copies(project, snapshot, request, _options(request), exported)
            return

        def work(control: JobControl) -> Path:
            return reports.write_report(
                snapshot,
                request.fmt,
                request.out,
                options=_options(request),
                progress=control.progress,
                cancelled=control.cancelled,
            )

        def failed(error: BaseException) -> None:
            if not isinstance(error, reports.ExportCancelled):
                report_failure(
                    self.parent, QCoreApplication.translate("Transfers", "exporting"), error
                )

        self.last_job = run_job(
            self.parent,
            QCoreApplication.translate("Transfers", "Exporting {name}").format(
                name=request.out.name
            ),
            work,
            exported,
            failed,
        )

    def _export_with_copies(
        self,
        project: ProjectLike,
        snapshot: ProjectSnapshot,
        request: ExportRequest,
        options: ReportOptions,
        exported: Callable[[Path], None],
    ) -> None:
        """The HTML report and its archived copies, as a zip beside the chosen name.

        The copies' bytes are read here, on the thread that owns the project; the worker
        only writes.
        """
        from workbench.reports.with_copies import cited_copies, write_with_copies  # noqa: PLC0415
        from workbench.reports.writing import ExportCancelled  # noqa: PLC0415

        out = request.out.with_suffix(".zip")
        kept: dict[str, bytes] = {}
        try:
            self.files.refuse_target(out, project.path)
            for copy in cited_copies(snapshot):
                kept[copy.sha256] = project.archived_copy_data(copy.sha256)
        except UserError as err:
            show_error(self.parent, str(err))
            return

        def work(control: JobControl) -> Path:
            return write_with_copies(
                snapshot,
                out,
                kept.__getitem__,
                options=options,
                progress=control.progress,
                cancelled=control.cancelled,
            )

        def failed(error: BaseException) -> None:
            if not isinstance(error, ExportCancelled):
                report_failure(
                    self.parent, QCoreApplication.translate("Transfers", "exporting"), error
                )

        title = QCoreApplication.translate("Transfers", "Exporting {0}").format(out.name)
        self.last_job = run_job(self.parent, title, work, exported, failed)
