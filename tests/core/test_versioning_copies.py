"""A claimed sentence and an inserted copy of it, edited differently: each rule both ways.

"Edited here, and an edited copy there" reads the same as "moved there, edited, and a
copy left here, edited otherwise", however few words each lost and wherever the old
neighbours stand (a copy inserted beside the sentence keeps them once the sentence moves
away). So the edited place found is an orphan whenever a copy of the claimed sentence
was written elsewhere; text that merely shares a few of the quote's words is no copy.
"""

from __future__ import annotations

from tests.core.carrying import carried
from workbench.core.versioning import AnchorState

GLASSES = (
    "Using the arm from a pair of glasses, Schukin shows how the software is warping the eye "
    "area slightly to achieve the effect. The same effect also appears to be present when "
    "wearing sunglasses.\n\nIt’s not clear which devices the feature will eventually work "
    "with.\n\nWe’re also curious to know whether it works with several people in the frame.\n"
)
SAME = "The same effect also appears to be present when wearing"
EDITED_HERE = GLASSES.replace("when wearing", "when reportedly")


def test_an_edited_place_and_a_copy_that_lost_three_words_of_nine_are_an_orphan() -> None:
    """The copy's letters agree less than the edited place's, but its words still stand
    one for one: it is the claimed sentence too."""
    copy = "The same effect also nearly to be several when about sunglasses.\n\n"
    new = EDITED_HERE.replace("We’re also", copy + "We’re also")
    assert carried(GLASSES, new, SAME) == (AnchorState.ORPHANED, None, None)


def test_an_edited_place_is_changed_beside_a_sentence_sharing_a_few_of_its_words() -> None:
    other = "The same effect is absent in videos recorded when wearing a hat.\n\n"
    new = EDITED_HERE.replace("We’re also", other + "We’re also")
    assert carried(GLASSES, new, SAME) == (
        AnchorState.CHANGED,
        GLASSES.index(SAME),
        SAME.replace("wearing", "reportedly"),
    )


APPLE = (
    "However, the new feature appears to use image manipulation to correct this. "
    "Coincidentally, Rundle himself theorized back in 2017 that Apple would one day do this, "
    "although not so soon.\n\nOn Twitter, Dave Schukin explains that the effect is achieved "
    "using ARKit.\n\nUsing the arm from a pair of glasses, Schukin shows how it works.\n"
)
ONE_DAY = "would one day do this, although not so"
EDITED_ONCE = APPLE.replace("would one day", "would officials day")


def test_a_copy_no_fragment_of_the_quote_is_left_in_is_seen_beside_the_old_prefix() -> None:
    """Two words of the copy were edited: no twelve characters of the quote are left in
    it, and what follows it is not the old suffix; the old prefix still stands before it."""
    copy = (
        "Coincidentally, Rundle himself theorized back in 2017 that Apple would one officials "
        "do this, nearly not so soon.\n\n"
    )
    new = EDITED_ONCE.replace("Using the arm", copy + "Using the arm")
    assert carried(APPLE, new, ONE_DAY) == (AnchorState.ORPHANED, None, None)


def test_other_words_after_the_old_prefix_elsewhere_are_no_copy() -> None:
    other = "Analysts doubt that Apple would ever do such a thing.\n\n"
    new = EDITED_ONCE.replace("Using the arm", other + "Using the arm")
    assert carried(APPLE, new, ONE_DAY) == (
        AnchorState.CHANGED,
        APPLE.index(ONE_DAY),
        ONE_DAY.replace("one day", "officials day"),
    )


def test_a_sentence_edited_in_place_and_copied_verbatim_elsewhere_is_an_orphan() -> None:
    """Even where the edited place keeps both old neighbours and the copy neither: a copy
    inserted beside the sentence, edited, keeps them once the sentence itself moves."""
    quote = "The same effect also appears to be present when wearing sunglasses."
    new = EDITED_HERE + "\nIn short: " + quote + "\n"
    assert carried(GLASSES, new, SAME) == (AnchorState.ORPHANED, None, None)


def test_a_verbatim_quote_kept_in_place_beats_an_edited_copy_elsewhere() -> None:
    """The diff kept the claim's passage unchanged; the edited copy is new text."""
    copy = SAME.replace("when wearing", "when reportedly")
    new = GLASSES + "\nIn short: " + copy + " sunglasses.\n"
    assert carried(GLASSES, new, SAME) == (AnchorState.EXACT, GLASSES.index(SAME), SAME)
