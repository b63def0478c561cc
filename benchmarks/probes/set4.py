"""Blind evaluation set 4 for factcheck.checker.check_text (hand-written).

Each case: (id, kind, source, claim, expected, options)
  kind "F" = faithful summary sentence (expected "supported")
  kind "E" = planted number error (expected "contradicted" or "flag")
  options: {"published": datetime.date(...)} for relative dates; {"tag": "debatable"} for debatable cases.
"""
import datetime

D = datetime.date
DEB = {"tag": "debatable"}

CASES = []


def F(i, src, claim, **o):
    CASES.append((i, "F", src, claim, "supported", o))


def C(i, src, claim, **o):
    CASES.append((i, "E", src, claim, "contradicted", o))


def U(i, src, claim, **o):
    CASES.append((i, "E", src, claim, "flag", o))


# ---------------------------------------------------------------- business / earnings
F("biz-f01", "Harlow Foods said on Tuesday that net profit for the fiscal year rose to $412 million from $356 million a year earlier. Revenue climbed 6% to $5.1 billion.",
  "The company's annual net profit rose about 16% to $412 million, while revenue grew 6% to $5.1bn.")
F("biz-f02", "Kestrel Airlines reported a third-quarter loss of 48 million euros, compared with a profit of 12 million euros in the same period last year. The carrier blamed fuel costs and strikes at two French airports.",
  "Kestrel swung to a €48 million loss in the third quarter from a €12 million profit a year earlier, citing fuel costs and strikes.")
F("biz-f03", "Brightwell Pharmaceuticals will cut 1,200 jobs, about 8% of its workforce, as part of a restructuring expected to save $300 million a year by 2027.",
  "Brightwell plans to eliminate roughly 1,200 positions, around 8% of staff, aiming for $300m in annual savings by 2027.")
F("biz-f04", "Shares of Norrland Bank fell 4.2% to 118.60 kronor on Thursday after the lender set aside 2.3 billion kronor for bad loans.",
  "Norrland Bank's shares dropped 4.2% on Thursday after it set aside 2.3bn kronor to cover bad loans.")
F("biz-f05", "Pinecrest Retail said same-store sales rose 3.4% in the quarter ended Jan. 31, while total sales reached $8.92 billion.",
  "Pinecrest's total sales came to about $8.9 billion, with comparable-store sales up 3.4%.")
F("biz-f06", "Ocala Energy earned $1.4 billion in the first quarter. In the second quarter it earned $1.7 billion, helped by higher gas prices.",
  "Ocala Energy earned a combined $3.1 billion over the first two quarters.")
F("biz-f07", "Vantor's cloud revenue reached $2.4 billion in 2024, up from $1.2 billion in 2022, the company said in its annual report.",
  "Vantor's cloud business doubled its revenue in two years to $2.4 billion.")
F("biz-f08", "Marlow Insurance posted adjusted earnings of $2.87 a share for the quarter, beating analysts' average estimate of $2.61.",
  "Marlow Insurance beat forecasts with adjusted EPS of $2.87, 26 cents above the consensus.")
F("biz-f09", "The board of Castellan Industries approved a quarterly dividend of 45 cents per share, up from 40 cents, payable on March 15 to shareholders of record on Feb. 28.",
  "Castellan raised its quarterly dividend by 12.5% to $0.45 a share, payable March 15.")
F("biz-f10", "Tidewater Logistics agreed to buy rival Harbor Freightways for $640 million in cash, or $23.50 per share, a 31% premium to Friday's closing price.",
  "Tidewater Logistics To Buy Rival Harbor Freightways For $640 Million In Cash")
F("biz-f11", "Northgate Bank will close 23 branches in Scotland next year. A further 41 branches in England and Wales will shut by June.",
  "Northgate Bank is to close a total of 64 branches.")
F("biz-f12", "The company's workforce has shrunk from 8,000 to 6,000 since 2020 as it automated its warehouses.",
  "The company has shed a quarter of its staff since 2020 through warehouse automation.")
F("biz-f13", "Chief executive Sarah Lin, 46, took over in 2021 and has since closed 30 stores.",
  "Lin, 46, has been CEO since 2021 and has shut 30 stores in that time.")
F("biz-f14", "Carver Homes said it completed 4,120 homes in the year to June, up from 3,870 the previous year, and that its order book stood at £2.1 billion.",
  "Housebuilder Carver completed 250 more homes than a year earlier, with an order book of £2.1bn.")
C("biz-e01", "Dunmore Telecom said revenue for the second quarter was $3.8 billion, up from $3.5 billion a year ago, while net income fell 6.5% to $290 million.",
  "Dunmore Telecom's second-quarter net income rose 6.5% to $290 million on revenue of $3.8 billion.")
C("biz-e02", "Gallant Motors delivered 412,000 vehicles in the third quarter, after 386,000 in the second quarter, beating expectations.",
  "Gallant Motors delivered 386,000 vehicles in the third quarter, beating expectations.")
C("biz-e03", "Sorrel Bio raised $85 million in a Series C round led by Arch Ventures, valuing the company at $1.1 billion.",
  "Sorrel Bio raised $85 billion in a Series C round led by Arch Ventures.")
C("biz-e04", "Redline Apparel said it expects full-year revenue of $1.23 billion to $1.26 billion.",
  "Redline expects full-year revenue of between $1.23 billion and $1.28 billion.")
C("biz-e05", "Hollis Bank's net interest income rose by $120 million to $2.2 billion in the quarter.",
  "Hollis Bank's net interest income was $120 million in the quarter.")
U("biz-e06", "Quarry Partners manages about $48 billion in assets and employs 300 people.",
  "Quarry Partners manages more than $48 billion in assets.")
U("biz-e07", "Ardent Software said its subscriber base grew to nearly 2 million by the end of March.",
  "Ardent Software's subscriber base grew to 2 million by the end of March.", tag="debatable")
C("biz-e08", "Marlow Insurance posted adjusted earnings of $2.87 a share for the quarter, beating analysts' average estimate of $2.61.",
  "Marlow Insurance reported adjusted earnings of $2.61 a share for the quarter.")
C("biz-e09", "Tidewater Logistics agreed to buy rival Harbor Freightways for $640 million in cash, or $23.50 per share, a 31% premium to Friday's closing price.",
  "Tidewater will pay $23.50 a share for Harbor Freightways, a 13% premium to Friday's close.")
U("biz-e10", "Carver Homes said it completed 4,120 homes in the year to June and that its order book stood at £2.1 billion.",
  "Carver Homes completed 4,120 homes in the year to June, up 8%, with an order book of £2.1bn.")
C("biz-e11", "Ocala Energy earned $1.4 billion in the first quarter. In the second quarter it earned $1.7 billion, helped by higher gas prices.",
  "Ocala Energy earned $1.4 billion in the second quarter, helped by higher gas prices.")
C("biz-e12", "Brightwell Pharmaceuticals will cut 1,200 jobs, about 8% of its workforce, as part of a restructuring expected to save $300 million a year by 2027.",
  "Brightwell will cut 1,200 jobs, about 8% of its workforce, to save $300 million a year by 2029.")

# ---------------------------------------------------------------- markets
F("mkt-f01", "The S&P 500 fell 1.8% on Wednesday to close at 4,912.35, its biggest one-day drop since March, while the Nasdaq Composite slid 2.4%.",
  "The S&P 500 dropped nearly 2% on Wednesday, and the Nasdaq lost 2.4%.")
F("mkt-f02", "Brent crude rose $2.14, or 2.6%, to settle at $84.51 a barrel on Monday.",
  "Brent crude gained 2.6% to settle above $84 a barrel.")
F("mkt-f03", "Gold hit a record $2,431 an ounce on Friday before easing to $2,398 by the close.",
  "Gold touched an all-time high of $2,431 an ounce before closing at $2,398, $33 below the peak.")
F("mkt-f04", "The yen weakened past 155 per dollar on Friday for the first time since 1990.",
  "The yen fell beyond 155 to the dollar, its weakest level in 34 years.", published=D(2024, 4, 26))
F("mkt-f05", "Bitcoin slumped 9% over the weekend to about $58,000, wiping roughly $100 billion off the market value of cryptocurrencies.",
  "Bitcoin sank 9% to around $58K over the weekend, erasing some $100bn in crypto market value.")
F("mkt-f06", "The FTSE 100 closed up 0.6% at 8,140.2, while the pound edged down to $1.2655.",
  "London's FTSE 100 rose 0.6% to end at 8,140.")
