"""How the checker holds up on real text nobody tuned it on: edits of real sentences.

Four measurements, each printed as a rate with its count (it always exits 0):

1. *Self-support* (``extraction-dev`` articles): every quantity-bearing sentence of an article,
   checked against that same article, should be supported. The rate is a false-alarm floor on
   faithful copying.
2. *Planted edits* (the same sentences): one edit per sentence, the kinds a careless summary
   makes: a figure nudged (``84`` -> ``87``), million for billion, one currency for another,
   percent for percentage points, a qualifier flipped (``more than`` -> ``fewer than``). Each
   edited sentence should be flagged (contradicted or unsupported). Dropping "about" is shown
   too: the checker accepts it on purpose (a summary may state an approximate figure plainly).
3. *Swapped figures* (``numeric-dev.jsonl`` faithful sentences): one figure replaced by another
   figure of the same kind from the same source, the "right number, wrong thing" error that a
   digit lookup cannot see.
4. *Bounds turned round* (both data sets): only where the bound sits right before a figure
   ("over 10%" -> "under 10%", "up to 300" -> "at least 300"), which the planted edits of 2 do
   not check (they also flip "at least often enough", where no figure is involved).

Usage::

    python benchmarks/bench_checker_perturb.py [--data ../shared/data] [--show N] [--seed N]

Other seeds make other edits of the same sentences: a rule tuned to the reported seed's misses
shows up as a gain that does not carry over to them.

The data is read by path only; nothing here is copied into the project or used by tests.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

from factcheck.checker import SourceIndex, check_text, index_source
from factcheck.quantities import parse_quantities, split_sentences

ROOT = Path(__file__).resolve().parent.parent
SEED = 11
# (name, find, replace); the digit nudge is handled separately.
EDITS = [
    ("million -> billion", "million", "billion"),
    ("billion -> million", "billion", "million"),
    ("$ -> €", "$", "€"),
    ("€ -> £", "€", "£"),
    ("% -> percentage points", "%", " percentage points"),
    ("more than -> fewer than", "more than ", "fewer than "),
    ("up to -> exactly", "up to ", "exactly "),
    ("at least -> at most", "at least ", "at most "),
]
NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\w%]|[.,]\d)")
YEAR = re.compile(r"(?:19|20)\d\d")


def flagged(index: SourceIndex, text: str) -> bool:
    return any(check.verdict.value != "supported" for check in check_text(index, text).checks)


def nudge(sentence: str, rng: random.Random) -> str | None:
    """The sentence with one standalone figure changed by a little, or None."""
    candidates = [m for m in NUMBER.finditer(sentence) if not YEAR.fullmatch(m.group())]
    if not candidates:
        return None
    match = rng.choice(candidates)
    digits = match.group().replace(",", "")
    step = rng.choice([1, 2, 3, 7])
    if "." in digits:
        places = len(digits.split(".")[1])
        new = f"{float(digits) + step / 10**places:.{places}f}"
    else:
        new = str(int(digits) + step)
    return sentence[: match.start()] + new + sentence[match.end() :]


def real_articles(data: Path, rng: random.Random, show: int) -> None:
    truth = json.loads((data / "extraction-dev" / "ground-truth.json").read_text("utf-8"))
    counts: Counter[tuple[str, bool]] = Counter()
    misses: dict[str, list[str]] = defaultdict(list)
    for record in truth.values():
        text = record["articleBody"]
        index = index_source(text)
        for start, end in split_sentences(text):
            sentence = text[start:end].strip()
            if not re.search(r"\d", sentence) or len(sentence) > 400:
                continue
            counts["self-support", not flagged(index, sentence)] += 1
            edits = [("figure nudged", nudge(sentence, rng))]
            edits += [
                (name, sentence.replace(old, new, 1))
                for name, old, new in EDITS
                if old in sentence and (old != "%" or re.search(r"\d%", sentence))
                # a bound is a bound of a figure: "catch up to them" plants no error
                and (not old.endswith(" ") or re.search(re.escape(old) + r"[$€£]?\d", sentence))
            ]
            if "about " in sentence and re.search(r"about \d", sentence):
                edits.append(("'about' dropped (accepted)", sentence.replace("about ", "", 1)))
            for name, edited in edits:
                if edited is None or edited in text:
                    continue
                caught = flagged(index, edited)
                counts[name, caught] += 1
                if not caught and not name.endswith("(accepted)"):
                    misses[name].append(edited)
    print("1-2) extraction-dev articles: self-support and planted edits\n")
    print(f"{'check':34} {'rate':>6} {'n':>6}")
    for name in dict.fromkeys(name for name, _ in counts):
        n = counts[name, True] + counts[name, False]
        print(f"{name:34} {counts[name, True] / n:6.3f} {n:6d}")
    print("\n(rate: supported for self-support, flagged for edits)")
    for name, items in misses.items():
        for item in items[:show]:
            print(f"  missed [{name}] {item[:160]}")


def swapped_figures(data: Path, rng: random.Random, show: int) -> None:
    rows = [json.loads(line) for line in (data / "numeric-dev.jsonl").open(encoding="utf-8")]
    indexes: dict[str, tuple[SourceIndex, list]] = {}
    seen: set[str] = set()
    caught = total = 0
    misses = []
    for row in rows:
        sentence = row["sentence"]
        if row["label"] != "faithful" or sentence in seen:
            continue
        seen.add(sentence)
        source = row["source_text"]
        if source not in indexes:
            indexes[source] = (index_source(source), parse_quantities(source))
        index, source_quantities = indexes[source]
        mine = [
            q
            for q in parse_quantities(sentence)
            if q.kind.value in ("count", "money", "percent") and not q.vague
        ]
        if not mine:
            continue
        target = rng.choice(mine)
        others = [
            q
            for q in source_quantities
            if q.kind == target.kind and q.value != target.value and not q.vague
            and q.text not in sentence
        ]  # fmt: skip
        if not others:
            continue
        other = rng.choice(others)
        edited = sentence[: target.span[0]] + other.text + sentence[target.span[1] :]
        total += 1
        if flagged(index, edited):
            caught += 1
        else:
            misses.append(f"{target.text} -> {other.text}: {edited[:150]}")
    print(
        "\n3) numeric-dev faithful sentences with one figure swapped for another of the source's\n"
    )
    print(f"flagged {caught / total:.3f} ({caught}/{total})")
    for item in misses[:show]:
        print(f"  missed {item}")


# A bound and its opposite: each flip states another quantity, so it must be contradicted.
FLIPS = {
    "more than": "fewer than",
    "fewer than": "more than",
    "less than": "more than",
    "at least": "at most",
    "at most": "at least",
    "up to": "at least",
    "as many as": "at least",
    "over": "under",
    "under": "over",
    "nearly": "more than",
    "almost": "more than",
}
FLIP = re.compile(
    r"\b(" + "|".join(sorted(FLIPS, key=len, reverse=True)) + r")(?= (?:an? )?[$€£]?\d)",
    re.IGNORECASE,
)


def _flip_cases(data: Path) -> dict[str, list[tuple[str, str]]]:
    """(source, sentence) pairs to flip: numeric-dev faithful sentences and extraction-dev
    sentences checked against their own article."""
    cases: dict[str, list[tuple[str, str]]] = {"numeric-dev": [], "extraction-dev": []}
    seen: set[str] = set()
    for line in (data / "numeric-dev.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        if row["label"] == "faithful" and row["sentence"] not in seen:
            seen.add(row["sentence"])
            cases["numeric-dev"].append((row["source_text"], row["sentence"]))
    truth = json.loads((data / "extraction-dev" / "ground-truth.json").read_text("utf-8"))
    for record in truth.values():
        text = record["articleBody"]
        for start, end in split_sentences(text):
            sentence = text[start:end].strip()
            if len(sentence) <= 400:
                cases["extraction-dev"].append((text, sentence))
    return cases


def qualifier_flips(data: Path, show: int) -> None:
    """Sentences with the bound right before a figure turned round ("over 10%" -> "under")."""
    indexes: dict[str, SourceIndex] = {}
    print("\n4) the bound right before a figure turned round (over -> under, up to -> at least)")
    for corpus, pairs in _flip_cases(data).items():
        counts: Counter[tuple[str, bool]] = Counter()
        misses = []
        for source, sentence in pairs:
            for match in FLIP.finditer(sentence):
                word = match.group(1)
                new = FLIPS[word.lower()]
                new = new.capitalize() if word[0].isupper() else new
                edited = sentence[: match.start()] + new + sentence[match.end() :]
                if edited in source:
                    continue
                if source not in indexes:
                    indexes[source] = index_source(source)
                caught = flagged(indexes[source], edited)
                counts[f"{word.lower()} -> {new.lower()}", caught] += 1
                if not caught:
                    misses.append(f"{word} -> {new}: {edited[:150]}")
        total = sum(counts.values())
        caught = sum(n for (_, hit), n in counts.items() if hit)
        print(f"\n{corpus}: flagged {caught / total:.3f} ({caught}/{total})")
        for name in sorted(dict.fromkeys(name for name, _ in counts)):
            n = counts[name, True] + counts[name, False]
            print(f"  {name:28} {counts[name, True] / n:6.3f} {n:6d}")
        for item in misses[:show]:
            print(f"  missed {item}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--show", type=int, default=0, help="list up to N misses per check")
    parser.add_argument(
        "--seed", type=int, default=SEED, help=f"which edits to make (default {SEED}, as reported)"
    )
    args = parser.parse_args()
    if not (args.data / "numeric-dev.jsonl").exists():
        print(f"no data at {args.data}: pass --data PATH (the shared evaluation data)")
        return
    real_articles(args.data, random.Random(args.seed), args.show)
    swapped_figures(args.data, random.Random(args.seed), args.show)
    qualifier_flips(args.data, args.show)


if __name__ == "__main__":
    main()
