"""Partnership C's Board minutes of 2022 in two house styles: "Minute 22/34" items with initials and an
agency key and inline ACTION lines (June), and "4(b)" items with full names, an amended award, a
delegated decision and an actions table (October; left out of the catalogue, so its date is read from
the page). Footers "Minutes 08.06.22 - N" and a header "MVCSP Board 12/10/22 - sheet N"."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from evals.archive.common import Meta, banner, h1, h2, para, paras, render
from evals.archive.minutes import actions_table
from evals.archive.names import MARLOWE

BOARD = "Marlowe Vale Community Safety Partnership Board"


def write_minutes_june(path: Path) -> Path:
    return render(
        path,
        _june,
        Meta(f"{BOARD} minutes 8 June 2022", MARLOWE),
        footer=lambda page, _total: f"Minutes 08.06.22 - {page}",
    )


def write_minutes_october(path: Path) -> Path:
    return render(
        path,
        _october,
        Meta(f"{BOARD} minutes 12 October 2022", MARLOWE),
        header=lambda page, _total: f"MVCSP Board 12/10/22 - sheet {page}",
    )


def _june() -> list[Flowable]:
    return [
        banner(),
        h1(f"{BOARD}"),
        para("Minutes of the meeting held on Wednesday 8 June 2022 at 14:00, Netherby Community Hub."),
        para(
            "<b>Present:</b> IT (MVDC, Chair for items 22/31 and 22/32); LB (HC); OA (HCC); TN (HFRS); "
            "WS (PS); MR (ICB); CF (BDAS). <b>In attendance:</b> JH (MVDC, Community Safety Officer); "
            "DW (HC, analyst, for item 22/33)."
        ),
        para(
            "<b>Agency key:</b> MVDC Marlowe Vale District Council; HCC Hollinshire County Council; HC "
            "Hollinshire Constabulary; HFRS Hollinshire Fire and Rescue Service; PS The Probation Service; "
            "ICB NHS Hollinshire Clinical Commissioning Group (Integrated Care Board from 1 July); BDAS "
            "Brightwater Domestic Abuse Service; OPFCC Office of the Police, Fire and Crime Commissioner."
        ),
        para(
            "<b>Names:</b> IT Councillor Imogen Thackeray; LB Chief Inspector Leah Brannigan; OA Owen "
            "Adeyemi; TN Station Manager Tess Nolan; WS Wendy Sato; MR Dr Mira Rahman; CF Carla Finch; JH "
            "Jonah Hale; DW Dana Whitlock; PK Priya Kaur."
        ),
        h2("Minute 22/31 Apologies and quorum"),
        para("Apologies from PK (OPFCC). Six responsible authorities were present: the meeting was quorate."),
        h2("Minute 22/32 Chair for 2022/23"),
        para(
            "LB was elected Chair for 2022/23. IT, Chair since 2020, becomes Vice-Chair. LB took the chair."
        ),
        h2("Minute 22/33 Strategic Assessment 2022"),
        para(
            "DW presented the assessment. The Board accepted recommendation R1 and adopted four priorities "
            "for 2022/23: domestic abuse and VAWG; serious violence, including knife crime; rural and "
            "wildlife crime; and the exploitation of children and young people."
        ),
        PageBreak(),
        h2("Minute 22/34 Grant applications, round 1"),
        para("JH reported that the PFCC grant for 2022/23 is £38,000, up from £30,000 in 2021/22."),
        *paras(
            "(1) The Board agreed to fund the Sharp Choices schools programme, led by the Marlowe Vale Youth "
            "Justice Team, at £7,400.",
            "(2) The Board agreed to fund the Netherby youth outreach van, run by Netherby Community Trust, "
            "at £3,400.",
            "(3) The Board agreed to fund additional IDVA hours at Brightwater Domestic Abuse Service at "
            "£10,500, in line with recommendation R2. CF declared an interest and left the room.",
            "(4) Farm Watch phase 2, ANPR cameras for the eastern parishes (£12,600, HC Rural Crime Team): "
            "deferred to the next meeting pending a second supplier quote and confirmation of the sites.",
            "(5) Ashcombe BMX track (£18,000, Ashcombe Parish Council): declined, as it does not address a "
            "partnership priority. The parish council will be pointed to the district's community grants.",
        ),
        para("ACTION: JH to obtain a second quote for the ANPR cameras by 31 August 2022."),
        h2("Minute 22/35 Meeting pattern"),
        para(
            "The Board agreed to meet quarterly instead of every six weeks, starting in October. Urgent "
            "bids under £2,500 may be approved by the Community Safety Officer under delegated powers "
            "and reported to the next meeting."
        ),
        h2("Minute 22/36 Date of next meeting"),
        para("Wednesday 12 October 2022, 14:00, Netherby Community Hub."),
    ]


def _october() -> list[Flowable]:
    return [
        banner(),
        h1(f"{BOARD}: Minutes"),
        para("Meeting held on Wednesday 12 October 2022 at 14:00, Netherby Community Hub."),
        para(
            "<b>Present:</b> Chief Inspector Leah Brannigan (Chair, Hollinshire Constabulary); Councillor "
            "Imogen Thackeray (Vice-Chair, Marlowe Vale District Council); Owen Adeyemi (Hollinshire County "
            "Council); Station Manager Tess Nolan (Hollinshire Fire and Rescue Service); Wendy Sato (The "
            "Probation Service); Carla Finch (Brightwater Domestic Abuse Service); Gareth Alvarez "
            "(Valehome Housing); Jonah Hale (Community Safety Officer)."
        ),
        para("<b>Apologies:</b> Dr Mira Rahman (Hollinshire and Downe Integrated Care Board)."),
        h2("1. Welcome"),
        para("The Chair welcomed Gareth Alvarez of Valehome Housing to his first meeting."),
        h2("2. Minutes of 8 June 2022"),
        para("Agreed. The second quote for the ANPR cameras was received in August (action closed)."),
        h2("3. Strategic needs assessment for the Serious Violence Duty"),
        para("Agreed that Jonah Hale will lead the needs assessment, with a draft plan in January."),
        h2("4. Funding"),
        *paras(
            "4(a) Farm Watch phase 2. Following the deferral on 8 June, the Board approved £12,600 for "
            "the ANPR cameras, led by Hollinshire Constabulary's Rural Crime Team.",
            "4(b) Additional IDVA hours. Brightwater can recruit to three days a week rather than a full "
            "post. The Board amended its decision of 8 June 2022 so that the award is reduced from £10,500 "
            "to £8,000.",
            "4(c) Pharmacy safe rooms, £1,950 to Hollinshire Public Health: approved under delegated "
            "powers by the Community Safety Officer on 19 August 2022 and reported to the Board. Noted.",
            "4(d) Budget: with these decisions £33,350 of the £44,000 income for 2022/23 is committed.",
        ),
        PageBreak(),
        h2("5. Domestic Homicide Review"),
        para(
            "The review commissioned in 2021/22 will be published in November once the Home Office has "
            "agreed it."
        ),
        h2("6. Actions"),
        actions_table(
            (
                (
                    "22/1",
                    "Confirm the ANPR camera sites with landowners",
                    "Rural Crime Team",
                    "30 Nov 2022",
                    "Open",
                ),
                (
                    "22/2",
                    "Draft a plan for the serious violence needs assessment",
                    "J. Hale",
                    "31 Jan 2023",
                    "Open",
                ),
                (
                    "22/3",
                    "Write to Ashcombe Parish Council about community grants",
                    "J. Hale",
                    "31 Oct 2022",
                    "Complete",
                ),
                ("22/4", "Report IDVA caseload figures to the Board", "C. Finch", "15 Feb 2023", "Open"),
            )
        ),
        h2("7. Date of next meeting"),
        para("Wednesday 15 February 2023 at 14:00, Committee Room B, Marlowe Vale District Council offices."),
    ]
