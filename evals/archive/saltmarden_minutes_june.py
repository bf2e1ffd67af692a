"""Partnership AJ's Leadership Board, annual meeting of 11 June 2024: formal minutes in Helvetica under the
"stamp" (the verdigris SCSP disc beside the partnership's name over a double oxblood rule), a running head at
the left on later pages and a foot "Leadership Board 11.06.24 | Page n of total" at the right. Those present
in a grid (member, organisation, vote), officers, apologies and the quorum; minutes "24/31" to "24/40": the
Chair and Vice-Chair re-elected, a declaration of interest, the fund's money for 2024-25 with the
Commissioner's fixed grant to each district, and "RESOLVED" (a) to (h): awards as asked and below their asks,
a bid deferred for match funding, a bid declined as security of private premises, money from the public health
contribution and the Small Grants Panel's pot, limit and pass mark; then the assessment's timetable, the
summer plan and the dates of the next meetings."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.names import SALTMARDEN
from evals.archive.saltmarden_facts import (
    ANALYST_2425,
    ANGLING_ASK,
    AVAILABLE_2425,
    BF_2425,
    COUNTY_GRANT_TOTAL,
    DISTRICT_2425,
    GRANT_2425,
    HAVEN_ASK_2425,
    NAVIGATOR_2425,
    OUTREACH_2425,
    PANEL_LIMIT_OLD,
    PASS_OLD,
    PATROL_2425,
    PATROL_ASK_2425,
    PH_2425,
    POT_2425,
    PRIORITIES_OLD,
    QUORUM_OLD,
    RESERVE_OPEN_2425,
    YOUTH_2425,
)
from evals.archive.saltmarden_layout import (
    MIN,
    MIN_H,
    MIN_TITLE,
    WIDTH,
    Furniture,
    grid,
    notice,
    p,
    panel,
    pounds,
)
from evals.archive.saltmarden_layout import render as render_pages

TITLE_JUNE = "Saltmarden Community Safety Partnership Leadership Board minutes, 11 June 2024 (annual meeting)"
RESOLVED = MIN.clone("SlMinResolved", leftIndent=14, spaceAfter=3)


def write_minutes_june(path: Path) -> Path:
    furniture = Furniture(
        "Leadership Board \u2013 annual meeting \u2013 11 June 2024 \u2013 minutes",
        label="Leadership Board  \u00b7  Minutes of the Annual Meeting",
        opening="stamp",
        head_place="left",
        foot="Leadership Board 11.06.24 | Page {n} of {total}",
        place="right",
    )
    return render_pages(path, _story, Meta(TITLE_JUNE, SALTMARDEN), furniture)


def _minute(number: str, subject: str, *texts: str) -> list[Flowable]:
    return [p(f"{number}&nbsp;&nbsp;&nbsp;{subject}", MIN_H), *(p(t, MIN) for t in texts)]


def _story() -> list[Flowable]:
    present = [
        ["Member", "Organisation", "Vote"],
        ["Councillor Marcus Treloar (in the Chair)", "Saltmarden District Council", "Yes"],
        ["Superintendent Aisha Pemberton", "Carrowshire Constabulary", "Yes"],
        ["Councillor Rosalind Keast", "Carrowshire County Council", "Yes"],
        ["Station Manager Gareth Pascoe", "Carrowshire Fire and Rescue Service", "Yes"],
        ["Helen Brightwell", "The Probation Service (Carrowshire East PDU)", "Yes"],
        ["Tom Adeyemi", "NHS Carrowshire and Wendmoor Integrated Care Board", "Yes"],
        ["Dr Alun Penhaligon", "Public Health Carrowshire", "No"],
        ["Sasha Lindqvist", "Carrowshire Youth Justice Service", "No"],
        ["Martin Gulliver", "Office of the Police, Fire and Crime Commissioner", "No"],
        ["Bryony Hext", "Carrowshire Domestic Abuse Service", "No"],
        ["Colin Yeo", "Brinehurst Homes", "No"],
    ]
    resolved = [
        f"(a) that {pounds(OUTREACH_2425)} be awarded to Carrowshire Domestic Abuse Service for the domestic "
        "abuse outreach worker for 2024/25;",
        f"(b) that {pounds(PATROL_2425)} be awarded to Saltmarden District Council for the Seafront Summer "
        f"Patrols, against {pounds(PATROL_ASK_2425)} asked, the award covering weekend evenings in June and "
        "September and every evening in July and August;",
        f"(c) that {pounds(YOUTH_2425)} be awarded to Saltmarden Youth Trust for Harbour Lights detached "
        "youth work in Quayside and Whelkby;",
        f"(d) that the bid of {pounds(HAVEN_ASK_2425)} from Saltmarden Street Angels for the Quayside Night "
        "Haven be deferred to the meeting of 10 December 2024, pending written confirmation of the Quayside "
        "Business Improvement District's contribution;",
        f"(e) that the bid of {pounds(ANGLING_ASK)} from Marshfleet Angling Club for CCTV at its boat "
        "compound "
        "be declined: the compound is private property and the Fund does not pay for the security of "
        "private premises;",
        f"(f) that {pounds(NAVIGATOR_2425)} of the public health contribution be awarded to Tidewater "
        "Recovery for the custody recovery navigator;",
        f"(g) that {pounds(ANALYST_2425)} be paid to Carrowshire County Council towards the shared Community "
        "Safety Analyst post;",
        f"(h) that {pounds(POT_2425)} be set aside for the Small Grants Panel's autumn round, for bids of up "
        f"to {pounds(PANEL_LIMIT_OLD)} that score at least {PASS_OLD} out of 30.",
    ]
    old = "; ".join(PRIORITIES_OLD)
    return [
        Spacer(1, 2),
        notice(),
        Spacer(1, 8),
        p("Leadership Board: Annual Meeting", MIN_TITLE),
        p(
            "Minutes of the meeting held on Tuesday 11 June 2024 at 2.00 pm in the Council Chamber, "
            "Saltmarden District Council Offices, Harbour Road, Saltmarden",
            MIN,
        ),
        p("<b>Present</b>", MIN),
        grid(present, [190, 230, WIDTH - 420]),
        Spacer(1, 5),
        p(
            "<b>Officers:</b> Joanne Kettleby (Director of Communities), Kieran Maddocks (Community Safety "
            "Manager), Naomi Fairweather (Community Safety Analyst, Carrowshire County Council), Amir Rahimi "
            "(Democratic Services, minutes).",
            MIN,
        ),
        p("<b>Apologies:</b> Lorna Quiller (Saltmarden CVS).", MIN),
        p(
            "<b>Quorum:</b> the meeting was quorate, with six members from six responsible authorities "
            "present "
            f"(the quorum is {QUORUM_OLD}).",
            MIN,
        ),
        *_minute(
            "24/31",
            "Chair and Vice-Chair for 2024/25",
            "Nominations were received for the Chair from the District Council and for the Vice-Chair from "
            "the Constabulary, as the terms of reference require.",
            "RESOLVED: that Councillor Marcus Treloar be re-elected Chair and Superintendent Aisha Pemberton "
            "be re-elected Vice-Chair for 2024/25.",
        ),
        *_minute(
            "24/32",
            "Declarations of interest",
            "Bryony Hext declared an interest in the bid from Carrowshire Domestic Abuse Service under "
            "minute "
            "24/36 and left the room for that part of the item. She has no vote.",
        ),
        *_minute(
            "24/33",
            "Minutes of 12 March 2024 and matters arising",
            "The minutes were agreed as a correct record. On action A24/03, the evaluation of the 2023 "
            "Seafront "
            "Summer Patrols has been received: anti-social behaviour reported on the seafront between June "
            "and "
            "August 2023 fell by 14% on 2022.",
        ),
        *_minute(
            "24/34",
            "Annual Report 2023/24",
            "The Board noted the draft annual report for 2023/24, to be published in September 2024. It was "
            f"the second year of the priorities for 2022-25: {old}.",
        ),
        *_minute(
            "24/35",
            "Saltmarden Safer Communities Fund 2024/25",
            f"Martin Gulliver confirmed that the Commissioner will again pay each of Carrowshire's six "
            f"district partnerships the same fixed Community Safety Partnership Grant, {pounds(GRANT_2425)} "
            f"in 2024/25 ({COUNTY_GRANT_TOTAL} across the county). The District Council contributes "
            f"{pounds(DISTRICT_2425)} and Public Health Carrowshire {pounds(PH_2425)}, which may be spent "
            f"only on drug and alcohol work. With {pounds(BF_2425)} brought forward from 2023/24, "
            f"{pounds(AVAILABLE_2425)} is available. The Community Safety Reserve stood at "
            f"{pounds(RESERVE_OPEN_2425)} on 1 April 2024.",
            "RESOLVED: that the fund's money for 2024/25 be noted.",
        ),
        *_minute(
            "24/36",
            "Bids for 2024/25",
            "Kieran Maddocks presented seven bids, scored by officers against the priorities for 2022-25. "
            "The "
            "Seafront Summer Patrols bid was reduced because the wardens' rota cannot cover weekday evenings "
            "in June and September. The Quayside Business Improvement District has said it will contribute "
            "to the Night Haven but has not confirmed a sum.",
        ),
        panel([p("<b>RESOLVED:</b>", MIN), *(p(r, RESOLVED) for r in resolved)], WIDTH),
        *_minute(
            "24/37",
            "Strategic Intelligence Assessment 2025",
            "Naomi Fairweather set out the timetable: the assessment will use the calendar years 2022 to "
            "2024, "
            "with data extracted in the first week of January 2025, a draft to partners at the end of "
            "January "
            "and proposed priorities for 2025-28 to the Board on 18 March 2025.",
            "RESOLVED: that the timetable be agreed.",
        ),
        *_minute(
            "24/38",
            "Summer 2024",
            "Superintendent Pemberton described the summer policing plan for the seafront and the Quayside, "
            "with dispersal orders ready for the August bank holiday. The Fire and Rescue Service will run "
            "water safety days with Saltmarden Surf Life Saving Club.",
        ),
        *_minute(
            "24/39",
            "Domestic abuse: safe accommodation",
            "Bryony Hext reported that the county's safe accommodation strategy has been refreshed. The "
            "Board's outreach worker will sit with the county's refuge team one day a week.",
        ),
        *_minute(
            "24/40",
            "Dates of next meetings",
            "Tuesday 10 September 2024, Tuesday 10 December 2024 and Tuesday 18 March 2025, each at 2.00 pm "
            "unless the Chair decides otherwise.",
        ),
        Spacer(1, 10),
        p(
            "Chair ........................................&nbsp;&nbsp;&nbsp;&nbsp;Date ....................",
            MIN,
        ),
    ]
