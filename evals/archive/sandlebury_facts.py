"""Partnership AM's facts, shared by its documents: the Sandlebury Community Safety Partnership, the
community safety partnership of Sandlebury District Council, a district in the two-tier county of
Wendleshire, policed by Wendleshire Police, 2021-22 to 2022-23 (with what was known of 2023-24 by July 2023).
Its Board is chaired by the district council's Portfolio Holder for Communities (the chair changed in June
2022, after the May elections) with the police district commander as vice-chair (who changed in October
2022). Money comes from the Police, Fire and Crime Commissioner's Community Safety Fund (a fixed allocation
for the district each year) and the district council's contribution, part of which is a Small Grants Pot
spent by a Small Grants Panel; each year's underspend goes into the Partnership Reserve, from which only the
Board may release money. The Board decides bids above £2,500; the Small Grants Panel up to £2,500. The four
priorities of 2021-22 were replaced by three for 2022-25 after the Strategic Intelligence Assessment 2022 (on
the calendar years 2019 to 2021). The people, the awards of two years and their later changes, the money
and the assessment's figures."""

from __future__ import annotations

NAME = "Sandlebury Community Safety Partnership"
SHORT = "Sandlebury CSP"
BOARD = "Sandlebury Community Safety Partnership Board"
DISTRICT = "Sandlebury District Council"
COUNTY = "Wendleshire County Council"
POLICE = "Wendleshire Police"
FIRE = "Wendleshire Fire and Rescue Service"
PROBATION = "Probation Service (Wendleshire Probation Delivery Unit)"
CCG = "NHS Wendleshire Clinical Commissioning Group"
ICB = "NHS Wendleshire and Thornaby Integrated Care Board"  # replaced the CCG on 1 July 2022
PFCC = "Police, Fire and Crime Commissioner for Wendleshire"
FUND = "Community Safety Fund"
RESERVE = "Partnership Reserve"
POT = "Small Grants Pot"
PANEL = "Small Grants Panel"

LANTERNWAY = "Lanternway Domestic Abuse Service"
KESTMOOR = "Kestmoor Housing"
PASTORS = "Sandlebury Street Pastors"
SEDGEBROOK = "Sedgebrook Youth Trust"
CULVERDALE = "Culverdale Recovery"
REDPOINT = "Redpoint Mentoring"
BOXING = "Tillingford Amateur Boxing Club"
TRADERS = "Sandlebury Town Centre Traders' Association"
LOWMARSH_PC = "Lowmarsh Parish Council"
MEDIATION_ORG = "Wendleshire Community Mediation"
TAXIS = "Sandlebury Hackney and Private Hire Association"
PARKS = "Sandlebury District Council (Parks and Open Spaces)"

# People.
CHAIR_OLD = "Councillor Miriam Oakhurst"  # Portfolio Holder for Communities; chair to May 2022
CHAIR = "Councillor Tobias Wainhouse"  # Portfolio Holder for Communities; chair from 9 June 2022
VICE_OLD = "Chief Inspector Damian Sowerby"  # District Commander, Wendleshire Police, to September 2022
VICE = "Chief Inspector Leanne Okafor"  # District Commander from 3 October 2022
MANAGER = "Hollie Brannigan"  # Community Safety Manager, Sandlebury District Council
ANALYST = "Matthew Quayle"  # Community Safety Analyst
FINANCE = "Graham Tuckett"  # Principal Accountant, Sandlebury District Council
DIRECTOR = "Alastair Pennock"  # Director of Communities, Sandlebury District Council
COUNTY_REP = "Sue Ingleby"  # Head of Community Safety, Wendleshire County Council
FIRE_REP = "Station Manager Aisha Pembury"
PROBATION_REP = "Neil Cadwallader"  # Senior Probation Officer
HEALTH_REP = "Jo Whitlock"  # Designated Nurse for Safeguarding, CCG then ICB
PFCC_REP = "Farah Lindqvist"  # Partnerships and Commissioning Officer, OPFCC (adviser)
LANTERNWAY_REP = "Bernadette Ashworth"  # Chief Executive, Lanternway
KESTMOOR_REP = "Karl Etheridge"  # Neighbourhoods Manager, Kestmoor Housing
CLERK = "Priya Kaushal"  # Democratic Services Officer

