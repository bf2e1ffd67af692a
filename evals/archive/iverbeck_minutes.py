"""Partnership Y's Strategy Group in three styles. The meeting of Wednesday 21 June 2023 as formal minutes:
a table of who was present, items numbered "SG 23/20", decisions after "AGREED:" with lettered parts, and a
table of actions (reference, action, lead, due as "11/10/23" and status). The meeting of 11 October 2023 as
a narrative record: those attending in a paragraph, topics as run-in bold labels, an award reduced by
amending an earlier decision, a deferred bid approved below its ask, actions as initials after dashes. And
the extraordinary meeting of 24 January 2024 (held online) as a word-processed note, confirmed and signed
by hand, which the build scans to images: the Commissioner's grant cut, an award withdrawn, the priorities
confirmed after consultation with one renamed, and the commitments for 2024/25."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Spacer

from evals.archive.common import FICTIONAL, Meta
from evals.archive.iverbeck_facts import (
    ANALYST,
    ANGELS,
    AVAILABLE_2324,
    BIDS_2324,
    CARRIED_2223,
    CHAIR,
    COORDINATOR,
    COUNTY_2425,
    COUNTY_REP,
    CROSS_CUTTING,
    CVS,
    CVS_REP,
    DHR_2324,
    DISTRICT_2324,
    DISTRICT_2425,
    DRAFT_PRIORITIES_2427,
    FIRE_REP,
    GRANT_2324,
    GRANT_2425,
    HEAD_SERVICE,
    HOUSING,
    HOUSING_REP,
    ICB_REP,
    IDVA_2425,
    LANTERNS,
    LANTERNS_REP,
    MILLBECK,
    MILLBECK_PAID,
    MILLBECK_RELEASED,
    OPFCC_REP,
    PRIORITIES_2427,
    PROBATION,
    RESERVE_2425,
    RURAL_FUND_CAMERAS,
    RURAL_SGT,
    RURAL_TEAM,
    SVD_2425,
    VICE,
    VICE_OLD,
    YJS,
    YJS_REP,
)
from evals.archive.iverbeck_layout import (
    LETTER,
    LETTER_B,
    SIGNATURE,
    SMALL,
    Furniture,
    cover,
    dashes,
    full_date,
    letter_grid,
    lettered,
    lined,
    note,
    p,
    pounds,
    render_pages,
    subheading,
)
from evals.archive.names import IVERBECK, IVERBECK_BOARD, IVERBECK_FUND

# Awards standing after the October meeting (IPF23-02 still at its full £10,400 then).
COMMITTED_IN_OCTOBER = ("IPF23-01", "IPF23-02", "IPF23-03", "IPF23-05", "IPF23-06", "IPF23-07", "IPF23-08")
TITLE_JUNE = f"{IVERBECK_BOARD}: minutes, 21 June 2023"
TITLE_OCTOBER = f"{IVERBECK_BOARD}: record of meeting, 11 October 2023"
TITLE_JANUARY = f"{IVERBECK_BOARD}: note of an extraordinary meeting, 24 January 2024"


def write_minutes_june(path: Path) -> Path:
    return render_pages(
        path,
        _june,
        Meta(TITLE_JUNE, IVERBECK),
        Furniture("Strategy Group minutes", "SG/2023/03", foot="Strategy Group 21.06.23 \u2014 {n}/{total}"),
    )


def _item(number: int, text: str) -> Flowable:
    return subheading(f"SG 23/{number}&nbsp;&nbsp;&nbsp;{text}")


def _june() -> list[Flowable]:
    present = [
        ["Name", "Organisation", "Role"],
        [CHAIR, "Iverbeck District Council", "Chair; Portfolio Holder for Communities"],
        [VICE_OLD, "Haslingshire Constabulary", "Vice-Chair; district commander"],
        [HEAD_SERVICE, "Iverbeck District Council", "Head of Community Services"],
        [COUNTY_REP, "Haslingshire County Council", "Community Safety Lead"],
        [FIRE_REP, "Haslingshire Fire and Rescue Service", "Prevention"],
        [PROBATION, "The Probation Service", "Head of Delivery Unit"],
        [OPFCC_REP, "Office of the PFCC", "Policy Officer (non-voting)"],
        [YJS_REP, YJS, "Service Manager (non-voting)"],
        [HOUSING_REP, HOUSING, "Neighbourhoods Manager (non-voting)"],
        [CVS_REP, CVS, "Chief Officer (non-voting)"],
        [COORDINATOR, "Iverbeck District Council", "CSP Coordinator (minutes)"],
        [RURAL_SGT, RURAL_TEAM, "For item SG 23/20 only"],
    ]
    actions = [
        ["Ref", "Action", "Lead", "Due", "Status"],
        ["A23/07", "Write to every applicant with the Group's decision", "LT", "30/06/23", "Open"],
        ["A23/08", "Report whether the Commissioner's rural crime fund will pay for the Farmwatch cameras",
         "RH", "11/10/23", "Open"],
        ["A23/09", "Street Angels to confirm a venue and revised costs for the Safe Space", "LT", "11/10/23",
         "Open"],
        ["A23/10", "Present the draft Strategic Intelligence Assessment", "PL", "11/10/23", "Open"],
        ["A23/11", "Review the Terms of Reference (quorum and delegated limits)", "AG", "13/03/24", "Open"],
        ["A23/04", "Bonfire night 2022 evaluation (from 15 March 2023)", "IQ", "21/06/23", "Closed"],
    ]  # fmt: skip
    return [
        *cover(
            "Strategy Group: minutes",
            f"{full_date('2023-06-21')}, 10.00am, Committee Room 2, Iverbeck Civic Centre",
        ),
        caption_small("Present and in attendance"),
        lined(present, (150, 170, 159), first_bold=True),
        p(f"Apologies: {ICB_REP} (NHS Haslingshire and Tenbury ICB); {LANTERNS_REP} ({LANTERNS}).", SMALL),
        _item(15, "Welcome and quorum"),
        p(
            "The Chair welcomed members. Five responsible authorities were represented and the meeting was "
            "quorate (the quorum under the Terms of Reference of June 2022 being four members, at least two "
            "of them from responsible authorities)."
        ),
        _item(16, "Declarations of interest"),
        p(
            f"{CVS_REP} declared an interest in bid IPF23-05 as a trustee of {ANGELS}. He took no part in "
            "the "
            "discussion of it."
        ),
        _item(17, "Election of Chair and Vice-Chair for 2023/24"),
        p(
            f"AGREED: (a) that {CHAIR} be re-elected Chair for 2023/24; (b) that {VICE_OLD} be re-elected "
            "Vice-Chair for 2023/24."
        ),
        _item(18, "Minutes of 15 March 2023 and matters arising"),
        p("AGREED: that the minutes be approved as a correct record. Action A23/04 was closed (see table)."),
        _item(19, "Annual Report 2022/23"),
        p(
            f"{COORDINATOR} presented the draft. The fund ended the year with {pounds(CARRIED_2223)} "
            "unspent, "
            f"which is carried forward; with the Commissioner's grant of {pounds(GRANT_2324)} and the "
            "district "
            f"council's {pounds(DISTRICT_2324)}, {pounds(AVAILABLE_2324)} is available in 2023/24."
        ),
        p("AGREED: that the Annual Report 2022/23 be approved for publication in July 2023."),
        _item(20, f"{IVERBECK_FUND}: first round 2023/24"),
        p(
            "Five bids were received by the closing date of 19 May 2023. Members had the bids and the "
            "Coordinator's scoring before the meeting."
        ),
        p("AGREED:"),
        lettered(
            [
                f"IPF23-01, {LANTERNS}, IDVA outreach in rural areas (year 2): approved, £14,000;",
                f"IPF23-02, {MILLBECK}, Millbeck detached youth work: approved, £10,400;",
                f"IPF23-03, {RURAL_TEAM}, Farmwatch trail cameras and forensic marking kits: approved, "
                f"£8,900, to be revisited if the Commissioner's rural crime fund pays for the cameras;",
                "IPF23-04, Thornley Cross Parish Council, skate park lighting (£12,000): declined, as "
                "capital "
                "works are outside the fund; the parish to be pointed to the district council's capital "
                "grants scheme;",
                f"IPF23-05, {ANGELS}, Safe Space for the night-time economy (£6,200): deferred until a venue "
                "is "
                "confirmed.",
            ]
        ),
        _item(21, "Serious Violence Duty"),
        p(
            f"{COUNTY_REP} reported that the county's strategic needs assessment under the Duty will be "
            "ready "
            f"in January 2024. AGREED: that {VICE_OLD} act as Iverbeck's interim local lead for the Duty."
        ),
        _item(22, "Strategic Intelligence Assessment 2023"),
        p(
            f"AGREED: to commission the assessment from {ANALYST}, with a partners' scoring workshop in "
            "September and the draft to come to the Group on 11 October 2023."
        ),
        _item(23, "Domestic homicide review: Adult M"),
        p(
            "The Home Office quality assurance panel has approved the overview report. It will be published "
            "in August 2023 with the action plan."
        ),
        _item(24, "Any other business"),
        p(
            f"{HEAD_SERVICE} proposed that the Terms of Reference be reviewed before the new plan starts, "
            "including the quorum and the Coordinator's limit of £1,000 for small grants. Agreed (A23/11)."
        ),
        p("<b>Next meeting:</b> Wednesday 11 October 2023, 10.00am, Thornley Cross Community Hub."),
        caption_small("Actions"),
        lined(actions, (44, 300, 40, 52, 43)),
        note(
            "LT Lucy Tremlett; RH Sergeant Ruth Haverigg; PL Priya Lakhani; AG Alun Garside; IQ Imran "
            "Qureshi."
        ),
    ]


def caption_small(text: str) -> Flowable:
    return subheading(text)


def write_record_october(path: Path) -> Path:
    return render_pages(
        path,
        _october,
        Meta(TITLE_OCTOBER, IVERBECK),
        Furniture("Record of meeting", "SG/2023/04", foot="Record of meeting, 11 October 2023 \u00b7 p{n}",
                  foot_at="centre", band=True),
    )  # fmt: skip


def _run_in(label: str, text: str) -> Flowable:
    return p(f"<b>{label}.</b> {text}")


def _october() -> list[Flowable]:
    committed = sum(b[9] for b in BIDS_2324 if b[0] in COMMITTED_IN_OCTOBER) + 10400 - MILLBECK_PAID
    dhr = DHR_2324
    return [
        *cover(
            "Record of the Strategy Group meeting", f"{full_date('2023-10-11')}, Thornley Cross Community Hub"
        ),
        Spacer(1, 4),
        p(
            f"<i>Attending:</i> {CHAIR} (chairing), {VICE}, {HEAD_SERVICE}, {COUNTY_REP}, {FIRE_REP}, "
            f"{PROBATION}, {ICB_REP}, {OPFCC_REP}, {YJS_REP}, {HOUSING_REP}, {LANTERNS_REP}, {CVS_REP}, "
            f"{ANALYST} and {RURAL_SGT} (for the assessment and funding), and {COORDINATOR} (notes). "
            "No apologies."
        ),
        _run_in(
            "A new Vice-Chair",
            f"The Chair welcomed {VICE}, who became district commander in September when {VICE_OLD} moved "
            f"to force headquarters, and thanked him for his two years as Vice-Chair. The Group elected "
            f"{VICE} Vice-Chair for the rest of 2023/24; she also takes on the local lead for the Serious "
            "Violence Duty.",
        ),
        _run_in(
            "Strategic Intelligence Assessment",
            f"{ANALYST} took members through the assessment. Crime rose by 5.1% in 2022, led by violence "
            "without injury and shoplifting; knife crime and rural crime are rising; domestic abuse is the "
            "greatest harm. Members asked whether shoplifting should be a priority; the analyst's view, "
            "which "
            "the Group accepted, was that it scores as one to monitor. The Group endorsed the four "
            "priorities "
            "the assessment recommends as drafts for public consultation from 16 October to 1 December 2023: "
            + "; ".join(t.lower() for t in DRAFT_PRIORITIES_2427)
            + f". {ICB_REP} will take Recommendation G (sharing A&amp;E assault data) to the ICB.",
        ),
        _run_in(
            "Farmwatch cameras",
            f"{RURAL_SGT} confirmed that the Commissioner's rural crime fund had paid for the Farmwatch "
            "trail "
            f"cameras ({pounds(RURAL_FUND_CAMERAS)}). The Group amended its decision of 21 June so that the "
            "award to the Rural Crime Team (IPF23-03) is reduced from £8,900 to £5,400, for the forensic "
            "marking kits and their launch events only.",
        ),
        _run_in(
            "Street Angels",
            f"Deferred in June, the Safe Space bid (IPF23-05) came back with a venue: the Market Street "
            f"Methodist chapel has offered its hall free on Friday and Saturday nights. With {CVS_REP} out "
            "of "
            "the room, the Group agreed to fund the Safe Space at £5,750 against the £6,200 first asked, "
            "the hire costs having fallen away.",
        ),
        _run_in(
            "New bids",
            f"The Group agreed to fund the {YJS}'s knife crime workshops for Year 8 pupils (IPF23-06) at "
            f"£4,800, and {HOUSING}'s cuckooing awareness sessions for tenants and staff (IPF23-07) at "
            "£2,950. "
            "It turned down the Saltby Marsh Community Association's bid for a youth shelter (IPF23-09, "
            "£9,600): a good idea, but capital, and the fund does not pay for building works.",
        ),
        _run_in(
            "Delegated decision",
            f"Members noted that on 2 October the Coordinator had approved £980 under delegated powers for "
            f"{CVS}'s Halloween diversionary activities (IPF23-08).",
        ),
        _run_in(
            "Where the fund stands",
            f"Of the {pounds(AVAILABLE_2324)} available this year, {pounds(committed)} is now committed to "
            f"awards and {pounds(dhr)} set aside for domestic homicide reviews, leaving "
            f"{pounds(AVAILABLE_2324 - committed - dhr)} for the December and March meetings.",
        ),
        _run_in(
            "Domestic homicide reviews",
            "The Adult M report was published in August. The Group heard of a death in Tanyard in September "
            "that may meet the criteria for a review; the Coordinator will gather information from agencies "
            "for the Chair to decide.",
        ),
        _run_in("Next meeting", "Wednesday 6 December 2023 at Iverbeck Civic Centre."),
        subheading("Actions arising"),
        dashes(
            [
                "LT: write to the four applicants and to the Rural Crime Team with the decisions.",
                "LT and the Vice-Chair: run the priorities consultation and report the results.",
                "MD: raise A&amp;E data sharing with the ICB.",
                "LT: information gathering on the Tanyard death; the Chair to decide on a review.",
            ],
            SMALL,
        ),
    ]


def write_note_january(path: Path) -> Path:
    """The word-processed original; the build ships only its scan."""
    return render_pages(path, _january, Meta(TITLE_JANUARY, IVERBECK), Furniture("", "", plain=True))


def _typed(text: str, style: ParagraphStyle = LETTER) -> Flowable:
    """The note's paragraphs, word-processed in STIX."""
    return p(text, style)


