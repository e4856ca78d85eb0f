"""The server goes away mid-edit: the edit is kept, said so, and resent when it is back."""

from __future__ import annotations

import pytest

from tests.team import pg_server
from workbench.core.edit_conflict import EditConflict
from workbench.core.model import Action, Evidence, ImportedDocument, new_claim, new_id
from workbench.store.team.address import TeamAddress
from workbench.store.team.connection import ServerUnavailable
from workbench.store.team.project import KeptUntilServerBack, TeamProject

TEXT = "The minister said unemployment fell by 3% last year. Critics disagree."


def test_edits_made_while_the_server_is_down_are_resent_in_order(
    pg: pg_server.Server, team: TeamAddress
) -> None:
    with TeamProject.open(team, reviewer="Ana") as project:
        doc = project.add_document(ImportedDocument(text=TEXT, title="Speech", format="text"))
        claim = project.add_claim(new_claim(doc, 0, 51))
        pg.pause()
        try:
            with pytest.raises(KeptUntilServerBack, match="kept and will be sent"):
                project.update_claim(claim.id, note="first")
            with pytest.raises(KeptUntilServerBack):
                project.update_claim(claim.id, note="second", status="disputed")
            assert project.pending_edits() == 2
            with pytest.raises(ServerUnavailable):
                project.resend()
            assert project.pending_edits() == 2  # still kept while the server is away
        finally:
            pg.resume()
        assert project.resend() == []
        assert project.pending_edits() == 0
        saved = project.claim(claim.id)
        assert (saved.note, saved.status.value) == ("second", "disputed")
        updates = [e.after for e in project.history(claim.id) if e.action.value == "update"]
        assert [after["note"] for after in updates if after] == ["first", "second"]


def test_deletions_made_while_the_server_is_down_are_kept_and_resent(
    pg: pg_server.Server, team: TeamAddress
) -> None:
    with TeamProject.open(team, reviewer="Ana") as project:
        doc = project.add_document(ImportedDocument(text=TEXT, title="Speech", format="text"))
        claim = project.add_claim(new_claim(doc, 0, 51))
        other = project.add_claim(new_claim(doc, 53, 70))
        kept = project.add_evidence(Evidence(new_id(), other.id, title="Kept"))
        dropped = project.add_evidence(Evidence(new_id(), other.id, title="Dropped"))
        project.evidence(other.id)
        pg.pause()
        try:
            with pytest.raises(KeptUntilServerBack) as deleted_evidence:
                project.delete_evidence(dropped.id)
            assert deleted_evidence.value.result == dropped  # what undo puts back
            assert project.evidence(other.id) == [kept, dropped]  # as last shown
            with pytest.raises(KeptUntilServerBack) as deleted_claim:
                project.delete_claim(claim.id)
            assert deleted_claim.value.result == (claim, [])
            assert project.pending_edits() == 2
        finally:
            pg.resume()
        assert project.resend() == []
        assert [c.id for c in project.claims()] == [other.id]
        assert project.evidence(other.id) == [kept]
        deletes = [e.entity_id for e in project.history() if e.action is Action.DELETE]
        assert deletes == [dropped.id, claim.id]


def test_a_kept_deletion_that_meets_a_colleagues_edit_comes_back_as_a_conflict(
    pg: pg_server.Server, team: TeamAddress
) -> None:
    with TeamProject.open(team, reviewer="Ana") as ana:
        doc = ana.add_document(ImportedDocument(text=TEXT, title="Speech", format="text"))
        claim = ana.add_claim(new_claim(doc, 0, 51))
        item = ana.add_evidence(Evidence(new_id(), claim.id, title="Source"))
        ana.evidence(claim.id)
        pg.pause()
        try:
            with pytest.raises(KeptUntilServerBack):
                ana.delete_evidence(item.id)
            with pytest.raises(KeptUntilServerBack):
                ana.delete_claim(claim.id)
        finally:
            pg.resume()
        with TeamProject.open(team, reviewer="Bo") as bo:  # Bo edits while Ana is away
            bo.claims()
            bo.update_claim(claim.id, note="Bo's source check")
            refused = ana.resend()
        assert [type(err) for err in refused] == [EditConflict]
        (conflict,) = refused[0].conflicts  # type: ignore[attr-defined]
        assert (conflict.entity_id, conflict.field, conflict.theirs) == (
            claim.id, "deleted", "edited",
        )  # fmt: skip
        assert conflict.theirs_by.reviewer == "Bo"
        assert ana.claim(claim.id).note == "Bo's source check"  # not dropped silently
        assert ana.evidence(claim.id) == []  # the evidence nobody else touched is gone
        ana.delete_claim(claim.id)  # "delete anyway", now that Ana has seen Bo's edit
        assert ana.claims() == []
