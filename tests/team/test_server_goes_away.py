"""The server goes away mid-edit: the edit is kept, said so, and resent when it is back."""

from __future__ import annotations

import pytest

from tests.team import pg_server
from workbench.core.model import ImportedDocument, new_claim
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
