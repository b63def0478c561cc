"""Where each figure sits in its text, for the checker: sentences, content words, names.

Reads a text once into :class:`_Slot` objects, one per quantity: the quantity itself, its
sentence, the content words around it (a crude six-letter stem, stopwords out), the clause it
sits in, the proper names said to own it ("France will send 40 tanks and Italy 12"), and the
date it is tied to ("2.1% in October"). Also reads what the parser leaves alone on purpose or
by accident: quarters ("Q3"), bare years, months, digits inside names ("Big Four", "G7").

Private to :mod:`factcheck.checker`; pure, like it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from factcheck import quantities as _quantities
from factcheck.checker._change import (
    change_role,
    direction_of_change,
    more_after,
    told_as_addition,
    told_per_each,
)
from factcheck.checker._dates import resolve
from factcheck.checker._tuning import TUNING
from factcheck.models import Qualifier, Quantity, QuantityKind
from factcheck.quantities import QUALIFIER_PHRASES as _QUALIFIER_PHRASES
from factcheck.quantities import after_leading_parenthesis, counted_noun

_GROUP = {
    QuantityKind.COUNT: "amount",
    QuantityKind.MEASURE: "amount",
    QuantityKind.DURATION: "amount",
    QuantityKind.MONEY: "money",
    QuantityKind.PERCENT: "percent",
    QuantityKind.PERCENTAGE_POINT: "percent",
    QuantityKind.ORDINAL: "ordinal",
    QuantityKind.YEAR: "time",
    QuantityKind.DATE: "time",
    QuantityKind.SCORE: "score",
}


# --------------------------------------------------------------------------- words


def _words(text: str) -> list[str]:
    return text.split()


_TOKEN = re.compile(r"[A-Z]+&[A-Z]+\b|[A-Za-z][A-Za-z'’]*|\d[\d.,]*")  # "S&P", "AT&T" are one word
_STOPWORDS = frozenset(
    _words(
        "a about above across after again against all almost along also although am among an and "
        "another any are around as at be became because been before being below between both but "
        "by can could did do does doing down during each either else even ever every few for from "
        "further had has have having he her here hers him his how however i if in into is it its "
        "itself just last least less like made make many may me might more most much must my near "
        "nearly neither next no nor not now of off on once one only onto or other our ours out "
        "over own per rather said same say says she should since so some such than that the their "
        "theirs them then there these they this those though through thus to too toward towards "
        "under until up upon us very via was we were what when where whether which while who whom "
        "whose why will with within without would yet you your up including include includes "
        "included according zero two three four five six seven eight nine ten eleven twelve dozen "
        "dozens hundred hundreds thousand thousands million millions billion billions trillion "
        "trillions first second third fourth fifth half percent cent per_cent bn mn m k tn "
        # sentence adverbs, capitalised only where they open a sentence ("Afterwards, it's $6.99
        # a month"): never a name
        "afterwards afterward meanwhile moreover furthermore additionally besides instead "
        "otherwise likewise similarly nevertheless nonetheless therefore hence consequently "
        "finally lastly previously currently today yesterday tomorrow overall "
        "plus still anyway indeed"
    )
)
_MONTHS = frozenset(
    _words(
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday "
        "friday saturday sunday"
    )
)
# Words a summary swaps freely for one another when naming what is counted.
_UNIT_SYNONYMS = (
    {"country", "nation", "state", "member"},
    {"person", "people", "individual", "resident", "civilian", "citizen", "inhabitant"},
    {"firm", "company", "business", "corporation", "enterprise"},
    {"child", "kid", "minor", "son", "daughter", "boy", "girl", "teen", "teenager", "baby"},
    {"worker", "employee", "staff", "job", "position"},
    {"vehicle", "car"},
    {"home", "house", "household", "dwelling"},
    {"death", "fatality", "dead", "killed", "died", "victim"},
    {"case", "infection", "infected", "patient"},
    {"year", "yr"},
    {"soldier", "troop", "servicemember"},
    {"charge", "count"},
    {"dose", "shot", "jab", "vaccination"},
    {"officer", "cop", "policeman", "policemen", "policewoman"},
    {"inmate", "prisoner", "convict", "con", "detainee"},
    {"film", "movie", "movies"},
    {"fight", "bout"},
    {"deal", "contract", "agreement"},
    {"spectator", "onlooker", "bystander"},
    {"vessel", "boat", "ship"},
    {"student", "pupil"},
    {"aircraft", "plane", "jet", "airliner"},
    {"game", "match", "meeting", "appearance"},
    {"time", "fold"},  # "7 Times Over Legal Limit" in a headline is "seven times the limit"
    {"gun", "firearm"},
    {"plant", "factory"},
    {"stroke", "shot"},
    {"win", "victory"},
    {"customer", "client"},
    {"passenger", "traveller", "traveler"},
    {"painting", "artwork"},
    {"lawmaker", "legislator"},
    {"doctor", "physician"},
    {"concert", "show", "gig"},
    {"visitor", "tourist"},
    {"campus", "university", "college"},
    # a utility counts the homes and businesses it serves as customers
    {"customer", "home", "household", "business"},
    {"flyby", "pass"},
    {"rebound", "board"},
    # clipped forms headlines use: "1.7K Vets", "27 Execs"
    {"veteran", "vet"},
    {"executive", "exec"},
)
# Nouns for people of some sort: a count of "people" and a count of any of them are one count
# ("killed three people" for "three spectators were killed"); two sorts ("three runners", "three
# spectators") are not.
_PEOPLE = frozenset(("person", "people", "individual", "human", "guy", "folk"))
_SORTS_OF_PEOPLE = frozenset(
    _words(
        "man men woman women child children kid boy girl teen teenager adult baby infant "
        "resident civilian citizen inhabitant villager local native foreigner "
        "spectator fan viewer visitor tourist guest passenger traveller traveler pilgrim "
        "pedestrian driver rider cyclist hiker climber swimmer "
        "worker employee staffer labourer laborer miner farmer "
        "student pupil schoolchild schoolboy schoolgirl teacher doctor nurse patient "
        "soldier troop officer policeman policewoman firefighter rescuer volunteer "
        "victim survivor casualty hostage captive prisoner inmate detainee convict suspect "
        "migrant refugee immigrant asylum-seeker protester demonstrator rioter "
        "militant fighter rebel insurgent gunman attacker journalist reporter "
        "player athlete runner voter member customer consumer user shopper buyer "
        "applicant recipient diplomat operative official lawmaker veteran vet executive exec "
        "astronaut cosmonaut crewman crewmember sailor pilot "
        "life lives "
        # a workforce counted by its jobs: "cut 2,000 jobs" for "lay off 2,000 people"
        "staff job position "
        "parent mother father son daughter relative sibling brother sister wife husband "
        # people by where they are from or what they believe: "964,000 Americans" for "964,000
        # people" of the U.S. population
        "american briton canadian mexican brazilian argentine colombian venezuelan cuban "
        "haitian chinese japanese korean indian pakistani afghan iraqi iranian syrian israeli "
        "palestinian lebanese egyptian libyan nigerian kenyan ethiopian somali sudanese "
        "russian ukrainian pole german frenchman italian spaniard portuguese greek turk dutch "
        "swede norwegian dane finn irishman scot australian filipino vietnamese thai "
        "indonesian european african asian latino hispanic arab muslim christian jew catholic "
        "democrat republican"
    )
)
# Nouns that stand in for what was counted without naming it: "50 others", "12 more", "the
# fifth one", and the generic counters "four times", "200 items", "three things", "ten pieces",
# "a three-way fight" (three sides, of whatever the article calls them).
_PLACEHOLDER_UNITS = frozenset(
    (
        *("other", "more", "additi", "extra", "further", "total", "one"),
        *("time", "item", "thing", "piece", "way"),
    )
)


@functools.lru_cache(maxsize=1 << 16)
def _lemma(word: str) -> str:
    """A crude, consistent stem: lower case, possessive and common endings off, then cut to six
    letters so that "infected", "infections" and "infect" meet."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'")
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith(("sses", "shes", "ches", "xes")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 6 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 5 and w.endswith("ed"):
        w = w[:-2]
    return _ONE_MEANING.get(w, w)[: TUNING.stem]


# Words of one meaning that news writes either way, met as one stem: "21 people were hurt" is
# the article's "injuring 21"
_ONE_MEANING = {"hurt": "injur", "wound": "injur", "injury": "injur", "injuri": "injur"}


def _synonyms() -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for group in _UNIT_SYNONYMS:
        stems = frozenset(_lemma(word) for word in group)
        for stem in stems:
            table[stem] = table.get(stem, frozenset()) | stems
    return table


_SYNONYM = _synonyms()


def _synonymous(a: str, b: str) -> bool:
    """Whether two lemmas name one thing: the same word, or synonyms ("bout", "fight")."""
    return a == b or b in _SYNONYM.get(a, frozenset())


def _unit_lemma(unit: str | None) -> str | None:
    if not unit:
        return None
    return _lemma(unit.split()[-1])


@dataclass(slots=True)
class _Token:
    """A word or number of a text (slotted and not frozen, the quickest to build and read: a
    long article has tens of thousands)."""

    start: int
    end: int
    lemma: str | None  # None for stopwords and numbers: they never count as shared context
    entity: bool  # a capitalised word (a name, unless it only opens the sentence)
    first: bool  # the sentence's first word, capitalised by grammar
    lower: str  # the word as written, lower-cased


@functools.lru_cache(maxsize=1 << 16)
def _reading(word: str) -> tuple[str | None, bool, str]:
    """A token's lemma (None for stopwords, months and numbers), whether it is capitalised
    content, and its lower case: read once per distinct word, not once per occurrence."""
    lower = word.lower()
    plain = word[0].isalpha() and lower not in _STOPWORDS and lower not in _MONTHS
    lemma = _lemma(word) if plain and len(lower) > 1 else None
    return lemma, plain and word[0].isupper(), lower


def _tokens(text: str, offset: int = 0) -> list[_Token]:
    tokens: list[_Token] = []
    first = True
    for match in _TOKEN.finditer(text):
        lemma, entity, lower = _reading(match.group())
        start, end = match.span()
        tokens.append(_Token(offset + start, offset + end, lemma, entity, first, lower))
        first = False
    return tokens


# Adjectives of nationality that do not share their country's first four letters.
_DEMONYMS = {
    "french": "france", "dutch": "netherlands", "british": "britain", "uk": "britain",
    "swiss": "switzerland", "spanish": "spain", "danish": "denmark", "polish": "poland",
    "finnish": "finland", "swedish": "sweden", "norwegian": "norway", "greek": "greece",
    "turkish": "turkey", "chinese": "china", "japanese": "japan", "irish": "ireland",
    "welsh": "wales", "scottish": "scotland", "us": "america", "american": "america",
    "filipino": "philippines", "thai": "thailand", "czech": "czechia", "slovak": "slovakia",
    "portuguese": "portugal", "belgian": "belgium", "hungarian": "hungary", "kiwi": "zealand",
    "alpine": "alps", "dane": "denmark", "danes": "denmark",
    "finns": "finland", "poles": "poland", "aussie": "australia",
    "aussies": "australia", "kiwis": "zealand",
}  # fmt: skip


def _name_key(word: str) -> str:
    """One key for a name and its adjective: "Germany"/"German", "Switzerland"/"Swiss"."""
    lower = word.lower().replace("’", "'").removesuffix("'s")
    lower = _DEMONYMS.get(lower, lower)
    return lower[:4]


# A run of capitalised words, with the small words a name keeps inside it: "International
# Monetary Fund", "Federal Bureau of Investigation", "Department of Defense"
_NAME_RUN = re.compile(
    r"\b[A-Z][a-z'’]+(?:[ \u00a0]+(?:(?:of|for|and|the|on)[ \u00a0]+)*[A-Z][a-z'’]+)+"
)


def _initials(text: str) -> Iterator[tuple[int, int, frozenset[str]]]:
    """Each run of capitalised words in ``text``, with the acronyms it may be written as, lower
    case: "Federal Bureau of Investigation" as "fbi", "Department of Defense" as "dod"."""
    for run in _NAME_RUN.finditer(text):
        words = run.group().split()
        if words[0] in ("The", "A", "An"):
            words = words[1:]  # "The International Monetary Fund" is the "IMF"
        capital = "".join(word[0] for word in words if word[0].isupper()).lower()
        every = "".join(word[0] for word in words).lower()
        yield run.start(), run.end(), frozenset((capital, every))


@functools.lru_cache(maxsize=1 << 16)
def _name_word(word: str) -> str:
    return word.lower().replace("’", "'").removesuffix("'s")


def _proper_names(
    text: str, sentence_tokens: Sequence[Sequence[_Token]], *, openers: bool = True
) -> set[str]:
    """Capitalised words that name something: never written in lower case in the same text, or
    part of a longer name mid-sentence ("the People's Party"). "Minister" alone is not one when
    the text also says "ministers", nor "Bird" in "Bird flu was..." when it goes on about birds.
    Without ``openers``, a sentence's first word never counts (a claim is too short to tell)."""
    names = set()
    compound = set()
    lower = set()
    for toks in sentence_tokens:
        if not toks:
            continue
        for before, token, after in zip([None, *toks[:-1]], toks, [*toks[1:], None], strict=True):
            word = text[token.start : token.end]
            if word.islower():
                lower.add(_name_word(word))
            elif token.entity and len(word) > 2 and (openers or not token.first):
                names.add(_name_word(word))
                neighbours = [t for t in (before, after) if t is not None and t.entity]
                if not token.first and any(not t.first for t in neighbours):
                    compound.add(_name_word(word))
    plain = {name for name in names if name not in lower and _lemma(name) not in lower}
    return plain | compound


_FRACTION = "fraction"


def _as_percent(q: Quantity) -> Quantity:
    """A fraction ("a fifth", "two-thirds") compared as the percentage it is."""
    if q.kind is QuantityKind.COUNT and q.unit == _FRACTION:
        hundredths = (q.value * 100).quantize(Decimal("0.1"))
        return q.model_copy(
            update={"kind": QuantityKind.PERCENT, "value": hundredths, "precision": None}
        )
    return q


# --------------------------------------------------------------------------- the index




# "California and 16 other states", "joined three other ships": so many besides one named
_OTHER = re.compile(r"[ \u00a0]+other[ \u00a0]+[a-z]", re.IGNORECASE)
_BESIDES = re.compile(r"\b(?:and|joined|joins|join|with)[ \u00a0]+\Z", re.IGNORECASE)


@dataclass
class _Slot:
    """One quantity as it sits in its text: its sentence, nearby words, and whose it is."""

    quantity: Quantity
    sentence: int
    local: frozenset[str]
    # Names between the previous quantity and this one ("France will send 40 tanks and Italy
    # 12": France for 40, Italy for 12), else the nearest name before it.
    entities: frozenset[str]
    segment: frozenset[str]  # only the names between the previous quantity and this one
    subject: str | None  # the first of those: "The Netherlands pledged €600 million"
    # Content words right next to the figure, within its clause ("17 drowned and seven were
    # killed": drowned for 17; killed, landslides for seven).
    near: frozenset[str]
    clause: frozenset[str]  # the content words of the figure's own clause (up to the window)
    when: Quantity | None = None  # the date or year the figure is tied to, if one follows it
    bare: bool = False  # digits the parser could not read ("Boeing 737" in a claim)
    per_share: bool = False  # money stated per share ("$0.19 per share", "EPS of $1.04")
    per: str | None = None  # a rate's period: "$4 billion a month" -> "month"
    # "at least" or "at most" said before a figure the parser left without one: "at least 25 to
    # 30 times" (the parser keeps only the range), "more than a $147 saving" (an article between)
    direction: Qualifier | None = None
    # "nearly 30", "almost 620,000": short of the figure, which the parser reads as "about"
    below: bool = False
    # an anniversary or a year in a row read as a span of years ("the 40th anniversary")
    years_on: bool = False
    # the Nth of a run, as a run of N ("the 5th consecutive day": 5 days), for comparing with
    # a count or a span (an ordinal still meets ordinals as one): see _streak
    run: dict[str, object] | None = None
    after: frozenset[str] = frozenset()  # the clause's content words after the figure
    left: frozenset[str] = frozenset()  # the three content words right before it, in its clause
    lead: str | None = None  # the first of them: what the figure is said with ("sold for")
    right: frozenset[str] = frozenset()  # the first of them, what it counts aside: what it does
    # for a score: "result" ("won 34-23") or "interim" ("edged 23-20 ahead"), when it says
    moment: str | None = None
    # a count's noun among ``near`` as the text writes it ("men" for a count of "man"): the
    # sort of thing counted, which says nothing of which ones (a rank's noun does: "the 31st
    # meeting" is one meeting)
    noun: frozenset[str] = frozenset()
    # the reporting period a figure is told for, or set against, right after it: ("in",
    # "quarter") for "79% for the quarter", ("from", "year") for "up 40.6% from last year's"
    over: tuple[str, str] | None = None
    # what the other figures of its sentence count ("points" beside "10 rebounds" in "18 points
    # and 10 rebounds"): words near this figure that name another's thing, not its own
    others: frozenset[str] = frozenset()
    # its part in a change, where the words right before it say: "from" (the value it changed
    # from), "to" (the value it changed to) or "by" (the size of the change); see _change
    role: str | None = None
    # the event a year names an edition of, right after it ("the 2015 Masters": "masters")
    edition: str | None = None
    # which way a change in percent goes, where the words right by it say: "up 30%", "30%
    # higher" (+1); "fell 30%", "30% lower" (-1); see _change
    sign: int | None = None
    # said as so many to each of something ("five spiders per country", "3 goals a game on
    # average"): a quotient of two counts may give it, a plain count never
    each: bool = False
    # "200 more", "three others": a count of more of what its context counts, not a bare figure
    elliptic: bool = False
    # told as an addition to a total ("Twelve more people died", "a further 200"): see _change
    added: bool = False
    # "16 other states": so many besides one named ("California and 16 other states")
    other: bool = False
    # a team's record set off after its name ("Heritage (1-0): ..."), not a game's score
    record: bool = False
    # a total and its amount per share, said as one ("$8.2 million, or $0.19 per share"): each
    # is the other's partner, and the article must give them together
    partner: _Slot | None = field(default=None, repr=False, compare=False)
    compare: Quantity = field(init=False)  # the quantity as compared (fractions as percent)

    def __post_init__(self) -> None:
        self.compare = _as_percent(self.quantity)


@dataclass
class _Claim:
    """A claim sentence ready to check: its words and its quantities in place."""

    text: str
    words: frozenset[str]
    slots: list[_Slot]
    entities: frozenset[str]
    start: int  # where ``text`` starts in the text the slots' spans refer to

    @functools.cached_property
    def _ends(self) -> list[int]:
        return sorted(slot.quantity.span[1] - self.start for slot in self.slots)

    def lead_in(self, c: _Slot) -> tuple[int, int]:
        """Where in ``text`` the words before figure ``c`` run, back to the figure before it:
        what the claim says of ``c`` alone ("The agent got 24 months, the developer 48")."""
        end = c.quantity.span[0] - self.start
        before = bisect.bisect_right(self._ends, end)
        return (self._ends[before - 1] if before else 0), end


def _key(value: Decimal) -> Decimal:
    try:
        return value.normalize()
    except InvalidOperation:  # pragma: no cover - Decimal NaN never comes out of the parser
        return value


@dataclass
class _Layout:
    """Quantities placed in their sentences, with the words and names of each sentence."""

    slots: list[_Slot]
    sentence_words: list[frozenset[str]]
    sentence_entities: list[frozenset[str]]
    names: frozenset[str]  # the proper names the text itself shows, as words (not ``known``)
    peers: dict[str, frozenset[str]] = field(default_factory=dict)  # names listed together


# Between a figure and the date it is tied to ("2.1% in October", "6.2% in 2022"): a few words,
# no punctuation.
# A date after a figure dates it across at most three words, none joining another clause (in
# "ran a $40 million deficit and in 2012 had an $8 million one", 2012 is the next figure's) nor
# making a comparison ("15% short of pre-pandemic 2019", "15% below the 2019 level": a base the
# figure is set against; "up 12% from 2023" keeps its base, compared base with base)
_WHEN_GAP = re.compile(
    r"[^\S\n]*(?:(?!(?:and|but|or|while|whereas|then|short|below|above|than|compared|versus|"
    r"vs|against)\b)[A-Za-z]+[^\S\n]+){0,3}",
    re.IGNORECASE,
)


# A date that opens a figure's clause: "In 2022, profit was $8 million", "profit in 2021 was
# $5 million", with at most four words between and no other clause begun.
_IN_BEFORE = re.compile(r"\b(?:[Ii]n|[Dd]uring)[ \u00a0]+(?:the[ \u00a0]+)?\Z")
_WHEN_BEFORE_GAP = re.compile(
    r",?[^\S\n]+(?:(?!(?:and|but|or|while|whereas|then|since|after|before|when|from|to|by|"
    r"than|until|having|who|which|that|as)\b)[A-Za-z'’]+[^\S\n]+){0,4}",
    re.IGNORECASE,
)


_ASIDE = re.compile(r",[ \u00a0]+(?:who|which|whose|whom|where)\b[^,;.!?\n]{1,150},")


# a figure of something right after a sentence's first word ("Eat 1-2 hours", "Add 2 cups"),
# not a team's score or a name's number ("Bruins 5, Devils 1", "Rockledge 14 11 6 15")
_FIGURE_NEXT = re.compile(r"[ \u00a0]+[$€£]?\d[\d.,]*(?:[–-]\d[\d.,]*)?[ \u00a0]+[a-z]")


_TITLE = re.compile(r"[\"“]\s?[A-Z][^\"“”\n]{0,40}?\s?[\"”]")


def _layout(
    text: str,
    sentences: Sequence[tuple[int, int]],
    quantities: Sequence[Quantity],
    known: frozenset[str] | None = None,
    bare: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset(),
    known_keys: frozenset[str] = frozenset(),
) -> _Layout:
    """Place quantities in their sentences and collect the words and names around each.

    For a claim, ``known`` are the source's names: they count as names even at the start of a
    sentence, where the claim alone cannot tell a name from a capitalised word; so does a
    sentence's first word whose name key the source knows (``known_keys``: "Italy's exports"
    where the article writes "Italian exports", "French officials" for "France").
    """
    sentence_tokens = [_tokens(text[s:e], s) for s, e in sentences]
    sentence_words = [frozenset(t.lemma for t in toks if t.lemma) for toks in sentence_tokens]
    proper = _proper_names(text, sentence_tokens, openers=known is None)
    also = known or frozenset()  # looked up beside ``proper``, never copied into it
    speakers = {t.start for toks in sentence_tokens for t in _speakers(toks)}
    # Relative clauses set off by commas: their names are not the subject of what follows ("The
    # traveller, who is making his way through the Philippines, has visited 50 countries").
    asides = [m.span() for m in _ASIDE.finditer(text)]
    aside_starts = [a for a, _ in asides]

    def in_aside(position: int) -> bool:
        i = bisect.bisect_right(aside_starts, position) - 1
        return i >= 0 and position < asides[i][1]

    known_names: dict[int, str | None] = {}  # by token start: each token is read once
    # A short quotation is a title ("the former 'Dawson's Creek' star"): no party of a figure
    titles = [m.span() for m in _TITLE.finditer(text)]
    title_starts = [a for a, _ in titles]

    def in_title(position: int) -> bool:
        i = bisect.bisect_right(title_starts, position) - 1
        return i >= 0 and position < titles[i][1]

    def name(token: _Token) -> str | None:
        if not token.entity or (titles and in_title(token.start)):
            return None
        if token.start not in known_names:
            word = _name_word(text[token.start : token.end])
            is_name = word in proper or word in also
            if token.first and not is_name and word not in _STOPWORDS:
                is_name = _name_key(word) in known_keys  # "Italy's" for "Italian"
            if token.first and _FIGURE_NEXT.match(text, token.end) and word not in also:
                is_name = False  # "Eat 1-2 hours after", "Drink 20-30 minutes": a command
            known_names[token.start] = _name_key(word) if is_name else None
        return known_names[token.start]

    sentence_entities = [frozenset(n for n in map(name, toks) if n) for toks in sentence_tokens]
    starts = [s for s, _ in sentences]
    # Per sentence: token starts and ends for bisection, and the last name before each token
    # (speakers aside), so that placing a figure costs the same however long its sentence.
    token_starts = [[t.start for t in toks] for toks in sentence_tokens]
    token_ends = [[t.end for t in toks] for toks in sentence_tokens]
    last_names: list[list[str | None]] = []
    outside_names: list[list[str | None]] = []  # the same, asides skipped
    for toks in sentence_tokens:
        running: list[str | None] = [None]
        outside: list[str | None] = [None]
        for token in toks:
            key = name(token) if token.start not in speakers else None
            running.append(key or running[-1])
            outside.append((key if not in_aside(token.start) else None) or outside[-1])
        last_names.append(running)
        outside_names.append(outside)
    reach = 4 * TUNING.window  # tokens enough to find a clause's window of content words
    slots: list[_Slot] = []
    previous_end: dict[int, int] = {}
    per_share_sentences: set[int] = set()  # sentences with an unscaled per-share amount so far
    for quantity in sorted(quantities, key=lambda q: q.span[0]):
        index = _bisect(starts, quantity.span[0])
        toks = sentence_tokens[index] if sentence_tokens else []
        q_start, q_end = quantity.span
        sentence_start = sentences[index][0] if sentences else 0
        n_before = bisect.bisect_right(token_ends[index], q_start) if toks else 0
        n_after = bisect.bisect_left(token_starts[index], q_end) if toks else 0
        before = toks[max(0, n_before - reach) : n_before]
        after = toks[n_after : n_after + reach]
        local = {t.lemma for t in before[-TUNING.window :] if t.lemma}
        local |= {t.lemma for t in after[: TUNING.window] if t.lemma}
        unit = _unit_lemma(quantity.unit)
        if unit:
            local.add(unit)
        # One walk each way gives the two words before and three after (``near``) and the
        # window of words each way (``clause``, ``after``): the first k of a longer walk.
        walk = max(TUNING.window, 3)
        words_before = _clause_words(text, before[::-1], walk)
        words_after = _clause_words(text, after, walk)
        near = frozenset(words_before[:2]) | frozenset(words_after[:3])
        clause = frozenset(words_before[: TUNING.window]) | frozenset(words_after[: TUNING.window])
        if unit:
            clause |= {unit}
        segment_start = previous_end.get(index, sentence_start)
        first = bisect.bisect_left(token_starts[index], segment_start) if toks else 0
        inside = in_aside(q_start)
        in_segment = [
            n
            for t in toks[first:n_before]
            if t.start not in speakers and (inside or not in_aside(t.start)) and (n := name(t))
        ]
        segment = frozenset(in_segment)
        names_before = last_names if inside else outside_names
        nearest = names_before[index][n_before] if toks else None
        subjects = segment or frozenset([nearest] if nearest else [])
        subject = in_segment[0] if in_segment else None
        slot = _Slot(quantity, index, frozenset(local), subjects, segment, subject, near, clause)
        slot.bare = quantity.span in bare
        if quantity.kind is QuantityKind.SCORE:
            slot.moment = _moment(text, q_start, q_end)
        slot.direction = _direction(text, quantity)
        slot.after = frozenset(words_after[: TUNING.window])
        slot.left = frozenset(words_before[:3])
        slot.lead = words_before[0] if words_before else None
        slot.elliptic = more_after(text, q_end) is not None
        slot.other = (
            quantity.kind is QuantityKind.COUNT
            and bool(_OTHER.match(text, q_end))
            and bool(_BESIDES.search(text, max(0, q_start - 12), q_start))
        )
        # the first word after the figure but what it counts ("eight people were killed")
        own = _SYNONYM.get(unit, frozenset()) | {unit} if unit else frozenset()
        slot.right = frozenset([w for w in words_after[:3] if w not in own][:1])
        if quantity.unit and quantity.kind is QuantityKind.COUNT:
            counted = quantity.unit.split()[-1]
            slot.noun = frozenset(
                t.lemma
                for t in after[:3]
                if t.lemma and counted_noun(text[t.start : t.end]) == counted
            )
        slot.years_on = _years_on(text, quantity)
        if _apposed_age(text, quantity) or slot.years_on:
            years = {"kind": QuantityKind.DURATION, "unit": "year"}
            slot.compare = slot.compare.model_copy(update=years)
        else:
            slot.run = _streak(text, quantity)
        century = _century(text, quantity)
        if century is not None:
            slot.compare = slot.compare.model_copy(update=century)
        slot.below = quantity.qualifier is Qualifier.APPROXIMATE and bool(
            _BELOW.search(text, max(0, q_start - 24), q_start)
        )
        if slot.direction is not None and quantity.qualifier is Qualifier.EXACT:
            slot.compare = slot.compare.model_copy(update={"qualifier": slot.direction})
        if quantity.kind is QuantityKind.MONEY:
            slot.per_share = _per_share(text, sentence_start, quantity)
            if quantity.scale is None:
                # "$2.53 a share, beating the $2.52 analysts expected": an unscaled amount set
                # against a per-share one in its sentence is per share too ("and net interest
                # income was $2.75" is another measure)
                compared = _COMPARED.search(text, max(0, q_start - 32), q_start) is not None
                if index in per_share_sentences and compared:
                    slot.per_share = True
                if slot.per_share:
                    per_share_sentences.add(index)
        slot.per = _period(text, quantity)
        slot.over = _reporting_period(text, quantity)
        slot.role = change_role(text, sentence_start, quantity)
        slot.added = told_as_addition(text, sentence_start, quantity)
        slot.each = slot.per is not None or told_per_each(text, q_end)
        slot.sign = direction_of_change(text, sentence_start, quantity)
        slot.record = quantity.kind is QuantityKind.SCORE and _is_record(text, q_start, q_end)
        if quantity.kind is QuantityKind.YEAR:
            slot.edition = _edition(text, q_start, q_end)
        slots.append(slot)
        named = _NAMED_BEFORE.search(text, max(0, q_start - 24), q_start) is not None
        in_name = slot.bare or (
            quantity.kind is QuantityKind.COUNT
            and quantity.unit is None
            and _WORD_NEXT.match(text, q_end) is not None
        )  # "the S&P 500 added 0.7%": the 500 is part of its name
        if not (named and in_name):
            previous_end[index] = q_end  # a name's digits ("Nikkei 225") end no segment
    _bind_dates(text, slots)
    _pair_per_share(text, slots)
    _respectively(text, sentences, slots)
    _others_counted(text, slots)
    # names listed together: a source's (a claim's own lists are never asked about)
    peers = _peers(text, sentence_tokens, name) if known is None else {}
    return _Layout(slots, sentence_words, sentence_entities, frozenset(proper), peers)


_LIST_WORDS = frozenset(("and", "or", "the"))


def _peers(
    text: str, sentence_tokens: Sequence[Sequence[_Token]], name: Callable[[_Token], str | None]
) -> dict[str, frozenset[str]]:
    """Names the text lists together ("Switzerland, Austria, France and Italy"; "the Social
    Democrats and the People's Party"): parties of one sort, which a summary can confuse."""
    peers: dict[str, frozenset[str]] = {}
    for toks in sentence_tokens:
        items: list[set[str]] = []  # the names of the list being read, one set per name
        joined = False  # a comma, "and" or "or" since the last name
        previous: _Token | None = None
        for token in toks:
            gap = text[previous.end : token.start] if previous is not None else ""
            joined = joined or "," in gap
            key = name(token)
            if key is not None:
                if items and previous is not None and name(previous) and not gap.strip():
                    items[-1].add(key)  # the next word of a longer name
                elif items and joined:
                    items.append({key})
                else:
                    _file_peers(peers, items)
                    items = [{key}]
                joined = False
            elif token.lower in _LIST_WORDS and items:
                joined = joined or token.lower != "the"
            else:
                _file_peers(peers, items)
                items, joined = [], False
            previous = token
        _file_peers(peers, items)
    return peers


def _file_peers(peers: dict[str, frozenset[str]], items: list[set[str]]) -> None:
    if len(items) < 2:
        return
    for number, item in enumerate(items):
        others = frozenset().union(*(o for i, o in enumerate(items) if i != number)) - item
        for key in item:
            peers[key] = peers.get(key, frozenset()) | others


_DIRECTIONS = (Qualifier.AT_LEAST, Qualifier.AT_MOST)
# "Siham, 27, ..." / "Warren Sapp, 42, was charged": a bare number set off after a name is an age.
_PERSON = r"(?P<name>(?:[A-Z][\w'’-]+[ \u00a0]+){0,3}[A-Z][\w'’-]+)"  # up to four capitalised words
_AGE_BEFORE = re.compile(_PERSON + r",[ \u00a0]*\Z")
_AGE_AFTER = re.compile(r"[ \u00a0]*(?:,|\)|\.(?!\d)|\Z|[ \u00a0]+(?:and|who|was|is|has|had)\b)")


# Words that set an amount against another: "beating the $2.52 expected", "versus $1.20"
_COMPARED = re.compile(
    r"\b(?:beat(?:ing|s)?|top(?:ping|ped|s)?|miss(?:ing|ed|es)?|versus|vs\.?|than|against"
    r"|compared|up[ ]from|down[ ]from|reported|posted|earned|came[ ]in[ ]at)\b"
    r"|\bfrom[ ]+\Z",  # right before the amount: "45 cents a share from 40 cents"
    re.IGNORECASE,
)
_WORD_NEXT = re.compile(r"[ \u00a0]+[a-z]")
_NAMED_BEFORE = re.compile(r"\b[A-Z][\w'’.&-]*[ -]\Z")  # "Nikkei 225", "Boeing 737"
_YEARS_ON = re.compile(
    r"(?:(?:[ -]+[a-z]+)?[ -]+(?:anniversary|birthday)"
    r"|[ ]+(?:straight|consecutive)[ ]+(?:year|season)"
    r"|[ ]+(?:year|season)(?![-\w]))",
    re.IGNORECASE,
)


_LATEST_CENTURY = 21


_CENTURY = re.compile(r"[- \u00a0]century\b", re.IGNORECASE)  # "16th Century" in a headline


def _century(text: str, quantity: Quantity) -> dict[str, object] | None:
    """ "the 14th century" is the years 1300-1399, as "the 1300s" says it: compared as years."""
    if quantity.kind is not QuantityKind.ORDINAL:
        return None
    if quantity.unit != "century" and not _CENTURY.match(text, quantity.span[1]):
        return None
    if not 1 <= quantity.value <= _LATEST_CENTURY:
        return None
    start = (quantity.value - 1) * 100
    return {
        "kind": QuantityKind.YEAR, "unit": None, "value": start, "low": start,
        "high": start + 99, "qualifier": Qualifier.RANGE, "precision": Decimal(100),
    }  # fmt: skip


def _years_on(text: str, quantity: Quantity) -> bool:
    """ "the 40th anniversary of the war", "for the fifth year in a row" (or straight season),
    "the prize, in its 46th year": N years, as "a 40-year conflict" or "for the past five years"
    say it; "his 85th birthday" is an age of 85."""
    return quantity.kind is QuantityKind.ORDINAL and bool(_YEARS_ON.match(text, quantity.span[1]))


# "for the 5th consecutive day", "its third straight loss", "the fourth game in a row"
_STREAK = re.compile(
    r"[ ]+(?:(?:straight|consecutive|successive)[ ]+(?P<a>[a-z]+)"
    r"|(?P<b>[a-z]+)[ ]+in[ ]+a[ ]+row)\b",
    re.IGNORECASE,
)
_TIME_UNITS = frozenset(("day", "week", "month", "hour", "minute"))  # a quarter is counted


def _streak(text: str, quantity: Quantity) -> dict[str, object] | None:
    """The Nth of a run is a run of N: "for the 5th consecutive day" is five days in a row, as
    "a losing streak to five days" says it; "its third straight loss", three losses."""
    if quantity.kind is not QuantityKind.ORDINAL:
        return None
    m = _STREAK.match(text, quantity.span[1])
    if m is None:
        return None
    unit = _lemma(m.group("a") or m.group("b"))
    if unit in _TIME_UNITS:
        return {"kind": QuantityKind.DURATION, "unit": unit}
    return {"kind": QuantityKind.COUNT, "unit": unit}


def _apposed_age(text: str, quantity: Quantity) -> bool:
    """A plain whole number between commas right after a name, or after "dead at", "died at",
    "at age", "turns": a person's (or a thing's) age in years."""
    if _apposed_name(text, quantity, *quantity.span) is not None:
        return True
    return _plain_whole(quantity) and _age_phrase_before(text, quantity.span[0])


# "dead at 81", "dies at 93", "at age 97", "turns 85", "aged nine": an age without "years old"
_AGE_PHRASE = re.compile(
    r"\b(?:(?:dead|dies|died|death)[ \u00a0]+at|at[ \u00a0]+(?:the[ \u00a0]+)?age(?:[ \u00a0]+of)?"
    r"|turns|turned|aged)[ \u00a0]+\Z",
    re.IGNORECASE,
)
# An age phrase holds ten letters at most, the rest spaces: one that starts further back than
# this before the figure leaves more than half of these characters spaces.
_AGE_PHRASE_REACH = 64


def _age_phrase_before(text: str, start: int) -> bool:
    """Whether an age phrase ends right before ``text[start]``: looked for in the characters just
    before it, not the whole text before it (a search per figure, quadratic in a long article),
    unless they are mostly spaces, as those of a phrase starting further back would be."""
    low = max(0, start - _AGE_PHRASE_REACH)
    window = text[low:start]
    if window.count(" ") + window.count("\u00a0") > _AGE_PHRASE_REACH // 2:
        low = 0
    return _AGE_PHRASE.search(text, low, start) is not None


def _plain_whole(q: Quantity) -> bool:
    """A bare whole number, exact, below the oldest age: what an age phrase can hold."""
    if q.kind is not QuantityKind.COUNT or q.unit or q.qualifier is not Qualifier.EXACT:
        return False
    return q.value == q.value.to_integral_value() and 0 < q.value < TUNING.oldest


def _apposed_name(text: str, q: Quantity, start: int, end: int) -> str | None:
    """The name, as written, before an age set off by commas ("Abbie" in "Abbie, 12,"), the
    figure being at ``text[start:end]``."""
    if q.kind is not QuantityKind.COUNT or q.unit or q.qualifier is not Qualifier.EXACT:
        return None
    if q.value != q.value.to_integral_value() or not 0 < q.value < 120:
        return None
    before = _AGE_BEFORE.search(text[max(0, start - 60) : start])
    if before is None or _AGE_AFTER.match(text, end) is None:
        return None
    return before.group("name")


_BELOW = re.compile(
    r"\b(?:almost|nearly|close to|not quite|just shy of|shy of)[ \u00a0]+(?:an?[ \u00a0]+)?\Z",
    re.IGNORECASE,
)
# A verb that puts a floor under the figure it governs (the parser reads only "exceeding").
_EXCEED_BEFORE = re.compile(
    r"\b(?:exceed|exceeds|exceeded|surpass|surpasses|surpassed)[ \u00a0]+\Z", re.IGNORECASE
)
_ARTICLE_BEFORE = re.compile(r"(?P<pre>[^.;!?\n]{0,40}?)[ \u00a0]an?[ \u00a0]+\Z", re.IGNORECASE)


def _direction(text: str, quantity: Quantity) -> Qualifier | None:
    """A bound the parser did not attach: "at least" before a range, or a bound before "a".

    A qualifier flip ("at least" -> "at most") states another quantity, so it must reach the
    comparison even where the parser reads the figure as a plain range or a plain amount.
    """
    start = quantity.span[0]
    pre = text[max(0, start - 48) : start]
    spaced = pre.endswith((" ", "\u00a0"))  # both patterns below end in spaces
    if quantity.qualifier is Qualifier.EXACT and spaced and _EXCEED_BEFORE.search(pre):
        return Qualifier.AT_LEAST  # "costs that we expect to exceed 10%"
    if quantity.qualifier is Qualifier.EXACT:
        article = _ARTICLE_BEFORE.search(pre) if spaced and _ends_in_article(pre) else None
        if article is None:
            return None  # with no article between, the parser already read any phrase
        if quantity.kind is QuantityKind.DURATION and "-" in quantity.text:
            return None  # "over a three-year timescale" is during one, not more than one
        pre = article.group("pre") + " "
    elif quantity.qualifier is not Qualifier.RANGE:
        return None
    if not pre.endswith((" ", "\u00a0")):
        return None
    words = pre.lower().split()[-4:]
    for n in (4, 3, 2, 1):
        found = _QUALIFIER_PHRASES.get(" ".join(words[-n:])) if len(words) >= n else None
        if found is not None:
            return found if found in _DIRECTIONS else None
    return None


def _ends_in_article(pre: str) -> bool:
    """Whether ``pre`` ends in "a" or "an" and spaces, as ``_ARTICLE_BEFORE`` needs: a quick test
    first, as that pattern is tried from each of the characters before a figure."""
    return pre.rstrip(" \u00a0")[-3:].lower().endswith((" a", "\u00a0a", " an", "\u00a0an"))


_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]| - ")
# A money figure per share, said right after it ("$0.19 per share", "$1.07 a diluted share") or
# named shortly before it in its clause ("earnings per share of $1.04", "EPS rose to $1.63").
_PER_SHARE_AFTER = re.compile(
    r"\s*(?:per|a)\s+(?:(?:diluted|basic|adjusted|common|ordinary)\s+)?share\b", re.IGNORECASE
)
_PER_SHARE_BEFORE = re.compile(
    r"\b(?:per\s+(?:(?:diluted|basic|common|ordinary)\s+)?share|EPS)\b"
    r"(?:[^$€£¥₹,;:()]*?)$",  # no other amount of money or clause break in between
    re.IGNORECASE,
)


