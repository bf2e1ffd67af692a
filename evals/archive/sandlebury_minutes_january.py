"""Partnership AM's Board, 25 January 2022: minutes typed in DejaVu Sans Mono with no opening furniture but
their own typed heading, no running head and a foot "Board minutes 25/01/2022 - page n of total" at the left;
signed by the Chair at the next meeting and scanned to images on every page. Those present in a "typed" table
of initials, name and organisation, apologies and the quorum; minutes "Min. 1/22" to "Min. 10/22" with
decisions as "Decided:" and lettered (a), (b), and "ACTION:" lines: the deferred boxing club bid approved in
full, the park lighting award of October reduced because the Home Office's Safer Streets Fund now pays for
the lighting columns, money released from the Partnership Reserve for a town centre safe space and the
reserve's policy agreed, a parish council's bid for speed indicator devices declined, the draft assessment
and its recommended priorities, the Commissioner's indication of a smaller allocation for 2022-23 and the
next meeting."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, Spacer

from evals.archive.common import Meta
from evals.archive.names import SANDLEBURY
from evals.archive.sandlebury_facts import (
    BOXING,
    GLOVES_UP,
    LIGHTING,
    LIGHTING_ASK,
    PFCC_2122,
    PFCC_2223,
    PRIORITIES_2225,
    RESERVE_FLOOR,
    RESERVE_OPEN_2122,
    SAFE_SPACE,
    SDC_2223,
    SPEED_ASK,
)
from evals.archive.sandlebury_layout import (
    TYPED,
    TYPED_H,
    TYPED_TITLE,
    WIDTH,
    Furniture,
    Signed,
    notice,
    p,
    pounds,
    typed,
)
from evals.archive.sandlebury_layout import render as render_pages

TITLE_JANUARY = "Sandlebury Community Safety Partnership Board minutes, 25 January 2022"
DECIDED = TYPED.clone("SbTypedDecided", leftIndent=18)
LETTERED = TYPED.clone("SbTypedLettered", leftIndent=42, firstLineIndent=-22)
ACTION = TYPED.clone("SbTypedAction", leftIndent=18, fontName="SbMonoBold")


def write_minutes_january(path: Path) -> Path:
    furniture = Furniture(
        "", opening="", head_place="", foot="Board minutes 25/01/2022 - page {n} of {total}", place="left"
    )
    return render_pages(path, _story, Meta(TITLE_JANUARY, SANDLEBURY), furniture)


def _minute(
    number: int, subject: str, *texts: str, decided: tuple[str, ...] = (), action: str = ""
) -> list[Flowable]:
    flow: list[Flowable] = [p(f"Min. {number}/22&nbsp;&nbsp;{subject.upper()}", TYPED_H)]
    flow += [p(text, TYPED) for text in texts]
    if len(decided) == 1:
        flow.append(p(f"Decided: {decided[0]}", DECIDED))
    elif decided:
        flow.append(p("Decided:", DECIDED))
        flow += [p(f"({chr(97 + i)})&nbsp;&nbsp;{t}", LETTERED) for i, t in enumerate(decided)]
    if action:
        flow.append(p(f"ACTION: {action}", ACTION))
    return flow


def _story() -> list[Flowable]:
    present = [
        ["", "Name", "Organisation"],
        ["MO", "Cllr Miriam Oakhurst (Chair)", "Sandlebury District Council"],
        ["DS", "Ch Insp Damian Sowerby (Vice-Chair)", "Wendleshire Police"],
        ["AP", "Alastair Pennock", "Sandlebury District Council"],
        ["SI", "Sue Ingleby", "Wendleshire County Council"],
        ["APe", "SM Aisha Pembury", "Wendleshire Fire and Rescue Service"],
        ["NC", "Neil Cadwallader", "Probation Service"],
        ["KE", "Karl Etheridge", "Kestmoor Housing (co-opted)"],
        ["BA", "Bernadette Ashworth", "Lanternway (co-opted)"],
    ]
    released_left = RESERVE_OPEN_2122 - SAFE_SPACE
    returned = LIGHTING_ASK - LIGHTING
    return [
        notice(style=TYPED.clone("SbTypedNotice", fontSize=7.6, leading=9.4, spaceAfter=0)),
        Spacer(1, 10),
        p("SANDLEBURY COMMUNITY SAFETY PARTNERSHIP", TYPED_TITLE),
        p("MINUTES OF THE BOARD", TYPED_TITLE),
        p(
            "Tuesday 25 January 2022, 10.00 am, Committee Room 2, Council Offices, Sandlebury",
            TYPED.clone("SbTypedCentre", alignment=1),
        ),
        typed(present, [34, 200, WIDTH - 234]),
        Spacer(1, 4),
        p(
            "Also present: Hollie Brannigan (HB, Community Safety Manager), Graham Tuckett (GT, Principal "
            "Accountant), Matthew Quayle (MQ, Analyst), Farah Lindqvist (OPFCC). Apologies: Jo Whitlock "
            "(CCG). Quorate: yes (five responsible authorities).",
            TYPED,
        ),
        *_minute(
            1,
            "Minutes of 12/10/2021 and matters arising",
            "Agreed as a correct record. All actions complete except A21/10 (DHR chair: appointed "
            "10/01/2022, now closed).",
        ),
        *_minute(
            2,
            "Tillingford ABC - Gloves Up (deferred from 12/10/2021)",
            "HB reported that the club adopted a safeguarding policy on 29/11/2021, checked by the county's "
            "safeguarding lead, and Sport Wendleshire has confirmed match funding of \u00a32,000.",
            decided=(
                f"to fund {BOXING}'s Gloves Up programme at the full {pounds(GLOVES_UP)} asked (award "
                "SCF21-09), with quarterly monitoring reports to HB.",
            ),
            action="HB to send the award letter by 04/02/2022.",
        ),
        *_minute(
            3,
            "Ashenmoor Park lighting and CCTV (SCF21-06)",
            "The council's bid to the Home Office Safer Streets Fund (Round 3) has succeeded and now pays "
            "for the four lighting columns in Ashenmoor Park. The award made on 12/10/2021 is no longer "
            "needed in full; the CCTV camera and its connection are still to be paid for.",
            decided=(
                f"to reduce award SCF21-06 from {pounds(LIGHTING_ASK)} to {pounds(LIGHTING)} (CCTV only);",
                f"that the {pounds(returned)} released goes back to the Community Safety Fund for 2021-22.",
            ),
        ),
        *_minute(
            4,
            "Partnership Reserve policy",
            "GT presented the draft policy asked for on 12/10/2021: the reserve is for one-off pilots and "
            "emergencies, not for continuing services, and only the Board may release money from it.",
            decided=(f"to adopt the policy, keeping the reserve at no less than {pounds(RESERVE_FLOOR)}.",),
        ),
        *_minute(
            5,
            "Sandlebury Safe Space pilot",
            "Sandlebury Street Pastors and Lanternway propose a safe space in the Corn Exchange foyer on "
            "Friday and Saturday nights for eight weeks from 11/02/2022, for anyone vulnerable or "
            "distressed in the town centre at night, with a trained volunteer and a Lanternway worker on "
            "each shift. As a one-off pilot it falls within the reserve policy.",
            decided=(
                f"to release {pounds(SAFE_SPACE)} from the Partnership Reserve for the Safe Space pilot, "
                f"leaving a balance of {pounds(released_left)}.",
            ),
            action="HB to report the pilot's use and outcomes to the Board in June 2022.",
        ),
        *_minute(
            6,
            "Lowmarsh Parish Council - speed indicator devices",
            f"Bid of {pounds(SPEED_ASK)} for two solar speed indicator devices on the Lowmarsh Road. "
            "Speeding is a real concern for residents but road safety is not a priority of the "
            "Partnership and is the county council's responsibility as highway authority.",
            decided=(
                "not to fund the bid; SI to put the parish council in touch with the county's Community "
                "Speed Watch scheme.",
            ),
        ),
        *_minute(
            7,
            "Draft Strategic Intelligence Assessment 2022",
            "MQ presented the draft. It recommends three priorities for April 2022 to March 2025: "
            f"{'; '.join(t.lower() for t in PRIORITIES_2225)}. Members asked that drugs and exploitation "
            "stay visible within serious violence.",
            decided=(
                "to note the draft, to publish the final version on 08/02/2022 and to adopt priorities at "
                "the April meeting.",
            ),
        ),
        *_minute(
            8,
            "Funding for 2022-23",
            f"The Commissioner's office has indicated a Community Safety Fund allocation of "
            f"{pounds(PFCC_2223)} for 2022-23, down from {pounds(PFCC_2122)}. The council's contribution "
            f"is expected to stay at {pounds(SDC_2223)}. Final figures in March.",
        ),
        *_minute(
            9,
            "Any other business",
            "The Chair reminded members that she will not stand in the district elections in May 2022; "
            "April's meeting will be her last.",
        ),
        *_minute(10, "Next meeting", "Thursday 28/04/2022, 2.00 pm, Committee Room 2."),
        Spacer(1, 14),
        KeepTogether([Signed("Signed (Chair) ....................", "Date: 28/04/2022")]),
    ]
