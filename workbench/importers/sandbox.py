"""Child processes that parse untrusted files: the one mechanism every importer runs under.

Parsers (pdfminer, lxml through trafilatura, python-docx, markdown-it) are fed bytes a
stranger chose: they can loop, recurse or allocate without bound. So they run only in child
processes that the parent holds on a short leash:

- **memory:** each child caps its own address space (``RLIMIT_AS``) before it parses;
- **time:** the parent stops every child once the import's deadline has passed;
- **cancel:** the parent polls the caller's ``cancelled()`` between messages;
- **the parent's end:** whatever way the parent ends (an exception, Ctrl-C, ``kill -9``), no
  child outlives it. On Linux each child asks the kernel for SIGKILL when its parent dies
  (``PR_SET_PDEATHSIG``); everywhere, a thread in the child watches the pipe from its parent
  and exits on its end-of-file. The article travels as bytes in the process arguments, so
  there is no temporary copy on disk to leave behind.

Children start with "spawn", a fresh interpreter (about 0.3 s with the parser's imports):
never plain fork, which would copy the
caller's threads and Qt state, and not "forkserver", whose listening socket stays in the
temporary folder when the parent is killed. Each child talks to the parent over its own
pipe, so there are no shared queues or semaphores either. As with any "spawn" child, the
caller's main module is imported again in the child: it must keep its work under
``if __name__ == "__main__":`` (the ``workbench`` command and ``python -m workbench`` do).
"""

from __future__ import annotations

import ctypes
import importlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Sequence
from multiprocessing.connection import Connection, wait
from typing import Any

from workbench.importers.base import ImportCancelled, ImportFailed, ImportOptions

#: How often (seconds) the parent looks at cancellation and the deadline while it waits.
POLL_SECONDS = 0.05
#: ``prctl`` option asking for a signal when the parent dies (linux/prctl.h).
_PR_SET_PDEATHSIG = 1

#: What a child runs, as "module:function", called as ``function(job, data, connection)``
#: (``data`` is the file's bytes); it sends plain picklable messages. A name, not the
#: function, so that the parser's module is imported in the child only, after its memory
#: cap (and never in the caller).
Target = str


def limit_memory(megabytes: int) -> None:
    """Cap this process's address space where the platform allows it (not on Windows)."""
    try:
        import resource  # noqa: PLC0415 - Unix only
    except ImportError:
        return
    limit = megabytes * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def describe(err: BaseException) -> str:
    """A short reason for a parser failure, for a journalist's eyes."""
    if isinstance(err, MemoryError):
        return "it needs more memory than the limit allows"
    if isinstance(err, RecursionError):
        return "its structure is nested too deeply (it may be damaged)"
    reason = str(err).strip().rstrip(".") or type(err).__name__
    return f"it is damaged ({reason[:200]})"


def stopped_unexpectedly(name: str, options: ImportOptions) -> ImportFailed:
    """The message for a child that ended without a word (crashed, or killed at the cap)."""
    return ImportFailed(
        f"The reader stopped unexpectedly while reading '{name}': the file may be damaged "
        f"or need more than the {options.memory_mb} MB memory limit."
    )


def _exit_when_parent_ends(sentinel: int) -> None:
    wait([sentinel])
    os._exit(1)


def _die_with_parent(parent_pid: int) -> None:
    """Make sure this child cannot outlive the process that started it."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent_pid:  # the parent died before the request above took effect
        os._exit(1)
    parent = multiprocessing.parent_process()
    if parent is not None and parent.sentinel is not None:
        threading.Thread(
            target=_exit_when_parent_ends, args=(parent.sentinel,), daemon=True
        ).start()


def child_main(target: Target, connection: Connection, parent_pid: int, memory_mb: int) -> None:
    """Every child's first and last frame: leash, memory cap, the file and job, the target.

    Ctrl-C in a terminal reaches the whole process group: the parent handles it and stops
    the children, so they ignore it rather than print a traceback. Targets report their
    own failures; what escapes them (a parent gone, the memory cap hit while the parser
    loads) ends the child without a word, and the parent tells the user.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent(parent_pid)
    limit_memory(memory_mb)
    try:
        import logging  # noqa: PLC0415 - only the children need it

        # Library warnings (trafilatura, python-docx) must not reach the terminal raw.
        logging.getLogger().addHandler(logging.NullHandler())
        data = connection.recv_bytes()
        job = connection.recv()
        module, _, function = target.partition(":")
        getattr(importlib.import_module(module), function)(job, data, connection)
    except BaseException:  # see above: the parent reports the silence
        os._exit(1)
    finally:
        connection.close()


class Sandbox:
    """The child processes of one import and the pipe to each.

    ``next_message()`` returns ``(child, message)``; ``message`` is None once that child
    has ended (finished, crashed, or killed at the memory cap), after its last message.
    """

    def __init__(
        self, target: Target, data: bytes, jobs: Sequence[Any], name: str, options: ImportOptions
    ) -> None:
        """Start one child per job; each receives the file's bytes and its job over its pipe
        (not in the process arguments: CPython's spawn blocks for ever writing large
        arguments to a child that died while reading them)."""
        self.name = name
        self.options = options
        self.deadline = time.monotonic() + options.timeout_seconds
        context = multiprocessing.get_context("spawn")
        self.connections: dict[int, Connection] = {}
        self.processes: list[multiprocessing.process.BaseProcess] = []
        try:
            for number in range(len(jobs)):
                ours, theirs = context.Pipe(duplex=True)
                process = context.Process(
                    target=child_main,
                    args=(target, theirs, os.getpid(), options.memory_mb),
                    daemon=True,
                    name=f"import-parser-{number}",
                )
                self.connections[number] = ours
                self.processes.append(process)
                process.start()
                theirs.close()
            for number, job in enumerate(jobs):
                self.send(number, data)
                self.send(number, job)
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def running(self) -> int:
        """Children whose pipe is still open."""
        return len(self.connections)

    def send(self, child: int, message: Any) -> None:
        """Send ``message`` to a child (bytes as they are, without a pickled copy); a child
        that has already ended is left alone."""
        connection = self.connections.get(child)
        if connection is not None:
            try:
                if isinstance(message, bytes):
                    connection.send_bytes(message)
                else:
                    connection.send(message)
            except OSError:
                self._ended(child)

    def next_message(self) -> tuple[int, Any]:
        """The next message from any child, checking cancellation and the deadline meanwhile."""
        while True:
            if self.options.cancelled():
                raise ImportCancelled("The import was cancelled.")
            if time.monotonic() > self.deadline:
                raise ImportFailed(
                    f"Reading '{self.name}' took longer than {self.options.timeout_seconds:g} s, "
                    "the time limit for an import, so it was stopped."
                )
            if not self.connections:
                raise stopped_unexpectedly(self.name, self.options)
            ready = wait(list(self.connections.values()), timeout=POLL_SECONDS)
            for child, connection in list(self.connections.items()):
                if connection in ready:
                    try:
                        return child, connection.recv()
                    except (EOFError, OSError):
                        self._ended(child)
                        return child, None

    def _ended(self, child: int) -> None:
        connection = self.connections.pop(child, None)
        if connection is not None:
            connection.close()

    def close(self) -> None:
        """Stop every child: ask, then terminate, then kill; never leave one behind."""
        for child in list(self.connections):
            self.send(child, None)
        for process in self.processes:
            if process.pid is None:  # never started
                continue
            process.join(timeout=0.5)
            if process.is_alive():
                process.terminate()
                process.join(timeout=1.0)
            if process.is_alive():
                process.kill()
                process.join()
        for child in list(self.connections):
            self._ended(child)
