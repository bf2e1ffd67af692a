"""Partnership AL's Funding Prospectus 2024/25, published on 13 May 2024: STIX General with DejaVu Sans Bold
headings, page 1 under the council's letterhead ("council") on the "panel" template (key dates, amounts and
the contact in a sandstone panel at the left, the text beside it), then one column; headings as the questions
a bidder asks ("Who can apply?"). The money left for bids in 2024/25 after the Board's April awards and the
Locality Funds (with the late night levy's share restated), the four priorities, who decides how much, two
bidding windows with their dates, what is not funded, a "ledger" of scoring criteria with weights and a pass
mark, conditions and monitoring. A saffron-ruled running head at the left of later pages and a foot "KSCP
Funding Prospectus 2024/25 \u2014 n" at the right."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, Spacer

from evals.archive.common import Meta
from evals.archive.ketterwold_facts import (
    AVAILABLE_2425,
    AWARDS_2425,
    BOARD_ABOVE_OLD,
    LEVY_2425,
    LEVY_CARRIED_2324,
    LOCALITY_FUND,
    LSG_LIMIT_OLD,
    MARSHALS_2425,
    NAVIGATORS_2425,
    NAVIGATORS_AMENDED_2425,
    PRIORITIES_2427,
)
from evals.archive.ketterwold_layout import (
    MAIN,
    PRO,
    PRO_H,
    PRO_SMALL,
    PRO_STYLES,
    PRO_TITLE,
    WIDTH,
    Furniture,
    headed,
    ledger,
    notice,
    p,
    pounds,
)
from evals.archive.ketterwold_layout import render as render_pages
from evals.archive.names import KETTERWOLD

TITLE_PROSPECTUS = "Ketterwold Safer Communities Partnership Funding Prospectus 2024/25"
APRIL = sum(a[6] for a in AWARDS_2425 if a[5] == "2024-04-25") - (NAVIGATORS_AMENDED_2425 - NAVIGATORS_2425)
FOR_BIDS = AVAILABLE_2425 - APRIL - 4 * LOCALITY_FUND
LEVY_FOR_BIDS = LEVY_2425 + LEVY_CARRIED_2324 - MARSHALS_2425
PANEL_TEXT = PRO_SMALL.clone("KwProPanel", fontSize=8.8, leading=11)
PANEL_HEAD = PRO_H.clone("KwProPanelHead", fontSize=9.4, spaceBefore=6)
BULLET = PRO.clone("KwProBullet", leftIndent=14, firstLineIndent=-10, spaceAfter=3)
WHITE = headed(PRO_STYLES, colors.white, "KwProWhite")


def write_prospectus(path: Path) -> Path:
    furniture = Furniture(
        "KSCP Funding Prospectus 2024/25",
        label="Funding Prospectus 2024/25",
        opening="council",
        head_place="rule",
        foot="KSCP Funding Prospectus 2024/25 \u2014 {n}",
        place="right",
    )
    return render_pages(path, _story, Meta(TITLE_PROSPECTUS, KETTERWOLD), furniture, first="panel")


def _bullets(*items: str) -> list[Flowable]:
    return [p(f"\u2013&nbsp;&nbsp;{item}", BULLET) for item in items]


def _story() -> list[Flowable]:
    panel = [
        p("Key dates", PANEL_HEAD),
        p(
            "<b>Window 1</b><br/>Opens 13 May 2024<br/>Closes 12 noon, 14 June 2024<br/>Decisions by 19 July "
            "2024",
            PANEL_TEXT,
        ),
        p(
            "<b>Window 2</b><br/>Opens 2 September 2024<br/>Closes 12 noon, 4 October 2024<br/>Decisions by "
            "15 "
            "November 2024",
            PANEL_TEXT,
        ),
        p("<b>Locality Funds</b><br/>Open all year until the money runs out", PANEL_TEXT),
        p("Amounts", PANEL_HEAD),
        p(f"Locality Fund: up to {pounds(LSG_LIMIT_OLD)}", PANEL_TEXT),
        p(f"Small grants: {pounds(LSG_LIMIT_OLD + 1)} to {pounds(BOARD_ABOVE_OLD)}", PANEL_TEXT),
        p(f"Large grants: over {pounds(BOARD_ABOVE_OLD)}", PANEL_TEXT),
        p("Contact", PANEL_HEAD),
        p(
            "Partnership team, Safer Communities Service, Ketterwold Council<br/>kscp@ketterwold.example",
            PANEL_TEXT,
        ),
    ]
    return [
        *panel,
        FrameBreak(),
        notice(MAIN),
        Spacer(1, 6),
        p("Funding Prospectus 2024/25", PRO_TITLE),
        p(
            "How to bid for money from the Ketterwold Safer Communities Partnership for projects that make "
            "Ketterwold safer. Published 13 May 2024.",
            PRO,
        ),
        NextPageTemplate("one"),
        p("How much is there?", PRO_H),
        p(
            f"The Partnership has {pounds(AVAILABLE_2425)} for 2024/25. At its meeting on 25 April 2024 the "
            f"Executive Board agreed {pounds(APRIL)} for services that continue from last year, and "
            f"{pounds(4 * LOCALITY_FUND)} is held in the four Locality Funds. That leaves {pounds(FOR_BIDS)} "
            "for "
            f"the two bidding windows. Of that, {pounds(LEVY_FOR_BIDS)} comes from the late night levy and "
            "can "
            "only be spent on the night-time economy in Tessford town centre.",
            PRO,
        ),
        p("What will you fund?", PRO_H),
        p("Projects must help with at least one of the Partnership's priorities for 2024-27:", PRO),
        *_bullets(*PRIORITIES_2427),
        p(
            "Rural crime is no longer one of the Partnership's priorities; bids about it can go to the "
            "Constabulary's Rural Crime Forum.",
            PRO,
        ),
        p("Who can apply?", PRO_H),
        p(
            "Voluntary and community groups, charities, social enterprises, parish and town councils, "
            "schools "
            "and colleges, and public bodies working in Ketterwold. A group without a constitution can apply "
            "to "
            "a Locality Fund through a sponsoring organisation. Companies that trade for profit cannot "
            "apply.",
            PRO,
        ),
        p("Who decides?", PRO_H),
        p(
            f"Bids of up to {pounds(LSG_LIMIT_OLD)} go to the Locality Safety Group of the locality where "
            "the "
            f"project happens, which decides from its Locality Fund of {pounds(LOCALITY_FUND)} for the year. "
            f"Bids of up to {pounds(BOARD_ABOVE_OLD)} are decided by the Head of Safer Communities, by an "
            "officer decision record published on the council's website. Larger bids are decided by the "
            "Executive Board. The Board is reviewing these limits and will publish any change.",
            PRO,
        ),
        p("What will you not fund?", PRO_H),
        *_bullets(
            "building works, vehicles and other capital items",
            "equipment or patrols that are part of core policing",
            "services a public body must already provide",
            "work that has already started or finished",
            "projects outside Ketterwold",
        ),
        p("How are bids scored?", PRO_H),
        p(
            "Each bid in a window is scored out of 100 by two officers and a member of the lead delivery "
            "group. "
            "Bids scoring under 60 are not funded.",
            PRO,
        ),
        ledger(
            [
                ["Criterion", "Weight"],
                ["Fit with the priorities and the strategic assessment", "30"],
                ["Evidence of need in the area the project serves", "20"],
                ["Outcomes and how they will be measured", "20"],
                ["Value for money", "15"],
                ["Partnership working and what happens after the grant", "15"],
                ["<b>Total</b>", "<b>100</b>"],
            ],
            [WIDTH - 80, 80],
            figs={1},
            styles=WHITE,
            total=True,
        ),
        p("If you are funded", PRO_H),
        p(
            "You will receive a grant agreement. Grants are paid in two parts: 70% on signing and 30% after "
            "the six-month report. Projects report every quarter on the measures agreed, and must spend the "
            "grant by 31 March 2025 unless the agreement says otherwise. Unspent money must be returned.",
            PRO,
        ),
        p(
            "To apply, ask the partnership team for the form for your window or your locality. Late bids are "
            "not accepted.",
            PRO,
        ),
    ]
