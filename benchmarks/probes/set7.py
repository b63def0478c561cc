"""Blind evaluation set 7 for factcheck.checker.check_text: longer wire-style articles and
LLM-style summary sentences. Hand-written by a helper from the README and the checker issue
alone, run blind at the session's start (f1eb575); split by passage into a shaping half and a
held-out half (see benchmarks/README.md). Cases not edited after runs."""
import datetime

SPLIT = True  # by passage: shaped on one half, the other held out (bench_probes.half_of)
CASES = []
def F(cid, src, claim, **opts): CASES.append((cid, "F", src, claim, "supported", opts))
def C(cid, src, claim, **opts): CASES.append((cid, "E", src, claim, "contradicted", opts))
def U(cid, src, claim, **opts): CASES.append((cid, "E", src, claim, "flag", opts))
D = datetime.date

# ---------------------------------------------------------------- 1 weather
S = ("DALLAS (AP) — Severe thunderstorms and at least three tornadoes tore across North Texas on Tuesday, "
     "killing 12 people and injuring 47 others, state officials said. The storms knocked out power to about "
     "240,000 homes and businesses at their peak, according to the utility Oncor, and roughly 85,000 customers "
     "were still without electricity Wednesday morning. Governor Greg Abbott issued a disaster declaration for "
     "14 counties. \"We have lost neighbors, friends and family members,\" Abbott said at a news conference in "
     "Collin County, where seven of the deaths occurred. The National Weather Service said one of the tornadoes, "
     "rated EF-3, packed winds of up to 150 mph and carved a path 22 miles long. Hail the size of baseballs was "
     "reported in Denton, where the storm dropped 3.1 inches of rain in less than two hours. The last storm this "
     "deadly in the region struck in December 2015, when tornadoes killed 13 people in and around Garland and "
     "Rowlett. Insurers estimated the damage at $1.2 billion, roughly half of it to vehicles.")
P = D(2025, 5, 14)
F("wx-f1", S, "Storms Kill 12 in North Texas", published=P)
F("wx-f2", S, "Tuesday's storms killed 12 people and injured 47 across North Texas, with seven of the deaths in Collin County.", published=P)
F("wx-f3", S, "Power was cut to about 240,000 customers at the peak, and some 85,000 were still in the dark on Wednesday morning.", published=P)
F("wx-f4", S, "One EF-3 tornado packed winds of up to about 240 km/h and cut a 22-mile path.", published=P, tag="debatable")
F("wx-f5", S, "Abbott declared a disaster in 14 counties.", published=P)
F("wx-f6", S, "Denton got more than 3 inches of rain in under two hours.", published=P)
F("wx-f7", S, "It was the region's deadliest storm since 2015, when tornadoes killed 13 people around Garland and Rowlett.", published=P)
F("wx-f8", S, "Insurers put the damage at $1.2bn, about $600 million of it to vehicles.", published=P, tag="debatable")
C("wx-c1", S, "The storms killed 13 people across North Texas on Tuesday.", published=P)
C("wx-c2", S, "The EF-3 tornado carved a path 150 miles long.", published=P)
C("wx-c3", S, "About 85,000 homes and businesses lost power at the storms' peak.", published=P)
C("wx-c4", S, "Abbott issued a disaster declaration for 22 counties.", published=P)
U("wx-u1", S, "The storms damaged more than 3,000 homes, officials said.", published=P)
C("wx-c5", S, "Storms Kill 12 in North Texas on Monday", published=P)

# ---------------------------------------------------------------- 2 company results
S = ("Northwind Foods on Thursday reported third-quarter revenue of $4.2 billion, up 6% from a year earlier, "
     "as price increases offset weaker volumes in its snacks division. Net income rose to $512 million, or $1.38 "
     "a share, from $455 million, or $1.21 a share, in the same period last year. Analysts polled by LSEG had "
     "expected earnings of $1.31 a share. Volumes in snacks fell 3%, while the frozen-meals unit grew sales 9% "
     "to $1.1 billion. \"Consumers are still trading down, but our brands are holding share,\" Chief Executive "
     "Maria Okafor said on a call with analysts. The company raised its full-year revenue forecast to between "
     "$16.5 billion and $16.8 billion, from $16.2 billion to $16.6 billion previously. Northwind also said it "
     "would cut about 1,100 jobs, or 4% of its workforce, by the end of 2026. Its shares rose 5.2% in "
     "premarket trading. Rival Hartwell Brands last week posted a 2% drop in quarterly revenue.")
P = D(2025, 10, 23)
F("nw-f1", S, "Revenue: $4.2 billion, up 6%; EPS $1.38 vs $1.31 expected.", published=P)
F("nw-f2", S, "Northwind's net income climbed about 12.5% to $512 million in the third quarter.", published=P)
F("nw-f3", S, "The company said it will cut roughly 1,100 jobs, about 4% of staff, by the end of 2026.", published=P)
F("nw-f4", S, "Frozen meals grew 9% to $1.1bn, while snack volumes slipped 3%.", published=P)
F("nw-f5", S, "Northwind now expects full-year revenue of $16.5 billion to $16.8 billion, up from its earlier forecast of $16.2 billion to $16.6 billion.", published=P)
F("nw-f6", S, "Earnings per share rose by 17 cents from a year earlier.", published=P)
F("nw-f7", S, "Shares jumped more than 5% before the opening bell after the company beat estimates by 7 cents a share.", published=P)
C("nw-c1", S, "Northwind's quarterly revenue fell 2%.", published=P)
C("nw-c2", S, "Net income rose to $512 million, or $1.31 a share.", published=P)
C("nw-c3", S, "Northwind will cut about 1,100 jobs, or 6% of its workforce.", published=P)
C("nw-c4", S, "Snacks volumes fell 9%, while frozen meals grew 3%.", published=P)
C("nw-c5", S, "Northwind raised its full-year revenue forecast to between $16.2 billion and $16.6 billion.", published=P)
U("nw-u1", S, "Northwind's operating margin widened to 14.1%.", published=P)
C("nw-c6", S, "Net income rose 12.5% to $455 million.", published=P)

# ---------------------------------------------------------------- 3 court
S = ("A federal judge in Manhattan on Monday sentenced former hedge fund manager Daniel Reyes to 11 years in "
     "prison for defrauding investors of about $240 million. Prosecutors had sought 20 years, while Reyes's "
     "lawyers asked for no more than five. U.S. District Judge Alison Park also ordered Reyes, 52, to forfeit "
     "$87 million and pay restitution to more than 300 victims. A jury convicted him in March on nine counts, "
     "including securities fraud and wire fraud, after a three-week trial. \"The scale of the harm here is "
     "staggering,\" Park said. Reyes's former deputy, Kevin Lau, 41, pleaded guilty last year and was sentenced "
     "in June to four years. Reyes must report to prison by Jan. 15.")
P = D(2025, 11, 10)
F("ct-f1", S, "Ex-Fund Manager Gets 11 Years for $240M Fraud", published=P)
F("ct-f2", S, "The 52-year-old was sentenced to 11 years, well short of the 20 years prosecutors wanted.", published=P)
F("ct-f3", S, "He must also forfeit $87 million and repay more than 300 victims.", published=P)
F("ct-f4", S, "Jurors found Reyes guilty on nine counts in March after a trial lasting three weeks.", published=P)
F("ct-f5", S, "His former deputy, 41-year-old Kevin Lau, got four years.", published=P)
F("ct-f6", S, "The sentence was nine years shorter than the term prosecutors sought.", published=P)
C("ct-c1", S, "Reyes was sentenced to 20 years in prison.", published=P)
C("ct-c2", S, "Reyes, 41, was convicted on nine counts.", published=P)
C("ct-c3", S, "Lau was sentenced to five years.", published=P)
C("ct-c4", S, "Reyes defrauded investors of about $87 million.", published=P)
U("ct-u1", S, "Reyes was also fined $2 million.", published=P)
C("ct-c5", S, "The jury convicted Reyes on 11 counts.", published=P)

# ---------------------------------------------------------------- 4 central bank
S = ("The Bank of England held interest rates at 4% on Thursday, with the Monetary Policy Committee voting 5-4 "
     "to keep borrowing costs unchanged. Four members, including Deputy Governor Sarah Breeden, voted for a "
     "quarter-point cut to 3.75%. Governor Andrew Bailey said inflation, which stood at 3.8% in September, was "
     "likely to have peaked and should fall back towards the 2% target by the second half of 2027. The bank cut "
     "its forecast for economic growth next year to 1.2% from 1.25%. Unemployment has risen to 4.8%, the highest "
     "in four years. Markets had priced in a roughly 60% chance of a hold. The bank has cut rates five times "
     "since August 2024, when Bank Rate stood at 5.25%.")
P = D(2025, 11, 6)
F("boe-f1", S, "BoE keeps rates at 4% in 5-4 vote", published=P)
F("boe-f2", S, "Four of the nine MPC members backed a cut to 3.75%.", published=P)
F("boe-f3", S, "The bank has lowered rates by 1.25 percentage points since August 2024.", published=P)
F("boe-f4", S, "Inflation was 3.8% in September, nearly double the bank's 2% target.", published=P)
F("boe-f5", S, "Unemployment has climbed to 4.8%, a four-year high.", published=P)
F("boe-f6", S, "Policymakers voted narrowly to hold rates at 4%, after five cuts since August last year.", published=P)
C("boe-c1", S, "The Bank of England cut interest rates to 3.75% on Thursday.", published=P)
C("boe-c2", S, "The committee voted 6-3 to keep rates unchanged.", published=P)
C("boe-c3", S, "The bank raised its 2026 growth forecast to 1.25%.", published=P)
C("boe-c4", S, "Inflation stood at 4.8% in September.", published=P)
U("boe-u1", S, "The pound fell 0.4% against the dollar after the decision.", published=P)
C("boe-c5", S, "The bank has cut rates four times since August 2024.", published=P)

# ---------------------------------------------------------------- 5 public health
S = ("State health officials on Friday confirmed 38 new measles cases in West Texas, bringing the outbreak's "
     "total to 197 since it began in late January. Most of the cases are in Gaines County, which has reported "
     "124 infections. Twenty-three patients have been hospitalized, and one school-aged child died last month, "
     "the first U.S. measles death in a decade. Of the 197 cases, 195 were in people who were unvaccinated or "
     "whose vaccination status is unknown, the Department of State Health Services said. In neighboring New "
     "Mexico, officials have counted nine cases, including one adult who died. \"Vaccination remains the best "
     "protection,\" said Dr. Jennifer Shuford, the state health commissioner. Gaines County's kindergarten "
     "vaccination exemption rate is about 14%, nearly four times the state average.")
