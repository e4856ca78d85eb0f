"""The PDF report, read back with pdfplumber."""

from __future__ import annotations

import io
import re
import unicodedata

import pdfplumber
import pytest

from tests.reports.conftest import EMOJI, FORMULA, RTL, SCRIPT
from tests.reports.helpers import is_safe_href, squash
from workbench.core.model import Status, new_claim
from workbench.importers import import_pasted
from workbench.reports import pdf_report
from workbench.reports.content import STATUS_MARKS
from workbench.store.projectfile import Project


@pytest.fixture(scope="module")
def pdf(built):
    with pdfplumber.open(io.BytesIO(pdf_report.render(built.snapshot))) as document:
        yield document


@pytest.fixture(scope="module")
def pages(pdf):
    return [page.extract_text() for page in pdf.pages]


def _visible(text: str) -> list[str]:
    """The parts of ``text`` a PDF reader sees for sure: this machine may lack an emoji font."""
    return [squash(part) for part in text.split(EMOJI)]


def _logical(line: str) -> str:
    """A line of right-to-left text as extracted (visual order, presentation forms) made
    comparable with the logical text again."""
    return unicodedata.normalize("NFKC", line[::-1])


def test_every_quote_and_status_is_in_the_pdf(built, pages):
    text = squash(" ".join(pages))
    rtl_lines = " ".join(_logical(line) for page in pages for line in page.splitlines())
    for status, quotes in built.quotes.items():
        assert status.value.upper() in text
        for quote in quotes:
            if RTL in quote:
                assert RTL in rtl_lines
            else:
                assert all(part in text for part in _visible(quote))


def test_every_page_has_its_number_and_the_title_in_the_footer(built, pages):
    title = built.snapshot.settings.title  # two articles: the project's title
    for number, page in enumerate(pages, start=1):
        footer = page.splitlines()[-1]
        assert footer.endswith(f"Page {number} of {len(pages)}")
        assert footer.startswith(title[:20])


def test_page_one_is_the_verdict_table_and_the_article_is_left_out(pages):
    first = squash(pages[0])
    assert "Verdicts No. Claim Claimant Verdict Page Evidence" in first
    text = squash(" ".join(pages))
    assert "#TrumpPutinSummit" not in text  # article text outside every claim's sentence
    assert "Claims in" not in text


def test_no_claim_is_split_across_pages(built, pages):
    for claim in built.snapshot.claims:
        number = built.snapshot.numbers[claim.id]
        head = f"{STATUS_MARKS[claim.status]} {claim.status.value.upper()} (Rating|Not rated)"
        card = re.compile(rf"(?m)^{number}\s+{re.escape(head[:2])}{head[2:]}")
        holding = [p for p in pages if card.search(p)]
        assert len(holding) == 1
        assert "changed by" in card.split(holding[0], 1)[-1]


def test_only_safe_links_and_hostile_text_stays_text(pdf, pages):
    uris = [link["uri"] for page in pdf.pages for link in page.hyperlinks]
    assert "https://www.state.gov/readout?a=1&b=2" in uris
    assert all(is_safe_href(u) for u in uris)
    text = " ".join(pages)
    assert SCRIPT in text and FORMULA in squash(text)
    assert "/JavaScript" not in pdf.stream.getvalue().decode("latin-1")


def test_fonts_cover_accents_cyrillic_and_cjk(tmp_path):
    project = Project.create(tmp_path / "p.factcheck")
    text = "Ça coûte 5 € à Zürich.\nПравительство подняло цены.\n東京は日本の首都です。\n"
    document = project.add_document(import_pasted(text, title="Scripts"))
    for quote in ("Ça coûte 5 €", "подняло цены", "日本の首都"):
        start = document.text.index(quote)
        project.add_claim(new_claim(document, start, start + len(quote), status=Status.VERIFIED))
    snapshot = project.snapshot()
    project.close()
    with pdfplumber.open(io.BytesIO(pdf_report.render(snapshot))) as document_pdf:
        # NFKC: the CJK font maps 日 and the Kangxi radical ⽇ to one glyph, and the
        # extractor may give back either.
        extracted = unicodedata.normalize(
            "NFKC", " ".join(p.extract_text() for p in document_pdf.pages)
        )
        fonts = {c["fontname"] for p in document_pdf.pages for c in p.chars}
    for quote in ("Ça coûte 5 €", "подняло цены", "日本の首都", "Zürich"):
        assert quote in extracted
    assert fonts  # embedded fonts, whose names vary by machine
