"""Settling a merge plan's conflicts: what the store writes once the user has chosen.

A :class:`Resolution` is the plan with a :class:`~workbench.core.merge_plan.Side` per
conflict; its methods add the conflicts settled for "theirs" to the plan's uncontested
changes, so both backends write exactly the same thing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from workbench.core.merge_plan import Conflict, MergePlan, Side
from workbench.core.model import Claim, Entity, Evidence


@dataclass(frozen=True, slots=True)
class Resolution:
    """The plan with every conflict settled: exactly what the store writes."""

    plan: MergePlan
    choices: Mapping[str, Side]

    def claim_updates(self) -> dict[str, dict[str, Any]]:
        """Field updates per claim, with the conflicts settled for "theirs" added."""
        return self._updates(Entity.CLAIM, self.plan.claim_updates)

    def evidence_updates(self) -> dict[str, dict[str, Any]]:
        """Field updates per piece of evidence, likewise."""
        return self._updates(Entity.EVIDENCE, self.plan.evidence_updates)

    def document_updates(self) -> dict[str, dict[str, Any]]:
        """Document detail updates, with the conflicts settled for "theirs" added."""
        return self._updates(Entity.DOCUMENT, self.plan.document_updates)

    def attachment_updates(self) -> dict[str, str]:
        """Evidence whose attached file becomes theirs: uncontested, or settled for them."""
        contested = {
            c.entity_id
            for c in self.plan.conflicts
            if c.field == "attachment" and self.choices.get(c.key) is not Side.THEIRS
        }
        return {k: v for k, v in self.plan.attachment_updates.items() if k not in contested}

    def _updates(
        self, entity: Entity, base: dict[str, dict[str, Any]]
    ) -> dict[str, dict[str, Any]]:
        updates = {k: dict(v) for k, v in base.items()}
        for conflict in self._theirs(entity):
            if conflict.field == "span":
                updates.setdefault(conflict.entity_id, {}).update(
                    self.plan.span_values[conflict.entity_id]
                )
            elif conflict.field not in ("deleted", "attachment"):
                updates.setdefault(conflict.entity_id, {})[conflict.field] = conflict.theirs
        return updates

    def restored_claims(self) -> list[Claim]:
        """Claims I deleted that they worked on, brought back because "theirs" was chosen."""
        return [self.plan.restorable_claims[c.entity_id] for c in self._restored(Entity.CLAIM)]

    def deleted_claims(self) -> list[str]:
        """Claims to delete: their deletions, plus delete/edit conflicts settled for them."""
        return self.plan.deleted_claims + [
            c.entity_id
            for c in self._theirs(Entity.CLAIM)
            if c.field == "deleted" and c.theirs == "deleted"
        ]

    def deleted_evidence(self) -> list[str]:
        """Evidence to delete, likewise."""
        return self.plan.deleted_evidence + [
            c.entity_id
            for c in self._theirs(Entity.EVIDENCE)
            if c.field == "deleted" and c.theirs == "deleted"
        ]

    def incoming_evidence(self) -> list[Evidence]:
        """Evidence that arrives from their side, its attached file with it.

        Their new evidence; evidence I deleted that they edited, where "theirs" was chosen;
        and every piece of evidence of a restored claim, which comes back whole, as they
        have it (see :meth:`workbench.core.merge._Planner.entity`).
        """
        restored = {c.entity_id for c in self._restored(Entity.EVIDENCE)}
        claims = {c.entity_id for c in self._restored(Entity.CLAIM)}
        return self.plan.new_evidence + [
            e
            for claim_id, items in self.plan.restorable_evidence.items()
            for e in items
            if e.id in restored or claim_id in claims
        ]

    def _restored(self, entity: Entity) -> list[Conflict]:
        """Delete/edit conflicts over my deletion, settled for their edit."""
        return [c for c in self._theirs(entity) if c.field == "deleted" and c.mine == "deleted"]

    def _theirs(self, entity: Entity) -> list[Conflict]:
        return [
            c
            for c in self.plan.conflicts
            if c.entity is entity and self.choices.get(c.key) is Side.THEIRS
        ]


def resolve(plan: MergePlan, choices: Mapping[str, Side] | Side) -> Resolution:
    """Settle every conflict: one side for all, or a choice per conflict key."""
    if isinstance(choices, Side):
        choices = {c.key: choices for c in plan.conflicts}
    missing = [c.key for c in plan.conflicts if c.key not in choices]
    if missing:
        raise ValueError(f"Unsettled conflicts: {missing}")
    return Resolution(plan, dict(choices))
