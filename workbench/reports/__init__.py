"""Reports and exports: eight formats behind one small interface.

The CLI's ``workbench export`` and the GUI's File > Export... both call
:func:`write_report` with a :class:`~workbench.core.model.ProjectSnapshot`, so they
cannot drift apart. Each format lives in its own module and is listed in
:data:`FORMATS` under its command-line name. Importing this package does not import Qt:
the PDF module loads it only when a PDF is rendered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from workbench.core.model import ProjectSnapshot
from workbench.core.translatable import QT_TRANSLATE_NOOP
from workbench.reports import (
    claimreview,
    csv_export,
    docx_report,
    html_report,
    json_export,
    markdown_report,
    pdf_report,
    webannotation,
)
from workbench.reports.content import ReportOptions
from workbench.reports.writing import (
    Cancelled,
    ExportCancelled,
    ExportError,
    Progress,
    check_target,
    write_atomically,
)

__all__ = [
    "FORMATS",
    "ExportCancelled",
    "ExportError",
    "ReportFormat",
    "ReportOptions",
    "write_report",
]


#: A renderer: the snapshot and the report options in, the file's bytes out.
Renderer = Callable[[ProjectSnapshot, ReportOptions], bytes]


def _data(render: Callable[[ProjectSnapshot], bytes]) -> Renderer:
    """A data export's renderer: options shape readable reports only, so they are ignored."""
    return lambda snapshot, _options: render(snapshot)


@dataclass(frozen=True, slots=True)
class ReportFormat:
    """One export format: its CLI name, file extension, menu label and renderer.

    ``readable`` formats (the reports a person reads) take :class:`ReportOptions`.
    """

    name: str
    extension: str
    label: str
    media_type: str
    render: Renderer
    readable: bool = False


FORMATS: dict[str, ReportFormat] = {
    f.name: f
    for f in (
        ReportFormat(
            "html",
            ".html",
            QT_TRANSLATE_NOOP("ExportFormats", "HTML report"),
            "text/html",
            html_report.render,
            True,
        ),
        ReportFormat(
            "pdf",
            ".pdf",
            QT_TRANSLATE_NOOP("ExportFormats", "PDF report"),
            "application/pdf",
            pdf_report.render,
            True,
        ),
        ReportFormat(
            "docx",
            ".docx",
            QT_TRANSLATE_NOOP("ExportFormats", "Word document"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            docx_report.render,
            True,
        ),
        ReportFormat(
            "md",
            ".md",
            QT_TRANSLATE_NOOP("ExportFormats", "Markdown report"),
            "text/markdown",
            markdown_report.render,
            True,
        ),
        ReportFormat(
            "csv",
            ".csv",
            QT_TRANSLATE_NOOP("ExportFormats", "CSV spreadsheet"),
            "text/csv",
            _data(csv_export.render),
        ),
        ReportFormat(
            "json",
            ".json",
            QT_TRANSLATE_NOOP("ExportFormats", "Project as JSON"),
            "application/json",
            _data(json_export.render),
        ),
        ReportFormat(
            "claimreview",
            ".jsonld",
            QT_TRANSLATE_NOOP("ExportFormats", "ClaimReview JSON-LD"),
            "application/ld+json",
            _data(claimreview.render),
        ),
        ReportFormat(
            "annotations",
            ".jsonld",
            QT_TRANSLATE_NOOP("ExportFormats", "Web Annotations (JSON-LD)"),
            'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
            _data(webannotation.render),
        ),
    )
}


def write_report(
    snapshot: ProjectSnapshot,
    fmt: str,
    out: Path,
    *,
    options: ReportOptions | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Render ``snapshot`` as ``fmt`` and write it to ``out`` atomically; return ``out``.

    ``options`` (full article, articles without claims) shape the readable reports.
    ``progress(done, total)`` is told about each of the two steps (render, write);
    ``cancelled()`` is polled before each, and raises ExportCancelled when it says so.
    User problems (unknown format, missing folder, full disk) raise ExportError.
    """
    try:
        report_format = FORMATS[fmt.strip().lower()]
    except KeyError:
        raise ExportError(
            f"Unknown export format '{fmt}': use one of {', '.join(FORMATS)}."
        ) from None
    out = Path(out)
    check_target(out)

    def step(done: int) -> None:
        if progress is not None:
            progress(done, 2)
        if cancelled is not None and cancelled():
            raise ExportCancelled("The export was cancelled; nothing was written.")

    step(0)
    data = report_format.render(snapshot, options or ReportOptions())
    step(1)
    write_atomically(out, data)
    if progress is not None:
        progress(2, 2)
    return out
