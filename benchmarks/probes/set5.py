"""Blind evaluation set 5 for factcheck.checker.check_text. Hand-written; not edited after runs."""
import datetime

CASES = []


def F(cid, src, claim, **opts):
    CASES.append((cid, "F", src, claim, "supported", opts))


def C(cid, src, claim, **opts):
    CASES.append((cid, "E", src, claim, "contradicted", opts))


def U(cid, src, claim, **opts):
    CASES.append((cid, "E", src, claim, "flag", opts))


D = datetime.date

# ---------------- company results ----------------
s = ("Harlow Foods said on Thursday that revenue for the third quarter rose 6% to $4.2 billion, "
     "while net profit fell 11% to $310 million. In the second quarter, revenue had been $3.9 billion "
     "and profit $355 million. The grocer now employs about 48,000 people across 620 stores.")
F("co1-f1", s, "Harlow Foods' third-quarter revenue climbed 6% to $4.2bn, though profit slid 11% to $310m.")
F("co1-f2", s, "The grocer, which runs 620 stores, employs roughly 48,000 staff.")
F("co1-f3", s, "Third-quarter revenue was $300 million higher than in the second quarter.")
C("co1-e1", s, "Harlow Foods' third-quarter revenue rose 6% to $3.9 billion.")
C("co1-e2", s, "Net profit rose 11% to $310 million in the third quarter.")
C("co1-e3", s, "The company's third-quarter net profit fell to $355 million.")
U("co1-e4", s, "Revenue rose 6% to $4.2 million in the third quarter.")

s = ("Vantor Systems reported annual revenue of 12.4 billion euros for 2024, up from 11.1 billion euros in 2023. "
     "Operating profit reached 1.8 billion euros, compared with 1.5 billion euros a year earlier. "
     "The software maker proposed a dividend of 2.10 euros per share, up from 1.90 euros.")
F("co2-f1", s, "Vantor's revenue grew to €12.4bn in 2024 from €11.1bn the year before.")
F("co2-f2", s, "Operating profit rose by 300 million euros to 1.8 billion euros.")
F("co2-f3", s, "The software maker lifted its dividend to €2.10 a share from €1.90.")
F("co2-f4", s, "Operating profit increased 20% year on year to 1.8 billion euros.")
C("co2-e1", s, "Vantor's 2023 revenue was 12.4 billion euros.")
C("co2-e2", s, "Vantor posted operating profit of 12.4 billion euros in 2024.")
U("co2-e3", s, "Revenue rose about 15% to €12.4 billion in 2024.")
C("co2-e4", s, "The firm cut its dividend to 2.10 euros from 1.90 euros.", tag="debatable")

s = ("Northwind Airlines carried 14.2 million passengers in the first half of the year, 9% more than a year earlier. "
     "Its load factor, the share of seats filled, was 86.4%. The carrier lost $42 million in the first quarter "
     "but earned $118 million in the second quarter.")
F("co3-f1", s, "Northwind flew 14.2 million passengers in the first half, up 9% year on year.")
F("co3-f2", s, "The airline filled about 86% of its seats.")
F("co3-f3", s, "After a $42 million first-quarter loss, the carrier earned $118 million in the second quarter.")
F("co3-f4", s, "The airline made a net $76 million over the first half.", tag="debatable")
C("co3-e1", s, "Northwind earned $42 million in the second quarter.")
C("co3-e2", s, "The carrier lost $118 million in the first quarter.")
U("co3-e3", s, "Northwind carried 14.2 billion passengers in the first half of the year.")
U("co3-e4", s, "The airline's load factor topped 90%.")

s = ("Shares of Meridian Pharma fell 14% on Tuesday after the drugmaker cut its full-year sales forecast "
     "to between $6.1 billion and $6.4 billion, from $6.8 billion previously. Chief executive Laura Osei said "
     "the company would cut 1,200 jobs, about 7% of its workforce.")
F("co4-f1", s, "Meridian Pharma shares sank 14% after it lowered its annual sales outlook to as much as $6.4 billion.")
F("co4-f2", s, "The CEO said the drugmaker would eliminate 1,200 positions, roughly 7% of staff.")
U("co4-e1", s, "Meridian Pharma shares fell 41% after the company cut its forecast.")
C("co4-e2", s, "Meridian shares rose 14% on Tuesday after the forecast cut.")
U("co4-e3", s, "Osei said the company would cut 12,000 jobs.")
C("co4-e4", s, "The company raised its sales forecast to $6.8 billion.")

# ---------------- central banks ----------------
s = ("The Bank of Lindmark raised its key interest rate by 0.25 percentage points to 4.5% on Wednesday, "
     "its fourth increase this year. Inflation stood at 6.2% in October, down from 6.9% in September. "
     "Five of the seven board members voted for the rise, while two wanted to hold rates.")
F("cb1-f1", s, "The central bank lifted its benchmark rate a quarter point to 4.5%.")
F("cb1-f2", s, "Inflation eased to 6.2% in October from 6.9% a month earlier.")
F("cb1-f3", s, "The decision was split 5-2.")
F("cb1-f4", s, "Inflation fell 0.7 percentage points in October.")
C("cb1-e1", s, "The Bank of Lindmark raised rates by 0.5 percentage points to 4.5%.")
C("cb1-e2", s, "Inflation stood at 6.9% in October.")
U("cb1-e3", s, "It was the bank's fifth rate increase this year.")
C("cb1-e4", s, "Two of the seven board members voted for the rise.")

s = ("The Reserve Bank held its cash rate at 3.85% for a third straight meeting. Governor Ana Ruiz said "
     "unemployment had edged up to 4.3% and that wage growth slowed to 3.1% a year. The bank forecast "
     "growth of 1.6% next year, revised down from 2.0%.")
F("cb2-f1", s, "The bank kept rates at 3.85% for the third meeting in a row.")
F("cb2-f2", s, "The governor noted unemployment had risen to 4.3%.")
F("cb2-f3", s, "Its growth forecast for next year was trimmed by 0.4 points to 1.6%.")
C("cb2-e1", s, "The Reserve Bank cut its cash rate to 3.85%.", tag="debatable")
C("cb2-e2", s, "Wage growth slowed to 4.3% a year.")
U("cb2-e3", s, "The bank forecast growth of 1.9% next year.")

# ---------------- housing ----------------
s = ("Average home prices in Eastvale rose 4.8% in the year to March to £312,000, according to the land registry. "
     "In the neighbouring borough of Kingsmere, prices fell 1.2% to £287,500. Sales volumes across the region "
     "were down 18% on the year.")
