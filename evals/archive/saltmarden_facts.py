"""Partnership AJ's facts, shared by its documents: the community safety partnership of Saltmarden, a coastal
district of the two-tier county of Carrowshire, whose Police, Fire and Crime Commissioner pays each of the
county's six district partnerships the same fixed grant, 2024-25 to 2025-26 (with what was known of 2026-27 by
July 2026). Its strategic body is the Leadership Board, chaired by the district council's portfolio holder
with a police Vice-Chair; it spends the Saltmarden Safer Communities Fund (the Commissioner's grant, the
district council's contribution, a county public health contribution kept for drug and alcohol work and what
is brought forward) and holds a Community Safety Reserve. A Small Grants Panel with an independent chair
decides bids up to its limit from a pot the Board sets; the Community Safety Manager decides the smallest
under delegated powers. The people and their changes (a police Vice-Chair moved in January 2025, the Chair
became Leader of the Council in May 2025 and a new councillor took the chair in June 2025), the four
priorities of 2022-25 replaced by four for 2025-28, the awards of two years and their later changes, the
money, the strategic intelligence assessment's figures (calendar years 2022 to 2024) and the rules changed
from October 2025 by the terms of reference version 2.0."""

from __future__ import annotations

NAME = "Saltmarden Community Safety Partnership"
SHORT = "SCSP"
BOARD = "Leadership Board"
PANEL = "Small Grants Panel"
FUND = "Saltmarden Safer Communities Fund"
RESERVE = "Community Safety Reserve"
GRANT_NAME = "Community Safety Partnership Grant"
OFFICER_TITLE = "Community Safety Manager"

COUNCIL = "Saltmarden District Council"
COUNTY = "Carrowshire County Council"
POLICE = "Carrowshire Constabulary"
FIRE = "Carrowshire Fire and Rescue Service"
PROBATION = "The Probation Service (Carrowshire East PDU)"
ICB = "NHS Carrowshire and Wendmoor Integrated Care Board"
PFCC = "Carrowshire Police, Fire and Crime Commissioner"
OPFCC = "Office of the Carrowshire Police, Fire and Crime Commissioner"
YJS = "Carrowshire Youth Justice Service"
PUBLIC_HEALTH = "Public Health Carrowshire"
CDAS = "Carrowshire Domestic Abuse Service"
YOUTH = "Saltmarden Youth Trust"
ANGELS = "Saltmarden Street Angels"
RECOVERY = "Tidewater Recovery"
HOUSING = "Brinehurst Homes"
CVS = "Saltmarden CVS"
CHAMBER = "Saltmarden Chamber of Commerce"
BID = "Quayside Business Improvement District"
ANGLING = "Marshfleet Angling Club"
HUB = "Wrackford Community Hub"
PARISH = "Sandlingham Parish Council"
VILLAGE_HALL = "Skerrow Village Hall Trust"
BUSINESS_CRIME = "Carrowshire Business Crime Partnership"
FOOTBALL = "Saltmarden Town Football Club"
LIFEGUARDS = "Saltmarden Surf Life Saving Club"
PARKING = "Saltmarden District Council Parking Services"

# People.
CHAIR_OLD = (
    "Councillor Marcus Treloar"  # Portfolio Holder for Communities; Chair to 10 June 2025, then Leader
)
CHAIR = "Councillor Fenella Ashdown"  # Portfolio Holder for Communities and Leisure; Chair from 10 June 2025
VICE_OLD = "Superintendent Aisha Pemberton"  # East Area Commander; Vice-Chair to January 2025
VICE = "Superintendent Declan Morrow"  # East Area Commander from January 2025; Vice-Chair from 18 March 2025
OFFICER = "Kieran Maddocks"  # Community Safety Manager, the district council: delegated powers
ANALYST = "Naomi Fairweather"  # Community Safety Analyst, the county council (shared post)
PANEL_CHAIR = "Lorna Quiller"  # Chief Officer, Saltmarden CVS: independent chair of the Small Grants Panel
COUNTY_REP = "Councillor Rosalind Keast"  # County Council Cabinet Member for Communities
FIRE_REP = "Station Manager Gareth Pascoe"
PROBATION_REP = "Helen Brightwell"  # Head of the Carrowshire East PDU
ICB_REP = "Tom Adeyemi"  # Designated Nurse, Safeguarding Adults
PH_REP = "Dr Alun Penhaligon"  # Consultant in Public Health
YJS_REP = "Sasha Lindqvist"  # Service Manager, Youth Justice
OPFCC_REP = "Martin Gulliver"  # Partnerships and Commissioning Officer, OPFCC
CDAS_REP = "Bryony Hext"  # Chief Executive, Carrowshire Domestic Abuse Service
HOUSING_REP = "Colin Yeo"  # Head of Tenancy Services, Brinehurst Homes
DIRECTOR = "Joanne Kettleby"  # Director of Communities, the district council
CLERK = "Amir Rahimi"  # Democratic Services Officer

