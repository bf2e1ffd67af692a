"""Partnership A's board minutes of 2023, each in its own house style: numbered items ("4.2") with
"N of M" footers, "Minute 23/41" items with initials and an agency key, and "Agenda item 3" items with
a title-and-page footer. Decisions are worded in the styles real minutes use."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from evals.archive.common import Meta, banner, bold_row, h1, h2, para, paras, render, table
from evals.archive.names import KESTRELFORD

BOARD = "Kestrelford Community Safety Partnership Board"


def actions_table(rows: Sequence[tuple[str, str, str, str, str]]) -> Flowable:
    """Number, action, owner, due date, status."""
    header = bold_row(("No.", "Action", "Owner", "Due", "Status"))
    return table([header, *map(list, rows)], (35, 235, 85, 75, 65), keep=True)


def write_minutes_june(path: Path) -> Path:
    return render(
        path,
        _june,
        Meta(f"{BOARD} minutes 14 June 2023", KESTRELFORD),
        footer=lambda page, total: f"{page} of {total}",
    )


def write_minutes_september(path: Path) -> Path:
    return render(
        path,
        _september,
        Meta(f"{BOARD} minutes 20 September 2023", KESTRELFORD),
        footer=lambda page, _total: f"Page {page}",
    )


def write_minutes_december(path: Path) -> Path:
    return render(
        path,
        _december,
        Meta(f"{BOARD} minutes 6 December 2023", KESTRELFORD),
        footer=lambda page, _total: f"Kestrelford CSP Board minutes, December 2023 page {page}",
    )


def _june() -> list[Flowable]:
    return [
        banner(),
        h1(f"{BOARD}: minutes of the meeting held on 14 June 2023"),
        para("10:00, Committee Room 1, Kestrelford Civic Centre"),
        para(
            "<b>Present:</b> Councillor Maren Ashby (Chair, Kestrelford Borough Council); Superintendent "
            "Idris Vane (Wessmoor Police); Group Manager Tamsin Odell (Wessmoor Fire and Rescue Service); "
            "Priya Lomas (The Probation Service); Hattie Crane (Harbour Lane Domestic Abuse Service); Joel "
            "Okafor (Community Safety Manager, Kestrelford Borough Council)."
        ),
        para(
            "<b>Apologies:</b> Dr Felix Marchetti (Wessmoor Integrated Care Board); Rowan Petrie (Office "
            "of the Police and Crime Commissioner). The meeting was quorate."
        ),
        h2("1. Welcome and apologies"),
        para("The Chair welcomed members; apologies were noted as above."),
        h2("2. Minutes of the meeting of 15 March 2023"),
        para("Agreed as a correct record."),
        h2("3. Strategic Intelligence Assessment 2023"),
        para(
            "The police analyst presented the assessment. The Board adopted the five priorities it "
            "recommends for 2023-24 and thanked the analyst."
        ),
        h2("4. Funding applications, round one 2023-24"),
        *paras(
            "4.1 Street Pastors. RESOLVED: that £6,000 be awarded to Kestrelford Street Pastors for "
            "weekend night patrols in the town centre during 2023-24.",
            "4.2 Youth boxing. The Board agreed to fund the Ostley Green youth boxing project at £3,400.",
            "4.3 Taxi marshals. The bid of £9,800 from the Borough Council Licensing Team for Night-Time "
            "Taxi Marshals at the Corn Exchange rank was deferred to the next meeting, so that the "
            "licensing team can confirm its own contribution.",
            "4.4 Speed indicator devices. A bid of £12,000 from Fennick Cross Residents' Association for "
            "mobile speed indicator devices was declined: road safety is not a partnership priority.",
        ),
        PageBreak(),
        h2("5. Serious Violence Duty"),
        para("The Board noted the update. Joel Okafor will draft the serious violence strategy for January."),
        h2("6. Actions"),
        actions_table(
            (
                (
                    "1",
                    "Confirm the licensing team's contribution to taxi marshals",
                    "Licensing",
                    "31 Jul 2023",
                    "Open",
                ),
                ("2", "Draft the serious violence strategy", "J. Okafor", "31 Jan 2024", "Open"),
                ("3", "Publish the assessment's executive summary", "J. Okafor", "30 Jun 2023", "Open"),
            )
        ),
        h2("7. Date of next meeting"),
        para("20 September 2023 at 10:00."),
    ]


def _september() -> list[Flowable]:
    return [
        banner(),
        h1(f"{BOARD}. Minutes, 20 September 2023"),
        para("Held at Kestrelford Civic Centre, Committee Room 1, from 14:00 to 15:45."),
        para(
            "<b>Present:</b> MA (Chair), IV, TO, PL, FM, JO, HC. <b>Apologies:</b> RP. <b>Key:</b> MA "
            "Maren Ashby, Kestrelford Borough Council; IV Idris Vane, Wessmoor Police; TO Tamsin Odell, "
            "Wessmoor Fire and Rescue Service; PL Priya Lomas, The Probation Service; FM Felix Marchetti, "
            "Wessmoor Integrated Care Board; JO Joel Okafor, Community Safety Manager; HC Hattie Crane, "
            "Harbour Lane Domestic Abuse Service; RP Rowan Petrie, Office of the Police and Crime "
            "Commissioner."
        ),
        h2("Minute 23/38 Apologies and declarations of interest"),
        para("HC declared an interest in Minute 23/42 (i) and left the room for that item."),
        h2("Minute 23/39 Minutes of the previous meeting"),
        para("The minutes of 14 June 2023 were agreed."),
        h2("Minute 23/40 Matters arising"),
        para("The licensing team has confirmed it will pay for the marshals' radios itself (action 1)."),
        h2("Minute 23/41 Night-Time Taxi Marshals"),
        para(
            "Further to the deferral on 14 June 2023, revised costings were received. The Board approved "
            "the Night-Time Taxi Marshals bid at £9,200, down from the £9,800 first requested, for October "
            "2023 to March 2024."
        ),
        h2("Minute 23/42 Funding applications, round two"),
        para(
            "Resolved: (i) to award £7.5k to Harbour Lane Domestic Abuse Service for a Safe at Home refuge "
            "support worker; (ii) not to support the Kestrelford Rugby Club floodlights bid (£8,000) at "
            "this time; (iii) to defer the Larkhollow CCTV upgrade pending costings."
        ),
        PageBreak(),
        h2("Minute 23/43 Police performance"),
        para(
            "IV reported that shoplifting offences in April to August were 14% higher than a year earlier, "
            "most of them in Kestrelford Central. The Board noted the report."
        ),
        h2("Minute 23/44 Actions"),
        actions_table(
            (
                (
                    "1",
                    "Confirm the licensing team's contribution to taxi marshals",
                    "Licensing",
                    "31 Jul 2023",
                    "Complete",
                ),
                ("2", "Draft the serious violence strategy", "JO", "31 Jan 2024", "On track"),
                ("4", "Obtain three quotes for the Larkhollow cameras", "JO", "15 Nov 2023", "Open"),
                ("5", "Ask the BID to propose a retail crime scheme", "IV", "31 Dec 2023", "Open"),
            )
        ),
        h2("Minute 23/45 Next meeting"),
        para("6 December 2023, 10:00."),
    ]


def _december() -> list[Flowable]:
    return [
        banner(),
        h1(f"Minutes of the {BOARD}"),
        para("Wednesday 6 December 2023, 10:00, Council Chamber, Kestrelford Civic Centre"),
        para(
            "<b>Members present:</b> Councillor Maren Ashby (Chair), Superintendent Idris Vane, Priya "
            "Lomas, Dr Felix Marchetti, Hattie Crane, Rowan Petrie. <b>Officer:</b> Joel Okafor. "
            "<b>Apologies:</b> Group Manager Tamsin Odell."
        ),
        h2("Agenda item 1: Minutes of 20 September 2023"),
        para("Approved."),
        h2("Agenda item 2: Larkhollow CCTV upgrade"),
        para(
            "The costings requested in September were received: three quotes, the lowest £11,750 for six "
            "cameras. The Board approved the Larkhollow CCTV upgrade at £11,750."
        ),
        h2("Agenda item 3: Decisions taken between meetings"),
        para(
            "£2,750 for Sanctuary scheme lock changes, run by Kestrelford Homes for victims of domestic "
            "abuse, was approved under delegated powers by the Community Safety Manager on 3 November 2023 "
            "and reported to the Board. The Board noted the decision."
        ),
        h2("Agenda item 4: Budget monitoring"),
        para("£40,600 of the £48,000 allocation for 2023-24 is now committed, leaving £7,400."),
        h2("Agenda item 5: Actions"),
        actions_table(
            (
                ("2", "Draft the serious violence strategy", "J. Okafor", "31 Jan 2024", "On track"),
                (
                    "4",
                    "Obtain three quotes for the Larkhollow cameras",
                    "J. Okafor",
                    "15 Nov 2023",
                    "Complete",
                ),
                ("5", "Ask the BID to propose a retail crime scheme", "I. Vane", "31 Dec 2023", "On track"),
                ("6", "Report the cameras' first quarter of use", "I. Vane", "30 Jun 2024", "Open"),
            )
        ),
        h2("Agenda item 6: Next meeting"),
        para("12 March 2024, 10:00, Committee Room 1."),
    ]
