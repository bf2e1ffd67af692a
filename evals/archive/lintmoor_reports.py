"""Partnership K's two yearly reports on lintmoor_layout's teal-band furniture.

Annual Report 2023-24: a chair's foreword signed by name, the membership as a bulleted list of
organisations, four priorities as numbered headings each with a short paragraph, a small table of
outcomes (2022-23 against 2023-24), the year's funding told in prose ("£12.5k was granted to ...") and a
page of stories from the year in two columns. Annual Review 2024-25: a different Chair, four priorities
(rural and coastal crime dropped, serious violence added), the board members by name, and a landscape
page of the year's funding (Project | Delivered by | Priority | Award (£) | Status) with the budget."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from evals.archive.common import Meta
from evals.archive.lintmoor_layout import (
    MINOR,
    bullets,
    caption,
    heading,
    ledger,
    minor,
    notice,
    p,
    pounds,
    render_pages,
    title,
)
from evals.archive.names import LINTMOOR

TITLE_2324 = "Lintmoor and Scarrowby Community Safety Partnership Annual Report 2023-24"
TITLE_2425 = "Lintmoor and Scarrowby Community Safety Partnership Annual Review 2024-25"
ORGANISATIONS = (
    "Lintmoor District Council",
    "Scarrowby Borough Council",
    "Kelderby County Council",
    "Kelderby Constabulary",
    "Kelderby Fire and Rescue Service",
    "The Probation Service (Kelderby)",
    "Kelderby and Wend Integrated Care Board",
)
ATTENDING = (
    "Office of the Police and Crime Commissioner for Kelderby",
    "Kelderby Youth Justice Service",
    "Kelderby Public Health",
    "Tidewell Women's Aid",
    "Scarrowby Homes",
)
PRIORITIES_2324 = (
    ("Domestic abuse and sexual violence",
     "Make victims safer at home and widen access to independent advocacy, working with Tidewell Women's "
     "Aid and the Kelderby domestic abuse board."),
    ("Anti-social behaviour in town centres",
     "Reduce the nuisance and intimidation reported in Lintmoor market place and Scarrowby harbour front, "
     "through patrols, youth provision and early intervention."),
    ("Rural and coastal crime",
     "Protect farms, villages and the coast from theft of machinery, fuel and boats, with the Kelderby "
     "Constabulary Rural Crime Team and parish councils."),
    ("Drug-related harm and county lines",
     "Disrupt county lines into Scarrowby and help people who use drugs into treatment and recovery."),
)  # fmt: skip
# measure, 2022-23, 2023-24, change
OUTCOMES_2324 = (
    ("ASB incidents reported to police", "4,812", "4,390", "-8.8%"),
    ("Domestic abuse-related crimes", "2,106", "2,241", "+6.4%"),
    ("Rural crime offences", "388", "341", "-12.1%"),
    ("Drug trafficking offences", "97", "128", "+32.0%"),
    ("Households made safer by Doorstep Secure", "41", "57", "+16"),
    ("Attendances at Harbourside Late Sessions", "640", "1,126", "+486"),
)
PRIORITIES_2425 = (
    ("Domestic abuse and violence against women and girls",
     "Widened from domestic abuse and sexual violence to take in stalking, harassment and safety in the "
     "night-time economy."),
    ("Anti-social behaviour in town centres",
     "Kept, with the focus on Harbourside and Fishergate wards, where the assessment found the highest "
     "rates of ASB."),
    ("Drug-related harm and county lines",
     "Kept, with the Kelderby Combating Drugs Partnership."),
    ("Serious violence",
     "New for 2024-25: our response to the Serious Violence Duty, aimed at knife crime among under-25s "
     "and violence in the night-time economy."),
)  # fmt: skip
BOARD_2425 = (
    "Chair: Chief Inspector Bethan Rhydderch, Kelderby Constabulary",
    "Vice-Chair: Councillor Priya Venkatesan, Lintmoor District Council",
    "Councillor Graham Hebblethwaite, Scarrowby Borough Council",
    "Area Manager Adaeze Nwankwo, Kelderby Fire and Rescue Service",
    "Simon Latchford, The Probation Service (Kelderby)",
    "Dr Ruth Mallinson, Kelderby and Wend Integrated Care Board",
    "Fern Dalgliesh, Office of the Police and Crime Commissioner for Kelderby",
)
# project, delivered by, priority, award, status
FUNDING_2425 = (
    ("Doorstep Secure (target hardening for victims)", "Tidewell Women's Aid", "DA and VAWG", "14,000",
     "Approved 11 June 2024; delivered"),
    ("Partnership analyst (share of post)", "Kelderby County Council", "All", "19,500",
     "Approved 11 June 2024; delivered"),
    ("Harbourside Late Sessions", "Scarrowby Youth Collective", "ASB in town centres", "11,250",
     "Approved 11 June 2024; delivered"),
    ("Choices Not Blades schools programme", "Sharp Lessons CIC", "Serious violence", "14,200",
     "Deferred 11 June 2024; approved 17 September 2024; delivered in 8 schools"),
    ("Scarrowby Town Rangers", "Scarrowby Borough Council", "ASB in town centres", "9,400",
     "Approved at £7,000 on 11 June 2024; increased to £9,400 on 17 September 2024"),
    ("Lintmoor recovery navigator", "Turnstone Recovery", "Drug-related harm", "0",
     "Approved at £8,000 on 11 June 2024; withdrawn 21 January 2025 (post not recruited)"),
    ("Rapid-deployment camera, Lintmoor bus station", "Lintmoor District Council", "Serious violence",
     "5,600", "Chair's decision CDN 2025/01, 9 January 2025; in place"),
    ("Night Haven welfare room", "Lintmoor Licensees' Forum", "DA and VAWG", "12,400",
     "Funding panel 22 January 2025; opened March 2025"),
    ("Radios for Harbour Chaplaincy volunteers", "Scarrowby Harbour Chaplaincy", "ASB in town centres",
     "2,350", "Funding panel 22 January 2025; delivered"),
)  # fmt: skip
INCOME_2425 = (
    ("Police and Crime Commissioner Community Safety Grant", 88000),
    ("Lintmoor District Council contribution", 8000),
    ("Scarrowby Borough Council contribution", 8000),
    ("Brought forward from 2023-24", 3450),
)


def write_annual_report_2324(path: Path) -> Path:
    return render_pages(path, _story_2324, Meta(TITLE_2324, LINTMOOR), "Annual Report 2023 to 2024")


def write_annual_review_2425(path: Path) -> Path:
    return render_pages(path, _story_2425, Meta(TITLE_2425, LINTMOOR), "Annual Review 2024 to 2025")


def _story_2324() -> list[Flowable]:
    outcome_rows = [["Measure", "2022-23", "2023-24", "Change"], *OUTCOMES_2324]
    story: list[Flowable] = [
        notice(),
        *title(TITLE_2324, "April 2023 to March 2024"),
        p(
            "<b>Contents</b>: Chair's foreword (page 1) · Who we are (page 2) · Our priorities (page 2) · "
            "What changed (page 3) · Funding (page 3) · Stories from the year (page 4)"
        ),
        heading("Chair's foreword"),
        p(
            "Welcome to the annual report of the Lintmoor and Scarrowby Community Safety Partnership for "
            "2023-24. It has been a year of steady work rather than headlines. Our Doorstep Secure scheme "
            "made "
            "57 households safer, the Harbourside Late Sessions gave young people in Scarrowby somewhere to "
            "go "
            "on Friday and Saturday evenings, and rural crime fell for the second year running."
        ),
        p(
            "Domestic abuse-related crime rose again, which partly reflects more victims coming forward, and "
            "drug trafficking offences rose as Kelderby Constabulary stepped up work against county lines. "
            "Both remain at the heart of what we do. Our new Strategic Intelligence Assessment, published in "
            "February 2024, will shape our priorities for 2024-25."
        ),
        p(
            "This is my third and last report as Chair: the Board will elect a new Chair at its meeting in "
            "June 2024. I thank every partner, volunteer and officer for their work."
        ),
        p(
            "<i>Councillor Priya Venkatesan</i><br/>Chair, Lintmoor and Scarrowby Community Safety "
            "Partnership, 2021-2024<br/>May 2024"
        ),
        PageBreak(),
        heading("Who we are"),
        p(
            "The Partnership is the community safety partnership for the districts of Lintmoor and Scarrowby "
            "under the Crime and Disorder Act 1998. Its Board meets quarterly, at Scarrowby Town Hall or "
            "Lintmoor Guildhall in turn, and is quorate when three responsible authorities are present. In "
            "2023-24 the members of the Partnership were:"
        ),
        bullets(ORGANISATIONS),
        p("These organisations also attend the Board and its sub-groups without the statutory duty:"),
        bullets(ATTENDING),
        heading("Our priorities for 2023-24"),
        p("The Board set four priorities for 2023-24 from its last assessment:"),
    ]
    for number, (name, text) in enumerate(PRIORITIES_2324, start=1):
        story += [minor(f"{number}. {name}"), p(text)]
    story += [
        PageBreak(),
        heading("What changed in 2023-24"),
        ledger(outcome_rows, [210, 70, 70, 70], figures=(1, 2, 3)),
        caption("Table 1. Outcome measures, financial years. Police and partner data."),
        heading("Funding in 2023-24"),
        p(
            "The Partnership's Community Safety Fund for 2023-24 was £73,000: a Police and Crime "
            "Commissioner "
            "grant of £68,000 and contributions of £2,500 each from Lintmoor District Council and Scarrowby "
            "Borough Council. The Board committed £69,550 of it and £3,450 was carried forward to 2024-25."
        ),
        p(
            "£12.5k was granted to Tidewell Women's Aid for Doorstep Secure, which fits stronger doors, "
            "locks "
            "and alarms in the homes of domestic abuse victims so they can stay safely where they live. The "
            "partnership analyst post, shared with the county, took £18,000, paid to Kelderby County Council."
        ),
        p(
            "For anti-social behaviour, £9,750 went to Scarrowby Youth Collective for the Harbourside Late "
            "Sessions, and Scarrowby Borough Council received £6,800 to pilot the Scarrowby Town Rangers, "
            "uniformed patrols of the harbour front on summer weekends."
        ),
        p(
            "Turnstone Recovery was awarded £15,000 for a county lines outreach worker in Scarrowby. The "
            "Kelderby Constabulary Rural Crime Team received £4,300 for the Lintmoor Rural Intelligence "
            "Network, a text alert service for farms and villages, and £3,200 was set aside for the costs of "
            "domestic homicide reviews."
        ),
        NextPageTemplate("columns"),
        PageBreak(),
        heading("Stories from the year"),
        minor("A safer front door"),
        p(
            "When Amira (not her real name) left a violent partner, she wanted to keep her children at the "
            "same school. Doorstep Secure fitted a new door, window locks and a video doorbell within five "
            "days of her referral. She told her adviser it was the first week she had slept properly in a "
            "year. The scheme helped 57 households in 2023-24, up from 41 the year before."
        ),
        minor("Friday nights on the harbour"),
        p(
            "The Harbourside Late Sessions ran on 78 evenings, with football, music and a food bar, and "
            "counted 1,126 attendances. Calls about young people gathering on the harbour front on Friday "
            "nights fell by about a quarter over the summer."
        ),
        minor("Eyes and ears in the country"),
        p(
            "The Lintmoor Rural Intelligence Network now has 612 members. An alert about a stolen quad bike "
            "in March 2024 led to its recovery within hours, twelve miles away at Eastfen."
        ),
        minor("Domestic homicide reviews"),
        p(
            "One domestic homicide review, begun in 2022-23, was completed and sent to the Home Office in "
            "January 2024. Its action plan is overseen by the domestic abuse sub-group."
        ),
        minor("Training"),
        p(
            "Tidewell Women's Aid trained 146 staff of partner agencies in recognising coercive control, and "
            "41 licensed premises staff completed the county's vulnerability training."
        ),
        minor("Contact us"),
        p(
            "The Partnership is supported by Tomasz Wielgosz, Community Safety Manager, Lintmoor District "
            "Council. Bids to the Community Safety Fund are invited each spring."
        ),
    ]
    return story


def _story_2425() -> list[Flowable]:
    funding = [["Project", "Delivered by", "Priority", "Award (£)", "Status"], *FUNDING_2425]
    total = sum(int(row[3].replace(",", "")) for row in FUNDING_2425)
    funding.append(["Total awarded 2024-25", "", "", f"{total:,}", ""])
    income = sum(a for _, a in INCOME_2425)
    story: list[Flowable] = [
        notice(),
        *title(TITLE_2425, "Our year from April 2024 to March 2025"),
        heading("A word from the Chair"),
        p(
            "I took over as Chair of the Lintmoor and Scarrowby Community Safety Partnership in June 2024, "
            "succeeding Councillor Priya Venkatesan, who stays on the Board as Vice-Chair. I am grateful to "
            "her for three years of steady leadership."
        ),
        p(
            "This was the first year under our refreshed priorities. Following the Strategic Intelligence "
            "Assessment 2024, we added serious violence as a priority and stopped treating rural and coastal "
            "crime as a priority of its own. We also lost one project during the year, when a recovery "
            "navigator post could not be filled, and returned that money to the fund for other work."
        ),
        p(
            "<i>Chief Inspector Bethan Rhydderch</i><br/>Chair, Lintmoor and Scarrowby Community Safety "
            "Partnership<br/>July 2025"
        ),
        heading("Our priorities for 2024-25"),
    ]
    for number, (name, text) in enumerate(PRIORITIES_2425, start=1):
        story += [minor(f"{number}. {name}"), p(text)]
    story += [
        p(
            "<b>What changed.</b> Rural and coastal crime, a priority in 2023-24, is no longer a partnership "
            "priority: it is managed through neighbourhood policing and the Lintmoor Rural Intelligence "
            "Network. Serious violence is new. Domestic abuse and sexual violence has widened to violence "
            "against women and girls."
        ),
        PageBreak(),
        heading("The Board in 2024-25"),
        p(
            "The Board met four times, on 11 June, 17 September and 10 December 2024 and 18 March 2025. Its "
            "members were:"
        ),
        bullets(BOARD_2425),
        p(
            "Tomasz Wielgosz, Community Safety Manager at Lintmoor District Council, supports the Board. "
            "Representatives of Kelderby Youth Justice Service, Tidewell Women's Aid and Scarrowby Homes "
            "attend as advisers."
        ),
        heading("Outcomes"),
        p(
            "Choices Not Blades reached 2,310 pupils in eight secondary schools. The Night Haven welfare "
            "room "
            "in Lintmoor opened in March 2025. Doorstep Secure made 63 households safer, and ASB incidents "
            "reported to police fell to 4,105."
        ),
        NextPageTemplate("landscape"),
        PageBreak(),
        heading("Funding in 2024-25"),
        ledger(funding, [190, 140, 100, 62, 230], figures=(3,), total_row=True),
        caption("Table 2. Community Safety Fund 2024-25: every award, with changes during the year."),
        p(
            f"The fund for 2024-25 was {pounds(income)}: a Police and Crime Commissioner grant of £88,000, "
            "£8,000 each from Lintmoor District Council and Scarrowby Borough Council, and £3,450 brought "
            f"forward. With {pounds(total)} awarded, {pounds(income - total)} is carried forward to 2025-26."
        ),
        NextPageTemplate("portrait"),
        PageBreak(),
        heading("Looking ahead to 2025-26"),
        p(
            "The Board will refresh the Strategic Intelligence Assessment in early 2026. Bids to the "
            "Community "
            "Safety Fund for 2025-26 open in April 2025; the funding panel meets in May, and awards above "
            "£12,500 go to the Board."
        ),
        p("For a copy of this review in another format, contact the Community Safety Manager.", MINOR),
    ]
    return story
