"""Shared test set-up: Qt runs offscreen, and the shared corpus of real PDFs and pages is found.

The corpus is ``WORKBENCH_CORPUS`` when that is set, else ``../shared/corpus`` beside the
clone; tests that need it skip, saying so, when it is in neither place.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The installed command's fixtures (``run``, ``cli_env``), for the CLI tests and any other
# folder that attacks the real program.
pytest_plugins = ["tests.command"]

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SAMPLE_ARTICLE = SEEDS / "atlantic-council-budapest-summit-postponed.txt"
CORPUS_VARIABLE = "WORKBENCH_CORPUS"
CORPUS = Path(os.environ.get(CORPUS_VARIABLE) or REPO.parent / "shared" / "corpus")


@pytest.fixture(scope="session", autouse=True)
def widget_application(qapp: object) -> object:
    """One QApplication for the whole run, made before any test can make a lesser one.

    The PDF report makes a QGuiApplication when there is no application (the command line
    needs one); a widget made later in the same process then aborts it ("QWidget: Cannot
    create a QWidget without QApplication"). That is how the window benchmark died when
    the random order ran a report benchmark first.

    As the program does at start, it speaks a language: English, whose catalogue holds
    the plural forms ("1 claim", "2 claims"). A checkout has only the catalogues' sources,
    so they are compiled first, as the wheel's build hook compiles them.
    """
    from workbench import i18n_tools
    from workbench.ui import language

    i18n_tools.release()
    language.install(qapp, "en")
    return qapp


@pytest.fixture
def sample_article() -> Path:
    """The Atlantic Council article the README's examples use."""
    return SAMPLE_ARTICLE


@pytest.fixture
def corpus() -> Path:
    """Real PDFs and saved news pages; tests that need them skip when it is absent."""
    if not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}: set {CORPUS_VARIABLE} to its folder")
    return CORPUS


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Benchmarks are not part of the default run: ``--benchmark-enable`` brings them in."""
    if "benchmarks" in collection_path.parts and not config.getoption("benchmark_enable"):
        return True
    return None
