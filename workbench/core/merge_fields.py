"""The three-way decision on fields: take what only they changed, a conflict where both did.

Shared by documents (their details), claims (the fields a reviewer edits, and the span as
one unit) and evidence (its fields and its attached file). Each decision reads both sides'
:class:`~workbench.core.merge_sides.SideLog` and writes into the plan.
"""

from __future__ import annotations

from typing import Any

from workbench.core.merge_plan import Conflict, MergePlan, Who
from workbench.core.merge_sides import SideLog
from workbench.core.model import (
    CLAIM_ANCHOR_FIELDS,
    CLAIM_EDITABLE_FIELDS,
    CLAIM_SPAN_FIELDS,
    DOCUMENT_DETAIL_FIELDS,
    EVIDENCE_EDITABLE_FIELDS,
    Claim,
    Document,
    Entity,
    Evidence,
)


class FieldDecisions:
    """Fills a plan's field updates and conflicts from both sides' logs."""

    def __init__(self, plan: MergePlan, *, mine: SideLog, theirs: SideLog) -> None:
        self.plan = plan
        self.mine = mine
        self.theirs = theirs

    def document_details(self, mine: Document, theirs: Document) -> None:
        """Title, author, publisher, date and URL: field by field, like a claim's."""
        updates: dict[str, Any] = {}
        for name in DOCUMENT_DETAIL_FIELDS:
            mine_value, theirs_value = getattr(mine, name), getattr(theirs, name)
            if mine_value == theirs_value or name not in self.theirs.changed.get(mine.id, ()):
                continue
            if name in self.mine.changed.get(mine.id, ()):
                self.conflict(
                    Entity.DOCUMENT,
                    mine.id,
                    mine.title,
                    name,
                    mine=(mine_value, self.mine.who(mine.id, name)),
                    theirs=(theirs_value, self.theirs.who(mine.id, name)),
                )
            else:
                updates[name] = theirs_value
        if updates:
            self.plan.document_updates[mine.id] = updates
            self.plan.labels[mine.id] = mine.title

    def fields(
        self, entity: Entity, entity_id: str, mine: Claim | Evidence, theirs: Claim | Evidence
    ) -> None:
        """Take fields only they changed; a field both changed differently is a conflict."""
        editable = CLAIM_EDITABLE_FIELDS if entity is Entity.CLAIM else EVIDENCE_EDITABLE_FIELDS
        updates: dict[str, Any] = {}
        for name in editable:
            mine_value = plain(getattr(mine, name))
            theirs_value = plain(getattr(theirs, name))
            if mine_value == theirs_value or name not in self.theirs.changed.get(entity_id, ()):
                continue
            if name in self.mine.changed.get(entity_id, ()):
                self.conflict(
                    entity,
                    mine.id,
                    label_of(mine),
                    name,
                    mine=(mine_value, self.mine.who(entity_id, name)),
                    theirs=(theirs_value, self.theirs.who(entity_id, name)),
                )
            else:
                updates[name] = theirs_value
        if isinstance(mine, Claim) and isinstance(theirs, Claim):
            self.span(mine, theirs, updates)
        elif isinstance(mine, Evidence):
            self.attachment(mine)
        if updates:
            updates["updated_by"] = theirs.updated_by
            updates["updated_at"] = theirs.updated_at
            target = (
                self.plan.claim_updates if entity is Entity.CLAIM else self.plan.evidence_updates
            )
            target[entity_id] = updates
            self.plan.labels[entity_id] = label_of(mine)

    def span(self, mine: Claim, theirs: Claim, updates: dict[str, Any]) -> None:
        """A claim's span, quote and context (and its anchoring) merge as one unit.

        Taking their start with my quote would anchor the claim to text it does not
        quote; so their whole span is taken, or, if both moved it differently, the span is
        one conflict shown by its quotes.
        """
        group = CLAIM_SPAN_FIELDS + CLAIM_ANCHOR_FIELDS
        values = {name: plain(getattr(theirs, name)) for name in group}
        if all(plain(getattr(mine, n)) == values[n] for n in (*CLAIM_SPAN_FIELDS, "version")):
            self._anchoring(mine, values, updates)
            return
        if not self.theirs.changed_any(mine.id, (*CLAIM_SPAN_FIELDS, "version")):
            return  # (a claim carried to their new version unmoved changed its version only)
        self.plan.span_values[mine.id] = values
        if self.mine.changed_any(mine.id, CLAIM_SPAN_FIELDS):
            self.conflict(
                Entity.CLAIM,
                mine.id,
                label_of(mine),
                "span",
                mine=(mine.quote, self.mine.who_any(mine.id, CLAIM_SPAN_FIELDS)),
                theirs=(theirs.quote, self.theirs.who_any(mine.id, CLAIM_SPAN_FIELDS)),
            )
        else:
            updates.update(values)

    def _anchoring(self, mine: Claim, values: dict[str, Any], updates: dict[str, Any]) -> None:
        """Same span on the same version: how it was carried (state, score) merges alone.

        Both copies may carry a claim to one text, and one reviewer then accept or keep it.
        Their anchoring is taken when only they changed it, or when both did and theirs is
        the later change: a review made after the carry-over is not undone by the other
        copy's machine-made state. Both sides decide alike, so a sync converges.
        """
        anchoring = [n for n in CLAIM_ANCHOR_FIELDS if n != "version"]
        if all(plain(getattr(mine, n)) == values[n] for n in anchoring):
            return
        if not self.theirs.changed_any(mine.id, anchoring):
            return
        theirs_at = self.theirs.who_any(mine.id, anchoring).at
        if (
            self.mine.changed_any(mine.id, anchoring)
            and theirs_at <= self.mine.who_any(mine.id, anchoring).at
        ):
            return
        updates.update({n: values[n] for n in anchoring})

    def attachment(self, mine: Evidence) -> None:
        """The file attached to evidence: theirs if only they changed it; both is a conflict."""
        key = "attachment_name"
        if key not in self.theirs.changed.get(mine.id, ()):
            return
        checksum = "attachment_sha256"
        theirs_name = self.theirs.values.get((mine.id, key), "")
        theirs_sum = self.theirs.values.get((mine.id, checksum), "")
        if key in self.mine.changed.get(mine.id, ()):
            if self.mine.values.get((mine.id, checksum), "") == theirs_sum:
                return
            self.conflict(
                Entity.EVIDENCE,
                mine.id,
                label_of(mine),
                "attachment",
                mine=(mine.attachment_name, self.mine.who(mine.id, key)),
                theirs=(theirs_name, self.theirs.who(mine.id, key)),
            )
        self.plan.attachment_updates[mine.id] = theirs_name
        self.plan.labels[mine.id] = label_of(mine)

    def conflict(
        self,
        entity: Entity,
        entity_id: str,
        label: str,
        name: str,
        *,
        mine: tuple[Any, Who],
        theirs: tuple[Any, Who],
    ) -> None:
        """Record a conflict; ``mine``/``theirs`` are (value, who changed it)."""
        self.plan.conflicts.append(
            Conflict(entity, entity_id, label, name, mine[0], theirs[0], mine[1], theirs[1])
        )


def label_of(value: Claim | Evidence) -> str:
    """What the user recognises a claim or piece of evidence by: its quote, its title."""
    return value.quote if isinstance(value, Claim) else value.display_title


def plain(value: Any) -> Any:
    """A field's value as compared and recorded: enums by their value."""
    return getattr(value, "value", value)
