"""The command line (DESIGN.md section 6): a contract that scripts and tests rely on.

Sub-commands call the same store, importer and report functions as the GUI. They never
import Qt (only ``export --format pdf`` renders through QtGui, and loads it lazily), so
they start fast and work on a server. With no sub-command, or with a file to open, the
GUI starts. Exit codes: 0 success, 1 a user error (one line on stderr, never a
traceback), 2 a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from workbench import __version__
from workbench.core.errors import UserError
from workbench.core.model import (
    Evidence,
    ImportedDocument,
    Stance,
    Status,
    new_claim,
    new_id,
    now_iso,
)
from workbench.settings import Settings, data_dir

#: The version of the ``claims --json`` output; bump on any incompatible change.
CLAIMS_JSON_VERSION = 1

SUBCOMMANDS = (
    "new",
    "import",
    "claim",
    "evidence",
    "claims",
    "export",
    "merge",
    "settings",
    "check",
)
_CLI_FLAGS = ("-h", "--help", "--version", "--self-test")

Handler = Callable[[argparse.Namespace], int]


def _reviewer_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--reviewer",
        metavar="NAME",
        help="who is making the change (default: the saved name, else your login name)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; its help texts are the command-line reference."""
    parser = argparse.ArgumentParser(
        prog="workbench",
        description="Check the claims in an article, offline. With no command, or with a "
        "project or article file, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation end to end (offscreen) and exit 0 if it works",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("new", help="create an empty project file")
    p.add_argument("project", type=Path)
    p.add_argument("--title", help="the project's title (default: the file name)")
    _reviewer_option(p)
    p.set_defaults(handler=cmd_new)

    p = sub.add_parser("import", help="add an article to a project; prints the document id")
    p.add_argument("project", type=Path)
    p.add_argument("file", type=Path, help="a .txt, .md, .html, .pdf or .docx file")
    p.add_argument("--title", help="the document's title (default: from the file)")
    p.add_argument("--password", help="the password of an encrypted PDF")
    _reviewer_option(p)
    p.set_defaults(handler=cmd_import)

    claim = sub.add_parser("claim", help="add or change a claim")
    claim_sub = claim.add_subparsers(dest="claim_command", metavar="ACTION", required=True)
    p = claim_sub.add_parser("add", help="anchor a claim by its exact quote; prints its id")
    p.add_argument("project", type=Path)
    p.add_argument("--document", required=True, metavar="ID", help="the document's id")
    p.add_argument("--quote", required=True, metavar="TEXT", help="the claim's exact words")
    p.add_argument("--occurrence", type=int, metavar="N", help="which occurrence (1 = first)")
    _claim_fields(p)
    _reviewer_option(p)
    p.set_defaults(handler=cmd_claim_add)
    p = claim_sub.add_parser("set", help="change a claim's status, rating, note or claimant")
    p.add_argument("project", type=Path)
    p.add_argument("claim_id", metavar="CLAIM_ID")
    _claim_fields(p)
    p.add_argument("--rating", metavar="R", help="a label of the project's rating scale")
    _reviewer_option(p)
    p.set_defaults(handler=cmd_claim_set)

    evidence = sub.add_parser("evidence", help="add evidence to a claim")
    evidence_sub = evidence.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    p = evidence_sub.add_parser("add", help="add a source to a claim; prints its id")
    p.add_argument("project", type=Path)
    p.add_argument("claim_id", metavar="CLAIM_ID")
    p.add_argument("--url", required=True, metavar="U")
    p.add_argument("--title", metavar="T", default="")
    p.add_argument("--publisher", metavar="P", default="")
    p.add_argument("--stance", metavar="S", default="supports", help="supports, refutes or context")
    p.add_argument("--excerpt", metavar="E", default="")
    p.add_argument("--note", metavar="N", default="")
    _reviewer_option(p)
    p.set_defaults(handler=cmd_evidence_add)

    p = sub.add_parser("claims", help="list claims")
    p.add_argument("project", type=Path)
    p.add_argument("--document", metavar="ID", help="only this document's claims")
    p.add_argument("--json", action="store_true", help="machine-readable output (stable)")
    p.set_defaults(handler=cmd_claims)

    p = sub.add_parser("export", help="write a review report or an export")
    p.add_argument("project", type=Path)
    p.add_argument("--format", required=True, metavar="F", dest="fmt")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="OUT")
    p.add_argument("--document", metavar="ID", help="only this document")
    p.add_argument(
        "--status", action="append", metavar="S", help="only claims in this status (repeatable)"
    )
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("merge", help="merge another reviewer's copy into a project")
    p.add_argument("project", type=Path)
    p.add_argument("other", type=Path, metavar="OTHER", help="the other reviewer's copy")
    p.add_argument("--dry-run", action="store_true", help="print what would change; write nothing")
    p.add_argument(
        "--prefer",
        choices=("mine", "theirs"),
        help="settle every conflict for this side (without it, conflicts stop the merge)",
    )
    _reviewer_option(p)
    p.set_defaults(handler=cmd_merge)

    p = sub.add_parser("settings", help="show or change the project's title and organisation")
    p.add_argument("project", type=Path)
    p.add_argument("--title", metavar="T")
    p.add_argument("--organisation", metavar="O", help="the desk that publishes (ClaimReview)")
    p.add_argument("--organisation-url", metavar="U", dest="organisation_url")
    _reviewer_option(p)
    p.set_defaults(handler=cmd_settings)

    p = sub.add_parser("check", help="verify a project file; exits 1 if it cannot be used")
    p.add_argument("project", type=Path)
    p.set_defaults(handler=cmd_check)
    return parser


