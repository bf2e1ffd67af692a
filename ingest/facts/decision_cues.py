"""The words and patterns minutes and reports use to record a decision: its outcome, its amount,
the item and who leads it, and how it was made (under delegated powers, from the reserve)."""

from __future__ import annotations

import re

from ingest.text import MONEY_RE

DECISION_RE = re.compile(
    r"\b(approved|agreed|awarded|allocat\w*|contribut\w*|funded|granted|commissioned)\b", re.IGNORECASE
)


# What a clause decided. Declined and deferred are read before approved: "not to support" holds "support".
DECLINED_RE = re.compile(
    r"\b(?:declined|refused|rejected|turned down|unsuccessful"
    r"|not (?:to )?(?:be )?(?:support|fund|approv|award|agree|proceed)\w*"
    r"|did not (?:support|approve|agree|fund)\w*)\b",
    re.IGNORECASE,
)


# A deferral told as what went before the decision ("approved three cycle stands at £2,900, the bid for
# five having been deferred in October"): history, not the clause's outcome.
EARLIER_DEFERRAL_RE = re.compile(r"\b(?:having|had)\s+been\s+(?:deferred|postponed|held over)\b", re.I)


DEFERRED_RE = re.compile(
    r"\b(?:to defer|(?:was|were|be|been|is|are) deferred|deferred (?:to|until|pending)"
    r"|deferred (?:a|its|the|their|this) (?:decision|bid|application)"
    r"|postponed|held over)\b",
    re.IGNORECASE,
)


AMENDED_RE = re.compile(
    r"\b(?:reduced?|increased?|lowered|raised|cut|changed|varied|amended|revised|rises|rose|risen|falls|fell|fallen"
    r"|(?:to|will) (?:lower|raise|change|vary)"
    r"|(?:goes|went|gone) (?:up|down))\s+(?:(?:the|its|an?)\s+[^.;:£]{0,90}?\s+)?"
    r"(?:by\s+£[\d,.]+\s?[km]?,?\s+)?from\s+£"
    r"|£[\d,.]+\s?[km]?\s+instead of\s+£",  # "confirmed at £3,250 instead of £4,000"
    re.IGNORECASE,
)


FROM_TO_RE = re.compile(
    rf"from\s+(?P<old>{MONEY_RE.pattern})\s+to\s+(?P<new>{MONEY_RE.pattern})"
    rf"|(?P<new2>{MONEY_RE.pattern})\s+instead of\s+(?P<old2>{MONEY_RE.pattern})",
    re.I,
)


APPROVED_RE = re.compile(
    r"\b(?:approv\w*|agreed|award(?:ed)?|grant(?:ed)?|funded|to fund|releas\w*|allocat\w*|contribut\w*"
    r"|commissioned)\b",
    re.IGNORECASE,
)


# A clause marker of a numbered resolution: "(i)", "(ii)", "(a)", "(3)".
CLAUSE_MARK_RE = re.compile(r"\((?:[ivx]{1,4}|[a-h]|\d{1,2})\)\s*")


# The label of a numbered paragraph or minute: "4.1 Street Pastors." or "3.3 Street Pastors:".
# A numbered paragraph's number: "3.3", an item's lettered part, "4(b)", "4b", "(b)", or a minute's
# number, "17/24".
_PARA_NUMBER = r"(?:\d{1,2}(?:(?:\.\d{1,2})+|\([a-z]\)|[a-z])|\([a-h]\)|\d{1,3}/\d{2,4})"
# What kind of item a label names, before its name: "17/24 Deferred bid: Change Track.", "Variation:".
_KIND = r"(?:[A-Z][a-z]+(?:\s[a-z]+)?:\s+)?"
LABEL_RE = re.compile(rf"^{_PARA_NUMBER}\s+{_KIND}(?P<label>[A-Z][^.:;£]{{2,60}}?)[.:]\s+(?=\S)")


# A numbered paragraph's "label" that only marks a decision ("3.1 RESOLVED: that ..."): not an item's name.
DECISION_MARK_LABEL_RE = re.compile(
    r"^(?:resolved|agreed|decided|decisions?(?:\s+taken\b.*)?|urgent decisions?|chair'?s (?:action|decision)"
    r"|recommendations?|actions?|noted)"
    # ... with the decision's reference: "Chair's decision TOCSP/CD/2023/04", "Urgent decision UD-03".
    r"(?:\s+[A-Z]{2,}[\w/.-]*\d[\w/.-]*)?$",
    re.IGNORECASE,
)


