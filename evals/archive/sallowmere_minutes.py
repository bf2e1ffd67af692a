"""Partnership L's Board meetings on sallowmere_layout's plum-rule furniture, in two styles.

Formal minutes of 16 July 2024: present, also present and apologies as paragraphs, the quorum, minute
numbers "24/15" to "24/22" as headings, and decisions as "RESOLVED – (1) ... (2) ..." with numbered
resolutions: a new Chair and Vice-Chair elected, three bids awarded, one deferred pending a costed plan,
and an earlier award varied ("the grant to X be reduced from £6,000 to £4,200"). Action and decision
notes of 15 October 2024, landscape: attendees by initials, a decision log table (Ref | Decision | Amount |
Decided by | Date) holding the deferred bid approved at a lower amount, a bid declined with its reason, an
earlier award rescinded and a delegated decision reported, then an actions table."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from evals.archive.common import Meta
from evals.archive.names import SALLOWMERE, SALLOWMERE_BOARD
from evals.archive.sallowmere_layout import (
    BOLD,
    TEXT,
    bullets,
    caption,
    heading,
    minor,
    notice,
    p,
    render_pages,
    ruled,
    title,
)

MINUTE = ParagraphStyle(
    "SmMinute", parent=TEXT, fontName=BOLD, fontSize=11, spaceBefore=8, spaceAfter=3, keepWithNext=1
)
RESOLVED = ParagraphStyle("SmResolved", parent=TEXT, leftIndent=22, spaceAfter=3)
RESOLUTION = ParagraphStyle("SmResolution", parent=TEXT, leftIndent=22)
PEOPLE = ParagraphStyle("SmPeople", parent=TEXT, fontSize=10, leading=13, spaceAfter=4)
JULY = f"{SALLOWMERE_BOARD} minutes, 16 July 2024"
OCTOBER = f"{SALLOWMERE_BOARD} action and decision notes, 15 October 2024"
# ref, decision, amount, decided by, date
DECISIONS = (
    ("D24/11", "Summer Streets diversionary activities (Sallowmere Council Youth Service): delivery period "
     "extended to 30 September 2024; no change to the award", "£12,000 (unchanged)",
     "Community Safety Manager (delegated)", "2 August 2024"),
    ("D24/12", "Edge Sense knife-crime workshops (Tollbridge Youth Trust), the bid of £18,000 deferred on "
     "16 July 2024: APPROVED at a reduced amount, as five schools rather than six have confirmed",
     "£14,500", "Board", "15 October 2024"),
    ("D24/13", "CCTV at Gorsebeck skate park (Gorsebeck Parish Council): DECLINED. A capital item over "
     "£5,000, which the conditions of the PCC grant do not allow; the site to be considered in the "
     "Council's CCTV review instead", "£11,200 requested", "Board", "15 October 2024"),
    ("D24/14", "Corner Men mentoring (Fenny Cross Amateur Boxing Club), awarded on 12 March 2024: award "
     "RESCINDED. The club lost its premises in August 2024 and cannot deliver the scheme; nothing had been "
     "paid, and the money returns to the Fund", "£7,800", "Board", "15 October 2024"),
    ("D24/15", "WAVE bystander training for night-time economy staff (Sallowmere Council Licensing Team): "
     "APPROVED", "£5,000", "Board", "15 October 2024"),
)  # fmt: skip
ACTIONS = (
    ("A24/09", "Send Tollbridge Youth Trust its grant agreement for Edge Sense", "JK", "25 October 2024"),
    ("A24/10", "Tell Gorsebeck Parish Council of the decision and of the CCTV review", "JK",
     "25 October 2024"),
    ("A24/11", "Confirm to the OPCC that the Corner Men award has been rescinded", "AT", "31 October 2024"),
    ("A24/12", "Bring the shoplifting review (R5 of the Needs Assessment) to the March meeting", "RU",
     "11 March 2025"),
)  # fmt: skip


def write_minutes_july(path: Path) -> Path:
    return render_pages(path, _story_july, Meta(JULY, SALLOWMERE), "Board minutes", "16 July 2024")


def write_notes_october(path: Path) -> Path:
    return render_pages(path, _story_october, Meta(OCTOBER, SALLOWMERE), "Action and decision notes",
                        "15 October 2024", first="landscape")  # fmt: skip


def _minute(number: str, subject: str) -> Flowable:
    return p(f"{number}&nbsp;&nbsp;&nbsp;{subject}", MINUTE)


def _resolved(*resolutions: str) -> list[Flowable]:
    """ "RESOLVED –" then each resolution numbered (1), (2), ...; one alone is not numbered."""
    if len(resolutions) == 1:
        return [p(f"<b>RESOLVED –</b> {resolutions[0]}", RESOLVED)]
    return [p("<b>RESOLVED –</b>", RESOLVED),
            *(p(f"({n}) {text}", RESOLUTION) for n, text in enumerate(resolutions, start=1))]  # fmt: skip


def _story_july() -> list[Flowable]:
    return [
        notice(),
        *title(
            SALLOWMERE_BOARD,
            "Minutes of the meeting held on Tuesday 16 July 2024 at 2.00pm in the Council Chamber, "
            "Sallowmere Civic Centre",
        ),
        p(
            "<b>Present:</b> Superintendent Daniel Iredale (Eskerdale Police) (in the Chair from Minute "
            "24/16), Councillor Rukhsana Merriott (Sallowmere Council), Group Manager Oluwaseun Nkemelu "
            "(Eskerdale Fire and Rescue Service), Claire Haverigg (the Probation Service, Head of the "
            "Sallowmere Probation Delivery Unit), Beatrice Amberleigh (Director of Public Health), Alys "
            "Threlfall (Office of the Eskerdale Police and Crime Commissioner) and Mariam Hendricks "
            "(Brightling Domestic Abuse Service).",
            PEOPLE,
        ),
        p(
            "<b>Also present:</b> Josef Kittering (Community Safety Manager, Sallowmere Council), Rowan "
            "Underhill (Community Safety Analyst) and Ffion Dolbury (Democratic Services Officer).",
            PEOPLE,
        ),
        p(
            "<b>Apologies:</b> Councillor Harriet Pickersgill (Leader, Sallowmere Council), Dr Samuel "
            "Lowther (Eskerdale and Brant Integrated Care Board) and Gethin Sowerby (Sallowmere Youth "
            "Justice Service).",
            PEOPLE,
        ),
        p(
            "Four of the five responsible authorities were present and the meeting was quorate.",
            PEOPLE,
        ),
        _minute("24/15", "Apologies and declarations of interest"),
        p(
            "The apologies above were noted. Mariam Hendricks declared an interest in the bid from "
            "Brightling Domestic Abuse Service (Minute 24/19) as its Chief Executive and took no part in "
            "that decision."
        ),
        _minute("24/16", "Election of Chair and Vice-Chair"),
        p(
            "Councillor Pickersgill had stood down as Chair on becoming Leader of Sallowmere Council in May "
            "2024. Josef Kittering took the chair for this item and invited nominations. Superintendent "
            "Daniel Iredale was nominated by Mariam Hendricks and seconded by Claire Haverigg; there was no "
            "other nomination."
        ),
        *_resolved(
            "That Superintendent Daniel Iredale be elected Chair of the Board until the meeting of July "
            "2026.",
            "That Councillor Rukhsana Merriott be elected Vice-Chair for the same period.",
            "That the Board's thanks be recorded to Councillor Harriet Pickersgill for chairing the Board "
            "from 2021 to 2024.",
        ),
        p("Superintendent Iredale then took the chair."),
        _minute("24/17", "Minutes of the meeting of 12 March 2024"),
        *_resolved("That the minutes of the meeting held on 12 March 2024 be approved as a correct record."),
        _minute("24/18", "Community Safety Fund 2024-25"),
        p(
            "The Community Safety Manager reported that the Fund for 2024-25 is £82,000: the Police and "
            "Crime Commissioner's grant of £72,000, confirmed by letter on 18 April 2024, and £10,000 from "
            "Sallowmere Council. On 12 March 2024 the Board had awarded £12,000 to Summer Streets, £6,000 "
            "to Doorstep Guard and £7,800 to Corner Men mentoring, leaving £56,200 uncommitted."
        ),
        *_resolved("That the report be noted."),
        _minute("24/19", "Bids to the Community Safety Fund"),
        p(
            "Four bids were considered. Members welcomed the Edge Sense bid but noted that it did not "
            "break down its costs and named six schools without confirming that they would take part."
        ),
        *_resolved(
            "That £9,500 be awarded to Sallowmere Night Stewards for the Nightlight welfare hub on Friday "
            "and Saturday nights in the Town Centre.",
            "That £22,000 be awarded to Brightling Domestic Abuse Service towards a second Independent "
            "Domestic Violence Adviser for twelve months.",
            "That £3,600 be awarded to Sallowmere Town Centre Business Improvement District for the Town "
            "Centre Radio Link between shops and CCTV.",
            "That the bid of £18,000 from Tollbridge Youth Trust for Edge Sense knife-crime workshops be "
            "deferred to the meeting on 15 October 2024, pending a costed delivery plan and written "
            "confirmation from the schools taking part.",
        ),
        _minute("24/20", "Doorstep Guard: variation of award"),
        p(
            "Sallowmere Neighbourhood Watch Association reported that 42 homes, not the 60 expected, had "
            "been assessed as eligible for a video doorbell."
        ),
        *_resolved(
            "That the grant to Sallowmere Neighbourhood Watch Association for the Doorstep Guard video "
            "doorbell scheme be reduced from £6,000 to £4,200.",
            "That the £1,800 released be returned to the uncommitted balance of the Fund, which after this "
            "meeting stands at £22,900.",
        ),
        _minute("24/21", "Serious Violence Duty"),
        p(
            "Superintendent Iredale presented the draft serious violence strategy. Members asked that "
            "school exclusions data be added."
        ),
        *_resolved("That the draft strategy be endorsed, subject to the addition of exclusions data."),
        _minute("24/22", "Date of next meeting"),
        p("Tuesday 15 October 2024 at 2.00pm, Committee Room 2, Sallowmere Civic Centre."),
        p(" "),
        p(
            "Signed ........................................ Chair&nbsp;&nbsp;&nbsp;&nbsp;"
            "Date ................"
        ),
    ]


def _story_october() -> list[Flowable]:
    log = [["Ref", "Decision", "Amount", "Decided by", "Date"], *DECISIONS]
    actions = [["Ref", "Action", "Owner", "By"], *ACTIONS]
    return [
        notice(),
        *title("Action and decision notes", f"{SALLOWMERE_BOARD}, Tuesday 15 October 2024, Committee Room 2"),
        p(
            "<b>Attendees:</b> DI (Chair), RM (Vice-Chair), ON, CH, SL, AT, MH, GS; officers JK, RU, FD. "
            "<b>Apologies:</b> BA. Quorate (all five responsible authorities)."
        ),
        p(
            "These are short notes of what was decided and who will do what. The full discussion is not "
            "minuted. Key to initials: DI Daniel Iredale, RM Rukhsana Merriott, ON Oluwaseun Nkemelu, CH "
            "Claire Haverigg, SL Samuel Lowther, AT Alys Threlfall, MH Mariam Hendricks, GS Gethin Sowerby, "
            "BA Beatrice Amberleigh, JK Josef Kittering, RU Rowan Underhill, FD Ffion Dolbury."
        ),
        heading("Decision log"),
        ruled(log, [48, 400, 90, 110, 74]),
        p(" "),
        p(
            "Fund position after these decisions: <b>£11,200</b> of the £82,000 Community Safety Fund "
            "2024-25 remains uncommitted."
        ),
        heading("Noted"),
        bullets(
            [
                "Nightlight welfare hub: 214 people helped on 22 nights since August (JK).",
                "Second IDVA in post from 1 October 2024 (MH).",
                "OPCC: second instalment of the grant, £36,000, paid on 7 October 2024 (AT).",
            ]
        ),
        minor("Actions"),
        caption("Open actions after this meeting"),
        ruled(actions, [55, 470, 60, 110]),
        p(" "),
        p("Next meeting: Tuesday 21 January 2025, 2.00pm."),
    ]