F("ho1-f1", s, "Eastvale house prices climbed nearly 5% to £312,000.")
F("ho1-f2", s, "Prices in Kingsmere dipped 1.2% to about £288,000.")
F("ho1-f3", s, "Homes in Eastvale cost on average £24,500 more than in Kingsmere.")
C("ho1-e1", s, "Average prices in Kingsmere rose 4.8% to £312,000.")
C("ho1-e2", s, "Eastvale prices fell 4.8% over the year.")
U("ho1-e3", s, "Sales volumes across the region dropped by about a third.")
U("ho1-e4", s, "Eastvale prices rose 4.8% to £312 million.")

s = ("Housing starts fell 9.4% in August to an annual rate of 1.28 million units, the Commerce Department said. "
     "Building permits, a sign of future construction, rose 3.1% to 1.46 million. Economists had expected "
     "starts of 1.36 million.")
F("ho2-f1", s, "Housing starts dropped 9.4% in August to a 1.28 million annual pace, below the 1.36 million economists forecast.")
F("ho2-f2", s, "Permits climbed 3.1% to 1.46 million.")
C("ho2-e1", s, "Building permits fell 9.4% in August.")
C("ho2-e2", s, "Housing starts rose to an annual rate of 1.46 million.")
U("ho2-e3", s, "Economists had expected 1.36 billion starts.")

# ---------------- jobs ----------------
s = ("Employers added 187,000 jobs in July, fewer than the 200,000 economists had forecast. June's figure "
     "was revised down to 185,000 from 209,000. The unemployment rate slipped to 3.5% from 3.6%, and average "
     "hourly earnings rose 4.4% from a year earlier.")
F("jo1-f1", s, "The economy added 187,000 jobs in July, short of the 200,000 expected.")
F("jo1-f2", s, "Joblessness dipped to 3.5% as wages grew 4.4% on the year.")
F("jo1-f3", s, "June payrolls were revised lower by 24,000.")
C("jo1-e1", s, "Employers added 209,000 jobs in July.")
C("jo1-e2", s, "The unemployment rate rose to 3.5%.")
U("jo1-e3", s, "Employers added 178,000 jobs in July.")
C("jo1-e4", s, "June's payroll figure was revised up to 209,000.", tag="debatable")

s = ("Ostbury's steelworks will close in March with the loss of 2,300 jobs, owner Kessler Metals said. "
     "A further 450 contractors are expected to be affected. The plant, opened in 1961, produced 3 million "
     "tonnes of steel last year.")
F("jo2-f1", s, "Kessler Metals will shut the Ostbury plant in March, cutting 2,300 jobs.")
F("jo2-f2", s, "Including contractors, some 2,750 workers could be affected.")
F("jo2-f3", s, "The works, which opened in 1961, made 3m tonnes of steel last year.")
U("jo2-e1", s, "The closure will cost 3,200 jobs.")
C("jo2-e2", s, "The plant opened in 1961 and will close in May.")
U("jo2-e3", s, "The plant produced 3 million tons of steel last year.", tag="debatable")
U("jo2-e4", s, "The plant produced nearly 3 million tonnes of steel last year.")

# ---------------- elections and polls ----------------
s = ("In Sunday's regional election, the Social Democrats won 34.2% of the vote and 41 seats, the Conservative "
     "Union took 29.8% and 36 seats, and the Greens came third with 12.5% and 15 seats. Turnout was 61%, "
     "up from 57% four years ago. A majority in the 110-seat assembly requires 56 seats.")
F("el1-f1", s, "The Social Democrats topped the poll with 34.2% and 41 seats.")
F("el1-f2", s, "The Conservative Union finished second on about 30%, winning 36 seats.")
F("el1-f3", s, "The SDs and Greens together hold 56 seats, exactly enough for a majority.")
F("el1-f4", s, "Turnout rose four points to 61%.")
C("el1-e1", s, "The Greens won 36 seats.")
C("el1-e2", s, "The Conservative Union won 34.2% of the vote.")
C("el1-e3", s, "The Greens came second with 12.5%.")
U("el1-e4", s, "Turnout was 67%.")
C("el1-e5", s, "A majority in the 110-seat assembly requires 55 seats.")

s = ("A new Harbor Research poll puts Mayor Dana Whitfield at 44% among likely voters, with challenger Tom Ackerly "
     "on 38% and 14% undecided. The survey of 812 voters, conducted Oct. 2-6, has a margin of error of 3.4 "
     "percentage points. In September, the same poll had the race tied at 41%.")
F("el2-f1", s, "Whitfield leads Ackerly by six points, 44% to 38%.")
F("el2-f2", s, "The poll of 812 likely voters has a 3.4-point margin of error.")
F("el2-f3", s, "The mayor gained three points since September, when the race was tied at 41%.")
C("el2-e1", s, "Ackerly polls at 44% to Whitfield's 38%.")
U("el2-e2", s, "Whitfield leads by eight points.")
U("el2-e3", s, "The poll surveyed 1,812 voters.")
C("el2-e4", s, "In September the race was tied at 38%.")

s = ("Voters in Carrow County approved the $85 million school bond by 58% to 42%, according to unofficial results. "
     "A separate measure to raise the sales tax by half a cent failed, with 47% in favour. About 23,400 ballots were cast.")
F("el3-f1", s, "The $85 million school bond passed with 58% support.")
F("el3-f2", s, "The bond won by 16 points, while the half-cent sales tax rise was rejected.")
F("el3-f3", s, "Some 23,400 voters cast ballots.")
C("el3-e1", s, "The school bond passed with 47% of the vote.", tag="debatable")
U("el3-e2", s, "The school bond was worth $58 million.")
U("el3-e3", s, "The sales tax measure would have raised the tax by one cent.")

# ---------------- legislation votes ----------------
s = ("The Senate passed the infrastructure package 69-30 on Tuesday, sending it to the House, which approved an "
     "earlier version 228-206 in March. The bill provides $550 billion in new spending over five years, "
     "including $110 billion for roads and bridges and $66 billion for rail.")
F("le1-f1", s, "Senators approved the $550 billion infrastructure bill 69-30.")
F("le1-f2", s, "The package sets aside $110 billion for roads and bridges and $66 billion for passenger and freight rail.")
F("le1-f3", s, "The House passed an earlier version by 22 votes in March.")
F("le1-f4", s, "Roads, bridges and rail together get $176 billion.")
C("le1-e1", s, "The Senate passed the package 228-206.")
C("le1-e2", s, "The bill includes $66 billion for roads and bridges.")
U("le1-e3", s, "The bill provides $550 billion in new spending over ten years.")
C("le1-e4", s, "The House approved an earlier version in May.")

