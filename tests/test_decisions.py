"""Decisions in minutes and reports: each prose style, tables by header, actions, and the register's
timeline across documents (deferred then approved, amended, declined, restated in a report)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth

from assistant.facts.knowledge import own_words
from assistant.facts.register import FundingRegister
from assistant.facts.register_answer import outcome_words
from assistant.facts.register_query import body_words, naming_body, parse_question
from assistant.settings import Settings
from assistant.text import terms
from assistant.types import Sources
from ingest.facts.decision_types import FundingDecision
from ingest.facts.decisions import extract_actions, extract_funding
from ingest.facts.priorities import Priority, PrioritySet
from ingest.parse.clean import clean_pages
from ingest.parse.pdf import read_pdf
from ingest.pipeline import ingest
from ingest.store import ChunkStore
from tests.conftest import FakeEmbeddings
from tests.pdfs import make_pdf, place_pdf

PARTNERSHIP = "Northby Community Safety Partnership"


def _decisions(path: Path, doc_type: str = "minutes", period: str = "2023-24") -> list[FundingDecision]:
    pdf = read_pdf(path, path.name)
    return extract_funding(path.name, pdf.pages, clean_pages(pdf.pages), period, "", doc_type)


def _by_item(decisions: list[FundingDecision], words: str) -> FundingDecision:
    (found,) = [d for d in decisions if words.lower() in d.item.lower()]
    return found


def test_a_decision_in_each_prose_style(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "minutes.pdf",
        [
            [
                "Northby Board: minutes of the meeting held on 14 June 2023",
                "",
                "4. Funding applications",
                "",
                "RESOLVED: that £6,000 be awarded to Northby Street Pastors for weekend patrols.",
                "The Board agreed to fund the Eastgate youth boxing project at £3,400.",
                "The Board approved the Riverside CCTV upgrade at £1.2m.",
                "Resolved: (i) to award £7.5k to Harbour Refuge for a refuge support worker; (ii) not",
                "to support the rugby club floodlights bid (£8,000) at this time; (iii) to defer the",
                "market cameras pending costings.",
                "£2,750 for lock changes, run by Northby Homes, was approved under delegated powers",
                "on 3 November 2023 and reported to the Board.",
                "The Board agreed to release £12,400.00 from the reserve for a drugs awareness campaign.",
                "A bid of £9,000 from the Boxing Club for a new ring was declined.",
                "The bid of £9,800 for taxi marshals was deferred to the next meeting.",
                "The panel approved a grant of £5,000 to Westside Mediation for neighbour mediation.",
                "A request of £4,000 for a youth shelter was refused.",
            ]
        ],
    )
    found = _decisions(path)
    summary = {(d.item, d.amount, d.outcome, d.lead, d.date) for d in found}
    assert summary == {
        ("Weekend patrols", 6_000, "approved", "Northby Street Pastors", "2023-06-14"),
        ("Eastgate youth boxing project", 3_400, "approved", "", "2023-06-14"),
        ("Riverside CCTV upgrade", 1_200_000, "approved", "", "2023-06-14"),
        ("Refuge support worker", 7_500, "approved", "Harbour Refuge", "2023-06-14"),
        ("Rugby club floodlights", 8_000, "declined", "", "2023-06-14"),
        ("Market cameras", 0, "deferred", "", "2023-06-14"),
        ("Lock changes", 2_750, "approved", "Northby Homes", "2023-11-03"),
        ("Drugs awareness campaign", 12_400, "approved", "", "2023-06-14"),
        ("New ring", 9_000, "declined", "Boxing Club", "2023-06-14"),
        ("Taxi marshals", 9_800, "deferred", "", "2023-06-14"),
        ("Neighbour mediation", 5_000, "approved", "Westside Mediation", "2023-06-14"),
        ("Youth shelter", 4_000, "declined", "", "2023-06-14"),
    }
    assert _by_item(found, "lock changes").how == "under delegated powers"
    assert _by_item(found, "drugs awareness").how == "from the reserve"
    assert (
        _by_item(found, "rugby").quote
        == "(ii) not to support the rugby club floodlights bid (£8,000) at this time"
    )
    assert {d.year for d in found} == {"2023-24"}
    assert not any(d.counted for d in found if d.outcome in ("declined", "deferred"))


def test_a_reason_for_a_change_names_no_item(tmp_path: Path) -> None:
    # What another body paid for, given as the reason an award was cut, is not what was funded.
    lines = [
        "Northby Board annual report 2023-24",
        "",
        "The Board first agreed £14k in May 2023; in January 2024 it reduced the award to £9.5k because",
        "the police paid for two shifts a week itself.",
    ]
    found = _decisions(make_pdf(tmp_path / "report.pdf", [lines]), doc_type="annual report")
    assert not any("shifts" in f"{d.item} {d.lead}" for d in found)


def test_a_numbered_resolution_is_named_by_its_item_not_its_marker(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "june.pdf",
        [
            [
                "Minutes of the meeting held on 11 June 2024",
                "",
                "3. Funding applications, round one",
                "",
                "3.1 RESOLVED: that £4,150 be awarded to Larkford Allotment Watch for shed alarms.",
                "3.2 Street Pastors: the Board agreed to continue the weekend patrols at £6,000.",
            ]
        ],
    )
    summary = {(d.item, d.amount, d.outcome, d.lead) for d in _decisions(path)}
    assert summary == {
        ("Shed alarms", 4_150, "approved", "Larkford Allotment Watch"),
        ("Street Pastors: weekend patrols", 6_000, "approved", ""),  # a real label still names it
    }


def test_an_amended_decision_names_its_item_from_the_heading(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "march.pdf",
        [
            [
                "Minutes of the meeting held on 12 March 2024",
                "",
                "Item 4 Safe at Home support worker",
                "",
                "The Board amended its decision of 20 September 2023 so that the award is reduced",
                "from £7,500 to £5,000.",
            ]
        ],
    )
    (amended,) = _decisions(path)
    assert (amended.item, amended.outcome, amended.amount, amended.previous, amended.date) == (
        "Safe at Home support worker",
        "amended",
        5_000,
        7_500,
        "2024-03-12",
    )


def test_an_items_lettered_label_run_into_its_paragraph_names_its_decision(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "october.pdf",
        [
            [
                "Minutes of the meeting held on 12 October 2022",
                "",
                "4. Funding",
                "",
                "4(b) Additional IDVA hours. The service can recruit to three days a week rather than",
                "a full post. The Board amended its decision of 8 June 2022 so that the award is reduced",
                "from £10,500 to £8,000.",
            ]
        ],
    )
    (amended,) = _decisions(path)
    assert (amended.item, amended.outcome, amended.amount, amended.previous) == (
        "Additional IDVA hours",
        "amended",
        8_000,
        10_500,
    )


def test_an_amendment_names_its_item_before_the_change_not_the_reason_after_it(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "notes.pdf",
        [
            [
                "Board action notes, meeting of 9 October 2024",
                "",
                "Item 3  Young carers support",
                "",
                "Referrals are up by a third on last year.",
                "Decision: the award for 2024/25 is amended from £31,000 to £36,500 for a further",
                "session worker.",
            ]
        ],
    )
    (amended,) = _decisions(path)
    assert (amended.item, amended.outcome, amended.amount, amended.previous) == (
        "Young carers support",
        "amended",
        36_500,
        31_000,
    )


def test_a_bid_not_to_be_supported_and_an_approval_after_an_earlier_deferral(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "minutes.pdf",
        [
            [
                "Minutes of the Board meeting held on 16 January 2025",
                "",
                "5. Funding",
                "",
                "RESOLVED that the bid of £14,200 from the Parks Service for park wardens' radios not be",
                "supported, the radios being provided for in the council's own budget.",
                "On 4 December 2024 the Group approved three lockable cycle stands for Farrow Lane Clinic at",
                "£2,900, the bid of £4,100 for five having been deferred in October pending a site survey.",
            ]
        ],
    )
    found = {(d.item, d.outcome, d.amount) for d in _decisions(path)}
    assert ("Park wardens' radios", "declined", 14_200) in found
    assert {outcome for _, outcome, amount in found if amount == 2_900} == {"approved"}


def test_a_day_without_its_year_opening_a_decision_dates_it_before_the_meeting(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "minutes.pdf",
        [
            [
                "Minutes of the Board meeting held on 22 January 2025",
                "",
                "3. Report of the Grants Group",
                "",
                "On 4 December the Group approved £3,300 for door chains at Mill Lane Court.",
                "The Board approved £1,800 for a parish speed sign, deferred on 9 October.",
            ]
        ],
    )
    dates = {d.amount: d.date for d in _decisions(path)}
    # The day the clause opens with is December 2024's; a deferral's day further in is no decision's.
    assert dates == {3_300: "2024-12-04", 1_800: "2025-01-22"}


@pytest.mark.parametrize(
    ("heading", "item_header"), [("Bids we turned down", "Bid"), ("Summary", "BIDS NOT FUNDED 2024/25")]
)
def test_a_table_of_bids_declined_declares_each_row_declined(
    tmp_path: Path, heading: str, item_header: str
) -> None:
    path = make_pdf(
        tmp_path / "report.pdf",
        [
            [
                heading,
                "",
                f"{item_header} | £k asked | Decided | Why",
                "Drone for the rural team | 12.5 | Board, Jan 2025 | core policing equipment",
                "Parish noticeboards | 3.0 | Group, 4 Mar 2025 | capital works are not funded",
            ]
        ],
    )
    found = {(d.item, d.outcome, d.amount) for d in _decisions(path, "annual report", "2024-25")}
    assert found == {
        ("Drone for the rural team", "declined", 12_500),
        ("Parish noticeboards", "declined", 3_000),
    }


@pytest.mark.parametrize("caption", ["Awards by theme (sums in £000)", "Awards by theme, £'000"])
def test_a_table_in_thousands_by_its_caption_states_pounds(tmp_path: Path, caption: str) -> None:
    path = make_pdf(
        tmp_path / "report.pdf",
        [[caption, "", "Project | Lead organisation | Awarded", "IDVA service | Meadowlark | 20.00"]],
    )
    (found,) = _decisions(path, "annual report")
    assert (found.item, found.amount, found.written) == ("IDVA service", 20_000, "20.00 in £k")


def test_a_tables_asked_column_gives_the_sum_an_award_asked_for(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "report.pdf",
        [
            [
                "Every bid decided in 2024/25 (£k)",
                "",
                "Scheme | Lead organisation | Asked £k | Decision | Final £k",
                "Girls' boxing | Thursby Boxing Club | 7.8 | Approved | 6.0",
                "Youth link | Stannerley Youth Link | 11.2 | Approved | 11.2",
                "Alley gates | Quay Residents | 19.5 | Declined | 0.0",
            ]
        ],
    )
    found = {d.item: (d.outcome, d.amount, d.asked) for d in _decisions(path, "annual report")}
    assert found == {
        "Girls' boxing": ("approved", 6_000, 7_800),
        "Youth link": ("approved", 11_200, 0.0),  # given what it asked: nothing more to say
        "Alley gates": ("declined", 0.0, 0.0),  # nothing given, nothing asked of the register's sums
    }
    boxing = _by_item(_decisions(path, "annual report"), "boxing")
    assert outcome_words(boxing) == "approved £6,000 (written 6.0 in £k) for 2024-25 (£7,800 asked)"
    # The register's CSV (and the Funding tab) carries the sum asked, blank where none differs.
    rows = FundingRegister(_decisions(path, "annual report")).to_csv(_decisions(path, "annual report"))
    asked = {line.split(",")[0]: line.rsplit(",", 1)[1] for line in rows.splitlines()[1:]}
    assert asked == {"Girls' boxing": "7800.00", "Youth link": "", "Alley gates": ""}


def test_a_decision_logs_recommendation_is_no_decision_and_an_amendment_says_its_first_sum(
    tmp_path: Path,
) -> None:
    path = make_pdf(
        tmp_path / "log.pdf",
        [
            [
                "Resources Sub-Group decision log, 11 November 2025",
                "",
                "Ref | Project | Requested | Decision | Amount",
                "R/07 | Pathways mentoring | £12,400 | Recommended to the Board | £12,400",
                "R/08 | Night marshals | - | Amended from £9,500 to £7,900 | £7,900",
                "R/10 | Recovery cafe | £6,600 | Approved | £6,600",
            ]
        ],
    )
    found = {d.item: (d.outcome, d.amount, d.previous) for d in _decisions(path, period="2025-26")}
    assert found == {
        "Night marshals": ("amended", 7_900, 9_500),
        "Recovery cafe": ("approved", 6_600, 0.0),
    }


def test_minutes_set_as_a_table_name_each_decision_by_its_minutes_title(tmp_path: Path) -> None:
    """Each minute's number and title in a first column, its discussion beside it and its decision on
    a line below: the decision is the title's item, not the document's heading."""
    path = make_pdf(
        tmp_path / "minutes.pdf",
        [
            [
                "Northby Steering Group: minutes of 3 March 2026",
                "",
                "4. Pathways Mentoring | Recommended by the Resources Sub-Group in November.",
                "Decision: £12,400 awarded to Kingfisher Youth Trust.",
                "",
                "5. Ringside Mentors | The revised bid is for girls aged 11 to 15.",
                "Decision: £4,500 awarded from the remaining Serious Violence Duty allocation.",
            ]
        ],
    )
    found = {d.item: (d.amount, d.outcome) for d in _decisions(path, period="2025-26")}
    assert found == {"Pathways Mentoring": (12_400, "approved"), "Ringside Mentors": (4_500, "approved")}


def test_a_bid_asked_in_prose_then_given_less_is_quoted_with_the_ask(tmp_path: Path) -> None:
    asked = "Thursby Boxing Club asked for £7,800 for a girls' boxing programme."
    path = make_pdf(
        tmp_path / "notes.pdf",
        [
            [
                "Northby Board: notes of the meeting held on 16 October 2024",
                "",
                f"{asked} The Board agreed to fund it at",
                "£6,000, leaving out equipment.",
            ]
        ],
    )
    (award,) = _decisions(path, period="2024-25")
    assert (award.item, award.amount, award.asked) == ("Girls' boxing programme", 6_000, 7_800)
    assert award.quote == f"{asked} The Board agreed to fund it at £6,000, leaving out equipment."


def test_a_table_read_by_its_header_and_an_actions_table(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "report.pdf",
        [
            [
                "Funding awarded in 2023-24",
                "",
                "Project | Lead organisation | Amount (£k)",
                "Youth boxing | Eastgate Boxing Club | 3.4",
                "Taxi marshals | Licensing Team | 9.2",
                "Total awarded | | 12.6",
                "",
                "",
                "",
                "",
                "",
                "Action | Owner | Due",
                "Write to the skate park trust | J. Okafor | 21 Jun 2024",
                "Agree pharmacy sites | Public Health | 31 Aug 2024",
            ]
        ],
    )
    found = _decisions(path, "annual report")
    assert [(d.item, d.lead, d.amount, d.source, d.outcome) for d in found] == [
        ("Youth boxing", "Eastgate Boxing Club", 3_400, "table", "approved"),
        ("Taxi marshals", "Licensing Team", 9_200, "table", "approved"),
    ]
    assert found[0].written == "3.4 in £k"  # the answer shows the figure as the table writes it
    pdf = read_pdf(path, path.name)
    actions = extract_actions(path.name, pdf.pages, "", "annual report")
    assert [(a.action, a.owner, a.due) for a in actions] == [
        ("Write to the skate park trust", "J. Okafor", "21 Jun 2024"),
        ("Agree pharmacy sites", "Public Health", "31 Aug 2024"),
    ]


def test_a_rows_own_date_settles_its_year_before_the_text_above(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "report.pdf",
        [
            [
                "Hate crime, a priority in 2021/22, is monitored by the forum.",
                "",
                "Project | Lead organisation | Amount | Date approved",
                "Youth outreach van | Netherby Trust | £3,400 | 8 June 2022",
                "Safe rooms | Public Health | £1,950 | 15 February 2023",
            ]
        ],
    )
    found = _decisions(path, "annual report", "2022-23")
    assert [(d.item, d.year, d.date) for d in found] == [
        ("Youth outreach van", "2022-23", "2022-06-08"),
        ("Safe rooms", "2022-23", "2023-02-15"),
    ]


def _partnership_register(tmp_path: Path, partnership_of: dict[str, str]) -> FundingRegister:
    minutes = make_pdf(
        tmp_path / "minutes-september.pdf",
        [
            [
                "Minutes of the meeting held on 20 September 2023",
                "",
                "Resolved: (i) to award £7.5k to Harbour Refuge for a Safe at Home support worker;",
                "(ii) to award £2k to the Town Council for graffiti removal.",
            ]
        ],
    )
    names = {"minutes-september.pdf": "minutes-september"}
    return FundingRegister(_decisions(minutes), sources=Sources(names), partnership_of=partnership_of)


def test_an_item_of_another_partnership_is_declined(tmp_path: Path) -> None:
    register = _partnership_register(tmp_path, {"minutes-september.pdf": PARTNERSHIP})
    register.partnership_of["other.pdf"] = "Southwold Safer Communities Partnership"
    own = set(own_words(set(register.partnership_of.values())))  # as the router passes them
    southwold = {"Southwold Safer Communities Partnership"}  # as `answering.named` reads the questions
    asked = "What did Southwold award to the Safe at Home support worker?"
    answer = register.answer(asked, own, named=southwold)
    assert answer is not None and answer.abstained and not answer.citations
    assert PARTNERSHIP in answer.text
    # Why Southwold did something is for its own passages to say, not for another's decision.
    assert (
        register.answer("Why did Southwold fund a Safe at Home support worker?", own, named=southwold) is None
    )
    northby = register.answer(
        "What did Northby award to the Safe at Home support worker?", own, named={PARTNERSHIP}
    )
    assert northby is not None and not northby.abstained and "£7,500" in northby.text
    # When Southwold's own documents use every word naming the item, its passages say what they say.
    used = {"safe", "home", "support", "worker"}
    assert register.answer(asked, own, used.__contains__, southwold) is None
    half = register.answer(asked, own, {"safe"}.__contains__, southwold)
    assert half is not None and half.abstained
    # Words of two of another's items, none naming one whole, are no item of another's: the passages answer.
    assert register.answer("What did Southwold award for graffiti at home?", own, named=southwold) is None
    # Naming no partnership, the question is answered from whichever partnership decided it.
    anyone = register.answer("What was awarded to the Safe at Home support worker?", own)
    assert anyone is not None and not anyone.abstained and "£7,500" in anyone.text


@pytest.fixture()
def register(tmp_path: Path) -> FundingRegister:
    """Three sets of minutes and an annual report restating their awards, one partnership."""
    june = make_pdf(
        tmp_path / "minutes-june.pdf",
        [
            [
                "Minutes of the meeting held on 14 June 2023",
                "",
                "The bid of £9,800 from the Licensing Team for Night-Time Taxi Marshals was deferred to",
                "the next meeting.",
                "The Board agreed to fund the Eastgate youth boxing project at £3,400.",
                "A bid of £12,000 from Fennick Residents for speed indicator devices was declined.",
            ]
        ],
    )
    september = make_pdf(
        tmp_path / "minutes-september.pdf",
        [
            [
                "Minutes of the meeting held on 20 September 2023",
                "",
                "The Board approved the Night-Time Taxi Marshals bid at £9,200.",
                "Resolved: (i) to award £7.5k to Harbour Refuge for a Safe at Home support worker.",
            ]
        ],
    )
    march = make_pdf(
        tmp_path / "minutes-march.pdf",
        [
            [
                "Minutes of the meeting held on 12 March 2024",
                "",
                "Item 4 Safe at Home support worker",
                "",
                "The Board amended its decision of 20 September 2023 so that the award is reduced",
                "from £7,500 to £5,000.",
            ]
        ],
    )
    report = make_pdf(
        tmp_path / "annual-report.pdf",
        [
            [
                "Money in 2023-24",
                "",
                "Project | Lead organisation | Award",
                "Night-Time Taxi Marshals | Licensing Team | £9,200",
                "Eastgate youth boxing | Eastgate Boxing Club | £3,400",
                "Safe at Home support worker | Harbour Refuge | £5,000",
            ]
        ],
    )
    decisions = [d for path in (june, september, march) for d in _decisions(path)]
    decisions += _decisions(report, "annual report")
    names = [p.name for p in (june, september, march, report)]
    sources = Sources({name: name.removesuffix(".pdf") for name in names})
    return FundingRegister(decisions, sources=sources, partnership_of=dict.fromkeys(names, PARTNERSHIP))


def test_deferred_then_approved_answers_the_latest_state_with_its_history(register: FundingRegister) -> None:
    answer = register.answer("How much are the taxi marshals getting now?", set())
    assert answer is not None
    assert answer.text.startswith(
        "Night-Time Taxi Marshals (latest): approved £9,200 on 20 September 2023 [1]"
    )
    assert "Earlier: deferred on 14 June 2023 (£9,800 requested)" in answer.text
    assert [(c.document, c.page) for c in answer.citations] == [
        ("minutes-september.pdf", 1),
        ("annual-report.pdf", 1),
        ("minutes-june.pdf", 1),
    ]


def test_an_amended_award_is_answered_with_the_new_amount_and_the_old(register: FundingRegister) -> None:
    answer = register.answer("What is the Safe at Home support worker award now?", set())
    assert answer is not None
    assert "(latest): amended on 12 March 2024 from £7,500 to £5,000 [1]" in answer.text
    assert "Earlier: approved £7,500 on 20 September 2023" in answer.text
    assert "(superseded)" in answer.text
    assert answer.citations[0].document == "minutes-march.pdf"
    # "the round two bids" says which round, and names no item.
    assert (
        parse_question("what did the board decide on the round two bids in september 2023", set()).words == ()
    )
    # "give out", "handed out": how money went; "out" names no item ("Route Out").
    assert parse_question("how much did the board give out in grants in 2023-24", set()).words == ()
    assert parse_question("how much was handed out altogether", set()).words == ()
    assert parse_question("what did the board decide on route out", set()).words == ("rout", "out")
    # "considered" asks what came before the meeting, as "decided" does: it names no item.
    assert parse_question("which bids did the board consider in september 2023", set()).words == ()
    # "cut" asks what the amendment did: it names no item.
    cut = register.answer("was the safe at home support worker award cut", set())
    assert cut is not None and "from £7,500 to £5,000" in cut.text


def test_the_grants_a_meeting_approved(register: FundingRegister) -> None:
    # "were" and "have" name nothing funded: the question asks only for a month's approvals.
    answer = register.answer("which grants were approved at the 14 june 2023 board", set())
    assert answer is not None
    assert "Eastgate youth boxing" in answer.text and "Taxi Marshals" not in answer.text
    # "did ... approve" asks for approvals; a body's name joined by a hyphen ("Sub-Group"), as its
    # minutes' titles print it, names who decided, not what was funded.
    bodies = body_words(["Northby CSP Resources Sub-Group: decision log, 11 November 2025"], {"northbi"})
    assert {"resourc", "sub"} <= bodies
    asked = "Which bids did the Resources Sub-Group approve at its meeting on 11 November 2025?"
    query = parse_question(asked, set(naming_body(asked, bodies)))
    assert query is not None and query.words == () and query.approvals_only
    # "was X ever funded": "ever" names nothing funded.
    assert parse_question("was ringside mentors ever funded in the end", set()).words == ("ringsid", "mentor")


def test_bids_approved_in_full_leave_out_those_cut(tmp_path: Path) -> None:
    minutes = make_pdf(
        tmp_path / "minutes-june.pdf",
        [
            [
                "Minutes of the meeting held on 14 June 2023",
                "",
                "The Board agreed to fund the Hillside youth club at £4,000.",
                "The Board approved the Riverside mentoring bid at £5,750 against the £6,200 first asked.",
            ]
        ],
    )
    decisions = _decisions(minutes)
    register = FundingRegister(decisions, sources=Sources({"minutes-june.pdf": "minutes-june"}))
    both = register.answer("which bids were approved at the 14 june 2023 board", set())
    assert both is not None and "Hillside" in both.text and "Riverside" in both.text
    full = register.answer("which bids were approved in full at the 14 june 2023 board", set())
    assert full is not None and "Hillside" in full.text and "Riverside" not in full.text


def test_money_given_to_the_partnership_is_no_award_it_made(register: FundingRegister) -> None:
    # Northby gave the Licensing Team £9,200: money given to Northby is an allocation to it, not that.
    asked = "How much is the Licensing Team giving Northby CSP in 2023-24?"
    query = parse_question(asked, set(), {"northbi", "csp"})
    assert query is not None and query.received
    assert register.answer(asked, set()) is None  # no allocation is registered: passages answer
    given = register.answer("How much did Northby give to the Licensing Team in 2023-24?", {"northbi"})
    assert given is not None and "£9,200" in given.text
    # A grant or a contribution to the partnership is money it received, as money given to it is.
    for asked in ("the PCC's grant to Northby CSP in 2023-24", "the council's contribution to Northby"):
        query = parse_question(asked, set(), {"northbi", "csp"})
        assert query is not None and query.received, asked


def test_a_declined_bid(register: FundingRegister) -> None:
    answer = register.answer("What happened to the bid for speed indicator devices?", set())
    assert answer is not None
    assert "declined on 14 June 2023 (£12,000 requested)" in answer.text
    assert "was declined" in answer.text  # quoted from its page


def test_the_bids_turned_down_or_deferred_are_listed(register: FundingRegister) -> None:
    declined = register.answer("which bids did the board turn down", set())
    assert declined is not None
    assert "speed indicator" in declined.text and "Taxi Marshals" not in declined.text
    assert [(c.document, c.page) for c in declined.citations] == [("minutes-june.pdf", 1)]
    deferred = register.answer("which bids were deferred", set())
    assert deferred is not None
    assert "deferred on 14 June 2023 (£9,800 requested)" in deferred.text
    assert "speed indicator" not in deferred.text


def test_a_total_counts_an_award_in_minutes_and_report_once(register: FundingRegister) -> None:
    counted = [d for d in register.decisions if register.counted(d)]
    assert sorted(d.amount for d in counted) == [3_400, 5_000, 9_200]
    answer = register.answer("How much was awarded in 2023-24?", set())
    assert answer is not None
    assert "Total: £17,600 (" in answer.text
    boxing = [d for d in register.decisions if "boxing" in d.item.lower()]
    assert {register.status_of(d) for d in boxing} == {"current", "restated"}


def test_a_word_naming_one_item_alone_says_which_item_a_question_means() -> None:
    said = {
        "Blades Down knife crime workshops": (9_650, "Blades Down workshops, with mentoring after"),
        "StepAway": (12_000, "StepAway £12,000"),
        "Knife crime amnesty bins": (2_000, "Knife crime amnesty bins"),  # knife and crime name two items
    }
    decisions = [
        FundingDecision(
            item, amount, "award", "", "2024-25", "a.pdf", 2, quote, "table", lead="Fenwold Youth Trust"
        )
        for item, (amount, quote) in said.items()
    ]
    register = FundingRegister(decisions, partnership_of={"a.pdf": PARTNERSHIP})
    # The workshops share more of its words, but "StepAway" names another item alone: never theirs.
    # Too few of the words name StepAway for the register to answer: the passages do.
    asked = parse_question("How much did Fenwold Youth Trust get for StepAway knife crime mentoring?", set())
    assert asked is not None
    assert register.select(asked) == [] and register.restricted_to({"a.pdf"}).select(asked) == []
    plain = parse_question("How much did Fenwold Youth Trust get for StepAway?", set())
    assert plain is not None and [d.item for d in register.select(plain)] == ["StepAway"]
    shared = parse_question("How much did Fenwold Youth Trust get for knife crime workshops?", set())
    assert shared is not None and [d.item for d in register.select(shared)] == [
        "Blades Down knife crime workshops"
    ]


def test_awards_of_two_partnerships_are_listed_but_never_summed(register: FundingRegister) -> None:
    partnership_of = {**register.partnership_of, "minutes-june.pdf": "Another Community Safety Partnership"}
    mixed = FundingRegister(register.decisions, sources=register.sources, partnership_of=partnership_of)
    answer = mixed.answer("How much was awarded in 2023-24?", set())
    assert answer is not None
    assert "boxing" in answer.text.lower() and "Taxi Marshals" in answer.text
    assert "Total:" not in answer.text  # no fund spent the sum of two partnerships' awards


def test_the_largest_and_smallest_award_of_a_year(register: FundingRegister) -> None:
    largest = register.answer("What was the largest single award in 2023-24?", set())
    assert largest is not None and "9,200" in largest.text and "3,400" not in largest.text
    assert largest.text.endswith("The largest of the 3 awards the documents record for what was asked.")
    smallest = register.answer("which bid got the least money in 2023-24", set())
    assert smallest is not None and "3,400" in smallest.text and "9,200" not in smallest.text
    # "scheme", "organisation" and "from" name nothing funded: they ask for the award and its recipient.
    asked = "Which scheme received the largest grant from the board in 2023-24, and to which organisation?"
    named = register.answer(asked, set())
    assert named is not None and "9,200" in named.text and "3,400" not in named.text


def test_an_amount_named_picks_the_decisions_of_that_amount(register: FundingRegister) -> None:
    answer = register.answer("which project got £3,400", set())
    assert answer is not None and "Eastgate youth boxing" in answer.text
    assert "Taxi Marshals" not in answer.text and "Safe at Home" not in answer.text
    assert register.answer("which project got £3.4k", set()) is not None
    assert register.answer("which project got £4,100", set()) is None  # no award of it: passages answer


def test_copies_of_one_report_make_one_timeline_per_item_counted_once() -> None:
    """Rows of one report are distinct items; the same rows in a second copy restate them."""
    items = ("Domestic Abuse World Cup", "Domestic Abuse", "Knife Angel")
    rows = [
        FundingDecision(item, 1_000 + i, "award", "", "2022-23", document, 9, item, "table")
        for document in ("a.pdf", "b.pdf")
        for i, item in enumerate(items)
    ]
    register = FundingRegister(rows, partnership_of={"a.pdf": PARTNERSHIP, "b.pdf": PARTNERSHIP})
    assert sorted(t.name for t in register.timelines) == sorted(items)
    assert [t.states[0].restated[0].document for t in register.timelines] == ["b.pdf"] * 3
    assert sum(d.amount for d in register.decisions if register.counted(d)) == 3_003


def test_an_award_withdrawn_is_answered_as_withdrawn_before_a_namesake_approved() -> None:
    rows = [
        FundingDecision(item, 2_310, "award", "", "2022-23", "a.pdf", 4, item, "table", outcome=outcome)
        for item, outcome in (
            ("Rural Watch trail cameras", "withdrawn"),
            ("Farm Watch rural trail cameras", "approved"),
        )
    ]
    register = FundingRegister(rows, partnership_of={"a.pdf": PARTNERSHIP})
    assert [d.item for d in register.decisions if register.counted(d)] == ["Farm Watch rural trail cameras"]
    answer = register.answer("why was the rural watch trail cameras award withdrawn", set())
    assert answer is not None and "Farm Watch" not in answer.text
    assert "Rural Watch trail cameras: approved £2,310 for 2022-23, then withdrawn" in answer.text


def test_a_word_of_the_partnership_name_tells_its_namesake_item_apart() -> None:
    """ "Safer" names the Safer Eastholm Partnership and the Safer Streets bid alike: it may not be
    needed for a match, but it picks the item holding it over one matched by "streets" alone."""
    rows = [
        FundingDecision(item, amount, "award", "", "2022-23", "a.pdf", 9, f"{item} {amount}", "table")
        for item, amount in (("Safer Streets 4 contribution", 35_000), ("Street Pastors", 6_000))
    ]
    register = FundingRegister(rows, partnership_of={"a.pdf": "Safer Eastholm Partnership"})
    own = set(own_words(["Safer Eastholm Partnership"]))
    streets = register.answer("how much was the safer streets 4 money", own)
    assert streets is not None and "35,000" in streets.text and "Pastors" not in streets.text
    pastors = register.answer("how much did the safer eastholm partnership give street pastors", own)
    assert pastors is not None and "6,000" in pastors.text and "35,000" not in pastors.text
    deadline = "by when does the safer streets 4 money have to be spent"
    assert register.answer(deadline, own) is None  # no decision says it


def test_a_meeting_date_read_from_the_minutes_is_kept_and_does_not_force_reingest(settings: Settings) -> None:
    """The catalogue lists the minutes without a date: the first page gives it, and the next ingest
    finds the file unchanged."""
    make_pdf(
        settings.corpus_dir / "board.pdf",
        [
            [
                "Minutes of the meeting held on 14 June 2023",
                "",
                "The Board agreed to fund the youth project at £3,400.",
            ]
        ],
    )
    (settings.corpus_dir / "catalogue.toml").write_text(
        '[[document]]\nfile = "board.pdf"\ntitle = "Board minutes"\ntype = "minutes"\n', encoding="utf-8"
    )
    fake = FakeEmbeddings()
    store = ChunkStore(settings, fake.name, fake.dimension)
    ingest(settings, store, fake)
    assert store.document_records()["board.pdf"].date == "2023-06-14"
    again = ingest(settings, store, fake)
    assert [f.status for f in again.files] == ["unchanged"]


def test_a_bid_line_and_a_lettered_heading_name_the_decisions_after_them(tmp_path: Path) -> None:
    may = make_pdf(
        tmp_path / "may.pdf",
        [
            [
                "Minutes of the meeting held on 14 May 2024",
                "",
                "5.2 Operation Lantern, evening patrols, Northby Constabulary, £16,000.",
                "RESOLVED: that £16,000 be awarded.",
            ]
        ],
    )
    (approved,) = _decisions(may)
    assert (approved.item, approved.outcome, approved.amount) == ("Operation Lantern", "approved", 16_000)
    january = make_pdf(
        tmp_path / "january.pdf",
        [
            [
                "Minutes of the meeting held on 14 January 2025",
                "",
                "Jo Hale presented the strategy. The Board approved it. D. Operation Lantern",
                "",
                "The Constabulary now pays for two shifts a week. The Board amended its decision of",
                "14 May 2024 so that the award to Northby Constabulary is reduced from £16,000 to £11,500.",
            ]
        ],
    )
    (amended,) = _decisions(january)
    # The heading run into the paragraph above names the item; the clause names who gets the money.
    assert (amended.item, amended.lead, amended.outcome, amended.amount, amended.previous) == (
        "Operation Lantern",
        "Northby Constabulary",
        "amended",
        11_500,
        16_000,
    )


def test_a_lettered_bid_line_with_what_it_is_for_names_a_deferral_its_lead_and_sum(tmp_path: Path) -> None:
    minutes = make_pdf(
        tmp_path / "november.pdf",
        [
            [
                "Minutes of the meeting held on 15 November 2022",
                "",
                "(d) Rapid deployment CCTV camera, Stourmere Borough Council, £7,980.00: a camera to be",
                "moved between hotspots. Members noted that the bid gave no maintenance costs. RESOLVED -",
                "That the application be deferred to the next meeting pending its maintenance costs.",
            ]
        ],
    )
    (deferred,) = _decisions(minutes)
    assert (deferred.item, deferred.lead, deferred.outcome, deferred.amount) == (
        "Rapid deployment CCTV camera",
        "Stourmere Borough Council",
        "deferred",
        7_980,
    )


def test_a_grant_that_rises_or_falls_from_one_sum_to_another_is_amended(tmp_path: Path) -> None:
    note = make_pdf(
        tmp_path / "note.pdf",
        [
            [
                "Note of the meeting held on 20 January 2022",
                "",
                "3. Grants",
                "",
                "The Group agreed to vary two grants: (a) so that the grant to Tolbury Street Angels",
                "falls from £4,000 to £3,200; (b) so that the grant to Ostervale Youth Offending Team",
                "rises from £6,800 to £8,150, to cover seven schools.",
                "",
                "4. Scams",
                "",
                "The Group reduced the grant to Ostervale Trading Standards from £4,400 to £2,900.",
            ]
        ],
    )
    assert [(d.item, d.outcome, d.amount, d.previous) for d in _decisions(note)] == [
        ("Tolbury Street Angels", "amended", 3_200, 4_000),
        ("Ostervale Youth Offending Team", "amended", 8_150, 6_800),
        ("Scams", "amended", 2_900, 4_400),  # the item its heading names; the clause says who gets it
    ]


def test_lettered_bids_numbered_minutes_and_roman_headings_name_their_decisions(tmp_path: Path) -> None:
    july = make_pdf(
        tmp_path / "july.pdf",
        [
            [
                "Minutes of the meeting held on 8 July 2021",
                "",
                "19/21 Grants",
                "",
                "Five bids were considered.",
                "(a) Safe Spaces, Kindlewood Women's Aid: an outreach worker in GP surgeries. The Group",
                "endorsed a grant of £9,250 to Kindlewood Women's Aid.",
                "(b) Castle Mead Residents' Association asked for £12,000 for a CCTV camera at the shops.",
                "Members agreed that the bid be refused.",
                "(c) Fernway Housing Association asked for £14,600 for barriers on Windle Heath.",
                "Consideration was deferred pending landowner consent.",
                "(d) Tolbury Trust asked for £4,400 for call blockers. Approved in full.",
                "",
                "20/21 Street Angels",
                "",
                "The Group awarded £500 to Tolbury Street Angels.",
            ]
        ],
    )
    found = [(d.item, d.lead, d.outcome, d.amount) for d in _decisions(july, period="2021-22")]
    assert found == [
        ("Safe Spaces, Kindlewood Women's Aid", "", "approved", 9_250),
        ("CCTV camera", "Castle Mead Residents' Association", "declined", 12_000),  # the sum asked for
        ("Barriers on Windle Heath", "Fernway Housing Association", "deferred", 14_600),
        ("Call blockers", "Tolbury Trust", "approved", 4_400),
        ("Street Angels", "Tolbury Street Angels", "approved", 500),  # "20/21" is the minute's number
    ]
    january = make_pdf(
        tmp_path / "january.pdf",
        [
            [
                "Note of the meeting held on 20 January 2022",
                "",
                "iii. Hobb's Green Youth Hub",
                "",
                "The Group approved the full £8,000 for detached youth work in Hobb's Green.",
                "",
                "iv. Turning Point",
                "",
                "The Group varied its decision so that the grant to Ostervale Youth Offending Team",
                "rises from £6,800 to £8,150.",
            ]
        ],
    )
    assert [(d.item, d.lead, d.outcome, d.amount) for d in _decisions(january, period="2021-22")] == [
        ("Detached youth work in Hobb's Green", "", "approved", 8_000),  # not "Full £8"
        ("Turning Point", "Ostervale Youth Offending Team", "amended", 8_150),  # the heading names it
    ]


# A meeting's decision log on a landscape page, its cells wrapped as word processors wrap them.
_LOG_COLUMNS = (40, 100, 300, 620, 740)
_LOG_ROWS = [
    ["Ref", "Item", "Decision", "Lead", "Amount (£)"],
    [
        "DL/32",
        "Windle Heath barriers, Fernway|Housing",
        "Approved at a reduced sum of £11,300 (originally|£14,600). Consent has been given.",
        "S. Everett",
        "11,300",
    ],
    [
        "DL/34",
        "Detached youth work, Hobb's|Green, £8,000 requested",
        "Deferred to the meeting of 20 January 2022 pending|DBS checks.",
        "C. Birtwhistle",
        "nil",
    ],
    [
        "DL/35",
        "Shop radio link, Quay Traders,|£3,750 requested",
        "Not supported: shoplifting is not a priority.",
        "P. Strand",
        "nil",
    ],
    [
        "DL/36",
        "Personal attack alarms",
        "Approved by the manager on 2 September 2021 under|delegated authority.",
        "T. Halloran",
        "1,250",
    ],
    ["DL/37", "Trail cameras, Rural Watch", "Withdrawn: no site could be found.", "R. Lane", "2,310"],
]


def _decision_log(
    path: Path,
    rows: Sequence[Sequence[str]] = _LOG_ROWS,
    columns: Sequence[int] = _LOG_COLUMNS,
    title: str = "Decision log of the meeting held on 14 October 2021",
) -> Path:
    """A landscape page of one table, each row's cells at the columns' x, "|" breaking a cell's lines."""
    placed = [(40.0, 560.0, title)]
    y = 520.0
    for row in rows:
        depth = 0
        for x, cell in zip(columns, row, strict=True):
            for n, line in enumerate(cell.split("|")):
                placed.append((float(x), y - 12 * n, line))
                depth = max(depth, n)
        y -= 12 * (depth + 1) + 6
    return place_pdf(path, [placed], size=landscape(A4))


