"""The archive file: idempotent adds, search, and the hardening of a project file."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from workbench.core.archive_items import ArchiveItem
from workbench.core.errors import ProjectFileError
from workbench.store.archive import Archive

ITEMS = [
    ArchiveItem(
        "k1",
        "The Eiffel Tower will be demolished in 2025",
        rating="False",
        publisher="Example Checks",
        url="https://checks.example/1",
        language="en",
    ),
    ArchiveItem("k2", "Drinking hot water cures the flu", rating="False", language="en"),
    ArchiveItem("k3", "La tour Eiffel sera démolie en 2025", rating="Faux", language="fr"),
    ArchiveItem("k4", "The city's bus fares doubled last year", rating="Mostly true"),
]


def test_adding_twice_keeps_one_copy(archive: Archive) -> None:
    assert archive.add(ITEMS) == (4, 0)
    assert archive.add(ITEMS) == (0, 0)
    assert archive.stats().items == 4


def test_a_changed_item_is_updated_and_found_by_its_new_words(archive: Archive) -> None:
    archive.add(ITEMS)
    changed = dataclasses.replace(ITEMS[1], claim="Gargling vinegar cures the flu")
    assert archive.add([changed]) == (0, 1)
    found = archive.search("does vinegar cure flu")
    assert [m.item.key for m in found][:1] == ["k2"]
    assert found[0].item.claim == "Gargling vinegar cures the flu"
    assert archive.search("hot water") == [] or archive.search("hot water")[0].item.key != "k2"


def test_search_finds_another_wording_with_its_verdict(archive: Archive) -> None:
    archive.add(ITEMS)
    best = archive.search("Is it true they are demolishing the Eiffel tower?", limit=2)[0]
    assert best.item.key == "k1"
    assert (best.item.rating, best.item.publisher) == ("False", "Example Checks")
    assert 0 < best.score <= 1


def test_same_language_comes_first(archive: Archive) -> None:
    archive.add(ITEMS)
    english = [m.item.key for m in archive.search("Eiffel Tower demolished 2025", language="en")]
    french = [m.item.key for m in archive.search("Eiffel Tower demolished 2025", language="fr")]
    assert english[0] == "k1"
    assert french[0] == "k3"


def test_missing_language_is_guessed_when_added(archive: Archive) -> None:
    archive.add([ArchiveItem("x", "Le maire a dit que les impôts sont trop élevés pour les gens")])
    assert archive.stats().by_language == {"fr": 1}


@pytest.mark.parametrize("query", ['"', "NEAR(", "*", "AND OR NOT", "col:x", "\x00", "🚀" * 50])
def test_any_typed_text_is_a_safe_query(archive: Archive, query: str) -> None:
    archive.add(ITEMS)
    assert isinstance(archive.search(query), list)


def test_limit_is_kept(archive: Archive) -> None:
    archive.add([ArchiveItem(f"k{i}", f"Claim number {i} about the flu") for i in range(30)])
    assert len(archive.search("flu claim", limit=7)) == 7


def test_reopening_keeps_items(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "folder" / "a.sqlite"
    with Archive.open(path) as archive:
        archive.add(ITEMS)
    with Archive.open(path) as archive:
        assert archive.stats().items == 4
    assert [p.name for p in path.parent.iterdir()] == ["a.sqlite"]


def _tamper(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "sql",
    [
        "CREATE TRIGGER evil AFTER INSERT ON items BEGIN DELETE FROM items; END",
        "CREATE VIEW v AS SELECT * FROM items",
        "CREATE TABLE extra (x)",
        "CREATE INDEX i ON items (claim)",
    ],
)
def test_an_altered_archive_is_refused_before_anything_runs(tmp_path: Path, sql: str) -> None:
    path = tmp_path / "a.sqlite"
    Archive.open(path).close()
    _tamper(path, sql)
    with pytest.raises(ProjectFileError, match="altered outside"):
        Archive.open(path)


def test_a_project_file_or_other_database_is_not_an_archive(
    tmp_path: Path, project_file: tuple[Path, dict[str, str]]
) -> None:
    with pytest.raises(ProjectFileError, match="not a Fact-check Workbench archive"):
        Archive.open(project_file[0])
    other = tmp_path / "other.db"
    _tamper(other, "CREATE TABLE t (x)")
    with pytest.raises(ProjectFileError, match="another kind"):
        Archive.open(other)


def test_garbage_and_truncated_files_are_refused(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"not a database at all" * 10)
    with pytest.raises(ProjectFileError, match="not a Fact-check Workbench archive"):
        Archive.open(garbage)
    path = tmp_path / "a.sqlite"
    with Archive.open(path) as archive:
        archive.add(ITEMS)
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\xff" * (len(data) - 100))
    with pytest.raises(ProjectFileError, match="is damaged"):
        Archive.open(path)


def test_other_scripts_match_within_their_language(archive: Archive) -> None:
    archive.add(
        [
            ArchiveItem("zh", "流感疫苗会让儿童得流感"),
            ArchiveItem("ru", "Вакцина от гриппа вызывает грипп у детей"),
            ArchiveItem("en", "The flu vaccine gives children the flu"),
        ]
    )
    assert archive.search("流感疫苗让儿童得流感")[0].item.key == "zh"
    assert archive.search("вакцины от гриппа вызывают грипп")[0].item.key == "ru"
