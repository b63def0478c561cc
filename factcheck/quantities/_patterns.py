"""Compiled regular expressions that find and read quantities.

``TRIGGER`` finds where a figure can begin; ``CORE`` reads its core (digits, number words, a
date, "Q3", a fraction, a vague magnitude, or something to skip); the small anchored patterns
read what surrounds a core (currency before, scale, range, percent, unit and qualifier after).
"""

from __future__ import annotations

import re

from factcheck.models import Qualifier
from factcheck.quantities._vocab import (
    DENOMINATORS,
    ISO_CODES,
    MONTHS,
    ORDINAL_WORDS,
    TENS,
    UNITS,
    wordset,
)

CHANGE_VERBS = re.compile(
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increas\w*|decreas\w*|grew|grow\w*|"
    r"jump\w*|climb\w*|drop\w*|declin\w*|cut|cuts|rais\w*|lower\w*|slid\w*|slump\w*|"
    r"surg\w*|soar\w*|plung\w*|doubl\w*|tripl\w*|went|going|gone|up|down|moved?|shrank|"
    r"shrunk|expand\w*|contract\w*|swung|widen\w*|narrow\w*|revised|changed?|slip|slips|"
    r"slipped|dip|dips|dipped|gain|gains|gained|lost|shed|sheds|added|tumbled|sank|rallied|"
    r"advanced|retreated|eased|edged|ticked|spiked|leapt|leaped|plummeted|dived|slashed|"
    r"trimmed|hiked|boosted|off)\b",
    re.IGNORECASE,
)
# Where the clause before a figure starts: the change word that makes "X to Y" a change must be
# in the figure's own clause ("profit decline of 6%. The Nasdaq slipped 60 to 2,271").
CLAUSE_END = re.compile(r"[.;!?](?:\s|\Z)")
# Words before a pair of numbers that make it a result (a score or a vote tally), not a range:
# "won 3-1", "lost 1-3", "voted 52-48", "ended 2-2".
SCORE_CONTEXT = re.compile(
    r"\b(?:won|win|wins|winning|beat|beats|beating|beaten|lost|lose|loses|losing|defeat\w*|"
    r"drew|draw|victory"
    r"|score\w*|trail\w*|lead|leads|led|thrash\w*|final|halftime|half-time|edged|routed"
    r"|voted|vote|votes|ended|finished|tied|(?:made|make|makes|making)[ ]it"
    # a tally of votes: "passed the bill 68-32", "the court upheld it 6-3"
    r"|passed|approved|rejected|confirmed|upheld|overturned|struck[ ]down|ruled|split"
    r"|rolled[ ]past|cruised|downed|topped|blanked|outlasted|crushed|swept|held[ ]off)\b"
    # a roundup's "Palm Bay d. Rockledge 70-44": "d." and "def." for "defeated"
    r"|(?<![\w.])(?-i:d|def)\.[ ]",
    re.IGNORECASE,
)
# Words right after a pair of numbers that make it a result: "a 27-24 victory", "a 52-48 vote",
# "a 3-1 home win".
SCORE_AFTER = re.compile(
    r"[ \u00a0]+(?:[a-z-]+[ ]+)?(?:victory|victories|win|wins|defeat|defeats|loss|draw|lead"
    r"|triumph|drubbing|thrashing|rout|scoreline|vote|votes|decision|ruling|verdict|majority"
    r"|split|margin|result)\b",
    re.IGNORECASE,
)
# "10 of which", "two of whom": a part of the figure just before.
OF_WHICH = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:which|whom|them|those|these)\b", re.IGNORECASE)
# The second side of a score after a team's name: "Gloucester 20-13 up".
PLURAL_S = re.compile(r"s(?![A-Za-z])")  # "787-9s"
# Between two tallies of one sentence: "68-32 and the House 220-210", "3-1, then Arsenal 2-0"
AFTER_SCORE_GAP = re.compile(
    r"[ \u00a0]*(?:,[ \u00a0]*)?(?:and|while|but|then|before)[\w \u00a0'’.-]{0,30}"
    r"(?<![ \u00a0][aA])(?<![ \u00a0][aA]n)[ \u00a0]"  # "and a 777-300" names a model
)
# A team's name written with "the", right before a score: "beat the Heat 112-97"
TEAM_BEFORE = re.compile(r"\b[Tt]he[ ]+(?:[A-Z][\w'’.-]*[ ]+)*[A-Z][\w'’.-]*[ ]\Z")
# A multiple after "N times": "four times as many", "three times more", "five times what it was"
# ("45 times the 1,300" and "four times a day" stay counts of times: "30 times the number"
# beside "double" is no rival of it)
TIMES_AS = re.compile(
    r"[ \u00a0]+(?:as[ \u00a0]+(?:many|much|high|large|big|likely|fast|long|great)|more|higher|"
    r"larger|bigger|greater|faster|what|that|its|their|his|her)\b",
    re.IGNORECASE,
)
# A tally told in words: "by 68 votes to 32"
VOTES_TO = re.compile(
    r"[ \u00a0]+votes?[ \u00a0]+to[ \u00a0]+(?P<n>\d{1,4})(?!\d|[.,]\d|[ \u00a0]*%)"
)
SCORE_PAIR = re.compile(r"[-–](?P<n>\d{1,3})(?!\d|[.,]\d|[A-Za-z%])")
# A roundup's score line after "Wild 4": ", Sabres 1:" (a colon, a line's end or a dash follows)
SCORE_LINE = re.compile(
    r",[ ]+(?:[A-Z][\w.'’-]*[ ]+){0,2}(?P<w>[A-Z][\w.'’-]*)[ ]+(?P<n>\d{1,3})"
    r"(?=[ ]*(?::|[-–—][ ]|\n|\Z))"
)
# A hyphen after a code that mixes letters and digits: "A350-900" (the 900 is part of the name).
CODE_BEFORE = re.compile(r"(?<![\w-])(?:[A-Za-z]+\d+[A-Za-z]*|\d+[A-Za-z]+)-\Z")
# Change words that leave "X to Y" a range: a base form after a modal or "to", or a noun
# ("expected to grow 2% to 3%", "growth of 2% to 3%"); an inflected verb makes it a change
# ("rose 5% to 7%": from one figure to another).
RANGE_CHANGE_WORDS = wordset(
    """grow growth rise increase fall decline drop climb jump expand contract shrink slide
    slump surge soar plunge raise lower change move narrow widen gain slip dip"""
)
# Relative dates, resolved by the checker against the publication date: "last year", "next
# month", "this week", "on Saturday", "yesterday" (read only with ``relative_dates=True``).
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
RELATIVE = re.compile(
    rf"""\b(?:(?P<dir>(?i:last|next|this))[ ]+(?:(?P<unit>(?i:year|month|week|quarter))\b
        |(?P<wd1>{WEEKDAY_RE})\b)
    |(?P<day>(?i:yesterday|tomorrow|today))\b(?!['’]s)
    |(?P<wd2>{WEEKDAY_RE})\b)""",
    re.VERBOSE,
)
# "half an hour", "half a century", "a half-century": a duration of half a unit.
HALF_DURATION = re.compile(
    r"(?:[ ]+an?[ ]+|-)(second|minute|hour|day|week|month|year|century|decade)\b"
)
# "a quarter century", "a quarter-century", "a quarter of a century": a quarter of the unit
QUARTER_DURATION = re.compile(r"(?:[ -]|[ ]+of[ ]+an?[ ]+)(century|hour)\b")
AGO = re.compile(r"[ \u00a0]+ago\b", re.IGNORECASE)
EARLIER = re.compile(r"[ \u00a0]+(?:earlier|previously|before|prior)\b", re.IGNORECASE)
# "11.8 million pounds of the strips": pounds of a thing are a weight, whatever the scale;
# "millions of pounds of taxpayers' money" stays money.
POUNDS_OF_GOODS = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?!(?:(?:the|their|his|her|its|our|your|public)[ \u00a0]+)?"
    r"(?:taxpayers?['’]?|public|money|cash|funds?|funding|investments?|savings|debts?|taxes|"
    r"tax|revenues?|profits?|aid|damages|compensation|sterling|spending|subsid)\w*)",
    re.IGNORECASE,
)
# A run of digits and separators: the longest one sets the parser's Decimal precision.
DIGIT_RUN = re.compile(r"\d+(?:[.,\u00a0\u202f\u2009 ]\d+)*")

