"""Appending to a project file's history: the one place a history row is written.

Every row is chained to the row stored before it (see :mod:`workbench.core.history_chain`),
so every writer (an edit, a new version, a merge, a checkout or sync from the team server)
goes through :func:`append`, inside the transaction of the change it records. The order
of the chain is the order rows are stored (rowid), which is the order this file recorded
them; a merge appends the other copy's rows here with their own ids and times.
"""

from __future__ import annotations

from sqlite_utils import Database

from workbench.core.history_chain import GENESIS, row_hash
from workbench.core.model import HistoryEvent
from workbench.store import records


def head(db: Database) -> str:
    """The hash of the last history row (:data:`GENESIS` when there is none)."""
    row = db.execute("select hash from history order by rowid desc limit 1").fetchone()
    if row is None:
        return GENESIS
    return row[0] if isinstance(row[0], str) else ""


def append(db: Database, event: HistoryEvent, *, copied: bool = False) -> None:
    """Append ``event`` as the chain's newest row (the caller holds the transaction).

    ``copied`` is for rows taken from another copy of the project, which keep their id:
    one already here is skipped, so merging the same copy twice adds nothing.
    """
    if copied and db.execute("select 1 from history where id = ?", [event.id]).fetchone():
        return
    row = records.history_row(event)
    previous = head(db)
    row["prev_hash"] = previous
    row["hash"] = row_hash(previous, row)
    db.table("history").insert(row)
