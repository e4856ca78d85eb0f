"""Published fact-checks in, as archive items: ClaimReview JSON-LD, feeds and our exports.

Reads what fact-checkers publish and what this program writes: a single schema.org
``ClaimReview``, a list of them, an ``@graph``, a data feed (``DataFeed`` with a
``dataFeedElement`` list, as in the public ClaimReview data feeds), the JSON-LD scripts
embedded in a saved web page (``<script type="application/ld+json">``), our own
``claimreview`` export and our ``json`` project export (its reviewed claims).

A feed is untrusted input: its size is checked before a byte is read (against the
user's import limit, "Largest file to import", 200 MB by default), nesting and item
count are bounded (:data:`MAX_DEPTH`, :data:`MAX_ITEMS`), each text field is clipped,
nothing is fetched and no script runs (a page's scripts are read as text, only the
JSON-LD ones, and parsed as JSON). Bad input is one clear sentence
(:class:`ImportFailed`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from html.parser import HTMLParser
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from workbench.core.archive_items import ArchiveItem, clip, item_key
from workbench.importers.base import ImportFailed, ImportOptions
from workbench.importers.sandbox import Sandbox, describe, stopped_unexpectedly
from workbench.importers.source_file import read_bounded

#: The child's side of :func:`read_file`, by name (see :data:`sandbox.Target`).
CHILD_TARGET = "workbench.importers.claimreview_feed:read_in_child"

#: Deepest nesting followed when looking for ClaimReviews.
MAX_DEPTH = 32

#: Most items one file may bring.
MAX_ITEMS = 1_000_000

#: The ``format`` of our own project export (reports/json_export.py).
PROJECT_EXPORT_FORMAT = "factcheck-workbench-project"


def read_file(path: Path, options: ImportOptions | None = None) -> list[ArchiveItem]:
    """The fact-checks in the file at ``path`` (JSON, JSON-LD or an HTML page).

    A file larger than ``options.max_bytes`` is refused before it is read, and the JSON is
    parsed in a child process under the import limits (time, memory, cancel): a feed is
    someone else's file, and a 200 MB one grows to gigabytes as Python objects.
    """
    options = options or ImportOptions()
    raw = read_bounded(path, options.max_bytes, 0, lambda _head: options.max_bytes)
    with Sandbox(CHILD_TARGET, raw, [path.name], path.name, options) as box:
        _child, message = box.next_message()
    if message is None:
        raise stopped_unexpectedly(path.name, options)
    if message[0] == "failed":
        raise ImportFailed(message[1])
    items: list[ArchiveItem] = message[1]
    return items


def read_in_child(name: str, data: bytes, connection: Connection) -> None:
    """The child's side of :func:`read_file`: send ("done", items) or ("failed", why)."""
    try:
        connection.send(("done", read_bytes(data, name)))
    except ImportFailed as err:
        connection.send(("failed", str(err)))
    except MemoryError:
        connection.send(("failed", f"'{name}' needs more memory than an import may use."))
    except Exception as err:  # hostile JSON raises more than ValueError
        connection.send(("failed", f"'{name}' cannot be read: {describe(err)}."))


def read_bytes(raw: bytes, name: str) -> list[ArchiveItem]:
    """The fact-checks in ``raw``, a file called ``name`` (which becomes their origin)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFailed(f"'{name}' is not UTF-8 text, so not a ClaimReview file.") from None
    stripped = text.lstrip()
    if stripped.startswith("<"):
        data: Any = _page_json(text, name)
    else:
        data = _parse(text, name)
    items = items_from_json(data, name)
    if not items:
        raise ImportFailed(f"'{name}' holds no ClaimReview and no reviewed claim.")
    return items


def _page_json(page: str, name: str) -> list[Any]:
    """A page's JSON-LD blocks, parsed; a broken block among good ones is passed over
    (pages often carry one), but a page whose every block is broken says why."""
    blocks = _json_ld_scripts(page)
    if not blocks:
        raise ImportFailed(f"'{name}' is a web page without ClaimReview markup.")
    parsed, failure = [], None
    for block in blocks:
        try:
            parsed.append(_parse(block, name))
        except ImportFailed as err:
            failure = failure or err
    if not parsed and failure is not None:
        raise failure
    return parsed


def _parse(text: str, name: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise ImportFailed(
            f"'{name}' is not valid JSON (line {err.lineno}, column {err.colno}: {err.msg})."
        ) from None
    except RecursionError:
        raise ImportFailed(f"'{name}' is nested too deeply to be a fact-check file.") from None


class _ScriptFinder(HTMLParser):
    """Collects the text of ``<script type="application/ld+json">`` elements, nothing else."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.blocks: list[str] = []
        self._inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        kind = (dict(attrs).get("type") or "").split(";")[0].strip().lower()
        self._inside = tag == "script" and kind == "application/ld+json"
        if self._inside:
            self.blocks.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._inside = False

    def handle_data(self, data: str) -> None:
        if self._inside:
            self.blocks[-1] += data


