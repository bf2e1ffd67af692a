"""Partnership M's Assessment Panel report of Wednesday 15 May 2024 on the Neighbourhood Safety Grants
2024-25, on orrindale_layout's amber-strip furniture with "1.0"-style headings: the Panel, its scoring
criteria and threshold in a table; the money available; a scoring table (Bid ref | Applicant | Project |
Score | Requested | Recommended) with a total row and footnote markers (†, ‡, *) for conditions; a note on
each bid; and lettered recommendations to the Board, which decides. The Panel recommends six bids, one
of them for less than asked, and does not recommend a seventh."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from evals.archive.common import Meta
from evals.archive.names import ORRINDALE
from evals.archive.orrindale_layout import (
    Furniture,
    bullets,
    caption,
    footnote,
    grouped,
    heading,
    minor,
    notice,
    p,
    pounds,
    render_pages,
    title,
)

TITLE = "Neighbourhood Safety Grants 2024-25: Assessment Panel report, 15 May 2024"
# ref, applicant, project, score, requested, recommended (None: not recommended), marker
BIDS = (
    (
        "NSG24-01",
        "Orrin Valley Women's Centre",
        "Open Door outreach surgeries in Fellgate North and Wyke End",
        84,
        19500,
        19500,
        "",
    ),
    (
        "NSG24-02",
        "Orrindale Youth Trust",
        "Late Shift detached youth work, Friday and Saturday evenings",
        76,
        14500,
        12000,
        "*",
    ),
    (
        "NSG24-04",
        "St Aldhelm's Amateur Boxing Club",
        "Stand Tall knife-crime workshops in secondary schools",
        72,
        7600,
        7600,
        "",
    ),
    (
        "NSG24-03",
        "Orrindale Borough Council (CCTV and Control Room)",
        "Cornmarket CCTV upgrade: six cameras",
        69,
        22000,
        22000,
        "‡",
    ),
    (
        "NSG24-05",
        "Westrake Constabulary (Orrindale Neighbourhood Policing Team)",
        "Operation Tallow summer patrols and youth engagement",
        63,
        9800,
        9800,
        "",
    ),
    (
        "NSG24-06",
        "Lydgate Homes",
        "Lock Fast target hardening for repeat burglary victims",
        58,
        6400,
        6400,
        "†",
    ),
    (
        "NSG24-07",
        "Kindred Recovery CIC",
        "Second Chances peer mentoring for prison leavers",
        47,
        11200,
        None,
        "",
    ),
)
CRITERIA = (
    ("Fit with the Partnership's priorities", "30"),
    ("Evidence of need", "20"),
    ("Deliverability and readiness", "20"),
    ("Value for money", "20"),
    ("Exit plan or sustainability", "10"),
    ("Total (threshold for recommendation: 55)", "100"),
)


def write_panel_report(path: Path) -> Path:
    furniture = Furniture("Assessment Panel report", "OSNP/NSG/2024-25/AP · Panel of 15 May 2024")
    return render_pages(path, _story, Meta(TITLE, ORRINDALE), furniture)


def _scores() -> Flowable:
    rows = [["Bid ref", "Applicant", "Project", "Score", "Requested", "Recommended"]]
    for ref, applicant, project, score, requested, recommended, marker in BIDS:
        advice = "Not recommended" if recommended is None else f"{pounds(recommended)}{marker}"
        rows.append([ref, applicant, project, str(score), pounds(requested), advice])
    requested_total = sum(b[4] for b in BIDS)
    recommended_total = sum(b[5] or 0 for b in BIDS)
    rows.append(["Total", "Seven bids", "", "", pounds(requested_total), pounds(recommended_total)])
    return grouped(rows, [50, 108, 148, 34, 58, 76], figures=(3, 4, 5), totals=(len(rows) - 1,))


def _story() -> list[Flowable]:
    criteria = [["Criterion", "Marks"], *CRITERIA]
    return [
        notice(),
        *title(
            "Neighbourhood Safety Grants 2024-25",
            "Report of the Assessment Panel (met Wednesday 15 May 2024) to the Board meeting of Tuesday 11 "
            "June 2024",
        ),
        heading("1.0", "Purpose"),
        p(
            "Seven bids were received by the closing date of 26 April 2024. This report gives the Panel's "
            "score for each and its recommendation. The Panel recommends only: the Board decides every "
            "award, and no applicant should be told of an outcome until the Board has met."
        ),
        heading("2.0", "The Panel and how it scored"),
        p(
            "The Panel was Rhiannon Tolley (the Probation Service), who chaired it, Declan Mossop (Office of "
            "the Westrake Police, Fire and Crime Commissioner) and Nathaniel Prentice (Orrindale Borough "
            "Council). Imogen Darrowby, Community Safety Manager, and Caspar Nethercott, Community Safety "
            "Analyst, advised but did not score."
        ),
        p(
            "Rhiannon Tolley declared that Kindred Recovery CIC holds a contract with the Probation Service; "
            "she did not score bid NSG24-07, whose score is the average of the other two panellists' scores. "
            "No other interest was declared."
        ),
        p(
            "Each panellist scored each bid out of 100 against the criteria below, and the Panel agreed a "
            "single score. Fit with priorities was judged against the four priorities for 2024-25 that the "
            "Strategic Assessment 2024 recommends, which the Board is asked to adopt on 11 June 2024."
        ),
        caption("Table 1: Scoring criteria"),
        grouped(criteria, [300, 60], figures=(1,), totals=(len(criteria) - 1,)),
        heading("2.1", "Money available"),
        p(
            "The Neighbourhood Safety Grants for 2024-25 total <b>£96,350</b>: £74,000 from the Police, "
            "Fire and Crime Commissioner, £15,000 from Orrindale Borough Council and £7,350 carried forward "
            "from the Community Safety Grants of 2023-24."
        ),
        heading("3.0", "Scores and recommendations"),
        caption("Table 2: Bids in order of score"),
        _scores(),
        footnote("* Recommended at less than requested: 40 sessions rather than 48."),
        footnote(
            "† Subject to Lydgate Homes confirming in writing that it will match the grant with £6,400 "
            "of its own."
        ),
        footnote(
            "‡ Subject to a second contractor's quotation; the award to be the lower quotation, up to "
            "£22,000."
        ),
        p(" "),
        p(
            "If the Board accepts every recommendation, £77,300 will be committed and £19,050 will remain "
            "for bids during the year."
        ),
        heading("4.0", "Notes on the bids"),
        minor("NSG24-01 Open Door (Orrin Valley Women's Centre): 84"),
        p(
            "The strongest bid: weekly outreach surgeries for women in Fellgate North and Wyke End, where "
            "the Centre has no base at present. Fully costed and ready to start in July."
        ),
        minor("NSG24-02 Late Shift (Orrindale Youth Trust): 76"),
        p(
            "A proven scheme, now moving from the town centre to Fellgate North and Wyke End. The Panel "
            "recommends 40 evening sessions at £300 each, £12,000, rather than the 48 asked for, and invites "
            "the Trust to return later in the year if demand shows the need for more."
        ),
        minor("NSG24-04 Stand Tall (St Aldhelm's Amateur Boxing Club): 72"),
        p("Workshops in all seven secondary schools; the Panel asked for attendance figures each term."),
        minor("NSG24-03 Cornmarket CCTV upgrade (Orrindale Borough Council): 69"),
        p(
            "Six cameras in Cornmarket reach the end of their life this year. Only one quotation was "
            "supplied, so the Panel's recommendation is conditional on a second."
        ),
        minor("NSG24-05 Operation Tallow (Westrake Constabulary): 63"),
        p("Summer patrols with youth engagement workers; reasonable value, but no exit plan."),
        minor("NSG24-06 Lock Fast (Lydgate Homes): 58"),
        p(
            "Locks, door chains and window alarms for tenants burgled more than once. It fits the proposed "
            "neighbourhood crime priority, but the match funding is not yet confirmed."
        ),
        minor("NSG24-07 Second Chances (Kindred Recovery CIC): 47"),
        p(
            "A well-run scheme, but below the threshold of 55: reducing reoffending is not among the "
            "priorities proposed for 2024-25, and the bid has no plan for when the grant ends. The Panel "
            "suggests that Kindred Recovery approach the Westrake Reducing Reoffending Board."
        ),
        heading("5.0", "Recommendations to the Board"),
        p("The Panel recommends that the Board:"),
        bullets(
            [
                "awards NSG24-01, NSG24-04 and NSG24-05 in full: £19,500, £7,600 and £9,800;",
                "awards NSG24-02 at £12,000, less than the £14,500 requested;",
                "awards NSG24-03 at up to £22,000, once a second quotation has been received;",
                "awards NSG24-06 at £6,400, once Lydgate Homes' matching contribution is confirmed;",
                "does not fund NSG24-07.",
            ],
            numbered="(%s)",
        ),
        p("<i>Rhiannon Tolley, Chair of the Assessment Panel, 17 May 2024</i>"),
    ]
