# ruff: noqa: E501  (the case tables keep one case per line, so a row reads as a whole)
"""parse_quantities and split_sentences: what news text writes, and what it means.

The main table names each quantity by its surface text inside a sentence and states every
field the checker relies on: value, kind, unit (the counted noun), currency, qualifier and
range bounds. Further tables cover names that merely contain numbers, scale and precision,
vague magnitudes, spans, and sentence splitting.
"""

from __future__ import annotations

import itertools
from decimal import Decimal, localcontext

import pytest

from factcheck.errors import FactcheckError, InputError
from factcheck.models import Qualifier, QuantityKind
from factcheck.quantities import parse_quantities, split_sentences

COUNT = QuantityKind.COUNT
MONEY = QuantityKind.MONEY
PCT = QuantityKind.PERCENT
PP = QuantityKind.PERCENTAGE_POINT
ORD = QuantityKind.ORDINAL
YEAR = QuantityKind.YEAR
DATE = QuantityKind.DATE
DUR = QuantityKind.DURATION
MEAS = QuantityKind.MEASURE

EXACT = Qualifier.EXACT
APPROX = Qualifier.APPROXIMATE
AT_MOST = Qualifier.AT_MOST
AT_LEAST = Qualifier.AT_LEAST
RANGE = Qualifier.RANGE

