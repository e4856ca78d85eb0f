"""Setting up a team project on a server: create (or migrate) it, and grant roles."""

from __future__ import annotations

from workbench.core.errors import UserError
from workbench.core.model import ProjectSettings
from workbench.store.team import roles, schema
from workbench.store.team.address import TeamAddress
from workbench.store.team.connection import connect, server_errors
from workbench.store.team.rows import write_settings


def init(address: TeamAddress, *, title: str = "") -> list[str]:
    """Create the project's schema and roles, or migrate it; returns the steps applied.

    One transaction: a failure (no right to create schemas or roles) leaves nothing behind.
    """
    conn = connect(address)
    try:
        with server_errors(address), conn.transaction():
            fresh = not schema.exists(conn, address)
            steps = schema.migrate(conn, address)
            if fresh:
                roles.create(conn, address)
                write_settings(conn, ProjectSettings(title=title or address.project))
            roles.grant_steps(conn, address, steps)
        return steps
    finally:
        conn.close()


def grant(address: TeamAddress, user: str, kind: str) -> None:
    """Give a database login one of the project's roles (replacing any other it had)."""
    conn = connect(address)
    try:
        with server_errors(address), conn.transaction():
            if not schema.exists(conn, address):
                raise_missing(address)
            roles.grant(conn, address, user, kind)
    finally:
        conn.close()


def raise_missing(address: TeamAddress) -> None:
    """Say that the project is not on the server and how to make it."""
    raise UserError(
        f"There is no project '{address.project}' on {address.display()}:"
        " create it with 'workbench team init'."
    )
