"""A throwaway PostgreSQL cluster on localhost for the team tests and benchmarks.

``initdb`` into a fresh temporary folder, ``pg_ctl start`` on a free 127.0.0.1 port (and a
Unix socket inside the folder), then ``pg_ctl stop`` and the folder removed. PostgreSQL
refuses to run as root, so as root the cluster runs as the ``postgres`` system user that
Debian's package creates. Authentication is ``trust`` on localhost only: the tests log in
as each role by name to prove what the *server* refuses.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

ADMIN = "wb_admin"


def binaries() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl`` (newest version), or None when absent."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).parent
    debian = Path("/usr/lib/postgresql")  # Debian's package keeps them off PATH
    folders = sorted(debian.glob("*/bin"), key=lambda p: int(p.parent.name))
    return folders[-1] if folders else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    """A running cluster: connect as the superuser with :attr:`url`."""

    bin: Path
    folder: Path
    port: int
    user: str | None

    def url(self, database: str = "postgres", user: str = ADMIN) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = list(args)
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=True, timeout=120)

    def start(self) -> None:
        data = self.folder / "data"
        self._run(
            str(self.bin / "initdb"), "-D", str(data), "-U", ADMIN, "--auth=trust",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        self.resume()

    def resume(self) -> None:
        """Start the server (again, after :meth:`pause`) and wait until it accepts."""
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder}"
            " -c max_connections=300 -c fsync=off -c shared_buffers=32MB"
        )
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"),
            "-l", str(self.folder / "log"), "-o", options, "-w", "-t", "60", "start",
        )  # fmt: skip

    def pause(self) -> None:
        """Stop the server, keeping its data: every connection to it is cut."""
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast",
                  "-w", "stop")  # fmt: skip

    def stop(self) -> None:
        try:
            self.pause()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def start_server() -> Server:
    """Start a fresh cluster (the caller stops it); raises when the binaries are absent."""
    folder_bin = binaries()
    if folder_bin is None:
        raise FileNotFoundError("PostgreSQL's initdb/pg_ctl are not installed")
    folder = Path(tempfile.mkdtemp(prefix="wb-pg-"))
    user = None
    if os.geteuid() == 0:
        user = "postgres"
        entry = pwd.getpwnam(user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    server = Server(folder_bin, folder, _free_port(), user)
    try:
        server.start()
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return server
