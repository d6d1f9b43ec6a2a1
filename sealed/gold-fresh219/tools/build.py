#!/usr/bin/env python3
"""Write the hand-made gold annotations of gold-fresh219 to JSON.

Every annotation below was written by hand after reading the article; this
script only serialises them (one <name>.json per articles/<name>.txt).
Quote tuples:  (text, kind, speaker, speaker_type, role, cue[, occurrence])
Figure tuples: (text, value, unit, category, approx, subject[, occurrence])
Event tuples:  (text, date, date_text[, occurrence])
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

P, A, O = "person", "anonymous", "organization"

GOLD = {}

# ---------------------------------------------------------------- 01
TEN = ("Marisol Tennant", P, "general manager of a 140-room lodge on the edge of the Banff townsite")
FUL = ("Derek Fulford", P, "president")
GOLD["01_banff-hotel-staffing"] = dict(
    published="2021-09-25",
    published_basis="Metadata line 'Published Saturday, Sept. 25, 2021 10:32AM EDT' (and 'Last Updated Saturday, Sept. 25, 2021'); 2021-09-25 was a Saturday; body 'released Friday' and 'this week' fit; agrees with writer.tsv",
    outlet="Prairie Desk",
    quotes=[
        ("Banff hotels turned guests away this summer for lack of staff", "indirect", "operators", A, None, "say"),
        ("she had the bookings but not the people to clean the rooms, work the front desk and run the kitchen", "indirect", *TEN, "said"),
        ("We had guests standing in the lobby with their luggage and I had 46 rooms I couldn't sell because there was nobody to turn them over,", "direct", *TEN, "said"),
        ("That's not a demand problem. That's a people problem.", "direct", *TEN, "said"),
        ("they ran well below capacity because they could not hire enough workers", "indirect", "many hotels and restaurants", A, None, "say"),
        ("its members were short roughly 1,200 workers at the height of the season", "indirect", "the Bow Valley Hospitality Alliance", O, None, "estimates"),
        ("the real number is likely higher, because some smaller businesses stopped advertising jobs they had no hope of filling", "indirect", *FUL, "said"),
        ("average hotel occupancy in Banff was about 68 per cent in August, compared with 91 per cent in the same month in 2019", "indirect", *FUL, "said"),
        ("The visitors came back faster than anyone predicted,", "direct", *FUL, "said"),
        ("The workforce didn't.", "direct", *FUL, "said"),
        ("Housing is the biggest obstacle", "indirect", "employers and workers alike", A, None, "according to"),
        ("I love it here, honestly. But I have friends who came out for the summer and left after three weeks because they couldn't find anywhere to sleep,", "direct", "Priya Ramdhan", P, None, "said"),
        ("they had leased motel rooms or bought used trailers to house staff", "indirect", "Several employers", A, None, "said"),
        ("Tennant's company spent about $380,000 this year converting an older building into 22 staff units", "indirect", *TEN, "said"),
        ("If you want people to come and work in a place like this,", "direct", *FUL, "said"),
        ("you have to give them somewhere to live that doesn't eat half of what they earn.", "direct", *FUL, "said"),
        ("Ottawa to speed up processing of temporary foreign worker applications and to expand the working holiday programs that traditionally brought thousands of young Australians, Britons and Irish to the mountain parks each year", "indirect", "the Bow Valley Hospitality Alliance", O, None, "asked"),
        ("their numbers have been slow to recover", "indirect", "employers", A, None, "say"),
        ('it had "prioritized" applications from sectors facing acute shortages and that processing times for some low-wage positions had come down since the spring', "mixed", "Employment and Social Development Canada", O, None, "said"),
        ("it was working with the industry on a workforce strategy", "indirect", "the Ministry of Jobs, Economy and Innovation", O, None, "said"),
        ("the pressure has eased slightly since Labour Day, as students returned to class", "indirect", "Some operators", A, None, "say"),
        ("Honestly, I'm more nervous about December than I was about July,", "direct", "Kevin Oduya", P, None, "said"),
        ("she is already recruiting for the winter and is offering $1,000 signing bonuses to returning staff", "indirect", *TEN, "said"),
        ("she has filled about half the positions she needs", "indirect", *TEN, "said"),
        ("Last winter we were closed for almost four months. Nobody wants to go back to that,", "direct", *TEN, "said"),
        ("But I can't run a hotel on goodwill.", "direct", *TEN, "said"),
    ],
    figures=[
        ("140-room", 140, "room", "count", None, "Marisol Tennant's lodge"),
        ("46 rooms", 46, "rooms", "count", None, "Marisol Tennant's lodge"),
        ("about 90 hotels, restaurants and attractions", 90, "hotels, restaurants and attractions", "count", "about", "the Bow Valley Hospitality Alliance"),
        ("roughly 1,200 workers", 1200, "workers", "count", "roughly", "the Bow Valley Hospitality Alliance"),
        ("between 1,500 and 2,000 positions", 1500, "positions", "count", None, "Alberta's mountain parks"),
        ("about 68 per cent", 68, "%", "percent", "about", "average hotel occupancy in Banff"),
        ("91 per cent", 91, "%", "percent", None, "average hotel occupancy in Banff"),
        ("24", 24, "years", "duration", None, "Priya Ramdhan"),
        ("about 25 kilometres", 25, "kilometres", "count", "about", "Canmore"),
        ("$1,150", 1150, "$", "money", None, "Priya Ramdhan"),
        ("three weeks", 3, "weeks", "duration", None, "friends"),
        ("about $380,000", 380000, "$", "money", "about", "Tennant's company"),
        ("22 staff units", 22, "units", "count", None, "Tennant's company"),
        ("two restaurants", 2, "restaurants", "count", None, "Kevin Oduya"),
        ("five days", 5, "days", "duration", None, "Kevin Oduya"),
        ("$1,000", 1000, "$", "money", None, "Marisol Tennant"),
        ("almost four months", 4, "months", "duration", "almost", "Marisol Tennant's lodge"),
    ],
    events=[
        ("Banff hotels turned guests away", "2021", "this summer"),
        ("Visitors walk along Banff Avenue in Banff, Alta.", "2021-08-21", "on Aug. 21, 2021"),
        ("Marisol Tennant spent much of August doing something she never expected to do at a Rocky Mountain hotel in peak season", "2021-08", "much of August"),
        ("she said in an interview", "2021-09-20", "this week"),
        ("a summer that brought a wave of domestic visitors and, from Aug. 9, fully vaccinated Americans", "2021-08-09", "from Aug. 9"),
        ("A separate survey released Friday by a provincial tourism industry group", "2021-09-24", "Friday"),
        ("average hotel occupancy in Banff was about 68 per cent", "2021-08", "in August"),
        ("compared with 91 per cent", "2019-08", "in the same month in 2019"),
        ("Priya Ramdhan, 24, moved from Winnipeg", "2021-06", "in June"),
        ("Tennant's company spent about $380,000 this year converting an older building into 22 staff units", "2021", "this year"),
        ("processing times for some low-wage positions had come down", "2021", "since the spring"),
        ("a training grant for tourism employers announced", "2021", "earlier this year"),
        ("the pressure has eased slightly", "2021-09-06", "since Labour Day"),
        ("the ski season, which opens", "2021-11", "in November"),
        ("He cut opening hours to five days a week", "2021-07", "in July"),
    ],
)

# ---------------------------------------------------------------- 02
SKY = ("Skyhaven Airways", O, None)
BRE = ("Alistair Brennock", P, "Chief Executive")
OKA = ("Hannah Okafor", P, "analyst at broker Caldwell Pryce")
GOLD["02_skyhaven-results"] = dict(
    published="2022-02-15",
    published_basis="Dateline 'LONDON, Feb 15 (Reuters)' with 'on Tuesday' in the lede; the year is not printed but follows from the text (annual loss 'for 2021', no forecast 'for 2022', rule change announced Jan. 24 and in force 'last Friday'); 2022-02-15 was a Tuesday; agrees with writer.tsv",
    outlet="Reuters",
    quotes=[
        ("bookings had surged since the government scrapped COVID-19 testing for vaccinated travellers and that it expected to fly close to pre-pandemic capacity by the summer", "indirect", *SKY, "said"),
        ("the week after the government announced the change on Jan. 24 had been the company's strongest for sales since February 2020, with bookings up 40% on the previous week", "indirect", *BRE, "said"),
        ("People have been sitting on holiday plans for two years. The moment the testing requirement went, they pressed the button,", "direct", *BRE, "told reporters"),
        ("it planned to operate about 85% of its 2019 capacity in the April-June quarter, rising to around 95% in July to September, its busiest period", "indirect", *SKY, "said"),
        ("would limit the impact of a recent rise in oil prices", "indirect", *BRE, "said"),
        ('the outlook remained "too uncertain" after two years in which restrictions changed at short notice', "mixed", *SKY, "saying"),
        ('the plan "looks ambitious" given staff shortages at airports and ground handlers, and the risk that a new variant could bring back restrictions', "mixed", *OKA, "said"),
        ("Demand is clearly there. The question is whether the whole system, not just Skyhaven, can cope with it by Easter,", "direct", *OKA, "said"),
        ("the airline had recalled about 900 cabin crew and pilots who had been furloughed or laid off during the pandemic and was recruiting a further 400", "indirect", *BRE, "said"),
        ("fewer than 600 staff had actually returned to flying duties and that many of those recalled were still waiting for security clearance and training", "indirect", "A union representing cabin crew", A, None, "saying"),
        ('crew had been "treated as disposable" during the crisis and were now being asked to make up for lost time on worse rosters', "mixed", "Colette Marsh", P, "regional organiser", "said"),
        ("it was in talks with the union over pay and rostering and expected to reach an agreement by the end of March", "indirect", *SKY, "said"),
        ("The airline is also in talks to lease four additional Airbus A321 jets for the summer", "indirect", "a person familiar with the matter", A, None, "according to"),
        ("the cost of tests - which could add more than 100 pounds per person to a family holiday - put off many customers even when destinations were open", "indirect", "British airlines and holiday companies", A, None, "arguing"),
        ("the company had enough cash to see it through another difficult year if needed, with liquidity of about 1.3 billion pounds at the end of December, including an undrawn credit facility", "indirect", *BRE, "said"),
        ("demand for the winter 2022/23 season was also picking up, particularly for the Canary Islands, where the airline plans to add about 20 weekly flights", "indirect", *BRE, "added"),
        ("We're not out of the woods,", "direct", *BRE, "said"),
        ("but for the first time in a long while, customers are telling us where they want to go rather than asking us whether they can go.", "direct", *BRE, "said"),
    ],
    figures=[
        ("seven UK airports", 7, "airports", "count", None, "Skyhaven Airways"),
        ("412 million pounds", 412000000, "GBP", "money", None, "Skyhaven Airways"),
        ("$557 million", 557000000, "USD", "money", None, "Skyhaven Airways"),
        ("371 million pounds", 371000000, "GBP", "money", None, "Skyhaven Airways"),
        ("18%", 18, "%", "percent", None, "Revenue"),
        ("1.06 billion pounds", 1060000000, "GBP", "money", None, "Revenue"),
        ("40%", 40, "%", "percent", None, "bookings"),
        ("two years", 2, "years", "duration", None, None, 1),
        ("6.3%", 6.3, "%", "percent", None, "Shares in Skyhaven"),
        ("142 pence", 1.42, "GBP", "money", None, "Shares in Skyhaven"),
        ("about 35%", 35, "%", "percent", "about", "Shares in Skyhaven"),
        ("about 85%", 85, "%", "percent", "about", "Skyhaven Airways"),
        ("around 95%", 95, "%", "percent", "around", "Skyhaven Airways"),
        ("about 60%", 60, "%", "percent", "about", "Skyhaven Airways"),
        ("two years", 2, "years", "duration", None, None, 2),
        ("about 900 cabin crew and pilots", 900, "cabin crew and pilots", "count", "about", "Skyhaven Airways"),
        ("400", 400, "cabin crew and pilots", "count", None, "Skyhaven Airways"),
        ("fewer than 600 staff", 600, "staff", "count", "fewer than", "Skyhaven Airways"),
        ("four additional Airbus A321 jets", 4, "jets", "count", None, "Skyhaven Airways"),
        ("more than 100 pounds", 100, "GBP", "money", "more than", "the cost of tests"),
        ("about 1.3 billion pounds", 1300000000, "GBP", "money", "about", "Skyhaven Airways"),
        ("about 20 weekly flights", 20, "flights", "count", "about", "Skyhaven Airways"),
    ],
    events=[
        ("British carrier Skyhaven Airways reported a wider annual loss", "2022-02-15", "on Tuesday"),
        ("it expected to fly close to pre-pandemic capacity", "2022", "by the summer"),
        ("posted a pre-tax loss of 412 million pounds ($557 million)", "2021", "for 2021"),
        ("a loss of 371 million pounds", "2020", "a year earlier"),
        ("the government announced the change", "2022-01-24", "on Jan. 24"),
        ("The new rules took effect", "2022-02-11", "last Friday"),
        ("it planned to operate about 85% of its 2019 capacity", "2022-04", "in the April-June quarter"),
        ("rising to around 95%", "2022-07", "in July to September"),
        ("expected to reach an agreement", "2022-03", "by the end of March"),
        ("with liquidity of about 1.3 billion pounds", "2021-12", "at the end of December"),
        ("Skyhaven will publish first-half results", "2022-09", "in September"),
    ],
)

# ---------------------------------------------------------------- 03
TSA = ("the Transportation Security Administration", O, None)
CAR = ("One large carrier", A, None)
UNI = ("The union representing its pilots", A, None)
BRU = ("Carl Brunetti", P, "spokesman for the union")
FEI = ("Roberta Feingold", P, "aviation consultant")
TRA = ("Ellis Tran", P, "nurse")
GOLD["03_july-fourth-travel"] = dict(
    published="2023-06-30",
    published_basis="Inferred: dateline 'ORLANDO, Fla. (AP)' is undated; 'Copyright 2023' footer; lede 'on Friday' at the start of the Fourth of July rush, with 'the Tuesday holiday' ahead (July 4, 2023 was a Tuesday), so Friday = 2023-06-30; agrees with writer.tsv",
    outlet="The Associated Press",
    quotes=[
        ("it expected about 1.1 million passengers between Thursday and next Wednesday, slightly more than during the same period in 2019", "indirect", "Orlando International Airport", O, None, "said"),
        ("We knew it was going to be busy. We did not know it was going to be this busy,", "direct", "Dana Whitfield", P, None, "said"),
        ("it screened more than 2.7 million people nationwide on Thursday and expected Friday to be busier still", "indirect", *TSA, "said"),
        ("it had added staff at its largest checkpoints", "indirect", *TSA, "said"),
        ("travelers to arrive at least two hours before domestic flights", "indirect", *TSA, "urged"),
        ("By early Friday afternoon, more than 2,100 flights within, into or out of the U.S. had been delayed and about 350 canceled", "indirect", "one flight-tracking website", A, None, "according to"),
        ("it had canceled about 190 of its own flights from Monday through Thursday", "indirect", *CAR, "said"),
        ('the airline\'s crew scheduling system had "collapsed under pressure."', "mixed", *UNI, "said"),
        ("The weather was the trigger,", "direct", *BRU, "said"),
        ("But the weather doesn't explain why pilots spent six hours on hold trying to get an assignment.", "direct", *BRU, "said"),
        ('the union\'s numbers included flights operated by regional partners and that its operation had "largely stabilized" by Thursday evening', "mixed", *CAR, "said"),
        ("a shortage of air traffic controllers at a key facility serving the New York area has forced them to limit the number of flights at busy times", "indirect", "Federal aviation officials", A, None, "have said"),
        ("the facility was operating with about 20% fewer certified controllers than it needs", "indirect", "A Federal Aviation Administration official", A, None, "said"),
        ("demand has held up despite higher fares", "indirect", "Travel analysts", A, None, "say"),
        ("domestic airfares for the holiday were about 8% lower than last year but still well above where they were before the pandemic", "indirect", *FEI, "said"),
        ("People have decided that travel is the thing they're not going to give up,", "direct", *FEI, "said"),
        ("They'll cut back on other things first.", "direct", *FEI, "said"),
        ("Day 3. Still no plane. Happy Fourth, everybody.", "direct", "a passenger stuck at Newark", A, None, "posted"),
        ("her family had rebooked twice before finally getting seats on a flight that arrived shortly after 1 a.m. Friday", "indirect", *TRA, "said"),
        ("The kids slept the whole way, so that's a win,", "direct", *TRA, "said"),
        ("Ask me again on the way home.", "direct", *TRA, "said"),
        ("the busiest days for departures from Orlando are expected to be Monday and next Wednesday, when families head home after the Tuesday holiday", "indirect", "Airport officials", A, None, "said"),
    ],
    figures=[
        ("about 1.1 million passengers", 1100000, "passengers", "count", "about", "Orlando International Airport"),
        ("three children", 3, "children", "count", None, "Dana Whitfield"),
        ("almost three hours", 3, "hours", "duration", "almost", "Their flight"),
        ("more than 2.7 million people", 2700000, "people", "count", "more than", "the Transportation Security Administration"),
        ("at least two hours", 2, "hours", "duration", "at least", "travelers"),
        ("two or three days", 2, "days", "duration", None, "some passengers"),
        ("more than 2,100 flights", 2100, "flights", "count", "more than", "U.S."),
        ("about 350", 350, "flights", "count", "about", "U.S."),
        ("about 190 of its own flights", 190, "flights", "count", "about", "One large carrier"),
        ("closer to 400", 400, "flights", "count", "closer to", "One large carrier"),
        ("six hours", 6, "hours", "duration", None, "pilots"),
        ("about 20%", 20, "%", "percent", "about", "the facility"),
        ("about 8%", 8, "%", "percent", "about", "domestic airfares"),
        ("around $3.53", 3.53, "$", "money", "around", "Gas prices"),
    ],
    events=[
        ("Travelers packed airports across the U.S.", "2023-06-30", "on Friday"),
        ("it expected about 1.1 million passengers", "2023-06-29", "between Thursday and next Wednesday"),
        ("it screened more than 2.7 million people nationwide", "2023-06-29", "on Thursday"),
        ("expected Friday to be busier still", "2023-06-30", "Friday"),
        ("Severe storms that rolled through the New York and New Jersey area", "2023-06-26", "starting Monday"),
        ("more than 2,100 flights within, into or out of the U.S. had been delayed and about 350 canceled", "2023-06-30", "By early Friday afternoon"),
        ("the peak", "2023-06-26", "earlier in the week"),
        ("it had canceled about 190 of its own flights", "2023-06-26", "from Monday through Thursday"),
        ('its operation had "largely stabilized"', "2023-06-29", "by Thursday evening"),
        ("Gas prices averaged around $3.53 a gallon nationwide", "2023-06-26", "this week"),
        ("a tweet that was shared thousands of times", "2023-06-29", "Thursday"),
        ("a flight that arrived", "2023-06-30", "shortly after 1 a.m. Friday"),
        ("the busiest days for departures from Orlando", "2023-07-03", "Monday"),
        ("the busiest days for departures from Orlando", "2023-07-05", "next Wednesday"),
        ("the Tuesday holiday", "2023-07-04", "Tuesday"),
    ],
)

# ---------------------------------------------------------------- 04
MAR = ("Tully Marchetti", P, None)
BAI = ("Shanelle Baird", P, "Council chief executive")
COU = ("the Far North Tourism Council", O, None)
SPK = ("A spokeswoman for Queensland’s tourism department", A, None)
YEO = ("Daniel Yeo", P, "Economist")
CHO = ("Leanne Cho", P, None)
GOLD["04_cairns-cruise-return"] = dict(
    published="2022-11-07",
    published_basis="Metadata line ' date 2022-11-07' at the top of the text (a Monday); consistent with the cruise ship arriving 'on Saturday' (2022-11-05) and 'later this month'; agrees with writer.tsv",
    outlet=None,
    quotes=[
        ("We could have filled both boats twice over,", "direct", *MAR, "said"),
        ("Instead I had to ring people on Friday night and tell them we were cancelling. That’s money walking straight past the door.", "direct", *MAR, "said"),
        ("it has exposed just how thin the tourism workforce has become", "indirect", "operators", A, None, "say"),
        ("the region’s tourism businesses are short between 2,500 and 3,000 workers heading into the wet season, which usually runs from December to April", "indirect", *COU, "estimates"),
        ("the number of working holiday makers in the region had roughly halved compared with 2019, although arrivals had picked up in the past two months", "indirect", *BAI, "said"),
        ("The backpackers are coming back, but they’re not all coming back here,", "direct", *BAI, "said"),
        ("They can earn more on a mine or picking fruit down south, and rent in Cairns has gone through the roof.", "direct", *BAI, "said"),
        ("The median weekly rent for a unit in Cairns has risen about 18 per cent in two years", "indirect", "a local real estate institute", A, None, "according to"),
        ("he pays deckhands and dive instructors well above the award rate and has started offering free accommodation in a house he leases in the northern suburbs", "indirect", *MAR, "said"),
        ("fuel costs alone had risen nearly 40 per cent since the start of the year", "indirect", *MAR, "said"),
        ("In 2019, Tropical North Queensland drew about 2.9 million overnight visitors who spent more than $3.4 billion", "indirect", *COU, "according to"),
        ("spending will not return to that level until 2024 at the earliest, largely because visitors from China, once the region’s second-largest international market, have not returned", "indirect", *COU, "suggest"),
        ("the state government had committed funding to help operators recruit and train staff and was working with the federal government on visa settings", "indirect", *SPK, "said"),
        ("the number of international visitors to the state had been “steadily climbing” since the border reopened in February", "mixed", *SPK, "said"),
        ("domestic visitors had kept many businesses afloat and the cruise season would bring a welcome boost to cafes, shops and tour operators in the city", "indirect", *YEO, "said"),
        ("Each ship that comes in is worth something like $1 million to $2 million to the local economy in a single day, depending on its size and how long it stays,", "direct", *YEO, "said"),
        ("That’s real money for a town like Cairns.", "direct", *YEO, "said"),
        ("the benefit depended on whether businesses could actually serve the visitors", "indirect", *YEO, "cautioned"),
        ("You can’t sell a tour you can’t staff,", "direct", *YEO, "said"),
        ("About two dozen cruise ship visits are scheduled for Cairns before the end of March", "indirect", "the port authority", O, None, "said"),
        ("Her takings were about three times a normal Saturday", "indirect", *CHO, "said"),
        ("It was chaos, but the good kind,", "direct", *CHO, "said"),
        ("I just need another four people and I’ll be fine.", "direct", *CHO, "said"),
        ("he was still advertising for a skipper", "indirect", *MAR, "said"),
    ],
    figures=[
        ("almost three years", 3, "years", "duration", "almost", None),
        ("two boats", 2, "boats", "count", None, "Tully Marchetti"),
        ("between 2,500 and 3,000 workers", 2500, "workers", "count", None, "the region’s tourism businesses"),
        ("two months", 2, "months", "duration", None, None),
        ("about 18 per cent", 18, "%", "percent", "about", "The median weekly rent for a unit in Cairns"),
        ("two years", 2, "years", "duration", None, "The median weekly rent for a unit in Cairns"),
        ("below 1 per cent", 1, "%", "percent", "below", "vacancy rates"),
        ("up to 3,000 litres", 3000, "litres", "count", "up to", "A full-day reef trip"),
        ("at least eight", 8, "crew", "count", "at least", "A full-day reef trip"),
        ("120 passengers", 120, "passengers", "count", None, "A full-day reef trip"),
        ("roughly 50 kilometres", 50, "kilometres", "count", "roughly", "the outer reef"),
        ("nearly 40 per cent", 40, "%", "percent", "nearly", "fuel costs"),
        ("about 2.9 million overnight visitors", 2900000, "visitors", "count", "about", "Tropical North Queensland"),
        ("more than $3.4 billion", 3400000000, "$", "money", "more than", "Tropical North Queensland"),
        ("$1 million to $2 million", 1000000, "$", "money", None, "Each ship"),
        ("About two dozen cruise ship visits", 24, "visits", "count", "About", "Cairns"),
        ("two staff", 2, "staff", "count", None, "Leanne Cho"),
        ("four people", 4, "people", "count", None, "Leanne Cho"),
    ],
    events=[
        ("Passengers come ashore at the Cairns cruise terminal", "2022-11-05", "on Saturday morning"),
        ("the first big cruise ship in almost three years tied up at the Cairns wharf", "2022-11-05", "on Saturday"),
        ("Instead I had to ring people on Friday night and tell them we were cancelling", "2022-11-04", "on Friday night"),
        ("a pandemic shutdown that began", "2020-03", "in March 2020"),
        ("fuel costs alone had risen nearly 40 per cent", "2022-01", "since the start of the year"),
        ("Tropical North Queensland drew about 2.9 million overnight visitors who spent more than $3.4 billion", "2019", "In 2019"),
        ("spending will not return to that level", "2024", "until 2024 at the earliest"),
        ("the border reopened", "2022-02", "in February"),
        ("About two dozen cruise ship visits are scheduled for Cairns", "2023-03", "before the end of March"),
        ("the port authority said", "2022-10-31", "last week"),
        ("Saturday’s ship was a taste of what she had been missing", "2022-11-05", "Saturday’s"),
        ("The next large ship is due in Cairns", "2022-11", "later this month"),
    ],
)

# ---------------------------------------------------------------- 05
BEA = ("Sylvie Beaumier", P, "president and chief executive of Caribou Air")
LIN = ("Gareth Lindqvist", P, "Conservative MP")
RIV = ("Monique Rivard", P, "retired teacher")
GOLD["05_caribou-air-committee"] = dict(
    published="2023-01-12",
    published_basis="Metadata line 'Posted January 12, 2023 6:48 pm', lead video 'WATCH: ... – Jan 12, 2023', and the committee appearance 'on Thursday' (2023-01-12 was a Thursday); dateline 'OTTAWA —' undated; agrees with writer.tsv",
    outlet="Northline News",
    quotes=[
        ("she was “deeply sorry” for a string of holiday cancellations that left hundreds of Canadians stuck in Mexico and the Dominican Republic for days", "mixed", *BEA, "told MPs"),
        ("We let our customers down at the most important time of the year for them, and I take full responsibility for that,", "direct", *BEA, "said"),
        ("the airline cancelled 31 flights between Dec. 17 and Dec. 29, affecting about 1,700 passengers", "indirect", *BEA, "said"),
        ("the group had documented at least 58 cancelled or indefinitely delayed departures over the same period, many of them on return flights from Puerto Vallarta and Punta Cana", "indirect", "Aaron Pelletier", P, "spokesperson", "told Northline News"),
        ("why some passengers had been told to find their own hotels and flights home", "indirect", *LIN, "pressed"),
        ("People were sleeping in the airport. Seniors were sleeping in the airport. And your call centre was telling them to check the website,", "direct", *LIN, "said"),
        ("What exactly was the plan?", "direct", *LIN, "said"),
        ("the airline had arranged hotel rooms for “the vast majority” of affected customers", "mixed", *BEA, "said"),
        ("its call centre and online rebooking tools had been overwhelmed", "indirect", *BEA, "acknowledged"),
        ("about 14,000 calls came in on Dec. 23 alone, roughly 10 times a normal day", "indirect", *BEA, "said"),
        ("the airline’s response “a disgrace”", "mixed", "Lise Dufour-Haines", P, "NDP MP", "called"),
        ("whether passengers would receive compensation under Canada’s air passenger protection rules", "indirect", "Lise Dufour-Haines", P, "NDP MP", "asked"),
        ("weather-related disruptions were not eligible for compensation under the rules but that the airline had so far paid out about $4.2 million in refunds and expense reimbursements, and expected the total to rise", "indirect", *BEA, "said"),
        ("Caribou would also offer travel credits of $300 to $500 to every affected passenger, regardless of the cause of their cancellation", "indirect", *BEA, "said"),
        ("I don’t want a voucher to fly with them again,", "direct", *RIV, "said"),
        ("I want the $2,600 we spent getting ourselves home.", "direct", *RIV, "said"),
        ("Merry Christmas from gate 7. Still no word from @CaribouAir.", "direct", *RIV, "writing"),
        ("the regulator had received more than 42,000 complaints it had yet to resolve as of the end of December, up from about 33,000 in September", "indirect", "Officials from the Canadian Transportation Agency", A, None, "told the committee"),
        ("it expected complaints from the holiday period to add thousands more to that backlog", "indirect", "the Canadian Transportation Agency", O, None, "said"),
        ("it could take up to 18 months for a new complaint to be processed", "indirect", "One agency official", A, None, "told MPs"),
        ("the department was reviewing what went wrong over the holidays and would consider changes to the passenger protection rules, including how weather exemptions are applied", "indirect", "Transport Canada", O, None, "said"),
        ("options under consideration include making airlines bear the burden of proving a disruption was outside their control", "indirect", "A senior government official", A, None, "said"),
        ("he would ask the committee to deliver a report to the House by the end of the month", "indirect", *LIN, "said"),
    ],
    figures=[
        ("two airports", 2, "airports", "count", None, None),
        ("31 flights", 31, "flights", "count", None, "Caribou Air"),
        ("about 1,700 passengers", 1700, "passengers", "count", "about", "Caribou Air"),
        ("at least 58 cancelled or indefinitely delayed departures", 58, "departures", "count", "at least", "Caribou Air"),
        ("about 14,000 calls", 14000, "calls", "count", "about", "Caribou Air"),
        ("up to $1,000", 1000, "$", "money", "up to", "Canada’s air passenger protection rules"),
        ("about $4.2 million", 4200000, "$", "money", "about", "Caribou Air"),
        ("$300 to $500", 300, "$", "money", None, "Caribou Air"),
        ("four extra nights", 4, "nights", "duration", None, "Monique Rivard"),
        ("$2,600", 2600, "$", "money", None, "Monique Rivard"),
        ("more than 5,000 times", 5000, "times", "count", "more than", "The post"),
        ("more than 42,000 complaints", 42000, "complaints", "count", "more than", "the Canadian Transportation Agency"),
        ("about 33,000", 33000, "complaints", "count", "about", "the Canadian Transportation Agency"),
        ("up to 18 months", 18, "months", "duration", "up to", "a new complaint"),
        ("two larger airlines", 2, "airlines", "count", None, None),
    ],
    events=[
        ("The head of a Montreal-based leisure airline told MPs", "2023-01-12", "on Thursday"),
        ("thousands of travellers miss Christmas with their families", "2022-12-25", "Christmas"),
        ("the airline cancelled 31 flights", "2022-12-17", "between Dec. 17 and Dec. 29"),
        ("about 14,000 calls came in", "2022-12-23", "on Dec. 23"),
        ("their Dec. 22 flight was cancelled", "2022-12-22", "Dec. 22"),
        ("she said in an interview", "2023-01-09", "earlier this week"),
        ("Rivard posted a photo on Twitter", "2022-12-24", "on Dec. 24"),
        ("the regulator had received more than 42,000 complaints it had yet to resolve", "2022-12", "as of the end of December"),
        ("up from about 33,000", "2022-09", "in September"),
        ("The committee is scheduled to hear from executives of two larger airlines and Via Rail", "2023-01-16", "next week"),
        ("he would ask the committee to deliver a report to the House", "2023-01", "by the end of the month"),
        ("Caribou Air passengers wait at the airport in Puerto Vallarta, Mexico", "2022-12-24", "on Dec. 24, 2022"),
    ],
)

# ---------------------------------------------------------------- 06
HOL = ("Gemma Holloway", P, "hospital administrator")
RAJ = ("Raj Bhattacharya", P, None)
CAB = ("Inés Cabrera", P, None)
GOLD["06_half-term-getaway"] = dict(
    published="2021-10-27",
    published_basis="Inferred (no dateline or printed date): '© 2021' footer; October half-term getaway 'this week' (summer over, Q3 figures out, 'since the end of September', 'before Christmas'); lateral-flow rule for England in force 'Since Sunday' (it took effect Sun 2021-10-24), families flew 'on Saturday', travellers spoke 'on Wednesday' -> Wed 2021-10-27; the text alone leaves the half-term week a little open, writer.tsv gives the same date",
    outlet="The Northern Ledger",
    quotes=[
        ("is the busiest getaway since the start of the pandemic", "indirect", "travel companies", A, None, "say"),
        ("cheaper arrival tests are proving harder to find than advertised", "indirect", "many holidaymakers", A, None, "complain"),
        ("testing costs were putting families off travelling", "indirect", "the industry", A, None, "argued"),
        ("tests advertised on the government’s list of approved providers for as little as £19 were either sold out or came with extra fees that more than doubled the price", "indirect", "several travellers", A, None, "told the Ledger"),
        ("We booked one that said £22 a person, and by the time we got to the checkout it was £49 with ‘priority processing’ and postage,", "direct", *HOL, "said"),
        ("For four of us, that’s the difference between eating out one night or not.", "direct", *HOL, "said"),
        ("it was examining the PCR testing market after complaints about misleading prices", "indirect", "the competition watchdog", O, None, "said"),
        ("We have taken swift action against providers who fall short of the standards expected, and we will continue to do so.", "direct", "A Department for Health and Social Care spokesperson", A, None, "said"),
        ("bookings rose 65% in the week after the lateral flow change was announced, compared with the week before, and that the Canary Islands, Turkey and Cyprus accounted for more than half of all package holidays sold", "indirect", "One of the UK’s largest online travel agents", A, None, "said"),
        ("his phones had “not stopped ringing” since the end of September", "mixed", *RAJ, "said"),
        ("Last year people were cancelling. This year they’re asking me whether there’s anything left for next week,", "direct", *RAJ, "said"),
        ("The answer is: not much, and what there is costs a lot more.", "direct", *RAJ, "said"),
        ("the average price of a week’s all-inclusive package for a family of four in the Canaries was about 20% higher than before the pandemic, as airlines and hotels tried to recover some of their losses and capacity remained below normal levels", "indirect", *RAJ, "estimated"),
        ("the return of families was a lifeline after two difficult years", "indirect", "hoteliers", A, None, "said"),
        ("occupancy had risen to about 85% this week, up from 40% in the summer, when Spain was still on England’s amber list and many families stayed away", "indirect", *CAB, "said"),
        ("The British are our oxygen,", "direct", *CAB, "said"),
        ("When they don’t come, we don’t breathe.", "direct", *CAB, "said"),
        ("lost more than €6m last year and had to furlough nearly half of its staff for months at a time", "indirect", *CAB, "said"),
        ("ministers to drop the remaining testing requirement altogether before Christmas", "indirect", "Industry leaders", A, None, "pressing"),
        ("day two tests as “a tax on families”", "mixed", "Marcus Whitlow", P, "chief executive of a tour operators’ association", "described"),
        ("they should be scrapped for vaccinated travellers, as several other European countries had already done", "indirect", "Marcus Whitlow", P, "chief executive of a tour operators’ association", "said"),
        ("it kept the rules under review and would set out any changes “in good time”", "mixed", "the Department for Transport", O, None, "said"),
        ("it expected to handle around 400,000 passengers over the half-term week", "indirect", "the airport group", O, None, "said"),
        ("travellers to arrive two hours before short-haul flights and to check that their paperwork was in order before leaving home", "indirect", "A spokesperson", A, None, "urged"),
        ("The kids have been asking for a beach holiday for two years,", "direct", *HOL, "said"),
        ("I’ll moan about the test when I get home.", "direct", *HOL, "said"),
    ],
    figures=[
        ("as little as £19", 19, "GBP", "money", "as little as", "tests"),
        ("£22", 22, "GBP", "money", None, "tests"),
        ("£49", 49, "GBP", "money", None, "tests"),
        ("two children", 2, "children", "count", None, "Gemma Holloway"),
        ("four of us", 4, "us", "count", None, "Gemma Holloway"),
        ("one night", 1, "nights", "duration", None, None),
        ("65%", 65, "%", "percent", None, "bookings"),
        ("a family of four", 4, "family", "count", None, None),
        ("about 20%", 20, "%", "percent", "about", "the average price of a week’s all-inclusive package"),
        ("about 80%", 80, "%", "percent", "about", "Flights to the islands from UK airports"),
        ("two difficult years", 2, "years", "duration", None, None),
        ("300-room", 300, "room", "count", None, "Inés Cabrera's hotel"),
        ("about 85%", 85, "%", "percent", "about", "occupancy"),
        ("40%", 40, "%", "percent", None, "occupancy"),
        ("more than €6m", 6000000, "EUR", "money", "more than", "Her hotel"),
        ("roughly 55%", 55, "%", "percent", "roughly", "the number of overseas trips taken by UK residents"),
        ("six months", 6, "months", "duration", None, None),
        ("three percentage points", 3, "%", "percent", None, "the share of people saying they planned a foreign holiday"),
        ("around 400,000 passengers", 400000, "passengers", "count", "around", "the airport group"),
        ("two hours", 2, "hours", "duration", None, "travellers"),
        ("two years", 2, "years", "duration", None, "The kids", 2),
    ],
    events=[
        ("Hundreds of thousands of British families are heading abroad for half-term", "2021-10-25", "this week"),
        ("fully vaccinated travellers returning to England have been allowed to take a lateral flow test on or before day two of their arrival, instead of the more expensive PCR test", "2021-10-24", "Since Sunday"),
        ("several travellers told the Ledger", "2021-10-27", "on Wednesday"),
        ("flew to Lanzarote with her partner and two children", "2021-10-23", "on Saturday"),
        ("The competition watchdog said earlier this year that it was examining the PCR testing market", "2021", "earlier this year"),
        ("his phones had “not stopped ringing”", "2021-09", "since the end of September"),
        ("people were cancelling", "2020", "Last year"),
        ("they’re asking me whether there’s anything left for next week", "2021", "This year"),
        ("Flights to the islands from UK airports this week are running at about 80% of their 2019 level", "2021-10-25", "this week"),
        ("occupancy had risen to about 85%", "2021-10-25", "this week"),
        ("up from 40%", "2021", "in the summer"),
        ("lost more than €6m", "2020", "last year"),
        ("Figures published last Friday by a trade body", "2021-10-22", "last Friday"),
        ("the number of overseas trips taken by UK residents", "2021-07", "in the third quarter"),
        ("Industry leaders are also pressing ministers to drop the remaining testing requirement altogether", "2021-12-25", "before Christmas"),
        ("queues at security stretched outside the terminal building", "2021-10-23", "early on Saturday morning"),
    ],
)


def q(t):
    d = dict(text=t[0], kind=t[1], speaker=t[2], speaker_type=t[3], role=t[4], cue=t[5])
    if len(t) > 6:
        d = {"text": t[0], "occurrence": t[6], **{k: v for k, v in d.items() if k != "text"}}
    return d


def f(t):
    d = dict(text=t[0], value=t[1], unit=t[2], category=t[3], approx=t[4], subject=t[5])
    if len(t) > 6:
        d = {"text": t[0], "occurrence": t[6], **{k: v for k, v in d.items() if k != "text"}}
    return d


def e(t):
    d = dict(text=t[0], date=t[1], date_text=t[2])
    if len(t) > 3:
        d = {"text": t[0], "occurrence": t[3], "date": t[1], "date_text": t[2]}
    return d


def main():
    for name, g in GOLD.items():
        out = {
            "article": name + ".txt",
            "published": g["published"],
            "published_basis": g["published_basis"],
            "outlet": g["outlet"],
            "quotes": [q(t) for t in g["quotes"]],
            "figures": [f(t) for t in g["figures"]],
            "events": [e(t) for t in g["events"]],
        }
        with open(os.path.join(ROOT, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(name, len(out["quotes"]), len(out["figures"]), len(out["events"]))


if __name__ == "__main__":
    main()
