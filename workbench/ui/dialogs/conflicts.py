"""Shows what merging a colleague's copy would do, and settles each conflict side by side."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbench.core.merge import Conflict, MergePlan, Side, Who
from workbench.core.merge_summary import plan_messages
from workbench.core.translatable import QT_TRANSLATE_NOOP
from workbench.ui.dialogs import answer, plain_label
from workbench.ui.language import isolate, moment, sentence


def _who(who: Who) -> str:
    if not who.reviewer:
        return QCoreApplication.translate("ConflictDialog", "unknown")
    aware = who.at if who.at.endswith(("Z", "+00:00")) else f"{who.at}+00:00"  # kept in UTC
    return f"{isolate(who.reviewer)}, {moment(aware)}"


#: The words of a delete/edit conflict, which core writes in English for the command line.
_DELETION_WORDS = {
    "deleted": QT_TRANSLATE_NOOP("ConflictDialog", "deleted"),
    "edited": QT_TRANSLATE_NOOP("ConflictDialog", "edited"),
    "edited its evidence": QT_TRANSLATE_NOOP("ConflictDialog", "edited its evidence"),
}


def _word(conflict: Conflict, value: object) -> str:
    """A delete/edit conflict's field or side in the window's language; others as they are."""
    if conflict.field == "deleted" and isinstance(value, str) and value in _DELETION_WORDS:
        return QCoreApplication.translate("ConflictDialog", _DELETION_WORDS[value])
    return _value(value)


def _value(value: object) -> str:
    text = " ".join(str(value).split()) or QCoreApplication.translate("ConflictDialog", "(empty)")
    return text if len(text) <= 80 else text[:79] + "…"


class ConflictDialog(QDialog):
    """The changes the merge takes, then one row per conflict with Mine / Theirs choices.

    Every conflict shows both values with who changed them and when; "Keep all mine" and
    "Take all theirs" settle them at once. Nothing is written until Merge is pressed.
    """

    def __init__(self, parent: QWidget | None, plan: MergePlan, other_name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge {other_name}").format(other_name=isolate(other_name)))
        self.plan = plan
        self.groups: dict[str, QButtonGroup] = {}
        layout = QVBoxLayout(self)
        summary = QLabel(
            self.tr("%n change(s) from {other} will be taken", "", plan.change_count).format(
                other=other_name
            )
            + (
                self.tr("; %n conflict(s) need your choice.", "", len(plan.conflicts))
                if plan.conflicts
                else "."
            )
        )
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        lines = "\n".join(sentence(line) for line in plan_messages(plan))
        changes = QPlainTextEdit(lines or self.tr("No changes."))
        changes.setReadOnly(True)
        changes.setAccessibleName(self.tr("Changes the merge makes"))
        changes.setMaximumHeight(140)
        layout.addWidget(changes)
        if plan.conflicts:
            layout.addWidget(self._conflict_rows(plan.conflicts), 1)
            bulk = QDialogButtonBox()
            mine = bulk.addButton(self.tr("Keep all &mine"), QDialogButtonBox.ButtonRole.ActionRole)
            theirs = bulk.addButton(
                self.tr("Take all &theirs"), QDialogButtonBox.ButtonRole.ActionRole
            )
            mine.clicked.connect(lambda: self._choose_all(Side.MINE))
            theirs.clicked.connect(lambda: self._choose_all(Side.THEIRS))
            layout.addWidget(bulk)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(760, 520 if plan.conflicts else 320)
        self._update_merge()

    def _conflict_rows(self, conflicts: list[Conflict]) -> QScrollArea:
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for column, title in enumerate((self.tr("Item"), self.tr("Mine"), self.tr("Theirs"))):
            header = QLabel(f"<b>{title}</b>")
            grid.addWidget(header, 0, column)
        for row, conflict in enumerate(conflicts, start=1):
            field = _word(conflict, conflict.field)
            item = plain_label(f"{conflict.entity.value} “{_value(conflict.label)}”\n{field}")
            group = QButtonGroup(self)
            for column, (side, value, who) in enumerate(
                (
                    (Side.MINE, conflict.mine, conflict.mine_by),
                    (Side.THEIRS, conflict.theirs, conflict.theirs_by),
                ),
                start=1,
            ):
                button = QRadioButton(f"{_word(conflict, value)}\n{_who(who)}")
                button.setAccessibleName(
                    self.tr("{value} for {field} of {label}").format(
                        value=side.value, field=conflict.field, label=conflict.label
                    )
                )
                button.setProperty("side", side.value)
                group.addButton(button)
                grid.addWidget(button, row, column)
            group.buttonToggled.connect(self._update_merge)
            self.groups[conflict.key] = group
            grid.addWidget(item, row, 0)
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            grid.addWidget(line, row, 0, 1, 3, Qt.AlignmentFlag.AlignBottom)
        grid.setRowStretch(len(conflicts) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Conflicting changes"))
        scroll.setWidget(grid_host)
        return scroll

    def _choose_all(self, side: Side) -> None:
        for group in self.groups.values():
            for button in group.buttons():
                if button.property("side") == side.value:
                    button.setChecked(True)

    def _update_merge(self) -> None:
        settled = all(group.checkedButton() is not None for group in self.groups.values())
        self.merge_button.setEnabled(settled)
        self.merge_button.setToolTip(
            "" if settled else self.tr("Choose a side for every conflict first.")
        )

    def choices(self) -> dict[str, Side]:
        """The side chosen for each conflict (every conflict once Merge is enabled)."""
        chosen: dict[str, Side] = {}
        for key, group in self.groups.items():
            button = group.checkedButton()
            if button is not None:
                chosen[key] = Side(button.property("side"))
        return chosen

    @classmethod
    def ask(
        cls, parent: QWidget | None, plan: MergePlan, other_name: str
    ) -> dict[str, Side] | None:
        """Show the plan; the choice per conflict when Merge is pressed, None when cancelled."""
        dialog = cls(parent, plan, other_name)
        return answer(dialog, dialog.choices)
