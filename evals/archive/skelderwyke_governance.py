"""Partnership AE's governance papers: Terms of Reference version 3 (agreed 30 November 2022, in force from
1 April 2023) in DejaVu Serif on two columns under a graphite tab, with clauses "4.2", a membership table,
the co-chairs, meetings, the quorum and the three levels of funding decision with the old figures stated,
the residents' vote, scoring weights, delivery groups and a version history; and the grants register
2022-23 printed from a database on 5 April 2023, all in DejaVu Sans Mono on landscape pages with a dotted
grid continued across a page break with its header repeated (every decision of the year with its route,
later change, sum awarded and paid, decisions told nowhere else, the year's totals and the sum carried
forward)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.names import SKELDERWYKE
from evals.archive.skelderwyke_facts import (
    AVAILABLE_2223,
    CARRIED_2223,
    CO_CHAIR_POLICE,
    COMMITTED_2223,
    CSM_LIMIT,
    CSM_LIMIT_OLD,
    DHR_ADULT_L,
    HALYARD_RETURNED,
    HOMES_REP,
    MEETINGS,
    MEETINGS_OLD,
    PANEL_LIMIT,
    PANEL_LIMIT_OLD,
    QUORUM,
    QUORUM_OLD,
    SPENT_2223,
    SVD_2223,
    WA_REP,
)
from evals.archive.skelderwyke_layout import (
    COLUMN,
    DB,
    LAND,
    TOR,
    TOR_CLAUSE,
    TOR_H,
    Furniture,
    boxed,
    dbgrid,
    notice,
    p,
    plain,
    pounds,
    render,
)

TITLE_TERMS = "Safer Skelderwyke Executive Forum Terms of Reference, version 3"
TITLE_REGISTER = "Skelderwyke Neighbourhood Resilience Fund grants register 2022-23"
TOR_CELL = TOR.clone("SkTorCell", fontSize=7.4, leading=9, spaceAfter=0)
TOR_CELL_B = TOR_CELL.clone("SkTorCellB", fontName="SkSerifBold")


def write_terms(path: Path) -> Path:
    furniture = Furniture(
        "Terms of Reference v3",
        label="Terms of Reference \u00b7 version 3",
        opening="tab",
        foot="ToR v3 \u00b7 {n}",
    )
    return render(path, _terms, Meta(TITLE_TERMS, SKELDERWYKE), furniture, first="columns")


def write_register(path: Path) -> Path:
    furniture = Furniture(
        "NRF Grants Register 2022-23 (printout)",
        label="Printed from: NRF Grants Register | user: hstrand | 2023-04-05 09:41 | filter: year = 2022-23",
        opening="export",
        foot="Sheet {n} of {total}",
    )
    return render(path, _register, Meta(TITLE_REGISTER, SKELDERWYKE), furniture, first="landscape")


def _clauses(number: int, heading: str, *texts: str) -> list[Flowable]:
    out: list[Flowable] = [p(f"{number}. {heading}", TOR_H)]
    out += [p(f"{number}.{i}\u2003{text}", TOR_CLAUSE) for i, text in enumerate(texts, 1)]
    return out


def _terms() -> list[Flowable]:
    members = [
        ["Body", "Represented by", "RA", "Vote"],
        [
            "Skelderwyke City Council",
            "Director of Communities (Co-Chair); Cabinet Member for Communities",
            "Yes",
            "2",
        ],
        ["Northmarch Police", "District Commander (Co-Chair)", "Yes", "1"],
        ["Northmarch Fire and Rescue Service", "Group Manager, Prevention", "Yes", "1"],
        ["The Probation Service", "Head of Skelderwyke PDU", "Yes", "1"],
        ["NHS Northmarch and Skelder Vale ICB", "Place Director", "Yes", "1"],
        ["Office of the Police and Crime Commissioner", "Head of Commissioning", "No", "1"],
        ["Public Health", "Director of Public Health", "No", "1"],
        ["Youth Justice Service", "Head of Service", "No", "1"],
        ["Skelderwyke Homes", "Director of Neighbourhoods", "No", "1"],
        ["Skelderwyke Women's Aid", "Chief Executive", "No", "1"],
        ["Voluntary Action Skelderwyke", "Chief Officer", "No", "1"],
    ]
    history = [
        ["No.", "Agreed", "Change"],
        ["1", "April 2019", "The Executive Forum replaces the Safer Skelderwyke Board"],
        ["2", "March 2021", f"Grants Assessment Panel created, limit {pounds(PANEL_LIMIT_OLD)}"],
        ["3", "30 November 2022", "Meetings, quorum and limits; residents' vote; in force 1 April 2023"],
    ]
    return [
        p("Safer Skelderwyke Executive Forum", TOR_H.clone("SkTorTitle", fontSize=16, leading=19)),
        p("Terms of Reference and Funding Protocol \u2014 version 3", TOR),
        notice(COLUMN),
        *_clauses(
            1,
            "Purpose",
            "The Executive Forum is the strategic body of the Skelderwyke Community Safety Partnership, "
            "which "
            "works as \u201cSafer Skelderwyke\u201d, under the Crime and Disorder Act 1998.",
            "It sets the partnership's priorities from a strategic assessment, agrees the partnership plan, "
            "and "
            "spends the Neighbourhood Resilience Fund.",
        ),
        *_clauses(
            2, "Membership", "The members are set out in the table below. RA marks a responsible authority."
        ),
        boxed(
            members,
            [74, COLUMN - 136, 28, 34],
            figs=(3,),
            styles=(TOR_CELL_B, TOR_CELL_B, TOR_CELL, TOR_CELL),
        ),
        *_clauses(
            3,
            "Chairing",
            "The Forum has two Co-Chairs: the City Council's Director of Communities and the Northmarch "
            "Police "
            "District Commander for Skelderwyke. They agree between them who chairs each meeting.",
            "If neither Co-Chair is present, the members present choose one of themselves to chair the "
            "meeting.",
        ),
        *_clauses(
            4,
            "Meetings",
            f"From 1 April 2023 the Forum meets {MEETINGS}. Until then it met {MEETINGS_OLD}.",
            "Papers are sent five working days before a meeting. Minutes are taken by the City Council's "
            "Democratic Services.",
        ),
        *_clauses(
            5,
            "Quorum",
            f"A meeting is quorate with {QUORUM}.",
            f"Under version 2 the quorum was {QUORUM_OLD}.",
        ),
        *_clauses(
            6,
            "Funding decisions",
            "The Forum decides every bid to the Neighbourhood Resilience Fund of more than "
            f"{pounds(PANEL_LIMIT)}.",
            f"The Grants Assessment Panel decides bids of up to {pounds(PANEL_LIMIT)} (previously "
            f"{pounds(PANEL_LIMIT_OLD)}). It is chaired by the Commissioner's Head of Commissioning and is "
            "quorate with three members, one of them from the Commissioner's office or the Community Safety "
            "Manager.",
            f"The Community Safety Manager may approve micro-grants of up to {pounds(CSM_LIMIT)} (previously "
            f"{pounds(CSM_LIMIT_OLD)}) under delegated powers and reports them to the next Forum.",
            "Each year the Forum may set aside a pot for \u201cYour Street, Your Say\u201d, at which "
            "residents "
            "vote on bids of up to £3,000 from community groups.",
            "The Fund does not pay for capital works, or for services another body already funds.",
            "Bids are scored out of 100: fit with the priorities 40, evidence of need 25, value for money "
            "20, "
            "sustainability 15. A bid scoring under 55 is not funded.",
        ),
        *_clauses(
            7,
            "Delivery groups",
            f"Domestic Abuse and VAWG Delivery Group, chaired by {WA_REP}; Serious Violence Duty Group, "
            "chaired by "
            f"{CO_CHAIR_POLICE}; ASB and Neighbourhoods Group, chaired by {HOMES_REP}.",
            "Exploitation and county lines are led by the Safeguarding Children Partnership's exploitation "
            "sub-group, which reports to the Forum twice a year.",
        ),
        *_clauses(8, "Version history", "Versions of these terms:"),
        boxed(history, [26, 76, COLUMN - 102], styles=(TOR_CELL_B, TOR_CELL_B, TOR_CELL, TOR_CELL)),
    ]


# Register rows, two lines each: ref | project | applicant | route | decided | asked, then (indented)
# decision | later change | awarded | paid | status.
_REGISTER = """
NRF22-01 | IDVA service | Skelderwyke Women's Aid | SSEF | 2022-06-22 | 24000
    APPROVED |  | 24000 | 24000 | CLOSED
