"""The quantity parser alone: linear time on adversarial text, and exact very long numbers.

Usage (from the repository root)::

    python benchmarks/bench_quantities.py
    python benchmarks/bench_quantities.py --repeats 10

Prints, for one sentence holding 600, 2,400 and 9,600 figures of each shape (counts with a
noun, money with a scale, scores, ranges, ages, a mix of every form), the time
``parse_quantities`` takes (best of ``--repeats``), the time per figure and the growth from 600
to 2,400 figures (linear: 4x) and from 2,400 to 9,600 (linear: 4x). Then a sentence of numbers
with 29 to 60 significant digits and a fraction: read exactly, no exception.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from decimal import Decimal, localcontext
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.quantities import parse_quantities  # noqa: E402

SIZES = (600, 2400, 9600)


def _count(r: random.Random) -> str:
    return f"{r.randint(1, 99_999):,} people"


def _money(r: random.Random) -> str:
    return f"${r.randint(1, 999)}.{r.randint(1, 9)}bn to France"


def _score(r: random.Random) -> str:
    return f"won {r.randint(2, 9)}-{r.randint(0, 1)}"


def _range(r: random.Random) -> str:
    low = r.randint(1, 50)
    return f"{low}-{low + r.randint(1, 20)}% growth"


def _age(r: random.Random) -> str:
    return f"the {r.randint(18, 90)}-year-old said"


MIXED = (
    "about 1,250,000 people", "€1.1bn", "between 20 and 30 drones", "12st", "half an hour",
    "the 62nd minute", "an 80-percent rise", "a 27-24 victory", "two-thirds of voters",
    "3 percentage points", "October 15, 2025", "the 1990s", "Q3 2020", "millions of dollars",
    "doubled", "a Boeing 787-9", "last year", "the S&P 500",
)  # fmt: skip


def _mixed(r: random.Random) -> str:
    return r.choice(MIXED)


SHAPES: dict[str, Callable[[random.Random], str]] = {
    "counts": _count,
    "money": _money,
    "scores": _score,
    "ranges": _range,
    "ages": _age,
    "mixed": _mixed,
}


def sentence(shape: Callable[[random.Random], str], n: int) -> str:
    r = random.Random(n)
    return "In one sentence, " + ", ".join(shape(r) for _ in range(n)) + "."


def best_time(text: str, repeats: int) -> tuple[float, int]:
    best, found = float("inf"), 0
    for _ in range(repeats):
        start = time.perf_counter()
        found = len(parse_quantities(text, relative_dates=True))
        best = min(best, time.perf_counter() - start)
    return best, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3, help="timing runs per figure (3)")
    args = parser.parse_args(argv)

    print("a) Linear time: one sentence of n figures (best of", args.repeats, "runs)\n")
    print(f"{'shape':<8}{'figures':>9}" + "".join(f"{f'{n:,} ms':>12}" for n in SIZES), end="")
    print(f"{'us/figure':>11}{'600->2,400':>12}{'2,400->9,600':>14}   (linear: 4x, 4x)")
    for name, shape in SHAPES.items():
        times, found = [], 0
        for n in SIZES:
            seconds, found = best_time(sentence(shape, n), args.repeats)
            times.append(seconds)
        cells = "".join(f"{t * 1000:>12.1f}" for t in times)
        growth = f"{times[1] / times[0]:>11.1f}x{times[2] / times[1]:>13.1f}x"
        print(f"{name:<8}{found:>9,}{cells}{times[-1] / SIZES[-1] * 1e6:>11.1f}{growth}")
    print("\nb) Very long numbers with a fraction: read exactly, nothing raised\n")
    for digits in (29, 40, 60):
        written = "1" * digits + ".25"
        try:
            (q,) = parse_quantities(f"The fund holds {written} units.")
            with localcontext() as context:
                context.prec = 200
                exact = q.value == Decimal(written)
            outcome = "exact" if exact else f"rounded to {q.value}"
        except Exception as exc:  # reported, not raised: this is a measurement
            outcome = f"raised {type(exc).__name__}"
        print(f"  {digits} significant digits + a fraction: {outcome}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
