"""Partnership AK's Commissioning and Finance Group, 11 October 2023: a decision log in Helvetica under the
council's "letter" opening (the borough's name at the left, the service's address set right over a mulberry
hairline), a citron square and the title at the left of later pages and a foot "CFG decision log \u00b7 p.
n/total" at the left. Those present by initials with a key and the quorum; decisions in a "boxed" grid of
reference ("CFG/23/14"), item, decision and sum: the Board's deferred bid for a women's night safety hub
approved below its ask once the match funding was known, an award amended down for a vacant post, two
decisions under delegated powers reported, a bid for private security declined, bystander training approved
and weapon surrender bins deferred pending location analysis; the quarter's money in a "stripe" table, then an
actions table (number, action, owner, due, status) and the next meeting."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.names import STAVENHAM
from evals.archive.stavenham_facts import (
    ASB_2324,
    ASB_AMENDED_2324,
    AVAILABLE_2324,
    BINS_ASK,
    BYSTANDER,
    CFG_LIMIT_OLD,
    DHR_2324,
    HUB_2324,
    HUB_ASK,
    HUB_MATCH,
    MEDIATION_2324,
    REPORTING_CENTRE,
    SECURITY_ASK,
    WALKS,
    YOUTH_CLUB,
)
from evals.archive.stavenham_layout import (
    LOG,
    LOG_H,
    LOG_STYLES,
    LOG_TITLE,
    WIDTH,
    Furniture,
    boxed,
    notice,
    p,
    pounds,
    stripe,
)
from evals.archive.stavenham_layout import render as render_pages

TITLE_CFG = "Safer Stavenham Partnership Commissioning and Finance Group decision log, 11 October 2023"
WHITE_HEAD = (LOG_STYLES[0].clone("SvLogWhite", textColor=colors.white), *LOG_STYLES[1:])
# Committed before this meeting: the Board's awards of 20 April and 13 July, the Group's of 12 July and two
# decisions under delegated powers.
BEFORE = 385750 + DHR_2324 + MEDIATION_2324 + YOUTH_CLUB + WALKS + REPORTING_CENTRE
TODAY = HUB_2324 + BYSTANDER - (ASB_2324 - ASB_AMENDED_2324)
SPENT_Q2 = 196420


def write_cfg_october(path: Path) -> Path:
    furniture = Furniture(
        "Commissioning and Finance Group \u2013 decision log, 11 October 2023",
        label="Safer Stavenham Partnership \u00b7 Commissioning and Finance Group",
        opening="letter",
        head_place="tag",
        foot="CFG decision log \u00b7 p. {n}/{total}",
        place="left",
    )
    return render_pages(path, _story, Meta(TITLE_CFG, STAVENHAM), furniture)


def _story() -> list[Flowable]:
    decisions = [
        ["Ref", "Item", "Decision", "Sum"],
        ["CFG/23/14", "Women's Night Safety Hub (Stavenham Town Centre BID), deferred to the Group by the "
         "Board on 20 April 2023 (minute 23/09(h))",
         f"The BID has confirmed {pounds(HUB_MATCH)} of match funding from its levy and a venue at the Old "
         "Exchange, Market Street, from 1 December 2023. Costs for the first winter reviewed. "
         f"<b>Approved</b> at {pounds(HUB_2324)} against the ask of {pounds(HUB_ASK)}, for December 2023 to "
         "March 2024.", pounds(HUB_2324)],
        ["CFG/23/15", "Anti-social behaviour caseworker (Stavenham Homes), awarded by the Board on 20 April "
         "2023",
         "The post was vacant from April to June 2023. <b>Award amended</b> from "
         f"{pounds(ASB_2324)} to {pounds(ASB_AMENDED_2324)}; {pounds(ASB_2324 - ASB_AMENDED_2324)} returns "
         "to the fund.", pounds(ASB_AMENDED_2324)],
        ["CFG/23/16", "Decisions of the Head of Community Safety under delegated powers (reported)",
         f"14 August 2023: {pounds(WALKS)} to Ashmead Park Residents' Association for women's safety walks "
         f"and a lighting audit. 5 September 2023: {pounds(REPORTING_CENTRE)} to Oriel Fields Community "
         "Centre for a third-party hate crime reporting centre. <b>Noted.</b>",
         pounds(WALKS + REPORTING_CENTRE)],
        ["CFG/23/17", "Private security patrols, Ferrers Cross market (Ferrers Cross Market Traders' "
         "Association)",
         f"Bid of {pounds(SECURITY_ASK)} for guards on market days. Private security is not funded from "
         "the London Crime Prevention Fund or the Community Safety Investment Budget. <b>Declined.</b>",
         "\u2013"],
        ["CFG/23/18", "Bystander training for licensed premises (Stavenham Pubwatch)",
         "Training for bar and door staff in 40 premises, with the Ask for Angela scheme refreshed before "
         f"Christmas. <b>Approved</b> at {pounds(BYSTANDER)}.", pounds(BYSTANDER)],
        ["CFG/23/19", "Weapon surrender bins (Central North BCU)",
         f"Bid of {pounds(BINS_ASK)} for three bins. Members asked where the bins would go and who would "
         "empty them. <b>Deferred</b> to the meeting of 6 December 2023, pending the police's location "
         "analysis and a maintenance agreement with the council.", "\u2013"],
    ]  # fmt: skip
    money = [
        ["2023/24", "£"],
        ["Budget for the year (London Crime Prevention Fund and Community Safety Investment Budget)",
         f"{AVAILABLE_2324:,}"],
        ["Committed before this meeting", f"{BEFORE:,}"],
        ["Net effect of today's decisions (CFG/23/14, 15 and 18)", f"+{TODAY:,}"],
        ["Committed after this meeting", f"{BEFORE + TODAY:,}"],
        ["Not yet committed", f"{AVAILABLE_2324 - BEFORE - TODAY:,}"],
        ["Spent to 30 September 2023 (quarter 2)", f"{SPENT_Q2:,}"],
    ]  # fmt: skip
    actions = [
        ["No.", "Action", "Owner", "Due", "Status"],
        ["1", "Issue the grant agreement for the Women's Night Safety Hub to the BID", "TH", "20/10/2023",
         "Open"],
        ["2", "Bring the location analysis for weapon surrender bins to the December meeting", "RM",
         "06/12/2023", "Open"],
        ["3", "Write to the Ferrers Cross traders with the reason for CFG/23/17 and signpost the BID's "
         "business crime scheme", "IP", "27/10/2023", "Open"],
        ["4", "Update the funding register for CFG/23/14 to 18", "PN", "20/10/2023", "Open"],
        ["5", "Quarter 2 returns to MOPAC (carried from 13 September)", "TH", "31/10/2023", "In progress"],
    ]  # fmt: skip
    return [
        notice(),
        Spacer(1, 8),
        p("Commissioning and Finance Group: decision log", LOG_TITLE),
        p("Meeting of Wednesday 11 October 2023, 2.00 pm, Room 4.12, Stavenham Town Hall, and online", LOG),
        p(
            "<b>Present:</b> AL (chair), IP, TH, PN, RM, SH. <b>Apologies:</b> LO. <b>Key:</b> AL Alistair "
            "Lascelles, Corporate Director, Neighbourhoods and Environment; IP Imogen Penfold, Head of "
            "Community Safety; TH Tobias Hargreave, Community Safety Partnership Manager; PN Petra Novak, "
            "Finance Business Partner; RM Inspector Ruth Mallory, Central North BCU; SH Saoirse Halpin, "
            "MOPAC (adviser, no vote); LO Lorraine Ogundipe, Probation Service.",
            LOG,
        ),
        p(
            "The Group decides bids from "
            f"£5,001 up to {pounds(CFG_LIMIT_OLD)} and reports to the Partnership Board; it meets monthly. "
            "Quorum (three voting members, one of them from Finance) met.",
            LOG,
        ),
        p("Decisions", LOG_H),
        boxed(decisions, [56, 130, WIDTH - 56 - 130 - 52, 52], figs={3}, styles=WHITE_HEAD),
        p("Budget monitoring, quarter 2", LOG_H),
        stripe(money, [WIDTH - 90, 90], figs={1}, styles=LOG_STYLES),
        Spacer(1, 4),
        p(
            "Tobias Hargreave expects the Youth Outreach Detached Team to underspend after two posts fell "
            "vacant in September; a proposal will go to the Board in January.",
            LOG,
        ),
        p("Actions", LOG_H),
        stripe(actions, [30, WIDTH - 30 - 40 - 62 - 60, 40, 62, 60], styles=LOG_STYLES),
        p("Next meeting", LOG_H),
        p("Wednesday 8 November 2023, 2.00 pm, Room 4.12.", LOG),
    ]
