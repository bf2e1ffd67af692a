"""Partnership Q's funding papers: the Grants Programme 2024-25 (the priorities agreed in March 2024, the
money as dot leaders, the commissioned services in an open table, the open round's two windows and its
rules, in numbered paragraphs) and a landscape Register of Grants 2025-26 at 30 September 2025 (the
commissioned services, and every open-round bid with the Funding Panel's or the Board's decision, in a
railed table)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.caddisford_layout import (
    Furniture,
    caption,
    leaders,
    note,
    notice,
    numbered,
    open_table,
    p,
    pounds,
    railed,
    render_pages,
    section,
    title,
)
from evals.archive.common import Meta
from evals.archive.names import CADDISFORD, CADDISFORD_FUND

TITLE_PROGRAMME = f"{CADDISFORD}: {CADDISFORD_FUND} Grants Programme 2024-25"
TITLE_REGISTER = f"{CADDISFORD}: {CADDISFORD_FUND} Register of Grants 2025-26 (at 30 September 2025)"

INCOME_2425 = (
    ("Police and Crime Commissioner's Community Safety Grant", 50_000),
    ("Caddisford District Council contribution", 10_000),
    ("Carried forward from 2023-24", 7_310),
)
# Ref, priority, service, provider, amount.
COMMISSIONED_2425 = (
    ("C1", "Domestic abuse and stalking", "Stalking Advocacy Service (the 2023-24 pilot continued)",
     "Meadowgate Domestic Abuse Service", 12_000),
    ("C2", "Serious violence", "Blades Down: knife crime education in ten secondary schools",
     "Hallowshire Youth Justice Service", 7_500),
    ("C3", "Anti-social behaviour", "Evening warden patrols in Quenby Park, Fennimore and Saltry",
     "Caddisford District Council Neighbourhood Warden Service", 6_000),
    ("C4", "Exploitation", "Safe Steps: mentoring for young people at risk of exploitation",
     "Caddisford Youth Partnership", 9_000),
    ("C5", "All", "Community Safety Officer post (part-funded)", "Caddisford District Council", 15_500),
)  # fmt: skip
OPEN_ROUND_2425 = 12_000
CONTINGENCY_2425 = 5_310

INCOME_2526 = (
    ("Police and Crime Commissioner's Community Safety Grant", 50_000),
    ("Caddisford District Council contribution", 8_000),
    ("Carried forward from 2024-25", 2_100),
)
COMMISSIONED_2526 = (
    ("C1", "Stalking Advocacy Service", "Meadowgate Domestic Abuse Service", "Domestic abuse and stalking",
     12_000),
    ("C2", "Safe Steps mentoring", "Caddisford Youth Partnership", "Exploitation", 9_500),
    ("C3", "Blades Down (seven schools)", "Hallowshire Youth Justice Service", "Serious violence", 5_000),
    ("C4", "Community Safety Officer post (part-funded)", "Caddisford District Council", "All", 16_000),
    ("C5", "ShopSafe radio link, second year", "Caddisford Business Improvement District",
     "Shop theft and retail crime", 2_600),
)  # fmt: skip
OPEN_ROUND_2526 = 12_000
CONTINGENCY_2526 = 3_000


def write_programme(path: Path) -> Path:
    furniture = Furniture("Grants Programme 2024-25", "CCSP/FUND/2024-25  approved 12 March 2024")
    return render_pages(path, _programme, Meta(TITLE_PROGRAMME, CADDISFORD), furniture)


def write_register(path: Path) -> Path:
    furniture = Furniture("Register of Grants 2025-26", "CCSP/FUND/REG/2025-26  at 30.09.2025")
    return render_pages(path, _register, Meta(TITLE_REGISTER, CADDISFORD), furniture, first="wide")


def _programme() -> list[Flowable]:
    income = sum(k for _, k in INCOME_2425)
    commissioned = sum(c[4] for c in COMMISSIONED_2425)
    money = [
        *((what, pounds(k)) for what, k in INCOME_2425),
        ("Money available for 2024-25", pounds(income)),
        ("Commissioned services (section 3)", pounds(commissioned)),
        ("Open grants round (section 4)", pounds(OPEN_ROUND_2425)),
        ("Contingency", pounds(CONTINGENCY_2425)),
        ("Total planned", pounds(commissioned + OPEN_ROUND_2425 + CONTINGENCY_2425)),
    ]
    rows = [["Ref", "Priority", "Service", "Provider", "£"]]
    rows += [[ref, pri, what, who, f"{k:,}"] for ref, pri, what, who, k in COMMISSIONED_2425]
    rows.append(["", "", "Total commissioned", "", f"{commissioned:,}"])
    return [
        notice(),
        *title(
            "Funding",
            "Grants Programme 2024-25",
            f"How the {CADDISFORD_FUND} will be spent from 1 April 2024",
        ),
        *section("1", "Priorities for 2024-25"),
        numbered(
            "1.1",
            "On 12 March 2024 the Partnership Board considered the Strategic Intelligence Assessment 2024 "
            "and agreed four priorities for 2024-25:",
        ),
        numbered("", "(a) anti-social behaviour in all our neighbourhoods;"),
        numbered("", "(b) domestic abuse and stalking;"),
        numbered("", "(c) serious violence, including knife crime;"),
        numbered("", "(d) exploitation of children and young people."),
        numbered(
            "1.2",
            "Serious violence is a new priority. Anti-social behaviour, until now a priority for "
            "Caddisford town centre and Saltry only, now covers every neighbourhood, and the domestic abuse "
            "priority now includes stalking. Rural and farm crime is no longer a priority of the "
            "Partnership: the Hallowshire Rural Crime Partnership leads on it, and the Board will receive a "
            "yearly update.",
        ),
        *section("2", "The money"),
        leaders(money, 380, bold=[3, 7]),
        Spacer(1, 6),
        *section("3", "Commissioned services"),
        numbered(
            "3.1",
            "The Board agreed to commission five services for the whole year, without a bidding round, so "
            "that the work carries on from April. Each provider sends a return every quarter.",
        ),
        caption("Table 3.1  Commissioned services 2024-25", keep=False),
        open_table(rows, [24, 92, 150, 150, 44], figures=[4], totals=[len(rows) - 1]),
        *section("4", "The open grants round"),
        numbered(
            "4.1",
            f"{pounds(OPEN_ROUND_2425)} is set aside for bids from voluntary and community groups, parish "
            "and town councils and public bodies, in two windows:",
        ),
        numbered(
            "4.1.1",
            "Window A opens on 1 May 2024 and closes on 7 June 2024; bids will be decided at the Board on "
            "16 July 2024.",
        ),
        numbered(
            "4.1.2",
            "Window B opens on 2 September 2024 and closes on 29 November 2024; bids will be decided at the "
            "Board on 21 January 2025.",
        ),
        numbered(
            "4.2",
            "A bid may ask for up to £5,000 for a project that serves at least one of the priorities and "
            "finishes by 31 March 2025.",
        ),
        numbered(
            "4.3",
            "The Fund does not pay for capital works (such as CCTV, lighting or buildings), for road safety "
            "schemes, or for an organisation's core running costs.",
        ),
        numbered(
            "4.4",
            "Application forms are available from the Community Safety Team at "
            "community.safety@caddisford.example. Bids are scored by officers and decided by the Board.",
        ),
        *section("5", "Decisions between meetings"),
        numbered(
            "5.1",
            "The Chair may approve an urgent bid of up to £3,000 between meetings after consulting the "
            "Vice-Chair. Such decisions are reported to the next Board meeting for ratification.",
        ),
        numbered(
            "5.2",
            "The contingency meets urgent bids and any overspend. Money not committed by 31 March 2025 is "
            "carried forward.",
        ),
        note("Approved by the Partnership Board on 12 March 2024; published 2 April 2024."),
    ]


def _register() -> list[Flowable]:
    income = sum(k for _, k in INCOME_2526)
    commissioned = sum(c[4] for c in COMMISSIONED_2526)
    money = [
        *((what, pounds(k)) for what, k in INCOME_2526),
        ("Money available for 2025-26", pounds(income)),
        ("Commissioned services (Part A)", pounds(commissioned)),
        ("Open grants round (Part B)", pounds(OPEN_ROUND_2526)),
        ("Contingency", pounds(CONTINGENCY_2526)),
    ]
    part_a = [["Ref", "Service", "Provider", "Priority", "Award"]]
    part_a += [[ref, what, who, pri, pounds(k)] for ref, what, who, pri, k in COMMISSIONED_2526]
    part_a.append(["", "Total", "", "", pounds(commissioned)])
    part_b = [["Ref", "Decided", "Applicant", "Project", "Priority", "Asked", "Decision", "Award"]]
    part_b += [
        ["FP25/01", "13 May 2025 (Panel)", "Brockwell Green Neighbourhood Watch",
         "Window and door alarms for older residents", "Anti-social behaviour", "£1,800", "Awarded",
         "£1,800"],
        ["FP25/02", "13 May 2025 (Panel)", "Saltry Traders' Association",
         "Staff safety and shop theft reporting training for 30 shops", "Shop theft and retail crime",
         "£4,500", "Awarded in part: the Panel did not fund body-worn cameras", "£3,200"],
        ["FP25/03", "13 May 2025 (Panel)", "Caddisford College", "Walk Safe: evening safety campaign, year 2",
         "Domestic abuse and stalking", "£2,400", "Awarded", "£2,400"],
        ["FP25/04", "15 July 2025 (Board)", "Fennimore Boxing Academy",
         "Fight for Change, second year", "Serious violence", "£7,200",
         "Over the Panel's £5,000 limit, referred to the Board on 13 May; the Board awarded less than "
         "asked", "£6,000"],
        ["FP25/05", "9 Sept 2025 (Panel)", "Quenby Park Residents' Association",
         "Quenby Nights summer activities", "Anti-social behaviour", "£2,950",
         "Declined: the activities took place in August, before the bid was decided", "–"],
        ["FP25/06", "9 Sept 2025 (Panel)", "Kettlewick Young Farmers", "Farm gate alarms",
         "–", "£1,650", "Declined: rural and farm crime is no longer a priority; referred to the "
         "Hallowshire Rural Crime Partnership", "–"],
        ["FP25/07", "9 Sept 2025 (Panel)", "Marrowby Tenants' Forum", "Estate clean-up days",
         "Anti-social behaviour", "£900", "Withdrawn by the applicant on 2 September 2025", "–"],
    ]  # fmt: skip
    awarded = 1800 + 3200 + 2400 + 6000
    part_b.append(["", "", "", "Total awarded", "", "", "", pounds(awarded)])
    return [
        notice(),
        *title(
            "Funding",
            "Register of Grants 2025-26",
            f"Every award from the {CADDISFORD_FUND} for 2025-26, as at 30 September 2025",
        ),
        *section("1", "The money"),
        leaders(money, 400, bold=[3]),
        Spacer(1, 4),
        p(
            "The District Council's contribution fell from £10,000 to £8,000 in 2025-26. From 1 April 2025 "
            "the Partnership has five priorities: shop theft and retail crime was added by the Board on "
            "21 January 2025. The Funding Panel decides open-round bids of up to £5,000."
        ),
        *section("2", "Part A: commissioned services"),
        caption("Commissioned by the Board on 18 March 2025 for the whole year", keep=False),
        railed(part_a, [30, 230, 220, 170, 60], figures=[4], totals=[len(part_a) - 1]),
        *section("3", "Part B: open grants round"),
        caption("Window 1 (decided 13 May 2025) and Window 2 (decided 9 September 2025)", keep=False),
        railed(part_b, [44, 74, 104, 124, 90, 44, 180, 56], figures=[5, 7], totals=[len(part_b) - 1]),
        Spacer(1, 4),
        note(
            f"Of the open round's {pounds(OPEN_ROUND_2526)}, {pounds(awarded)} has been awarded; the "
            f"{pounds(awarded - OPEN_ROUND_2526)} above the round's budget was met from the contingency. "
            "Window 3 opens on 3 November 2025."
        ),
    ]
