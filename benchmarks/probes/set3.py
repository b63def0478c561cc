"""Blind probe set 3 for factcheck.checker.check_text.

Each case: (id, kind, source, claim, expected, options)
  kind      "F" faithful (every figure right) or "E" planted error
  expected  "supported" (F), "flag" (E: some figure not supported) or
            "contradicted" (E: the source clearly gives the same thing another value,
            or gives this figure to another party it names)
  options   published=datetime.date(...) where relative dates matter; tag="debatable"
            for genuinely debatable cases (not passed to the checker).

Written by hand before any run; not tuned to the checker's results.
"""

import datetime

D = datetime.date
CASES: list[tuple[str, str, str, str, str, dict]] = []


def F(cid, source, claim, **options):
    CASES.append((cid, "F", source, claim, "supported", options))


def E(cid, source, claim, expected="flag", **options):
    CASES.append((cid, "E", source, claim, expected, options))


C = "contradicted"

# ---------------------------------------------------------------- business
S = ("Northwind Foods said on Tuesday that net profit rose to $412 million in the third quarter, "
     "from $356 million a year earlier. Revenue climbed 9% to $3.1 billion.")
F("biz01", S, "Northwind's third-quarter net profit rose to $412m from $356m a year earlier, "
               "while revenue grew 9% to $3.1bn.")
F("biz02", S, "Net profit at the company jumped roughly 16% year on year in the third quarter.")
F("biz03", S, "Northwind's quarterly profit increased by $56 million.")
E("biz04", S, "Northwind said net profit rose to $356 million in the third quarter.", C)
E("biz05", S, "Revenue at the food group climbed 19% to $3.1 billion.", C)
E("biz06", S, "Northwind's revenue rose 9% to $3.1 million.", C)

S = ("Halvorsen Shipping will cut 1,200 jobs, about 8% of its workforce, the Oslo-based group said on "
     "Monday. The cuts, mostly in Europe, are expected to save 900 million Norwegian crowns ($84 million) "
     "a year by 2026. Chief executive Marit Lund said the company would also close two of its five "
     "regional offices.")
F("biz07", S, "Halvorsen plans to lay off some 1,200 workers, roughly 8% of its staff, to save about "
               "$84 million annually by 2026.")
F("biz08", S, "CEO Marit Lund said the group will shut two of its five regional offices, leaving three.")
F("biz09", S, "The shipper's cuts are expected to save 900m crowns a year.")
E("biz10", S, "Halvorsen will cut 1,200 jobs, about 18% of its workforce.", C)
E("biz11", S, "The cuts are expected to save $84 million a year by 2025.", C)
E("biz12", S, "Lund said Halvorsen would close three of its five regional offices.", C)

S = ("Shares of Kestrel Semiconductor fell 14% on Thursday after the chipmaker cut its full-year revenue "
     "forecast to between $5.2 billion and $5.4 billion, from a previous range of $5.8 billion to $6.0 "
     "billion. The company also said it would buy back $1 billion of stock.")
F("biz13", S, "Kestrel shares dropped 14% after it lowered its annual revenue outlook to $5.2bn-$5.4bn "
               "from $5.8bn-$6bn.")
F("biz14", S, "The chipmaker also announced a $1bn share buyback.")
E("biz15", S, "Kestrel shares fell 41% on Thursday after the forecast cut.", C)
E("biz16", S, "Kestrel cut its full-year revenue forecast to between $5.8 billion and $6.0 billion.", C)
E("biz17", S, "The company said it would buy back $1 million of stock.", C)

S = ("Brightwater Airlines carried 14.2 million passengers in 2023, up from 11.8 million the year before, "
     "and its load factor rose to 86.5%. The carrier expects to take delivery of 12 new Airbus A321neo "
     "jets next year.")
P = D(2024, 3, 10)
F("biz18", S, "Brightwater flew 14.2 million passengers last year, a rise of about 20% from 2022.", published=P)
F("biz19", S, "The airline expects 12 new A321neo jets to arrive in 2025.", published=P)
F("biz20", S, "Passenger numbers at the carrier rose by 2.4 million.", published=P)
E("biz21", S, "Brightwater carried 11.8 million passengers in 2023.", C, published=P)
E("biz22", S, "Brightwater's load factor rose to 68.5%.", C, published=P)
E("biz23", S, "The carrier expects to take delivery of 21 new jets next year.", C, published=P)

S = ("Retail sales in Britain fell 0.3% in March from February, the Office for National Statistics said, "
     "missing economists' forecasts of a 0.2% rise. Compared with March last year, sales were 1.1% lower.")
F("biz24", S, "UK retail sales slipped 0.3% month on month in March, against expectations of a 0.2% gain.")
F("biz25", S, "The ONS said sales were down 1.1% year on year in March.")
E("biz26", S, "British retail sales rose 0.3% in March from February.", C)
E("biz27", S, "Economists had forecast a 0.3% rise in March sales.", C)
E("biz28", S, "Sales in March were 1.1% higher than a year earlier, the ONS said.", C)

S = ("Ferrovia Group agreed to buy rival Linea Rail for 4.6 billion euros in cash, or 31 euros per share, "
     "a 27% premium to Linea's closing price on Friday. The deal, which needs approval from regulators in "
     "Italy and Spain, is expected to close in the second half of 2025.")
P = D(2024, 6, 3)
F("biz29", S, "Ferrovia will pay €4.6bn, or €31 a share, for Linea Rail, a 27% premium.", published=P)
F("biz30", S, "The deal is expected to close in the second half of next year.", published=P)
F("biz31", S, "Ferrovia agreed to acquire Linea for about 4.6 billion euros, with completion expected in "
               "H2 2025.", published=P)
E("biz32", S, "Ferrovia will pay 27 euros per share for Linea Rail.", C, published=P)
E("biz33", S, "The deal is expected to close in the first half of 2025.", C, published=P)
E("biz34", S, "Ferrovia agreed to buy Linea Rail for €6.4bn in cash.", C, published=P)

S = ("Pinebrook Bank posted a quarterly loss of $38 million, compared with a profit of $112 million a "
     "year ago, as it set aside $250 million for bad loans. Its shares have lost nearly a third of their "
     "value this year.")
F("biz35", S, "Pinebrook swung to a $38m quarterly loss from a $112m profit a year earlier after setting "
               "aside $250m for bad loans.")
F("biz36", S, "Shares in the lender have fallen almost a third this year.")
E("biz37", S, "Pinebrook posted a quarterly loss of $112 million.", C)
E("biz38", S, "Its shares have lost a third of their value this year.", tag="debatable")
E("biz39", S, "The bank set aside $25 million for bad loans.", C)

S = ("Global smartphone shipments grew 7.8% to 289.4 million units in the first quarter, according to "
     "research firm IDC. Samsung led with 60.1 million shipments, followed by Apple with 50.1 million and "
     "Xiaomi with 40.8 million.")
F("biz40", S, "Smartphone shipments rose 7.8% to about 289 million in Q1, IDC said.")
F("biz41", S, "Samsung shipped roughly 10 million more phones than Apple in the quarter.")
F("biz42", S, "Apple was second with 50.1 million shipments.")
E("biz43", S, "Apple led the market with 60.1 million shipments.", C)
E("biz44", S, "Xiaomi shipped 50.1 million phones in the quarter.", C)
E("biz45", S, "Xiaomi ranked second with 40.8 million units.")
E("biz46", S, "Shipments grew 7.8% to 298.4 million units in the first quarter.", C)

