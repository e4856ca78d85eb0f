"""Every control a keyboard or screen-reader user can reach has an accessible name.

The walk reads names the way assistive technology does (Qt's accessibility interface,
``QAccessible.queryAccessibleInterface(widget).text(Name)``), over the real main window
with an article open and over every dialog, so a control added later without a name
fails here. Parts Qt composes inside another control (a combo box's popup list, a line
edit's clear button, Qt's own ``qt_*`` helper buttons) are announced through that control
and are left out.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMenu,
    QToolBar,
    QToolButton,
    QWidget,
)

from tests.ui.keys import add_claim
from tests.ui.test_dialogs import FORMATS, _documents
from tests.ui.test_shared_file_dialogs import _two_copies_with_a_conflict
from workbench.core.model import Claim, Evidence, ProjectSettings, Stance
from workbench.settings import Settings
from workbench.store.archive import Archive
from workbench.store.merging import prepare_merge
from workbench.store.projectfile import Project
from workbench.ui.dialogs.archive_search import ArchiveSearchDialog
from workbench.ui.dialogs.conflicts import ConflictDialog
from workbench.ui.dialogs.document_details import DocumentDetailsDialog
from workbench.ui.dialogs.errors import ErrorDialog
from workbench.ui.dialogs.evidence import EvidenceDialog
from workbench.ui.dialogs.export import ExportDialog
from workbench.ui.dialogs.help import HelpDialog
from workbench.ui.dialogs.locked import LockedDialog
from workbench.ui.dialogs.password import PasswordDialog
from workbench.ui.dialogs.preferences import PreferencesDialog
from workbench.ui.dialogs.preview import PreviewDialog
from workbench.ui.dialogs.project_settings import ProjectSettingsDialog
from workbench.ui.dialogs.share import ShareDialog

#: Controls whose parts Qt announces through the control itself.
COMPOSITES = (QComboBox, QLineEdit, QAbstractSpinBox)


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget``."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _inside_composite(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    """Focusable or clickable widgets under ``root`` (shown or not) without a name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        interactive = isinstance(widget, QAbstractButton) or (
            widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not isinstance(widget, QMenu)
        )
        if not interactive or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QDialog) or _inside_composite(widget):
            continue
        if not accessible_name(widget):
            parent = widget.parentWidget()
            missing.append(f"{type(widget).__name__} in {type(parent).__name__}")
    return missing


def unnamed_actions(window: QWidget) -> list[str]:
    """Menu and toolbar actions whose text (their accessible name) is empty."""
    menus = window.findChildren(QMenu)
    actions = [action for menu in menus for action in menu.actions()]
    return [
        repr(action.objectName())
        for action in actions
        if not action.isSeparator() and not action.text().replace("&", "").strip()
    ]


def test_every_control_of_the_review_window_has_a_name(qtbot, sample_window) -> None:
    window = sample_window
    add_claim(qtbot, window)  # the editor's fields and evidence buttons are enabled
    assert unnamed_controls(window) == []


def test_every_menu_and_toolbar_action_has_a_name_and_a_description(sample_window) -> None:
    assert unnamed_actions(sample_window) == []
    toolbar = sample_window.findChild(QToolBar)
    buttons = [b for b in toolbar.findChildren(QToolButton) if not b.objectName()]
    assert len(buttons) == len([a for a in toolbar.actions() if not a.isSeparator()])
    for button in buttons:  # the description says more than the name repeated
        interface = QAccessible.queryAccessibleInterface(button)
        description = interface.text(QAccessible.Text.Description)
        assert description and description != interface.text(QAccessible.Text.Name)


def test_the_main_views_have_descriptions(sample_window) -> None:
    window = sample_window
    for widget in (
        window.documents,
        window.article.text,
        window.panel.table,
        window.panel.search,
        window.panel.status_filter,
        window.editor.evidence.view,
    ):
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface.text(QAccessible.Text.Description), accessible_name(widget)


def _claim() -> Claim:
    return Claim(id="c-1", document_id="d1", start=0, end=4, quote="One.")


def _conflict_dialog(tmp_path: Path, sample_article: Path) -> QDialog:
    mine, theirs, _ = _two_copies_with_a_conflict(tmp_path, sample_article)
    with Project.open(mine, reviewer="Ada") as project:
        plan = prepare_merge(project.snapshot(), project.path, theirs).plan
    return ConflictDialog(None, plan, theirs.name)


DIALOGS: dict[str, Callable[[Path, Path], QDialog]] = {
    "preferences": lambda tmp, _: PreferencesDialog(None, Settings(tmp / "settings.json")),
    "password": lambda *_: PasswordDialog(None, "article.pdf", wrong=True),
    "locked": lambda *_: LockedDialog(None, "Grace is editing this file.", stale=True),
    "error": lambda *_: ErrorDialog(None, "Something failed.", "Details here."),
    "evidence": lambda *_: EvidenceDialog(
        None, "c-1", Evidence(id="e-1", claim_id="c-1", title="Source", stance=Stance.SUPPORTS)
    ),
    "export": lambda *_: ExportDialog(None, _documents(), "d1", FORMATS),
    "details": lambda *_: DocumentDetailsDialog(None, _documents()[0]),
    "project settings": lambda *_: ProjectSettingsDialog(None, ProjectSettings(title="Desk")),
    "share": lambda tmp, _: ShareDialog(None, tmp / "copy.factcheck", 200_000),
    "help": lambda *_: HelpDialog(None, "Keyboard shortcuts"),
    "preview": lambda *_: PreviewDialog(None, "<p>Report</p>", "HTML report"),
    "archive search": lambda tmp, _: ArchiveSearchDialog(
        Archive.open(tmp / "archive.sqlite"), _claim(), can_attach=True
    ),
    "conflicts": _conflict_dialog,
}


@pytest.mark.parametrize("name", DIALOGS)
def test_every_control_of_every_dialog_has_a_name(
    qtbot, tmp_path: Path, sample_article: Path, name: str
) -> None:
    dialog = DIALOGS[name](tmp_path, sample_article)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed_controls(dialog) == []
