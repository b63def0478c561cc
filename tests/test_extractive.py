"""The extractive engine: verbatim sentences, chosen well, every figure supported."""

from __future__ import annotations

import re

import pytest

from factcheck.article import load_article
from factcheck.checker import check_claims, check_text, index_source
from factcheck.errors import InputError
from factcheck.extractive import extractive_draft
from factcheck.models import Article, Verdict


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def ramstein(examples_dir) -> Article:
    return load_article(examples_dir / "ramstein.txt")


def _sentences(draft) -> list[str]:
    # The summary is the chosen sentences joined by spaces; split it back on ". " + capital.
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", draft.summary) if s]


def test_every_sentence_is_verbatim_from_the_article(ramstein: Article) -> None:
    draft = extractive_draft(ramstein)
    body = _flat(ramstein.text)
    for sentence in [*_sentences(draft), *draft.key_points]:
        assert sentence in body, sentence
    for claim in draft.claims:
        assert claim.text == claim.quote
        assert claim.quote in body
        assert claim.figure in claim.quote


def test_every_figure_of_the_example_is_supported(ramstein: Article) -> None:
    draft = extractive_draft(ramstein)
    index = index_source(ramstein.text)
    claims = check_claims(index, draft.claims, origin="claim").checks
    assert claims, "the example is full of figures; the engine must list some"
    prose = [
        *check_text(index, draft.headline, origin="headline").checks,
        *check_text(index, draft.summary, origin="summary").checks,
        *(c for p in draft.key_points for c in check_text(index, p, origin="key_point").checks),
    ]
    for check in [*claims, *prose]:
        assert check.verdict is Verdict.SUPPORTED, (check.claim, check.reasons)


def test_the_headline_is_the_title_line_and_not_repeated(ramstein: Article) -> None:
    draft = extractive_draft(ramstein)
    assert draft.headline == (
        "Allies Back Ukraine's Training Role and Drone Industry at Ramstein Talks in Brussels"
    )
    assert draft.headline not in draft.summary


def test_a_given_title_wins(ramstein: Article) -> None:
    article = ramstein.model_copy(update={"title": "Ramstein talks in Brussels"})
    assert extractive_draft(article).headline == "Ramstein talks in Brussels"


def test_without_a_title_the_first_sentence_becomes_a_trimmed_headline() -> None:
    text = (
        "The port authority of the northern city said on Monday that container traffic through "
        "its three terminals rose by 12% last year to a record 4.1 million boxes. "
        "Officials credited a new rail link and deeper berths that opened in the spring. "
        "Shipping lines moved 23 weekly services to the port from rival hubs during the year."
    )
    draft = extractive_draft(Article(text=text))
    assert draft.headline.endswith("…")
    assert len(draft.headline.split()) <= 17
    assert _flat(text).startswith(draft.headline.rstrip("…"))


@pytest.mark.parametrize(
    ("lead", "figure"),
    [
        (
            "Germany and the Netherlands together jointly pledged to give the Ukrainian armed "
            "forces an additional $2.3 billion in new defence aid for next year.",
            "$2.3 billion",
        ),
        (
            "The port authority of the northern city said on Monday that container traffic "
            "through its three terminals rose sharply last year to a new record high.",
            "three terminals",
        ),
    ],
)
def test_a_trimmed_headline_never_cuts_a_figure(lead: str, figure: str) -> None:
    text = lead + " Officials credited a new rail link and deeper berths opened in the spring."
    draft = extractive_draft(Article(text=text))
    assert draft.headline.endswith(figure + "…")
    checks = check_text(index_source(text), draft.headline).checks
    assert checks and all(c.verdict is Verdict.SUPPORTED for c in checks)


def test_the_lead_and_the_money_figure_make_the_summary(ramstein: Article) -> None:
    draft = extractive_draft(ramstein)
    assert draft.summary.startswith("Defence ministers from 50 countries gathered in Brussels")
    # The money figure sits in the last paragraph; density still brings it into the summary.
    assert "$2.3 billion" in draft.summary
    figures = {claim.figure for claim in draft.claims}
    assert {"$2.3 billion", "85,000"} <= figures