P = D(2025, 3, 14)
F("ms-f1", S, "Texas measles outbreak grows to 197 cases", published=P)
F("ms-f2", S, "Officials confirmed 38 more cases on Friday, bringing the total to nearly 200.", published=P)
F("ms-f3", S, "Gaines County accounts for 124 of the cases, and 23 people have been hospitalized.", published=P)
F("ms-f4", S, "All but two of the 197 patients were unvaccinated or of unknown vaccination status.", published=P)
F("ms-f5", S, "A child's death last month was the first from measles in the U.S. in 10 years.", published=P)
F("ms-f6", S, "The outbreak had 159 cases before Friday's update.", published=P)
F("ms-f7", S, "New Mexico has nine cases and one death.", published=P)
U("ms-u2", S, "Texas officials confirmed 38 new cases in Gaines County on Friday.", published=P, tag="debatable")
C("ms-c2", S, "New Mexico has recorded 23 cases.", published=P)
C("ms-c3", S, "Gaines County's exemption rate is about 14%, roughly twice the state average.", published=P)
U("ms-u1", S, "The outbreak has spread to 11 counties.", published=P)
C("ms-c4", S, "Texas measles outbreak grows to 124 cases", published=P)
C("ms-c5", S, "Thirty-eight patients have been hospitalized.", published=P)

# ---------------------------------------------------------------- 6 schools
S = ("The Riverside Unified School District board voted 4-1 on Tuesday night to close three elementary schools "
     "at the end of the school year, citing a steep drop in enrollment. The district has lost about 2,600 "
     "students since 2019 and now enrolls roughly 18,400, Superintendent Carla Jimenez told the board. Closing "
     "Lincoln, Madison and Oak Park elementaries will save an estimated $4.8 million a year, she said. About "
     "850 students will be moved to nearby campuses. The district faces a $21 million deficit in the coming "
     "budget year. Parents packed the meeting, and more than 60 people spoke during public comment, most of "
     "them against the plan. Board member Luis Ortega, the lone no vote, said the district should wait a year. "
     "The board closed two schools in 2021.")
P = D(2025, 2, 12)
F("sch-f1", S, "Riverside board votes 4-1 to close three elementary schools", published=P)
F("sch-f2", S, "Enrollment has fallen from about 21,000 in 2019 to roughly 18,400.", published=P)
F("sch-f3", S, "The closures will save an estimated $4.8 million annually and move about 850 pupils.", published=P)
F("sch-f4", S, "The savings would cover less than a quarter of the district's $21 million shortfall.", published=P)
F("sch-f5", S, "More than 60 speakers addressed the board, mostly opposing the plan.", published=P)
F("sch-f6", S, "The board previously closed two schools in 2021.", published=P)
C("sch-c1", S, "The board voted 3-2 to close three elementary schools.", published=P)
C("sch-c2", S, "The district will close two elementary schools at the end of the school year.", published=P)
C("sch-c3", S, "Closing the schools will save about $21 million a year.", published=P)
C("sch-c4", S, "The district has lost about 2,600 students since 2021.", published=P)
U("sch-u1", S, "About 40 teachers will be reassigned.", published=P)
C("sch-c5", S, "About 850 students have left the district since 2019.", published=P)

# ---------------------------------------------------------------- 7 city budget
S = ("The Portland City Council on Wednesday approved a $7.1 billion budget for the fiscal year that begins "
     "July 1, a 3.4% increase over this year's spending plan. The general fund, which pays for police, fire and "
     "parks, will grow to $812 million from $780 million. The budget adds 45 police officers and funds 12 new "
     "park rangers, but cuts 31 positions in the transportation bureau. Mayor Keith Wilson called it \"a budget "
     "that keeps our promises without raising taxes.\" Councilors voted 10-2 to approve it. The city closed a "
     "$93 million gap largely by drawing $40 million from reserves and delaying road projects. Last year's "
     "budget passed 9-3 after a months-long fight over police funding.")
P = D(2025, 6, 5)
F("pdx-f1", S, "Portland approves $7.1bn budget, up 3.4%", published=P)
F("pdx-f2", S, "The general fund rises by $32 million to $812 million.", published=P)
F("pdx-f3", S, "The plan hires 45 more police officers and 12 park rangers while eliminating 31 transportation jobs.", published=P)
F("pdx-f4", S, "The council passed it 10-2, a wider margin than last year's 9-3 vote.", published=P)
F("pdx-f5", S, "Reserves covered $40 million of the $93 million gap.", published=P)
F("pdx-f6", S, "The general fund will grow about 4% to $812 million.", published=P)
C("pdx-c1", S, "The council approved the budget 9-3.", published=P)
C("pdx-c2", S, "The budget adds 31 police officers.", published=P)
C("pdx-c3", S, "The general fund will shrink to $780 million.", published=P)
C("pdx-c4", S, "The city drew $93 million from reserves to close the gap.", published=P)
U("pdx-u1", S, "The budget includes $15 million for homeless shelters.", published=P)
C("pdx-c5", S, "The $7.1 billion budget is 4.3% larger than this year's.", published=P)

# ---------------------------------------------------------------- 8 transport
S = ("Commuters in the Bay Area face longer waits after BART's board voted on Thursday to cut weekday train "
     "frequency on four of its five lines starting in August. Trains will run every 20 minutes instead of every "
     "15 on those lines after 8 p.m., the agency said. The cuts are expected to save $12 million a year as the "
     "system confronts a projected $385 million annual deficit from 2026. Weekday ridership averaged about "
     "160,000 trips in the first half of the year, roughly 40% of pre-pandemic levels. \"Nobody on this board "
     "wanted to do this,\" said board president Mark Foley. Fares will also rise 5.5% in January, the third "
     "increase in three years. A regional sales-tax measure that could raise $1 billion a year for transit is "
     "expected on the November 2026 ballot.")
P = D(2025, 6, 27)
F("bart-f1", S, "BART will cut service on four of five lines, with trains every 20 minutes instead of 15 after 8 p.m.", published=P)
F("bart-f2", S, "The agency expects to save $12M a year, against a projected deficit of $385M a year from 2026.", published=P)
F("bart-f3", S, "Ridership is about 160,000 weekday trips, some 40% of what it was before the pandemic.", published=P)
F("bart-f4", S, "Fares will go up 5.5% in January.", published=P)
F("bart-f5", S, "Waits between evening trains will grow by five minutes.", published=P)
F("bart-f6", S, "Pre-pandemic weekday ridership was roughly 400,000 trips.", published=P, tag="debatable")
C("bart-c1", S, "BART will cut service on all five of its lines.", published=P)
C("bart-c2", S, "Fares will rise 5.5% in August.", published=P)
C("bart-c3", S, "The cuts are expected to save $385 million a year.", published=P)
C("bart-c4", S, "Trains will run every 15 minutes instead of every 20 after 8 p.m.", published=P)
U("bart-u1", S, "The cuts will affect about 25,000 evening riders.", published=P)
C("bart-c5", S, "A sales-tax measure that could raise $12 billion a year is expected on the 2026 ballot.", published=P)

# ---------------------------------------------------------------- 9 labour dispute
S = ("About 33,000 machinists at Boeing's factories in the Seattle area walked off the job early Friday after "
     "rejecting a contract offer, halting production of the 737 MAX, 767 and 777 jets. Members of the "
     "International Association of Machinists District 751 voted 94.6% to reject the deal and 96% to strike. "
     "The tentative agreement had offered pay raises of 25% over four years, well short of the 40% the union "
     "had sought. \"This is about respect,\" said district president Jon Holden. The last Boeing machinists' "
     "strike, in 2008, lasted 57 days and cost the company an estimated $100 million a day in deferred revenue. "
     "Analysts at TD Cowen estimated a 50-day strike this time could cost Boeing $3 billion to $3.5 billion in "
     "cash flow. Boeing shares fell 3.7% in morning trading.")
P = D(2024, 9, 13)
F("boe2-f1", S, "Some 33,000 Boeing machinists went on strike Friday after 94.6% rejected a deal offering 25% raises over four years.", published=P)
F("boe2-f2", S, "The union had sought a 40% raise, 15 points more than Boeing offered.", published=P)
F("boe2-f3", S, "The previous strike, in 2008, lasted nearly two months.", published=P)
F("boe2-f4", S, "TD Cowen said a 50-day walkout could cost $3bn-$3.5bn in cash flow.", published=P)
F("boe2-f5", S, "Boeing shares dropped nearly 4%.", published=P)
F("boe2-f6", S, "The walkout halts production of three jet models, the 737 MAX, 767 and 777.", published=P)
C("boe2-c1", S, "The 2008 strike lasted 50 days.", published=P)
C("boe2-c2", S, "Members voted 96% to reject the deal and 94.6% to strike.", published=P)
C("boe2-c3", S, "The deal offered raises of 40% over four years.", published=P)
C("boe2-c4", S, "About 33,000 machinists walked out after rejecting a deal offering 25% raises over three years.", published=P)
U("boe2-u1", S, "The strike idles about 10,000 other workers at suppliers.", published=P)
C("boe2-c5", S, "Boeing shares rose 3.7% in morning trading.", published=P)

# ---------------------------------------------------------------- 10 wildfire
S = ("A wind-driven wildfire in Southern California's mountains has burned more than 23,000 acres and destroyed "
     "at least 135 structures, fire officials said Sunday. The Canyon Fire, which broke out Thursday afternoon "
     "near Lake Hughes, was 18% contained as of Sunday morning, according to Cal Fire. About 4,100 people remain "
     "under evacuation orders. Two firefighters suffered minor injuries. More than 2,300 personnel and 14 "
     "helicopters are assigned to the blaze. Gusts reached 55 mph on Saturday, forecasters said, and humidity "
     "levels dropped into the single digits. The fire is the largest in Los Angeles County since the 2020 Bobcat "
     "Fire, which burned about 115,000 acres.")
P = D(2025, 8, 10)
F("fire-f1", S, "Canyon Fire burns 23,000 acres, destroys 135 structures", published=P)
F("fire-f2", S, "The blaze has scorched more than 9,300 hectares and was 18% contained on Sunday.", published=P, tag="debatable")
F("fire-f3", S, "Roughly 4,100 residents are still under evacuation orders, and two firefighters have been hurt.", published=P)
F("fire-f4", S, "Over 2,300 firefighters and 14 helicopters are battling the fire, which began on Thursday.", published=P)
F("fire-f5", S, "The Bobcat Fire of 2020 burned about five times as much land.", published=P)
F("fire-f6", S, "Gusts of 55 mph fanned the flames on Saturday.", published=P)
C("fire-c1", S, "The fire was 55% contained as of Sunday morning.", published=P)
C("fire-c2", S, "The Canyon Fire has burned about 115,000 acres.", published=P)
C("fire-c3", S, "The fire broke out on Saturday near Lake Hughes.", published=P)
C("fire-c4", S, "Fourteen firefighters have been injured.", published=P)
U("fire-u1", S, "The fire has cost $40 million to fight so far.", published=P)
C("fire-c5", S, "The fire has destroyed at least 135 homes and forced 23,000 people to evacuate.", published=P)

