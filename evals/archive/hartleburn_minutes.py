"""Partnership I's three Partnership Group meetings of 2024-25, each in its own style on hartleburn_layout.

16 July 2024: formal minutes, "Present:" and "Apologies:" paragraphs with organisations, numbered items with
numbered paragraphs ("5.3") and bold "DECISION:" lines: a new Chair and Vice-Chair, awards approved, one
bid deferred and one not supported; an actions table (No. | Action | Owner | Due).
15 October 2024: a decision log, a rule table "Ref | Item | Decision | Amount | Lead" with amounts as "£9.6k"
and "£8k": the deferred bid approved, an award increased, a bid put on hold, a top-slice.
21 January 2025: informal action notes of a Teams meeting, first names and "Apols:", bullets under run-in
headings: the bid on hold approved, an award reduced, a bid declined, a delegation; "Action | Who | By
when"."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from evals.archive.common import Meta
from evals.archive.hartleburn_layout import (
    CELL,
    TEXT,
    Furniture,
    label,
    p,
    render_pages,
    rules,
    run_in,
    subsection,
    ticks,
    title,
)
from evals.archive.names import HARTLEBURN_GROUP

FORMAL = ParagraphStyle("HarFormal", parent=TEXT, fontSize=10.4, leading=13.4, spaceAfter=4)
ITEM = ParagraphStyle(
    "HarItem", parent=FORMAL, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=8, spaceAfter=3
)
NUMBERED = ParagraphStyle("HarNumbered", parent=FORMAL, leftIndent=26, firstLineIndent=-26)
DECISION = ParagraphStyle("HarDecision", parent=FORMAL, leftIndent=26, spaceAfter=6)
NOTES = ParagraphStyle("HarNotes", parent=CELL, fontSize=9.6, leading=12.2, spaceAfter=4)


def write_minutes_july(path: Path) -> Path:
    return render_pages(
        path,
        _july,
        Meta(f"{HARTLEBURN_GROUP} minutes, 16 July 2024", HARTLEBURN_GROUP),
        Furniture(
            top_left=lambda _page, _total: "Partnership Group – minutes – 16 July 2024",
            top_right=lambda page, total: f"Page {page} of {total}",
            band_left=lambda _page, _total: "HCSP/PG/24-02 · approved 15 October 2024",
            band_right=lambda _page, _total: "Hartleburn CSP",
        ),
    )


def write_decision_log_october(path: Path) -> Path:
    return render_pages(
        path,
        _october,
        Meta(f"{HARTLEBURN_GROUP} decision log, 15 October 2024", HARTLEBURN_GROUP),
        Furniture(
            top_left=lambda _page, _total: "Decision log · Partnership Group · 15.10.2024",
            top_right=lambda page, _total: f"Page {page}",
            band_left=lambda _page, _total: "HCSP/PG/24-03 · decision log",
            band_right=lambda _page, _total: "Hartleburn CSP",
        ),
    )


def write_notes_january(path: Path) -> Path:
    return render_pages(
        path,
        _january,
        Meta(f"{HARTLEBURN_GROUP} action notes, 21 January 2025", HARTLEBURN_GROUP),
        Furniture(
            top_right=lambda page, _total: f"Page {page}",
            band_left=lambda _page, _total: "Action notes 21/01/25 · not verbatim",
        ),
    )


def _item(number: str, heading: str) -> Flowable:
    return p(f"{number}. {heading.upper()}", ITEM)


def _para(number: str, text: str) -> Flowable:
    return p(f"{number}&nbsp;&nbsp;&nbsp;{text}", NUMBERED)


def _decision(text: str) -> Flowable:
    return p(f"<b>DECISION:</b> {text}", DECISION)


def _july() -> list[Flowable]:
    actions = [
        ("No.", "Action", "Owner", "Due"),
        ("1", "Write to Bladesafe Lindmere CIC asking for a revised bid with costs per school and any match "
         "funding", "Nell Ashdown", "16 Aug 2024"),
        ("2", "Refer the Mill Street CCTV upgrade to the Council's capital programme", "Cllr Tamsin Rowe",
         "30 Sep 2024"),
        ("3", "Draft a timetable and consultation plan for the Partnership Plan refresh", "Nell Ashdown",
         "15 Oct 2024"),
        ("4", "Send grant agreements for the four approved awards", "Nell Ashdown", "31 Jul 2024"),
    ]  # fmt: skip
    return [
        label(),
        *title("Hartleburn Community Safety Partnership", "Partnership Group – Minutes"),
        p(
            "Meeting held on Tuesday 16 July 2024 at 10.00am in Committee Room 2, Hartleburn Civic Centre, "
            "Abbey Road, Hartleburn",
            FORMAL,
        ),
        p(
            "<b>Present:</b> Chief Inspector Declan Mottram, Lindmere Constabulary (Chair from item 2); "
            "Councillor Tamsin Rowe, Hartleburn Borough Council; Councillor Gordon Pryce, Lindmere County "
            "Council; Station Manager Priya Holdsworth, Lindmere Fire and Rescue Service; Annika Storr, The "
            "Probation Service; Moira Castellan, OPFCC; Ruth Ellery, Hartleburn Women's Aid; Colette "
            "Braddock, Hartleburn Youth Justice Service.",
            FORMAL,
        ),
        p(
            "<b>In attendance:</b> Nell Ashdown, Community Safety Lead; Kwame Asante, Partnership Analyst; "
            "Helen Dyce, Democratic Services (minutes).",
            FORMAL,
        ),
        p(
            "<b>Apologies:</b> Dr Femi Adewale, Lindmere and Coldharbour ICB; Sanjay Varma, Lindmere Public "
            "Health; Lewis Tarrant, Brightwater Housing.",
            FORMAL,
        ),
        _item("1", "Welcome and apologies"),
        _para(
            "1.1",
            "Nell Ashdown opened the meeting. Apologies were noted as above. Four responsible authorities "
            "were present and the meeting was quorate.",
        ),
        _item("2", "Election of Chair and Vice-Chair"),
        _para(
            "2.1",
            "The Group noted that Councillor Imogen Fairbairn had left the Partnership after standing down "
            "from Hartleburn Borough Council at the May 2024 elections, and placed on record its thanks for "
            "her chairing since 2019.",
        ),
        _decision(
            "Chief Inspector Declan Mottram was elected Chair and Councillor Tamsin Rowe, Cabinet Member for "
            "Communities, was elected Vice-Chair, both for 2024-25."
        ),
        _item("3", "Minutes of the meeting held on 23 April 2024"),
        _decision("The minutes were agreed as a correct record."),
        _item("4", "Strategic Assessment 2024 and the Partnership Plan refresh"),
        _para(
            "4.1",
            "Kwame Asante summarised the Community Safety Strategic Assessment 2024. The Group noted the "
            "rise in shoplifting and in possession of weapons offences and the recommendation that drug and "
            "alcohol-related harm pass to the Lindmere Combating Drugs Partnership.",
        ),
        _decision(
            "To refresh the Partnership Plan for 2025-26 on the basis of recommendations R1 to R6, with a "
            "public survey in the autumn."
        ),
        _item("5", "Community Safety Fund 2024-25"),
        _para(
            "5.1",
            "Nell Ashdown reported that £113,750 was available for 2024-25: the OPFCC grant of £91,200, the "
            "Borough Council's contribution of £15,000 and £7,550 carried forward from 2023-24, all of it "
            "ring-fenced for domestic homicide review costs.",
        ),
        _para(
            "5.2",
            "<b>Independent Domestic Violence Adviser (Hartleburn Women's Aid).</b> Continuation of the 0.6 "
            "FTE post for 2024-25 at £22,250. Ruth Ellery declared an interest and did not vote.",
        ),
        _decision("Approved: £22,250."),
        _para(
            "5.3",
            "<b>Partnership analyst (Lindmere County Council).</b> The Partnership's share of the shared "
            "post.",
        ),
        _decision("Approved: £20,000."),
        _para(
            "5.4",
            "<b>Safe Spaces at Hartleburn Bus Station (Town Centre team).</b> A staffed safe space on Friday "
            "and Saturday evenings for anyone feeling unsafe, with trained staff and a direct line to the "
            "CCTV control room.",
        ),
        _decision("Approved: £12,400.00."),
        _para(
            "5.5",
            "<b>Change Path perpetrator programme (Restore Lindmere).</b> A 24-week behaviour change "
            "programme for 20 perpetrators of domestic abuse.",
        ),
        _decision("Approved: £18,000."),
        _para(
            "5.6",
            "<b>Knife crime workshops (Bladesafe Lindmere CIC), £11,800 requested.</b> Members supported the "
            "aim but asked for costs per school and evidence of match funding.",
        ),
        _decision("Deferred to the October meeting pending a revised bid."),
        _para(
            "5.7",
            "<b>Mill Street CCTV upgrade (Hartleburn Borough Council), £45,000.</b> Members noted that the "
            "grant conditions do not allow capital schemes of this size.",
        ),
        _decision("Not supported. Referred to the Council's capital programme."),
        _item("6", "Any other business"),
        _para("6.1", "None."),
        subsection("", "Actions"),
        rules(actions, [28, 290, 95, 70]),
        p("Next meeting: Tuesday 15 October 2024, 10.00am, Committee Room 2.", FORMAL),
    ]


def _october() -> list[Flowable]:
    log = [
        ("Ref", "Item", "Decision", "Amount", "Lead"),
        ("PG/24/19", "Minutes of 16 July 2024", "Agreed as a correct record.", "–", "Chair"),
        ("PG/24/20", "Bladesafe knife crime workshops (deferred 16 July 2024)",
         "Approved. Revised bid covering 8 secondary schools in Kingsholm and Riverside at £1,200 a school.",
         "£9.6k", "Bladesafe Lindmere CIC"),
        ("PG/24/21", "Safe Spaces – extension to Riverside Retail Park",
         "Amended: the award of 16 July 2024 increased from £12,400 to £15,150 to open a second safe space "
         "on Saturdays.", "£15,150", "HBC Town Centre team"),
        ("PG/24/22", "Kingsholm detached youth work", "Approved for two evenings a week to March 2025.",
         "£8k", "Kingsholm Youth Collective"),
        ("PG/24/23", "Shopwatch radio scheme (£5,250 requested)",
         "Put on hold until the Business Improvement District confirms its contribution.", "–",
         "Hartleburn Business Watch"),
        ("PG/24/24", "Domestic homicide review costs 2024-25",
         "Top-slice agreed from the OPFCC grant and ring-fenced, in addition to the £7,550 carried forward.",
         "£4,800", "Nell Ashdown"),
        ("PG/24/25", "Quarter 2 performance report", "The Group noted the report.", "–", "Kwame Asante"),
        ("PG/24/26", "Partnership Plan refresh: survey",
         "Survey to run 1 November to 13 December 2024.", "–", "Nell Ashdown"),
    ]  # fmt: skip
    actions = [
        ("No.", "Action", "Owner", "Due"),
        ("1", "Ask the BID board to confirm its contribution to Shopwatch", "Cllr Tamsin Rowe",
         "30 Nov 2024"),
        ("2", "Issue the varied Safe Spaces grant agreement", "Nell Ashdown", "25 Oct 2024"),
        ("3", "Launch the public survey", "Kwame Asante", "1 Nov 2024"),
    ]  # fmt: skip
    return [
        label(),
        *title(
            "Partnership Group – Decision Log", "Hartleburn Community Safety Partnership · 15 October 2024"
        ),
        run_in("Where", "Committee Room 2, Hartleburn Civic Centre, 10.00am to 11.40am"),
        run_in(
            "Attended",
            "Chief Inspector Declan Mottram (Chair), Cllr Tamsin Rowe (Vice-Chair), Cllr Gordon Pryce, SM "
            "Priya Holdsworth, Annika Storr, Dr Femi Adewale, Moira Castellan, Sanjay Varma, Lewis Tarrant; "
            "officers Nell Ashdown and Kwame Asante",
        ),
        run_in("Apologies", "Colette Braddock, Ruth Ellery"),
        rules(log, [52, 120, 200, 50, 90], figures=(3,)),
        subsection("", "Actions arising"),
        rules(actions, [28, 280, 100, 70]),
        p("Next meeting: 21 January 2025 (Microsoft Teams).", FORMAL),
    ]


def _january() -> list[Flowable]:
    actions = [
        ("Action", "Who", "By when"),
        ("Vary the Change Path grant agreement to £14,500 and recover the balance", "Nell", "7 Feb"),
        ("Tell Hartleburn Boxing Academy the outcome and signpost other funders", "Nell", "31 Jan"),
        ("Holiday activities: decide under delegation and report to April meeting", "Nell + Declan",
         "31 Mar"),
        ("Survey results and draft priorities to April meeting", "Kwame", "29 Apr"),
    ]  # fmt: skip
    return [
        label(),
        p("<b>Hartleburn CSP – Partnership Group – action notes</b>", ITEM),
        p("21 Jan 2025, 2pm, on Teams", NOTES),
        p(
            "<b>On the call:</b> Declan Mottram (chair), Tamsin Rowe, Gordon Pryce, Priya Holdsworth, Femi "
            "Adewale, Moira Castellan (OPFCC), Ruth Ellery, Colette Braddock, Nell Ashdown, Kwame Asante, "
            "Jo Pilling (Hartleburn Business Watch, for item 2)",
            NOTES,
        ),
        p("<b>Apols:</b> Annika Storr, Lewis Tarrant, Sanjay Varma", NOTES),
        p("<b>1. Oct notes + actions</b>", NOTES),
        ticks(["Agreed. All actions done except the BID letter, covered under 2."]),
        p("<b>2. Shopwatch radio scheme (on hold since Oct)</b>", NOTES),
        ticks(
            [
                "BID has confirmed £2,000 towards the radios and licences, so the bid is no longer on hold.",
                "Agreed to fund £5,250 from the 2024-25 pot.",
            ]
        ),
        p("<b>3. Change Path perpetrator programme</b>", NOTES),
        ticks(
            [
                "OPFCC started a county-wide perpetrator programme in January, so Change Path ended its "
                "Hartleburn cohort in December.",
                "Agreed to reduce the award from £18,000 to £14,500 (April to December costs only). £3,500 "
                "back into the pot.",
            ]
        ),
        p("<b>4. Hartleburn Boxing Academy – £7,400 bid</b>", NOTES),
        ticks(
            [
                "For equipment and two coaches. Panel scored it low: no link shown to the priorities and "
                "most of it is equipment.",
                "Declined. Nell to signpost them to the Council's community grants.",
            ]
        ),
        p("<b>5. Holiday activities (Easter and summer 2025)</b>", NOTES),
        ticks(
            [
                "YJS and Kingsholm Youth Collective working up a joint Summer Shift programme; not costed "
                "yet.",
                "Agreed to delegate the decision to Nell with the chair, up to £7,000, to be reported to "
                "the April meeting.",
            ]
        ),
        p("<b>6. Serious Violence Duty</b>", NOTES),
        ticks(
            [
                "Moira: the Commissioner has allocated £1.2m of SV Duty funding to the county over three "
                "years from 2025-26. Hartleburn share still to be confirmed.",
            ]
        ),
        p("<b>7. Plan refresh survey</b>", NOTES),
        ticks(
            [
                "642 responses. 71% named knife crime as a concern, 58% shop theft. Full results and draft "
                "priorities to April.",
            ]
        ),
        p("<b>Actions</b>", NOTES),
        rules(actions, [300, 90, 70]),
        p("Next meeting 29 April 2025, Civic Centre.", NOTES),
    ]
