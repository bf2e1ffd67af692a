"""Partnership R's plan and reports: the Fund's Allocation Plan 2023-24 (18th April 2023, sums as "9,600
GBP"); the Annual Report 2023-24 (28th May 2024) with the outgoing Chair's foreword, the members in a
table, the priorities as a numbered list, the year's awards in £k ("£12.2k") with a totals row and the
budget; and the Annual Report 2024-25 (15 July 2025) under a new Chair, with the members in prose, the
priorities as changed in June 2024, the year's awards, returns and clawback in £k."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.corvenbridge_layout import (
    Furniture,
    gbp,
    keyed,
    note,
    notice,
    p,
    render_pages,
    romans,
    section,
    squares,
    subsection,
    thousands,
    title,
    zebra,
)
from evals.archive.names import CORVENBRIDGE, CORVENBRIDGE_FUND

TITLE_PLAN = f"{CORVENBRIDGE}: {CORVENBRIDGE_FUND} Allocation Plan 2023-24"
TITLE_2324 = f"{CORVENBRIDGE}: Annual Report 2023-24"
TITLE_2425 = f"{CORVENBRIDGE}: Annual Report 2024-25"

PRIORITIES_2325 = (
    "Town centre anti-social behaviour and the night-time economy",
    "Domestic abuse and sexual violence",
    "Exploitation and county lines",
    "Burglary and rural theft",
)
PRIORITIES_2425 = (
    "Town centre anti-social behaviour and the night-time economy",
    "Violence against women and girls",
    "Exploitation and county lines",
    "Serious violence and knife crime",
)


def write_plan(path: Path) -> Path:
    furniture = Furniture("Allocation Plan 2023-24", "18.04.23", "Ref: CVCSP/FUND/23-24")
    return render_pages(path, _plan, Meta(TITLE_PLAN, CORVENBRIDGE), furniture)


def write_annual_report_2324(path: Path) -> Path:
    furniture = Furniture("Annual Report 2023-24", "28.05.24", "Ref: CVCSP/AR/2023-24")
    return render_pages(path, _report_2324, Meta(TITLE_2324, CORVENBRIDGE), furniture)


def write_annual_report_2425(path: Path) -> Path:
    furniture = Furniture("Annual Report 2024-25", "15.07.25", "Ref: CVCSP/AR/2024-25")
    return render_pages(path, _report_2425, Meta(TITLE_2425, CORVENBRIDGE), furniture)


def _plan() -> list[Flowable]:
    income = [
        ["", "2022-23", "", "2023-24"],
        ["Source", "Plan", "Actual", "Plan"],
        ["Community Safety Grant (Brathwold PFCC)", gbp(62_000), gbp(62_000), gbp(62_000)],
        ["Corvenbridge District Council contribution", gbp(15_000), gbp(15_000), gbp(15_000)],
        ["Balance brought forward", gbp(4_100), gbp(4_100), gbp(8_400)],
        ["Total", gbp(81_100), gbp(81_100), gbp(85_400)],
    ]
    bids = [
        ["Ref", "Project", "Lead", "Priority", "Asked", "Agreed", "Status at 14 March 2023"],
        ["CB23-01", "Late Lights Haven", "Corvenbridge Street Pastors", "ASB / NTE", gbp(9_600), gbp(9_600),
         "supported"],
        ["CB23-02", "IDVA outreach", "Lamplight Domestic Abuse Service", "DA / SV", gbp(18_500), gbp(15_000),
         "supported below sum asked"],
        ["CB23-03", "Route Out", "Brathwold Youth Trust", "Exploitation", gbp(12_750), "–",
         "deferred; 12,750 GBP held"],
        ["CB23-04", "Mark It, Keep It", "Brathwold Constabulary", "Burglary / rural", gbp(4_300), gbp(4_300),
         "supported"],
        ["CB23-05", "Castle Hythe car park CCTV", "CDC Car Parks", "ASB / NTE", gbp(21_000), "–",
         "not supported (capital)"],
        ["CB23-06", "Edge of Choice", "Bright Stage Theatre CIC", "Serious violence", gbp(6_800), "–",
         "on hold"],
    ]  # fmt: skip
    summary = [
        ["Line", "Amount"],
        ["Income 2023-24", gbp(85_400)],
        ["Commissioned: ASB caseworker", gbp(18_000)],
        ["Commissioned: domestic homicide review reserve", gbp(5_000)],
        ["Awards agreed on 14 March 2023", gbp(28_900)],
        ["Held for the deferred bid CB23-03", gbp(12_750)],
        ["Uncommitted", gbp(20_750)],
    ]
    return [
        *title("Allocation Plan 2023-24", f"{CORVENBRIDGE_FUND} · issued 18th April 2023"),
        notice(),
        section("I", "Purpose"),
        p(
            "This plan shows where the Fund's money comes from in 2023-24, what the Board agreed at its "
            "meeting "
            "on 14th March 2023 and what is left for the rest of the year. All sums are in pounds sterling."
        ),
        section("II", "Income"),
        zebra(income, [210, 80, 80, 80], figures=(1, 2, 3), spans=[(0, 1, 2)], header_rows=2, total=True),
        section("III", "Decisions of 14th March 2023"),
        zebra(bids, [44, 92, 108, 64, 58, 58, 90], figures=(4, 5)),
        note(
            "ASB / NTE = town centre anti-social behaviour and the night-time economy; DA / SV = domestic "
            "abuse "
            "and sexual violence."
        ),
        section("IV", "Summary"),
        zebra(summary, [260, 90], figures=(1,), total=True),
        section("V", "What happens next"),
        romans(
            [
                "The deferred bid CB23-03 returns to the annual meeting on 4th July 2023.",
                "A second round opens on 4th September 2023 and closes on 29th September 2023, for bids of "
                "up "
                "to 5,000 GBP, decided by the Grants Sub-Panel.",
                "Urgent bids of up to 2,500 GBP may be signed off by the Chair and Vice-Chair between "
                "meetings "
                "and reported to the Board.",
            ]
        ),
    ]


def _report_2324() -> list[Flowable]:
    members = [["Organisation", "Representative", "Since"]]
    members += [
        ["Corvenbridge District Council", "Cllr Bernard Olufemi (Chair); Gareth Pomfrey", "2022"],
        ["Brathwold Constabulary", "Supt Helen Drummore (Vice-Chair)", "2022"],
        ["Brathwold County Council", "Rachel Penhallow", "2022"],
        ["Brathwold Fire and Rescue Service", "Station Manager Connor Haig", "2022"],
        ["The Probation Service (Brathwold)", "Fiona Leaming", "2022"],
        ["Tamberley and Brathwold Integrated Care Board", "Dr Anil Moorcroft", "2022"],
        ["Office of the Brathwold PFCC (co-opted)", "Kate Fairbeck", "2022"],
        ["Brathwold Youth Justice Service (co-opted)", "Yusuf Kerrigan", "2022"],
        ["Lamplight Domestic Abuse Service (co-opted)", "Imogen Stainsby", "2022"],
        ["Corvenbridge Voluntary Action (co-opted)", "Pete Mulvey", "2022"],
        ["Brandle Housing Group (co-opted)", "Sandra Quennell", "July 2023"],
    ]
    awards = [
        ["Ref", "Project", "Lead organisation", "Asked", "Awarded", "How decided"],
        ["CB23-01", "Late Lights Haven", "Corvenbridge Street Pastors", thousands(9_600), thousands(11_000),
         "Board 14 March 2023; topped up by £1.4k on 4 July 2023"],
        ["CB23-02", "IDVA outreach", "Lamplight Domestic Abuse Service", thousands(18_500), thousands(15_000),
         "Board 14 March 2023, below the sum asked"],
        ["CB23-03", "Route Out mentoring", "Brathwold Youth Trust", thousands(12_750), thousands(12_200),
         "Deferred 14 March 2023; supported 4 July 2023"],
        ["CB23-04", "Mark It, Keep It", "Brathwold Constabulary Rural Crime Team", thousands(4_300),
         thousands(4_300), "Board 14 March 2023"],
        ["DN 02/23", "Kilnbrook Summer Kickabout", "Kilnbrook Community Sports Club", thousands(1_850),
         thousands(1_850), "Chair and Vice-Chair 9 May 2023; ratified 4 July 2023"],
        ["", "Total awarded", "", "", thousands(44_350), ""],
    ]  # fmt: skip
    budget = [
        ["", "£k"],
        ["Community Safety Grant (Brathwold PFCC)", thousands(62_000)],
        ["Corvenbridge District Council", thousands(15_000)],
        ["Brought forward from 2022-23", thousands(8_400)],
        ["Income", thousands(85_400)],
        ["Grants awarded", thousands(44_350)],
        ["ASB caseworker (commissioned)", thousands(18_000)],
        ["Domestic homicide review reserve", thousands(5_000)],
        ["Spent or committed", thousands(67_350)],
        ["Carried forward to 2024-25", thousands(18_050)],
    ]
    return [
        *title("Annual Report 2023-24", CORVENBRIDGE),
        notice(),
        subsection("", "Foreword from the Chair"),
        p(
            "This is my last report as Chair. I will stand down at the annual meeting in June 2024, when my "
            "two-year term ends, and the Board will elect my successor. It has been a year of steady work: a "
            "safe space in the town centre that opened on 74 nights, an extra domestic abuse advocate and "
            "mentoring for children at risk of exploitation."
        ),
        p("<i>Cllr Bernard Olufemi</i>, Chair, 28th May 2024"),
        section("I", "About the Partnership"),
        p(
            "The Board met four times in 2023-24: on 4th July 2023 (the annual meeting), 19th September "
            "2023, "
            "12th December 2023 and 12th March 2024. Brandle Housing Group joined as a co-opted member in "
            "July 2023."
        ),
        zebra(members, [200, 210, 60], first_bold=True),
        section("II", "Our priorities for 2023 to 2025"),
        p(
            "Set from the Strategic Intelligence Assessment 2023 and endorsed by the Board on 14th March "
            "2023:"
        ),
        romans(PRIORITIES_2325),
        NextPageTemplate("wide"),
        PageBreak(),
        section("III", f"The {CORVENBRIDGE_FUND} in 2023-24"),
        p("Every award of the year, in thousands of pounds (£k)."),
        zebra(awards, [60, 140, 190, 60, 60, 250], figures=(3, 4), total=True, first_bold=True),
        note(
            "Not funded: Castle Hythe car park CCTV (not supported: capital works); Edge of Choice (put on "
            "hold, "
            "then withdrawn by the applicant in June 2023); Quayside taxi marshals (not supported). The "
            "second "
            "round in September 2023 drew three bids; none met the criteria."
        ),
        NextPageTemplate("page"),
        PageBreak(),
        section("IV", "Budget"),
        zebra(budget, [260, 80], figures=(1,)),
        section("V", "A night at Late Lights Haven"),
        p(
            "The Haven opened on 74 nights between April 2023 and March 2024 and helped 1,140 people, 212 of "
            "them young women who had become separated from friends. Ambulance call-outs to the Quayside "
            "fell "
            "by a fifth on the nights it was open."
        ),
        section("VI", "Looking ahead"),
        squares(
            [
                "Electing a new Chair and Vice-Chair at the annual meeting in June 2024.",
                "Reviewing the priorities against the Serious Violence Duty and a smaller grant from the "
                "Commissioner in 2024-25.",
            ]
        ),
        Spacer(1, 4),
    ]


def _report_2425() -> list[Flowable]:
    awards = [
        ["Ref", "Project", "Lead organisation", "Pri.", "Awarded", "Decided"],
        ["CB24-01", "Late Lights Haven", "Corvenbridge Street Pastors", "1", thousands(8_250),
         "Board 12 March 2024 at £11k; reduced 18 June 2024 (Saturdays only)"],
        ["CB24-02", "IDVA outreach, year 2", "Lamplight Domestic Abuse Service", "2", thousands(16_000),
         "Board 18 June 2024, in full"],
        ["CB24-07", "Edge of Choice", "Bright Stage Theatre CIC", "4", thousands(6_800),
         "Board 18 June 2024 (£6k from the serious violence ring-fence)"],
        ["CB24-11", "Walk With Me", "Corvenbridge College Students' Union", "2", thousands(3_400),
         "Grants Sub-Panel 22 October 2024"],
        ["", "Total", "", "", thousands(34_450), ""],
    ]  # fmt: skip
    budget = [
        ["", "2023-24", "2024-25"],
        ["Community Safety Grant (Brathwold PFCC)", thousands(62_000), thousands(55_800)],
        ["Corvenbridge District Council", thousands(15_000), thousands(15_000)],
        ["Brought forward", thousands(8_400), thousands(18_050)],
        ["Returned in year (clawback and underspend)", "–", thousands(3_780)],
        ["Grants awarded", thousands(44_350), thousands(34_450)],
        ["Commissioned lines", thousands(23_000), thousands(23_000)],
        ["Carried forward", thousands(18_050), thousands(35_180)],
    ]
    outcomes = [
        ["Measure", "2023-24", "2024-25"],
        ["ASB incidents", "2,744", "2,611"],
        ["Referrals to Lamplight Domestic Abuse Service", "1,006", "1,091"],
        ["Knife crime offences", "77", "64"],
        ["Children mentored by Route Out", "31", "38"],
    ]
    return [
        *title("Annual Report 2024-25", CORVENBRIDGE),
        notice(),
        subsection("", "Foreword"),
        p(
            "I took the chair at the annual meeting on 18th June 2024, succeeding Cllr Bernard Olufemi, who "
            "led the Board from its new constitution in June 2022. Cllr Tamsin Yelland of Corvenbridge "
            "District Council is our Vice-Chair. With a smaller grant from the Commissioner we have had to "
            "make hard choices, and I thank every partner for making them together."
        ),
        p("<i>Supt Helen Drummore</i>, Chair, 15 July 2025"),
        section("I", "Who we are"),
        p(
            "The six responsible authorities are Corvenbridge District Council, Brathwold County Council, "
            "Brathwold Constabulary, Brathwold Fire and Rescue Service, the Probation Service and the "
            "Tamberley and Brathwold Integrated Care Board. The Office of the Police, Fire and Crime "
            "Commissioner, the Youth Justice Service, Lamplight Domestic Abuse Service, Brandle Housing "
            "Group "
            "and, since June 2024, Corvenbridge College attend as co-opted members."
        ),
        p(
            "During the year Corvenbridge Voluntary Action stood down from the Board, Group Manager Lena "
            "Prothero succeeded Station Manager Connor Haig for the fire service, and Marcus Ollerenshaw "
            "joined for Corvenbridge College. The Board met on 18th June 2024, 17th September 2024, 10th "
            "December 2024 and 11th March 2025."
        ),
        section("II", "Our priorities for 2024-25"),
        p("Agreed at the annual meeting on 18th June 2024:"),
        romans(PRIORITIES_2425),
        p(
            "Burglary and rural theft is no longer one of our priorities; the Brathwold Rural Crime Forum "
            "now "
            "leads on it. Domestic abuse and sexual violence became violence against women and girls, and "
            "serious violence and knife crime was added under the Serious Violence Duty."
        ),
        section("III", f"The {CORVENBRIDGE_FUND} in 2024-25"),
        p(
            "The Commissioner's grant fell from £62k to £55.8k, of which £6k was ring-fenced for serious "
            "violence. £3.78k came back into the Fund: £3.05k clawed back from Route Out, whose mentor post "
            "was vacant for four months, and a £0.73k underspend returned by Mark It, Keep It."
        ),
        zebra(awards, [48, 92, 120, 40, 50, 120], figures=(3, 4), total=True, first_bold=True),
        note("Pri. = the number of the priority in section II. All sums in thousands of pounds (£k)."),
        subsection("III.1", "Budget"),
        zebra(budget, [230, 70, 70], figures=(1, 2), spans=[], total=False),
        section("IV", "How we did"),
        zebra(outcomes, [260, 70, 70], figures=(1, 2)),
        section("V", "Next year"),
        keyed(
            [
                ("Assessment", "A new Strategic Intelligence Assessment is due in autumn 2025."),
                ("Constitution", "The Constitution of June 2022 is being reviewed, a year late."),
                ("Fund", "£35.18k is carried forward into 2025-26."),
            ]
        ),
    ]
