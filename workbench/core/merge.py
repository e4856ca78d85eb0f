"""Three-way merge of two reviewers' copies of one project, read from their histories.

Copies of a project share the history rows written before they were split. An event only
one side has is that side's work since the split; that is what decides, field by field,
whose value wins: a field changed on one side only is taken from that side, a field
changed differently on both is a :class:`Conflict` for the user to settle, and a deletion
on one side against an edit on the other is a conflict too (a claim's deletion meets the
work on its evidence as well: it would take that work along). Documents are matched by id,
or by the hash of their text when the other reviewer imported the same article
separately. The plan is pure data; :mod:`workbench.store` applies it in one transaction
and copies the other side's history, so merging the same copy again changes nothing.

The deciding is split by concern: :mod:`~workbench.core.merge_plan` (the plan and its
types), :mod:`~workbench.core.merge_sides` (each side's log),
:mod:`~workbench.core.merge_fields` (the three-way field decision),
:mod:`~workbench.core.merge_versions` (new versions of a shared document) and
:mod:`~workbench.core.merge_resolution` (settling the conflicts). The names other layers
use are importable from here, as they always were.
"""

from __future__ import annotations

from collections.abc import Iterable

from workbench.core.merge_fields import FieldDecisions, label_of
from workbench.core.merge_plan import Conflict, MergePlan, MergeSource, Side, Who
from workbench.core.merge_resolution import Resolution, resolve
from workbench.core.merge_sides import SideLog
from workbench.core.merge_versions import plan_versions, their_numbering
from workbench.core.model import Claim, Entity, Evidence, ProjectSnapshot

__all__ = [
    "Conflict",
    "MergePlan",
    "MergeSource",
    "Resolution",
    "Side",
    "Who",
    "plan_merge",
    "resolve",
]


def _work_word(side: SideLog, entity_id: str) -> str:
    """What a side did to an item the other side deleted, as its conflict shows it.

    A claim whose evidence alone was worked on is "edited its evidence": a plain "edited"
    sent the reviewer looking for a change in the claim's own fields that was not there.
    """
    return "edited" if entity_id in side.worked else "edited its evidence"


def plan_merge(mine: ProjectSnapshot, theirs: ProjectSnapshot) -> MergePlan:
    """What THEIRS brings to MINE: changes to take, and conflicts to settle."""
    mine_ids = {e.id for e in mine.history}
    theirs_ids = {e.id for e in theirs.history}
    theirs_only = [e for e in theirs.history if e.id not in mine_ids]
    planner = _Planner(
        MergePlan(history=theirs_only),
        mine=SideLog(e for e in mine.history if e.id not in theirs_ids),
        theirs=SideLog(theirs_only),
    )
    plan = planner.plan
    planner.documents(mine, theirs)
    mine_claims = {c.id: c for c in mine.claims}
    theirs_claims = {c.id: c for c in theirs.claims}
    known_documents = {d.id for d in mine.documents} | {d.id for d in plan.new_documents}
    for claim_id, theirs_claim in theirs_claims.items():
        document_id = plan.document_map.get(theirs_claim.document_id, theirs_claim.document_id)
        if document_id in known_documents:
            claim = their_numbering(plan, theirs_claim.with_changes(document_id=document_id))
            held = theirs.evidence.get(claim_id, ())
            planner.entity(Entity.CLAIM, claim_id, mine_claims.get(claim_id), claim, held)
    for claim_id, mine_claim in mine_claims.items():
        if claim_id not in theirs_claims:
            held = mine.evidence.get(claim_id, ())
            planner.entity(Entity.CLAIM, claim_id, mine_claim, None, held)
    mine_evidence = {e.id: e for items in mine.evidence.values() for e in items}
    theirs_evidence = {e.id: e for items in theirs.evidence.values() for e in items}
    surviving = (set(mine_claims) | {c.id for c in plan.new_claims}) - set(plan.deleted_claims)
    for evidence_id, item in theirs_evidence.items():
        if item.claim_id in surviving:
            planner.entity(Entity.EVIDENCE, evidence_id, mine_evidence.get(evidence_id), item)
    for evidence_id, item in mine_evidence.items():
        if evidence_id not in theirs_evidence and item.claim_id not in planner.whole:
            planner.entity(Entity.EVIDENCE, evidence_id, item, None)
    planner.copies(mine, theirs)
    return plan


