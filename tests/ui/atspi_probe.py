"""Look for the running window on the accessibility bus, as a screen reader would.

Run by the system's Python (where ``pyatspi`` is installed), not by the test's: it waits
for an application named ``sys.argv[1]`` to appear on the AT-SPI bus and for its tree to
hold every ``role=name`` pair given after it (the window is still importing at first),
then prints one JSON list of the ``[role, name]`` pairs it found. Exit status 3 when the
application never appears (the test says so instead of guessing).
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi
from gi.repository import GLib

#: How long the window may take to register itself on the bus, and how deep to walk.
WAIT_SECONDS = 60
MAX_DEPTH = 40
MAX_NODES = 5000


def find_application(name: str) -> object | None:
    """The desktop's child application called ``name``, once it has shown a window."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == name and app.childCount > 0:
                return app
        time.sleep(0.5)
    return None


def walk(root: object) -> list[list[str]]:
    """Every node's role and name, breadth first, bounded."""
    found: list[list[str]] = []
    queue = [(root, 0)]
    while queue and len(found) < MAX_NODES:
        node, depth = queue.pop(0)
        if node is None:
            continue
        try:
            found.append([node.getRoleName(), node.name or ""])
            if depth < MAX_DEPTH:
                queue.extend((child, depth + 1) for child in node)
        except GLib.GError:
            continue  # gone while we looked (a progress dialog closing): the next walk sees
    return found


def main() -> int:
    app = find_application(sys.argv[1])
    if app is None:
        return 3
    wanted = [pair.split("=", 1) for pair in sys.argv[2:]]
    deadline = time.monotonic() + WAIT_SECONDS
    found = walk(app)
    while any(pair not in found for pair in wanted) and time.monotonic() < deadline:
        time.sleep(0.5)
        found = walk(app)
    print(json.dumps(found))
    return 0


if __name__ == "__main__":
    sys.exit(main())
