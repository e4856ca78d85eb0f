"""Unpack a ZIP-based article (DOCX) counting the bytes really inflated, not the sizes declared.

A ZIP's directory states each member's size, and an attacker writes it: a 2.6 MB DOCX whose
``document.xml`` inflates to 900 MB, or a directory that understates sizes so a reader
inflates gigabytes before the CRC check fails. So nothing here believes the directory:
every member is read through a counting loop, in small chunks (zipfile's ``read()`` of a
whole member asks zlib for up to 2 GB at once), and stopped as soon as it passes the
limits below. The child process's memory cap (:mod:`sandbox`) catches whatever is left.

Only the XML parts (``.xml``, ``.rels``) carry text; images and embedded files are not
inflated at all. The result is a new, uncompressed ZIP holding the same members, the
non-XML ones empty, which the format's reader (python-docx) then opens without inflating
anything itself.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from workbench.importers.base import ImportFailed

MB = 1024 * 1024
#: More members than this is not a document (a long DOCX with many images has hundreds).
MAX_MEMBERS = 10_000
#: All XML parts together may inflate to this much: a 300-page DOCX's XML is about 10 MB.
MAX_XML_MB = 64
#: A member inflating to more than this many times its compressed size, once past
#: RATIO_AFTER_MB, is a bomb. Measured: Word's XML compresses 2-30 times, an empty
#: 3,000-row table 190 times; deflate's ceiling, which bombs approach, is about 1,030.
MAX_RATIO = 500
RATIO_AFTER_MB = 2
CHUNK = 64 * 1024
_TEXT_PARTS = (".xml", ".rels")


def _bomb(name: str, why: str) -> ImportFailed:
    return ImportFailed(f"'{name}' {why}; it is not an ordinary article, so it was not read.")


def _inflate(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int, name: str) -> bytes:
    """One member's bytes, counted as they are inflated and stopped at the limits."""
    chunks = []
    total = 0
    with archive.open(info) as stream:
        while chunk := stream.read(CHUNK):
            total += len(chunk)
            if total > budget:
                raise _bomb(name, f"unpacks to more than {MAX_XML_MB} MB of text and markup")
            if total > RATIO_AFTER_MB * MB and total > MAX_RATIO * max(info.compress_size, 1):
                raise _bomb(
                    name,
                    f"holds a part ('{info.filename[:80]}') that inflates more than "
                    f"{MAX_RATIO} times (a ZIP bomb)",
                )
            chunks.append(chunk)
    return b"".join(chunks)


def text_parts_only(data: bytes, name: str, kind: str) -> bytes:
    """An uncompressed copy of the ZIP ``data``: XML parts inflated within the limits, every
    other member present but empty. ``kind`` names the format in messages ("Word file")."""
    out = io.BytesIO()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise _bomb(name, f"holds more than {MAX_MEMBERS:,} parts")
            latest = {info.filename: info for info in members if not info.is_dir()}
            budget = MAX_XML_MB * MB
            with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as copy:
                for member, info in latest.items():
                    text_part = member.lower().endswith(_TEXT_PARTS)
                    body = _inflate(archive, info, budget, name) if text_part else b""
                    budget -= len(body)
                    copy.writestr(member, body)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error) as err:
        raise ImportFailed(f"'{name}' is not a readable {kind} ({err}).") from None
    except (RuntimeError, NotImplementedError, ValueError) as err:  # encrypted, odd methods
        raise ImportFailed(f"'{name}' is not a readable {kind} ({err}).") from None
    return out.getvalue()
