"""Retrieval reads what a question calls the documents it asks about (a partnership, a type, a month,
"now") and weighs its words by how much they say: the page asked for comes first."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings

from assistant.answering.named import Named
from assistant.answering.specific import specific_weights
from assistant.answering.weights import ADDED_WORD_WEIGHT
from assistant.cues import read_cues
from assistant.service import Assistant
from assistant.settings import Settings
from assistant.text import terms
from assistant.types import DocumentCues
from ingest.records import DocumentRecord
from tests.pdfs import make_pdf

EASTHOLM = "Eastholm Community Safety Partnership"
WESTCOTE = "Westcote Safer Communities Partnership"
_CATALOGUE = """
[[document]]
file = "eastholm/minutes-2024-02-14.pdf"
title = "Eastholm Community Safety Partnership Board minutes, 14 February 2024"
type = "minutes"
period = "2023-24"
partnership = "{name}"
date = "2024-02-14"

[[document]]
file = "eastholm/minutes-2024-05-08.pdf"
title = "Eastholm Community Safety Partnership Board minutes, 8 May 2024"
type = "minutes"
period = "2024-25"
partnership = "{name}"
date = "2024-05-08"

[[document]]
file = "eastholm/annual-report-2023-24.pdf"
title = "Eastholm Community Safety Partnership Annual Report 2023-24"
type = "annual report"
period = "2023-24"
partnership = "{name}"
date = "2024-06-30"
"""


@pytest.fixture(scope="module")
def eastholm(tmp_path_factory: pytest.TempPathFactory, model: Embeddings) -> Assistant:
    """Two board minutes, each signed on its second page, and an annual report, with the real model.

    The February minutes name the May meeting, so by words alone they answer "the minutes of May 2024".
    """
    root = tmp_path_factory.mktemp("cues")
    corpus = root / "corpus"
    minutes = [
        ("2024-02-14", "14 February 2024", "Youth diversion", "P. Okafor, Chair", "Wednesday 8 May 2024"),
        ("2024-05-08", "8 May 2024", "Rural crime", "R. Lindqvist, Vice-Chair", "Wednesday 10 July 2024"),
    ]
    for date, day, item, signer, following in minutes:
        first = [f"Eastholm Community Safety Partnership Board minutes, {day}", "", f"Item 1. {item}"]
        first += [f"The board heard a report on {item.lower()} and agreed the plan for the year."]
        second = ["Item 4. Next meeting", f"{following}, Eastholm Town Hall.", ""]
        second += [f"Signed as a correct record: {signer}."]
        make_pdf(corpus / f"eastholm/minutes-{date}.pdf", [first, second])
    make_pdf(
        corpus / "eastholm/annual-report-2023-24.pdf",
        [
            [
                "Eastholm Community Safety Partnership Annual Report 2023-24",
                "",
                "Night-time economy",
                "Over 3,500 Stop Tops went to pubs and clubs across the borough against drink spiking.",
                "",
                "Market days",
                "Leaflets on home security were given out at the Saturday market by the community team.",
            ]
        ],
    )
    (corpus / "catalogue.toml").write_text(_CATALOGUE.format(name=EASTHOLM), encoding="utf-8")
    helper = Assistant.open(Settings(corpus_dir=corpus, data_dir=root / "data"), model)
    helper.ingest()
    return helper


def test_a_month_named_brings_that_meetings_minutes_first(eastholm: Assistant) -> None:
    for question, document, signer in (
        ("who signed the minutes of may 2024", "eastholm/minutes-2024-05-08.pdf", "Lindqvist"),
        ("who signed the minutes of February 2024", "eastholm/minutes-2024-02-14.pdf", "Okafor"),
    ):
        first = eastholm.search(question, k=3)[0]
        assert (first.document, first.page) == (document, 2), question
        assert signer in first.text


def test_a_specific_word_outweighs_everyday_ones(eastholm: Assistant) -> None:
    scores = eastholm.retriever.word_scores("how many stop tops were given out")
    assert scores is not None
    best = eastholm.retriever.chunks[int(np.argmax(scores))].chunk
    assert "Stop Tops" in best.text and "Leaflets" not in best.text
    assert (best.document, best.page) == ("eastholm/annual-report-2023-24.pdf", 1)


def test_words_added_to_a_question_weigh_less_than_its_own(eastholm: Assistant) -> None:
    # A glossary's other forms of a question's words are alternatives: they never outvote what was typed.
    retriever = eastholm.retriever
    searched = "drink spiking in pubs (leaflets; saturday market; home security)"
    added = frozenset(terms("leaflets saturday market home security"))
    plain, weighed = retriever.word_scores(searched), retriever.word_scores(searched, added=added)
    assert plain is not None and weighed is not None
    best = retriever.chunks[int(np.argmax(weighed))].chunk
    assert "Stop Tops" in best.text
    assert (best.document, best.page) == ("eastholm/annual-report-2023-24.pdf", 1)
    leaflets = next(i for i, s in enumerate(retriever.chunks) if s.chunk.text.startswith("Leaflets"))
    assert weighed[leaflets] == pytest.approx(ADDED_WORD_WEIGHT * plain[leaflets])


def test_a_figure_keeps_its_whole_weight() -> None:
    shares = specific_weights("asb incidents per 1,000 in 2024")
    assert shares["1000"] == 1.0 and shares["2024"] == 1.0  # "1,000" is one word, its value
    assert shares["per"] < 1.0  # an everyday word still weighs less


def test_a_verb_with_not_is_no_other_word() -> None:
    # "won't" was the word "won", stemmed "win"; "doesn't" a word "doesn".
    assert terms("what won't it pay for") == ["pay"] == terms("what it doesn’t pay for")
    assert terms("can't") == ["can"] and terms("the council's grant") == ["council", "grant"]


def _record(
    document: str, doc_type: str, period: str, date: str, partnership: str = EASTHOLM
) -> DocumentRecord:
    return DocumentRecord(document, "", document, doc_type, period, partnership, 1, 1, "", date=date)


_RECORDS = {
    r.document: r
    for r in (
        _record("e-min-feb.pdf", "minutes", "2023-24", "2024-02-14"),
        _record("e-min-may.pdf", "minutes", "2024-25", "2024-05-08"),
        _record("e-sa.pdf", "strategic assessment", "2023-24", "2023-05-15"),
        _record("e-ar22.pdf", "annual report", "2022-23", "2023-07-01"),
        _record("e-ar23.pdf", "annual report", "2023-24", "2024-06-30"),
        _record("w-sa.pdf", "strategic assessment", "2024-25", "2024-02-01", WESTCOTE),
    )
}
_SUPERSEDED = frozenset({"e-min-feb.pdf", "e-ar22.pdf"})


def test_cues_are_the_documents_a_question_names_by_type_month_or_partnership() -> None:
    def cues(question: str, named: Named | None = None) -> DocumentCues:
        return read_cues(question, _RECORDS, _SUPERSEDED, named)

    assert cues("who signed the minutes of may 2024") == DocumentCues(
        frozenset({"e-min-may.pdf"}), frozenset({"minut", "may", "2024"})
    )
    assert cues("what did the strategic assessment rate red").documents == {"e-sa.pdf", "w-sa.pdf"}
    eastholm = Named(frozenset({EASTHOLM}), frozenset(d for d in _RECORDS if d.startswith("e-")))
    named_sa = cues("what did the eastholm strategic assessment rate red", eastholm)
    assert named_sa.documents == {"e-sa.pdf"}
    assert {"strateg", "assess", "eastholm", "ecsp"} <= named_sa.words
    # What holds now: every newest edition, none superseded; no word of the question names them.
    # Each partnership's most recent of them, whatever its type, is favoured again.
    assert cues("what is the partnership focusing on now") == DocumentCues(
        frozenset({"e-min-may.pdf", "e-sa.pdf", "e-ar23.pdf", "w-sa.pdf"}),
        frozenset(),
        frozenset({"e-ar23.pdf", "w-sa.pdf"}),
    )
    assert cues("what is eastholm focusing on now", eastholm).newest == {"e-ar23.pdf"}
    assert cues("what did the eastholm minutes say now", eastholm).newest == {"e-min-may.pdf"}
    assert not cues("what did the eastholm report say", eastholm).newest  # not asked what holds now
    assert cues("how much went to domestic abuse work") == DocumentCues()  # names nothing
    assert cues("who signed the minutes of march 2021") == DocumentCues()  # no such meeting indexed
    # Months joined into a span name a funding window or period, not the meeting of a month.
    assert cues("which projects got funded in the february to may 2024 window") == DocumentCues()
    # A financial year named: the documents that are for it; a month with its year names closer.
    assert cues("how much was the reserve in 2022/23").documents == {"e-ar22.pdf"}
    assert cues("what did the board decide in may 2024 about 2024-25").documents == {"e-min-may.pdf"}
    # A day named in full points at that meeting's minutes more surely than a month.
    assert cues("what did the board decide on 8 May 2024").dated == {"e-min-may.pdf"}
    assert cues("what did the board decide on 9 May 2024").dated == frozenset()
    assert cues("what did the board decide in may 2024").dated == frozenset()
    # A year no document is for keeps the other cues: here the partnership named.
    assert cues("how much did eastholm get for 2019/20", eastholm).documents == eastholm.documents
    # What held before a day: the documents dated before it, not those of its month.
    before = cues("how often did the eastholm board meet before may 2024", eastholm)
    assert before.documents == {"e-min-feb.pdf", "e-sa.pdf", "e-ar22.pdf"}
    assert not before.dated


def test_a_document_named_by_its_own_title_is_the_one_pointed_at() -> None:
    def titled(document: str, title: str, partnership: str = EASTHOLM) -> DocumentRecord:
        return DocumentRecord(document, "", title, "strategic assessment", "2023-24", partnership, 1, 1, "")

    records = {
        r.document: r
        for r in (
            titled("e-sia23.pdf", "Eastholm CSP: Strategic Intelligence Assessment 2023"),
            titled("e-sia24.pdf", "Eastholm CSP: Strategic Intelligence Assessment 2024"),
            titled("w-sia23.pdf", "Westcote SCP: Strategic Intelligence Assessment 2023", WESTCOTE),
        )
    }
    eastholm = Named(frozenset({EASTHOLM}), frozenset(d for d in records if d.startswith("e-")))
    question = "who was the lead analyst for eastholm's strategic intelligence assessment 2023"
    assert read_cues(question, records, frozenset(), eastholm).documents == {"e-sia23.pdf"}
    # No partnership named: each partnership's document of that title.
    assert read_cues(
        "who wrote the strategic intelligence assessment 2023", records, frozenset()
    ).documents == {
        "e-sia23.pdf",
        "w-sia23.pdf",
    }
    # A title that opens with the partnership's name in full names the document by the rest.
    records["e-sia22.pdf"] = titled("e-sia22.pdf", f"{EASTHOLM} Strategic Intelligence Assessment 2022")
    eastholm = Named(frozenset({EASTHOLM}), frozenset(d for d in records if d.startswith("e-")))
    question = "in the eastholm strategic intelligence assessment 2022, how many thefts were there in 2021-22"
    assert read_cues(question, records, frozenset(), eastholm).documents == {"e-sia22.pdf"}
    # Its title's words apart name no document ("the 2023 assessment of strategic intelligence").
    assert read_cues("what did the 2023 assessment of strategic intelligence find", records, frozenset()) == (
        DocumentCues()
    )


def test_a_documents_title_is_part_of_each_of_its_passages_words(tmp_path: Path, model: Embeddings) -> None:
    # The quorum clause never says "terms of reference" or "leadership board": its title does.
    corpus = tmp_path / "corpus"
    make_pdf(
        corpus / "tor.pdf",
        [
            [
                "1. Purpose",
                "The Board sets the partnership's priorities and agrees how its fund is spent each year.",
                "",
                "2. Membership",
                "Each member organisation has one vote, however many of its officers attend a meeting.",
                "",
                "3. Quorum",
                "A meeting is quorate when five members are present, three of them responsible authorities.",
            ]
        ],
        title="Northvale CSP Leadership Board Terms of Reference 2024",
    )
    make_pdf(
        corpus / "minutes.pdf",
        [
            [
                "7. Terms of reference of the Leadership Board",
                "Officers will bring the revised terms of reference of the Leadership Board to the April",
                "meeting in 2024, with proposals to raise the quorum of the Leadership Board.",
            ]
        ],
        title="Northvale CSP Leadership Board minutes, 24 January 2024",
    )
    helper = Assistant.open(Settings(corpus_dir=corpus, data_dir=tmp_path / "data"), model)
    helper.ingest()
    found = helper.search("what is the quorum of the leadership board under its 2024 terms of reference")
    assert (found[0].document, found[0].heading) == ("tor.pdf", "3. Quorum")
