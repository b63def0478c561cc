"""Figures a headline or summary derives from the article: the article's own dateline, other forms
of the same figure (rounded, "3K", "'98", "two decades"), and arithmetic on figures of one
passage. Each principle is checked both ways: the derived figure is supported, and a wrong one
is still flagged."""

from __future__ import annotations

import pytest

from factcheck.checker import check_text
from factcheck.models import Verdict
from factcheck.quantities import parse_quantities

S, C, U = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.UNSUPPORTED


def _figure(source: str, claim: str, **options: object):  # type: ignore[no-untyped-def]
    [check] = check_text(source, claim, **options).checks  # type: ignore[arg-type]
    return check.figures[0]


# ---------------------------------------------------------------- the article's dateline

DATELINE = (
    "(Mar 4, 2019  6:12 AM CST) Three firefighters were hurt when a warehouse roof collapsed "
    "in Dayton on Sunday, officials said. The fire started in a storage room."
)


def test_a_number_word_after_a_dateline_opens_the_sentence() -> None:
    [date, three] = parse_quantities(DATELINE[:60])
    assert (three.text, three.value, three.unit) == ("Three", 3, "firefighter")
    assert date.value == 20190304


def test_a_headline_figure_written_in_words_after_a_dateline_is_supported() -> None:
    assert _figure(DATELINE, "3 Firefighters Hurt in Warehouse Collapse").verdict is S
    assert _figure(DATELINE, "5 Firefighters Hurt in Warehouse Collapse").verdict is not S


def test_a_number_word_opening_the_text_after_a_dateline_is_no_name() -> None:
    source = (
        "(Nov 2, 2011  4:40 AM CDT) One of the drivers who sued the company received a "
        "year's pay, the paper reports."
    )
    figure = _figure(source, "One Driver Who Sued Got a Year's Pay")
    assert figure.rule != "number_in_name"
    assert figure.verdict is not C


def test_a_capitalised_number_word_inside_a_line_is_still_a_name() -> None:
    assert parse_quantities("Auditors from the Big Four (a group of firms) said so.") == []


def test_a_span_of_years_counts_from_the_articles_dateline() -> None:
    source = (
        "(Jun 2, 2016  4:40 PM CDT) A stranger knocked on a door in Ohio with a parcel. "
        "He had bought it at an estate sale. Staff checked the markings on its rim. "
        "The bell was stolen from the college chapel in 1946. Students rang it at noon."
    )
    figure = _figure(source, "Bell Returned to College 70 Years After Theft")
    assert (figure.verdict, figure.rule) == (S, "computed")
    assert figure.computation == "2016 (published) - 1946 = 70 Years"
    assert _figure(source, "Bell Returned to College 60 Years After Theft").verdict is not S
    undated = source.split(") ", 1)[1]
    assert _figure(undated, "Bell Returned to College 70 Years After Theft").verdict is not S


# ---------------------------------------------------------------- rounding to the claim's precision

MERGER = (
    "Halden Foods has agreed to buy Morrow Dairy, the two companies said on Monday. "
    "Halden will pay in cash and stock, about $8.46 billion in all. "
    "It will also sell its cheese brands to Lund Group for $1.2 billion."
)


def test_a_figure_rounded_to_the_claims_precision_is_computed_from_the_passage() -> None:
    figure = _figure(MERGER, "$8.5B Deal Creates Cheese Giant")
    assert (figure.verdict, figure.rule) == (S, "computed")
    assert figure.computation == "$8.46 billion rounded = $8.5B"


def test_rounding_is_strict_and_never_less_precise_than_the_claim() -> None:
    assert _figure(MERGER, "$8.4B Deal Creates Cheese Giant").verdict is not S
    assert _figure(MERGER, "$9B Deal Creates Cheese Giant").verdict is not S
    assert _figure(MERGER, "$8.462B Deal Creates Cheese Giant").verdict is not S
    assert _figure(MERGER, "Deal Worth More Than $8.5B Creates Cheese Giant").verdict is not S


def test_pounds_of_goods_are_a_weight_and_pounds_of_money_a_currency() -> None:
    [weight] = parse_quantities("recalling 11.8 million pounds of chicken nuggets")
    assert (weight.kind.value, weight.unit, weight.currency) == ("measure", "lb", None)
    [money] = parse_quantities("spent 3 million pounds of taxpayers' money")
    assert (money.kind.value, money.currency) == ("money", "GBP")
    [plain] = parse_quantities("the club paid 40 million pounds for him")
    assert plain.currency == "GBP"
    [more] = parse_quantities("a recall of 12M more pounds of frozen nuggets")
    assert (more.kind.value, more.unit) == ("measure", "lb")
    source = "The company is now recalling 11.8 million pounds of chicken nuggets."
    assert _figure(source, "Plant Recalls 12M Pounds of Chicken Nuggets").verdict is S
    assert _figure(source, "Plant Recalls £12M of Chicken Nuggets").verdict is not S


# ---------------------------------------------------------------- a year with its century left out


def test_an_apostrophe_and_two_digits_is_a_year() -> None:
    [year] = parse_quantities("She first ran for the seat in '94.")
    assert (year.text, year.kind.value, year.value) == ("'94", "year", 1994)
    [recent] = parse_quantities("Turnout since ’08 has risen.")
    assert (recent.kind.value, recent.value) == ("year", 2008)
    [decade] = parse_quantities("a poster from the '70s")
    assert (decade.kind.value, decade.low, decade.high) == ("year", 1970, 1979)
    # a headline read in sentence case: "Unsure on '10 Election Run"
    [run] = parse_quantities("unsure on '10 election run, he faces a cash crunch")
    assert (run.kind.value, run.value) == ("year", 2010)


def test_a_quotation_that_opens_with_digits_is_no_year() -> None:
    assert [q.kind.value for q in parse_quantities("He said '12 people died' there.")] == ["count"]
    assert all(q.kind.value != "year" for q in parse_quantities("the star of '30 Rock' said"))


def test_a_headline_year_without_its_century_is_checked_against_the_article() -> None:
    source = "The senator first made the remark in a speech in 1994, aides confirmed on Monday."
    assert _figure(source, "Senator Made the Remark in '94").verdict is S
    assert _figure(source, "Senator Made the Remark in '96").verdict is not S


