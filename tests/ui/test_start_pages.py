"""What to do first: the welcome screen and an empty project offer the same start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from workbench.ui.welcome import StartButtons


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def labels(start: StartButtons) -> list[str]:
    return [b.text().replace("&", "") for b in (start.import_, start.paste, start.sample)]


def test_the_welcome_screen_offers_import_paste_and_the_sample(window):
    assert window.pages.currentWidget() is window.welcome
    assert labels(window.welcome.start) == [
        "Import an article…",
        "Paste article text",
        "Open the sample article",
    ]


def test_import_from_the_welcome_screen(qtbot, window, answers, sample_article):
    answers["open_paths"] = [sample_article]
    click(qtbot, window.welcome.start.import_)
    assert window.transfers.last_job.wait()
    (document,) = window.session.project.documents()
    assert window.pages.currentIndex() == 1  # the article, ready for claims
    assert window.review.document.id == document.id


def test_paste_from_the_welcome_screen(qtbot, window, sample_article):
    QGuiApplication.clipboard().setText(sample_article.read_text(encoding="utf-8"))
    click(qtbot, window.welcome.start.paste)
    (document,) = window.session.project.documents()
    assert "Budapest" in document.text
    assert window.pages.currentIndex() == 1


def test_an_empty_project_says_what_to_do_first(qtbot, window, sample_article):
    window.actions_.new.trigger()
    assert window.session.project is not None
    page = window.pages.currentWidget()
    assert page is window.empty
    assert labels(window.empty.start) == labels(window.welcome.start)
    assert "no articles yet" in window.empty.findChildren(type(window.summary))[0].text()
    QGuiApplication.clipboard().setText(sample_article.read_text(encoding="utf-8"))
    click(qtbot, window.empty.start.paste)
    assert window.pages.currentIndex() == 1
    assert len(window.session.project.documents()) == 1


def test_removing_the_last_article_shows_the_empty_page_again(qtbot, sample_window, monkeypatch):
    from workbench.ui import session as session_dialogs

    monkeypatch.setattr(session_dialogs, "ask_remove_document", lambda *a: True)
    sample_window.actions_.remove_document.trigger()
    assert sample_window.pages.currentWidget() is sample_window.empty
    sample_window.actions_.undo.trigger()
    assert sample_window.pages.currentIndex() == 1
