"""The register's reading of decisions across documents: those taken between meetings (by the
Chair, by urgent action, on a decision notice), asked about as such and in the month they were
taken; one award recorded under two names with one reference is one award; and a total over several
documents' records, left to a document's own total."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from assistant.facts.glossary import Glossary
from assistant.facts.register import FundingRegister
from assistant.facts.timeline import build_timelines
from assistant.types import Sources
from ingest.facts.decision_types import FundingDecision
from ingest.facts.decisions import extract_funding
from ingest.facts.terms import Term
from ingest.parse.clean import clean_pages
from ingest.parse.pdf import read_pdf
from tests.pdfs import make_pdf


def _decision(item: str, amount: float, date: str, document: str, quote: str) -> FundingDecision:
    return FundingDecision(item, amount, "award", "", "2023-24", document, 1, quote, "prose", date=date)


def test_a_chairs_decision_between_meetings_is_found_by_its_own_month() -> None:
    rows = [
        # Ratified in January: the minutes' date is the meeting's, the decision's month December.
        _decision(
            "Sanctuary Scheme", 2_750, "2024-01-16", "january.pdf",
            "On 4 December 2023 the Chair, in consultation with the Vice-Chair, approved £2,750.",
        ),
        _decision("Street Pastors", 6_000, "2023-12-12", "december.pdf", "The Board approved £6,000."),
        # The record's title says how it was taken; its words do not.
        _decision("Secure Doors", 6_400, "2023-12-09", "record.pdf", "To award £6,400 to Brightling DAS."),
    ]  # fmt: skip
    titles = {"record.pdf": "Record of Chair's Urgent Action, 9 December 2023"}
    partnership = dict.fromkeys(("january.pdf", "december.pdf", "record.pdf"), "N")
    register = FundingRegister(rows, sources=Sources(titles=titles), partnership_of=partnership)
    answer = register.answer("what did the chair approve between meetings in december 2023", set())
    assert answer is not None
    assert "£2,750" in answer.text and "£6,400" in answer.text and "£6,000" not in answer.text
    # Delegates at a training session took no decision between meetings.
    delegates = _decision(
        "Scams Aftercare", 8_881, "2023-12-01", "report.pdf", "Shared leaflets with 1000 delegates."
    )
    partnership["report.pdf"] = "N"
    with_delegates = FundingRegister(
        [*rows, delegates], sources=Sources(titles=titles), partnership_of=partnership
    )
    asked = with_delegates.answer("what did the chair approve between meetings in december 2023", set())
    assert asked is not None and "£8,881" not in asked.text
    # Asked of November, nothing was taken between meetings then.
    assert register.answer("what did the chair approve between meetings in november 2023", set()) is None


def test_one_reference_under_two_names_is_one_award() -> None:
    rows = [
        _decision(
            "Decision Notice DN 02/23", 1_850, "2023-07-04", "log.pdf",
            "23.23 Decision Notice DN 02/23 On 09.05.23 the Chair and Vice-Chair signed off £1,850.",
        ),
        _decision(
            "Kilnbrook Summer Kickabout", 1_850, "", "report.pdf",
            "DN 02/23 Kilnbrook Summer Kickabout Kilnbrook Sports Club £1.85k",
        ),
        _decision("Route Out", 12_200, "", "report.pdf", "CB23-03 Route Out Brathwold Youth Trust £12.2k"),
    ]  # fmt: skip
    register = FundingRegister(rows, partnership_of={"log.pdf": "N", "report.pdf": "N"})
    assert [register.counted(d) for d in rows] == [True, False, True]


def test_a_total_over_several_documents_records_is_left_to_the_passages() -> None:
    # The same award recorded in minutes and in a report under two names would be counted twice: a
    # document's own total, which the passages hold, answers instead.
    rows = [
        _decision("Safe Space", 9_600, "2023-03-14", "minutes.pdf", "Agreed: Safe Space £9,600."),
        _decision("Late Lights Haven safe space", 9_600, "", "report.pdf", "Late Lights Haven £9.6k"),
        _decision("Route Out", 12_200, "", "report.pdf", "Route Out £12.2k"),
    ]
    register = FundingRegister(rows, partnership_of={"minutes.pdf": "N", "report.pdf": "N"})
    assert register.answer("how much was awarded in total in 2023-24", set()) is None
    listed = register.answer("what was awarded in 2023-24", set())
    assert listed is not None and "£12,200" in listed.text
    one = FundingRegister(rows[1:], partnership_of={"report.pdf": "N"})
    total = one.answer("how much was awarded in total in 2023-24", set())
    assert total is not None and "£21,800" in total.text


def test_one_word_of_an_acronyms_spelling_out_names_no_item() -> None:
    # "CCTV" holds "close" only by the glossary's "Closed Circuit Television": "when did the round
    # close" asks nothing of it; "closed circuit television" does.
    glossary = Glossary([Term("CCTV", "Closed Circuit Television")])
    rows = [_decision("Market Square CCTV upgrade", 14_500, "2023-06-13", "june.pdf", "Declined: capital.")]
    register = FundingRegister(rows, glossary=glossary, partnership_of={"june.pdf": "N"})
    assert register.answer("when did the second round of the fund close in 2023", set()) is None
    asked = register.answer("what did the board decide on closed circuit television in 2023", set())
    assert asked is not None and "Market Square CCTV upgrade" in asked.text
    # An acronym typed for a name spelled out is that name whole.
    spelled = Glossary([Term("DA", "Domestic Abuse")])
    rows = [_decision("Domestic Abuse co-location", 38_000, "", "report.pdf", "Domestic Abuse £38,000")]
    register = FundingRegister(rows, glossary=spelled, partnership_of={"report.pdf": "N"})
    typed = register.answer("how much did the da project get", set())
    assert typed is not None and "£38,000" in typed.text


def test_an_amendment_naming_no_item_is_of_the_award_of_its_former_sum_its_paragraph_names(
    tmp_path: Path,
) -> None:
    lines = [
        "Northby Community Safety Partnership: notes of the Board, 7 December 2023 (fictional)",
        "",
        "4. Community Safety Fund",
        "The Ormond Park Residents' Association had held four of the ten Safer Streets Walkabouts",
        "planned and asked to scale the project down. The Board amended its decision of 14 June 2023",
        "so that the award is reduced from £4,000 to £2,600.",
    ]
    pdf = read_pdf(make_pdf(tmp_path / "notes.pdf", [lines]), "notes.pdf")
    (amended,) = extract_funding(
        "notes.pdf", pdf.pages, clean_pages(pdf.pages), "2023-24", "2023-12-07", "minutes"
    )
    assert (amended.item, amended.outcome, amended.previous, amended.amount) == ("", "amended", 4_000, 2_600)
    assert amended.quote.startswith("The Ormond Park Residents' Association had held four")
    award = replace(
        _decision("Safer Streets Walkabouts", 4_000, "2023-06-14", "june.pdf", "to award £4,000 to OPRA."),
        lead="Ormond Park Residents' Association",
    )
    other = _decision("Night Marshals", 4_000, "2023-06-14", "june.pdf", "to award £4,000 for marshals.")
    partnership = dict.fromkeys(("june.pdf", "notes.pdf"), "N")
    register = FundingRegister([award, other, amended], partnership_of=partnership)
    assert [d.item for d in register.decisions] == [
        "Safer Streets Walkabouts",
        "Night Marshals",
        "Safer Streets Walkabouts",
    ]
    # Asked by whom it went to, named in full: the award's timeline, its latest state first.
    answer = register.answer("was the ormond park residents association award changed", set())
    assert answer is not None and answer.text.index("£2,600") < answer.text.index("Earlier")
    assert (answer.citations[0].document, answer.citations[0].page) == ("notes.pdf", 1)
    # An amendment whose former sum no award of the partnership had is left out.
    stray = replace(amended, previous=5_000.0)
    assert [d.item for d in FundingRegister([award, stray], partnership_of=partnership).decisions] == [
        "Safer Streets Walkabouts"
    ]


def test_an_undated_amendment_comes_after_the_award_it_changes() -> None:
    """A report's row "reduced from £9,000 to £6,300", dated only by its year, is the item's latest
    state, after the meeting that gave £9,000 in that year."""
    given = FundingDecision(
        "Operation Sandbar",
        9_000,
        "award",
        "",
        "2024-25",
        "m.pdf",
        2,
        "to approve £9,000",
        "prose",
        date="2024-06-12",
    )
    reduced = FundingDecision(
        "Operation Sandbar summer patrols",
        6_300,
        "award",
        "",
        "2024-25",
        "r.pdf",
        2,
        "Reduced to £6,300",
        "table",
        outcome="amended",
        previous=9_000,
    )
    (timeline,) = build_timelines([given, reduced], {}, minutes=frozenset({"m.pdf"}))
    assert [s.decision.amount for s in timeline.states] == [9_000, 6_300]
    assert timeline.latest.decision is reduced and timeline.states[0].superseded


def test_a_reports_undated_sum_is_told_as_of_the_day_the_report_is_dated() -> None:
    """A report written after the year gives what stood then ("£11.2k" after an extension no minutes
    record): it is the latest state, after the meeting of that year that gave less."""
    given = FundingDecision(
        "Harbour Walk Stewards", 8_400, "award", "", "2024-25", "m.pdf", 2, "To award £8,400", "prose",
        date="2024-07-09",
    )  # fmt: skip
    stated = FundingDecision(
        "Harbour Walk Stewards", 11_200, "award", "", "2024-25", "r.pdf", 3, "£11.2k", "table"
    )  # fmt: skip
    minutes = frozenset({"m.pdf"})
    (timeline,) = build_timelines([given, stated], {}, minutes=minutes, published={"r.pdf": "2025-06-30"})
    assert [s.decision.amount for s in timeline.states] == [8_400, 11_200]
    assert timeline.latest.decision is stated and timeline.states[0].superseded
    # Undated, the report's row is of the start of its year, before the meeting.
    (undated,) = build_timelines([given, stated], {}, minutes=minutes)
    assert undated.latest.decision is given


def test_a_log_declining_a_bid_the_minutes_deferred_for_the_same_sum_is_its_later_state() -> None:
    """A restatement gives the decision's own outcome: a log's "declined" beside the minutes'
    deferral of the same sum is what became of the bid, not another place saying it was deferred."""
    deferred = FundingDecision(
        "Stride places", 9_600, "award", "", "2024-25", "m.pdf", 2, "to defer the bid of £9,600", "prose",
        date="2024-10-08", outcome="deferred",
    )  # fmt: skip
    declined = FundingDecision(
        "Stride places", 9_600, "award", "", "2024-25", "log.pdf", 1, "Deferred; Declined", "table",
        date="2024-10-08", outcome="declined",
    )  # fmt: skip
    (timeline,) = build_timelines([deferred, declined], {}, minutes=frozenset({"m.pdf"}))
    assert [s.decision.outcome for s in timeline.states] == ["deferred", "declined"]
    assert timeline.latest.decision is declined and timeline.states[0].superseded
    # A report listing an amended award as awarded restates it.
    amended = replace(deferred, outcome="amended", previous=12_000)
    listed = replace(declined, document="r.pdf", outcome="approved")
    (restated,) = build_timelines([amended, listed], {}, minutes=frozenset({"m.pdf"}))
    assert [s.members for s in restated.states] == [(amended, listed)]


def test_two_records_of_one_meetings_decision_are_one_state() -> None:
    """The minutes and the round's schedule, both records of the meeting, give the same decline on
    the same day: one state, told first by the minute in words, the schedule's row another place."""
    minute = FundingDecision(
        "Quay cameras", 14_000, "award", "", "2023-24", "minutes.pdf", 2, "to decline the bid of £14,000",
        "prose", date="2023-06-20", outcome="declined",
    )  # fmt: skip
    row = FundingDecision(
        "Quay cameras replacement", 14_000, "award", "", "2023-24", "schedule.pdf", 2, "£14,000 Declined",
        "table", date="2023-06-20", outcome="declined",
    )  # fmt: skip
    (timeline,) = build_timelines([row, minute], {}, minutes=frozenset({"minutes.pdf", "schedule.pdf"}))
    assert [s.members for s in timeline.states] == [(minute, row)]
    # Another sum on the same day is another decision about it.
    (two,) = build_timelines(
        [replace(row, amount=9_000), minute], {}, minutes=frozenset({"minutes.pdf", "schedule.pdf"})
    )
    assert len(two.states) == 2


def test_when_an_outcome_befell_an_item_is_left_to_the_texts_when_none_is_held() -> None:
    """ "When was the youth bus bid deferred": the register holds its approval only (a report told
    the deferral), so the texts say when; asked when it was approved, the register answers."""
    rows = [_decision("Youth bus", 11_000, "2024-06-12", "june.pdf", "£11,000 be awarded for the youth bus.")]
    register = FundingRegister(rows, partnership_of={"june.pdf": "N"})
    assert register.answer("when was the youth bus bid deferred", set()) is None
    approved = register.answer("when was the youth bus bid approved", set())
    assert approved is not None and "12 June 2024" in approved.text
