"""Merging copies: versions, claim spans as one unit, document details, attached files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.store.conftest import PESKOV
from workbench.core.merge import Side
from workbench.core.merge_summary import describe_plan
from workbench.core.model import Evidence, ImportedDocument, new_claim, new_id
from workbench.store.merging import apply_merge, prepare_merge
from workbench.store.projectfile import Project


@pytest.fixture
def copies(project_path: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Ada's file and the copy Grace received."""
    theirs = tmp_path / "grace.factcheck"
    shutil.copy(project_path, theirs)
    return project_path, theirs


SUMMARIES: list[str] = []


def _merge(mine: Path, theirs: Path, prefer: Side = Side.MINE) -> list[str]:
    with Project.open(mine, reviewer="Ada Reviewer") as project:
        source = prepare_merge(project.snapshot(), project.path, theirs)
        SUMMARIES[:] = describe_plan(source.plan)
        apply_merge(project, source, prefer)
        return [c.key.split(":")[-1] for c in source.plan.conflicts]


def _respan(path: Path, reviewer: str, words: str) -> None:
    with Project.open(path, reviewer=reviewer) as project:
        (claim,) = project.claims()
        start = project.documents()[0].text.index(words)
        project.update_claim_span(claim.id, start, start + len(words))


def test_a_span_moved_on_one_side_arrives_whole(copies: tuple[Path, Path]) -> None:
    mine, theirs = copies
    _respan(theirs, "Grace Hopper", "You cannot postpone")
    assert _merge(mine, theirs) == []
    with Project.open(mine, read_only=True) as project:
        (claim,) = project.claims()
        text = project.documents()[0].text
        assert claim.quote == "You cannot postpone" == text[claim.start : claim.end]
        assert text[claim.end : claim.end + len(claim.suffix)] == claim.suffix


@pytest.mark.parametrize("prefer", [Side.MINE, Side.THEIRS])
def test_spans_moved_on_both_sides_are_one_conflict(
    copies: tuple[Path, Path], prefer: Side
) -> None:
    mine, theirs = copies
    _respan(mine, "Ada Reviewer", "what has not been scheduled")
    _respan(theirs, "Grace Hopper", "You cannot postpone")
    assert _merge(mine, theirs, prefer) == ["span"]
    expected = "You cannot postpone" if prefer is Side.THEIRS else "what has not been scheduled"
    with Project.open(mine, read_only=True) as project:
        (claim,) = project.claims()
        assert claim.quote == expected
        assert project.documents()[0].text[claim.start : claim.end] == expected


def test_document_details_merge_and_clash(copies: tuple[Path, Path]) -> None:
    mine, theirs = copies
    with Project.open(theirs, reviewer="Grace Hopper") as project:
        doc = project.documents()[0]
        project.update_document(doc.id, author="Grace's author", publisher="CNN")
    with Project.open(mine, reviewer="Ada Reviewer") as project:
        project.update_document(doc.id, publisher="Reuters")
    assert _merge(mine, theirs, Side.MINE) == ["publisher"]
    with Project.open(mine, read_only=True) as project:
        merged = project.documents()[0]
        assert (merged.author, merged.publisher) == ("Grace's author", "Reuters")


def test_attached_files_travel_with_the_merge(copies: tuple[Path, Path]) -> None:
    mine, theirs = copies
    with Project.open(mine, reviewer="Ada Reviewer") as project:
        (claim,) = project.claims()
        shared = project.add_evidence(
            Evidence(id=new_id(), claim_id=claim.id, url="https://example.org")
        )
    shutil.copy(mine, theirs)
    with Project.open(theirs, reviewer="Grace Hopper") as project:
        project.set_evidence_attachment(shared.id, "readout.png", b"\x89PNG shared")
        added = project.add_evidence(Evidence(id=new_id(), claim_id=claim.id, title="Video"))
        project.set_evidence_attachment(added.id, "clip.txt", b"transcript")
    assert _merge(mine, theirs) == []
    assert "~ evidence 'https://example.org': attached file" in SUMMARIES
    with Project.open(mine, read_only=True) as project:
        assert project.evidence_attachment(shared.id) == b"\x89PNG shared"
        assert project.evidence_attachment(added.id) == b"transcript"
        names = {e.id: e.attachment_name for e in project.evidence()}
        assert names == {shared.id: "readout.png", added.id: "clip.txt"}


