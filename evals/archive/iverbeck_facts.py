"""Partnership Y's facts, shared by its documents: a two-tier district in an invented county whose
Strategy Group is funded by a Police, Fire and Crime Commissioner's grant and two councils' contributions,
2022/23 to 2024/25. The people and their changes (a chair re-elected, then standing down with her council
seat; a vice-chair moved to force headquarters), the priorities of the Partnership Plan 2021-24 and the
four adopted from the 2023 assessment after consultation (one renamed by it), the awards of two years
with their later changes (an award reduced when other money paid for part of it, a deferred bid approved
below its ask, an award withdrawn with the sum already paid kept), the Commissioner's grant cut, the
district's contribution cut and the county's new one, and the fund's delegated limits before and after
the Terms of Reference of April 2024."""

from __future__ import annotations

# Places and organisations.
DISTRICT = "Iverbeck District Council"
COUNTY = "Haslingshire County Council"
POLICE = "Haslingshire Constabulary"
FIRE = "Haslingshire Fire and Rescue Service"
PFCC = "Haslingshire Police, Fire and Crime Commissioner"
OPFCC = "Office of the Police, Fire and Crime Commissioner"
PROBATION_SERVICE = "The Probation Service (Haslingshire)"
ICB = "NHS Haslingshire and Tenbury Integrated Care Board"
YJS = "Haslingshire Youth Justice Service"
HOUSING = "Beckside Housing"
LANTERNS = "Lanterns Domestic Abuse Service"
CVS = "Iverbeck Voluntary Action"
MILLBECK = "Millbeck Youth Project"
ANGELS = "Iverbeck Street Angels"
RURAL_TEAM = "Haslingshire Constabulary Rural Crime Team"
CARE_REPAIR = "Iverbeck Care and Repair"
RESPECT = "Respect Matters CIC"

# People who appear in more than one document.
CHAIR = "Cllr Margaret Ellingham"
CHAIR_NEW = "Cllr Howard Pilkington"
VICE_OLD = "Chief Inspector Tomasz Wronski"
VICE = "Superintendent Grace Adeyemi"
COORDINATOR = "Lucy Tremlett"
HEAD_SERVICE = "Alun Garside"
ANALYST = "Priya Lakhani"
FIRE_REP = "Group Manager Simon Hebblethwaite"
PROBATION = "Janet Okafor"
ICB_REP = "Mark Delaney"
OPFCC_REP = "Rhiannon Bewley"
COUNTY_REP = "Jo Mackintosh"
YJS_REP = "Daniel Fairbairn"
HOUSING_REP = "Sophie Marchbank"
LANTERNS_REP = "Carol Nixon"
CVS_REP = "Imran Qureshi"
RURAL_SGT = "Sergeant Ruth Haverigg"

POPULATION = 104300

PRIORITIES_2124 = (
    "Keeping people safe from domestic abuse",
    "Reducing neighbourhood crime and anti-social behaviour",
    "Protecting children and young people from exploitation",
)
DRAFT_PRIORITIES_2427 = (
    "Domestic abuse and violence against women and girls",
    "Serious violence and knife crime",
    "Anti-social behaviour and neighbourhood crime",
    "Rural crime",
)
PRIORITIES_2427 = (
    "Domestic abuse and violence against women and girls",
    "Serious violence and knife crime",
    "Anti-social behaviour and neighbourhood crime",
    "Rural and wildlife crime",
)
CROSS_CUTTING = "Reducing reoffending"

# 2022/23: ref, decided, by, scheme, lead, priority (index into PRIORITIES_2124), amount.
Award = tuple[str, str, str, str, str, int, int]
AWARDS_2223: tuple[Award, ...] = (
    ("IPF22-01", "2022-06-15", "Strategy Group", "IDVA outreach in rural areas", LANTERNS, 0, 14000),
    ("IPF22-02", "2022-06-15", "Strategy Group", "Target hardening for repeat burglary victims", CARE_REPAIR,
     1, 6500),
    ("IPF22-03", "2022-06-15", "Strategy Group", "Millbeck detached youth work", MILLBECK, 2, 9800),
    ("IPF22-04", "2022-09-14", "Strategy Group", "Operation Marram: off-road bikes in Saltby Marsh", POLICE,
     1, 3200),
    ("IPF22-05", "2022-09-14", "Strategy Group", "Healthy relationships lessons in secondary schools",
     RESPECT, 0, 7750),
    ("IPF22-06", "2022-10-27", "CSP Coordinator", "Bonfire night diversionary activities", CVS, 1, 950),
    ("IPF22-07", "2023-02-08", "Strategy Group", "Exploitation awareness for taxi drivers and hotel staff",
     "Iverbeck District Council Licensing", 2, 4300),
)  # fmt: skip
GRANT_2223, DISTRICT_2223, BROUGHT_2223 = 48500, 15000, 3010
AVAILABLE_2223 = GRANT_2223 + DISTRICT_2223 + BROUGHT_2223  # 66,510
AWARDED_2223 = sum(a[6] for a in AWARDS_2223)  # 46,500
DHR_2223, TRAINING_2223 = 5000, 2150
SPENT_2223 = AWARDED_2223 + DHR_2223 + TRAINING_2223  # 53,650
CARRIED_2223 = AVAILABLE_2223 - SPENT_2223  # 12,860

