"""Partnership AD's facts, shared by its documents: a community safety partnership formed in 2019 by merging
the partnerships of two district councils, Fenhallow District Council and Tullworth Borough Council, in the
two-tier county and police area of Lindwold, whose Joint Strategic Board spends a Joint Community Safety Fund
made of the Lindwold Police, Fire and Crime Commissioner's grant, both district councils' contributions, the
county council's contribution (until 2023-24) and a ring-fenced Serious Violence Duty grant, 2023-24 to
2025-26, with a Commissioning and Resources Sub-Group deciding bids up to its limit and the Head of Community
Safety small grants. The people and their changes (a Fenhallow chair whose two-year term ended in June 2024,
the Tullworth vice-chair elected Chair, a police vice-chair who moved on in the autumn and a fire vice-chair
from December 2024), the four priorities of 2022-25 and the three of 2025-28, the awards of two years and
their later changes, the money of three years, and the figures of the strategic intelligence assessment."""

from __future__ import annotations

PFCC = "Lindwold Police, Fire and Crime Commissioner"
OPCC = "Office of the Lindwold Police, Fire and Crime Commissioner"
FENHALLOW_DC = "Fenhallow District Council"
TULLWORTH_BC = "Tullworth Borough Council"
COUNTY = "Lindwold County Council"
POLICE = "Lindwold Constabulary"
FIRE = "Lindwold Fire and Rescue Service"
PROBATION_SERVICE = "The Probation Service (Lindwold South delivery unit)"
ICB = "NHS Lindwold and Wyke Integrated Care Board"
YJS = "Lindwold Youth Justice Service"
PUBLIC_HEALTH_BODY = "Lindwold County Council Public Health"
DA_SERVICE = "Fenlight Domestic Abuse Service"
CDP = "Lindwold Combating Drugs Partnership"
VRU = "Lindwold Violence Reduction Unit"

# Applicants.
CHURCHES = "Fenhallow Churches Network"
YOUTH_TRUST = "Tullworth Heath Youth Trust"
COPPERFOLD = "Copperfold Youth Project"
WOMENS_NETWORK = "Lindwold Women's Network"
BID_COMPANY = "Tullworth Business Improvement District"
STEPUP = "StepUp Mentoring CIC"
RECOVERY = "Lindwold Drug and Alcohol Service"
PARISH = "Setterby Parish Council"
HATHERDEN = "Hatherden Town Council"
FAITHS = "Tullworth Faiths Forum"
REFRAME = "Pivot Lindwold CIC"
RURAL = "Lindwold Constabulary Rural Crime Team"
LICENSING = "Fenhallow District Council Licensing"

FUND = "Joint Community Safety Fund"
BOARD = "Joint Strategic Board"
SUBGROUP = "Commissioning and Resources Sub-Group"

CHAIR_2224 = "Cllr Philippa Gatenby"
CHAIR = "Cllr Tomasz Zielinski"
VICE_2024 = "Chief Inspector Hannah Lyster"
VICE = "Area Manager Rhiannon Yeo"
POLICE_REP = "Chief Inspector Dominic Harcastle"
HEAD = "Deborah Kingsnorth"
ANALYST = "Priyanka Salgado"
SUPPORT = "Nadia Ferreday"
CLERK = "Owen Lassiter"
OPCC_REP = "Marcus Ede"
PROBATION = "Joanne Tembo"
ICB_REP = "Dr Alastair Rendle"
PUBLIC_HEALTH = "Dr Efua Mensah"
COUNTY_CLLR = "Cllr Grace Ottaway"
FENHALLOW_OFFICER = "Laura Swindells"
TULLWORTH_OFFICER = "Simon Vandersteen"
YJS_REP = "Kieran Mallinder"
DA_REP = "Sharon Okonkwo"

POP_FENHALLOW = 88400
POP_TULLWORTH = 71900
POPULATION = POP_FENHALLOW + POP_TULLWORTH

PRIORITIES_2225 = (
    "Domestic abuse and violence against women and girls",
    "Anti-social behaviour in our town centres",
    "Exploitation of children and vulnerable adults",
    "Drug and alcohol related harm",
)
PRIORITIES_2528 = (
    "Violence against women and girls, including domestic abuse",
    "Serious violence, knife crime and exploitation",
    "Neighbourhood crime and anti-social behaviour",
)
ROMAN = ("i", "ii", "iii", "iv")