def test_a_decision_column_says_each_rows_outcome_and_its_date(tmp_path: Path) -> None:
    log = _decision_log(tmp_path / "log.pdf")
    found = [
        (d.item, d.outcome, d.amount, d.previous, d.date, d.how) for d in _decisions(log, period="2021-22")
    ]
    assert found == [
        ("Windle Heath barriers, Fernway Housing", "amended", 11_300, 14_600, "2021-10-14", ""),
        # Nothing given: the sum asked for, on the day of the meeting, not the day it was deferred to.
        ("Detached youth work, Hobb's Green", "deferred", 8_000, 0, "2021-10-14", ""),
        ("Shop radio link, Quay Traders", "declined", 3_750, 0, "2021-10-14", ""),
        ("Personal attack alarms", "approved", 1_250, 0, "2021-09-02", "under delegated powers"),
        # Approved, then given up: not counted, and no approval of the item.
        ("Trail cameras, Rural Watch", "withdrawn", 2_310, 0, "2021-10-14", ""),
    ]


def test_a_bid_deferred_in_minutes_then_approved_at_less_in_a_decision_log(tmp_path: Path) -> None:
    july = make_pdf(
        tmp_path / "july.pdf",
        [
            [
                "Minutes of the meeting held on 8 July 2021",
                "",
                "5. Grants",
                "",
                "(e) Fernway Housing asked for £14,600 for Windle Heath barriers. Consideration was deferred",
                "pending landowner consent.",
            ]
        ],
    )
    log = _decision_log(tmp_path / "log.pdf")
    report = make_pdf(
        tmp_path / "report.pdf",
        [
            [
                "Grants in 2021-22",
                "",
                "Project | Lead | Amount",
                "Windle Heath barriers | Fernway Housing | £11,300",
            ]
        ],
    )
    decisions = _decisions(july, period="2021-22") + _decisions(log, period="2021-22")
    decisions += _decisions(report, "annual report", "2021-22")
    names = [p.name for p in (july, log, report)]
    sources = Sources(
        {name: name.removesuffix(".pdf") for name in names},
        doc_types={"july.pdf": "minutes", "log.pdf": "minutes", "report.pdf": "annual report"},
    )
    register = FundingRegister(decisions, sources=sources, partnership_of=dict.fromkeys(names, PARTNERSHIP))
    answer = register.answer("what happened to the fernway bid for the windle heath barriers", set())
    assert answer is not None
    lines = answer.text.splitlines()
    # The log, a meeting's record, stands for the decision; the report restates it.
    assert lines[0].startswith(
        "Windle Heath barriers, Fernway Housing (S. Everett) (latest): amended on 14 October 2021 "
        "from £14,600 to £11,300 [1]"
    )
    assert lines[0].endswith("Also stated in report, p. 1 [2]")
    assert lines[1].startswith("Earlier: deferred on 8 July 2021 (£14,600 requested) [3]")
    assert [(c.document, c.page) for c in answer.citations] == [
        ("log.pdf", 1),
        ("report.pdf", 1),
        ("july.pdf", 1),
    ]
    changed = register.answer("how much did fernway get for the barriers and was it changed later", set())
    assert changed is not None and changed.text == answer.text  # "changed later" names no item