s = ("MPs voted 312 to 287 to back the assisted dying bill at its second reading, a majority of 25. The bill "
     "would apply to terminally ill adults with less than six months to live. It now goes to committee, "
     "where 23 MPs will scrutinise it.")
F("le2-f1", s, "The bill cleared its second reading by 312 votes to 287.")
F("le2-f2", s, "It covers terminally ill adults given under six months to live.")
U("le2-e1", s, "The bill passed with a majority of 35.")
C("le2-e2", s, "The bill would apply to adults with less than 12 months to live.")
U("le2-e3", s, "MPs voted 321 to 287 to back the bill.")

# ---------------- courts and sentencing ----------------
s = ("A former accountant, Gerald Pike, 58, was sentenced to seven years in prison on Friday for stealing "
     "£2.4 million from a children's charity over nine years. Prosecutors had asked for ten years. His "
     "co-defendant, Mina Farrow, 41, received a suspended sentence of 18 months.")
F("co5-f1", s, "Pike, 58, was jailed for seven years for embezzling £2.4m from the charity.")
F("co5-f2", s, "Farrow, 41, was given an 18-month suspended sentence.")
F("co5-f3", s, "The ex-accountant got three years less than prosecutors sought.")
C("co5-e1", s, "Pike was sentenced to ten years in prison.")
C("co5-e2", s, "Pike, 41, was jailed for seven years.")
C("co5-e3", s, "Farrow received a suspended sentence of seven years.")
U("co5-e4", s, "Pike stole £4.2 million from the charity.")
U("co5-e5", s, "Pike stole the money over 19 years.")

s = ("A federal jury on Wednesday ordered Clearline Chemicals to pay $1.2 billion to residents of Ardmore whose "
     "wells were contaminated, including $900 million in punitive damages. The verdict covers 2,750 plaintiffs. "
     "Clearline said it would appeal.")
F("co6-f1", s, "A jury awarded $1.2 billion against Clearline, $900 million of it punitive damages.")
F("co6-f2", s, "Compensatory damages came to $300 million.", tag="debatable")
F("co6-f3", s, "The verdict covers 2,750 residents.")
U("co6-e1", s, "A jury ordered Clearline to pay $1.2 million.")
C("co6-e2", s, "The award included $1.2 billion in punitive damages.")
U("co6-e3", s, "The verdict covers more than 3,000 plaintiffs.")

s = ("The Supreme Court ruled 6-3 on Monday that the state's map diluted the votes of Black residents. "
     "Justice Helen Marsh wrote for the majority. In a similar case two years ago, the court had split 5-4 the other way.")
F("co7-f1", s, "The justices ruled 6-3 that the map diluted Black voters' power.")
F("co7-f2", s, "Two years earlier a similar case had been decided 5-4.")
C("co7-e1", s, "The Supreme Court ruled 5-4 on Monday.")
U("co7-e2", s, "The court ruled 7-2 on Monday.")

# ---------------- crime statistics ----------------
s = ("Recorded homicides in Port Selwyn fell to 86 last year from 112 in 2022, police said. Robberies rose "
     "12% to 3,410, while burglaries dropped 8% to 5,920. The city has a population of about 640,000.")
F("cr1-f1", s, "Homicides in Port Selwyn fell from 112 to 86.")
F("cr1-f2", s, "Murders dropped by 26 year on year.")
F("cr1-f3", s, "Robberies climbed 12% to 3,410 while burglaries fell 8%.")
F("cr1-f4", s, "Homicides fell by nearly a quarter.")
C("cr1-e1", s, "Robberies fell 8% to 3,410.")
C("cr1-e2", s, "Burglaries rose 12% to 5,920.")
C("cr1-e3", s, "Homicides rose to 112 last year.")
U("cr1-e4", s, "The city has about 460,000 residents.")
U("cr1-e5", s, "Homicides fell by a third.")

s = ("Knife crime offences in the region rose to 4,812 in the year to June, up from 4,120 a year earlier. "
     "Offences involving firearms fell to 311 from 356.")
F("cr2-f1", s, "Knife crime rose by nearly 700 offences to 4,812.")
F("cr2-f2", s, "Knife offences were up about 17% year on year.")
U("cr2-e1", s, "Knife crime rose about 12% year on year.")
C("cr2-e2", s, "Firearms offences rose to 356.")

# ---------------- wildfires / floods / earthquakes / storms / heat ----------------
s = ("The Ridgeline Fire has burned 48,200 acres north of Santa Clara Valley and was 35% contained on Sunday, "
     "Cal Fire said. More than 1,900 firefighters are battling the blaze, which has destroyed 214 homes. "
     "About 12,000 residents remain under evacuation orders.")
F("wf1-f1", s, "The Ridgeline Fire has scorched more than 48,000 acres and is just over a third contained.")
F("wf1-f2", s, "Over 1,900 firefighters are fighting the fire, which has destroyed 214 homes.")
F("wf1-f3", s, "Some 12,000 people are still under evacuation orders.")
U("wf1-e1", s, "The fire has burned 84,200 acres.")
C("wf1-e2", s, "The fire was 53% contained on Sunday.")
U("wf1-e3", s, "The fire has burned 48,200 hectares.")
U("wf1-e4", s, "Exactly 1,900 firefighters are battling the blaze.", tag="debatable")

s = ("Floods in the Varna basin have killed at least 37 people and displaced 120,000, officials said on Friday. "
     "The river peaked at 9.3 metres on Wednesday, more than 3 metres above flood stage. In 2019, floods in the "
     "same region killed 21 people.")
F("fl1-f1", s, "At least 37 people have died and 120,000 have been forced from their homes.")
F("fl1-f2", s, "The river crested at 9.3 m on Wednesday, over 3 m above flood stage.")
C("fl1-e1", s, "The floods have killed at least 21 people.")
C("fl1-e2", s, "Floods in the same region killed 37 people in 2019.")
U("fl1-e3", s, "The floods have killed 37 people and displaced 1.2 million.")
U("fl1-e4", s, "The river peaked at 9.3 feet on Wednesday.")
C("fl1-e5", s, "The river peaked on Friday at 9.3 metres.")

s = ("A magnitude 6.4 earthquake struck off the coast of Kerala Island at 3:17 a.m. on Saturday at a depth of "
     "10 kilometres. Six people were killed and 94 injured. A magnitude 5.1 aftershock followed about two hours later.")
