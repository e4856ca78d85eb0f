"""The re-anchoring rules that recover orphans or prevent mis-anchors, each both ways:
a constructed edit where the rule anchors the claim right, and one where two places are
equally good (or the evidence is a lone word), so the claim must become an orphan."""

from __future__ import annotations

from tests.core.carrying import carried
from workbench.core.anchoring import select
from workbench.core.versioning import AnchorState, TextDiff, carry_all

GERMAN = (
    "Die AfD behauptet, nichts vom Versand einer Gratiszeitung an NRW-Haushalte im "
    "Landtagswahlkampf 2017 gewusst zu haben. Interne Dokumente deuten darauf hin."
)
FIRST = GERMAN[: GERMAN.index("Interne")]
CLAIM = "NRW-Haushalte im Landtagswahlkampf 2017 gewusst"
EDITED_FIRST = FIRST.replace("NRW-Haushalte", "reportedly-Tuesday")


def test_an_edited_edge_word_beside_kept_context_is_bounded_like_an_exact_end() -> None:
    """The first word was replaced: the old prefix still ends right where the passage
    begins, so both ends are bounded by unchanged text, as with an edit inside."""
    new = GERMAN.replace(FIRST, EDITED_FIRST)
    assert carried(GERMAN, new, CLAIM) == (
        AnchorState.CHANGED,
        GERMAN.index(CLAIM),
        CLAIM.replace("NRW-Haushalte", "reportedly-Tuesday"),
    )


def test_an_edited_edge_word_is_an_orphan_when_the_edited_sentence_is_there_twice() -> None:
    new = GERMAN.replace(FIRST, EDITED_FIRST + EDITED_FIRST)
    assert carried(GERMAN, new, CLAIM) == (AnchorState.ORPHANED, None, None)


def test_an_edited_edge_word_with_its_neighbour_edited_too_needs_the_closer_wording() -> None:
    new = GERMAN.replace(FIRST, EDITED_FIRST.replace(" an ", " für "))
    assert carried(GERMAN, new, CLAIM)[0] is AnchorState.ORPHANED


LONG = (
    "Markets were calm.\n\nOfficials at the statistics office said on Friday that "
    "unemployment was stable at 4 per cent across all regions of the country this spring."
    "\n\nExports rose.\n"
)
SENTENCE = LONG.split("\n\n")[1]
STABLE = "stable at 4 per cent"


def test_a_passage_the_diff_kept_holds_against_a_verbatim_copy_no_better_placed() -> None:
    """The copy repeats the sentence, so its context (inside the sentence) ties with the
    kept passage's: the diff's unchanged run decides, wherever the copy went."""
    for new in (LONG + "\n" + SENTENCE + "\n", SENTENCE + "\n\n" + LONG):
        assert carried(LONG, new, STABLE) == (
            AnchorState.EXACT,
            new.index(LONG) + LONG.index(STABLE),
            STABLE,
        )


def test_a_verbatim_copy_ties_when_the_old_text_held_the_sentence_twice() -> None:
    """Then a new copy may be the claim's passage moved, the kept one the other old one."""
    twice = LONG + "\n" + SENTENCE + "\n"
    assert carried(twice, twice + "\n" + SENTENCE + "\n", STABLE)[0] is AnchorState.ORPHANED


def test_a_verbatim_copy_keeping_the_old_neighbour_better_still_unseats_the_kept_one() -> None:
    old = "Intro.\n\nThe claimed line is here and it is long enough.\n\nOutro.\n"
    new = (
        "Intro.\n\nThe claimed line is here and it is long enough.\n\nOutro.\n"
        "Other.\n\nThe claimed line is here and it is long enough.\n\nOutro again.\n"
    )
    new = new.replace("Intro.\n\nThe", "A new lead.\n\nThe", 1)
    state, _, _ = carried(old, new, "The claimed line is here")
    assert state is AnchorState.ORPHANED


MINUTES = (
    "COMITÉ DE DÉMOLITION\n\nPROCÈS-VERBAL Séance publique tenue le 20 juin, à 16h00 à la "
    "salle du conseil\n\nPrésences Membres : M. Gaëtan Gagné, conseiller municipal\n"
)
HEADER = MINUTES.split("\n\n")[1] + "\n\n"


