"""Questions checked against the documents' identity: the partnership a question names, names no
document uses, and what is current (the newest document of a type, and a note when an answer is older)."""

from __future__ import annotations

import pytest
from langchain_core.embeddings import Embeddings

from assistant.answering.asked import Asked
from assistant.answering.editions import Editions, asks_current
from assistant.answering.named import (
    absent_words,
    implied_partnership,
    named_partnerships,
    names_of_things,
    read_names,
    unknown_names,
)
from assistant.service import Assistant
from assistant.settings import Settings
from assistant.text import terms
from ingest.records import DocumentRecord
from tests.pdfs import make_pdf

NORTHBY = "Northby Community Safety Partnership"
SOUTHWOLD = "Southwold Safer Communities Partnership"
_CATALOGUE = """
[[document]]
file = "northby/annual-report-2022-23.pdf"
title = "Northby Community Safety Partnership Annual Report 2022-23"
type = "annual report"
period = "2022-23"
partnership = "{northby}"
date = "2023-07-12"

[[document]]
file = "northby/annual-report-2023-24.pdf"
title = "Northby Community Safety Partnership Annual Report 2023-24"
type = "annual report"
period = "2023-24"
partnership = "{northby}"
date = "2024-07-10"

[[document]]
file = "northby/community-safety-plan-2023-26.pdf"
title = "Northby Community Safety Plan 2023-26"
type = "plan"
period = "2023-24"
partnership = "{northby}"
date = "2023-03-15"

[[document]]
file = "southwold/annual-report-2023-24.pdf"
title = "Southwold Safer Communities Partnership Annual Report 2023-24"
type = "annual report"
period = "2023-24"
partnership = "{southwold}"
"""


@pytest.fixture(scope="module")
def two_partnerships(tmp_path_factory: pytest.TempPathFactory, model: Embeddings) -> Assistant:
    """Two annual reports of Northby (different chairs) and one of Southwold, with the real model."""
    root = tmp_path_factory.mktemp("named")
    corpus = root / "corpus"
    make_pdf(
        corpus / "northby/annual-report-2022-23.pdf",
        [
            [
                "Northby Community Safety Partnership Annual Report 2022-23",
                "",
                "Governance",
                "The Northby board is chaired by Alice Brown of Northby Borough Council.",
                "The board met four times in the year to review the community safety plan.",
                "The board launched the Safer Parks pledge with twelve local schools.",
            ],
            [
                "Membership",
                "The organisations that make up the partnership board are:",
                "\u2022 Northby Borough Council",
                "\u2022 Northby Constabulary",
                "\u2022 Northby Fire and Rescue Service",
                "\u2022 Northby Probation Delivery Unit",
                "Each sends a senior officer to the quarterly board meeting.",
            ],
        ],
    )
    make_pdf(
        corpus / "northby/annual-report-2023-24.pdf",
        [
            [
                "Northby Community Safety Partnership Annual Report 2023-24",
                "",
                "Governance",
                "The Northby board is chaired by Carol White of Northby Police.",
                "The board met five times in the year to review the community safety plan.",
                "The Northby board meets in the training room at Northby Police headquarters.",
            ]
        ],
    )
    make_pdf(
        corpus / "northby/community-safety-plan-2023-26.pdf",
        [
            [
                "Northby Community Safety Plan 2023-26",
                "",
                "Who we are",
                "The Northby board meets in the council chamber at Northby Town Hall.",
                "The plan runs for three years from April 2023.",
            ]
        ],
    )
    make_pdf(
        corpus / "southwold/annual-report-2023-24.pdf",
        [
            [
                "Southwold Safer Communities Partnership Annual Report 2023-24",
                "",
                "Harbour Lights",
                "The Harbour Lights project for young people by the quay received 4,000 pounds.",
                "Southwold volunteers ran the Harbour Lights evenings every Friday.",
            ]
        ],
    )
    catalogue = _CATALOGUE.format(northby=NORTHBY, southwold=SOUTHWOLD)
    (corpus / "catalogue.toml").write_text(catalogue, encoding="utf-8")
    helper = Assistant.open(Settings(corpus_dir=corpus, data_dir=root / "data"), model)
    helper.ingest()
    return helper


def test_a_latest_question_is_answered_from_the_newer_report(two_partnerships: Assistant) -> None:
    answer = two_partnerships.ask("Who chairs the Northby board at the moment?")
    assert not answer.abstained
    assert "Carol White" in answer.text and "Alice Brown" not in answer.text
    assert answer.citations[0].document == "northby/annual-report-2023-24.pdf"
    assert answer.citations[0].page == 1
    assert answer.notes == ()  # the newest report: nothing to say


