"""The user's archive of past fact-checks: one SQLite file with an FTS5 index.

One table of items (``items``, plain and documented, so sqlite3 and Datasette read it),
a full-text index over each item's content words (``items_fts``, filled by this module
with :func:`~workbench.core.archive_match.index_terms`, so index and query share one
tokeniser) and its vocabulary (``items_terms``, FTS5's own document frequencies, which
the re-ranking weighs words by). A search is FTS5 ``bm25()`` over an OR of the query's
content words, then :func:`~workbench.core.archive_match.rerank`.

The file is opened like a project someone sent (:mod:`hardening`): recognised by its
header before SQLite parses it, a hardened connection, ``quick_check``, and a schema
compared object by object with the one this module creates, so a trigger or view
smuggled into the file is refused before anything runs. One lock serialises every
call, so the window's background queries and ingests can share the connection.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from workbench.core.archive_items import ArchiveItem, ArchiveMatch, guess_language
from workbench.core.archive_match import (
    BLEND,
    CANDIDATES,
    Candidate,
    Weights,
    fts_query,
    index_terms,
    query_terms,
    rerank,
)
from workbench.core.errors import ProjectFileError, UserError
from workbench.store import files, hardening
from workbench.store.failures import storage_errors

#: ``PRAGMA application_id`` of an archive file: "FCWA" in ASCII.
APPLICATION_ID = 0x46435741
SCHEMA_VERSION = 1

_FIELDS = tuple(f.name for f in fields(ArchiveItem))
_COLUMNS = ", ".join(_FIELDS)

SCHEMA = (
    "CREATE TABLE items (rowid INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, "
    "claim TEXT NOT NULL, claimant TEXT NOT NULL, rating TEXT NOT NULL, date TEXT NOT NULL, "
    "publisher TEXT NOT NULL, url TEXT NOT NULL, language TEXT NOT NULL, "
    "title TEXT NOT NULL, origin TEXT NOT NULL)",
    "CREATE VIRTUAL TABLE items_fts USING fts5(terms, tokenize = 'unicode61 remove_diacritics 0')",
    "CREATE VIRTUAL TABLE items_terms USING fts5vocab(items_fts, row)",
)


@dataclass(frozen=True, slots=True)
class ArchiveStats:
    """How much the archive holds, by origin and by language."""

    items: int
    by_origin: dict[str, int]
    by_language: dict[str, int]


@dataclass(frozen=True, slots=True)
class FirstStage:
    """What the full-text index found: candidates best first, and the query words' counts.

    ``frequency`` maps each query word to the number of items holding it, of ``total``.
    """

    items: dict[str, ArchiveItem]
    candidates: list[Candidate]
    frequency: dict[str, int]
    total: int


def _matched_text(item: ArchiveItem) -> str:
    """The text a query is compared with: the claim, and the fact-check's headline."""
    return f"{item.claim}\n{item.title}" if item.title else item.claim