F("eq1-f1", s, "A 6.4-magnitude quake hit early Saturday, killing six and injuring 94.")
F("eq1-f2", s, "The quake struck at a shallow depth of about 6 miles.")
F("eq1-f3", s, "A 5.1 aftershock came roughly two hours after the main shock.")
C("eq1-e1", s, "A magnitude 5.1 earthquake struck off Kerala Island on Saturday, killing six.")
U("eq1-e2", s, "The earthquake killed 16 people.")
U("eq1-e3", s, "The quake struck at 5:17 a.m.")
C("eq1-e4", s, "The quake struck on Saturday at a depth of 10 miles.")

s = ("Hurricane Delia made landfall near Port Arden as a Category 3 storm with maximum sustained winds of 120 mph. "
     "More than 800,000 homes lost power. Forecasters said up to 18 inches of rain could fall in some areas by Thursday.")
F("st1-f1", s, "Delia came ashore as a Category 3 hurricane packing 120 mph winds.")
F("st1-f2", s, "Over 800,000 homes were left without power.")
F("st1-f3", s, "Some areas could get as much as 18 inches of rain.")
C("st1-e1", s, "Delia made landfall as a Category 4 storm.")
U("st1-e2", s, "Delia made landfall with winds of 120 km/h.")
U("st1-e3", s, "Some areas will get 18 inches of rain.", tag="debatable")
U("st1-e4", s, "About 80,000 homes lost power.")

s = ("Temperatures reached 46.2C in Sevilla on Monday, the highest ever recorded in June in Spain, the weather "
     "agency said. The previous June record, 45.1C, was set in 2019. Authorities reported 11 heat-related deaths over the weekend.")
F("he1-f1", s, "Sevilla hit 46.2C, beating the 2019 June record of 45.1C.")
F("he1-f2", s, "The new record was 1.1 degrees above the old one.")
C("he1-e1", s, "The previous June record of 46.2C was set in 2019.")
U("he1-e2", s, "Temperatures reached 48.2C in Sevilla.")
C("he1-e3", s, "Sevilla hit 46.2C on Sunday.", published=D(2025, 6, 30), tag="debatable")
U("he1-e4", s, "Authorities reported 17 heat-related deaths.")

# ---------------- football ----------------
s = ("Arsenal beat Tottenham 3-1 at the Emirates on Sunday, with Bukayo Saka scoring twice. Manchester City "
     "drew 2-2 at Brighton, leaving Arsenal two points clear at the top with 64 points from 27 games. "
     "Liverpool, third, won 1-0 at Everton.")
F("fb1-f1", s, "Saka's double helped Arsenal to a 3-1 derby win over Spurs.")
F("fb1-f2", s, "The Gunners lead the table by two points on 64 after 27 matches.")
F("fb1-f3", s, "Man City, held 2-2 at Brighton, sit on 62 points.", tag="debatable")
C("fb1-e1", s, "Tottenham beat Arsenal 3-1 on Sunday.")
C("fb1-e2", s, "Liverpool drew 2-2 at Brighton.")
C("fb1-e3", s, "Manchester City won 1-0 at Everton.")
U("fb1-e4", s, "Saka scored three times as Arsenal won 3-1.")
C("fb1-e5", s, "Arsenal are four points clear at the top.")

s = ("Celtic won the Scottish Cup final 2-1 against Rangers on Saturday, with Kyogo scoring the winner in the "
     "88th minute in front of 50,138 fans at Hampden. It was Celtic's 42nd Scottish Cup.")
F("fb2-f1", s, "Kyogo's 88th-minute goal gave Celtic a 2-1 cup final win over Rangers.")
F("fb2-f2", s, "A crowd of more than 50,000 watched Celtic lift their 42nd Scottish Cup.")
U("fb2-e1", s, "Kyogo scored the winner in the 78th minute.")
U("fb2-e2", s, "It was Celtic's 41st Scottish Cup.")
C("fb2-e3", s, "Rangers won the final 2-1.")

# ---------------- basketball ----------------
s = ("Jalen Brooks scored 38 points and grabbed 11 rebounds as the Denver Peaks beat the Phoenix Sol 121-114 on "
     "Friday. Marcus Reed added 24 points for Denver, while Phoenix's Andre Cole led all scorers with 41. "
     "Denver improved to 31-12.")
F("bb1-f1", s, "Brooks had 38 points and 11 boards in Denver's 121-114 victory.")
F("bb1-f2", s, "Cole's 41 points were not enough for Phoenix.")
F("bb1-f3", s, "Denver won by seven to move to 31-12.")
C("bb1-e1", s, "Brooks scored 41 points as Denver won.")
C("bb1-e2", s, "Cole scored 24 points for Phoenix.")
C("bb1-e3", s, "Phoenix beat Denver 121-114.")
U("bb1-e4", s, "Denver won by nine points.")
C("bb1-e5", s, "Brooks grabbed 24 rebounds.")

# ---------------- cricket ----------------
s = ("India reached 287 for 6 at the close of the first day of the second Test against England in Chennai, with "
     "Shubman Gill unbeaten on 112. England's James Anderson took 3 for 54. England won the first Test by 28 runs.")
F("ck1-f1", s, "Gill's unbeaten 112 took India to 287-6 at stumps on day one.")
F("ck1-f2", s, "Anderson claimed three wickets for 54 runs.")
C("ck1-e1", s, "England won the first Test by 54 runs.")
U("ck1-e2", s, "India reached 287 for 5 at the close.")
C("ck1-e3", s, "India won the first Test by 28 runs.")
C("ck1-e4", s, "It was the first day of the third Test.")

# ---------------- tennis ----------------
s = ("Elena Marsh beat top seed Kaia Lindqvist 6-4, 3-6, 7-5 to win the Madrid Open on Saturday, her third title "
     "of the season. The 22-year-old, ranked No. 5, will rise to No. 3 on Monday. The final lasted two hours and 41 minutes.")
F("tn1-f1", s, "Marsh edged Lindqvist in three sets to claim her third title of the year.")
F("tn1-f2", s, "The 22-year-old world No. 5 will climb two places to third.")
F("tn1-f3", s, "The final lasted 2 hours 41 minutes.")
C("tn1-e1", s, "Marsh, ranked No. 3, will rise to No. 5 on Monday.")
C("tn1-e2", s, "It was Marsh's second title of the season.")
U("tn1-e3", s, "The 23-year-old won in three sets.")
U("tn1-e4", s, "Marsh won 6-4, 3-6, 7-6.")

