"""The HTML report, read back with lxml's HTML parser."""

from __future__ import annotations

import lxml.html
import pytest

from tests.reports.conftest import FORMULA, JS_URL, SCRIPT
from tests.reports.helpers import is_safe_href, squash
from workbench.core.model import Status
from workbench.reports import html_report


@pytest.fixture(scope="module")
def page(built):
    return lxml.html.document_fromstring(html_report.render(built.snapshot))


def test_csp_is_the_first_thing_in_head_and_forbids_scripts(page):
    first = page.head[0]
    assert first.tag == "meta"
    assert first.get("http-equiv") == "Content-Security-Policy"
    policy = first.get("content")
    assert "default-src 'none'" in policy
    assert "script-src" not in policy


def test_no_hostile_string_is_active(page):
    assert page.xpath("//script | //img | //iframe | //object | //embed | //link | //form") == []
    attributes = {name for element in page.iter() for name in element.attrib}
    assert not {a for a in attributes if a.lower().startswith("on")}
    assert page.xpath("//@src") == []
    hrefs = page.xpath("//a/@href")
    assert hrefs and all(is_safe_href(h) for h in hrefs)
    text = squash(page.text_content())
    # ...and each shows as the text it is.
    for hostile in (SCRIPT, JS_URL, FORMULA):
        assert hostile in text


def test_every_claim_has_a_section_with_quote_and_status(built, page):
    for number, claim in enumerate(built.snapshot.claims, start=1):
        (section,) = page.xpath(f"//*[@id='claim-{number}']")
        assert squash(claim.quote) in squash(section.text_content())
        (badge,) = section.xpath(".//span[contains(@class, 'badge')]")
        assert badge.text_content() == claim.status.value.capitalize()
        assert claim.status.value in section.get("class").split()
        # the footnote marker in the article links to the section
        assert page.xpath(f"//sup[@class='fn']/a[@href='#claim-{number}']")


def test_article_highlights_every_span_in_its_status_colour(built, page):
    spans = page.xpath("//div[@class='article']//span[contains(@class, 'hl')]")
    classes = {c for span in spans for c in span.get("class").split()}
    assert {s.value for s in Status} <= classes
    assert "overlap" in classes  # the nested claims 1 and 2
    for status, quotes in built.quotes.items():
        highlighted = squash(
            " ".join(s.text_content() for s in spans if status.value in s.get("class").split())
        )
        for quote in quotes:
            assert quote.split()[-1] in highlighted


def test_header_and_summary(built, page):
    text = squash(page.text_content())
    assert "Example Fact Desk" in text
    assert "Ana Núñez" in text
    assert "6 of 8 claims reviewed (75%)" in text
    assert page.xpath("//a[@href='https://www.state.gov/readout?a=1&b=2']")
    assert "Atlantic Council" in text and "2025-10-22" in text


def test_rtl_and_emoji_survive_and_rtl_paragraphs_flow_right_to_left(page):
    text = page.text_content()
    assert "🚀" in text
    assert "قالت الحكومة" in text
    assert all(p.get("dir") == "auto" for p in page.xpath("//div[@class='article']/p"))
