"""Three-way merge of two reviewers' copies of one project, read from their histories.

Copies of a project share the history rows written before they were split. An event only
one side has is that side's work since the split; that is what decides, field by field,
whose value wins: a field changed on one side only is taken from that side, a field
changed differently on both is a :class:`Conflict` for the user to settle, and a deletion
on one side against an edit on the other is a conflict too. Documents are matched by id,
or by the hash of their text when the other reviewer imported the same article
separately. The plan is pure data; :mod:`workbench.store` applies it in one transaction
and copies the other side's history, so merging the same copy again changes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from workbench.core.archived import ArchivedCopy
from workbench.core.model import (
    CLAIM_ANCHOR_FIELDS,
    CLAIM_EDITABLE_FIELDS,
    CLAIM_SPAN_FIELDS,
    DOCUMENT_DETAIL_FIELDS,
    EVIDENCE_EDITABLE_FIELDS,
    Action,
    Claim,
    Document,
    DocumentVersion,
    Entity,
    Evidence,
    HistoryEvent,
    ProjectSnapshot,
)


class Side(StrEnum):
    """Whose version to keep."""

    MINE = "mine"
    THEIRS = "theirs"


@dataclass(frozen=True, slots=True)
class Who:
    """Who last changed something on one side, and when ("" when unknown)."""

    reviewer: str = ""
    at: str = ""


@dataclass(frozen=True, slots=True)
class Conflict:
    """One thing both sides changed differently; ``field`` is "deleted" for delete/edit."""

    entity: Entity
    entity_id: str
    label: str  # what the user recognises: the claim's quote, the evidence's title
    field: str
    mine: Any
    theirs: Any
    mine_by: Who
    theirs_by: Who

    @property
    def key(self) -> str:
        """Stable identifier, for choosing a side per conflict."""
        return f"{self.entity.value}:{self.entity_id}:{self.field}"


@dataclass(slots=True)
class MergePlan:
    """What merging THEIRS into MINE would do, before conflicts are settled."""

    new_documents: list[Document] = field(default_factory=list)
    document_map: dict[str, str] = field(default_factory=dict)  # theirs id -> mine id
    new_claims: list[Claim] = field(default_factory=list)
    claim_updates: dict[str, dict[str, Any]] = field(default_factory=dict)
    deleted_claims: list[str] = field(default_factory=list)
    new_evidence: list[Evidence] = field(default_factory=list)
    evidence_updates: dict[str, dict[str, Any]] = field(default_factory=dict)
    deleted_evidence: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    history: list[HistoryEvent] = field(default_factory=list)
    #: What the user recognises each changed or deleted item by (quote, evidence title).
    labels: dict[str, str] = field(default_factory=dict)
    # What choosing "theirs" in a delete/edit conflict restores or removes.
    restorable_claims: dict[str, Claim] = field(default_factory=dict)
    restorable_evidence: dict[str, list[Evidence]] = field(default_factory=dict)
    #: A claim's whole span and anchoring as they have it, per claim whose span they moved
    #: (taken as one unit, never field by field).
    span_values: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: Document details (title, author...) they changed and I did not.
    document_updates: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: Evidence whose attached file they changed (id -> file name, "" when removed).
    attachment_updates: dict[str, str] = field(default_factory=dict)
    #: Newer versions of a shared document they imported, oldest first, numbered as they
    #: will be here.
    new_versions: list[DocumentVersion] = field(default_factory=list)
    #: Per shared document, their version numbers that differ here (document id -> their
    #: number -> its number here): both copies imported a different new text, so theirs
    #: come after mine.
    renumbered: dict[str, dict[int, int]] = field(default_factory=dict)
    #: The versions of each new document, as they have them.
    versions_of_new: dict[str, tuple[DocumentVersion, ...]] = field(default_factory=dict)
    #: Archived copies they kept that I have not (a file already kept with the same
    #: evidence, by SHA-256, is not taken twice), and copies they removed.
    new_copies: list[ArchivedCopy] = field(default_factory=list)
    deleted_copies: list[str] = field(default_factory=list)

    def their_number(self, document_id: str, number: int) -> int:
        """A version's number in their copy, given its number here."""
        theirs = (n for n, here in self.renumbered.get(document_id, {}).items() if here == number)
        return next(theirs, number)

    @property
    def change_count(self) -> int:
        """How many changes the plan makes before conflicts are settled."""
        return (
            len(self.new_documents)
            + len(self.new_versions)
            + len(self.document_updates)
            + len(self.attachment_updates)
            + len(self.new_claims)
            + len(self.claim_updates)
            + len(self.deleted_claims)
            + len(self.new_evidence)
            + len(self.evidence_updates)
            + len(self.deleted_evidence)
            + len(self.new_copies)
            + len(self.deleted_copies)
        )

    @property
    def is_empty(self) -> bool:
        """True when merging would change nothing, history included."""
        return self.change_count == 0 and not self.conflicts and not self.history


