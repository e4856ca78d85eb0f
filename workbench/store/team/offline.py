"""Offline copies of a team project, and the sync that brings them back.

A checkout is an ordinary ``.factcheck`` file made by merging the server's project into
an empty one: it gets the server's rows *and history rows with the same ids*, so the two
share their past and :mod:`workbench.core.merge` can later tell each side's work since
the split. The file remembers where it came from in the ``team_origin`` meta key (the
address without any password; libpq supplies credentials again on sync).

Sync is two merges through the same planner: the server's new work into the file (the
user settles conflicts, as in a merge of a colleague's copy), then the file's work onto
the server, which after the first step has nothing left to conflict with. Each step is
one transaction on its side; the server step NOTIFYs, so open windows refresh. Where both
imported a different new text of a document, the file's own versions are renumbered after
the server's in the first step (:mod:`workbench.store.team.numbering`), so both sides end
with the server's numbers.
"""

from __future__ import annotations

import functools
import tempfile
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from workbench.core.errors import UserError
from workbench.core.merge import MergePlan, Side, plan_merge
from workbench.core.translatable import Message
from workbench.store import merging, records, versions
from workbench.store.merging import merge_source
from workbench.store.projectfile import Project
from workbench.store.team import document_sync, numbering
from workbench.store.team.address import TeamAddress, parse
from workbench.store.team.origin import read_origin, write_origin
from workbench.store.team.project import TeamProject
from workbench.store.team.settings_merge import SettingsPlan, plan_settings, settled


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
    #: Archived copies of evidence that stay in the file only: the server does not keep
    #: them yet, and a sync must say so rather than leave them behind silently.
    kept_here: int = 0
    #: The file's own versions renumbered after the server's (document id -> old -> new).
    renumbered: numbering.Numbering = field(default_factory=dict)
    #: The title of each renumbered document, as the summary names it.
    titles: Mapping[str, str] = field(default_factory=dict)

    def messages(self) -> list[Message]:
        """The renumbered versions, one line each, for the window to translate."""
        return numbering.renumber_messages(self.renumbered, self.titles)

    def notes(self) -> list[str]:
        """What the user must know beyond the plans (one line each)."""
        lines = [line.english() for line in self.messages()]
        if not self.kept_here:
            return lines
        many = self.kept_here != 1
        kept = (
            f"{self.kept_here} archived cop{'ies' if many else 'y'} of evidence"
            f" {'stay' if many else 'stays'} in this file only: the team server does not"
            " keep archived copies yet."
        )
        return [*lines, kept]


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
    mine, theirs = local.snapshot(), team.snapshot()
    renumbered = numbering.server_numbering(mine, theirs)
    mine = numbering.renumbered(mine, renumbered)
    taken = plan_merge(mine, theirs)
    settings_taken = plan_settings(mine, theirs)
    documents_taken = document_sync.plan_documents(mine, theirs)
    taken.conflicts.extend(settings_taken.conflicts + documents_taken.conflicts)
    if taken.conflicts and choices is None and choose is not None:
        choices = choose(taken)
        if choices is None:
            raise UserError("The sync was cancelled; nothing was changed.")
    if taken.conflicts and choices is None:
        raise UserError(
            f"{len(taken.conflicts)} conflict(s) between your copy and the team server;"
            " nothing was synced. Settle them with --prefer mine or --prefer theirs."
        )
    choices = choices or Side.MINE
    gone = document_sync.settle(taken, documents_taken, choices)
    _merge_into_file(
        local,
        team,
        taken,
        choices,
        settings_plan=settings_taken,
        deleted_documents=gone,
        renumbered=renumbered,
    )
    mine, theirs = team.snapshot(), local.snapshot()
    sent = plan_merge(mine, theirs)
    settings = settled(mine.settings, plan_settings(mine, theirs), Side.THEIRS)
    source = merge_source(local.path.name, sent, local, _file_versions(local))
    gone = document_sync.deleted_here(mine, theirs)
    team.apply_merge(source, Side.THEIRS, settings=settings, deleted_documents=gone)
    titles = {d.id: d.title for d in mine.documents if d.id in renumbered}
    return SyncResult(taken, sent, len(local.archived_copies()), renumbered, titles)


def _merge_into_file(
    local: Project,
    team: TeamProject,
    plan: MergePlan,
    choices: Mapping[str, Side] | Side,
    *,
    settings_plan: SettingsPlan | None = None,
    deleted_documents: Collection[str] = (),
    renumbered: numbering.Numbering | None = None,
) -> None:
    """The server's work into the file, settings and deletions included, in one transaction.

    The file's own versions are renumbered first (the plan was made against the file as
    it reads afterwards: see :mod:`workbench.store.team.numbering`).
    """
    source = merge_source(team.address.display(), plan, team, team.version_original)
    with local.db.atomic():
        for document_id, numbers in (renumbered or {}).items():
            versions.renumber(local, document_id, numbers)
        merging.apply_merge(local, source, choices)
        settings = settled(local.settings(), settings_plan, choices) if settings_plan else None
        if settings is not None:
            records.write_settings(local.db, settings)
        for document_id in deleted_documents:
            _delete_document_rows(local, document_id)


def _delete_document_rows(local: Project, document_id: str) -> None:
    """Remove a document the server deleted, with everything on it (its history came along)."""
    db = local.db
    claims = "select id from claims where document_id = ?"
    db.execute(f"delete from evidence where claim_id in ({claims})", [document_id])
    db.execute("delete from claims where document_id = ?", [document_id])
    db.execute("delete from document_versions where document_id = ?", [document_id])
    db.execute("delete from documents where id = ?", [document_id])


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
        team.update_settings(snapshot.settings)
        source = merge_source(local_path.name, plan, local, _file_versions(local))
        team.apply_merge(source, Side.THEIRS)
    return plan


def _file_versions(local: Project) -> Callable[[str, int], bytes | None]:
    """Where a file's versions' originals are read from."""
    return functools.partial(versions.version_original, local)
