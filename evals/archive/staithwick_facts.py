"""Partnership AC's facts, shared by its documents: a coastal unitary council in the police area of
Norwendshire whose Partnership Board spends the Police and Crime Commissioner's Community Safety Fund
allocation, the council's contribution and, from 2023-24, a ring-fenced Serious Violence Duty grant, 2022-23
to 2024-25, with a Funding and Performance Group deciding bids up to its own limit and the Community Safety
Manager deciding small grants. The people and their changes (a chair who left at the May 2023 elections, a
police chair from May 2023 who moved on at the end of March 2024, the vice-chair elected Chair from April
2024), the four priorities of 2021-24 and the three adopted for 2024-27, the awards of two years and their
later changes (an award below its ask later reduced, a bid deferred then approved below its ask, a bid
declined then funded in a smaller form, two awards withdrawn, a bid recommended by the group and approved by
the Board, a bid deferred and approved after the year end), the allocations by priority of 2023-24 and
2024-25, the Commissioner's allocation cut and the council's contribution cut."""

from __future__ import annotations

COUNCIL = "Staithwick Council"
POLICE = "Norwendshire Police"
FIRE = "Norwendshire Fire and Rescue Service"
PCC = "Norwendshire Police and Crime Commissioner"
OPCC = "Office of the Norwendshire Police and Crime Commissioner"
PROBATION_SERVICE = "The Probation Service (Norwendshire East delivery unit)"
ICB = "NHS Norwendshire Integrated Care Board"
YJS = "Staithwick Youth Justice Service"
PUBLIC_HEALTH_BODY = "Staithwick Council Public Health"
HOUSING = "Staithwick Coastal Homes"
DA_SERVICE = "Beacon House Women's Aid"
CHURCHES = "Staithwick Churches Together"
MENTORS = "Second Chance Norwendshire"
NORTHGATE_TRUST = "Northgate Community Trust"
TRADERS = "Old Town Traders' Association"
RESIDENTS = "Millfield Residents' Forum"
YOUTH_TRUST = "Tidewater Youth Trust"
ANGLERS = "Staithwick Angling Club"
YOUTH_HUB = "Millfield Youth Hub"
LEISURE = "Active Staithwick (the council's leisure service)"
PERPETRATOR = "Turnstone Behaviour Change"
SALTINGS = "Saltings Community Association"
LICENSING = "Staithwick Council Licensing"
VRU = "Norwendshire Violence Reduction Unit"
RRB = "Norwendshire Reducing Reoffending Board"

FUND = "Community Safety Fund"
GROUP = "Funding and Performance Group"

CHAIR_2223 = "Cllr Rosalind Pettigrew"
CHAIR_2324 = "Superintendent Malcolm Arbuthnot"
CHAIR = "Cllr Yasmin Dervish"
VICE = "Group Manager Tobias Kilbride"
MANAGER = "Helen Marchbank"
OFFICER = "Jade Whitlock"
ANALYST = "Oskar Lindqvist"
PROBATION = "Desmond Fairweather"
ICB_REP = "Ruth Ballantyne"
OPCC_REP = "Callum Ferreira"
PUBLIC_HEALTH = "Dr Sunita Varma"
YJS_REP = "Aaron Pocklington"
DA_REP = "Leona Frith"
HOUSING_REP = "Martin Oyelaran"

POPULATION = 96300

PRIORITIES_2124 = (
    "Reducing violence, including domestic abuse",
    "Tackling anti-social behaviour",
    "Protecting people from exploitation",
    "Reducing reoffending",
)
PRIORITIES_2427 = (
    "Domestic abuse and sexual violence",
    "Serious violence and exploitation",
    "Anti-social behaviour and neighbourhood confidence",
)

# Money of 2022-23.
GRANT_2223 = 71200
COUNCIL_2223 = 15000
CARRIED_2122 = 2140
AVAILABLE_2223 = GRANT_2223 + COUNCIL_2223 + CARRIED_2122

# 2022-23 awards: project, lead, priority letter (A to D), sum, decided (ISO), by.
Award = tuple[str, str, str, int, str, str]
AWARDS_2223: tuple[Award, ...] = (
    ("Hospital-based IDVA", DA_SERVICE, "A", 24000, "2022-05-18", "Board"),
    ("Harbourside Street Pastors", CHURCHES, "B", 6500, "2022-05-18", "Board"),
    ("Choices knife crime education", YJS, "A", 8750, "2022-07-20", "Board"),
    ("Operation Sandpiper ASB patrols", POLICE, "B", 12000, "2022-09-21", "Board"),
    ("Cuckooing awareness training", HOUSING, "C", 2150, "2022-10-03", "Community Safety Manager"),
    ("Through the Gate mentoring", MENTORS, "D", 9600, "2022-11-16", "Board"),
    ("Old Town taxi rank marshals", LICENSING, "B", 4800, "2023-01-18", "Board"),
    ("Safe and Well visits for adults at risk of cuckooing", FIRE, "C", 5400, "2023-03-15", "Board"),
)
CHOICES_ASK_2223 = 11000
WITHDRAWN_2223 = ("Northgate youth football", NORTHGATE_TRUST, "C", 3200, "2022-09-21")
DECLINED_2223 = ("Saltings skate park floodlights", SALTINGS, 18500)
COMMITTED_2223 = sum(a[3] for a in AWARDS_2223)
UNDERSPEND_2223 = AVAILABLE_2223 - COMMITTED_2223

