"""Refresh and compile the catalogues: ``python -m workbench.i18n_tools refresh|release``.

``refresh`` runs ``pyside6-lupdate`` over the package (and over the words the report
template and the report writers pass to ``t()``, which lupdate cannot read) and updates
every ``resources/translations/workbench_<code>.ts``: new messages appear unfinished for
a translator, vanished ones are dropped. ``release`` compiles each ``.ts`` to ``.qm``
with ``pyside6-lrelease``; the wheel's build hook (``hatch_build.py``) loads this module
by path and calls :func:`release`, so it imports nothing of the package.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
#: The source language's catalogue: "%n claim(s)" as "1 claim", "2 claims".
ENGLISH = "workbench_en.ts"
#: A report's own words: ``t("...")`` in the template and ``.t("...")`` in the writers.
_REPORT_WORDS = re.compile(r"""\bt\(\s*(["'])((?:(?!\1)[^\\]|\\.)+)\1\s*\)""")


def qt_tool(name: str, *args: str) -> None:
    """Run PySide6's ``lupdate``/``lrelease`` (shipped with PySide6-Essentials)."""
    code = (
        f"import sys; from PySide6.scripts.pyside_tool import {name}; "
        f"sys.argv[0] = {name!r}; {name}()"
    )
    subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True)


def report_words(root: Path = ROOT) -> list[str]:
    """The words of the reports that only ``t()`` knows, in a stable order."""
    sources = [
        *(root / "resources" / "templates").glob("*.j2"),
        *(root / "workbench" / "reports").glob("*.py"),
    ]
    found = {
        m.group(2)
        for path in sources
        for m in _REPORT_WORDS.finditer(path.read_text(encoding="utf-8"))
    }
    return sorted(found)


def refresh(folder: Path = TRANSLATIONS, root: Path = ROOT) -> list[Path]:
    """Update (or create) every catalogue in ``folder`` from the sources under ``root``."""
    catalogues = sorted(folder.glob("workbench_*.ts"))
    with tempfile.TemporaryDirectory() as scratch:
        marks = Path(scratch) / "report_words.py"
        marks.write_text(
            "".join(f'QT_TRANSLATE_NOOP("Report", {json.dumps(w)})\n' for w in report_words(root)),
            encoding="utf-8",
        )
        sources = sorted(str(p) for p in (root / "workbench").rglob("*.py"))
        # English is the source: its catalogue holds only the plural forms (-pluralonly).
        english = [c for c in catalogues if c.name == ENGLISH]
        others = [c for c in catalogues if c.name != ENGLISH]
        for targets, extra in ((others, ()), (english, ("-pluralonly",))):
            if targets:
                qt_tool(
                    "lupdate",
                    *sources,
                    str(marks),
                    "-no-obsolete",
                    "-locations",
                    "none",
                    *extra,
                    "-ts",
                    *map(str, targets),
                )
    return catalogues


def release(folder: Path = TRANSLATIONS, out: Path | None = None) -> list[Path]:
    """Compile every ``.ts`` in ``folder`` to a ``.qm`` in ``out`` (default: beside it)."""
    out = out or folder
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for source in sorted(folder.glob("workbench_*.ts")):
        target = out / source.with_suffix(".qm").name
        qt_tool("lrelease", str(source), "-qm", str(target))
        made.append(target)
    return made


def main(argv: list[str]) -> int:
    """``refresh`` or ``release``; prints what it wrote."""
    if argv[:1] == ["refresh"]:
        written = refresh()
    elif argv[:1] == ["release"]:
        written = release()
    else:
        sys.stderr.write("usage: python -m workbench.i18n_tools refresh|release\n")
        return 2
    for path in written:
        sys.stdout.write(f"{path.relative_to(ROOT)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