# Where a figure begins and what its core is.

MONTH_ABBR = wordset("jan feb mar apr jun jul aug sep sept oct nov dec")
_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_NUMWORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|lakh|"
    r"crore)"
)
_ORDWORD = r"(?:" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r")"
_DENWORD = r"(?:" + "|".join(sorted(DENOMINATORS, key=len, reverse=True)) + r")"
_SP = r"[ \t\u00a0\u202f\u2009]"  # spaces inside a line, including no-break and thin spaces

_NUM_PAT = r"""(?P<num>(?<![\w.,/])(?P<int>\d{1,2}(?:,\d{2})+,\d{3}(?![,\d])
    |\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3}){2,}
    |\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?!\d)|\d+)(?P<dec>\.\d+)?(?!\d))"""
_WORDS_PAT = rf"""(?P<words>\b(?:(?:half[ ]an?|an?)[ ]+(?=(?:dozen|hundred|thousand|million|billion
    |trillion|lakh|crore)\b))?{_NUMWORD}(?:(?:[ -]+(?:and[ ]+)?){_NUMWORD}\b)*
    (?:[ -]and[ -]a[ -]half\b(?:[ ](?:thousand|million|billion|trillion)\b)?)?\b)"""

CORE = re.compile(
    rf"""
    (?P<skip_phone>\+\d{{1,3}}(?:[ .-]?\(?\d{{2,4}}\)?){{2,}}\d)
    |(?P<racetime>(?<![\w.,:])(?:\d{{1,2}}:)?\d{{1,2}}:[0-5]\d\.\d{{1,3}}(?![\d:])
        |(?<![\w.,:])\d{{1,2}}:[0-5]\d:[0-5]\d(?![\d:]|\.\d|{_SP}*[ap]\.?m\b))
    |(?P<skip_time>(?<![\w.,])\d{{1,2}}(?::\d{{2}}(?::\d{{2}})?(?:{_SP}*[ap]\.?m\b\.?)?
        |\.\d{{2}}{_SP}*[ap]\.?m\b\.?|{_SP}*[ap]\.?m\b\.?|{_SP}+o'clock))
    |(?P<skip_name>(?<=[A-Za-z]-)(?<!\bmid-)(?<!\bearly-)(?<!\blate-)(?<!\bpre-)(?<!\bpost-)
        (?<!\bmagnitude-)
        (?<!\d-of-)(?<!\d-for-)\d[\w-]*)
    |(?P<date_mdy>\b(?P<mon1>{_MONTH_RE})\b\.?{_SP}+(?P<day1>[12]\d|3[01]|0?[1-9])
        (?:st|nd|rd|th)?(?![\d,.]\d)\b(?:,?{_SP}+(?P<year1>1\d{{3}}|20\d{{2}})\b)?)
    |(?P<date_dmy>(?<![\w.,])(?P<day2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?{_SP}+(?:of{_SP}+)?
        (?P<mon2>{_MONTH_RE})\b\.?(?:,?{_SP}+(?P<year2>1\d{{3}}|20\d{{2}})\b)?)
    |(?P<date_my>\b(?P<mon3>January|February|March|April|May|June|July|August|September|
        October|November|December){_SP}+(?P<year3>1\d{{3}}|20\d{{2}})\b)
    |(?P<date_m>\b(?P<mon4>January|February|March|April|May|June|July|August|September|
        October|November|December)\b(?!['’]s\b|-))
    |(?P<date_iso>(?<![\w.,-])(?P<iy>\d{{4}})-(?P<im>0[1-9]|1[0-2])-(?P<id>[0-2]\d|3[01])\b)
    |(?P<quarter>\b(?P<qh>[QH])(?P<qn>[1-4])\b)
    |(?P<along>\b(?:an?|the)[ ](?P<alu>year|month|week|day|decade|century|hour)-?long\b)
    |(?P<adur>\b[Aa]n?[ ](?P<adu>year|month|week|day|decade|century|hour|minute)\b(?![-'’]))
    |(?P<tdur>\b(?:[Tt]he|[Tt]his)[ ](?:next|past|last|coming|previous|following)[ ]
        (?P<tdu>decade|century)\b(?![-'’]))
    |(?P<vague>\b(?:(?:tens|hundreds)[ -]+of[ -]+(?:thousands|millions|billions)
        |(?:several|a[ ]few|a[ ]couple(?:[ ]of)?)[ -]+(?:dozen|hundred|thousand|million|billion)
        |(?:dozens|hundreds|thousands|millions|billions|trillions)
        |multi[ -]?(?:million|billion|trillion)
        |a[ ]handful
        |(?:(?:low|mid|high)[ -]+)?(?:single|double|triple)[ -]+digits?)\b)
    |(?P<frac>\b(?P<fnum>a|an|one|two|three|four|five|six|seven|eight|nine|ten)(?P<fsep>[ -]+)
        (?P<fden>{_DENWORD})\b|\b(?P<half>half)\b(?![ ]an?[ ]+(?:dozen|hundred|thousand|million
        |billion|trillion)\b))
    |(?P<onein>\b(?P<on>one|two|three|four|five|six|seven|eight|nine|\d{{1,3}})[ ]in[ ]
        (?:every[ ])?(?P<od>two|three|four|five|six|seven|eight|nine|ten|\d{{1,4}})\b
        (?![.,]\d|[ ]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b))
    |(?P<mult>\b(?:(?P<mv>doubl|tripl|quadrupl)(?:ed|ing)
        |(?P<mw>double|triple|quadruple|twice)(?=[ ]+(?:the|its|their|that|what|his|her|our
        |as[ ]+(?-i:[a-z]+))\b|(?<!twice)[ ]+(?:from|in|to|over|since)\b)
        |(?P<mf>two|three|four|five|six|seven|eight|nine|ten|hundred|thousand)fold)\b)
    |{_NUM_PAT}
    |(?P<ord>\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[ -])?{_ORDWORD}\b)
    |{_WORDS_PAT}
    """,
    re.IGNORECASE | re.VERBOSE,
)

