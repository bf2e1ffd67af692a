"""Numbered lists: items after a lead-in are a list (its priorities found), numbered headings are
not; priorities are compared within one partnership and a named period is taken exactly."""

from __future__ import annotations

from pathlib import Path

from assistant.facts.priorities import answer_priorities
from assistant.types import Sources
from ingest.facts.priorities import Priority, PrioritySet, extract_priorities
from ingest.parse.clean import clean_pages
from ingest.parse.pdf import read_pdf
from tests.pdfs import make_pdf


def test_numbered_items_after_a_lead_in_are_a_list_and_a_numbered_heading_is_not(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "report.pdf",
        [
            [
                "1. About the partnership",
                "",
                "The board meets every quarter.",
                "",
                "2. Priorities for 2022-23",
                "",
                "For 2022-23 the board set these priorities:",
                "1.  Anti-social behaviour in the town centre",
                "2.  Domestic abuse",
                "3.  Drug-related harm",
                "",
                "3. Funding",
                "",
                "The grant was 40,000 pounds.",
            ]
        ],
    )
    pages = clean_pages(read_pdf(path, path.name).pages)
    kinds = [(b.kind, b.text) for b in pages[0].blocks]
    assert ("bullet", "Domestic abuse") in kinds
    assert [k for k, text in kinds if text.startswith(("1. About", "2. Priorities", "3. Funding"))] == [
        "heading",
        "heading",
        "heading",
    ]
    (found,) = extract_priorities(path.name, pages)
    assert [p.name for p in found.priorities] == [
        "Anti-social behaviour in the town centre",
        "Domestic abuse",
        "Drug-related harm",
    ]
    assert (found.period, found.page) == ("2022-23", 1)


def test_a_numbered_item_wrapped_onto_a_second_line_keeps_its_list_going(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "report.pdf",
        [
            [
                "The Executive Group worked to four priorities",
                "during the year:",
                "1.  Rural crime and farm theft",
                "2.  Exploitation of young people, including county",
                "    lines",
                "3.  A safe night-time economy in the market towns",
                "Rural crime",
                "",
                "Thefts of trailers were the most common rural offences.",
            ]
        ],
    )
    blocks = [(b.kind, b.text) for b in clean_pages(read_pdf(path, path.name).pages)[0].blocks]
    assert ("bullet", "Exploitation of young people, including county lines") in blocks
    assert ("bullet", "A safe night-time economy in the market towns") in blocks
    assert ("heading", "Rural crime") in blocks


def test_numbered_titles_set_tight_under_a_heading_are_a_list_with_their_descriptions(tmp_path: Path) -> None:
    line = "The partnership reviews its work each spring and reports on it to the council's scrutiny panel."
    path = make_pdf(
        tmp_path / "review.pdf",
        [
            [
                line,
                "",
                "Our priorities for 2024-25",
                "1. Domestic abuse and violence against women and girls",
                "Widened to take in stalking and safety at night.",
                "",
                "2. Anti-social behaviour in town centres",
                "Kept, with the focus on the two wards with most ASB.",
                "3. Serious violence",
                "New for 2024-25.",
                "",
                "1. About this review",
                "",
                line,
                "2. Next steps",
            ]
        ],
    )
    pages = clean_pages(read_pdf(path, path.name).pages)
    blocks = [(b.kind, b.text) for b in pages[0].blocks]
    assert blocks[1:8] == [
        ("heading", "Our priorities for 2024-25"),
        ("bullet", "Domestic abuse and violence against women and girls"),
        ("para", "Widened to take in stalking and safety at night."),
        ("bullet", "Anti-social behaviour in town centres"),
        ("para", "Kept, with the focus on the two wards with most ASB."),
        ("bullet", "Serious violence"),
        ("para", "New for 2024-25."),
    ]
    assert ("bullet", "About this review") not in blocks  # numbered headings with no title above them
    (found,) = extract_priorities(path.name, pages, "2024-25")
    assert [p.name for p in found.priorities][-1] == "Serious violence"
    assert (found.heading, found.page) == ("Our priorities for 2024-25", 1)


def test_a_section_numbered_title_under_a_paragraph_is_a_heading_and_a_numbered_paragraph_is_not(
    tmp_path: Path,
) -> None:
    path = make_pdf(
        tmp_path / "plan.pdf",
        [
            [
                "2. Our priorities for 2025-26",
                "The Group signed off four priorities on 29 April 2025, replacing the three of 2024-25.",
                "2.1 Serious violence and knife crime",
                "Why. Weapons offences rose from 71 in 2021 to 103 in 2023, and robbery from 96 to 141.",
                "2.2 The Group will review these priorities each spring, with the police and the council.",
                "",
            ]
        ],
    )
    blocks = [(b.kind, b.text) for b in clean_pages(read_pdf(path, path.name).pages)[0].blocks]
    assert ("heading", "2.1 Serious violence and knife crime") in blocks
    assert blocks[-1][0] == "para" and blocks[-1][1].startswith("Why. Weapons")
    assert blocks[-1][1].endswith(
        "2.2 The Group will review these priorities each spring, with the police and the council."
    )


