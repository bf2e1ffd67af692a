"""Partnership AI's facts, shared by its documents: the community safety partnership of Ellerdyke, an English
metropolitan borough in the Dunsmere city region, whose elected Mayor holds the police and crime
commissioner's functions (through a Deputy Mayor for Policing and Crime), 2022-23 to 2023-24 (with what was
known of 2024-25 by July 2024). Its strategic body is the Executive, chaired in turn for two years by the
council and then the police; it spends the Safer Ellerdyke Fund, made of the Mayor's Community Safety Grant,
the council's contribution and what is brought forward, and holds a Partnership Reserve that only the
Executive may release. A Grants Sub-Group, chaired by the Vice-Chair, decides bids up to its limit from a
pot the Executive sets; the Head of Safer Communities decides the smallest under delegated powers. The
people and their changes (the chair passed from the council to the police in May 2023), the four priorities
of 2020-23 replaced by three for 2023-26, the awards of two years and their later changes, the money, the
strategic assessment's figures (years to September) and the rules changed from April 2024 by the terms of
reference version 3."""

from __future__ import annotations

NAME = "Ellerdyke Community Safety Partnership"
SHORT = "ECSP"
BOARD = "Executive"
SUBGROUP = "Grants Sub-Group"
FUND = "Safer Ellerdyke Fund"
RESERVE = "Partnership Reserve"
GRANT_NAME = "Mayor's Community Safety Grant"
OFFICER_TITLE = "Head of Safer Communities"

COUNCIL = "Ellerdyke Metropolitan Borough Council"
POLICE = "Dunsmere Police"
FIRE = "Dunsmere Fire and Rescue Service"
PROBATION = "The Probation Service (Ellerdyke and Calvesby PDU)"
ICB = "NHS Dunsmere Integrated Care Board"
CCG = "NHS Ellerdyke Clinical Commissioning Group"  # until 30 June 2022
COMBINED = "Dunsmere Combined Authority"
DMPC = "Deputy Mayor for Policing and Crime"
YJS = "Ellerdyke Youth Justice Service"
PUBLIC_HEALTH = "Ellerdyke Public Health"
WOMENS_AID = "Ellerdyke Women's Aid"
VICTIM_CARE = "Dunsmere Victim Care"
BOXING = "Cinder Lane Boxing Club"
NIGHTLIGHT = "Ellerdyke Nightlight Volunteers"
YOUTH = "Yarnley Youth Project"
RECOVERY = "Dunsmere Recovery Partnership"
THEATRE = "Saltbox Theatre Company"
CHURCH = "Hobbleswade Community Church"
RESIDENTS = "Otterlade Residents' Association"
CHAMBER = "Ellerdyke Chamber of Trade"
VCS = "Ellerdyke Voluntary Action"
HOUSING = "Saxonholt Homes"

# People.
CHAIR_OLD = (
    "Councillor Adaeze Oyetunde"  # Cabinet Member for Stronger Communities; Chair May 2021 to May 2023
)
CHAIR = "Chief Superintendent Daniel Hursthouse"  # Ellerdyke district commander; Vice-Chair, then Chair
VICE = "Councillor Samir Quartermaine"  # Cabinet Member for Stronger Communities from May 2023; Vice-Chair
OFFICER = "Graham Pendlebury"  # Head of Safer Communities, the council: delegated powers
ANALYST = "Hannah Ashburn"  # Partnership Analyst, the council
FIRE_REP = "Group Manager Philippa Drury"
PROBATION_REP = "Martin Ebdon"  # Head of the Ellerdyke and Calvesby PDU
ICB_REP = "Dr Sunita Varsani"  # Associate Director of Safeguarding
PH_REP = "Dr Colin Linthwaite"  # Consultant in Public Health
YJS_REP = "Rachel Onyango"  # Head of Youth Justice
DMPC_REP = "Lucy Brennand"  # Policy Officer, the Deputy Mayor's office
DA_REP = "Joanna Rimmington"  # Chief Executive, Ellerdyke Women's Aid
HOUSING_REP = "Peter Veasey"  # Saxonholt Homes
VCS_REP = "Imogen Dexter"  # Ellerdyke Voluntary Action; sits on the Grants Sub-Group
INSPECTOR = "Inspector Ravi Bassi"  # neighbourhood inspector; sits on the Grants Sub-Group
DIRECTOR = "Andrew Felgate"  # Director of Neighbourhoods, the council
CLERK = "Sophie Carrow"  # Democratic Services

