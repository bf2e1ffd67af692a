"""Partnership AE's facts, shared by its documents: the community safety partnership of a unitary city
council, Skelderwyke, in the police area of Northmarch, branded "Safer Skelderwyke", whose Executive Forum
is co-chaired by the council's Director of Communities and the police district commander and spends a
Neighbourhood Resilience Fund made of the Northmarch Police and Crime Commissioner's community safety grant
and the council's contribution, with a Grants Assessment Panel deciding bids up to its limit, the Community
Safety Manager micro-grants, and residents voting on a participatory budgeting pot ("Your Street, Your
Say"), 2021-22 to 2022-23. The people and their changes (a police co-chair who moved to headquarters in
August 2022 and a new one from September, the clinical commissioning group replaced by the integrated care
board), the four priorities of 2020-23 and the three of 2023-26, the awards of two years and their later
changes, the money, the strategic assessment's figures and the limits and rules changed from April 2023."""

from __future__ import annotations

PCC = "Northmarch Police and Crime Commissioner"
OPCC = "Office of the Northmarch Police and Crime Commissioner"
COUNCIL = "Skelderwyke City Council"
POLICE = "Northmarch Police"
FIRE = "Northmarch Fire and Rescue Service"
PROBATION_SERVICE = "The Probation Service (Skelderwyke Probation Delivery Unit)"
CCG = "NHS Skelderwyke Clinical Commissioning Group"
ICB = "NHS Northmarch and Skelder Vale Integrated Care Board"
YJS = "Skelderwyke Youth Justice Service"
WOMENS_AID = "Skelderwyke Women's Aid"
HOMES = "Skelderwyke Homes"
VRU = "Northmarch Violence Reduction Unit"

BRAND = "Safer Skelderwyke"
FORUM = "Safer Skelderwyke Executive Forum"
PANEL = "Grants Assessment Panel"
FUND = "Neighbourhood Resilience Fund"
PB = "Your Street, Your Say"

# People.
CO_CHAIR_COUNCIL = "Annika Roebuck"  # Director of Communities, co-chair throughout
CO_CHAIR_POLICE_OLD = "Superintendent Callum Idowu"  # to 31 August 2022
CO_CHAIR_POLICE = "Superintendent Bethan Crossley-Ward"  # from 1 September 2022
CABINET = "Cllr Farida Mahmood"
CSM = "Neil Pasternak"  # Community Safety Manager
PANEL_CHAIR = "Gwen Hollister"  # OPCC Head of Commissioning, chairs the Panel
ANALYST = "Morwenna Pike"
CLERK = "Holly Strand"
FIRE_REP = "Group Manager Declan Shore"
PROBATION = "Lorraine Aske"
CCG_REP = "Dr Imogen Fry"
ICB_REP = "Gareth Lumsden"
DPH = "Dr Tobi Adeyemi"
YJS_REP = "Carys Penhaligon"
HOMES_REP = "Martin Oakes"
WA_REP = "Joy Mbeki"
VCS_REP = "Tanya Greaves"  # Voluntary Action Skelderwyke
INSPECTOR = "Inspector Ravi Chaudhry"

POPULATION = 203600

PRIORITIES_2023 = (
    "Violence in the night-time economy",
    "Domestic abuse and sexual violence",
    "Anti-social behaviour and neighbourhood crime",
    "Exploitation and county lines",
)
PRIORITIES_2326 = (
    "Serious violence and knife crime",
    "Violence against women and girls, including domestic abuse",
    "Anti-social behaviour and neighbourhood crime, including retail crime",
)

# Limits and rules before and after the terms of reference agreed on 30 November 2022 (from 1 April 2023).
PANEL_LIMIT_OLD, PANEL_LIMIT = 8000, 10000
CSM_LIMIT_OLD, CSM_LIMIT = 1500, 2000
QUORUM_OLD = "one co-chair and three other members, at least two of them from responsible authorities"
QUORUM = "one co-chair and four other members from at least three responsible authorities"
MEETINGS_OLD = "quarterly"
MEETINGS = "every two months (six times a year)"

# Money of 2021-22.
GRANT_2122 = 96500
COUNCIL_2122 = 40000
BROUGHT_2122 = 7850
AVAILABLE_2122 = GRANT_2122 + COUNCIL_2122 + BROUGHT_2122