def test_their_new_version_arrives_and_my_claims_are_carried_to_it(
    copies: tuple[Path, Path],
) -> None:
    mine, theirs = copies
    with Project.open(theirs, reviewer="Grace Hopper") as project:
        doc = project.documents()[0]
        new_text = "Update: a correction.\n\n" + doc.text.replace("scheduled", "planned")
        project.import_new_version(doc.id, ImportedDocument(new_text, doc.title, "txt"))
    with Project.open(mine, reviewer="Ada Reviewer") as project:
        start = doc.text.index("Kremlin")
        mine_claim = project.add_claim(new_claim(doc, start, start + len("Kremlin")))
    _merge(mine, theirs)
    assert f"+ version 2 of document {doc.id}" in SUMMARIES
    with Project.open(mine, read_only=True) as project:
        current = project.documents()[0]
        assert current.version == 2 and current.text == new_text
        assert [v.number for v in project.versions(doc.id)] == [1, 2]
        claims = {c.id: c for c in project.claims()}
        carried = claims[mine_claim.id]
        assert (carried.version, carried.quote) == (2, "Kremlin")
        assert current.text[carried.start : carried.end] == "Kremlin"
        (original,) = (c for c in claims.values() if c.id != mine_claim.id)
        assert original.quote == PESKOV.replace("scheduled", "planned")
        assert original.anchor_state == "changed"
    assert _merge(mine, theirs) == []  # merging the same copy again changes nothing


@pytest.mark.parametrize("prefer", [Side.MINE, Side.THEIRS])
def test_both_copies_imported_a_different_new_version_and_both_are_kept(
    copies: tuple[Path, Path], prefer: Side
) -> None:
    """Ada and Grace each imported their own version 2 of the same article and claimed on
    it. After the merge Ada's file holds both texts in order (hers as 2, Grace's as 3,
    the current one), every claim reads true on the version it points into, and the
    summary says what happened. Merging the same copy again adds nothing."""
    mine, theirs = copies
    with Project.open(theirs, reviewer="Grace Hopper") as project:
        doc = project.documents()[0]
        graces_text = doc.text.replace("scheduled", "planned") + "\n\nGrace's correction."
        project.import_new_version(doc.id, ImportedDocument(graces_text, doc.title, "txt"))
        at = graces_text.index("Grace's correction")
        graces = project.add_claim(
            new_claim(project.document(doc.id), at, at + len("Grace's correction"))
        )
    adas_text = "Update from Ada's desk.\n\n" + doc.text
    with Project.open(mine, reviewer="Ada Reviewer") as project:
        project.import_new_version(doc.id, ImportedDocument(adas_text, doc.title, "txt"))
        at = adas_text.index("Update from Ada's desk")
        adas = project.add_claim(
            new_claim(project.document(doc.id), at, at + len("Update from Ada's desk"))
        )
    conflicts = _merge(mine, theirs, prefer)
    assert conflicts == ["span"]  # the shared claim was carried differently on each side
    assert (
        f"+ version 3 of document {doc.id} (their version 2: both copies imported a "
        "different new text, so theirs now follows mine)"
    ) in SUMMARIES
    with Project.open(mine, read_only=True) as project:
        assert [v.number for v in project.versions(doc.id)] == [1, 2, 3]
        assert project.version(doc.id, 1).text == doc.text
        assert project.version(doc.id, 2).text == adas_text
        current = project.document(doc.id)
        assert (current.version, current.text) == (3, graces_text)
        claims = {c.id: c for c in project.claims()}
        assert len(claims) == 3
        for claim in claims.values():
            text = project.version(doc.id, claim.version).text
            assert text[claim.start : claim.end] == claim.quote, claim
        assert claims[graces.id].version == 3
        shared = next(c for c in claims.values() if c.id not in (graces.id, adas.id))
        assert (shared.version, shared.quote) == (3, PESKOV.replace("scheduled", "planned"))
        # Ada's claim quotes text Grace's version lacks: kept on Ada's version, for review.
        assert (claims[adas.id].version, claims[adas.id].anchor_state) == (2, "orphaned")
    assert _merge(mine, theirs, prefer) == []
    with Project.open(mine, read_only=True) as project:
        assert [v.number for v in project.versions(doc.id)] == [1, 2, 3]
        assert len(project.claims()) == 3


def test_a_review_of_the_anchoring_made_in_one_copy_arrives_in_the_other(
    copies: tuple[Path, Path],
) -> None:
    """Both copies carried the claim to the same new text; only Grace then reviewed it."""
    mine, theirs = copies
    for path, reviewer in ((mine, "Ada Reviewer"), (theirs, "Grace Hopper")):
        with Project.open(path, reviewer=reviewer) as project:
            doc = project.documents()[0]
            new_text = doc.text.replace("scheduled", "planned")
            project.import_new_version(doc.id, ImportedDocument(new_text, doc.title, "txt"))
    with Project.open(theirs, reviewer="Grace Hopper") as project:
        (claim,) = project.claims()
        assert claim.anchor_state == "changed"
        reviewed = project.accept_anchor(claim.id)
    assert reviewed.anchor_state != "changed"
    assert _merge(mine, theirs) == []
    with Project.open(mine, read_only=True) as project:
        (merged,) = project.claims()
    assert (merged.version, merged.quote) == (2, reviewed.quote)
    assert (merged.anchor_state, merged.checked_version) == (
        reviewed.anchor_state,
        reviewed.checked_version,
    )
