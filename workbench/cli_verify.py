"""``workbench verify P``: recompute every hash a project stores and name what changed.

Read-only, on a file (even a read-only one) or on a team project's URL. Everything it
prints may quote the file, so it goes through :func:`~workbench.cli_commands.say`
(inert lines) or :func:`~workbench.core.inert.inert_json`.
"""

from __future__ import annotations

import argparse
from typing import Any

from workbench.cli_commands import say
from workbench.core.inert import inert_json
from workbench.core.verification import parse_head

#: Exit status of ``verify`` when a stored hash or a link of the history chain no
#: longer holds, or the head given with ``--head`` is not in the history (0: intact;
#: 1: the project cannot be read at all).
VERIFY_CHANGED = 4


def add_verify_parser(sub: Any) -> None:
    """The ``verify`` command."""
    p = sub.add_parser(
        "verify",
        help="recompute every hash and the history chain; exit 0 if intact, 4 if changed",
        description="Recompute the history's hash chain and every stored SHA-256 (document "
        "texts, imported originals, versions, attached files) and name each row or item "
        "that changed. Never writes. Exit status: 0 intact; 4 something changed (listed "
        "on stdout); 1 the project cannot be read. With --head, the history head a report "
        "printed must also be one this history has had (a rewritten history or dropped "
        "newest rows are caught that way).",
    )
    p.add_argument("project", metavar="PROJECT", help="a .factcheck file or a team URL")
    p.add_argument(
        "--head",
        metavar="HASH",
        help="a history head printed earlier (12 or more hex digits): say which row it was "
        "and how many changes came since; exit 4 if this history never had it",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output (stable)")
    p.set_defaults(handler=cmd_verify)


def cmd_verify(args: argparse.Namespace) -> int:
    """Verify a file or a team project; print the result; exit 0 or :data:`VERIFY_CHANGED`."""
    from workbench.store.team.address import is_team_url  # noqa: PLC0415 - no psycopg

    head = parse_head(args.head) if args.head is not None else None
    if is_team_url(args.project):
        from workbench.store.team.verification import verify_team  # noqa: PLC0415

        result = verify_team(args.project, head=head)
    else:
        from workbench.store.verification import verify_file  # noqa: PLC0415

        result = verify_file(args.project, head=head)
    if args.json:
        print(inert_json(result.as_json()))
    else:
        say(result.summary())
        for finding in result.findings:
            say(f"  {finding.line()}")
        if result.head_check is not None:
            say(result.head_check.line())
    return 0 if result.passed else VERIFY_CHANGED
