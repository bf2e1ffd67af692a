"""Partnership G's Board papers of 2023 in two house styles. 20 June: a hybrid meeting's action log, its
attendance in three lines ("In the room", "On Teams", "Apologies"), then every item as a row of one table
(Item | Discussion | Action | Owner | Due), the next meeting at the foot. 17 October: narrative minutes
numbered "RB/23/30" to "RB/23/37", attendance as a table of members with ticks in separate Present and
Apologies columns, decisions worded in many ways ("Members elected ...", "It was agreed that ...", "the
Board approved in principle ...", "withdrawn", "varied from £A to £B", "carried forward to next year",
"declined"). Band lines name the Board and the meeting; foot lines "- N -" (June) and "N of M" (October)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from evals.archive.common import Meta
from evals.archive.names import RAVENSHOLT, RAVENSHOLT_BOARD
from evals.archive.ravensholt_layout import Furniture, heading, label, ledger, p, render_pages, title

JUNE_LOG = (
    ("1. Welcome, apologies, quorum",
     "Five responsible authorities present in the room or online: quorate. Fern Kwarteng deputised for "
     "Abena Osei.", "-", "-", "-"),
    ("2. Minutes of 18 April 2023", "Agreed as a correct record. All April actions complete.", "-", "-", "-"),
    ("3. Membership: Ravensholt Homes",
     "Ravensholt Homes manages 6,900 homes in the borough, a third of them in Carrow Fields and Eastholme. "
     "Agreed: Ravensholt Homes becomes a standing member of the Board; Callum Dreyer will attend.",
     "Update the terms of reference", "O. Petrakis", "31 Jul 2023"),
    ("4. CSP23-06 Detached youth work (approved in principle in March)",
     "Ravensholt Youth Collective's safeguarding policy was received on 2 June. Approval confirmed in full "
     "at £7,300; work starts in July.", "Issue the grant agreement", "O. Petrakis", "7 Jul 2023"),
    ("5. CSP23-07 CCTV camera 14 relocation",
     "The only quote received is £5,600 against £3,900 in the plan. Deferred to the October meeting pending "
     "a second quote.", "Obtain a second quote", "O. Petrakis", "15 Sep 2023"),
    ("6. New bid: Walk Safe app launch, Lantern House, £1,800",
     "Promotion of the Walk Safe app to women using the town centre at night. Agreed: £1,800 from the "
     "unallocated sum, leaving £900 unallocated.", "Grant agreement", "F. Kwarteng", "31 Jul 2023"),
    ("7. Performance, 2022-23 year end",
     "ASB incidents 4,812 for the year (5,288 in 2021-22). Violence with injury up 19%; shoplifting up a "
     "quarter.", "Circulate the year-end dashboard", "D. Achterberg", "30 Jun 2023"),
    ("8. Serious Violence Duty",
     "The strategic needs assessment the Duty requires will be part of the Strategic Intelligence "
     "Assessment 2024, not a separate document.", "Draft the SIA 2024", "D. Achterberg", "31 Dec 2023"),
    ("9. Any other business",
     "Priya Sandhu: Lindmarsh Fire and Rescue Service will offer home fire safety visits to every "
     "Changing Course referral.", "Share the referral route", "P. Sandhu", "31 Aug 2023"),
)  # fmt: skip

# (member, organisation, present, apologies)
OCTOBER = (
    ("Cllr Harriet Venning (Chair, items RB/23/30 to RB/23/32)", "Ravensholt Borough Council", True),
    ("Cllr Tariq Bhamra", "Ravensholt Borough Council", True),
    ("Ch Supt Dominic Fairweather (Vice-Chair; Chair from item RB/23/33)", "Lindmarsh Constabulary", True),
    ("Glenys Fairbank", "Lindmarsh County Council", True),
    ("GM Priya Sandhu", "Lindmarsh Fire and Rescue Service", False),
    ("Elspeth Rourke", "Probation Service (Lindmarsh)", True),
    ("Dr Samira Quist", "Lindmarsh and Coldharbour ICB", True),
    ("Jonty Marwood", "Office of the Police and Crime Commissioner", False),
    ("Kerensa Doyle", "Ravensholt Youth Justice Service", True),
    ("Abena Osei", "Lantern House", True),
    ("Callum Dreyer", "Ravensholt Homes", True),
)


def write_action_log_june(path: Path) -> Path:
    return render_pages(
        path,
        _june,
        Meta(f"{RAVENSHOLT_BOARD} action log, 20 June 2023", RAVENSHOLT),
        Furniture(
            band_left=lambda _page, _total: RAVENSHOLT_BOARD.upper(),
            band_right=lambda _page, _total: "Action log - 20 June 2023",
            foot=lambda page, _total: f"- {page} -",
        ),
    )


def write_minutes_october(path: Path) -> Path:
    return render_pages(
        path,
        _october,
        Meta(f"{RAVENSHOLT_BOARD} minutes, 17 October 2023", RAVENSHOLT),
        Furniture(
            band_left=lambda _page, _total: "Minutes: Safer Ravensholt Board, 17.10.2023",
            foot=lambda page, total: f"{page} of {total}",
            foot_right=True,
        ),
    )


def _june() -> list[Flowable]:
    rows = [["Item", "Discussion and decision", "Action", "Owner", "Due"], *map(list, JUNE_LOG)]
    return [
        label(),
        title("Board meeting: action log"),
        p(
            "Tuesday 20 June 2023, 10:00 to 11:50. Council Chamber, Ravensholt Civic Centre, and on "
            "Microsoft Teams. Chair: Councillor Harriet Venning (Ravensholt Borough Council)."
        ),
        p(
            "<b>In the room:</b> Cllr Harriet Venning (Chair); Ch Supt Dominic Fairweather (Vice-Chair, "
            "Lindmarsh Constabulary); Glenys Fairbank (Lindmarsh County Council); GM Priya Sandhu "
            "(Lindmarsh Fire and Rescue Service); Elspeth Rourke (Probation Service); Jonty Marwood (OPCC); "
            "Kerensa Doyle (Ravensholt Youth Justice Service); Owain Petrakis (Community Safety Manager); "
            "Delphine Achterberg (Senior Community Safety Analyst)."
        ),
        p(
            "<b>On Teams:</b> Dr Samira Quist (Lindmarsh and Coldharbour ICB); Fern Kwarteng (Lantern House, "
            "deputising); Callum Dreyer (Ravensholt Homes, for item 3)."
        ),
        p("<b>Apologies:</b> Abena Osei (Lantern House)."),
        ledger(rows, (92, 205, 90, 62, 50)),
        heading("Next meeting"),
        p("Tuesday 17 October 2023, 14:00, Committee Room 1, Ravensholt Civic Centre."),
    ]


def _october() -> list[Flowable]:
    tick = "\u00d7"
    rows = [["Member", "Organisation", "Present", "Apologies"]]
    rows += [[m, o, tick if here else "", "" if here else tick] for m, o, here in OCTOBER]
    return [
        label(),
        title("Minutes of the Safer Ravensholt Board"),
        p("Tuesday 17 October 2023, 14:00, Committee Room 1, Ravensholt Civic Centre."),
        ledger(rows, (205, 190, 50, 55)),
        p(
            "<i>In attendance:</i> Owain Petrakis, Community Safety Manager; Delphine Achterberg, Senior "
            "Community Safety Analyst; Nadia Carvell, Democratic Services (minutes)."
        ),
        heading("RB/23/30 Apologies and quorum"),
        p(
            "Apologies are marked above. Five responsible authorities were present and the meeting was "
            "quorate."
        ),
        heading("RB/23/31 Minutes of 20 June 2023"),
        p("The action log of 20 June 2023 was approved. The terms of reference now name Ravensholt Homes."),
        heading("RB/23/32 Chair of the Board"),
        p(
            "Councillor Venning left the Borough Council's Cabinet in September and Councillor Tariq Bhamra, "
            "the new Cabinet Member for Communities, now represents the Council. Members thanked Councillor "
            "Venning, who had chaired the Board since May 2021. Members elected Chief Superintendent Dominic "
            "Fairweather as Chair until the annual meeting in June 2025, and it was agreed that Councillor "
            "Bhamra be Vice-Chair. Chief Superintendent Fairweather took the chair."
        ),
        heading("RB/23/33 Commissioning Plan 2023-24: mid-year review"),
        p("Owain Petrakis presented the six-month monitoring returns. The Board:"),
        p(
            "(a) noted that the bid for CCTV camera 14 (CSP23-07), deferred on 20 June, has been withdrawn: "
            "the Council will move the camera during the Market Square resurfacing at its own cost, and the "
            "£3,900 returns to the unallocated sum;"
        ),
        p(
            "(b) varied the Town Centre Ambassadors grant (CSP23-01) from £12,000 to £14,500, so that "
            "ambassadors cover every Friday and Saturday night in December and the Lights Switch-On;"
        ),
        p(
            "(c) varied the naloxone grant (CSP23-05) from £5,000 to £3,200, as Lindmarsh County Council "
            "will supply kits free from January 2024;"
        ),
        p(
            "(d) noted that 9 of the 18 Blunt Truth workshops (CSP23-03) have been delivered; two schools "
            "moved theirs to the summer term, and it was agreed that £3,100 of the £6,200 be carried "
            "forward to next year, ring-fenced for the workshops;"
        ),
        p(
            "(e) approved in principle £4,000 to Ravensholt Boxing Academy for Gloves Not Knives, youth "
            "boxing and mentoring for young people at risk of knife crime, subject to a signed venue "
            "agreement with Eastholme Community Centre;"
        ),
        p(
            "(f) declined £1,500 for Community Speedwatch from the Carrow Fields Residents' Group: road "
            "safety is not a Board priority and belongs to the Lindmarsh Road Safety Partnership."
        ),
        p("After these decisions £100 of the fund is unallocated."),
        heading("RB/23/34 Strategic Intelligence Assessment 2024"),
        p(
            "Delphine Achterberg set out the timetable: data to 30 September 2023, a draft in December and "
            "the final assessment to the January meeting. Members endorsed her proposal that it look at the "
            "exploitation of children and vulnerable adults, including cuckooing, as a possible new "
            "priority."
        ),
        heading("RB/23/35 Domestic Homicide Review Rowan"),
        p(
            "The draft overview report was received. Members agreed the action plan, and the report will go "
            "to the Home Office quality assurance panel in November."
        ),
        heading("RB/23/36 Any other business"),
        p(
            "Elspeth Rourke retires from the Probation Service in December 2023; this is her last meeting. "
            "The Chair thanked her for her work on the Changing Course programme."
        ),
        heading("RB/23/37 Date of next meeting"),
        p("Tuesday 23 January 2024 at 14:00, Committee Room 1, Ravensholt Civic Centre."),
    ]