def test_what_holds_now_is_read_from_the_later_document_of_another_type(two_partnerships: Assistant) -> None:
    answer = two_partnerships.ask("where does the northby board meet now")
    assert not answer.abstained
    newer = "The Northby board meets in the training room at Northby Police headquarters."
    assert answer.text.startswith(newer)  # the older plan's meeting place may follow, never lead
    first = answer.citations[0]
    assert (first.document, first.page) == ("northby/annual-report-2023-24.pdf", 1)


def test_an_answer_from_the_older_report_says_a_newer_one_exists(two_partnerships: Assistant) -> None:
    answer = two_partnerships.ask("Which pledge did the Northby board launch with schools?")
    assert not answer.abstained and "Safer Parks" in answer.text
    assert [c.document for c in answer.citations] == ["northby/annual-report-2022-23.pdf"]
    assert answer.notes == ("From the 2022-23 annual report; the 2023-24 annual report is newer.",)


def test_one_partnership_is_never_answered_from_anothers(two_partnerships: Assistant) -> None:
    wrong = two_partnerships.ask("How much did the Northby partnership give the Harbour Lights project?")
    assert wrong.abstained
    assert all(c.document.startswith("northby/") for c in wrong.citations)
    right = two_partnerships.ask("How much did the Southwold partnership give the Harbour Lights project?")
    assert not right.abstained and "4,000" in right.text
    assert right.citations[0].document == "southwold/annual-report-2023-24.pdf"
    assert right.citations[0].page == 1


def test_a_word_only_one_partnerships_documents_use_keeps_the_answer_to_them(
    two_partnerships: Assistant,
) -> None:
    # "quay" is in Southwold's documents alone: Northby's board meetings do not answer for it.
    state = two_partnerships.index.state
    documents_with = state.retriever.documents_with
    pointed = read_names("how often does the board meet by the quay", state.records, documents_with, no_forms)
    assert pointed.partnerships == {SOUTHWOLD}
    assert pointed.documents == {"southwold/annual-report-2023-24.pdf"}
    unpointed = read_names("how often does the board meet", state.records, documents_with, no_forms)
    assert not unpointed.partnerships and unpointed.documents is None


def test_the_partnership_a_questions_own_words_imply() -> None:
    records = {
        "n.pdf": _record("n.pdf", "annual report", "2023-24", ""),
        "s.pdf": _record("s.pdf", "annual report", "2023-24", "", SOUTHWOLD),
        "x.pdf": _record("x.pdf", "other", "", "", ""),
    }
    used = {"quay": {"s.pdf"}, "larchmer": {"n.pdf"}, "jetti": {"s.pdf", "n.pdf"}, "lanyard": {"x.pdf"}}
    assert set(terms("quay Larchmere jetty lanyards")) == set(used)

    def documents_with(term: str) -> frozenset[str]:
        return frozenset(used.get(term, set()))

    assert implied_partnership("how much went to the quay", records, documents_with) == {SOUTHWOLD}
    assert implied_partnership("how much went to the jetty", records, documents_with) == set()
    assert implied_partnership("Larchmere's quay", records, documents_with) == set()  # two ways
    assert implied_partnership("the quay lanyards", records, documents_with) == set()  # and a shared one
    assert implied_partnership("how much went to the quay", records, lambda term: frozenset()) == set()
    one = {"n.pdf": records["n.pdf"]}
    assert implied_partnership("Larchmere", one, documents_with) == set()  # one partnership: no need


def test_a_name_no_document_uses_is_declined_saying_which(two_partnerships: Assistant) -> None:
    answer = two_partnerships.ask("What is Inspector Marcus Quill's role on the Northby board?")
    assert answer.abstained and not answer.citations
    assert "Inspector Marcus Quill" in answer.text
    known = two_partnerships.ask("Who is Carol White?")
    assert not known.abstained and "Carol White" in known.text


def test_a_list_question_gets_the_list_under_its_lead_in(two_partnerships: Assistant) -> None:
    answer = two_partnerships.ask("which organisations make up the northby partnership board")
    assert not answer.abstained
    for member in ("Borough Council", "Constabulary", "Fire and Rescue Service", "Probation Delivery Unit"):
        assert member in answer.text
    assert [(c.document, c.page) for c in answer.citations] == [("northby/annual-report-2022-23.pdf", 2)]


