"""Partnership AE's Grants Assessment Panel and residents' vote: the Panel's typed notes of 14 September 2022
in Courier on their own letterhead (no furniture of the partnership's; signed and scanned), dates typed
"14-Sep-22" and sums without the pound sign under "Asked (GBP)", a boxed table of bids with scores and
outcomes in capitals (approved at the Panel's limit below its ask, withdrawn, approved, approved reduced,
deferred, not approved, referred for a micro-grant, above the limit and recommended to the Forum) and the
arrangements for the residents' vote; and the results sheet of "Your Street, Your Say", 15 October 2022, on
a landscape page in DejaVu Sans (every project ranked by votes, the award, the last funded project
part-funded, the one left out sent to the Panel)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.names import SKELDERWYKE
from evals.archive.skelderwyke_facts import (
    BIKE_MARKING,
    BOXING,
    CSM,
    CSM_LIMIT_OLD,
    HATE_CENTRES,
    INSPECTOR,
    OUTREACH_ASK,
    PANEL_CHAIR,
    PANEL_LIMIT_OLD,
    PASTORS_2223,
    PB_BIDS,
    PB_POT,
    PB_VOTERS,
    RETHINK_ASK,
    SAFE_HAVEN_ASK,
    SAFE_HAVEN_AWARD,
    VCS_REP,
    YOUTH_ASK,
    YOUTH_AWARD,
    pb_awards,
)
from evals.archive.skelderwyke_layout import (
    LAND,
    SANS,
    SANS_STYLES,
    TYPED,
    TYPED_B,
    TYPED_CELL,
    WIDTH,
    Furniture,
    Signature,
    boxed,
    ledger,
    notice,
    p,
    pounds,
    render,
)

TITLE_PANEL = "Skelderwyke Grants Assessment Panel notes, 14 September 2022"
TITLE_PB = "Your Street, Your Say: participatory budgeting results, 15 October 2022"
TYPED_NOTICE = TYPED_CELL.clone("SkTypedNotice", fontName="Courier-Oblique")


def write_panel_notes(path: Path) -> Path:
    furniture = Furniture("", opening="", foot="GAP 14-Sep-22   pg {n}")
    return render(path, _panel, Meta(TITLE_PANEL, SKELDERWYKE), furniture)


def write_pb_results(path: Path) -> Path:
    furniture = Furniture("", label="Your Street, Your Say 2022", opening="roundel", foot="{n}")
    return render(path, _results, Meta(TITLE_PB, SKELDERWYKE), furniture, first="landscape")


def _panel() -> list[Flowable]:
    bids = [
        ["Ref", "Applicant / project", "Asked (GBP)", "Score", "Outcome"],
        ["GAP22/05", "Skelderwyke YMCA - Hollin Park detached youth work (yr 2)", f"{YOUTH_ASK:,}", "71",
         f"APPROVED AT {YOUTH_AWARD:,} (PANEL LIMIT)"],
        ["GAP22/06", "Skelderwyke Homes - mobile CCTV van", "7,900", "-",
         "WITHDRAWN BY APPLICANT 09-Sep-22"],
        ["GAP22/07", "Hollin Park ABC - Gloves Not Knives boxing programme", f"{BOXING:,}", "78", "APPROVED"],
        ["GAP22/08", "Skelderwyke BID - Ashgrove Safe Haven shops", f"{SAFE_HAVEN_ASK:,}", "66",
         f"APPROVED AT {SAFE_HAVEN_AWARD:,} - RADIOS NOT FUNDED"],
        ["GAP22/09", "Skelderwyke Interfaith Forum - third-party hate crime reporting centres",
         f"{HATE_CENTRES:,}", "58", "DEFERRED - NEEDS SAFEGUARDING POLICY"],
        ["GAP22/10", "Saltmarsh Trust - rough sleeper outreach", f"{OUTREACH_ASK:,}", "49",
         "NOT APPROVED - DUPLICATES COUNCIL HOUSING FUNDING"],
        ["GAP22/11", "Northmarch Police Tenterholme NPT - bike marking", f"{BIKE_MARKING:,}", "-",
         "REFERRED TO CSM AS A MICRO-GRANT"],
        ["GAP22/12", "Skelderwyke Night Pastors - welfare volunteers", f"{PASTORS_2223:,}", "74", "APPROVED"],
        ["GAP22/13", "Northmarch Change CIC - ReThink Behaviour Programme", f"{RETHINK_ASK:,}", "81",
         "OVER LIMIT - RECOMMENDED TO FORUM 30-Nov-22"],
    ]  # fmt: skip
    styles = (TYPED_CELL, TYPED_CELL, TYPED_CELL, TYPED_CELL)
    return [
        p("NORTHMARCH OPCC / SKELDERWYKE CITY COUNCIL", TYPED_B),
        p("SAFER SKELDERWYKE - GRANTS ASSESSMENT PANEL - NOTES", TYPED_B),
        notice(WIDTH, TYPED_NOTICE),
        Spacer(1, 4),
        p(
            "Date: 14-Sep-22, 10:00, Room 4, Civic Centre<br/>"
            f"Present: GH ({PANEL_CHAIR}, OPCC, chair), NP ({CSM}, CSM), RC ({INSPECTOR}, police), "
            f"TG ({VCS_REP}, VAS)<br/>"
            "Quorum: 3 incl. OPCC or CSM - met",
            TYPED,
        ),
        p("1. Bids", TYPED_B),
        p(
            f"Panel decides bids up to {PANEL_LIMIT_OLD:,} GBP. Bids scored out of 100 against the 2020-23 "
            "priorities, value for money and evidence. Threshold 55.",
            TYPED,
        ),
        boxed(bids, [58, 168, 60, 38, WIDTH - 324], figs=(2, 3), styles=styles),
        p("2. Notes on the bids", TYPED_B),
        p(
            "05 - second year; asked 8,400 but Panel cannot go over its limit. YMCA to trim the summer "
            "trips.<br/>"
            "08 - BID to buy its own radios from the levy.<br/>"
            "09 - good bid; resubmit to the December Panel with the Forum's safeguarding policy signed.<br/>"
            "10 - Council's housing team already funds outreach in Castle Quay.<br/>"
            f"11 - under {CSM_LIMIT_OLD:,}: NP to approve as a micro-grant.<br/>"
            "13 - scored highest of the round; above our limit so to the Forum with a recommendation to "
            "fund.",
            TYPED,
        ),
        p("3. Your Street, Your Say - 15-Oct-22", TYPED_B),
        p(
            f"Pot {PB_POT:,}. Groups may bid up to 3,000 each. 11 bids eligible, 2 turned away (one from a "
            "business, one for a private event). Venue Weavers Green Community Hub, 11:00-15:00. Residents "
            "aged "
            "11+ may vote, 3 votes each. TG to run the ballot; count witnessed by RC.",
            TYPED,
        ),
        p("4. Monitoring of 2021-22 grants", TYPED_B),
        p(
            "All 2021-22 end-of-grant returns in except Graffiti removal (Neighbourhood Services) - NP to "
            "chase. "
            "Sanctuary scheme: 61 homes made safer against a target of 50. Night Pastors: 38 volunteers, "
            "1,020 "
            "people helped on 44 nights.",
            TYPED,
        ),
        p("5. AOB", TYPED_B),
        p(
            "GH: the Commissioner's office will run the grant system online from April 2023 - paper forms "
            "end. "
            "RC: Operation Halyard running short of hours for December; police may ask the Forum to vary.",
            TYPED,
        ),
        p("6. Next Panel: 07-Dec-22.", TYPED_B),
        Spacer(1, 14),
        Signature("Signed (chair)  GH   14-Sep-22", seed=3, font="Courier"),
    ]


def _results() -> list[Flowable]:
    awards = pb_awards()
    rows = [["Rank", "Project", "Group", "Ward", "Asked", "Votes", "Awarded", "Result"]]
    for rank, ((project, group, ward, ask, votes), award) in enumerate(zip(PB_BIDS, awards, strict=True), 1):
        result = "Funded" if award == ask else ("Part-funded" if award else "Not funded")
        rows.append(
            [
                str(rank),
                project,
                group,
                ward,
                pounds(ask),
                str(votes),
                pounds(award) if award else "-",
                result,
            ]
        )
    rows.append(["", "Total", "", "", pounds(sum(b[3] for b in PB_BIDS)), "", pounds(sum(awards)), ""])
    return [
        Spacer(1, 4),
        p(
            "Your Street, Your Say \u2014 the results",
            SANS.clone("SkSansTitle", fontName="SkSansBold", fontSize=17, leading=21),
        ),
        p(
            "Participatory budgeting for community safety \u00b7 Saturday 15 October 2022 \u00b7 "
            "Weavers Green Community Hub",
            SANS,
        ),
        notice(LAND),
        Spacer(1, 4),
        p(
            f"{PB_VOTERS} residents came and voted, each choosing up to three projects. The "
            f"{pounds(PB_POT)} from "
            "the Neighbourhood Resilience Fund was shared out in order of votes until it ran out, so the "
            "last "
            "project to receive money was part-funded and agreed to go ahead on a smaller scale.",
            SANS,
        ),
        ledger(
            rows,
            [40, 160, 190, 88, 58, 44, 62, LAND - 642],
            figs=(0, 4, 5, 6),
            styles=SANS_STYLES,
            total=True,
        ),
        Spacer(1, 5),
        p(
            "Cobb Hill Neighbourhood Watch, whose signs were not funded, has been invited to bid to the "
            "Grants "
            "Assessment Panel. Every funded group will report back at next year's event.",
            SANS,
        ),
    ]
