"""The "Checked before" panel: earlier fact-checks of the claim being reviewed.

When a claim is created or selected the panel searches the user's archive
(:class:`~workbench.ui.ports.ArchiveLike`) and lists the best matches with their verdict,
publisher, date and score. Searches run in the background, a moment after the last change
(:class:`~workbench.ui.archive_query.ArchiveQuery`), so typing and clicking never wait for
them; only the newest query's answer is shown. A match can be attached to the claim as
evidence (its URL, with the rating in the note) or its verdict copied. The same list
serves the archive search dialog (``Ctrl+Shift+M``).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.archive_items import ArchiveMatch
from workbench.core.model import Claim, Evidence, ProjectSnapshot, Stance, new_id, now_iso
from workbench.core.translatable import QT_TRANSLATE_NOOP
from workbench.ui.archive_query import ArchiveQuery
from workbench.ui.dialogs import plain_label
from workbench.ui.dialogs.evidence import EvidenceEntry
from workbench.ui.language import decimal, moment
from workbench.ui.list_table_model import ListTableModel
from workbench.ui.ports import ArchiveLike

#: How many matches the panel lists.
SHOWN = 8


def evidence_from_match(match: ArchiveMatch, claim_id: str) -> Evidence:
    """An earlier fact-check as evidence for ``claim_id``: its link, headline and verdict.

    The stance is "context": the archive says what was rated, not whether this claim is
    the same one; the reviewer decides.
    """
    item = match.item
    by = " ".join(x for x in (f"by {item.publisher}" if item.publisher else "", item.date) if x)
    return Evidence(
        id=new_id(),
        claim_id=claim_id,
        title=item.title or item.claim,
        url=item.url,
        publisher=item.publisher,
        accessed_at=now_iso()[:10],
        excerpt=item.claim,
        stance=Stance.CONTEXT,
        note=QCoreApplication.translate("CheckedBefore", "Checked before: rated '{rating}' {by}")
        .format(
            rating=item.rating or QCoreApplication.translate("CheckedBefore", "no rating"), by=by
        )
        .strip()
        + ".",
    )


class MatchesModel(ListTableModel[ArchiveMatch]):
    """An adapter between a list of ArchiveMatch and Qt's table-model interface."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ListTableModel", "Score"),
        QT_TRANSLATE_NOOP("ListTableModel", "Verdict"),
        QT_TRANSLATE_NOOP("ListTableModel", "Publisher"),
        QT_TRANSLATE_NOOP("ListTableModel", "Date"),
        QT_TRANSLATE_NOOP("ListTableModel", "Claim"),
    )

    def cells(self, match: ArchiveMatch) -> tuple[str, ...]:
        """Each match's score, verdict, publisher, date and claim."""
        item = match.item
        return (decimal(match.score, 2), item.rating, item.publisher, moment(item.date), item.claim)

    def tooltip(self, match: ArchiveMatch) -> str:
        """The whole claim, its headline and its link."""
        item = match.item
        return "\n".join(x for x in (item.claim, item.title, item.url, item.origin) if x)


class MatchesView(QWidget):
    """The list of matches with its two actions: attach as evidence, copy the verdict.

    Signals:
        attach_requested(object): the ArchiveMatch to attach to the current claim.
        message(str): a short confirmation for the status bar.
    """

    attach_requested = Signal(object)
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MatchesModel(self)
        self.table = QTreeView(self)
        self.table.setRootIsDecorated(False)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Earlier fact-checks"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self._attach())
        self.attach = QPushButton(self.tr("&Attach as evidence"), self)
        self.attach.clicked.connect(self._attach)
        self.copy = QPushButton(self.tr("Cop&y verdict"), self)
        self.copy.clicked.connect(self._copy)
        self._can_attach = True
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach)
        buttons.addWidget(self.copy)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_matches(self, matches: list[ArchiveMatch]) -> None:
        """Show ``matches``, the best one selected."""
        self.model.set_items(matches)
        if matches:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def set_can_attach(self, can: bool) -> None:
        """Attaching needs a writable project with a current claim."""
        self._can_attach = can
        self._update_buttons()

    def current(self) -> ArchiveMatch | None:
        """The selected match, if any."""
        index = self.table.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        self.attach.setEnabled(chosen and self._can_attach)
        self.copy.setEnabled(chosen)

    def _attach(self) -> None:
        match = self.current()
        if match is not None and self._can_attach:
            self.attach_requested.emit(match)

    def _copy(self) -> None:
        match = self.current()
        if match is None:
            return
        item = match.item
        QGuiApplication.clipboard().setText(item.rating)
        self.message.emit(
            self.tr("Copied the verdict '{rating}' ({publisher}).").format(
                rating=item.rating, publisher=item.publisher or self.tr("archive")
            )
        )