def _record(
    document: str, doc_type: str, period: str, date: str, partnership: str = NORTHBY
) -> DocumentRecord:
    return DocumentRecord(document, "", document, doc_type, period, partnership, 1, 1, "", date=date)


def test_editions_name_the_newer_document_of_the_same_type_and_partnership() -> None:
    records = {
        r.document: r
        for r in (
            _record("ar22.pdf", "annual report", "2022-23", "2023-07-12"),
            _record("ar23.pdf", "annual report", "2023-24", "2024-07-10"),
            _record("sa23.pdf", "strategic assessment", "2023-24", "2023-05-15"),
            _record("june.pdf", "minutes", "2023-24", "2023-06-14"),
            _record("june24.pdf", "minutes", "2024-25", "2024-06-11"),
            _record("other-ar21.pdf", "annual report", "2021-22", "", SOUTHWOLD),
        )
    }
    editions = Editions.of(records)
    assert editions.superseded == {"ar22.pdf", "june.pdf"}
    assert editions.older == {"ar22.pdf", "sa23.pdf", "june.pdf", "june24.pdf"}  # ar23 is Northby's latest
    note = "From the 2022-23 annual report; the 2023-24 annual report is newer."
    assert editions.note("who chairs the board", ["ar22.pdf"]) == note
    assert editions.note("who chaired the board in 2022-23", ["ar22.pdf"]) == ""  # its year, asked for
    assert editions.note("who chairs the board", ["ar22.pdf", "ar23.pdf"]) == ""  # the newer is cited
    assert editions.note("what did the board decide", ["june.pdf"]) == ""  # a meeting is no edition
    minutes = "From the minutes of 14 June 2023; the minutes of 11 June 2024 are newer."
    assert editions.note("what is the board funding now", ["june.pdf"]) == minutes
    assert editions.note("who chairs the board", ["other-ar21.pdf"]) == ""  # the only one of its partnership


def test_what_asks_for_the_present() -> None:
    for question in ("what are the priorities at the moment", "Who is the current chair?", "latest figures"):
        assert asks_current(question), question
    for question in ("What were the priorities in 2022-23?", "who knows the chair", "monument"):
        assert not asks_current(question), question


def test_a_partnership_is_named_by_a_word_of_its_own_only() -> None:
    records = {
        "n.pdf": _record("n.pdf", "annual report", "2023-24", "", NORTHBY),
        "s.pdf": _record("s.pdf", "annual report", "2023-24", "", SOUTHWOLD),
    }
    used = {"northbi": frozenset({"n.pdf"}), "safeti": frozenset({"n.pdf", "s.pdf"})}

    def documents_with(term: str) -> frozenset[str]:
        return used.get(term, frozenset())

    assert named_partnerships("what did northby fund", records, documents_with) == ({NORTHBY}, set())
    assert named_partnerships("what did the ncsp fund", records, documents_with) == ({NORTHBY}, set())
    assert named_partnerships("how is community safety funded", records, documents_with) == (set(), set())
    assert named_partnerships("what did the partnership fund", records, documents_with) == (set(), set())


def test_a_partnership_is_named_by_a_shortening_its_own_documents_print() -> None:
    records = {
        "n.pdf": _record("n.pdf", "annual report", "2023-24", "", NORTHBY),
        "s.pdf": _record("s.pdf", "annual report", "2023-24", "", SOUTHWOLD),
    }
    # "NCP" is printed in Northby's documents only; "NSP" in both; "NOP" in none.
    used = {"ncp": frozenset({"n.pdf"}), "nsp": frozenset({"n.pdf", "s.pdf"})}

    def documents_with(term: str) -> frozenset[str]:
        return used.get(term, frozenset())

    assert named_partnerships("what are NCP's priorities", records, documents_with) == (
        {NORTHBY},
        {"ncp", "ncps"},
    )
    assert named_partnerships("what are nsp's priorities", records, documents_with) == (set(), set())
    assert named_partnerships("what are NOP's priorities", records, documents_with) == (set(), set())
    assert named_partnerships("what are CSP's priorities", records, documents_with) == (set(), set())
    # An ordinary word is no shortening, though a partnership's initials spell it and only it prints it.
    records["c.pdf"] = _record("c.pdf", "annual report", "2023-24", "", "Coastal Area Safety Partnership")
    used["cap"] = frozenset({"c.pdf"})
    assert named_partnerships("is there a cap on awards", records, documents_with) == (set(), set())
    used["casp"] = frozenset({"c.pdf"})
    assert named_partnerships("what does CASP fund", records, documents_with)[0] == {
        "Coastal Area Safety Partnership"
    }
    # The place may be left off the front: "ASP" for Coastal Area Safety Partnership.
    used["asp"] = frozenset({"c.pdf"})
    assert named_partnerships("what are the ASP's priorities", records, documents_with)[0] == {
        "Coastal Area Safety Partnership"
    }


