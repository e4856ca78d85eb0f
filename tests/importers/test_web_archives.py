"""Web archives and saved pages read for archived copies, and hostile ones refused in one
line: a WACZ whose declared digest lies, a ZIP bomb member, a WARC cut short or altered,
a ``.wacz`` that is no ZIP, a page with scripts, a file far too large.

Every archive is built here with ``warcio``'s writer (tests/web_archives.py); the readers
run in the import sandbox like any importer.
"""

from __future__ import annotations

import email.message
import io
import json
import os
import zipfile
from pathlib import Path

import pytest

from tests.web_archives import ARTICLE, wacz, warc
from workbench.core.archived import MAX_COPY_BYTES, CopyKind, kind_of
from workbench.importers.base import ImportFailed, ImportOptions
from workbench.importers.web_archive import read_copy, read_copy_file, summarise

URL = "https://news.example/cpi"


def _one_line(err: pytest.ExceptionInfo[ImportFailed], *fragments: str) -> None:
    message = str(err.value)
    assert "\n" not in message and "Traceback" not in message
    for fragment in fragments:
        assert fragment in message, message


def test_a_wacz_is_checked_and_summarised_in_the_sandbox() -> None:
    data = wacz([(URL, ARTICLE), ("https://news.example/other", ARTICLE)])
    summary = read_copy(data, "capture.wacz")
    assert summary.kind is CopyKind.WACZ
    assert [p.url for p in summary.pages] == [URL, "https://news.example/other"]
    assert summary.captured_at == "2026-03-01T09:30:00Z"
    assert summary.url == URL and summary.title == "Inflation fell to 2 per cent"
    # datapackage: two files; WARC records: two payload/block digests
    assert summary.digests_checked == 4
    assert "prices of food rose in March" in summary.text


def test_a_page_with_scripts_gives_text_only() -> None:
    summary = read_copy(ARTICLE, "saved.html")
    assert summary.kind is CopyKind.HTML
    assert "prices of food rose in March" in summary.text
    for script in ("alert(", "document.title", "tracker.example", "<script"):
        assert script not in summary.text


def test_a_warc_gives_its_pages_and_capture_time() -> None:
    summary = read_copy(warc([(URL, ARTICLE)], gzip=False), "capture.warc")
    assert summary.kind is CopyKind.WARC
    assert [p.url for p in summary.pages] == [URL]
    assert summary.captured_at  # the record's WARC-Date
    assert summary.digests_checked == 1


def test_an_mhtml_page_gives_its_text_and_address() -> None:
    message = email.message.EmailMessage()
    message["Snapshot-Content-Location"] = URL
    message["Date"] = "Sun, 01 Mar 2026 09:30:00 +0000"
    message.set_content(ARTICLE.decode(), subtype="html")
    summary = summarise(message.as_bytes(), "saved.mhtml", ImportOptions())
    assert summary.kind is CopyKind.MHTML and summary.url == URL
    assert summary.captured_at.startswith("Sun, 01 Mar 2026")
    assert "prices of food rose in March" in summary.text


def test_a_wacz_whose_declared_digest_lies_is_refused() -> None:
    data = wacz([(URL, ARTICLE)], lie_about="archive/data.warc.gz")
    with pytest.raises(ImportFailed) as err:
        read_copy(data, "doctored.wacz")
    _one_line(err, "doctored.wacz", "archive/data.warc.gz", "does not match the digest")


def test_a_wacz_listing_a_file_it_lacks_or_without_a_datapackage_is_refused() -> None:
    good = wacz([(URL, ARTICLE)])
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        package = json.loads(archive.read("datapackage.json"))
        members = {n: archive.read(n) for n in archive.namelist() if n != "datapackage.json"}
    package["resources"].append({"path": "archive/missing.warc.gz", "hash": "sha256:00"})
    for listing in (json.dumps(package).encode(), None):
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            if listing is not None:
                archive.writestr("datapackage.json", listing)
            for name, body in members.items():
                archive.writestr(name, body)
        with pytest.raises(ImportFailed) as err:
            summarise(out.getvalue(), "odd.wacz", ImportOptions())
        _one_line(err, "odd.wacz", "missing.warc.gz" if listing else "no datapackage.json")


def test_a_zip_bomb_member_is_stopped() -> None:
    zeros = b"\0" * (40 * 1024 * 1024)
    data = wacz(
        [(URL, ARTICLE)], extra={"archive/padding.bin": zeros}, compress=zipfile.ZIP_DEFLATED
    )
    assert len(data) < 200_000  # 40 MB declared honestly, deflated a thousand times
    with pytest.raises(ImportFailed) as err:
        read_copy(data, "bomb.wacz")
    _one_line(err, "bomb.wacz", "inflates more than 500 times")


def test_a_warc_cut_short_is_refused_gzipped_or_not() -> None:
    for gzipped, name in ((True, "cut.warc.gz"), (False, "cut.warc")):
        data = warc([(URL, ARTICLE), (URL + "/2", ARTICLE)], gzip=gzipped)
        with pytest.raises(ImportFailed) as err:
            read_copy(data[:-60], name)
        _one_line(err, name, "cut short")


def test_an_altered_warc_record_is_refused() -> None:
    data = warc([(URL, ARTICLE)], gzip=False).replace(b"Paragraph 3", b"Paragraph 9")
    with pytest.raises(ImportFailed) as err:
        read_copy(data, "altered.warc")
    _one_line(err, "altered.warc", "does not match its declared digest")


def test_a_wacz_that_is_no_zip_is_refused() -> None:
    for data in (b"just some text", b"%PDF" + b"\0" * 10, b""):
        with pytest.raises(ImportFailed) as err:
            read_copy(b"x" + data, "fake.wacz")
        _one_line(err, "fake.wacz", "not a readable WACZ")


def test_random_bytes_named_warc_are_refused() -> None:
    with pytest.raises(ImportFailed) as err:
        read_copy(os.urandom(4096), "noise.warc")
    _one_line(err, "noise.warc")


def test_a_file_far_too_large_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.wacz"
    with huge.open("wb") as stream:
        stream.truncate(MAX_COPY_BYTES + 1)  # sparse: nothing is written
    with pytest.raises(ImportFailed) as err:
        read_copy_file(huge)
    _one_line(err, "huge.wacz", "at most 200 MB")


def test_pictures_and_pdfs_are_not_parsed_only_recognised() -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 32
    assert read_copy(png, "shot.bin").kind is CopyKind.IMAGE
    assert kind_of("report.png", b"%PDF-1.7") == (CopyKind.PDF, "application/pdf")
    assert kind_of("notes.txt", b"plain") == (CopyKind.FILE, "application/octet-stream")
    assert kind_of("capture.warc.gz", b"\x1f\x8b\x08") == (CopyKind.WARC, "application/warc")


def test_a_saved_page_too_large_to_extract_is_kept_without_its_text() -> None:
    page = b"<html><body>" + b"<p>x</p>" * 3_000_000 + b"</body></html>"
    summary = summarise(page, "huge.html", ImportOptions())
    assert summary.kind is CopyKind.HTML and summary.text == ""
    assert summary.warnings == ("The archived page is larger than 16 MB; its text is not shown.",)
