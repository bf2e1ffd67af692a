"""Partnership AA's facts, shared by its documents: a district in the two-tier county of Corringshire whose
Leadership Board is funded by the Police, Fire and Crime Commissioner's Local Safety Fund allocation, the
district council's contribution and, from 2023-24, a ring-fenced contribution from the county's public
health budget, 2022-23 to 2024-25. The people and their changes (a chair standing down on becoming Leader
of the council, a vice-chair moving to force headquarters), the four priorities of 2022-24 and the four
adopted for 2024-27 (the assessment's three with a fourth added by the Board), the awards of two years with
their later changes (an award approved below its ask, a bid deferred for match funding then approved, bids
declined for duplication and for covering private homes, a grant under an officer's delegation, an award
reduced by a later delegated decision, an award withdrawn part-paid), the allocation cut, the district's
contribution cut, and the quorum and delegated limit raised by the Terms of Reference of April 2024."""

from __future__ import annotations

DISTRICT = "Larkstead District Council"
COUNTY = "Corringshire County Council"
POLICE = "Corringshire Constabulary"
FIRE = "Corringshire Fire and Rescue Service"
PFCC = "Corringshire Police, Fire and Crime Commissioner"
OPFCC = "Office of the Corringshire Police, Fire and Crime Commissioner"
PROBATION_SERVICE = "The Probation Service (Larkstead and Vale delivery unit)"
ICB = "NHS Corringshire Integrated Care Board"
HOUSING = "Lark Valley Housing"
WOMENS_AID = "Larkstead and District Women's Aid"
YOUTH_TRUST = "Larkstead Youth Trust"
FORUM = "Larkstead Older People's Forum"
SPORTS = "Fernside Community Sports Trust"
WATCH = "Larkstead Neighbourhood Watch Association"
HOSTS = "Larkstead Town Hosts"
PARKS = "Larkstead District Council Parks and Open Spaces"
RESIDENTS = "Cobbett Road Residents' Association"
BID_COMPANY = "Larkstead Town Centre BID"
TOWN_COUNCIL = "Larkstead Town Council"
MOSQUE = "Larkstead Mosque and Community Centre"
FUND = "Local Safety Fund"

CHAIR_OLD = "Cllr Denise Harwood"
CHAIR = "Cllr Leonard Wardle"
VICE_OLD = "Chief Inspector Ravi Bhandari"
VICE = "Chief Inspector Alison Crowther"
HEAD = "Simon Akinbiyi"
OFFICER = "Bethan Caddick"
ANALYST = "Priyanka Dhillon"
OPFCC_REP = "Graham Stott"
FIRE_REP = "Group Manager Sian Rowlands"
PROBATION = "Kieran Dacre"
ICB_REP = "Dr Nadia Ostrowska"
COUNTY_REP = "Cllr Hugh Pennington"
PUBLIC_HEALTH = "Marion Tebbutt"
WA_REP = "Joanne Pegler"
YOUTH_REP = "Dwayne Lister"
HOUSING_REP = "Fiona McAllister"

POPULATION = 104300

PRIORITIES_2224 = (
    "Anti-social behaviour in Larkstead town centre and Marlpit",
    "Domestic abuse",
    "Rural and heritage crime",
    "Exploitation of children and young people",
)
RECOMMENDED_2427 = (
    "Violence against women and girls, including domestic abuse",
    "Serious violence and exploitation",
    "Neighbourhood crime and anti-social behaviour, including rural crime",
)
ADDED_2427 = "Fraud and scams targeting older residents"
PRIORITIES_2427 = (*RECOMMENDED_2427, ADDED_2427)

# 2022-23 awards: ref, scheme, lead, priority (index into PRIORITIES_2224), sum, decided (ISO), by.
Award = tuple[str, str, str, int, int, str, str]
AWARDS_2223: tuple[Award, ...] = (
    ("LSF22-01", "Rural outreach IDVA (part-time)", WOMENS_AID, 1, 12500, "2022-07-13", "Board"),
    ("LSF22-02", "Marlpit detached youth work", YOUTH_TRUST, 3, 8800, "2022-07-13", "Board"),
    ("LSF22-03", "Operation Harrier rural crime patrols", POLICE, 2, 6000, "2022-07-13", "Board"),
    ("LSF22-04", "Night cameras at St Cuthwin's Abbey ruins", PARKS, 2, 4200, "2022-10-19", "Board"),
    ("LSF22-05", "Friday and Saturday night town hosts", HOSTS, 0, 3150, "2022-11-07", "Head of Communities"),
    ("LSF22-06", "Town centre radio link for shops and pubs", BID_COMPANY, 0, 5600, "2022-10-19", "Board"),
    ("LSF22-07", "Midnight League pilot", SPORTS, 3, 6400, "2023-01-25", "Board"),
)
DECLINED_2223 = ("Market Square CCTV upgrade", TOWN_COUNCIL, 14750)
ALLOCATION_2223 = 46000
DISTRICT_2223 = 15000
CARRIED_2122 = 8350
DHR_2223 = 7200
AVAILABLE_2223 = ALLOCATION_2223 + DISTRICT_2223 + CARRIED_2122
AWARDED_2223 = sum(a[4] for a in AWARDS_2223)
SPENT_2223 = AWARDED_2223 + DHR_2223
CARRIED_2223 = AVAILABLE_2223 - SPENT_2223

