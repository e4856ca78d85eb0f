"""Claims carry one number across the project: the window's "claim 4" is the report's."""

from __future__ import annotations

from workbench.core.model import Document, new_claim, new_id
from workbench.core.numbering import claim_numbers, reading_order


def _document(text: str) -> Document:
    return Document(id=new_id(), title="T", text=text, format="txt")


def test_claims_are_numbered_by_document_order_then_position() -> None:
    first = _document("Alpha beta gamma delta.")
    second = _document("One two three four.")
    late = new_claim(first, 17, 22)
    early = new_claim(first, 0, 5)
    other = new_claim(second, 0, 3)
    numbers = claim_numbers([first, second], [other, late, early])
    assert numbers == {early.id: 1, late.id: 2, other.id: 3}


def test_claims_of_an_unknown_document_come_last_and_same_spans_keep_a_stable_order() -> None:
    doc = _document("Alpha beta gamma.")
    a, b = new_claim(doc, 0, 5), new_claim(doc, 0, 5)
    stray = new_claim(_document("Elsewhere."), 0, 4)
    ordered = reading_order([doc], [stray, b, a])
    assert ordered[-1] is stray
    assert [c.id for c in ordered[:2]] == sorted([a.id, b.id])
