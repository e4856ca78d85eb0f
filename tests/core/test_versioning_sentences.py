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


def test_a_kept_sentence_is_one_the_diff_kept_whole_where_the_quote_is() -> None:
    old = MARCH + COUNCIL + MAY
    diff = TextDiff(old, INSERTED + old)
    start = old.rindex(QUOTE)
    at = diff.new.rindex(QUOTE)
    assert diff.kept_sentence(start, start + len(QUOTE), at)
    assert not diff.kept_sentence(start, start + len(QUOTE), at - len(MAY))  # not there
    edited = TextDiff(old, INSERTED + old.replace("on Friday", "on Tuesday"))
    assert not edited.kept_sentence(start, start + len(QUOTE), at)  # an edit in it
    twice = MARCH + MAY + COUNCIL + MAY
    assert not TextDiff(twice, INSERTED + twice).kept_sentence(
        twice.rindex(QUOTE), twice.rindex(QUOTE) + len(QUOTE), len(INSERTED) + twice.rindex(QUOTE)
    )  # written twice