# Awards of 2021-22: project, lead, priority (1-4, 0 for all), sum, decided (ISO), by.
Award = tuple[str, str, int, int, str, str]
AWARDS_2122: tuple[Award, ...] = (
    ("Independent Domestic Violence Advisers", WOMENS_AID, 2, 24000, "2021-06-23", "Forum"),
    ("Independent Sexual Violence Adviser", "Northmarch Rape Crisis", 2, 15000, "2021-06-23", "Forum"),
    ("Operation Halyard night-time economy patrols", POLICE, 1, 14000, "2021-06-23", "Forum"),
    ("Partnership analyst (half post)", COUNCIL, 0, 20000, "2021-06-23", "Forum"),
    ("Night Pastors welfare volunteers", "Skelderwyke Night Pastors", 1, 5500, "2021-09-15", "Panel"),
    ("Hollin Park detached youth work", "Skelderwyke YMCA", 3, 7800, "2021-09-15", "Panel"),
    ("Sanctuary scheme (target hardening)", HOMES, 2, 7400, "2021-09-15", "Panel"),
    ("Hate Crime Awareness Week", "Skelderwyke Interfaith Forum", 0, 1200, "2021-10-04", "CSM"),
    ("Exploitation mentoring", "Pathways North CIC", 4, 11500, "2021-10-06", "Forum"),
    (
        "Taxi driver safeguarding training",
        "Skelderwyke City Council Licensing",
        4,
        2750,
        "2021-12-08",
        "Panel",
    ),
    ("Graffiti removal and community clean-ups", "Neighbourhood Services", 3, 3900, "2021-12-08", "Panel"),
    ("Domestic homicide review (Adult K)", "Independent chair and author", 2, 6000, "2022-01-12", "Forum"),
)
DECLINED_2122 = (
    "Brinkley Fields skate park CCTV",
    "Brinkley Fields Residents' Association",
    9600,
    "2021-10-06",
)
COMMITTED_2122 = sum(a[3] for a in AWARDS_2122)
UNDERSPEND_2122 = AVAILABLE_2122 - COMMITTED_2122
DHR_RESERVE = 10000
CARRIED_2122 = UNDERSPEND_2122 - DHR_RESERVE

# Money of 2022-23.
GRANT_2223 = 101000
COUNCIL_2223 = 30000  # cut from £40,000
AVAILABLE_2223 = GRANT_2223 + COUNCIL_2223 + CARRIED_2122
SVD_2223 = 6200  # Serious Violence Duty grant, received February 2023, held for 2023-24
DHR_ADULT_L = 6500  # from the DHR reserve

# Bids of 2022-23 and their history.
IDVA = 24000
ANALYST_POST = 20000
HALYARD_ASK, HALYARD_AWARD, HALYARD_AMENDED, HALYARD_RETURNED = 18500, 15000, 17250, 1320
EDGE_ASK, EDGE_AWARD = 12800, 11200
CCTV_ASK = 22000
PB_POT = 20000
BOXING = 7500
YOUTH_ASK, YOUTH_AWARD = 8400, 8000  # at the Panel's limit
SAFE_HAVEN_ASK, SAFE_HAVEN_AWARD = 4200, 3600
HATE_CENTRES = 2900
OUTREACH_ASK = 6000
BIKE_MARKING = 1200
PASTORS_2223 = 5800
RETHINK_ASK, RETHINK_AWARD = 16000, 14500
FOOTBALL_ASK = 9500
SPIKING = 640
WATCH_SIGNS = 1100
PB_VOTERS = 412

# Your Street, Your Say, 15 October 2022: project, group, ward, asked, votes.
PB_BIDS: tuple[tuple[str, str, str, int, int], ...] = (
    ("Solar alley lights", "Cobb Hill Residents' Association", "Cobb Hill", 2400, 301),
    ("Friday youth club", "Fettleby Community Centre", "Fettleby", 3000, 288),
    ("Walk Her Home volunteers", "Skelderwyke Students' Union", "Castle Quay", 1850, 265),
    ("Boxing taster sessions", "Dockside Boxing Club", "Kittiwake Dock", 2200, 241),
    ("Community Speedwatch kit", "Tenterholme Speedwatch", "Tenterholme", 1500, 230),
    ("Allotment fencing and gate", "Ashgrove Allotment Society", "Ashgrove", 2750, 214),
    ("Underpass street art", "Brinkley Fields Arts Collective", "Brinkley Fields", 1900, 199),
    ("Scam awareness for older people", "Age Concern Skelderwyke", "Weavers Green", 1300, 187),
    ("Litter pickers' kit", "Hollin Park Tidy Team", "Hollin Park", 850, 176),
    ("Dads' group", "Castle Quay Family Hub", "Castle Quay", 2600, 150),
    ("Neighbourhood Watch signs", "Cobb Hill Neighbourhood Watch", "Cobb Hill", 1100, 132),
)