def test_an_edited_passage_beside_a_verbatim_copy_is_an_orphan() -> None:
    """ "Edited here, an unedited copy written before it" and "kept there, an edited copy
    written after it" are the same text; neighbours that both places share cannot tell."""
    new = MINUTES.replace(
        HEADER, HEADER.replace("VERBAL", "officials") + HEADER.replace(" du ", " about ")
    )
    assert carried(MINUTES, new, "à la salle du conseil") == (AnchorState.ORPHANED, None, None)
    # Far from the copy, with its neighbours kept, it is no better: see
    # test_versioning_copies.py.


NUTS = (
    "The view shows how the key fits into the slotted keyway of the insert. Note that the "
    "slot is wider than the key. This permits the slot to be narrowed.\n\nFor the sake of "
    "simplicity, only three kinds of nuts are considered.\n"
)


def test_a_lone_common_word_the_diff_kept_does_not_carry_an_end_into_another_sentence() -> None:
    """The quote's last word "the" was edited; the word diff pairs it with a "the" of an
    inserted sentence, so that run is too short to carry the end exactly."""
    new = NUTS.replace(
        "wider than the key.",
        "wider than Tuesday key. For the sake of simplicity, only three kinds of nuts "
        "are considered in this handbook: the Boots nuts, key.",
    )
    state, _, quote = carried(NUTS, new, "slot is wider than the")
    assert state is AnchorState.ORPHANED or quote == "slot is wider than Tuesday"
    diff = TextDiff("Alpha beta the gamma delta.", "Alpha zeta the omega delta.")
    assert diff.map_end(len("Alpha beta the"))[1] is False


def test_an_end_in_a_long_kept_run_is_still_exact() -> None:
    old = "The committee met on Tuesday morning. It approved the budget."
    diff = TextDiff(old, old.replace("Tuesday", "Monday"))
    assert diff.map_end(old.index(" It")) == (old.index(" It") - 1, True)


def test_a_passage_the_old_text_held_twice_is_an_orphan_once_an_edited_copy_appears() -> None:
    """The claim's copy moved and was edited, and a copy of the other old one was written
    where it stood: the diff keeps that copy at the claim's rank, and its context (the
    repeated sentence's own words) looks right. Copies share their context, so it
    cannot tell; with no edited copy about, the rank still carries the claim."""
    note = "see the letters he wrote in berlin, by his widow."
    first = f"He wrote much. endnote: {note} He travelled.\n\n"
    old = (
        f"{first}He lived in berlin for years. {note}  This is valuable by reason of the "
        "letters.\n\nPublications\nA letter to the church.\n"
    )
    quote = "the letters he wrote in berlin, by his widow"
    claim = old.rindex(quote)
    selector = select(old, claim, claim + len(quote))
    (kept,) = carry_all(old, "New lead.\n\n" + old, [selector])
    assert kept.state is AnchorState.EXACT
    new = (
        f"{first}He lived in berlin for years. endnote: {note} This is valuable by reason "
        "of the letters.\n\nPublications\nA letter to the church. "
        + note.replace("by his", "Tuesday his")
        + "  Der gottesdienst.\n"
    )
    (result,) = carry_all(old, new, [selector])
    assert result.state is AnchorState.ORPHANED


ISBNS = (
    "Editions\n\n isbn 0-449-23949-7 (mass market paperback, 1970)\n"
    " isbn 0-345-31482-4 (hardcover, 1983)\n isbn 0-553-29438-5 (mass market paperback, 1991)\n"
    " isbn 1-4014-0039-6 (e-book, 2001)\n\nAdaptations\n\nA film was planned in 1978.\n"
)
PAPERBACK = "0-553-29438-5 (mass market paperback"


def test_a_claimed_list_line_edited_in_place_is_changed() -> None:
    new = ISBNS.replace("0-553-29438-5", "0-553-29438-9")
    assert carried(ISBNS, new, PAPERBACK) == (
        AnchorState.CHANGED,
        ISBNS.index(PAPERBACK),
        "0-553-29438-9 (mass market paperback",
    )


def test_an_edited_copy_of_another_list_line_in_the_claims_place_is_an_orphan() -> None:
    """The claimed line moved to the end; an edited copy of the first line took its place.
    The diff pairs the two, but that wording is closer to the first line than to the quote."""
    line = " isbn 0-553-29438-5 (mass market paperback, 1991)\n"
    copy = " isbn nearly-449-23949-7 (mass market paperback, 1970)\n"
    new = (
        ISBNS.replace(line, copy) + "\nisbn 0-553-29438-5 (mass market paperback, 1991) is rare.\n"
    )
    state, at, _ = carried(ISBNS, new, PAPERBACK)
    assert state is AnchorState.ORPHANED or at == new.rindex(PAPERBACK)


