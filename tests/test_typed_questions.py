"""Questions as people type them: what money paid for (a purpose, not an amount), two periods compared."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.answering.asked import Asked
from assistant.answering.extractive import ExtractiveAnswerer
from assistant.answering.fits import SCORE_RE, fits_kind
from assistant.answering.narrowing import counted_terms, counts_another, narrowing_terms
from assistant.answering.scoring import Scored, grounded, score_unit
from assistant.answering.specific import specific_weights
from assistant.answering.units import Unit, passage_units
from assistant.answering.weights import WEIGHTS
from assistant.service import Assistant
from assistant.settings import Settings
from assistant.text import family_forms, stem, terms
from assistant.types import Passage
from ingest.facts.periods import financial_years_in, month_years_in, years_in
from ingest.text import split_sentences
from tests.conftest import Archive, ingested
from tests.pdfs import place_pdf

# A section on another topic, so that a one-page report's passages are not all about the question.
OTHER_SECTION = [
    "",
    "Road safety",
    "Partners review the road safety plans to reduce casualties on rural roads.",
]


def _flat(term: str) -> float:
    """Every word weighs the same: the tests read what a question asks, not how its words weigh."""
    return 1.0


def _report(tmp_path: Path, model: Embeddings, lines: list[str]) -> Assistant:
    """An assistant over one generated one-page report, ingested with the real model."""
    return ingested(tmp_path, model, [lines])


def test_a_purpose_question_gets_the_sentence_not_the_row(tmp_path: Path, model: Embeddings) -> None:
    helper = _report(
        tmp_path,
        model,
        [
            "Funding awarded in 2023-24",
            "Project | Amount",
            "Youth Outreach Fund | 4,000",
            "Street Lighting Review | 2,500",
            "",
            "The Youth Outreach Fund paid for two detached youth workers on Friday nights in the park.",
        ],
    )
    answer = helper.ask("what did the youth outreach fund money pay for")
    assert not answer.abstained
    assert "two detached youth workers" in answer.text and "4,000" not in answer.text
    amount = helper.ask("How much money did the Youth Outreach Fund get?")
    assert "4,000" in amount.text


def test_how_much_is_still_an_amount() -> None:
    assert Asked.read("how much did the grant pay for the cameras", "q", _flat).wants_money
    assert Asked.read("was more spent on the knife angel", "q", _flat).wants_money  # a comparison of amounts
    purpose = Asked.read("what was the funding used for", "q", _flat)
    assert purpose.wants_purpose and not purpose.wants_money
    # What was spent on a thing named is its amount; what money was spent on, its purpose.
    spent = Asked.read("What did the CSP spend on the late sessions in 2022-23?", "q", _flat)
    assert spent.wants_money and spent.wants_figure and not spent.wants_purpose
    for question in ("what was the grant spent on?", "what was it spent on in 2023"):
        asked = Asked.read(question, "q", _flat)
        assert asked.wants_purpose and not asked.wants_figure
    # A count of things, whatever money word says which things: not an amount.
    counted = Asked.read("how many applications came in for funding window 2", "q", _flat)
    assert counted.wants_count and not counted.wants_money
    assert Asked.read("how many pounds of funding did the scheme get", "q", _flat).wants_money


def test_how_money_is_held_for_a_thing_is_no_word_to_find() -> None:
    # A budget's row gives the sum under its item's name, never "set aside" or "earmarked".
    for question in (
        "how much did the plan set aside for the open bidding round",
        "how much was earmarked for the open bidding round?",
    ):
        words = set(Asked.read(question, question, _flat).idf)
        assert {stem("open"), stem("bidding"), stem("round")} <= words
        assert not words & {stem("set"), stem("aside"), stem("earmarked")}
    # Asked no amount, the words are the question's own.
    assert stem("aside") in Asked.read("why was it set aside", "why was it set aside", _flat).idf


def test_the_number_of_things_asked_is_a_count() -> None:
    counted = Asked.read("what was the number of hate crimes in the town in 2022", "q", _flat)
    assert counted.wants_count and counted.counted == {stem("hate"), stem("crimes")}
    assert not Asked.read("what is the phone number of the asb team", "q", _flat).wants_count


def test_an_age_asked_is_a_figure() -> None:
    assert Asked.read("what ages were the kids at the football sessions", "q", _flat).wants_figure
    assert Asked.read("how old do you have to be to join", "q", _flat).wants_figure
    assert not Asked.read("what was the age concern project about", "q", _flat).wants_figure
    # A reason is asked, whatever figure-like word the question holds ("value").
    assert not Asked.read("why not take the crime figures at face value", "q", _flat).wants_figure


def test_a_comparison_of_two_years_takes_each_years_row(tmp_path: Path, model: Embeddings) -> None:
    helper = _report(
        tmp_path,
        model,
        [
            "Anti-social behaviour in Eastgate",
            "Eastgate recorded 74 anti-social behaviour incidents in March 2023.",
            "The town centre wardens began their evening patrols in the spring.",
            "Eastgate recorded 91 anti-social behaviour incidents in March 2022.",
            "Residents were surveyed about the wardens in the autumn.",
        ],
    )
    answer = helper.ask("how many anti-social behaviour incidents in eastgate in march 2023 and march 2022")
    assert "74" in answer.text and "91" in answer.text


def test_a_broad_question_about_the_priorities_lists_them(assistant: Assistant) -> None:
    answer = assistant.ask("what should i know about the priorities")
    assert not answer.abstained
    assert "Knife Crime" in answer.text and "Road Safety" in answer.text
    assert [c.page for c in answer.citations] == [13]


def test_which_way_a_figure_went_is_answered_by_its_two_figures(archive: Archive) -> None:
    # The sentence shares few of the question's words ("higher or lower", "the year before"); its
    # two figures answer them.
    question = (
        "was the police and crime commissioner grant to kestrelford higher or lower for 2023-24 "
        "than the year before"
    )
    answer = archive.assistant.ask(question)
    assert "£48,000 to £40,000" in answer.text
    assert answer.citations[0].document == "kestrelford/annual-report-2023-24.pdf"


def test_a_word_typed_without_its_apostrophe_finds_the_printed_one(tmp_path: Path, model: Embeddings) -> None:
    helper = _report(
        tmp_path,
        model,
        [
            "Serious and organised crime",
            # Both sentences name organised crime: only "P's" tells them apart for the question.
            "Partners share information to disrupt organised crime gangs.",
            "The organised crime plan follows the Home Office 4 P's: Prevent, Pursue, Protect and Prepare.",
            *OTHER_SECTION,
        ],
    )
    answer = helper.ask("what are the ps in organised crime")
    assert not answer.abstained
    assert "Pursue" in answer.text and answer.citations[0].page == 1


def test_a_question_word_run_into_is_names_no_topic() -> None:
    # "what's" loses its apostrophe before the stop words are read: "whats" is no word of the topic.
    for typed in (
        "what's the quorum now",
        "whats the quorum now",
        "Who's on the quorum now",
        "wheres the quorum now",
    ):
        assert terms(typed) == terms("the quorum now")


def test_a_title_typed_short_finds_it_spelled_out(tmp_path: Path, model: Embeddings) -> None:
    assert terms("Cllr Brand, Supt Ley") == terms("Councillor Brand, Superintendent Ley")
    helper = _report(
        tmp_path,
        model,
        [
            "Chair and Vice-Chair",
            "Councillor Brand stood down as Chair in July 2021 after three years.",
            "Inspector Okafor was thanked for the patrol figures.",
            *OTHER_SECTION,
        ],
    )
    answer = helper.ask("when did cllr brand stand down as chair")
    assert not answer.abstained
    assert "Councillor Brand stood down" in answer.text and answer.citations[0].page == 1


def test_a_word_typed_short_counts_as_the_word(tmp_path: Path, model: Embeddings) -> None:
    typed = "the total incl the council money, for older ppl, approx per yr"
    spelled = "the total including the council money, for older people, approximately per year"
    assert terms(typed) == terms(spelled)
    rep, representative = "the probation rep, which org", "the probation representative, which organisation"
    assert terms(rep) == terms(representative)
    helper = _report(
        tmp_path,
        model,
        [
            "Funding",
            "The Council added £12,000, taking the total allocation including its money to £60,000.",
            *OTHER_SECTION,
        ],
    )
    answer = helper.ask("whats the total allocation incl the council money")
    assert not answer.abstained
    assert "£60,000" in answer.text and answer.citations[0].page == 1


def test_an_operation_typed_short_finds_it_spelled_out(tmp_path: Path, model: Embeddings) -> None:
    assert terms("op Kestrel") == terms("Operation Kestrel")
    assert terms("did op kestrel actually go ahead") == terms("did Operation Kestrel go ahead")  # emphasis
    helper = _report(
        tmp_path,
        model,
        [
            "Night-time economy",
            "The Board awarded £9,000 to Operation Kestrel for weekend patrols in the town centre.",
            "Street pastors were thanked for their work on Saturday nights.",
            *OTHER_SECTION,
        ],
    )
    answer = helper.ask("how much did the board give op kestrel")
    assert not answer.abstained
    assert "£9,000" in answer.text and answer.citations[0].page == 1


def test_a_count_narrowed_by_an_acronym_is_answered_where_it_is_spelled_out(
    tmp_path: Path, model: Embeddings
) -> None:
    helper = _report(
        tmp_path,
        model,
        [
            "Anti-social behaviour",
            "Environmental incidents such as fly-tipping numbered 456 in 2023.",
            "",
            "Licensing",
            "Environmental health officers inspected 812 licensed premises in 2023.",
            *OTHER_SECTION,
        ],
    )
    answer = helper.ask("how many environmental ASB incidents were there in 2023")
    assert not answer.abstained
    assert "456" in answer.text and "812" not in answer.text


def test_a_sentence_referring_back_answers_for_the_one_before(tmp_path: Path, model: Embeddings) -> None:
    helper = _report(
        tmp_path,
        model,
        [
            "Community activities",
            "The council also funded a sewing club for older residents at the library in Eastgate. "
            "It has proved popular, with 15 to 20 coming every Tuesday.",
            *OTHER_SECTION,
        ],
    )
    answer = helper.ask("how many older residents come to the sewing club")
    assert not answer.abstained
    assert "15 to 20" in answer.text and answer.citations[0].page == 1


def test_a_sentence_saying_what_was_done_to_it_answers_for_the_one_before(
    tmp_path: Path, model: Embeddings
) -> None:
    helper = _report(
        tmp_path,
        model,
        [
            "The Community Safety Fund",
            "One bid was declined: Netherby Town Council asked for 15,000 pounds for skatepark floodlights. "
            "On 20 September 2023 the Board declined it because the fund does not pay for capital works.",
            *OTHER_SECTION,
        ],
    )
    answer = helper.ask("when did the board turn down the netherby skatepark floodlights bid")
    assert not answer.abstained
    assert "20 September 2023" in answer.text and answer.citations[0].page == 1


def test_an_acronym_asked_counts_where_its_meaning_is_printed(tmp_path: Path, model: Embeddings) -> None:
    helper = _report(
        tmp_path,
        model,
        [
            "Money in and money out, 2023-24",
            "Money in | £",
            "Police and Crime Commissioner | 58,000",
            "Borough Council contribution | 20,000",
            "Carried forward from 2022-23 | 4,350",
            "Total available | 82,350",
            "",
            "Victims",
            "The PCC also pays for the victims' hub, which the county runs for every district.",
            *OTHER_SECTION,
        ],
    )
    answer = helper.ask("how much did the pcc give in 2023-24")
    assert not answer.abstained
    assert "58,000" in answer.text and "20,000" not in answer.text


def test_a_word_of_the_questions_family_counts_in_full_and_a_meaning_spelled_out_by_half(
    tmp_path: Path, model: Embeddings
) -> None:
    helper = _report(
        tmp_path,
        model,
        [
            "Meetings and quorum",
            "The Board meets four times a year, in June, September, December and March.",
            "A meeting is quorate when five members are present, three of them responsible authorities.",
            *OTHER_SECTION,
        ],
    )
    answer = helper.ask("whats the quorum for a meeting")
    assert not answer.abstained
    assert "five members" in answer.text and "four times" not in answer.text
    forms = {"quorum": ["quorate"], "pcc": ["Police and Crime Commissioner"]}
    question = "the pcc's quorum"
    asked = Asked.read(question, question, _flat, forms=lambda w: forms.get(w.lower(), []))
    assert asked.says(stem("quorum"), {stem("quorate")})
    meaning = set(terms("Police and Crime Commissioner"))
    assert asked.holds(stem("pcc"), meaning) and not asked.says(stem("pcc"), meaning)
    # Once its meaning is spelled out, writing refers to a body by the meaning's last word.
    back = set(terms("the Commissioner's grant for 2024-25"))
    assert asked.refers(stem("pcc"), back) and not asked.holds(stem("pcc"), back)
    assert not asked.refers(stem("quorum"), {stem("quorate")})  # a word of one form refers to nothing


def test_an_acronym_referred_back_to_by_its_last_word_is_evidence() -> None:
    def passage(name: str, text: str, similarity: float) -> Passage:
        return Passage(name, f"{name}.pdf", name, "minutes", "2024-25", 1, "1", "", text, 0.5, similarity)

    forms = {"pcc": ["Police and Crime Commissioner"]}
    rare = {stem("pcc"): 4.0}  # an acronym is rarer than the words asked beside it
    answerer = ExtractiveAnswerer(lambda term: rare.get(term, 1.0), forms=lambda w: forms.get(w.lower(), []))
    first = passage("a", "The youth diversion grant for 2023-24 was £8,000, paid to the Youth Trust.", 0.6)
    said = passage("d", "Jo Reed said the Commissioner's grant for 2024-25 will be £45,000, a cut.", 0.5)
    answer = answerer.answer("how much is the pcc grant for 2024-25", [first, said])
    assert "£45,000" in answer.text and [c.document for c in answer.citations] == ["d.pdf"]


def test_the_financial_years_a_text_speaks_of() -> None:
    assert financial_years_in("approved for October 2023 to March 2024") == {"2023-24"}
    assert financial_years_in("Annual Report 2023/24, Window 2 (January 2024)") == {"2023-24"}
    assert financial_years_in("a grant of £44,000 for 2024-2025") == {"2024-25"}
    assert financial_years_in("the conversation began in 2019") == set()  # April 2019 or March 2020
    assert financial_years_in("Annual Report 2022 to 2023") == {"2022-23"}
    assert financial_years_in("recorded crime from 2018 to 2023") == set()  # a span, not one year
    # ... but a plan's few years are its period, however written.
    assert financial_years_in("our plan for 2023 to 2026") == {"2023-26"} == financial_years_in("2023-26")
    # A table's column printed short, "Q2 23/24", is a financial year; a minute's number is not.
    assert financial_years_in("Total — Q2 23/24: 1,288") == {"2023-24"}
    assert years_in("Total — Q2 23/24: 1,288") == {"2023"}
    assert financial_years_in("14/21 Quorum") == set() and years_in("14/21 Quorum") == set()


def test_a_financial_year_is_not_answered_by_months_of_the_year_before(
    tmp_path: Path, model: Embeddings
) -> None:
    helper = _report(
        tmp_path,
        model,
        [
            "Night-time economy",
            "The board approved the taxi marshals bid at £9,200 for October 2023 to March 2024.",
            *OTHER_SECTION,
        ],
    )
    assert "9,200" in helper.ask("how much did the taxi marshals get in 2023-24").text
    later = helper.ask("how much are the taxi marshals getting in 2024-25")
    assert later.abstained and "9,200" not in later.text


def test_a_year_named_only_as_where_money_came_from_is_not_the_years_figure(
    tmp_path: Path, model: Embeddings
) -> None:
    helper = _report(
        tmp_path,
        model,
        [
            "Community Safety Fund",
            "The Fund has £76,450 for 2023-24: the Commissioner's grant of £58,000, the Council's £12,000"
            " and £6,450 carried forward from 2022-23.",
            *OTHER_SECTION,
        ],
    )
    assert "58,000" in helper.ask("what was the commissioner's grant in 2023-24").text
    earlier = helper.ask("what was the commissioner's grant in 2022-23")
    assert earlier.abstained and "58,000" not in earlier.text
    # Asked as the origin it is, the year is the text's.
    assert "6,450" in helper.ask("how much was carried forward from 2022-23").text


def test_how_often_is_answered_by_a_text_stating_how_often(tmp_path: Path, model: Embeddings) -> None:
    helper = _report(
        tmp_path,
        model,
        [
            "Terms of reference",
            "This document sets out who sits on the Board, how often it meets and how it spends the Fund.",
            "The Board meets four times a year, in March, June, September and December.",
            *OTHER_SECTION,
        ],
    )
    answer = helper.ask("how often does the board meet")
    assert "four times a year" in answer.text and "sets out" not in answer.text
    # Only the sentence naming how often it meets, and no frequency: nothing says how often.
    unsaid = _report(
        tmp_path / "unsaid",
        model,
        ["Terms of reference", "This document sets out how often the Board meets.", *OTHER_SECTION],
    )
    assert unsaid.ask("how often does the board meet").abstained


def test_a_row_of_words_only_is_not_read_with_the_rows_above_it(tmp_path: Path, model: Embeddings) -> None:
    helper = _report(
        tmp_path,
        model,
        [
            "Priorities recommended for 2023 to 2026",
            "Theme | Risk | Rating",
            "Fraud against older residents | Medium | Amber",
            "Residential burglary | Low | Green",
            *OTHER_SECTION,
        ],
    )
    answer = helper.ask("what rating did fraud against older residents get")
    assert "Amber" in answer.text and "Green" not in answer.text


def test_a_numbered_items_label_stays_with_its_sentence() -> None:
    text = (
        "R2. Fund a retail crime partnership. R3. Work with Trading Standards on fraud. 4.1 Street Pastors."
    )
    assert split_sentences(text) == [
        "R2. Fund a retail crime partnership.",
        "R3. Work with Trading Standards on fraud.",
        "4.1 Street Pastors.",
    ]
    assert split_sentences("It rose by 4.8% to 11,500. Noted.") == ["It rose by 4.8% to 11,500.", "Noted."]
    # A label of a short word and a number ("Rec 5.") too; a sentence ending in a number is one.
    recommended = (
        "Rec 4. Keep the ASB priority. Rec 5. Pass road safety to the county partnership. It fell by 5."
    )
    assert split_sentences(recommended) == [
        "Rec 4. Keep the ASB priority.",
        "Rec 5. Pass road safety to the county partnership.",
        "It fell by 5.",
    ]
    # A name's initial or title does not end a sentence: the name follows it.
    signed = "Signed as a correct record: L. Brannigan, Chair. Dr. Rahman and Mr. Hale left."
    assert split_sentences(signed) == [
        "Signed as a correct record: L. Brannigan, Chair.",
        "Dr. Rahman and Mr. Hale left.",
    ]


def test_a_month_asked_with_its_year_is_not_answered_by_another_month(
    tmp_path: Path, model: Embeddings
) -> None:
    assert month_years_in("its October 2023 meeting, and 6 March 2024") == {"2023-10", "2024-03"}
    helper = _report(
        tmp_path,
        model,
        [
            "Board meeting of 20 September 2023",
            "At its meeting on 20 September 2023 the board approved the taxi marshals bid at £9,200.",
            *OTHER_SECTION,
        ],
    )
    assert "9,200" in helper.ask("what did the board decide at its september 2023 meeting").text
    assert helper.ask("what did the board decide at its october 2023 meeting").abstained


def test_words_around_a_question_carry_no_topic() -> None:
    assert terms("what does it recommend doing about its fraud") == [stem("recommend"), stem("fraud")]
    # "according to the assessment" says where the answer is told, not what it holds.
    question = "how many thefts were recorded in 2022 according to the assessment"
    told = Asked.read(question, question, _flat)
    assert stem("according") not in told.idf and stem("thefts") in told.idf
    question = "total value of grants awarded in 2023/24"
    assert stem("value") not in Asked.read(question, question, _flat).idf
    # "listed in the agreement" says where they are printed: the table lists them without the word.
    question = "which sub-groups are listed in the partnership agreement"
    listed = Asked.read(question, question, _flat)
    assert stem("listed") not in listed.idf and stem("groups") in listed.idf
    question = "who was named chair in june"
    assert stem("named") in Asked.read(question, question, _flat).idf  # named what, not where


def test_a_glossary_entry_answers_what_its_term_is(tmp_path: Path, model: Embeddings) -> None:
    helper = _report(
        tmp_path,
        model,
        [
            "Among the 15 partnerships in its most similar group the borough is 10th for total crime.",
            "Residents were surveyed about feeling safe in the spring.",
            "Most similar group: the 15 partnerships whose population and make-up are closest to ours.",
        ],
    )
    assert Asked.read("how does the assessment define rural crime", "q", lambda t: 1.0).wants_definition
    answer = helper.ask("what is a most similar group")
    assert answer.text.startswith("Most similar group: the 15 partnerships")


def test_only_a_heading_with_an_amount_of_money_is_an_answer_itself() -> None:
    def headings(heading: str) -> list[str]:
        passage = Passage(
            "c", "d.pdf", "Report", "annual report", "2023-24", 2, "2", heading, "Text.", 1.0, 0.5, 2
        )
        return [u.text for u in passage_units(0, passage) if u.kind == "heading"]

    assert headings("Funding > Get Safe On-Line £15,000") == ["Get Safe On-Line £15,000"]
    assert headings("Table 3. Rates per 1,000, 2022-23") == []  # names the table below it


def test_everyday_words_weigh_less_than_specific_ones() -> None:
    shares = specific_weights("which sculpture blades helped run, whats the cost")
    assert shares[stem("sculpture")] == 1.0 and shares[stem("blades")] == 1.0
    assert shares[stem("helped")] < 0.7  # "help" is an everyday word wherever the documents rarely use it
    assert "what" not in shares and "whats" not in shares  # "whats" is no word of the topic
    assert set(shares) == set(terms("which sculpture blades helped run, whats the cost"))


def test_a_question_weighs_its_words_by_both_rarities() -> None:
    def idf(term: str) -> float:
        return 2.0  # the documents use every word equally rarely

    asked = Asked.read("q", "which sculpture blades helped run", idf)
    assert asked.idf[stem("sculpture")] == 2.0
    assert asked.idf[stem("helped")] < asked.idf[stem("blades")]


def test_a_share_or_a_count_is_not_answered_with_another_kind_of_figure(
    tmp_path: Path, model: Embeddings
) -> None:
    helper = _report(
        tmp_path,
        model,
        [
            "Night time safety",
            "A survey asked residents how safe they feel in the town centre at night.",
            "The town centre festival cost £4,500 to run in 2023.",
            "Young people aged 15 to 19 were a third of those found with a knife in the town centre.",
            *OTHER_SECTION,
        ],
    )
    assert helper.ask("what percentage of residents feel unsafe in the town centre at night").abstained
    assert helper.ask("how many people went to the town centre festival").abstained
    assert helper.ask("how many young people did the town centre knife work reach").abstained  # an age
    assert "4,500" in helper.ask("how much did the town centre festival cost").text


def test_a_count_is_not_answered_by_a_rate_or_a_place_in_a_ranking(tmp_path: Path, model: Embeddings) -> None:
    helper = _report(
        tmp_path,
        model,
        [
            "How Northvale compares, 2022",
            "Measure | Northvale per 1,000 | Group average per 1,000 | Position of 15",
            "Possession of weapons | 0.7 | 0.6 | 10th",
            "Shoplifting | 6.4 | 6.9 | 7th",
            *OTHER_SECTION,
        ],
    )
    assert helper.ask("how many possession of weapons offences did northvale record in 2022").abstained
    assert "0.7" in helper.ask("what was northvale's rate of possession of weapons per 1,000 in 2022").text


def test_a_count_is_not_answered_by_a_decisions_sum_or_date(tmp_path: Path, model: Embeddings) -> None:
    """ "Approved at 5,000" is a sum without its pound sign, "Paid GBP" a column of sums, "10 Sept
    2024" a date and "NT-08" a reference: none counts."""
    helper = _report(
        tmp_path,
        model,
        [
            "Grants decided in 2024",
            "Ref | Project | Asked | Paid GBP | First decision",
            "NT-08 | Northby Night Walkers | £5.6k | 5000.00 | Approved at 5,000 (Panel, 10 Sept 2024)",
            "NT-09 | Quay Lighting | £2.2k | 2000.00 | Approved at 2,000 (Panel, 10 Sept 2024)",
            *OTHER_SECTION,
        ],
    )
    assert helper.ask("how many volunteers did the Northby Night Walkers train in 2024").abstained
    assert "5,000" in helper.ask("how much was the Northby Night Walkers bid approved at").text


