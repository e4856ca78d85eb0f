"""The line between a user's problem and a bug.

A :class:`UserError` carries a message a journalist can act on ("This file was made by a
newer version..."); the CLI prints it as one line and the GUI shows it in a dialog. Any
other exception is a bug: logged with its traceback, never shown raw.
"""


class UserError(Exception):
    """Something the user can understand and fix; ``str(err)`` is the whole message."""


class ProjectFileError(UserError):
    """This file cannot be used as a project file (foreign, damaged, altered, missing)."""


class ReadOnlyProjectError(UserError):
    """A write was attempted on a project that was opened read-only."""


class AnchorError(UserError):
    """A quote or span cannot be placed in a document's text."""


def require(condition: bool, message: str) -> None:
    """Raise a UserError with ``message`` unless ``condition`` holds (checks at construction)."""
    if not condition:
        raise UserError(message)


class EditKept(UserError):
    """An edit that could not be saved yet but is kept, to be sent later: it counts as made.

    The window keeps such an edit on its undo stack. ``result`` is what the call would
    have returned, when it can be said without the server (what a kept deletion removes,
    so that it can be undone), else None.
    """

    def __init__(self, message: str, result: object = None) -> None:
        super().__init__(message)
        self.result = result
