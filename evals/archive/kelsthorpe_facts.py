"""Partnership AF's facts, shared by its documents: the community safety partnership of a district council,
Kelsthorpe, in the two-tier county and police area of Wetherdale, 2020-21 to 2021-22. Its strategic body is
the Responsible Authorities Group (RAG), renamed the Kelsthorpe Community Safety Partnership Board from
1 April 2022; it spends a Community Safety Initiatives Fund (CSIF) made of the Wetherdale Police, Fire and
Crime Commissioner's grant and the district council's contribution (with the county council's from
2021-22), with a Bids and Commissioning Sub-Group deciding small grants up to its limit and the Community
Safety Lead Officer deciding the smallest under delegation. The people and their changes (a chair who
stood down at the May 2021 elections and a new one elected in June 2021, a police vice-chair who moved to
headquarters in October 2021 and a successor, the probation services unified in June 2021, the clinical
commissioning group to be replaced by the integrated care board in July 2022), the four priorities of
2019-22 and the three of 2022-25, the awards of two years and their later changes, the money, the
strategic intelligence assessment's figures and the rules changed from April 2022."""

from __future__ import annotations

NAME = "Kelsthorpe Community Safety Partnership"
SHORT = "KCSP"
RAG = "Responsible Authorities Group"
BOARD_NEW = "Kelsthorpe Community Safety Partnership Board"
FUND = "Community Safety Initiatives Fund"
SUBGROUP = "Bids and Commissioning Sub-Group"
LEAD_OFFICER_TITLE = "Community Safety Lead Officer"

COUNCIL = "Kelsthorpe District Council"
COUNTY = "Wetherdale County Council"
POLICE = "Wetherdale Constabulary"
FIRE = "Wetherdale Fire and Rescue Service"
PFCC = "Wetherdale Police, Fire and Crime Commissioner"
OPFCC = "Office of the Wetherdale Police, Fire and Crime Commissioner"
NPS = "National Probation Service (Wetherdale)"
CRC = "Wetherdale and Marchfield Community Rehabilitation Company"
PROBATION = "The Probation Service (Kelsthorpe and Wetherdale North PDU)"
CCG = "NHS Wetherdale Clinical Commissioning Group"
ICB = "NHS Wetherdale and Coldbeck Integrated Care Board"
YOS = "Wetherdale Youth Offending Service"
HOMES = "Kelsthorpe Homes Trust"
REFUGE = "Wetherdale Women's Refuge Partnership"
KVA = "Kelsthorpe Voluntary Action"
PUBLIC_HEALTH = "Wetherdale Public Health"

# People.
CHAIR_OLD = "Cllr Rosamund Quarmby"  # Cabinet Member for Communities; chair to the May 2021 elections
CHAIR = "Cllr Fabian Wragge"  # elected Chair on 15 June 2021
VICE_OLD = "Chief Inspector Linnea Elphick"  # district commander, vice-chair to 30 September 2021
VICE = "Chief Inspector Bedwyr Penwarden"  # district commander from 4 October 2021
LEAD_OFFICER = "Lorcan Mattocks"  # Community Safety Lead Officer, Kelsthorpe District Council
ANALYST = "Clemency Kettlewell"  # community safety analyst, Wetherdale County Council
SUBGROUP_CHAIR = "Imelda Stanbridge"  # OPFCC Commissioning Manager, chairs the Sub-Group
FIRE_REP = "Group Manager Cormac Dunstable"
PROBATION_REP = "Zainab Brereton"  # NPS, then Head of the PDU
CRC_REP = "Sheila Brannock"  # last meeting 15 June 2021
CCG_REP = "Dr Anwen Kitteridge"
ICB_REP = "Dr Emeka Barraclough"  # from July 2022
COUNTY_REP = "Crispin Satterthwaite"  # Assistant Director, Communities
DPH_REP = "Helena Voss"
YOS_REP = "Jarrod Penwill"
HOMES_REP = "Bernadette Scholey"
REFUGE_REP = "Saskia Holmroyd"
KVA_REP = "Perdita Goadby"
CLERK = "Nerys Allonby"
RURAL_SERGEANT = "PS Fergal Strickson"

POPULATION = 118400

PRIORITIES_OLD = (
    "Domestic abuse",
    "Anti-social behaviour",
    "Rural and heritage crime",
    "Drug-related harm, including county lines",
)
PRIORITIES_NEW = (
    "Violence against women and girls, including domestic abuse and stalking",
    "Serious violence and the exploitation of young people",
    "Neighbourhood crime and anti-social behaviour, including rural crime",
)

