"""Partnership G's Annual Review 2023/24: ALL-CAPS headings with no numbers, the Chair's foreword in a box
with a teal rule down its left edge, members as a ledger with a "Member since" column, last year's
priorities as a table with a RAG rating and a comment, 2024/25 priorities as a table (Priority | Lead group
| New or continuing), and a landscape outturn of the Commissioning Plan 2023-24 (planned and final amount,
what changed). Band line on the right only ("Annual Review 2023/24"); foot "Annual Review 2023/24 | N"
at the right."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from evals.archive.common import Meta, money
from evals.archive.names import RAVENSHOLT
from evals.archive.ravensholt_layout import Furniture, boxed, heading, label, ledger, p, render_pages, title

TITLE = "Safer Ravensholt Partnership Annual Review 2023/24"
MEMBERS = (
    ("Chief Superintendent Dominic Fairweather (Chair)", "Lindmarsh Constabulary", "2021"),
    ("Councillor Tariq Bhamra (Vice-Chair)", "Ravensholt Borough Council", "October 2023"),
    ("Glenys Fairbank", "Lindmarsh County Council", "2020"),
    ("Group Manager Priya Sandhu", "Lindmarsh Fire and Rescue Service", "2022"),
    ("Marcus Oyelaran", "Probation Service (Lindmarsh)", "January 2024"),
    ("Dr Samira Quist", "Lindmarsh and Coldharbour Integrated Care Board", "2021"),
    ("Jonty Marwood", "Office of the Lindmarsh Police and Crime Commissioner", "2022"),
    ("Kerensa Doyle", "Ravensholt Youth Justice Service", "2019"),
    ("Abena Osei", "Lantern House", "2020"),
    ("Callum Dreyer", "Ravensholt Homes", "June 2023"),
)
REVIEW = (
    ("Anti-social behaviour and town centre safety", "Green",
     "ASB incidents down 8.8% to 4,390; ambassadors out every weekend in December."),
    ("Domestic abuse", "Amber", "Domestic abuse-related crime up again; Changing Course took 41 referrals."),
    ("Serious violence and knife crime", "Amber",
     "Possession of weapons still rising; half the Blunt Truth workshops moved to 2024/25."),
    ("Drug-related harm", "Green", "212 naloxone kits issued; handed to the Combating Drugs Partnership."),
)  # fmt: skip
PRIORITIES = (
    ("1. Domestic abuse and violence against women and girls (VAWG)", "Domestic Abuse Partnership Group",
     "Continuing, widened"),
    ("2. Serious violence", "Serious Violence Duty Group", "Continuing"),
    ("3. Anti-social behaviour", "ASB Tasking Group", "Continuing"),
    ("4. Exploitation of children and vulnerable adults", "Exploitation Sub-group (chair: Kerensa Doyle)",
     "New"),
)  # fmt: skip
# (ref, project, provider, planned in March 2023, final, what changed)
OUTTURN = (
    ("CSP23-01", "Town Centre Ambassadors", "Ravensholt BID", 12000, 14500, "Increased in October 2023"),
    ("CSP23-02", "IDVA service top-up", "Lantern House", 9500, 9500, "-"),
    ("CSP23-03", "Blunt Truth workshops", "Ravensholt Youth Justice Service", 6200, 6200,
     "£3,100 carried forward to 2024/25"),
    ("CSP23-04", "Carrow Fields ASB hotspot patrols", "Lindmarsh Constabulary", 4800, 4800, "-"),
    ("CSP23-05", "Naloxone kits and peer trainers", "Turnpike Recovery Service", 5000, 3200,
     "Reduced in October 2023: kits now free"),
    ("CSP23-06", "Detached youth work", "Ravensholt Youth Collective", 7300, 7300, "Confirmed June 2023"),
    ("CSP23-07", "CCTV camera 14 relocation", "Ravensholt Borough Council", 3900, 0,
     "Withdrawn: Council paid"),
    ("CSP23-08", "Changing Course perpetrator programme", "Brightwell Futures CIC", 8000, 8000, "-"),
    ("CSP23-09", "Ask for Angela and taxi marshal training", "Ravensholt Pubwatch", 2100, 2100, "-"),
    ("CSP23-10", "Walk Safe app launch", "Lantern House", 0, 1800, "New, June 2023"),
    ("CSP23-11", "Gloves Not Knives youth boxing", "Ravensholt Boxing Academy", 0, 3250,
     "New: £4,000 in principle in October, £3,250 in January 2024"),
)  # fmt: skip
FUND = 61500


def write_annual_review(path: Path) -> Path:
    return render_pages(
        path,
        _story,
        Meta(TITLE, RAVENSHOLT),
        Furniture(
            band_right=lambda _page, _total: "Annual Review 2023/24",
            foot=lambda page, _total: f"Annual Review 2023/24 | {page}",
            foot_right=True,
        ),
    )


def _story() -> list[Flowable]:
    final = sum(row[4] for row in OUTTURN)
    members = [["Member", "Organisation", "Member since"], *map(list, MEMBERS)]
    review = [["2023/24 priority", "Rating", "Comment"], *map(list, REVIEW)]
    priorities = [["Priority for 2024/25", "Lead group", "New or continuing"], *map(list, PRIORITIES)]
    outturn = [["Ref", "Project", "Provider", "Planned (March 2023)", "Final", "What changed"]]
    outturn += [[r, proj, prov, money(a) if a else "-", money(b) if b else "nil", why]
                for r, proj, prov, a, b, why in OUTTURN]  # fmt: skip
    outturn.append(["", "<b>Total committed</b>", "", "", f"<b>{money(final)}</b>", f"of {money(FUND)}"])
    return [
        label(),
        title("Safer Ravensholt Partnership<br/>Annual Review 2023/24"),
        p("1 April 2023 to 31 March 2024. Published July 2024."),
        boxed(
            [
                p("<b>A WORD FROM THE CHAIR</b>"),
                p(
                    "I took the chair in October 2023, when Councillor Harriet Venning left the Board after "
                    "two and a half years as Chair. This year crime fell slightly, to 11,902 offences (down "
                    "2.3%), and ASB fell for a third year. In January the Board adopted new priorities for "
                    "2024/25, adding exploitation. - Chief Superintendent Dominic Fairweather, Chair"
                ),
            ],
            495,
        ),
        heading("WHO WE ARE"),
        p(
            "The Safer Ravensholt Board leads the partnership. It met four times in 2023/24: on 20 June and "
            "17 October 2023 and on 23 January and 19 March 2024. Ravensholt Homes joined in June 2023."
        ),
        ledger(members, (225, 200, 70)),
        heading("HOW WE DID IN 2023/24"),
        ledger(review, (170, 50, 275)),
        PageBreak(),
        heading("OUR PRIORITIES FOR 2024/25"),
        p(
            "Adopted on 23 January 2024 from the Strategic Intelligence Assessment 2024. Drug-related harm "
            "is no longer a Board priority: the Lindmarsh Combating Drugs Partnership leads on it and "
            "reports to the Board twice a year."
        ),
        ledger(priorities, (230, 180, 85)),
        heading("CASE STUDY: CHANGING COURSE"),
        p(
            "Brightwell Futures CIC ran the Changing Course programme for men who use abuse in their "
            "relationships, with £8k from the fund. It took 41 referrals, 29 men started the 24-week course "
            "and 17 completed it. Lindmarsh Fire and Rescue Service offered a home fire safety visit to "
            "every partner and ex-partner of a man referred, and 22 accepted."
        ),
        heading("REVIEWS AND TRAINING"),
        p(
            "DHR Rowan, commissioned in November 2022, was published in March 2024 after Home Office "
            "approval. Its seven recommendations include routine enquiry about domestic abuse in housing "
            "repairs visits, which Ravensholt Homes began in February 2024. 118 frontline staff from member "
            "organisations attended the Board's exploitation awareness training in February and March 2024."
        ),
        NextPageTemplate("landscape"),
        PageBreak(),
        heading("WHERE THE MONEY WENT: COMMISSIONING PLAN 2023/24 OUTTURN"),
        ledger(outturn, (58, 180, 160, 85, 60, 200)),
        p(
            f"The fund had {money(FUND)}: £48,000 from the Police and Crime Commissioner, £10,000 from the "
            f"Borough Council and £3,500 carried forward from 2022/23. {money(FUND - final)} was not "
            "committed. That sum and the £3,100 for Blunt Truth, £3,950 in all, are carried forward to "
            "2024/25."
        ),
        heading("LOOKING AHEAD TO 2024/25"),
        p(
            "The Commissioner's grant for 2024/25 is £45,000, down from £48,000. Ten bids were received in "
            "the 2024/25 round, and the Board decided them on 19 March 2024."
        ),
    ]