TSAI = (
    "Tsai Ing-wen faced long odds. Her party had suffered a humiliating defeat in the local "
    "elections, losing control of around half of the municipalities and counties it held "
    "previously. The result was widely read as a vote of no confidence.\n\nA year ago, she "
    "had to fight off rivals.\n"
)
DEFEAT = TSAI[TSAI.index("Her party") : TSAI.index("The result")]


def test_a_sentence_edited_in_place_is_changed_when_no_copy_of_it_is_about() -> None:
    new = TSAI.replace(DEFEAT, DEFEAT.replace("humiliating", "crushing"))
    quote = "suffered a humiliating defeat in the local elections"
    assert carried(TSAI, new, quote) == (
        AnchorState.CHANGED,
        TSAI.index(quote),
        "suffered a crushing defeat in the local elections",
    )


def test_two_edited_copies_of_a_claimed_sentence_are_an_orphan() -> None:
    """ "This one is the claim's, edited, and that an edited copy" reads the same as the
    other way round, whatever the context says."""
    quote = "suffered a humiliating defeat in the local elections"
    new = TSAI.replace(DEFEAT, DEFEAT.replace("humiliating", "crushing")).replace(
        "A year ago,", DEFEAT.replace("local", "regional") + "A year ago,"
    )
    assert carried(TSAI, new, quote) == (AnchorState.ORPHANED, None, None)


def test_an_edited_copy_with_no_fragment_of_the_quote_left_is_seen_by_its_frame() -> None:
    quote = "of the municipalities and"
    new = TSAI.replace(DEFEAT, DEFEAT.replace("municipalities and", "municipalities officials"))
    new = new.replace("A year ago,", DEFEAT.replace("municipalities", "several") + "A year ago,")
    assert carried(TSAI, new, quote) == (AnchorState.ORPHANED, None, None)


NOAA = (
    "Last October, this same NOAA released its U.S. Winter Outlook. Researchers predicted "
    "that through February 2023, California will still have to contend with the drought and "
    "won't see much precipitation. Wrong.\n\nScientists can't predict hurricanes a year out.\n"
)
PREDICTED = "Researchers predicted that through February 2023, California will still have"


def test_a_border_does_not_take_in_a_sentence_inserted_before_an_edited_edge_word() -> None:
    """The old prefix still ends right before the inserted lines: bounding the start there
    would swallow them, so the edited passage must keep the quote's length and lines."""
    new = NOAA.replace(
        "Outlook. Researchers predicted that through",
        "Outlook. We don't need any more lost jobs.\n\nJon Smith\n\nseveral predicted that nearly",
    )
    state, at, quote = carried(NOAA, new, PREDICTED)
    assert state is AnchorState.ORPHANED or (at, quote) == (
        new.index("several predicted"),
        PREDICTED.replace("Researchers", "several").replace("through", "nearly"),
    )


def test_a_sentence_inserted_after_the_quote_ending_in_its_last_word_stays_outside() -> None:
    """The word diff pairs the quote's last word with the inserted sentence's (the text
    after it is the longer run); the quote still reads verbatim from its kept start."""
    old = (
        "After finishing the college in Osnabrück, he moved to Berlin to study theology. He "
        "soon combined philosophical and philological studies and was interested in art and "
        "modern literature, and he made friends with many of the scholars and artists of the "
        "city in those years.\n\nIn 1831, he acquired a licentiate of theology.\n"
    )
    quote = "the college in Osnabrück, he moved to Berlin to study theology"
    new = old.replace(
        "theology. He soon", "theology. In 1831, he acquired a licentiate of theology. He soon"
    )
    assert carried(old, new, quote) == (AnchorState.MOVED, old.index(quote), quote)


