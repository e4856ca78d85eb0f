"""Reports say which version of the article a verdict was checked against."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from workbench.core.model import ImportedDocument, new_claim
from workbench.core.translatable import Message
from workbench.core.versioning import version_note
from workbench.i18n import catalogue
from workbench.reports import content
from workbench.reports.markdown_report import render_markdown
from workbench.store.projectfile import Project

TEXT = "The minister said inflation fell to 2 per cent. Exports rose. Critics disagreed.\n"


def _english(note: Message | None) -> str:
    return note.english() if note else ""


def test_the_note_says_what_happened_since_the_check() -> None:
    assert version_note(1, 1, "", 1) is None
    assert _english(version_note(2, 2, "", 2)) == "Checked against version 2 (the current one)."
    assert "its words changed in version 3." in _english(version_note(3, 1, "changed", 3))
    assert "not in the current version 3" in _english(version_note(2, 2, "orphaned", 3))
    before = version_note(3, 1, "changed", 3, old_quote="fell to 2 per cent")
    assert _english(before).endswith("Before, it read: “fell to 2 per cent”.")
    arabic = version_note(3, 1, "exact", 3, number=catalogue("ar").number)
    assert arabic is not None and arabic.values["current"] == "٣"


def test_a_report_of_a_re_imported_article_carries_the_note(tmp_path: Path) -> None:
    with Project.create(tmp_path / "r.factcheck") as project:
        doc = project.add_document(ImportedDocument(TEXT, "Inflation", "txt"))
        for words in ("inflation fell to 2 per cent", "Exports rose"):
            start = TEXT.index(words)
            project.add_claim(new_claim(doc, start, start + len(words)))
        edited = TEXT.replace("2 per cent", "2.4 per cent").replace("Exports rose. ", "")
        project.import_new_version(doc.id, ImportedDocument(edited, "Inflation", "txt"))
        snapshot = project.snapshot()
    built = content.build(snapshot, content.ReportOptions(full_article=True))
    notes = sorted(item.version_note for item in built.claims)
    assert notes == [
        "Checked against version 1; its words changed in version 2. Before, it read:"
        " “inflation fell to 2 per cent”.",
        "Checked against version 1; the passage is not in the current version 2.",
    ]
    # The claim left on version 1 is quoted in its sentence there.
    orphan = next(item for item in built.claims if item.claim.version == 1)
    assert (orphan.context.quote, orphan.context.after) == ("Exports rose", ".")
    covered = [s for p in built.documents[0].paragraphs for s in p if s.covering]
    assert [s.text for s in covered] == ["inflation fell to 2.4 per cent"]
    markdown = render_markdown(snapshot, content.ReportOptions(full_article=True))
    assert "- **Version:** Checked against version 1; its words changed" in markdown


def test_a_french_report_says_the_note_in_french(tmp_path: Path) -> None:
    with Project.create(tmp_path / "r.factcheck") as project:
        project.update_settings(replace(project.settings(), language="fr"))
        doc = project.add_document(ImportedDocument(TEXT, "Inflation", "txt"))
        start = TEXT.index("Exports rose")
        project.add_claim(new_claim(doc, start, start + len("Exports rose")))
        edited = TEXT.replace("Exports rose. ", "")
        project.import_new_version(doc.id, ImportedDocument(edited, "Inflation", "txt"))
        snapshot = project.snapshot()
    (item,) = content.build(snapshot).claims
    assert item.version_note == (
        "Vérifiée sur la version 1 ; le passage ne figure plus dans la version actuelle 2."
    )