# (sentence, surface of the quantity, value, kind, unit, currency, qualifier, low, high)
CASES: list[tuple[str, str, str, QuantityKind, str | None, str | None, Qualifier, str | None, str | None]] = [
    # plain counts and thousands separators
    ("Ministers from 50 countries met.", "50", "50", COUNT, "country", None, EXACT, None, None),
    ("The UK sent 85,000 drones.", "85,000", "85000", COUNT, "drone", None, EXACT, None, None),
    ("The UK sent 85 000 drones.", "85 000", "85000", COUNT, "drone", None, EXACT, None, None),
    ("The UK sent 85\u00a0000 drones.", "85\u00a0000", "85000", COUNT, "drone", None, EXACT, None, None),
    ("The UK sent 85\u202f000 drones.", "85\u202f000", "85000", COUNT, "drone", None, EXACT, None, None),
    ("The UK sent 85\u2009000 drones.", "85\u2009000", "85000", COUNT, "drone", None, EXACT, None, None),
    ("The UK sent 85.000 drones.", "85.000", "85000", COUNT, "drone", None, EXACT, None, None),
    ("A total of 1.234.567 votes were cast.", "1.234.567", "1234567", COUNT, "vote", None, EXACT, None, None),
    ("The index stood at 2.300 on Monday.", "2.300", "2.3", COUNT, None, None, EXACT, None, None),
    ("Growth was 2.3 in the quarter.", "2.3", "2.3", COUNT, None, None, EXACT, None, None),
    ("About 1,250,000 people fled.", "1,250,000", "1250000", COUNT, "person", None, APPROX, None, None),
    ("He owns 3 houses.", "3", "3", COUNT, "house", None, EXACT, None, None),
    ("They built 40 bridges.", "40", "40", COUNT, "bridge", None, EXACT, None, None),
    ("Officials counted 12 crises.", "12", "12", COUNT, "crisis", None, EXACT, None, None),
    ("The firm hired 30 women and 20 men.", "30", "30", COUNT, "woman", None, EXACT, None, None),
    ("The firm hired 30 women and 20 men.", "20", "20", COUNT, "man", None, EXACT, None, None),
    ("Some 300 children were evacuated.", "300", "300", COUNT, "child", None, APPROX, None, None),
    ("The vote elected 12 MPs.", "12", "12", COUNT, "mp", None, EXACT, None, None),
    ("It had 1 drone left.", "1", "1", COUNT, "drone", None, EXACT, None, None),
    ("The army lost 40 heavy tanks.", "40", "40", COUNT, "tank", None, EXACT, None, None),
    ("It sold 10k units.", "10k", "10000", COUNT, "unit", None, EXACT, None, None),
    ("It has 5K employees.", "5K", "5000", COUNT, "employee", None, EXACT, None, None),
    ("The app has 3bn users.", "3bn", "3000000000", COUNT, "user", None, EXACT, None, None),
    ("About 1.5m people live there.", "1.5m", "1500000", COUNT, "person", None, APPROX, None, None),
    ("Some 2.3 million people voted.", "2.3 million", "2300000", COUNT, "person", None, APPROX, None, None),
    ("There are 2.3 mn voters.", "2.3 mn", "2300000", COUNT, "voter", None, EXACT, None, None),
    ("It holds 7tn in assets.", "7tn", "7000000000000", COUNT, None, None, EXACT, None, None),
    ("The city has 4M residents.", "4M", "4000000", COUNT, "resident", None, EXACT, None, None),
    # the counted noun across a list, with modifiers and acronyms
    ("Ukraine could build up to 20 million FPV, ISR, and other drones.", "20 million", "20000000", COUNT, "drone", None, AT_MOST, None, None),
    ("It could build 20 million FPV, ISR and other drones by 2026.", "20 million", "20000000", COUNT, "drone", None, EXACT, None, None),
    ("Nine Nordic and Baltic countries joined.", "Nine", "9", COUNT, "country", None, EXACT, None, None),
    ("He thanked them for sending 85,000 interceptor drones this year.", "85,000", "85000", COUNT, "drone", None, EXACT, None, None),
    ("It deployed 12 Leopard 2 tanks.", "12", "12", COUNT, "tank", None, EXACT, None, None),
    ("It will deliver 12 737 MAX 9 jets.", "12", "12", COUNT, "jet", None, EXACT, None, None),
    ("More than 50 missing, state media said.", "50", "50", COUNT, None, None, AT_LEAST, None, None),
    ("They left one terrified woman alive.", "one", "1", COUNT, "woman", None, EXACT, None, None),
    ("They will be held for 30 more days.", "30", "30", DUR, "day", None, EXACT, None, None),
    ("He lost around 4,000 reais.", "4,000 reais", "4000", MONEY, None, "BRL", APPROX, None, None),
    ("Over 50 were killed.", "50", "50", COUNT, None, None, AT_LEAST, None, None),
    ("They sent 300 personnel.", "300", "300", COUNT, "personnel", None, EXACT, None, None),
    ("He gave 40 tanks and 12, too.", "12", "12", COUNT, None, None, EXACT, None, None),
    # gapped clauses inherit what the first figure counts
    ("France will send 40 tanks and Italy 12.", "12", "12", COUNT, "tank", None, EXACT, None, None),
    ("France will send 40 tanks, the UK 14.", "14", "14", COUNT, "tank", None, EXACT, None, None),
    ("Germany gave $2bn and France 1.5bn.", "1.5bn", "1500000000", MONEY, None, "USD", EXACT, None, None),
    ("Germany gave $2bn, and France 15 drones.", "15", "15", COUNT, "drone", None, EXACT, None, None),
    # headlines write every word with a capital; figures with separators or scales still count
    ("UK Sends 85,000 Drones To Kyiv", "85,000", "85000", COUNT, "drone", None, EXACT, None, None),
    ("Ukraine Gets 20 Million More Shells", "20 Million", "20000000", COUNT, "shell", None, EXACT, None, None),
    ("Fifty Countries Meet In Brussels", "Fifty", "50", COUNT, "country", None, EXACT, None, None),
    ("Growth Hits 2.5% In October", "2.5%", "2.5", PCT, None, None, EXACT, None, None),
    # money: symbols, codes, words, scales
    ("Germany will give an additional $2.3 billion.", "$2.3 billion", "2300000000", MONEY, None, "USD", EXACT, None, None),
    ("Germany will give $2.3bn.", "$2.3bn", "2300000000", MONEY, None, "USD", EXACT, None, None),
    ("Germany will give US$2.3B.", "US$2.3B", "2300000000", MONEY, None, "USD", EXACT, None, None),
    ("Berlin pledged €2.3 billion.", "€2.3 billion", "2300000000", MONEY, None, "EUR", EXACT, None, None),
    ("Berlin pledged 2.3 billion euros.", "2.3 billion euros", "2300000000", MONEY, None, "EUR", EXACT, None, None),
    ("London pledged £500m.", "£500m", "500000000", MONEY, None, "GBP", EXACT, None, None),
    ("The budget is UAH 1.2 trillion.", "UAH 1.2 trillion", "1200000000000", MONEY, None, "UAH", EXACT, None, None),
    ("The budget is ₴1.2 trillion.", "₴1.2 trillion", "1200000000000", MONEY, None, "UAH", EXACT, None, None),
    ("The budget is 1.2 trillion hryvnias.", "1.2 trillion hryvnias", "1200000000000", MONEY, None, "UAH", EXACT, None, None),
    ("It costs USD 5 million.", "USD 5 million", "5000000", MONEY, None, "USD", EXACT, None, None),
    ("It costs 5 million USD.", "5 million USD", "5000000", MONEY, None, "USD", EXACT, None, None),
    ("It costs 500 million dollars.", "500 million dollars", "500000000", MONEY, None, "USD", EXACT, None, None),
    ("It costs 500 million US dollars.", "500 million US dollars", "500000000", MONEY, None, "USD", EXACT, None, None),
    ("Ottawa gave C$40 million.", "C$40 million", "40000000", MONEY, None, "CAD", EXACT, None, None),
    ("Canberra gave 40 million Australian dollars.", "40 million Australian dollars", "40000000", MONEY, None, "AUD", EXACT, None, None),
    ("A coffee costs $4.99.", "$4.99", "4.99", MONEY, None, "USD", EXACT, None, None),
    ("Stamps cost 99 cents.", "99 cents", "0.99", MONEY, None, "USD", EXACT, None, None),
    ("Bread costs 50p more.", "50p", "0.5", MONEY, None, "GBP", EXACT, None, None),
    ("The fine was £5.", "£5", "5", MONEY, None, "GBP", EXACT, None, None),
    ("The fine was 5 million pounds.", "5 million pounds", "5000000", MONEY, None, "GBP", EXACT, None, None),
    ("He paid 5 pounds sterling.", "5 pounds sterling", "5", MONEY, None, "GBP", EXACT, None, None),
    ("The yen fell to ¥150.", "¥150", "150", MONEY, None, "JPY", EXACT, None, None),
    ("China lent 3 billion yuan.", "3 billion yuan", "3000000000", MONEY, None, "CNY", EXACT, None, None),
    ("It cost 200 rupees.", "200 rupees", "200", MONEY, None, "INR", EXACT, None, None),
    ("The state spent Rs 500 crore.", "Rs 500 crore", "5000000000", MONEY, None, "INR", EXACT, None, None),
    ("The state spent Rs. 500 crore.", "Rs. 500 crore", "5000000000", MONEY, None, "INR", EXACT, None, None),
    ("The state spent ₹500 crore.", "₹500 crore", "5000000000", MONEY, None, "INR", EXACT, None, None),
    ("Farmers got 3 crore rupees.", "3 crore rupees", "30000000", MONEY, None, "INR", EXACT, None, None),
    ("Aid worth €750mn arrived.", "€750mn", "750000000", MONEY, None, "EUR", EXACT, None, None),
    ("Aid worth $1.2tn arrived.", "$1.2tn", "1200000000000", MONEY, None, "USD", EXACT, None, None),
    ("It raised $2b.", "$2b", "2000000000", MONEY, None, "USD", EXACT, None, None),
    ("It raised about $50m.", "$50m", "50000000", MONEY, None, "USD", APPROX, None, None),
    ("It raised nearly £1bn.", "£1bn", "1000000000", MONEY, None, "GBP", APPROX, None, None),
    ("It raised more than €3 billion.", "€3 billion", "3000000000", MONEY, None, "EUR", AT_LEAST, None, None),
    ("It costs 7 million zlotys.", "7 million zlotys", "7000000", MONEY, None, "PLN", EXACT, None, None),
    # South Asian scales
    ("Some 50 lakh people were vaccinated.", "50 lakh", "5000000", COUNT, "person", None, APPROX, None, None),
    ("Nearly 3 crore people voted.", "3 crore", "30000000", COUNT, "person", None, APPROX, None, None),
    ("It hired 2 lakhs workers.", "2 lakhs", "200000", COUNT, "worker", None, EXACT, None, None),
    # number words
    ("Fifty people came.", "Fifty", "50", COUNT, "person", None, EXACT, None, None),
    ("Only nine stayed.", "nine", "9", COUNT, None, None, EXACT, None, None),
    ("He bought a dozen eggs.", "a dozen", "12", COUNT, "egg", None, EXACT, None, None),
    ("He bought two dozen eggs.", "two dozen", "24", COUNT, "egg", None, EXACT, None, None),
    ("Half a million people watched.", "Half a million", "500000", COUNT, "person", None, EXACT, None, None),
    ("There were twenty-five tanks.", "twenty-five", "25", COUNT, "tank", None, EXACT, None, None),
    ("There were twenty five tanks.", "twenty five", "25", COUNT, "tank", None, EXACT, None, None),
    ("It had one hundred and fifty soldiers.", "one hundred and fifty", "150", COUNT, "soldier", None, EXACT, None, None),
    ("About three thousand people marched.", "three thousand", "3000", COUNT, "person", None, APPROX, None, None),
    ("It reached two million homes.", "two million", "2000000", COUNT, "home", None, EXACT, None, None),
    ("It reached one million homes.", "one million", "1000000", COUNT, "home", None, EXACT, None, None),
    ("One and a half million people fled.", "One and a half million", "1500000", COUNT, "person", None, EXACT, None, None),
    ("It reached a million homes.", "a million", "1000000", COUNT, "home", None, EXACT, None, None),
    ("It reached a hundred homes.", "a hundred", "100", COUNT, "home", None, EXACT, None, None),
    ("It reached zero homes.", "zero", "0", COUNT, "home", None, EXACT, None, None),
    ("Eleven states voted no.", "Eleven", "11", COUNT, "state", None, EXACT, None, None),
    # fractions
    ("Two-thirds of voters agreed.", "Two-thirds", "0.666667", COUNT, "fraction", None, EXACT, None, None),
    ("Two thirds of voters agreed.", "Two thirds", "0.666667", COUNT, "fraction", None, EXACT, None, None),
    ("A third of the budget went on defence.", "A third", "0.333333", COUNT, "fraction", None, EXACT, None, None),
    ("One third of the budget went on defence.", "One third", "0.333333", COUNT, "fraction", None, EXACT, None, None),
    ("Half of the budget went on defence.", "Half", "0.5", COUNT, "fraction", None, EXACT, None, None),
    ("A quarter of the budget went on defence.", "A quarter", "0.25", COUNT, "fraction", None, EXACT, None, None),
    ("Three-quarters of voters agreed.", "Three-quarters", "0.75", COUNT, "fraction", None, EXACT, None, None),
    ("Roughly two-fifths of firms agreed.", "two-fifths", "0.4", COUNT, "fraction", None, APPROX, None, None),
    ("Nearly a fifth of voters stayed home.", "a fifth", "0.2", COUNT, "fraction", None, APPROX, None, None),
    ("More than half of voters stayed home.", "half", "0.5", COUNT, "fraction", None, AT_LEAST, None, None),
    ("Half of voters stayed home.", "Half", "0.5", COUNT, "fraction", None, EXACT, None, None),
    ("One in five Americans agreed.", "One in five", "0.2", COUNT, "fraction", None, EXACT, None, None),
    ("About 1 in 10 voters agreed.", "1 in 10", "0.1", COUNT, "fraction", None, APPROX, None, None),
    ("Three in every four firms agreed.", "Three in every four", "0.75", COUNT, "fraction", None, EXACT, None, None),
    ("He scored 3 in 2024.", "3", "3", COUNT, None, None, EXACT, None, None),
    ("It rose 5 in 10 minutes.", "10 minutes", "10", DUR, "minute", None, EXACT, None, None),
    # ordinals
    ("It was the 31st meeting of the group.", "31st", "31", ORD, "meeting", None, EXACT, None, None),
    ("It was the third meeting of the group.", "third", "3", ORD, "meeting", None, EXACT, None, None),
    ("He signed a second memorandum.", "second", "2", ORD, "memorandum", None, EXACT, None, None),
    ("She finished 2nd in the race.", "2nd", "2", ORD, None, None, EXACT, None, None),
    ("It was the twenty-first summit.", "twenty-first", "21", ORD, "summit", None, EXACT, None, None),
    ("It is the 100th anniversary.", "100th", "100", ORD, "anniversary", None, EXACT, None, None),
    ("It was their third straight period of growth.", "third", "3", ORD, "period", None, EXACT, None, None),
    ("Third quarter net income rose.", "Third", "3", ORD, "quarter", None, EXACT, None, None),
    ("We expect second-quarter sales to rise.", "second", "2", ORD, "quarter", None, EXACT, None, None),
    ("The pleas were first reported by the Journal.", "first", "1", ORD, None, None, EXACT, None, None),
    ("Results for Q3 2020 were strong.", "Q3", "3", ORD, "quarter", None, EXACT, None, None),
    ("Results for Q3 2020 were strong.", "2020", "2020", YEAR, None, None, EXACT, None, None),
    ("Sales fell in H1.", "H1", "1", ORD, "half", None, EXACT, None, None),
    # percent and percentage points
    ("Prices rose 12% last year.", "12%", "12", PCT, None, None, EXACT, None, None),
    ("Prices rose 12 percent last year.", "12 percent", "12", PCT, None, None, EXACT, None, None),
    ("Prices rose 12 per cent last year.", "12 per cent", "12", PCT, None, None, EXACT, None, None),
    ("Prices rose 12 pc last year.", "12 pc", "12", PCT, None, None, EXACT, None, None),
    ("Prices rose 3.5% last year.", "3.5%", "3.5", PCT, None, None, EXACT, None, None),
    ("Prices rose twelve percent.", "twelve percent", "12", PCT, None, None, EXACT, None, None),
    ("Support fell 3 percentage points.", "3 percentage points", "3", PP, None, None, EXACT, None, None),
    ("Support fell 0.5 pp.", "0.5 pp", "0.5", PP, None, None, EXACT, None, None),
    ("Rates were cut by 25 basis points.", "25 basis points", "0.25", PP, None, None, EXACT, None, None),
    ("Turnout was almost 60%.", "60%", "60", PCT, None, None, APPROX, None, None),
    ("Between 20% and 30% of voters agreed.", "20% and 30%", "20", PCT, None, None, RANGE, "20", "30"),
    ("20%-30% of voters agreed.", "20%-30%", "20", PCT, None, None, RANGE, "20", "30"),
    ("5-7 per cent of voters agreed.", "5-7 per cent", "5", PCT, None, None, RANGE, "5", "7"),
    # a change "from X to Y" is two figures, not a range
    ("Inflation rose from 5% to 7%.", "5%", "5", PCT, None, None, EXACT, None, None),
    ("Inflation rose from 5% to 7%.", "7%", "7", PCT, None, None, EXACT, None, None),
    # dates and years
    ("They met on October 15 in Brussels.", "October 15", "1015", DATE, None, None, EXACT, None, None),
    ("They met on 15 October 2025.", "15 October 2025", "20251015", DATE, None, None, EXACT, None, None),
    ("They met on Oct. 15 in Brussels.", "Oct. 15", "1015", DATE, None, None, EXACT, None, None),
    ("They met on October 15, 2025, in Brussels.", "October 15, 2025", "20251015", DATE, None, None, EXACT, None, None),
    ("They met on the 15th of October.", "15th of October", "1015", DATE, None, None, EXACT, None, None),
    ("They met on 15th October.", "15th October", "1015", DATE, None, None, EXACT, None, None),
    ("They met in October 2025.", "October 2025", "20251000", DATE, None, None, EXACT, None, None),
    ("They met on 2025-10-15.", "2025-10-15", "20251015", DATE, None, None, EXACT, None, None),
    ("They met on May 5.", "May 5", "505", DATE, None, None, EXACT, None, None),
    ("They met on Sept. 3, 2024.", "Sept. 3, 2024", "20240903", DATE, None, None, EXACT, None, None),
    ("By 2026 the country could build more.", "2026", "2026", YEAR, None, None, AT_MOST, None, None),
    ("In 2024 the country built more.", "2024", "2024", YEAR, None, None, EXACT, None, None),
    ("The 2024 elections were close.", "2024", "2024", YEAR, None, None, EXACT, None, None),
    ("Ukraine's 2024 budget was large.", "2024", "2024", YEAR, None, None, EXACT, None, None),
    ("EPS rose 16.3% from 2019 levels.", "2019", "2019", YEAR, None, None, EXACT, None, None),
    ("We expect fiscal 2022 second-quarter sales to rise.", "2022", "2022", YEAR, None, None, EXACT, None, None),
    ("It peaked in mid-2024.", "2024", "2024", YEAR, None, None, EXACT, None, None),
    ("It was popular in the 1990s.", "1990s", "1990", YEAR, None, None, RANGE, "1990", "1999"),
    ("It was popular in the 1990's.", "1990's", "1990", YEAR, None, None, RANGE, "1990", "1999"),
    ("Plague struck in the 1300s.", "1300s", "1300", YEAR, None, None, RANGE, "1300", "1399"),
    ("It was built in the 2000s.", "2000s", "2000", YEAR, None, None, RANGE, "2000", "2009"),
    ("The 2024-25 season starts soon.", "2024-25", "2024", YEAR, None, None, RANGE, "2024", "2025"),
    ("The 2024/25 season starts soon.", "2024/25", "2024", YEAR, None, None, RANGE, "2024", "2025"),
    ("He led them in 1963/1964.", "1963/1964", "1963", YEAR, None, None, RANGE, "1963", "1964"),
    ("The 1999/00 season ended.", "1999/00", "1999", YEAR, None, None, RANGE, "1999", "2000"),
    ("The war lasted from 2014 to 2022.", "2014 to 2022", "2014", YEAR, None, None, RANGE, "2014", "2022"),
    ("Some 1500 troops arrived.", "1500", "1500", COUNT, "troop", None, APPROX, None, None),
    ("They sent 1500 troops.", "1500", "1500", COUNT, "troop", None, EXACT, None, None),
    # ranges
    ("Between 20 and 30 people died.", "20 and 30", "20", COUNT, "person", None, RANGE, "20", "30"),
    ("It will take 20-30 drones.", "20-30", "20", COUNT, "drone", None, RANGE, "20", "30"),
    ("It will take 20–30 drones.", "20–30", "20", COUNT, "drone", None, RANGE, "20", "30"),
    ("It will take 20 – 30 drones.", "20 – 30", "20", COUNT, "drone", None, RANGE, "20", "30"),
    ("It will take from 20 to 30 ships.", "20 to 30", "20", COUNT, "ship", None, RANGE, "20", "30"),
    ("It will take 20 to 30 ships.", "20 to 30", "20", COUNT, "ship", None, RANGE, "20", "30"),
    ("It needs two to three weeks.", "two to three weeks", "2", DUR, "week", None, RANGE, "2", "3"),
    ("They waited 2-3 days.", "2-3 days", "2", DUR, "day", None, RANGE, "2", "3"),
    ("A $20-30 billion package.", "$20-30 billion", "20000000000", MONEY, None, "USD", RANGE, "20000000000", "30000000000"),
    ("A $2bn-$3bn package.", "$2bn-$3bn", "2000000000", MONEY, None, "USD", RANGE, "2000000000", "3000000000"),
    ("Some 20 million to 30 million people.", "20 million to 30 million", "20000000", COUNT, "person", None, RANGE, "20000000", "30000000"),
    ("Between 20,000 and 30,000 troops.", "20,000 and 30,000", "20000", COUNT, "troop", None, RANGE, "20000", "30000"),
    # qualifiers
    ("Up to 50 drones were sent.", "50", "50", COUNT, "drone", None, AT_MOST, None, None),
    ("More than 50 drones were sent.", "50", "50", COUNT, "drone", None, AT_LEAST, None, None),
    ("Over 50 drones were sent.", "50", "50", COUNT, "drone", None, AT_LEAST, None, None),
    ("At least 50 drones were sent.", "50", "50", COUNT, "drone", None, AT_LEAST, None, None),
    ("Nearly 50 drones were sent.", "50", "50", COUNT, "drone", None, APPROX, None, None),
    ("Almost 50 drones were sent.", "50", "50", COUNT, "drone", None, APPROX, None, None),
    ("About 50 drones were sent.", "50", "50", COUNT, "drone", None, APPROX, None, None),
    ("Around 50 drones were sent.", "50", "50", COUNT, "drone", None, APPROX, None, None),
    ("Roughly 50 drones were sent.", "50", "50", COUNT, "drone", None, APPROX, None, None),
    ("Some 50 drones were sent.", "50", "50", COUNT, "drone", None, APPROX, None, None),
    ("An estimated 50 drones were sent.", "50", "50", COUNT, "drone", None, APPROX, None, None),
    ("As many as 300 people died.", "300", "300", COUNT, "person", None, AT_MOST, None, None),
    ("Fewer than 50 drones were sent.", "50", "50", COUNT, "drone", None, AT_MOST, None, None),
    ("Less than 50 drones were sent.", "50", "50", COUNT, "drone", None, AT_MOST, None, None),
    ("Under 50 drones were sent.", "50", "50", COUNT, "drone", None, AT_MOST, None, None),
    ("Exactly 50 drones were sent.", "50", "50", COUNT, "drone", None, EXACT, None, None),
    ("They sent 50+ drones.", "50+", "50", COUNT, "drone", None, AT_LEAST, None, None),
    ("They sent 50 or more drones.", "50 or more", "50", COUNT, "drone", None, AT_LEAST, None, None),
    ("They sent 50-odd drones.", "50-odd", "50", COUNT, "drone", None, APPROX, None, None),
    ("They sent about 5,000-strong forces.", "5,000-strong", "5000", COUNT, None, None, APPROX, None, None),
    # multipliers
    ("Earnings were roughly double the prior-year level.", "double", "2", COUNT, "fold", None, APPROX, None, None),
    ("Earnings were roughly two-fold the prior-year level.", "two-fold", "2", COUNT, "fold", None, APPROX, None, None),
    ("Sales doubled in a year.", "doubled", "2", COUNT, "fold", None, EXACT, None, None),
    ("Exports tripled since 2019.", "tripled", "3", COUNT, "fold", None, EXACT, None, None),
    ("It is twice as large.", "twice", "2", COUNT, "fold", None, EXACT, None, None),
    ("It saw a threefold increase.", "threefold", "3", COUNT, "fold", None, EXACT, None, None),
    ("It saw a 10-fold increase.", "10-fold", "10", COUNT, "fold", None, EXACT, None, None),
    # durations and measures
    ("The deal runs for three years.", "three years", "3", DUR, "year", None, EXACT, None, None),
    ("Talks lasted 48 hours.", "48 hours", "48", DUR, "hour", None, EXACT, None, None),
    ("They signed a three-year deal.", "three-year", "3", DUR, "year", None, EXACT, None, None),
    ("A 45-year-old man was held.", "45-year-old", "45", DUR, "year", None, EXACT, None, None),
    ("It took half an hour.", "half an hour", "30", DUR, "minute", None, EXACT, None, None),
    ("Winds of up to about 240 km/h hit.", "240 km/h", "240", MEAS, "km/h", None, AT_MOST, None, None),
    ("It cut rates by a quarter point.", "a quarter point", "0.25", PP, None, None, EXACT, None, None),
    ("It made a half-point cut.", "a half-point", "0.5", PP, None, None, EXACT, None, None),
    ("It took nearly half an hour.", "half an hour", "30", DUR, "minute", None, APPROX, None, None),
    ("Two and a half years later it ended.", "Two and a half years", "2.5", DUR, "year", None, EXACT, None, None),
    ("The road is 5 km long.", "5 km", "5", MEAS, "km", None, EXACT, None, None),
    # an earthquake's magnitude is a measure of its own, never a count
    ("One aftershock had a magnitude of 5.2.", "5.2", "5.2", MEAS, "magnitude", None, EXACT, None, None),
    ("The magnitude-4.8 quake struck at dawn.", "4.8", "4.8", MEAS, "magnitude", None, EXACT, None, None),
    ("A 5.2-magnitude quake hit.", "5.2-magnitude", "5.2", MEAS, "magnitude", None, EXACT, None, None),
    ("It measured 6.3 on the Richter scale.", "6.3", "6.3", MEAS, "magnitude", None, EXACT, None, None),
    ("A 7.0 earthquake hit Haiti.", "7.0", "7", MEAS, "magnitude", None, EXACT, None, None),
    ("The 11,000 square foot suite opens.", "11,000 square foot", "11000", MEAS, "ft2", None, EXACT, None, None),
    ("A 2,000-square-foot home.", "2,000-square-foot", "2000", MEAS, "ft2", None, EXACT, None, None),
    ("It has 5,000 sq. ft. of roof.", "5,000 sq. ft.", "5000", MEAS, "ft2", None, EXACT, None, None),
    ("A 300-square-metre flat.", "300-square-metre", "300", MEAS, "m2", None, EXACT, None, None),
    ("The road is 5km long.", "5km", "5", MEAS, "km", None, EXACT, None, None),
    ("It ran a 5-km race.", "5-km", "5", MEAS, "km", None, EXACT, None, None),
    ("The front is 300 miles long.", "300 miles", "300", MEAS, "mile", None, EXACT, None, None),
    ("It was 30 degrees outside.", "30 degrees", "30", MEAS, "degree", None, EXACT, None, None),
    ("It was 30C outside.", "30C", "30", MEAS, "celsius", None, EXACT, None, None),
    ("It was 30°C outside.", "30°C", "30", MEAS, "celsius", None, EXACT, None, None),
    ("The shell weighed 2.5 tonnes.", "2.5 tonnes", "2.5", MEAS, "tonne", None, EXACT, None, None),
    ("He weighed 200 pounds.", "200 pounds", "200", MEAS, "lb", None, EXACT, None, None),
    ("Drink 13–17 ounces of water.", "13–17 ounces", "13", MEAS, "oz", None, RANGE, "13", "17"),
    ("She won the 100m sprint.", "100m", "100", MEAS, "m", None, EXACT, None, None),
    ("She won the women's 1500m in Paris.", "1500m", "1500", MEAS, "m", None, EXACT, None, None),
    ("He took the 10,000m title.", "10,000m", "10000", MEAS, "m", None, EXACT, None, None),
    ("She lowered her 1,500m world record.", "1,500m", "1500", MEAS, "m", None, EXACT, None, None),
    ("Lund ran 12:48.05 at 5000m.", "5000m", "5000", MEAS, "m", None, EXACT, None, None),
    ("The 100m people it reached.", "100m", "100000000", COUNT, "person", None, EXACT, None, None),
    # a running clock: minutes and seconds with hundredths, or hours, minutes and seconds
    ("She won in 3:49.04 on Friday.", "3:49.04", "229.04", DUR, "second", None, EXACT, None, None),
    ("He clocked 2:03:23 in Berlin.", "2:03:23", "7403", DUR, "second", None, EXACT, None, None),
    ("It burned 1,200 hectares.", "1,200 hectares", "1200", MEAS, "hectare", None, EXACT, None, None),
    ("The plant makes 300 MW.", "300 MW", "300", MEAS, "MW", None, EXACT, None, None),
    ("It flew at 500 mph.", "500 mph", "500", MEAS, "mph", None, EXACT, None, None),
    # negative numbers
    ("It fell to -5 overnight.", "-5", "-5", COUNT, None, None, EXACT, None, None),
    ("It fell to minus 5 degrees.", "minus 5 degrees", "-5", MEAS, "degree", None, EXACT, None, None),
    ("a margin of plus or minus 3.8 points", "3.8", "3.8", COUNT, "point", None, EXACT, None, None),
    ("Growth was −0.3% in May.", "−0.3%", "-0.3", PCT, None, None, EXACT, None, None),
    # vague magnitudes
    ("It cost millions of dollars.", "millions of dollars", "2000000", MONEY, None, "USD", RANGE, "2000000", "999999999"),
    ("Billions were lost.", "Billions", "2000000000", COUNT, None, None, RANGE, "2000000000", "999999999999"),
    ("Dozens of drones fell.", "Dozens", "24", COUNT, "drone", None, RANGE, "24", "99"),
    ("Hundreds of people fled.", "Hundreds", "200", COUNT, "person", None, RANGE, "200", "999"),
    ("Thousands of people fled.", "Thousands", "2000", COUNT, "person", None, RANGE, "2000", "999999"),
    ("Tens of thousands of people fled.", "Tens of thousands", "20000", COUNT, "person", None, RANGE, "20000", "99999"),
    ("Hundreds of thousands fled.", "Hundreds of thousands", "200000", COUNT, None, None, RANGE, "200000", "999999"),
    ("A handful of states objected.", "A handful", "2", COUNT, "state", None, RANGE, "2", "9"),
    ("Inflation is in double digits.", "double digits", "10", COUNT, None, None, RANGE, "10", "99"),
    ("Growth in the mid-single digits.", "mid-single digits", "4", COUNT, None, None, RANGE, "4", "6"),
    ("Several hundred troops arrived.", "Several hundred", "200", COUNT, "troop", None, RANGE, "200", "999"),
    ("It cost billions of euros.", "billions of euros", "2000000000", MONEY, None, "EUR", RANGE, "2000000000", "999999999999"),
    # a bound the parser owns even with an article or a verb between it and the figure
    ("Buyers got more than a $147 saving.", "$147", "147", MONEY, None, "USD", AT_LEAST, None, None),
    ("Buyers got a $147 saving.", "$147", "147", MONEY, None, "USD", EXACT, None, None),
    # "by half", "in half": a fraction (never "half-time" or "half-year")
    ("It cut the mass by half.", "half", "0.5", COUNT, "fraction", None, EXACT, None, None),
    # data rates
    ("It plays MP3s at 256kbps.", "256kbps", "256", MEAS, "kbps", None, EXACT, None, None),
    ("A 5 Mbps line.", "5 Mbps", "5", MEAS, "Mbps", None, EXACT, None, None),
    # a currency written capitalised after the figure ("RRP: 49.95 Euro")
    ("RRP: 49.95 Euro (£40).", "49.95 Euro", "49.95", MONEY, None, "EUR", EXACT, None, None),
    # a range written with hyphens
    ("Symptoms come after one-to-seven days.", "one-to-seven days", "1", DUR, "day", None, RANGE, "1", "7"),
    # a part of a percent is a percent below one
    ("GDP fell by a quarter of a percent.", "a quarter of a percent", "0.25", PCT, None, None, EXACT, None, None),
    ("Rates rose half a percentage point.", "half a percentage point", "0.5", PP, None, None, EXACT, None, None),
    # "twice as" is a multiple only before a comparison ("twice as high"), not a clause
    ("Prices are twice as high as last year.", "twice", "2", COUNT, "fold", None, EXACT, None, None),
    # an adjective before the counted noun is not the noun
    ("Together they form one giant spider.", "one", "1", COUNT, "spider", None, EXACT, None, None),
    ("They saw two different works.", "two", "2", COUNT, "work", None, EXACT, None, None),
    ("It was less than a 1% chance.", "1%", "1", PCT, None, None, AT_MOST, None, None),
    ("Costs we expect to exceed 10% this year.", "10%", "10", PCT, None, None, AT_LEAST, None, None),
    ("Orders exceeded 5,000 units.", "5,000", "5000", COUNT, "unit", None, AT_LEAST, None, None),
    ("Users surpassed 1 million.", "1 million", "1000000", COUNT, None, None, AT_LEAST, None, None),
    ("Users reached 1 million.", "1 million", "1000000", COUNT, None, None, EXACT, None, None),
    ("He was jailed for more than a year.", "a year", "1", DUR, "year", None, AT_LEAST, None, None),
    ("It took at least a week.", "a week", "1", DUR, "week", None, AT_LEAST, None, None),
    ("The talks lasted nearly a decade.", "a decade", "1", DUR, "decade", None, APPROX, None, None),
    ("They last toured a quarter century ago.", "a quarter century", "25", DUR, "year", None, EXACT, None, None),
    ("It took a quarter of a century.", "a quarter of a century", "25", DUR, "year", None, EXACT, None, None),
    # "at least" before a range stays with the checker: the range keeps qualifier RANGE
    ("Savers need at least 25 to 30 times their costs.", "25 to 30", "25", COUNT, "fold", None, RANGE, "25", "30"),
    # "up" that belongs to the verb: "top up to 80%" reaches 80%, no bound
    ("It can top up to 80% in half an hour.", "80%", "80", PCT, None, None, EXACT, None, None),
    ("The toll was revised up to 45.", "45", "45", COUNT, None, None, EXACT, None, None),
    ("Unemployment edged up to 3.9%.", "3.9%", "3.9", PCT, None, None, EXACT, None, None),
    ("It recalled 2021-2023 model years.", "2021-2023", "2021", YEAR, None, None, RANGE, "2021", "2023"),
    ("It covers 2021 to 2023 models.", "2021 to 2023", "2021", YEAR, None, None, RANGE, "2021", "2023"),
    ("The toll has gone up to 45.", "45", "45", COUNT, None, None, EXACT, None, None),
    ("The car can go up to 120 mph.", "120 mph", "120", MEAS, "mph", None, AT_MOST, None, None),
    ("Output was ramped up to 5,000 a week.", "5,000", "5000", COUNT, None, None, EXACT, None, None),
    # units glued to digits
    ("It promises 355 horsepower.", "355 horsepower", "355", MEAS, "hp", None, EXACT, None, None),
    ("A 250bhp engine.", "250bhp", "250", MEAS, "hp", None, EXACT, None, None),
    ("It makes 414 lb-ft of torque.", "414 lb-ft", "414", MEAS, "lb-ft", None, EXACT, None, None),
    ("Amazon sells the MacBook 256GB for less.", "256GB", "256", MEAS, "GB", None, EXACT, None, None),
    ("Screens refresh at up to 120Hz.", "120Hz", "120", MEAS, "Hz", None, AT_MOST, None, None),
    ("The radio uses the 2.4 GHz band.", "2.4 GHz", "2.4", MEAS, "GHz", None, EXACT, None, None),
    ("A 3GHz chip runs it.", "3GHz", "3", MEAS, "GHz", None, EXACT, None, None),
    ("It streams at 60fps.", "60fps", "60", MEAS, "fps", None, EXACT, None, None),
    ("It ships with 500GB of storage.", "500GB", "500", MEAS, "GB", None, EXACT, None, None),
    ("It ships with a 2TB drive.", "2TB", "2", MEAS, "TB", None, EXACT, None, None),
    ("He got a $4K bonus.", "$4K", "4000", MONEY, None, "USD", EXACT, None, None),
]