def test_a_conclusion_asked_is_answered_by_one_not_by_the_review_named(
    tmp_path: Path, model: Embeddings
) -> None:
    helper = _report(
        tmp_path,
        model,
        [
            "Domestic homicide reviews",
            "In September 2023 the Board commissioned a domestic homicide review, known as Adult P,"
            " at a cost of £7,500 for the independent chair.",
            "",
            "Recommendations of the assessment",
            "R2 Keep shoplifting under review with the retail crime forum.",
            *OTHER_SECTION,
        ],
    )
    assert helper.ask("what did the adult p domestic homicide review conclude").abstained
    assert helper.ask("any recomendations from the adult p review").abstained
    assert "retail crime forum" in helper.ask("what does the assessment recommend about shoplifting").text


def test_a_count_is_a_whole_figure_in_the_month_asked_however_written(
    tmp_path: Path, model: Embeddings
) -> None:
    """ "Sep 2023" is September 2023, and "12 months" says how long: the bare 1,024 may be the count."""
    helper = _report(
        tmp_path,
        model,
        [
            "Shoplifting in Northby",
            "Offence | 12 months to Sep 2022 | 12 months to Sep 2023 | Change",
            "Shoplifting | 781 | 1,024 | +243",
            "",
            "How Northby compares with similar areas",
            "Measure | Northby | Group average | Position of 15",
            "Shoplifting | 8.6 | 6.1 | 14th",
            *OTHER_SECTION,
        ],
    )
    answer = helper.ask("how many shoplifting offences did northby record in the 12 months to sept 2023")
    assert "1,024" in answer.text and "8.6" not in answer.text
    assert month_years_in("12 months to Sep 2023, and 6 Oct. 2023") == {"2023-09", "2023-10"}