S = ("Tamsin Cosmetics said sales in China dropped 22% in the six months to June, while sales in the "
     "Americas rose 4%. Group revenue was broadly flat at 2.05 billion pounds.")
F("biz47", S, "Tamsin's China sales slumped 22% in the first half while Americas sales grew 4%.")
F("biz48", S, "Group revenue was flat at roughly £2bn.")
E("biz49", S, "Tamsin's sales in China rose 4% in the first half.", C)
E("biz50", S, "Sales in the Americas climbed 22% in the six months to June.", C)

S = ("Oil prices rose on Monday, with Brent crude futures up $1.12, or 1.4%, at $81.40 a barrel by 1030 "
     "GMT. U.S. West Texas Intermediate crude gained $1.05 to $77.20.")
F("biz51", S, "Brent crude climbed 1.4% to $81.40 a barrel on Monday, while WTI rose $1.05 to $77.20.")
F("biz52", S, "Brent was trading about $4.20 above WTI.")
E("biz53", S, "WTI gained $1.12 to $77.20 a barrel.", C)
E("biz54", S, "Brent crude futures were at $81.40 a barrel, up 4.1%.", C)

S = ("Orchid Pharma will pay $1.75 billion to settle about 40,000 lawsuits alleging its heartburn drug "
     "caused cancer, the company said. It will record a charge of $1.2 billion in the second quarter.")
F("biz55", S, "Orchid agreed to a $1.75bn settlement covering some 40,000 suits over its heartburn drug.")
F("biz56", S, "The drugmaker will take a $1.2bn charge in Q2.")
E("biz57", S, "Orchid will record a charge of $1.75 billion in the second quarter.", C)
E("biz58", S, "Orchid will pay $1.75 billion to settle about 4,000 lawsuits.", C)
E("biz59", S, "It will record a charge of $1.2 billion in the third quarter.", C)

S = ("The carmaker delivered 466,140 vehicles in the second quarter, up 83% from a year earlier and "
     "beating analysts' estimates of 445,000.")
F("biz60", S, "The automaker delivered about 466,000 vehicles in Q2, an 83% jump, topping forecasts of "
               "445,000.")
F("biz61", S, "Deliveries beat estimates by some 21,000 vehicles.")
E("biz62", S, "Second-quarter deliveries rose 38% from a year earlier.", C)
E("biz63", S, "The carmaker delivered 446,140 vehicles in the second quarter.", C)

S = ("'We grew subscription revenue 31% to $890 million this quarter, and we now serve more than 12,000 "
     "enterprise customers,' chief executive Priya Nair told analysts on the company's earnings call.")
F("biz64", S, "Nair said subscription revenue rose 31% to $890m and the company now has over 12,000 "
               "enterprise clients.")
E("biz65", S, "Subscription revenue rose 13% to $890 million, Nair said.", C)
E("biz66", S, "The company now serves more than 21,000 enterprise customers.", C)

S = ("The bakery chain's annual profit doubled to 48 million pounds, and it plans to open 150 new shops "
     "this year, taking its total to 2,650.")
F("biz67", S, "The chain's profit rose from £24m to £48m.")
F("biz68", S, "The baker currently has 2,500 shops and plans 150 more.")
E("biz69", S, "The chain's annual profit tripled to £48m.", C)
E("biz70", S, "The bakery chain plans to open 105 new shops this year.", C)

S = ("The group's 38,000 employees will each receive a one-off bonus of 1,500 euros, costing the company "
     "about 57 million euros in total.")
F("biz71", S, "Each of the 38,000 staff will get a €1,500 bonus, totalling some €57m.")
E("biz72", S, "Each employee will receive a one-off bonus of 5,700 euros.")
E("biz73", S, "The company's 83,000 employees will each receive a one-off bonus.", C)

# ---------------------------------------------------------------- economy
S = ("The central bank raised its key interest rate by 50 basis points to 4.75% on Thursday, its third "
     "increase this year, and said inflation would average 6.2% in 2024 before falling to 3.1% in 2025.")
F("eco01", S, "The bank hiked rates by half a percentage point to 4.75%, its third rise of the year.")
F("eco02", S, "The central bank lifted its benchmark rate from 4.25% to 4.75%.")
F("eco03", S, "It expects inflation to halve from 6.2% in 2024 to 3.1% in 2025.")
E("eco04", S, "The bank said inflation would average 3.1% in 2024.", C)
E("eco05", S, "The central bank raised its key rate by 25 basis points to 4.75%.", C)
E("eco06", S, "The hike was the bank's fourth increase this year.", C)

S = ("U.S. employers added 175,000 jobs in April, fewer than the 240,000 economists expected, and the "
     "unemployment rate edged up to 3.9% from 3.8%, the Labor Department said.")
F("eco07", S, "Payrolls grew by 175,000 in April, short of the 240,000 forecast, while unemployment ticked "
               "up to 3.9%.")
F("eco08", S, "Job growth missed expectations by 65,000.")
E("eco09", S, "Employers added 240,000 jobs in April, the Labor Department said.", C)
E("eco10", S, "The unemployment rate fell to 3.8% in April.", C)
E("eco11", S, "U.S. employers added 175,000 jobs in March.", C)

S = ("Germany's economy shrank 0.3% in the fourth quarter compared with the previous three months, and "
     "contracted 0.2% over the full year, the statistics office said.")
F("eco12", S, "German GDP fell 0.3% quarter on quarter in Q4 and 0.2% for the year as a whole.")
E("eco13", S, "Germany's economy shrank 0.3% over the full year.", C)
E("eco14", S, "Germany's economy grew 0.2% over the full year, the statistics office said.", C)
E("eco15", S, "Germany's economy shrank 0.3% in the third quarter.", C)

S = ("House prices in Australia rose 8.1% in 2023, property data firm CoreLogic said, with Perth leading "
     "the gains at 15.2% and Melbourne lagging at 3.2%. The median dwelling value reached A$756,000.")
F("eco16", S, "Perth led with a 15.2% rise, while Melbourne trailed at 3.2%, as national prices climbed 8.1%.")
F("eco17", S, "The median home value hit about A$760,000.")
F("eco18", S, "Perth prices rose 12 percentage points more than Melbourne's.")
E("eco19", S, "Melbourne led the gains at 15.2%, CoreLogic said.", C)
E("eco20", S, "The median dwelling value reached A$765,000.", C)
E("eco21", S, "House prices in Australia rose 8.1% in 2022.", C)

# ---------------------------------------------------------------- politics
S = ("The Social Democrats won 25.7% of the vote in Sunday's election, narrowly ahead of the conservative "
     "Union, which took 24.1%. The far-right Alliance came third with 10.4%. Turnout was 76.6%, up from "
     "72.3% four years ago.")
