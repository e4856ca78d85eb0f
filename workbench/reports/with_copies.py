"""The HTML report with the archived copies it cites beside it: a folder or a zip.

A reader who gets the report can open each cited copy from its link and check it against
the SHA-256 printed next to it. The copies' bytes are read through ``read_copy`` (the
project's ``archived_copy_data``, whichever backend), one at a time, so a report citing
several large web archives is written in the memory of the largest. Like every report,
nothing is left half-written: the folder is built under a temporary name beside the
target and renamed into place; the zip is written to a temporary file and replaced.
"""

from __future__ import annotations

import functools
import os
import secrets
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from workbench.core.archived import ArchivedCopy, copy_file_name
from workbench.core.errors import UserError
from workbench.core.model import ProjectSnapshot
from workbench.core.os_failures import os_problem
from workbench.reports import html_report
from workbench.reports.content import ReportOptions
from workbench.reports.writing import Cancelled, ExportCancelled, ExportError, Progress

#: The report's name inside the folder or zip, and the folder of copies beside it.
REPORT_NAME = "report.html"
COPIES_FOLDER = "copies"

ReadCopy = Callable[[str], bytes]


def cited_copies(snapshot: ProjectSnapshot) -> list[ArchivedCopy]:
    """Every archived copy the report cites, each file once."""
    seen: dict[str, ArchivedCopy] = {}
    for claim in snapshot.claims:
        for evidence in snapshot.evidence[claim.id]:
            for copy in snapshot.copies.get(evidence.id, ()):
                seen.setdefault(copy_file_name(copy), copy)
    return list(seen.values())


def write_with_copies(
    snapshot: ProjectSnapshot,
    out: Path,
    read_copy: ReadCopy,
    *,
    options: ReportOptions | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Write the HTML report and its copies to ``out``: a zip if it ends in ``.zip``, else
    a new folder (an existing folder or file is never replaced by a folder)."""
    out = Path(out)
    if not out.parent.is_dir():
        raise ExportError(f"The folder '{out.parent}' does not exist.")
    options = replace(options or ReportOptions(), copies_folder=COPIES_FOLDER)
    report = html_report.render(snapshot, options)
    copies = cited_copies(snapshot)
    total = len(copies) + 1

    def files() -> list[tuple[str, Callable[[], bytes]]]:
        listed: list[tuple[str, Callable[[], bytes]]] = [(REPORT_NAME, lambda: report)]
        for copy in copies:
            name = f"{COPIES_FOLDER}/{copy_file_name(copy)}"
            listed.append((name, functools.partial(_bytes, copy, read_copy)))
        return listed

    def step(done: int) -> None:
        if progress is not None:
            progress(done, total)
        if cancelled is not None and cancelled():
            raise ExportCancelled("The export was cancelled; nothing was written.")

    temporary = out.with_name(f".{out.name}.{secrets.token_hex(4)}.tmp")
    try:
        if out.suffix.lower() == ".zip":
            _write_zip(temporary, files(), step)
            temporary.replace(out)
        else:
            if out.exists():
                raise ExportError(
                    f"'{out.name}' exists; choose a new folder name for the report and its "
                    "copies (or a name ending in .zip)."
                )
            _write_folder(temporary, files(), step)
            temporary.rename(out)
    except OSError as err:
        raise ExportError(os_problem(err, out)) from None
    finally:
        if temporary.is_dir():
            shutil.rmtree(temporary, ignore_errors=True)
        else:
            temporary.unlink(missing_ok=True)
    if progress is not None:
        progress(total, total)
    return out


def _bytes(copy: ArchivedCopy, read_copy: ReadCopy) -> bytes:
    try:
        return read_copy(copy.sha256)
    except UserError:
        raise ExportError(
            f"The archived copy '{copy.name}' ({copy.short_hash}) is not in this project "
            "(a share copy without them?), so the report was not written with its copies."
        ) from None


def _write_zip(
    target: Path, files: list[tuple[str, Callable[[], bytes]]], step: Callable[[int], None]
) -> None:
    # Copies are mostly compressed already (WACZ, JPEG, PDF): stored, not deflated again.
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as archive:
        for done, (name, data) in enumerate(files):
            step(done)
            archive.writestr(name, data())
    with target.open("rb+") as stream:
        os.fsync(stream.fileno())


def _write_folder(
    target: Path, files: list[tuple[str, Callable[[], bytes]]], step: Callable[[int], None]
) -> None:
    (target / COPIES_FOLDER).mkdir(parents=True)
    for done, (name, data) in enumerate(files):
        step(done)
        path = target / name
        with path.open("wb") as stream:
            stream.write(data())
            stream.flush()
            os.fsync(stream.fileno())