# A bid's line: its item, then who asks and how much ("5.2 Night patrols, ..., £16,000."), and
# maybe what it is for, or what became of it, after a colon ("(d) Rapid deployment CCTV camera,
# Stourmere Borough Council, £7,980.00: a camera to be moved between hotspots.").
_BID = (
    r"(?P<bid>[A-Z][^.:;,£]{2,60}?),\s(?:(?:[^;£]*,\s)?(?P<bidlead>[^;,£]+?),\s)?"
    r"(?P<bidmoney>£[\d,.]+\s?[km]?)(?:\s(?:requested|asked for|sought|bid))?(?:[.;]|:\s(?P<after>.*))?$"
)
# The same line as a list item, its marker gone.
BID_ALONE_RE = re.compile(rf"^{_BID}")


# A list item's opening naming what it is about: "Mardle Street Pastors: the scheme could not ...".
# The sum the bid asked may close it in brackets: "IPF23-04, Thornley Cross Parish Council, skate park
# lighting (£12,000): declined".
BULLET_LABEL_RE = re.compile(r"^(?P<label>[A-Z][^.:;£]{2,120}?)(?:\s*\((?P<asked>£[\d,.]+k?)\))?:\s+(?=\S)")
# ... or before a dash, the resolution's verb after it: "NightSafe Patrols (Brindlecote Churches
# Together) – to award £7,500 for ...", "refurbishment of the gym – not to support the bid for £6,000".
BULLET_DASH_LABEL_RE = re.compile(r"^(?P<label>[^\W\d_][^.:;£–—]{2,120}?)\s+[–—-]\s+(?=(?:not\s+)?to\s)")


# An award taken back: a later meeting rescinds or withdraws what an earlier one approved.
WITHDRAWN_RE = re.compile(r"\b(?:rescind(?:ed)?|withdrawn?|revoked|cancell?ed)\b", re.IGNORECASE)


LABEL_ALONE_RE = re.compile(
    # A label alone may name who runs the item too: "5.2 Independent Domestic Violence Adviser
    # (Hartleburn Women's Aid)."
    rf"^{_PARA_NUMBER}\s+{_KIND}(?P<label>[A-Z][^.:;£]{{2,90}}?)[.:]?$"
    rf"|^{_PARA_NUMBER}\s+{_BID}"
)


# A minutes heading: "Minute 23/41 Night-Time Taxi Marshals", "Item 4 ...", "Agenda item 2: ...", "4. ...".
SECTION_RE = re.compile(
    r"^(?:(?:agenda\s+)?item\s+\d+[a-z]?\b|minute\s+\d+(?:/\d+)?\b|\d{1,2}\.\s+[A-Z][^.]*$|[A-H]\.\s+[A-Z][^.]*$)",
    re.IGNORECASE,
)


# A lettered or numbered item's heading run into the end of the paragraph above it, after its full
# stop: "... to report by 30 June 2025. D. Night patrols".
RUN_IN_HEADING_RE = re.compile(r"(?<=[.!?])\s+(?P<heading>(?:[A-H]|\d{1,2})\.\s+[A-Z][^.£:;]{2,60})$")


# The numbering of a minutes heading: "Item 4", "Minute 23/41", "23/41", "Agenda item 2:", "4.", "4.2", "iv.".
HEADING_NUMBER_RE = re.compile(
    r"^(?:(?:agenda\s+)?item\s+\d+[a-z]?|minute\s+\d+(?:/\d+)?|\d{1,3}/\d{2,4}|\d{1,2}(?:\.\d{1,2})*\.?"
    r"|[A-H]\.(?=\s)|[ivx]{1,4}\.(?=\s))\s*[:.–-]?\s*",
    re.IGNORECASE,
)


# A section telling the money a partnership receives ("2 Income received in 2024-25", "Income"):
# a council's contribution there is paid to it, not a decision it made.
INCOME_HEADING_RE = re.compile(r"^(?:[\d.]+\s+)?(?:income|money received|funding received)\b", re.I)
# Headings about money in general, not one item: "Funding applications, round two", "Budget outturn".
GENERAL_HEADING_RE = re.compile(
    r"\b(fund\w*|budget|money|applications|bids|decisions|outturn|monitoring|spend|grants?|reserve|awards|"
    r"windows?|round|finance\w*|allocations?|actions?|minutes|apologies|welcome|business|reasons|scores)\b",
    re.IGNORECASE,
)