F("mkt-f07", "Treasury yields climbed, with the 10-year note yield rising 11 basis points to 4.62%.",
  "The 10-year Treasury yield jumped 11 basis points to 4.62%.")
F("mkt-f08", "Lumora priced its initial public offering at $34 a share, above its marketed range of $30 to $32, raising $1.02 billion. The stock opened at $41.50 on Thursday.",
  "Lumora's shares opened at $41.50 on their debut, about 22% above the $34 IPO price.")
F("mkt-f09", "Copper prices have risen 14% this year, while aluminium is up 6%.",
  "Copper has gained 14% so far this year, more than double aluminium's 6% rise.")
F("mkt-f10", "The Hang Seng index lost 3.1% on Tuesday, its fifth straight daily decline.",
  "The Hang Seng fell 3.1%, extending its losing streak to five days.")
F("mkt-f11", "Stocks fell across Europe on Monday as oil prices jumped 4% after the pipeline attack. The Stoxx 600 lost 1.1%.",
  "European Stocks Slip 1.1% As Oil Jumps 4% After Pipeline Attack")
F("mkt-f12", "Lumora priced its initial public offering at $34 a share, above its marketed range of $30 to $32, raising $1.02 billion.",
  "Lumora raised just over $1 billion after pricing its IPO above the range at $34.")
C("mkt-e01", "The Dow Jones Industrial Average rose 0.4%, the S&P 500 added 0.7% and the Nasdaq Composite climbed 1.2%.",
  "The S&P 500 rose 1.2%, while the Dow added 0.4%.")
C("mkt-e02", "Oil fell 3% to $76.20 a barrel on Tuesday after the cartel signalled higher output.",
  "Oil rose 3% to $76.20 a barrel after the cartel signalled higher output.")
C("mkt-e03", "Silver settled at $28.41 an ounce, down 1.2%, while gold closed flat.",
  "Silver settled at $28.14 an ounce, down 1.2%.")
C("mkt-e04", "The MSCI world index has risen for the fourth consecutive week, its longest run since January.",
  "The MSCI world index rose for a fifth straight week.")
C("mkt-e05", "Bitcoin fell as low as $56,500 on Sunday before recovering to $59,000.",
  "Bitcoin fell as low as $65,500 on Sunday before recovering.")
C("mkt-e06", "Lumora priced its initial public offering at $34 a share, above its marketed range of $30 to $32, raising $1.02 billion. The stock opened at $41.50 on Thursday.",
  "Lumora priced its IPO at $41.50 a share, raising $1.02 billion.")
C("mkt-e07", "The Nikkei 225 gained 2.3% this week, while the broader Topix rose 1.6%.",
  "Japan's Topix gained 2.3% this week.")
C("mkt-e08", "Treasury yields climbed, with the 10-year note yield rising 11 basis points to 4.62%.",
  "The 10-year yield rose 11 basis points to 4.26%.")
C("mkt-e09", "The pound fell to $1.21 on Thursday, its lowest level since November 2022.",
  "The pound dropped to $1.21, its lowest since November 2020.")
U("mkt-e10", "Gold hit a record $2,431 an ounce on Friday before easing to $2,398 by the close.",
  "Gold closed at a record $2,431 an ounce on Friday, up 3% on the week.")

# ---------------------------------------------------------------- economy
F("eco-f01", "Consumer prices rose 3.2% in the 12 months to March, down from 3.4% in February, the statistics office said.",
  "Annual inflation eased to 3.2% in March from 3.4% in February.")
F("eco-f02", "The unemployment rate rose to 4.1% in June from 4.0% in May, even as employers added 206,000 jobs.",
  "The jobless rate ticked up 0.1 percentage point to 4.1% even as payrolls grew by 206,000.")
F("eco-f03", "The economy grew at an annual rate of 1.6% in the first quarter, slowing sharply from 3.4% in the final three months of last year.",
  "GDP growth slowed to 1.6% in Q1 from 3.4% in the fourth quarter.")
F("eco-f04", "The central bank raised its benchmark rate by a quarter point to 5.25%, the highest in 16 years.",
  "The central bank lifted its key rate 25 basis points to 5.25%, a 16-year high.")
F("eco-f05", "Retail sales fell 0.9% in January after a 0.4% rise in December.",
  "Retail sales dropped 0.9% in January, reversing December's 0.4% gain.")
F("eco-f06", "The trade deficit widened to $68.9 billion in March from $67.4 billion in February.",
  "The trade gap grew by $1.5 billion to $68.9 billion in March.")
F("eco-f07", "Housing starts dropped 14.7% to an annualized 1.32 million units in March.",
  "Housing starts fell almost 15% in March to a 1.32 million annual pace.")
F("eco-f08", "The government borrowed £20.5 billion in April, £1.2 billion more than a year earlier.",
  "Public borrowing hit £20.5bn in April, up from £19.3bn a year before.")
F("eco-f09", "The minimum wage will rise from £10.42 to £11.44 an hour in April, an increase of 9.8%.",
  "The minimum wage is going up by just over £1 an hour to £11.44.")
F("eco-f10", "Inflation in the eurozone fell to 2.4% in November, its lowest since July 2021.",
  "Eurozone inflation dropped to 2.4% last month, the lowest in more than two years.", published=D(2023, 12, 1))
F("eco-f11", "About 1.2 million people were out of work in the three months to September, an unemployment rate of 3.9%.",
  "Some 1.2 million people were unemployed, a rate of 3.9%.")
F("eco-f12", "Pay rose 5.6% in the year to June, while consumer prices rose 4.0% over the same period.",
  "Pay growth of 5.6% outpaced inflation by 1.6 percentage points in the year to June.")
F("eco-f13", "Exports to China fell 14% to $136 billion, while exports to the EU rose 3% to $210 billion.",
  "Exports to the EU rose 3% to $210bn, while shipments to China slumped 14%.")
F("eco-f14", "The bank has cut its base rate five times since August, from 5.25% to 4%.",
  "The bank has lowered its base rate by 1.25 points in five cuts since August.")
C("eco-e01", "Core inflation, which strips out food and energy, held at 3.8%, while headline inflation fell to 3.5%.",
  "Core inflation fell to 3.5%, while the headline rate held at 3.8%.")
U("eco-e02", "The unemployment rate rose to 4.1% in June from 4.0% in May, even as employers added 206,000 jobs.",
  "The jobless rate fell to 4.1% in June as employers added 206,000 jobs.", tag="debatable")
C("eco-e03", "The economy grew at an annual rate of 1.6% in the first quarter, slowing sharply from 3.4% in the final three months of last year.",
  "The economy grew at a 3.4% annual rate in the first quarter.")
C("eco-e04", "The central bank raised its benchmark rate by a quarter point to 5.25%, the highest in 16 years.",
  "The central bank raised its benchmark rate by a quarter point to 5.5%.")
C("eco-e05", "The unemployment rate rose to 4.1% in June from 4.0% in May, even as employers added 206,000 jobs.",
  "Employers added 260,000 jobs in June.")
C("eco-e06", "Retail sales fell 0.9% in January after a 0.4% rise in December.",
  "Retail sales plunged 9% in January.")
C("eco-e07", "The central bank raised its benchmark rate by a quarter point to 5.25%, the highest in 16 years.",
  "Rates now stand at 5.25%, the highest in 26 years.")
C("eco-e08", "About 1.2 million people were out of work in the three months to September, an unemployment rate of 3.9%.",
  "About 12 million people were out of work in the three months to September.")
C("eco-e09", "The government borrowed £20.5 billion in April, £1.2 billion more than a year earlier.",
  "Public borrowing of £20.5bn in April was £1.2bn lower than a year earlier.")
U("eco-e10", "The trade deficit widened to $68.9 billion in March from $67.4 billion in February.",
  "The trade deficit widened by $2.5 billion to $68.9 billion in March.")

# ---------------------------------------------------------------- politics / elections
F("pol-f01", "Maria Okonjo won the mayoral race with 54.3% of the vote, defeating incumbent Tom Reilly, who received 41.9%. Turnout was 38%.",
  "Okonjo beat incumbent Reilly by more than 12 points, 54.3% to 41.9%.")
F("pol-f02", "The Senate passed the bill 68-32 on Thursday, sending it to the House.",
  "The Senate approved the measure by a 36-vote margin.")
