"""Partnership G's Strategic Intelligence Assessment 2024 (OFFICIAL): an executive summary that restates
table cells in words, a methodology, recorded crime by category for two years (22 rows, count, change and
% change) running from page 1 onto page 2 with its header repeated, ASB incidents by type with six
quarters as columns, a ward table of counts and rates per 1,000 residents, domestic abuse with years as
rows, a MoRiLE scoring table with a recommendation per theme, findings, recommendations lettered A to F
and a glossary. Band lines "OFFICIAL" and the title; foot "Ravensholt SIA 2024 · page N of M"."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from evals.archive.common import Meta, per_thousand, percent_change, signed
from evals.archive.names import RAVENSHOLT
from evals.archive.ravensholt_layout import Furniture, heading, label, ledger, p, render_pages, title

TITLE = "Safer Ravensholt Partnership Strategic Intelligence Assessment 2024"
POPULATION = 148600
# (category, 2021-22, 2022-23)
CRIME = (
    ("Violence with injury", 1402, 1668), ("Violence without injury", 1955, 2031),
    ("Stalking and harassment", 1288, 1377), ("Death or serious injury by unlawful driving", 6, 4),
    ("Homicide", 2, 1), ("Rape", 96, 112), ("Other sexual offences", 171, 183),
    ("Robbery of personal property", 88, 104), ("Robbery of business property", 14, 11),
    ("Residential burglary", 512, 468), ("Non-residential burglary", 301, 322),
    ("Vehicle offences", 864, 790), ("Theft from the person", 143, 166), ("Shoplifting", 902, 1131),
    ("Bicycle theft", 221, 198), ("All other theft", 1030, 988), ("Criminal damage and arson", 1374, 1297),
    ("Trafficking of drugs", 71, 85), ("Possession of drugs", 348, 296), ("Possession of weapons", 97, 121),
    ("Public order offences", 708, 655), ("Miscellaneous crimes against society", 160, 177),
)  # fmt: skip
QUARTERS = ("Q1 22/23", "Q2 22/23", "Q3 22/23", "Q4 22/23", "Q1 23/24", "Q2 23/24")
ASB = (
    ("Personal", (298, 331, 262, 244, 281, 302)),
    ("Nuisance", (819, 864, 664, 671, 758, 796)),
    ("Environmental", (187, 203, 121, 148, 176, 190)),
)
# (ward, population, crimes 2022-23, ASB incidents 2022-23)
WARDS = (
    ("Market Square", 9400, 2164, 903), ("Carrow Fields", 17800, 1987, 861), ("Eastholme", 16900, 1712, 702),
    ("Northgate", 21300, 1498, 548), ("Ravensholt Park", 18200, 1405, 611), ("Hatherley", 22600, 1183, 377),
    ("Sallowby", 20700, 1104, 402), ("Kingsmead and Fenwick", 21700, 1132, 408),
)  # fmt: skip
DOMESTIC = (
    ("2020-21", "1,944", "1,620", "27.4%", "212"),
    ("2021-22", "2,051", "1,577", "29.1%", "238"),
    ("2022-23", "2,137", "1,602", "31.6%", "251"),
)
# (theme, MoRiLE score out of 100, trend, recommendation)
SCORING = (
    ("Domestic abuse and VAWG", 78, "Rising", "Retain, widened to violence against women and girls (A)"),
    ("Serious violence", 74, "Rising", "Retain (B)"),
    ("Exploitation of children and vulnerable adults", 69, "Rising", "Add as a new priority (D)"),
    ("Anti-social behaviour", 61, "Falling", "Retain, focused on two wards (C)"),
    ("Drug-related harm", 52, "Mixed", "Hand to the Combating Drugs Partnership (E)"),
    ("Shoplifting", 38, "Rising", "Not a priority; refer to the BID retail crime group (F)"),
)
RECOMMENDATIONS = (
    "A. Keep domestic abuse as a priority and widen it to violence against women and girls (VAWG).",
    "B. Keep serious violence as a priority; the Board's work on it also meets the Serious Violence Duty.",
    "C. Keep anti-social behaviour as a priority, with patrols and youth work focused on Market Square and "
    "Carrow Fields.",
    "D. Add the exploitation of children and vulnerable adults, including cuckooing and county lines, as a "
    "new priority led by a new sub-group.",
    "E. Stop treating drug-related harm as a Board priority: the Lindmarsh Combating Drugs Partnership now "
    "leads on it and should report to the Board twice a year.",
    "F. Do not make shoplifting a priority; refer it to the Ravensholt BID retail crime group.",
)
GLOSSARY = (
    ("BID", "Business Improvement District"),
    ("MARAC", "Multi-Agency Risk Assessment Conference"),
    ("MoRiLE", "Management of Risk in Law Enforcement, a method of scoring threat, harm and risk"),
    ("MSG", "Most Similar Group: the 15 community safety partnership areas most like Ravensholt"),
    ("NRM", "National Referral Mechanism, for identifying victims of modern slavery and trafficking"),
    ("Cuckooing", "Taking over a vulnerable person's home to deal drugs from it"),
)


def write_assessment(path: Path) -> Path:
    return render_pages(
        path,
        _story,
        Meta(TITLE, RAVENSHOLT),
        Furniture(
            band_left=lambda _page, _total: "OFFICIAL",
            band_right=lambda _page, _total: "Strategic Intelligence Assessment 2024",
            foot=lambda page, total: f"Ravensholt SIA 2024 \u00b7 page {page} of {total}",
        ),
    )


def _story() -> list[Flowable]:
    before, after = sum(c[1] for c in CRIME), sum(c[2] for c in CRIME)
    crime = [["Crime category", "2021-22", "2022-23", "Change", "% change"]]
    crime += [[n, f"{a:,}", f"{b:,}", signed(b - a), percent_change(a, b)] for n, a, b in CRIME]
    crime.append(["<b>All recorded crime</b>", f"{before:,}", f"{after:,}", signed(after - before),
                  percent_change(before, after)])  # fmt: skip
    asb = [["ASB type", *QUARTERS]] + [[name, *(f"{v:,}" for v in values)] for name, values in ASB]
    asb.append(["<b>Total</b>", *(f"{sum(v[i] for _, v in ASB):,}" for i in range(len(QUARTERS)))])
    wards = [["Ward", "Population", "Crimes", "Crimes per 1,000", "ASB incidents", "ASB per 1,000"]]
    wards += [
        [w, f"{pop:,}", f"{c:,}", per_thousand(c, pop), f"{a:,}", per_thousand(a, pop)]
        for w, pop, c, a in WARDS
    ]
    ward_asb, crime_rate = sum(w[3] for w in WARDS), per_thousand(after, POPULATION)
    wards.append(["<b>Ravensholt</b>", f"{POPULATION:,}", f"{after:,}", crime_rate,
                  f"{ward_asb:,}", per_thousand(ward_asb, POPULATION)])  # fmt: skip
    domestic = [
        ["Year", "Domestic abuse-related crimes", "Non-crime incidents", "Repeat victims", "MARAC cases"]
    ]
    domestic += [list(row) for row in DOMESTIC]
    scoring = [["Theme", "MoRiLE score", "Trend", "Recommendation"]]
    scoring += [[t, str(s), tr, r] for t, s, tr, r in SCORING]
    return [
        label(),
        title("Strategic Intelligence Assessment 2024"),
        p(
            "Safer Ravensholt Partnership. Author: Delphine Achterberg, Senior Community Safety Analyst, "
            "Lindmarsh County Council. Final version, 9 January 2024, for the Board of 23 January 2024."
        ),
        heading("EXECUTIVE SUMMARY"),
        p(
            f"Recorded crime in Ravensholt rose by {percent_change(before, after)[1:]} in 2022-23, to "
            f"{after:,} offences, or {crime_rate} per 1,000 residents. Ravensholt is 8th of 15 "
            "in its most similar group, whose average is 79.3 crimes per 1,000. Violence with injury rose by "
            "almost a fifth and shoplifting by a quarter, while possession of drugs offences fell by nearly "
            "15%. Anti-social behaviour continued to fall, but Market Square and Carrow Fields have the "
            "highest ASB rates by a distance. Domestic abuse-related crime rose for a third year, and almost "
            "a third of victims were repeat victims."
        ),
        p(
            "Referrals of Ravensholt residents to the National Referral Mechanism rose from 19 in 2021-22 "
            "to 31 in 2022-23, and 14 homes were found to have been cuckooed (6 the year before). For "
            "2024-25 this assessment recommends four priorities: domestic abuse and VAWG, serious violence, "
            "anti-social behaviour and, new, the exploitation of children and vulnerable adults."
        ),
        heading("METHODOLOGY"),
        p(
            "Police recorded crime and ASB incidents are from Lindmarsh Constabulary's crime system, "
            "extracted on 16 October 2023: full financial years 2020-21 to 2022-23 and the first two "
            "quarters of 2023-24 (April to September 2023). Population figures are the ONS mid-2022 "
            "estimates. Harm is scored with MoRiLE by a panel of analysts from the Constabulary and the "
            "County Council."
        ),
        heading("CONTEXT"),
        p(
            "Ravensholt is a borough of 148,600 people in the county of Lindmarsh, with a town centre "
            "around Market Square, two large estates of social housing (Carrow Fields and Eastholme) and "
            "villages to the south. The borough is younger than the county average, and the night-time "
            "economy in Market Square draws visitors from across Lindmarsh on Friday and Saturday nights. "
            "Since the last assessment, in 2022, the Serious Violence Duty has come into force and the "
            "Lindmarsh Combating Drugs Partnership has been set up; this assessment also serves as the "
            "strategic needs assessment for serious violence that the Duty requires."
        ),
        p(
            "Counts of fewer than ten offences, and percentage changes on them, should be read with care. "
            "Recorded crime reflects reporting and police activity as well as offending: a rise in "
            "shoplifting follows a change in how the largest retailers report, and a fall in drug offences "
            "follows fewer stop and searches."
        ),
        heading("TABLE 1. RECORDED CRIME BY CATEGORY, 2021-22 AND 2022-23"),
        ledger(crime, (215, 65, 65, 65, 65)),
        heading("TABLE 2. ASB INCIDENTS BY TYPE AND QUARTER"),
        ledger(asb, (100, *(67,) * len(QUARTERS))),
        p(
            "ASB fell from 5,288 incidents in 2021-22 to 4,812 in 2022-23. The first half of 2023-24 (2,503 "
            "incidents) is 7.4% below the first half of 2022-23."
        ),
        heading("TABLE 3. CRIME AND ASB BY WARD, 2022-23, WITH RATES PER 1,000 RESIDENTS"),
        ledger(wards, (130, 70, 60, 85, 75, 75)),
        p(
            "Market Square, the town centre, has few residents and the night-time economy, so its rates per "
            "1,000 are far above any other ward's. Carrow Fields has the highest rates of any residential "
            "ward."
        ),
        heading("TABLE 4. DOMESTIC ABUSE, 2020-21 TO 2022-23"),
        ledger(domestic, (60, 130, 100, 90, 80)),
        heading("TABLE 5. HARM SCORING AND RECOMMENDATION BY THEME"),
        ledger(scoring, (170, 65, 55, 205)),
        heading("KEY FINDINGS"),
        p(
            "1. Serious violence: violence with injury (+266 offences) and possession of weapons (+24.7%) "
            "rose most among violent crime; a third of knife crime victims were aged under 25."
        ),
        p(
            "2. Domestic abuse: 2,137 domestic abuse-related crimes in 2022-23; MARAC heard 251 cases. "
            "Stalking and harassment rose by 6.9%."
        ),
        p(
            "3. ASB: concentrated in Market Square and Carrow Fields, which had 37% of incidents between "
            "them."
        ),
        p(
            "4. Exploitation: NRM referrals and cuckooing both rose; most child exploitation cases link to "
            "county lines from outside Lindmarsh."
        ),
        p(
            "5. Drugs: possession offences fell, reflecting less proactive policing rather than less drug "
            "use; drug-related deaths are now reviewed by the Combating Drugs Partnership."
        ),
        heading("RECOMMENDATIONS"),
        *(p(text) for text in RECOMMENDATIONS),
        heading("GLOSSARY"),
        *(p(f"<b>{term}</b>: {meaning}.") for term, meaning in GLOSSARY),
    ]
