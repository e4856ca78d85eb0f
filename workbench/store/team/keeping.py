"""Edits kept while the team server is away, and sent again when it is back.

An edit method decorated with :func:`kept_when_offline` (or :func:`kept_deletion`) that
finds the server gone is kept, in order, with the rows as they were shown then; the
window is told with :class:`KeptUntilServerBack` and :meth:`TeamKeeping.resend` sends
them once the server answers, checking each against what it was based on.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, TypeVar

from workbench.core.errors import EditKept, UserError
from workbench.store.team import resend as kept
from workbench.store.team.connection import ServerUnavailable, connect
from workbench.store.team.session import TeamSession

P = ParamSpec("P")
R = TypeVar("R")
#: The project an edit method belongs to.
S = TypeVar("S", bound="TeamKeeping")


class KeptUntilServerBack(ServerUnavailable, EditKept):
    """The server went away during an edit; the edit is kept and sent when it is back."""


def kept_when_offline(method: Callable[Concatenate[S, P], R]) -> Callable[..., R]:
    """Keep an edit the server could not take (it went away) for :meth:`TeamKeeping.resend`."""
    return _keeper(None)(method)


def kept_deletion(
    removes: Callable[[kept.Seen, str], Any],
) -> Callable[[Callable[Concatenate[S, P], R]], Callable[..., R]]:
    """Keep a deletion like an edit; ``removes`` says, from the rows shown, what it removes."""
    return _keeper(removes)


def _keeper(
    removes: Callable[[kept.Seen, str], Any] | None,
) -> Callable[[Callable[Concatenate[S, P], R]], Callable[..., R]]:
    def decorate(method: Callable[Concatenate[S, P], R]) -> Callable[..., R]:
        @functools.wraps(method)
        def wrapper(self: S, *args: P.args, **kwargs: P.kwargs) -> R:
            if self.unsent and not self._resending:
                self._keep(method, args, kwargs)  # keep the order of the edits
                raise KeptUntilServerBack(_KEPT, self._removed(removes, args))
            try:
                return method(self, *args, **kwargs)
            except ServerUnavailable as err:
                if self._resending:
                    raise
                self._keep(method, args, kwargs)
                result = self._removed(removes, args)
                raise KeptUntilServerBack(f"{err} {_KEPT}", result) from err

        return wrapper

    return decorate


_KEPT = "Your change is kept and will be sent when the team server is back."


class TeamKeeping(TeamSession):
    """The edits a team project keeps while its server is away."""

    def pending_edits(self) -> int:
        """How many edits wait for the server to come back."""
        return len(self.unsent)

    def _keep(self, method: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
              ) -> None:  # fmt: skip
        if not self.unsent:
            self._seen_when_away = dict(self._seen)
        self.unsent.append((method, args, kwargs))

    def _removed(self, removes: Callable[[kept.Seen, str], Any] | None, args: tuple[Any, ...]
                 ) -> Any:  # fmt: skip
        """What a kept deletion removes, from the rows shown (None for other edits)."""
        return removes(self._seen, args[0]) if removes is not None and args else None

    def resend(self) -> list[UserError]:
        """Reconnect if needed and send the kept edits, in order; returns what was refused.

        Stops (keeping the rest) while the server is still away. Each kept edit is checked
        against the rows as shown when it was made (not as re-read since), so a colleague's
        change meanwhile is a conflict, not overwritten. An edit the server now refuses
        is not retried: its error (an :class:`EditConflict` carries both versions) is
        returned for the window to show, so nothing is dropped silently.
        """
        if not self.unsent:
            return []
        if self.conn.closed or self.conn.broken:
            fresh = connect(self.address, autocommit=True)
            self.conn.close()
            self.conn, self._pid = fresh, int(fresh.info.backend_pid)
        self._seen.update(self._seen_when_away)
        self._seen_when_away = {}
        refused: list[UserError] = []
        self._resending = True
        try:
            while self.unsent:
                method, args, kwargs = self.unsent[0]
                try:
                    method(self, *args, **kwargs)
                except ServerUnavailable:
                    self._seen_when_away = dict(self._seen)
                    raise
                except UserError as err:
                    refused.append(err)
                self.unsent.pop(0)
        finally:
            self._resending = False
        return refused