def _claim_fields(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--status", metavar="S", help="unreviewed, verified, disputed, unverifiable"
    )
    parser.add_argument("--claimant", metavar="C", help="who made the claim")
    parser.add_argument("--note", metavar="N", help="the reviewer's note")
    parser.add_argument("--summary", metavar="TEXT", help="the claim in your words")


def _open_for_writing(args: argparse.Namespace) -> Any:
    """Open the project for a writing command, with the reviewer who makes the change."""
    from workbench.store.projectfile import Project  # noqa: PLC0415 - keeps --help fast

    project = Project.open(args.project)
    if project.read_only:
        project.close()
        raise UserError(" ".join(project.warnings) or f"'{args.project.name}' is read-only.")
    project.reviewer = (args.reviewer or "").strip() or Settings().reviewer_name()
    return project


def _open_for_reading(path: Path) -> Any:
    from workbench.store.projectfile import Project  # noqa: PLC0415 - keeps --help fast

    return Project.open(path, read_only=True)


def cmd_new(args: argparse.Namespace) -> int:
    """Create an empty project file."""
    from workbench.store.projectfile import Project  # noqa: PLC0415

    Project.create(args.project, title=args.title or "").close()
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Import an article; print the new document's id, warnings on stderr."""
    imported = _import_article(args.file, title=args.title, password=args.password)
    with _open_for_writing(args) as project:
        document = project.add_document(imported)
    for warning in imported.warnings:
        print(f"workbench: warning: {warning}", file=sys.stderr)
    print(document.id)
    return 0


