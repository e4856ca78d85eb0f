"""``workbench verify URL``: the same checks as on a file, read from the team server.

The server computed every link itself (:mod:`workbench.store.team.schema`'s trigger);
this recomputes them in Python from the rows' UTF-8 bytes, so a row changed or removed by
anyone with the database's owner rights is named just as in a file. Stored hashes are
the documents' texts and the blob store's keys (originals and attachments by SHA-256).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import psycopg

from workbench.core.history_chain import CHAINED_FIELDS, ChainRow, link_hash
from workbench.core.verification import (
    CheckResult,
    HashedItem,
    Verification,
    chain_check,
    hash_check,
)
from workbench.store.team.address import parse
from workbench.store.team.connection import server_errors
from workbench.store.team.project import TeamProject

#: One check on the server: reads through the project's connection, says what it found.
Check = Callable[[psycopg.Connection], CheckResult]

_BYTES = ", ".join(f"convert_to(\"{name}\", 'UTF8')" for name in CHAINED_FIELDS)


def history_chain(conn: psycopg.Connection) -> CheckResult:
    """Every history row's hash and its link, in the order the server chained them."""
    return chain_check(_chain_rows(conn))[0]


def _chain_rows(conn: psycopg.Connection) -> Iterator[ChainRow]:
    query = (
        f"select id, entity, entity_id, prev_hash, hash, convert_to(prev_hash, 'UTF8'), {_BYTES}"
        " from history order by seq"
    )
    for position, (row_id, entity, entity_id, prev, digest, prev_raw, *values) in enumerate(
        conn.execute(query.encode()), start=1
    ):
        yield ChainRow(
            position, row_id, entity, entity_id, prev, digest, link_hash(prev_raw, values)
        )


def document_hashes(conn: psycopg.Connection) -> CheckResult:
    """Each document's text against its stored SHA-256."""
    rows = conn.execute(
        "select id, convert_to(text, 'UTF8'), text_sha256 from documents order by seq"
    )
    items = (HashedItem(f"document {i}: text", sha or "", text) for i, text, sha in rows)
    return hash_check("document hashes", items)


def blob_hashes(conn: psycopg.Connection) -> CheckResult:
    """Each stored original or attachment against the SHA-256 it is stored under."""
    rows = conn.execute("select sha256, data from blobs order by sha256")
    return hash_check("stored files", (HashedItem(f"stored file {k}", k, d) for k, d in rows))


#: What ``verify`` checks on a team project, in order.
CHECKS: tuple[Check, ...] = (history_chain, document_hashes, blob_hashes)


def verify_team(url: str) -> Verification:
    """Recompute every hash a team project stores; reads only."""
    address = parse(url)
    with TeamProject.open(address) as project, server_errors(address):
        results = tuple(check(project.conn) for check in CHECKS)
        return Verification(address.display(), project.history_head(), results)