# "Heritage (1-0", "Palm Bay (1-0-2": a record in brackets right after a name
_RECORD = re.compile(r"[A-Z][\w.'’-]*[ \u00a0]\(\Z")
# "improved to 3-0", "now 2-3", "a record of 4-1", "opened its season 1-0": a team's record
_RECORD_BEFORE = re.compile(
    r"\b(?:improv\w*|fell|fall\w*|dropp?\w*|mov\w*|went|go\w*|climb\w*|stay\w*|remain\w*|"
    r"st[ao]od|stands?)[ \u00a0]+(?:unbeaten[ \u00a0]+|undefeated[ \u00a0]+)?(?:to|at)[ \u00a0]+\Z"
    r"|\b(?:now|record[ \u00a0]+of|season)[ \u00a0]+\Z",
    re.IGNORECASE,
)
_RECORD_AFTER = re.compile(r"[ \u00a0]+(?:record|on[ \u00a0]+the[ \u00a0]+(?:season|year))\b")


def _is_record(text: str, start: int, end: int) -> bool:
    """Whether a pair of numbers is a team's record, not a game's score: in brackets after a
    name ("Heritage (1-0): ..."), or told as one ("improved to 3-0", "a 4-1 record")."""
    if text[end : end + 1] == ")" and _RECORD.search(text, max(0, start - 40), start):
        return True
    return bool(
        _RECORD_BEFORE.search(text, max(0, start - 24), start) or _RECORD_AFTER.match(text, end)
    )