def _find(text: str, surface: str):
    found = [q for q in parse_quantities(text) if q.text == surface]
    assert len(found) == 1, (surface, [q.text for q in parse_quantities(text)])
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "value", "kind", "unit", "currency", "qualifier", "low", "high"),
    CASES,
    ids=[f"{i}:{case[1]}" for i, case in enumerate(CASES)],
)
def test_reads_quantity(
    text: str,
    surface: str,
    value: str,
    kind: QuantityKind,
    unit: str | None,
    currency: str | None,
    qualifier: Qualifier,
    low: str | None,
    high: str | None,
) -> None:
    q = _find(text, surface)
    assert q.value == Decimal(value)
    assert q.kind is kind
    assert q.unit == unit
    assert q.currency == currency
    assert q.qualifier is qualifier
    assert q.low == (Decimal(low) if low is not None else None)
    assert q.high == (Decimal(high) if high is not None else None)
    assert text[q.span[0] : q.span[1]] == q.text


# Numbers inside names, times of day, phone numbers: not quantities (scores are: see SCORES).
NOT_QUANTITIES = [
    "The group, sometimes called the Nordic-Baltic Eight, met.",
    "The Big Four audit firms were fined.",
    "Apollo 11, Gemini 4: the missions compared.",  # names, not a roundup's score line
    "Leaders of the G7 and the G20 met.",
    "COVID-19 cases rose.",
    "A Boeing 737 landed.",
    "Pilots trained on F-16 jets.",
    "It runs Windows 11 now.",
    "She bought an iPhone 15 yesterday.",
    "He loves Formula One racing.",
    "Apollo 11 landed on the Moon.",
    "It joined the Fortune 500 list.",
    "The S&P 500 index fell.",
    "NATO's Article 5 applies.",
    "They drove along Route 66 for fun.",
    "They met at 10:30 in the morning.",
    "They met at 10:30:15 sharp.",
    "They met at 6am.",
    "They met at 6 p.m. sharp.",
    "Call +44 20 7946 0958 for help.",
    "The toddler called 911 for help.",  # a number to dial
    "The 999 call was logged at dawn.",
    "Support is open 24/7 for users.",
    "Operators built 5G networks.",
    "Artists use 3D printing.",
    "Flight MH17 was shot down.",
    "Airbus delivered an A320neo.",
    "One of the biggest firms left.",
    "No one came.",
    "In World War Two many died.",
    "It streams at 1080p.",
    "It streams 4K video on 8K TVs.",
    "Take-Two Interactive makes games.",
    "It ships as version 2.3.4 today.",
    "The Jets are 3-0-2 this season.",
    "He was diagnosed with Type 1 diabetes.",
    "The Department of Labor said so.",
    "He won the men's doubles with a double agent on a double-decker bus.",
    # model numbers and index names: names with numbers
    "Boeing 787-9 jets were grounded.",
    "The airline flies the A350-900 to Sydney.",
    "The 787-9 was late again.",
    "The Boeing 737 MAX 8 was grounded.",
    "The FTSE 100 closed higher.",
    "FTSE 100 shares closed higher.",
    "The Nasdaq 100 and the Russell 2000 rose.",
    "Stocks in the S&P 500 rallied.",
    "Shops stay open 24-7 now.",
    "Boeing 737-800 jets were grounded.",
    "Read Psalm 23-24 aloud.",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_names_times_and_scores_are_not_quantities(text: str) -> None:
    assert [q.text for q in parse_quantities(text)] == []


# Misreadings reported by the checker, each with a neighbour that must stay as it is: every
# quantity the sentence holds, as (surface, value, kind, unit, currency), and nothing else.
WHOLE_SENTENCES: list[tuple[str, list[tuple[str, str, QuantityKind, str | None, str | None]]]] = [
    # a plain number after a capitalised word: a figure when it counts something
    ("France will send 40 tanks and Italy 12.", [("40", "40", COUNT, "tank", None), ("12", "12", COUNT, "tank", None)]),
    ("He is now Castellan 11 points clear at the top.", [("11", "11", COUNT, "point", None)]),
    ("Ashley Cathon scored 6 points.", [("6", "6", COUNT, "point", None)]),
    ("Ashley Cathon 6 points, Jones 4 points.", [("6", "6", COUNT, "point", None), ("4", "4", COUNT, "point", None)]),
    ("He told Reuters 50 people had died.", [("50", "50", COUNT, "person", None)]),
    # "twice" is no multiple before a clause or "in": "scored twice as Minnesota beat Buffalo"
    ("Parise scored twice as Minnesota beat Buffalo.", []),
    ("He scored twice in the game.", []),
    ("Spain led by half-time.", []),
    ("The officer shot Laquan McDonald 16 times.", [("16", "16", COUNT, "time", None)]),
    ("He sold 12 Leopard 2 tanks.", [("12", "12", COUNT, "tank", None)]),
    ("A Boeing 737 landed.", []),
    ("Boeing 737 jets were grounded.", []),
    ("Apollo 11 astronauts landed.", []),
    ("Windows 11 users complained.", []),
    ("Route 66 motels closed.", []),
    ("Article 5 guarantees apply.", []),
    ("The G7 leaders met.", []),
    ("F-16 pilots trained.", []),
    ("iPhone 15 buyers queued.", []),
    ("He loves Formula One racing.", []),
    ("The Big Four firms were fined.", []),
    ("The Fortune 500 companies were named.", []),
    ("COVID 19 cases rose.", []),
    ("World Cup 2022 matches sold out.", []),
    ("The Red Dead Redemption 2 port attempts to run.", []),
    ("The showroom at Corso Monforte 15 features a light show.", []),
    ("Sec. 230 protects platforms.", []),
    ("They met at No. 10 Downing Street.", []),
    # a number word opening a sentence, whatever comes before it
    ("Fourteen of them were arrested.", [("Fourteen", "14", COUNT, None, None)]),
    ("Police said… Fourteen of them were arrested.", [("Fourteen", "14", COUNT, None, None)]),
    ("- Fourteen of them were arrested.", [("Fourteen", "14", COUNT, None, None)]),
    ("'Fourteen of them were arrested,' he said.", [("Fourteen", "14", COUNT, None, None)]),
    ("Ocean's Eleven was remade.", []),
    ("The jet was in Dublin. Fourteen of them were back by Sunday.", [("Fourteen", "14", COUNT, None, None)]),
    ("The jet was in Dublin. 14 of them were back by Sunday.", [("14", "14", COUNT, None, None)]),
    # "thirty-second" is the 32nd; "a thirty-second advert" lasts 30 seconds
    ("It was the thirty-second meeting.", [("thirty-second", "32", ORD, "meeting", None)]),
    ("She finished thirty-second in the race.", [("thirty-second", "32", ORD, None, None)]),
    ("It ran a thirty-second advert.", [("thirty-second", "30", DUR, "second", None)]),
    ("It lasted thirty seconds.", [("thirty seconds", "30", DUR, "second", None)]),
    ("Sales rose in the 2022 second-quarter results.", [("2022", "2022", YEAR, None, None), ("second", "2", ORD, "quarter", None)]),
    ("The clock ran for 2022 seconds.", [("2022 seconds", "2022", DUR, "second", None)]),
    # quarters and halves of a year, then the year
    ("Revenue rose in Q3 2020.", [("Q3", "3", ORD, "quarter", None), ("2020", "2020", YEAR, None, None)]),
    ("Q3 2020 revenue rose 5%.", [("Q3", "3", ORD, "quarter", None), ("2020", "2020", YEAR, None, None), ("5%", "5", PCT, None, None)]),
    ("H1 2024 sales fell.", [("H1", "1", ORD, "half", None), ("2024", "2024", YEAR, None, None)]),
    # a space-grouped number followed by a name is a count, then a model name
    ("It will deliver 12 737 MAX 9 jets.", [("12", "12", COUNT, "jet", None)]),
    ("It ordered 12 737 MAX 9.", [("12", "12", COUNT, None, None)]),
    ("Boeing delivered 40 787-9 jets.", [("40", "40", COUNT, "jet", None)]),
    ("Air New Zealand is buying eight 787-9s.", [("eight", "8", COUNT, None, None)]),
    # a tally right after another in one sentence is a tally; a model after "a" is a model
    (
        "The bill passed the Senate 68-32 and the House 220-210.",
        [
            ("68-32", "68", QuantityKind.SCORE, None, None),
            ("220-210", "220", QuantityKind.SCORE, None, None),
        ],
    ),
    ("He flew a 787-9 and a 777-300.", []),
    # a change in points, then the level it reached: two figures, no range
    (
        "Its load factor improved 2.6 percentage points to 84.3%.",
        [("2.6 percentage points", "2.6", PP, None, None), ("84.3%", "84.3", PCT, None, None)],
    ),
    ("The UK sent 85 000 drones.", [("85 000", "85000", COUNT, "drone", None)]),
    # South Asian digit grouping
    ("The scheme costs Rs 3,12,000 a year.", [("Rs 3,12,000", "312000", MONEY, None, "INR")]),
    ("It reached 1,50,00,000 people.", [("1,50,00,000", "15000000", COUNT, "person", None)]),
    ("It reached 1,234,567 people.", [("1,234,567", "1234567", COUNT, "person", None)]),
    # a month alone is a date only where something dates it
    ("The vote is due in October.", [("October", "1000", DATE, None, None)]),
    ("Prices fell last March.", [("March", "300", DATE, None, None)]),
    ("Prices will rise next May.", [("May", "500", DATE, None, None)]),
    ("The plant has been shut since June.", [("June", "600", DATE, None, None)]),
    ("Rain is due by mid-July.", [("July", "700", DATE, None, None)]),
    ("A student fell ill in early February.", [("February", "200", DATE, None, None)]),
    ("Talks resume in October 2025.", [("October 2025", "20251000", DATE, None, None)]),
    ("Protesters March on the capital.", []),
    ("The March on Washington drew crowds.", []),
    ("Women's March organisers met.", []),
    ("He may resign.", []),
    ("Theresa May spoke.", []),
    ("After May spoke, MPs left.", []),
    ("It was unveiled in May's budget.", []),
    # "a fifth": a fraction, unless it ranks something
    ("It spent a fifth of the budget.", [("a fifth", "0.2", COUNT, "fraction", None)]),
    ("Output fell by a fifth.", [("a fifth", "0.2", COUNT, "fraction", None)]),
    ("A fifth was lost.", [("A fifth", "0.2", COUNT, "fraction", None)]),
    ("Output fell by a quarter.", [("a quarter", "0.25", COUNT, "fraction", None)]),
    ("It won the fifth round.", [("fifth", "5", ORD, "round", None)]),
    ("He won a fifth term.", [("fifth", "5", ORD, "term", None)]),
    ("Regulators fined the Big Four firms and a fifth, smaller firm.", [("fifth", "5", ORD, None, None)]),
    ("I am a few clicks away from owning a third.", [("third", "3", ORD, None, None)]),
    ("The band will tour for the first time in nearly a quarter century.", [("first", "1", ORD, "time", None), ("a quarter century", "25", DUR, "year", None)]),
    ("He waited an hour and a half.", []),
    # the counted noun never comes from the next clause
    ("More than 50 missing, state media reported.", [("50", "50", COUNT, None, None)]),
    ("At least 50 dead and 20 missing, state media reported.", [("50", "50", COUNT, None, None), ("20", "20", COUNT, None, None)]),
    ("50 cars burned, state media reported.", [("50", "50", COUNT, "car", None)]),
    # a video resolution is not money; a price is
    ("It streams 1080p video.", []),
    # a resolution and a network generation are names; the refresh rate is a measure
    ("The 4K screen runs at 120Hz on 5G.", [("120Hz", "120", MEAS, "Hz", None)]),
    # "a year" is a figure only after a bound: a rate, a time ago and a period are not
    ("It earns $5bn a year, a year ago it was over a year behind.", [("$5bn", "5000000000", MONEY, None, "USD")]),
    ("It costs $1080.", [("$1080", "1080", MONEY, None, "USD")]),
]


@pytest.mark.parametrize(("text", "expected"), WHOLE_SENTENCES, ids=[case[0] for case in WHOLE_SENTENCES])
def test_reads_the_whole_sentence(
    text: str, expected: list[tuple[str, str, QuantityKind, str | None, str | None]]
) -> None:
    got = [(q.text, q.value, q.kind, q.unit, q.currency) for q in parse_quantities(text)]
    assert got == [(s, Decimal(v), k, u, c) for s, v, k, u, c in expected]


# scale and precision: the checker decides rounding from them
SCALE_PRECISION = [
    ("$2.3 billion", "1000000000", "100000000"),
    ("$2.3bn", "1000000000", "100000000"),
    ("85,000 drones", None, "1"),
    ("about 85,000 drones", None, "1"),
    ("5.3 billion people", "1000000000", "100000000"),
    ("$4.99", None, "0.01"),
    ("20 million drones", "1000000", "1000000"),
    ("two million homes", "1000000", "1000000"),
    ("half a million homes", "1000000", "100000"),
    ("50 lakh people", "100000", "100000"),
    ("Rs 500 crore", "10000000", "10000000"),
    ("£500m", "1000000", "1000000"),
    ("2.45% growth", None, "0.01"),
    ("85.000 drones", None, "1"),
]


@pytest.mark.parametrize(("text", "scale", "precision"), SCALE_PRECISION)
def test_scale_and_precision(text: str, scale: str | None, precision: str) -> None:
    (q,) = parse_quantities(text)
    assert q.scale == (Decimal(scale) if scale is not None else None)
    assert q.precision == Decimal(precision)


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("millions of dollars", True),
        ("dozens of drones", True),
        ("hundreds of people", True),
        ("a handful of states", True),
        ("a multibillion-dollar industry", True),
        ("a multi-million pound deal", True),
        ("double digits", True),
        ("mid-single digits", True),
        ("2 million dollars", False),
        ("a dozen drones", False),
        ("two hundred people", False),
    ],
)
def test_vague_magnitudes_are_marked(text: str, vague: bool) -> None:
    (q,) = parse_quantities(text)
    assert q.vague is vague