# ---------------------------------------------------------------- 11 sport result
S = ("Arsenal moved three points clear at the top of the Premier League after beating Newcastle 2-1 at the "
     "Emirates Stadium on Sunday. Bukayo Saka opened the scoring in the 27th minute, and although Alexander Isak "
     "equalised five minutes after half-time, Declan Rice headed the winner in the 81st minute. The victory was "
     "Arsenal's sixth straight league win and took them to 34 points from 14 games. Manchester City, who drew "
     "1-1 at Brentford on Saturday, are second on 31 points. Newcastle, who beat Arsenal 1-0 in the reverse "
     "fixture last season, slipped to ninth. \"We showed real character,\" said manager Mikel Arteta. "
     "Attendance was 60,214.")
P = D(2025, 12, 1)
F("ars-f1", S, "Arsenal 2-1 Newcastle: Rice header extends lead to three points", published=P)
F("ars-f2", S, "Arsenal beat Newcastle 2-1 on Sunday for a sixth straight league win.", published=P)
F("ars-f3", S, "Saka scored in the 27th minute and Rice headed the winner with nine minutes of normal time left.", published=P)
F("ars-f4", S, "The Gunners have 34 points from 14 games, three more than second-placed Manchester City.", published=P)
F("ars-f5", S, "A crowd of just over 60,000 saw Isak equalise in the 50th minute.", published=P, tag="debatable")
C("ars-c1", S, "Newcastle beat Arsenal 2-1 at the Emirates on Sunday.", published=P)
C("ars-c2", S, "Arsenal are five points clear at the top.", published=P)
C("ars-c3", S, "Manchester City drew 1-1 at Brentford on Sunday.", published=P)
C("ars-c4", S, "Rice headed the winner in the 27th minute.", published=P)
C("ars-c5", S, "The win was Arsenal's fifth straight in the league.", published=P)
U("ars-u1", S, "Arsenal had 62% of possession.", published=P)
C("ars-c6", S, "Arsenal have 31 points from 14 games.", published=P)

# ---------------------------------------------------------------- 12 transfer
S = ("Liverpool have agreed a British-record deal worth up to £125 million with Newcastle for striker Alexander "
     "Isak, the clubs said on Monday. The fee comprises a guaranteed £110 million plus £15 million in "
     "add-ons, eclipsing the £116 million Liverpool paid Bayer Leverkusen for Florian Wirtz in June. The "
     "25-year-old Sweden international has signed a six-year contract. Isak scored 62 goals in 109 appearances "
     "for Newcastle after joining from Real Sociedad for £63 million in 2022. Newcastle, who had rejected a "
     "£110 million bid last month, will use part of the fee to fund a move for Brentford's Yoane Wissa, "
     "reported to cost £55 million.")
P = D(2025, 9, 1)
F("isak-f1", S, "Liverpool sign Isak for British record of up to £125m", published=P)
F("isak-f2", S, "The deal is £110m guaranteed plus £15m in add-ons.", published=P)
F("isak-f3", S, "The 25-year-old signed a six-year deal.", published=P)
F("isak-f4", S, "Isak scored 62 times in 109 games for Newcastle, who bought him for £63m in 2022.", published=P)
F("isak-f5", S, "The fee tops the £116m Liverpool paid for Wirtz by up to £9 million.", published=P)
F("isak-f6", S, "Newcastle could make almost double what they paid for the striker three years ago.", published=P, tag="debatable")
C("isak-c1", S, "Isak has signed a five-year contract.", published=P)
C("isak-c2", S, "Liverpool paid £125 million for Florian Wirtz in June.", published=P)
C("isak-c3", S, "Isak scored 109 goals in 62 appearances for Newcastle.", published=P)
C("isak-c4", S, "Newcastle signed Isak from Real Sociedad for £63 million in 2021.", published=P)
U("isak-u1", S, "Isak will earn about £300,000 a week.", published=P)
C("isak-c5", S, "The 23-year-old has signed a six-year contract.", published=P)

# ---------------------------------------------------------------- 13 inflation
S = ("U.S. consumer prices rose 2.9% in August from a year earlier, up from 2.7% in July, the Labor Department "
     "said Thursday, as tariffs pushed up the cost of goods from furniture to coffee. On a monthly basis, the "
     "consumer price index climbed 0.4%, the biggest gain since January. Core inflation, which excludes food "
     "and energy, held at 3.1% annually. Grocery prices jumped 0.6% in the month, with coffee up 20.9% from a "
     "year ago and beef up 13.9%. Gasoline rose 1.9% in August. Separately, initial jobless claims rose by "
     "27,000 to 263,000 last week, the highest in nearly four years. Federal Reserve officials meet next week "
     "and are widely expected to cut their benchmark rate by a quarter point from its current range of 4.25% "
     "to 4.5%.")
P = D(2025, 9, 11)
F("cpi-f1", S, "US inflation rises to 2.9% in August", published=P)
F("cpi-f2", S, "Annual inflation rose 0.2 percentage points to 2.9% in August.", published=P)
F("cpi-f3", S, "Monthly CPI: +0.4%, the largest since January; core steady at 3.1%.", published=P)
F("cpi-f4", S, "Coffee prices were up nearly 21% on the year and beef almost 14%.", published=P)
F("cpi-f5", S, "Jobless claims climbed to 263,000, up from 236,000 the week before.", published=P)
F("cpi-f6", S, "The Fed is expected to cut rates by 25 basis points next week.", published=P)
C("cpi-c1", S, "Consumer prices rose 2.7% in August from a year earlier.", published=P)
C("cpi-c2", S, "Core inflation rose to 3.1% from 2.9%.", published=P)
C("cpi-c3", S, "Annual inflation rose 0.2% to 2.9% in August.", published=P, tag="debatable")
C("cpi-c4", S, "Coffee prices rose 13.9% from a year ago, while beef was up 20.9%.", published=P)
C("cpi-c5", S, "Jobless claims fell by 27,000 to 263,000.", published=P)
U("cpi-u1", S, "Rents rose 3.6% from a year earlier.", published=P)
C("cpi-c6", S, "The consumer price index climbed 0.6% in August from July.", published=P)

# ---------------------------------------------------------------- 14 housing
S = ("Home prices in England and Wales rose 1.3% in the year to October, the slowest pace in 18 months, "
     "according to Nationwide Building Society. The average price of a home was £272,000, down 0.2% from "
     "September. \"Affordability remains stretched,\" said Robert Gardner, Nationwide's chief economist, "
     "noting that a buyer on an average income would need a deposit of about £54,000 to put down 20%. "
     "Northern Ireland again recorded the strongest annual growth, at 9.5%, while London prices fell 0.6%. "
     "Mortgage approvals edged up to 65,900 in September from 64,700 in August, Bank of England figures "
     "showed. Two years ago, at the peak of the mortgage-rate spike, approvals fell below 44,000.")
P = D(2025, 11, 3)
F("hp-f1", S, "House prices rose 1.3% in the year to October, the weakest since April last year.", published=P, tag="debatable")
F("hp-f2", S, "According to Nationwide, the average home cost £272,000 in October, a monthly dip of 0.2%.", published=P)
F("hp-f3", S, "A 20% deposit on an average home is about £54,000.", published=P)
F("hp-f4", S, "Northern Ireland led with annual growth of 9.5%; London prices fell 0.6%.", published=P)
F("hp-f5", S, "Mortgage approvals rose by 1,200 to 65,900 in September.", published=P)
F("hp-f6", S, "Approvals are roughly 50% higher than two years ago, when they dipped below 44,000.", published=P, tag="debatable")
C("hp-c1", S, "Home prices rose 9.5% in the year to October, Nationwide said.", published=P)
C("hp-c2", S, "The average home price rose 0.2% from September to £272,000.", published=P)
C("hp-c3", S, "Mortgage approvals fell to 64,700 in September.", published=P)
C("hp-c4", S, "Price growth was the slowest in 12 months.", published=P)
U("hp-u1", S, "The average two-year fixed mortgage rate is 4.9%.", published=P)
C("hp-c5", S, "London prices rose 0.6% over the year.", published=P)

# ---------------------------------------------------------------- 15 poll
S = ("Democrat Mikie Sherrill leads Republican Jack Ciattarelli by 8 points in the race for New Jersey governor, "
     "a new Quinnipiac University poll released Wednesday found. Sherrill has the support of 49% of likely "
     "voters to Ciattarelli's 41%, with 8% undecided. The poll of 1,238 likely voters, conducted Oct. 9-13, "
     "has a margin of error of plus or minus 3.5 percentage points. A Quinnipiac survey last month had "
     "Sherrill ahead by 11 points, 51% to 40%. Among independents, Ciattarelli leads 45% to 39%. President "
     "Trump's approval rating in the state stood at 38%. The election is Nov. 4.")
P = D(2025, 10, 15)
F("nj-f1", S, "Poll: Sherrill leads Ciattarelli 49%-41% in NJ governor race", published=P)
F("nj-f2", S, "Sherrill's lead narrowed from 11 points last month to 8 points, according to Quinnipiac.", published=P)
F("nj-f3", S, "The survey of 1,238 likely voters has a 3.5-point margin of error.", published=P)
F("nj-f4", S, "Ciattarelli is ahead by 6 points among independents.", published=P)
F("nj-f5", S, "Sherrill's support slipped 2 points from September's 51%, while Ciattarelli gained a point.", published=P)
F("nj-f6", S, "With the election on Nov. 4, 8% of voters remain undecided.", published=P)
C("nj-c1", S, "Sherrill leads Ciattarelli by 11 points in the new poll.", published=P)
C("nj-c2", S, "Sherrill leads 51% to 40%, the poll released Wednesday found.", published=P)
C("nj-c3", S, "Sherrill leads among independents 45% to 39%.", published=P)
C("nj-c4", S, "Sherrill's lead is 8%, up from 11% last month.", published=P)
U("nj-u1", S, "Sherrill leads by 20 points among women.", published=P)
C("nj-c5", S, "The poll has a margin of error of plus or minus 3.8 percentage points.", published=P)

# ---------------------------------------------------------------- 16 science paper
S = ("People who walked at least 7,000 steps a day had a 47% lower risk of dying from any cause than those who "
     "walked 2,000 steps, according to a study published Wednesday in The Lancet Public Health. The analysis "
     "pooled data from 57 studies covering more than 160,000 adults in 12 countries. The 7,000-step mark was "
     "also linked to a 25% lower risk of cardiovascular disease, a 38% lower risk of dementia and a 22% lower "
     "risk of depression. Benefits continued to rise beyond 7,000 steps for heart disease but levelled off for "
     "most other outcomes. \"You don't need to hit 10,000,\" said lead author Melody Ding of the University of "
     "Sydney. The average adult in the studies took about 5,000 steps a day. A 2019 study by Harvard "
     "researchers found mortality benefits levelled off at about 7,500 steps among older women.")