_PERIOD = re.compile(
    r"(?:[ ]*|-)(?:(?:a|an|per|each|every)(?:[ ]+|-)|/[ ]?)"
    r"(?P<unit>day|week|month|quarter|year|yr|mo|hr|hour)\b"
    r"|[ ]+(?P<adverb>daily|weekly|monthly|quarterly|annually|yearly|annual)\b",
    re.IGNORECASE,
)
_PERIOD_WORDS = {
    "yr": "year", "mo": "month", "hr": "hour", "daily": "day", "weekly": "week",
    "monthly": "month", "quarterly": "quarter", "annually": "year", "yearly": "year",
    "annual": "year",
}  # fmt: skip


_RATES = (QuantityKind.MONEY, QuantityKind.COUNT, QuantityKind.MEASURE, QuantityKind.PERCENT)


def _period(text: str, quantity: Quantity) -> str | None:
    """The period of a rate written right after a figure: "$4 billion a month", "2% a year",
    "$1.4 billion per month", "120 kW/hour", "$50 daily"."""
    if quantity.kind not in _RATES:
        return None
    m = _PERIOD.match(text, quantity.span[1])
    if m is None:
        return None
    word = (m.group("unit") or m.group("adverb")).lower()
    return _PERIOD_WORDS.get(word, word)


