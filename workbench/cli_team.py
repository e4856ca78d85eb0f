"""``workbench team …``: set up a team server project, publish to it, take and sync copies.

Only these commands load psycopg (and :mod:`workbench.store.team`); every other command
and ``--help`` start without it. Addresses are printed without passwords.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from workbench.core.errors import UserError


def add_team_parser(sub: Any) -> None:
    """The ``team`` command and its sub-commands."""
    team = sub.add_parser("team", help="a project on a PostgreSQL team server")
    commands = team.add_subparsers(dest="team_command", metavar="COMMAND", required=True)
    url_help = "postgresql://host[:port]/database#project (credentials: ~/.pgpass, PG* vars)"

    p = commands.add_parser("init", help="create a project on the server (or migrate it)")
    p.add_argument("url", metavar="URL", help=url_help)
    p.add_argument("--title", default="", help="the project's title")
    p.set_defaults(handler=cmd_team_init)

    p = commands.add_parser("publish", help="put a local project onto a new team project")
    p.add_argument("project", type=Path)
    p.add_argument("url", metavar="URL", help=url_help)
    p.add_argument("--reviewer", metavar="NAME")
    p.set_defaults(handler=cmd_team_publish)

    p = commands.add_parser("grant", help="give a database login a role on the project")
    p.add_argument("url", metavar="URL", help=url_help)
    p.add_argument("user", metavar="LOGIN")
    p.add_argument("--role", required=True, choices=("reader", "reviewer", "editor"))
    p.set_defaults(handler=cmd_team_grant)

    p = commands.add_parser("checkout", help="take a copy to work offline")
    p.add_argument("url", metavar="URL", help=url_help)
    p.add_argument("project", type=Path, help="the new local .factcheck file")
    p.add_argument("--reviewer", metavar="NAME")
    p.set_defaults(handler=cmd_team_checkout)

    p = commands.add_parser("sync", help="send an offline copy's changes, take the server's")
    p.add_argument("project", type=Path)
    p.add_argument(
        "--prefer",
        choices=("mine", "theirs"),
        help="settle every conflict for this side (without it, conflicts stop)",
    )
    p.add_argument("--reviewer", metavar="NAME")
    p.set_defaults(handler=cmd_team_sync)


def _reviewer(args: argparse.Namespace) -> str:
    """The name recorded on the changes: --reviewer, else the saved name, else the login."""
    from workbench.settings import Settings  # noqa: PLC0415

    return (getattr(args, "reviewer", None) or "").strip() or Settings().reviewer_name()


def cmd_team_init(args: argparse.Namespace) -> int:
    """Create or migrate the project named by URL."""
    from workbench.store.team import address, admin  # noqa: PLC0415 - loads psycopg

    where = address.parse(args.url)
    steps = admin.init(where, title=args.title)
    done = f"applied {', '.join(steps)}" if steps else "already up to date"
    print(f"Team project {where.display()}: {done}.")
    return 0


def cmd_team_publish(args: argparse.Namespace) -> int:
    """Publish a local file into an empty team project (created if missing)."""
    from workbench.store.team import address, admin, offline  # noqa: PLC0415
    from workbench.store.team.project import TeamProject  # noqa: PLC0415

    if not args.project.is_file():
        raise UserError(f"'{args.project}' does not exist.")
    where = address.parse(args.url)
    admin.init(where, title=args.project.stem)
    with TeamProject.open(where, reviewer=_reviewer(args)) as team:
        plan = offline.publish(args.project, team)
    print(f"Published {args.project.name} to {where.display()} ({plan.change_count} item(s)).")
    return 0


def cmd_team_grant(args: argparse.Namespace) -> int:
    """Grant LOGIN a role on the project."""
    from workbench.store.team import address, admin  # noqa: PLC0415

    where = address.parse(args.url)
    admin.grant(where, args.user, args.role)
    print(f"{args.user} is now {args.role} on {where.display()}.")
    return 0


def cmd_team_checkout(args: argparse.Namespace) -> int:
    """Write an offline copy of the team project."""
    from workbench.store.team import address  # noqa: PLC0415
    from workbench.store.team.project import TeamProject  # noqa: PLC0415

    where = address.parse(args.url)
    with TeamProject.open(where, reviewer=_reviewer(args)) as team:
        path = team.save_copy(args.project)
    print(f"Took a copy of {where.display()} into {path.name}; sync it with 'workbench team sync'.")
    return 0


def cmd_team_sync(args: argparse.Namespace) -> int:
    """Sync an offline copy with the team project it came from."""
    from workbench.core.merge import Side  # noqa: PLC0415
    from workbench.core.merge_summary import describe_plan  # noqa: PLC0415
    from workbench.store.projectfile import Project  # noqa: PLC0415
    from workbench.store.team import offline  # noqa: PLC0415
    from workbench.store.team.project import TeamProject  # noqa: PLC0415

    reviewer = _reviewer(args)
    with Project.open(args.project, reviewer=reviewer) as local:
        where = offline.origin(local)
        with TeamProject.open(where, reviewer=reviewer) as team:
            result = offline.sync(local, team, Side(args.prefer) if args.prefer else None)
    for line in describe_plan(result.taken):
        print(f"from the server: {line}")
    for line in describe_plan(result.sent):
        print(f"to the server: {line}")
    for line in result.notes():
        print(f"note: {line}")
    print(f"Synced {args.project.name} with {where.display()}.")
    return 0


def team_project(path: Path, *, reviewer: str) -> Any | None:
    """The team project a file argument names (``import … URL``, ``diff URL DOC``), or None.

    The argument was parsed as a path, which folds the URL's ``//``; it is unfolded here.
    Opened as the login's role allows: a writing command then refuses a reader's project
    in the same words as a read-only file.
    """
    from workbench.store.team.address import is_team_url, parse  # noqa: PLC0415

    text = str(path)
    scheme, _, rest = text.partition(":/")
    if not is_team_url(f"{scheme}://") or not rest or rest.startswith("/"):
        return None
    from workbench.store.team.project import TeamProject  # noqa: PLC0415 - loads psycopg

    return TeamProject.open(parse(f"{scheme}://{rest}"), reviewer=reviewer)
