"""Partnership AH's facts, shared by its documents: the community safety partnership of an English district,
Rushbeck, in the two-tier county of Harlshire, 2023-24 to 2024-25 (with what was known of 2025-26 by July
2025). Its strategic body is the Strategy Board, with a Chair and Vice-Chair elected at its annual meeting in
June; it spends the Rushbeck Locality Safety Fund (LSF), made of the Police and Crime Commissioner's grant,
the district council's contribution and what is brought forward, with a Locality Fund Panel deciding bids up
to its limit from a pot the Board sets, the Community Safety Manager the smallest under delegated powers and
the Chair and Vice-Chair together a decision that cannot wait for the Board (a decision note). The people and
their changes (the Chair passed from one district councillor to another in June 2024, a police Vice-Chair who
retired in November 2024 and a successor elected in January 2025), the four priorities of 2023-26 replaced by
three for 2025-28, the awards of two years and their later changes, the money, the strategic assessment's
figures and the rules changed from April 2025 by the terms of reference version 4."""

from __future__ import annotations

NAME = "Rushbeck Community Safety Partnership"
SHORT = "RCSP"
BOARD = "Strategy Board"
PANEL = "Locality Fund Panel"
FUND = "Rushbeck Locality Safety Fund"
MANAGER_TITLE = "Community Safety Manager"

DISTRICT = "Rushbeck District Council"
COUNTY = "Harlshire County Council"
POLICE = "Harlshire Constabulary"
FIRE = "Harlshire Fire and Rescue Service"
PROBATION = "The Probation Service (Harlshire Probation Delivery Unit)"
ICB = "Harlshire Integrated Care Board"
PCC = "Harlshire Police and Crime Commissioner"
OPCC = "Office of the Harlshire Police and Crime Commissioner"
YJS = "Harlshire Youth Justice Service"
PUBLIC_HEALTH = "Harlshire Public Health"
SAFE_HAVEN = "Rushbeck Safe Haven"
HOUSING = "Brookhithe Homes"
CVS = "Rushbeck Council for Voluntary Service"
BID = "Rushbeck Town Centre BID"
RECOVERY = "Harlshire Recovery Network"
YOUTH_TRUST = "Harlshire Youth Trust"
MARRICK_TRUST = "Marrick Bridge Community Trust"
PASTORS_ORG = "Eastwold Churches Together"
THEATRE = "Open Door Theatre Company"

# People.
CHAIR_OLD = "Cllr Josephine Arkwright"  # Chair June 2022 to June 2024; Leader of the Council from May 2024
CHAIR = "Cllr Tobias Renshaw-Hale"  # Portfolio Holder for Communities from May 2024; Chair from 11 June 2024
VICE_OLD = "Chief Inspector Neil Brannagh"  # district commander; Vice-Chair; retired 30 November 2024
VICE = "Chief Inspector Priya Lanchester"  # district commander from 2 December 2024; Vice-Chair from 21/01/25
MANAGER = "Rebecca Thursby"  # Community Safety Manager, the district council
PANEL_CHAIR = "Helen Sowerby"  # Head of Communities, the district council; chairs the Panel
ANALYST = "Dev Amberley"  # Partnership Analyst, the county council
COUNTY_REP = "Gareth Pilbeam"  # Assistant Director, Community Safety, the county council
FIRE_REP = "Station Manager Leanne Cotterill"
PROBATION_REP = "Imran Sadiq"  # Head of the Harlshire PDU
ICB_REP = "Dr Fiona Latimer"  # Designated Nurse for Safeguarding Adults
YJS_REP = "Paula Kenward"
PH_REP = "Tomasz Wilczek"
OPCC_REP = "Ruth Haverley"
DA_REP = "Leyla Ashdown"
HOUSING_REP = "Craig Melton"
CVS_REP = "Naomi Fairbairn"
CLERK = "Joanne Pettifer"
SERGEANT = "PS Adam Crewe"  # Rushbeck neighbourhood policing team, sits on the Panel