# "in the quarter", "for the half-year", "from last year's", "over the previous month",
# "year-over-year", "sequentially": the period a figure is told for, a few words after it
_OVER = re.compile(
    r"(?:[ ,]+[a-z$%'’-]+){0,3}?[ ,]+(?:(?P<prep>in|for|during|over|from|than|versus|vs\.?|on)"
    r"[ ]+(?:the[ ]+|this[ ]+|that[ ]+|a[ ]+)?(?:(?P<which>same|last|previous|prior|preceding|"
    r"year-ago|first|second|third|fourth|latest|current|fiscal|full|whole|entire)[ ]+)?"
    r"(?P<unit>quarter|half[- ]year|half|year|month|week)(?:['’]s)?\b"
    r"|(?P<adverb>year[- ]on[- ]year|year[- ]over[- ]year|quarter[- ]on[- ]quarter|"
    r"quarter[- ]over[- ]quarter|month[- ]on[- ]month|sequentially))",
    re.IGNORECASE,
)
_OVER_WORDS = {
    "half year": "half", "half-year": "half", "sequentially": "quarter",
}  # fmt: skip


_AGAINST = frozenset(("from", "than", "versus", "vs", "vs."))
_EARLIER = frozenset(("same", "last", "previous", "prior", "preceding", "year-ago"))


