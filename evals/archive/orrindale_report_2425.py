"""Partnership M's Annual Report 2024-25 on orrindale_layout's amber-strip furniture, "Section N —"
headings: the new Chair's introduction (elected in June 2024, succeeding the Chair of 2021-24); the year at
a glance in eight boxed headline figures; the Board's members told in prose, with a change of fire service
member and a member who joined in January 2025; the four priorities for 2024-25 and how they changed from
2023-24 (one kept, one renamed and widened, one added, one dropped); progress under each; the year's
Neighbourhood Safety Grants told in prose (amounts awarded, changed, deferred then approved, not funded,
re-profiled, a second round, the total and the carry-forward); and what comes next."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from evals.archive.common import Meta
from evals.archive.names import ORRINDALE
from evals.archive.orrindale_layout import (
    Furniture,
    bullets,
    glance,
    heading,
    minor,
    notice,
    p,
    render_pages,
    title,
)

TITLE = "Orrindale Safer Neighbourhoods Partnership Annual Report 2024-25"


def write_annual_report(path: Path) -> Path:
    furniture = Furniture("Annual Report 2024-25", "OSNP/AR/2024-25 · published June 2025")
    return render_pages(path, _story, Meta(TITLE, ORRINDALE), furniture)


def _story() -> list[Flowable]:
    return [
        notice(),
        *title(TITLE, "April 2024 to March 2025"),
        heading("Section 1 —", "Introduction from our Chair"),
        p(
            "I was elected Chair of the Partnership on 11 June 2024, succeeding Councillor Philippa "
            "Arkwright, who chaired it from 2021 to 2024 and whom I thank for her leadership. Rhiannon "
            "Tolley of the Probation Service was elected Vice-Chair at the same meeting."
        ),
        p(
            "This was a year of change. Acting on our Strategic Assessment 2024, we took on neighbourhood "
            "crime as a priority for the first time and widened our work on anti-social behaviour beyond "
            "the town centre. Residential burglary fell by 11%, and ASB incidents fell for the third year "
            "running."
        ),
        p("<i>Superintendent Leonie Farrimond, Chair, June 2025</i>"),
        heading("Section 2 —", "The year at a glance"),
        glance(
            [
                ("£81,900", "committed through Neighbourhood Safety Grants to nine projects"),
                ("1,802", "ASB incidents reported, 7.5% fewer than in 2023-24"),
                ("431", "residential burglaries, 11% fewer than in 2023-24 (484)"),
                ("512", "victims of domestic abuse supported by IDVAs"),
                ("64", "homes of repeat burglary victims made more secure by Lock Fast"),
                ("46", "Open Door outreach surgeries held in Fellgate North and Wyke End"),
                ("5", "Board meetings"),
                ("1", "new member organisation: Orrindale Business Improvement District"),
            ],
            4,
            470,
        ),
        PageBreak(),
        heading("Section 3 —", "The Partnership and its members"),
        p(
            "The Orrindale Safer Neighbourhoods Partnership is the community safety partnership for the "
            "Borough of Orrindale under the Crime and Disorder Act 1998. Its Board met five times in "
            "2024-25: on 11 June, 10 September and 10 December 2024, and on 4 February and 18 March 2025."
        ),
        p(
            "The Board is chaired by Superintendent Leonie Farrimond, Orrindale District Commander of "
            "Westrake Constabulary, with Rhiannon Tolley, Head of the Orrindale Probation Delivery Unit, as "
            "Vice-Chair. Orrindale Borough Council is represented by Councillor Tobias Quenby, Cabinet "
            "Member for Communities, and Nathaniel Prentice, Director of Neighbourhoods; Westrake County "
            "Council by Councillor Hugo Pascoe; and the Westrake and Lyde Integrated Care Board by Dr "
            "Farhana Siddall. Westrake Fire and Rescue Service was represented by Group Manager Ayodele "
            "Brackenbury until his retirement in October 2024, and since then by Station Manager Cressida "
            "Hartigan."
        ),
        p(
            "Five further organisations sit on the Board without the statutory duty: the Office of the "
            "Westrake Police, Fire and Crime Commissioner (Declan Mossop), Orrindale Youth Justice Service "
            "(Tariq Hollingdrake), Westrake Public Health (Morwenna Tresize), the Orrin Valley Women's "
            "Centre (Saoirse Kinsella) and Lydgate Homes (Graham Oakenshaw). In January 2025 they were "
            "joined by Jonah Bellwether, manager of the Orrindale Business Improvement District, who brings "
            "the town centre's businesses to the table."
        ),
        heading("Section 4 —", "Our priorities and how they changed"),
        p("On 11 June 2024 the Board set four priorities for 2024-25:"),
        bullets(
            [
                "<b>Violence against women and girls</b>",
                "<b>Safer streets and public spaces</b>",
                "<b>Serious violence</b>",
                "<b>Neighbourhood crime</b> (residential burglary and vehicle crime)",
            ],
            numbered="%s.",
        ),
        p(
            "Violence against women and girls and serious violence continue from 2023-24. <b>Safer streets "
            "and public spaces</b> is the new name for the former priority of anti-social behaviour in "
            "Orrindale town centre, and it now covers public spaces across the whole borough, including "
            "the Fellgate North and Wyke End estates. <b>Neighbourhood crime</b> is new this year, as the "
            "Strategic Assessment recommended. <b>Reducing reoffending</b> is no longer one of our "
            "priorities: the Westrake Reducing Reoffending Board leads that work across the county and "
            "reports to us each year, most recently in March 2025."
        ),
        heading("Section 5 —", "Progress in 2024-25"),
        minor("Violence against women and girls"),
        p(
            "The Orrin Valley Women's Centre held 46 Open Door surgeries in Fellgate North and Wyke End, "
            "and its Independent Domestic Violence Advisers supported 512 victims, up from 426."
        ),
        minor("Safer streets and public spaces"),
        p(
            "ASB incidents fell from 1,948 to 1,802. Late Shift took detached youth work to the northern "
            "estates and, from December, to Stonecrop, and six new cameras now cover Cornmarket. The "
            "shoplifting problem profile for Cornmarket came to the Board in December 2024."
        ),
        minor("Serious violence"),
        p(
            "Stand Tall ran workshops in five secondary schools. The Youth Justice Service's local delivery "
            "plan under the Serious Violence Duty was agreed in December 2024."
        ),
        minor("Neighbourhood crime"),
        p(
            "Residential burglaries fell from 484 to 431, and Lock Fast made 64 homes of repeat victims "
            "more secure. Vehicle offences fell by 6%, although thefts of keyless cars remain a concern."
        ),
        heading("Section 6 —", "Funding in 2024-25"),
        p(
            "From 2024-25 our grants are called Neighbourhood Safety Grants. There was £96,350 to spend: "
            "£74,000 from the Police, Fire and Crime Commissioner, £15,000 from Orrindale Borough Council "
            "and £7,350 carried forward from 2023-24. An Assessment Panel scored seven bids in May 2024, and "
            "the Board decided them on 11 June 2024."
        ),
        p(
            "The largest grant, £19,500, went to the Orrin Valley Women's Centre for Open Door. Orrindale "
            "Youth Trust was awarded £12,000 for Late Shift in June, and in December the Chair increased "
            "this to £14,500 to pay for winter sessions. The Cornmarket CCTV upgrade was supported at up to "
            "£22,000 and in the end cost £17,350. St Aldhelm's Amateur Boxing Club's grant for Stand Tall "
            "was reduced from £7,600 to £5,900 when two schools withdrew. Lydgate Homes' bid for Lock Fast, "
            "deferred in June until its match funding was confirmed, was approved in September at £6,400. "
            "Westrake Constabulary received £6,000 for Operation Tallow in 2024-25, with a further £3,800 "
            "moved into 2025-26, and Orrindale Night Angels £2,500 for radios and first-aid kits. Kindred "
            "Recovery CIC's bid for Second Chances was not funded."
        ),
        p(
            "A second round of small grants in February and March 2025 added two awards, which the Board "
            "made on 18 March 2025: £4,800 to Westrake County Council for the Safer Routes street-lighting "
            "audit in Fellgate North, and £4,950 to Orrindale Neighbourhood Watch Association for Hello "
            "Neighbour, which recruits street coordinators in Abbeyfields and Priory Vale."
        ),
        p(
            "In all, £81,900 was committed to nine projects in 2024-25. With £3,800 held for Operation "
            "Tallow in 2025-26, £10,650 is carried forward into the grants for 2025-26."
        ),
        heading("Section 7 —", "Looking ahead"),
        p(
            "The Police, Fire and Crime Commissioner has indicated a grant of £72,000 for 2025-26. The "
            "Board will review its priorities in the summer of 2025, when the next strategic assessment is "
            "complete."
        ),
    ]
