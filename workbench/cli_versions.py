"""``workbench diff``: what changed between two versions of a document, as inert text.

This is how a desk documents a publisher's quiet edits. Claims on the newer version
that a change touches are named under it, so the reviewer knows which verdicts to look
at again, and so are the claims left on the older version (orphans, or kept against it)
whose passage the change deleted or rewrote. The version import itself is
``import --new-version-of`` (in :mod:`workbench.cli_commands`).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_diff_parser(sub: Any) -> None:
    """Register ``diff P DOC [--from N --to M]``."""
    p = sub.add_parser("diff", help="print what changed between two versions of a document")
    p.add_argument("project", type=Path)
    p.add_argument("document", metavar="DOC", help="the document's id")
    p.add_argument("--from", dest="old", type=int, metavar="N", help="older version (default: M-1)")
    p.add_argument(
        "--to", dest="new", type=int, metavar="M", help="newer version (default: current)"
    )
    p.set_defaults(handler=cmd_diff)


def cmd_diff(args: argparse.Namespace) -> int:
    """Print every inserted, deleted and replaced passage, with the claims it touches."""
    from workbench.cli_commands import _open_for_reading, say  # noqa: PLC0415
    from workbench.core.versioning import (  # noqa: PLC0415
        TextDiff,
        describe_change,
        passages,
        touched_by,
    )

    with _open_for_reading(args.project) as project:
        doc = project.document(args.document)
        new_number = args.new or doc.version
        old_number = args.old or new_number - 1
        if old_number < 1:
            say(f"'{doc.title}' has only one version: nothing to compare.")
            return 0
        old = project.version(doc.id, old_number)
        new = project.version(doc.id, new_number)
        claims = project.claims(doc.id)
    on_new = [c for c in claims if c.version == new_number]
    on_old = [c for c in claims if c.version == old_number]
    named = [c.id for c in on_new] + [f"{c.id} (on version {old_number})" for c in on_old]
    new_spans = [(c.start, c.end) for c in on_new]
    old_spans = [(c.start, c.end) for c in on_old]
    changes = passages(TextDiff(old.text, new.text))
    say(f"Version {old_number} → {new_number}: {len(changes)} change(s)")
    for change in changes:
        say(describe_change(change))
        for index in touched_by(change, new_spans, old_spans):
            say(f"    touches claim {named[index]}")
    return 0