# ---------------- motor racing ----------------
s = ("Max Verlane won the Austrian Grand Prix on Sunday, finishing 4.2 seconds ahead of Luca Ferri, with Oscar Pell "
     "third. It was Verlane's sixth win of the season and the 58th of his career. He now leads Ferri by 81 points "
     "in the drivers' standings with 11 races left.")
F("mr1-f1", s, "Verlane took his sixth victory of the year in Austria, 4.2s clear of Ferri.")
F("mr1-f2", s, "The win, his 58th overall, stretched his lead over Ferri to 81 points.")
F("mr1-f3", s, "Pell completed the podium in third.")
C("mr1-e1", s, "Ferri finished third behind Verlane and Pell.")
C("mr1-e2", s, "It was Verlane's 58th win of the season.", tag="debatable")
U("mr1-e3", s, "Verlane leads the standings by 18 points.")
U("mr1-e4", s, "Verlane finished 2.4 seconds ahead of Ferri.")
C("mr1-e5", s, "Verlane leads Ferri by 81 points with 12 races left.")

# ---------------- athletics ----------------
s = ("Kenya's Faith Wanjiru won the women's 1500m in 3:51.27 at the Diamond League meeting in Oslo, with "
     "Ethiopia's Hana Abebe second in 3:52.90. In the men's 5000m, Norway's Jakob Lund ran 12:48.05, the fastest time this year.")
F("at1-f1", s, "Wanjiru won the 1500m in 3:51.27, ahead of Abebe's 3:52.90.")
F("at1-f2", s, "Lund clocked a world-leading 12:48.05 over 5000m.")
F("at1-f3", s, "The Kenyan beat the Ethiopian by 1.63 seconds.")
C("at1-e1", s, "Abebe won the women's 1500m in 3:51.27.")
U("at1-e2", s, "Wanjiru won the 1500m in 3:51.72.")
C("at1-e3", s, "The Kenyan finished second in the 1500m.")
U("at1-e4", s, "Lund won the men's 10,000m in 12:48.05.", tag="debatable")

# ---------------- medical studies / vaccines ----------------
s = ("In a trial of 4,120 adults with type 2 diabetes, those taking the drug lost an average of 15.2% of their "
     "body weight over 68 weeks, compared with 2.6% in the placebo group. About 6% of participants stopped "
     "treatment because of side effects, mostly nausea.")
F("md1-f1", s, "Participants on the drug shed 15.2% of body weight over 68 weeks versus 2.6% on placebo.")
F("md1-f2", s, "The trial enrolled more than 4,000 adults with type 2 diabetes.")
F("md1-f3", s, "Weight loss on the drug exceeded placebo by 12.6 percentage points.")
C("md1-e1", s, "Patients on placebo lost 15.2% of their body weight.")
U("md1-e2", s, "Participants lost an average of 15.2% of their body weight over 86 weeks.")
U("md1-e3", s, "About 16% of participants stopped treatment because of side effects.")
U("md1-e4", s, "Participants lost up to 15.2% of their body weight.", tag="debatable")

s = ("The vaccine was 82% effective at preventing hospitalisation among adults over 60 in the first three months, "
     "falling to 61% after six months, according to the study of 310,000 people. Among younger adults, protection "
     "against hospitalisation was 89%.")
F("md2-f1", s, "Protection against hospitalisation for over-60s waned from 82% to 61% within six months.")
F("md2-f2", s, "The study followed 310,000 people.")
F("md2-f3", s, "Effectiveness in older adults dropped 21 points over six months.")
C("md2-e1", s, "The vaccine was 89% effective among adults over 60 in the first three months.")
C("md2-e2", s, "Protection for over-60s rose to 82% after six months.")
U("md2-e3", s, "The study involved 31,000 people.")

s = ("Researchers followed 22,000 nurses for 18 years and found that those who walked at least 30 minutes a day "
     "had a 23% lower risk of heart disease. Those who walked less than 10 minutes a day had no measurable benefit.")
F("md3-f1", s, "Walking half an hour daily was linked to a 23% lower heart disease risk in a study of 22,000 nurses.")
F("md3-f2", s, "The nurses were tracked for nearly two decades.")
C("md3-e1", s, "Those who walked at least 30 minutes a day had a 23% higher risk of heart disease.")
U("md3-e2", s, "Researchers followed 22,000 nurses for 28 years.")
U("md3-e3", s, "Walking at least 30 minutes a day cut the risk of heart disease by a third.")

# ---------------- space ----------------
s = ("The Artemis-class lander touched down near the Moon's south pole at 17:42 GMT on Thursday, the agency said, "
     "after a 26-day journey. It carries 11 instruments and is designed to operate for 14 Earth days. "
     "A previous attempt in 2023 ended when the probe crashed about 2 km from its target.")
F("sp1-f1", s, "The lander reached the lunar south pole after 26 days, carrying 11 instruments.")
F("sp1-f2", s, "It is meant to work for two weeks.")
F("sp1-f3", s, "An earlier attempt in 2023 crashed roughly 2 km short of its target.")
U("sp1-e1", s, "The lander touched down at 17:24 GMT.")
C("sp1-e2", s, "The lander carries 14 instruments.")
U("sp1-e3", s, "The probe crashed about 2 miles from its target in 2023.")
C("sp1-e4", s, "A previous attempt in 2021 ended in a crash.")
U("sp1-e5", s, "The lander is designed to operate for 14 months.")

s = ("SpaceX's Starship flew for 65 minutes on its sixth test flight, reaching an altitude of about 190 kilometres "
     "before splashing down in the Indian Ocean. The booster was caught by the launch tower arms on the fifth "
     "flight but diverted to the Gulf of Mexico this time.")
F("sp2-f1", s, "On its sixth test, Starship flew for just over an hour, reaching roughly 190 km.")
C("sp2-e1", s, "The booster was caught by the tower on the sixth flight.")
U("sp2-e2", s, "Starship reached an altitude of about 190 miles.")
U("sp2-e3", s, "Starship flew for 56 minutes.")

# ---------------- tech launches ----------------
s = ("Pixelon unveiled its X9 phone on Tuesday, priced from $799, $100 less than last year's X8. The base model "
     "has 128GB of storage and a 6.1-inch screen, while the X9 Pro, at $1,099, has a 6.7-inch screen. "
     "Pixelon sold 41 million phones last year.")