def test_sizes_are_bounded(ramstein: Article) -> None:
    draft = extractive_draft(ramstein, max_sentences=2, max_key_points=1, max_claims=2)
    assert len(_sentences(draft)) == 2
    assert len(draft.key_points) == 1
    assert len(draft.claims) == 2


def test_summary_sentences_keep_article_order(ramstein: Article) -> None:
    draft = extractive_draft(ramstein)
    body = _flat(ramstein.text)
    positions = [body.index(s) for s in _sentences(draft)]
    assert positions == sorted(positions)


def test_fragments_quotes_of_quotes_and_boilerplate_are_never_chosen() -> None:
    good = [
        "The city council approved a budget of $450 million for the new metro line on Tuesday.",
        "Construction of the 14-kilometre line will start in March and employ 2,000 workers.",
        "The council expects the line to carry 90,000 passengers a day by 2030.",
    ]
    bad = [
        # a quote within a quote: someone's report of someone else's words
        "\"The mayor told me 'we will have 40 stations' before the vote,\" said the councillor.",
        # a split inside a quotation leaves unbalanced quote marks
        '"The budget of $450 million for the metro line is the biggest in 20 years and more.',
        # starts mid-thought
        "and the council said the 14 stations would open in the metro line by 2030 at the latest.",
        # too short, and boilerplate
        "Photo: 2 metro cars.",
        "Subscribe for $1 a week to read the metro line budget news every day and more.",
        # a run-on from a failed split
        " ".join(["The metro line budget of $450 million covers stations, tunnels"] * 8) + ".",
    ]
    text = "\n\n".join([bad[0], good[0], bad[1], good[1], bad[2], bad[3], good[2], *bad[4:]])
    draft = extractive_draft(Article(text=text), max_sentences=3, max_key_points=3)
    chosen = [*_sentences(draft), *draft.key_points, *(c.quote for c in draft.claims)]
    assert set(chosen) == set(good)


def test_a_repeated_sentence_is_chosen_once() -> None:
    lead = "The central bank raised its main interest rate by 0.5 percentage points to 4.75%."
    text = "\n\n".join(
        [
            lead,
            "Economists had expected a smaller rise after inflation slowed to 3.1% in October.",
            lead,
            "The bank said it would publish new forecasts for growth and prices in February.",
        ]
    )
    draft = extractive_draft(Article(text=text))
    shown = [*_sentences(draft), *draft.key_points]
    assert shown.count(lead) == 1


def test_the_same_article_gives_the_same_draft(ramstein: Article) -> None:
    assert extractive_draft(ramstein) == extractive_draft(ramstein)


@pytest.mark.parametrize(
    "text",
    ["Too short.", "Photo: AP\n\nRead more", "one two three four five six seven eight nine ten"],
)
def test_an_article_with_nothing_to_choose_is_bad_input(text: str) -> None:
    with pytest.raises(InputError):
        extractive_draft(Article(text=text))


def test_a_short_badly_punctuated_article_still_gets_a_summary() -> None:
    # Extracted text sometimes glues sentences ("delays.The"): they are told apart again, and
    # each is a claim of its own.
    text = (
        "The regional hospital opened a new cancer ward with 40 beds on Wednesday, officials "
        "said, after three years of building work that cost the regional health authority "
        "about $85 million and faced repeated delays.The ward will treat up to 1,200 patients "
        "a year and employ 150 nurses, doctors and technicians, the authority said in a "
        "statement released after the opening ceremony."
    )
    draft = extractive_draft(Article(text=text))
    assert draft.summary == " ".join(text.replace("delays.The", "delays. The").split())
    assert [claim.quote.split()[:2] for claim in draft.claims] == [
        ["The", "regional"],
        ["The", "ward"],
    ]


def test_a_claim_names_its_most_telling_figure() -> None:
    text = "\n\n".join(
        [
            "The league handed one player a one-game suspension and fined both teams $250,000 "
            "after the brawl on Thursday night.",
            "The commissioner said the first review of the footage had taken two days.",
            "Officials will meet the players' union next week to discuss the sanctions.",
        ]
    )
    draft = extractive_draft(Article(text=text))
    figures = {claim.quote: claim.figure for claim in draft.claims}
    assert figures[text.split("\n\n")[0]] == "$250,000"
    first = next(iter(figures))
    assert first.startswith("The league"), "the money figure's claim comes first"


