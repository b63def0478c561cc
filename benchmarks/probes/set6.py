"""Blind evaluation set 6 for factcheck.checker.check_text: short news passages and LLM-style
summary sentences. Hand-written by a helper from the README and the checker issue alone, run
blind at the session's start (f1eb575); split by passage into a shaping half and a held-out
half (see benchmarks/README.md). Cases not edited after runs."""
import datetime

SPLIT = True  # by passage: shaped on one half, the other held out (bench_probes.half_of)
CASES = []
def F(cid, src, claim, **opts): CASES.append((cid, "F", src, claim, "supported", opts))
def C(cid, src, claim, **opts): CASES.append((cid, "E", src, claim, "contradicted", opts))
def U(cid, src, claim, **opts): CASES.append((cid, "E", src, claim, "flag", opts))
D = datetime.date

# ---------------------------------------------------------------- 1 courts
S = ("A Milwaukee man was sentenced on Tuesday to 14 years in prison for a 2022 armed robbery spree that "
     "targeted six convenience stores, prosecutors said. Darnell Hayes, 31, had pleaded guilty in March to "
     "five counts of armed robbery. Prosecutors had sought 18 years, but Circuit Judge Ellen Marsh said "
     "Hayes's cooperation with investigators warranted a lighter term. His co-defendant, Marcus Lyle, 27, "
     "received eight years last month. The robberies netted about $9,400 in cash, according to court records.")
P = D(2025, 6, 11)
F("crt1-f1", S, "Darnell Hayes, 31, was sentenced to 14 years in prison for a string of armed robberies at six convenience stores in 2022.", published=P)
F("crt1-f2", S, "Prosecutors had asked for 18 years, but the judge imposed a 14-year term, citing his cooperation with investigators.", published=P)
F("crt1-f3", S, "The robberies netted roughly $9,400, and Hayes's co-defendant received eight years.", published=P)
F("crt1-f4", S, "Hayes was sentenced on June 10, 2025.", published=P)
F("crt1-f5", S, "The sentence was four years shorter than the 18 years prosecutors had sought.", published=P)
C("crt1-c1", S, "Hayes, 31, was sentenced to 18 years in prison.", published=P)
C("crt1-c2", S, "His co-defendant, Marcus Lyle, 31, received eight years.", published=P)
U("crt1-u1", S, "The robberies netted about $9,400 in cash and left two clerks injured.", published=P)
C("crt1-c3", S, "Hayes pleaded guilty in March to six counts of armed robbery.", published=P)

# ---------------------------------------------------------------- 2 hurricane
S = ("Hurricane Delia made landfall near Port Arthur, Texas, early on Thursday as a Category 3 storm with "
     "maximum sustained winds of 120 mph, the National Hurricane Center said. At least 11 people were killed, "
     "state officials said, and more than 400,000 homes and businesses lost power at the peak of the outage. "
     "The storm dumped up to 18 inches of rain on parts of southeast Texas. Governor Greg Abbott said 2,300 "
     "people had been rescued from flooded homes, and about 6,000 were staying in shelters. In 2017, Hurricane "
     "Harvey killed 68 people in Texas.")
F("wx1-f1", S, "Delia came ashore as a Category 3 hurricane with winds of about 193 km/h, killing at least 11 people.")
F("wx1-f2", S, "More than 400,000 homes and businesses lost power, and around 2,300 people were rescued from flooded homes.")
F("wx1-f3", S, "Up to 18 inches of rain fell in parts of southeast Texas, and about 6,000 people were in shelters.")
F("wx1-f4", S, "More than 400,000 customers lost power at the peak, officials said.", tag="debatable")
C("wx1-c1", S, "The storm killed at least 68 people in Texas.")
C("wx1-c2", S, "Delia struck as a Category 4 storm with 120 mph winds.")
U("wx1-u1", S, "Officials estimated the damage at $5 billion.")
U("wx1-u2", S, "The storm dumped 18 inches of rain on southeast Texas.", tag="debatable")

# ---------------------------------------------------------------- 3 poll
S = ("A new Quinnipiac poll released on Wednesday shows Democrat Laura Chen leading Republican Tom Baxter 48% "
     "to 44% in the race for Pennsylvania governor, within the survey's margin of error of 3.1 percentage "
     "points. In the same poll in June, Baxter led 46% to 45%. The survey of 1,250 likely voters was conducted "
     "Sept. 5-9. Independent candidate Mark Ruiz drew 4%. Chen has raised $21.6 million for her campaign, "
     "compared with $14.2 million for Baxter.")
F("pol1-f1", S, "Chen leads Baxter by four points, 48% to 44%, in the Quinnipiac poll.")
F("pol1-f2", S, "The poll of 1,250 likely voters has a margin of error of 3.1 percentage points.")
F("pol1-f3", S, "Chen has outraised Baxter by about $7.4 million.")
F("pol1-f4", S, "In June, Baxter held a one-point lead.")
F("pol1-f5", S, "Independent Mark Ruiz polled at 4%.")
C("pol1-c1", S, "The poll shows Baxter leading Chen 48% to 44%.")
C("pol1-c2", S, "Chen has raised $14.2 million, compared with $21.6 million for Baxter.")
C("pol1-c3", S, "In June, Chen led 46% to 45%.")
U("pol1-u1", S, "The survey, conducted Sept. 5-9, found 7% of voters undecided.")

# ---------------------------------------------------------------- 4 football
S = ("Erling Haaland scored twice as Manchester City beat Aston Villa 3-1 at the Etihad Stadium on Saturday, "
     "moving four points clear at the top of the Premier League. Phil Foden added the third in the 78th minute "
     "after Ollie Watkins had pulled one back for Villa just before half-time. It was City's seventh straight "
     "league win. Haaland now has 19 league goals this season, three more than Arsenal's Bukayo Saka. Villa "
     "remain sixth, 11 points behind City.")
F("fb1-f1", S, "Manchester City beat Aston Villa 3-1, with Haaland scoring twice, to go four points clear at the top.")
F("fb1-f2", S, "The victory was City's seventh league win in a row.")
F("fb1-f3", S, "Haaland has 19 league goals this season, while Saka has 16.")
F("fb1-f4", S, "Foden scored City's third goal in the 78th minute.")
C("fb1-c1", S, "Aston Villa beat Manchester City 3-1 on Saturday.")
C("fb1-c2", S, "City are now 11 points clear at the top of the table.")
C("fb1-c3", S, "Haaland now has 19 league goals, three fewer than Arsenal's Bukayo Saka.", tag="debatable")
U("fb1-u1", S, "Foden scored in the 78th minute in front of 53,000 fans.")

# ---------------------------------------------------------------- 5 cricket
S = ("Australia beat India by six wickets in the second Test in Adelaide on Sunday to level the five-match "
     "series 1-1. Chasing 178, Australia reached the target in 41.2 overs, with Travis Head top-scoring with "
     "87 off 92 balls. Earlier, Pat Cummins took five wickets for 57 runs as India were bowled out for 203 in "
     "their second innings. India had won the first Test in Perth by 295 runs.")
F("crk1-f1", S, "Australia won the second Test by six wickets to level the series at 1-1.")
F("crk1-f2", S, "Travis Head made 87 as Australia chased down 178 in just over 41 overs.")
F("crk1-f3", S, "India had won the opening Test in Perth by 295 runs.")
F("crk1-f4", S, "Cummins took five for 57 as India were dismissed for 203.")
F("crk1-f5", S, "Cummins returned figures of 5/57.", tag="debatable")
C("crk1-c1", S, "Australia won the second Test in Adelaide by 295 runs.")
C("crk1-c2", S, "Pat Cummins took six wickets for 57 runs.")
U("crk1-u1", S, "Head's 87 included 12 fours and two sixes.")

# ---------------------------------------------------------------- 6 tennis
S = ("Jannik Sinner beat Carlos Alcaraz 6-4, 3-6, 7-6 (7-4) in Sunday's final of the Paris Masters to claim "
     "his 19th career title. The match lasted two hours and 51 minutes. Sinner, 24, served 14 aces and saved "
     "all four break points he faced in the final set. Alcaraz, 22, had won their previous three meetings. "
     "The Italian collects 1,000 ranking points and $1.01 million in prize money.")