F("tc1-f1", s, "The X9 starts at $799, a $100 cut from the X8.")
F("tc1-f2", s, "The X9 Pro costs $300 more than the base X9.")
F("tc1-f3", s, "The X8 launched at $899.")
C("tc1-e1", s, "The X9 has a 6.7-inch screen.")
C("tc1-e2", s, "The X9 Pro costs $799.")
U("tc1-e3", s, "The base model has 256GB of storage.")
U("tc1-e4", s, "Pixelon sold 41 billion phones last year.")
U("tc1-e5", s, "The X9 is priced $100 more than the X8.")

s = ("Orbital Cloud said its new AI chip delivers 2.5 times the performance of its predecessor while using 40% "
     "less power. The company will begin shipping it in the second quarter of 2026 and expects it to account for "
     "a fifth of data-centre revenue by 2027.")
F("tc2-f1", s, "The chip is 2.5 times faster than the previous generation and uses 40% less power.")
F("tc2-f2", s, "Shipments start in Q2 2026, and the firm expects the chip to make up 20% of data-centre sales by 2027.")
U("tc2-e1", s, "The chip delivers 25 times the performance of its predecessor.")
C("tc2-e2", s, "The chip uses 40% more power.")
C("tc2-e3", s, "Shipping will begin in the third quarter of 2026.")
U("tc2-e4", s, "The chip is expected to account for a quarter of data-centre revenue by 2027.")

# ---------------- airlines and rail ----------------
s = ("National Rail said 87.6% of trains arrived on time in the three months to September, down from 89.1% a year "
     "earlier. Cancellations rose to 4.1% of services. The operator plans to spend £3.2 billion over five years "
     "on new trains and signalling, and fares will rise by up to 4.6% in March.")
F("rl1-f1", s, "Punctuality slipped to 87.6% from 89.1% a year earlier.")
F("rl1-f2", s, "On-time performance fell 1.5 percentage points.")
F("rl1-f3", s, "The operator will invest £3.2bn over five years in trains and signalling.")
F("rl1-f4", s, "Fares will go up by as much as 4.6% in March.")
U("rl1-e1", s, "Fares will rise by 4.6% in March.", tag="debatable")
C("rl1-e2", s, "Cancellations rose to 4.6% of services.")
F("rl1-f5", s, "About one in 25 services was cancelled.", tag="debatable")

s = ("Aerolinea Sur will buy 40 Airbus A321neo jets in a deal valued at about $5.4 billion at list prices, with "
     "deliveries from 2027. The airline, which has 112 aircraft, also took options on 20 more.")
F("ar1-f1", s, "The carrier ordered 40 A321neos worth roughly $5.4bn at list prices, with options for 20 more.")
F("ar1-f2", s, "The order could take the carrier's fleet to 152 planes.", tag="debatable")
F("ar1-f3", s, "Deliveries begin in 2027.")
C("ar1-e1", s, "The airline ordered 20 A321neo jets with options on 40 more.")
U("ar1-e2", s, "The deal is valued at about $5.4 million.")

# ---------------- box office and music charts ----------------
s = ("\"Stormbreak\" topped the North American box office with $68.3 million in its opening weekend, Comscore said "
     "on Sunday. Last week's leader, \"Paper Moons\", fell to second with $21.7 million, bringing its domestic "
     "total to $142 million. \"Stormbreak\" also took $95 million overseas.")
F("bo1-f1", s, "Stormbreak opened at No. 1 with $68.3 million in North America.")
F("bo1-f2", s, "Its global debut came to about $163 million.")
F("bo1-f3", s, "Paper Moons slipped to second with $21.7m, taking its domestic tally to $142m.")
F("bo1-f4", s, "The new film earned more than three times as much as Paper Moons over the weekend.")
C("bo1-e1", s, "Stormbreak opened with $21.7 million.")
C("bo1-e2", s, "Paper Moons has grossed $68.3 million domestically.")
U("bo1-e3", s, "Stormbreak took $59 million overseas.")

s = ("Taylor Vance's new album debuted at No. 1 on the Billboard 200 with 412,000 equivalent album units, her "
     "ninth chart-topper. Rapper Kez Ortiz fell from first to third in his second week.")
F("mu1-f1", s, "Vance scored her ninth No. 1 album, debuting with 412,000 units.")
F("mu1-f2", s, "Ortiz dropped two places to No. 3.")
C("mu1-e1", s, "Ortiz's album debuted at No. 1 with 412,000 units.")
U("mu1-e2", s, "It was Vance's tenth chart-topper.")
C("mu1-e3", s, "Ortiz rose from third to first in his second week.")

# ---------------- local councils ----------------
s = ("Bramley Council approved a 4.99% rise in council tax on Wednesday night, the maximum allowed without a "
     "referendum. A Band D household will pay £2,215 a year, £105 more than now. Councillors voted 38 to 19 in "
     "favour, with three abstentions. The council faces a £14 million budget gap next year.")
F("lc1-f1", s, "Councillors backed a near-5% council tax increase by 38 votes to 19.")
F("lc1-f2", s, "Band D bills will rise by £105 to £2,215 a year.")
F("lc1-f3", s, "Band D households currently pay £2,110.")
F("lc1-f4", s, "The council has a £14m shortfall to close next year.")
C("lc1-e1", s, "Councillors voted 38 to 3 in favour.", tag="debatable")
U("lc1-e2", s, "A Band D household will pay £2,215 a month.")
U("lc1-e3", s, "The council faces a £41 million budget gap.")

s = ("Harwick city council voted 7-2 to ban new drive-throughs in the downtown core. The ordinance also caps "
     "parking at 1.5 spaces per home in new buildings. It takes effect in 90 days.")
F("lc2-f1", s, "The council approved the drive-through ban 7-2, effective in three months.")
U("lc2-e1", s, "The ordinance caps parking at 2.5 spaces per home.")
C("lc2-e2", s, "The council voted 9-2 to ban drive-throughs.", tag="debatable")

# ---------------- obituaries ----------------
s = ("Margaret Ellery, the novelist whose 1978 debut \"Salt Wives\" sold more than 2 million copies, died on "
     "Tuesday at her home in Cornwall. She was 91. Ellery wrote 23 novels and won the Hallam Prize twice, in 1984 "
     "and 1997. She is survived by three children and seven grandchildren.")
F("ob1-f1", s, "Ellery, who has died aged 91, wrote 23 novels.")
F("ob1-f2", s, "Her debut, published in 1978, sold over 2m copies.")
F("ob1-f3", s, "She won the Hallam Prize in 1984 and again 13 years later.")
F("ob1-f4", s, "The author leaves three children and seven grandchildren.")
C("ob1-e1", s, "Ellery, who wrote 91 novels, died aged 23.")
C("ob1-e2", s, "She won the Hallam Prize three times.")
U("ob1-e3", s, "Her debut sold more than 20 million copies.")
C("ob1-e4", s, "She is survived by seven children and three grandchildren.")
F("ob1-f5", s, "The novelist died on Tuesday.", published=D(2025, 3, 13))

