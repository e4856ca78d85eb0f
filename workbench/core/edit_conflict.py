"""A save refused because a colleague changed the same fields first (team projects).

Lives in ``core`` so the window can recognise it without importing the store: it carries
the same :class:`~workbench.core.merge.Conflict` rows the merge dialog shows.
"""

from __future__ import annotations

from workbench.core.errors import UserError
from workbench.core.merge import Conflict


class EditConflict(UserError):
    """Someone else changed the same fields since this window showed them."""

    def __init__(self, message: str, conflicts: list[Conflict]) -> None:
        super().__init__(message)
        self.conflicts = conflicts