def test_millions_does_not_cover_billions() -> None:
    """A source's billions contradict a summary's "millions of dollars"."""
    (vague,) = parse_quantities("millions of dollars")
    (exact,) = parse_quantities("$2.3 billion")
    assert vague.low is not None and vague.high is not None
    assert not vague.low <= exact.value <= vague.high
    (small,) = parse_quantities("$20 million")
    assert vague.low <= small.value <= vague.high


def test_example_article_reads_every_seed_fact(examples_dir) -> None:
    text = (examples_dir / "ramstein.txt").read_text(encoding="utf-8")
    got = {(q.text, q.kind, q.unit, q.qualifier) for q in parse_quantities(text)}
    assert ("50", COUNT, "country", EXACT) in got
    assert ("October 15", DATE, None, EXACT) in got
    assert ("31st", ORD, "meeting", EXACT) in got
    assert ("2026", YEAR, None, AT_MOST) in got
    assert ("20 million", COUNT, "drone", AT_MOST) in got
    assert ("85,000", COUNT, "drone", EXACT) in got
    assert ("$2.3 billion", MONEY, None, EXACT) in got
    assert ("Nine", COUNT, "country", EXACT) in got
    # "Nordic-Baltic Eight" is a name: no 8 anywhere
    assert all(q.value != 8 for q in parse_quantities(text))


