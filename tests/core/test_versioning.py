"""Carrying claims to a new text: each state, ambiguity as orphans, the simulated edits."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.edit_simulator import LEVELS, simulate
from workbench.core.anchoring import select
from workbench.core.versioning import (
    AnchorState,
    TextDiff,
    carry_all,
    carry_over,
    describe_change,
    touched_by,
)

OLD = (
    "The minister said inflation fell to 2 per cent in March. "
    "Unemployment was stable at 4 per cent. Exports rose sharply. "
    "Critics said the figures were incomplete."
)
SEEDS = Path(__file__).parent.parent.parent / "seeds"


def _carry(old: str, new: str, quote: str) -> tuple[AnchorState, str | None]:
    start = old.index(quote)
    (result,) = carry_all(old, new, [select(old, start, start + len(quote))])
    return result.state, result.selector.quote if result.selector else None


def test_unchanged_text_around_a_shifted_span_is_exact() -> None:
    new = "Breaking: " + OLD
    assert _carry(OLD, new, "Exports rose sharply") == (AnchorState.EXACT, "Exports rose sharply")


def test_an_edit_next_to_the_quote_makes_it_moved() -> None:
    new = OLD.replace("Exports rose sharply.", "Exports rose sharply, officials said.")
    assert _carry(OLD, new, "Exports rose sharply") == (AnchorState.MOVED, "Exports rose sharply")


def test_a_word_edited_inside_the_quote_is_changed_to_the_new_wording() -> None:
    new = OLD.replace("2 per cent", "2.4 per cent")
    state, quote = _carry(OLD, new, "inflation fell to 2 per cent in March")
    assert (state, quote) == (AnchorState.CHANGED, "inflation fell to 2.4 per cent in March")


def test_a_block_moved_elsewhere_is_found_there() -> None:
    new = "Critics said the figures were incomplete. " + OLD.replace(
        " Critics said the figures were incomplete.", ""
    )
    state, quote = _carry(OLD, new, "figures were incomplete")
    assert (state, quote) == (AnchorState.MOVED, "figures were incomplete")


def test_a_deleted_sentence_is_an_orphan() -> None:
    new = OLD.replace("Exports rose sharply. ", "")
    assert _carry(OLD, new, "Exports rose sharply") == (AnchorState.ORPHANED, None)


def test_a_rewritten_sentence_is_an_orphan_not_a_guess() -> None:
    new = OLD.replace("Exports rose sharply.", "Shipments abroad climbed quickly.")
    assert _carry(OLD, new, "Exports rose sharply") == (AnchorState.ORPHANED, None)


def test_a_quote_deleted_where_it_was_and_repeated_twice_elsewhere_is_an_orphan() -> None:
    new = OLD.replace("Exports rose sharply. ", "") + " Exports rose sharply. Exports rose sharply."
    assert _carry(OLD, new, "Exports rose sharply") == (AnchorState.ORPHANED, None)


def test_an_edited_copy_beside_an_exact_one_is_an_orphan() -> None:
    sentence = "Unemployment was stable at 4 per cent. "
    new = OLD.replace(sentence, sentence.replace("4", "5") + sentence)
    state, _ = _carry(OLD, new, "Unemployment was stable at 4 per cent")
    assert state is AnchorState.ORPHANED


LONG = (
    "Markets were calm.\n\nOfficials at the statistics office said on Friday that "
    "unemployment was stable at 4 per cent across all regions of the country this spring."
    "\n\nExports rose.\n"
)
STABLE = "unemployment was stable at 4 per cent"


def test_a_kept_quote_beats_an_edited_copy_whose_context_is_no_better() -> None:
    """The context lies inside the sentence, so a copy of it matches as well; the quote
    itself decides: the verbatim one the diff kept is the claim's, the edited copy is new."""
    sentence = LONG.split("\n\n")[1]
    new = LONG + "\n" + sentence.replace("4 per", "5 per") + "\n"
    assert _carry(LONG, new, STABLE) == (AnchorState.EXACT, STABLE)
    edited_here = LONG.replace("4 per", "5 per") + "\n" + sentence + "\n"
    assert _carry(LONG, edited_here, STABLE)[0] is AnchorState.ORPHANED


def test_a_verbatim_copy_far_from_the_old_context_does_not_rival_the_kept_passage() -> None:
    new = OLD + "\n\nA box: Exports rose sharply, the agency said."
    assert _carry(OLD, new, "Exports rose sharply") == (AnchorState.EXACT, "Exports rose sharply")


def test_a_quote_the_old_text_held_twice_is_not_searched_for_once_its_copy_is_gone() -> None:
    caption = "The caption reads Putin by AP.\n"
    old = f"Intro line here.\n\n{caption}\nBody text.\n\n{caption}"
    new = "Intro line here.\n\nNew lead.\n\nThe caption reads Putin by AP.\n"
    second = old.rindex("Putin by AP")
    (result,) = carry_all(old, new, [select(old, second, second + len("Putin by AP"))])
    assert result.state is AnchorState.ORPHANED


def test_identical_repeated_pages_are_orphans_kept_or_lost() -> None:
    page = "Officers respond to cases. Reed removes the nameplate from his locker.\n\n"
    old = page * 3
    at = old.index("Reed removes", len(page))  # the second page's
    selector = select(old, at, at + len("Reed removes the nameplate"))
    # Moving one page past another changes no letter: the rank is no evidence.
    (kept,) = carry_all(old, "Masthead.\n\n" + old, [selector])
    assert kept.state is AnchorState.ORPHANED
    (lost,) = carry_all(old, page * 2, [selector])  # which page went is anyone's guess
    assert lost.state is AnchorState.ORPHANED


def test_an_end_inside_an_edit_is_never_placed_inside_a_longer_word() -> None:
    old = "The prophecy said he was predicted to one day return to the city."
    new = "The prophecy said he was predicted Tuesday one day return to the city."
    quote = "was predicted to one day"
    (result,) = carry_all(old, new, [select(old, old.index(quote), old.index(quote) + len(quote))])
    assert result.selector is None or result.selector.quote == "was predicted Tuesday one day"


def test_changes_and_the_claims_they_touch() -> None:
    new = OLD.replace("2 per cent", "2.4 per cent").replace("Exports", "Shipments")
    diff = TextDiff(OLD, new)
    changes = diff.changes()
    assert [c.kind for c in changes] == ["replace", "replace"]
    assert describe_change(changes[0]) == "~ replaced at 36: “2 ” → “2.4 ”"
    start = new.index("inflation")
    assert touched_by(changes[0], [(start, start + 30), (0, 3)]) == [0]
    assert diff.map_start(len(OLD) - 1) == (len(new) - 1, True)


@pytest.mark.parametrize("level", LEVELS, ids=lambda level: level.name)
def test_simulated_edits_of_the_seed_article_never_mis_anchor(level: object) -> None:
    text = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    rng = random.Random(14)
    correct = total = 0
    for _ in range(20):
        scenario = simulate(text, level, rng)  # type: ignore[arg-type]
        diff = TextDiff(scenario.old, scenario.new)
        for selector, truth in zip(scenario.selectors, scenario.truth, strict=True):
            result = carry_over(diff, selector)
            total += 1
            if result.selector is None:
                correct += not truth
                continue
            found = (result.selector.start, result.selector.end)
            assert found in truth, (selector.quote, result)
            correct += 1
    assert correct / total >= 0.85
