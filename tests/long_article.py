"""A long (30,000-word) news article, generated, for the map-reduce tests and benchmarks.

Committing a file this size would bloat the repository and hide what it contains; instead the
article is built from varied paragraph templates, seeded so every run (and every recorded
cassette) sees exactly the same text. Every paragraph carries figures, and the districts,
companies and numbers vary, so no two paragraphs are the same and a chunked summary has real
work to do.
"""

from __future__ import annotations

import random

TITLE = "Regional Review: How Twelve Districts Spent a Record Budget"

_DISTRICTS = [
    "Northgate",
    "Riverside",
    "Old Harbour",
    "Millbrook",
    "Eastfield",
    "Kingsway",
    "Southmoor",
    "Westbury",
    "Highcliff",
    "Lakeside",
    "Ashford Vale",
    "Stonebridge",
]
_COMPANIES = [
    "Harlow Construction",
    "Brightline Transit",
    "Meridian Water",
    "Caldera Energy",
    "Oakridge Health",
    "Pinecrest Schools Trust",
    "Fenwick Digital",
    "Larkspur Housing",
]
_PEOPLE = [
    ("council leader", "Amara Okafor"),
    ("finance director", "Tomas Lindqvist"),
    ("chief engineer", "Priya Raman"),
    ("housing officer", "Declan Murphy"),
    ("auditor", "Sofia Marchetti"),
    ("transport chief", "Kenji Watanabe"),
]
_TOPICS = [
    ("road repairs", "kilometres of road", "resurfaced"),
    ("school buildings", "classrooms", "refurbished"),
    ("social housing", "homes", "completed"),
    ("water mains", "kilometres of pipe", "replaced"),
    ("street lighting", "lamps", "converted to LED"),
    ("clinics", "treatment rooms", "opened"),
    ("parks", "hectares of green space", "restored"),
    ("bus services", "new routes", "launched"),
]

_TEMPLATES = [
    "{district} spent ${money} million on {topic} in {year}, {pct}% more than the year before, "
    "and {count} {unit} were {verb} by the end of {month}.",
    "The {role} of {district}, {person}, said the district had {count} {unit} {verb} under a "
    "contract with {company} worth ${money} million. The official added that work on {topic} would "
    "continue until {later}.",
    "In {district}, {company} won a {years}-year contract for {topic}. The firm promised that "
    "{count} {unit} would be {verb} and that {jobs} local jobs would be created.",
    "Residents of {district} told surveyors that {topic} had improved: {pct}% rated the work "
    "good or very good, against {pct2}% a year earlier. The survey questioned {sample} people.",
    "Auditors found that {district} paid {company} ${money} million for {topic}, about {over}% "
    "above the original estimate. The district has since recovered ${refund} million.",
    "{person}, the {role}, said {district} had cut waiting times for {topic} from {weeks} weeks "
    "to {weeks2} weeks. The district plans to hire {jobs} staff by {later}.",
]
_MONTHS = ["January", "March", "May", "June", "September", "October", "November", "December"]
_FILLER = [
    "Opposition councillors questioned whether the pace could be kept up once the special grant "
    "runs out, and asked for quarterly reports on the programme.",
    "The regional government said it would review the scheme before deciding on next year's "
    "allocations, and invited comments from residents' associations.",
    "Business groups welcomed the spending but warned that rising material costs could delay "
    "several projects that had not yet gone to tender.",
    "Local newspapers reported a lively public meeting at which residents pressed officials on "
    "noise, traffic diversions and the timetable for finishing the works.",
]


def long_article_text(words: int = 30_000, *, seed: int = 20251015) -> str:
    """The article body: paragraphs of news prose until it holds at least ``words`` words."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    total = 0
    while total < words:
        district = rng.choice(_DISTRICTS)
        topic, unit, verb = rng.choice(_TOPICS)
        role, person = rng.choice(_PEOPLE)
        year = rng.randint(2019, 2024)
        values = {
            "district": district,
            "topic": topic,
            "unit": unit,
            "verb": verb,
            "role": role,
            "person": person,
            "company": rng.choice(_COMPANIES),
            "year": year,
            "later": year + rng.randint(1, 4),
            "month": rng.choice(_MONTHS),
            "money": f"{rng.randint(2, 480)}.{rng.randint(1, 9)}",
            "pct": rng.randint(3, 61),
            "pct2": rng.randint(3, 61),
            "count": f"{rng.randint(12, 9_800):,}",
            "years": rng.randint(2, 9),
            "jobs": rng.randint(15, 900),
            "sample": f"{rng.randint(400, 5_000):,}",
            "over": rng.randint(4, 38),
            "refund": f"{rng.randint(1, 9)}.{rng.randint(1, 9)}",
            "weeks": rng.randint(9, 30),
            "weeks2": rng.randint(2, 8),
        }
        sentences = [t.format(**values) for t in rng.sample(_TEMPLATES, k=2)]
        if rng.random() < 0.4:
            sentences.append(rng.choice(_FILLER))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        total += len(paragraph.split())
    return "\n\n".join(paragraphs)
