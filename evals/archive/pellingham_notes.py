"""Partnership H's informal "Notes of meeting" of the Board of 7 March 2023: a key of initials in a framed
grid (initials, name, organisation), speakers named by bold initials ("<b>JK</b> said ..."), items
numbered 1 to 10 with plain headings, decisions written "Agreed:", "Not agreed" and "Deferred until ...",
the November award to the Night Owls increased, the deferred CCTV bid declined, new members, 2023-24
priorities, and the actions as a short dashed list. Bar "PSCSP BOARD – NOTES", no top line, foot "Notes
7/3/23 – unconfirmed" and a boxed "N of M"."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from evals.archive.common import Meta
from evals.archive.names import PELLINGHAM_BOARD
from evals.archive.pellingham_layout import Furniture, dashes, grid, notice, p, render_pages, title

KEY = (
    ("OB", "Superintendent Owain Brackley (Chair)", "Vexmoor Police"),
    ("DR", "Cllr Devika Raghunathan (Vice-Chair)", "Stourmere Borough Council"),
    ("TW", "Cllr Tobias Wyndham", "Pellingham District Council"),
    ("IT", "Isla Trevanion", "Vexmoor Fire and Rescue Service"),
    ("NB", "Nadia Baines", "Vexmoor and Tamsey ICB"),
    ("PD", "Priya Dellow", "Probation Service"),
    ("JN", "Jasper Nettleford", "OPCC"),
    ("LS", "Leah Stannard", "Caddon Lodge"),
    ("JK", "Joanne Kirkbride", "Community Safety Manager"),
    ("RS", "Ravi Sethna", "Vexmoor Insight Team"),
)


def write_notes_march(path: Path) -> Path:
    return render_pages(
        path,
        _story,
        Meta(f"{PELLINGHAM_BOARD} notes of meeting, 7 March 2023", PELLINGHAM_BOARD),
        Furniture(
            bar=lambda _page, _total: "PSCSP BOARD – NOTES",
            foot=lambda _page, _total: "Notes 7/3/23 – unconfirmed",
            number=lambda page, total: f"{page} of {total}",
        ),
    )


def _item(number: int, heading: str, *texts: str) -> list[Flowable]:
    return [p(f"<b>{number}. {heading}</b>"), *(p(t) for t in texts)]


def _story() -> list[Flowable]:
    return [
        notice(),
        *title(
            "Notes of meeting",
            "Pellingham and Stourmere CSP Board – Tuesday 7 March 2023, 10:00 to 12:15, Meeting Room 2, "
            "Stourmere Town Hall",
        ),
        p(
            "Present: OB, DR, TW, IT, NB, PD, JN, LS. With: JK, RS. Apologies: Cllr Rupert Ingleby (Vexmoor "
            "County Council), Marisol Keane (Youth Justice)."
        ),
        grid([["Initials", "Name", "Organisation"], *map(list, KEY)], (50, 200, 180)),
        *_item(
            1,
            "Welcome",
            "<b>OB</b> welcomed TW, who replaces Cllr Harriet Quennell for Pellingham DC, and PD, who takes "
            "over from Gareth Lomax as the Probation Service's member. Quorate.",
        ),
        *_item(
            2,
            "Minutes of 15 November and matters arising",
            "Agreed: a correct record. <b>JK</b> said SBC Cabinet approved the PSPO renewal on 12 December; "
            "it is in force from 1 February and the new signs are up.",
        ),
        *_item(
            3,
            "JSNA 2022 and priorities for 2023-24",
            "<b>RS</b> took the Board through the JSNA: violence up in both districts, drug offences down, "
            "a third of DA victims in Stourmere are repeat victims. <b>NB</b> asked if A&amp;E assault data "
            "could be added; <b>RS</b> said not until a data-sharing agreement is signed. <b>TW</b> said "
            "rural theft matters to Pellingham residents even though rates are low and proposed rural crime "
            "as a fifth priority.",
            "Agreed: priorities for 2023-24 are (1) domestic abuse and sexual violence, (2) serious "
            "violence, (3) anti-social behaviour and (4) neighbourhood crime. Drug-related harm becomes a "
            "cross-cutting theme led by the Vexmoor Combating Drugs Partnership.",
            "Not agreed: rural crime as a fifth priority. It will be covered under neighbourhood crime.",
        ),
        *_item(
            4,
            "Stourmere Night Owls",
            "DR declared an interest and left the room. <b>JK</b> said the Night Owls have been out on "
            "every planned night but radio licences and first-aid training cost more than budgeted; they "
            "ask for £750 more. <b>IT</b> said the first-aid training has already paid off.",
            "Agreed: the award of 15 November 2022 is increased from £4,500.00 to £5,250.00. DR returned.",
        ),
        *_item(
            5,
            "Rapid deployment CCTV camera (deferred in November)",
            "<b>JK</b> said SBC has now costed maintenance and data at £1,150 a year. <b>OB</b> said the "
            "Board should not buy council equipment from a revenue grant. <b>JN</b> said the Commissioner's "
            "grant conditions for next year will rule out capital items over £5,000.",
            "Not agreed: the £7,980.00 bid is declined. SBC to consider it in its own capital programme.",
        ),
        *_item(
            6,
            "New bids",
            "(a) Walk and Talk night safety audit, SBC, £1,995.00: women walk the town centre at night with "
            "officers and point out places that feel unsafe. <b>LS</b> strongly supported it. Agreed: "
            "£1,995.00.",
            "(b) Safer Lanes lighting survey, Pellingham DC, £3,400.00. <b>TW</b> presented it. <b>RS</b> "
            "said the county highways team should be asked first. Deferred until 13 June 2023, for a second "
            "quote and the highways team's view.",
        ),
        *_item(
            7,
            "Money for 2023-24",
            "<b>JN</b> said the Commissioner will confirm next year's grant by letter before the end of "
            "March; it is expected to be a little over £86,000. <b>JK</b> forecast an underspend for "
            "2022-23 of about £9,600, to be carried forward.",
        ),
        *_item(
            8,
            "Delivery Plan 2023-24",
            "<b>JK</b> presented the draft plan, one action list for both districts.",
            "Agreed: plan adopted; leads to confirm target dates by 31 March; RAG update to the Board in "
            "October.",
        ),
        *_item(
            9,
            "DHR update",
            "<b>JK</b> said the DHR PS/2022/01 panel has met twice; draft report expected in the summer.",
        ),
        *_item(10, "Next meeting", "Tuesday 13 June 2023, 10:00, Pellingham House."),
        p("<b>Actions</b>"),
        dashes(
            (
                "JK – revised grant letter to the Night Owls – by 17 March",
                "TW – second quote and highways view on Safer Lanes – by 31 May",
                "RS – draft data-sharing agreement with the ICB – by 30 September",
                "JK – send the Delivery Plan to action leads – by 14 March",
            )
        ),
    ]
