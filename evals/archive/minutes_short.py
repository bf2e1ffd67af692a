"""Two more sets of partnership A's minutes: a 3-page set whose running header repeats the meeting and
"Page N of 3" ("Item 4" style, an amended decision), and a short set that the build scans to images
(its decisions appear in no other document)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from evals.archive.common import Meta, banner, h1, h2, para, paras, render
from evals.archive.minutes import BOARD, actions_table
from evals.archive.names import KESTRELFORD


def write_minutes_march(path: Path) -> Path:
    return render(
        path,
        _march,
        Meta(f"{BOARD} minutes 12 March 2024", KESTRELFORD),
        header=lambda page, total: f"Board minutes, 12 March 2024          Page {page} of {total}",
    )


def write_minutes_june_2024(path: Path) -> Path:
    """The digital original of the signed minutes that the build scans; never shipped as text."""
    return render(
        path,
        _june_2024,
        Meta(f"{BOARD} minutes 11 June 2024 (signed copy)", KESTRELFORD),
        footer=lambda page, total: f"Signed minutes 11 June 2024, page {page} of {total}",
    )


def _march() -> list[Flowable]:
    return [
        banner(),
        h1(f"{BOARD}"),
        para(
            "Minutes of the meeting on Tuesday 12 March 2024 at 10:00 in Committee Room 1, Kestrelford "
            "Civic Centre."
        ),
        para(
            "<b>Present:</b> Councillor Maren Ashby (Chair), Kestrelford Borough Council; Superintendent "
            "Idris Vane, Wessmoor Police; Group Manager Tamsin Odell, Wessmoor Fire and Rescue Service; Dr "
            "Felix Marchetti, Wessmoor Integrated Care Board; Hattie Crane, Harbour Lane Domestic Abuse "
            "Service; Rowan Petrie, Office of the Police and Crime Commissioner."
        ),
        para(
            "<b>In attendance:</b> Joel Okafor, Community Safety Manager; Gemma Lusk, Democratic Services "
            "(minutes)."
        ),
        para("<b>Apologies:</b> Priya Lomas, The Probation Service."),
        h2("Item 1 Welcome"),
        para("The Chair welcomed Rowan Petrie back after a period of leave."),
        h2("Item 2 Minutes of 6 December 2023"),
        para(
            "Agreed as an accurate record, subject to correcting the spelling of Larkhollow in agenda item 2."
        ),
        h2("Item 3 Matters arising"),
        *paras(
            "The Larkhollow cameras went live on 19 February 2024. Action 6 stays open until the first "
            "quarter's figures are available.",
            "The serious violence strategy was published in January, as planned (action 2, complete).",
        ),
        PageBreak(),
        h2("Item 4 Safe at Home refuge support worker"),
        para(
            "Harbour Lane Domestic Abuse Service reported that the post was filled part-time from January. "
            "The Board amended its decision of 20 September 2023 so that the award is reduced from £7,500 "
            "to £5,000. Hattie Crane declared an interest and took no part in the decision."
        ),
        h2("Item 5 Retail crime"),
        para(
            "Following the assessment's recommendation R2 the Business Improvement District proposed a "
            "Retail Radio link between town centre shops and the police control room. The Board agreed to "
            "fund the Retail Radio link for town centre shops at £4,800."
        ),
        h2("Item 6 Budget outturn 2023-24"),
        para(
            "With the reduction at item 4, awards for the year total £42,900 against the allocation of "
            "£48,000. The £5,100 left will be carried into the partnership reserve."
        ),
        *_march_page_three(),
    ]


def _march_page_three() -> list[Flowable]:
    return [
        PageBreak(),
        h2("Item 7 Domestic Homicide Reviews"),
        *paras(
            "One review has been completed and submitted to the Home Office quality assurance panel. The "
            "second review's chair has been appointed and the first panel meeting will take place in "
            "April.",
            "Members were reminded that draft reports must not be shared outside the panel.",
        ),
        h2("Item 8 Combating Drugs Partnership"),
        para(
            "Wessmoor Public Health presented the county Combating Drugs Partnership's annual update: drug "
            "treatment starts in Kestrelford rose by 11% and naloxone is now carried by every "
            "neighbourhood policing team. Noted."
        ),
        h2("Item 9 Action log"),
        actions_table(
            (
                ("2", "Draft the serious violence strategy", "J. Okafor", "31 Jan 2024", "Complete"),
                ("5", "Ask the BID to propose a retail crime scheme", "I. Vane", "31 Dec 2023", "Complete"),
                ("6", "Report the cameras' first quarter of use", "I. Vane", "30 Jun 2024", "Open"),
                ("7", "Start the 2024-25 bidding round", "J. Okafor", "30 Apr 2024", "Open"),
                ("8", "Refresh Table 1 of the assessment", "Police analyst", "31 Jul 2024", "Open"),
            )
        ),
        h2("Item 10 Any other business"),
        *paras(
            "Tamsin Odell reported that the fire service's home safety visits will now include a question "
            "on doorstep fraud, in support of the priority on fraud against older residents.",
            "Dr Felix Marchetti asked that the next meeting receive a short report on violence-related "
            "hospital admissions. Agreed.",
        ),
        h2("Item 11 Date of next meeting"),
        para("Tuesday 11 June 2024, 10:00, Committee Room 2."),
    ]


def _june_2024() -> list[Flowable]:
    return [
        banner(),
        h1(f"{BOARD}: minutes, 11 June 2024"),
        para("Committee Room 2, Kestrelford Civic Centre, 10:00 to 11:30. Signed copy."),
        para(
            "<b>Present:</b> Superintendent Idris Vane (Chair), Councillor Maren Ashby (Vice-Chair), Priya "
            "Lomas, Dr Felix Marchetti, Hattie Crane, Rowan Petrie, Station Manager Owen Farrant (for "
            "Tamsin Odell). <b>Officer:</b> Joel Okafor. <b>Apologies:</b> Group Manager Tamsin Odell."
        ),
        h2("1. Election of chair for 2024-25"),
        para(
            "Superintendent Idris Vane was elected chair for 2024-25, succeeding Councillor Maren Ashby, "
            "who becomes vice-chair."
        ),
        h2("2. Grant for 2024-25"),
        para("The Police and Crime Commissioner has confirmed a grant of £44,000 for 2024-25."),
        h2("3. Funding applications, round one 2024-25"),
        *paras(
            "3.1 RESOLVED: that £4,150 be awarded to Larkhollow Allotment Watch for shed alarms and "
            "property marking.",
            "3.2 The Board agreed to fund the Safe Spaces pharmacy scheme, run by Wessmoor Public Health, "
            "at £2,600.",
            "3.3 Street Pastors: the Board agreed to continue the weekend patrols in 2024-25 at £6,300.",
            "3.4 The bid of £15,000 from Copperdale Skate Park Trust for a supervised skate park was "
            "declined; the Trust was invited to apply to the council's youth fund.",
        ),
        PageBreak(),
        h2("4. Actions"),
        actions_table(
            (
                ("6", "Report the cameras' first quarter of use", "I. Vane", "30 Jun 2024", "On track"),
                ("9", "Write to Copperdale Skate Park Trust", "J. Okafor", "21 Jun 2024", "Open"),
                ("10", "Agree pharmacy sites for Safe Spaces", "Public Health", "31 Aug 2024", "Open"),
            )
        ),
        h2("5. Next meeting"),
        para("17 September 2024, 10:00."),
        para("Signed as a correct record: I. Vane, Chair."),
    ]
