"""Partnership AL's facts, shared by its documents: the Ketterwold Safer Communities Partnership, the
community safety partnership of Ketterwold Council, a county-wide unitary council created on 1 April 2023
(vesting day) from Ketterwold County Council and the four district councils of Carnmoor, Tessford, Ullerby and
Pendlecot, whose four district partnerships and the county's Community Safety Board it replaced; policed by
Ketterwold Constabulary, 2023-24 to 2024-25 (with what was known of 2025-26 by July 2025). Its strategic body
is the Executive Board under an appointed independent chair with a police vice-chair; each former district is
a locality with a Locality Safety Group (a councillor in the chair) holding a small Locality Fund. Money comes
from the Police and Crime Commissioner's Community Safety Grant, the council's contribution and the council's
share of the late night levy in Tessford town centre (ring-fenced to the night-time economy and carried
forward when unspent), and the four former districts' balances were brought together on vesting day into a
Locality Legacy Reserve whose balances were kept for their own localities until 31 March 2025 and then pooled
into the Community Safety Reserve. The Board decides the largest awards and (until October 2024) every release
from a reserve; the Head of Safer Communities decides smaller awards by officer decision record; the Locality
Safety Groups the smallest. From 1 October 2024 the officer limit and the locality limit were raised and the
Head of Safer Communities could release small sums from the legacy reserve on a Locality Safety Group's
recommendation. The people (the independent chair changed on 1 October 2024), the four interim priorities of
2023-24 replaced by four for 2024-27, the awards of two years and their later changes, the money and the
strategic assessment's figures (calendar years 2021 to 2023)."""

from __future__ import annotations

NAME = "Ketterwold Safer Communities Partnership"
SHORT = "KSCP"
BOARD = "Executive Board"
COUNCIL = "Ketterwold Council"
POLICE = "Ketterwold Constabulary"
FIRE = "Ketterwold Fire and Rescue Service"
PROBATION = "Probation Service, Ketterwold Probation Delivery Unit"
ICB = "Ketterwold and Amberside Integrated Care Board"
OPCC = "Office of the Police and Crime Commissioner for Ketterwold"
PCC_GRANT = "Community Safety Grant"
LEVY = "late night levy"
LEGACY = "Locality Legacy Reserve"
RESERVE = "Community Safety Reserve"
LOCALITIES = ("Carnmoor", "Tessford", "Ullerby", "Pendlecot")
VESTING = "2023-04-01"
OLD_BODIES = (
    "Carnmoor Community Safety Partnership",
    "Tessford Community Safety Partnership",
    "Ullerby and District Community Safety Partnership",
    "Pendlecot Community Safety Partnership",
    "Ketterwold County Community Safety Board",
)

KDAS = "Ketterwold Domestic Abuse Service"
WILLOWGARTH = "Willowgarth Sexual Violence Support Centre"
BID = "Tessford Business Improvement District"
YJS = "Ketterwold Youth Justice Service"
RURAL_WATCH = "Ketterwold Rural Watch"
CARNMOOR_YOUTH = "Carnmoor Youth Partnership"
NORTHGATE = "Northgate Change"
BLADEWISE = "Bladewise Education"
BRIGHTWATER = "Brightwater Recovery"
MEDIATION = "Ketterwold Mediation"
MOORSIDE = "Moorside Housing"
ANGELS = "Tessford Street Angels"
PENDLECOT_TC = "Pendlecot Town Council"
ULLERBY_TC = "Ullerby Town Council"
HALFMOON = "Halfmoon Theatre Company"
STUDENTS = "Tessford College Students' Union"
CCTV = "Ketterwold Council CCTV Control Room"