F("pol-f03", "The Social Democrats won 206 of the 630 seats, ahead of the conservatives with 197 and the Greens with 118.",
  "The Social Democrats took 206 seats, nine more than the conservatives.")
F("pol-f04", "Voters approved Measure K, a half-cent sales tax increase, by 61% to 39%.",
  "Measure K, a half-cent sales tax hike, passed with 61% support.")
F("pol-f05", "Governor Ellen Park signed a $312 billion budget on Friday, $14 billion more than last year's spending plan.",
  "Park signed a $312bn budget, up from $298bn last year.")
F("pol-f06", "Turnout reached 72.4%, up from 65.1% at the last election in 2019.",
  "Turnout rose more than seven points to 72.4%.")
F("pol-f07", "A poll of 1,012 likely voters found Harmon at 46% and Ruiz at 43%, with a margin of error of 3.1 percentage points.",
  "Harmon leads Ruiz by three points, 46% to 43%, within the poll's 3.1-point margin of error.")
F("pol-f08", "The parliament voted 312 to 288 to approve the treaty on Wednesday.",
  "Lawmakers backed the treaty by 312 votes to 288.")
F("pol-f09", "Senator Doyle, who was first elected in 1998, announced Monday he will not seek a fifth term.",
  "Doyle, in the Senate since 1998, won't run for a fifth term.")
F("pol-f10", "On Tuesday, the committee voted 7-4 to advance the nomination to the full Senate.",
  "The committee voted 7-4 on March 12 to advance the nomination.", published=D(2024, 3, 14))
F("pol-f11", "The bill would raise the retirement age from 62 to 64 by 2030.",
  "The bill would lift the retirement age by two years to 64 by 2030.")
F("pol-f12", "The senator's campaign raised $4.2 million in the third quarter, bringing its total to $11.9 million.",
  "The campaign has raised $11.9 million so far, including $4.2 million in Q3.")
C("pol-e01", "Maria Okonjo won the mayoral race with 54.3% of the vote, defeating incumbent Tom Reilly, who received 41.9%. Turnout was 38%.",
  "Okonjo won the mayoral race with 41.9% of the vote.")
C("pol-e02", "The Senate passed the bill 68-32 on Thursday, sending it to the House.",
  "The Senate passed the bill 62-38 on Thursday.")
C("pol-e03", "The Social Democrats won 206 of the 630 seats, ahead of the conservatives with 197 and the Greens with 118.",
  "The conservatives won 206 seats, ahead of the Social Democrats.")
C("pol-e04", "Voters approved Measure K, a half-cent sales tax increase, by 61% to 39%.",
  "Measure K passed with 66% of the vote.")
C("pol-e05", "Governor Ellen Park signed a $312 billion budget on Friday, $14 billion more than last year's spending plan.",
  "Park signed a $312 billion budget, $41 billion more than last year's.")
C("pol-e06", "A poll of 1,012 likely voters found Harmon at 46% and Ruiz at 43%, with a margin of error of 3.1 percentage points.",
  "The poll found Ruiz at 46% and Harmon at 43%.")
C("pol-e07", "Senator Doyle, who was first elected in 1998, announced Monday he will not seek a fifth term.",
  "Doyle, first elected in 1998, will not seek a fourth term.")
C("pol-e08", "Labour finished second with 28% of the vote, behind the Liberals on 33%.",
  "Labour came first with 28% of the vote.")
C("pol-e09", "On Tuesday, the committee voted 7-4 to advance the nomination to the full Senate.",
  "The committee voted 7-4 on Wednesday to advance the nomination.", published=D(2024, 3, 14))
C("pol-e10", "Party leader Ann Harlan, 64, has led the party for 12 years.",
  "Harlan, 46, has led the party for 12 years.")
U("pol-e11", "The minister resigned on Tuesday after weeks of pressure over the contracts scandal.",
  "The minister resigned on Tuesday after three weeks of pressure over the contracts scandal.")
U("pol-e12", "Turnout reached 72.4%, up from 65.1% at the last election in 2019.",
  "Turnout jumped nearly ten points to 72.4%.")

# ---------------------------------------------------------------- courts
F("crt-f01", "A federal judge sentenced former bank executive Daniel Moore, 58, to seven years in prison on Tuesday for a $43 million fraud scheme. Prosecutors had sought 10 years.",
  "Moore, 58, was sentenced to seven years for a $43m fraud, three years fewer than prosecutors had sought.")
F("crt-f02", "The jury deliberated for about 11 hours over two days before finding her guilty on four of the six counts.",
  "Jurors found her guilty on four of six counts after roughly 11 hours of deliberations.")
F("crt-f03", "The company agreed to pay $1.2 billion to settle claims from roughly 4,000 plaintiffs.",
  "The firm will pay $1.2bn to settle the claims, about $300,000 per plaintiff on average.")
F("crt-f04", "The Supreme Court ruled 6-3 on Friday that the state's congressional map was lawful, reversing a lower-court decision from 2022.",
  "The Supreme Court upheld the state's congressional map in a 6-3 ruling, overturning a 2022 lower-court decision.")
F("crt-f05", "Judge Alvarez ordered Keller to pay $85,000 in restitution and serve 300 hours of community service.",
  "Keller must pay $85K in restitution and perform 300 hours of community service.")
F("crt-f06", "He was arrested in March 2021 and has been held without bail for 26 months.",
  "He has been in custody without bail for more than two years since his 2021 arrest.")
F("crt-f07", "The trial, which began on Jan. 8, is expected to last six weeks and involve more than 40 witnesses.",
  "The trial opened on January 8 and is set to run about six weeks, with over 40 witnesses.")
F("crt-f08", "A jury awarded $2.1 million in compensatory damages and $6 million in punitive damages to the family.",
  "The jury awarded the family a total of $8.1 million in damages.")
F("crt-f09", "The appeals court cut his sentence from 15 years to nine.",
  "The appeals court reduced his sentence by six years, to nine.")
F("crt-f10", "She faces up to 20 years in prison on each of the three wire-fraud counts.",
  "She faces as many as 20 years behind bars on each of three wire fraud charges.")
F("crt-f11", "The judge gave the company 90 days to comply, and said fines of $50,000 a day would follow.",
  "The firm has three months to comply or face daily fines of $50K.", tag="debatable")
C("crt-e01", "A federal judge sentenced former bank executive Daniel Moore, 58, to seven years in prison on Tuesday for a $43 million fraud scheme. Prosecutors had sought 10 years.",
  "Moore was sentenced to 10 years in prison for a $43 million fraud.")
C("crt-e02", "The jury deliberated for about 11 hours over two days before finding her guilty on four of the six counts.",
  "The jury found her guilty on five of the six counts.")
C("crt-e03", "The company agreed to pay $1.2 billion to settle claims from roughly 4,000 plaintiffs.",
  "The company agreed to pay $2.1 billion to settle the claims.")
C("crt-e04", "The Supreme Court ruled 6-3 on Friday that the state's congressional map was lawful, reversing a lower-court decision from 2022.",
  "In a 5-4 decision, the Supreme Court ruled the map lawful.")
C("crt-e05", "Judge Alvarez ordered Keller to pay $85,000 in restitution and serve 300 hours of community service.",
  "Keller was ordered to pay $58,000 in restitution.")
C("crt-e06", "He was arrested in March 2021 and has been held without bail for 26 months.",
  "He has been held without bail for 62 months.")
C("crt-e07", "A jury awarded $2.1 million in compensatory damages and $6 million in punitive damages to the family.",
  "The family was awarded $6 million in compensatory damages.")
C("crt-e08", "The appeals court cut his sentence from 15 years to nine.",
  "The appeals court cut his sentence to 15 years.")
U("crt-e09", "She faces up to 20 years in prison on each of the three wire-fraud counts.",
  "She faces at least 20 years in prison on each count.")
C("crt-e10", "Thomas Keller, 34, a father of two from Dayton, pleaded guilty to arson on Monday.",
  "Keller, a 43-year-old father of two, pleaded guilty to arson.")

# ---------------------------------------------------------------- crime
F("crm-f01", "Police said three men, aged 19, 22 and 25, were arrested after a jewelry store robbery in which about $250,000 worth of watches was taken.",
  "Three men were arrested over the theft of roughly $250K worth of watches.")
F("crm-f02", "Homicides in the city fell to 289 last year from 346 in 2022, a decline of about 16%.",
  "Homicides dropped by 57 to 289 in 2023.", published=D(2024, 1, 5))