# Indicative allocations for 2023-24 by the 2021-24 priorities (letter, sum).
ALLOC_2324 = (("A", 40000), ("B", 25000), ("C", 15000), ("D", 10000))

# Money of 2023-24.
GRANT_2324 = 68400
COUNCIL_2324 = 15000
SVD_2324 = 9850
AVAILABLE_2324 = GRANT_2324 + COUNCIL_2324 + SVD_2324 + UNDERSPEND_2223

# Bids of 2023-24 and their history.
IDVA_2324 = 25200
CHOICES_ASK, CHOICES_AWARD, CHOICES_AMENDED = 11000, 9000, 7650
PASTORS_ASK, PASTORS_AWARD = 7200, 6800
SHOPWATCH_ASK, SHOPWATCH_AWARD = 5600, 2800
GATE_2324 = 9600
LIGHTING_AUDIT = 2900
BYSTANDER_ASK, BYSTANDER_AWARD = 4400, 3500
SUMMER = 2250
NAVIGATOR = 14000
MEDIATION = 2400
ANGLERS_ASK = 6200
HUB_ASK, HUB_AWARD = 10500, 9000
PERPETRATOR_AWARD = 8000
DHR_COST = 7500

# 2023-24 bids: ref, project, lead, priority, asked, first decision, later change, final sum.
Bid = tuple[str, str, str, str, int, str, str, int]
BIDS_2324: tuple[Bid, ...] = (
    ("CSF23-01", "Hospital-based IDVA (third year)", DA_SERVICE, "A", IDVA_2324,
     "Approved, Board 17 May 2023", "", IDVA_2324),
    ("CSF23-02", "Choices knife crime education", YJS, "A", CHOICES_ASK,
     "£9,000 approved, Board 17 May 2023", "Reduced to £7,650, FPG 9 Aug 2023", CHOICES_AMENDED),
    ("CSF23-03", "Harbourside Street Pastors", CHURCHES, "B", PASTORS_ASK,
     "Deferred, Board 17 May 2023", "£6,800 approved, FPG 9 Aug 2023", PASTORS_AWARD),
    ("CSF23-04", "Old Town Shopwatch radios", TRADERS, "B", SHOPWATCH_ASK,
     "Declined, Board 17 May 2023", "Revised bid approved, Board 24 Jan 2024", SHOPWATCH_AWARD),
    ("CSF23-05", "Through the Gate mentoring", MENTORS, "D", GATE_2324,
     "Approved, Board 17 May 2023", "Withdrawn by the applicant, Jul 2023", 0),
    ("CSF23-06", "Millfield lighting audit", RESIDENTS, "B", LIGHTING_AUDIT,
     "Approved, FPG 9 Aug 2023", "", LIGHTING_AUDIT),
    ("CSF23-07", "Bystander training for night-time economy staff", DA_SERVICE, "A", BYSTANDER_ASK,
     "£3,500 approved, FPG 9 Aug 2023", "", BYSTANDER_AWARD),
    ("CSF23-08", "Harbourside summer diversionary sessions", LEISURE, "C", SUMMER,
     "Delegated decision 12 Jul 2023", "", SUMMER),
    ("CSF23-09", "A&amp;E youth navigator", YOUTH_TRUST, "A", NAVIGATOR,
     "Recommended, FPG 9 Aug 2023", "Approved, Board 20 Sep 2023", NAVIGATOR),
    ("CSF23-10", "Domestic homicide review (Adult M)", COUNCIL, "A", DHR_COST,
     "Approved, Board 20 Sep 2023", "", DHR_COST),
    ("CSF23-11", "Ferry Lane neighbour mediation", HOUSING, "B", MEDIATION,
     "Delegated decision 6 Dec 2023", "", MEDIATION),
    ("CSF23-12", "Riverbank CCTV", ANGLERS, "B", ANGLERS_ASK, "Declined, Board 24 Jan 2024", "", 0),
    ("CSF23-13", "Change Course perpetrator programme places", PERPETRATOR, "A", PERPETRATOR_AWARD,
     "Approved, Board 24 Jan 2024", "", PERPETRATOR_AWARD),
    ("CSF23-14", "Millfield Youth Hub late opening", YOUTH_HUB, "C", HUB_ASK,
     "Deferred, Board 24 Jan 2024", "£9,000 approved, Board 17 Apr 2024 (2024-25 money)", 0),
)  # fmt: skip
COMMITTED_2324 = sum(b[7] for b in BIDS_2324)
UNDERSPEND_2324 = AVAILABLE_2324 - COMMITTED_2324
DELEGATED_2324 = SUMMER + MEDIATION