# How long money pays for, after "for": no item ("for twelve months", "for two years").
_SPAN = (
    r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty(?:-\w+)?)"
    r"\s+(?:months?|years?|weeks?)"
)
_DURATION = rf"for\s+{_SPAN}"
ITEM_STOP = (
    r"(?=\s*$|\s*[,;:(]|\.\s|\.$|\s(?:which|that|was|were|is|are|be|been|not be|not to be|during|pending|"
    r"until|so that|"
    r"at this time|at\s+£|at the|of\s+£|for\s+£|from\s+£|run by|led by|delivered by|in 20\d\d|"
    r"for 20\d\d|to the next|rises|rose|falls|fell|goes up|goes down|went up|went down|"
    rf"{_DURATION})\b)"
)


ARTICLE = r"(?:(?:the|a|an)\s+)?"
_GIVEN = r"(?:granted|awarded|given|offered|allocated)"


# Who gets the money and what for, in the styles minutes use; the first that matches names the item.
ITEM_PATTERNS = (
    # a change to a named award: "To INCREASE the award to X (Y) by £1,150, from £7,480 to £8,630, for
    # extra sessions": X, its runner Y in brackets, is what was funded, not the extra money's purpose
    re.compile(
        rf"\b(?:increase|reduce|vary|amend)[ds]?\s+the\s+(?:award|grant|allocation)\s+(?:to|for|of)\s+{ARTICLE}"
        rf"(?P<item>[^,;£()]+?)\s+\((?P<lead>[^()]+)\)(?=\s+(?:by|from)\b|[,;])",
        re.I,
    ),
    # "for Open Door (NSG24-01), awarding £19,500 to the Orrin Valley Women's Centre"
    re.compile(
        rf"\bfor\s+{ARTICLE}(?P<item>[^,;£]+?)(?:\s+\([^)]*\))?,\s+awarding\s+£\S+\s+to\s+{ARTICLE}"
        rf"(?P<lead>[^,;]+?){ITEM_STOP}",
        re.I,
    ),
    # "£6,000 be awarded to X for Y", "to award £7.5k to X for Y", "a grant of £5,000 to X for Y",
    # "... to X towards Y for twelve months"
    re.compile(
        rf"\b(?:award(?:ed)?|grant(?:ed)?|given|paid|allocated|released|of\s+£\S+)\s+(?:£\S+\s+)?to\s+{ARTICLE}"
        rf"(?P<lead>(?:(?!\bbecause\b)[^,;£])+?)\s+(?:for|towards)\s+(?!{_SPAN}\b){ARTICLE}(?P<item>.+?){ITEM_STOP}",
        re.I,
    ),
    # a resolution whose subject is who gets the money: "that Tarnholt Nightsafe CIC be granted £6,500,
    # the full sum sought, for the Late Night Welfare Hub"
    re.compile(
        rf"(?:\bthat\s+|^\(\w{{1,4}}\)\s+(?:that\s+)?){ARTICLE}(?P<lead>[A-Z][^,;£]+?)\s+be\s+{_GIVEN}\s+£\S+"
        rf"(?:,[^,;£]+,)?\s+(?:for|towards)\s+(?!{_SPAN}\b){ARTICLE}(?P<item>.+?){ITEM_STOP}",
        re.I,
    ),
    # ... or whose item it is: "that the Oxbarrow Youth Trust's Step Up mentoring project, which
    # sought £12,400, be granted £9,000"
    re.compile(
        rf"(?:\bthat\s+|^\(\w{{1,4}}\)\s+(?:that\s+)?){ARTICLE}(?P<lead>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)['’]s\s+"
        rf"(?P<item>[A-Z][^,;£]+?)(?:\s+(?:project|scheme|programme|bid|application))?"
        rf"(?:,[^;£]*?£\S+[^;£]*?,)?\s+be\s+{_GIVEN}\b",
    ),
    # "The bid of £9,800 from X for Y", "an application from X for Y", "the bid of X for £9,000 for Y"
    re.compile(
        rf"\b(?:bid|application|request)\s+(?:of\s+£\S+\s+)?(?:from|by|of(?=\s+(?:the\s+)?[A-Z]))\s+{ARTICLE}"
        rf"(?P<lead>[^,;£]+?)\s+(?:for\s+£\S+\s+)?for\s+{ARTICLE}(?P<item>.+?){ITEM_STOP}",
        re.I,
    ),
    # "the bid for CCTV camera 14 (CSP23-07), deferred on 20 June, has been withdrawn"
    re.compile(rf"\b(?:bid|application|request)\s+for\s+{ARTICLE}(?P<item>[^,;:£()]+?)(?=\s+\(|[,;:])", re.I),
    # "agreed to fund X at £Y", "approved X at £Y", "not to support X", "to defer X pending costings",
    # "not to proceed with X"
    re.compile(
        rf"\b(?:agreed to (?:fund|support|continue|award|grant)|approved|not to (?:support|fund|approve)|"
        rf"not to proceed with|"
        rf"to defer|to fund|to support)\s+(?!by\b|under\b|on\b|in\b|at\b|as\b)"
        rf"{ARTICLE}(?P<item>.+?){ITEM_STOP}",
        re.I,
    ),
    # "£2,750 for X, run by Y, was approved"
    re.compile(rf"£\S+\s+(?:\w+\s+)?for\s+{ARTICLE}(?P<item>.+?){ITEM_STOP}", re.I),
    # the purpose of the money after it: "£2k from the reserve for X", "... towards X for twelve months";
    # not past a reason ("cut to £7.2k because the council paid for the late shifts")
    re.compile(
        rf"£(?:(?!\bbecause\b|;).)*?\b(?:for|to fund|towards)\s+(?!{_SPAN}\b){ARTICLE}"
        rf"(?P<item>.+?){ITEM_STOP}",
        re.I,
    ),
    # ... told of the award: "The Safe Space award was increased from £3,950 to £4,430"
    re.compile(
        r"^(?:[Tt]he\s+)?(?P<item>[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,5}?)\s+(?:grant|award|allocation)\s+"
        r"(?:was|has been|is|had been)\s+(?:varied|reduced|increased|cut|raised|lowered)\b",
    ),
    # a change to a named grant: "varied the Town Centre Ambassadors grant (CSP23-01) from £A to £B"
    re.compile(
        r"\b(?:varied|reduced|increased|cut|raised|lowered)\s+the\s+"
        r"(?P<item>[\w'’&-]+(?:\s+[\w'’&-]+){0,5}?)\s+(?:grant|award|allocation)\b(?!\s+to\b)",
        re.I,
    ),
    # no purpose given: what the money goes to is what was funded ("£6,000 be awarded to X")
    re.compile(
        rf"\b(?:award(?:ed)?|grant(?:ed)?|given|paid|allocated|released)\s+(?:£\S+\s+)?to\s+"
        rf"{ARTICLE}(?P<item>.+?){ITEM_STOP}",
        re.I,
    ),
)


