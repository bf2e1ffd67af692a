"""Partnership F's annual report 2020-21: landscape pages in two columns, "Page N" at the top right and a
"<title> | published June 2021" line at the foot left; members in a two-part table (statutory and
co-opted), four themes in a table with theme leads, grants in a table in pounds with a theme number, the
money in prose (with an underspend handed back to the commissioner) and a boxed year at a glance."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether

from evals.archive.common import FICTIONAL, Meta
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

TITLE = "Drayhurst CDRP Annual Report 2020-21"
STATUTORY = (
    ("Drayhurst District Council", "Councillor Ottilie Brand, Portfolio Holder for Communities (Chair)"),
    ("Ostervale County Council", "Gwen Hollis, Head of Community Resilience"),
    ("Ostervale and Brenlow Police", "Chief Inspector Rhodri Castellan, District Commander (Vice-Chair)"),
    ("Ostervale Fire and Rescue Service", "Station Manager Caius Pendry"),
    ("Probation Service", "Lorna McAteer, Head of the Drayhurst Probation Delivery Unit"),
    ("Brenlow and Ostervale Clinical Commissioning Group", "Dr Niamh Tarrant, Deputy Director of Nursing"),
)
COOPTED = (
    ("Office of the Police, Fire and Crime Commissioner", "Ravi Sethuraman, Commissioning Officer"),
    ("Ostervale Youth Offending Team", "Conall Birtwhistle, Team Manager"),
    ("Kindlewood Women's Aid", "Tegan Halloran, Chief Executive"),
    ("Tolbury Town Council", "Councillor Ambrose Quinnell"),
)
THEMES = (
    ("T1", "Burglary and vehicle crime", "Fewer homes and cars targeted; property marking in the wards "
     "worst hit", "Inspector Judith Farraday, Ostervale and Brenlow Police"),
    ("T2", "Violence in the night-time economy", "Safer evenings in Drayhurst town centre and on "
     "Tolbury Quay", "Simeon Blake, Licensing Manager, Drayhurst District Council"),
    ("T3", "Domestic abuse", "Victims reached earlier and supported for longer", "Tegan Halloran, "
     "Kindlewood Women's Aid"),
    ("T4", "Anti-social behaviour, including off-road motorcycles", "Fewer repeat complaints in Windle "
     "Heath and Hobb's Green", "Naomi Pearce, ASB Team Leader, Drayhurst District Council"),
)  # fmt: skip
GRANTS = (
    ("Evening and weekend helpline during lockdown", "Kindlewood Women's Aid", "T3", 8500),
    ("Property marking kits for Castle Mead and Eastgate homes", "Ostervale and Brenlow Police", "T1", 6250),
    ("Catalytic converter marking days", "Ostervale and Brenlow Police", "T1", 2100),
    ("Camera to catch off-road motorcycles on Windle Heath", "Drayhurst District Council ASB Team", "T4",
     5900),
    ("Online youth club and doorstep sport", "Tolbury Community Sports Trust", "T4", 4000),
    ("Pubwatch radio handsets", "Drayhurst and Tolbury Pubwatch", "T2", 3300),
)  # fmt: skip
GRANT, DISTRICT, TOWN, CARRIED = 40000, 7500, 2000, 2000


def write_annual_report(path: Path) -> Path:
    return render_pages(
        path,
        _story,
        Meta(TITLE, DRAYHURST),
        Furniture(
            top_right=lambda page, _total: f"Page {page}",
            foot_left=lambda _page, _total: f"{TITLE} | published June 2021",
        ),
        first="land2",
    )


def _story() -> list[Flowable]:
    awarded = sum(row[3] for row in GRANTS)
    income = GRANT + DISTRICT + TOWN
    returned = income - awarded - CARRIED
    members = [["<b>Statutory partners</b>", "<b>Represented by</b>"], *map(list, STATUTORY)]
    members += [["<b>Co-opted partners</b>", ""], *map(list, COOPTED)]
    grants = [["<b>Scheme</b>", "<b>Applicant</b>", "<b>Theme</b>", "<b>Grant (£)</b>"]]
    grants += [[scheme, who, theme, pounds(amount)] for scheme, who, theme, amount in GRANTS]
    grants.append(["<b>Total</b>", "", "", f"<b>{pounds(awarded)}</b>"])
    themes = [["<b>No.</b>", "<b>Theme</b>", "<b>What we aimed for</b>", "<b>Theme lead</b>"]]
    themes += [list(row) for row in THEMES]
    return [
        p(f"<i>{FICTIONAL}</i>", SERIF_SMALL),
        title("Drayhurst Crime and Disorder Reduction Partnership"),
        p("<b>Annual Report 2020-21</b> - April 2020 to March 2021. Published 24 June 2021."),
        heading("A word from the Chair"),
        p(
            "Nobody will forget the year the pubs shut. Lockdowns moved crime indoors and online: burglary "
            "and shoplifting fell away, while calls about domestic abuse and neighbour disputes climbed. "
            "Our Strategy Group met four times, every time by video, and partners who had never shared a "
            "room found themselves sharing a screen every week."
        ),
        p(
            "This is my third and last report as Chair. The Strategy Group will choose a new Chair, and new "
            "priorities from this spring's assessment, in July. - <i>Councillor Ottilie Brand</i>"
        ),
        heading("About the CDRP"),
        p(
            "The CDRP brings together the bodies that share the duty, under the Crime and Disorder Act "
            "1998, to reduce crime and disorder in Drayhurst district (98,400 residents, in the towns of "
            "Drayhurst and Tolbury and the Upper Drayle villages). Its decisions are taken by the Strategy "
            "Group, which meets quarterly; three statutory partners make a quorum. Philippa Strand, "
            "Partnership Manager at Drayhurst District Council, supports the Group."
        ),
        grid(members, (150, 215)),
        heading("Our themes, 2018 to 2021"),
        p("The 2018 assessment gave us four themes, each with a lead who reports to every meeting:"),
        grid(themes, (28, 95, 122, 120)),
        heading("Year at a glance"),
        boxed(
            [
                p("<b>6,956</b> crimes recorded, 11.9% fewer than in 2019/20", SERIF_SMALL),
                p("<b>2,702</b> domestic abuse incidents, up 13.1%", SERIF_SMALL),
                p(
                    "<b>5,961</b> ASB incidents, up 38.1% (many were reports of lockdown breaches)",
                    SERIF_SMALL,
                ),
                p("<b>214</b> domestic burglaries, a third fewer than the year before", SERIF_SMALL),
                p("<b>4</b> Strategy Group meetings, all online", SERIF_SMALL),
            ],
            350,
        ),
        KeepTogether(
            [
                heading("Grants 2020-21"),
                p(
                    "Partners and community groups bid to the Strategy Group, which decides at its "
                    "quarterly meetings. The Partnership Manager may agree bids up to £1,500 between "
                    "meetings."
                ),
            ]
        ),
        grid(grants, (150, 120, 40, 55)),
        heading("Where the money came from and went"),
        p(
            f"We had £{pounds(income)}: the Commissioner's Community Safety Grant of £{pounds(GRANT)}, "
            f"£{pounds(DISTRICT)} from Drayhurst District Council and £{pounds(TOWN)} from Tolbury Town "
            f"Council. Grants took £{pounds(awarded)}. With the night-time economy closed for most of the "
            f"year, the Commissioner asked for £{pounds(returned)} back for the county's Covid recovery "
            f"fund, and £{pounds(CARRIED)} is carried into 2021-22."
        ),
        heading("Domestic homicide review"),
        p(
            "After a death in Tolbury in November 2020 the Strategy Group commissioned a domestic homicide "
            "review, known as DHR Marianne, in February 2021. Its independent chair is Hilary Dunmore; it "
            "should finish early in 2022."
        ),
        heading("What comes next"),
        p(
            "The Partnership Strategic Assessment 2021 will be presented to the Strategy Group at its "
            "meeting on 8 July 2021, which will agree the CDRP's priorities for 2021 to 2024."
        ),
    ]
