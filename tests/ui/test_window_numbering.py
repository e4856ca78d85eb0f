"""The window numbers claims across the project, as the report does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.keys import claim_selection
from workbench.core.model import ImportedDocument, new_claim
from workbench.core.numbering import claim_numbers
from workbench.store.projectfile import Project
from workbench.ui.claims_model import Column

TEXT_A = "First article. The budget rose by ten percent. Taxes fell sharply last year."
TEXT_B = "Second article. The summit was postponed. Nobody set a date for it."


def two_articles(path: Path) -> dict[str, int]:
    """A project of two articles with claims; the numbers the report would print."""
    with Project.create(path, reviewer="Ada") as project:
        first = project.add_document(ImportedDocument(text=TEXT_A, title="A", format="txt"))
        second = project.add_document(ImportedDocument(text=TEXT_B, title="B", format="txt"))
        for document, text, quotes in (
            (second, TEXT_B, ["Nobody set a date", "The summit was postponed"]),
            (first, TEXT_A, ["Taxes fell sharply", "The budget rose"]),
        ):
            for quote in quotes:
                at = text.index(quote)
                project.add_claim(new_claim(document, at, at + len(quote)))
        snapshot = project.snapshot()
    return claim_numbers(snapshot.documents, snapshot.claims)


def shown_numbers(window) -> dict[str, int]:
    model = window.panel.model
    return {
        model.claim_at(row).id: model.index(row, Column.NUMBER).data(Qt.ItemDataRole.DisplayRole)
        for row in range(model.rowCount())
    }


def test_each_article_shows_the_project_wide_numbers(window, tmp_path):
    report_numbers = two_articles(tmp_path / "two.factcheck")
    window.open_path(tmp_path / "two.factcheck")
    first, second = window.session.project.documents()
    seen: dict[str, int] = {}
    for document in (first, second):
        window.review.show_document(document.id)
        seen |= shown_numbers(window)
    assert seen == report_numbers
    window.review.show_document(second.id)
    assert sorted(shown_numbers(window).values()) == [3, 4]


def test_a_new_claim_is_numbered_among_its_neighbours(qtbot, window, tmp_path):
    two_articles(tmp_path / "two.factcheck")
    window.open_path(tmp_path / "two.factcheck")
    second = window.session.project.documents()[1]
    window.review.show_document(second.id)
    start = TEXT_B.index("Second article")
    window.article.select_span(start, start + len("Second article"))
    new_id = claim_selection(qtbot, window)
    assert shown_numbers(window)[new_id] == 3  # first in its article, after article A's two
    snapshot = window.session.project.snapshot()
    assert shown_numbers(window) == {
        cid: n
        for cid, n in claim_numbers(snapshot.documents, snapshot.claims).items()
        if cid in shown_numbers(window)
    }