def test_a_score_asked_is_answered_by_a_score_not_by_the_award(tmp_path: Path, model: Embeddings) -> None:
    helper = _report(
        tmp_path,
        model,
        [
            "Grants Panel, 30 April 2024",
            "The panel scored the first round's bids on 30 April 2024.",
            "The night patrol bid from Northby Trust scored 14 out of 20 and was approved at £4,000.",
            "The street lighting bid from Quay Residents was approved at £2,000.",
            *OTHER_SECTION,
        ],
    )
    assert "14 out of 20" in helper.ask("what score did the night patrol bid get").text
    assert helper.ask("what score did the street lighting bid get from the panel").abstained
    assert "£2,000" in helper.ask("how much did the street lighting bid get").text
    # "scored" telling when, in a clause of its own, asks no score: the rating is asked.
    rated = _report(
        tmp_path / "rated",
        model,
        [
            "Scoring the candidate priorities",
            "Candidate priority | Harm | Total | Rating",
            "Domestic abuse | 5 | 18 | Red",
            "Substance misuse | 4 | 13 | Amber",
            "Burglary | 2 | 8 | Green",
            *OTHER_SECTION,
        ],
    )
    answer = rated.ask("what rating did substance misuse get when the partners scored the priorities")
    assert "Amber" in answer.text and not answer.abstained
    # A table's score column states a score whatever its heading says of the scale.
    assert SCORE_RE.search("Hello Neighbour — Score (of 25): 11; Decision: not approved")
    assert not SCORE_RE.search("The panel scored the first round's bids on 30 April 2024.")


