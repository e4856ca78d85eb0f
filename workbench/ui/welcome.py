"""What to do first: the welcome screen (no project open) and an empty project's page.

Both offer the same start: import an article, paste its text, or open the sample.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench import APP_NAME


def _start_button(text: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setMinimumHeight(36)
    button.setAutoDefault(True)  # Enter presses the focused button, as in a dialog
    return button


def _heading(text: str, parent: QWidget, scale: float) -> QLabel:
    heading = QLabel(text, parent)
    heading.setTextFormat(Qt.TextFormat.PlainText)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    heading.setFont(font)
    return heading


def _centred(page: QWidget, column: QVBoxLayout) -> None:
    """Lay ``column`` out in the middle third of ``page``, a little above centre."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addLayout(column, 2)
    row.addStretch(1)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(48, 48, 48, 48)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)


class StartButtons(QWidget):
    """The ways to bring in a first article, the same on both pages.

    Signals:
        import_requested(), paste_requested(), sample_requested(): the three buttons.
    """

    import_requested = Signal()
    paste_requested = Signal()
    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.import_ = _start_button(self.tr("&Import an article…"), self)
        self.import_.setToolTip(self.tr("A PDF, a saved web page, a Word document or a text file"))
        self.paste = _start_button(self.tr("&Paste article text"), self)
        self.paste.setToolTip(self.tr("Copy the article's text first, then press here"))
        self.sample = _start_button(self.tr("Open the &sample article"), self)
        self.import_.clicked.connect(self.import_requested)
        self.paste.clicked.connect(self.paste_requested)
        self.sample.clicked.connect(self.sample_requested)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        for button in (self.import_, self.paste, self.sample):
            column.addWidget(button)


class WelcomePage(QWidget):
    """Start actions and the recent-projects list.

    Signals:
        import_requested(), paste_requested(), sample_requested(): start with an article.
        new_requested(), open_requested(): an empty project, an existing one.
        recent_chosen(Path): a recent project was activated (double-click or Enter).
    """

    import_requested = Signal()
    paste_requested = Signal()
    sample_requested = Signal()
    new_requested = Signal()
    open_requested = Signal()
    recent_chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = _heading(APP_NAME, self, 1.8)
        intro = QLabel(
            self.tr("Mark the claims in an article, check them, keep the evidence."), self
        )
        self.start = StartButtons(self)
        self.start.import_requested.connect(self.import_requested)
        self.start.paste_requested.connect(self.paste_requested)
        self.start.sample_requested.connect(self.sample_requested)
        self.sample = self.start.sample
        self.new = _start_button(self.tr("New project"), self)
        self.open = _start_button(self.tr("Open project…"), self)
        self.new.clicked.connect(self.new_requested)
        self.open.clicked.connect(self.open_requested)
        self.recent = QListWidget(self)  # a short list of paths: no model of its own needed
        self.recent.setAccessibleName(self.tr("Recent projects"))
        self.recent.itemActivated.connect(
            lambda item: self.recent_chosen.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.recent_label = QLabel(self.tr("Recent projects"), self)
        self.recent.setMaximumHeight(220)
        column = QVBoxLayout()
        column.addWidget(heading)
        column.addWidget(intro)
        column.addSpacing(16)
        column.addWidget(self.start)
        column.addSpacing(8)
        for button in (self.new, self.open):
            column.addWidget(button)
        column.addSpacing(16)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent)
        _centred(self, column)

    def set_recent(self, paths: list[Path]) -> None:
        """Show the recent projects (the list hides itself when empty)."""
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.stem}  —  {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.recent_label.setVisible(bool(paths))


class EmptyProjectPage(QWidget):
    """Shown while the open project has no articles: says what to do first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = _heading(self.tr("This project has no articles yet"), self, 1.4)
        intro = QLabel(
            self.tr(
                "Start by bringing in the article to check: import its file, or paste its "
                "text. Then select the words of a claim and press Ctrl+Enter."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.start = StartButtons(self)
        column = QVBoxLayout()
        column.addWidget(heading)
        column.addWidget(intro)
        column.addSpacing(16)
        column.addWidget(self.start)
        _centred(self, column)