_PARTITIVE = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:the|these|those|its|their|his|her|our)[ \u00a0]+"
    r"(?:\d[\d,]*[ \u00a0]+)?([a-z]+)\b"
)


def _others_counted(text: str, slots: Sequence[_Slot]) -> None:
    """Give each figure the nouns the other figures of its sentence count: their units, or
    what a bare count is a part of ("nine of the dates", "three of the 12 men")."""
    by_sentence: dict[int, list[_Slot]] = {}
    for slot in slots:
        by_sentence.setdefault(slot.sentence, []).append(slot)
    for group in by_sentence.values():
        if len(group) < 2:
            continue
        units = [_unit_lemma(slot.quantity.unit) or _part_of(text, slot) for slot in group]
        named = frozenset(u for u in units if u)  # one set a sentence: linear in its figures
        for slot, own in zip(group, units, strict=True):
            slot.others = named - {own}


def _part_of(text: str, slot: _Slot) -> str | None:
    """The noun a bare count is a part of, as a lemma: "nine of the dates" -> "date"."""
    q = slot.quantity
    if q.kind is not QuantityKind.COUNT or q.unit:
        return None
    m = _PARTITIVE.match(text, q.span[1])
    return _lemma(counted_noun(m.group(1)) or m.group(1)) if m else None


def _reporting_period(text: str, quantity: Quantity) -> tuple[str, str] | None:
    """The period a figure is told for (("in", "quarter"): "79% in the quarter") or set against
    (("from", "year"): "up 40.6% from last year's", "year-over-year"; ("from", "quarter"):
    "sequentially"), right after it."""
    if quantity.kind not in _RATES:
        return None
    m = _OVER.match(text, quantity.span[1])
    if m is None:
        return None
    if m.group("adverb"):
        word = _OVER_WORDS.get(m.group("adverb").lower(), m.group("adverb").lower())
        return "from", re.split(r"[- ]", word)[0]
    word = m.group("unit").lower()
    against = m.group("prep").lower() in _AGAINST or (m.group("which") or "").lower() in _EARLIER
    return ("from" if against else "in"), _OVER_WORDS.get(word, word)