# People.
CHAIR_OLD = "Helen Tranmere"  # independent chair, 1 April 2023 to 30 September 2024
CHAIR = "Dr Marcus Quennell"  # independent chair from 1 October 2024
VICE = "Chief Superintendent Lydia Yelland"  # Head of Local Policing, Ketterwold Constabulary: vice-chair
MEMBER = "Councillor Anne-Marie Prowse"  # Executive Member for Communities and Safety
DIRECTOR = "Stephen Aldwinckle"  # Director of Communities, Ketterwold Council
HEAD = "Joanna Threlfall"  # Head of Safer Communities: officer decision records
MANAGER = "Idris Mabbott"  # Partnership Manager
ANALYST = "Beatrix Colquhoun"  # Senior Intelligence Analyst
FINANCE = "Colin Pardew"  # Finance Business Partner
FIRE_REP = "Tom Rudkin"  # Group Manager, Ketterwold Fire and Rescue Service
PROBATION_REP = "Sunita Varley"  # Head of the Ketterwold PDU
ICB_REP = "Dr Fiona Raikes"  # Director of Place, the ICB
DPH = "Dr Kwabena Osei-Hart"  # Director of Public Health
OPCC_REP = "Lucy Barnfather"  # Head of Commissioning, OPCC (adviser, no vote)
YJS_REP = "Dean Colbourne"  # Head of the Youth Justice Service
KDAS_REP = "Rachel Oduya"  # Chief Executive, KDAS
CLERK = "Ellie Fortnum"  # Democratic Services Officer
TESSFORD_CHAIR = "Councillor Priya Nandhra"  # chairs the Tessford Locality Safety Group
TESSFORD_OFFICER = "Megan Tilsley"  # Locality Safety Officer, Tessford
INSPECTOR = "Inspector Gavin Shorrock"  # Tessford Neighbourhood Policing Team

POPULATION = 512000
LOCALITY_POP = {"Carnmoor": 168400, "Tessford": 121700, "Ullerby": 118300, "Pendlecot": 103600}

PRIORITIES_2324 = (
    "Domestic abuse and sexual violence",
    "Anti-social behaviour in our town centres",
    "Serious violence",
    "Rural crime",
)
PRIORITIES_2427 = (
    "Violence against women and girls",
    "Serious violence and the exploitation of young people",
    "Drug and alcohol related harm",
    "Safer town centres and the night-time economy",
)

# Decision rules: to 30 September 2024 and from 1 October 2024 (Executive Board, 26 September 2024).
BOARD_ABOVE_OLD = 15000  # the Board decides awards above this; the Head of Safer Communities up to it
BOARD_ABOVE_NEW = 20000
LSG_LIMIT_OLD = 3000  # a Locality Safety Group's limit for one award
LSG_LIMIT_NEW = 5000
LOCALITY_FUND = 12000  # each Locality Fund a year
LEGACY_ODR_LIMIT = 10000  # from 1 October 2024, on a Locality Safety Group's recommendation
QUORUM = "the chair or vice-chair and four voting members, including at least three responsible authorities"

# Money, 2023-24.
PCC_2324 = 356000
COUNCIL_2324 = 150000  # including the four Locality Funds
LEVY_2324 = 41600
AVAILABLE_2324 = PCC_2324 + COUNCIL_2324 + LEVY_2324
LEGACY_OPEN = {"Carnmoor": 31400, "Tessford": 22900, "Ullerby": 17300, "Pendlecot": 12600}
LEGACY_TOTAL = sum(LEGACY_OPEN.values())

# An award: (reference, project, provider, priority number, decided by, ISO date, amount).
Award = tuple[str, str, str, int, str, str, int]

IDVA_2324 = 88000
ISVA_2324 = 32000
MARSHALS_2324 = 24000  # from the levy
DIVERSION_2324 = 38500
RURAL_2324 = 18750
RURAL_AMENDED_2324 = 12500  # 30 November 2023: the coordinator started in October
DETACHED_2324 = 27000
PERP_2324 = 41000
BLADEWISE_2324 = 16500
DRUGS_2324 = 45000
CCTV_2324 = 36000
MEDIATION_ASK = 29500  # deferred 22 June 2023 pending costings
MEDIATION_2324 = 24000  # approved 30 November 2023 for three localities
SANCTUARY_2324 = 22000
DHR_2324 = 18000
GP_TRAINING = 6400  # ODR/2023/006
CCTV_HOURS = 9800  # ODR/2023/011
LITTER = 11200  # ODR/2024/002
ULTRASONIC_ASK = 6800  # declined 22 June 2023
PCSO_ASK = 16000  # declined 30 November 2023
SUMMER_NIGHTS = 9500  # Carnmoor legacy balance, 22 June 2023
WELFARE_HUB = 7200  # Tessford legacy balance, 30 November 2023

