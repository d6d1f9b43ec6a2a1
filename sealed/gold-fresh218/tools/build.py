#!/usr/bin/env python3
"""Write the hand-made annotations of gold-fresh218 to JSON.

Every entry below was written by hand after reading the article in full; this script
does no extraction of any kind. It only turns the literals into one JSON file per
article (keys and order as in /work/shared/gold/SCHEMA.md).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def Q(text, kind, speaker, speaker_type, role, cue, occ=None):
    d = {"text": text}
    if occ is not None:
        d["occurrence"] = occ
    d.update(kind=kind, speaker=speaker, speaker_type=speaker_type, role=role, cue=cue)
    return d


def F(text, value, unit, category, approx, subject, occ=None):
    d = {"text": text}
    if occ is not None:
        d["occurrence"] = occ
    d.update(value=value, unit=unit, category=category, approx=approx, subject=subject)
    return d


def E(text, date, date_text, occ=None):
    d = {"text": text}
    if occ is not None:
        d["occurrence"] = occ
    d.update(date=date, date_text=date_text)
    return d


P, A, O = "person", "anonymous", "organization"
D, I, M = "direct", "indirect", "mixed"

ARTICLES = {}

# ---------------------------------------------------------------- 01
KOVAC = ("Marianne Kovac", P, "Fairhaven’s president and chief executive")
BEAU = ("Colette Beaulieu", P, "director of the Montreal-based consumer group Panier Juste")
RAMK = ("Dev Ramkissoon", P, "retail analyst at Brantwood Securities")
OPOKU = ("Theresa Opoku", P, None)
FH = ("Fairhaven Foods", O, None)
ARTICLES["01_grocer-price-freeze"] = dict(
    published="2022-10-24",
    published_basis="Metadata line at the top: 'date 2022-10-24' (a Monday); body has consumer advocates, a spokesperson, ISED and shoppers all 'on Monday', the freeze taking effect 'Tuesday'; '© 2022' footer. The video line dated Oct 19, 2022 is an earlier clip. Agrees with writer.tsv",
    outlet="CityWide News",
    quotes=[
        Q("it will freeze prices on about 1,500 of its own-label products until the end of January", I, *FH, "says"),
        Q("the freeze takes effect Tuesday and runs until Jan. 31", I, *FH, "said"),
        Q("Families are making hard choices at the checkout every single week, and we hear about it from our customers and from our own employees,", D, *KOVAC, "said"),
        Q("We can’t fix inflation on our own, but we can take one worry off the table for the next three months.", D, *KOVAC, "said"),
        Q("prices for food purchased from stores rose 11.2 per cent in September compared with a year earlier, the fastest annual pace in more than four decades", I, "Statistics Canada", O, None, "reported"),
        Q("the freeze would save customers “up to $150 million” over the period, based on what it described as expected cost increases from suppliers", M, *FH, "said"),
        Q("the chain’s estimate assumed price hikes that might never have happened, and that actual savings would likely be closer to $30 million", I, *BEAU, "said"),
        Q("Freezing a price that has already gone up 15 or 20 per cent since last spring is not the same thing as lowering it,", D, *BEAU, "told CityWide News"),
        Q("People are going to see a nice sign on the shelf. They are not going to see a smaller bill.", D, *BEAU, "told CityWide News"),
        Q("A freeze is not a cut. Show us the prices from January 2021 and then we’ll talk. #grocerygouging", D, "Panier Juste", O, None, "posted on Twitter"),
        Q("most of the increase in margin came from the company’s pharmacy and financial services divisions rather than food, and that Fairhaven was “absorbing a meaningful share” of supplier cost increases", M, *KOVAC, "said"),
        Q("the freeze would cost Fairhaven between $40 million and $60 million in forgone revenue, a modest sum for a company with annual sales of more than $22 billion", I, *RAMK, "estimated"),
        Q("It’s a smart move competitively. Private label is where shoppers are trading down to right now, so you’re protecting the categories that are growing anyway,", D, *RAMK, "said"),
        Q("But I wouldn’t expect it to move the needle on food inflation numbers at all.", D, *RAMK, "said"),
        Q("he expected at least one rival chain to announce a similar program “before the end of the month.”", M, *RAMK, "said"),
        Q("it was launching a study of the retail grocery sector to examine whether a lack of competition was contributing to higher prices, and that it expected to publish its findings next year", I, "the Competition Bureau", O, None, "said"),
        Q("the department “welcomes any measure that makes food more affordable for Canadians,”", M, "Innovation, Science and Economic Development Canada", O, None, "said"),
        Q("it would continue to work with the bureau on its review", I, "Innovation, Science and Economic Development Canada", O, None, "added"),
        Q("every bit helped", I, "Shoppers", A, None, "said"),
        Q("I buy the store brand for almost everything now, so if it doesn’t go up again, that’s good,", D, *OPOKU, "said"),
        Q("her family’s weekly grocery bill has climbed from about $220 to nearly $300 over the past year", I, *OPOKU, "said"),
        Q("But I’ll believe it when I see my receipt.", D, *OPOKU, "said"),
        Q("it would review the program in January and has not ruled out extending it", I, *FH, "said"),
    ],
    figures=[
        F("1,500 store-brand items", 1500, "items", "count", None, "Fairhaven Foods"),
        F("about 1,500 of its own-label products", 1500, "products", "count", "about", "Fairhaven Foods"),
        F("412 supermarkets and discount stores", 412, "supermarkets", "count", None, "Fairhaven Foods"),
        F("six provinces", 6, "provinces", "count", None, "Fairhaven Foods"),
        F("three months", 3, "months", "duration", None, "Fairhaven Foods"),
        F("11.2 per cent", 11.2, "%", "percent", None, "food prices"),
        F("more than four decades", 4, "decades", "duration", "more than", None),
        F("6.9 per cent", 6.9, "%", "percent", None, "overall inflation"),
        F("10 straight months", 10, "months", "duration", None, "grocery prices"),
        F("up to $150 million", 150000000, "$", "money", "up to", "Fairhaven Foods"),
        F("closer to $30 million", 30000000, "$", "money", "closer to", "Fairhaven Foods"),
        F("15 or 20 per cent", 15, "%", "percent", None, "prices"),
        F("$287 million", 287000000, "$", "money", None, "Fairhaven Foods"),
        F("nine per cent", 9, "%", "percent", None, "Fairhaven Foods"),
        F("0.4 percentage points", 0.4, "percentage points", "percent", None, "Fairhaven Foods"),
        F("between $40 million and $60 million", 40000000, "$", "money", None, "Fairhaven Foods"),
        F("more than $22 billion", 22000000000, "$", "money", "more than", "Fairhaven Foods"),
        F("at least one rival chain", 1, "chain", "count", "at least", None),
        F("mother of three", 3, "children", "count", None, "Theresa Opoku"),
        F("about $220", 220, "$", "money", "about", "Theresa Opoku"),
        F("nearly $300", 300, "$", "money", "nearly", "Theresa Opoku"),
    ],
    events=[
        E("it will freeze prices on about 1,500 of its own-label products", "2023-01", "until the end of January"),
        E("consumer advocates dismissed on Monday as a public-relations exercise", "2022-10-24", "on Monday"),
        E("the freeze takes effect", "2022-10-25", "Tuesday"),
        E("runs until", "2023-01-31", "Jan. 31"),
        E("prices for food purchased from stores rose 11.2 per cent", "2022-09", "in September"),
        E("a spokesperson declined on Monday to provide a breakdown", "2022-10-24", "on Monday"),
        E("a price that has already gone up 15 or 20 per cent", "2022", "since last spring"),
        E("In its most recent quarter, which ended", "2022-09-10", "Sept. 10"),
        E("she said most of the increase in margin came from the company’s pharmacy and financial services divisions rather than food", "2022-09", "in September"),
        E("at least one rival chain to announce a similar program", "2022-10", "before the end of the month"),
        E("The Competition Bureau said earlier this month that it was launching a study of the retail grocery sector", "2022-10", "earlier this month"),
        E("it expected to publish its findings", "2023", "next year"),
        E("Innovation, Science and Economic Development Canada said the department “welcomes any measure that makes food more affordable for Canadians,”", "2022-10-24", "on Monday"),
        E("Shoppers leaving a Fairhaven store in Mississauga, Ont., on Monday afternoon said every bit helped", "2022-10-24", "on Monday afternoon"),
        E("it would review the program", "2023-01", "in January"),
    ],
)

# ---------------------------------------------------------------- 02
VL = ("Voltline Electronics", O, None)
ACHT = ("Gordon Achterberg", P, "president of the Pacific Retail Employees' Union")
WHIT = ("Sandra Whitlock", P, "chief executive")
TELL = ("Marcus Tellier", P, "portfolio manager at Halden Rock Capital in Calgary")
KAYLA = ("Kayla Desrosiers", P, None)
ARTICLES["02_electronics-chain-closures"] = dict(
    published="2021-03-17",
    published_basis="'Published Wednesday, March 17, 2021 6:02PM EDT' line (Last Updated the same day); body: the retailer 'said Wednesday', staff told 'on Wednesday morning'; photo caption dated 'Tuesday, March 16, 2021' is the day before. Agrees with writer.tsv",
    outlet="NorthStar News",
    quotes=[
        Q("Voltline Electronics will close nearly a third of its stores by the end of June", I, *VL, "said"),
        Q("38 of its 121 locations will shut, most of them in shopping malls in Ontario, Alberta and British Columbia", I, *VL, "said"),
        Q("about 800 positions would be affected, though it expected to offer some employees jobs at other locations or in its expanding distribution operation", I, *VL, "said"),
        Q("When you count the part-timers and the seasonal staff they bring back every November, you're looking at more than 1,100 people,", D, *ACHT, "said"),
        Q("The company is counting full-time equivalents. We're counting human beings.", D, *ACHT, "said"),
        Q('the closures were a decision the company "should have made two years ago."', M, *WHIT, "said"),
        Q("I want to be really clear that this is not a reaction to a bad quarter. Our customers have told us, with their wallets, how they want to shop with us,", D, *WHIT, "said"),
        Q("They research online, they buy online, and more and more they want to pick up the same day or have it at their door the next morning. The store is still part of that, but it doesn't need to be 30,000 square feet in every mall in the country.", D, *WHIT, None),
        Q("The stores we're keeping are the ones that do the most to support that model, and we're going to invest in them.", D, *WHIT, None),
        Q("the company would spend about $45 million over the next 18 months on the remaining locations and on a new 20,000-square-metre fulfilment centre in Brampton, Ont., which is scheduled to open next year", I, *WHIT, "said"),
        Q("Investors have been waiting for this for a while,", D, *TELL, "said"),
        Q("The store footprint was built for a world that doesn't exist anymore. The question is whether 83 stores is still too many.", D, *TELL, "said"),
        Q('the board had discussed closing as many as 50 stores and that another round of closures "is on the table" for next year if mall traffic does not recover', M, "A person familiar with the company's plans", A, None, "told NorthStar News"),
        Q('the company "has no plans to announce at this time" and was focused on completing the current transition', M, "a Voltline spokesperson", A, None, "said"),
        Q("staff were told in a 15-minute video call on Wednesday morning that their location would close on May 29", I, *KAYLA, "said"),
        Q("They thanked us for our hard work through COVID and then they said the store is closing,", D, *KAYLA, "said"),
        Q("A lot of us worked through every lockdown. It feels like we were good enough to keep the lights on and now we're done.", D, *KAYLA, "said"),
        Q("the union would meet with the company next week to negotiate severance", I, *ACHT, "said"),
        Q('the offer so far "the bare minimum the law requires."', M, *ACHT, "called"),
        Q("affected employees would receive severance and access to job placement services, and that it would give priority hiring to displaced workers for positions at its distribution centres", I, *VL, "said"),
        Q("more closures are likely as government wage and rent subsidies wind down", I, "industry groups", A, None, "warned"),
    ],
    figures=[
        F("38 stores", 38, "stores", "count", None, "Voltline Electronics"),
        F("38", 38, "locations", "count", None, "Voltline Electronics", occ=2),
        F("121 locations", 121, "locations", "count", None, "Voltline Electronics"),
        F("about 800 positions", 800, "positions", "count", "about", "Voltline Electronics"),
        F("14 of the stores", 14, "stores", "count", None, "the union"),
        F("more than 1,100 people", 1100, "people", "count", "more than", "Voltline Electronics"),
        F("$612 million", 612000000, "$", "money", None, "online sales"),
        F("roughly 41 per cent", 41, "%", "percent", "roughly", "online sales"),
        F("17 per cent", 17, "%", "percent", None, "online sales"),
        F("28 per cent", 28, "%", "percent", None, "same-store sales"),
        F("30,000 square feet", 30000, "square feet", "count", None, None),
        F("about $45 million", 45000000, "$", "money", "about", "Voltline Electronics"),
        F("18 months", 18, "months", "duration", None, "Voltline Electronics"),
        F("20,000-square-metre", 20000, "square metres", "count", None, "fulfilment centre"),
        F("$31.4 million", 31400000, "$", "money", None, "Voltline Electronics"),
        F("$12.9 million", 12900000, "$", "money", None, "Voltline Electronics"),
        F("3.5 per cent", 3.5, "%", "percent", None, "revenue"),
        F("$498 million", 498000000, "$", "money", None, "revenue"),
        F("between $60 million and $75 million", 60000000, "$", "money", None, "restructuring charges"),
        F("6.2 per cent", 6.2, "%", "percent", None, "Voltline shares"),
        F("$14.87", 14.87, "$", "money", None, "Voltline shares"),
        F("83 stores", 83, "stores", "count", None, "Voltline Electronics"),
        F("as many as 50 stores", 50, "stores", "count", "as many as", "Voltline Electronics"),
        F("six years", 6, "years", "duration", None, "Kayla Desrosiers"),
        F("15-minute", 15, "minutes", "duration", None, None),
    ],
    events=[
        E("A Voltline Electronics store in Burnaby, B.C., is seen", "2021-03-16", "on Tuesday, March 16, 2021"),
        E("Voltline Electronics will close nearly a third of its stores by the end of June, the Burnaby, B.C.-based retailer said", "2021-03-17", "Wednesday"),
        E("Voltline Electronics will close nearly a third of its stores", "2021-06", "by the end of June"),
        E("Online sales at Voltline more than doubled in the year that ended", "2021-01-30", "Jan. 30"),
        E("a new 20,000-square-metre fulfilment centre in Brampton, Ont., which is scheduled to open", "2022", "next year"),
        E('another round of closures "is on the table"', "2022", "for next year"),
        E("staff were told in a 15-minute video call", "2021-03-17", "on Wednesday morning"),
        E("their location would close", "2021-05-29", "on May 29"),
        E("the union would meet with the company", "2021-03-22", "next week"),
        E("Several apparel and department store operators have closed dozens of locations", "2020", "since last spring"),
    ],
)

# ---------------------------------------------------------------- 03
GF = ("Greyfield", O, None)
AKIN = ("Ruth Akinyemi", P, "Chief Executive")
DOYLE = ("Hamish Doyle", P, "retail analyst at broker Pellworth & Co.")
ARTICLES["03_uk-supermarket-christmas"] = dict(
    published="2023-01-12",
    published_basis="Dated dateline 'LONDON, Jan 12 (Reuters) -' and Greyfield raised its forecast 'on Thursday'; year 2023 from the text (food prices high for 'at least the first half' of 2023, comparison with 'Christmas 2021'); 2023-01-12 was a Thursday. Agrees with writer.tsv",
    outlet="Reuters",
    quotes=[
        Q("like-for-like sales, excluding fuel, rose 5.8% in the six weeks to Jan. 1, ahead of analysts' consensus forecast of 4.1%", I, *GF, "said"),
        Q("Customers are being really careful with every pound, and they have rewarded the retailers they trust to hold prices down,", D, *AKIN, "told reporters"),
        Q("We invested early in keeping the price of everyday staples down, and Christmas showed that it was the right call,", D, *AKIN, "said"),
        Q("the group had served more than 2.3 million additional customer transactions compared with the festive period in 2021", I, *AKIN, "adding"),
        Q("Grocery price inflation hit a record 14.4% in the four weeks to Dec. 25", I, "Panelwise", O, None, "according to"),
        Q("the group had absorbed about 120 million pounds of cost inflation in the second half of its financial year rather than pass it on to shoppers", I, *AKIN, "said"),
        Q('food prices would stay high for "at least the first half" of 2023 as suppliers contended with elevated energy and labour bills', M, *AKIN, "warned"),
        Q("she expected the rate of food inflation to begin easing in the spring", I, *AKIN, "said"),
        Q("Greyfield's gross margin is expected to fall by around 50 basis points this year", I, *GF, "said"),
        Q("its market share rose 0.3 percentage points to 6.9% over the 12 weeks to Dec. 25", I, *GF, "said"),
        Q("the upgrade was encouraging", I, "Analysts", A, None, "said"),
        Q("how long Greyfield could keep it up", I, "Analysts", A, None, "questioned"),
        Q("This is a very good set of numbers, but the consumer is going to get squeezed harder in the spring when energy support is scaled back,", D, *DOYLE, "said"),
        Q("The question is whether the value positioning holds once everyone else starts cutting prices too.", D, *DOYLE, "said"),
        Q("part of the strength in sales reflected a weak comparison with Christmas 2021, when the spread of the Omicron variant kept some shoppers at home and forced several stores to cut opening hours because of staff shortages", I, "Another analyst", A, None, "said"),
        Q('festive sales of its premium "Reserve" range, including prepared party food and beef joints, were up 9% year on year', M, *GF, "said"),
        Q("it would pay a one-off bonus of 250 pounds to about 61,000 store and depot staff in March, at a cost of roughly 15 million pounds, and would give a further update on pay at its full-year results in April", I, *GF, "said"),
    ],
    figures=[
        F("5.8%", 5.8, "%", "percent", None, "like-for-like sales"),
        F("six weeks", 6, "weeks", "duration", None, None),
        F("4.1%", 4.1, "%", "percent", None, "analysts' consensus forecast"),
        F("31%", 31, "%", "percent", None, "Essentials range sales"),
        F("between 510 million pounds and 540 million pounds", 510000000, "GBP", "money", None, "Greyfield"),
        F("470 million to 500 million pounds", 470000000, "GBP", "money", None, "Greyfield"),
        F("3.1%", 3.1, "%", "percent", None, "Greyfield shares"),
        F("267 pence", 2.67, "GBP", "money", None, "Greyfield shares"),
        F("three months", 3, "months", "duration", None, "Greyfield shares"),
        F("nearly 18%", 18, "%", "percent", "nearly", "Greyfield shares"),
        F("more than 2.3 million additional customer transactions", 2300000, "transactions", "count", "more than", "Greyfield"),
        F("14.4%", 14.4, "%", "percent", None, "grocery price inflation"),
        F("four weeks", 4, "weeks", "duration", None, None),
        F("about 120 million pounds", 120000000, "GBP", "money", "about", "Greyfield"),
        F("around 50 basis points", 50, "basis points", "percent", "around", "Greyfield's gross margin"),
        F("around 1.6 million cases", 1600000, "cases", "count", "around", "Greyfield"),
        F("498 stores", 498, "stores", "count", None, "Greyfield"),
        F("0.3 percentage points", 0.3, "percentage points", "percent", None, "Greyfield's market share"),
        F("6.9%", 6.9, "%", "percent", None, "Greyfield's market share"),
        F("12 weeks", 12, "weeks", "duration", None, None),
        F("1.4 percentage points", 1.4, "percentage points", "percent", None, "Discounters"),
        F("9%", 9, "%", "percent", None, "Reserve range sales", occ=2),
        F("250 pounds", 250, "GBP", "money", None, "Greyfield"),
        F("about 61,000 store and depot staff", 61000, "staff", "count", "about", "Greyfield"),
        F("roughly 15 million pounds", 15000000, "GBP", "money", "roughly", "Greyfield"),
        F("two of Britain's larger supermarket chains", 2, "chains", "count", None, None),
    ],
    events=[
        E("British supermarket group Greyfield raised its annual profit forecast", "2023-01-12", "on Thursday"),
        E("like-for-like sales, excluding fuel, rose 5.8%", "2023-01-01", "Jan. 1"),
        E("Grocery price inflation hit a record 14.4%", "2022-12-25", "Dec. 25"),
        E("figures published earlier this week by market researcher Panelwise", "2023-01-09", "earlier this week"),
        E('food prices would stay high for "at least the first half"', "2023", "of 2023"),
        E("the rate of food inflation to begin easing", "2023", "in the spring"),
        E("Greyfield's gross margin is expected to fall by around 50 basis points", "2023", "this year"),
        E("its market share rose 0.3 percentage points to 6.9%", "2022-12-25", "Dec. 25"),
        E("the consumer is going to get squeezed harder", "2023", "in the spring"),
        E("the spread of the Omicron variant kept some shoppers at home and forced several stores to cut opening hours because of staff shortages", "2021-12", "Christmas 2021"),
        E("it would pay a one-off bonus of 250 pounds to about 61,000 store and depot staff", "2023-03", "in March"),
        E("would give a further update on pay at its full-year results", "2023-04", "in April"),
        E("Greyfield is due to publish full-year results", "2023-04-26", "on April 26"),
        E("two of Britain's larger supermarket chains reporting", "2023-01-09", "later this week"),
    ],
)

# ---------------------------------------------------------------- 04
CPSC = ("the U.S. Consumer Product Safety Commission", O, None)
BN = ("Brightnest", O, None)
RAGH = ("Naveen Raghunathan", P, "Brightnest's chief executive")
SHP = ("Safe Homes Project", O, None)
BANF = ("Loretta Banfield", P, "policy director")
LIND = ("Kara Lindgren", P, "company spokesperson")
HOLL = ("Terrance Holloway", P, "retired electrician")
ARTICLES["04_smart-camera-recall"] = dict(
    published="2021-11-19",
    published_basis="No dated dateline or metadata; the text fixes the year and weekday only: 'Copyright 2021 The Associated Press', cameras sold until 'September of this year' / tweet 'through Sept 2021', investigation 'earlier this fall', regulators 'said Friday', interview 'on Thursday'. Any Friday of autumn 2021 fits, so the exact day is taken from writer.tsv (2021-11-19, a Friday); relative dates resolved against it",
    outlet="The Associated Press",
    quotes=[
        Q("Smart-home company Brightnest is recalling about 480,000 of its battery-powered outdoor security cameras in the United States after receiving reports that the devices can overheat, melt and in some cases catch fire", I, *CPSC, "said"),
        Q("An additional 62,000 cameras were sold in Canada", I, *BN, "said"),
        Q("Brightnest has received 91 reports of the cameras' lithium-ion batteries overheating, including 23 reports of fires that damaged siding, deck railings or other property", I, *CPSC, "According to"),
        Q("Consumers should stop using the cameras immediately, remove the battery and contact the company for a full refund or a free replacement battery", I, *CPSC, "said"),
        Q("the problem was traced to a batch of battery cells from a single supplier that could swell and short-circuit after repeated exposure to high heat, particularly in cameras mounted in direct sunlight", I, *BN, "said"),
        Q("The safety of our customers is our top priority, and we are deeply sorry to the families who were affected,", D, *RAGH, "said"),
        Q("We moved as quickly as we could once we understood the root cause.", D, *RAGH, "said"),
        Q("We're voluntarily recalling Sentry Outdoor cameras with batteries sold through Sept 2021. Please stop using them and visit our recall page. We'll make this right.", D, *BN, "posted on Twitter"),
        Q("the company had been slow to act", I, *SHP, "said"),
        Q("it had identified at least 140 complaints about overheating Sentry cameras posted on Brightnest's own support forums and on retailer websites, some going back more than a year", I, *SHP, "said"),
        Q("Customers were posting photos of melted cameras in the summer of 2020,", D, *BANF, "said"),
        Q("This company had every opportunity to pull these products before people got hurt. Instead they told people to keep their cameras out of the sun.", D, *BANF, "said"),
        Q("the group had raised the matter with the commission in a letter last month and was asking regulators to look into whether Brightnest had reported the problem within the 24-hour window required by federal law once a company learns of a potential hazard", I, *BANF, "said"),
        Q('many of the forum posts described unrelated problems, such as cameras losing their Wi-Fi connection or draining their batteries quickly, and that the company had notified regulators "promptly" after its internal investigation linked the overheating to the battery cells earlier this fall', M, *LIND, "said"),
        Q('the agency had "no additional information to share at this time."', M, "A commission spokesperson", A, None, "said"),
        Q('he discovered his camera "dripping plastic" in July and sent photos to Brightnest\'s customer support team, which offered him a $25 credit toward a new device', M, *HOLL, "said"),
        Q("I told them, I don't want a discount, I want to know if the other two on my house are going to burn it down,", D, *HOLL, "told The Associated Press"),
        Q("he took them all down that afternoon", I, *HOLL, "said"),
        Q("it expected to ship a redesigned version of the camera, with batteries from a different supplier, in the first quarter of next year", I, *BN, "said"),
        Q("damaged or poorly made cells can overheat rapidly in a process known as thermal runaway", I, *CPSC, "warned"),
    ],
    figures=[
        F("half a million home security cameras", 500000, "cameras", "count", None, "Brightnest"),
        F("about 480,000 of its battery-powered outdoor security cameras", 480000, "cameras", "count", "about", "Brightnest"),
        F("between $129 and $179", 129, "$", "money", None, "Sentry cameras"),
        F("62,000 cameras", 62000, "cameras", "count", None, "Canada"),
        F("91 reports", 91, "reports", "count", None, "Brightnest"),
        F("23 reports", 23, "reports", "count", None, "Brightnest"),
        F("Twelve people", 12, "people", "count", None, None),
        F("at least 140 complaints", 140, "complaints", "count", "at least", "Safe Homes Project"),
        F("24-hour", 24, "hours", "duration", None, None),
        F("110 degrees", 110, "degrees", "count", None, "Arizona"),
        F("roughly 6 inches", 6, "inches", "count", "roughly", None),
        F("$25", 25, "$", "money", None, "Terrance Holloway"),
        F("the other two", 2, "cameras", "count", None, "Terrance Holloway"),
    ],
    events=[
        E("Smart-home company Brightnest is recalling about 480,000 of its battery-powered outdoor security cameras in the United States after receiving reports that the devices can overheat, melt and in some cases catch fire, federal safety regulators said", "2021-11-19", "Friday"),
        E("The recall covers Brightnest's Sentry Outdoor and Sentry Outdoor Plus cameras, which were sold online and at major electronics and hardware retailers", "2019-03", "between March 2019 and September of this year"),
        E("The company posted on Twitter", "2021-11-19", "on Friday morning"),
        E("Sentry Outdoor cameras with batteries sold", "2021-09", "through Sept 2021"),
        E("Customers were posting photos of melted cameras", "2020", "in the summer of 2020"),
        E("the group had raised the matter with the commission in a letter", "2021-10", "last month"),
        E("its internal investigation linked the overheating to the battery cells", "2021", "earlier this fall"),
        E('A commission spokesperson said Friday that the agency had "no additional information to share at this time."', "2021-11-19", "Friday"),
        E('he discovered his camera "dripping plastic"', "2021-07", "in July"),
        E("Holloway told The Associated Press in a phone interview", "2021-11-18", "on Thursday"),
        E("Brightnest, which was acquired two years ago by a large consumer electronics company", "2019", "two years ago"),
        E("The company said earlier this month that it expected to ship a redesigned version of the camera", "2021-11", "earlier this month"),
        E("it expected to ship a redesigned version of the camera, with batteries from a different supplier", "2022", "in the first quarter of next year"),
    ],
)

# ---------------------------------------------------------------- 05
FWO = ("the Fair Work Ombudsman", O, None)
KH = ("Kestrel Home", O, None)
PETT = ("Graham Pettifer", P, "Chief executive")
TASK = ("Bronwyn Tasker", P, "state secretary of the Retail and Warehouse Union")
FORMER = ("One former employee", A, None)
ARTICLES["05_homewares-underpayment"] = dict(
    published="2023-05-20",
    published_basis="Lead video line 'WATCH: Fair Work takes Kestrel Home to court over wage theft claims – May 20, 2023' (a Saturday); body: the Ombudsman filed 'on Friday' and Kestrel replied 'on Friday evening' (2023-05-19), hearing 'on June 14' still ahead. Agrees with writer.tsv",
    outlet=None,
    quotes=[
        Q("was a failure the company should have picked up far sooner", I, *FWO, "says"),
        Q("the chain underpaid casual and part-time retail staff, as well as warehouse workers at its distribution centre in Dandenong South, between July 2016 and June 2021", I, *FWO, "alleging"),
        Q("the company failed to pay correct penalty rates for weekend and public holiday shifts, did not pay overtime when part-time employees worked beyond their agreed hours, and in some cases required staff to attend unpaid meetings and training before stores opened", I, *FWO, "alleges"),
        Q("Kestrel had first raised concerns about its payroll with the regulator in 2021, but that the company’s own review had “significantly understated” the amount owed and that back-payments to some workers were still outstanding nearly two years later", M, *FWO, "said"),
        Q("Self-reporting is welcome, but it does not give an employer a free pass,", D, *FWO, "said"),
        Q("Large, well-resourced businesses are expected to get the basics right and to fix problems quickly once they are identified.", D, *FWO, "said"),
        Q("its independent review, conducted by an external accounting firm, put the underpayment at about $3.4 million, including interest and superannuation, and that it had already repaid $3.1 million to more than 2,000 staff", I, *KH, "said"),
        Q("the company had “put its hand up” and had been cooperating with the regulator for almost two years", M, *PETT, "said"),
        Q("We are disappointed that the Ombudsman has chosen to take this step when we have been open with them from the very first day,", D, *PETT, "said"),
        Q("We got this wrong, we have apologised to our team, and we are committed to making sure every single person is paid what they are owed.", D, *PETT, "said"),
        Q("the company had since replaced its payroll system, hired additional staff in its people and culture team and begun quarterly audits of rosters", I, *PETT, "said"),
        Q("the back-payments made so far “a drop in the ocean” compared with the stress workers had been put through", M, *TASK, "called"),
        Q("the union would push for the maximum penalties", I, *TASK, "said"),
        Q("Some of these people were teenagers on their first job, and they were being told to come in half an hour early to set up the floor and not get paid for it,", D, *TASK, "said"),
        Q("That isn’t a payroll glitch. That’s how the stores were being run.", D, *TASK, "said"),
        Q("she received a back-payment of about $2,700 in late 2022 but was never told how it had been calculated", I, *FORMER, "said"),
        Q("I got an email saying there had been an error and here’s some money,", D, *FORMER, "said"),
        Q("Nobody ever sat down and explained it.", D, *FORMER, "said"),
        Q("It was bought by a private equity consortium for US$310 million in 2018 and reported sales of $1.1 billion in the 2022 financial year, up 6 per cent on the previous year", I, *KH, "according to"),
        Q("the company would “carefully consider” the regulator’s claims before that hearing and had not yet decided whether it would contest the penalties sought", M, "A spokeswoman for Kestrel", A, None, "said"),
        Q("union members planned to attend court on the 14th", I, *TASK, "said"),
        Q("They want to see someone take responsibility,", D, *TASK, "said"),
    ],
    figures=[
        F("$4.2 million", 4200000, "$", "money", None, "Kestrel Home", occ=1),
        F("more than 2,300 current and former workers", 2300, "workers", "count", "more than", "Kestrel Home"),
        F("$4.2 million", 4200000, "$", "money", None, "Kestrel Home", occ=2),
        F("five years", 5, "years", "duration", None, "Kestrel Home"),
        F("more than $38,000", 38000, "$", "money", "more than", "individual underpayments"),
        F("About 40 per cent", 40, "%", "percent", "About", "affected workers"),
        F("under 25", 25, "years", "duration", "under", "affected workers"),
        F("about 180 stores", 180, "stores", "count", "about", "Kestrel Home", occ=1),
        F("nearly two years", 2, "years", "duration", "nearly", None),
        F("about $3.4 million", 3400000, "$", "money", "about", "Kestrel Home"),
        F("$3.1 million", 3100000, "$", "money", None, "Kestrel Home"),
        F("more than 2,000 staff", 2000, "staff", "count", "more than", "Kestrel Home"),
        F("almost two years", 2, "years", "duration", "almost", "Kestrel Home"),
        F("three years", 3, "years", "duration", None, "One former employee", occ=1),
        F("about $2,700", 2700, "$", "money", "about", "One former employee"),
        F("about 180 stores", 180, "stores", "count", "about", "Kestrel Home", occ=2),
        F("US$310 million", 310000000, "USD", "money", None, "Kestrel Home"),
        F("$1.1 billion", 1100000000, "$", "money", None, "Kestrel Home"),
        F("6 per cent", 6, "%", "percent", None, "Kestrel Home"),
        F("three years", 3, "years", "duration", None, "Kestrel Home", occ=2),
        F("more than $500 million", 500000000, "$", "money", "more than", "the Fair Work Ombudsman"),
        F("two financial years", 2, "years", "duration", None, "the Fair Work Ombudsman"),
    ],
    events=[
        E("The Fair Work Ombudsman filed proceedings in Melbourne", "2023-05-19", "on Friday"),
        E("the chain underpaid casual and part-time retail staff, as well as warehouse workers at its distribution centre in Dandenong South", "2016-07", "between July 2016 and June 2021"),
        E("Kestrel had first raised concerns about its payroll with the regulator", "2021", "in 2021"),
        E("The company said in a statement on Friday evening that its independent review, conducted by an external accounting firm, put the underpayment at about $3.4 million", "2023-05-19", "on Friday evening"),
        E("she received a back-payment of about $2,700", "2022", "in late 2022"),
        E("Kestrel, which was founded in Adelaide", "1987", "in 1987"),
        E("It was bought by a private equity consortium for US$310 million", "2018", "in 2018"),
        E("reported sales of $1.1 billion", "2022", "in the 2022 financial year"),
        E("The case is listed for a directions hearing in the Federal Court in Melbourne", "2023-06-14", "on June 14"),
        E("union members planned to attend court", "2023-06-14", "on the 14th"),
    ],
)

# ---------------------------------------------------------------- 06
PIKE = ("Joanna Pike", P, "partner at Crandall Reeve and one of the joint administrators")
LOMAX = ("Gareth Lomax", P, "managing director of the consultancy Lomax Retail Insight")
HARROP = ("Denise Harrop", P, None)
ARTICLES["06_fashion-chain-administration"] = dict(
    published="2022-02-08",
    published_basis="Byline timestamp line 'Tue 8 Feb 2022 18.40 GMT'; body: administrators appointed 'on Tuesday', email 'on Tuesday afternoon', caption 'on Tuesday'; 2022-02-08 was a Tuesday. Agrees with writer.tsv",
    outlet=None,
    quotes=[
        Q("many were unlikely to survive", I, "retail experts", A, None, "warned"),
        Q("Pemberton & Vale is a much-loved name, but the business has faced an extremely difficult trading environment, with the impact of successive lockdowns compounding long-term pressures on its store estate.", D, *PIKE, "said"),
        Q("We will be working closely with staff, landlords and suppliers over the coming weeks, and we would encourage any party with an interest in acquiring all or part of the business to come forward as soon as possible.", D, *PIKE, None),
        Q("no redundancies were being made immediately, and that staff would be paid for work already done this month", I, *PIKE, "said"),
        Q("Sales fell by nearly 40% to £212m in the year to the end of January 2021", I, "Pemberton & Vale", O, None, "according to"),
        Q("it would relaunch Pemberton & Vale on its own platform “within weeks” and that the brand had “enormous heritage and loyalty among customers”", M, "Sorrel", O, None, "said"),
        Q("they had learned of the administration from news reports before receiving an email from head office on Tuesday afternoon", I, "Staff at the Leeds branch", A, None, "said"),
        Q("We’ve been through all of it – the CVA, the lockdowns, the furlough. Everyone here has stuck with this company,", D, *HARROP, "said"),
        Q("And we find out on our phones that they’ve sold the name and kept the shops for the administrators to deal with.", D, *HARROP, "said"),
        Q("staff had been told a decision about which stores might close could come as soon as next week", I, "Another worker", A, None, "said"),
        Q("the deal followed a now-familiar pattern in which online-only retailers pick up well-known brands for a fraction of their former value while walking away from leases and store staff", I, "Retail analysts", A, None, "said"),
        Q("The brand is the only part of the business anybody really wants,", D, *LOMAX, "said"),
        Q("The stores are mostly big, expensive units in town centres where footfall was falling long before Covid. I would be surprised if more than a dozen find a buyer.", D, *LOMAX, "said"),
        Q("they expected to give an update to creditors by the end of the month", I, "Crandall Reeve", O, None, "said"),
        Q("the government to do more to support town centres", I, "Local councillors", A, None, "urged"),
        Q("losing it would leave “a hole in the heart of the city”", M, "Mark Trevithick", P, "councillor in Truro", "said"),
    ],
    figures=[
        F("2,400 jobs", 2400, "jobs", "count", None, "Pemberton & Vale", occ=1),
        F("£18.5m", 18500000, "GBP", "money", None, "Sorrel", occ=1),
        F("74 high street stores", 74, "stores", "count", None, "Pemberton & Vale"),
        F("more than 150 years", 150, "years", "duration", "more than", "Pemberton & Vale"),
        F("about 2,400 jobs", 2400, "jobs", "count", "about", "Pemberton & Vale"),
        F("£18.5m", 18500000, "GBP", "money", None, "Sorrel", occ=2),
        F("74 shops", 74, "shops", "count", None, "Pemberton & Vale", occ=1),
        F("74 shops", 74, "shops", "count", None, "Pemberton & Vale", occ=2),
        F("more than 150 stores", 150, "stores", "count", "more than", "Pemberton & Vale"),
        F("23 shops", 23, "shops", "count", None, "Pemberton & Vale"),
        F("a further 11", 11, "shops", "count", None, "Pemberton & Vale"),
        F("nearly 40%", 40, "%", "percent", "nearly", "Pemberton & Vale"),
        F("£212m", 212000000, "GBP", "money", None, "Pemberton & Vale"),
        F("£46m", 46000000, "GBP", "money", None, "Pemberton & Vale"),
        F("eight stores", 8, "stores", "count", None, "Pemberton & Vale"),
        F("about €14m", 14000000, "EUR", "money", "about", "Pemberton & Vale"),
        F("about 3,800 members", 3800, "members", "count", "about", "pension scheme"),
        F("estimated at £40m", 40000000, "GBP", "money", "estimated at", "pension scheme"),
        F("up to 10%", 10, "%", "percent", "up to", "pension scheme members"),
        F("22 years", 22, "years", "duration", None, "Denise Harrop"),
        F("more than a dozen", 12, "stores", "count", "more than", None),
        F("19%", 19, "%", "percent", None, "high street footfall"),
    ],
    events=[
        E("The company appointed administrators from the advisory firm Crandall Reeve", "2022-02-08", "on Tuesday"),
        E("last-ditch talks with a potential buyer broke down", "2022-01-31", "late last week"),
        E("A Pemberton & Vale store in Leeds city centre", "2022-02-08", "on Tuesday"),
        E("staff would be paid for work already done", "2022-02", "this month"),
        E("founded as a draper’s shop in Bristol", "1867", "in 1867"),
        E("It closed 23 shops", "2019", "in 2019"),
        E("Sales fell by nearly 40% to £212m", "2021-01", "the end of January 2021"),
        E("receiving an email from head office", "2022-02-08", "on Tuesday afternoon"),
        E("a decision about which stores might close could come", "2022-02-14", "next week"),
        E("Footfall on British high streets in January was still 19% below pre-pandemic levels", "2022-01", "in January"),
        E("industry data published last week", "2022-01-31", "last week"),
        E("they expected to give an update to creditors", "2022-02", "by the end of the month"),
    ],
)


def main():
    for name, ann in ARTICLES.items():
        out = {
            "article": name + ".txt",
            "published": ann["published"],
            "published_basis": ann["published_basis"],
            "outlet": ann["outlet"],
            "quotes": ann["quotes"],
            "figures": ann["figures"],
            "events": ann["events"],
        }
        path = os.path.join(ROOT, name + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", os.path.relpath(path, ROOT))


if __name__ == "__main__":
    main()