POPULATION = 118400

PRIORITIES_OLD = (
    "Domestic abuse and sexual violence",
    "Anti-social behaviour and neighbourhood crime",
    "Drug and alcohol related harm",
    "Exploitation of children and vulnerable adults, including county lines",
)
PRIORITIES_NEW = (
    "Violence against women and girls: domestic abuse, sexual violence and stalking",
    "Serious violence and knife crime involving young people",
    "Safer town centres: anti-social behaviour and shop theft in Rushbeck and Eastwold",
)

# Rules before and after the terms of reference version 4 (approved 21 January 2025, in force 1 April 2025).
PANEL_LIMIT_OLD, PANEL_LIMIT = 5000, 7500
OFFICER_LIMIT_OLD, OFFICER_LIMIT = 1000, 1500
QUORUM_OLD = "four members, at least two of them from responsible authorities"
QUORUM = "one third of the voting members, at least three of them from different responsible authorities"
MEETINGS_OLD = "quarterly"
MEETINGS = "every two months (six meetings a year)"
PASS_MARK, PASS_MARK_NEW = 15, 18  # out of 30: six criteria scored 0 to 5

# Money of 2023-24.
GRANT_2324 = 72000
DISTRICT_2324 = 25000
BF_2324 = 6300
AVAILABLE_2324 = GRANT_2324 + DISTRICT_2324 + BF_2324

# Awards of 2023-24: project, organisation, priority (1-4, 0 for all), sum, decided (ISO), by.
Award = tuple[str, str, int, int, str, str]
AWARDS_2324: tuple[Award, ...] = (
    ("Independent Domestic Violence Adviser", SAFE_HAVEN, 1, 22000, "2023-06-13", "Board"),
    ("Anti-social behaviour caseworker (part)", DISTRICT, 2, 15000, "2023-06-13", "Board"),
    ("Partnership analyst (contribution)", COUNTY, 0, 8000, "2023-06-13", "Board"),
    ("Eastwold Street Pastors", PASTORS_ORG, 2, 4800, "2023-09-19", "Panel"),
    ("Kickstart Nights youth football", MARRICK_TRUST, 4, 5000, "2023-09-19", "Panel"),
    ("Sanctuary scheme", HOUSING, 1, 4200, "2023-09-19", "Panel"),
    ("Naloxone peer training", RECOVERY, 3, 3650, "2023-09-19", "Panel"),
    ("Shopwatch radio scheme", BID, 2, 900, "2023-11-02", "Officer"),
    ("County lines drama in schools", THEATRE, 4, 6750, "2023-12-12", "Board"),
    ("Domestic homicide review (Adult K)", "Independent chair", 1, 6500, "2023-12-12", "Board"),
    ("Redeployable CCTV camera, Coldharbour", DISTRICT, 2, 7400, "2024-03-12", "Board"),
)
SKATE_LIGHTS = 18000  # Fennick skate park lighting: declined as capital, 12 December 2023 and 11 June 2024
COMMITTED_2324 = sum(a[3] for a in AWARDS_2324)
KICKSTART_WITHHELD_2324 = 1250  # held back until the 2023-24 monitoring return came in
NALOXONE_RETURNED_2324 = 610
SPENT_2324 = COMMITTED_2324 - KICKSTART_WITHHELD_2324 - NALOXONE_RETURNED_2324
CARRIED_2324 = AVAILABLE_2324 - SPENT_2324

# Money of 2024-25.
GRANT_2425_INDICATED = 72000  # the Commissioner's letter of February 2024
GRANT_2425 = 68400  # confirmed on 3 May 2024
DISTRICT_2425 = 25000
BF_2425 = CARRIED_2324
AVAILABLE_2425 = GRANT_2425 + DISTRICT_2425 + BF_2425
PANEL_POT = 25000  # set aside by the Board on 11 June 2024 for the Panel's autumn round

