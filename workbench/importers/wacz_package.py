"""A WACZ web archive (Webrecorder's ZIP package of WARC files), checked against its digests.

A WACZ declares, in ``datapackage.json``, the SHA-256 and size of every file it holds; its
pages are listed in ``pages/pages.jsonl``; its captures are WARC files under ``archive/``,
read with ``warcio`` (:mod:`warc_records`). Every declared digest is recomputed from the
bytes actually inflated, and a single mismatch refuses the file: the declaration is what
a reader of the fact-check would verify the archive by.

The ``wacz`` package would do this through ``frictionless`` and its dozens of
dependencies; what we need of it is a ZIP directory, a JSON file and a hash per file, so
the standard library reads the package and ``warcio`` its contents. Like every other ZIP
the program opens, the directory's sizes are not believed: each member is inflated through
a counting stream, with the ratio cap of :mod:`bounded_zip` and a budget for the whole file.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import zipfile
import zlib
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from workbench.core.archived import ArchivedPage
from workbench.importers.base import ImportFailed
from workbench.importers.bounded_zip import CHUNK, MAX_MEMBERS, MAX_RATIO, MB, RATIO_AFTER_MB
from workbench.importers.warc_records import WarcContents, read_warc

DATAPACKAGE = "datapackage.json"
PAGES = "pages/pages.jsonl"
#: ``datapackage.json`` and ``pages.jsonl`` are small lists; larger ones are not a capture.
MAX_LIST_BYTES = 16 * MB
#: Pages listed beyond this many are not kept (a capture of one source has a handful).
MAX_PAGES = 10_000
_HASHES = ("sha256", "sha1", "md5")


@dataclass(frozen=True, slots=True)
class WaczContents:
    """What a checked WACZ holds: its listed pages, its captures, the digests checked."""

    pages: tuple[ArchivedPage, ...]
    warc: WarcContents
    digests_checked: int


class _CountedMember:
    """A ZIP member read through a count: stopped past the archive's budget or the ratio
    cap, and hashed as it goes, so the digest is of exactly the bytes inflated."""

    def __init__(
        self,
        archive: zipfile.ZipFile,
        info: zipfile.ZipInfo,
        name: str,
        budget: list[int],
        algorithm: str = "",
    ) -> None:
        self._stream = archive.open(info)
        self._info = info
        self._name = name
        self._budget = budget
        self.read_bytes = 0
        #: The hash of the bytes read, when ``algorithm`` names one (a declared file).
        self.digest = hashlib.new(algorithm) if algorithm else None

    def read(self, size: int = -1) -> bytes:
        chunk = self._stream.read(CHUNK if size < 0 or size > CHUNK else size)
        self.read_bytes += len(chunk)
        self._budget[0] -= len(chunk)
        if self.digest is not None:
            self.digest.update(chunk)
        if self._budget[0] < 0:
            raise _bomb(self._name, "unpacks to far more than its own size")
        past = self.read_bytes > RATIO_AFTER_MB * MB
        if past and self.read_bytes > MAX_RATIO * max(self._info.compress_size, 1):
            raise _bomb(
                self._name,
                f"holds a part ('{self._info.filename[:80]}') that inflates more than "
                f"{MAX_RATIO} times",
            )
        return chunk

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self._stream.close()

    def __enter__(self) -> _CountedMember:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _bomb(name: str, why: str) -> ImportFailed:
    return ImportFailed(f"'{name}' {why} (a compression bomb?), so it was not read.")


def read_wacz(data: bytes, name: str, budget: int) -> WaczContents:
    """Check a WACZ's declared digests and read its pages and captures, or ImportFailed."""
    remaining = [budget]
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise _bomb(name, f"holds more than {MAX_MEMBERS:,} files")
            by_name = {info.filename: info for info in members if not info.is_dir()}
            resources = _resources(archive, by_name, name, remaining)
            for resource in resources:
                _check_resource(archive, by_name, name, remaining, resource)
            warc = WarcContents(budget=budget)
            for path, *_ in resources:
                if path.startswith("archive/") and path.endswith((".warc", ".warc.gz")):
                    opener = functools.partial(
                        _CountedMember, archive, by_name[path], name, remaining
                    )
                    read_warc(opener, f"{name}: {path}", warc)  # type: ignore[arg-type]
            pages = _pages(archive, by_name, name, remaining) if PAGES in by_name else ()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error) as err:
        raise ImportFailed(f"'{name}' is not a readable WACZ web archive ({err}).") from None
    except (RuntimeError, NotImplementedError) as err:  # encrypted, odd compression methods
        raise ImportFailed(f"'{name}' is not a readable WACZ web archive ({err}).") from None
    return WaczContents(pages, warc, len(resources))