def pb_awards() -> list[int]:
    """What each PB bid was awarded: in order of votes until the pot runs out, the last part-funded."""
    left, awards = PB_POT, []
    for bid in PB_BIDS:
        award = min(bid[3], left)
        awards.append(award)
        left -= award
    return awards


PB_PART = PB_BIDS[9]
PB_PART_AWARD = pb_awards()[9]

COMMITTED_2223 = (
    IDVA + ANALYST_POST + HALYARD_AMENDED + EDGE_AWARD + PB_POT + BOXING + HATE_CENTRES + BIKE_MARKING
    + PASTORS_2223 + YOUTH_AWARD + RETHINK_AWARD + SPIKING + WATCH_SIGNS
)  # fmt: skip
SPENT_2223 = COMMITTED_2223 - HALYARD_RETURNED
CARRIED_2223 = AVAILABLE_2223 - SPENT_2223

# Strategic assessment 2022: calendar years 2019, 2020, 2021.
YEARS = (2019, 2020, 2021)
CRIME: tuple[tuple[str, int, int, int], ...] = (
    ("Violence with injury", 2214, 1862, 2131),
    ("Violence without injury", 3105, 2946, 3388),
    ("Stalking and harassment", 1602, 1894, 2247),
    ("Sexual offences", 402, 361, 489),
    ("Robbery", 188, 131, 142),
    ("Residential burglary", 1046, 781, 702),
    ("Non-residential burglary", 412, 344, 318),
    ("Vehicle offences", 1377, 1012, 1098),
    ("Theft from the person", 296, 158, 187),
    ("Bicycle theft", 351, 402, 336),
    ("Shoplifting", 1588, 1104, 1262),
    ("Other theft", 1934, 1511, 1622),
    ("Criminal damage and arson", 2088, 1876, 1954),
    ("Drug offences", 644, 812, 597),
    ("Possession of weapons", 141, 126, 168),
    ("Public order offences", 1210, 1188, 1436),
    ("Miscellaneous crimes against society", 287, 271, 305),
)
TOTALS = (sum(row[1] for row in CRIME), sum(row[2] for row in CRIME), sum(row[3] for row in CRIME))
# Wards in 2021: ward, population, crimes, violence, ASB incidents.
WARDS: tuple[tuple[str, int, int, int, int], ...] = (
    ("Castle Quay", 14820, 3368, 1408, 1322),
    ("Kittiwake Dock", 19450, 2487, 892, 804),
    ("Hollin Park", 21310, 2390, 861, 957),
    ("Brinkley Fields", 18960, 1912, 702, 688),
    ("Fettleby", 20140, 1745, 611, 590),
    ("Weavers Green", 22480, 1693, 574, 611),
    ("Tenterholme", 19870, 1320, 402, 433),
    ("Cobb Hill", 21930, 1209, 377, 415),
    ("Ashgrove", 23640, 1244, 396, 402),
    ("Skelder Vale", 21000, 1014, 321, 294),
)
ASB = (6842, 8905, 7116)
DA_CRIMES = (2406, 2688, 2874)
DA_INCIDENTS = (1512, 1602, 1487)
DA_REPEAT = ("31%", "33%", "35%")
MARAC = (402, 455, 489)
KNIFE = (118, 97, 131)
# Most similar group (15 areas), 2021: measure, Skelderwyke rate per 1,000, group average, position.
MSG: tuple[tuple[str, str, str, str], ...] = (
    ("All recorded crime", "90.3", "88.4", "11th"),
    ("Violence against the person", "38.1", "33.9", "12th"),
    ("Residential burglary", "3.4", "4.1", "5th"),
    ("Robbery", "0.70", "0.82", "6th"),
    ("Shoplifting", "6.2", "5.7", "10th"),
    ("Criminal damage and arson", "9.6", "9.9", "7th"),
)
# MoRiLE: candidate priority, threat/risk score, harm score, total, rating.
MORILE: tuple[tuple[str, int, int, str], ...] = (
    ("Violence against women and girls, including domestic abuse", 96, 108, "Red"),
    ("Serious violence and knife crime", 88, 102, "Red"),
    ("Anti-social behaviour and neighbourhood crime", 82, 74, "Amber"),
    ("Exploitation and county lines", 71, 76, "Amber"),
    ("Violence in the night-time economy", 58, 63, "Amber"),
    ("Retail crime", 52, 47, "Green"),
    ("Hate crime", 44, 50, "Green"),
    ("Fraud against older people", 41, 45, "Green"),
)
