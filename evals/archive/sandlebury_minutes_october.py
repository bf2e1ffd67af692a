"""Partnership AM's Board, 12 October 2021: formal minutes in an embedded Times New Roman with Helvetica Bold
item headings under the district council's "letterhead", a plain running head at the right of later pages
over a short brick rule and a foot "Page n of total" at the right. Members present in a "lined" table with
whom they represent, officers in attendance, apologies and the quorum; items numbered 1 to 9 with decisions
as "DECISION:" and lower-case roman numerals, the verbs in capitals ("APPROVED", "DEFERRED", "DECLINED"): an
interest declared, the minutes of 13 July 2021, the budget for 2021-22 with the Small Grants Pot, the
assessment's timetable, the autumn round's bids in a table with three approved, a boxing club's bid deferred
for its safeguarding policy and match funding and a traders' association's bid for private security patrols
declined, the Partnership Reserve's balance, a domestic homicide review, an actions table and the next
meeting."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.names import SANDLEBURY
from evals.archive.sandlebury_facts import (
    AWARDS_2122,
    BOXING,
    CHAMPIONS,
    CHOICES,
    GLOVES_UP,
    LIGHTING_ASK,
    PATROLS_ASK,
    PFCC_2122,
    POT_2122,
    PRIORITIES_2122,
    RESERVE_OPEN_2122,
    SDC_2122,
    TRADERS,
)
from evals.archive.sandlebury_layout import (
    MIN,
    MIN_H,
    MIN_STYLES,
    MIN_TITLE,
    WIDTH,
    Furniture,
    lined,
    notice,
    p,
    pounds,
)
from evals.archive.sandlebury_layout import render as render_pages

TITLE_OCTOBER = "Sandlebury Community Safety Partnership Board minutes, 12 October 2021"
DECISION = MIN.clone("SbMinDecision", leftIndent=20)
NUMERAL = MIN.clone("SbMinNumeral", leftIndent=46, firstLineIndent=-24, spaceAfter=3)
INK_HEAD = (
    MIN_STYLES[0].clone("SbMinInkHead", textColor=MIN_H.textColor),
    MIN_STYLES[1].clone("SbMinInkHeadFig", textColor=MIN_H.textColor),
    MIN_STYLES[2],
    MIN_STYLES[3],
)
ROMAN = ("i", "ii", "iii", "iv", "v")


def write_minutes_october(path: Path) -> Path:
    furniture = Furniture(
        "Sandlebury CSP Board \u2013 minutes of 12 October 2021",
        label="Board minutes",
        opening="letterhead",
        head_place="plain",
        foot="Page {n} of {total}",
        place="right",
    )
    return render_pages(path, _story, Meta(TITLE_OCTOBER, SANDLEBURY), furniture)


def _item(number: int, subject: str, *texts: str) -> list[Flowable]:
    return [p(f"{number}.&nbsp;&nbsp;&nbsp;{subject}", MIN_H), *(p(t, MIN) for t in texts)]


def _decision(*items: str) -> list[Flowable]:
    if len(items) == 1:
        return [p(f"<b>DECISION:</b> {items[0]}", DECISION)]
    flow: list[Flowable] = [p("<b>DECISION:</b>", DECISION)]
    flow += [p(f"({ROMAN[i]})&nbsp;&nbsp;{item}", NUMERAL) for i, item in enumerate(items)]
    return flow


def _story() -> list[Flowable]:
    july = [a for a in AWARDS_2122 if a[4] == "2021-07-13"]
    july_total = sum(a[5] for a in july)
    present = [
        ["Member", "Representing"],
        [
            "Cllr Miriam Oakhurst (Chair)",
            "Sandlebury District Council \u2013 Portfolio Holder for Communities",
        ],
        ["Chief Inspector Damian Sowerby (Vice-Chair)", "Wendleshire Police \u2013 District Commander"],
        ["Alastair Pennock", "Sandlebury District Council \u2013 Director of Communities"],
        ["Sue Ingleby", "Wendleshire County Council \u2013 Head of Community Safety"],
        ["Station Manager Aisha Pembury", "Wendleshire Fire and Rescue Service"],
        ["Neil Cadwallader", "Probation Service \u2013 Senior Probation Officer"],
        ["Jo Whitlock", "NHS Wendleshire Clinical Commissioning Group"],
        ["Bernadette Ashworth", "Lanternway Domestic Abuse Service (co-opted)"],
    ]
    bids = [
        ["Ref.", "Applicant", "Project", "Priority", "Asked", "Officers"],
        ["B1", "Sandlebury District Council (Parks)", "Ashenmoor Park lighting and CCTV", "4",
         pounds(LIGHTING_ASK), "Support"],
        ["B2", "Culverdale Recovery", "Choices drug education programme", "3", pounds(CHOICES), "Support"],
        ["B3", "Lanternway Domestic Abuse Service", "Domestic Abuse Champions training", "2",
         pounds(CHAMPIONS), "Support"],
        ["B4", BOXING, "Gloves Up boxing and mentoring programme", "3", pounds(GLOVES_UP),
         "Support if conditions met"],
        ["B5", TRADERS, "Private security patrols, Market Square", "1", pounds(PATROLS_ASK), "Not eligible"],
    ]  # fmt: skip
    actions = [
        ["No.", "Action", "Owner", "Due"],
        ["A21/05", "Send award letters for SCF21-06 to SCF21-08", "Hollie Brannigan", "22 October 2021"],
        ["A21/06", "Ask Tillingford ABC for its safeguarding policy and proof of match funding",
         "Hollie Brannigan", "30 November 2021"],
        ["A21/07", "Write to the Traders' Association with the reasons for the decision and the Street "
         "Pastors' contact", "Hollie Brannigan", "22 October 2021"],
        ["A21/08", "Bring the draft Strategic Intelligence Assessment to the Board", "Matthew Quayle",
         "25 January 2022"],
        ["A21/09", "Draft a policy on the use of the Partnership Reserve", "Graham Tuckett",
         "25 January 2022"],
        ["A21/10", "Appoint an independent chair for the domestic homicide review", "Sue Ingleby",
         "31 December 2021"],
    ]  # fmt: skip
    return [
        notice(),
        Spacer(1, 8),
        p("Sandlebury Community Safety Partnership Board", MIN_TITLE),
        p(
            "Minutes of the meeting held on Tuesday, 12th October 2021 at 10.00 am in Committee Room 2, "
            "Council Offices, Market Square, Sandlebury",
            MIN,
        ),
        lined(present, [190, WIDTH - 190], styles=INK_HEAD),
        Spacer(1, 5),
        p(
            "<b>Also present:</b> Hollie Brannigan (Community Safety Manager), Graham Tuckett (Principal "
            "Accountant), Farah Lindqvist (Office of the Police, Fire and Crime Commissioner, adviser), "
            "Matthew Quayle (Community Safety Analyst, item 4) and Priya Kaushal (Democratic Services, "
            "minutes). <b>Apologies:</b> Karl Etheridge (Kestmoor Housing). With all six responsible "
            "authorities represented, the meeting was quorate.",
            MIN,
        ),
        *_item(
            1,
            "Welcome, apologies and declarations of interest",
            "The Chair welcomed members. Bernadette Ashworth declared an interest in bid B3, made by her "
            "organisation, and left the room while it was decided.",
        ),
        *_item(
            2,
            "Minutes of the meeting of 13 July 2021",
            "The minutes were agreed as a true record. Matters arising: award letters for the five projects "
            f"approved in July (SCF21-01 to SCF21-05, {pounds(july_total)} in all) have been sent and all "
            "five projects have started.",
        ),
        *_item(
            3,
            "Budget 2021-22",
            f"Graham Tuckett reported that the Police, Fire and Crime Commissioner's Community Safety Fund "
            f"allocation for the district is {pounds(PFCC_2122)} for 2021-22 and the council contributes "
            f"{pounds(SDC_2122)}, of which {pounds(POT_2122)} is the Small Grants Pot for bids of up to "
            "\u00a32,500, decided by the Small Grants Panel. After the July awards and three small grants "
            f"({pounds(3100)}), {pounds(PFCC_2122 + SDC_2122 - july_total - 3100)} remains uncommitted.",
        ),
        *_decision("The Board NOTED the budget position."),
        *_item(
            4,
            "Strategic Intelligence Assessment 2022",
            "Matthew Quayle set out the timetable for the full assessment, covering the calendar years 2019 "
            "to 2021: a draft to the Board on 25 January 2022 and publication in February, so that "
            "priorities for 2022-25 can be adopted in April. Early figures show sexual offences and "
            "stalking rising and burglary falling. The Board's priorities for 2021-22 remain: "
            f"{'; '.join(t.lower() for t in PRIORITIES_2122)}.",
        ),
        *_item(
            5,
            "Community Safety Fund \u2013 autumn round",
            "Five bids were received by the closing date of 17 September 2021. Hollie Brannigan presented "
            "them with officers' recommendations.",
        ),
        lined(bids, [34, 120, 150, 42, 58, WIDTH - 404], figs={3, 4}, styles=INK_HEAD),
        Spacer(1, 4),
        p(
            "Members welcomed the Gloves Up programme but noted that the club had not yet adopted a "
            "safeguarding policy and that its match funding from Sport Wendleshire was unconfirmed. On "
            "bid B5, members agreed with officers that patrols of private premises are for the businesses "
            "themselves and that the Fund does not pay for private security.",
            MIN,
        ),
        *_decision(
            f"The Board APPROVED bids B1 ({pounds(LIGHTING_ASK)}, SCF21-06), B2 ({pounds(CHOICES)}, "
            f"SCF21-07) and B3 ({pounds(CHAMPIONS)}, SCF21-08).",
            f"The Board DEFERRED bid B4 from {BOXING} ({pounds(GLOVES_UP)}) until the club has adopted a "
            "safeguarding policy and its match funding is confirmed, to come back to the next meeting.",
            f"The Board DECLINED bid B5 from the {TRADERS} ({pounds(PATROLS_ASK)}) as ineligible.",
        ),
        *_item(
            6,
            "Partnership Reserve",
            f"The Partnership Reserve, built from the underspends of earlier years, stood at "
            f"{pounds(RESERVE_OPEN_2122)} on 1 April 2021 and nothing has been released from it this year. "
            "Members asked for a written policy on its use before any release, including a minimum balance.",
        ),
        *_item(
            7,
            "Domestic homicide review",
            "Sue Ingleby reported that the Partnership has been notified of the death of a Sandlebury woman "
            "in August 2021 which meets the criteria for a domestic homicide review.",
        ),
        *_decision(
            "The Board AGREED to commission a domestic homicide review (Adult A) and to share its cost with "
            "Wendleshire County Council."
        ),
        *_item(8, "Actions agreed"),
        lined(actions, [44, 250, 100, WIDTH - 394], styles=INK_HEAD),
        *_item(
            9,
            "Date of next meeting",
            "Tuesday 25 January 2022 at 10.00 am, Committee Room 2, Council Offices.",
        ),
    ]