def test_an_opening_dateline_is_a_sentence_of_its_own() -> None:
    from factcheck.quantities import split_sentences

    text = "(Mar 4, 2019  6:12 AM CST) Three firefighters were hurt. The fire is out."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "(Mar 4, 2019  6:12 AM CST)",
        "Three firefighters were hurt.",
        "The fire is out.",
    ]


# ---------------------------------------------------------------- a headline's verb of change


def test_a_capitalised_verb_of_change_before_a_number_is_no_name() -> None:
    for headline in ("Index Drops 138", "Stocks Off 184 on Rate Fears", "Shares Sink 41"):
        assert [q.kind.value for q in parse_quantities(headline)] == ["count"], headline
    assert parse_quantities("Boeing 737 jets were grounded.") == []


def test_a_headline_change_rounded_from_the_article_is_supported() -> None:
    source = (
        "Stocks fell on Tuesday after weak retail data. The index closed down 137.63 points "
        "at 9,112.40, its third loss in a row."
    )
    assert _figure(source, "Index Drops 138 on Retail Data").verdict is S
    assert _figure(source, "Index Drops 140 on Retail Data").verdict is not S


def test_a_span_up_to_publication_looks_up_its_year_anywhere_in_the_article() -> None:
    source = (
        "A veteran received a medal. His son spent a year searching the archives. "
        "The family lives in Ohio. The city held a parade. Officials gave a speech. "
        "The veteran escaped from a prison camp in 1945 with two friends."
    )
    figure = _figure(source, "Veteran Gets Medal 71 Years After Prison Camp Escape",
                     published="2016-04-04")  # fmt: skip
    assert (figure.verdict, figure.rule) == (S, "computed")
    assert figure.computation == "2016 (published) - 1945 = 71 Years"
    later = _figure(source, "Veteran Gets Medal 72 Years After Prison Camp Escape",
                    published="2016-04-04")  # fmt: skip
    assert later.verdict is not S


@pytest.mark.parametrize(("span", "holds"), [("71", True), ("72", False)])
def test_a_span_up_to_publication_counts_from_the_year_of_a_month(span: str, holds: bool) -> None:
    source = (
        "(Apr 4, 2016  12:37 AM CDT) A veteran received a prisoner-of-war medal in February. "
        "His son dug through old news reports. The Army sent him to France. He fought the "
        "Germans at St. Lo. He was captured in the autumn. "
        "He made his getaway with other prisoners in mid-January 1945, weeks before the camp "
        "was liberated."
    )
    figure = _figure(source, f"After {span} Years, Vet Gets Medal for WWII Escape")
    assert (figure.verdict is S) is holds
    if holds:
        assert figure.computation == "2016 (published) - January 1945 = 71 Years"


# ---------------------------------------------------------------- other forms of one figure


def test_a_trillion_glued_in_lower_case_and_abbreviated_units_of_time() -> None:
    [money] = parse_quantities("a record $1.4t deficit")
    assert (money.value, money.currency) == (1_400_000_000_000, "USD")
    [tonnes] = parse_quantities("a 5t truck")
    assert (tonnes.kind.value, tonnes.unit) == ("measure", "tonne")
    [minutes] = parse_quantities("revived after 96 mins of CPR")
    assert (minutes.kind.value, minutes.value, minutes.unit) == ("duration", 96, "minute")


def test_a_headline_trillion_is_the_articles_trillion() -> None:
    source = "The federal deficit will reach a record $1.4 trillion this year, officials said."
    assert _figure(source, "Record $1.4T Deficit Looms").verdict is S
    assert _figure(source, "Record $1.4B Deficit Looms").verdict is not S


# ---------------------------------------------------------------- a total of parts

RAIDS = (
    "Police have arrested 38 people in Portugal and 17 in Italy after a long investigation "
    "into a smuggling ring. The gang charged each migrant thousands of dollars."
)


def test_a_total_of_parts_told_together_is_computed() -> None:
    figure = _figure(RAIDS, "55 Arrested in Smuggling Ring Bust")
    assert (figure.verdict, figure.rule) == (S, "computed")
    assert figure.computation == "38 + 17 = 55"
    assert _figure(RAIDS, "56 Arrested in Smuggling Ring Bust").verdict is not S


def test_parts_told_far_apart_do_not_make_a_total_against_a_stated_value() -> None:
    source = (
        "A court convicted 12 others on the same charges on Monday. The defence will appeal. "
        "Lawyers said the trial was rushed. Rights groups criticised the verdict. "
        "Earlier this month a court confirmed sentences for a leader and 9 others."
    )
    assert _figure(source, "21 others were convicted on the same charges.").verdict is not S


# ---------------------------------------------------------------- a computed figure beside a rival

COLD_CASE = (
    "(Oct 5, 2016  10:20 AM CDT) Two brothers, 14 and an 11-year-old, went missing from a "
    "fairground in 1981. Detectives dug up a garden on Monday. The brothers vanished nearly 40 "
    "years ago."
)


def test_an_age_or_a_bound_the_computed_span_keeps_does_not_block_it() -> None:
    figure = _figure(COLD_CASE, "Detectives Dig Up Garden 35 Years After Brothers Vanished")
    assert (figure.verdict, figure.rule) == (S, "computed")
    assert figure.computation is not None and figure.computation.endswith("1981 = 35 Years")


def test_a_span_no_year_of_the_article_gives_is_not_computed() -> None:
    claim = "Detectives Dig Up Garden {} Years After Brothers Vanished"
    assert _figure(COLD_CASE, claim.format(37)).verdict is not S
    assert _figure(COLD_CASE, claim.format(45)).verdict is not S


# ---------------------------------------------------------------- a span in another unit of time


def test_a_span_of_time_in_another_unit_is_computed_from_the_passage() -> None:
    source = (
        "(Jun 3, 2016  9:00 AM CDT) Six decades ago, Maria Lopez quit her nursing course in "
        "Texas to raise a family. On Friday, the 80-year-old will finally receive her certificate."
    )
    figure = _figure(source, "60 Years Later, Grandmother Receives Her Certificate")
    assert (figure.verdict, figure.rule) == (S, "computed")
    assert figure.computation == "Six decades = 60 Years"
    assert _figure(source, "50 Years Later, Grandmother Receives Her Certificate").verdict is not S


def test_a_span_rounded_into_another_unit_keeps_its_bound() -> None:
    source = "Business confidence fell to its lowest level in 27 years, the survey found."
    claim = "Business Confidence Worst in {} Decades"
    assert _figure(source, claim.format("Nearly 3")).verdict is S
    assert _figure(source, claim.format("More Than 3")).verdict is not S
    assert _figure(source, claim.format("2")).verdict is not S


