"""A process killed mid-work loses at most the edit in flight, never the file."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from workbench.store.lock import is_stale, read_holder
from workbench.store.projectfile import Project

WRITER = textwrap.dedent(
    """
    import sys
    from workbench.core.model import new_claim
    from workbench.store.projectfile import Project

    project = Project.open(sys.argv[1])
    project.reviewer = "Crash Tester"
    doc = project.documents()[0]
    n = 0
    while True:
        start = n % (len(doc.text) - 20)
        claim = project.add_claim(new_claim(doc, start, start + 12, note="x" * (n % 500)))
        project.update_claim(claim.id, status="disputed")
        print(claim.id, flush=True)  # reported only after both commits returned
        n += 1
    """
)


def test_sigkill_during_a_stream_of_edits_keeps_every_reported_edit(project_path: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(project_path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    reported = [child.stdout.readline().strip() for _ in range(150)]
    assert all(reported), "the writer stopped before it was killed"
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    # Whatever the child printed after our last read also committed: read it too.
    reported += [line.strip() for line in child.stdout.read().splitlines() if line.strip()]

    conn = sqlite3.connect(project_path)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    conn.close()
    # The killed writer's lock is left behind, and is recognised as stale.
    holder = read_holder(project_path)
    assert holder is not None and holder.pid == child.pid
    assert is_stale(project_path, holder)
    with Project.open(project_path, take_over=True) as project:
        stored = {c.id: c for c in project.claims()}
        missing = [claim_id for claim_id in reported if claim_id not in stored]
        assert missing == []
        assert all(stored[claim_id].status.value == "disputed" for claim_id in reported)
