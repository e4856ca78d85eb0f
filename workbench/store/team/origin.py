"""Where an offline copy came from: the ``team_origin`` meta key of a ``.factcheck`` file.

Kept apart from the rest of the team package so the window can ask "is this an offline
copy?" without loading the PostgreSQL driver.
"""

from __future__ import annotations

import json

from workbench.store import values
from workbench.store.projectfile import Project

ORIGIN_KEY = "team_origin"


def read_origin(local: Project) -> str | None:
    """The team address (without password) the file was taken from, or None."""
    rows = list(local.db.query("select value from meta where key = ?", [ORIGIN_KEY]))
    value = values.json_value(rows[0]["value"]) if rows else None
    return value if isinstance(value, str) else None


def write_origin(local: Project, address: str) -> None:
    """Remember in the file which team project it is a copy of."""
    local.db.table("meta").upsert({"key": ORIGIN_KEY, "value": json.dumps(address)}, pk="key")
