"""The dialogs of shared project files: who holds a file, a share copy, merge conflicts."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QRadioButton

from workbench.core.merge import Side
from workbench.core.model import ImportedDocument, canonical_text, new_claim
from workbench.store.merging import prepare_merge
from workbench.store.projectfile import Project
from workbench.ui.dialogs.conflicts import ConflictDialog
from workbench.ui.dialogs.locked import LockChoice, LockedDialog
from workbench.ui.dialogs.share import ShareDialog

QUOTE = "You cannot postpone what has not been scheduled"


def _two_copies_with_a_conflict(tmp_path: Path, sample_article: Path) -> tuple[Path, Path, str]:
    mine = tmp_path / "ada.factcheck"
    text = canonical_text(sample_article.read_text(encoding="utf-8"))
    with Project.create(mine, reviewer="Ada") as project:
        doc = project.add_document(ImportedDocument(text=text, title="Budapest", format="txt"))
        at = text.index(QUOTE)
        claim_id = project.add_claim(new_claim(doc, at, at + len(QUOTE))).id
    theirs = tmp_path / "grace.factcheck"
    shutil.copy(mine, theirs)
    with Project.open(mine, reviewer="Ada") as project:
        project.update_claim(claim_id, status="verified")
    with Project.open(theirs, reviewer="Grace") as project:
        project.update_claim(claim_id, status="disputed", note="No date was set.")
    return mine, theirs, claim_id


def test_conflicts_are_shown_side_by_side_and_must_all_be_settled(
    qtbot, tmp_path: Path, sample_article: Path
) -> None:
    mine, theirs, claim_id = _two_copies_with_a_conflict(tmp_path, sample_article)
    with Project.open(mine, reviewer="Ada") as project:
        plan = prepare_merge(project.snapshot(), project.path, theirs).plan
    dialog = ConflictDialog(None, plan, "grace.factcheck")
    qtbot.addWidget(dialog)
    dialog.show()
    radios = dialog.findChildren(QRadioButton)
    assert [r.text().splitlines()[0] for r in radios] == ["verified", "disputed"]
    assert radios[0].text().splitlines()[1].startswith("Ada, ")
    assert radios[1].text().splitlines()[1].startswith("Grace, ")
    assert not dialog.merge_button.isEnabled()
    qtbot.mouseClick(radios[1], Qt.MouseButton.LeftButton)
    assert dialog.merge_button.isEnabled()
    assert dialog.choices() == {f"claim:{claim_id}:status": Side.THEIRS}
    bulk = next(b for b in dialog.findChildren(QDialogButtonBox) if b is not dialog.buttons)
    keep_mine = next(b for b in bulk.buttons() if "mine" in b.text())
    qtbot.mouseClick(keep_mine, Qt.MouseButton.LeftButton)
    assert dialog.choices() == {f"claim:{claim_id}:status": Side.MINE}


def test_the_lock_dialog_offers_take_over_only_for_a_stale_lock(qtbot) -> None:
    live = LockedDialog(None, "'a.factcheck' is being edited by Ana on pc-1.", stale=False)
    qtbot.addWidget(live)
    live.show()
    assert not live.take_over_button.isVisible()
    qtbot.mouseClick(live.read_only_button, Qt.MouseButton.LeftButton)
    assert live.choice is LockChoice.READ_ONLY

    stale = LockedDialog(None, "'a.factcheck' is being edited by Ana on pc-1.", stale=True)
    qtbot.addWidget(stale)
    stale.show()
    assert stale.take_over_button.isVisible()
    qtbot.mouseClick(stale.take_over_button, Qt.MouseButton.LeftButton)
    assert stale.choice is LockChoice.TAKE_OVER


def test_the_share_dialog_offers_to_leave_big_originals_out(qtbot, tmp_path: Path) -> None:
    small = ShareDialog(None, tmp_path / "copy.factcheck", 200_000)
    qtbot.addWidget(small)
    assert small.originals_check.isChecked()
    big = ShareDialog(None, tmp_path / "copy.factcheck", 40 * 1024 * 1024)
    qtbot.addWidget(big)
    big.show()
    assert not big.originals_check.isChecked()
    assert "40.0 MB" in big.originals_check.text()
    big.path_edit.clear()
    qtbot.keyClicks(big.path_edit, str(tmp_path / "missing-folder" / "x.factcheck"))
    assert not big.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    big.path_edit.clear()
    qtbot.keyClicks(big.path_edit, str(tmp_path / "x.factcheck"))
    assert big.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
