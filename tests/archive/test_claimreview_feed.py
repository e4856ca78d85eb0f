"""Reading published fact-checks: every wrapping of ClaimReview, our exports, hostile files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.archive.conftest import EIFFEL, VACCINE_FR, review, write_json
from workbench.importers import claimreview_feed
from workbench.importers.base import ImportFailed, ImportOptions
from workbench.importers.claimreview_feed import read_file
from workbench.reports import write_report
from workbench.store.projectfile import Project


def test_a_single_claimreview_keeps_every_field(tmp_path: Path) -> None:
    [item] = read_file(write_json(tmp_path / "one.json", EIFFEL))
    assert item.claim == "The Eiffel Tower will be demolished in 2025"
    assert item.claimant == "A blogger"
    assert item.rating == "False"
    assert item.date == "2024-03-01"
    assert item.publisher == "Example Checks"
    assert item.url == "https://checks.example/eiffel"
    assert item.language == "en"
    assert item.title == "No, the Eiffel Tower is not being torn down"
    assert item.origin == "one.json"


@pytest.mark.parametrize(
    "wrap",
    [
        lambda a, b: [a, b],
        lambda a, b: {"@context": "https://schema.org", "@graph": [a, {"@type": "WebPage"}, b]},
        lambda a, b: {
            "@type": "DataFeed",
            "dataFeedElement": [
                {"@type": "DataFeedItem", "item": [a]},
                {"@type": "DataFeedItem", "item": b},
            ],
        },
    ],
    ids=["list", "graph", "datafeed"],
)
def test_every_wrapping_yields_both_reviews(tmp_path: Path, wrap) -> None:
    items = read_file(write_json(tmp_path / "feed.json", wrap(EIFFEL, VACCINE_FR)))
    assert [i.language for i in items] == ["en", "fr"]
    assert items[1].publisher == "Vérif"


def test_a_saved_page_gives_its_json_ld_and_nothing_else(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><script>document.write('x')</script>"
        f'<script type="application/ld+json">{json.dumps(EIFFEL)}</script>'
        '<script type="application/ld+json">{"@type": "Organization", "name": "x"}</script>'
        "</head><body><p>A fact-check</p></body></html>",
        encoding="utf-8",
    )
    [item] = read_file(page)
    assert item.url == "https://checks.example/eiffel"


def test_a_broken_block_beside_a_good_one_is_passed_over(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<script type="application/ld+json">{"@type": broken</script>'
        f'<script type="application/ld+json">{json.dumps(EIFFEL)}</script>',
        encoding="utf-8",
    )
    assert [i.url for i in read_file(page)] == ["https://checks.example/eiffel"]
    page.write_text('<script type="application/ld+json">{"@type": broken</script>')
    with pytest.raises(ImportFailed, match="not valid JSON"):
        read_file(page)


def test_rating_without_a_label_is_value_of_best(tmp_path: Path) -> None:
    data = review("x claim", "https://a.example/1")
    data["reviewRating"] = {"@type": "Rating", "ratingValue": 2, "bestRating": 5}
    [item] = read_file(write_json(tmp_path / "r.json", data))
    assert item.rating == "2/5"


def test_unsafe_urls_are_dropped(tmp_path: Path) -> None:
    [item] = read_file(write_json(tmp_path / "r.json", review("claim", "javascript:alert(1)")))
    assert item.url == ""


def test_our_claimreview_and_json_exports_read_back(
    tmp_path: Path, project_file: tuple[Path, dict[str, str]]
) -> None:
    path, ids = project_file
    with Project.open(path, read_only=True) as project:
        snapshot = project.snapshot()
    cr = write_report(snapshot, "claimreview", tmp_path / "out.claimreview.json")
    exported = write_report(snapshot, "json", tmp_path / "out.json")
    from_cr = read_file(cr)
    from_json = read_file(exported)
    assert sorted(i.claim for i in from_cr) == sorted(i.claim for i in from_json)
    assert len(from_json) == 2  # the unreviewed claim has no verdict to archive
    by_claim = {i.claim: i for i in from_json}
    fares = by_claim["the city's bus fares rose by forty percent last year"]
    assert fares.key == f"claim:{ids[fares.claim]}"
    assert (fares.rating, fares.publisher, fares.claimant) == ("False", "City Desk", "The mayor")
    assert {i.rating for i in from_cr} == {"False", "True"}


def test_bad_json_is_one_clear_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"@type": "ClaimReview", ', encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"^'bad.json' is not valid JSON \(line 1") as err:
        read_file(path)
    assert "\n" not in str(err.value)


def test_deep_nesting_is_refused_or_bounded(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(ImportFailed, match="nested too deeply"):
        read_file(deep)
    buried = EIFFEL
    for _ in range(claimreview_feed.MAX_DEPTH + 5):
        buried = {"x": buried}
    with pytest.raises(ImportFailed, match="no ClaimReview"):
        read_file(write_json(tmp_path / "buried.json", buried))


def test_size_is_checked_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(10 * 2**20)  # sparse: reading it would show as a JSON error instead
    with pytest.raises(ImportFailed, match="is 10 MB, more than the 1 MB"):
        read_file(big, ImportOptions(max_bytes=2**20))


def test_too_many_items_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claimreview_feed, "MAX_ITEMS", 3)
    feed = [review(f"claim {i}", f"https://a.example/{i}") for i in range(5)]
    with pytest.raises(ImportFailed, match="more than 3 fact-checks"):  # the parser's own rule
        claimreview_feed.read_bytes(write_json(tmp_path / "many.json", feed).read_bytes(), "many")


def test_the_json_is_parsed_under_the_import_memory_limit(tmp_path: Path) -> None:
    feed = [review(f"claim {i}", f"https://a.example/{i}") for i in range(20_000)]
    path = write_json(tmp_path / "feed.json", feed)
    with pytest.raises(ImportFailed, match="60 MB memory limit"):
        read_file(path, ImportOptions(memory_mb=60))
    assert len(read_file(path)) == 20_000


def test_long_fields_are_clipped(tmp_path: Path) -> None:
    [item] = read_file(write_json(tmp_path / "l.json", review("x" * 100_000, "https://a.b/")))
    assert len(item.claim) == 4000


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"<html><body>No markup</body></html>", "without ClaimReview markup"),
        (b'{"@type": "Article", "name": "x"}', "holds no ClaimReview"),
        (b'[{"@type": "ClaimReview", "claimReviewed": ["", {}]}]', "holds no ClaimReview"),
        (b"", "not valid JSON"),
    ],
)
def test_files_that_are_not_fact_checks(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "f.json"
    path.write_bytes(content)
    with pytest.raises(ImportFailed, match=message):
        read_file(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="does not exist"):
        read_file(tmp_path / "nope.json")
    with pytest.raises(ImportFailed, match="is a folder"):
        read_file(tmp_path)


def test_real_news_pages_without_fact_checks_are_one_line_each(corpus: Path) -> None:
    pages = sorted((corpus / "html").glob("*.htm*"))
    assert pages
    for page in pages:
        with pytest.raises(ImportFailed) as err:
            read_file(page)
        assert "\n" not in str(err.value)
        assert page.name in str(err.value)


def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "feed.json"
    os.mkfifo(fifo)
    with pytest.raises(ImportFailed, match="not an ordinary file"):
        read_file(fifo)
