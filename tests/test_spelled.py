"""An acronym the documents never print is read as the name they spell out with its initials."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.answering.asked import proper_names
from assistant.service import Assistant
from assistant.settings import Settings
from assistant.spelled import Initials, is_acronym, is_mixed_acronym, typed_acronyms
from tests.pdfs import make_pdf


def test_a_name_within_a_printed_name_is_found_by_its_initials() -> None:
    initials = Initials(
        [
            "Turning Point, Ostervale Youth Offending Team: knife crime workshops.",
            "The Office of the Police and Crime Commissioner funds it.",
            "Young Offenders Trust and Youth Outreach Team both bid.",
        ]
    )
    assert initials.spelled_out("OYOT") == "Ostervale Youth Offending Team"
    assert initials.spelled_out("opcc") == "Office of the Police and Crime Commissioner"
    assert initials.spelled_out("PCC") == "Police and Crime Commissioner"
    assert initials.spelled_out("YOT") == ""  # three names have these initials: none is chosen
    assert initials.spelled_out("XYZ") == ""
    assert typed_acronyms("did the YOT and the PCC bid, yot?") == ["YOT", "PCC"]


def test_an_acronym_keeping_a_joining_words_initial_is_spelled_out_too() -> None:
    initials = Initials(["Version 3 of the Terms of Reference was adopted in January."])
    assert initials.spelled_out("ToR") == "Terms of Reference"
    assert initials.spelled_out("TOR") == ""  # typed in capitals: the initials of capitalised words only
    assert is_mixed_acronym("ToR") and is_mixed_acronym("MoU") and not is_mixed_acronym("TOR")
    assert not is_mixed_acronym("Tom") and not is_acronym("ToR")
    # Not a rare name that an answer must print: the acronym has its forms.
    assert "tor" not in proper_names("what was the quorum before the new ToR")


def test_a_question_typing_an_acronym_the_documents_never_print_is_answered(
    tmp_path: Path, model: Embeddings
) -> None:
    corpus = tmp_path / "corpus"
    make_pdf(
        corpus / "minutes.pdf",
        [
            [
                "Ashcombe Community Safety Partnership Board minutes, 8 July 2021 (a fictional document)",
                "",
                "4. Turning Point",
                "A grant of £6,800 was endorsed for Ashcombe Youth Offending Team",
                "to run knife crime workshops in schools.",
                "",
                "5. Street lighting",
                "The Board asked the county council for a report on street lighting in the park.",
            ]
        ],
    )
    helper = Assistant.open(Settings(corpus_dir=corpus, data_dir=tmp_path / "data"), model)
    helper.ingest()
    answer = helper.ask("how much did the YOT get for knife crime workshops")
    assert not answer.abstained and "£6,800" in answer.text
    assert [(c.document, c.page) for c in answer.citations] == [("minutes.pdf", 1)]
    # A name no document spells out is still one the documents never mention; so is a name typed as a
    # name, not an acronym, whatever initials its letters match ("Ayot": Ashcombe Youth Offending Team).
    assert "No document I have mentions" in helper.ask("how much did the XYZT get for workshops").text
    assert "No document I have mentions" in helper.ask("how much did Ayot get for knife crime workshops").text


def test_the_funding_register_reads_an_acronym_as_the_name_it_stands_for(
    tmp_path: Path, model: Embeddings
) -> None:
    corpus = tmp_path / "corpus"
    make_pdf(
        corpus / "minutes-july.pdf",
        [
            [
                "Ashcombe Community Safety Partnership Board minutes of the meeting held on 8 July 2021",
                "",
                "4. Grants",
                "",
                "(b) Turning Point, Ashcombe Youth Offending Team: knife crime workshops in schools.",
                "A grant of £6,800 was endorsed.",
            ]
        ],
    )
    make_pdf(
        corpus / "minutes-january.pdf",
        [
            [
                "Ashcombe Community Safety Partnership Board minutes of the meeting held on 20 January 2022",
                "",
                "iv. Turning Point",
                "",
                "The Board agreed that the grant to Ashcombe Youth Offending Team rises from £6,800",
                "to £8,150.",
            ]
        ],
    )
    helper = Assistant.open(Settings(corpus_dir=corpus, data_dir=tmp_path / "data"), model)
    helper.ingest()
    answer = helper.ask("how much did we give the YOT for turning point and was it changed later")
    assert answer.answerer == "register"  # the timeline of the grant, not one passage of it
    assert "amended on 20 January 2022 from £6,800 to £8,150" in answer.text
    assert "Earlier: approved £6,800 on 8 July 2021" in answer.text
    assert [(c.document, c.page) for c in answer.citations] == [
        ("minutes-january.pdf", 1),
        ("minutes-july.pdf", 1),
    ]
