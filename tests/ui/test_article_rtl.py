"""Right-to-left articles: each paragraph takes its own direction, claims keep code points.

The article mixes Arabic with numbers, a Latin name and emoji (whose UTF-16 lengths differ
from their code points), and an English paragraph; the window is English, then Arabic.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor

from tests.ui.keys import claim_selection
from tests.ui.test_window_spans import ALT, drag, stored_row
from workbench.ui import language
from workbench.ui.highlighter import span_pieces

ARTICLE = (
    "ميزانية القمة\n"
    "قال الوزير إن 45% من ميزانية 2026 ذهبت إلى قمة Budapest 🚀 في الربيع.\n"
    "The minister said 45% of the 2026 budget went to the summit.\n"
    "أعلنت الحكومة 🇺🇦 عن 3 مشاريع جديدة 👨‍👩‍👧 اليوم.\n"
)


def pasted(window):
    QGuiApplication.clipboard().setText(ARTICLE)
    window.actions_.paste.trigger()
    assert window.review.document is not None
    return window


def directions(window) -> list[Qt.LayoutDirection]:
    block = window.article.text.document().begin()
    found = []
    while block.isValid():
        if block.text():
            found.append(block.textDirection())
        block = block.next()
    return found


RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def test_each_paragraph_reads_in_its_own_direction(make_window, qapp):
    window = pasted(make_window())
    assert directions(window) == [RTL, RTL, LTR, RTL]
    try:
        language.install(qapp, "ar")
        mirrored = pasted(make_window())
        assert mirrored.layoutDirection() == RTL
        assert directions(mirrored) == [RTL, RTL, LTR, RTL]  # English stays left to right
    finally:
        language.install(qapp, "en")


def test_a_selection_in_right_to_left_text_stores_code_points(qtbot, window):
    pasted(window)
    text = window.article._text
    start, end = text.index("45%"), text.index("🚀") + 1
    offsets = window.article.offsets
    cursor = QTextCursor(window.article.text.document())
    cursor.setPosition(offsets.to_utf16(start))
    cursor.setPosition(offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
    window.article.text.setTextCursor(cursor)
    claim_id = claim_selection(qtbot, window)
    stored_start, stored_end, quote, _prefix, _suffix = stored_row(window, claim_id)
    assert (stored_start, stored_end) == (start, end)
    assert quote == "45% من ميزانية 2026 ذهبت إلى قمة Budapest 🚀"
    assert offsets.to_utf16(end) - offsets.to_utf16(start) == end - start + 1  # the rocket


def test_a_drag_across_emoji_in_right_to_left_text(qtbot, window):
    pasted(window)
    text = window.article._text
    start, end = text.index("3 مشاريع"), text.index("اليوم")
    drag(qtbot, window, start, end, ALT)
    stored_start, stored_end, quote, _prefix, _suffix = stored_row(
        window, claim_selection(qtbot, window)
    )
    assert text[stored_start:stored_end] == quote
    assert quote.startswith("3 مشاريع") and "👨\u200d👩\u200d👧" in quote


def test_a_highlight_in_mixed_direction_text_is_painted_where_its_letters_are(window):
    pasted(window)
    text = window.article._text
    document = window.article.text.document()
    offsets = window.article.offsets
    block = document.findBlock(offsets.to_utf16(text.index("2026")))
    start = offsets.to_utf16(text.index("2026")) - block.position()
    end = offsets.to_utf16(text.index("قمة Budapest")) - block.position()  # a number, then Arabic
    document.documentLayout().blockBoundingRect(block)  # laid out as painting would
    pieces = span_pieces(block.layout(), start, end, 0.0)
    assert len(pieces) >= 2  # the number and the Arabic words sit apart on the line
    line = block.layout().lineAt(0)
    for rect, baseline in pieces:
        assert rect.width() > 0
        assert line.x() <= rect.left() and rect.right() <= line.x() + line.width() + 1
        assert rect.top() <= baseline <= rect.bottom()
    # Left to right, one piece spans the range from its start's x to its end's x.
    english = document.findBlock(offsets.to_utf16(text.index("The minister")))
    document.documentLayout().blockBoundingRect(english)
    ((rect, _baseline),) = span_pieces(english.layout(), 4, 12, 0.0)
    line = english.layout().lineAt(0)
    assert (rect.left(), rect.right()) == (line.cursorToX(4)[0], line.cursorToX(12)[0])