# Limits and rules before and after the terms of reference of December 2024 (version 4, from 1 April 2025).
SUBGROUP_LIMIT_OLD, SUBGROUP_LIMIT = 5000, 7500
OFFICER_LIMIT_OLD, OFFICER_LIMIT = 1000, 1500
QUORUM_OLD = "five members, including a representative of each district council and of Lindwold Constabulary"
QUORUM = "four members from at least three responsible authorities, one of them a district council"

# Money of 2023-24.
GRANT_2324 = 70400
FENHALLOW_2324 = 12000
TULLWORTH_2324 = 10000
COUNTY_2324 = 8000
SVD_2324 = 11250
CARRIED_2223 = 3420
AVAILABLE_2324 = GRANT_2324 + FENHALLOW_2324 + TULLWORTH_2324 + COUNTY_2324 + SVD_2324 + CARRIED_2223
SAFER_STREETS = 62400

# 2023-24 awards: project, lead, priority index (0-3, or 4 for the Serious Violence Duty money), sum,
# decided (ISO), by.
Award = tuple[str, str, int, int, str, str]
SVD_THEME = 4
AWARDS_2324: tuple[Award, ...] = (
    ("IDVA service (district contribution)", DA_SERVICE, 0, 22000, "2023-06-14", "Board"),
    ("Market Quarter ASB wardens", TULLWORTH_BC, 1, 15000, "2023-06-14", "Board"),
    ("Fenhallow Night Guides", CHURCHES, 1, 4800, "2023-07-12", "Sub-Group"),
    ("Serious violence problem profile", PUBLIC_HEALTH_BODY, SVD_THEME, 3000, "2023-08-09", "Sub-Group"),
    ("Wise Up county lines schools programme", YJS, 2, 7200, "2023-09-13", "Board"),
    ("Alcohol brief interventions in the night-time economy", RECOVERY, 3, 6400, "2023-09-13", "Board"),
    ("StepUp violence mentoring", STEPUP, SVD_THEME, 8250, "2023-09-13", "Board"),
    ("Setterby Vale farm watch trackers", RURAL, 1, 950, "2023-10-02", "Head of Community Safety"),
    ("Canal Basin Safe Space", COPPERFOLD, 2, 4500, "2023-11-08", "Sub-Group"),
    ("Operation Moonrake", POLICE, 1, 9800, "2023-12-13", "Board"),
    ("Domestic homicide review (Review F)", "FTCSP (independent chair)", 0, 6500, "2023-12-13", "Board"),
    ("Bystander training for licensed premises", LICENSING, 0, 3150, "2024-01-17", "Sub-Group"),
    ("Hate crime reporting centres", FAITHS, 1, 2400, "2024-02-14", "Sub-Group"),
)
WISE_UP_ASK_2324 = 9600
WITHDRAWN_2324 = ("Setterby Vale village CCTV", PARISH, 4000, "2023-07-12")
DECLINED_2324 = ("Hatherden skate park fencing", HATHERDEN, 12000, "2023-09-13")
BUS_ASK = 14800
COMMITTED_2324 = sum(a[3] for a in AWARDS_2324)
UNDERSPEND_2324 = AVAILABLE_2324 - COMMITTED_2324

# Money of 2024-25.
GRANT_2425 = 70400
FENHALLOW_2425 = 12000
TULLWORTH_2425 = 10000
COUNTY_2425 = 0
SVD_2425 = 11250
AVAILABLE_2425 = GRANT_2425 + FENHALLOW_2425 + TULLWORTH_2425 + COUNTY_2425 + SVD_2425 + UNDERSPEND_2324