s = ("Former heavyweight champion Ray 'Thunder' Collins died on Saturday aged 77. He won 52 of his 58 professional "
     "fights, 39 by knockout, and held the world title from 1974 to 1978.")
F("ob2-f1", s, "Collins, 77, won 52 of 58 bouts, 39 by knockout.")
F("ob2-f2", s, "He reigned as world champion for four years.")
F("ob2-f3", s, "He lost six professional fights.", tag="debatable")
C("ob2-e1", s, "Collins won 58 of his 52 professional fights.", tag="debatable")
C("ob2-e2", s, "He won 39 fights, 52 of them by knockout.")
U("ob2-e3", s, "He held the world title for six years.")

# ---------------- education ----------------
s = ("The proportion of pupils achieving a grade 4 or above in GCSE maths fell to 72.0% this year from 73.4% in "
     "2023. In English, it rose to 70.2% from 69.4%. About 5.8 million entries were made.")
F("ed1-f1", s, "The maths pass rate dipped to 72% from 73.4%.")
F("ed1-f2", s, "English results improved slightly to 70.2%.")
F("ed1-f3", s, "Nearly 6 million GCSE entries were made.")
C("ed1-e1", s, "The English pass rate fell to 70.2%.")
C("ed1-e2", s, "In maths, 73.4% achieved a grade 4 or above this year.")
U("ed1-e3", s, "About 8.5 million entries were made.")

s = ("Lakeside University will raise tuition by 3% to $14,420 for in-state students next year, while out-of-state "
     "students will pay $38,900, up 5%. Enrollment reached a record 31,250 this fall.")
F("ed2-f1", s, "In-state tuition will rise 3% to $14,420, and out-of-state students will pay $38,900.")
F("ed2-f2", s, "The university enrolled a record 31,250 students this fall.")
C("ed2-e1", s, "Out-of-state tuition will rise 3% to $38,900.")
C("ed2-e2", s, "In-state students will pay $38,900.")
U("ed2-e3", s, "Enrollment reached a record 32,150.")

# ---------------- energy prices ----------------
s = ("Ofgem's price cap will rise 10% to £1,717 a year for a typical dual-fuel household from October 1, up from "
     "£1,568. The cap then applied from January will be announced on November 22. Wholesale gas prices have risen "
     "about 15% since May.")
F("en1-f1", s, "The typical household energy bill will climb by £149 to £1,717 a year from October.")
F("en1-f2", s, "The regulator's cap goes up 10% on October 1.")
F("en1-f3", s, "The cap currently stands at £1,568.")
C("en1-e1", s, "The cap will fall 10% to £1,717.")
U("en1-e2", s, "The price cap will rise to £1,717 a month.")
U("en1-e3", s, "Wholesale gas prices have risen about 50% since May.")
C("en1-e4", s, "The next cap will be announced on November 12.", tag="debatable")

s = ("U.S. gasoline averaged $3.12 a gallon on Monday, 21 cents lower than a month ago and 34 cents below a year ago, "
     "AAA said. California had the highest average at $4.65, while Mississippi had the lowest at $2.61.")
F("en2-f1", s, "Gas averaged $3.12 a gallon, down 21 cents in a month.")
F("en2-f2", s, "A year ago, drivers paid $3.46 a gallon on average.")
F("en2-f3", s, "California's average was $2.04 a gallon higher than Mississippi's.")
C("en2-e1", s, "Mississippi had the highest average at $4.65.")
C("en2-e2", s, "Gasoline was 34 cents lower than a month ago.")
U("en2-e3", s, "Gasoline averaged $3.21 a gallon.")
F("en2-f4", s, "Prices in the Golden State topped $4.60 a gallon.", tag="debatable")

# ---------------- relative dates (published=) and more LLM-style paraphrase ----------------
s = ("The Transport Authority board voted on March 4, 2025 to raise the base bus fare from $2.50 to $2.90, the "
     "first increase since 2019. The new fare takes effect on April 1. Ridership last year was 212 million trips.")
F("rd1-f1", s, "The board voted last Tuesday to lift the bus fare by 40 cents to $2.90.", published=D(2025, 3, 10))
F("rd1-f2", s, "It is the first fare rise in six years.", published=D(2025, 3, 10))
F("rd1-f3", s, "Fares will go up 16% from April 1.")
C("rd1-e1", s, "The board voted last Wednesday to raise the fare to $2.90.", published=D(2025, 3, 10))
F("rd1-f4", s, "The authority carried some 212 million passenger trips last year.")

s = ("Gov. Reyes signed the budget on Thursday, June 12, 2025. The $48.6 billion plan raises school funding by "
     "$1.2 billion and sets aside $900 million for wildfire prevention. It passed the legislature a week earlier.")
F("rd2-f1", s, "The governor signed the $48.6bn budget last Thursday.", published=D(2025, 6, 16))
F("rd2-f2", s, "The plan boosts education funding by $1.2 billion and earmarks $900 million to prevent wildfires.")
F("rd2-f3", s, "Lawmakers passed the budget on June 5.", tag="debatable")
C("rd2-e1", s, "The governor signed the budget last Friday.", published=D(2025, 6, 16))
C("rd2-e2", s, "The budget sets aside $1.2 billion for wildfire prevention.")

s = ("The strike at the Dunmore port began on Monday, January 20, and ended four days later after workers accepted "
     "a 14% pay rise over three years. About 3,500 dockworkers took part. The stoppage held up an estimated 60 ships.")
F("rd3-f1", s, "Some 3,500 dockworkers ended their strike on Friday after accepting a 14% raise over three years.", published=D(2025, 1, 27))
F("rd3-f2", s, "The walkout began last Monday and lasted four days, delaying around 60 vessels.", published=D(2025, 1, 27))
C("rd3-e1", s, "The dockworkers accepted a 14% pay rise over four years.")
U("rd3-e2", s, "About 5,300 dockworkers took part.")

s = ("Chancellor Erik Dahl presented the spring budget on Wednesday, September 3. Germany-based economists "
     "estimate the measures will add 0.3 percentage points to growth next year. The deficit is forecast at 2.8% of GDP.")