F("crm-f03", "Officers seized 42 kilograms of cocaine with an estimated street value of £3.4 million.",
  "Police seized 42kg of cocaine worth an estimated £3.4m.")
F("crm-f04", "The shooting on Saturday night left two people dead and five injured, police said.",
  "Seven people were shot, two fatally, on Saturday night.")
F("crm-f05", "Burglaries rose 12% to 4,310 in the first half of the year.",
  "Burglaries climbed 12% to more than 4,300 in the first six months.")
F("crm-f06", "The 17-year-old was charged with attempted murder and will appear in youth court on Monday.",
  "A teenager, 17, has been charged with attempted murder.")
F("crm-f07", "A man has been jailed for eight and a half years after stealing more than £600,000 from elderly customers.",
  "A man who stole over £600,000 from elderly customers has been jailed for 8.5 years.")
F("crm-f08", "Police received 1,140 calls about fireworks over three nights.",
  "Police fielded an average of 380 calls a night about fireworks.")
F("crm-f09", "The suspect, who fled the scene at about 2:30 a.m., was caught four hours later.",
  "The suspect was arrested around 6:30 a.m., four hours after fleeing.", tag="debatable")
F("crm-f10", "Carjackings reported to police doubled from 450 in 2021 to 900 in 2023.",
  "Carjackings have doubled in two years to 900.")
F("crm-f11", "Detectives said 14 of the 20 stolen vehicles have been recovered.",
  "Police have recovered 70% of the 20 stolen vehicles.")
C("crm-e01", "Police said three men, aged 19, 22 and 25, were arrested after a jewelry store robbery in which about $250,000 worth of watches was taken.",
  "Four men were arrested after the jewelry store robbery.")
C("crm-e02", "Homicides in the city fell to 289 last year from 346 in 2022, a decline of about 16%.",
  "Homicides in the city fell to 346 last year.")
C("crm-e03", "Officers seized 42 kilograms of cocaine with an estimated street value of £3.4 million.",
  "Officers seized 42 tonnes of cocaine.")
C("crm-e04", "The shooting on Saturday night left two people dead and five injured, police said.",
  "The shooting left five people dead.")
C("crm-e05", "Burglaries rose 12% to 4,310 in the first half of the year.",
  "Burglaries fell 12% to 4,310 in the first half.")
C("crm-e06", "The 17-year-old was charged with attempted murder and will appear in youth court on Monday.",
  "A 71-year-old has been charged with attempted murder.")
C("crm-e07", "A man has been jailed for eight and a half years after stealing more than £600,000 from elderly customers.",
  "A man has been jailed for six and a half years for stealing from elderly customers.")
C("crm-e08", "Police received 1,140 calls about fireworks over three nights.",
  "Police received 1,140 calls about fireworks over four nights.")
U("crm-e09", "Police have arrested a man in connection with the stabbing in the town centre.",
  "Police have arrested a 32-year-old man over the town-centre stabbing.")

# ---------------------------------------------------------------- disasters
F("dis-f01", "The magnitude 6.8 earthquake struck at 11:11 p.m. on Friday, killing at least 2,946 people and injuring more than 5,600, officials said.",
  "The 6.8-magnitude quake killed more than 2,900 people and injured over 5,600.")
F("dis-f02", "Floods have displaced about 33,000 people across 14 districts, and the death toll has risen to 57 after 12 more bodies were recovered on Tuesday.",
  "The death toll from the floods rose to 57, with some 33,000 people displaced in 14 districts.")
F("dis-f03", "The wildfire has burned 146,000 acres and destroyed 1,200 structures. It was 35% contained as of Sunday evening.",
  "The blaze, just over a third contained, has scorched 146,000 acres and destroyed 1,200 structures.")
F("dis-f04", "The ferry was carrying 312 passengers and 24 crew when it capsized; 289 people have been rescued.",
  "Of the 336 people aboard the ferry, 289 have been rescued.")
F("dis-f05", "Hurricane Delia made landfall as a Category 3 storm with winds of 120 mph.",
  "Delia came ashore as a Category 3 hurricane packing 120 mph winds.")
F("dis-f06", "The landslide buried 45 homes in the village; 18 people are confirmed dead and 30 remain missing.",
  "Eighteen people died and 30 are missing after a landslide buried 45 homes.")
F("dis-f07", "The tornado, rated EF-4, carved a path 27 miles long and up to a mile wide.",
  "The EF-4 tornado cut a 27-mile path.")
F("dis-f08", "Aid agencies say 1.4 million people need food assistance, up from 900,000 in January.",
  "The number needing food aid has risen by half a million since January to 1.4 million.")
F("dis-f09", "The explosion at the chemical plant on Thursday killed 11 workers. The plant had been cited for 23 safety violations since 2018.",
  "Eleven workers died in Thursday's blast at a plant cited for 23 safety violations since 2018.")
F("dis-f10", "The volcano has erupted three times this month, sending ash 9 kilometres into the sky.",
  "The volcano has erupted three times this month, spewing ash up to 9km high.")
F("dis-f11", "The Bell 407 helicopter carrying four people crashed shortly after take-off at 3:15 p.m.",
  "A Bell 407 carrying four people came down just after taking off at 3:15pm.")
C("dis-e01", "The magnitude 6.8 earthquake struck at 11:11 p.m. on Friday, killing at least 2,946 people and injuring more than 5,600, officials said.",
  "The magnitude 7.8 earthquake killed at least 2,946 people.")
C("dis-e02", "Floods have displaced about 33,000 people across 14 districts, and the death toll has risen to 57 after 12 more bodies were recovered on Tuesday.",
  "The flood death toll has risen to 69.")
C("dis-e03", "The wildfire has burned 146,000 acres and destroyed 1,200 structures. It was 35% contained as of Sunday evening.",
  "The wildfire was 53% contained as of Sunday evening.")
C("dis-e04", "The ferry was carrying 312 passengers and 24 crew when it capsized; 289 people have been rescued.",
  "The ferry was carrying 336 passengers when it capsized.", tag="debatable")
C("dis-e05", "Hurricane Delia made landfall as a Category 3 storm with winds of 120 mph.",
  "Delia made landfall as a Category 4 storm.")
C("dis-e06", "The landslide buried 45 homes in the village; 18 people are confirmed dead and 30 remain missing.",
  "Thirty people died after a landslide buried 45 homes.")
U("dis-e07", "Aid agencies say 1.4 million people need food assistance, up from 900,000 in January.",
  "The number of people needing food aid has nearly tripled since January to 1.4 million.")
C("dis-e08", "The explosion at the chemical plant on Thursday killed 11 workers. The plant had been cited for 23 safety violations since 2018.",
  "The plant had been cited for 32 safety violations since 2018.")
C("dis-e09", "The volcano has erupted three times this month, sending ash 9 kilometres into the sky.",
  "The volcano sent ash 9 miles into the sky.")
C("dis-e10", "The magnitude 6.8 earthquake struck at 11:11 p.m. on Friday, killing at least 2,946 people and injuring more than 5,600, officials said.",
  "The quake struck at 11:11 a.m. on Friday.")

# ---------------------------------------------------------------- weather
F("wx-f01", "Temperatures reached 41.2C in Seville on Tuesday, the highest recorded in the city since records began in 1951.",
  "Seville hit 41.2C on Tuesday, its hottest since records began in 1951.")
F("wx-f02", "Up to 30 centimetres of snow is forecast for higher ground, with gusts of 70 mph possible along the coast.",
  "Forecasters expect as much as 30cm of snow on high ground and gusts of up to 70mph on the coast.")
F("wx-f03", "Rainfall in July totalled 142 mm, more than double the monthly average of 61 mm.",
  "July's 142mm of rain was more than twice the usual 61mm.")
F("wx-f04", "The storm left about 480,000 homes and businesses without power at its peak; by Monday morning 95,000 were still in the dark.",
  "Power was restored to roughly 385,000 customers by Monday morning.")
F("wx-f05", "It was the 12th consecutive day above 100 degrees in Phoenix.",
  "Phoenix has now topped 100 degrees for 12 days in a row.")
F("wx-f06", "Last month was the wettest February on record, with 168% of average rainfall.",
  "February brought 68% more rain than average, the wettest on record.")
F("wx-f07", "A yellow warning for ice is in place from 6pm on Wednesday until 10am on Thursday.",
  "An ice warning runs from 6pm on January 17 until 10am on January 18.", published=D(2024, 1, 15))
F("wx-f08", "Winds reached 104 mph at the Needles, the strongest gust of the storm.",
  "Gusts topped 100mph at the Needles.")