POPULATION = 118400

PRIORITIES_OLD = (
    "Domestic abuse and sexual violence",
    "Anti-social behaviour, including on the seafront and in the town centre",
    "Drug and alcohol related harm",
    "Exploitation of children and vulnerable adults",
)
PRIORITIES_NEW = (
    "Violence against women and girls",
    "Serious violence, drugs and exploitation",
    "Anti-social behaviour on the seafront and in town centres",
    "Retail crime and shop theft",
)

# Rules before and after the terms of reference version 2.0 (approved 16 September 2025, in force 1 October).
PANEL_LIMIT_OLD, PANEL_LIMIT = 5000, 7500
OFFICER_LIMIT_OLD, OFFICER_LIMIT = 1500, 2000
URGENT_LIMIT = 5000  # new: the Chair and Vice-Chair together may release up to this from the reserve
QUORUM_OLD = "four members, at least three of them from different responsible authorities"
QUORUM = "one third of the voting members, including the district council and the police"
RESERVE_FLOOR = 20000  # new: the reserve may not fall below this
PASS_OLD, PASS = 15, 18  # the Small Grants Panel's pass mark, out of 30

# Money of 2024-25.
GRANT_2425 = 96400  # the same fixed sum to each of the six district partnerships
COUNTY_GRANT_TOTAL = "£578,400"
DISTRICT_2425 = 25000
PH_2425 = 18000  # kept for drug and alcohol work
BF_2425 = 7260
AVAILABLE_2425 = GRANT_2425 + DISTRICT_2425 + PH_2425 + BF_2425
RESERVE_OPEN_2425 = 41500

# Board awards of 11 June 2024 (minute 24/36) and their later changes.
OUTREACH_2425 = 38000  # CDAS domestic abuse outreach worker
PATROL_ASK_2425, PATROL_2425, PATROL_AMENDED_2425 = 22500, 19800, 16350  # cut 10 December 2024
YOUTH_2425 = 14250  # Harbour Lights detached youth work
HAVEN_ASK_2425, HAVEN_MATCH_2425, HAVEN_2425 = 11600, 2200, 9400  # deferred 11 June, approved 10 December
ANGLING_ASK = 6800  # CCTV at the boat compound: declined 11 June 2024
NAVIGATOR_2425 = 18000  # Tidewater Recovery custody navigator, from the public health contribution
ANALYST_2425 = 16500
POT_2425 = 12000
# Small Grants Panel, 2 October 2024: reference, project, organisation, old priority, sum.
SMALL_2425: tuple[tuple[str, str, str, int, int], ...] = (
    ("SG24-01", "Shopwatch radios, town centre", CHAMBER, 2, 3200),
    ("SG24-02", "Confidence and self-defence course for women", HUB, 1, 2450),
    ("SG24-03", "Cuckooing awareness training for housing staff", HOUSING, 4, 4000),
    ("SG24-04", "Neighbourhood Watch signs", PARISH, 2, 1180),
)
SMALL_TOTAL_2425 = sum(s[4] for s in SMALL_2425)
KITS = 1350  # bleed control cabinets on the Quayside: the Community Safety Manager, 19 August 2024
CCTV_VAN_ASK = 24000  # mobile CCTV van lease: declined 10 December 2024
DRIFTWOOD = 8500  # Operation Driftwood (cuckooing, Whelkby): released from the reserve 10 December 2024
BOARD_FINAL_2425 = (
    OUTREACH_2425 + PATROL_AMENDED_2425 + YOUTH_2425 + HAVEN_2425 + NAVIGATOR_2425 + ANALYST_2425
)
COMMITTED_2425 = BOARD_FINAL_2425 + SMALL_TOTAL_2425 + KITS
UNDERSPEND_2425 = AVAILABLE_2425 - COMMITTED_2425
TO_RESERVE_2425 = 6000  # agreed 18 March 2025: moved into the reserve at the year end
CARRIED_2425 = UNDERSPEND_2425 - TO_RESERVE_2425
RESERVE_CLOSE_2425 = RESERVE_OPEN_2425 - DRIFTWOOD + TO_RESERVE_2425

# Money of 2025-26.
GRANT_2526 = 92000  # confirmed by the Commissioner on 21 February 2025
DISTRICT_2526 = 25000
PH_2526 = 18000
BF_2526 = CARRIED_2425
AVAILABLE_2526 = GRANT_2526 + DISTRICT_2526 + PH_2526 + BF_2526
RESERVE_OPEN_2526 = RESERVE_CLOSE_2425