F("ten1-f1", S, "Sinner, 24, won the Paris Masters final in three sets for the 19th title of his career.")
F("ten1-f2", S, "The final lasted nearly three hours, with Sinner hitting 14 aces.")
F("ten1-f3", S, "The win earned the Italian 1,000 ranking points and about $1 million.")
F("ten1-f4", S, "Sinner ended a three-match losing run against the 22-year-old Spaniard.")
C("ten1-c1", S, "Alcaraz, 24, lost the final in three sets.")
C("ten1-c2", S, "Sinner beat Alcaraz 6-4, 6-3, 7-6 (7-4) in the final.")
C("ten1-c3", S, "Sinner had won their previous three meetings.")
U("ten1-u1", S, "Sinner saved all four break points he faced and converted three of his own.")

# ---------------------------------------------------------------- 7 basketball
S = ("Nikola Jokic had 34 points, 15 rebounds and 11 assists as the Denver Nuggets beat the Los Angeles Lakers "
     "121-108 on Monday night. It was Jokic's 12th triple-double of the season. LeBron James led the Lakers "
     "with 28 points, and Anthony Davis added 22 points and 13 rebounds. Denver improved to 31-17, while the "
     "Lakers fell to 26-22 and have lost four of their last five games.")
F("nba1-f1", S, "Jokic recorded his 12th triple-double of the season with 34 points, 15 rebounds and 11 assists in a 121-108 win over the Lakers.")
F("nba1-f2", S, "The Nuggets won by 13 points and improved to 31-17.")
F("nba1-f3", S, "LeBron James scored 28 points for Los Angeles, which has lost four of its last five.")
F("nba1-f4", S, "Davis chipped in with 22 points and 13 boards for the Lakers.")
C("nba1-c1", S, "Anthony Davis scored 28 points for the Lakers.")
C("nba1-c2", S, "Jokic had 34 points, 11 rebounds and 15 assists.")
C("nba1-c3", S, "The Lakers fell to 31-17 with the loss.")
U("nba1-u1", S, "Jokic shot 13 of 20 from the field.")

# ---------------------------------------------------------------- 8 F1
S = ("Max Verstappen won the Japanese Grand Prix at Suzuka on Sunday, finishing 1.4 seconds ahead of "
     "McLaren's Lando Norris, with Oscar Piastri third. It was the Dutchman's fourth consecutive victory at "
     "Suzuka and the 64th win of his career. Verstappen started from pole position after setting a lap record "
     "of 1 minute 26.983 seconds in qualifying. Norris now leads the championship by one point from Piastri, "
     "with Verstappen a further eight points back in third.")
F("f1-f1", S, "Verstappen won at Suzuka for the fourth year running, beating Norris by 1.4 seconds.")
F("f1-f2", S, "The victory was the 64th of Verstappen's career.")
F("f1-f3", S, "Verstappen is third in the standings, nine points behind leader Norris.")
F("f1-f4", S, "The Dutchman started from pole after a record qualifying lap of 1:26.983.")
C("f1-c1", S, "Piastri finished second, 1.4 seconds behind Verstappen.")
C("f1-c2", S, "It was Verstappen's third consecutive win at Suzuka.")
U("f1-u1", S, "Verstappen led 50 of the 53 laps.")

# ---------------------------------------------------------------- 9 athletics
S = ("Kenya's Faith Kipyegon broke her own world record in the women's 1,500 metres on Friday, running 3 "
     "minutes 48.68 seconds at the Diamond League meeting in Eugene. The previous mark of 3:49.04 was set by "
     "Kipyegon in Paris last year. Ethiopia's Diribe Welteji finished second in 3:51.44. Kipyegon, 31, is a "
     "three-time Olympic champion at the distance.")
P = D(2025, 7, 6)
F("ath1-f1", S, "Kipyegon, 31, lowered her 1,500m world record to 3:48.68, taking 0.36 seconds off her previous mark.", published=P)
F("ath1-f2", S, "The three-time Olympic champion set the previous record of 3:49.04 in Paris in 2024.", published=P)
F("ath1-f3", S, "Welteji was runner-up in 3:51.44.", published=P)
C("ath1-c1", S, "Ethiopia's Diribe Welteji, 31, finished second.", published=P, tag="debatable")
C("ath1-c2", S, "Kipyegon set the previous record of 3:49.04 in Paris in 2023.", published=P)
U("ath1-u1", S, "Kipyegon's time was 0.46 seconds faster than her previous record.", published=P)
C("ath1-c3", S, "Kipyegon, a two-time Olympic champion, ran 3:48.68.", published=P)

# ---------------------------------------------------------------- 10 earnings
S = ("Harlow Foods said on Thursday that net profit fell 12% to $412 million in the second quarter, from $468 "
     "million a year earlier, as higher cocoa prices squeezed margins. Revenue rose 3% to $5.8 billion. The "
     "company cut its full-year earnings forecast to $2.10-$2.25 a share, from $2.40-$2.55 previously. Chief "
     "executive Dana Whitfield said the company would close two plants in Ohio, affecting about 650 jobs. "
     "Shares fell 7.4% in morning trading.")
F("ern1-f1", S, "Harlow Foods' second-quarter profit dropped 12% to $412 million as cocoa costs rose.")
F("ern1-f2", S, "The company's revenue increased 3% to $5.8bn.")
F("ern1-f3", S, "Harlow cut its annual outlook to $2.10 to $2.25 per share and plans to shut two Ohio plants, affecting about 650 jobs.")
F("ern1-f4", S, "Net profit fell by $56 million from a year earlier.")
C("ern1-c1", S, "Net profit rose 12% to $412 million in the second quarter.")
C("ern1-c2", S, "Revenue rose 12% to $5.8 billion.")
C("ern1-c3", S, "Revenue rose 3% to $5.8 million.")
C("ern1-c4", S, "Harlow's second-quarter profit fell to $468 million.")
U("ern1-u1", S, "The shares fell 7.4%, their biggest one-day drop since 2020.")

# ---------------------------------------------------------------- 11 markets
S = ("U.S. stocks closed lower on Friday as Treasury yields climbed after a stronger-than-expected jobs report. "
     "The S&P 500 fell 1.2% to 5,612.4, while the Nasdaq Composite dropped 1.9% and the Dow Jones Industrial "
     "Average lost 384 points, or 0.9%. The yield on the 10-year Treasury note rose to 4.47% from 4.38% on "
     "Thursday. For the week, the S&P 500 was down 2.1%. Oil rose 1.1% to $78.40 a barrel.")
F("mkt1-f1", S, "The S&P 500 slid 1.2% on Friday, and the Nasdaq fell 1.9%.")
F("mkt1-f2", S, "The Dow shed 384 points, or 0.9%, as the 10-year yield climbed to 4.47%.")
F("mkt1-f3", S, "The 10-year yield rose 9 basis points to 4.47%.", tag="debatable")
F("mkt1-f4", S, "Oil gained 1.1% to $78.40 per barrel.")
F("mkt1-f5", S, "The S&P 500 closed at 5,612.4, leaving it down 2.1% for the week.")
C("mkt1-c1", S, "The Nasdaq fell 1.2%, while the S&P 500 dropped 1.9%.")
C("mkt1-c2", S, "The S&P 500 ended the week up 2.1%.")
U("mkt1-u1", S, "The jobs report showed employers added 272,000 jobs.")

# ---------------------------------------------------------------- 12 health study
S = ("A study of 48,000 adults published on Wednesday in the BMJ found that people who ate ultra-processed "
     "foods at least five times a day had a 21% higher risk of dying from heart disease over 12 years than "
     "those who ate them less than twice a day. The researchers, led by Dr. Amira Patel of Imperial College "
     "London, said the risk of stroke was 9% higher. About 2,100 participants died of cardiovascular causes "
     "during the follow-up period. The average age at enrolment was 54.")
F("hlt1-f1", S, "The study followed about 48,000 adults for 12 years.")
F("hlt1-f2", S, "Heavy consumers of ultra-processed foods had a 21% greater risk of dying from heart disease, the researchers found.")
F("hlt1-f3", S, "Roughly 2,100 participants died of cardiovascular causes, and participants were 54 on average when they enrolled.")
F("hlt1-f4", S, "Eating such foods five or more times a day was also linked to a 9% higher stroke risk.")
C("hlt1-c1", S, "The risk of stroke was 21% higher.")
C("hlt1-c2", S, "The study of 48,000 adults tracked participants for 21 years.")
C("hlt1-c3", S, "The study of 4,800 adults was published in the BMJ.")
U("hlt1-u1", S, "The study found the risk rose 4% with each additional daily serving.")