def test_a_mostly_quoted_sentence_gives_way_to_reporting() -> None:
    reporting = "The city will spend $40 million on new flood barriers along the river by 2027."
    # The same news in the mayor's words, earlier and just as central: reporting still wins.
    quoted = (
        '"The flood barriers along the river will cost $40 million and protect 1,200 homes," '
        "the mayor said."
    )
    text = "\n\n".join(
        [
            "Floods damaged 1,200 homes in the river city last winter, the council said on Monday.",
            quoted,
            reporting,
            "Residents of the lower town have asked for the barriers for more than a decade now.",
        ]
    )
    draft = extractive_draft(Article(text=text), max_sentences=2, max_key_points=0)
    assert reporting in draft.summary and quoted not in draft.summary


def test_a_thousands_comma_is_not_a_clause_boundary() -> None:
    lead = (
        "The equity benchmark Sensex scaled a new all-time high of 40,816.38 in the morning "
        "trade on November 20."
    )
    text = lead + " Analysts said foreign funds had bought shares for a fifth week running."
    draft = extractive_draft(Article(text=text))
    assert "40,816.38" in draft.headline
    checks = check_text(index_source(text), draft.headline).checks
    assert checks and all(c.verdict is Verdict.SUPPORTED for c in checks)


def test_table_rows_are_not_summary_sentences() -> None:
    # Box scores: lines that do not end like sentences, joined, would read as one run-on.
    text = "\n".join(
        [
            "Palm Bay beat Rockledge 70-44 on Friday night to open the season with a win.",
            "Rockledge 14 11 6 15 — 44",
            "Palm Bay 18 22 13 17 — 70",
            "Tolivert led Palm Bay with 25 points, and the defence forced 19 turnovers.",
        ]
    )
    draft = extractive_draft(Article(text=text, title="Palm Bay opens with a win"))
    assert "—" not in draft.summary
    summary_checks = check_text(index_source(text), draft.summary).checks
    assert summary_checks and all(c.verdict is Verdict.SUPPORTED for c in summary_checks)


# --------------------------------------------------------------------------- reading well

# An article whose densest sentences lean on others: a bare surname introduced two sentences
# up, a "Yet" and a "He" whose antecedents are plain sentences a scorer ranks low.
LEANING = "\n\n".join(
    [
        "Germany pledged new military aid to Ukraine at a meeting of defence ministers in "
        "Brussels on Wednesday.",
        "German Defence Minister Boris Pistorius led the delegation from Berlin to the talks.",
        "The talks lasted several hours and ended late in the evening, officials said.",
        "Pistorius confirmed that Germany will give Ukraine an additional $2.3 billion, 40 air "
        "defence systems and 12 million rounds this year.",
        "The package was smaller than the one agreed in the spring.",
        "Yet the package includes 85,000 drones, 300 armoured vehicles and 1,200 trucks worth "
        "$900 million.",
        "Ministers discussed training for Ukrainian brigades in Poland and Denmark at length.",
        "The mood in the room was described as calm and businesslike by several delegates.",
        "He said Berlin would send 4,000 more soldiers and $150 million for training by 2026.",
    ]
)
_BARE_PISTORIUS = re.compile(r"(?<!Boris )\bPistorius\b")
_LEANS = re.compile(r"^(?:He|She|It|They|This|These|Yet|But|Also|However|Still|Meanwhile)\b")


def _article_sentences(text: str) -> list[str]:
    return [_flat(p) for p in text.split("\n\n")]


@pytest.mark.parametrize(("sentences", "points"), [(2, 2), (3, 3), (4, 4), (1, 4)])
def test_no_summary_sentence_lacks_what_its_opener_points_to(sentences: int, points: int) -> None:
    draft = extractive_draft(Article(text=LEANING), max_sentences=sentences, max_key_points=points)
    order = _article_sentences(LEANING)
    summary = _sentences(draft)
    for i, sentence in enumerate(summary):
        if _LEANS.match(sentence):
            # Only right after the sentence it follows in the article.
            assert i > 0 and order.index(sentence) == order.index(summary[i - 1]) + 1, summary
        if _BARE_PISTORIUS.search(sentence):
            assert "Boris Pistorius" in " ".join(summary[: i + 1]), summary
    for i, point in enumerate(draft.key_points):
        assert not _LEANS.match(point), point  # a bullet has no sentence before it
        if _BARE_PISTORIUS.search(point):
            shown = " ".join([*summary, *draft.key_points[: i + 1]])
            assert "Boris Pistorius" in shown, (summary, draft.key_points)


