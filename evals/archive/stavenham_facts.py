"""Partnership AK's facts, shared by its documents: the Safer Stavenham Partnership, the community safety
partnership of the London Borough of Stavenham, a single-tier London borough policed by the Metropolitan
Police's Central North Basic Command Unit (which it shares with the London Borough of Lanthorne), 2023-24 to
2024-25 (with what was known of 2025-26 by July 2025). Its strategic body is the Partnership Board, co-chaired
by the council's Cabinet Member for community safety and the BCU Commander; money comes from the Mayor's
Office for Policing and Crime's London Crime Prevention Fund (a two-year allocation for 2023-25, the same sum
each year) and the council's Community Safety Investment Budget, with an earmarked Safer Stavenham Reserve.
The Board decides the largest awards and every release from the reserve; a Commissioning and Finance Group of
officers decides awards up to its limit and the Head of Community Safety the smallest under delegated powers.
Terms of reference version 3.0 (in force from 1 November 2024) raised both limits, gave the co-chairs jointly
an urgent power over the reserve with a floor under it, changed the quorum and how often the Group meets and
replaced four delivery groups with five. The people (the council co-chair changed in May 2024), the four
priorities of 2021-24 replaced by five for 2024-27, the awards of two years and their later changes, the
money and the strategic assessment's figures (financial years 2020/21 to 2022/23)."""

from __future__ import annotations

NAME = "Safer Stavenham Partnership"
SHORT = "SSP"
BOARD = "Partnership Board"
CFG = "Commissioning and Finance Group"
RESERVE = "Safer Stavenham Reserve"
LCPF = "London Crime Prevention Fund"
CSIB = "Community Safety Investment Budget"

COUNCIL = "London Borough of Stavenham"
POLICE = "Metropolitan Police Service, Central North BCU"
FIRE = "London Fire Brigade"
PROBATION = "Probation Service, Stavenham and Lanthorne PDU"
ICB = "NHS North Thames Integrated Care Board"
MOPAC = "Mayor's Office for Policing and Crime"
YJS = "Stavenham Youth Justice Service"
WOMENS = "Ashmead Women's Centre"
FAMILY = "Clearwell Family Services"
STREET_LINES = "Street Lines Youth Trust"
REDWING = "Redwing Youth"
PATHWAYS = "Pathways Recovery Stavenham"
HOMES = "Stavenham Homes"
MEDIATION = "Stavenham Community Mediation"
CVS = "Stavenham CVS"
BID = "Stavenham Town Centre BID"
PUBWATCH = "Stavenham Pubwatch"
HALEWOOD_CLUB = "Halewood Boys' and Girls' Club"
RESIDENTS = "Ashmead Park Residents' Association"
ORIEL_CENTRE = "Oriel Fields Community Centre"
TRADERS = "Ferrers Cross Market Traders' Association"
THEATRE = "Lantern Theatre Company"
MOSQUE = "Gannet Wharf Mosque and Community Centre"
WATCH = "St Aldric's Neighbourhood Watch"
PASTORS = "Stavenham Street Pastors"
ASB_TEAM = "the council's ASB and Enforcement Team"

