"""A real PostgreSQL server for the team tests, started once per run (see pg_server.py).

Without PostgreSQL's binaries the tests skip and say so, except in CI (``CI`` set), where
a missing server is a failure: ``.ci/run`` installs Debian's ``postgresql`` package.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.team import pg_server
from workbench.core.model import Evidence, ImportedDocument, new_claim, new_id
from workbench.store.projectfile import Project
from workbench.store.team import admin
from workbench.store.team.address import TeamAddress, parse


@pytest.fixture(scope="session")
def pg() -> Iterator[pg_server.Server]:
    """The running throwaway cluster."""
    if pg_server.binaries() is None:
        message = "PostgreSQL is not installed (apt-get install postgresql): team tests skipped"
        if os.environ.get("CI"):
            pytest.fail(message.replace("skipped", "cannot run in CI"))
        pytest.skip(message)
    server = pg_server.start_server()
    yield server
    server.stop()


@pytest.fixture
def admin_url(pg: pg_server.Server) -> str:
    """A fresh database for this test, as the cluster's superuser."""
    name = f"t_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg.url(), autocommit=True) as conn:
        conn.execute(f"create database {name}")
    return pg.url(name)


@pytest.fixture
def team(admin_url: str) -> TeamAddress:
    """A new, empty team project (its name unique on the cluster: roles are cluster-wide)."""
    address = parse(f"{admin_url}#p{uuid.uuid4().hex[:10]}")
    admin.init(address, title="Election desk")
    return address


def as_login(address: TeamAddress, login: str) -> TeamAddress:
    """The same project, reached as another database login."""
    head, _, rest = address.conninfo.partition("://")
    return TeamAddress(f"{head}://{login}@{rest.split('@', 1)[1]}", address.project)


def login(address: TeamAddress, name: str, role: str) -> TeamAddress:
    """Grant ``name`` a role on the project and return the address that logs in as it."""
    admin.grant(address, name, role)
    return as_login(address, name)


@pytest.fixture
def local_project(tmp_path: Path, sample_article: Path) -> Path:
    """A local project with the sample article, two claims and a piece of evidence."""
    path = tmp_path / "desk.factcheck"
    text = sample_article.read_text(encoding="utf-8")
    with Project.create(path, reviewer="Ana") as project:
        doc = project.add_document(
            ImportedDocument(text=text, title="Budapest", format="text", original=b"orig")
        )
        first = project.add_claim(new_claim(doc, 0, 40))
        project.add_claim(new_claim(doc, 50, 90))
        item = project.add_evidence(Evidence(new_id(), first.id, title="Source"))
        project.set_evidence_attachment(item.id, "shot.png", b"\x89PNG picture")
    return path