def _january() -> list[Flowable]:
    members = (
        f"{CHAIR} (Chair); {VICE} (Vice-Chair); {HEAD_SERVICE}; {COUNTY_REP}; {FIRE_REP}; {PROBATION}; "
        f"{OPFCC_REP} (Office of the PFCC); {COORDINATOR} (note-taker)"
    )
    return [
        _typed("IVERBECK COMMUNITY SAFETY PARTNERSHIP - STRATEGY GROUP", LETTER_B),
        _typed("Note of an extraordinary meeting", LETTER_B),
        _typed(FICTIONAL, LETTER),
        letter_grid(
            [
                ["Date and time", f"{full_date('2024-01-24')}, 2.00pm to 3.15pm"],
                ["Where", "Online (Microsoft Teams)"],
                ["Present", members],
                ["Quorum", "Quorate: five responsible authorities present"],
                ["Called by", "The Chair, on receipt of the Commissioner's grant letter of 12 January 2024"],
            ],
            (110, 370),
            header=False,
        ),
        Spacer(1, 8),
        _typed("1. The Commissioner's grant for 2024/25", LETTER_B),
        _typed(
            f"{OPFCC_REP} explained the letter. The Community Safety Grant to Iverbeck for 2024/25 will be "
            f"{pounds(GRANT_2425)}, down from {pounds(GRANT_2324)}: a cut of £7,500, or 15.5%, because of "
            "pressure on the Commissioner's budget. It will be paid in two halves, in April and October."
        ),
        _typed("2. The councils' contributions", LETTER_B),
        _typed(
            f"{HEAD_SERVICE} said the district council's draft budget reduces its contribution from "
            f"{pounds(DISTRICT_2324)} to {pounds(DISTRICT_2425)} from April. {COUNTY_REP} confirmed that the "
            f"county council will contribute {pounds(COUNTY_2425)} a year, for the first time, towards the "
            "Serious Violence Duty."
        ),
        _typed("3. Millbeck detached youth work (IPF23-02)", LETTER_B),
        _typed(
            f"The {MILLBECK}'s only youth worker left in December and the project cannot replace her before "
            "the summer. Sessions stopped on 15 December."
        ),
        _typed(
            f"DECISION: the award of £10,400 made on 21 June 2023 is withdrawn from 31 January 2024. The "
            f"{pounds(MILLBECK_PAID)} already paid, for sessions delivered from April to December, is kept "
            "by "
            f"the project; the unpaid {pounds(MILLBECK_RELEASED)} returns to the fund. The project may bid "
            "again in 2024/25."
        ),
        PageBreak(),
        _typed("4. Priorities for the Partnership Plan 2024-27", LETTER_B),
        _typed(
            "The consultation ran from 16 October to 1 December 2023 and drew 214 responses; 78% agreed with "
            "the four draft priorities. Many rural respondents asked that wildlife crime (hare coursing and "
            "poaching) be named."
        ),
        _typed(
            "DECISION: the Group adopts these priorities for 2024-27, the fourth renamed after the "
            "consultation:"
        ),
        *(_typed(f"({i}) {t}", LETTER) for i, t in enumerate(PRIORITIES_2427, 1)),
        _typed(
            f"with {CROSS_CUTTING.lower()} as a commitment across all four, led by {PROBATION} (Probation)."
        ),
        _typed("5. Commitments for 2024/25", LETTER_B),
        _typed("DECISION:"),
        _typed(f"(a) to continue the IDVA outreach (year 3) at {pounds(IDVA_2425)} from April 2024;", LETTER),
        _typed(f"(b) to pay {pounds(SVD_2425)} to the county's Serious Violence Duty analyst post;", LETTER),
        _typed(
            f"(c) to hold {pounds(RESERVE_2425)} of the fund in reserve during 2024/25, given the cut;",
            LETTER,
        ),
        _typed(
            "(d) the Coordinator to draft a Funding Framework 2024/25, with a share of the fund for each new "
            "priority, for the meeting on 13 March 2024.",
            LETTER,
        ),
        _typed("6. Terms of Reference", LETTER_B),
        _typed(
            "A draft version 3.0 will come to the meeting on 13 March 2024: a quorum of five with three "
            "responsible authorities, and a Coordinator's limit of £1,500."
        ),
        Spacer(1, 14),
        _typed("Confirmed as a correct record at the meeting of 13 March 2024.", LETTER),
        _typed("Margaret Ellingham", SIGNATURE),
        _typed("Chair&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Date: 13/3/24", LETTER),
    ]