F("wx-f09", "The drought has cut reservoir levels to 34% of capacity, compared with 58% a year ago.",
  "Reservoirs are at 34% of capacity, 24 points lower than a year ago.")
F("wx-f10", "Overnight lows fell to minus 12C in Braemar, the coldest night of the winter so far.",
  "Temperatures in Braemar plunged to -12C overnight, the coldest of the winter.")
C("wx-e01", "Temperatures reached 41.2C in Seville on Tuesday, the highest recorded in the city since records began in 1951.",
  "Seville hit 41.2C on Tuesday, the highest since records began in 1915.")
C("wx-e02", "Up to 30 centimetres of snow is forecast for higher ground, with gusts of 70 mph possible along the coast.",
  "Up to 30 inches of snow is forecast for higher ground.")
U("wx-e03", "Rainfall in July totalled 142 mm, more than double the monthly average of 61 mm.",
  "July's 142mm of rain was more than three times the monthly average.")
C("wx-e04", "The storm left about 480,000 homes and businesses without power at its peak; by Monday morning 95,000 were still in the dark.",
  "Some 95,000 homes lost power at the storm's peak.")
C("wx-e05", "It was the 12th consecutive day above 100 degrees in Phoenix.",
  "Phoenix has topped 100 degrees for 21 days in a row.")
C("wx-e06", "A yellow warning for ice is in place from 6pm on Wednesday until 10am on Thursday.",
  "An ice warning is in place from 6pm on January 18.", published=D(2024, 1, 15))
C("wx-e07", "Winds reached 104 mph at the Needles, the strongest gust of the storm.",
  "Winds reached 140 mph at the Needles.")
C("wx-e08", "The drought has cut reservoir levels to 34% of capacity, compared with 58% a year ago.",
  "Reservoirs are at 58% of capacity.")
C("wx-e09", "Overnight lows fell to minus 12C in Braemar, the coldest night of the winter so far.",
  "Temperatures in Braemar plunged to -21C overnight.")
U("wx-e10", "The storm brought heavy rain and strong winds to the coast on Sunday.",
  "The storm dumped 80mm of rain on the coast on Sunday.")

# ---------------------------------------------------------------- sport
F("spt-f01", "Arsenal beat Chelsea 3-1 at the Emirates on Sunday, with Bukayo Saka scoring twice.",
  "Saka scored two goals as Arsenal defeated Chelsea 3-1.")
F("spt-f02", "LeBron James scored 31 points and added 11 rebounds as the Lakers beat the Celtics 114-105.",
  "James had 31 points and 11 rebounds in the Lakers' nine-point win over the Celtics.")
F("spt-f03", "Iga Swiatek beat Jasmine Paolini 6-2, 6-2 in 68 minutes to win her fourth French Open title.",
  "Swiatek won her fourth French Open crown in just over an hour, beating Paolini 6-2, 6-2.")
F("spt-f04", "England were bowled out for 246 in reply to Australia's 389, a first-innings deficit of 143.",
  "England trail by 143 runs after being dismissed for 246 in reply to Australia's 389.")
F("spt-f05", "Max Verstappen won the race by 7.2 seconds from Lando Norris, his 19th victory of the season.",
  "Verstappen beat Norris by 7.2s for his 19th win of the year.")
F("spt-f06", "Scottie Scheffler shot a final-round 68 to finish at 11 under par, four shots clear of Ludvig Aberg.",
  "Scheffler closed with a 68 to win by four strokes at 11-under.")
F("spt-f07", "The Dodgers beat the Padres 5-2 on Tuesday to clinch the series 3-1.",
  "The Dodgers won 5-2 to take the series three games to one.")
F("spt-f08", "Leinster beat Munster 27-17 in front of 51,700 fans at the Aviva Stadium.",
  "Leinster saw off Munster by 10 points before a crowd of nearly 52,000.")
F("spt-f09", "The Chiefs beat the Eagles 38-35 on a field goal with eight seconds left.",
  "The Chiefs edged the Eagles 38-35 with a field goal eight seconds from the end.")
F("spt-f10", "Eliud Kipchoge won the race in 2:02:42, more than a minute ahead of the runner-up.",
  "Kipchoge won in 2:02:42, over a minute clear of second place.")
F("spt-f11", "Manchester City have won 14 of their 20 league games this season, drawing four and losing two.",
  "City have lost just two of 20 league matches, winning 14.")
F("spt-f12", "Real Madrid beat Borussia Dortmund 2-0 at Wembley to win the Champions League for a record 15th time.",
  "Real Madrid Beat Dortmund 2-0 To Win Record 15th Champions League Title")
F("spt-f13", "Jannik Sinner saved three match points before winning 3-6, 3-6, 6-4, 6-4, 6-3 in four hours and 12 minutes.",
  "Sinner came from two sets down to win in more than four hours.", tag="debatable")
F("spt-f14", "Bayern Munich scored 94 goals in 34 league matches this season.",
  "Bayern averaged nearly three goals a game in the league.", tag="debatable")
F("spt-f15", "The match drew 81,500 spectators, a record for a women's club game, beating the previous mark of 60,739 set in 1999.",
  "A record crowd of 81,500 watched, breaking a mark set 25 years earlier.", published=D(2024, 5, 20))
F("spt-f16", "Everton finished 15th, six points above the relegation zone.",
  "Everton ended the season six points clear of the drop zone in 15th place.")
F("spt-f17", "Jakob Ingebrigtsen won the 1500m in 3:27.14, with Yared Nuguse second in 3:27.80.",
  "Ingebrigtsen won the 1500m in 3:27.14, 0.66 seconds ahead of Nuguse.")
C("spt-e01", "Arsenal beat Chelsea 3-1 at the Emirates on Sunday, with Bukayo Saka scoring twice.",
  "Chelsea beat Arsenal 3-1 at the Emirates on Sunday.")
C("spt-e02", "LeBron James scored 31 points and added 11 rebounds as the Lakers beat the Celtics 114-105. Anthony Davis added 24 points.",
  "James scored 24 points as the Lakers beat the Celtics 114-105.")
C("spt-e03", "Iga Swiatek beat Jasmine Paolini 6-2, 6-2 in 68 minutes to win her fourth French Open title.",
  "Swiatek beat Paolini 6-2, 6-3 to win the French Open.")
C("spt-e04", "England were bowled out for 246 in reply to Australia's 389, a first-innings deficit of 143.",
  "England were bowled out for 389.")
C("spt-e05", "Max Verstappen won the race by 7.2 seconds from Lando Norris, his 19th victory of the season.",
  "Verstappen won by 7.2 seconds for his 17th victory of the season.")
C("spt-e06", "Scottie Scheffler shot a final-round 68 to finish at 11 under par, four shots clear of Ludvig Aberg.",
  "Scheffler won by five shots at 11 under par.")
C("spt-e07", "The Dodgers beat the Padres 5-2 on Tuesday to clinch the series 3-1.",
  "The Padres beat the Dodgers 5-2 on Tuesday.")
U("spt-e08", "Leinster beat Munster 27-17 in front of 51,700 fans at the Aviva Stadium.",
  "Leinster beat Munster 27-17 before a crowd of more than 52,000.")
C("spt-e09", "The Chiefs beat the Eagles 38-35 on a field goal with eight seconds left.",
  "The Chiefs won 38-35 on a field goal with 18 seconds left.")
C("spt-e10", "Manchester City have won 14 of their 20 league games this season, drawing four and losing two.",
  "City have lost four of their 20 league games this season.")
C("spt-e11", "Real Madrid beat Borussia Dortmund 2-0 at Wembley to win the Champions League for a record 15th time.",
  "Real Madrid beat Dortmund 2-0 to win the Champions League for a 14th time.")
C("spt-e12", "Jannik Sinner saved three match points before winning 3-6, 3-6, 6-4, 6-4, 6-3 in four hours and 12 minutes.",
  "Sinner won in three hours and 12 minutes.")
C("spt-e13", "Verstappen won ahead of Lando Norris in second and Charles Leclerc in third.",
  "Leclerc took second place behind Verstappen.")
C("spt-e14", "Jakob Ingebrigtsen won the 1500m in 3:27.14, with Yared Nuguse second in 3:27.80.",
  "Ingebrigtsen won the 1500m in 3:27.80.")
U("spt-e15", "The striker scored twice as United beat Villa on Saturday.",
  "The striker scored in the 65th and 80th minutes as United beat Villa 2-0.")