def _import_article(path: Path, *, title: str | None, password: str | None) -> ImportedDocument:
    from workbench import importers  # noqa: PLC0415
    from workbench.importers.base import ImportOptions, PasswordRequired  # noqa: PLC0415

    try:
        options = ImportOptions.from_settings(Settings(), password=password, title=title)
        return importers.import_file(path, options)
    except PasswordRequired as err:
        hint = "" if password else " Give it with --password."
        raise UserError(f"{err}{hint}") from None


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
    print(claim.id)
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
    print(claim.id)
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
    print(evidence.id)
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
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for row in data["claims"]:
        quote = row["quote"].replace("\n", " ")
        quote = quote if len(quote) <= 60 else quote[:57] + "..."
        claimant = f"  ({row['claimant']})" if row["claimant"] else ""
        print(f"{row['id']}  {row['status']:<12}  {quote}{claimant}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write a report; print where."""
    from workbench import reports  # noqa: PLC0415

    if args.fmt not in reports.FORMATS:
        raise UserError(f"Unknown format '{args.fmt}': use one of {', '.join(reports.FORMATS)}.")
    statuses = tuple(Status.parse(s) for s in args.status) if args.status else None
    with _open_for_reading(args.project) as project:
        snapshot = project.snapshot(document_id=args.document, statuses=statuses)
    out = reports.write_report(snapshot, args.fmt, args.output)
    print(out)
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    """Merge OTHER into PROJECT; print what changed and every conflict."""
    from workbench.core.merge import Side, describe_plan  # noqa: PLC0415
    from workbench.store.merging import apply_merge, prepare_merge  # noqa: PLC0415

    with _open_for_writing(args) as project:
        source = prepare_merge(project.snapshot(), project.path, args.other)
        plan = source.plan
        for line in describe_plan(plan):
            print(line)
        if plan.is_empty:
            print(f"Nothing to merge: {args.project.name} already holds {source.name}'s work.")
            return 0
        if args.dry_run:
            print("Dry run: nothing was written.")
            return 0
        if plan.conflicts and not args.prefer:
            raise UserError(
                f"{len(plan.conflicts)} conflict(s); nothing was merged. Settle them with "
                "--prefer mine or --prefer theirs, or merge in the window to choose one by one."
            )
        apply_merge(project, source, Side(args.prefer or "mine"))
    print(f"Merged {source.name} into {args.project.name}.")
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    """Print the project's settings as JSON, after applying any given changes."""
    from dataclasses import replace  # noqa: PLC0415

    changes = {
        name: value
        for name in ("title", "organisation", "organisation_url")
        if (value := getattr(args, name)) is not None
    }
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
    }
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Open the file as the GUI would and say whether it can be used."""
    with _open_for_reading(args.project) as project:
        documents = project.documents()
        claims = project.claims()
        warnings = list(project.warnings)
    for warning in warnings:
        print(f"workbench: warning: {warning}", file=sys.stderr)
    print(f"{args.project.name}: OK, {len(documents)} document(s), {len(claims)} claim(s).")
    return 0


def _log_bug() -> Path | None:
    """Write the current exception's traceback to the log; return the log's path."""
    try:
        log = data_dir() / "logs" / "workbench-cli.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {now_iso()} workbench {__version__}\n{traceback.format_exc()}\n")
        return log
    except OSError:
        return None


def _wants_gui(args: list[str]) -> bool:
    """No sub-command: no arguments, a GUI option (``--sample``), or a file to open."""
    if not args:
        return True
    first = args[0]
    if first in SUBCOMMANDS or first in _CLI_FLAGS:
        return False
    return first.startswith("-") or bool(Path(first).suffix) or Path(first).exists()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if _wants_gui(args_list):
        from workbench import app  # noqa: PLC0415 - only the GUI path loads Qt

        return app.main(args_list)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.self_test:
        from workbench.selftest import run_self_test  # noqa: PLC0415 - loads Qt

        return run_self_test()
    if args.command is None:
        parser.error("a command is required")
    handler: Handler = args.handler
    try:
        return handler(args)
    except UserError as err:
        print(f"workbench: error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("workbench: interrupted", file=sys.stderr)
        return 130
    except Exception as err:  # a bug: log it, say one line, never a traceback
        log = _log_bug()
        where = f" Details were written to {log}." if log else ""
        print(f"workbench: internal error: {type(err).__name__}: {err}.{where}", file=sys.stderr)
        return 1