def test_a_span_of_years_is_computed_from_a_range_written_end_to_end() -> None:
    source = "From 2006 to 2015, the clerk skimmed cash from the county office where she worked."
    figure = _figure(source, "Clerk Skimmed Cash at Work for 9 Years")
    assert (figure.verdict, figure.computation) == (S, "2015 - 2006 = 9 Years")
    assert _figure(source, "Clerk Skimmed Cash at Work for 10 Years").verdict is not S


# ---------------------------------------------------------------- a share of a whole


def test_a_fraction_of_a_figure_told_as_one_phrase_is_computed() -> None:
    source = "Lawmakers voted on Monday to release the second half of the $640 billion relief fund."
    figure = _figure(source, "Lawmakers Release Next $320B")
    assert (figure.verdict, figure.computation) == (S, "half of $640 billion = $320B")
    assert _figure(source, "Lawmakers Release Next $330B").verdict is not S


def test_the_whole_is_no_rival_of_its_share() -> None:
    source = "The union says a third of its 900 members will strike on Monday."
    figure = _figure(source, "300 Union Members Will Strike")
    assert (figure.verdict, figure.rule) == (S, "computed")
    assert _figure(source, "350 Union Members Will Strike").verdict is not S


def test_a_computed_span_stands_beside_a_span_of_something_else() -> None:
    source = (
        "(Mar 9, 2015  8:10 AM CDT) In 2004, Tom Reed killed a cyclist while driving drunk in "
        "Ohio. Now, after serving six years in prison, Reed was found asleep at the wheel after "
        "crashing into a parked van, police say."
    )
    claim = "{} Years After Fatal Crash, Drunk Driver Busted Again"
    figure = _figure(source, claim.format(11))
    assert (figure.verdict, figure.computation) == (S, "Mar 9, 2015 - 2004 = 11 Years")
    assert _figure(source, claim.format(12)).verdict is not S


def test_a_figure_rounded_from_anywhere_in_the_article_is_looked_up_by_value() -> None:
    source = (
        "The mill on the river closed in 1998 and has stood empty since. Its owners put it up "
        "for sale on Monday. Local agents said the asking price of $4.82 million was fair."
    )
    figure = _figure(source, "Got $4.8M? This Riverside Mill Is for Sale")
    assert (figure.verdict, figure.computation) == (S, "$4.82 million rounded = $4.8M")
    assert _figure(source, "Got $4.9M? This Riverside Mill Is for Sale").verdict is not S
    euros = source.replace("$4.82 million", "€4.82 million")
    assert _figure(euros, "Got $4.8M? This Riverside Mill Is for Sale").verdict is not S


def test_the_year_a_span_counts_from_needs_no_word_of_the_headline() -> None:
    source = (
        "(May 3, 2012  9:40 AM CDT) A rare orchid has bloomed in a greenhouse in Kent. "
        "Botanists last recorded a flower of its kind in 1937, on a hillside in Wales."
    )
    figure = _figure(source, "Lost Bloom Returns After 75 Years")
    assert (figure.verdict, figure.computation) == (S, "2012 (published) - 1937 = 75 Years")
    assert _figure(source, "Lost Bloom Returns After 74 Years").verdict is not S


def test_a_span_in_another_unit_is_looked_up_anywhere_in_the_article() -> None:
    source = (
        "(Feb 2, 2018  1:15 PM CST) A hermit in Montana has donated his stores to a food bank. "
        "Neighbors said he began filling his cellar with cans four decades ago."
    )
    figure = _figure(source, "Hoarder Who Stockpiled Food for 40 Years Gives It Away")
    assert (figure.verdict, figure.computation) == (S, "four decades = 40 Years")
    claim = "Hoarder Who Stockpiled Food for 30 Years Gives It Away"
    assert _figure(source, claim).verdict is not S


# ---------------------------------------------------------------- what a headline counts


def test_a_headline_names_what_it_counts_by_a_common_synonym() -> None:
    source = "Two officers were wounded in a shooting outside the station on Friday, police said."
    assert _figure(source, "2 Cops Wounded in Shooting Outside Station").verdict is S
    assert _figure(source, "3 Cops Wounded in Shooting Outside Station").verdict is not S
    assert _figure(source, "2 Guards Wounded in Shooting Outside Station").verdict is not S
    policy = "The law allowed urban couples only one child, and was credited with fewer births."
    assert _figure(policy, "China May Drop 1-Baby Law").verdict is S


def test_a_name_the_article_spells_in_words_holds_in_digits() -> None:
    source = "The Big Three carmakers would accept a pay deal, the union said on Tuesday."
    figure = _figure(source, "Big 3 Would Accept Pay Deal, Union Says")
    assert figure.verdict is S
    assert figure.explanation == "part of a name the article writes: Big Three"
    assert _figure(source, "Big 4 Would Accept Pay Deal, Union Says").verdict is not S


def test_a_rate_told_for_another_period_is_computed() -> None:
    source = (
        "The food bank has grown fast since the floods. It now spends $2.5 million a month on "
        "meals, its director said on Friday."
    )
    figure = _figure(source, "Food Bank Spends $30M a Year on Meals")
    assert (figure.verdict, figure.rule) == (S, "computed")
    assert figure.computation == "$2.5 million a month × 12 = $30M a year"
    assert _figure(source, "Food Bank's $30M-a-Year Meals Bill").verdict is S
    assert _figure(source, "Food Bank Spends $40M a Year on Meals").verdict is not S
    assert _figure(source, "Food Bank Spends $30M a Week on Meals").verdict is not S


def test_a_headline_counts_by_the_clipped_form_of_the_articles_noun() -> None:
    source = "At least 1,700 veterans waited months for care at the clinic, an audit found."
    assert _figure(source, "Audit: 1.7K Vets Waited Months for Care").verdict is S
    assert _figure(source, "Audit: 1.7M Vets Waited Months for Care").verdict is not S


def test_people_counted_by_what_they_are_are_the_articles_people() -> None:
    source = "More than 2,000 people applied for the lighthouse keeper's job, the council said."
    assert _figure(source, "2K Applicants Want to Keep Remote Lighthouse").verdict is S
    assert _figure(source, "3K Applicants Want to Keep Remote Lighthouse").verdict is not S
    # one kind of person is no other kind: miners are not the article's farmers
    farmers = "Some 12,000 farmers marched on the capital on Monday, police said."
    assert _figure(farmers, "12K Miners March on Capital").verdict is not S