POPULATION = 118600
WARD_POP: dict[str, int] = {
    "Sandlebury Central": 9850,
    "Sandlebury North": 14200,
    "Sandlebury South": 13600,
    "Ashenmoor": 18400,
    "Lowmarsh": 16900,
    "Tillingford": 21300,
    "Brayfield and Pellcombe": 24350,
}

PRIORITIES_2122 = (
    "Anti-social behaviour",
    "Domestic abuse",
    "Drugs and exploitation, including county lines",
    "Burglary and vehicle crime",
)
PRIORITIES_2225 = (
    "Tackling violence against women and girls",
    "Reducing serious violence",
    "Safer neighbourhoods",
)

# Decision limits and the reserve's rules (terms of reference, 28 April 2022).
PANEL_LIMIT = 2500  # the Small Grants Panel decides bids up to this; the Board above it
URGENT_LIMIT = 1000  # the Community Safety Manager, in an emergency, reported to the next Board
RESERVE_FLOOR = 15000  # the Partnership Reserve is kept at or above this

# Money, 2021-22.
PFCC_2122 = 68500
SDC_2122 = 20000
POT_2122 = 8000  # of the council's contribution
AVAILABLE_2122 = PFCC_2122 + SDC_2122
RESERVE_OPEN_2122 = 38400

# An award: (reference, project, organisation, priority number, ISO date decided, amount).
Award = tuple[str, str, str, int, str, int]

IDVA_2122 = 18000
ASB_OFFICER_2122 = 9500
PASTORS_2122 = 3200
NOT_FOR_SALE = 6750
BIKE_MARKING = 4300
LIGHTING_ASK = 14500  # approved 12 October 2021
LIGHTING = 8250  # reduced 25 January 2022: Safer Streets Fund Round 3 pays for the lighting columns
CHOICES = 7800
CHAMPIONS = 2950
GLOVES_UP = 5750  # deferred 12 October 2021, approved 25 January 2022
PATROLS_ASK = 11000  # declined 12 October 2021
SPEED_ASK = 3600  # declined 25 January 2022
SAFE_SPACE = 6400  # released from the Partnership Reserve, 25 January 2022
SMALL_GRANTS_2122 = 7350  # five small grants
SMALL_GRANTS_COUNT_2122 = 5

AWARDS_2122: tuple[Award, ...] = (
    ("SCF21-01", "Independent Domestic Violence Adviser (Sandlebury caseload)", LANTERNWAY, 2, "2021-07-13",
     IDVA_2122),
    ("SCF21-02", "ASB Early Intervention Officer", KESTMOOR, 1, "2021-07-13", ASB_OFFICER_2122),
    ("SCF21-03", "Friday and Saturday night patrols", PASTORS, 1, "2021-07-13", PASTORS_2122),
    ("SCF21-04", "Not For Sale county lines sessions in schools", SEDGEBROOK, 3, "2021-07-13", NOT_FOR_SALE),
    ("SCF21-05", "Bike marking and property marking kits", POLICE, 4, "2021-07-13", BIKE_MARKING),
    ("SCF21-06", "Ashenmoor Park lighting and CCTV", PARKS, 4, "2021-10-12", LIGHTING),
    ("SCF21-07", "Choices drug education programme", CULVERDALE, 3, "2021-10-12", CHOICES),
    ("SCF21-08", "Domestic Abuse Champions training", LANTERNWAY, 2, "2021-10-12", CHAMPIONS),
    ("SCF21-09", "Gloves Up boxing and mentoring programme", BOXING, 3, "2022-01-25", GLOVES_UP),
)  # fmt: skip
OCTOBER_AWARDS = (LIGHTING_ASK, CHOICES, CHAMPIONS)
BOARD_TOTAL_2122 = sum(a[5] for a in AWARDS_2122)
COMMITTED_2122 = BOARD_TOTAL_2122 + SMALL_GRANTS_2122
UNDERSPEND_2122 = AVAILABLE_2122 - COMMITTED_2122
RESERVE_CLOSE_2122 = RESERVE_OPEN_2122 - SAFE_SPACE + UNDERSPEND_2122

# Money, 2022-23.
PFCC_2223 = 64000
SDC_2223 = 20000
POT_2223 = 8000
AVAILABLE_2223 = PFCC_2223 + SDC_2223
PFCC_2324 = 64000  # confirmed in February 2023
SDC_2324 = 15000
POT_2324 = 5000

