"""The test run's application can show widgets even after a PDF report was rendered.

Rendering a PDF report makes a QGuiApplication when no application exists; had a report
test run first, the next widget would abort the whole run. The session's QApplication
(tests/conftest.py) is made before any test, so the order no longer matters.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPlainTextEdit

from workbench.reports.pdf_report import html_to_pdf


def test_a_widget_after_a_pdf_report(qtbot):
    pdf = html_to_pdf("<h1>Report</h1><p>One claim.</p>", "Report")
    assert pdf.startswith(b"%PDF")
    assert isinstance(QApplication.instance(), QApplication)
    view = QPlainTextEdit()  # aborted the process when the PDF's QGuiApplication came first
    qtbot.addWidget(view)
    view.setPlainText("still here")
    assert view.toPlainText() == "still here"
