"""Partnership U's funding papers: the Hollowmead Community Safety Grants Scheme's Funding Plan 2023-24 of
17 April 2023 (income in "GBP 44,000" with the Commissioner's grant cut, envelopes by priority profiled by
quarter with a totals column, two lines agreed in principle, the bidding timetable and who decides what),
catalogued as a `plan`; and the Chair's Action Record of 18 November 2022, an award between meetings (a
typed form, which the build scans to an image). The awards and bids of 2021-22 to 2023-24 live here for
the minutes, reports and bulletin to share."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import FICTIONAL, Meta
from evals.archive.hollowmead_layout import (
    FORM,
    FORM_BOLD,
    SMALL,
    Furniture,
    bare,
    caption,
    dashes,
    form,
    gbp,
    heading,
    in_words,
    note,
    notice,
    numbered,
    p,
    pounds,
    render_pages,
    short_date,
    spine,
    subheading,
    tags,
    title,
)
from evals.archive.names import HOLLOWMEAD, HOLLOWMEAD_BOARD, HOLLOWMEAD_FUND

TITLE_PLAN = f"{HOLLOWMEAD}: {HOLLOWMEAD_FUND} Funding Plan 2023-24"
TITLE_CHAIRS_ACTION = f"{HOLLOWMEAD}: Chair's Action Record CA 03/22-23"

# People who appear in more than one document.
CHAIR_OLD = "Cllr Rosalind Haverstock"
CHAIR_NEW = "Cllr Devesh Rathmore"
VICE_OLD = "Supt Andrew Kettleby"
VICE_NEW = "Group Manager Carys Wetherall"
MANAGER = "Joanna Treddick"
DIRECTOR = "Helen Sarkissian"

# Priorities, each year's own (the 2023-24 ones from the Strategic Intelligence Assessment 2022).
PRIORITIES_2122 = (
    "Anti-social behaviour in the town centre and on our estates",
    "Domestic abuse",
    "Drugs, county lines and exploitation",
    "Burglary and vehicle crime",
)
PRIORITIES_2223 = (
    "Anti-social behaviour and a safe night-time economy",
    "Domestic abuse and sexual violence",
    "Drugs, county lines and exploitation",
    "Burglary and vehicle crime",
)
PRIORITIES_2324 = (
    "Violence against women and girls",
    "Serious violence",
    "Anti-social behaviour and a safe night-time economy",
    "Drugs and exploitation",
)
NEIGHBOURHOOD_BOARD = "Wyvernshire Neighbourhood Crime Board"

# 2021-22: (ref, project, lead, priority, PCC grant, council contribution)
AWARDS_2122 = (
    ("HCSG/21/01", "Hollowmead Night Marshals", "Hollowmead Business Improvement District", "P1", 9000, 3000),
    (
        "HCSG/21/02",
        "Independent Domestic Violence Adviser: extra hours",
        "Safe Harbour Domestic Abuse Service",
        "P2",
        14500,
        0,
    ),
    ("HCSG/21/03", "Lines Crossed drama in schools", "Wyvern Youth Theatre", "P3", 4200, 0),
    ("HCSG/21/04", "Safer Homes target hardening", "Hollowmead Home Improvement Agency", "P4", 3000, 2500),
    ("HCSG/21/05", "Kilnsey Park detached youth work", "Kilnsey Park Youth Project", "P1", 6750, 0),
    ("HCSG/21/06", "Catalytic converter marking days", "Wyvernshire Police", "P4", 1800, 0),
)
GRANT_2122, COUNCIL_2122, BROUGHT_FORWARD_2122, ANALYST = 45000, 8000, 2100, 6000
AVAILABLE_2122 = GRANT_2122 + COUNCIL_2122 + BROUGHT_FORWARD_2122
AWARDED_2122 = sum(a[4] + a[5] for a in AWARDS_2122)
CARRIED_2122 = AVAILABLE_2122 - AWARDED_2122 - ANALYST

# 2022-23 income and set-asides.
GRANT_2223, COUNCIL_2223, DHR_2223 = 46000, 8000, 4500
AVAILABLE_2223 = GRANT_2223 + COUNCIL_2223 + CARRIED_2122

# Every bid of 2022-23: (ref, project, lead, priority, asked)
BIDS_2223 = (
    (
        "HCSG/22/01",
        "Hollowmead Night Marshals 2022-23",
        "Hollowmead Business Improvement District",
        "P1",
        12000,
    ),
    ("HCSG/22/02", "Moving On survivors' programme", "Safe Harbour Domestic Abuse Service", "P2", 9800),
    ("HCSG/22/03", "Saltery Cross skate park CCTV", "Saltery Cross Town Council", "P1", 16500),
    ("HCSG/22/04", "Lines Crossed (second year)", "Wyvern Youth Theatre", "P3", 5600),
    ("HCSG/22/05", "Marsh Lane Neighbourhood Watch", "Marsh Lane Neighbourhood Watch", "P4", 850),
    (
        "HCSG/22/06",
        "Safer Nights licensed premises training",
        "Hollowmead Borough Council Licensing",
        "P1",
        2400,
    ),
    ("HCSG/22/07", "Brackwater Winter Nights", "Kilnsey Park Youth Project", "P1", 3000),
    ("HCSG/22/08", "Wickham Green allotment fencing", "Wickham Green Allotment Society", "P4", 2750),
)
BID = {b[0]: b for b in BIDS_2223}
# What the Board decided on 29 September 2022 (sums approved; 0 deferred or declined).
SEPTEMBER_2022 = {
    "HCSG/22/01": 12000,
    "HCSG/22/02": 0,
    "HCSG/22/03": 0,
    "HCSG/22/04": 4800,
    "HCSG/22/05": 850,
    "HCSG/22/06": 2400,
}
CHAIRS_ACTION = 3000  # HCSG/22/07, 18 November 2022, ratified 25 January 2023
MOVING_ON = 8900  # HCSG/22/02, deferred 29 September 2022, approved 25 January 2023
LINES_CROSSED = (4800, 6150)  # HCSG/22/04, increased 25 January 2023
MARSHALS = (12000, 10400)  # HCSG/22/01, reduced 13 June 2023, £1,600 returned

COMMITTED_SEPTEMBER = sum(SEPTEMBER_2022.values())
UNCOMMITTED_BEFORE_CA = AVAILABLE_2223 - ANALYST - DHR_2223 - COMMITTED_SEPTEMBER
UNCOMMITTED_AFTER_CA = UNCOMMITTED_BEFORE_CA - CHAIRS_ACTION
UNCOMMITTED_AFTER_JANUARY = UNCOMMITTED_AFTER_CA - MOVING_ON - (LINES_CROSSED[1] - LINES_CROSSED[0])


def final_awards_2223() -> list[tuple[str, str, str, str, int, int, int]]:
    """Every award of 2022-23 as it ended: (ref, project, lead, priority, asked, first sum, final sum)."""
    first = {**SEPTEMBER_2022, "HCSG/22/02": MOVING_ON, "HCSG/22/07": CHAIRS_ACTION}
    final = {**first, "HCSG/22/04": LINES_CROSSED[1], "HCSG/22/01": MARSHALS[1]}
    return [(*BID[ref][:5], first[ref], final[ref]) for ref in BID if first.get(ref)]


AWARDED_2223 = sum(a[6] for a in final_awards_2223())
CARRIED_2223 = AVAILABLE_2223 - AWARDED_2223 - ANALYST - DHR_2223
CARRIED_2223_PROVISIONAL = UNCOMMITTED_AFTER_JANUARY

# 2023-24: the plan of April 2023, with the Commissioner's grant cut.
GRANT_2324, COUNCIL_2324, DHR_2324 = 44000, 8000, 3550
AVAILABLE_2324_PLAN = GRANT_2324 + COUNCIL_2324 + CARRIED_2223_PROVISIONAL
# Envelopes by priority, by quarter.
ENVELOPES_2324 = (
    ("Violence against women and girls", (6000, 6000, 4000, 4000)),
    ("Serious violence", (3000, 4000, 4000, 4000)),
    ("Anti-social behaviour and a safe night-time economy", (4000, 3500, 3500, 3000)),
    ("Drugs and exploitation", (2000, 2000, 2000, 2000)),
    ("Partnership analyst (share of the Wyvernshire unit)", (1500, 1500, 1500, 1500)),
    ("Domestic homicide review reserve", (0, 0, 0, DHR_2324)),
)
# Every bid of 2023-24 the archive decides: (ref, project, lead, priority, asked)
BIDS_2324 = (
    ("HCSG/23/01", "Young people's IDVA", "Safe Harbour Domestic Abuse Service", "VAWG", 15000),
    ("HCSG/23/02", "WalkWise Hollowmead walk-home app pilot", "Hollowmead Borough Council", "VAWG", 4200),
    (
        "HCSG/23/03",
        "Hollowmead Night Marshals 2023-24",
        "Hollowmead Business Improvement District",
        "ASB",
        12500,
    ),
    ("HCSG/23/04", "Cut It Out knife crime workshops", "Wyvern Youth Theatre", "SV", 7200),
    ("HCSG/23/05", "Brackwater Lido CCTV", "Brackwater Community Association", "ASB", 11000),
    ("HCSG/23/06", "Second Wind recovery cafe", "Second Wind Recovery Project", "DE", 6400),
)
JUNE_2023 = {"HCSG/23/01": 15000, "HCSG/23/02": 4200, "HCSG/23/03": 10000, "HCSG/23/06": 6400}
CUT_IT_OUT = 6800  # HCSG/23/04, deferred 13 June 2023, approved 19 September 2023
COMMITTED_2324_NOVEMBER = sum(JUNE_2023.values()) + CUT_IT_OUT


def write_plan(path: Path) -> Path:
    furniture = Furniture("Funding Plan 2023-24", "HCSP/HCSG/PLAN/2324 v1.0", "2023-04-17")
    return render_pages(path, _plan, Meta(TITLE_PLAN, HOLLOWMEAD), furniture)


def write_chairs_action(path: Path) -> Path:
    """The digital original; the build ships only its scan."""
    furniture = Furniture("Chair's action", "", "2022-11-18", plain=True)
    return render_pages(path, _chairs_action, Meta(TITLE_CHAIRS_ACTION, HOLLOWMEAD), furniture)


def _plan() -> list[Flowable]:
    income = [
        ["Income 2023-24", "2022-23", "2023-24", "Change"],
        [
            "Community Safety Grant, Wyvernshire Police and Crime Commissioner",
            gbp(GRANT_2223),
            gbp(GRANT_2324),
            gbp(GRANT_2324 - GRANT_2223).replace("GBP -", "- GBP "),
        ],
        ["Hollowmead Borough Council contribution", gbp(COUNCIL_2223), gbp(COUNCIL_2324), "no change"],
        [
            "Brought forward from the year before (2023-24: provisional)",
            gbp(CARRIED_2122),
            gbp(CARRIED_2223_PROVISIONAL),
            "",
        ],
        ["Total available", gbp(AVAILABLE_2223), gbp(AVAILABLE_2324_PLAN), ""],
    ]
    envelopes = [["Envelope", "Q1", "Q2", "Q3", "Q4", "Total 2023-24"]]
    for name, quarters in ENVELOPES_2324:
        envelopes.append([name, *(bare(q) for q in quarters), bare(sum(quarters))])
    columns = [sum(q[i] for _, q in ENVELOPES_2324) for i in range(4)]
    envelopes.append(["Total", *(bare(c) for c in columns), bare(sum(columns))])
    return [
        *title(
            HOLLOWMEAD_FUND,
            "Funding Plan 2023-24",
            f"Agreed by the {HOLLOWMEAD_BOARD} on {short_date('2023-03-21')}; issued "
            f"{short_date('2023-04-17')}",
        ),
        notice(),
        *heading("1", "What this plan does"),
        p(
            f"This plan sets out the money the {HOLLOWMEAD_FUND} (HCSG) expects to have in 2023-24, how "
            "it is divided between the Partnership's four priorities for 2023-24, and how and when "
            "organisations can bid. All sums are in pounds sterling, written GBP. The plan follows the "
            "Strategic Intelligence Assessment 2022 and the priorities the Board endorsed on "
            f"{short_date('2023-01-25')}."
        ),
        numbered([f"{name}" for name in PRIORITIES_2324]),
        p(
            "Burglary and vehicle crime is no longer a priority of the Partnership: from 1 April 2023 it "
            f"is led by the {NEIGHBOURHOOD_BOARD}, and HCSG does not fund bids for it."
        ),
        *heading("2", "Income"),
        spine(income, [255, 76, 76, 80], figures=(1, 2, 3), total=True),
        note(
            f"The Commissioner's grant letter of {short_date('2023-03-03')} cut the grant by GBP 2,000. "
            "The sum brought forward is provisional until the projects of 2022-23 make their final "
            "returns."
        ),
        *heading("3", "Envelopes by priority"),
        caption("Table 3.1  Planned spending by envelope and quarter, GBP (totals in the last column)"),
        spine(envelopes, [203, 52, 52, 52, 52, 76], figures=(1, 2, 3, 4, 5), total=True, total_column=True),
        note("An envelope not committed by the end of Q3 returns to the general pot for the second round."),
        subheading("3.2", "Lines agreed in principle"),
        p(
            f"On {short_date('2023-01-25')} the Board agreed in principle two lines for 2023-24 from the "
            "violence against women and girls envelope, to be confirmed at its annual meeting:"
        ),
        dashes(
            [
                f"HCSG/23/01 Young people's IDVA, Safe Harbour Domestic Abuse Service: {gbp(15000)};",
                "HCSG/23/02 WalkWise Hollowmead walk-home app pilot, Hollowmead Borough Council: "
                f"{gbp(4200)}.",
            ]
        ),
        NextPageTemplate("page"),
        PageBreak(),
        *heading("4", "How to bid"),
        tags(
            [
                ("First round opens", short_date("2023-04-17")),
                ("First round closes", f"noon, {short_date('2023-05-19')}"),
                ("Scoring", "The CSP Manager and two Board members score every bid in late May."),
                ("Board decides", f"at its annual meeting, {short_date('2023-06-13')}"),
                ("Second round", f"opens {short_date('2023-07-03')} for whatever remains uncommitted"),
                ("Small grants", "up to GBP 1,000 at any time, decided by the CSP Manager"),
            ]
        ),
        subheading("4.2", "Who decides"),
        dashes(
            [
                "The Board decides every bid over GBP 1,000 at a meeting.",
                "Between meetings the Chair, after consulting the Vice-Chair, may award up to "
                f"{gbp(5000)} where waiting would lose the benefit; the Chair's action is reported to the "
                "next meeting to be ratified.",
                "The CSP Manager may award small grants of up to GBP 1,000, reported to the next meeting.",
            ]
        ),
        subheading("4.3", "What we cannot fund"),
        dashes(
            [
                "Capital works: buildings, fencing, CCTV cameras and lighting.",
                "Work that has already happened, or that a statutory body must already pay for.",
                "Bids for burglary and vehicle crime (see section 1).",
            ]
        ),
        *heading("5", "Conditions of grant"),
        numbered(
            [
                "The grant is spent on the project in the bid, by 31 March 2024.",
                "A monitoring return is made each quarter and a final return by 30 April 2024.",
                "Money unspent is returned to the scheme; the Board may reduce an award that cannot be "
                "spent.",
                "A change to a project or its cost needs the Board's agreement first.",
            ]
        ),
        p(
            f"Contact: {MANAGER}, Community Safety Partnership Manager, Hollowmead Borough Council, "
            "Guildhall Yard, Hollowmead.",
            SMALL,
        ),
    ]


def _chairs_action() -> list[Flowable]:
    ref, name, lead, _, asked = BID["HCSG/22/07"]
    return [
        p(FICTIONAL, SMALL),
        Spacer(1, 8),
        p(f"{HOLLOWMEAD.upper()}", FORM_BOLD),
        p("CHAIR'S ACTION RECORD (DECISION BETWEEN MEETINGS)", FORM_BOLD),
        p(
            "Between meetings the Chair may, after consulting the Vice-Chair, award up to £5,000 from the "
            "Grants Scheme where waiting for the next meeting would lose the benefit. The decision is "
            "reported to the next meeting of the Board for ratification.",
            FORM,
        ),
        Spacer(1, 8),
        form(
            [
                ("Record no.", "CA 03/22-23"),
                ("Date", "Fri 18 Nov 2022"),
                ("Decision by", f"{CHAIR_OLD} (Chair)"),
                ("Vice-Chair consulted", f"{VICE_OLD}, by telephone, 17 Nov 2022"),
                ("Bid", f"{ref} {name}"),
                ("Applicant", lead),
                ("Sum asked", pounds(asked)),
                (
                    "Decision",
                    f"APPROVED: {in_words(CHAIRS_ACTION)} for six Friday and Saturday evening youth "
                    "sessions at Brackwater Community Hall from 25 Nov 2022 to 28 Jan 2023.",
                ),
                (
                    "Reason for urgency",
                    "Reports of anti-social behaviour in Brackwater East doubled in October 2022 on the "
                    "same month of 2021. Sessions must start before the Board next meets on 25 Jan 2023.",
                ),
                (
                    "Budget",
                    f"Uncommitted balance 2022-23: {pounds(UNCOMMITTED_BEFORE_CA)} before this decision, "
                    f"{pounds(UNCOMMITTED_AFTER_CA)} after it.",
                ),
                ("Interests declared", "None"),
                ("Report to", "Board meeting of Wed 25 Jan 2023, for ratification"),
            ]
        ),
        Spacer(1, 20),
        p("Signed   <i>R. Haverstock</i>     Chair        18/11/2022", FORM),
        p("Countersigned   <i>J. Treddick</i>   CSP Manager   18/11/2022", FORM),
    ]
