"""Lists whose markers hang in a column of their own ("(b)", "–"), read as lists and not as tables;
the decisions such a list records under a deciding lead-in, or item by item; and a two-page
document's running header left out of its second page."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings

from assistant.facts.register import FundingRegister
from assistant.service import Assistant
from assistant.settings import Settings
from ingest.facts.decision_types import FundingDecision
from ingest.facts.decisions import extract_funding
from ingest.parse.clean import clean_pages
from ingest.parse.pdf import read_pdf
from tests.pdfs import place_pdf

HEADER = "Northby Board   Minutes, 20 June 2023"


def _page(lines: list[tuple[float, str]], top: float = 780) -> list[tuple[float, float, str]]:
    """Lines down a page, each at its x; a line of "" leaves a blank line. Two texts on one line
    are joined by "@": "(b)@Partnership analyst ..." puts the second at x + 40."""
    placed: list[tuple[float, float, str]] = []
    y = top
    for x, text in lines:
        if text:
            first, _, second = text.partition("@")
            placed.append((x, y, first))
            if second:
                placed.append((x + 40, y, second))
        y -= 15
    return placed


def _minutes(tmp_path: Path) -> Path:
    page_one = [
        (50, HEADER),
        (50, ""),
        (50, "Minute 23/017 Community Safety Fund 2023-24"),
        (50, ""),
        (50, "RESOLVED that the following grant aid be awarded for 2023-24:"),
        (50, ""),
        (50, "(a)@Independent Domestic Violence Adviser, Moorgate Domestic Abuse Service: £24,000;"),
    ]
    page_two = [
        (50, HEADER),
        (50, ""),
        (50, "(b)@Partnership analyst, the Board's share: £18,000;"),
        (50, "(c)@Mardle Shopwatch radio scheme, Mardle Business Improvement District: £6,500;"),
        (50, "(d)@Edge Talks knife crime education, Steel Minds CIC, £12,400.00 requested: decision"),
        (90, "deferred to the September meeting pending a delivery timetable."),
        (50, ""),
        (50, "Minute 23/018 Date of next meeting: 19 September 2023."),
    ]
    return place_pdf(tmp_path / "minutes-2023-06-20.pdf", [_page(page_one), _page(page_two)])


def _decisions(path: Path, date: str) -> list[FundingDecision]:
    pdf = read_pdf(path, path.name)
    return extract_funding(path.name, pdf.pages, clean_pages(pdf.pages), "2023-24", date, "minutes")


def test_hung_lettered_items_under_a_lead_in_are_a_list_over_the_page_break(tmp_path: Path) -> None:
    path = _minutes(tmp_path)
    pages = clean_pages(read_pdf(path, path.name).pages)
    second = [(b.kind, b.text) for b in pages[1].blocks]
    assert second[:3] == [
        ("bullet", "Partnership analyst, the Board's share: £18,000;"),
        ("bullet", "Mardle Shopwatch radio scheme, Mardle Business Improvement District: £6,500;"),
        (
            "bullet",
            "Edge Talks knife crime education, Steel Minds CIC, £12,400.00 requested: decision "
            "deferred to the September meeting pending a delivery timetable.",
        ),
    ]
    # On two pages, the line heading both is a running header: gone from the second, kept on the first.
    assert HEADER not in pages[1].text and "Northby Board" in pages[0].text
    assert pages[0].blocks[-1] == pages[0].blocks[-1].__class__(
        "bullet", "Independent Domestic Violence Adviser, Moorgate Domestic Abuse Service: £24,000;"
    )


def test_a_deciding_lead_in_decides_each_item_of_its_list(tmp_path: Path) -> None:
    found = {
        (d.item, d.lead, d.amount, d.outcome, d.page) for d in _decisions(_minutes(tmp_path), "2023-06-20")
    }
    assert found == {
        ("Independent Domestic Violence Adviser", "Moorgate Domestic Abuse Service", 24_000, "approved", 1),
        ("Partnership analyst", "", 18_000, "approved", 2),
        ("Mardle Shopwatch radio scheme", "Mardle Business Improvement District", 6_500, "approved", 2),
        ("Edge Talks knife crime education", "Steel Minds CIC", 12_400, "deferred", 2),
    }
    shopwatch = next(d for d in _decisions(_minutes(tmp_path), "2023-06-20") if "Shopwatch" in d.item)
    # A list item is quoted whole: its amount alone ("£6,500;") says nothing of what it is for.
    assert shopwatch.quote == "Mardle Shopwatch radio scheme, Mardle Business Improvement District: £6,500;"


def test_hung_dash_items_name_what_each_decides_and_a_balance_is_no_decision(tmp_path: Path) -> None:
    notes = [
        (50, "Notes of the virtual meeting, 12 December 2023"),
        (50, ""),
        (50, "Decisions"),
        (50, "–@Mardle Street Pastors: the scheme could not recruit volunteers. The £8k award of"),
        (90, "20 June is rescinded; nothing had been paid."),
        (50, "–@Ashwick Youth Outreach: sessions began late. The award is reduced from £15,600 to"),
        (90, "£11,200 and the £4,400 underspend returned to the fund."),
        (50, ""),
        (50, "Balance still to commit after these decisions: £16,500."),
        (50, ""),
        (50, "Lorna Kettle reported that £98,300 was available: the Commissioner's grant and a contribution"),
        (50, "of £10,000 from each council."),
    ]
    path = place_pdf(tmp_path / "notes-2023-12-12.pdf", [_page(notes)])
    found = {(d.item, d.amount, d.previous, d.outcome) for d in _decisions(path, "2023-12-12")}
    assert found == {
        ("Mardle Street Pastors", 8_000, 0, "withdrawn"),
        ("Ashwick Youth Outreach", 11_200, 15_600, "amended"),
    }


def _minuted(item: str, amount: float, outcome: str, date: str, document: str) -> FundingDecision:
    """A decision a meeting's minutes record in words."""
    return FundingDecision(
        item, amount, "award", "", "2023-24", document, 1, "q", "prose", outcome=outcome, date=date
    )


