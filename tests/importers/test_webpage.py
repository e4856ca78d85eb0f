"""Saved news pages: the article and its metadata, without navigation and teasers."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.importers import ImportFailed, import_bytes, import_file

# name: (title, first paragraph starts, last paragraph starts, navigation/teaser text dropped)
PAGES = {
    "correctiv.org.zusage": (
        "„Wir haben bereits die Zusage“",
        "Die AfD behauptet, nichts vom Versand einer Gratiszeitung",
        "CORRECTIV ist das erste gemeinnützige Recherchezentrum",
        "Fördern Sie unabhängigen Journalismus",
    ),
    "dw.com.colonial": (
        "Berlin confronts Germany's colonial past with new initiative | DW | 19.01.2020",
        "The German capital has launched a five-year project to mark its part in European",
        "The city of Berlin itself became a major part of African colonial history in 1884",
        "Follow @dwnews on Twitter",
    ),
    "franceculture.fr.idees": (
        "Prendre la parole",
        "Serions-nous entrés dans l’ère de ce que Paul Valadier",
        "Revue Esprit : Quand le langage travaille.",
        "Oser prendre la parole (2/4) : A la tribune je monterai",
    ),
    "mercurynews.com.2023.01.16.letters-1119": (
        "Letters: Coddling criminals | Undermining road | Tax dollars | Recount cost | "
        "Predicting climate",
        "Submit your letter to the editor via this form.",
        "Clayton",
        "Miss Manners: The bride objects to the rule about wedding guests",
    ),
    "nature.com.telescope": (
        "Gigantic Chinese telescope opens to astronomers worldwide",
        "The world’s largest single-dish radio observatory is preparing to open",
        "Now the team’s biggest hurdle is working out how to store",
        "How one astronomer hears the Universe",
    ),
    "reuters.com.parasite": (
        "'Parasite' scores historic upset at SAG awards, boosting Oscar chances",
        "LOS ANGELES (Reuters) - South Korean thriller “Parasite” was the upset winner",
        "Additional reporting by Steve Gorman; Editing by",
        "Factbox: Key winners at the 2020 Screen Actors Guild Awards",
    ),
    "salon.com.emissions": (
        "Despite everything, U.S. emissions dipped in 2019",
        "Just a week into the new year, and the first estimate",
        "Nudging people toward clean electricity requires policy",
        "Clinton urges voters to take out Trump",
    ),
    "scmp.com.playbook": (
        "Carrie Lam should study Tsai Ing-wen’s playbook",
        "Taiwanese President Tsai Ing-wen’s spectacular re-election was no easy feat.",
        "Taiwanese President Tsai Ing-wen’s spectacular re-election was no easy feat.",
        "Photo: AP",
    ),
    "spiegel.de.albtraum": (
        "Ein Albtraum",
        "Der Reporter Claas Relotius hat den SPIEGEL mit ganz oder teilweise gefälschten",
        "Relotius legt auf Facebook ein Fake-Profil an. Es stützt seine Version.",
        "Hilfe & Kontakt",
    ),
    "theverge.com.ios13": (
        "iOS 13 will fix the FaceTime eye contact problem",
        "iOS 13’s third developer beta includes a new feature",
        "Update July 3rd, 8:05AM ET: Added ARKit explanation and tweet.",
        "Communications Preferences",
    ),
}

METADATA = {
    "reuters.com.parasite": (
        "Jill Serjeant",
        "Reuters",
        "2020-01-20",
        "https://www.reuters.com/article/us-awards-sag-idUSKBN1ZI0EH",
    ),
    "correctiv.org.zusage": (
        "Marcus Bensmann; Justus von Daniels; Ulrich Stoll",
        "CORRECTIV - Recherchen für die Gesellschaft",
        "2019-05-14",
        "https://correctiv.org/aktuelles/neue-rechte/2019/05/14/wir-haben-bereits-die-zusage/",
    ),
    "nature.com.telescope": (
        "Elizabeth Gibney",
        "Nature",
        "2019-09-24",
        "https://www.nature.com/articles/d41586-019-02790-3",
    ),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_gives_its_article_without_the_page_around_it(corpus: Path, name: str) -> None:
    title, first, last, dropped = PAGES[name]
    doc = import_file(corpus / "html" / f"{name}.html")
    paragraphs = doc.text.split("\n\n")
    assert doc.format == "html"
    assert doc.title == title
    assert paragraphs[0].startswith(first)
    assert paragraphs[-1].startswith(last)
    assert dropped not in doc.text
    assert "<script" not in doc.text
    assert doc.published.startswith("20")
    assert doc.source_url.startswith("https://")


@pytest.mark.parametrize("name", sorted(METADATA))
def test_page_metadata(corpus: Path, name: str) -> None:
    doc = import_file(corpus / "html" / f"{name}.html")
    assert (doc.author, doc.publisher, doc.published, doc.source_url) == METADATA[name]


def test_script_drawn_article_comes_from_its_json_ld_with_a_warning(corpus: Path) -> None:
    doc = import_file(corpus / "html" / "scmp.com.playbook.html")
    assert len(doc.text) > 4000
    assert "articleBody" not in doc.text
    assert any("metadata" in w for w in doc.warnings)


def test_page_without_an_article_says_so() -> None:
    page = b"<!DOCTYPE html><html><body><script>document.write('hi')</script></body></html>"
    with pytest.raises(ImportFailed, match="no article text"):
        import_bytes(page, "empty.html")