# ---------------------------------------------------------------- science / health
F("sci-f01", "In the trial of 3,200 adults, the vaccine was 89% effective at preventing severe disease.",
  "The vaccine showed 89% efficacy against severe illness in a 3,200-person trial.")
F("sci-f02", "Participants who took the drug lost an average of 15% of their body weight over 68 weeks, compared with 2.4% in the placebo group.",
  "Those on the drug lost 15% of their weight on average over 68 weeks, versus 2.4% on placebo.")
F("sci-f03", "Researchers followed 48,000 women for 12 years; 1,920 developed the condition.",
  "About 4% of the 48,000 women studied developed the condition over 12 years.")
F("sci-f04", "Measles cases rose to 128 this year, up from 58 in all of last year.",
  "Measles cases have more than doubled from last year's 58 to 128.")
F("sci-f05", "The telescope detected the galaxy as it was 13.4 billion years ago.",
  "The galaxy is seen as it was 13.4bn years ago.")
F("sci-f06", "The hospital said waiting times for emergency care averaged 4 hours 38 minutes in October.",
  "Average emergency waits hit 278 minutes in October.", tag="debatable")
F("sci-f07", "About one in five adults in the survey reported symptoms of long Covid.",
  "Around 20% of adults surveyed reported long Covid symptoms.")
F("sci-f08", "The mission, launched in 2018, reached the asteroid after a journey of 3.2 billion kilometres.",
  "Launched in 2018, the probe travelled 3.2bn km to reach the asteroid.")
F("sci-f09", "Deaths from the disease fell by 37% between 2010 and 2022, to 608,000.",
  "Deaths fell by more than a third over 12 years to about 608,000.")
F("sci-f10", "The study, published in The Lancet, analysed data from 204 countries and territories.",
  "The Lancet study covered 204 countries and territories.")
F("sci-f11", "The new antibiotic killed 99.9% of bacteria within 24 hours in lab tests.",
  "In lab tests, the antibiotic wiped out 99.9% of bacteria within a day.")
F("sci-f12", "The agency says 3 in 10 adults do not get enough exercise.",
  "Roughly 30% of adults don't exercise enough, according to the agency.")
C("sci-e01", "In the trial of 3,200 adults, the vaccine was 89% effective at preventing severe disease.",
  "The vaccine was 98% effective at preventing severe disease.")
C("sci-e02", "Participants who took the drug lost an average of 15% of their body weight over 68 weeks, compared with 2.4% in the placebo group.",
  "The placebo group lost 15% of their body weight.")
C("sci-e03", "Researchers followed 48,000 women for 12 years; 1,920 developed the condition.",
  "Researchers followed 48,000 women for 21 years.")
U("sci-e04", "Measles cases rose to 128 this year, up from 58 in all of last year.",
  "Measles cases have more than tripled from last year's 58 to 128.")
C("sci-e05", "The telescope detected the galaxy as it was 13.4 billion years ago.",
  "The galaxy is seen as it was 13.4 million years ago.")
C("sci-e06", "About one in five adults in the survey reported symptoms of long Covid.",
  "About one in four adults surveyed reported symptoms of long Covid.")
C("sci-e07", "Deaths from the disease fell by 37% between 2010 and 2022, to 608,000.",
  "Deaths from the disease rose 37% between 2010 and 2022.")
C("sci-e08", "The study, published in The Lancet, analysed data from 204 countries and territories.",
  "The study analysed data from 240 countries and territories.")
C("sci-e09", "The mission, launched in 2018, reached the asteroid after a journey of 3.2 billion kilometres.",
  "The probe travelled 3.2 billion miles to reach the asteroid.")
C("sci-e10", "The new antibiotic killed 99.9% of bacteria within 24 hours in lab tests.",
  "The antibiotic killed 99.9% of bacteria within 24 minutes.")
U("sci-e11", "Researchers said the drug reduced the risk of heart attack, though they did not give figures.",
  "The drug cut the risk of heart attack by 20%, researchers said.")

# ---------------------------------------------------------------- tech
F("tec-f01", "Nexa said its smartphone shipments rose 11% to 58.2 million units in the quarter, giving it a 19% share of the global market.",
  "Nexa shipped 58.2m phones in the quarter, up 11%, for a 19% market share.")
F("tec-f02", "The chipmaker will invest $20 billion in two new factories in Ohio, creating 3,000 jobs.",
  "The chipmaker plans a $20bn investment in two Ohio plants that will create 3,000 jobs.")
F("tec-f03", "The app has 150 million monthly active users, 40% of whom are outside the US.",
  "About 60 million of the app's 150 million monthly users are outside the US.")
F("tec-f04", "The data breach exposed the personal information of about 9.8 million customers.",
  "Nearly 10 million customers had personal data exposed in the breach.")
F("tec-f05", "The company laid off 12,000 employees, or roughly 6% of its workforce, in January.",
  "The company cut about 6% of its staff - 12,000 jobs - in January.")
F("tec-f06", "The new chip has 208 billion transistors, 2.5 times as many as its predecessor.",
  "The chip packs 208bn transistors, two and a half times its predecessor's count.")
F("tec-f07", "The outage lasted about 7 hours and affected services in 40 countries.",
  "The seven-hour outage hit services in 40 countries.")
F("tec-f08", "Electric cars made up 18% of new car sales last year, up from 14% the year before.",
  "EVs accounted for 18% of new car sales in 2023, up four points from 2022.", published=D(2024, 2, 1))
F("tec-f09", "The startup was founded in 2015 and now employs 850 people in six countries.",
  "Founded in 2015, the startup has 850 staff across six countries.")
F("tec-f10", "The court fined the tech giant €1.8 billion, the second-largest antitrust penalty in the bloc's history.",
  "The tech giant was hit with a €1.8bn fine, the bloc's second-biggest antitrust penalty ever.")
F("tec-f11", "The company sold 2.4 million headsets in the first year, well below its internal target of 4 million.",
  "Company Sells 2.4M Headsets In First Year, Missing 4M Target")
F("tec-f12", "The satellite operator has launched 6,000 satellites so far and plans to add 1,500 more this year.",
  "The operator aims to have 7,500 satellites launched by the end of the year.", tag="debatable")
C("tec-e01", "Nexa said its smartphone shipments rose 11% to 58.2 million units in the quarter, giving it a 19% share of the global market.",
  "Nexa's smartphone shipments rose 19% to 58.2 million units in the quarter.")
C("tec-e02", "The chipmaker will invest $20 billion in two new factories in Ohio, creating 3,000 jobs.",
  "The chipmaker's $20bn Ohio investment will create 30,000 jobs.")
U("tec-e03", "The app has 150 million monthly active users, 40% of whom are outside the US.",
  "About 60 million of the app's 150 million monthly users are in the US.")
U("tec-e04", "The data breach exposed the personal information of about 9.8 million customers.",
  "More than 10 million customers had personal data exposed in the breach.")
C("tec-e05", "The company laid off 12,000 employees, or roughly 6% of its workforce, in January.",
  "The company laid off 12,000 employees, about 12% of its workforce.")
C("tec-e06", "The new chip has 208 billion transistors, 2.5 times as many as its predecessor.",
  "The new chip has 280 billion transistors.")
C("tec-e07", "The outage lasted about 7 hours and affected services in 40 countries.",
  "The outage lasted about 17 hours.")
C("tec-e08", "Electric cars made up 18% of new car sales last year, up from 14% the year before.",
  "Electric cars made up 14% of new car sales last year.", published=D(2024, 2, 1))
C("tec-e09", "The startup was founded in 2015 and now employs 850 people in six countries.",
  "The startup, founded in 2005, employs 850 people.")
C("tec-e10", "The court fined the tech giant €1.8 billion, the second-largest antitrust penalty in the bloc's history.",
  "The €1.8bn fine is the third-largest antitrust penalty in the bloc's history.")

# ---------------------------------------------------------------- transport
F("trn-f01", "The new high-speed line will cut journey times between the two cities from 2 hours 10 minutes to 1 hour 25 minutes.",
  "The new line will shorten the trip between the cities by 45 minutes.", tag="debatable")
F("trn-f02", "Passenger numbers at the airport reached 28.6 million last year, 4% above 2019 levels.",
  "The airport handled 28.6 million passengers last year, topping its 2019 figure by 4%.")
F("trn-f03", "The airline ordered 40 A321neo jets and took options on 20 more.",
  "The carrier ordered 40 A321neo aircraft with options for another 20.")