def test_a_named_grant_varied_and_an_award_confirmed_instead_of_another(tmp_path: Path) -> None:
    october = make_pdf(
        tmp_path / "october.pdf",
        [
            [
                "Minutes of the meeting held on 17 October 2023",
                "",
                "RB/23/33 Commissioning plan: mid-year review",
                "",
                "The Board: (b) varied the Town Centre Ambassadors grant (CSP23-01) from £12,000 to £14,500,",
                "so that ambassadors cover December; (c) varied the naloxone grant (CSP23-05) from £5,000",
                "to £3,200, as kits are now free.",
            ]
        ],
    )
    assert [(d.item, d.outcome, d.amount, d.previous) for d in _decisions(october)] == [
        ("Town Centre Ambassadors", "amended", 14_500, 12_000),
        ("Naloxone", "amended", 3_200, 5_000),
    ]
    january = make_pdf(
        tmp_path / "january.pdf",
        [
            [
                "Record of decisions of the meeting held on 23 January 2024",
                "",
                "3. Gloves Not Knives",
                "",
                "DECISION: The grant approved in principle on 17 October 2023 is confirmed at £3,250 instead",
                "of £4,000, for 30 weeks from February 2024.",
            ]
        ],
    )
    (confirmed,) = _decisions(january)
    # Amended at this meeting: the day it names is the day of the approval it amends.
    assert (confirmed.item, confirmed.outcome, confirmed.amount, confirmed.previous, confirmed.date) == (
        "Gloves Not Knives",
        "amended",
        3_250,
        4_000,
        "2024-01-23",
    )


