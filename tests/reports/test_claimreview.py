"""schema.org ClaimReview JSON-LD: fields, ratings and what is left out."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest

from tests.reports.conftest import SCRIPT
from workbench.core.model import Status
from workbench.reports import claimreview


@pytest.fixture(scope="module")
def raw(built):
    return claimreview.render(built.snapshot)


@pytest.fixture(scope="module")
def reviews(raw):
    return json.loads(raw)


def _urls(node, key=""):
    """Every value of a JSON-LD property that schema.org types as a URL."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _urls(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from _urls(v, key)
    elif key in {"url", "sameAs", "@id"}:
        yield node


def test_one_review_per_reviewed_claim(built, reviews):
    reviewed = [c for c in built.snapshot.claims if c.status is not Status.UNREVIEWED]
    assert len(reviews) == len(reviewed) == 6
    assert [r["claimReviewed"] for r in reviews] == [c.display_summary for c in reviewed]
    unreviewed = {c.display_summary for c in built.snapshot.claims} - {
        c.display_summary for c in reviewed
    }
    assert not unreviewed & {r["claimReviewed"] for r in reviews}


def test_required_and_recommended_fields(built, reviews):
    for review in reviews:
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating"
        assert rating["alternateName"]
        assert (rating["bestRating"], rating["worstRating"]) == (7, 1)
        assert review["author"] == {
            "@type": "Organization",
            "name": "Example Fact Desk",
            "url": "https://factdesk.example/",
        }
        assert review["url"].startswith("https://factdesk.example/#claim-")
        assert len(review["datePublished"]) == 10
        item = review["itemReviewed"]
        assert item["@type"] == "Claim"
        assert item["appearance"]["@type"] == "CreativeWork"
        assert item["appearance"]["headline"]


def test_ratings_come_from_the_scale_or_the_status(reviews):
    by_claim = {r["claimReviewed"]: r["reviewRating"] for r in reviews}
    true = by_claim["Trump said both sides had agreed to hold a meeting between top advisors"]
    assert (true["alternateName"], true["ratingValue"]) == ("True", 7)
    misleading = by_claim["agreed to hold a meeting"]
    assert (misleading["alternateName"], misleading["ratingValue"]) == ("Misleading", 3)
    unverifiable = by_claim[f"No date set {SCRIPT}"]  # no rating: status label "Unproven"
    assert (unverifiable["alternateName"], unverifiable["ratingValue"]) == ("Unproven", 4)
    disputed = by_claim["Launch costs fell 🚀 by half in 2024"]  # not on the scale: words only
    assert disputed["alternateName"] == "Disputed" and "ratingValue" not in disputed


def test_claimant_and_appearance(reviews):
    first = reviews[0]["itemReviewed"]
    assert first["author"] == {"@type": "Person", "name": "Donald Trump"}
    appearance = first["appearance"]
    assert appearance["datePublished"] == "2025-10-22"
    assert appearance["publisher"]["name"] == f"Atlantic Council {SCRIPT}"
    assert "url" not in appearance  # the article's javascript: URL is not published


def test_only_web_urls_and_no_markup(raw, reviews):
    urls = list(_urls(reviews))
    assert urls and all(urlsplit(u).scheme == "https" for u in urls)
    assert b"<" not in raw and b">" not in raw
