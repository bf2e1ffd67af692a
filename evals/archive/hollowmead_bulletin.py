"""Partnership U's newsletter, the Safer Hollowmead Bulletin, Issue 7, Autumn 2023 (November 2023),
catalogued as `other`: page 1 a masthead and the lead story in the "aside" template, a fact box and the
dates of meetings beside it; then a three-column "news" page with a pull-quote: a bid deferred in June
approved in September (in £k), members succeeded and co-opted, the Chair's words, the year's projects,
small grants and a jargon buster; dates written as "Tues 16 Jan '24"."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.hollowmead_funding import (
    BIDS_2324,
    CHAIR_NEW,
    COMMITTED_2324_NOVEMBER,
    CUT_IT_OUT,
    JUNE_2023,
    MANAGER,
    VICE_NEW,
)
from evals.archive.hollowmead_layout import (
    ASIDE,
    SMALL,
    Furniture,
    fact_box,
    heading,
    k,
    notice,
    p,
    pull_quote,
    render_pages,
    short_date,
    subheading,
    title,
)
from evals.archive.names import HOLLOWMEAD, HOLLOWMEAD_FUND

TITLE = f"{HOLLOWMEAD}: Safer Hollowmead Bulletin, Issue 7, Autumn 2023"


def write_bulletin(path: Path) -> Path:
    furniture = Furniture("Safer Hollowmead Bulletin 7", "HCSP/BUL/07", "2023-11-23")
    return render_pages(path, _story, Meta(TITLE, HOLLOWMEAD), furniture, first="aside")


def _story() -> list[Flowable]:
    bids = {b[0]: b for b in BIDS_2324}
    asked = bids["HCSG/23/04"][4]
    column = 152.0
    return [
        *title(
            "Safer Hollowmead Bulletin", "Issue 7 · Autumn 2023", "News from the Community Safety Partnership"
        ),
        notice(),
        *heading("", "Knife crime workshops get the go-ahead"),
        p(
            f"At its meeting on {short_date('2023-09-19')} the Board approved Cut It Out, Wyvern Youth "
            f"Theatre's knife crime workshops (HCSG/23/04), at {k(CUT_IT_OUT)}. The theatre had asked for "
            f"{k(asked)} in June, when the Board deferred the bid until the county's serious violence "
            "needs assessment was ready. The assessment, published in August, named knife crime among "
            "young people in Hollowmead as a concern, and the theatre trimmed its costs by sharing a "
            "facilitator with the youth justice service."
        ),
        p(
            "The workshops will run in five secondary schools from January 2024, with a session for "
            "parents in each. It is the Partnership's first award under its new serious violence priority."
        ),
        p(
            "Each school gets a half-day workshop for Year 9, built around a short play about a boy who "
            "starts carrying a knife \u201cfor protection\u201d, followed by a session with a youth "
            "worker and a police schools officer. Teachers receive a pack so the work can carry on in "
            "lessons."
        ),
        subheading("", "Why serious violence?"),
        p(
            "The Partnership's Strategic Intelligence Assessment 2022 found that knife crime offences had "
            "reached their highest level in five years. Since 31 January 2023 the Serious Violence Duty "
            "has required the council, police, fire, health and probation to work together to prevent "
            "serious violence, and the Board made it one of its four priorities from April 2023."
        ),
        FrameBreak(),
        fact_box(
            "2023/24 so far",
            [
                (k(COMMITTED_2324_NOVEMBER), "committed to five projects"),
                ("4", "priorities, led by violence against women and girls"),
                ("2", "Board meetings left in 2023/24"),
            ],
            ASIDE,
        ),
        Spacer(1, 10),
        subheading("", "Dates for your diary"),
        p(
            f"The Board meets at 2.00pm on {short_date('2024-01-16')} and {short_date('2024-03-19')}. The "
            f"annual meeting, which elects the Chair for 2024/25, is on {short_date('2024-06-11')}. "
            "Meetings are held in the Guildhall and members of the public may attend.",
            SMALL,
        ),
        NextPageTemplate("news"),
        PageBreak(),
        subheading("", "New faces on the Board"),
        p(
            "Owen Tregear, Director of Place for the Wyvernshire Integrated Care Board, took Dr Priya "
            "Hallam's seat on the Board from October 2023; Dr Hallam has moved to a regional role. Leon "
            "Maybury, head of Hollowmead Youth Justice Service, was co-opted in September, the first time "
            "the service has had a seat at the table."
        ),
        subheading("", "A word from the Chair"),
        p(
            f"{CHAIR_NEW} has chaired the Board since June, with {VICE_NEW} of the fire service as "
            "Vice-Chair. He told the Bulletin that he wants every project the Partnership funds to be "
            "able to show what changed because of it."
        ),
        pull_quote("If we can't say what changed, we shouldn't be paying for it.", CHAIR_NEW, column),
        subheading("", "What we are funding this year"),
        p(
            f"Safe Harbour's young people's IDVA ({k(JUNE_2023['HCSG/23/01'])}) started in July and "
            "already supports 19 young people. The WalkWise Hollowmead app "
            f"({k(JUNE_2023['HCSG/23/02'])}) went live on {short_date('2023-11-06')}: users share their "
            f"route home with a friend. The Night Marshals ({k(JUNE_2023['HCSG/23/03'])}) are back in "
            f"Minster Gate, and the Second Wind recovery cafe ({k(JUNE_2023['HCSG/23/06'])}) opens on "
            "Saturdays in the old library."
        ),
        subheading("", "A quieter bonfire night"),
        p(
            "Wyvernshire Fire and Rescue Service crews and youth workers visited every secondary school "
            "in the borough in October to talk about the dangers of fireworks and setting fires. The "
            "service attended eleven deliberate fires in Hollowmead over the bonfire fortnight, against "
            "nineteen a year earlier."
        ),
        subheading("", "Shop safe, shop local"),
        p(
            "Retailers in Minster Gate have joined a new radio link with the Night Marshals and the "
            "council's CCTV room, so that staff can report shoplifters and anti-social behaviour as it "
            "happens. The scheme is run by the Business Improvement District at no cost to the "
            "Partnership."
        ),
        pull_quote(
            "The radio means we're not on our own when it kicks off.", "A Minster Gate shopkeeper", column
        ),
        subheading("", "Small grants"),
        p(
            f"The {HOLLOWMEAD_FUND} still has small grants of up to £1,000 for community groups. Apply by "
            f"{short_date('2024-01-12')}; the CSP Manager decides within a month."
        ),
        subheading("", "Jargon buster"),
        p(
            "<b>BID</b>: Business Improvement District, the town-centre businesses' company that runs the "
            "Night Marshals."
        ),
        p("<b>HCSG</b>: the Hollowmead Community Safety Grants Scheme."),
        p("<b>IDVA</b>: Independent Domestic Violence Adviser."),
        p("<b>SVD</b>: the Serious Violence Duty, in force since 31 January 2023."),
        p("<b>VAWG</b>: violence against women and girls."),
        subheading("", "Get in touch"),
        p(f"{MANAGER}, Community Safety Partnership Manager, Guildhall Yard, Hollowmead.", SMALL),
    ]
