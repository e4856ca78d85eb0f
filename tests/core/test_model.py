"""The domain model validates itself: bad values never get as far as the project file."""

from __future__ import annotations

import pytest

from workbench.core.errors import UserError
from workbench.core.model import (
    Claim,
    Document,
    Evidence,
    ImportedDocument,
    Reviewer,
    Stance,
    Status,
    canonical_text,
    new_claim,
    new_id,
)
from workbench.core.ratings import DEFAULT_RATING_SCALE, Rating, RatingScale


def _document(text: str = "One claim here. Another claim there.", **kw: object) -> Document:
    return Document(id=new_id(), title="T", text=text, format="txt", **kw)  # type: ignore[arg-type]


def test_new_claim_takes_quote_and_context_from_the_text() -> None:
    doc = _document()
    claim = new_claim(doc, 16, 29, claimant="A. Person")
    assert claim.quote == "Another claim" == doc.text[16:29]
    assert claim.prefix == "One claim here. "
    assert claim.suffix == " there."
    assert claim.status is Status.UNREVIEWED
    assert claim.display_summary == "Another claim"


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 5), (6, 2), (0, 10_000)])
def test_a_claim_span_must_lie_inside_its_document(start: int, end: int) -> None:
    with pytest.raises(UserError, match="does not lie inside"):
        new_claim(_document(), start, end)


def test_a_claim_quote_must_match_its_span_length() -> None:
    with pytest.raises(UserError, match="quote does not match"):
        Claim(id="c", document_id="d", start=0, end=5, quote="abc")


def test_status_must_be_one_of_the_four() -> None:
    claim = Claim(id="c", document_id="d", start=0, end=3, quote="abc", status="Disputed")  # type: ignore[arg-type]
    assert claim.status is Status.DISPUTED
    with pytest.raises(UserError, match="use one of unreviewed, verified, disputed, unverifiable"):
        Claim(id="c", document_id="d", start=0, end=3, quote="abc", status="wrong")  # type: ignore[arg-type]


def test_evidence_needs_something_to_point_at_and_a_known_stance() -> None:
    assert (
        Evidence(id="e", claim_id="c", url="https://x.org", stance="refutes").stance
        is Stance.REFUTES
    )  # type: ignore[arg-type]
    with pytest.raises(UserError, match="at least a URL"):
        Evidence(id="e", claim_id="c")
    with pytest.raises(UserError, match="Unknown stance"):
        Evidence(id="e", claim_id="c", url="u", stance="maybe")  # type: ignore[arg-type]


def test_rating_scale_finds_labels_case_insensitively_and_rejects_unknown() -> None:
    assert DEFAULT_RATING_SCALE.find("mostly FALSE").label == "Mostly false"
    with pytest.raises(UserError, match="use one of True, Mostly true"):
        DEFAULT_RATING_SCALE.find("Pants on fire")
    assert RatingScale.from_json(DEFAULT_RATING_SCALE.to_json()) == DEFAULT_RATING_SCALE


def test_rating_scale_rejects_duplicates_and_out_of_range_values() -> None:
    with pytest.raises(UserError, match="unique"):
        RatingScale((Rating("A", 1), Rating("a", 2)), best=2, worst=1)
    with pytest.raises(UserError, match="outside"):
        RatingScale((Rating("A", 9),), best=5, worst=1)
    with pytest.raises(UserError, match="malformed"):
        RatingScale.from_json({"ratings": [{"label": "A"}], "best": 1, "worst": 1})


def test_document_checksum_and_pages() -> None:
    doc = _document("page one\npage two\npage three", page_starts=(0, 9, 18))
    assert doc.page_of(0) == 1
    assert doc.page_of(12) == 2
    assert doc.page_of(25) == 3
    assert _document().page_of(3) is None
    with pytest.raises(UserError, match="checksum"):
        _document(text_sha256="0" * 64)
    with pytest.raises(UserError, match="Page starts"):
        _document("abc", page_starts=(0, 0))


def test_canonical_text_normalises_line_ends_and_unicode() -> None:
    assert canonical_text("e\u0301\r\nb\rc") == "\u00e9\nb\nc"
    with pytest.raises(UserError, match="canonical"):
        ImportedDocument(text="a\r\nb", title="t", format="txt")


def test_reviewer_names_are_folded_and_checked() -> None:
    assert Reviewer("  Ana   Núñez \n").name == "Ana Núñez"
    with pytest.raises(UserError, match="needs a name"):
        Reviewer("   ")
    with pytest.raises(UserError, match="control characters"):
        Reviewer("Ana\x1b[31m")
    with pytest.raises(UserError, match="limited to 120"):
        Reviewer("x" * 121)
