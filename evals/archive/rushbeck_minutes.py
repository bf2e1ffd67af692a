"""Partnership AH's Strategy Board, annual meeting of 11 June 2024: formal minutes in Times under the district
council's letterhead, a foot at the right "Strategy Board minutes 11.06.24 | page n of total". Those present
in a table of name, organisation and initials, officers in attendance, apologies and the quorum; each minute
numbered "SB/24/14" and set out as labelled rows in a two-column grid ("Reported", "Discussion",
"Resolved", "Action"): the chair passed from one district councillor to another, the Vice-Chair re-elected, a
declaration of interest, matters arising (a payment still withheld), the assessment's timetable, the
money of 2024-25 with the Commissioner's grant cut, the year's bids resolved (a) to (g) (awards as asked and
below their asks, a pilot funded for part of its period, a bid deferred, a bid declined as capital a second
time, the Panel's pot), the terms of reference review, a domestic homicide review and the dates of the next
meetings."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from evals.archive.common import Meta
from evals.archive.names import RUSHBECK
from evals.archive.rushbeck_facts import (
    ANALYST,
    ANALYST_POST,
    ASB_ASK,
    ASB_AWARD,
    AVAILABLE_2425,
    BF_2425,
    CHAIR,
    CHAIR_OLD,
    CLERK,
    COUNTY_REP,
    CVS_REP,
    DA_REP,
    DISTRICT_2425,
    FIRE_REP,
    GRANT_2425,
    GRANT_2425_INDICATED,
    HOUSING_REP,
    ICB_REP,
    IDVA,
    KICKSTART_WITHHELD_2324,
    MANAGER,
    MARSHALS_ASK,
    MARSHALS_AWARD,
    MENTOR_ASK,
    OPCC_REP,
    PANEL_CHAIR,
    PANEL_LIMIT_OLD,
    PANEL_POT,
    PH_REP,
    PROBATION_REP,
    SKATE_LIGHTS,
    VICE_OLD,
    YJS_REP,
)
from evals.archive.rushbeck_layout import (
    HAIR,
    MIN,
    MIN_B,
    MIN_CELL,
    MIN_H,
    MIN_LABEL,
    MIN_STYLES,
    MIN_TITLE,
    PLUM,
    WIDTH,
    Furniture,
    ledger,
    notice,
    p,
    pounds,
)
from evals.archive.rushbeck_layout import render as render_pages

TITLE_JUNE = "Rushbeck CSP Strategy Board minutes of the annual meeting, 11 June 2024"
LABEL_W = 74.0


def write_minutes_june(path: Path) -> Path:
    furniture = Furniture(
        "Rushbeck Community Safety Partnership \u2013 Strategy Board",
        head_right="Minutes, 11 June 2024",
        label="Community Safety Team",
        opening="letterhead",
        foot="Strategy Board minutes 11.06.24 | page {n} of {total}",
        place="right",
    )
    return render_pages(path, _story, Meta(TITLE_JUNE, RUSHBECK), furniture)


def _minute(number: str, subject: str, *rows: tuple[str, str]) -> list[Flowable]:
    """A numbered minute: its heading, then its labelled rows beside a plum rule."""
    body = [[p(label, MIN_LABEL), p(text, MIN_CELL)] for label, text in rows]
    table = Table(body, colWidths=[LABEL_W, WIDTH - LABEL_W], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LINEBEFORE", (1, 0), (1, -1), 0.8, PLUM),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, HAIR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )
    )
    return [p(f"{number}&nbsp;&nbsp;&nbsp;{subject}", MIN_H), table]


def _story() -> list[Flowable]:
    present = [
        ["Name", "Organisation", "Initials"],
        [CHAIR_OLD, "Rushbeck District Council (Leader of the Council) \u2013 chair for SB/24/14", "JA"],
        [CHAIR, "Rushbeck District Council (Portfolio Holder for Communities) \u2013 chair from SB/24/15",
         "TRH"],
        [VICE_OLD, "Harlshire Constabulary (district commander)", "NB"],
        [COUNTY_REP, "Harlshire County Council", "GP"],
        [FIRE_REP, "Harlshire Fire and Rescue Service", "LC"],
        [PROBATION_REP, "The Probation Service (Harlshire PDU)", "IS"],
        [OPCC_REP, "Office of the Police and Crime Commissioner", "RH"],
        [YJS_REP, "Harlshire Youth Justice Service", "PK"],
        [DA_REP, "Rushbeck Safe Haven", "LA"],
        [CVS_REP, "Rushbeck Council for Voluntary Service", "NF"],
    ]  # fmt: skip
    return [
        notice(),
        Spacer(1, 8),
        p("Rushbeck Community Safety Partnership", MIN_B),
        p("Strategy Board \u2013 Annual Meeting", MIN_TITLE),
        p(
            "Minutes of the meeting held on Tuesday 11 June 2024 at 2.00 pm in the Council Chamber, Council "
            "Offices, Priory Walk, Rushbeck",
            MIN,
        ),
        p("Present", MIN_H),
        ledger(present, [150, WIDTH - 200, 50], styles=MIN_STYLES),
        Spacer(1, 4),
        p(
            f"<b>In attendance:</b> {MANAGER}, Community Safety Manager (RT); {PANEL_CHAIR}, Head of "
            f"Communities (HS); {ANALYST}, Partnership Analyst (DA); {CLERK}, Democratic Services (minutes)."
        ),
        p(
            f"<b>Apologies:</b> {ICB_REP} (Harlshire Integrated Care Board); {PH_REP} (Harlshire Public "
            f"Health); {HOUSING_REP} (Brookhithe Homes)."
        ),
        p(
            "<b>Quorum:</b> the meeting was quorate. Ten members were present, and five of the six "
            "responsible authorities were represented."
        ),
        *_minute(
            "SB/24/14",
            "Election of Chair for 2024-25",
            (
                "Reported",
                "JA said that she would not stand again as Chair, having become Leader of the "
                "Council in May, and thanked members for their support over two years.",
            ),
            (
                "Resolved",
                f"That {CHAIR} be elected Chair of the Strategy Board for 2024-25 (proposed NB, "
                "seconded GP). TRH took the chair; JA left the meeting.",
            ),
        ),
        *_minute(
            "SB/24/15",
            "Election of Vice-Chair for 2024-25",
            ("Resolved", f"That {VICE_OLD} be re-elected Vice-Chair for 2024-25."),
        ),
        *_minute(
            "SB/24/16",
            "Declarations of interest",
            (
                "Reported",
                "LA declared an interest in the bid from Rushbeck Safe Haven and took no part in "
                "the decision at SB/24/20(a).",
            ),
        ),
        *_minute(
            "SB/24/17",
            "Minutes of 12 March 2024 and matters arising",
            ("Resolved", "That the minutes be agreed as a correct record."),
            (
                "Matters arising",
                "The redeployable CCTV camera bought under the March decision has been in "
                "place in Coldharbour since 2 May. Marrick Bridge Community Trust has still not sent its "
                "2023-24 monitoring return for Kickstart Nights, so the final "
                f"{pounds(KICKSTART_WITHHELD_2324)} "
                "is still withheld.",
            ),
            ("Action", "RT to write to the Trust: no further bid can be considered until the return is in."),
        ),
        *_minute(
            "SB/24/18",
            "Strategic Assessment 2024: timetable",
            (
                "Reported",
                "DA will use police, council and health data for the three years to 31 March 2024. "
                "A draft will go to partners in October and the final assessment to the meeting of 10 "
                "December "
                "2024, which will be asked to agree priorities from April 2025.",
            ),
            ("Resolved", "That the timetable be agreed."),
        ),
        *_minute(
            "SB/24/19",
            "Locality Safety Fund: the money for 2024-25",
            (
                "Reported",
                f"The Commissioner's letter of February indicated a grant of "
                f"{pounds(GRANT_2425_INDICATED)}; the grant was confirmed on 3 May at {pounds(GRANT_2425)}. "
                "With "
                f"the District Council's {pounds(DISTRICT_2425)} and {pounds(BF_2425)} brought forward, "
                f"{pounds(AVAILABLE_2425)} is available in 2024-25.",
            ),
            (
                "Discussion",
                "RH said the cut reflected a smaller settlement for the Commissioner and applied "
                "to every district in Harlshire.",
            ),
        ),
        *_minute(
            "SB/24/20",
            "Locality Safety Fund: bids for 2024-25",
            (
                "Reported",
                "RT presented seven bids and proposals, scored by officers against the six criteria.",
            ),
            (
                "Resolved",
                f"(a) To award {pounds(IDVA)} to Rushbeck Safe Haven for the IDVA service, as "
                "asked.<br/>"
                f"(b) To award {pounds(ASB_AWARD)} to the District Council towards the anti-social behaviour "
                f"caseworker (asked {pounds(ASB_ASK)}), the same as in 2023-24.<br/>"
                f"(c) To award {pounds(ANALYST_POST)} to the County Council towards the partnership "
                "analyst.<br/>"
                f"(d) To award {pounds(MARSHALS_AWARD)} to Rushbeck Town Centre BID for a Night Safe "
                "Marshals "
                f"pilot on Friday and Saturday nights from September to December 2024 (asked "
                f"{pounds(MARSHALS_ASK)} to March 2025). Any extension to be considered on the pilot's "
                "evidence.<br/>"
                f"(e) To defer the bid of {pounds(MENTOR_ASK)} from Harlshire Youth Trust for Step Up "
                "mentoring in Coldharbour until the Trust sends its safeguarding policy; a revised bid "
                "within "
                f"the Panel's limit of {pounds(PANEL_LIMIT_OLD)} may go to the Panel.<br/>"
                f"(f) Not to support the bid of {pounds(SKATE_LIGHTS)} from Fennick Parish Council for "
                "lighting at the skate park: capital works, as on 12 December 2023.<br/>"
                f"(g) To set aside {pounds(PANEL_POT)} for the Locality Fund Panel's autumn round (closing "
                "date "
                "23 August 2024; Panel on 17 September 2024).",
            ),
            ("Action", "RT \u2013 decision letters to all bidders by 21 June 2024."),
        ),
        *_minute(
            "SB/24/21",
            "Terms of reference",
            (
                "Discussion",
                "Members felt that meeting quarterly left too long between decisions, and that the "
                "Panel's and the Community Safety Manager's limits had not changed since 2019.",
            ),
            (
                "Resolved",
                "That the Community Safety Manager review the terms of reference, including the "
                "delegated limits and how often the Board meets, and bring a draft to the December meeting.",
            ),
        ),
        *_minute(
            "SB/24/22",
            "Domestic homicide review (Adult K)",
            (
                "Reported",
                "The independent chair has completed a first draft. The overview report should go "
                "to the Home Office by October 2024.",
            ),
        ),
        *_minute(
            "SB/24/23",
            "Any other business",
            (
                "Reported",
                "RH: the Commissioner's police and crime plan 2024-29 is out for consultation until "
                "31 July. PK: the Youth Justice Service has seen more under-18s arrested for carrying knives "
                "and asked that the assessment look at this.",
            ),
        ),
        *_minute(
            "SB/24/24",
            "Dates of next meetings",
            (
                "Resolved",
                "Tuesday 24 September 2024, Tuesday 10 December 2024 and Tuesday 11 March 2025, all "
                "at 2.00 pm in the Council Chamber.",
            ),
        ),
        Spacer(1, 10),
        p("The meeting closed at 4.05 pm.", MIN),
        p("Chair: ............................................ Date: ........................", MIN),
    ]
