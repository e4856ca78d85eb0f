"""Connecting to the team server, and its refusals as sentences a journalist understands."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import psycopg
from psycopg import errors

from workbench.core.errors import UserError
from workbench.store.team.address import TeamAddress


class ServerUnavailable(UserError):
    """The team server cannot be reached (down, network gone); the edit was not sent."""


class NotAllowed(UserError):
    """The server refused the change: the user's role does not allow it."""


def connect(address: TeamAddress, *, autocommit: bool = False) -> psycopg.Connection:
    """A connection with ``search_path`` on the project's schema; one clear line on failure."""
    try:
        conn = psycopg.connect(
            address.conninfo, autocommit=autocommit, connect_timeout=10,
            application_name="Fact-check Workbench",
        )  # fmt: skip
    except psycopg.OperationalError as err:
        raise ServerUnavailable(
            f"Cannot reach the team server {address.display()}: {first_line(err)}"
        ) from err
    with server_errors(address):
        conn.execute(f"set search_path to {address.schema}")
        if not autocommit:
            conn.commit()
    return conn


def first_line(err: BaseException) -> str:
    """The first line of a driver message, without libpq's trailing detail."""
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__


@contextlib.contextmanager
def server_errors(address: TeamAddress) -> Iterator[None]:
    """Turn the server's refusals and a lost connection into UserErrors."""
    try:
        yield
    except errors.InsufficientPrivilege as err:
        raise NotAllowed(
            f"The team server refused this change: your role on '{address.project}' does not"
            f" allow it ({first_line(err)})."
        ) from err
    except (psycopg.OperationalError, psycopg.InterfaceError) as err:
        raise ServerUnavailable(
            f"The team server {address.display()} went away: {first_line(err)}."
            " The change was not saved."
        ) from err
    except errors.UndefinedTable as err:
        raise UserError(
            f"There is no project '{address.project}' on {address.display()}:"
            " create it with 'workbench team init' or 'workbench team publish'."
        ) from err
