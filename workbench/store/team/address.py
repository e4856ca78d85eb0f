"""Where a team project lives: ``postgresql://host[:port]/database#project``.

The part before ``#`` is handed to libpq untouched, so credentials come from libpq's own
sources (``~/.pgpass``, the service file, ``PG*`` variables). Whatever is printed or
written into a project file is :meth:`TeamAddress.display`, which never holds a password.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from workbench.core.errors import UserError

_SCHEMES = ("postgresql://", "postgres://")
_PROJECT = re.compile(r"[a-z][a-z0-9_]{0,39}")


def is_team_url(text: str) -> bool:
    """True when ``text`` names a team project rather than a file."""
    return text.lower().startswith(_SCHEMES)


@dataclass(frozen=True, slots=True)
class TeamAddress:
    """A server (libpq URL, without the fragment) and a project on it."""

    conninfo: str
    project: str

    @property
    def schema(self) -> str:
        """The PostgreSQL schema holding the project's tables."""
        return f"fc_{self.project}"

    @property
    def channel(self) -> str:
        """The LISTEN/NOTIFY channel on which every change to the project is announced."""
        return self.schema

    def role(self, kind: str) -> str:
        """The group role of ``kind`` (reader, reviewer, editor) for this project."""
        return f"{self.schema}_{kind}"

    def display(self) -> str:
        """The address as it may be shown or stored: without a password."""
        parts = urlsplit(self.conninfo)
        host = parts.hostname or ""
        if ":" in host:
            host = f"[{host}]"
        netloc = (f"{parts.username}@" if parts.username else "") + host
        if parts.port:
            netloc += f":{parts.port}"
        bare = urlunsplit((parts.scheme, netloc, parts.path, "", ""))
        return f"{bare}#{self.project}"


def parse(text: str, *, project_required: bool = True) -> TeamAddress:
    """Read ``postgresql://…/db#project``; a UserError says what is wrong with it."""
    if not is_team_url(text):
        raise UserError(f"'{text}' is not a team server address (postgresql://host/db#project).")
    base, _, project = text.partition("#")
    if project_required and not project:
        raise UserError("Name the project after '#', e.g. postgresql://server/newsroom#election.")
    if project and not _PROJECT.fullmatch(project):
        raise UserError(
            f"'{project}' is not a usable project name: lower-case letters, digits and _,"
            " starting with a letter, at most 40 characters."
        )
    try:
        _ = urlsplit(base).port  # raises on a malformed port
    except ValueError:
        raise UserError(f"'{TeamAddress(base, project).display()}' has an invalid port.") from None
    return TeamAddress(base, project)