P = D(2025, 9, 29)
F("pol01", S, "The Social Democrats edged the conservatives by 1.6 percentage points, 25.7% to 24.1%.", published=P)
F("pol02", S, "Turnout rose 4.3 points to 76.6%.", published=P)
F("pol03", S, "The far-right Alliance finished third on 10.4%.", published=P)
F("pol04", S, "The Social Democrats won the September 28 election with 25.7% of the vote.", published=P)
E("pol05", S, "The conservative Union won 25.7% of the vote.", C, published=P)
E("pol06", S, "The far-right Alliance came second with 10.4%.", published=P)
E("pol07", S, "Turnout was 76.6%, up from 72.3% five years ago.", C, published=P)

S = ("The Senate voted 52-48 on Thursday to confirm Judge Elena Marsh to the appeals court, with two "
     "Republicans joining all Democrats in support. Marsh, 49, previously served eight years as a federal "
     "prosecutor in Ohio.")
F("pol08", S, "The Senate confirmed Marsh 52-48, a four-vote margin.")
F("pol09", S, "Marsh, who is 49, spent eight years as a federal prosecutor.")
F("pol10", S, "Two GOP senators crossed party lines to back the 49-year-old judge.")
E("pol11", S, "The Senate confirmed Marsh by a vote of 52-46.", C)
E("pol12", S, "Marsh, 48, previously served as a federal prosecutor in Ohio.", C)
E("pol13", S, "Marsh served nine years as a federal prosecutor.", C)
E("pol14", S, "Three Republicans joined Democrats to confirm Marsh.", C)

S = ("Governor Ruth Okafor signed a $48.7 billion state budget on June 28, two days before the start of "
     "the fiscal year. The plan raises school spending by $1.2 billion and includes a 3% pay rise for "
     "state employees.")
P = D(2024, 6, 29)
F("pol15", S, "Okafor signed the $48.7bn budget on Friday, two days before the fiscal year began.", published=P)
F("pol16", S, "The budget boosts education funding by $1.2 billion and gives state workers a 3% raise.",
  published=P)
F("pol17", S, "The governor signed the spending plan on June 28, ahead of the new fiscal year starting on "
               "June 30.", published=P)
E("pol18", S, "Okafor signed a $47.8 billion state budget.", C, published=P)
E("pol19", S, "The plan includes a 3% rise in school spending.", published=P)
E("pol20", S, "Okafor signed the budget three days before the start of the fiscal year.", C, published=P)

S = ("Parliament approved the bill by 312 votes to 205, with 14 abstentions. It is the third time in two "
     "years that lawmakers have tried to reform the pension system.")
F("pol21", S, "Lawmakers passed the pension bill 312-205, a majority of 107.")
F("pol22", S, "It was the third attempt in two years at pension reform.")
F("pol23", S, "A total of 531 lawmakers took part, including 14 who abstained.")
E("pol24", S, "Parliament passed the bill by 312 votes to 250.", C)
E("pol25", S, "It was the second attempt in two years to reform pensions.", C)
E("pol26", S, "The bill passed with 41 abstentions.", C)

S = ("Prime Minister Daniel Ferreira, 61, announced on Wednesday that he would step down after nine years "
     "in office. His Labour Party has trailed the opposition by double digits in polls since January. A "
     "leadership contest will conclude on October 12.")
P = D(2025, 8, 20)
F("pol27", S, "Ferreira, 61, said he would resign after nearly a decade in power.", published=P)
F("pol28", S, "The 61-year-old prime minister announced his resignation on Wednesday.", published=P)
F("pol29", S, "A new Labour leader will be chosen by October 12.", published=P)
E("pol30", S, "Ferreira, 69, announced he would step down after nine years.", C, published=P)
E("pol31", S, "Ferreira announced his resignation after six years in office.", C, published=P)
E("pol32", S, "The Labour leadership contest will end on October 21.", C, published=P)

S = ("The European Union will provide 5 billion euros in military aid to Ukraine this year, while Germany "
     "alone has pledged 7 billion euros, officials in Brussels said.")
F("pol33", S, "The EU will give Kyiv €5bn in military aid this year; Berlin has pledged €7bn.")
F("pol34", S, "Germany's pledge is €2bn larger than the EU's.")
E("pol35", S, "Germany has pledged 5 billion euros in military aid to Ukraine.", C)
E("pol36", S, "The EU will provide €7bn in military aid to Ukraine this year.", C)

S = ("Of the 1,850 candidates standing, 612 are women, a record 33%, the electoral commission said. Voting "
     "takes place on May 4, with results expected the following day.")
P = D(2026, 4, 20)
F("pol37", S, "A record 612 women, one-third of the 1,850 candidates, are standing in the May 4 election.",
  published=P)
F("pol38", S, "Results are expected on May 5.", published=P)
F("pol39", S, "More than 1,200 of the candidates are men.", published=P, tag="debatable")
E("pol40", S, "Women make up 612 of the 1,850 candidates, a record 36%.", C, published=P)
E("pol41", S, "Voting takes place on May 14, the commission said.", C, published=P)

S = ("The poll of 1,014 likely voters, conducted from June 3 to 6, put Mayor Hugo Bell on 44% and "
     "challenger Dana Cruz on 39%, with 12% undecided. The margin of error is 3.1 percentage points.")
F("pol42", S, "Bell leads Cruz by five points, 44% to 39%, with 12% undecided.")
F("pol43", S, "The survey of just over 1,000 likely voters has a margin of error of 3.1 points.")
E("pol44", S, "The poll put challenger Dana Cruz on 44%.", C)
E("pol45", S, "Bell leads Cruz by seven points in the poll.")
E("pol46", S, "The poll was conducted from June 3 to 9.", C)
E("pol47", S, "The poll found 21% of likely voters undecided.", C)

# ---------------------------------------------------------------- courts
S = ("A federal jury in Houston ordered Apex Chemical to pay $310 million to residents affected by a 2019 "
     "plant explosion, including $250 million in punitive damages. The company said it would appeal.")
F("crt01", S, "Jurors awarded $310m to residents, including $250m in punitive damages and $60m in other "
               "damages.", tag="debatable")
F("crt02", S, "A Houston jury ordered Apex to pay $310 million over the 2019 blast.")
E("crt03", S, "A Houston jury ordered Apex to pay $250 million over the 2019 blast.")
E("crt04", S, "The jury awarded $310 million over a 2018 explosion.", C)
E("crt05", S, "The award includes $250 billion in punitive damages.", C)

S = ("Marcus Hale, 34, was sentenced to 18 years in prison on Friday for his role in a 2021 armed robbery "
     "that left a security guard injured. Prosecutors had asked for 25 years. His co-defendant, Tyrone "
     "Briggs, 29, received 12 years.")
F("crt06", S, "Hale, 34, got 18 years, less than the 25 years prosecutors sought.")
F("crt07", S, "Briggs, 29, was jailed for 12 years, six years less than Hale.")
F("crt08", S, "Hale was jailed for 18 years over the 2021 robbery.")
E("crt09", S, "Hale was sentenced to 25 years in prison.", C)
E("crt10", S, "Briggs received 18 years for his part in the robbery.", C)
E("crt11", S, "Hale, 29, was sentenced to 18 years in prison.", C)
E("crt12", S, "The armed robbery took place in 2020.", C)

