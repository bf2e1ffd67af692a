"""Partnership J's two yearly reports on ashwick_layout's furniture.

Annual Report 2022-23: a chair's foreword, the membership in a striped table (role, name, organisation),
the four priorities of the Strategy 2020-23, a page of case studies in two columns, and the grants of
2022-23 in whole pounds with a budget summary (grant, two council contributions, brought forward, carried
forward). Strategy 2023-26 Year 1 Progress Report 2023-24: a new Chair and Vice-Chair, four different
priorities with a progress rating each, the membership as a list by organisation, and a landscape page of
the 2023-24 grant aid in £k (approved, changed in year, final: topped up, reduced, rescinded) with the
budget, the underspend returned and the reserve."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from evals.archive.ashwick_layout import (
    Furniture,
    caption,
    dashes,
    heading,
    minor,
    notice,
    p,
    para,
    pounds,
    render_pages,
    thousands,
    title,
    zebra,
)
from evals.archive.common import Meta
from evals.archive.names import ASHWICK

TITLE_2223 = "Ashwick and Mardle Safer Communities Board Annual Report 2022-23"
TITLE_2324 = "Ashwick and Mardle Safer Communities Board Strategy 2023-26: Year 1 Progress Report 2023-24"
MEMBERS_2223 = (
    ("Chair", "Councillor Annabel Sallow", "Ashwick District Council"),
    ("Vice-Chair", "Superintendent Rhys Calloway", "Harrowdene Constabulary"),
    ("Member", "Councillor Dev Mistry", "Mardle Borough Council"),
    ("Member", "Group Manager Tobias Wren", "Harrowdene Fire and Rescue Service"),
    ("Member", "Hannah Oyelaran", "The Probation Service, Harrowdene"),
    ("Member", "Dr Marcus Feld", "Harrowdene and Tamsey Integrated Care Board"),
    ("Member", "Gareth Lomax", "Harrowdene County Council"),
    ("Adviser", "Joanne Teague", "Office of the Police and Crime Commissioner for Harrowdene"),
    ("Adviser", "Sadia Rahman", "Moorgate Domestic Abuse Service"),
    ("Adviser", "Callum Pryor", "Harrowdene Youth Justice Service"),
)
# project, provider, priority, amount (2022-23, whole pounds)
GRANTS_2223 = (
    ("Independent Domestic Violence Adviser", "Moorgate Domestic Abuse Service", "Domestic abuse", 22000),
    ("Partnership analyst (Board's share)", "Harrowdene County Council", "All priorities", 17500),
    ("Ashwick Youth Outreach (detached youth work)", "Ashwick Youth Trust", "ASB and rural crime", 14200),
    ("Lock Fit burglary target hardening", "Care and Repair Harrowdene", "Neighbourhood acquisitive crime",
     6480),
    ("ASB case management system licence", "Mardle Borough Council", "ASB and rural crime", 5100),
    ("Farm Watch trail cameras", "Harrowdene Constabulary Rural Crime Team", "ASB and rural crime", 3950),
    ("Community Speed Watch kits", "Harrowdene Road Safety Partnership", "Safer roads", 2750),
)  # fmt: skip
INCOME_2223 = (
    ("Police and Crime Commissioner Community Safety Grant", 66000),
    ("Ashwick District Council contribution", 6000),
    ("Mardle Borough Council contribution", 6000),
    ("Brought forward from 2021-22", 280),
)
# project, provider, priority, approved, change in year, final award (2023-24, pounds)
GRANTS_2324 = (
    ("Independent Domestic Violence Adviser", "Moorgate Domestic Abuse Service", "VAWG",
     "Board, 20 June 2023", "–", 24000),
    ("Partnership analyst (Board's share)", "Harrowdene County Council", "All", "Board, 20 June 2023", "–",
     18000),
    ("Edge Talks knife crime education in secondary schools", "Steel Minds CIC", "Serious violence",
     "Deferred 20 June 2023; approved 19 September 2023", "–", 12400),
    ("Ashwick Youth Outreach", "Ashwick Youth Trust", "Exploitation", "Board, 20 June 2023",
     "Reduced from £15.6k, 12 December 2023", 11200),
    ("Mardle Shopwatch radio scheme", "Mardle Business Improvement District", "Retail crime",
     "Board, 20 June 2023", "Topped up from £6.5k, 19 September 2023", 9000),
    ("Mardle Night Safe welfare hub", "Harrowdene Street Angels", "VAWG",
     "Chair's action, 6 February 2024", "–", 7500),
    ("Domestic homicide review costs", "Board (virement)", "VAWG", "12 December 2023", "–", 4000),
    ("Ask for Angela training for licensed premises", "Mardle Borough Council Licensing", "VAWG",
     "Board, 19 September 2023", "–", 3200),
    ("Mardle Street Pastors", "Mardle Street Pastors", "Retail crime", "Board, 20 June 2023",
     "Rescinded 12 December 2023 (£8k)", 0),
)  # fmt: skip
HEADING_2324 = "Safer Communities Strategy 2023-26 · Year 1 (April 2023 to March 2024)"
INCOME_2324 = (
    ("Police and Crime Commissioner Community Safety Grant", 72000),
    ("Ashwick District Council contribution", 10000),
    ("Mardle Borough Council contribution", 10000),
    ("Brought forward from 2022-23", 6300),
)


def write_annual_report_2223(path: Path) -> Path:
    return render_pages(
        path,
        _story_2223,
        Meta(TITLE_2223, ASHWICK),
        Furniture(heading=lambda _page, _total: "Annual Report 2022/23"),
    )


def write_progress_report_2324(path: Path) -> Path:
    return render_pages(
        path,
        _story_2324,
        Meta(TITLE_2324, ASHWICK),
        Furniture(heading=lambda _page, _total: HEADING_2324),
    )


def _story_2223() -> list[Flowable]:
    income = sum(a for _, a in INCOME_2223)
    spent = sum(g[3] for g in GRANTS_2223)
    grant_rows = [["Project", "Provider", "Priority", "Amount"]]
    grant_rows += [[a, b, c, pounds(d)] for a, b, c, d in GRANTS_2223]
    grant_rows.append(["Total awarded 2022-23", "", "", pounds(spent)])
    budget_rows = [["Budget 2022-23", "£"], *([n, pounds(a)] for n, a in INCOME_2223)]
    budget_rows += [["Total available", pounds(income)], ["Awarded (table above)", pounds(spent)],
                    ["Carried forward to 2023-24", pounds(income - spent)]]  # fmt: skip
    return [
        notice(),
        *title("Annual Report 2022-23", "Ashwick and Mardle Safer Communities Board"),
        heading("1", "Foreword from the Chair"),
        para(
            "1.1",
            "This is my last report as Chair. I stand down from Ashwick District Council at the May 2023 "
            "elections, and the Board will elect a new Chair at its June meeting. Our Strategy 2020-23 "
            "ends this year; a strategic assessment is under way to shape the next one.",
        ),
        p("<i>Councillor Annabel Sallow, Chair</i>"),
        heading("2", "About the Board"),
        para(
            "2.1",
            "The Ashwick and Mardle Safer Communities Board is the community safety partnership for the two "
            "districts of Ashwick and Mardle under the Crime and Disorder Act 1998. It meets quarterly, "
            "alternating between Ashwick Guildhall and Mardle Town Hall; four responsible authorities make "
            "a quorum.",
        ),
        para("2.2", "Its members in 2022-23 were:"),
        zebra([["Role", "Name", "Organisation"], *MEMBERS_2223], [70, 160, 249]),
        para(
            "2.3",
            "Lorna Kettle, Community Safety Manager for the two councils, supports the Board; Ashwick "
            "District Council holds its budget as accountable body.",
        ),
        heading("3", "Our priorities in 2022-23"),
        para("3.1", "The Strategy 2020-23 set four priorities, unchanged in its final year:"),
        dashes(
            [
                "Anti-social behaviour and rural crime",
                "Domestic abuse",
                "Neighbourhood acquisitive crime (burglary and vehicle crime)",
                "Safer roads",
            ]
        ),
        NextPageTemplate("columns"),
        PageBreak(),
        heading("4", "The year in brief"),
        minor("Lock Fit"),
        p(
            "Care and Repair Harrowdene fitted locks, door chains and lighting at 212 homes, most of "
            "them older residents who had been burgled or lived next door to a burglary. Residential "
            "burglary fell again, and no Lock Fit home has been burgled since."
        ),
        minor("Farm Watch"),
        p(
            "Twelve trail cameras bought with a grant of just under £4,000 were lent to farms around Ashwick "
            "Rural. They recorded two vehicles later linked to thefts of quad bikes."
        ),
        minor("Youth outreach"),
        p(
            "Ashwick Youth Trust ran detached youth work on Friday and Saturday evenings in Fellside and "
            "Brookhay, meeting 340 young people over the year."
        ),
        minor("Domestic abuse"),
        p(
            "The Independent Domestic Violence Adviser at Moorgate Domestic Abuse Service supported 161 "
            "high-risk victims, 23 more than last year. The Board commissioned no domestic homicide review "
            "in 2022-23."
        ),
        minor("Speed Watch"),
        p(
            "Volunteers in six villages ran 140 Community Speed Watch sessions with the new kits. Road "
            "safety passes to the Harrowdene Road Safety Partnership from April 2023."
        ),
        minor("Training"),
        p(
            "Eighty-four staff from partner agencies completed the Board's training on coercive control and "
            "on the ASB case review (community trigger)."
        ),
        NextPageTemplate("portrait"),
        PageBreak(),
        heading("5", "Funding"),
        para(
            "5.1",
            "The Board awarded seven grants from its Community Safety Fund in 2022-23. Bids are considered "
            "at the June meeting; later bids at any quarterly meeting while money remains.",
        ),
        caption("Table 5.1: Grants awarded, 2022-23"),
        zebra(grant_rows, [175, 140, 104, 60], figures=(3,), total_row=True),
        caption("Table 5.2: Budget summary, 2022-23"),
        zebra(budget_rows, [300, 80], figures=(1,)),
        para(
            "5.2",
            "The Board also holds a reserve of £52,000 from earlier years' council contributions, kept for "
            "match funding and domestic homicide reviews.",
        ),
    ]


def _story_2324() -> list[Flowable]:
    income = sum(a for _, a in INCOME_2324)
    final = sum(g[5] for g in GRANTS_2324)
    rows = [["Project", "Provider", "Priority", "Approved", "Changed in year", "Final award"]]
    rows += [[a, b, c, d, e, thousands(f)] for a, b, c, d, e, f in GRANTS_2324]
    rows.append(["Total grant aid 2023-24", "", "", "", "", thousands(final)])
    budget = [["Budget 2023-24", "£k"], *([n, thousands(a)] for n, a in INCOME_2324)]
    budget += [
        ["Total available", thousands(income)],
        ["Final awards", thousands(final)],
        ["Underspend returned to the Police and Crime Commissioner", thousands(income - final)],
    ]
    ratings = [
        ["Priority (Strategy 2023-26)", "Lead group", "Year 1 rating"],
        ["1. Serious violence and knife crime", "Serious Violence Duty Group", "Amber"],
        ["2. Violence against women and girls", "VAWG Strategic Group", "Green"],
        ["3. Retail crime and safer town centres", "Town Centres Group", "Green"],
        ["4. Exploitation and county lines", "Exploitation Sub-Group", "Red"],
    ]
    return [
        notice(),
        *title(
            "Safer Communities Strategy 2023-26",
            "Year 1 Progress Report 2023-24 · Ashwick and Mardle Safer Communities Board",
        ),
        heading("1", "Introduction"),
        para(
            "1.1",
            "In June 2023 the Board adopted a new three-year Safer Communities Strategy on the "
            "recommendations of the Strategic Assessment 2023. This report covers its first year and "
            "replaces the annual report of earlier years.",
        ),
        para(
            "1.2",
            "Superintendent Rhys Calloway of Harrowdene Constabulary was elected Chair on 20 June 2023, "
            "succeeding Councillor Annabel Sallow, and Councillor Dev Mistry of Mardle Borough Council "
            "Vice-Chair. Both serve until June 2025.",
        ),
        heading("2", "Our priorities for 2023-26"),
        para(
            "2.1",
            "The strategy sets four priorities. Anti-social behaviour and rural crime are now managed by "
            "the ASB Tactical Group, and road safety by the Harrowdene Road Safety Partnership.",
        ),
        zebra(ratings, [210, 170, 99]),
        para(
            "2.2",
            "Exploitation is rated red because the Exploitation Sub-Group met only twice and its action "
            "plan is not yet agreed. Knife crime education reached 2,900 pupils in eight secondary schools.",
        ),
        heading("3", "Who sits on the Board"),
        para("3.1", "Members on 31 March 2024, by organisation:"),
        dashes(
            [
                "Harrowdene Constabulary: Superintendent Rhys Calloway (Chair)",
                "Mardle Borough Council: Councillor Dev Mistry (Vice-Chair)",
                "Ashwick District Council: Councillor Owen Pardoe",
                "Harrowdene County Council: Gareth Lomax",
                "Harrowdene Fire and Rescue Service: Station Manager Ellis Nairn",
                "The Probation Service, Harrowdene: Hannah Oyelaran",
                "Harrowdene and Tamsey Integrated Care Board: Dr Marcus Feld",
                "Advisers: Joanne Teague (Office of the Police and Crime Commissioner), Sadia Rahman "
                "(Moorgate Domestic Abuse Service), Callum Pryor (Harrowdene Youth Justice Service)",
            ]
        ),
        para(
            "3.2",
            "The Board met on 20 June, 19 September and 12 December 2023 (virtually) and 19 March 2024. "
            "Lorna Kettle, Community Safety Manager, supports it.",
        ),
        NextPageTemplate("landscape"),
        PageBreak(),
        heading("4", "Grant aid 2023-24"),
        para(
            "4.1",
            "Awards from the Community Safety Fund, in thousands of pounds (£k), with any change made during "
            "the year. A Safer Streets Fund bid was unsuccessful, so the £45k of reserve approved in "
            "principle as match funding was never drawn.",
        ),
        zebra(rows, [170, 140, 80, 140, 140, 62], figures=(5,), total_row=True),
        caption("Table 4.1: Grant aid awarded, 2023-24 (£k)"),
        zebra(budget, [330, 70], figures=(1,)),
        para(
            "4.2",
            "The reserve stands at £52k. The underspend was returned under the grant conditions, which do "
            "not allow the grant to be carried forward.",
        ),
    ]
