"""A team project in the window: colleagues' changes appear live, leases in the status bar.

A listener thread blocks on the project's change feed (its own connection) and hands each
batch to the GUI thread through a queued signal. There, only what changed is re-read: a
claim is updated in place in the article and the table, and the current claim, the open
article and the scroll position stay as they were, so a reader is never moved. If the
server goes away, the window says so; every edit then fails with the store's one-line
message rather than being dropped silently.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from workbench.core.errors import UserError
from workbench.ui.main_window import MainWindow
from workbench.ui.ports import ChangeFeedLike, TeamProjectLike

#: How often the window renews its lease and re-reads who else is on the article.
LEASE_TICK_MS = 5_000


class TeamLive(QObject):
    """Keeps one window in step with one team project until the project is closed."""

    arrived = Signal(list)
    lost = Signal(str)

    def __init__(self, window: MainWindow, project: TeamProjectLike) -> None:
        super().__init__(window)
        self.window = window
        self.project = project
        self.leases = QLabel(window)
        self.leases.setAccessibleName("Who is on this article")
        window.statusBar().addPermanentWidget(self.leases)
        self.arrived.connect(self._apply)
        self.lost.connect(self._lost)
        self._stop = threading.Event()
        self._feed: ChangeFeedLike = project.change_feed()
        self._thread = threading.Thread(target=self._listen, name="team-listener", daemon=True)
        self._thread.start()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.timer.start(LEASE_TICK_MS)
        self._tick()

    def _listen(self) -> None:
        """Listener thread: wait for changes, pass them on; stop when asked or when gone."""
        while not self._stop.is_set():
            try:
                changes = self._feed.wait(0.5)
            except UserError as err:
                self.lost.emit(str(err))
                return
            if changes:
                self.arrived.emit(changes)

    def stop(self) -> None:
        """Stop listening and close the feed's connection."""
        self._stop.set()
        self._thread.join(timeout=5)
        self._feed.close()
        self.timer.stop()
        self.leases.deleteLater()

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
            self.window.documents.set_documents(self.project.documents(), shown)
            if shown is not None:
                review.show_document(shown)
        review.set_current(current, scroll=False)
        self._tick()

    def _tick(self) -> None:
        """Renew this window's lease on the open article and show who else is on it."""
        if not self._still_open():
            return
        document = self.window.review.document
        if document is None:
            self.leases.clear()
            return
        try:
            self.project.take_lease(document.id)
            others = [n for n in self.project.who_is_on(document.id) if n != self.project.reviewer]
        except UserError as err:
            self._lost(str(err))
            return
        self.leases.setText(f"Also on this article: {', '.join(others)}" if others else "")

    def _lost(self, message: str) -> None:
        self.window.show_message(
            f"{message} Changes cannot be saved until the server is back; reopen the project then."
        )
