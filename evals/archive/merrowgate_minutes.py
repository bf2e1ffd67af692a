"""Partnership W's board minutes in two styles: the annual meeting of Wednesday 14 June 2023 as formal
minutes ("Minute 23/17", "RESOLVED: (i) ... (ii) ..."), and the meeting of 7 December 2023 as notes and an
action log (those present as initials with a key, narrative paragraphs under numbered headings, decisions
written as "The Board agreed", an action log table of number, action, owner, due date and status)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.merrowgate_funding import (
    ANALYST,
    CHAIR_FIRST,
    CHAIR_SECOND,
    CHAIR_THIRD,
    COHESION_FORUM,
    CONTRIBUTION_2324,
    COUNTY,
    DA_SERVICE,
    FIRE,
    GRANT_2223,
    GRANT_2324,
    HOUSING,
    HOUSING_REP,
    ICB_REP,
    MANAGER_NEW,
    MANAGER_OLD,
    OFFICER_LIMIT_OLD,
    OPCC,
    PANEL_LIMIT_OLD,
    PRIORITIES_2324,
    PRIORITIES_2425,
    PROBATION,
    UNDERSPEND_2223,
    VICE_THIRD,
    YOUTH,
)
from evals.archive.merrowgate_layout import (
    SMALL,
    Furniture,
    banded,
    heading,
    long_date,
    note,
    notice,
    numbered,
    p,
    pairs,
    pounds,
    render_pages,
    subheading,
    title_block,
)
from evals.archive.names import MERROWGATE, MERROWGATE_BOARD, MERROWGATE_FUND

TITLE_JUNE = f"{MERROWGATE_BOARD}: minutes of the annual meeting, 14 June 2023"
TITLE_DECEMBER = f"{MERROWGATE_BOARD}: meeting notes and action log, 7 December 2023"


def write_minutes_june(path: Path) -> Path:
    return render_pages(
        path, _june, Meta(TITLE_JUNE, MERROWGATE), Furniture("Board minutes 14.06.2023", folio="slash")
    )


def _minute(number: str, text: str) -> Flowable:
    return subheading(f"Minute {number}&nbsp;&nbsp;{text}")


def _june() -> list[Flowable]:
    return [
        title_block(MERROWGATE, "Partnership Board: Minutes of the Annual Meeting", long_date("2023-06-14")),
        notice(),
        pairs(
            [
                ("Time and place", "10.00am, Committee Room 2, Merrowgate Civic Centre"),
                (
                    "Present",
                    f"{CHAIR_SECOND} (Westhallow Constabulary) in the chair from Minute 23/14; "
                    f"{CHAIR_THIRD} (Merrowgate Borough Council); {FIRE} (Westhallow Fire and Rescue "
                    f"Service); {PROBATION} (Probation Service); {ICB_REP} (Westhallow and Ferne ICB); "
                    f"{COUNTY} (Westhallow County Council); {YOUTH} (Westhallow Youth Justice Service); "
                    f"{HOUSING_REP} ({HOUSING})",
                ),
                (
                    "In attendance",
                    f"{OPCC} (Office of the Police, Fire and Crime Commissioner); {MANAGER_OLD} "
                    f"(Community Safety Manager); {MANAGER_NEW} (Community Safety Officer); {ANALYST} "
                    "(Community Safety Analyst, minutes)",
                ),
                ("Apologies", "Superintendent Alan Moss (Westhallow Constabulary)"),
            ]
        ),
        Spacer(1, 6),
        _minute("23/12", "Apologies and quorum"),
        p(
            "Apologies were noted as above. Six responsible authorities were represented and the meeting "
            "was quorate (the quorum is three members, including at least two responsible authorities)."
        ),
        _minute("23/13", "Minutes of the meeting held on 21 March 2023"),
        p("RESOLVED: that the minutes of the meeting held on 21 March 2023 be approved as a correct record."),
        _minute("23/14", "Election of Chair and Vice-Chair for 2023-24"),
        p(
            f"The Community Safety Manager took the chair for this item. He reported that {CHAIR_FIRST}, "
            "Chair since 2020, had left the council's cabinet in May 2023 and so stood down from the Board. "
            "Members recorded their thanks for her leadership."
        ),
        p(
            f"RESOLVED: (i) that {CHAIR_SECOND} be elected Chair of the Board for 2023-24; and (ii) that "
            f"{CHAIR_THIRD}, Cabinet Member for Communities, be elected Vice-Chair for 2023-24."
        ),
        _minute("23/15", "Priorities for 2023-24"),
        p(
            "The Board considered the annual refresh of the strategic assessment. Serious violence had "
            "risen and the Serious Violence Duty now applied to the partnership; recorded hate crime was "
            f"falling and the {COHESION_FORUM} had agreed to lead that work."
        ),
        p(
            "RESOLVED: (i) that the priorities for 2023-24 be: "
            + "; ".join(x.lower() if i else x for i, x in enumerate(PRIORITIES_2324))
            + f"; (ii) that hate crime and community cohesion cease to be a Board priority and pass to the "
            f"{COHESION_FORUM}, which will report to the Board once a year."
        ),
        _minute("23/16", f"{MERROWGATE_FUND} 2023-24: budget and delegations"),
        p(
            f"{MANAGER_OLD} reported that the Commissioner's grant for 2023-24 was {pounds(GRANT_2324)}, "
            f"down from {pounds(GRANT_2223)} in 2022-23. With the council's contribution of "
            f"{pounds(CONTRIBUTION_2324)} and the 2022-23 underspend of {pounds(UNDERSPEND_2223)} brought "
            "forward, £79,050 was available."
        ),
        p(
            f"RESOLVED: that bids of up to {pounds(OFFICER_LIMIT_OLD)} may be approved by the Community "
            f"Safety Manager under delegated powers and bids of up to {pounds(PANEL_LIMIT_OLD)} by the Bid "
            "Panel, each reported to the next meeting of the Board; larger bids come to the Board."
        ),
        _minute("23/17", "Funding bids, round 1"),
        p(
            "Five bids had been scored by officers. Mr Ilori declared an interest in bid (iv) as a "
            "Ring Road resident and took no part in the decision on it."
        ),
        p("RESOLVED:"),
        numbered(
            [
                f"to award £9,800 to {DA_SERVICE} for IDVA outreach in Southfields, as requested;",
                "to award £7,500 to Tidewell Youth Trust for detached youth work in Millbrook (£11,000 "
                "requested), the Board funding the evening sessions only;",
                "to defer the bid of £6,400 from Tanners Green Boxing Club (Gloves Not Knives) pending "
                "revised costings for the venue;",
                "not to support the bid of £22,000 from Merrowgate Borough Council Parking Services for ANPR "
                "cameras on the Ring Road, capital schemes falling outside the fund's criteria;",
                "to award £4,000 to Ormond Park Residents' Association for Safer Streets Walkabouts.",
            ],
            kind="i",
            form="(%s)",
        ),
        _minute("23/18", "Serious Violence Duty"),
        p(
            f"{CHAIR_SECOND} reported that the Westhallow Violence Reduction Unit would fund an analyst to "
            "prepare the strategic needs assessment. RESOLVED: that the needs assessment be "
            "combined with the "
            "partnership's Strategic Intelligence Assessment due in the autumn, and that a Serious Violence "
            "Strategy be published by 31 January 2024."
        ),
        _minute("23/19", "Domestic Homicide Review (DHR Ellen)"),
        p(
            "The review commissioned in February 2023 was under way with an independent chair. The Board "
            "noted the progress report; the family had met the chair. The report was due in the spring."
        ),
        _minute("23/20", "Community Safety Manager"),
        p(
            f"The Board noted that {MANAGER_OLD} would retire at the end of August 2023 and that "
            f"{MANAGER_NEW} had been appointed Community Safety Manager from 4 September 2023."
        ),
        _minute("23/21", "Date of next meeting"),
        p("Wednesday 20 September 2023, 10.00am, Committee Room 2."),
        Spacer(1, 14),
        p("Signed ..................................... Chair &nbsp;&nbsp;&nbsp; Date ....................."),
    ]


def write_notes_december(path: Path) -> Path:
    return render_pages(
        path,
        _december,
        Meta(TITLE_DECEMBER, MERROWGATE),
        Furniture("Meeting notes and action log, 7 December 2023", folio="slash"),
    )


KEY = (
    ("GL", f"{CHAIR_SECOND}, Chair (Westhallow Constabulary)"),
    ("PV", f"{CHAIR_THIRD}, Vice-Chair (Merrowgate Borough Council)"),
    ("RA", f"{VICE_THIRD} (Westhallow Constabulary)"),
    ("LF", f"{FIRE} (Westhallow Fire and Rescue Service)"),
    ("CH", f"{PROBATION} (Probation Service)"),
    ("ST", f"{COUNTY} (Westhallow County Council)"),
    ("DF", f"{YOUTH} (Westhallow Youth Justice Service)"),
    ("NB", f"{OPCC} (OPCC)"),
    ("KD", f"{MANAGER_NEW} (Community Safety Manager)"),
    ("IK", f"{ANALYST} (Community Safety Analyst)"),
)

ACTIONS = (
    ("A23/31", "Circulate the final Strategic Intelligence Assessment and executive summary", "IK",
     "15/12/23", "Done"),
    ("A23/32", "Draft terms of reference for a VAWG Sub-Group to replace the Domestic Abuse Sub-Group", "CH",
     "12/03/24", "Open"),
    ("A23/33", "Invite the Business Improvement District to set up a Retail Crime Working Group", "KD",
     "31/01/24", "Open"),
    ("A23/34", "Publish the Serious Violence Strategy", "RA", "31/01/24", "Open"),
    ("A23/35", "Write to Ormond Park Residents' Association confirming the reduced award", "KD", "22/12/23",
     "Open"),
    ("A23/36", "Seek A&amp;E assault data from the ICB for the 2024 refresh", "IK", "12/03/24", "Open"),
    ("A23/29", "Report on the Tidewell Youth Trust's financial position (from 20/09/23)", "KD", "07/12/23",
     "Carried forward"),
)  # fmt: skip


def _december() -> list[Flowable]:
    return [
        title_block(
            MERROWGATE,
            "Partnership Board: Meeting Notes and Action Log",
            "Thursday 7 December 2023, 2pm to 4.15pm, Quayside Hub and online (hybrid)",
        ),
        notice(),
        subheading("Attendance"),
        pairs(KEY, widths=(40, 439)),
        p(
            f"Apologies: {ICB_REP} (ICB), {HOUSING_REP} ({HOUSING}). The meeting was quorate.",
            SMALL,
        ),
        heading("Welcome and announcements", "1."),
        p(
            "GL welcomed members. He has been promoted to Superintendent and moves to the force's Eastern "
            "Command in January, so this is his last meeting. RA has succeeded him as the Merrowgate "
            "district commander and joins the Board as the police's member."
        ),
        p(
            "The Board agreed that PV becomes Chair from 1 January 2024 until the annual meeting in June, "
            "and that RA becomes Vice-Chair for the same period. Members thanked GL for his six months as "
            "Chair and his four years on the Board."
        ),
        heading("Notes of 20 September 2023 and matters arising", "2."),
        p(
            "Agreed as a correct record. On A23/29, KD reported that the Tidewell Youth Trust had told the "
            "council it expected to close in the new year; the Millbrook detached youth work had continued "
            "to December. The action is carried forward for a final position at the next meeting."
        ),
        heading("Strategic Intelligence Assessment 2023", "3."),
        p(
            "IK presented the assessment, which covers the three years to 30 September 2023 and includes "
            "the strategic needs assessment for the Serious Violence Duty. Shoplifting had risen by almost a "
            "third in a year and possession of weapons offences by more than a fifth; Castlegate and "
            "Quayside remain the wards with the most crime and ASB."
        ),
        p(
            "Discussion centred on whether retail crime should be a priority in its own right: NB said the "
            "Commissioner's plan already included business crime, and the Board agreed it should. The "
            "Board agreed the recommended priorities for 2024-25: "
            + "; ".join(x.lower() for x in PRIORITIES_2425)
            + ". Domestic abuse is not dropped but sits within violence against women and girls."
        ),
        heading("Community Safety Fund", "4."),
        p(
            "KD presented the deferred bid from Tanners Green Boxing Club (Gloves Not Knives), returned "
            "with revised costings now that the club will use the Millbrook Community Hub at a lower hire "
            "charge. The Board agreed to fund it at £5,200 (£6,400 had been asked in June)."
        ),
        p(
            "The Ormond Park Residents' Association had held four of the ten Safer Streets Walkabouts "
            "planned because of a shortage of volunteers and asked to scale the project down. The Board "
            "amended its decision of 14 June 2023 so that the award is reduced from £4,000 to £2,600."
        ),
        p(
            "The Board noted that KD had approved £1,900 for Operation Nightlight taxi marshals under "
            "delegated powers on 28 November 2023, for the Friday and Saturday nights of December."
        ),
        heading("Domestic Homicide Review (DHR Ellen)", "5."),
        p(
            "CH reported that the overview report is in its final draft. The Board will sign it off in "
            "March before it goes to the Home Office quality assurance panel."
        ),
        heading("Any other business", "6."),
        p(
            "LF reported that the fire service's home fire safety visits now include a domestic abuse "
            "screening question. ST said the county's Combating Drugs Partnership will meet the chairs of "
            "all district CSPs in February."
        ),
        heading("Action log", "7."),
        banded(
            [["No.", "Action", "Owner", "Due", "Status"], *[list(a) for a in ACTIONS]],
            (46, 285, 40, 52, 56),
        ),
        Spacer(1, 8),
        p("<b>Next meeting:</b> Tuesday 12 March 2024, 2pm, Quayside Hub."),
        note("Notes taken by IK. Actions are carried forward until the Board agrees they are complete."),
    ]
