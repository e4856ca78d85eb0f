"""Property: random edits on two offline copies and on the server converge with nothing lost."""

from __future__ import annotations

import uuid
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.core.merge import Side
from workbench.core.model import ImportedDocument, new_claim
from workbench.store.projectfile import Project
from workbench.store.team import admin, offline
from workbench.store.team.address import parse
from workbench.store.team.project import TeamProject

TEXT = "One claim here. Another claim there. A third claim too. And a fourth one."
SPANS = [(0, 15), (16, 36), (37, 55), (56, 73)]
FIELDS = ("note", "claimant", "summary")
ACTORS = ("server", "a", "b")

# an edit: (who, which claim, which field, value)
edits = st.lists(
    st.tuples(
        st.sampled_from(ACTORS),
        st.integers(0, len(SPANS) - 1),
        st.sampled_from(FIELDS),
        st.text("xyz", min_size=1, max_size=3),
    ),
    max_size=8,
)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(script=edits, a_first=st.booleans())
def test_two_offline_copies_and_the_server_converge(
    admin_url: str, tmp_path: Path, script: list[tuple[str, int, str, str]], a_first: bool
) -> None:
    address = parse(f"{admin_url}#h{uuid.uuid4().hex[:10]}")
    admin.init(address)
    folder = tmp_path / address.project
    folder.mkdir()
    with TeamProject.open(address, reviewer="Desk") as team:
        doc = team.add_document(ImportedDocument(text=TEXT, title="T", format="text"))
        ids = [team.add_claim(new_claim(doc, start, end)).id for start, end in SPANS]
        copies = {name: team.save_copy(folder / f"{name}.factcheck") for name in ("a", "b")}
        last: dict[tuple[int, str], str] = {}
        editors: dict[tuple[int, str], set[str]] = {}
        for who, index, name, text in script:
            value = f"{who}-{text}"
            if who == "server":
                team.claims()
                team.update_claim(ids[index], **{name: value})
            else:
                with Project.open(copies[who], reviewer=who) as local:
                    local.update_claim(ids[index], **{name: value})
            last[(index, name)] = value
            editors.setdefault((index, name), set()).add(who)
        order = ["a", "b", "a"] if a_first else ["b", "a", "b"]
        for name in order:
            with Project.open(copies[name], reviewer=name) as local:
                offline.sync(local, team, Side.MINE)
        final = {c.id: c for c in team.claims()}
        for name in ("a", "b"):
            with Project.open(copies[name]) as local:
                assert {c.id: c for c in local.claims()} == final  # converged
                history_ids = {e.id for e in local.history()}
        assert history_ids <= {e.id for e in team.history()}  # no event lost
    for (index, name), who in editors.items():
        if len(who) == 1:  # an edit nobody else touched arrives unchanged everywhere
            assert getattr(final[ids[index]], name) == last[(index, name)]
