"""Partnership AH's decision note DN 2024/07 of 2 December 2024 (catalogued as `other`): Bitstream Vera with
no opening but a boxed head of its own, a foot "DN 2024/07 \u2013 n/total" centred. The particulars in a
grid (taken by the Chair with another responsible authority because the Vice-Chair had retired and the
December Board was moved to January), the pilot's award as first made, the decision to extend it and the sum,
the total award, the options not taken, the evidence, where the money comes from, who was consulted, two
signatures and when it goes to the Board."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.names import RUSHBECK
from evals.archive.rushbeck_facts import (
    CHAIR,
    COUNTY_REP,
    MANAGER,
    MARSHALS_ASK,
    MARSHALS_AWARD,
    MARSHALS_EXTRA,
    MARSHALS_FINAL,
    OPCC_REP,
    PANEL_APPROVED,
    PANEL_POT,
    VICE_OLD,
)
from evals.archive.rushbeck_layout import (
    DN,
    DN_CELL,
    DN_CELL_B,
    DN_H,
    WIDTH,
    Furniture,
    Signature,
    grid,
    notice,
    p,
    pounds,
)
from evals.archive.rushbeck_layout import render as render_pages

TITLE_DN = "Rushbeck CSP decision note DN 2024/07: Night Safe Marshals extension"
FULL_HOURS = 5600  # Jan-Mar at the pilot's hours, as the BID asked


def write_decision_note(path: Path) -> Path:
    furniture = Furniture(
        "Rushbeck Community Safety Partnership \u2013 decision note",
        head_right="DN 2024/07",
        opening="",
        foot="DN 2024/07 \u2013 {n}/{total}",
        place="centre",
    )
    return render_pages(path, _story, Meta(TITLE_DN, RUSHBECK), furniture)


def _story() -> list[Flowable]:
    left = PANEL_POT - PANEL_APPROVED
    head = grid(
        [
            ["Rushbeck Community Safety Partnership", "Decision note DN 2024/07"],
            ["Decision taken on behalf of the Strategy Board between meetings", "Date: 2 December 2024"],
        ],
        [WIDTH - 150, 150],
        styles=(DN_CELL_B, DN_CELL_B, DN_CELL, DN_CELL),
    )
    particulars = [
        ["Subject", "Night Safe Marshals pilot, Rushbeck town centre: extension to 31 March 2025"],
        ["Decision makers", f"{CHAIR}, Chair of the Strategy Board, with {COUNTY_REP}, Harlshire County "
         "Council, as a second responsible authority. The Vice-Chair's post is vacant: "
         f"{VICE_OLD} retired from Harlshire Constabulary on 30 November 2024."],
        ["Power used", "Terms of reference (version 3), paragraph 9.2: a decision that cannot wait for the "
         "next meeting may be taken by the Chair and the Vice-Chair, or by the Chair and another member from "
         "a responsible authority, and must be reported to the next meeting."],
        ["Applicant", "Rushbeck Town Centre BID"],
        ["Award so far", f"{pounds(MARSHALS_AWARD)} by the Strategy Board on 11 June 2024 (SB/24/20(d)) for "
         f"September to December 2024; the BID had asked for {pounds(MARSHALS_ASK)} to run to March 2025."],
        ["Decision", "To extend the pilot from 1 January to 31 March 2025 on Friday and Saturday nights "
                     "from "
         f"10 pm to 3 am, and to award a further {pounds(MARSHALS_EXTRA)}."],
        ["Total award", f"{pounds(MARSHALS_FINAL)} for September 2024 to March 2025."],
        ["Reported to", "The Strategy Board, 21 January 2025, for noting."],
    ]  # fmt: skip
    return [
        notice(),
        Spacer(1, 8),
        head,
        Spacer(1, 8),
        grid(
            particulars,
            [96, WIDTH - 96],
            figs=(1,),
            styles=(DN_CELL_B, DN_CELL, DN_CELL_B, DN_CELL),
            head=False,
        ),
        p("Why the decision could not wait", DN_H),
        p(
            "The pilot's funding ends on 31 December 2024. The Strategy Board meeting set for 10 December "
            "2024 has been moved to 21 January 2025, so that the new district police commander can attend "
            "and the Board can take the strategic assessment and the draft terms of reference together. The "
            "BID must give its marshals notice by 6 December if the scheme is to stop, and could not keep "
            "them for a gap of several weeks.",
            DN,
        ),
        p("Evidence from the pilot", DN_H),
        p(
            "Between 6 September and 23 November 2024 the marshals worked 24 nights. They helped 212 people, "
            "61 of them to a taxi or a safe lift home, and passed 31 incidents to the police. The BID "
            "reports "
            "that door staff and bar managers want the scheme to continue through the winter. The Strategic "
            "Assessment 2024 (recommendation R3) asks that the pilot be evaluated before any decision on its "
            "future; an extension to March gives a full winter to evaluate.",
            DN,
        ),
        p("Options considered", DN_H),
        p(
            "1. Let the pilot end on 31 December 2024. Not chosen: the scheme would be lost before it could "
            "be evaluated.<br/>"
            f"2. Extend at the pilot's hours (9 pm to 3 am), as the BID asked, at {pounds(FULL_HOURS)}. Not "
            "chosen: the marshals' records show little demand before 10 pm.<br/>"
            f"3. Extend from 10 pm to 3 am at {pounds(MARSHALS_EXTRA)}. <b>Chosen.</b>",
            DN,
        ),
        p("The money", DN_H),
        p(
            f"The sum comes from the part of the Locality Fund Panel's pot not awarded on 17 September 2024 "
            f"({pounds(left)} of {pounds(PANEL_POT)}), leaving {pounds(left - MARSHALS_EXTRA)}. No other "
            "award "
            "is affected.",
            DN,
        ),
        p("Consulted", DN_H),
        p(
            f"{MANAGER}, Community Safety Manager, who recommended option 3; {OPCC_REP}, Office of the "
            "Police "
            "and Crime Commissioner; Inspector Carla Odumosu, Rushbeck neighbourhood policing team.",
            DN,
        ),
        p("Signed", DN_H),
        Spacer(1, 4),
        Signature(f"{CHAIR}, Chair   2 December 2024", seed=2),
        Spacer(1, 10),
        Signature(f"{COUNTY_REP}, Harlshire County Council   2 December 2024", seed=6),
        Spacer(1, 14),
        grid(
            [
                ["For office use", ""],
                [
                    "Register",
                    "Entered in the Locality Safety Fund register 2024-25 against LSF24-04 as a variation.",
                ],
                [
                    "Note added 22 January 2025",
                    "Noted by the Strategy Board on 21 January 2025 (action log "
                    "AL25/03). The BID's evaluation of the pilot is due at the Board's June 2025 meeting.",
                ],
            ],
            [120, WIDTH - 120],
            styles=(DN_CELL_B, DN_CELL_B, DN_CELL, DN_CELL),
        ),
    ]
