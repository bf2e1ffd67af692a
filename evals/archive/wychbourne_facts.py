"""Partnership AB's facts, shared by its documents: a borough in the two-tier county of Calvershire whose
Steering Group spends the Police and Crime Commissioner's Community Safety Grant, the borough council's
contribution and, from 2025-26, a ring-fenced Serious Violence Duty allocation from the county, 2024-25 to
2026-27, with a Resources Sub-Group deciding bids up to its own limit. The people and their changes (a
chair leaving the council's cabinet, the vice-chair acting and then elected Chair), the priorities of
2023-26 and the three adopted for 2026-29 (the assessment's four with two merged), the awards of two years
and their later changes (an award below its ask later reduced, a bid deferred for quotes then approved
below its ask, a bid declined then funded in a smaller form from the ring-fenced money, a bid recommended
by the sub-group and approved by the Steering Group, a bid deferred and approved after the year end), the
Commissioner's grant cut and the borough's contribution cut for 2026-27."""

from __future__ import annotations

BOROUGH = "Wychbourne Borough Council"
COUNTY = "Calvershire County Council"
POLICE = "Calvershire Police"
FIRE = "Calvershire Fire and Rescue Service"
PCC = "Calvershire Police and Crime Commissioner"
OPCC = "Office of the Calvershire Police and Crime Commissioner"
PROBATION_SERVICE = "The Probation Service (Wychbourne and Ottersby delivery unit)"
ICB = "NHS Calvershire Integrated Care Board"
YJS = "Calvershire Youth Justice Service"
PUBLIC_HEALTH_BODY = "Calvershire Public Health"
HOUSING = "Wychbourne Homes"
DA_SERVICE = "Juniper Place Domestic Abuse Service"
BID_COMPANY = "Wychbourne Business Improvement District"
YOUTH_TRUST = "Kingfisher Youth Trust"
RURAL = "Gorsewick and Heathwold Parish Councils"
GYM = "Ironside Gym CIC"
RECOVERY = "Wychbourne Recovery Community"
BCP = "Wychbourne Retailers' Crime Group"
RETAIL_PARK = "Tansley Park Retail Park Ltd"
GRANT = "Community Safety Grant"
SUB_GROUP = "Resources Sub-Group"

CHAIR_OLD = "Cllr Imogen Treadwell"
CHAIR = "Chief Inspector Samuel Blackler"
VICE = "Cllr Harriet Olowe"
HEAD = "Dominic Kerslake"
OFFICER = "Tom Hazelgrove"
ANALYST = "Nadia Tillotson"
FIRE_REP = "Station Manager Bethan Lowrie"
PROBATION = "Gareth Mbatha"
ICB_REP = "Farida Lockwood"
COUNTY_REP = "Neil Fothergill"
PUBLIC_HEALTH = "Dr Alys Pengelly"
OPCC_REP = "Delphine Ashcroft"
YJS_REP = "Kieran Doughty"
DA_REP = "Maryam Sadiq"
HOUSING_REP = "Colin Battersby"

POPULATION = 118400

PRIORITIES_2326 = (
    "Serious violence and knife crime",
    "Domestic abuse and violence against women and girls",
    "Anti-social behaviour in our town centres",
)
CROSS_CUTTING = "Listening to communities"
RECOMMENDED_2629 = (
    "Violence against women and girls",
    "Drug-related harm",
    "Criminal exploitation and county lines",
    "Shop theft and retail crime",
)
PRIORITIES_2629 = (
    "Violence against women and girls, including domestic abuse and stalking",
    "Drugs and exploitation",
    "Shop theft and a safer town centre",
)

# 2024-25 awards: project, lead, priority (index into PRIORITIES_2326), sum, decided (ISO), by.
Award = tuple[str, str, int, int, str, str]
AWARDS_2425: tuple[Award, ...] = (
    ("Blade Wise schools workshops", YJS, 0, 9800, "2024-06-11", "Steering Group"),
    ("Night Lantern town centre marshals", BID_COMPANY, 2, 14500, "2024-06-11", "Steering Group"),
    (
        "Independent Domestic Violence Adviser (IDVA) post",
        DA_SERVICE,
        1,
        22000,
        "2024-09-10",
        "Steering Group",
    ),
    ("Ottersby detached youth outreach van", YOUTH_TRUST, 2, 7200, "2024-09-10", "Steering Group"),
    (
        "Wayfinder Safe Places in pharmacies and cafes",
        BOROUGH,
        1,
        3400,
        "2024-11-04",
        "Head of Community Safety",
    ),
    ("Bleed control kits for the town centre", FIRE, 0, 5960, "2024-12-03", "Steering Group"),
    ("Street Talk stalking awareness campaign", DA_SERVICE, 1, 6050, "2024-12-03", "Steering Group"),
    ("Market Cross CCTV camera upgrade", BOROUGH, 2, 16000, "2025-03-04", "Steering Group"),
)
DECLINED_2425 = ("Heathwold skate park", "Heathwold Parish Council", 40000)