class _SideLog:
    """One side's work since the split: what it created, changed and deleted, by whom."""

    def __init__(self, events: Iterable[HistoryEvent]) -> None:
        self.changed: dict[str, set[str]] = defaultdict(set)
        self.created: set[str] = set()
        self.deleted: set[str] = set()
        self.last: dict[tuple[str, str], Who] = {}
        #: The last value each changed field was given (what an attachment's checksum was).
        self.values: dict[tuple[str, str], Any] = {}
        for event in events:
            who = Who(event.reviewer, event.at)
            if event.action is Action.UPDATE:
                for name, value in (event.after or {}).items():
                    self.changed[event.entity_id].add(name)
                    self.last[(event.entity_id, name)] = who
                    self.values[(event.entity_id, name)] = value
            elif event.action is Action.CREATE:
                self.created.add(event.entity_id)
            else:
                self.deleted.add(event.entity_id)
                self.last[(event.entity_id, "deleted")] = who

    def touched(self, entity_id: str) -> bool:
        return bool(self.changed.get(entity_id))

    def changed_any(self, entity_id: str, names: Iterable[str]) -> bool:
        """Whether this side changed any of ``names`` of the entity."""
        return not self.changed.get(entity_id, set()).isdisjoint(names)

    def who_any(self, entity_id: str, names: Iterable[str]) -> Who:
        """The last change to any of ``names``."""
        return max((self.who(entity_id, n) for n in names), key=lambda w: w.at, default=Who())

    def who(self, entity_id: str, name: str) -> Who:
        return self.last.get((entity_id, name), Who())

    def last_edit(self, entity_id: str) -> Who:
        edits = [self.who(entity_id, name) for name in self.changed.get(entity_id, ())]
        return max(edits, key=lambda who: who.at, default=Who())


def plan_merge(mine: ProjectSnapshot, theirs: ProjectSnapshot) -> MergePlan:
    """What THEIRS brings to MINE: changes to take, and conflicts to settle."""
    mine_ids = {e.id for e in mine.history}
    theirs_ids = {e.id for e in theirs.history}
    theirs_only = [e for e in theirs.history if e.id not in mine_ids]
    planner = _Planner(
        MergePlan(history=theirs_only),
        mine=_SideLog(e for e in mine.history if e.id not in theirs_ids),
        theirs=_SideLog(theirs_only),
    )
    plan = planner.plan
    planner.documents(mine, theirs)
    mine_claims = {c.id: c for c in mine.claims}
    theirs_claims = {c.id: c for c in theirs.claims}
    known_documents = {d.id for d in mine.documents} | {d.id for d in plan.new_documents}
    for claim_id, theirs_claim in theirs_claims.items():
        document_id = plan.document_map.get(theirs_claim.document_id, theirs_claim.document_id)
        if document_id in known_documents:
            claim = planner.their_numbering(theirs_claim.with_changes(document_id=document_id))
            planner.entity(Entity.CLAIM, claim_id, mine_claims.get(claim_id), claim)
    for claim_id, mine_claim in mine_claims.items():
        if claim_id not in theirs_claims:
            planner.entity(Entity.CLAIM, claim_id, mine_claim, None)
    mine_evidence = {e.id: e for items in mine.evidence.values() for e in items}
    theirs_evidence = {e.id: e for items in theirs.evidence.values() for e in items}
    surviving = (set(mine_claims) | {c.id for c in plan.new_claims}) - set(plan.deleted_claims)
    for evidence_id, item in theirs_evidence.items():
        if item.claim_id in surviving or item.claim_id in plan.restorable_claims:
            planner.entity(Entity.EVIDENCE, evidence_id, mine_evidence.get(evidence_id), item)
    for evidence_id, item in mine_evidence.items():
        if evidence_id not in theirs_evidence and item.claim_id not in plan.deleted_claims:
            planner.entity(Entity.EVIDENCE, evidence_id, item, None)
    _hold_back_evidence_of_restorable_claims(plan)
    planner.copies(mine, theirs)
    return plan