def test_an_edited_last_word_the_quote_holds_twice_does_not_end_a_searched_passage() -> None:
    """The sentence moved and its last claimed word was edited: "die" still ends the quote
    a word early, but the old neighbour (" AfD später") borders the true end."""
    sentence = "Auch die Namen, die die AfD später nachreichte, sind zweifelhaft."
    old = (
        f"Die Spenden dienten dazu, die wahren Spender zu verschleiern. {sentence}\n\nStuft "
        "die Verwaltung das Blatt als Wahlkampfhilfe ein, droht eine Strafe.\n\nKeith und "
        "Keuter behaupten, nichts gewusst zu haben.\n"
    )
    moved = sentence.replace("die die", "die officials")
    new = old.replace(sentence, "Neu.").replace("haben.", f"haben. {moved}")
    state, at, quote = carried(old, new, "Auch die Namen, die die")
    assert state is AnchorState.ORPHANED or (at, quote) == (
        new.index(moved),
        "Auch die Namen, die officials",
    )


def test_one_kept_word_an_edit_wrote_again_beside_its_place_does_not_carry_an_end() -> None:
    """ "several of" became "officials several": the diff keeps "several", now a word
    later, and would start the quote there; the old prefix borders the true start."""
    old = (
        "They tell a larger story of the history of robotics.\n\nseveral of the stories "
        "feature the character of dr. susan calvin, chief robopsychologist at u.s. robots "
        "and mechanical men, the major manufacturer of robots.\n"
    )
    new = old.replace("several of the stories", "officials several the stories")
    state, at, _ = carried(old, new, "several of the stories feature")
    assert state is AnchorState.ORPHANED or at == old.index("several")


def test_an_edge_word_the_quote_holds_twice_does_not_end_a_searched_passage() -> None:
    old = (
        "Numbers were changed. for calling delhi, you would dial 011-xxxx xxxx). for "
        "international calls, you would dial 00.\n\nRadios: 116 million.\n\nTelevision: 562.\n"
    )
    sentence = old[old.index("for calling") : old.index("\n\n")]
    moved = "for calling delhi, you would dial 011-xxxx reportedly). television stations."
    new = old.replace(sentence, "Gone.").replace("million.", f"million.\n\n{moved}")
    state, at, quote = carried(old, new, "would dial 011-xxxx xxxx")
    assert state is AnchorState.ORPHANED or (at, quote) == (
        new.index("would dial 011-xxxx reportedly"),
        "would dial 011-xxxx reportedly",
    )


def test_an_edit_of_one_of_identical_passages_is_an_orphan() -> None:
    """Filler repeated word for word ("Lorem ipsum"): the diff pairs identical copies as it
    likes, so an edited copy cannot be told to be the claim's, and an unedited one is
    known only by a rank that moving one copy past another would not change."""
    page = "Stet clita kasd gubergren, no sea takimata sanctus est.\n\n"
    old = page * 3
    claim = old.index("kasd gubergren", len(page))
    selector = select(old, claim, claim + len("kasd gubergren, no sea"))
    (kept,) = carry_all(old, "Head.\n\n" + old, [selector])
    assert kept.state is AnchorState.ORPHANED
    (edited,) = carry_all(old, page + page.replace("no sea", "officials sea") + page, [selector])
    assert edited.state is AnchorState.ORPHANED


FILLER = (
    "Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod. "
    "At vero eos et accusam et justo duo dolores et ea rebum. "
    "Stet clita kasd gubergren, no sea takimata sanctus est. "
)
FILLER_CLAIM = "consetetur sadipscing elitr, sed diam"


def test_a_passage_repeated_with_its_neighbours_is_an_orphan_rather_than_taken_by_rank() -> None:
    """Three copies of a filler paragraph: moving one past another changes no letter, so
    the copy the diff pairs by rank may not be the claim's."""
    old = "Intro.\n\n" + FILLER * 3 + "\n\nDuis autem vel eum iriure dolor in hendrerit."
    new = old.replace(
        "in hendrerit.", "in hendrerit. An update added that officials were consulted."
    )
    second = old.index(FILLER_CLAIM, old.index(FILLER_CLAIM) + 1)
    (result,) = carry_all(old, new, [select(old, second, second + len(FILLER_CLAIM))])
    assert result.state is AnchorState.ORPHANED


def test_a_repeated_passage_among_different_neighbours_is_carried_to_its_copy() -> None:
    """Each copy of the sentence stands among other text: the copies can be paired."""
    old = (
        "The council met on Monday to discuss the budget for the coming year in detail. "
        + FILLER
        + "Residents asked about the new bridge, which has been delayed by two winters now. "
        + FILLER
        + "The mayor promised an answer before the summer recess, as she did last year."
    )
    new = "A correction was appended to this story. " + old
    second = old.index(FILLER_CLAIM, old.index(FILLER_CLAIM) + 1)
    (result,) = carry_all(old, new, [select(old, second, second + len(FILLER_CLAIM))])
    assert result.selector is not None
    assert result.state is AnchorState.EXACT
    assert result.selector.start == second + len("A correction was appended to this story. ")