_THE_BEFORE = re.compile(r"\b[Tt]he[ \u00a0]+\Z")
_EDITION = re.compile(r"[ \u00a0]+([A-Z][a-z]\w*)")


def _edition(text: str, start: int, end: int) -> str | None:
    """The name a year is an edition of, after "the" and capitalised right after it ("the 2015
    Masters", "the 2014 World Cup"): the name's first word, lower-cased, or None."""
    if not _THE_BEFORE.search(text, max(0, start - 5), start):
        return None
    m = _EDITION.match(text, end)
    if m is None or m.group(1).lower() in _MONTHS or m.group(1).lower() in _STOPWORDS:
        return None
    return m.group(1).lower()


def _per_share(text: str, sentence_start: int, quantity: Quantity) -> bool:
    """Whether a money figure is a per-share amount, which no company total can match. An
    unscaled dividend or offer price is one by its own words ("a €1.20 dividend", "the $34
    IPO price"); "a $2 billion dividend" is a payout."""
    start, end = quantity.span
    if _PER_SHARE_AFTER.match(text, end):
        return True
    before = text[max(sentence_start, start - TUNING.per_share_reach) : start]
    if _PER_SHARE_BEFORE.search(before):
        return True
    if quantity.scale is not None or quantity.value >= _LARGEST_SHARE_PRICE:
        return False
    return bool(_PRICE_OF_A_SHARE_AFTER.match(text, end) or _PRICE_OF_A_SHARE_BEFORE.search(before))


# Unscaled amounts a dividend or an offer price is paid in: one share's
_LARGEST_SHARE_PRICE = 10_000
_PRICE_OF_A_SHARE_AFTER = re.compile(
    r"\s+(?:(?:IPO|offer|offering|share|stock)\s+price|(?:final\s+|interim\s+|special\s+)?"
    r"dividend)\b",
    re.IGNORECASE,
)
_PRICE_OF_A_SHARE_BEFORE = re.compile(
    r"\b(?:dividend|IPO|initial\s+public\s+offering)\b[^$€£¥₹,;:()]*?$", re.IGNORECASE
)


_CONJUNCTIONS = frozenset(_words("and or but while whereas against versus"))


def _clause_words(text: str, tokens: Sequence[_Token], limit: int) -> list[str]:
    """Up to ``limit`` content words from ``tokens`` (walking away from a figure), stopping at
    punctuation, a conjunction or another number; in the order met, so that the first k of a
    walk are those of a walk of ``limit`` k."""
    found: list[str] = []
    previous: _Token | None = None
    for token in tokens:
        if previous is not None:
            gap = text[min(previous.end, token.end) : max(previous.start, token.start)]
            if _CLAUSE_BREAK.search(gap):
                break
        word = token.lower
        if word in _CONJUNCTIONS or word[0].isdigit():
            break
        if token.lemma:
            found.append(token.lemma)
            if len(found) == limit:
                break
        previous = token
    return found


# Words after a name that make it the speaker, not the subject: "Lindqvist said the group...".
_SPEECH = frozenset(
    _words("said says say told tells according added adds noted stated argued warned insisted")
)


_PRONOUNS = frozenset(_words("it its they he she we"))


def _speakers(toks: Sequence[_Token]) -> list[_Token]:
    """Capitalised words that introduce speech rather than do what the sentence says."""
    found: list[_Token] = []
    run: list[_Token] = []
    for number, token in enumerate(toks):
        if token.entity:
            run.append(token)
            continue
        if run and token.lower in _SPEECH:
            following = [t.lower for t in toks[number + 1 : number + 3]]  # in reading order
            if following and following[0][:1].isdigit():
                run = []
                continue  # "while Alvarez added 17": a figure added, not words
            if following[-1:] != ["that"]:
                following = following[:1]
            # "Norway said it had delivered six": the speaker is also the subject.
            if not set(following) & _PRONOUNS:
                found.extend(run)
        run = []
    return found


