"""The high-contrast palette: chosen in Preferences, or following the system's setting.

The colours come from :mod:`workbench.core.palette` (where their WCAG contrast ratios are
computed and tested); here they become a Qt palette for the whole application. While it is
on, claim underlines are drawn in the text colour (the status colours do not all keep 3:1
against their highlight tints); each status still has its own underline style and icon.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QStyleHints
from PySide6.QtWidgets import QApplication

from workbench.core.palette import HIGH_CONTRAST_DARK, HIGH_CONTRAST_LIGHT, Scheme
from workbench.core.translatable import QT_TRANSLATE_NOOP

#: The Preferences choices (the values kept in the settings) and their labels.
FOLLOW_SYSTEM = "system"
ALWAYS = "on"
NEVER = "off"
CHOICES = {
    FOLLOW_SYSTEM: QT_TRANSLATE_NOOP("PreferencesDialog", "Follow the system setting"),
    ALWAYS: QT_TRANSLATE_NOOP("PreferencesDialog", "High contrast"),
    NEVER: QT_TRANSLATE_NOOP("PreferencesDialog", "Standard colours"),
}

#: The application property that says the high-contrast palette is in use.
ACTIVE_PROPERTY = "workbench_high_contrast"
#: The application property that keeps the palette to go back to.
STANDARD_PROPERTY = "workbench_standard_palette"


def system_wants_high_contrast(hints: QStyleHints) -> bool:
    """True when the desktop asks for high contrast (Qt 6.10 and later can tell)."""
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    return bool(accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast)


def wanted(choice: str, hints: QStyleHints) -> bool:
    """Whether ``choice`` (a settings value) means high contrast on this desktop now."""
    if choice == ALWAYS:
        return True
    if choice == NEVER:
        return False
    return system_wants_high_contrast(hints)


def scheme_for(hints: QStyleHints) -> Scheme:
    """Black ground unless the desktop's colour scheme is light."""
    light = hints.colorScheme() == Qt.ColorScheme.Light
    return HIGH_CONTRAST_LIGHT if light else HIGH_CONTRAST_DARK


def palette_of(scheme: Scheme) -> QPalette:
    """A whole Qt palette from a scheme: grounds, text, buttons, selection, links."""
    roles = QPalette.ColorRole
    palette = QPalette()
    for role in (roles.Window, roles.Base, roles.AlternateBase, roles.Button, roles.ToolTipBase):
        palette.setColor(role, QColor(scheme.window))
    for role in (roles.WindowText, roles.Text, roles.ButtonText, roles.ToolTipText):
        palette.setColor(role, QColor(scheme.text))
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(scheme.disabled_text))
    palette.setColor(roles.PlaceholderText, QColor(scheme.disabled_text))
    palette.setColor(roles.BrightText, QColor(scheme.highlight))
    palette.setColor(roles.Highlight, QColor(scheme.highlight))
    palette.setColor(roles.HighlightedText, QColor(scheme.highlighted_text))
    palette.setColor(roles.Link, QColor(scheme.link))
    palette.setColor(roles.LinkVisited, QColor(scheme.link))
    # Frames and separators in the style are drawn from these: as strong as the text.
    for role in (roles.Light, roles.Midlight, roles.Mid, roles.Dark, roles.Shadow):
        palette.setColor(role, QColor(scheme.text))
    return palette


#: Outlines the style would draw from the ground colour (invisible on pure black or
#: white) drawn in the text colour instead, and a thick focus frame in the highlight colour.
_FRAMED = "QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView"
_BUTTONS = "QPushButton, QToolButton"


def style_sheet(scheme: Scheme) -> str:
    """The outlines and focus frames of the high-contrast look (WCAG 1.4.11 and 2.4.7)."""
    focus = ", ".join(f"{kind.strip()}:focus" for kind in f"{_FRAMED}, {_BUTTONS}".split(","))
    checked = ", ".join(f"{kind.strip()}:checked" for kind in _BUTTONS.split(","))
    return (
        f"{_FRAMED} {{ border: 1px solid {scheme.text}; }}\n"
        f"{_BUTTONS} {{ border: 1px solid {scheme.text}; padding: 3px 8px; }}\n"
        f"{checked} {{ background: {scheme.highlight}; color: {scheme.highlighted_text}; }}\n"
        f"{focus} {{ border: 3px solid {scheme.highlight}; }}\n"
    )


def is_active() -> bool:
    """True while the high-contrast palette is in use."""
    app = QGuiApplication.instance()
    return bool(app is not None and app.property(ACTIVE_PROPERTY))


def apply(choice: str) -> bool:
    """Switch the application's palette to what ``choice`` means now; True if high contrast.

    The standard palette is kept the first time, so turning the option off restores it.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    on = wanted(choice, app.styleHints())
    if on:
        if not is_active():
            app.setProperty(STANDARD_PROPERTY, QApplication.palette())
        app.setProperty(ACTIVE_PROPERTY, True)  # first: the palette change repaints with it
        scheme = scheme_for(app.styleHints())
        QApplication.setPalette(palette_of(scheme))
        app.setStyleSheet(style_sheet(scheme))
    elif is_active():
        app.setProperty(ACTIVE_PROPERTY, False)
        QApplication.setPalette(app.property(STANDARD_PROPERTY))
        app.setStyleSheet("")
    return on


class ContrastFollower(QObject):
    """Applies the user's choice now, and again whenever the desktop's setting changes."""

    def __init__(self, choice: Callable[[], str], parent: QObject) -> None:
        super().__init__(parent)
        self._choice = choice
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self.apply)
        accessibility = getattr(hints, "accessibility", None)
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.connect(self.apply)
        self.apply()

    def apply(self) -> bool:
        """Apply the current choice; True when the high-contrast palette is on."""
        return apply(self._choice())
