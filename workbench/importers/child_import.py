"""Run one importer's ``load`` in a sandboxed child process (every format but PDF).

A 20 MB crafted web page kept trafilatura busy for minutes and a 200 MB one grew past 5 GB
when they were parsed in the caller's process. Here the parse runs in a child of the import
sandbox (:mod:`sandbox`), under the same time, memory and cancel limits as the PDF parser;
the caller only waits, polling for cancellation.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from multiprocessing.connection import Connection

from workbench.core.model import ImportedDocument
from workbench.importers.base import Importer, ImportFailed, ImportOptions, never_cancelled
from workbench.importers.sandbox import Sandbox, describe, stopped_unexpectedly

#: The child's side, below, by name (see :data:`sandbox.Target`).
TARGET = "workbench.importers.child_import:load_in_child"


@dataclass(frozen=True, slots=True)
class Job:
    """What the child is told besides the file's bytes: which importer, the file's name,
    the options (without the caller's progress and cancel functions: they stay here)."""

    format: str
    name: str
    options: ImportOptions


def _over_memory(name: str, memory_mb: int) -> str:
    return (
        f"'{name}' needs more memory than the {memory_mb} MB an import may use, so it was not read."
    )


def load_in_child(job: Job, data: bytes, connection: Connection) -> None:
    """The child's side: load the document and send ("done", document) or ("failed", why).

    The document goes back without the original bytes: the parent has them already.
    """
    from workbench.importers import REGISTRY  # noqa: PLC0415 - the registry imports this module

    importer = next(imp for imp in REGISTRY if imp.format == job.format)
    try:
        document = importer.load(data, job.name, job.options)
    except ImportFailed as err:
        connection.send(("failed", str(err)))
    except (MemoryError, ImportError):  # an ImportError here: a library could not load in the cap
        connection.send(("failed", _over_memory(job.name, job.options.memory_mb)))
    except Exception as err:  # parsers raise many types on hostile input (MemoryError too)
        connection.send(("failed", f"'{job.name}' cannot be read: {describe(err)}."))
    else:
        connection.send(("done", replace(document, original=None)))


def load_isolated(
    importer: Importer, data: bytes, name: str, options: ImportOptions
) -> ImportedDocument:
    """``importer.load(data, name, options)``, run in a child with the import's limits."""
    if options.progress:
        options.progress(0, 0)  # no steps to count: the window shows it is busy
    plain = replace(options, progress=None, cancelled=never_cancelled)
    with Sandbox(TARGET, data, [Job(importer.format, name, plain)], name, options) as box:
        _child, message = box.next_message()
    if message is None:
        raise stopped_unexpectedly(name, options)
    if message[0] == "failed":
        raise ImportFailed(message[1])
    document: ImportedDocument = replace(message[1], original=data)
    return document