def _read_small(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, remaining: list[int]
) -> bytes:
    chunks = []
    total = 0
    with _CountedMember(archive, info, name, remaining) as stream:
        while chunk := stream.read(CHUNK):
            total += len(chunk)
            if total > MAX_LIST_BYTES:
                raise ImportFailed(
                    f"'{name}' has a '{info.filename[:80]}' larger than "
                    f"{MAX_LIST_BYTES // MB} MB; it is not an ordinary web archive."
                )
            chunks.append(chunk)
    return b"".join(chunks)


def _resources(
    archive: zipfile.ZipFile, by_name: dict[str, zipfile.ZipInfo], name: str, remaining: list[int]
) -> list[tuple[str, str, str, int | None]]:
    """(path, hash algorithm, hex digest, size or None) of every file the package declares."""
    if DATAPACKAGE not in by_name:
        raise ImportFailed(
            f"'{name}' is not a WACZ web archive: it has no {DATAPACKAGE} listing its files."
        )
    try:
        package = json.loads(_read_small(archive, by_name[DATAPACKAGE], name, remaining))
    except (ValueError, RecursionError):
        raise ImportFailed(f"'{name}' has a damaged {DATAPACKAGE}.") from None
    listed = package.get("resources") if isinstance(package, dict) else None
    if not isinstance(listed, list) or not listed:
        raise ImportFailed(f"'{name}' has a {DATAPACKAGE} that lists no files.")
    return [_resource(item, name) for item in listed]


def _resource(item: Any, name: str) -> tuple[str, str, str, int | None]:
    declared = item.get("hash") if isinstance(item, dict) else None
    path = item.get("path") if isinstance(item, dict) else None
    if not isinstance(path, str) or not isinstance(declared, str) or ":" not in declared:
        raise ImportFailed(f"'{name}' lists a file in its {DATAPACKAGE} without a path or hash.")
    algorithm, _, digest = declared.partition(":")
    if algorithm.lower() not in _HASHES:
        raise ImportFailed(
            f"'{name}' declares its files' digests with '{algorithm[:20]}', which is not one "
            f"of {', '.join(_HASHES)}."
        )
    size = item.get("bytes")
    return path, algorithm.lower(), digest.lower(), size if isinstance(size, int) else None


def _check_resource(
    archive: zipfile.ZipFile,
    by_name: dict[str, zipfile.ZipInfo],
    name: str,
    remaining: list[int],
    resource: tuple[str, str, str, int | None],
) -> None:
    """Recompute one declared file's digest and size from the bytes it inflates to."""
    path, algorithm, expected, size = resource
    if path not in by_name:
        raise ImportFailed(f"'{name}' lists '{path[:80]}' in its {DATAPACKAGE} but lacks it.")
    with _CountedMember(archive, by_name[path], name, remaining, algorithm) as stream:
        while stream.read(CHUNK):
            pass
    actual = stream.digest.hexdigest() if stream.digest is not None else ""
    if actual != expected or (size is not None and size != stream.read_bytes):
        raise ImportFailed(
            f"'{name}': '{path[:80]}' does not match the digest its {DATAPACKAGE} declares; "
            "the archive may have been altered, so it was not read."
        )


def _pages(
    archive: zipfile.ZipFile, by_name: dict[str, zipfile.ZipInfo], name: str, remaining: list[int]
) -> tuple[ArchivedPage, ...]:
    """The pages ``pages.jsonl`` lists (its first line is a header); bad lines are skipped."""
    pages = []
    for line in _read_small(archive, by_name[PAGES], name, remaining).splitlines():
        try:
            entry = json.loads(line)
        except (ValueError, RecursionError):
            continue
        if isinstance(entry, dict) and isinstance(entry.get("url"), str):
            pages.append(
                ArchivedPage(
                    url=entry["url"][:2000],
                    title=str(entry.get("title") or "")[:500],
                    captured_at=str(entry.get("ts") or "")[:40],
                )
            )
        if len(pages) >= MAX_PAGES:
            break
    return tuple(pages)