def test_quantities_come_in_document_order_with_true_spans(examples_dir) -> None:
    text = (examples_dir / "ramstein.txt").read_text(encoding="utf-8")
    quantities = parse_quantities(text)
    starts = [q.span[0] for q in quantities]
    assert starts == sorted(starts)
    for q in quantities:
        assert text[q.span[0] : q.span[1]] == q.text
    for a, b in itertools.pairwise(quantities):
        assert a.span[1] <= b.span[0]


def test_values_are_exact_decimals() -> None:
    (q,) = parse_quantities("$0.1 billion")
    assert q.value == Decimal("100000000")
    assert str(q.value) == "100000000"
    (r,) = parse_quantities("Growth was 0.30%.")
    assert r.value == Decimal("0.3")


def test_very_long_numbers_stay_exact() -> None:
    digits = "9" * 60
    (q,) = parse_quantities(f"It owes ${digits} in total.")
    assert q.value == Decimal(digits)
    (r,) = parse_quantities("It owes $1." + "5" * 40 + " billion.")
    assert str(r.value) == "1555555555." + "5" * 31


@pytest.mark.parametrize(
    "written",
    [
        "12345678901234567890123456789.5",  # 30 significant digits with a fraction
        "0.12345678901234567890123456789012345",
        "1234567890123456789012345678901234567890.25",
    ],
)
def test_numbers_of_29_and_more_digits_with_a_fraction_are_read_exactly(written: str) -> None:
    (q,) = parse_quantities(f"The fund holds {written} units.")
    assert q.value == Decimal(written) and q.unit == "unit"
    (bp,) = parse_quantities(f"It fell {written} basis points.")
    with localcontext() as context:
        context.prec = 100  # the expected value, computed exactly
        assert bp.value == Decimal(written) / 100 and bp.kind is PP


