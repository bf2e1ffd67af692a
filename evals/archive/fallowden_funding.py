"""Partnership S's funding papers: the Safer Places Fund's awards schedule for 2023/24 of 27 June 2023
(the Fund's income, the Small Grants Panel's scored decisions of 6 June 2023, every bid of the first round
with the Panel's or the Board's decision on a landscape page, no second round, the conditions of grant);
and the record of the Chair's decision between meetings of 16 January 2024 (a boxed form with tick boxes,
which the build scans to an image)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import FICTIONAL, Meta
from evals.archive.fallowden_layout import (
    FORM,
    FORM_BOLD,
    SMALL,
    Furniture,
    arrows,
    form,
    note,
    notice,
    numbered,
    p,
    render_pages,
    rounded,
    section,
    title,
    whole,
)
from evals.archive.names import FALLOWDEN, FALLOWDEN_BOARD, FALLOWDEN_FUND, FALLOWDEN_PANEL

TITLE_SCHEDULE = f"{FALLOWDEN}: {FALLOWDEN_FUND} 2023/24, Small Grants Panel decisions and awards schedule"
TITLE_CHAIR = f"{FALLOWDEN}: record of a decision taken by the Chair between meetings, CD 01/24"

# The first round of 2023/24: (ref, project, lead, priority, requested, decision, awarded, decided by)
BIDS_2324 = (
    ("SP23-01", "IDVA service", "Foxglove Domestic Abuse Service", "Domestic abuse", 18500, "Approved", 18500,
     "Board, 20 June 2023"),
    ("SP23-02", "After Dark Welfare Patrols", "Fallowden Faith Forum", "ASB and town centre safety", 7200,
     "Approved (reduced)", 6500, "Board, 20 June 2023"),
    ("SP23-03", "Kettlebridge Youth Outreach Bus", "Kettlebridge Youth Network", "ASB and town centre safety",
     9800, "Approved", 9800, "Board, 20 June 2023"),
    ("SP23-04", "Scam Champions", "Silver Years Dunmarsh", "Fraud and scams", 4200, "Approved", 4200,
     "Small Grants Panel, 6 June 2023"),
    ("SP23-05", "Safe Shops scheme", "Fallowden Business Improvement District", "ASB and town centre safety",
     3100, "Approved", 3100, "Small Grants Panel, 6 June 2023"),
    ("SP23-06", "Edge of Harm knife crime workshops", "Dunmarsh Youth Justice Service", "Serious violence",
     5600, "Approved", 5600, "Board, 20 June 2023"),
    ("SP23-07", "Hostel Outreach and Naloxone", "Turning Tides Recovery", "Drugs and alcohol misuse", 8400,
     "Deferred to 19 September 2023", 0, "Board, 20 June 2023"),
    ("SP23-08", "Lowfield CCTV camera replacement", "Fallowden District Council",
     "ASB and town centre safety",
     14000, "Declined (capital works)", 0, "Board, 20 June 2023"),
    ("SP23-09", "Chalkpit community garden gates", "Chalkpit Residents' Association",
     "ASB and town centre safety",
     2800, "Not approved (scored 11 of 25)", 0, "Small Grants Panel, 6 June 2023"),
    ("SP23-10", "Ropewalk summer street party", "Ropewalk Community Forum", "None", 900,
     "Not approved (outside the priorities)", 0, "Small Grants Panel, 6 June 2023"),
)  # fmt: skip


def write_schedule(path: Path) -> Path:
    furniture = Furniture("Safer Places Fund 2023/24", "27.06.2023", "FCSP/SPF/2324/01 · issued 27 June 2023")
    return render_pages(path, _schedule, Meta(TITLE_SCHEDULE, FALLOWDEN), furniture)


def write_chair_decision(path: Path) -> Path:
    """The digital original; the build ships only its scan."""
    furniture = Furniture("Chair's decision", "2024", "", plain=True)
    return render_pages(path, _chair_decision, Meta(TITLE_CHAIR, FALLOWDEN), furniture)


def _schedule() -> list[Flowable]:
    income = [
        ["Income 2023/24", "£"],
        ["Community Safety Grant, Dunmarsh Police and Crime Commissioner", whole(51000)],
        ["Fallowden District Council contribution", whole(12000)],
        ["Carried forward from 2022/23", whole(6160)],
        ["Fund available", whole(69160)],
    ]
    panel = [
        ["Ref", "Bid", "Requested", "Score (of 25)", "Panel decision"],
        ["SP23-04", "Scam Champions, Silver Years Dunmarsh", whole(4200), "21", "Approved in full"],
        ["SP23-05", "Safe Shops scheme, Fallowden Business Improvement District", whole(3100), "18",
         "Approved in full"],
        ["SP23-09", "Community garden gates, Chalkpit Residents' Association", whole(2800), "11",
         "Not approved: below the pass mark of 15, and capital works"],
        ["SP23-10", "Summer street party, Ropewalk Community Forum", whole(900), "8",
         "Not approved: outside the priorities"],
    ]  # fmt: skip
    schedule = [
        ["Ref", "Project", "Lead organisation", "Priority", "Requested", "Decision", "Awarded", "Decided by"]
    ]
    for ref, name, lead, theme, asked, decision, awarded, by in BIDS_2324:
        schedule.append(
            [ref, name, lead, theme, whole(asked), decision, whole(awarded) if awarded else "–", by]
        )
    awarded = sum(b[6] for b in BIDS_2324)
    schedule.append(["", "Total awarded at 27 June 2023", "", "", "", "", whole(awarded), ""])
    return [
        *title(
            FALLOWDEN_FUND,
            "Small Grants Panel decisions and awards schedule 2023/24",
            f"First round · Panel of 6 June 2023 and {FALLOWDEN_BOARD} of 20 June 2023",
        ),
        notice(),
        *section("01", "The Fund in 2023/24", "The Fund"),
        p(
            f"The {FALLOWDEN_FUND} pays for projects that meet the partnership's priorities. This schedule "
            "records every bid made in the first round for 2023/24 and what was decided. It replaces the "
            "provisional list circulated after the Panel's meeting."
        ),
        rounded(income, [380, 99], figures=(1,), total=True),
        *section("02", "Who decides", "Who decides"),
        arrows(
            [
                f"The {FALLOWDEN_PANEL} decides bids of up to £5,000. Its members are Owen Strickley "
                "(lead officer, who chairs it), Tobias Hanlon (Office of the Police and Crime "
                "Commissioner) and Dev Lakhani (Fallowden Council for Voluntary Service).",
                f"The {FALLOWDEN_BOARD} decides bids above £5,000.",
                "Each bid is scored out of 25 against the priorities, evidence of need, outcomes, value for "
                "money and sustainability. The pass mark is 15.",
            ]
        ),
        *section("03", "Small Grants Panel, 6 June 2023", "Panel decisions"),
        p(
            "The Panel met at Wharf House and scored four bids within its limit. All three members were "
            "present."
        ),
        rounded(panel, [48, 200, 58, 52, 121], figures=(2, 3)),
        note(
            "The Chalkpit Residents' Association was advised to approach the district council's community "
            "grants scheme for the gates."
        ),
        NextPageTemplate("wide"),
        PageBreak(),
        *section("04", "Awards schedule: first round 2023/24", "Schedule"),
        p(
            "Every bid of the first round, with the decision of the Panel or the Board. Bids above £5,000 "
            "were decided by the Board on 20 June 2023.",
            SMALL,
        ),
        rounded(schedule, [46, 112, 118, 92, 60, 110, 50, 138], figures=(4, 6), total=True),
        note(
            f"Uncommitted after the first round: {whole(69160 - awarded)}, before the costs of domestic "
            "homicide reviews (about £4,800) and training (about £2,300). The deferred Turning Tides bid "
            "(£8,400) returns to the Board on 19 September 2023."
        ),
        NextPageTemplate("page"),
        PageBreak(),
        *section("05", "Is there a second round?", "Second round"),
        p(
            "No. The Board agreed on 20 June 2023 not to open a second round in 2023/24. The uncommitted "
            "balance is held for the deferred bid, domestic homicide review costs and pressures in the "
            "year, which the Chair may meet between meetings up to £3,000 a decision."
        ),
        *section("06", "Conditions of grant", "Conditions"),
        numbered(
            [
                "Money is spent only on the project as approved; any change needs the lead officer's "
                "written agreement.",
                "A monitoring return is due each quarter, by 15 July, 15 October, 15 January and 15 April.",
                "Money not spent by 31 March 2024 is returned to the Fund by 30 April 2024.",
                "Publicity acknowledges the partnership and the Police and Crime Commissioner.",
                "An award may be withdrawn if the project cannot go ahead.",
            ]
        ),
        p("Questions to Owen Strickley, Community Safety and Resilience Manager, at Wharf House, Fallowden."),
    ]


def _chair_decision() -> list[Flowable]:
    return [
        p(FICTIONAL, SMALL),
        Spacer(1, 8),
        p(f"<b>{FALLOWDEN.upper()}</b>", FORM_BOLD),
        p("RECORD OF A DECISION TAKEN BY THE CHAIR BETWEEN MEETINGS", FORM_BOLD),
        p(
            "Terms of reference: urgent decisions of up to £3,000, reported to the next Board for "
            "ratification.",
            FORM,
        ),
        Spacer(1, 8),
        form(
            [
                ("Reference", "CD 01/24"),
                ("Date of decision", "16 January 2024"),
                (
                    "Decision taken by",
                    "Cllr Rosalind Tembe, Chair, after consulting the Vice-Chair, Chief Inspector Marcus "
                    "Hebden",
                ),
                (
                    "Type of decision",
                    "\u2612 Variation to an existing award&nbsp;&nbsp;&nbsp; \u2610 New award"
                    "&nbsp;&nbsp;&nbsp; \u2610 Other",
                ),
                ("Award", "SP23-03 Kettlebridge Youth Outreach Bus, Kettlebridge Youth Network"),
                ("Original award", "£9,800 (Board, 20 June 2023)"),
                (
                    "Decision",
                    "To increase the award by £1,500 to £11,300, for eight extra Friday evening sessions in "
                    "Kettlebridge South from 2 February to 22 March 2024.",
                ),
                (
                    "Why it could not wait",
                    "Anti-social behaviour incidents in Kettlebridge South from October to December 2023 "
                    "were 38% higher than a year earlier. The sessions had to start before the Board meets "
                    "on 12 March 2024.",
                ),
                (
                    "Money",
                    f"From the uncommitted balance of the {FALLOWDEN_FUND} 2023/24: £6,460 before this "
                    "decision, £4,960 after it.",
                ),
                ("Within the Chair's limit?", "\u2612 Yes (£3,000)&nbsp;&nbsp;&nbsp; \u2610 No"),
                ("Ratification", "To be reported to the Board on 12 March 2024 for ratification."),
            ]
        ),
        Spacer(1, 18),
        p("Signed: <i>R. Tembe</i>&nbsp;&nbsp;&nbsp; Chair&nbsp;&nbsp;&nbsp; 16/01/2024", FORM),
        p(
            "Countersigned: <i>O. Strickley</i>&nbsp;&nbsp;&nbsp; Lead officer&nbsp;&nbsp;&nbsp; 16/01/2024",
            FORM,
        ),
    ]