def test_a_number_naming_an_item_must_name_a_decision(register: FundingRegister) -> None:
    assert parse_question("what happened to the cctv camera 14 bid", set()).words == ("cctv", "camera", "14")
    # A count, a rank or a date is no part of a name.
    assert "14" not in parse_question("who got £500 for 14 laptops", set()).words
    assert "10" not in parse_question("how much did the top 10 projects get", set()).words
    assert "22" not in parse_question("why was the idva award cut in oct 22", set()).words
    assert register.answer("How much are the taxi marshals getting now?", set()) is not None
    # "20" names no decision, though a date beside one holds it ("20 September 2023"): "taxi marshals
    # 20" is another item, not the register's to give.
    assert register.answer("How much are the taxi marshals 20 getting now?", set()) is None


def test_a_date_asked_of_decisions_no_record_dates_is_not_the_registers_to_give(
    register: FundingRegister, tmp_path: Path
) -> None:
    dated = register.answer("When was the taxi marshals bid approved?", set())
    assert dated is not None and "20 September 2023" in dated.text
    report = make_pdf(
        tmp_path / "report-2022.pdf",
        [
            [
                "Money in 2022-23",
                "",
                "Project | Lead organisation | Award",
                "Street Pastors | Churches Together | £6,500",
            ]
        ],
    )
    undated = FundingRegister(_decisions(report, "annual report", "2022-23"))
    assert undated.answer("How much did the Street Pastors get in 2022-23?", set()) is not None
    # No record gives the day it was decided: the passages answer, or the question is declined.
    assert undated.answer("When was the Street Pastors award for 2022-23 approved?", set()) is None