class _Planner:
    """Fills a plan, entity by entity, from both sides' logs."""

    def __init__(self, plan: MergePlan, *, mine: _SideLog, theirs: _SideLog) -> None:
        self.plan = plan
        self.mine = mine
        self.theirs = theirs

    def documents(self, mine: ProjectSnapshot, theirs: ProjectSnapshot) -> None:
        """New documents, and theirs matched to mine by id or by text hash."""
        mine_docs = {d.id: d for d in mine.documents}
        mine_by_hash = {d.text_sha256: d.id for d in mine.documents}
        for doc in theirs.documents:
            if doc.id in mine_docs:
                self.document_details(mine_docs[doc.id], doc)
                self.versions(mine, theirs, doc.id)
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
        with their evidence.
        """
        own = {c.id: c for items in mine.copies.values() for c in items}
        pairs = {(c.evidence_id, c.sha256) for c in own.values()}
        other = {c.id: c for items in theirs.copies.values() for c in items}
        for copy_id, copy in other.items():
            if copy_id in own or copy_id in self.mine.deleted:
                continue
            if (copy.evidence_id, copy.sha256) not in pairs:
                pairs.add((copy.evidence_id, copy.sha256))
                self.plan.new_copies.append(copy)
        for copy_id, copy in own.items():
            if copy_id not in other and copy_id in self.theirs.deleted:
                self.plan.deleted_copies.append(copy_id)
                self.plan.labels[copy_id] = copy.name

    def document_details(self, mine: Document, theirs: Document) -> None:
        """Title, author, publisher, date and URL: field by field, like a claim's."""
        updates: dict[str, Any] = {}
        for name in DOCUMENT_DETAIL_FIELDS:
            mine_value, theirs_value = getattr(mine, name), getattr(theirs, name)
            if mine_value == theirs_value or name not in self.theirs.changed.get(mine.id, ()):
                continue
            if name in self.mine.changed.get(mine.id, ()):
                self.plan.conflicts.append(
                    Conflict(
                        Entity.DOCUMENT,
                        mine.id,
                        mine.title,
                        name,
                        mine_value,
                        theirs_value,
                        self.mine.who(mine.id, name),
                        self.theirs.who(mine.id, name),
                    )
                )
            else:
                updates[name] = theirs_value
        if updates:
            self.plan.document_updates[mine.id] = updates
            self.plan.labels[mine.id] = mine.title

    def versions(self, mine: ProjectSnapshot, theirs: ProjectSnapshot, document_id: str) -> None:
        """Their newer versions of a shared document, after the versions both copies share.

        Where the copies part (both imported a different new text under the same number),
        nothing is dropped and nothing guessed: my versions keep their numbers, and theirs
        from there on follow mine, in their order, so the last one they imported becomes
        the current text here and every claim can be carried to it.
        """
        own = {v.number: v.text_sha256 for v in mine.versions.get(document_id, ())}
        other = theirs.versions.get(document_id, ())
        if not own or not other:
            return
        parted = [v.number for v in other if v.number in own and own[v.number] != v.text_sha256]
        if not parted:
            self.plan.new_versions.extend(v for v in other if v.number not in own)
            return
        first = min(parted)
        here = {sha: number for number, sha in own.items()}  # merged before: already here
        numbers: dict[int, int] = {}
        following = max(own)
        for item in (v for v in other if v.number >= first):
            if item.text_sha256 in here:
                numbers[item.number] = here[item.text_sha256]
                continue
            following += 1
            numbers[item.number] = following
            self.plan.new_versions.append(replace(item, number=following))
        self.plan.renumbered[document_id] = numbers

    def their_numbering(self, claim: Claim) -> Claim:
        """Their claim with its version numbers as they are here (see :meth:`versions`)."""
        numbers = self.plan.renumbered.get(claim.document_id)
        if not numbers:
            return claim
        return claim.with_changes(
            version=numbers.get(claim.version, claim.version),
            checked_version=numbers.get(claim.checked_version, claim.checked_version),
        )

    def entity(
        self,
        entity: Entity,
        entity_id: str,
        mine: Claim | Evidence | None,
        theirs: Claim | Evidence | None,
    ) -> None:
        """Decide one claim or piece of evidence."""
        plan = self.plan
        is_claim = entity is Entity.CLAIM
        if mine is not None and theirs is not None:
            self.fields(entity, entity_id, mine, theirs)
        elif theirs is not None:  # only they have it: they made it, or I deleted it
            if entity_id not in self.mine.deleted:
                if isinstance(theirs, Claim):
                    plan.new_claims.append(theirs)
                else:
                    plan.new_evidence.append(theirs)
            elif self.theirs.touched(entity_id):
                self.conflict(
                    entity,
                    theirs,
                    "deleted",
                    ("deleted", self.mine.who(entity_id, "deleted")),
                    ("edited", self.theirs.last_edit(entity_id)),
                )
                if isinstance(theirs, Claim):
                    plan.restorable_claims[entity_id] = theirs
                else:
                    plan.restorable_evidence.setdefault(theirs.claim_id, []).append(theirs)
        elif mine is not None and entity_id in self.theirs.deleted:  # they deleted mine
            if self.mine.touched(entity_id):
                self.conflict(
                    entity,
                    mine,
                    "deleted",
                    ("edited", self.mine.last_edit(entity_id)),
                    ("deleted", self.theirs.who(entity_id, "deleted")),
                )
            else:
                (plan.deleted_claims if is_claim else plan.deleted_evidence).append(entity_id)
                plan.labels[entity_id] = _label(mine)

    def fields(
        self, entity: Entity, entity_id: str, mine: Claim | Evidence, theirs: Claim | Evidence
    ) -> None:
        """Take fields only they changed; a field both changed differently is a conflict."""
        editable = CLAIM_EDITABLE_FIELDS if entity is Entity.CLAIM else EVIDENCE_EDITABLE_FIELDS
        updates: dict[str, Any] = {}
        for name in editable:
            mine_value = _plain(getattr(mine, name))
            theirs_value = _plain(getattr(theirs, name))
            if mine_value == theirs_value or name not in self.theirs.changed.get(entity_id, ()):
                continue
            if name in self.mine.changed.get(entity_id, ()):
                self.conflict(
                    entity,
                    mine,
                    name,
                    (mine_value, self.mine.who(entity_id, name)),
                    (theirs_value, self.theirs.who(entity_id, name)),
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
            self.plan.labels[entity_id] = _label(mine)

    def span(self, mine: Claim, theirs: Claim, updates: dict[str, Any]) -> None:
        """A claim's span, quote and context (and its anchoring) merge as one unit.

        Taking their start with my quote would anchor the claim to text it does not
        quote; so their whole span is taken, or, if both moved it differently, the span is
        one conflict shown by its quotes.
        """
        group = CLAIM_SPAN_FIELDS + CLAIM_ANCHOR_FIELDS
        values = {name: _plain(getattr(theirs, name)) for name in group}
        if all(_plain(getattr(mine, n)) == values[n] for n in (*CLAIM_SPAN_FIELDS, "version")):
            return
        if not self.theirs.changed_any(mine.id, (*CLAIM_SPAN_FIELDS, "version")):
            return  # (a claim carried to their new version unmoved changed its version only)
        self.plan.span_values[mine.id] = values
        if self.mine.changed_any(mine.id, CLAIM_SPAN_FIELDS):
            self.plan.conflicts.append(
                Conflict(
                    Entity.CLAIM,
                    mine.id,
                    _label(mine),
                    "span",
                    mine.quote,
                    theirs.quote,
                    self.mine.who_any(mine.id, CLAIM_SPAN_FIELDS),
                    self.theirs.who_any(mine.id, CLAIM_SPAN_FIELDS),
                )
            )
        else:
            updates.update(values)

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
            self.plan.conflicts.append(
                Conflict(
                    Entity.EVIDENCE,
                    mine.id,
                    _label(mine),
                    "attachment",
                    mine.attachment_name,
                    theirs_name,
                    self.mine.who(mine.id, key),
                    self.theirs.who(mine.id, key),
                )
            )
        self.plan.attachment_updates[mine.id] = theirs_name
        self.plan.labels[mine.id] = _label(mine)

    def conflict(
        self,
        entity: Entity,
        value: Claim | Evidence,
        name: str,
        mine: tuple[Any, Who],
        theirs: tuple[Any, Who],
    ) -> None:
        """Record a conflict; ``mine``/``theirs`` are (value, who changed it)."""
        self.plan.conflicts.append(
            Conflict(entity, value.id, _label(value), name, mine[0], theirs[0], mine[1], theirs[1])
        )


def _label(value: Claim | Evidence) -> str:
    return value.quote if isinstance(value, Claim) else value.display_title


def _plain(value: Any) -> Any:
    return getattr(value, "value", value)


def _hold_back_evidence_of_restorable_claims(plan: MergePlan) -> None:
    """Evidence of a claim I deleted comes back only with its claim (if they win)."""
    held = [e for e in plan.new_evidence if e.claim_id in plan.restorable_claims]
    for item in held:
        plan.new_evidence.remove(item)
        plan.restorable_evidence.setdefault(item.claim_id, []).append(item)


@dataclass(frozen=True, slots=True)
class MergeSource:
    """The other copy, read once: its plan against ours and the original files it brings."""

    name: str
    plan: MergePlan
    originals: dict[str, bytes | None]
    #: Attached files of their new evidence and of attachments they changed, by evidence id.
    attachments: dict[str, bytes | None] = field(default_factory=dict)
    #: The head of the other copy's history chain when it was read (recorded by the merge,
    #: so that copy's chain can be checked against it later).
    head: str = ""
    #: The bytes of their new archived copies, by SHA-256 (absent: their copy lacks them).
    blobs: dict[str, bytes] = field(default_factory=dict)


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

    def restored_claims(self) -> list[tuple[Claim, list[Evidence]]]:
        """Claims I deleted that they edited, brought back because "theirs" was chosen."""
        return [
            (
                self.plan.restorable_claims[c.entity_id],
                self.plan.restorable_evidence.get(c.entity_id, []),
            )
            for c in self._theirs(Entity.CLAIM)
            if c.field == "deleted" and c.mine == "deleted"
        ]

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

    def restored_evidence(self) -> list[Evidence]:
        """Evidence I deleted that they edited, where "theirs" was chosen."""
        restored: list[Evidence] = []
        for conflict in self._theirs(Entity.EVIDENCE):
            if conflict.field == "deleted" and conflict.mine == "deleted":
                restored += [
                    e
                    for items in self.plan.restorable_evidence.values()
                    for e in items
                    if e.id == conflict.entity_id
                ]
        return restored

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