# People.
CHAIR_COUNCIL_OLD = (
    "Councillor Desmond Olagunju"  # Cabinet Member for Community Safety; co-chair to 22 May 2024
)
CHAIR_COUNCIL = (
    "Councillor Hannah Verrall"  # Cabinet Member for Community Safety and Cohesion from 22 May 2024
)
CHAIR_POLICE = "Chief Superintendent Rajesh Dholakia"  # BCU Commander, Central North BCU, throughout
HOCS = "Imogen Penfold"  # Head of Community Safety: delegated powers
MANAGER = "Tobias Hargreave"  # Community Safety Partnership Manager
DIRECTOR = "Alistair Lascelles"  # Corporate Director, Neighbourhoods and Environment: chairs the CFG
ANALYST = "Farah Ilsley"  # Strategic Analyst, Community Safety
FIRE_REP = "Nadia Fairbanks"  # Borough Commander, London Fire Brigade
PROBATION_REP = "Lorraine Ogundipe"  # Head of the Stavenham and Lanthorne PDU
ICB_REP = "Dr Owen Whitaker"  # Place Director (Stavenham)
DPH = "Dr Ines Carvalho"  # Director of Public Health
YJS_REP = "Marlon Sankey"  # Head of Youth Justice
MOPAC_REP = "Saoirse Halpin"  # Partnership Engagement Officer, MOPAC (adviser)
WOMENS_REP = "Bernadette Quaye"  # Chief Executive, Ashmead Women's Centre
HOMES_REP = "Graham Fenwright"  # Director of Housing Management, Stavenham Homes
CVS_REP = "Yasmin Okpara"  # Chief Executive, Stavenham CVS
FINANCE = "Petra Novak"  # Finance Business Partner
CLERK = "Callum Reddaway"  # Governance Officer
NEIGHBOURHOODS = "Superintendent Kathryn Moseley"  # Neighbourhoods, Central North BCU
INSPECTOR = "Inspector Ruth Mallory"  # Violence Suppression Unit, Central North BCU

POPULATION = 287300

PRIORITIES_OLD = (
    "Reducing serious violence, including knife crime",
    "Tackling violence against women and girls",
    "Reducing anti-social behaviour",
    "Reducing reoffending",
)
PRIORITIES_NEW = (
    "Ending violence against women and girls",
    "Serious youth violence and exploitation",
    "Drugs and drug-related harm",
    "Neighbourhood crime and anti-social behaviour",
    "Hate crime and community cohesion",
)

# Decision rules: terms of reference version 2.1 (June 2022) and version 3.0 (from 1 November 2024).
CFG_LIMIT_OLD = 25000
CFG_LIMIT_NEW = 40000
HOCS_LIMIT_OLD = 5000
HOCS_LIMIT_NEW = 10000
URGENT_LIMIT = 15000  # the co-chairs jointly, from the reserve, from 1 November 2024
RESERVE_FLOOR = 20000
QUORUM_OLD = "both co-chairs (or their nominated deputies) and two other responsible authorities"
QUORUM_NEW = (
    "one co-chair and four other voting members (at least two of them from other responsible authorities)"
)

# Money.
LCPF_YEAR = 398400  # each year of the two-year allocation 2023-25
LCPF_2526_INDICATED = 380000
LCPF_2526 = 372900
CSIB_2324 = 120000
CSIB_2425 = 105000
CSIB_2526 = 105000
AVAILABLE_2324 = LCPF_YEAR + CSIB_2324
AVAILABLE_2425 = LCPF_YEAR + CSIB_2425
RESERVE_OPEN_2324 = 86000

# An award: (reference, project, provider, priority number, decided by, ISO date, amount).
Award = tuple[str, str, str, int, str, str, int]

IDVA_2324 = 96000
PERP_2324 = 54000
OUTREACH_2324 = 72000
OUTREACH_AMENDED_2324 = 61500
NAVIGATORS = 38000
IOM_2324 = 48500
CUSTODY_2324 = 36000
ASB_2324 = 41250
ASB_AMENDED_2324 = 33000
SUMMER_NIGHTS = 18000  # from the reserve, 20 April 2023
YOUTH_CLUB = 18000
DHR_2324 = 16000
MEDIATION_2324 = 27500
WALKS = 4800
REPORTING_CENTRE = 3650
HUB_ASK = 28000
HUB_MATCH = 9000
HUB_2324 = 22500
BYSTANDER = 9800
BINS_ASK = 12000
BINS = 7600
COBNUT = 25000  # from the reserve, 25 January 2024
EBIKES_ASK = 31200
BODYCAM_ASK = 26400
SECURITY_ASK = 14000

