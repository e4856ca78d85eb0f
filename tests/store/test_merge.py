"""Merging two reviewers' copies of one project file, on real files."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from tests.store.conftest import PESKOV, article
from workbench.core.errors import UserError
from workbench.core.merge import Side
from workbench.core.merge_summary import describe_plan
from workbench.core.model import Entity, Evidence, Status, new_claim, new_id
from workbench.store.merging import apply_merge, prepare_merge
from workbench.store.projectfile import Project


@pytest.fixture
def copies(project_path: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Ada's file and the copy Grace received by e-mail."""
    theirs = tmp_path / "grace.factcheck"
    shutil.copy(project_path, theirs)
    return project_path, theirs


def _edit(path: Path, reviewer: str) -> Project:
    return Project.open(path, reviewer=reviewer)


def _merge(mine: Path, theirs: Path, prefer: Side = Side.MINE) -> list[str]:
    with Project.open(mine, reviewer="Ada Reviewer") as project:
        source = prepare_merge(project.snapshot(), project.path, theirs)
        lines = describe_plan(source.plan)
        apply_merge(project, source, prefer)
    return lines


def _content_digest(path: Path) -> str:
    with Project.open(path, read_only=True) as project:
        state = (project.documents(), project.claims(), project.evidence(), project.history())
    return hashlib.sha256(repr(state).encode()).hexdigest()


def test_work_on_both_sides_without_conflict_is_combined_and_merging_twice_is_a_no_op(
    copies: tuple[Path, Path],
) -> None:
    mine, theirs = copies
    with _edit(mine, "Ada Reviewer") as project:
        claim_id = project.claims()[0].id
        project.update_claim(claim_id, status="disputed")
    with _edit(theirs, "Grace Hopper") as project:
        doc = project.documents()[0]
        at = doc.text.index("no plans")
        added = project.add_claim(new_claim(doc, at, at + 8, claimant="Official"))
        project.add_evidence(Evidence(id=new_id(), claim_id=added.id, url="https://cnn.com"))
        project.update_claim(claim_id, note="Checked the Kremlin readout.")
    lines = _merge(mine, theirs)
    assert any(line.startswith("+ claim 'no plans'") for line in lines)
    with Project.open(mine, read_only=True) as project:
        claims = {c.id: c for c in project.claims()}
        assert claims[claim_id].status is Status.DISPUTED  # mine, untouched by them
        assert claims[claim_id].note == "Checked the Kremlin readout."  # theirs
        assert claims[claim_id].updated_by == "Grace Hopper"
        assert claims[added.id].claimant == "Official"
        assert project.evidence_counts() == {added.id: 1}
        assert "Grace Hopper" in project.reviewers()
        assert any(e.entity_id == "merge" for e in project.history())
    before = _content_digest(mine)
    with Project.open(mine, reviewer="Ada Reviewer") as project:
        source = prepare_merge(project.snapshot(), project.path, theirs)
        assert source.plan.is_empty
        apply_merge(project, source, Side.MINE)
    assert _content_digest(mine) == before


@pytest.mark.parametrize(
    ("prefer", "expected"), [(Side.MINE, "verified"), (Side.THEIRS, "disputed")]
)
def test_the_same_field_changed_on_both_sides_is_a_conflict(
    copies: tuple[Path, Path], prefer: Side, expected: str
) -> None:
    mine, theirs = copies
    with _edit(mine, "Ada Reviewer") as project:
        claim_id = project.claims()[0].id
        project.update_claim(claim_id, status="verified")
    with _edit(theirs, "Grace Hopper") as project:
        project.update_claim(claim_id, status="disputed")
    with Project.open(mine, reviewer="Ada Reviewer") as project:
        (conflict,) = prepare_merge(project.snapshot(), project.path, theirs).plan.conflicts
    assert (conflict.entity, conflict.field, conflict.mine, conflict.theirs) == (
        Entity.CLAIM,
        "status",
        "verified",
        "disputed",
    )
    assert (conflict.mine_by.reviewer, conflict.theirs_by.reviewer) == (
        "Ada Reviewer",
        "Grace Hopper",
    )
    assert conflict.label == PESKOV
    _merge(mine, theirs, prefer)
    with Project.open(mine, read_only=True) as project:
        assert project.claim(claim_id).status.value == expected


