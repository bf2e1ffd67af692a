"""Questions asking for a thing to be named (a person in a role, a postal address, a phone number, an
email address, a law) are answered only by text naming one."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.answering.answer_types import (
    named_kind,
    names_in_role_column,
    role_asked,
    states,
    succession_name,
    without_person,
)
from assistant.answering.asked import proper_names
from assistant.answering.extractive import ExtractiveAnswerer
from assistant.answering.fits import is_money, states_named
from assistant.answering.units import Unit, passage_units
from assistant.service import Assistant, titled_document
from assistant.settings import Settings
from assistant.types import Passage
from tests.conftest import ingested
from tests.pdfs import make_pdf


def test_what_a_question_asks_to_be_named() -> None:
    assert named_kind("whats the name of the community safety manager") == "person"
    assert named_kind("Who is the chair of the board?") == "person"
    assert named_kind("What is the name of the project in Crewe?") == ""  # a project, not a person
    assert named_kind("who chairs the rural crime forum") == "person"  # only a person chairs
    assert named_kind("who runs the pharmacy scheme") == ""  # a body may run it
    assert named_kind("what is the address of the partnership office") == "address"
    assert named_kind("how does the partnership address concerns about parking?") == ""
    assert named_kind("whats the name of the brightwater idva who took the cases") == "person"
    assert named_kind("what is the name of the project which won") == ""
    assert named_kind("whos the youth justice rep on the board") == "person"  # typed without its apostrophe
    assert named_kind("who is the police representative on the board") == "person"
    assert named_kind("what does the rep do") == ""
    assert (named_kind("who was chair of the alliance in 2024/25"), role_asked("who was vice chair")) == (
        "person",
        "chair",
    )  # no article before the role
    assert named_kind("who is helping the training officer get drivers trained") == ""  # a verb first


def test_a_person_is_named_with_a_title_or_beside_a_role() -> None:
    assert states("person", "Present: Councillor Maren Ashby (Chair), Superintendent Idris Vane.")
    assert states("person", "In attendance: Joel Okafor, Community Safety Manager; Gemma Lusk.")
    assert states("person", "The Community Safety Manager, Joel Okafor, approves small grants.")
    assert states("person", "The Northby board is chaired by Carol White of Northby Police.")
    assert not states("person", "Funding management is the responsibility of the Community Safety Team.")


def test_a_postal_address_is_a_postcode_or_a_numbered_street() -> None:
    assert states("address", "Write to Westfields, Middlewich Road, Sandbach CW11 1HZ.")
    assert states("address", "The office is at 12 Market Street.")
    assert not states("address", "The team is based in the town hall.")


def test_a_phone_number_or_email_address_asked_for_is_answered_only_by_one() -> None:
    assert named_kind("What is the phone number of the Anti-Social Behaviour Team?") == "phone"
    assert named_kind("whats the email for the community safety team") == "email"
    # The way a thing was done names no number or address to give.
    assert named_kind("What did the chair approve by email on 22 October 2024?") == ""
    assert named_kind("who rang by phone") == ""
    assert states("phone", "Report anti-social behaviour on 101 or 0300 123 4567.")
    assert not states("phone", "All ASB incidents fell from 5,009 to 4,639.")
    assert states("email", "Write to communitysafety@northby.example for a form.")
    assert not states("email", "Bids are made by email to the team.")


def test_a_role_without_its_holder_does_not_name_them(tmp_path: Path, model: Embeddings) -> None:
    lines = [
        "Northvale Community Safety Partnership Annual Report 2023-24",
        "",
        "Funding management is the responsibility of the community safety team, who report to the board.",
        "The board meets every quarter at the town hall.",
    ]
    helper = ingested(tmp_path, model, [lines])
    assert helper.ask("whats the name of the community safety manager").abstained
    assert helper.ask("what is the address of the town hall where the board meets").abstained
    assert not helper.ask("who does the community safety team report to").abstained


def test_the_holder_of_a_role_is_named_beside_that_role(tmp_path: Path, model: Embeddings) -> None:
    lines = [
        "Northvale Community Safety Partnership Board minutes, 6 March 2024",
        "",
        "Present: Inspector Tom Hale (Chair, Northvale Police); Councillor Ann Reed (Vice-Chair,",
        "Northvale Council); Dana Moss (Northvale Probation). The Office of the Police and Crime",
        "Commissioner sent apologies.",
    ]
    helper = ingested(tmp_path, model, [lines])
    assert role_asked("Who is the Northvale Police and Crime Commissioner?") == "commissioner"
    # People are named, but none as the commissioner: the documents do not say who it is.
    assert helper.ask("Who is the Northvale Police and Crime Commissioner?").abstained
    assert "Tom Hale" in helper.ask("who is the chair of the northvale board").text


def test_a_name_in_a_tables_column_of_chairs_is_that_rows_chair(tmp_path: Path, model: Embeddings) -> None:
    lines = [
        "Northvale Community Safety Partnership Terms of Reference 2024 (fictional)",
        "",
        "8. Delivery groups",
        "Each delivery group reports to every meeting of the Board.",
        "Delivery group | Chair",
        "Serious violence and exploitation | Aled Price, Northvale Police",
        "Fraud and scams (task and finish) | Nora Quill, Trading Standards",
        "",
        "9. Review",
        "These terms are reviewed every year at the annual meeting of the Board.",
    ]
    make_pdf(tmp_path / "corpus" / "tor.pdf", [lines], title="Northvale CSP Terms of Reference 2024")
    helper = Assistant.open(Settings(corpus_dir=tmp_path / "corpus", data_dir=tmp_path / "data"), model)
    helper.ingest()
    answer = helper.ask("who chairs northvale's fraud task and finish group")
    assert "Nora Quill" in answer.text and "Aled Price" not in answer.text
    assert [(c.document, c.page) for c in answer.citations] == [("tor.pdf", 1)]


def test_who_held_a_role_before_a_person_is_not_answered_by_naming_that_person(
    tmp_path: Path, model: Embeddings
) -> None:
    lines = [
        "Northvale Community Safety Partnership Terms of Reference 2024 (fictional)",
        "",
        "8. Sub-groups",
        "The Resources Panel is chaired by Dominic Kerslake, Head of Community Safety, and meets",
        "three times a year to score bids to the fund.",
    ]
    helper = ingested(tmp_path, model, [lines])
    assert succession_name("Who chaired the Resources Panel before Dominic Kerslake?") == "Kerslake"
    assert succession_name("who chaired the panel before June 2024") == ""  # a time, no person
    # Typed in lower case: a word English rarely uses, after a title or another such word.
    assert succession_name("who chaired the panel before cllr marsh-kirby") == "Marsh-kirby"
    assert succession_name("who was chair before supt brackley and why did she go") == "Brackley"
    assert succession_name("who was the probation rep before me") == ""
    assert succession_name("who chaired it before the merger") == ""
    assert "Marsh" not in without_person("Chair: Superintendent Helen Marsh-Kirby", "Marsh-kirby")
    assert helper.ask("Who chaired the Resources Panel before Dominic Kerslake?").abstained
    assert "Kerslake" in helper.ask("Who chairs the Resources Panel?").text
    told = ingested(
        tmp_path / "told",
        model,
        [
            [
                *lines,
                "",
                "Dominic Kerslake took over as chair of the Resources Panel from Ruth Allen in May 2024.",
            ]
        ],
    )
    assert "Ruth Allen" in told.ask("Who chaired the Resources Panel before Dominic Kerslake?").text


def test_a_name_under_a_role_column_is_read_from_that_columns_cell() -> None:
    header = "Organisation\tRepresentative\tRole"
    assert names_in_role_column("Northvale Borough Council\tDominic Kerslake\tHead of Safety", header)
    # Two capitalised words in another column name a body, not the column's person.
    assert not names_in_role_column("Northvale Borough Council\t \tHead of Safety", header)


def test_a_role_named_with_commas_asks_for_a_person_and_a_body_is_no_person() -> None:
    assert named_kind("Who is the Hollinshire Police, Fire and Crime Commissioner?") == "person"
    body = "The Office of the Police, Fire and Crime Commissioner, Hollinshire Public Health"
    assert not states("person", body)
    assert not states("person", "The board invites the Crime Commissioner (as an adviser) to meetings.")
    assert states("person", "The Commissioner, Joanne Hale.")


def test_a_law_is_named_by_its_act_or_section() -> None:
    assert named_kind("what law is the town centre order made under") == "law"
    assert named_kind("Which legislation gives the council the power?") == "law"
    assert named_kind("up to how much can the officer approve under delegated powers") == ""
    assert named_kind("what did the board act on") == ""
    assert states("law", "The Council used its power under the Crime and Policing Act 2014.")
    assert states("law", "Reviews are required by section 9 of the 2004 Act.")
    assert not states("law", "The order covers the town centre and the railway station.")


def test_an_author_is_who_a_document_says_prepared_or_wrote_it() -> None:
    assert named_kind("Who wrote the Northvale strategic assessment?") == "author"
    assert named_kind("who prepared the jsna") == "author"
    assert named_kind("who was the assessment's author") == "author"
    assert named_kind("who chairs the board") == "person"
    assert states("author", "Prepared for the Northvale CSP Board by Ravi Sethna, Senior Analyst.")
    assert states("author", "Northvale Partnership. Author: Delphine Achterberg, Senior Analyst.")
    assert states("author", "Compiled by the Partnership Analysis Team, March 2024.")
    # A cover's table of details: the row's label cell, then its value cell.
    assert states("author", "Author\tImran Khalid, Community Safety Analyst")
    # An analyst's byline on the cover, after the document's description.
    assert states("author", "Crime in Northvale, 2020 to 2022 · Version 1.0 · Imran Khalid, Senior Analyst")
    assert not states("author", "Present: Cllr Ana Ruiz (Chair), Northvale Borough Council.")
    assert not states("author", "Authority\tNorthvale Borough Council")
    assert not states("author", "The Board approved the strategic assessment on 4 March 2024.")


def test_a_place_in_a_ranking_is_answered_by_an_ordinal_not_a_date() -> None:
    assert named_kind("Where does Northvale rank out of 15 in its most similar group?") == "rank"
    assert named_kind("what position is the district in its group for burglary") == "rank"
    assert named_kind("how are the priorities ranked") == ""
    assert states("rank", "All recorded crime | 85.4 | 79.1 | 11th")
    assert states("rank", "Northvale was ranked 3 of 15 districts.")
    assert states("rank", "Residential burglary | 402 | 486 | MSG rank: 13")
    assert named_kind("where did the money come from") == ""
    assert not states("rank", "The Board met on 11th June 2024.")
    assert not states("rank", "The rate remains above the average of its most similar group.")
    # A row prints the bare figure; its column's name says it is a rank.
    cell = Unit(0, "cell", "Residential burglary — MSG rank: 13", "Residential burglary 402 486 13", 0)
    assert states_named(cell, "rank")
    assert not states_named(Unit(0, "sentence", "Ranked by MSG rank: 13", "the rank went up", 0), "rank")


def test_who_wrote_a_document_is_read_from_its_first_page(tmp_path: Path, model: Embeddings) -> None:
    cover = [
        "Northvale Strategic Assessment 2024 (fictional)",
        "",
        "Prepared for the Northvale CSP Board by Ravi Sethna, Senior Community Safety Analyst.",
        "",
        "Summary",
        "Recorded crime rose by 4% in 2023, with the largest rise in shoplifting.",
    ]
    body = [
        "Recommendations",
        "The assessment recommends that shoplifting becomes a priority for 2024-25.",
        "The assessment should be refreshed in the spring of 2025 by the partnership.",
        "Councillor Ann Hollis presented the Northvale Strategic Assessment 2024 to the Board.",
    ]
    helper = ingested(tmp_path, model, [cover, body], name="assessment.pdf")
    answer = helper.ask("Who wrote the Northvale Strategic Assessment 2024?")
    assert not answer.abstained
    assert "Ravi Sethna" in answer.text
    assert [(c.document, c.page) for c in answer.citations] == [("assessment.pdf", 1)]


def test_who_wrote_a_document_reads_the_cover_of_the_one_its_title_names() -> None:
    # Minutes that talk about the assessment are found first; the cover read is the assessment's.
    def found(document: str, title: str) -> Passage:
        return Passage("c-" + document, document, title, "", "", 2, "2", "", "text", 1.0, 0.5)

    passages = [
        found("minutes.pdf", "Northvale CSP Board: minutes of the annual meeting, 20 June 2023"),
        found("report.pdf", "Northvale CSP Annual Report 2023 to 2024"),
        found("sia.pdf", "Northvale Community Safety Partnership: Strategic Intelligence Assessment 2023"),
    ]
    question = "Who wrote the Northvale Strategic Intelligence Assessment 2023?"
    assert titled_document(passages, question) == "sia.pdf"
    assert titled_document(passages[:2], "who wrote it") == "minutes.pdf"  # none named: the first


def test_a_law_answers_what_law_though_it_never_says_law(tmp_path: Path, model: Embeddings) -> None:
    lines = [
        "Northvale Community Safety Partnership Annual Report 2023-24 (fictional)",
        "",
        "Public Space Protection Order",
        "The Northvale town centre order came into force in May 2023 and lasts three years.",
        "The Council made the order under the Anti-social Behaviour, Crime and Policing Act 2014.",
        "Signs were put up at every entrance to the restricted area.",
    ]
    helper = ingested(tmp_path, model, [lines])
    answer = helper.ask("what law is the northvale town centre order made under")
    assert not answer.abstained
    assert "Policing Act 2014" in answer.text
    assert [(c.document, c.page) for c in answer.citations] == [("report.pdf", 1)]


def test_who_is_not_answered_by_a_row_of_figures(tmp_path: Path, model: Embeddings) -> None:
    lines = [
        "Northvale Community Safety Partnership Strategic Assessment 2023 (fictional)",
        "",
        "Table 4: Violence, rates per 1,000 residents",
        "Measure | Northvale per 1,000 | Group average per 1,000 | Position of 15",
        "Violence against the person | 53.8 | 49.6 | 10th",
        "Serious violence | 1.9 | 1.6 | 11th",
        "",
        "Road safety",
        "Partners review the road safety plans to reduce casualties on rural roads.",
    ]
    helper = ingested(tmp_path, model, [lines], "sia.pdf")
    assert helper.ask("who leads on violence against the person in northvale").abstained
    rate = helper.ask("what is the serious violence rate per 1,000")
    assert "1.9" in rate.text and [(c.document, c.page) for c in rate.citations] == [("sia.pdf", 1)]


def test_a_name_the_question_gives_must_be_in_the_answer() -> None:
    # Another review's chair does not answer for "DHR Marianne"; a common capitalised word ("Board")
    # and a question typed in lower case name nobody this way.
    def passage(name: str, text: str) -> Passage:
        return Passage(name, f"{name}.pdf", name, "minutes", "2021-22", 1, "1", "", text, 0.5, 0.6)

    assert proper_names("Who is the independent chair of DHR Marianne?") == {"mariann"}
    assert proper_names("What did the Board decide") == set()
    assert proper_names("who is the independent chair of dhr marianne") == set()
    question = "Who is the independent chair of DHR Marianne?"
    other = passage("q", "DHR 01/23 has an independent chair, Dr Leonora Marsh, and reports in the autumn.")
    own = passage("d", "DHR Marianne has an independent chair, Dr Hilary Dunmore, and reports in 2022.")
    assert ExtractiveAnswerer(idf=lambda term: 1.0).answer(question, [other]).abstained
    answer = ExtractiveAnswerer(idf=lambda term: 1.0).answer(question, [other, own])
    assert "Hilary Dunmore" in answer.text and "Leonora" not in answer.text
    assert [c.document for c in answer.citations] == ["d.pdf"]


def test_the_number_a_row_is_listed_by_is_no_amount_of_money() -> None:
    listed = "4. Exploitation of children | Exploitation Sub-group (chair: Kerensa Doyle) | New"
    assert not is_money(Unit(0, "row", listed, listed, 0))
    costed = "Exploitation Sub-group | 4,500"
    assert is_money(Unit(0, "row", costed, costed, 0))  # a figure in a table's row may be an amount
    # ... but not a date: a meeting's details row names no sum.
    dated = "Ref — 20 February 2024: Applicant / scheme Asked Decision Award Reason"
    assert not is_money(Unit(0, "row", dated, dated, 0))
    assert is_money(Unit(0, "row", f"{dated} | 7,850", f"{dated} | 7,850", 0))
    # ... nor a row counting people or events, unless its table says its figures are pounds.
    for counted in ("Attendances at the late sessions — 2022-23: 640", "Number of referrals — 2023-24: 57"):
        assert not is_money(Unit(0, "record", counted, counted, 0))
        assert is_money(Unit(0, "record", counted, counted, 0, context="Table 2 £"))
    assert is_money(Unit(0, "record", "Late sessions — 2022-23: 9,750", "q", 0))


def test_who_did_a_deed_is_told_only_by_a_text_telling_of_it(tmp_path: Path, model: Embeddings) -> None:
    lines = [
        "Northvale Community Safety Partnership Board minutes, 14 June 2023",
        "",
        "3. Street Pastors",
        "Councillor Ann Reed proposed the Street Pastors award of £6,000, and the Board agreed it.",
        "",
        "4. Chair",
        "Chief Inspector Leah Brannigan was elected Chair, with Councillor Ann Reed as Vice-Chair.",
    ]
    helper = ingested(tmp_path, model, [lines])
    proposed = helper.ask("who proposed the street pastors award")
    assert not proposed.abstained and "Ann Reed" in proposed.text
    # No text says who seconded it, nor who nominated the chair: naming someone would be a guess.
    assert helper.ask("who seconded the street pastors award").abstained
    assert helper.ask("who nominated Leah Brannigan for chair").abstained


def test_what_a_value_means_is_read_from_the_key_under_its_table() -> None:
    # The key never repeats the column's name ("RAG"); the glossary's entry defines RAG, not green.
    header = ("Issue", "Harm", "RAG rating")
    rows = (("Hate crime", "Low", "Green"), ("Knife crime", "High", "Red"), ("Burglary", "Low", "Green"))
    lines = (
        "Issue\tHarm\tRAG rating",
        *("\t".join(r) for r in rows),
        "Red: make a priority. Amber: make a priority with a named lead. Green: monitor through sub-groups.",
    )
    table = Passage(
        "t", "sa.pdf", "Northvale Strategic Assessment", "strategic assessment", "2022-23", 3, "3", "Ratings",
        "\n".join(lines), 0.5, 0.5,
        kinds=("header", "row", "row", "row", "para"), cells=(header, *rows, ()),
        headers=((), header, header, header, ()),
    )  # fmt: skip
    glossary = Passage(
        "g", "sa.pdf", "Northvale Strategic Assessment", "strategic assessment", "2022-23", 4, "4", "Terms",
        "RAG: a Red, Amber, Green rating. MSG: most similar group.", 0.5, 0.6,
    )  # fmt: skip
    green = next(u for u in passage_units(0, table) if u.text.startswith("Green:"))
    assert green.context == "RAG rating"
    answer = ExtractiveAnswerer(idf=lambda term: 1.0).answer(
        "what does green mean in the rag ratings", [glossary, table]
    )
    assert answer.text.startswith("Green: monitor through sub-groups.")
    assert [(c.document, c.page) for c in answer.citations][:1] == [("sa.pdf", 3)]


def test_when_one_end_of_a_span_is_asked_a_text_giving_only_the_other_does_not_answer() -> None:
    def passage(text: str) -> Passage:
        return Passage("w", "plan.pdf", "Grants plan", "plan", "2025-26", 2, "2", "Windows", text, 0.5, 0.6)

    opens = passage("Window 3 of the open grants round opens on 3 November 2025.")
    closes = passage("Window 3 of the open grants round closes on 28 November 2025.")
    answerer = ExtractiveAnswerer(idf=lambda term: 1.0)
    assert answerer.answer("when does window 3 of the open grants round close", [opens]).abstained
    answer = answerer.answer("when does window 3 of the open grants round close", [opens, closes])
    assert "28 November 2025" in answer.text and "3 November" not in answer.text
    assert not answerer.answer("when does window 3 of the open grants round open", [opens]).abstained


def test_a_list_of_contents_answers_only_what_sections_there_are() -> None:
    # "New responsibilities .... 23" says where the section starts, not what the responsibilities are.
    rows = (("1.", "Introduction", "3"), ("7.", "Training opportunities", "22"), ("8.", "New duties", "23"))
    text = "\n".join("\t".join(row) for row in rows)
    contents = Passage(
        "c", "r.pdf", "Report", "annual report", "2022-23", 2, "2", "Contents", text, 0.5, 0.7,
        kinds=("row",) * 3, cells=rows, headers=((),) * 3,
    )  # fmt: skip
    said = "This year brings new duties: the Serious Violence Duty and the Combating Drugs Partnership."
    body = Passage("b", "r.pdf", "Report", "annual report", "2022-23", 23, "23", "New", said, 0.5, 0.5)
    answerer = ExtractiveAnswerer(idf=lambda term: 1.0)
    answer = answerer.answer("what new duties are there", [contents, body])
    assert "Serious Violence Duty" in answer.text and "23" not in answer.text
    assert [c.page for c in answer.citations] == [23]
    sections = answerer.answer("which page are the sections on training opportunities", [contents, body])
    assert "Training opportunities: 22" in sections.text and [c.page for c in sections.citations] == [2]


def _report_passage(name: str, text: str, similarity: float) -> Passage:
    return Passage(name, f"{name}.pdf", name, "report", "2024-25", 3, "3", "Our work", text, 0.5, similarity)


def test_a_sentence_saying_what_a_thing_is_defines_it() -> None:
    told = "The Board commissioned one domestic homicide review in 2024-25, which is with the Home Office."
    said = "Every domestic homicide review is a multi-agency review held when domestic abuse killed someone."
    passages = [_report_passage("a", told, 0.6), _report_passage("b", said, 0.5)]
    answer = ExtractiveAnswerer(idf=lambda term: 1.0).answer("what is a domestic homicide review", passages)
    assert answer.text.startswith("Every domestic homicide review is")
    assert answer.citations[0].document == "b.pdf"


def test_who_did_a_deed_is_not_told_by_the_deed_in_the_passive() -> None:
    told = _report_passage("a", "The strategic assessment was presented to the Board on 25 January.", 0.6)
    done = _report_passage("b", "Ana Petrov presented the strategic assessment.", 0.4)
    by = _report_passage("c", "The strategic assessment was presented to the Board by Ana Petrov.", 0.4)
    answerer = ExtractiveAnswerer(idf=lambda term: 1.0)
    question = "who presented the strategic assessment to the board"
    assert [c.document for c in answerer.answer(question, [told, done]).citations] == ["b.pdf"]
    assert answerer.answer(question, [told]).abstained
    assert [c.document for c in answerer.answer(question, [told, by]).citations] == ["c.pdf"]


def test_who_did_it_is_not_told_by_a_row_naming_only_what_the_question_names() -> None:
    rows = (
        ("Reference", "DN 2024/03"),
        ("Date", "9 January 2025"),
        ("Decision by", "Chief Inspector Ana Petrov, Chair"),
    )
    record = Passage(
        "d", "dn.pdf", "Northvale Decision Notice (signed)", "other", "2024-25", 1, "1",
        "Decision notice DN 2024/03",
        "\n".join("\t".join(r) for r in rows), 0.5, 0.5,
        kinds=("row",) * len(rows), cells=rows, headers=((),) * len(rows),
    )  # fmt: skip
    answer = ExtractiveAnswerer(idf=lambda term: 1.0).answer("who signed DN 2024/03", [record])
    # Its reference and its date repeat the question or name no one: the row naming who decided answers.
    assert answer.text.startswith("Decision by | Chief Inspector Ana Petrov, Chair")
    assert [(c.document, c.page) for c in answer.citations] == [("dn.pdf", 1)]


def test_who_did_it_is_not_told_by_a_sentence_naming_no_one() -> None:
    bare = _report_passage("a", "Agreed and signed.", 0.6)
    signed = _report_passage("b", "Signed as a correct record: L. Ward, Chair.", 0.3)
    answerer = ExtractiveAnswerer(idf=lambda term: 1.0)
    answer = answerer.answer("who signed the record", [bare, signed])
    assert answer.text.startswith("Signed as a correct record: L. Ward, Chair.")
    assert [(c.document, c.page) for c in answer.citations] == [("b.pdf", 3)]
    assert answerer.answer("who signed the record", [bare]).abstained
    # Initials name someone though they open the sentence.
    initials = _report_passage("c", "DW presented the assessment.", 0.5)
    assert not answerer.answer("who presented the assessment", [initials]).abstained