def _set(document: str, period: str, *names: str) -> PrioritySet:
    return PrioritySet(document, period, "Our priorities", 1, tuple(Priority(n, n, 1) for n in names))


def test_priorities_change_within_a_partnership_and_a_named_period_is_exact() -> None:
    sets = [
        _set("north-22.pdf", "2022-23", "Burglary", "Drugs"),
        _set("north-23.pdf", "2023-24", "Burglary", "Fraud"),
        _set("south.pdf", "2022-25", "Road safety", "Cybercrime"),
    ]
    partnership_of = {"north-22.pdf": "North", "north-23.pdf": "North", "south.pdf": "South"}
    sources = Sources({name: name.removesuffix(".pdf") for name in partnership_of})
    answer = answer_priorities(
        "What are the priorities, and did they change?", sets, set(), sources, partnership_of
    )
    assert answer is not None
    # Asked what changed, the change leads, citing the later edition and then the earlier.
    assert answer.text.startswith("North: From 2022-23 to 2023-24: added Fraud; dropped Drugs [1][2].")
    assert [c.document for c in answer.citations] == ["north-23.pdf", "north-22.pdf", "south.pdf"]
    assert (
        "South: The documents set priorities for one period only (2022-25), so they show no change [3]."
        in answer.text
    )
    named = answer_priorities("What are the priorities for 2022-2025?", sets, set(), sources, partnership_of)
    assert named is not None and [c.document for c in named.citations] == ["south.pdf"]
    now = answer_priorities("what are the priorities at the moment", sets, set(), sources, partnership_of)
    assert now is not None and [c.document for c in now.citations] == ["north-23.pdf", "south.pdf"]


def test_a_change_from_a_named_period_reads_the_edition_after_or_before_it() -> None:
    sets = [
        _set("north-21.pdf", "2021-22", "Burglary", "Hate crime"),
        _set("north-22.pdf", "2022-23", "Burglary", "Drugs"),
        # The minutes adopting the 2022-23 priorities set that period too: no change between the two.
        _set("north-minutes.pdf", "2022-23", "burglary", "drug harm"),
        _set("north-23.pdf", "2023-24", "Burglary", "Fraud"),
    ]
    partnership_of = {s.document: "North" for s in sets}
    sources = Sources({name: name.removesuffix(".pdf") for name in partnership_of})
    after = answer_priorities(
        "which of north's 2022-23 priorities were dropped the year after",
        sets,
        {"north"},
        sources,
        partnership_of,
    )
    assert after is not None
    assert after.text.startswith("From 2022-23 to 2023-24: added Fraud; dropped Drugs [1][2].")
    assert [c.document for c in after.citations] == ["north-23.pdf", "north-22.pdf", "north-minutes.pdf"]
    assert "north-21" not in after.text
    before = answer_priorities(
        "what priorities were added in 2022-23 compared with the year before",
        sets,
        set(),
        sources,
        partnership_of,
    )
    assert before is not None
    assert before.text.startswith("From 2021-22 to 2022-23: added Drugs; dropped Hate crime [1][2].")
    assert [c.document for c in before.citations] == ["north-22.pdf", "north-21.pdf", "north-minutes.pdf"]
    # "new ... that it didnt have": the priorities added, typed without an apostrophe.
    new = "which priorities were new for north in 2023-24 that it didnt have in 2022-23"
    added = answer_priorities(new, sets, {"north"}, sources, partnership_of)
    assert added is not None
    assert added.text.startswith("From 2022-23 to 2023-24: added Fraud; dropped Drugs [1][2].")
    carried = "which north priority carried over from 2022-23 into 2023-24"
    kept = answer_priorities(carried, sets, {"north"}, sources, partnership_of)
    assert kept is not None
    assert kept.text.startswith("From 2022-23 to 2023-24: kept Burglary; added Fraud; dropped Drugs [1][2]")
    # Not asked about change, several periods are listed oldest first and the changes follow.
    listed = answer_priorities("what were north's priorities", sets, {"north"}, sources, partnership_of)
    assert listed is not None
    assert [c.document for c in listed.citations] == [s.document for s in sets]
    assert listed.text.endswith(
        "From 2021-22 to 2022-23: added Drugs; dropped Hate crime [2][1]. "
        "From 2022-23 to 2023-24: added Fraud; dropped Drugs [4][2]."
    )


