"""The DOCX review report (python-docx), for editors who keep working in Word or Google Docs.

It uses Word's own styles (Title, Heading 1/2, List Number, Quote, grid tables), so the
navigation pane, a table of contents and restyling all work. The order is the editor's
(see :mod:`~workbench.reports.content`): the verdict table first, then one section per
claim; verdicts are words with a symbol, the tint only backs them up. Hyperlinks are made
only for safe URLs (python-docx has no public call for them, hence the small XML helper).
Characters XML 1.0 forbids (control characters a PDF extractor can leave behind) are
dropped, since Word refuses a file that holds them.
"""

from __future__ import annotations

import io
import re

import docx
from docx.document import Document as WordDocument
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from workbench.core.model import ProjectSnapshot
from workbench.reports import content
from workbench.reports.limits import check_size

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_GREY = RGBColor(0x55, 0x55, 0x55)
_LINK = RGBColor(0x0B, 0x5C, 0xAD)


def xml_text(text: str) -> str:
    """``text`` without the characters an XML 1.0 document may not contain."""
    return _NOT_XML.sub("", text)


def _shade(run_or_cell: object, fill: str) -> None:
    """Give a run or a table cell a background colour (``fill`` as ``#RRGGBB``)."""
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill.lstrip("#"))
    if isinstance(run_or_cell, _Cell):
        run_or_cell._tc.get_or_add_tcPr().append(shading)
    else:
        run_or_cell._r.get_or_add_rPr().append(shading)  # type: ignore[attr-defined]


def add_link(paragraph: Paragraph, text: str, url: str) -> None:
    """Append a hyperlink run; ``url`` must already have passed ``safe_link``."""
    rel_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = paragraph.add_run(xml_text(text))
    # python-docx's default template has no "Hyperlink" style: look like one directly.
    run.font.color.rgb = _LINK
    run.font.underline = True
    link.append(run._r)
    paragraph._p.append(link)


def _label_line(doc: WordDocument, label: str, value: str) -> Paragraph:
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(1)
    name = paragraph.add_run(f"{label}: ")
    name.bold = True
    name.font.color.rgb = _GREY
    paragraph.add_run(xml_text(value))
    return paragraph


def _summary(doc: WordDocument, report: content.ReportContent) -> None:
    line = f"{report.reviewed} of {report.total} claims reviewed ({report.reviewed_percent}%)"
    paragraph = doc.add_paragraph(line)
    for count in report.counts:
        if count.count:
            paragraph.add_run(" · ")
            badge = paragraph.add_run(f"{count.mark} {count.look.label}")
            badge.bold = True
            _shade(badge, count.look.tint)
            paragraph.add_run(f" {count.count}")


def _table(doc: WordDocument, headers: tuple[str, ...]) -> Table:
    """A grid table with a bold header row."""
    table = doc.add_table(rows=1, cols=len(headers), style="Table Grid")
    for column, header in enumerate(headers):
        table.cell(0, column).text = header
        table.cell(0, column).paragraphs[0].runs[0].bold = True
    return table


def _verdict_table(doc: WordDocument, report: content.ReportContent) -> None:
    doc.add_heading("Verdicts", level=1)
    if not report.claims:
        doc.add_paragraph("No claims are in this report.")
        return
    table = _table(doc, ("No.", "Claim", "Claimant", "Verdict", "Page", "Evidence"))
    for item in report.claims:
        cells = table.add_row().cells
        claim = _shorten(item.claim.display_summary, 220)
        if report.several_documents:
            claim += f" ({_shorten(item.document_title, 80)})"
        verdict = item.verdict + (f"\n{item.claim.rating}" if item.claim.rating else "")
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
        _shade(cells[3], item.look.tint)


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _article(doc: WordDocument, section: content.DocumentSection) -> None:
    for paragraph_segments in section.paragraphs:
        paragraph = doc.add_paragraph()
        for segment in paragraph_segments:
            run = paragraph.add_run(xml_text(segment.text))
            if segment.covering:
                _shade(run, segment.covering[-1].look.tint)
                run.underline = len(segment.covering) > 1
            if segment.ending:
                marker = paragraph.add_run(",".join(str(n) for n in segment.ending))
                marker.font.superscript = True
                marker.bold = True


def _claim(doc: WordDocument, item: content.ClaimItem, several: bool) -> None:
    claim = item.claim
    heading = doc.add_heading(f"{item.number}. ", level=2)
    badge = heading.add_run(item.verdict)
    _shade(badge, item.look.tint)
    if claim.rating:
        heading.add_run(xml_text(f" · Rating: {claim.rating}"))
    ctx = item.context or content.Context("", claim.quote, "")
    quote = doc.add_paragraph(style="Quote")
    quote.add_run(xml_text(ctx.before))
    said = quote.add_run(xml_text(ctx.quote))
    said.bold = True
    said.underline = True
    quote.add_run(xml_text(ctx.after))
    if claim.summary and claim.summary != claim.quote:
        _label_line(doc, "Summary", claim.summary)
    _label_line(doc, "Claimant", claim.claimant or "—")
    if several:
        _label_line(doc, "Article", item.document_title)
    if item.page:
        _label_line(doc, "Page", str(item.page))
    if claim.note:
        _label_line(doc, "Note", claim.note)
    doc.add_paragraph().add_run(f"Evidence ({len(item.evidence)})").bold = True
    for ev in item.evidence:
        _evidence(doc, ev)
    changed = f"Last changed by {item.changed_by or 'unknown'} on {item.changed_at or '—'}"
    if item.reviewed_by:
        changed = f"Verdict by {item.reviewed_by} on {item.reviewed_at} · l" + changed[1:]
    line = doc.add_paragraph().add_run(xml_text(changed))
    line.font.size = Pt(8)
    line.font.color.rgb = _GREY