def test_a_headline_of_short_sentences_is_title_case_throughout() -> None:
    source = (
        "Doctors found five paper towels lodged in the boy's throat, the coroner said. "
        "His mother was charged with murder a week later."
    )
    claim = "He Had {} Towels in His Throat. Could It Have Been an Accident?"
    assert _figure(source, claim.format(5)).verdict is S
    assert _figure(source, claim.format(3)).verdict is not S


def test_a_closed_compound_counts_what_its_last_part_names() -> None:
    source = "Some 40 kids fell ill after lunch at the village school on Tuesday, officials said."
    assert _figure(source, "40 Schoolkids Fall Ill After Lunch").verdict is S
    assert _figure(source, "45 Schoolkids Fall Ill After Lunch").verdict is not S
    assert _figure(source, "40 Teachers Fall Ill After Lunch").verdict is not S


# ---------------------------------------------------------------- a bound and a range


def test_a_ceiling_is_the_top_of_a_range_and_a_floor_its_foot() -> None:
    source = "The study estimates that floods cost the region between 5,000 and 9,000 homes."
    assert _figure(source, "Floods Cost Region Up to 9K Homes: Study").verdict is S
    assert _figure(source, "Floods Cost Region At Least 5K Homes: Study").verdict is S
    assert _figure(source, "Floods Cost Region Up to 5K Homes: Study").verdict is not S
    assert _figure(source, "Floods Cost Region At Least 9K Homes: Study").verdict is not S


def test_a_percentage_of_a_figure_in_one_sentence_is_computed() -> None:
    source = (
        "Some 3.2 million households rent their homes, and 40% of them spend more than a third "
        "of their income on rent, the survey found. Prices rose 15% in 12 years."
    )
    claim = "{} Renting Households Spend a Third of Income on Rent"
    figure = _figure(source, claim.format("1.3M"))
    assert (figure.verdict, figure.computation) == (S, "40% of 3.2 million = 1.3M")
    assert _figure(source, claim.format("1.5M")).verdict is not S
    assert _figure(source, "Rents Up for 1.8 Years").verdict is not S  # 15% of 12 years


def test_a_headline_year_finds_the_year_of_a_full_date_without_shared_words() -> None:
    source = (
        "Detectives in Georgia have reopened an old case. On June 14, 1983, a shop clerk "
        "vanished from a motel parking lot near the interstate."
    )
    assert _figure(source, "Cold Case: Clue in Teen's 1983 Slaying").verdict is S
    assert _figure(source, "Cold Case: Clue in Teen's 1984 Slaying").verdict is not S


# ---------------------------------------------------------------- an age told by its phrase

OBITUARY = (
    "John Avery, who directed Southpaw Nights and Iron Glove, two underdog boxing films that "
    "became franchises, died Friday in Boston at age 81. He began his career as a stagehand."
)


def test_an_age_told_by_dead_at_is_the_age_the_article_gives() -> None:
    claim = "Man Behind Southpaw Nights, Iron Glove Dead at {}"
    assert _figure(OBITUARY, claim.format(81)).verdict is S
    assert _figure(OBITUARY, claim.format(2)).verdict is not S  # the two films are no age
    assert _figure(OBITUARY, claim.format(79)).verdict is not S  # nor 81 less two films


def test_n_others_and_the_one_named_make_n_plus_one() -> None:
    source = (
        "Oregon and 11 other states filed suit on Monday over the new rule on river water, "
        "saying it would hurt farmers."
    )
    figure = _figure(source, "12 States Sue Over River Water Rule")
    assert (figure.verdict, figure.computation) == (S, "11 other + 1 = 12")
    assert _figure(source, "13 States Sue Over River Water Rule").verdict is not S
    plain = source.replace("Oregon and 11 other states", "Eleven states")
    assert _figure(plain, "12 States Sue Over River Water Rule").verdict is not S


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Three others remain missing.", S),
        ("Four others remain missing.", C),  # the claim counts the same others
        ("Four people remain missing.", U),  # others besides a count, not besides one
    ],
)
def test_others_besides_a_count_are_no_one_more(claim: str, verdict: Verdict) -> None:
    source = "Three people died in the flood on Sunday and three others remain missing."
    assert _figure(source, claim).verdict is verdict


def test_an_nth_birthday_is_an_age_of_n() -> None:
    source = "The painter marked his 92nd birthday quietly at home in Lyon on Sunday, friends said."
    assert _figure(source, "Painter Quietly Turns 92").verdict is S
    assert _figure(source, "Painter Quietly Turns 93").verdict is not S


def test_the_nth_one_ranks_whatever_the_claim_names() -> None:
    source = "Two women came forward last week, and now a third one has spoken to reporters."
    assert _figure(source, "3rd Accuser Speaks to Reporters").verdict is S
    assert _figure(source, "4th Accuser Speaks to Reporters").verdict is not S


def test_a_plural_in_ies_of_a_noun_in_ie_keeps_its_noun() -> None:
    [q] = parse_quantities("The shake packs 900 calories.")
    assert q.unit == "calorie"
    source = "The chain's new shake packs 900 calories, a nutrition group says."
    assert _figure(source, "Chain's 900-Calorie Shake Draws Fire").verdict is S
    assert _figure(source, "Chain's 700-Calorie Shake Draws Fire").verdict is not S


def test_one_end_of_a_range_rounded_to_the_claims_precision_is_stated() -> None:
    source = (
        "Bankers expect the listing to value the chip maker at between $4.1 billion and "
        "$5.96 billion."
    )
    assert _figure(source, "Listing Values Chip Maker at $6B").verdict is S
    assert _figure(source, "Listing Values Chip Maker at $4B").verdict is S
    assert _figure(source, "Listing Values Chip Maker at $7B").verdict is not S


def test_no_and_a_number_is_a_rank() -> None:
    [rank] = parse_quantities("The club took the No. 3 pick in the draft.")
    assert (rank.text, rank.kind.value, rank.value, rank.unit) == ("No. 3", "ordinal", 3, "pick")
    source = "Maria Lopez is the third accuser to come forward, her lawyer said on Monday."
    assert _figure(source, "Accuser No. 3 Comes Forward").verdict is S
    assert _figure(source, "Accuser No. 4 Comes Forward").verdict is not S