S = ("The Supreme Court ruled 6-3 on Monday that the agency had exceeded its authority. Justice Amy Ross "
     "wrote the majority opinion, and Justice Lena Park wrote a 31-page dissent joined by two colleagues.")
F("crt13", S, "The court ruled 6-3 that the agency overstepped its authority.")
F("crt14", S, "Park's 31-page dissent was joined by two other justices.")
F("crt15", S, "The justices split six to three.")
E("crt16", S, "The court ruled 5-4 that the agency had exceeded its authority.", C)
E("crt17", S, "Park wrote a 13-page dissent.", C)
E("crt18", S, "Park's dissent was joined by three colleagues.", C)

S = ("A judge fined the former mayor 15,000 euros and handed him a two-year suspended sentence for "
     "embezzling about 480,000 euros in public funds between 2016 and 2020.")
F("crt19", S, "The ex-mayor received a two-year suspended sentence and a €15,000 fine for embezzling nearly "
               "half a million euros.")
F("crt20", S, "The embezzlement went on for four years.")
E("crt21", S, "The former mayor was fined €150,000.", C)
E("crt22", S, "He embezzled about €840,000 in public funds.", C)
E("crt23", S, "He embezzled public funds between 2016 and 2022.", C)

S = ("Three men were charged on Tuesday over the theft of 42 paintings from the Van Oort Museum in "
     "Rotterdam last month. Police have recovered 30 of the works, valued together at 6 million euros.")
P = D(2025, 4, 16)
F("crt24", S, "Police have recovered 30 of the 42 stolen paintings, leaving 12 still missing.", published=P)
F("crt25", S, "The paintings were stolen from the Rotterdam museum in March.", published=P)
F("crt26", S, "Three suspects were charged over the theft of 42 artworks.", published=P)
E("crt27", S, "Police have recovered all 42 of the works.", C, published=P)
E("crt28", S, "Four men were charged over the theft.", C, published=P)
E("crt29", S, "The paintings were stolen in February.", C, published=P)

S = ("An appeals court on Monday upheld the $1.4 billion verdict against the talk-show host, who was found "
     "liable in 2022 for defaming families of the 26 people killed in the 2012 school shooting.")
F("crt30", S, "The court upheld the $1.4bn judgment over defamation of the families of the 26 victims of "
               "the 2012 shooting.")
F("crt31", S, "He was found liable a decade after the shooting.")
E("crt32", S, "He defamed families of the 62 people killed in the 2012 shooting.", C)
E("crt33", S, "An appeals court upheld the $1.4 million verdict against the host.", C)
E("crt34", S, "The host was found liable in 2021.", C)

S = ("Nine of the 12 jurors voted to convict, short of the unanimous verdict required, and the judge "
     "declared a mistrial after five days of deliberations.")
F("crt35", S, "Jurors split 9-3 in favour of conviction, leading to a mistrial after five days of "
               "deliberations.")
E("crt36", S, "Ten of the 12 jurors voted to convict.", C)
E("crt37", S, "The judge declared a mistrial after three days of deliberations.", C)

# ---------------------------------------------------------------- disasters
S = ("The death toll from the earthquake in eastern Turkey rose to 87 on Wednesday, with more than 1,300 "
     "people injured, the disaster agency said. The magnitude 6.4 quake struck at 4:17 a.m. local time on "
     "Monday at a depth of 10 km.")
P = D(2025, 2, 12)
F("dis01", S, "At least 87 people died and over 1,300 were injured in the 6.4-magnitude quake that hit "
               "eastern Turkey on Monday.", published=P)
F("dis02", S, "The quake struck early on February 10.", published=P)
F("dis03", S, "The magnitude-6.4 tremor hit at 4:17am at a depth of 10km.", published=P)
E("dis04", S, "The death toll from the earthquake rose to 78.", C, published=P)
E("dis05", S, "The quake struck at 4:17 p.m. local time.", C, published=P)
E("dis06", S, "More than 13,000 people were injured.", C, published=P)
E("dis07", S, "The magnitude 6.4 quake struck on Sunday.", C, published=P)

S = ("Wildfires have burned more than 12,000 hectares in Portugal's Aveiro district since Sunday, "
     "destroying at least 40 homes. Around 1,900 firefighters backed by 25 aircraft were battling the "
     "blazes on Tuesday.")
F("dis08", S, "Nearly 2,000 firefighters and 25 aircraft were fighting the fires.")
F("dis09", S, "The fires have scorched over 12,000 hectares and destroyed at least 40 homes.")
E("dis10", S, "Around 1,900 firefighters backed by 40 aircraft were battling the blazes.", C)
E("dis11", S, "The wildfires have burned 120,000 hectares in Aveiro.", C)
E("dis12", S, "The fires have destroyed at least 25 homes.", C)

S = ("Hurricane Delia made landfall near Cedar Key, Florida, as a Category 3 storm with sustained winds of "
     "120 mph. More than 900,000 homes and businesses lost power, and officials reported four deaths.")
F("dis13", S, "Delia came ashore as a Category 3 hurricane with 120 mph winds, knocking out power to over "
               "900,000 customers.")
F("dis14", S, "The storm killed four people, officials said.")
E("dis15", S, "Delia made landfall as a Category 4 storm.", C)
E("dis16", S, "More than 90,000 homes and businesses lost power.", C)
E("dis17", S, "Delia made landfall with sustained winds of 210 km/h.")

S = ("Floods in southern Brazil have killed 143 people and displaced around 580,000, state authorities "
     "said on Sunday. A further 125 people remain missing.")
F("dis18", S, "The floods have left 143 dead and 125 missing, and forced some 580,000 from their homes.")
F("dis19", S, "The number of dead and missing stood at 268.")
E("dis20", S, "The floods in southern Brazil have killed 125 people.", C)
E("dis21", S, "The floods displaced around 850,000 people.", C)

S = ("A train derailment near Kalamata injured 23 passengers, three of them seriously, the fire service "
     "said. The train was carrying 187 people when five of its six carriages left the tracks.")
F("dis22", S, "Five of the train's six carriages derailed, injuring 23 of the 187 people on board.")
F("dis23", S, "Twenty of the injured passengers were not seriously hurt.", tag="debatable")
E("dis24", S, "All six carriages left the tracks.", C)
E("dis25", S, "The derailment injured 32 passengers.", C)
E("dis26", S, "The train was carrying 178 people.", C)

S = ("A landslide in the village of Kaoko buried 37 homes on Friday; rescuers have pulled out 19 bodies "
     "and say at least 50 people are still unaccounted for.")
F("dis27", S, "Rescuers have recovered 19 bodies from 37 buried homes, with at least 50 people still "
               "missing.")
E("dis28", S, "Rescuers have pulled out 37 bodies.", C)
E("dis29", S, "At least 15 people are still unaccounted for.", C)
E("dis30", S, "The landslide killed at least 69 people.")

S = ("Storm Ciaran left 1.2 million homes in France without power on Thursday after gusts of up to "
     "207 km/h hit Brittany. Seven people were killed across Europe.")
F("dis31", S, "Gusts reaching 207km/h hit Brittany, cutting power to 1.2 million French homes.")
E("dis32", S, "The storm killed seven people in France.", tag="debatable")
E("dis33", S, "Gusts of up to 270 km/h hit Brittany.", C)
E("dis34", S, "Ciaran left 2.1 million homes in France without power.", C)