AWARDS_2324_JUNE: tuple[Award, ...] = (
    ("G23/01", "Independent Domestic Violence Advisers", KDAS, 1, "Board", "2023-06-22", IDVA_2324),
    ("G23/02", "Independent Sexual Violence Adviser", WILLOWGARTH, 1, "Board", "2023-06-22", ISVA_2324),
    ("G23/03", "Safe Choices perpetrator programme", NORTHGATE, 1, "Board", "2023-06-22", PERP_2324),
    ("G23/04", "Tessford Night Marshals", BID, 2, "Board", "2023-06-22", MARSHALS_2324),
    ("G23/05", "Carnmoor detached youth work", CARNMOOR_YOUTH, 2, "Board", "2023-06-22", DETACHED_2324),
    ("G23/06", "Town centre CCTV monitoring", CCTV, 2, "Board", "2023-06-22", CCTV_2324),
    ("G23/07", "Youth diversion workers", YJS, 3, "Board", "2023-06-22", DIVERSION_2324),
    ("G23/08", "Knife crime education in secondary schools", BLADEWISE, 3, "Board", "2023-06-22",
     BLADEWISE_2324),
    ("G23/09", "Drug and alcohol outreach", BRIGHTWATER, 3, "Board", "2023-06-22", DRUGS_2324),
    ("G23/10", "Rural crime volunteer coordinator", RURAL_WATCH, 4, "Board", "2023-06-22", RURAL_2324),
)  # fmt: skip
AWARDS_2324_LATER: tuple[Award, ...] = (
    ("G23/11", "Domestic abuse training for GP practices", KDAS, 1, "ODR/2023/006", "2023-08-14",
     GP_TRAINING),
    ("G23/12", "Extra CCTV monitoring hours, Ullerby", CCTV, 2, "ODR/2023/011", "2023-10-02", CCTV_HOURS),
    ("G23/13", "Community mediation service", MEDIATION, 2, "Board", "2023-11-30", MEDIATION_2324),
    ("G23/14", "Sanctuary scheme", MOORSIDE, 1, "Board", "2023-11-30", SANCTUARY_2324),
    ("G23/15", "Domestic homicide reviews (two)", COUNCIL, 1, "Board", "2023-11-30", DHR_2324),
    ("G23/16", "Drug litter clearance, Carnmoor", COUNCIL, 2, "ODR/2024/002", "2024-01-15", LITTER),
)  # fmt: skip
JUNE_TOTAL_2324 = sum(a[6] for a in AWARDS_2324_JUNE)
LOCALITY_SPENT_2324 = {"Carnmoor": 11450, "Tessford": 12000, "Ullerby": 10200, "Pendlecot": 8950}
LOCALITY_GRANTS_2324 = {"Carnmoor": 9, "Tessford": 7, "Ullerby": 6, "Pendlecot": 6}
COMMITTED_2324 = (
    JUNE_TOTAL_2324
    - (RURAL_2324 - RURAL_AMENDED_2324)
    + sum(a[6] for a in AWARDS_2324_LATER)
    + sum(LOCALITY_SPENT_2324.values())
)
UNDERSPEND_2324 = AVAILABLE_2324 - COMMITTED_2324
LEVY_CARRIED_2324 = LEVY_2324 - MARSHALS_2324  # ring-fenced: carried into 2024-25
TO_RESERVE_2324 = UNDERSPEND_2324 - LEVY_CARRIED_2324  # opens the Community Safety Reserve at 31 March 2024
LEGACY_CLOSE_2324 = {
    "Carnmoor": LEGACY_OPEN["Carnmoor"] - SUMMER_NIGHTS,
    "Tessford": LEGACY_OPEN["Tessford"] - WELFARE_HUB,
    "Ullerby": LEGACY_OPEN["Ullerby"],
    "Pendlecot": LEGACY_OPEN["Pendlecot"],
}

# Money, 2024-25.
PCC_2425 = 340000
COUNCIL_2425 = 150000
LEVY_2425 = 38900
AVAILABLE_2425 = PCC_2425 + COUNCIL_2425 + LEVY_2425 + LEVY_CARRIED_2324
PCC_2526 = 340000  # confirmed by the Commissioner in January 2025
COUNCIL_2526 = 135000
LEVY_2526_ESTIMATE = 37000

IDVA_2425 = 90000
ISVA_2425 = 33000
PERP_2425 = 41000
NAVIGATORS_2425 = 41000
NAVIGATORS_AMENDED_2425 = 46500  # 23 January 2025: referrals doubled
DRUGS_2425 = 45000
MARSHALS_2425 = 26000  # from the levy
CCTV_2425 = 30000
ANALYST_2425 = 38000
DETACHED_2425 = 27000
DHR_2425 = 20000
WORKSHOPS = 14800  # ODR/2024/019
STUDENT_NIGHTS = 6900  # ODR/2024/020, from the levy
CUCKOOING = 19600  # Board, 18 July 2024
SANCTUARY_2425 = 18500  # ODR/2024/036, under the new limit
NALOXONE = 12400  # ODR/2024/037
SAFE_SPACE_ASK = 8000
SAFE_SPACE = 7500  # ODR/2024/031, Tessford legacy balance
ARCHES_ASK = 14400  # declined 23 January 2025
SKATEPARK_ASK = 19800  # declined by ODR/2024/038
PERP_EXPANSION_ASK = 36000  # deferred 23 January 2025 pending the Commissioner's commissioning decision
PERP_EXPANSION = 30000  # approved 24 April 2025 (told in the annual report only)
OPERATION_BRAMBLE = 12000  # Community Safety Reserve, 23 January 2025

