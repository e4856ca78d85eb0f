"""File > Verify project…: recompute every stored hash off the GUI thread, show it.

The check opens the project through a connection of its own in a worker (see
:meth:`~workbench.ui.ports.ProjectFiles.verifier`), so a big project never freezes the
window; the result is what ``workbench verify`` prints, in a dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from workbench.core.inert import inert
from workbench.core.verification import Verification
from workbench.ui.dialogs import plain_label, run_modal
from workbench.ui.language import number
from workbench.ui.ports import ProjectFiles, ProjectLike
from workbench.ui.transfers import report_failure
from workbench.ui.workers import Job, JobControl, run_job


class VerifyDialog(QDialog):
    """Intact or changed, what was checked, the chain's head, and every finding."""

    def __init__(self, parent: QWidget | None, result: Verification) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verify project"))
        self.verification = result
        checked = ", ".join(f"{number(r.checked)} {r.name}" for r in result.results)
        if result.intact:
            verdict = self.tr(
                "Intact: every stored hash and every link of the history chain still holds."
            )
        else:
            verdict = self.tr(
                "Changed: {count} problem(s) found. Something was altered outside the program."
            ).format(count=number(len(result.findings)))
        self.verdict = plain_label(verdict)
        self.verdict.setAccessibleName(self.tr("Verification result"))
        details = plain_label(
            self.tr("Checked: {checked}.\nHistory chain head: {head}").format(
                checked=checked, head=result.head
            )
        )
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.findings = QPlainTextEdit()
        self.findings.setReadOnly(True)
        self.findings.setAccessibleName(self.tr("What changed"))
        self.findings.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.findings.setPlainText("\n".join(inert(f.line()) for f in result.findings))
        self.findings.setVisible(not result.intact)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(details)
        layout.addWidget(self.findings, 1)
        if result.intact:
            layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)


def verify_project(parent: QWidget, files: ProjectFiles, project: ProjectLike) -> Job[Verification]:
    """Run the verification in a worker; show the dialog (or the failure) when it is done."""
    work = files.verifier(project)

    def done(result: Verification) -> None:
        dialog = VerifyDialog(parent, result)
        try:
            run_modal(dialog)
        finally:
            dialog.deleteLater()

    def failed(error: BaseException) -> None:
        what = QCoreApplication.translate("VerifyDialog", "verifying '{name}'")
        report_failure(parent, what.format(name=project.path.name), error)

    def job(_control: JobControl) -> Verification:
        return work()

    title = QCoreApplication.translate("VerifyDialog", "Verifying {name}")
    title = title.format(name=project.path.name)
    return run_job(parent, title, job, done, failed)
