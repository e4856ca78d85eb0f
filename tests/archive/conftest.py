"""Archives and projects made for real on disk, for the archive's tests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.ui.conftest import answers, config_dir  # noqa: F401 - the window's tests' set-up
from workbench.core.model import ProjectSettings, Status, new_claim
from workbench.importers import import_pasted
from workbench.store.archive import Archive
from workbench.store.projectfile import Project

ARTICLE = (
    "The mayor said the city's bus fares rose by forty percent last year.\n"
    "She also claimed that crime fell in every district.\n"
    "The council has not met since March.\n"
)

EIFFEL = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    "claimReviewed": "The Eiffel Tower will be demolished in 2025",
    "url": "https://checks.example/eiffel",
    "author": {"@type": "Organization", "name": "Example Checks"},
    "datePublished": "2024-03-01T10:00:00Z",
    "inLanguage": "en",
    "headline": "No, the Eiffel Tower is not being torn down",
    "reviewRating": {
        "@type": "Rating",
        "ratingValue": 1,
        "bestRating": 5,
        "alternateName": "False",
    },
    "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "A blogger"}},
}

VACCINE_FR = {
    "@type": "ClaimReview",
    "claimReviewed": "Le vaccin contre la grippe provoque la grippe chez les enfants",
    "url": "https://verif.example/grippe",
    "author": {"@type": "Organization", "name": "Vérif"},
    "inLanguage": "fr",
    "reviewRating": {"@type": "Rating", "alternateName": "Faux"},
}


def review(claim: str, url: str, rating: str = "False", **extra: Any) -> dict[str, Any]:
    """A ClaimReview as fact-checkers publish it."""
    return {
        "@type": "ClaimReview",
        "claimReviewed": claim,
        "url": url,
        "author": {"@type": "Organization", "name": "Example Checks"},
        "reviewRating": {"@type": "Rating", "alternateName": rating},
        **extra,
    }


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    """A fresh archive file."""
    with Archive.open(tmp_path / "archive.sqlite") as opened:
        yield opened


def make_project(path: Path) -> tuple[Path, dict[str, str]]:
    """A project with two reviewed claims and one unreviewed; returns the path and claim ids."""
    project = Project.create(path)
    project.reviewer = "Ana"
    project.update_settings(
        ProjectSettings(
            title="City desk", organisation="City Desk", organisation_url="https://desk.example/"
        )
    )
    document = project.add_document(import_pasted(ARTICLE, title="Mayor's speech"))
    ids = {}
    for quote, status, rating in (
        ("the city's bus fares rose by forty percent last year", Status.DISPUTED, "False"),
        ("crime fell in every district", Status.VERIFIED, ""),
        ("The council has not met since March", Status.UNREVIEWED, ""),
    ):
        start = document.text.index(quote)
        claim = project.add_claim(
            new_claim(document, start, start + len(quote), claimant="The mayor")
        )
        if status is not Status.UNREVIEWED:
            claim = project.update_claim(claim.id, status=status, rating=rating)
        ids[quote] = claim.id
    project.close()
    return path, ids


@pytest.fixture
def project_file(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A real project file with reviewed and unreviewed claims."""
    return make_project(tmp_path / "city.factcheck")