def test_a_half_century_is_fifty_years() -> None:
    [span] = parse_quantities("The feud took a half-century to end.")
    assert (span.value, span.unit) == (50, "year")
    assert parse_quantities("Sales rose in the half-year to June.") == []
    source = "The truce ends a border feud that ran for a half-century, both sides said."
    assert _figure(source, "Truce Ends Border Feud of 50 Years").verdict is S
    assert _figure(source, "Truce Ends Border Feud of 40 Years").verdict is not S


def test_a_couple_of_hundred_is_about_two_hundred() -> None:
    [q] = parse_quantities("The club sold a couple of hundred tickets.")
    assert (q.text, q.value, q.unit, q.qualifier.value) == (
        "a couple of hundred", 200, "ticket", "approximate"
    )
    source = "Organisers said a couple of hundred volunteers cleaned the beach on Saturday."
    assert _figure(source, "200 Volunteers Clean Up Beach").verdict is S
    assert _figure(source, "900 Volunteers Clean Up Beach").verdict is not S


def test_sub_before_a_figure_is_below_it() -> None:
    [q] = parse_quantities("Drivers found sub-$2 gas in Ohio.")
    assert (q.value, q.qualifier.value) == (2, "at_most")
    source = "Some drivers in rural Ohio saw gas prices fall below $2 a gallon on Monday."
    assert _figure(source, "Sub-$2 Gas Returns to Ohio").verdict is S
    assert _figure(source, "$2 Gas Returns to Ohio").verdict is not S


def test_a_claim_that_writes_the_name_states_it() -> None:
    source = (
        "A hotel chain is swapping the bibles in its rooms for copies of Fifty Shades of Grey, "
        "its owner said on Monday."
    )
    figure = _figure(source, "Hotel Chain Swaps Bibles for 50 Shades")
    assert (figure.verdict, figure.rule) == (S, "named_in_article")
    assert _figure(source, "Hotel Chain Swaps Bibles for 40 Shades").verdict is not S


def test_n_others_before_make_this_one_the_n_plus_first() -> None:
    source = (
        "A ferry broke down off Dover on Tuesday; since March, two other ferries of the same "
        "line have had engine trouble."
    )
    assert _figure(source, "3rd Ferry of Troubled Line Breaks Down").verdict is S
    assert _figure(source, "4th Ferry of Troubled Line Breaks Down").verdict is not S


def test_an_age_at_death_counts_from_the_year_of_birth() -> None:
    source = (
        "(Jun 3, 2011  3:20 PM CDT) The actor who played a frontier marshal for two decades died "
        "today at his home. His show defined the TV western. He had feared losing film roles. "
        "A friend talked him into it. Viewers loved him. Critics were kinder later. "
        "He was born in Minneapolis in 1923 and served in World War II."
    )
    figure = _figure(source, "TV's Frontier Marshal Dead at 88")
    assert (figure.verdict, figure.rule) == (S, "computed")
    assert _figure(source, "TV's Frontier Marshal Dead at 86").verdict is not S
    served = source.replace("born in Minneapolis in 1923", "drafted in Minneapolis in 1923")
    assert _figure(served, "TV's Frontier Marshal Dead at 88").verdict is not S


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("He felt able to extend his time in the UK until 2019.", Verdict.SUPPORTED),
        ("He felt able to extend his time in the UK until 2020.", Verdict.UNSUPPORTED),
    ],
)
def test_a_year_put_off_by_a_span_is_their_sum(claim: str, verdict: Verdict) -> None:
    source = (
        "With his family leaving in 2018 as originally planned, he only felt able to extend his "
        "time in the UK by one year."
    )
    [check] = check_text(source, claim).checks
    [year] = check.figures
    assert year.verdict is verdict
    if verdict is Verdict.SUPPORTED:
        assert year.computation == "2018 + one year = 2019"


@pytest.mark.parametrize(
    ("source", "claim", "verdict"),
    [
        ("His move cost £28million.", "His move cost £30m.", Verdict.CONTRADICTED),
        ("A £12m fund was set up.", "A £10m fund was set up.", Verdict.CONTRADICTED),
        ("He paid $100,980 for the name.", "He paid $100K for the name.", Verdict.SUPPORTED),
        ("Some 84,600 fans came.", "85,000 fans came.", Verdict.SUPPORTED),
        ("Fees were $30,900 a year.", "Fees topped $30,000 a year.", Verdict.SUPPORTED),
    ],
)
def test_a_bare_round_figure_keeps_two_significant_digits(
    source: str, claim: str, verdict: Verdict
) -> None:
    [check] = check_text(source, claim).checks
    assert check.figures[0].verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Alex Cuthbert scored two tries for the Blues.", Verdict.SUPPORTED),
        ("Alex Cuthbert scored three tries for the Blues.", Verdict.UNSUPPORTED),
    ],
)
def test_someones_nth_thing_counts_n_of_them(claim: str, verdict: Verdict) -> None:
    source = (
        "Alex Cuthbert had helped level the scores, scoring his second try after Ross Moriarty "
        "and Tom Marshall scores put the hosts up."
    )
    [check] = check_text(source, claim).checks
    [count] = check.figures
    assert count.verdict is verdict
    if verdict is Verdict.SUPPORTED:
        assert count.computation == "his second try = two"
    # "his" is Cuthbert's: nothing is computed for Moriarty
    [check] = check_text(source, "Moriarty scored two tries.").checks
    assert check.figures[0].rule != "computed"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Reducing metabolism to a quarter of its normal level could help.", Verdict.SUPPORTED),
        ("Metabolism could be cut to 25% of its normal level.", Verdict.SUPPORTED),
        ("Reducing metabolism to a third of its normal level could help.", Verdict.UNSUPPORTED),
    ],
)
def test_what_a_fall_leaves_is_computed_from_its_size(claim: str, verdict: Verdict) -> None:
    source = (
        "If we were able to reduce an astronaut's basic metabolic rate by 75%, similar to bears, "
        "we could end up with substantial savings."
    )
    [check] = check_text(source, claim).checks
    [share] = check.figures
    assert share.verdict is verdict
    if verdict is Verdict.SUPPORTED:
        assert share.computation == f"100% - 75% = {share.text}"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The Velop is on sale for $300, $100 below its regular $400.", Verdict.SUPPORTED),
        ("The Velop is on sale for $300, $150 below its regular $400.", Verdict.UNSUPPORTED),
    ],
)
def test_a_figure_the_claim_works_out_from_its_own_stated_figures(
    claim: str, verdict: Verdict
) -> None:
    # another product's price beside "regularly" and "sale" is no rival of the claim's own sum
    source = (
        "The Linksys Velop is on sale for $300 (regularly $400). The $49 charging brick "
        "regularly goes on sale for as low as $29."
    )
    [check] = check_text(source, claim).checks
    saving = check.figures[1]
    assert saving.verdict is verdict
    if verdict is Verdict.SUPPORTED:
        assert (saving.rule, saving.computation) == ("own_figures", "$400 - $300 = $100")
        assert [check.evidence[i].quantity_text for i in saving.evidence] == ["$400", "$300"]


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The pool of providers grew from nine to fourteen.", Verdict.SUPPORTED),  # 14 - 5
        ("The pool of providers grew from eight to fourteen.", Verdict.UNSUPPORTED),
    ],
)
def test_one_end_of_a_change_is_the_other_end_less_its_size(
    claim: str, verdict: Verdict
) -> None:
    source = (
        "NASA's announcement to expand by five the pool of eligible bidders increased the total "
        "of commercial providers to 14."
    )
    [check] = check_text(source, claim).checks
    start = check.figures[0]
    # the size of the change ("by five") is never a rival value of where it started
    assert start.verdict is verdict
    if verdict is Verdict.SUPPORTED:
        assert start.computation == "14 - five = nine"


