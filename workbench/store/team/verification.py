"""``workbench verify URL``: the same checks as on a file, read from the team server.

The server computed every link itself (:mod:`workbench.store.team.schema`'s trigger);
this recomputes them in Python from the rows' UTF-8 bytes, so a row changed or removed by
anyone with the database's owner rights is named just as in a file. Stored hashes are
the documents' texts and the blob store's keys (originals and attachments by SHA-256).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import psycopg

from workbench.core.history_chain import CHAINED_FIELDS
from workbench.core.verification import (
    CheckResult,
    HashedItem,
    Verification,
    chain_check,
    hash_check,
    locate_head,
)
from workbench.store.team.address import parse
from workbench.store.team.connection import server_errors
from workbench.store.team.project import TeamProject
from workbench.store.verification import chain_rows

_BYTES = ", ".join(f"convert_to(\"{name}\", 'UTF8')" for name in CHAINED_FIELDS)


def history_chain(conn: psycopg.Connection) -> CheckResult:
    """Every history row's hash and its link, in the order the server chained them."""
    query = (
        f"select id, entity, entity_id, prev_hash, hash, convert_to(prev_hash, 'UTF8'), {_BYTES}"
        " from history order by seq"
    )
    return chain_check(chain_rows(conn.execute(query.encode())))[0]


def document_items(conn: psycopg.Connection) -> Iterator[HashedItem]:
    """Each document's text, with its stored SHA-256."""
    rows = conn.execute(
        "select id, convert_to(text, 'UTF8'), text_sha256 from documents order by seq"
    )
    return (HashedItem(f"document {i}: text", sha or "", text) for i, text, sha in rows)


def blob_items(conn: psycopg.Connection) -> Iterator[HashedItem]:
    """Each stored original or attachment, with the SHA-256 it is stored under."""
    rows = conn.execute("select sha256, data from blobs order by sha256")
    return (HashedItem(f"stored file {k}", k, d) for k, d in rows)


#: The stored hashes ``verify`` checks on a team project after the chain, in order, by name.
HASHED: tuple[tuple[str, Callable[[psycopg.Connection], Iterator[HashedItem]]], ...] = (
    ("document hashes", document_items),
    ("stored files", blob_items),
)


def verify_team(url: str, *, head: str | None = None) -> Verification:
    """Recompute every hash a team project stores; reads only (``head``: see verify_file)."""
    address = parse(url)
    with TeamProject.open(address) as project, server_errors(address):
        conn = project.conn
        results = (
            history_chain(conn),
            *(hash_check(name, items(conn)) for name, items in HASHED),
        )
        located = None
        if head is not None:
            hashes = [row[0] or "" for row in conn.execute("select hash from history order by seq")]
            located = locate_head(hashes, head)
        return Verification(address.display(), project.history_head(), results, located)
