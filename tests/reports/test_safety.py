"""The shared safety rules: which URLs become links, which cells are defused."""

from __future__ import annotations

import pytest

from workbench.reports.safety import neutralise_cell, safe_link


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/a?b=1&c=2",
        "http://example.org",
        "mailto:desk@example.org",
        "  HTTPS://EXAMPLE.ORG/x  ",
    ],
)
def test_web_and_mail_urls_become_links(url):
    assert safe_link(url) == url.strip()


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "file:///etc/passwd",
        "//evil.example/x",
        "https:no-host",
        "https://exa mple.org",
        "http://[::1",
        "",
    ],
)
def test_other_urls_stay_text(url):
    assert safe_link(url) is None


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("x")'])
def test_formula_starts_are_defused(cell):
    assert neutralise_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["", "Plain", "1-2", "a=b", "'quoted"])
def test_ordinary_cells_are_kept(cell):
    assert neutralise_cell(cell) == cell