# Rules before and after the terms of reference agreed on 26 January 2022 (in force 1 April 2022).
SUBGROUP_LIMIT_OLD, SUBGROUP_LIMIT = 5000, 6000
OFFICER_LIMIT_OLD, OFFICER_LIMIT = 1000, 1500
QUORUM_OLD = "four members, at least two of them from responsible authorities"
QUORUM = (
    "five members, at least three of them from responsible authorities, one of which must be the District "
    "Council or the police"
)
ROUNDS_OLD = "two bidding rounds a year (spring and summer)"
ROUNDS = "three bidding rounds a year (May, September and January)"

# Money of 2020-21.
GRANT_2021 = 64000
DC_2021 = 20000
BF_2021 = 4340
AVAILABLE_2021 = GRANT_2021 + DC_2021 + BF_2021

# Awards of 2020-21: project, lead, priority (1-4, 0 for all), sum, decided (ISO), by.
Award = tuple[str, str, int, int, str, str]
AWARDS_2021: tuple[Award, ...] = (
    ("Safe at Home lockdown outreach", REFUGE, 1, 5000, "2020-04-21", "Chair (urgency)"),
    ("Independent Domestic Violence Adviser (IDVA)", REFUGE, 1, 18000, "2020-06-16", "RAG"),
    ("County community safety analyst (contribution)", COUNTY, 0, 8000, "2020-06-16", "RAG"),
    ("Operation Stubble rural crime patrols", POLICE, 3, 6500, "2020-06-16", "RAG"),
    ("Late Night Helpers volunteers", "Kelsthorpe Late Night Helpers", 2, 4800, "2020-08-05", "Sub-Group"),
    ("Neighbour mediation", "Mediation Wetherdale", 2, 4200, "2020-08-05", "Sub-Group"),
    ("Recovery peer mentors", "Kelsthorpe Recovery Network", 4, 4600, "2020-08-05", "Sub-Group"),
    ("Heritage crime signs, Hensby Priory", "Hensby Parish Council", 3, 850, "2020-10-02", "Lead Officer"),
    ("Lock and Stay target hardening", HOMES, 1, 4400, "2020-11-04", "Sub-Group"),
    ("Saltersgate car park CCTV upgrade", COUNCIL, 2, 12000, "2020-12-08", "RAG"),
    ("Domestic homicide review (Adult B)", "Independent chair and author", 1, 5000, "2020-12-08", "RAG"),
    ("Brigsley detached youth work", "Brigsley Youth Project", 2, 3600, "2021-02-03", "Sub-Group"),
)
DECLINED_2021 = ("Brigsley skate park floodlights", "Brigsley Town Council", 14000, "2020-12-08")
COMMITTED_2021 = sum(a[3] for a in AWARDS_2021)
LNH_RETURNED_2021 = 2150  # the pubs were shut: fewer nights out
SPENT_2021 = COMMITTED_2021 - LNH_RETURNED_2021
CARRIED_2021 = AVAILABLE_2021 - SPENT_2021

# Money of 2021-22.
GRANT_2122 = 58500
DC_2122 = 25000
COUNTY_2122 = 10000
BF_2122 = CARRIED_2021
AVAILABLE_2122 = GRANT_2122 + DC_2122 + COUNTY_2122 + BF_2122
SMALL_POT = 20000  # the Sub-Group's August 2021 round

# Bids of 2021-22 and their history.
IDVA = 18500
ANALYST_POST = 8000
STUBBLE_ASK, STUBBLE_AWARD, STUBBLE_AMENDED = 7250, 6000, 7250
STALKING_ASK, STALKING_AWARD = 9800, 8400
SHELTER_ASK = 11500  # Brigsley youth shelter: declined as capital, 15 June 2021
LNH_ASK = 4950
LNH_RETURNED = 380
MEDIATION_ASK, MEDIATION_AWARD, MEDIATION_PAID = 6200, 5000, 1250
WATCH_ASK, WATCH_AWARD = 2400, 1800
THEATRE_ASK = 3950
BOXING_ASK = 4500
PRIDE = 750
LOCK_STAY = 4800
KICKABOUT_ASK = 5000
MARKET_CCTV_ASK = 16000
DHR_ADULT_C = 6000
BRIGSLEY_2122 = 4100
GARDEN_ASK = 2900
SCAWTON = 620

SUBGROUP_APPROVED_AUG = LNH_ASK + MEDIATION_AWARD + WATCH_AWARD + LOCK_STAY
COMMITTED_NOV = (
    IDVA + ANALYST_POST + STUBBLE_AMENDED + STALKING_AWARD + LNH_ASK + MEDIATION_AWARD + WATCH_AWARD
    + LOCK_STAY + PRIDE + THEATRE_ASK + DHR_ADULT_C
)  # fmt: skip
COMMITTED_2122 = (
    IDVA + ANALYST_POST + STUBBLE_AMENDED + STALKING_AWARD + LNH_ASK + MEDIATION_PAID + WATCH_AWARD
    + LOCK_STAY + PRIDE + THEATRE_ASK + DHR_ADULT_C + BRIGSLEY_2122 + SCAWTON
)  # fmt: skip
SPENT_2122 = COMMITTED_2122 - LNH_RETURNED
CARRIED_2122 = AVAILABLE_2122 - SPENT_2122
DHR_RESERVE_2223 = 15000