ALLOCATION_2324 = 42500
DISTRICT_2324 = 15000
COUNTY_PH_2324 = 10000
AVAILABLE_2324 = ALLOCATION_2324 + DISTRICT_2324 + COUNTY_PH_2324 + CARRIED_2223

# 2023-24 bids: ref, scheme, lead, asked, first decision (ISO date, by, words), awarded then, later
# (ISO date, by, words), final sum, paid by 31 March 2024.
Bid = tuple[str, str, str, int, str, str, str, int, str, str, str, int, int]
BIDS_2324: tuple[Bid, ...] = (
    (
        "LSF23-01",
        "Rural outreach IDVA (year 2)",
        WOMENS_AID,
        14000,
        "2023-07-12",
        "Board",
        "Approved",
        14000,
        "",
        "",
        "",
        14000,
        10500,
    ),
    (
        "LSF23-02",
        "Operation Harrier: trail cameras and patrols",
        POLICE,
        6800,
        "2023-07-12",
        "Board",
        "Approved at a lower sum",
        5000,
        "",
        "",
        "",
        5000,
        5000,
    ),
    (
        "LSF23-03",
        "Detached youth work, Marlpit and Coldwell",
        YOUTH_TRUST,
        9600,
        "2023-07-12",
        "Board",
        "Deferred (match funding)",
        0,
        "2023-10-18",
        "Board",
        "Approved from the public health ring-fence",
        9600,
        4800,
    ),
    (
        "LSF23-04",
        "Footpath lighting, Brookside Park",
        PARKS,
        18500,
        "2023-07-12",
        "Board",
        "Declined (duplicates Safer Streets bid)",
        0,
        "",
        "",
        "",
        0,
        0,
    ),
    (
        "LSF23-05",
        "Town hosts, Friday and Saturday nights",
        HOSTS,
        3400,
        "2023-09-04",
        "Head of Communities",
        "Approved (delegated)",
        3400,
        "2024-01-24",
        "Board",
        "Withdrawn: group wound up",
        1700,
        1700,
    ),
    (
        "LSF23-06",
        "Scam Savvy workshops",
        FORUM,
        4750,
        "2023-10-18",
        "Board",
        "Approved",
        4750,
        "",
        "",
        "",
        4750,
        4750,
    ),
    (
        "LSF23-07",
        "Midnight League (year 2)",
        SPORTS,
        7400,
        "2023-10-18",
        "Board",
        "Approved",
        7400,
        "2024-02-14",
        "Head of Communities",
        "Reduced: leisure centre closed",
        4440,
        4440,
    ),
    (
        "LSF23-08",
        "CCTV on Cobbett Road",
        RESIDENTS,
        5900,
        "2023-10-18",
        "Board",
        "Declined (private homes)",
        0,
        "",
        "",
        "",
        0,
        0,
    ),
    (
        "LSF23-09",
        "Rural Watch signs and property-marking kits",
        WATCH,
        3850,
        "2024-02-14",
        "Head of Communities",
        "Approved (delegated)",
        3850,
        "",
        "",
        "",
        3850,
        0,
    ),
    (
        "LSF23-10",
        "Home fire safety visits for domestic abuse victims",
        FIRE,
        2600,
        "2024-01-24",
        "Board",
        "Approved",
        2600,
        "",
        "",
        "",
        2600,
        1300,
    ),
    (
        "LSF23-11",
        "Project Compass youth mentoring",
        MOSQUE,
        8000,
        "2024-01-24",
        "Board",
        "Deferred (safeguarding policy)",
        0,
        "2024-04-17",
        "Board",
        "Approved at £6,000 from the 2024-25 fund",
        0,
        0,
    ),
)
HARRIER_ASK, HARRIER_AWARD = 6800, 5000
YOUTH_AWARD = 9600
HOSTS_AWARD, HOSTS_PAID = 3400, 1700
LEAGUE_FIRST, LEAGUE_FINAL = 7400, 4440
LEAGUE_SESSIONS, LEAGUE_DELIVERED = 30, 18
WATCH_AWARD = 3850
COMPASS_ASK, COMPASS_AWARD = 8000, 6000
ANALYST_2324 = 6000
DHR_2324 = 3100
AWARDED_2324 = sum(b[11] for b in BIDS_2324)
PAID_2324 = sum(b[12] for b in BIDS_2324)
SPENT_2324 = AWARDED_2324 + ANALYST_2324 + DHR_2324
CARRIED_2324 = AVAILABLE_2324 - SPENT_2324

ALLOCATION_2425 = 42500
DISTRICT_2425 = 12000
COUNTY_PH_2425 = 8000
AVAILABLE_2425 = ALLOCATION_2425 + DISTRICT_2425 + COUNTY_PH_2425 + CARRIED_2324