# ---------------------------------------------------------------- 13 space
S = ("NASA's Europa Clipper spacecraft completed a flyby of Mars on Saturday, passing within 884 kilometres of "
     "the surface to gain speed for its journey to Jupiter, the agency said. The probe, launched in October "
     "2024, is due to reach Jupiter in April 2030 after travelling about 2.9 billion kilometres. It will make "
     "49 close flybys of Europa, an icy moon that scientists believe hides an ocean beneath a crust 15 to 25 "
     "kilometres thick. The mission cost about $5.2 billion.")
F("spc1-f1", S, "Europa Clipper swung past Mars at a distance of about 550 miles.")
F("spc1-f2", S, "The $5.2 billion probe is due to arrive at Jupiter in 2030 and make 49 close passes of Europa.")
F("spc1-f3", S, "Europa's icy crust is thought to be 15-25 km thick.")
F("spc1-f4", S, "The probe will travel roughly 1.8 billion miles to reach Jupiter.")
C("spc1-c1", S, "The probe, launched in October 2023, flew past Mars on Saturday.")
C("spc1-c2", S, "The probe will reach Jupiter in April 2032.")
U("spc1-u1", S, "Europa Clipper carries nine science instruments.")

# ---------------------------------------------------------------- 14 rail
S = ("Network Rail said on Monday that the upgrade of the Midland Main Line between London and Sheffield will "
     "cost £1.9 billion, £400 million more than estimated in 2021, and will not be finished until 2029, two "
     "years later than planned. Journey times between the two cities will fall by up to 20 minutes, to about "
     "1 hour 50 minutes. Around 3,500 workers will be employed on the project at its peak. Passenger numbers "
     "on the line have recovered to 92% of pre-pandemic levels.")
F("rail1-f1", S, "The upgrade was originally expected to cost £1.5 billion.")
F("rail1-f2", S, "The work, originally due to finish in 2027, will now be completed in 2029.")
F("rail1-f3", S, "Journeys between London and Sheffield will be cut by as much as 20 minutes.")
F("rail1-f4", S, "About 3,500 people will work on the £1.9bn project at its peak.")
C("rail1-c1", S, "The upgrade will cost £1.9 billion, £400 million less than estimated in 2021.")
C("rail1-c2", S, "Journey times will fall by up to 20 minutes, to about 1 hour 20 minutes.")
C("rail1-c3", S, "The line will not be finished until 2029, three years later than planned.")
U("rail1-u1", S, "Passenger numbers have recovered to 92% of pre-pandemic levels, up from 85% a year ago.")

# ---------------------------------------------------------------- 15 housing
S = ("Home prices in Canada fell 2.4% in March from a year earlier to an average of C$689,000, the Canadian "
     "Real Estate Association said on Tuesday. Sales dropped 9.3% from February, the sharpest monthly decline "
     "since 2022. In Toronto, the average price was C$1.09 million, down 1.8%, while Vancouver prices slipped "
     "0.6% to C$1.17 million. New listings rose 9.4% from the previous month.")
F("hse1-f1", S, "The average Canadian home price fell 2.4% year on year to about C$689,000 in March.")
F("hse1-f2", S, "Sales fell 9.3% month on month, while new listings climbed 9.4%.")
F("hse1-f3", S, "In Vancouver, prices dipped 0.6% to C$1.17 million, and Toronto's average fell 1.8% to C$1.09 million.")
C("hse1-c1", S, "Toronto's average home price was C$1.17 million.")
C("hse1-c2", S, "New listings fell 9.4% from February.")
C("hse1-c3", S, "Sales dropped 9.3%, the sharpest monthly decline since 2008.")
U("hse1-u1", S, "The average price of C$689,000 is about 5% below its 2022 peak.")

# ---------------------------------------------------------------- 16 education
S = ("The Chicago Board of Education approved a $9.9 billion budget on Thursday that closes a $505 million "
     "deficit, in part by leaving 1,200 vacant positions unfilled. The district, which serves about 323,000 "
     "students, has lost nearly 100,000 students since 2000. Board president Sean Harden said the district "
     "would also borrow $242 million. Teachers union president Stacy Davis Gates said the cuts would hit "
     "special education hardest.")
F("edu1-f1", S, "The board passed a $9.9bn budget that closes a deficit of more than $500 million.")
F("edu1-f2", S, "The district will leave 1,200 vacancies unfilled and borrow $242 million.")
F("edu1-f3", S, "Chicago's school district, with about 323,000 students, has lost almost 100,000 pupils since 2000.")
C("edu1-c1", S, "The budget closes a $242 million deficit.")
C("edu1-c2", S, "The district has lost more than 100,000 students since 2000.", tag="debatable")
U("edu1-u1", S, "The budget includes $50 million for school safety.")

# ---------------------------------------------------------------- 17 box office
S = ("'Dune: Part Three' opened to $94 million in North American theatres over the weekend, the biggest debut "
     "of the year, according to studio estimates on Sunday. Warner Bros said the film took in another $128 "
     "million overseas, for a global launch of $222 million. The movie cost about $190 million to make. Last "
     "weekend's leader, the animated 'Paddington in Peru', fell to second place with $21.5 million, bringing "
     "its domestic total to $88 million.")
F("box1-f1", S, "Dune: Part Three debuted with $94 million domestically and $222 million worldwide.")
F("box1-f2", S, "The film, which cost around $190m, earned $128m outside North America.")
F("box1-f3", S, "Paddington in Peru dropped to No. 2 with $21.5 million, lifting its total to $88 million.")
F("box1-f4", S, "Overseas ticket sales topped the domestic opening by $34 million.")
C("box1-c1", S, "The film opened to $128 million in North America.")
C("box1-c2", S, "Paddington in Peru slipped to third place with $21.5 million.")
U("box1-u1", S, "Overseas takings exceeded the domestic opening by $24 million.")
U("box1-u2", S, "The $222 million global launch was the third-biggest of the decade.")

# ---------------------------------------------------------------- 18 obituary
S = ("Margaret Okafor, the Nigerian-born novelist whose debut 'The River Gods' sold more than 3 million copies, "
     "died on Saturday at her home in London. She was 87. Born in Enugu in 1938, Okafor moved to Britain in "
     "1961 and published 14 novels over five decades. She won the Booker Prize in 1979 and was made a dame in "
     "2004. She is survived by two daughters and five grandchildren.")
P = D(2025, 9, 22)
F("obt1-f1", S, "Okafor, who died aged 87, published 14 novels.", published=P)
F("obt1-f2", S, "Her debut novel sold over 3 million copies.", published=P)
F("obt1-f3", S, "She won the Booker Prize in 1979, 18 years after moving to Britain.", published=P)
F("obt1-f4", S, "Okafor was made a dame in 2004 and leaves two daughters and five grandchildren.", published=P)
F("obt1-f5", S, "The Enugu-born author published 14 novels across 50 years.", published=P)
C("obt1-c1", S, "Okafor, who moved to Britain in 1938, died at 87.", published=P)
C("obt1-c2", S, "She won the Booker Prize in 2004.", published=P)
C("obt1-c3", S, "The novelist died on Saturday at the age of 78.", published=P)
U("obt1-u1", S, "She is survived by her husband of 60 years.", published=P)

# ---------------------------------------------------------------- 19 military
S = ("Ukraine's air force said on Wednesday that Russia launched 143 drones and six ballistic missiles "
     "overnight, of which 117 drones were shot down or jammed. Two people were killed and 19 injured in the "
     "city of Kharkiv, regional governor Oleh Syniehubov said. In the Odesa region, a strike damaged port "
     "infrastructure and injured three people. Russia's defence ministry said its forces had destroyed 41 "
     "Ukrainian drones over Russian territory.")
F("mil1-f1", S, "Russia fired 143 drones and six ballistic missiles overnight, the Ukrainian air force said.")
F("mil1-f2", S, "Ukrainian forces downed or jammed 117 of the drones, meaning 26 were not intercepted.", tag="debatable")
F("mil1-f3", S, "In Kharkiv, two people died and 19 were hurt, the governor said.")
F("mil1-f4", S, "Moscow said it had destroyed 41 Ukrainian drones over its territory.")
C("mil1-c1", S, "Ukraine said it had shot down 41 of the drones.")
C("mil1-c2", S, "Two people were killed and 19 injured in Odesa.")
U("mil1-u1", S, "Russia launched 143 drones, its largest attack in three weeks.")

