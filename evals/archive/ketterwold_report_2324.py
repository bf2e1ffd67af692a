"""Partnership AL's Annual Report 2023/24 (September 2024), its first: Times with each section's heading set
in the left margin beside its text ("side-heads", Helvetica Bold in juniper over a saffron hairline), page 1
under the "wold" mark, a saffron-ruled running head at the left of later pages and a foot "Annual Report
2023/24 | n" on the outer edge. The Independent Chair's foreword saying she steps down and who follows her and
from when; how the Partnership was formed on vesting day and what it replaced; its members; how it decided
(the Board's meetings, the Locality Safety Groups, the limits); the four interim priorities as a numbered list
with what was done; every award of the year in a "ledger" table with its decider and date and notes on later
changes; the Locality Funds by locality; bids not funded; stories restating sums in words; the money (the
underspend split between the levy carried forward and a new reserve) and the legacy reserve by locality;
domestic homicide reviews and the new priorities for 2024-27."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.ketterwold_facts import (
    AVAILABLE_2324,
    AWARDS_2324_JUNE,
    AWARDS_2324_LATER,
    BOARD_ABOVE_OLD,
    COMMITTED_2324,
    COUNCIL_2324,
    LEGACY_CLOSE_2324,
    LEGACY_OPEN,
    LEGACY_TOTAL,
    LEVY_2324,
    LEVY_CARRIED_2324,
    LOCALITY_FUND,
    LOCALITY_GRANTS_2324,
    LOCALITY_SPENT_2324,
    LSG_LIMIT_OLD,
    MEDIATION_ASK,
    OLD_BODIES,
    PCC_2324,
    PCC_2425,
    PCSO_ASK,
    PRIORITIES_2324,
    PRIORITIES_2427,
    RURAL_2324,
    RURAL_AMENDED_2324,
    SUMMER_NIGHTS,
    TO_RESERVE_2324,
    ULTRASONIC_ASK,
    UNDERSPEND_2324,
    WELFARE_HUB,
)
from evals.archive.ketterwold_layout import (
    AR,
    AR_H2,
    AR_SMALL,
    AR_STYLES,
    AR_TITLE,
    WIDTH,
    Furniture,
    ledger,
    notice,
    p,
    pounds,
    short_date,
    side_head,
)
from evals.archive.ketterwold_layout import render as render_pages
from evals.archive.names import KETTERWOLD

TITLE_2324 = "Ketterwold Safer Communities Partnership Annual Report 2023/24"
TEXT = WIDTH - 124
NUMBERED = AR.clone("KwArNumbered", leftIndent=138, firstLineIndent=-14)
CELL = tuple(s.clone(f"{s.name}Small", fontSize=7.8, leading=9.4) for s in AR_STYLES)
NOTES = {
    "G23/10": f"amended from {pounds(RURAL_2324)} on 30 Nov 2023: the coordinator started in October",
    "G23/13": f"asked {pounds(MEDIATION_ASK)}; deferred in June 2023, agreed for three localities",
}


def write_annual_report_2324(path: Path) -> Path:
    furniture = Furniture(
        "Ketterwold Safer Communities Partnership \u2013 Annual Report 2023/24",
        label="Annual Report 2023/24",
        opening="wold",
        head_place="rule",
        foot="Annual Report 2023/24 | {n}",
        place="outer",
    )
    return render_pages(path, _story, Meta(TITLE_2324, KETTERWOLD), furniture)


def _story() -> list[Flowable]:
    return [*_front(), *_working(), *_priorities(), *_funding(), *_money()]


def _front() -> list[Flowable]:
    return [
        notice(),
        Spacer(1, 6),
        p("Annual Report 2023/24", AR_TITLE),
        p("Our first year: April 2023 to March 2024", AR.clone("KwArSub", fontSize=12, leading=15)),
        side_head(
            "Foreword from the Independent Chair",
            [
                p(
                    "This is the first annual report of the Ketterwold Safer Communities Partnership. When "
                    "Ketterwold Council was created on 1 April 2023 we brought five partnerships together "
                    "into "
                    "one, kept the four priorities of the old county board for a year, and spent our first "
                    "months getting to know the whole county.",
                    AR,
                ),
                p(
                    "I have been the Partnership's Independent Chair since vesting day. I step down on 30 "
                    "September 2024 at the end of my term. The Executive Board appointed Dr Marcus Quennell, "
                    "after an open recruitment, at its meeting on 18 July 2024, and he chairs the "
                    "Partnership "
                    "from 1 October 2024. Chief Superintendent Lydia Yelland stays as Vice-Chair.",
                    AR,
                ),
                p("<i>Helen Tranmere, Independent Chair, September 2024</i>", AR),
            ],
        ),
        side_head(
            "Who we are",
            [
                p(
                    "Every council area must have a community safety partnership under the Crime and "
                    "Disorder "
                    "Act 1998. Ours covers the county of Ketterwold. It replaced "
                    + ", ".join(OLD_BODIES[:-1])
                    + f" and the {OLD_BODIES[-1]}.",
                    AR,
                ),
                p(
                    "The responsible authorities are Ketterwold Council, Ketterwold Constabulary, Ketterwold "
                    "Fire "
                    "and Rescue Service, the Probation Service and the Ketterwold and Amberside Integrated "
                    "Care "
                    "Board. The Youth Justice Service, Public Health, the Ketterwold Domestic Abuse Service "
                    "and "
                    "the Office of the Police and Crime Commissioner (as an adviser) also sit on the Board.",
                    AR,
                ),
            ],
        ),
    ]


def _working() -> list[Flowable]:
    return [
        side_head(
            "How we work",
            [
                p(
                    "The Executive Board met five times in the year: on 27 April, 22 June, 21 September and "
                    "30 "
                    "November 2023 and 7 March 2024. Four Locality Safety Groups, one for each former "
                    "district, "
                    "met every two months.",
                    AR,
                ),
                p(
                    f"The Board decided awards above {pounds(BOARD_ABOVE_OLD)} and every release from the "
                    f"Locality Legacy Reserve. The Head of Safer Communities decided awards up to "
                    f"{pounds(BOARD_ABOVE_OLD)} by officer decision record, and each Locality Safety Group "
                    f"awards up to {pounds(LSG_LIMIT_OLD)} from its Locality Fund of "
                    f"{pounds(LOCALITY_FUND)}.",
                    AR,
                ),
            ],
        ),
    ]


def _priorities() -> list[Flowable]:
    done = (
        "The Independent Domestic Violence Advisers supported 1,126 victims, 14% more than the former "
        "services did the year before; the sanctuary scheme made 37 homes safer; two domestic homicide "
        "reviews began.",
        "Tessford Night Marshals worked 66 nights from August and helped 291 people; community mediation "
        "took 118 neighbour disputes in Carnmoor, Tessford and Ullerby.",
        "Youth diversion workers saw 164 young people; Bladewise Education reached 4,900 pupils in 21 "
        "secondary schools.",
        "The rural crime volunteer coordinator recruited 58 volunteers and set up farm watch schemes in 12 "
        "parishes.",
    )
    items = [
        p(f"{i}.&nbsp;&nbsp;<b>{t}.</b> {done[i - 1]}", NUMBERED) for i, t in enumerate(PRIORITIES_2324, 1)
    ]
    return [
        side_head(
            "Our priorities in 2023/24",
            [
                p(
                    "Until our own assessment was ready we worked to the four priorities of the former "
                    "Ketterwold County Community Safety Board:",
                    AR,
                ),
            ],
        ),
        *items,
    ]


def _funding() -> list[Flowable]:
    rows = [["Ref.", "Project", "Organisation", "Decided by", "Date", "£", "Later changes"]]
    for ref, project, org, _, who, date, amount in (*AWARDS_2324_JUNE, *AWARDS_2324_LATER):
        rows.append([ref, project, org, who, short_date(date), f"{amount:,}", NOTES.get(ref, "")])
    total_awards = sum(a[6] for a in (*AWARDS_2324_JUNE, *AWARDS_2324_LATER)) - (
        RURAL_2324 - RURAL_AMENDED_2324
    )
    rows = [r if r[0] != "G23/10" else [*r[:5], f"{RURAL_AMENDED_2324:,}", r[6]] for r in rows]
    rows.append(["", "<b>Total</b>", "", "", "", f"<b>{total_awards:,}</b>", ""])
    locality = [["Locality", "Grants", "Spent (£)", "Unspent (£)"]]
    for place, spent in LOCALITY_SPENT_2324.items():
        locality.append([place, str(LOCALITY_GRANTS_2324[place]), f"{spent:,}", f"{LOCALITY_FUND - spent:,}"])
    spent = sum(LOCALITY_SPENT_2324.values())
    locality.append(["<b>All four</b>", f"<b>{sum(LOCALITY_GRANTS_2324.values())}</b>", f"<b>{spent:,}</b>",
                     f"<b>{4 * LOCALITY_FUND - spent:,}</b>"])  # fmt: skip
    return [
        p("What we funded", AR_H2.clone("KwArH2Big", fontSize=12, leading=15, textColor=AR_TITLE.textColor)),
        p(
            "Every award of 2023/24. Amounts are what was finally awarded; decisions by officer decision "
            "record "
            "are shown by their reference.",
            AR_SMALL,
        ),
        ledger(rows, [36, 112, 100, 72, 50, 42, WIDTH - 412], figs={5}, styles=CELL, total=True),
        Spacer(1, 6),
        side_head(
            "Locality Funds",
            [
                ledger(locality, [80, 60, 80, 80], figs={1, 2, 3}, styles=CELL, total=True),
                Spacer(1, 3),
                p(
                    "Tessford's Locality Safety Group spent all of its fund; most grants were for youth "
                    "activities, Neighbourhood Watch and Pubwatch schemes.",
                    AR,
                ),
            ],
        ),
        side_head(
            "Bids we did not fund",
            [
                p(
                    f"The Board did not support a bid of {pounds(ULTRASONIC_ASK)} for ultrasonic youth "
                    "deterrent devices, which affect every young person whatever their behaviour, or a bid "
                    "of "
                    f"{pounds(PCSO_ASK)} for PCSO overtime, a core policing cost.",
                    AR,
                ),
            ],
        ),
        side_head(
            "Stories from the year",
            [
                p(
                    "<b>Summer Nights in Carnmoor.</b> Nine and a half thousand pounds from the Carnmoor "
                    "balance "
                    "of the legacy reserve opened parks and sports halls on seven Friday evenings in the "
                    "summer "
                    "of 2023. 640 young people came, and calls about youth anti-social behaviour in Carnmoor "
                    "were a quarter lower than in the same weeks of 2022.",
                    AR,
                ),
                p(
                    "<b>A safe place at Christmas.</b> Tessford Street Angels ran a welfare hub in the town "
                    "centre over Christmas and New Year, paid for from the Tessford balance, and helped 87 "
                    "people, 23 of whom would otherwise have needed an ambulance.",
                    AR,
                ),
            ],
        ),
    ]


def _money() -> list[Flowable]:
    budget = [
        ["2023/24", "£"],
        ["Police and Crime Commissioner's Community Safety Grant", f"{PCC_2324:,}"],
        ["Ketterwold Council (including the four Locality Funds)", f"{COUNCIL_2324:,}"],
        ["Late night levy, the council's share", f"{LEVY_2324:,}"],
        ["<b>Available</b>", f"<b>{AVAILABLE_2324:,}</b>"],
        ["Awards and Locality Fund grants", f"{COMMITTED_2324:,}"],
        ["<b>Underspend</b>", f"<b>{UNDERSPEND_2324:,}</b>"],
        ["of which late night levy carried forward to 2024/25", f"{LEVY_CARRIED_2324:,}"],
        ["of which moved into the new Community Safety Reserve", f"{TO_RESERVE_2324:,}"],
    ]
    legacy = [["Locality", "1 April 2023", "Released", "31 March 2024"]]
    released = {"Carnmoor": SUMMER_NIGHTS, "Tessford": WELFARE_HUB, "Ullerby": 0, "Pendlecot": 0}
    for place, opening in LEGACY_OPEN.items():
        legacy.append([place, f"{opening:,}", f"{released[place]:,}" if released[place] else "-",
                       f"{LEGACY_CLOSE_2324[place]:,}"])  # fmt: skip
    legacy.append(["<b>Total</b>", f"<b>{LEGACY_TOTAL:,}</b>", f"<b>{SUMMER_NIGHTS + WELFARE_HUB:,}</b>",
                   f"<b>{sum(LEGACY_CLOSE_2324.values()):,}</b>"])  # fmt: skip
    return [
        side_head(
            "Our money",
            [
                ledger(budget, [TEXT - 80, 80], figs={1}, styles=CELL),
                Spacer(1, 3),
                p(
                    "The levy money can only be spent on Tessford's night-time economy, so what is left is "
                    "carried forward. The Board agreed on 7 March 2024, with the Commissioner's consent, "
                    "that "
                    "the rest of the underspend should open a Community Safety Reserve.",
                    AR,
                ),
            ],
        ),
        side_head(
            "Locality Legacy Reserve (£)",
            [
                ledger(legacy, [90, 90, 90, 90], figs={1, 2, 3}, styles=CELL, total=True),
                Spacer(1, 3),
                p("Each balance is kept for its own locality until 31 March 2025.", AR),
            ],
        ),
        side_head(
            "Domestic homicide reviews",
            [
                p(
                    "Two reviews were commissioned in October 2023 and are expected to be sent to the Home "
                    "Office in 2025.",
                    AR,
                )
            ],
        ),
        side_head(
            "Looking ahead",
            [
                p(
                    "Our Strategic Assessment 2024 was published in March. On 25 April 2024 the Board "
                    "adopted "
                    "the Partnership Plan 2024-2027 with four new priorities: "
                    + "; ".join(t.lower() for t in PRIORITIES_2427)
                    + f". The Commissioner's grant falls to {pounds(PCC_2425)} in 2024/25.",
                    AR,
                )
            ],
        ),
    ]
