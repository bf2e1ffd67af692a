"""Partnership I's Community Safety Strategic Assessment 2024, on hartleburn_layout's furniture: calendar
years (2021, 2022, 2023) rather than financial ones; an executive summary that restates table cells in
words; recorded crime by category with the change and % change from 2022 to 2023 in a rule table that runs
over a page break with its header repeated; a ward table (population, crimes,
rate per 1,000, rank); anti-social behaviour by type; domestic abuse-related crime; the most similar group
position for shoplifting; and recommendations R1 to R6. Top "OFFICIAL · Strategic Assessment 2024" and
"Page N", band "Ref HCSP/SA/2024 · February 2024"."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, PageBreak

from evals.archive.common import Meta, percent_change, signed
from evals.archive.hartleburn_layout import (
    Furniture,
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

TITLE = "Hartleburn Community Safety Strategic Assessment 2024"
# offence category: 2021, 2022, 2023 (calendar years)
CRIME = (
    ("Homicide", 2, 1, 3),
    ("Violence with injury", 1412, 1538, 1627),
    ("Violence without injury", 2104, 2251, 2209),
    ("Stalking and harassment", 1187, 1302, 1356),
    ("Rape", 118, 131, 127),
    ("Other sexual offences", 204, 236, 251),
    ("Robbery of personal property", 96, 118, 141),
    ("Robbery of business property", 14, 19, 17),
    ("Residential burglary", 488, 451, 402),
    ("Non-residential burglary", 173, 162, 188),
    ("Vehicle offences", 702, 768, 731),
    ("Theft from the person", 88, 104, 129),
    ("Shoplifting", 912, 1146, 1498),
    ("Bicycle theft", 157, 149, 133),
    ("All other theft offences", 1021, 1077, 1054),
    ("Criminal damage and arson", 1356, 1318, 1274),
    ("Drug offences", 362, 341, 389),
    ("Possession of weapons offences", 71, 84, 103),
    ("Public order offences", 866, 912, 887),
    ("Miscellaneous crimes against society", 149, 158, 162),
)
# ward: population, crimes 2023, rate per 1,000, rank (1 = highest rate)
WARDS = (
    ("Hartleburn Central", "9,870", "2,316", "234.7", "1"),
    ("Riverside", "14,210", "1,884", "132.6", "2"),
    ("Kingsholm", "16,540", "1,702", "102.9", "3"),
    ("Tannery Lane", "12,980", "1,096", "84.4", "4"),
    ("Mill Street", "15,310", "1,121", "73.2", "5"),
    ("Abbeygate", "18,450", "1,148", "62.2", "6"),
    ("Coldbrook", "21,760", "1,239", "56.9", "7"),
    ("Wenlock Park", "29,280", "1,469", "50.2", "8"),
)
ASB = (("Personal", 1204, 1121), ("Nuisance", 3388, 3062), ("Environmental", 417, 456))
DOMESTIC = (2209, 2316, 2402)
RECOMMENDATIONS = (
    "R1. Make serious violence and knife crime a priority, as the Serious Violence Duty requires a local "
    "strategy, and fund school-based prevention in Kingsholm and Riverside.",
    "R2. Widen the domestic abuse priority to violence against women and girls (VAWG), taking in stalking "
    "and harassment and sexual offences.",
    "R3. Make shop theft and town centre ASB a priority, working with Hartleburn Business Watch and the "
    "town centre Business Improvement District.",
    "R4. Add the exploitation of children and young people as a priority with the Youth Justice Service.",
    "R5. Hand the lead on drug and alcohol-related harm to the Lindmere Combating Drugs Partnership.",
    "R6. Repeat the public survey on feelings of safety before the Partnership Plan is refreshed.",
)


def write_assessment(path: Path) -> Path:
    return render_pages(
        path,
        _story,
        Meta(TITLE, "Lindmere County Council Partnership Analysis Team"),
        Furniture(
            top_left=lambda _page, _total: "OFFICIAL · Strategic Assessment 2024",
            top_right=lambda page, _total: f"Page {page}",
            band_left=lambda _page, _total: "Ref HCSP/SA/2024 · February 2024",
            band_right=lambda _page, _total: "Hartleburn CSP",
        ),
    )


def _totals() -> tuple[int, int, int]:
    return (sum(r[1] for r in CRIME), sum(r[2] for r in CRIME), sum(r[3] for r in CRIME))


def _crime_rows() -> list[tuple[str, ...]]:
    header = ("Offence category", "2021", "2022", "2023", "Change 2022 to 2023", "% change")
    rows = [
        (name, f"{a:,}", f"{b:,}", f"{c:,}", signed(c - b), percent_change(b, c)) for name, a, b, c in CRIME
    ]
    a, b, c = _totals()
    return [header, *rows, ("Total recorded crime", f"{a:,}", f"{b:,}", f"{c:,}", signed(c - b),
                            percent_change(b, c))]  # fmt: skip


def _story() -> list[Flowable]:
    _, b, c = _totals()
    share = DOMESTIC[2] / c * 100
    asb_rows = [
        ("ASB type", "2022", "2023", "% change"),
        *((t, f"{x:,}", f"{y:,}", percent_change(x, y)) for t, x, y in ASB),
        (
            "All ASB incidents",
            f"{sum(x for _, x, _ in ASB):,}",
            f"{sum(y for _, _, y in ASB):,}",
            percent_change(sum(x for _, x, _ in ASB), sum(y for _, _, y in ASB)),
        ),
    ]
    return [
        label(),
        *title(TITLE, "Prepared for the Hartleburn CSP Partnership Group by the Partnership Analysis Team"),
        section("1", "Executive summary"),
        p(
            f"Recorded crime in Hartleburn rose from {b:,} offences in 2022 to {c:,} in 2023 "
            f"({percent_change(b, c)}), its second rise in a row. The rise is driven by shoplifting, which "
            "rose by almost a third (+30.7%) to 1,498 offences, by robbery of personal property (+19.5%) and "
            "by possession of weapons offences, which have risen by 45% since 2021. Residential burglary "
            "fell for the second year, to 402 offences, and criminal damage continues to fall."
        ),
        p(
            "Anti-social behaviour incidents fell by 7.4% to 4,639. Domestic abuse-related crime rose to "
            f"2,402 offences, {share:.1f}% of all recorded crime."
        ),
        subsection("1.1", "Key findings"),
        ticks(
            [
                "Violence with injury rose for the second year running, by 5.8% to 1,627 offences; almost "
                "two in five of them took place in Hartleburn Central and Riverside.",
                "Theft from the person rose by 24.0% and robbery of personal property by 19.5%, mostly in "
                "the town centre and on the routes to the bus station in the evening.",
                "Drug offences rose by 14.1% after two years of falls, reflecting more proactive policing in "
                "Kingsholm rather than a clear rise in supply.",
                "Young people aged 10 to 17 were suspects in 31% of possession of weapons offences, up from "
                "22% in 2021.",
                "Residents' feelings of safety after dark fell: 47% said they felt safe in the town centre "
                "after dark in the 2023 survey.",
            ]
        ),
        section("2", "Method"),
        p(
            "Recorded crime is from Lindmere Constabulary for the calendar years 2021 to 2023, extracted on "
            "8 January 2024. ASB incidents are from police command-and-control records. Populations are the "
            "mid-2022 estimates; the borough's population is 138,400. Figures for 2023 are provisional."
        ),
        section("3", "Recorded crime"),
        subsection("3.1", "Recorded crime by offence category, 2021 to 2023"),
        rules(_crime_rows(), [170, 50, 50, 50, 90, 70], figures=(1, 2, 3, 4, 5), bold_last=True),
        p("Table 1. Source: Lindmere Constabulary; 2023 figures provisional."),
        subsection("3.2", "Crime by ward, 2023"),
        KeepTogether(
            rules(
                [("Ward", "Population", "Crimes 2023", "Rate per 1,000", "Rank"), *WARDS],
                [140, 80, 80, 90, 50],
                figures=(1, 2, 3, 4),
            )
        ),
        p(
            "Hartleburn Central, the town centre, has the highest rate at 234.7 crimes per 1,000 residents, "
            "inflated by its small resident population and its shops and night-time economy."
        ),
        PageBreak(),
        section("4", "Anti-social behaviour"),
        rules(asb_rows, [170, 70, 70, 70], figures=(1, 2, 3), bold_last=True),
        section("5", "Domestic abuse"),
        p(
            f"Domestic abuse-related crimes numbered {DOMESTIC[0]:,} in 2021, {DOMESTIC[1]:,} in 2022 and "
            f"{DOMESTIC[2]:,} in 2023. Repeat victims made up 38% of victims referred to the MARAC."
        ),
        section("6", "How Hartleburn compares"),
        run_in(
            "Most similar group",
            "Hartleburn's shoplifting rate of 10.8 per 1,000 residents is the second highest of the 15 areas "
            "in its most similar group; its rate of residential burglary is 9th of 15.",
        ),
        section("7", "Recommendations"),
        ticks(RECOMMENDATIONS),
    ]
