"""Who has which document of a team project open: leases, and the feed of changes."""

from __future__ import annotations

import json
from dataclasses import dataclass

from workbench.store.team.connection import server_errors
from workbench.store.team.live import ChangeFeed
from workbench.store.team.session import TeamSession


@dataclass(frozen=True, slots=True)
class Lease:
    """Who has which document open on the server, until when (UTC, ISO 8601)."""

    document_id: str
    reviewer: str
    login: str
    expires_at: str


#: How long a lease lasts without being renewed (the window renews it well before).
LEASE_SECONDS = 90


class TeamLeases(TeamSession):
    """A window's lease on the document it shows, and the change feed it listens to."""

    # -- leases --------------------------------------------------------------------------------

    def take_lease(self, document_id: str) -> None:
        """Say (for :data:`LEASE_SECONDS`) that this reviewer is on ``document_id``.

        A window holds one lease at a time; taking another drops the previous one.
        """
        if self.read_only:
            return
        with server_errors(self.address), self.conn.transaction():
            self.conn.execute("delete from leases where session = %s", [self.session])
            self.conn.execute(
                "insert into leases (session, document_id, reviewer, expires_at) values"
                " (%s, %s, %s, now() + make_interval(secs => %s))",
                [self.session, document_id, self.reviewer, LEASE_SECONDS],
            )
            payload = json.dumps({"entity": "lease", "id": document_id, "by": self.reviewer})
            self.conn.execute("select pg_notify(%s, %s)", [self.address.channel, payload])

    def drop_leases(self) -> None:
        """Leave every document (on close)."""
        if not self.read_only:
            self._query("delete from leases where session = %s returning 1", [self.session])

    def who_is_on(self, document_id: str) -> list[str]:
        """The reviewers with an unexpired lease on ``document_id`` (this window included)."""
        leases = self.leases()
        return sorted({lease.reviewer for lease in leases if lease.document_id == document_id})

    def change_feed(self) -> ChangeFeed:
        """A listening connection for a background thread; skips this window's own changes."""
        return ChangeFeed(self.address, skip_pid=self.backend_pid)

    def leases(self) -> list[Lease]:
        """Everyone's unexpired leases, oldest first."""
        rows = self._query(
            "select document_id, reviewer, holder, expires_at from leases"
            " where expires_at > now() order by expires_at"
        )
        return [Lease(r[0], r[1], r[2], r[3].isoformat()) for r in rows]