# Money of 2024-25 and the allocations by the 2024-27 priorities.
GRANT_2425 = 68400
COUNCIL_2425 = 10000
SVD_2425 = 9850
AVAILABLE_2425 = GRANT_2425 + COUNCIL_2425 + SVD_2425 + UNDERSPEND_2324
ALLOC_2425: tuple[tuple[str, int], ...] = (
    (PRIORITIES_2427[0], 36000),
    (PRIORITIES_2427[1], 30000),
    (PRIORITIES_2427[2], 22000),
    ("Held for Millfield Youth Hub (deferred 24 January 2024)", HUB_ASK),
    ("Small grants under delegated powers", 6000),
    ("Domestic homicide review contingency", 5000),
)
RESERVE_2425 = AVAILABLE_2425 - sum(a[1] for a in ALLOC_2425)

# Strategic assessment 2023: recorded crime by category, calendar years 2020, 2021, 2022.
CRIME: tuple[tuple[str, int, int, int], ...] = (
    ("Violence with injury", 842, 901, 1038),
    ("Violence without injury", 1105, 1236, 1311),
    ("Stalking and harassment", 688, 802, 866),
    ("Sexual offences", 214, 248, 291),
    ("Robbery", 58, 49, 63),
    ("Residential burglary", 311, 268, 254),
    ("Non-residential burglary", 126, 131, 118),
    ("Vehicle offences", 402, 377, 421),
    ("Theft from the person", 39, 44, 57),
    ("Shoplifting", 455, 498, 612),
    ("Other theft", 733, 702, 745),
    ("Criminal damage and arson", 918, 874, 902),
    ("Drug offences", 241, 226, 268),
    ("Possession of weapons", 44, 52, 71),
    ("Public order offences", 512, 566, 598),
    ("Miscellaneous crimes against society", 97, 88, 104),
)
CRIME_TOTALS: tuple[int, int, int] = (
    sum(row[1] for row in CRIME),
    sum(row[2] for row in CRIME),
    sum(row[3] for row in CRIME),
)
# Neighbourhood areas in 2022: area, population, crimes, ASB incidents.
AREAS: tuple[tuple[str, int, int, int], ...] = (
    ("Harbourside", 11200, 1402, 688),
    ("Old Town", 8900, 1196, 512),
    ("Castle Rise", 14300, 842, 301),
    ("Millfield", 16100, 1268, 455),
    ("Northgate", 15400, 1011, 398),
    ("Saltings", 12600, 906, 377),
    ("Ferry Lane", 9300, 705, 246),
    ("Upper Staith", 8500, 389, 118),
)
# Domestic abuse by year (rows): year, incidents, crimes, MARAC cases.
DOMESTIC: tuple[tuple[str, int, int, int], ...] = (
    ("2020", 1744, 1102, 148),
    ("2021", 1902, 1188, 171),
    ("2022", 1987, 1260, 183),
)
ASB_YEARS: tuple[tuple[str, int], ...] = (("2020", 3612), ("2021", 3288), ("2022", 3095))
# Most similar group, 2022: measure, Staithwick rate per 1,000, group average, position of 15 (1 = lowest).
MSG: tuple[tuple[str, str, str, str], ...] = (
    ("All recorded crime", "80.2", "74.5", "12th"),
    ("Violence with injury", "10.8", "9.1", "13th"),
    ("Possession of weapons", "0.7", "0.6", "10th"),
    ("Residential burglary", "2.6", "3.1", "4th"),
    ("Shoplifting", "6.4", "6.9", "7th"),
)
# Threat, harm, trend, public concern (each out of 5); total out of 20; RAG.
SCORES: tuple[tuple[str, int, int, int, int, str], ...] = (
    ("Domestic abuse and sexual violence", 5, 5, 4, 4, "Red"),
    ("Serious violence and weapons", 4, 5, 5, 3, "Red"),
    ("Exploitation and county lines", 3, 5, 4, 3, "Amber"),
    ("Neighbourhood anti-social behaviour", 4, 3, 3, 5, "Amber"),
    ("Shoplifting", 3, 2, 4, 4, "Amber"),
    ("Drug supply", 3, 4, 3, 3, "Amber"),
    ("Residential burglary", 2, 3, 1, 2, "Green"),
    ("Vehicle crime", 3, 2, 2, 1, "Green"),
)
