"""A quote the old text holds more than once, told apart by its own sentence, both ways:
carried where its sentence, written once, was kept whole; an orphan where its sentence
has an identical twin, since then only the rank among copies could tell."""

from __future__ import annotations

from workbench.core.anchoring import select
from workbench.core.versioning import AnchorState, TextDiff, carry_all

MARCH = "Prices rose sharply in March, the report found.\n"
COUNCIL = "The council met on Monday to discuss the budget.\n"
MAY = "Prices rose again in May, the mayor said on Friday.\n"
#: An inserted sentence holding the quote too: the copies' ranks and count change.
INSERTED = "Prices rose, analysts say, and will rise further.\n"
QUOTE = "Prices rose"


def _carry_last(old: str, new: str) -> tuple[AnchorState, int | None]:
    """Carry the last copy of the quote in ``old``: its state, and where it landed."""
    start = old.rindex(QUOTE)
    (result,) = carry_all(old, new, [select(old, start, start + len(QUOTE))])
    return result.state, None if result.selector is None else result.selector.start


def test_a_repeated_quote_in_a_sentence_written_once_and_kept_is_carried() -> None:
    old = MARCH + COUNCIL + MAY
    new = INSERTED + old
    assert _carry_last(old, new) == (AnchorState.EXACT, new.rindex(QUOTE))


def test_a_repeated_quote_in_a_sentence_written_twice_stays_an_orphan() -> None:
    """The claim's sentence has a twin: moving one past the other changes no letter."""
    old = MARCH + MAY + COUNCIL + MAY
    new = INSERTED + old
    assert _carry_last(old, new) == (AnchorState.ORPHANED, None)


def test_a_repeated_quote_whose_sentence_moved_is_found_by_its_sentence() -> None:
    old = MARCH + MAY + COUNCIL
    new = INSERTED + MARCH + COUNCIL + "The budget was approved.\n" + MAY
    assert _carry_last(old, new) == (AnchorState.MOVED, new.rindex(QUOTE))


def test_a_sentence_is_found_only_where_each_text_holds_it_once() -> None:
    old = MARCH + COUNCIL + MAY
    start = old.rindex(QUOTE)
    diff = TextDiff(old, INSERTED + old)
    assert diff.own_sentence(start, start + len(QUOTE)) == diff.new.rindex(QUOTE)
    edited = TextDiff(old, INSERTED + old.replace("on Friday", "on Tuesday"))
    assert edited.own_sentence(start, start + len(QUOTE)) is None  # an edit in it
    copied = TextDiff(old, old + MAY)
    assert copied.own_sentence(start, start + len(QUOTE)) is None  # now written twice
    twice = MARCH + MAY + COUNCIL + MAY
    start = twice.rindex(QUOTE)
    assert TextDiff(twice, twice).own_sentence(start, start + len(QUOTE)) is None
