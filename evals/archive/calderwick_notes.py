"""Partnership E's action notes of the Executive of 9 December 2025, which the build scans to images: a
narrative note with run-in headings, members named by initials after a key, actions reported in prose,
"Agreed" sentences rather than resolutions, and a "notes 9.12.25 / N" footer."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from evals.archive.common import Meta, banner, h1, para, paras, render
from evals.archive.names import CALDERWICK, CALDERWICK_EXECUTIVE


def write_notes_december(path: Path) -> Path:
    """The digital original of the signed action notes; the build ships only its scan."""
    return render(
        path,
        _december,
        Meta(f"{CALDERWICK_EXECUTIVE} action notes 9 December 2025 (signed copy)", CALDERWICK),
        footer=lambda page, _total: f"CORA action notes 9.12.25 / {page}",
    )


def _december() -> list[Flowable]:
    return [
        banner(),
        h1("Alliance Executive - action notes"),
        para(
            "Meeting of Tuesday 9 December 2025, the Mayor's Parlour, the Guildhall, Calderwick. Started "
            "14:00, finished 15:50. Notes taken by Hester Quayle (HQ), Alliance Coordinator."
        ),
        para(
            "<b>Those present:</b> GF (Chair), RA, LH, SO, CM, ML, TE, SP, KA, HQ. <b>Sent apologies:</b> "
            "BT, AV. <b>Key:</b> GF Superintendent Gideon Farrow, Askerdale Police; RA Councillor Rosalind "
            "Achebe, Ortonbury Borough Council; LH Councillor Leonard Haverstock, Calderwick District "
            "Council; SO Simone Oduya, Askerdale County Council; CM Dr Colette Marchbank, Askerdale and "
            "Lowfell Integrated Care Board; ML Mariana Lisk, OPCC; TE Tomasz Ellery, Askerdale Youth "
            "Justice Service; SP Shona Pryce, Halden Rise Women's Centre; KA Kwame Asante, Brindle Housing "
            "Trust; BT Station Commander Bryony Tate, Askerdale Fire and Rescue Service; AV Anil Varghese, "
            "The Probation Service."
        ),
        *paras(
            "<b>Last meeting.</b> The record of decisions of 16 September 2025 was agreed without change.",
            "<b>Where the actions stand.</b> SO said the serious violence response strategy (25/03) is "
            "drafted and will be ready for sign-off in March, so it stays open and on track. HQ published "
            "the assessment summary on both councils' websites on 27 October, which closes 25/04. SP ran "
            "the stalking awareness session on 18 November for 11 members; 25/05 is done. The Traders' "
            "Association's revised bid is on the agenda today (25/06). HQ wrote to Wendle Marsh Allotment "
            "Society on 26 September (25/07, done). KA has not yet shared the Trust's ASB case data "
            "(25/08): the data sharing agreement is with the Trust's lawyers, so the due date moves to 10 "
            "March 2026.",
            "<b>Ortonbury Retailers' Radio Link.</b> The Traders' Association now has 42 shops signed up, "
            "against the 30 in its first bid, and will pay the second year's licence fees itself. Agreed: "
            "to increase the award made on 17 June 2025 to the Ortonbury Traders' Association from £6,400 "
            "to £8,900, so that every shop that signed up can join.",
            "<b>YPVA.</b> SP said the young people's violence adviser started on 1 September and has had 23 "
            "referrals so far, most from schools in Calderwick.",
        ),
        PageBreak(),
        *paras(
            "<b>Riverside Reach.</b> TE reported that the mentoring began on 6 October at the Riverside "
            "Leisure Centre; 31 young people have come at least once.",
            "<b>Domestic homicide review.</b> The Executive read the draft overview report of CORA DHR "
            "2024/1. Agreed: it goes to the Home Office quality assurance panel, with an action plan led by "
            "SP.",
            "<b>Money.</b> With the Radio Link increase, £49,800 of the £67,000 for 2025/26 is committed and "
            "£17,200 is not. Members would like most of it to go on retail crime, the newest priority.",
        ),
        para("<b>Actions from this meeting</b>"),
        *paras(
            "25/09 HQ to bring proposals for the uncommitted £17,200, including body-worn cameras for shop "
            "staff, to the March meeting (due 10 March 2026).",
            "25/10 SP to send the DHR overview report and action plan to the Home Office (due 9 January "
            "2026).",
            "25/08 carried forward: KA, Brindle Housing Trust ASB data, now due 10 March 2026.",
        ),
        para("<b>Next meeting:</b> Tuesday 10 March 2026 at 10:00, Committee Room 3, Ortonbury Town Hall."),
        para("Agreed as a true record, 10 March 2026. Signed: G. Farrow (Chair)"),
    ]
