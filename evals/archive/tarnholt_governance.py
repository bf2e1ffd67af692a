"""Partnership P's governance papers: the Terms of Reference and Membership adopted in June 2022, and the
record of a decision the Chair took between meetings in November 2023 (a form, signed and scanned)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import FICTIONAL, Meta
from evals.archive.names import TARNHOLT, TARNHOLT_FUND
from evals.archive.tarnholt_layout import (
    MONO,
    SMALL,
    TYPED,
    Furniture,
    banded,
    heading,
    listing,
    note,
    notice,
    p,
    render_pages,
    title,
)

TITLE_TERMS = (
    "Tarnholt and Oxbarrow Community Safety Partnership: Terms of Reference and Membership (June 2022)"
)
TITLE_CHAIR = (
    "Tarnholt and Oxbarrow Community Safety Partnership: record of a decision by the Chair between meetings"
)


def write_terms(path: Path) -> Path:
    furniture = Furniture("Terms of Reference and Membership", "TOCSP/GOV/01  adopted 21.06.2022")
    return render_pages(path, _terms, Meta(TITLE_TERMS, TARNHOLT), furniture)


def write_chair_decision(path: Path) -> Path:
    furniture = Furniture("Chair's decision", "", form=True)
    return render_pages(path, _chair_decision, Meta(TITLE_CHAIR, TARNHOLT), furniture)


def _terms() -> list[Flowable]:
    members = [
        ["Organisation", "Standing", "Represented by"],
        [
            "Tarnholt and Oxbarrow District Council",
            "Responsible authority",
            "Cabinet Member for Communities (Councillor Marcus Feltham); Head of Housing and Communities",
        ],
        ["Morvenshire County Council", "Responsible authority", "Councillor Ruth Cardew"],
        [
            "Morvenshire Constabulary",
            "Responsible authority",
            "District Commander (Superintendent Owen Brennock)",
        ],
        [
            "Morvenshire Fire and Rescue Service",
            "Responsible authority",
            "Station Manager, Tarnholt (Gareth Tindall)",
        ],
        [
            "Probation Service, Morvenshire Probation Delivery Unit",
            "Responsible authority",
            "Head of the Delivery Unit (Deborah Imrie)",
        ],
        [
            "Morvenshire and Dunmere Integrated Care Board",
            "Responsible authority",
            "Head of Safeguarding (Priya Langstaff)",
        ],
        ["Morvenshire Youth Justice Service", "Invited partner", "Service Manager (Tom Haverford)"],
        ["Morvenshire Public Health", "Invited partner", "Consultant in Public Health (Dr Sam Yusuf)"],
        [
            "Office of the Morvenshire Police and Crime Commissioner",
            "Invited partner (observer on funding)",
            "Policy Officer (Lewis Kilbride)",
        ],
        ["Linnet House Domestic Abuse Service", "Invited partner", "Chief Officer (Jo Rosslyn)"],
        ["Oxbarrow Housing Association", "Invited partner", "Neighbourhoods Lead (Martin Thorley)"],
    ]
    delegations = [
        ["Who decides", "What", "Limit", "Reported to"],
        ["Funding Sub-Group", "Bids to the Fund", "Up to £3,000 a bid", "The next Board meeting"],
        ["The Board", "Bids to the Fund; the yearly spending plan", "Over £3,000 a bid", "–"],
        [
            "The Chair, after consulting the Vice-Chair",
            "Urgent bids that cannot wait for the next meeting",
            "Up to £2,500 a bid",
            "The next Board meeting, for ratification",
        ],
    ]
    return [
        notice(),
        *title("Terms of Reference and Membership", "Adopted by the Partnership Board on 21 June 2022"),
        heading("§1", "Why the Partnership exists"),
        p(
            "The Tarnholt and Oxbarrow Community Safety Partnership (TOCSP) is the community safety "
            "partnership for the district of Tarnholt and Oxbarrow, set up under sections 5 to 7 of the "
            "Crime and Disorder Act 1998. The district has about 104,300 residents in ten wards, the market "
            "town of Tarnholt inland and the harbour town of Oxbarrow on the coast. The responsible "
            "authorities must work together to reduce crime and disorder, anti-social behaviour, reoffending "
            "and the misuse of drugs and alcohol, and to prepare a strategic assessment and a "
            "partnership plan."
        ),
        heading("§2", "Who sits on the Board"),
        p(
            "The Board is made up of the six responsible authorities and the invited partners below. "
            "Each organisation names one member and one substitute."
        ),
        banded(members, [170, 120, 190], boxed=True),
        Spacer(1, 6),
        heading("§3", "Chairing"),
        p(
            "The Board elects a Chair and a Vice-Chair from among the responsible authorities' members at "
            "its annual meeting, the first meeting after 1 June each year. No one may be Chair for more "
            "than three years in a row. If the Chair is absent the Vice-Chair takes the chair."
        ),
        heading("§4", "Meetings, quorum and voting"),
        p(
            "The Board meets five times a year, in June, September, December, March and at a spring "
            "development session, and the Chair may call an extra meeting. Papers go out five working days "
            "before a meeting. A meeting is quorate when four members are present, at least three of them "
            "from responsible authorities. The Board works by consensus; where a vote is needed each member "
            "organisation has one vote and the Chair has a casting vote."
        ),
        heading("§5", f"The {TARNHOLT_FUND}"),
        p(
            "The Fund is made up of the Police and Crime Commissioner's Community Safety Grant and the "
            "District Council's contribution. It pays for projects of up to twelve months that serve the "
            "Partnership's priorities. It does not pay for capital works such as CCTV cameras, lighting "
            "columns or building works, for which applicants are directed to the Commissioner's capital fund."
        ),
        banded(delegations, [130, 150, 90, 110], boxed=True),
        Spacer(1, 6),
        heading("§6", "Sub-groups"),
        listing(
            [
                "Domestic Abuse and Sexual Violence Forum",
                "Youth Exploitation and Violence Group",
                "Prevent and Cohesion Group",
                "ASB Case Review Panel (which also hears community trigger reviews)",
                "Funding Sub-Group (the Community Safety Manager and three Board members)",
            ]
        ),
        heading("§7", "Support, contact and review"),
        p(
            "The District Council's Community Safety Team supports the Board. Contact: Hollie Vellacott, "
            "Community Safety Manager, Council Offices, Bridge Street, Tarnholt; "
            "community.safety@tarnholt-oxbarrow.example; telephone 01632 960418."
        ),
        p(
            "These terms will be reviewed each year at the annual meeting; the next review is due in "
            "June 2023."
        ),
        note("TOCSP Terms of Reference, version 3.0, replacing version 2.1 of July 2019."),
    ]


def _chair_decision() -> list[Flowable]:
    rows = [
        ["Reference", "TOCSP/CD/2023/04"],
        ["Date of decision", "2 November 2023"],
        ["Decision taken by", "Councillor Marcus Feltham, Chair of the Partnership"],
        ["Consulted", "Superintendent Owen Brennock, Vice-Chair, by telephone on 1 November 2023"],
        [
            "Decision",
            f"To award £2,300 from the {TARNHOLT_FUND} 2023-24 to Morvenshire Fire and Rescue Service for "
            '"Sparks Safe", diversionary evening sessions for young people in Wharfside and Millbeck wards '
            "from 3 to 5 November 2023.",
        ],
        [
            "Why it could not wait",
            "Deliberate fires and fireworks misuse peak around 5 November; the next Board meeting is on "
            "12 December 2023.",
        ],
        ["Within delegation?", "Yes: urgent bid of no more than £2,500 (Terms of Reference §5)."],
        ["Fund balance after this award", "£19,800"],
        ["To be reported", "To the Board on 12 December 2023 for ratification"],
    ]
    return [
        p(FICTIONAL, SMALL),
        Spacer(1, 6),
        p(f"<b>{TARNHOLT.upper()}</b>", TYPED),
        p("<b>RECORD OF A DECISION BY THE CHAIR BETWEEN MEETINGS</b>", TYPED),
        Spacer(1, 4),
        banded(rows, [150, 330], header_rows=1, boxed=True),
        Spacer(1, 24),
        p("Signed: <i>M. Feltham</i>", TYPED),
        p("Councillor Marcus Feltham, Chair                    Date: 2/11/23", TYPED),
        Spacer(1, 14),
        p("Countersigned: <i>O. Brennock</i>     Vice-Chair", TYPED),
        Spacer(1, 20),
        p(
            f'<font name="{MONO}">For office use: entered in the decisions register 03/11/2023 HV</font>',
            SMALL,
        ),
    ]
