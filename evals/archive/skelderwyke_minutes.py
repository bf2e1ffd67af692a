"""Partnership AE's Executive Forum, 22 June 2022: formal minutes in STIX General under a minute-book head,
minutes numbered "SSEF/22/14" to "SSEF/22/22", those present in a table with the co-chair in the chair, a
declaration of interest, the clinical commissioning group's last meeting before the integrated care board,
the money of 2022-23 (the Commissioner's grant up, the council's contribution cut), "RESOLVED that" with
parts (a) to (f): awards as asked, one below its ask, a bid deferred, a bid refused as capital works and a
pot set aside for residents' voting; the police co-chair's coming move told under any other business, ACTION
lines and a signature block."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.names import SKELDERWYKE
from evals.archive.skelderwyke_facts import (
    ANALYST,
    ANALYST_POST,
    AVAILABLE_2223,
    CABINET,
    CARRIED_2122,
    CCG_REP,
    CCTV_ASK,
    CLERK,
    CO_CHAIR_COUNCIL,
    CO_CHAIR_POLICE,
    CO_CHAIR_POLICE_OLD,
    COUNCIL_2122,
    COUNCIL_2223,
    CSM,
    DPH,
    EDGE_ASK,
    FIRE_REP,
    GRANT_2122,
    GRANT_2223,
    HALYARD_ASK,
    HALYARD_AWARD,
    HOMES_REP,
    ICB,
    ICB_REP,
    IDVA,
    PANEL_CHAIR,
    PB,
    PB_POT,
    PROBATION,
    VCS_REP,
    WA_REP,
    YJS_REP,
)
from evals.archive.skelderwyke_layout import (
    MIN,
    MIN_CELL,
    MIN_CELL_B,
    MIN_CENTRE,
    MIN_H,
    MIN_HANG,
    MIN_TITLE,
    WIDTH,
    Furniture,
    Signature,
    boxed,
    notice,
    p,
    pounds,
    render,
    weekday_date,
)

TITLE_JUNE = "Safer Skelderwyke Executive Forum minutes, 22 June 2022"
DATE = "2022-06-22"


def write_minutes_june(path: Path) -> Path:
    furniture = Furniture(
        "Executive Forum \u2014 22.06.2022 \u2014 Minutes",
        label="SKELDERWYKE CITY COUNCIL \u00b7 Democratic Services \u00b7 "
        "on behalf of the Safer Skelderwyke Partnership",
        opening="book",
        foot="\u2014 {n} \u2014",
        foot_left="Co-Chair's initials: ........",
    )
    return render(path, _story, Meta(TITLE_JUNE, SKELDERWYKE), furniture)


def _present() -> Flowable:
    rows = [
        ["Name", "Organisation and role"],
        [f"{CO_CHAIR_COUNCIL} (in the chair)", "Skelderwyke City Council, Director of Communities; Co-Chair"],
        [CO_CHAIR_POLICE_OLD, "Northmarch Police, District Commander; Co-Chair"],
        [CABINET, "Skelderwyke City Council, Cabinet Member for Communities"],
        ["Station Manager Kelly Orme", f"Northmarch Fire and Rescue Service (for {FIRE_REP})"],
        [PROBATION, "The Probation Service, Head of Skelderwyke PDU"],
        [CCG_REP, "NHS Skelderwyke CCG, Designated Nurse for Safeguarding Adults"],
        [PANEL_CHAIR, "Office of the Police and Crime Commissioner, Head of Commissioning"],
        [YJS_REP, "Skelderwyke Youth Justice Service, Head of Service"],
        [HOMES_REP, "Skelderwyke Homes, Director of Neighbourhoods"],
        [WA_REP, "Skelderwyke Women's Aid, Chief Executive"],
        [VCS_REP, "Voluntary Action Skelderwyke"],
        [
            "In attendance",
            f"{CSM} (Community Safety Manager), {ANALYST} (Analyst), {CLERK} (Democratic Services)",
        ],
    ]
    return boxed(rows, [170, WIDTH - 170], styles=(MIN_CELL_B, MIN_CELL_B, MIN_CELL, MIN_CELL))


def _minute(number: int, heading: str, *paras: str) -> list[Flowable]:
    return [p(f"SSEF/22/{number}\u2003{heading}", MIN_H), *[p(text, MIN) for text in paras]]


def _story() -> list[Flowable]:
    resolved = [
        f"(a)\u2003that {pounds(IDVA)} be awarded to Skelderwyke Women's Aid for the Independent Domestic "
        "Violence "
        "Adviser service in 2022-23;",
        f"(b)\u2003that {pounds(HALYARD_AWARD)} be awarded to Northmarch Police for Operation Halyard, "
        "against the "
        f"{pounds(HALYARD_ASK)} requested, to fund night-time economy patrols from July to November 2022 "
        "only;",
        f"(c)\u2003that the partnership analyst's half post be funded at {pounds(ANALYST_POST)};",
        f"(d)\u2003that the bid of {pounds(EDGE_ASK)} from Skelderwyke Youth Justice Service for the Edge "
        "of Harm "
        "knife crime programme in secondary schools be deferred to the meeting of 30 November 2022, pending "
        "the "
        "evaluation of the spring pilot;",
        f"(e)\u2003that the bid of {pounds(CCTV_ASK)} from the City Council's CCTV service for the Castle "
        "Quay "
        "camera upgrade be refused, capital works falling outside the Fund, and the service be referred to "
        "the "
        "Council's capital programme;",
        f"(f)\u2003that {pounds(PB_POT)} be set aside for \u201c{PB}\u201d, the partnership's first "
        "participatory "
        "budgeting event, on 15 October 2022, with the Grants Assessment Panel overseeing the arrangements.",
    ]
    return [
        Spacer(1, 2),
        p("SAFER SKELDERWYKE EXECUTIVE FORUM", MIN_TITLE),
        p(
            f"Minutes of the meeting held on {weekday_date(DATE)} at 2.00 pm in Committee Room 2, "
            "Skelderwyke Civic Centre",
            MIN_CENTRE,
        ),
        notice(),
        Spacer(1, 6),
        p("<b>Present</b>", MIN),
        _present(),
        Spacer(1, 4),
        p(
            f"<b>Apologies</b>: {DPH} (Director of Public Health); {FIRE_REP} (represented). The meeting was "
            "quorate.",
            MIN,
        ),
        *_minute(
            14,
            "Declarations of interest",
            f"{WA_REP} declared an interest in item SSEF/22/18(a) as Chief Executive of the provider and "
            "left the "
            "room for that item.",
        ),
        *_minute(
            15,
            "Minutes of the meeting of 16 March 2022 and matters arising",
            "The minutes were agreed as a correct record. Matters arising: the reserve of £10,000 for "
            "domestic "
            "homicide reviews, agreed in March, is now held by the City Council's finance team.",
        ),
        *_minute(
            16,
            "Health representation",
            "The Forum noted that NHS Skelderwyke Clinical Commissioning Group will be abolished on 30 June "
            "2022 "
            f"and that its duties pass to the {ICB} on 1 July 2022. The Co-Chair thanked {CCG_REP}, "
            "attending her "
            f"last meeting; {ICB_REP}, Place Director for Skelderwyke, will represent the ICB from "
            "September.",
        ),
        *_minute(
            17,
            "Neighbourhood Resilience Fund 2022-23",
            f"The Community Safety Manager reported the Commissioner's community safety grant for 2022-23 of "
            f"{pounds(GRANT_2223)} (2021-22: {pounds(GRANT_2122)}). Budget pressures mean the City Council's "
            f"contribution falls from {pounds(COUNCIL_2122)} to {pounds(COUNCIL_2223)}. With "
            f"{pounds(CARRIED_2122)} "
            f"brought forward, {pounds(AVAILABLE_2223)} is available. The Commissioner will commission the "
            "Independent Sexual Violence Adviser service directly from this year, so no bid was made for it. "
            "NOTED.",
        ),
        *_minute(18, "Bids to the Fund", "Six papers were considered. <b>RESOLVED</b>:"),
        *[p(text, MIN_HANG) for text in resolved],
        p("ACTION: NP to write to all applicants by 1 July 2022.", MIN),
        *_minute(
            19,
            "Strategic assessment 2022",
            f"{ANALYST} reported that the data for the calendar years 2019 to 2021 had been collected; a "
            "MoRiLE "
            "workshop would be held on 19 July, and the draft assessment brought to the Forum in the autumn "
            "with "
            "proposed priorities for 2023 to 2026.",
        ),
        *_minute(
            20,
            "Serious Violence Duty",
            "The Forum noted the Home Office guidance. The duty commences on 31 January 2023; the Forum "
            "agreed "
            "that the community safety partnership should be the lead partnership for the duty in "
            "Skelderwyke. "
            "ACTION: NP to report the funding allocation when known.",
        ),
        *_minute(
            21,
            "Any other business",
            f"{CO_CHAIR_POLICE_OLD} announced that he moves to force headquarters at the end of August. "
            f"{CO_CHAIR_POLICE} will succeed him as District Commander and police Co-Chair from 1 September "
            "2022. "
            "The Forum thanked him for three years as Co-Chair.",
        ),
        *_minute(22, "Date of next meeting", "Wednesday 21 September 2022, 2.00 pm, Committee Room 2."),
        Spacer(1, 10),
        Signature("Co-Chair                                         Date", seed=2),
    ]