# The verbs telling that a sum was asked for: "asked £12,600", "applied for £4,000".
ASKED_VERB = r"(?:asked(?: for)?|applied for|requested|sought|bid(?: for)?)"
# Who asked for a sum, in a minute's account of a bid ("Pathway Change CIC asked £12,600 for ...").
# A body's name of capitalised words ("Fernway Housing Association", "Office of the Commissioner").
_BODY_NAME = r"(?:[A-Z][\w'’&-]*\s+(?:(?:and|of|for|the)\s+)?){0,6}[A-Z][\w'’&-]*"
ASKER_RE = re.compile(
    rf"(?P<lead>{_BODY_NAME}(?:'s\s+[a-z]+\s+team)?)\s+{ASKED_VERB}\s+(?P<sum>£[\d,.]+\s?[km]?)"
)
# A bid stated before the sentence deciding it: "Fernway Housing Association asked for £14,600 for
# barriers at seven access points". It names the item, and the sum a decline or deferral refers to.
ASKED_RE = re.compile(
    rf"(?:(?P<lead>{_BODY_NAME})\s+)?"
    rf"\b{ASKED_VERB}\s+(?P<money>£[\d,.]+\s?[km]?)\s+"
    rf"(?:for|towards|to fund)\s+{ARTICLE}(?P<item>.+?){ITEM_STOP}",
    re.I,
)


