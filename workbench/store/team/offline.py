"""Offline copies of a team project, and the sync that brings them back.

A checkout is an ordinary ``.factcheck`` file made by merging the server's project into
an empty one: it gets the server's rows *and history rows with the same ids*, so the two
share their past and :mod:`workbench.core.merge` can later tell each side's work since
the split. The file remembers where it came from in the ``team_origin`` meta key (the
address without any password; libpq supplies credentials again on sync).

Sync is two merges through the same planner: the server's new work into the file (the
user settles conflicts, as in a merge of a colleague's copy), then the file's work onto
the server, which after the first step has nothing left to conflict with. Each step is
one transaction on its side; the server step NOTIFYs, so open windows refresh.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from workbench.core.errors import UserError
from workbench.core.merge import MergePlan, MergeSource, Side, plan_merge
from workbench.store import merging, records
from workbench.store.projectfile import Project
from workbench.store.team.address import TeamAddress, parse
from workbench.store.team.origin import read_origin, write_origin
from workbench.store.team.project import TeamProject, store_blob


def write_copy(team: TeamProject, destination: Path) -> Path:
    """Write the team project into a new local file that remembers its origin."""
    if destination.exists():
        raise UserError(f"'{destination.name}' already exists; choose another name.")
    partial = destination.with_name(f".{destination.name}.partial")
    partial.unlink(missing_ok=True)
    snapshot = team.snapshot()
    try:
        with Project.create(partial, reviewer=team.reviewer) as local:
            with local.db.atomic():
                records.write_settings(local.db, snapshot.settings)
                write_origin(local, team.address.display())
            _merge_into_file(local, team, snapshot_plan(local, team), Side.THEIRS)
        partial.replace(destination)
    finally:
        partial.unlink(missing_ok=True)
    return destination


def write_share_copy(team: TeamProject, destination: Path, *, include_originals: bool) -> int:
    """A compact ``.factcheck`` copy for e-mail, made through a temporary checkout."""
    with tempfile.TemporaryDirectory() as folder:
        copy = write_copy(team, Path(folder) / "copy.factcheck")
        with Project.open(copy, read_only=True) as local:
            return local.share_copy(destination, include_originals=include_originals)


def origin(local: Project) -> TeamAddress:
    """The team project an offline copy came from, or a UserError if it is not one."""
    value = read_origin(local)
    if value is None:
        raise UserError(
            f"'{local.path.name}' is not an offline copy of a team project"
            " (take one with 'workbench team checkout')."
        )
    return parse(value)


def snapshot_plan(local: Project, team: TeamProject) -> MergePlan:
    """What the server brings to the local file since they last met."""
    return plan_merge(local.snapshot(), team.snapshot())


@dataclass(frozen=True, slots=True)
class SyncResult:
    """What a sync took from the server and sent to it."""

    taken: MergePlan
    sent: MergePlan


def sync(
    local: Project,
    team: TeamProject,
    choices: Mapping[str, Side] | Side | None,
    choose: Callable[[MergePlan], Mapping[str, Side] | None] | None = None,
) -> SyncResult:
    """Take the server's work into the file, then send the file's work to the server.

    Conflicts need ``choices`` (per conflict key, or one side for all), or ``choose``,
    which is shown the plan (the window's conflict dialog) and may cancel with None;
    without either the sync stops before writing anything and says how many there are.
    """
    local.ensure_writable()
    team.ensure_writable()
    taken = snapshot_plan(local, team)
    if taken.conflicts and choices is None and choose is not None:
        choices = choose(taken)
        if choices is None:
            raise UserError("The sync was cancelled; nothing was changed.")
    if taken.conflicts and choices is None:
        raise UserError(
            f"{len(taken.conflicts)} conflict(s) between your copy and the team server;"
            " nothing was synced. Settle them with --prefer mine or --prefer theirs."
        )
    _merge_into_file(local, team, taken, choices or Side.MINE)
    sent = plan_merge(team.snapshot(), local.snapshot())
    originals = {d.id: local.document_original(d.id) for d in sent.new_documents}
    head = local.history_head()
    team.apply_merge(MergeSource(local.path.name, sent, originals, head=head), Side.THEIRS)
    _copy_attachments(local, team, [item.id for item in sent.new_evidence], to_server=True)
    return SyncResult(taken, sent)


def _merge_into_file(
    local: Project, team: TeamProject, plan: MergePlan, choices: Mapping[str, Side] | Side
) -> None:
    originals = {d.id: team.document_original(d.id) for d in plan.new_documents}
    name = team.address.display()
    source = MergeSource(name, plan, originals, head=team.history_head())
    merging.apply_merge(local, source, choices)
    _copy_attachments(local, team, [item.id for item in plan.new_evidence], to_server=False)


def _copy_attachments(
    local: Project, team: TeamProject, evidence_ids: list[str], *, to_server: bool
) -> None:
    """Bring new evidence's attached files across (by hash on the server)."""
    for evidence_id in evidence_ids:
        source = local if to_server else team
        data = source.evidence_attachment(evidence_id)
        if data is None:
            continue
        if to_server:
            with team.conn.transaction():
                digest = store_blob(team.conn, data)
                team.conn.execute(
                    "update evidence set attachment_sha256 = %s where id = %s",
                    [digest, evidence_id],
                )
        else:
            with local.db.atomic():
                local.db.table("evidence").update(evidence_id, {"attachment": data})


def publish(local_path: Path, team: TeamProject) -> MergePlan:
    """Put a local project onto an empty team project (its rows and history, same ids)."""
    if team.documents() or team.history():
        raise UserError(
            f"Project '{team.address.project}' on the server is not empty; publish into a new"
            " project name, or take a copy and sync."
        )
    with Project.open(local_path, read_only=True) as local:
        snapshot = local.snapshot()
        plan = plan_merge(team.snapshot(), snapshot)
        originals = {d.id: local.document_original(d.id) for d in plan.new_documents}
        team.update_settings(snapshot.settings)
        source = MergeSource(local_path.name, plan, originals, head=local.history_head())
        team.apply_merge(source, Side.THEIRS)
        _copy_attachments(local, team, [item.id for item in plan.new_evidence], to_server=True)
    return plan