def test_empty_text_has_no_quantities() -> None:
    assert parse_quantities("") == []
    assert parse_quantities("No numbers here at all.") == []


@pytest.mark.parametrize("bad", [None, 42, b"50 drones"])
def test_non_string_input_is_a_factcheck_error(bad: object) -> None:
    with pytest.raises(InputError) as info:
        parse_quantities(bad)  # type: ignore[arg-type]
    assert isinstance(info.value, FactcheckError)
    assert "\n" not in str(info.value)
    with pytest.raises(InputError):
        split_sentences(bad)  # type: ignore[arg-type]


# ------------------------------------------------------------------------- sentences

SENTENCES = [
    ("One. Two.", ["One.", "Two."]),
    ("Growth was 2.3 percent. It rose.", ["Growth was 2.3 percent.", "It rose."]),
    ("Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
    ("The U.S. Army left. Then it rained.", ["The U.S. Army left.", "Then it rained."]),
    ("He moved to the U.S. The move was hard.", ["He moved to the U.S.", "The move was hard."]),
    ("J. K. Rowling wrote it. It sold.", ["J. K. Rowling wrote it.", "It sold."]),
    ("They met on Dec. 5 in Paris. Talks ended.", ["They met on Dec. 5 in Paris.", "Talks ended."]),
    ("Is it? Yes! Fine.", ["Is it?", "Yes!", "Fine."]),
    ('"We will win." He left.', ['"We will win."', "He left."]),
    ("Headline here\n\nBody one. Body two.", ["Headline here", "Body one.", "Body two."]),
    ("It cost $2.3 billion. Germany paid.", ["It cost $2.3 billion.", "Germany paid."]),
    ("Gen. Zaluzhny spoke. Troops listened.", ["Gen. Zaluzhny spoke.", "Troops listened."]),
    ("The rate, e.g. 5 percent, held. Fine.", ["The rate, e.g. 5 percent, held.", "Fine."]),
    ("They met on 5 Dec. The talks ended.", ["They met on 5 Dec.", "The talks ended."]),
    ("Shares of Acme Inc. rose. Then they fell.", ["Shares of Acme Inc. rose.", "Then they fell."]),
    ("It was No. 1 in sales. Others lagged.", ["It was No. 1 in sales.", "Others lagged."]),
    ("Gen. The Lord spoke.", ["Gen. The Lord spoke."]),
    ("It costs $900 (Orig. $1,599). Buy it.", ["It costs $900 (Orig. $1,599).", "Buy it."]),
    ("", []),
    ("   ", []),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_split_sentences(text: str, expected: list[str]) -> None:
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == expected


def test_sentence_spans_cover_every_quantity(examples_dir) -> None:
    text = (examples_dir / "ramstein.txt").read_text(encoding="utf-8")
    spans = split_sentences(text)
    for q in parse_quantities(text):
        assert any(a <= q.span[0] and q.span[1] <= b for a, b in spans), q.text


def test_the_parser_modules_use_only_the_standard_library() -> None:
    """The checker is pure: the quantity parser imports no third-party code and does no I/O."""
    import ast
    import sys
    from pathlib import Path

    import factcheck.quantities

    package = Path(factcheck.quantities.__file__).parent
    modules = sorted(package.glob("*.py"))
    allowed_local = {"factcheck.models", "factcheck.errors"}
    assert len(modules) >= 7
    for path in modules:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            for name in names:
                if name.startswith("factcheck"):
                    assert name in allowed_local or name.startswith("factcheck.quantities"), (
                        path,
                        name,
                    )
                else:
                    assert name.split(".")[0] in sys.stdlib_module_names, (path, name)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id not in ("open", "print", "input"), (path, node.func.id)


def test_nothing_outside_the_parser_package_imports_its_private_modules() -> None:
    """The parser's modules are private: the rest of factcheck uses what its __init__ exports."""
    import ast
    from pathlib import Path

    import factcheck

    root = Path(factcheck.__file__).parent
    for path in root.rglob("*.py"):
        if path.parent.name == "quantities":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith("factcheck.quantities."), (path, node.module)
                if node.module == "factcheck.quantities":
                    for alias in node.names:
                        assert not alias.name.startswith("_"), (path, alias.name)


# Scores and vote tallies: one figure of kind score, the two sides in low/high (value is the
# side written first), never a range nor a lone value. (sentence, surface, value, low, high)
SCORE = QuantityKind.SCORE
SCORES = [
    ("Arsenal won 3-1 at home.", "3-1", "3", "1", "3"),
    ("It ended in a 2-2 draw.", "2-2", "2", "2", "2"),
    ("They drew 2-2 with Leeds.", "2-2", "2", "2", "2"),
    ("Lost 1-3 to Chelsea, they went home.", "1-3", "1", "1", "3"),
    ("City won 2-0 on Sunday.", "2-0", "2", "0", "2"),
    ("The Chiefs sealed a 27-24 victory.", "27-24", "27", "24", "27"),
    ("It was a 24-27 defeat for the Bills.", "24-27", "24", "24", "27"),
    ("The Senate voted 52-48 to pass it.", "52-48", "52", "48", "52"),
    ("The court ruled in a 6-3 decision.", "6-3", "6", "3", "6"),
    ("They won the final 3 to 1.", "3 to 1", "3", "1", "3"),
    ("Celtic won 3–1 away.", "3–1", "3", "1", "3"),
    ("A 3-1 home win lifted them.", "3-1", "3", "1", "3"),
    ("They rolled past Northern Illinois, 45-17, on Tuesday.", "45-17", "45", "17", "45"),
    # a roundup's score line, team by team
    ("Wild 4, Sabres 1: Zach Parise scored twice.", "4, Sabres 1", "4", "1", "4"),
    ("Senators 4, Red Wings 3: Duclair scored.", "4, Red Wings 3", "4", "3", "4"),
    ("A try put Gloucester 20-13 up.", "20-13", "20", "13", "20"),
    ("It finished Arsenal 3-1 Chelsea.", "3-1", "3", "1", "3"),
    # a score after a team's name at the end of a clause or sentence
    ("Leeds beat Hull 38-26.", "38-26", "38", "26", "38"),
    ("Leeds beat Hull 3-1, and went top.", "3-1", "3", "1", "3"),
    ("Late tries made it 38-12.", "38-12", "38", "12", "38"),
    ("Boston beat the Heat 112-97.", "112-97", "112", "97", "112"),  # a team, no "heat 3"
    ("He came back after losing 3-6 in set one.", "3-6", "3", "3", "6"),  # a set lost
    # a tally of votes, however it is written
    ("The Senate passed the bill 68-32.", "68-32", "68", "32", "68"),
    ("The court upheld the law 6-3.", "6-3", "6", "3", "6"),
    ("MPs backed it by 310 votes to 290.", "310 votes to 290", "310", "290", "310"),
]


@pytest.mark.parametrize(("text", "surface", "value", "low", "high"), SCORES)
def test_scores_are_one_figure_with_both_sides(
    text: str, surface: str, value: str, low: str, high: str
) -> None:
    (q,) = parse_quantities(text)
    assert (q.text, q.kind, q.qualifier) == (surface, SCORE, EXACT)
    assert (q.value, q.low, q.high) == (Decimal(value), Decimal(low), Decimal(high))


# Pairs that stay ranges, each beside the score it could be mistaken for.
RANGES_NOT_SCORES = [
    ("Drink 13-17 ounces a day.", "13-17 ounces", "13", "17"),
    ("The team won 10-12 games a season.", "10-12", "10", "12"),
    ("Expect 20-30 people.", "20-30", "20", "30"),
    ("It grew 2-3% last year.", "2-3%", "2", "3"),
]


@pytest.mark.parametrize(("text", "surface", "low", "high"), RANGES_NOT_SCORES)
def test_rising_pairs_without_a_result_stay_ranges(
    text: str, surface: str, low: str, high: str
) -> None:
    (q,) = parse_quantities(text)
    assert (q.text, q.qualifier, q.low, q.high) == (surface, RANGE, Decimal(low), Decimal(high))


# An age that names a person ("the 45-year-old said") is marked as an identifier; an age that
# describes a noun ("a 45-year-old man") is not. Both keep their value (an age can be wrong).
AGES = [
    ("The 45-year-old said he was innocent.", True),
    ("A 45-year-old was arrested on Monday.", True),
    ("The 23-year-old's lawyer spoke.", True),
    ("Police questioned the 45-year-old, who denied it.", True),
    ("Police charged two 16-year-olds.", True),
    ("The 3-month-old was unhurt.", True),
    ("A 45-year-old man was arrested.", False),
    ("The 45-year-old British striker scored.", False),
    ("She is a 3-month-old baby.", False),
    ("2-Month-Old Christmas Tree Blamed for Fire", False),
    ("He spent 45 years in prison.", False),
]


@pytest.mark.parametrize(("text", "identifier"), AGES)
def test_an_age_used_as_a_name_is_an_identifier(text: str, identifier: bool) -> None:
    ages = [q for q in parse_quantities(text) if q.kind is DUR]
    assert len(ages) == 1, ages
    assert ages[0].identifier is identifier
    assert ages[0].unit in ("year", "month")


def _meaning(text: str) -> tuple[object, ...]:
    (q,) = parse_quantities(text)
    return (q.kind, q.value, q.unit, q.currency, q.qualifier, q.low, q.high)


# Two ways of writing one figure read as the same quantity (kind, value, unit, currency,
# qualifier and bounds): what a summary rewrites, the checker must find equal.
SAME_FIGURE = [
    ("Growth is expected to be 2-3% this year.", "Growth is expected to be 2% to 3% this year."),
    ("The economy is expected to grow 2-3% this year.", "The economy is expected to grow 2% to 3% this year."),
    ("Analysts forecast growth of 2-3%.", "Analysts forecast growth of 2 per cent to 3 per cent."),
    ("It was an 80-percent rise.", "It was an 80 percent rise."),
    ("It was an 80-per-cent rise.", "It was an 80% rise."),
    ("It opened a 3-percentage-point lead.", "It opened a lead of 3 percentage points."),
    ("He scored in the 62nd minute.", "He scored after 62 minutes."),
    ("He scored a 62nd-minute winner.", "He scored after 62 minutes."),
    ("He weighs 12st.", "He weighs 12 stone."),
    ("He weighs 12st.", "He is a 12-stone man."),
    ("It took half an hour.", "It took thirty minutes."),
    ("It took half an hour.", "It took 30 minutes."),
    ("It took 0.75 hours.", "It took 45 minutes."),
    ("It lasted half a day.", "It lasted 12 hours."),
    ("It took half a century.", "It took 50 years."),
    ("It took half a minute.", "It took 30 seconds."),
    ("They sold a 4-door car.", "They sold a four-door car."),
    # one unit of time as a modifier: "hourlong", "year-long"
    ("They met for the hourlong encounter.", "They met for the one-hour encounter."),
    ("It began a yearlong inquiry.", "It began a one-year inquiry."),
    ("It was a month-long strike.", "It was a one-month strike."),
    ("It was a three-month-long assault.", "It was a three-month assault."),
    ("It was a 10-year-long war.", "It was a war of 10 years."),
]


@pytest.mark.parametrize(("one", "other"), SAME_FIGURE)
def test_two_forms_of_one_figure_read_the_same(one: str, other: str) -> None:
    assert _meaning(one) == _meaning(other)


def test_a_number_to_dial_is_no_figure_but_a_count_beside_a_call_verb_is() -> None:
    found = parse_quantities("They called 112 people and got 911 replies. He dialled 999.")
    assert [q.text for q in found] == ["112", "911"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("He got 15.5 years.", "15.5", "year"), ("It took 1.5 hours.", "1.5", "hour")],
)
def test_a_duration_of_one_unit_or_more_keeps_its_unit(text: str, value: str, unit: str) -> None:
    """A figure rounded from it ("16 years") is compared in the unit it was written in."""
    (q,) = parse_quantities(text)
    assert (q.value, q.unit) == (Decimal(value), unit)


# "X to Y": a range unless it is a change from one figure to another.
TO_CHANGES = [
    ("Sales rose 5% to 7%.", 2),
    ("Sales rose from 5% to 7%.", 2),
    ("Rates will rise from 2% to 3%.", 2),
    ("The rate fell 0.25% to 5.5%.", 2),
    ("It is expected to rise 2% to 3%.", 1),
    ("Growth of 2% to 3% is forecast.", 1),
    ("It sees 20 to 30 new stores.", 1),
    ("The Nasdaq slipped 60.09 to 2,271.48.", 2),
    ("Profit saw a decline of 6%. It sees 20 to 30 new stores.", 2),
    ("Prices are expected to rise another 2.5% to $3.25.", 2),
    ("Seas could rise by 7.8 to 11.4 inches by 2100.", 2),
    ("It cut its outlook to $2.10 to $2.25 a share.", 1),
    ("The justices split six to three.", 1),  # a result told in words
    ("Cases rose to 481, 59 more than a week earlier.", 2),  # "a week earlier" dates, no span
]


@pytest.mark.parametrize(("text", "figures"), TO_CHANGES)
def test_x_to_y_is_a_range_unless_a_change(text: str, figures: int) -> None:
    assert len(parse_quantities(text)) == figures


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("The 21st meeting was held.", ORD, "21"),
        ("The 12th meeting was held.", ORD, "12"),
        ("The 13th meeting was held.", ORD, "13"),
        ("The 22nd meeting was held.", ORD, "22"),
        ("He weighs 12st.", MEAS, "12"),
        ("The third meeting was held.", ORD, "3"),
        ("In the sixtieth minute he scored.", DUR, "60"),
        ("Emirates is the number one buyer of the jet.", ORD, "1"),  # a rank, as "No. 1" is
        ("He is ranked number 3 in the world.", ORD, "3"),
        ("It was the No. 1 pick.", ORD, "1"),
        # a scale word made an ordinal ranks the whole figure: the 500,000,000th lighter
        ("It will churn out its 500 millionth lighter.", ORD, "500000000"),
        ("She was the 2 billionth visitor.", ORD, "2000000000"),
        ("The park greeted its one millionth visitor.", ORD, "1000000"),
    ],
)
def test_an_ordinal_suffix_agrees_with_its_number(text: str, kind: QuantityKind, value: str) -> None:
    (q,) = parse_quantities(text)
    assert (q.kind, q.value) == (kind, Decimal(value))


