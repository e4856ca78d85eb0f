"""Hearing about colleagues' changes: LISTEN on the project's channel.

Every committed change NOTIFYs the channel from inside its transaction (see
:mod:`workbench.store.team.project`), so a listener hears of it only once it is visible.
The listener has its own connection, meant for a background thread: it blocks in
:meth:`ChangeFeed.wait` and never touches the window's connection.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

import psycopg

from workbench.store.team.address import TeamAddress
from workbench.store.team.connection import connect, server_errors


@dataclass(frozen=True, slots=True)
class Change:
    """One committed change: what kind of thing, its id, who made it, from which session."""

    entity: str
    entity_id: str
    by: str
    pid: int


class ChangeFeed:
    """A LISTENing connection; ``skip_pid`` hides the window's own changes."""

    def __init__(self, address: TeamAddress, *, skip_pid: int = 0) -> None:
        self.address = address
        self.skip_pid = skip_pid
        self.conn: psycopg.Connection = connect(address, autocommit=True)
        with server_errors(address):
            self.conn.execute(f"listen {address.channel}")

    def wait(self, timeout: float) -> list[Change]:
        """Colleagues' changes announced within ``timeout`` seconds (returns at the first).

        The window's own changes are skipped without ending the wait. Raises
        ServerUnavailable when the connection is lost.
        """
        deadline = time.monotonic() + timeout
        found: list[Change] = []
        with server_errors(self.address):
            while not found:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                for note in self.conn.notifies(timeout=left, stop_after=1):
                    found.append(_change(note))
                # whatever else arrived with it, without waiting again
                for note in self.conn.notifies(timeout=0):
                    found.append(_change(note))
                found = [change for change in found if change.pid != self.skip_pid]
        return found

    def close(self) -> None:
        """Stop listening (safe from any thread once :meth:`wait` has returned)."""
        self.conn.close()


def _change(note: psycopg.Notify) -> Change:
    try:
        payload = json.loads(note.payload)
    except ValueError:
        payload = {}
    return Change(
        str(payload.get("entity", "")), str(payload.get("id", "")),
        str(payload.get("by", "")), int(note.pid),
    )  # fmt: skip