NRF22-02 | Operation Halyard | Northmarch Police | SSEF | 2022-06-22 | 18500
    APPROVED (REDUCED)|2022-11-30 increased to 17250; 1320 returned unspent 2023-03-31|17250|15930|CLOSED
NRF22-03 | Partnership analyst (half post) | Skelderwyke City Council | SSEF | 2022-06-22 | 20000
    APPROVED |  | 20000 | 20000 | CLOSED
NRF22-04 | Edge of Harm | Skelderwyke Youth Justice Service | SSEF | 2022-06-22 | 12800
    DEFERRED | 2022-11-30 approved at 11200 | 11200 | 5600 | OPEN
NRF22-05 | Castle Quay CCTV upgrade | SCC CCTV service | SSEF | 2022-06-22 | 22000
    REFUSED |  | 0 | 0 | CLOSED
NRF22-06 | Your Street, Your Say pot | Community groups (10) | SSEF/PB | 2022-06-22 | 20000
    APPROVED | 2022-10-15 residents' vote | 20000 | 20000 | CLOSED
GAP22/05 | Hollin Park detached youth work | Skelderwyke YMCA | GAP | 2022-09-14 | 8400
    APPROVED (LIMIT) |  | 8000 | 8000 | CLOSED
GAP22/06 | Mobile CCTV van | Skelderwyke Homes | GAP | 2022-09-09 | 7900
    WITHDRAWN |  | 0 | 0 | CLOSED