# 2022-23, as first indicated (January 2022) and as confirmed (March 2022).
GRANT_2223_INDICATED = 60000
GRANT_2223 = 61200
STALKING_2223 = 9000  # second year, approved by the Board on 21 June 2022

# Strategic intelligence assessment 2021: financial years 2018/19 to 2020/21.
YEARS = ("2018/19", "2019/20", "2020/21")
CATEGORIES = (
    "Violence with injury",
    "Violence without injury",
    "Stalking and harassment",
    "Sexual offences",
    "Robbery",
    "Residential burglary",
    "Vehicle offences",
    "Shoplifting",
    "Criminal damage and arson",
    "Drug offences",
    "Possession of weapons",
    "Public order offences",
    "All other offences",
)
CRIME: dict[str, tuple[int, ...]] = {
    "2018/19": (1020, 1460, 610, 198, 41, 402, 655, 712, 1130, 233, 38, 540, 452),
    "2019/20": (1065, 1592, 744, 221, 46, 371, 602, 748, 1088, 251, 44, 611, 437),
    "2020/21": (918, 1704, 935, 206, 29, 288, 431, 503, 1012, 342, 51, 688, 419),
}
TOTALS = tuple(sum(CRIME[y]) for y in YEARS)
# Wards in 2020/21: ward, population, recorded crimes, ASB incidents.
WARDS: tuple[tuple[str, int, int, int], ...] = (
    ("Kelsthorpe Abbey", 9850, 1684, 1046),
    ("Northgate", 12400, 1202, 884),
    ("Saltersgate", 11900, 1108, 802),
    ("Brigsley", 10200, 745, 611),
    ("Harlby", 13600, 702, 553),
    ("Cressington", 14100, 611, 480),
    ("Thornlea", 12800, 498, 392),
    ("Hensby", 10950, 356, 244),
    ("Scawton", 11300, 322, 158),
    ("Ousemere", 11300, 298, 148),
)
RURAL = (168, 191, 236)
HERITAGE = (14, 11, 9)
DA_CRIMES = (1402, 1538, 1716)
DA_INCIDENTS = (1020, 1066, 1141)
DA_REPEAT = ("27%", "29%", "32%")
MARAC = (188, 201, 241)
ASB_PERSONAL = (612, 640, 905)
ASB_NUISANCE = (2904, 2811, 3962)
ASB_ENVIRONMENTAL = (388, 407, 451)
# Most similar group (15 areas), 2020/21: measure, Kelsthorpe rate per 1,000, group average, position.
MSG: tuple[tuple[str, str, str, str], ...] = (
    ("All recorded crime", "63.6", "68.9", "5th"),
    ("Violence against the person", "22.1", "24.7", "6th"),
    ("Stalking and harassment", "7.9", "6.4", "13th"),
    ("Residential burglary", "2.4", "3.1", "3rd"),
    ("Vehicle offences", "3.6", "4.8", "4th"),
    ("Criminal damage and arson", "8.5", "8.2", "9th"),
)
# Priority scoring: area, threat, harm, vulnerability, community concern, trend (each 1 to 5).
SCORES: tuple[tuple[str, int, int, int, int, int], ...] = (
    ("Violence against women and girls, including domestic abuse and stalking", 5, 5, 5, 4, 5),
    ("Serious violence and the exploitation of young people", 4, 5, 5, 3, 4),
    ("Neighbourhood crime and anti-social behaviour, including rural crime", 3, 3, 3, 5, 4),
    ("Drug-related harm", 3, 4, 4, 3, 3),
    ("Hate crime", 2, 4, 4, 2, 3),
    ("Fraud and scams against older people", 2, 3, 4, 3, 3),
    ("Road safety and speeding", 2, 3, 2, 5, 2),
    ("Heritage crime", 1, 2, 1, 2, 1),
)


def band(total: int) -> str:
    """High from 18, Medium from 13, Low below."""
    return "High" if total >= 18 else ("Medium" if total >= 13 else "Low")


def _check() -> None:
    ward_crimes = sum(w[2] for w in WARDS)
    ward_population = sum(w[1] for w in WARDS)
    assert ward_crimes == TOTALS[2], (ward_crimes, TOTALS)
    assert ward_population == POPULATION, ward_population
    assert f"{TOTALS[2] / POPULATION * 1000:.1f}" == MSG[0][1]


_check()
