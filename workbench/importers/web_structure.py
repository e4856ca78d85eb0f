"""Page structure that marks boilerplate whatever the site: blocks made only of links.

A "related articles" list, a teaser headline or a "get the app" button is a block whose
every word is link text; article paragraphs carry a link or two inside prose. Extracted
text has lost the markup, so the page's link-only blocks are collected here as
fingerprints for :func:`workbench.importers.web_combine.without_link_blocks`.
"""

from __future__ import annotations

from typing import Any

from workbench.importers.web_combine import fingerprint

#: Share of a block's words that must be link text for the block to count as links only.
LINK_SHARE = 0.9
_CONTAINERS = ("p", "li", "h2", "h3", "h4", "h5", "h6", "div", "td", "dd", "span")


def link_block_fingerprints(root: Any) -> set[str]:
    """Fingerprints of the blocks of an lxml page whose text is (nearly) all link text."""
    found = set()
    for anchor_holder in root.iter(*_CONTAINERS):
        anchors = list(anchor_holder.iter("a"))
        if not anchors:
            continue
        text = fingerprint(anchor_holder.text_content())
        if " " not in text:
            continue
        linked = " ".join(fingerprint(anchor.text_content()) for anchor in anchors)
        if len(linked) >= LINK_SHARE * len(text):
            found.add(text)
    return found
