"""Text to terms and re-ranking (pure Python): the rules both stages rely on."""

from __future__ import annotations

from workbench.core.archive_items import guess_language, item_key
from workbench.core.archive_match import (
    MAX_QUERY_TERMS,
    Candidate,
    Weights,
    fts_query,
    index_terms,
    normalise,
    rerank,
    stem,
    words,
)


def test_normalise_drops_links_and_handles_and_splits_hashtags() -> None:
    text = "Wow #DefundTheCBC now https://t.co/CsHG8R9cHp pic.twitter.com/0eJ @BradTrostCPC"
    assert normalise(text).split() == ["wow", "defund", "the", "cbc", "now"]


def test_normalise_folds_case_width_and_accents() -> None:
    assert normalise("ÉLYSÉE Ｐａｒｉｓ Straße") == "elysee paris strasse"


def test_words_drop_stop_words_and_meet_at_the_same_stem() -> None:
    assert words("The vaccines were vaccinated") == words("vaccine vaccination")[:1] * 2
    assert "the" not in words("the the the cat")
    assert stem("2020") == "2020"
    assert stem("bus") == "bus"


def test_index_terms_and_query_share_the_tokeniser() -> None:
    text = "Bill Gates funded the vaccines"
    assert set(index_terms(text).split()) == {t.strip('"') for t in fts_query(text).split(" OR ")}


def test_fts_query_quotes_every_term_so_syntax_is_inert() -> None:
    query = fts_query('NEAR(a b) OR "x* -y AND z:w ^col')
    for term in query.split(" OR "):
        assert term.startswith('"')
        assert term.endswith('"')
        assert '"' not in term[1:-1]


def test_fts_query_of_nothing_but_stop_words_is_empty() -> None:
    assert fts_query("the and of it is") == ""
    assert fts_query("") == ""


def test_fts_query_is_bounded_for_a_pasted_article() -> None:
    article = " ".join(f"word{i}" for i in range(1000))
    assert len(fts_query(article).split(" OR ")) == MAX_QUERY_TERMS


def _candidate(key: str, text: str, bm25: float = -1.0) -> Candidate:
    return Candidate(key, index_terms(text), bm25)


def test_rerank_puts_the_paraphrase_first() -> None:
    candidates = [
        _candidate("other", "The president visited a tower in Paris", -3.0),
        _candidate("same", "Eiffel Tower to be demolished next year", -2.0),
        _candidate("far", "Bus fares rose in the city", -1.0),
    ]
    ranked = rerank("They are demolishing the Eiffel tower", candidates, {}, 100)
    assert ranked[0].key == "same"
    assert all(0.0 <= s.score <= 1.0 for s in ranked)
    assert ranked == sorted(ranked, key=lambda s: -s.score)


def test_rare_words_outweigh_common_ones() -> None:
    candidates = [_candidate("common", "government says taxes"), _candidate("rare", "zeppelin")]
    frequency = {words("government")[0]: 900, words("taxes")[0]: 800, "zeppelin": 1}
    ranked = rerank("government zeppelin taxes", candidates, frequency, 1000, Weights(1, 0, 0, 0))
    assert ranked[0].key == "rare"


def test_rerank_of_no_candidates_is_empty() -> None:
    assert rerank("anything", [], {}, 0) == []


def test_item_key_ignores_case_and_spacing_but_not_the_publisher() -> None:
    a = item_key("The Earth is  flat", "https://x.example/1", "X")
    assert a == item_key("the earth is flat", "https://x.example/1", "X")
    assert a != item_key("The Earth is flat", "https://x.example/1", "Y")


def test_guess_language_knows_a_few_and_admits_doubt() -> None:
    assert guess_language("The mayor said that the fares are too high for the families") == "en"
    assert (
        guess_language("Le maire a dit que les tarifs sont trop élevés pour les familles") == "fr"
    )
    assert guess_language("Covid") == ""


def test_unspaced_scripts_become_character_pairs() -> None:
    assert words("流感疫苗") == ["流感", "感疫", "疫苗"]
    assert words("iPhone15の新機能") == ["iphone15", "の新", "新機", "機能"]