# Relative dates, read on request: (text, surface, kind, unit, offset).
RELATIVE = [
    ("Sales rose last year.", "last year", YEAR, "year", -1),
    ("Sales will rise this year.", "this year", YEAR, "year", 0),
    ("Sales will rise next year.", "next year", YEAR, "year", 1),
    ("Prices fell last month.", "last month", DATE, "month", -1),
    ("It opens next week.", "next week", DATE, "week", 1),
    ("Results are due this quarter.", "this quarter", DATE, "quarter", 0),
    ("He spoke yesterday.", "yesterday", DATE, "day", -1),
    ("It opens tomorrow.", "tomorrow", DATE, "day", 1),
    ("He died on Saturday.", "Saturday", DATE, "saturday", 0),
    ("Saturday's match was called off.", "Saturday", DATE, "saturday", 0),
    ("He spoke last Monday.", "last Monday", DATE, "monday", -1),
    ("It opens next Friday.", "next Friday", DATE, "friday", 1),
    ("It was sold two years ago.", "two years ago", YEAR, "year", -2),
    ("It was sold 3 days ago.", "3 days ago", DATE, "day", -3),
    ("It was sold a year ago.", "a year ago", YEAR, "year", -1),
    ("Last year was hard.", "Last year", YEAR, "year", -1),
]