# Bids of 2024-25 and their history.
IDVA = 23000
ASB_ASK, ASB_AWARD, ASB_AMENDED = 16000, 15000, 11250  # cut on 21 January 2025: post vacant Aug-Oct 2024
ANALYST_POST = 8000
MARSHALS_ASK, MARSHALS_AWARD, MARSHALS_EXTRA = 12600, 9800, 4200  # extended by DN 2024/07, 2 Dec 2024
MARSHALS_FINAL = MARSHALS_AWARD + MARSHALS_EXTRA
MARSHALS_RETURNED = 540  # one weekend cancelled in the January snow
MENTOR_ASK, MENTOR_REVISED, MENTOR_AWARD = 9500, 5000, 5000  # deferred 11 June, approved by the Panel 17 Sep
PASTORS_ASK, PASTORS = 5200, 4800
SIGNS = (
    650  # Sandling Green Neighbourhood Watch signs: referred by the Panel, approved by the officer 24/09/24
)
NALOXONE = 3900
WHEELS = 2400  # Rushbeck Wheels bike marking: declined by the Panel, scored 11 out of 30
SANCTUARY = 4600
SHOPWATCH = 980  # Shopwatch radios top-up, the officer, 14 November 2024
KICKSTART_ASK, KICKSTART = 5000, 3000  # deferred by the Panel 17/09/24, approved by the Board 21/01/25
DHR_M, DHR_M_PAID = 7000, 3500  # Adult M review, approved 21 January 2025; half paid in 2024-25
PANEL_APPROVED = PASTORS + MENTOR_AWARD + NALOXONE + SANCTUARY
FINAL_2425 = (
    IDVA + ASB_AMENDED + ANALYST_POST + MARSHALS_FINAL + PASTORS + MENTOR_AWARD + SIGNS + NALOXONE
    + SANCTUARY + SHOPWATCH + KICKSTART + DHR_M
)  # fmt: skip
PAID_2425 = FINAL_2425 - MARSHALS_RETURNED - (DHR_M - DHR_M_PAID)
CARRIED_2425 = AVAILABLE_2425 - PAID_2425

# 2025-26, as known by July 2025.
GRANT_2526_INDICATED = 70000  # reported to the Board on 21 January 2025
GRANT_2526 = 66500  # confirmed on 14 March 2025
DISTRICT_2526 = 22500
IDVA_2526 = 24000  # approved by the Board at its annual meeting on 10 June 2025
PANEL_POT_2526 = 30000

