"""Word building blocks for the DOCX report: what python-docx lacks or spreads out.

XML-safe text, shaded runs and cells, hyperlinks (python-docx has no public call for
them), a label line, fixed-width grid tables, hand-numbered paragraphs and a right-to-left
layout. The report's sections, in :mod:`~workbench.reports.docx_report`, are made of these.
"""

from __future__ import annotations

import re

from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
GREY = RGBColor(0x55, 0x55, 0x55)
LINK = RGBColor(0x0B, 0x5C, 0xAD)


def xml_text(text: str) -> str:
    """``text`` without the characters an XML 1.0 document may not contain."""
    return _NOT_XML.sub("", text)


def shade(run_or_cell: object, fill: str) -> None:
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
    run.font.color.rgb = LINK
    run.font.underline = True
    link.append(run._r)
    paragraph._p.append(link)


def label_line(doc: WordDocument, label: str, value: str) -> Paragraph:
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(1)
    name = paragraph.add_run(f"{label}: ")
    name.bold = True
    name.font.color.rgb = GREY
    paragraph.add_run(xml_text(value))
    return paragraph


def grid_table(doc: WordDocument, headers: tuple[str, ...], widths: tuple[float, ...]) -> Table:
    """A grid table with a bold header row and fixed column widths (cm).

    Word would otherwise share the width out equally, leaving the claim's text a narrow
    column; :func:`fit` sets each new row's cells to the same widths.
    """
    table = doc.add_table(rows=1, cols=len(headers), style="Table Grid")
    table.autofit = False
    for column, (header, width) in enumerate(zip(headers, widths, strict=True)):
        table.columns[column].width = Cm(width)
        table.cell(0, column).text = header
        table.cell(0, column).paragraphs[0].runs[0].bold = True
    fit(table.rows[0].cells, widths)
    return table


def fit(cells: list[_Cell], widths: tuple[float, ...]) -> None:
    for cell, width in zip(cells, widths, strict=True):
        cell.width = Cm(width)


def numbered(doc: WordDocument, number: int) -> Paragraph:
    """A paragraph starting "n. " with a hanging indent.

    Numbered by hand: Word's "List Number" style runs one numbering through the whole
    document, so each claim's evidence would go on counting from the last claim's.
    """
    entry = doc.add_paragraph()
    entry.paragraph_format.left_indent = Cm(0.75)
    entry.paragraph_format.first_line_indent = Cm(-0.75)
    entry.paragraph_format.space_after = Pt(3)
    entry.add_run(f"{number}.\t")
    return entry


#: What follows ``w:bidi`` in a paragraph's properties (the schema fixes their order).
_AFTER_BIDI = (
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)


def right_to_left(doc: WordDocument) -> None:
    """Every paragraph (tables' too) laid out right to left: Word's ``w:bidi``."""
    body = doc.element.body
    for paragraph in body.iter(qn("w:p")):
        properties = paragraph.get_or_add_pPr()
        if properties.find(qn("w:bidi")) is None:
            properties.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)