@pytest.mark.parametrize(("text", "surface", "kind", "unit", "offset"), RELATIVE)
def test_relative_dates_are_offsets_from_publication(
    text: str, surface: str, kind: QuantityKind, unit: str, offset: int
) -> None:
    (q,) = parse_quantities(text, relative_dates=True)
    assert (q.text, q.kind, q.unit, q.value, q.relative) == (surface, kind, unit, offset, True)
    assert text[q.span[0] : q.span[1]] == q.text
    # Without a publication date to resolve them, they are not read at all.
    assert [r for r in parse_quantities(text) if r.relative] == []


def test_relative_dates_keep_document_order_and_other_figures() -> None:
    text = "On Saturday 3 people died; yesterday 12 more were hurt, up 5% from last year."
    found = parse_quantities(text, relative_dates=True)
    assert [q.text for q in found] == ["Saturday", "3", "yesterday", "12", "5%", "last year"]
    assert [q.text for q in parse_quantities(text)] == ["3", "12", "5%"]


@pytest.mark.parametrize(
    "text",
    ["Today's consumers spend more.", "The May 3 vote was close.", "In 2023 sales rose."],
)
def test_words_that_are_not_relative_dates(text: str) -> None:
    assert [q for q in parse_quantities(text, relative_dates=True) if q.relative] == []


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("It took 48 hours.", "day", "2"),
        ("It took two days.", "hour", "48"),
        ("It took 3 weeks.", "day", "21"),
        ("It took 90 minutes.", "hour", "1.5"),
        ("It took half an hour.", "second", "1800"),
        ("It took 18 months.", "year", "1.5"),
        ("It took a decade and more: 10 years.", "decade", "1"),
        ("It took 6 months.", "day", None),  # a month has no fixed number of days
        ("It took 6 days.", "month", None),
        ("It cost $6.", "day", None),  # not a duration
    ],
)
def test_duration_in_converts_exactly_within_one_family(text: str, unit: str, value: str | None) -> None:
    from factcheck.quantities import duration_in

    q = parse_quantities(text)[-1]
    assert duration_in(q, unit) == (Decimal(value) if value is not None else None)


# Two days of one month share its name and year; a lowercased text still has its months.
TWO_DAYS = [
    ("Lights were seen on October 20-21, 2023, in Ohio.", ["20231020", "20231021"]),
    ("Lights were seen on October 20th and 21st, 2023, after a storm.", ["20231020", "20231021"]),
    ("The talks ran on May 5-6.", ["505", "506"]),
    ("he will fight on may 30.", ["530"]),
    ("the vote was held on 3 january 2015.", ["20150103"]),
]


@pytest.mark.parametrize(("text", "values"), TWO_DAYS)
def test_days_of_a_month_are_dates(text: str, values: list[str]) -> None:
    got = parse_quantities(text)
    assert [(q.kind, q.value) for q in got] == [(DATE, Decimal(v)) for v in values]


@pytest.mark.parametrize(
    "text", ["you may 30 times", "On March 3 and 4 people died."]
)
def test_a_second_number_after_a_date_that_is_no_day(text: str) -> None:
    kinds = [q.kind for q in parse_quantities(text)]
    assert kinds.count(DATE) <= 1 and kinds[-1] is not DATE


def test_a_spaced_double_hyphen_joins_a_range_of_years() -> None:
    got = parse_quantities("He drummed for them (1991 -- 2000; 2007 -- 11).")
    assert [(q.low, q.high) for q in got] == [
        (Decimal(1991), Decimal(2000)),
        (Decimal(2007), Decimal(2011)),
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("he took over in february and won.", ["200"]),
        ("the law passed in june 2015.", ["20150600"]),
        ("you may 2015 be right", ["2015"]),  # "may" is a verb here: the year stands alone
        ("in may they left", []),
    ],
)
def test_months_in_a_lowercased_text(text: str, values: list[str]) -> None:
    assert [str(q.value) for q in parse_quantities(text)] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [("a three-and-a-half hour show", "3.5"), ("a three-and-a-half-hour show", "3.5")],
)
def test_and_a_half_with_hyphens(text: str, value: str) -> None:
    (q,) = parse_quantities(text)
    assert (q.value, q.unit) == (Decimal(value), "hour")


def test_a_period_glued_to_the_next_sentence_still_ends_it() -> None:
    text = "They won it in 2015.Defeat means they failed since 2010.In the opening, Mr.Smith led."
    text += " Until 2021?Was he?"
    got = [text[a:b] for a, b in split_sentences(text)]
    assert got == [
        "They won it in 2015.",
        "Defeat means they failed since 2010.",
        "In the opening, Mr.Smith led.",
        "Until 2021?",
        "Was he?",
    ]


def test_a_part_of_the_figure_before_counts_what_it_counts() -> None:
    got = parse_quantities("Okafor had 18 points, 10 of which came in the first half.")
    assert [(q.value, q.unit) for q in got[:2]] == [(Decimal(18), "point"), (Decimal(10), "point")]


def test_off_before_a_change_and_a_level_is_two_figures() -> None:
    got = parse_quantities("The Dow was off 29.23 to 8,474.85.")
    assert [(q.value, q.qualifier) for q in got] == [
        (Decimal("29.23"), EXACT),
        (Decimal("8474.85"), EXACT),
    ]


def test_a_month_used_as_an_adjective_after_a_is_a_date() -> None:
    [june] = parse_quantities("The policy follows a June ruling by a federal judge.")
    assert (june.kind, june.value) == (DATE, Decimal(600))
    assert parse_quantities("It was a May deadline.") == []  # "May" needs a narrower context


def test_a_multibillion_dollar_figure_is_billions_of_dollars() -> None:
    (q,) = parse_quantities("a multibillion-dollar industry")
    assert (q.kind.value, q.currency, q.low) == ("money", "USD", 2 * 10**9)
    (q,) = parse_quantities("a multi-million pound deal")
    assert (q.kind.value, q.currency, q.low) == ("money", "GBP", 2 * 10**6)
    assert parse_quantities("the multimillionaire") == []


def test_a_part_of_a_whole_after_a_name_is_a_count() -> None:
    found = [(q.text, q.value) for q in parse_quantities("In Guinea 7 out of 19 deaths were late.")]
    assert found == [("7", 7), ("19", 19)]
    assert parse_quantities("The Boeing 737 out of service.") == []


def test_digits_grouped_by_a_space_before_an_ordinal_suffix_do_not_crash() -> None:
    assert parse_quantities("It fell -3 100th of a point.") is not None


def test_a_part_of_a_whole_hyphenated_reads_both_figures() -> None:
    found = [(q.text, q.value) for q in parse_quantities("Glass was 20-of-24 passing.")]
    assert found == [("20", 20), ("24", 24)]
    found = [(q.text, q.value) for q in parse_quantities("He went 7-for-12 from the field.")]
    assert found == [("7", 7), ("12", 12)]
    assert parse_quantities("The F-16 and COVID-19.") == []


def test_slashed_forms_that_are_no_season_stay_unread() -> None:
    for text in ("Open 24/7.", "A 1/3 share.", "Filed 2019/05/12.", "The 2019/2021 plan."):
        assert parse_quantities(text) == [], text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("a 72W USB-C port and a 12W port", [("72W", "W"), ("12W", "W")]),
        ("a 60-watt bulb", [("60-watt", "W")]),
        ("a 5,000mAh battery", [("5,000mAh", "mAh")]),
        ("the 5G network", []),  # a lone capital glued to digits is still a name
    ],
)
def test_watts_and_battery_capacity_are_measures(text: str, figures: list[tuple[str, str]]) -> None:
    assert [(q.text, q.unit) for q in parse_quantities(text)] == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("a combined value of $2.6bn over the next decade", ["$2.6bn", "next decade"]),
        ("the worst drought in the past century", ["past century"]),
        ("the last decade's boom", []),  # a possessive names a period, no span
    ],
)
def test_the_next_or_past_decade_is_a_span_of_one(text: str, figures: list[str]) -> None:
    found = parse_quantities(text)
    assert [q.text for q in found] == figures
    spans = [q for q in found if q.kind is QuantityKind.DURATION]
    assert all(q.value == 1 and q.unit in ("decade", "century") for q in spans)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The defeat ended the Steelers' three-game winning streak.", ["three-game"]),
        ("The Steelers’ 12 wins lead the division.", ["12"]),
        ("Jones' 12 goals came late.", ["12"]),
    ],
)
def test_a_figure_after_a_plural_possessive_is_read(text: str, figures: list[str]) -> None:
    assert [q.text for q in parse_quantities(text)] == figures


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The teams were fined a quarter of a million dollars.", Decimal(250000)),
        ("three quarters of a billion dollars", Decimal(750000000)),
    ],
)
def test_a_fraction_of_a_round_amount_is_one_figure(text: str, value: Decimal) -> None:
    [figure] = parse_quantities(text)
    assert (figure.value, figure.kind) == (value, QuantityKind.MONEY)


def test_a_figure_with_decimals_ends_a_sentence() -> None:
    from factcheck.quantities import split_sentences

    text = "Reyes took 41.6%. Turnout was 38%. He lives in the U.S. Turnout was low."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Reyes took 41.6%.",
        "Turnout was 38%.",
        "He lives in the U.S. Turnout was low.",
    ]
