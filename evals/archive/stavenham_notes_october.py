"""Partnership AK's Partnership Board, 17 October 2024: action notes in DejaVu Serif with Times Bold headings
under the "tab" opening (a mulberry tab hanging from the top edge with "SSP" in it), a mulberry bar across the
top of later pages and a foot "Action notes 17.10.24 \u2013 page n" at the right. Those present in a
"booktabs" table of name, role and body, apologies and the quorum; items "Item 1" to "Item 10" each with its
"Decision:" in a porcelain callout: the mentoring bid deferred in January agreed below its ask, the advocates'
award amended up for more referrals, a bid for a noise app declined as a duplicate, money released from the
Safer Stavenham Reserve after disorder, terms of reference version 3.0 approved, MOPAC's indication for
2025/26, decisions under delegation reported; then an actions table ("AN24/31") and the next meeting."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.names import STAVENHAM
from evals.archive.stavenham_facts import (
    AWARDS_2425_LATER,
    CSIB_2526,
    IDVA_2425,
    IDVA_AMENDED_2425,
    LCPF_2526_INDICATED,
    LCPF_YEAR,
    NOISE_APP_ASK,
    OFF_ROAD,
    OFF_ROAD_ASK,
    RESERVE_AFTER_TENSION,
    RESERVE_OPEN_2425,
    TENSION,
)
from evals.archive.stavenham_layout import (
    NOTES,
    NOTES_H,
    NOTES_STYLES,
    NOTES_TITLE,
    WIDTH,
    Furniture,
    booktabs,
    boxed,
    callout,
    long_date,
    notice,
    p,
    pounds,
)
from evals.archive.stavenham_layout import render as render_pages

TITLE_OCTOBER = "Safer Stavenham Partnership Board action notes, 17 October 2024"
WHITE_HEAD = (NOTES_STYLES[0].clone("SvNotesWhite", textColor=colors.white), *NOTES_STYLES[1:])


def write_notes_october(path: Path) -> Path:
    furniture = Furniture(
        "Safer Stavenham Partnership Board \u2013 action notes, 17 October 2024",
        label="Partnership Board  |  action notes  |  meeting 3 of 2024/25",
        opening="tab",
        head_place="bar",
        foot="Action notes 17.10.24 \u2013 page {n}",
        place="right",
    )
    return render_pages(path, _story, Meta(TITLE_OCTOBER, STAVENHAM), furniture)


def _item(number: int, subject: str, *texts: str, decision: str = "") -> list[Flowable]:
    flow: list[Flowable] = [p(f"Item {number}&nbsp;&nbsp;{subject}", NOTES_H), *(p(t, NOTES) for t in texts)]
    if decision:
        flow.append(callout([p(f"<b>Decision:</b> {decision}", NOTES.clone("SvNotesDecision", spaceAfter=0))],
                            WIDTH))  # fmt: skip
        flow.append(Spacer(1, 3))
    return flow


def _story() -> list[Flowable]:
    present = [
        ["Name", "Role", "Body"],
        ["Cllr Hannah Verrall (chair)", "Cabinet Member for Community Safety and Cohesion; co-chair",
         "London Borough of Stavenham"],
        ["Ch Supt Rajesh Dholakia", "BCU Commander; co-chair", "Metropolitan Police"],
        ["Imogen Penfold", "Head of Community Safety", "London Borough of Stavenham"],
        ["Nadia Fairbanks", "Borough Commander", "London Fire Brigade"],
        ["Lorraine Ogundipe", "Head of PDU", "Probation Service"],
        ["Dr Ines Carvalho", "Director of Public Health", "London Borough of Stavenham"],
        ["Marlon Sankey", "Head of Youth Justice", "Stavenham Youth Justice Service"],
        ["Bernadette Quaye", "Chief Executive", "Ashmead Women's Centre"],
        ["Yasmin Okpara", "Chief Executive", "Stavenham CVS"],
        ["Saoirse Halpin", "Partnership Engagement Officer (adviser)", "MOPAC"],
    ]  # fmt: skip
    deciders = {"CFG": "the Commissioning and Finance Group", "Head of Community Safety": "the Head of "
                "Community Safety"}  # fmt: skip
    delegated = "; ".join(
        f"{pounds(amount)} to {provider} for {project.lower()} ({deciders[body]}, {long_date(iso)})"
        for _, project, provider, _, body, iso, amount in AWARDS_2425_LATER[:4]
    )
    actions = [
        ["Ref", "Action", "Owner", "Due", "Status"],
        ["AN24/31", "Grant agreement for Off Road mentoring, with the evaluation's measures", "TH",
         "31 Oct 2024", "Open"],
        ["AN24/32", "Vary the grant agreement with Ashmead Women's Centre for the new sum", "TH",
         "31 Oct 2024", "Open"],
        ["AN24/33", "Publish terms of reference version 3.0 and tell delivery group chairs", "CR",
         "1 Nov 2024", "Open"],
        ["AN24/34", "Report on the community tension response in Larchmont Rise", "IP", "23 Jan 2025",
         "Open"],
        ["AN24/35", "Bids for 2025/26 to be invited once MOPAC confirms the allocation", "TH", "Mar 2025",
         "Open"],
        ["AN24/27", "Domestic homicide review 2023/2 sent to the Home Office (from July)", "IP",
         "30 Sep 2024", "Closed"],
    ]  # fmt: skip
    return [
        notice(),
        Spacer(1, 8),
        p("Partnership Board: action notes", NOTES_TITLE),
        p("Thursday 17 October 2024, 10.00 am to 12.20 pm, Committee Room 3, Stavenham Town Hall", NOTES),
        booktabs(present, [130, 210, WIDTH - 340], styles=NOTES_STYLES),
        Spacer(1, 4),
        p(
            "<b>Also present:</b> Tobias Hargreave (Community Safety Partnership Manager), Petra Novak "
            "(Finance), Supt Kathryn Moseley (Central North BCU), Callum Reddaway (notes). <b>Apologies:</b> "
            "Alistair Lascelles, Dr Owen Whitaker (NHS North Thames ICB; no deputy), Graham Fenwright. "
            "<b>Quorum:</b> both co-chairs, the fire brigade and the probation service were present; "
            "quorate.",
            NOTES,
        ),
        *_item(
            1,
            "Notes of 11 July 2024 and matters arising",
            "Agreed. Councillor Verrall, Cabinet Member for Community Safety and Cohesion since 22 May 2024, "
            "has co-chaired since then. The Annual Report 2023/24 was published on 18 July.",
        ),
        *_item(
            2,
            "Off Road exploitation mentoring (deferred on 25 January 2024, minute 24/08(9))",
            "The independent evaluation of the Halewood pilot reports that 19 of the 24 young people "
            "mentored "
            "were not arrested again within six months. Street Lines Youth Trust revised its bid to remove a "
            "vehicle lease.",
            decision=f"the Board agreed to fund Off Road at {pounds(OFF_ROAD)} (the bid was for "
            f"{pounds(OFF_ROAD_ASK)}) for November 2024 to October 2025.",
        ),
        *_item(
            3,
            "Independent Domestic Violence Advisers",
            "Referrals to the advisers at Ashmead Women's Centre are 38% higher than a year ago. Bernadette "
            "Quaye declared an interest and left the room.",
            decision=f"the award for 2024/25 is amended from {pounds(IDVA_2425)} to "
            f"{pounds(IDVA_AMENDED_2425)} for a further part-time adviser.",
        ),
        *_item(
            4,
            "Noise nuisance reporting app",
            f"A bid of {pounds(NOISE_APP_ASK)} from the council's Environmental Health service for a licence "
            "for a noise reporting app.",
            decision="declined. The council's own reporting service already takes noise reports online.",
        ),
        *_item(
            5,
            "Community tension in Larchmont Rise",
            "After the disorder in August 2024, Supt Moseley and Yasmin Okpara described the response so "
            "far: "
            "street meetings, youth diversion in the school holidays and reassurance patrols. More is needed "
            "through the winter: mediators, youth activities and two community events.",
            f"The Safer Stavenham Reserve held {pounds(RESERVE_OPEN_2425)} at 1 April 2024.",
            decision=f"{pounds(TENSION)} released from the Safer Stavenham Reserve for the community tension "
            f"response, leaving {pounds(RESERVE_AFTER_TENSION)}.",
        ),
        *_item(
            6,
            "Terms of reference version 3.0",
            "Imogen Penfold presented the review: higher limits for the Commissioning and Finance Group and "
            "the Head of Community Safety, an urgent power for the co-chairs over the reserve with a floor "
            "under it, a new quorum, the Group to meet every six weeks and five delivery groups for the five "
            "priorities.",
            decision="version 3.0 approved, in force from 1 November 2024.",
        ),
        *_item(
            7,
            "London Crime Prevention Fund 2025/26",
            f"Saoirse Halpin reported that MOPAC has indicated a one-year allocation for 2025/26 of "
            f"{pounds(LCPF_2526_INDICATED)}, against {pounds(LCPF_YEAR)} in each year of 2023-25; the final "
            f"figure is expected by March 2025. Petra Novak reported a proposed {pounds(CSIB_2526)} from the "
            "council for 2025/26.",
            decision="noted; the Commissioning and Finance Group to plan for the lower sum.",
        ),
        *_item(
            8,
            "Decisions made under delegation since April",
            f"Reported: {delegated}.",
            decision="noted.",
        ),
        *_item(
            9,
            "Serious Violence Duty",
            "The strategy's first annual review is on the forward plan for January; Marlon Sankey will "
            "present it.",
        ),
        p("Actions", NOTES_H),
        boxed(actions, [50, WIDTH - 50 - 40 - 70 - 50, 40, 70, 50], styles=WHITE_HEAD),
        *_item(10, "Next meeting", "Thursday 23 January 2025, 10.00 am, Committee Room 3."),
    ]
