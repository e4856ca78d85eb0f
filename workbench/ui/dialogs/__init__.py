"""Dialogs, each opened through an ``ask`` classmethod that returns plain values.

The window calls ``SomeDialog.ask(...)`` and gets a value or None back, so the window's
tests replace ``ask`` and never block on a modal dialog (pytest-qt's dialog guidance),
while the dialogs' own tests drive the real widgets.
"""
