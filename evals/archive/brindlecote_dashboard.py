"""Partnership O's Quarterly Performance Dashboard for Quarter 3 of 2025-26 (a paper of 20 January 2026
for the Board of 27 January 2026), on brindlecote_layout's furniture in the landscape template throughout:
the Chair and the new Vice-Chair, the five priorities of 2025-26 as a row of RAG-tinted tiles, a measures
table with the quarters as columns (2024-25 baseline | Q1 | Q2 | Q3 | Year to date | Target | RAG), an
action plan (Action | Lead | By when | RAG) and the Safer Communities Fund 2025-26's awards and balance."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from evals.archive.brindlecote_layout import (
    RAG,
    Furniture,
    band,
    caption,
    note,
    notice,
    p,
    pounds,
    render_pages,
    tiles,
    title,
)
from evals.archive.common import Meta
from evals.archive.names import BRINDLECOTE

TITLE = "Brindlecote Community Safety Board Quarterly Performance Dashboard, Quarter 3 2025-26"

# (priority, measure, baseline, q1, q2, q3, target, rag)
MEASURES = (
    ("1. Anti-social behaviour and neighbourhood nuisance", "ASB incidents reported to the police", 3105,
     801, 874, 652, "Fewer than 3,000", "Green"),
    ("2. Domestic abuse and violence against women and girls", "Domestic abuse-related crimes", 1702, 441,
     452, 470, "No target (more reporting sought)", "Amber"),
    ("2. Domestic abuse and violence against women and girls", "Sanctuary Scheme installations", 96, 22, 31,
     27, "110", "Amber"),
    ("3. Serious violence and knife crime", "Knife-enabled offences", 94, 27, 31, 29, "Fewer than 90", "Red"),
    ("3. Serious violence and knife crime", "Young people mentored (StepAway)", 46, 14, 12, 15, "50",
     "Green"),
    ("4. Drug-related harm", "Adults starting drug treatment", 412, 98, 117, 109, "430", "Green"),
    ("5. Retail crime and town centre safety", "Shoplifting offences", 901, 236, 255, 279,
     "Fewer than 850", "Red"),
)  # fmt: skip
PRIORITY_RAG = (
    ("1. Anti-social behaviour and neighbourhood nuisance", "Green"),
    ("2. Domestic abuse and violence against women and girls", "Amber"),
    ("3. Serious violence and knife crime", "Red"),
    ("4. Drug-related harm", "Green"),
    ("5. Retail crime and town centre safety", "Red"),
)
ACTIONS = (
    ("A1", "Publish the Retail Crime Plan with the Business Improvement District", "Nadia Quraishi",
     "September 2025", "Green"),
    ("A2", "Agree the data-sharing protocol with the ICB on sharp-object injuries (SIA 2024, R7)",
     "Dr Samuel Okonedo", "December 2025 (now March 2026)", "Red"),
    ("A3", "Refresh the Domestic Abuse Strategy to take in violence against women and girls",
     "Alice Brenchley", "March 2026", "Amber"),
    ("A4", "Yearly report from the Garrenshire Rural Crime Forum to the Board", "Inspector Kate Dunsford",
     "January 2026", "Green"),
    ("A5", "Knife crime awareness sessions for every Year 7 pupil", "Hannah Grieveson", "February 2026",
     "Amber"),
)  # fmt: skip
# (award, organisation, amount, decided)
AWARDS = (
    ("StepAway mentoring, second year", "Fenwold Youth Trust", 12000, "Board, 15 July 2025"),
    ("Blades Down workshops 2025-26", "Fenwold Youth Trust", 9800, "Board, 15 July 2025"),
    ("Town centre Shopwatch coordinator", "Brindlecote Business Improvement District", 10480,
     "Board, 15 July 2025"),
    ("Walk-and-talk night safety, second year", "Sanctum Garrenshire", 5400, "Grants Panel, 3 June 2025"),
    ("Sanctuary Scheme", "Sanctum Garrenshire", 6200, "Grants Panel, 3 June 2025"),
    ("Youth diversion football (new bid)", "Brindlecote Town Community Trust", 3900,
     "Grants Panel, 14 October 2025"),
    ("Naloxone outreach", "Pathway Recovery Garrenshire", 3600, "Grants Panel, 14 October 2025"),
)  # fmt: skip


def write_dashboard(path: Path) -> Path:
    furniture = Furniture(
        "Performance Dashboard – Q3 2025-26", "BCSB dashboard 2025-26 Q3", "Paper of 20 January 2026"
    )
    return render_pages(path, _story, Meta(TITLE, BRINDLECOTE), furniture, first="landscape")


def _story() -> list[Flowable]:
    head = ["Priority", "Measure", "2024-25 baseline", "Q1", "Q2", "Q3", "Year to date", "Target 2025-26"]
    measures = [[*head, "RAG"]]
    for priority, measure, base, q1, q2, q3, target, rag in MEASURES:
        measures.append(
            [
                priority,
                measure,
                f"{base:,}",
                f"{q1:,}",
                f"{q2:,}",
                f"{q3:,}",
                f"{q1 + q2 + q3:,}",
                target,
                rag,
            ]
        )
    tiles_row = [[name for name, _ in PRIORITY_RAG], [rag for _, rag in PRIORITY_RAG]]
    rag_tints = [("BACKGROUND", (i, 1), (i, 1), RAG[rag]) for i, (_, rag) in enumerate(PRIORITY_RAG)]
    actions = [["Ref", "Action", "Lead", "By when", "RAG"], *ACTIONS]
    total = sum(a[2] for a in AWARDS)
    awards = [
        ["Award", "Organisation", "Amount", "Decided by"],
        *([a, b, pounds(c), d] for a, b, c, d in AWARDS),
        ["Committed to 31 December 2025", "", pounds(total), ""],
    ]
    return [
        notice(),
        *title(
            "Quarterly Performance Dashboard",
            "Quarter 3, 2025-26 (October to December 2025) – for the Board meeting of 27 January 2026",
        ),
        p(
            "<b>Chair:</b> Councillor Marcus Penhaligon (re-elected at the annual meeting on 10 June 2025).  "
            "<b>Vice-Chair:</b> Group Manager Ruth Adebayo, Garrenshire Fire and Rescue Service (elected on "
            "10 June 2025, succeeding Superintendent Gareth Lowden).  <b>Lead officer:</b> Nadia Quraishi."
        ),
        caption("Priorities 2025-26: overall rating at the end of Quarter 3"),
        tiles(tiles_row, [140] * 5, extra=rag_tints),
        band("Measures"),
        tiles(measures, [150, 140, 58, 40, 40, 40, 52, 110, 44], figures=(2, 3, 4, 5, 6), rag=8),
        note(
            "Year to date is Q1 + Q2 + Q3. RAG: Green on track for the target; Amber at risk; Red off track. "
            "Source: Garrenshire Constabulary, Sanctum Garrenshire, Fenwold Youth Trust, Pathway Recovery "
            "Garrenshire."
        ),
        band("Action plan 2025-26"),
        tiles(actions, [34, 360, 130, 150, 50], rag=4),
        band("Safer Communities Fund 2025-26"),
        p(
            "The Fund has £78,040 for 2025-26: the Commissioner's grant of £55,000 and £23,040 carried "
            "forward from 2024-25. The District Council made no contribution this year. By 31 December 2025 "
            f"the Board and the Grants Panel had committed {pounds(total)}, leaving {pounds(78040 - total)} "
            "for the final round, which closes on 6 February 2026."
        ),
        tiles(awards, [230, 220, 70, 160], figures=(2,), totals=(len(awards) - 1,)),
    ]
