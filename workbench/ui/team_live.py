"""A team project in the window: colleagues' changes appear live, leases in the status bar.

A listener thread blocks on the project's change feed (its own connection) and hands each
batch to the GUI thread through a queued signal. There, only what changed is re-read: a
claim is updated in place in the article and the table, and the current claim, the open
article and the scroll position stay as they were, so a reader is never moved. If the
server goes away, the window says so; an edit made meanwhile is kept by the project and
resent, in order, as soon as the server answers again (the listener reconnects by itself).
A save that meets a colleague's change to the same field gets the merge dialog's
side-by-side choice; nothing is overwritten silently.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from workbench.core.edit_conflict import EditConflict
from workbench.core.errors import UserError
from workbench.core.merge import MergePlan, Side
from workbench.core.model import Entity
from workbench.ui.dialogs.conflicts import ConflictDialog
from workbench.ui.main_window import MainWindow
from workbench.ui.ports import ChangeFeedLike, TeamProjectLike

#: How often the window renews its lease and re-reads who else is on the article.
LEASE_TICK_MS = 5_000


class TeamLive(QObject):
    """Keeps one window in step with one team project until the project is closed."""

    arrived = Signal(list)
    lost = Signal(str)
    back = Signal()

    def __init__(self, window: MainWindow, project: TeamProjectLike) -> None:
        super().__init__(window)
        self.window = window
        self.project = project
        self.leases = QLabel(window)
        self.leases.setAccessibleName(self.tr("Who is on this article"))
        window.statusBar().addPermanentWidget(self.leases)
        self.arrived.connect(self._apply)
        self.lost.connect(self._lost)
        self.back.connect(self._tick)
        window.user_error_hook = self.handle_error
        self._stop = threading.Event()
        self._feed: ChangeFeedLike = project.change_feed()
        self._thread = threading.Thread(target=self._listen, name="team-listener", daemon=True)
        self._thread.start()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.timer.start(LEASE_TICK_MS)
        self._tick()

    def _listen(self) -> None:
        """Listener thread: pass changes on; when the server goes, say so and reconnect.

        Ends when asked to, or when the window it reports to is gone.
        """
        feed: ChangeFeedLike | None = self._feed
        try:
            while not self._stop.is_set():
                try:
                    if feed is None:
                        feed = self._feed = self.project.change_feed()
                        self.back.emit()
                    changes = feed.wait(0.5)
                except UserError as err:
                    if feed is not None:
                        feed.close()
                        self.lost.emit(str(err))
                    feed = None
                    self._stop.wait(1.0)
                    continue
                if changes:
                    self.arrived.emit(changes)
        except RuntimeError:  # the window (and this object with it) was deleted
            pass
        finally:
            if feed is not None:
                feed.close()

    def stop(self) -> None:
        """Stop listening and close the feed's connection."""
        self._stop.set()
        self._thread.join(timeout=5)
        self.timer.stop()
        self.leases.deleteLater()
        if self.window.user_error_hook == self.handle_error:
            self.window.user_error_hook = None

    def _still_open(self) -> bool:
        if self.window.session.project is self.project:
            return True
        self.stop()
        return False

    def _apply(self, changes: list[Any]) -> None:
        """GUI thread: show each change without moving the reader."""
        if not self._still_open():
            return
        review = self.window.review
        current = review.current_id
        shown = review.document.id if review.document else None
        whole = False
        for change in changes:
            if change.entity == "lease":
                continue
            if change.entity != "claim":
                whole = True
                continue
            try:
                claim = self.project.claim(change.entity_id)
            except UserError:
                whole = True  # deleted: the article's list is re-read below
                continue
            if claim.document_id == shown:
                review.article.add_or_update_claim(claim)
                review.panel.model.put_claim(claim)
        if whole:
            self._reload()
        review.set_current(current, scroll=False)
        self._tick()

    def _reload(self) -> None:
        """Re-read the document list and the open article (the reader's place is kept)."""
        review = self.window.review
        shown = review.document.id if review.document else None
        self.window.documents.set_documents(self.project.documents(), shown)
        if shown is not None:
            review.show_document(shown)

    def _tick(self) -> None:
        """Send kept edits, renew this window's lease and show who else is on the article."""
        if not self._still_open():
            return
        try:
            if self.project.pending_edits():
                refused = self.project.resend()
                self.window.show_message(" ".join(str(err) for err in refused))
                for err in refused:
                    if isinstance(err, EditConflict):
                        self._settle(err)
                current = self.window.review.current_id
                self._reload()  # kept deletions, and what colleagues did meanwhile
                self.window.review.set_current(current, scroll=False)
                self._refresh_current()
            document = self.window.review.document
            if document is None:
                self.leases.clear()
                return
            self.project.take_lease(document.id)
            others = [n for n in self.project.who_is_on(document.id) if n != self.project.reviewer]
        except UserError as err:
            self._lost(str(err))
            return
        self.leases.setText(
            self.tr("Also on this article: {value}").format(value=", ".join(others))
            if others
            else ""
        )

    def _lost(self, message: str) -> None:
        kept = self.project.pending_edits()
        waiting = (
            " " + self.tr("%n change(s) kept, to be sent when it is back.", "", kept)
            if kept
            else ""
        )
        self.window.show_message(f"{message}{waiting}")

    def handle_error(self, error: UserError) -> bool:
        """A conflict gets the side-by-side choice; a kept edit a note, not a dialog."""
        if isinstance(error, EditConflict):
            self._settle(error)
            return True
        if self.project.pending_edits():
            self._lost(str(error))
            return True
        return False

    def _settle(self, error: EditConflict) -> None:
        """Show both values; keeping mine saves them again (this time on the newer version)."""
        plan = MergePlan(conflicts=list(error.conflicts))
        choices = ConflictDialog.ask(self.window, plan, "a colleague's save")
        for conflict in error.conflicts:
            if choices is None or choices.get(conflict.key) is not Side.MINE:
                continue
            change = {conflict.field: conflict.mine}
            try:
                if conflict.field == "deleted" and conflict.mine == "deleted":
                    self._delete_again(conflict.entity, conflict.entity_id)
                elif conflict.entity is Entity.CLAIM:
                    self.project.update_claim(conflict.entity_id, **change)
                elif conflict.entity is Entity.EVIDENCE:
                    self.project.update_evidence(conflict.entity_id, **change)
                else:
                    self.project.update_document(conflict.entity_id, **change)
            except UserError as err:
                self.window.show_message(str(err))
        self._refresh_current()

    def _delete_again(self, entity: Entity, entity_id: str) -> None:
        """Keep my deletion over a colleague's edit: delete what the server now holds."""
        if entity is Entity.CLAIM:
            self.project.delete_claim(entity_id)
        elif entity is Entity.EVIDENCE:
            self.project.delete_evidence(entity_id)
        else:
            self.project.delete_document(entity_id)
            self.window.documents.set_documents(self.project.documents(), None)

    def _refresh_current(self) -> None:
        """Re-read the current claim and show it, staying where the reader is."""
        review = self.window.review
        if review.current_id is not None:
            review.claim_changed(review.current_id)