AWARDS_2425: tuple[Award, ...] = (
    ("G24/01", "Independent Domestic Violence Advisers", KDAS, 1, "Board", "2024-04-25", IDVA_2425),
    ("G24/02", "Independent Sexual Violence Adviser", WILLOWGARTH, 1, "Board", "2024-04-25", ISVA_2425),
    ("G24/03", "Safe Choices perpetrator programme", NORTHGATE, 1, "Board", "2024-04-25", PERP_2425),
    ("G24/04", "Exploitation navigators", YJS, 2, "Board", "2024-04-25", NAVIGATORS_AMENDED_2425),
    ("G24/05", "Carnmoor detached youth work", CARNMOOR_YOUTH, 2, "Board", "2024-04-25", DETACHED_2425),
    ("G24/06", "Drug and alcohol outreach", BRIGHTWATER, 3, "Board", "2024-04-25", DRUGS_2425),
    ("G24/07", "Tessford Night Marshals", BID, 4, "Board", "2024-04-25", MARSHALS_2425),
    ("G24/08", "Town centre CCTV monitoring", CCTV, 4, "Board", "2024-04-25", CCTV_2425),
    ("G24/09", "Serious violence analyst", COUNCIL, 2, "Board", "2024-04-25", ANALYST_2425),
    ("G24/10", "Domestic homicide reviews", COUNCIL, 1, "Board", "2024-04-25", DHR_2425),
    ("G24/11", "Healthy relationships workshops in schools", HALFMOON, 1, "ODR/2024/019", "2024-07-08",
     WORKSHOPS),
    ("G24/12", "Student night safety campaign", STUDENTS, 4, "ODR/2024/020", "2024-07-08", STUDENT_NIGHTS),
    ("G24/13", "Cuckooing response", MOORSIDE, 2, "Board", "2024-07-18", CUCKOOING),
    ("G24/14", "Sanctuary scheme", MOORSIDE, 1, "ODR/2024/036", "2024-11-11", SANCTUARY_2425),
    ("G24/15", "Naloxone and drug-related death prevention", BRIGHTWATER, 3, "ODR/2024/037", "2024-11-11",
     NALOXONE),
)  # fmt: skip
LOCALITY_SPENT_2425 = {"Carnmoor": 12000, "Tessford": 11800, "Ullerby": 11300, "Pendlecot": 10200}
COMMITTED_2425 = sum(a[6] for a in AWARDS_2425) + sum(LOCALITY_SPENT_2425.values())
UNDERSPEND_2425 = AVAILABLE_2425 - COMMITTED_2425
LEVY_CARRIED_2425 = LEVY_2425 + LEVY_CARRIED_2324 - MARSHALS_2425 - STUDENT_NIGHTS
TO_RESERVE_2425 = UNDERSPEND_2425 - LEVY_CARRIED_2425
LEGACY_CLOSE_2425 = {**LEGACY_CLOSE_2324, "Tessford": LEGACY_CLOSE_2324["Tessford"] - SAFE_SPACE}
POOLED = sum(LEGACY_CLOSE_2425.values())  # into the Community Safety Reserve on 1 April 2025
RESERVE_AFTER_BRAMBLE = TO_RESERVE_2324 - OPERATION_BRAMBLE
RESERVE_CLOSE_2425 = RESERVE_AFTER_BRAMBLE + TO_RESERVE_2425
RESERVE_OPEN_2526 = RESERVE_CLOSE_2425 + POOLED

# Awards for 2025-26 agreed on 23 January 2025.
AWARDS_2526: tuple[tuple[str, str, int], ...] = (
    ("Independent Domestic Violence Advisers", KDAS, 92000),
    ("Independent Sexual Violence Adviser", WILLOWGARTH, 33000),
    ("Exploitation navigators", YJS, 47000),
    ("Drug and alcohol outreach", BRIGHTWATER, 42000),
    ("Tessford Night Marshals", BID, 27000),
    ("Serious violence analyst", COUNCIL, 39000),
)

