"""W3C Web Annotation JSON-LD, checked against the data model's MUST requirements."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest

from workbench.reports import webannotation

DATETIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


@pytest.fixture(scope="module")
def data(built):
    return json.loads(webannotation.render(built.snapshot))


def _is_iri(value) -> bool:
    return isinstance(value, str) and bool(urlsplit(value).scheme) and " " not in value


def _check_body(body):
    """MUSTs of the model for the bodies used here (sections 3.2.4, 4.1, 3.3.6)."""
    if body["type"] == "TextualBody":
        assert isinstance(body["value"], str)
    else:
        assert body["type"] == "SpecificResource"
        assert _is_iri(body["source"])
        assert urlsplit(body["source"]).scheme in {"http", "https", "mailto"}


def _check_selector(selector, text):
    if selector["type"] == "TextQuoteSelector":
        assert isinstance(selector["exact"], str) and selector["exact"]
        start = text.index(selector["prefix"] + selector["exact"] + selector["suffix"])
        return start + len(selector["prefix"]), selector["exact"]
    assert selector["type"] == "TextPositionSelector"
    assert 0 <= selector["start"] <= selector["end"]
    return selector["start"], text[selector["start"] : selector["end"]]


def test_collection_musts(built, data):
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection" and _is_iri(data["id"])
    page = data["first"]
    assert page["type"] == "AnnotationPage" and _is_iri(page["id"])
    assert data["total"] == len(page["items"]) == len(built.snapshot.claims)


def test_each_annotation_meets_the_musts_and_anchors_its_claim(built, data):
    texts = {f"urn:uuid:{d.id}": d.text for d in built.snapshot.documents}
    ids = set()
    for annotation, claim in zip(data["first"]["items"], built.snapshot.claims, strict=True):
        assert annotation["type"] == "Annotation"
        assert _is_iri(annotation["id"]) and annotation["id"] not in ids
        ids.add(annotation["id"])
        assert annotation["id"] == f"urn:uuid:{claim.id}"
        for body in annotation["body"]:
            _check_body(body)
        target = annotation["target"]
        assert _is_iri(target["source"])
        anchors = {_check_selector(s, texts[target["source"]]) for s in target["selector"]}
        assert anchors == {(claim.start, claim.quote)}
        tags = [b["value"] for b in annotation["body"] if b.get("purpose") == "tagging"]
        assert tags == [claim.status.value]
        assert annotation["creator"] == {"type": "Person", "name": "Ana Núñez"}
        assert DATETIME.match(annotation["created"]) and DATETIME.match(annotation["modified"])


def test_note_and_evidence_bodies(data):
    first, second = data["first"]["items"][:2]
    notes = [b["value"] for b in first["body"] if b.get("purpose") == "commenting"]
    assert notes and notes[0].startswith("Confirmed by two officials.")
    links = [b["source"] for b in second["body"] if b.get("purpose") == "linking"]
    assert links == []  # only http(s) IRIs are links: not javascript:, not mailto:
    links = [b["source"] for b in first["body"] if b.get("purpose") == "linking"]
    assert links == ["https://www.state.gov/readout?a=1&b=2"]
