"""Partnership R's meetings: minutes of Tuesday 14th March 2023 in numbered minutes ("23.13") with every
decision in a copper-framed box; a landscape action-log record of the annual meeting of 04.07.23 (those
present as initials with a key, Ref | Item | Discussion | Outcome | Owner · due, an action log); and
minutes of the annual meeting of Tue 18 Jun 2024 with the decisions gathered in a sidebar on page 1
beside the narrative, and "Agreed:" lines."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, FrameBreak, Spacer

from evals.archive.common import Meta
from evals.archive.corvenbridge_layout import (
    SIDE_HEAD,
    SIDE_TEXT,
    SMALL,
    TEXT,
    Furniture,
    decision_box,
    keyed,
    note,
    notice,
    p,
    render_pages,
    squares,
    subsection,
    title,
    whole,
    zebra,
)
from evals.archive.names import CORVENBRIDGE, CORVENBRIDGE_BOARD, CORVENBRIDGE_FUND

TITLE_MARCH = f"{CORVENBRIDGE_BOARD}: minutes of the meeting of 14th March 2023"
TITLE_JULY = f"{CORVENBRIDGE_BOARD}: action log of the annual meeting, 04.07.23"
TITLE_JUNE = f"{CORVENBRIDGE_BOARD}: minutes of the annual meeting of 18 June 2024"


def write_minutes_march(path: Path) -> Path:
    furniture = Furniture("Board minutes", "14.03.23", "Ref: CVCSP/MIN/23-1 · approved 04.07.23")
    return render_pages(path, _march, Meta(TITLE_MARCH, CORVENBRIDGE), furniture)


def write_log_july(path: Path) -> Path:
    furniture = Furniture("Annual meeting: action log", "04.07.23", "Ref: CVCSP/MIN/23-2 · approved 19.09.23")
    return render_pages(path, _july, Meta(TITLE_JULY, CORVENBRIDGE), furniture, first="wide")


def write_minutes_june(path: Path) -> Path:
    furniture = Furniture("Annual meeting minutes", "18.06.24", "Ref: CVCSP/MIN/24-2 · approved 17.09.24")
    return render_pages(path, _june, Meta(TITLE_JUNE, CORVENBRIDGE), furniture, first="sidebar")


def _minute(number: str, heading: str) -> Flowable:
    return subsection(number, heading)


def _march() -> list[Flowable]:
    return [
        *title(
            "Minutes of the Board",
            "Tuesday 14th March 2023, 2.00pm · Committee Room 2, Corvenbridge Civic Centre",
        ),
        notice(),
        keyed(
            [
                (
                    "Present",
                    "Cllr Bernard Olufemi (Chair, Corvenbridge District Council); Supt Helen Drummore "
                    "(Vice-Chair, Brathwold Constabulary); Gareth Pomfrey (Corvenbridge District Council); "
                    "Rachel Penhallow (Brathwold County Council); Station Manager Connor Haig (Brathwold "
                    "Fire "
                    "and Rescue Service); Fiona Leaming (Probation Service); Kate Fairbeck (OPFCC); Yusuf "
                    "Kerrigan (Youth Justice Service); Imogen Stainsby (Lamplight Domestic Abuse Service)",
                ),
                ("In attendance", "Tom Ecclestone (Community Safety Analyst); Lois Tennant (minutes)"),
                (
                    "Apologies",
                    "Dr Anil Moorcroft (Integrated Care Board); Pete Mulvey (Corvenbridge Voluntary Action)",
                ),
                ("Quorum", "Quorate: nine members present, six from responsible authorities"),
            ],
            widths=(95, 375),
        ),
        Spacer(1, 8),
        _minute("23.09", "Welcome and declarations of interest"),
        p(
            "Imogen Stainsby declared an interest in bid CB23-02 (Lamplight Domestic Abuse Service) and left "
            "the room for that part of minute 23.13."
        ),
        _minute("23.10", "Minutes of 13th December 2022"),
        p("The minutes were agreed as a true record. There were no matters arising."),
        _minute("23.11", "Strategic Intelligence Assessment 2023"),
        p(
            "Tom Ecclestone presented the assessment issued on 24th January 2023. Recorded crime rose by "
            "9.3% "
            "in 2022; shoplifting rose fastest, but members agreed with recommendation R-05 that it should "
            "be "
            "kept under review rather than made a priority."
        ),
        decision_box(
            "ENDORSED",
            "The Board endorsed four priorities for 2023 to 2025: (i) town centre anti-social behaviour and "
            "the night-time economy; (ii) domestic abuse and sexual violence; (iii) exploitation and county "
            "lines; (iv) burglary and rural theft.",
        ),
        Spacer(1, 6),
        _minute("23.12", f"{CORVENBRIDGE_FUND}: budget for 2023-24"),
        p(
            "Gareth Pomfrey set out the Fund for 2023-24: the Commissioner's Community Safety Grant of "
            "£62,000.00, the District Council's contribution of £15,000.00 and £8,400.00 brought forward, "
            "£85,400.00 in all. Two lines are commissioned each year: the ASB caseworker (£18,000.00) and a "
            "domestic homicide review reserve (£5,000.00)."
        ),
        decision_box("AGREED", "The budget of £85,400.00 for 2023-24, including the two commissioned lines."),
        Spacer(1, 6),
        _minute("23.13", "Bids to the Fund, first round 2023-24"),
        p(
            "Six bids were received by the closing date of 17th February 2023. The Grants Sub-Panel scored "
            "them on 28th February 2023 and referred all six to the Board: five were above its limit of "
            "£5,000 and the sixth came from a member organisation."
        ),
        p(
            "<b>CB23-01 Late Lights Haven</b> (Corvenbridge Street Pastors): a safe space in Castle Hythe on "
            "Friday and Saturday nights, asking £9,600.00."
        ),
        decision_box("SUPPORTED", "Supported in full: £9,600.00."),
        Spacer(1, 4),
        p(
            "<b>CB23-02 IDVA outreach</b> (Lamplight Domestic Abuse Service): one full-time independent "
            "domestic violence advocate for outreach in Kilnbrook and St Edith's, asking £18,500.00. Members "
            "preferred a post of 0.8 full-time equivalent this year."
        ),
        decision_box("SUPPORTED", "Supported below the sum asked: £15,000.00 (0.8 FTE post)."),
        Spacer(1, 4),
        p(
            "<b>CB23-03 Route Out</b> (Brathwold Youth Trust): one-to-one mentoring for children at risk of "
            "criminal exploitation, asking £12,750.00. The costings for venues were unclear and the Trust's "
            "safeguarding policy had not been supplied."
        ),
        decision_box(
            "DEFERRED",
            "Deferred to the annual meeting on 4th July 2023, pending revised costings and the safeguarding "
            "policy. £12,750.00 to be held in the meantime.",
        ),
        Spacer(1, 4),
        p(
            "<b>CB23-04 Mark It, Keep It</b> (Brathwold Constabulary Rural Crime Team): property marking "
            "kits "
            "and shed alarms for farms and allotments in Upper Brandle and Bellcote, asking £4,300.00. Supt "
            "Drummore took no part in the decision."
        ),
        decision_box("SUPPORTED", "Supported in full: £4,300.00."),
        Spacer(1, 4),
        p(
            "<b>CB23-05 Castle Hythe car park CCTV</b> (Corvenbridge District Council Car Parks): replacing "
            "eight cameras in the multi-storey car park, asking £21,000.00."
        ),
        decision_box(
            "NOT SUPPORTED",
            "Not supported: capital works fall outside the Fund's criteria. The service was advised to apply "
            "to the Council's capital programme.",
        ),
        Spacer(1, 4),
        p(
            "<b>CB23-06 Edge of Choice</b> (Bright Stage Theatre CIC): a knife crime drama and workshop for "
            "Year 8 pupils in four secondary schools, asking £6,800.00."
        ),
        decision_box(
            "ON HOLD",
            "Put on hold until the county's funding for the Serious Violence Duty is known; the bid to come "
            "back to the Board when it is.",
        ),
        Spacer(1, 6),
        _minute("23.14", "Any other business"),
        p(
            "Brandle Housing Group has asked to join the Board as a co-opted member. The request will be put "
            "to the annual meeting."
        ),
        _minute("23.15", "Date of next meeting"),
        p("The annual meeting: Tuesday 4th July 2023, 2.00pm, Kilnbrook Community Hub."),
        subsection("", "Actions"),
        squares(
            [
                "Write to the six applicants with the Board's decisions (GP, by 24th March 2023).",
                "Ask Brathwold Youth Trust for revised costings and its safeguarding policy (GP, by 30th May "
                "2023).",
                "Put Brandle Housing Group's request on the annual meeting's agenda (LT, by 20th June 2023).",
            ]
        ),
    ]


_KEY = (
    ("BO", "Cllr Bernard Olufemi", "Corvenbridge District Council (Chair)"),
    ("HD", "Supt Helen Drummore", "Brathwold Constabulary (Vice-Chair)"),
    ("GP", "Gareth Pomfrey", "Corvenbridge District Council"),
    ("RP", "Rachel Penhallow", "Brathwold County Council"),
    ("CH", "SM Connor Haig", "Brathwold Fire and Rescue Service"),
    ("FL", "Fiona Leaming", "Probation Service"),
    ("AM", "Dr Anil Moorcroft", "Tamberley and Brathwold ICB"),
    ("KF", "Kate Fairbeck", "OPFCC"),
    ("IS", "Imogen Stainsby", "Lamplight Domestic Abuse Service"),
    ("SQ", "Sandra Quennell", "Brandle Housing Group (co-opted from item 23.20)"),
)


def _july() -> list[Flowable]:
    present = [["Initials", "Name", "Organisation"]] + [list(row) for row in _KEY]
    log = [
        ["Ref", "Item", "Discussion", "Outcome", "Owner · due"],
        [
            "23.20",
            "Membership",
            "The Board considered Brandle Housing Group's request (minute 23.14). The Group manages 4,100 "
            "homes in the district and leads on ASB in its estates.",
            "AGREED: Brandle Housing Group co-opted from today; Sandra Quennell joins the Board.",
            "LT · 11.07.23",
        ],
        [
            "23.21",
            "Chair and Vice-Chair",
            "The Chair and Vice-Chair were elected on 7th June 2022 for two years.",
            "NOTED: both continue until the annual meeting of June 2024.",
            "–",
        ],
        [
            "23.22",
            "Minutes of 14.03.23",
            "Agreed as a true record.",
            "AGREED",
            "–",
        ],
        [
            "23.23",
            "Decision Notice DN 02/23",
            "On 09.05.23 the Chair and Vice-Chair signed off £1,850.00 for the Kilnbrook Summer Kickabout "
            "(Kilnbrook Community Sports Club) between meetings, as the sessions started on 23.06.23.",
            "RATIFIED: £1,850.00 for the Kilnbrook Summer Kickabout.",
            "–",
        ],
        [
            "23.24",
            "CB23-03 Route Out (deferred 14.03.23)",
            "Brathwold Youth Trust sent revised costings, using the Kilnbrook Community Hub free of charge, "
            "and its safeguarding policy. The revised sum is £12,200.00 against £12,750.00 asked in March.",
            "SUPPORTED at £12,200.00.",
            "GP · grant agreement by 21.07.23",
        ],
        [
            "23.25",
            "CB23-01 Late Lights Haven",
            "Corvenbridge Street Pastors asked for more to open on bank holiday Sundays and on every weekend "
            "in December; footfall has been higher than forecast.",
            "TOPPED UP by £1,400.00: the award rises from £9,600.00 to £11,000.00.",
            "GP · 21.07.23",
        ],
        [
            "23.26",
            "CB23-06 Edge of Choice (on hold since 14.03.23)",
            "Bright Stage Theatre CIC wrote on 12.06.23 withdrawing its bid: its partner school had pulled "
            "out.",
            "NOTED: bid withdrawn by the applicant. It may bid again.",
            "–",
        ],
        [
            "23.27",
            "CB23-08 Quayside taxi marshals",
            "Corvenbridge Business Improvement District asked £5,200.00 for marshals at the Quayside taxi "
            "rank "
            "on Saturday nights.",
            "NOT SUPPORTED: the Business Improvement District's own levy should meet the cost.",
            "GP · letter 14.07.23",
        ],
        [
            "23.28",
            "Fund position",
            "After today's decisions £44,350.00 is awarded in grants and £23,000.00 is commissioned, "
            "leaving £18,050.00 uncommitted.",
            "AGREED: a second round opens on 04.09.23 for bids of up to £5,000.00.",
            "GP · 04.09.23",
        ],
        ["23.29", "Next meeting", "Tuesday 19.09.23, 2.00pm, Corvenbridge Civic Centre.", "–", "–"],
    ]
    actions = [
        ["No.", "Action", "Owner", "Due", "Status"],
        ["A23/07", "Grant agreement for Route Out at £12,200.00", "GP", "21.07.23", "Open"],
        ["A23/08", "Variation letter to Corvenbridge Street Pastors (top-up)", "GP", "21.07.23", "Open"],
        ["A23/09", "Welcome pack for Brandle Housing Group", "LT", "11.07.23", "Done"],
        ["A23/05", "Revised costings from Brathwold Youth Trust (from 14.03.23)", "GP", "30.05.23", "Closed"],
    ]
    return [
        *title(
            "Annual meeting of the Board: action log", "04.07.23 · 14:00 to 16:10 · Kilnbrook Community Hub"
        ),
        notice(),
        p(
            "<b>Present</b> (apologies: Pete Mulvey, Corvenbridge Voluntary Action; Yusuf Kerrigan, Youth "
            "Justice)"
        ),
        zebra(present, [60, 150, 300]),
        Spacer(1, 8),
        p("<b>Log of items</b>"),
        zebra(log, [40, 110, 270, 210, 100], first_bold=True),
        Spacer(1, 8),
        p("<b>Action log</b>"),
        zebra(actions, [55, 330, 50, 70, 60]),
        note("Chaired by BO. Record taken by Lois Tennant."),
    ]


def _june() -> list[Flowable]:
    decisions = [
        ("D1", "Supt Helen Drummore elected Chair, and Cllr Tamsin Yelland Vice-Chair, for 2024 to 2026."),
        ("D2", "Priorities for 2024-25 agreed (minute 24.14)."),
        ("D3", "Late Lights Haven 2024-25: award reduced from £11,000 to £8,250."),
        ("D4", "Lamplight IDVA outreach, year 2: £16,000 endorsed in full."),
        ("D5", "Edge of Choice: £6,800 endorsed, £6,000 of it from the serious violence ring-fence."),
        ("D6", "Route Out: £3,050 clawed back."),
        ("D7", "Mark It, Keep It: £730 underspend returned; noted."),
        ("D8", "Corvenbridge College co-opted."),
    ]
    side: list[Flowable] = [p("DECISIONS AT THIS MEETING", SIDE_HEAD)]
    side += [p(f"<b>{ref}</b>  {text}", SIDE_TEXT) for ref, text in decisions]
    return [
        *side,
        FrameBreak(),
        *title(
            "Annual meeting of the Board",
            "Minutes · Tue 18 Jun 2024 · Council Chamber, Corvenbridge Civic Centre",
        ),
        notice(),
        p(
            "<b>Present:</b> Cllr Bernard Olufemi (Chair for items 24.10 to 24.12), Supt Helen Drummore "
            "(Chair "
            "from item 24.13), Cllr Tamsin Yelland, Gareth Pomfrey, Rachel Penhallow, Group Manager Lena "
            "Prothero, Fiona Leaming, Dr Anil Moorcroft, Kate Fairbeck, Yusuf Kerrigan, Imogen Stainsby, "
            "Sandra Quennell, Marcus Ollerenshaw (from item 24.13).",
            SMALL,
        ),
        p("<b>Apologies:</b> none. <b>Minutes:</b> Lois Tennant.", SMALL),
        subsection("24.10", "Membership"),
        p(
            "Corvenbridge Voluntary Action has stood down from the Board after losing its core funding; the "
            "Chair thanked Pete Mulvey. Group Manager Lena Prothero replaces Station Manager Connor Haig for "
            "Brathwold Fire and Rescue Service, and Cllr Tamsin Yelland joins for Corvenbridge District "
            "Council."
        ),
        p(
            "Agreed: Corvenbridge College to be co-opted, represented by Marcus Ollerenshaw, Assistant "
            "Principal (Student Welfare)."
        ),
        subsection("24.11", "Minutes of 12th March 2024"),
        p("Agreed as a true record."),
        subsection("24.12", "Election of Chair and Vice-Chair"),
        p(
            "Cllr Olufemi's two-year term ended at this meeting and he did not stand again. Supt Helen "
            "Drummore was the only nominee for Chair and Cllr Tamsin Yelland the only nominee for Vice-Chair."
        ),
        p(
            "Agreed: Supt Helen Drummore elected Chair and Cllr Tamsin Yelland elected Vice-Chair until June "
            "2026."
        ),
        subsection("24.13", "Thanks"),
        p("Supt Drummore took the chair and thanked Cllr Olufemi for leading the Board since June 2022."),
        subsection("24.14", "Priorities for 2024-25"),
        p(
            "Members reviewed the 2023-25 priorities against the Commissioner's grant letter and the Serious "
            "Violence Duty. Burglary and rural theft will be led by the Brathwold Rural Crime Forum from now "
            "on, and domestic abuse and sexual violence is widened to violence against women and girls."
        ),
        p(
            "Agreed: the priorities for 2024-25 are (1) town centre anti-social behaviour and the night-time "
            "economy; (2) violence against women and girls; (3) exploitation and county lines; (4) serious "
            "violence and knife crime."
        ),
        subsection("24.15", f"{CORVENBRIDGE_FUND} 2024-25"),
        p(
            "The Commissioner's grant for 2024-25 is £55,800, down from £62,000, of which £6,000 is "
            "ring-fenced for serious violence. With the District Council's £15,000 and £18,050 brought "
            f"forward, the Fund stands at {whole(88_850)} before returns."
        ),
        p(
            "<b>Late Lights Haven (CB24-01).</b> The Board approved £11,000 for 2024-25 on 12th March 2024. "
            "Corvenbridge Street Pastors can now staff Saturday nights only."
        ),
        p("Agreed: the award is reduced from £11,000 to £8,250 for Saturdays only."),
        p(
            "<b>IDVA outreach, year 2 (CB24-02).</b> Lamplight asked £16,000 to keep the 0.8 FTE post. "
            "Imogen Stainsby declared an interest and left the room."
        ),
        p("Agreed: the bid is endorsed in full at £16,000."),
        p(
            "<b>Edge of Choice (CB24-07).</b> Bright Stage Theatre CIC, which withdrew its bid in 2023, has "
            "bid again with three partner schools, asking £6,800."
        ),
        p(
            "Agreed: the bid is endorsed at £6,800, £6,000 from the serious violence ring-fence and £800 "
            "from the Fund."
        ),
        p(
            "<b>Route Out (CB23-03).</b> The mentor post was vacant from November 2023 to February 2024 and "
            "the agreed sessions were not delivered in that time."
        ),
        p("Agreed: £3,050 of the £12,200 award is clawed back and returned to the Fund."),
        p(
            "<b>Mark It, Keep It (CB23-04).</b> The Rural Crime Team returned an underspend of £730 in April "
            "2024, as kits cost less than quoted."
        ),
        p("Noted."),
        subsection("24.16", "Next meeting"),
        p("Tue 17 Sep 2024, 2.00pm, Corvenbridge Civic Centre.", TEXT),
    ]