def test_an_award_rescinded_at_a_later_meeting_ends_its_timeline_uncounted() -> None:
    rows = [
        _minuted("Mardle Street Pastors", 8_000, "approved", "2023-06-20", "june.pdf"),
        _minuted("Mardle Street Pastors", 8_000, "withdrawn", "2023-12-12", "december.pdf"),
    ]
    register = FundingRegister(rows, partnership_of={"june.pdf": "N", "december.pdf": "N"})
    assert not any(register.counted(d) for d in rows)
    answer = register.answer("what happened to the mardle street pastors award", set())
    assert answer is not None
    assert "£8,000 withdrawn on 12 December 2023" in answer.text
    assert "approved £8,000 on 20 June 2023" in answer.text


def test_did_we_fund_asks_what_became_of_a_bid_and_a_passage_naming_another_partnerships_item_leads() -> None:
    rows = [
        FundingDecision(
            "Mill Street CCTV upgrade",
            45_000,
            "award",
            "",
            "2024-25",
            "h.pdf",
            2,
            "Not supported.",
            "prose",
            outcome="declined",
            date="2024-07-16",
        ),
        FundingDecision(
            "Larkhollow CCTV upgrade",
            11_750,
            "award",
            "",
            "2023-24",
            "k.pdf",
            1,
            "approved",
            "prose",
            date="2023-12-06",
        ),
    ]
    register = FundingRegister(
        rows, partnership_of={"h.pdf": "Hart CSP", "k.pdf": "Kes CSP", "s.pdf": "Sho CSP"}
    )
    answer = register.answer("did we fund the mill street cctv upgrade", set())
    assert answer is not None and "Mill Street CCTV upgrade: declined on 16 July 2024" in answer.text
    assert "Larkhollow" not in answer.text
    # Retrieval's first passage is a third partnership's and names the item: the register holds
    # only another's of that name, so the passages answer.
    passage = ("Sho CSP", "Larkhollow CCTV upgrade\nAgreed to fund £5,250 from the pot.")
    assert (
        register.answer("what was decided about the larkhollow cctv upgrade", set(), favoured=passage) is None
    )
    own = register.answer(
        "what was decided about the larkhollow cctv upgrade", set(), favoured=("Kes CSP", "")
    )
    assert own is not None and "£11,750" in own.text


