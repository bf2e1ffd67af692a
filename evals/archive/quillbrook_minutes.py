"""Partnership D's Board minutes of 2024-25, each in its own house style: numbered items with
"RESOLVED:" lines and an actions table (May 2024, "Quillbrook SCP Board | Page N of M" footers); a
narrative note where "The Board agreed to ..." with actions updated in prose (September 2024, a running
header with the meeting date; the build scans it); and lettered items with an attendance table, an
action progress table and a closing "Decision / Action | Owner | Due" table (January 2025)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from evals.archive.common import Meta, banner, bold_row, h1, h2, para, paras, render, table
from evals.archive.minutes import actions_table
from evals.archive.names import QUILLBROOK, QUILLBROOK_BOARD

BOARD = QUILLBROOK_BOARD


def write_minutes_may(path: Path) -> Path:
    return render(
        path,
        _may,
        Meta(f"{BOARD} minutes 14 May 2024", QUILLBROOK),
        footer=lambda page, total: f"Quillbrook SCP Board | Page {page} of {total}",
    )


def write_minutes_september(path: Path) -> Path:
    """The digital original of the September note; the build ships only its scan."""
    return render(
        path,
        _september,
        Meta(f"{BOARD} note of meeting 10 September 2024", QUILLBROOK),
        header=lambda page, _total: f"QSCP Board, 10 September 2024 ({page})",
    )


def write_minutes_january(path: Path) -> Path:
    return render(
        path,
        _january,
        Meta(f"{BOARD} minutes 14 January 2025", QUILLBROOK),
        header=lambda _page, _total: "Quillbrook Safer Communities Partnership Board",
        footer=lambda page, _total: f"Minutes - 14 January 2025 - p.{page}",
    )


def _may() -> list[Flowable]:
    return [
        banner(),
        h1(f"{BOARD}"),
        para(
            "Minutes of the meeting held on Tuesday 14 May 2024, 10:00 to 12:05, in the Council Chamber, "
            "Quillbrook District Council Offices, Mercer Street, Quillbrook."
        ),
        para(
            "<b>Present:</b> Superintendent Marcus Delaney (Morwenshire Constabulary, Chair for items 1 to "
            "3); Councillor Annika Thorne (Quillbrook District Council, Chair from item 4); Nell Ashworth "
            "(Morwenshire County Council); Group Manager Fiona Ekwueme (Morwenshire Fire and Rescue "
            "Service); Bethan Carrow (The Probation Service); Keturah Mills (Saltings Domestic Abuse "
            "Service); Declan Forsyth (Morwenshire Youth Justice Service)."
        ),
        para(
            "<b>In attendance:</b> Tobias Wren (Community Safety Manager, Quillbrook District Council); "
            "Ingrid Salomonsen (analyst, Morwenshire Constabulary, for item 4)."
        ),
        para(
            "<b>Apologies:</b> Dr Samir Haddad (Morwenshire and Tamsett Integrated Care Board); Yvonne "
            "Petrakis (Office of the Morwenshire Police and Crime Commissioner)."
        ),
        h2("1. Apologies and quorum"),
        para("Apologies as above. Five responsible authorities were represented: the meeting was quorate."),
        h2("2. Minutes of 12 March 2024"),
        para("Agreed as a correct record. Actions 24/01 to 24/04 are complete."),
        h2("3. Chair and Vice-Chair for 2024-25"),
        para(
            "RESOLVED: that Councillor Annika Thorne be elected Chair for 2024-25 and Superintendent Marcus "
            "Delaney, Chair since 2022, be Vice-Chair."
        ),
        h2("4. Strategic Assessment 2024"),
        para(
            "Ingrid Salomonsen presented the assessment. Residential burglary fell by 18.0% in 2022-23 "
            "while possession of weapons offences rose by 22.9%."
        ),
        para(
            "RESOLVED: that the Board adopts four priorities for 2024-25: (1) domestic abuse and violence "
            "against women and girls; (2) serious violence; (3) drug-related harm and exploitation; and "
            "(4) anti-social behaviour; and that acquisitive crime is no longer a partnership priority."
        ),
        h2("5. Community Safety Fund 2024-25"),
        para(
            "Tobias Wren reported the fund for 2024-25: Police and Crime Commissioner grant £50,000; "
            "Quillbrook District Council contribution £8,000; reserve brought forward £8,000; £66,000 in all."
        ),
        para(
            "5.1 Safe at Home target hardening for victims of domestic abuse, Saltings Domestic Abuse "
            "Service, £9,800. Keturah Mills declared an interest and took no part. RESOLVED: that £9,800 "
            "be awarded."
        ),
        para(
            "5.2 Operation Lantern, evening patrols in Quillbrook Central from June 2024 to March 2025, "
            "Morwenshire Constabulary, £16,000. RESOLVED: that £16,000 be awarded."
        ),
        para(
            "5.3 Rookhaven detached youth work, Rookhaven Youth Collective, £14,500. RESOLVED: that the "
            "bid be deferred to the September meeting pending a delivery plan and written confirmation of "
            "the Collective's match funding."
        ),
        PageBreak(),
        h2("6. Domestic Homicide Review"),
        para(
            "Keturah Mills reported that DHR 01/23, commissioned in November 2023, has an independent "
            "chair, Leonora Marsh, and is expected to report in the autumn."
        ),
        h2("7. Actions"),
        actions_table(
            (
                (
                    "24/05",
                    "Circulate the adopted priorities to sub-group chairs",
                    "T. Wren",
                    "31 May 2024",
                    "Open",
                ),
                (
                    "24/06",
                    "Obtain a delivery plan and match-funding letter from Rookhaven Youth Collective",
                    "T. Wren",
                    "31 Jul 2024",
                    "Open",
                ),
                ("24/07", "Draft the Serious Violence Duty strategy", "N. Ashworth", "31 Dec 2024", "Open"),
                ("24/08", "Report progress on DHR 01/23 to the Board", "K. Mills", "10 Sep 2024", "Open"),
            )
        ),
        h2("8. Date of next meeting"),
        para("Tuesday 10 September 2024 at 10:00, the Lynchet Room, Rookhaven Community Centre."),
    ]


def _september() -> list[Flowable]:
    return [
        banner(),
        h1(f"{BOARD}: note of the meeting of 10 September 2024"),
        para(
            "The Board met in the Lynchet Room, Rookhaven Community Centre, on Tuesday 10 September 2024 "
            "from 10:00 to 11:45."
        ),
        para(
            "<b>Present:</b> Councillor Annika Thorne (Chair), Superintendent Marcus Delaney (Vice-Chair), "
            "Dr Samir Haddad, Nell Ashworth, Bethan Carrow, Yvonne Petrakis, Keturah Mills, Patrick "
            "Oyelaran (Quillbrook Homes) and Tobias Wren (Community Safety Manager). Station Manager Callum "
            "Breck attended for the Fire and Rescue Service."
        ),
        para("<b>Apologies</b> were received from Group Manager Fiona Ekwueme and Declan Forsyth."),
        h2("Welcome"),
        para(
            "The Chair welcomed Patrick Oyelaran to his first meeting. Quillbrook Homes, the district's "
            "largest housing association, joins the Board as a member from this meeting."
        ),
        h2("Last meeting and actions"),
        para(
            "The minutes of 14 May 2024 were agreed. The adopted priorities were circulated to sub-group "
            "chairs on 20 May, so action 24/05 is complete. Rookhaven Youth Collective sent its delivery "
            "plan and a match-funding letter on 22 July, so action 24/06 is complete. Nell Ashworth said "
            "the Serious Violence Duty strategy is in progress and on track for December (action 24/07 "
            "remains open). Action 24/08 was taken under the domestic homicide review item and is complete."
        ),
        h2("Community Safety Fund"),
        *paras(
            "Having seen the delivery plan, the Board agreed to fund the Rookhaven detached youth work, "
            "deferred in May, at the £14,500 requested, for Friday and Saturday evening sessions from "
            "October 2024 to September 2025.",
            "The Board agreed to fund Blade Aware, the knife crime education programme of Morwenshire Youth "
            "Justice Service for nine secondary schools, at £6,000.",
            "The Board declined the bid of £7,200 from Brantwick Town Council for a CCTV camera at Brantwick "
            "skatepark. Police records show only four incidents there in twelve months, and the bid did not "
            "cover the cost of monitoring and maintaining the camera after the first year. The Town Council "
            "was invited to talk to the neighbourhood policing team about designing out crime at the site.",
            "Tobias Wren reported that £46,300 of the £66,000 available for 2024-25 is now committed.",
        ),
        PageBreak(),
        h2("Operation Lantern"),
        para(
            "Superintendent Delaney reported that the Constabulary will pay for two of the patrol shifts "
            "from January 2025 from its own night-time economy budget, and that he will bring a revised "
            "costing so the Board can reduce its award."
        ),
        h2("Domestic homicide review"),
        para(
            "Keturah Mills reported that the draft overview report of DHR 01/23 will come to the Board in "
            "January before it goes to the Home Office."
        ),
        h2("Actions agreed"),
        *paras(
            "24/09: Tobias Wren to write to Brantwick Town Council with the reasons for the decision, by 30 "
            "September 2024.",
            "24/10: Superintendent Delaney to bring a revised Operation Lantern costing to the next meeting "
            "(14 January 2025).",
            "24/11: Patrick Oyelaran to share Quillbrook Homes' ASB case data with the ASB Tasking Group, by "
            "31 October 2024.",
        ),
        h2("Next meeting"),
        para(
            "The next meeting will be on Tuesday 14 January 2025 at 14:00 in Committee Room 2, Quillbrook "
            "District Council Offices, Mercer Street."
        ),
        para("Signed as a correct record: A. Thorne (Chair), 14 January 2025."),
    ]


def _january() -> list[Flowable]:
    attendance = (
        ("Councillor Annika Thorne (Chair)", "Quillbrook District Council", "Present"),
        ("Superintendent Marcus Delaney (Vice-Chair)", "Morwenshire Constabulary", "Present"),
        ("Nell Ashworth", "Morwenshire County Council", "Present"),
        ("Group Manager Fiona Ekwueme", "Morwenshire Fire and Rescue Service", "Present"),
        ("Bethan Carrow", "The Probation Service", "Apologies"),
        ("Dr Samir Haddad", "Morwenshire and Tamsett Integrated Care Board", "Apologies"),
        ("Yvonne Petrakis", "Office of the Morwenshire Police and Crime Commissioner", "Present"),
        ("Keturah Mills", "Saltings Domestic Abuse Service", "Present"),
        ("Declan Forsyth", "Morwenshire Youth Justice Service", "Present"),
        ("Patrick Oyelaran", "Quillbrook Homes", "Present"),
        ("Tobias Wren (Community Safety Manager)", "Quillbrook District Council", "In attendance"),
    )
    return [
        banner(),
        h1("QUILLBROOK SAFER COMMUNITIES PARTNERSHIP BOARD: MINUTES"),
        para("<b>Date:</b> Tuesday 14 January 2025. <b>Time:</b> 14:00 to 16:10."),
        para("<b>Venue:</b> Committee Room 2, Quillbrook District Council Offices, Mercer Street."),
        table([bold_row(("Name", "Organisation", "Attendance")), *map(list, attendance)], (190, 220, 85)),
        h2("A. Welcome and apologies"),
        para("The Chair welcomed members. Apologies are shown above; the meeting was quorate."),
        h2("B. Minutes of 10 September 2024 and progress on actions"),
        para("The note of 10 September 2024 was agreed and signed. Progress on actions:"),
        table(
            [
                bold_row(("No.", "Action", "Owner", "Due", "Status")),
                [
                    "24/07",
                    "Draft the Serious Violence Duty strategy",
                    "N. Ashworth",
                    "31 Dec 2024",
                    "Complete: circulated 18 December",
                ],
                [
                    "24/09",
                    "Write to Brantwick Town Council with the reasons for the decision",
                    "T. Wren",
                    "30 Sep 2024",
                    "Complete",
                ],
                [
                    "24/10",
                    "Revised Operation Lantern costing",
                    "M. Delaney",
                    "14 Jan 2025",
                    "Complete: see item D",
                ],
                [
                    "24/11",
                    "Share Quillbrook Homes' ASB case data with the ASB Tasking Group",
                    "P. Oyelaran",
                    "31 Oct 2024",
                    "Overdue: waiting for a data sharing agreement",
                ],
            ],
            (40, 200, 75, 70, 110),
            keep=True,
        ),
        h2("C. Serious Violence Duty strategy"),
        para(
            "Nell Ashworth presented the draft strategy. The Board approved it for publication and agreed "
            "to fund analyst time at Morwenshire County Council to refresh the serious violence needs "
            "assessment: £12,400, to report by 30 June 2025."
        ),
        h2("D. Operation Lantern"),
        para(
            "The Constabulary now pays for two shifts a week from its own budget. The Board amended its "
            "decision of 14 May 2024 (item 5.2) so that the award to Morwenshire Constabulary is reduced "
            "from £16,000 to £11,500."
        ),
        h2("E. Decision under delegated powers"),
        para(
            "Tobias Wren reported that on 3 December 2024 he approved £2,300 to Quillbrook District Council "
            "Streetscene for rapid graffiti removal in Marrowby, under the delegated power for bids under "
            "£2,500. Noted."
        ),
        h2("F. Budget"),
        para(
            "After these decisions £56,500 of the £66,000 for 2024-25 is committed, leaving £9,500 "
            "uncommitted."
        ),
        h2("G. Domestic homicide review"),
        para(
            "The Board noted the draft overview report of DHR 01/23 and agreed that it goes to the Home "
            "Office quality assurance panel."
        ),
        h2("H. Next meeting"),
        para("Tuesday 11 March 2025 at 10:00, Council Chamber, Quillbrook District Council Offices."),
        h2("Decisions and actions"),
        table(
            [
                bold_row(("Decision / Action", "Owner", "Due")),
                ["DECISION: Operation Lantern award amended from £16,000 to £11,500", "M. Delaney", "-"],
                [
                    "DECISION: £12,400 to Morwenshire County Council for the serious violence needs "
                    "assessment",
                    "N. Ashworth",
                    "30 Jun 2025",
                ],
                ["DECISION: Serious Violence Duty strategy approved for publication", "N. Ashworth", "-"],
                [
                    "ACTION: Publish the Serious Violence Duty strategy on the council website",
                    "N. Ashworth",
                    "31 Jan 2025",
                ],
                [
                    "ACTION: Agree a data sharing agreement with Quillbrook Homes",
                    "T. Wren and P. Oyelaran",
                    "11 Mar 2025",
                ],
                ["ACTION: Bring proposals for the £9,500 uncommitted balance", "T. Wren", "11 Mar 2025"],
                ["ACTION: Send the DHR 01/23 overview report to the Home Office", "K. Mills", "31 Jan 2025"],
            ],
            (300, 120, 75),
            keep=True,
        ),
    ]
