"""Partnership G's Community Safety Fund Commissioning Plan 2023-24, approved by the Board on 14 March 2023:
a portrait first page (purpose, income by source as a ledger, conditions of grant, how the plan may be
changed) and a landscape schedule of nine projects (Ref | Project | Provider | Priority | Amount | Funding
source | Status) with the unallocated sum by source; band lines "SAFER RAVENSHOLT PARTNERSHIP" and
"Commissioning Plan 2023-24", a right-hand foot line "CSF plan 23-24 | N of M". Later Board meetings
change it (CSP23-06 confirmed, CSP23-07 withdrawn, CSP23-01 and CSP23-05 varied)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from evals.archive.common import Meta, money
from evals.archive.names import RAVENSHOLT, RAVENSHOLT_BOARD
from evals.archive.ravensholt_layout import Furniture, heading, label, ledger, p, render_pages, title

TITLE = "Safer Ravensholt Partnership Community Safety Fund Commissioning Plan 2023-24"
PCC, COUNCIL, CARRIED = "PCC grant", "Council contribution", "Carry-forward"
INCOME = ((PCC, "Lindmarsh Police and Crime Commissioner, community safety grant", 48000),
          (COUNCIL, "Ravensholt Borough Council, base budget", 10000),
          (CARRIED, "Underspend carried forward from 2022-23", 3500))  # fmt: skip
PRIORITY_NAMES = (
    "P1 Anti-social behaviour and town centre safety",
    "P2 Domestic abuse",
    "P3 Serious violence and knife crime",
    "P4 Drug-related harm",
)
# (ref, project, provider, priority, amount, source, status)
SCHEDULE = (
    ("CSP23-01", "Town Centre Ambassadors (second year)", "Ravensholt Business Improvement District", "P1",
     12000, PCC, "Approved"),
    ("CSP23-02", "Independent Domestic Violence Adviser (IDVA) service top-up", "Lantern House", "P2", 9500,
     PCC, "Approved"),
    ("CSP23-03", "Blunt Truth knife crime workshops in secondary schools (18 sessions)",
     "Ravensholt Youth Justice Service", "P3", 6200, PCC, "Approved"),
    ("CSP23-04", "Carrow Fields ASB hotspot patrols", "Lindmarsh Constabulary", "P1", 4800, COUNCIL,
     "Approved"),
    ("CSP23-05", "Naloxone kits and peer trainers", "Turnpike Recovery Service", "P4", 5000, PCC,
     "Approved"),
    ("CSP23-06", "Detached youth work, Carrow Fields and Eastholme", "Ravensholt Youth Collective", "P3",
     7300, PCC, "Approved in principle: safeguarding policy to be received"),
    ("CSP23-07", "Relocation of CCTV camera 14, Market Square", "Ravensholt Borough Council", "P1", 3900,
     COUNCIL, "Pending: quotes awaited"),
    ("CSP23-08", "Changing Course domestic abuse perpetrator programme", "Brightwell Futures CIC", "P2", 8000,
     PCC, "Approved"),
    ("CSP23-09", "Ask for Angela and taxi marshal training", "Ravensholt Pubwatch", "P1", 2100, CARRIED,
     "Approved"),
)  # fmt: skip


def write_plan(path: Path) -> Path:
    return render_pages(
        path,
        _story,
        Meta(TITLE, RAVENSHOLT),
        Furniture(
            band_left=lambda _page, _total: "SAFER RAVENSHOLT PARTNERSHIP",
            band_right=lambda _page, _total: "Commissioning Plan 2023-24",
            foot=lambda page, total: f"CSF plan 23-24 | {page} of {total}",
            foot_right=True,
        ),
    )


def unallocated(source: str) -> int:
    allocated = sum(row[4] for row in SCHEDULE if row[5] == source)
    return next(amount for name, _, amount in INCOME if name == source) - allocated


def _story() -> list[Flowable]:
    total = sum(amount for *_, amount in INCOME)
    income = [["Source", "From", "2023-24"], *([n, d, money(a)] for n, d, a in INCOME)]
    income.append(["<b>Total</b>", "", f"<b>{money(total)}</b>"])
    rows = [["Ref", "Project", "Provider", "Priority", "Amount", "Funding source", "Status"]]
    rows += [[r, proj, prov, pr, money(a), s, st] for r, proj, prov, pr, a, s, st in SCHEDULE]
    spare = {name: unallocated(name) for name, _, _ in INCOME}
    sources = "; ".join(f"{name} {money(a)}" for name, a in spare.items() if a)
    rows.append(["-", "Unallocated", "-", "-", money(sum(spare.values())), sources, "Held for in-year bids"])
    return [
        label(),
        title("Community Safety Fund<br/>Commissioning Plan 2023-24"),
        p(
            f"Safer Ravensholt Partnership. Approved by the {RAVENSHOLT_BOARD} on 14 March 2023. Plan owner: "
            "Owain Petrakis, Community Safety Manager, Ravensholt Borough Council."
        ),
        heading("Purpose"),
        p(
            "This plan sets out how the Community Safety Fund will be spent from 1 April 2023 to 31 March "
            "2024. Every project is commissioned against one of the four priorities the Board set in 2022 "
            "for 2022-24:"
        ),
        *(p(name) for name in PRIORITY_NAMES),
        heading("Income"),
        ledger(income, (130, 260, 80)),
        p(
            "The Commissioner's grant is confirmed for one year only. The Borough Council contribution is "
            "the same as in 2022-23."
        ),
        heading("Conditions of grant"),
        p(
            "Providers sign a grant agreement before any payment. Half the grant is paid on signature and "
            "half after the six-month monitoring return in October 2023. Money not spent by 31 March 2024 "
            "is returned unless the Board agrees to carry it forward."
        ),
        heading("Changing the plan"),
        p(
            "The Board reviews the plan at each meeting. It may vary an amount, withdraw a project or fund a "
            "new one from the unallocated sum. The Community Safety Manager may approve new bids of up to "
            "£1,000 under delegated powers and reports them to the next meeting."
        ),
        NextPageTemplate("landscape"),
        PageBreak(),
        heading("Schedule of projects 2023-24"),
        ledger(rows, (58, 190, 140, 48, 58, 120, 130)),
        p(
            f"Total allocated {money(total - sum(spare.values()))} of {money(total)}. Priorities: "
            + "; ".join(PRIORITY_NAMES)
            + "."
        ),
    ]
