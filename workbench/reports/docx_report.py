"""The DOCX review report (python-docx), for editors who keep working in Word or Google Docs.

It uses Word's own styles (Title, Heading 1/2, List Number, Quote, a grid table of
claims), so the navigation pane, a table of contents and restyling all work. Claim spans
are shaded in their status tint with a superscript footnote number. Hyperlinks are made
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
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from workbench.core.model import ProjectSnapshot
from workbench.reports import content

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
    doc.add_heading("Summary", level=1)
    doc.add_paragraph(
        f"{report.reviewed} of {report.total} claims reviewed ({report.reviewed_percent}%)."
    )
    table = doc.add_table(rows=2, cols=len(report.counts), style="Table Grid")
    for column, count in enumerate(report.counts):
        table.cell(0, column).text = count.look.label
        table.cell(1, column).text = str(count.count)
        _shade(table.cell(0, column), count.look.tint)


def _claims_table(doc: WordDocument, report: content.ReportContent) -> None:
    doc.add_heading("Claims at a glance", level=1)
    headers = ("No.", "Quote", "Status", "Rating", "Claimant", "Evidence")
    table = doc.add_table(rows=1, cols=len(headers), style="Table Grid")
    for column, header in enumerate(headers):
        table.cell(0, column).text = header
        table.cell(0, column).paragraphs[0].runs[0].bold = True
    for item in report.claims:
        cells = table.add_row().cells
        values = (
            str(item.number),
            item.claim.quote,
            item.look.label,
            item.claim.rating,
            item.claim.claimant,
            str(len(item.evidence)),
        )
        for cell, value in zip(cells, values, strict=True):
            cell.text = xml_text(value)
        _shade(cells[2], item.look.tint)


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


def _claim(doc: WordDocument, item: content.ClaimItem) -> None:
    claim = item.claim
    heading = doc.add_heading(f"{item.number}. ", level=2)
    badge = heading.add_run(item.look.label)
    _shade(badge, item.look.tint)
    if claim.rating:
        heading.add_run(xml_text(f" · Rating: {claim.rating}"))
    doc.add_paragraph(xml_text(f"“{claim.quote}”"), style="Quote")
    if claim.summary and claim.summary != claim.quote:
        _label_line(doc, "Summary", claim.summary)
    _label_line(doc, "Claimant", claim.claimant or "—")
    _label_line(doc, "Status", item.look.label)
    _label_line(doc, "Rating", claim.rating or "—")
    if item.page:
        _label_line(doc, "Page", str(item.page))
    if claim.note:
        _label_line(doc, "Note", claim.note)
    doc.add_paragraph().add_run(f"Evidence ({len(item.evidence)})").bold = True
    for ev in item.evidence:
        entry = doc.add_paragraph(style="List Number")
        if ev.link:
            add_link(entry, ev.title, ev.link)
        else:
            entry.add_run(xml_text(ev.title)).bold = True
        entry.add_run(f" ({ev.stance})").italic = True
        details = [d for d in (ev.publisher, f"accessed {ev.accessed}" if ev.accessed else "") if d]
        if ev.url and not ev.link:
            details.append(ev.url)
        for text in (" · ".join(details), ev.excerpt, ev.note):
            if text:
                entry.add_run().add_break()
                entry.add_run(xml_text(text)).font.size = Pt(9)
    changed = doc.add_paragraph()
    line = changed.add_run(
        xml_text(f"Last changed by {item.changed_by or 'unknown'} on {item.changed_at or '—'}")
    )
    line.font.size = Pt(8)
    line.font.color.rgb = _GREY


def build(snapshot: ProjectSnapshot) -> WordDocument:
    """The report as a python-docx document."""
    report = content.build(snapshot)
    doc = docx.Document()
    doc.core_properties.title = xml_text(report.title)
    doc.core_properties.author = xml_text(report.organisation or ", ".join(report.reviewers))
    doc.add_paragraph(
        xml_text("Fact-check review" + (f" · {report.organisation}" if report.organisation else ""))
    )
    doc.add_heading(xml_text(report.title), level=0)
    _label_line(doc, "Reviewers", ", ".join(report.reviewers) or "—")
    _label_line(doc, "Exported", report.exported_at)
    _summary(doc, report)
    _claims_table(doc, report)
    for section in report.documents:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        document = section.document
        doc.add_heading(xml_text(document.title), level=1)
        source = document.source_url or document.source
        if section.source_link:
            add_link(_label_line(doc, "Source", ""), section.source_link, section.source_link)
        elif source:
            _label_line(doc, "Source", source)
        for label, value in (
            ("Publisher", document.publisher),
            ("Author", document.author),
            ("Published", document.published),
        ):
            if value:
                _label_line(doc, label, value)
        _article(doc, section)
        doc.add_heading(xml_text(f"Claims in “{document.title}”"), level=1)
        for item in section.claims:
            _claim(doc, item)
    return doc


def render(snapshot: ProjectSnapshot) -> bytes:
    """The DOCX file's bytes."""
    out = io.BytesIO()
    build(snapshot).save(out)
    return out.getvalue()
