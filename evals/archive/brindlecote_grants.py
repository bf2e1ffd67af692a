"""Partnership O's funding papers on brindlecote_layout's furniture.

- Grants Panel scoring and decision sheet, 21 May 2024: the Safer Communities Fund 2024-25's first round
  on a landscape page; six bids scored against four criteria (Need /10, Fit /10, Value /5, Deliverability
  /5, Total /30) with the Panel's decision in the last column: two awards in full, one below the sum
  asked (£5,600 of £7,200), one knife crime bid over the Panel's £10,000 limit recommended to the Board
  at £12,000, one deferred to the Board's September meeting and one declined; the reasons, the budget
  and an addendum recording the Board's decision of 11 June 2024.
- A letter of 12 February 2025 withdrawing the football evenings award (SCF24-01, £4,500): £1,370 spent,
  £880 to be returned, the second instalment of £2,250 not paid; with a letterhead and a signature and no
  running lines, which the build scans to an image."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Table, TableStyle

from evals.archive.brindlecote_layout import (
    GOLD,
    LETTER,
    MAROON,
    SANS_BOLD,
    SERIF_ITALIC,
    Furniture,
    band,
    caption,
    hanging,
    note,
    notice,
    p,
    render_pages,
    tiles,
    title,
)
from evals.archive.common import Meta
from evals.archive.names import BRINDLECOTE, BRINDLECOTE_PANEL

TITLE_PANEL = "Safer Communities Fund 2024-25 Round 1: Grants Panel scoring and decision sheet, 21 May 2024"
TITLE_LETTER = "Letter withdrawing Safer Communities Fund grant SCF24-01, 12 February 2025"

# (ref, applicant, project, priority, asked, need, fit, value, deliverability, decision)
BIDS = (
    ("SCF24-01", "Brindlecote Town Community Trust",
     "Youth diversion football evenings (Tollbar and Millbrook)", "Anti-social behaviour", 4500, 8, 8, 4, 4,
     "Awarded £4,500 in full"),
    ("SCF24-02", "Fenwold Youth Trust", "StepAway mentoring for young people at risk of knife crime",
     "Serious violence and knife crime", 14800, 9, 10, 3, 4,
     "Over the Panel's limit: recommended to the Board at £12,000"),
    ("SCF24-03", "Brindlecote Business Improvement District", "Retail radio link for town centre shops",
     "Anti-social behaviour", 7200, 7, 6, 4, 4, "Awarded £5,600 (radios and first-year licence only)"),
    ("SCF24-04", "Sanctum Garrenshire", "Walk-and-talk night safety scheme for women", "Domestic abuse", 6000,
     6, 6, 2, 3, "Deferred to the Board, 17 September 2024"),
    ("SCF24-05", "Copley Heath Allotment Society", "Security fencing for Copley Heath allotments",
     "Rural and heritage crime", 3900, 3, 4, 2, 2, "Declined"),
    ("SCF24-06", "Pathway Recovery Garrenshire", "Pharmacy naloxone outreach", "Drug-related harm", 8200,
     9, 9, 4, 5, "Awarded £8,200 in full"),
)  # fmt: skip


def write_panel_sheet(path: Path) -> Path:
    furniture = Furniture("Grants Panel – 21 May 2024", "BCSB GP 2024/1", "21 May 2024")
    return render_pages(path, _panel, Meta(TITLE_PANEL, BRINDLECOTE), furniture, first="plain")


def write_letter(path: Path) -> Path:
    """The digital original; the build ships only its scan."""
    furniture = Furniture("", "", "", letter=True)
    return render_pages(path, _letter, Meta(TITLE_LETTER, BRINDLECOTE), furniture, first="plain")


def _panel() -> list[Flowable]:
    rows = [
        ["Ref", "Applicant", "Project", "Priority", "Asked", "Need /10", "Fit /10", "Value /5",
         "Deliver /5", "Total /30", "Panel decision"],
    ]  # fmt: skip
    for ref, applicant, project, priority, asked, *scores, decision in BIDS:
        numbers = [int(s) for s in scores]
        rows.append(
            [ref, applicant, project, priority, f"£{asked:,}", *(str(n) for n in numbers), str(sum(numbers)),
             decision]
        )  # fmt: skip
    awarded = 4500 + 5600 + 8200
    budget = [
        ["Safer Communities Fund 2024-25", "£"],
        ["Commissioner's grant (confirmed 2 April 2024)", "55,000"],
        ["District Council contribution", "12,000"],
        ["Carried forward from 2023-24", "12,610"],
        ["Available", "79,610"],
        ["Awarded by the Panel today", f"{awarded:,}"],
        ["Recommended to the Board (SCF24-02)", "12,000"],
        ["Left if the Board agrees", f"{79610 - awarded - 12000:,}"],
    ]
    return [
        notice(),
        *title(
            "Grants Panel: scoring and decision sheet",
            "Safer Communities Fund 2024-25, Round 1 – meeting of 21 May 2024, Brindlecote Civic Centre",
        ),
        p(
            "<b>Panel:</b> Superintendent Gareth Lowden (Chair of the Panel; Vice-Chair of the Board), "
            "Megan Farrier (Office of the Garrenshire Police and Crime Commissioner), Nadia Quraishi "
            f"(Community Safety Manager). The {BRINDLECOTE_PANEL} may award up to £10,000 a bid under "
            "paragraph 6.2 of the Terms of Reference; larger bids go to the Board with its recommendation."
        ),
        p(
            "<b>Scoring:</b> each bid is scored for evidence of need (out of 10), fit with the Board's "
            "priorities (out of 10), value for money (out of 5) and deliverability (out of 5). A bid must "
            "score at least 18 of 30 to be funded."
        ),
        p(
            "<b>Declarations of interest:</b> none. Six bids were received by the closing date of 3 May "
            "2024, asking for £44,600 in all."
        ),
        caption("Budget"),
        tiles(budget, [260, 80], figures=(1,), totals=(4,)),
        NextPageTemplate("landscape"),
        PageBreak(),
        band("Scores and decisions"),
        tiles(
            rows,
            [52, 95, 130, 85, 46, 40, 36, 40, 42, 42, 125],
            figures=(4, 5, 6, 7, 8, 9),
        ),
        band("Reasons"),
        hanging(
            "SCF24-02",
            "A strong bid meeting the Board's top-rated risk; the Panel judged the sessional rates high and "
            "recommends £12,000 for 40 young people rather than £14,800 for 50.",
        ),
        hanging(
            "SCF24-03",
            "Funded for the radios and the first year's licence (£5,600); the second year's licence (£1,600) "
            "should be met by the Business Improvement District's members.",
        ),
        hanging(
            "SCF24-04",
            "The bid scored 17, below the threshold, because it had no costed evaluation. The Panel "
            "supports the aim and invites Sanctum to put a revised bid to the Board on 17 September 2024.",
        ),
        hanging(
            "SCF24-05",
            "Declined: fencing is a capital item the Fund does not pay for; allotment theft is not a Board "
            "priority in itself; and the Society's insurer offers a grant for security works.",
        ),
        band("Addendum, 12 June 2024"),
        p(
            "At its annual meeting on 11 June 2024 the Board accepted the Panel's recommendation and awarded "
            "£12,000 to Fenwold Youth Trust for StepAway (SCF24-02). The Fund's uncommitted balance for "
            "2024-25 is now £49,310."
        ),
    ]


def _letter() -> list[Flowable]:
    letterhead = Table(
        [
            [
                p(
                    f'<font name="{SANS_BOLD}" size="15" color="#73172A">Brindlecote District '
                    "Council</font><br/>"
                    '<font size="9.5">Community Safety Team, on behalf of the Brindlecote Community Safety '
                    "Board</font>",
                    LETTER,
                ),
                p(
                    '<font size="9">Civic Centre<br/>Market Place<br/>Brindlecote BR4 1CC<br/>'
                    "Our ref: SCF24-01/NQ</font>",
                    LETTER,
                ),
            ]
        ],
        colWidths=[330, 150],
        hAlign="LEFT",
    )
    letterhead.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 2, MAROON),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, GOLD),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    signature = p(f'<font name="{SERIF_ITALIC}" size="17">N. Quraishi</font>', LETTER)
    return [
        notice(),
        letterhead,
        p("12 February 2025", LETTER),
        p(
            "Ms Joanne Severs<br/>Trust Manager<br/>Brindlecote Town Community Trust<br/>Mill Lane "
            "Ground<br/>Brindlecote BR4 2LM",
            LETTER,
        ),
        p("Dear Ms Severs", LETTER),
        p(
            "<b>Safer Communities Fund grant SCF24-01: youth diversion football evenings – withdrawal of "
            "award</b>",
            LETTER,
        ),
        p(
            "The Board's Grants Panel awarded the Trust £4,500 on 21 May 2024 for football evenings in "
            "Tollbar and Millbrook. We paid the first instalment of £2,250 on 14 June 2024. Your monitoring "
            "return of 20 January 2025 tells us that the sessions stopped after 12 October 2024, when your "
            "coach left, and that £1,370 of the first instalment has been spent.",
            LETTER,
        ),
        p(
            "As the project cannot restart this financial year, the Chair of the Board, Councillor Marcus "
            "Penhaligon, has agreed that the award be withdrawn with effect from the date of this letter. "
            "The second instalment of £2,250 will not be paid. I should be grateful if you would return "
            "the unspent £880 by 31 March 2025, quoting our reference.",
            LETTER,
        ),
        p(
            "The withdrawal will be reported to the Board on 29 April 2025. It is no reflection on the "
            "Trust, and we would welcome a new bid in the 2025-26 round.",
            LETTER,
        ),
        p("Yours sincerely", LETTER),
        signature,
        p(
            "Nadia Quraishi<br/>Community Safety Manager, Brindlecote District Council<br/>"
            "Lead officer, Brindlecote Community Safety Board",
            LETTER,
        ),
        note("cc Megan Farrier, Office of the Garrenshire Police and Crime Commissioner"),
    ]
