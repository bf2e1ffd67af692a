"""Partnership AF's Responsible Authorities Group, 15 June 2021: formal minutes in STIX General under the
district council's letterhead, minutes numbered "21/10" to "21/19" with "RESOLVED:" and parts "(i)" to
"(vi)"; the new Chair elected after the May elections, a declaration of interest, the probation services'
unification and the Community Rehabilitation Company's last meeting, money returned from last year, the
money of 2021-22 (the Commissioner's grant cut, the district's contribution raised, the county's new),
awards as asked, one below its ask, a bid deferred pending co-funding, a bid refused as capital works, a
pot for the Sub-Group's round; the assessment's timetable and the police Vice-Chair's coming move told
under any other business; an actions table."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.kelsthorpe_facts import (
    ANALYST,
    ANALYST_POST,
    AVAILABLE_2122,
    BF_2122,
    CCG_REP,
    CHAIR,
    CHAIR_OLD,
    CLERK,
    COUNTY_2122,
    COUNTY_REP,
    CRC_REP,
    DC_2021,
    DC_2122,
    DPH_REP,
    FIRE_REP,
    GRANT_2021,
    GRANT_2122,
    HOMES_REP,
    IDVA,
    KVA_REP,
    LEAD_OFFICER,
    LNH_RETURNED_2021,
    PROBATION_REP,
    REFUGE_REP,
    SHELTER_ASK,
    SMALL_POT,
    STALKING_ASK,
    STUBBLE_ASK,
    STUBBLE_AWARD,
    SUBGROUP_CHAIR,
    VICE_OLD,
    YOS_REP,
)
from evals.archive.kelsthorpe_layout import (
    MIN,
    MIN_CELL,
    MIN_H,
    MIN_HANG,
    MIN_TITLE,
    WIDTH,
    Furniture,
    grid,
    notice,
    ordinal_date,
    p,
    pounds,
    render,
)
from evals.archive.names import KELSTHORPE

TITLE_JUNE = "Kelsthorpe Responsible Authorities Group minutes, 15 June 2021"
MIN_CELL_B = MIN_CELL.clone("KeMinCellB", fontName="KeStixBold")


def write_minutes_june(path: Path) -> Path:
    furniture = Furniture(
        "Responsible Authorities Group \u2014 minutes of 15 June 2021",
        label="Democratic Services \u00b7 Council Offices, Abbey Walk, Kelsthorpe",
        opening="letterhead",
        foot="RAG 15.06.21 \u2014 Page {n} of {total}",
        foot_right=True,
    )
    return render(path, _story, Meta(TITLE_JUNE, KELSTHORPE), furniture)


def _minute(number: int, heading: str, *texts: str) -> list[Flowable]:
    out: list[Flowable] = [p(f"21/{number}\u2003{heading}", MIN_H)]
    out += [p(text, MIN) for text in texts]
    return out


def _resolved(*parts: str) -> list[Flowable]:
    if len(parts) == 1:
        return [p(f"<b>RESOLVED:</b> {parts[0]}", MIN)]
    out: list[Flowable] = [p("<b>RESOLVED:</b>", MIN)]
    numerals = ("i", "ii", "iii", "iv", "v", "vi", "vii")
    out += [p(f"({numerals[i]})\u2002{text}", MIN_HANG) for i, text in enumerate(parts)]
    return out


def _story() -> list[Flowable]:
    present = [
        ["Member", "Body"],
        [f"{CHAIR} (Chair from minute 21/10)", "Kelsthorpe District Council, Cabinet Member for Communities"],
        [f"{VICE_OLD} (Vice-Chair)", "Wetherdale Constabulary, district commander"],
        [COUNTY_REP, "Wetherdale County Council"],
        [FIRE_REP, "Wetherdale Fire and Rescue Service"],
        [PROBATION_REP, "National Probation Service (Wetherdale)"],
        [CRC_REP, "Wetherdale and Marchfield Community Rehabilitation Company"],
        [CCG_REP, "NHS Wetherdale Clinical Commissioning Group"],
        [SUBGROUP_CHAIR, "Office of the Police, Fire and Crime Commissioner"],
        [YOS_REP, "Wetherdale Youth Offending Service"],
        [REFUGE_REP, "Wetherdale Women's Refuge Partnership"],
        ["<i>In attendance</i>", f"{LEAD_OFFICER} (Community Safety Lead Officer); {ANALYST} (community "
         f"safety analyst, County Council); {CLERK} (Democratic Services)"],
    ]  # fmt: skip
    actions = [
        ["Minute", "Action", "Owner", "By"],
        ["21/13", "Update the membership list and the website for The Probation Service", "LM", "30/06/21"],
        ["21/15", "Write to all applicants with the Group's decisions", "LM", "25/06/21"],
        ["21/15(iv)", "Confirm the Commissioner's co-funding and revised costings of the stalking bid", "IS",
         "20/10/21"],
        ["21/15(vi)", "Open the Sub-Group's summer round (closes 16 July 2021)", "LM", "21/06/21"],
        ["21/16", "Circulate the draft strategic intelligence assessment", "CK", "24/09/21"],
    ]  # fmt: skip
    return [
        Spacer(1, 4),
        p("Kelsthorpe Community Safety Partnership", MIN_TITLE),
        p("RESPONSIBLE AUTHORITIES GROUP", MIN.clone("KeMinCaps", fontName="KeStixBold", fontSize=12)),
        p(
            f"Minutes of the meeting held on {ordinal_date('2021-06-15')} at 2.00 pm in the Council Chamber, "
            "Council Offices, Abbey Walk, Kelsthorpe, with members also joining by video link",
            MIN,
        ),
        notice(),
        Spacer(1, 6),
        p("<b>Present</b>", MIN),
        grid(present, [190, WIDTH - 190], styles=(MIN_CELL_B, MIN_CELL_B, MIN_CELL, MIN_CELL)),
        Spacer(1, 4),
        p(
            f"<b>Apologies:</b> {DPH_REP} (Public Health), {HOMES_REP} (Kelsthorpe Homes Trust), {KVA_REP} "
            "(Kelsthorpe Voluntary Action).",
            MIN,
        ),
        *_minute(
            10,
            "Election of Chair",
            f"{VICE_OLD} took the chair for this item. She reported that {CHAIR_OLD} had stood down at the "
            "District Council elections on 6 May 2021 and that the Council's annual meeting on 25 May 2021 "
            f"had appointed {CHAIR} as Cabinet Member for Communities. He was nominated and seconded.",
        ),
        *_resolved(
            f"that {CHAIR} be elected Chair of the Group for 2021-22, and that the Group's thanks to "
            f"{CHAIR_OLD} "
            "for her two years as Chair be recorded."
        ),
        *_minute(
            11,
            "Declarations of interest",
            f"{REFUGE_REP} declared an interest in minute 21/15(i) as Chief Executive of the Wetherdale "
            "Women's Refuge Partnership and took no part in that decision.",
        ),
        *_minute(
            12,
            "Minutes of 9 March 2021 and matters arising",
            "The minutes were approved as a correct record. Matters arising: the Saltersgate car park "
            "cameras are now expected to be working in August 2021. The Kelsthorpe Late Night Helpers had "
            f"returned {pounds(LNH_RETURNED_2021)} of their 2020-21 grant, unspent while the night-time "
            "economy was closed; it is included in the sum brought forward.",
        ),
        *_minute(
            13,
            "Probation reform",
            f"{PROBATION_REP} explained that from 26 June 2021 the National Probation Service and the "
            "Community Rehabilitation Company will be unified as The Probation Service. She will represent "
            "it as Head of the Kelsthorpe and Wetherdale North Probation Delivery Unit. This was "
            f"{CRC_REP}'s last meeting; the Chair thanked her for her work since 2015.",
        ),
        *_resolved(
            "that The Probation Service replace both probation bodies in the Group's membership from 26 June "
            "2021."
        ),
        *_minute(
            14,
            "Finance 2021-22",
            f"The Lead Officer reported the money available for 2021-22: the Commissioner's grant of "
            f"{pounds(GRANT_2122)} (down from {pounds(GRANT_2021)}), the District Council's contribution of "
            f"{pounds(DC_2122)} (up from {pounds(DC_2021)}), a first contribution of {pounds(COUNTY_2122)} "
            f"from the County Council and {pounds(BF_2122)} brought forward: {pounds(AVAILABLE_2122)} in "
            "all.",
        ),
        *_minute(
            15,
            "Applications for funding",
            "The Group considered five applications and the arrangements for the summer round.",
        ),
        *_resolved(
            f"to award {pounds(IDVA)} to the Wetherdale Women's Refuge Partnership for the Independent "
            "Domestic Violence Adviser service for 2021-22;",
            f"to contribute {pounds(ANALYST_POST)} to the County Council's community safety analyst post;",
            f"to award {pounds(STUBBLE_AWARD)} to Wetherdale Constabulary for Operation Stubble (the bid was "
            f"for {pounds(STUBBLE_ASK)}), the police to seek the balance from the force's rural crime "
            "budget;",
            f"to defer the Wetherdale Stalking Casework Service's bid of {pounds(STALKING_ASK)} for a "
            "stalking advocate to the November meeting, pending revised costings and confirmation of the "
            "Commissioner's co-funding;",
            f"not to support Brigsley Town Council's bid of {pounds(SHELTER_ASK)} for a youth shelter on "
            "Brigsley recreation ground, the fund not paying for capital works;",
            f"to set aside {pounds(SMALL_POT)} for the Bids and Commissioning Sub-Group's summer round, "
            "bids closing on 16 July 2021 and the Sub-Group deciding them on 4 August 2021.",
        ),
        *_minute(
            16,
            "Strategic intelligence assessment 2021",
            f"{ANALYST} outlined the timetable: data to 31 March 2021, a draft to members by 24 September "
            "and the final assessment to the Group on 10 November 2021, when priorities for 2022-25 will be "
            "agreed. Members asked that stalking and rural crime be looked at in depth.",
        ),
        *_minute(
            17,
            "Performance, quarter 4 of 2020-21",
            "Noted. Anti-social behaviour incidents were falling from their peak in the first lockdown; "
            "domestic abuse related crime was still rising.",
        ),
        *_minute(
            18,
            "Any other business",
            f"{VICE_OLD} told the Group that she expected to move to a post at police headquarters in the "
            "autumn, and that her successor as district commander would be named in due course.",
        ),
        *_minute(19, "Date of next meeting", "Wednesday 15 September 2021 at 2.00 pm."),
        p("<b>Actions</b>", MIN_H),
        grid(actions, [62, WIDTH - 182, 50, 70], styles=(MIN_CELL_B, MIN_CELL_B, MIN_CELL, MIN_CELL)),
        Spacer(1, 14),
        p("Chair ............................................\u2003Date ........................", MIN),
    ]
