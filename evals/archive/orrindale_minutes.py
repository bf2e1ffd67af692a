"""Partnership M's Board minutes of Tuesday 11th June 2024 on orrindale_layout's amber-strip furniture, in a
narrative style: attendance told in prose, headings "Item 1" to "Item 9", dates written "Tuesday 10th
September 2024", and decisions inside the prose ("Members approved ...", "The Board was minded to support
... subject to ...", "It was agreed not to proceed with ...", "members deferred a decision"). A new Chair
and Vice-Chair are elected; the priorities for 2024-25 are set (one renamed, one added, one dropped); the
Assessment Panel's recommendations are decided: three awards as recommended, one at the recommended sum
below the sum asked, one conditional, one deferred though recommended, one not proceeded with; a direct
award; an actions table (No. | Action | Owner | Due) at the end."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from evals.archive.common import Meta
from evals.archive.names import ORRINDALE, ORRINDALE_BOARD
from evals.archive.orrindale_layout import (
    Furniture,
    caption,
    grouped,
    heading,
    notice,
    p,
    render_pages,
    title,
)

TITLE = f"{ORRINDALE_BOARD} minutes, 11 June 2024"
ACTIONS = (
    ("1", "Write to every applicant with the Board's decision on its bid", "Imogen Darrowby", "21/06/24"),
    (
        "2",
        "Obtain a second quotation for the Cornmarket CCTV upgrade and confirm the award",
        "Imogen Darrowby",
        "31/07/24",
    ),
    (
        "3",
        "Confirm Lydgate Homes' matching contribution for Lock Fast, for the September meeting",
        "Graham Oakenshaw",
        "27/08/24",
    ),
    (
        "4",
        "Write to Kindred Recovery CIC about the Westrake Reducing Reoffending Board",
        "Leonie Farrimond",
        "28/06/24",
    ),
    (
        "5",
        "Update the Partnership Plan with the four priorities for 2024-25",
        "Caspar Nethercott",
        "10/09/24",
    ),
    ("6", "Bring the Cornmarket shoplifting problem profile to the Board", "Caspar Nethercott", "10/12/24"),
    ("7", "Send the DHR 2023/02 overview report to the Home Office", "Imogen Darrowby", "28/06/24"),
)


def write_minutes(path: Path) -> Path:
    furniture = Furniture(
        "Board minutes, 11 June 2024", "OSNP/B/2024-06 · unconfirmed until 10 September 2024"
    )
    return render_pages(path, _story, Meta(TITLE, ORRINDALE), furniture)


def _story() -> list[Flowable]:
    actions = [["No.", "Action", "Owner", "Due"], *ACTIONS]
    return [
        notice(),
        *title(
            ORRINDALE_BOARD,
            "Minutes of the meeting held on Tuesday 11th June 2024 at 10.00am in the Long Room, Orrindale "
            "Guildhall",
        ),
        p(
            "In attendance were Superintendent Leonie Farrimond (Westrake Constabulary), who chaired the "
            "meeting from Item 2; Councillor Tobias Quenby and Nathaniel Prentice (Orrindale Borough "
            "Council); Group Manager Ayodele Brackenbury (Westrake Fire and Rescue Service); Rhiannon Tolley "
            "(the Probation Service); Declan Mossop (Office of the Westrake Police, Fire and Crime "
            "Commissioner); Tariq Hollingdrake (Orrindale Youth Justice Service); Morwenna Tresize (Westrake "
            "Public Health); Saoirse Kinsella (Orrin Valley Women's Centre) and Graham Oakenshaw (Lydgate "
            "Homes). Councillor Philippa Arkwright attended for Items 1 and 2. Imogen Darrowby (Community "
            "Safety Manager), Caspar Nethercott (Community Safety Analyst) and Poppy Winterbourne "
            "(Democratic Services, minutes) supported the meeting."
        ),
        heading("Item 1", "Welcome, apologies and declarations of interest"),
        p(
            "Imogen Darrowby opened the meeting and welcomed Councillor Tobias Quenby, who became the "
            "Council's Cabinet Member for Communities in May 2024. Apologies were received from Councillor "
            "Hugo Pascoe (Westrake County Council) and Dr Farhana Siddall (Westrake and Lyde Integrated Care "
            "Board). With four of the six responsible authorities represented, the meeting was quorate."
        ),
        p(
            "Saoirse Kinsella declared an interest in bid NSG24-01, Superintendent Farrimond in bid "
            "NSG24-05 and Graham Oakenshaw in bid NSG24-06. Each left the room while their own "
            "organisation's bid was discussed and decided under Item 5."
        ),
        heading("Item 2", "Election of Chair and Vice-Chair"),
        p(
            "Councillor Arkwright, who has chaired the Partnership since June 2021, stood down as Chair "
            "following her move to the Finance portfolio. Imogen Darrowby invited nominations. "
            "Superintendent Leonie Farrimond, until now the Vice-Chair, was proposed by Rhiannon Tolley and "
            "seconded by Councillor Quenby; there was no other nomination, and she was elected Chair for two "
            "years. Rhiannon Tolley was then elected Vice-Chair, also unopposed."
        ),
        p(
            "Members thanked Councillor Arkwright warmly for three years in the chair. She left the meeting, "
            "and Superintendent Farrimond took the chair."
        ),
        heading("Item 3", "Minutes of Tuesday 12th March 2024 and matters arising"),
        p(
            "The minutes of the meeting held on Tuesday 12th March 2024 were agreed as a true record. "
            "Arising from them, the Community Safety Manager confirmed that the Community Safety Grants of "
            "2023-24 closed with £7,350 unspent, which is carried into 2024-25, and that the Police, Fire "
            "and Crime Commissioner confirmed a grant of £74,000 for 2024-25 on Tuesday 2nd April 2024."
        ),
        heading("Item 4", "Priorities for 2024-25"),
        p(
            "Caspar Nethercott took members through the recommendations of the Strategic Assessment 2024. "
            "Discussion centred on whether dropping reducing reoffending would leave a gap; Rhiannon Tolley "
            "explained that the Westrake Reducing Reoffending Board now holds that work across the county "
            "and will report to the Partnership once a year."
        ),
        p(
            "Members approved four priorities for 2024-25: <b>violence against women and girls</b>; "
            "<b>safer streets and public spaces</b>, which replaces anti-social behaviour in Orrindale town "
            "centre and now covers the whole borough; <b>serious violence</b>; and <b>neighbourhood crime "
            "(residential burglary and vehicle crime)</b>, which is new. Reducing reoffending is no longer a "
            "Partnership priority. Members asked for the shoplifting problem profile proposed in "
            "Recommendation 6 to come to the meeting on Tuesday 10th December 2024."
        ),
        heading("Item 5", "Neighbourhood Safety Grants 2024-25: the Assessment Panel's recommendations"),
        p(
            "Rhiannon Tolley presented the report of the Assessment Panel, which met on Wednesday 15th May "
            "2024 and scored seven bids. It recommended £77,300 for six of them, out of £96,350 available. "
            "Members were reminded that the Panel advises and the Board decides. The Vice-Chair took the "
            "chair while bid NSG24-05 was considered."
        ),
        p(
            "Members approved the Panel's recommendations for Open Door (NSG24-01), awarding £19,500 to the "
            "Orrin Valley Women's Centre; for Stand Tall (NSG24-04), awarding £7,600 to St Aldhelm's Amateur "
            "Boxing Club; and for Operation Tallow (NSG24-05), awarding £9,800 to Westrake Constabulary."
        ),
        p(
            "On Late Shift (NSG24-02), Councillor Quenby asked whether the full £14,500 the Orrindale Youth "
            "Trust had asked for could be found. Members preferred to follow the Panel and approved £12,000 "
            "for 40 sessions, on the understanding that the Trust may ask for more later in the year."
        ),
        p(
            "The Board was minded to support the Cornmarket CCTV upgrade (NSG24-03) at up to £22,000, "
            "subject to a second contractor's quotation being received, and delegated to the Community "
            "Safety Manager the confirmation of the award at the lower of the two quotations."
        ),
        p(
            "Lydgate Homes has not yet confirmed the £6,400 of its own money with which it would match a "
            "grant for Lock Fast (NSG24-06). Although the Panel had recommended the bid, members deferred a "
            "decision to the meeting on Tuesday 10th September 2024."
        ),
        p(
            "It was agreed not to proceed with Second Chances (NSG24-07), for which Kindred Recovery CIC had "
            "asked for £11,200, in line with the Panel's advice and with the decision under Item 4. The "
            "Chair will write to Kindred Recovery to suggest the Westrake Reducing Reoffending Board."
        ),
        heading("Item 6", "Serious Violence Duty"),
        p(
            "Tariq Hollingdrake presented the Westrake serious violence strategic needs assessment and the "
            "county strategy built on it. Members endorsed Orrindale's part in the strategy and asked the "
            "Youth Justice Service to bring a local delivery plan, focused on under-25s and possession of "
            "weapons, to the December meeting."
        ),
        heading("Item 7", "Domestic Homicide Review DHR 2023/02"),
        p(
            "The Board considered the overview report of Domestic Homicide Review 2023/02 ('Marianne'). "
            "Members approved the report and its action plan of eleven recommendations for submission to the "
            "Home Office. It was agreed not to publish the executive summary until the related criminal "
            "proceedings have ended."
        ),
        heading("Item 8", "Request from Orrindale Night Angels"),
        p(
            "Orrindale Night Angels, the volunteers who help people in the town centre on Friday and "
            "Saturday nights, asked for £2,500 for six radios linked to the CCTV control room and for "
            "first-aid kits. Members approved £2,500 from the Neighbourhood Safety Grants as a direct award "
            "(NSG24-08), without a Panel assessment, as the grant rules allow for sums under £3,000."
        ),
        p(
            "After this meeting £51,400 has been awarded and up to £22,000 is held for the CCTV upgrade, "
            "leaving £22,950 of the £96,350 uncommitted."
        ),
        heading("Item 9", "Any other business and next meeting"),
        p(
            "Group Manager Brackenbury told members he will retire in October 2024, and Westrake Fire and "
            "Rescue Service will nominate his successor. The next meeting will be held on Tuesday 10th "
            "September 2024 at 10.00am in the Long Room, Orrindale Guildhall."
        ),
        caption("Actions arising"),
        grouped(actions, [30, 290, 95, 55]),
        p(" "),
        p("Signed as a correct record: ................................ (Chair)     Date: ............"),
    ]
