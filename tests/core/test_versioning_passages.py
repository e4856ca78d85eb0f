"""The changes between two versions as a reader marks them (``workbench diff``, What changed)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.versioning import TextDiff, passages


def _marked(old: str, new: str) -> list[tuple[str, str, str]]:
    return [(c.kind, c.old_text, c.new_text) for c in passages(TextDiff(old, new))]


def _rebuilt(old: str, new: str) -> str:
    """The new text made from the old one and the passages: they must say all that changed."""
    out, at = [], 0
    for change in passages(TextDiff(old, new)):
        assert old[change.old_start : change.old_end] == change.old_text
        assert new[change.new_start : change.new_end] == change.new_text
        assert change.old_start >= at  # in reading order, never overlapping
        out += [old[at : change.old_start], change.new_text]
        at = change.old_end
    return "".join([*out, old[at:]])


def test_a_deleted_sentence_is_that_sentence_not_the_stop_and_spaces_around_it() -> None:
    old = "Lavrov disagreed on Ukraine. The two spoke again on Monday.\n\nThe call was productive."
    new = "Lavrov disagreed on Ukraine.\n\nThe call was productive."
    assert _marked(old, new) == [("delete", " The two spoke again on Monday.", "")]
    last = "Inflation fell in March. Unemployment was stable.\n"
    assert _marked(last, "Inflation fell in March.\n") == [
        ("delete", " Unemployment was stable.", "")
    ]


def test_an_edited_word_is_marked_whole_and_alone() -> None:
    old = "Rubio is unlikely to recommend it."
    assert _marked(old, "Rubio is unknown to recommend it.") == [("replace", "unlikely", "unknown")]
    assert _marked(old, "Rubio is not expected to recommend it.") == [
        ("replace", "unlikely", "not expected")
    ]


def test_an_inserted_paragraph_keeps_its_line_breaks_at_its_edges() -> None:
    old = "First paragraph.\n\nSecond paragraph.\n"
    new = "First paragraph.\n\nCorrection: a name was wrong.\n\nSecond paragraph.\n"
    ((kind, gone, added),) = _marked(old, new)
    assert (kind, gone) == ("insert", "")
    assert added.strip() == "Correction: a name was wrong."


def test_scripts_without_spaces_and_right_to_left_text_are_marked_whole() -> None:
    assert _marked("今天天气很好。我们去公园。", "今天天气很好。") == [
        ("delete", "我们去公园。", "")
    ]
    old = "قال الوزير إن التضخم انخفض. وبقيت البطالة مستقرة."
    assert _marked(old, "قال الوزير إن التضخم ارتفع. وبقيت البطالة مستقرة.") == [
        ("replace", "انخفض", "ارتفع")
    ]
    assert _rebuilt("Ship 🚢 sailed. 👍", "Ship 🚢 sank. 👍") == "Ship 🚢 sank. 👍"


def test_nothing_changed_and_everything_changed() -> None:
    assert _marked("Same text.", "Same text.") == []
    assert _marked("", "All new.") == [("insert", "", "All new.")]
    assert _marked("All gone.", "") == [("delete", "All gone.", "")]


_WORDS = st.sampled_from(["the ", "a", " ", ".", "\n", "\n\n", "said ", "é", "🚢", "中", "ا"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=30), st.lists(_WORDS, max_size=30))
def test_the_passages_always_rebuild_the_new_text(old: list[str], new: list[str]) -> None:
    """However the passages are trimmed and slid, they still say exactly what changed."""
    assert _rebuilt("".join(old), "".join(new)) == "".join(new)
