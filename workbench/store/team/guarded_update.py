"""The guarded update of a team project's row (optimistic concurrency).

Each document, claim and evidence row has a ``row_version``. The project remembers the
version (and values) it last showed for every row; a save based on an older version is
compared field by field, three ways (what was shown, what the server now holds, what
this save wants). Fields only this save changes are written, fields only the other
person changed are kept, and a field both changed differently raises
:class:`EditConflict` carrying the same :class:`~workbench.core.merge.Conflict` rows the
merge dialog shows. Nothing is overwritten silently; after a conflict the project has
seen the server's version, so saving again means "keep mine".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any, TypeVar

from workbench.core.edit_conflict import EditConflict
from workbench.core.errors import UserError
from workbench.core.merge import Conflict, Who
from workbench.core.model import (
    Action,
    Claim,
    Document,
    Entity,
    Evidence,
    now_iso,
)
from workbench.store import edits, records
from workbench.store.team.reads import TeamReads

Item = TypeVar("Item", Document, Claim, Evidence)


class TeamGuardedUpdate(TeamReads):
    """The one write every field edit of a team project's row goes through."""

    def _guarded_update(
        self, entity: Entity, current: tuple[int, Item], changes: Mapping[str, Any], *,
        stamp: bool = True,
    ) -> Item:  # fmt: skip
        """Write the fields this save changes, unless a colleague changed them meanwhile."""
        version, now = current
        base_version, base = self._seen.get(now.id, current)
        new = now.with_changes(**changes) if not isinstance(now, Document) else None
        wanted = {k: getattr(new, k) if new is not None else v for k, v in changes.items()}
        if base_version != version:
            clashes = [
                k for k in wanted
                if getattr(now, k) != getattr(base, k) and getattr(now, k) != wanted[k]
            ]  # fmt: skip
            if clashes:
                self._seen[now.id] = current
                raise EditConflict(
                    f"{now.updated_by if not isinstance(now, Document) else 'A colleague'}"
                    " changed this meanwhile; choose whose version to keep.",
                    [self._conflict(entity, now, k, wanted[k]) for k in clashes],
                )
        changed = edits.changed_values(now, wanted)
        if not changed:
            self._seen[now.id] = current
            return now
        stamps: dict[str, Any] = edits.stamps(self.reviewer) if stamp else {}
        after: dict[str, Any] = {k: records.plain(v) for k, v in changed.items()}
        before = edits.values_of(now, changed)
        table = edits.TABLES[entity]
        with self._change(entity, now.id) as conn:
            assignments = ", ".join(f'"{k}" = %s' for k in {**after, **stamps})
            cursor = conn.execute(
                f"update {table} set {assignments}, row_version = row_version + 1"
                " where id = %s and row_version = %s",
                [*after.values(), *stamps.values(), now.id, version],
            )
            if cursor.rowcount != 1:
                raise UserError("A colleague saved this at the same moment; please try again.")
            self._record(Action.UPDATE, entity, now.id, before, after)
        result: Item = replace(now, **{**changed, **stamps})
        self._seen[now.id] = (version + 1, result)
        return result

    def _conflict(self, entity: Entity, now: Any, name: str, mine: Any) -> Conflict:
        label = now.quote if isinstance(now, Claim) else getattr(now, "title", "")
        theirs_by = Who(now.updated_by, now.updated_at) if not isinstance(now, Document) else Who()
        return Conflict(
            entity, now.id, label, name, records.plain(mine),
            records.plain(getattr(now, name)), Who(self.reviewer, now_iso()), theirs_by,
        )  # fmt: skip