@pytest.mark.parametrize(
    ("claim", "holds"),
    [
        ("The contracts are worth up to $2.6 billion over the next ten years.", True),
        ("The contracts are worth up to $2.6 billion over the next five years.", False),
    ],
)
def test_the_next_decade_is_ten_years(claim: str, holds: bool) -> None:
    source = "The contracts have a combined maximum value of $2.6bn over the next decade."
    [check] = check_text(source, claim).checks
    assert (check.figures[1].verdict is Verdict.SUPPORTED) is holds


@pytest.mark.parametrize(
    ("claim", "holds"),
    [
        ("About 18% of the 3,248 plague cases were fatal.", True),  # 584 / 3,248
        ("About 25% of the 3,248 plague cases were fatal.", False),
    ],
)
def test_a_share_of_a_whole_told_with_its_part(claim: str, holds: bool) -> None:
    source = "From 2010 to 2015 there were 3248 cases reported worldwide, including 584 deaths."
    [check] = check_text(source, claim).checks
    share = check.figures[0]
    assert (share.verdict is Verdict.SUPPORTED) is holds
    if holds:
        assert share.computation == "584 / 3248 = 18%"


def test_figures_of_a_table_row_are_no_arithmetic_of_each_other() -> None:
    # 10 = 13 - 3 by chance: a claim that tells no difference or total computes nothing
    source = "7 Kyle Busch 2339 1 1 8 17\n8 Brad Keselowski 2318 3 3 13 19\n9 Clint Bowyer 2290 0 1"
    [check] = check_text(source, "10 Brad Keselowski 2318 3 3 13 19").checks
    assert check.figures[0].verdict is not Verdict.SUPPORTED
    assert all(f.rule != "own_figures" for f in check.figures)


@pytest.mark.parametrize(
    ("claim", "holds"),
    [
        ("They eliminate nine options, leaving only one date as her birthday.", True),  # 10 - 9
        ("They eliminate nine options, leaving two dates.", False),
    ],
)
def test_what_is_left_of_a_whole_told_with_its_part(claim: str, holds: bool) -> None:
    source = (
        "Cheryl gives them a list of 10 dates. The clues let the reader eliminate nine of the 10 "
        "dates and discover Cheryl's birthday."
    )
    [check] = check_text(source, claim).checks
    assert (check.figures[1].verdict is Verdict.SUPPORTED) is holds


@pytest.mark.parametrize(
    ("source", "claim", "verdicts"),
    [
        ("Seven people were shot, two fatally.", "Two were killed and five wounded.", [S, S]),
        ("Seven people were shot, two fatally.", "Two were killed and four wounded.", [S, U]),
        ("Police arrested 40 people, 12 of them women.", "Police arrested 28 men.", [S]),
        ("A shooting left one person dead and five wounded.", "Six people were shot.", [S]),
        ("Sawe won in 2 hours, 2 minutes and 27 seconds.", "Sawe won in 2:02:27.", [S]),
        ("Sawe won in 2 hours, 2 minutes and 27 seconds.", "Sawe won in 2:02:37.", [C]),
        ("Workers are paid between 80 cents and $1.20.", "Workers are paid $2.", [C]),
        ("The clinic has 120 staff, including 30 doctors.", "It has 90 other staff.", [S]),
        ("The clinic has 120 staff, including 30 doctors.", "It has 80 other staff.", [U]),
    ],
)
def test_what_is_left_of_a_whole_told_before_its_part(
    source: str, claim: str, verdicts: list[Verdict]
) -> None:
    figures = [figure for check in check_text(source, claim).checks for figure in check.figures]
    assert [figure.verdict for figure in figures] == verdicts


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("BYD outsold Tesla by about 32,000 cars in the quarter.", S),  # 416,388 - 384,122
        ("BYD outsold Tesla by about 40,000 cars in the quarter.", U),  # no gap of that size
        ("Seville hit 46.2C, beating the previous June record by one degree.", S),
    ],
)
def test_a_margin_told_after_a_verb_of_comparing_is_a_difference(
    claim: str, verdict: Verdict
) -> None:
    source = (
        "Tesla delivered 384,122 cars in the first quarter, the company said. Production "
        "totalled 362,615 cars. China's BYD sold 416,388 cars in the same period. "
        "Temperatures reached 46.2C in Seville on Sunday. The previous June record of 45.2C "
        "was set in 1965."
    )
    figures = [f for check in check_text(source, claim).checks for f in check.figures]
    assert next(f for f in figures if f.text in claim.split(" by ")[1]).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Bitcoin has more than doubled this year.", S),  # 1 + 140% = 2.4 times
        ("Bitcoin has more than tripled this year.", U),
    ],
)
def test_a_rise_in_percent_is_a_multiple_of_where_it_started(claim: str, verdict: Verdict) -> None:
    source = "Bitcoin rose above $100,000. The cryptocurrency has gained about 140% this year."
    assert check_text(source, claim).checks[0].figures[0].verdict is verdict