def test_a_priority_named_by_everyday_words_only_tags_no_decision(tmp_path: Path) -> None:
    report = make_pdf(
        tmp_path / "report.pdf",
        [
            [
                "Knife Angel - £19,783",
                "",
                "A new sculpture came to the town centre to raise awareness of knife crime.",
            ]
        ],
    )
    misread = PrioritySet(
        "sia.pdf",
        "2024-25",
        "four priorities",
        1,
        (Priority("new", "new", 1), Priority("Knife Crime", "Knife Crime", 1)),
    )
    register = FundingRegister(_decisions(report, "annual report", "2022-23"), priorities=[misread])
    (angel,) = register.decisions
    assert register.priority_of(angel) == "Knife Crime"  # not "new", split from "and, new, the ..."


def test_a_decision_log_names_each_item_and_its_outcome_in_one_decision_cell(tmp_path: Path) -> None:
    columns = (40, 120, 560, 660, 730)
    rows = [
        ("Ref", "Decision", "Amount", "Decided by", "Date"),
        (
            "D24/11",
            "Summer Streets (Youth Service): delivery extended to|30 September; no change to the award",
            "£12,000 (unchanged)",
            "Manager",
            "2 August 2024",
        ),
        (
            "D24/12",
            "Edge Sense workshops (Tollbridge Youth Trust), the bid of £18,000"
            " deferred in|July: APPROVED at a reduced amount",
            "£14,500",
            "Board",
            "15 October 2024",
        ),
        (
            "D24/13",
            "CCTV at the skate park (Gorsebeck Parish Council): DECLINED."
            " A capital|item the grant does not allow",
            "£11,200 requested",
            "Board",
            "15 October 2024",
        ),
        (
            "D24/14",
            "Corner Men mentoring (Fenny Cross Boxing Club), awarded on 12 March 2024:"
            " award|RESCINDED. The club lost its premises",
            "£7,800",
            "Board",
            "15 October 2024",
        ),
    ]
    log = _decision_log(tmp_path / "notes.pdf", rows, columns, "Decision log")
    found = [(d.item, d.lead, d.outcome, d.amount, d.date) for d in _decisions(log, period="2024-25")]
    assert found == [  # the extension changes no money: no decision of the fund
        ("Edge Sense workshops", "Tollbridge Youth Trust", "approved", 14_500, "2024-10-15"),
        ("CCTV at the skate park", "Gorsebeck Parish Council", "declined", 11_200, "2024-10-15"),
        ("Corner Men mentoring", "Fenny Cross Boxing Club", "withdrawn", 7_800, "2024-10-15"),
    ]


def test_a_narrow_pound_column_its_outcome_word_and_a_budget_under_the_awards(tmp_path: Path) -> None:
    # "£" two spaces from "Lead" in layout text, its figures set right a character or two short of
    # it; the outcome a word in capitals after a reason; the budget beside the awards no award.
    rows = [
        ("Ref", "Item", "Decision", "Outcome", "£", "Lead"),
        (
            "D1",
            "Night Marshals (Town BID);|asked £12,500",
            "Approved below the sum asked.",
            "APPROVED",
            "10,000",
            "JT",
        ),
        (
            "D2",
            "Lido CCTV (Lido Trust); asked|£11,000",
            "Capital works: outside the rules.",
            "DECLINED",
            "–",
            "JT",
        ),
        ("D3", "Recovery cafe (Second Wind)", "Approved in full.", "APPROVED", "6,400", "HS"),
    ]
    placed = [(40.0, 560.0, "Decision log of the meeting held on 13 June 2023")]
    y = 520.0
    for row in rows:
        for x, cell in zip((40, 100, 300, 560), row, strict=False):
            placed += [(float(x), y - 12 * n, line) for n, line in enumerate(cell.split("|"))]
        placed += [(700 - stringWidth(row[4], "Helvetica", 10), y, row[4]), (708.0, y, row[5])]
        y -= 30
    for label, figure in (("Budget 2023-24", "£"), ("Council contribution", "15,000")):
        placed += [(100.0, y, label), (700 - stringWidth(figure, "Helvetica", 10), y, figure)]
        y -= 14
    log = place_pdf(tmp_path / "log.pdf", [placed], size=landscape(A4))
    pdf = read_pdf(log, log.name)
    assert clean_pages(pdf.pages)[0].blocks[1].cells == ("Ref", "Item", "Decision", "Outcome", "£", "Lead")
    assert [(d.item, d.outcome, d.amount) for d in _decisions(log)] == [
        ("Night Marshals (Town BID)", "approved", 10_000),  # the sum asked is no part of its name
        ("Lido CCTV (Lido Trust)", "declined", 11_000),
        ("Recovery cafe (Second Wind)", "approved", 6_400),
    ]


def test_a_reports_final_column_beside_the_first_award_says_what_changed(tmp_path: Path) -> None:
    lines = [
        "Northby CSP Annual Report 2024-25 (fictional). Appendix A: Awards 2024-25",
        "",
        "Ref | Project | Decided | First award | Final",
        "C1 | Stalking Advocacy | 12 Mar 2024 | £12,000 | £12,000",
        "C2 | Blades Down | 12 Mar 2024 | £7,500 | £5,250",
        "G1 | Youth Cafe Fridays | 16 Jul 2024 | £2,400 | £0",
    ]
    report = make_pdf(tmp_path / "report.pdf", [lines])
    found = [
        (d.item, d.amount, d.outcome, d.previous) for d in _decisions(report, "annual report", "2024-25")
    ]
    assert found == [
        ("Stalking Advocacy", 12_000, "approved", 0),
        ("Blades Down", 5_250, "amended", 7_500),  # the final sum, and the first it replaced
        ("Youth Cafe Fridays", 2_400, "withdrawn", 0),  # nothing left of it
    ]


def test_a_first_decisions_date_is_no_sum_and_a_later_change_says_the_sum_changed(tmp_path: Path) -> None:
    lines = [
        "Northby CSP Annual Report 2023-24 (fictional). Every bid, in thousands of pounds (£k)",
        "",
        "Ref | Project | Asked £k | First decision | Later change | Final £k",
        "N1 | Stalking Advocacy | 14.0 | Approved, 12 Jul 2023 | — | 14.0",
        "N2 | Midnight Football | 7.4 | Approved, 18 Oct 2023 | Reduced: hall shut | 4.44",
        "N3 | Park Lighting | 18.5 | Declined, 12 Jul 2023 | — | 0.0",
        "N4 | Youth Work | 9.6 | Deferred, 12 Jul 2023 | Approved in Oct | 9.6",
        "N5 | Shop Radios | 8.6 | Deferred; approved at £8,600 | — | 8.6",
    ]
    report = make_pdf(tmp_path / "report.pdf", [lines])
    found = [
        (d.item, d.amount, d.outcome, d.previous) for d in _decisions(report, "annual report", "2023-24")
    ]
    assert found == [
        ("Stalking Advocacy", 14_000, "approved", 0),  # not "amended from £12,000": a date's day is no sum
        ("Midnight Football", 4_440, "amended", 0),
        ("Youth Work", 9_600, "approved", 0),  # deferred, then approved
        ("Shop Radios", 8_600, "approved", 0),  # the first clause is the first decision: no sum
    ]