_OR_GAP = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*)?(?:or|\()[ \u00a0]*|[ \u00a0]*\([ \u00a0]*")


_LIST_GAP = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*)?(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+")
_RESPECTIVELY = re.compile(r"[ \u00a0,]*\(?respectively\b", re.IGNORECASE)
_WORD_LIST = re.compile(
    r"\b(?P<first>[A-Za-z][\w'’-]*)(?P<middle>(?:,[ \u00a0]+[A-Za-z][\w'’-]*)*),?[ \u00a0]+"
    r"and[ \u00a0]+(?P<last>[A-Za-z][\w'’-]*)\b"
)


def _respectively(text: str, sentences: Sequence[tuple[int, int]], slots: list[_Slot]) -> None:
    """ "Revenues and earnings rose 19% and 38%, respectively": each figure of a list closed by
    "respectively" is said of the word in the same place of the list before it, which joins
    the words around the figure (so "38%" is the earnings' figure, not the revenues')."""
    run: list[_Slot] = []
    for slot in [*slots, None]:
        if slot is not None and run and slot.sentence == run[-1].sentence:
            gap = text[run[-1].quantity.span[1] : slot.quantity.span[0]]
            if _LIST_GAP.fullmatch(gap):
                run.append(slot)
                continue
        if len(run) >= 2 and _RESPECTIVELY.match(text, run[-1].quantity.span[1]):
            start = sentences[run[0].sentence][0] if sentences else 0
            lists = list(_WORD_LIST.finditer(text, start, run[0].quantity.span[0]))
            if lists:
                m = lists[-1]
                middle = re.findall(r"[A-Za-z][\w'’-]*", m.group("middle"))
                words = [m.group("first"), *middle, m.group("last")]
                if len(words) == len(run):
                    for figure, word in zip(run, words, strict=True):
                        said = frozenset([_lemma(word)])
                        figure.local |= said
                        figure.near |= said
                        figure.clause |= said
        run = [slot] if slot is not None else []


def _pair_per_share(text: str, slots: list[_Slot]) -> None:
    """Pair a total with its amount per share when one follows the other as the same figure
    in two measures: "$8.2 million, or $0.19 per share", "$127.1 million ($0.53 per share)"."""
    for here, after in itertools.pairwise(slots):
        if here.sentence != after.sentence or here.per_share == after.per_share:
            continue
        if not here.quantity.kind is after.quantity.kind is QuantityKind.MONEY:
            continue
        if _OR_GAP.fullmatch(text, here.quantity.span[1], after.quantity.span[0]):
            here.partner, after.partner = after, here


def _bind_dates(text: str, slots: list[_Slot]) -> None:
    """Tie each figure to a date, a year, or a quarter or half of one, written right after it
    ("2.1% in October", "$1.2 billion in the second quarter"), else to one that opens its
    clause right before it ("In 2022, profit was $8 million", "profit in 2021 was $5 million",
    "Second-quarter profit was $1.2 billion")."""
    for here, after in itertools.pairwise(slots):
        if here.sentence != after.sentence or not _dates_it(after.quantity):
            continue
        if _GROUP.get(here.quantity.kind) == "time":
            continue
        if _period_of_year(here.quantity) and _GROUP.get(after.quantity.kind) != "time":
            continue  # "Q3 2019" is dated by its year; a quarter by another quarter is not
        gap = text[here.quantity.span[1] : after.quantity.span[0]]
        if _WHEN_GAP.fullmatch(gap):
            here.when = after.quantity
    for before, here in itertools.pairwise(slots):
        if here.when is not None or here.sentence != before.sentence:
            continue
        if not _dates_it(before.quantity) or _GROUP.get(here.quantity.kind) == "time":
            continue
        if _period_of_year(here.quantity):
            continue
        start, end = before.quantity.span
        modifier = _PERIOD_MODIFIER.match(text, end) if _period_of_year(before.quantity) else None
        possessive = _POSSESSIVE_DATE.match(text, end, here.quantity.span[0])
        if possessive is not None:
            here.when = before.quantity  # "December's 0.4% gain", "2023's $5 billion profit"
            continue
        if modifier is not None:
            end = modifier.end()  # "Second-quarter profit was $1.2 billion"
        elif not _IN_BEFORE.search(text, max(0, start - 12), start):
            continue  # "In 2022, profit ...", "profit in 2021 was ..."
        gap = text[end : here.quantity.span[0]]
        if _WHEN_BEFORE_GAP.fullmatch(gap) and not _names_a_month(gap):
            here.when = before.quantity  # not across another month: "reversing December's"


_MODIFIER = re.compile(r"[-\u2010\u2011][a-z]+\Z")


def _modifier(s: _Slot) -> bool:
    """Whether a figure is written as a modifier of the noun after it: "a three-point
    advantage", "a 26-point lead", "a five-year deal". It measures that noun."""
    return s.quantity.unit is not None and bool(_MODIFIER.search(s.quantity.text))


_CAPITAL_WORD = re.compile(r"[A-Z][a-z]+")


def _names_a_month(text: str) -> bool:
    return any(_name_word(m.group()) in _MONTHS for m in _CAPITAL_WORD.finditer(text))


# A date whose figure follows it as its possessive: "December's 0.4% gain"
_POSSESSIVE_DATE = re.compile(r"['’]s?[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?\Z")
# "Second-quarter profit", "first-half sales": a period of the year modifying what follows
_PERIOD_MODIFIER = re.compile(r"[-\u2010\u2011 ](?:quarter|half)\b", re.IGNORECASE)
_PERIODS_OF_YEAR = frozenset(("quarter", "half"))


def _period_of_year(q: Quantity) -> bool:
    """A quarter or a half of a year ("the second quarter", "Q3", "H1"), which dates a figure
    as a year or a date does."""
    return q.kind is QuantityKind.ORDINAL and q.unit in _PERIODS_OF_YEAR


def _dates_it(q: Quantity) -> bool:
    return _GROUP.get(q.kind) == "time" or _period_of_year(q)


# A score along the way, or the result, by the words around it.
_INTERIM_BEFORE = re.compile(
    r"\b(?:made|make|makes|making)[ ]it|\b(?:put|took|led|leading|trailed|trailing)\b"
    r"|\bedged\b(?![ ]+(?:the[ ]+)?[A-Z])"  # "edged 23-20 ahead", not "edged the Eagles 38-35"
    r"|\blead[ ]of\b|\bat[ ](?:half-?time|the[ ](?:break|interval))",
    re.IGNORECASE,
)
_INTERIM_AFTER = re.compile(
    r"\A[ ,]*(?:\w+[ ]){0,2}?(?:ahead|up|in[ ]front|lead|at[ ](?:half-?time|the[ ](?:break|"
    r"interval)))\b",
    re.IGNORECASE,
)
_RESULT_BEFORE = re.compile(
    r"\b(?:won|win|wins|beat|beats|beaten|defeated|defeats|lost|loses|drew|ended|finished)\b"
    r"|\bedged[ ]+(?:the[ ]+)?[A-Z]"
    r"|\bfinal[ ]score\b|(?<![\w.])(?-i:d|def)\.[ ]",  # a roundup's "Viera d. Melbourne 1-0"
    re.IGNORECASE,
)
_RESULT_AFTER = re.compile(
    r"\A[ ,]*(?:\w+[ ])?(?:win|victory|defeat|triumph|loss|draw)\b", re.IGNORECASE
)


_CLAUSE_END = re.compile(r"(?<!\bd)(?<!\bdef)[.;:!?]")  # not the "d." of "Viera d. Melbourne"


def _moment(text: str, start: int, end: int) -> str | None:
    """Whether a score is the result ("won 34-23", "a 27-24 victory") or one along the way
    ("edged 23-20 ahead", "tries made it 38-12", "led 14-6 at half-time"); None if unsaid."""
    before, after = text[max(0, start - 40) : start], text[end : end + 30]
    before = _CLAUSE_END.split(before)[-1]
    if _INTERIM_AFTER.match(after):
        return "interim"  # "edged Blues 23-20 ahead": the words after it say so
    interim = bool(_INTERIM_BEFORE.search(before))
    result = bool(_RESULT_BEFORE.search(before) or _RESULT_AFTER.match(after))
    if interim == result:
        return None
    return "interim" if interim else "result"


def _bisect(starts: Sequence[int], position: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= position:
            lo = mid
        else:
            hi = mid - 1
    return max(lo, 0)


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = [span for span in _quantities.split_sentences(text) if text[span[0] : span[1]].strip()]
    return spans or [(0, len(text))]


# A time of day ("14:48", "2:03:59", "2 pm", "5.30pm"): one figure, looked up by the time it
# names (see ``clock_key``), never as its numbers one by one.
_CLOCK = (
    r"\d{1,2}(?:[:.]\d\d)?[ \u00a0]?[aApP](?:\.[mM]\.?|[mM])(?!\w)|\d{1,2}:\d\d(?::\d\d)?(?![\d:])"
)
_CLOCK_PARTS = re.compile(
    r"(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?(?::(?P<s>\d\d))?[ \u00a0]?(?:(?P<half>[ap])(?:\.m\.?|m))?",
    re.IGNORECASE,
)


def clock_key(digits: str) -> str:
    """Digits as looked up: a time of day as the 24-hour time it names ("2 p.m.", "2pm" and
    "14:00" are all "14:00"), any other digits as written."""
    m = _CLOCK_PARTS.fullmatch(digits)
    if m is None or (m.group("m") is None and m.group("half") is None):
        return digits
    hour = int(m.group("h"))
    half = (m.group("half") or "").lower()
    if half:
        hour = hour % 12 + (12 if half == "p" else 0)
    key = f"{hour}:{m.group('m') or '00'}"
    return f"{key}:{m.group('s')}" if m.group("s") else key
# Figures the parser leaves alone that a checker must still see: quarters ("Q3"), bare years
# ("FY2021"), and, in a claim, any other digits (checked only for being in the source at all).
_LEFTOVER = re.compile(
    r"(?<![\w.,:$€£%/-])"
    rf"(?:Q([1-4])|(?:FY|H[12] ?)?((?:19|20)\d\d)|({_CLOCK}|\d+(?:[.,]\d+)*)|"
    r"(?:(?<=\bin )|(?<=\bby )|(?<=\bsince )|(?<=\buntil )|(?<=\bfrom )|(?<=\bduring ))"
    r"(January|February|March|April|June|July|August|September|October|November|December)"
    r"(?!\s*\d))"
    r"(?![\w%/]|[.,]\d)"
)
_MONTH_NUMBER = {
    name: number
    for number, name in enumerate(
        _words("January February March April May June July August September October November "
               "December"),
        start=1,
    )
}  # fmt: skip
_DIGITS = re.compile(rf"{_CLOCK}|\d+(?:[.,]\d+)*")


def _calendar_years(text: str, parsed: Sequence[Quantity], dated: date) -> list[Quantity]:
    """ "Last year", "this year" and "next year" as the years they name from the day of an
    opening dateline, where no figure of ``parsed`` covers them. "Two years ago" stays a span of
    time: a dateline alone is too weak a date to turn it into a year."""
    if not _CALENDAR_YEAR.search(text):
        return []
    covered = _Covered(q.span for q in parsed)
    return [
        Quantity(
            text=m.group(),
            value=Decimal(dated.year + _YEAR_OFFSET[m.group().split()[0].lower()]),
            kind=QuantityKind.YEAR,
            span=m.span(),
            precision=Decimal(1),
        )
        for m in _CALENDAR_YEAR.finditer(text)
        if m.start() not in covered
    ]


_YEAR_OFFSET = {"last": -1, "this": 0, "next": 1}


class _Covered:
    """Character positions inside any of a set of spans, looked up by bisection."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [start for start, _ in self._spans]

    def __contains__(self, position: object) -> bool:
        if not self._spans or not isinstance(position, int):
            return False
        start, end = self._spans[_bisect(self._starts, position)]
        return start <= position < end


_CALENDAR_YEAR = re.compile(r"\b(?:last|this|next)[ ]+year\b", re.IGNORECASE)


# "3. Not some irregular channel", "2) Sales": a number that opens a line and labels what
# follows is the label of a list item or a section, no figure
_LIST_MARKER = re.compile(r"(?<![\d.,])\d{1,2}[.)](?=[ \t]|\n|\Z)")


# "[2]", "[3, 4]", "[12-14]": references to a list of sources, no figures
_CITATION = re.compile(r"\[(?P<refs>\d{1,3}(?:[ ]*[,–-][ ]*\d{1,3})*)\]")


def _at_line_start(text: str, start: int) -> bool:
    before = text[max(0, start - 8) : start]
    return (start == 0 or "\n" in before) and not before.rsplit("\n", 1)[-1].strip()


def _read_quantities(
    text: str, *, claim: bool, published: date | None = None
) -> tuple[list[Quantity], set[tuple[int, int]]]:
    """The parser's quantities plus the leftovers above; returns the spans of bare digits too.
    With the day of publication, relative dates ("last year") become the dates they name."""
    parsed = _quantities.parse_quantities(text, relative_dates=published is not None)
    markers = [
        (m.start(), m.end() - 1)
        for m in _LIST_MARKER.finditer(text)
        if _at_line_start(text, m.start())
    ]
    markers += [m.span("refs") for m in _CITATION.finditer(text)]
    if markers:
        marks = _Covered(markers)
        parsed = [q for q in parsed if q.span[0] not in marks]
    if published is not None:
        parsed = [
            r for q in parsed if (r := resolve(q, published) if q.relative else q) is not None
        ]
    covered = _Covered([*(q.span for q in parsed), *markers])
    found = list(parsed)
    bare: set[tuple[int, int]] = set()
    for match in _LEFTOVER.finditer(text):
        if match.start() in covered:
            continue
        quarter, year, _digits, month = match.groups()
        one = Decimal(1)
        if quarter:
            kind, value, unit = QuantityKind.ORDINAL, Decimal(quarter), "quarter"
        elif year:
            kind, value, unit = QuantityKind.YEAR, Decimal(year), None
        elif month:
            # A month on its own ("in October"), as the parser writes dates: MMDD with no day.
            kind, value, unit = QuantityKind.DATE, Decimal(_MONTH_NUMBER[month] * 100), None
        elif claim:
            # Only its text is compared ("1.2.3", "192.168.0.1" have no value worth reading).
            kind, value, unit = QuantityKind.COUNT, Decimal(0), None
            bare.add(match.span())
        else:
            continue  # in the source, a bare number the parser skipped is part of a name
        found.append(
            Quantity(text=match.group(), value=value, kind=kind, unit=unit, span=match.span(),
                     precision=one)
        )  # fmt: skip
    if not claim:
        found.extend(_only_ones(text, covered))
    found.sort(key=lambda q: q.span)
    return found, bare


# "his first, and only, international goal", "the only survivor": in the source, one of what
# follows (a claim's "one international goal" is what the article says)
_ONLY = re.compile(
    r"\b(?:his|her|its|their|the)[ \u00a0]+(?:first,?[ \u00a0]+and[ \u00a0]+)?(?P<only>only),?"
    r"[ \u00a0]+(?P<noun>[a-z]{3,})\b",
    re.IGNORECASE,
)


# "the only way", "the only thing": no count of anything
_NOT_COUNTED = frozenset(
    _words("way thing time reason option choice hope problem question answer difference one")
)


def _only_ones(text: str, covered: _Covered) -> Iterator[Quantity]:
    """The source's "only" ones, as counts of one of what follows."""
    for m in _ONLY.finditer(text):
        if m.start("only") in covered:
            continue
        # what "one" would count there, as the parser reads it ("one international goal")
        read = _quantities.parse_quantities("one " + text[m.start("noun") : m.start("noun") + 60])
        noun = read[0].unit if read and read[0].span[0] == 0 else None
        if noun is None or noun in _NOT_COUNTED or _lemma(noun) in _PLACEHOLDER_UNITS:
            continue
        if _plural_after(text, m.start("noun"), noun):
            continue  # "the only candidates onstage who ...": several, no count of one
        yield Quantity(
            text=m.group("only"), value=Decimal(1), kind=QuantityKind.COUNT, unit=noun,
            span=m.span("only"), precision=Decimal(1),
        )  # fmt: skip


def _plural_after(text: str, start: int, noun: str) -> bool:
    """Whether the first word from ``start`` that names ``noun`` is its plural."""
    for m in _WORD.finditer(text, start, start + 60):
        word = m.group().lower()
        if counted_noun(word) == noun:
            return word != noun
    return False


_NUMBER_WORD = re.compile(
    r"\b(?:[A-Z][a-z]+[- ])?(One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|"
    r"Twenty|Thirty|Forty|Fifty|Hundred)\b|\b[A-Za-z]*[A-Z][A-Za-z]*-?(\d+)\b|\b[A-Z][a-z]+ (\d+)\b"
)
_WORD_VALUES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100,
}  # fmt: skip


def _name_numbers(
    text: str, quantities: Sequence[Quantity]
) -> dict[Decimal, list[tuple[int, int]]]:
    """Numbers the parser left alone because they sit in a name: "Big Four", "G7", "Boeing 737"."""
    covered = _Covered(q.span for q in quantities)
    found: dict[Decimal, list[tuple[int, int]]] = {}
    for match in _NUMBER_WORD.finditer(text):
        group = next(g for g in (1, 2, 3) if match.group(g))
        start, end = match.span(group)
        if start in covered:
            continue
        word = match.group(group)
        if group == 1:
            # A capitalised number word is a name only when it is not opening a sentence (nor
            # the text after its dateline: "(Nov 2, 2011) One of two women ...").
            opens = text[:start].rstrip()[-1:] in ".!?\n" or after_leading_parenthesis(text, start)
            if start == 0 or (opens and match.start() == start):
                continue
            value = Decimal(_WORD_VALUES[word.lower()])
        else:
            value = Decimal(word)
        found.setdefault(_key(value), []).append((start, end))
    return found


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_HEADLINE_SHARE = 0.6  # of a sentence's longer words capitalised: Title Case, not names
_HEADLINE_MIN = 3


def _sentence_case(text: str, sentences: Sequence[tuple[int, int]], known: frozenset[str]) -> str:
    """``text`` with Headline Case undone where it is typography, not names.

    In "Zoo That Killed Giraffe Kills 4 Healthy Lions" capitals say nothing about names, so the
    parser would read "Kills 4" as a name and the checker every word as a party. In a sentence
    where most longer words are capitalised (or a short one of a text in Title Case throughout:
    "He Had 5 Towels in His Throat. Could It Be an Accident?"), a capitalised word the source
    does not use as a name is read in lower case. Character positions do not move.
    """
    chars = list(text)
    whole = _title_cased(text, 0, len(text))
    for start, end in sentences:
        titled = _title_cased(text, start, end) or (whole and _titled_share(text, start, end)[1])
        if not titled:
            continue
        for match in _WORD.finditer(text, start, end):
            word = match.group()
            if not word[0].isupper() or not word[1:].islower():
                continue  # lower case already, an acronym ("UCLA", "US"), a letter ("S&P")
            if text[match.start() - 1 : match.start()].isdigit():
                continue  # a suffix glued to digits ("$1.4T", "5M") is part of the figure
            if _name_word(word) not in known and word.lower() not in _MONTHS:
                chars[match.start()] = word[0].lower()
    return "".join(chars)


def _titled_share(text: str, start: int, end: int) -> tuple[int, bool]:
    """How many longer words of ``text[start:end]`` are capitalised, and whether they are most."""
    words = [m for m in _WORD.finditer(text, start, end) if len(m.group()) >= 4]
    titled = sum(1 for m in words if m.group()[0].isupper())
    return titled, titled >= _HEADLINE_SHARE * len(words)


def _title_cased(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is written in Title Case: most of its longer words, and a
    few at least, capitalised."""
    titled, most = _titled_share(text, start, end)
    return most and titled >= _HEADLINE_MIN


# "The first, Timothy Roth, ...", "The second film ...": a summary counting off its own items.
_ENUMERATOR = re.compile(r"(?:the|a)[ \u00a0]+\Z", re.IGNORECASE)
_ENUMERATED = re.compile(r"[ \u00a0]*(?:,|:|is\b|was\b|one\b|[a-z]+[ \u00a0]+(?:is|was)\b)")
# The ordinal before the one that goes on a list, as it opens the list: "The first" for "second".
_OPENED_BY = {
    value: re.compile(rf"(?:the|a)[ \u00a0]+{word}\b", re.IGNORECASE)
    for value, word in enumerate(("first", "second", "third", "fourth"), start=2)
}
# "The first is a 2014 film, and the second is a 2016 drama": the list goes on mid-sentence.
_GOES_ON = re.compile(r"[,;]?[ \u00a0]+(?:and|while|whereas|but|with)[ \u00a0]+the[ \u00a0]+\Z")


def _enumerates(text: str, opening: int, q: Quantity) -> bool:
    """An ordinal up to "fifth" opening a claim sentence that names what it counts off only
    afterwards ("The second is a guitarist"), or going on from the one before it in the same
    sentence ("The first is a 2014 film, and the second is a 2016 drama"): the summary's own
    list, not a rank the article states."""
    if q.kind is not QuantityKind.ORDINAL or not 1 <= q.value <= 5:
        return False
    start, end = q.span
    if not _ENUMERATED.match(text, end):
        return False
    head = text[opening:start].lstrip()
    if _ENUMERATOR.fullmatch(head):
        return True
    if q.value == 1 or not _GOES_ON.search(head):
        return False
    opened = _OPENED_BY[int(q.value)].match(head)
    return opened is not None and _ENUMERATED.match(head, opened.end()) is not None


# "The passage describes two individuals named Tim Roth": a count of what the text itself holds.
_ABOUT_TEXT = re.compile(
    r"\b(?:the|this|that)[ \u00a0]+(?:passage|article|text|document|source|excerpt|summary)"
    r"[ \u00a0]+(?:\w+[ \u00a0]+){0,2}?(?:mentions|describes|discusses|provides|contains|covers|"
    r"presents|lists|includes|refers to|talks about|is about|focuses on|highlights)\b",
    re.IGNORECASE,
)


_IN_THE_TEXT = re.compile(
    r"[ \u00a0]+[\w-]+[ \u00a0]+(?:in|of|from|within)[ \u00a0]+the[ \u00a0]+(?:given[ \u00a0]+|"
    r"provided[ \u00a0]+|original[ \u00a0]+)?(?:passage|text|article|document|source|excerpt)\b",
    re.IGNORECASE,
)
# What a text is made of, as a summary counts it; and words that set items of a list apart.
_TEXT_PARTS = frozenset(
    _lemma(w)
    for w in _words(
        "topics subjects entities individuals statements items pieces points things parts "
        "sections works titles meanings definitions facts aspects themes figures persons"
    )
)
_SETTING_APART = frozenset(_words("different distinct separate unrelated main key"))


def _about_the_text(text: str, opening: int, q: Quantity) -> bool:
    """A small count in a sentence about the source text itself ("The passage mentions three
    topics"): it counts the text's own parts, not anything the article states."""
    if q.kind is not QuantityKind.COUNT or not 1 <= q.value <= 10:
        return False
    start, end = q.span
    after = text[end : end + 40].lower().split()[:2]
    parts = _unit_lemma(q.unit) in _TEXT_PARTS
    if not parts and not set(after) & _SETTING_APART:
        return False  # "the article mentions five deaths" is about the world
    if _ABOUT_TEXT.search(text, opening, start):
        return True
    # "these two statements in the given passage": the text's parts, placed in the text
    return parts and bool(_IN_THE_TEXT.match(text, end))


def _read_claim(
    text: str,
    sentences: Sequence[tuple[int, int]],
    known: frozenset[str],
    published: date | None = None,
) -> tuple[str, list[Quantity], set[tuple[int, int]]]:
    """A claim's reading text (see :func:`_sentence_case`), its quantities and bare digits; each
    quantity keeps the text as written."""
    reading = _sentence_case(text, sentences, known)
    quantities, bare = _read_quantities(reading, claim=True, published=published)
    starts = [start for start, _ in sentences]

    def says_of_the_world(q: Quantity) -> bool:
        opening = starts[_bisect(starts, q.span[0])] if starts else 0
        return not _enumerates(reading, opening, q) and not _about_the_text(reading, opening, q)

    quantities = [q for q in quantities if says_of_the_world(q)]
    if reading != text:
        quantities = [
            q.model_copy(update={"text": text[q.span[0] : q.span[1]]}) for q in quantities
        ]
    return reading, quantities, bare
