"""The user's settings file: declared keys, typed reads, and no crash on a damaged file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench import settings
from workbench.settings import (
    DECLARED,
    MAX_RECENT,
    PDF_TIMEOUT_SECONDS,
    RECENT_PROJECTS,
    REVIEWER_NAME,
    Settings,
)


def test_every_key_is_declared_once_with_a_default_of_its_type() -> None:
    names = [key.name for key in DECLARED]
    assert len(names) == len(set(names))
    for key in DECLARED:
        assert isinstance(key.default, key.kind), key.name


def test_values_round_trip_through_the_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    Settings(path).set(REVIEWER_NAME, "Ana Núñez")
    assert Settings(path).reviewer_name() == "Ana Núñez"
    assert json.loads(path.read_text(encoding="utf-8"))["reviewer_name"] == "Ana Núñez"
    with pytest.raises(TypeError):
        Settings(path).set(PDF_TIMEOUT_SECONDS, "soon")


@pytest.mark.parametrize("content", ["", "{not json", "[1, 2]", '{"pdf_timeout_seconds": true}'])
def test_a_damaged_or_mistyped_file_means_defaults(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    assert Settings(path).get(PDF_TIMEOUT_SECONDS) == PDF_TIMEOUT_SECONDS.default


def test_recent_projects_are_deduplicated_capped_and_only_existing(tmp_path: Path) -> None:
    store = Settings(tmp_path / "settings.json")
    files = [tmp_path / f"p{n}.factcheck" for n in range(MAX_RECENT + 3)]
    for path in files:
        path.touch()
        store.add_recent(path)
    store.add_recent(files[0])
    recent = store.recent_projects()
    assert recent[0] == files[0].resolve() and len(recent) == MAX_RECENT
    files[0].unlink()
    assert files[0].resolve() not in store.recent_projects()
    assert len(store.get(RECENT_PROJECTS)) == MAX_RECENT


def test_the_folder_can_be_chosen_by_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(tmp_path))
    assert settings.config_dir() == tmp_path
    assert Settings().path == tmp_path / "settings.json"