def _evidence(doc: WordDocument, ev: content.EvidenceItem) -> None:
    entry = doc.add_paragraph(style="List Number")
    if ev.link:
        add_link(entry, ev.title, ev.link)
    else:
        entry.add_run(xml_text(ev.title)).bold = True
    entry.add_run(f" ({ev.stance})").italic = True
    details = [d for d in (ev.publisher, f"accessed {ev.accessed}" if ev.accessed else "") if d]
    if ev.url and not ev.link:
        details.append(ev.url)
    if ev.attachment:
        details.append(f"attached file: {ev.attachment}")
    for text in (" · ".join(details), ev.excerpt, ev.note):
        if text:
            entry.add_run().add_break()
            entry.add_run(xml_text(text)).font.size = Pt(9)


def _document(doc: WordDocument, section: content.DocumentSection, full: bool) -> None:
    if full:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document = section.document
    doc.add_heading(xml_text(document.title), level=1)
    source = document.source_url or document.source
    if section.source_link:
        add_link(_label_line(doc, "Source", ""), source, section.source_link)
    elif source:
        _label_line(doc, "Source", source)
    for label, value in (
        ("Publisher", document.publisher),
        ("Author", document.author),
        ("Published", document.published),
    ):
        if value:
            _label_line(doc, label, value)
    _label_line(doc, "Claims", str(len(section.claims)))
    _article(doc, section)


def _back_matter(doc: WordDocument, report: content.ReportContent) -> None:
    doc.add_heading("Sources", level=1)
    doc.add_heading("Articles reviewed", level=2)
    for section in report.documents:
        entry = doc.add_paragraph(style="List Number")
        document = section.document
        if section.source_link:
            add_link(entry, document.title, section.source_link)
        else:
            entry.add_run(xml_text(document.title)).bold = True
        extra = [v for v in (document.publisher, document.published) if v]
        if extra:
            entry.add_run(xml_text(" · " + " · ".join(extra)))
    doc.add_heading(f"Evidence cited ({len(report.sources)})", level=2)
    for src in report.sources:
        entry = doc.add_paragraph(style="List Number")
        if src.link:
            add_link(entry, src.title, src.link)
        else:
            entry.add_run(xml_text(src.title)).bold = True
        cited = ", ".join(map(str, src.cited_by))
        entry.add_run(
            xml_text((f" · {src.publisher}" if src.publisher else "") + f" (claims {cited})")
        )
        if src.url and not src.link:
            entry.add_run().add_break()
            entry.add_run(xml_text(src.url)).font.size = Pt(9)
    _method(doc, report)


def _method(doc: WordDocument, report: content.ReportContent) -> None:
    """The rating scale with each label's meaning, and who set which verdicts when."""
    doc.add_heading("How we rate", level=1)
    table = _table(doc, ("Status", "Meaning"))
    for count in report.counts:
        cells = table.add_row().cells
        cells[0].text = f"{count.mark} {count.look.label}"
        cells[1].text = count.meaning
        _shade(cells[0], count.look.tint)
    doc.add_paragraph()
    table = _table(doc, ("Rating", "Value", "Meaning"))
    for rating in report.scale:
        cells = table.add_row().cells
        for cell, value in zip(
            cells, (rating.label, str(rating.value), rating.meaning or "—"), strict=True
        ):
            cell.text = xml_text(value)
    doc.add_heading("Who reviewed what", level=2)
    if not report.review_log:
        doc.add_paragraph("No verdicts have been recorded yet.")
        return
    table = _table(doc, ("Reviewer", "Verdicts on claims", "First", "Last"))
    for reviewer in report.review_log:
        cells = table.add_row().cells
        values = (reviewer.name, reviewer.claims, reviewer.first, reviewer.last)
        for cell, value in zip(cells, values, strict=True):
            cell.text = xml_text(value)


def build(snapshot: ProjectSnapshot, options: content.ReportOptions | None = None) -> WordDocument:
    """The report as a python-docx document."""
    report = content.build(snapshot, options)
    doc = docx.Document()
    doc.core_properties.title = xml_text(report.title)
    doc.core_properties.author = xml_text(report.organisation or ", ".join(report.reviewers))
    doc.add_paragraph(
        xml_text("Fact-check review" + (f" · {report.organisation}" if report.organisation else ""))
    )
    doc.add_heading(xml_text(report.title), level=0)
    _summary(doc, report)
    _label_line(doc, "Reviewers", ", ".join(report.reviewers) or "—")
    _label_line(doc, "Exported", report.exported_at)
    _verdict_table(doc, report)
    if report.claims:
        doc.add_heading("Claims", level=1)
    for item in report.claims:
        _claim(doc, item, report.several_documents)
    for section in report.documents:
        if report.full_article or not section.claims:
            _document(doc, section, report.full_article)
    _back_matter(doc, report)
    return doc


def render(snapshot: ProjectSnapshot, options: content.ReportOptions | None = None) -> bytes:
    """The DOCX file's bytes (refused above the printed-report cap, see reports.limits)."""
    check_size(snapshot, "Word")
    out = io.BytesIO()
    build(snapshot, options).save(out)
    return out.getvalue()
