"""Partnership AI's Executive, 16 March 2023: the signed minutes in DejaVu Serif beside a slate tab down the
right edge of page 1 (scanned to images on both pages), a running head at the outer edge and a foot
"– n –" centred. Those present and the quorum; items numbered in Roman numerals "I." to "IX." with
decisions under "Agreed:" as (i) to (vi): the priorities for 2023-26 agreed after consultation, the Mayor's
grant for 2023-24 indicated lower, part of the year's underspend moved into the Partnership Reserve, the
year's awards approved (one below its ask), a bid for private security patrols declined, the Grants
Sub-Group's pot, Operation Keystone's results, the Serious Violence Duty and the chair passing to the police
at the annual meeting; signed by the next Chair on 18 May 2023."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.ellerdyke_facts import (
    ADVOCATE_2324,
    ANALYST_2324,
    COUNCIL_2324,
    GRANT_2223,
    GRANT_2324_INDICATED,
    IDVA_2324,
    PATROLS_ASK,
    POT_2324,
    PRIORITIES_NEW,
    RINGFIT_2324,
    RINGFIT_ASK_2324,
    SUBGROUP_LIMIT_OLD,
    TO_RESERVE_2223,
)
from evals.archive.ellerdyke_layout import (
    SIGNED,
    SIGNED_H,
    SIGNED_TITLE,
    WIDTH,
    Furniture,
    Signature,
    notice,
    p,
    pounds,
)
from evals.archive.ellerdyke_layout import render as render_pages
from evals.archive.names import ELLERDYKE

TITLE_MARCH = "Ellerdyke Community Safety Partnership Executive minutes, 16 March 2023"
AGREED = SIGNED.clone("ElSignedAgreed", leftIndent=18)


def write_minutes_march(path: Path) -> Path:
    furniture = Furniture(
        "ECSP Executive, 16 March 2023 \u2013 signed copy",
        label="EXECUTIVE MINUTES  16.03.2023",
        opening="tab",
        head_place="outer",
        foot="\u2013 {n} \u2013",
        place="centre",
    )
    return render_pages(path, _story, Meta(TITLE_MARCH, ELLERDYKE), furniture)


def _item(number: str, subject: str, *texts: str, agreed: str = "") -> list[Flowable]:
    flow: list[Flowable] = [p(f"{number}&nbsp;&nbsp;{subject}", SIGNED_H)]
    flow += [p(text, SIGNED) for text in texts]
    if agreed:
        flow.append(p(f"<b>Agreed:</b> {agreed}", AGREED))
    return flow


def _story() -> list[Flowable]:
    priorities = "".join(f"<br/>{i}. {t}" for i, t in enumerate(PRIORITIES_NEW, 1))
    return [
        notice(WIDTH - 30),
        Spacer(1, 6),
        p("Ellerdyke Community Safety Partnership", SIGNED_TITLE),
        p("Minutes of the Executive", SIGNED_TITLE),
        p("16 March 2023, 10.00 am, Committee Room 3, Ellerdyke Town Hall", SIGNED.clone("c", alignment=1)),
        Spacer(1, 4),
        *_item(
            "I.",
            "Attendance",
            "Present: Cllr A. Oyetunde (Chair), Ch Supt D. Hursthouse (Vice-Chair), GM P. Drury, M. Ebdon, "
            "Dr S. Varsani, Dr C. Linthwaite, R. Onyango, L. Brennand, J. Rimmington, I. Dexter, P. Veasey. "
            "Officers: A. Felgate, G. Pendlebury, H. Ashburn, S. Carrow (minutes). No apologies. Quorate: "
            "eleven members, all five responsible authorities.",
        ),
        *_item("II.", "Minutes of 26 January 2023", "Agreed as a correct record. No matters arising."),
        *_item(
            "III.",
            "Priorities for 2023-26",
            "H. Ashburn reported on the consultation on the priorities proposed in the Strategic Assessment "
            "2022: 41 partner organisations and 212 members of the residents' panel replied, and 78% agreed "
            "with the three priorities. Several asked that knife crime stay named in the second priority.",
            agreed=f"that the partnership's priorities from 1 April 2023 to 31 March 2026 be:{priorities}"
            "<br/>Reducing reoffending passes to the Ellerdyke Reducing Reoffending Board, which will report "
            "to the Executive twice a year.",
        ),
        *_item(
            "IV.",
            "Safer Ellerdyke Fund 2023/24",
            f"The Deputy Mayor's letter of 14 February indicates a Mayor's Community Safety Grant of "
            f"{pounds(GRANT_2324_INDICATED)} for 2023/24, down from {pounds(GRANT_2223)}; the Council will "
            f"again contribute {pounds(COUNCIL_2324)}. G. Pendlebury expects an underspend in 2022/23 "
            "because the Grants Sub-Group did not spend its whole pot and money was returned.",
            agreed=f"that {pounds(TO_RESERVE_2223)} of the 2022/23 underspend be moved into the Partnership "
            "Reserve at the year end and the rest brought forward to 2023/24.",
        ),
        *_item(
            "V.",
            "Awards for 2023/24",
            "Five bids were considered against the new priorities. J. Rimmington left the room for the "
            "first.",
            agreed=(
                f"<br/>(i) to approve {pounds(IDVA_2324)} to Ellerdyke Women's Aid for the IDVA service "
                "(one year; three-year funding to be considered when the 2024/25 grant is known);<br/>"
                f"(ii) to approve {pounds(ADVOCATE_2324)} to Dunsmere Victim Care for the ASB victim "
                "advocate;<br/>"
                f"(iii) to approve {pounds(RINGFIT_2324)} to Cinder Lane Boxing Club for Ring Fit in "
                f"2023/24 (asked {pounds(RINGFIT_ASK_2324)});<br/>"
                f"(iv) to approve {pounds(ANALYST_2324)} towards the partnership analyst post;<br/>"
                f"(v) to decline the bid of {pounds(PATROLS_ASK)} from Ellerdyke Chamber of Trade for "
                "private security patrols in Bridgegate: the partnership does not pay for private "
                "security;<br/>"
                f"(vi) to set aside {pounds(POT_2324)} for the Grants Sub-Group's autumn 2023 round, for "
                f"bids of up to {pounds(SUBGROUP_LIMIT_OLD)}."
            ),
        ),
        *_item(
            "VI.",
            "Operation Keystone (action A22/22)",
            "P. Veasey reported that locks and door chains had been fitted in 117 of the 120 homes. "
            "Hobbleswade had 9 burglaries in January and February 2023 against 31 in the same months of "
            "2022.",
            agreed="to thank Saxonholt Homes and close the action.",
        ),
        *_item(
            "VII.",
            "Serious Violence Duty",
            "A. Felgate presented a draft local response built on the Violence Reduction Unit's needs "
            "assessment for the city region.",
            agreed="that the draft go out for consultation and the final strategy come back by January 2024.",
        ),
        *_item(
            "VIII.",
            "Chair and Vice-Chair from May 2023",
            "Cllr Oyetunde's two years as Chair end at the annual meeting. Under the partnership's practice "
            "the chair passes to the police for the next two years and the Vice-Chair comes from the "
            "Council. Cllr Oyetunde said she would leave the Cabinet in May; members thanked her.",
        ),
        *_item(
            "IX.",
            "Next meeting",
            "Annual meeting: Thursday 18 May 2023, 10.00 am, Ellerdyke Town Hall.",
        ),
        Spacer(1, 14),
        p("Signed as a correct record at the meeting of 18 May 2023:", SIGNED),
        Signature("D. Hursthouse, Chair, 18.5.2023", seed=4, font="Times-Italic"),
    ]
