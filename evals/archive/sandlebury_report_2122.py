"""Partnership AM's Annual Report 2021-22 (July 2022): Times with DejaVu Sans Bold headings under the indigo
"crest", page 1 with an oat "at a glance" sidebar at the right (the "side" template), then one column, a
landscape page of awards with sums in pounds and pence, and one column again; a plain running head on later
pages and a foot "Annual Report 2021-22 | n" on the outer edge. The new Chair's foreword (who chaired the
year, who chairs now and since when), the Partnership and its meetings, the four priorities of 2021-22 as a
numbered list with what was done, every award of the year with the date the Board decided it and what
changed later (the park lighting award reduced, the boxing club's bid deferred then approved), the small
grants in one line, the bids not funded, the money (income, spending, the underspend) and the Partnership
Reserve's movements, stories that restate sums in words, a domestic homicide review and the year ahead
with the three new priorities."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.names import SANDLEBURY
from evals.archive.sandlebury_facts import (
    AVAILABLE_2122,
    AWARDS_2122,
    BOARD_TOTAL_2122,
    COMMITTED_2122,
    GLOVES_UP,
    LIGHTING,
    LIGHTING_ASK,
    PATROLS_ASK,
    PFCC_2122,
    PFCC_2223,
    PRIORITIES_2122,
    PRIORITIES_2225,
    RESERVE_CLOSE_2122,
    RESERVE_OPEN_2122,
    SAFE_SPACE,
    SDC_2122,
    SMALL_GRANTS_2122,
    SMALL_GRANTS_COUNT_2122,
    SPEED_ASK,
    UNDERSPEND_2122,
)
from evals.archive.sandlebury_layout import (
    AR,
    AR_FIG,
    AR_H,
    AR_H2,
    AR_SIDE,
    AR_SMALL,
    AR_STYLES,
    AR_TITLE,
    LAND,
    MAIN,
    WIDTH,
    Furniture,
    band,
    lined,
    notice,
    numeric_date,
    p,
    pence,
    pounds,
)
from evals.archive.sandlebury_layout import render as render_pages

TITLE_2122 = "Sandlebury Community Safety Partnership Annual Report 2021-22"
NUMBERED = AR.clone("SbArNumbered", leftIndent=16, firstLineIndent=-16)
INK_STYLES = (AR_STYLES[0].clone("SbArInkHead", textColor=AR_H.textColor),
              AR_STYLES[1].clone("SbArInkHeadFig", textColor=AR_H.textColor), *AR_STYLES[2:])  # fmt: skip


def write_annual_report_2122(path: Path) -> Path:
    furniture = Furniture(
        "Sandlebury CSP \u2013 Annual Report 2021-22",
        label="Annual Report 2021-22",
        opening="crest",
        head_place="plain",
        foot="Annual Report 2021-22 | {n}",
        place="outer",
    )
    return render_pages(path, _story, Meta(TITLE_2122, SANDLEBURY), furniture, first="side")


def _story() -> list[Flowable]:
    return [*_sidebar(), FrameBreak(), NextPageTemplate("one"), *_opening(), *_awards(), *_money()]


def _sidebar() -> list[Flowable]:
    facts = [
        (pounds(AVAILABLE_2122), "to spend: the Commissioner's Community Safety Fund and the council's "
         "contribution"),
        (str(len(AWARDS_2122)), "projects funded by the Board"),
        (str(SMALL_GRANTS_COUNT_2122), "small grants to community groups"),
        (pounds(SAFE_SPACE), "from the Partnership Reserve for the Safe Space pilot"),
        ("214", "people helped at the Safe Space in its first eight weeks"),
    ]  # fmt: skip
    flow: list[Flowable] = [p("2021-22 at a glance", AR_H2), Spacer(1, 4)]
    for figure, words in facts:
        flow += [p(figure, AR_FIG), p(words, AR_SIDE), Spacer(1, 4)]
    return flow


def _opening() -> list[Flowable]:
    done = [
        "Kestmoor Housing's ASB Early Intervention Officer worked with 88 households after first warnings, "
        "and Street Pastors patrolled the town centre on 96 nights.",
        "Lanternway's Independent Domestic Violence Adviser supported 151 high-risk victims from "
        "Sandlebury, and 40 staff across the partners trained as Domestic Abuse Champions.",
        "Not For Sale sessions on county lines reached every secondary school in the district, and the "
        "Choices programme began in four.",
        "Bike marking at eleven events and a new CCTV camera in Ashenmoor Park. Residential burglary fell "
        "for the second year.",
    ]
    return [
        notice(MAIN),
        Spacer(1, 8),
        p("Annual Report 2021-22", AR_TITLE),
        p(
            "Sandlebury Community Safety Partnership \u00b7 April 2021 to March 2022 \u00b7 published July "
            "2022",
            AR_SMALL,
        ),
        p("Foreword", AR_H),
        p(
            "I became Chair of the Board on 9 June 2022, when I took on the council's portfolio for "
            "communities, so this report looks back on a year chaired by my predecessor, Councillor Miriam "
            "Oakhurst. She chaired the Board from 2019 until April 2022 and did not stand again in the "
            "district elections in May. I thank her, and Chief Inspector Damian Sowerby, our Vice-Chair, "
            "for steering the Partnership out of the pandemic.",
            AR,
        ),
        p("\u2013 Councillor Tobias Wainhouse, Chair", AR),
        p("About the Partnership", AR_H),
        p(
            "The Partnership brings together Sandlebury District Council, Wendleshire County Council, "
            "Wendleshire Police, Wendleshire Fire and Rescue Service, the Probation Service and the NHS "
            "Wendleshire Clinical Commissioning Group, with Lanternway Domestic Abuse Service, Kestmoor "
            "Housing and the Youth Justice Service as co-opted members. The Board met four times in 2021-22: "
            "on 20 April, 13 July and 12 October 2021 and on 25 January 2022.",
            AR,
        ),
        p("Our priorities in 2021-22", AR_H),
        *(
            p(f"{i}.&nbsp;&nbsp;<b>{t}.</b> {d}", NUMBERED)
            for i, (t, d) in enumerate(zip(PRIORITIES_2122, done, strict=True), 1)
        ),
        p("Funding", AR_H),
        p(
            "The Board funded nine projects from the Community Safety Fund, listed on the next page, and the "
            "Small Grants Panel made five small grants. Two bids were "
            "not funded.",
            AR,
        ),
    ]


def _awards() -> list[Flowable]:
    changes = {
        "SCF21-06": f"Agreed at {pounds(LIGHTING_ASK)}; reduced to {pounds(LIGHTING)} on 25/01/2022 when the "
        "Safer Streets Fund paid for the lighting columns",
        "SCF21-09": "Deferred on 12/10/2021 for a safeguarding policy and match funding; approved in full on "
        "25/01/2022",
    }
    rows = [["Ref.", "Project", "Organisation", "Priority", "Decided", "Amount", "Notes"]]
    for ref, project, organisation, priority, date, amount in AWARDS_2122:
        rows.append([ref, project, organisation, str(priority), numeric_date(date), pence(amount),
                     changes.get(ref, "")])  # fmt: skip
    rows.append(["", "Small grants (Small Grants Panel)", f"{SMALL_GRANTS_COUNT_2122} community groups", "",
                 "", pence(SMALL_GRANTS_2122), ""])  # fmt: skip
    rows.append(["", "<b>Total</b>", "", "", "", f"<b>{pence(COMMITTED_2122)}</b>", ""])
    refused = [
        ["Bid", "From", "Asked", "Decided", "Reason"],
        ["Private security patrols, Market Square", "Sandlebury Town Centre Traders' Association",
         pounds(PATROLS_ASK), "12/10/2021", "Ineligible: the Fund does not pay for private security"],
        ["Two speed indicator devices", "Lowmarsh Parish Council", pounds(SPEED_ASK), "25/01/2022",
         "Road safety is not a priority and is the county council's responsibility"],
    ]  # fmt: skip
    return [
        NextPageTemplate("land"),
        PageBreak(),
        NextPageTemplate("one"),
        p("Awards from the Community Safety Fund, 2021-22", AR_H),
        band(rows, [58, 168, 150, 50, 62, 76, LAND - 564], figs={3, 5}, styles=AR_STYLES, total=True),
        Spacer(1, 8),
        p("Bids not funded", AR_H2),
        lined(refused, [170, 190, 60, 62, LAND - 482], figs={2}, styles=INK_STYLES),
        PageBreak(),
    ]


def _money() -> list[Flowable]:
    budget = [
        ["2021-22", "\u00a3"],
        ["Community Safety Fund (Police, Fire and Crime Commissioner)", f"{PFCC_2122:,}"],
        ["Sandlebury District Council contribution", f"{SDC_2122:,}"],
        ["<b>Available</b>", f"<b>{AVAILABLE_2122:,}</b>"],
        ["Awards by the Board", f"{BOARD_TOTAL_2122:,}"],
        ["Small grants", f"{SMALL_GRANTS_2122:,}"],
        ["<b>Spent</b>", f"<b>{COMMITTED_2122:,}</b>"],
        ["<b>Underspend, added to the Partnership Reserve</b>", f"<b>{UNDERSPEND_2122:,}</b>"],
    ]
    reserve = [
        ["Partnership Reserve", "\u00a3"],
        ["Balance at 1 April 2021", f"{RESERVE_OPEN_2122:,}"],
        ["Released 25 January 2022: Sandlebury Safe Space pilot", f"({SAFE_SPACE:,})"],
        ["Underspend for 2021-22 added", f"{UNDERSPEND_2122:,}"],
        ["<b>Balance at 31 March 2022</b>", f"<b>{RESERVE_CLOSE_2122:,}</b>"],
    ]
    return [
        p("The money", AR_H),
        lined(budget, [WIDTH - 90, 90], figs={1}, styles=INK_STYLES),
        Spacer(1, 6),
        lined(reserve, [WIDTH - 90, 90], figs={1}, styles=INK_STYLES),
        p("Stories from the year", AR_H),
        p(
            "<b>A safe place at night.</b> Six thousand four hundred pounds from the reserve paid for eight "
            "weeks of Friday and Saturday nights in the Corn Exchange foyer from February 2022. Volunteers "
            "and a Lanternway worker helped 214 people, 37 of them young women on their own.",
            AR,
        ),
        p(
            "<b>Gloves Up.</b> Tillingford Amateur Boxing Club's programme, funded in full in January once "
            f"the club had adopted a safeguarding policy ({pounds(GLOVES_UP)}), took its first 26 young "
            "people, referred by the Youth Justice Service and schools, in March.",
            AR,
        ),
        p(
            "<b>Ashenmoor Park.</b> The Home Office's Safer Streets money paid for new lights, so the "
            "Partnership's grant was cut to eight and a quarter thousand pounds for the camera alone.",
            AR,
        ),
        p("Domestic homicide review", AR_H),
        p(
            "In October 2021 the Board commissioned a domestic homicide review (Adult A), its cost shared "
            "with the county council. An independent chair was appointed in January 2022.",
            AR,
        ),
        p("Looking ahead to 2022-23", AR_H),
        p(
            "The Strategic Intelligence Assessment 2022 led the Board to adopt three priorities for April "
            f"2022 to March 2025 on 28 April 2022: {'; '.join(t.lower() for t in PRIORITIES_2225)}. The "
            f"Commissioner's Community Safety Fund allocation falls to {pounds(PFCC_2223)} for 2022-23.",
            AR,
        ),
    ]