GRANT_2425 = 64500
BOROUGH_2425 = 20000
CARRIED_2425 = 7850
AVAILABLE_2425 = GRANT_2425 + BOROUGH_2425 + CARRIED_2425
COMMITTED_2425 = sum(a[3] for a in AWARDS_2425)
UNDERSPEND_2425 = AVAILABLE_2425 - COMMITTED_2425

GRANT_2526 = 58000
BOROUGH_2526 = 20000
SVD_2526 = 12500
AVAILABLE_2526 = GRANT_2526 + BOROUGH_2526 + SVD_2526 + UNDERSPEND_2425

# Bids of 2025-26 and their history.
IDVA_2526 = 22000
LANTERN_ASK, LANTERN_AWARD, LANTERN_AMENDED = 14500, 9500, 7900
HEDGEROW_ASK, HEDGEROW_AWARD = 4800, 4350
BLADE_ASK, BLADE_AWARD = 9800, 8000
WAYFINDER_2526 = 2750
RINGSIDE_ASK, RINGSIDE_AWARD = 11200, 4500
SOBER_AWARD = 6600
SHOP_ALERT_ASK, SHOP_ALERT_AWARD = 3450, 2980
PATHWAYS_AWARD = 12400
LIGHTING_ASK = 3100
RETAIL_PARK_ASK = 7500
STALKING_AWARD = 5200
IDVA_2627 = 24000
LIGHTING_GROUP = "Whinfell Green Residents' Association"

# 2025-26 final awards: project, lead, priority, asked, first decision, later change, final sum.
Final = tuple[str, str, str, int, str, str, int]
AWARDS_2526: tuple[Final, ...] = (
    ("IDVA post (second year)", DA_SERVICE, "DA / VAWG", IDVA_2526, "Approved 10 Jun 2025", "-", IDVA_2526),
    (
        "Night Lantern town centre marshals",
        BID_COMPANY,
        "ASB",
        LANTERN_ASK,
        f"£{LANTERN_AWARD / 1000:.1f}k approved 10 Jun 2025",
        f"Reduced to £{LANTERN_AMENDED / 1000:.1f}k by the Sub-Group, 11 Nov 2025",
        LANTERN_AMENDED,
    ),
    (
        "Hedgerow Watch trail cameras",
        RURAL,
        "ASB (rural)",
        HEDGEROW_ASK,
        "Deferred 10 Jun 2025 for quotes",
        "Approved 16 Sep 2025",
        HEDGEROW_AWARD,
    ),
    (
        "Blade Wise schools workshops (second year)",
        YJS,
        "Serious violence (SVD)",
        BLADE_ASK,
        "Approved 16 Sep 2025",
        "-",
        BLADE_AWARD,
    ),
    (
        "Wayfinder Safe Places refresh",
        BOROUGH,
        "DA / VAWG",
        WAYFINDER_2526,
        "Delegated decision 8 Aug 2025",
        "-",
        WAYFINDER_2526,
    ),
    (
        "Sober Minds recovery cafe",
        RECOVERY,
        "Drug-related harm",
        SOBER_AWARD,
        "Approved by the Sub-Group 11 Nov 2025",
        "-",
        SOBER_AWARD,
    ),
    (
        "Shop Alert radios, Pannier Street",
        BCP,
        "ASB / retail",
        SHOP_ALERT_ASK,
        "Approved below its ask by the Sub-Group 11 Nov 2025",
        "-",
        SHOP_ALERT_AWARD,
    ),
    (
        "Pathways Mentoring",
        YOUTH_TRUST,
        "Exploitation",
        PATHWAYS_AWARD,
        "Recommended by the Sub-Group 11 Nov 2025",
        "Approved 3 Mar 2026",
        PATHWAYS_AWARD,
    ),
    (
        "Ringside Mentors",
        GYM,
        "Serious violence (SVD)",
        RINGSIDE_ASK,
        "Declined 10 Jun 2025",
        "Revised bid approved 3 Mar 2026",
        RINGSIDE_AWARD,
    ),
)
COMMITTED_2526 = sum(a[6] for a in AWARDS_2526)
UNDERSPEND_2526 = AVAILABLE_2526 - COMMITTED_2526

GRANT_2627 = 58000
BOROUGH_2627 = 15000
SVD_2627 = 12500
AVAILABLE_2627 = GRANT_2627 + BOROUGH_2627 + SVD_2627 + UNDERSPEND_2526

# Strategic assessment: recorded crime by category, financial years 2022-23, 2023-24, 2024-25.
CRIME: tuple[tuple[str, int, int, int], ...] = (
    ("Violence with injury", 1212, 1188, 1164),
    ("Violence without injury", 1640, 1702, 1745),
    ("Stalking and harassment", 1015, 1122, 1248),
    ("Death or serious injury by unlawful driving", 4, 3, 5),
    ("Homicide", 2, 1, 2),
    ("Rape", 118, 131, 142),
    ("Other sexual offences", 196, 204, 221),
    ("Robbery of business property", 14, 19, 22),
    ("Robbery of personal property", 61, 58, 73),
    ("Burglary - residential", 402, 371, 355),
    ("Burglary - business and community", 188, 172, 190),
    ("Vehicle offences", 611, 590, 547),
    ("Theft from the person", 77, 92, 104),
    ("Bicycle theft", 164, 149, 133),
    ("Shoplifting", 642, 811, 1037),
    ("All other theft offences", 809, 776, 798),
    ("Criminal damage and arson", 1076, 1021, 987),
    ("Drug offences - trafficking", 48, 57, 71),
    ("Drug offences - possession", 231, 259, 244),
    ("Possession of weapons offences", 69, 81, 76),
    ("Public order offences", 702, 688, 671),
    ("Miscellaneous crimes against society", 133, 141, 139),
)
CRIME_TOTALS: tuple[int, int, int] = (
    sum(row[1] for row in CRIME),
    sum(row[2] for row in CRIME),
    sum(row[3] for row in CRIME),
)

# Domestic abuse, years as rows: year, incidents, crimes, share of violence, MARAC cases, repeat MARAC %.
DOMESTIC: tuple[tuple[str, int, int, str, int, str], ...] = (
    ("2022-23", 2310, 1388, "34%", 212, "29%"),
    ("2023-24", 2402, 1451, "35%", 236, "31%"),
    ("2024-25", 2455, 1530, "37%", 251, "33%"),
)
# Anti-social behaviour, years as rows: year, incidents, of which town centres, youth-related, fly-tipping.
ASB: tuple[tuple[str, int, int, int, int], ...] = (
    ("2022-23", 3904, 1288, 1135, 842),
    ("2023-24", 3517, 1140, 961, 903),
    ("2024-25", 3260, 1012, 874, 958),
)
# Drugs and exploitation, financial years 2022-23 to 2024-25.
DRUGS: tuple[tuple[str, int, int, int], ...] = (
    ("County lines identified operating into the borough", 3, 5, 7),
    ("Children referred to the NRM (criminal exploitation)", 11, 16, 23),
    ("Drug-related hospital admissions", 162, 171, 188),
    ("Young people in specialist drug treatment", 41, 38, 45),
)
# Wards in 2024-25: ward, population, crimes, ASB incidents, shoplifting.
WARDS: tuple[tuple[str, int, int, int, int], ...] = (
    ("Abbey Meads", 11900, 884, 301, 22),
    ("Culverton", 13200, 1102, 356, 61),
    ("Denholt", 10700, 716, 244, 14),
    ("Gorsewick", 6300, 289, 102, 3),
    ("Heathwold", 5800, 231, 88, 2),
    ("Market Cross", 9400, 2161, 744, 618),
    ("Ottersby North", 14100, 1037, 398, 97),
    ("Ottersby South", 15600, 1291, 452, 41),
    ("Tansley Park", 16800, 1209, 338, 169),
    ("Whinfell Green", 14600, 1054, 237, 10),
)
# Most similar group, 2024-25: measure, Wychbourne rate per 1,000, MSG average, position of 15 (1 = lowest).
MSG: tuple[tuple[str, str, str, str], ...] = (
    ("All recorded crime", "84.2", "79.6", "11th"),
    ("Violence against the person", "35.2", "33.9", "9th"),
    ("Shoplifting", "8.8", "6.1", "14th"),
    ("Residential burglary", "3.0", "3.6", "5th"),
    ("Criminal damage and arson", "8.3", "8.9", "6th"),
    ("Drug offences", "2.7", "2.4", "10th"),
)
# Priority scoring: issue, volume, harm, trend, public concern, capacity gap (each out of 5), RAG.
SCORES: tuple[tuple[str, int, int, int, int, int, str], ...] = (
    ("Violence against women and girls", 4, 5, 4, 4, 4, "Red"),
    ("Drug-related harm", 3, 5, 3, 4, 4, "Red"),
    ("Criminal exploitation and county lines", 2, 5, 4, 3, 4, "Red"),
    ("Shop theft and retail crime", 4, 2, 5, 5, 3, "Red"),
    ("Serious violence and knife crime", 2, 5, 2, 4, 2, "Amber"),
    ("Anti-social behaviour", 4, 2, 1, 4, 2, "Amber"),
    ("Residential burglary", 2, 3, 1, 3, 1, "Green"),
    ("Vehicle crime", 3, 2, 1, 2, 1, "Green"),
    ("Rural and farm crime", 1, 2, 3, 3, 2, "Green"),
)
