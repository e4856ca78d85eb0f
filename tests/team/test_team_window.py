"""The window on a team project: a colleague's change appears live, the reader stays put."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.app import StoreFiles, open_team
from workbench.core.model import ImportedDocument, Status, new_claim
from workbench.settings import Settings
from workbench.store.team.address import TeamAddress
from workbench.store.team.project import TeamProject
from workbench.ui.main_window import MainWindow

TEXT = "The minister said unemployment fell by 3% last year. Critics disagree strongly."


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(tmp_path / "config"))


def test_a_colleagues_change_appears_without_moving_the_reader(
    qtbot, team: TeamAddress, sample_article: Path
) -> None:
    with TeamProject.open(team, reviewer="Ana") as ana:
        doc = ana.add_document(ImportedDocument(text=TEXT, title="Speech", format="text"))
        first = ana.add_claim(new_claim(doc, 0, 51))
        second = ana.add_claim(new_claim(doc, 53, 79))
        window = MainWindow(StoreFiles(), Settings(), sample=sample_article)
        qtbot.addWidget(window)
        window.show()
        open_team(window, f"{team.conninfo}#{team.project}", "Bo")
        assert window.session.project is not None and window.review.document is not None
        window.review.set_current(second.id)

        ana.take_lease(doc.id)
        ana.claims()
        ana.update_claim(first.id, status="verified")

        def shown_status() -> Status:
            model = window.review.panel.model
            rows = [model.claim_at(row) for row in range(model.rowCount())]
            return next(c.status for c in rows if c.id == first.id)

        qtbot.waitUntil(lambda: shown_status() is Status.VERIFIED, timeout=10_000)
        assert window.review.current_id == second.id  # the reader's selection is kept
        qtbot.waitUntil(lambda: "Ana" in _leases_text(window), timeout=10_000)
        window.session.close()


def _leases_text(window: MainWindow) -> str:
    from PySide6.QtWidgets import QLabel

    labels = window.statusBar().findChildren(QLabel)
    return " ".join(label.text() for label in labels if label.accessibleName().startswith("Who"))