def test_a_scale_made_an_ordinal_is_the_whole_figure() -> None:
    source = "At some point this year, the Zippo factory will churn out its 500 millionth lighter."
    assert _figure(source, "Zippo Closes In on 500M Lighters").verdict is S
    assert _figure(source, "Zippo Closes In on 400M Lighters").verdict is not S


@pytest.mark.parametrize(
    ("claim", "holds"),
    [
        ("At £71.6m, Kepa cost nearly twice as much as Courtois's £38m move.", True),  # 1.88
        ("At £71.6m, Kepa cost three times as much as Courtois's £38m move.", False),
        ("At £71.6m, Kepa cost more than twice as much as Courtois's £38m move.", False),
    ],
)
def test_a_multiple_told_between_two_of_the_claims_own_figures_is_their_ratio(
    claim: str, holds: bool
) -> None:
    source = (
        "Chelsea paid the £71.6million fee for Kepa Arrizabalaga. This follows the £38million "
        "move of Thibaut Courtois to Real Madrid."
    )
    [check] = check_text(source, claim).checks
    multiple = check.figures[1]
    assert (multiple.verdict is S) is holds, multiple
    if holds:
        assert multiple.computation == "£71.6m / £38m = 1.9 times"


@pytest.mark.parametrize(
    ("claim", "holds"),
    [
        ("Women Spend 3 Years of Life Shopping", True),  # 2 years + 10 months = 2.83 years
        ("Women spend 34 months shopping", True),
        ("Women Spend 4 Years of Life Shopping", False),
        ("Women spend 30 months shopping", False),
    ],
)
def test_a_span_told_in_two_units_side_by_side_is_one_span(claim: str, holds: bool) -> None:
    source = (
        "A survey finds that over a 63-year lifespan, the average woman will spend about 2 "
        "years and 10 months shopping. Men spend less."
    )
    figure = _figure(source, claim)
    assert (figure.verdict is S) is holds, figure
    if holds:
        assert figure.rule == "computed" and figure.computation.startswith("2 years + 10 months")


@pytest.mark.parametrize(
    ("claim", "holds"),
    [
        ("Almost 90% of US adults now have health insurance.", True),  # 100% - 11.9%
        ("Almost 80% of US adults now have health insurance.", False),
        ("Almost 90% of US adults now lack health insurance.", False),  # the same side
    ],
)
def test_the_rest_of_a_share_told_the_other_way_round(claim: str, holds: bool) -> None:
    source = (
        "The survey found that the share of adults who lack health insurance dropped to 11.9% "
        "for the first three months of this year."
    )
    figure = _figure(source, claim)
    assert (figure.verdict is S) is holds, figure
    if holds:
        assert figure.computation == "100% - 11.9% = 90%"


def test_a_fall_is_shown_as_the_drop_over_the_start() -> None:
    figure = _figure("Sales fell from $100 million to $80 million.", "Sales fell 20%.")
    assert figure.computation == "($100 million - $80 million) / $100 million = 20%"


def test_a_multiple_is_no_summand() -> None:
    source = (
        "Salsa has around four calories per tablespoon; creamy dips can pack over 10 times more "
        "calories than salsa."
    )
    assert _figure(source, "Salsa has around 14 calories per tablespoon.").verdict is not S
    assert _figure(source, "Salsa has about four calories per tablespoon.").verdict is S
    # nor is a sum of two figures a multiple: 12 is no "two tablespoons" + "10 times"
    mixed = "Mix two tablespoons of beans with salsa. " + source
    assert _figure(mixed, "Creamy dips pack over 12 times more calories.").verdict is not S


@pytest.mark.parametrize(
    ("source", "claim", "verdict"),
    [
        # "N times as many", "N times higher": a multiple, the "N-fold" of a summary
        ("Hospitals treated four times as many patients as last year.", "A fourfold rise.", S),
        ("Cases were almost 45 times higher than in 2022.", "Cases rose 45-fold.", S),
        ("Cases were almost 45 times higher than in 2022.", "Cases rose 54-fold.", U),
        ("The co-pilot was seven times the legal limit.", "Co-Pilot Was 7 Times Over Limit", S),
        # "four times a week" is how often, no multiple
        ("He trains four times a week.", "His training rose fourfold.", U),
    ],
)
def test_n_times_the_thing_is_a_multiple(source: str, claim: str, verdict: Verdict) -> None:
    assert _figure(source, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The group has 9 hotels.", S),
        ("The group has 10 hotels.", C),
    ],
)
def test_a_total_of_every_part_one_sentence_lists(claim: str, verdict: Verdict) -> None:
    source = "The group has 3 hotels in Paris, 2 in Rome and 4 in Madrid."
    figure = _figure(source, claim)
    assert figure.verdict is verdict, figure
    if verdict is S:
        assert figure.computation == "3 + 2 + 4 = 9"


def test_n_others_after_a_verb_are_other_people_not_one_more() -> None:
    source = "The gunman killed 12 people and injured 70 others in the theater."
    assert _figure(source, "He injured 70 people in the theater.").verdict is S


def test_a_change_from_a_figure_set_against_another() -> None:
    source = "The company earned 94 cents a share, compared with 77 cents a year earlier."
    figure = _figure(source, "Earnings rose 17 cents a share.")
    assert figure.verdict is S and figure.computation == "94 cents - 77 cents = 17 cents"
    assert _figure(source, "Earnings rose 27 cents a share.").verdict is not S


# Sources of the table below, one a principle
SOUGHT = "A judge sentenced Moore to seven years in prison. Prosecutors had sought 10 years."
CONTAINED = "The wildfire has burned 146,000 acres. It was 35% contained on Sunday."
RIFLES = "Authorities seized 96 firearms, including 31 assault rifles, in a two-week operation."
CASES = "Of the 3,248 cases, 584 were fatal."
STOCK = "The stock rose from $48.50 to $52.00."
POLL = "Labour is on 44% and the Conservatives are on 23%."
STATES = "California and 16 other states sued the administration over the rule."
SOLAR = "The country now has 18 gigawatts of solar capacity, up from 9 gigawatts in 2019."
ROUTE = "The route is expected to open in 2033, three years later than planned."
AIRLINE = (
    "Skyway Airlines carried 14.6 million passengers in the first quarter, and its load factor "
    "rose to 84.3% from 81.7%. The carrier will add 12 Airbus A321neo jets to its fleet of 148 "
    "aircraft by 2027."
)