P = D(2025, 7, 24)
F("steps-f1", S, "Walking 7,000 steps a day cuts death risk by almost half, study finds", published=P)
F("steps-f2", S, "The Lancet Public Health analysis pooled 57 studies of over 160,000 adults in 12 countries.", published=P)
F("steps-f3", S, "Compared with 2,000 steps, 7,000 was linked to a 25% lower risk of heart disease and a 38% lower risk of dementia.", published=P)
F("steps-f4", S, "The 7,000-step mark is about 2,000 steps more than the average participant took each day.", published=P)
F("steps-f5", S, "The researchers said people need not reach 10,000 steps a day.", published=P)
C("steps-f6c", S, "Walking 7,000 steps a day was linked to a 38% lower risk of depression.", published=P)
C("steps-c1", S, "Walking 7,000 steps a day cut the risk of death by 25%.", published=P)
C("steps-c2", S, "The analysis covered 57 countries.", published=P)
C("steps-c3", S, "The study found benefits levelled off at about 7,500 steps.", published=P, tag="debatable")
U("steps-u1", S, "Each additional 1,000 steps lowered the risk of death by 15%.", published=P)
C("steps-c4", S, "Participants who walked 10,000 steps a day had a 47% lower risk of dying.", published=P)

# ---------------------------------------------------------------- 17 space
S = ("CAPE CANAVERAL, Fla. — NASA's Artemis II crew will fly around the moon no earlier than February 2026, "
     "the agency said Tuesday, as engineers finish checks on the Orion capsule's heat shield. The four "
     "astronauts — NASA's Reid Wiseman, Victor Glover and Christina Koch, and Canada's Jeremy Hansen — will "
     "spend about 10 days in space and travel roughly 4,600 miles beyond the far side of the moon. The mission "
     "was originally scheduled for November 2024 before problems with the heat shield on the uncrewed Artemis I "
     "flight in 2022 forced a delay. Each Space Launch System launch costs about $4.1 billion, according to "
     "NASA's inspector general. Artemis III, which aims to land two astronauts near the lunar south pole, is "
     "targeted for mid-2027. No humans have travelled to the moon since Apollo 17 in December 1972.")
P = D(2025, 9, 23)
F("art-f1", S, "Artemis II, with four astronauts aboard, will launch no earlier than February 2026 on a roughly 10-day flight around the moon.", published=P)
F("art-f2", S, "The crew will travel about 7,400 km beyond the moon's far side.", published=P, tag="debatable")
F("art-f3", S, "The mission has slipped more than a year from its original November 2024 date.", published=P)
F("art-f4", S, "It will be the first crewed trip to the moon in more than 50 years.", published=P)
F("art-f5", S, "Three of the four crew members are NASA astronauts; the fourth is Canadian.", published=P)
F("art-f6", S, "According to NASA's inspector general, each SLS launch costs about $4.1bn.", published=P)
C("art-c1", S, "Artemis II will launch no earlier than November 2024.", published=P)
C("art-c2", S, "Artemis III aims to land four astronauts near the lunar south pole.", published=P)
C("art-c3", S, "The crew will spend about 10 days in space and travel 4,600 km beyond the moon.", published=P)
C("art-c4", S, "Artemis III is targeted for mid-2026.", published=P)
U("art-u1", S, "The Orion capsule can carry 26,000 pounds of cargo.", published=P)
C("art-c5", S, "No humans have been to the moon since Apollo 17 in December 1969.", published=P)

# ---------------------------------------------------------------- 18 agriculture
S = ("Brazil's soybean harvest is expected to reach a record 171.5 million metric tons in the 2024/25 season, "
     "state crop agency Conab said on Thursday, up from its previous forecast of 168.3 million tons. That would "
     "be 16.3 million tons, or 10.5%, more than last season's drought-hit crop. Corn output was forecast at "
     "124.7 million tons, up 7.6%. Mato Grosso, the largest producing state, is expected to harvest 45.2 "
     "million tons of soybeans. Exports of the oilseed are projected at 106 million tons, with China buying "
     "about 70% of the total. \"The weather was kind to most regions this year,\" Conab president Edegar "
     "Pretto said. In neighbouring Argentina, the Rosario grains exchange cut its soy estimate to 47 million "
     "tons because of a dry spell.")
P = D(2025, 5, 15)
F("soy-f1", S, "Brazil's soy crop seen at record 171.5 million tonnes, Conab says", published=P)
F("soy-f2", S, "Conab raised its estimate by 3.2 million tons to 171.5 million.", published=P)
F("soy-f3", S, "The crop would be more than 10% bigger than last season's 155.2 million tons.", published=P)
F("soy-f4", S, "China is expected to take roughly 74 million tons of Brazil's 106 million tons of soy exports.", published=P, tag="debatable")
F("soy-f5", S, "Mato Grosso alone should produce 45.2 million tons, nearly as much as Argentina's entire crop of 47 million.", published=P, tag="debatable")
F("soy-f6", S, "Corn output: 124.7m tons, up 7.6%.", published=P)
C("soy-c1", S, "Corn output is forecast to rise 10.5% to 124.7 million tons.", published=P)
C("soy-c2", S, "Brazil's soybean exports are projected at 171.5 million tons.", published=P)
C("soy-c3", S, "Argentina's grains exchange cut its soy estimate to 45.2 million tons.", published=P)
C("soy-c4", S, "Conab raised its soybean forecast from 164.3 million tons.", published=P)
U("soy-u1", S, "Soybean prices in Chicago fell 1.2% after the report.", published=P)
C("soy-c5", S, "China buys about 60% of Brazil's soybean exports.", published=P)

# ---------------------------------------------------------------- 19 aviation incident
S = ("A Delta Air Lines regional jet flipped upside down while landing in a snowstorm at Toronto Pearson "
     "International Airport on Monday afternoon, injuring 21 of the 80 people aboard, officials said. All 76 "
     "passengers and four crew members survived. Three of the injured, including a child, were in critical "
     "condition, according to air ambulance service Ornge. The Endeavor Air CRJ-900, operating as Delta "
     "Flight 4819 from Minneapolis, touched down at about 2:15 p.m. amid gusts of up to 65 km/h. \"It could "
     "have been far worse,\" Pearson fire chief Todd Aitken said. The Transportation Safety Board of Canada "
     "said it was sending investigators. Pearson closed two runways, and about 300 flights were cancelled. "
     "It was the fourth major aviation accident in North America in a month.")
P = D(2025, 2, 18)
F("yyz-f1", S, "Delta jet flips on landing in Toronto; all 80 aboard survive", published=P)
F("yyz-f2", S, "Twenty-one people were hurt, three of them critically, when the CRJ-900 overturned on Monday.", published=P)
F("yyz-f3", S, "The plane, carrying 76 passengers and four crew, was flying from Minneapolis as Flight 4819.", published=P)
F("yyz-f4", S, "Winds gusted up to about 40 mph as the jet landed around 2:15 p.m.", published=P, tag="debatable")
F("yyz-f5", S, "Fifty-nine of those aboard escaped without injury.", published=P)
F("yyz-f6", S, "About 300 flights were cancelled after two runways closed.", published=P)
C("yyz-c1", S, "The crash injured 80 of the 21 people aboard.", published=P, tag="debatable")
C("yyz-c2", S, "Four of the injured were in critical condition.", published=P)
C("yyz-c3", S, "The jet carried 80 passengers and four crew members.", published=P)
C("yyz-c4", S, "The plane landed at about 2:15 p.m. on Sunday.", published=P)
U("yyz-u1", S, "The jet was 12 years old, according to Delta.", published=P)
C("yyz-c5", S, "It was the third major aviation accident in North America in a month.", published=P)

# ---------------------------------------------------------------- 20 obituary
S = ("Jane Goodall, the British primatologist whose decades of work with chimpanzees in Tanzania transformed "
     "scientists' understanding of animal behaviour, has died. She was 91. The Jane Goodall Institute said she "
     "died of natural causes on Wednesday in California, where she was on a speaking tour. Born in London in "
     "1934, Goodall arrived at Gombe Stream in 1960 at the age of 26 with no formal scientific training. Her "
     "observation that chimpanzees made and used tools upended the belief that only humans did. She founded "
     "the institute in 1977, and it now operates in more than 25 countries. Goodall travelled about 300 days a "
     "year well into her 80s. She was made a Dame in 2004 and received the Presidential Medal of Freedom in "
     "January. She is survived by her son, Hugo, and three grandchildren.")
P = D(2025, 10, 2)
F("jg-f1", S, "Jane Goodall dies at 91", published=P)
F("jg-f2", S, "Goodall, who was born in 1934, began studying chimpanzees at Gombe in 1960, aged 26.", published=P)
F("jg-f3", S, "Her fieldwork at Gombe began 65 years ago.", published=P)
F("jg-f4", S, "She set up the Jane Goodall Institute in 1977; it is active in over 25 countries.", published=P)
F("jg-f5", S, "She was on the road roughly 300 days a year well into her eighties.", published=P)
F("jg-f6", S, "She is survived by a son and three grandchildren.", published=P)
C("jg-c1", S, "Goodall arrived at Gombe Stream in 1960 at the age of 23.", published=P)
C("jg-c2", S, "She founded the Jane Goodall Institute in 1960.", published=P)
C("jg-c3", S, "Goodall was made a Dame in 1977.", published=P)
C("jg-c4", S, "Jane Goodall dies at 90", published=P)
U("jg-u1", S, "She wrote more than 30 books.", published=P)
C("jg-c5", S, "She is survived by her son, Hugo, and two grandchildren.", published=P)

# ---------------------------------------------------------------- 21 crime
S = ("Police in Minneapolis arrested two men on Saturday in connection with a shooting outside a bar that left "
     "one person dead and five wounded, Chief Brian O'Hara said. The suspects, aged 19 and 23, were taken into "
     "custody at an apartment in St. Paul about 36 hours after the shooting. Officers recovered two handguns "
     "and a rifle. The victim who died was a 34-year-old man from Richfield; the wounded ranged in age from 21 "
     "to 45, and two remain in serious condition. \"This was a targeted attack,\" O'Hara said. It was the city's "
     "third mass shooting this year. Minneapolis recorded 75 homicides in 2024, down from 97 in 2021.")
P = D(2025, 6, 15)
F("mpls-f1", S, "Two suspects, 19 and 23, were arrested a day and a half after the shooting, which killed a 34-year-old man.", published=P)
F("mpls-f2", S, "Police seized three guns: two handguns and a rifle.", published=P)
F("mpls-f3", S, "Six people were shot, one fatally.", published=P)
F("mpls-f4", S, "Homicides in the city fell by 22 between 2021 and 2024.", published=P)
C("mpls-c1", S, "The shooting left one person dead and two wounded.", published=P)
C("mpls-c2", S, "The man who died was 45.", published=P)
C("mpls-c3", S, "Minneapolis recorded 97 homicides in 2024.", published=P)
U("mpls-u1", S, "Witnesses said more than 40 shots were fired.", published=P)

# ---------------------------------------------------------------- 22 box office
S = ("\"Zootopia 2\" dominated the Thanksgiving box office, taking in $96.8 million in North America over the "
     "three-day weekend and $156 million across the five-day holiday frame, Disney said Sunday. That is the "
     "biggest Thanksgiving opening on record, beating the $125 million five-day debut of \"Moana 2\" last "
     "year. Worldwide, the animated sequel grossed $556 million, including $272 million from China. "
     "\"Wicked: For Good\" fell to second with $41 million in its second weekend, down 65%, pushing its "
     "domestic total to $223 million. The original \"Zootopia\" grossed $1.02 billion globally in 2016. "
     "\"Audiences were hungry for something the whole family could see,\" said Disney's distribution chief, "
     "Tony Chambers.")
P = D(2025, 11, 30)
F("zoo-f1", S, "Zootopia 2 sets Thanksgiving record with $156M five-day debut", published=P)
F("zoo-f2", S, "The sequel earned $556 million worldwide, nearly half of it in China.", published=P)
F("zoo-f3", S, "Its five-day opening topped Moana 2's record by $31 million.", published=P)
F("zoo-f4", S, "Wicked: For Good dropped 65% to $41m in its second weekend.", published=P)
F("zoo-f5", S, "The original film grossed just over $1 billion worldwide nine years ago.", published=P)
C("zoo-c1", S, "Zootopia 2 took in $156 million over the three-day weekend.", published=P)
C("zoo-c2", S, "Wicked: For Good's domestic total reached $272 million.", published=P)
C("zoo-c3", S, "Moana 2 opened with $125 million over five days in 2023.", published=P)
U("zoo-u1", S, "Zootopia 2 cost about $150 million to make.", published=P)

# ---------------------------------------------------------------- 23 election result
S = ("Voters in the Dutch general election on Wednesday handed the centrist D66 party 26 seats in the "
     "150-member lower house, making it the largest party, according to near-final results published Friday. "
     "Geert Wilders' far-right Party for Freedom (PVV) also won 26 seats, down from 37 in 2023, but trailed D66 "
     "by about 28,000 votes. The centre-right VVD took 22 seats and the Christian Democrats 18. Turnout was "
     "78.4%, slightly above the 77.7% of two years ago, officials said. A coalition needs 76 "
     "seats for a majority. D66 leader Rob Jetten, 38, could become the country's youngest prime minister.")
P = D(2025, 10, 31)
F("nl-f1", S, "D66 and the PVV each won 26 of the 150 seats.", published=P)
F("nl-f2", S, "The PVV lost 11 seats compared with 2023.", published=P)
F("nl-f3", S, "D66, VVD and the Christian Democrats together hold 66 seats, 10 short of a majority.", published=P)
F("nl-f4", S, "Jetten, 38, could become the youngest Dutch prime minister.", published=P)
C("nl-c1", S, "The PVV won 37 seats, the most of any party.", published=P)
C("nl-c2", S, "The VVD took 18 seats and the Christian Democrats 22.", published=P)
C("nl-c3", S, "A coalition needs 75 seats for a majority.", published=P)
U("nl-u1", S, "GroenLinks-PvdA won 20 seats.", published=P)

# ---------------------------------------------------------------- 24 oil / OPEC
S = ("OPEC+ agreed on Sunday to raise oil output by 137,000 barrels per day in November, the same modest "
     "increase as in October, as the group weighs fears of a looming supply glut. The eight member countries, "
     "led by Saudi Arabia and Russia, have already raised production targets by about 2.7 million bpd since "
     "April, roughly 2.5% of world demand. Brent crude settled at $64.53 a barrel on Friday, down 8% for the "
     "week, its biggest weekly loss since June. The International Energy Agency forecasts a record surplus of "
     "nearly 4 million bpd next year. Russia had pushed for a larger hike of 274,000 bpd, two sources said.")
P = D(2025, 10, 5)
F("opec-f1", S, "OPEC+ to lift output by 137,000 bpd in November, matching October's rise", published=P)
F("opec-f2", S, "Russia had sought twice the increase, 274,000 barrels a day.", published=P)
F("opec-f3", S, "Brent fell 8% on the week to settle at about $64.50 on Friday.", published=P)
F("opec-f4", S, "The IEA sees a glut of almost 4 million bpd next year.", published=P)
C("opec-c1", S, "OPEC+ agreed to raise output by 274,000 barrels per day in November.", published=P)
C("opec-c2", S, "The group has raised production targets by about 2.7 million bpd since June.", published=P)
C("opec-c3", S, "Brent crude settled at $64.53 a barrel on Friday, up 8% for the week.", published=P)
U("opec-u1", S, "Saudi Arabia now pumps about 10 million barrels a day.", published=P)

# ---------------------------------------------------------------- 25 tech layoffs
S = ("Amazon said on Tuesday it would cut about 14,000 corporate jobs, its biggest round of layoffs since 2023, "
     "as it shifts spending toward artificial intelligence. The cuts amount to roughly 4% of Amazon's 350,000 "
     "corporate employees; the company has about 1.55 million workers in total, most of them in warehouses. "
     "Beth Galetti, senior vice president of people experience, said in a memo that affected staff would get "
     "90 days to look for a new role internally. In late 2022 and early 2023, Amazon eliminated 27,000 "
     "positions. Shares rose 1% to $226.97. The company reports third-quarter results on Thursday.")
P = D(2025, 10, 28)
F("amzn-f1", S, "Amazon to cut 14,000 corporate jobs, about 4% of its corporate staff", published=P)
F("amzn-f2", S, "Affected employees will have three months to find another job inside the company.", published=P)
F("amzn-f3", S, "The cuts are about half the 27,000 jobs eliminated in 2022 and 2023.", published=P)
F("amzn-f4", S, "Amazon's shares gained 1% to nearly $227.", published=P)
C("amzn-c1", S, "The cuts amount to roughly 4% of Amazon's 1.55 million workers.", published=P)
C("amzn-c2", S, "Affected staff will get 60 days to find a new internal role.", published=P)
C("amzn-c3", S, "Amazon eliminated 14,000 positions in late 2022 and early 2023.", published=P)
U("amzn-u1", S, "The cuts will save Amazon about $2.1 billion a year.", published=P)

# ---------------------------------------------------------------- 26 earthquake
S = ("A magnitude 6.3 earthquake struck northern Afghanistan near the city of Mazar-i-Sharif early Monday, "
     "killing at least 20 people and injuring more than 500, officials said. The quake hit at a depth of 28 "
     "kilometres at 12:59 a.m. local time, according to the U.S. Geological Survey. A Taliban government "
     "spokesman said the toll was likely to rise as rescuers reached remote villages in Samangan and Balkh "
     "provinces. The quake damaged the 15th-century Blue Mosque, one of the country's best-known landmarks. "
     "In August, a magnitude 6.0 earthquake in the country's east killed more than 2,200 people, the deadliest "
     "in Afghanistan in decades.")
P = D(2025, 11, 3)
F("afg-f1", S, "Magnitude 6.3 quake kills at least 20 in northern Afghanistan", published=P)
F("afg-f2", S, "More than 500 people were hurt when the quake struck at 12:59 a.m. at a depth of 28 km.", published=P)
F("afg-f3", S, "The 15th-century Blue Mosque in Mazar-i-Sharif was damaged.", published=P)
F("afg-f4", S, "It came about three months after a 6.0 quake in the east killed over 2,200 people.", published=P)
C("afg-c1", S, "The magnitude 6.0 quake killed at least 20 people in northern Afghanistan.", published=P)
C("afg-c2", S, "The quake struck at a depth of 28 miles.", published=P)
C("afg-c3", S, "The August earthquake killed more than 500 people.", published=P)
U("afg-u1", S, "More than 1,000 homes were destroyed.", published=P)

# ---------------------------------------------------------------- 27 flood
S = ("Floods in central Vietnam have killed at least 41 people and left nine others missing, the disaster "
     "agency said on Saturday, after days of torrential rain. Some areas received more than 1,700 millimetres "
     "of rain in four days, a national record, according to the meteorological service. More than 52,000 homes "
     "were submerged and about 62,000 people were evacuated. Economic losses are estimated at 3.6 trillion dong "
     "($137 million). The city of Hue and the provinces of Quang Ngai and Khanh Hoa were the worst hit. "
     "Typhoon Kalmaegi killed five people in the same region earlier this month.")
P = D(2025, 11, 22)
F("vn-f1", S, "Vietnam floods kill 41, leave nine missing", published=P)
F("vn-f2", S, "Parts of central Vietnam got more than 1.7 metres of rain in four days.", published=P)
F("vn-f3", S, "Over 52,000 homes were flooded and around 62,000 people were moved to safety.", published=P)
F("vn-f4", S, "Losses are put at about $137m.", published=P)
C("vn-c1", S, "The floods have killed at least 41 people and left five missing.", published=P)
C("vn-c2", S, "More than 62,000 homes were submerged.", published=P)
C("vn-c3", S, "Some areas received more than 1,700 millimetres of rain in a single day.", published=P)
U("vn-u1", S, "Around 200,000 hectares of rice were destroyed.", published=P)

# ---------------------------------------------------------------- 28 tennis
S = ("Carlos Alcaraz beat Jannik Sinner 6-2, 3-6, 6-1, 6-4 in the U.S. Open final on Sunday to win his sixth "
     "Grand Slam title and reclaim the world No. 1 ranking. The 22-year-old Spaniard broke Sinner's serve in "
     "the opening game and needed just 2 hours and 42 minutes to close out the match. It was the third "
     "straight Grand Slam final between the two; Sinner won at Wimbledon in July, while Alcaraz won the French "
     "Open in June after saving three championship points. Alcaraz also won the U.S. Open in 2022. He takes "
     "home $5 million, the largest prize in tennis history. Sinner, 24, had won 27 consecutive hard-court "
     "Grand Slam matches before Sunday.")