# ---------------------------------------------------------------- 20 immigration
S = ("U.S. Border Patrol agents made 58,400 arrests at the southern border in October, down 14% from "
     "September and the lowest monthly total since August 2020, Customs and Border Protection said on Friday. "
     "Arrests in October last year were about 189,000. The Tucson sector accounted for 17,200 of the arrests. "
     "CBP also said it had processed 44,000 appointments through its app during the month.")
F("imm1-f1", S, "Border arrests fell 14% in October to 58,400, the fewest since August 2020.")
F("imm1-f2", S, "That compares with roughly 189,000 arrests a year earlier.")
F("imm1-f3", S, "October arrests were down about 69% from a year earlier.")
F("imm1-f4", S, "The Tucson sector accounted for about 30% of October's arrests.", tag="debatable")
C("imm1-c1", S, "Border arrests rose 14% from September to 58,400.")
C("imm1-c2", S, "October's total was the lowest since August 2021.")
U("imm1-u1", S, "CBP processed 44,000 app appointments, up from 30,000 in September.")

# ---------------------------------------------------------------- 21 energy
S = ("Orsted said on Tuesday it would cut 800 jobs, about 10% of its workforce, and scrap plans for two "
     "offshore wind farms off the coast of New Jersey after writing down $4 billion on its U.S. projects. The "
     "Danish company, the world's largest offshore wind developer, reported an operating loss of 3.1 billion "
     "Danish crowns for the third quarter, compared with a profit of 4.7 billion crowns a year earlier. Chief "
     "executive Mads Nipper said the company would now aim for 35-38 gigawatts of installed capacity by 2030, "
     "down from 50 gigawatts.")
F("nrg1-f1", S, "Orsted will cut 800 jobs, roughly a tenth of its staff.")
F("nrg1-f2", S, "The Danish wind developer took a $4bn writedown on its U.S. projects and dropped two New Jersey wind farms.")
F("nrg1-f3", S, "Orsted lowered its 2030 capacity target to 35-38 GW from 50 GW.")
F("nrg1-f4", S, "The company swung to a third-quarter operating loss of 3.1 billion crowns from a profit of 4.7 billion a year earlier.")
C("nrg1-c1", S, "Orsted reported a third-quarter operating profit of 3.1 billion crowns.", tag="debatable")
C("nrg1-c2", S, "Orsted will cut 800 jobs, about 20% of its workforce.")
C("nrg1-c3", S, "Orsted now aims for 35-38 gigawatts of capacity by 2035.")
U("nrg1-u1", S, "The writedown wiped 25% off Orsted's market value.")

# ---------------------------------------------------------------- 22 tech earnings
S = ("Apple said on Thursday that revenue for its fiscal fourth quarter rose 6% to $94.9 billion, beating "
     "analysts' estimates of $94.6 billion. iPhone sales rose 5.5% to $46.2 billion, while services revenue "
     "climbed 12% to a record $25 billion. Greater China sales fell 2% to $15 billion. The company's board "
     "declared a dividend of 25 cents a share. Apple shares fell 1.3% in extended trading.")
F("tec1-f1", S, "Apple's quarterly revenue grew 6% to nearly $95 billion, topping Wall Street forecasts.")
F("tec1-f2", S, "Services revenue hit a record $25 billion, up 12%, while iPhone sales rose 5.5% to $46.2 billion.")
F("tec1-f3", S, "Revenue beat estimates by $300 million.")
F("tec1-f4", S, "The company declared a 25-cent dividend, and its shares slipped 1.3% after hours.")
C("tec1-c1", S, "Services revenue rose 5.5% to a record $25 billion.")
C("tec1-c2", S, "Sales in Greater China rose 2% to $15 billion.")
C("tec1-c3", S, "Apple's fourth-quarter revenue rose 6% to $94.6 billion.")
U("tec1-u1", S, "Apple sold 50 million iPhones in the quarter.")

# ---------------------------------------------------------------- 23 civil court
S = ("A federal jury in Delaware on Friday ordered Medtrex Inc to pay $312 million to rival Cardiolink for "
     "infringing two patents on heart-monitoring devices. Cardiolink had sought $480 million in damages. The "
     "jury found Medtrex's infringement was wilful, which could allow U.S. District Judge Colm Connolly to "
     "triple the award to as much as $936 million. Medtrex said it would appeal. The trial lasted eight days.")
F("civ1-f1", S, "A jury ordered Medtrex to pay $312 million, well short of the $480 million Cardiolink sought.")
F("civ1-f2", S, "Because the jury found the infringement wilful, the judge could triple the damages to as much as $936 million.")
F("civ1-f3", S, "The eight-day trial concerned two patents for heart-monitoring devices.")
F("civ1-f4", S, "The award was $168 million less than Cardiolink had requested.")
C("civ1-c1", S, "The jury ordered Medtrex to pay $480 million to Cardiolink.")
C("civ1-c2", S, "The judge could double the award to $936 million.")
U("civ1-u1", S, "Medtrex shares fell 8% after the verdict.")

# ---------------------------------------------------------------- 24 city council
S = ("The Denver City Council voted 9-4 on Monday to approve a $1.2 million pilot program that will give 140 "
     "homeless families $1,000 a month for a year. The program, funded by a mix of city money and private "
     "donations, starts in January. A similar pilot in 2022 gave 820 people payments of up to $12,000 over 10 "
     "months. Councilwoman Amanda Sandoval, who voted against the measure, said the money would be better "
     "spent on shelter beds.")
F("cty1-f1", S, "Denver's council approved the pilot 9-4, giving 140 homeless families $1,000 a month.")
F("cty1-f2", S, "Each family will receive $12,000 over the year.")
F("cty1-f3", S, "The $1.2m program passed by a five-vote margin.")
F("cty1-f4", S, "A 2022 pilot paid 820 people up to $12,000 over 10 months.")
C("cty1-c1", S, "The council voted 9-4 to give 820 families $1,000 a month.")
C("cty1-c2", S, "The program will give 140 families $12,000 a month.")
U("cty1-u1", S, "The measure passed 9-4 after a three-hour debate.")

# ---------------------------------------------------------------- 25 wildfire
S = ("The Park Fire in northern California had burned 164,000 hectares by Wednesday and was 12% contained, Cal "
     "Fire said. The blaze, which started on July 24, has destroyed 480 structures and forced the evacuation "
     "of about 26,000 people. More than 5,800 firefighters are battling the fire. A 42-year-old man has been "
     "charged with arson for allegedly pushing a burning car into a gully.")
P = D(2024, 7, 31)
F("fire1-f1", S, "The fire has scorched about 405,000 acres.", published=P)
F("fire1-f2", S, "More than 5,800 firefighters are fighting the blaze, which has destroyed 480 structures.", published=P)
F("fire1-f3", S, "Around 26,000 people have been evacuated since the fire began on July 24.", published=P)
F("fire1-f4", S, "A week after it started, the fire was only 12% contained.", published=P, tag="debatable")
C("fire1-c1", S, "The fire was 42% contained on Wednesday.", published=P)
C("fire1-c2", S, "A 24-year-old man has been charged with arson.", published=P)
U("fire1-u1", S, "The blaze has killed two people.", published=P)

# ---------------------------------------------------------------- 26 aviation
S = ("Boeing delivered 44 commercial aircraft in October, up from 40 in September, including 35 of its 737 MAX "
     "jets, the company said on Tuesday. Rival Airbus handed over 71 jets in the same month. Boeing booked 53 "
     "gross orders in October, including 20 787 Dreamliners for Korean Air. So far this year, Boeing has "
     "delivered 435 aircraft, compared with 590 for Airbus.")
F("avi1-f1", S, "Boeing delivered 44 planes in October, 35 of them 737 MAXs.")
F("avi1-f2", S, "Airbus delivered 71 aircraft, 27 more than Boeing.")
F("avi1-f3", S, "Year to date, Airbus has delivered 590 jets versus Boeing's 435.")
F("avi1-f4", S, "Korean Air ordered 20 787s, part of Boeing's 53 gross orders for the month.")
C("avi1-c1", S, "Boeing delivered 71 jets in October.")
C("avi1-c2", S, "Boeing's deliveries fell to 40 in October from 44 in September.")
U("avi1-u1", S, "Korean Air ordered 20 Dreamliners worth about $6 billion.")