# Arithmetic on the figures of one passage: one table, one line a case.
@pytest.mark.parametrize(
    ("source", "claim", "verdict"),
    [
        # a percent change keeps its direction and its base
        ("Sales fell from $100 million to $80 million.", "Sales fell 20%.", S),
        ("Sales fell from $120 million to $100 million.", "Sales fell about 17%.", S),
        ("Sales rose to $120 million from $100 million.", "Sales rose 20%.", S),
        # the change told as from one value to another has a direction and a base
        ("Sales fell from $100 million to $80 million.", "Sales rose 20%.", U),
        ("Sales fell from $120 million to $100 million.", "Sales fell 20%.", U),
        ("Sales rose from $100 million to $120 million.", "Sales fell 20%.", U),
        # a figure per something is computed from totals, never contradicted by them
        (
            "The school has 1,200 pupils and 60 teachers.",
            "The school has 20 pupils per teacher.",
            S,
        ),
        (
            "The tour sold 2 million tickets over 40 shows.",
            "It averaged 50,000 tickets per show.",
            S,
        ),
        (
            "The school has 1,200 pupils and 60 teachers.",
            "The school has 30 pupils per teacher.",
            U,
        ),
        # a figure that modifies another noun is no other value of a span the dates give
        (
            "He got a two-year suspended sentence for embezzling funds between 2016 and 2020.",
            "The embezzlement went on for four years.",
            S,
        ),
        (
            "He got a two-year suspended sentence for embezzling funds between 2016 and 2020.",
            "The embezzlement went on for five years.",
            C,
        ),
        # a percentage more or less than a level, from the share of it the article gives
        ("February had 168% of average rainfall.", "February had 68% more rain than average.", S),
        ("February had 168% of average rainfall.", "February had 68% less rain than average.", C),
        ("Reservoirs are at 60% of normal levels.", "Reservoirs are 40% below normal.", S),
        # a small difference the claim tells as one, after its figure
        (SOUGHT, "Moore got three years fewer than prosecutors had sought.", S),
        (SOUGHT, "Moore got four years fewer than prosecutors had sought.", C),
        # the size of a change from its two ends, one said with no noun of its own
        ("The court cut his sentence from 15 years to nine.", "It was reduced by six years.", S),
        ("The court cut his sentence from 15 years to nine.", "It was reduced by five years.", U),
        ("The bill raises the retirement age from 62 to 64.", "It lifts the age by two years.", S),
        # the margin of a result is its two sides apart
        ("The bill passed the Senate 68-32 on Tuesday.", "The bill passed by a 36-vote margin.", S),
        ("The bill passed the Senate 68-32 on Tuesday.", "The bill passed by a 26-vote margin.", U),
        ("The Chiefs beat the 49ers 25-22 in overtime.", "The Chiefs won by three points.", S),
        ("The bill passed the Senate 68-32 on Tuesday.", "The bill passed by 36 votes.", S),
        ("MPs approved the bill by 312 votes to 205.", "The bill passed, a majority of 107.", S),
        # a player's points are no other value of the margin; a count joined "by" is no margin
        (
            "The Celtics defeated the Heat 112-97, led by Jayson Tatum's 34 points.",
            "Boston won by 15 points.",
            S,
        ),
        (
            "The court ruled 6-3. Justice Park wrote a dissent joined by two colleagues.",
            "Park's dissent was joined by three colleagues.",
            C,
        ),
        # a share of a whole that opens its clause
        (CASES, "About 18% of the cases were fatal.", S),
        (CASES, "About 28% of the cases were fatal.", U),
        # a fraction in words, said roughly, of a whole and a part of it
        (RIFLES, "About a third of the seized weapons were assault rifles.", S),
        (RIFLES, "Nearly a third of the firearms were assault rifles.", S),
        (RIFLES, "More than a third of the firearms were assault rifles.", U),
        (RIFLES, "About half of the seized weapons were assault rifles.", U),
        # and of a percentage the article gives
        (CONTAINED, "The blaze is just over a third contained.", S),
        (CONTAINED, "The blaze is about a third contained.", S),
        (CONTAINED, "The blaze is less than a third contained.", C),
        (CONTAINED, "The blaze is two-thirds contained.", C),
        ("Deaths fell by 37% between 2010 and 2022.", "Deaths fell by more than a third.", S),
        ("The population grew 23% in a decade.", "The town grew by nearly a quarter.", S),
        ("The population grew 26% in a decade.", "The town grew by nearly a quarter.", C),
        # the size of a change from its two ends
        (STOCK, "The stock rose $3.50.", S),
        (STOCK, "The stock rose by $3.50 to $52.00.", S),
        (STOCK, "The stock rose $4.50.", U),
        (STOCK, "The stock was worth $3.50.", U),  # a level, not the size of the change
        # a lead in points between two percentages of one sentence
        (POLL, "Labour leads the Conservatives by 21 points.", S),
        (POLL, "Labour has a 21-point lead.", S),
        (POLL, "Labour leads the Conservatives by 12 points.", U),
        # N other things besides one named are N+1
        (STATES, "17 states sued the administration over the rule.", S),
        (STATES, "California and 16 other states sued over the rule.", S),
        (STATES, "16 states sued the administration over the rule.", U),  # besides California
        # a multiple runs from the value a change came from
        (SOLAR, "Solar capacity has doubled since 2019.", S),
        (SOLAR, "Solar capacity has tripled since 2019.", U),
        # a plan is the outcome less the delay
        (ROUTE, "The line was originally planned to open in 2030.", S),
        (ROUTE, "The line was originally planned to open in 2031.", C),
        (ROUTE, "The line is expected to open in 2030.", C),  # the plan taken for the outcome
        # a fleet of jets, aircraft and planes; a load factor
        (AIRLINE, "The airline's fleet will grow to 160 planes by 2027.", S),
        (AIRLINE, "The airline's fleet will grow to 170 planes by 2027.", C),
        (AIRLINE, "Its load factor improved 2.6 percentage points to 84.3%.", S),
    ],
)
def test_a_figure_computed_from_one_passage(source: str, claim: str, verdict: Verdict) -> None:
    figure = _figure(source, claim)
    assert figure.verdict is verdict, figure
