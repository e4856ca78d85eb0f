"""Every export format against hostile field values: the written file must be inert.

A colleague's file can hold markup, ``javascript:`` links, attribute break-outs, bidi
overrides that disguise a name or a URL ("gpj.exe" shown as "exe.jpg") and terminal
escapes (OSC 52 writes the clipboard). Each of the eight formats is written to disk by
``write_report`` and read back as its reader would.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import pdfplumber
import pytest
from markdown_it import MarkdownIt

from tests.reports.helpers import is_safe_href
from workbench.core.model import Evidence, ProjectSettings, Stance, Status, new_claim, new_id
from workbench.importers import import_pasted
from workbench.reports import FORMATS, write_report
from workbench.store.projectfile import Project

RLO = "\u202e"
OSC = "\x1b]52;c;ZXZpbA==\x07"
BREAKOUT = '"><img src=x onerror=alert(1)>'
HOSTILE_URL = "https://example.org/a" + BREAKOUT.replace(" ", "")
TEXT = f"The minister said {RLO}exe.txt{OSC} was safe. Later she said costs rose.\n"
#: Characters that must never reach a report raw.
DISGUISING = re.compile("[\u202a-\u202e\u2066-\u2069\x1b\x9b\x07]")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every format of one hostile project, written to disk."""
    folder = tmp_path_factory.mktemp("hostile")
    project = Project.create(folder / "p.factcheck")
    project.reviewer = "Eve"  # the store refuses control characters in names
    project.update_settings(
        ProjectSettings(
            title=f"Review {RLO}gpj.exe <script>alert(1)</script>",
            organisation=f"Desk {BREAKOUT}",
            organisation_url=HOSTILE_URL,
        )
    )
    article = import_pasted(TEXT, title=f"Article {RLO}fdp.exe{OSC}")
    document = project.add_document(article)
    start = document.text.index("The minister")
    claim = project.add_claim(
        new_claim(
            document,
            start,
            document.text.index(" Later"),
            claimant=f"{RLO}Minister{OSC} {BREAKOUT}",
            note=f"Note {OSC}<script>alert(1)</script> [x](javascript:alert(1)) ![i](http://x/i.png)",
            summary=f"{BREAKOUT} {RLO}summary",
        )
    )
    project.update_claim(claim.id, status=Status.DISPUTED, rating="False")
    for url, title in (
        (HOSTILE_URL, BREAKOUT),
        ("javascript:alert(1)", f"{RLO}Click me"),
        (f"https://example.org/{RLO}gpj.exe", "Disguised link"),
        ("https://bücher.example/straße?q=ä", "Non-ASCII IRI"),
    ):
        project.add_evidence(
            Evidence(
                id=new_id(),
                claim_id=claim.id,
                title=title,
                url=url,
                publisher=f"{OSC}Publisher",
                excerpt=f"<img src=x onerror=alert(2)> {RLO}excerpt",
                stance=Stance.REFUTES,
            )
        )
    snapshot = project.snapshot()
    project.close()
    written = {}
    for name, fmt in FORMATS.items():
        written[name] = write_report(snapshot, name, folder / f"report-{name}{fmt.extension}")
    return written


def _is_uri(value: str) -> bool:
    """An ASCII URI with no character that could break out of an attribute or a line."""
    return value.isascii() and not re.search(r'[\s"<>\\^`{|}]', value)


@pytest.mark.parametrize("fmt", ["html", "md", "csv", "json", "claimreview", "annotations"])
def test_no_disguising_character_is_written_raw(hostile, fmt):
    text = hostile[fmt].read_text(encoding="utf-8-sig")
    assert not DISGUISING.search(text)


def test_html_holds_no_live_markup_and_only_safe_uri_links(hostile):
    page = lxml.html.document_fromstring(hostile["html"].read_bytes())
    assert page.xpath("//script | //img | //iframe | //object | //embed | //form") == []
    assert not [a for e in page.iter() for a in e.attrib if a.lower().startswith("on")]
    hrefs = page.xpath("//a/@href")
    assert hrefs and all(is_safe_href(h) and _is_uri(h) for h in hrefs)
    assert "https://xn--bcher-kva.example/stra%C3%9Fe?q=%C3%A4" in hrefs
    assert not [h for h in hrefs if "gpj.exe" in h]  # a link hiding an override is no link
    assert "\ufffd" in page.text_content()  # the override shows where it was


def test_markdown_renders_no_tag_from_user_text_with_html_enabled(hostile):
    source = hostile["md"].read_text(encoding="utf-8")
    html = MarkdownIt("commonmark", {"html": True}).enable("table").render(source)
    rendered = lxml.html.fragment_fromstring(html, create_parent="div")
    assert rendered.xpath("//script | //img | //iframe") == []
    hrefs = rendered.xpath("//a/@href")
    assert all(is_safe_href(h) and _is_uri(h) for h in hrefs)
    assert "<script>alert(1)</script>" in rendered.text_content()  # shown as text


def test_docx_holds_no_disguising_character_and_only_uri_links(hostile):
    with zipfile.ZipFile(hostile["docx"]) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
        rels = archive.read("word/_rels/document.xml.rels").decode("utf-8")
    assert not DISGUISING.search(body)
    targets = re.findall(r'Target="([^"]*)"[^>]*TargetMode="External"', rels)
    assert targets and all(is_safe_href(t) and _is_uri(t.replace("&amp;", "&")) for t in targets)


def test_pdf_text_holds_no_disguising_character(hostile):
    with pdfplumber.open(hostile["pdf"]) as pdf:
        text = " ".join(page.extract_text() for page in pdf.pages)
        uris = [link["uri"] for page in pdf.pages for link in page.hyperlinks]
    assert not DISGUISING.search(text)
    assert "<script>alert(1)</script>" in text  # shown as text
    assert all(is_safe_href(u) and _is_uri(u) for u in uris)


def test_csv_cells_are_defused(hostile):
    rows = list(csv.reader(io.StringIO(hostile["csv"].read_text(encoding="utf-8-sig"))))
    assert not any(DISGUISING.search(cell) for row in rows for cell in row)


def test_json_export_stays_lossless_while_its_text_is_inert(hostile):
    raw = hostile["json"].read_text(encoding="utf-8")
    assert "\\u202e" in raw and "\\u001b" in raw  # escaped, not raw
    data = json.loads(raw)
    assert data["claims"][0]["claimant"].startswith(RLO)  # the data itself is kept


def test_claimreview_values_and_urls_are_clean(hostile):
    (review,) = json.loads(hostile["claimreview"].read_text(encoding="utf-8"))
    strings = _strings(review)
    assert not any(DISGUISING.search(s) for s in strings)
    assert _is_uri(review["url"]) and _is_uri(review["author"]["url"])
    assert urlsplit(review["url"]).scheme == "https"


def test_web_annotation_iris_are_percent_encoded_http_or_urn(hostile):
    data = json.loads(hostile["annotations"].read_text(encoding="utf-8"))
    (note,) = data["first"]["items"]
    sources = [b["source"] for b in note["body"] if b.get("purpose") == "linking"]
    assert sources == [
        "https://example.org/a%22%3E%3Cimgsrc=xonerror=alert(1)%3E",
        "https://xn--bcher-kva.example/stra%C3%9Fe?q=%C3%A4",
    ]
    assert _is_uri(note["target"]["source"])
    bodies = [b["value"] for b in note["body"] if "value" in b]
    assert not any(DISGUISING.search(v) for v in bodies)
    assert not DISGUISING.search(data["label"]) and not DISGUISING.search(note["creator"]["name"])


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []
