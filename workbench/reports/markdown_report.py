"""The Markdown review report: the same content as the HTML one, readable as plain text.

Untrusted text is escaped so that a Markdown renderer shows it as written: inline markup
characters and ``<`` (raw HTML) are backslash-escaped everywhere, and characters that
start a block (``#``, ``>``, list markers) are escaped at the start of a line. Only URLs
that pass :func:`~workbench.reports.safety.safe_link` become links; the rest are shown
as escaped text. Footnote markers in the article are superscript numbers, e.g. ``⁽³⁾``.
"""

from __future__ import annotations

import re

from workbench.core.model import ProjectSnapshot
from workbench.reports import content

_INLINE = re.compile(r"([\\`*_\[\]<>&|~])")
_BLOCK_START = re.compile(r"^(\s*\d*)([#>+\-=.)])", re.MULTILINE)
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def escape(text: str) -> str:
    """``text`` with every character Markdown would act on escaped."""
    escaped = _INLINE.sub(r"\\\1", text)
    return _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)


def one_line(text: str) -> str:
    """Escaped ``text`` on one line, for table cells and headings."""
    return escape(" ".join(text.split()))


def link(label: str, url: str | None) -> str:
    """A Markdown link when ``url`` is safe (brackets and spaces percent-encoded), else text."""
    if url is None:
        return one_line(label)
    target = "".join(f"%{ord(ch):02X}" if ch in "()<> \\" else ch for ch in url)
    return f"[{one_line(label)}]({target})"


def _marker(number: int) -> str:
    return "⁽" + str(number).translate(_SUPERSCRIPT) + "⁾"


def _field(name: str, value: str) -> str:
    """A ``- **Name:** value`` line; extra lines of a value become hard line breaks."""
    lines = [escape(line) for line in value.splitlines() or [""]]
    return f"- **{name}:** " + "\\\n  ".join(lines)


def _claim(item: content.ClaimItem) -> list[str]:
    claim = item.claim
    heading = f"### {item.number}. {item.look.label}"
    if claim.rating:
        heading += f" · Rating: {one_line(claim.rating)}"
    out = [heading, "", "> “" + one_line(claim.quote) + "”", ""]
    if claim.summary and claim.summary != claim.quote:
        out.append(_field("Summary", claim.summary))
    out.append(_field("Claimant", claim.claimant or "—"))
    out.append(_field("Status", item.look.label))
    out.append(_field("Rating", claim.rating or "—"))
    if item.page:
        out.append(_field("Page", str(item.page)))
    if claim.note:
        out.append(_field("Note", claim.note))
    out += ["", f"**Evidence ({len(item.evidence)})**", ""]
    for number, ev in enumerate(item.evidence, start=1):
        details = [d for d in (ev.publisher, f"accessed {ev.accessed}" if ev.accessed else "") if d]
        line = f"{number}. {link(ev.title, ev.link)} ({ev.stance})"
        if details:
            line += " — " + one_line(" · ".join(details))
        if ev.url and not ev.link:
            line += f" — {one_line(ev.url)}"
        out.append(line)
        if ev.excerpt:
            out.append("   > " + one_line(ev.excerpt))
        if ev.note:
            out.append("   " + one_line(ev.note))
    if not item.evidence:
        out.append("No evidence recorded.")
    who = one_line(item.changed_by or "unknown")
    out += ["", f"*Last changed by {who} on {item.changed_at or '—'}*", ""]
    return out


def render_markdown(snapshot: ProjectSnapshot) -> str:
    """The report as Markdown text."""
    report = content.build(snapshot)
    out = [f"# {one_line(report.title)}", ""]
    kicker = "Fact-check review"
    if report.organisation:
        kicker += " · " + link(report.organisation, report.organisation_link)
    out += [f"*{kicker}*", ""]
    out.append(_field("Reviewers", ", ".join(report.reviewers) or "—"))
    out.append(_field("Exported", report.exported_at))
    out += ["", "## Summary", ""]
    out.append(
        f"**{report.reviewed} of {report.total}** claims reviewed ({report.reviewed_percent}%)."
    )
    out += ["", "| Status | Claims |", "| --- | ---: |"]
    out += [f"| {c.look.label} | {c.count} |" for c in report.counts]
    for section in report.documents:
        doc = section.document
        out += ["", f"## {one_line(doc.title)}", ""]
        source = doc.source_url or doc.source
        if source:
            out.append("- **Source:** " + link(source, section.source_link))
        for name, value in (
            ("Publisher", doc.publisher),
            ("Author", doc.author),
            ("Published", doc.published),
        ):
            if value:
                out.append(_field(name, value))
        out.append("")
        for paragraph in section.paragraphs:
            # Markers hold no Markdown characters, so the line is escaped as a whole.
            out.append(
                escape(
                    "".join(seg.text + "".join(_marker(n) for n in seg.ending) for seg in paragraph)
                )
            )
            out.append("")
        out += [f"## Claims in “{one_line(doc.title)}”", ""]
        for item in section.claims:
            out += _claim(item)
    return "\n".join(out).rstrip() + "\n"


def render(snapshot: ProjectSnapshot) -> bytes:
    """The Markdown report as UTF-8."""
    return render_markdown(snapshot).encode("utf-8")