OLD_QUORUM, NEW_QUORUM = (
    "four members, at least two of them responsible authorities",
    ("five members, at least three of them responsible authorities"),
)
OLD_LIMIT, NEW_LIMIT, VOTE_LIMIT = 4000, 7500, 20000

assert AWARDED_2223 == 46650 and AVAILABLE_2223 == 69350 and CARRIED_2223 == 15500
assert AVAILABLE_2324 == 83000 and AWARDED_2324 == 45940 and CARRIED_2324 == 27960
assert AVAILABLE_2425 == 90460
assert LEAGUE_FINAL == LEAGUE_FIRST * LEAGUE_DELIVERED // LEAGUE_SESSIONS

# Recorded crime by calendar year (2020, 2021, 2022), the assessment's table 1.
CRIMES: tuple[tuple[str, int, int, int], ...] = (
    ("Violence with injury", 1012, 1096, 1143),
    ("Violence without injury", 1388, 1502, 1617),
    ("Stalking and harassment", 702, 811, 894),
    ("Homicide", 1, 2, 1),
    ("Death or serious injury by unlawful driving", 4, 3, 5),
    ("Rape", 78, 92, 101),
    ("Other sexual offences", 121, 139, 148),
    ("Robbery of personal property", 47, 52, 61),
    ("Robbery of business property", 6, 9, 8),
    ("Residential burglary", 291, 264, 238),
    ("Burglary business and community", 132, 118, 127),
    ("Vehicle offences", 421, 398, 446),
    ("Theft from the person", 38, 44, 57),
    ("Bicycle theft", 96, 88, 71),
    ("Shoplifting", 402, 455, 618),
    ("All other theft offences", 655, 702, 731),
    ("Criminal damage and arson", 977, 1004, 962),
    ("Drug offences", 214, 236, 281),
    ("Possession of weapons offences", 58, 66, 79),
    ("Public order offences", 603, 688, 702),
    ("Miscellaneous crimes against society", 97, 104, 112),
)
TOTALS = (sum(r[1] for r in CRIMES), sum(r[2] for r in CRIMES), sum(r[3] for r in CRIMES))

# Wards in 2022: name, population (mid-2021), recorded crimes, ASB incidents.
WARDS: tuple[tuple[str, int, int, int], ...] = (
    ("Larkstead Castle", 8900, 1498, 702),
    ("Marlpit", 11200, 1121, 611),
    ("Coldwell", 10400, 862, 388),
    ("Brookside", 9800, 731, 301),
    ("Abbey Fields", 9300, 540, 214),
    ("Wray Common", 8700, 512, 187),
    ("Westerby", 10100, 611, 246),
    ("Kingsholme", 9600, 498, 162),
    ("Greyfriars", 9100, 620, 233),
    ("Sandby and Scarth Moor", 7900, 356, 98),
    ("Fernside", 9300, 1053, 420),
)
assert sum(w[1] for w in WARDS) == POPULATION
assert sum(w[2] for w in WARDS) == TOTALS[2]

# Domestic abuse by calendar year: DA-related crimes, DA incidents (not crimes), repeat victims %, arrests.
DOMESTIC: tuple[tuple[str, int, int, str, int], ...] = (
    ("2020", 1418, 1105, "31%", 402),
    ("2021", 1562, 1187, "33%", 441),
    ("2022", 1697, 1240, "36%", 468),
)
# Rural and heritage crime by calendar year: farm machinery and plant thefts, heritage crimes, livestock.
RURAL: tuple[tuple[str, int, int, int], ...] = (
    ("2020", 36, 9, 14),
    ("2021", 41, 12, 11),
    ("2022", 27, 7, 9),
)
# Most similar group of 15 districts: measure, Larkstead's rate per 1,000, MSG average, position (1 = lowest).
MSG: tuple[tuple[str, str, str, int], ...] = (
    ("All recorded crime", "80.6", "78.9", 9),
    ("Violence against the person", "35.1", "31.2", 12),
    ("Residential burglary", "2.3", "2.9", 4),
    ("Vehicle offences", "4.3", "5.1", 5),
    ("Shoplifting", "5.9", "4.4", 13),
    ("Criminal damage and arson", "9.2", "8.7", 8),
)
# Threat, harm, risk and trend, each scored 1 to 5: theme, scores, total, RAG.
SCORES: tuple[tuple[str, int, int, int, int, str], ...] = (
    ("Domestic abuse and VAWG", 5, 5, 4, 4, "Red"),
    ("Serious violence and exploitation", 4, 5, 4, 4, "Red"),
    ("Neighbourhood crime and ASB", 4, 3, 3, 4, "Amber"),
    ("Shoplifting and retail crime", 3, 2, 2, 5, "Amber"),
    ("Fraud against older residents", 3, 3, 3, 3, "Amber"),
    ("Rural and heritage crime", 2, 3, 2, 1, "Green"),
    ("Drug supply and misuse", 3, 4, 3, 3, "Amber"),
)

TOTAL_2223_FY, TOTAL_2324_FY = 8517, 8329