def test_a_header_on_two_lines_and_an_award_given_up_after_it_was_made(tmp_path: Path) -> None:
    lines = [
        "Northby CSP Annual Report 2023-24 (fictional). What we funded (£ thousands)",
        "",
        "Project | Lead | Priority | Asked | Awarded | Note",
        " | | (2023-26) | £k | £k | ",
        "Street Doctors | Northby Youth | 2 | 6.0 | 5.5 | held to the limit",
        "Shop Radios | Northby BID | 3 | 4.2 | 0.0 | awarded 3.6; withdrawn Jan 2024",
        "Park Lighting | Northby Council | 3 | 9.0 | 0.0 | ",
    ]
    report = make_pdf(tmp_path / "report.pdf", [lines])
    found = [(d.item, d.amount, d.outcome) for d in _decisions(report, "annual report", "2023-24")]
    assert found == [
        ("Street Doctors", 5_500, "approved"),  # the header's second line opens no other table
        ("Shop Radios", 3_600, "withdrawn"),  # the sum awarded before it was given up
    ]


def test_a_later_change_opening_with_its_date_still_says_what_changed(tmp_path: Path) -> None:
    lines = [
        "NORTHBY CSP GRANTS REGISTER 2022-23 (fictional). Sums in GBP.",
        "",
        "Ref | Project | Decided | Asked | Decision | Later change | Awarded",
        "R1 | Youth Bus | 2022-06-22 | 9000 | DEFERRED | 2022-11-30 approved at 8000 | 8000",
        "R2 | Night Patrols | 2022-06-22 | 18500 | APPROVED | 2022-11-30 increased to 17250 | 17250",
    ]
    register = make_pdf(tmp_path / "register.pdf", [lines])
    found = [(d.item, d.amount, d.outcome, d.date) for d in _decisions(register, "other", "2022-23")]
    assert found == [
        ("Youth Bus", 8_000, "approved", "2022-11-30"),  # approved when the change says
        ("Night Patrols", 17_250, "amended", "2022-11-30"),  # the sum stands from then
    ]


def test_a_resolution_naming_a_bid_by_its_reference_is_that_bids(tmp_path: Path) -> None:
    lines = [
        "Northby CSP Board minutes, 29 September 2022 (fictional)",
        "",
        "6. Community Safety Grants: bids for 2022-23",
        "",
        "6.2 GR/22/01 Night Marshals (Town BID; priority 1; £12,000 asked). The scheme ran all year.",
        "",
        "RESOLVED",
        "",
        "That £12,000 be awarded to Town BID for GR/22/01.",
        "",
        "6.3 GR/22/02 Moving On programme (Safe Harbour; priority 2; £9,800 asked). Costings were late.",
        "",
        "RESOLVED",
        "",
        "That GR/22/02 be DEFERRED to the next meeting pending revised costings and match funding.",
        "",
        "6.4 GR/22/03 Lido CCTV (Lido Trust; priority 1; £16,500 asked).",
        "",
        "RESOLVED",
        "",
        "That GR/22/03 be DECLINED: the scheme does not fund capital works.",
    ]
    minutes = make_pdf(tmp_path / "minutes.pdf", [lines])
    found = [(d.item, d.lead, d.outcome, d.amount) for d in _decisions(minutes, period="2022-23")]
    assert found == [
        ("Night Marshals", "Town BID", "approved", 12_000),
        ("Moving On programme", "Safe Harbour", "deferred", 9_800),  # the sum asked
        ("Lido CCTV", "Lido Trust", "declined", 16_500),
    ]


def test_a_funders_grant_to_the_partnership_is_no_award_and_a_duration_names_no_item(tmp_path: Path) -> None:
    minutes = make_pdf(
        tmp_path / "minutes.pdf",
        [
            [
                "Minutes of the meeting held on 16 July 2024",
                "",
                "4. Fund",
                "",
                "The Commissioner has confirmed a grant of £72,000 for 2024-25.",
                "OPCC: second instalment of the grant, £36,000, paid on 7 October 2024.",
                "RESOLVED: that £22,000 be awarded to Brightling Women's Aid towards a second",
                "Independent Domestic Violence Adviser for twelve months.",
                "The Board awarded £5,000 from the Commissioner's grant to the Night Stewards",
                "for the welfare hub.",
            ]
        ],
    )
    found = [(d.item, d.lead, d.amount) for d in _decisions(minutes, period="2024-25")]
    assert found == [
        ("Second Independent Domestic Violence Adviser", "Brightling Women's Aid", 22_000),
        ("Welfare hub", "Night Stewards", 5_000),
    ]


def test_of_two_priorities_named_alike_an_award_serves_the_fuller() -> None:
    context = "Project: County lines awareness in schools Priority: Drug-related harm and exploitation"
    award = FundingDecision(
        "County lines awareness in schools", 6_700, "award", "", "2023-24", "report.pdf", 2, context, "table",
        context=context,
    )  # fmt: skip
    priorities = [
        PrioritySet("other.pdf", "2023-24", "Themes", 1, (Priority("Exploitation", "Exploitation", 1),)),
        PrioritySet(
            "report.pdf", "2023-24", "Our priorities", 2,
            (Priority("Drug-related harm and exploitation", "Drug-related harm and exploitation", 2),),
        ),
    ]  # fmt: skip
    register = FundingRegister([award], priorities)
    assert register.priority_of(award) == "Drug-related harm and exploitation"
    found = register.answer("which drug projects got money in 2023-24", set())
    assert found is not None and "County lines awareness in schools" in found.text


def test_a_forms_decision_field_decides_as_a_sentence_would(tmp_path: Path) -> None:
    placed = [
        (40.0, 780.0, "RECORD OF CHAIR'S URGENT ACTION"),
        (40.0, 750.0, "1. Reference"),
        (220.0, 750.0, "CUA 03/24-25"),
        (40.0, 732.0, "4. Decision"),
        (220.0, 732.0, "To award £6,400 from the Community Safety Fund 2024-25 to"),
        (220.0, 720.0, "Brightling Women's Aid for the Secure Doors scheme"),
        (40.0, 702.0, "5. Decision taken"),
        (220.0, 702.0, "To award £2,000 from the reserve, to be carried forward"),
    ]
    form = place_pdf(tmp_path / "urgent.pdf", [placed])
    found = [(d.item, d.amount, d.page) for d in _decisions(form, period="2024-25")]
    # The second field names no item: the form's title is none.
    assert found == [("Secure Doors scheme", 6_400, 1)]


def test_a_headings_bid_takes_its_outcome_from_its_section(tmp_path: Path) -> None:
    notes = make_pdf(
        tmp_path / "notes.pdf",
        [
            [
                "Action notes of 21 January 2025",
                "",
                "4. Hartleburn Boxing Academy – £7,400 bid",
                "",
                "For equipment and two coaches; the panel scored it low.",
                "Declined. Nell to signpost them to the Council's community grants.",
                "",
                "5. Holiday activities – £7,000 bid",
                "",
                "To come back in April with a plan.",
                "",
                "6. Regional analyst – £10,000",
                "",
                "Shared with the two neighbouring partnerships.",
            ]
        ],
    )
    found = [(d.item, d.outcome, d.amount) for d in _decisions(notes, period="2024-25")]
    # The holiday bid's section decides nothing: no decision. A heading's sum that is no bid stands.
    assert found == [
        ("4. Hartleburn Boxing Academy", "declined", 7_400),
        ("6. Regional analyst", "approved", 10_000),
    ]


def test_awards_listed_in_one_sentence_and_what_is_not_a_decision(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "minutes.pdf",
        [
            [
                "Northby Board: minutes of the meeting held on 11 June 2024",
                "",
                "5. Neighbourhood grants",
                "",
                "Members approved the Panel's recommendations for Open Door (NG-01), awarding £19,500 to the",
                "Women's Centre; for Stand Tall (NG-04), awarding £7,600 to the Boxing Club; and for Night",
                "Watch (NG-05), awarding £9,800 to Northby Police.",
                "Eastgate Homes has not yet confirmed the £6,400 of its own money with which it would match",
                "a grant for Lock Fast.",
                "It was agreed not to proceed with Second Chances (NG-07), for which Kindred CIC had asked",
                "for £11,200.",
                "After this meeting £36,900 has been awarded and £8,000 is held for cameras.",
                "At its meeting on 10 September 2024 the Board reduced the grant to the Boxing Club from",
                "£7,600 to £5,900.",
                "On Late Shift (NG-02), the Trust asked for the £2,500 the Board had not awarded in June.",
            ]
        ],
    )
    summary = {(d.item, d.amount, d.outcome, d.lead, d.date) for d in _decisions(path, period="2024-25")}
    assert summary == {
        ("Open Door", 19_500, "approved", "Women's Centre", "2024-06-11"),
        ("Stand Tall", 7_600, "approved", "Boxing Club", "2024-06-11"),
        ("Night Watch", 9_800, "approved", "Northby Police", "2024-06-11"),
        ("Second Chances", 11_200, "declined", "", "2024-06-11"),
        # An amendment dated by the meeting it names as its own, not by the minutes reporting it.
        ("Boxing Club", 5_900, "amended", "", "2024-09-10"),
    }  # no approval of the match not yet confirmed, nor of the running total; no decline of a sum asked for


def test_what_became_of_money_after_its_award_is_no_register_question() -> None:
    assert (
        parse_question("How much of Night Watch's 2024-25 grant was re-profiled into 2025-26?", set()) is None
    )
    assert parse_question("how much underspend did we carry forward from 2023-24", set()) is None
    assert parse_question("How much was Night Watch awarded in 2024-25?", set()) is not None


def test_a_reduction_agreed_is_an_amendment_and_a_decision_delegated_is_none_yet(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "notes.pdf",
        [
            [
                "Northby Partnership Group: notes of the meeting held on 21 January 2025",
                "",
                "3. Change Path perpetrator programme",
                "Agreed to reduce the award from £18,000 to £14,500 (April to December costs only).",
                "",
                "4. Holiday activities",
                "Agreed to delegate the decision to Nell with the chair, up to £7,000, reported in April.",
            ]
        ],
    )
    found = _decisions(path, period="2024-25")
    assert [(d.item, d.outcome, d.amount, d.previous) for d in found] == [
        ("Change Path perpetrator programme", "amended", 14_500, 18_000)
    ]


def test_a_forms_decision_field_is_of_the_project_and_lead_its_fields_name(tmp_path: Path) -> None:
    form = [
        (60, 760, "Record of Delegated Decision"),
        (60, 730, "Project"), (200, 730, "Summer Shift: holiday activities in Kingsholm"),
        (60, 712, "Lead organisation"), (200, 712, "Northby Youth Justice Service"),
        (60, 694, "Decision"), (200, 694, "To award £6,750 from the Community Safety Fund 2024-25."),
        (60, 660, "Decided on 11 March 2025 by the Community Safety Lead, under a delegation."),
    ]  # fmt: skip
    found = _decisions(place_pdf(tmp_path / "decision.pdf", [form]), period="2024-25")
    assert [(d.item, d.lead, d.amount, d.outcome) for d in found] == [
        ("Summer Shift", "Northby Youth Justice Service", 6_750, "approved")
    ]


