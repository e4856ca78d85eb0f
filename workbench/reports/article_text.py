"""An article's text as a report prints it: paragraphs cut at every claim boundary.

The full annotated article (:class:`~workbench.reports.content.ReportOptions`'s
``full_article``) highlights each claim in place; here the text becomes paragraphs of
:class:`~workbench.reports.report_model.Segment`, each covered by the claims over it, with
the importers' placeholder lines and a repeated title line left out.
"""

from __future__ import annotations

import itertools
import re

from workbench.core.model import Document
from workbench.reports.report_model import ClaimItem, Segment

#: An importer's stand-in for a PDF page without a text layer ("[Page 4: no text]").
PAGE_PLACEHOLDER = re.compile(r"\[Page \d+: no text\]")


def paragraphs(text: str, items: list[ClaimItem]) -> tuple[tuple[Segment, ...], ...]:
    """``text`` cut into paragraphs (one per line) of segments at every claim boundary.

    A sweep over the sorted boundaries keeps this linear in the text plus the claims,
    which matters for articles with thousands of claims. Blank lines and the importers'
    "[Page N: no text]" placeholder lines are dropped.
    """
    cuts = {0, len(text)}
    cuts.update(i for i, ch in enumerate(text) if ch == "\n")
    cuts.update(i + 1 for i, ch in enumerate(text) if ch == "\n")
    for item in items:
        cuts.update((item.claim.start, item.claim.end))
    starting: dict[int, list[ClaimItem]] = {}
    for item in items:
        starting.setdefault(item.claim.start, []).append(item)
    active: list[ClaimItem] = []
    result: list[tuple[Segment, ...]] = []
    current: list[Segment] = []
    ordered = sorted(cuts)
    for start, end in itertools.pairwise(ordered):
        active = [item for item in active if item.claim.end > start]
        active.extend(starting.get(start, ()))
        active.sort(key=lambda item: (item.claim.start, -item.claim.end, item.number))
        piece = text[start:end]
        ending = tuple(item.number for item in active if item.claim.end == end)
        if piece == "\n":
            if ending:  # a claim that ends on a line break keeps its marker on the line
                current.append(Segment("", tuple(active), ending))
            if current:
                result.append(tuple(current))
            current = []
            continue
        current.append(Segment(piece, tuple(active), ending))
    if current:
        result.append(tuple(current))
    return tuple(
        p for p in result if any(s.text.strip() or s.covering for s in p) and not _is_placeholder(p)
    )


def _is_placeholder(paragraph: tuple[Segment, ...]) -> bool:
    """True for a line that only holds an importer's "[Page N: no text]" stand-in."""
    if any(s.covering for s in paragraph):
        return False
    return PAGE_PLACEHOLDER.fullmatch("".join(s.text for s in paragraph).strip()) is not None


def without_title_line(
    found: tuple[tuple[Segment, ...], ...], document: Document
) -> tuple[tuple[Segment, ...], ...]:
    """Drop a first line that only repeats the title the report already shows above it.

    Importers often take the title from the first line; printing it twice looks careless.
    A first line holding a claim is always kept.
    """
    if found and not any(seg.covering for seg in found[0]):
        first = "".join(seg.text for seg in found[0]).strip()
        if first and first == document.title.strip():
            return found[1:]
    return found
