"""A resolution's lettered items typed to the margin: each item's wrapped lines stay with it, after a
colon giving a reason too; so do a bulleted list's items whose lines are set back under the glyph."""

from __future__ import annotations

from pathlib import Path

from ingest.parse.clean import clean_pages
from ingest.parse.pdf import read_pdf
from tests.pdfs import make_pdf

LINES = [
    "Harrowmere Safety Board: minutes of the meeting held on 4 March 2025",
    "",
    "HB/25/09 Bids for 2025/26",
    "Six bids were scored against the Board's priorities for the three years from April 2025.",
    "AGREED:",
    "(i) £8,200 to Brackwell Youth Club for detached youth work on the estates north of the river;",
    "(ii) to decline the bid of £9,000 from Harlow Rugby Club for fencing round its car park:",
    "capital works are for the council's own budget;",
    "(iii) to defer the bid of £14,500 from Norbridge Retail Watch for a store liaison officer to",
    "the June meeting, pending a contribution from the town's retailers in the spring and summer;",
    "(iv) to set aside £6,000 for the small grants round in the autumn, for bids up to £1,500.",
]


def test_lettered_items_keep_their_wrapped_lines_after_a_colon_giving_a_reason(
    tmp_path: Path,
) -> None:
    path = make_pdf(tmp_path / "minutes.pdf", [LINES])
    blocks = clean_pages(read_pdf(path, path.name).pages)[0].blocks
    assert [b.text for b in blocks if b.kind == "bullet"] == [
        "£8,200 to Brackwell Youth Club for detached youth work on the estates north of the river;",
        "to decline the bid of £9,000 from Harlow Rugby Club for fencing round its car park: capital works "
        "are for the council's own budget;",
        "to defer the bid of £14,500 from Norbridge Retail Watch for a store liaison officer to the June "
        "meeting, pending a contribution from the town's retailers in the spring and summer;",
        "to set aside £6,000 for the small grants round in the autumn, for bids up to £1,500.",
    ]


def test_bulleted_items_keep_their_lines_set_back_under_the_glyph(tmp_path: Path) -> None:
    lines = [
        "Pellbrook Safety Partnership: annual report 2024-25",
        "",
        "In the last year of these priorities our money paid for:",
        "\u2022  Cutting violence in the town centre, including knife and",
        "weapon crime: patrols, youth workers at the bus station and a knife surrender bin on the quay.",
        "\u2022  Tackling domestic abuse: a",
        "caseworker at the refuge and training for reception staff at two surgeries.",
        "\u2022  Safer streets at night, with the police, the licensing team at the council and",
        "Street Pastors: a welfare bus on Friday and Saturday nights from October to March.",
        "\u2022  Reducing reoffending.",
        "Offender managers met every month with the housing team.",
    ]
    path = make_pdf(tmp_path / "report.pdf", [lines])
    blocks = clean_pages(read_pdf(path, path.name).pages)[0].blocks
    assert [b.text for b in blocks if b.kind == "bullet"] == [
        "Cutting violence in the town centre, including knife and weapon crime: patrols, youth workers at "
        "the bus station and a knife surrender bin on the quay.",
        "Tackling domestic abuse: a caseworker at the refuge and training for reception staff at two "
        "surgeries.",
        "Safer streets at night, with the police, the licensing team at the council and Street Pastors: a "
        "welfare bus on Friday and Saturday nights from October to March.",
        "Reducing reoffending.",
    ]
    assert blocks[-1].text == "Offender managers met every month with the housing team."