def test_the_score_a_bid_needs_for_funding_is_a_bound_not_a_sum(tmp_path: Path, model: Embeddings) -> None:
    helper = _report(
        tmp_path,
        model,
        [
            "Northby community grants 2025/26: how bids are judged",
            "Each bid is marked out of 50 by two officers of the partnership team.",
            "Bids scoring below 30 cannot be funded, whatever the money left in the round.",
            "The round has £40,000 for community projects.",
            *OTHER_SECTION,
        ],
    )
    answer = helper.ask("what score does a bid need to get funding")
    assert "below 30" in answer.text and not answer.abstained


def test_a_parts_number_counts_nothing(tmp_path: Path, model: Embeddings) -> None:
    helper = _report(
        tmp_path,
        model,
        [
            "Grant register",
            "Part 1 lists every bid to the Safer Streets Fund decided in 2024-25 and any later change.",
            *OTHER_SECTION,
        ],
    )
    assert helper.ask("how many bids to the safer streets fund were decided in 2024-25").abstained


def test_a_percentage_answers_a_share(tmp_path: Path, model: Embeddings) -> None:
    helper = _report(
        tmp_path,
        model,
        ["Night time safety", "In the survey 42% of residents said they feel unsafe.", *OTHER_SECTION],
    )
    answer = helper.ask("what percentage of residents feel unsafe at night")
    assert "42%" in answer.text and answer.citations[0].page == 1


def test_why_asks_a_reason_not_an_amount(tmp_path: Path, model: Embeddings) -> None:
    assert not Asked.read("why was poynton picked for the asb money", "q", _flat).wants_money
    assert Asked.read("how much asb money did poynton get", "q", _flat).wants_money
    helper = _report(
        tmp_path,
        model,
        [
            "Poynton ASB project",
            "The partnership gave the Poynton ASB project £9,500 in 2022-23.",
            "Poynton was picked because the park was identified as a hot spot for anti-social behaviour.",
            *OTHER_SECTION,
        ],
    )
    answer = helper.ask("why was poynton picked for the asb money")
    assert "hot spot" in answer.text and answer.citations[0].page == 1


def test_the_sentence_before_may_name_what_a_sentence_is_about(tmp_path: Path, model: Embeddings) -> None:
    helper = _report(
        tmp_path,
        model,
        [
            "Night-time economy",
            "The Safe Night Out hub opened in the Corn Market on Friday and Saturday nights from October. "
            "Street Angels volunteers looked after 318 people over the winter.",
            *OTHER_SECTION,
        ],
    )
    answer = helper.ask("how many people did the safe night out hub look after")
    assert "318" in answer.text and answer.citations[0].page == 1


