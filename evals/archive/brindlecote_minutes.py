"""Partnership O's Board minutes in two styles on brindlecote_layout's furniture.

- 10 October 2023: narrative minutes in the "plain" template, numbered BCSB/23/20 to BCSB/23/29 as
  run-in headings, "Members agreed" and "Resolved:" wording; Kersey Vale Homes co-opted, the Probation
  member's coming retirement, the Fund's position and five bids: one awarded below the sum asked
  (£7,500 of £9,800), one in full (the knife crime workshops, £8,400), one in full (£3,200), one deferred
  to January (£11,600 asked) and one declined with three reasons.
- 16 January 2024: an action-log record in the landscape template, those present as initials with an
  agency key, then one row an item (No. | Item | Discussion | Decision | Owner); the Chair's decision of
  4 December 2023 ratified (£2,750), the deferred bid approved at £10,900, the knife crime award increased
  from £8,400 to £9,650, a member leaving and her successor, the Fund's balance; an actions table."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from evals.archive.brindlecote_layout import (
    Furniture,
    band,
    caption,
    listing,
    note,
    notice,
    p,
    render_pages,
    run_in,
    tiles,
    title,
)
from evals.archive.common import Meta
from evals.archive.names import BRINDLECOTE

TITLE_OCTOBER = "Brindlecote Community Safety Board: minutes of the meeting of 10 October 2023"
TITLE_JANUARY = "Brindlecote Community Safety Board: record of the meeting of 16 January 2024"


def write_minutes_october(path: Path) -> Path:
    furniture = Furniture("Minutes – 10 October 2023", "BCSB minutes BCSB/23/20-29", "10 October 2023")
    return render_pages(path, _october, Meta(TITLE_OCTOBER, BRINDLECOTE), furniture, first="plain")


def write_minutes_january(path: Path) -> Path:
    furniture = Furniture("Meeting record – 16 January 2024", "BCSB record 2024/1", "16 January 2024")
    return render_pages(path, _january, Meta(TITLE_JANUARY, BRINDLECOTE), furniture, first="landscape")


def _october() -> list[Flowable]:
    return [
        notice(),
        *title(
            "Minutes of the Board",
            "Brindlecote Community Safety Board – Tuesday 10 October 2023, 2.00 pm, Council Chamber, "
            "Brindlecote Civic Centre",
        ),
        p(
            "<b>Present:</b> Councillor Denise Whitcombe (Chair, Brindlecote District Council); "
            "Superintendent "
            "Gareth Lowden (Vice-Chair, Garrenshire Constabulary); Councillor Imogen Fairleigh (Garrenshire "
            "County Council); Group Manager Ruth Adebayo (Garrenshire Fire and Rescue Service); Karen "
            "Lethbridge (Probation Service); Megan Farrier (Office of the Garrenshire Police and Crime "
            "Commissioner); Lorna Baptiste (Garrenshire Youth Justice Service); Tom Wigmore (Brindlecote "
            "Voluntary Action)."
        ),
        p(
            "<b>In attendance:</b> Nadia Quraishi (Community Safety Manager, Brindlecote District Council); "
            "Bethan Lloyd-Prosser (Kersey Vale Homes, for minute BCSB/23/23 onwards); Liam Gorton "
            "(Democratic Services, minutes)."
        ),
        p(
            "<b>Apologies:</b> Dr Samuel Okonedo (NHS Garrenshire Integrated Care Board); Fiona Threlkeld "
            "(Garrenshire County Council Public Health)."
        ),
        run_in("BCSB/23/20  Welcome and quorum"),
        p(
            "The Chair welcomed members. Five responsible authorities were represented and the meeting was "
            "quorate."
        ),
        run_in("BCSB/23/21  Declarations of interest"),
        p(
            "Tom Wigmore declared an interest in the bid from Ferrowby Bridge Neighbourhood Watch "
            "(minute BCSB/23/26(c)), whose treasurer is a trustee of Brindlecote Voluntary Action, and took "
            "no part in that decision."
        ),
        run_in("BCSB/23/22  Minutes of the meeting held on 11 July 2023"),
        p("Resolved: that the minutes of the meeting held on 11 July 2023 be agreed as a correct record."),
        run_in("BCSB/23/23  Membership"),
        p(
            "The Community Safety Manager reported a request from Kersey Vale Homes, the largest social "
            "landlord in the district with some 6,200 homes, to join the Board. Members agreed that a "
            "housing provider would strengthen the Board's work on anti-social behaviour."
        ),
        p(
            "Resolved: that Kersey Vale Homes be co-opted as a member of the Board, represented by Bethan "
            "Lloyd-Prosser, Director of Neighbourhoods."
        ),
        p(
            "Karen Lethbridge told the Board that she will retire from the Probation Service at the end of "
            "December 2023. The Chair thanked her for six years on the Board."
        ),
        run_in("BCSB/23/24  Serious Violence Duty"),
        p(
            "Superintendent Lowden reported that possession of weapons offences in the district had risen "
            "from 61 in the first half of 2022-23 to 78 in the first half of 2023-24. The Serious Violence "
            "and Exploitation Group will bring the district's response strategy to the January meeting. "
            "Members agreed that bids for knife crime prevention in schools should be given priority in "
            "this round."
        ),
        run_in("BCSB/23/25  Safer Communities Fund 2023-24: budget position"),
        p(
            "The Fund has £76,450 for 2023-24: the Commissioner's grant of £58,000, the District Council's "
            "contribution of £12,000 and £6,450 carried forward from 2022-23. The Board awarded £31,900 at "
            "its July meeting, leaving £44,550 for this round and the rest of the year."
        ),
        run_in("BCSB/23/26  Safer Communities Fund 2023-24: second round of bids"),
        p(
            "Five bids had been received. The Community Safety Manager summarised each against the Fund's "
            "criteria. After discussion it was"
        ),
        p(
            "Resolved:<br/>(a) NightSafe Patrols (Brindlecote Churches Together) – to award £7,500 for "
            "twelve months of Friday and Saturday night volunteer patrols in the town centre, less than the "
            "£9,800 requested; members agreed to fund the patrols but not the replacement of the group's "
            "minibus;<br/>(b) Blades Down knife crime workshops in secondary schools (Fenwold Youth Trust) "
            "– to award £8,400, the sum requested, for workshops in seven schools in the spring "
            "term;<br/>(c) Ferrowby Bridge Neighbourhood Watch relaunch (Ferrowby Bridge Neighbourhood "
            "Watch) – to award £3,200, the sum requested;<br/>(d) Tollbar Estate CCTV upgrade (Brindlecote "
            "District Council CCTV service) – to defer a decision on the request for £11,600 to the next "
            "meeting, pending a second quotation and confirmation of the annual maintenance costs;<br/>(e) "
            "refurbishment of the gym at Crossgate Amateur Boxing Club – not to support the bid for £6,000."
        ),
        p(
            "On (e), members agreed the reasons to be given to the club: the Fund does not pay for capital "
            "works to buildings the applicant does not own; the bid did not show how it would reach young "
            "people at risk of involvement in violence; and no other funding had been sought. The club "
            "will be pointed to the County Council's Community Grants scheme and invited to bid again in "
            "2024-25 for a diversionary programme."
        ),
        p("After these decisions £25,450 of the Fund remains uncommitted for 2023-24."),
        run_in("BCSB/23/27  Domestic abuse and the Sanctuary Scheme"),
        p(
            "Bethan Lloyd-Prosser and the Community Safety Manager reported rising demand for the "
            "Sanctuary Scheme, which makes the homes of people at risk of domestic abuse more secure. "
            "Sanctum Garrenshire expects to bid for extra funding before the January meeting. Members "
            "noted that the Chair may decide such a bid between meetings under paragraph 6.3 of the Terms "
            "of Reference."
        ),
        run_in("BCSB/23/28  Any other business"),
        p("None."),
        run_in("BCSB/23/29  Date of next meeting"),
        p("Tuesday 16 January 2024, 2.00 pm, Council Chamber, Brindlecote Civic Centre."),
        note("The meeting closed at 3.50 pm."),
    ]


ATTENDANCE = (
    ("DW", "Councillor Denise Whitcombe (Chair)", "BDC"),
    ("GL", "Superintendent Gareth Lowden (Vice-Chair)", "GC"),
    ("IF", "Councillor Imogen Fairleigh", "GCC"),
    ("RA", "Group Manager Ruth Adebayo", "GFRS"),
    ("PO", "Paul Ostrowski", "PS"),
    ("SO", "Dr Samuel Okonedo", "ICB"),
    ("MF", "Megan Farrier", "OPCC"),
    ("BLP", "Bethan Lloyd-Prosser", "KVH"),
    ("TW", "Tom Wigmore", "BVA"),
    ("NQ", "Nadia Quraishi (lead officer)", "BDC"),
)
KEY = (
    "BDC Brindlecote District Council; GC Garrenshire Constabulary; GCC Garrenshire County Council; GFRS "
    "Garrenshire Fire and Rescue Service; PS Probation Service; ICB NHS Garrenshire Integrated Care Board; "
    "OPCC Office of the Garrenshire Police and Crime Commissioner; KVH Kersey Vale Homes; BVA Brindlecote "
    "Voluntary Action."
)

ITEMS = (
    ("1", "Welcome, apologies, quorum",
     "Apologies: Lorna Baptiste (Youth Justice), Fiona Threlkeld (Public Health). Six responsible "
     "authorities present.", "Quorate.", "–"),
    ("2", "Minutes of 10 October 2023", "No matters arising not covered below.",
     "Agreed as a correct record.", "–"),
    ("3", "Membership",
     "Karen Lethbridge retired on 31 December 2023. Paul Ostrowski, Head of the Brindlecote and Fenwold "
     "Probation Delivery Unit, now represents the Probation Service. DW thanked KL in her absence.",
     "Noted. PO welcomed.", "NQ to update the membership list"),
    ("4", "Decision taken between meetings",
     "On 4 December 2023 the Chair, in consultation with the Vice-Chair, approved £2,750 to Sanctum "
     "Garrenshire for 40 extra Sanctuary Scheme installations before the end of March, under para 6.3 of "
     "the Terms of Reference.", "Ratified: £2,750 to Sanctum Garrenshire (Sanctuary Scheme).", "–"),
    ("5", "Tollbar Estate CCTV upgrade (deferred from BCSB/23/26(d))",
     "Second quotation obtained; the cheaper supplier's price with three years' maintenance is £10,900, "
     "against £11,600 first asked.", "Approved: £10,900.", "NQ to issue grant agreement"),
    ("6", "Blades Down knife crime workshops",
     "Fenwold Youth Trust asked to add Sedgeworth Academy and Oxlade School to the seven schools funded "
     "in October. GL: weapons possession among under-18s is highest in Sedgeworth.",
     "Award increased from £8,400 to £9,650 (nine schools).", "NQ to vary the grant agreement"),
    ("7", "Safer Communities Fund balance",
     "After items 4 to 6 the uncommitted balance for 2023-24 is £10,550. Ferrowby Bridge Neighbourhood "
     "Watch reports its relaunch has stalled; NQ to report at the April meeting.",
     "Noted. Balance to be carried into 2024-25 if not spent.", "NQ"),
    ("8", "Serious Violence Duty: response strategy",
     "MF and GL presented the district's draft response strategy. The Serious Violence and Exploitation "
     "Group will lead.", "Draft endorsed for consultation.", "GL, by 9 April 2024"),
    ("9", "Strategic intelligence assessment",
     "The next assessment will cover 2019-20 to 2023-24 and come to the Board in November 2024.",
     "Agreed timetable.", "NQ"),
    ("10", "Any other business; next meeting",
     "None. Next meeting Tuesday 9 April 2024, 2.00 pm.", "–", "–"),
)  # fmt: skip

ACTIONS = (
    ("A24/01", "Update the membership list on the website", "NQ", "31 January 2024", "Done"),
    ("A24/02", "Issue the CCTV grant agreement (£10,900)", "NQ", "9 February 2024", "Open"),
    ("A24/03", "Vary the Blades Down grant agreement to £9,650", "NQ", "9 February 2024", "Open"),
    ("A24/04", "Report on the Neighbourhood Watch relaunch", "NQ", "9 April 2024", "Open"),
    ("A24/05", "Serious violence response strategy, final version", "GL", "9 April 2024", "Open"),
)


def _january() -> list[Flowable]:
    present = [["Initials", "Name", "Agency"], *ATTENDANCE]
    items = [["No.", "Item", "Discussion", "Decision", "Action / owner"], *ITEMS]
    actions = [["Ref", "Action", "Owner", "Due", "Status"], *ACTIONS]
    return [
        notice(),
        *title("Meeting record", "Brindlecote Community Safety Board – 16 January 2024, Council Chamber"),
        tiles(present, [52, 230, 60]),
        note(f"Agency key: {KEY}"),
        NextPageTemplate("landscape"),
        PageBreak(),
        band("Record of items"),
        tiles(items, [30, 120, 300, 170, 113]),
        band("Action log"),
        tiles(actions, [52, 330, 60, 120, 60]),
        caption("Next meeting"),
        listing(["Tuesday 9 April 2024, 2.00 pm, Council Chamber, Brindlecote Civic Centre."]),
    ]
