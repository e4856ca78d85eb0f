"""The report an editor reads in two minutes, made by the installed command on real files.

Page 1 is the verdict table; each claim shows its sentence, not the article; the article
and articles without claims come only on request; a scoped report keeps the project's
claim numbers; the title is never the file's name; the PDF's text copies out plain.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import lxml.html
import pdfplumber
import pytest

from tests.cli.conftest import cli_env, run  # noqa: F401 - the installed command, as a fixture
from tests.conftest import SAMPLE_ARTICLE
from tests.reports.helpers import squash
from workbench.core.model import ImportedDocument, Status, new_claim
from workbench.importers import import_pasted
from workbench.reports import (
    ExportError,
    ReportOptions,
    html_report,
    markdown_report,
    write_report,
)
from workbench.reports.content import FALLBACK_TITLE, build, report_title
from workbench.reports.limits import MAX_PRINTED_CLAIMS, check_size
from workbench.store.projectfile import Project

#: Three claims in the sample article, as a reviewer marks them.
SAMPLE_CLAIMS = (
    ("there are “no plans” for a meeting", "verified", "Senior administration official"),
    ("Kremlin spokesman Dmitry Peskov said no date was ever confirmed", "verified", "Peskov"),
    ("Russia grew less open to diplomacy", "disputed", "Volodymyr Zelensky"),
)
LIGATURES = "".join(map(chr, range(0xFB00, 0xFB07)))


def _sample_project(run, tmp_path: Path) -> Path:  # noqa: F811 - the fixture's name
    """The sample article with three claims, made with the command line."""
    project = tmp_path / "sample.factcheck"
    run("new", project)
    document_id = run("import", project, SAMPLE_ARTICLE).stdout.split()[0]
    for quote, status, claimant in SAMPLE_CLAIMS:
        run(
            "claim",
            "add",
            project,
            "--document",
            document_id,
            "--quote",
            quote,
            "--status",
            status,
            "--claimant",
            claimant,
        )
    return project


def _pdf_text(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() for page in pdf.pages]


def test_the_sample_pdf_is_three_pages_at_most_and_starts_with_the_verdicts(run, tmp_path):  # noqa: F811
    project = _sample_project(run, tmp_path)
    out = tmp_path / "report.pdf"
    run("export", project, "--format", "pdf", "-o", out)
    pages = _pdf_text(out)
    assert len(pages) <= 3
    first = squash(pages[0])
    assert "Verdicts No. Claim Claimant Verdict Page Evidence" in first
    # The title is the article's, not the file's name, in the heading and every footer.
    title = "Budapest summit postponed as Putin rejects Trump’s ceasefire proposal"
    assert first.startswith(f"FACT-CHECK REVIEW {title}")
    assert all(page.splitlines()[-1].startswith(title[:30]) for page in pages)
    assert "sample" not in first.split("Verdicts")[0]
    text = squash(" ".join(pages))
    assert "#TrumpPutinSummit" not in text  # the article's last line belongs to no claim
    assert "How we rate" in text and "The claim is inaccurate." in text  # the scale's meanings
    # Copied out of the PDF, "official" is plain letters, not the "ﬃ" ligature glyph.
    assert "official" in text and not set(LIGATURES) & set(text)
    if shutil.which("pdftotext"):  # a second reader: what copy-and-paste gets
        copied = subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "official" in copied and not set(LIGATURES) & set(copied)


def test_full_article_and_unclaimed_articles_only_on_request(run, tmp_path):  # noqa: F811
    project = _sample_project(run, tmp_path)
    empty = tmp_path / "empty.txt"
    empty.write_text("Nothing to check here.\nA second, quiet line.\n", encoding="utf-8")
    run("import", project, empty, "--title", "Quiet article")
    plain, full = tmp_path / "plain.md", tmp_path / "full.md"
    run("export", project, "--format", "md", "-o", plain)
    run("export", project, "--format", "md", "-o", full, "--full-article", "--include-unclaimed")
    short, long = plain.read_text(encoding="utf-8"), full.read_text(encoding="utf-8")
    assert "Quiet article" not in short and "TrumpPutinSummit" not in short
    assert "Quiet article" in long and "TrumpPutinSummit" in long
    assert "A second, quiet line." in long


def test_a_scoped_report_keeps_the_project_numbers(tmp_path):
    project = Project.create(tmp_path / "p.factcheck")
    first = project.add_document(import_pasted("Alpha rose. Beta fell.\n", title="One"))
    second = project.add_document(import_pasted("Gamma held. Delta won.\n", title="Two"))
    for document, quote, status in (
        (first, "Alpha rose", Status.VERIFIED),
        (first, "Beta fell", Status.DISPUTED),
        (second, "Gamma held", Status.VERIFIED),
        (second, "Delta won", Status.DISPUTED),
    ):
        start = document.text.index(quote)
        made = project.add_claim(new_claim(document, start, start + len(quote)))
        project.update_claim(made.id, status=status)
    scoped = project.snapshot(document_id=second.id, statuses=[Status.DISPUTED])
    by_status = project.snapshot(statuses=[Status.DISPUTED])
    project.close()
    assert [item.number for item in build(scoped).claims] == [4]
    assert [item.number for item in build(by_status).claims] == [2, 4]
    # who reviewed what speaks of the report's claims only, by their project numbers
    assert [r.claims for r in build(scoped).review_log] == ["4"]
    page = lxml.html.document_fromstring(html_report.render(by_status))
    assert [e.get("id") for e in page.xpath("//div[@id]")] == ["claim-2", "claim-4"]


def test_the_title_is_never_the_file_name(tmp_path):
    untitled = Project.create(tmp_path / "Untitled 2026-12-03 05-17-23-532449.factcheck")
    assert report_title(untitled.snapshot()) == FALLBACK_TITLE
    untitled.add_document(import_pasted("Text.\n", title="The article"))
    assert report_title(untitled.snapshot()) == "The article"
    untitled.add_document(import_pasted("More.\n", title="Another"))
    assert report_title(untitled.snapshot()) == "The article and 1 more article"
    html = html_report.render(untitled.snapshot()).decode("utf-8")
    assert "05-17-23" not in html
    untitled.close()


def test_placeholders_of_pages_without_text_never_print(tmp_path):
    project = Project.create(tmp_path / "p.factcheck")
    text = "Page one says the rate rose.\n[Page 2: no text]\nPage three says it fell.\n"
    document = project.add_document(
        ImportedDocument(
            title="Scanned", text=text, format="pdf", page_starts=(0, 29, 47), original=b""
        )
    )
    for quote in ("the rate rose", "it fell"):
        start = document.text.index(quote)
        project.add_claim(new_claim(document, start, start + len(quote)))
    snapshot = project.snapshot()
    project.close()
    for options in (ReportOptions(), ReportOptions(full_article=True)):
        assert "no text]" not in markdown_report.render_markdown(snapshot, options)
        assert "no text]" not in html_report.render_html(snapshot, options)
    assert [item.page for item in build(snapshot).claims] == [1, 3]


def test_the_report_states_scale_sources_and_who_reviewed_what(built):
    report = build(built.snapshot)
    assert all(r.meaning for r in report.scale)  # the default scale defines every label
    assert {s.title for s in report.sources} >= {"State Department readout", "Mail the desk"}
    (readout,) = [s for s in report.sources if s.title == "State Department readout"]
    assert readout.cited_by == (1,)
    assert [r.name for r in report.review_log] == ["Ana Núñez"]
    assert report.review_log[0].claims == "1\u20133, 5\u20137"  # unreviewed claims 4 and 8 left out
    page = squash(html_report.render_html(built.snapshot))
    assert "Who reviewed what" in page and "Evidence cited (3)" in page


def test_verdicts_survive_black_and_white_as_words_and_symbols(built):
    page = lxml.html.document_fromstring(html_report.render(built.snapshot))
    rows = page.xpath("//table[@class='verdicts']/tbody/tr")
    badges = [row.xpath("td[4]/span[contains(@class, 'badge')]")[0] for row in rows]
    assert [b.text_content() for b in badges[:4]] == [
        "✓ Verified",
        "✗ Disputed",
        "? Unverifiable",
        "\u2013 Unreviewed",
    ]
    assert squash(rows[1].xpath("td[4]")[0].text_content()).endswith("Misleading")


def test_pdf_and_docx_refuse_a_huge_report_in_one_line_before_rendering(built, tmp_path):
    # The same span many times over: real claims, as a huge or hostile file holds them.
    one = built.snapshot.claims[0]
    claims = tuple(one.with_changes(id=f"c{n}") for n in range(MAX_PRINTED_CLAIMS + 1))
    huge = type(built.snapshot)(
        path_name="p.factcheck",
        settings=built.snapshot.settings,
        documents=built.snapshot.documents,
        claims=claims,
        evidence={c.id: () for c in claims},
        history=(),
        reviewers=(),
        exported_at=built.snapshot.exported_at,
    )
    for fmt in ("pdf", "docx"):
        with pytest.raises(ExportError) as refused:
            write_report(huge, fmt, tmp_path / f"huge.{fmt}")
        message = str(refused.value)
        assert "\n" not in message and f"{MAX_PRINTED_CLAIMS:,} claims" in message
        assert "use the HTML, CSV or JSON format" in message
        assert not (tmp_path / f"huge.{fmt}").exists()
    check_size(built.snapshot, "PDF")  # a normal report passes
    write_report(huge, "html", tmp_path / "huge.html")  # the HTML report has no cap
    assert (tmp_path / "huge.html").stat().st_size > 0
