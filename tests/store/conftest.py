"""Project files on disk, made through the real store."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from workbench.core.model import Document, ImportedDocument, canonical_text, new_claim
from workbench.store.projectfile import Project

PESKOV = "You cannot postpone what has not been scheduled"


def article(path: Path) -> ImportedDocument:
    """A text article as the store receives it (the importers have their own tests)."""
    data = path.read_bytes()
    text = canonical_text(data.decode("utf-8"))
    return ImportedDocument(
        text=text, title=text.splitlines()[0], format="txt", source=path.name, original=data
    )


@pytest.fixture
def project_path(tmp_path: Path, sample_article: Path) -> Path:
    """A closed project file holding the sample article and one claim."""
    path = tmp_path / "sample.factcheck"
    with Project.create(path) as project:
        project.reviewer = "Ada Reviewer"
        doc = project.add_document(article(sample_article))
        start = doc.text.index(PESKOV)
        project.add_claim(new_claim(doc, start, start + len(PESKOV), claimant="Dmitry Peskov"))
    return path


@pytest.fixture
def project(project_path: Path) -> Project:
    """The sample project, open for writing."""
    opened = Project.open(project_path)
    opened.reviewer = "Ada Reviewer"
    yield opened  # type: ignore[misc]
    opened.close()


def first_document(project: Project) -> Document:
    return project.documents()[0]


def alter(path: Path, *statements: str) -> None:
    """Change a project file behind the program's back, as another tool (or an attacker) would."""
    conn = sqlite3.connect(path)
    try:
        for sql in statements:
            conn.executescript(sql)
        conn.commit()
    finally:
        conn.close()