def test_a_list_under_a_lead_in_with_its_number_hung_in_the_margin(tmp_path: Path, model: Embeddings) -> None:
    report = [
        (50, "Northvale Safer Communities Board: Progress Report 2023-24"),
        (50, ""),
        (50, "3 Who sits on the Board"),
        (50, ""),
        (50, "3.1@Members on 31 March 2024, by organisation:"),
        (90, "–@Northvale Constabulary: Superintendent Rhys Calloway (Chair)"),
        (90, "–@Northvale Borough Council: Councillor Dev Mistry (Vice-Chair)"),
        (90, "–@Eastvale District Council: Councillor Owen Pardoe"),
        (50, "3.2@The Board met four times in 2023-24."),
    ]
    place_pdf(tmp_path / "corpus" / "progress-report-2023-24.pdf", [_page(report)])
    helper = Assistant.open(Settings(corpus_dir=tmp_path / "corpus", data_dir=tmp_path / "data"), model)
    helper.ingest()
    answer = helper.ask("which organisations sit on the board")
    for member in ("Northvale Constabulary", "Northvale Borough Council", "Eastvale District Council"):
        assert f"- {member}" in answer.text
    assert [c.page for c in answer.citations] == [1]


def _table_minutes(tmp_path: Path) -> Path:
    """Minutes set as a table: numbered items whose cells wrap over several lines, and an outcome
    column stating each sum (or a limit on bids to come, which decides none)."""
    columns = (50, 230, 420)
    rows = [
        ("Item", "Discussion", "Outcome"),
        ("3. Edge Talks knife crime", "Eight schools have signed up.", "Approved: £12,400.00."),
        ("education (Steel Minds CIC)", "", ""),
        ("4. Mardle Shopwatch radio", "The BID asked for 14 more radios.", "Award topped up by £2,500,"),
        ("scheme", "", "from £6,500 to £9,000."),
        ("5. Gloves Not Knives boxing", "It overlapped with youth outreach.", "Declined."),
        ("sessions (Mardle Boxing Club),", "", ""),
        ("£9,750 requested", "", ""),
        ("6. Budget", "Uncommitted after today.", "Noted: £8,100."),
        ("7. Fund position", "£8,100 is left.", "AGREED: a second round"),
        ("", "", "for bids of up to £5,000."),
    ]
    placed: list[tuple[float, float, str]] = [(50, 800, "Board minutes of 19 September 2023")]
    for at, row in enumerate(rows):
        placed += [(x, 770 - 15 * at, text) for x, text in zip(columns, row, strict=True) if text]
    return place_pdf(tmp_path / "minutes-2023-09-19.pdf", [placed])


def test_minutes_set_as_a_table_state_each_decision_in_the_outcome_column(tmp_path: Path) -> None:
    found = {
        (d.item, d.lead, d.amount, d.previous, d.outcome)
        for d in _decisions(_table_minutes(tmp_path), "2023-09-19")
    }
    assert found == {
        ("Edge Talks knife crime education", "Steel Minds CIC", 12_400, 0, "approved"),
        ("Mardle Shopwatch radio scheme", "", 9_000, 6_500, "amended"),
        ("Gloves Not Knives boxing sessions", "Mardle Boxing Club", 9_750, 0, "declined"),
    }


def test_of_one_item_named_in_two_partnerships_retrievals_is_answered() -> None:
    rows = [
        _minuted("Gloves Not Knives", 9_750, "declined", "2023-09-19", "ash.pdf"),
        _minuted("Gloves Not Knives", 4_000, "approved", "2023-10-17", "rav.pdf"),
    ]
    register = FundingRegister(rows, partnership_of={"ash.pdf": "Ash", "rav.pdf": "Rav"})
    asked = "what did the board decide on gloves not knives"
    answer = register.answer(asked, set(), favoured=("Rav", ""))
    assert answer is not None and "£4,000" in answer.text and "£9,750" not in answer.text
    both = register.answer(asked, set())
    assert both is not None and "£4,000" in both.text and "£9,750" in both.text


