"""The history's events: who changed what, when, with the fields before and after."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Action(StrEnum):
    """What a history event did."""

    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


class Entity(StrEnum):
    """What a history event changed."""

    PROJECT = "project"
    DOCUMENT = "document"
    CLAIM = "claim"
    EVIDENCE = "evidence"
    #: A file kept with a piece of evidence (see :mod:`workbench.core.archived`).
    ARCHIVED_COPY = "archived_copy"


@dataclass(frozen=True, slots=True)
class HistoryEvent:
    """One append-only record of a change: who, when, what, before and after.

    ``before``/``after`` hold only the fields that changed (whole rows for create and
    delete), which answers "who marked this disputed, and when?" and feeds merge.
    """

    id: str
    at: str
    reviewer: str
    action: Action
    entity: Entity
    entity_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
