"""Partnership AI's Executive, 14 July 2022: formal minutes in Times under the council's crest, a running head
centred between two slate rules and a foot "Executive 14.7.2022 – page n of total" centred. Those present,
in attendance and apologies as paragraphs, the quorum; minutes numbered "14." to "22." with paragraphs
"17.1", "17.2" and resolutions "RESOLVED – (a) that ..." with every sum in pounds and pence ("£12,400.00"):
declarations of interest, matters arising (the Integrated Care Board replacing the CCG), the fund's money
for 2022-23 with the Mayor's grant and the city region's total, the year's bids (awarded as asked and below
their asks, a bid deferred for costings, a bid declined as road safety, the Grants Sub-Group's pot and
limit), the Serious Violence Duty, the assessment's timetable, a domestic homicide review and the dates of
the next meetings."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.ellerdyke_facts import (
    ADVOCATE_2223,
    ADVOCATE_ASK_2223,
    ANALYST,
    ANALYST_2223,
    AVAILABLE_2223,
    BF_2223,
    CCTV_ASK,
    CHAIR,
    CHAIR_OLD,
    CITY_REGION_GRANT,
    CLERK,
    COUNCIL_2223,
    DA_REP,
    DIRECTOR,
    DMPC_REP,
    FIRE_REP,
    GRANT_2223,
    HOUSING_REP,
    HUB_2223,
    ICB_REP,
    IDVA_2223,
    OFFICER,
    PH_REP,
    POT_2223,
    PROBATION_REP,
    RESERVE_OPEN_2223,
    RINGFIT_2223,
    RINGFIT_ASK_2223,
    SPEEDWATCH,
    SUBGROUP_LIMIT_OLD,
    VCS_REP,
    YJS_REP,
)
from evals.archive.ellerdyke_layout import (
    MIN,
    MIN_CENTRE,
    MIN_H,
    MIN_TITLE,
    Furniture,
    notice,
    p,
    pence,
)
from evals.archive.ellerdyke_layout import render as render_pages
from evals.archive.names import ELLERDYKE

TITLE_JULY = "Ellerdyke Community Safety Partnership Executive minutes, 14 July 2022"
RESOLVED = MIN.clone("ElMinResolved", leftIndent=22)


def write_minutes_july(path: Path) -> Path:
    furniture = Furniture(
        "Ellerdyke CSP Executive \u2013 14th July 2022",
        label="Democratic Services \u2013 committee minutes",
        opening="crest",
        head_place="centre",
        foot="Executive 14.7.2022 \u2013 page {n} of {total}",
        place="centre",
    )
    return render_pages(path, _story, Meta(TITLE_JULY, ELLERDYKE), furniture)


def _minute(number: int, subject: str, *paras: str, resolved: str = "") -> list[Flowable]:
    """A minute: its number and subject, its numbered paragraphs, then what was resolved."""
    flow: list[Flowable] = [p(f"{number}.&nbsp;&nbsp;&nbsp;{subject.upper()}", MIN_H)]
    flow += [p(f"{number}.{i}&nbsp;&nbsp;&nbsp;{text}", MIN) for i, text in enumerate(paras, 1)]
    if resolved:
        flow.append(p(f"<b>RESOLVED</b> \u2013 {resolved}", RESOLVED))
    return flow


def _story() -> list[Flowable]:
    return [
        Spacer(1, 4),
        notice(),
        Spacer(1, 8),
        p("ELLERDYKE COMMUNITY SAFETY PARTNERSHIP", MIN_TITLE),
        p("EXECUTIVE", MIN_TITLE),
        p(
            "Minutes of the meeting held on Thursday 14th July 2022 at 10.00 am in Committee Room 3, "
            "Ellerdyke Town Hall",
            MIN_CENTRE,
        ),
        Spacer(1, 6),
        p(
            f"<b>Present:</b> {CHAIR_OLD} (Chair), Cabinet Member for Stronger Communities, Ellerdyke "
            f"Metropolitan Borough Council; {CHAIR} (Vice-Chair), Dunsmere Police; {FIRE_REP}, Dunsmere Fire "
            f"and Rescue Service; {PROBATION_REP}, the Probation Service; {ICB_REP}, NHS Dunsmere Integrated "
            f"Care Board; {PH_REP}, Ellerdyke Public Health; {DMPC_REP}, Office of the Deputy Mayor for "
            f"Policing and Crime; {DA_REP}, Ellerdyke Women's Aid; {VCS_REP}, Ellerdyke Voluntary Action.",
            MIN,
        ),
        p(
            f"<b>In attendance:</b> {DIRECTOR}, Director of Neighbourhoods; {OFFICER}, Head of Safer "
            f"Communities; {ANALYST}, Partnership Analyst; {CLERK}, Democratic Services.",
            MIN,
        ),
        p(
            f"<b>Apologies:</b> {YJS_REP}, Ellerdyke Youth Justice Service; {HOUSING_REP}, Saxonholt Homes.",
            MIN,
        ),
        p(
            "<b>Quorum:</b> the meeting was quorate, with nine members present from five responsible "
            "authorities.",
            MIN,
        ),
        *_minute(
            14,
            "Welcome and apologies",
            "The Chair welcomed members, in particular Dr Varsani, attending for the first time for the "
            "Integrated Care Board. Apologies were noted as above.",
        ),
        *_minute(
            15,
            "Declarations of interest",
            "Joanna Rimmington declared an interest in the bid from Ellerdyke Women's Aid at minute 18 and "
            "left the room while it was decided. Imogen Dexter declared that Ellerdyke Voluntary Action "
            "supports several of the bidders but has no financial interest in their bids.",
        ),
        *_minute(
            16,
            "Minutes of the annual meeting of 19th May 2022 and matters arising",
            "The minutes were agreed as a correct record. At that meeting Councillor Oyetunde was elected "
            "Chair for a second year and Chief Superintendent Hursthouse Vice-Chair.",
            "NHS Ellerdyke Clinical Commissioning Group was abolished on 30th June 2022 and its seat on the "
            "Executive passed to NHS Dunsmere Integrated Care Board from 1st July 2022.",
        ),
        *_minute(
            17,
            "Safer Ellerdyke Fund: the money for 2022/23",
            f"The Head of Safer Communities reported that the Mayor of Dunsmere had confirmed the Mayor's "
            f"Community Safety Grant for 2022/23 at {pence(GRANT_2223)}, Ellerdyke's share of "
            f"{CITY_REGION_GRANT} across the city region's five boroughs.",
            f"With the Council's contribution of {pence(COUNCIL_2223)} and {pence(BF_2223)} brought forward "
            f"from 2021/22, {pence(AVAILABLE_2223)} is available in 2022/23. The Partnership Reserve, held "
            f"by the Council and released only by the Executive, stood at {pence(RESERVE_OPEN_2223)} on 1st "
            "April 2022.",
            resolved="that the report be noted.",
        ),
        *_minute(
            18,
            "Safer Ellerdyke Fund: bids for 2022/23",
            "The Executive considered seven bids scored by officers against the partnership's priorities "
            "for 2020-23, value for money and evidence of need.",
            "Members asked for firm quotes and a maintenance plan before deciding on the Bridgegate CCTV "
            "upgrade, and noted that road safety is for the Dunsmere Road Safety Partnership.",
            resolved=(
                f"<br/>(a) that {pence(IDVA_2223)} be awarded to Ellerdyke Women's Aid for the Independent "
                "Domestic Violence Adviser (IDVA) service, as sought;<br/>"
                f"(b) that {pence(ADVOCATE_2223)} be awarded to Dunsmere Victim Care for the ASB victim "
                f"advocate (the bid sought {pence(ADVOCATE_ASK_2223)});<br/>"
                f"(c) that {pence(RINGFIT_2223)} be awarded to Cinder Lane Boxing Club for Ring Fit youth "
                f"diversion in Hobbleswade and Tunstead (the bid sought {pence(RINGFIT_ASK_2223)});<br/>"
                f"(d) that {pence(ANALYST_2223)} be awarded to the Council towards the partnership analyst "
                "post for 2022/23;<br/>"
                f"(e) that {pence(HUB_2223)} be awarded to Ellerdyke Nightlight Volunteers for the "
                "Bridgegate Welfare Hub on Friday and Saturday nights;<br/>"
                f"(f) that the bid of {pence(CCTV_ASK)} from the Council's CCTV service for the Bridgegate "
                "CCTV upgrade be deferred to the meeting on 8th December 2022 pending firm costings and a "
                "maintenance plan;<br/>"
                f"(g) that the bid of {pence(SPEEDWATCH)} from Otterlade Residents' Association for a "
                "community speedwatch scheme be declined, road safety not being a priority of the "
                "partnership;<br/>"
                f"(h) that {pence(POT_2223)} be delegated to the Grants Sub-Group for an autumn small "
                f"grants round for bids of up to {pence(SUBGROUP_LIMIT_OLD)} (closing date 16th September "
                "2022; Sub-Group to meet on 6th October 2022)."
            ),
        ),
        *_minute(
            19,
            "Serious Violence Duty",
            "The Director of Neighbourhoods reported that the Serious Violence Duty will apply from 31st "
            "January 2023. The Dunsmere Violence Reduction Unit will lead a strategic needs assessment for "
            "the city region, and each borough's partnership must agree a local response strategy.",
            resolved="that the Director report on the local response to the meeting of 8th December 2022.",
        ),
        *_minute(
            20,
            "Strategic Assessment 2022: timetable",
            "The Partnership Analyst will assess the three years to 30th September 2022, so that the final "
            "assessment can come to the meeting of 8th December 2022. The Executive will be asked to agree "
            "priorities for 2023-26 early in 2023.",
            resolved="that the timetable be agreed.",
        ),
        *_minute(
            21,
            "Domestic homicide review (Adult B)",
            "The Chair reported that, following a death in Tunstead in May, she had notified the Home "
            "Office on 30th June 2022 that a domestic homicide review would be held. An independent chair "
            "is being sought; the cost will be reported to the Executive when known.",
            resolved="that the decision to hold a review be endorsed.",
        ),
        *_minute(
            22,
            "Dates of next meetings",
            "Thursday 8th September 2022, Thursday 20th October 2022 and Thursday 8th December 2022, all at "
            "10.00 am at Ellerdyke Town Hall.",
        ),
        Spacer(1, 10),
        p("The meeting ended at 12.20 pm.", MIN),
        p("Chair ............................................................", MIN),
    ]