def test_my_deletion_against_their_edit_is_a_conflict(copies: tuple[Path, Path]) -> None:
    mine, theirs = copies
    with _edit(theirs, "Grace Hopper") as project:
        claim_id = project.claims()[0].id
        project.update_claim(claim_id, note="Still relevant.")
        project.add_evidence(Evidence(id=new_id(), claim_id=claim_id, title="Readout"))
    with _edit(mine, "Ada Reviewer") as project:
        project.delete_claim(claim_id)
    with Project.open(mine, reviewer="Ada Reviewer") as project:
        (conflict,) = prepare_merge(project.snapshot(), project.path, theirs).plan.conflicts
    assert (conflict.field, conflict.mine, conflict.theirs) == ("deleted", "deleted", "edited")
    _merge(mine, theirs, Side.THEIRS)
    with Project.open(mine, read_only=True) as project:
        restored = project.claim(claim_id)
        assert restored.note == "Still relevant."
        assert [e.title for e in project.evidence(claim_id)] == ["Readout"]


def test_their_deletion_against_my_edit_is_a_conflict_and_a_plain_deletion_is_taken(
    copies: tuple[Path, Path],
) -> None:
    mine, theirs = copies
    with _edit(mine, "Ada Reviewer") as project:
        doc = project.documents()[0]
        claim_id = project.claims()[0].id
        at = doc.text.index("no plans")
        other = project.add_claim(new_claim(doc, at, at + 8))
    shutil.copy(mine, theirs)  # Grace gets the file with both claims
    with _edit(mine, "Ada Reviewer") as project:
        project.update_claim(claim_id, claimant="Peskov")
    with _edit(theirs, "Grace Hopper") as project:
        project.delete_claim(claim_id)
        project.delete_claim(other.id)
    with Project.open(mine, reviewer="Ada Reviewer") as project:
        plan = prepare_merge(project.snapshot(), project.path, theirs).plan
    assert plan.deleted_claims == [other.id]
    (conflict,) = plan.conflicts
    assert (conflict.field, conflict.mine, conflict.theirs) == ("deleted", "edited", "deleted")
    _merge(mine, theirs, Side.THEIRS)
    with Project.open(mine, read_only=True) as project:
        assert project.claims() == []


def test_the_same_article_imported_separately_is_matched_by_its_text(
    tmp_path: Path, sample_article: Path
) -> None:
    paths = []
    for name, quote in (("ada", PESKOV), ("grace", "no plans")):
        path = tmp_path / f"{name}.factcheck"
        with Project.create(path, reviewer=name) as project:
            doc = project.add_document(article(sample_article))
            at = doc.text.index(quote)
            project.add_claim(new_claim(doc, at, at + len(quote)))
        paths.append(path)
    lines = _merge(paths[0], paths[1])
    assert any(line.startswith("= document matched by its text") for line in lines)
    with Project.open(paths[0], read_only=True) as project:
        assert len(project.documents()) == 1
        assert sorted(c.quote for c in project.claims()) == sorted([PESKOV, "no plans"])


def test_a_failed_merge_leaves_the_file_as_it_was(
    copies: tuple[Path, Path], sample_article: Path
) -> None:
    mine, theirs = copies
    with _edit(theirs, "Grace Hopper") as project:
        for n in range(40):
            doc = project.add_document(
                article(sample_article).__class__(
                    text=f"Copy {n}. " + article(sample_article).text * 3,
                    title=f"Copy {n}",
                    format="txt",
                )
            )
            project.add_claim(new_claim(doc, 0, 6))
    before = _content_digest(mine)
    with Project.open(mine, reviewer="Ada Reviewer") as project:
        source = prepare_merge(project.snapshot(), project.path, theirs)
        pages = project.db.conn.execute("pragma page_count").fetchone()[0]
        project.db.conn.execute(f"pragma max_page_count = {pages + 5}")  # the disk fills up
        with pytest.raises(UserError, match="disk is full"):
            apply_merge(project, source, Side.MINE)
    assert _content_digest(mine) == before


def test_a_project_cannot_be_merged_with_itself(project_path: Path) -> None:
    with Project.open(project_path) as project, pytest.raises(UserError, match="itself"):
        prepare_merge(project.snapshot(), project.path, project_path)