RHODIUM = (
    "Perhaps surprisingly, total emissions fell 2 percent compared with the year before, "
    "according to the Rhodium Group, a research firm that frequently crunches climate numbers. "
)
RHODIUM_CLAIM = "the Rhodium Group, a research"
OPENING = "The country now burns less coal than at any time since the nineteen-seventies. "
CLOSING = "But in the other three quarters of the economy, emissions remain stubbornly flat. "
ASIDE = "The same cannot be said of gas-powered cars and gas furnaces, for the moment. "


def test_an_edited_copy_in_the_lost_passages_frame_is_an_orphan_however_close() -> None:
    """The claimed sentence moved and lost three of five words; a copy of it that lost only
    one was inserted too: both stand in the old frame, so neither is taken."""
    old = "\n".join((OPENING, RHODIUM, CLOSING, ASIDE))
    own = RHODIUM.replace("Rhodium Group, a research", "nearly about, a Tuesday").replace(
        "firm that", "firm nearly"
    )
    copy = RHODIUM.replace("a research", "nearly research")
    new = "\n".join((OPENING, CLOSING, own, ASIDE, copy))
    assert carried(old, new, RHODIUM_CLAIM)[0] is AnchorState.ORPHANED


def test_a_lost_passage_edited_and_moved_with_no_copy_in_its_frame_is_changed() -> None:
    old = "\n".join((OPENING, RHODIUM, CLOSING, ASIDE))
    moved = RHODIUM.replace("a research", "nearly research")
    new = "\n".join((OPENING, CLOSING, ASIDE, moved))
    state, start, quote = carried(old, new, RHODIUM_CLAIM)
    assert (state, quote) == (AnchorState.CHANGED, "the Rhodium Group, nearly research")
    assert start == new.index("the Rhodium Group, nearly")


BLANKS = (
    "How is it governed?\n- \\_\\_\\_\\_\\_\\_\\_ at the national (federal) level\n"
    "- \\_\\_\\_\\_\\_\\_\\_ at the regional (district) level\n"
    "- \\_\\_\\_\\_\\_\\_\\_ at the local (municipal) level\n"
)


def test_an_edited_passage_beginning_inside_a_row_of_blanks_is_an_orphan() -> None:
    """The diff may pair a row of blanks a period off: a start inside it is a guess."""
    line = "\\_\\_\\_\\_\\_\\_\\_ at the regional"
    at = BLANKS.index(line) + 3
    selector = select(BLANKS, at, BLANKS.index(" (district"))
    edited = line.replace("\\_\\_\\_\\_\\_\\_\\_", "\\_\\_\\reportedly\\_\\_\\_\\_", 1)
    (result,) = carry_all(BLANKS, BLANKS.replace(line, edited), [selector])
    assert result.state is AnchorState.ORPHANED


def test_a_passage_beginning_with_the_blanks_row_is_carried_through_edits_elsewhere() -> None:
    line = "\\_\\_\\_\\_\\_\\_\\_ at the regional"
    at = BLANKS.index(line)
    selector = select(BLANKS, at, BLANKS.index(" (district"))
    new = BLANKS.replace("How is it governed?", "How is the country governed?")
    (result,) = carry_all(BLANKS, new, [selector])
    assert result.selector is not None and result.selector.quote == line


WORKS = (
    "Essays upon several subjects in law (1732)\n"
    "Essays on the principles of morality and natural religion (1751)\n"
)


def test_an_old_neighbour_word_ends_a_passage_only_whole() -> None:
    """The claim's year was replaced and the next line's "(1745)" follows: the old
    neighbour "essay" must not be read in "essays" to end the passage after 1745."""
    old = "Works:\n" + WORKS.replace("Essays on the", "Essay upon several subjects concerning")
    quote = "upon several subjects in law (1732"
    new = "Works:\n" + WORKS.replace("(1732)\n", "(several)\n1745)\n")
    assert carried(old, new, quote)[0] is AnchorState.ORPHANED