POPULATION = 214600
CITY_REGION_GRANT = "£1.2m"  # the Mayor's Community Safety Grant across the city region's five boroughs

PRIORITIES_OLD = (
    "Tackling domestic abuse",
    "Reducing anti-social behaviour and neighbourhood crime",
    "Reducing reoffending",
    "Protecting vulnerable people from exploitation",
)
PRIORITIES_NEW = (
    "Violence against women and girls, including domestic abuse",
    "Serious violence and knife crime",
    "Safer neighbourhoods: anti-social behaviour, burglary and the Bridgegate night-time economy",
)

# Rules before and after the terms of reference version 3 (approved 25 January 2024, in force 1 April 2024).
SUBGROUP_LIMIT_OLD, SUBGROUP_LIMIT = 10000, 15000
OFFICER_LIMIT_OLD, OFFICER_LIMIT = 2500, 3000
QUORUM_OLD = "five members, three of them from different responsible authorities"
QUORUM = "half of the voting members, including the council and the police"
MEETINGS_OLD = "every eight weeks"
MEETINGS = "quarterly, with the annual meeting in May"
RESERVE_FLOOR = 15000  # from April 2024 the reserve may not fall below this

# Money of 2022-23.
GRANT_2223 = 148000
COUNCIL_2223 = 30000
BF_2223 = 11600
AVAILABLE_2223 = GRANT_2223 + COUNCIL_2223 + BF_2223
RESERVE_OPEN_2223 = 35000

# Awards of 2022-23 from the fund: reference, project, organisation, old priority (0 for all), sum,
# decided (ISO), by whom.
Award = tuple[str, str, str, int, int, str, str]
IDVA_2223 = 46000
ADVOCATE_ASK_2223, ADVOCATE_2223 = 14000, 12400
RINGFIT_ASK_2223, RINGFIT_2223 = 18000, 15000
RINGFIT_RETURNED_2223 = 1200  # sessions cancelled in February 2023
ANALYST_2223 = 30000
HUB_2223, HUB_AMENDED_2223 = 9800, 7300  # cut on 8 December 2022: the church hall lent free of charge
CCTV_ASK, CCTV = 22500, 21750  # deferred 14 July 2022 for costings; approved 8 December 2022
SPEEDWATCH = 3200  # Otterlade speedwatch: declined 14 July 2022 and 5 October 2023 (road safety)
POT_2223 = 20000  # the Grants Sub-Group's autumn round, set 14 July 2022
SMALL_2223: tuple[tuple[str, str, str, int, int], ...] = (
    ("SG22-01", "Friday youth club", YOUTH, 4, 4000),
    ("SG22-02", "Alley gates, Otterlade", RESIDENTS, 2, 3900),
    ("SG22-03", "Shopwatch radios, Bridgegate", CHAMBER, 2, 2250),
    ("SG22-04", "Recovery caf\u00e9 evenings", RECOVERY, 3, 4500),
)
SMALL_TOTAL_2223 = sum(s[4] for s in SMALL_2223)
HATE_WEEK = 1850  # Hate Crime Awareness Week events: the Head of Safer Communities, 11 October 2022
DHR_B = 7500  # domestic homicide review (Adult B), approved 8 December 2022
KEYSTONE = 8000  # Operation Keystone: released from the reserve 8 December 2022
AWARDS_2223: tuple[Award, ...] = (
    ("E22-01", "Independent Domestic Violence Advisers", WOMENS_AID, 1, IDVA_2223, "2022-07-14", "Executive"),
    ("E22-02", "ASB victim advocate", VICTIM_CARE, 2, ADVOCATE_2223, "2022-07-14", "Executive"),
    ("E22-03", "Ring Fit youth diversion", BOXING, 4, RINGFIT_2223, "2022-07-14", "Executive"),
    ("E22-04", "Partnership analyst", COUNCIL, 0, ANALYST_2223, "2022-07-14", "Executive"),
    ("E22-05", "Bridgegate Welfare Hub", NIGHTLIGHT, 2, HUB_AMENDED_2223, "2022-07-14", "Executive"),
    ("E22-06", "Bridgegate CCTV upgrade", COUNCIL, 2, CCTV, "2022-12-08", "Executive"),
    (
        "E22-07",
        "Domestic homicide review (Adult B)",
        "Independent chair",
        1,
        DHR_B,
        "2022-12-08",
        "Executive",
    ),
    ("E22-08", "Hate Crime Awareness Week", VCS, 4, HATE_WEEK, "2022-10-11", "Officer"),
)
COMMITTED_2223 = sum(a[4] for a in AWARDS_2223) + SMALL_TOTAL_2223
SPENT_2223 = COMMITTED_2223 - RINGFIT_RETURNED_2223
TO_RESERVE_2223 = 20000  # agreed 16 March 2023: part of the underspend moved into the reserve
CARRIED_2223 = AVAILABLE_2223 - SPENT_2223 - TO_RESERVE_2223
RESERVE_CLOSE_2223 = RESERVE_OPEN_2223 - KEYSTONE + TO_RESERVE_2223

