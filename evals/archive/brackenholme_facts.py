"""Partnership Z's facts, shared by its documents: a unitary borough whose Executive Board is funded by a
Police and Crime Commissioner's grant and the borough council's contribution, 2023/24 to 2025/26. The
people and their changes (a chair standing down after losing her cabinet seat, a vice-chair retiring), the
priorities of 2023-25 and the four adopted for 2025-28 after a consultation that replaced one of the
assessment's drafts, the awards of two years with their later changes (an award cut when the
Commissioner's VAWG fund paid part of a post, a deferred bid approved below its ask, another deferred and
approved at a meeting the archive holds no record of, an award withdrawn with the sum paid kept), the
grant cut twice, a new Serious Violence Duty allocation, and the delegated limits and quorum raised by the
Terms of Reference of March 2025."""

from __future__ import annotations

BOROUGH = "Brackenholme Borough Council"
POLICE = "Wendlesea Police"
FIRE = "Wendlesea Fire and Rescue Service"
PCC = "Wendlesea Police and Crime Commissioner"
OPCC = "Office of the Police and Crime Commissioner for Wendlesea"
PROBATION_SERVICE = "The Probation Service (Wendlesea)"
ICB = "NHS Wendlesea and Dunholt Integrated Care Board"
YJS = "Brackenholme Youth Justice Service"
HOUSING = "Brackenholme Homes"
HARBOUR = "Harbour Lights Domestic Abuse Service"
KINGSMEAD = "Kingsmead Boxing Academy"
PASTORS = "Brackenholme Street Pastors"
CGL = "Change Grow Live Brackenholme"
COLLEGE = "Brackenholme College"
BID = "Brackenholme Business Improvement District"
TOWN_COUNCIL = "Netherby Town Council"
ASB_TEAM = "Brackenholme Borough Council ASB Team"

CHAIR_OLD = "Cllr Rosalind Thackeray"
CHAIR = "Cllr Owen Fairclough"
VICE_OLD = "Chief Superintendent Marcus Ilesanmi"
VICE = "Superintendent Helen Marsh-Kirby"
MANAGER = "Neil Achterberg"
ANALYST = "Farah Siddiqui"
OPCC_REP = "Tom Rudge"
PROBATION = "Beverley Anstey"
ICB_REP = "Dr Kwame Asante"
FIRE_REP = "Station Manager Lisa Pendry"
YJS_REP = "Gareth Munro"
HOUSING_REP = "Angela Tsang"
HARBOUR_REP = "Moira Kells"
PUBLIC_HEALTH = "Dr Sunita Rao"

POPULATION = 138600

PRIORITIES_2325 = (
    "Tackling domestic abuse",
    "Reducing anti-social behaviour",
    "Reducing drug and alcohol related harm",
)
DRAFT_PRIORITIES_2528 = (
    "Violence against women and girls",
    "Serious violence and knife crime",
    "Anti-social behaviour and neighbourhood crime",
    "Drug-related harm",
)
PRIORITIES_2528 = (
    "Violence against women and girls",
    "Serious violence and knife crime",
    "Anti-social behaviour and neighbourhood crime",
    "Retail crime and shop theft",
)

# 2023/24 awards: ref, decided, by, scheme, lead, priority (index into PRIORITIES_2325), amount.
Award = tuple[str, str, str, str, str, int, int]
AWARDS_2324: tuple[Award, ...] = (
    (
        "BCSF23-01",
        "2023-06-14",
        "Executive Board",
        "Sanctuary scheme: door and window security for domestic abuse victims",
        HARBOUR,
        0,
        11200,
    ),
    (
        "BCSF23-02",
        "2023-06-14",
        "Executive Board",
        "Redeployable CCTV cameras for the town centre",
        ASB_TEAM,
        1,
        9500,
    ),
    (
        "BCSF23-03",
        "2023-09-20",
        "Executive Board",
        "Friday Night Fight Back diversionary boxing sessions",
        KINGSMEAD,
        1,
        6750,
    ),
    (
        "BCSF23-04",
        "2023-09-20",
        "Executive Board",
        "Operation Thornfield: disrupting street drug dealing",
        POLICE,
        2,
        8000,
    ),
    (
        "BCSF23-05",
        "2023-11-06",
        "Community Safety Manager (delegated)",
        "Night-time economy patrols",
        PASTORS,
        1,
        4200,
    ),
    (
        "BCSF23-06",
        "2023-12-13",
        "Executive Board",
        "Naloxone training for hostel and outreach staff",
        CGL,
        2,
        3600,
    ),
)
SKATEPARK_ASK = 15000
GRANT_2324 = 58000
COUNCIL = 20000
CARRIED_2223 = 4350
ANALYST_COST_2324 = 18000
DHR_2324 = 7800
AVAILABLE_2324 = GRANT_2324 + COUNCIL + CARRIED_2223
AWARDED_2324 = sum(a[6] for a in AWARDS_2324)
SPENT_2324 = AWARDED_2324 + ANALYST_COST_2324 + DHR_2324
CARRIED_2324 = AVAILABLE_2324 - SPENT_2324