def _json_ld_scripts(page: str) -> list[str]:
    finder = _ScriptFinder()
    finder.feed(page)
    finder.close()
    return [block for block in finder.blocks if block.strip()]


def items_from_json(data: Any, origin: str) -> list[ArchiveItem]:
    """Archive items from parsed JSON: our project export, or every ClaimReview inside."""
    if isinstance(data, dict) and data.get("format") == PROJECT_EXPORT_FORMAT:
        return _project_export(data, origin)
    items = []
    for review in _claim_reviews(data):
        item = _item(review, origin)
        if item is not None:
            items.append(item)
            if len(items) > MAX_ITEMS:
                raise ImportFailed(f"'{origin}' has more than {MAX_ITEMS:,} fact-checks.")
    return items


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1] for k in kinds if isinstance(k, str)}


def _claim_reviews(data: Any) -> Iterator[dict[str, Any]]:
    """Every ClaimReview object, however it is wrapped (lists, @graph, feeds), depth-bounded."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            continue
        if isinstance(node, list):
            stack.extend((child, depth + 1) for child in reversed(node))
        elif isinstance(node, dict):
            if "ClaimReview" in _types(node):
                yield node
                continue
            stack.extend(
                (child, depth + 1)
                for child in reversed(list(node.values()))
                if isinstance(child, dict | list)
            )


def _text(value: Any) -> str:
    """A field's text: strings and numbers as they are, a thing by its name, else ''."""
    if isinstance(value, list):
        return _text(value[0]) if value else ""
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("alternateName") or "")
    if isinstance(value, bool):
        return ""
    if isinstance(value, str | int | float):
        return clip(str(value))
    return ""


def _rating(review: dict[str, Any]) -> str:
    rating = review.get("reviewRating")
    if isinstance(rating, list):
        rating = rating[0] if rating else None
    if not isinstance(rating, dict):
        return _text(rating)
    label = _text(rating.get("alternateName")) or _text(rating.get("name"))
    if label:
        return label
    value, best = _text(rating.get("ratingValue")), _text(rating.get("bestRating"))
    return f"{value}/{best}" if value and best else value


def _language(review: dict[str, Any]) -> str:
    code = review.get("inLanguage")
    if isinstance(code, dict):
        code = code.get("alternateName") or code.get("name")
    text = _text(code).lower()
    return text.split("-")[0][:3] if text.split("-")[0].isalpha() else ""


def _item(review: dict[str, Any], origin: str) -> ArchiveItem | None:
    reviewed = review.get("itemReviewed")
    reviewed = reviewed if isinstance(reviewed, dict) else {}
    claim = _text(review.get("claimReviewed")) or _text(reviewed.get("name"))
    if not claim:
        return None
    url = _text(review.get("url"))
    url = url if url.lower().startswith(("http://", "https://")) else ""
    publisher = _text(review.get("author")) or _text(review.get("publisher"))
    return ArchiveItem(
        key=item_key(claim, url, publisher),
        claim=claim,
        claimant=_text(reviewed.get("author")),
        rating=_rating(review),
        date=_text(review.get("datePublished"))[:10],
        publisher=publisher,
        url=url,
        language=_language(review),
        title=_text(review.get("headline")) or _text(review.get("name")),
        origin=clip(origin),
    )


def _project_export(data: dict[str, Any], origin: str) -> list[ArchiveItem]:
    """The reviewed claims of our own ``json`` export, keyed by claim id like a project's."""
    given = data.get("project")
    project: dict[str, Any] = given if isinstance(given, dict) else {}
    publisher = _text(project.get("organisation")) or _text(project.get("title"))
    documents = {_text(d.get("id")): d for d in _list(data.get("documents")) if isinstance(d, dict)}
    items = []
    for claim in _list(data.get("claims"))[:MAX_ITEMS]:
        if not isinstance(claim, dict) or claim.get("status") in (None, "unreviewed"):
            continue
        document = documents.get(_text(claim.get("document_id")), {})
        text = _text(claim.get("summary")) or _text(claim.get("quote"))
        if not text:
            continue
        source = _text(document.get("source_url"))
        items.append(
            ArchiveItem(
                key=f"claim:{_text(claim.get('id'))}",
                claim=text,
                claimant=_text(claim.get("claimant")),
                rating=_text(claim.get("rating")) or _text(claim.get("status")).capitalize(),
                date=_text(claim.get("updated_at") or claim.get("created_at"))[:10],
                publisher=publisher,
                url=source if source.lower().startswith(("http://", "https://")) else "",
                title=_text(document.get("title")),
                origin=clip(origin),
            )
        )
    return items


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