# Money of 2023-24.
GRANT_2324_INDICATED = 142000  # the Deputy Mayor's letter of February 2023
GRANT_2324 = 139500  # confirmed 2 May 2023
COUNCIL_2324 = 30000
BF_2324 = CARRIED_2223
AVAILABLE_2324 = GRANT_2324 + COUNCIL_2324 + BF_2324
RESERVE_OPEN_2324 = RESERVE_CLOSE_2223
POT_2324 = 25000  # the Grants Sub-Group's autumn round, set 16 March 2023

IDVA_2324 = 48000
ADVOCATE_2324 = 12800
RINGFIT_ASK_2324, RINGFIT_2324, RINGFIT_AMENDED_2324 = 16000, 15000, 10500  # cut 25 January 2024
ANALYST_2324 = 31000
PATROLS_ASK = 24000  # Chamber of Trade private security patrols: declined 16 March 2023
CUT_RISK_ASK, CUT_RISK = 16500, 14000  # referred by the Sub-Group 5 Oct 2023; approved 25 January 2024
HUB_2324 = 7300
YOUTH_ASK_2324, YOUTH_2324 = 5500, 4500
SANCTUARY = 6200
CAFE_ASK, CAFE = 4800, 4000  # deferred 5 October 2023; approved by the Sub-Group 11 January 2024
WARM = 2000  # Safe and Warm drop-in: referred to the officer, approved 12 October 2023
SUBGROUP_OCT = HUB_2324 + YOUTH_2324 + SANCTUARY
DHR_CD = 12000  # two reviews (Adults C and D) at 6,000 each: released from the reserve 25 January 2024
FINAL_2324 = (
    IDVA_2324 + ADVOCATE_2324 + RINGFIT_AMENDED_2324 + ANALYST_2324 + CUT_RISK + SUBGROUP_OCT + CAFE + WARM
)
CARRIED_2324 = AVAILABLE_2324 - FINAL_2324
RESERVE_CLOSE_2324 = RESERVE_OPEN_2324 - DHR_CD

# 2024-25, as known by July 2024.
GRANT_2425_INDICATED = 136000  # reported 25 January 2024
GRANT_2425 = 133200  # confirmed 30 April 2024
COUNCIL_2425 = 30000
IDVA_2425 = 49500  # approved at the annual meeting, 16 May 2024 (told only in the 2023-24 report)

