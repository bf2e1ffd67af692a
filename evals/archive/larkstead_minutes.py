"""Partnership AA's Leadership Board in three styles. The meeting of 12 July 2023 as formal minutes: a
framed table of those present with their initials, items numbered "LB/23/18" with paragraphs numbered
"18.1", decisions after "The Board AGREED:" lettered (a) to (d) (an award, one below its ask, a bid
deferred for match funding and one declined as duplicating another bid), interests declared and a table of
actions. The meeting of 18 October 2023 as action notes, each item a card with a petrol title bar (a
delegated grant reported, the deferred bid approved, two bids approved and one declined for covering
private homes, the Chair's notice that she would stand down) and a checklist of actions with tick boxes.
The meeting of 24 January 2024 as a one-page decision sheet with the votes for, against and abstaining (a
new Chair, the priorities for 2024-27 with one added to the assessment's three, an award, a deferral, an
award withdrawn part-paid, a variation delegated to an officer)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.larkstead_facts import (
    ALLOCATION_2223,
    ALLOCATION_2324,
    ANALYST,
    AVAILABLE_2324,
    CARRIED_2223,
    CHAIR,
    CHAIR_OLD,
    COMPASS_ASK,
    COUNTY_PH_2324,
    COUNTY_REP,
    DISTRICT_2324,
    FIRE_REP,
    HARRIER_ASK,
    HARRIER_AWARD,
    HEAD,
    HOSTS_AWARD,
    HOSTS_PAID,
    HOUSING_REP,
    ICB_REP,
    LEAGUE_FIRST,
    OFFICER,
    OPFCC_REP,
    PRIORITIES_2427,
    PROBATION,
    PUBLIC_HEALTH,
    VICE_OLD,
    WA_REP,
    YOUTH_AWARD,
    YOUTH_REP,
)
from evals.archive.larkstead_layout import (
    SMALL,
    WIDTH,
    Furniture,
    card,
    framed,
    masthead,
    numbered,
    p,
    pounds,
    render_pages,
    subheading,
    tick,
)
from evals.archive.names import LARKSTEAD

TITLE_JULY = "Larkstead CSP Leadership Board: minutes, 12 July 2023"
TITLE_OCTOBER = "Larkstead CSP Leadership Board: action notes, 18 October 2023"
TITLE_JANUARY = "Larkstead CSP Leadership Board: decision sheet, 24 January 2024"


def write_minutes_july(path: Path) -> Path:
    furniture = Furniture(
        "Leadership Board minutes LB/23/14 to LB/23/22",
        kind="LEADERSHIP BOARD",
        foot="LB/23 minutes | {n} of {total}",
        foot_at="outer",
    )
    return render_pages(path, _july, Meta(TITLE_JULY, LARKSTEAD), furniture)


def write_notes_october(path: Path) -> Path:
    furniture = Furniture(
        "Action notes 2023-10-18",
        kind="LEADERSHIP BOARD",
        foot="Action notes 2023-10-18 · {n}",
        foot_at="right",
    )
    return render_pages(path, _october, Meta(TITLE_OCTOBER, LARKSTEAD), furniture)


def write_decisions_january(path: Path) -> Path:
    furniture = Furniture(
        "Decision sheet 24.1.24", kind="LEADERSHIP BOARD", foot="Decision sheet 24.1.24 — {n}/{total}"
    )
    return render_pages(path, _january, Meta(TITLE_JANUARY, LARKSTEAD), furniture)


def _item(number: str, title: str) -> Flowable:
    return subheading(f"LB/23/{number} &nbsp; {title}")


def _para(number: str, text: str) -> Flowable:
    """A numbered paragraph with a hanging number: "18.1"."""
    return p(f"<b>{number}</b>&nbsp;&nbsp; {text}")


def _july() -> list[Flowable]:
    present = [
        ["", "Name", "Organisation"],
        ["DH", f"{CHAIR_OLD} (Chair)", "Larkstead District Council"],
        ["RB", f"{VICE_OLD} (Vice-Chair)", "Corringshire Constabulary"],
        ["HP", COUNTY_REP, "Corringshire County Council"],
        ["MT", PUBLIC_HEALTH, "Corringshire County Council, Public Health"],
        ["SR", FIRE_REP, "Corringshire Fire and Rescue Service"],
        ["KD", PROBATION, "The Probation Service"],
        ["GS", OPFCC_REP, "Office of the Police, Fire and Crime Commissioner"],
        ["JP", WA_REP, "Larkstead and District Women's Aid"],
        ["DL", YOUTH_REP, "Larkstead Youth Trust"],
    ]
    actions = [
        ["No.", "Action", "Who", "By"],
        ["23/09", "Write to each bidder with the Board's decision", "BC", "21.07.23"],
        ["23/10", "Confirm whether the county's public health money can match LSF23-03", "MT", "30.09.23"],
        ["23/11", "Send the assessment timetable to the delivery group leads", "PD", "31.07.23"],
        [
            "23/04",
            "Information sharing agreement with Lark Valley Housing (carried forward)",
            "SA",
            "18.10.23",
        ],
    ]
    return [
        *masthead(
            "Leadership Board · Minutes",
            "Minutes of the Leadership Board",
            "Wednesday 12 July 2023 at 10.00am, Council Chamber, Larkstead House",
        ),
        Spacer(1, 6),
        subheading("Present"),
        framed(present, (34, 200, WIDTH - 234)),
        Spacer(1, 4),
        p(
            f"<b>In attendance:</b> {HEAD}, Head of Communities (SA); {OFFICER}, Community Safety "
            "Partnership "
            f"Officer, minutes (BC); {ANALYST}, Senior Analyst, for LB/23/19 (PD)."
        ),
        p(f"<b>Apologies:</b> {ICB_REP} (NHS Corringshire ICB); {HOUSING_REP} (Lark Valley Housing)."),
        _item("14", "Welcome, apologies and quorum"),
        _para(
            "14.1",
            "The Chair welcomed members. Apologies were received as above. The meeting was quorate, with "
            "nine members present and five responsible authorities represented.",
        ),
        _item("15", "Declarations of interest"),
        _para(
            "15.1", "JP declared an interest in bid LSF23-01 and left the meeting for that part of LB/23/18."
        ),
        _para("15.2", "DL declared an interest in bid LSF23-03 and took no part in the discussion of it."),
        _item("16", "Minutes of the meeting of 19 April 2023 and matters arising"),
        _para("16.1", "The minutes were agreed as a correct record and signed by the Chair."),
        _para(
            "16.2",
            "Action 23/04, the information sharing agreement with Lark Valley Housing, is carried forward.",
        ),
        _item("17", "Local Safety Fund 2023-24: the budget"),
        _para(
            "17.1",
            f"SA reported that the Commissioner's allocation for 2023-24 is {pounds(ALLOCATION_2324)}, down "
            f"from {pounds(ALLOCATION_2223)}. The district council's contribution remains "
            f"{pounds(DISTRICT_2324)}. For the first time the county council has given "
            f"{pounds(COUNTY_PH_2324)} from its public health grant, ring-fenced for work on exploitation "
            "and "
            f"substance misuse. With {pounds(CARRIED_2223)} brought forward, {pounds(AVAILABLE_2324)} is "
            "available.",
        ),
        _para(
            "17.2", "The Board agreed to set aside £6,000 for analyst time to write the strategic assessment."
        ),
        _item("18", "Local Safety Fund 2023-24: bids"),
        _para("18.1", "Four bids had been scored by officers against the Partnership Plan 2022-24."),
        _para("18.2", "The Board AGREED:"),
        numbered(
            [
                "to award £14,000 to Larkstead and District Women's Aid for a second year of the rural "
                "outreach IDVA (LSF23-01), as asked;",
                f"to award {pounds(HARRIER_AWARD)} to Corringshire Constabulary for Operation Harrier "
                "(LSF23-02) "
                f"against {pounds(HARRIER_ASK)} asked, paying for the patrols in full and for 14 trail "
                "cameras "
                "rather than the 20 asked for;",
                "to defer the bid of £9,600 from Larkstead Youth Trust for detached youth work in Marlpit "
                "and "
                "Coldwell (LSF23-03) to the meeting of 18 October 2023, until the county council confirms "
                "whether its public health money can be used as match funding;",
                "to decline the bid of £18,500 from the district council's Parks and Open Spaces team for "
                "footpath lighting in Brookside Park (LSF23-04), because the same lighting is already "
                "included "
                "in the county council's bid to round 5 of the Safer Streets Fund and would be paid for "
                "twice.",
            ],
            kind="a",
            form="(%s)",
        ),
        _item("19", "Strategic Assessment 2023"),
        _para(
            "19.1",
            "PD set out the timetable: data to be extracted in early September, a scoring workshop with the "
            "delivery group leads on 26 October, and the full assessment to the Board in November 2023.",
        ),
        _para("19.2", "The Board will adopt priorities for 2024-27 at its meeting in January 2024."),
        _item("20", "Serious Violence Duty"),
        _para(
            "20.1",
            "GS reported that the county's serious violence strategy will be published in January 2024. "
            "Larkstead's strategic assessment will feed into the county's needs assessment.",
        ),
        _item("21", "Any other business"),
        _para(
            "21.1",
            "SA said that Larkstead Town Hosts would apply for a second year; a bid below the delegated "
            "limit "
            "could be decided by him over the summer and reported to the next meeting.",
        ),
        _item("22", "Date of next meeting"),
        _para("22.1", "Wednesday 18 October 2023 at 10.00am, Larkstead House."),
        subheading("Actions"),
        framed(actions, (40, 300, 50, WIDTH - 390)),
        p("BC Bethan Caddick · MT Marion Tebbutt · PD Priyanka Dhillon · SA Simon Akinbiyi", SMALL),
    ]


def _october() -> list[Flowable]:
    return [
        *masthead(
            "Leadership Board · Action notes",
            "Leadership Board: action notes",
            "2023-10-18, 14:00 to 15:45, online (Microsoft Teams). Notes: Bethan Caddick",
        ),
        Spacer(1, 6),
        p(
            "<b>Present:</b> DH (Chair), RB (Vice-Chair), HP, MT, SR, KD, NO, GS, JP, FM. "
            "<b>Apologies:</b> DL. "
            "<b>Quorum:</b> met (seven responsible-authority members). The meeting moved online because the "
            "Council Chamber was in use for an election count rehearsal."
        ),
        card(
            "1. Notes of 12 July 2023",
            "Agreed",
            [
                p(
                    "Agreed as a correct record. Actions 23/09 and 23/11 done. Action 23/10 done: the county "
                    "council confirmed on 22 September that its public health money can fund LSF23-03. "
                    "Action "
                    "23/04 still open."
                )
            ],
        ),
        Spacer(1, 6),
        card(
            "2. Decision under delegated powers",
            "Noted",
            [
                p(
                    f"On 4 September 2023 the Head of Communities approved {pounds(HOSTS_AWARD)} to "
                    "Larkstead "
                    "Town Hosts for volunteer hosts on Friday and Saturday nights (LSF23-05), under his "
                    "delegated limit of £4,000."
                )
            ],
        ),
        Spacer(1, 6),
        card(
            "3. Detached youth work, Marlpit and Coldwell (LSF23-03)",
            "Deferred on 12 July 2023",
            [
                p(
                    f"<b>Decision:</b> APPROVED in full, {pounds(YOUTH_AWARD)}, paid from the county "
                    "council's "
                    "ring-fenced public health money. DL was absent."
                )
            ],
        ),
        Spacer(1, 6),
        card(
            "4. New bids",
            "Three bids",
            [
                p(
                    "<b>LSF23-06</b> Larkstead Older People's Forum, Scam Savvy workshops in village halls "
                    "and "
                    "sheltered housing, £4,750. <b>Decision:</b> APPROVED."
                ),
                p(
                    f"<b>LSF23-07</b> Fernside Community Sports Trust, Midnight League year 2, 30 Friday "
                    f"sessions from November 2023 to June 2024, {pounds(LEAGUE_FIRST)}. <b>Decision:</b> "
                    "APPROVED."
                ),
                p(
                    "<b>LSF23-08</b> Cobbett Road Residents' Association, four CCTV cameras on Cobbett Road, "
                    "£5,900. <b>Decision:</b> DECLINED: the cameras would look onto private homes and "
                    "gardens, "
                    "no data protection impact assessment had been done, and the benefit would be confined "
                    "to "
                    "one street. The association was referred to the Neighbourhood Watch Association."
                ),
            ],
        ),
        Spacer(1, 6),
        card(
            "5. Strategic Assessment 2023: first findings",
            "Priyanka Dhillon",
            [
                p(
                    "Recorded crime rose by 6.7% in 2022 and shoplifting by more than a third. A development "
                    "session on 22 November 2023 will look at the full assessment and draft priorities."
                )
            ],
        ),
        Spacer(1, 6),
        card(
            "6. Chair of the Board",
            "Cllr Denise Harwood",
            [
                p(
                    "DH told the Board that she expects to be elected Leader of the council in December and "
                    "will then stand down as Chair. A new Chair will be elected at the January meeting. "
                    "Nominations to BC by 10 January 2024; RB will chair until then if needed."
                )
            ],
        ),
        Spacer(1, 6),
        card(
            "7. Any other business and next meeting",
            "",
            [
                p(
                    "GS: the Commissioner's letter with allocations for 2024-25 is expected in February. "
                    "<b>Next meeting:</b> Wednesday 24 January 2024, 14:00, Larkstead House."
                )
            ],
        ),
        Spacer(1, 8),
        subheading("Actions"),
        *[
            p(f"{tick(done)}&nbsp; {text}", SMALL)
            for done, text in (
                (True, "23/12 BC: write to the bidders for LSF23-06, 07 and 08 (done 20 October)"),
                (False, "23/13 PD: circulate the draft assessment a week before 22 November"),
                (False, "23/14 BC: invite nominations for Chair, closing 10 January 2024"),
                (False, "23/04 SA: information sharing agreement with Lark Valley Housing"),
            )
        ],
        p(
            "Initials: DH Denise Harwood, RB Ravi Bhandari, HP Hugh Pennington, MT Marion Tebbutt, SR Sian "
            "Rowlands, KD Kieran Dacre, NO Nadia Ostrowska, GS Graham Stott, JP Joanne Pegler, FM Fiona "
            "McAllister, DL Dwayne Lister, BC Bethan Caddick, PD Priyanka Dhillon, SA Simon Akinbiyi.",
            SMALL,
        ),
    ]


def _january() -> list[Flowable]:
    rows = [
        ["No.", "Subject", "Decision", "For / against / abstain"],
        [
            "D1",
            "Election of Chair",
            f"{CHAIR}, Portfolio Holder for Communities, elected Chair of the Board until the annual meeting "
            f"in April 2025. The Board thanked {CHAIR_OLD}, Chair since 2019, now Leader of the council.",
            "10 / 0 / 0",
        ],
        [
            "D2",
            "Priorities 2024-27",
            "The strategic assessment's three recommended priorities ADOPTED, with a fourth added: "
            + "; ".join(f"({i}) {t}" for i, t in enumerate(PRIORITIES_2427, 1))
            + ". Rural and heritage crime ceases to be a priority of its own.",
            "8 / 1 / 1",
        ],
        [
            "D3",
            "LSF23-10 Fire and Rescue: home fire safety visits for domestic abuse victims",
            "APPROVED, £2,600, as asked.",
            "10 / 0 / 0",
        ],
        [
            "D4",
            "LSF23-11 Project Compass youth mentoring, Larkstead Mosque and Community Centre",
            f"DEFERRED ({pounds(COMPASS_ASK)} asked) to 17 April 2024, until the centre has adopted a "
            "safeguarding policy.",
            "9 / 0 / 1",
        ],
        [
            "D5",
            "LSF23-05 Larkstead Town Hosts",
            f"The group was wound up on 15 December 2023. The award of {pounds(HOSTS_AWARD)} is WITHDRAWN. "
            f"The {pounds(HOSTS_PAID)} paid for September to November is not recovered; the unpaid "
            f"{pounds(HOSTS_AWARD - HOSTS_PAID)} returns to the fund.",
            "10 / 0 / 0",
        ],
        [
            "D6",
            "LSF23-07 Midnight League",
            "Fernside Leisure Centre closed on 8 January 2024 for roof repairs. The Head of Communities is "
            "authorised to reduce the award in line with the sessions delivered, in consultation with the "
            "Chair.",
            "10 / 0 / 0",
        ],
        [
            "D7",
            "Terms of Reference",
            "Officers to bring a revised Terms of Reference to the April meeting, with proposals to raise "
            "the "
            "quorum and the delegated limit.",
            "10 / 0 / 0",
        ],
    ]
    return [
        *masthead(
            "Leadership Board · Decision sheet",
            "Decision sheet",
            "Leadership Board, 24.1.24, 2pm, Larkstead House. Ten voting members present: quorate.",
        ),
        Spacer(1, 6),
        p(
            f"{VICE_OLD}, Vice-Chair, chaired D1. {CHAIR} chaired the rest of the meeting. The full notes "
            "will "
            "follow; this sheet records only what was decided."
        ),
        framed(rows, (30, 120, WIDTH - 230, 80)),
        Spacer(1, 6),
        p(
            "D2: the member voting against (the Commissioner's office) preferred fraud to be handled by the "
            "Commissioner's county-wide fraud work, as the assessment recommended."
        ),
        p("<b>Next meeting:</b> Wednesday 17 April 2024, 10.00am, Larkstead House (annual meeting)."),
        p(f"Issued by {OFFICER}, Community Safety Partnership Officer, on 26 January 2024.", SMALL),
    ]
