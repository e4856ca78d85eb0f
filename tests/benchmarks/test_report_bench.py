"""Report speed, as ratios against baselines measured in the same run.

The PDF's keep-claims-whole pass lays the document out a few extra times; its cost is
measured against the same PDF laid out once (no keeping). The HTML report's cost is
measured against the lossless JSON export of the same snapshot.

Size. The PDF and DOCX reports refuse more than ``MAX_PRINTED_CLAIMS`` (2,000) claims.
Measured on 2 shared cores: the PDF takes ~14 ms a claim (300 claims: 4.3 s), so the cap
is ~30 s and ~700 pages, and 10^5 claims would be ~25 minutes; the DOCX ~8 ms a claim
(~16 s at the cap). The HTML report takes ~0.1-0.2 ms a claim (300: 30-60 ms); 10^5
claims (measured once, outside this suite, on a loaded machine) took 63 s, 0.9 GB peak,
a 160 MB file, so it carries no cap. The growth tests check that the cost per claim
stays flat (time for 3x the claims <= 4.5x).
"""

from __future__ import annotations

import dataclasses
import re
import time

import pytest

from tests.conftest import SAMPLE_ARTICLE
from workbench.core.model import ProjectSnapshot, Status, canonical_text, new_claim
from workbench.importers import import_pasted
from workbench.reports import docx_report, html_report, json_export, pdf_report
from workbench.reports.limits import MAX_PRINTED_CLAIMS
from workbench.store.projectfile import Project

CLAIMS = 300


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> ProjectSnapshot:
    text = canonical_text(SAMPLE_ARTICLE.read_text(encoding="utf-8")) + "\n"
    project = Project.create(tmp_path_factory.mktemp("bench") / "big.factcheck")
    document = project.add_document(import_pasted(text * 15, title="Long article"))
    sentences = list(re.finditer(r"[A-Z][^.\n]{20,90}\.", document.text))[:CLAIMS]
    statuses = list(Status)
    for number, match in enumerate(sentences):
        project.add_claim(
            new_claim(
                document,
                match.start(),
                match.end(),
                status=statuses[number % 4],
                note="A reviewer's note. " * (number % 9),
            )
        )
    snapshot = project.snapshot()
    project.close()
    return snapshot


def _best_of(runs: int, action) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def test_pdf_keeping_claims_whole(benchmark, big, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(pdf_report, "KEEP_PASSES", 0)
        baseline = _best_of(2, lambda: pdf_report.render(big))
    benchmark.pedantic(pdf_report.render, args=(big,), rounds=2, iterations=1)
    ratio = benchmark.stats.stats.min / baseline
    benchmark.extra_info["ratio_to_single_layout"] = round(ratio, 2)
    assert ratio <= 5


def test_html_against_json(benchmark, big):
    baseline = _best_of(3, lambda: json_export.render(big))
    benchmark.pedantic(html_report.render, args=(big,), rounds=3, iterations=1)
    ratio = benchmark.stats.stats.min / baseline
    benchmark.extra_info["ratio_to_json"] = round(ratio, 2)
    assert ratio <= 10


@pytest.mark.parametrize("module", [pdf_report, docx_report, html_report], ids=lambda m: m.__name__)
def test_report_cost_grows_linearly_with_claims(benchmark, big, module):
    third = dataclasses.replace(big, claims=big.claims[: CLAIMS // 3])
    baseline = _best_of(2, lambda: module.render(third))
    benchmark.pedantic(module.render, args=(big,), rounds=2, iterations=1)
    ratio = benchmark.stats.stats.min / baseline
    per_claim = benchmark.stats.stats.min / CLAIMS
    benchmark.extra_info["ratio_3x_claims"] = round(ratio, 2)
    benchmark.extra_info["seconds_at_cap"] = round(per_claim * MAX_PRINTED_CLAIMS, 1)
    assert ratio <= 4.5
