"""The article view tells assistive technology its text, the current claim and its status."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from tests.ui.conftest import QUOTE
from tests.ui.keys import add_claim
from workbench.core.model import Status
from workbench.ui.article_view import NO_CURRENT_CLAIM


def _interface(window):
    return QAccessible.queryAccessibleInterface(window.article.text)


def test_the_article_text_is_readable_through_the_text_interface(sample_window) -> None:
    interface = _interface(sample_window)
    text = interface.textInterface()
    assert interface.text(QAccessible.Text.Name) == "Article text"
    assert interface.role() == QAccessible.Role.EditableText
    article = sample_window.article.text.toPlainText()
    assert text.characterCount() == len(article)
    assert text.text(0, text.characterCount()) == article
    assert QUOTE in article


def test_the_current_claim_and_its_status_are_described_and_follow_changes(
    qtbot, sample_window
) -> None:
    window = sample_window
    assert _interface(window).text(QAccessible.Text.Description) == NO_CURRENT_CLAIM
    claim_id = add_claim(qtbot, window)
    described = _interface(window).text(QAccessible.Text.Description)
    assert described == f"Current claim, Unreviewed: “{QUOTE}”"
    window.review.mark(Status.DISPUTED)
    assert (
        _interface(window)
        .text(QAccessible.Text.Description)
        .startswith("Current claim, Disputed: ")
    )
    window.review.set_current(None)
    assert _interface(window).text(QAccessible.Text.Description) == NO_CURRENT_CLAIM
    window.review.set_current(claim_id)
    assert "Disputed" in _interface(window).text(QAccessible.Text.Description)


def test_a_long_claim_is_read_out_shortened(qtbot, sample_window) -> None:
    window = sample_window
    text = window.article._text
    start = text.index(QUOTE)
    window.article.select_span(start, min(len(text), start + 600))
    window.review.add_claim()
    described = _interface(window).text(QAccessible.Text.Description)
    assert described.endswith("…”")
    assert len(described) < 260
