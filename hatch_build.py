"""Build hook: compile the translation catalogues (.ts) to Qt's .qm when the wheel is built.

The .qm files are build products, not sources, so they are not in the repository. A
wheel carries them in ``workbench/resources/translations``; an editable install reads
the checkout's ``resources/``, so there they are compiled in place. The compiler is
``workbench/i18n_tools.py``, loaded by path (the package itself is not importable in the
build environment); PySide6 is a build requirement for its ``lrelease``.
"""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CatalogueHook(BuildHookInterface):
    """Runs ``lrelease`` over ``resources/translations`` before the wheel is assembled."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile the catalogues into the wheel (or beside their sources, for editable)."""
        if self.target_name != "wheel":
            return
        root = Path(self.root)
        spec = importlib.util.spec_from_file_location(
            "i18n_tools", root / "workbench" / "i18n_tools.py"
        )
        assert spec is not None and spec.loader is not None
        tools = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(tools)
        folder = root / "resources" / "translations"
        if version == "editable":
            tools.release(folder)
            return
        out = Path(tempfile.mkdtemp(prefix="catalogues-"))
        for made in tools.release(folder, out):
            build_data["force_include"][str(made)] = f"workbench/resources/translations/{made.name}"