class Archive:
    """An open archive file. Create or open with :meth:`open`; close when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._lock = threading.Lock()

    # -- opening ----------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path) -> Archive:
        """Open the archive at ``path``, creating it (and its folder) when it does not exist."""
        if not path.exists():
            _create(path)
        _check_header(path)
        conn = hardening.connect(path, read_only=False)
        try:
            _verify(conn, path.name)
            hardening.tune_for_writing(conn)
        except sqlite3.DatabaseError as err:
            conn.close()
            raise ProjectFileError(
                f"The archive '{path.name}' is damaged ({hardening.detail(err)})."
            ) from None
        except BaseException:
            conn.close()
            raise
        return cls(path, conn)

    def close(self) -> None:
        """Close the file."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------------------

    @storage_errors
    def add(self, items: Iterable[ArchiveItem]) -> tuple[int, int]:
        """Add or update items by key, in one transaction; returns (added, updated).

        An item already held with the same fields is left alone, so adding a file twice
        changes nothing.
        """
        added = updated = 0
        with self._lock, self._conn:
            for given in items:
                item = given if given.language else _with_language(given)
                row = self._conn.execute(
                    f"SELECT rowid, {_COLUMNS} FROM items WHERE key = ?", (item.key,)
                ).fetchone()
                values = tuple(getattr(item, name) for name in _FIELDS)
                if row is not None and tuple(row[1:]) == values:
                    continue
                if row is not None:
                    self._conn.execute("DELETE FROM items_fts WHERE rowid = ?", (row[0],))
                    self._conn.execute("DELETE FROM items WHERE rowid = ?", (row[0],))
                    updated += 1
                else:
                    added += 1
                cursor = self._conn.execute(
                    f"INSERT INTO items ({_COLUMNS}) VALUES ({', '.join('?' * len(_FIELDS))})",
                    values,
                )
                self._conn.execute(
                    "INSERT INTO items_fts (rowid, terms) VALUES (?, ?)",
                    (cursor.lastrowid, index_terms(_matched_text(item))),
                )
        return added, updated

    # -- reading ----------------------------------------------------------------------------

    @storage_errors
    def first_stage(self, text: str) -> FirstStage:
        """The full-text index's candidates for ``text`` in BM25 order, with word statistics."""
        terms = query_terms(text)
        if not terms:
            return FirstStage({}, [], {}, 0)
        marks = ", ".join("?" * len(terms))
        with self._lock:
            rows = self._conn.execute(
                f"SELECT i.rowid, bm25(items_fts), items_fts.terms, "
                f"{', '.join('i.' + f for f in _FIELDS)} "
                "FROM items_fts JOIN items i ON i.rowid = items_fts.rowid "
                "WHERE items_fts MATCH ? ORDER BY rank LIMIT ?",
                (fts_query(text), CANDIDATES),
            ).fetchall()
            frequency = dict(
                self._conn.execute(
                    f"SELECT term, doc FROM items_terms WHERE term IN ({marks})", terms
                ).fetchall()
            )
            total = self._conn.execute("SELECT count(*) FROM items").fetchone()[0]
        return FirstStage(
            items={str(row[0]): ArchiveItem(*row[3:]) for row in rows},
            candidates=[Candidate(str(row[0]), row[2], row[1]) for row in rows],
            frequency=frequency,
            total=total,
        )

    def search(
        self, text: str, *, limit: int = 10, language: str = "", weights: Weights = BLEND
    ) -> list[ArchiveMatch]:
        """The items closest to ``text``, best first; same-language items before the rest.

        ``language`` is the query's two-letter code; when empty it is guessed, and when
        that fails no language is preferred.
        """
        if limit <= 0:
            return []
        found = self.first_stage(text)
        ranked = rerank(text, found.candidates, found.frequency, found.total, weights)
        matches = [ArchiveMatch(found.items[s.key], s.score) for s in ranked]
        language = language or guess_language(text)
        if language:
            matches.sort(key=lambda m: m.item.language not in ("", language))
        return matches[:limit]

    @storage_errors
    def stats(self) -> ArchiveStats:
        """Counts of items, by origin and by language."""
        with self._lock:
            total = self._conn.execute("SELECT count(*) FROM items").fetchone()[0]
            origins = self._conn.execute(
                "SELECT origin, count(*) FROM items GROUP BY origin ORDER BY 2 DESC, 1"
            ).fetchall()
            languages = self._conn.execute(
                "SELECT language, count(*) FROM items GROUP BY language ORDER BY 2 DESC, 1"
            ).fetchall()
        return ArchiveStats(total, dict(origins), dict(languages))


def _with_language(item: ArchiveItem) -> ArchiveItem:
    return replace(item, language=guess_language(_matched_text(item)))


def _create(path: Path) -> None:
    """Build an empty archive beside ``path`` and move it into place (never half a file)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise UserError(f"The archive's folder cannot be made: {err.strerror}.") from None
    tmp = files.temporary_beside(path)
    try:
        conn = sqlite3.connect(tmp)
        hardening.harden(conn)
        _build_schema(conn)
        conn.close()
        tmp.replace(path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise UserError(
            f"The archive '{path.name}' could not be created: {err.strerror}."
        ) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _build_schema(conn: sqlite3.Connection) -> None:
    with conn:
        for statement in SCHEMA:
            conn.execute(statement)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _check_header(path: Path) -> None:
    """Refuse a file that is not an archive, from its first bytes, before SQLite parses it."""
    name = path.name
    try:
        with path.open("rb") as handle:
            header = handle.read(hardening.HEADER_SIZE)
    except OSError as err:
        raise ProjectFileError(f"The archive '{name}' cannot be read: {err.strerror}.") from None
    if len(header) < hardening.HEADER_SIZE or not header.startswith(hardening.SQLITE_MAGIC):
        raise ProjectFileError(f"'{name}' is not a Fact-check Workbench archive.")
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise ProjectFileError(
            f"'{name}' is a database of another kind, not a Fact-check Workbench archive."
        )
    if int.from_bytes(header[60:64], "big") != SCHEMA_VERSION:
        raise ProjectFileError(
            f"The archive '{name}' was made by another version of Fact-check Workbench."
        )


def _schema_of(conn: sqlite3.Connection) -> set[tuple[Any, ...]]:
    return set(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall())


def _verify(conn: sqlite3.Connection, name: str) -> None:
    """The file passes SQLite's check and holds exactly the schema this module builds."""
    if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
        raise ProjectFileError(f"The archive '{name}' is damaged (failed its check).")
    fresh = sqlite3.connect(":memory:")
    _build_schema(fresh)
    expected = _schema_of(fresh)
    fresh.close()
    if _schema_of(conn) != expected:
        raise ProjectFileError(
            f"The archive '{name}' was altered outside Fact-check Workbench; "
            "it is not opened, for safety."
        )