# Board awards of 18 March 2025 (minute 25/14) and their later changes.
OUTREACH_2526 = 39500  # a year for 2025-26 and 2026-27, the second year subject to the grant
PATROL_ASK_2526, PATROL_2526 = 21000, 17000
YOUTH_2526, YOUTH_AMENDED_2526 = 15000, 12600  # cut 16 September 2025: lead worker post vacant April-June
NAVIGATOR_2526 = 18000
ANALYST_2526 = 17000
HAVEN_2526 = 10200
FLOODLIGHTS_ASK = 12000  # Saltmarden Town FC floodlights: declined 18 March 2025 (capital)
SHOP_ASK, SHOP_CONTRIBUTION, SHOP = 20000, 5000, 15000  # deferred 18 March 2025; approved 10 June 2025
SHOP_RETURNED = 1800  # the officer started in August 2025, not June
POT_2526 = 15000  # two rounds: July 2025 and January 2026
# Small Grants Panel, 8 July 2025.
SMALL_JULY_2526: tuple[tuple[str, str, str, int, int, int], ...] = (
    ("SG25-01", "Ask for Angela training for Quayside bar staff", BID, 1, 1900, 1900),
    ("SG25-02", "Summer diversionary football, Whelkby", YOUTH, 2, 6000, 5000),
    ("SG25-03", "Safe and well visits after cuckooing", HOUSING, 2, 3750, 3750),
)
SPEED_SIGNS_ASK = 2600  # Marshfleet speed signs (SG25-04): declined 8 July 2025, road safety
SMALL_JULY_TOTAL = sum(s[5] for s in SMALL_JULY_2526)
SMALL_JAN_2526 = ("SG26-01", "Safe space evenings at Skerrow library", VILLAGE_HALL, 3, 4100)
WRISTBANDS = 640  # seafront child safety wristbands: the Community Safety Manager, 22 July 2025
SKERROW_CCTV_ASK = 8900  # Skerrow Village Hall CCTV: declined 16 September 2025
DHR_2025 = 11000  # DHR 2025/01 and 2025/02 at 5,500 each: released from the reserve 16 September 2025
BREAKWATER = 3000  # Operation Breakwater after Storm Idris: Chair and Vice-Chair, 12 November 2025 (urgent)
BOARD_FINAL_2526 = (
    OUTREACH_2526 + PATROL_2526 + YOUTH_AMENDED_2526 + NAVIGATOR_2526 + ANALYST_2526 + HAVEN_2526 + SHOP
)
COMMITTED_2526 = BOARD_FINAL_2526 + SMALL_JULY_TOTAL + SMALL_JAN_2526[4] + WRISTBANDS
SPENT_2526 = COMMITTED_2526 - SHOP_RETURNED
CARRIED_2526 = AVAILABLE_2526 - SPENT_2526
RESERVE_AFTER_DHR = RESERVE_OPEN_2526 - DHR_2025
RESERVE_CLOSE_2526 = RESERVE_AFTER_DHR - BREAKWATER

# 2026-27, as known by July 2026.
GRANT_2627_INDICATED = 90000  # the Commissioner's letter of 2 September 2025
GRANT_2627 = 91250  # confirmed 19 February 2026
MEETINGS_2526 = "10 June 2025 (the annual meeting), 16 September 2025, 9 December 2025 and 17 March 2026"
PATROL_2627 = 18500  # approved at the annual meeting, 9 June 2026 (told only in the 2025-26 report)