P = D(2025, 9, 8)
F("alc-f1", S, "Alcaraz beats Sinner in four sets for sixth Grand Slam title", published=P)
F("alc-f2", S, "The 22-year-old won 6-2, 3-6, 6-1, 6-4 in 2 hours 42 minutes.", published=P)
F("alc-f3", S, "It is Alcaraz's second U.S. Open title, after his win in 2022.", published=P)
F("alc-f4", S, "Alcaraz, two years younger than Sinner, earned a record $5 million.", published=P)
F("alc-f5", S, "The final ended Sinner's run of 27 straight wins in hard-court majors.", published=P)
C("alc-c1", S, "Sinner beat Alcaraz 6-2, 3-6, 6-1, 6-4 in the U.S. Open final.", published=P)
C("alc-c2", S, "The win gave Alcaraz his fifth Grand Slam title.", published=P)
C("alc-c3", S, "Alcaraz saved three championship points at Wimbledon in July.", published=P, tag="debatable")
C("alc-c4", S, "The 24-year-old Spaniard needed 2 hours and 42 minutes.", published=P)
U("alc-u1", S, "Alcaraz hit 42 winners.", published=P)

# ---------------------------------------------------------------- 29 ECB
S = ("FRANKFURT (Reuters) - The European Central Bank left interest rates unchanged for a third straight "
     "meeting on Thursday, keeping its deposit rate at 2.0%, as inflation hovers near its target. Euro zone "
     "inflation was 2.2% in September, while the bank's staff projected it would average 1.7% in 2026. "
     "President Christine Lagarde said the economy had grown by 0.2% in the third quarter, \"better than "
     "expected\". The ECB has halved its deposit rate from a peak of 4% since June 2024, cutting eight times. "
     "Economists polled by Reuters expect rates to remain on hold until at least the middle of next year. "
     "The euro was little changed at $1.164.")
P = D(2025, 10, 30)
F("ecb-f1", S, "ECB holds deposit rate at 2% for third meeting in a row", published=P)
F("ecb-f2", S, "The bank has cut its deposit rate eight times since June 2024, from 4% to 2%.", published=P)
F("ecb-f3", S, "Inflation was 2.2% in September; staff see it averaging 1.7% next year.", published=P)
F("ecb-f4", S, "Lagarde said the euro zone economy expanded 0.2% in the July-September quarter.", published=P)
F("ecb-f5", S, "Rates have been lowered by two percentage points since the 4% peak.", published=P)
C("ecb-c1", S, "The ECB has cut rates six times since June 2024.", published=P)
C("ecb-c2", S, "Euro zone inflation was 1.7% in September.", published=P)
C("ecb-c3", S, "The ECB left rates unchanged for a second straight meeting.", published=P)
U("ecb-u1", S, "Germany's economy shrank 0.1% in the third quarter.", published=P)

# ---------------------------------------------------------------- 30 NHS waiting lists
S = ("The waiting list for routine hospital treatment in England fell to 7.39 million in August, down from 7.41 "
     "million in July, NHS England figures published on Thursday showed. The number of patients waiting more "
     "than 52 weeks fell to 191,813, from 197,648 a month earlier, and the figures show the target of "
     "treating 92% of patients within 18 weeks is still far off, with only 61.1% seen within that time. "
     "Health Secretary Wes Streeting said the government was \"turning the corner\". A&E performance improved: "
     "75.4% of patients were seen within four hours in September, against a target of 78% by March 2026. The "
     "waiting list peaked at 7.77 million in September 2023.")
P = D(2025, 10, 9)
F("nhs-f1", S, "England's hospital waiting list fell to 7.39 million in August", published=P)
F("nhs-f2", S, "The list shrank by about 20,000 in a month.", published=P)
F("nhs-f3", S, "Just 61.1% of patients were treated within 18 weeks, against a 92% target.", published=P)
F("nhs-f4", S, "The backlog is some 380,000 below its peak of 7.77 million two years earlier.", published=P)
F("nhs-f5", S, "A&E: 75.4% seen within four hours in September; target 78% by March 2026.", published=P)
C("nhs-c1", S, "The waiting list rose to 7.41 million in August.", published=P)
C("nhs-c2", S, "Only 61.1% of patients were seen within four hours in A&E.", published=P)
C("nhs-c3", S, "The waiting list peaked at 7.77 million in September 2024.", published=P)
C("nhs-c4", S, "Patients waiting more than a year rose to 191,813.", published=P)
U("nhs-u1", S, "About 3.2 million patients have waited more than 18 weeks.", published=P, tag="debatable")

# ---------------------------------------------------------------- 31 drug approval
S = ("The U.S. Food and Drug Administration on Friday approved Eli Lilly's weight-loss pill orforglipron, the "
     "first oral GLP-1 drug cleared for obesity. In a 72-week trial of 3,127 adults, patients on the highest "
     "dose lost an average of 12.4% of their body weight, compared with 0.9% for those on placebo. About 10% of "
     "patients on the top dose stopped taking it because of side effects, mostly nausea. Lilly said the pill "
     "would cost $149 a month for the lowest dose for people paying cash, versus $499 for its injectable "
     "Zepbound. Novo Nordisk's rival Wegovy pill, approved in December, produced 13.6% weight loss in its "
     "trial. Lilly shares rose 2.4%.")
P = D(2026, 1, 16)
F("orf-f1", S, "FDA approves Lilly's orforglipron, the first GLP-1 pill for obesity", published=P)
F("orf-f2", S, "Patients on the top dose lost 12.4% of their weight over 72 weeks, 11.5 points more than on placebo.", published=P)
F("orf-f3", S, "At $149 a month, the lowest dose costs $350 less than Zepbound's $499.", published=P)
F("orf-f4", S, "About one in 10 patients on the highest dose quit because of side effects.", published=P)
C("orf-c1", S, "Patients on orforglipron lost an average of 13.6% of their body weight.", published=P)
C("orf-c2", S, "The trial enrolled 3,127 adults over 52 weeks.", published=P)
C("orf-c3", S, "Lilly said the pill would cost $499 a month for people paying cash.", published=P)
U("orf-u1", S, "Analysts expect the pill to reach $10 billion in annual sales by 2030.", published=P)

# ---------------------------------------------------------------- 32 tuition
S = ("The University of Wisconsin Board of Regents voted on Thursday to raise in-state tuition by 4% at all 13 "
     "universities next fall, the third increase in three years. At the flagship Madison campus, annual "
     "tuition for state residents will rise by about $470 to roughly $12,250. Out-of-state students at Madison "
     "will pay up to 5% more, bringing their tuition to about $44,000. System President Jay Rothman said the "
     "increase would raise $49 million a year. The state froze tuition for a decade, from 2013 to 2023. "
     "Student leaders said one in three undergraduates already works more than 20 hours a week.")
P = D(2025, 7, 10)
F("uw-f1", S, "UW regents approve 4% in-state tuition increase at all 13 campuses", published=P)
F("uw-f2", S, "In-state tuition at Madison will climb about $470 to around $12,250.", published=P)
F("uw-f3", S, "The state had frozen tuition for 10 years before 2023.", published=P)
F("uw-f4", S, "The increase is expected to bring in $49m annually.", published=P)
U("uw-c1", S, "Out-of-state tuition at Madison will rise by 4% to about $44,000.", published=P, tag="debatable")
C("uw-c2", S, "It is the second increase in three years.", published=P)
C("uw-c3", S, "The state froze tuition from 2013 to 2020.", published=P)
U("uw-u1", S, "The system enrolls about 160,000 students.", published=P)

# ---------------------------------------------------------------- 33 F1
S = ("Lando Norris won the Mexico City Grand Prix on Sunday by 30 seconds from Ferrari's Charles Leclerc to "
     "take the lead in the Formula One drivers' championship. The McLaren driver, who started from pole, now "
     "has 357 points, one more than team-mate Oscar Piastri, who finished fifth. Max Verstappen was third for "
     "Red Bull and is 36 points off the lead with four races remaining. It was Norris's sixth win of the "
     "season and the 10th of his career. Piastri had led the standings since April, when he won in Saudi "
     "Arabia. Last year in Mexico, Carlos Sainz won for Ferrari with Norris second.")
P = D(2025, 10, 27)
F("f1-f1", S, "Norris wins in Mexico by 30 seconds to lead title race by a point", published=P)
F("f1-f2", S, "Piastri dropped to second, on 356 points, after finishing fifth.", published=P)
F("f1-f3", S, "Verstappen, third in the race, trails by 36 points with four rounds left.", published=P)
F("f1-f4", S, "The victory was Norris's sixth this year and 10th overall.", published=P)
C("f1-c1", S, "Norris won the Mexico City Grand Prix by 30 seconds from Max Verstappen.", published=P)
C("f1-c2", S, "Norris leads Piastri by 36 points.", published=P)
C("f1-c3", S, "Norris won the Mexico City Grand Prix last year.", published=P)
C("f1-c4", S, "It was the 10th win of the season for Norris.", published=P)
U("f1-u1", S, "Norris set the fastest lap of 1:20.052.", published=P)

# ---------------------------------------------------------------- 34 airline results
S = ("Ryanair on Monday reported a 42% rise in profit after tax to €2.54 billion for the six months to the end "
     "of September, helped by a rebound in fares. Average fares rose 13% in the period, while passenger "
     "numbers grew 3% to 119 million. Revenue climbed 7% to €9.82 billion. Chief executive Michael O'Leary "
     "said fares in the current quarter were running about 7% higher than a year earlier. The airline still "
     "expects to carry 207 million passengers in the year to March 2026, but warned that delays in Boeing "
     "deliveries would cap growth next year at 4%. In the same half last year, profit fell 18% to €1.79 "
     "billion.")
P = D(2025, 11, 3)
F("ryr-f1", S, "Ryanair half-year profit jumps 42% to €2.54bn on higher fares", published=P)
F("ryr-f2", S, "Profit after tax rose by about €750 million from the €1.79 billion of a year earlier.", published=P)
F("ryr-f3", S, "Fares rose 13% and passenger numbers 3%, to 119 million, in the six months.", published=P)
F("ryr-f4", S, "Revenue: €9.82bn (+7%). Full-year traffic target: 207m passengers.", published=P)
C("ryr-c1", S, "Passenger numbers rose 7% to 119 million.", published=P)
C("ryr-c2", S, "Profit fell 18% to €2.54 billion.", published=P)
C("ryr-c3", S, "Ryanair expects to carry 207 million passengers in the year to March 2027.", published=P)
U("ryr-u1", S, "Ryanair's fuel bill rose 5% to €3.1 billion.", published=P)

# ---------------------------------------------------------------- 35 Bank of Japan
S = ("TOKYO — The Bank of Japan raised its short-term policy rate to 0.75% on Friday from 0.5%, the highest "
     "level in 30 years, as wage growth and inflation stay above its 2% target. The decision by the nine-member "
     "board was unanimous. Core consumer inflation in Tokyo was 2.8% in November. Governor Kazuo Ueda said the "
     "bank would keep raising rates if its forecasts were met. The yen weakened 0.6% to 156.2 per dollar after "
     "the announcement, while the 10-year government bond yield rose to 2.0%, its highest since 2006. The BOJ "
     "ended eight years of negative interest rates in March 2024.")
