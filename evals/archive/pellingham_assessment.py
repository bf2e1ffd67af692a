"""Partnership H's Joint Strategic Needs Assessment – Community Safety 2022 (published January 2023): a
summary that restates cells in words, the data used, recorded crime with the two districts as column groups
(2020-21, 2021-22 and % change under each), a table of percentages only (districts and the county as
columns), hotspot wards in a short table that runs from page 2 onto page 3 WITHOUT its header repeated,
conclusions in prose, recommendations R1 to R6 and a few terms explained. Bar "JSNA – COMMUNITY SAFETY 2022",
top line "OFFICIAL – Pellingham and Stourmere", foot "Vexmoor Insight Team" and a boxed "Page N"."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from evals.archive.common import Meta
from evals.archive.names import PELLINGHAM
from evals.archive.pellingham_layout import PLUM, Furniture, grid, heading, notice, p, render_pages, title

TITLE = "Joint Strategic Needs Assessment – Community Safety 2022 (Pellingham and Stourmere)"
# offence group: Pellingham 2020-21, 2021-22; Stourmere 2020-21, 2021-22
CRIME = (
    ("All recorded crime", 4912, 5386, 8237, 8904),
    ("Violence against the person", 1688, 1902, 3015, 3344),
    ("Sexual offences", 142, 171, 236, 268),
    ("Robbery", 38, 45, 121, 110),
    ("Residential burglary", 301, 338, 412, 379),
    ("Vehicle offences", 356, 401, 688, 702),
    ("Criminal damage and arson", 602, 614, 980, 1011),
    ("Shoplifting", 265, 298, 744, 861),
    ("Drug offences", 171, 143, 402, 366),
    ("Possession of weapons", 29, 37, 71, 88),
)
PERCENTAGES = (
    ("Violent crime flagged as domestic abuse-related", "36%", "31%", "33%"),
    ("Domestic abuse victims who were repeat victims within 12 months", "29%", "34%", "30%"),
    ("Crimes with a victim aged under 18", "14%", "17%", "15%"),
    ("Knife crime suspects aged under 25", "41%", "46%", "43%"),
    ("Residents who feel safe outside after dark (Residents' Survey 2022)", "74%", "61%", "68%"),
    ("Residents who say ASB is a big problem locally (Residents' Survey 2022)", "18%", "27%", "21%"),
)
WARDS = (
    ("Stourmere Central", "Stourmere", "214.6", "Shoplifting; violence in the night-time economy"),
    ("Tanyard", "Stourmere", "131.2", "ASB; criminal damage"),
    ("Pellingham Market", "Pellingham", "118.9", "ASB; vehicle crime"),
    ("Wellgate", "Stourmere", "97.4", "Residential burglary"),
    ("Castle Hill", "Pellingham", "88.0", "Violence; drug dealing"),
    ("Ashby Moor", "Pellingham", "41.7", "Rural theft; fly-tipping"),
    ("Otterbourne and Fenn", "Pellingham", "29.3", "Rural theft; hare coursing"),
)
WARD_WIDTHS = (120, 80, 110, 190)
RECOMMENDATIONS = (
    "Keep domestic abuse and sexual violence as the first priority and commission a second IDVA for "
    "Stourmere, where a third of victims are repeat victims.",
    "Make serious violence a priority in its own right under the Serious Violence Duty, aimed at people "
    "under 25 and at Stourmere Central at night.",
    "Keep anti-social behaviour as a priority, with the renewed town centre PSPO and problem-solving in "
    "Tanyard and Pellingham Market.",
    "Add neighbourhood crime (residential burglary and vehicle offences) as a priority, given the rises in "
    "Pellingham.",
    "Stop treating drug-related harm as a separate priority: drug offences fell in both districts, and the "
    "Vexmoor Combating Drugs Partnership should lead it as a cross-cutting theme.",
    "Repeat the Residents' Survey in 2024 and agree a data-sharing agreement with the Integrated Care Board "
    "for emergency department assault data by March 2024.",
)


def write_assessment(path: Path) -> Path:
    return render_pages(
        path,
        _story,
        Meta(TITLE, PELLINGHAM),
        Furniture(
            bar=lambda _page, _total: "JSNA – COMMUNITY SAFETY 2022",
            top=lambda _page, _total: "OFFICIAL – Pellingham and Stourmere",
            foot=lambda _page, _total: "Vexmoor Insight Team",
            number=lambda page, _total: f"Page {page}",
        ),
    )


def _change(before: int, after: int) -> str:
    return f"{(after - before) / before * 100:+.1f}%"


def _crime_table() -> list[Flowable]:
    rows = [
        ["Offence group", "Pellingham", "", "", "Stourmere", "", ""],
        ["", "2020-21", "2021-22", "% change", "2020-21", "2021-22", "% change"],
    ]
    rows += [
        [name, f"{a:,}", f"{b:,}", _change(a, b), f"{c:,}", f"{d:,}", _change(c, d)]
        for name, a, b, c, d in CRIME
    ]
    spans = [
        ("SPAN", (1, 0), (3, 0)),
        ("SPAN", (4, 0), (6, 0)),
        ("SPAN", (0, 0), (0, 1)),
        ("LINEAFTER", (3, 0), (3, -1), 1.1, PLUM),
    ]
    return [
        p("<b>Table 1. Recorded crime by offence group and district</b>"),
        grid(rows, (138, 56, 56, 56, 56, 56, 56), header=2, extra=spans),
    ]


def _story() -> list[Flowable]:
    ward_rows = [["Ward", "District", "Crimes per 1,000 residents, 2021-22", "Main issues"]]
    ward_rows += [list(w) for w in WARDS]
    return [
        notice(),
        *title("Joint Strategic Needs Assessment – Community Safety 2022", "Pellingham and Stourmere"),
        p(
            "Prepared for the Pellingham and Stourmere CSP Board by Ravi Sethna, Senior Community Safety "
            "Analyst, Vexmoor Insight Team (Vexmoor County Council). Published January 2023."
        ),
        heading("Summary"),
        p(
            "Recorded crime rose in both districts between 2020-21 and 2021-22: by 9.6% in Pellingham and "
            "by 8.1% in Stourmere. Violence against the person rose by 12.7% in Pellingham and 10.9% in "
            "Stourmere. Possession of weapons offences rose by around a quarter in both. Drug offences fell "
            "by about a sixth in Pellingham. Residential burglary rose in Pellingham but fell in Stourmere. "
            "One in three domestic abuse victims in Stourmere was a repeat victim."
        ),
        heading("Data and period"),
        p(
            "Police recorded crime and incidents from Vexmoor Police for 1 April 2020 to 31 March 2022; "
            "domestic abuse flags and repeat victim counts from the same source; ward populations from the "
            "2021 Census; the Vexmoor Residents' Survey 2022 (1,840 responses across the two districts, "
            "carried out in September and October 2022; the survey has not been run here before). Counts "
            "under 10 are not shown."
        ),
        *_crime_table(),
        PageBreak(),
        heading("Victims, vulnerability and perceptions"),
        p("<b>Table 2. Selected measures, per cent</b>"),
        grid([["Measure", "Pellingham", "Stourmere", "Vexmoor"], *map(list, PERCENTAGES)], (260, 70, 70, 70)),
        p(
            "Perceptions differ sharply between the districts: in Stourmere fewer than two in three "
            "residents feel safe outside after dark, against three in four in Pellingham. Young people are "
            "more often both victims and suspects in Stourmere."
        ),
        heading("Where crime is concentrated"),
        p(
            "Seven wards account for over half of all recorded crime in the two districts. Stourmere "
            "Central, which holds the town's shops, bars and bus station, has a rate more than twice any "
            "ward in Pellingham. The rural wards of Pellingham have low rates but a distinct pattern of "
            "rural theft from farms and outbuildings, fly-tipping and hare coursing, which residents raise "
            "often."
        ),
        p("<b>Table 3. Hotspot wards, highest rate first</b>"),
        grid(ward_rows[:5], WARD_WIDTHS),
        PageBreak(),
        grid(ward_rows[5:], WARD_WIDTHS, header=0),
        heading("Conclusions"),
        p(
            "Violence, including domestic abuse, is the largest and fastest-growing harm in both districts, "
            "and it falls most on young people in Stourmere. Anti-social behaviour remains what residents "
            "notice most. Neighbourhood crime has grown in Pellingham, where it had been falling. Drug "
            "offences, which depend heavily on proactive policing, fell, and the county's new Combating "
            "Drugs Partnership is better placed to lead on treatment and supply. The recommendations below "
            "follow."
        ),
        heading("Recommendations"),
        *[p(f"<b>R{n}</b> {text}") for n, text in enumerate(RECOMMENDATIONS, 1)],
        heading("Terms used"),
        p(
            "IDVA: Independent Domestic Violence Adviser. PSPO: Public Spaces Protection Order. Serious "
            "Violence Duty: the duty on local partners, from January 2023, to work together to prevent and "
            "reduce serious violence. Repeat victim: a victim of a further domestic abuse crime or incident "
            "within 12 months."
        ),
    ]
