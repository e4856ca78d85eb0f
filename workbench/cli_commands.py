"""What each command-line sub-command does: open the project, call the store, print.

The argument parsing and the exit codes live in :mod:`workbench.cli`; these handlers
take its parsed arguments, call the same store, importer and report functions as the
window, and return the exit code. A user problem is raised as a UserError. Everything
they print passes through :func:`say` or :func:`warn`, which make text from a file inert
on the terminal; JSON output is :func:`~workbench.core.inert.inert_json`.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from workbench.cli_team import team_project
from workbench.core.errors import UserError
from workbench.core.inert import inert, inert_json
from workbench.core.model import (
    Evidence,
    ImportedDocument,
    Reviewer,
    Stance,
    Status,
    new_claim,
    new_id,
    now_iso,
)
from workbench.core.translatable import LANGUAGES
from workbench.settings import Settings

#: The version of the ``claims --json`` output; bump on any incompatible change.
CLAIMS_JSON_VERSION = 1


def say(line: str) -> None:
    """Print one line of output on stdout, inert (it may quote the file)."""
    print(inert(line))


def warn(message: str) -> None:
    """Print a warning on stderr, inert (it may quote the file)."""
    print(f"workbench: warning: {inert(message)}", file=sys.stderr)


def valid_text(text: str) -> str:
    """Command-line text as text to store: bytes that are not UTF-8 become U+FFFD.

    On POSIX an argument keeps undecodable bytes as lone surrogates (surrogateescape),
    which open a file by its real name but cannot be stored or printed.
    """
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _reviewer(args: argparse.Namespace) -> str:
    """The checked name of who makes the change: ``--reviewer``, else the saved name.

    Checked before the project is opened, so a bad name is refused before the lock is
    taken, and the lock names the real reviewer.
    """
    name = (args.reviewer or "").strip() or Settings().reviewer_name()
    return Reviewer(name).name if name.strip() else ""


def _open_for_writing(args: argparse.Namespace) -> Any:
    """Open the project for a writing command, with the reviewer who makes the change.

    A lock left by a program that has stopped is taken over with ``--take-over-lock``;
    without it, the refusal says how.
    """
    from workbench.store.lock import ProjectLockedError  # noqa: PLC0415 - keeps --help fast
    from workbench.store.projectfile import Project  # noqa: PLC0415

    reviewer = _reviewer(args)
    project = team_project(args.project, reviewer=reviewer)  # a team URL: no lock to take
    try:
        if project is None:
            project = Project.open(args.project, reviewer=reviewer, take_over=args.take_over_lock)
    except ProjectLockedError as err:
        if err.stale:
            raise UserError(f"{err} Run the command again with --take-over-lock.") from None
        raise
    if project.read_only:
        project.close()
        raise UserError(" ".join(project.warnings) or f"'{args.project.name}' is read-only.")
    return project


def _open_for_reading(path: Path) -> Any:
    from workbench.store.projectfile import Project  # noqa: PLC0415 - keeps --help fast

    return team_project(path, reviewer="") or Project.open(path, read_only=True)


def cmd_new(args: argparse.Namespace) -> int:
    """Create an empty project file."""
    from workbench.store.projectfile import Project  # noqa: PLC0415

    title = args.title or valid_text(args.project.stem)
    Project.create(args.project, title=title, reviewer=_reviewer(args)).close()
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Import an article; print the new document's id, warnings on stderr."""
    imported = _import_article(args.file, title=args.title, password=args.password)
    with _open_for_writing(args) as project:
        if args.new_version_of:
            target = project.document(args.new_version_of)
            line = project.import_new_version(target.id, imported).message(target.title)
        else:
            line = project.add_document(imported).id
    for warning in imported.warnings:
        warn(warning)
    say(line)
    return 0