# ---------------------------------------------------------------- 27 police raids
S = ("Police in Leeds arrested 23 people after a series of raids on Wednesday targeting a drug network that "
     "officers said supplied cocaine across West Yorkshire. About 200 officers took part in the operation, West "
     "Yorkshire Police said. Officers seized 4.5 kilograms of cocaine, £68,000 in cash and three firearms. "
     "Those arrested were aged between 17 and 54. Detective Superintendent Jo Kirk said the network had made "
     "an estimated £2 million a year.")
F("pol2-f1", S, "Some 200 officers took part in Wednesday's raids, in which 23 people were arrested.")
F("pol2-f2", S, "Police seized 4.5kg of cocaine, three guns and £68,000 in cash.")
F("pol2-f3", S, "The suspects were aged 17 to 54.")
F("pol2-f4", S, "The network made about £2m a year, according to police.")
C("pol2-c1", S, "Police arrested 23 people and seized 4.5 kg of cocaine and £2 million in cash.")
C("pol2-c2", S, "Those arrested were aged between 17 and 45.")
U("pol2-u1", S, "Police seized 4.5 kg of cocaine with a street value of £450,000.")

# ---------------------------------------------------------------- 28 jobs data
S = ("The U.K. unemployment rate rose to 4.8% in the three months to June from 4.6% in the previous period, the "
     "Office for National Statistics said on Tuesday, the highest since 2021. Regular wage growth slowed to "
     "5.0% from 5.3%. The number of job vacancies fell by 44,000 to 718,000. Economists polled by Reuters had "
     "expected unemployment to stay at 4.7%.")
F("eco1-f1", S, "Unemployment climbed to 4.8%, the highest level since 2021.")
F("eco1-f2", S, "Wage growth eased to 5%, and vacancies dropped by 44,000 to 718,000.")
F("eco1-f3", S, "The jobless rate rose 0.2 percentage points.")
F("eco1-f4", S, "Vacancies fell to 718,000 from 762,000.")
C("eco1-c1", S, "Unemployment rose to 4.8%, above the 4.6% economists had expected.")
C("eco1-c2", S, "Regular wage growth slowed to 5.3%.")
U("eco1-u1", S, "Unemployment rose to 4.8%, with 1.6 million people out of work.")

# ---------------------------------------------------------------- 29 NFL
S = ("Patrick Mahomes threw for 320 yards and three touchdowns as the Kansas City Chiefs beat the Buffalo Bills "
     "27-24 on Sunday, with Harrison Butker kicking a 51-yard field goal with 14 seconds left. Josh Allen ran "
     "for two touchdowns for Buffalo, which had won five straight games. The Chiefs improved to 9-2, the best "
     "record in the AFC. The game drew 73,000 fans at Arrowhead Stadium.")
F("nfl1-f1", S, "Mahomes passed for 320 yards and three touchdowns in a 27-24 win over Buffalo.")
F("nfl1-f2", S, "Butker's 51-yard field goal with 14 seconds remaining gave Kansas City a three-point win.")
F("nfl1-f3", S, "The loss snapped the Bills' five-game winning streak, while the Chiefs moved to 9-2.")
F("nfl1-f4", S, "Some 73,000 fans watched at Arrowhead.")
C("nfl1-c1", S, "Josh Allen threw for 320 yards for Buffalo.")
C("nfl1-c2", S, "Butker kicked a 14-yard field goal with 51 seconds left.")
U("nfl1-u1", S, "Mahomes completed 28 of 39 passes.")

# ---------------------------------------------------------------- 30 drug approval
S = ("The U.S. Food and Drug Administration on Friday approved Lilly's Alzheimer's drug donanemab, which in a "
     "trial of 1,736 patients slowed cognitive decline by 35% over 18 months compared with a placebo. The drug "
     "will cost $32,000 a year, the company said. About 24% of patients in the trial developed brain swelling, "
     "most without symptoms, and three deaths were linked to the treatment. An estimated 6.9 million Americans "
     "aged 65 and older have Alzheimer's.")
F("drg1-f1", S, "Donanemab slowed cognitive decline by 35% over a year and a half.")
F("drg1-f2", S, "The treatment will cost $32,000 per year, Lilly said.")
F("drg1-f3", S, "Nearly a quarter of trial patients developed brain swelling.")
F("drg1-f4", S, "Some 6.9 million Americans 65 and over are living with Alzheimer's.")
C("drg1-c1", S, "In the trial of 1,736 patients, 24 deaths were linked to the treatment.")
C("drg1-c2", S, "The drug will cost $32,000 a month.")
U("drg1-u1", S, "The trial was run at 277 sites in eight countries.")

# ---------------------------------------------------------------- 31 rugby
S = ("Ireland beat France 27-21 in Dublin on Saturday to claim their third Six Nations title in four years. "
     "Fly-half Sam Prendergast kicked 17 points, and winger James Lowe scored two of Ireland's three tries. "
     "France, who had beaten England 33-31 last week, finished second. A crowd of 51,700 watched at the Aviva "
     "Stadium.")
F("rug1-f1", S, "Ireland sealed a third Six Nations crown in four years with a 27-21 victory over France.")
F("rug1-f2", S, "Prendergast contributed 17 points and Lowe scored two tries in front of 51,700 fans.")
F("rug1-f3", S, "France, who finished second, had beaten England 33-31 the week before.")
C("rug1-c1", S, "France beat England 27-21 last week.")
U("rug1-u1", S, "Ireland won by six points, their 10th straight home win.")

# ---------------------------------------------------------------- 32 earthquake
S = ("A magnitude 6.8 earthquake struck central Morocco late on Friday, killing at least 2,012 people and "
     "injuring 2,059 others, the interior ministry said on Saturday. The quake's epicentre was 72 kilometres "
     "southwest of Marrakech at a depth of 18.5 km, according to the U.S. Geological Survey. It was the "
     "deadliest earthquake in Morocco since 1960, when a quake near Agadir killed more than 12,000 people. "
     "Most of the deaths were in the Al Haouz province, where 1,293 people died.")
F("eq1-f1", S, "The 6.8-magnitude quake killed more than 2,000 people and injured a similar number.")
F("eq1-f2", S, "The epicentre was about 45 miles southwest of Marrakech, the USGS said.")
F("eq1-f3", S, "Al Haouz province accounted for 1,293 of the deaths.")
F("eq1-f4", S, "About 700 of the deaths were outside Al Haouz province.", tag="debatable")
C("eq1-c1", S, "It was Morocco's deadliest quake since 1960, when more than 2,000 people died near Agadir.")
C("eq1-c2", S, "The quake struck at a depth of 72 km.")
U("eq1-u1", S, "Rescuers had pulled 300 survivors from the rubble.")

# ---------------------------------------------------------------- 33 mayoral election
S = ("Incumbent mayor Rosa Delgado won a third term on Tuesday, taking 54.2% of the vote to 41.7% for "
     "challenger Kevin Moss, according to unofficial results. Turnout was 38%, up from 31% in the 2021 race. "
     "Delgado, 61, first won office in 2017. Moss, a 44-year-old city councilman, conceded shortly after "
     "10 p.m.")
P = D(2025, 11, 5)
F("may1-f1", S, "Delgado won re-election with about 54% of the vote, beating Moss by 12.5 points.", published=P)
F("may1-f2", S, "Turnout rose to 38% from 31% four years earlier.", published=P)
F("may1-f3", S, "Moss, 44, conceded just after 10pm.", published=P)
F("may1-f4", S, "The 61-year-old mayor, first elected in 2017, won a third term on Nov. 4.", published=P)
C("may1-c1", S, "Delgado, 44, won a third term on Tuesday.", published=P)
C("may1-c2", S, "Turnout was 31%, up from 38% in 2021.", published=P)

# ---------------------------------------------------------------- 34 tech jobs
S = ("Salesforce will cut about 4,000 customer support jobs after introducing AI agents that now handle half "
     "of its customer interactions, chief executive Marc Benioff said in a podcast interview. The support team "
     "has shrunk to about 5,000 people from 9,000, he said. The San Francisco-based company employed 76,453 "
     "people at the end of January. Salesforce reported revenue of $10.2 billion for the quarter ended July 31, "
     "up 10% from a year earlier.")
