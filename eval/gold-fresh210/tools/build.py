#!/usr/bin/env python3
"""Write the hand-made annotations of gold-fresh210 to JSON.

Every quote, figure and event below was chosen by hand after reading the article.
This script only (a) turns the compact literals into the schema's JSON and
(b) computes `occurrence` for a text that repeats, from a hand-given context string
`ctx` (a longer piece of the article that contains the intended match).
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ART = os.path.join(ROOT, "articles")


def Q(text, kind, speaker, stype, role, cue, ctx=None):
    return dict(text=text, kind=kind, speaker=speaker, speaker_type=stype, role=role, cue=cue, _ctx=ctx)


def F(text, value, unit, cat, approx, subject, ctx=None):
    return dict(text=text, value=value, unit=unit, category=cat, approx=approx, subject=subject, _ctx=ctx)


def E(text, date, date_text, ctx=None):
    return dict(text=text, date=date, date_text=date_text, _ctx=ctx)


A = {}

# ---------------------------------------------------------------- 01
KOW = ("Dana Kowalchuk", "person", "dental hygienist")
OYE = ("Marcus Oyelaran", "person", "chief economist at Harbourfront Economics")
TRAN = ("Rebecca Tran", "person", "mortgage broker")
OFF = ("a federal official", "anonymous", None)
A["01_variable-rate-trigger"] = dict(
    published="2022-10-18",
    published_basis="Metadata line ' date 2022-10-18' at the top (a Tuesday); body consistent: letter 'dated Thursday' (Oct. 13), survey 'released Monday' (Oct. 17), StatCan CPI 'on Wednesday' (Oct. 19, the real Sept-CPI day), BoC decision still ahead 'on Oct. 26'",
    outlet="Lakeshore News",
    quotes=[
        Q("More Canadians with variable-rate mortgages hitting 'trigger rate,'", "mixed", "brokers", "anonymous", None, "warn"),
        Q("almost too good to be true.", "direct", *KOW, "put it"),
        Q("every dollar of her fixed payment is now going toward interest", "indirect", *KOW, "learned"),
        Q("I read it three times in the parking lot,", "direct", *KOW, "told Lakeshore News"),
        Q("I had no idea that was even a thing that could happen.", "direct", *KOW, "told Lakeshore News"),
        Q("nearly one in five variable-rate clients of its members had already hit their trigger rate", "indirect",
          "the Ontario Mortgage Professionals Association", "organization", None, "found"),
        Q('the share across the whole market was "significantly lower," closer to six per cent, and that lenders were working with customers "on a case-by-case basis."',
          "mixed", "the Canadian Residential Lenders Council", "organization", None, "said"),
        Q("the gap between those numbers comes down partly to who is being counted", "indirect", *OYE, "said"),
        Q("Brokers tend to see the borrowers who stretched the furthest in 2020 and 2021, the first-time buyers who went variable because it was the only way the numbers worked,",
          "direct", *OYE, "said"),
        Q("So their sample is going to skew toward people in trouble.", "direct", *OYE, "said"),
        Q("But even if you take the low estimate, you're talking about tens of thousands of households who are, in effect, no longer paying down their homes. And that's before the next hike.",
          "direct", *OYE, "said"),
        Q("a further half-point increase would push roughly another 80,000 borrowers past their trigger rate by early next year",
          "indirect", *OYE, "said"),
        Q('it was "closely monitoring" mortgage portfolios and that lenders were expected to have "prudent" plans in place for borrowers affected by rising rates',
          "mixed", "the Office of the Superintendent of Financial Institutions", "organization", None, "said"),
        Q("the Department of Finance had asked the big banks earlier this month for updated figures on negative amortization",
          "indirect", *OFF, "said"),
        Q('the department did not expect to announce any relief measures "at this stage."', "mixed", *OFF, "said"),
        Q("she plans to ask her lender on Wednesday whether she can extend her amortization from 25 to 30 years",
          "indirect", *KOW, "said"),
        Q("Nobody tells you the risk is this,", "direct", *KOW, "said"),
        Q("They tell you rates are low and they'll stay low.", "direct", *KOW, "said"),
        Q("she fielded more than two dozen calls last week from clients who had received similar letters", "indirect", *TRAN, "said"),
        Q("many borrowers did not understand the fixed-payment structure when they signed", "indirect", *TRAN, "said"),
        Q("The word 'fixed' is doing a lot of work in that phrase,", "direct", *TRAN, "said"),
        Q("People hear 'fixed payment' and think 'fixed rate.' They're not the same thing.", "direct", *TRAN, "said"),
        Q("she was advising clients to weigh higher payments against the penalty for switching to a fixed rate, which at some lenders now tops 5.5 per cent",
          "indirect", *TRAN, "said"),
    ],
    figures=[
        F("2.45 per cent", 2.45, "%", "percent", None, "her lender's prime rate"),
        F("$1,140", 1140, "$", "money", None, "Dana Kowalchuk"),
        F("Eighteen months", 18, "months", "duration", None, None),
        F("38-year-old", 38, "years", "duration", None, "Dana Kowalchuk"),
        F("two choices", 2, "choices", "count", None, "Dana Kowalchuk"),
        F("about $430", 430, "$", "money", "about", "Dana Kowalchuk"),
        F("$9,000", 9000, "$", "money", None, "Dana Kowalchuk"),
        F("three times", 3, "times", "count", None, "Dana Kowalchuk"),
        F("five times", 5, "times", "count", None, "the Bank of Canada"),
        F("0.25 per cent", 0.25, "%", "percent", None, "the Bank of Canada's key overnight rate"),
        F("3.25 per cent", 3.25, "%", "percent", None, "the Bank of Canada's key overnight rate"),
        F("about 2,300 brokers", 2300, "brokers", "count", "about", "the Ontario Mortgage Professionals Association"),
        F("nearly one in five variable-rate clients", 1, "clients", "count", "nearly", "the Ontario Mortgage Professionals Association"),
        F("closer to six per cent", 6, "%", "percent", "closer to", "the share across the whole market"),
        F("roughly another 80,000 borrowers", 80000, "borrowers", "count", "roughly", None),
        F("about $4,000", 4000, "$", "money", "about", "Dana Kowalchuk"),
        F("two children", 2, "children", "count", None, "Dana Kowalchuk"),
        F("under five", 5, "years", "duration", "under", "Dana Kowalchuk's children"),
        F("25", 25, "years", "duration", None, "her amortization", ctx="from 25 to 30 years"),
        F("30 years", 30, "years", "duration", None, "her amortization"),
        F("more than two dozen calls", 24, "calls", "count", "more than", "Rebecca Tran"),
        F("5.5 per cent", 5.5, "%", "percent", None, "fixed rate"),
        F("seven per cent", 7, "%", "percent", None, "Annual inflation"),
    ],
    events=[
        E("Dana Kowalchuk signed her variable-rate mortgage", "2021", "in the spring of 2021"),
        E("Kowalchuk, a 38-year-old dental hygienist in Oshawa, Ont., learned last week that every dollar of her fixed payment is now going toward interest",
          "2022-10-10", "last week"),
        E("A letter from her lender, dated Thursday, gave her two choices", "2022-10-13", "dated Thursday"),
        E("make a lump-sum payment of $9,000", "2022-10", "by the end of the month"),
        E("The Bank of Canada has raised its key overnight rate five times", "2022-03", "since March"),
        E("the central bank announces its next decision", "2022-10-26", "on Oct. 26"),
        E("A survey released Monday by the Ontario Mortgage Professionals Association", "2022-10-17", "Monday"),
        E("the borrowers who stretched the furthest", "2020", "in 2020 and 2021"),
        E("a further half-point increase would push roughly another 80,000 borrowers past their trigger rate", "2023", "by early next year"),
        E("the Department of Finance had asked the big banks", "2022-10", "earlier this month"),
        E("she plans to ask her lender on Wednesday whether she can extend her amortization", "2022-10-19", "on Wednesday"),
        E("she fielded more than two dozen calls", "2022-10-10", "last week"),
        E("The Bank of Canada's next rate announcement is scheduled", "2022-10-26", "on Oct. 26"),
        E("Statistics Canada will release September consumer price figures", "2022-10-19", "on Wednesday"),
        E("Annual inflation stood at seven per cent", "2022-08", "in August"),
    ],
)

# ---------------------------------------------------------------- 02
ONS = ("the Office for National Statistics", "organization", None)
CAR = ("Aisling Carrow", "person", "chief UK economist")
MAL = ("Dev Malhotra", "person", "economist")
A["02_uk-inflation-october"] = dict(
    published="2021-11-17",
    published_basis="Dated Reuters dateline 'LONDON, Nov 17 (Reuters) -' (year from context: Oct. 1 price-cap rise, BoE hold on Nov. 4, furlough end in September; 2021-11-17 was a Wednesday) and the ONS 'said on Wednesday'",
    outlet="Reuters",
    quotes=[
        Q("Consumer prices rose 4.2% in the 12 months to October, up from 3.1% in September", "indirect", *ONS, "said"),
        Q("Petrol reached a record average of 142.9 pence a litre during the month", "indirect", *ONS, "according to"),
        Q("The rise in energy bills was always going to show up this month, but the breadth of price increases is what stands out,",
          "direct", *CAR, "said"),
        Q("We are now seeing it in furniture, in restaurants, in second-hand cars. That is not just a supply story any more.",
          "direct", *CAR, "said"),
        Q('a move remained likely "in the coming months" if the labour market held up after the end of the government\'s furlough scheme in September',
          "mixed", "Several members of the Bank of England's Monetary Policy Committee", "anonymous", None, "said"),
        Q("some policymakers were uneasy about waiting until February", "indirect",
          "Two sources familiar with thinking at the central bank", "anonymous", None, "said"),
        Q('the October figure would "make it harder" to argue for patience', "mixed",
          "one of two sources familiar with thinking at the central bank", "anonymous", None, "said"),
        Q("inflation will peak at around 5% in April, when the energy price cap is due to be reset again", "indirect",
          "the Bank of England", "organization", None, "forecast"),
        Q("it could go higher", "indirect", "Some private-sector economists", "anonymous", None, "say"),
        Q("wholesale gas prices implied a further rise in the cap of between 30% and 50% next spring, which could push headline inflation close to 6%",
          "indirect", *MAL, "said"),
        Q("The Bank's 5% number already looks optimistic,", "direct", *MAL, "said"),
        Q("If gas stays anywhere near where it is now, households are looking at bills of more than £1,800 a year from April.",
          "direct", *MAL, "said"),
        Q("around 40% of the monthly increase in the overall index came from household energy", "indirect", *ONS, "said"),
        Q('the pattern of price rises was "broadly in line" with what other European countries were seeing', "mixed",
          "Gareth Penhale", "person", "deputy director for prices", "told reporters"),
        Q("it expects the rise to prove temporary", "indirect", "the European Central Bank", "organization", None, "said"),
        Q('higher inflation was a "global challenge"', "mixed", "Britain's finance ministry", "organization", None, "said"),
        Q("the measure fell far short", "indirect", "the Labour Party", "organization", None, "said"),
        Q("Prices up 4.2%, wages falling in real terms, and the government's answer is to shrug. Families deserve better than a cost-of-living crisis made in Downing Street.",
          "direct", "Helen Brightwater", "person", "Labour lawmaker on parliament's Treasury Committee", "wrote on Twitter"),
        Q("factory gate prices rose 8.0% in the year to October, the biggest increase since 2011", "indirect", *ONS, "showed"),
        Q("Christmas could bring further increases", "indirect", "Retailers", "anonymous", None, "warned"),
        Q("shop price inflation was likely to reach 3% by early next year", "indirect",
          "An industry body representing large retailers", "anonymous", None, "said"),
        Q("she still expected the Bank of England to raise rates to 0.25% on Dec. 16 and to 0.5% by the end of the first quarter",
          "indirect", *CAR, "said"),
        Q("Nobody at the Bank wants to be the one who waited too long,", "direct", *CAR, "said"),
    ],
    figures=[
        F("near 10-year", 10, "years", "duration", "near", "UK inflation"),
        F("4.2%", 4.2, "%", "percent", None, "Consumer prices", ctx="Consumer prices rose 4.2%"),
        F("12 months", 12, "months", "duration", None, "Consumer prices"),
        F("3.1%", 3.1, "%", "percent", None, "Consumer prices"),
        F("3.9%", 3.9, "%", "percent", None, "Economists polled by Reuters"),
        F("12%", 12, "%", "percent", None, "the regulated cap on domestic gas and electricity tariffs"),
        F("142.9 pence", 1.429, "GBP", "money", None, "Petrol"),
        F("3.4%", 3.4, "%", "percent", None, "Core inflation"),
        F("2.9%", 2.9, "%", "percent", None, "Core inflation"),
        F("0.1%", 0.1, "%", "percent", None, "Bank Rate"),
        F("0.25%", 0.25, "%", "percent", None, "Bank Rate", ctx="a rise to 0.25%"),
        F("roughly 60%", 60, "%", "percent", "roughly", "the chance of a December hike"),
        F("about 50%", 50, "%", "percent", "about", "the chance of a December hike"),
        F("Two sources", 2, "sources", "count", None, None),
        F("around 5%", 5, "%", "percent", "around", "inflation"),
        F("between 30% and 50%", 30, "%", "percent", None, "the cap"),
        F("close to 6%", 6, "%", "percent", "close to", "headline inflation"),
        F("5%", 5, "%", "percent", None, "the Bank of England", ctx="The Bank's 5% number"),
        F("more than £1,800", 1800, "GBP", "money", "more than", "households"),
        F("around 40%", 40, "%", "percent", "around", "household energy"),
        F("4.1%", 4.1, "%", "percent", None, "Euro zone inflation"),
        F("13-year", 13, "years", "duration", None, "Euro zone inflation"),
        F("around €70bn", 70000000000, "EUR", "money", "around", "the European Central Bank"),
        F("about £2.2bn", 2200000000, "GBP", "money", "about", "the cut in the Universal Credit taper rate"),
        F("4.2%", 4.2, "%", "percent", None, "Prices", ctx="Prices up 4.2%"),
        F("8.0%", 8.0, "%", "percent", None, "factory gate prices"),
        F("3%", 3, "%", "percent", None, "shop price inflation", ctx="reach 3% by"),
        F("0.25%", 0.25, "%", "percent", None, "the Bank of England", ctx="raise rates to 0.25%"),
        F("0.5%", 0.5, "%", "percent", None, "the Bank of England"),
    ],
    events=[
        E("British consumer price inflation jumped to its highest in almost a decade", "2021-10", "last month"),
        E("the Bank of England to raise interest rates", "2021-12", "in December"),
        E("it surprised markets by holding off", "2021-11", "earlier this month"),
        E("Consumer prices rose 4.2%", "2021-10", "in the 12 months to October"),
        E("up from 3.1%", "2021-09", "in September"),
        E("the Office for National Statistics said", "2021-11-17", "on Wednesday"),
        E("a 12% increase in the regulated cap on domestic gas and electricity tariffs that took effect", "2021-10-01", "on Oct. 1"),
        E("Petrol reached a record average of 142.9 pence a litre", "2021-10", "during the month"),
        E("The rise in energy bills was always going to show up", "2021-11", "this month"),
        E("The Bank of England kept Bank Rate at a record low of 0.1%", "2021-11-04", "on Nov. 4"),
        E("the end of the government's furlough scheme", "2021-09", "in September"),
        E("up from about 50%", "2021-11-16", "on Tuesday"),
        E("waiting until February", "2022-02", "until February"),
        E("inflation will peak at around 5%", "2022-04", "in April"),
        E("the energy price cap is due to be reset again", "2022-04", "in April"),
        E("a further rise in the cap of between 30% and 50%", "2022", "next spring"),
        E("households are looking at bills of more than £1,800 a year", "2022-04", "from April"),
        E("Euro zone inflation hit 4.1%", "2021-10", "in October"),
        E("a cut in the taper rate for Universal Credit welfare payments, worth about £2.2bn a year, which took effect", "2021-11-17", "on Wednesday"),
        E("factory gate prices rose 8.0%", "2021-10", "in the year to October"),
        E("Retailers warned", "2021-11-08", "last week"),
        E("Christmas could bring further increases", "2021-12-25", "Christmas"),
        E("shop price inflation was likely to reach 3%", "2022", "by early next year"),
        E("the Bank of England to raise rates to 0.25%", "2021-12-16", "on Dec. 16"),
        E("to 0.5%", "2022-03", "by the end of the first quarter"),
    ],
)

# ---------------------------------------------------------------- 03
NYF = ("the Federal Reserve Bank of New York", "organization", None)
OKA = ("Janelle Okafor", "person", "senior economist")
FUE = ("Marisol Fuentes", "person", "home health aide")
LIN = ("Trevor Lindqvist", "person", "chief U.S. economist")
CFPB = ("the Consumer Financial Protection Bureau", "organization", None)
A["03_us-credit-card-debt"] = dict(
    published="2023-02-16",
    published_basis="Page line 'Published Thursday, Feb. 16, 2023 11:08AM EST' (2023-02-16 was a Thursday); the AP dateline 'NEW YORK (AP) —' is undated; body: report 'released Thursday', Labor Department 'said Tuesday' (Feb. 14, the real January-CPI day)",
    outlet="The Associated Press",
    quotes=[
        Q("Americans piled a record amount of debt onto their credit cards in the final months of last year, as stubbornly high prices for food, rent and other essentials pushed more households to borrow just to keep up",
          "indirect", *NYF, "according to"),
        Q("Credit card balances rose by $61 billion in the October-to-December quarter to reach $986 billion, the highest level since record-keeping began in 1999",
          "indirect", *NYF, "said"),
        Q("Consumers are leaning on their cards to a degree we haven’t seen in a long time,", "direct", *OKA, "said"),
        Q("Some of that is just higher prices — a cart of groceries costs more, so the balance is higher. But some of it is people who have run through their savings.",
          "direct", *OKA, "said"),
        Q("A borrower with $6,000 in card debt making only the minimum payment would pay more than $9,000 in interest over roughly 17 years at current rates",
          "indirect", *OKA, "estimated"),
        Q("Inflation has eased from a four-decade peak of 9.1% in June, but consumer prices were still 6.4% higher in January than a year earlier",
          "indirect", "the Labor Department", "organization", None, "said"),
        Q("she began putting groceries and gas on her card last spring, when her rent went up by $240 a month, and has not been able to pay off the balance since",
          "indirect", *FUE, "said"),
        Q("I used to pay it in full every month. I was proud of that,", "direct", *FUE, "said"),
        Q("Now I look at the statement and I just pay what I can.", "direct", *FUE, "said"),
        Q("her balance is now about $4,800", "indirect", *FUE, "said"),
        Q("About 4% of credit card balances moved into delinquency in the fourth quarter, up from roughly 2.7% a year earlier",
          "indirect", *NYF, "said"),
        Q("delinquency rates are still below where they were before the pandemic, when millions of households received stimulus checks and enhanced unemployment benefits that let them pay down debt",
          "indirect", "Some", "anonymous", None, "point out"),
        Q("We are returning to normal, not going off a cliff,", "direct", *LIN, "said"),
        Q("the rise in balances as “partly a story of a strong job market,”", "mixed", *LIN, "described"),
        Q("people who feel secure in their jobs are more willing to borrow", "indirect", *LIN, "noting"),
        Q("the speed of the increase mattered more than the level", "indirect", *OKA, "said"),
        Q("If you’re at 4% and climbing fast while rates are still going up,", "direct", *OKA, "said"),
        Q("that’s not a trend you want to extrapolate.", "direct", *OKA, "said"),
        Q("they had tightened approval standards for new accounts in recent months and were lowering credit limits for some existing customers who had missed payments",
          "indirect", "Officials at two large card issuers", "anonymous", None, "said"),
        Q("it was “watching closely for signs of distress”", "mixed", *CFPB, "said"),
        Q("card issuers are required to disclose how long it would take to pay off a balance making only minimum payments",
          "indirect", *CFPB, "reminded borrowers"),
        Q("the change would raise costs for borrowers who pay on time", "indirect", "Banking industry groups", "anonymous", None, "said"),
        Q("about 57,000 people had a new foreclosure notation on their credit reports in the fourth quarter, well below levels seen after the 2008 financial crisis",
          "indirect", "New York Fed researchers", "anonymous", None, "noted"),
    ],
    figures=[
        F("$61 billion", 61000000000, "$", "money", None, "Credit card balances"),
        F("$986 billion", 986000000000, "$", "money", None, "Credit card balances"),
        F("nearly $17 trillion", 17000000000000, "$", "money", "nearly", "Total household debt"),
        F("eight times", 8, "times", "count", None, "the Federal Reserve"),
        F("4.5% to 4.75%", 4.5, "%", "percent", None, "the Federal Reserve's benchmark rate"),
        F("20%", 20, "%", "percent", None, "the average annual percentage rate on cards"),
        F("about 15%", 15, "%", "percent", "about", "the average annual percentage rate on cards"),
        F("$6,000", 6000, "$", "money", None, "A borrower"),
        F("more than $9,000", 9000, "$", "money", "more than", "A borrower"),
        F("roughly 17 years", 17, "years", "duration", "roughly", "A borrower"),
        F("four-decade", 4, "decades", "duration", None, "Inflation"),
        F("9.1%", 9.1, "%", "percent", None, "Inflation"),
        F("6.4%", 6.4, "%", "percent", None, "consumer prices"),
        F("44-year-old", 44, "years", "duration", None, "Marisol Fuentes"),
        F("$240", 240, "$", "money", None, "Marisol Fuentes's rent"),
        F("about $4,800", 4800, "$", "money", "about", "Marisol Fuentes"),
        F("About 4%", 4, "%", "percent", "About", "credit card balances"),
        F("roughly 2.7%", 2.7, "%", "percent", "roughly", "credit card balances"),
        F("18 to 29", 18, "years", "duration", None, "Younger borrowers"),
        F("30 to 39", 30, "years", "duration", None, "Younger borrowers"),
        F("4%", 4, "%", "percent", None, None, ctx="at 4% and climbing"),
        F("two large card issuers", 2, "issuers", "count", None, None),
        F("$8", 8, "$", "money", None, "credit card late fees"),
        F("as much as $41", 41, "$", "money", "as much as", "credit card late fees"),
        F("about 57,000 people", 57000, "people", "count", "about", None),
    ],
    events=[
        E("A shopper pays with a credit card at a grocery store in Miami", "2023-01-20", "Jan. 20, 2023"),
        E("Americans piled a record amount of debt onto their credit cards", "2022", "in the final months of last year"),
        E("a report released", "2023-02-16", "Thursday"),
        E("Credit card balances rose by $61 billion", "2022-10", "in the October-to-December quarter"),
        E("record-keeping began", "1999", "in 1999"),
        E("The central bank has lifted its benchmark rate eight times", "2022-03", "since last March"),
        E("most recently by a quarter of a percentage point", "2023-02-01", "on Feb. 1"),
        E("up from about 15%", "2022", "at the start of 2022"),
        E("a four-decade peak of 9.1%", "2022-06", "in June"),
        E("consumer prices were still 6.4% higher", "2023-01", "in January"),
        E("the Labor Department said", "2023-02-14", "Tuesday"),
        E("she began putting groceries and gas on her card", "2022", "last spring"),
        E("her rent went up by $240 a month", "2022", "last spring"),
        E("About 4% of credit card balances moved into delinquency", "2022-10", "in the fourth quarter"),
        E("up from roughly 2.7%", "2021-10", "a year earlier"),
        E("The agency proposed a rule", "2023-02", "earlier this month"),
        E("about 57,000 people had a new foreclosure notation on their credit reports", "2022-10", "in the fourth quarter"),
        E("the 2008 financial crisis", "2008", "2008"),
    ],
)

# ---------------------------------------------------------------- 04
MOL = ("Jess Molloy", "person", "childcare educator")
WAL = ("Kieran Walsh-Hoang", "person", "financial counsellor")
RBA = ("the Reserve Bank", "organization", None)
EXE = ("A senior banking executive", "anonymous", None)
A["04_rba-mortgage-stress"] = dict(
    published="2022-06-10",
    published_basis="Inferred (no dateline or metadata): '© 2022 The Parramatta Ledger'; the RBA's second rise 'in as many months' after its first move 'in early May', 50 basis points to 0.85 per cent, next board meeting 'July 5' -> the Tuesday rise is 2022-06-07; in the body the Tuesday rise, Wednesday research and Thursday calls are all past and still 'this week', so the earliest consistent day is Friday 2022-06-10 (a Saturday edition cannot be strictly ruled out); agrees with writer.tsv",
    outlet="The Parramatta Ledger",
    quotes=[
        Q("this week’s rate rise has already changed how they shop, drive and plan for the winter", "indirect",
          "Homeowners in Sydney’s west", "anonymous", None, "say"),
        Q("The answer, Mrs Molloy said, was about $190 a month", "indirect", *MOL, "said"),
        Q("it will do from next Friday", "indirect", "their bank", "anonymous", None, "said"),
        Q("We’re one bill away from being in real trouble,", "direct", *MOL, "said"),
        Q("If the car needs tyres or the kids get sick, there’s nothing left over.", "direct", *MOL, "said"),
        Q("more was to come", "indirect", *RBA, "signalled"),
        Q("the cash rate to reach somewhere between 2 and 2.6 per cent by early next year", "indirect",
          "Economists at the big four banks", "anonymous", None, "expect"),
        Q("about 1.1 million mortgage holders, or roughly 24 per cent, were “at risk” of mortgage stress", "mixed",
          "a Melbourne-based consumer data firm", "anonymous", None, "estimated"),
        Q("the first study overstated the effect of the rate rises because many borrowers are ahead on their repayments", "indirect",
          "a property industry group", "anonymous", None, "arguing"),
        Q("calls to his service had roughly doubled since March", "indirect", *WAL, "said"),
        Q("On Thursday alone, he said, the centre took 31 calls about household debt", "indirect", *WAL, "said"),
        Q("People aren’t ringing us because they’ve missed a mortgage payment, not yet,", "direct", *WAL, "said"),
        Q("They’re ringing because they’ve put the electricity on a credit card, or they’ve taken out a buy now, pay later for the kids’ school shoes, and they can see where it’s heading.",
          "direct", *WAL, "said"),
        Q("many of his clients had fixed their loans at rates below 2 per cent in 2020 and 2021, and would face what he called a “payment shock” when those fixed terms end over the next two years",
          "mixed", *WAL, "said"),
        Q("About $350 billion in fixed-rate home loans are due to roll off by the end of 2023", "indirect", *RBA, "according to"),
        Q("the government understood “Australians are under real pressure”", "mixed",
          "A spokeswoman for the Treasurer", "anonymous", None, "said"),
        Q("the new government had “promised lower costs and delivered higher mortgage bills in its first month”", "mixed",
          "Natalie Cordeaux", "person", "Liberal MP", "wrote"),
        Q("lenders were “not yet” seeing a lift in hardship requests but expected them to rise from the second half of the year",
          "mixed", *EXE, "said"),
        Q("The buffers are there for most people,", "direct", *EXE, "said"),
        Q("It’s the bottom 10 or 15 per cent we’re worried about.", "direct", *EXE, "said"),
        Q("the family had already cancelled two streaming services and a gym membership, and were driving their older car to save on petrol",
          "indirect", *MOL, "said"),
        Q("Her biggest fear, she said, is that Tuesday’s rise was only the beginning", "indirect", *MOL, "said"),
        Q("They keep saying it’ll be fine,", "direct", *MOL, "said"),
        Q("Fine for who?", "direct", *MOL, "said"),
    ],
    figures=[
        F("22 years", 22, "years", "duration", None, "the Reserve Bank"),
        F("about $190", 190, "$", "money", "about", "Jess and Aaron Molloy"),
        F("$640,000", 640000, "$", "money", None, "Jess and Aaron Molloy"),
        F("$95", 95, "$", "money", None, "Jess and Aaron Molloy"),
        F("34-year-old", 34, "years", "duration", None, "Jess Molloy"),
        F("50 basis points", 50, "basis points", "count", None, "the cash rate"),
        F("0.85 per cent", 0.85, "%", "percent", None, "the cash rate"),
        F("5.1 per cent", 5.1, "%", "percent", None, "inflation"),
        F("about US72.3 cents", 0.723, "USD", "money", "about", "The Australian dollar"),
        F("between 2 and 2.6 per cent", 2, "%", "percent", None, "the cash rate"),
        F("at least one major lender", 1, "lender", "count", "at least", None),
        F("near 3 per cent", 3, "%", "percent", "near", "the cash rate"),
        F("more than $2", 2, "$", "money", "more than", "Unleaded petrol"),
        F("up to $10", 10, "$", "money", "up to", "iceberg lettuce"),
        F("about 1.1 million mortgage holders", 1100000, "holders", "count", "about", None),
        F("roughly 24 per cent", 24, "%", "percent", "roughly", "mortgage holders"),
        F("more than 30 per cent", 30, "%", "percent", "more than", "pre-tax income"),
        F("closer to 800,000", 800000, "holders", "count", "closer to", "a property industry group"),
        F("31 calls", 31, "calls", "count", None, "the centre"),
        F("below 2 per cent", 2, "%", "percent", "below", "his clients' loans"),
        F("two years", 2, "years", "duration", None, "those fixed terms"),
        F("About $350 billion", 350000000000, "$", "money", "About", "fixed-rate home loans"),
        F("10 or 15 per cent", 10, "%", "percent", None, "the bottom"),
        F("two streaming services", 2, "services", "count", None, "the Molloy family"),
    ],
    events=[
        E("this week’s rate rise has already changed how they shop, drive and plan for the winter", "2022-06-06", "this week’s"),
        E("Jess and Aaron Molloy did their sums at the kitchen table", "2022-06-07", "on Tuesday night"),
        E("their bank passes on the full half-percentage-point increase", "2022-06-17", "from next Friday"),
        E("the RBA’s first move", "2022-05", "in early May"),
        E("inflation that hit 5.1 per cent", "2022-03", "in the year to March"),
        E("the cash rate to reach somewhere between 2 and 2.6 per cent", "2023", "by early next year"),
        E("a head of iceberg lettuce was fetching up to $10 in some supermarkets", "2022-06-06", "this week"),
        E("Research from a Melbourne-based consumer data firm published", "2022-06-08", "on Wednesday"),
        E("calls to his service had roughly doubled", "2022-03", "since March"),
        E("the centre took 31 calls about household debt", "2022-06-09", "On Thursday"),
        E("many of his clients had fixed their loans at rates below 2 per cent", "2020", "in 2020 and 2021"),
        E("About $350 billion in fixed-rate home loans are due to roll off", "2023", "by the end of 2023"),
        E("the halving of fuel excise, which is due to expire", "2022-09", "at the end of September"),
        E("Liberal MP Natalie Cordeaux wrote that the new government had “promised lower costs and delivered higher mortgage bills in its first month”",
          "2022-06-07", "on Tuesday afternoon"),
        E("expected them to rise", "2022-07", "from the second half of the year"),
        E("Tuesday’s rise was only the beginning", "2022-06-07", "Tuesday’s"),
        E("The RBA board meets next", "2022-07-05", "on July 5"),
    ],
)

# ---------------------------------------------------------------- 05
GAR = ("Shelley Garrow", "person", None)
STC = ("Statistics Canada", "organization", None)
ACH = ("Darnell Acheampong", "person", "community organizer")
CAS = ("Miriam Castonguay", "person", "food distribution researcher")
A["05_halifax-grocery-prices"] = dict(
    published="2021-09-13",
    published_basis="Lead-video line 'WATCH: Rising grocery bills squeeze Nova Scotia families – Sep 13, 2021' and Garrow 'said Monday'; 2021-09-13 was a Monday; 'a week before the federal election' fits the 2021-09-20 election; the 'HALIFAX —' dateline is undated",
    outlet="The Canadian Press",
    quotes=[
        Q("she has never seen so many new faces", "indirect", *GAR, "says"),
        Q("It used to be mostly people we knew by name,", "direct", *GAR, "said"),
        Q("Now every shift there's somebody who tells me, 'I've never done this before,' and they're embarrassed, and they shouldn't be.",
          "direct", *GAR, "said"),
        Q("demand has climbed steadily through the summer as prices for groceries, gasoline and rent have risen faster than wages",
          "indirect", "Food banks across Nova Scotia", "anonymous", None, "say"),
        Q("the cost of living has become one of the most frequently raised issues on doorsteps", "indirect",
          "candidates from several parties", "anonymous", None, "according to"),
        Q("consumer prices rose 3.7 per cent in the 12 months to July, the fastest pace in a decade", "indirect", *STC, "reported"),
        Q("prices for some staples, including meat and fresh vegetables, had risen much faster", "indirect", *STC, "said"),
        Q("Regular gasoline averaged about $1.47 a litre in Halifax last week, up from roughly $1.05 a year earlier", "indirect",
          "a provincial price-monitoring service", "anonymous", None, "according to"),
        Q('visits to member agencies were up "significantly" over last year', "mixed",
          "the Nova Scotia Food Bank Network", "organization", None, "said"),
        Q("it served between 1,800 and 2,000 households a month over the summer, compared with about 1,300 in the summer of 2019",
          "indirect", "Garrow's organization", "anonymous", None, "said"),
        Q("its numbers had risen by nearly a third since spring", "indirect", "A food bank in Truro", "anonymous", None, "said"),
        Q("any increase was unusual", "indirect", "the provincial Department of Community Services", "organization", None, "disputed"),
        Q('the number of people receiving income assistance had "remained stable" through 2021 and that some of the increase at food banks may reflect people who had been reluctant to visit during the pandemic\'s first waves',
          "mixed", "a spokesperson", "anonymous", None, "said"),
        Q("that misses the point", "indirect", "Anti-poverty advocates", "anonymous", None, "say"),
        Q("The people coming in now are working,", "direct", *ACH, "said"),
        Q("They're cooks, they're cleaners, they're care aides. They have jobs. They just can't make the math work anymore.",
          "direct", *ACH, "said"),
        Q("the coalition would ask all four major parties' local candidates to sign a pledge on Thursday committing to raise the federal disability benefit and expand the Canada Workers Benefit",
          "indirect", *ACH, "said"),
        Q('their campaign promises on affordability "a lot of talk about housing and not much about groceries."', "mixed", *ACH, "called"),
        Q("several factors are pushing food prices higher, including higher transport costs, drought on the Prairies that has hurt crop yields and labour shortages at processing plants",
          "indirect", "Economists", "anonymous", None, "say"),
        Q("shoppers in Atlantic Canada often pay more than those in central Canada because so much of the region's food is trucked in",
          "indirect", *CAS, "told The Canadian Press"),
        Q("Almost everything in a Halifax grocery store has travelled a long way, and when diesel goes up, that cost lands on the shelf,",
          "direct", *CAS, "said"),
        Q("We import something like 90 per cent of our fresh produce in the winter. There's no cushion.", "direct", *CAS, "said"),
        Q("she expected food inflation to stay above three per cent into next year", "indirect", *CAS, "said"),
        Q("annual grocery bills for a family of four could rise by several hundred dollars", "indirect", *CAS, "predicted"),
        Q("her food bank moved about 450 tonnes of food last year and is on pace to exceed that", "indirect", *GAR, "said"),
        Q("Donations have held up, she said, but cash gifts have fallen since the spring, when many donors assumed the worst of the pandemic was over",
          "indirect", *GAR, "said"),
        Q("On a recent afternoon, a woman in hospital scrubs came in on her lunch break", "indirect", *GAR, "recalled"),
        Q("She said, 'I make decent money. I don't understand how I'm here,'", "direct", *GAR, "said"),
        Q("I hear that a lot now.", "direct", *GAR, "said"),
    ],
    figures=[
        F("six years", 6, "years", "duration", None, "Shelley Garrow"),
        F("3.7 per cent", 3.7, "%", "percent", None, "consumer prices"),
        F("12 months", 12, "months", "duration", None, "consumer prices"),
        F("1.7 per cent", 1.7, "%", "percent", None, "Food purchased from stores"),
        F("about $1.47", 1.47, "$", "money", "about", "Regular gasoline"),
        F("roughly $1.05", 1.05, "$", "money", "roughly", "Regular gasoline"),
        F("more than 140 food banks", 140, "banks", "count", "more than", "the Nova Scotia Food Bank Network"),
        F("between 1,800 and 2,000 households", 1800, "households", "count", None, "Garrow's organization"),
        F("about 1,300", 1300, "households", "count", "about", "Garrow's organization"),
        F("about 100 km", 100, "km", "count", "about", "Truro"),
        F("four major parties", 4, "parties", "count", None, None),
        F("something like 90 per cent", 90, "%", "percent", "something like", "fresh produce"),
        F("above three per cent", 3, "%", "percent", "above", "food inflation"),
        F("up to $695", 695, "$", "money", "up to", "a family of four"),
        F("about 450 tonnes", 450, "tonnes", "count", "about", "Garrow's food bank"),
        F("nearly 25 km", 25, "km", "count", "nearly", "Sackville"),
        F("two children", 2, "children", "count", None, "a woman in hospital scrubs"),
    ],
    events=[
        E("Garrow said Monday, as volunteers unloaded a truck of canned goods behind her", "2021-09-13", "Monday"),
        E("demand has climbed steadily", "2021", "through the summer"),
        E("the federal election", "2021-09-20", "a week before"),
        E("Statistics Canada reported", "2021-08", "last month"),
        E("consumer prices rose 3.7 per cent", "2021-07", "in the 12 months to July"),
        E("The agency is scheduled to release its August figures", "2021-09-15", "on Wednesday"),
        E("Regular gasoline averaged about $1.47 a litre in Halifax", "2021-09-06", "last week"),
        E("up from roughly $1.05", "2020-09", "a year earlier"),
        E("it served between 1,800 and 2,000 households a month", "2021", "over the summer"),
        E("compared with about 1,300", "2019", "in the summer of 2019"),
        E("its numbers had risen by nearly a third", "2021", "since spring"),
        E('the number of people receiving income assistance had "remained stable"', "2021", "through 2021"),
        E("the coalition would ask all four major parties' local candidates to sign a pledge", "2021-09-16", "on Thursday"),
        E("food inflation to stay above three per cent", "2022", "into next year"),
        E("A national food price report published by a group of Canadian universities", "2020-12", "last December"),
        E("an increase of up to $695 for such a family", "2021", "in 2021"),
        E("her food bank moved about 450 tonnes of food", "2020", "last year"),
        E("cash gifts have fallen", "2021", "since the spring"),
        E("many donors assumed the worst of the pandemic was over", "2021", "the spring"),
    ],
)

# ---------------------------------------------------------------- 06
CRG = ("a consumer research group", "anonymous", None)
CHA = ("Priya Chaudhary", "person", "director")
TB = ("A trade body representing high street banks", "anonymous", None)
EX6 = ("A senior executive at one high street lender", "anonymous", None)
FCA = ("the Financial Conduct Authority", "organization", None)
FEL = ("Tom Feltham", "person", "Conservative MP")
ODU = ("Ruth Odunsi", "person", "Labour MP")
HAL = ("Maureen Halloran", "person", "retired teacher")
A["06_uk-savers-rates"] = dict(
    published="2023-08-05",
    published_basis="Timestamp line 'Sat 5 Aug 2023 07.00 BST' under the headline (2023-08-05 was a Saturday); body: Bank rise to 5.25% 'on Thursday' (Aug. 3), figures 'published on Friday' (Aug. 4)",
    outlet=None,
    quotes=[
        Q("Savers still short-changed as banks pocket rate rises", "indirect", "campaigners", "anonymous", None, "say"),
        Q("Britain’s biggest banks are still paying easy-access savers less than half the Bank of England’s base rate, despite a fresh rise this week",
          "indirect", *CRG, "according to"),
        Q("shows lenders are profiting from the cost of living crisis at the expense of ordinary customers", "indirect",
          "campaigners", "anonymous", None, "say"),
        Q("the average easy-access account at the largest high street banks pays about 2.1%", "indirect", *CRG, "according to"),
        Q("Every time the Bank moves, mortgage rates go up the same week,", "direct", *CHA, "said"),
        Q("Savings rates go up, if they go up at all, weeks later and by a fraction. That is not a coincidence. That is a business model.",
          "direct", *CHA, "said"),
        Q("the gap between what banks earn on deposits and what they pay out had netted the sector “something north of £1bn” in extra income over the first half of the year",
          "mixed", *CHA, "estimated"),
        Q("the figure was hard to pin down because lenders do not report savings margins separately", "indirect", *CHA, "acknowledged"),
        Q("the average rate on all instant-access accounts, including those offered by smaller lenders and online banks, had risen to 3.1%, and that “savers who shop around can now get well over 4%”",
          "mixed", *TB, "said"),
        Q("Customers have more choice than at any point in the last decade,", "direct", *TB, "said"),
        Q("Hundreds of thousands of people have already moved their money to better-paying accounts.", "direct", *TB, "said"),
        Q("the criticism ignored the cost of running branch networks and the fact that many deposits sat in current accounts that had never paid interest",
          "indirect", *EX6, "said"),
        Q("If you want free banking and a branch on the high street,", "direct", *EX6, "said"),
        Q("somebody has to pay for it.", "direct", *EX6, "said"),
        Q("it will publish a review of how quickly banks are passing on rate rises by the end of the month", "indirect", *FCA, "said"),
        Q("it could take action against those that do not", "indirect", *FCA, "warned"),
        Q("the new rules would be “a real test” of the regulator’s willingness to act", "mixed", *FEL, "said"),
        Q("We’ve had warm words for months,", "direct", *FEL, "told reporters"),
        Q("I want to see some banks actually moving.", "direct", *FEL, "told reporters"),
        Q("the gap between savings and mortgage rates “daylight robbery with a logo on it”", "mixed", *ODU, "calling"),
        Q("a Labour government would ask the regulator to set minimum pass-through standards", "indirect", *ODU, "saying"),
        Q("she had left about £35,000 with the same bank for nearly 30 years before her grandson persuaded her to move it last month",
          "indirect", *HAL, "said"),
        Q("I’d just assumed they would look after me,", "direct", *HAL, "said"),
        Q("I was getting about £40 a month. Now it’s more like £140. Nobody from the bank ever rang me to say, ‘You could be getting more.’",
          "direct", *HAL, "said"),
        Q("the Bank of England to raise rates at least once more, possibly to 5.5% in September, before holding them there for much of next year",
          "indirect", "Economists", "anonymous", None, "expect"),
        Q("the group would write to the chief executives of the big four banks next week asking them to commit to passing on at least 75% of any future rate rise to easy-access savers within a month",
          "indirect", *CHA, "said"),
        Q("We’re not asking for charity,", "direct", *CHA, "said"),
        Q("We’re asking for a fair share.", "direct", *CHA, "said"),
    ],
    figures=[
        F("5.25%", 5.25, "%", "percent", None, "the Bank of England's base rate"),
        F("15 years", 15, "years", "duration", None, "the Bank of England's base rate"),
        F("two-year", 2, "years", "duration", None, "the average fixed deal"),
        F("about 6.8%", 6.8, "%", "percent", "about", "the average two-year fixed deal"),
        F("just over 2%", 2, "%", "percent", "just over", "the average two-year fixed deal"),
        F("about 2.1%", 2.1, "%", "percent", "about", "the average easy-access account"),
        F("as little as 1.25%", 1.25, "%", "percent", "as little as", "Some of the most widely held accounts"),
        F("something north of £1bn", 1000000000, "GBP", "money", "something north of", "the sector"),
        F("between 20% and 40%", 20, "%", "percent", None, "net interest income"),
        F("four largest lenders", 4, "lenders", "count", None, None),
        F("more than £1.2bn", 1200000000, "GBP", "money", "more than", "One bank"),
        F("3.1%", 3.1, "%", "percent", None, "the average rate on all instant-access accounts"),
        F("well over 4%", 4, "%", "percent", "well over", "savers who shop around"),
        F("£20,000", 20000, "GBP", "money", None, None),
        F("1.25%", 1.25, "%", "percent", None, "an account", ctx="paying 1.25%"),
        F("£250", 250, "GBP", "money", None, "an account paying 1.25%"),
        F("5%", 5, "%", "percent", None, "an account", ctx="paying 5%"),
        F("£1,000", 1000, "GBP", "money", None, "an account paying 5%"),
        F("71", 71, "years", "duration", None, "Maureen Halloran"),
        F("about £35,000", 35000, "GBP", "money", "about", "Maureen Halloran"),
        F("nearly 30 years", 30, "years", "duration", "nearly", "Maureen Halloran"),
        F("about £40", 40, "GBP", "money", "about", "Maureen Halloran"),
        F("more like £140", 140, "GBP", "money", "more like", "Maureen Halloran"),
        F("5.5%", 5.5, "%", "percent", None, "the Bank of England's base rate"),
        F("7.9%", 7.9, "%", "percent", None, "Inflation"),
        F("2%", 2, "%", "percent", None, "the Bank of England's target", ctx="2% target"),
        F("at least 75%", 75, "%", "percent", "at least", "any future rate rise"),
    ],
    events=[
        E("a fresh rise", "2023-07-31", "this week"),
        E("The Bank raised rates by a quarter of a percentage point to 5.25%", "2023-08-03", "on Thursday"),
        E("the 14th consecutive increase", "2021-12", "since December 2021"),
        E("up from just over 2%", "2021", "two years ago"),
        E("figures compiled by a consumer research group and published", "2023-08-04", "on Friday"),
        E("had netted the sector “something north of £1bn” in extra income", "2023-01", "over the first half of the year"),
        E("Bank results published", "2023-07", "last month"),
        E("it will publish a review of how quickly banks are passing on rate rises", "2023-08", "by the end of the month"),
        E("New consumer protection rules that came into force", "2023-07-31", "on Monday"),
        E("he told reporters in Westminster", "2023-08-03", "on Thursday"),
        E("her grandson persuaded her to move it", "2023-07", "last month"),
        E("the Bank of England to raise rates at least once more, possibly to 5.5%", "2023-09", "in September"),
        E("holding them there", "2024", "for much of next year"),
        E("Inflation fell to 7.9%", "2023-06", "in June"),
        E("the group would write to the chief executives of the big four banks", "2023-08-07", "next week"),
    ],
)


def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def finish(item, body, name):
    ctx = item.pop("_ctx")
    text = item["text"]
    pos = occurrences(body, text)
    if not pos:
        sys.exit(f"{name}: text not found: {text!r}")
    if len(pos) > 1:
        if ctx is None:
            sys.exit(f"{name}: text repeats ({len(pos)}x), give ctx: {text!r}")
        c = occurrences(body, ctx)
        if len(c) != 1 or text not in ctx:
            sys.exit(f"{name}: ctx must occur once and contain text: {ctx!r}")
        at = c[0] + ctx.index(text)
        out = {"text": text, "occurrence": pos.index(at) + 1}
        out.update({k: v for k, v in item.items() if k != "text"})
        return out
    return item


def main():
    for name, ann in A.items():
        body = open(os.path.join(ART, name + ".txt"), encoding="utf-8").read()
        doc = {"article": name + ".txt", "published": ann["published"],
               "published_basis": ann["published_basis"], "outlet": ann["outlet"]}
        for layer in ("quotes", "figures", "events"):
            doc[layer] = [finish(dict(x), body, name) for x in ann[layer]]
        with open(os.path.join(ROOT, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(f"{name}.json: {len(doc['quotes'])} quotes, {len(doc['figures'])} figures, {len(doc['events'])} events")


if __name__ == "__main__":
    main()
