"""A claim's deletion against work on its evidence, in a merge of two real project files.

A claim is deleted with its evidence, so it is kept with it too: editing, attaching or
adding evidence on one copy meets the other copy's deletion of the claim as one conflict
on the claim (the team sync plans with the same code and must agree). Keeping the claim
keeps every piece of its evidence as the copy that worked on it has it; taking the
deletion removes them all.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from workbench.core.merge import Side
from workbench.core.merge_summary import describe_plan
from workbench.core.model import Entity, Evidence, new_id
from workbench.store.merging import apply_merge, prepare_merge
from workbench.store.projectfile import Project
from workbench.store.verification import verify_file

ADA, GRACE = "Ada Reviewer", "Grace Hopper"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def copies(project_path: Path, tmp_path: Path) -> tuple[Path, Path, str, list[str]]:
    """Ada's file and Grace's copy, both holding a claim with two pieces of evidence (the
    first with an attached file); returns the paths, the claim's and the evidence's ids."""
    with Project.open(project_path, reviewer=ADA) as project:
        claim_id = project.claims()[0].id
        items = [
            project.add_evidence(Evidence(new_id(), claim_id, title=title))
            for title in ("Kremlin readout", "Wire report")
        ]
        project.set_evidence_attachment(items[0].id, "readout.png", b"\x89PNG readout")
    theirs = tmp_path / "grace.factcheck"
    shutil.copy(project_path, theirs)
    return project_path, theirs, claim_id, [item.id for item in items]


def _plan_and_merge(mine: Path, theirs: Path, prefer: Side) -> list[str]:
    """Merge Grace's copy into Ada's; returns the plan in words (conflicts marked "!")."""
    return _plan_and_merge_into(mine, theirs, ADA, prefer)


def _plan_and_merge_into(mine: Path, theirs: Path, reviewer: str, prefer: Side) -> list[str]:
    """Merge ``theirs`` into ``mine`` as ``reviewer``; the file then still verifies."""
    with Project.open(mine, reviewer=reviewer) as project:
        source = prepare_merge(project.snapshot(), project.path, theirs)
        lines = describe_plan(source.plan)
        apply_merge(project, source, prefer)
    assert verify_file(mine).intact
    return lines


@pytest.mark.parametrize("prefer", [Side.MINE, Side.THEIRS])
def test_their_deletion_of_a_claim_meets_my_edit_of_its_evidence(
    copies: tuple[Path, Path, str, list[str]], prefer: Side
) -> None:
    mine, theirs, claim_id, evidence = copies
    with Project.open(theirs, reviewer=GRACE) as project:
        project.delete_claim(claim_id)
    with Project.open(mine, reviewer=ADA) as project:
        project.update_evidence(evidence[1], note="The wire corrected itself.")
    with Project.open(mine, reviewer=ADA) as project:
        (conflict,) = prepare_merge(project.snapshot(), project.path, theirs).plan.conflicts
    assert (conflict.entity, conflict.entity_id, conflict.field) == (
        Entity.CLAIM,
        claim_id,
        "deleted",
    )
    assert (conflict.mine, conflict.mine_by.reviewer) == ("edited its evidence", ADA)
    assert (conflict.theirs, conflict.theirs_by.reviewer) == ("deleted", GRACE)
    _plan_and_merge(mine, theirs, prefer)
    with Project.open(mine, read_only=True) as project:
        if prefer is Side.THEIRS:  # the deletion, chosen knowingly: the claim goes whole
            assert project.claims() == []
            assert project.evidence() == []
            return
        kept = {e.id: e for e in project.evidence(claim_id)}
        assert set(kept) == set(evidence)  # kept whole: the evidence not edited too
        assert kept[evidence[1]].note == "The wire corrected itself."
        assert project.evidence_attachment(evidence[0]) == b"\x89PNG readout"


def test_new_evidence_on_a_claim_they_deleted_is_work_the_deletion_meets(
    copies: tuple[Path, Path, str, list[str]],
) -> None:
    mine, theirs, claim_id, _ = copies
    with Project.open(theirs, reviewer=GRACE) as project:
        project.delete_claim(claim_id)
    with Project.open(mine, reviewer=ADA) as project:
        added = project.add_evidence(Evidence(new_id(), claim_id, title="Spokesman's e-mail"))
    lines = _plan_and_merge(mine, theirs, Side.MINE)
    assert any(line.startswith("! ") for line in lines), lines
    with Project.open(mine, read_only=True) as project:
        assert added.id in {e.id for e in project.evidence(claim_id)}


def test_my_deletion_of_a_claim_meets_their_evidence_edit_and_theirs_brings_it_back_whole(
    copies: tuple[Path, Path, str, list[str]],
) -> None:
    mine, theirs, claim_id, evidence = copies
    with Project.open(theirs, reviewer=GRACE) as project:
        project.update_evidence(evidence[1], note="Confirmed by phone.")
    with Project.open(mine, reviewer=ADA) as project:
        project.delete_claim(claim_id)
    with Project.open(mine, reviewer=ADA) as project:
        (conflict,) = prepare_merge(project.snapshot(), project.path, theirs).plan.conflicts
    assert (conflict.entity, conflict.field) == (Entity.CLAIM, "deleted")
    assert (conflict.mine, conflict.theirs, conflict.theirs_by.reviewer) == (
        "deleted",
        "edited its evidence",
        GRACE,
    )
    _plan_and_merge(mine, theirs, Side.THEIRS)
    with Project.open(mine, read_only=True) as project:
        restored = {e.id: e for e in project.evidence(claim_id)}
        assert set(restored) == set(evidence)
        assert restored[evidence[1]].note == "Confirmed by phone."
        assert project.evidence_attachment(evidence[0]) == b"\x89PNG readout"


def test_a_claim_kept_over_their_deletion_keeps_the_evidence_it_took_along(
    copies: tuple[Path, Path, str, list[str]],
) -> None:
    mine, theirs, claim_id, evidence = copies
    with Project.open(theirs, reviewer=GRACE) as project:
        project.delete_claim(claim_id)
    with Project.open(mine, reviewer=ADA) as project:
        project.update_claim(claim_id, note="Still stands.")
    lines = _plan_and_merge(mine, theirs, Side.MINE)
    assert not any(line.startswith("- evidence") for line in lines), lines
    with Project.open(mine, read_only=True) as project:
        assert project.claim(claim_id).note == "Still stands."
        assert {e.id for e in project.evidence(claim_id)} == set(evidence)
        assert project.evidence_attachment(evidence[0]) == b"\x89PNG readout"


def test_a_claim_nobody_worked_on_is_deleted_with_its_evidence_without_a_conflict(
    copies: tuple[Path, Path, str, list[str]],
) -> None:
    mine, theirs, claim_id, _ = copies
    with Project.open(theirs, reviewer=GRACE) as project:
        project.delete_claim(claim_id)
    lines = _plan_and_merge(mine, theirs, Side.MINE)
    assert not any(line.startswith("! ") for line in lines), lines
    with Project.open(mine, read_only=True) as project:
        assert project.claims() == []
        assert project.evidence() == []


def test_a_claim_kept_over_their_deletion_keeps_its_archived_copies(
    copies: tuple[Path, Path, str, list[str]],
) -> None:
    """Keeping a copy of a page is work on its evidence; the kept claim keeps every copy."""
    mine, theirs, claim_id, evidence = copies
    with Project.open(mine, reviewer=ADA) as project:
        project.add_archived_copy(evidence[0], "readout.pdf", PDF)
    shutil.copy(mine, theirs)  # both hold that copy
    with Project.open(theirs, reviewer=GRACE) as project:
        project.delete_claim(claim_id)
    with Project.open(mine, reviewer=ADA) as project:
        project.add_archived_copy(evidence[1], "wire.pdf", PDF + b"%wire")
    lines = _plan_and_merge(mine, theirs, Side.MINE)
    assert any(line.startswith("! conflict on claim") for line in lines), lines
    with Project.open(mine, read_only=True) as project:
        kept = {c.name: c.evidence_id for c in project.archived_copies()}
    assert kept == {"readout.pdf": evidence[0], "wire.pdf": evidence[1]}


def test_a_restored_claim_brings_its_archived_copies_back(
    copies: tuple[Path, Path, str, list[str]],
) -> None:
    mine, theirs, claim_id, evidence = copies
    with Project.open(mine, reviewer=ADA) as project:
        project.add_archived_copy(evidence[0], "readout.pdf", PDF)
    shutil.copy(mine, theirs)
    with Project.open(mine, reviewer=ADA) as project:
        project.delete_claim(claim_id)
    with Project.open(theirs, reviewer=GRACE) as project:
        project.update_evidence(evidence[1], note="Confirmed by phone.")
    _plan_and_merge(mine, theirs, Side.THEIRS)
    with Project.open(mine, read_only=True) as project:
        (copy,) = project.archived_copies()
        assert (copy.evidence_id, project.archived_copy_data(copy.sha256)) == (evidence[0], PDF)
