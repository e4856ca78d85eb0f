"""Finds user-visible string literals in ``workbench/ui`` that bypass the catalogues.

A literal (or f-string) handed straight to a call that shows text (``setText``,
``QMessageBox.warning``, ``QAction(...)``, an accessible name...) never reaches a
translator. Text passed through ``self.tr``/``QCoreApplication.translate`` is a call, not
a literal, so it is not reported. A literal holding no letter ("…", "https://") is not
words and is left alone.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

#: Methods whose string arguments a person reads (Qt's, and the project's own helpers).
SHOWING_METHODS = frozenset(
    {
        "setText",
        "createUndoAction",
        "createRedoAction",
        "setIconText",
        "setWindowTitle",
        "setToolTip",
        "setStatusTip",
        "setWhatsThis",
        "setPlaceholderText",
        "setAccessibleName",
        "setAccessibleDescription",
        "setTitle",
        "addAction",
        "addMenu",
        "addTab",
        "setTabText",
        "insertTab",
        "showMessage",
        "setHeaderLabels",
        "setHorizontalHeaderLabels",
        "setSuffix",
        "setPrefix",
        "setSpecialValueText",
        "addRow",
        "setLabelText",
        "setInformativeText",
        "setDetailedText",
        "information",
        "warning",
        "critical",
        "question",
        "about",
        "addButton",
        "setNameFilter",
        "setNameFilters",
        "getOpenFileName",
        "getSaveFileName",
        "getExistingDirectory",
        "getText",
        "getItem",
        "setHtml",
        "setPlainText",
        "addItem",
        "setButtonText",
        "setCancelButtonText",
        "setLabel",
        "setFormat",
    }
)
#: Constructors and helpers whose string arguments are shown.
SHOWING_CALLS = frozenset(
    {
        "QAction",
        "QLabel",
        "QPushButton",
        "QCheckBox",
        "QGroupBox",
        "QRadioButton",
        "QMenu",
        "QToolButton",
        "QMessageBox",
        "QProgressDialog",
        "QToolBar",
        "QDockWidget",
        "plain_label",
        "show_error",
        "show_message",
        "_add",
        "_action",
        "_button",
        "_spin",
        "status_message",
        "_start_button",
        "_heading",
        "run_job",
        "report_failure",
        "emit",
        "message",
        "merged",
        "HelpDialog",
    }
)
#: Any other method named like a setter or adder of shown text ("setSubTitle", "addRow").
_SHOWING_NAME = re.compile(r"(set|add)\w*(Text|Title|Label|ToolTip|Row)")
#: A signal's ``emit`` carries ids and actions as often as words: a function that emits its
#: parameter is not taken for a wrapper of shown text (a literal emitted directly still is).
_NOT_FORWARDED = frozenset({"emit"})
_WORDS = re.compile(r"[A-Za-z]{2,}")
#: A key sequence ("Ctrl+Shift+E") names keys, not words.
_SUFFIX = re.compile(r"\.\w+")  # a file name's suffix (".factcheck")
_SHORTCUT = re.compile(r"(Ctrl|Alt|Shift|Meta)\+\S*")


@dataclass(frozen=True, slots=True)
class Literal:
    """One untranslated literal: where it is and what it says."""

    path: Path
    line: int
    col: int
    end_line: int
    end_col: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.call}({self.text!r})"


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _is_words(node: ast.expr) -> str | None:
    """The text of a literal a person would read, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        words = (
            _WORDS.search(node.value)
            and not _SHORTCUT.fullmatch(node.value)
            and not _SUFFIX.fullmatch(node.value)
        )
        return node.value if words else None
    if isinstance(node, ast.JoinedStr):
        text = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        return text if _WORDS.search(text) else None
    if isinstance(node, ast.BinOp):
        return _is_words(node.left) or _is_words(node.right)
    if isinstance(node, ast.IfExp):
        return _is_words(node.body) or _is_words(node.orelse)
    return None


def _candidates(node: ast.expr) -> list[ast.expr]:
    """The shown expressions among an argument: both branches of ``a if c else b``."""
    if isinstance(node, ast.IfExp):
        return [*_candidates(node.body), *_candidates(node.orelse)]
    if isinstance(node, (ast.List, ast.Tuple)):
        return [e for item in node.elts for e in _candidates(item)]
    return [node]


def _shows(name: str) -> bool:
    return name in SHOWING_METHODS or name in SHOWING_CALLS or bool(_SHOWING_NAME.fullmatch(name))


def _forwarders(tree: ast.AST) -> set[str]:
    """The file's own functions that hand one of their parameters to a showing call.

    A literal given to such a wrapper (``self._row("Size:", ...)`` around ``addRow``) is
    shown as surely as one given to ``addRow`` itself. Wrappers of wrappers are followed
    until nothing new is found.
    """
    functions = [
        f for f in ast.walk(tree) if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))
    ]
    found: set[str] = set()
    while True:
        grown = set(found)
        for function in functions:
            parameters = {a.arg for a in (*function.args.posonlyargs, *function.args.args)}
            parameters |= {a.arg for a in function.args.kwonlyargs}
            for call in ast.walk(function):
                if not isinstance(call, ast.Call):
                    continue
                name = _name(call.func)
                if name in _NOT_FORWARDED or not (_shows(name) or name in found):
                    continue
                passed = [*call.args, *(k.value for k in call.keywords)]
                shown = any(
                    isinstance(a, ast.Name) and a.id in parameters - {"self"} for a in passed
                )
                if shown and not function.name.startswith("__"):  # a class is called by its name
                    grown.add(function.name)
        if grown == found:
            return found
        found = grown


def untranslated(path: Path) -> list[Literal]:
    """Every literal in ``path`` shown to the user without passing a translator."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    forwarders = _forwarders(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if not _shows(name) and name not in forwarders:
            continue
        arguments = [*node.args, *(k.value for k in node.keywords if k.arg != "objectName")]
        for argument in arguments:
            for shown in _candidates(argument):
                text = _is_words(shown)
                if text is not None:
                    found.append(
                        Literal(
                            path,
                            shown.lineno,
                            shown.col_offset,
                            shown.end_lineno or shown.lineno,
                            shown.end_col_offset or 0,
                            name,
                            text,
                        )
                    )
    return found


def translated(path: Path) -> list[tuple[str, str]]:
    """(context, source) of every literal handed to ``self.tr`` or ``translate`` in ``path``.

    ``self.tr`` takes its context from the enclosing class, as PySide6 does; a context or
    source that is not a literal cannot be checked here (it is a marked constant).
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []

    def visit(node: ast.AST, owner: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else owner
            if isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute):
                args = child.args
                strings = [a.value if isinstance(a, ast.Constant) else None for a in args[:2]]
                if child.func.attr == "tr" and strings and isinstance(strings[0], str):
                    found.append((owner, strings[0]))
                elif (
                    child.func.attr == "translate"
                    and len(strings) == 2
                    and all(isinstance(v, str) for v in strings)
                ):
                    found.append((str(strings[0]), str(strings[1])))
            visit(child, inner)

    visit(tree, "")
    return found
