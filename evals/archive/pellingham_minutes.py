"""Partnership H's formal Board minutes of 15 November 2022, in a council committee style set in Times:
attendance as "Members: ... Officers: ... Apologies were received from ...", items headed "Minute No. 34/22
– Title", decisions in indented "RESOLVED –" blocks (numbered (1), (2) when there are several), an outgoing
Chair and a change of Chair mid-meeting, one bid deferred, acronyms (PSPO, DHR) never spelled out, "The
meeting closed at ..." and a Chair's signature line. Bar "PELLINGHAM AND STOURMERE CSP BOARD · MINUTES",
top line "Minutes – 15 November 2022", foot "Chair's initials ........" and a boxed page number."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from evals.archive.common import Meta
from evals.archive.names import PELLINGHAM_BOARD
from evals.archive.pellingham_layout import TEXT, Furniture, notice, p, render_pages

FORMAL = ParagraphStyle("PelFormal", parent=TEXT, fontName="Times-Roman", fontSize=10.8, leading=13.6)
MINUTE = ParagraphStyle("PelMinute", parent=FORMAL, fontName="Times-Bold", fontSize=11.2, spaceBefore=7)
RESOLVED = ParagraphStyle("PelResolved", parent=FORMAL, leftIndent=28, spaceBefore=1, spaceAfter=6)
CENTRE = ParagraphStyle("PelCentre", parent=FORMAL, fontName="Times-Bold", fontSize=12.5, alignment=1)
ATTENDANCE = (
    "<b>Members:</b> Councillor Harriet Quennell (Pellingham District Council) (in the Chair for Minute "
    "Nos. 31/22 to 34/22); Superintendent Owain Brackley (Vexmoor Police) (in the Chair from Minute No. "
    "35/22); Councillor Devika Raghunathan (Stourmere Borough Council); Councillor Rupert Ingleby (Vexmoor "
    "County Council); Group Manager Isla Trevanion (Vexmoor Fire and Rescue Service); Nadia Baines (Vexmoor "
    "and Tamsey Integrated Care Board); Jasper Nettleford (Office of the Police and Crime Commissioner); "
    "Marisol Keane (Vexmoor Youth Justice Service).",
    "<b>Officers:</b> Joanne Kirkbride (Community Safety Manager); Ravi Sethna (Senior Community Safety "
    "Analyst, Vexmoor County Council); Beth Aldous (Democratic Services Officer).",
    "Apologies were received from Gareth Lomax (The Probation Service) and Leah Stannard (Caddon Lodge).",
)


def write_minutes_november(path: Path) -> Path:
    return render_pages(
        path,
        _story,
        Meta(f"{PELLINGHAM_BOARD} minutes, 15 November 2022", PELLINGHAM_BOARD),
        Furniture(
            bar=lambda _page, _total: "PELLINGHAM AND STOURMERE CSP BOARD · MINUTES",
            top=lambda _page, _total: "Minutes – 15 November 2022",
            foot=lambda _page, _total: "Chair's initials ........",
            number=lambda page, _total: str(page),
        ),
    )


def _minute(number: str, heading: str, *texts: str) -> list[Flowable]:
    return [p(f"Minute No. {number} – {heading}", MINUTE), *(p(t, FORMAL) for t in texts)]


def _resolved(*parts: str) -> Flowable:
    if len(parts) == 1:
        return p(f"<b>RESOLVED –</b> {parts[0]}", RESOLVED)
    numbered = " ".join(f"({n}) {text}" for n, text in enumerate(parts, 1))
    return p(f"<b>RESOLVED –</b> {numbered}", RESOLVED)


def _story() -> list[Flowable]:
    return [
        notice(),
        p("PELLINGHAM AND STOURMERE COMMUNITY SAFETY PARTNERSHIP BOARD", CENTRE),
        p(
            "Minutes of the meeting held on Tuesday 15 November 2022 at 2.00 pm in the Council Chamber, "
            "Pellingham House, Market Street, Pellingham",
            ParagraphStyle("PelCentreItalic", parent=FORMAL, fontName="Times-Italic", alignment=1),
        ),
        *(p(text, FORMAL) for text in ATTENDANCE),
        *_minute(
            "31/22",
            "Apologies and substitutions",
            "Apologies were as recorded above. There were no substitutions. Five responsible authorities "
            "were represented and the meeting was quorate.",
        ),
        *_minute(
            "32/22",
            "Declarations of interest",
            "Councillor Raghunathan declared a personal interest in Minute No. 36/22(b) as a trustee of "
            "Stourmere Night Owls CIO and left the meeting during its consideration.",
        ),
        *_minute("33/22", "Minutes"),
        _resolved(
            "That the minutes of the meeting held on 13 September 2022 be approved as a correct record and "
            "signed by the Chair."
        ),
        *_minute(
            "34/22",
            "Election of Chair and Vice-Chair",
            "Councillor Quennell informed the Board that, following her election as Leader of Pellingham "
            "District Council, she would stand down as Chair and as a member of the Board at the close of "
            "this item. Pellingham District Council would nominate Councillor Tobias Wyndham, Portfolio "
            "Holder for Communities, in her place. Members thanked Councillor Quennell for chairing the "
            "Board since 2019.",
        ),
        _resolved(
            "That Superintendent Owain Brackley be elected Chair of the Board for the remainder of 2022-23.",
            "That Councillor Devika Raghunathan be elected Vice-Chair of the Board for the same period.",
        ),
        p("(Superintendent Brackley in the Chair.)", FORMAL),
        *_minute(
            "35/22",
            "Stourmere town centre PSPO – renewal",
            "The Community Safety Manager reported the outcome of the consultation on renewing the PSPO, "
            "which expires on 31 January 2023. There were 412 responses, 78% of them in favour of renewal. "
            "Vexmoor Police reported that the dispersal power had been used 96 times since 2020. Members "
            "asked that the signs in the town centre be replaced.",
        ),
        _resolved(
            "That the Board supports the renewal of the Stourmere town centre PSPO for three years from 1 "
            "February 2023 on its existing terms and recommends it to the Cabinet of Stourmere Borough "
            "Council."
        ),
        *_minute(
            "36/22",
            "Community Safety Fund 2022-23 – applications",
            "The Community Safety Manager presented four applications scored by the officer panel on 1 "
            "November 2022.",
            "(a) Keyholder sanctuary scheme, Caddon Lodge, £6,250.00: door and window security for "
            "survivors of domestic abuse who wish to stay in their homes.",
        ),
        _resolved("That £6,250.00 be awarded to Caddon Lodge."),
        p(
            "(b) Stourmere Night Owls, Stourmere Night Owls CIO, £4,500.00: volunteer patrols in Stourmere "
            "town centre on Friday and Saturday nights from December 2022 to March 2023. (Councillor "
            "Raghunathan had left the meeting.)",
            FORMAL,
        ),
        _resolved("That £4,500.00 be awarded to Stourmere Night Owls CIO."),
        p(
            "(c) Friday Night Football, Pellingham Leisure Trust, £3,120.50: weekly football for young "
            "people aged 11 to 17 at Pellingham Leisure Centre. (Councillor Raghunathan returned.)",
            FORMAL,
        ),
        _resolved("That £3,120.50 be awarded to Pellingham Leisure Trust."),
        p(
            "(d) Rapid deployment CCTV camera, Stourmere Borough Council, £7,980.00: a camera to be moved "
            "between ASB hotspots. Members noted that the bid gave no running or maintenance costs.",
            FORMAL,
        ),
        _resolved(
            "That the application be deferred to the next meeting pending details of the camera's running "
            "and maintenance costs."
        ),
        *_minute(
            "37/22",
            "DHR PS/2022/01",
            "The Community Safety Manager reported that the Home Office had been notified and that Ms "
            "Frances Okereke had been appointed as independent chair of the DHR. The first panel meeting "
            "would be on 6 December 2022.",
        ),
        _resolved(
            "That the update be noted and that the costs of the DHR, up to £12,600.00, be met from the "
            "Partnership's budget."
        ),
        *_minute(
            "38/22",
            "Joint Strategic Needs Assessment",
            "Ravi Sethna presented early findings: violence had risen in both districts and drug offences "
            "had fallen. The assessment would be published in January 2023.",
        ),
        _resolved(
            "That the Board sets its priorities for 2023-24 at its next meeting, in the light of the "
            "assessment."
        ),
        *_minute("39/22", "Date of next meeting", "Tuesday 7 March 2023 at 10.00 am, Stourmere Town Hall."),
        p("The meeting closed at 3.50 pm.", FORMAL),
        p("Chair ..............................................   Date ....................", FORMAL),
    ]
