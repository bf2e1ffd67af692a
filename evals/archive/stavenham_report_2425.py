"""Partnership AK's Annual Report 2024/25 (July 2025): Times with Helvetica Bold headings, page 1 under the
mulberry "masthead" on the "side" template (the co-chairs' introduction saying who co-chaired when and that
both were confirmed for 2025/26, with the year in numbers in a porcelain sidebar at the right), then one
column: the five priorities of 2024-27 as numbered "badges" with what was done; how the Partnership has worked
since terms of reference version 3.0 with the co-chairs' urgent power used once, and the meetings of the year;
every award of the year in £k in a "boxed" table with what happened to it later; the bids declined; the money
and the reserve in £k; and the year ahead with MOPAC's allocation for 2025/26 confirmed below its indication
and a decision of April 2025 told only here. A mulberry bar across the top of later pages and a foot "Page
n/total" centred."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.names import STAVENHAM
from evals.archive.stavenham_facts import (
    ARSON,
    AVAILABLE_2425,
    AWARDS_2425_JAN,
    AWARDS_2425_LATER,
    CFG_LIMIT_NEW,
    COMMITTED_2425,
    CSIB_2425,
    CSIB_2526,
    DRUGS_2425,
    DRUGS_AMENDED_2425,
    EBIKES_ASK,
    EXTENSION_2526,
    HOCS_LIMIT_NEW,
    IDVA_2425,
    IDVA_AMENDED_2425,
    LCPF_2526,
    LCPF_2526_INDICATED,
    LCPF_YEAR,
    NOISE_APP_ASK,
    OFF_ROAD_ASK,
    PRIORITIES_NEW,
    QUORUM_NEW,
    RESERVE_CLOSE_2425,
    RESERVE_FLOOR,
    RESERVE_OPEN_2425,
    TENSION,
    UNDERSPEND_2425,
    URGENT_LIMIT,
)
from evals.archive.stavenham_layout import (
    AR2,
    AR2_H1,
    AR2_H2,
    AR2_SIDE,
    AR2_SIDE_FIG,
    AR2_SMALL,
    AR2_STYLES,
    AR2_TITLE,
    MAIN,
    WIDTH,
    Furniture,
    badge,
    boxed,
    day,
    kilo,
    notice,
    p,
    pounds,
    stripe,
)
from evals.archive.stavenham_layout import render as render_pages

TITLE_2425 = "Safer Stavenham Partnership Annual Report 2024/25"
BADGE_NUMBER = AR2_H1.clone("SvAr2Badge", textColor=colors.white, alignment=1, spaceBefore=0, spaceAfter=0)
TABLE_STYLES = (
    AR2_STYLES[0].clone("SvAr2TableHead", fontSize=7.8, leading=9.5),
    AR2_STYLES[1].clone("SvAr2TableHeadFig", fontSize=7.8, leading=9.5),
    AR2_STYLES[2].clone("SvAr2TableCell", fontSize=7.8, leading=9.5),
    AR2_STYLES[3].clone("SvAr2TableFig", fontSize=7.8, leading=9.5),
)
INK_STYLES = (AR2_STYLES[0].clone("SvAr2InkHead", textColor=colors.Color(0.42, 0.13, 0.33)), *AR2_STYLES[1:])
ANPR_ASK = 22000
LATER = {
    "SSP24-01": f"amended from {kilo(IDVA_2425)} to {kilo(IDVA_AMENDED_2425)} by the Board on 17 Oct 2024 "
    "for more referrals",
    "SSP24-05": f"amended from {kilo(DRUGS_2425)} to {kilo(DRUGS_AMENDED_2425)} by the Commissioning and "
    "Finance Group on 5 Feb 2025: the service began in June",
    "SSP24-13": f"asked {kilo(OFF_ROAD_ASK)}; deferred in Jan 2024, agreed in Oct 2024; extended to March "
    f"2026 with {kilo(EXTENSION_2526)} from 2025/26 (Board, 17 Apr 2025)",
    "SSP24-14": "decided under the Group's new limit",
    "SSP24-15": "decided under the new delegated limit",
}
DECIDERS = {"Board": "Board", "CFG": "CFG", "Head of Community Safety": "HoCS"}


def write_annual_report_2425(path: Path) -> Path:
    furniture = Furniture(
        "Safer Stavenham Partnership  |  Annual Report 2024/25",
        label="ANNUAL REPORT 2024/25",
        opening="masthead",
        head_place="bar",
        foot="Page {n}/{total}",
        place="centre",
    )
    return render_pages(path, _story, Meta(TITLE_2425, STAVENHAM), furniture, first="side")


def _story() -> list[Flowable]:
    return [*_front(), *_priorities(), *_working(), *_funding(), *_money()]


def _front() -> list[Flowable]:
    numbers = [
        (f"£{kilo(AVAILABLE_2425)}k", "to spend in 2024/25 from MOPAC and the council"),
        (str(len(AWARDS_2425_JAN) + len(AWARDS_2425_LATER)), "awards to projects"),
        ("2", "releases from the Safer Stavenham Reserve"),
        ("531", "victims of domestic abuse supported by the advisers"),
        ("27", "young people mentored by Off Road since November"),
        ("4", "meetings of the Partnership Board"),
    ]
    side: list[Flowable] = [p("The year in numbers", AR2_H2)]
    for figure, words in numbers:
        side += [p(figure, AR2_SIDE_FIG), p(words, AR2_SIDE)]
    return [
        notice(MAIN),
        Spacer(1, 4),
        p("Annual Report 2024/25", AR2_TITLE),
        p("The Safer Stavenham Partnership, April 2024 to March 2025", AR2),
        p("Introduction from the co-chairs", AR2_H1),
        p(
            "Councillor Hannah Verrall has co-chaired the Partnership since 22 May 2024, when she became "
            "Cabinet Member for Community Safety and Cohesion. Chief Superintendent Rajesh Dholakia, the "
            "Central North BCU Commander, has co-chaired since 2021. Councillor Desmond Olagunju co-chaired "
            "for the first weeks of the year, until 22 May 2024. The Board confirmed us both as co-chairs "
            "for "
            "2025/26 at its meeting on 17 April 2025.",
            AR2,
        ),
        p(
            "This was the first year of our five priorities for 2024-27. Domestic abuse referrals rose "
            "again, and we added a part-time adviser in October. We agreed to fund the Off Road mentoring "
            "project after its pilot in Halewood, and after the disorder in Larchmont Rise in August we "
            "worked with residents, faith groups and young people to rebuild trust.",
            AR2,
        ),
        p(
            "New terms of reference took effect on 1 November 2024. They let us act faster: in February the "
            "two of us used the new urgent power for the first time, after the arson attacks on Halewood "
            "Parade.",
            AR2,
        ),
        p(
            "<b>Councillor Hannah Verrall</b> and <b>Chief Superintendent Rajesh Dholakia</b>, co-chairs. "
            "Approved by the Partnership Board on 10 July 2025.",
            AR2,
        ),
        FrameBreak(),
        *side,
        NextPageTemplate("one"),
        PageBreak(),
    ]


def _priorities() -> list[Flowable]:
    done = (
        f"The advisers at Ashmead Women's Centre supported 531 victims; their award rose to "
        f"£{kilo(IDVA_AMENDED_2425)}k in October. Healthy relationships workshops reached 12 schools, and "
        "the "
        "Women's Night Safety Hub opened on Friday and Saturday nights through the winter.",
        "The Youth Outreach Detached Team and the hospital navigators carried on, and Off Road began "
        "mentoring "
        "young people at risk of exploitation in November.",
        "Pathways Recovery Stavenham began drug outreach in custody in June; the council's ASB and "
        "Enforcement "
        "Team cleared drug litter, and Stavenham Homes set up a response for tenants whose homes are taken "
        "over by dealers (cuckooing).",
        "The caseworker at Stavenham Homes, bike marking and shed alarms in St Aldric's, and welfare on "
        "winter nights in the town centre.",
        "Open days at Gannet Wharf Mosque and Community Centre, the cohesion programme run by Stavenham CVS "
        "and the response in Larchmont Rise after the August disorder.",
    )
    flow: list[Flowable] = [
        p("Our priorities for 2024-27", AR2_H1),
        p(
            "The Board agreed five priorities on 25 January 2024, after the Strategic Assessment 2023. What "
            "we did under each in 2024/25:",
            AR2,
        ),
    ]
    for i, (name, text) in enumerate(zip(PRIORITIES_NEW, done, strict=True), 1):
        flow += [
            badge(str(i), [p(f"<b>{name}</b>", AR2_H2), p(text, AR2)], WIDTH, BADGE_NUMBER),
            Spacer(1, 4),
        ]
    return flow


def _working() -> list[Flowable]:
    return [
        p("How we work", AR2_H1),
        p(
            "Terms of reference version 3.0, approved by the Board on 17 October 2024, took effect on 1 "
            f"November 2024. The Head of Community Safety may now award up to {pounds(HOCS_LIMIT_NEW)} under "
            f"delegated powers and the Commissioning and Finance Group up to {pounds(CFG_LIMIT_NEW)}; the "
            "Group meets every six weeks. The two co-chairs together may release up to "
            f"{pounds(URGENT_LIMIT)} from the Safer Stavenham Reserve when a decision cannot wait, as long "
            "as "
            f"the balance stays above {pounds(RESERVE_FLOOR)}. The Board is quorate with {QUORUM_NEW}.",
            AR2,
        ),
        p(
            f"The urgent power was used once: on 14 February 2025 the co-chairs released £{kilo(ARSON)}k for "
            "security patrols, shop-front repairs and support to traders after the arson attacks on Halewood "
            "Parade, and reported it to the Board on 17 April 2025.",
            AR2,
        ),
        p(
            "The Board met on 18 April, 11 July and 17 October 2024 and on 23 January 2025. Five delivery "
            "groups, one for each priority, report to it in turn.",
            AR2,
        ),
    ]


def _funding() -> list[Flowable]:
    rows = [["Ref", "Project", "Provider", "Priority", "Decided", "£k", "What happened later"]]
    for ref, project, provider, priority, body, iso, amount in (*AWARDS_2425_JAN, *AWARDS_2425_LATER):
        final = {"SSP24-01": IDVA_AMENDED_2425, "SSP24-05": DRUGS_AMENDED_2425}.get(ref, amount)
        d = day(iso)
        when = f"{DECIDERS[body]}, {d.day} {d.strftime('%b %Y')}"
        rows.append([ref, project, provider, str(priority), when, kilo(final), LATER.get(ref, "")])
    rows.append(["", "<b>Total after changes</b>", "", "", "", f"<b>{kilo(COMMITTED_2425)}</b>", ""])
    declined = [
        ["Bid declined", "£k asked", "Decided", "Why"],
        ["E-bikes for Safer Neighbourhoods Teams (Central North BCU)", kilo(EBIKES_ASK), "Board, Jan 2024",
         "core policing equipment"],
        ["Noise nuisance reporting app (Environmental Health)", kilo(NOISE_APP_ASK), "Board, Oct 2024",
         "the council already takes reports online"],
        ["ANPR cameras, Ferrers Cross car park (the council's Parking Service)", kilo(ANPR_ASK),
         "CFG, 5 Mar 2025", "capital works are not funded"],
    ]  # fmt: skip
    return [
        p("What we funded in 2024/25", AR2_H1),
        p(
            "Every award of the year, in thousands of pounds after any later change. Decided by the Board, "
            "the Commissioning and Finance Group (CFG) or the Head of Community Safety under delegated "
            "powers "
            "(HoCS).",
            AR2,
        ),
        boxed(rows, [50, 92, 82, 42, 62, 32, WIDTH - 360], figs={5}, styles=TABLE_STYLES),
        p("Bids we declined", AR2_H2),
        stripe(declined, [190, 50, 84, WIDTH - 324], figs={1}, styles=INK_STYLES),
    ]


def _money() -> list[Flowable]:
    budget = [
        ["2024/25", "£k"],
        ["London Crime Prevention Fund (MOPAC), year 2 of 2023-25", kilo(LCPF_YEAR)],
        ["Community Safety Investment Budget (the council)", kilo(CSIB_2425)],
        ["Available", kilo(AVAILABLE_2425)],
        ["Awarded, after changes", kilo(COMMITTED_2425)],
        ["Underspend, moved into the Safer Stavenham Reserve (Board, 17 April 2025)", kilo(UNDERSPEND_2425)],
    ]
    reserve = [
        ["Safer Stavenham Reserve", "£k"],
        ["Balance at 1 April 2024", kilo(RESERVE_OPEN_2425)],
        ["Larchmont Rise community tension response (Board, 17 October 2024)", f"-{kilo(TENSION)}"],
        ["Halewood Parade arson response (co-chairs, urgent power, 14 February 2025)", f"-{kilo(ARSON)}"],
        ["The year's underspend", f"+{kilo(UNDERSPEND_2425)}"],
        ["Balance at 31 March 2025", kilo(RESERVE_CLOSE_2425)],
    ]
    return [
        p("The money", AR2_H1),
        stripe(budget, [WIDTH - 80, 80], figs={1}, styles=INK_STYLES),
        Spacer(1, 6),
        stripe(reserve, [WIDTH - 80, 80], figs={1}, styles=INK_STYLES, total=True),
        p("The year ahead", AR2_H1),
        p(
            f"MOPAC confirmed on 12 March 2025 a London Crime Prevention Fund allocation for 2025/26 of "
            f"{pounds(LCPF_2526)}, less than the {pounds(LCPF_2526_INDICATED)} it indicated in October 2024 "
            "and "
            f"{pounds(LCPF_YEAR - LCPF_2526)} less than in each of the last two years. With "
            f"{pounds(CSIB_2526)} from the council, the budget for 2025/26 is "
            f"{pounds(LCPF_2526 + CSIB_2526)}.",
            AR2,
        ),
        p(
            "On 17 April 2025 the Board extended Off Road to March 2026. The next strategic assessment will "
            "be published in the autumn of 2025 and the Board will review the priorities in the light of it.",
            AR2,
        ),
        p("Published July 2025.", AR2_SMALL),
    ]
