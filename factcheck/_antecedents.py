"""What a sentence taken out of an article needs from the sentences before it (stdlib only).

The extractive engine shows sentences verbatim, away from their neighbours, so a sentence that
leans on the one before it reads wrong in a summary: "He said ...", "Yet the system ...", "This
comes after ...", or "Pistorius confirmed ..." when nothing above says who Boris Pistorius is.
Two questions are answered here, for the engine to keep such sentences out (or keep them only
after what they lean on):

- :func:`leans_on_previous`: does the sentence open with a pronoun, a demonstrative or a
  connective that points back ("He", "Their", "This", "Yet", "However", "Another")?
- :class:`Names`: which people does the article name in full ("German Defence Minister Boris
  Pistorius", "Gov. Kristi Noem"), and which of them does a sentence call by a bare surname?
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Names", "leans_on_previous"]

# Openers that point back to something said before. "We" and "I" are left out: the author's own
# voice needs no antecedent. "This"/"That"/... followed by a time word ("This week") do not
# point back either, see _TIME_AFTER_DEMONSTRATIVE.
_BACK_POINTING = (
    r"he|she|it|its|it's|it’s|they|their|them|his|her|him|this|that|these|those|such|"
    r"but|yet|and|or|nor|so|also|however|still|meanwhile|moreover|furthermore|besides|"
    r"nevertheless|nonetheless|instead|then|thus|therefore|hence|likewise|similarly|otherwise|"
    r"another|both|even so|in addition|as a result|by contrast|in contrast|on the other hand|"
    r"at the same time|for (?:his|her|their|its) part|in it|in that|in this|to that end"
)
_OPENER = re.compile(rf"^[\"“‘'(]*(?:{_BACK_POINTING})\b", re.IGNORECASE)
_TIME_AFTER_DEMONSTRATIVE = re.compile(
    r"^[\"“‘'(]*(?:this|that|these|those)\s+(?:week|weekend|month|year|season|morning|afternoon|"
    r"evening|night|spring|summer|autumn|fall|winter|quarter|decade|century|time of year|"
    r"past|coming|latest)\b",
    re.IGNORECASE,
)
# "So far", "Still, ..." aside: "so" opens a sentence that needs the one before it only as a
# conjunction, never in "So far".
_NOT_BACK_POINTING = re.compile(r"^[\"“‘'(]*(?:so far|then-|that’s why)\b", re.IGNORECASE)


def leans_on_previous(sentence: str) -> bool:
    """True when ``sentence`` opens with a word that points back to the one before it."""
    if _TIME_AFTER_DEMONSTRATIVE.match(sentence) or _NOT_BACK_POINTING.match(sentence):
        return False
    return bool(_OPENER.match(sentence))


# A name is a run of capitalised words, initials ("W.") and titles ("Gov.", "Dr."), optionally
# with a particle ("de", "van", "bin"). A possessive ends the run: "Mason Rudolph's role".
_TITLE = r"(?:Mr|Mrs|Ms|Dr|Prof|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Rev|St|Pres)\."
_CAP_WORD = r"[A-Z][^\W\d_]*(?:[-’'][A-Z][^\W\d_]*)*"
_NAME_WORD = rf"(?:{_TITLE}|[A-Z]\.|{_CAP_WORD})"
_POSSESSIVE = r"(?:['’]s|['’](?![^\W\d_]))?"
_RUN = re.compile(
    rf"(?<![\w’'.-]){_NAME_WORD}(?:\s+(?:(?:de|da|del|der|van|von|bin|al|la|le)\s+)?{_NAME_WORD})*"
    rf"{_POSSESSIVE}(?![\w-])"
)


# Words that start a capitalised run but are no first name: sentence openers, days, months.
def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NOT_A_FIRST_WORD = _wordset(
    """a an the in on at of for to from by with as after before when while during since until
    if but and or so yet this that these those his her its their our my your he she it they we
    i there here then also however meanwhile according because although though unless whether
    once where why how what who which whose despite like unlike without about against among
    between through under over into upon now today yesterday tomorrow later earlier even only
    just each every all some many most several few no not yes instead moreover furthermore
    besides nevertheless nonetheless thus therefore hence perhaps maybe indeed still already
    dear monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december north south east west new"""
)
# Days, months, and the last words of bodies and places ("White House", "Capitol Police") that
# an article may never happen to write in lower case.
_NOT_A_SURNAME = _wordset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december house police court council committee
    commission department ministry office party group union university college school hospital
    airport station street road avenue square river lake island islands mountains bank company
    corporation agency service army navy force forces guard times post news journal herald
    gazette league cup awards festival center centre institute foundation association church
    city county state states province republic kingdom valley park hall bridge tower palace"""
)
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _clean(word: str) -> str:
    return re.sub(r"['’]s?$", "", word)


