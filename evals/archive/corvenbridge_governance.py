"""Partnership R's governance papers: the Constitution and Terms of Reference adopted on 7th June 2022;
the decision notice of an urgent decision the Chair and Vice-Chair took between meetings on 9th May 2023
(a typed notice the build scans to an image); and the Commissioner's grant letter of 8th March 2024."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import FICTIONAL, Meta
from evals.archive.corvenbridge_layout import (
    SMALL,
    TEXT,
    TYPED,
    TYPED_BOLD,
    Furniture,
    keyed,
    note,
    notice,
    p,
    render_pages,
    romans,
    section,
    squares,
    subsection,
    title,
    zebra,
)
from evals.archive.names import CORVENBRIDGE, CORVENBRIDGE_BOARD, CORVENBRIDGE_FUND, CORVENBRIDGE_SHORT

TITLE_CONSTITUTION = f"{CORVENBRIDGE}: Constitution and Terms of Reference (adopted 7th June 2022)"
TITLE_NOTICE = f"{CORVENBRIDGE}: Decision Notice DN 02/23, urgent decision between meetings"
TITLE_LETTER = (
    f"{CORVENBRIDGE}: Community Safety Grant 2024-25, letter from the Police, Fire and Crime Commissioner"
)

MEMBERS_2022 = (
    (
        "Corvenbridge District Council",
        "Responsible authority",
        "Cllr Bernard Olufemi, Portfolio Holder for Communities",
    ),
    ("Corvenbridge District Council", "Responsible authority", "Gareth Pomfrey, Community Safety Manager"),
    ("Brathwold County Council", "Responsible authority", "Rachel Penhallow, Head of Community Resilience"),
    (
        "Brathwold Constabulary",
        "Responsible authority",
        "Supt Helen Drummore, Corvenbridge Local Policing Area",
    ),
    ("Brathwold Fire and Rescue Service", "Responsible authority", "Station Manager Connor Haig"),
    (
        "The Probation Service (Brathwold)",
        "Responsible authority",
        "Fiona Leaming, Head of Probation Delivery Unit",
    ),
    (
        "Tamberley and Brathwold Integrated Care Board",
        "Responsible authority",
        "Dr Anil Moorcroft, Place Director",
    ),
    (
        "Office of the Brathwold Police, Fire and Crime Commissioner",
        "Co-opted",
        "Kate Fairbeck, Commissioning Officer",
    ),
    ("Brathwold Youth Justice Service", "Co-opted", "Yusuf Kerrigan, Service Manager"),
    ("Lamplight Domestic Abuse Service", "Co-opted", "Imogen Stainsby, Chief Executive"),
    ("Corvenbridge Voluntary Action", "Co-opted", "Pete Mulvey, Director"),
)


def write_constitution(path: Path) -> Path:
    furniture = Furniture("Constitution and Terms of Reference", "07.06.22", "Ref: CVCSP/GOV/01 v1.0")
    return render_pages(path, _constitution, Meta(TITLE_CONSTITUTION, CORVENBRIDGE), furniture)


def write_notice(path: Path) -> Path:
    """The digital original; the build ships only its scan."""
    furniture = Furniture("Decision Notice", "09.05.23", "", plain=True)
    return render_pages(path, _notice, Meta(TITLE_NOTICE, CORVENBRIDGE), furniture)


def write_letter(path: Path) -> Path:
    furniture = Furniture("Grant letter 2024-25", "08.03.24", "OPFCC/CSG/24-25/CVB")
    return render_pages(path, _letter, Meta(TITLE_LETTER, "Office of the Brathwold PFCC"), furniture)


def _constitution() -> list[Flowable]:
    members = [["Organisation", "Membership", "Represented by (June 2022)"]]
    members += [list(row) for row in MEMBERS_2022]
    return [
        *title(
            "Constitution and Terms of Reference", f"{CORVENBRIDGE} · adopted by the Board on 7th June 2022"
        ),
        notice(),
        section("I", "Purpose and legal basis"),
        p(
            f"The {CORVENBRIDGE} (“the Partnership”) is the community safety partnership for the district of "
            "Corvenbridge, in the county of Brathwold. It exists under sections 5 to 7 of the Crime and "
            "Disorder "
            "Act 1998, which place a duty on the responsible authorities to work together to reduce crime "
            "and "
            "disorder, anti-social behaviour, the misuse of drugs and alcohol, and reoffending. The "
            "Partnership "
            "also meets the Serious Violence Duty and commissions domestic homicide reviews."
        ),
        p(
            f"The {CORVENBRIDGE_BOARD} (“the Board”) is the Partnership's decision-making body. This "
            "document "
            "sets out who sits on it, how it is chaired, how often it meets and how it spends the "
            f"{CORVENBRIDGE_FUND}."
        ),
        section("II", "Membership"),
        p(
            "The Board has six responsible authorities and co-opted members who attend without the statutory "
            "duty. Each member organisation names one representative and one deputy."
        ),
        zebra(members, [175, 95, 200], first_bold=True),
        note("Co-opted members may speak on every item and vote on funding decisions; they may not chair."),
        section("III", "Chairing"),
        romans(
            [
                "The Board elects a Chair and a Vice-Chair at its annual meeting in June, for a term of two "
                "years.",
                "The Chair and the Vice-Chair come from different responsible authorities.",
                "No one may serve more than two consecutive terms as Chair.",
                "The first Chair is Councillor Bernard Olufemi (Corvenbridge District Council) and the first "
                "Vice-Chair is Superintendent Helen Drummore (Brathwold Constabulary), both elected on 7th "
                "June "
                "2022.",
            ]
        ),
        section("IV", "Meetings and quorum"),
        subsection("IV.1", "Frequency"),
        p(
            "The Board meets four times a year, in March, June or July, September and December; the June or "
            "July meeting is the annual meeting. Papers are sent out five working days before each meeting."
        ),
        subsection("IV.2", "Quorum"),
        p(
            "A meeting is quorate when five members are present, at least three of them from responsible "
            "authorities. An inquorate meeting may discuss items but may not make funding decisions."
        ),
        section("V", "Sub-groups"),
        squares(
            [
                "<b>Grants Sub-Panel</b>: scores bids to the Fund and decides those within its limit.",
                "<b>Domestic Abuse Delivery Group</b>: the Domestic Abuse Act 2021 duties and the refuge "
                "pathway.",
                "<b>ASB Tasking Group</b>: problem-solving by ward and the ASB Case Review.",
                "<b>Exploitation Forum</b>: county lines, child criminal exploitation and cuckooing.",
            ]
        ),
        section("VI", f"The {CORVENBRIDGE_FUND}"),
        p(
            "The Fund is made up of the Community Safety Grant of the Brathwold Police, Fire and Crime "
            "Commissioner, a contribution from Corvenbridge District Council and any balance carried "
            "forward. "
            "Decisions on bids are made as follows."
        ),
        keyed(
            [
                ("Grants Sub-Panel", "May approve or decline bids of up to £5,000."),
                ("The Board", "Decides every bid above £5,000 and any bid the Sub-Panel refers to it."),
                (
                    "Between meetings",
                    "The Chair and the Vice-Chair acting jointly may approve an urgent bid of up to £2,500. "
                    "The decision is recorded on a Decision Notice and reported to the next Board for "
                    "ratification.",
                ),
                (
                    "Community Safety Manager",
                    "May agree a variation of up to 10% of an award, reported to the Board.",
                ),
                (
                    "Returns and clawback",
                    "Money not spent as agreed may be clawed back. Unspent sums are returned to the Fund by "
                    "30th April after the end of the year.",
                ),
            ]
        ),
        section("VII", "Declarations of interest"),
        p(
            "A member with an interest in a bid declares it at the start of the item and takes no part in "
            "the "
            "decision. Declarations are recorded in the minutes."
        ),
        section("VIII", "Review"),
        p("This Constitution will be reviewed by June 2025, or sooner if the law or the membership changes."),
    ]


def _notice() -> list[Flowable]:
    return [
        p(FICTIONAL, SMALL),
        Spacer(1, 8),
        p(f"{CORVENBRIDGE.upper()}", TYPED_BOLD),
        p("DECISION NOTICE  DN 02/23", TYPED_BOLD),
        p("Urgent decision taken between meetings (Constitution, section VI)", TYPED),
        Spacer(1, 6),
        keyed(
            [
                ("Date of decision", "09.05.23"),
                ("Taken by", "Cllr Bernard Olufemi (Chair) and Supt Helen Drummore (Vice-Chair), jointly"),
                ("Applicant", "Kilnbrook Community Sports Club"),
                (
                    "Project",
                    "Kilnbrook Summer Kickabout: free football on six Friday evenings, June to August",
                ),
                ("Priority", "Town centre anti-social behaviour and the night-time economy"),
                ("Sum requested", "£1,850.00"),
                ("Decision", "SIGNED OFF in full: £1,850.00 from the Safer Corvenbridge Fund"),
                (
                    "Why it could not wait",
                    "The sessions start on 23rd June 2023, before the Board next meets on 4th July 2023.",
                ),
                ("Ratification", "To be reported to the Board on 04.07.23 for ratification."),
            ],
            widths=(150, 320),
            key_style=TYPED_BOLD,
            value_style=TYPED,
        ),
        Spacer(1, 16),
        p(
            "Signed:  <i>B. Olufemi</i>   Chair                Signed:  <i>H. Drummore</i>   Vice-Chair",
            TYPED,
        ),
        p("Recorded by Gareth Pomfrey, Community Safety Manager, 09.05.23", TYPED),
    ]


def _letter() -> list[Flowable]:
    return [
        p("<b>Office of the Brathwold Police, Fire and Crime Commissioner</b>", TEXT),
        p("Commissioner's House, Tolley Street, Brathwold BW1 4QT", SMALL),
        notice(),
        p("8th March 2024", TEXT),
        p(
            "Gareth Pomfrey<br/>Community Safety Manager<br/>Corvenbridge District Council<br/>"
            f"on behalf of the {CORVENBRIDGE_SHORT}",
            TEXT,
        ),
        p("<b>Community Safety Grant 2024-25</b>", TEXT),
        p("Dear Gareth,"),
        p(
            f"I write to confirm the Commissioner's Community Safety Grant to the {CORVENBRIDGE} for "
            "2024-25. "
            "The allocation is <b>£55,800</b>, against £62,000 in 2023-24: a reduction of 10%, made across "
            "all six community safety partnerships in Brathwold as the Commissioner's own settlement fell."
        ),
        p(
            "Within the allocation, <b>£6,000 is ring-fenced for serious violence</b> work under the Serious "
            "Violence Duty. The grant will be paid in two instalments, in April and October 2024."
        ),
        p("The grant is offered on these conditions:"),
        romans(
            [
                "It is spent on the priorities of the Partnership's plan and of the Police and Crime Plan.",
                "A monitoring return is sent each quarter, by the 20th day after the quarter ends.",
                "Any part not spent by 31st March 2025 is reported, and may be carried forward only with the "
                "Commissioner's written agreement.",
                "Money spent outside these conditions may be clawed back.",
            ]
        ),
        p("Please sign and return the acceptance slip by 5th April 2024."),
        p("Yours sincerely,"),
        p(
            "<i>Dominic Sarrell</i><br/>Chief Executive, Office of the Brathwold Police, Fire and Crime "
            "Commissioner"
        ),
    ]
