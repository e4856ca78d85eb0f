"""The sentence around a claim, in any script: what a claim card shows as context."""

from __future__ import annotations

import pytest

from workbench.reports.sentences import ELLIPSIS, MAX_SIDE, context

TEXT = (
    "Headline without a full stop\n"
    "The U.S. State Dept. said so on Monday. Trump said both sides had agreed to meet. "
    "Then more!\n"
    "他说了。我们同意了会议。后来呢？\n"
    "قال الوزير شيئا. قالت الحكومة إن الأسعار ارتفعت؟ نعم.\n"
    "राष्ट्रपति ने कहा। कीमतें बढ़ीं। अंत।\n"
)


@pytest.mark.parametrize(
    ("quote", "before", "after"),
    [
        ("agreed to meet", "Trump said both sides had ", "."),
        ("State Dept", "The U.S. ", ". said so on Monday."),  # abbreviations end nothing
        ("我们同意", "", "了会议。"),  # CJK: no space after the full stop
        ("الأسعار ارتفعت", "قالت الحكومة إن ", "؟"),  # Arabic question mark
        ("कीमतें", "", " बढ़ीं।"),  # Devanagari danda
        ("without", "Headline ", " a full stop"),  # a line break ends a sentence
    ],
)
def test_the_sentence_holding_the_quote(quote, before, after):
    start = TEXT.index(quote)
    found = context(TEXT, start, start + len(quote))
    assert (found.before, found.quote, found.after) == (before, quote, after)


def test_a_sentence_without_end_is_trimmed_at_words():
    words = " ".join(f"word{n}" for n in range(400))
    start = words.index("word200")
    found = context(words, start, start + len("word200"))
    assert found.before.startswith(ELLIPSIS) and found.after.endswith(ELLIPSIS)
    assert len(found.before) <= MAX_SIDE + 1 and len(found.after) <= MAX_SIDE + 1
    assert found.before[1:].startswith("word")  # cut between words, not inside one
