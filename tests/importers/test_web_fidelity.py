"""Web page fidelity beyond trafilatura alone: headline, teasers, cut-short bodies (issue 12).

The rule's thresholds are measured in ``tests/benchmarks/test_web_extraction_bench.py``;
these tests pin its behaviours on real pages (the shared corpus and the benchmark's pages)
and on small pages made to show one behaviour each.
"""

from __future__ import annotations

import json
import lzma
from pathlib import Path

from workbench.importers import import_bytes, import_file
from workbench.importers.web_combine import combine, fingerprint, words

BENCHMARK = Path(__file__).parents[1] / "benchmarks" / "web_extraction"
PROSE = (
    "The council voted on Tuesday to close the old bridge for repairs after engineers found "
    "cracks in two of its supports. Traffic will be sent over the river crossing further "
    "north until the work is finished in the spring, the mayor said in a statement."
)


def _page(body: str, title: str = "Council closes the old bridge") -> bytes:
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>{body}</body></html>"
    ).encode()


def _article(paragraphs: int = 6) -> str:
    return "".join(
        f"<p>{PROSE.replace('Tuesday', day)}</p>"
        for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")[:paragraphs]
    )


def test_headline_is_not_repeated_as_the_first_paragraph() -> None:
    page = _page(f"<article><h1>Council closes the old bridge</h1>{_article()}</article>")
    doc = import_bytes(page, "bridge.html")
    assert doc.title == "Council closes the old bridge"
    assert doc.text.startswith("The council voted on Monday")
    assert "Council closes the old bridge" not in doc.text


def test_a_first_paragraph_that_only_starts_like_the_headline_stays() -> None:
    page = _page(
        "<article><h1>Council closes the old bridge</h1>"
        f"<p>Council closes the old bridge, and the town holds its breath.</p>{_article()}"
        "</article>"
    )
    doc = import_bytes(page, "bridge.html")
    assert doc.text.startswith("Council closes the old bridge, and the town")


def test_corpus_headlines_are_titles_not_body_lines(corpus: Path) -> None:
    for name in ("correctiv.org.zusage", "franceculture.fr.idees", "nature.com.telescope"):
        doc = import_file(corpus / "html" / f"{name}.html")
        first = doc.text.split("\n\n")[0]
        assert fingerprint(first) != fingerprint(doc.title), name


def test_related_links_block_is_dropped_and_linked_prose_kept() -> None:
    related = "".join(
        f"<li><a href='/story/{n}'>Another story about the town that you may like {n}</a></li>"
        for n in range(4)
    )
    page = _page(
        f"<article>{_article()}"
        "<p>Read the <a href='/report'>engineers' report</a> on the supports.</p>"
        f"<div class='more'><ul>{related}</ul></div></article>"
    )
    doc = import_bytes(page, "bridge.html")
    assert "Another story about the town" not in doc.text
    assert "Read the engineers' report on the supports." in doc.text
    assert doc.text.count("The council voted") == 6


def test_teaser_kept_by_trafilatura_is_dropped_when_readability_does_not_find_it(
    corpus: Path,
) -> None:
    doc = import_file(corpus / "html" / "reuters.com.parasite.html")
    assert "Our Standards" not in doc.text
    assert doc.text.split("\n\n")[-1].startswith("Additional reporting by Steve Gorman")


def test_a_second_article_on_the_same_subject_does_not_thin_out_the_first(
    corpus: Path,
) -> None:
    """correctiv's page holds two AfD articles; readability picks the other one."""
    doc = import_file(corpus / "html" / "correctiv.org.zusage.html")
    assert "Insgesamt wären also etwa 1,8 Millionen Euro fällig." in doc.text
    assert "Klaus K. ist mittlerweile aus der AfD ausgetreten." in doc.text


def test_body_cut_short_by_trafilatura_is_taken_whole_from_readability() -> None:
    """A benchmark page where trafilatura keeps about a third of the gold body."""
    key = "d48aeb9cf2f2ff15769a57513249b4a6a669159f3e50b335e741d4206a824e88"
    gold = json.loads((BENCHMARK / "ground-truth.json").read_text("utf-8"))[key]
    data = lzma.decompress((BENCHMARK / "html" / f"{key}.html.xz").read_bytes())
    doc = import_bytes(data, "page.html")
    gold_words = set(words(gold["articleBody"]))
    found = set(words(doc.text))
    assert len(gold_words & found) >= 0.95 * len(gold_words)
    assert len(found - gold_words) <= 0.05 * len(found)


def test_script_drawn_page_takes_its_json_ld_body() -> None:
    body = " ".join([PROSE] * 5)
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "articleBody": body})
    page = _page(
        f"<script type='application/ld+json'>{ld}</script>"
        "<div id='app'><figure><figcaption>The old bridge at dusk. Photo: town archive"
        "</figcaption></figure></div><script>render()</script>"
    )
    doc = import_bytes(page, "drawn.html")
    assert doc.text == body
    assert "town archive" not in doc.text


def test_combine_takes_readability_when_trafilatura_stops_early() -> None:
    ours = [PROSE]
    theirs = [PROSE, PROSE.replace("council", "board"), PROSE.replace("mayor", "clerk")]
    combined = combine(ours, theirs)
    assert (combined.paragraphs, combined.source) == (theirs, "readability")


def test_combine_drops_only_what_readability_did_not_find() -> None:
    teaser = "Sign up for our newsletter and never miss a story from the town hall"
    ours = [PROSE, PROSE.replace("council", "board"), PROSE.replace("mayor", "clerk"), teaser]
    combined = combine(ours, ours[:3])
    assert combined.paragraphs == ours[:3]
    assert combined.source == "trafilatura∩readability"


def test_combine_keeps_trafilatura_when_readability_has_nothing_to_say() -> None:
    assert combine([PROSE], []).paragraphs == [PROSE]
    other = ["An entirely different text about the harvest festival and its prize marrows."] * 3
    assert combine([PROSE, PROSE.upper()], other).paragraphs == [PROSE, PROSE.upper()]