F("sfw1-f1", S, "Benioff said the support staff had fallen from 9,000 to around 5,000 as AI agents took over half of customer interactions.")
F("sfw1-f2", S, "Salesforce, which had more than 76,000 employees in January, posted quarterly revenue of $10.2bn, up 10%.")
F("sfw1-f3", S, "The company's support workforce has shrunk by about 4,000 people.")
C("sfw1-c1", S, "He said the support team has grown to about 9,000 people from 5,000.")
C("sfw1-c2", S, "Salesforce reported quarterly revenue of $10.2 billion, up 4% from a year earlier.")
U("sfw1-u1", S, "The AI agents are saving the company $50 million a year, Benioff said.")

# ---------------------------------------------------------------- 35 transfer
S = ("Real Madrid have agreed to sign Liverpool defender Trent Alexander-Arnold for a fee of €10 million, the "
     "clubs said on Friday, allowing the 26-year-old to join before his contract expires on June 30. "
     "Alexander-Arnold, who joined Liverpool's academy at the age of six, made 354 appearances for the club and "
     "won two Premier League titles. He has signed a six-year contract with Real.")
P = D(2025, 5, 30)
F("trf1-f1", S, "Alexander-Arnold, 26, has signed a six-year deal with Real Madrid after the clubs agreed a €10m fee.", published=P)
F("trf1-f2", S, "He made 354 appearances and won the Premier League twice during his time at Liverpool.", published=P)
F("trf1-f3", S, "The defender, who joined Liverpool aged six, spent 20 years at the club.", published=P, tag="debatable")
C("trf1-c1", S, "Alexander-Arnold has signed a 10-year contract with Real.", published=P)
C("trf1-c2", S, "He made 354 appearances and won six Premier League titles with Liverpool.", published=P)
U("trf1-u1", S, "Real Madrid will pay a fee of about $11 million.", published=P)

# ---------------------------------------------------------------- 36 heatwave
S = ("Temperatures reached 46.2C in Seville on Sunday, a record for June, Spain's weather agency AEMET said. The "
     "previous June record of 45.2C was set in El Granado in 1965. At least eight people have died from "
     "heat-related causes since the heatwave began on June 28, health authorities said. Forecasters expect "
     "temperatures to ease by 4 to 6 degrees by Wednesday.")
P = D(2025, 7, 1)
F("heat1-f1", S, "Seville hit 46.2C, beating the previous June record by one degree.", published=P)
F("heat1-f2", S, "The temperature of 46.2C (115F) set a new June record, AEMET said.", published=P)
F("heat1-f3", S, "At least eight heat-related deaths have been reported since the heatwave began on June 28.", published=P)
F("heat1-f4", S, "Seville recorded 46.2C on June 29.", published=P)
C("heat1-c1", S, "The previous June record of 46.2C was set in El Granado in 1965.", published=P)
C("heat1-c2", S, "At least 18 people have died from heat-related causes.", published=P)
C("heat1-c3", S, "Forecasters expect temperatures to ease by 4 to 6 degrees by Friday.", published=P, tag="debatable")

# ---------------------------------------------------------------- 37 central bank
S = ("The European Central Bank cut its deposit rate by a quarter point to 2.25% on Thursday, its sixth cut "
     "since June last year, as inflation in the euro zone eased to 2.2% in March. ECB President Christine "
     "Lagarde said the bank was not pre-committing to further cuts. The ECB lowered its growth forecast for "
     "this year to 0.9% from 1.1%. Markets had fully priced in the move.")
P = D(2025, 4, 17)
F("ecb1-f1", S, "The ECB lowered its deposit rate by 25 basis points to 2.25%.", published=P)
F("ecb1-f2", S, "It was the bank's sixth rate cut since June 2024.", published=P)
F("ecb1-f3", S, "The ECB now expects the economy to grow 0.9% this year, down from its earlier forecast of 1.1%.", published=P)
C("ecb1-c1", S, "Euro zone inflation eased to 2.25% in March.", published=P)
C("ecb1-c2", S, "The ECB raised its growth forecast for this year to 1.1%.", published=P)
C("ecb1-c3", S, "It was the ECB's seventh cut since June last year.", published=P)

# ---------------------------------------------------------------- 38 mine
S = ("Rescuers pulled 11 miners alive from a flooded coal mine in China's Shanxi province on Monday, 60 hours "
     "after the accident, state media said. Four miners remain trapped and two were confirmed dead. A total of "
     "17 workers were underground when water flooded the shaft at about 3 p.m. on Friday. The mine's owner has "
     "been detained by police.")
F("mine1-f1", S, "Eleven miners were rescued alive after some two and a half days underground.")
F("mine1-f2", S, "Of the 17 workers underground, 11 were rescued, two died and four remain trapped.")
F("mine1-f3", S, "Water flooded the shaft at around 3pm on Friday, state media said.")
C("mine1-c1", S, "Of the 17 workers, four were confirmed dead and two remain trapped.")
C("mine1-c2", S, "Rescuers pulled 17 miners alive from the flooded mine.")
U("mine1-u1", S, "The mine produces 900,000 tonnes of coal a year.")

# ---------------------------------------------------------------- 39 tourism
S = ("Japan welcomed a record 36.9 million foreign visitors in 2024, up 47% from the previous year and beating "
     "the previous high of 31.9 million set in 2019, the Japan National Tourism Organization said. Visitors "
     "from South Korea topped the list at 8.8 million, followed by China with 7 million and Taiwan with 6 "
     "million. Tourist spending reached 8.1 trillion yen.")
F("tour1-f1", S, "Japan drew almost 37 million foreign tourists in 2024, topping the 2019 record of 31.9 million.")
F("tour1-f2", S, "South Korea sent the most visitors, 8.8 million, ahead of China's 7 million.")
F("tour1-f3", S, "Visitor numbers beat the 2019 high by 5 million.")
F("tour1-f4", S, "Each visitor spent about 220,000 yen on average.", tag="debatable")
C("tour1-c1", S, "China topped the list with 8.8 million visitors.")
C("tour1-c2", S, "Visitor numbers rose 47% from 2019.")
U("tour1-u1", S, "Spending per visitor averaged 230,000 yen.")

# ---------------------------------------------------------------- 40 murder trial
S = ("A jury in Phoenix on Wednesday convicted Ryan Colter, 38, of second-degree murder in the 2023 shooting "
     "death of his neighbour, 52-year-old Luis Ortega. Jurors deliberated for about six hours after a nine-day "
     "trial. Colter faces between 10 and 25 years in prison when he is sentenced on Aug. 14. Prosecutors said "
     "Colter fired five shots during an argument over a parking space.")
F("mur1-f1", S, "Colter, 38, was found guilty of killing his 52-year-old neighbour in 2023.")
F("mur1-f2", S, "He faces 10 to 25 years when he is sentenced in August.")
F("mur1-f3", S, "The jury reached its verdict after roughly six hours of deliberation following a nine-day trial.")
C("mur1-c1", S, "Colter, 52, was convicted of second-degree murder.")
C("mur1-c2", S, "He faces up to 10 years in prison when he is sentenced on Aug. 14.")
U("mur1-u1", S, "Colter fired five shots, hitting Ortega three times.")

# ---------------------------------------------------------------- 41 EV deliveries
S = ("Tesla delivered 384,122 vehicles in the first quarter, down 13% from a year earlier and short of "
     "analysts' expectations of about 390,000, the company said on Wednesday. It was the carmaker's weakest "
     "quarter since 2022. Production totalled 362,615 vehicles. China's BYD sold 416,388 battery-electric cars "
     "in the same period.")
F("ev1-f1", S, "Tesla's first-quarter deliveries fell 13% to about 384,000, missing forecasts of roughly 390,000.")
F("ev1-f2", S, "BYD outsold Tesla by about 32,000 battery-electric vehicles in the quarter.")
F("ev1-f3", S, "The company produced 362,615 vehicles in the quarter, its weakest since 2022.")
C("ev1-c1", S, "BYD delivered 384,122 battery-electric cars in the first quarter.")
C("ev1-c2", S, "Tesla's deliveries rose 13% from a year earlier.")
C("ev1-c3", S, "It was Tesla's weakest quarter since 2020.")

# ---------------------------------------------------------------- 42 NHS
S = ("NHS England waiting lists fell to 7.42 million in October, down from 7.45 million in September, official "
     "figures released on Thursday showed. The number of patients waiting more than 18 weeks fell to 2.9 "
     "million. A&E departments saw 2.36 million attendances in November, with 72.1% of patients seen within "
     "four hours, against a target of 78%.")
