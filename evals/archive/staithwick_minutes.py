"""Partnership AC's Partnership Board in two styles. The meeting of 17 May 2023 as formal minutes in Helvetica
under the council's letterhead: those present by name and body, minutes numbered "Minute 23/14" to
"23/22", a Chair and Vice-Chair elected after the old Chair stood down at the elections, "RESOLVED:" with
parts (i) to (v) (an award as asked, one below its ask from the ring-fenced money, one with a condition, a
bid deferred to the Funding and Performance Group, one declined as the applicants' own cost) and "Action:"
notes with initials. The meeting of 24 January 2024 as a record of decisions under the coral tab, in STIX with
"Agenda item" headings and paragraphs numbered "3.1": the Chair's departure and who follows, the priorities
for 2024-27 adopted from the strategic assessment, version 3 of the terms of reference (meetings, quorum and
the group's limit), a declined bid funded in a smaller form, an award as asked, a bid declined, a bid
deferred, the money for 2024-25, and an actions table with a status."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.names import STAITHWICK
from evals.archive.staithwick_facts import (
    ANALYST,
    AVAILABLE_2324,
    CHAIR,
    CHAIR_2223,
    CHAIR_2324,
    CHOICES_ASK,
    CHOICES_AWARD,
    CHURCHES,
    COUNCIL_2324,
    COUNCIL_2425,
    DA_REP,
    DA_SERVICE,
    GATE_2324,
    GRANT_2324,
    GRANT_2425,
    HOUSING_REP,
    HUB_ASK,
    ICB_REP,
    IDVA_2324,
    MANAGER,
    MENTORS,
    OFFICER,
    OPCC_REP,
    PASTORS_ASK,
    PERPETRATOR,
    PERPETRATOR_AWARD,
    PRIORITIES_2427,
    PROBATION,
    PUBLIC_HEALTH,
    RRB,
    SHOPWATCH_ASK,
    SHOPWATCH_AWARD,
    SVD_2324,
    SVD_2425,
    TRADERS,
    UNDERSPEND_2223,
    VICE,
    YJS,
    YJS_REP,
    YOUTH_HUB,
)
from evals.archive.staithwick_layout import (
    H2,
    MIN,
    MIN_B,
    MIN_INDENT,
    MIN_TITLE,
    NOTE,
    TEXT,
    WIDTH,
    Furniture,
    boxed,
    notice,
    p,
    pounds,
    render,
)

TITLE_MAY = "Staithwick Community Safety Partnership Board: minutes, 17 May 2023"
TITLE_JANUARY = "Staithwick Community Safety Partnership Board: record of decisions, 24 January 2024"


def write_minutes_may(path: Path) -> Path:
    furniture = Furniture(
        "Board minutes, 17 May 2023",
        opening="letterhead",
        foot="Minutes of the Partnership Board, 17.05.2023 \u2014 {n}/{total}",
        foot_at="centre",
    )
    return render(path, _may, Meta(TITLE_MAY, STAITHWICK), furniture)


def write_record_january(path: Path) -> Path:
    furniture = Furniture(
        "Record of decisions 24/01/2024",
        label="BOARD \u00b7 RECORD OF DECISIONS \u00b7 24.01.2024",
        opening="tab",
        foot="p{n}/{total}",
        foot_at="right",
        ruled=True,
    )
    return render(path, _january, Meta(TITLE_JANUARY, STAITHWICK), furniture)


def _minute(number: int, title: str) -> Flowable:
    return p(f"Minute 23/{number}&nbsp;&nbsp;&nbsp;{title}", MIN_B)


def _m(text: str) -> Flowable:
    return p(text, MIN)


def _may() -> list[Flowable]:
    present = [
        f"{CHAIR_2324} (Norwendshire Police), in the Chair from Minute 23/14",
        f"{CHAIR}, Cabinet Member for Safer Communities (Staithwick Council)",
        f"{MANAGER}, Community Safety Manager (Staithwick Council)",
        "Station Manager Gwen Rudd (Norwendshire Fire and Rescue Service)",
        f"{PROBATION} (The Probation Service)",
        f"{ICB_REP} (NHS Norwendshire Integrated Care Board)",
        f"{OPCC_REP} (Office of the Police and Crime Commissioner)",
        f"{YJS_REP} (Staithwick Youth Justice Service)",
        f"{DA_REP} (Beacon House Women's Aid)",
    ]
    return [
        Spacer(1, 6),
        p("Staithwick Community Safety Partnership Board", MIN_TITLE),
        _m(
            "Minutes of the meeting held on Wednesday 17th May 2023 at 2.00 pm in the Estuary Room, Harbour "
            "House, Quay Street"
        ),
        notice(WIDTH),
        Spacer(1, 4),
        _m("<b>Present:</b> " + "; ".join(present) + "."),
        _m(f"<b>Apologies:</b> {PUBLIC_HEALTH} (Public Health); {HOUSING_REP} (Staithwick Coastal Homes)."),
        _m(f"<b>Officers:</b> {OFFICER}, Partnership Officer (minutes); {ANALYST}, Partnership Analyst."),
        _m(
            "The meeting was quorate: eight voting members were present, five of them from responsible "
            "authorities (quorum: five voting members, at least two of them from responsible authorities)."
        ),
        _minute(14, "Election of Chair and Vice-Chair"),
        _m(
            f"The Community Safety Manager opened the meeting. {CHAIR_2223} had not stood for re-election to "
            "the council on 4th May 2023 and the office of Chair was therefore vacant. One nomination "
            "had been "
            "received for each office."
        ),
        _m(
            f"RESOLVED: that {CHAIR_2324} be elected Chair, and {CHAIR} be elected Vice-Chair, until the "
            "annual meeting of the Board in May 2024."
        ),
        _minute(15, "Declarations of interest"),
        _m(f"{DA_REP} declared an interest in item 23/18(i) and did not vote on it."),
        _minute(16, "Minutes of the meeting of 15th March 2023"),
        _m("RESOLVED: that the minutes be approved and signed as a correct record."),
        _minute(17, "Matters arising"),
        _m(
            "The Safe and Well visits agreed in March had begun, with 41 visits made to adults at risk of "
            "cuckooing. The Saltings Community Association had been given details of the council's capital "
            "small grants for its skate park floodlights."
        ),
        PageBreak(),
        _minute(18, "Community Safety Fund 2023-24: first round"),
        _m(
            f"The Community Safety Manager reported that {pounds(AVAILABLE_2324)} was available for 2023-24: "
            f"the Commissioner's allocation of {pounds(GRANT_2324)}, the council's contribution of "
            f"{pounds(COUNCIL_2324)}, Serious Violence Duty funding of {pounds(SVD_2324)} (ring-fenced) and "
            f"{pounds(UNDERSPEND_2223)} carried forward from 2022-23. Five bids had been received."
        ),
        _m("RESOLVED:"),
        p(
            f"(i)&nbsp;&nbsp;that {pounds(IDVA_2324)} be awarded to {DA_SERVICE} for the hospital-based IDVA "
            "for a third year;",
            MIN_INDENT,
        ),
        p(
            f"(ii)&nbsp;&nbsp;that {pounds(CHOICES_AWARD)} be awarded to the {YJS} for Choices knife crime "
            f"education, against {pounds(CHOICES_ASK)} requested, to be met from the Serious Violence Duty "
            "funding;",
            MIN_INDENT,
        ),
        p(
            f"(iii)&nbsp;&nbsp;that {pounds(GATE_2324)} be awarded to {MENTORS} for Through the Gate "
            "mentoring for a second year, subject to quarterly monitoring returns;",
            MIN_INDENT,
        ),
        p(
            f"(iv)&nbsp;&nbsp;that the bid from {CHURCHES} for Harbourside Street Pastors "
            f"({pounds(PASTORS_ASK)}) be deferred to the Funding and Performance Group, which may decide it "
            "within its limit once the churches have shown how many volunteers are trained; and",
            MIN_INDENT,
        ),
        p(
            f"(v)&nbsp;&nbsp;that the bid from the {TRADERS} for Shopwatch radios ({pounds(SHOPWATCH_ASK)}) "
            "be declined, radios for member shops being a cost the traders should meet themselves.",
            MIN_INDENT,
        ),
        _m("<i>Action: JW to write to all five applicants by 31st May 2023.</i>"),
        _minute(19, "Funding and Performance Group"),
        _m(
            f"{MANAGER} reminded members that the Group may decide bids of up to £7,500 and that she may "
            "approve small grants of up to £2,500 between meetings, each reported to the next Board."
        ),
        _minute(20, "Serious Violence Duty"),
        _m(
            "The Norwendshire Violence Reduction Unit's response strategy had been published in January. "
            "The ring-fenced funding must be spent on work that meets the strategy; it may not be carried "
            "forward beyond 2024-25."
        ),
        _minute(21, "Strategic assessment 2023"),
        _m(
            f"RESOLVED: that {ANALYST} prepare a strategic assessment using police data for the calendar "
            "years 2020 to 2022, to be presented to the Board in November 2023, to inform the priorities for "
            "2024 to 2027."
        ),
        _m("<i>Action: OL to circulate the data request to partners by 16th June 2023.</i>"),
        _minute(22, "Date of next meeting"),
        _m("Wednesday 19th July 2023 at 2.00 pm, Estuary Room, Harbour House."),
        Spacer(1, 8),
        _m("The meeting closed at 3.40 pm."),
    ]


def _para(number: str, text: str) -> Flowable:
    return p(f"<b>{number}</b>&nbsp;&nbsp;{text}", TEXT)


def _item(number: int, title: str) -> Flowable:
    return p(f"Agenda item {number} \u2014 {title}", H2)


def _january() -> list[Flowable]:
    adopted = "; ".join(f"({i}) {text}" for i, text in enumerate(PRIORITIES_2427, start=1))
    actions = [
        ["No.", "Action", "Owner", "By", "Status"],
        ["1", "Publish the priorities for 2024-27 on the partnership web page", "JW", "09/02/2024", "Open"],
        ["2", "Publish Terms of Reference version 3", "JW", "09/02/2024", "Open"],
        ["3", "Write to the Old Town Traders' Association and the Angling Club", "HM", "07/02/2024", "Open"],
        ["4", "Confirm the youth service's match funding for the Millfield Youth Hub", "HM", "03/04/2024",
         "Open"],
        ["5", "Draft Funding Plan 2024-25 for the March meeting", "HM", "13/03/2024", "Open"],
        ["6", "Report domestic abuse repeat victimisation by area (from November)", "OL", "24/01/2024",
         "Done"],
    ]  # fmt: skip
    return [
        Spacer(1, 4),
        p("Partnership Board: record of decisions", MIN_TITLE),
        p(
            "Wednesday 24 January 2024, 2.00 pm, Estuary Room, Harbour House. Chair: "
            f"{CHAIR_2324}. Record: {OFFICER}.",
            TEXT,
        ),
        notice(WIDTH - 30),
        Spacer(1, 4),
        _item(1, "Attendance"),
        _para(
            "1.1",
            f"Present: {CHAIR_2324} (Chair), {CHAIR} (Vice-Chair), {MANAGER}, {VICE}, {PROBATION}, "
            f"{ICB_REP}, {OPCC_REP}, {PUBLIC_HEALTH}, {YJS_REP}, {DA_REP}. Apologies: {HOUSING_REP}. "
            "Quorate.",
        ),
        _item(2, "Record of 22 November 2023"),
        _para("2.1", "Agreed. The strategic assessment received at that meeting is taken at item 4."),
        _item(3, "Chair"),
        _para(
            "3.1",
            f"{CHAIR_2324} told the Board that he will become Chief Superintendent for Norwendshire's "
            "western "
            "area on 1 April 2024 and will leave the Board at the end of March.",
        ),
        _para(
            "3.2",
            f"The Board agreed that {CHAIR}, the Vice-Chair, becomes Chair from 1 April 2024, and elected "
            f"{VICE} of Norwendshire Fire and Rescue Service as Vice-Chair from the same date.",
        ),
        _item(4, "Priorities 2024-2027"),
        _para(
            "4.1",
            "The strategic assessment rated domestic abuse and sexual violence and serious violence red, and "
            "recommended that exploitation be joined with serious violence because the same young people "
            "are involved. It found reoffending better led county-wide.",
        ),
        _para("4.2", f"Decision: the Board adopted three priorities for 2024-2027: {adopted}."),
        _para(
            "4.3",
            f"Reducing reoffending, a priority since 2021, will no longer be a local priority; the {RRB} "
            "leads on it and the Probation Service will report to the Board once a year.",
        ),
        _item(5, "Terms of Reference, version 3"),
        _para(
            "5.1",
            "Decision: version 3 adopted, effective 1 April 2024. The Board will meet quarterly instead of "
            "every two months; the quorum becomes four voting members of whom at least three represent "
            "responsible authorities; and the Funding and Performance Group may decide bids of up to "
            "£12,000 (previously £7,500). The Community Safety Manager's limit stays at £2,500.",
        ),
        PageBreak(),
        _item(6, "Community Safety Fund bids"),
        _para(
            "6.1",
            f"Shopwatch radios ({TRADERS}): declined in May 2023 for {pounds(SHOPWATCH_ASK)}. The revised "
            "bid "
            "has the traders paying half the cost of the radios and the whole licence fee. Decision: funded "
            f"at {pounds(SHOPWATCH_AWARD)}.",
        ),
        _para(
            "6.2",
            f"Change Course perpetrator programme places ({PERPETRATOR}): Decision: "
            f"{pounds(PERPETRATOR_AWARD)} approved as requested, for twelve places in 2024.",
        ),
        _para(
            "6.3",
            "Riverbank CCTV (Staithwick Angling Club), £6,200: Decision: declined. The cameras would "
            "watch the "
            "club's own private fishing and car park, whose security is the club's responsibility, and "
            "offer little to the Board's priorities.",
        ),
        _para(
            "6.4",
            f"Late opening on Friday and Saturday nights ({YOUTH_HUB}), {pounds(HUB_ASK)}: Decision: "
            "deferred to the April meeting until the council's youth service confirms its share of the cost.",
        ),
        _item(7, "Money for 2024-25"),
        _para(
            "7.1",
            f"The Commissioner's allocation for 2024-25 is unchanged at {pounds(GRANT_2425)} and the Serious "
            f"Violence Duty funding again {pounds(SVD_2425)}. The council's contribution will fall from "
            f"{pounds(COUNCIL_2324)} to {pounds(COUNCIL_2425)} as part of its budget savings.",
        ),
        _item(8, "Domestic homicide review"),
        _para(
            "8.1",
            "The independent chair of the review known as Adult M was appointed in October 2023. The report "
            "is expected in the autumn of 2024.",
        ),
        _item(9, "Future meetings"),
        _para(
            "9.1",
            "Wednesday 20 March 2024 (funding plan). From April the Board meets quarterly: 17 April, 17 July "
            "and 16 October 2024, and 15 January 2025.",
        ),
        p("Actions", H2),
        boxed(actions, [26, 250, 40, 64, WIDTH - 30 - 380]),
        Spacer(1, 4),
        p("HM Helen Marchbank; JW Jade Whitlock; OL Oskar Lindqvist.", NOTE),
    ]
