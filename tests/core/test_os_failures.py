"""The one table that words the machine's failures, fed real OSErrors from the disk."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from workbench.core.os_failures import os_problem, shown_path


def raised(action, path: Path) -> OSError:
    with pytest.raises(OSError) as caught:
        action(path)
    return caught.value


def test_real_failures_become_one_line_naming_the_file(tmp_path: Path) -> None:
    gone = raised(lambda p: p.read_bytes(), tmp_path / "gone.md")
    assert os_problem(gone).startswith(f"{shown_path(tmp_path / 'gone.md')} does not exist")
    folder = raised(lambda p: p.write_bytes(b"x"), tmp_path)
    assert os_problem(folder) == f"{shown_path(tmp_path)} is a folder, not a file."
    assert all("\n" not in os_problem(err) for err in (gone, folder))


def test_the_target_is_named_not_its_temporary_file(tmp_path: Path) -> None:
    """The report writer's ``.NAME.HEX.tmp`` is an implementation detail."""
    temporary = tmp_path / ".report.html.0123abcd.tmp"
    full = OSError(errno.ENOSPC, "No space left on device", str(temporary))
    assert os_problem(full) == (
        f"There is not enough disk space to write {shown_path(tmp_path / 'report.html')}; "
        "nothing was changed."
    )
    assert os_problem(full, tmp_path / "chosen.md").count("chosen.md") == 1


def test_an_unknown_error_keeps_its_own_words_inert(tmp_path: Path) -> None:
    odd = OSError(errno.EXDEV, "Cross-device link\x1b[2J", str(tmp_path / "a\x1b]52;x"))
    line = os_problem(odd)
    assert line.isprintable()
    assert line.endswith("could not be used (Cross-device link\\x1b[2J).")