# A paragraph opening with what it is about: "On Late Shift (NSG24-02), Councillor Quenby asked ...".
ON_ITEM_RE = re.compile(r"^On\s+(?P<item>[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,5}?)\s+\([A-Z]{1,6}[\d/.-]*\d\),\s")


# Where a deferral sends its decision ("Deferred to the Panel's meeting on 4 March 2025"): a day
# named there is the later meeting's, not the deferral's.
DEFERRED_TO_RE = re.compile(r"\b(?:deferred|postponed|held over|adjourned)\s+(?:to|until)\b[^.;]*", re.I)
# The words that make a name an organisation's ("Wrenfield Youth Trust", "Saxby Cross Town Council"),
# not a project's: a bid line naming the organisation first names the project after it.
ORGANISATION_RE = re.compile(
    r"\b(?:Council|Trust|CIC|Aid|Association|Services?|Police|Constabulary|Ltd|Limited|Charity"
    r"|Foundation|Society|Pastors|Authority|Commissioner|ICB|NHS)\b"
)


# A new numbered or lettered paragraph: the label of the one before names none of its sentences.
PARA_START_RE = re.compile(rf"^{_PARA_NUMBER}\s")


RUN_BY_RE = re.compile(
    rf"\b(?:run|led|delivered|provided)\s+by\s+{ARTICLE}(?P<lead>[^,;]+?)(?=\s+for\b|[,;]|$)", re.I
)


RESERVE_RE = re.compile(r"\b(?:from|out of)\s+(?:the\s+)?(?:\w+\s+)?reserves?\b", re.I)


# The sum a bid asked, set against the sum decided: "at £5,750 against the £6,200 first asked",
# "£4,000 of the £5,500 requested".
ASKED_AGAINST_RE = re.compile(
    rf"\b(?:against|of)\s+(?:the\s+|a\s+)?(?P<asked>£[\d,.]+\s?[km]?)\s+(?:(?:first|originally|initially)\s+)?"
    rf"{ASKED_VERB}",
    re.I,
)
# ... or set aside after it: "To award £15,000 to X for Y (asked £16,000)".
ASKED_ASIDE_RE = re.compile(rf"\(\s*{ASKED_VERB}\s+(?P<asked>£[\d,.]+\s?[km]?)", re.I)
# Amounts that are not the one decided: what was asked for first ("which sought £14,000"), what is
# left, a total.
NOT_DECIDED_RE = re.compile(
    rf"\b(?:from|{ASKED_VERB}|remaining|left|totals?|of the|against)\s+(?:the\s+)?$", re.I
)


# A sum that is a limit ("a second round opens for bids of up to £5,000", "no more than £2,500"): what
# may be given later, not what is given.
LIMIT_RE = re.compile(
    r"\b(?:up\s+to|no\s+more\s+than|not\s+more\s+than|not\s+exceeding|a\s+maximum\s+of)\s+$", re.I
)
_BEFORE_CHARS = 30  # the characters before an amount read for what it is (asked first, left, a limit)


def sums_not_after(text: str, before: re.Pattern[str]) -> list[re.Match[str]]:
    """The amounts a text states whose words just before do not match `before` (`NOT_DECIDED_RE`,
    `LIMIT_RE`)."""
    return [
        m
        for m in MONEY_RE.finditer(text)
        if not before.search(text[max(0, m.start() - _BEFORE_CHARS) : m.start()])
    ]