def _import_article(path: Path, *, title: str | None, password: str | None) -> ImportedDocument:
    from workbench import importers  # noqa: PLC0415
    from workbench.importers.base import ImportOptions, PasswordRequired  # noqa: PLC0415

    try:
        options = ImportOptions.from_settings(Settings(), password=password, title=title)
        imported = importers.import_file(path, options)
    except PasswordRequired as err:
        hint = "" if password else " Give it with --password."
        raise UserError(f"{err}{hint}") from None
    # The file's name may hold bytes that are not UTF-8 (see valid_text).
    return replace(imported, title=valid_text(imported.title), source=valid_text(imported.source))


def cmd_claim_add(args: argparse.Namespace) -> int:
    """Anchor a claim by its quote; print its id."""
    from workbench.core.anchoring import select_quote  # noqa: PLC0415

    with _open_for_writing(args) as project:
        document = project.document(args.document)
        selector = select_quote(document.text, args.quote, args.occurrence)
        claim = new_claim(
            document,
            selector.start,
            selector.end,
            summary=args.summary or "",
            claimant=args.claimant or "",
            status=Status.parse(args.status) if args.status else Status.UNREVIEWED,
            note=args.note or "",
        )
        claim = project.add_claim(claim)
    say(claim.id)
    return 0


def cmd_claim_set(args: argparse.Namespace) -> int:
    """Change the fields given; print the claim's id."""
    changes = {
        name: value
        for name in ("status", "claimant", "note", "summary", "rating")
        if (value := getattr(args, name)) is not None
    }
    if not changes:
        raise UserError(
            "Nothing to change: give --status, --rating, --note, --claimant or --summary."
        )
    with _open_for_writing(args) as project:
        claim = project.update_claim(args.claim_id, **changes)
    say(claim.id)
    return 0


def cmd_evidence_add(args: argparse.Namespace) -> int:
    """Add a source to a claim; print its id."""
    with _open_for_writing(args) as project:
        evidence = project.add_evidence(
            Evidence(
                id=new_id(),
                claim_id=args.claim_id,
                title=args.title,
                url=args.url,
                publisher=args.publisher,
                accessed_at=now_iso()[:10],
                excerpt=args.excerpt,
                stance=Stance.parse(args.stance),
                note=args.note,
            )
        )
    say(evidence.id)
    return 0


def claims_json(project: Any, document_id: str | None) -> dict[str, Any]:
    """The documented ``claims --json`` shape (see README, "claims --json")."""
    documents = {d.id: d for d in project.documents()}
    if document_id is not None:
        project.document(document_id)
    counts = project.evidence_counts()
    rows = []
    for claim in project.claims(document_id):
        document = documents[claim.document_id]
        rows.append(
            {
                "id": claim.id,
                "document_id": claim.document_id,
                "document_title": document.title,
                "start": claim.start,
                "end": claim.end,
                "page": document.page_of(claim.start),
                "quote": claim.quote,
                "prefix": claim.prefix,
                "suffix": claim.suffix,
                "summary": claim.summary,
                "claimant": claim.claimant,
                "status": claim.status.value,
                "rating": claim.rating or None,
                "note": claim.note,
                "evidence_count": counts.get(claim.id, 0),
                "created_by": claim.created_by,
                "created_at": claim.created_at,
                "updated_by": claim.updated_by,
                "updated_at": claim.updated_at,
            }
        )
    return {"version": CLAIMS_JSON_VERSION, "project": project.settings().title, "claims": rows}


