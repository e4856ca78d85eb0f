"""What changed between two versions of an article: inserted and deleted passages.

The newer text is shown whole, deleted passages struck through in place and inserted
ones underlined, and a flag after every change that touches a claim (on the newer version,
or left on the older one when its passage went), so a desk can see a publisher's quiet
edits and which verdicts they concern.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.core.numbering import claim_numbers
from workbench.core.versioning import TextDiff, passages, touched_by
from workbench.ui.language import isolate
from workbench.ui.ports import ProjectLike

#: How deleted and inserted passages are marked (readable in light and dark themes).
DELETED_STYLE = "background:#f6c1bd;color:#000;text-decoration:line-through"
INSERTED_STYLE = "background:#bfe3c3;color:#000;text-decoration:underline"


def diff_html(
    old: str,
    new: str,
    spans: Sequence[tuple[int, int]],
    labels: Sequence[str],
    old_spans: Sequence[tuple[int, int]] = (),
) -> str:
    """The newer text as HTML with the changes from ``old`` marked and claims flagged:
    ``spans`` in the new text, then ``old_spans`` in the old one, named by ``labels``."""
    out: list[str] = []
    at = 0
    for change in passages(TextDiff(old, new)):
        out.append(html.escape(new[at : change.new_start]))
        if change.old_text:
            out.append(f'<span style="{DELETED_STYLE}">{html.escape(change.old_text)}</span>')
        if change.new_text:
            out.append(f'<span style="{INSERTED_STYLE}">{html.escape(change.new_text)}</span>')
        touched = [labels[i] for i in touched_by(change, spans, old_spans)]
        if touched:
            out.append(f" <b>⚑ {html.escape(', '.join(touched))}</b> ")
        at = change.new_end
    out.append(html.escape(new[at:]))
    return '<div style="white-space:pre-wrap">' + "".join(out) + "</div>"


class VersionDiffDialog(QDialog):
    """Compare two versions of one document (the previous and the current by default)."""

    def __init__(self, parent: QWidget, project: ProjectLike, document_id: str) -> None:
        super().__init__(parent)
        self.project = project
        self.document_id = document_id
        document = project.document(document_id)
        self.setWindowTitle(self.tr("What changed: {title}").format(title=isolate(document.title)))
        self.versions = {v.number: v for v in project.versions(document_id)}
        newest = max(self.versions, default=1)
        self.old = QSpinBox(self)
        self.new = QSpinBox(self)
        for box, value in ((self.old, max(1, newest - 1)), (self.new, newest)):
            box.setRange(1, newest)
            box.setValue(value)
            box.valueChanged.connect(lambda _value: self.refresh())
        self.old.setAccessibleName(self.tr("From version"))
        self.new.setAccessibleName(self.tr("To version"))
        self.view = QTextBrowser(self)
        self.view.setAccessibleName(self.tr("Changes"))
        self.summary = QLabel(self)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("From version"), self))
        pick.addWidget(self.old)
        pick.addWidget(QLabel(self.tr("to"), self))
        pick.addWidget(self.new)
        pick.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(close)
        self.resize(720, 560)
        self.refresh()

    def refresh(self) -> None:
        """Show the changes between the chosen versions."""
        old = self.versions.get(self.old.value())
        new = self.versions.get(self.new.value())
        if old is None or new is None or old.number == new.number:
            self.summary.setText(self.tr("Choose two different versions."))
            self.view.setHtml("")
            return
        documents = self.project.documents()
        every = self.project.claims()
        numbers = claim_numbers(documents, every)
        mine = [c for c in every if c.document_id == self.document_id]
        on_new = [c for c in mine if c.version == new.number]
        on_old = [c for c in mine if c.version == old.number]
        changes = passages(TextDiff(old.text, new.text))
        count = len(changes)
        self.summary.setText(
            self.tr("Version {number} → {number2}: %n change(s)", "", count).format(
                number=old.number, number2=new.number
            )
        )
        self.view.setHtml(
            diff_html(
                old.text,
                new.text,
                [(c.start, c.end) for c in on_new],
                [self.tr("claim {number}").format(number=numbers.get(c.id, "?")) for c in on_new]
                + [
                    self.tr("claim {number} (version {version})").format(
                        number=numbers.get(c.id, "?"), version=old.number
                    )
                    for c in on_old
                ],
                [(c.start, c.end) for c in on_old],
            )
        )