# Bids of 2024-25 and their history.
IDVA = 22000
WARDENS_ASK, WARDENS_AWARD, WARDENS_MOVED = 16500, 13500, 1500
BUS_AWARD, BUS_AMENDED = 11000, 12400
WISE_UP = 7200
STEPUP_AWARD = 8250
ALCOHOL_ASK = 6400
FARM = 940
MARSHALS_ASK, MARSHALS_AWARD = 5600, 5000
SAFE_SPACE = 4700
AUDIT_ASK, AUDIT_AWARD = 2850, 2300
SHOPWATCH_ASK = 6900
BLEED_KITS = 3900
CCTV_MAINTENANCE = 4400
DHR_G = 7000
SKATE_CCTV = 9500
NIGHTJAR_ASK, NIGHTJAR_AWARD, NIGHTJAR_PAID = 9800, 8500, 6760
REFRAME_ASK = 12000
HATE_CRIME = 980


class Bid:
    """One bid of 2024-25: its reference, what it asked for, how it was first decided, any later change, the
    sum finally awarded and the sum paid."""

    def __init__(
        self,
        ref: str,
        project: str,
        lead: str,
        theme: str,
        source: str,
        asked: int,
        first: tuple[str, str, str],
        later: str,
        final: int,
        paid: int,
        status: str,
    ) -> None:
        self.ref, self.project, self.lead, self.theme, self.source = ref, project, lead, theme, source
        self.asked, self.first, self.later, self.final, self.paid, self.status = (
            asked, first, later, final, paid, status,
        )  # fmt: skip


# first: (outcome, body, ISO date).
BIDS_2425: tuple[Bid, ...] = (
    Bid("FT24-01", "IDVA service (district contribution)", DA_SERVICE, "i", "Core", IDVA,
        ("Approved", "JSB", "2024-06-12"), "", IDVA, IDVA, "Paid"),
    Bid("FT24-02", "Market Quarter ASB wardens", TULLWORTH_BC, "ii", "Core", WARDENS_ASK,
        ("Approved at 13,500", "JSB", "2024-06-12"), "Varied 2024-09-10 (CRSG): 1,500 moved to radios",
        WARDENS_AWARD, WARDENS_AWARD, "Paid"),
    Bid("FT24-03", "Tullworth Heath youth bus", YOUTH_TRUST, "iii", "Core", BUS_ASK,
        ("Approved at 11,000", "JSB", "2024-06-12"), "Increased to 12,400 2024-12-04 (JSB)",
        BUS_AMENDED, BUS_AMENDED, "Paid"),
    Bid("FT24-04", "Wise Up county lines schools programme", YJS, "iii", "Core", WISE_UP,
        ("Approved", "JSB", "2024-06-12"), "Withdrawn by applicant 2024-09-02", 0, 0, "Withdrawn"),
    Bid("FT24-05", "StepUp violence mentoring", STEPUP, "SVD", "SVD", STEPUP_AWARD,
        ("Approved", "JSB", "2024-06-12"), "", STEPUP_AWARD, STEPUP_AWARD, "Paid"),
    Bid("FT24-06", "Alcohol brief interventions in the night-time economy", RECOVERY, "iv", "Core",
        ALCOHOL_ASK, ("Declined", "JSB", "2024-06-12"), "", 0, 0, "Declined"),
    Bid("FT24-07", "Setterby Vale farm watch signs and trackers", RURAL, "ii", "Core", FARM,
        ("Approved", "Head of CS", "2024-07-03"), "", FARM, FARM, "Paid"),
    Bid("FT24-08", "Fenhallow Night Guides", CHURCHES, "ii", "Core", MARSHALS_ASK,
        ("Approved at 5,000", "CRSG", "2024-09-10"), "", MARSHALS_AWARD, MARSHALS_AWARD, "Paid"),
    Bid("FT24-09", "Canal Basin Safe Space", COPPERFOLD, "iii", "Core", SAFE_SPACE,
        ("Approved", "CRSG", "2024-09-10"), "", SAFE_SPACE, SAFE_SPACE, "Paid"),
    Bid("FT24-10", "Women's night safety walk audits", WOMENS_NETWORK, "i", "Core", AUDIT_ASK,
        ("Deferred", "CRSG", "2024-09-10"), "Approved at 2,300 2024-10-22 (CRSG)", AUDIT_AWARD, AUDIT_AWARD,
        "Paid"),
    Bid("FT24-11", "Tullworth StoreLink radios", BID_COMPANY, "ii", "Core", SHOPWATCH_ASK,
        ("Recommended to JSB", "CRSG", "2024-09-10"), "Declined 2024-12-04 (JSB)", 0, 0, "Declined"),
    Bid("FT24-12", "Bleed kits for licensed premises", FIRE, "SVD", "SVD", BLEED_KITS,
        ("Approved", "CRSG", "2024-09-10"), "", BLEED_KITS, BLEED_KITS, "Paid"),
    Bid("FT24-13", "Fenhallow Town Centre CCTV maintenance", FENHALLOW_DC, "ii", "Core", CCTV_MAINTENANCE,
        ("Approved", "CRSG", "2024-10-22"), "", CCTV_MAINTENANCE, CCTV_MAINTENANCE, "Paid"),
    Bid("FT24-14", "Domestic homicide review (Review G)", "FTCSP (independent chair)", "i", "Core", DHR_G,
        ("Approved", "JSB", "2024-12-04"), "", DHR_G, 4200, "Part paid"),
    Bid("FT24-15", "Hatherden skate park CCTV", HATHERDEN, "ii", "Core", SKATE_CCTV,
        ("Declined", "JSB", "2024-12-04"), "", 0, 0, "Declined"),
    Bid("FT24-16", "Operation Moonrake", POLICE, "ii", "Core", NIGHTJAR_ASK,
        ("Approved at 8,500", "JSB", "2024-12-04"), "1,740 unspent, returned 2025-03-28", NIGHTJAR_AWARD,
        NIGHTJAR_PAID, "Closed"),
    Bid("FT24-17", "Choose to Change perpetrator places", REFRAME, "i", "Core", REFRAME_ASK,
        ("Deferred", "JSB", "2024-12-04"), "Declined 2025-03-12 (JSB)", 0, 0, "Declined"),
    Bid("FT24-18", "Hate crime reporting centres", FAITHS, "ii", "Core", HATE_CRIME,
        ("Approved", "Head of CS", "2025-01-20"), "", HATE_CRIME, HATE_CRIME, "Paid"),
)  # fmt: skip
COMMITTED_2425 = sum(b.final for b in BIDS_2425)
PAID_2425 = sum(b.paid for b in BIDS_2425)
UNDERSPEND_2425 = AVAILABLE_2425 - COMMITTED_2425 + (NIGHTJAR_AWARD - NIGHTJAR_PAID)
DELEGATED_2425 = FARM + HATE_CRIME