def test_unknown_names_are_runs_of_capitals_not_sentence_openings() -> None:
    used = {"northbi", "board", "inspector"}

    def documents_with(term: str) -> frozenset[str]:
        return frozenset({"n.pdf"}) if term in used else frozenset()

    def forms(text: str) -> list[str]:
        return ["Northby Board"] if text == "NB" else []

    quill = unknown_names("Who is Inspector Marcus Quill?", documents_with, forms)
    assert quill == ("Inspector Marcus Quill",)
    assert unknown_names("Quill. What did the Northby Board do?", documents_with, forms) == ()
    assert unknown_names("what did the NB decide?", documents_with, forms) == ()
    assert unknown_names("WHAT DID QUILL SAY ABOUT IT", documents_with, forms) == ()
    # Another form of a long word the index holds is the same name, not an unknown one.
    used.update({"polic", "unit"})
    units = "Which Neighbourhood Policing Units does the Northby Board cover?"
    assert unknown_names(units, documents_with, forms) == ("Neighbourhood Policing Units",)
    assert unknown_names(units, documents_with, forms, lambda t: [t] if t == "neighbourhood" else []) == ()


def test_a_partnership_typed_in_lower_case_by_a_place_no_document_uses_is_unknown() -> None:
    used = {"northbi", "board", "csp", "local", "partnership"}

    def documents_with(term: str) -> frozenset[str]:
        return frozenset({"n.pdf"}) if term in used else frozenset()

    def forms(text: str) -> list[str]:
        return []

    assert unknown_names("how much did dunmere csp put in", documents_with, forms) == ("dunmere csp",)
    assert unknown_names("how much did dunmere CSP put in", documents_with, forms) == ("dunmere CSP",)
    asked = "who chairs the dunmere community safety partnership"
    assert unknown_names(asked, documents_with, forms) == ("dunmere community safety partnership",)
    # A place the documents use, or an everyday word before the kind, names no unknown partnership.
    assert unknown_names("how often does the northby csp meet", documents_with, forms) == ()
    assert unknown_names("how often does our csp meet", documents_with, forms) == ()
    assert unknown_names("what does the wider partnership fund", documents_with, forms) == ()


def test_a_partnership_typed_in_lower_case_that_no_document_names_is_declined(assistant: Assistant) -> None:
    answer = assistant.ask("how much did dunmere csp put towards the knife angel")
    assert answer.abstained and "dunmere csp" in answer.text and not answer.citations


def test_a_name_printed_in_another_form_is_known(assistant: Assistant) -> None:
    # The real report prints "Neighbouring Policing Units"; people ask about Neighbourhood ones.
    answer = assistant.ask("Which Neighbourhood Policing Units does the SOC work cover?")
    assert "Crewe, Macclesfield and Congleton" in answer.text and answer.citations[0].page == 7
    assert not assistant.index.state.retriever.variants("marcus")  # short words have no variants


def test_a_thing_only_another_partnerships_documents_mention_is_declined_saying_which(
    two_partnerships: Assistant,
) -> None:
    answer = two_partnerships.ask("what did the northby partnership fund by the quay")
    assert answer.abstained and "“quay”" in answer.text and NORTHBY in answer.text
    theirs = two_partnerships.ask("which southwold project for young people is by the quay")
    assert not theirs.abstained and "Harbour Lights" in theirs.text
    assert theirs.citations[0].document == "southwold/annual-report-2023-24.pdf"


def test_a_standing_arrangement_in_the_present_tense_is_what_holds_now(two_partnerships: Assistant) -> None:
    answer = two_partnerships.ask("who chairs the northby board")
    assert "Carol White" in answer.text and "Alice Brown" not in answer.text
    assert answer.citations[0].document == "northby/annual-report-2023-24.pdf"
    assert asks_current("how often does the board meet") and not asks_current("how often did the board meet")


