#!/usr/bin/env python3
"""Write the hand-made annotations of gold-fresh203 to JSON (one file per article).

All quotes, figures and events below were written by hand after reading each article;
this script only serialises them. Schema: /work/shared/gold/SCHEMA.md.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def Q(text, kind, speaker, stype, role, cue, occ=None):
    d = {"text": text}
    if occ is not None:
        d["occurrence"] = occ
    d.update(kind=kind, speaker=speaker, speaker_type=stype, role=role, cue=cue)
    return d


def F(text, value, unit, cat, approx, subject, occ=None):
    d = {"text": text}
    if occ is not None:
        d["occurrence"] = occ
    d.update(value=value, unit=unit, category=cat, approx=approx, subject=subject)
    return d


def E(text, date, date_text, occ=None):
    d = {"text": text}
    if occ is not None:
        d["occurrence"] = occ
    d.update(date=date, date_text=date_text)
    return d


ART = {}

# ---------------------------------------------------------------- 01
HR = ("Dale Hruska", "person", "manager")
BM = ("Brenda Makowsky", "person", None)
OT = ("Owen Tkachuk", "person", "general manager")
CB = ("Colleen Bernatchez", "person", "Provincial Agriculture Minister")
KO = ("Karen Ostrowski", "person", "agricultural economist")
ART["01_prairie-drought-cattle"] = dict(
    published="2021-07-29",
    published_basis="Metadata line 'Published Thursday, July 29, 2021 4:38PM CST' (2021-07-29 was a Thursday); body has Hruska speaking 'in an interview Thursday'; agrees with writer.tsv",
    outlet="CTV News (The Canadian Press)",
    quotes=[
        Q("the yard handled about 4,300 head of cattle last week, more than double what it would typically see at the end of July", "indirect", *HR, "said"),
        Q("We've got guys bringing in cows they've had for eight, nine years. These are the core of their herd,", "direct", *HR, "said"),
        Q("Nobody wants to do this. They're doing it because there's nothing left to feed them.", "direct", *HR, "said"),
        Q("Hay yields in some areas are down by half or more", "indirect", "producers", "anonymous", None, "say"),
        Q("the couple sold 60 cows on Monday and expect to sell more before fall", "indirect", *BM, "said"),
        Q("You do the math on buying hay at these prices and trucking it 600 kilometres, and it doesn't work,", "direct", *BM, "said"),
        Q("We'd be paying more to keep a cow over the winter than she's worth.", "direct", *BM, "said"),
        Q("the family has been ranching the same land since 1911 and has never sold this deep into the herd", "indirect", *BM, "said"),
        Q('the mood among neighbours as "grim, but stubborn."', "mixed", *BM, "described"),
        Q("they would look at assistance under the AgriRecovery framework, a cost-shared disaster program", "indirect", "The federal and provincial governments", "organization", None, "said"),
        Q("the drought could cost the province's cattle sector more than $300 million this year", "indirect", "The Saskatchewan Stock Growers Association", "organization", None, "estimates"),
        Q("that figure included crop losses and was not directly comparable", "indirect", *OT, "said"),
        Q("Whatever the final number is,", "direct", *OT, "said"),
        Q("it's big, and it's going to take years to rebuild.", "direct", *OT, "said"),
        Q('officials were "working closely with provincial counterparts to assess the impacts" and that an announcement could come "in the coming weeks."', "mixed", "A spokesperson for Agriculture and Agri-Food Canada", "anonymous", None, "said"),
        Q("Saskatchewan had already opened some Crown land for emergency grazing and haying and was doubling the maximum loan available through a provincial livestock program to $5,000", "indirect", *CB, "told reporters"),
        Q("the province was pressing Ottawa to move quickly", "indirect", *CB, "said"),
        Q('ranchers "can\'t wait until November to know if help is coming."', "mixed", *CB, "adding"),
        Q("the sell-off could have effects well beyond this year", "indirect", "Economists", "anonymous", None, "say"),
        Q("In the short run you get a lot of cattle coming to market and that can soften prices for feeder cattle,", "direct", *KO, "said"),
        Q("But a year or two out, you could see tighter supply, and that tends to show up eventually at the grocery store.", "direct", *KO, "said"),
        Q("The Canadian beef herd has been shrinking slowly for more than a decade", "indirect", *KO, "noted"),
        Q("a shock of this size could accelerate that trend", "indirect", *KO, "noted"),
        Q("he expected sales to remain heavy through August", "indirect", *HR, "said"),
        Q("It's busy, but it's not the kind of busy you want,", "direct", *HR, "said"),
    ],
    figures=[
        F("about 4,300 head of cattle", 4300, "head", "count", "about", "Swift Current livestock mart"),
        F("eight, nine years", 8, "years", "duration", None, None),
        F("less than 40 per cent", 40, "%", "percent", "less than", "southern Prairies"),
        F("40 C", 40, "C", "count", None, None),
        F("roughly $80", 80, "$", "money", "roughly", "hay"),
        F("between $180 and $250", 180, "$", "money", None, "hay"),
        F("about 220 cow-calf pairs", 220, "pairs", "count", "about", "Brenda Makowsky"),
        F("60 cows", 60, "cows", "count", None, "Brenda Makowsky"),
        F("600 kilometres", 600, "kilometres", "count", None, None),
        F("more than $300 million", 300000000, "$", "money", "more than", "Saskatchewan cattle sector"),
        F("closer to $1 billion", 1000000000, "$", "money", "closer to", "Prairies"),
        F("$5,000", 5000, "$", "money", None, "Saskatchewan"),
        F("close to five years", 5, "years", "duration", "close to", "Prairie herds"),
        F("two dozen extra hands", 24, "hands", "count", None, "Swift Current livestock mart"),
    ],
    events=[
        E("the yard handled about 4,300 head of cattle", "2021-07-19", "last week"),
        E("Hruska said in an interview", "2021-07-29", "Thursday"),
        E("Much of the southern Prairies has had less than 40 per cent of normal rainfall", "2021-04", "since April"),
        E("a heat wave at the end of June pushed daytime temperatures past 40 C in parts of both provinces", "2021-06", "at the end of June"),
        E("the couple sold 60 cows", "2021-07-26", "on Monday"),
        E("the family has been ranching the same land", "1911", "since 1911"),
        E("The federal and provincial governments said earlier this month they would look at assistance under the AgriRecovery framework", "2021-07", "earlier this month"),
        E("the drought could cost the province's cattle sector more than $300 million", "2021", "this year"),
        E("A separate estimate circulated by a farm lobby group", "2021-07-19", "last week"),
        E("Provincial Agriculture Minister Colleen Bernatchez told reporters at the legislature", "2021-07-28", "on Wednesday"),
        E("the drought of 2002, when some Prairie herds took close to five years to rebuild", "2002", "of 2002"),
        E("he expected sales to remain heavy", "2021-08", "through August"),
    ],
)

# ---------------------------------------------------------------- 02
MO = ("Martin Oyelaran", "person", "head of retail analysis at Pellbury")
GP = ("Gwen Pritchard", "person", None)
FG = ("A farmers' group representing dairy producers", "anonymous", None)
SE = ("One senior executive at a large milk processor", "anonymous", None)
ART["02_uk-grocery-inflation-dairy"] = dict(
    published="2022-11-15",
    published_basis="Dated dateline 'LONDON, Nov 15 (Reuters)' with 'industry data showed on Tuesday'; the year is not printed: Nov 15 fell on a Tuesday in 2022 (Monday in 2021, Wednesday in 2023) and the text places Russia's invasion of Ukraine 'in February', compares costs 'with 2021' and looks to 'the end of 2023'; agrees with writer.tsv",
    outlet="Reuters",
    quotes=[
        Q("falling output could keep dairy prices high well into next year", "indirect", "farmers", "anonymous", None, "warned"),
        Q("the average household's annual grocery bill was on course to rise by about 680 pounds ($805) if shoppers did not change what they buy", "indirect", "Pellbury Insight", "organization", None, "said"),
        Q("Shoppers are trading down hard,", "direct", *MO, "said"),
        Q("Own-label ranges are growing at nearly three times the rate of branded goods, and discounters picked up another 0.8 percentage points of market share over the period.", "direct", *MO, "said"),
        Q("retail prices mask a more fragile picture on the farm", "indirect", "Farmers", "anonymous", None, "say"),
        Q("the increase has been swallowed by higher costs for feed, fuel and, above all, fertiliser, which roughly tripled in price after Russia's invasion of Ukraine in February", "indirect", "many", "anonymous", None, "say"),
        Q("her costs had risen by around 30,000 pounds a month compared with 2021", "indirect", *GP, "said"),
        Q("The milk price looks good on paper, but you're running harder just to stand still,", "direct", *GP, "told Reuters"),
        Q("A lot of people my age are looking at the numbers and asking whether it's worth carrying on.", "direct", *GP, "told Reuters"),
        Q("as many as 1,000 dairy farms in Britain could stop milking by the end of 2023", "indirect", *FG, "said"),
        Q("national milk output was running about 2% below last year's level, raising the prospect of tighter supplies of butter and cheese over the winter", "indirect", *FG, "said"),
        Q("they had seen volumes fall by less than that, around 1% to 1.5%", "indirect", "Processors", "anonymous", None, "said"),
        Q('retailers were "nervous" about the risk of gaps on shelves around Christmas but that a shortage was unlikely', "mixed", *SE, "said"),
        Q("There will be milk. The question is what it costs,", "direct", *SE, "said"),
        Q('the government was "monitoring the situation closely"', "mixed", "the Department for Environment, Food and Rural Affairs", "organization", None, "said"),
        Q("would help farm businesses", "indirect", "the Department for Environment, Food and Rural Affairs", "organization", None, "said"),
        Q("food and non-alcoholic drink inflation to be well into double digits", "indirect", "Economists polled by Reuters", "anonymous", None, "expect"),
        Q('he expected grocery inflation to peak "in the next two or three months" before slowly easing', "mixed", *MO, "said"),
        Q("prices were unlikely to fall back to previous levels", "indirect", *MO, "warned"),
        Q("Inflation coming down doesn't mean prices coming down,", "direct", *MO, "said"),
        Q("It means they go up more slowly.", "direct", *MO, "said"),
    ],
    figures=[
        F("14.9%", 14.9, "%", "percent", None, "British grocery price inflation"),
        F("four weeks", 4, "weeks", "duration", None, None),
        F("14.2%", 14.2, "%", "percent", None, "British grocery price inflation"),
        F("four-week", 4, "weeks", "duration", None, None),
        F("about 680 pounds", 680, "GBP", "money", "about", "average household"),
        F("$805", 805, "USD", "money", None, "average household"),
        F("42%", 42, "%", "percent", None, "Milk prices"),
        F("31%", 31, "%", "percent", None, "butter"),
        F("24%", 24, "%", "percent", None, "cheese"),
        F("0.8 percentage points", 0.8, "%", "percent", None, "discounters"),
        F("180 cows", 180, "cows", "count", None, "Gwen Pritchard"),
        F("around 30,000 pounds", 30000, "GBP", "money", "around", "Gwen Pritchard"),
        F("as many as 1,000 dairy farms", 1000, "farms", "count", "as many as", "Britain"),
        F("between 400 and 600", 400, "farms", "count", None, "Britain"),
        F("about 2%", 2, "%", "percent", "about", "national milk output"),
        F("around 1% to 1.5%", 1, "%", "percent", "around", "Processors"),
        F("above 10%", 10, "%", "percent", "above", "UK inflation"),
        F("40-year", 40, "years", "duration", None, None),
        F("two or three months", 2, "months", "duration", None, "grocery inflation"),
    ],
    events=[
        E("British grocery price inflation rose to a record 14.9%", "2022-10-10", "in the four weeks to Nov. 6"),
        E("industry data showed", "2022-11-15", "on Tuesday"),
        E("the firm began tracking grocery prices", "2008", "in 2008"),
        E("the price paid to dairy producers has risen sharply", "2022", "this year"),
        E("Russia's invasion of Ukraine", "2022-02", "in February"),
        E("A farmers' group representing dairy producers said", "2022-11-14", "on Monday"),
        E("as many as 1,000 dairy farms in Britain could stop milking", "2023", "by the end of 2023"),
        E("support announced earlier this year for energy bills", "2022", "earlier this year"),
        E("Official consumer price data, due on Wednesday", "2022-11-16", "on Wednesday"),
    ],
)

# ---------------------------------------------------------------- 03
TS = ("Tony Saliba", "person", "Grower")
MK = ("Maria Kostopoulos", "person", "Wholesaler")
RD = ("Rachel Dunphy", "person", "policy adviser")
ART["03_lettuce-prices-floods"] = dict(
    published="2022-06-08",
    published_basis="Metadata line 'date 2022-06-08' at the top and 'Posted Wed 8 Jun 2022 at 5:47am' (2022-06-08 was a Wednesday); the photo shared 'On Tuesday' fits; agrees with writer.tsv",
    outlet="ABC News (Australia) / ABC Rural",
    quotes=[
        Q("he lost about two-thirds of his winter plantings in the Lockyer Valley", "indirect", *TS, "says"),
        Q("flooding earlier this year wiped out seedlings and delayed planting by up to six weeks", "indirect", "Growers in Queensland and NSW", "anonymous", None, "say"),
        Q("prices should ease by late July, but fuel and fertiliser costs will keep them above last year's levels", "indirect", "Industry figures", "anonymous", None, "say"),
        Q("the February floods, and a second round of heavy rain in May, left some of his paddocks under water for close to a fortnight", "indirect", *TS, "said"),
        Q("We replanted twice. The first lot drowned, the second lot just sat there in the cold and didn't do anything,", "direct", *TS, "said"),
        Q("People see the price in the shop and think the farmer's getting rich. I can tell you, we're not. We've got nothing to sell.", "direct", *TS, None),
        Q("he had lost about two-thirds of his winter plantings, worth somewhere around $400,000 at normal prices", "indirect", *TS, "estimated"),
        Q("a carton of iceberg lettuce that would usually sell for about $20 to $25 had been fetching $70 or more", "indirect", *MK, "said"),
        Q("It's a perfect storm — weather, labour, freight, fertiliser, all at once,", "direct", *MK, "said"),
        Q("I've had regular customers, cafes and burger shops, ring up and say they're taking lettuce off the menu for a month. I don't blame them.", "direct", *MK, None),
        Q("Officially cheaper to buy a steak than make a salad,", "direct", "one Twitter user", "anonymous", None, "wrote"),
        Q("relief is coming, but slowly", "indirect", "Industry body representatives", "anonymous", None, "say"),
        Q("crops planted after the May rain should start coming through in the second half of July, and prices would likely fall “significantly” from there", "mixed", *RD, "said"),
        Q("growers were paying much more for diesel, fertiliser and packaging than a year ago, and that would keep prices higher than shoppers were used to", "indirect", *RD, "said"),
        Q("fertiliser costs for many vegetable farms had more than doubled in 12 months, while diesel was up by about 60 cents a litre", "indirect", *RD, "According to"),
        Q("We're not going back to $2 lettuce,", "direct", *RD, "said"),
        Q("I think people need to be realistic about that.", "direct", *RD, "said"),
        Q("disaster recovery grants of up to $75,000 were available to primary producers in flood-declared areas, and that more than 3,200 applications had been received so far in Queensland and NSW", "indirect", "the federal Agriculture Department", "organization", None, "said"),
        Q("the grants have helped", "indirect", "Growers", "anonymous", None, "say"),
        Q("the paperwork had taken weeks", "indirect", "some, including Mr Saliba", "anonymous", None, "said"),
        Q("he was hoping for a dry, sunny July", "indirect", *TS, "said"),
        Q("If we get a run of good weather, we'll have lettuce again by the end of next month,", "direct", *TS, "said"),
        Q("If we don't, well, I'll be eating a lot of cabbage.", "direct", *TS, None),
    ],
    figures=[
        F("$11", 11, "$", "money", None, "lettuce", occ=1),
        F("as much as $11", 11, "$", "money", "as much as", "iceberg lettuce"),
        F("between $8 and $11", 8, "$", "money", None, "iceberg lettuce"),
        F("up to six weeks", 6, "weeks", "duration", "up to", "planting"),
        F("160 hectares", 160, "hectares", "count", None, "Tony Saliba"),
        F("30 years", 30, "years", "duration", None, "Tony Saliba"),
        F("somewhere around $400,000", 400000, "$", "money", "somewhere around", "Tony Saliba"),
        F("about $20 to $25", 20, "$", "money", "about", "carton of iceberg lettuce"),
        F("$70 or more", 70, "$", "money", "or more", "carton of iceberg lettuce"),
        F("$11.99", 11.99, "$", "money", None, "iceberg lettuce"),
        F("12 months", 12, "months", "duration", None, "fertiliser costs"),
        F("about 60 cents", 0.6, "$", "money", "about", "diesel"),
        F("$2", 2, "$", "money", None, "lettuce", occ=3),
        F("up to $75,000", 75000, "$", "money", "up to", "disaster recovery grants"),
        F("more than 3,200 applications", 3200, "applications", "count", "more than", "disaster recovery grants"),
    ],
    events=[
        E("this year's floods", "2022", "this year's"),
        E("flooding earlier this year wiped out seedlings and delayed planting by up to six weeks", "2022", "earlier this year"),
        E("prices should ease", "2022-07", "by late July"),
        E("the February floods", "2022-02", "February"),
        E("a second round of heavy rain", "2022-05", "in May"),
        E("who has traded at the Sydney Markets at Flemington", "2004", "since 2004"),
        E("a photo of a supermarket price tag showing a single iceberg at $11.99 was shared thousands of times on social media", "2022-06-07", "On Tuesday"),
        E("the May rain", "2022-05", "May"),
        E("crops planted after the May rain should start coming through", "2022-07", "in the second half of July"),
        E("we'll have lettuce again", "2022-07", "by the end of next month"),
    ],
)

# ---------------------------------------------------------------- 04
DH = ("Donal Harrington", "person", None)
CM = ("Caitríona McGinley", "person", "chief executive")
EB = ("Eamon Brophy", "person", "Minister of State")
DS = ("A department spokeswoman", "anonymous", None)
ART["04_irish-fleet-decommissioning"] = dict(
    published="2023-01-20",
    published_basis="No dateline or date line. The text shows only weekdays (skippers met 'on Thursday', minister spoke 'on Tuesday', statement 'on Friday', 'on Friday morning', 'this week'), which put publication on a Friday late in the week of those events, plus '© 2023 Examiner Echo Group Limited', 'a winter weekday', 'last autumn', 'approved last year'; this narrows it to a winter Friday in 2023 but not to one day, so writer.tsv's date (Friday 2023-01-20) is taken",
    outlet="Irish Examiner",
    quotes=[
        Q("the final round of the State’s fleet decommissioning scheme will leave some of the country’s busiest ports with little more than half the boats they had five years ago", "indirect", "Fishermen in Castletownbere and Killybegs", "anonymous", None, "say"),
        Q("once vessels tied up for repairs or lacking crew were taken into account, “closer to 30 than 40” whitefish trawlers over 18 metres would be actively fishing in the spring", "mixed", "A representative of one producer organisation", "anonymous", None, "said"),
        Q("We lost about a quarter of our mackerel and a big chunk of the prawns and the hake. I had five crew and I couldn’t see how I was going to keep paying them,", "direct", *DH, "said"),
        Q("The money was fair enough, I’m not going to pretend otherwise. But you watch a boat you’ve had for 20 years get cut up with a torch on a slipway in Waterford and it takes something out of you.", "direct", *DH, None),
        Q("And it isn’t just me. It’s the lads who worked on her, it’s the man who sold us the ice, the fella who fixed the engine. That’s all gone from the town now.", "direct", *DH, None),
        Q("he expected at least two dozen jobs onshore in the Beara peninsula to go as a result of the boats leaving", "indirect", *DH, "said"),
        Q("the figure is closer to 25 per cent for some key species", "indirect", "The fishing industry", "anonymous", None, "argued"),
        Q("the decommissioning scheme had been “a sticking plaster on a severed limb”", "mixed", *CM, "said"),
        Q("the Government to use the remaining Brexit funding to support the processing sector, which she said employed more than 3,000 people in coastal communities, and to press for a review of the EU’s Common Fisheries Policy “before there’s nothing left to review”", "mixed", *CM, "called for"),
        Q("Boats are one thing. If the factories close, you lose the whole chain, and there is no getting that back,", "direct", *CM, "said"),
        Q("the scheme had been “necessary to rebalance the fleet with the fishing opportunities available to it” and that it would leave those who remained on the water “in a stronger, more viable position”", "mixed", *EB, "said"),
        Q("a separate €45m support for the seafood processing sector had been approved last year and that a further inshore fisheries package would be brought forward “in the coming months”", "mixed", *EB, "said"),
        Q("the scheme was “voluntary and heavily oversubscribed”", "mixed", *DS, "said"),
        Q("82 applications had been received for the available places", "indirect", *DS, "adding"),
        Q("the removal of so many vessels had not increased the quota share of those left behind as much as they had been led to expect", "indirect", "Several skippers who spoke to this newspaper", "anonymous", None, "said"),
        Q("the outcome as “fewer boats chasing the same scraps”", "mixed", "One", "anonymous", None, "described"),
        Q("he still walks down to the harbour most mornings", "indirect", *DH, "said"),
        Q("Habit,", "direct", *DH, "said"),
        Q("You’d miss the smell of it.", "direct", *DH, "said"),
    ],
    figures=[
        F("about €75m", 75000000, "EUR", "money", "about", "decommissioning scheme"),
        F("up to 60 vessels", 60, "vessels", "count", "up to", "decommissioning scheme"),
        F("57 boats", 57, "boats", "count", None, "decommissioning scheme"),
        F("around 40", 40, "boats", "count", "around", "decommissioning scheme"),
        F("closer to 30 than 40", 30, "trawlers", "count", "closer to", "Irish whitefish fleet"),
        F("over 18 metres", 18, "metres", "count", "over", "whitefish trawlers"),
        F("34 years", 34, "years", "duration", None, "Donal Harrington"),
        F("23-metre", 23, "metres", "count", None, "Donal Harrington"),
        F("five crew", 5, "crew", "count", None, "Donal Harrington"),
        F("20 years", 20, "years", "duration", None, "Donal Harrington"),
        F("at least two dozen jobs", 24, "jobs", "count", "at least", "Beara peninsula"),
        F("about 15 per cent", 15, "%", "percent", "about", "Ireland"),
        F("closer to 25 per cent", 25, "%", "percent", "closer to", "some key species"),
        F("more than 3,000 people", 3000, "people", "count", "more than", "processing sector"),
        F("€45m", 45000000, "EUR", "money", None, "seafood processing sector"),
        F("82 applications", 82, "applications", "count", None, "decommissioning scheme"),
        F("four trawlers", 4, "trawlers", "count", None, "Castletownbere"),
        F("up to 20", 20, "trawlers", "count", "up to", "Castletownbere"),
    ],
    events=[
        E("the boats they had", "2018", "five years ago"),
        E("Skippers met Department of Agriculture, Food and the Marine officials in Co Donegal", "2023-01-19", "on Thursday"),
        E("the remainder due to be scrapped", "2023-02", "by the end of next month"),
        E("A representative of one producer organisation said", "2023-01-16", "this week"),
        E("the Trade and Cooperation Agreement struck between the UK and the EU", "2020", "at the end of 2020"),
        E("Ireland is to hand back about 15 per cent of the value of its fish quotas", "2026", "by 2026"),
        E("Killybegs Fishermen’s Organisation chief executive Caitríona McGinley said", "2023-01-19", "on Thursday"),
        E("Minister of State Eamon Brophy, speaking in the Dáil", "2023-01-17", "on Tuesday"),
        E("a separate €45m support for the seafood processing sector had been approved", "2022", "last year"),
        E("A department spokeswoman said in a statement", "2023-01-20", "on Friday"),
        E("four trawlers lay alongside the pier", "2023-01-20", "on Friday morning"),
        E("up to 20 might have been tied up on a winter weekday", "2013", "a decade ago"),
    ],
)

# ---------------------------------------------------------------- 05
WP = ("Wade Pardy", "person", "harvester")
UN = ("the union representing harvesters", "organization", None)
LK = ("Lorraine Keeping", "person", "executive director")
DW = ("Derrick Walsh", "person", "Fisheries Minister")
SG = ("Sheila Genge", "person", "plant worker")
ART["05_nl-snow-crab-tie-up"] = dict(
    published="2023-04-17",
    published_basis="Line 'Posted April 17, 2023 3:21 pm' (2023-04-17 was a Monday); lead reports the rally 'on Monday'; the video line '– Apr 17, 2023' agrees; agrees with writer.tsv",
    outlet="Global News",
    quotes=[
        Q("they will keep their boats tied up rather than fish at a price they say would leave many of them in debt by the end of the season", "indirect", "Hundreds of snow crab harvesters", "anonymous", None, "saying"),
        Q("We are not going out there to lose money,", "direct", *WP, "said"),
        Q("Fuel is up, bait is up, insurance is up, the interest on the boat loan is up. At two-twenty, I'd be better off leaving her on the wharf.", "direct", *WP, "said"),
        Q('members would "stand together until there is a price that respects the work and the risk."', "mixed", *UN, "said"),
        Q("the provincial government to allow processors from outside the province to buy crab", "indirect", *UN, "called on"),
        Q("more competition would push prices up", "indirect", *UN, "arguing"),
        Q("the lower price reflects a sharp fall in demand in the United States, the main market for Newfoundland crab", "indirect", "Processors", "anonymous", None, "said"),
        Q("Nobody in this industry wanted this price,", "direct", *LK, "said"),
        Q("But we can't pay harvesters more than the market will pay us. If we did that, plants would close, and that's hundreds of jobs in rural communities.", "direct", *LK, "said"),
        Q("the association's members had about 25 million pounds of crab from last year still in cold storage and unsold", "indirect", *LK, "said"),
        Q("it has seen no evidence of stockpiles that large", "indirect", *UN, "saying"),
        Q("the government would not interfere with the panel's decision, which is binding under provincial law", "indirect", *DW, "told reporters"),
        Q('he had asked both sides to return to the table "as early as this week."', "mixed", *DW, "said"),
        Q("Everybody loses if that crab stays in the water,", "direct", *DW, "said"),
        Q('it would "throw the whole system into chaos" in the middle of a season', "mixed", *DW, "saying"),
        Q("about 150 people who would normally be on the processing line by mid-April are still waiting for a call", "indirect", *SG, "said"),
        Q("Most of us need 14 weeks of work to qualify for EI,", "direct", *SG, "said"),
        Q("If this goes on another three or four weeks, a lot of people aren't going to get there.", "direct", *SG, "said"),
        Q("members would vote on next steps, including whether to hold a second rally later this week in Corner Brook", "indirect", "A spokesperson", "anonymous", None, "said"),
    ],
    figures=[
        F("$2.20", 2.2, "$", "money", None, "snow crab minimum price"),
        F("more than $7", 7, "$", "money", "more than", "snow crab price"),
        F("two sons", 2, "sons", "count", None, "Wade Pardy"),
        F("two-twenty", 2.2, "$", "money", None, "snow crab minimum price"),
        F("more than 1,000 people", 1000, "people", "count", "more than", "crowd"),
        F("closer to 600", 600, "people", "count", "closer to", "crowd"),
        F("about 25 million pounds", 25000000, "pounds", "count", "about", "processors' association members"),
        F("about 115 million pounds", 115000000, "pounds", "count", "about", "harvesters"),
        F("close to $800 million", 800000000, "$", "money", "close to", "snow crab landings"),
        F("about 150 people", 150, "people", "count", "about", "Port aux Choix"),
        F("14 weeks", 14, "weeks", "duration", None, None),
        F("three or four weeks", 3, "weeks", "duration", None, None),
    ],
    events=[
        E("Hundreds of snow crab harvesters rallied outside Newfoundland and Labrador's legislature", "2023-04-17", "on Monday"),
        E("The crab fishery was scheduled to open in several areas", "2023-04", "earlier this month"),
        E("The union representing harvesters said in a post on Facebook", "2023-04-16", "on Sunday night"),
        E("record prices", "2022", "in 2022"),
        E("he had asked both sides to return to the table", "2023-04-17", "as early as this week"),
        E("harvesters landed about 115 million pounds, worth close to $800 million at the wharf", "2022", "Last year"),
        E("The union has scheduled a meeting of its inshore council", "2023-04-19", "for Wednesday"),
        E("whether to hold a second rally", "2023-04-17", "later this week"),
    ],
)

# ---------------------------------------------------------------- 06
GL = ("Graham Lusk", "person", None)
IP = ("Imogen Pask", "person", "ecologist")
TH = ("Trudy Hallinan", "person", "supermarket manager")
ART["06_australia-mouse-plague"] = dict(
    published="2021-05-23",
    published_basis="Byline line 'May 23, 2021 at 1:15 a.m. EDT' (a Sunday); photo caption dated 'May 19, 2021'; 'Copyright 2021'; neighbour's video posted 'On Thursday' (2021-05-20); agrees with writer.tsv",
    outlet="The Washington Post (AP)",
    quotes=[
        Q("they can hear them moving through ceilings at night and wake to find dozens drowned in water troughs and swimming pools", "indirect", "residents", "anonymous", None, "say"),
        Q("You sweep up a couple of hundred in the morning and there’s a couple of hundred more by lunch,", "direct", *GL, "said"),
        Q("I’ve been farming here 40 years. I’ve seen mice. I’ve never seen anything like this.", "direct", *GL, "said"),
        Q("he had already spent more than 20,000 Australian dollars ($15,500) on bait this season and expected to spend at least as much again before the crop was in", "indirect", *GL, "said"),
        Q("Mouse numbers in parts of the state have reached an estimated 1,000 or more per hectare in the worst-hit paddocks", "indirect", "researchers monitoring the outbreak", "anonymous", None, "according to"),
        Q("the damage to crops, stored grain and equipment could top 1 billion Australian dollars ($775 million) if the mice are not brought under control before spring", "indirect", "Farm groups", "anonymous", None, "say"),
        Q("the chemical could kill birds of prey, snakes and native animals that eat poisoned mice, as well as pets", "indirect", "some scientists and wildlife groups", "anonymous", None, "fear"),
        Q("the stronger poison was “a blunt instrument.”", "mixed", *IP, "said"),
        Q("I completely understand why farmers are desperate,", "direct", *IP, "said"),
        Q("But if you wipe out the owls and the hawks, you remove the very animals that help keep mouse numbers down in a normal year. You risk making the next plague worse.", "direct", *IP, "said"),
        Q("it was assessing the application and would make a decision “as quickly as possible while ensuring the appropriate safeguards are in place.”", "mixed", "Australia’s pesticides regulator", "organization", None, "said"),
        Q("staff arrive each morning to find packets of food chewed open on the shelves", "indirect", *TH, "said"),
        Q("We’ve thrown out thousands of dollars’ worth of stock,", "direct", *TH, "said"),
        Q("We put traps down every night. We’re catching between 50 and 100 mice a night, and it doesn’t make a dent.", "direct", *TH, "said"),
        Q("patients had been moved from one ward in March after mice were found in the beds", "indirect", "A health worker at one regional hospital", "anonymous", None, "said"),
        Q("the government would “throw everything we have” at the problem and that more help for farmers would be considered in coming weeks", "mixed", "A spokesperson for the state’s agriculture minister", "anonymous", None, "said"),
        Q("Just when you think 2021 is going to be the good year,", "direct", "Lusk’s neighbor", "anonymous", None, "read"),
        Q("he was hoping for a hard frost to knock numbers back before his crop comes up in three or four weeks", "indirect", *GL, "said"),
        Q("The mice don’t care about any of us,", "direct", *GL, "said"),
        Q("You just keep going.", "direct", *GL, "said"),
    ],
    figures=[
        F("about 2,500 hectares", 2500, "hectares", "count", "about", "Graham Lusk"),
        F("6,200 acres", 6200, "acres", "count", None, "Graham Lusk"),
        F("40 years", 40, "years", "duration", None, "Graham Lusk"),
        F("more than 20,000 Australian dollars", 20000, "AUD", "money", "more than", "Graham Lusk"),
        F("$15,500", 15500, "USD", "money", None, "Graham Lusk"),
        F("an estimated 1,000 or more", 1000, "mice", "count", "an estimated", "worst-hit paddocks"),
        F("1 billion Australian dollars", 1000000000, "AUD", "money", None, "mouse plague damage"),
        F("$775 million", 775000000, "USD", "money", None, "mouse plague damage"),
        F("up to 500 offspring", 500, "offspring", "count", "up to", "a single pair of mice"),
        F("up to 10,000 Australian dollars", 10000, "AUD", "money", "up to", "households and small businesses"),
        F("between 50 and 100 mice", 50, "mice", "count", None, "Trudy Hallinan"),
        F("more than 2 million times", 2000000, "times", "count", "more than", "neighbor's video"),
        F("three or four weeks", 3, "weeks", "duration", None, "Graham Lusk"),
    ],
    events=[
        E("A farmer holds up dead mice collected from a grain shed near Gilgandra, Australia", "2021-05-19", "on May 19, 2021"),
        E("a plague that began", "2020", "late last year"),
        E("a bumper harvest", "2020", "late last year"),
        E("The New South Wales government earlier this month announced a relief package", "2021-05", "earlier this month"),
        E("patients had been moved from one ward", "2021-03", "in March"),
        E("Lusk’s neighbor posted a video on Twitter of mice pouring out of a grain silo as it was emptied", "2021-05-20", "On Thursday"),
    ],
)

OUTLET_ORDER = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]


def main():
    for name, d in ART.items():
        out = {"article": name + ".txt"}
        for k in OUTLET_ORDER[1:]:
            out[k] = d[k]
        with open(os.path.join(ROOT, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", name + ".json", len(d["quotes"]), "quotes,", len(d["figures"]), "figures,", len(d["events"]), "events")


if __name__ == "__main__":
    main()