# Money of 2025-26 (the plan of March 2025) and the allocations by the 2025-28 priorities.
GRANT_2526 = 64800
FENHALLOW_2526 = 10000
TULLWORTH_2526 = 10000
COUNTY_2526 = 0
SVD_2526 = 9900
CARRY_ESTIMATE_2526 = 30000
AVAILABLE_2526 = GRANT_2526 + FENHALLOW_2526 + TULLWORTH_2526 + COUNTY_2526 + SVD_2526 + CARRY_ESTIMATE_2526
ALLOC_2526: tuple[tuple[str, int], ...] = (
    (PRIORITIES_2528[0], 38000),
    (PRIORITIES_2528[1], 26000),
    (PRIORITIES_2528[2], 30000),
    ("Small grants (Head of Community Safety)", 5000),
    ("Domestic homicide review contingency", 6000),
)
RESERVE_2526 = AVAILABLE_2526 - sum(a[1] for a in ALLOC_2526)

# Strategic intelligence assessment 2024: recorded crime by category, financial years 2021/22 to 2023/24,
# and the 2023/24 count in Fenhallow (Tullworth's is the rest).
CRIME: tuple[tuple[str, int, int, int, int], ...] = (
    ("Violence with injury", 1412, 1498, 1731, 742),
    ("Violence without injury", 2035, 2210, 2288, 1061),
    ("Stalking and harassment", 1388, 1502, 1467, 698),
    ("Sexual offences", 402, 455, 498, 231),
    ("Robbery", 96, 118, 141, 48),
    ("Residential burglary", 612, 548, 521, 289),
    ("Business and community burglary", 244, 231, 262, 120),
    ("Vehicle offences", 811, 744, 702, 401),
    ("Shoplifting", 903, 1086, 1422, 588),
    ("Other theft", 1206, 1177, 1140, 615),
    ("Criminal damage and arson", 1544, 1498, 1452, 760),
    ("Drug offences", 388, 352, 417, 166),
    ("Possession of weapons", 88, 97, 126, 41),
    ("Public order offences", 902, 968, 1011, 455),
)
CRIME_TOTALS: tuple[int, int, int] = (
    sum(row[1] for row in CRIME),
    sum(row[2] for row in CRIME),
    sum(row[3] for row in CRIME),
)
FENHALLOW_CRIME = sum(row[4] for row in CRIME)
TULLWORTH_CRIME = CRIME_TOTALS[2] - FENHALLOW_CRIME