def cmd_claims(args: argparse.Namespace) -> int:
    """List claims as a table, or as the documented JSON."""
    with _open_for_reading(args.project) as project:
        data = claims_json(project, args.document)
    if args.json:
        print(inert_json(data))  # inert already; keeps its lines
        return 0
    for row in data["claims"]:
        quote = row["quote"].replace("\n", " ")
        quote = quote if len(quote) <= 60 else quote[:57] + "..."
        claimant = f"  ({row['claimant']})" if row["claimant"] else ""
        say(f"{row['id']}  {row['status']:<12}  {quote}{claimant}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write a report; print where. Never over a project (see store.targets)."""
    from workbench import reports  # noqa: PLC0415
    from workbench.store.targets import refuse_project_target  # noqa: PLC0415

    if args.fmt not in reports.FORMATS:
        raise UserError(f"Unknown format '{args.fmt}': use one of {', '.join(reports.FORMATS)}.")
    statuses = tuple(Status.parse(s) for s in args.status) if args.status else None
    refuse_project_target(args.output, args.project)
    options = reports.ReportOptions(
        full_article=args.full_article, include_unclaimed=args.include_unclaimed
    )
    with _open_for_reading(args.project) as project:
        snapshot = project.snapshot(document_id=args.document, statuses=statuses)
        if args.with_copies:
            from workbench.reports.with_copies import write_with_copies  # noqa: PLC0415

            if args.fmt != "html":
                raise UserError("--with-copies writes the HTML report: use --format html.")
            out = write_with_copies(
                snapshot, args.output, project.archived_copy_data, options=options
            )
            say(str(out))
            return 0
    out = reports.write_report(snapshot, args.fmt, args.output, options=options)
    say(str(out))
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    """Merge OTHER into PROJECT; print what changed and every conflict."""
    from workbench.core.merge import Side  # noqa: PLC0415
    from workbench.core.merge_summary import describe_plan  # noqa: PLC0415
    from workbench.store.merging import apply_merge, prepare_merge  # noqa: PLC0415

    with _open_for_writing(args) as project:
        source = prepare_merge(project.snapshot(), project.path, args.other)
        plan = source.plan
        for line in describe_plan(plan):
            say(line)
        if plan.is_empty:
            say(f"Nothing to merge: {args.project.name} already holds {source.name}'s work.")
            return 0
        if args.dry_run:
            say("Dry run: nothing was written.")
            return 0
        if plan.conflicts and not args.prefer:
            raise UserError(
                f"{len(plan.conflicts)} conflict(s); nothing was merged. Settle them with "
                "--prefer mine or --prefer theirs, or merge in the window to choose one by one."
            )
        apply_merge(project, source, Side(args.prefer or "mine"))
    say(f"Merged {source.name} into {args.project.name}.")
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    """Print the project's settings as JSON, after applying any given changes."""
    changes = {
        name: value
        for name in ("title", "organisation", "organisation_url", "language")
        if (value := getattr(args, name, None)) is not None
    }
    if changes.get("language", "en") not in LANGUAGES:
        raise UserError(
            f"Unknown language '{changes['language']}': use one of {', '.join(LANGUAGES)}."
        )
    opener = _open_for_writing if changes else lambda a: _open_for_reading(a.project)
    with opener(args) as project:
        settings = project.settings()
        if changes:
            settings = replace(settings, **changes)
            project.update_settings(settings)
    data = {
        "title": settings.title,
        "organisation": settings.organisation,
        "organisation_url": settings.organisation_url,
        "rating_scale": settings.rating_scale.to_json(),
        "language": settings.language,
    }
    print(inert_json(data))  # inert already; keeps its lines
    return 0


#: ``check``'s exit status for a file that opens but had damaged entries left out.
CHECK_DAMAGED = 3


def cmd_check(args: argparse.Namespace) -> int:
    """Open the file as the GUI would and say whether it can be used.

    Exit 0 when it is sound; :data:`CHECK_DAMAGED` when it opens but damaged entries
    were left out or damaged settings replaced by defaults (a scale of verdicts a desk
    relies on may be gone), so that a script notices (unusable files are a UserError: 1).
    """
    with _open_for_reading(args.project) as project:
        documents = project.documents()
        claims = project.claims()
        warnings = list(project.warnings)
        damage = [
            "damaged entries left out"
            if project.quarantine.summary(args.project.name) is not None
            else "",
            "damaged settings replaced by defaults" if project.settings_damaged() else "",
        ]
    for warning in warnings:
        warn(warning)
    counts = f"{len(documents)} document(s), {len(claims)} claim(s)"
    if any(damage):
        what = ", ".join(part for part in damage if part)
        say(f"{args.project.name}: DAMAGED, {what}; {counts} usable.")
        return CHECK_DAMAGED
    say(f"{args.project.name}: OK, {counts}.")
    return 0