F("nhs1-f1", S, "The waiting list dipped to 7.42 million in October from 7.45 million a month earlier.")
F("nhs1-f2", S, "Around 72% of A&E patients were seen within four hours, short of the 78% target.")
F("nhs1-f3", S, "The list shrank by about 30,000 in October.")
C("nhs1-c1", S, "The waiting list rose to 7.45 million in October.")
C("nhs1-c2", S, "Some 72.1% of A&E patients were seen within four hours, against a target of 95%.")
U("nhs1-u1", S, "Some 300,000 patients had waited more than a year.")

# ---------------------------------------------------------------- 43 bitcoin
S = ("Bitcoin rose above $100,000 for the first time on Thursday, climbing as much as 4.1% to $103,800 in Asian "
     "trading, after President-elect Donald Trump said he would nominate Paul Atkins to lead the SEC. The "
     "cryptocurrency has gained about 140% this year. Ether rose 2.3% to $3,890.")
P = D(2024, 12, 5)
F("btc1-f1", S, "Bitcoin topped $100,000 for the first time, touching $103,800.", published=P)
F("btc1-f2", S, "Bitcoin has more than doubled this year, rising some 140%.", published=P)
F("btc1-f3", S, "Ether climbed 2.3% to $3,890.", published=P)
C("btc1-c1", S, "Bitcoin climbed as much as 2.3% to $103,800.", published=P)
C("btc1-c2", S, "Ether rose 4.1% to $3,890.", published=P)
U("btc1-u1", S, "Bitcoin's market value topped $2 trillion.", published=P)

# ---------------------------------------------------------------- 44 floods
S = ("Floods in Valencia have killed at least 217 people, Spanish authorities said on Saturday, with dozens "
     "still missing. About 1,700 soldiers have been deployed, and the government said it would send a further "
     "5,000 troops and 5,000 police officers. The town of Chiva received 491 litres of rain per square metre in "
     "eight hours on Tuesday, more than a year's worth.")
P = D(2024, 11, 2)
F("fld1-f1", S, "At least 217 people have died in the Valencia floods.", published=P)
F("fld1-f2", S, "Spain will add 5,000 soldiers and 5,000 police to the 1,700 troops already deployed.", published=P)
F("fld1-f3", S, "Chiva received 491 litres of rain per square metre in eight hours on October 29.", published=P)
C("fld1-c1", S, "About 5,000 soldiers have been deployed, and 1,700 more will be sent.", published=P)
C("fld1-c2", S, "At least 491 people have been killed in the floods.", published=P)
U("fld1-u1", S, "The floods caused an estimated €10 billion in damage.", published=P)

# ---------------------------------------------------------------- 45 golf
S = ("Scottie Scheffler won the Masters by four shots on Sunday, closing with a four-under-par 68 to finish at "
     "11 under. Ludvig Aberg, playing in his first major, was second at seven under. It was Scheffler's second "
     "green jacket in three years, after his 2022 win. He earns $3.6 million from a record purse of $20 "
     "million.")
P = D(2024, 4, 15)
F("golf1-f1", S, "Scheffler won his second Masters in three years, finishing four shots clear at 11 under.", published=P)
F("golf1-f2", S, "Aberg finished runner-up at seven under in his major debut.", published=P)
F("golf1-f3", S, "Scheffler's $3.6 million prize was 18% of the $20 million purse.", published=P, tag="debatable")
C("golf1-c1", S, "Scheffler closed with a 68 to finish at seven under.", published=P)
C("golf1-c2", S, "It was his second green jacket, after his 2021 win.", published=P)
U("golf1-u1", S, "Scheffler made five birdies in his final round.", published=P)

# ---------------------------------------------------------------- 46 pharma M&A
S = ("Pfizer agreed on Monday to buy Seagen for $43 billion, or $229 a share, in cash, a premium of 33% to "
     "Seagen's closing price on Friday. The deal, Pfizer's biggest since its $68 billion purchase of Wyeth in "
     "2009, is expected to add $10 billion to its 2030 sales. Seagen had revenue of about $2 billion last year.")
F("mna1-f1", S, "Pfizer will pay $229 per share, a 33% premium, valuing Seagen at $43bn.")
F("mna1-f2", S, "It is Pfizer's largest acquisition since it bought Wyeth for $68 billion in 2009.")
C("mna1-c1", S, "The deal is Pfizer's biggest since its $43 billion purchase of Wyeth.")
U("mna1-u1", S, "Pfizer will fund the deal with $31 billion of new debt.")

# ---------------------------------------------------------------- 47 nurses strike
S = ("About 9,000 nurses at 12 hospitals in New York City went on strike on Tuesday after talks over pay and "
     "staffing broke down, the New York State Nurses Association said. The union is seeking raises of 19.9% "
     "over three years; hospitals offered 12.5%. It is the city's first major nurses' strike since 2023, when "
     "7,000 nurses walked out for three days.")
F("nur1-f1", S, "Some 9,000 nurses at a dozen New York hospitals walked off the job on Tuesday.")
F("nur1-f2", S, "The union wants raises of 19.9% over three years, compared with the 12.5% offered by hospitals.")
F("nur1-f3", S, "The two sides are 7.4 percentage points apart on pay.")
C("nur1-c1", S, "About 7,000 nurses at 12 hospitals went on strike on Tuesday.")
C("nur1-c2", S, "The hospitals offered raises of 19.9% over three years.")

# ---------------------------------------------------------------- 48 climate
S = ("Global average surface temperature in 2024 was 1.55C above the pre-industrial average, making it the "
     "warmest year on record and the first calendar year above 1.5C, the World Meteorological Organization "
     "said on Friday. The previous record, set in 2023, was 1.45C. The last 10 years were the 10 warmest on "
     "record. Atmospheric carbon dioxide reached 420 parts per million.")
P = D(2025, 1, 10)
F("clm1-f1", S, "Last year was the hottest on record, at 1.55C above pre-industrial levels, the WMO said.", published=P)
F("clm1-f2", S, "2024 beat 2023's record by a tenth of a degree.", published=P)
C("clm1-c1", S, "In 2024 the global temperature was 1.45C above the pre-industrial average.", published=P)
C("clm1-c2", S, "Carbon dioxide concentrations reached 420 parts per billion.", published=P)

# ---------------------------------------------------------------- 49 bakery
S = ("Harbor Street Bakery, a fixture of downtown Portland for 41 years, will close on March 30, owner Linda "
     "Marsh said on Monday. Marsh, 67, said rent on the 1,800-square-foot shop had risen to $9,500 a month "
     "from $6,200 two years ago. The bakery employs 14 people and sells about 600 loaves a day.")
P = D(2025, 3, 10)
F("bak1-f1", S, "Rent on the shop has jumped by $3,300 a month in two years, to $9,500.", published=P)
F("bak1-f2", S, "The rent has risen about 53% in two years, Marsh said.", published=P)
F("bak1-f3", S, "Marsh, 67, employs 14 people and sells roughly 600 loaves daily.", published=P)
C("bak1-c1", S, "Rent on the shop has risen to $9,500 a year.", published=P)
C("bak1-c2", S, "Marsh, 41, said the bakery would close on March 30.", published=P)

# ---------------------------------------------------------------- 50 SpaceX
S = ("SpaceX launched 24 Starlink satellites from Cape Canaveral on Sunday, its 100th launch of the year, and "
     "landed the Falcon 9 booster on a drone ship for the 23rd time. The company has now put more than 7,000 "
     "Starlink satellites into orbit since 2019. Rival Blue Origin has completed two orbital launches this "
     "year.")
F("spx1-f1", S, "SpaceX's 100th launch of the year carried 24 Starlink satellites into orbit.")
F("spx1-f2", S, "SpaceX has launched over 7,000 Starlink satellites since 2019.")
C("spx1-c1", S, "SpaceX launched 23 Starlink satellites on Sunday.")
C("spx1-c2", S, "Blue Origin has completed 24 orbital launches this year.")

# ---------------------------------------------------------------- 51 concert tour
S = ("Taylor Swift's Eras Tour ended in Vancouver on Sunday after 149 shows across five continents, having "
     "grossed more than $2 billion, according to Pollstar. The tour, which began in Glendale, Arizona, in March "
     "2023, sold 10.1 million tickets. Swift performed 45 songs each night over about three and a half hours.")
