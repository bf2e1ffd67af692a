"""Partnership O's Terms of Reference, adopted 11 July 2023, on brindlecote_layout's furniture in the
"margin" template (side headings): purpose, the statutory partners named in a tiled table (Organisation |
Status | Represented by), co-opted and attending members, chairing, quorum, frequency of meetings,
decision-making and the Safer Communities Fund's delegations (the Grants Panel up to £10,000 a bid, the
Chair between meetings up to £3,000), the sub-groups and review."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from evals.archive.brindlecote_layout import (
    Furniture,
    hanging,
    listing,
    note,
    notice,
    p,
    render_pages,
    side,
    tiles,
    title,
)
from evals.archive.common import Meta
from evals.archive.names import BRINDLECOTE

TITLE = "Brindlecote Community Safety Board: Terms of Reference"

STATUTORY = (
    ("Brindlecote District Council", "Responsible authority", "Portfolio Holder for Communities"),
    ("Garrenshire County Council", "Responsible authority", "Cabinet Member for Public Protection"),
    ("Garrenshire Constabulary", "Responsible authority", "District Commander (Superintendent)"),
    ("Garrenshire Fire and Rescue Service", "Responsible authority", "Group Manager, Prevention"),
    ("The Probation Service (Brindlecote and Fenwold Probation Delivery Unit)", "Responsible authority",
     "Head of the Probation Delivery Unit"),
    ("NHS Garrenshire Integrated Care Board", "Responsible authority", "Associate Director of Place"),
)  # fmt: skip
CO_OPTED = (
    "the Office of the Garrenshire Police and Crime Commissioner",
    "Garrenshire Youth Justice Service",
    "Garrenshire County Council Public Health",
    "Brindlecote Voluntary Action (for the voluntary and community sector)",
)


def write_terms(path: Path) -> Path:
    furniture = Furniture("Terms of Reference", "BCSB-TOR-2023", "Adopted 11 July 2023")
    return render_pages(path, _story, Meta(TITLE, BRINDLECOTE), furniture, first="margin")


def _story() -> list[Flowable]:
    rows = [["Organisation", "Status", "Represented by"], *STATUTORY]
    return [
        notice(),
        *title("Terms of Reference", "Brindlecote Community Safety Board – adopted 11 July 2023"),
        side("1", "Purpose"),
        hanging(
            "1.1",
            "The Brindlecote Community Safety Board is the community safety partnership for the district of "
            "Brindlecote under sections 5 to 7 of the Crime and Disorder Act 1998. It brings the "
            "responsible authorities together to reduce crime and disorder, anti-social behaviour, "
            "substance misuse and reoffending in Brindlecote, Ferrowby Bridge and Sedgeworth.",
        ),
        hanging(
            "1.2",
            "The Board prepares a strategic intelligence assessment at least every two years and a "
            "partnership plan setting out its priorities, and reports each year to Brindlecote District "
            "Council's Overview and Scrutiny Committee.",
        ),
        side("2", "Membership"),
        hanging("2.1", "The statutory partners (responsible authorities) are:"),
        tiles(rows, [170, 100, 120]),
        hanging(
            "2.2",
            "The Board may co-opt other members. At the adoption of these terms the co-opted members are "
            "the following, each with one seat:",
        ),
        listing(CO_OPTED),
        hanging(
            "2.3",
            "Each member organisation names one representative and one substitute. A substitute attending "
            "in a member's place counts towards the quorum.",
        ),
        side("3", "Chair and Vice-Chair"),
        hanging(
            "3.1",
            "The Chair and the Vice-Chair are elected from the responsible authorities' representatives at "
            "the first meeting after 1 May each year (the annual meeting) and serve for one year. They "
            "may be re-elected. The Chair and Vice-Chair should not both come from the same organisation.",
        ),
        side("4", "Meetings and quorum"),
        hanging(
            "4.1",
            "The Board meets four times a year (quarterly), in January, April, July and October, with an "
            "annual meeting in June in a year of district council elections. The Chair may call an "
            "extraordinary meeting at ten working days' notice.",
        ),
        hanging(
            "4.2",
            "The quorum is five members, of whom at least three must represent responsible authorities. "
            "An inquorate meeting may discuss items but may not take decisions.",
        ),
        hanging(
            "4.3",
            "Agenda and papers are sent out five working days before each meeting. Minutes are "
            "published on the District Council's website once agreed.",
        ),
        side("5", "Decisions"),
        hanging(
            "5.1",
            "The Board works by consensus. Where a vote is needed, each responsible authority has one vote "
            "and the Chair has a casting vote; co-opted members do not vote.",
        ),
        side("6", "Safer Communities Fund"),
        hanging(
            "6.1",
            "The Board allocates the Safer Communities Fund (the Police and Crime Commissioner's grant "
            "and the District Council's contribution). Bids are invited in rounds and decided by the "
            "Board, except as in 6.2 and 6.3.",
        ),
        hanging(
            "6.2",
            "The Grants Panel (the Vice-Chair, the Commissioner's commissioning officer and the Council's "
            "Community Safety Manager) may award up to £10,000 for a single bid. Bids above that sum go to "
            "the Board with the Panel's recommendation.",
        ),
        hanging(
            "6.3",
            "Where a decision cannot wait for the next meeting, the Chair, in consultation with the "
            "Vice-Chair, may award up to £3,000 between meetings. Any such decision is reported to the "
            "next meeting of the Board for ratification.",
        ),
        side("7", "Sub-groups"),
        hanging(
            "7.1",
            "The Board has four sub-groups, each chaired by a Board member and reporting to each meeting:",
        ),
        listing(
            [
                "Domestic Abuse Partnership Group",
                "Serious Violence and Exploitation Group",
                "Anti-social Behaviour Case Review Panel",
                "Prevent Steering Group",
            ]
        ),
        side("8", "Review"),
        hanging(
            "8.1",
            "These terms are reviewed each year at the annual meeting. Next review: June 2024.",
        ),
        note("Lead officer: Nadia Quraishi, Community Safety Manager, Brindlecote District Council."),
        p(""),
    ]
