"""The project's settings in a sync: three-way, key by key, like a claim's fields.

The merge planner reads claims, evidence and documents from both histories; settings
(title, organisation, the rating scale) change through history rows too (the whole
before and after of each save), so the same rule applies here: a setting only the other
side changed since the split is taken, one both changed differently is a
:class:`~workbench.core.merge.Conflict` shown with the others, one only this side changed
stays. Without this, a rating scale changed on the server would never reach an offline
copy, and one changed offline never the server.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from workbench.core.merge import Conflict, Side, Who
from workbench.core.model import Action, Entity, HistoryEvent, ProjectSettings, ProjectSnapshot
from workbench.store import records

_SETTINGS = "settings"
_LABEL = "Project settings"


@dataclass(frozen=True, slots=True)
class SettingsPlan:
    """What the other side brings to the settings: plain JSON values per setting."""

    updates: dict[str, Any] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)


def plan_settings(mine: ProjectSnapshot, theirs: ProjectSnapshot) -> SettingsPlan:
    """The settings THEIRS changed since the split, and those both changed differently."""
    mine_ids = {e.id for e in mine.history}
    theirs_ids = {e.id for e in theirs.history}
    mine_changed = _changed(e for e in mine.history if e.id not in theirs_ids)
    theirs_changed = _changed(e for e in theirs.history if e.id not in mine_ids)
    mine_values = records.settings_json(mine.settings)
    theirs_values = records.settings_json(theirs.settings)
    plan = SettingsPlan()
    for key, who in theirs_changed.items():
        if mine_values.get(key) == theirs_values.get(key):
            continue
        if key in mine_changed:
            mine_value, theirs_value = mine_values.get(key), theirs_values.get(key)
            conflict = Conflict(
                Entity.PROJECT, _SETTINGS, _LABEL, key, mine_value, theirs_value,
                mine_changed[key], who,
            )  # fmt: skip
            plan.conflicts.append(conflict)
        else:
            plan.updates[key] = theirs_values.get(key)
    return plan


def settled(
    current: ProjectSettings, plan: SettingsPlan, choices: Mapping[str, Side] | Side
) -> ProjectSettings | None:
    """The settings after the plan with its conflicts settled; None when nothing changes."""
    values = records.settings_json(current)
    wanted = dict(values, **plan.updates)
    for conflict in plan.conflicts:
        side = choices if isinstance(choices, Side) else choices.get(conflict.key)
        if side is Side.THEIRS:
            wanted[conflict.field] = conflict.theirs
    if wanted == values:
        return None
    encoded = {key: json.dumps(value, ensure_ascii=False) for key, value in wanted.items()}
    return records.settings_from_values(encoded)[0]


def _changed(events: Iterable[HistoryEvent]) -> dict[str, Who]:
    """Each setting a side's settings saves changed, with who changed it last."""
    changed: dict[str, Who] = {}
    for event in events:
        if event.entity is not Entity.PROJECT or event.entity_id != _SETTINGS:
            continue
        if event.action is not Action.UPDATE:
            continue
        before, after = event.before or {}, event.after or {}
        for key, value in after.items():
            if before.get(key) != value:
                changed[key] = Who(event.reviewer, event.at)
    return changed