# 2023/24 bids: ref, decided, by, scheme, lead, asked, first decision, first sum, later change, final sum.
Bid = tuple[str, str, str, str, str, int, str, int, str, int]
BIDS_2324: tuple[Bid, ...] = (
    ("IPF23-01", "2023-06-21", "Strategy Group", "IDVA outreach in rural areas (year 2)", LANTERNS, 14000,
     "Approved", 14000, "", 14000),
    ("IPF23-02", "2023-06-21", "Strategy Group", "Millbeck detached youth work", MILLBECK, 10400,
     "Approved", 10400, "Withdrawn 24 Jan 2024; £5,850 already paid kept", 5850),
    ("IPF23-03", "2023-06-21", "Strategy Group", "Farmwatch trail cameras and forensic marking kits",
     RURAL_TEAM, 8900, "Approved", 8900, "Reduced to £5,400 on 11 Oct 2023", 5400),
    ("IPF23-04", "2023-06-21", "Strategy Group", "Thornley Cross skate park lighting",
     "Thornley Cross Parish Council", 12000, "Declined", 0, "", 0),
    ("IPF23-05", "2023-06-21", "Strategy Group", "Safe Space for the night-time economy", ANGELS, 6200,
     "Deferred", 0, "Approved 11 Oct 2023 at £5,750", 5750),
    ("IPF23-06", "2023-10-11", "Strategy Group", "Knife crime workshops for Year 8 pupils", YJS, 4800,
     "Approved", 4800, "", 4800),
    ("IPF23-07", "2023-10-11", "Strategy Group", "Cuckooing awareness for tenants and staff", HOUSING, 2950,
     "Approved", 2950, "", 2950),
    ("IPF23-08", "2023-10-02", "CSP Coordinator", "Halloween diversionary activities", CVS, 980,
     "Approved", 980, "Reported to the Group 11 Oct 2023", 980),
    ("IPF23-09", "2023-10-11", "Strategy Group", "Saltby Marsh youth shelter",
     "Saltby Marsh Community Association", 9600, "Declined", 0, "", 0),
    ("IPF23-10", "2023-12-06", "Strategy Group", "White Ribbon campaign and bystander training",
     "Iverbeck District Council Community Safety Team", 2600, "Approved", 2600, "", 2600),
    ("IPF23-11", "2024-03-13", "Strategy Group", "Farm and equine property marking events", RURAL_TEAM,
     3400, "Approved (reduced)", 3050, "", 3050),
)  # fmt: skip
GRANT_2324, DISTRICT_2324 = 48500, 15000
AVAILABLE_2324 = GRANT_2324 + DISTRICT_2324 + CARRIED_2223  # 76,360
FINAL_2324 = sum(b[9] for b in BIDS_2324)  # 45,380
DHR_2324, TRAINING_2324 = 4000, 1900
SPENT_2324 = FINAL_2324 + DHR_2324 + TRAINING_2324  # 51,280
CARRIED_2324 = AVAILABLE_2324 - SPENT_2324  # 25,080
MILLBECK_PAID, MILLBECK_RELEASED = 5850, 4550
RURAL_FUND_CAMERAS = 3500  # the Commissioner's rural crime fund paid for the cameras: IPF23-03 fell by this

# 2024/25.
GRANT_2425, DISTRICT_2425, COUNTY_2425 = 41000, 12000, 5000
AVAILABLE_2425 = GRANT_2425 + DISTRICT_2425 + COUNTY_2425 + CARRIED_2324  # 83,080
RESERVE_2425 = 10000
IDVA_2425, SVD_2425 = 14000, 3500
BIDDING_2425 = AVAILABLE_2425 - RESERVE_2425 - IDVA_2425 - SVD_2425  # 55,580
RINGFENCE_2425 = (
    (PRIORITIES_2427[0], 16500),
    (PRIORITIES_2427[1], 13800),
    (PRIORITIES_2427[2], 13800),
    (PRIORITIES_2427[3], 5500),
    ("Small grants (any priority, up to £1,500)", 5980),
)
COORDINATOR_LIMIT_OLD, COORDINATOR_LIMIT = 1000, 1500
SUBGROUP_LIMIT = 7500

# Partnership performance, financial years, for the annual reports.
PERFORMANCE = (
    # measure, 2021/22, 2022/23, 2023/24
    ("Total recorded crime", 6455, 6912, 6771),
    ("Anti-social behaviour incidents", 2874, 2511, 2388),
    ("Domestic abuse-related crimes", 1102, 1187, 1241),
    ("Residential burglary", 318, 276, 254),
    ("Possession of weapons offences", 52, 68, 74),
)

assert AVAILABLE_2223 == 66510 and AWARDED_2223 == 46500 and CARRIED_2223 == 12860
assert AVAILABLE_2324 == 76360 and FINAL_2324 == 45380 and CARRIED_2324 == 25080
assert AVAILABLE_2425 == 83080 and BIDDING_2425 == 55580 == sum(a for _, a in RINGFENCE_2425)
assert MILLBECK_PAID + MILLBECK_RELEASED == 10400