def test_a_specific_word_only_other_partnerships_use_declines_but_a_verb_does_not() -> None:
    used = {"refug": frozenset({"s.pdf"}), "attach": frozenset({"s.pdf"}), "grant": frozenset({"n.pdf"})}

    def documents_with(term: str) -> frozenset[str]:
        return used.get(term, frozenset())

    def no_forms(word: str) -> list[str]:
        return []

    northby = frozenset({"n.pdf"})
    assert absent_words("does the northby grant pay for a refuge", northby, documents_with, no_forms) == (
        "refuge",
    )
    # "attach" names no subject: what the grant's conditions are is asked, whatever verb the letter uses.
    assert (
        absent_words("what conditions attach to the northby grant", northby, documents_with, no_forms) == ()
    )
    # "rec" of "rec R5" says how the thing is referred to ("Rec. 3" in another's report), no name.
    used["rec"] = frozenset({"s.pdf"})
    assert absent_words("what does rec R5 say in the northby grant", northby, documents_with, no_forms) == ()
    assert absent_words("what does the rec room cost", northby, documents_with, no_forms) == ("rec",)
    # "uncommitted" asks what the documents tell the other way round: "committed ..., leaving £9,000".
    (uncommitted,), (committed,) = terms("uncommitted"), terms("committed")
    used[uncommitted] = frozenset({"s.pdf"})
    question = "how much of the northby grant is uncommitted"
    assert absent_words(question, northby, documents_with, no_forms) == ("uncommitted",)
    used[committed] = northby
    assert absent_words(question, northby, documents_with, no_forms) == ()


def test_the_words_naming_the_partnership_asked_about_are_no_evidence_in_its_documents(
    two_partnerships: Assistant,
) -> None:
    state = two_partnerships.index.state
    named = read_names(
        "when is the next northby board meeting", state.records, state.retriever.documents_with, no_forms
    )
    assert named.partnerships == {NORTHBY} and named.naming == {"northbi"}  # not "board"
    # The initials of its kind typed after its name ("northby csp") name it too, though other
    # partnerships' initials share them.
    typed = read_names(
        "when does the northby csp board meet", state.records, state.retriever.documents_with, no_forms
    )
    assert typed.naming == {"northbi", "csp"}
    asked = Asked.read(
        "when is the next northby board meeting", "when is the next northby board meeting", idf_one
    )
    assert "northbi" in asked.idf
    unnamed = Asked.read(
        "when is the next northby board meeting",
        "when is the next northby board meeting",
        idf_one,
        naming=named.naming,
    )
    assert set(unnamed.idf) == set(asked.idf) - {"northbi"}


def no_forms(word: str) -> list[str]:
    return []


def idf_one(term: str) -> float:
    return 1.0


def test_a_name_the_partnerships_documents_never_print_whole_is_declined_saying_which(
    two_partnerships: Assistant,
) -> None:
    # Northby's documents print each word ("training room", "Safer Parks"), never the name whole.
    answer = two_partnerships.ask("How much did the Northby board give to Training Parks?")
    assert answer.abstained and "“Training Parks”" in answer.text and NORTHBY in answer.text
    printed = two_partnerships.ask("What did the Northby board launch with the Safer Parks pledge?")
    assert not printed.abstained and printed.citations[0].document == "northby/annual-report-2022-23.pdf"
    # A run after a joining word ends a longer name the documents may shorten; an acronym ends a run;
    # the partnership's own name is left off its ends.
    northby = set(terms("Northby"))
    assert (
        names_of_things("How much is the Police, Fire and Crime Commissioner's Safety Grant?", northby) == []
    )
    assert names_of_things("Why was the Wharfside CCTV bid turned down?", northby) == []
    assert names_of_things("Did the Northby Safer Parks pledge reach Riverside Primary?", northby) == [
        "Safer Parks",
        "Riverside Primary",
    ]
    # An owner's name ends a run: a document may name the service and its clinic apart.
    assert names_of_things("the latest on Juniper Place's Stalking Support Clinic bid", northby) == [
        "Juniper Place",
        "Stalking Support Clinic",
    ]