IDVA_2223 = 18500
WALK_SAFE = 3500
DETACHED_2223 = 11200
TURNING_POINT = 9800
ASB_OFFICER_2223 = 9500
MEDIATION_ASK = 7200  # held over 28 April 2022 pending a data-sharing agreement
MEDIATION = 6000  # approved 22 September 2022 (told in the annual report 2022-23 only)
BYSTANDER = 2800  # 17 November 2022
TAXI_ASK = 9000  # refused 28 April 2022
PROFILE = 12000  # released from the Partnership Reserve, 28 April 2022: serious violence problem profile
SMALL_GRANTS_2223 = 7650
SMALL_GRANTS_COUNT_2223 = 7

AWARDS_2223: tuple[Award, ...] = (
    ("SCF22-01", "Independent Domestic Violence Adviser (Sandlebury caseload)", LANTERNWAY, 1, "2022-04-28",
     IDVA_2223),
    ("SCF22-02", "Walk Safe night-time patrols", PASTORS, 1, "2022-04-28", WALK_SAFE),
    ("SCF22-03", "Detached youth work, Lowmarsh and Tillingford", SEDGEBROOK, 2, "2022-04-28",
     DETACHED_2223),
    ("SCF22-04", "Turning Point mentoring", REDPOINT, 2, "2022-04-28", TURNING_POINT),
    ("SCF22-05", "ASB Early Intervention Officer", KESTMOOR, 3, "2022-04-28", ASB_OFFICER_2223),
    ("SCF22-06", "Community mediation service", MEDIATION_ORG, 3, "2022-09-22", MEDIATION),
    ("SCF22-07", "Bystander training and White Ribbon accreditation", LANTERNWAY, 1, "2022-11-17",
     BYSTANDER),
)  # fmt: skip
APRIL_TOTAL_2223 = sum(a[5] for a in AWARDS_2223 if a[4] == "2022-04-28")
BOARD_TOTAL_2223 = sum(a[5] for a in AWARDS_2223)
COMMITTED_2223 = BOARD_TOTAL_2223 + SMALL_GRANTS_2223
UNDERSPEND_2223 = AVAILABLE_2223 - COMMITTED_2223
RESERVE_OPEN_2223 = RESERVE_CLOSE_2122
RESERVE_CLOSE_2223 = RESERVE_OPEN_2223 - PROFILE + UNDERSPEND_2223

# The Small Grants Panel, 14 July 2022: (applicant, project, asked, agreed, outcome).
PANEL_JULY: tuple[tuple[str, str, int, int, str], ...] = (
    ("Brayfield Youth Club", "Friday night football", 2400, 2400, "Yes"),
    ("Pellcombe Neighbourhood Watch", "Video doorbells for vulnerable residents", 2500, 1800, "Part"),
    ("Sandlebury Mosque and Community Centre", "Hate crime reporting sessions", 1250, 1250, "Yes"),
    ("Lowmarsh Allotment Society", "Shed alarms", 2200, 0, "No"),
    ("Ashenmoor Skatepark Users Group", "Floodlight timer at the skatepark", 2500, 0, "Held"),
)
PANEL_JULY_AGREED = sum(row[3] for row in PANEL_JULY)
SKATEPARK = 1400  # agreed by the panel in October 2022

