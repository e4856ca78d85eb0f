"""The shared report content: numbering, overlapping spans cut into segments, counts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from workbench.core.model import Claim, Status
from workbench.reports import content
from workbench.reports.content import ClaimItem


def _item(number: int, text: str, start: int, end: int) -> ClaimItem:
    claim = Claim(id=f"c{number}", document_id="d", start=start, end=end, quote=text[start:end])
    return ClaimItem(number, claim, content.LOOKS[Status.UNREVIEWED], None, (), "", "")


@st.composite
def text_and_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    text = draw(st.text(alphabet="ab\n😀ع", min_size=1, max_size=40))
    span = st.tuples(st.integers(0, len(text) - 1), st.integers(1, len(text)))
    spans = draw(st.lists(span.filter(lambda s: s[0] < s[1]), max_size=6))
    return text, sorted(spans)


@given(text_and_spans())
def test_segments_cover_the_text_in_order_with_exactly_their_claims(case):
    text, spans = case
    items = [_item(n, text, s, e) for n, (s, e) in enumerate(spans, start=1)]
    position = 0
    endings: list[int] = []
    for paragraph in content.paragraphs(text, items):
        for seg in paragraph:
            while seg.text and text[position] == "\n":
                position += 1
            assert text[position : position + len(seg.text)] == seg.text
            if seg.text:
                end = position + len(seg.text)
                inside = {
                    i.number for i in items if i.claim.start <= position and end <= i.claim.end
                }
                assert {c.number for c in seg.covering} == inside
                position = end
            endings.extend(seg.ending)
    assert text[position:].strip("\n") == ""
    assert sorted(endings) == [item.number for item in items]


def test_overlapping_spans_nest_outermost_first():
    text = "Trump said both sides had agreed to hold a meeting."
    outer = _item(1, text, 0, 50)
    inner = _item(2, text, 26, 50)
    (paragraph,) = content.paragraphs(text, [outer, inner])
    texts = [seg.text for seg in paragraph]
    assert texts == ["Trump said both sides had ", "agreed to hold a meeting", "."]
    assert [c.number for c in paragraph[1].covering] == [1, 2]
    assert paragraph[1].ending == (1, 2)
    assert paragraph[2].covering == ()


def test_counts_and_numbering_follow_reading_order(snapshot):
    report = content.build(snapshot)
    assert [item.number for item in report.claims] == list(range(1, len(snapshot.claims) + 1))
    assert [item.claim.id for item in report.claims] == [c.id for c in snapshot.claims]
    assert {c.status: c.count for c in report.counts} == {s.value: 2 for s in Status}
    assert (report.total, report.reviewed, report.reviewed_percent) == (8, 6, 75)


def test_unsafe_urls_never_become_links(snapshot):
    report = content.build(snapshot)
    links = [ev.link for item in report.claims for ev in item.evidence]
    assert "javascript:alert(document.cookie)" not in links
    assert [section.source_link for section in report.documents] == [None, None]