# A decision handed to someone to take later ("Agreed to delegate the decision to Nell with the
# chair, up to £7,000"): the sum is a limit, and the decision is theirs, recorded when taken.
# ... or a power to decide up to a limit ("may award up to £10,000 for a single bid", "may approve
# an urgent bid of up to £3,000", "let the Chair vary an award by up to £5,000"): no decision.
DELEGATING_RE = re.compile(
    r"\bdelegat\w*\s+(?:the|this|a|its)\s+decision\b"
    r"|\b(?:may|can|lets?|allows?)\s+(?:[\w'’-]+\s+){0,3}?(?:award|approve|agree|grant|vary|increase)\w*\s+"
    r"(?:[\w-]+\s+){0,4}?up\s+to\b",
    re.I,
)
# A sum described by what was once not done with it ("asked for the £2,500 the Board had not awarded
# in June", "the amount the Board did not award"): the clause asks for it, it declines nothing now.
NOT_DONE_SUM_RE = re.compile(
    r"\bthe\s+(?:£[\d,.]+\s?[km]?|amount|sum|balance)\s+(?:that\s+|which\s+)?(?:the\s+)?[\w'’]+\s+(?:had|did|has)\s+not\b",
    re.I,
)
# A clause that says what has not happened yet ("Lydgate Homes has not yet confirmed the £6,400 ...
# with which it would match a grant"): it approves nothing, whatever money word it holds.
NOT_YET_RE = re.compile(r"\b(?:not yet|(?:has|have|had|is|are|was|were)\s+not|hasn't|haven't|hadn't)\b", re.I)
# A running total of what has been given ("After this meeting £51,400 has been awarded and up to
# £22,000 is held ..."): the sum is the subject, no recipient or purpose follows.
RUNNING_TOTAL_RE = re.compile(
    r"^\s*(?:has|have)\s+(?:now\s+)?been\s+(?:awarded|allocated|committed|granted|spent)\b(?!\s+(?:to|for)\b)",
    re.I,
)
# Money said to have been spent ("Spending in 2024-25 was £81,400 against allocations of ...", "£900
# was spent"): an account of what happened to money, not a decision to give it.
SPENT_BEFORE_RE = re.compile(
    r"\b(?:spending|spend|spent|expenditure|outturn)\b[^.;£]{0,40}?\b(?:was|is|were|of|totalled|came to)\s+$",
    re.I,
)
SPENT_AFTER_RE = re.compile(r"^\s*(?:was|were|has been|had been|have been)\s+spent\b", re.I)
# Money stated as available or left, not given: "£113,750 was available for 2024-25: the grant of
# ...", "Balance still to commit after these decisions: £16,500", "ended the year with £12,860
# unspent". It decides nothing.
AVAILABLE_RE = re.compile(
    r"^\s*(?:is|was|were|are|remains?|remained)\s+(?:still\s+)?available\b"  # after the amount
    r"|^\s*(?:unspent|uncommitted|underspent|left over|carried forward)\b"
    r"|^[^.;£]{0,20}?\b(?:returned|handed back|paid back)\s+to\b",  # "the £1,800 released be returned to"
    re.I,
)
# Money the partnership receives, not gives: the commissioner's grant to it ("The Commissioner has
# confirmed a grant of £86,400", "OPCC: second instalment of the grant, £36,000, paid", "my
# Community Safety Grant to the ... Partnership for 2023-24 will be £86,437.50"), read in the words
# before the amount, where none says the board gave it.
FUNDER_RE = re.compile(r"\b(?:commissioner|pcc|opcc|pfcc|home office)\b", re.I)
GRANT_RECEIVED_RE = re.compile(r"\bgrants?\b|\binstalments?\b", re.I)
GRANT_TO_US_RE = re.compile(
    r"\bgrant to the\b[^.;£]*\b(?:partnership|board|alliance)\b|\binstalments? of (?:the|its|our) grant\b",
    re.I,
)
GIVEN_RE = re.compile(r"\b(?:award\w*|allocat\w*|approv\w*|agreed|granted to|given to)\b", re.I)
# Money a body holds ("The Fund has £60,100 for 2025-26", "The Board also holds a reserve of
# £52,000"): what it may give, not a decision to give it.
HELD_RE = re.compile(
    r"\b(?:hold|holds|held|has|had|have)\s+(?:(?:a|an|the|its)\s+(?:[\w-]+\s+)?(?:reserve|balance|budget|pot)"
    r"\s+of\s+)?$",
    re.I,
)
BALANCE_RE = re.compile(
    r"\b(?:balance|uncommitted|still to commit|left to (?:commit|spend|allocate))\b[^£.;]{0,50}$", re.I
)


# What labels the cell or field stating a decision: a decision log's column ("Decision"), a form's
# field ("4. Decision taken").
DECISION_LABEL = r"decisions?(?: taken| made)?"
# What labels the row of minutes recording the resolution, beside "Reported" and "Discussion".
RESOLVED_LABEL = r"resolved|resolutions?|agreed"


TRAILING_GENERIC_RE = re.compile(r"\s+(?:bid|application|request|funding)$", re.I)
