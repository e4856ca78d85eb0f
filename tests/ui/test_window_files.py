"""Projects in the real main window: reopen, untitled on quit, save as, errors, start-up."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import QUOTE
from tests.ui.keys import add_claim, press
from workbench import app
from workbench.core.model import Status
from workbench.store.projectfile import Project
from workbench.ui import main_window
from workbench.ui.session import untitled_dir


def test_quit_keeps_the_untitled_project_where_the_user_says(
    qtbot, sample_window, answers, tmp_path
):
    claim_id = add_claim(qtbot, sample_window)
    press(qtbot, sample_window.article.text, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    answers["keep"] = "save"
    answers["save_path"] = tmp_path / "budapest.factcheck"
    assert sample_window.close()
    assert list(untitled_dir().iterdir()) == []
    with Project.open(tmp_path / "budapest.factcheck") as project:
        claim = project.claim(claim_id)
    assert (claim.quote, claim.status) == (QUOTE, Status.DISPUTED)


def test_quit_can_discard_or_cancel(qtbot, sample_window, answers):
    add_claim(qtbot, sample_window)
    answers["keep"] = "cancel"
    assert not sample_window.close()
    assert sample_window.session.project is not None
    answers["keep"] = "discard"
    assert sample_window.close()
    assert list(untitled_dir().iterdir()) == []


def test_reopening_a_saved_project_shows_everything(
    qtbot, sample_window, answers, make_window, tmp_path
):
    claim_id = add_claim(qtbot, sample_window)
    sample_window.review.mark(Status.VERIFIED)
    answers["save_path"] = tmp_path / "kept.factcheck"
    assert sample_window.save_as()
    assert sample_window.session.project.path == tmp_path / "kept.factcheck"
    assert not sample_window.session.untitled
    sample_window.review.mark(Status.DISPUTED)  # an edit after Save As lands in the copy
    assert sample_window.close()

    again = make_window()
    again.open_path(tmp_path / "kept.factcheck")
    assert again.review.document is not None
    assert again.panel.model.claims()[0].id == claim_id
    assert again.panel.model.claims()[0].status is Status.DISPUTED
    assert again.article.claims.index.span(claim_id) is not None
    assert (tmp_path / "kept.factcheck").resolve() in again.settings.recent_projects()


def test_a_corrupt_project_file_says_why(window, tmp_path, monkeypatch):
    bad = tmp_path / "bad.factcheck"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    shown: list[str] = []
    monkeypatch.setattr(
        main_window, "show_error", lambda parent, message, details="": shown.append(message)
    )
    window.open_path(bad)
    assert len(shown) == 1
    assert "bad.factcheck" in shown[0]
    assert "Traceback" not in shown[0]
    assert window.session.project is None
    assert window.pages.currentIndex() == 0  # still on the welcome screen


def test_an_article_file_is_imported_into_a_new_untitled_project(window, sample_article):
    window.open_path(sample_article)
    assert window.transfers.last_job.wait()
    assert window.session.untitled
    assert window.review.document.title.startswith("Budapest summit postponed")
    assert window.pages.currentIndex() == 1


def test_reviewer_name_is_recorded_and_kept(qtbot, sample_window):
    sample_window.set_reviewer("Jane Doe")
    claim_id = add_claim(qtbot, sample_window)
    assert sample_window.session.project.claim(claim_id).created_by == "Jane Doe"
    assert sample_window.settings.reviewer_name() == "Jane Doe"


def test_splitter_sizes_are_remembered(make_window):
    first = make_window()
    first.main.setSizes([100, 500, 400])
    saved = first.main.sizes()
    assert first.close()
    second = make_window()
    assert second.main.sizes() == saved


@pytest.mark.parametrize(
    ("env", "platform", "expected"),
    [
        ({}, "linux", "No display found"),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", None),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", None),
        ({}, "win32", None),
    ],
)
def test_display_problem_names_the_fix(env, platform, expected):
    problem = app.display_problem(env, platform)
    assert problem == expected or (expected and problem.startswith(expected))


def test_main_prints_one_line_without_a_display(capsys, monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(app.sys, "platform", "linux")
    assert app.main([]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "No display found" in err


def test_the_sample_article_is_found():
    assert app.sample_article().is_file()
    assert isinstance(app.packaged("resources"), Path)


def test_dropping_an_article_imports_it(window, sample_article):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_article))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.transfers.last_job.wait()
    assert window.review.document.title.startswith("Budapest summit postponed")


def test_a_file_open_event_from_the_desktop_opens_the_file(qtbot, config_dir, tmp_path):
    """macOS delivers double-clicked files as QFileOpenEvent: same path as the argument."""
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from workbench.app import open_window
    from workbench.store.projectfile import Project

    path = tmp_path / "double-clicked.factcheck"
    Project.create(path, title="Double-clicked").close()
    window = open_window([])
    qtbot.addWidget(window)
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(path)))
    assert window.session.project is not None
    assert window.session.project.path == path.resolve()
    window.session.close(discard=True)


def test_a_bug_while_opening_the_start_file_is_shown_not_fatal(qtbot, config_dir, monkeypatch):
    """A failure in what the command line asked to open must not kill the program."""
    import sys

    from workbench.app import open_window
    from workbench.ui.main_window import MainWindow

    def broken(self):
        raise RuntimeError("importer exploded")

    seen: list[str] = []
    monkeypatch.setattr(MainWindow, "open_sample", broken)
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: seen.append(str(value)))
    window = open_window(["--sample"])
    qtbot.addWidget(window)
    assert seen == ["importer exploded"]
    assert window.isVisible() and window.session.project is None


def test_an_encrypted_pdf_asks_for_its_password_until_it_opens(window, corpus, monkeypatch):
    """The corpus PDF's password is "test": a wrong one is said to be wrong, then it opens."""
    from workbench.ui.dialogs.password import PasswordDialog

    asked: list[tuple[str, bool]] = []
    answers = iter(["not-it", "test"])

    def ask(cls, parent, file_name, *, wrong=False):
        asked.append((file_name, wrong))
        return next(answers)

    monkeypatch.setattr(PasswordDialog, "ask", classmethod(ask))
    window.import_articles([corpus / "pdf" / "password-example.pdf"])
    for _ in range(3):  # the first try, the wrong password, the right one
        assert window.transfers.last_job.wait()
    assert asked == [("password-example.pdf", False), ("password-example.pdf", True)]
    (document,) = window.session.project.documents()
    assert document.format == "pdf" and document.text.strip()


def test_removing_a_document_asks_first_and_can_be_undone(qtbot, sample_window, monkeypatch):
    from workbench.ui import session as session_dialogs

    window = sample_window
    add_claim(qtbot, window, "no plans")
    project = window.session.project
    (document,) = project.documents()
    asked: list[tuple[str, int]] = []
    replies = iter([False, True])

    def ask(parent, title, claims):
        asked.append((title, claims))
        return next(replies)

    monkeypatch.setattr(session_dialogs, "ask_remove_document", ask)
    window.actions_.remove_document.trigger()  # declined: nothing happens
    assert project.documents() == [document]
    window.actions_.remove_document.trigger()
    assert asked == [(document.title, 1), (document.title, 1)]
    assert project.documents() == [] and project.claims() == []
    assert window.review.document is None and window.documents.documents.documents == []
    window.actions_.undo.trigger()
    assert project.documents() == [document]
    assert [c.quote for c in project.claims()] == ["no plans"]
    assert window.review.document.id == document.id
    assert [c.quote for c in window.panel.model.claims()] == ["no plans"]