GAP22/07 | Gloves Not Knives | Hollin Park ABC | GAP | 2022-09-14 | 7500
    APPROVED |  | 7500 | 7500 | CLOSED
GAP22/08 | Ashgrove Safe Haven shops | Skelderwyke BID | GAP | 2022-09-14 | 4200
    APPROVED (REDUCED) | 2023-01-16 withdrawn by applicant (BID levy pays); 3600 released | 0 | 0 | CLOSED
GAP22/09 | Hate crime reporting centres | Skelderwyke Interfaith Forum | GAP | 2022-09-14 | 2900
    DEFERRED | 2022-12-07 approved | 2900 | 2900 | CLOSED
GAP22/10 | Rough sleeper outreach | Saltmarsh Trust | GAP | 2022-09-14 | 6000
    DECLINED |  | 0 | 0 | CLOSED
CSM22-02 | Bike marking | Northmarch Police (Tenterholme NPT) | CSM | 2022-09-20 | 1200
    APPROVED | referred by GAP 2022-09-14 | 1200 | 1200 | CLOSED
GAP22/12 | Night Pastors | Skelderwyke Night Pastors | GAP | 2022-09-14 | 5800
    APPROVED |  | 5800 | 5800 | CLOSED
GAP22/13 | ReThink Behaviour Programme | Northmarch Change CIC | GAP>SSEF | 2022-11-30 | 16000
    APPROVED (REDUCED) | recommended by GAP 2022-09-14 | 14500 | 7250 | OPEN
NRF22-07 | Kickstart Friday football | Skelderwyke Town FC Foundation | SSEF | 2022-11-30 | 9500
    REFUSED |  | 0 | 0 | CLOSED
GAP22/14 | Brinkley Fields youth shelter | Brinkley Fields Residents' Assoc. | GAP | 2022-12-07 | 7200
    DECLINED | capital works | 0 | 0 | CLOSED
CSM23-01 | Anti-spiking test kits | SCC Licensing | CSM | 2023-01-10 | 640
    APPROVED |  | 640 | 640 | CLOSED
GAP23/02 | Neighbourhood Watch signs | Cobb Hill Neighbourhood Watch | GAP | 2023-03-08 | 1100
    APPROVED | not funded at the PB vote 2022-10-15 | 1100 | 1100 | CLOSED
DHR-L | Domestic homicide review (Adult L) | Independent chair | SSEF (reserve) | 2023-03-15 | {dhr}
    APPROVED | from the DHR reserve, not the Fund | {dhr} | 3250 | OPEN
"""
_LINES = _REGISTER.format(dhr=DHR_ADULT_L).strip().splitlines()
REGISTER = [
    [cell.strip() for cell in f"{first}|{second}".split("|")]
    for first, second in zip(_LINES[0::2], _LINES[1::2], strict=True)
]


def _register() -> list[Flowable]:
    head = [
        "Ref",
        "Project",
        "Applicant",
        "Route",
        "Decided",
        "Asked",
        "Decision",
        "Later change",
        "Awarded",
        "Paid",
        "Status",
    ]
    rows = [head, *REGISTER]
    totals = [
        ["Year totals 2022-23 (Fund only)", "GBP"],
        ["Available (grant 101000 + council 30000 + brought forward 15300)", plain(AVAILABLE_2223)],
        ["Awarded", plain(COMMITTED_2223)],
        ["Returned unspent", plain(HALYARD_RETURNED)],
        ["Net spend", plain(SPENT_2223)],
        ["Carried forward to 2023-24", plain(CARRIED_2223)],
        ["Serious Violence Duty grant (ring-fenced, received 2023-02-20, held for 2023-24)", plain(SVD_2223)],
    ]
    return [
        p(
            "NEIGHBOURHOOD RESILIENCE FUND - GRANTS REGISTER - 2022-23",
            DB.clone("SkDbTitle", fontName="SkMonoBold", fontSize=10),
        ),
        notice(LAND, DB),
        Spacer(1, 4),
        p(
            "Routes: SSEF = Executive Forum; GAP = Grants Assessment Panel; CSM = Community Safety Manager "
            "(delegated); PB = residents' vote. Sums in GBP.",
            DB,
        ),
        dbgrid(rows, [46, 96, 100, 50, 54, 38, 78, 128, 44, 38, LAND - 672], figs=(5, 8, 9)),
        Spacer(1, 8),
        dbgrid(totals, [330, 70], figs=(1,)),
    ]
