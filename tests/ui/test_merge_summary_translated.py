"""The merge dialog lists the plan's changes in the window's language; the CLI's stay English.

Core writes each line as an English template with its values
(:func:`~workbench.core.merge_summary.plan_messages`): the window translates the template,
the command line prints it as it is (scripts parse it).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPlainTextEdit

from tests.ui.test_shared_file_dialogs import _two_copies_with_a_conflict
from workbench.core.merge_summary import describe_plan
from workbench.store.merging import prepare_merge
from workbench.store.projectfile import Project
from workbench.ui import language
from workbench.ui.dialogs.conflicts import ConflictDialog


@pytest.fixture
def german(qapp) -> Iterator[None]:
    language.install(qapp, "de")
    yield
    language.install(qapp, "en")


def test_the_german_merge_dialog_lists_the_changes_in_german(
    german, qtbot, tmp_path: Path, sample_article: Path
) -> None:
    mine, theirs, _ = _two_copies_with_a_conflict(tmp_path, sample_article)
    with Project.open(mine, reviewer="Ada") as project:
        plan = prepare_merge(project.snapshot(), project.path, theirs).plan
    dialog = ConflictDialog(None, plan, theirs.name)
    qtbot.addWidget(dialog)
    (changes,) = dialog.findChildren(QPlainTextEdit)  # the list of changes
    shown = changes.toPlainText().splitlines()
    english = describe_plan(plan)
    assert len(shown) == len(english) and any(line.startswith("! conflict on") for line in english)
    conflict = next(line for line in shown if line.startswith("!"))
    assert conflict.startswith("! Konflikt bei claim")
    assert "'disputed'" in conflict and "Grace, " in conflict  # the values as they are
    assert not any(" vs theirs " in line for line in shown)
