"""Edited passages that reach into the text beside the claim, each rule both ways: an end
placed on an old neighbour's word that an edit wrote again, and a sentence or line
inserted right beside the claim taken into it. Where the passage holds only the claim's
own words, edited, it is carried; where it holds text that was never the claim's, the
claim is an orphan (or, where the rules can tell, lands right)."""

from __future__ import annotations

from tests.core.carrying import carried
from workbench.core.versioning import AnchorState

RICHE = (
    "Il observe dans un autre livre au titre éloquent : Les mots sans les choses. Riche de "
    "tant de citoyens éclairés, la démocratie ne pourrait que mieux s’en porter. Mais il "
    "lui faut au contraire y reconnaître le point culminant d’un état d’aliénation.\n"
)
CITOYENS = "de citoyens éclairés, la démocratie ne pourrait que mieux s’en porter"


def test_a_quote_beginning_with_its_neighbours_word_is_changed_by_an_edit_inside() -> None:
    """The old prefix's "de" is kept a word before the quote's own "de": outside it."""
    new = RICHE.replace("s’en porter", "s’nearly porter")
    assert carried(RICHE, new, CITOYENS) == (
        AnchorState.CHANGED,
        RICHE.index(CITOYENS),
        CITOYENS.replace("s’en", "s’nearly"),
    )


def test_a_start_is_not_placed_on_the_old_neighbour_an_edit_wrote_beside_the_quote() -> None:
    """ "tant de" became "about about": the quote's first word "de" still stands a word
    early, but there the diff kept the old prefix's "de" ("Riche de"), not the claim's."""
    new = RICHE.replace("tant de citoyens", "about about citoyens")
    state, at, quote = carried(RICHE, new, CITOYENS)
    assert state is AnchorState.ORPHANED or (at, quote) == (
        new.index("about citoyens"),
        CITOYENS.replace("de citoyens", "about citoyens"),
    )
    assert at != new.index("de about")


CORTES = (
    "some of the expedition wanted to return to cuba, cortés had grander plans.  he ordered "
    "all his fleet except for one small ship be burned, effectively stranding the "
    "expedition in mexico.  cortés then lead his band inland towards tenochtitlan.\n"
)
FLEET = "he ordered all his fleet except for one small ship be burned, effectively stranding the"


def test_a_sentence_inserted_before_an_edited_claim_stays_outside_it() -> None:
    new = CORTES.replace(
        "plans.  he ordered", "plans.  She returned to spain a very wealthy man. he ordered"
    ).replace("ship be burned", "ship about burned")
    assert carried(CORTES, new, FLEET) == (
        AnchorState.CHANGED,
        new.index("he ordered"),
        FLEET.replace(" be ", " about "),
    )


def test_an_inserted_sentence_ending_in_the_claims_first_word_is_not_taken_in() -> None:
    """The diff pairs the quote's first word "he" with the inserted sentence's and keeps
    the start there: the passage would begin with the whole inserted sentence."""
    new = CORTES.replace(
        "plans.  he ordered", "plans.  he returned to spain a very wealthy man. he ordered"
    ).replace("ship be burned", "ship about burned")
    state, at, _ = carried(CORTES, new, FLEET)
    assert state is AnchorState.ORPHANED or at == new.index("he ordered")


WORKS = (
    "works\nmodels of bounded rationality 1982\nmodels of my life 1991\n"
    "the sciences of the artificial (3rd edition) 1996\n\nreference\nh. simon, journal of "
    "economic perspectives, vol. 5, no. 2 (1991), p. 28.\n"
)
SCIENCES = "the sciences of the artificial (3rd edition) 1996"


def test_a_list_line_with_its_first_word_edited_is_changed() -> None:
    new = WORKS.replace("\nthe sciences", "\nTuesday sciences")
    assert carried(WORKS, new, SCIENCES) == (
        AnchorState.CHANGED,
        WORKS.index(SCIENCES),
        SCIENCES.replace("the sciences", "Tuesday sciences"),
    )


def test_a_line_inserted_before_a_line_whose_first_word_was_edited_is_not_taken_in() -> None:
    """The old line before still borders the inserted one: the start could be either."""
    new = WORKS.replace("\nthe sciences", "\nsimon, herbert\nTuesday sciences")
    state, at, _ = carried(WORKS, new, SCIENCES)
    assert state is AnchorState.ORPHANED or at == new.index("Tuesday sciences")


SNAFU = (
    "Results were certified.\n\nThe District 4 school board snafu demonstrates that our "
    "election systems are not infallible. That said, I believe that the seeds of doubt "
    "will not grow.\n"
)
INFALLIBLE = "demonstrates that our election systems are not infallible"


def test_a_last_word_edited_before_its_kept_neighbour_is_changed() -> None:
    new = SNAFU.replace("not infallible.", "not about.")
    assert carried(SNAFU, new, INFALLIBLE) == (
        AnchorState.CHANGED,
        SNAFU.index(INFALLIBLE),
        INFALLIBLE.replace("infallible", "about"),
    )


def test_a_sentence_inserted_after_an_edited_last_word_is_not_taken_in() -> None:
    """The old suffix (". That said") now borders the inserted sentence's end."""
    new = SNAFU.replace("not infallible.", "not about. Winter Outlook.")
    state, at, quote = carried(SNAFU, new, INFALLIBLE)
    assert state is AnchorState.ORPHANED or (at, quote) == (
        SNAFU.index(INFALLIBLE),
        INFALLIBLE.replace("infallible", "about"),
    )