AWARDS_2324: tuple[Award, ...] = (
    ("SSP23-01", "Independent Domestic Violence Advisers", WOMENS, 2, "Board", "2023-04-20", IDVA_2324),
    ("SSP23-02", "Respectful Futures perpetrator programme", FAMILY, 2, "Board", "2023-04-20", PERP_2324),
    ("SSP23-03", "Youth Outreach Detached Team", STREET_LINES, 1, "Board", "2023-04-20",
     OUTREACH_AMENDED_2324),
    ("SSP23-04", "Hospital youth violence navigators", REDWING, 1, "Board", "2023-04-20", NAVIGATORS),
    ("SSP23-05", "Integrated Offender Management coordinator", PROBATION, 4, "Board", "2023-04-20", IOM_2324),
    ("SSP23-06", "Custody drug intervention worker", PATHWAYS, 4, "Board", "2023-04-20", CUSTODY_2324),
    ("SSP23-07", "Anti-social behaviour caseworker", HOMES, 3, "Board", "2023-04-20", ASB_AMENDED_2324),
    ("SSP23-08", "Halewood youth club evenings", HALEWOOD_CLUB, 1, "CFG", "2023-07-12", YOUTH_CLUB),
    ("SSP23-09", "Domestic homicide reviews (two)", COUNCIL, 2, "Board", "2023-07-13", DHR_2324),
    ("SSP23-10", "Community mediation service", MEDIATION, 3, "Board", "2023-07-13", MEDIATION_2324),
    ("SSP23-11", "Women's safety walks and lighting audit", RESIDENTS, 2, "Head of Community Safety",
     "2023-08-14", WALKS),
    ("SSP23-12", "Third-party hate crime reporting centre", ORIEL_CENTRE, 3, "Head of Community Safety",
     "2023-09-05", REPORTING_CENTRE),
    ("SSP23-13", "Women's Night Safety Hub", BID, 2, "CFG", "2023-10-11", HUB_2324),
    ("SSP23-14", "Bystander training for licensed premises", PUBWATCH, 2, "CFG", "2023-10-11", BYSTANDER),
    ("SSP23-15", "Weapon surrender bins (two)", POLICE, 1, "CFG", "2023-12-06", BINS),
)  # fmt: skip
COMMITTED_2324 = sum(a[6] for a in AWARDS_2324)
UNDERSPEND_2324 = AVAILABLE_2324 - COMMITTED_2324
TO_RESERVE_2324 = 20000  # agreed by the Board on 18 April 2024, booked at 31 March 2024
RETURNED_2324 = UNDERSPEND_2324 - TO_RESERVE_2324  # London Crime Prevention Fund returned to MOPAC
RESERVE_AFTER_SUMMER = RESERVE_OPEN_2324 - SUMMER_NIGHTS
RESERVE_AFTER_COBNUT = RESERVE_AFTER_SUMMER - COBNUT
RESERVE_CLOSE_2324 = RESERVE_AFTER_COBNUT + TO_RESERVE_2324

IDVA_2425 = 98000
IDVA_AMENDED_2425 = 104500
PERP_2425 = 54000
OUTREACH_2425 = 66000
DRUGS_2425 = 45000
DRUGS_AMENDED_2425 = 39000  # by the CFG on 5 February 2025: the service started in June
ASB_2425 = 36000
HUB_2425 = 24000
COHESION_2425 = 20000
WORKSHOPS = 12500
SWEEPS = 8900
OPEN_DAYS = 4200
BIKES = 3400
OFF_ROAD_ASK = 52000
OFF_ROAD = 46000
CUCKOOING = 31000
NTE_WELFARE = 7800
TENSION = 14000  # from the reserve, 17 October 2024
ARSON = 9500  # from the reserve by the co-chairs under the urgent power, 14 February 2025
NOISE_APP_ASK = 18500
EXTENSION_2526 = 21000  # Off Road extended to March 2026 by the Board on 12 June 2025