def test_a_paragraph_opening_on_an_item_decides_about_it(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "minutes.pdf",
        [
            [
                "Northby Board: minutes of the meeting held on 11 June 2024",
                "",
                "5. Neighbourhood grants",
                "",
                "On Late Shift (NG-02), Councillor Quenby asked whether the full £14,500 the Youth Trust had",
                "asked for could be found. Members preferred to follow the Panel and approved £12,000 for 40",
                "sessions.",
            ]
        ],
    )
    found = _decisions(path, period="2024-25")
    assert [(d.item, d.amount, d.outcome, d.date) for d in found] == [
        ("Late Shift", 12_000, "approved", "2024-06-11")
    ]


def test_words_asking_for_a_final_sum_name_no_item() -> None:
    query = parse_question(
        "How much did the camera upgrade end up costing, against the sum set aside?", set()
    )
    assert query is not None and {"camera", "upgrad"} <= set(query.words)
    assert not {"end", "sum", "set", "asid"} & set(query.words)


def test_minutes_set_as_a_table_with_lettered_bids_and_the_sum_asked_in_the_discussion(
    tmp_path: Path,
) -> None:
    rows = [
        ["Item", "Discussion", "Decision / Action", "Owner"],
        ["5. Minutes", "Accepted as a true record.", "Approved.", ""],
        ["6a. Bid: Gym Nights boxing", "Northby Youth asked £7,480|for sessions.", "Approved £7,480.", ""],
        ["6b. Bid: Safe Space", "Street Pastors asked £5,200 for|nights.", "Agreed - reduce to £3,950.", ""],
        ["6c. Bid: Change Path", "Pathway CIC asked £12,600.", "Deferred to the Panel on 26 November.", ""],
        ["6d. Bid: Market CCTV", "Northby Council asked £18,000 for cameras.", "Not supported.", ""],
        ["6e. Bid: Quay van", "Harbour Parking bid £21,000 for a van.", "Declined: poor value.", ""],
        ["7. Decision taken between meetings", "", "Ratified: £2,750 to Sanctum (Sanctuary).", ""],
        ["8. Chair's decision CD/24/02 (Spark Safe)", "", "Ratified: £2,300 to Northby Fire.", ""],
    ]  # fmt: skip
    log = _decision_log(tmp_path / "board.pdf", rows, (40, 220, 520, 720), "Board minutes, 17 September 2024")
    found = [(d.item, d.lead, d.outcome, d.amount, d.date) for d in _decisions(log, period="2024-25")]
    assert found == [
        ("Gym Nights boxing", "Northby Youth", "approved", 7_480, "2024-09-17"),
        ("Safe Space", "Street Pastors", "approved", 3_950, "2024-09-17"),
        # The sum asked, read in the discussion; dated by its meeting, not the one it is deferred to.
        ("Change Path", "Pathway CIC", "deferred", 12_600, "2024-09-17"),
        ("Market CCTV", "Northby Council", "declined", 18_000, "2024-09-17"),
        ("Quay van", "Harbour Parking", "declined", 21_000, "2024-09-17"),  # "bid" as a verb
        # A row labelled only by its kind of decision is of the thing its decision gives money for.
        ("Sanctuary", "Sanctum", "approved", 2_750, "2024-09-17"),
        # ... or with its reference, the thing in brackets, paid to whom the decision gives it.
        ("Spark Safe", "Northby Fire", "approved", 2_300, "2024-09-17"),
    ]


def test_minute_numbered_paragraphs_an_urgent_decision_and_a_chairs_record(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "panel.pdf",
        [
            [
                "Northby Fund Panel: minutes of the meeting held on 26 November 2024",
                "",
                "15/24  Minutes of 2 July 2024. The minutes were agreed as a correct record.",
                "16/24  Decision taken between meetings. On 22 October 2024 the Chair, by email, approved",
                "£2,300 for the Sanctuary scheme run by Eastgate Homes. RESOLVED that it be ratified.",
                "17/24  Deferred bid: Change Path. The Board deferred this bid on 17 September 2024.",
                "RESOLVED that a grant of £11,340 be made to Pathway CIC for 14 places.",
                "18/24  New bids.",
                "(d)  Wrenfield Youth Trust, youth outreach bus, £4,790. Deferred to the Panel's meeting on",
                "4 March 2025, for the Trust to confirm the lease.",
                "19/24  Chair's record. (a) To WITHDRAW the award of £2,875 for Blunt Talk (Northby Police).",
                "(b) To INCREASE the award to Gym Nights (Northby Youth Service) by £1,150, from £7,480 to",
                "£8,630, for extra sessions in the school holidays.",
                "20/24  Budget. Spending in 2024-25 was £81,400 against allocations of £83,020.",
            ]
        ],
    )
    found = [
        (d.item, d.lead, d.outcome, d.amount, d.previous, d.date) for d in _decisions(path, period="2024-25")
    ]
    assert found == [
        # A decision taken between meetings is dated the day it was taken; its label names no item.
        ("Sanctuary scheme", "Eastgate Homes", "approved", 2_300, 0, "2024-10-22"),
        # The earlier deferral, told with no sum, is no decision of this meeting.
        ("Change Path", "", "approved", 11_340, 0, "2024-11-26"),
        # A bid line naming the organisation first; the day it is deferred to is not the deferral's.
        ("Youth outreach bus", "Wrenfield Youth Trust", "deferred", 4_790, 0, "2024-11-26"),
        ("Blunt Talk", "", "withdrawn", 2_875, 0, "2024-11-26"),
        ("Gym Nights", "Northby Youth Service", "amended", 8_630, 7_480, "2024-11-26"),
    ]  # no allocation of the money spent


def test_a_resolutions_lettered_items_named_before_a_dash_and_minute_headings_run_into_prose(
    tmp_path: Path,
) -> None:
    """Lettered items whose lines run to the margin mid-sentence with no hanging indent, each naming
    its item (and lead) before a dash; a minute's numbered heading set tight under the text above."""
    path = make_pdf(
        tmp_path / "minutes.pdf",
        [
            [
                "Northby Community Safety Board: minutes of the meeting held on 10 October 2023",
                "",
                "NB/23/24 Serious violence",
                "Weapons offences rose from 61 to 78 in the first half of the year, the Superintendent said.",
                "NB/23/25 Fund: budget position",
                "The Fund has £76,450 for 2023-24. The Board awarded £31,900 at its July meeting, leaving",
                "£44,550 for this round.",
                "NB/23/26 Second round of bids",
                "Five bids had been received. Resolved:",
                "(a) Night Patrols (Northby Churches Together) – to award £7,500 for a year of Friday and",
                "Saturday night patrols in the town, less than the £9,800 requested; members agreed to the",
                "patrols but not the minibus;",
                "(b) Blades Down workshops in schools (Fenwold Youth Trust) – to award £8,400 as asked;",
                "(c) Tollbar CCTV upgrade (Northby District Council) – to defer a decision on the bid for",
                "£11,600 to the next meeting, pending a second quotation;",
                "(d) refurbishment of the gym at Crossgate Boxing Club – not to support the bid for £6,000.",
                "NB/23/27 Bids withdrawn",
                "The Board noted that the bid for CCTV camera 14 (NB23-07), deferred in June, is withdrawn",
                "and the £3,900 returns to the Fund.",
                "NB/23/28 Delegations",
                "The Chair may award up to £3,000 between meetings.",
            ]
        ],
    )
    blocks = [(b.kind, b.text[:30]) for b in clean_pages(read_pdf(path, path.name).pages)[0].blocks]
    assert ("heading", "NB/23/25 Fund: budget position") in blocks
    assert [text for kind, text in blocks if kind == "bullet"] == [
        "Night Patrols (Northby Churche",
        "Blades Down workshops in schoo",
        "Tollbar CCTV upgrade (Northby ",
        "refurbishment of the gym at Cr",
    ]
    found = [(d.item, d.lead, d.outcome, d.amount) for d in _decisions(path)]
    assert found == [
        ("Night Patrols", "Northby Churches Together", "approved", 7_500),
        ("Blades Down workshops in schools", "Fenwold Youth Trust", "approved", 8_400),
        ("Tollbar CCTV upgrade", "Northby District Council", "deferred", 11_600),
        ("Refurbishment of the gym at Crossgate Boxing Club", "", "declined", 6_000),
        ("CCTV camera 14", "", "withdrawn", 3_900),
    ]  # no award of the Fund's balance, of July's total, or of the Chair's power to award


def test_a_panels_reasons_under_their_heading_name_no_item(tmp_path: Path) -> None:
    """Reasons given under a heading of their own ("Reasons") restate the decisions a table made; the
    heading names no item, so they register nothing of their own."""
    path = make_pdf(
        tmp_path / "panel.pdf",
        [
            [
                "Northby Grants Panel, 21 May 2024",
                "",
                "Reasons",
                "",
                "NB24-03  Funded for the radios and the first year's licence (£5,600); the second year's",
                "licence should be met by the members. NB24-05  Declined: fencing is a capital item.",
            ]
        ],
    )
    pdf = read_pdf(path, path.name)
    found = extract_funding(path.name, pdf.pages, clean_pages(pdf.pages), "2024-25", "2024-05-21", "minutes")
    assert [d.item for d in found] == []


def test_who_holds_a_bid_is_no_register_question_and_its_outcome_is_its_latest_state() -> None:
    assert parse_question("Who is down as the owner of the Blunt Talk bid?", set()) is None
    assert parse_question("which board member declared an interest in the night owls bid", set()) is None
    assert parse_question("In June 2022, who declared an interest when the board decided it?", set()) is None
    assert parse_question("who got the Blunt Talk grant", set()) is not None
    asked = parse_question("What was the outcome of the bid the board deferred in September 2024?", set())
    assert asked is not None and asked.final and asked.window_months


def test_a_body_and_its_applications_name_no_item_and_applications_received_are_not_counted() -> None:
    question = "Which applications did the Northby Executive Group agree to fund in window 2?"
    asked = parse_question(question, set(terms("Northby")))
    assert asked is not None and asked.words == ()
    # The register holds the bids decided, not every one sent in.
    assert parse_question("How many applications did the Executive Group receive in window 2?", set()) is None
    assert parse_question("How many bids were funded in window 2?", set()) is not None


def test_a_sum_a_plan_holds_is_not_the_registers_to_give() -> None:
    # What a plan set aside, or a thing was planned at, a passage of the plan states; a decision's
    # sum set aside is the register's.
    assert parse_question("how much did the plan set aside for the open bidding round", set()) is None
    assert parse_question("how much was the award planned at, and what was it raised to?", set()) is None
    assert parse_question("how much had the board set aside for it", set()) is not None


def test_whether_a_scheme_went_ahead_asks_what_became_of_it() -> None:
    asked = parse_question("did the shop radios scheme actually go ahead", set())
    assert asked is not None and asked.words == ("shop", "radio")  # neither "actually" nor "ahead" names it
    assert parse_question("did the shop radios scheme go ahead", set()) == asked