# Strategic Assessment 2024: financial years 2021/22 to 2023/24.
YEARS = ("2021/22", "2022/23", "2023/24")
CATEGORIES = (
    "Homicide",
    "Death or serious injury by unlawful driving",
    "Violence with injury",
    "Violence without injury",
    "Stalking and harassment",
    "Rape",
    "Other sexual offences",
    "Robbery",
    "Residential burglary",
    "Non-residential burglary",
    "Vehicle offences",
    "Theft from the person",
    "Bicycle theft",
    "Shoplifting",
    "All other theft offences",
    "Criminal damage and arson",
    "Drug offences",
    "Possession of weapons offences",
    "Public order offences",
    "Miscellaneous crimes against society",
)
CRIME: dict[str, tuple[int, ...]] = {
    "2021/22": (1, 2, 1184, 1611, 1043, 97, 188, 58, 402, 166, 518, 44, 97, 612, 802, 1205, 336, 71, 688,
                121),
    "2022/23": (0, 4, 1236, 1702, 1120, 112, 201, 66, 371, 152, 566, 61, 88, 788, 779, 1164, 298, 84, 741,
                133),
    "2023/24": (2, 3, 1302, 1688, 1215, 126, 219, 81, 344, 170, 532, 79, 104, 1041, 756, 1131, 317, 102, 766,
                128),
}  # fmt: skip
TOTALS = tuple(sum(CRIME[y]) for y in YEARS)
# Wards in 2023/24: ward, population, recorded crimes, ASB incidents.
WARDS: tuple[tuple[str, int, int, int], ...] = (
    ("Rushbeck Market", 8900, 2484, 906),
    ("Eastwold", 14200, 1788, 611),
    ("Coldharbour", 12600, 1502, 529),
    ("Marrick Bridge", 13100, 1067, 402),
    ("Brookhithe", 14800, 971, 377),
    ("Fennick", 13300, 743, 321),
    ("Sandling Green", 14600, 646, 274),
    ("Holm End", 13700, 575, 247),
    ("Abbotsley Moor", 13200, 330, 204),
)
ASB = (4212, 3958, 3871)
DA_CRIMES = (1702, 1811, 1934)
DA_INCIDENTS = (1420, 1388, 1402)
DA_REPEAT = ("27%", "29%", "31%")
MARAC = (212, 236, 251)
KNIFE = (48, 57, 73)
UNDER_25_SV = (62, 70, 88)  # victims of serious violence aged under 25
NTE_VIOLENCE = (141, 163, 190)  # Rushbeck town centre, Friday and Saturday 10 pm to 4 am
# Most similar group (15 areas), 2023/24: measure, Rushbeck rate per 1,000, group average, position.
MSG: tuple[tuple[str, str, str, str], ...] = (
    ("All recorded crime", "85.4", "79.6", "11th"),
    ("Violence against the person", "35.6", "34.2", "10th"),
    ("Stalking and harassment", "10.3", "9.8", "9th"),
    ("Residential burglary", "2.9", "3.4", "5th"),
    ("Shoplifting", "8.8", "6.9", "13th"),
    ("Possession of weapons", "0.9", "0.7", "12th"),
)
# Scoring: area, harm, volume and trend, community concern, capacity gap (1 to 5 each).
SCORES: tuple[tuple[str, int, int, int, int], ...] = (
    ("Domestic abuse, sexual violence and stalking", 5, 5, 4, 4),
    ("Serious violence and knife crime, under-25s", 5, 4, 4, 4),
    ("Shop theft and town centre ASB", 2, 5, 5, 3),
    ("Night-time economy violence", 4, 3, 4, 2),
    ("Drug and alcohol related harm", 4, 3, 3, 2),
    ("Child criminal exploitation and county lines", 5, 2, 3, 2),
    ("Residential burglary", 3, 2, 2, 1),
    ("Rural and wildlife crime", 2, 2, 3, 1),
)


def rag(total: int) -> str:
    """Red from 15, Amber from 11, Green below."""
    return "Red" if total >= 15 else ("Amber" if total >= 11 else "Green")


def rate(count: int, population: int = POPULATION) -> str:
    return f"{count / population * 1000:.1f}"


def _check() -> None:
    assert sum(w[2] for w in WARDS) == TOTALS[2], (sum(w[2] for w in WARDS), TOTALS)
    assert sum(w[1] for w in WARDS) == POPULATION, sum(w[1] for w in WARDS)
    assert sum(w[3] for w in WARDS) == ASB[2], sum(w[3] for w in WARDS)
    assert all(len(v) == len(CATEGORIES) for v in CRIME.values())
    year = CRIME["2023/24"]
    violence = sum(year[:5])
    shown = (
        TOTALS[2],
        violence,
        *(
            year[CATEGORIES.index(c)]
            for c in (
                "Stalking and harassment",
                "Residential burglary",
                "Shoplifting",
                "Possession of weapons offences",
            )
        ),
    )
    assert tuple(rate(n) for n in shown) == tuple(m[1] for m in MSG), [rate(n) for n in shown]
    assert CARRIED_2324 > 0 and CARRIED_2425 > 0
    assert PANEL_APPROVED <= PANEL_POT


_check()
