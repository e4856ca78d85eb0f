"""Sizes, counts and dates the window formats itself are written as Arabic writes them.

Qt translates words, not the numbers Python puts into them: a size or count formatted
with an f-string keeps Latin digits and an English decimal point inside Arabic words.
Each place below goes through the window's ``number``/``moment`` instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from workbench.core.archive_items import ArchiveItem, ArchiveMatch
from workbench.core.archived import ArchivedCopy, CopyKind
from workbench.core.verification import CheckResult, Finding, Verification
from workbench.ui import attachments, language
from workbench.ui.checked_before import MatchesModel
from workbench.ui.copies_panel import CopiesModel
from workbench.ui.dialogs.evidence import EvidenceDialog
from workbench.ui.dialogs.share import ShareDialog
from workbench.ui.dialogs.verify import VerifyDialog

LATIN_DIGIT = re.compile(r"[0-9]")
ARABIC_DIGIT = re.compile(r"[\u0660-\u0669]")
ARABIC = QLocale("ar")


@pytest.fixture
def arabic(qapp) -> Iterator[None]:
    language.install(qapp, "ar")
    yield
    language.install(qapp, "en")


def _cell(model: CopiesModel | MatchesModel, column: int) -> str:
    return str(model.data(model.index(0, column), Qt.ItemDataRole.DisplayRole))


def test_copy_sizes_and_capture_dates_use_arabic_digits(arabic) -> None:
    copy = ArchivedCopy(
        id="c1",
        evidence_id="e1",
        sha256="a" * 64,
        name="page.wacz",
        size=3_040_870,
        media_type="application/wacz",
        kind=CopyKind.WACZ,
        captured_at="2026-03-14T09:26:00",
    )
    model = CopiesModel()
    model.set_items([copy])
    size, captured = _cell(model, 2), _cell(model, 3)
    assert ARABIC.toString(2.9, "f", 1) in size
    assert not LATIN_DIGIT.search(size) and not LATIN_DIGIT.search(captured)


def test_share_dialog_megabytes_use_arabic_digits(arabic, qtbot, tmp_path: Path) -> None:
    dialog = ShareDialog(None, tmp_path / "copy.factcheck", 3_040_870, 1_572_864)
    qtbot.addWidget(dialog)
    for text in (dialog.originals_check.text(), dialog.copies_check.text()):
        assert not LATIN_DIGIT.search(text), text
    assert ARABIC.toString(2.9, "f", 1) in dialog.originals_check.text()
    assert ARABIC.toString(1.5, "f", 1) in dialog.copies_check.text()


def test_verify_dialog_counts_use_arabic_digits(arabic, qtbot) -> None:
    findings = tuple(Finding("claims", f"claim {n}", "changed", "x", "y") for n in range(12))
    result = Verification("p.factcheck", "head", (CheckResult("claims", 345, findings),))
    dialog = VerifyDialog(None, result)
    qtbot.addWidget(dialog)
    assert ARABIC.toString(12) in dialog.verdict.text()
    assert not LATIN_DIGIT.search(dialog.verdict.text())


def test_checked_before_dates_use_arabic_digits(arabic) -> None:
    item = ArchiveItem(key="k", claim="A claim", rating="False", date="2025-11-02")
    model = MatchesModel()
    model.set_items([ArchiveMatch(item, 0.8)])
    date = _cell(model, 3)
    assert date and not LATIN_DIGIT.search(date), date


def test_checked_before_scores_use_arabic_digits_and_decimal_sign(arabic) -> None:
    item = ArchiveItem(key="k", claim="A claim", rating="False", date="2025-11-02")
    model = MatchesModel()
    model.set_items([ArchiveMatch(item, 0.875)])
    score = _cell(model, 0)
    assert score == ARABIC.toString(0.875, "f", 2), score
    assert not LATIN_DIGIT.search(score) and "." not in score


def test_the_evidence_dialog_writes_the_attached_file_size_in_arabic(
    arabic, qtbot, tmp_path: Path, monkeypatch
) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + b"0" * 1_572_864)
    monkeypatch.setattr(attachments, "ask_path", lambda parent: scan)
    dialog = EvidenceDialog(None, "c1")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.attach_button, Qt.MouseButton.LeftButton)
    shown = dialog.file_label.text()
    assert "scan.pdf" in shown and ARABIC.toString(1.5, "f", 1) in shown, shown
    assert not LATIN_DIGIT.search(shown), shown


def test_the_status_line_after_share_a_copy_writes_the_size_in_arabic(
    arabic, sample_window, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "to-send.factcheck"
    monkeypatch.setattr(
        ShareDialog, "ask", classmethod(lambda cls, parent, s, n, c: (target, False, False))
    )
    sample_window.share_copy()
    line = sample_window.statusBar().currentMessage()
    assert "to-send.factcheck" in line and ARABIC_DIGIT.search(line), line
    assert not LATIN_DIGIT.search(line), line
