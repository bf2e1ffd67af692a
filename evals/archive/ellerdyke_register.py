"""Partnership AI's Safer Ellerdyke Fund register 2023-24, printed from the council's finance system on 19
April 2024: landscape pages in DejaVu Sans Mono with no opening furniture but a report line, a running head at
the outer edge and a foot "CS-GRANTS-04  page n/total" centred. Every award of the year in a printout table
(no rules but dashed lines under the header and the last row) with the reference, the priority of 2023-26, who
decided and when (ISO dates "2023-03-16"), the minute or bid reference, sums asked, first awarded and final in
pounds and pence without the sign ("15000.00"), the later change with its date and minute, the sum paid and a
status in capitals; then bids not funded, the Partnership Reserve's movements and the fund's money with the
grant indicated and confirmed and the balance carried forward."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.ellerdyke_facts import (
    ADVOCATE_2324,
    ANALYST_2324,
    AVAILABLE_2324,
    BF_2324,
    CAFE,
    CAFE_ASK,
    CARRIED_2324,
    COUNCIL_2324,
    CUT_RISK,
    CUT_RISK_ASK,
    DHR_CD,
    FINAL_2324,
    GRANT_2324,
    GRANT_2324_INDICATED,
    HUB_2324,
    IDVA_2324,
    PATROLS_ASK,
    RESERVE_CLOSE_2324,
    RESERVE_OPEN_2324,
    RINGFIT_2324,
    RINGFIT_AMENDED_2324,
    RINGFIT_ASK_2324,
    SANCTUARY,
    SPEEDWATCH,
    WARM,
    YOUTH_2324,
    YOUTH_ASK_2324,
)
from evals.archive.ellerdyke_layout import (
    LAND,
    PRINT,
    PRINT_HEAD,
    Furniture,
    ledger_figure,
    notice,
    p,
    printout,
)
from evals.archive.ellerdyke_layout import render as render_pages
from evals.archive.names import ELLERDYKE

TITLE_REGISTER = "Safer Ellerdyke Fund register 2023-24 (printed 19 April 2024)"
PRINT_TITLE = PRINT_HEAD.clone("ElPrintTitle", fontSize=10, leading=13, spaceAfter=2)


def write_register(path: Path) -> Path:
    furniture = Furniture(
        "CS-GRANTS-04  SAFER ELLERDYKE FUND REGISTER 2023/24  (continued)",
        opening="",
        head_place="outer",
        foot="CS-GRANTS-04  page {n}/{total}",
        place="centre",
    )
    return render_pages(path, _story, Meta(TITLE_REGISTER, ELLERDYKE), furniture, first="land")


def _f(amount: int) -> str:
    return ledger_figure(amount)


def _story() -> list[Flowable]:
    awards = [
        ["REF", "PROJECT", "ORGANISATION", "PRI", "DECIDED BY", "DATE", "MINUTE/BID", "ASKED", "AWARDED",
         "LATER CHANGE", "FINAL", "PAID", "STATUS"],
        ["E23-01", "IDVA service", "Ellerdyke Women's Aid", "1", "EXECUTIVE", "2023-03-16", "V(i)",
         _f(IDVA_2324), _f(IDVA_2324), "-", _f(IDVA_2324), _f(IDVA_2324), "PAID"],
        ["E23-02", "ASB victim advocate", "Dunsmere Victim Care", "3", "EXECUTIVE", "2023-03-16", "V(ii)",
         _f(ADVOCATE_2324), _f(ADVOCATE_2324), "-", _f(ADVOCATE_2324), _f(ADVOCATE_2324), "PAID"],
        ["E23-03", "Ring Fit youth diversion", "Cinder Lane Boxing Club", "2", "EXECUTIVE", "2023-03-16",
         "V(iii)", _f(RINGFIT_ASK_2324), _f(RINGFIT_2324), "2024-01-25 CUT, MIN 5/24 (GYM FIRE)",
         _f(RINGFIT_AMENDED_2324), _f(RINGFIT_AMENDED_2324), "PAID"],
        ["E23-04", "Partnership analyst", "Ellerdyke MBC", "ALL", "EXECUTIVE", "2023-03-16", "V(iv)",
         _f(ANALYST_2324), _f(ANALYST_2324), "-", _f(ANALYST_2324), _f(ANALYST_2324), "PAID"],
        ["SG23-01", "Bridgegate Welfare Hub", "Ellerdyke Nightlight Volunteers", "3", "SUB-GROUP",
         "2023-10-05", "SG23-01", _f(HUB_2324), _f(HUB_2324), "-", _f(HUB_2324), _f(HUB_2324), "PAID"],
        ["SG23-02", "Friday youth club", "Yarnley Youth Project", "2", "SUB-GROUP", "2023-10-05", "SG23-02",
         _f(YOUTH_ASK_2324), _f(YOUTH_2324), "-", _f(YOUTH_2324), _f(YOUTH_2324), "PAID"],
        ["SG23-03", "Sanctuary scheme", "Saxonholt Homes", "1", "SUB-GROUP", "2023-10-05", "SG23-03",
         _f(SANCTUARY), _f(SANCTUARY), "-", _f(SANCTUARY), _f(SANCTUARY), "PAID"],
        ["SG23-07", "Safe and Warm drop-in", "Hobbleswade Community Church", "3", "OFFICER", "2023-10-12",
         "SG23-07 REFERRED", _f(WARM), _f(WARM), "-", _f(WARM), _f(WARM), "PAID"],
        ["SG23-05", "Recovery cafe evenings", "Dunsmere Recovery Partnership", "3", "SUB-GROUP",
         "2024-01-11", "SG23-05 (DEFERRED 2023-10-05)", _f(CAFE_ASK), _f(CAFE), "-", _f(CAFE), _f(CAFE),
         "PAID"],
        ["E23-05", "Cut the Risk schools programme", "Saltbox Theatre Company", "2", "EXECUTIVE",
         "2024-01-25", "4/24 (SG23-06 REFERRED)", _f(CUT_RISK_ASK), _f(CUT_RISK), "-", _f(CUT_RISK),
         _f(CUT_RISK), "PAID"],
        ["", "TOTAL", "", "", "", "", "", "", "", "", _f(FINAL_2324), _f(FINAL_2324), ""],
    ]  # fmt: skip
    refused = [
        ["BID", "APPLICANT / PROJECT", "ASKED", "DECIDED BY", "DATE", "OUTCOME"],
        ["-", "Ellerdyke Chamber of Trade / private security patrols, Bridgegate", _f(PATROLS_ASK),
         "EXECUTIVE", "2023-03-16", "DECLINED - NOT FUNDED BY THE PARTNERSHIP (MIN V(v))"],
        ["SG23-04", "Otterlade Residents' Association / community speedwatch", _f(SPEEDWATCH), "SUB-GROUP",
         "2023-10-05", "DECLINED - ROAD SAFETY NOT A PRIORITY (ALSO DECLINED 2022-07-14)"],
    ]  # fmt: skip
    reserve = [
        ["PARTNERSHIP RESERVE", "DATE", "MINUTE", "AMOUNT", "BALANCE"],
        ["Opening balance", "2023-04-01", "-", "-", _f(RESERVE_OPEN_2324)],
        ["Released: domestic homicide reviews, Adults C and D (2 x 6000.00)", "2024-01-25", "6/24",
         f"-{_f(DHR_CD)}", _f(RESERVE_CLOSE_2324)],
        ["Closing balance", "2024-03-31", "-", "-", _f(RESERVE_CLOSE_2324)],
    ]  # fmt: skip
    fund = [
        ["SAFER ELLERDYKE FUND 2023/24", "AMOUNT", "NOTE"],
        ["Mayor's Community Safety Grant", _f(GRANT_2324),
         f"Indicated {_f(GRANT_2324_INDICATED)} (letter 2023-02-14); confirmed 2023-05-02"],
        ["Council contribution", _f(COUNCIL_2324), ""],
        ["Brought forward from 2022/23", _f(BF_2324), "After 20000.00 moved to the reserve"],
        ["Available", _f(AVAILABLE_2324), ""],
        ["Final awards", _f(FINAL_2324), "All paid by 2024-03-31"],
        ["Carried forward to 2024/25", _f(CARRIED_2324), ""],
    ]  # fmt: skip
    land = LAND
    return [
        p(
            "ELLERDYKE MBC  FINANCE SYSTEM  REPORT CS-GRANTS-04  PRINTED 2024-04-19 09:41  USER GPENDLEBURY",
            PRINT,
        ),
        notice(land),
        Spacer(1, 4),
        p("SAFER ELLERDYKE FUND - REGISTER OF AWARDS 2023/24 (1 APRIL 2023 TO 31 MARCH 2024)", PRINT_TITLE),
        p(
            "PRI = priority of 2023-26 (1 VAWG and domestic abuse; 2 serious violence and knife "
            "crime; 3 safer "
            "neighbourhoods). Sums in pounds.",
            PRINT,
        ),
        printout(
            awards,
            [40, 96, 100, 22, 52, 50, 74, 46, 46, 86, 46, 46, land - 704],
            figs=(7, 8, 10, 11),
        ),
        Spacer(1, 10),
        p("BIDS NOT FUNDED", PRINT_TITLE),
        printout(refused, [48, 250, 52, 70, 62, land - 482], figs=(2,)),
        Spacer(1, 10),
        p("RESERVE AND FUND", PRINT_TITLE),
        printout(reserve, [300, 70, 50, 70, 70], figs=(3, 4)),
        Spacer(1, 8),
        printout(fund, [200, 70, 300], figs=(1,)),
        Spacer(1, 6),
        p("*** END OF REPORT ***", PRINT),
    ]