# ---------------------------------------------------------------- sport
S = ("Arsenal beat Tottenham 3-1 at the Emirates on Sunday, with Bukayo Saka scoring twice. The win moved "
     "Arsenal to 64 points, two behind leaders Liverpool with nine games left.")
F("spo01", S, "Saka's brace helped the Gunners to a 3-1 win over Spurs, leaving them two points behind "
               "Liverpool.")
F("spo02", S, "Liverpool lead the table on 66 points.")
F("spo03", S, "Arsenal have nine matches remaining.")
E("spo04", S, "Tottenham beat Arsenal 3-1 at the Emirates.", C)
E("spo05", S, "Saka scored three times in the win.", C)
E("spo06", S, "Arsenal are four points behind leaders Liverpool.", C)
E("spo07", S, "The win moved Arsenal to 66 points.", C)

S = ("Novak Djokovic beat Carlos Alcaraz 6-4, 7-6 (7-4) in the final to win his 25th Grand Slam title. "
     "The 38-year-old became the oldest man to win the tournament.")
F("spo08", S, "Djokovic, 38, beat Alcaraz 6-4, 7-6 to claim a 25th major title.")
F("spo09", S, "Djokovic won in straight sets, taking the tiebreak 7-4.")
E("spo10", S, "Djokovic won his 24th Grand Slam title.", C)
E("spo11", S, "Djokovic, 25, beat Alcaraz in the final.", C)
E("spo12", S, "Djokovic beat Alcaraz 6-4, 7-5 in the final.", C)

S = ("Kenya's Faith Kipyegon won the 1,500 metres in 3 minutes 49.04 seconds, a world record, beating "
     "Australia's Jessica Hull by 1.8 seconds. Ethiopia's Diribe Welteji took bronze.")
F("spo13", S, "Kipyegon set a world record of 3:49.04 in the 1500m, finishing 1.8 seconds ahead of Hull.")
F("spo14", S, "Hull crossed the line in 3:50.84.")
E("spo15", S, "Kipyegon won the 1,500m in a world record 3:49.40.", C)
E("spo16", S, "Kipyegon beat Hull by 8.1 seconds.", C)
E("spo17", S, "Welteji finished second in the 1,500 metres.")

S = ("The Boston Celtics defeated the Miami Heat 112-97 on Saturday, led by Jayson Tatum's 34 points and 11 "
     "rebounds. Jaylen Brown added 22 points. Boston has won seven straight games.")
P = D(2025, 1, 13)
F("spo18", S, "Tatum had 34 points and 11 rebounds as the Celtics beat the Heat 112-97 for their seventh "
               "straight win.", published=P)
F("spo19", S, "Boston won by 15 points.", published=P)
F("spo20", S, "The Celtics beat Miami on January 11.", published=P)
E("spo21", S, "Brown scored 34 points in the win.", C, published=P)
E("spo22", S, "Boston has won eight straight games.", C, published=P)
E("spo23", S, "Tatum had 34 points and 22 rebounds.", C, published=P)
E("spo24", S, "The Heat defeated the Celtics 112-97 on Saturday.", C, published=P)

S = ("Max Verstappen won the Japanese Grand Prix from pole position, finishing 12.5 seconds ahead of "
     "teammate Sergio Perez. Carlos Sainz was third for Ferrari. It was Verstappen's 57th career victory.")
F("spo25", S, "Verstappen took his 57th win, 12.5s clear of Perez, with Sainz third.")
E("spo26", S, "Perez finished third in Japan.", C)
E("spo27", S, "It was Verstappen's 75th career victory.", C)
E("spo28", S, "Verstappen won by 2.5 seconds from Perez.", C)

S = ("England were bowled out for 246 in their second innings, setting India a target of 231 to win the "
     "fourth Test. India closed day four on 118 for three.")
F("spo29", S, "India need another 113 runs with seven wickets in hand.")
F("spo30", S, "India, chasing 231, reached 118-3 at stumps on day four.")
E("spo31", S, "England set India a target of 246 to win the fourth Test.", C)
E("spo32", S, "India closed day four on 118 for four.", C)

S = ("Manchester City signed midfielder Luca Moretti from Napoli for a fee of 62 million pounds on a "
     "five-year contract. The 23-year-old scored nine goals in 34 league games last season.")
F("spo33", S, "City paid £62m for Moretti, 23, who signed a five-year deal.")
F("spo34", S, "Moretti scored nine times in 34 league games last season.")
E("spo35", S, "The 34-year-old midfielder joined from Napoli.", C)
E("spo36", S, "Moretti signed a four-year contract with City.", C)
E("spo37", S, "Moretti scored 19 goals in 34 league games last season.", C)

S = ("Norway's Johannes Klaebo won his fifth gold medal of the championships in the 50km classic, finishing "
     "in 2 hours 4 minutes 11 seconds. Teammate Erik Valnes was 2.1 seconds behind in second.")
F("spo38", S, "Klaebo claimed a fifth gold, winning the 50km in 2:04:11, with Valnes second by 2.1s.")
E("spo39", S, "Valnes finished 2.1 seconds behind in third.", C)
E("spo40", S, "Klaebo won his fourth gold medal of the championships.", C)
E("spo41", S, "Klaebo won the 30km classic in 2:04:11.", C)

# ---------------------------------------------------------------- science / health
S = ("In the trial of 1,200 adults, those who received the drug lost an average of 14.9% of their body "
     "weight over 68 weeks, compared with 2.4% in the placebo group. About 4.5% of participants stopped "
     "treatment because of side effects.")
F("sci01", S, "Participants on the drug lost nearly 15% of their weight over 68 weeks versus 2.4% on "
               "placebo.")
F("sci02", S, "The drug group lost 12.5 percentage points more weight than the placebo group.")
F("sci03", S, "The 1,200-person trial ran for about 16 months.")
E("sci04", S, "Those who received the drug lost an average of 2.4% of their body weight.", C)
E("sci05", S, "The trial of 12,000 adults ran for 68 weeks.", C)
E("sci06", S, "About 14.9% of participants stopped treatment because of side effects.", C)

S = ("Measles cases in Europe rose to 58,000 last year, almost 45 times the 1,300 cases reported in 2022, "
     "the WHO said. Romania accounted for 30,000 of them.")
P = D(2024, 5, 20)
F("sci07", S, "Europe recorded 58,000 measles cases in 2023, up from 1,300 in 2022, the World Health "
               "Organization said.", published=P)
F("sci08", S, "Romania accounted for more than half of Europe's cases.", published=P)
F("sci09", S, "Cases jumped almost 45-fold in a year.", published=P)
E("sci10", S, "Measles cases in Europe rose to 58,000 in 2022.", C, published=P)
E("sci11", S, "Romania accounted for 3,000 of the cases.", C, published=P)
E("sci12", S, "Cases were 54 times higher than in 2022.", C, published=P)

S = ("Astronomers using the James Webb Space Telescope have detected carbon dioxide in the atmosphere of "
     "an exoplanet 700 light-years away. The planet, WASP-39b, orbits its star every 4.1 days.")
