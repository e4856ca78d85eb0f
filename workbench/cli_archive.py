"""``workbench archive``: add fact-checks to the user's archive, search it, count it.

``archive add FILE...`` reads every file first (ClaimReview JSON-LD, a feed, a saved
page, our exports, or a project file) and adds them all in one transaction, so a bad
file adds nothing. ``archive search`` prints the closest fact-checks (``--json`` in the
documented shape); ``archive stats`` counts them. ``--archive PATH`` uses another
archive file than the user's own. Heavy modules load inside the handlers: ``--help``
stays fast.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from workbench.core.inert import inert, inert_json

#: The version of the ``archive search --json`` output; bump on any incompatible change.
SEARCH_JSON_VERSION = 1


def add_archive_parser(sub: Any) -> None:
    """Register ``archive add|search|stats`` on the CLI's sub-command parsers."""
    archive = sub.add_parser("archive", help="your archive of past fact-checks")
    actions = archive.add_subparsers(dest="archive_command", metavar="ACTION", required=True)
    p = actions.add_parser("add", help="add ClaimReview files, feeds, pages, exports or projects")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    _archive_option(p)
    p.set_defaults(handler=cmd_archive_add)
    p = actions.add_parser("search", help="the archived fact-checks closest to a text")
    p.add_argument("text", help="a claim, in any wording")
    p.add_argument("--limit", type=int, default=10, metavar="N", help="at most N (default 10)")
    p.add_argument("--language", default="", metavar="CODE", help="prefer this language (en)")
    p.add_argument("--json", action="store_true", help="machine-readable output (stable)")
    _archive_option(p)
    p.set_defaults(handler=cmd_archive_search)
    p = actions.add_parser("stats", help="how many fact-checks the archive holds")
    _archive_option(p)
    p.set_defaults(handler=cmd_archive_stats)


def _archive_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--archive", type=Path, metavar="PATH", help="use this archive file (default: your own)"
    )


def _open(args: argparse.Namespace) -> Any:
    from workbench.archive_service import default_archive_path  # noqa: PLC0415
    from workbench.store.archive import Archive  # noqa: PLC0415

    return Archive.open(args.archive or default_archive_path())


def _read_items(path: Path) -> list[Any]:
    """The archive items a file brings: a project's reviewed claims, or its fact-checks."""
    from workbench.archive_service import project_items  # noqa: PLC0415
    from workbench.importers.base import ImportOptions  # noqa: PLC0415
    from workbench.importers.claimreview_feed import read_file  # noqa: PLC0415
    from workbench.settings import Settings  # noqa: PLC0415
    from workbench.store.hardening import SQLITE_MAGIC  # noqa: PLC0415
    from workbench.store.projectfile import Project  # noqa: PLC0415

    try:
        with path.open("rb") as handle:
            is_database = handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        is_database = False  # read_file says why in the user's words
    if not is_database:
        return read_file(path, ImportOptions.from_settings(Settings()))
    with Project.open(path, read_only=True) as project:
        return project_items(project.snapshot())


def cmd_archive_add(args: argparse.Namespace) -> int:
    """Add every file's fact-checks; print what each brought and what changed."""
    batches = [(path, _read_items(path)) for path in args.files]
    with _open(args) as archive:
        added, updated = archive.add(item for _, items in batches for item in items)
    for path, items in batches:
        print(inert(f"{path.name}: {len(items)} fact-check(s)"))
    print(inert(f"{added} added, {updated} updated in {archive.path.name}."))
    return 0


def match_json(match: Any) -> dict[str, Any]:
    """One match in the documented ``archive search --json`` shape."""
    item = match.item
    return {
        "score": match.score,
        "claim": item.claim,
        "claimant": item.claimant,
        "rating": item.rating,
        "date": item.date,
        "publisher": item.publisher,
        "url": item.url,
        "language": item.language,
        "title": item.title,
        "origin": item.origin,
        "key": item.key,
    }


def cmd_archive_search(args: argparse.Namespace) -> int:
    """Print the closest fact-checks, best first."""
    from workbench.core.errors import UserError  # noqa: PLC0415

    if args.limit < 1 or args.limit > 1000:
        raise UserError("--limit must be between 1 and 1000.")
    with _open(args) as archive:
        matches = archive.search(args.text, limit=args.limit, language=args.language.lower())
    if args.json:
        data = {
            "version": SEARCH_JSON_VERSION,
            "query": args.text,
            "matches": [match_json(m) for m in matches],
        }
        print(inert_json(data))
        return 0
    if not matches:
        print("No fact-check in the archive matches.")
    for match in matches:
        item = match.item
        claim = item.claim if len(item.claim) <= 70 else item.claim[:67] + "..."
        where = ", ".join(x for x in (item.publisher, item.date) if x)
        print(
            inert(
                f"{match.score:.2f}  {item.rating or '-'}  {claim}  ({where})  {item.url}".rstrip()
            )
        )
    return 0


def cmd_archive_stats(args: argparse.Namespace) -> int:
    """Print how many fact-checks the archive holds, by origin and language."""
    with _open(args) as archive:
        stats = archive.stats()
    print(inert(f"{stats.items} fact-check(s) in {archive.path}"))
    for origin, count in stats.by_origin.items():
        print(inert(f"  {count:>8}  {origin or '(unknown origin)'}"))
    languages = ", ".join(f"{lang or '?'}: {n}" for lang, n in stats.by_language.items())
    if languages:
        print(inert(f"  languages: {languages}"))
    return 0
