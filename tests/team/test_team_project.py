"""TeamProject: edits, conflicts between two windows, live notices, leases."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from workbench.core.edit_conflict import EditConflict
from workbench.core.errors import UserError
from workbench.core.merge import MergePlan, Side
from workbench.core.model import Evidence, ImportedDocument, Status, new_claim, new_id
from workbench.store.projectfile import Project
from workbench.store.team import offline
from workbench.store.team.address import TeamAddress
from workbench.store.team.live import ChangeFeed
from workbench.store.team.project import TeamProject

TEXT = "The minister said unemployment fell by 3% last year. Critics disagree."


@pytest.fixture
def two_windows(team: TeamAddress):
    with (
        TeamProject.open(team, reviewer="Ana") as ana,
        TeamProject.open(team, reviewer="Bo") as bo,
    ):
        doc = ana.add_document(ImportedDocument(text=TEXT, title="Speech", format="text"))
        claim = ana.add_claim(new_claim(doc, 0, 51))
        bo.claims()  # both windows show the claim as it is now
        yield ana, bo, claim.id


def test_every_edit_is_one_history_row_and_reads_back(two_windows) -> None:
    ana, bo, claim_id = two_windows
    item = ana.add_evidence(Evidence(new_id(), claim_id, title="Labour statistics"))
    ana.update_evidence(item.id, excerpt="3.1%")
    ana.set_evidence_attachment(item.id, "table.csv", b"year,rate\n")
    assert bo.evidence_attachment(item.id) == b"year,rate\n"
    assert bo.evidence(claim_id)[0].excerpt == "3.1%"
    kinds = [(e.action.value, e.entity.value) for e in bo.history()]
    assert kinds[-3:] == [("create", "evidence"), ("update", "evidence"), ("update", "evidence")]
    assert bo.snapshot().claims[0].id == claim_id


def test_the_later_save_of_the_same_field_gets_the_conflict(two_windows) -> None:
    ana, bo, claim_id = two_windows
    ana.update_claim(claim_id, status="verified", note="Checked with the statistics office")
    with pytest.raises(EditConflict) as caught:
        bo.update_claim(claim_id, status="disputed")
    (conflict,) = caught.value.conflicts
    assert (conflict.field, conflict.mine, conflict.theirs) == ("status", "disputed", "verified")
    assert conflict.theirs_by.reviewer == "Ana" and conflict.key.endswith(":status")
    assert bo.claim(claim_id).status is Status.VERIFIED  # nothing was overwritten
    # Having seen Ana's version, saving again is the user's choice of "mine".
    assert bo.update_claim(claim_id, status="disputed").status is Status.DISPUTED
    assert ana.claim(claim_id).note == "Checked with the statistics office"


def test_different_fields_of_one_claim_both_survive(two_windows) -> None:
    ana, bo, claim_id = two_windows
    ana.update_claim(claim_id, note="Ana's note")
    bo.update_claim(claim_id, claimant="The minister")
    final = ana.claim(claim_id)
    assert (final.note, final.claimant) == ("Ana's note", "The minister")


def test_other_windows_hear_each_change_once_committed(two_windows, team: TeamAddress) -> None:
    ana, bo, claim_id = two_windows
    feed = ChangeFeed(team, skip_pid=bo.backend_pid)
    try:
        bo.update_claim(claim_id, note="Bo's own change is not announced to Bo")
        ana.update_claim(claim_id, rating="False")
        changes = feed.wait(timeout=10)
        assert [(c.entity, c.entity_id, c.by) for c in changes] == [("claim", claim_id, "Ana")]
    finally:
        feed.close()


def test_leases_say_who_is_on_which_document(two_windows) -> None:
    ana, bo, claim_id = two_windows
    doc_id = ana.claim(claim_id).document_id
    ana.take_lease(doc_id)
    bo.take_lease(doc_id)
    assert sorted(lease.reviewer for lease in ana.leases()) == ["Ana", "Bo"]
    bo.drop_leases()
    assert [lease.reviewer for lease in ana.leases()] == ["Ana"]


def test_a_merge_plan_is_written_in_one_transaction(two_windows) -> None:
    from workbench.core.merge import MergeSource, plan_merge

    ana, bo, _ = two_windows
    before = bo.snapshot()
    ana.add_claim(new_claim(ana.documents()[0], 53, 69))
    plan = plan_merge(before, ana.snapshot())
    assert len(plan.new_claims) == 1
    bo.apply_merge(MergeSource("copy", plan, {}), Side.MINE)  # already there: nothing doubles
    assert len(bo.claims()) == 2


def test_document_details_are_guarded_like_claims(two_windows) -> None:
    ana, bo, claim_id = two_windows
    doc_id = ana.claim(claim_id).document_id
    bo.documents()
    ana.update_document(doc_id, title="Speech to parliament")
    with pytest.raises(EditConflict) as caught:
        bo.update_document(doc_id, title="Budget speech")
    assert caught.value.conflicts[0].theirs == "Speech to parliament"
    assert bo.update_document(doc_id, author="A. Minister").title == "Speech to parliament"


def test_a_changed_attachment_crosses_a_sync_both_ways(tmp_path: Path, team: TeamAddress) -> None:
    with TeamProject.open(team, reviewer="Ana") as server:
        doc = server.add_document(ImportedDocument(text=TEXT, title="Speech", format="text"))
        claim = server.add_claim(new_claim(doc, 0, 20))
        item = server.add_evidence(Evidence(new_id(), claim.id, title="Source"))
        server.set_evidence_attachment(item.id, "first.png", b"first")
        copy = server.save_copy(tmp_path / "train.factcheck")
        server.set_evidence_attachment(item.id, "second.png", b"second from the desk")
        with Project.open(copy, reviewer="Bo") as local:
            offline.sync(local, server, None)
            assert local.evidence_attachment(item.id) == b"second from the desk"
            assert local.evidence(claim.id)[0].attachment_name == "second.png"
            local.set_evidence_attachment(item.id, "third.pdf", b"third from the train")
            offline.sync(local, server, None)
        assert server.evidence_attachment(item.id) == b"third from the train"
        assert server.evidence(claim.id)[0].attachment_name == "third.pdf"
        with Project.open(copy, reviewer="Bo") as local:
            local.set_evidence_attachment(item.id, "mine.pdf", b"mine")
        server.set_evidence_attachment(item.id, "theirs.pdf", b"theirs")
        with Project.open(copy, reviewer="Bo") as local:
            asked: list[str] = []

            def keep_theirs(plan: MergePlan) -> dict[str, Side]:
                asked.extend(c.field for c in plan.conflicts)
                return {c.key: Side.THEIRS for c in plan.conflicts}

            offline.sync(local, server, None, keep_theirs)
            assert asked == ["attachment"]  # shown, not silently overwritten
            assert local.evidence_attachment(item.id) == b"theirs"
        assert server.evidence_attachment(item.id) == b"theirs"


def test_project_settings_cross_a_sync_and_a_clash_is_a_conflict(
    tmp_path: Path, team: TeamAddress
) -> None:
    with TeamProject.open(team, reviewer="Ana") as server:
        copy = server.save_copy(tmp_path / "train.factcheck")
        server.update_settings(replace(server.settings(), organisation="Desk"))
        with Project.open(copy, reviewer="Bo") as local:
            local.update_settings(replace(local.settings(), title="Election night"))
            offline.sync(local, server, None)
            assert (local.settings().organisation, local.settings().title) == (
                "Desk", "Election night",
            )  # fmt: skip
        assert server.settings().title == "Election night"
        with Project.open(copy, reviewer="Bo") as local:
            local.update_settings(replace(local.settings(), organisation="Bo's desk"))
        server.update_settings(replace(server.settings(), organisation="Ana's desk"))
        with Project.open(copy, reviewer="Bo") as local, pytest.raises(UserError, match="1 conf"):
            offline.sync(local, server, None)  # nothing is written until it is settled
        with Project.open(copy, reviewer="Bo") as local:
            offline.sync(local, server, Side.MINE)
        assert server.settings().organisation == "Bo's desk"
