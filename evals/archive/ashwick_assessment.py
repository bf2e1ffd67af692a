"""Partnership J's Strategic Assessment 2023, on ashwick_layout's furniture: financial years 2019-20 to
2022-23; numbered paragraphs; Table 1 with the YEARS AS ROWS and offence groups as columns, then a change
row and a % change row; Table 2, offences by category for 2021-22 and 2022-23 with change and % change,
split over a page break and continued under "Table 2 (continued)" with its header repeated; Table 3, crime
rates per 1,000 residents by neighbourhood area in the two towns; Table 4, ASB incidents by town; and
recommendations "Rec 1" to "Rec 6". Header "Strategic Assessment 2023", footer "OFFICIAL" and "page X of
Y"."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from evals.archive.ashwick_layout import (
    Furniture,
    caption,
    heading,
    minor,
    notice,
    p,
    para,
    render_pages,
    title,
    zebra,
)
from evals.archive.common import Meta, percent_change, signed

TITLE = "Ashwick and Mardle Safer Communities Board Strategic Assessment 2023"
# offence category: 2021-22, 2022-23
CATEGORIES = (
    ("Homicide", 1, 2),
    ("Violence with injury", 1286, 1402),
    ("Violence without injury", 1744, 1861),
    ("Stalking and harassment", 958, 1047),
    ("Rape", 96, 104),
    ("Other sexual offences", 171, 189),
    ("Robbery", 74, 91),
    ("Residential burglary", 412, 368),
    ("Non-residential burglary", 203, 219),
    ("Vehicle offences", 597, 552),
    ("Theft from the person", 61, 83),
    ("Shoplifting", 704, 968),
    ("Bicycle theft", 122, 109),
    ("All other theft offences", 836, 851),
    ("Criminal damage and arson", 1118, 1064),
    ("Drug offences", 318, 355),
    ("Possession of weapons offences", 58, 79),
    ("Public order offences", 692, 731),
    ("Miscellaneous crimes against society", 117, 124),
)
SPLIT = 14  # Table 2's rows before the page break
GROUPS = {
    "Violence against the person": ("Homicide", "Violence with injury", "Violence without injury",
                                    "Stalking and harassment"),
    "Sexual offences": ("Rape", "Other sexual offences"),
    "Burglary": ("Residential burglary", "Non-residential burglary"),
    "Vehicle offences": ("Vehicle offences",),
    "Shoplifting": ("Shoplifting",),
}  # fmt: skip
# Table 1's earlier years: each group, then all recorded crime
EARLIER = {
    "2019-20": (3702, 241, 688, 731, 655, 9894),
    "2020-21": (3588, 226, 574, 512, 471, 8870),
}
# area, town, population, share of 2022-23 crime (the last area takes the remainder)
AREAS = (
    ("Ashwick Town Centre", "Ashwick", 7420, 1688),
    ("Fellside", "Ashwick", 13260, 1204),
    ("Brookhay", "Ashwick", 11930, 866),
    ("Ashwick Rural", "Ashwick", 16840, 702),
    ("Mardle Quayside", "Mardle", 8950, 1731),
    ("Mardle Central", "Mardle", 12110, 1419),
    ("Saltings", "Mardle", 14380, 1015),
    ("Mardle East", "Mardle", 15270, 0),
)
ASB = (("Ashwick", 2214, 2019), ("Mardle", 2687, 2805))
RECOMMENDATIONS = (
    "<b>Rec 1.</b> Adopt serious violence and knife crime as a priority for the Strategy 2023-26, meeting "
    "the Serious Violence Duty, and commission knife crime education in secondary schools in both towns.",
    "<b>Rec 2.</b> Widen the domestic abuse priority to violence against women and girls (VAWG), taking in "
    "stalking and harassment and sexual offences.",
    "<b>Rec 3.</b> Make retail crime and safer town centres a priority, working with the Mardle Business "
    "Improvement District and Ashwick traders.",
    "<b>Rec 4.</b> Add exploitation and county lines as a priority, with the Harrowdene Youth Justice "
    "Service and the county Combating Drugs Partnership.",
    "<b>Rec 5.</b> Manage anti-social behaviour and rural crime through the ASB Tactical Group rather than "
    "as Board priorities, and pass road safety to the Harrowdene Road Safety Partnership.",
    "<b>Rec 6.</b> Agree a data-sharing protocol with Harrowdene and Tamsey ICB so that assaults seen at "
    "Mardle General Hospital's emergency department can be mapped (the Cardiff Model).",
)


def write_assessment(path: Path) -> Path:
    return render_pages(
        path,
        _story,
        Meta(TITLE, "Harrowdene County Council Community Safety Research Team"),
        Furniture(heading=lambda _page, _total: "Strategic Assessment 2023 · data to 31 March 2023"),
    )


def _year(index: int) -> dict[str, int]:
    return {name: (a, b)[index] for name, a, b in CATEGORIES}


def _group_counts(index: int) -> list[int]:
    counts = _year(index)
    groups = [sum(counts[c] for c in members) for members in GROUPS.values()]
    return [*groups, sum(counts.values())]


def _total(index: int) -> int:
    return sum((a, b)[index] for _, a, b in CATEGORIES)


def _areas() -> list[tuple[str, str, int, int]]:
    named = sum(a[3] for a in AREAS[:-1])
    last = AREAS[-1]
    return [*AREAS[:-1], (last[0], last[1], last[2], _total(1) - named)]


def _table_one() -> list[list[str]]:
    header = ["Year", *GROUPS, "All recorded crime"]
    rows = [header]
    for year, values in EARLIER.items():
        rows.append([year, *(f"{v:,}" for v in values)])
    before, after = _group_counts(0), _group_counts(1)
    rows.append(["2021-22", *(f"{v:,}" for v in before)])
    rows.append(["2022-23", *(f"{v:,}" for v in after)])
    rows.append(["Change 2021-22 to 2022-23", *(signed(b - a) for a, b in zip(before, after, strict=True))])
    rows.append(["% change", *(percent_change(a, b) for a, b in zip(before, after, strict=True))])
    return rows


def _table_two(rows: tuple[tuple[str, int, int], ...], total: bool) -> list[list[str]]:
    header = ["Offence category", "2021-22", "2022-23", "Change", "% change"]
    body = [[n, f"{a:,}", f"{b:,}", signed(b - a), percent_change(a, b)] for n, a, b in rows]
    if total:
        a, b = _total(0), _total(1)
        body.append(["Total recorded crime", f"{a:,}", f"{b:,}", signed(b - a), percent_change(a, b)])
    return [header, *body]


def _story() -> list[Flowable]:
    a, b = _total(0), _total(1)
    areas = _areas()
    population = sum(x[2] for x in areas)
    area_rows = [["Neighbourhood area", "Town", "Population (mid-2021)", "Crimes 2022-23",
                  "Rate per 1,000", "Rank"]]  # fmt: skip
    ranked = sorted(areas, key=lambda x: -x[3] / x[2])
    for area, town, people, crimes in areas:
        rank = ranked.index((area, town, people, crimes)) + 1
        area_rows.append(
            [area, town, f"{people:,}", f"{crimes:,}", f"{crimes / people * 1000:.1f}", str(rank)]
        )
    rate = f"{b / population * 1000:.1f}"
    area_rows.append(["Ashwick and Mardle", "Both", f"{population:,}", f"{b:,}", rate, "–"])
    asb_rows = [["Town", "2021-22", "2022-23", "Change", "% change"]]
    asb_rows += [[t, f"{x:,}", f"{y:,}", signed(y - x), percent_change(x, y)] for t, x, y in ASB]
    ax, ay = sum(x for _, x, _ in ASB), sum(y for _, _, y in ASB)
    asb_rows.append(["Both towns", f"{ax:,}", f"{ay:,}", signed(ay - ax), percent_change(ax, ay)])
    wide = [74, 68, 62, 58, 58, 74, 85]
    return [
        notice(),
        *title("Strategic Assessment 2023", "Ashwick and Mardle Safer Communities Board · May 2023"),
        heading("1", "Summary"),
        para(
            "1.1",
            f"Police recorded {b:,} crimes in Ashwick and Mardle in 2022-23, {b - a:,} more than in 2021-22 "
            f"({percent_change(a, b)}). Crime is now above its level before the pandemic (9,894 in 2019-20).",
        ),
        para(
            "1.2",
            "Shoplifting rose by more than a third, from 704 to 968 offences, most of it in Mardle Quayside "
            "and Ashwick Town Centre. Possession of weapons offences rose from 58 to 79 (+36.2%).",
        ),
        para(
            "1.3",
            "Residential burglary and vehicle offences both fell for a third year. Anti-social behaviour "
            "incidents fell in Ashwick but rose in Mardle.",
        ),
        para(
            "1.4",
            "The assessment recommends four priorities for the Safer Communities Strategy 2023-26 "
            "(Rec 1 to Rec 4) in place of the four of the 2020-23 strategy.",
        ),
        heading("2", "Method"),
        para(
            "2.1",
            "Recorded crime and ASB incidents are from Harrowdene Constabulary's crime system, extracted on "
            "14 April 2023 for the financial years 2019-20 to 2022-23. Population figures are Census 2021 "
            "estimates for the eight neighbourhood areas. Rates are crimes per 1,000 residents.",
        ),
        para(
            "2.2",
            "Prepared by the Community Safety Research Team, Harrowdene County Council, for the Board's "
            "meeting on 20 June 2023. Figures of fewer than five are shown but should not be compared.",
        ),
        PageBreak(),
        heading("3", "Recorded crime"),
        caption("Table 1: Recorded crime by offence group, 2019-20 to 2022-23 (years as rows)"),
        zebra(_table_one(), wide, figures=range(1, 7)),
        para(
            "3.1",
            "Table 1 shows violence against the person, the largest offence group, above its 2019-20 level "
            "for the first time. Burglary is at its lowest in four years.",
        ),
        CondPageBreak(40),
        caption("Table 2: Recorded crime by offence category, 2021-22 and 2022-23"),
        zebra(_table_two(CATEGORIES[:SPLIT], False), [190, 70, 70, 70, 70], figures=range(1, 5)),
        PageBreak(),
        caption("Table 2 (continued)"),
        zebra(
            _table_two(CATEGORIES[SPLIT:], True), [190, 70, 70, 70, 70], figures=range(1, 5), total_row=True
        ),
        heading("4", "Where crime happens"),
        caption("Table 3: Crime rate per 1,000 residents by neighbourhood area, 2022-23"),
        zebra(area_rows, [120, 60, 88, 72, 72, 50], figures=range(2, 6), total_row=True),
        para(
            "4.1",
            "Ashwick Town Centre has the highest rate, more than three times the average for the two "
            "towns, with Mardle Quayside second. Ashwick Rural has the lowest.",
        ),
        minor("Anti-social behaviour"),
        caption("Table 4: ASB incidents recorded by the police, by town"),
        zebra(asb_rows, [120, 70, 70, 70, 70], figures=range(1, 5), total_row=True),
        PageBreak(),
        heading("5", "Recommendations"),
        para("5.1", "The Board is asked to agree the following recommendations."),
        *(p(text) for text in RECOMMENDATIONS),
        heading("6", "Glossary"),
        p(
            "<b>ASB</b> anti-social behaviour. <b>VAWG</b> violence against women and girls. <b>ICB</b> "
            "Integrated Care Board. <b>BID</b> Business Improvement District."
        ),
    ]