F("sci13", S, "The JWST spotted CO2 on WASP-39b, a planet about 700 light-years from Earth that completes "
               "an orbit in just over four days.")
F("sci14", S, "WASP-39b orbits its star roughly every four days.")
E("sci15", S, "WASP-39b lies 4.1 light-years away.", C)
E("sci16", S, "The planet orbits its star every 14 days.", C)

S = ("The study followed 96,000 women for an average of 12 years. Those who slept fewer than six hours a "
     "night had a 23% higher risk of heart disease than those who slept seven to eight hours.")
F("sci17", S, "Women sleeping under six hours a night had a 23% greater heart disease risk, according to "
               "the 12-year study of 96,000 women.")
F("sci18", S, "Short sleepers faced a nearly one-quarter higher risk of heart disease.")
E("sci19", S, "Women who slept fewer than seven hours had a 23% higher risk of heart disease.")
E("sci20", S, "Those who slept fewer than six hours had a 32% higher risk of heart disease.", C)
E("sci21", S, "The study followed 69,000 women for 12 years.", C)

S = ("The vaccine was 91% effective against severe illness in children aged 5 to 11, researchers reported, "
     "based on data from 3,400 participants in six countries.")
F("sci22", S, "In kids between five and 11, the shot was 91% effective at preventing severe disease, "
               "according to data from 3,400 children in six nations.")
E("sci23", S, "The vaccine was 91% effective in children aged 5 to 17.", C)
E("sci24", S, "The findings are based on 3,400 participants in 16 countries.", C)
E("sci25", S, "The vaccine was 19% effective against severe illness.", C)

S = ("NASA's Perseverance rover has collected 24 rock samples since landing in Jezero Crater in February "
     "2021, and has driven more than 28 kilometres.")
P = D(2025, 2, 18)
F("sci26", S, "Perseverance has gathered 24 samples and traveled over 28km since touching down four years "
               "ago.", published=P)
E("sci27", S, "Perseverance has collected 42 rock samples.", C, published=P)
E("sci28", S, "The rover landed in Jezero Crater in February 2020.", C, published=P)
E("sci29", S, "The rover has driven more than 28 miles.", C, published=P)

S = ("The glacier lost 1.4 metres of thickness last year, compared with an average annual loss of 0.6 "
     "metres in the 2000s, scientists said.")
P = D(2024, 10, 2)
F("sci30", S, "The glacier thinned by 1.4m in 2023, more than double the 2000s annual average of 0.6m.",
  published=P)
E("sci31", S, "The glacier lost 0.6 metres of thickness last year.", C, published=P)
E("sci32", S, "That compares with an average annual loss of 0.6 metres in the 1990s.", C, published=P)

S = ("Hospitals in the region treated 3,412 patients for heatstroke in August, four times as many as in "
     "August last year, the health ministry said. Eleven people died.")
F("sci33", S, "About 3,400 people were treated for heatstroke in August, a fourfold rise from a year "
               "earlier.")
F("sci34", S, "Hospitals treated about 850 heatstroke patients in August last year.")
E("sci35", S, "Hospitals treated 3,412 heatstroke patients, three times as many as a year earlier.", C)
E("sci36", S, "Eighteen people died of heatstroke in August.", C)

# ---------------------------------------------------------------- weather / climate
S = ("Temperatures reached 46.2C in Seville on Saturday, breaking the city's previous record of 45.7C set "
     "in 2017. Spain's weather agency AEMET issued red alerts for 11 provinces.")
P = D(2025, 7, 14)
F("wx01", S, "Seville hit 46.2C on Saturday, beating its 2017 record by half a degree.", published=P)
F("wx02", S, "AEMET put 11 provinces on red alert.", published=P)
F("wx03", S, "Seville recorded 46.2C on July 12, topping the 45.7C record from 2017.", published=P)
E("wx04", S, "Seville hit 45.7C on Saturday.", C, published=P)
E("wx05", S, "The previous record was set in 2007.", C, published=P)
E("wx06", S, "AEMET issued red alerts for 12 provinces.", C, published=P)

S = ("Up to 30 cm of snow is forecast for the Scottish Highlands on Thursday, the Met Office said, with "
     "winds gusting at 70 mph on exposed coasts. An amber warning runs from 6 a.m. until midnight.")
F("wx07", S, "The Met Office forecast as much as 30cm of snow in the Highlands, with 70mph gusts on "
              "exposed coasts.")
F("wx08", S, "The amber warning is in force for 18 hours.")
E("wx09", S, "30cm of snow will fall in the Highlands on Thursday.", tag="debatable")
E("wx10", S, "Winds are forecast to gust at 90 mph on exposed coasts.", C)
E("wx11", S, "The amber warning runs from 6 a.m. until noon.", C)

S = ("July was the hottest month on record globally, with an average surface air temperature of 16.95C, "
     "0.72C above the 1991-2020 average, the Copernicus Climate Change Service said.")
F("wx12", S, "Copernicus said July's global average temperature of 16.95C was 0.72C above the 1991-2020 "
              "norm.")
F("wx13", S, "July was about 0.7C warmer than the 1991-2020 average.")
E("wx14", S, "July's average temperature was 0.27C above the 1991-2020 average.", C)
E("wx15", S, "July was 0.72C above the 1981-2010 average.", C)

# ---------------------------------------------------------------- tech
S = ("Meridian Cloud said its new data centre in Dublin will cost 1.1 billion euros and create 300 permanent "
     "jobs when it opens in 2027. Construction will employ around 1,500 workers at its peak.")
F("tec01", S, "Meridian's €1.1bn Dublin data centre, due to open in 2027, will create 300 permanent jobs.")
F("tec02", S, "The facility will employ about 1,500 construction workers at the peak of building.")
E("tec03", S, "The data centre will create 1,500 permanent jobs.", C)
E("tec04", S, "The Dublin data centre will cost 1.1 million euros.", C)
E("tec05", S, "Meridian's data centre opens in 2026.", C)

S = ("The app passed 100 million monthly active users in March, just 14 months after launch, the company "
     "said. Paying subscribers rose to 4.2 million from 2.8 million in September.")
F("tec06", S, "Paid subscribers grew by half since September, to 4.2 million.")
F("tec07", S, "The app hit 100m monthly users 14 months after launching.")
E("tec08", S, "Paying subscribers rose to 2.8 million.", C)
E("tec09", S, "The app passed 100 million users 41 months after launch.", C)
E("tec10", S, "Paying subscribers rose to 4.2 million from 2.8 million in August.", C)

S = ("A data breach at the insurer exposed the personal information of 9.7 million current and former "
     "customers, including 1.2 million whose medical records were accessed, the company disclosed in a "
     "filing on Friday.")
F("tec11", S, "The breach exposed data on nearly 10 million customers, with medical records of 1.2 million "
               "accessed.")
F("tec12", S, "For 8.5 million of the affected customers, no medical records were accessed.", tag="debatable")
E("tec13", S, "The breach exposed the medical records of 9.7 million customers.")
E("tec14", S, "The breach exposed the information of 7.9 million customers.", C)

S = ("Vantage Motors recalled 412,000 SUVs in the United States because a faulty seat-belt sensor may fail "
     "to warn drivers. The recall covers 2021 to 2023 models; no injuries have been reported.")