AWARDS_2425_JAN: tuple[Award, ...] = (
    ("SSP24-01", "Independent Domestic Violence Advisers", WOMENS, 1, "Board", "2024-01-25", IDVA_2425),
    ("SSP24-02", "Respectful Futures perpetrator programme", FAMILY, 1, "Board", "2024-01-25", PERP_2425),
    ("SSP24-03", "Youth Outreach Detached Team", STREET_LINES, 2, "Board", "2024-01-25", OUTREACH_2425),
    ("SSP24-04", "Hospital youth violence navigators", REDWING, 2, "Board", "2024-01-25", NAVIGATORS),
    ("SSP24-05", "Drug outreach and custody intervention", PATHWAYS, 3, "Board", "2024-01-25", DRUGS_2425),
    ("SSP24-06", "Anti-social behaviour caseworker", HOMES, 4, "Board", "2024-01-25", ASB_2425),
    ("SSP24-07", "Women's Night Safety Hub", BID, 1, "Board", "2024-01-25", HUB_2425),
    ("SSP24-08", "Hate crime and cohesion programme", CVS, 5, "Board", "2024-01-25", COHESION_2425),
)
AWARDS_2425_LATER: tuple[Award, ...] = (
    ("SSP24-09", "Healthy relationships workshops in schools", THEATRE, 1, "CFG", "2024-05-15", WORKSHOPS),
    ("SSP24-10", "Drug litter sweeps and closure order support", ASB_TEAM, 3, "CFG", "2024-06-12", SWEEPS),
    ("SSP24-11", "Cohesion open days", MOSQUE, 5, "Head of Community Safety", "2024-07-03", OPEN_DAYS),
    ("SSP24-12", "Bike marking and shed alarms", WATCH, 4, "Head of Community Safety", "2024-09-09", BIKES),
    ("SSP24-13", "Off Road exploitation mentoring", STREET_LINES, 2, "Board", "2024-10-17", OFF_ROAD),
    ("SSP24-14", "Cuckooing safe-home response", HOMES, 3, "CFG", "2024-11-27", CUCKOOING),
    ("SSP24-15", "Winter night-time economy welfare", PASTORS, 1, "Head of Community Safety", "2024-12-02",
     NTE_WELFARE),
)  # fmt: skip
JAN_TOTAL_2425 = sum(a[6] for a in AWARDS_2425_JAN)
COMMITTED_DEC_2425 = JAN_TOTAL_2425 + (IDVA_AMENDED_2425 - IDVA_2425) + sum(a[6] for a in AWARDS_2425_LATER)
UNCOMMITTED_DEC_2425 = AVAILABLE_2425 - COMMITTED_DEC_2425
COMMITTED_2425 = COMMITTED_DEC_2425 - (DRUGS_2425 - DRUGS_AMENDED_2425)
UNDERSPEND_2425 = AVAILABLE_2425 - COMMITTED_2425
RESERVE_OPEN_2425 = RESERVE_CLOSE_2324
RESERVE_AFTER_TENSION = RESERVE_OPEN_2425 - TENSION
RESERVE_CLOSE_2425 = RESERVE_AFTER_TENSION - ARSON + UNDERSPEND_2425

