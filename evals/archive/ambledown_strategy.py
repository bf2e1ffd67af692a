"""Partnership N's Community Safety Strategy 2025-2028 on ambledown_layout's furniture: a foreword from
the Chair and Vice-Chair, the four priorities each with numbered objectives that have lettered sub-lists
of actions and a "What success looks like" stub table (Measure | Baseline | Target by March 2028), a
structure chart drawn as framed boxes (the Strategic Board over its five groups, each box naming its
chair, and the county boards it links to), how the Strategy is funded and reviewed."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from evals.archive.ambledown_layout import (
    SMALL,
    Furniture,
    bullets,
    framed,
    heading,
    notice,
    p,
    render_pages,
    stub_table,
    subheading,
    title,
)
from evals.archive.common import Meta
from evals.archive.names import AMBLEDOWN

TITLE = "Ambledown Community Safety Partnership: Community Safety Strategy 2025-2028"
WIDTH = 475.0

PRIORITIES = (
    (
        "Domestic abuse and violence against women and girls",
        "Domestic abuse-related crime has risen every year for five years, to 1,701 crimes in 2023-24, and "
        "38% of these crimes involved a repeat victim.",
        (
            (
                "Find domestic abuse earlier",
                (
                    "train 300 frontline staff in DA Matters by March 2026",
                    "add a domestic abuse routine enquiry to housing assessments",
                ),
            ),
            (
                "Keep victims and their children safe",
                (
                    "keep the IDVA service at its present capacity",
                    "extend the Sanctuary scheme to private tenants",
                ),
            ),
            (
                "Challenge and change perpetrators",
                (
                    "continue the Change Track programme",
                    "use Domestic Abuse Protection Orders where they apply",
                ),
            ),
        ),
        (
            ("Share of domestic abuse crimes with a repeat victim", "38% (2023-24)", "33%"),
            ("IDVA clients who feel safer when their case closes", "81%", "85%"),
            ("Frontline staff trained in DA Matters (cumulative)", "212", "600"),
        ),
    ),
    (
        "Serious violence, drugs and exploitation",
        "This priority brings together the former priorities on serious violence and knife crime and on "
        "drug and alcohol-related harm, because the two are closely linked in Ambledown. It also holds the "
        "Partnership's work under the Serious Violence Duty.",
        (
            (
                "Reduce violence in the night-time economy",
                (
                    "a problem-solving group for Ambledown Central and Tollgate Park",
                    "keep the town-centre Safe Space",
                ),
            ),
            (
                "Protect young people from exploitation and knife crime",
                ("diversion through sport and mentoring", "knife crime education in every secondary school"),
            ),
            (
                "Reduce drug and alcohol-related harm",
                ("naloxone training with Northway Recovery", "more referrals into treatment from custody"),
            ),
        ),
        (
            ("Violence with injury (offences a year)", "1,583", "below 1,450"),
            ("Knife-enabled crime (offences a year)", "64", "below 50"),
            ("Assault attendances at the emergency department", "212", "below 180"),
        ),
    ),
    (
        "Safer neighbourhoods and town centres",
        "Formerly Anti-social behaviour and neighbourhood crime, renamed to take in shoplifting and the "
        "night-time economy in Ambledown and Saxby Cross town centres.",
        (
            (
                "Solve persistent anti-social behaviour problems",
                ("a monthly ASB problem-solving meeting", "mediation for neighbour disputes"),
            ),
            (
                "Tackle shoplifting and retail crime",
                (
                    "a Shopwatch scheme for Ambledown town centre",
                    "report every theft through one retail crime route",
                ),
            ),
            ("Support rural communities", ("Rural Watch in the Eastmoor villages",)),
        ),
        (
            ("ASB incidents recorded by the police", "3,760", "below 3,500"),
            ("Shoplifting offences", "1,046", "below 900"),
            ("Residents who feel safe in the town centre after dark", "54%", "60%"),
        ),
    ),
    (
        "Reducing reoffending",
        "The Probation Service leads this priority through the Integrated Offender Management (IOM) scheme.",
        (
            ("Manage the people who cause the most harm", ("an IOM cohort chosen by a shared harm score",)),
            (
                "Give people leaving prison somewhere to live",
                ("a housing pathway agreed with Copperfield Housing Trust", "through-the-gate mentoring"),
            ),
        ),
        (
            ("IOM cohort reoffending within 12 months", "44%", "35%"),
            ("People in settled accommodation three months after release", "71%", "80%"),
        ),
    ),
)

GROUPS = (
    (
        "Community Safety Fund Panel",
        "Chair: Cllr Devika Ransome, Tarnshire County Council",
        "Decides bids to the Community Safety Fund",
    ),
    ("Domestic Abuse and VAWG Delivery Group", "Chair: Nadia Qureshi, Beacon Row Women's Aid", "Priority 1"),
    (
        "Serious Violence, Drugs and Exploitation Group",
        "Chair: DCI Owen Mallender, Tarnshire Constabulary",
        "Priority 2",
    ),
    (
        "Safer Neighbourhoods Tasking Group",
        "Chair: Lorraine Spratling, Ambledown District Council",
        "Priority 3",
    ),
    ("Reducing Reoffending Group", "Chair: Gideon Hale, Probation Service", "Priority 4"),
)


def write_strategy(path: Path) -> Path:
    furniture = Furniture("Community Safety Strategy 2025-2028", "March 2025")
    return render_pages(path, _story, Meta(TITLE, AMBLEDOWN), furniture)


def _priority(number: int, name: str, why: str, objectives: tuple, measures: tuple) -> list[Flowable]:
    out: list[Flowable] = [heading(str(number), f"Priority {number}: {name}"), p(why)]
    for index, (objective, actions) in enumerate(objectives, start=1):
        out.append(subheading(f"{number}.{index}", objective))
        out.append(bullets(list(actions), numbered="(%s)", start="a"))
    rows = [("What success looks like", "Baseline", "Target by March 2028"), *measures]
    out.append(Spacer(1, 5))
    out.append(KeepTogether([stub_table(rows, [265, 100, 110], figures={1, 2})]))
    return out


def _chart() -> list[Flowable]:
    board = framed(
        "Ambledown Community Safety Partnership Strategic Board",
        [
            "Chair: Supt Graham Pettifer, Tarnshire Constabulary",
            "Vice-Chair: Cllr Devika Ransome, Tarnshire County Council",
            "Meets quarterly; sets the Strategy and agrees the annual delivery plan",
        ],
        320,
    )
    boxes = [framed(name, [chair, role], 150) for name, chair, role in GROUPS]
    grid = Table(
        [[boxes[0], boxes[1], boxes[2]], [boxes[3], boxes[4], ""]],
        colWidths=[158, 158, 158],
        hAlign="CENTER",
    )
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    links = framed(
        "Linked county boards",
        [
            "Tarnshire Combating Drugs Partnership; Tarnshire Safeguarding Adults "
            "Board; Tarnshire Children's "
            "Safeguarding Partnership; Tarnshire Prevent Partnership Board; Tarnshire Domestic Abuse Local "
            "Partnership Board"
        ],
        400,
    )
    return [
        heading("6", "How the Partnership is organised"),
        p(
            "The Strategic Board owns this Strategy. Each priority has a delivery group, and the Community "
            "Safety Fund Panel decides bids for funding within the Board's budget."
        ),
        board,
        p("reports to the Board", SMALL.clone("AdArrow", alignment=1, spaceBefore=4, spaceAfter=4)),
        grid,
        links,
    ]


def _story() -> list[Flowable]:
    story: list[Flowable] = [
        notice(),
        *title("Community Safety Strategy 2025-2028", "Ambledown Community Safety Partnership"),
        heading("", "Foreword"),
        p(
            "This Strategy sets out what the Ambledown Community Safety Partnership will do over the next "
            "three years, from April 2025 to March 2028. It is built on the Strategic Assessment of "
            "November 2024 and on what residents told us in the autumn survey."
        ),
        p(
            "We have kept four priorities. Two of the five in our last plan have changed: drug and "
            "alcohol-related harm is now part of a single priority on serious violence, drugs and "
            "exploitation, and our neighbourhood priority has a new name, safer neighbourhoods and town "
            "centres. The Board agreed these changes on 21 January 2025."
        ),
        p("<i>Supt Graham Pettifer, Chair, and Cllr Devika Ransome, Vice-Chair</i>"),
        heading("", "Our priorities at a glance"),
        bullets([f"Priority {i}: {name}" for i, (name, *_rest) in enumerate(PRIORITIES, start=1)]),
        p(
            "Across all four we will work on three cross-cutting themes: hate crime, Prevent, and listening "
            "to victims and communities."
        ),
        PageBreak(),
    ]
    for number, (name, why, objectives, measures) in enumerate(PRIORITIES, start=1):
        story += _priority(number, name, why, objectives, measures)
    story += [
        heading("5", "Funding"),
        p(
            "The Partnership's main source of funding is the annual grant from the Tarnshire Police, Fire "
            "and Crime Commissioner to the Community Safety Fund, with a contribution from Ambledown "
            "District Council. Bids are invited twice a year, in May and October, and are decided by the "
            "Community Safety Fund Panel. Any partner organisation may bid, and voluntary groups may bid "
            "through a partner."
        ),
        PageBreak(),
        *_chart(),
        heading("7", "Review"),
        p(
            "The Board will refresh the delivery plan each March and publish an annual report each summer. "
            "The next Strategic Assessment is due in autumn 2026, ahead of the mid-point review of this "
            "Strategy."
        ),
    ]
    return story
