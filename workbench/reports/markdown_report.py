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
from workbench.reports import content, transparency

_INLINE = re.compile(r"([\\`*_\[\]<>&|~])")
_BLOCK_START = re.compile(r"^(\s*\d*)([#>+\-=.)])", re.MULTILINE)
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def escape(text: str) -> str:
    """``text`` with every character Markdown would act on escaped."""
    escaped = _INLINE.sub(r"\\\1", text)
    return _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)


def _inline(text: str) -> str:
    """Mid-line ``text`` on one line with inline markup escaped (no block can start here)."""
    return _INLINE.sub(r"\\\1", " ".join(text.split()))


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


def _claim(item: content.ClaimItem, several: bool, t: content.Words) -> list[str]:
    claim = item.claim
    heading = f"### {item.number}. {item.verdict}"
    if claim.rating:
        heading += f" · {t('Rating:')} {one_line(claim.rating)}"
    out = [heading, ""]
    ctx = item.context or content.Context("", claim.quote, "")
    # The quote in bold within its sentence; spaces at the seams are kept, and only the
    # sentence's start can open a block, so the rest needs inline escaping alone.
    before = one_line(ctx.before) + (" " if ctx.before[-1:].isspace() else "")
    after = (" " if ctx.after[:1].isspace() else "") + _inline(ctx.after)
    out += ["> " + before + "**" + _inline(ctx.quote) + "**" + after.rstrip()]
    out.append("")
    if claim.summary and claim.summary != claim.quote:
        out.append(_field(t("Summary"), claim.summary))
    out.append(_field(t("Claimant"), claim.claimant or "—"))
    if several:
        out.append(_field(t("Article"), item.document_title))
    if item.page:
        out.append(_field(t("Page"), str(item.page)))
    if claim.note:
        out.append(_field(t("Note"), claim.note))
    if item.version_note:
        out.append(_field(t("Version"), item.version_note))
    out += ["", f"**{t('Evidence')} ({len(item.evidence)})**", ""]
    for number, ev in enumerate(item.evidence, start=1):
        out += _evidence(number, ev, t)
    if not item.evidence:
        out.append(t("No evidence recorded."))
    who = one_line(item.changed_by or t("unknown"))
    changed = f"{t('last')} {t('changed by')} {who} {t('on')} {item.changed_at or '—'}"
    if item.reviewed_by:
        by = f"{t('Verdict')} {t('by')} {one_line(item.reviewed_by)} {t('on')} {item.reviewed_at}"
        changed = f"{by} · {changed}"
    out += ["", f"*{changed[0].upper()}{changed[1:]}*", ""]
    return out


def _evidence(number: int, ev: content.EvidenceItem, t: content.Words) -> list[str]:
    accessed = t("accessed %1").replace("%1", ev.accessed) if ev.accessed else ""
    details = [d for d in (ev.publisher, accessed) if d]
    line = f"{number}. {link(ev.title, ev.link)} ({ev.stance})"
    if details:
        line += " — " + one_line(" · ".join(details))
    if ev.url and not ev.link:
        line += f" — {one_line(ev.url)}"
    if ev.attachment:
        line += f" — {t('Attached file:')} {one_line(ev.attachment)}"
    out = [line]
    if ev.excerpt:
        out.append("   > " + one_line(ev.excerpt))
    if ev.note:
        out.append("   " + one_line(ev.note))
    return out


def _cell(text: str) -> str:
    """Escaped ``text`` for a table cell: one line, pipes already escaped by :func:`escape`."""
    return one_line(text) or "—"


def _verdicts(report: content.ReportContent) -> list[str]:
    t = report.t
    headers = ("No.", "Claim", "Claimant", "Verdict", "Page", "Evidence")
    out = [
        "| " + " | ".join(t(h) for h in headers) + " |",
        "| ---: | --- | --- | --- | ---: | ---: |",
    ]
    for item in report.claims:
        claim = _cell(_shorten(item.claim.display_summary, 220))
        if report.several_documents:
            claim += " — *" + _cell(_shorten(item.document_title, 80)) + "*"
        verdict = item.verdict + (f" ({one_line(item.claim.rating)})" if item.claim.rating else "")
        out.append(
            f"| {item.number} | {claim} | {_cell(item.claim.claimant)} | {verdict} "
            f"| {item.page or '—'} | {len(item.evidence)} |"
        )
    return out


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _article(section: content.DocumentSection, t: content.Words) -> list[str]:
    doc = section.document
    out = ["", f"## {one_line(doc.title)}", ""]
    source = doc.source_url or doc.source
    if source:
        out.append(f"- **{t('Source')}:** " + link(source, section.source_link))
    for name, value in (
        (t("Publisher"), doc.publisher),
        (t("Author"), doc.author),
        (t("Published"), doc.published),
    ):
        if value:
            out.append(_field(name, value))
    out.append(_field(t("Claims"), str(len(section.claims))))
    out.append("")
    for paragraph in section.paragraphs:
        # Markers hold no Markdown characters, so the line is escaped as a whole.
        out.append(
            escape("".join(seg.text + "".join(_marker(n) for n in seg.ending) for seg in paragraph))
        )
        out.append("")
    return out


