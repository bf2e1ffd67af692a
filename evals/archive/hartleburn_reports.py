"""Partnership I's two yearly documents, on hartleburn_layout's furniture.

The Annual Statement 2023-24: a membership table with the Chair and Vice-Chair, a page in two columns with
the three 2023-24 priorities and run-in bold highlights, the money as a rule table of allocations, a budget
summary (grant + contribution + carried forward = available; allocated; carried forward and ring-fenced),
domestic homicide reviews and a look ahead that carries the priorities into 2024-25. Top "Annual Statement
2023-24" and "Page N", band "Ref HCSP/AS/23-24 · June 2024".

The Annual Report 2024-25 and Partnership Plan Refresh 2025-26: a new Chair's foreword, members as run-in
lines, four new priorities with the assessment's figures behind each, a landscape page of what 2024-25
funded (first approved, changed, final award, status), the budget, what was not funded, the 2025-26 budget
and how to bid. Top "Annual Report 2024/25 & Plan Refresh 2025/26" and "Page N of M", band "Ref
HCSP/PR/25-26 · July 2025"."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from evals.archive.common import Meta
from evals.archive.hartleburn_layout import (
    Furniture,
    gbp,
    label,
    p,
    render_pages,
    rules,
    run_in,
    section,
    subsection,
    ticks,
    title,
)
from evals.archive.names import HARTLEBURN

TITLE_2324 = "Hartleburn Community Safety Partnership Annual Statement 2023-24"
TITLE_2526 = (
    "Hartleburn Community Safety Partnership Annual Report 2024-25 and Partnership Plan Refresh 2025-26"
)
SHORT = "Hartleburn CSP"

MEMBERS_2324 = (
    ("Councillor Imogen Fairbairn", "Hartleburn Borough Council", "Chair; Cabinet Member for Communities"),
    ("Chief Inspector Declan Mottram", "Lindmere Constabulary",
     "Vice-Chair; Hartleburn Neighbourhood Policing"),
    ("Councillor Gordon Pryce", "Lindmere County Council", "Member"),
    ("Station Manager Priya Holdsworth", "Lindmere Fire and Rescue Service", "Member"),
    ("Annika Storr", "The Probation Service (Lindmere)", "Member; Head of Service"),
    ("Dr Femi Adewale", "Lindmere and Coldharbour Integrated Care Board", "Member"),
    ("Colette Braddock", "Hartleburn Youth Justice Service", "Attends"),
    ("Sanjay Varma", "Lindmere Public Health", "Attends"),
    ("Moira Castellan", "Office of the Police, Fire and Crime Commissioner (OPFCC)", "Attends"),
    ("Ruth Ellery", "Hartleburn Women's Aid", "Attends"),
    ("Lewis Tarrant", "Brightwater Housing", "Attends"),
)  # fmt: skip
PRIORITIES_2324 = (
    "Neighbourhood crime and anti-social behaviour",
    "Domestic abuse",
    "Drug and alcohol-related harm",
)
# (project, lead organisation, priority, allocated)
ALLOCATIONS_2324 = (
    ("Operation Larkspur: Riverside ASB hotspot patrols", "Lindmere Constabulary", "1", 14000),
    ("Sanctuary scheme target hardening", "Hartleburn Women's Aid", "2", 11250),
    ("Independent Domestic Violence Adviser (0.6 FTE)", "Hartleburn Women's Aid", "2", 21600),
    ("Naloxone training and outreach", "Turning Tide Recovery", "3", 9800),
    ("Street Pastors in the night-time economy", "Hartleburn Street Pastors", "1", 4500),
    ("Kickstart Fridays youth diversion", "Hartleburn Youth Justice Service", "1", 12000),
    ("Domestic Homicide Review costs (top-slice)", "Hartleburn Borough Council", "2", 6000),
    ("Partnership analyst (shared post)", "Lindmere County Council", "All", 20000),
)  # fmt: skip
GRANT_2324, COUNCIL_2324, BROUGHT_2324 = 88500, 15000, 3200

PRIORITIES_2526 = (
    ("Serious violence and knife crime", "Possession of weapons offences rose from 71 in 2021 to 103 in 2023 "
     "and robbery of personal property from 96 to 141. The Serious Violence Duty makes the Partnership "
     "responsible for a local strategy, which this priority now carries."),
    ("Violence against women and girls (VAWG)", "Widening the 2023-24 domestic abuse priority: stalking and "
     "harassment and other sexual offences both rose again in 2023, and domestic abuse-related crime was "
     "almost a fifth of all recorded crime."),
    ("Shop theft and town centre anti-social behaviour", "Shoplifting rose by almost a third in 2023 and "
     "Hartleburn Central has the highest crime rate of the borough's wards. Replaces the neighbourhood crime "
     "and ASB priority, since residential burglary fell for a second year."),
    ("Exploitation of children and young people", "Criminal exploitation through county lines and the "
     "exploitation of children missing from home, led with the Hartleburn Youth Justice Service and the "
     "Lindmere Safeguarding Children Partnership."),
)  # fmt: skip
# (ref, project, lead, priority, first approved, changed, final, status)
AWARDS_2425 = (
    ("HC24-01", "Independent Domestic Violence Adviser (0.6 FTE)", "Hartleburn Women's Aid", "Domestic abuse",
     "£22,250 on 16 Jul 2024", "–", 22250, "Complete"),
    ("HC24-02", "Partnership analyst (shared post)", "Lindmere County Council", "All",
     "£20,000 on 16 Jul 2024", "–", 20000, "Complete"),
    ("HC24-03", "Safe Spaces at Hartleburn Bus Station and Riverside Retail Park",
     "Hartleburn Borough Council (Town Centre team)", "Neighbourhood crime and ASB",
     "£12,400 on 16 Jul 2024", "Increased 15 Oct 2024", 15150, "Complete"),
    ("HC24-04", "Change Path domestic abuse perpetrator programme", "Restore Lindmere", "Domestic abuse",
     "£18,000 on 16 Jul 2024", "Reduced 21 Jan 2025", 14500, "Ended Dec 2024"),
    ("HC24-05", "Bladesafe knife crime workshops in 8 secondary schools", "Bladesafe Lindmere CIC",
     "Neighbourhood crime and ASB", "Deferred 16 Jul 2024; £9,600 on 15 Oct 2024", "–", 9600, "Complete"),
    ("HC24-06", "Kingsholm detached youth work", "Kingsholm Youth Collective", "Neighbourhood crime and ASB",
     "£8,000 on 15 Oct 2024", "–", 8000, "Ongoing"),
    ("HC24-07", "Domestic Homicide Review costs (top-slice)", "Hartleburn Borough Council", "Domestic abuse",
     "£4,800 on 15 Oct 2024", "–", 4800, "Ongoing"),
    ("HC24-08", "Shopwatch radio scheme", "Hartleburn Business Watch", "Neighbourhood crime and ASB",
     "On hold 15 Oct 2024; £5,250 on 21 Jan 2025", "–", 5250, "Ongoing"),
    ("HC24-09", "Summer Shift holiday diversionary activities", "Hartleburn Youth Justice Service",
     "Neighbourhood crime and ASB", "£6,750 on 11 Mar 2025 (delegated)", "–", 6750, "Carried forward"),
)  # fmt: skip
GRANT_2425, COUNCIL_2425, BROUGHT_2425 = 91200, 15000, 7550
GRANT_2526, COUNCIL_2526, BROUGHT_2526 = 91200, 12000, 7450


def write_annual_statement(path: Path) -> Path:
    return render_pages(
        path,
        _statement,
        Meta(TITLE_2324, HARTLEBURN),
        Furniture(
            top_left=lambda _page, _total: "Annual Statement 2023-24",
            top_right=lambda page, _total: f"Page {page}",
            band_left=lambda _page, _total: "Ref HCSP/AS/23-24 · June 2024",
            band_right=lambda _page, _total: SHORT,
        ),
    )


def write_plan_refresh(path: Path) -> Path:
    return render_pages(
        path,
        _refresh,
        Meta(TITLE_2526, HARTLEBURN),
        Furniture(
            top_left=lambda _page, _total: "Annual Report 2024/25 & Plan Refresh 2025/26",
            top_right=lambda page, total: f"Page {page} of {total}",
            band_left=lambda _page, _total: "Ref HCSP/PR/25-26 · July 2025",
            band_right=lambda _page, _total: "Safer Hartleburn",
        ),
    )


def _statement() -> list[Flowable]:
    allocated = sum(a[3] for a in ALLOCATIONS_2324)
    available = GRANT_2324 + COUNCIL_2324 + BROUGHT_2324
    member_rows = [("Name", "Organisation", "Role on the Partnership"), *MEMBERS_2324]
    allocation_rows = [
        ("Project", "Lead organisation", "Priority", "Allocated"),
        *((a[0], a[1], a[2], gbp(a[3])) for a in ALLOCATIONS_2324),
        ("Total allocated", "", "", gbp(allocated)),
    ]
    budget_rows = [
        ("Budget 2023-24", "£"),
        ("OPFCC Community Safety Grant", gbp(GRANT_2324)),
        ("Hartleburn Borough Council contribution", gbp(COUNCIL_2324)),
        ("Carried forward from 2022-23", gbp(BROUGHT_2324)),
        ("Total available", gbp(available)),
        ("Allocated to projects", gbp(allocated)),
        ("Carried forward to 2024-25 (ring-fenced)", gbp(available - allocated)),
    ]
    return [
        label(),
        *title("Annual Statement 2023-24", "Hartleburn Community Safety Partnership · published June 2024"),
        section("1", "About the Partnership"),
        subsection("1.1", "Why we exist"),
        p(
            "The Hartleburn Community Safety Partnership is the statutory partnership for the borough of "
            "Hartleburn under the Crime and Disorder Act 1998. Its Partnership Group meets quarterly and is "
            "quorate when three responsible authorities are present. Three delivery groups report to it: "
            "the Domestic Abuse Delivery Group, the Neighbourhoods and ASB Tactical Group and the Drugs and "
            "Alcohol Harm Group."
        ),
        subsection("1.2", "Who sits on the Partnership Group"),
        rules(member_rows, [150, 180, 157]),
        p(
            "The Community Safety Lead, Nell Ashdown (Hartleburn Borough Council), supports the Group and "
            "holds delegated authority for awards of up to £2,500 between meetings."
        ),
        NextPageTemplate("columns"),
        PageBreak(),
        section("2", "Our priorities for 2023-24"),
        p("The Partnership Group signed off three priorities for 2023-24 in March 2023:"),
        ticks(PRIORITIES_2324, numbered=True),
        subsection("2.1", "Neighbourhood crime and ASB"),
        run_in(
            "Operation Larkspur",
            "Targeted patrols in Riverside on Friday and Saturday evenings from June 2023. Reports of "
            "anti-social behaviour in Riverside fell by 14% on the year before.",
        ),
        run_in(
            "Kickstart Fridays",
            "Youth diversion sessions at the Tannery Lane sports hall, with 1,140 attendances by 186 young "
            "people over the year.",
        ),
        subsection("2.2", "Domestic abuse"),
        run_in(
            "Sanctuary scheme",
            "Target hardening for 37 households so that victims could stay safely in their own homes.",
        ),
        run_in(
            "IDVA",
            "The part-time Independent Domestic Violence Adviser supported 128 high-risk victims referred "
            "through the MARAC.",
        ),
        subsection("2.3", "Drug and alcohol-related harm"),
        run_in(
            "Naloxone",
            "Turning Tide Recovery trained 212 people, including hostel staff and family members, to use "
            "naloxone, and handed out 164 kits.",
        ),
        run_in(
            "Combating Drugs Partnership",
            "The Partnership is a member of the Lindmere Combating Drugs Partnership, which leads on the "
            "national drugs strategy across the county.",
        ),
        NextPageTemplate("portrait"),
        PageBreak(),
        section("3", "Money"),
        subsection("3.1", "What we allocated in 2023-24"),
        rules(allocation_rows, [190, 160, 55, 70], figures=(3,), bold_last=True),
        subsection("3.2", "Budget summary"),
        rules(budget_rows, [300, 90], figures=(1,)),
        p(
            f"The {gbp(available - allocated)} carried forward to 2024-25 is ring-fenced for the costs of "
            "domestic homicide reviews. The Office of the Police, Fire and Crime Commissioner has indicated "
            "a grant uplift for 2024-25."
        ),
        section("4", "Domestic homicide reviews"),
        p(
            "The Partnership commissioned two Domestic Homicide Reviews (DHRs). The review into the death "
            "of 'Adult K' was signed off by the Home Office Quality Assurance Panel in February 2024 and "
            "will be published once the inquest has concluded. The review into the death of 'Adult M' is "
            "ongoing."
        ),
        section("5", "Looking ahead"),
        p(
            "The Community Safety Strategic Assessment 2024 was received by the Partnership Group in March "
            "2024. The 2023-24 priorities are carried forward into 2024-25 while the Partnership Plan is "
            "refreshed; new priorities will take effect from April 2025."
        ),
    ]


def _refresh() -> list[Flowable]:
    final = sum(a[6] for a in AWARDS_2425)
    available = GRANT_2425 + COUNCIL_2425 + BROUGHT_2425
    award_rows = [
        ("Ref", "Project", "Lead organisation", "Priority in 2024-25", "First approved", "Changed",
         "Final award", "Status"),
        *((a[0], a[1], a[2], a[3], a[4], a[5], gbp(a[6]), a[7]) for a in AWARDS_2425),
        ("", "Total", "", "", "", "", gbp(final), ""),
    ]  # fmt: skip
    budget_rows = [
        ("", "2024-25", "2025-26"),
        ("OPFCC Community Safety Grant", gbp(GRANT_2425), gbp(GRANT_2526)),
        ("Hartleburn Borough Council contribution", gbp(COUNCIL_2425), gbp(COUNCIL_2526)),
        ("Carried forward from the year before", gbp(BROUGHT_2425), gbp(BROUGHT_2526)),
        ("Total available", gbp(available), gbp(GRANT_2526 + COUNCIL_2526 + BROUGHT_2526)),
        ("Committed", gbp(final), "–"),
        ("Carried forward", gbp(available - final), "–"),
    ]
    return [
        label(),
        *title(
            "Annual Report 2024-25 and Partnership Plan Refresh 2025-26",
            "Hartleburn Community Safety Partnership (Safer Hartleburn) · July 2025",
        ),
        section("1", "Foreword from the Chair"),
        p(
            "This is my first annual report as Chair, a role I took on in July 2024 when Councillor Imogen "
            "Fairbairn left the Partnership after standing down from Hartleburn Borough Council at the May "
            "2024 elections. I thank her for five years of leadership. In 2024-25 we funded nine projects, "
            "changed two awards as circumstances changed, and refreshed the Partnership Plan using the "
            "Community Safety Strategic Assessment 2024 and a public survey with 642 responses.",
        ),
        p("<i>Chief Inspector Declan Mottram, Chair, Hartleburn Community Safety Partnership</i>"),
        subsection("1.1", "Members of the Partnership Group (July 2025)"),
        run_in("Chair", "Chief Inspector Declan Mottram, Lindmere Constabulary"),
        run_in(
            "Vice-Chair",
            "Councillor Tamsin Rowe, Cabinet Member for Communities, Hartleburn Borough Council",
        ),
        run_in(
            "Responsible authorities",
            "Councillor Gordon Pryce (Lindmere County Council); Station Manager Priya Holdsworth (Lindmere "
            "Fire and Rescue Service); Annika Storr (The Probation Service); Dr Femi Adewale (Lindmere and "
            "Coldharbour Integrated Care Board)",
        ),
        run_in(
            "Also attending",
            "Hartleburn Youth Justice Service; Lindmere Public Health; the Office of the Police, Fire and "
            "Crime Commissioner; Hartleburn Women's Aid; Brightwater Housing; Hartleburn Business Watch "
            "(from January 2025)",
        ),
        PageBreak(),
        section("2", "Our priorities for 2025-26"),
        p(
            "The Partnership Group signed off four priorities for 2025 to 2028 on 29 April 2025, replacing "
            "the three priorities of 2023-24 and 2024-25. Drug and alcohol-related harm is no longer a "
            "priority of the Partnership: from April 2025 it is led by the Lindmere Combating Drugs "
            "Partnership, to which the Partnership reports."
        ),
        *[
            item
            for number, (name, why) in enumerate(PRIORITIES_2526, 1)
            for item in (subsection(f"2.{number}", name), run_in("Why", why))
        ],
        NextPageTemplate("landscape"),
        PageBreak(),
        section("3", "2024-25 in review: what we funded"),
        rules(
            award_rows,
            [50, 146, 116, 96, 120, 82, 58, 64],
            figures=(6,),
            bold_last=True,
        ),
        p(
            "Awards are shown at their final value. Two awards were changed after they were first approved: "
            "Safe Spaces was extended to Riverside Retail Park and Change Path ended in December 2024 when "
            "the Commissioner's county-wide perpetrator programme began."
        ),
        NextPageTemplate("portrait"),
        PageBreak(),
        subsection("3.2", "Budget 2024-25 and 2025-26"),
        rules(budget_rows, [250, 90, 90], figures=(1, 2)),
        p(
            "The Commissioner's grant for 2024-25 was an uplift of £2,700 on 2023-24; for 2025-26 it is held "
            "at the 2024-25 level. The Council's contribution falls to £12,000 in 2025-26."
        ),
        subsection("3.3", "Bids we did not fund"),
        run_in(
            "Mill Street CCTV upgrade",
            "A bid of £45,000 was not supported on 16 July 2024 because it was a capital scheme; it was "
            "referred to the Council's capital programme.",
        ),
        run_in(
            "Hartleburn Boxing Academy",
            "A bid of £7,400 for equipment and coaching was declined on 21 January 2025.",
        ),
        section("4", "Looking ahead to 2025-26"),
        p(
            "Serious Violence Duty funding of £1.2m over three years has been allocated to the county by the "
            "Commissioner; Hartleburn's share is £58,000 a year, ring-fenced to the serious violence "
            "priority. The Partnership will publish its local serious violence strategy by December 2025."
        ),
        subsection("4.1", "How to bid"),
        p(
            "The Community Safety Fund 2025-26 opens for bids on 1 September 2025 and closes on 10 October "
            "2025. Bids of up to £15,000 are scored by the Funding Panel against the four priorities and "
            "decided by the Partnership Group on 4 November 2025. Application forms are available from the "
            "Community Safety Lead, Nell Ashdown."
        ),
    ]