F("tour2-f1", S, "The Eras Tour, which began in March 2023, wrapped up after 149 concerts and more than $2bn in ticket sales.")
F("tour2-f2", S, "Swift sold over 10 million tickets across five continents.")
F("tour2-f3", S, "Each show lasted around 210 minutes.")
C("tour2-c1", S, "Swift performed 45 shows across five continents.")
U("tour2-u1", S, "The final show in Vancouver drew 54,000 fans.")

# ---------------------------------------------------------------- 52 airline
S = ("Delta Air Lines said on Thursday it expects to carry a record 3 million passengers over the Thanksgiving "
     "travel period, up 4% from last year, and will operate about 5,600 flights on its busiest day, the Sunday "
     "after the holiday. The Atlanta-based carrier reported third-quarter profit of $1.27 billion, up from $1.1 "
     "billion a year earlier.")
F("air1-f1", S, "Delta expects to fly a record 3 million people over Thanksgiving, 4% more than a year ago.")
F("air1-f2", S, "The airline's quarterly profit rose about 15% to $1.27bn.")
C("air1-c1", S, "Delta's third-quarter profit fell to $1.1 billion from $1.27 billion.")
U("air1-u1", S, "Delta expects to carry 3 million passengers, about 200,000 more than last year.")

# ---------------------------------------------------------------- 53 supreme court
S = ("The U.S. Supreme Court on Friday ruled 6-3 that federal judges cannot issue nationwide injunctions, a "
     "decision affecting lawsuits against at least 40 policies. Justice Amy Coney Barrett wrote the majority "
     "opinion, while Justice Sonia Sotomayor wrote a 35-page dissent. Lower courts had issued 25 nationwide "
     "injunctions against the administration in its first 100 days.")
F("scot1-f1", S, "The justices split six to three, with Barrett writing for the majority and Sotomayor penning a 35-page dissent.")
F("scot1-f2", S, "Lower courts issued 25 nationwide injunctions in the administration's first 100 days.")
C("scot1-c1", S, "Lower courts had issued 40 nationwide injunctions in the administration's first 100 days.")
C("scot1-c2", S, "The Supreme Court ruled 5-4 that federal judges cannot issue nationwide injunctions.")

# ---------------------------------------------------------------- 54 wheat
S = ("India's wheat harvest is expected to reach a record 115 million tonnes this year, up from 113.3 million "
     "last year, the farm ministry said on Wednesday. The government aims to buy 31 million tonnes from farmers "
     "at a guaranteed price of 2,425 rupees per 100 kg, up 6.6% from last year. Wheat stocks in state "
     "warehouses stood at 11.8 million tonnes on April 1, the lowest in 16 years.")
F("agr1-f1", S, "India forecasts a record wheat crop of 115 million tonnes, compared with 113.3 million tonnes a year earlier.")
F("agr1-f2", S, "State wheat stocks fell to 11.8 million tonnes, a 16-year low.")
C("agr1-c1", S, "The government aims to buy 115 million tonnes of wheat from farmers.")
C("agr1-c2", S, "The guaranteed price of 2,425 rupees per 100 kg is up 16% from last year.")

# ---------------------------------------------------------------- 55 museum
S = ("The British Museum said on Tuesday that 1,500 items had been stolen from its collection over about 20 "
     "years, and that 351 have so far been recovered. Most of the missing objects were gems and jewellery "
     "dating from the 15th century BC to the 19th century AD. A former curator, Peter Higgs, 56, has been "
     "charged. The museum holds about 8 million objects, of which roughly 1% are on display.")
F("mus1-f1", S, "About 1,500 items were stolen over two decades, and 351 have been recovered.")
F("mus1-f2", S, "More than 1,100 stolen items are still missing.")
F("mus1-f3", S, "Only around 80,000 of the museum's 8 million objects are on display.", tag="debatable")
C("mus1-c1", S, "Former curator Peter Higgs, 65, has been charged.")
C("mus1-c2", S, "Of the 1,500 stolen items, 531 have been recovered.")

# ---------------------------------------------------------------- 56 cycling
S = ("Tadej Pogacar won his fourth Tour de France title on Sunday, finishing 4 minutes 24 seconds ahead of Jonas "
     "Vingegaard, with Florian Lipowitz third at 11:00. The Slovenian, 26, won four stages in this year's race. "
     "Vingegaard, the 2022 and 2023 champion, finished runner-up for the third time.")
F("cyc1-f1", S, "Pogacar, 26, claimed a fourth Tour title, beating Vingegaard by more than four minutes.")
F("cyc1-f2", S, "Vingegaard, who won the Tour in 2022 and 2023, was second, 4:24 behind.")
C("cyc1-c1", S, "Lipowitz finished second, 4:24 behind Pogacar.")
C("cyc1-c2", S, "Pogacar won his third Tour de France title on Sunday.")

# ---------------------------------------------------------------- 57 snow
S = ("Up to 30 centimetres of snow is forecast for parts of Scotland on Thursday, the Met Office said, issuing "
     "an amber warning for 18 hours from 6 a.m. Temperatures could fall to minus 12C in the Highlands "
     "overnight. About 4,000 homes lost power in Aberdeenshire on Tuesday during the first wave of snow.")
P = D(2025, 1, 8)
F("snow1-f1", S, "The Met Office issued an amber warning covering 18 hours from 6am on Thursday.", published=P)
F("snow1-f2", S, "Up to a foot of snow could fall in parts of Scotland.", published=P, tag="debatable")
F("snow1-f3", S, "Some 4,000 homes lost power in Aberdeenshire on January 7.", published=P)
C("snow1-c1", S, "Up to 30 centimetres of snow is forecast, and temperatures could fall to minus 18C.", published=P)
U("snow1-u1", S, "About 4,000 homes lost power and 120 schools closed.", published=P)

# ---------------------------------------------------------------- 58 budget
S = ("The Congressional Budget Office projected on Monday that the federal deficit will reach $1.9 trillion in "
     "fiscal 2024, up from $1.7 trillion last year, and that federal debt held by the public will rise to 122% "
     "of GDP by 2034 from 99% this year. Interest costs are expected to exceed $1 trillion next year for the "
     "first time, the CBO said.")
P = D(2024, 6, 17)
F("cbo1-f1", S, "The CBO expects the deficit to widen to $1.9 trillion this fiscal year from $1.7 trillion in 2023.", published=P)
F("cbo1-f2", S, "Interest costs are set to top $1 trillion in 2025.", published=P)
F("cbo1-f3", S, "The deficit is projected to grow by $200 billion.", published=P)
C("cbo1-c1", S, "Debt held by the public is forecast to reach 122% of GDP by 2044.", published=P)
C("cbo1-c2", S, "The deficit will reach $1.9 billion in fiscal 2024.", published=P)

# ---------------------------------------------------------------- 59 US Open
S = ("Aryna Sabalenka retained her US Open title on Saturday, beating Amanda Anisimova 6-3, 7-6(3) in 1 hour 34 "
     "minutes. The world No. 1 earned $5 million, the largest prize in tennis history. It was the 27-year-old's "
     "fourth Grand Slam title. Anisimova, 24, had beaten Naomi Osaka in the semi-finals.")
F("uso1-f1", S, "World No. 1 Sabalenka, 27, defended her US Open crown with a 6-3, 7-6 (3) win over Anisimova.")
F("uso1-f2", S, "Her fourth major title took just over an hour and a half and earned her $5m.")
C("uso1-c1", S, "Anisimova, 27, lost the final in straight sets.")
C("uso1-c2", S, "It was Sabalenka's third Grand Slam title.")
U("uso1-u1", S, "Sabalenka hit 28 winners in the final.")

# ---------------------------------------------------------------- 60 measles
S = ("Measles cases in Texas rose to 481, state health officials said on Tuesday, up from 422 a week earlier, "
     "with 56 people hospitalised since the outbreak began in late January. Two unvaccinated children have "
     "died. Gaines County, the epicentre, has reported 315 cases. Nationally, the CDC has counted 607 cases "
     "this year, more than in all of 2024.")
F("msl1-f1", S, "Texas has recorded 481 measles cases, 59 more than a week earlier.")
F("msl1-f2", S, "Gaines County accounts for 315 of the state's cases, and 56 people have been hospitalised.")
C("msl1-c1", S, "Texas has reported 607 measles cases.")
C("msl1-c2", S, "Fifty-six people have died since the outbreak began in late January.")
U("msl1-u1", S, "Vaccination rates in Gaines County are below 80%.")
