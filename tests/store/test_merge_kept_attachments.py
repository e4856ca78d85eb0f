"""A merge that keeps my attached file over theirs leaves a history ``verify`` agrees with.

``workbench verify`` checks each attached file against the last history row naming one;
a merge copies their rows after mine, so where it keeps my file it records that file
again (found by the team sync property: an attachment conflict settled for the copy).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from workbench.core.merge import Side
from workbench.core.model import Entity, Evidence, new_id, sha256_hex
from workbench.store.merging import apply_merge, prepare_merge
from workbench.store.projectfile import Project
from workbench.store.verification import verify_file

ADA, GRACE = "Ada Reviewer", "Grace Hopper"


@pytest.fixture
def copies(project_path: Path, tmp_path: Path) -> tuple[Path, Path, str]:
    """Ada's file and Grace's copy, both with a piece of evidence carrying a file."""
    with Project.open(project_path, reviewer=ADA) as project:
        claim_id = project.claims()[0].id
        item = project.add_evidence(Evidence(new_id(), claim_id, title="Kremlin readout"))
        project.set_evidence_attachment(item.id, "first.png", b"\x89PNG first")
    theirs = tmp_path / "grace.factcheck"
    shutil.copy(project_path, theirs)
    return project_path, theirs, item.id


def _merge(mine: Path, theirs: Path, prefer: Side) -> int:
    """Merge Grace's copy into Ada's; returns how many conflicts it showed."""
    with Project.open(mine, reviewer=ADA) as project:
        source = prepare_merge(project.snapshot(), project.path, theirs)
        apply_merge(project, source, prefer)
    return len(source.plan.conflicts)


def _last_recorded_file(path: Path, evidence_id: str) -> str:
    with Project.open(path, read_only=True) as project:
        rows = [e.after or {} for e in project.history(evidence_id) if e.entity is Entity.EVIDENCE]
    return next(a["attachment_sha256"] for a in reversed(rows) if "attachment_sha256" in a)


@pytest.mark.parametrize(("prefer", "kept"), [(Side.MINE, b"ada"), (Side.THEIRS, b"grace")])
def test_an_attachment_conflict_either_way_verifies(
    copies: tuple[Path, Path, str], prefer: Side, kept: bytes
) -> None:
    mine, theirs, evidence_id = copies
    for path, reviewer, data in ((mine, ADA, b"ada"), (theirs, GRACE, b"grace")):
        with Project.open(path, reviewer=reviewer) as project:
            project.set_evidence_attachment(evidence_id, f"{reviewer}.png", data)
    assert _merge(mine, theirs, prefer) == 1
    with Project.open(mine, read_only=True) as project:
        assert project.evidence_attachment(evidence_id) == kept
    assert _last_recorded_file(mine, evidence_id) == sha256_hex(kept)
    assert verify_file(mine).intact


def test_evidence_kept_over_their_deletion_keeps_my_file_and_verifies(
    copies: tuple[Path, Path, str],
) -> None:
    mine, theirs, evidence_id = copies
    with Project.open(theirs, reviewer=GRACE) as project:
        project.set_evidence_attachment(evidence_id, "grace.png", b"grace")
        project.delete_evidence(evidence_id)
    with Project.open(mine, reviewer=ADA) as project:
        project.update_evidence(evidence_id, note="The readout is genuine.")
    assert _merge(mine, theirs, Side.MINE) == 1
    with Project.open(mine, read_only=True) as project:
        assert project.evidence_attachment(evidence_id) == b"\x89PNG first"
    assert verify_file(mine).intact


def test_a_file_taken_from_them_writes_no_extra_row(copies: tuple[Path, Path, str]) -> None:
    mine, theirs, evidence_id = copies
    with Project.open(theirs, reviewer=GRACE) as project:
        project.set_evidence_attachment(evidence_id, "grace.png", b"grace")
    assert _merge(mine, theirs, Side.MINE) == 0
    with Project.open(mine, read_only=True) as project:
        last = project.history(evidence_id)[-1]
    assert last.reviewer == GRACE  # their row, copied: nothing restated
    assert verify_file(mine).intact
