"""The project's three roles, enforced by the server with GRANTs and row-level security.

- ``reader``: reads everything, changes nothing;
- ``reviewer``: also adds documents and edits their details, and adds, edits and deletes
  claims and evidence;
- ``editor``: also changes the project's settings (the rating scale) and deletes documents.

The history is append-only for everyone (INSERT, never UPDATE or DELETE), and a row-level
policy makes the server check that the ``db_user`` of a new history row is the login that
writes it. Leases are visible to all, but each login can only take or drop its own.
"""

from __future__ import annotations

import psycopg
from psycopg import sql

from workbench.core.errors import UserError
from workbench.store.team.address import TeamAddress

KINDS = ("reader", "reviewer", "editor")

_READER = """
grant usage on schema {schema} to {reader};
grant select on all tables in schema {schema} to {reader};
grant {reader} to {reviewer};
grant insert on {schema}.documents, {schema}.blobs, {schema}.history to {reviewer};
grant update (title, author, publisher, published, source_url, row_version)
    on {schema}.documents to {reviewer};
grant insert, update, delete on {schema}.claims, {schema}.evidence to {reviewer};
grant insert, update, delete on {schema}.leases to {reviewer};
grant usage on all sequences in schema {schema} to {reviewer};
grant {reviewer} to {editor};
grant insert, update on {schema}.meta to {editor};
grant delete on {schema}.documents to {editor};
alter table {schema}.history enable row level security;
create policy everyone_reads on {schema}.history for select using (true);
create policy own_rows on {schema}.history for insert with check (db_user = current_user);
alter table {schema}.leases enable row level security;
create policy everyone_reads on {schema}.leases for select using (true);
create policy own_leases on {schema}.leases for all
    using (holder = current_user) with check (holder = current_user);
"""


#: What each schema step after the first lets each role do (applied after the step, on a
#: new project as on one migrated). Importing a new version of an article needs the
#: reviewer role at least, like adding an article: it changes no verdict by itself, and
#: every claim it moves goes to the review queue.
STEP_GRANTS = {
    "0002_versions": """
grant select on {schema}.document_versions to {reader};
grant insert on {schema}.document_versions to {reviewer};
grant update (text, text_sha256, version, source, format, extractor, page_starts,
    original_sha256) on {schema}.documents to {reviewer};
""",
}


def grant_steps(conn: psycopg.Connection, address: TeamAddress, steps: list[str]) -> None:
    """The grants of newly applied schema steps, in the caller's transaction."""
    names = {kind: sql.Identifier(address.role(kind)) for kind in KINDS}
    for step in steps:
        if step in STEP_GRANTS:
            statement = sql.SQL(STEP_GRANTS[step])
            conn.execute(statement.format(schema=sql.Identifier(address.schema), **names))


def create(conn: psycopg.Connection, address: TeamAddress) -> None:
    """Create the project's group roles (if missing) and their grants, in the caller's txn."""
    for kind in KINDS:
        name = address.role(kind)
        found = conn.execute("select 1 from pg_roles where rolname = %s", [name]).fetchone()
        if not found:
            conn.execute(sql.SQL("create role {} nologin").format(sql.Identifier(name)))
    names = {kind: sql.Identifier(address.role(kind)) for kind in KINDS}
    statement = sql.SQL(_READER).format(schema=sql.Identifier(address.schema), **names)
    conn.execute(statement)


def grant(conn: psycopg.Connection, address: TeamAddress, user: str, kind: str) -> None:
    """Give ``user`` (a login, created without a password when missing) exactly ``kind``."""
    if kind not in KINDS:
        raise UserError(f"Unknown role '{kind}': use one of {', '.join(KINDS)}.")
    if not user or len(user) > 63 or not user.isprintable():
        raise UserError(f"'{user}' is not a usable database login name.")
    login = sql.Identifier(user)
    found = conn.execute("select 1 from pg_roles where rolname = %s", [user]).fetchone()
    if not found:
        conn.execute(sql.SQL("create role {} login").format(login))
    for other in KINDS:
        conn.execute(
            sql.SQL("revoke {} from {}").format(sql.Identifier(address.role(other)), login)
        )
    conn.execute(sql.SQL("grant {} to {}").format(sql.Identifier(address.role(kind)), login))


def role_of(conn: psycopg.Connection, address: TeamAddress) -> str | None:
    """The strongest project role the connected login has (None: no access at all)."""
    for kind in reversed(KINDS):
        row = conn.execute(
            "select pg_has_role(current_user, oid, 'USAGE') from pg_roles where rolname = %s",
            [address.role(kind)],
        ).fetchone()
        if row and row[0]:
            return kind
    return None