# Wards in 2023/24: ward, district, population, crimes, ASB incidents. The last ward of each district takes
# the rest of its district's crimes.
_WARDS: tuple[tuple[str, str, int, int, int], ...] = (
    ("Fenhallow Town Centre", "Fenhallow", 9800, 1804, 842),
    ("Abbotsmead", "Fenhallow", 21300, 1288, 412),
    ("Drovers Green", "Fenhallow", 18600, 1197, 388),
    ("Setterby Vale", "Fenhallow", 17900, 702, 196),
    ("Quarrington", "Fenhallow", 20800, 0, 371),
    ("Market Quarter", "Tullworth", 8700, 2066, 1015),
    ("Canal Basin", "Tullworth", 12400, 1502, 706),
    ("Copperfold", "Tullworth", 16200, 1311, 598),
    ("Hatherden", "Tullworth", 15800, 905, 402),
    ("Tullworth Heath", "Tullworth", 18800, 0, 401),
)


def _wards() -> tuple[tuple[str, str, int, int, int], ...]:
    totals = {"Fenhallow": FENHALLOW_CRIME, "Tullworth": TULLWORTH_CRIME}
    rows = []
    for name, district, pop, crimes, asb in _WARDS:
        if crimes == 0:
            crimes = totals[district] - sum(w[3] for w in _WARDS if w[1] == district)
        rows.append((name, district, pop, crimes, asb))
    return tuple(rows)


WARDS = _wards()
ASB_YEARS: tuple[tuple[str, int], ...] = (
    ("2021/22", 6412),
    ("2022/23", 5988),
    ("2023/24", sum(w[4] for w in WARDS)),
)
# Domestic abuse by year (rows): year, incidents, crimes, repeat victims %, MARAC cases.
DOMESTIC: tuple[tuple[str, int, int, str, int], ...] = (
    ("2021/22", 3104, 1988, "29.4", 312),
    ("2022/23", 3266, 2107, "30.1", 338),
    ("2023/24", 3391, 2242, "31.8", 367),
)
# Most similar group, 2023/24: measure, group average rate per 1,000, position of 15 (1 = lowest rate).
MSG: tuple[tuple[str, str, str], ...] = (
    ("All recorded crime", "76.5", "14th"),
    ("Violence with injury", "9.0", "13th"),
    ("Shoplifting", "7.1", "12th"),
    ("Residential burglary", "3.9", "4th"),
    ("Possession of weapons", "0.7", "10th"),
)
# Harm, volume, trend, community concern, capacity gap (each out of 5); RAG.
SCORES: tuple[tuple[str, int, int, int, int, int, str], ...] = (
    ("Domestic abuse and VAWG", 5, 5, 4, 4, 4, "Red"),
    ("Serious violence and weapons", 5, 3, 5, 4, 4, "Red"),
    ("Exploitation and county lines", 5, 2, 4, 3, 4, "Amber"),
    ("Town-centre anti-social behaviour", 3, 4, 2, 5, 3, "Amber"),
    ("Shoplifting and retail crime", 2, 4, 5, 4, 2, "Amber"),
    ("Drug and alcohol related harm", 4, 3, 3, 3, 2, "Amber"),
    ("Rural crime", 2, 2, 2, 3, 2, "Green"),
    ("Residential burglary", 3, 2, 1, 2, 1, "Green"),
    ("Vehicle crime", 2, 3, 1, 2, 1, "Green"),
)