def test_a_leaning_sentence_comes_with_the_one_it_leans_on() -> None:
    # The money sentence is the densest; with room for both, it comes with its antecedent
    # rather than being dropped, and the two read as one passage.
    draft = extractive_draft(Article(text=LEANING), max_sentences=4, max_key_points=0)
    summary = _sentences(draft)
    assert "Boris Pistorius" in draft.summary and "$2.3 billion" in draft.summary
    assert summary.index(next(s for s in summary if "Boris" in s)) < summary.index(
        next(s for s in summary if "$2.3 billion" in s)
    )


def test_the_lede_is_kept_when_it_carries_the_story() -> None:
    # Figure-dense sentences outscore a lede with no figure; the lede still leads the summary.
    lede = (
        "The retailer reported quarterly earnings that topped estimates as revenue fell short, "
        "sending shares lower."
    )
    rest = [
        "The company earned $2.8 billion, or $2.53 per share, as revenue rose 3.5% to $27.2 "
        "billion.",
        "Comparable sales rose 3.6%, missing the 4.8% gain that analysts had expected.",
        "It now sees sales growth of 1.8% for the year, down from 2.3% in its previous guidance.",
        "Shares are up 39% so far this year while the wider market index is up 24.5%.",
        "Analysts surveyed by a data firm were expecting $2.52 a share on revenue of $27.53 "
        "billion.",
        "The chief executive said some investments would take longer to pay off than planned.",
    ]
    text = "\n\n".join([lede, *rest])
    draft = extractive_draft(Article(text=text, title="Retailer misses on sales, shares fall"))
    assert draft.summary.startswith(lede)
    assert "$2.8 billion" in draft.summary  # the figures still make it in


def test_an_aside_before_the_story_is_no_lede() -> None:
    text = "\n\n".join(
        [
            "Is this the end of an era?",
            "The city council approved a budget of $450 million for the new metro line.",
            "Construction of the 14-kilometre line will start in March with 2,000 workers.",
            "The line will carry 120,000 passengers a day once it opens in 2029.",
        ]
    )
    draft = extractive_draft(Article(text=text), max_sentences=2)
    assert not draft.summary.startswith("Is this")


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("He said Berlin would send more soldiers.", True),
        ("Their virtual universe is 230 million light-years wide.", True),
        ("That's almost enough to fill a swimming pool.", True),
        ("“But we need more,” she said.", True),
        ("However, the talks ended early.", True),
        ("Meanwhile, volunteers searched the city.", True),
        ("Another wondered why the state bothered.", True),
        ("In addition, it ordered 50 Airbus jets.", True),
        ("This week the ministers met in Brussels.", False),
        ("So far, 14 companies have qualified.", False),
        ("Heyward said the team lost that game.", False),
        ("Thereafter the company grew quickly.", False),
        ("Germany will give Ukraine $2.3 billion.", False),
    ],
)
def test_openers_that_point_back(sentence: str, leans: bool) -> None:
    from factcheck._antecedents import leans_on_previous

    assert leans_on_previous(sentence) is leans


def test_surnames_are_people_the_article_names_in_full() -> None:
    from factcheck._antecedents import Names

    article = [
        "German Defence Minister Boris Pistorius chaired the talks with Gov. Kristi Noem.",
        "The Capitol Police said the police had arrested a man near the White House.",
        "Ukrainian officials met members of the House of Representatives.",
    ]
    names = Names.of(article)
    assert names.surnames == {"Pistorius", "Noem"}
    assert names.bare("Pistorius confirmed the aid, Noem said.") == {"Pistorius", "Noem"}
    assert names.bare("Defence Minister Pistorius confirmed it.") == set()
    assert names.introduced("Defence Minister Pistorius confirmed it.") == {"Pistorius"}
    assert names.bare("Police arrested six people near the House of Representatives.") == set()