P = D(2025, 12, 19)
F("boj-f1", S, "BOJ lifts rates to 0.75%, highest in three decades", published=P)
F("boj-f2", S, "The quarter-point increase was approved by all nine board members.", published=P)
F("boj-f3", S, "The 10-year JGB yield hit 2%, the highest in nearly 20 years.", published=P)
F("boj-f4", S, "The yen fell 0.6% to 156.2 to the dollar.", published=P)
C("boj-c1", S, "The BOJ raised its policy rate to 0.5% on Friday.", published=P)
C("boj-c2", S, "The decision was approved 7-2 by the board.", published=P)
C("boj-c3", S, "The BOJ ended 10 years of negative interest rates in March 2024.", published=P)
U("boj-u1", S, "Japan's economy shrank at an annualised 1.8% in the third quarter.", published=P)

# ---------------------------------------------------------------- 36 marathon
S = ("Kenya's Sabastian Sawe won the London Marathon on Sunday in 2 hours, 2 minutes and 27 seconds, pulling "
     "away from Ethiopia's Yomif Kejelcha with about 10 kilometres to go. Jacob Kiplimo of Uganda was second in "
     "2:03:37. In the women's race, Tigst Assefa set a women-only world record of 2:15:50, breaking the mark of "
     "2:16:16 set by Peres Jepchirchir in London last year. A record 56,640 runners crossed the finish line, "
     "organisers said, beating the previous high of 53,820 set in 2024. Runners raised an estimated £87 "
     "million for charity.")
P = D(2025, 4, 27)
F("lon-f1", S, "Sawe wins London in 2:02:27; Assefa sets women-only world record", published=P)
F("lon-f2", S, "Assefa's 2:15:50 took 26 seconds off Jepchirchir's women-only record.", published=P)
F("lon-f3", S, "Sawe finished 70 seconds ahead of runner-up Kiplimo.", published=P)
F("lon-f4", S, "A record 56,640 people finished, about 2,800 more than in 2024.", published=P)
C("lon-c1", S, "Kejelcha finished second in 2:03:37.", published=P)
C("lon-c2", S, "Assefa broke the 2:16:16 record set by Jepchirchir in 2023.", published=P)
C("lon-c3", S, "Runners raised an estimated £78 million for charity.", published=P)
U("lon-u1", S, "Temperatures reached 21C during the race.", published=P)

# ---------------------------------------------------------------- 37 mining M&A (no publication date)
S = ("Anglo American and Teck Resources agreed to combine in an all-share merger that will create a copper "
     "giant valued at more than $53 billion, the companies said on Sept. 9, 2025. Anglo shareholders will own "
     "about 62.4% of the combined company, to be called Anglo Teck, and Teck shareholders about 37.6%. Anglo "
     "will pay a special dividend of $4.5 billion to its shareholders before completion. The companies expect "
     "$800 million in annual pre-tax cost savings by the end of the fourth year after the deal closes. Anglo "
     "Teck will be headquartered in Vancouver. In 2024, Anglo rejected three takeover proposals from BHP, the "
     "last of which valued it at about $49 billion.")
F("at-f1", S, "Anglo American and Teck agree $53bn-plus merger to form Anglo Teck")
F("at-f2", S, "Anglo investors will hold about 62% of the new company and Teck investors roughly 38%.")
F("at-f3", S, "The deal promises $800 million a year in pre-tax savings within four years of closing.")
F("at-f4", S, "The merged group would be valued about $4 billion above BHP's final 2024 offer for Anglo.", tag="debatable")
C("at-c1", S, "Teck shareholders will own about 62.4% of the combined company.")
C("at-c2", S, "Anglo will pay a special dividend of $800 million before completion.")
C("at-c3", S, "Anglo rejected two takeover proposals from BHP in 2024.")
U("at-u1", S, "The combined company will employ about 100,000 people.")

# ---------------------------------------------------------------- 38 rent (no publication date)
S = ("Average asking rents in Berlin rose to €15.74 per square metre in the first half of 2025, up 6.2% from a "
     "year earlier, according to a report by the property portal ImmoScout24. In Munich, the country's most "
     "expensive city, asking rents reached €21.90, up 4.1%. Hamburg recorded €13.80. The report said new "
     "contracts for a 70-square-metre flat in Berlin now cost about €1,100 a month before utilities. Berlin's "
     "rent cap was struck down by the Constitutional Court in April 2021 after just over a year in force. The "
     "city's population grew by about 26,000 last year to 3.9 million.")
F("rent-f1", S, "Berlin asking rents rise 6.2% to €15.74 per square metre")
F("rent-f2", S, "A 70 sq m flat in Berlin now costs about €1,100 a month, before utilities.")
F("rent-f3", S, "Munich remains Germany's priciest city, at €21.90 per square metre, up 4.1%.")
F("rent-f4", S, "Munich asking rents are about €6 per square metre higher than Berlin's.")
C("rent-c1", S, "Berlin asking rents rose 4.1% to €15.74 per square metre.")
C("rent-c2", S, "Hamburg asking rents reached €15.74 per square metre.")
C("rent-c3", S, "The Constitutional Court struck down Berlin's rent cap in April 2020.")
U("rent-u1", S, "About 85% of Berlin households rent their homes.")

# ---------------------------------------------------------------- 39 NBA (no publication date)
S = ("Shai Gilgeous-Alexander scored 38 points and the Oklahoma City Thunder beat the Indiana Pacers 103-91 in "
     "Game 7 of the NBA Finals on Sunday night to win the franchise's first championship since moving from "
     "Seattle in 2008. Gilgeous-Alexander, who added 12 assists, was named Finals MVP a week after receiving "
     "the regular-season MVP award. Indiana star Tyrese Haliburton left in the first quarter with a lower-leg "
     "injury after scoring nine points. Jalen Williams had 20 points for Oklahoma City, and Chet Holmgren added "
     "18 points and eight rebounds. The Thunder won 68 games in the regular season. The last Game 7 in the "
     "Finals was in 2016, when Cleveland beat Golden State.")
F("okc-f1", S, "Thunder beat Pacers 103-91 in Game 7 to win NBA title")
F("okc-f2", S, "Gilgeous-Alexander had 38 points and 12 assists as Oklahoma City won by 12.")
F("okc-f3", S, "Williams scored 20 and Holmgren 18, with eight rebounds.")
F("okc-f4", S, "It was the first Game 7 in the Finals since 2016.")
C("okc-c1", S, "Gilgeous-Alexander scored 38 points and had 18 assists.")
C("okc-c2", S, "Haliburton scored 20 points before leaving with an injury.")
C("okc-c3", S, "Oklahoma City won 103-91 in Game 6 of the NBA Finals.")
U("okc-u1", S, "Oklahoma City shot 48% from the field.")

# ---------------------------------------------------------------- 40 tourism (no publication date)
S = ("Japan welcomed a record 36.87 million foreign visitors in 2024, up 47% from the previous year and "
     "surpassing the pre-pandemic high of 31.88 million set in 2019, the Japan National Tourism Organization "
     "said. South Korea was the largest source of visitors, with 8.82 million, followed by China with 6.98 "
     "million and Taiwan with 6.04 million. Visitors spent a record 8.1 trillion yen, or about $52 billion. "
     "The government aims to attract 60 million visitors a year by 2030. Kyoto introduced a higher "
     "accommodation tax in March, and the town of Fujikawaguchiko put up a screen to block views of Mount Fuji "
     "after complaints about crowds.")
F("jp-f1", S, "Japan draws record 36.9 million foreign visitors in 2024")
F("jp-f2", S, "Arrivals beat 2019's pre-pandemic peak by nearly 5 million.")
F("jp-f3", S, "South Korea, China and Taiwan together sent almost 22 million visitors.")
F("jp-f4", S, "Tourists spent ¥8.1 trillion (about $52bn), a record.")
C("jp-c1", S, "China was the largest source of visitors, with 8.82 million.")
C("jp-c2", S, "Foreign visitors rose 47% to 31.88 million in 2024.")
C("jp-c3", S, "The government aims to attract 60 million visitors a year by 2035.")
U("jp-u1", S, "Visitors from the United States rose 30% to 2.7 million.")

# ---------------------------------------------------------------- 41 heat record
S = ("Britain recorded its hottest summer on record this year, with an average mean temperature of 16.10C "
     "across June, July and August, the Met Office said on Monday. That beat the previous record of 15.76C set "
     "in 2018. The highest temperature of the summer was 35.8C, recorded at Faversham in Kent on July 1. "
     "England had nearly 200 hours more sunshine than average. Four heatwaves were declared, and hosepipe bans "
     "affected about 16 million people. \"Climate change is making summers like this far more likely,\" said "
     "Met Office scientist Emily Carlisle. The UK's all-time record of 40.3C was set in July 2022.")
P = D(2025, 9, 1)
F("heat-f1", S, "UK has hottest summer on record at 16.1C, beating 2018 by 0.34C", published=P)
F("heat-f2", S, "The summer's peak was 35.8C in Faversham on July 1, well below the 40.3C record from 2022.", published=P)
F("heat-f3", S, "According to the Met Office, there were four heatwaves this summer.", published=P)
C("heat-c1", S, "England had more than 200 hours more sunshine than average.", published=P)
C("heat-c2", S, "The highest temperature of the summer was 40.3C.", published=P)
C("heat-c3", S, "The summer's average of 16.10C beat the previous record of 15.76C set in 2022.", published=P)
C("heat-c4", S, "Hosepipe bans affected about 26 million people.", published=P)

# ---------------------------------------------------------------- 42 immigration
S = ("Net migration to the UK fell to 431,000 in the year to December 2024, almost halving from a record "
     "860,000 a year earlier, the Office for National Statistics said on Thursday. Immigration was estimated at "
     "948,000, while about 517,000 people emigrated. The fall was driven mainly by fewer people arriving on work "
     "and study visas after rules on bringing dependants were tightened. The number of people arriving in small "
     "boats across the Channel reached 36,816 in 2024, up 25% on 2023. Home Secretary Yvette Cooper said the "
     "figures showed \"the start of real change\".")
P = D(2025, 5, 22)
F("mig-f1", S, "Net migration nearly halves to 431,000", published=P)
F("mig-f2", S, "About 948,000 people arrived and 517,000 left in 2024, the ONS said.", published=P)
F("mig-f3", S, "Net migration fell by about 430,000 from the previous year's record.", published=P)
F("mig-f4", S, "Small-boat arrivals rose a quarter to 36,816 last year.", published=P)
C("mig-c1", S, "Net migration fell to 517,000 in the year to December 2024.", published=P)
C("mig-c2", S, "Small-boat arrivals fell 25% to 36,816 in 2024.", published=P)
C("mig-c3", S, "Net migration has more than halved from last year's record.", published=P, tag="debatable")
U("mig-u1", S, "Asylum applications reached a record 108,000.", published=P)

