"""Partnership O's two annual reports on brindlecote_layout's furniture, laid out differently.

- Annual Report 2023-24 (July 2024): the "margin" template with side headings; the outgoing Chair's
  foreword naming her successor, the members at 31 March 2024 in a tiled table (Organisation |
  Representative | Membership), the five priorities of the Partnership Plan 2022-25 as a numbered list,
  the year in figures, the Safer Communities Fund's nine awards in a table with a total and notes (an
  award increased, one mostly returned unspent) and the budget as a table; a case study.
- Annual Report 2024-25 (July 2025): two columns after a plain first page, maroon band headings, the new
  Chair's introduction, the members in prose (one leaving, one successor, one joining), the priorities
  as changed on 28 January 2025 (one renamed, one added, one dropped), the year's grants told only in
  prose and the budget in a small table."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from evals.archive.brindlecote_layout import (
    Furniture,
    band,
    caption,
    listing,
    note,
    notice,
    p,
    pounds,
    render_pages,
    side,
    tiles,
    title,
)
from evals.archive.common import Meta
from evals.archive.names import BRINDLECOTE

TITLE_2324 = "Brindlecote Community Safety Board Annual Report 2023-24"
TITLE_2425 = "Brindlecote Community Safety Board Annual Report 2024-25"

MEMBERS_2324 = (
    ("Brindlecote District Council", "Councillor Denise Whitcombe (Chair)", "Responsible authority"),
    ("Garrenshire Constabulary", "Superintendent Gareth Lowden (Vice-Chair)", "Responsible authority"),
    ("Garrenshire County Council", "Councillor Imogen Fairleigh", "Responsible authority"),
    ("Garrenshire Fire and Rescue Service", "Group Manager Ruth Adebayo", "Responsible authority"),
    ("The Probation Service", "Paul Ostrowski (from January 2024; Karen Lethbridge to December 2023)",
     "Responsible authority"),
    ("NHS Garrenshire Integrated Care Board", "Dr Samuel Okonedo", "Responsible authority"),
    ("Office of the Garrenshire Police and Crime Commissioner", "Megan Farrier", "Co-opted"),
    ("Garrenshire Youth Justice Service", "Lorna Baptiste", "Co-opted"),
    ("Garrenshire County Council Public Health", "Fiona Threlkeld", "Co-opted"),
    ("Brindlecote Voluntary Action", "Tom Wigmore", "Co-opted"),
    ("Kersey Vale Homes", "Bethan Lloyd-Prosser (from October 2023)", "Co-opted"),
)  # fmt: skip

PRIORITIES_2022 = (
    "Anti-social behaviour and neighbourhood nuisance",
    "Domestic abuse",
    "Serious violence and knife crime",
    "Drug-related harm",
    "Rural and heritage crime",
)

# (project, lead organisation, priority, awarded, decided)
AWARDS_2324 = (
    ("Domestic Abuse Champions training", "Sanctum Garrenshire", "Domestic abuse", 6400,
     "Board, 11 July 2023"),
    ("Millbrook Youth Project (detached youth work)", "Brindlecote Youth Partnership",
     "Anti-social behaviour", 12500, "Board, 11 July 2023"),
    ("Rural watch and heritage site signage", "Garrenshire Constabulary Rural Crime Team",
     "Rural and heritage crime", 4800, "Board, 11 July 2023"),
    ("Naloxone outreach", "Pathway Recovery Garrenshire", "Drug-related harm", 8200, "Board, 11 July 2023"),
    ("NightSafe Patrols", "Brindlecote Churches Together", "Anti-social behaviour", 7500,
     "Board, 10 October 2023"),
    ("Blades Down knife crime workshops¹", "Fenwold Youth Trust", "Serious violence and knife crime", 9650,
     "Board, 10 October 2023"),
    ("Ferrowby Bridge Neighbourhood Watch relaunch²", "Ferrowby Bridge Neighbourhood Watch",
     "Anti-social behaviour", 3200, "Board, 10 October 2023"),
    ("Sanctuary Scheme extra installations", "Sanctum Garrenshire", "Domestic abuse", 2750,
     "Chair, 4 December 2023 (ratified 16 January 2024)"),
    ("Tollbar Estate CCTV upgrade", "Brindlecote District Council CCTV service", "Anti-social behaviour",
     10900, "Board, 16 January 2024"),
)  # fmt: skip


def write_annual_report_2324(path: Path) -> Path:
    furniture = Furniture("Annual Report 2023-24", "BCSB Annual Report 2023-24", "Published July 2024")
    return render_pages(path, _story_2324, Meta(TITLE_2324, BRINDLECOTE), furniture, first="margin")


def write_annual_report_2425(path: Path) -> Path:
    furniture = Furniture("Annual Report 2024-25", "BCSB Annual Report 2024-25", "Published July 2025")
    return render_pages(path, _story_2425, Meta(TITLE_2425, BRINDLECOTE), furniture, first="plain")


def _story_2324() -> list[Flowable]:
    members = [["Organisation", "Representative", "Membership"], *MEMBERS_2324]
    total = sum(a[3] for a in AWARDS_2324)
    awards = [
        ["Project", "Lead organisation", "Priority", "Awarded", "Decided by"],
        *[[a, b, c, pounds(d), e] for a, b, c, d, e in AWARDS_2324],
        ["Total awarded 2023-24", "", "", pounds(total), ""],
    ]
    budget = [
        ["Safer Communities Fund 2023-24", "£"],
        ["Police and Crime Commissioner's grant", "58,000"],
        ["Brindlecote District Council contribution", "12,000"],
        ["Carried forward from 2022-23", "6,450"],
        ["Total available", "76,450"],
        ["Awarded (table above)", f"{total:,}"],
        ["Returned unspent (Neighbourhood Watch relaunch)", "2,060"],
        ["Net spend", f"{total - 2060:,}"],
        ["Carried forward to 2024-25", f"{76450 - (total - 2060):,}"],
    ]
    return [
        notice(),
        *title("Annual Report 2023-24", "Brindlecote Community Safety Board"),
        side("", "Foreword"),
        p(
            "This is my third and last annual report as Chair of the Brindlecote Community Safety Board. "
            "I did not stand at the district council elections in May 2024, and at the Board's annual "
            "meeting on 11 June 2024 members elected Councillor Marcus Penhaligon, Portfolio Holder for "
            "Communities, as Chair. Superintendent Gareth Lowden continues as Vice-Chair."
        ),
        p(
            "The year brought a sharp rise in shoplifting and more weapons offences, but anti-social "
            "behaviour fell for the second year running. I thank every partner for their work.",
        ),
        p("<i>Councillor Denise Whitcombe, Chair 2021 to June 2024</i>"),
        side("1", "About the Board"),
        p(
            "The Board is the community safety partnership for the district of Brindlecote under the Crime "
            "and Disorder Act 1998. Its responsible authorities are the District Council, the County "
            "Council, Garrenshire Constabulary, Garrenshire Fire and Rescue Service, the Probation Service "
            "and NHS Garrenshire Integrated Care Board. It met four times in 2023-24: on 18 April 2023, "
            "11 July 2023, 10 October 2023 and 16 January 2024, and adopted new Terms of Reference in "
            "July 2023."
        ),
        caption("Members at 31 March 2024"),
        tiles(members, [150, 150, 90]),
        side("2", "Our priorities"),
        p("The Partnership Plan 2022-25 sets five priorities, which the Board kept throughout 2023-24:"),
        listing(PRIORITIES_2022, numbered="%s."),
        side("3", "The year in figures"),
        tiles(
            [
                ["Measure", "2022-23", "2023-24"],
                ["All recorded crime", "8,705", "8,912"],
                ["Anti-social behaviour incidents", "3,566", "3,274"],
                ["Shoplifting offences", "612", "848"],
                ["Possession of weapons offences", "126", "149"],
                ["Domestic abuse-related crimes", "1,588", "1,675"],
            ],
            [200, 95, 95],
            figures=(1, 2),
        ),
        side("4", "Safer Communities Fund"),
        p(
            "The Board awarded grants at its July, October and January meetings, and the Chair made one "
            "award between meetings. Every award is listed below."
        ),
        tiles(awards, [100, 88, 72, 50, 80], figures=(3,), totals=(len(awards) - 1,)),
        note(
            "¹ Awarded £8,400 on 10 October 2023 and increased to £9,650 on 16 January 2024 to add two "
            "schools.  ² £1,140 was spent; the remaining £2,060 was returned unspent in March 2024 after "
            "the relaunch was abandoned."
        ),
        caption("Budget"),
        tiles(budget, [250, 90], figures=(1,), totals=(4, 8)),
        side("5", "Case study: Blades Down"),
        p(
            "Fenwold Youth Trust ran Blades Down knife crime workshops in nine secondary schools between "
            "January and March 2024, reaching 1,240 pupils in Years 8 and 9. Each workshop was led by a "
            "youth worker and a paramedic. In follow-up surveys 83% of pupils said they knew how to report "
            "someone carrying a knife, against 41% before the workshop."
        ),
        side("6", "Looking ahead"),
        p(
            "The 2024-25 round of the Safer Communities Fund opened in April 2024 and the Grants Panel "
            "meets in May. The next strategic intelligence assessment will report in November 2024 and "
            "will inform the Board's priorities from April 2025."
        ),
    ]


PRIORITIES_2025 = (
    "Anti-social behaviour and neighbourhood nuisance",
    "Domestic abuse and violence against women and girls",
    "Serious violence and knife crime",
    "Drug-related harm",
    "Retail crime and town centre safety",
)


def _story_2425() -> list[Flowable]:
    budget = [
        ["2024-25", "£"],
        ["Commissioner's grant", "55,000"],
        ["District Council contribution", "12,000"],
        ["Carried forward from 2023-24", "12,610"],
        ["Available", "79,610"],
        ["Awarded in the year", "59,700"],
        ["Less award withdrawn (not spent)", "(3,130)"],
        ["Committed", "56,570"],
        ["Carried forward to 2025-26", "23,040"],
    ]
    return [
        notice(),
        *title("Annual Report 2024-25", "Brindlecote Community Safety Board – April 2024 to March 2025"),
        band("Introduction from the Chair"),
        p(
            "I was elected Chair of the Brindlecote Community Safety Board at its annual meeting on 11 June "
            "2024, succeeding Councillor Denise Whitcombe, who led the Board for three years. My thanks go "
            "to her and to Superintendent Gareth Lowden, who continued as Vice-Chair."
        ),
        p(
            "This year the Board published its Strategic Intelligence Assessment 2024 and, in the light of "
            "it, changed its priorities for 2025-26. We also welcomed new members and made seven awards "
            "from the Safer Communities Fund."
        ),
        p("<i>Councillor Marcus Penhaligon, Chair</i>"),
        NextPageTemplate("columns"),
        PageBreak(),
        band("Who we are"),
        p(
            "The Board brings together the six responsible authorities for the district – Brindlecote "
            "District Council, Garrenshire County Council, Garrenshire Constabulary, Garrenshire Fire and "
            "Rescue Service, the Probation Service and NHS Garrenshire Integrated Care Board – with "
            "co-opted members from the Police and Crime Commissioner's office, youth justice, public "
            "health, housing and the voluntary sector."
        ),
        p(
            "There were three changes in the year. Councillor Denise Whitcombe left the Board in June "
            "2024. Sanctum Garrenshire, the district's specialist domestic abuse service, joined as a "
            "co-opted member in September 2024, represented by its Chief Executive, Alice Brenchley. "
            "Lorna Baptiste left the Board in October 2024 on moving to a post in another county; Hannah "
            "Grieveson, Head of Garrenshire Youth Justice Service, now attends in her place."
        ),
        p(
            "The Board met five times: on 9 April 2024, 11 June 2024 (annual meeting), 17 September 2024, "
            "26 November 2024 and 28 January 2025."
        ),
        band("Our priorities"),
        p(
            "The Strategic Intelligence Assessment 2024 came to the Board on 26 November 2024. On 28 January "
            "2025 the Board agreed its recommendations and changed its priorities with effect from 1 April "
            "2025. The priorities for 2025-26 are:"
        ),
        listing(PRIORITIES_2025, numbered="%s."),
        p(
            "Domestic abuse has become Domestic abuse and violence against women and girls, to take in "
            "stalking, harassment and women's safety at night. Retail crime and town centre safety is new, "
            "after shoplifting rose by more than a third. Rural and heritage crime is no longer a Board "
            "priority: rural offences fell by almost 30% and the Garrenshire Rural Crime Forum now leads "
            "that work. The other three priorities continue."
        ),
        band("Safer Communities Fund 2024-25"),
        p(
            "The Grants Panel met on 21 May 2024 and scored six bids. It awarded £8,200 to Pathway Recovery "
            "Garrenshire for pharmacy naloxone outreach, £5,600 to Brindlecote Business Improvement District "
            "for a retail radio link (it had asked for £7,200) and £4,500 to Brindlecote Town Community "
            "Trust for youth diversion football evenings. It declined the Copley Heath Allotment Society's "
            "bid for security fencing."
        ),
        p(
            "The largest award of the year went to serious violence. Fenwold Youth Trust's StepAway "
            "mentoring for young people at risk of knife crime asked for £14,800, above the Panel's limit; "
            "on the Panel's recommendation the Board approved £12,000 on 11 June 2024. By March 2025 "
            "StepAway had mentored 46 young people."
        ),
        p(
            "Sanctum Garrenshire's walk-and-talk night safety scheme for women, deferred by the Panel in "
            "May, came back with a costed evaluation and was approved by the Board on 17 September 2024 at "
            "£5,400. At the same meeting the Board awarded £9,000 for places on a domestic abuse "
            "perpetrator programme run by the Probation Service and contributed £15,000 to the Garrenshire "
            "Violence Reduction Network for Serious Violence Duty work in the district."
        ),
        p(
            "The football evenings stopped in October 2024 when the coach left. The award was withdrawn on "
            "12 February 2025: £1,370 of the first instalment had been spent, the unspent £880 was returned "
            "and the second instalment of £2,250 was not paid."
        ),
        caption("Budget 2024-25"),
        tiles(budget, [140, 70], figures=(1,), totals=(4, 7)),
        note("The withdrawn award was £4,500, of which £1,370 was spent."),
        band("Domestic homicide reviews"),
        p(
            "The Board commissioned one domestic homicide review in 2024-25 (DHR 2024/1). It will report "
            "to the Home Office in 2025-26."
        ),
        band("Contact"),
        p(
            "Nadia Quraishi, Community Safety Manager, Brindlecote District Council, Civic Centre, "
            "Brindlecote."
        ),
    ]
