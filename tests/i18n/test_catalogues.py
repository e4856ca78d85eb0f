"""Every window string is translatable, the catalogues match the code, and languages apply."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from tests.i18n.literals import translated, untranslated
from workbench import i18n_tools
from workbench.core import translatable
from workbench.core.model import ProjectSettings, ProjectSnapshot
from workbench.reports.html_report import render_html
from workbench.ui import language

UI = Path(__file__).resolve().parents[2] / "workbench" / "ui"
_PLACEHOLDER = re.compile(r"%n|%\d|\{[a-z_0-9]*(?:[!:][^}]*)?\}")


def _messages(path: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> its finished translations, of one .ts file."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            done = translation.get("type") != "unfinished"
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            found[(name, message.findtext("source") or "")] = forms if done else []
    return found


def test_every_shown_literal_in_the_window_goes_through_a_translator():
    found = [str(lit) for path in sorted(UI.rglob("*.py")) for lit in untranslated(path)]
    assert found == []


def test_the_scan_catches_a_literal_and_an_f_string(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        'label.setText("Hello")\nbox.setToolTip(f"Hi {name}")\nx.setText(self.tr("Fine"))\n',
        encoding="utf-8",
    )
    assert [lit.text for lit in untranslated(sample)] == ["Hello", "Hi "]


def test_the_scan_follows_text_setters_and_the_files_own_wrappers(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def _row(form, label, value):\n"
        "    form.addRow(label, value)\n"
        "def _labelled(form, label):\n"
        "    _row(form, label, None)\n"
        "def _pick(kind):\n"
        "    picked.emit(kind)\n"
        'wizard.setSubTitle("Welcome")\n'
        'header.setSectionLabel("Size")\n'
        '_row(form, "Kind:", kind)\n'
        '_labelled(form, "Size:")\n'
        '_pick("open")\n'
        'form.setObjectName("details")\n',
        encoding="utf-8",
    )
    assert [lit.text for lit in untranslated(sample)] == ["Welcome", "Size", "Kind:", "Size:"]


def test_catalogues_hold_exactly_the_messages_of_the_code(tmp_path):
    folder = tmp_path / "translations"
    shutil.copytree(i18n_tools.TRANSLATIONS, folder, ignore=shutil.ignore_patterns("*.qm"))
    i18n_tools.refresh(folder)
    for fresh in sorted(folder.glob("*.ts")):
        committed = i18n_tools.TRANSLATIONS / fresh.name
        assert set(_messages(fresh)) == set(_messages(committed)), fresh.name


LANGUAGES = list(translatable.LANGUAGES)


def test_every_message_the_window_asks_for_is_in_the_catalogues():
    known = set(_messages(i18n_tools.TRANSLATIONS / "workbench_de.ts"))
    asked = {pair for path in sorted(UI.rglob("*.py")) for pair in translated(path)}
    assert len(asked) > 300
    assert sorted(asked - known) == []


def test_every_counted_message_has_plural_forms():
    # Qt looks a message up by its plural forms when given a count: a "%n" message that
    # lupdate took for a plain one is never found, and shows in English.
    root = ET.parse(i18n_tools.TRANSLATIONS / "workbench_de.ts").getroot()
    plain = [
        m.findtext("source")
        for m in root.iter("message")
        if "%n" in (m.findtext("source") or "") and m.get("numerus") != "yes"
    ]
    assert plain == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_catalogues_are_complete(code):
    messages = _messages(i18n_tools.TRANSLATIONS / f"workbench_{code}.ts")
    assert [key for key, forms in messages.items() if not forms or not all(forms)] == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_every_placeholder(code):
    for (context, source), forms in _messages(
        i18n_tools.TRANSLATIONS / f"workbench_{code}.ts"
    ).items():
        wanted = sorted(set(_PLACEHOLDER.findall(source)))
        for form in forms:
            assert sorted(set(_PLACEHOLDER.findall(form))) == wanted, (context, source, form)


@pytest.fixture
def speaking(qapp):
    """Install a language for one test; English again afterwards."""

    def install(code: str) -> None:
        language.install(qapp, code)

    yield install
    language.install(qapp, "en")


def test_arabic_mirrors_the_window(speaking, qapp):
    speaking("ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("Status", "Verified") == "مُتحقَّق منه"
    speaking("de")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def _snapshot(code: str) -> ProjectSnapshot:
    return ProjectSnapshot(
        path_name="p.factcheck",
        settings=ProjectSettings(title="Budget", language=code),
        documents=(),
        claims=(),
        evidence={},
        history=(),
        reviewers=(),
        exported_at="2026-11-27T14:05:00+00:00",
    )


def test_a_french_project_reports_in_french_and_an_arabic_one_right_to_left():
    french = render_html(_snapshot("fr"))
    assert "<h2>Verdicts</h2>" in french and "<h2>Notre méthode de notation" in french
    assert "<h3>Qui a vérifié quoi" in french and "Vérifiée" in french
    assert '<html lang="fr" dir="ltr">' in french
    assert "nov." in french  # the export date, written the French way
    arabic = render_html(_snapshot("ar"))
    assert '<html lang="ar" dir="rtl">' in arabic and "المصادر" in arabic
    english = render_html(_snapshot("en"))
    assert "How we rate" in english and "27 Nov 2026, 14:05 UTC" in english