# The strategic assessment 2024: calendar years 2021 to 2023.
YEARS = ("2021", "2022", "2023")
CRIME: tuple[tuple[str, int, int, int], ...] = (
    ("Violence with injury", 5214, 5688, 5902),
    ("Violence without injury", 6830, 7415, 7288),
    ("Stalking and harassment", 5102, 5644, 5310),
    ("Homicide", 5, 7, 4),
    ("Rape", 402, 471, 498),
    ("Other sexual offences", 688, 802, 835),
    ("Robbery", 312, 348, 371),
    ("Residential burglary", 1604, 1538, 1702),
    ("Non-residential burglary", 912, 1004, 1131),
    ("Vehicle offences", 2455, 2610, 2388),
    ("Theft from the person", 206, 244, 289),
    ("Bicycle theft", 498, 452, 430),
    ("Shoplifting", 2140, 2596, 3488),
    ("All other theft offences", 3870, 4105, 4262),
    ("Criminal damage and arson", 4012, 3918, 3804),
    ("Drug offences", 1145, 1062, 1219),
    ("Possession of weapons offences", 302, 341, 388),
    ("Public order offences", 2916, 3140, 2975),
    ("Miscellaneous crimes against society", 611, 664, 702),
)
TOTALS = (sum(r[1] for r in CRIME), sum(r[2] for r in CRIME), sum(r[3] for r in CRIME))
KNIFE = (268, 301, 346)  # knife or sharp instrument offences (flag)
RURAL = (742, 806, 689)  # rural crime (flag)
NTE = (1184, 1296, 1402)  # violence in Tessford town centre, Friday and Saturday 8 pm to 4 am
ASB = (19804, 17220, 16830)
# Domestic abuse, the years as rows: incidents, related crimes, arrests, repeat victims (%), MARAC cases.
DOMESTIC: tuple[tuple[str, int, int, int, int, int], ...] = (
    ("2021", 11420, 7206, 2412, 29, 612),
    ("2022", 11985, 7630, 2388, 31, 655),
    ("2023", 12310, 7915, 2301, 33, 702),
)
# Localities, 2023: recorded crimes, anti-social behaviour incidents, crimes in 2022.
LOCALITY_CRIME: dict[str, tuple[int, int, int]] = {
    "Carnmoor": (14919, 6120, 14388),
    "Tessford": (11236, 5210, 10542),
    "Ullerby": (7012, 3080, 6935),
    "Pendlecot": (5833, 2420, 5871),
}
# Most similar group of 15 areas, 2023: measure, Ketterwold per 1,000, group average per 1,000, position
# (1 = lowest rate).
MSG: tuple[tuple[str, str, str, int], ...] = (
    ("All recorded crime", "84.0", "81.2", 9),
    ("Violence against the person", "36.1", "35.1", 10),
    ("Residential burglary", "3.3", "3.6", 5),
    ("Robbery", "0.7", "0.9", 4),
    ("Shoplifting", "6.8", "5.4", 13),
    ("Possession of weapons offences", "0.8", "0.7", 10),
    ("Anti-social behaviour incidents", "32.9", "36.4", 4),
)
# Threat, harm and risk: theme, harm (1-5), likelihood (1-5), gap in what partners can do (1-3).
RISKS: tuple[tuple[str, int, int, int], ...] = (
    ("Domestic abuse", 5, 5, 2),
    ("Sexual violence", 5, 4, 3),
    ("Drug and alcohol related harm", 4, 4, 2),
    ("Serious violence and knife crime", 5, 3, 2),
    ("Exploitation of young people and county lines", 5, 3, 3),
    ("Violence in the night-time economy", 3, 4, 2),
    ("Shoplifting and retail crime", 2, 5, 1),
    ("Anti-social behaviour", 2, 5, 1),
    ("Residential burglary", 3, 3, 1),
    ("Rural crime", 2, 3, 1),
)


def risk_score(row: tuple[str, int, int, int]) -> int:
    """Harm times likelihood, plus the gap."""
    return row[1] * row[2] + row[3]


def risk_level(score: int) -> str:
    """High at 17 or more, Medium from 11, Low below."""
    return "High" if score >= 17 else "Medium" if score >= 11 else "Low"


def pct(before: int, after: int) -> str:
    """+21.0% style, one decimal."""
    return f"{(after - before) / before * 100:+.1f}%"


def rate(count: int, population: int = POPULATION) -> str:
    return f"{count / population * 1000:.1f}"