def _trie(words: list[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie, so a failed try costs one character."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if optional else body

    return emit(tree)


def _both_cases(words: list[str]) -> list[str]:
    return sorted({w for word in words for w in (word, word[:1].upper() + word[1:])})


# Where a quantity can begin: digits, "+", or a word of the vocabulary. Scanning for these with
# one trie-shaped pattern and trying ``CORE`` only there keeps the scan at C speed: trying all
# of ``CORE``'s alternatives at every character was most of the parse time.
TRIGGER = re.compile(
    r"\d+|\+(?=\d)|\b[QH][1-4]\b|\b(?:"
    + _trie(
        _both_cases(
            [*UNITS, *TENS, *ORDINAL_WORDS, "hundred", "thousand", "million", "billion",
             "trillion", "dozen", "lakh", "crore", "half", "tens", "hundreds", "thousands",
             "millions", "billions", "trillions", "dozens", "several", "a couple", "low", "mid",
             "high",
             "single", "double", "triple", "quadruple", "doubled", "doubling", "tripled",
             "tripling", "quadrupled", "quadrupling", "twice", "twofold", "threefold",
             "fourfold", "fivefold", "sixfold", "sevenfold", "eightfold", "ninefold", "tenfold",
             "hundredfold", "thousandfold", "multi", "multimillion", "multibillion",
             "multitrillion"]
        )
        + [m.capitalize() for m in MONTHS]
        + [m for m in MONTHS if m not in MONTH_ABBR]  # "on may 30" in a lowercased text
    )
    + r")\b|\b[Aa]n?[ ](?=(?:dozen|hundred|thousand|million|billion|trillion|lakh|crore|handful"
    r"|few|third|quarter|half|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|year|month|week|day|decade|century|hour|minute)\b)"
    r"|\b(?:[Aa]n?|[Tt]he)[ ](?=(?:year|month|week|day|decade|century|hour)-?long\b)"
    r"|\b(?:[Tt]he|[Tt]his)[ ](?=(?:next|past|last|coming|previous|following)[ ]"
    r"(?:decade|century)\b)"
)  # fmt: skip

# A number (digits or words) on its own: the second half of a range, or a fallback.
NUMBER_RE = re.compile(f"{_NUM_PAT}|{_WORDS_PAT}", re.IGNORECASE | re.VERBOSE)

# Context readers, each anchored at one position (match) or at the end of a short slice.
CURRENCY_PRE = re.compile(
    r"(?:(?<![A-Za-z])(?P<sym>US\$|AU\$|A\$|CA\$|C\$|HK\$|NZ\$|S\$|R\$|Rs\.?|zł)"
    r"|(?P<sym1>[$€£₴₹¥₽₩₺₪])"
    r"|(?<![A-Za-z])(?P<code>" + "|".join(ISO_CODES) + r")(?=[ \u00a0]))[ \u00a0]?\Z"
)
# Qualifier phrases written just before a figure, looked up by the figure's last few words
# (a dict lookup per figure: a regex searched backwards over the context cost 10x more).
QUALIFIER_PHRASES: dict[str, Qualifier] = {
    **dict.fromkeys(
        """up to|as many as|as much as|as high as|no more than|not more than|at most|fewer than
        |less than|under|below|a maximum of|maximum of|just under|shy of|short of
        |not exceeding|less than a|fewer than a|up to about|up to around|up to roughly
        |up to some|up to an estimated|as many as about""".replace("\n", "").split("|"),
        Qualifier.AT_MOST,
    ),
    **dict.fromkeys(
        """at least|more than|over|above|in excess of|upwards of|no fewer than|no less than
        |a minimum of|exceeding|just over|well over|greater than|higher than|north of
        |beyond|exceed|exceeds|exceeded|surpass|surpasses|surpassed|surpassing|more than a
        |at least a|topped|tops|topping|reportedly top|will top|would top|could top|to top
        |may top|might top""".replace("\n", "").split("|"),
        Qualifier.AT_LEAST,
    ),
    **dict.fromkeys(
        """about|around|roughly|approximately|approx.|some|an estimated|estimated|nearly|almost
        |close to|circa|c.|more or less|in the region of|on the order of|just about
        |roughly about|an approximate|approximate|~""".replace("\n", "").split("|"),
        Qualifier.APPROXIMATE,
    ),
    **dict.fromkeys(["exactly", "precisely", "only", "a mere", "just"], Qualifier.EXACT),
}
QUALIFIER_PHRASES = {" ".join(k.split()): v for k, v in QUALIFIER_PHRASES.items()}
# Verbs whose "up" is their own particle: "top up to 80%", "ramp up to 5,000 a week" reach the
# figure; "up to" after them is "to", no bound.
UP_VERBS = frozenset(
    {
        "top", "tops", "topped", "topping", "fill", "fills", "filled", "filling",
        "charge", "charges", "charged", "charging", "ramp", "ramps", "ramped", "ramping",
        "speed", "speeds", "sped", "speeding", "scale", "scales", "scaled", "scaling",
        "step", "steps", "stepped", "stepping", "warm", "warms", "warmed", "warming",
        "heat", "heats", "heated", "heating",
        # a change that happened: "the toll was revised up to 45", "has gone up to 45" (a
        # capacity stays a bound: "can go up to 120 mph")
        "revise", "revises", "revised", "revising", "went", "gone", "pushed", "bumped",
        "moved", "jacked", "climbed", "shot", "ticked", "inched", "crept",
        "edged", "edges", "edging", "ticks", "ticking", "inches", "inching", "creeps",
        "creeping", "climbs", "climbing",
    }
)  # fmt: skip
OPENING_PUNCT = "([\"'“‘"
# Bounds that make "a year" a figure: "for more than a year" (a year, at least). Without one,
# "a year" is a rate or a time ("$5bn a year", "a year ago"), and "over a year" is a period.
A_DURATION_PRE = re.compile(
    r"\b(?:more|less|fewer)[ ]than[ ]\Z|\b(?:at[ ]least|at[ ]most|nearly|almost|just[ ]under"
    r"|just[ ]over|well[ ]over|upwards[ ]of|in[ ]excess[ ]of)[ ]\Z",
    re.IGNORECASE,
)
YEAR_BOUND_PRE = re.compile(r"\b(?:by|before|until|till|no[ ]later[ ]than)[ ]+\Z", re.I)
RANGE_OPEN_PRE = re.compile(r"\b(?P<w>between|from)[ ]+\Z", re.IGNORECASE)
# "minus 5", "-5"; not "plus or minus 3.8" (a margin, no negative figure)
NEGATIVE_PRE = re.compile(
    r"(?:(?:^|(?<=[\s(]))(?<!\+/)[-−]|(?<!plus or )\bminus[ ]+)\Z", re.IGNORECASE
)
NO_RANK_PRE = re.compile(r"(?<![\w.])[Nn]o\.[ \u00a0]?\Z")  # "No. 1": a rank
CAP_WORD_PRE = re.compile(
    r"(?:^|(?<=[\s(\"“]))(?P<w>[A-Z][\w&.'’]*|[a-z]+[A-Z][\w]*)[ \u00a0]\Z"
)
A_PRE = re.compile(r"\ban?[ ]\Z", re.IGNORECASE)
# "fell by a fifth", "nearly a third": a fraction, not "the fifth" (an ordinal)
FRACTION_PRE = re.compile(
    r"\b(?:by|than|nearly|almost|about|around|roughly|some|over|under|just|only|up|down"
    r"|barely|fully|approximately|another)[ ]\Z",
    re.IGNORECASE,
)
# "a fifth was lost", "a third said": the fraction is the subject of a verb
FRACTION_VERB_AFTER = re.compile(
    r"[ ]+(?:was|were|is|are|has|have|had|will|would|could|can|may|might|said|say|says"
    r"|voted|live|lived|remain|remained)\b",
    re.IGNORECASE,
)
# A determiner after a word: the word was a verb ("features a", "hosts the").
DETERMINER_AFTER = re.compile(r"[ ]+(?:a|an|the|its|their|his|her|this|that|these|those)\b")
# A count right before a capitalised word: "12 Leopard 2 tanks" (what follows is a model name).
COUNT_BEFORE_NAME = re.compile(
    r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty"
    r"|forty|fifty|hundred|thousand|million|dozen))[ \u00a0]+\Z",
    re.IGNORECASE,
)
SENTENCE_START_PRE = re.compile(
    r"(?:\A|[.!?:;\"“”‘’'(\n\[…]|[—–][ ]|(?:^|(?<=\s))[-*•·][ ])[ \t\u00a0]*\Z"
)
# A line that opens with a parenthesised dateline or credit ("(Aug 7, 2016  5:57 AM CDT) Two
# skydivers were killed", "(CNN) Three men"): the word after it opens the sentence.
LEADING_PARENTHESIS = re.compile(r"[ \t\u00a0]*\([^()\n]{1,60}\)[ \t\u00a0]*\Z")
_LINE_REACH = 80  # characters back to look for the line's start


def after_leading_parenthesis(text: str, start: int) -> bool:
    """Whether ``start`` follows a parenthesised group that opens its line (a dateline)."""
    reach = max(0, start - _LINE_REACH)
    line = text.rfind("\n", reach, start) + 1
    if line == 0 and reach > 0:
        return False  # the line starts further back than any dateline is long
    return LEADING_PARENTHESIS.match(text, line, start) is not None

ATTACHED_SCALE_RE = re.compile(r"(?P<s>bn|mn|trn|tn|[kKmMbBtT])(?![A-Za-z0-9])")
SPACED_SCALE_RE = re.compile(
    r"[ \u00a0\u202f\u2009]*-?"
    r"(?P<s>thousand|million|billion|trillion|lakhs?|crores?|mn|mln|bn|bln|tn|trn)\b",
    re.IGNORECASE,
)
# Numbers to dial: "called 911", "dialling 999", "a 911 call", "the 112 operator".
EMERGENCY_NUMBERS = frozenset(("911", "999", "112"))
CALLED_PRE = re.compile(
    r"\b(?:call(?:s|ed|ing)?|dial(?:s|ed|led|ing|ling)?|phon(?:e|es|ed|ing)|text(?:s|ed|ing)?"
    r"|ring(?:s|ing)?|rang|dials?)(?:[ ]+to)?[ ]+\Z",
    re.IGNORECASE,
)
CALL_AFTER = re.compile(
    r"[ -]+(?:call|caller|dispatch\w*|operator|emergency|center|centre|system|line)\b",
    re.IGNORECASE,
)
COUNTED_AFTER = re.compile(r"[ ]+(?:[a-z]+[^s\W]s|people|men|women|children)\b")
# An earthquake's magnitude: "a magnitude of 5.2", "magnitude 7.8", "magnitude-6.3", "6.3 on
# the Richter scale", "a 7.0 quake" (a decimal before a word for an earthquake).
MAGNITUDE_PRE = re.compile(r"\bmagnitude(?:[ ]+of)?[ -]\Z", re.IGNORECASE)
RICHTER_AFTER = re.compile(r"[ ]+on[ ]+the[ ]+Richter\b", re.IGNORECASE)
QUAKE_AFTER = re.compile(r"[ -]+(?:earthquakes?|quakes?|temblors?|tremors?|aftershocks?)\b", re.I)
# "its 500 millionth lighter": the scale word as an ordinal, right after the number
SCALE_ORDINAL = re.compile(
    r"[ \u00a0-]+(?P<w>hundredth|thousandth|millionth|billionth)\b", re.IGNORECASE
)
ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
DECADE_SUFFIX = re.compile(r"(?:'|’)?s\b")
# "in '99", "the '90s", "'68 Himalayas Crash": an apostrophe, then two digits, is a year with
# its century left out (after the opening of a quotation, "'12 people died'", it is not).
SHORT_YEAR_PRE = re.compile(r"(?:\A|(?<=[\s(\[“\"/–-]))['’]\Z")
SHORT_YEAR_WORD_PRE = re.compile(
    r"\b(?:in|of|on|for|over|during|since|by|until|till|from|before|after|the|class|summer"
    r"|spring|fall|autumn"
    r"|winter|season|vintage|circa)[ \u00a0]+['’]\Z",
    re.IGNORECASE,
)
LOWER_WORD_AFTER = re.compile(r"[ \u00a0]+[a-z]")
# A quotation the apostrophe opens closes soon after: "of '30 Rock' fame".
QUOTE_CLOSES = re.compile(r"[^\n'’]{0,40}?\w['’](?!\w)")
SHORT_YEAR_PIVOT = 30  # '00-'29 are 2000-2029, '30-'99 are 1930-1999 (the usual spreadsheet pivot)
RANGE_SEP = re.compile(
    r"(?P<sep>[ \u00a0]*(?:--|[-–])[ \u00a0]*|—|[ \u00a0]+(?:to|and)[ \u00a0]+)"
    r"(?P<cur>US\$|\$|€|£|₴|₹|¥|Rs\.?[ ]?)?(?=[\d]|[a-z])",
    re.IGNORECASE,
)
# "2024-25", "2007 -- 11" (a spaced double hyphen stands for a dash in plain-text sources)
YEAR_TAIL = re.compile(
    r"(?:[-–/]|[ \u00a0]*--[ \u00a0]*)(?P<y>\d{2})(?![\d/])|/(?P<y4>\d{4})(?![\d/])"
)  # "the 1958/59 season", "1963/1964": a season of two years
# "12%", "12 per cent", "an 80-percent rise", "3 percentage points", "a 3-percentage-point gap",
# "25 basis points"
PERCENT_SUFFIX = re.compile(
    r"(?P<pct>[ \u00a0]?%|(?:[ \u00a0]*|-)(?:per[ -]?cent|pct|pc)\b)"
    r"|(?P<pp>(?:[ \u00a0]*|-)(?:percentage[ -]points?|pp|ppt|ppts|percent(?:age)?[ ]pts?)\b)"
    r"|(?P<bp>(?:[ \u00a0]*|-)(?:basis[ -]points?|bps|bp)\b)",
    re.IGNORECASE,
)
# A currency glued to a vague order ("a multibillion-dollar industry", "multi-million pound").
GLUED_CURRENCY = re.compile(r"[ -](?P<word>dollar|pound|euro)s?\b", re.IGNORECASE)
CURRENCY_SUFFIX = re.compile(
    r"[ \u00a0]+(?:(?P<country>US|U\.S\.|American|Canadian|Australian|Hong[ ]Kong|New[ ]Zealand|"
    r"Singapore|Taiwan)[ ]+)?(?P<word>dollars?|[Ee]uros?|pounds?(?:[ ]sterling)?|sterling|"
    r"hryvnias?|hryvnas?|hryvnia|rupees?|yen|yuan|renminbi|francs?|roubles?|rubles?|zlotys?|"
    r"zloty|lira|shekels?|naira|rand|pesos?|kronor|krona|kroner|krone|reais)\b"
    r"|[ \u00a0]+(?P<code>" + "|".join(ISO_CODES) + r")\b"
    r"|(?P<sub>[ \u00a0]*(?:cents?|pence)\b|p\b)",
)
MEASURE_SUFFIX = re.compile(
    r"(?P<sp>[ \u00a0]*|-)(?P<u>square[ -](?:kilomet(?:re|er)s?|miles?|met(?:re|er)s?|feet|foot|"
    r"yards?|inch(?:es)?)|sq\.?[ ]?(?:km|miles|mi|ft|feet|m|yds?)\b\.?|metric[ ]tons|"
    r"degrees[ ](?:celsius|fahrenheit|c|f)\b|°[ ]?[cf]\b|°|"
    r"km/h|km²|m²|km2|m2|kilomet(?:re|er)s?|met(?:re|er)s?|centimet(?:re|er)s|millimet(?:re|er)s|"
    r"lb-ft|lb[ ]ft|pound-feet|horsepower|bhp|hp|"
    r"miles?|feet|foot|ft|inch(?:es)?|yards?|kilograms?|kilos?|kgs?|grams?|tonnes?|tons?|"
    r"lbs?|pounds?|ounces?|oz|lit(?:re|er)s?|gallons?|barrels?|bpd|hectares?|ha|acres?|mph|"
    r"kph|knots?|degrees?|"
    r"megawatts?|gigawatts?|kilowatts?|watts?|kwh|mwh|gwh|twh|mah|wh|mw|gw|kw|w|bcm|km|cm|mm|kg|"
    r"m|g|t|c|f|"
    r"kbps|mbps|gbps|kb/s|mb/s|gb/s|mb|gb|tb|ghz|mhz|khz|hz|fps|stone|st)(?![A-Za-z0-9²])",
    re.IGNORECASE,
)
DURATION_SUFFIX = re.compile(
    r"(?P<sep>[ \u00a0]+|-)(?P<u>(?:year|month|week|day)s?-olds?|seconds?|minutes?|hours?|hrs"
    r"|mins|secs|yrs|days?|weeks?|months?|years?|decades?|centur(?:y|ies))\b(?!-(?!long\b))",
    re.IGNORECASE,
)
POST_QUALIFIER = re.compile(
    r"(?P<least>\+|[ -]plus\b|[ ]or[ ]more\b|[ ]or[ ]above\b|[ ]and[ ]up\b)"
    r"|(?P<approx>[ ]or[ ]so\b|-odd\b|[ ]odd\b(?=[ ][a-z])|[ ]or[ ]thereabouts\b)",
    re.IGNORECASE,
)
YEAR_DETERMINER_PRE = re.compile(
    r"(?:\b(?:the|in|by|of|since|for|during|until|before|after|its|their|this|from|to|than"
    r"|versus|vs\.?|and|fiscal|FY|[QH][1-4])|'s|’s)[ ]+\Z",
    re.IGNORECASE,
)
SLASHED = re.compile(r"[\d/]*")
WORDCHARS = re.compile(r"[\w-]*")
PENCE = re.compile(r"p\b")
RECORD_TAIL = re.compile(r"(?:-\d+)*")  # "3-0-2": a win-loss record, not a range
DOTTED_TAIL = re.compile(r"\.\d")
DOTTED = re.compile(r"(?:\.\d+)+")
PERIOD_WORD = re.compile(r"(?:[QH][1-4]|FY|Fiscal|Financial|Calendar)\Z")
# "number one", "number 3": a rank written as a name, as "No. 1" is
RANK_PRE = re.compile(r"\b[Nn]umber[ ]\Z")
# A unit glued to the digits makes a measure even after a capitalised word: "MacBook 256GB",
# "iPhone 128GB" (a name's number stands alone: "Boeing 737", "Galaxy S10 5G").
GLUED_UNIT = re.compile(
    r"(?:[kKMG]bps|GB|TB|MB|KB|kB|mAh|kWh|Wh|W|MP|GHz|MHz|Hz|mm|cm|km|kg|fps|mph)\b"
)
STRONG_FIGURE_SUFFIX = re.compile(
    r"[ ]?%|[ ]?(?:per[ ]?cent|percent|million|billion|trillion|thousand|crore|lakh|bn|mn)\b",
    re.IGNORECASE,
)
FIGURE_SUFFIX = re.compile(
    r"[ ]?%|[ ]?(?:per[ ]?cent|percent|million|billion|trillion|thousand|crore|lakh|bn|mn"
    r"|percentage|ounces|miles|km|kilomet\w+|met(?:er|re)s|tonnes|hours|days|weeks|months"
    r"|years)\b|[-–]\d",
    re.IGNORECASE,
)
SPACE_GROUPED = re.compile(r"\d[ \u00a0\u202f\u2009]\d")
# After space-grouped digits, what makes the last group a name: a capital ("12 737 MAX 9
# jets") or a designation's dash ("40 787-9 jets")
CAP_AFTER = re.compile(r"[ \u00a0]+[A-Z]|-\d")
PLAIN_NUMBER = re.compile(r"(?P<int>\d+)(?P<dec>\.\d+)?")
GLUED_TAIL = re.compile(r"(?:[-–]\d+)?")
GAP_PRE = re.compile(
    r"(?:,|\band|\bwhile|\bwhereas|\bbut)[ ]+(?:the[ ]+)?[A-Z][\w.&'’-]*[ ]\Z"
)
HYPHEN_WORD = re.compile(r"-(?P<w>[a-z]+)\b")
TOKEN = re.compile(r"[ \u00a0\t]*(?:(?P<w>[A-Za-z][A-Za-z'’-]*)|(?P<c>,)|(?P<d>\d[\w-]*))")
# A model designation after a count: "12 737 MAX 9 jets" (twelve jets of the 737 MAX 9).
MODEL_NAME = re.compile(
    r"[ \u00a0\u202f\u2009]+\d+(?:-\w+(?:[ \u00a0]+(?:[A-Z][\w-]*|\d+\b))*"
    r"|(?:[ \u00a0]+(?:[A-Z][\w-]*|\d+\b))+)"
)
# The second day of a month's date: "October 20-21, 2023", "October 20th and 21st, 2023".
SECOND_DAY = re.compile(
    r"(?:[-–]|[ ]+(?:and|&|to|through)[ ]+)(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
    r"(?![\d.,]\d|[ ]+(?:of[ ]+)?[A-Za-z]+\b(?<!\band)(?<!\bin)(?<!\bon))"
    r"(?:,?[ ]+(?P<year>1\d{3}|20\d{2})\b)?"
)
# A month on its own is a date only after a word that dates it: "in October", "last March".
MONTH_ONLY_PRE = re.compile(
    r"(?:\b(?:in|last|next|since|until|till|by|early|late|mid|this|from|through|during|before"
    r"|after|a|(?:end|start|beginning|middle)[ ]of)[ ]+|\b(?:mid|early|late)-)\Z",
    re.IGNORECASE,
)
# A month in lowercase with a day ("on may 30" in a lowercased text) is a date only where a
# date can stand: after a word that dates it, "on"/"of", or a clause's opening.
LOWER_MONTH_DAY_PRE = re.compile(
    r"(?:\b(?:on|of|in|since|until|till|by|from|through|before|after|last|next)[ ]+"
    r"|(?:^|[.,;:(\u2013\u2014-])[ ]*)\Z"
)
# "May" is also a modal verb and a surname: a date only after a narrower set of words.
MAY_PRE = re.compile(
    r"(?:\b(?:in|last|next|since|until|by|early|late|mid|this)[ ]+|\b(?:mid|early|late)-)\Z", re.I
)
OF = re.compile(r"[ ]+of[ ]+")
SLASH_NUM = re.compile(r"/\d")
LETTER = re.compile(r"[A-Za-z]")
METRE_CONTEXT = re.compile(
    r"[ ]?(?:tall|high|long|deep|wide|sprint|race|hurdles|freestyle|butterfly|backstroke|"
    r"breaststroke|relay|medley|dash|run|above|below|away|from|metres|deep|final|finals|heats?|"
    r"semi-?finals?|title|gold|silver|bronze|record|champion|crown)\b",
    re.IGNORECASE,
)
# the distances of track, road and pool races, named after "the" or "women's": "won the 1500m"
RACE_DISTANCES = frozenset(
    {"50", "60", "100", "110", "200", "400", "800", "1500", "1,500", "3000", "3,000", "5000",
     "5,000", "10,000", "10000"}
)  # fmt: skip
RACE_BEFORE = re.compile(r"(?:\b(?:the|her|his|their|over|at)|['’]s)[ ]+\Z", re.IGNORECASE)
RACE_AFTER = re.compile(
    r"m(?:[ ]+(?:in|at|on|and|or|with|when|after|before|was|is|world|personal|best)\b"
    r"|[.,;:)!?]|\Z)"
)  # "the 1500m in 3:49.04", never "the 100m people"

AT_CLOCK = re.compile(r"\b(?:at|from|until|till|by)[ ]+\Z", re.IGNORECASE)  # "at 10:30:15"

TO_BEFORE = re.compile(r"\bto[ ]+(?:[$€£]|US\$)?\Z", re.IGNORECASE)  # "cut to [$]2.10 to $2.25"
SCORE_MAX = 20  # "won 3-1": both sides of a sports score are small integers

# "a quarter of a percent", "half a percentage point", "three quarters of a per cent"
PART_OF_A_PERCENT = re.compile(
    r"[ ]+(?:of[ ]+)?an?[ ]+(?:per[ ]?cent(?:age[ ]+(?P<pp>point))?|%)(?![\w])", re.IGNORECASE
)
# "a quarter point", "a half-point cut": a central bank's move, in percentage points
QUARTER_OR_HALF_POINT = re.compile(r"(?:an?[ ]+)?(quarter|half)[ -]point\b(?!-)", re.IGNORECASE)

# "one-to-seven days", "2-to-3 weeks": a range written with hyphens
_SMALL = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+(?:\.\d+)?)"
HYPHENED_RANGE = re.compile(rf"\b({_SMALL})-to-({_SMALL})\b", re.IGNORECASE)

# "cut by half", "fell in half": a fraction of what came before, with nothing after it
BY_HALF_PRE = re.compile(r"\b(?:by|in)[ ]+\Z", re.IGNORECASE)
