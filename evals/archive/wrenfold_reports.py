"""Partnership V's annual reports. The Annual Report 2023/24 (July 2024) is set in lettered parts ("Part
C", "C.2"): the outgoing Chair's foreword naming her successors, the members of the year, how the Board
works, the four priorities of the year with what was done on two-column pages, every award with a header
merging the two sources of money over their columns and a totals row, stories restating sums in words,
the budget, a domestic homicide review and the priorities chosen for 2024/25. The Annual Report 2024/25
(July 2025) is set in numbered sections ("4.", "4.2"): a callout of the year at a glance and the Chair's
foreword, the members with who joined and left, the five meetings, the priorities of 2024/25 beside those
of 2025/26, every bid of the year on a landscape page in "£11.25K" with the sum asked, first awarded and
final, stories, the budget of both years as columns and the financial years 2023/24 and 2024/25 compared
in a performance table."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from evals.archive.common import Meta, percent_change
from evals.archive.names import WRENFOLD, WRENFOLD_FUND
from evals.archive.wrenfold_funding import (
    ANALYST_SHARE,
    AVAILABLE_2324,
    AVAILABLE_2425,
    AVAILABLE_2526,
    AWARDED_2324,
    AWARDED_2425,
    AWARDS_2324,
    BID,
    BID_MEMBER,
    BIDS_2425,
    BLADES_DOWN,
    BROUGHT_2324,
    CARRIED_2324,
    CARRIED_2425,
    CHAIR_NEW,
    CHAIR_OLD,
    CONTINGENCY_2526,
    COUNCIL,
    COUNCIL_2324,
    COUNCIL_2425,
    COUNCIL_2526,
    COUNTY,
    DHR_2324,
    DHR_2425,
    DHR_2526,
    FIRE,
    GRANT_2324,
    GRANT_2425,
    GRANT_2526,
    GUARDIANS,
    HARBOURLIGHT,
    HOUSING,
    ICB_NEW,
    ICB_OLD,
    MANAGER,
    OPCC,
    PCC,
    PRIORITIES_2324,
    PRIORITIES_2425,
    PRIORITIES_2526,
    PROBATION,
    REOFFENDING_BOARD,
    SAFE_HOME,
    VICE_NEW,
    YOUTH,
    final_sums,
    first_sums,
)
from evals.archive.wrenfold_layout import (
    SMALL,
    Furniture,
    bare,
    callout,
    caption,
    grid,
    heading,
    kilo,
    lettered,
    note,
    notice,
    ordinal,
    p,
    pounds,
    render_pages,
    squares,
    subheading,
    title,
    words,
)

TITLE_2324 = f"{WRENFOLD} Annual Report 2023/24"
TITLE_2425 = f"{WRENFOLD} Annual Report 2024/25"

# Financial years 2023/24 and 2024/25: (measure, 2023/24, 2024/25)
PERFORMANCE = (
    ("Anti-social behaviour incidents", 3702, 3391),
    ("of which in the town centre", 1436, 1298),
    ("Domestic abuse-related crimes", 1322, 1377),
    ("Knife crime offences", 69, 62),
    ("Shoplifting offences", 748, 871),
    ("Repeat referrals to the IDVA service", 41, 57),
)


def write_annual_report_2324(path: Path) -> Path:
    return render_pages(path, _report_2324, Meta(TITLE_2324, WRENFOLD), Furniture("Annual Report 2023/24"))


def write_annual_report_2425(path: Path) -> Path:
    return render_pages(path, _report_2425, Meta(TITLE_2425, WRENFOLD), Furniture("Annual Report 2024/25"))


def _awards_2324() -> list[list[str]]:
    rows = [["Ref", "Project", "Lead organisation", "Priority", "PCC grant", "District Council", "Total"]]
    for ref, name, lead, priority, grant, council in AWARDS_2324:
        rows.append([ref, name, lead, str(priority), bare(grant), bare(council) if council else "-",
                     bare(grant + council)])  # fmt: skip
    rows.append(
        [
            "Total",
            f"{len(AWARDS_2324)} projects",
            "",
            "",
            bare(sum(a[4] for a in AWARDS_2324)),
            bare(sum(a[5] for a in AWARDS_2324)),
            bare(AWARDED_2324),
        ]
    )
    return rows


def _report_2324() -> list[Flowable]:
    members = [
        ["Organisation", "Member 2023/24"],
        [COUNCIL, f"{CHAIR_OLD}, Cabinet Member for Communities (Chair)"],
        ["Brantshire Police", f"{CHAIR_NEW}, Local Policing Area commander (Vice-Chair)"],
        ["Brantshire County Council", f"{COUNTY}, Assistant Director, Communities"],
        ["Brantshire Fire and Rescue Service", FIRE],
        ["Probation Service (Brantshire)", f"{PROBATION}, Head of the Probation Delivery Unit"],
        ["Brantshire and Ridings Integrated Care Board", f"{ICB_OLD}, Associate Director of Safeguarding"],
        ["Wrenfold Youth Justice Service (co-opted)", YOUTH],
        ["Harbourlight Domestic Abuse Service (co-opted)", HARBOURLIGHT],
        ["Wrenvale Homes (co-opted)", HOUSING],
        [f"Office of the {PCC} (adviser)", OPCC],
    ]
    budget = [
        ["2023/24", "£"],
        [f"Community Safety Grant from the {PCC}", bare(GRANT_2324)],
        [f"{COUNCIL} contribution", bare(COUNCIL_2324)],
        ["Brought forward from 2022/23", bare(BROUGHT_2324)],
        ["Total available", bare(AVAILABLE_2324)],
        ["Grants awarded (Part C)", bare(AWARDED_2324)],
        ["Contribution to the Brantshire Community Safety Analytical Team", bare(ANALYST_SHARE)],
        ["Domestic homicide review: DHR Rose", bare(DHR_2324)],
        ["Carried forward to 2024/25", bare(CARRIED_2324)],
    ]
    guardians, idva, mentoring = AWARDS_2324[0], AWARDS_2324[2], AWARDS_2324[6]
    return [
        *title("Annual Report 2023/24", f"{WRENFOLD} · published July 2024"),
        notice(),
        *heading("", "Foreword from the Chair"),
        p(
            "This is my second and last annual report as Chair. In 2023/24 the Board met four times, in "
            f"June, September and December 2023 and March 2024, and its {WRENFOLD_FUND} awarded "
            f"{pounds(AWARDED_2324)} to seven projects across our four priorities."
        ),
        p(
            "The year's hardest moment was the death of a Hatherby woman in June 2023, which led us to "
            "commission our first domestic homicide review since 2019. The Board has also spent much of the "
            "spring on its new Partnership Strategic Assessment, which will shape the next three years."
        ),
        p(
            f"After the District Council's change of portfolio holder in May, I have stepped down. At our "
            f"annual meeting on {ordinal('2024-05-21')} the Board elected {CHAIR_NEW}, our Vice-Chair this "
            f"year, as Chair for 2024/25, with {VICE_NEW} as Vice-Chair. I wish them every success."
        ),
        p(f"<b>{CHAIR_OLD}</b><br/>Chair, {WRENFOLD}, 2023/24"),
        *heading("Part A", "About the Partnership"),
        p(
            f"The {WRENFOLD} is the statutory community safety partnership for the district of Wrenfold, "
            "set up under the Crime and Disorder Act 1998. The responsible authorities work together to "
            "reduce crime and disorder, substance misuse and reoffending. Its working name is Safer "
            "Wrenfold."
        ),
        subheading("A.1", "Members in 2023/24"),
        grid(members, [205, 272]),
        subheading("A.2", "How the Board works"),
        p(
            "The Board met quarterly in 2023/24. Bids to the fund of up to £5,000 were decided by the "
            "Funding Sub-Group and larger bids by the Board. The Community Safety Manager, "
            f"{MANAGER}, leads for the District Council."
        ),
        NextPageTemplate("columns"),
        PageBreak(),
        *heading("Part B", "Our priorities in 2023/24"),
        p("The Board's four priorities for 2023/24, set from the 2021 strategic assessment, were:"),
        lettered(list(PRIORITIES_2324)),
        subheading("B.1", "Anti-social behaviour and town centre safety"),
        p(
            "Town Centre Guardians patrolled on 148 evenings and recorded 612 interventions, most of them "
            "young people moved on from Market Street. Detached youth workers in Hatherby met 230 young "
            "people, 41 of whom joined a weekly football session."
        ),
        subheading("B.2", "Domestic abuse"),
        p(
            "The part-time IDVA supported 96 victims at high risk of harm, and 64 bar staff completed Ask "
            "for Angela refresher training. The Multi-Agency Risk Assessment Conference heard 212 cases, "
            "up from 188."
        ),
        subheading("B.3", "Drug-related harm and county lines"),
        p(
            "Not For Sale was performed in all six secondary schools, to 2,150 pupils. Anchor Point "
            "issued 210 naloxone kits and trained 38 peer volunteers."
        ),
        subheading("B.4", "Reducing reoffending"),
        p(
            "Second Chances mentored 27 people leaving custody; 19 were in settled housing three months "
            f"later. From 2024/25 this priority passes to the {REOFFENDING_BOARD}."
        ),
        subheading("", "Case studies"),
        p(
            f"<b>Town Centre Guardians.</b> The Business Improvement District received "
            f"{words(guardians[4] + guardians[5])} ({pounds(guardians[4])} from the Commissioner's grant and "
            f"{pounds(guardians[5])} from the District Council) for two Guardians on Thursday, Friday and "
            "Saturday nights. Licensees report fewer incidents at closing time."
        ),
        p(
            f"<b>An adviser for victims.</b> Harbourlight's IDVA post cost {words(idva[4] + idva[5])} for "
            "the year. One client, 'Amy', said the adviser was the first person who helped her plan a way "
            "out."
        ),
        p(
            f"<b>Second Chances.</b> For {words(mentoring[4] + mentoring[5])}, volunteer mentors met people "
            "at the prison gate and stayed with them for their first twelve weeks."
        ),
        NextPageTemplate("portrait"),
        PageBreak(),
        *heading("Part C", "The Partnership Projects Fund in 2023/24"),
        p(
            f"Every award of 2023/24 is listed below. Most of the money came from the {PCC}'s Community "
            f"Safety Grant, with a contribution from the {COUNCIL}."
        ),
        caption("Table C1: Awards 2023/24 (£)"),
        grid(
            _awards_2324(),
            [50, 123, 116, 40, 50, 50, 48],
            figures=(3, 4, 5, 6),
            groups=[("Funded from", 4, 5)],
            total=True,
        ),
        note(
            "Priority numbers: 1 anti-social behaviour and town centre safety; 2 domestic abuse; 3 "
            "drug-related harm and county lines; 4 reducing reoffending."
        ),
        *heading("Part D", "Budget 2023/24"),
        grid(budget, [380, 90], figures=(1,), total=True),
        *heading("Part E", "Domestic homicide reviews and new duties"),
        p(
            "In September 2023 the Board commissioned a domestic homicide review, DHR Rose, after the death "
            "of a woman in Hatherby in June 2023. An independent chair was appointed in October 2023 and "
            f"the review is expected to finish in autumn 2024. It cost {pounds(DHR_2324)} in 2023/24."
        ),
        p(
            "The Serious Violence Duty came into force in January 2023. The Partnership published its "
            "Serious Violence Strategy in January 2024, with a local definition of serious violence."
        ),
        PageBreak(),
        *heading("Part F", "Looking ahead to 2024/25"),
        p(
            f"The Partnership Strategic Assessment 2024 recommended new priorities, which the Board agreed "
            f"on {ordinal('2024-05-21')}:"
        ),
        squares(list(PRIORITIES_2425)),
        p(
            "The Board also adopted new terms of reference: the Funding Sub-Group may now decide bids of up "
            "to £10,000."
        ),
        subheading("F.1", "Getting involved"),
        p(
            "Organisations working in Wrenfold may bid to the fund for projects that meet a priority. Bids "
            "of up to £1,000 can be made at any time; larger bids are invited in spring and autumn. The "
            "Board does not fund capital works such as CCTV cameras."
        ),
        p(f"Contact: {MANAGER}, Community Safety Manager, {COUNCIL}, Civic Centre, Market Street, Wrenfold."),
    ]


def _funding_2425() -> list[list[str]]:
    rows = [["Ref", "Project", "Lead organisation", "Priority", "Asked", "First award", "Final award",
             "Notes"]]  # fmt: skip
    first, final = first_sums(), final_sums()
    notes = {
        "PPF/24/02": "Reduced in January 2025: patrols started late",
        "PPF/24/03": "Deferred in May, approved in September 2024",
        "PPF/24/06": "Increased in September 2024: high demand",
        "PPF/24/07": "Training met by the ICB",
        "PPF/24/10": "Small grant (delegated)",
    }
    for ref, name, lead, priority, asked in BIDS_2425:
        if not final[ref]:
            continue
        rows.append([ref, name, lead, str(priority), kilo(asked), kilo(first[ref]), kilo(final[ref]),
                     notes.get(ref, "")])  # fmt: skip
    funded = [b for b in BIDS_2425 if final[b[0]]]
    rows.append(
        [
            "Total",
            f"{len(funded)} projects",
            "",
            "",
            kilo(sum(b[4] for b in funded)),
            kilo(sum(first[b[0]] for b in funded)),
            kilo(AWARDED_2425),
            "",
        ]
    )
    return rows


def _report_2425() -> list[Flowable]:
    members = [
        ["Organisation", "Member", "Changes in 2024/25"],
        [COUNCIL, f"{VICE_NEW} (Vice-Chair)", f"Succeeded {CHAIR_OLD} on {ordinal('2024-05-21')}"],
        ["Brantshire Police", f"{CHAIR_NEW} (Chair)", f"Chair from {ordinal('2024-05-21')}"],
        ["Brantshire County Council", COUNTY, ""],
        ["Brantshire Fire and Rescue Service", FIRE, ""],
        ["Probation Service (Brantshire)", PROBATION, ""],
        ["Brantshire and Ridings Integrated Care Board", ICB_NEW,
         f"Succeeded {ICB_OLD}, who retired, on {ordinal('2024-09-24')}"],
        ["Wrenfold Youth Justice Service (co-opted)", YOUTH, ""],
        ["Harbourlight Domestic Abuse Service (co-opted)", HARBOURLIGHT, ""],
        ["Wrenvale Homes (co-opted)", HOUSING, ""],
        ["Wrenfold Business Improvement District (co-opted)", BID_MEMBER,
         f"Co-opted on {ordinal('2025-01-28')}"],
        [f"Office of the {PCC} (adviser)", OPCC, ""],
    ]  # fmt: skip
    priorities = [["", "2024/25", "2025/26"]]
    for i in range(5):
        before = PRIORITIES_2425[i] if i < len(PRIORITIES_2425) else "(none)"
        priorities.append([str(i + 1), before, PRIORITIES_2526[i]])
    money = [
        ["", "2024/25 outturn (£)", "2025/26 plan (£)"],
        [f"Community Safety Grant, {PCC}", bare(GRANT_2425), bare(GRANT_2526)],
        [f"{COUNCIL} contribution", bare(COUNCIL_2425), bare(COUNCIL_2526)],
        ["Carried forward from the year before", bare(CARRIED_2324), bare(CARRIED_2425)],
        ["Total available", bare(AVAILABLE_2425), bare(AVAILABLE_2526)],
        ["Grants (2025/26: allocations by priority)", bare(AWARDED_2425),
         bare(AVAILABLE_2526 - ANALYST_SHARE - DHR_2526 - CONTINGENCY_2526)],
        ["Analytical Team contribution", bare(ANALYST_SHARE), bare(ANALYST_SHARE)],
        ["Domestic homicide reviews", bare(DHR_2425), bare(DHR_2526)],
        ["Carried forward (2025/26: contingency)", bare(CARRIED_2425), bare(CONTINGENCY_2526)],
    ]  # fmt: skip
    performance = [["Measure (financial year)", "2023/24", "2024/25", "Change"]]
    for measure, earlier, later in PERFORMANCE:
        performance.append([measure, f"{earlier:,}", f"{later:,}", percent_change(earlier, later)])
    final = final_sums()
    funded = sum(1 for v in final.values() if v)
    blades = BID["PPF/24/03"]
    return [
        *title("Annual Report 2024/25", f"{WRENFOLD} · Safer Wrenfold · July 2025"),
        notice(),
        callout(
            "2024/25 at a glance",
            [
                f"{len(BIDS_2425)} bids decided; {funded} projects funded with {kilo(AWARDED_2425)} "
                f"({pounds(AWARDED_2425)}).",
                "5 Board meetings, including the annual meeting.",
                "2 awards changed after they were made: one increased, one reduced.",
                "1 domestic homicide review completed and published.",
            ],
            477,
        ),
        *heading("1.", "Foreword"),
        p(
            "My first year as Chair began with a new strategic assessment and four new priorities, and ended "
            "with a fifth. Shoplifting kept rising through 2024, and in January the Board agreed to make "
            "retail and business crime a priority for 2025/26, and welcomed the Business Improvement "
            "District to the Board."
        ),
        p(
            f"I thank {VICE_NEW}, our Vice-Chair, every member and the Community Safety Manager, "
            f"{MANAGER}, and I thank {CHAIR_OLD}, who chaired the Partnership until May 2024."
        ),
        p(f"<b>{CHAIR_NEW}</b><br/>Chair, {WRENFOLD}"),
        *heading("2.", "Who we are"),
        subheading("2.1", "Members"),
        grid(members, [165, 150, 162]),
        subheading("2.2", "Meetings"),
        p(
            f"The Board met five times in 2024/25: the annual meeting on {ordinal('2024-05-21')}, then "
            f"{ordinal('2024-09-24')}, {ordinal('2024-11-26')}, {ordinal('2025-01-28')} and "
            f"{ordinal('2025-03-25')}. The Funding Sub-Group, chaired by {FIRE}, met on "
            f"{ordinal('2024-07-09')}."
        ),
        *heading("3.", "Our priorities"),
        p(
            "The priorities for 2024/25 came from the Partnership Strategic Assessment 2024. For 2025/26 the "
            "Board widened the fourth to take in alcohol and added a fifth."
        ),
        grid(priorities, [23, 227, 227]),
        subheading("3.1", "Why retail and business crime"),
        p(
            "The 2024 assessment rated shoplifting Amber and asked the Board to keep it under review. By "
            "January 2025 the Analytical Team reported that shoplifting had risen again in 2024, and "
            "retailers told the Board that staff were being threatened more often. The Board agreed that the "
            "Partnership should lead on it rather than leave it to the police alone."
        ),
        subheading("3.2", "What we will do in 2025/26"),
        squares(
            [
                "keep the IDVA and ISVA service running for a second year;",
                "fund knife crime education in every secondary school;",
                "extend the Town Centre Guardians to Sunday evenings in summer;",
                "set up a retail crime partnership with the Business Improvement District.",
            ]
        ),
        NextPageTemplate("landscape"),
        PageBreak(),
        *heading("4.", "Funding in 2024/25"),
        p(
            f"{funded} projects were funded from the {WRENFOLD_FUND} in 2024/25. Sums are shown in thousands "
            "of pounds (£K); the final award is what each project was paid after any change."
        ),
        caption("Table 4.1: Projects funded in 2024/25"),
        grid(
            _funding_2425(),
            [52, 166, 148, 44, 48, 56, 56, 150],
            figures=(3, 4, 5, 6),
            groups=[("Sums (£K)", 4, 6)],
            total=True,
        ),
        subheading("4.2", "Bids not funded"),
        squares(
            [
                "PPF/24/04 Castle Fields CCTV upgrade, Wrenfold Town Council (£22K): declined in May 2024, "
                "as capital works;",
                "PPF/24/08 Rural Watch signage, Lindon Marsh Parish Council (£2.4K): declined by the Funding "
                "Sub-Group in July 2024;",
                "PPF/24/11 Business Radio Link scheme, Wrenfold Business Crime Partnership (£6.2K): not "
                "approved in January 2025; invited to bid in 2025/26.",
            ]
        ),
        NextPageTemplate("columns"),
        PageBreak(),
        *heading("5.", "What the money did"),
        p(
            f"<b>Blades Down.</b> Fresh Lens Theatre Company took its knife crime programme into eight "
            f"secondary schools between January and March 2025, for {words(BLADES_DOWN)} from the fund "
            f"(it had asked for {kilo(blades[4])}). 1,930 pupils saw the play and 86% said they knew more "
            "about the law on carrying a knife."
        ),
        p(
            f"<b>Safe Home.</b> Wrenvale Homes fitted locks, door chains and video doorbells in 58 homes of "
            f"domestic abuse victims. Demand was so high that the Board raised the grant from "
            f"{kilo(SAFE_HOME[0])} to {kilo(SAFE_HOME[1])} in September."
        ),
        p(
            "<b>Town Centre Guardians.</b> The patrols started in September, not June, so the Business "
            f"Improvement District was paid {words(GUARDIANS[1])}, not the {kilo(GUARDIANS[0])} first "
            "awarded."
        ),
        p(
            "<b>The IDVA and ISVA service.</b> Harbourlight's advisers took 604 referrals in the year. The "
            "service continues in 2025/26 at the same cost."
        ),
        *heading("6.", "Money"),
        caption("Table 6.1: The fund in 2024/25 and 2025/26"),
        grid(money, [120, 54, 54], figures=(1, 2), font=SMALL),
        note(
            f"The District Council cut its contribution by {pounds(COUNCIL_2425 - COUNCIL_2526)} for "
            "2025/26. Money not spent is carried forward."
        ),
        *heading("7.", "Performance"),
        p(
            "These figures are for financial years (April to March), so they differ from the calendar-year "
            "figures of the strategic assessment."
        ),
        caption("Table 7.1: Key measures"),
        grid(performance, [92, 46, 46, 44], figures=(1, 2, 3), font=SMALL),
        *heading("8.", "Domestic homicide reviews"),
        p(
            "DHR Rose was completed in December 2024 and published in March 2025 after Home Office quality "
            "assurance. Its six recommendations are overseen by the Violence Against Women and Girls "
            "Delivery Group. No new review was commissioned in 2024/25."
        ),
    ]
