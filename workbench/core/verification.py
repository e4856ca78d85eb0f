"""What ``workbench verify`` found: a list of checks, each recomputing hashes a project stores.

A backend (the file, the team server) reads its rows and hands them to the pure checks
here: :func:`chain_check` for the history's hash chain and :func:`hash_check` for every
stored SHA-256 (document texts, imported originals, versions, attachments). Each check
gives a :class:`CheckResult`; together they make a :class:`Verification`, which says
exactly which row or item changed, with the hash that was expected and the one found.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from workbench.core.history_chain import ChainRow, breaks, head
from workbench.core.records import as_record, carried


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
class Verification:
    """Every check's result for one project, and the head of its history chain."""

    project: str
    head: str
    results: tuple[CheckResult, ...]

    @property
    def findings(self) -> list[Finding]:
        """Everything that changed, check by check."""
        return [finding for result in self.results for finding in result.findings]

    @property
    def intact(self) -> bool:
        """True when every stored hash and every link of the chain still holds."""
        return not self.findings

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