def test_when_is_answered_by_a_time_not_by_a_sentence_naming_the_thing(
    tmp_path: Path, model: Embeddings
) -> None:
    helper = _report(
        tmp_path,
        model,
        [
            "Serious Violence Duty",
            "The Serious Violence Duty asks partners to work together on a local strategy.",
            *OTHER_SECTION,
        ],
    )
    assert helper.ask("when does the serious violence duty start").abstained
    dated = _report(
        tmp_path / "dated",
        model,
        ["Serious Violence Duty", "The Serious Violence Duty starts in January 2023.", *OTHER_SECTION],
    )
    assert "January 2023" in dated.ask("when does the serious violence duty start").text


def test_a_length_of_time_does_not_say_when() -> None:
    def unit(text: str) -> Unit:
        return Unit(0, "sentence", text, text, 0)

    asked = Asked.read("when is the sculpture coming to the town", "q", _flat)
    assert not fits_kind(unit("Over the past two years the sculpture has toured the country."), asked)
    assert fits_kind(unit("The sculpture comes to the town every year in May."), asked)
    assert fits_kind(unit("The panel meets every Tuesday."), asked)
    assert fits_kind(unit("Reviews are held annually."), asked)


def test_a_date_in_figures_says_when() -> None:
    # An action log's "Due" column prints dates as figures.
    due = "A24/17 — Action: Draft revised terms of reference; Owner: BA; Due: 19/03/25"
    asked = Asked.read("when was the terms of reference action due", "q", _flat)
    assert fits_kind(Unit(0, "record", due, due, 0), asked)
    assert not fits_kind(Unit(0, "record", "A24/17 — Owner: BA", "A24/17 — Owner: BA", 0), asked)


def test_a_paragraphs_own_number_counts_nothing() -> None:
    def unit(text: str) -> Unit:
        return Unit(0, "sentence", text, text, 0)

    asked = Asked.read("how many ASB incidents were recorded in 2019-20", "q", _flat)
    sourced = "2.1 Recorded crime and ASB incidents are from the police, extracted on 14 April 2023."
    assert not fits_kind(unit(sourced), asked)
    assert fits_kind(unit("2.1 Police recorded 6,412 ASB incidents in 2019-20."), asked)


def test_what_a_count_rate_or_role_is_narrowed_to() -> None:
    assert narrowing_terms("how many hate crimes were recorded in 2022-23") == {"hate"}
    assert narrowing_terms("knife crime rate per 1,000 in the town centre ward") == {"knife", "crime"}
    assert narrowing_terms("violence with injury rate per 1,000") == {"injuri"}  # a rate names its measure
    assert narrowing_terms("how many staff got Prevent training") == set()  # a head noun may be reworded
    assert narrowing_terms("how many new members joined") == set()  # an everyday word may be too
    assert narrowing_terms("whats the latest asb incidents number") == {"asb"}  # "latest" says when
    assert narrowing_terms("who chairs the rural crime forum") == {"rural", "crime"}
    assert narrowing_terms("who chairs the board") == set()
    # Not asked who holds it, a role narrows nothing: the question asks what the chair may do.
    assert narrowing_terms("can the chair of the northby board approve funding between meetings") == set()
    # Who represents a body: an answer must name that body, not another member.
    assert narrowing_terms("who represents the ambulance service on the board") == {"ambul"}
    assert narrowing_terms("who's the rep for public health") == {"public"}
    # A role named by what it leads: an answer must name that, not another lead officer.
    assert narrowing_terms("who is the northby csp's prevent lead") == {"prevent"}
    assert narrowing_terms("who is the domestic abuse lead for the partnership") == {"domest", "abus"}
    assert narrowing_terms("who is the lead officer for the csp") == set()  # the role's own name
    # Typed as a topic, without "how many": the words before the thing counted narrow it all the same.
    assert narrowing_terms("northvale fraud offences 2022-23") == {"northval", "fraud"}
    assert narrowing_terms("what were the drug offences about") == set()  # a question word: not a bare count
    # A change of a kind of crime: a table row of other crimes' changes does not say how it went.
    assert narrowing_terms("by how much did sexual offences change between 2019/20 and 2021/22") == {"sexual"}
    assert narrowing_terms("did cycle theft in sallowby go up or down") == {"cycl"}
    assert narrowing_terms("did the pcc grant go up or down") == set()  # money, not a kind of crime
    # A score or rating asked of a thing: the thing must be the row's.
    assert narrowing_terms("what harm score did rural crime get in the assessment") == {"rural", "crime"}
    assert narrowing_terms("what rag rating did shoplifting get") == {stem("shoplifting")}


def test_a_figure_counting_another_thing_the_question_names_is_no_count() -> None:
    question = "how many people came to the online safety live events"
    counted, asked = counted_terms(question), frozenset(terms(question))
    assert counted >= {"peopl"}
    assert counts_another("This year 2 live events were organised at the library.", counted, asked)
    assert not counts_another("The 2 live events drew 85 people between them.", counted, asked)
    assert not counts_another("Some 85 came along to the events.", counted, asked)  # what 85 counts is unsaid
    assert not counts_another("The events were well attended.", counted, asked)  # no figure: another check's
    assert counts_another("There were two live events.", counted, asked)  # a count in words, too
    assert not counts_another("Two live events drew eighty-five people.", counted, asked)
    # People are not counted by a figure of things the question does not name either.
    seen = "how many people went to see the sculpture"
    counted, asked = counted_terms(seen), frozenset(terms(seen))
    assert counts_another("The sculpture is formed of 100,000 knives.", counted, asked)
    assert not counts_another("Some 12,000 residents came in its 28 days.", counted, asked)
    assert not counts_another("It stood for 28 days and 12,000 came.", counted, asked)  # "12,000 came": said
    # Nor is anything counted by a length of time, however it is written.
    assert counts_another("Partners will deliver a 28 day programme of activity.", counted, asked)
    assert counts_another("Schools ran a 12-week course.", counted, asked)
    assert counts_another("Figures cover the first two quarters of 2023-24.", counted, asked)
    weeks = "how many weeks did the course run"
    assert not counts_another("Schools ran a 12-week course.", counted_terms(weeks), frozenset(terms(weeks)))


def test_a_count_rate_or_chair_of_another_thing_does_not_answer(tmp_path: Path, model: Embeddings) -> None:
    helper = _report(
        tmp_path,
        model,
        [
            "Crime by ward, 2022-23",
            "Ward | Population | All crime per 1,000 | ASB per 1,000",
            "Harrow Green | 11,700 | 71.3 | 29.5",
            "Millbeck | 9,400 | 55.0 | 21.2",
            "",
            "Knife crime offences rose from 74 to 91, most of them in Harrow Green.",
            "Shoplifting reached 268 offences in 2022-23, the highest in five years.",
            "",
            "Board meeting, 12 March 2024",
            "Present: Councillor Ann Hope (Chair), Inspector Carys Wynne (Police), Dev Rana (Council).",
            *OTHER_SECTION,
        ],
    )
    assert helper.ask("who chairs the rural crime forum").abstained  # the board's chair is not the forum's
    assert "Ann Hope" in helper.ask("who chairs the board").text
    assert helper.ask("knife crime per 1,000 in harrow green").abstained  # a count is not a rate
    assert helper.ask("how many hate crimes were recorded in 2022-23").abstained
    shoplifting = helper.ask("how many shoplifting offences were recorded in 2022-23")
    assert "268" in shoplifting.text and shoplifting.citations[0].page == 1
    rate = helper.ask("all crime per 1,000 in harrow green")
    assert "71.3" in rate.text and rate.citations[0].page == 1