@pytest.mark.parametrize("chevron", ["›", "»"])
def test_a_chevron_hung_before_each_line_marks_list_items(tmp_path: Path, chevron: str) -> None:
    lines = [
        (50, "2. Shopwatch radio scheme"),
        (50, f"{chevron}@Business Watch has confirmed £2,000 towards the radios, so the bid is no longer on"),
        (90, "hold."),
        (50, f"{chevron}@Agreed to fund £5,250 from the 2024-25 pot."),
    ]
    path = place_pdf(tmp_path / "notes.pdf", [_page(lines)])
    blocks = clean_pages(read_pdf(path, path.name).pages)[0].blocks
    assert [(b.kind, b.text) for b in blocks[1:]] == [
        (
            "bullet",
            "Business Watch has confirmed £2,000 towards the radios, so the bid is no longer on hold.",
        ),
        ("bullet", "Agreed to fund £5,250 from the 2024-25 pot."),
    ]


def test_an_award_asked_about_as_cut_leads_with_its_cut_not_its_latest_state() -> None:
    def decided(
        amount: float, outcome: str, date: str, document: str, previous: float = 0
    ) -> FundingDecision:
        return replace(_minuted("Blades Down", amount, outcome, date, document), previous=previous)

    rows = [
        decided(7_500, "approved", "2024-03-12", "june.pdf"),
        decided(5_250, "amended", "2025-01-21", "january.pdf", previous=7_500),
        decided(5_000, "approved", "2025-03-18", "march.pdf"),
    ]
    register = FundingRegister(
        rows, partnership_of=dict.fromkeys(["june.pdf", "january.pdf", "march.pdf"], "N")
    )
    cut = register.answer("what was the blades down award cut to", set())
    assert cut is not None and cut.text.startswith(
        "Blades Down: amended on 21 January 2025 from £7,500 to £5,250"
    )
    latest = register.answer("how much is blades down getting", set())
    assert latest is not None and latest.text.startswith(
        "Blades Down (latest): approved £5,000 on 18 March 2025"
    )
    # Raised is the other way: no state of this item answers it, so the latest leads.
    raised = register.answer("was the blades down award increased", set())
    assert raised is not None and raised.text.startswith("Blades Down (latest)")


def test_a_word_naming_one_item_and_an_organisation_does_not_pick_that_item() -> None:
    def award(item: str, lead: str, amount: float, document: str) -> FundingDecision:
        return replace(_minuted(item, amount, "approved", "2025-07-15", document), lead=lead)

    rows = [
        award("Fennimore youth shelter", "Northby Homes", 5_000, "a.pdf"),
        award("Fight for Change", "Fennimore Boxing Academy", 4_600, "b.pdf"),
        award("Fight for Change, second year", "Fennimore Boxing Academy", 6_000, "c.pdf"),
        award("ShopSafe radio link, second year", "Northby BID", 2_600, "c.pdf"),
    ]
    register = FundingRegister(rows, partnership_of=dict.fromkeys(["a.pdf", "b.pdf", "c.pdf"], "N"))
    answer = register.answer(
        "how much did fennimore boxing academy get for the second year of fight for change", set()
    )
    assert answer is not None and answer.text.startswith(
        "Fight for Change, second year (Fennimore Boxing Academy)"
    )
    # A word naming one item alone still names it: "shelter" is no organisation's.
    shelter = register.answer("how much did the shelter get", set())
    assert shelter is not None and shelter.text.startswith("Fennimore youth shelter (Northby Homes)")


def test_a_budget_statement_beside_the_awards_registers_no_award(tmp_path: Path) -> None:
    # The money the partnership received, held and carried forward is no award; a line it spent is.
    lines = [
        "Fictional document for software testing. Annual report 2023-24",
        "The Board made eight awards from the Fund in 2023-24.",
        "Where the money came from and went",
        "@£",
        "Commissioner's Community Safety Grant@52,000",
        "Brought forward from 2022-23@4,850",
        "Money available@68,850",
        "Community Safety Co-ordinator post@15,000",
        "Awards (table above)@46,250",
        "Carried forward to 2024-25@7,600",
    ]
    placed: list[tuple[float, float, str]] = []
    for at, line in enumerate(lines):
        name, _, amount = line.partition("@")
        placed += ([(50, 790 - 14 * at, name)] if name else []) + (
            [(420, 790 - 14 * at, amount)] if amount else []
        )
    path = place_pdf(tmp_path / "annual-report-2023-24.pdf", [placed])
    pdf = read_pdf(path, path.name)
    found = extract_funding(path.name, pdf.pages, clean_pages(pdf.pages), "2023-24", "", "annual report")
    assert [(d.item, d.amount) for d in found] == [("Community Safety Co-ordinator post", 15_000)]