class _Planner(FieldDecisions):
    """Fills a plan, entity by entity, from both sides' logs."""

    def __init__(self, plan: MergePlan, *, mine: SideLog, theirs: SideLog) -> None:
        super().__init__(plan, mine=mine, theirs=theirs)
        #: Claims of mine they deleted: their evidence is decided with them, not item by
        #: item (deleted with the claim, or kept with it).
        self.whole: set[str] = set()
        #: What a delete/edit conflict decides (claims and evidence): their archived copies
        #: go, stay or come back with them.
        self.at_stake: set[str] = set()

    def documents(self, mine: ProjectSnapshot, theirs: ProjectSnapshot) -> None:
        """New documents, and theirs matched to mine by id or by text hash."""
        mine_docs = {d.id: d for d in mine.documents}
        mine_by_hash = {d.text_sha256: d.id for d in mine.documents}
        for doc in theirs.documents:
            if doc.id in mine_docs:
                self.document_details(mine_docs[doc.id], doc)
                plan_versions(self.plan, mine, theirs, doc.id)
                continue
            if doc.id in self.mine.deleted:
                continue
            if doc.text_sha256 in mine_by_hash:
                self.plan.document_map[doc.id] = mine_by_hash[doc.text_sha256]
            else:
                self.plan.new_documents.append(doc)
                self.plan.versions_of_new[doc.id] = theirs.versions.get(doc.id, ())

    def copies(self, mine: ProjectSnapshot, theirs: ProjectSnapshot) -> None:
        """Archived copies: the union by SHA-256 per piece of evidence, less removals.

        A copy is only ever added or removed, so no field can conflict: theirs is taken
        unless I removed it (or already keep the same bytes with that evidence), and mine
        goes when they removed it. Copies of evidence that does not survive the merge go
        with their evidence; so do those of evidence a delete/edit conflict decides (their
        removal came with the deletion: kept, or brought back, with the evidence).
        """
        own = {c.id: c for items in mine.copies.values() for c in items}
        pairs = {(c.evidence_id, c.sha256) for c in own.values()}
        other = {c.id: c for items in theirs.copies.values() for c in items}
        for copy_id, copy in other.items():
            removed = copy_id in self.mine.deleted and copy.evidence_id not in self.at_stake
            if copy_id in own or removed:
                continue
            if (copy.evidence_id, copy.sha256) not in pairs:
                pairs.add((copy.evidence_id, copy.sha256))
                self.plan.new_copies.append(copy)
        for copy_id, copy in own.items():
            if copy.evidence_id in self.at_stake:
                continue
            if copy_id not in other and copy_id in self.theirs.deleted:
                self.plan.deleted_copies.append(copy_id)
                self.plan.labels[copy_id] = copy.name

    def entity(
        self,
        entity: Entity,
        entity_id: str,
        mine: Claim | Evidence | None,
        theirs: Claim | Evidence | None,
        held: Iterable[Evidence] = (),
    ) -> None:
        """Decide one claim (``held``: its evidence on the side that has it) or evidence.

        A claim is deleted with its evidence, so it is also kept with it: a deletion on one
        side meets the other side's work on the claim *or on its evidence* (an edit, a
        changed or archived file, new evidence) as one conflict on the claim. Taking the
        deletion unasked would throw away work its reviewer never chose to discard (a
        sync once did, showing only "- claim"); keeping the claim keeps it whole, every
        piece of evidence as the side that worked on it has it, and choosing the deletion
        removes them all. A live team window refuses such a deletion the same way (a
        colleague's change to the claim or its evidence), and a document's deletion meets
        the work on its claims so (:mod:`workbench.store.team.document_sync`).
        """
        plan = self.plan
        is_claim = entity is Entity.CLAIM
        unit = {entity_id} | {e.id for e in held}
        if mine is not None and theirs is not None:
            self.fields(entity, entity_id, mine, theirs)
        elif theirs is not None:  # only they have it: they made it, or I deleted it
            if entity_id not in self.mine.deleted:
                if isinstance(theirs, Claim):
                    plan.new_claims.append(theirs)
                else:
                    plan.new_evidence.append(theirs)
            elif (worked := self.theirs.last_work(unit)) is not None:
                self.at_stake |= unit
                self.conflict(
                    entity,
                    entity_id,
                    label_of(theirs),
                    "deleted",
                    mine=("deleted", self.mine.who(entity_id, "deleted")),
                    theirs=(_work_word(self.theirs, entity_id), worked),
                )
                if isinstance(theirs, Claim):
                    plan.restorable_claims[entity_id] = theirs
                    plan.restorable_evidence[entity_id] = list(held)
                else:
                    plan.restorable_evidence.setdefault(theirs.claim_id, []).append(theirs)
        elif mine is not None and entity_id in self.theirs.deleted:  # they deleted mine
            if is_claim:
                self.whole.add(entity_id)
            if (worked := self.mine.last_work(unit)) is not None:
                self.at_stake |= unit
                self.conflict(
                    entity,
                    entity_id,
                    label_of(mine),
                    "deleted",
                    mine=(_work_word(self.mine, entity_id), worked),
                    theirs=("deleted", self.theirs.who(entity_id, "deleted")),
                )
            else:
                (plan.deleted_claims if is_claim else plan.deleted_evidence).append(entity_id)
                plan.labels[entity_id] = label_of(mine)
