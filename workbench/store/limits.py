"""How much a project file may hold, in one place: every size the open check accepts is
one that every command (check, claims, every export, the window) can handle.

The figures are far above what a newsroom's review holds (the longest real articles are
a few hundred thousand characters; a 2,000-page PDF is about 6 million) and were
measured to stay usable on a two-core machine: see ``tests/benchmarks/test_limits_bench.py``
and the README section on opening a file someone sent. A file beyond them is refused when
it is opened, with a message naming the limit, instead of exhausting memory later.
"""

from __future__ import annotations

from workbench.core import archived

#: Characters of text in one document (a 2,000-page PDF is about 6 million).
MAX_DOCUMENT_CHARS = 20_000_000
#: Characters of document text in one project, all documents together.
MAX_TOTAL_TEXT_CHARS = 60_000_000
#: Documents in one project.
MAX_DOCUMENTS = 10_000
#: Claims in one project (the window is designed for 100,000).
MAX_CLAIMS = 200_000
#: Pieces of evidence in one project.
MAX_EVIDENCE = 400_000
#: Rows of the change history.
MAX_HISTORY = 1_000_000
#: Characters in the claims', evidence's, history's and settings' text, all together.
MAX_RECORD_CHARS = 200_000_000
#: Characters in one short field (a title, a note, an excerpt, a claimant, a URL...).
MAX_FIELD_CHARS = 100_000
#: Bytes of imported originals, evidence attachments and archived copies, all together.
MAX_ATTACHED_BYTES = 1024 * 1024 * 1024
#: Largest single archived copy of evidence; below :data:`MAX_VALUE_BYTES`.
MAX_COPY_BYTES = archived.MAX_COPY_BYTES
#: Largest single string or blob SQLite may hand back (an imported original, say).
MAX_VALUE_BYTES = 256 * 1024 * 1024
#: Bytes of the project file itself.
MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024
#: Nesting depth of a JSON value (settings, page numbers, history): ours use 3 at most.
MAX_JSON_DEPTH = 16
#: Seconds the whole check of a file may take before it is given up as unusable.
CHECK_SECONDS = 120.0


def megabytes(count: int) -> str:
    """A byte count as the limits are stated to users ("1,024 MB")."""
    return f"{count // (1024 * 1024):,} MB"
