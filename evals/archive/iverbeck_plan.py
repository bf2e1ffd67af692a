"""Partnership Y's Delivery Plan 2024/25, year one of its Partnership Plan 2024-27 (approved on 13 March
2024), catalogued as `other`: it opens on a landscape page, a "plan on a page" of the four priorities and the
cross-cutting commitment with each one's lead, aims and headline measure; then portrait pages of actions
coded by priority ("DA2", "RW1") with lead, timescale and what done looks like, and a table of measures
with the baseline, its period and the target for 2024/25."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from evals.archive.common import Meta
from evals.archive.iverbeck_facts import (
    ANGELS,
    CROSS_CUTTING,
    HEAD_SERVICE,
    HOUSING,
    ICB_REP,
    LANTERNS,
    LANTERNS_REP,
    PRIORITIES_2427,
    PROBATION,
    RURAL_SGT,
    VICE,
    YJS,
)
from evals.archive.iverbeck_layout import (
    SMALL,
    Furniture,
    caption,
    cover,
    heading,
    lined,
    note,
    p,
    render_pages,
    subheading,
)
from evals.archive.names import IVERBECK, IVERBECK_BOARD

TITLE = f"{IVERBECK}: Partnership Plan 2024-27, Delivery Plan 2024/25"
LAND = 841.89 - 58 - 58

# Code, action, lead, when, done looks like.
ACTIONS = (
    (PRIORITIES_2427[0], (
        ("DA1", "Keep the rural IDVA clinics running in six village venues", LANTERNS, "All year",
         "100 new clients supported"),
        ("DA2", "Bring 'Ask for Angela' to every licensed venue in Iverbeck town",
         "District council licensing",
         "By December 2024", "All 58 venues trained"),
        ("DA3", "Complete and publish the Adult S domestic homicide review", "CSP Coordinator",
         "By March 2025", "Report sent to the Home Office"),
    )),
    (PRIORITIES_2427[1], (
        ("SV1", "Publish Iverbeck's serious violence action plan from the county needs assessment", VICE,
         "By September 2024", "Plan agreed by the Strategy Group"),
        ("SV2", "Knife crime workshops for Year 8 in all five secondary schools", YJS, "By July 2025",
         "900 pupils reached"),
        ("SV3", "Agree sharing of anonymised A&amp;E assault data with the ICB", ICB_REP,
         "By September 2024 (was March 2024)", "First quarterly data received"),
    )),
    (PRIORITIES_2427[2], (
        ("ASB1", "Problem-solving plans for Iverbeck Central and Millbeck through monthly tasking",
         HEAD_SERVICE, "From April 2024", "ASB incidents down 5%"),
        ("ASB2", "Consult on a Public Spaces Protection Order for the town centre", "District council",
         "By October 2024", "Decision by the council's cabinet"),
        ("ASB3", "Keep the Safe Space open on Friday and Saturday nights", ANGELS, "All year",
         "Safe Space open 90 nights"),
    )),
    (PRIORITIES_2427[3], (
        ("RW1", "Set up the Rural Crime Forum with farmers and landowners", RURAL_SGT,
         "First meeting May 2024",
         "Forum meets quarterly"),
        ("RW2", "Operation Moorhen: hare coursing patrols with neighbouring forces", "Rural Crime Team",
         "September 2024 to March 2025", "Hare coursing reports below 60"),
        ("RW3", "Four farm and equine property marking events", "Rural Crime Team", "By March 2025",
         "400 items marked"),
    )),
    (f"{CROSS_CUTTING} (across all four)", (
        ("RR1", "Review the integrated offender management cohort for violence and domestic abuse",
         PROBATION, "By June 2024", "Cohort agreed by partners"),
        ("RR2", "Find housing before release for prison leavers from Iverbeck", HOUSING, "All year",
         "No one released homeless"),
    )),
)  # fmt: skip

MEASURES = (
    ("Domestic abuse-related crimes", "1,241", "2023/24", "Reporting kept up; no target to cut it"),
    ("Repeat MARAC cases", "31%", "2022", "Between 28% and 40%"),
    ("Offences involving a knife or sharp instrument", "49", "2022", "44 (10% fewer)"),
    ("Anti-social behaviour incidents", "2,388", "2023/24", "2,270 (5% fewer)"),
    ("Hare coursing and poaching reports", "73", "2022", "Fewer than 60"),
    ("Total recorded crime", "6,771", "2023/24", "At or below the baseline"),
)


def write_plan(path: Path) -> Path:
    return render_pages(
        path,
        _plan,
        Meta(TITLE, IVERBECK),
        Furniture(
            "Delivery Plan 2024/25", "ICSP/DP/2024-25", foot="DP Y1 \u00b7 {n} of {total}", foot_at="left"
        ),
        first="landscape",
    )


def _plan() -> list[Flowable]:
    leads = (LANTERNS_REP, VICE, HEAD_SERVICE, RURAL_SGT, PROBATION)
    aims = (
        "Reach victims who have never sought help, in the villages as well as the town; make the night-time "
        "economy safer for women.",
        "Stop knife crime rising for a third year; act on the county needs assessment.",
        "Cut ASB in the two wards with most of it; keep the town centre safe at night.",
        "Give farmers a reason to report again; tackle hare coursing.",
        "Fewer people reoffending, through housing and supervision that works together.",
    )
    headline = (
        "100 new IDVA clients",
        "Knife offences down 10%",
        "ASB incidents down 5%",
        "Hare coursing reports below 60",
        "No prison leaver released homeless",
    )
    names = (*PRIORITIES_2427, CROSS_CUTTING)
    page = [["", "Priority", "Lead", "This year we aim to", "Headline measure"]]
    for i, (name, lead, aim, measure) in enumerate(zip(names, leads, aims, headline, strict=True), 1):
        page.append([str(i) if i <= 4 else "+", name, lead, aim, measure])
    out: list[Flowable] = [
        *cover(
            "Delivery Plan 2024/25",
            f"Year one of the Partnership Plan 2024-27. Approved by the {IVERBECK_BOARD} on 13 March 2024.",
            LAND,
        ),
        heading("The plan on a page"),
        lined(page, (22, 170, 140, 250, 143), first_bold=True),
        note(
            "The four priorities were adopted on 24 January 2024 after public consultation on those the 2023 "
            "Strategic Intelligence Assessment recommended. Reducing reoffending runs across all four."
        ),
        NextPageTemplate("portrait"),
        PageBreak(),
        heading("What we will do"),
        p(
            "Each priority's lead reports progress to every Strategy Group meeting through the sub-group "
            "named in the Terms of Reference. Codes are used in the quarterly progress report.",
            SMALL,
        ),
    ]
    for priority, rows in ACTIONS:
        out.append(subheading(priority))
        out.append(
            lined(
                [["Code", "Action", "Lead", "When", "Done looks like"], *([*row] for row in rows)],
                (34, 170, 100, 85, 90),
            )
        )
    out += [
        heading("How we will measure it"),
        caption("Measures for 2024/25"),
        lined(
            [["Measure", "Baseline", "Baseline period", "Target 2024/25"], *([*m] for m in MEASURES)],
            (190, 60, 80, 149),
            figures=(1,),
        ),
        note(
            "Baselines are police recorded figures, by financial year or, from the 2023 assessment, calendar "
            "year."
        ),
        heading("Reporting"),
        p(
            "The CSP Coordinator gathers progress from the leads each quarter. Quarter 1 (April to June) "
            "goes to "
            "the Strategy Group on 9 October 2024, quarter 2 on 11 December 2024, quarter 3 on 12 March "
            "2025, "
            "and the year-end report to the annual meeting in June 2025, with the Annual Report 2024/25."
        ),
        p(
            "Where an action slips by more than a quarter the lead says why and proposes a new date; the "
            "Group may move money between ring-fences of the fund to keep a priority on track.",
            SMALL,
        ),
    ]
    return out
