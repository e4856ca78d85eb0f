"""The team project's schema on PostgreSQL: the ``.factcheck`` tables, one step at a time.

The same logical model as :mod:`workbench.store.migrations` (meta, documents, claims,
evidence, history, with the same column names), plus what a shared server needs:

- ``row_version`` on documents, claims and evidence, compared in every UPDATE's WHERE
  (optimistic concurrency: a save based on an old read is refused, never overwrites);
- ``blobs``: imported originals and evidence attachments stored once by SHA-256;
- ``seq`` columns, the insertion order SQLite's rowid gives;
- ``db_user`` on history, filled by the server, so the log names the login as well as the
  reviewer name the client claims;
- ``leases``: who has which document open, until when.

``schema_steps`` records which steps a project has; never edit a released step, add one.
"""

from __future__ import annotations

import psycopg

from workbench.core.errors import UserError
from workbench.store.team.address import TeamAddress

_INITIAL = """
create schema {schema};
create table {schema}.schema_steps (name text primary key, applied_at timestamptz not null
    default now());
create table {schema}.meta (key text primary key, value text not null);
create table {schema}.blobs (sha256 text primary key, data bytea not null);
create table {schema}.documents (
    id text primary key, title text not null, source text, publisher text, author text,
    published text, source_url text, imported_at text not null, format text not null,
    text text not null, text_sha256 text not null, page_starts text not null,
    original_sha256 text, extractor text, version integer not null default 1,
    row_version integer not null default 1, seq bigserial);
create table {schema}.claims (
    id text primary key, document_id text not null references {schema}.documents(id),
    "start" integer not null, "end" integer not null, quote text not null, prefix text,
    suffix text, summary text, claimant text, status text not null, rating text, note text,
    created_by text, created_at text, updated_by text, updated_at text,
    version integer not null default 1, checked_version integer not null default 1,
    anchor_state text not null default '', anchor_score double precision not null default 1,
    anchor_old_quote text not null default '',
    row_version integer not null default 1);
create index on {schema}.claims (document_id, "start");
create table {schema}.evidence (
    id text primary key, claim_id text not null references {schema}.claims(id),
    title text, url text, publisher text, accessed_at text, excerpt text,
    stance text not null, note text, attachment_sha256 text, attachment_name text,
    created_by text, created_at text, updated_by text, updated_at text,
    row_version integer not null default 1, seq bigserial);
create index on {schema}.evidence (claim_id);
create table {schema}.history (
    id text primary key, at text not null, reviewer text not null, action text not null,
    entity text not null, entity_id text not null, before text, after text,
    db_user text not null default current_user, seq bigserial);
create index on {schema}.history (entity_id);
create table {schema}.leases (
    session text primary key, document_id text not null,
    holder text not null default current_user, reviewer text not null,
    expires_at timestamptz not null);
"""

# Article versions: the texts a document had before its current one (which stays in
# ``documents``, so every other reader is unchanged); claims already have their version
# columns. Grants for it are in roles.STEP_GRANTS.
_VERSIONS = """
create table {schema}.document_versions (
    document_id text not null references {schema}.documents(id) on delete cascade,
    number integer not null, text text not null, text_sha256 text not null,
    page_starts text not null, source text, imported_at text not null, format text not null,
    extractor text, original_sha256 text, primary key (document_id, number));
"""

#: The history's hash chain (see :mod:`workbench.core.history_chain` for the canonical
#: bytes), computed by the server itself: a client cannot forge, fork or back-date it.
#: The trigger takes a transaction advisory lock on the project's history, so links are
#: made one at a time; it then numbers the row (``seq``, the chain's order), stamps ``at``
#: with the server's clock, and links the row to the newest one. Rows already there are
#: chained in ``seq`` order, keeping their times.
_HISTORY_CHAIN = """
alter table {schema}.history add column prev_hash text, add column hash text;
create function {schema}.netstring(value text) returns bytea
    language sql immutable parallel safe as $$
    select case when value is null then '\\x2d2c'::bytea
        else convert_to(octet_length(convert_to(value, 'UTF8'))::text || ':', 'UTF8')
            || convert_to(value, 'UTF8') || '\\x2c'::bytea end $$;
create function {schema}.history_link(prev text, h {schema}.history) returns text
    language sql immutable parallel safe as $$
    select encode(sha256({schema}.netstring(prev) || {schema}.netstring(h.id)
        || {schema}.netstring(h.at) || {schema}.netstring(h.reviewer)
        || {schema}.netstring(h.action) || {schema}.netstring(h.entity)
        || {schema}.netstring(h.entity_id) || {schema}.netstring(h.before)
        || {schema}.netstring(h.after)), 'hex') $$;
create function {schema}.chain_history() returns trigger language plpgsql as $$
declare
    previous text;
begin
    perform pg_advisory_xact_lock(hashtext('{schema}.history'));
    select h.hash into previous from {schema}.history h order by h.seq desc limit 1;
    new.seq := nextval(pg_get_serial_sequence('{schema}.history', 'seq'));
    new.at := to_char(clock_timestamp() at time zone 'UTC',
                      'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"');
    new.prev_hash := coalesce(previous, repeat('0', 64));
    new.hash := {schema}.history_link(new.prev_hash, new);
    return new;
end $$;
do $$
declare
    previous text := repeat('0', 64);
    item {schema}.history;
begin
    for item in select * from {schema}.history order by seq loop
        update {schema}.history set prev_hash = previous,
            hash = {schema}.history_link(previous, item) where seq = item.seq;
        previous := {schema}.history_link(previous, item);
    end loop;
end $$;
create trigger chain_history before insert on {schema}.history
    for each row execute function {schema}.chain_history();
"""

#: The steps in order: (name, SQL with ``{schema}`` for the project's schema).
STEPS: tuple[tuple[str, str], ...] = (
    ("0001_initial", _INITIAL),
    ("0002_versions", _VERSIONS),
    ("0004_history_chain", _HISTORY_CHAIN),
)

#: The schema version a project created by this code has.
SCHEMA_VERSION = len(STEPS)

#: Tables every role may read; the same names as in the ``.factcheck`` file, plus these.
TABLES = ("meta", "blobs", "documents", "claims", "evidence", "history", "leases",
          "document_versions")  # fmt: skip


def exists(conn: psycopg.Connection, address: TeamAddress) -> bool:
    """True when the project's schema is on the server."""
    row = conn.execute("select 1 from pg_namespace where nspname = %s", [address.schema]).fetchone()
    return row is not None


def applied(conn: psycopg.Connection, address: TeamAddress) -> list[str]:
    """The names of the steps the project has (none when it does not exist)."""
    if not exists(conn, address):
        return []
    rows = conn.execute(f"select name from {address.schema}.schema_steps order by name")
    return [row[0] for row in rows]


def migrate(conn: psycopg.Connection, address: TeamAddress) -> list[str]:
    """Apply the steps the project lacks, in the caller's transaction; returns their names.

    A project made by a newer version (a step this code does not know) is refused.
    """
    done = applied(conn, address)
    known = [name for name, _ in STEPS]
    unknown = [name for name in done if name not in known]
    if unknown:
        raise UserError(
            f"Project '{address.project}' was made by a newer version of Fact-check Workbench"
            f" (step {unknown[-1]}); update the program to use it."
        )
    new: list[str] = []
    for name, sql in STEPS:
        if name in done:
            continue
        conn.execute(sql.format(schema=address.schema).encode())
        conn.execute(f"insert into {address.schema}.schema_steps (name) values (%s)", [name])
        new.append(name)
    return new
