"""An open team project's connection and reviewer: the plumbing every read and edit uses.

:class:`TeamSession` holds the connection, the reviewer and what was last shown of every
row (what a save is based on); every edit runs in :meth:`~TeamSession._change`, one
transaction holding the change, its history row and a NOTIFY on the project's channel,
so other windows hear of it when (and only when) it is committed.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Collection, Iterator
from pathlib import Path
from typing import Any

import psycopg

from workbench.core.errors import ReadOnlyProjectError
from workbench.core.history_chain import GENESIS
from workbench.core.model import (
    Action,
    Entity,
    HistoryEvent,
    ProjectSettings,
    new_id,
)
from workbench.store import edits, records
from workbench.store.team import roles
from workbench.store.team.address import TeamAddress
from workbench.store.team.connection import ServerUnavailable, server_errors
from workbench.store.team.rows import (
    insert_history,
    write_settings,
)


class TeamSession(edits.Recording):
    """An open team project's connection, reviewer, settings and history."""

    warnings: list[str]

    def __init__(self, address: TeamAddress, conn: psycopg.Connection, *, reviewer: str) -> None:
        self.address = address
        self.conn = conn
        self._pid = int(conn.info.backend_pid)
        self.path = Path(address.project)
        self.warnings = []
        self.reviewer = reviewer
        self.role = roles.role_of(conn, address)
        self.read_only = self.role not in ("reviewer", "editor")
        #: id -> (version, value) of every row as last shown; what a save is based on.
        self._seen: dict[str, tuple[int, Any]] = {}
        #: Edits made while the server was away, in order, for ``resend`` (see keeping).
        self.unsent: list[tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]] = []
        self._resending = False
        #: The rows as shown when the server went away: what the kept edits are based on.
        self._seen_when_away: dict[str, tuple[int, Any]] = {}
        self._settings_shown: ProjectSettings | None = None
        #: This window's leases are keyed by it (one login may have several windows open).
        self.session = new_id()

    @property
    def backend_pid(self) -> int:
        """The server process of this connection: a listener skips its own NOTIFYs by it."""
        return self._pid

    # -- plumbing ----------------------------------------------------------------------------

    def _query(self, sql: str, params: Collection[Any] = ()) -> list[tuple[Any, ...]]:
        with server_errors(self.address):
            return self.conn.execute(sql.encode(), list(params)).fetchall()

    @contextlib.contextmanager
    def _change(self, entity: Entity, entity_id: str) -> Iterator[psycopg.Connection]:
        """One transaction: the caller's writes, then a NOTIFY naming what changed."""
        self.ensure_writable()
        with server_errors(self.address), self.conn.transaction():
            yield self.conn
            payload = {"entity": entity.value, "id": entity_id, "by": self.reviewer}
            self.conn.execute(
                "select pg_notify(%s, %s)", [self.address.channel, json.dumps(payload)]
            )

    def _append(self, event: HistoryEvent) -> None:
        insert_history(self.conn, event)

    def ensure_writable(self) -> None:
        """Raise ReadOnlyProjectError unless this login may change the project."""
        if self.read_only:
            raise ReadOnlyProjectError(
                f"'{self.address.project}' is open read-only; the change was not made."
            )

    # -- settings ------------------------------------------------------------------------------

    def settings(self) -> ProjectSettings:
        """The project's settings, with defaults for anything the server does not hold."""
        try:
            values = dict(self._query("select key, value from meta"))
        except ServerUnavailable:
            if self._settings_shown is None:
                raise
            return self._settings_shown  # the window's title while the server is away
        self._settings_shown = records.settings_from_values(values)[0]
        return self._settings_shown

    def update_settings(self, settings: ProjectSettings) -> None:
        """Replace the settings (editors only: the server refuses anyone else)."""
        before = self.settings()
        with self._change(Entity.PROJECT, "settings") as conn:
            write_settings(conn, settings)
            self._record(
                Action.UPDATE,
                Entity.PROJECT,
                "settings",
                records.settings_json(before),
                records.settings_json(settings),
            )

    # -- history -------------------------------------------------------------------------------

    def history(self, entity_id: str | None = None) -> list[HistoryEvent]:
        """The change log, in the order the server committed it."""
        where, params = ("where entity_id = %s", [entity_id]) if entity_id else ("", [])
        names = ("id", "at", "reviewer", "action", "entity", "entity_id", "before", "after")
        rows = self._query(f"select {', '.join(names)} from history {where} order by seq", params)
        events = (records.history_event(dict(zip(names, row, strict=True))) for row in rows)
        return [event for event in events if event is not None]

    def reviewers(self) -> list[str]:
        """Everyone who changed the project, in order of first appearance."""
        rows = self._query("select reviewer from history group by reviewer order by min(seq)")
        return [row[0] for row in rows]

    def history_head(self) -> str:
        """The hash of the newest history row (the server computes every link)."""
        rows = self._query("select hash from history order by seq desc limit 1")
        return str(rows[0][0] or "") if rows else GENESIS