def test_a_table_caption_run_into_the_paragraph_above_still_names_the_table() -> None:
    def contexts(above: str) -> set[str]:
        header = ("Scheme", "£k")
        passage = Passage(
            "c", "d.pdf", "Report", "annual report", "2021-22", 2, "2", "Money",
            f"{above}\nScheme\t£k\nFarm Watch trail cameras\t6.8\nTotal\t16.3", 1.0, 0.5, 2,
            kinds=("para", "header", "row", "row"),
            cells=((), header, ("Farm Watch trail cameras", "6.8"), ("Total", "16.3")),
            headers=((), (), header, header),
        )  # fmt: skip
        return {u.context for u in passage_units(0, passage) if u.kind == "record"}

    bids = "The Board awards grants from the Commissioner's grant and the council's contribution. Bids are"
    # The caption, then the label column's name ("Scheme"), which says what each row's label is.
    assert contexts(f"{bids} invited all year. Table 2: Grants awarded in 2021/22 (£k)") == {
        "Table 2: Grants awarded in 2021/22 (£k) Scheme"
    }
    # A sentence of its own, with its own figures, is not a caption.
    assert contexts(f"{bids} invited all year. These awards total £16,300, leaving £5,100 unspent.") == {
        "Scheme"
    }


def test_a_withheld_cell_says_what_its_mark_stands_for_as_the_caption_tells() -> None:
    def shown(caption: str) -> set[str]:
        header = ("Ward", "Burglary", "Weapons")
        passage = Passage(
            "c", "d.pdf", "Assessment", "strategic assessment", "2023-24", 3, "3", "Wards",
            f"{caption}\nWard\tBurglary\tWeapons\nOtterhay\t29\t*", 1.0, 0.5, 3,
            kinds=("para", "header", "row"),
            cells=((), header, ("Otterhay", "29", "*")),
            headers=((), (), header),
        )  # fmt: skip
        return {u.text for u in passage_units(0, passage) if u.kind in ("record", "cell")}

    told = shown("Table 3: Crime by ward, 2023-24 (* = fewer than 5)")
    assert "Otterhay — Burglary: 29; Weapons: * (fewer than 5)" in told
    assert "Otterhay — Weapons: * (fewer than 5)" in told
    # A mark the caption does not explain is shown as printed, and is no figure of its own.
    assert shown("Table 3: Crime by ward, 2023-24") == {
        "Otterhay — Burglary: 29; Weapons: *",
        "Otterhay — Burglary: 29",
    }


def test_a_first_person_sentence_says_who_signs_its_paragraph() -> None:
    said = (
        "In July the Group elected me Chair, with Councillor Ada Brand as Vice-Chair. My thanks go to"
        " everyone. - Chief Inspector Rhys Castell, Northby Police"
    )
    passage = Passage("c", "r.pdf", "Report", "annual report", "2021-22", 1, "1", "Foreword", said, 1.0, 0.5)
    texts = [u.text for u in passage_units(0, passage)]
    assert texts[0] == (
        "In July the Group elected me Chair, with Councillor Ada Brand as Vice-Chair."
        " (Chief Inspector Rhys Castell)"
    )
    # A sentence naming no one in the first person is left as printed; so is a paragraph signed by no one.
    unsigned = replace(passage, text="The Group elected me Chair in July.")
    assert [u.text for u in passage_units(0, unsigned)] == ["The Group elected me Chair in July."]
    # A signature run on after the last sentence, titled and with its role, signs it too.
    run_on = replace(
        passage, text="I was elected Chair in June 2024. We made awards. Councillor Ana Pell, Chair"
    )
    signed = next(u.text for u in passage_units(0, run_on))
    assert signed == "I was elected Chair in June 2024. (Councillor Ana Pell)"
    # ... but not a sentence naming someone after the paragraph's end: it is no signature without a role.
    named = replace(passage, text="I was elected Chair in June 2024. Councillor Ana Pell is Vice-Chair.")
    assert next(u.text for u in passage_units(0, named)) == "I was elected Chair in June 2024."


def test_a_mark_in_brackets_is_a_word_and_a_row_holding_it_as_a_value_does_not_say_what_it_means() -> None:
    assert terms("what does [c] mean") == ["mark_c", "mean"]
    assert "mark_c" in terms("[c] Fewer than five offences: suppressed")
    asked = Asked.read("what does [c] mean in the ward table", "[c] ward table", lambda t: 1.0)
    held = "St Osyth's — Population: 8,600; Knife-enabled offences: [c]"
    note = "[c] Fewer than five offences: suppressed so that victims cannot be identified."
    assert not fits_kind(Unit(0, "record", held, held, 1), asked)
    assert fits_kind(Unit(0, "sentence", note, note, 1), asked)
    # A key's row names the value beside its meaning; a cell may spell a term out.
    key = "Red — Meaning: off track, action needed"
    assert fits_kind(Unit(0, "record", key, key, 1), Asked.read("what does red mean", "red", lambda t: 1.0))
    spelled = "CSP23-02 — Project: Independent Domestic Violence Adviser (IDVA) top-up; Amount: £9,500"
    idva = Asked.read("what does IDVA stand for", "idva", lambda t: 1.0)
    assert fits_kind(Unit(0, "record", spelled, spelled, 1), idva)


def test_a_footnote_counts_what_it_is_a_note_to_as_its_words() -> None:
    said = "² £1,140 was spent; the remaining £2,060 was returned unspent."
    passage = Passage("c", "r.pdf", "Report", "annual report", "2023-24", 3, "3", "Budget", said, 1.0, 0.5)
    noted = replace(passage, notes=(("²", "Ferrowby Watch relaunch"),))
    (unit,) = passage_units(0, noted)
    assert unit.context == "Ferrowby Watch relaunch" and unit.text == said
    assert next(u.context for u in passage_units(0, passage)) == ""
    assert terms("workshops¹ and crime²") == ["workshop", "crime"]  # a mark is no part of its word


def test_the_word_date_in_a_when_question_names_no_topic() -> None:
    question = "On what date did the board agree to change its priorities?"
    asked = Asked.read(question, question, lambda t: 1.0)
    assert asked.wants_date and "date" not in asked.idf and {"agre", "chang", "prioriti"} <= set(asked.idf)
    typed = Asked.read("what year did the date of the meeting move", "year date meeting move", lambda t: 1.0)
    assert "year" not in typed.idf and "date" in typed.idf  # only the word asking for the time


def test_a_table_number_is_not_a_figure() -> None:
    asked = Asked.read("total grants awarded in 2021/22", "total grants awarded", lambda t: 1.0)
    title = "Table 2: Grants awarded in 2021/22"
    caption = Unit(0, "sentence", title, title, 0)
    total = Unit(0, "record", "Total — £k: 31.35", "Total | 31.35", 1)
    assert not fits_kind(caption, asked) and fits_kind(total, asked)


def test_a_cell_under_a_money_column_or_a_window_number_is_not_a_count() -> None:
    asked = Asked.read("how many trailers did farm watch mark", "trailers farm watch mark", lambda t: 1.0)
    row = "Farm Watch trailer marking — Funding window: Window 1 (May 2023); Amount (£k): 7.2"
    said = "The Farm Watch scheme marked 312 trailers with forensic paint."
    assert not fits_kind(Unit(0, "record", row, row, 1), asked)
    assert fits_kind(Unit(0, "sentence", said, said, 2), asked)
    # The day of a date counts nothing; a figure beside a lower-case "may" still does.
    dated = "Farm Watch trailer marking — Approved: 12 March 2024; Award: £4,800"
    assert not fits_kind(Unit(0, "record", dated, dated, 1), asked)
    maybe = "Farm Watch may mark 40 trailers."
    assert fits_kind(Unit(0, "sentence", maybe, maybe, 2), asked)


