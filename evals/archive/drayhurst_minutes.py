"""Partnership F's Strategy Group papers of 2021 in two house styles. 8 July: portrait minutes with items
numbered "14/21" to "23/21", attendance as an organisation-by-organisation table, decisions in prose
("The Group endorsed a grant of ...", "Members agreed that the bid be refused because ...", "deferred
pending ...") and "action points" AP1 to AP5 as a list; foot lines "Strategy Group 08/07/2021" and
"Page N". 14 October: a landscape decision log (Ref | Item | Decision | Lead | Amount) with members named
by surname only, an "Actions arising" table (Action | Owner | Deadline | Status) and the next meeting;
a top line naming the log and "sheet N of M" at the foot."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, PageBreak

from evals.archive.common import FICTIONAL, Meta
from evals.archive.drayhurst_layout import SERIF_SMALL, Furniture, grid, heading, p, render_pages, title
from evals.archive.names import DRAYHURST, DRAYHURST_GROUP

ATTENDANCE = (
    ("Drayhurst District Council", "Councillor Ottilie Brand", "Present"),
    ("Ostervale County Council", "Gwen Hollis", "Present"),
    ("Ostervale and Brenlow Police", "Chief Inspector Rhodri Castellan", "Present"),
    ("Ostervale Fire and Rescue Service", "Station Manager Caius Pendry", "Present"),
    ("Probation Service", "Lorna McAteer", "Present"),
    ("Brenlow and Ostervale Clinical Commissioning Group", "Dr Niamh Tarrant", "Apologies"),
    ("Office of the Police, Fire and Crime Commissioner", "Ravi Sethuraman", "Present"),
    ("Ostervale Youth Offending Team", "Conall Birtwhistle", "Present"),
    ("Kindlewood Women's Aid", "Tegan Halloran", "Present (left for item 19/21(a))"),
    ("Tolbury Town Council", "Councillor Ambrose Quinnell", "Apologies"),
    ("In attendance", "Philippa Strand (Partnership Manager); Ines Valderrama (Principal Analyst, item "
     "18/21); Hilary Dunmore (item 20/21); Ewan Lark (Democratic Services, notes)", ""),
)  # fmt: skip
DECISIONS = (
    ("DL21/31", "Notes of the meeting of 8 July 2021", "Accepted as an accurate record.", "-", "-"),
    ("DL21/32", "Windle Heath access barriers, Fernway Housing Association (deferred on 8 July 2021, "
     "minute 19/21(e))", "Approved at a reduced sum of £11,300 (originally £14,600). Landowner consent has "
     "been given for five of the seven access points; the other two are on the highway and will be closed "
     "by Ostervale County Council Highways at its own cost.", "Saul Everett", "11,300"),
    ("DL21/33", "Safe Haven venues for women and girls, Drayhurst Town Centre Partnership",
     "Approved. Staff in 22 bars, cafes and shops in Drayhurst town centre will be trained to help women "
     "who feel unsafe, and the venues will display the Safe Haven sign.", "Marta Kowalczyk", "5,600"),
    ("DL21/34", "Detached youth work on Friday and Saturday evenings, Hobb's Green Youth Hub CIC, "
     "£8,000 requested", "Deferred to the meeting of 20 January 2022 pending enhanced DBS checks for all "
     "of the Hub's youth workers and the name of its designated safeguarding lead.", "Conall Birtwhistle",
     "nil"),
    ("DL21/35", "Shop radio link, Tolbury Quay Traders, £3,750 requested", "Not supported: shoplifting is "
     "not one of the 2021 to 2024 priorities. The Traders are referred to the Commissioner's Community "
     "Fund.", "Philippa Strand", "nil"),
    ("DL21/36", "Delegated decision: personal attack alarms, Kindlewood Women's Aid", "Approved by the "
     "Partnership Manager on 2 September 2021 under delegated authority; reported and noted.",
     "Tegan Halloran", "1,250"),
    ("DL21/37", "Fraud mapping (Rec 4)", "The first map of scam-victim referrals was noted: Pilgrim's "
     "Reach and Upper Drayle Villages have the most.", "Ines Valderrama", "-"),
    ("DL21/38", "Community Safety Grant 2021-22", "Noted: £38,600 committed, £14,900 still to allocate.",
     "Philippa Strand", "-"),
)  # fmt: skip
ACTIONS = (
    ("AP1 Write to Castle Mead Residents' Association with the reasons for refusal", "P. Strand",
     "23 Jul 2021", "Done"),
    ("AP2 Obtain landowner consents and a Highways quote for Windle Heath", "P. Strand", "17 Sep 2021",
     "Done"),
    ("AP3 Map scam-victim referrals by ward", "I. Valderrama", "14 Oct 2021", "Done (DL21/37)"),
    ("AP4 Invite Fernway Housing Association to join the Group", "R. Castellan", "31 Jul 2021", "Done"),
    ("AP5 Terms of reference for the Licensing and Evening Economy Forum", "S. Blake", "14 Oct 2021",
     "Late - now due 20 Jan 2022"),
    ("A6 Help Hobb's Green Youth Hub complete its DBS checks and name a safeguarding lead",
     "C. Birtwhistle", "10 Dec 2021", "New"),
    ("A7 Tell Tolbury Quay Traders about the Commissioner's Community Fund", "P. Strand", "29 Oct 2021",
     "New"),
    ("A8 Send the list of Safe Haven venues to the police and taxi firms", "M. Kowalczyk", "30 Nov 2021",
     "New"),
    ("A9 Report the outcome of the District Council's CCTV review", "O. Brand", "20 Jan 2022", "New"),
)  # fmt: skip


def write_minutes_july(path: Path) -> Path:
    return render_pages(
        path,
        _july,
        Meta(f"{DRAYHURST_GROUP} minutes 8 July 2021", DRAYHURST),
        Furniture(
            foot_left=lambda _page, _total: "Strategy Group 08/07/2021",
            foot_right=lambda page, _total: f"Page {page}",
        ),
    )


def write_decision_log_october(path: Path) -> Path:
    return render_pages(
        path,
        _october,
        Meta(f"{DRAYHURST_GROUP} decision log 14 October 2021", DRAYHURST),
        Furniture(
            top_left=lambda _page, _total: "Drayhurst CDRP - Strategy Group - decision log - 14.10.2021",
            foot_right=lambda page, total: f"sheet {page} of {total}",
        ),
        first="land",
    )


def _july() -> list[Flowable]:
    rows = [["<b>Organisation</b>", "<b>Representative</b>", "<b>Attendance</b>"], *map(list, ATTENDANCE)]
    return [
        p(f"<i>{FICTIONAL}</i>", SERIF_SMALL),
        title("Drayhurst Crime and Disorder Reduction Partnership"),
        p(
            "<b>Minutes of the Strategy Group</b>, Thursday 8 July 2021, 14:00, Council Chamber, Kingsway "
            "House, Drayhurst: the Group's first meeting in person since February 2020."
        ),
        grid(rows, (190, 180, 130), shade=(0.9, 0.9, 0.86)),
        heading("14/21 Quorum"),
        p("Five of the six statutory partners were present. The meeting was quorate."),
        heading("15/21 Declarations of interest"),
        p(
            "Tegan Halloran declared an interest in item 19/21(a) and left the meeting while it was "
            "discussed."
        ),
        heading("16/21 Notes of 22 April 2021 and matters arising"),
        p(
            "The notes were accepted as an accurate record. Ravi Sethuraman confirmed that the "
            "Commissioner's Community Safety Grant to the CDRP for 2021-22 is £42,000."
        ),
        heading("17/21 Chair and Vice-Chair"),
        p(
            "Councillor Brand stood down as Chair after three years. Chief Inspector Rhodri Castellan was "
            "elected Chair for 2021-22 (proposed by Gwen Hollis, seconded by Lorna McAteer) and took the "
            "chair. Councillor Brand was elected Vice-Chair."
        ),
        heading("18/21 Partnership Strategic Assessment 2021"),
        p(
            "Ines Valderrama presented the assessment. Stalking and harassment is up 44% in three years and "
            "possession of weapons offences by 65%, while domestic burglary fell by a third in 2020/21. "
            "Members accepted Rec 1 to Rec 5 and noted Rec 6. The CDRP's priorities for 2021 to 2024 are "
            "therefore: violence against women and girls; exploitation of young people and knife crime; "
            "anti-social behaviour and off-road motorcycles; and fraud and scams targeting older residents. "
            "Burglary and vehicle crime moves to a watching brief and violence in the night-time economy "
            "passes to the Licensing and Evening Economy Forum."
        ),
        heading("19/21 Community Safety Grant 2021-22"),
        p(
            "Philippa Strand reported £53,500 to allocate: the Commissioner's grant of £42,000, £7,500 from "
            "Drayhurst District Council, £2,000 from Tolbury Town Council and £2,000 brought forward from "
            "2020-21. Five bids were considered."
        ),
        p(
            "(a) <i>Safe Spaces</i>, Kindlewood Women's Aid: a domestic abuse outreach worker in GP "
            "surgeries in Tolbury and the Upper Drayle villages. The Group endorsed a grant of £9,250 to "
            "Kindlewood Women's Aid."
        ),
        p(
            "(b) <i>Turning Point</i>, Ostervale Youth Offending Team: knife crime workshops in five "
            "secondary schools. A grant of £6,800 was endorsed."
        ),
        p(
            "(c) <i>Silver Shield</i>, Ostervale Trading Standards: call blockers for 60 older residents "
            "already targeted by scam callers, £4,400. Endorsed at the full amount requested."
        ),
        p(
            "(d) Castle Mead Residents' Association asked for £12,000 for a CCTV camera at the Castle Mead "
            "shops. Members agreed that the bid be refused because the District Council's review of public "
            "space CCTV will not report until December 2021 and a stand-alone camera could not be watched."
        ),
        p(
            "(e) Fernway Housing Association asked for £14,600 for barriers at seven access points to "
            "Windle Heath to keep off-road motorcycles out. Consideration was deferred pending landowner "
            "consent for every access point and a costed quote from Ostervale County Council Highways."
        ),
        p("£20,450 is now committed and £33,050 remains."),
        heading("20/21 DHR Marianne"),
        p(
            "Hilary Dunmore, independent chair, reported that the review panel has met three times. A draft "
            "overview report will come to the Group in the autumn."
        ),
        heading("21/21 Night-time economy"),
        p(
            "Simeon Blake confirmed that the Licensing and Evening Economy Forum will take on violence in "
            "the night-time economy and report to the Group each January and July."
        ),
        heading("22/21 Any other business"),
        p("None."),
        heading("23/21 Next meeting"),
        p(
            "Thursday 14 October 2021 at 10:00 in the Council Chamber, Tolbury Town Hall, Quay Street, "
            "Tolbury."
        ),
        KeepTogether(
            [
                heading("Action points"),
                p(
                    "AP1 Write to Castle Mead Residents' Association giving the reasons for refusal - "
                    "Philippa Strand, by 23 July 2021."
                ),
                p(
                    "AP2 Obtain landowner consents and a Highways quote for the Windle Heath barriers - "
                    "Philippa Strand, by 17 September 2021."
                ),
                p("AP3 Map scam-victim referrals by ward (Rec 4) - Ines Valderrama, by 14 October 2021."),
                p(
                    "AP4 Invite Fernway Housing Association to join the Group (Rec 5) - Rhodri Castellan, by "
                    "31 July 2021."
                ),
                p(
                    "AP5 Draft terms of reference for the Licensing and Evening Economy Forum - Simeon "
                    "Blake, by 14 October 2021."
                ),
            ]
        ),
    ]


def _october() -> list[Flowable]:
    log = [[f"<b>{c}</b>" for c in ("Ref", "Item", "Decision", "Lead", "Amount (£)")], *map(list, DECISIONS)]
    actions = [[f"<b>{c}</b>" for c in ("Action", "Owner", "Deadline", "Status")], *map(list, ACTIONS)]
    return [
        p(f"<i>{FICTIONAL}</i>", SERIF_SMALL),
        title("Strategy Group - Decision Log"),
        p(
            "Drayhurst Crime and Disorder Reduction Partnership. Meeting of Thursday 14 October 2021, 10:00 "
            "to 12:10, Council Chamber, Tolbury Town Hall."
        ),
        p(
            "<b>Members present:</b> Castellan (Chair), Brand (Vice-Chair), Hollis, Pendry, McAteer, "
            "Sethuraman, Birtwhistle, Halloran, Quinnell, Everett (Fernway Housing Association, first "
            "meeting as a co-opted member). <b>Officers:</b> Strand, Valderrama, Lark. <b>Not present:</b> "
            "Tarrant (apologies sent)."
        ),
        grid(log, (52, 190, 330, 95, 60), zebra=True),
        PageBreak(),
        heading("Actions arising"),
        grid(actions, (430, 100, 90, 130)),
        heading("Next meeting"),
        p("Thursday 20 January 2022, 14:00, Committee Room 2, Kingsway House, Drayhurst."),
    ]
