"""The history's hash chain in real project files: every writer links, old files are chained,
merges keep it verifiable, and ``verify_file`` names what was changed behind our back."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.store.conftest import PESKOV, alter
from workbench.core.errors import ProjectFileError
from workbench.core.history_chain import GENESIS, row_hash
from workbench.core.merge import Side
from workbench.core.model import Evidence, ImportedDocument, ProjectSettings, Status, new_id
from workbench.store import migrations
from workbench.store.merging import apply_merge, prepare_merge
from workbench.store.projectfile import Project
from workbench.store.verification import verify_file

#: The fixtures of the versions before the chain: what the migration must chain.
FIXTURES = [
    path
    for path in sorted((Path(__file__).parent.parent / "fixtures").glob("schema-v*.factcheck"))
    if int(path.stem.removeprefix("schema-v")) <= migrations.STEP_NAMES.index("0004_history_chain")
]


def _stored_rows(path: Path) -> list[dict[str, object]]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute("select * from history order by rowid")]
    finally:
        conn.close()


def _assert_chained(path: Path) -> None:
    """Recompute the chain independently of the verifier, from the stored columns."""
    previous = GENESIS
    rows = _stored_rows(path)
    assert rows
    for row in rows:
        assert row["prev_hash"] == previous
        assert row["hash"] == row_hash(previous, row)  # type: ignore[arg-type]
        previous = str(row["hash"])


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_an_older_file_is_chained_in_its_stored_order_when_migrated(
    fixture: Path, tmp_path: Path
) -> None:
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    before = [(r["id"], r["after"]) for r in _stored_rows(path)]
    assert "hash" not in _stored_rows(path)[0]
    verified_read_only = verify_file(path)  # migrated in memory only: the file is untouched
    assert verified_read_only.intact
    with Project.open(path, reviewer="Tester") as project:
        assert project.history_head() == verified_read_only.head
        claim = project.claims()[0]
        project.update_claim(claim.id, status=Status.VERIFIED)
    assert [(r["id"], r["after"]) for r in _stored_rows(path)][: len(before)] == before
    _assert_chained(path)
    assert verify_file(path).intact


def test_every_kind_of_change_appends_a_linked_row(project: Project, tmp_path: Path) -> None:
    doc = project.documents()[0]
    claim = project.claims()[0]
    project.update_settings(ProjectSettings(title="Chained", organisation="Desk"))
    project.update_claim(claim.id, status=Status.DISPUTED, note="a note")
    item = project.add_evidence(
        Evidence(new_id(), claim.id, title="Source", url="https://a.example")
    )
    project.set_evidence_attachment(item.id, "scan.png", b"\x89PNG fake bytes")
    project.update_evidence(item.id, note="checked")
    project.update_document(doc.id, author="A. Writer")
    text = doc.text.replace(PESKOV, PESKOV + " yet")
    project.import_new_version(doc.id, ImportedDocument(text, doc.title, "txt", "v2.txt"))
    other = project.add_evidence(Evidence(new_id(), claim.id, title="Second source"))
    project.restore_evidence(project.delete_evidence(other.id))
    project.close()
    _assert_chained(project.path)
    result = verify_file(project.path)
    assert result.intact, [f.line() for f in result.findings]
    checked = {r.name: r.checked for r in result.results}
    assert checked["history rows"] == len(_stored_rows(project.path)) > 10
    assert checked["attachments"] == 1 and checked["version hashes"] >= 3


def test_a_changed_attachment_and_document_are_named(project: Project) -> None:
    claim = project.claims()[0]
    item = project.add_evidence(Evidence(new_id(), claim.id, title="Source"))
    project.set_evidence_attachment(item.id, "scan.png", b"original scan")
    doc = project.documents()[0]
    project.close()
    alter(
        project.path,
        "update evidence set attachment = x'00' || attachment",
        "update documents set original = x'00' || original",
    )
    subjects = [f.subject for f in verify_file(project.path).findings]
    assert subjects == [
        f"document {doc.id}: imported original",
        f"evidence {item.id}: attached file",
    ]


def test_a_merge_appends_the_other_copys_rows_chained_here_and_records_its_head(
    project_path: Path, tmp_path: Path
) -> None:
    theirs = tmp_path / "grace.factcheck"
    shutil.copy(project_path, theirs)
    with Project.open(theirs, reviewer="Grace") as other:
        other.update_claim(other.claims()[0].id, status=Status.VERIFIED, note="theirs")
        their_head = other.history_head()
        their_ids = [e.id for e in other.history()]
    with Project.open(project_path, reviewer="Ada") as mine:
        mine.update_claim(mine.claims()[0].id, claimant="Peskov")
        source = prepare_merge(mine.snapshot(), mine.path, theirs)
        apply_merge(mine, source, Side.MINE)
        merged = mine.history()
        again = prepare_merge(mine.snapshot(), mine.path, theirs)
        apply_merge(mine, again, Side.MINE)
        assert len(mine.history()) == len(merged)  # merging the same copy adds nothing
    _assert_chained(project_path)
    assert verify_file(project_path).intact and verify_file(theirs).intact
    assert set(their_ids) <= {e.id for e in merged}
    (event,) = [e for e in merged if e.entity_id == "merge"]
    assert event.after is not None and event.after["other_head"] == their_head
    taken = [r for r in _stored_rows(project_path) if r["reviewer"] == "Grace"]
    assert taken and all(r["at"] for r in taken)  # their times kept, chained here


def test_the_snapshot_carries_the_head_a_report_prints(project: Project) -> None:
    head = project.history_head()
    assert len(head) == 64 and head != GENESIS
    assert project.snapshot().history_head == head
    project.close()
    assert verify_file(project.path).head == head


def test_a_trigger_on_the_history_is_still_refused(project_path: Path) -> None:
    alter(
        project_path,
        "create trigger chain_history before insert on history begin select 1; end;",
    )
    with pytest.raises(ProjectFileError, match="triggers of its own"):
        verify_file(project_path)
