"""Partnership V's Terms of Reference, adopted at the annual meeting of 21st May 2024 and catalogued as
`other`: numbered sections with "3.2" paragraphs, the membership as a table grouped into responsible
authorities and co-opted members with a merged group row each, the chair and vice-chair, the meeting cycle,
the quorum (changed from the 2022 terms), delegations to a sub-group and an officer with their limits, the
sub-groups and who chairs them, and how the terms are reviewed."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from evals.archive.common import Meta
from evals.archive.names import WRENFOLD, WRENFOLD_BOARD, WRENFOLD_FUND
from evals.archive.wrenfold_funding import (
    CHAIR_NEW,
    COUNCIL,
    COUNTY,
    FIRE,
    HARBOURLIGHT,
    HOUSING,
    ICB_OLD,
    MANAGER,
    OPCC,
    PCC,
    PROBATION,
    VICE_NEW,
    YOUTH,
)
from evals.archive.wrenfold_layout import (
    SMALL,
    STONE,
    Furniture,
    grid,
    heading,
    lettered,
    note,
    notice,
    numerals,
    ordinal,
    p,
    pounds,
    render_pages,
    title,
)

TITLE = f"{WRENFOLD_BOARD}: Terms of Reference 2024"

MEMBERS = (
    ("Responsible authorities (statutory members)", None, None),
    (COUNCIL, "Cabinet Member for Communities and Safety", VICE_NEW),
    ("Brantshire County Council", "Assistant Director, Communities", COUNTY),
    ("Brantshire Police", "Wrenfold and Hatherby Local Policing Area commander", CHAIR_NEW),
    ("Brantshire Fire and Rescue Service", "Group Manager, Prevention", FIRE),
    ("Probation Service (Brantshire)", "Head of the Probation Delivery Unit", PROBATION),
    ("Brantshire and Ridings Integrated Care Board", "Associate Director of Safeguarding", ICB_OLD),
    ("Co-opted members and advisers", None, None),
    (f"Office of the {PCC}", "Commissioning and Partnerships Manager (adviser)", OPCC),
    ("Wrenfold Youth Justice Service", "Service Manager", YOUTH),
    ("Harbourlight Domestic Abuse Service", "Chief Executive", HARBOURLIGHT),
    ("Wrenvale Homes", "Head of Tenancy Services", HOUSING),
)


def write_terms(path: Path) -> Path:
    return render_pages(path, _story, Meta(TITLE, WRENFOLD), Furniture("Terms of Reference 2024"))


def _members() -> tuple[list[list[str]], list[int]]:
    rows = [["Organisation", "Post", "Member (May 2024)"]]
    group_rows = []
    for organisation, post, name in MEMBERS:
        if post is None:
            group_rows.append(len(rows))
            rows.append([f"<b>{organisation}</b>", "", ""])
        else:
            rows.append([organisation, post, name or ""])
    return rows, group_rows


def _story() -> list[Flowable]:
    rows, group_rows = _members()
    table = grid(rows, [170, 175, 132])
    for r in group_rows:
        table.setStyle([("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), STONE)])
    return [
        *title("Terms of Reference", f"{WRENFOLD_BOARD} · adopted {ordinal('2024-05-21')} · version 3"),
        notice(),
        *heading("1.", "Purpose"),
        p(
            f"1.1 The {WRENFOLD} is the community safety partnership for the district of Wrenfold under "
            "sections 5 to 7 of the Crime and Disorder Act 1998. The Board is its strategic group: it sets "
            "the Partnership's priorities from a strategic assessment, agrees a partnership plan, and "
            f"oversees the {WRENFOLD_FUND}."
        ),
        p(
            "1.2 The Board is also the partnership through which the district meets the Serious Violence "
            "Duty, and it commissions domestic homicide reviews (DHRs) on behalf of the responsible "
            "authorities."
        ),
        *heading("2.", "Membership"),
        p(
            "2.1 Each responsible authority names one member and one substitute. Co-opted members are "
            "invited by the Board for their expertise; they may speak and vote on everything except the "
            "statutory duties of the responsible authorities. Advisers do not vote."
        ),
        table,
        note(f"The Community Safety Manager, {COUNCIL}, attends as lead officer and does not vote."),
        *heading("3.", "Chair and Vice-Chair"),
        p(
            "3.1 The Board elects a Chair and a Vice-Chair from among the members of the responsible "
            "authorities at its annual meeting in May, for one year. They may be re-elected. The Chair and "
            "Vice-Chair must come from different responsible authorities."
        ),
        p(
            f"3.2 At the annual meeting on {ordinal('2024-05-21')} the Board elected {CHAIR_NEW} (Brantshire "
            f"Police) as Chair and {VICE_NEW} ({COUNCIL}) as Vice-Chair for 2024-25."
        ),
        *heading("4.", "Meetings"),
        p(
            "4.1 The Board meets four times a year, in September, November, January and March, and holds "
            "its annual meeting in May. The Chair may call an extra meeting at seven days' notice."
        ),
        p("4.2 Papers are sent out five working days before a meeting. Meetings are not open to the public."),
        p(
            "4.3 <b>Quorum.</b> A meeting is quorate when at least five members are present, including "
            "members from at least three responsible authorities. (Under the 2022 terms the quorum was "
            "four members from any two responsible authorities.) A substitute counts towards the quorum."
        ),
        *heading("5.", "Decisions about money"),
        p(f"5.1 Bids to the {WRENFOLD_FUND} are decided as follows:"),
        lettered(
            [
                f"bids of more than {pounds(10000)}: by the Board at a meeting;",
                f"bids of more than {pounds(1000)} and up to {pounds(10000)}: by the Funding Sub-Group "
                f"(threshold raised from {pounds(5000)} on {ordinal('2024-05-21')});",
                f"small grants of up to {pounds(1000)}: by the Community Safety Manager under delegated "
                "powers.",
            ]
        ),
        p(
            "5.2 Every decision made by the Funding Sub-Group or under delegated powers is reported to the "
            "next meeting of the Board. The Board alone may vary an award once made."
        ),
        p(
            "5.3 A member with an interest in a bid declares it and takes no part in the decision on that "
            "bid."
        ),
        *heading("6.", "Sub-groups"),
        p("6.1 The Board has four sub-groups, each reporting to every meeting:"),
        numerals(
            [
                f"Funding Sub-Group, chaired by {FIRE}; four voting members, quorum three;",
                f"Violence Against Women and Girls Delivery Group, chaired by {HARBOURLIGHT};",
                f"Serious Violence Duty Steering Group, chaired by {COUNTY};",
                "ASB and Town Centre Tasking Group, chaired by Inspector Dean Harker, Brantshire Police.",
            ]
        ),
        *heading("7.", "Review"),
        p(
            "7.1 These terms replace those of June 2022 and will be reviewed at the annual meeting in May "
            "2025.",
        ),
        p(f"Lead officer: {MANAGER}, Community Safety Manager, {COUNCIL}.", SMALL),
    ]
