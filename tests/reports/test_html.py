"""The HTML report, read back with lxml's HTML parser."""

from __future__ import annotations

import lxml.html
import pytest

from tests.reports.conftest import FORMULA, JS_URL, SCRIPT
from tests.reports.helpers import is_safe_href, squash
from workbench.core.model import Status
from workbench.reports import html_report
from workbench.reports.content import ReportOptions


@pytest.fixture(scope="module")
def page(built):
    return lxml.html.document_fromstring(html_report.render(built.snapshot))


@pytest.fixture(scope="module")
def full_page(built):
    options = ReportOptions(full_article=True)
    return lxml.html.document_fromstring(html_report.render(built.snapshot, options))


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
        assert badge.text_content().endswith(" " + claim.status.value.capitalize())
        assert claim.status.value in section.get("class").split()
        # the verdict table's row links to the card
        assert page.xpath(f"//table[@class='verdicts']//a[@href='#claim-{number}']")


def test_the_article_is_left_out_unless_asked_for(page, full_page):
    assert page.xpath("//div[@class='article']") == []
    assert len(full_page.xpath("//div[@class='article']")) == 2
    # with the article, each footnote marker links to its claim's card
    assert full_page.xpath("//sup[@class='fn']/a[@href='#claim-1']")


def test_article_highlights_every_span_in_its_status_colour(built, full_page):
    spans = full_page.xpath("//div[@class='article']//span[contains(@class, 'hl')]")
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