F("tec15", S, "Vantage is recalling some 412,000 SUVs from the 2021-2023 model years over a faulty "
               "seat-belt sensor.")
F("tec16", S, "The recall spans three model years.")
E("tec17", S, "The recall covers SUVs from model years 2020 to 2023.", C)
E("tec18", S, "Vantage recalled 421,000 SUVs in the United States.", C)

S = ("The company said its new chip delivers up to 2.5 times the performance of its predecessor while "
     "using 40% less power. It will ship to customers in the fourth quarter, priced from $399.")
F("tec19", S, "The chip offers up to 2.5x the performance of the previous generation with 40% lower power "
               "use.")
F("tec20", S, "Priced from $399, the chip ships in Q4.")
E("tec21", S, "The new chip uses 25% less power than its predecessor.", C)
E("tec22", S, "The chip will be priced from $499.", C)
E("tec23", S, "It will ship to customers in the third quarter.", C)

S = ("The Federal Communications Commission fined the carrier $57 million for failing to protect location "
     "data of its customers, the largest privacy fine in the agency's history.")
F("tec24", S, "The FCC fined the carrier $57m, a record privacy penalty for the agency.")
E("tec25", S, "The FCC fined the carrier $75 million over location data.", C)

# ---------------------------------------------------------------- transport
S = ("The new high-speed line will cut journey times between Madrid and Lisbon from nine hours to about "
     "three, the governments said. The 620-km route is due to open in 2030 at a cost of 4.8 billion euros.")
F("trn01", S, "The 620km line will cut the Madrid-Lisbon trip from nine hours to around three hours.")
F("trn02", S, "Travel time will be cut by roughly six hours.")
F("trn03", S, "The high-speed link will reduce journey times by about two-thirds.")
E("trn04", S, "The line will cut journey times from nine hours to about five.", C)
E("trn05", S, "The 620-km route is due to open in 2035.", C)
E("trn06", S, "The route will cost 8.4 billion euros.", C)

S = ("Heathrow handled 83.9 million passengers last year, beating its pre-pandemic record of 80.9 million "
     "set in 2019. The airport expects 84.2 million this year.")
P = D(2025, 1, 15)
F("trn07", S, "Heathrow served a record 83.9 million passengers in 2024, 3 million more than its 2019 peak.",
  published=P)
F("trn08", S, "The airport forecasts 84.2 million passengers in 2025.", published=P)
E("trn09", S, "Heathrow expects 83.9 million passengers this year.", C, published=P)
E("trn10", S, "Its pre-pandemic record was set in 2018.", C, published=P)
E("trn11", S, "Heathrow handled 83.9 million passengers in 2023.", C, published=P)

S = ("About 1,400 flights were cancelled at Frankfurt airport on Wednesday as ground staff walked out for "
     "24 hours, affecting some 200,000 passengers, airport operator Fraport said.")
F("trn12", S, "Around 1,400 flights were scrapped at Frankfurt during the day-long strike, hitting about "
               "200,000 travellers.")
E("trn13", S, "Ground staff at Frankfurt walked out for 48 hours.", C)
E("trn14", S, "The strike affected some 2 million passengers.", C)
E("trn15", S, "About 14,000 flights were cancelled at Frankfurt.", C)

S = ("Ridership on the city's metro reached 1.41 billion trips in 2024, still 15% below the 2019 level of "
     "1.66 billion, the transit authority said.")
F("trn16", S, "Metro ridership hit 1.41bn trips in 2024, about 15% short of pre-pandemic 2019.")
F("trn17", S, "The metro carried about 250 million fewer trips than in 2019.")
E("trn18", S, "Ridership reached 1.66 billion trips in 2024.", C)
E("trn19", S, "Metro ridership is still 25% below its 2019 level.", C)

# ---------------------------------------------------------------- crime
S = ("Police seized 2.3 tonnes of cocaine worth an estimated 180 million euros in a raid on a warehouse "
     "in Antwerp, arresting seven people. It was the port's largest seizure this year.")
F("crm01", S, "Officers seized 2.3 tonnes of cocaine with an estimated street value of €180m and arrested "
               "seven suspects.")
F("crm02", S, "Police seized 2,300 kg of cocaine in Antwerp.")
E("crm03", S, "Police arrested 17 people in the raid.", C)
E("crm04", S, "Police seized 3.2 tonnes of cocaine in Antwerp.", C)
E("crm05", S, "The cocaine was worth an estimated $180 million.")

S = ("The gunman killed five people and wounded 11 others at a shopping centre in Tampere before being "
     "shot by police, officials said. The 27-year-old suspect had no criminal record.")
F("crm06", S, "Five people were killed and 11 injured; the 27-year-old gunman had no prior convictions.")
F("crm07", S, "The attack left 16 people dead or wounded.")
E("crm08", S, "The 27-year-old gunman killed 11 people.", C)
E("crm09", S, "The 72-year-old suspect had no criminal record.", C)
E("crm10", S, "The gunman killed five people and wounded 27 others.", C)

S = ("Reported burglaries in the city fell 18% in 2024 to 6,150, the lowest level since records began in "
     "1998, while car thefts rose 9%.")
P = D(2025, 2, 1)
F("crm11", S, "Burglaries dropped 18% to 6,150 last year, the fewest since records began in 1998.",
  published=P)
F("crm12", S, "Burglaries fell to around 6,200 in 2024.", published=P)
E("crm13", S, "Car thefts fell 18% in 2024.", C, published=P)
E("crm14", S, "Reported burglaries fell 9% in 2024.", C, published=P)
E("crm15", S, "It was the lowest level since records began in 1988.", C, published=P)

S = ("Authorities arrested 14 people and seized 96 firearms, including 31 assault rifles, in a two-week "
     "operation across three states, the FBI said.")
F("crm16", S, "The FBI said the two-week operation in three states netted 14 arrests and 96 guns, 31 of "
               "them assault rifles.")
F("crm17", S, "About a third of the seized weapons were assault rifles.")
E("crm18", S, "Authorities seized 31 firearms, including 96 assault rifles.", C)
E("crm19", S, "The FBI operation lasted three weeks.", C)
E("crm20", S, "The operation spanned four states.", C)

# ---------------------------------------------------------------- culture
S = ("'Echoes of Winter' took $84.5 million at the North American box office in its opening weekend, the "
     "biggest debut of the year, and $210 million worldwide. The film cost about $150 million to make.")
F("cul01", S, "The film opened to $84.5m domestically and $210m globally, against a budget of around "
               "$150m.")
F("cul02", S, "It earned $125.5 million outside North America.")
E("cul03", S, "The film cost about $210 million to make.", C)
E("cul04", S, "'Echoes of Winter' took $48.5 million in its opening weekend.", C)
E("cul05", S, "It was the second-biggest debut of the year.")

S = ("The novelist, who died on Tuesday at 88, published 23 books over six decades, including the 1979 "
     "bestseller 'Salt Roads', which sold more than 4 million copies.")
