"""The DOCX review report (python-docx), for editors who keep working in Word or Google Docs.

It uses Word's own styles (Title, Heading 1/2, Quote, grid tables), so the
navigation pane, a table of contents and restyling all work. The order is the editor's
(see :mod:`~workbench.reports.content`): the verdict table first, then one section per
claim; verdicts are words with a symbol, the tint only backs them up. Hyperlinks are made
only for safe URLs (python-docx has no public call for them, hence the small XML helper).
Characters XML 1.0 forbids (control characters a PDF extractor can leave behind) are
dropped, since Word refuses a file that holds them. Those building blocks are in
:mod:`~workbench.reports.docx_parts`; this module lays out the report's sections.
"""

from __future__ import annotations

import io

import docx
from docx.document import Document as WordDocument
from docx.enum.text import WD_BREAK
from docx.shared import Pt

from workbench.core.model import ProjectSnapshot
from workbench.reports import content, transparency
from workbench.reports.docx_parts import (
    GREY,
    add_link,
    fit,
    grid_table,
    label_line,
    numbered,
    right_to_left,
    shade,
    xml_text,
)
from workbench.reports.limits import check_size

__all__ = ["add_link", "build", "render", "xml_text"]


def _summary(doc: WordDocument, report: content.ReportContent) -> None:
    line = content.reviewed_line(report, report.t("%1 of %2 claims reviewed (%3%)"))
    paragraph = doc.add_paragraph(line)
    for count in report.counts:
        if count.count:
            paragraph.add_run(" · ")
            badge = paragraph.add_run(f"{count.mark} {count.look.label}")
            badge.bold = True
            shade(badge, count.look.tint)
            paragraph.add_run(f" {count.count}")


#: Column widths (cm) of the tables, within Word's default 16.5 cm text width.
VERDICT_WIDTHS = (1.1, 5.6, 3.0, 3.2, 1.4, 2.2)
STATUS_WIDTHS = (3.5, 13.0)
SCALE_WIDTHS = (3.5, 1.7, 11.3)
REVIEW_WIDTHS = (4.0, 5.0, 3.75, 3.75)


def _verdict_table(doc: WordDocument, report: content.ReportContent) -> None:
    t = report.t
    doc.add_heading(t("Verdicts"), level=1)
    if not report.claims:
        doc.add_paragraph(t("No claims are in this report."))
        return
    headers = tuple(t(h) for h in ("No.", "Claim", "Claimant", "Verdict", "Page", "Evidence"))
    table = grid_table(doc, headers, VERDICT_WIDTHS)
    for item in report.claims:
        cells = table.add_row().cells
        fit(cells, VERDICT_WIDTHS)
        claim = _shorten(item.claim.display_summary, 220)
        if report.several_documents:
            claim += f" ({_shorten(item.document_title, 80)})"
        # A no-break space keeps the symbol with its word in a narrow column.
        verdict = item.verdict.replace(" ", "\u00a0", 1)
        verdict += f"\n{item.claim.rating}" if item.claim.rating else ""
        values = (
            str(item.number),
            claim,
            item.claim.claimant or "—",
            verdict,
            str(item.page or "—"),
            str(len(item.evidence)),
        )
        for cell, value in zip(cells, values, strict=True):
            cell.text = xml_text(value)
        cells[3].paragraphs[0].runs[0].bold = True
        shade(cells[3], item.look.tint)


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _article(doc: WordDocument, section: content.DocumentSection) -> None:
    for paragraph_segments in section.paragraphs:
        paragraph = doc.add_paragraph()
        for segment in paragraph_segments:
            run = paragraph.add_run(xml_text(segment.text))
            if segment.covering:
                shade(run, segment.covering[-1].look.tint)
                run.underline = len(segment.covering) > 1
            if segment.ending:
                marker = paragraph.add_run(",".join(str(n) for n in segment.ending))
                marker.font.superscript = True
                marker.bold = True


