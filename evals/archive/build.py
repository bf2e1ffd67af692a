"""Write the evaluation archive: the real report beside thirty-nine invented partnerships' documents.

    python -m evals.archive.build TARGET

The result is deterministic. A stamp in TARGET holds a hash of the generator's code and the real
report; when it matches and every file is there, the build does nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from evals.archive import ambledown_assessment as n_assessment
from evals.archive import ambledown_decision as n_decision
from evals.archive import ambledown_minutes as n_minutes
from evals.archive import ambledown_reports as n_reports
from evals.archive import ambledown_strategy as n_strategy
from evals.archive import ambledown_tracker as n_tracker
from evals.archive import annual_reports, assessment, minutes, minutes_short, thistlecombe_papers
from evals.archive import ashwick_assessment as j_assessment
from evals.archive import ashwick_minutes as j_minutes
from evals.archive import ashwick_reports as j_reports
from evals.archive import ashwick_urgent as j_urgent
from evals.archive import brackenholme_assessment as z_assessment
from evals.archive import brackenholme_governance as z_governance
from evals.archive import brackenholme_minutes as z_minutes
from evals.archive import brackenholme_reports as z_reports
from evals.archive import brindlecote_assessment as o_assessment
from evals.archive import brindlecote_dashboard as o_dashboard
from evals.archive import brindlecote_governance as o_governance
from evals.archive import brindlecote_grants as o_grants
from evals.archive import brindlecote_minutes as o_minutes
from evals.archive import brindlecote_reports as o_reports
from evals.archive import caddisford_assessment as q_assessment
from evals.archive import caddisford_funding as q_funding
from evals.archive import caddisford_minutes as q_minutes
from evals.archive import caddisford_reports as q_reports
from evals.archive import calderwick_assessment as e_assessment
from evals.archive import calderwick_minutes as e_minutes
from evals.archive import calderwick_notes as e_notes
from evals.archive import calderwick_report_2425 as e_2425
from evals.archive import calderwick_report_2526 as e_2526
from evals.archive import corvenbridge_assessment as r_assessment
from evals.archive import corvenbridge_governance as r_governance
from evals.archive import corvenbridge_minutes as r_minutes
from evals.archive import corvenbridge_reports as r_reports
from evals.archive import drayhurst_assessment as f_assessment
from evals.archive import drayhurst_minutes as f_minutes
from evals.archive import drayhurst_note as f_note
from evals.archive import drayhurst_report_2021 as f_2021
from evals.archive import drayhurst_report_2122 as f_2122
from evals.archive import elderhythe_assessment as t_assessment
from evals.archive import elderhythe_funding as t_funding
from evals.archive import elderhythe_minutes as t_minutes
from evals.archive import elderhythe_reports as t_reports
from evals.archive import ellerdyke_assessment as zi_assessment
from evals.archive import ellerdyke_minutes_december as zi_december
from evals.archive import ellerdyke_minutes_january as zi_january
from evals.archive import ellerdyke_minutes_july as zi_july
from evals.archive import ellerdyke_minutes_march as zi_march
from evals.archive import ellerdyke_register as zi_register
from evals.archive import ellerdyke_report_2223 as zi_2223
from evals.archive import ellerdyke_report_2324 as zi_2324
from evals.archive import ellerdyke_subgroup as zi_subgroup
from evals.archive import ellerdyke_terms as zi_terms
from evals.archive import fallowden_assessment as s_assessment
from evals.archive import fallowden_funding as s_funding
from evals.archive import fallowden_minutes as s_minutes
from evals.archive import fallowden_reports as s_reports
from evals.archive import fenhallow_assessment as zd_assessment
from evals.archive import fenhallow_crsg as zd_crsg
from evals.archive import fenhallow_governance as zd_governance
from evals.archive import fenhallow_log as zd_log
from evals.archive import fenhallow_minutes as zd_minutes
from evals.archive import fenhallow_report_2324 as zd_2324
from evals.archive import fenhallow_report_2425 as zd_2425
from evals.archive import glynmorlan_assessment as zg_assessment
from evals.archive import glynmorlan_dcg as zg_dcg
from evals.archive import glynmorlan_governance as zg_governance
from evals.archive import glynmorlan_minutes as zg_minutes
from evals.archive import glynmorlan_record as zg_record
from evals.archive import glynmorlan_report_2223 as zg_2223
from evals.archive import glynmorlan_report_2324 as zg_2324
from evals.archive import glynmorlan_urgent as zg_urgent
from evals.archive import hartleburn_assessment as i_assessment
from evals.archive import hartleburn_minutes as i_minutes
from evals.archive import hartleburn_notice as i_notice
from evals.archive import hartleburn_reports as i_reports
from evals.archive import hollowmead_assessment as u_assessment
from evals.archive import hollowmead_bulletin as u_bulletin
from evals.archive import hollowmead_funding as u_funding
from evals.archive import hollowmead_minutes as u_minutes
from evals.archive import hollowmead_reports as u_reports
from evals.archive import iverbeck_assessment as y_assessment
from evals.archive import iverbeck_funding as y_funding
from evals.archive import iverbeck_governance as y_governance
from evals.archive import iverbeck_minutes as y_minutes
from evals.archive import iverbeck_plan as y_plan
from evals.archive import iverbeck_reports as y_reports
from evals.archive import kelsthorpe_assessment as zf_assessment
from evals.archive import kelsthorpe_governance as zf_governance
from evals.archive import kelsthorpe_log as zf_log
from evals.archive import kelsthorpe_minutes as zf_minutes
from evals.archive import kelsthorpe_notes as zf_notes
from evals.archive import kelsthorpe_report_2021 as zf_2021
from evals.archive import kelsthorpe_report_2122 as zf_2122
from evals.archive import kelsthorpe_subgroup as zf_subgroup
from evals.archive import ketterwold_assessment as zl_assessment
from evals.archive import ketterwold_decisions_january as zl_january
from evals.archive import ketterwold_minutes_june as zl_june
from evals.archive import ketterwold_minutes_november as zl_november
from evals.archive import ketterwold_odr as zl_odr
from evals.archive import ketterwold_plan as zl_plan
from evals.archive import ketterwold_prospectus as zl_prospectus
from evals.archive import ketterwold_report_2324 as zl_2324
from evals.archive import ketterwold_report_2425 as zl_2425
from evals.archive import ketterwold_tessford_notes as zl_tessford
from evals.archive import larkstead_assessment as za_assessment
from evals.archive import larkstead_governance as za_governance
from evals.archive import larkstead_minutes as za_minutes
from evals.archive import larkstead_reports as za_reports
from evals.archive import lintmoor_allocations as k_allocations
from evals.archive import lintmoor_assessment as k_assessment
from evals.archive import lintmoor_decision as k_decision
from evals.archive import lintmoor_minutes as k_minutes
from evals.archive import lintmoor_reports as k_reports
from evals.archive import marlowe_assessment as c_assessment
from evals.archive import marlowe_minutes as c_minutes
from evals.archive import marlowe_minutes_signed as c_signed
from evals.archive import marlowe_report_2122 as c_2122
from evals.archive import marlowe_report_2223 as c_2223
from evals.archive import merrowgate_assessment as w_assessment
from evals.archive import merrowgate_funding as w_funding
from evals.archive import merrowgate_governance as w_governance
from evals.archive import merrowgate_minutes as w_minutes
from evals.archive import merrowgate_reports as w_reports
from evals.archive import orrindale_assessment as m_assessment
from evals.archive import orrindale_minutes as m_minutes
from evals.archive import orrindale_monitoring as m_monitoring
from evals.archive import orrindale_panel as m_panel
from evals.archive import orrindale_report_2324 as m_2324
from evals.archive import orrindale_report_2425 as m_2425
from evals.archive import orrindale_variation as m_variation
from evals.archive import pellingham_assessment as h_assessment
from evals.archive import pellingham_letter as h_letter
from evals.archive import pellingham_minutes as h_minutes
from evals.archive import pellingham_notes as h_notes
from evals.archive import pellingham_plan as h_plan
from evals.archive import pellingham_report as h_report
from evals.archive import quillbrook_assessment as d_assessment
from evals.archive import quillbrook_minutes as d_minutes
from evals.archive import quillbrook_reports as d_reports
from evals.archive import ravensholt_assessment as g_assessment
from evals.archive import ravensholt_minutes as g_minutes
from evals.archive import ravensholt_note as g_note
from evals.archive import ravensholt_plan as g_plan
from evals.archive import ravensholt_report_2223 as g_2223
from evals.archive import ravensholt_report_2324 as g_2324
from evals.archive import rushbeck_actionlog as zh_actionlog
from evals.archive import rushbeck_assessment as zh_assessment
from evals.archive import rushbeck_decision as zh_decision
from evals.archive import rushbeck_minutes as zh_minutes
from evals.archive import rushbeck_panel as zh_panel
from evals.archive import rushbeck_register as zh_register
from evals.archive import rushbeck_report_2324 as zh_2324
from evals.archive import rushbeck_report_2425 as zh_2425
from evals.archive import rushbeck_terms as zh_terms
from evals.archive import sallowmere_assessment as l_assessment
from evals.archive import sallowmere_letter as l_letter
from evals.archive import sallowmere_minutes as l_minutes
from evals.archive import sallowmere_plan as l_plan
from evals.archive import sallowmere_report as l_report
from evals.archive import sallowmere_urgent as l_urgent
from evals.archive import saltmarden_assessment as zj_assessment
from evals.archive import saltmarden_minutes_june as zj_june
from evals.archive import saltmarden_minutes_march as zj_march
from evals.archive import saltmarden_minutes_september as zj_september
from evals.archive import saltmarden_notes_december as zj_december
from evals.archive import saltmarden_plan as zj_plan
from evals.archive import saltmarden_report_2425 as zj_2425
from evals.archive import saltmarden_report_2526 as zj_2526
from evals.archive import saltmarden_terms as zj_terms
from evals.archive import sandlebury_assessment as zm_assessment
from evals.archive import sandlebury_decisions_april as zm_april
from evals.archive import sandlebury_minutes_january as zm_january
from evals.archive import sandlebury_minutes_october as zm_october
from evals.archive import sandlebury_panel_notes as zm_panel
from evals.archive import sandlebury_report_2122 as zm_2122
from evals.archive import sandlebury_report_2223 as zm_2223
from evals.archive import sandlebury_terms as zm_terms
from evals.archive import skelderwyke_assessment as ze_assessment
from evals.archive import skelderwyke_decisions as ze_decisions
from evals.archive import skelderwyke_governance as ze_governance
from evals.archive import skelderwyke_minutes as ze_minutes
from evals.archive import skelderwyke_panel as ze_panel
from evals.archive import skelderwyke_report_2122 as ze_2122
from evals.archive import skelderwyke_report_2223 as ze_2223
from evals.archive import staithwick_assessment as zc_assessment
from evals.archive import staithwick_governance as zc_governance
from evals.archive import staithwick_minutes as zc_minutes
from evals.archive import staithwick_panel as zc_panel
from evals.archive import staithwick_report_2223 as zc_2223
from evals.archive import staithwick_report_2324 as zc_2324
from evals.archive import staithwick_tracker as zc_tracker
from evals.archive import stannerley_assessment as x_assessment
from evals.archive import stannerley_funding as x_funding
from evals.archive import stannerley_governance as x_governance
from evals.archive import stannerley_minutes as x_minutes
from evals.archive import stannerley_reports as x_reports
from evals.archive import stavenham_assessment as zk_assessment
from evals.archive import stavenham_cfg_october as zk_cfg
from evals.archive import stavenham_minutes_april as zk_april
from evals.archive import stavenham_minutes_january as zk_january
from evals.archive import stavenham_notes_october as zk_october
from evals.archive import stavenham_register as zk_register
from evals.archive import stavenham_report_2324 as zk_2324
from evals.archive import stavenham_report_2425 as zk_2425
from evals.archive import stavenham_terms as zk_terms
from evals.archive import tarnholt_assessment as p_assessment
from evals.archive import tarnholt_governance as p_governance
from evals.archive import tarnholt_minutes as p_minutes
from evals.archive import tarnholt_reports as p_reports
from evals.archive import thistlecombe_report as b_report
from evals.archive import wrenfold_assessment as v_assessment
from evals.archive import wrenfold_funding as v_funding
from evals.archive import wrenfold_governance as v_governance
from evals.archive import wrenfold_minutes as v_minutes
from evals.archive import wrenfold_reports as v_reports
from evals.archive import wychbourne_assessment as zb_assessment
from evals.archive import wychbourne_decisions as zb_decisions
from evals.archive import wychbourne_governance as zb_governance
from evals.archive import wychbourne_minutes as zb_minutes
from evals.archive import wychbourne_report_2425 as zb_2425
from evals.archive import wychbourne_report_2526 as zb_2526
from evals.archive.names import (
    AMBLEDOWN,
    AMBLEDOWN_BOARD,
    AMBLEDOWN_DIR,
    ASHWICK,
    ASHWICK_DIR,
    BRACKENHOLME,
    BRACKENHOLME_DIR,
    BRINDLECOTE,
    BRINDLECOTE_DIR,
    CADDISFORD,
    CADDISFORD_DIR,
    CALDERWICK,
    CALDERWICK_DIR,
    CALDERWICK_EXECUTIVE,
    CORVENBRIDGE,
    CORVENBRIDGE_DIR,
    DRAYHURST,
    DRAYHURST_DIR,
    DRAYHURST_GROUP,
    ELDERHYTHE,
    ELDERHYTHE_DIR,
    ELLERDYKE,
    ELLERDYKE_DIR,
    FALLOWDEN,
    FALLOWDEN_DIR,
    FENHALLOW,
    FENHALLOW_DIR,
    GLYNMORLAN,
    GLYNMORLAN_DIR,
    HARTLEBURN,
    HARTLEBURN_DIR,
    HARTLEBURN_GROUP,
    HOLLOWMEAD,
    HOLLOWMEAD_DIR,
    IVERBECK,
    IVERBECK_DIR,
    KELSTHORPE,
    KELSTHORPE_DIR,
    KESTRELFORD,
    KESTRELFORD_DIR,
    KETTERWOLD,
    KETTERWOLD_DIR,
    LARKSTEAD,
    LARKSTEAD_BOARD,
    LARKSTEAD_DIR,
    LINTMOOR,
    LINTMOOR_BOARD,
    LINTMOOR_DIR,
    MARLOWE,
    MARLOWE_DIR,
    MERROWGATE,
    MERROWGATE_DIR,
    ORRINDALE,
    ORRINDALE_BOARD,
    ORRINDALE_DIR,
    PELLINGHAM,
    PELLINGHAM_BOARD,
    PELLINGHAM_DIR,
    QUILLBROOK,
    QUILLBROOK_BOARD,
    QUILLBROOK_DIR,
    RAVENSHOLT,
    RAVENSHOLT_BOARD,
    RAVENSHOLT_DIR,
    RUSHBECK,
    RUSHBECK_DIR,
    SALLOWMERE,
    SALLOWMERE_DIR,
    SALTMARDEN,
    SALTMARDEN_DIR,
    SANDLEBURY,
    SANDLEBURY_DIR,
    SKELDERWYKE,
    SKELDERWYKE_DIR,
    STAITHWICK,
    STAITHWICK_DIR,
    STANNERLEY,
    STANNERLEY_DIR,
    STAVENHAM,
    STAVENHAM_DIR,
    TARNHOLT,
    TARNHOLT_DIR,
    THISTLECOMBE,
    THISTLECOMBE_DIR,
    WRENFOLD,
    WRENFOLD_DIR,
    WYCHBOURNE,
    WYCHBOURNE_DIR,
)
from evals.scan import scan_pdf

REPO = Path(__file__).resolve().parents[2]
REAL_REPORT = REPO / "corpus" / "scep-annual-report-2022-23.pdf"
REAL_ENTRY = {
    "file": REAL_REPORT.name,
    "title": "Safer Cheshire East Partnership Annual Report 2022-23",
    "type": "annual report",
    "period": "2022-23",
    "partnership": "Safer Cheshire East Partnership",
}
STAMP = ".archive-stamp"
SCAN_SEED = 14


@dataclass(frozen=True)
class Document:
    """One invented document: where it goes, what the catalogue says, how to draw it."""

    file: str
    title: str
    doc_type: str
    period: str
    partnership: str
    date: str
    write: Callable[[Path], Path]
    scanned: bool = False
    # False leaves it out of catalogue.toml: its title, type and date must be read from its own pages.
    catalogued: bool = True

    def entry(self) -> dict[str, str]:
        return {
            "file": self.file,
            "title": self.title,
            "type": self.doc_type,
            "period": self.period,
            "partnership": self.partnership,
            "date": self.date,
        }


@dataclass(frozen=True)
class _Partnership:
    """Documents of one invented partnership: each in its folder, catalogued under its name."""

    directory: str
    name: str

    def __call__(
        self,
        file: str,
        title: str,
        doc_type: str,
        period: str,
        date: str,
        write: Callable[[Path], Path],
        **flags: bool,
    ) -> Document:
        return Document(f"{self.directory}/{file}", title, doc_type, period, self.name, date, write, **flags)


_a = _Partnership(KESTRELFORD_DIR, KESTRELFORD)
_b = _Partnership(THISTLECOMBE_DIR, THISTLECOMBE)
_c = _Partnership(MARLOWE_DIR, MARLOWE)
_d = _Partnership(QUILLBROOK_DIR, QUILLBROOK)
_e = _Partnership(CALDERWICK_DIR, CALDERWICK)
_f = _Partnership(DRAYHURST_DIR, DRAYHURST)
_g = _Partnership(RAVENSHOLT_DIR, RAVENSHOLT)
_h = _Partnership(PELLINGHAM_DIR, PELLINGHAM)
_i = _Partnership(HARTLEBURN_DIR, HARTLEBURN)
_j = _Partnership(ASHWICK_DIR, ASHWICK)
_k = _Partnership(LINTMOOR_DIR, LINTMOOR)
_l = _Partnership(SALLOWMERE_DIR, SALLOWMERE)
_m = _Partnership(ORRINDALE_DIR, ORRINDALE)
_n = _Partnership(AMBLEDOWN_DIR, AMBLEDOWN)
_o = _Partnership(BRINDLECOTE_DIR, BRINDLECOTE)
_p = _Partnership(TARNHOLT_DIR, TARNHOLT)
_q = _Partnership(CADDISFORD_DIR, CADDISFORD)
_r = _Partnership(CORVENBRIDGE_DIR, CORVENBRIDGE)
_s = _Partnership(FALLOWDEN_DIR, FALLOWDEN)
_t = _Partnership(ELDERHYTHE_DIR, ELDERHYTHE)
_u = _Partnership(HOLLOWMEAD_DIR, HOLLOWMEAD)
_v = _Partnership(WRENFOLD_DIR, WRENFOLD)
_w = _Partnership(MERROWGATE_DIR, MERROWGATE)
_x = _Partnership(STANNERLEY_DIR, STANNERLEY)
_y = _Partnership(IVERBECK_DIR, IVERBECK)
_z = _Partnership(BRACKENHOLME_DIR, BRACKENHOLME)
_za = _Partnership(LARKSTEAD_DIR, LARKSTEAD)
_zb = _Partnership(WYCHBOURNE_DIR, WYCHBOURNE)
_zc = _Partnership(STAITHWICK_DIR, STAITHWICK)
_zd = _Partnership(FENHALLOW_DIR, FENHALLOW)
_ze = _Partnership(SKELDERWYKE_DIR, SKELDERWYKE)
_zf = _Partnership(KELSTHORPE_DIR, KELSTHORPE)
_zg = _Partnership(GLYNMORLAN_DIR, GLYNMORLAN)
_zh = _Partnership(RUSHBECK_DIR, RUSHBECK)
_zi = _Partnership(ELLERDYKE_DIR, ELLERDYKE)
_zj = _Partnership(SALTMARDEN_DIR, SALTMARDEN)
_zk = _Partnership(STAVENHAM_DIR, STAVENHAM)
_zl = _Partnership(KETTERWOLD_DIR, KETTERWOLD)
_zm = _Partnership(SANDLEBURY_DIR, SANDLEBURY)


BOARD = "Kestrelford Community Safety Partnership Board minutes"
DOCUMENTS: tuple[Document, ...] = (
    _a(
        "annual-report-2022-23.pdf",
        annual_reports.TITLE_2223,
        "annual report",
        "2022-23",
        "2023-07-12",
        annual_reports.write_annual_report_2223,
    ),
    _a(
        "annual-report-2023-24.pdf",
        "Kestrelford Community Safety Partnership Annual Report 2023-24",
        "annual report",
        "2023-24",
        "2024-07-10",
        annual_reports.write_annual_report_2324,
    ),
    _a(
        "strategic-assessment-2023.pdf",
        assessment.TITLE,
        "strategic assessment",
        "2023-24",
        "2023-05-15",
        assessment.write_assessment,
    ),
    _a(
        "minutes-2023-06-14.pdf",
        f"{BOARD}, 14 June 2023",
        "minutes",
        "2023-24",
        "2023-06-14",
        minutes.write_minutes_june,
    ),
    _a(
        "minutes-2023-09-20.pdf",
        f"{BOARD}, 20 September 2023",
        "minutes",
        "2023-24",
        "2023-09-20",
        minutes.write_minutes_september,
    ),
    _a(
        "minutes-2023-12-06.pdf",
        f"{BOARD}, 6 December 2023",
        "minutes",
        "2023-24",
        "2023-12-06",
        minutes.write_minutes_december,
    ),
    _a(
        "minutes-2024-03-12.pdf",
        f"{BOARD}, 12 March 2024",
        "minutes",
        "2023-24",
        "2024-03-12",
        minutes_short.write_minutes_march,
    ),
    Document(
        f"{KESTRELFORD_DIR}/minutes-2024-06-11-signed.pdf",
        f"{BOARD}, 11 June 2024 (signed, scanned)",
        "minutes",
        "2024-25",
        KESTRELFORD,
        "2024-06-11",
        minutes_short.write_minutes_june_2024,
        scanned=True,
    ),
    _b(
        "annual-report-2023-24.pdf",
        b_report.TITLE,
        "annual report",
        "2023-24",
        "2024-06-28",
        b_report.write_annual_report,
    ),
    _b(
        "strategic-assessment-2024.pdf",
        thistlecombe_papers.SA_TITLE,
        "strategic assessment",
        "2024-25",
        "2024-02-01",
        thistlecombe_papers.write_assessment,
    ),
    _b(
        "minutes-2024-01-24.pdf",
        "Thistlecombe Safer Communities Partnership Executive Group minutes, 24 January 2024",
        "minutes",
        "2023-24",
        "2024-01-24",
        thistlecombe_papers.write_minutes,
    ),
    _c(
        "annual-report-2021-22.pdf",
        c_2122.TITLE,
        "annual report",
        "2021-22",
        "2022-07-14",
        c_2122.write_annual_report,
    ),
    _c(
        "annual-report-2022-23.pdf",
        c_2223.TITLE,
        "annual report",
        "2022-23",
        "2023-07-06",
        c_2223.write_annual_report,
    ),
    _c(
        "strategic-assessment-2022.pdf",
        c_assessment.TITLE,
        "strategic assessment",
        "2022-23",
        "2022-05-20",
        c_assessment.write_assessment,
    ),
    _c(
        "minutes-2022-06-08.pdf",
        f"{c_minutes.BOARD} minutes, 8 June 2022",
        "minutes",
        "2022-23",
        "2022-06-08",
        c_minutes.write_minutes_june,
    ),
    _c(
        "board-minutes-october-2022.pdf",
        f"{c_minutes.BOARD} minutes, 12 October 2022",
        "minutes",
        "2022-23",
        "2022-10-12",
        c_minutes.write_minutes_october,
        catalogued=False,
    ),
    _c(
        "minutes-2023-02-15-signed.pdf",
        f"{c_minutes.BOARD} minutes, 15 February 2023 (signed, scanned)",
        "minutes",
        "2022-23",
        "2023-02-15",
        c_signed.write_minutes_february,
        scanned=True,
    ),
    _d(
        "annual-report-2023-24.pdf",
        d_reports.TITLE_2324,
        "annual report",
        "2023-24",
        "2024-06-26",
        d_reports.write_annual_report_2324,
    ),
    _d(
        "annual-report-2024-25.pdf",
        d_reports.TITLE_2425,
        "annual report",
        "2024-25",
        "2025-07-09",
        d_reports.write_annual_report_2425,
    ),
    _d(
        "strategic-assessment-2024.pdf",
        d_assessment.TITLE,
        "strategic assessment",
        "2024-25",
        "2024-02-20",
        d_assessment.write_assessment,
    ),
    _d(
        "minutes-2024-05-14.pdf",
        f"{QUILLBROOK_BOARD} minutes, 14 May 2024",
        "minutes",
        "2024-25",
        "2024-05-14",
        d_minutes.write_minutes_may,
    ),
    _d(
        "minutes-2024-09-10-signed.pdf",
        f"{QUILLBROOK_BOARD} note of meeting, 10 September 2024 (signed, scanned)",
        "minutes",
        "2024-25",
        "2024-09-10",
        d_minutes.write_minutes_september,
        scanned=True,
    ),
    _d(
        "minutes-2025-01-14.pdf",
        f"{QUILLBROOK_BOARD} minutes, 14 January 2025",
        "minutes",
        "2024-25",
        "2025-01-14",
        d_minutes.write_minutes_january,
    ),
    _e(
        "annual-report-2024-25.pdf",
        e_2425.TITLE,
        "annual report",
        "2024-25",
        "2025-07-15",
        e_2425.write_annual_report,
    ),
    _e(
        "annual-report-2025-26.pdf",
        e_2526.TITLE,
        "annual report",
        "2025-26",
        "2026-07-08",
        e_2526.write_annual_report,
    ),
    _e(
        "strategic-assessment-2025.pdf",
        e_assessment.TITLE,
        "strategic assessment",
        "2025-26",
        "2025-02-21",
        e_assessment.write_assessment,
    ),
    _e(
        "minutes-2025-06-17.pdf",
        f"{CALDERWICK_EXECUTIVE} minutes, 17 June 2025",
        "minutes",
        "2025-26",
        "2025-06-17",
        e_minutes.write_minutes_june,
    ),
    _e(
        "decisions-2025-09-16.pdf",
        f"{CALDERWICK_EXECUTIVE} record of decisions, 16 September 2025",
        "minutes",
        "2025-26",
        "2025-09-16",
        e_minutes.write_minutes_september,
    ),
    _e(
        "action-notes-2025-12-09-signed.pdf",
        f"{CALDERWICK_EXECUTIVE} action notes, 9 December 2025 (signed, scanned)",
        "minutes",
        "2025-26",
        "2025-12-09",
        e_notes.write_notes_december,
        scanned=True,
    ),
    _f(
        "annual-report-2020-21.pdf",
        f_2021.TITLE,
        "annual report",
        "2020-21",
        "2021-06-24",
        f_2021.write_annual_report,
    ),
    _f(
        "partnership-strategic-assessment-2021.pdf",
        f_assessment.TITLE,
        "strategic assessment",
        "2021-22",
        "2021-05-12",
        f_assessment.write_assessment,
    ),
    _f(
        "strategy-group-minutes-2021-07-08.pdf",
        f"{DRAYHURST_GROUP} minutes, 8 July 2021",
        "minutes",
        "2021-22",
        "2021-07-08",
        f_minutes.write_minutes_july,
    ),
    _f(
        "strategy-group-decision-log-2021-10-14.pdf",
        f"{DRAYHURST_GROUP} decision log, 14 October 2021",
        "minutes",
        "2021-22",
        "2021-10-14",
        f_minutes.write_decision_log_october,
    ),
    _f(
        "strategy-group-note-2022-01-20-signed.pdf",
        f"{DRAYHURST_GROUP} note of meeting, 20 January 2022 (signed, scanned)",
        "minutes",
        "2021-22",
        "2022-01-20",
        f_note.write_note_january,
        scanned=True,
    ),
    _f(
        "annual-report-2021-22.pdf",
        f_2122.TITLE,
        "annual report",
        "2021-22",
        "2022-07-14",
        f_2122.write_annual_report,
    ),
    _g(
        "annual-report-2022-23.pdf",
        g_2223.TITLE,
        "annual report",
        "2022-23",
        "2023-07-18",
        g_2223.write_annual_report,
    ),
    _g(
        "commissioning-plan-2023-24.pdf",
        g_plan.TITLE,
        "plan",
        "2023-24",
        "2023-03-14",
        g_plan.write_plan,
    ),
    _g(
        "board-action-log-2023-06-20.pdf",
        f"{RAVENSHOLT_BOARD} action log, 20 June 2023",
        "minutes",
        "2023-24",
        "2023-06-20",
        g_minutes.write_action_log_june,
    ),
    _g(
        "board-minutes-2023-10-17.pdf",
        f"{RAVENSHOLT_BOARD} minutes, 17 October 2023",
        "minutes",
        "2023-24",
        "2023-10-17",
        g_minutes.write_minutes_october,
    ),
    _g(
        "strategic-intelligence-assessment-2024.pdf",
        g_assessment.TITLE,
        "strategic assessment",
        "2024-25",
        "2024-01-09",
        g_assessment.write_assessment,
    ),
    _g(
        "board-decisions-2024-01-23-signed.pdf",
        f"{RAVENSHOLT_BOARD} record of decisions, 23 January 2024 (signed, scanned)",
        "minutes",
        "2023-24",
        "2024-01-23",
        g_note.write_decisions_january,
        scanned=True,
    ),
    _g(
        "annual-review-2023-24.pdf",
        g_2324.TITLE,
        "annual report",
        "2023-24",
        "2024-07-16",
        g_2324.write_annual_review,
    ),
    _h(
        "board-minutes-2022-11-15.pdf",
        f"{PELLINGHAM_BOARD} minutes, 15 November 2022",
        "minutes",
        "2022-23",
        "2022-11-15",
        h_minutes.write_minutes_november,
    ),
    _h(
        "jsna-community-safety-2022.pdf",
        h_assessment.TITLE,
        "strategic assessment",
        "2023-24",
        "2023-01-17",
        h_assessment.write_assessment,
    ),
    _h(
        "board-notes-2023-03-07.pdf",
        f"{PELLINGHAM_BOARD} notes of meeting, 7 March 2023",
        "minutes",
        "2022-23",
        "2023-03-07",
        h_notes.write_notes_march,
    ),
    _h(
        "opcc-grant-letter-2023-03-28-scanned.pdf",
        f"{h_letter.TITLE} (scanned)",
        "other",
        "2023-24",
        "2023-03-28",
        h_letter.write_letter,
        scanned=True,
    ),
    _h(
        "annual-report-2022-23.pdf",
        h_report.TITLE,
        "annual report",
        "2022-23",
        "2023-09-12",
        h_report.write_annual_report,
    ),
    _h(
        "delivery-plan-2023-24.pdf",
        h_plan.TITLE,
        "plan",
        "2023-24",
        "2023-09-30",
        h_plan.write_plan,
    ),
    _i(
        "strategic-assessment-2024.pdf",
        i_assessment.TITLE,
        "strategic assessment",
        "2024-25",
        "2024-02-26",
        i_assessment.write_assessment,
    ),
    _i(
        "annual-statement-2023-24.pdf",
        i_reports.TITLE_2324,
        "annual report",
        "2023-24",
        "2024-06-27",
        i_reports.write_annual_statement,
    ),
    _i(
        "partnership-group-minutes-2024-07-16.pdf",
        f"{HARTLEBURN_GROUP} minutes, 16 July 2024",
        "minutes",
        "2024-25",
        "2024-07-16",
        i_minutes.write_minutes_july,
    ),
    _i(
        "partnership-group-decision-log-2024-10-15.pdf",
        f"{HARTLEBURN_GROUP} decision log, 15 October 2024",
        "minutes",
        "2024-25",
        "2024-10-15",
        i_minutes.write_decision_log_october,
    ),
    _i(
        "partnership-group-action-notes-2025-01-21.pdf",
        f"{HARTLEBURN_GROUP} action notes, 21 January 2025",
        "minutes",
        "2024-25",
        "2025-01-21",
        i_minutes.write_notes_january,
    ),
    _i(
        "delegated-decision-2025-03-11-signed.pdf",
        f"{i_notice.TITLE}, 11 March 2025 (signed, scanned)",
        "minutes",
        "2024-25",
        "2025-03-11",
        i_notice.write_notice,
        scanned=True,
    ),
    _i(
        "annual-report-2024-25-plan-refresh-2025-26.pdf",
        i_reports.TITLE_2526,
        "annual report",
        "2024-25",
        "2025-07-08",
        i_reports.write_plan_refresh,
    ),
    _j(
        "annual-report-2022-23.pdf",
        j_reports.TITLE_2223,
        "annual report",
        "2022-23",
        "2023-06-29",
        j_reports.write_annual_report_2223,
    ),
    _j(
        "strategic-assessment-2023.pdf",
        j_assessment.TITLE,
        "strategic assessment",
        "2023-24",
        "2023-05-25",
        j_assessment.write_assessment,
    ),
    _j(
        "board-minutes-2023-06-20.pdf",
        f"{ASHWICK} minutes, 20 June 2023",
        "minutes",
        "2023-24",
        "2023-06-20",
        j_minutes.write_minutes_june,
    ),
    _j(
        "board-minutes-2023-09-19.pdf",
        f"{ASHWICK} minutes, 19 September 2023",
        "minutes",
        "2023-24",
        "2023-09-19",
        j_minutes.write_minutes_september,
    ),
    _j(
        "virtual-meeting-notes-2023-12-12.pdf",
        f"{ASHWICK} notes of the virtual meeting, 12 December 2023",
        "minutes",
        "2023-24",
        "2023-12-12",
        j_minutes.write_notes_december,
    ),
    _j(
        "urgent-decision-2024-02-06-signed.pdf",
        f"{j_urgent.TITLE}, 6 February 2024 (signed, scanned)",
        "minutes",
        "2023-24",
        "2024-02-06",
        j_urgent.write_urgent_decision,
        scanned=True,
    ),
    _j(
        "strategy-progress-report-2023-24.pdf",
        j_reports.TITLE_2324,
        "annual report",
        "2023-24",
        "2024-07-11",
        j_reports.write_progress_report_2324,
    ),
    _k(
        "strategic-intelligence-assessment-2024.pdf",
        k_assessment.TITLE,
        "strategic assessment",
        "2024-25",
        "2024-02-20",
        k_assessment.write_assessment,
    ),
    _k(
        "annual-report-2023-24.pdf",
        k_reports.TITLE_2324,
        "annual report",
        "2023-24",
        "2024-05-30",
        k_reports.write_annual_report_2324,
    ),
    _k(
        "board-minutes-2024-06-11.pdf",
        f"{LINTMOOR_BOARD} minutes, 11 June 2024",
        "minutes",
        "2024-25",
        "2024-06-11",
        k_minutes.write_minutes_june,
    ),
    _k(
        "board-notes-2024-09-17.pdf",
        f"{LINTMOOR_BOARD} notes, 17 September 2024",
        "minutes",
        "2024-25",
        "2024-09-17",
        k_minutes.write_notes_september,
    ),
    _k(
        "chairs-decision-2025-01-09-signed.pdf",
        f"{k_decision.TITLE}, 9 January 2025 (signed, scanned)",
        "minutes",
        "2024-25",
        "2025-01-09",
        k_decision.write_decision_notice,
        scanned=True,
    ),
    _k(
        "fund-allocations-2025-03-18.pdf",
        f"{LINTMOOR_BOARD}: {k_allocations.TITLE} (paper of 18 March 2025)",
        "minutes",
        "2024-25",
        "2025-03-18",
        k_allocations.write_allocations,
    ),
    _k(
        "annual-review-2024-25.pdf",
        k_reports.TITLE_2425,
        "annual report",
        "2024-25",
        "2025-07-10",
        k_reports.write_annual_review_2425,
    ),
    _l(
        "community-safety-needs-assessment-2024.pdf",
        l_assessment.TITLE,
        "strategic assessment",
        "2024-25",
        "2024-01-30",
        l_assessment.write_assessment,
    ),
    _l(
        "community-safety-partnership-plan-2024-27.pdf",
        l_plan.TITLE,
        "plan",
        "2024-25",
        "2024-03-12",
        l_plan.write_plan,
    ),
    _l(
        "opcc-grant-letter-2024-04-18.pdf",
        l_letter.TITLE,
        "other",
        "2024-25",
        "2024-04-18",
        l_letter.write_letter,
    ),
    _l(
        "board-minutes-2024-07-16.pdf",
        l_minutes.JULY,
        "minutes",
        "2024-25",
        "2024-07-16",
        l_minutes.write_minutes_july,
    ),
    _l(
        "action-and-decision-notes-2024-10-15.pdf",
        l_minutes.OCTOBER,
        "minutes",
        "2024-25",
        "2024-10-15",
        l_minutes.write_notes_october,
    ),
    _l(
        "chairs-urgent-action-2024-12-09-signed.pdf",
        f"{l_urgent.TITLE}, 9 December 2024 (signed, scanned)",
        "minutes",
        "2024-25",
        "2024-12-09",
        l_urgent.write_urgent_action,
        scanned=True,
    ),
    _l(
        "annual-report-2024-25.pdf",
        l_report.TITLE,
        "annual report",
        "2024-25",
        "2025-07-15",
        l_report.write_annual_report,
    ),
    _m(
        "strategic-assessment-2024.pdf",
        m_assessment.TITLE,
        "strategic assessment",
        "2024-25",
        "2024-02-13",
        m_assessment.write_assessment,
    ),
    _m(
        "annual-report-2023-24.pdf",
        m_2324.TITLE,
        "annual report",
        "2023-24",
        "2024-05-21",
        m_2324.write_annual_report,
    ),
    _m(
        "grants-assessment-panel-2024-05-15.pdf",
        f"{ORRINDALE}: {m_panel.TITLE}",
        "minutes",
        "2024-25",
        "2024-05-15",
        m_panel.write_panel_report,
    ),
    _m(
        "board-minutes-2024-06-11.pdf",
        m_minutes.TITLE,
        "minutes",
        "2024-25",
        "2024-06-11",
        m_minutes.write_minutes,
    ),
    _m(
        "chairs-variation-email-2024-12-02-signed.pdf",
        f"{m_variation.TITLE}, 2 December 2024 (email printout, signed, scanned)",
        "minutes",
        "2024-25",
        "2024-12-02",
        m_variation.write_variation,
        scanned=True,
    ),
    _m(
        "grants-monitoring-q3-2024-25.pdf",
        f"{ORRINDALE_BOARD}: {m_monitoring.TITLE} (paper of 4 February 2025)",
        "minutes",
        "2024-25",
        "2025-02-04",
        m_monitoring.write_monitoring_report,
    ),
    _m(
        "annual-report-2024-25.pdf",
        m_2425.TITLE,
        "annual report",
        "2024-25",
        "2025-06-24",
        m_2425.write_annual_report,
    ),
    _n(
        "annual-report-2023-24.pdf",
        n_reports.TITLE_2324,
        "annual report",
        "2023-24",
        "2024-07-09",
        n_reports.write_annual_report_2324,
    ),
    _n(
        "strategic-board-minutes-2024-09-17.pdf",
        n_minutes.BOARD_TITLE,
        "minutes",
        "2024-25",
        "2024-09-17",
        n_minutes.write_board_minutes,
    ),
    _n(
        "fund-panel-minutes-2024-11-26.pdf",
        n_minutes.PANEL_TITLE,
        "minutes",
        "2024-25",
        "2024-11-26",
        n_minutes.write_panel_minutes,
    ),
    _n(
        "strategic-assessment-2024.pdf",
        n_assessment.TITLE,
        "strategic assessment",
        "2025-26",
        "2024-11-29",
        n_assessment.write_assessment,
    ),
    _n(
        "chairs-action-2025-02-11-signed.pdf",
        f"{n_decision.TITLE}, 11 February 2025 (signed, scanned)",
        "minutes",
        "2024-25",
        "2025-02-11",
        n_decision.write_decision,
        scanned=True,
    ),
    _n(
        "community-safety-strategy-2025-28.pdf",
        n_strategy.TITLE,
        "plan",
        "2025-26",
        "2025-03-25",
        n_strategy.write_strategy,
    ),
    _n(
        "fund-spend-tracker-2024-25.pdf",
        f"{AMBLEDOWN_BOARD}: {n_tracker.TITLE} (paper of 29 April 2025)",
        "minutes",
        "2024-25",
        "2025-04-29",
        n_tracker.write_tracker,
    ),
    _n(
        "annual-report-2024-25.pdf",
        n_reports.TITLE_2425,
        "annual report",
        "2024-25",
        "2025-07-15",
        n_reports.write_annual_report_2425,
    ),
    _o(
        "terms-of-reference-2023.pdf",
        o_governance.TITLE,
        "other",
        "2023-24",
        "2023-07-11",
        o_governance.write_terms,
    ),
    _o(
        "minutes-2023-10-10.pdf",
        o_minutes.TITLE_OCTOBER,
        "minutes",
        "2023-24",
        "2023-10-10",
        o_minutes.write_minutes_october,
    ),
    _o(
        "meeting-record-2024-01-16.pdf",
        o_minutes.TITLE_JANUARY,
        "minutes",
        "2023-24",
        "2024-01-16",
        o_minutes.write_minutes_january,
    ),
    _o(
        "grants-panel-2024-05-21.pdf",
        o_grants.TITLE_PANEL,
        "minutes",
        "2024-25",
        "2024-05-21",
        o_grants.write_panel_sheet,
    ),
    _o(
        "annual-report-2023-24.pdf",
        o_reports.TITLE_2324,
        "annual report",
        "2023-24",
        "2024-07-09",
        o_reports.write_annual_report_2324,
    ),
    _o(
        "strategic-intelligence-assessment-2024.pdf",
        o_assessment.TITLE,
        "strategic assessment",
        "2025-26",
        "2024-11-19",
        o_assessment.write_assessment,
    ),
    _o(
        "grant-withdrawal-letter-2025-02-12-scanned.pdf",
        f"{o_grants.TITLE_LETTER} (scanned)",
        "other",
        "2024-25",
        "2025-02-12",
        o_grants.write_letter,
        scanned=True,
    ),
    _o(
        "annual-report-2024-25.pdf",
        o_reports.TITLE_2425,
        "annual report",
        "2024-25",
        "2025-07-08",
        o_reports.write_annual_report_2425,
    ),
    _o(
        "performance-dashboard-2025-26-q3.pdf",
        f"{o_dashboard.TITLE} (paper of 20 January 2026)",
        "minutes",
        "2025-26",
        "2026-01-20",
        o_dashboard.write_dashboard,
    ),
    _p(
        "terms-of-reference-2022.pdf",
        p_governance.TITLE_TERMS,
        "other",
        "2022-23",
        "2022-06-21",
        p_governance.write_terms,
    ),
    _p(
        "minutes-2023-09-19.pdf",
        p_minutes.TITLE_SEPTEMBER,
        "minutes",
        "2023-24",
        "2023-09-19",
        p_minutes.write_minutes_september,
    ),
    _p(
        "chairs-decision-2023-11-02-signed.pdf",
        f"{p_governance.TITLE_CHAIR}, 2 November 2023 (signed, scanned)",
        "minutes",
        "2023-24",
        "2023-11-02",
        p_governance.write_chair_decision,
        scanned=True,
    ),
    _p(
        "strategic-intelligence-assessment-2023.pdf",
        p_assessment.TITLE,
        "strategic assessment",
        "2024-25",
        "2023-11-28",
        p_assessment.write_assessment,
    ),
    _p(
        "decisions-and-actions-2023-12-12.pdf",
        p_minutes.TITLE_DECEMBER,
        "minutes",
        "2023-24",
        "2023-12-12",
        p_minutes.write_record_december,
    ),
    _p(
        "notes-of-meeting-2024-03-19.pdf",
        p_minutes.TITLE_MARCH,
        "minutes",
        "2023-24",
        "2024-03-19",
        p_minutes.write_notes_march,
    ),
    _p(
        "commissioning-plan-2024-25.pdf",
        p_reports.TITLE_PLAN,
        "plan",
        "2024-25",
        "2024-04-30",
        p_reports.write_commissioning_plan,
    ),
    _p(
        "annual-report-2023-24.pdf",
        p_reports.TITLE_2324,
        "annual report",
        "2023-24",
        "2024-07-16",
        p_reports.write_annual_report_2324,
    ),
    _p(
        "annual-report-2024-25.pdf",
        p_reports.TITLE_2425,
        "annual report",
        "2024-25",
        "2025-07-15",
        p_reports.write_annual_report_2425,
    ),
    _q(
        "minutes-2023-07-11.pdf",
        q_minutes.TITLE_JULY,
        "minutes",
        "2023-24",
        "2023-07-11",
        q_minutes.write_minutes_july,
    ),
    _q(
        "chairs-decision-2023-10-03-scanned.pdf",
        f"{q_minutes.TITLE_CHAIR}, 3 October 2023 (signed, scanned)",
        "minutes",
        "2023-24",
        "2023-10-03",
        q_minutes.write_chair_decision,
        scanned=True,
    ),
    _q(
        "decisions-and-actions-2023-11-07.pdf",
        q_minutes.TITLE_NOVEMBER,
        "minutes",
        "2023-24",
        "2023-11-07",
        q_minutes.write_record_november,
    ),
    _q(
        "strategic-intelligence-assessment-2024.pdf",
        q_assessment.TITLE,
        "strategic assessment",
        "2024-25",
        "2024-02-16",
        q_assessment.write_assessment,
    ),
    _q(
        "grants-programme-2024-25.pdf",
        q_funding.TITLE_PROGRAMME,
        "plan",
        "2024-25",
        "2024-04-02",
        q_funding.write_programme,
    ),
    _q(
        "annual-report-2023-24.pdf",
        q_reports.TITLE_2324,
        "annual report",
        "2023-24",
        "2024-07-16",
        q_reports.write_annual_report_2324,
    ),
    _q(
        "minutes-2025-01-21.pdf",
        q_minutes.TITLE_JANUARY,
        "minutes",
        "2024-25",
        "2025-01-21",
        q_minutes.write_minutes_january,
    ),
    _q(
        "annual-report-2024-25.pdf",
        q_reports.TITLE_2425,
        "annual report",
        "2024-25",
        "2025-07-15",
        q_reports.write_annual_report_2425,
    ),
    _q(
        "grants-register-2025-26.pdf",
        q_funding.TITLE_REGISTER,
        "other",
        "2025-26",
        "2025-09-30",
        q_funding.write_register,
    ),
    _r(
        "constitution-2022.pdf",
        r_governance.TITLE_CONSTITUTION,
        "other",
        "2022-23",
        "2022-06-07",
        r_governance.write_constitution,
    ),
    _r(
        "strategic-intelligence-assessment-2023.pdf",
        r_assessment.TITLE,
        "strategic assessment",
        "2023-24",
        "2023-01-24",
        r_assessment.write_assessment,
    ),
    _r(
        "minutes-2023-03-14.pdf",
        r_minutes.TITLE_MARCH,
        "minutes",
        "2022-23",
        "2023-03-14",
        r_minutes.write_minutes_march,
    ),
    _r(
        "allocation-plan-2023-24.pdf",
        r_reports.TITLE_PLAN,
        "plan",
        "2023-24",
        "2023-04-18",
        r_reports.write_plan,
    ),
    _r(
        "decision-notice-2023-05-09-scanned.pdf",
        f"{r_governance.TITLE_NOTICE}, 9 May 2023 (signed, scanned)",
        "minutes",
        "2023-24",
        "2023-05-09",
        r_governance.write_notice,
        scanned=True,
    ),
    _r(
        "action-log-2023-07-04.pdf",
        r_minutes.TITLE_JULY,
        "minutes",
        "2023-24",
        "2023-07-04",
        r_minutes.write_log_july,
    ),
    _r(
        "grant-letter-2024-03-08.pdf",
        r_governance.TITLE_LETTER,
        "other",
        "2024-25",
        "2024-03-08",
        r_governance.write_letter,
    ),
    _r(
        "annual-report-2023-24.pdf",
        r_reports.TITLE_2324,
        "annual report",
        "2023-24",
        "2024-05-28",
        r_reports.write_annual_report_2324,
    ),
    _r(
        "minutes-2024-06-18.pdf",
        r_minutes.TITLE_JUNE,
        "minutes",
        "2024-25",
        "2024-06-18",
        r_minutes.write_minutes_june,
    ),
    _r(
        "annual-report-2024-25.pdf",
        r_reports.TITLE_2425,
        "annual report",
        "2024-25",
        "2025-07-15",
        r_reports.write_annual_report_2425,
    ),
    _s(
        "annual-report-2022-23.pdf",
        s_reports.TITLE_2223,
        "annual report",
        "2022-23",
        "2023-07-12",
        s_reports.write_annual_report_2223,
    ),
    _s(
        "minutes-2023-06-20.pdf",
        s_minutes.TITLE_JUNE_2023,
        "minutes",
        "2023-24",
        "2023-06-20",
        s_minutes.write_minutes_june_2023,
    ),
    _s(
        "safer-places-fund-schedule-2023-24.pdf",
        s_funding.TITLE_SCHEDULE,
        "minutes",
        "2023-24",
        "2023-06-27",
        s_funding.write_schedule,
    ),
    _s(
        "strategic-intelligence-assessment-2023.pdf",
        s_assessment.TITLE,
        "strategic assessment",
        "2023-24",
        "2023-11-14",
        s_assessment.write_assessment,
    ),
    _s(
        "chairs-decision-2024-01-16-scanned.pdf",
        f"{s_funding.TITLE_CHAIR}, 16 January 2024 (signed, scanned)",
        "minutes",
        "2023-24",
        "2024-01-16",
        s_funding.write_chair_decision,
        scanned=True,
    ),
    _s(
        "decisions-and-actions-2024-03-12.pdf",
        s_minutes.TITLE_MARCH_2024,
        "minutes",
        "2023-24",
        "2024-03-12",
        s_minutes.write_record_march_2024,
    ),
    _s(
        "notes-of-annual-meeting-2024-06-18.pdf",
        s_minutes.TITLE_JUNE_2024,
        "minutes",
        "2024-25",
        "2024-06-18",
        s_minutes.write_notes_june_2024,
    ),
    _s(
        "annual-report-2023-24.pdf",
        s_reports.TITLE_2324,
        "annual report",
        "2023-24",
        "2024-07-09",
        s_reports.write_annual_report_2324,
    ),
    _s(
        "annual-report-2024-25.pdf",
        s_reports.TITLE_2425,
        "annual report",
        "2024-25",
        "2025-07-15",
        s_reports.write_annual_report_2425,
    ),
    _t(
        "minutes-2023-06-13.pdf",
        t_minutes.TITLE_JUNE,
        "minutes",
        "2023-24",
        "2023-06-13",
        t_minutes.write_minutes_june,
    ),
    _t(
        "annual-report-2022-23.pdf",
        t_reports.TITLE_2223,
        "annual report",
        "2022-23",
        "2023-07-19",
        t_reports.write_annual_report_2223,
    ),
    _t(
        "decisions-and-actions-2023-09-19.pdf",
        t_minutes.TITLE_SEPTEMBER,
        "minutes",
        "2023-24",
        "2023-09-19",
        t_minutes.write_record_september,
    ),
    _t(
        "grants-schedule-2023-24.pdf",
        t_funding.TITLE_SCHEDULE,
        "plan",
        "2023-24",
        "2023-10-02",
        t_funding.write_schedule,
    ),
    _t(
        "urgent-decision-2023-11-28-scanned.pdf",
        f"{t_funding.TITLE_URGENT}, 28 November 2023 (signed, scanned)",
        "minutes",
        "2023-24",
        "2023-11-28",
        t_funding.write_urgent_decision,
        scanned=True,
    ),
    _t(
        "strategic-intelligence-assessment-2023.pdf",
        t_assessment.TITLE,
        "strategic assessment",
        "2023-24",
        "2023-12-05",
        t_assessment.write_assessment,
    ),
    _t(
        "minutes-2024-01-23.pdf",
        t_minutes.TITLE_JANUARY,
        "minutes",
        "2023-24",
        "2024-01-23",
        t_minutes.write_minutes_january,
    ),
    _t(
        "annual-report-2023-24.pdf",
        t_reports.TITLE_2324,
        "annual report",
        "2023-24",
        "2024-07-16",
        t_reports.write_annual_report_2324,
    ),
    _t(
        "annual-report-2024-25.pdf",
        t_reports.TITLE_2425,
        "annual report",
        "2024-25",
        "2025-07-15",
        t_reports.write_annual_report_2425,
    ),
    _u(
        "annual-report-2021-22.pdf",
        u_reports.TITLE_2122,
        "annual report",
        "2021-22",
        "2022-07-12",
        u_reports.write_annual_report_2122,
    ),
    _u(
        "minutes-2022-09-29.pdf",
        u_minutes.TITLE_SEPTEMBER,
        "minutes",
        "2022-23",
        "2022-09-29",
        u_minutes.write_minutes_september,
    ),
    _u(
        "chairs-action-2022-11-18-scanned.pdf",
        f"{u_funding.TITLE_CHAIRS_ACTION}, 18 November 2022 (signed, scanned)",
        "minutes",
        "2022-23",
        "2022-11-18",
        u_funding.write_chairs_action,
        scanned=True,
    ),
    _u(
        "strategic-intelligence-assessment-2022.pdf",
        u_assessment.TITLE,
        "strategic assessment",
        "2022-23",
        "2022-12-06",
        u_assessment.write_assessment,
    ),
    _u(
        "minutes-2023-01-25.pdf",
        u_minutes.TITLE_JANUARY,
        "minutes",
        "2022-23",
        "2023-01-25",
        u_minutes.write_minutes_january,
    ),
    _u(
        "funding-plan-2023-24.pdf",
        u_funding.TITLE_PLAN,
        "plan",
        "2023-24",
        "2023-04-17",
        u_funding.write_plan,
    ),
    _u(
        "decision-log-2023-06-13.pdf",
        u_minutes.TITLE_JUNE,
        "minutes",
        "2023-24",
        "2023-06-13",
        u_minutes.write_log_june,
    ),
    _u(
        "annual-report-2022-23.pdf",
        u_reports.TITLE_2223,
        "annual report",
        "2022-23",
        "2023-07-18",
        u_reports.write_annual_report_2223,
    ),
    _u(
        "bulletin-autumn-2023.pdf",
        u_bulletin.TITLE,
        "other",
        "2023-24",
        "2023-11-23",
        u_bulletin.write_bulletin,
    ),
    _v(
        "strategic-assessment-2024.pdf",
        v_assessment.TITLE,
        "strategic assessment",
        "2023-24",
        "2024-03-15",
        v_assessment.write_assessment,
    ),
    _v(
        "minutes-2024-05-21.pdf",
        v_minutes.TITLE_MAY,
        "minutes",
        "2024-25",
        "2024-05-21",
        v_minutes.write_minutes_may,
    ),
    _v(
        "terms-of-reference-2024.pdf",
        v_governance.TITLE,
        "other",
        "2024-25",
        "2024-05-21",
        v_governance.write_terms,
    ),
    _v(
        "annual-report-2023-24.pdf",
        v_reports.TITLE_2324,
        "annual report",
        "2023-24",
        "2024-07-30",
        v_reports.write_annual_report_2324,
    ),
    _v(
        "funding-sub-group-2024-07-09-scanned.pdf",
        f"{v_funding.TITLE_SHEET}, 9 July 2024 (signed, scanned)",
        "minutes",
        "2024-25",
        "2024-07-09",
        v_funding.write_sheet,
        scanned=True,
    ),
    _v(
        "minutes-2024-09-24.pdf",
        v_minutes.TITLE_SEPTEMBER,
        "minutes",
        "2024-25",
        "2024-09-24",
        v_minutes.write_minutes_september,
    ),
    _v(
        "decisions-2025-01-28.pdf",
        v_minutes.TITLE_JANUARY,
        "minutes",
        "2024-25",
        "2025-01-28",
        v_minutes.write_record_january,
    ),
    _v(
        "grant-register-2024-25.pdf",
        v_funding.TITLE_REGISTER,
        "plan",
        "2025-26",
        "2025-04-29",
        v_funding.write_register,
    ),
    _v(
        "annual-report-2024-25.pdf",
        v_reports.TITLE_2425,
        "annual report",
        "2024-25",
        "2025-07-15",
        v_reports.write_annual_report_2425,
    ),
    _w(
        "annual-report-2022-23.pdf",
        w_reports.TITLE_2223,
        "annual report",
        "2022-23",
        "2023-07-18",
        w_reports.write_annual_report_2223,
    ),
    _w(
        "minutes-2023-06-14.pdf",
        w_minutes.TITLE_JUNE,
        "minutes",
        "2023-24",
        "2023-06-14",
        w_minutes.write_minutes_june,
    ),
    _w(
        "strategic-intelligence-assessment-2023.pdf",
        w_assessment.TITLE,
        "strategic assessment",
        "2023-24",
        "2023-11-24",
        w_assessment.write_assessment,
    ),
    _w(
        "notes-and-actions-2023-12-07.pdf",
        w_minutes.TITLE_DECEMBER,
        "minutes",
        "2023-24",
        "2023-12-07",
        w_minutes.write_notes_december,
    ),
    _w(
        "bid-panel-2024-02-20-scanned.pdf",
        f"{w_funding.TITLE_PANEL}, 20 February 2024 (signed, scanned)",
        "minutes",
        "2023-24",
        "2024-02-20",
        w_funding.write_panel,
        scanned=True,
    ),
    _w(
        "partnership-agreement-2024.pdf",
        w_governance.TITLE,
        "other",
        "2023-24",
        "2024-03-12",
        w_governance.write_agreement,
    ),
    _w(
        "funding-decisions-register-2023-24.pdf",
        w_funding.TITLE_REGISTER,
        "other",
        "2023-24",
        "2024-04-30",
        w_funding.write_register,
    ),
    _w(
        "annual-report-2023-24.pdf",
        w_reports.TITLE_2324,
        "annual report",
        "2023-24",
        "2024-07-16",
        w_reports.write_annual_report_2324,
    ),
    _x(
        "annual-report-2023-24.pdf",
        x_reports.TITLE_2324,
        "annual report",
        "2023-24",
        "2024-07-17",
        x_reports.write_annual_report_2324,
    ),
    _x(
        "board-minutes-2024-06-12.pdf",
        x_minutes.TITLE_JUNE,
        "minutes",
        "2024-25",
        "2024-06-12",
        x_minutes.write_minutes_june,
    ),
    _x(
        "strategic-assessment-2024.pdf",
        x_assessment.TITLE,
        "strategic assessment",
        "2024-25",
        "2024-10-04",
        x_assessment.write_assessment,
    ),
    _x(
        "board-notes-2024-10-16.pdf",
        x_minutes.TITLE_OCTOBER,
        "minutes",
        "2024-25",
        "2024-10-16",
        x_minutes.write_notes_october,
    ),
    _x(
        "grants-panel-2025-01-22-scanned.pdf",
        f"{x_funding.TITLE_PANEL}, 22 January 2025 (signed, scanned)",
        "minutes",
        "2024-25",
        "2025-01-22",
        x_funding.write_panel,
        scanned=True,
    ),
    _x(
        "board-minutes-2025-03-19.pdf",
        x_minutes.TITLE_MARCH,
        "minutes",
        "2024-25",
        "2025-03-19",
        x_minutes.write_minutes_march,
    ),
    _x(
        "terms-of-reference-2025.pdf",
        x_governance.TITLE,
        "other",
        "2024-25",
        "2025-03-19",
        x_governance.write_terms,
    ),
    _x(
        "funding-plan-2025-26.pdf",
        x_funding.TITLE_PLAN,
        "other",
        "2025-26",
        "2025-03-19",
        x_funding.write_plan,
    ),
    _x(
        "annual-report-2024-25.pdf",
        x_reports.TITLE_2425,
        "annual report",
        "2024-25",
        "2025-07-16",
        x_reports.write_annual_report_2425,
    ),
    _y(
        "annual-report-2022-23.pdf",
        y_reports.TITLE_2223,
        "annual report",
        "2022-23",
        "2023-07-19",
        y_reports.write_annual_report_2223,
    ),
    _y(
        "strategy-group-minutes-2023-06-21.pdf",
        y_minutes.TITLE_JUNE,
        "minutes",
        "2023-24",
        "2023-06-21",
        y_minutes.write_minutes_june,
    ),
    _y(
        "strategic-intelligence-assessment-2023.pdf",
        y_assessment.TITLE,
        "strategic assessment",
        "2023-24",
        "2023-10-02",
        y_assessment.write_assessment,
    ),
    _y(
        "strategy-group-record-2023-10-11.pdf",
        y_minutes.TITLE_OCTOBER,
        "minutes",
        "2023-24",
        "2023-10-11",
        y_minutes.write_record_october,
    ),
    _y(
        "extraordinary-meeting-2024-01-24-scanned.pdf",
        f"{y_minutes.TITLE_JANUARY} (signed, scanned)",
        "minutes",
        "2023-24",
        "2024-01-24",
        y_minutes.write_note_january,
        scanned=True,
    ),
    _y(
        "terms-of-reference-2024.pdf",
        y_governance.TITLE,
        "other",
        "2024-25",
        "2024-03-13",
        y_governance.write_terms,
    ),
    _y(
        "funding-framework-2024-25.pdf",
        y_funding.TITLE,
        "other",
        "2024-25",
        "2024-03-13",
        y_funding.write_framework,
    ),
    _y(
        "delivery-plan-2024-25.pdf",
        y_plan.TITLE,
        "other",
        "2024-25",
        "2024-03-13",
        y_plan.write_plan,
    ),
    _y(
        "annual-report-2023-24.pdf",
        y_reports.TITLE_2324,
        "annual report",
        "2023-24",
        "2024-07-17",
        y_reports.write_annual_report_2324,
    ),
    _z(
        "annual-report-2023-24.pdf",
        z_reports.TITLE_2324,
        "annual report",
        "2023-24",
        "2024-05-22",
        z_reports.write_annual_report_2324,
    ),
    _z(
        "executive-board-minutes-2024-06-12.pdf",
        z_minutes.TITLE_JUNE,
        "minutes",
        "2024-25",
        "2024-06-12",
        z_minutes.write_minutes_june,
    ),
    _z(
        "strategic-assessment-2024.pdf",
        z_assessment.TITLE,
        "strategic assessment",
        "2024-25",
        "2024-08-07",
        z_assessment.write_assessment,
    ),
    _z(
        "executive-board-notes-2024-09-25.pdf",
        z_minutes.TITLE_SEPTEMBER,
        "minutes",
        "2024-25",
        "2024-09-25",
        z_minutes.write_notes_september,
    ),
    _z(
        "extraordinary-meeting-2025-01-22-scanned.pdf",
        f"{z_minutes.TITLE_JANUARY} (signed, scanned)",
        "minutes",
        "2024-25",
        "2025-01-22",
        z_minutes.write_note_january,
        scanned=True,
    ),
    _z(
        "terms-of-reference-2025.pdf",
        z_governance.TITLE_TERMS,
        "other",
        "2025-26",
        "2025-03-19",
        z_governance.write_terms,
    ),
    _z(
        "fund-prospectus-2025-26.pdf",
        z_governance.TITLE_PROSPECTUS,
        "other",
        "2025-26",
        "2025-03-19",
        z_governance.write_prospectus,
    ),
    _z(
        "action-plan-2025-26.pdf",
        z_governance.TITLE_PLAN,
        "other",
        "2025-26",
        "2025-03-19",
        z_governance.write_plan,
    ),
    _z(
        "annual-report-2024-25.pdf",
        z_reports.TITLE_2425,
        "annual report",
        "2024-25",
        "2025-07-16",
        z_reports.write_annual_report_2425,
    ),
    _za(
        "annual-report-2022-23.pdf",
        za_reports.TITLE_2223,
        "annual report",
        "2022-23",
        "2023-09-20",
        za_reports.write_annual_report_2223,
    ),
    _za(
        "leadership-board-minutes-2023-07-12.pdf",
        za_minutes.TITLE_JULY,
        "minutes",
        "2023-24",
        "2023-07-12",
        za_minutes.write_minutes_july,
    ),
    _za(
        "leadership-board-action-notes-2023-10-18.pdf",
        za_minutes.TITLE_OCTOBER,
        "minutes",
        "2023-24",
        "2023-10-18",
        za_minutes.write_notes_october,
    ),
    _za(
        "strategic-assessment-2023.pdf",
        za_assessment.TITLE,
        "strategic assessment",
        "2023-24",
        "2023-11-08",
        za_assessment.write_assessment,
    ),
    _za(
        "leadership-board-decision-sheet-2024-01-24.pdf",
        za_minutes.TITLE_JANUARY,
        "minutes",
        "2023-24",
        "2024-01-24",
        za_minutes.write_decisions_january,
    ),
    _za(
        "delegated-decision-2024-02-14-scanned.pdf",
        f"{za_governance.TITLE_DECISION}, 14 February 2024 (signed, scanned)",
        "minutes",
        "2023-24",
        "2024-02-14",
        za_governance.write_delegated_decision,
        scanned=True,
    ),
    _za(
        "local-safety-fund-tracker-2023-24.pdf",
        f"{LARKSTEAD_BOARD}: {za_governance.TITLE_TRACKER}",
        "other",
        "2023-24",
        "2024-04-02",
        za_governance.write_tracker,
    ),
    _za(
        "terms-of-reference-2024.pdf",
        za_governance.TITLE_TERMS,
        "other",
        "2024-25",
        "2024-04-17",
        za_governance.write_terms,
    ),
    _za(
        "annual-report-2023-24.pdf",
        za_reports.TITLE_2324,
        "annual report",
        "2023-24",
        "2024-08-21",
        za_reports.write_annual_report_2324,
    ),
    _zb(
        "annual-report-2024-25.pdf",
        zb_2425.TITLE_2425,
        "annual report",
        "2024-25",
        "2025-09-24",
        zb_2425.write_annual_report_2425,
    ),
    _zb(
        "steering-group-minutes-2025-06-10.pdf",
        zb_minutes.TITLE_JUNE,
        "minutes",
        "2025-26",
        "2025-06-10",
        zb_minutes.write_minutes_june,
    ),
    _zb(
        "terms-of-reference-2025.pdf",
        zb_governance.TITLE_TERMS,
        "other",
        "2025-26",
        "2025-06-10",
        zb_governance.write_terms,
    ),
    _zb(
        "steering-group-notes-2025-09-16.pdf",
        zb_minutes.TITLE_SEPTEMBER,
        "minutes",
        "2025-26",
        "2025-09-16",
        zb_minutes.write_notes_september,
    ),
    _zb(
        "resources-sub-group-decision-log-2025-11-11.pdf",
        zb_decisions.TITLE_LOG,
        "minutes",
        "2025-26",
        "2025-11-11",
        zb_decisions.write_decision_log,
    ),
    _zb(
        "strategic-assessment-2025.pdf",
        zb_assessment.TITLE_SA,
        "strategic assessment",
        "2025-26",
        "2025-12-09",
        zb_assessment.write_assessment,
    ),
    _zb(
        "steering-group-minutes-2026-03-03-scanned.pdf",
        f"{zb_decisions.TITLE_MARCH} (signed, scanned)",
        "minutes",
        "2025-26",
        "2026-03-03",
        zb_decisions.write_minutes_march,
        scanned=True,
    ),
    _zb(
        "funding-plan-2026-27.pdf",
        zb_governance.TITLE_PLAN,
        "other",
        "2026-27",
        "2026-03-20",
        zb_governance.write_plan,
    ),
    _zb(
        "annual-report-2025-26.pdf",
        zb_2526.TITLE_2526,
        "annual report",
        "2025-26",
        "2026-08-19",
        zb_2526.write_annual_report_2526,
    ),
    _zc(
        "annual-report-2022-23.pdf",
        zc_2223.TITLE_2223,
        "annual report",
        "2022-23",
        "2023-07-19",
        zc_2223.write_annual_report_2223,
    ),
    _zc(
        "board-minutes-2023-05-17.pdf",
        zc_minutes.TITLE_MAY,
        "minutes",
        "2023-24",
        "2023-05-17",
        zc_minutes.write_minutes_may,
    ),
    _zc(
        "fpg-notes-2023-08-09-scanned.pdf",
        f"{zc_panel.TITLE_FPG} (signed, scanned)",
        "minutes",
        "2023-24",
        "2023-08-09",
        zc_panel.write_notes_august,
        scanned=True,
    ),
    _zc(
        "strategic-assessment-2023.pdf",
        zc_assessment.TITLE_SA,
        "strategic assessment",
        "2023-24",
        "2023-11-22",
        zc_assessment.write_assessment,
    ),
    _zc(
        "board-record-of-decisions-2024-01-24.pdf",
        zc_minutes.TITLE_JANUARY,
        "minutes",
        "2023-24",
        "2024-01-24",
        zc_minutes.write_record_january,
    ),
    _zc(
        "terms-of-reference-v3-2024.pdf",
        zc_governance.TITLE_TERMS,
        "other",
        "2024-25",
        "2024-01-24",
        zc_governance.write_terms,
    ),
    _zc(
        "funding-plan-2024-25.pdf",
        zc_governance.TITLE_PLAN,
        "other",
        "2024-25",
        "2024-03-20",
        zc_governance.write_plan,
    ),
    _zc(
        "csf-tracker-2023-24.pdf",
        zc_tracker.TITLE_TRACKER,
        "other",
        "2023-24",
        "2024-04-05",
        zc_tracker.write_tracker,
    ),
    _zc(
        "annual-report-2023-24.pdf",
        zc_2324.TITLE_2324,
        "annual report",
        "2023-24",
        "2024-07-24",
        zc_2324.write_annual_report_2324,
    ),
    _zd(
        "annual-report-2023-24.pdf",
        zd_2324.TITLE_2324,
        "annual report",
        "2023-24",
        "2024-06-28",
        zd_2324.write_annual_report_2324,
    ),
    _zd(
        "jsb-minutes-2024-06-12.pdf",
        zd_minutes.TITLE_JUNE,
        "minutes",
        "2024-25",
        "2024-06-12",
        zd_minutes.write_minutes_june,
    ),
    _zd(
        "crsg-action-notes-2024-09-10.pdf",
        zd_crsg.TITLE_CRSG,
        "minutes",
        "2024-25",
        "2024-09-10",
        zd_crsg.write_notes_september,
    ),
    _zd(
        "strategic-intelligence-assessment-2024.pdf",
        zd_assessment.TITLE_SIA,
        "strategic assessment",
        "2024-25",
        "2024-10-16",
        zd_assessment.write_assessment,
    ),
    _zd(
        "jsb-minutes-2024-12-04-scanned.pdf",
        f"{zd_minutes.TITLE_DECEMBER} (signed, scanned)",
        "minutes",
        "2024-25",
        "2024-12-04",
        zd_minutes.write_minutes_december,
        scanned=True,
    ),
    _zd(
        "terms-of-reference-v4.pdf",
        zd_governance.TITLE_TERMS,
        "other",
        "2025-26",
        "2024-12-04",
        zd_governance.write_terms,
    ),
    _zd(
        "partnership-plan-2025-28.pdf",
        zd_governance.TITLE_PLAN,
        "other",
        "2025-26",
        "2025-03-12",
        zd_governance.write_plan,
    ),
    _zd(
        "grant-decision-log-2024-25.pdf",
        zd_log.TITLE_LOG,
        "other",
        "2024-25",
        "2025-04-07",
        zd_log.write_log,
    ),
    _zd(
        "annual-report-2024-25.pdf",
        zd_2425.TITLE_2425,
        "annual report",
        "2024-25",
        "2025-07-16",
        zd_2425.write_annual_report_2425,
    ),
    _ze(
        "annual-report-2021-22.pdf",
        ze_2122.TITLE_2122,
        "annual report",
        "2021-22",
        "2022-07-13",
        ze_2122.write_annual_report_2122,
    ),
    _ze(
        "forum-minutes-2022-06-22.pdf",
        ze_minutes.TITLE_JUNE,
        "minutes",
        "2022-23",
        "2022-06-22",
        ze_minutes.write_minutes_june,
    ),
    _ze(
        "grants-panel-notes-2022-09-14-scanned.pdf",
        f"{ze_panel.TITLE_PANEL} (signed, scanned)",
        "minutes",
        "2022-23",
        "2022-09-14",
        ze_panel.write_panel_notes,
        scanned=True,
    ),
    _ze(
        "strategic-assessment-2022.pdf",
        ze_assessment.TITLE_SA,
        "strategic assessment",
        "2022-23",
        "2022-09-28",
        ze_assessment.write_assessment,
    ),
    _ze(
        "your-street-your-say-results-2022.pdf",
        ze_panel.TITLE_PB,
        "other",
        "2022-23",
        "2022-10-15",
        ze_panel.write_pb_results,
    ),
    _ze(
        "forum-decision-sheet-2022-11-30.pdf",
        ze_decisions.TITLE_NOVEMBER,
        "minutes",
        "2022-23",
        "2022-11-30",
        ze_decisions.write_minutes_november,
    ),
    _ze(
        "terms-of-reference-v3.pdf",
        ze_governance.TITLE_TERMS,
        "other",
        "2023-24",
        "2022-11-30",
        ze_governance.write_terms,
    ),
    _ze(
        "grants-register-2022-23.pdf",
        ze_governance.TITLE_REGISTER,
        "other",
        "2022-23",
        "2023-04-05",
        ze_governance.write_register,
    ),
    _ze(
        "annual-report-2022-23.pdf",
        ze_2223.TITLE_2223,
        "annual report",
        "2022-23",
        "2023-07-19",
        ze_2223.write_annual_report_2223,
    ),
    _zf(
        "annual-report-2020-21.pdf",
        zf_2021.TITLE_2021,
        "annual report",
        "2020-21",
        "2021-07-21",
        zf_2021.write_annual_report_2021,
    ),
    _zf(
        "rag-minutes-2021-06-15.pdf",
        zf_minutes.TITLE_JUNE,
        "minutes",
        "2021-22",
        "2021-06-15",
        zf_minutes.write_minutes_june,
    ),
    _zf(
        "bcsg-notes-2021-08-04-scanned.pdf",
        f"{zf_subgroup.TITLE_SUBGROUP} (signed, scanned)",
        "minutes",
        "2021-22",
        "2021-08-04",
        zf_subgroup.write_subgroup_notes,
        scanned=True,
    ),
    _zf(
        "strategic-intelligence-assessment-2021.pdf",
        zf_assessment.TITLE_SIA,
        "strategic assessment",
        "2021-22",
        "2021-09-24",
        zf_assessment.write_assessment,
    ),
    _zf(
        "rag-action-notes-2021-11-10.pdf",
        zf_notes.TITLE_NOVEMBER,
        "minutes",
        "2021-22",
        "2021-11-10",
        zf_notes.write_notes_november,
    ),
    _zf(
        "terms-of-reference-2022.pdf",
        zf_governance.TITLE_TERMS,
        "other",
        "2022-23",
        "2022-01-26",
        zf_governance.write_terms,
    ),
    _zf(
        "rag-action-tracker-2022-01-26.pdf",
        zf_governance.TITLE_TRACKER,
        "other",
        "2021-22",
        "2022-01-26",
        zf_governance.write_tracker,
    ),
    _zf(
        "csif-decision-log-2021-22.pdf",
        zf_log.TITLE_LOG,
        "other",
        "2021-22",
        "2022-04-08",
        zf_log.write_log,
    ),
    _zf(
        "annual-report-2021-22.pdf",
        zf_2122.TITLE_2122,
        "annual report",
        "2021-22",
        "2022-07-20",
        zf_2122.write_annual_report_2122,
    ),
    _zg(
        "annual-report-2022-23.pdf",
        zg_2223.TITLE_2223,
        "annual report",
        "2022-23",
        "2023-07-19",
        zg_2223.write_annual_report_2223,
    ),
    _zg(
        "strategic-group-minutes-2023-05-16.pdf",
        zg_minutes.TITLE_MAY,
        "minutes",
        "2023-24",
        "2023-05-16",
        zg_minutes.write_minutes_may,
    ),
    _zg(
        "dcg-funding-round-2023-08-09-scanned.pdf",
        f"{zg_dcg.TITLE_DCG} (signed, scanned)",
        "minutes",
        "2023-24",
        "2023-08-09",
        zg_dcg.write_dcg_record,
        scanned=True,
    ),
    _zg(
        "urgent-decision-ud-2023-02.pdf",
        zg_urgent.TITLE_URGENT,
        "other",
        "2023-24",
        "2023-09-14",
        zg_urgent.write_urgent_decision,
    ),
    _zg(
        "strategic-assessment-2023.pdf",
        zg_assessment.TITLE_SA,
        "strategic assessment",
        "2023-24",
        "2023-10-20",
        zg_assessment.write_assessment,
    ),
    _zg(
        "strategic-group-decisions-2023-12-12.pdf",
        zg_record.TITLE_DECEMBER,
        "minutes",
        "2023-24",
        "2023-12-12",
        zg_record.write_record_december,
    ),
    _zg(
        "terms-of-reference-v5-2024.pdf",
        zg_governance.TITLE_TERMS,
        "other",
        "2024-25",
        "2024-03-19",
        zg_governance.write_terms,
    ),
    _zg(
        "csf-grants-schedule-2023-24.pdf",
        zg_governance.TITLE_SCHEDULE,
        "other",
        "2023-24",
        "2024-04-10",
        zg_governance.write_schedule,
    ),
    _zg(
        "annual-report-2023-24.pdf",
        zg_2324.TITLE_2324,
        "annual report",
        "2023-24",
        "2024-07-17",
        zg_2324.write_annual_report_2324,
    ),
    _zh(
        "annual-report-2023-24.pdf",
        zh_2324.TITLE_2324,
        "annual report",
        "2023-24",
        "2024-07-16",
        zh_2324.write_annual_report_2324,
    ),
    _zh(
        "strategy-board-minutes-2024-06-11.pdf",
        zh_minutes.TITLE_JUNE,
        "minutes",
        "2024-25",
        "2024-06-11",
        zh_minutes.write_minutes_june,
    ),
    _zh(
        "lfp-decision-sheet-2024-09-17-scanned.pdf",
        f"{zh_panel.TITLE_PANEL} (signed, scanned)",
        "minutes",
        "2024-25",
        "2024-09-17",
        zh_panel.write_panel_sheet,
        scanned=True,
    ),
    _zh(
        "strategic-assessment-2024.pdf",
        zh_assessment.TITLE_SA,
        "strategic assessment",
        "2024-25",
        "2024-11-08",
        zh_assessment.write_assessment,
    ),
    _zh(
        "decision-note-dn-2024-07.pdf",
        zh_decision.TITLE_DN,
        "other",
        "2024-25",
        "2024-12-02",
        zh_decision.write_decision_note,
    ),
    _zh(
        "strategy-board-action-log-2025-01-21.pdf",
        zh_actionlog.TITLE_JANUARY,
        "minutes",
        "2024-25",
        "2025-01-21",
        zh_actionlog.write_action_log,
    ),
    _zh(
        "terms-of-reference-v4-2025.pdf",
        zh_terms.TITLE_TERMS,
        "other",
        "2025-26",
        "2025-01-21",
        zh_terms.write_terms,
    ),
    _zh(
        "lsf-register-2024-25.pdf",
        zh_register.TITLE_REGISTER,
        "other",
        "2024-25",
        "2025-04-30",
        zh_register.write_register,
    ),
    _zh(
        "annual-report-2024-25.pdf",
        zh_2425.TITLE_2425,
        "annual report",
        "2024-25",
        "2025-07-15",
        zh_2425.write_annual_report_2425,
    ),
    _zi(
        "executive-minutes-2022-07-14.pdf",
        zi_july.TITLE_JULY,
        "minutes",
        "2022-23",
        "2022-07-14",
        zi_july.write_minutes_july,
    ),
    _zi(
        "strategic-assessment-2022.pdf",
        zi_assessment.TITLE_SA,
        "strategic assessment",
        "2022-23",
        "2022-11-18",
        zi_assessment.write_assessment,
    ),
    _zi(
        "executive-decision-note-2022-12-08.pdf",
        zi_december.TITLE_DECEMBER,
        "minutes",
        "2022-23",
        "2022-12-08",
        zi_december.write_minutes_december,
    ),
    _zi(
        "executive-minutes-2023-03-16-signed-scanned.pdf",
        f"{zi_march.TITLE_MARCH} (signed, scanned)",
        "minutes",
        "2022-23",
        "2023-03-16",
        zi_march.write_minutes_march,
        scanned=True,
    ),
    _zi(
        "annual-report-2022-23.pdf",
        zi_2223.TITLE_2223,
        "annual report",
        "2022-23",
        "2023-09-21",
        zi_2223.write_annual_report_2223,
    ),
    _zi(
        "grants-subgroup-notes-2023-10-05.pdf",
        zi_subgroup.TITLE_SUBGROUP,
        "minutes",
        "2023-24",
        "2023-10-05",
        zi_subgroup.write_subgroup_notes,
    ),
    _zi(
        "executive-minutes-2024-01-25.pdf",
        zi_january.TITLE_JANUARY,
        "minutes",
        "2023-24",
        "2024-01-25",
        zi_january.write_minutes_january,
    ),
    _zi(
        "terms-of-reference-v3-2024.pdf",
        zi_terms.TITLE_TERMS,
        "other",
        "2024-25",
        "2024-01-25",
        zi_terms.write_terms,
    ),
    _zi(
        "fund-register-2023-24.pdf",
        zi_register.TITLE_REGISTER,
        "other",
        "2023-24",
        "2024-04-19",
        zi_register.write_register,
    ),
    _zi(
        "annual-report-2023-24.pdf",
        zi_2324.TITLE_2324,
        "annual report",
        "2023-24",
        "2024-07-18",
        zi_2324.write_annual_report_2324,
    ),
    _zj(
        "leadership-board-minutes-2024-06-11.pdf",
        zj_june.TITLE_JUNE,
        "minutes",
        "2024-25",
        "2024-06-11",
        zj_june.write_minutes_june,
    ),
    _zj(
        "leadership-board-notes-2024-12-10.pdf",
        zj_december.TITLE_DECEMBER,
        "minutes",
        "2024-25",
        "2024-12-10",
        zj_december.write_notes_december,
    ),
    _zj(
        "strategic-intelligence-assessment-2025.pdf",
        zj_assessment.TITLE_SA,
        "strategic assessment",
        "2024-25",
        "2025-01-24",
        zj_assessment.write_assessment,
    ),
    _zj(
        "leadership-board-minutes-2025-03-18-signed-scanned.pdf",
        f"{zj_march.TITLE_MARCH} (signed, scanned)",
        "minutes",
        "2024-25",
        "2025-03-18",
        zj_march.write_minutes_march,
        scanned=True,
    ),
    _zj(
        "annual-report-2024-25.pdf",
        zj_2425.TITLE_2425,
        "annual report",
        "2024-25",
        "2025-09-18",
        zj_2425.write_annual_report_2425,
    ),
    _zj(
        "leadership-board-minutes-2025-09-16.pdf",
        zj_september.TITLE_SEPTEMBER,
        "minutes",
        "2025-26",
        "2025-09-16",
        zj_september.write_minutes_september,
    ),
    _zj(
        "terms-of-reference-v2-2025.pdf",
        zj_terms.TITLE_TERMS,
        "other",
        "2025-26",
        "2025-09-16",
        zj_terms.write_terms,
    ),
    _zj(
        "fund-allocation-plan-2025-26.pdf",
        zj_plan.TITLE_PLAN,
        "other",
        "2025-26",
        "2025-11-03",
        zj_plan.write_plan,
    ),
    _zj(
        "annual-report-2025-26.pdf",
        zj_2526.TITLE_2526,
        "annual report",
        "2025-26",
        "2026-07-16",
        zj_2526.write_annual_report_2526,
    ),
    _zk(
        "partnership-board-minutes-2023-04-20.pdf",
        zk_april.TITLE_APRIL,
        "minutes",
        "2023-24",
        "2023-04-20",
        zk_april.write_minutes_april,
    ),
    _zk(
        "cfg-decision-log-2023-10-11.pdf",
        zk_cfg.TITLE_CFG,
        "minutes",
        "2023-24",
        "2023-10-11",
        zk_cfg.write_cfg_october,
    ),
    _zk(
        "strategic-assessment-2023.pdf",
        zk_assessment.TITLE_SA,
        "strategic assessment",
        "2023-24",
        "2023-11-15",
        zk_assessment.write_assessment,
    ),
    _zk(
        "partnership-board-minutes-2024-01-25-signed-scanned.pdf",
        f"{zk_january.TITLE_JANUARY} (signed, scanned)",
        "minutes",
        "2023-24",
        "2024-01-25",
        zk_january.write_minutes_january,
        scanned=True,
    ),
    _zk(
        "annual-report-2023-24.pdf",
        zk_2324.TITLE_2324,
        "annual report",
        "2023-24",
        "2024-07-18",
        zk_2324.write_annual_report_2324,
    ),
    _zk(
        "partnership-board-action-notes-2024-10-17.pdf",
        zk_october.TITLE_OCTOBER,
        "minutes",
        "2024-25",
        "2024-10-17",
        zk_october.write_notes_october,
    ),
    _zk(
        "terms-of-reference-v3-2024.pdf",
        zk_terms.TITLE_TERMS,
        "other",
        "2024-25",
        "2024-10-17",
        zk_terms.write_terms,
    ),
    _zk(
        "funding-register-2024-25.pdf",
        zk_register.TITLE_REGISTER,
        "other",
        "2024-25",
        "2025-01-08",
        zk_register.write_register,
    ),
    _zk(
        "annual-report-2024-25.pdf",
        zk_2425.TITLE_2425,
        "annual report",
        "2024-25",
        "2025-07-10",
        zk_2425.write_annual_report_2425,
    ),
    _zl(
        "executive-board-minutes-2023-06-22.pdf",
        zl_june.TITLE_JUNE,
        "minutes",
        "2023-24",
        "2023-06-22",
        zl_june.write_minutes_june,
    ),
    _zl(
        "executive-board-minutes-2023-11-30-signed-scanned.pdf",
        f"{zl_november.TITLE_NOVEMBER} (signed, scanned)",
        "minutes",
        "2023-24",
        "2023-11-30",
        zl_november.write_minutes_november,
        scanned=True,
    ),
    _zl(
        "strategic-assessment-2024.pdf",
        zl_assessment.TITLE_SA,
        "strategic assessment",
        "2023-24",
        "2024-03-14",
        zl_assessment.write_assessment,
    ),
    _zl(
        "partnership-plan-2024-27.pdf",
        zl_plan.TITLE_PLAN,
        "other",
        "2024-25",
        "2024-04-25",
        zl_plan.write_plan,
    ),
    _zl(
        "funding-prospectus-2024-25.pdf",
        zl_prospectus.TITLE_PROSPECTUS,
        "other",
        "2024-25",
        "2024-05-13",
        zl_prospectus.write_prospectus,
    ),
    _zl(
        "tessford-locality-safety-group-notes-2024-07-10.pdf",
        zl_tessford.TITLE_TESSFORD,
        "minutes",
        "2024-25",
        "2024-07-10",
        zl_tessford.write_tessford_notes,
    ),
    _zl(
        "annual-report-2023-24.pdf",
        zl_2324.TITLE_2324,
        "annual report",
        "2023-24",
        "2024-09-19",
        zl_2324.write_annual_report_2324,
    ),
    _zl(
        "officer-decision-record-odr-2024-031.pdf",
        zl_odr.TITLE_ODR,
        "other",
        "2024-25",
        "2024-10-14",
        zl_odr.write_odr,
    ),
    _zl(
        "executive-board-decisions-2025-01-23.pdf",
        zl_january.TITLE_JANUARY,
        "minutes",
        "2024-25",
        "2025-01-23",
        zl_january.write_decisions_january,
    ),
    _zl(
        "annual-report-2024-25.pdf",
        zl_2425.TITLE_2425,
        "annual report",
        "2024-25",
        "2025-07-17",
        zl_2425.write_annual_report_2425,
    ),
    _zm(
        "board-minutes-2021-10-12.pdf",
        zm_october.TITLE_OCTOBER,
        "minutes",
        "2021-22",
        "2021-10-12",
        zm_october.write_minutes_october,
    ),
    _zm(
        "board-minutes-2022-01-25-signed-scanned.pdf",
        f"{zm_january.TITLE_JANUARY} (signed, scanned)",
        "minutes",
        "2021-22",
        "2022-01-25",
        zm_january.write_minutes_january,
        scanned=True,
    ),
    _zm(
        "strategic-intelligence-assessment-2022.pdf",
        zm_assessment.TITLE_SIA,
        "strategic assessment",
        "2021-22",
        "2022-02-08",
        zm_assessment.write_assessment,
    ),
    _zm(
        "board-record-of-decisions-2022-04-28.pdf",
        zm_april.TITLE_APRIL,
        "minutes",
        "2022-23",
        "2022-04-28",
        zm_april.write_decisions_april,
    ),
    _zm(
        "board-terms-of-reference-2022.pdf",
        zm_terms.TITLE_TERMS,
        "other",
        "2022-23",
        "2022-04-28",
        zm_terms.write_terms,
    ),
    _zm(
        "annual-report-2021-22.pdf",
        zm_2122.TITLE_2122,
        "annual report",
        "2021-22",
        "2022-07-21",
        zm_2122.write_annual_report_2122,
    ),
    _zm(
        "small-grants-panel-notes-2022-07-14.pdf",
        zm_panel.TITLE_PANEL,
        "minutes",
        "2022-23",
        "2022-07-14",
        zm_panel.write_panel_notes,
    ),
    _zm(
        "annual-report-2022-23.pdf",
        zm_2223.TITLE_2223,
        "annual report",
        "2022-23",
        "2023-07-20",
        zm_2223.write_annual_report_2223,
    ),
)


def generator_hash() -> str:
    """A hash of everything the archive is made from: this package, the scanner and the real report."""
    digest = hashlib.sha256()
    sources = [*sorted(Path(__file__).parent.glob("*.py")), REPO / "evals" / "scan.py", REAL_REPORT]
    for source in sources:
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()


def build_archive(target: Path) -> Path:
    """Write the archive into `target` (created if needed) and return it; skip when already built."""
    target = Path(target)
    stamp = target / STAMP
    expected = generator_hash()
    files = [target / REAL_REPORT.name, target / "catalogue.toml", *(target / d.file for d in DOCUMENTS)]
    if (
        stamp.exists()
        and stamp.read_text(encoding="utf-8").strip() == expected
        and all(f.exists() for f in files)
    ):
        return target
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(REAL_REPORT, target / REAL_REPORT.name)
    with tempfile.TemporaryDirectory() as scratch:
        for document in DOCUMENTS:
            write_document(document, target / document.file, Path(scratch))
    (target / "catalogue.toml").write_text(catalogue_text(), encoding="utf-8")
    stamp.write_text(expected + "\n", encoding="utf-8")
    return target


def write_document(document: Document, path: Path, scratch: Path) -> Path:
    """Draw one document at `path`; a scanned one is drawn in `scratch` and scanned to `path`."""
    if not document.scanned:
        return document.write(path)
    original = document.write(scratch / Path(document.file).name)
    return scan_pdf(original, path, angle=0.8, noise=0.004, seed=SCAN_SEED)


def catalogue_text(documents: Sequence[Document] = DOCUMENTS, real_report: bool = True) -> str:
    """catalogue.toml: the real report first, then every catalogued invented document (or those given)."""
    lines = ["# The evaluation archive, written by evals/archive/build.py: do not edit by hand.", ""]
    entries = [d.entry() for d in documents if d.catalogued]
    for entry in ([REAL_ENTRY] if real_report else []) + entries:
        lines.append("[[document]]")
        lines += [f'{key} = "{value}"' for key, value in entry.items()]
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the evaluation archive into TARGET.")
    parser.add_argument("target", type=Path)
    args = parser.parse_args(argv)
    path = build_archive(args.target)
    print(f"Evaluation archive in {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