# ---------------------------------------------------------------- 43 cricket
S = ("India won the Champions Trophy final in Dubai on Sunday, beating New Zealand by four wickets with six "
     "balls to spare. Chasing 252, India reached 254 for six in 49 overs. Captain Rohit Sharma top-scored with "
     "76 off 83 balls and was named player of the match. Earlier, Daryl Mitchell made 63 and Michael Bracewell "
     "an unbeaten 53 as New Zealand posted 251 for seven in their 50 overs. Spinners Kuldeep Yadav and Varun "
     "Chakravarthy took two wickets each. It was India's third Champions Trophy title, after wins in 2002 and "
     "2013.")
P = D(2025, 3, 10)
F("ct2-f1", S, "India beat New Zealand by four wickets to win Champions Trophy", published=P)
F("ct2-f2", S, "Rohit Sharma's 76 led India to 254-6 with an over to spare.", published=P)
F("ct2-f3", S, "New Zealand made 251-7, with Mitchell scoring 63 and Bracewell 53 not out.", published=P)
F("ct2-f4", S, "India's title was their first since 2013 and third overall.", published=P)
C("ct2-c1", S, "India beat New Zealand by six wickets to win the Champions Trophy.", published=P)
C("ct2-c2", S, "Rohit Sharma scored 63 off 83 balls.", published=P)
C("ct2-c3", S, "It was India's second Champions Trophy title.", published=P)
U("ct2-u1", S, "Kuldeep Yadav took three wickets for 40 runs.", published=P)

# ---------------------------------------------------------------- 44 energy bills
S = ("Ofgem said on Wednesday that the energy price cap for a typical household in England, Scotland and Wales "
     "will rise by 2% to £1,755 a year from October 1, an increase of £35. The cap for the July-to-September "
     "quarter is £1,720. The regulator said about 7 million households were behind on their bills, owing a "
     "record £3.8 billion in total. Ofgem also confirmed that standing charges for electricity would rise by "
     "about 3%. The cap peaked at £4,279 in January 2023, although the government's price guarantee limited "
     "what households actually paid to £2,500. Consumer group Which? said \"millions will find the winter "
     "unaffordable\".")
P = D(2025, 8, 27)
F("cap-f1", S, "Energy price cap to rise 2% to £1,755 from October", published=P)
F("cap-f2", S, "Typical annual bills will go up by £35, from £1,720.", published=P)
F("cap-f3", S, "Household energy debt has hit a record £3.8bn, with about 7 million households in arrears.", published=P)
F("cap-f4", S, "The new cap is still more than £2,500 below its January 2023 peak.", published=P)
C("cap-c1", S, "The price cap will rise by 3% to £1,755 a year.", published=P)
C("cap-c2", S, "The cap will rise to £1,755 from January 1.", published=P)
C("cap-c3", S, "The cap peaked at £2,500 in January 2023.", published=P)
U("cap-u1", S, "About 4 million households are on prepayment meters.", published=P)

# ---------------------------------------------------------------- 45 Emmys (no publication date)
S = ("\"The Studio\" won 13 Emmy Awards, a record for a comedy series in a single year, including outstanding "
     "comedy series, at the 77th Primetime Emmys in Los Angeles on Sunday night. Seth Rogen, its co-creator and "
     "star, won four awards himself. \"Adolescence\" took eight awards, including limited series, and "
     "15-year-old Owen Cooper became the youngest man to win an acting Emmy. \"The Pitt\" was named best "
     "drama. \"Severance\", which led all shows with 27 nominations, won eight awards in total. The previous "
     "comedy record of 11 wins was set by \"The Bear\" in 2024. Host Nate Bargatze kept the ceremony to just "
     "over three hours.")
F("emmy-f1", S, "The Studio wins record 13 Emmys; Adolescence takes eight")
F("emmy-f2", S, "The comedy beat the previous record of 11 wins, set by The Bear in 2024, by two.")
F("emmy-f3", S, "Severance won eight of the 27 awards it was nominated for.")
C("emmy-c1", S, "The Studio won 11 Emmy Awards, a record for a comedy.")
C("emmy-c2", S, "Owen Cooper, 17, became the youngest man to win an acting Emmy.")
C("emmy-c3", S, "Seth Rogen won eight awards himself.")
U("emmy-u1", S, "The ceremony drew 7.4 million viewers.")

# ---------------------------------------------------------------- 46 shipping (no publication date)
S = ("Traffic through the Suez Canal fell by more than half in 2024 as Houthi attacks in the Red Sea forced "
     "shipping lines to reroute around Africa, the Suez Canal Authority said. The canal earned $4 billion last "
     "year, down from a record $10.25 billion in 2023, Chairman Osama Rabie said on Jan. 2, 2025. The number of "
     "ships fell to 13,213 from 26,434. Rerouting around the Cape of Good Hope adds about 10 to 14 days to a "
     "voyage between Asia and Europe. Maersk said it did not expect to return to the Red Sea route before "
     "late 2025.")
F("suez-f1", S, "Suez Canal revenue falls to $4bn in 2024 from record $10.25bn")
F("suez-f2", S, "Ship transits roughly halved to 13,213 from 26,434.")
F("suez-f3", S, "The canal's income dropped by more than $6 billion year on year.")
F("suez-f4", S, "Sailing around the Cape adds up to two weeks to an Asia-Europe voyage.")
C("suez-c1", S, "The canal earned $10.25 billion in 2024.")
C("suez-c2", S, "Revenue fell by about 40% in 2024.")
C("suez-c3", S, "Rerouting around the Cape adds about 10 to 14 hours to a voyage.")
U("suez-u1", S, "About 12% of global trade normally passes through the canal.")

# ---------------------------------------------------------------- 47 Supreme Court
S = ("WASHINGTON — The Supreme Court on Friday upheld a Texas law requiring pornography websites to verify that "
     "users are at least 18, ruling 6-3 that the measure does not violate the First Amendment. Justice Clarence "
     "Thomas wrote for the majority; Justice Elena Kagan wrote the dissent, joined by Justices Sonia Sotomayor "
     "and Ketanji Brown Jackson. The law, passed in 2023, allows the state to fine violators up to $10,000 a "
     "day. About two dozen states have passed similar laws. In 2004, the court had blocked a federal law aimed "
     "at shielding children from online pornography, in a 5-4 decision.")
P = D(2025, 6, 27)
F("scotus-f1", S, "Supreme Court upholds Texas age-verification law in 6-3 ruling", published=P)
F("scotus-f2", S, "Kagan's dissent was joined by two other justices.", published=P)
F("scotus-f3", S, "About 24 states have similar laws; Texas can fine violators up to $10,000 a day.", published=P)
C("scotus-c1", S, "The court upheld the Texas law in a 5-4 decision.", published=P)
C("scotus-c2", S, "The law, passed in 2004, lets Texas fine violators up to $10,000 a day.", published=P)
U("scotus-u1", S, "The law requires sites to verify that users are at least 21.", published=P)

# ---------------------------------------------------------------- 48 SpaceX (no publication date)
S = ("SpaceX's Starship rocket completed its 10th test flight on Aug. 26, 2025, deploying eight dummy Starlink "
     "satellites and splashing down in the Indian Ocean about 66 minutes after lifting off from Starbase, Texas. "
     "The 403-foot (123-metre) vehicle is the largest rocket ever built. The flight followed three failures "
     "earlier in the year, including an explosion on a test stand in June. The Super Heavy booster performed a "
     "planned hard splashdown in the Gulf of Mexico. Elon Musk has said SpaceX aims to send uncrewed Starships "
     "to Mars by the end of 2026. NASA is paying SpaceX about $4 billion to develop a version of Starship to "
     "land astronauts on the moon.")
F("ss-f1", S, "Starship's 10th test flight deploys eight mock Starlinks and splashes down after 66 minutes")
F("ss-f2", S, "The 123-metre rocket flew after three failed flights earlier in the year.")
F("ss-f3", S, "The flight lasted a little over an hour.")
C("ss-c1", S, "Starship splashed down in the Indian Ocean about 66 minutes after launch on its ninth test flight.")
C("ss-c2", S, "The 403-metre Starship is the largest rocket ever built.")
C("ss-c3", S, "Starship deployed 10 dummy Starlink satellites.")
U("ss-u1", S, "Each Starship flight costs about $90 million.")

# ---------------------------------------------------------------- 49 prison escape
S = ("Ten inmates escaped from the Orleans Justice Center in New Orleans early Friday by pulling a toilet and "
     "sink away from a cell wall and crawling through the hole, Sheriff Susan Hutson said. Two were recaptured "
     "within hours, and by Sunday evening five had been caught. The escape was discovered at about 8:30 a.m., "
     "more than seven hours after it began, during a routine head count. Several of the escapees face murder "
     "charges. Louisiana State Police are offering rewards of up to $20,000 for information. The jail, which "
     "opened in 2015 at a cost of $145 million, holds about 1,400 people.")
P = D(2025, 5, 19)
F("nola-f1", S, "Five of the 10 New Orleans jail escapees were still at large on Sunday evening", published=P)
F("nola-f2", S, "The breakout went unnoticed for more than seven hours, until an 8:30 a.m. head count.", published=P)
F("nola-f3", S, "Police are offering up to $20,000 in rewards.", published=P)
C("nola-c1", S, "Two of the 10 escapees remained at large by Sunday evening.", published=P)
C("nola-c2", S, "The jail opened in 2015 at a cost of $1.45 billion.", published=P)
U("nola-u1", S, "The jail has had 14 escapes since it opened.", published=P)

# ---------------------------------------------------------------- 50 aircraft order (no publication date)
S = ("Qatar Airways ordered up to 210 Boeing widebody jets in a deal the White House valued at $96 billion, "
     "the largest widebody order in Boeing's history, during President Trump's visit to Doha on May 14, 2025. "
     "The order comprises 130 787 Dreamliners and 30 777-9 jets, with options for 50 more aircraft. Qatar "
     "Airways currently operates about 240 aircraft. The airline also agreed to buy GE Aerospace engines "
     "worth $7 billion. Boeing delivered 348 aircraft in 2024, its fewest since 2020, when it handed over 157.")
F("qr-f1", S, "Qatar Airways orders 160 Boeing jets, with options for 50 more")
F("qr-f2", S, "The deal, valued at $96bn, includes 130 Dreamliners and 30 777-9s.")
F("qr-f3", S, "Boeing's 348 deliveries in 2024 were more than double its 2020 total.")
C("qr-c1", S, "The order comprises 130 777-9 jets and 30 787 Dreamliners.")
C("qr-c2", S, "Qatar Airways ordered 210 jets outright, plus options for 50 more.")
C("qr-c3", S, "Boeing delivered 157 aircraft in 2024.")
U("qr-u1", S, "The first jets will be delivered in 2028.")
