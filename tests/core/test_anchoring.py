"""Anchoring: a span is found again by position, quote and context, whatever the script."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from workbench.core.anchoring import MatchKind, reanchor, select, select_quote
from workbench.core.errors import AnchorError

#: Letters from the scripts reviewers meet: Latin with accents, emoji (astral, ZWJ, skin
#: tone), CJK, Arabic and Hebrew (right-to-left), and combining marks.
ALPHABET = list(
    "abcdefghij ABC .,\néüñ😀👍🏽👩‍💻🇺🇦中文字日本語한국어مرحبا بالعالمשלום עולם\u0301\u0308\u200f"
)
texts = st.text(alphabet=ALPHABET, min_size=1, max_size=400)


@st.composite
def text_and_span(draw: st.DrawFn) -> tuple[str, int, int]:
    text = draw(texts)
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    return text, start, end


@given(text_and_span())
def test_any_span_selects_its_exact_quote(case: tuple[str, int, int]) -> None:
    text, start, end = case
    selector = select(text, start, end)
    assert text[selector.start : selector.end] == selector.quote == text[start:end]
    assert selector.prefix == text[max(0, start - 32) : start]
    assert selector.suffix == text[end : end + 32]


@settings(max_examples=150, deadline=None)
@given(text_and_span(), st.text(alphabet=ALPHABET, max_size=60), st.data())
def test_reanchoring_after_edits_elsewhere_finds_the_same_quote(
    case: tuple[str, int, int], inserted: str, data: st.DataObject
) -> None:
    text, start, end = case
    selector = select(text, start, end)
    # Edit outside the span: insert before it or after it, and delete a stretch elsewhere.
    before = data.draw(st.booleans())
    at = data.draw(st.integers(0, start) if before else st.integers(end, len(text)))
    edited = text[:at] + inserted + text[at:]
    shift = len(inserted) if before else 0
    found = reanchor(edited, selector)
    assert edited[found.selector.start : found.selector.end] == selector.quote
    if edited.count(selector.quote) == 1:
        assert found.selector.start == start + shift


def test_a_repeat_sliding_into_the_old_place_is_not_taken_for_the_quote() -> None:
    selector = select("BBB", 1, 3)  # the last two of three letters
    found = reanchor("ABBB", selector)  # "A" inserted in front: the quote moved to 2
    assert (found.selector.start, found.selector.end) == (2, 4)


def test_position_is_used_while_the_text_is_unchanged() -> None:
    text = "Prices rose 5% in May. Prices rose 5% in June."
    selector = select(text, 23, 37)
    assert reanchor(text, selector).kind is MatchKind.POSITION


def test_context_chooses_between_repeated_quotes() -> None:
    text = "In May, prices rose 5%. In June, prices rose 5%."
    second = text.rindex("prices rose 5%")
    selector = select(text, second, second + len("prices rose 5%"))
    edited = "Summary first. " + text
    found = reanchor(edited, selector)
    assert found.kind is MatchKind.EXACT
    assert found.selector.start == second + len("Summary first. ")


def test_a_corrected_typo_inside_the_quote_is_found_by_fuzzy_match() -> None:
    text = "The minister said unemploymnet fell to 4 per cent last year, a record."
    start = text.index("unemploymnet")
    end = text.index(", a record")
    selector = select(text, start, end)
    fixed = text.replace("unemploymnet", "unemployment")
    found = reanchor(fixed, selector)
    assert found.kind is MatchKind.FUZZY
    assert found.selector.quote == "unemployment fell to 4 per cent last year"
    assert 0.75 <= found.score < 1


def test_a_quote_that_is_gone_is_reported_lost() -> None:
    selector = select("The budget grew by a third in 2024.", 4, 34)
    with pytest.raises(AnchorError, match="can no longer be found"):
        reanchor("Entirely different words now stand here, unrelated.", selector)


def test_select_quote_asks_which_occurrence_when_repeated() -> None:
    text = "no plans. There are no plans. Really no plans."
    asks = r"occurs 3 times; say which one with --occurrence 1\.\.3"
    with pytest.raises(AnchorError, match=asks):
        select_quote(text, "no plans")
    assert select_quote(text, "no plans", 2).start == text.index("no plans", 1)
    with pytest.raises(AnchorError, match="Occurrence 4"):
        select_quote(text, "no plans", 4)
    with pytest.raises(AnchorError, match="does not occur"):
        select_quote(text, "some plans")


@given(texts, st.data())
def test_select_quote_finds_every_occurrence(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, min(len(text), start + 8)))
    quote = text[start:end]
    assume(quote)
    count = sum(1 for i in range(len(text)) if text.startswith(quote, i))
    for n in range(1, count + 1):
        selector = select_quote(text, quote, n)
        assert text[selector.start : selector.end] == quote