def _claim(doc: WordDocument, item: content.ClaimItem, several: bool, t: content.Words) -> None:
    claim = item.claim
    heading = doc.add_heading(f"{item.number}. ", level=2)
    badge = heading.add_run(item.verdict)
    shade(badge, item.look.tint)
    if claim.rating:
        heading.add_run(xml_text(f" · {t('Rating:')} {claim.rating}"))
    ctx = item.context or content.Context("", claim.quote, "")
    quote = doc.add_paragraph(style="Quote")
    quote.add_run(xml_text(ctx.before))
    said = quote.add_run(xml_text(ctx.quote))
    said.bold = True
    said.underline = True
    quote.add_run(xml_text(ctx.after))
    if claim.summary and claim.summary != claim.quote:
        label_line(doc, t("Summary"), claim.summary)
    label_line(doc, t("Claimant"), claim.claimant or "—")
    if several:
        label_line(doc, t("Article"), item.document_title)
    if item.page:
        label_line(doc, t("Page"), str(item.page))
    if claim.note:
        label_line(doc, t("Note"), claim.note)
    if item.version_note:
        label_line(doc, t("Version"), item.version_note)
    doc.add_paragraph().add_run(f"{t('Evidence')} ({len(item.evidence)})").bold = True
    for number, ev in enumerate(item.evidence, start=1):
        _evidence(doc, number, ev, t)
    who = item.changed_by or t("unknown")
    changed = f"{t('Last')} {t('changed by')} {who} {t('on')} {item.changed_at or '—'}"
    if item.reviewed_by:
        by = f"{t('Verdict')} {t('by')} {item.reviewed_by} {t('on')} {item.reviewed_at}"
        changed = f"{by} · {t('last')} {t('changed by')} {who} {t('on')} {item.changed_at or '—'}"
    line = doc.add_paragraph().add_run(xml_text(changed))
    line.font.size = Pt(8)
    line.font.color.rgb = GREY


def _evidence(doc: WordDocument, number: int, ev: content.EvidenceItem, t: content.Words) -> None:
    entry = numbered(doc, number)
    if ev.link:
        add_link(entry, ev.title, ev.link)
    else:
        entry.add_run(xml_text(ev.title)).bold = True
    entry.add_run(f" ({ev.stance})").italic = True
    accessed = t("accessed %1").replace("%1", ev.accessed) if ev.accessed else ""
    details = [d for d in (ev.publisher, accessed) if d]
    if ev.url and not ev.link:
        details.append(ev.url)
    if ev.attachment:
        details.append(f"{t('Attached file:')} {ev.attachment}")
    for text in (" · ".join(details), ev.excerpt, ev.note):
        if text:
            entry.add_run().add_break()
            entry.add_run(xml_text(text)).font.size = Pt(9)


def _document(
    doc: WordDocument, section: content.DocumentSection, full: bool, t: content.Words
) -> None:
    if full:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document = section.document
    doc.add_heading(xml_text(document.title), level=1)
    source = document.source_url or document.source
    if section.source_link:
        add_link(label_line(doc, t("Source"), ""), source, section.source_link)
    elif source:
        label_line(doc, t("Source"), source)
    for label, value in (
        (t("Publisher"), document.publisher),
        (t("Author"), document.author),
        (t("Published"), document.published),
    ):
        if value:
            label_line(doc, label, value)
    label_line(doc, t("Claims"), str(len(section.claims)))
    _article(doc, section)


