"""One side's work since two copies of a project parted, read from its history.

An event only one side has is that side's work since the split; a :class:`SideLog` sums
those events up per entity (created, deleted, which fields changed, by whom and when), which
is all the three-way decisions of :mod:`workbench.core.merge_fields` need to know.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from workbench.core.merge_plan import Who
from workbench.core.model import Action, Entity, HistoryEvent


class SideLog:
    """One side's work since the split: what it created, changed and deleted, by whom."""

    def __init__(self, events: Iterable[HistoryEvent]) -> None:
        self.changed: dict[str, set[str]] = defaultdict(set)
        self.created: set[str] = set()
        self.deleted: set[str] = set()
        self.last: dict[tuple[str, str], Who] = {}
        #: The last edit or creation of each entity (what a deletion on the other side meets).
        self.worked: dict[str, Who] = {}
        #: The last value each changed field was given (what an attachment's checksum was).
        self.values: dict[tuple[str, str], Any] = {}
        for event in events:
            who = Who(event.reviewer, event.at)
            if event.action is Action.UPDATE:
                for name, value in (event.after or {}).items():
                    self.changed[event.entity_id].add(name)
                    self.last[(event.entity_id, name)] = who
                    self.values[(event.entity_id, name)] = value
                self.worked[event.entity_id] = who
            elif event.action is Action.CREATE:
                self.created.add(event.entity_id)
                self.worked[event.entity_id] = who
                kept_with = (event.after or {}).get("evidence_id")
                if event.entity is Entity.ARCHIVED_COPY and kept_with:  # work on the evidence
                    self.worked[kept_with] = who
            else:
                self.deleted.add(event.entity_id)
                self.last[(event.entity_id, "deleted")] = who

    def last_work(self, entity_ids: Iterable[str]) -> Who | None:
        """The last edit or creation of any of ``entity_ids``; None when this side made none.

        A claim is asked with its evidence: work on either is what a deletion of the
        claim (which takes its evidence with it) would throw away.
        """
        found = [self.worked[i] for i in entity_ids if i in self.worked]
        return max(found, key=lambda who: who.at) if found else None

    def changed_any(self, entity_id: str, names: Iterable[str]) -> bool:
        """Whether this side changed any of ``names`` of the entity."""
        return not self.changed.get(entity_id, set()).isdisjoint(names)

    def who_any(self, entity_id: str, names: Iterable[str]) -> Who:
        """The last change to any of ``names``."""
        return max((self.who(entity_id, n) for n in names), key=lambda w: w.at, default=Who())

    def who(self, entity_id: str, name: str) -> Who:
        return self.last.get((entity_id, name), Who())
