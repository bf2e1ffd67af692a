"""Partnership AG's facts, shared by its documents: the community safety partnership of a Welsh county
borough, Glynmorlan, in the police area of Dyfnant, 2022-23 to 2023-24. Its strategic body is the Strategic
Group, whose chair rotates each May between the council's Cabinet Member and the police's basic command unit
commander; it spends a Community Safety Fund (CSF) made of the Police and Crime Commissioner's grant and the
county borough council's contribution (with a ring-fenced Serious Violence Duty grant from 2023-24), with a
Delivery and Commissioning Group (DCG) deciding bids up to its limit, the Head of Community Safety the
smallest under delegated powers and the chair and vice-chair (or another responsible authority) urgent ones.
The people and their changes (the chair passed from the council to the police in May 2023, a police chair
who moved in September 2023 and a successor from October, the chair back to the council in May 2024 with a
new Cabinet Member), the four priorities of 2021-24 and the three of 2024-27, the awards of two years and
their later changes, the money, the strategic assessment's figures and the rules changed from April 2024."""

from __future__ import annotations

NAME = "Glynmorlan Community Safety Partnership"
WELSH = "Partneriaeth Diogelwch Cymunedol Glynmorlan"
SHORT = "Glynmorlan CSP"
GROUP = "Strategic Group"
DCG = "Delivery and Commissioning Group"
FUND = "Glynmorlan Community Safety Fund"
HEAD_TITLE = "Head of Community Safety"

COUNCIL = "Glynmorlan County Borough Council"
COUNCIL_WELSH = "Cyngor Bwrdeistref Sirol Glynmorlan"
POLICE = "Dyfnant Police"
PCC = "Police and Crime Commissioner for Dyfnant"
OPCC = "Office of the Police and Crime Commissioner for Dyfnant"
FIRE = "Dyfnant Fire and Rescue Service"
HEALTH = "Cwm Teifion University Health Board"
PROBATION = "The Probation Service in Wales (Glynmorlan and Dyfnant North PDU)"
YJS = "Glynmorlan Youth Justice Service"
PHW = "Public Health Wales (Glynmorlan local public health team)"
APB = "Dyfnant Area Planning Board for Substance Misuse"
HOUSING = "Cartrefi Morlan"
WOMENS_AID = "Morlan Valleys Women's Aid"
GAVO = "Glynmorlan Association of Voluntary Organisations"

# People.
CHAIR_2223 = (
    "Cllr Meinir Prothero"  # Cabinet Member for Communities and Safety; Chair 2022-23, then Vice-Chair
)
CHAIR_MAY23 = "Superintendent Rhodri Vaughan-Lake"  # BCU commander; Vice-Chair 2022-23, Chair May-Sep 2023
CHAIR_DEC23 = (
    "Superintendent Angharad Bellis"  # BCU commander from 2 October 2023; Chair for the rest of 2023-24
)
CHAIR_2425 = "Cllr Emrys Jolliffe"  # Cabinet Member for Communities and Safety from May 2024; Chair 2024-25
HEAD = "Gethin Morgan-Rees"  # Head of Community Safety, the council
ANALYST = "Ffion Carrow"  # community safety analyst, a post shared by the council and the police
DCG_CHAIR = "Lowri Tanat"  # OPCC Partnerships and Commissioning Manager, chairs the DCG
FIRE_REP = "Group Manager Dafydd Ellery"
HEALTH_REP = "Catrin Hulme"  # Head of Safeguarding, the health board
PHW_REP = "Dr Elin Marwood"
PROBATION_REP = "Marcus Oyelaran"
YJS_REP = "Bethan Ruddock"
APB_REP = "Owain Pritchard-Lowe"
HOUSING_REP = "Nia Fenwick"
WA_REP = "Heledd Saunby"
GAVO_REP = "Tomos Hartnell"
CLERK = "Carys Dunmore"
SERGEANT = "PS Iwan Brassey"  # Pontgarreg neighbourhood policing team, sits on the DCG

POPULATION = 96300

