"""The Markdown report, rendered by markdown-it-py (CommonMark) and read back."""

from __future__ import annotations

import lxml.html
import pytest
from markdown_it import MarkdownIt

from tests.reports.conftest import FORMULA, JS_URL, SCRIPT
from tests.reports.helpers import is_safe_href, squash
from workbench.reports import markdown_report
from workbench.reports.content import STATUS_MARKS, ReportOptions


@pytest.fixture(scope="module")
def source(built):
    return markdown_report.render(built.snapshot).decode("utf-8")


@pytest.fixture(scope="module")
def rendered(source):
    html = MarkdownIt("commonmark", {"html": True, "linkify": False}).enable("table").render(source)
    return lxml.html.fragment_fromstring(html, create_parent="div")


def test_hostile_strings_render_as_text(rendered):
    assert rendered.xpath("//script | //img | //b") == []
    assert all(is_safe_href(h) for h in rendered.xpath("//a/@href"))
    text = squash(rendered.text_content())
    assert SCRIPT in text and JS_URL in text and FORMULA in text


def test_every_quote_and_status_is_there(built, rendered):
    text = squash(rendered.text_content())
    headings = [squash(h.text_content()) for h in rendered.xpath("//h3")]
    for number, claim in enumerate(built.snapshot.claims, start=1):
        assert squash(claim.quote) in text
        verdict = f"{number}. {STATUS_MARKS[claim.status]} {claim.status.value.capitalize()}"
        assert headings[number - 1].startswith(verdict)


def test_structure_and_links(built, rendered):
    assert squash(rendered.xpath("//h1")[0].text_content()) == built.snapshot.settings.title
    assert rendered.xpath("//a[@href='https://www.state.gov/readout?a=1&b=2']")
    (verdicts,) = [t for t in rendered.xpath("//table") if "Claimant" in t.text_content()]
    numbers = [row.xpath("td")[0].text_content() for row in verdicts.xpath(".//tbody/tr")]
    assert numbers == [str(n) for n in range(1, 9)]


def test_plain_text_reads_without_markup_noise(built):
    options = ReportOptions(full_article=True)
    source = markdown_report.render(built.snapshot, options).decode("utf-8")
    # claim 2 lies inside claim 1: each gets its marker where it ends
    assert "Trump said both sides had agreed to hold a meeting⁽²⁾ between top advisors⁽¹⁾" in source


@pytest.mark.parametrize(
    "text",
    [
        "# not a heading",
        "> not a quote",
        "- not a list",
        "1. not a list",
        "*a* _b_ `c`",
        "[x](javascript:alert(1))",
        "<b>x</b>",
        "a | b",
        "&amp;",
    ],
)
def test_escape_round_trips_through_a_renderer(text):
    html = MarkdownIt("commonmark").render(markdown_report.escape(text))
    fragment = lxml.html.fragment_fromstring(html, create_parent="div")
    assert [e.tag for e in fragment.iter()] == ["div", "p"]
    assert fragment.text_content().strip() == text
