"""Partnership F's annual report and year in review 2021/22: portrait, one column, sections numbered
"1 |" to "10 |", a top line "Year in Review 2021/22" and a foot line "N | Drayhurst CDRP"; members as an
indented list with changes of representative, four priorities numbered with what they replaced, grants in
a table with references G21-01 to G21-08 and the meeting that approved each (two varied later), an
income and spending table, refused bids in prose and a case study that restates a grant in words."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether

from evals.archive.common import FICTIONAL, Meta, bullets
from evals.archive.drayhurst_layout import (
    SERIF_SMALL,
    Furniture,
    boxed,
    grid,
    heading,
    p,
    pounds,
    render_pages,
    title,
)
from evals.archive.names import DRAYHURST

TITLE = "Drayhurst CDRP Annual Report and Year in Review 2021/22"
MEMBERS = (
    "Drayhurst District Council - Councillor Ottilie Brand (Vice-Chair)",
    "Ostervale County Council - Gwen Hollis",
    "Ostervale and Brenlow Police - Chief Inspector Rhodri Castellan (Chair)",
    "Ostervale Fire and Rescue Service - Station Manager Hollie Braddock, from April 2022 (Station Manager "
    "Caius Pendry until February 2022)",
    "Probation Service - Lorna McAteer",
    "Brenlow and Ostervale Integrated Care Board - Dr Niamh Tarrant (the Clinical Commissioning Group until "
    "the Board took over on 1 July 2022)",
)
COOPTED = (
    "Office of the Police, Fire and Crime Commissioner - Ravi Sethuraman",
    "Ostervale Youth Offending Team - Conall Birtwhistle",
    "Kindlewood Women's Aid - Tegan Halloran",
    "Tolbury Town Council - Councillor Ambrose Quinnell",
    "Fernway Housing Association - Saul Everett, since October 2021",
)
PRIORITIES = (
    "<b>Violence against women and girls</b>, including domestic abuse, stalking and sexual offences.",
    "<b>Exploitation of young people and knife crime</b>: possession of weapons offences were up 65% in "
    "three years.",
    "<b>Anti-social behaviour and off-road motorcycles</b>, the one theme carried over from 2018 to 2021.",
    "<b>Fraud and scams targeting older residents</b>, new to the list.",
)
# (ref, project, provider, priority, amount, approved)
GRANTS = (
    ("G21-01", "Safe Spaces outreach in GP surgeries", "Kindlewood Women's Aid", "VAWG", 9250, "8 Jul 2021"),
    ("G21-02", "Turning Point knife crime workshops", "Ostervale Youth Offending Team",
     "Exploitation and knife crime", 8150, "8 Jul 2021; increased 20 Jan 2022"),
    ("G21-03", "Silver Shield call blockers", "Ostervale Trading Standards", "Fraud and scams", 2900,
     "8 Jul 2021; reduced 20 Jan 2022"),
    ("G21-04", "Personal attack alarms", "Kindlewood Women's Aid", "VAWG", 1250, "2 Sep 2021 (delegated)"),
    ("G21-05", "Windle Heath access barriers", "Fernway Housing Association", "ASB and off-road bikes",
     11300, "14 Oct 2021"),
    ("G21-06", "Safe Haven venues", "Drayhurst Town Centre Partnership", "VAWG", 5600, "14 Oct 2021"),
    ("G21-07", "Detached youth work", "Hobb's Green Youth Hub CIC", "Exploitation and knife crime", 8000,
     "20 Jan 2022"),
    ("G21-08", "Scam awareness talks for older people's groups", "Upper Drayle Good Neighbours",
     "Fraud and scams", 1450, "9 Mar 2022 (delegated)"),
)  # fmt: skip
INCOME = (
    ("Commissioner's Community Safety Grant", 42000),
    ("Drayhurst District Council", 7500),
    ("Tolbury Town Council", 2000),
    ("Brought forward from 2020-21", 2000),
)


def write_annual_report(path: Path) -> Path:
    return render_pages(
        path,
        _story,
        Meta(TITLE, DRAYHURST),
        Furniture(
            top_left=lambda _page, _total: "Year in Review 2021/22",
            foot_right=lambda page, _total: f"{page} | Drayhurst CDRP",
        ),
    )


def _story() -> list[Flowable]:
    spent = sum(row[4] for row in GRANTS)
    income = sum(amount for _, amount in INCOME)
    grants = [[f"<b>{c}</b>" for c in ("Ref", "Project", "Provider", "Priority", "£", "Approved")]]
    grants += [[ref, what, who, why, pounds(amount), when] for ref, what, who, why, amount, when in GRANTS]
    grants.append(["", "<b>Total granted</b>", "", "", f"<b>{pounds(spent)}</b>", ""])
    money = [["<b>Income and spending 2021/22</b>", "<b>£</b>"]]
    money += [[name, pounds(amount)] for name, amount in INCOME]
    money += [
        ["<b>Total available</b>", f"<b>{pounds(income)}</b>"],
        ["Grants (section 4)", pounds(spent)],
        ["<b>Carried forward to 2022/23</b>", f"<b>{pounds(income - spent)}</b>"],
    ]
    return [
        p(f"<i>{FICTIONAL}</i>", SERIF_SMALL),
        title("Drayhurst Crime and Disorder Reduction Partnership"),
        p("<b>Annual Report and Year in Review 2021/22.</b> Published 14 July 2022."),
        heading("1 | Foreword"),
        p(
            "It has been a year of getting back into the room and of starting again. In July the Strategy "
            "Group set four new priorities from the Partnership Strategic Assessment 2021 and elected me "
            "Chair, with Councillor Ottilie Brand as Vice-Chair. My thanks go to Station Manager Caius "
            "Pendry, who retired in February after six years with us. - <i>Chief Inspector Rhodri "
            "Castellan, Ostervale and Brenlow Police</i>"
        ),
        heading("2 | Who sits on the Strategy Group"),
        p(
            "The Strategy Group takes the CDRP's decisions. It meets quarterly, at Kingsway House in "
            "Drayhurst and Tolbury Town Hall in turn, and three statutory partners make a quorum. The "
            "statutory partners are:"
        ),
        bullets(MEMBERS),
        p("Co-opted members, who attend without the statutory duty:"),
        bullets(COOPTED),
        heading("3 | Our priorities, 2021 to 2024"),
        bullets(PRIORITIES, numbered=True),
        p(
            "They replace the four themes of 2018 to 2021. Burglary and vehicle crime is now a watching "
            "brief for the police-led Neighbourhood Tasking Meeting, and violence in the night-time economy "
            "is looked after by the Licensing and Evening Economy Forum."
        ),
        KeepTogether(
            [
                heading("4 | What we funded"),
                p(
                    "Grants are decided by the Strategy Group; the Partnership Manager may approve a bid of "
                    "up to £1,500 between meetings and report it to the next one."
                ),
                grid(grants, (42, 130, 115, 85, 42, 95)),
            ]
        ),
        heading("5 | Money"),
        grid(money, (260, 70)),
        heading("6 | Bids we did not fund"),
        p(
            "Castle Mead Residents' Association asked for £12,000 for a CCTV camera at the Castle Mead "
            "shops; it was refused in July while the District Council reviewed its CCTV, and the Council "
            "will now pay for a camera itself. A bid of £3,750 from Tolbury Quay Traders for a shop radio "
            "link was not supported in October, as shoplifting is not one of our priorities."
        ),
        heading("7 | Case study: Windle Heath"),
        p(
            "For a little over £11,000, Fernway Housing Association fitted barriers at five of the seven "
            "ways onto Windle Heath in November, and the County Council closed the other two. Reports of "
            "off-road motorcycles on the heath fell from 64 in the three months before the barriers went in "
            "to 19 in the three months after."
        ),
        heading("8 | Results"),
        boxed(
            [
                p("Safe Spaces saw <b>131</b> women in GP surgeries; 9 were referred to MARAC.", SERIF_SMALL),
                p("Turning Point reached <b>1,940</b> pupils in seven schools.", SERIF_SMALL),
                p("Silver Shield's call blockers stopped <b>3,870</b> scam calls.", SERIF_SMALL),
                p("<b>22</b> Safe Haven venues were used 17 times by women who felt unsafe.", SERIF_SMALL),
            ],
            460,
        ),
        KeepTogether(
            [
                heading("9 | Reviews and the year ahead"),
                p(
                    "The overview report of DHR Marianne was sent to the Home Office on 25 February 2022 "
                    "and awaits its quality assurance panel. In 2022/23 the Strategy Group meets on 21 July "
                    "2022, 20 October 2022, 19 January 2023 and 20 April 2023, and the strategic assessment "
                    "will be refreshed in spring 2023."
                ),
            ]
        ),
        heading("10 | Bidding for a grant"),
        p(
            "Any partner, or a community group with a partner's support, can bid. Ask the Partnership "
            "Manager, Philippa Strand, for the two-page bid form at Kingsway House, Drayhurst. A bid must "
            "say which of the four priorities it serves, how many people it will reach and how it will be "
            "measured. Bids close three weeks before each Strategy Group meeting. Stand-alone CCTV cameras, "
            "and schemes the police or the District Council already fund, are not eligible."
        ),
    ]