PRIORITIES_OLD = (
    "Tackling violence against women, domestic abuse and sexual violence",
    "Reducing anti-social behaviour and neighbourhood crime",
    "Reducing substance misuse and drug-related harm",
    "Promoting community cohesion and tackling hate crime",
)
PRIORITIES_NEW = (
    "Violence against women, domestic abuse and sexual violence (VAWDASV)",
    "Serious violence and the criminal exploitation of children and young people",
    "A safer Pontgarreg town centre and night-time economy, including anti-social behaviour",
)

# Rules before and after the terms of reference approved on 19 March 2024 (in force 1 April 2024).
DCG_LIMIT_OLD, DCG_LIMIT = 10000, 12500
HEAD_LIMIT_OLD, HEAD_LIMIT = 2000, 2500
QUORUM_OLD = "one third of the voting members, including at least two responsible authorities"
QUORUM = "five voting members, including the Council, the police and one other responsible authority"
MEETINGS_OLD = "quarterly"
MEETINGS = "five times a year"

# Money of 2022-23.
GRANT_2223 = 86000
COUNCIL_2223 = 30000
BF_2223 = 7450
AVAILABLE_2223 = GRANT_2223 + COUNCIL_2223 + BF_2223

# Awards of 2022-23: project, organisation, priority (1-4, 0 for all), sum, decided (ISO), by.
Award = tuple[str, str, int, int, str, str]
AWARDS_2223: tuple[Award, ...] = (
    ("Independent Domestic Violence Advisers", WOMENS_AID, 1, 24000, "2022-05-17", "Strategic Group"),
    ("Anti-social behaviour caseworker", COUNCIL, 2, 18000, "2022-05-17", "Strategic Group"),
    ("Community safety analyst (contribution)", COUNCIL, 0, 9000, "2022-05-17", "Strategic Group"),
    ("Pontgarreg Street Pastors", "Pontgarreg Churches Together", 2, 6500, "2022-07-06", "DCG"),
    ("Safe Space night-time hub", "Pontgarreg YMCA", 2, 9800, "2022-07-06", "DCG"),
    ("Abercefni Recovery Caf\u00e9", "Cam Nesaf Recovery", 3, 5400, "2022-07-06", "DCG"),
    ("Youth diversion sessions", "Tregwilym Amateur Boxing Club", 2, 7200, "2022-07-06", "DCG"),
    ("Hate crime third-party reporting centres", "Glynmorlan Equality Forum", 4, 1600, "2022-08-22",
     "Head of Community Safety"),
    ("Sanctuary scheme", HOUSING, 1, 6200, "2022-09-20", "Strategic Group"),
    ("Llanhowel rural watch signs", "Llanhowel Community Council", 2, 1950, "2022-10-03",
     "Head of Community Safety"),
    ("Blaenrhos Youth Bus", "Blaenrhos Youth Project", 2, 8750, "2022-11-30", "DCG"),
    ("Domestic homicide review (Adult D)", "Independent chair and author", 1, 6000, "2022-12-13",
     "Strategic Group"),
    ("Operation Nightjar weekend patrols", POLICE, 2, 8000, "2022-12-13", "Strategic Group"),
)  # fmt: skip
YOUTH_BUS_ASK_2223 = 9500  # deferred by the DCG on 5 October 2022 for insurance papers
BUS_STATION_CCTV = 21000  # Abercefni bus station CCTV: declined as capital, 20 September 2022
COMMITTED_2223 = sum(a[3] for a in AWARDS_2223)
SAFE_SPACE_RETURNED_2223 = 1120
SPENT_2223 = COMMITTED_2223 - SAFE_SPACE_RETURNED_2223
CARRIED_2223 = AVAILABLE_2223 - SPENT_2223

# Money of 2023-24.
GRANT_2324 = 82500
COUNCIL_2324 = 30000
SVD_2324 = 18600  # Serious Violence Duty grant, ring-fenced, passed on by the Commissioner
BF_2324 = CARRIED_2223
AVAILABLE_2324 = GRANT_2324 + COUNCIL_2324 + SVD_2324 + BF_2324
DCG_POT = 30000  # set aside by the Strategic Group on 16 May 2023 for the DCG's summer round