F("trn-f04", "The bridge, which carries 140,000 vehicles a day, will close for 18 months from June.",
  "The bridge, used by some 140,000 vehicles daily, will shut for a year and a half starting in June.")
F("trn-f05", "Rail fares will rise by 4.9% from March 3, the government confirmed.",
  "Rail fares are going up 4.9% on 3 March.")
F("trn-f06", "The project is now expected to cost £66 billion, up from an original estimate of £37.5 billion, and open in 2033.",
  "The project's cost has risen by £28.5bn to £66bn, with opening now set for 2033.")
F("trn-f07", "Only 58% of trains arrived on time in the year to March, the worst performance in a decade.",
  "Some 42% of trains failed to arrive on time in the year to March.")
F("trn-f08", "The airline carried 14.2 million passengers in the first half, with a load factor of 87%.",
  "The carrier flew 14.2m passengers in H1, with a load factor of 87%.")
F("trn-f09", "Drivers face delays of up to 90 minutes on the M6 after a lorry overturned.",
  "Motorists face hold-ups of as much as an hour and a half on the M6.")
F("trn-f10", "The ship, 366 metres long and carrying 5,000 containers, struck the bridge at 1:28 a.m.",
  "The 366-metre vessel hit the bridge shortly before 1:30 a.m.")
F("trn-f11", "Of the 600 flights scheduled at the airport on Monday, 150 were cancelled because of fog.",
  "A quarter of Monday's 600 scheduled flights were cancelled due to fog.")
F("trn-f12", "The 1.8-mile tunnel took seven years to build and opened in 2019.",
  "The 1.8-mile tunnel, which opened in 2019, was seven years in the making.")
C("trn-e01", "The new high-speed line will cut journey times between the two cities from 2 hours 10 minutes to 1 hour 25 minutes.",
  "The line will cut journey times to 1 hour 10 minutes.")
C("trn-e02", "Passenger numbers at the airport reached 28.6 million last year, 4% above 2019 levels.",
  "The airport handled 28.6 million passengers last year, 40% above 2019 levels.")
C("trn-e03", "The airline ordered 40 A321neo jets and took options on 20 more.",
  "The airline ordered 20 A321neo jets.")
C("trn-e04", "The bridge, which carries 140,000 vehicles a day, will close for 18 months from June.",
  "The bridge will close for 18 weeks from June.")
C("trn-e05", "Rail fares will rise by 4.9% from March 3, the government confirmed.",
  "Rail fares will rise by 4.9% from March 13.")
C("trn-e06", "The project is now expected to cost £66 billion, up from an original estimate of £37.5 billion, and open in 2033.",
  "The project's original estimate was £66 billion.")
C("trn-e07", "Only 58% of trains arrived on time in the year to March, the worst performance in a decade.",
  "Only 42% of trains arrived on time in the year to March.")
C("trn-e08", "The airline carried 14.2 million passengers in the first half, with a load factor of 87%.",
  "The airline carried 14.2 million passengers with a load factor of 78%.")
U("trn-e09", "Drivers face delays of up to 90 minutes on the M6 after a lorry overturned.",
  "Drivers face delays of at least 90 minutes on the M6.")
C("trn-e10", "The ship, 366 metres long and carrying 5,000 containers, struck the bridge at 1:28 a.m.",
  "The ship struck the bridge at 1:28 p.m.")

# ---------------------------------------------------------------- culture / box office
F("cul-f01", "Inside Out 2 took $155 million in North America over its opening weekend and $140 million overseas.",
  "Inside Out 2 opened to $295 million worldwide.")
F("cul-f02", "The painting sold for £24.6 million at Sotheby's, more than double its low estimate of £10 million.",
  "The painting fetched £24.6m, over twice its £10m low estimate.")
F("cul-f03", "The festival drew 210,000 visitors over five days, up from 185,000 last year.",
  "Attendance at the five-day festival rose by 25,000 to 210,000.")
F("cul-f04", "The singer's world tour grossed $2.08 billion from 149 shows.",
  "The tour averaged nearly $14 million per show.")
F("cul-f05", "The album sold 2.6 million copies in its first week, the biggest debut since 2015.",
  "The record shifted 2.6m copies in week one, the biggest opening in nine years.", published=D(2024, 4, 30))
F("cul-f06", "The novel, her third, won the £50,000 prize on Tuesday.",
  "Her third novel took the £50K prize on Tuesday.")
F("cul-f07", "The museum reopened in May after a three-year renovation costing $120 million.",
  "The museum reopened in May after a $120m, three-year renovation.")
F("cul-f08", "The musical has played more than 14,000 performances since opening on Broadway in 1988.",
  "Since its 1988 Broadway opening, the show has been performed over 14,000 times.")
F("cul-f09", "Dune: Part Two earned $82.5 million in its domestic debut, well ahead of the first film's $41 million opening.",
  "Dune: Part Two's $82.5M debut roughly doubled the first film's $41M start.")
F("cul-f10", "The film won seven Oscars, including best picture and best director, from 13 nominations.",
  "The film converted seven of its 13 nominations into Oscars, including best picture.")
F("cul-f11", "Godzilla x Kong topped the box office with $31.7 million, ahead of Ghostbusters at $9.3 million in second place.",
  "Godzilla x Kong led the weekend with $31.7M, more than triple Ghostbusters' $9.3M.")
C("cul-e01", "Inside Out 2 took $155 million in North America over its opening weekend and $140 million overseas.",
  "Inside Out 2 opened to $140 million in North America.")
C("cul-e02", "The painting sold for £24.6 million at Sotheby's, more than double its low estimate of £10 million.",
  "The painting sold for £26.4 million at Sotheby's.")
C("cul-e03", "The festival drew 210,000 visitors over five days, up from 185,000 last year.",
  "The festival drew 210,000 visitors, up 35,000 on last year.")
C("cul-e04", "The singer's world tour grossed $2.08 billion from 149 shows.",
  "The tour grossed $2.08 billion from 194 shows.")
C("cul-e05", "The album sold 2.6 million copies in its first week, the biggest debut since 2015.",
  "The album's 2.6 million first-week sales were the biggest debut since 2005.")
C("cul-e06", "The novel, her third, won the £50,000 prize on Tuesday.",
  "Her second novel won the £50,000 prize.")
C("cul-e07", "The museum reopened in May after a three-year renovation costing $120 million.",
  "The museum reopened after a $210 million renovation.")
U("cul-e08", "Dune: Part Two earned $82.5 million in its domestic debut, well ahead of the first film's $41 million opening.",
  "Dune: Part Two's $82.5M debut tripled the first film's opening.")
C("cul-e09", "The film won seven Oscars, including best picture and best director, from 13 nominations.",
  "The film won 13 Oscars, including best picture.")
C("cul-e10", "Godzilla x Kong topped the box office with $31.7 million, ahead of Ghostbusters at $9.3 million in second place.",
  "Ghostbusters led the weekend box office with $31.7 million.")

# ---------------------------------------------------------------- local news
F("loc-f01", "The council approved a 4.99% council tax rise on Wednesday, adding about £94 a year to a Band D bill.",
  "Councillors backed a 4.99% council tax increase, adding roughly £94 annually to a Band D bill.")
F("loc-f02", "The new library, which cost $8.7 million, opens Saturday with 65,000 books.",
  "The $8.7M library opens on Saturday with 65,000 books.")
F("loc-f03", "School enrollment in the district has dropped from 12,400 in 2015 to 9,800 this fall.",
  "District enrollment has fallen by 2,600 students since 2015.")
F("loc-f04", "Volunteers planted 1,500 trees along the river over two weekends.",
  "Volunteers planted 1,500 trees along the river over two weekends.")
F("loc-f05", "The town's population grew 23% between 2010 and 2020, to 48,200 residents.",
  "The town grew by nearly a quarter in a decade, to 48,200 residents.")
F("loc-f06", "Parking fines will rise from £50 to £70, reduced to £35 if paid within 14 days.",
  "Parking fines are going up £20 to £70, halved if paid within two weeks.")
F("loc-f07", "The pool will be open from 6 a.m. to 10 p.m. seven days a week.",
  "The pool will be open 16 hours a day, every day.", tag="debatable")
F("loc-f08", "A 92-year-old woman who has volunteered at the hospital shop for 40 years was honoured on Friday.",
  "A 92-year-old who has volunteered at the hospital shop for four decades was honoured on Friday.")
