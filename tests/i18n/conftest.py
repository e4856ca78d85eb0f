"""The catalogues compiled once per run, as the wheel's build hook compiles them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from workbench import i18n, i18n_tools


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues() -> Iterator[None]:
    """``.qm`` files beside the ``.ts`` sources (a checkout has none until built)."""
    i18n_tools.release()
    i18n.app_translator.cache_clear()
    i18n.catalogue.cache_clear()
    yield