# The Strategic Intelligence Assessment 2022: calendar years 2019 to 2021.
YEARS = ("2019", "2020", "2021")
CRIME: tuple[tuple[str, int, int, int], ...] = (
    ("Violence with injury", 1284, 1102, 1311),
    ("Violence without injury", 1912, 1876, 2144),
    ("Stalking and harassment", 1046, 1228, 1402),
    ("Homicide", 2, 1, 2),
    ("Death or serious injury by unlawful driving", 4, 3, 5),
    ("Rape", 96, 88, 117),
    ("Other sexual offences", 188, 151, 203),
    ("Robbery of personal property", 61, 44, 52),
    ("Robbery of business property", 9, 6, 7),
    ("Residential burglary", 412, 318, 297),
    ("Non-residential burglary", 236, 198, 211),
    ("Vehicle offences", 783, 602, 655),
    ("Theft from the person", 97, 58, 71),
    ("Bicycle theft", 214, 231, 176),
    ("Shoplifting", 698, 502, 587),
    ("All other theft offences", 904, 741, 802),
    ("Criminal damage and arson", 1133, 1047, 1089),
    ("Drug offences", 262, 338, 281),
    ("Possession of weapons offences", 58, 64, 79),
    ("Public order offences", 744, 812, 903),
    ("Miscellaneous crimes against society", 131, 122, 144),
)
TOTALS = (sum(r[1] for r in CRIME), sum(r[2] for r in CRIME), sum(r[3] for r in CRIME))
# Anti-social behaviour incidents, the years as rows: personal, nuisance, environmental.
ASB: tuple[tuple[str, int, int, int], ...] = (
    ("2019", 612, 3104, 421),
    ("2020", 905, 4388, 397),
    ("2021", 701, 3262, 455),
)
# Domestic abuse, the years as rows: incidents, related crimes, repeat victims (%), high-risk referrals.
DOMESTIC: tuple[tuple[str, int, int, int, int], ...] = (
    ("2019", 2318, 1402, 27, 118),
    ("2020", 2541, 1597, 30, 141),
    ("2021", 2689, 1731, 32, 156),
)
KNIFE = (41, 47, 63)  # offences involving a knife or sharp instrument (flag)
# Wards, 2021: recorded crimes and anti-social behaviour incidents.
WARD_CRIME: dict[str, tuple[int, int]] = {
    "Sandlebury Central": (2318, 1184),
    "Sandlebury North": (1206, 512),
    "Sandlebury South": (1104, 478),
    "Ashenmoor": (1397, 693),
    "Lowmarsh": (1122, 541),
    "Tillingford": (1401, 605),
    "Brayfield and Pellcombe": (0, 405),  # the rest: set below
}
WARD_CRIME["Brayfield and Pellcombe"] = (
    TOTALS[2] - sum(v[0] for k, v in WARD_CRIME.items() if k != "Brayfield and Pellcombe"),
    405,
)
# Most similar group of 15 districts, 2021: measure, Sandlebury per 1,000, group average, position
# (1 = lowest rate).
MSG: tuple[tuple[str, str, str, int], ...] = (
    ("All recorded crime", "", "", 7),
    ("Violence against the person", "", "", 9),
    ("Residential burglary", "2.5", "3.1", 4),
    ("Vehicle offences", "5.5", "5.9", 6),
    ("Shoplifting", "4.9", "5.6", 5),
    ("Stalking and harassment", "", "", 12),
)
# Threat, harm and risk (MoRiLE-style): theme, impact (1-5), likelihood (1-5), confidence that partners
# can act (1-3, 3 the least).
RISKS: tuple[tuple[str, int, int, int], ...] = (
    ("Domestic abuse", 5, 5, 2),
    ("Sexual offences and violence against women and girls in public", 5, 4, 3),
    ("Serious violence and knife crime", 5, 3, 3),
    ("Drugs and exploitation (county lines, cuckooing)", 4, 3, 2),
    ("Anti-social behaviour", 3, 5, 1),
    ("Residential burglary", 3, 2, 1),
    ("Vehicle crime", 2, 3, 1),
    ("Shoplifting", 2, 3, 1),
    ("Hate crime", 4, 2, 2),
    ("Road safety", 4, 2, 1),
)


def risk_score(row: tuple[str, int, int, int]) -> int:
    """Impact times likelihood times confidence."""
    return row[1] * row[2] * row[3]


def rag(score: int) -> str:
    """Red at 40 or more, Amber from 15, Green below."""
    return "Red" if score >= 40 else "Amber" if score >= 15 else "Green"


def pct(before: int, after: int) -> str:
    """+18.9% style, one decimal."""
    return f"{(after - before) / before * 100:+.1f}%"


def rate(count: int, population: int = POPULATION) -> str:
    return f"{count / population * 1000:.1f}"


def _msg_rates() -> tuple[tuple[str, str, str, int], ...]:
    violence = sum(r[3] for r in CRIME[:5])
    stalking = CRIME[2][3]
    filled = {
        "All recorded crime": (rate(TOTALS[2]), "84.6"),
        "Violence against the person": (rate(violence), "38.2"),
        "Stalking and harassment": (rate(stalking), "9.8"),
    }
    return tuple((m, *filled[m], pos) if m in filled else (m, ours, avg, pos) for m, ours, avg, pos in MSG)


MSG = _msg_rates()