def test_a_title_repeating_the_question_answers_nothing() -> None:
    asked = Asked.read("the serious violence duty", "the serious violence duty", lambda t: 1.0)
    passage = Passage("c", "d.pdf", "Report", "annual report", "2023-24", 1, "1", "Contents", "x", 1.0, 0.5)

    def fits(kind: str, text: str) -> bool:
        return score_unit(Unit(0, kind, text, text, 0), passage, asked, None, WEIGHTS).fits

    assert not fits("sentence", "The Serious Violence Duty")
    assert fits("sentence", "The Serious Violence Duty came into force on 31 January 2023.")
    assert fits("bullet", "Serious violence duty")  # an item says the thing is on its list


def test_a_where_question_is_answered_by_a_sentence_before_a_row() -> None:
    passage = Passage("c", "d.pdf", "Report", "annual report", "2022-23", 2, "2", "Grants", "x", 1.0, 0.5)
    row = "Stourley Bridge CCTV camera relocation — Lead organisation: District Council; Amount: £5,300"
    said = "The Board approved £5,300 to move the Stourley Bridge CCTV camera to the railway underpass."

    def margin(question: str) -> float:
        asked = Asked.read(question, question, lambda t: 1.0)
        scored = [
            score_unit(Unit(0, k, t, t, 0), passage, asked, 0.5, WEIGHTS)
            for k, t in (("sentence", said), ("record", row))
        ]
        return scored[0].score - scored[1].score

    assert margin("where is the stourley bridge cctv camera going") > margin(
        "what is the stourley bridge cctv camera"
    )


def test_an_amount_is_one_word_however_it_is_written() -> None:
    assert terms("bids over 10k") == terms("Bids over £10,000") == ["bid", "over", "10000"]
    assert terms("£1.5m") == terms("1,500,000") == ["1500000"]
    assert terms("£8,881.00") == ["8881"]
    assert terms("in 2022-23, 14 year olds") == ["2022", "23", "14", "year", "old"]  # plain numbers stay


def test_an_amount_typed_one_way_finds_it_printed_another(tmp_path: Path, model: Embeddings) -> None:
    helper = _report(
        tmp_path,
        model,
        [
            "How to bid",
            "Bids over £2,000 need two written quotes from suppliers.",
            "Bids over £10,000 need a letter of support from one of the responsible authorities.",
            *OTHER_SECTION,
        ],
    )
    answer = helper.ask("what do bids over 10k need")
    assert answer.text.startswith("Bids over £10,000 need a letter of support")
    assert [(c.document, c.page) for c in answer.citations] == [("report.pdf", 1)]


def test_the_passage_ranked_first_needs_less_meaning_to_answer() -> None:
    """Half the question's words in the passage retrieval ranks first answer with weaker meaning,
    as a paraphrase ("con artists" for "fraud") gets; the same unit further down does not."""
    passage = Passage("c", "d.pdf", "Report", "annual report", "2023-24", 1, "1", "Scams", "x", 1.0, 0.31)

    def scored(rank: int, similarity: float) -> Scored:
        unit = Unit(rank, "sentence", "Older victims got one-to-one support.", "x", 0, (), 0, "", "")
        return Scored(unit, 0.58, 1.0, similarity, True, 0.58)

    assert grounded(scored(0, 0.35), passage, WEIGHTS)
    assert not grounded(scored(1, 0.35), passage, WEIGHTS)
    assert not grounded(scored(0, 0.2), replace(passage, similarity=0.2), WEIGHTS)
    assert grounded(scored(1, WEIGHTS.min_similarity), passage, WEIGHTS)


def test_who_ran_it_is_answered_by_the_unit_naming_who(tmp_path: Path, model: Embeddings) -> None:
    helper = _report(
        tmp_path,
        model,
        [
            "Projects funded in 2022-23",
            "Project | Lead organisation | Amount",
            "Champions training | Harbour Lane Women's Aid | £8,900",
            "Canal lighting | Eastholm Borough Council | £14,000",
            "",
            "Champions training reached 96 staff across council, housing and health teams.",
            *OTHER_SECTION,
        ],
    )
    answer = helper.ask("who ran the champions training")
    assert answer.text.startswith("Champions training — Lead organisation: Harbour Lane Women's Aid")


def test_a_count_asked_for_is_a_figure() -> None:
    assert Asked.read("hate crime count for the district in 22/23?", "q", _flat).wants_figure
    assert not Asked.read("what counts as an asb incident", "q", _flat).wants_figure
    assert not Asked.read("what does count as an incident", "q", _flat).wants_figure


def test_a_thing_asked_by_its_number_is_answered_by_what_holds_that_number() -> None:
    asked = Asked.read("kestrelford action 7 - what is it and whos got it", "action", _flat)
    assert asked.labels == {"7"}
    assert Asked.read("what does rec R5 say", "q", _flat).labels == {"r5"}
    assert Asked.read("what were the actions from the meeting", "q", _flat).labels == frozenset()
    # A capital letter alone labels a recommendation or an option; "option a" in lower case is a word.
    assert Asked.read("What does Recommendation E propose?", "q", _flat).labels == {"e"}
    assert Asked.read("is there an option a bit cheaper", "q", _flat).labels == frozenset()
    passage = Passage("c", "m.pdf", "Minutes", "minutes", "2023-24", 2, "2", "Actions", "x", 1.0, 0.5)

    def fits(text: str) -> bool:
        return score_unit(Unit(0, "record", text, text, 0), passage, asked, None, WEIGHTS).fits

    assert fits("7 — Action: Write to the skate park trust; Owner: JO")
    assert not fits("1 — Action: Confirm the licensing contribution; Owner: Licensing")
    assert not fits("17 — Action: Agree pharmacy sites; Owner: Public Health")


def test_a_list_of_apologies_answers_who_was_absent_not_what_anyone_said() -> None:
    passage = Passage("c", "m.pdf", "Minutes", "minutes", "2022-23", 1, "1", "Present", "x", 1.0, 0.5)
    line = "Apologies: Dr Mira Rahman (Integrated Care Board)."

    def fits(question: str) -> bool:
        asked = Asked.read(question, question, _flat)
        return score_unit(Unit(0, "sentence", line, line, 0), passage, asked, None, WEIGHTS).fits

    assert not fits("what did dr mira rahman report at the october board")
    assert fits("who sent apologies to the october board")
    assert fits("was dr rahman absent from the october board")


def test_a_rate_table_answers_for_the_whole_area_and_a_place_it_lacks_is_declined(
    tmp_path: Path, model: Embeddings
) -> None:
    helper = _report(
        tmp_path,
        model,
        [
            "Brookfield against its most similar group, rates per 1,000, 2022-23",
            "Measure | Brookfield | Group average | Position of 15",
            "Total recorded crime | 97.0 | 89.6 | 10th",
            "Violence with injury | 13.5 | 12.1 | 11th",
            "",
            "Rural crime rose by a third and Brookfield is now 13th of 15 in its most similar group for it.",
            *OTHER_SECTION,
        ],
    )
    # "Overall" crime is the table's total; the rate is the caption's; the partnership's name owns it.
    assert narrowing_terms("how does brookfield's overall crime rate compare") == {stem("overall"), "crime"}
    overall = helper.ask("how does brookfield's overall crime rate per 1,000 compare with the group average")
    assert "97.0" in overall.text and "89.6" in overall.text and overall.citations[0].page == 1
    # A ward the table does not break down to is not answered with the partnership's figure.
    assert narrowing_terms("violence with injury rate per 1,000 in millbeck") == {"injuri", "millbeck"}
    assert narrowing_terms("the crime rate in 2022-23") == {"crime"}  # a year is a period, not a place
    assert helper.ask("violence with injury rate per 1,000 in millbeck").abstained