# Strategic Intelligence Assessment 2025 (January 2025): calendar years 2022 to 2024.
YEARS = ("2022", "2023", "2024")
CATEGORIES = (
    "Violence with injury",
    "Violence without injury",
    "Stalking and harassment",
    "Sexual offences",
    "Robbery",
    "Residential burglary",
    "Non-residential burglary",
    "Vehicle offences",
    "Theft from the person",
    "Shoplifting",
    "Bicycle theft",
    "All other theft offences",
    "Criminal damage and arson",
    "Drug offences",
    "Possession of weapons offences",
    "Public order offences",
    "Miscellaneous crimes against society",
)
CRIME: dict[str, tuple[int, ...]] = {
    YEARS[0]: (1184, 1490, 1102, 301, 62, 388, 210, 512, 71, 702, 148, 918, 1010, 322, 66, 611, 140),
    YEARS[1]: (1231, 1577, 1188, 322, 71, 352, 233, 468, 80, 861, 162, 902, 968, 371, 79, 655, 151),
    YEARS[2]: (1302, 1620, 1251, 356, 58, 341, 196, 489, 93, 1124, 131, 877, 955, 418, 92, 640, 163),
}
TOTALS = tuple(sum(CRIME[y]) for y in YEARS)
# Wards in 2024: ward, population, recorded crimes, ASB incidents, summer share of ASB (June to August).
WARDS: tuple[tuple[str, int, int, int, str], ...] = (
    ("Quayside", 11200, 2874, 1296, "41%"),
    ("Whelkby", 17900, 1561, 702, "33%"),
    ("Skerrow", 13800, 1080, 340, "44%"),
    ("Wrackford", 19300, 1488, 689, "30%"),
    ("Marshfleet", 16100, 1009, 598, "37%"),
    ("Brinehurst", 18700, 1000, 540, "28%"),
    ("Sandlingham", 21400, 1094, 566, "29%"),
)
SUMMER_ASB = "35%"  # the district's share of anti-social behaviour in June to August, 2024
ASB = (4912, 4488, 4731)
DA_CRIMES = (1604, 1688, 1752)
DA_REPEAT = ("27%", "29%", "31%")
SERIOUS_VIOLENCE = (48, 55, 61)  # most serious violence
KNIFE = (37, 44, 52)  # knife or sharp instrument offences
DRUG_DEATHS = (11, 9, 14)
COUNTY_LINES = (6, 8, 11)  # lines identified running into the district
SUMMER_NTE = (88, 97, 121)  # violence on the Quayside, Friday and Saturday evenings, June to August
# Most similar group (15 areas), 2024: measure, rate per 1,000, group average, position.
MSG: tuple[tuple[str, str, str, str], ...] = (
    ("All recorded crime", "85.4", "79.8", "11th"),
    ("Violence against the person", "38.3", "36.0", "10th"),
    ("Residential burglary", "2.9", "3.4", "5th"),
    ("Shoplifting", "9.5", "6.6", "14th"),
    ("Drug offences", "3.5", "2.7", "12th"),
    ("Criminal damage and arson", "8.1", "8.4", "7th"),
)
# MoRiLE-style scoring: area, harm (out of 40), likelihood (out of 30), organisational gap (out of 30).
RISKS: tuple[tuple[str, int, int, int], ...] = (
    ("Domestic abuse and sexual violence", 36, 27, 14),
    ("Exploitation and county lines", 34, 19, 21),
    ("Serious violence and knife crime", 35, 16, 17),
    ("Shoplifting and retail crime", 16, 28, 22),
    ("Seafront and town centre anti-social behaviour", 18, 27, 20),
    ("Drug and alcohol related harm", 27, 20, 11),
    ("Residential burglary", 20, 14, 8),
    ("Hate crime", 19, 11, 12),
    ("Fraud against older residents", 15, 15, 16),
    ("Rural and coastal crime (boats, fuel, plant)", 10, 13, 9),
)


def rating(score: int) -> str:
    """High from 65, Medium from 45, Standard below."""
    return "High" if score >= 65 else ("Medium" if score >= 45 else "Standard")


def rate(count: int, population: int = POPULATION) -> str:
    return f"{count / population * 1000:.1f}"


def pct(before: int, after: int) -> str:
    return f"{(after - before) / before * 100:+.1f}%"


def _check() -> None:
    assert sum(w[1] for w in WARDS) == POPULATION, sum(w[1] for w in WARDS)
    assert sum(w[2] for w in WARDS) == TOTALS[2], (sum(w[2] for w in WARDS), TOTALS)
    assert sum(w[3] for w in WARDS) == ASB[2], sum(w[3] for w in WARDS)
    rates = [w[2] / w[1] for w in WARDS]
    assert rates == sorted(rates, reverse=True)
    summer = sum(w[3] * int(w[4].rstrip("%")) for w in WARDS) / ASB[2]
    assert f"{summer:.0f}%" == SUMMER_ASB, summer
    assert all(len(v) == len(CATEGORIES) for v in CRIME.values())
    year = CRIME[YEARS[2]]
    violence = sum(year[:4])
    shown = (
        TOTALS[2],
        violence,
        *(year[CATEGORIES.index(c)] for c in ("Residential burglary", "Shoplifting", "Drug offences")),
        year[CATEGORIES.index("Criminal damage and arson")],
    )
    assert tuple(rate(n) for n in shown) == tuple(m[1] for m in MSG), [rate(n) for n in shown]
    assert SMALL_TOTAL_2425 <= POT_2425 and SMALL_JULY_TOTAL + SMALL_JAN_2526[4] <= POT_2526
    assert UNDERSPEND_2425 > TO_RESERVE_2425 and CARRIED_2526 > 0
    assert RESERVE_CLOSE_2526 >= RESERVE_FLOOR
    assert HAVEN_ASK_2425 - HAVEN_MATCH_2425 == HAVEN_2425 and SHOP_ASK - SHOP_CONTRIBUTION == SHOP


_check()
