"""schema.org ClaimReview (JSON-LD): the markup fact-checkers publish for search engines.

One ``ClaimReview`` per *reviewed* claim, in a JSON array; unreviewed claims are left
out because there is no verdict to publish.

Rating. A claim's rating label is looked up on the project's rating scale, which gives
``ratingValue``, ``bestRating`` and ``worstRating``; ``alternateName`` is the label. A
reviewed claim without a rating gets a label derived from its status
(:data:`STATUS_LABELS`): verified -> "True", disputed -> "Disputed", unverifiable ->
"Unproven". When the derived label is also a label of the project's scale (the default
scale has "True" and "Unproven") its value is used; otherwise only ``alternateName``,
``bestRating`` and ``worstRating`` are given, since a number would claim more than the
status says. "Disputed" is deliberately not "False": the desk disputes the claim but has
not rated it.

Other fields. ``author`` is the organisation from the project settings (name and URL);
``url`` is the organisation's URL with ``#claim-<id>``, a stable placeholder the desk
replaces with the address of its published fact-check; ``datePublished`` is the day
the claim was last changed. ``itemReviewed`` is a ``Claim`` whose ``author`` is the
claimant (a ``Person``) and whose ``appearance`` is the article (headline, URL, date,
publisher). Only http(s) URLs are written into URL fields, percent-encoded as URIs; names
and titles lose bidi controls and marks, the claim's text its bidi overrides
(:mod:`~workbench.reports.safety`), since search engines show them to readers.
"""

from __future__ import annotations

import contextlib
from typing import Any

from workbench.core.errors import UserError
from workbench.core.model import Claim, Document, ProjectSettings, ProjectSnapshot, Status
from workbench.reports.jsonld import dumps
from workbench.reports.safety import label, prose, web_uri

#: The rating label a reviewed claim without a rating is published with.
STATUS_LABELS: dict[Status, str] = {
    Status.VERIFIED: "True",
    Status.DISPUTED: "Disputed",
    Status.UNVERIFIABLE: "Unproven",
}


def review_rating(claim: Claim, settings: ProjectSettings) -> dict[str, Any]:
    """The ``reviewRating`` of a reviewed claim (see the module docstring for the rules)."""
    scale = settings.rating_scale
    name = claim.rating or STATUS_LABELS[claim.status]
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": label(name)}
    # A label off the scale (or a status label) is published as words only.
    with contextlib.suppress(UserError):
        rating["ratingValue"] = scale.find(name).value
    rating["bestRating"] = scale.best
    rating["worstRating"] = scale.worst
    return rating


def _appearance(document: Document) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "headline": label(document.title)}
    url = web_uri(document.source_url) or web_uri(document.source)
    if url:
        work["url"] = url
    if document.published:
        work["datePublished"] = label(document.published)
    if document.publisher:
        work["publisher"] = {"@type": "Organization", "name": label(document.publisher)}
    return work


def claim_review(claim: Claim, document: Document, settings: ProjectSettings) -> dict[str, Any]:
    """One ClaimReview object, with its own ``@context`` so it can be pasted on its own."""
    item: dict[str, Any] = {"@type": "Claim", "appearance": _appearance(document)}
    if claim.claimant:
        item["author"] = {"@type": "Person", "name": label(claim.claimant)}
    author: dict[str, Any] = {"@type": "Organization", "name": label(settings.organisation)}
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": prose(claim.display_summary),
        "reviewRating": review_rating(claim, settings),
        "itemReviewed": item,
        "author": author,
        "datePublished": label((claim.updated_at or claim.created_at)[:10]),
    }
    organisation_url = web_uri(settings.organisation_url)
    if organisation_url:
        author["url"] = organisation_url
        review["url"] = f"{organisation_url.split('#')[0]}#claim-{claim.id}"
    return review


def reviews(snapshot: ProjectSnapshot) -> list[dict[str, Any]]:
    """A ClaimReview for every reviewed claim, in reading order."""
    documents = {d.id: d for d in snapshot.documents}
    return [
        claim_review(claim, documents[claim.document_id], snapshot.settings)
        for claim in snapshot.claims
        if claim.status is not Status.UNREVIEWED
    ]


def render(snapshot: ProjectSnapshot) -> bytes:
    """The JSON-LD array, safe to paste inside a ``<script type="application/ld+json">``."""
    return dumps(reviews(snapshot))
