"""The HTML review report: one self-contained file that opens offline and prints well.

Jinja2 renders it with autoescaping on (``Environment()`` alone does not escape), every
attribute value is quoted, and only URLs that pass :func:`~workbench.reports.safety.safe_link`
become ``href`` values. The page carries a Content-Security-Policy that forbids scripts and
every network fetch, so even a string that got past escaping could not run or call home.
"""

from __future__ import annotations

import functools
import unicodedata
from functools import cache

import jinja2

from workbench.core.model import ProjectSnapshot
from workbench.core.palette import LOOKS
from workbench.reports import content, transparency
from workbench.reports.content import ReportOptions
from workbench.reports.resources import templates_dir


@cache
def environment() -> jinja2.Environment:
    """The report templates' environment: autoescape always, undefined names are errors."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir()),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(
    snapshot: ProjectSnapshot, options: ReportOptions | None = None, *, qt: bool = False
) -> str:
    """The report as an HTML string; ``qt`` leaves out what Qt's text document cannot draw."""
    template = environment().get_template("report.html.j2")
    report = content.build(snapshot, options)

    def auto(text: str) -> str:
        # Browsers read dir="auto"; Qt's text document (the PDF) does not, so there each
        # block is given the direction of its first strong letter.
        return text_direction(text, report.direction) if qt else "auto"

    return template.render(
        auto=auto,
        report=report,
        t=report.t,
        reviewed_line=content.reviewed_line,
        qt=qt,
        looks=LOOKS,
        cited_by=functools.partial(transparency.cited_by, t=report.t),
    )


def text_direction(text: str, default: str) -> str:
    """``rtl`` or ``ltr`` from the first letter with a strong direction (Unicode's rule
    for a paragraph), else ``default``."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return default


def render(snapshot: ProjectSnapshot, options: ReportOptions | None = None) -> bytes:
    """The report as UTF-8 bytes, ready to write to a ``.html`` file."""
    return render_html(snapshot, options).encode("utf-8")
