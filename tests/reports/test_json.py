"""The lossless JSON export, validated against its published JSON Schema."""

from __future__ import annotations

import json

import jsonschema
import pytest

from tests.reports.conftest import SCRIPT
from workbench.core.model import Claim, Document, Evidence
from workbench.reports import json_export
from workbench.reports.resources import schema_path


@pytest.fixture(scope="module")
def raw(built):
    return json_export.render(built.snapshot)


@pytest.fixture(scope="module")
def data(raw):
    return json.loads(raw)


@pytest.fixture(scope="module")
def schema():
    return json.loads(schema_path(json_export.SCHEMA_FILE).read_text(encoding="utf-8"))


def test_the_schema_is_itself_valid_and_the_export_follows_it(schema, data):
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(data)
    assert (data["format"], data["version"]) == (json_export.FORMAT, json_export.FORMAT_VERSION)


def test_the_schema_rejects_what_it_should(schema, data):
    validator = jsonschema.Draft202012Validator(schema)
    broken = json.loads(json.dumps(data))
    broken["claims"][0]["status"] = "probably"
    assert not validator.is_valid(broken)
    broken = json.loads(json.dumps(data))
    broken["version"] = 2
    assert not validator.is_valid(broken)
    broken = json.loads(json.dumps(data))
    del broken["documents"][0]["text"]
    assert not validator.is_valid(broken)


def test_round_trip_is_lossless(built, data):
    snapshot = built.snapshot
    claims = [Claim(**{k: v for k, v in c.items() if k != "selectors"}) for c in data["claims"]]
    assert claims == list(snapshot.claims)
    documents = [
        Document(**{**d, "page_starts": tuple(d["page_starts"])}) for d in data["documents"]
    ]
    assert documents == list(snapshot.documents)
    evidence = [Evidence(**e) for e in data["evidence"]]
    assert evidence == [e for c in snapshot.claims for e in snapshot.evidence[c.id]]
    assert len(data["history"]) == len(snapshot.history)
    assert data["history"][-1]["after"] == snapshot.history[-1].after
    assert data["project"]["rating_scale"] == snapshot.settings.rating_scale.to_json()


def test_selectors_point_at_the_quote(data):
    texts = {d["id"]: d["text"] for d in data["documents"]}
    for claim in data["claims"]:
        position, quote = claim["selectors"]
        text = texts[claim["document_id"]]
        assert text[position["start"] : position["end"]] == quote["exact"] == claim["quote"]


def test_markup_is_escaped_for_embedding(raw, data):
    assert b"<" not in raw and b">" not in raw
    assert SCRIPT in data["project"]["title"]
