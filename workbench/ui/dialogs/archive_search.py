"""Search the archive of past fact-checks by any wording (``Ctrl+Shift+M``).

A search box over the same list as the "Checked before" panel: results follow the
typing, a moment after it pauses, from a background query. It is not modal, so the
reviewer can keep it beside the article; a match can be attached to the claim that is
current when the dialog opened.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from workbench.core.archive_items import ArchiveMatch
from workbench.core.model import Claim
from workbench.ui.archive_query import ArchiveQuery
from workbench.ui.checked_before import SHOWN, MatchesView, evidence_from_match
from workbench.ui.dialogs import plain_label
from workbench.ui.dialogs.evidence import EvidenceEntry
from workbench.ui.ports import ArchiveLike

#: The dialog lists more than the panel: the reviewer is looking on purpose.
LISTED = SHOWN * 3


class ArchiveSearchDialog(QDialog):
    """Type a claim, see earlier fact-checks of it.

    Signals:
        evidence_requested(object): an EvidenceEntry for ``claim`` (when one was given).
        message(str): a short confirmation for the status bar.
    """

    evidence_requested = Signal(object)
    message = Signal(str)

    def __init__(
        self,
        archive: ArchiveLike,
        claim: Claim | None,
        *,
        can_attach: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search the archive of fact-checks"))
        self.claim = claim
        self.box = QLineEdit(self)
        self.box.setPlaceholderText(self.tr("A claim, in any wording"))
        self.box.setClearButtonEnabled(True)
        self.box.setAccessibleName(self.tr("Search the archive"))
        self.status = plain_label()
        self.view = MatchesView(self)
        self.view.set_can_attach(claim is not None and can_attach)
        self.view.attach_requested.connect(self._attach)
        self.view.message.connect(self.message)
        self.query = ArchiveQuery(archive, LISTED, self)
        self.query.found.connect(self._found)
        self.query.failed.connect(
            lambda reason: self.status.setText(
                self.tr("Not searched: {reason}").format(reason=reason)
            )
        )
        self.box.textChanged.connect(self._typed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.box.setText(claim.display_summary if claim else "")
        self._typed(self.box.text())

    def _typed(self, text: str) -> None:
        self.status.setText(
            self.tr("Searching…") if text.strip() else self.tr("Type a claim to search for.")
        )
        self.query.ask(text)

    def _found(self, matches: list[ArchiveMatch]) -> None:
        self.view.set_matches(matches)
        found = len(matches)
        if self.box.text().strip():
            self.status.setText(
                self.tr("%n fact-check(s) found.", "", found) if matches else self.tr("None.")
            )

    def _attach(self, match: ArchiveMatch) -> None:
        if self.claim is not None:
            self.evidence_requested.emit(EvidenceEntry(evidence_from_match(match, self.claim.id)))
            self.message.emit(self.tr("The earlier fact-check was attached as evidence."))

    def done(self, result: int) -> None:
        """Close, after any archive call still running has returned."""
        self.query.wait()
        super().done(result)
