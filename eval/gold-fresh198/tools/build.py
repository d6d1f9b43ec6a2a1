#!/usr/bin/env python3
"""Write the hand-made annotations of gold-fresh198 to JSON.

Every entry below was written by hand after reading the article in full; this
script only serialises them (one <name>.json per article, next to articles/).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def Q(text, kind, speaker, speaker_type, role, cue, occurrence=None):
    d = {"text": text}
    if occurrence is not None:
        d["occurrence"] = occurrence
    d.update(kind=kind, speaker=speaker, speaker_type=speaker_type, role=role, cue=cue)
    return d


def F(text, value, unit, category, approx=None, subject=None, occurrence=None):
    d = {"text": text}
    if occurrence is not None:
        d["occurrence"] = occurrence
    d.update(value=value, unit=unit, category=category, approx=approx, subject=subject)
    return d


def E(text, date, date_text, occurrence=None):
    d = {"text": text}
    if occurrence is not None:
        d["occurrence"] = occurrence
    d.update(date=date, date_text=date_text)
    return d


ARTICLES = {}

# ---------------------------------------------------------------------------
# 01 Sudbury smelter (Nickel Belt News, Thursday 2021-11-18)
LNC = "Laurentian Nickel Corp."
USW = "United Steelworkers Local 2217"
DK = ("Dale Kowalchuk", "person", "president of United Steelworkers Local 2217")
RT = ("Renée Thibodeau", "person", "chief executive")
OP = ("Owen Patterson", "person", "mining analyst")
PL = ("Paul Lachance", "person", "Sudbury Mayor")
ARTICLES["01_sudbury-smelter-furnace"] = {
    "published": "2021-11-18",
    "published_basis": "'Published Thursday, Nov. 18, 2021 6:42PM EST' line under the headline (and 'Last Updated' the same day); company statement 'issued Thursday afternoon'; caption photo 'on Wednesday' (2021-11-17); '© 2021'; 2021-11-18 was a Thursday; agrees with writer.tsv",
    "outlet": "Nickel Belt News",
    "quotes": [
        Q("up to 450 jobs at risk", "indirect", USW, "organization", None, "says"),
        Q("could cost as many as 450 people their jobs", "indirect", USW, "organization", None, "says"),
        Q("about 300 positions would be affected, most of them through layoffs that will begin in the new year", "indirect", LNC, "organization", None, "said"),
        Q("it would offer transfers to its mining operations north of the city “wherever possible.”", "mixed", LNC, "organization", None, "said"),
        Q("the company's count leaves out roughly 150 contract workers in maintenance, trucking and slag handling who depend on the furnace running around the clock", "indirect", *DK, "said"),
        Q("They can put whatever number they want in a press release, but I know who is going to be sitting at home in March,", "direct", *DK, "said"),
        Q("These are people who have given 20, 25 years to that smelter. Some of them started there when their fathers were still working the converters.", "direct", *DK, None),
        Q("Nobody from head office picked up the phone to tell us this was coming. We found out the same morning everybody else did.", "direct", *DK, None),
        Q("the company's offer of transfers “a slap in the face,”", "mixed", *DK, "called"),
        Q("the mine sites are more than 40 kilometres away and already fully staffed", "indirect", *DK, "noting"),
        Q("the decision was not made lightly", "indirect", *RT, "said"),
        Q("pays close to 38 per cent more for electricity than it did in 2019, and the furnace slated for shutdown is the older and less efficient of the pair", "indirect", *RT, "said"),
        Q("We have looked at every option, including running at reduced capacity through the winter,", "direct", *RT, "said"),
        Q("At today's power prices, that furnace loses money every hour it operates.", "direct", *RT, "said"),
        Q("output to fall by between 35 and 40 per cent", "indirect", LNC, "organization", None, "expects"),
        Q("part of the shortfall would be made up by shipping concentrate to a third-party smelter in Quebec", "indirect", *RT, "said"),
        Q("high metal prices do not help a smelter much if its margins are squeezed on the input side", "indirect", *OP, "said"),
        Q("The smelter is a processing business. It lives on the spread between what it pays for concentrate and energy and what it charges,", "direct", *OP, "said"),
        Q("When power goes up this much this quickly, a 40-year-old furnace is the first thing you look at.", "direct", *OP, "said"),
        Q("it would defer a planned C$350 million upgrade of its acid plant, which was supposed to cut sulphur dioxide emissions from the site by about half", "indirect", LNC, "organization", None, "said"),
        Q("the city had been given “about three weeks' notice” of the shutdown and that he had asked for a meeting with the company and the province before Christmas", "mixed", *PL, "told CBC News"),
        Q("It's not just the 300 or the 450. It's the restaurants, the suppliers, the welding shops. Every job at that smelter carries two or three more in this town,", "direct", *PL, "said"),
        Q("it was “aware of the company's decision” and that large industrial users could apply for the province's existing electricity rebate programs", "mixed", "Ontario's Ministry of Energy", "organization", None, "said"),
        Q("the second furnace would keep running and that it had no plans to close the smelter", "indirect", LNC, "organization", None, "said"),
        Q("the local would hold a membership meeting on Sunday and planned to press for severance terms above the legal minimum", "indirect", *DK, "said"),
    ],
    "figures": [
        F("up to 450 jobs", 450, "jobs", "count", "up to", LNC),
        F("two furnaces", 2, "furnaces", "count", None, LNC),
        F("as many as 450 people", 450, "people", "count", "as many as", LNC),
        F("about 300 positions", 300, "positions", "count", "about", LNC),
        F("roughly 150 contract workers", 150, "workers", "count", "roughly", None),
        F("20, 25 years", 20, "years", "duration", None, None),
        F("more than 40 kilometres", 40, "kilometres", "count", "more than", "the mine sites"),
        F("close to 38 per cent", 38, "%", "percent", "close to", "The smelter"),
        F("about 110,000 tonnes", 110000, "tonnes", "count", "about", "The smelter"),
        F("one furnace", 1, "furnace", "count", None, LNC),
        F("between 35 and 40 per cent", 35, "%", "percent", None, "output"),
        F("above US$20,000", 20000, "USD", "money", "above", "Nickel"),
        F("nearly seven years", 7, "years", "duration", "nearly", "Nickel"),
        F("40-year-old", 40, "years", "duration", None, "furnace"),
        F("C$350 million", 350000000, "CAD", "money", None, LNC),
        F("about three weeks", 3, "weeks", "duration", "about", "the city"),
        F("300", 300, "jobs", "count", None, None, occurrence=2),
        F("450", 450, "jobs", "count", None, None, occurrence=3),
        F("two or three", 2, "jobs", "count", None, None),
        F("about 1,900 people", 1900, "people", "count", "about", "Laurentian Nickel"),
    ],
    "events": [
        E("The stack at the Laurentian Nickel smelter is seen in Sudbury, Ont.", "2021-11-17", "on Wednesday"),
        E("Laurentian Nickel Corp. will shut one of the two furnaces at its west-end smelter", "2022-02", "by the end of February"),
        E("the company said about 300 positions would be affected", "2021-11-18", "Thursday afternoon"),
        E("layoffs that will begin", "2022", "in the new year"),
        E("I know who is going to be sitting at home", "2022-03", "in March"),
        E("The smelter, she said, pays close to 38 per cent more for electricity than it did", "2019", "in 2019"),
        E("That work had been scheduled to start", "2022", "next year"),
        E("he had asked for a meeting with the company and the province", "2021-12-25", "before Christmas"),
        E("the local would hold a membership meeting", "2021-11-21", "on Sunday"),
    ],
}

# ---------------------------------------------------------------------------
# 02 Aluminum tariff exclusions (Reuters, Wednesday 2022-06-08)
SRC = "two people familiar with the matter"
ABPC = "The American Beverage Packaging Council"
CB = ("Carla Benedetti", "person", "president")
MO = ("Martin Oyelaran", "person", "vice president of government affairs")
ETA = "Eastbrook Trade Analytics"
ARTICLES["02_aluminum-tariff-exclusions"] = {
    "published": "2022-06-08",
    "published_basis": "Dateline 'WASHINGTON, June 8 (Reuters) -' and sources 'said on Wednesday'; the year is not printed but is implied: 2018 tariffs with spending 'since 2021', the LME record high 'in early March' (2022) and 'last year' data; June 8 fell on a Wednesday in 2022; agrees with writer.tsv",
    "outlet": "Reuters",
    "quotes": [
        Q("The U.S. Commerce Department will reopen its review of tariff exclusions for imported aluminum sheet used to make beverage cans, after packaging companies said the 10% duty was adding hundreds of millions of dollars to their costs at a time of tight supply", "indirect", SRC, "anonymous", None, "said"),
        Q("The review, which could be announced as early as next week, would cover several product categories of rolled aluminum that domestic mills say they cannot produce in sufficient volumes", "indirect", SRC, "anonymous", None, "said"),
        Q("The department recognizes there are real gaps in domestic supply for certain products, and the exclusion process exists for exactly that reason,", "direct", "one Commerce Department official", "anonymous", None, "said"),
        Q("the agency \"continues to evaluate exclusion requests on a rolling basis, consistent with the national security objectives\" of the tariffs", "mixed", "A Commerce Department spokesperson", "anonymous", None, "said"),
        Q("its members paid about $1.3 billion in tariffs on aluminum sheet between 2018 and the end of last year", "indirect", ABPC, "organization", None, "said"),
        Q("is overstated because it includes metal that would have been imported regardless", "indirect", "domestic producers", "anonymous", None, "say"),
        Q("We are not asking for the tariffs to go away. We are asking for relief on products that simply are not made in this country in the quantities we need,", "direct", *CB, "said"),
        Q("U.S. mills supplied roughly 60% of the can sheet used domestically last year, with the rest coming mainly from Canada, Germany, Bahrain and South Korea", "indirect", *CB, "said"),
        Q("new capacity is on the way and that loosening the exclusions now would undercut investments already under way", "indirect", "Domestic producers", "anonymous", None, "argue"),
        Q("Every time the exclusion door opens wider, it sends a signal to our customers that they do not need to sign long-term contracts with U.S. suppliers,", "direct", *MO, "said"),
        Q("That is exactly the wrong message while we are pouring concrete for new lines.", "direct", *MO, "said"),
        Q("the alliance would oppose any broad exclusion and push for any relief to be limited to one year", "indirect", *MO, "said"),
        Q("Since 2018, the Commerce Department has received more than 4,000 exclusion requests for aluminum products", "indirect", ETA, "organization", None, "according to"),
        Q("About 48% were granted in full or in part", "indirect", ETA, "organization", None, "said"),
        Q("the department was considering a range of options, from reinstating a batch of lapsed exclusions to creating a so-called general approved exclusion for specific can sheet alloys, which would spare importers from filing individual requests", "indirect", SRC, "anonymous", None, "said"),
        Q("A decision on the broader approach is not expected before the end of the summer", "indirect", "one of the sources", "anonymous", None, "said"),
        Q("it now took between six and eight weeks longer than before the pandemic to get some grades of sheet delivered from overseas mills", "indirect", *CB, "said"),
    ],
    "figures": [
        F("10%", 10, "%", "percent", None, "U.S.", occurrence=1),
        F("two people", 2, "people", "count", None, None),
        F("10%", 10, "%", "percent", None, "aluminum imports", occurrence=2),
        F("25%", 25, "%", "percent", None, "steel", occurrence=1),
        F("about $1.3 billion", 1300000000, "$", "money", "about", "American Beverage Packaging Council members"),
        F("roughly 60%", 60, "%", "percent", "roughly", "U.S. mills"),
        F("more than 100 billion units", 100000000000, "units", "count", "more than", "U.S. can shipments"),
        F("At least three U.S. mills", 3, "mills", "count", "At least", "U.S."),
        F("about $2.5 billion", 2500000000, "$", "money", "about", "U.S. mills"),
        F("one year", 1, "years", "duration", None, None),
        F("more than 4,000 exclusion requests", 4000, "requests", "count", "more than", "Commerce Department"),
        F("About 48%", 48, "%", "percent", "About", "exclusion requests"),
        F("18 months", 18, "months", "duration", None, None),
        F("about 25%", 25, "%", "percent", "about", "Aluminum prices"),
        F("above $4,000", 4000, "$", "money", "above", "Aluminum prices"),
        F("between six and eight weeks", 6, "weeks", "duration", None, None),
    ],
    "events": [
        E("two people familiar with the matter said", "2022-06-08", "on Wednesday"),
        E("The review, which could be announced", "2022-06-13", "as early as next week"),
        E("The 10% tariff on aluminum imports, along with a 25% duty on steel, was imposed", "2018", "in 2018"),
        E("its members paid about $1.3 billion in tariffs on aluminum sheet", "2018", "between 2018 and the end of last year"),
        E("U.S. mills supplied roughly 60% of the can sheet used domestically", "2021", "last year"),
        E("Canadian imports are exempt under a 2019 agreement", "2019", "2019"),
        E("Demand for cans has surged", "2020", "since 2020"),
        E("U.S. can shipments rose to more than 100 billion units", "2021", "last year"),
        E("At least three U.S. mills have announced expansions of can sheet lines", "2021", "since 2021"),
        E("the Commerce Department has received more than 4,000 exclusion requests for aluminum products", "2018", "Since 2018"),
        E("a record high above $4,000 a tonne reached", "2022-03", "in early March"),
    ],
}

# ---------------------------------------------------------------------------
# 03 RBA rate rise (The Sydney Ledger, Tuesday 2022-09-06)
RBA = "Reserve Bank of Australia"
TM = ("Tessa Morrow", "person", "chief economist")
GT = ("Gregory Tan", "person", "head of Asia-Pacific rates strategy")
LF = ("Lisa Fenwick", "person", "Real estate agent")
ARTICLES["03_rba-rate-rise"] = {
    "published": "2022-09-06",
    "published_basis": "Inferred (no dateline or date line): the RBA lifted the cash rate 'on Tuesday', a 'fifth straight' rise 'since May' after its monthly board meeting (May, June, July, August, September 2022), wage data 'over the year to June', '© 2022 The Sydney Ledger'; the board meets 'on the first Tuesday of next month', so the decision was the first Tuesday of September 2022 = 2022-09-06, read as the publication day; agrees with writer.tsv",
    "outlet": "The Sydney Ledger",
    "quotes": [
        Q("more rises are coming", "indirect", RBA, "organization", None, "warns"),
        Q("it was not yet done", "indirect", RBA, "organization", None, "signalled"),
        Q("inflation in Australia was \"too high\" and was expected to peak later this year before falling back towards its 2 to 3 per cent target range over the next two years", "mixed", RBA, "organization", None, "said"),
        Q("The board expects to increase interest rates further over the months ahead, but it is not on a pre-set path,", "direct", RBA, "organization", None, "said"),
        Q("the size and timing of future moves would depend on incoming data and on how households responded to higher borrowing costs", "indirect", RBA, "organization", None, "adding"),
        Q("Since May, repayments on the same loan have risen by more than $630 a month", "indirect", "LoanLens", "organization", None, "according to"),
        Q("the bank was walking a narrow path", "indirect", *TM, "said"),
        Q("The RBA is trying to get inflation down without tipping the economy into a recession, and they have less room to manoeuvre than they did three months ago,", "direct", *TM, "said"),
        Q("A lot of borrowers who took out loans at record-low fixed rates in 2020 and 2021 have not yet felt any of this. Those fixed terms start rolling off next year, and that is when the real squeeze arrives.", "direct", *TM, None),
        Q("I would not be surprised to see one more 50 point move and then a shift down to quarter-point steps.", "direct", *TM, None),
        Q("she expected the cash rate to peak between 3.1 and 3.35 per cent early next year", "indirect", *TM, "said"),
        Q("the RBA had \"done a lot of heavy lifting already\" and should give the earlier increases time to work through the economy", "mixed", *GT, "said"),
        Q("wage growth, at 2.6 per cent over the year to June, remained well below inflation of 6.1 per cent, meaning real incomes were still falling", "indirect", *GT, "said"),
        Q("consumer spending, which had held up through winter, was likely to slow sharply before Christmas", "indirect", *GT, "said"),
        Q("the government understood \"the pressure that families are under\"", "mixed", "The Treasurer's office", "organization", None, "said"),
        Q("the government had no plan to deal with the cost of living", "indirect", "The Opposition", "organization", None, "said"),
        Q("Labor of \"sitting on its hands\" while mortgage holders paid the price", "mixed", "the Opposition's finance spokesman", "anonymous", "finance spokesman", "accused"),
        Q("buyers at weekend auctions were \"doing the sums twice\" before bidding", "mixed", *LF, "said"),
        Q("People are still buying, but nobody wants to stretch anymore. Six months ago, everyone was talking about how much they could borrow. Now they ask how much they can afford if rates go up another 1 per cent,", "direct", *LF, "said"),
    ],
    "figures": [
        F("2.35 per cent", 2.35, "%", "percent", None, "the official cash rate"),
        F("2.25 percentage points", 2.25, "%", "percent", None, RBA),
        F("2 to 3 per cent", 2, "%", "percent", None, "inflation target range"),
        F("two years", 2, "years", "duration", None, None),
        F("24 economists", 24, "economists", "count", None, "Meridian Analytics survey"),
        F("19", 19, "economists", "count", None, None),
        F("50 basis point", 50, "basis points", "percent", None, None),
        F("five", 5, "economists", "count", None, None),
        F("25 basis points", 25, "basis points", "percent", None, None),
        F("$500,000", 500000, "$", "money", None, "mortgage"),
        F("about $140", 140, "$", "money", "about", "monthly repayments"),
        F("more than $630", 630, "$", "money", "more than", "repayments"),
        F("50 point", 50, "basis points", "percent", None, None),
        F("between 3.1 and 3.35 per cent", 3.1, "%", "percent", None, "the cash rate"),
        F("2.6 per cent", 2.6, "%", "percent", None, "wage growth"),
        F("6.1 per cent", 6.1, "%", "percent", None, "inflation"),
        F("0.3 per cent", 0.3, "%", "percent", None, "S&P/ASX 200"),
        F("6,860.9 points", 6860.9, "points", "count", None, "S&P/ASX 200"),
        F("above US68 cents", 0.68, "USD", "money", "above", "the Australian dollar"),
        F("67.9 US cents", 0.679, "USD", "money", None, "the Australian dollar"),
        F("about 3.6 per cent", 3.6, "%", "percent", "about", "peak cash rate"),
        F("nearly 3.9 per cent", 3.9, "%", "percent", "nearly", "peak cash rate"),
        F("four consecutive months", 4, "months", "duration", None, "National home values"),
        F("almost 7 per cent", 7, "%", "percent", "almost", "Sydney"),
        F("about 4 per cent", 4, "%", "percent", "about", "Melbourne"),
        F("1 per cent", 1, "%", "percent", None, "rates", occurrence=2),
    ],
    "events": [
        E("the Reserve Bank of Australia lifted the cash rate by half a percentage point", "2022-09-06", "on Tuesday"),
        E("its highest level", "2014", "since late 2014"),
        E("the bank has now raised rates by 2.25 percentage points", "2022-05", "since May"),
        E("was expected to peak", "2022", "later this year"),
        E("the 24 economists surveyed by the financial data firm Meridian Analytics", "2022-08-29", "last week"),
        E("repayments on the same loan have risen by more than $630 a month", "2022-05", "Since May"),
        E("they have less room to manoeuvre than they did", "2022-06", "three months ago"),
        E("A lot of borrowers who took out loans at record-low fixed rates", "2020", "in 2020 and 2021"),
        E("Those fixed terms start rolling off", "2023", "next year"),
        E("the cash rate to peak between 3.1 and 3.35 per cent", "2023", "early next year"),
        E("consumer spending, which had held up through winter, was likely to slow sharply", "2022-12-25", "before Christmas"),
        E("Futures pricing at the close implied a peak cash rate of about 3.6 per cent", "2023", "by mid-2023"),
        E("down from nearly 3.9 per cent", "2022-08-30", "a week earlier"),
        E("the upcoming budget, due", "2022-10", "next month"),
        E("property data published", "2022-08-29", "last week"),
        E("its peak", "2022-01", "in January"),
        E("everyone was talking about how much they could borrow", "2022-03", "Six months ago"),
        E("The RBA board meets again", "2022-10-04", "on the first Tuesday of next month"),
        E("Its governor is due to appear before a parliamentary committee", "2022-09-05", "later this week"),
        E("rates were unlikely to rise", "2024", "until 2024"),
    ],
}

# ---------------------------------------------------------------------------
# 04 Southampton dock strike (unnamed British paper, Friday 2022-08-19)
KW = ("Karen Whitlow", "person", "regional officer for the docks")
SCS = "Solent Container Services"
JO = ("James Ogunleye", "person", "managing director")
ARTICLES["04_southampton-dock-strike"] = {
    "published": "2022-08-19",
    "published_basis": "Metadata line at the top of the text: 'date 2022-08-19' (a Friday); Unite announced the ballot result 'on Friday'; strike 'later this month' from 28 August; agrees with writer.tsv",
    "outlet": None,
    "quotes": [
        Q("could add weeks to delivery times for goods ranging from car parts to Christmas stock", "indirect", "shipping companies", "anonymous", None, "warn"),
        Q("Crane drivers, lashers and machine operators voted by 91% to take industrial action after rejecting a pay offer worth 7% plus a one-off payment of £500", "indirect", "Unite", "organization", None, "said"),
        Q("the company had “misjudged the mood” of a workforce that kept the port running through the pandemic", "mixed", *KW, "said"),
        Q("With RPI inflation at 12.3%, a 7% offer is a real-terms pay cut, however the company dresses it up,", "direct", *KW, "said"),
        Q("Our members moved record volumes through this terminal during the pandemic, while the operator and its parent made hundreds of millions in profit. They are now being asked to accept that their living standards should fall.", "direct", *KW, "said"),
        Q("the offer was “fair and sensible” and that it had already raised basic pay by 4% last year", "mixed", SCS, "organization", None, "said"),
        Q("the average annual salary at the terminal, including overtime, was about £41,000", "indirect", SCS, "organization", None, "said"),
        Q("We remain open to talks,", "direct", "a spokesperson for the company", "anonymous", None, "said"),
        Q("but the union must recognise the very significant cost pressures the business is under.", "direct", "a spokesperson for the company", "anonymous", None, "said"),
        Q("they may skip Southampton during the strike and unload UK-bound cargo in Rotterdam or Antwerp, from where it would be shipped across the North Sea on smaller feeder vessels", "indirect", "Two of the world’s largest container lines", "anonymous", None, "told customers"),
        Q("that could add between 10 days and three weeks to delivery times", "indirect", "Freight forwarders", "anonymous", None, "said"),
        Q("his clients, mostly furniture and electronics retailers, were already trying to pull forward shipments", "indirect", *JO, "said"),
        Q("September is when the Christmas stock lands, so this could not come at a worse moment,", "direct", *JO, "said"),
        Q("We have been through Covid, the Suez blockage and the container shortage. People are tired, but everyone is getting the phone out and working out a plan B.", "direct", *JO, "said"),
        Q("it was concerned about the potential disruption", "indirect", "The British Ports Association", "organization", None, "said"),
        Q("both sides to return to negotiations through the conciliation service Acas", "indirect", "The British Ports Association", "organization", None, "urged"),
        Q("it was “a matter for the company and the union” but that ministers were monitoring the situation closely", "mixed", "A spokesperson for the Department for Transport", "anonymous", None, "said"),
        Q("a strike of eight days could cause backlogs lasting nearly a month once diverted ships returned, as vessels that had bunched up in continental ports all arrived in the Solent at once", "indirect", "Analysts at the consultancy Harcourt Maritime", "anonymous", None, "said"),
        Q("It is not the eight days you should be worried about. It is the month after,", "direct", "Priya Lal", "person", "senior analyst", "said"),
        Q("further strike dates could be announced if the dispute was not resolved by the end of September", "indirect", "Unite", "organization", None, "said"),
    ],
    "figures": [
        F("eight days", 8, "days", "duration", None, "Southampton dockers", occurrence=1),
        F("7%", 7, "%", "percent", None, "pay offer", occurrence=1),
        F("more than 1,200 workers", 1200, "workers", "count", "more than", "Southampton container terminal"),
        F("More than 1,200 workers", 1200, "workers", "count", "More than", "Southampton container terminal"),
        F("eight-day", 8, "days", "duration", None, "strike"),
        F("91%", 91, "%", "percent", None, "workers"),
        F("7%", 7, "%", "percent", None, "pay offer", occurrence=2),
        F("£500", 500, "GBP", "money", None, "pay offer"),
        F("84%", 84, "%", "percent", None, "Turnout"),
        F("12.3%", 12.3, "%", "percent", None, "RPI inflation"),
        F("7%", 7, "%", "percent", None, "offer", occurrence=3),
        F("4%", 4, "%", "percent", None, SCS, occurrence=2),
        F("about £41,000", 41000, "GBP", "money", "about", "average annual salary"),
        F("roughly 1.9m twenty-foot equivalent units", 1900000, "units", "count", "roughly", "Southampton"),
        F("about £90m", 90000000, "GBP", "money", "about", "goods"),
        F("Two", 2, "lines", "count", None, None),
        F("between 10 days and three weeks", 10, "days", "duration", None, "delivery times"),
        F("three days", 3, "days", "duration", None, "Rail workers"),
        F("40ft", 40, "ft", "count", None, "container"),
        F("about $7,800", 7800, "$", "money", "about", "container shipping cost"),
        F("more than $14,000", 14000, "$", "money", "more than", "container shipping cost"),
        F("eight days", 8, "days", "duration", None, "strike", occurrence=2),
        F("eight days", 8, "days", "duration", None, "strike", occurrence=3),
    ],
    "events": [
        E("more than 1,200 workers are due to strike", "2022-08", "from the end of the month"),
        E("More than 1,200 workers at Southampton’s container terminal are to stage an eight-day strike", "2022-08", "later this month"),
        E("the union Unite said", "2022-08-19", "on Friday"),
        E("The strike is due to begin", "2022-08-28", "on 28 August"),
        E("and run", "2022-09-05", "until 5 September"),
        E("it had already raised basic pay by 4%", "2021", "last year"),
        E("the Christmas stock lands", "2022-09", "September"),
        E("Rail workers held three days of national strikes", "2022-06", "in June"),
        E("are due to strike again", "2022-08-22", "next week"),
        E("Container shipping rates have fallen sharply from last year’s peaks", "2021", "last year’s"),
        E("The cost of moving a 40ft container from Shanghai to northern Europe stood at about $7,800", "2022-08-15", "this week"),
        E("down from more than $14,000", "2021-09", "in September 2021"),
        E("further strike dates could be announced if the dispute was not resolved", "2022-09", "by the end of September"),
    ],
}

# ---------------------------------------------------------------------------
# 05 Holiday flight cancellations (AP, Monday 2021-12-27)
LSA = "Lone Star Airways"
DO = ("Danielle Ortega", "person", "spokesperson")
TG = ("Tamika Greer", "person", None)
HL = ("Howard Liang", "person", "aviation consultant")
AIG = "Airline industry groups"
ARTICLES["05_holiday-flight-cancellations"] = {
    "published": "2021-12-27",
    "published_basis": "Inferred: AP story about cancellations 'on Monday' extending the meltdown 'into a fourth day' (Friday Dec. 24 to Monday), after 'roughly 1,500 U.S. cancellations on Sunday and more than 1,000 on Christmas Day'; the photo caption is dated 'Sunday, Dec. 26, 2021' (the day before); 'Copyright 2021'; so Monday 2021-12-27; agrees with writer.tsv",
    "outlet": "The Associated Press",
    "quotes": [
        Q("By midafternoon Eastern time, about 1,350 flights within, into or out of the United States had been scrapped", "indirect", "AirStat", "organization", None, "according to"),
        Q("Worldwide, the number of canceled flights since Friday has topped 8,000", "indirect", "AirStat", "organization", None, "said"),
        Q("We're deeply sorry to our customers whose holiday plans have been disrupted,", "direct", LSA, "organization", None, "said"),
        Q("The nationwide spike in Omicron cases has had a direct impact on our flight crews and the people who run our operation.", "direct", LSA, "organization", None, "said"),
        Q("it had canceled 212 of its roughly 2,900 scheduled flights on Monday, or about 7%", "indirect", LSA, "organization", None, "said"),
        Q("It canceled about 30% of its schedule on Sunday and at least 24% on Monday", "indirect", "AirStat", "organization", None, "according to"),
        Q("snow and ice at its Denver hub had compounded its staffing problems", "indirect", "Meridian Air", "organization", None, "said"),
        Q("It's a double whammy,", "direct", *DO, "said"),
        Q("We had a lot of crew members out sick going into the weekend, and then the storm meant the crews we did have ended up in the wrong places.", "direct", *DO, "said"),
        Q("the airline expected to operate a more normal schedule by Wednesday", "indirect", *DO, "said"),
        Q("further cancellations were possible if the weather did not improve", "indirect", *DO, "warned"),
        Q("her Sunday flight was canceled shortly before boarding and that the next available seat was not until Thursday", "indirect", *TG, "said"),
        Q("They told us to check the app, and the app told us to call, and the phone line told us to check the app,", "direct", *TG, "said"),
        Q("I've spent more time on hold in the last two days than I spent with my family.", "direct", *TG, "said"),
        Q("they had given up on flying altogether, renting cars for trips of several hundred miles", "indirect", "Some travelers", "anonymous", None, "said"),
        Q("airlines cut too deeply during the pandemic and were too slow to rehire", "indirect", "Pilot unions", "anonymous", None, "warned"),
        Q("federal health officials to cut the recommended isolation period for fully vaccinated workers who test positive from 10 days to five", "indirect", AIG, "anonymous", None, "asked"),
        Q("the current guidance could worsen staffing shortages", "indirect", AIG, "anonymous", None, "arguing"),
        Q("it put crews at risk", "indirect", "Some union leaders", "anonymous", None, "saying"),
        Q("it was working with airlines to manage the disruption and that air traffic control staffing was \"not a factor\" in Monday's cancellations", "mixed", "The Federal Aviation Administration", "organization", None, "said"),
        Q("the disruptions were likely to continue through the New Year's weekend, one of the busiest travel periods of the year", "indirect", "Analysts", "anonymous", None, "said"),
        Q("Airlines build these holiday schedules months in advance assuming a certain number of people will call in sick,", "direct", *HL, "said"),
        Q("Nobody built a schedule assuming 10 or 15% of a crew base would be out at once.", "direct", *HL, "said"),
    ],
    "figures": [
        F("more than 1,300 U.S. flights", 1300, "flights", "count", "more than", "Airlines"),
        F("about 1,350 flights", 1350, "flights", "count", "about", "United States"),
        F("nearly 5,000", 5000, "flights", "count", "nearly", "United States"),
        F("roughly 1,500 U.S. cancellations", 1500, "cancellations", "count", "roughly", "U.S."),
        F("more than 1,000", 1000, "cancellations", "count", "more than", "U.S."),
        F("8,000", 8000, "flights", "count", None, None),
        F("212", 212, "flights", "count", None, LSA),
        F("roughly 2,900 scheduled flights", 2900, "flights", "count", "roughly", LSA),
        F("about 7%", 7, "%", "percent", "about", LSA),
        F("264", 264, "flights", "count", None, LSA),
        F("about 30%", 30, "%", "percent", "about", "Meridian Air"),
        F("at least 24%", 24, "%", "percent", "at least", "Meridian Air"),
        F("two children", 2, "children", "count", None, "Tamika Greer"),
        F("two days", 2, "days", "duration", None, "Tamika Greer"),
        F("about $54 billion", 54000000000, "$", "money", "about", "Airlines"),
        F("10 days", 10, "days", "duration", None, "isolation period"),
        F("five", 5, "days", "duration", None, "isolation period"),
        F("about 2.1 million people", 2100000, "people", "count", "about", "Transportation Security Administration"),
        F("more than 2.2 million", 2200000, "people", "count", "more than", "Transportation Security Administration"),
        F("10 or 15%", 10, "%", "percent", None, "crew base"),
    ],
    "events": [
        E("Travelers wait in line at a ticket counter at Dallas/Fort Worth International Airport in Grapevine, Texas", "2021-12-26", "Sunday, Dec. 26, 2021"),
        E("Airlines canceled more than 1,300 U.S. flights", "2021-12-27", "on Monday"),
        E("That followed roughly 1,500 U.S. cancellations", "2021-12-26", "on Sunday"),
        E("more than 1,000", "2021-12-25", "on Christmas Day"),
        E("the number of canceled flights since Friday has topped 8,000", "2021-12-24", "since Friday"),
        E("Dallas-based Lone Star Airways said in a post on Twitter", "2021-12-27", "on Monday morning"),
        E("it had canceled 212 of its roughly 2,900 scheduled flights", "2021-12-27", "on Monday"),
        E("It canceled about 30% of its schedule", "2021-12-26", "on Sunday"),
        E("at least 24%", "2021-12-27", "on Monday"),
        E("the airline expected to operate a more normal schedule", "2021-12-29", "by Wednesday"),
        E("her Sunday flight was canceled shortly before boarding", "2021-12-26", "Sunday"),
        E("the next available seat", "2021-12-30", "until Thursday"),
        E("thousands of employees took buyouts or early retirement", "2020", "in 2020"),
        E("asked federal health officials to cut the recommended isolation period for fully vaccinated workers who test positive from 10 days to five", "2021-12-20", "last week"),
        E("The Transportation Security Administration screened about 2.1 million people at airport checkpoints", "2021-12-26", "on Sunday"),
        E("a pandemic-era high of more than 2.2 million", "2021-12-20", "last week"),
        E("well above last year's levels", "2020", "last year's"),
        E("the disruptions were likely to continue", "2022-01-01", "through the New Year's weekend"),
    ],
}

# ---------------------------------------------------------------------------
# 06 Copper mine divestment order (Pacific News Online, Saturday 2023-02-25)
ISED = "Innovation, Science and Economic Development Canada"
BRM = "Bulkley Ridge Minerals Ltd."
GM = ("Gordon McAllister", "person", "Chief executive")
EV = ("Elena Vasquez", "person", "mining analyst")
SGO = "A senior government official"
ARTICLES["06_copper-mine-divestment-order"] = {
    "published": "2023-02-25",
    "published_basis": "Lead-video line 'WATCH: Ottawa orders sale of foreign stake in B.C. copper mine – Feb 25, 2023'; the department's statement was 'released late Friday' (2023-02-24) and McAllister spoke on a call 'Saturday morning'; '© 2023'; 2023-02-25 was a Saturday; agrees with writer.tsv",
    "outlet": "Pacific News Online",
    "quotes": [
        Q("the order followed a national security review under the Investment Canada Act", "indirect", ISED, "organization", None, "said"),
        Q("the order applies to Hong Kong-registered Jinhai Pacific Resources, which holds 19.9 per cent of its shares", "indirect", BRM, "organization", None, "confirmed"),
        Q("Jinhai has 90 days to divest", "indirect", BRM, "organization", None, "according to"),
        Q("Canada welcomes foreign investment that creates jobs and supports economic growth,", "direct", ISED, "organization", None, "said"),
        Q("but we will act decisively when an investment could be injurious to our national security, including the security of our critical mineral supply chains.", "direct", ISED, "organization", None, "said"),
        Q("the review had been conducted with the support of Canada’s security and intelligence agencies", "indirect", ISED, "organization", None, "said"),
        Q("it was prohibited by law from disclosing information about specific reviews", "indirect", ISED, "organization", None, "saying"),
        Q("the deposit holds about 2.1 billion pounds of copper", "indirect", BRM, "organization", None, "estimates"),
        Q("the company would comply with the order and had already begun talking to “a number of interested parties” about taking up the shares", "mixed", *GM, "said"),
        Q("This doesn’t change our plans for the project,", "direct", *GM, "told reporters"),
        Q("If anything, it clears up a question mark that has been hanging over us for the better part of a year.", "direct", *GM, "told reporters"),
        Q("the company had not been told why the stake was considered a risk and that Jinhai had never sought a board seat or access to technical data beyond what was publicly available", "indirect", *GM, "said"),
        Q("We took their money in good faith in 2021. The rules have changed since then, and we’ll work within the new rules,", "direct", *GM, "said"),
        Q("it would approve takeovers of Canadian firms in the sector by state-owned enterprises only “on an exceptional basis.”", "mixed", "Ottawa", "organization", None, "saying"),
        Q("Canada was “politicizing normal commercial co-operation” and using national security “as a pretext” to discriminate against Chinese companies", "mixed", "The Chinese embassy in Ottawa", "organization", None, "said"),
        Q("the decision was driven by the company’s ownership rather than by any specific conduct", "indirect", SGO, "anonymous", None, "said"),
        Q("It’s about who ultimately controls the capital, and what obligations they have to a foreign government,", "direct", SGO, "anonymous", None, "said"),
        Q("the orders create uncertainty for junior companies, which often rely on Asian investors to finance early exploration", "indirect", "Mining analysts", "anonymous", None, "said"),
        Q("the pool of money available to small-cap miners had shrunk since Ottawa’s policy change", "indirect", *EV, "said"),
        Q("the new rules as “a clear signal with very blurry edges,”", "mixed", *EV, "described"),
        Q("companies still did not know where the line was for investors from other countries", "indirect", *EV, "saying"),
        Q("she expected a Canadian or allied buyer to emerge quickly, given the size of the stake and the project’s stage of development", "indirect", *EV, "said"),
        Q("it expected to provide an update on the sale process by the end of March", "indirect", BRM, "organization", None, "said"),
    ],
    "figures": [
        F("19.9 per cent", 19.9, "%", "percent", None, "Jinhai Pacific Resources"),
        F("90 days", 90, "days", "duration", None, "Jinhai"),
        F("about C$42 million", 42000000, "CAD", "money", "about", "The stake"),
        F("about 60 kilometres", 60, "kilometres", "count", "about", "mine"),
        F("about 2.1 billion pounds", 2100000000, "pounds", "count", "about", "the deposit"),
        F("an estimated US$1.4 billion", 1400000000, "USD", "money", "an estimated", "Construction"),
        F("at least four foreign investors", 4, "investors", "count", "at least", "Ottawa"),
        F("31 critical minerals", 31, "minerals", "count", None, "Canada"),
        F("87 cents", 0.87, "$", "money", None, "Shares of Bulkley Ridge"),
        F("nearly 30 per cent", 30, "%", "percent", "nearly", "The stock"),
        F("12 months", 12, "months", "duration", None, "The stock"),
    ],
    "events": [
        E("Innovation, Science and Economic Development Canada said in a statement released", "2023-02-24", "late Friday"),
        E("a final investment decision had been expected", "2024", "in 2024"),
        E("McAllister told reporters on a conference call", "2023-02-25", "Saturday morning"),
        E("We took their money in good faith", "2021", "in 2021"),
        E("Ottawa tightened its policy on foreign investment in critical minerals", "2022", "in the fall of 2022"),
        E("Shares of Bulkley Ridge closed at 87 cents on the TSX Venture Exchange", "2023-02-24", "on Friday"),
        E("it expected to provide an update on the sale process", "2023-03", "by the end of March"),
    ],
}


def main():
    key_order = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]
    for name, ann in ARTICLES.items():
        doc = {"article": name + ".txt"}
        doc.update(ann)
        doc = {k: doc[k] for k in key_order}
        path = os.path.join(ROOT, name + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", os.path.relpath(path, ROOT))


if __name__ == "__main__":
    main()