F("rd4-f1", s, "Dahl unveiled his budget last Wednesday, with the deficit seen at 2.8% of GDP.", published=D(2025, 9, 9))
F("rd4-f2", s, "Economists reckon the package will lift growth by 0.3 points next year.")
U("rd4-e1", s, "The deficit is forecast at 3.8% of GDP.")

s = ("Police in Brentford arrested 14 people on Friday, July 18, after a protest outside the town hall turned "
     "violent. Four officers were injured. About 600 people had joined the march earlier in the day.")
F("rd5-f1", s, "Police arrested 14 people on Friday after a protest of about 600 turned violent.", published=D(2025, 7, 21))
F("rd5-f2", s, "Four police officers were hurt in the clashes.")
F("rd5-f3", s, "Fourteen people were detained three days before publication.", published=D(2025, 7, 21), tag="debatable")
C("rd5-e1", s, "Police arrested 14 people last Thursday.", published=D(2025, 7, 21))
C("rd5-e2", s, "Police arrested four people and 14 officers were injured.")

s = ("The World Health Organization (WHO) said 1.3 million people died in road crashes in 2023, and that road "
     "injuries are the leading killer of people aged 5 to 29. The agency wants to halve deaths by 2030.")
F("md4-f1", s, "The WHO says road crashes killed 1.3 million people in 2023.")
F("md4-f2", s, "The UN health agency aims to cut road deaths by 50% by 2030.")
F("md4-f3", s, "The body's goal would bring annual road deaths to about 650,000.", tag="debatable")
U("md4-e1", s, "The WHO wants to halve deaths by 2035.")

s = ("Brazil's economy grew 1.4% in the second quarter from the previous three months, beating the 0.9% economists "
     "expected, the statistics agency IBGE said. Compared with a year earlier, GDP expanded 3.3%.")
F("ec1-f1", s, "Brazilian GDP rose 1.4% quarter on quarter, beating forecasts of 0.9%.")
F("ec1-f2", s, "The economy was 3.3% larger than a year earlier.")
C("ec1-e1", s, "Brazil's economy grew 3.3% in the second quarter from the previous three months.")
C("ec1-e2", s, "Brazil's economy grew 1.4% in the third quarter.")

s = ("Kestrel Energy agreed to buy rival Ashdown Power for $7.8 billion in cash, or $42 a share, a 31% premium to "
     "Friday's close. The combined company will serve 6.1 million customers. Kestrel expects $400 million in annual "
     "cost savings within three years.")
F("ma1-f1", s, "Kestrel will pay $42 a share, or $7.8bn, for Ashdown, a 31% premium.")
F("ma1-f2", s, "The merged utility will have more than 6 million customers.")
F("ma1-f3", s, "The buyer expects savings of $400m a year within three years.")
F("ma1-f4", s, "Ashdown shares closed at about $32 on Friday.", tag="debatable")
C("ma1-e1", s, "Ashdown agreed to buy Kestrel for $7.8 billion.")
U("ma1-e2", s, "Kestrel expects $400 million in annual cost savings within two years.")

s = ("The Lagos Marathon drew 28,000 runners on Saturday. Kenya's Daniel Kiprop won the men's race in 2:09:14, and "
     "Nigeria's Grace Okafor took the women's title in 2:27:50, the first home win in a decade.")
F("at2-f1", s, "Kiprop won in 2:09:14 while Okafor became the first Nigerian winner in 10 years.")
F("at2-f2", s, "About 28,000 people ran the race.")
C("at2-e1", s, "Okafor won the men's race in 2:09:14.")

s = ("Seven people were killed and 23 injured when a bus overturned on the A9 near Inverlochy early on Sunday, police "
     "said. The driver, 46, was among the injured. The bus was carrying 41 passengers from Glasgow.")
F("ac1-f1", s, "Seven people died and 23 were hurt when the bus overturned.")
F("ac1-f2", s, "The 46-year-old driver was injured.")
F("ac1-f3", s, "Eleven of the 41 passengers escaped unhurt.", tag="debatable")
C("ac1-e1", s, "Forty-six people were injured when the bus overturned.")
U("ac1-e2", s, "Seventeen people were killed when the bus overturned.")

s = ("Norway's sovereign wealth fund returned 8.6% in the first half, or 1.47 trillion crowns ($140 billion), "
     "driven by technology stocks. Its equity investments returned 11.1%, while bonds lost 0.7%.")
F("fi1-f1", s, "The fund made $140 billion in the first half, an 8.6% return.")
F("fi1-f2", s, "Stocks gained 11.1% while fixed income slipped 0.7%.")
C("fi1-e1", s, "Equities returned 8.6% in the first half.")
C("fi1-e2", s, "Bonds gained 0.7%.")
U("fi1-e3", s, "The fund returned 1.47 billion crowns.")

s = ("The Eurostar service between London and Amsterdam will run four times a day from June, up from three, "
     "cutting the journey to 3 hours 52 minutes. Fares start at £59 one way.")
F("rl2-f1", s, "Eurostar will add a fourth daily London-Amsterdam train from June.")
F("rl2-f2", s, "The trip will take just under four hours, with one-way tickets from £59.")
U("rl2-e1", s, "Fares start at £95 one way.")

s = ("Greenfield Mall's owner said footfall fell 6% last year to 11.2 million visits, and 17 of its 140 units are empty.")
F("rt1-f1", s, "Visits to the mall dropped 6% to 11.2m, with 17 of 140 units vacant.")
F("rt1-f2", s, "About 12% of the mall's units are empty.")
F("rt1-f3", s, "The centre has 123 occupied units.")
U("rt1-e1", s, "A fifth of the mall's units are empty.")

# Pruned (before any checker run) to balance faithful vs error cases and error types.
_DROP = {
    "co3-e3", "tc1-e4", "ar1-e2", "fi1-e3", "ho1-e4", "co4-e3", "jo1-e3", "el1-e4", "el2-e3", "le2-e3",
    "co5-e5", "co6-e3", "co7-e2", "cr1-e4", "wf1-e1", "eq1-e2", "st1-e4", "he1-e4", "fb2-e2", "ck1-e2",
    "tn1-e4", "at1-e2", "md2-e3", "md3-e2", "sp2-e3", "tc1-e3", "mu1-e2", "lc1-e3", "lc2-e1", "ob1-e3",
    "ed1-e3", "ed2-e3", "en2-e3", "rd3-e2", "rd4-e1", "rl2-e1",
    "cr1-e3", "fl1-e2", "bb1-e2", "co3-e2", "el1-e2", "ho2-e2", "ed2-e2", "le1-e1", "fi1-e2", "co1-e1",
}
CASES = [c for c in CASES if c[0] not in _DROP]