class CheckedBeforePanel(QWidget):
    """Earlier fact-checks of the current claim, found in the archive as it is shown.

    Signals:
        evidence_requested(object): an EvidenceEntry to add to the current claim (undoable).
        message(str): a short confirmation for the status bar.
        note(str): news from the background (the archive grew), for a status bar that is
            not saying something else.
    """

    evidence_requested = Signal(object)
    message = Signal(str)
    note = Signal(str)

    def __init__(self, archive: ArchiveLike | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.claim: Claim | None = None
        self._read_only = False
        title = QLabel(self.tr("<b>Checked before</b>"), self)
        self.status = plain_label()
        self.status.setAccessibleName(self.tr("Checked before status"))
        self.view = MatchesView(self)
        self.view.attach_requested.connect(self._attach)
        self.view.message.connect(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(title)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self.query: ArchiveQuery | None = None
        if archive is not None:
            self.query = ArchiveQuery(archive, SHOWN, self)
            self.query.found.connect(self._found)
            self.query.failed.connect(self._failed)
            self.query.added.connect(self._added)
        self.show_claim(None)

    def show_claim(self, claim: Claim | None) -> None:
        """Look up ``claim`` (None: nothing to look up) without waiting for the answer."""
        previous, self.claim = self.claim, claim
        self.view.set_can_attach(claim is not None and not self._read_only)
        if self.query is None:
            self.status.setText(self.tr("The archive of past fact-checks is not available."))
            return
        if claim is None:
            self.status.setText(self.tr("Select a claim to see earlier fact-checks of it."))
            self.view.set_matches([])
            self.query.ask("")
            return
        if previous is not None and previous.display_summary == claim.display_summary:
            return  # the same words: the answer shown still holds
        self.status.setText(self.tr("Searching the archive…"))
        self.query.ask(claim.display_summary)

    def set_read_only(self, read_only: bool) -> None:
        """A read-only project takes no evidence."""
        self._read_only = read_only
        self.view.set_can_attach(self.claim is not None and not read_only)

    def add_project(self, snapshot: ProjectSnapshot) -> None:
        """Add a project's reviewed claims to the archive in the background."""
        if self.query is not None:
            self.query.add_project(snapshot)

    def _found(self, matches: list[ArchiveMatch]) -> None:
        own = self.claim.id if self.claim else None
        matches = [m for m in matches if m.item.key != f"claim:{own}"]  # not the claim itself
        self.view.set_matches(matches)
        found = len(matches)
        if self.claim is not None:
            self.status.setText(
                self.tr("%n earlier fact-check(s) found.", "", found)
                if matches
                else self.tr("No earlier fact-check matches this claim.")
            )

    def _failed(self, reason: str) -> None:
        self.status.setText(
            self.tr("The archive could not be searched: {reason}").format(reason=reason)
        )

    def _added(self, count: int) -> None:
        if count:
            self.note.emit(self.tr("%n reviewed claim(s) added to your archive.", "", count))

    def _attach(self, match: ArchiveMatch) -> None:
        if self.claim is not None and not self._read_only:
            self.evidence_requested.emit(EvidenceEntry(evidence_from_match(match, self.claim.id)))