# Bids of 2023-24 and their history.
IDVA = 24500
ASB_AWARD, ASB_AMENDED = 18000, 14400  # reduced on 12 December 2023: the post was vacant July-September
ANALYST_POST = 9000
SAFE_ASK, SAFE_AWARD, SAFE_AMENDED = 11200, 10400, 11200  # raised on 19 March 2024 for Christmas opening
NIGHTJAR_ASK, NIGHTJAR = 9600, 8500
PATHWAYS_ASK, PATHWAYS_REVISED, PATHWAYS_AWARD = 16000, 13900, 12400  # deferred 16 May, approved 12 Dec
PARK_LIGHTS = 17500  # Tregwilym Park lighting: declined as capital, 16 May 2023
PASTORS = 6800
PASTORS_RETURNED = 430
BOXING, BOXING_PAID = 7500, 1875  # withdrawn 20 November 2023: the club lost its hall
CAFE_ASK, CAFE_AWARD = 6200, 5000
RURAL_WATCH = 3400  # deferred by the DCG on 9 August 2023, approved on 8 November 2023
PRIDE = 650  # referred to the Head of Community Safety, approved 15 August 2023
YOUTH_FORUM_ASK = 9900  # Penybryn Youth Forum: withdrawn by the applicant 7 August 2023
SANCTUARY = 6400
SKATE_CCTV = 14000  # Cwmdderw skate park CCTV: not supported by the DCG
LANTERN_CCTV, LANTERN_KITS = 3150, 1800
LANTERN = LANTERN_CCTV + LANTERN_KITS  # Operation Lantern: urgent decision UD 2023/02, 14 September 2023
DHR_ADULT_F = 7000
YOUTH_BUS_ASK = 9000  # a year, for two years: declined 12 December 2023
WATCH_RELAUNCH = 1200  # Cwmdderw Neighbourhood Watch relaunch, delegated, 22 January 2024

DCG_APPROVED_AUG = PASTORS + BOXING + CAFE_AWARD + SANCTUARY
COMMITTED_DEC = (
    IDVA + ASB_AMENDED + ANALYST_POST + SAFE_AWARD + NIGHTJAR + PASTORS + BOXING_PAID + CAFE_AWARD
    + RURAL_WATCH + PRIDE + SANCTUARY + LANTERN + PATHWAYS_AWARD + DHR_ADULT_F
)  # fmt: skip
COMMITTED_2324 = COMMITTED_DEC + (SAFE_AMENDED - SAFE_AWARD) + WATCH_RELAUNCH
SPENT_2324 = COMMITTED_2324 - PASTORS_RETURNED
SVD_RETURNED = SVD_2324 - LANTERN - PATHWAYS_AWARD  # unspent ring-fenced grant, returned to the Commissioner
CARRIED_2324 = AVAILABLE_2324 - SPENT_2324 - SVD_RETURNED

# 2024-25, as confirmed by July 2024.
GRANT_2425 = 84000
COUNCIL_2425 = 27500
SVD_2425 = 19200
IDVA_2425 = 25000  # approved by the Strategic Group on 21 May 2024
PARTNERS_TOTAL = "£1.2m"  # what the partners together spent on community safety in 2023-24

