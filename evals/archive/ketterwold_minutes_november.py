"""Partnership AL's Executive Board, 30 November 2023: minutes typed in Courier with no opening furniture but
their own typed heading, no running head and a foot "- n -" centred; signed by the Independent Chair at the
next meeting and scanned to images on every page. Those present in a "typed" table of initials, name and body,
officers, apologies and the quorum; minutes "38/23" to "48/23" with decisions as "AGREED:" and lettered (a),
(b): matters arising (Carnmoor Summer Nights, the Night Marshals), two officer decision records noted, the
mediation bid deferred in June approved below its ask for three localities, the rural crime coordinator's
award amended down for a late start, a sanctuary scheme and two domestic homicide reviews funded, money
released from the Tessford legacy balance for a Christmas welfare hub, a bid for PCSO overtime declined, the
Commissioner's indication of a smaller grant for 2024/25, the strategic assessment's timetable and the next
meeting."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, Spacer

from evals.archive.common import Meta
from evals.archive.ketterwold_facts import (
    CCTV_HOURS,
    DHR_2324,
    GP_TRAINING,
    LEGACY_OPEN,
    MEDIATION_2324,
    MEDIATION_ASK,
    PCC_2324,
    PCC_2425,
    PCSO_ASK,
    RURAL_2324,
    RURAL_AMENDED_2324,
    SANCTUARY_2324,
    WELFARE_HUB,
)
from evals.archive.ketterwold_layout import (
    TYPED,
    TYPED_H,
    TYPED_TITLE,
    WIDTH,
    Furniture,
    Signature,
    notice,
    p,
    pounds,
    typed,
)
from evals.archive.ketterwold_layout import render as render_pages
from evals.archive.names import KETTERWOLD

TITLE_NOVEMBER = "Ketterwold Safer Communities Partnership Executive Board minutes, 30 November 2023"
AGREED = TYPED.clone("KwTypedAgreed", leftIndent=20)
LETTERED = TYPED.clone("KwTypedLettered", leftIndent=44, firstLineIndent=-22)


def write_minutes_november(path: Path) -> Path:
    furniture = Furniture("", opening="", head_place="", foot="- {n} -", place="centre")
    return render_pages(path, _story, Meta(TITLE_NOVEMBER, KETTERWOLD), furniture)


def _minute(number: int, subject: str, *texts: str, agreed: tuple[str, ...] = ()) -> list[Flowable]:
    flow: list[Flowable] = [p(f"{number}/23&nbsp;&nbsp;{subject.upper()}", TYPED_H)]
    flow += [p(text, TYPED) for text in texts]
    if len(agreed) == 1:
        flow.append(p(f"AGREED: {agreed[0]}", AGREED))
    elif agreed:
        flow.append(p("AGREED:", AGREED))
        flow += [p(f"({chr(97 + i)})&nbsp;&nbsp;{t}", LETTERED) for i, t in enumerate(agreed)]
    return flow


def _story() -> list[Flowable]:
    present = [
        ["", "Name", "Body"],
        ["HT", "Helen Tranmere (Independent Chair, in the chair)", "-"],
        ["LY", "Ch Supt Lydia Yelland (Vice-Chair)", "Ketterwold Constabulary"],
        ["AMP", "Cllr Anne-Marie Prowse", "Ketterwold Council"],
        ["SA", "Stephen Aldwinckle", "Ketterwold Council"],
        ["TR", "Tom Rudkin", "Ketterwold Fire and Rescue"],
        ["SV", "Sunita Varley", "Probation Service"],
        ["KOH", "Dr Kwabena Osei-Hart", "Public Health"],
        ["DC", "Dean Colbourne", "Youth Justice Service"],
        ["RO", "Rachel Oduya", "Ketterwold Domestic Abuse Service"],
        ["LB", "Lucy Barnfather", "OPCC (adviser, no vote)"],
    ]
    tessford_left = LEGACY_OPEN["Tessford"] - WELFARE_HUB
    return [
        notice(WIDTH, TYPED.clone("KwTypedNotice", fontSize=7.4, leading=9, spaceAfter=0)),
        Spacer(1, 10),
        p("KETTERWOLD SAFER COMMUNITIES PARTNERSHIP", TYPED_TITLE),
        p("EXECUTIVE BOARD", TYPED_TITLE),
        p(
            "Minutes of the meeting held on Thursday 30 November 2023, 2.00 pm,<br/>Council Chamber, "
            "Ullerby Town Hall",
            TYPED.clone("KwTypedCentre", alignment=1),
        ),
        Spacer(1, 4),
        typed(present, [40, 250, WIDTH - 290]),
        Spacer(1, 4),
        p(
            "In attendance: Joanna Threlfall (Head of Safer Communities), Idris Mabbott (Partnership "
            "Manager), Colin Pardew (Finance), Beatrix Colquhoun (Senior Intelligence Analyst), Ellie "
            "Fortnum (minutes). Apologies: Dr Fiona Raikes (ICB). Quorate.",
            TYPED,
        ),
        *_minute(38, "Apologies and declarations of interest", "As above. No interests were declared."),
        *_minute(
            39,
            "Minutes of 21 September 2023 and matters arising",
            "The minutes were agreed as a correct record. Carnmoor Summer Nights reached 640 young people "
            "over seven Friday evenings. The Tessford Night Marshals began on 4 August 2023 and work every "
            "Friday and Saturday night.",
        ),
        *_minute(
            40,
            "Officer decision records",
            f"ODR/2023/006 (14 August 2023): {pounds(GP_TRAINING)} to Ketterwold Domestic Abuse Service for "
            "domestic abuse training in GP practices. ODR/2023/011 (2 October 2023): "
            f"{pounds(CCTV_HOURS)} for extra CCTV monitoring hours in Ullerby town centre.",
            agreed=("to note the decisions.",),
        ),
        *_minute(
            41,
            "Community mediation",
            f"The bid of {pounds(MEDIATION_ASK)} from Ketterwold Mediation was deferred on 22 June 2023 "
            "(EB/23/18(2)) for costings for each locality. The revised costings cover Carnmoor, Tessford and "
            "Ullerby; Pendlecot is already served by Moorside Housing's own mediation team.",
            agreed=(
                f"to award {pounds(MEDIATION_2324)} to Ketterwold Mediation for a community mediation "
                "service "
                "in Carnmoor, Tessford and Ullerby for the rest of 2023/24 (G23/13).",
            ),
        ),
        *_minute(
            42,
            "Rural crime volunteer coordinator (G23/10)",
            "Ketterwold Rural Watch could not recruit until the autumn and the coordinator started on 9 "
            "October 2023, not in July as planned.",
            agreed=(
                f"to amend the award to Ketterwold Rural Watch from {pounds(RURAL_2324)} to "
                f"{pounds(RURAL_AMENDED_2324)} for 2023/24; the {pounds(RURAL_2324 - RURAL_AMENDED_2324)} "
                "difference returns to the Partnership's budget.",
            ),
        ),
        *_minute(
            43,
            "Domestic abuse",
            "R. Oduya reported that referrals to the advisers were 14% higher than a year ago. Two domestic "
            "homicide reviews were commissioned in October. Moorside Housing asked for funding to fit extra "
            "security to the homes of victims who want to stay in them.",
            agreed=(
                f"to award {pounds(DHR_2324)} to Ketterwold Council for the two domestic homicide reviews "
                "(G23/15);",
                f"to award {pounds(SANCTUARY_2324)} to Moorside Housing for a sanctuary scheme (G23/14).",
            ),
        ),
        *_minute(
            44,
            "Tessford: Christmas and New Year",
            "The Tessford Locality Safety Group recommended a welfare hub in the town centre run by Tessford "
            "Street Angels on Friday and Saturday nights from 1 December 2023 to 1 January 2024.",
            agreed=(
                f"to release {pounds(WELFARE_HUB)} from the Tessford balance of the Locality Legacy Reserve "
                f"for the welfare hub, leaving {pounds(tessford_left)} in the Tessford balance.",
            ),
        ),
        *_minute(
            45,
            "Bid: PCSO overtime, Ullerby",
            f"The Ullerby Neighbourhood Policing Team bid {pounds(PCSO_ASK)} for overtime for PCSOs to "
            "patrol "
            "Ullerby town centre on weekday evenings.",
            agreed=(
                "not to fund the bid: patrol hours are a core policing cost. The Ullerby Locality Safety "
                "Group to look at the CCTV data with the team.",
            ),
        ),
        *_minute(
            46,
            "Budget 2024/25",
            f"L. Barnfather said that the Commissioner expects to cut the Community Safety Grant from "
            f"{pounds(PCC_2324)} to {pounds(PCC_2425)} for 2024/25. The council's contribution is expected "
            "to "
            "stay the same.",
            agreed=(f"to plan the awards for 2024/25 on a grant of {pounds(PCC_2425)}.",),
        ),
        *_minute(
            47,
            "Strategic assessment",
            "B. Colquhoun gave the timetable: data to 31 December 2023, a draft to the Board on 7 March 2024 "
            "and publication in March. The partnership plan for 2024-27 would come to the Board on 25 April "
            "2024.",
            agreed=("to note the timetable.",),
        ),
        *_minute(48, "Date of next meeting", "Thursday 7 March 2024, 2.00 pm, County Hall, Tessford."),
        Spacer(1, 14),
        KeepTogether(
            [
                p("Signed as a correct record:", TYPED),
                Signature("H. Tranmere, Independent Chair, 07/03/2024", seed=3),
            ]
        ),
    ]