@dataclass(frozen=True)
class Names:
    """The people an article names in full, by surname.

    A surname is the last word of a run of capitalised words ("German Defence Minister Boris
    Pistorius", "Gov. Kristi Noem") when the word before it is a first name: a word the article
    never writes alone nor in lower case ("Boris"), or a title or initial with its period; and
    the surname itself is never written in lower case ("Capitol Police" and "police"). So
    "Ukrainian President" or "Emirates Airline" make no surname of "President" or "Airline".
    Once a person is known, any run ending in the surname introduces them in a sentence
    ("Defence Minister Pistorius" as well as "Boris Pistorius"); a word after "the" ("the
    Group") or before "of" and a name ("House of Representatives") is never a bare surname.
    """

    surnames: frozenset[str]

    @classmethod
    def of(cls, sentences: list[str]) -> Names:
        """Index the full names in ``sentences`` (the whole article, in any order)."""
        runs = [words for sentence in sentences for words in _runs(sentence)]
        lower = {
            word
            for sentence in sentences
            for word in re.findall(r"(?<![\w’'-])[a-z][^\W\d_]*", sentence)
        }
        # A word is alone when no capitalised word follows it: "Ukraine", "President" (of "the
        # new President and CEO") are; a first name ("Boris") is not.
        alone = {words[-1] for words in runs}
        common = lower | _NOT_A_SURNAME

        def first_name(word: str) -> bool:
            if word.endswith("."):  # a title ("Gov.") or an initial ("W.")
                return True
            return word not in alone and word.lower() not in common

        # A word the article also writes in lower case is a common noun ("Capitol Police" and
        # "police"), whatever it ends: only names are never written that way.
        return cls(
            frozenset(
                words[-1]
                for words in runs
                if len(words) >= 2 and first_name(words[-2]) and words[-1].lower() not in lower
            )
        )

    def introduced(self, sentence: str) -> set[str]:
        """The surnames ``sentence`` writes with a first name or title before them."""
        return {words[-1] for words in _runs(sentence) if len(words) >= 2} & self.surnames

    def bare(self, sentence: str) -> set[str]:
        """The known surnames ``sentence`` uses alone ("Pistorius confirmed ...")."""
        used = set()
        for match in _RUN.finditer(sentence):
            words = match.group().split()
            if len(words) != 1:
                continue
            word = _clean(words[0])
            before = sentence[: match.start()].rstrip().lower()
            # "the Group", "House of Representatives": a body or a place, not a person.
            institution = before.endswith(("the", "a", "an")) or _OF_NAME.match(
                sentence, match.end()
            )
            if word in self.surnames and not institution:
                used.add(word)
        return used


def _runs(sentence: str) -> list[list[str]]:
    """Each capitalised run of ``sentence`` as words, leading openers ("In", "The") dropped."""
    runs = []
    for match in _RUN.finditer(sentence):
        words = [_clean(w) for w in match.group().split()]
        while words and words[0].lower().rstrip(".") in _NOT_A_FIRST_WORD:
            words.pop(0)
        while words and words[-1].lower() in _SUFFIXES:
            words.pop()
        if not words or words[-1].lower() in _NOT_A_SURNAME or words[-1].isupper():
            continue
        if len(words[-1]) < 2 or words[-1].endswith("."):
            continue
        runs.append(words)
    return runs