# Strategic assessment 2023: financial years 2020/21 to 2022/23.
YEARS = ("2020/21", "2021/22", "2022/23")
CATEGORIES = (
    "Homicide",
    "Death or serious injury by unlawful driving",
    "Violence with injury",
    "Violence without injury",
    "Stalking and harassment",
    "Rape",
    "Other sexual offences",
    "Robbery of personal property",
    "Robbery of business property",
    "Residential burglary",
    "Business and community burglary",
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
    "2020/21": (1, 3, 1012, 1420, 812, 88, 141, 36, 5, 298, 121, 402, 39, 62, 418, 611, 982, 311, 58, 512,
                96),
    "2021/22": (2, 5, 1106, 1538, 934, 102, 169, 41, 7, 276, 133, 455, 58, 71, 512, 648, 1041, 268, 67, 577,
                104),
    "2022/23": (1, 4, 1148, 1611, 1027, 117, 178, 52, 6, 251, 118, 437, 71, 66, 689, 632, 998, 287, 84, 603,
                119),
}  # fmt: skip
TOTALS = tuple(sum(CRIME[y]) for y in YEARS)
# Wards in 2022/23: ward, population, recorded crimes, ASB incidents.
WARDS: tuple[tuple[str, int, int, int], ...] = (
    ("Pontgarreg Central", 7420, 2046, 812),
    ("Abercefni", 10850, 1201, 462),
    ("Pontgarreg North", 11200, 1062, 401),
    ("Tregwilym", 9960, 941, 377),
    ("Cwmdderw", 10400, 889, 342),
    ("Blaenrhos", 8150, 602, 268),
    ("Penybryn", 9870, 567, 221),
    ("Glanyrafon", 10150, 493, 193),
    ("Trefach", 9100, 388, 168),
    ("Llanhowel", 9200, 310, 133),
)
ASB = (3912, 3604, 3377)
DA_CRIMES = (1288, 1402, 1519)
DA_INCIDENTS = (1644, 1597, 1630)
DA_REPEAT = ("29%", "31%", "34%")
MARAC = (231, 248, 276)
NTE_VIOLENCE = (184, 231, 262)  # Pontgarreg town centre, Friday and Saturday 10 pm to 4 am
KNIFE = (41, 49, 63)
UNDER_25_SV = (57, 66, 81)  # victims of serious violence aged under 25
# Most similar group (15 areas), 2022/23: measure, Glynmorlan rate per 1,000, group average, position.
MSG: tuple[tuple[str, str, str, str], ...] = (
    ("All recorded crime", "88.3", "81.3", "11th"),
    ("Violence against the person", "39.4", "36.2", "12th"),
    ("Stalking and harassment", "10.7", "9.6", "12th"),
    ("Residential burglary", "2.6", "3.0", "4th"),
    ("Shoplifting", "7.2", "6.2", "10th"),
    ("Possession of weapons", "0.9", "0.8", "8th"),
)
# MoRiLE scoring: area, harm, likelihood, public expectation, capacity gap (1 to 5 each), RAG.
SCORES: tuple[tuple[str, int, int, int, int], ...] = (
    ("Domestic abuse and sexual violence", 5, 5, 4, 4),
    ("Serious violence and child criminal exploitation", 5, 4, 4, 5),
    ("Night-time economy violence, Pontgarreg", 4, 4, 5, 3),
    ("Anti-social behaviour", 3, 4, 5, 2),
    ("Shoplifting and retail crime", 2, 5, 4, 2),
    ("Substance misuse", 4, 4, 3, 2),
    ("Hate crime and cohesion", 3, 2, 3, 2),
    ("Residential burglary", 3, 2, 2, 1),
)


def rag(total: int) -> str:
    """Red from 16, Amber from 12, Green below."""
    return "Red" if total >= 16 else ("Amber" if total >= 12 else "Green")


def rate(count: int, population: int = POPULATION) -> str:
    return f"{count / population * 1000:.1f}"


def _check() -> None:
    assert sum(w[2] for w in WARDS) == TOTALS[2], (sum(w[2] for w in WARDS), TOTALS)
    assert sum(w[1] for w in WARDS) == POPULATION, sum(w[1] for w in WARDS)
    assert sum(w[3] for w in WARDS) == ASB[2], sum(w[3] for w in WARDS)
    assert all(len(v) == len(CATEGORIES) for v in CRIME.values())
    violence = sum(CRIME["2022/23"][:5])
    shown = (
        TOTALS[2],
        violence,
        *(
            CRIME["2022/23"][CATEGORIES.index(c)]
            for c in (
                "Stalking and harassment",
                "Residential burglary",
                "Shoplifting",
                "Possession of weapons offences",
            )
        ),
    )
    assert tuple(rate(n) for n in shown) == tuple(m[1] for m in MSG), [rate(n) for n in shown]
    assert CARRIED_2223 > 0 and CARRIED_2324 > 0 and SVD_RETURNED > 0


_check()