def _back_matter(doc: WordDocument, report: content.ReportContent) -> None:
    t = report.t
    doc.add_heading(t("Sources"), level=1)
    doc.add_heading(t("Articles reviewed"), level=2)
    for number, section in enumerate(report.documents, start=1):
        entry = numbered(doc, number)
        document = section.document
        if section.source_link:
            add_link(entry, document.title, section.source_link)
        else:
            entry.add_run(xml_text(document.title)).bold = True
        extra = [v for v in (document.publisher, document.published) if v]
        if extra:
            entry.add_run(xml_text(" · " + " · ".join(extra)))
    doc.add_heading(f"{t('Evidence cited')} ({len(report.sources)})", level=2)
    for number, src in enumerate(report.sources, start=1):
        entry = numbered(doc, number)
        if src.link:
            add_link(entry, src.title, src.link)
        else:
            entry.add_run(xml_text(src.title)).bold = True
        publisher = f" · {src.publisher}" if src.publisher else ""
        entry.add_run(xml_text(f"{publisher} ({transparency.cited_by(src, report.t)})"))
        if src.url and not src.link:
            entry.add_run().add_break()
            entry.add_run(xml_text(src.url)).font.size = Pt(9)
        for copy in src.copies:
            entry.add_run().add_break()
            entry.add_run(xml_text(transparency.copy_line(copy, report.t))).font.size = Pt(9)
    _method(doc, report)


def _method(doc: WordDocument, report: content.ReportContent) -> None:
    """The rating scale with each label's meaning, and who set which verdicts when."""
    t = report.t
    doc.add_heading(t("How we rate"), level=1)
    table = grid_table(doc, (t("Status"), t("Meaning")), STATUS_WIDTHS)
    for count in report.counts:
        cells = table.add_row().cells
        fit(cells, STATUS_WIDTHS)
        cells[0].text = f"{count.mark} {count.look.label}"
        cells[1].text = count.meaning
        shade(cells[0], count.look.tint)
    doc.add_paragraph()
    table = grid_table(doc, (t("Rating"), t("Value"), t("Meaning")), SCALE_WIDTHS)
    for rating in report.scale:
        cells = table.add_row().cells
        fit(cells, SCALE_WIDTHS)
        for cell, value in zip(
            cells, (rating.label, str(rating.value), rating.meaning or "—"), strict=True
        ):
            cell.text = xml_text(value)
    doc.add_heading(t("Who reviewed what"), level=2)
    if not report.review_log:
        doc.add_paragraph(t("No verdicts have been recorded yet."))
        return
    headers = (t("Reviewer"), t("Verdicts on claims"), t("First"), t("Last"))
    table = grid_table(doc, headers, REVIEW_WIDTHS)
    for reviewer in report.review_log:
        cells = table.add_row().cells
        fit(cells, REVIEW_WIDTHS)
        values = (reviewer.name, reviewer.claims, reviewer.first, reviewer.last)
        for cell, value in zip(cells, values, strict=True):
            cell.text = xml_text(value)


def build(snapshot: ProjectSnapshot, options: content.ReportOptions | None = None) -> WordDocument:
    """The report as a python-docx document."""
    report = content.build(snapshot, options)
    doc = docx.Document()
    doc.styles["Table Grid"].font.size = Pt(9)  # tables read as reference: compact
    doc.core_properties.title = xml_text(report.title)
    doc.core_properties.author = xml_text(report.organisation or ", ".join(report.reviewers))
    t = report.t
    organisation = f" · {report.organisation}" if report.organisation else ""
    doc.add_paragraph(xml_text(t("Fact-check review") + organisation))
    doc.add_heading(xml_text(report.title), level=0)
    _summary(doc, report)
    label_line(doc, t("Reviewers"), ", ".join(report.reviewers) or "—")
    label_line(doc, t("Exported"), report.exported_at)
    if report.history_head:
        label_line(doc, t("Integrity"), t("History chain head") + " " + report.history_head)
    _verdict_table(doc, report)
    if report.claims:
        doc.add_heading(t("Claims"), level=1)
    for item in report.claims:
        _claim(doc, item, report.several_documents, t)
    for section in report.documents:
        if report.full_article or not section.claims:
            _document(doc, section, report.full_article, t)
    _back_matter(doc, report)
    if report.direction == "rtl":
        right_to_left(doc)
    return doc


def render(snapshot: ProjectSnapshot, options: content.ReportOptions | None = None) -> bytes:
    """The DOCX file's bytes (refused above the printed-report cap, see reports.limits)."""
    check_size(snapshot, "Word")
    out = io.BytesIO()
    build(snapshot, options).save(out)
    return out.getvalue()
