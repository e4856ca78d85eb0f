"""``workbench evidence add-copy | copies | save-copy``: archived copies of evidence.

A web archive is read (and its declared digests checked) in the import sandbox before
it is kept, so a file that lies about itself is refused with one line and nothing is
written. ``save-copy`` writes the bytes back out exactly as they were kept, atomically,
and never over a project file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from workbench.core.archived import copy_record
from workbench.core.errors import UserError


def add_copy_parsers(
    evidence_sub: Any, reviewer_option: Callable[[argparse.ArgumentParser], None]
) -> None:
    """Register the three sub-commands under ``evidence``."""
    p = evidence_sub.add_parser(
        "add-copy",
        help="keep a file (WACZ/WARC web archive, saved page, PDF, screenshot) with a piece "
        "of evidence; prints its SHA-256",
    )
    p.add_argument("project", type=Path)
    p.add_argument("evidence_id", metavar="EVIDENCE_ID")
    p.add_argument("file", type=Path)
    p.add_argument(
        "--captured",
        metavar="WHEN",
        help="when the source was captured (ISO date or date and time; default: what a web "
        "archive says, else nothing)",
    )
    reviewer_option(p)
    p.set_defaults(handler=cmd_add_copy)

    p = evidence_sub.add_parser("copies", help="list archived copies of evidence")
    p.add_argument("project", type=Path)
    p.add_argument("evidence_id", metavar="EVIDENCE_ID", nargs="?", help="default: all evidence")
    p.add_argument("--json", action="store_true", help="machine-readable output (stable)")
    p.set_defaults(handler=cmd_copies)

    p = evidence_sub.add_parser(
        "save-copy", help="write an archived copy's file out, byte for byte"
    )
    p.add_argument("project", type=Path)
    p.add_argument("sha256", metavar="SHA256", help="the copy's SHA-256 (8 hex digits or more)")
    p.add_argument("output", type=Path, metavar="OUT")
    p.set_defaults(handler=cmd_save_copy)


def _captured(value: str | None) -> str:
    if not value:
        return ""
    try:
        datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UserError(
            f"'{value}' is not a date: give --captured as 2026-03-01 or 2026-03-01T09:30:00Z."
        ) from None
    return value.strip()


def cmd_add_copy(args: argparse.Namespace) -> int:
    """Read the file (in the sandbox), then keep it with the evidence; print its SHA-256."""
    from workbench.cli_commands import _open_for_writing, say, warn  # noqa: PLC0415
    from workbench.importers.web_archive import read_copy_file  # noqa: PLC0415

    captured = _captured(args.captured)
    data, summary = read_copy_file(args.file)
    with _open_for_writing(args) as project:
        copy = project.add_archived_copy(
            args.evidence_id,
            args.file.name,
            data,
            captured_at=captured or summary.captured_at,
            pages=summary.pages,
        )
    for warning in summary.warnings:
        warn(warning)
    say(copy.sha256)
    details = [copy.kind.value, f"{copy.size:,} bytes"]
    if summary.pages and copy.kind.value in ("wacz", "warc"):
        details.append(f"{len(summary.pages)} page(s)")
    if summary.digests_checked:
        details.append(f"{summary.digests_checked} declared digest(s) checked")
    say(f"kept '{copy.name}' ({'; '.join(details)})")
    return 0


def cmd_copies(args: argparse.Namespace) -> int:
    """List archived copies: one line each, or the documented JSON."""
    from workbench.cli_commands import _open_for_reading, say  # noqa: PLC0415
    from workbench.core.inert import inert_json  # noqa: PLC0415

    with _open_for_reading(args.project) as project:
        if args.evidence_id:
            project.evidence_item(args.evidence_id)
        copies = project.archived_copies(args.evidence_id)
    if args.json:
        sys.stdout.write(inert_json({"copies": [copy_record(c) for c in copies]}) + "\n")
        return 0
    for copy in copies:
        captured = copy.captured_at or "capture time unknown"
        say(
            f"{copy.short_hash}  {copy.kind.value:<5}  {copy.size:>12,}  {captured}  "
            f"{copy.name}  (evidence {copy.evidence_id})"
        )
    return 0


def cmd_save_copy(args: argparse.Namespace) -> int:
    """Write a copy's bytes to OUT atomically; print where. Never over a project."""
    from workbench.cli_commands import _open_for_reading, say  # noqa: PLC0415
    from workbench.store.files import atomic_target  # noqa: PLC0415
    from workbench.store.targets import refuse_project_target  # noqa: PLC0415

    refuse_project_target(args.output, args.project)
    with _open_for_reading(args.project) as project:
        copy = project.find_archived_copy(args.sha256)
        data = project.archived_copy_data(copy.sha256)
    with atomic_target(args.output) as tmp:
        tmp.write_bytes(data)
    say(str(args.output))
    return 0
