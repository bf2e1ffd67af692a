"""Partnership AM's Small Grants Panel, 14 July 2022: informal notes in Bitstream Vera under a moss "tab"
with "PANEL NOTES" in it, no running head and a foot "Small Grants Panel 14.7.22 — n" at the left. Who took
part, the pot for 2022-23 and the limit, the Board's new Chair noted, the applications in a "band" table
in moss with the amount asked, the amount agreed and the panel's view ("Yes", "Part", "No", "Held"): two
agreed in full, one part-funded (video doorbells for fewer homes), one turned down (shed alarms) and one held
for the council's consent as landowner; what is left in the pot and the autumn round's closing date; an
actions table (action, owner, due) and the next panel."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.names import SANDLEBURY
from evals.archive.sandlebury_facts import PANEL_JULY, PANEL_JULY_AGREED, PANEL_LIMIT, POT_2223
from evals.archive.sandlebury_layout import (
    MOSS,
    NOTES,
    NOTES_H,
    NOTES_STYLES,
    WIDTH,
    Furniture,
    band,
    lined,
    notice,
    p,
    pounds,
)
from evals.archive.sandlebury_layout import render as render_pages

TITLE_PANEL = "Sandlebury Community Safety Partnership Small Grants Panel notes, 14 July 2022"
WHITE_STYLES = (
    NOTES_STYLES[0].clone("SbNotesWhiteHead", textColor=colors.white),
    NOTES_STYLES[1].clone("SbNotesWhiteHeadFig", textColor=colors.white),
    *NOTES_STYLES[2:],
)


def write_panel_notes(path: Path) -> Path:
    furniture = Furniture(
        "", label="Small Grants Panel \u2013 14.7.22", opening="tab", head_place="", foot="Small Grants "
        "Panel 14.7.22 \u2014 {n}", place="left"
    )  # fmt: skip
    return render_pages(path, _story, Meta(TITLE_PANEL, SANDLEBURY), furniture)


def _story() -> list[Flowable]:
    rows = [["Applicant", "Project", "Asked", "Agreed", "Panel view"]]
    for applicant, project, asked, agreed, view in PANEL_JULY:
        rows.append([applicant, project, pounds(asked), pounds(agreed) if agreed else "\u2013", view])
    rows.append(["<b>Total</b>", "", f"<b>{pounds(sum(r[2] for r in PANEL_JULY))}</b>",
                 f"<b>{pounds(PANEL_JULY_AGREED)}</b>", ""])  # fmt: skip
    actions = [
        ["What", "Who", "By"],
        ["Grant letters to Brayfield Youth Club, Pellcombe NHW and the Mosque and Community Centre",
         "Hollie", "22 July"],
        ["Ask Parks for consent to the skatepark floodlight timer", "Hollie", "31 August"],
        ["Tell Lowmarsh Allotment Society about the police's free shed-marking sessions", "PS Lomax",
         "31 July"],
        ["Open the autumn round on the council website", "Tamsin", "1 August"],
    ]  # fmt: skip
    left = POT_2223 - PANEL_JULY_AGREED
    return [
        notice(edge=MOSS),
        Spacer(1, 8),
        p(
            "<b>Small Grants Panel</b> \u2013 Thursday 14 July 2022, 10.30 am, on Teams. "
            "<b>Panel:</b> Hollie Brannigan (Community Safety Manager, chair), PS Gareth Lomax (Wendleshire "
            "Police), Karl Etheridge (Kestmoor Housing), Tamsin Rigby (Sandlebury Council for Voluntary "
            "Service). <b>Notes:</b> Tamsin.",
            NOTES,
        ),
        p("1. The pot", NOTES_H),
        p(
            f"The Small Grants Pot for 2022-23 is {pounds(POT_2223)}, from the council's contribution. The "
            f"panel can agree bids of up to {pounds(PANEL_LIMIT)} each; anything bigger goes to the Board. "
            "Nothing has been spent from this year's pot yet. Bids are scored against the three priorities "
            "the Board adopted in April.",
            NOTES,
        ),
        p(
            "Hollie reported that Cllr Tobias Wainhouse, the new Portfolio Holder for Communities, took the "
            "chair of the Board at its meeting on 9 June 2022 in place of Cllr Miriam Oakhurst.",
            NOTES,
        ),
        p("2. Applications, summer round", NOTES_H),
        band(rows, [150, 160, 52, 52, WIDTH - 414], figs={2, 3}, styles=WHITE_STYLES, head=MOSS),
        Spacer(1, 4),
        p(
            "<b>Brayfield Youth Club</b> \u2013 Friday night football at the village hall for 11 to 16 year "
            "olds, where ASB calls peak on Friday evenings. Yes, in full.",
            NOTES,
        ),
        p(
            "<b>Pellcombe Neighbourhood Watch</b> \u2013 asked for 42 video doorbells for older and "
            "vulnerable residents. Panel happy to fund 30 doorbells, targeted at repeat victims and homes "
            "the police point to, so part-funded at \u00a31,800 rather than the \u00a32,500 asked.",
            NOTES,
        ),
        p(
            "<b>Sandlebury Mosque and Community Centre</b> \u2013 hate crime reporting sessions with "
            "Wendleshire Police. Yes, in full.",
            NOTES,
        ),
        p(
            "<b>Lowmarsh Allotment Society</b> \u2013 shed alarms. No: theft from sheds is low and falling, "
            "it is not one of the priorities, and alarms should be claimed through members' insurance. PS "
            "Lomax to offer free property-marking instead.",
            NOTES,
        ),
        p(
            "<b>Ashenmoor Skatepark Users Group</b> \u2013 a timer to switch the floodlights off at 9 pm. "
            "The panel likes it but the skatepark is council land: held until Parks give consent, back to "
            "the October panel.",
            NOTES,
        ),
        p("3. What is left", NOTES_H),
        p(
            f"Agreed today: {pounds(PANEL_JULY_AGREED)}. Left in the pot for the autumn round: "
            f"{pounds(left)}. The autumn round closes on 30 September 2022.",
            NOTES,
        ),
        p("4. Actions", NOTES_H),
        lined(actions, [300, 80, WIDTH - 380], styles=NOTES_STYLES),
        Spacer(1, 6),
        p("Next panel: Thursday 13 October 2022, on Teams.", NOTES),
    ]