def test_the_words_asking_for_a_definition_or_naming_the_document_need_not_be_in_the_answer(
    tmp_path: Path, model: Embeddings
) -> None:
    question = "what definition of county lines does the assessment give"
    asked = Asked.read(question, question, _flat)
    assert asked.wants_definition
    assert set(asked.idf) == {
        stem("county"),
        stem("lines"),
        stem("assessment"),
    }
    helper = _report(
        tmp_path,
        model,
        [
            "Exploitation",
            "County lines exploitation rose again, with 14 referrals in the year.",
            "Glossary",
            "County lines: drug dealing from cities into smaller towns using dedicated phone lines.",
            *OTHER_SECTION,
        ],
    )
    answer = helper.ask("What definition of county lines does the assessment give?")
    assert "phone lines" in answer.text and answer.citations[0].page == 1


def test_a_table_under_a_row_of_pound_signs_holds_amounts_not_counts(
    tmp_path: Path, model: Embeddings
) -> None:
    helper = _report(
        tmp_path,
        model,
        [
            "Funding",
            "The partnership approved these applications in 2022-23.",
            "April to June 2022 | September to November 2022",
            "£ | £",
            "Domestic Abuse | 38,000 | Knife Angel | 19,783",
            "Regional Analyst | 10,000 | Scams Aftercare | 8,881",
            *OTHER_SECTION,
        ],
    )
    assert helper.ask("how many domestic abuse crimes were recorded in 2022-23").abstained
    money = helper.ask("how much went to domestic abuse in 2022-23")
    assert "38,000" in money.text and money.citations[0].page == 1


def _table(tmp_path: Path, model: Embeddings, caption: str, rows: list[tuple[str, str, str]]) -> Assistant:
    """An assistant over a one-page assessment: a captioned three-column table, then another topic."""
    placed = [(60.0, 760.0, caption)]
    placed += [
        (x, 730.0 - 16 * i, cell)
        for i, row in enumerate(rows)
        for x, cell in zip((60.0, 240.0, 380.0), row, strict=True)
    ]
    placed += [(60, 600, "Road safety"), (60, 580, "Partners review the rural road safety plans each year.")]
    place_pdf(tmp_path / "corpus" / "assessment.pdf", [placed])
    helper = Assistant.open(Settings(corpus_dir=tmp_path / "corpus", data_dir=tmp_path / "data"), model)
    helper.ingest()
    return helper


def test_a_count_naming_no_row_of_a_table_is_its_total(tmp_path: Path, model: Embeddings) -> None:
    rows = [
        ("ASB type", "Q1 23/24", "Q2 23/24"),
        ("Personal", "281", "302"),
        ("Nuisance", "758", "796"),
        ("Environmental", "176", "190"),
        ("Total", "1,215", "1,288"),
    ]
    helper = _table(tmp_path, model, "Table 2. ASB incidents by type and quarter", rows)
    answer = helper.ask("how many ASB incidents were there in Q2 23/24")
    assert answer.text.startswith("Total — ") and "1,288" in answer.text.split("[1]")[0]


def test_a_row_is_known_by_its_label_columns_name(tmp_path: Path, model: Embeddings) -> None:
    rows = [
        ("Ward", "District", "Crimes per 1,000"),
        ("Castle Hill", "Pellingham", "88.0"),
        ("Ashby Moor", "Pellingham", "41.7"),
        ("Tanyard", "Stourmere", "131.2"),
    ]
    helper = _table(tmp_path, model, "Crime by area, 2021-22", rows)
    # "ward" is said only by the label column's header: Ashby Moor is a ward.
    answer = helper.ask("whats the crime rate per 1000 in ashby moor ward")
    assert not answer.abstained
    assert answer.text.startswith("Ashby Moor — ") and "41.7" in answer.text


def test_a_year_alone_shared_with_the_question_is_no_evidence(tmp_path: Path, model: Embeddings) -> None:
    helper = _report(
        tmp_path,
        model,
        [
            "Recorded crime in Pellingham and Stourmere",
            "Offence | Pellingham 2020-21 | Pellingham 2021-22 | Stourmere 2020-21 | Stourmere 2021-22",
            "Drug offences | 171 | 143 | 402 | 366",
            "Vehicle offences | 356 | 401 | 681 | 640",
            "",
            "Funding",
            "The PCC grant to the partnership for 2023-24 was £90,000, paid in two instalments.",
            *OTHER_SECTION,
        ],
    )
    # Rows of 2021-22's offences share only the year with these: they are about something else.
    assert helper.ask("What was the PCC grant in 2021-22?").abstained
    assert helper.ask("what was the budget in 2021-22").abstained
    drugs = helper.ask("how many drug offences were there in pellingham in 2021-22")
    assert "143" in drugs.text and drugs.citations[0].page == 1


def test_a_place_in_a_ranking_is_narrowed_to_what_it_ranks() -> None:
    # "for residential burglary": a sentence ranking shoplifting and violence does not say.
    question = "Where did Northvale rank in its most similar group for residential burglary?"
    assert narrowing_terms(question) == {"residenti", "burglari"}
    sentence = Passage(
        "s", "sa.pdf", "Assessment", "strategic assessment", "2023-24", 3, "3", "Comparison",
        "Among the 15 districts in its most similar group, Northvale ranks 3rd for shoplifting and 4th "
        "for violence with injury.", 0.5, 0.6,
    )  # fmt: skip
    assert ExtractiveAnswerer(idf=lambda term: 1.0).answer(question, [sentence]).abstained


def test_a_vice_chair_asked_for_narrows_the_answer_to_a_vice_chair() -> None:
    assert "vice" in narrowing_terms("who was elected vice chair of the northby board in june 2024")
    assert "vice" not in narrowing_terms("who was elected chair of the northby board in june 2024")


def test_a_word_of_a_family_narrows_the_answer_to_one_saying_it_in_some_form() -> None:
    # "what's the quorum" is answered by "a meeting is quorate when ...", not by the date of adoption.
    assert "quorum" in narrowing_terms("what's the quorum for a northby board meeting")
    asked = Asked.read(
        "what's the quorum for a northby board meeting",
        "quorum northby board meeting",
        lambda t: 1.0,
        forms=family_forms,
    )
    assert asked.holds("quorum", set(terms("A meeting is quorate when five members are present.")))
    assert not asked.holds("quorum", set(terms("Adopted by the Northby Board on 13 March 2024.")))


def test_the_quorum_is_answered_by_how_many_make_one(tmp_path: Path, model: Embeddings) -> None:
    rules = _report(
        tmp_path / "rules",
        model,
        [
            "Northby Board terms of reference",
            "4. Meetings and quorum",
            "4.1 The Board meets four times a year.",
            "4.2 A meeting of the Board is quorate when five members are present, three of them from",
            "responsible authorities.",
            *OTHER_SECTION,
        ],
    )
    assert "five members" in rules.ask("whats the quorum for a northby board meeting").text
    told = _report(
        tmp_path / "told",
        model,
        [
            "Northby Board minutes, 9 July 2024",
            "1.1 The quorum is four members, at least two of them from responsible authorities, so the",
            "meeting was quorate.",
            *OTHER_SECTION,
        ],
    )
    assert "four members" in told.ask("whats the quorum for a northby board meeting").text
    minutes = _report(
        tmp_path / "minutes",
        model,
        [
            "Northby Board minutes, 3 June 2024",
            "Present: eight members. The meeting was quorate.",
            "The Board agreed to review its quorum and its terms of reference.",
            *OTHER_SECTION,
        ],
    )
    # A meeting that had its quorum, or a plan to change it, does not say what the quorum is.
    assert minutes.ask("whats the quorum for a northby board meeting").abstained


def test_a_day_asked_of_a_fund_asks_no_sum() -> None:
    asked = Asked.read("what date does the sheet give for the next fund panel", "", lambda _: 1.0)
    assert asked.wants_date and not asked.wants_money
    assert Asked.read("how much did the fund panel award", "", lambda _: 1.0).wants_money