def test_documents_setting_the_same_priorities_for_a_period_share_one_list() -> None:
    sets = [
        _set("north-report.pdf", "2024-25", "Burglary", "Fraud"),
        _set("north-minutes.pdf", "2024-25", "burglary", "fraud"),
        _set("north-assessment.pdf", "2024-25", "Burglary", "Fraud", "Drugs"),
    ]
    partnership_of = {s.document: "North" for s in sets}
    sources = Sources({name: name.removesuffix(".pdf") for name in partnership_of})
    answer = answer_priorities("what are north's priorities", sets, {"north"}, sources, partnership_of)
    assert answer is not None
    # In `ordered`'s order (period, then document): the first of alike sets is quoted for the list.
    assert answer.text.split("\n\n")[:2] == [
        "north-assessment [1] sets these priorities for 2024-25:\n- Burglary [1]\n- Fraud [1]\n- Drugs [1]",
        "north-minutes [2] and north-report [3] set these priorities for 2024-25:\n"
        "- burglary [2]\n- fraud [2]",
    ]
    assert [(c.document, c.number) for c in answer.citations] == [
        ("north-assessment.pdf", 1),
        ("north-minutes.pdf", 2),
        ("north-report.pdf", 3),
    ]


def test_numbered_priorities_each_over_a_paragraph_describing_it(tmp_path: Path) -> None:
    """A numbered item set as a title may go on with a paragraph saying what it means: the next
    number after that paragraph opens the next item, blank line between or not."""
    path = make_pdf(
        tmp_path / "report.pdf",
        [
            [
                "Our priorities for 2023-24",
                "",
                "The Board set three priorities for 2023-24 from its last assessment:",
                "1. Domestic abuse and sexual violence",
                "Make victims safer at home and widen access to independent advocacy, working with",
                "the women's aid service and the domestic abuse board.",
                "2. Anti-social behaviour in town centres",
                "Reduce the nuisance reported in the market place and on the harbour front.",
                "",
                "3. Rural and coastal crime",
                "Protect farms, villages and the coast from theft of machinery, fuel and boats.",
            ]
        ],
    )
    pages = clean_pages(read_pdf(path, path.name).pages)
    (found,) = extract_priorities(path.name, pages)
    assert [p.name for p in found.priorities] == [
        "Domestic abuse and sexual violence",
        "Anti-social behaviour in town centres",
        "Rural and coastal crime",
    ]
    assert found.period == "2023-24"


def test_an_item_running_to_the_margin_goes_on_below_with_no_description(tmp_path: Path) -> None:
    """A numbered item whose line runs to the margin is a sentence wrapped onto the next line, not a
    title over a description: a "2." after that paragraph is no item of its list."""
    path = make_pdf(
        tmp_path / "minutes.pdf",
        [
            [
                "RESOLVED that the Board:",
                "1. varied the Town Centre Ambassadors grant from 12,000 to 14,500 pounds, so that the",
                "ambassadors cover every Friday and Saturday night in December and the Switch-On.",
                "2. Priorities for 2024-25 were noted.",
            ]
        ],
    )
    kinds = [(b.kind, b.text[:20]) for b in clean_pages(read_pdf(path, path.name).pages)[0].blocks]
    assert ("bullet", "Priorities for 2024-") not in kinds


def test_priorities_each_a_paragraph_under_its_label_for_a_plans_span_of_years(tmp_path: Path) -> None:
    """ "Priority one: ..." paragraphs after a lead-in are the list, each named without its label; a
    plan's years written "2023 to 2026" are its period, as "2023-26" would be."""
    path = make_pdf(
        tmp_path / "report.pdf",
        [
            [
                "Our priorities for 2023 to 2026",
                "",
                "Our plan for 2023 to 2026 sets three priorities, chosen from the 2022 assessment:",
                "",
                "Priority one: Serious violence and knife crime.",
                "",
                "Priority two: Domestic abuse and violence against women and girls.",
                "",
                "Priority three: Anti-social behaviour in our town centres.",
                "",
                "Running through all three is a theme of listening to communities.",
            ]
        ],
    )
    pages = clean_pages(read_pdf(path, path.name).pages)
    (found,) = extract_priorities(path.name, pages)
    assert [p.name for p in found.priorities] == [
        "Serious violence and knife crime",
        "Domestic abuse and violence against women and girls",
        "Anti-social behaviour in our town centres",
    ]
    assert found.period == "2023-26"
    assert (found.page, found.priorities[0].text) == (1, "Priority one: Serious violence and knife crime.")
