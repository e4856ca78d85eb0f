"""Mutated corpus files: every outcome is a document or the importers' own error, in time.

Bounded: a fixed number of seeded mutations per file kind, each run under a short parser
time limit, so the whole file stays within seconds.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from workbench.core.model import ImportedDocument
from workbench.importers import ImportFailed, ImportOptions, import_bytes

SOURCES = {
    "pdf": ("federal-register-2020-17221.pdf", "word365_structure.pdf", "issue-848.pdf"),
    "html": ("reuters.com.parasite.html", "theverge.com.ios13.html", "dw.com.colonial.html"),
}
MUTATIONS_PER_FILE = 4
OPTIONS = ImportOptions(timeout_seconds=20, memory_mb=512, password="")


def mutate(data: bytes, rng: random.Random) -> bytes:
    """Flip bytes, cut a slice out, duplicate one, or truncate: the damage files really take."""
    buffer = bytearray(data)
    kind = rng.choice(("flip", "cut", "repeat", "truncate"))
    at = rng.randrange(len(buffer))
    span = rng.randrange(1, max(2, len(buffer) // 20))
    if kind == "flip":
        for _ in range(rng.randrange(1, 64)):
            buffer[rng.randrange(len(buffer))] = rng.randrange(256)
    elif kind == "cut":
        del buffer[at : at + span]
    elif kind == "repeat":
        buffer[at:at] = buffer[at : at + span]
    else:
        del buffer[at:]
    return bytes(buffer)


CASES = [
    (kind, name, seed)
    for kind, names in SOURCES.items()
    for name in names
    for seed in range(MUTATIONS_PER_FILE)
]


@pytest.mark.parametrize(("kind", "name", "seed"), CASES)
def test_mutated_file_gives_a_document_or_an_import_error(
    corpus: Path, kind: str, name: str, seed: int
) -> None:
    data = mutate((corpus / kind / name).read_bytes(), random.Random(f"{name}/{seed}"))
    try:
        outcome = import_bytes(data, name, OPTIONS)
    except ImportFailed as err:
        assert str(err)
        assert "Traceback" not in str(err)
    else:
        assert isinstance(outcome, ImportedDocument)
