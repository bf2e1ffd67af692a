"""Partnership K's paper to the Board of 18 March 2025, "Community Safety Fund 2024-25: allocations and
funding panel decisions", on lintmoor_layout's teal-band furniture: amounts in mixed formats (£8k, £1.2m,
£12,400.00, £14.2k, £19,500), the funding panel's decisions under delegated powers, one award withdrawn and
its money returned to the fund, a chair's decision reported, and the year's allocations in one table."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from evals.archive.common import Meta
from evals.archive.lintmoor_layout import (
    bullets,
    caption,
    heading,
    ledger,
    minor,
    notice,
    p,
    render_pages,
    title,
)
from evals.archive.names import LINTMOOR

TITLE = "Community Safety Fund 2024-25: allocations and funding panel decisions"
# project, organisation, decided, amount, status
ALLOCATIONS = (
    ("Doorstep Secure", "Tidewell Women's Aid", "Board, 11 June 2024", "£14k", "Paid"),
    ("Partnership analyst (share)", "Kelderby County Council", "Board, 11 June 2024", "£19,500", "Paid"),
    ("Harbourside Late Sessions", "Scarrowby Youth Collective", "Board, 11 June 2024", "£11,250", "Paid"),
    ("Choices Not Blades", "Sharp Lessons CIC", "Deferred 11 June; Board, 17 September 2024", "£14.2k",
     "Paid in two parts"),
    ("Scarrowby Town Rangers", "Scarrowby Borough Council",
     "Board, 11 June 2024; increased 17 September 2024", "£9,400 (was £7,000)", "Paid"),
    ("Lintmoor recovery navigator", "Turnstone Recovery", "Board, 11 June 2024", "£8k",
     "WITHDRAWN 21 January 2025; nothing paid"),
    ("Rapid-deployment camera, Lintmoor bus station", "Lintmoor District Council",
     "Chair's decision CDN 2025/01, 9 January 2025", "£5,600.00", "Paid"),
    ("Night Haven welfare room", "Lintmoor Licensees' Forum", "Funding panel, 22 January 2025", "£12,400.00",
     "Paid"),
    ("Radios for Harbour Chaplaincy volunteers", "Scarrowby Harbour Chaplaincy",
     "Funding panel, 22 January 2025", "£2,350.00", "Paid"),
)  # fmt: skip
PANEL = (
    ("Night Haven welfare room", "Lintmoor Licensees' Forum", "£12,400.00", "£12,400.00", "Approved"),
    ("Radios for Harbour Chaplaincy volunteers", "Scarrowby Harbour Chaplaincy", "£2,350.00", "£2,350.00",
     "Approved"),
    ("Skatepark floodlights", "Lintmoor Town Council", "£9,800.00", "£0.00",
     "Not approved: lighting is the town council's own responsibility"),
)  # fmt: skip


def write_allocations(path: Path) -> Path:
    return render_pages(path, _story, Meta(TITLE, LINTMOOR), "Board paper 18 March 2025 · Item 7")


def _story() -> list[Flowable]:
    allocation_rows = [["Project", "Organisation", "Decided", "Amount", "Status"], *ALLOCATIONS]
    allocation_rows.append(["Total committed 2024-25 (withdrawn award excluded)", "", "", "£88.7k", ""])
    panel_rows = [["Bid", "Applicant", "Asked", "Awarded", "Decision"], *PANEL]
    return [
        notice(),
        *title(TITLE, "Report of the Community Safety Manager to the Board, 18 March 2025 (agenda item 7)"),
        heading("1. Purpose"),
        p(
            "To report every allocation from the Community Safety Fund in 2024-25, including the decisions "
            "of "
            "the funding panel on 22 January 2025 under delegated powers, a chair's decision of 9 January "
            "2025 and one award withdrawn, and to ask the Board to agree the carry forward."
        ),
        heading("2. Recommendations"),
        bullets(
            (
                "That the Board notes the allocations in Table A and the funding panel's decisions in Table "
                "B.",
                "That the Board notes the withdrawal of the £8k award to Turnstone Recovery.",
                "That the Board agrees to carry forward the uncommitted £18,750 to 2025-26.",
            ),
            numbered="(%s)",
        ),
        heading("3. The fund"),
        p(
            "The Police and Crime Commissioner's countywide Community Safety Fund for 2024-25 was £1.2m, "
            "shared between the six partnerships in Kelderby. Our share was £88k. With £8,000 from each "
            "district council and £3,450 brought forward, the Partnership had £107,450 to allocate."
        ),
        heading("4. Funding panel, 22 January 2025"),
        p(
            "The panel (Councillor Priya Venkatesan in the chair, Fern Dalgliesh of the OPCC and the "
            "Community "
            "Safety Manager) may award up to £12,500 a bid under delegated powers. It considered three bids "
            "from the small grants round:"
        ),
        ledger(panel_rows, [120, 110, 62, 62, 121], figures=(2, 3)),
        caption("Table B. Funding panel decisions, 22 January 2025."),
        heading("5. Award withdrawn"),
        p(
            "On 11 June 2024 the Board awarded £8k to Turnstone Recovery for a part-time recovery navigator "
            "in "
            "Lintmoor, on condition that the post was filled by 31 December 2024. The post was advertised "
            "twice without an appointment. The award was withdrawn on 21 January 2025, with Turnstone "
            "Recovery's agreement; nothing had been paid and the £8,000 returned to the fund."
        ),
        heading("6. Chair's decision"),
        p(
            "On 9 January 2025 the Chair approved £5,600.00 for a rapid-deployment camera at Lintmoor bus "
            "station after a serious assault there (Chair's Decision Notice CDN 2025/01, attached)."
        ),
        heading("7. Allocations 2024-25"),
        ledger(allocation_rows, [105, 95, 110, 58, 107], figures=(3,), total_row=True),
        caption("Table A. Community Safety Fund 2024-25 allocations at 28 February 2025."),
        minor("Budget position"),
        p(
            "Fund £107,450; committed £88,700; uncommitted £18,750. Of the uncommitted sum, £8,000 is the "
            "withdrawn Turnstone Recovery award."
        ),
        p("<i>Tomasz Wielgosz, Community Safety Manager, 4 March 2025</i>"),
    ]