F("cul06", S, "The author, who died aged 88, wrote 23 books across 60 years, including 1979's 'Salt Roads'.")
F("cul07", S, "'Salt Roads' sold over four million copies.")
E("cul08", S, "The novelist died at 83.", C)
E("cul09", S, "She published 32 books over six decades.", C)
E("cul10", S, "Her best-known book was the 1997 bestseller 'Salt Roads'.", C)

S = ("The auction house sold Monet's 'Water Lilies' for 74 million dollars including fees on Thursday, "
     "above its pre-sale estimate of 55 million dollars. The painting last sold in 1999 for 9.9 million "
     "dollars.")
F("cul11", S, "The Monet fetched $74m with fees, beating its $55m estimate.")
F("cul12", S, "The painting's price has risen more than sevenfold since 1999.")
E("cul13", S, "The painting sold for $55 million on Thursday.", C)
E("cul14", S, "The painting last sold in 1989.", C)
E("cul15", S, "The Monet sold for $74 million, $29 million above its estimate.")

S = ("The festival drew a record 212,000 visitors over its 10 days, up from 187,000 last year, organisers "
     "said. More than 400 artists from 38 countries performed.")
P = D(2025, 8, 25)
F("cul16", S, "The 10-day festival attracted a record 212,000 people, up 25,000 on last year.", published=P)
F("cul17", S, "Attendance rose about 13%.", published=P)
F("cul18", S, "Over 400 performers from 38 nations appeared.", published=P)
E("cul19", S, "The festival drew 187,000 visitors this year.", C, published=P)
E("cul20", S, "More than 400 artists from 83 countries performed.", C, published=P)
E("cul21", S, "The festival lasted 12 days.", C, published=P)

S = ("The museum's new wing, designed by architect Sofia Lindqvist, adds 4,600 square metres of gallery "
     "space and cost 92 million kronor. It opens to the public on 14 March.")
P = D(2026, 3, 1)
F("cul22", S, "Lindqvist's 4,600 sq m wing, costing 92m kronor, opens on March 14.", published=P)
F("cul23", S, "The new wing opens to the public in two weeks.", published=P, tag="debatable")
E("cul24", S, "The new wing adds 6,400 square metres of gallery space.", C, published=P)
E("cul25", S, "The wing opens to the public on 4 March.", C, published=P)

# ---------------------------------------------------------------- misc / dates / words
S = ("The bridge, which opened in October 1937, carries about 112,000 vehicles a day. A suicide-prevention "
     "net costing $217 million was completed last year.")
P = D(2024, 1, 10)
F("mis01", S, "The bridge, opened in 1937, carries roughly 112,000 vehicles daily.", published=P)
F("mis02", S, "A $217m safety net was finished in 2023.", published=P)
F("mis03", S, "The bridge opened more than 86 years ago.", published=P)
E("mis04", S, "The bridge opened in October 1973.", C, published=P)
E("mis05", S, "The bridge carries about 121,000 vehicles a day.", C, published=P)
E("mis06", S, "The suicide-prevention net was completed in 2022.", C, published=P)

S = ("The charity said it had distributed 2.6 million meals in the past 12 months, a 30% increase on the "
     "previous year, and that demand at its 48 food banks was the highest in its 15-year history.")
F("mis07", S, "The charity handed out 2.6m meals over the past year, up 30%, across its 48 food banks.")
F("mis08", S, "Demand was the highest since the charity was founded 15 years ago.")
E("mis09", S, "The charity distributed 2.6 million meals, a 13% increase on the previous year.", C)
E("mis10", S, "Demand at its 84 food banks was the highest in its history.", C)
E("mis11", S, "Demand was the highest in the charity's 30-year history.", C)

S = ("The city council voted to raise parking fees from £1.50 to £2.40 an hour starting in April, the "
     "first increase since 2015.")
P = D(2025, 1, 20)
F("mis12", S, "Hourly parking will cost 90p more from April, rising to £2.40.", published=P)
F("mis13", S, "Parking fees will rise 60% to £2.40 an hour, the first increase in a decade.", published=P)
E("mis14", S, "Parking fees will rise to £2.40 a day from April.", published=P)
E("mis15", S, "Parking fees will rise from £1.50 to £2.40 an hour, the first increase since 2016.", C,
  published=P)
E("mis16", S, "Parking fees will rise 40% to £2.40 an hour.", published=P)

S = ("The zoo announced the birth of twin red panda cubs on 3 July, bringing its red panda population to "
     "five. The cubs each weighed about 110 grams at birth.")
P = D(2025, 7, 18)
F("mis17", S, "Two red panda cubs were born at the zoo on July 3, taking its population to five.",
  published=P)
F("mis18", S, "The zoo had three red pandas before the twins were born.", published=P)
F("mis19", S, "The twins, born two weeks ago, each weighed around 110g.", published=P, tag="debatable")
E("mis20", S, "The twin cubs each weighed about 110 kilograms at birth.", C, published=P)
E("mis21", S, "The births bring the zoo's red panda population to six.", C, published=P)
E("mis22", S, "The twin cubs were born on 13 July.", C, published=P)

S = ("Some 3,200 nurses began a 72-hour strike on Monday over pay, the union said, after talks broke down. "
     "The union is seeking a 12% raise; the health board has offered 5.5%.")
F("mis23", S, "About 3,200 nurses started a three-day strike after pay talks collapsed.")
F("mis24", S, "The union wants a 12% raise, more than double the 5.5% the board has offered.")
E("mis25", S, "The health board has offered a 12% raise.", C)
E("mis26", S, "The nurses began a 48-hour strike on Monday.", C)
E("mis27", S, "Some 2,300 nurses walked out over pay.", C)

S = ("The company's founder, Helen Brooks, started the business in her garage in 1986 with a loan of "
     "$5,000. It now employs 4,300 people in 17 countries.")
P = D(2026, 5, 4)
F("mis28", S, "Brooks launched the firm from her garage 40 years ago with a $5,000 loan.", published=P)
F("mis29", S, "The business, which Brooks founded in 1986, now has 4,300 staff in 17 countries.",
  published=P)
E("mis30", S, "Brooks started the business in 1986 with a loan of $50,000.", C, published=P)
E("mis31", S, "The company now employs 4,300 people in 71 countries.", C, published=P)
E("mis32", S, "Brooks founded the business 30 years ago.", published=P)

S = ("The ferry, carrying 312 passengers and 46 crew, ran aground off the island of Naxos on Sunday night. "
     "All 358 people on board were evacuated safely, the coastguard said.")
F("mis33", S, "All 358 people aboard the ferry, including 46 crew, were safely evacuated after it ran "
               "aground off Naxos.")
F("mis34", S, "The ferry was carrying more than 300 passengers.")
E("mis35", S, "The ferry was carrying 358 passengers and 46 crew.", C)
E("mis36", S, "The ferry, carrying 312 passengers and 64 crew, ran aground.", C)

S = ("Apple shares closed at a record $237.33 on Wednesday, giving the company a market value of about "
     "$3.6 trillion. The stock has gained 23% since the start of the year.")
F("mis37", S, "Apple's stock hit a record close of $237.33, valuing it at roughly $3.6trn.")
F("mis38", S, "Apple shares are up 23% year to date.")
E("mis39", S, "Apple's market value reached about $3.6 billion.", C)
E("mis40", S, "The stock has gained 32% since the start of the year.", C)
