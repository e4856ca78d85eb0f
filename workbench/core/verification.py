"""What ``workbench verify`` found: a list of checks, each recomputing hashes a project stores.

A backend (the file, the team server) reads its rows and hands them to the pure checks
here: :func:`chain_check` for the history's hash chain and :func:`hash_check` for every
stored SHA-256 (document texts, imported originals, versions, attachments). Each check
gives a :class:`CheckResult`; together they make a :class:`Verification`, which says
exactly which row or item changed, with the hash that was expected and the one found.

The chain cannot see a history rewritten whole with every hash recomputed, nor its newest
rows dropped: what was recorded is consistent again. A head printed earlier (in a report)
can: :func:`locate_head` says whether it is still the head, or which row it was and how
many changes came after it, or that this history never held it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from workbench.core.errors import UserError
from workbench.core.history_chain import GENESIS, ChainRow, breaks, head
from workbench.core.records import as_record, carried

#: The fewest hex digits of a head that ``verify --head`` accepts (reports print all 64).
MIN_HEAD_DIGITS = 12


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing that no longer matches its hash: where it is, what changed, both hashes."""

    check: str
    subject: str
    message: str
    expected: str
    found: str
    #: For a history row: its 1-based place in the chain, id, entity and entity id.
    position: int | None = None
    row_id: str = ""
    entity: str = ""
    entity_id: str = ""

    def line(self) -> str:
        """The finding as one line for a terminal or a dialog."""
        return f"{self.subject}: {self.message} (expected {self.expected}, found {self.found})"


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What one check looked at (``checked`` items) and what did not match."""

    name: str
    checked: int
    findings: tuple[Finding, ...]


@dataclass(frozen=True, slots=True)
class HashedItem:
    """A stored hash and the bytes it should be the SHA-256 of."""

    subject: str
    stored: str
    data: bytes


@dataclass(frozen=True, slots=True)
class HeadCheck:
    """Where a head printed earlier stands in the history as it is now.

    ``position`` is the 1-based row whose hash it is (0: the empty history's head), or
    None when no row of this history has it; ``rows`` is how many rows there are now.
    """

    given: str
    position: int | None
    rows: int

    @property
    def found(self) -> bool:
        """True when the head is one this history has had."""
        return self.position is not None

    @property
    def since(self) -> int | None:
        """How many changes were recorded after it (None when it is not in this history)."""
        return None if self.position is None else self.rows - self.position

    def line(self) -> str:
        """The outcome as one line for a terminal or a dialog."""
        if self.position is None:
            return (
                f"The report's head {self.given} is not in this history: the history was"
                " rewritten or its newest rows dropped, or it is another project's."
            )
        if self.since == 0:
            return f"The report's head is the current head (row {self.position}); no changes since."
        return f"The report's head is row {self.position}; {self.since} change(s) since."

    def as_json(self) -> dict[str, Any]:
        """The outcome as JSON values."""
        return {
            "given": self.given,
            "found": self.found,
            "position": self.position,
            "changes_since": self.since,
        }


def parse_head(given: str) -> str:
    """A head as ``verify --head`` takes it: :data:`MIN_HEAD_DIGITS` to 64 hex digits,
    lowercased; anything else is a UserError (checked before the project is read)."""
    wanted = given.strip().lower()
    hex_only = all(c in "0123456789abcdef" for c in wanted)
    if not hex_only or not MIN_HEAD_DIGITS <= len(wanted) <= len(GENESIS):
        raise UserError(
            f"'{given}' is not a history head: give {MIN_HEAD_DIGITS} to {len(GENESIS)} hex"
            " digits of the head a report printed."
        )
    return wanted


def locate_head(hashes: Sequence[str], given: str) -> HeadCheck:
    """Where ``given`` (a full head or a prefix: see :func:`parse_head`) stands among a
    history's row hashes, oldest first.

    A prefix more than one row shares is the user's mistake, not a verdict on the
    project: a UserError asks for more digits.
    """
    wanted = parse_head(given)
    if not hashes and GENESIS.startswith(wanted):
        return HeadCheck(wanted, 0, 0)
    places = [i for i, digest in enumerate(hashes, start=1) if digest.startswith(wanted)]
    if len({hashes[i - 1] for i in places}) > 1:
        raise UserError(f"'{given}' begins {len(places)} heads in this history; give more digits.")
    return HeadCheck(wanted, places[-1] if places else None, len(hashes))


@dataclass(frozen=True, slots=True)
class Verification:
    """Every check's result for one project, and the head of its history chain."""

    project: str
    head: str
    results: tuple[CheckResult, ...]
    #: Where a head given to ``verify --head`` stands (None when none was given).
    head_check: HeadCheck | None = None

    @property
    def findings(self) -> list[Finding]:
        """Everything that changed, check by check."""
        return [finding for result in self.results for finding in result.findings]

    @property
    def intact(self) -> bool:
        """True when every stored hash and every link of the chain still holds."""
        return not self.findings

    @property
    def passed(self) -> bool:
        """Intact, and the head given (if any) is one this history has had."""
        return self.intact and (self.head_check is None or self.head_check.found)

    def summary(self) -> str:
        """One line: intact or how many changes, with what was checked."""
        checked = ", ".join(f"{r.checked} {r.name}" for r in self.results)
        if self.intact:
            return f"{self.project}: INTACT ({checked} checked); history head {self.head}"
        count = len(self.findings)
        return f"{self.project}: CHANGED, {count} problem(s) found ({checked} checked)"

    def as_json(self) -> dict[str, Any]:
        """The result as JSON values (``verify --json``)."""
        return {
            "project": self.project,
            "intact": self.intact,
            "head": self.head,
            "checked": {result.name: result.checked for result in self.results},
            "findings": [as_record(f) for f in self.findings],
            "head_check": self.head_check.as_json() if self.head_check else None,
        }


def chain_check(rows: Iterable[ChainRow], name: str = "history rows") -> tuple[CheckResult, str]:
    """Check the history chain; returns the result and the chain's head hash."""
    ordered = list(rows)
    findings = tuple(
        carried(
            b,
            Finding,
            check=name,
            subject=f"history row {b.position} (id {b.row_id}, {b.entity} {b.entity_id})",
        )
        for b in breaks(ordered)
    )
    return CheckResult(name, len(ordered), findings), head(ordered)


def hash_check(name: str, items: Iterable[HashedItem]) -> CheckResult:
    """Check that each item's bytes still have the SHA-256 stored for them."""
    checked = 0
    findings: list[Finding] = []
    for item in items:
        checked += 1
        digest = hashlib.sha256(item.data).hexdigest()
        if digest != item.stored:
            message = "its bytes no longer match the SHA-256 stored for them"
            findings.append(Finding(name, item.subject, message, item.stored, digest))
    return CheckResult(name, checked, tuple(findings))