F("loc-f09", "The fire station, built in 1926, will be demolished next spring.",
  "The 98-year-old fire station will be torn down next spring.", published=D(2024, 10, 1), tag="debatable")
F("loc-f10", "Residents voted 1,432 to 1,077 against the proposed housing development.",
  "Residents rejected the housing plan by 355 votes.")
F("loc-f11", "The charity raised £1.2 million in 2022 and £1.5 million in 2023.",
  "The charity's fundraising rose 25% last year to £1.5m.", published=D(2024, 3, 1))
C("loc-e01", "The council approved a 4.99% council tax rise on Wednesday, adding about £94 a year to a Band D bill.",
  "The council approved a 9.99% council tax rise.")
C("loc-e02", "The new library, which cost $8.7 million, opens Saturday with 65,000 books.",
  "The new library opens Saturday with 56,000 books.")
U("loc-e03", "School enrollment in the district has dropped from 12,400 in 2015 to 9,800 this fall.",
  "District enrollment has fallen by 3,600 students since 2015.")
C("loc-e04", "Volunteers planted 1,500 trees along the river over two weekends.",
  "Volunteers planted 1,500 trees over three weekends.")
U("loc-e05", "The town's population grew 23% between 2010 and 2020, to 48,200 residents.",
  "The town's population grew by nearly a third in a decade, to 48,200.")
C("loc-e06", "Parking fines will rise from £50 to £70, reduced to £35 if paid within 14 days.",
  "Parking fines will rise from £50 to £75.")
U("loc-e07", "A 92-year-old woman who has volunteered at the hospital shop for 40 years was honoured on Friday.",
  "A woman who has volunteered at the hospital shop for 92 years was honoured on Friday.")
C("loc-e08", "The fire station, built in 1926, will be demolished next spring.",
  "The fire station, built in 1962, will be demolished next spring.")
U("loc-e09", "Most of the 2,000 workers at the plant voted to strike, the union said.",
  "About 90% of the plant's 2,000 workers voted to strike, the union said.")

# ---------------------------------------------------------------- obituaries
F("obt-f01", "Margaret Holloway, the actress who starred in more than 40 films, died on Sunday at her home in Malibu. She was 91.",
  "Holloway, who appeared in over 40 films, has died aged 91.")
F("obt-f02", "Born in 1932 in Glasgow, he joined the Royal Navy at 17 and later served as an MP for 28 years.",
  "He joined the navy in 1949 and spent nearly three decades as an MP.", tag="debatable")
F("obt-f03", "Coach Bill Harmon, who won 612 games and three national titles over 38 seasons, died Tuesday at 84.",
  "Harmon, a three-time national champion with 612 wins in 38 seasons, died at 84.")
F("obt-f04", "The author of 23 novels, she won the Booker Prize in 1989 and was made a dame in 2004.",
  "The author of 23 novels won the Booker in 1989.")
F("obt-f05", "He died on March 3, 2024, two days after his 80th birthday.",
  "He died at 80 in March 2024.")
F("obt-f06", "She is survived by her husband of 56 years, three children and seven grandchildren.",
  "She leaves her husband of 56 years, three children and seven grandchildren.")
F("obt-f07", "Founded by Hughes in 1968, the company grew to 14,000 employees by the time he retired in 1999.",
  "Hughes led the company he founded for 31 years, building it to 14,000 staff.")
F("obt-f08", "The jazz pianist recorded more than 70 albums and won eight Grammy Awards during a career spanning six decades.",
  "The pianist made over 70 albums and won eight Grammys in a 60-year career.")
F("obt-f09", "Rossi, who was 76, died of complications from pneumonia, his family said on Wednesday.",
  "Rossi has died at the age of 76 from complications of pneumonia.")
F("obt-f10", "The former senator died on Thursday at 88.",
  "The former senator died on May 9, aged 88.", published=D(2024, 5, 11))
C("obt-e01", "Margaret Holloway, the actress who starred in more than 40 films, died on Sunday at her home in Malibu. She was 91.",
  "Holloway died on Sunday aged 81.")
C("obt-e02", "Born in 1932 in Glasgow, he joined the Royal Navy at 17 and later served as an MP for 28 years.",
  "He served as an MP for 38 years.")
C("obt-e03", "Coach Bill Harmon, who won 612 games and three national titles over 38 seasons, died Tuesday at 84.",
  "Harmon won 612 games and three national titles over 28 seasons.")
C("obt-e04", "The author of 23 novels, she won the Booker Prize in 1989 and was made a dame in 2004.",
  "She won the Booker Prize in 2004.")
C("obt-e05", "He died on March 3, 2024, two days after his 80th birthday.",
  "He died on March 13, 2024.")
C("obt-e06", "She is survived by her husband of 56 years, three children and seven grandchildren.",
  "She is survived by her husband, seven children and three grandchildren.")
C("obt-e07", "Founded by Hughes in 1968, the company grew to 14,000 employees by the time he retired in 1999.",
  "The company grew to 41,000 employees under Hughes.")
C("obt-e08", "The jazz pianist recorded more than 70 albums and won eight Grammy Awards during a career spanning six decades.",
  "The pianist won 18 Grammy Awards.")
C("obt-e09", "Rossi, who was 76, died of complications from pneumonia, his family said on Wednesday.",
  "Rossi died of complications from pneumonia at 67.")
C("obt-e10", "The former senator died on Thursday at 88.",
  "The former senator died on May 10, aged 88.", published=D(2024, 5, 11))

# ---------------------------------------------------------------- mixed: acronyms, demonyms, multi-figure, unsupported additions
F("mix-f01", "The International Monetary Fund cut its global growth forecast for next year to 2.9%, from 3.0% in July.",
  "The IMF trimmed its 2025 global growth forecast by 0.1 points to 2.9%.", published=D(2024, 10, 22))
F("mix-f02", "France will send 40 Caesar howitzers, while Germany pledged 12 air-defence systems worth €2.7 billion.",
  "The French will send 40 howitzers, and the Germans have pledged 12 air-defence systems worth €2.7bn.")
F("mix-f03", "Japan's exports rose 7.3% in September from a year earlier, the finance ministry said, while imports fell 2.1%.",
  "Japanese exports grew 7.3% year on year in September as imports declined 2.1%.")
F("mix-f04", "The World Health Organization said 1,320 people had died from cholera in the country since the outbreak began.",
  "According to the WHO, cholera has killed 1,320 people in the country since the outbreak began.")
F("mix-f05", "Veltra Group reported revenue of 4.6 billion euros for 2023, an increase of 9%. Operating profit rose to 610 million euros from 540 million euros, and the company proposed a dividend of 1.20 euros per share. It employs 21,000 people in 30 countries.",
  "Veltra Group posted a 9% rise in 2023 revenue to €4.6 billion, with operating profit up €70 million to €610 million, and proposed a €1.20 dividend; the group employs around 21,000 people across 30 countries.")
F("mix-f06", "The National Transportation Safety Board said the plane was flying at 340 knots when it descended 1,200 feet in 20 seconds.",
  "According to the NTSB, the aircraft dropped 1,200 feet in 20 seconds while flying at 340 knots.")
U("mix-e01", "The mayor said the park would reopen soon after flood repairs are finished.",
  "The mayor said the park would reopen in six weeks once flood repairs are finished.")
U("mix-e02", "The hospital has treated nearly 500 patients for heat-related illness this week.",
  "The hospital has treated 500 patients for heat-related illness this week.", tag="debatable")
C("mix-e03", "The 2019 fire destroyed 300 homes in the town. This week's blaze, the town's second in five years, has destroyed 40 homes.",
  "This week's blaze has destroyed 300 homes in the town.")
U("mix-e04", "Sales of the console reached 3 million units in its first month on sale.",
  "The console sold 3 million units in its first month, twice the pace of its predecessor.")
U("mix-e05", "The city will spend $45 million on new electric buses over the next three years.",
  "The city will spend $45 million on 90 new electric buses over three years.")
U("mix-e06", "The school's 1,200 pupils include 300 who speak English as a second language.",
  "A third of the school's 1,200 pupils speak English as a second language.")
C("mix-e07", "Spanish exports rose 4% in the quarter, while Italian exports fell 2%.",
  "Italy's exports rose 4% in the quarter.")
C("mix-e08", "The European Central Bank held its deposit rate at 4%, while the Bank of England raised its rate to 5.25%.",
  "The ECB raised its rate to 5.25%.")
