"""The command line (DESIGN.md section 6): a contract that scripts and tests rely on.

Sub-commands call the same store, importer and report functions as the GUI. They never
import Qt (only ``export`` does, lazily: a readable report reads its words through QtCore's
translator, and ``--format pdf`` renders through QtGui), so they start fast and work on a
server. With no sub-command, or with a file to open, the
GUI starts. Exit codes: 0 success, 1 a user error or a failure of the machine (read-only
folder, full disk: one line on stderr, never a traceback), 2 a usage error, 3 from
``check`` when the file opened but damaged entries were left out, 128 + N when stopped by
signal N (the change in flight is rolled back and the lock released).

Everything printed that may come from a file (titles, quotes, names, SQLite's words) goes
through :func:`workbench.core.inert.inert`, so a file cannot drive the terminal.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from workbench import __version__
from workbench.cli_archive import add_archive_parser
from workbench.cli_commands import (
    cmd_check,
    cmd_claim_add,
    cmd_claim_set,
    cmd_claims,
    cmd_evidence_add,
    cmd_export,
    cmd_import,
    cmd_merge,
    cmd_new,
    cmd_settings,
    valid_text,
)
from workbench.cli_copies import add_copy_parsers
from workbench.cli_team import add_team_parser
from workbench.cli_verify import add_verify_parser
from workbench.cli_versions import add_diff_parser
from workbench.core.errors import UserError
from workbench.core.inert import inert
from workbench.core.model import (
    now_iso,
)
from workbench.core.translatable import LANGUAGES
from workbench.settings import data_dir

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
    "archive",
    "team",
    "diff",
    "verify",
)
_CLI_FLAGS = ("-h", "--help", "--version", "--self-test")

Handler = Callable[[argparse.Namespace], int]


def _reviewer_option(parser: argparse.ArgumentParser) -> None:
    """The options every writing command has: who writes, and taking over a stale lock."""
    parser.add_argument(
        "--reviewer",
        metavar="NAME",
        help="who is making the change (default: the saved name, else your login name)",
    )
    parser.add_argument(
        "--take-over-lock",
        action="store_true",
        dest="take_over_lock",
        help="take over the project's lock if its holder's program has stopped (a crash); "
        "a lock whose holder is still running is never taken",
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
    p.add_argument(
        "--new-version-of", metavar="DOC", help="a new version of this document (its id)"
    )
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

    evidence = sub.add_parser("evidence", help="add evidence to a claim, keep archived copies")
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
    add_copy_parsers(evidence_sub, _reviewer_option)

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
    p.add_argument(
        "--full-article",
        action="store_true",
        help="reports: add each article's full text with the claims highlighted",
    )
    p.add_argument(
        "--include-unclaimed",
        action="store_true",
        help="reports: also list articles in which no claim was marked",
    )
    p.add_argument(
        "--with-copies",
        action="store_true",
        dest="with_copies",
        help="html: write a new folder (or, for OUT ending in .zip, a zip) holding report.html "
        "and the archived copies it cites, linked from it",
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
    p.add_argument("--language", metavar="L", help=f"the reports' language: {', '.join(LANGUAGES)}")
    _reviewer_option(p)
    p.set_defaults(handler=cmd_settings)

    p = sub.add_parser(
        "check",
        help="verify a project file; exit 0 if sound, 1 if unusable, 3 if damaged entries "
        "were left out or damaged settings replaced",
        description="Open the file as the window would and say whether it can be used. Exit "
        "status: 0 the file is sound; 1 it cannot be used (not a project, damaged beyond "
        "use, missing); 3 it opens, but damaged entries were left out or damaged project "
        "settings replaced by defaults (listed on stderr).",
    )
    p.add_argument("project", type=Path)
    p.set_defaults(handler=cmd_check)

    add_archive_parser(sub)
    add_team_parser(sub)
    add_diff_parser(sub)
    add_verify_parser(sub)
    return parser


def _claim_fields(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--status", metavar="S", help="unreviewed, verified, disputed, unverifiable"
    )
    parser.add_argument("--claimant", metavar="C", help="who made the claim")
    parser.add_argument("--note", metavar="N", help="the reviewer's note")
    parser.add_argument("--summary", metavar="TEXT", help="the claim in your words")


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
    if first.lower().startswith(("postgresql://", "postgres://")):
        return True  # a team project (``workbench postgresql://host/db#project``)
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
    _repair_text_arguments(args)
    _print_safely()
    _stop_cleanly_on_signals()
    try:
        return handler(args)
    except BaseException as err:  # every ending, SystemExit aside, is reported in _report
        return _report(err)


def _report(err: BaseException) -> int:
    """Say how a command ended on stderr, as one inert line; return its exit code.

    The machine's failures (read-only folder, full disk) are one line like a user
    error; anything else is a bug, logged with its traceback and never shown raw.
    """
    if isinstance(err, BrokenPipeError):  # the reader went away (``| head``)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    if isinstance(err, UserError):
        message, code = f"error: {err}", 1
    elif isinstance(err, KeyboardInterrupt):
        message, code = "interrupted; any change in progress was undone.", 130
    elif isinstance(err, Stopped):
        name = signal.Signals(err.signum).name
        message, code = f"stopped by {name}; any change in progress was undone.", 128 + err.signum
    elif isinstance(err, Exception):
        from workbench.store.environment import environment_problem  # noqa: PLC0415

        problem = environment_problem(err)
        if problem:
            message, code = f"error: {problem}", 1
        else:
            log = _log_bug()
            where = f" Details were written to {log}." if log else ""
            message, code = f"internal error: {type(err).__name__}: {err}.{where}", 1
    else:
        raise err
    print(f"workbench: {inert(message)}", file=sys.stderr)
    return code


class Stopped(BaseException):
    """The command was asked to stop (SIGTERM, SIGHUP).

    Raised from the signal handler so that it unwinds like an exception: the edit in
    flight is rolled back, the project closed and its lock released on the way out.
    A BaseException, so that no ``except Exception`` swallows it.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _raise_stopped(signum: int, _frame: object) -> None:
    raise Stopped(signum)


def _stop_cleanly_on_signals() -> None:
    """Turn a polite kill into an exception the command unwinds from (Ctrl+C already is).

    Only the main thread may install handlers; ``main`` called from another thread (a
    host program's) keeps that program's own handling.
    """
    if threading.current_thread() is not threading.main_thread():
        return
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _raise_stopped)


def _repair_text_arguments(args: argparse.Namespace) -> None:
    """Text options (a title, a quote, a name) as valid Unicode.

    On POSIX, an argument that is not valid UTF-8 arrives with its bad bytes as lone
    surrogates (surrogateescape). Paths keep them, so the file is found by its real name;
    text that will be stored or printed gets U+FFFD in their place instead.
    """
    for name, value in vars(args).items():
        if isinstance(value, str):
            setattr(args, name, valid_text(value))
        elif isinstance(value, list):
            setattr(args, name, [valid_text(v) if isinstance(v, str) else v for v in value])


def _print_safely() -> None:
    """Never fail on a character the terminal's encoding lacks: show it as an escape."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