# Strategic Assessment 2022 (November 2022): three years to 30 September.
YEARS = ("Year to Sep 2020", "Year to Sep 2021", "Year to Sep 2022")
SHORT_YEARS = ("2019-20", "2020-21", "2021-22")  # written "12 months to September" elsewhere
CATEGORIES = (
    "Homicide",
    "Violence with injury",
    "Violence without injury",
    "Stalking and harassment",
    "Rape",
    "Other sexual offences",
    "Robbery",
    "Residential burglary",
    "Non-residential burglary",
    "Vehicle offences",
    "Theft from the person",
    "Bicycle theft",
    "Shoplifting",
    "All other theft offences",
    "Criminal damage and arson",
    "Drug offences",
    "Possession of weapons offences",
    "Public order offences",
    "Miscellaneous crimes against society",
)
CRIME: dict[str, tuple[int, ...]] = {
    YEARS[0]: (3, 2410, 3102, 2044, 188, 297, 214, 1108, 402, 1311, 166, 241, 1283, 1602, 2196, 711, 163,
               1284, 248),
    YEARS[1]: (2, 2236, 3354, 2391, 201, 318, 163, 862, 355, 1047, 98, 226, 904, 1371, 2087, 803, 188,
               1426, 262),
    YEARS[2]: (4, 2598, 3471, 2660, 243, 402, 231, 947, 371, 1262, 187, 199, 1318, 1540, 2233, 642, 229,
               1512, 281),
}  # fmt: skip
TOTALS = tuple(sum(CRIME[y]) for y in YEARS)
# Wards in the year to September 2022: ward, population, recorded crimes, ASB incidents.
WARDS: tuple[tuple[str, int, int, int], ...] = (
    ("Bridgegate", 17900, 5010, 1744),
    ("Hobbleswade", 29400, 3296, 1290),
    ("Tunstead", 26800, 2725, 1101),
    ("Otterlade", 28300, 2361, 1012),
    ("Yarnley", 27700, 2137, 1045),
    ("Brantwell", 30100, 1965, 992),
    ("Calvesby", 25600, 1627, 903),
    ("Whinmoor Park", 28800, 1209, 845),
)
WARD_CHANGE = ("+21.4%", "+9.8%", "+6.1%", "+3.2%", "+4.7%", "-1.9%", "+2.5%", "-4.0%")
ASB = (10214, 11388, 8932)
DA_CRIMES = (3412, 3698, 3905)
DA_REPEAT = ("28%", "30%", "33%")
KNIFE = (142, 151, 187)
SHARP_ADMISSIONS = (19, 17, 26)  # hospital admissions for assault with a sharp object, aged under 25
FTE = (84, 71, 79)  # first-time entrants to the youth justice system
NTE = (96, 118, 241)  # violence in Bridgegate, Friday and Saturday 9 pm to 5 am
# Most similar group (15 areas), year to September 2022: measure, rate per 1,000, group average, position.
MSG: tuple[tuple[str, str, str, str], ...] = (
    ("All recorded crime", "94.7", "91.2", "10th"),
    ("Violence against the person", "40.7", "37.9", "11th"),
    ("Residential burglary", "4.4", "5.1", "6th"),
    ("Robbery", "1.1", "1.0", "9th"),
    ("Shoplifting", "6.1", "6.8", "5th"),
    ("Possession of weapons", "1.1", "0.8", "13th"),
)
# Threat assessment: area, harm (1-5), likelihood (1-5), confidence.
THREATS: tuple[tuple[str, int, int, str], ...] = (
    ("Domestic abuse and violence against women and girls", 5, 5, "High"),
    ("Serious violence and knife crime", 5, 4, "High"),
    ("Night-time economy violence, Bridgegate", 4, 4, "Medium"),
    ("Anti-social behaviour", 3, 5, "High"),
    ("Drug-related harm", 4, 3, "Medium"),
    ("Exploitation and county lines", 5, 2, "Low"),
    ("Residential burglary", 3, 3, "High"),
    ("Reoffending", 3, 3, "Medium"),
    ("Hate crime", 3, 2, "Medium"),
    ("Fraud against older residents", 2, 3, "Low"),
)


def rag(score: int) -> str:
    """Red from 15, Amber from 8, Green below."""
    return "Red" if score >= 15 else ("Amber" if score >= 8 else "Green")


def rate(count: int, population: int = POPULATION) -> str:
    return f"{count / population * 1000:.1f}"


def pct(before: int, after: int) -> str:
    return f"{(after - before) / before * 100:+.1f}%"


def _check() -> None:
    assert sum(w[1] for w in WARDS) == POPULATION, sum(w[1] for w in WARDS)
    assert sum(w[2] for w in WARDS) == TOTALS[2], (sum(w[2] for w in WARDS), TOTALS)
    assert sum(w[3] for w in WARDS) == ASB[2], sum(w[3] for w in WARDS)
    assert all(len(v) == len(CATEGORIES) for v in CRIME.values())
    year = CRIME[YEARS[2]]
    violence = sum(year[:4])
    shown = (
        TOTALS[2],
        violence,
        *(year[CATEGORIES.index(c)] for c in ("Residential burglary", "Robbery", "Shoplifting")),
        year[CATEGORIES.index("Possession of weapons offences")],
    )
    assert tuple(rate(n) for n in shown) == tuple(m[1] for m in MSG), [rate(n) for n in shown]
    assert CARRIED_2223 > 0 and CARRIED_2324 > 0
    assert SMALL_TOTAL_2223 <= POT_2223 and SUBGROUP_OCT + CAFE <= POT_2324
    assert RESERVE_CLOSE_2324 >= RESERVE_FLOOR


_check()
