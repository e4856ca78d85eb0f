"""The window's parts on their own: offsets, span index, claims model (qtmodeltester)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from workbench.core.model import Claim, Status
from workbench.ui.claims_model import ClaimsTableModel, Column
from workbench.ui.highlighter import LONG_SPAN, SpanIndex
from workbench.ui.offsets import OffsetMap


@given(st.text(alphabet=st.sampled_from("ab é😀𝒳\n"), max_size=40))
def test_offsets_round_trip_against_python_utf16(text):
    offsets = OffsetMap(text)
    for cp in range(len(text) + 1):
        units = len(text[:cp].encode("utf-16-le")) // 2
        assert offsets.to_utf16(cp) == units
        assert offsets.to_code_point(units) == cp


def claim(n: int, start: int, end: int, status: Status = Status.UNREVIEWED, **extra) -> Claim:
    return Claim(
        id=f"c{n}",
        document_id="d",
        start=start,
        end=end,
        quote="x" * (end - start),
        status=status,
        **extra,
    )


def test_span_index_finds_overlaps_and_long_spans():
    index = SpanIndex(OffsetMap("x" * 20_000))
    index.reset([claim(1, 0, 10), claim(2, 5, 16), claim(3, 100, 100 + LONG_SPAN + 50)])
    assert [s.claim_id for s in index.at(7)] == ["c1", "c2"]
    assert [s.claim_id for s in index.at(3000)] == ["c3"]
    index.add(claim(4, 6, 8))
    assert index.at(7)[0].claim_id == "c4"  # innermost first
    index.remove("c1")
    assert [s.claim_id for s in index.between(0, 20)] == ["c2", "c4"]


def test_claims_model_passes_qt_model_tester(qtmodeltester):
    model = ClaimsTableModel()
    model.set_claims(
        [
            claim(1, 0, 5, Status.DISPUTED, claimant="Peskov"),
            claim(2, 6, 9, Status.VERIFIED, claimant="Rubio"),
            claim(3, 10, 20),
        ],
        {"c2": 2},
    )
    qtmodeltester.check(model)
    model.sort(Column.CLAIMANT, Qt.SortOrder.DescendingOrder)
    assert [model.claim_at(r).id for r in range(3)] == ["c2", "c1", "c3"]
    model.set_filter(frozenset({Status.VERIFIED, Status.DISPUTED}), "")
    assert model.rowCount() == 2
    model.put_claim(claim(2, 6, 9, Status.UNREVIEWED))
    assert model.row_of("c2") is None
    qtmodeltester.check(model)


def test_pdf_page_starts_are_marked_in_the_article(qtbot):
    """A paged document shows where each page begins, so a claim can be cited as "p. 3"."""
    from workbench.core.model import Document
    from workbench.ui.article_view import ArticleView

    pages = ["First page text. " * 3, "😀 Second page, after an emoji. " * 3, "Third page. " * 3]
    text = "\n\n".join(pages)
    starts = (0, text.index("😀"), text.index("Third"))
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    view.show_document(
        Document(id="d", title="Paged", text=text, format="pdf", page_starts=starts), []
    )
    qtbot.waitExposed(view)
    markers = view.text.visible_page_markers()
    assert [number for number, _y in markers] == [1, 2, 3]
    assert markers[0][1] < markers[1][1] < markers[2][1]
    # The second page starts after a blank line, at the emoji (UTF-16 position = code point here).
    assert view.text.page_starts == [view.offsets.to_utf16(s) for s in starts]