def test_a_place_opening_a_projects_name_names_no_partnership_while_another_is_named() -> None:
    records = {
        "n.pdf": _record("n.pdf", "annual report", "2023-24", "", NORTHBY),
        "s.pdf": _record("s.pdf", "annual report", "2023-24", "", SOUTHWOLD),
    }
    used = {"northbi": frozenset({"n.pdf"}), "southwold": frozenset({"s.pdf"})}

    def documents_with(term: str) -> frozenset[str]:
        return used.get(term, frozenset())

    asked = "How much did the Northby CSP give to the Southwold Street Pastors?"
    assert named_partnerships(asked, records, documents_with) == ({NORTHBY}, set())
    both = "Did Northby or Southwold's board fund street pastors?"
    assert named_partnerships(both, records, documents_with) == ({NORTHBY, SOUTHWOLD}, set())
    # Each named only by a project's name: neither is set aside.
    asked = "Compare the Northby Night Marshals and the Southwold Street Pastors"
    assert named_partnerships(asked, records, documents_with) == ({NORTHBY, SOUTHWOLD}, set())


def test_an_acronym_typed_in_capitals_is_looked_up_as_typed_before_it_counts_as_absent() -> None:
    used = {
        "sia": frozenset({"s.pdf"}),
        **{t: frozenset({"n.pdf", "s.pdf"}) for t in ("strateg", "intellig", "assess")},
    }

    def documents_with(term: str) -> frozenset[str]:
        return used.get(term, frozenset())

    def forms(word: str) -> list[str]:  # as the glossary reads it: "sia" in lower case may be no acronym
        return ["Strategic Intelligence Assessment"] if word == "SIA" else []

    northby = frozenset({"n.pdf"})
    assert absent_words("what does the northby SIA say about theft", northby, documents_with, forms) == ()
    assert absent_words("what does the northby sia say about theft", northby, documents_with, forms) == (
        "sia",
    )


def test_a_word_the_partnership_prints_in_another_form_is_not_absent() -> None:
    # Northby prints "Neighbouring Policing Units"; only Southwold prints "neighbourhood".
    used = {
        "neighbourhood": frozenset({"s.pdf"}),
        "neighbour": frozenset({"n.pdf"}),
        "shoplift": frozenset({"s.pdf"}),
    }

    def documents_with(term: str) -> frozenset[str]:
        return used.get(term, frozenset())

    def variants(term: str) -> list[str]:
        return sorted(t for t in used if len(term) >= 8 and t[:8] == term[:8])

    def forms(word: str) -> list[str]:
        return []

    northby = frozenset({"n.pdf"})
    asked = "which northby neighbourhood units cover shoplifting"
    assert absent_words(asked, northby, documents_with, forms) == ("neighbourhood", "shoplifting")
    assert absent_words(asked, northby, documents_with, forms, variants) == ("shoplifting",)


def test_a_word_asking_who_was_there_is_no_topic_the_minutes_must_print() -> None:
    # Northby's minutes list "Apologies"; only Southwold's documents print "absent".
    used = {t: frozenset({"s.pdf"}) for t in ("absent", "shoplift")}

    def documents_with(term: str) -> frozenset[str]:
        return used.get(term, frozenset())

    def forms(word: str) -> list[str]:
        return []

    northby = frozenset({"n.pdf"})
    assert absent_words("was anybody absent from the northby board", northby, documents_with, forms) == ()
    # The topic asked about still counts.
    asked = "was the shoplifting lead absent"
    assert absent_words(asked, northby, documents_with, forms) == ("shoplifting",)


def test_the_words_asking_for_the_present_are_no_topic_an_answer_must_print() -> None:
    idf = {"latest": 6.0, "shoplift": 2.5, "figur": 2.0, "moment": 5.0, "chair": 2.0}
    older = frozenset({"report-2022-23.pdf"})
    latest = "what's the latest shoplifting figure"
    asked = Asked.read(latest, "latest shoplifting figure", idf.__getitem__, older)
    assert set(asked.idf) == {"shoplift", "figur"}
    assert asked.outdated == older  # what holds now is still asked: the superseded report counts less
    now = Asked.read("who is the chair at the moment", "chair at the moment", idf.__getitem__)
    assert set(now.idf) == {"chair"}
    # Naming a year, the question asks of that year: "latest" is then a word like any other.
    dated = Asked.read("latest shoplifting figure for 2022-23", "latest shoplifting figure", idf.__getitem__)
    assert "latest" in dated.idf


def test_a_latest_figure_is_answered_by_a_text_not_saying_latest(two_partnerships: Assistant) -> None:
    answer = two_partnerships.ask("whats the latest on how often the northby board met")
    assert not answer.abstained  # declined while "latest" was a word the answer had to print
    assert answer.text.startswith("The board met five times in the year")
    first = answer.citations[0]
    assert (first.document, first.page) == ("northby/annual-report-2023-24.pdf", 1)
