"""Page structure that marks boilerplate whatever the site: blocks made only of links.

A "related articles" list, a teaser headline or a "get the app" button is a block whose
every word is link text; article paragraphs carry a link or two inside prose. Extracted
text has lost the markup, so the page's link-only blocks are collected here as
fingerprints for :func:`workbench.importers.web_combine.without_link_blocks`.
"""

from __future__ import annotations

from typing import Any

from workbench.importers.web_combine import fingerprint

#: Share of a block's text that must be link text for the block to count as links only.
LINK_SHARE = 0.9
#: Longer blocks are never teasers (and their text is not worth comparing).
MAX_BLOCK_CHARS = 600
_CONTAINERS = frozenset(("p", "li", "h2", "h3", "h4", "h5", "h6", "div", "td", "dd", "span"))


def _size(text: str | None) -> int:
    """Characters that are not white space: markup indentation does not count."""
    return len("".join(text.split())) if text else 0


def link_block_fingerprints(root: Any) -> set[str]:
    """Fingerprints of the blocks of an lxml page whose text is (nearly) all link text.

    One pass from the leaves up, summing each element's text and link text from its
    children's, so a deeply nested page costs no more than a flat one.
    """
    text: dict[Any, int] = {}
    linked: dict[Any, int] = {}
    found = set()
    for element in reversed(list(root.iter())):
        total = _size(element.text) if isinstance(element.tag, str) else 0
        links = 0
        for child in element:
            total += text.pop(child, 0) + _size(child.tail)
            links += linked.pop(child, 0)
        if element.tag == "a":
            links = total
        text[element], linked[element] = total, links
        if (
            element.tag in _CONTAINERS
            and 0 < total <= MAX_BLOCK_CHARS
            and links >= LINK_SHARE * total
        ):
            words = fingerprint(element.text_content())
            if " " in words:
                found.add(words)
    return found