# 2024/25 bids: ref, scheme, lead, asked, first decision (date, words, sum), later change (date,
# words), final.
Bid = tuple[str, str, str, int, str, str, int, str, str, int]
BIDS_2425: tuple[Bid, ...] = (
    (
        "BCSF24-01",
        "Young people's domestic abuse worker",
        HARBOUR,
        18000,
        "2024-06-12",
        "Approved",
        15000,
        "2024-09-25",
        "Reduced to £11,500: £3,500 of the post met by the Commissioner's VAWG fund",
        11500,
    ),
    (
        "BCSF24-02",
        "Friday Night Fight Back (year 2)",
        KINGSMEAD,
        7200,
        "2024-06-12",
        "Approved",
        7200,
        "2025-01-22",
        "Withdrawn from 31 December 2024; £3,600 paid kept",
        3600,
    ),
    (
        "BCSF24-03",
        "Alley gates at Tanners Row",
        BOROUGH,
        12600,
        "2024-06-12",
        "Declined (capital works)",
        0,
        "",
        "",
        0,
    ),
    (
        "BCSF24-04",
        "Operation Thornfield phase 2",
        POLICE,
        9000,
        "2024-06-12",
        "Deferred",
        0,
        "2024-09-25",
        "Approved at £6,500 after the phase 1 evaluation",
        6500,
    ),
    (
        "BCSF24-05",
        "Blunt Truth knife crime education in schools",
        COLLEGE,
        5400,
        "2024-06-12",
        "Approved",
        5400,
        "",
        "",
        5400,
    ),
    (
        "BCSF24-06",
        "Night-time economy patrols (year 2)",
        PASTORS,
        4400,
        "2024-08-02",
        "Approved under delegated powers",
        4400,
        "",
        "",
        4400,
    ),
    (
        "BCSF24-07",
        "Shopwatch radio link for town-centre retailers",
        BID,
        4800,
        "2024-09-25",
        "Approved",
        4800,
        "",
        "",
        4800,
    ),
    (
        "BCSF24-08",
        "CCTV upgrade at Eastgate car park",
        ASB_TEAM,
        8200,
        "2024-09-25",
        "Deferred (second quote needed)",
        0,
        "2024-12-11",
        "Approved at £7,900",
        7900,
    ),
)
GRANT_2425 = 54500
AVAILABLE_2425 = GRANT_2425 + COUNCIL + CARRIED_2324
AWARDED_2425 = sum(b[9] for b in BIDS_2425)
ANALYST_COST_2425 = 18000
DHR_2425 = 6200
SV_PROFILE_2425 = 9500
SPENT_2425 = AWARDED_2425 + ANALYST_COST_2425 + DHR_2425 + SV_PROFILE_2425
CARRIED_2425 = AVAILABLE_2425 - SPENT_2425
HARBOUR_FIRST, HARBOUR_FINAL = 15000, 11500
KINGSMEAD_PAID, KINGSMEAD_RELEASED = 3600, 3600

GRANT_2526 = 50000
SVD_2526 = 10000
AVAILABLE_2526 = GRANT_2526 + COUNCIL + SVD_2526 + CARRIED_2425
ANALYST_COST_2526 = 18500
DHR_RESERVE_2526 = 8000
RING_FENCES_2526 = (
    ("Violence against women and girls", 19000),
    ("Serious violence and knife crime", 16000),
    ("Anti-social behaviour and neighbourhood crime", 14500),
    ("Retail crime and shop theft", 9000),
    ("Small grants (any priority, up to £1,000)", 5000),
)
OLD_LIMIT, NEW_LIMIT, PANEL_LIMIT = 5000, 7500, 15000

assert AVAILABLE_2324 == 82350 and CARRIED_2324 == 13300
assert AVAILABLE_2425 == 87800 and AWARDED_2425 == 44100 and CARRIED_2425 == 10000
assert sum(s for _, s in RING_FENCES_2526) == AVAILABLE_2526 - ANALYST_COST_2526 - DHR_RESERVE_2526