def _back_matter(report: content.ReportContent) -> list[str]:
    t = report.t
    out = ["", f"## {t('Sources')}", "", f"**{t('Articles reviewed')}**", ""]
    for number, section in enumerate(report.documents, start=1):
        doc = section.document
        line = f"{number}. {link(doc.title, section.source_link)}"
        extra = [v for v in (doc.publisher, doc.published) if v]
        if extra:
            line += " · " + one_line(" · ".join(extra))
        out.append(line)
    out += ["", f"**{t('Evidence cited')} ({len(report.sources)})**", ""]
    for number, src in enumerate(report.sources, start=1):
        line = f"{number}. {link(src.title, src.link)}"
        if src.publisher:
            line += " · " + one_line(src.publisher)
        line += f" ({transparency.cited_by(src, t)})"
        if src.url and not src.link:
            line += " — " + one_line(src.url)
        out.append(line)
        out += [f"   - {one_line(transparency.copy_line(copy, t))}" for copy in src.copies]
    out += [
        "",
        f"## {t('How we rate')}",
        "",
        f"| {t('Status')} | {t('Meaning')} |",
        "| --- | --- |",
    ]
    out += [f"| {c.mark} {c.look.label} | {c.meaning} |" for c in report.counts]
    out += ["", f"| {t('Rating')} | {t('Value')} | {t('Meaning')} |", "| --- | ---: | --- |"]
    out += [f"| {_cell(r.label)} | {r.value} | {_cell(r.meaning)} |" for r in report.scale]
    out += ["", f"**{t('Who reviewed what')}**", ""]
    if report.review_log:
        headers = ("Reviewer", "Verdicts on claims", "First", "Last")
        out += ["| " + " | ".join(t(h) for h in headers) + " |", "| --- | --- | --- | --- |"]
        out += [
            f"| {_cell(r.name)} | {r.claims} | {r.first} | {r.last} |" for r in report.review_log
        ]
    else:
        out.append(t("No verdicts have been recorded yet."))
    return out


def render_markdown(snapshot: ProjectSnapshot, options: content.ReportOptions | None = None) -> str:
    """The report as Markdown text."""
    report = content.build(snapshot, options)
    out = [f"# {one_line(report.title)}", ""]
    t = report.t
    kicker = t("Fact-check review")
    if report.organisation:
        kicker += " · " + link(report.organisation, report.organisation_link)
    out += [f"*{kicker}*", ""]
    out.append(_field(t("Reviewers"), ", ".join(report.reviewers) or "—"))
    out.append(_field(t("Exported"), report.exported_at))
    if report.history_head:
        out.append(_field(t("Integrity"), t("History chain head") + " " + report.history_head))
    out.append(
        f"- **{t('Reviewed:')}** {content.reviewed_line(report, t('%1 of %2 claims (%3%)'))}"
        + "".join(f" · {c.mark} {c.look.label}: {c.count}" for c in report.counts if c.count)
    )
    out += ["", f"## {t('Verdicts')}", ""]
    out += _verdicts(report) if report.claims else [t("No claims are in this report.")]
    if report.claims:
        out += ["", f"## {t('Claims')}", ""]
    for item in report.claims:
        out += _claim(item, report.several_documents, t)
    for section in report.documents:
        if report.full_article or not section.claims:
            out += _article(section, t)
    out += _back_matter(report)
    return "\n".join(out).rstrip() + "\n"


def render(snapshot: ProjectSnapshot, options: content.ReportOptions | None = None) -> bytes:
    """The Markdown report as UTF-8."""
    return render_markdown(snapshot, options).encode("utf-8")
