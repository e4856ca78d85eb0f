"""W3C Web Annotation (JSON-LD): one annotation per claim, for annotation tools.

The file is an ``AnnotationCollection`` whose first (and only) page embeds the
annotations, following the Web Annotation Data Model. Each annotation:

- ``id`` is ``urn:uuid:<claim id>``; ``motivation`` is ``assessing``;
- ``target`` is the document (its http(s) URL when known, else ``urn:uuid:<document
  id>``) with a ``TextQuoteSelector`` and a ``TextPositionSelector``; positions count
  Unicode code points of the NFC text, as the model requires;
- ``body`` holds the status as a ``tagging`` TextualBody, the rating (``assessing``),
  the summary (``describing``), the note (``commenting``) and each evidence URL as a
  ``linking`` SpecificResource (http and https only);
- every IRI is percent-encoded into a URI (``"``, ``<``, ``>`` and non-ASCII never appear
  raw), and text values lose bidi overrides (:mod:`~workbench.reports.safety`); the
  ``TextQuoteSelector`` keeps the exact text, since it must match the article to anchor
  (its controls are ``\\u``-escaped in the file);
- ``creator``, ``created`` and ``modified`` come from the claim's bookkeeping, in UTC.
"""

from __future__ import annotations

import uuid
from typing import Any

from workbench import APP_NAME, __version__
from workbench.core.model import Claim, Document, Evidence, ProjectSnapshot
from workbench.reports.content import report_title
from workbench.reports.jsonld import dumps, utc_datetime
from workbench.reports.safety import label, prose, web_uri

CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def _urn(identifier: str) -> str:
    """``urn:uuid:`` for a UUID id; any other id is hashed into a stable UUID first."""
    try:
        return f"urn:uuid:{uuid.UUID(identifier)}"
    except ValueError:
        return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, identifier)}"


def _source(document: Document) -> str:
    return web_uri(document.source_url) or _urn(document.id)


def _text_body(value: str, purpose: str) -> dict[str, Any]:
    return {
        "type": "TextualBody",
        "value": prose(value),
        "format": "text/plain",
        "purpose": purpose,
    }


def _bodies(claim: Claim, evidence: tuple[Evidence, ...]) -> list[dict[str, Any]]:
    bodies = [_text_body(claim.status.value, "tagging")]
    if claim.rating:
        bodies.append(_text_body(label(claim.rating), "assessing"))
    if claim.summary:
        bodies.append(_text_body(claim.summary, "describing"))
    if claim.note:
        bodies.append(_text_body(claim.note, "commenting"))
    for item in evidence:
        link = web_uri(item.url)
        if link:
            body: dict[str, Any] = {
                "type": "SpecificResource",
                "source": link,
                "purpose": "linking",
            }
            if item.title:
                body["label"] = label(item.title)  # shown to readers, not part of the IRI
            bodies.append(body)
    return bodies


def annotation(claim: Claim, document: Document, evidence: tuple[Evidence, ...]) -> dict[str, Any]:
    """The annotation of one claim (without ``@context``: the collection carries it)."""
    note: dict[str, Any] = {
        "id": _urn(claim.id),
        "type": "Annotation",
        "motivation": "assessing",
        "body": _bodies(claim, evidence),
        "target": {
            "source": _source(document),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": claim.quote,
                    "prefix": claim.prefix,
                    "suffix": claim.suffix,
                },
                {"type": "TextPositionSelector", "start": claim.start, "end": claim.end},
            ],
        },
    }
    if claim.created_by:
        note["creator"] = {"type": "Person", "name": label(claim.created_by)}
    if claim.created_at:
        note["created"] = utc_datetime(claim.created_at)
    if claim.updated_at:
        note["modified"] = utc_datetime(claim.updated_at)
    return note


def collection(snapshot: ProjectSnapshot) -> dict[str, Any]:
    """The AnnotationCollection holding every claim's annotation on one embedded page."""
    documents = {d.id: d for d in snapshot.documents}
    items = [
        annotation(c, documents[c.document_id], snapshot.evidence[c.id]) for c in snapshot.claims
    ]
    # The collection's id is derived from its content's ids, so re-exporting is stable.
    collection_id = _urn(str(uuid.uuid5(uuid.NAMESPACE_URL, "|".join(sorted(documents)))))
    return {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": report_title(snapshot),
        "total": len(items),
        "generator": {"type": "Software", "name": f"{APP_NAME} {__version__}"},
        "generated": utc_datetime(snapshot.exported_at),
        "first": {
            "id": f"{collection_id}#page-1",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }


def render(snapshot: ProjectSnapshot) -> bytes:
    """The collection as JSON-LD."""
    return dumps(collection(snapshot))