# The strategic assessment 2023: financial years 2020/21 to 2022/23.
YEARS = ("2020/21", "2021/22", "2022/23")
CRIME: tuple[tuple[str, int, int, int], ...] = (
    ("Violence with injury", 2964, 3318, 3402),
    ("Violence without injury", 4105, 4560, 4871),
    ("Stalking and harassment", 2212, 2640, 2583),
    ("Homicide", 4, 6, 3),
    ("Rape", 214, 268, 281),
    ("Other sexual offences", 402, 478, 503),
    ("Robbery of personal property", 642, 811, 968),
    ("Robbery of business property", 58, 71, 84),
    ("Burglary - residential", 1206, 1084, 1139),
    ("Burglary - business and community", 398, 362, 415),
    ("Theft from the person", 744, 1120, 1342),
    ("Shoplifting", 1389, 1562, 2104),
    ("Other theft", 3920, 4255, 4388),
    ("Bicycle theft", 604, 552, 519),
    ("Vehicle offences", 2486, 2311, 2405),
    ("Criminal damage and arson", 1807, 1755, 1690),
    ("Drug possession", 1512, 1318, 1205),
    ("Drug trafficking", 243, 261, 298),
    ("Possession of weapons", 287, 322, 351),
    ("Public order offences", 1688, 1902, 1877),
    ("Miscellaneous crimes against society", 402, 433, 461),
)
TOTALS = (sum(r[1] for r in CRIME), sum(r[2] for r in CRIME), sum(r[3] for r in CRIME))
KNIFE = (398, 451, 489)  # offences involving a knife or sharp instrument (flag)
HATE = (612, 688, 731)  # racially or religiously aggravated offences (flag)
ASB_CALLS = (13640, 10218, 9874)
# Violence against women and girls, the years as rows: domestic abuse offences, domestic abuse arrests,
# sexual offences, MARAC cases, repeat MARAC cases (%).
VAWG: tuple[tuple[str, int, int, int, int, int], ...] = (
    ("2020/21", 3071, 1382, 616, 402, 31),
    ("2021/22", 3244, 1395, 746, 455, 33),
    ("2022/23", 3318, 1294, 784, 498, 36),
)
# Wards, 2022/23: name, population, recorded crimes, anti-social behaviour calls.
WARDS: tuple[tuple[str, int, int, int], ...] = (
    ("Stavenham Central", 31200, 6412, 2210),
    ("Gannet Wharf", 36800, 5230, 1544),
    ("Ferrers Cross", 38400, 4168, 1298),
    ("Halewood", 35100, 3452, 1187),
    ("Oriel Fields", 37900, 3301, 1095),
    ("St Aldric's", 34600, 2655, 904),
    ("Ashmead Park", 36200, 2298, 901),
    ("Larchmont Rise", 37100, 1611, 735),
)
# London comparison, 2022/23: measure, Stavenham per 1,000, London per 1,000, rank of 32 (1 = highest rate).
LONDON: tuple[tuple[str, str, str, int], ...] = (
    ("All recorded crime", "107.5", "99.4", 9),
    ("Violence with injury", "11.8", "10.9", 10),
    ("Robbery of personal property", "3.4", "3.1", 11),
    ("Theft from the person", "4.7", "6.3", 14),
    ("Shoplifting", "7.3", "5.2", 6),
    ("Domestic abuse offences", "11.5", "10.4", 8),
    ("Anti-social behaviour calls", "34.4", "31.7", 10),
)
# Scoring of themes: name, harm, volume, trend, public concern (each 1 to 5).
SCORES: tuple[tuple[str, int, int, int, int], ...] = (
    ("Violence against women and girls", 5, 4, 4, 4),
    ("Serious youth violence and knife crime", 5, 3, 4, 5),
    ("Exploitation and county lines", 5, 2, 4, 3),
    ("Drug markets and drug-related harm", 4, 3, 3, 4),
    ("Robbery and theft from the person", 3, 3, 5, 4),
    ("Shoplifting and business crime", 2, 4, 5, 3),
    ("Anti-social behaviour", 2, 5, 2, 5),
    ("Hate crime and community tension", 4, 2, 3, 4),
    ("Residential burglary", 3, 3, 2, 3),
    ("Reoffending", 3, 3, 2, 2),
)


def score(row: tuple[str, int, int, int, int]) -> int:
    return sum(row[1:])


def rag(total: int) -> str:
    """Red at 15 or more, Amber from 12, Green below."""
    return "Red" if total >= 15 else "Amber" if total >= 12 else "Green"


def pct(before: int, after: int) -> str:
    """+21.0% style, one decimal."""
    return f"{(after - before) / before * 100:+.1f}%"


def rate(count: int, population: int = POPULATION) -> str:
    return f"{count / population * 1000:.1f}"