def test_a_limit_on_what_a_body_may_approve_is_not_the_registers_to_give() -> None:
    # A limit is a rule the terms of reference state; an item named for one ("two bids within its
    # limit") would otherwise answer for it.
    assert parse_question("what is the grants panel's spending limit per bid", set()) is None
    assert parse_question("what is the officer's delegated threshold for grants", set()) is None
    assert parse_question("how much did the grants panel give the youth bus", set()) is not None


def test_a_decision_naming_no_item_is_quoted_with_the_label_and_reasons_before_it(tmp_path: Path) -> None:
    minutes = make_pdf(
        tmp_path / "minutes.pdf",
        [
            [
                "Minutes of the Partnership Group, 16 July 2024",
                "",
                "5.7 Mill Street CCTV upgrade (Northby Borough Council), £45,000. Members noted that",
                "the grant conditions do not allow capital schemes of this size. DECISION: Not supported.",
            ]
        ],
    )
    (declined,) = _decisions(minutes)
    assert (declined.item, declined.lead, declined.outcome, declined.amount) == (
        "Mill Street CCTV upgrade",
        "Northby Borough Council",
        "declined",
        45_000,
    )
    assert declined.quote == (
        "5.7 Mill Street CCTV upgrade (Northby Borough Council), £45,000. Members noted that the grant "
        "conditions do not allow capital schemes of this size. DECISION: Not supported."
    )


def test_a_wider_figure_set_right_stands_under_its_column_and_a_total_row_ends_the_rows(
    tmp_path: Path,
) -> None:
    columns = (40, 80, 260, 400, 482)
    rows = [
        ("Ref", "Service", "Provider", "Priority", "Award"),
        ("C3", "Blades Down (seven schools)", "Northby Youth Justice Service", "Serious violence", "£5,000"),
        ("C4", "Community Safety Officer post", "Northby District Council", "All", "£16,000"),
    ]
    placed = [(40.0, 790.0, "Register of grants 2025-26 (fictional)")]
    for n, row in enumerate(rows):
        # Figures are set right: "£16,000" starts left of the column's header, "£5,000" under it.
        xs = [*columns[:4], columns[4] - (20 * (len(row[4]) - 6) if n else 0)]
        placed += [(float(x), 760.0 - 16 * n, cell) for x, cell in zip(xs, row, strict=True)]
    placed.append((80.0, 712.0, "Total"))
    placed.append((464.0, 712.0, "£121,000"))
    path = place_pdf(tmp_path / "register.pdf", [placed])
    found = [(d.item, d.lead, d.amount) for d in _decisions(path, "other", "2025-26")]
    assert found == [
        ("Blades Down (seven schools)", "Northby Youth Justice Service", 5_000),
        ("Community Safety Officer post", "Northby District Council", 16_000),
    ]


def test_a_resolution_whose_subject_gets_the_money_names_it_as_the_lead(tmp_path: Path) -> None:
    minutes = make_pdf(
        tmp_path / "minutes.pdf",
        [
            [
                "Minutes of the Board, 19 September 2023",
                "",
                "RESOLVED - (a) that Northby Nightsafe CIC be granted £6,500, the full sum sought, for the",
                "Late Night Welfare Hub; (b) that the Northby Youth Trust's Step Up mentoring project, which",
                "sought £12,400, be granted £9,000 to cover the autumn and spring terms only.",
            ]
        ],
    )
    found = [(d.item, d.lead, d.amount) for d in _decisions(minutes)]
    assert found == [
        ("Late Night Welfare Hub", "Northby Nightsafe CIC", 6_500),
        ("Step Up mentoring", "Northby Youth Trust", 9_000),
    ]


def test_income_received_is_no_decision_and_an_award_said_to_be_increased_names_itself(
    tmp_path: Path,
) -> None:
    report = make_pdf(
        tmp_path / "report.pdf",
        [
            [
                "Minutes of the Board, 29 April 2025 (fictional)",
                "",
                "Income received in 2024-25",
                "",
                "Northby District Council contributed £15,000 and £6,780 was carried forward from 2023-24.",
                "",
                "What we did",
                "",
                "The Safe Space award was increased from £3,950 to £4,430 to open on extra nights.",
            ]
        ],
    )
    found = [(d.item, d.outcome, d.amount, d.previous) for d in _decisions(report, "minutes", "2024-25")]
    assert found == [("Safe Space", "amended", 4_430, 3_950)]


def test_a_decision_about_another_bid_is_not_quoted_with_the_label_before_it(tmp_path: Path) -> None:
    minutes = make_pdf(
        tmp_path / "minutes.pdf",
        [
            [
                "Minutes of the Strategy Group, 8 July 2021",
                "",
                "(c) Silver Shield, Northby Trading Standards: call blockers for older residents, £4,400.",
                "Endorsed at the full amount requested. (d) Castle Mead Residents' Association asked for",
                "£12,000 for a CCTV camera at the shops. Members agreed that the bid be refused because",
                "the review of public space CCTV will not report until December.",
            ]
        ],
    )
    refused = next(d for d in _decisions(minutes) if d.outcome == "declined")
    assert (refused.item, refused.lead) == ("CCTV camera", "Castle Mead Residents' Association")
    assert refused.quote.startswith("Members agreed that the bid be refused")


def test_a_decisions_record_by_subject_with_changes_and_rows_deciding_no_money(tmp_path: Path) -> None:
    columns = (30, 75, 235, 345, 525)
    rows = [
        ("No.", "Subject", "What was heard", "Decision", "Amount"),
        ("D23/31", "Chair's decision CD/02: Lantern", "Taken 3 October", "Ratified", "£2,600"),
        ("D23/33", "Street Pastors", "Thursdays added", "Increased from £4,750 to £5,600", "+£850"),
        ("D23/37", "Membership", "A member joined", "Noted", ""),
        ("D23/38", "Fund position", "£19,810 remains", "Noted", ""),
    ]
    placed = [(40.0, 790.0, "Record of decisions and actions, 7 November 2023 (fictional)")]
    placed += [
        (float(x), 760.0 - 16 * n, cell)
        for n, row in enumerate(rows)
        for x, cell in zip(columns, row, strict=True)
        if cell
    ]
    path = place_pdf(tmp_path / "record.pdf", [placed])
    found = [(d.item, d.outcome, d.amount, d.previous) for d in _decisions(path)]
    assert found == [("Lantern", "approved", 2_600, 0), ("Street Pastors", "amended", 5_600, 4_750)]


def test_a_power_to_vary_up_to_a_limit_is_no_decision(tmp_path: Path) -> None:
    email = make_pdf(
        tmp_path / "email.pdf",
        [
            [
                "Email to the Chair, 29 November 2024 (fictional)",
                "",
                "Thanks, Leonie",
                "",
                "Northby Youth Trust has asked for £2,500 more for Late Shift.",
                "",
                "The uncommitted balance is £22,900, so the increase would leave £20,400. The grant",
                "rules let the Chair vary an award by up to £5,000 between meetings after consulting the",
                "Vice-Chair. Could you reply to say whether you approve?",
            ]
        ],
    )
    pdf = read_pdf(email, email.name)
    assert (
        extract_funding(email.name, pdf.pages, clean_pages(pdf.pages), "2024-25", "2024-11-29", "minutes")
        == []
    )


def test_a_deciding_bodys_name_a_question_uses_names_no_item() -> None:
    decisions = [
        FundingDecision(
            "Skate park lighting",
            12_000,
            "award",
            "",
            "2023-24",
            "m.pdf",
            2,
            "declined",
            "prose",
            outcome="declined",
            date="2023-06-21",
        ),
        FundingDecision(
            "Strategic Assessment 2023",
            4_500,
            "award",
            "",
            "2023-24",
            "m.pdf",
            2,
            "approved",
            "prose",
            date="2023-06-21",
        ),
    ]
    sources = Sources(
        {"m.pdf": "Northby CSP Strategy Group: minutes, 21 June 2023"}, doc_types={"m.pdf": "minutes"}
    )
    register = FundingRegister(decisions, sources=sources, partnership_of={"m.pdf": PARTNERSHIP})
    # "Strategy" names the Group its minutes' titles name, so the question asks for every bid declined.
    answer = register.answer(
        "Which bid did the Northby Strategy Group turn down at its June 2023 meeting?", set()
    )
    assert answer is not None and "Skate park lighting" in answer.text and "Strategic" not in answer.text
    # A share of the fund is a plan's, which a passage states; a grant is the register's.
    assert parse_question("what share of the 2024/25 fund is ring-fenced for knife crime", set()) is None
    # A bid's assessment score is no sum of money.
    assert parse_question("what score did the skate park lighting bid get from the panel", set()) is None
    grant = parse_question("skate park lighting grant 2023/24 - what happened to it?", set())
    assert grant is not None and grant.words == ("skate", "park", "light")


def test_minutes_set_as_labelled_rows_decide_in_their_resolved_row(tmp_path: Path) -> None:
    placed = [
        (40.0, 780.0, "Quarry Vale Board minutes, 9 July 2024"),
        (40.0, 750.0, "QB/24/07"),
        (120.0, 750.0, "Safety Fund: bids for 2024-25"),
        (40.0, 732.0, "Reported"),
        (120.0, 732.0, "Officers scored four bids against the criteria."),
        (40.0, 714.0, "Resolved"),
        (120.0, 714.0, "(a) To award £12,000 to Quarry Vale Housing for the tenancy support worker"),
        (120.0, 702.0, "(asked £14,000)."),
        (120.0, 690.0, "(b) To defer the bid of £6,300 from Vale Youth Club for Friday sport until"),
        (120.0, 678.0, "the club sends its accounts."),
        (120.0, 666.0, "(c) Not to support the bid of £9,000 from Linby Parish Council for gates: capital"),
        (120.0, 654.0, "works, as on 14 March 2024."),
        (40.0, 636.0, "Action"),
        (120.0, 636.0, "Letters to all bidders by 19 July 2024."),
    ]
    minutes = place_pdf(tmp_path / "minutes.pdf", [placed])
    found = [
        (d.item, d.lead, d.outcome, d.amount, d.asked, d.date) for d in _decisions(minutes, period="2024-25")
    ]
    # The date a refusal recalls ("as on 14 March 2024") is the earlier one's, not this meeting's.
    assert found == [
        ("Tenancy support worker", "Quarry Vale Housing", "approved", 12_000, 14_000, "2024-07-09"),
        ("Friday sport", "Vale Youth Club", "deferred", 6_300, 0.0, "2024-07-09"),
        ("Gates", "Linby Parish Council", "declined", 9_000, 0.0, "2024-07-09"),
    ]


def test_a_sum_for_a_class_of_things_is_an_allocation_not_an_item(tmp_path: Path) -> None:
    lines = [
        "Northby funding guide 2024/25",
        "",
        "On 2 April 2024 the Board agreed £210,000 for projects that carry on from last year, and £9,000",
        "for the ward grants.",
    ]
    found = _decisions(make_pdf(tmp_path / "guide.pdf", [lines]), doc_type="other", period="2024-25")
    assert [(d.item, d.kind) for d in found if d.amount == 210_000] == [("Allocation", "allocation")]
