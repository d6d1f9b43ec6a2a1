#!/usr/bin/env python3
"""Write the hand-made gold annotations of gold-fresh205 to JSON.

Every entry below was written by hand after reading the article; this script only
serialises the Python literals. Nothing is detected automatically.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def Q(text, kind, speaker, stype, role, cue, occ=None):
    d = {"text": text}
    if occ is not None:
        d["occurrence"] = occ
    d.update(kind=kind, speaker=speaker, speaker_type=stype, role=role, cue=cue)
    return d


def F(text, value, unit, cat, approx=None, subject=None, occ=None):
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


P, A, O = "person", "anonymous", "organization"
DIR, IND, MIX = "direct", "indirect", "mixed"

ARTICLES = {}

# ---------------------------------------------------------------- 01
ASHBY = ("Gordon Ashby", P, "Mayor")
MACI = ("Rhonda MacIsaac", P, "managing director")
DOUC = ("Peter Doucette", P, "Coun.")
OKAF = ("Aisha Okafor", P, "Coun.")
ASP = ("Atlantic Stadium Partners", O, None)
STAFF01 = ("the staff report", O, None)
DEPT01 = ("the Department of Communities, Culture, Tourism and Heritage", O, None)

ARTICLES["01_halifax-stadium-vote"] = dict(
    published="2022-05-13",
    published_basis="Metadata line at the top: 'date 2022-05-13' (a Friday); the council vote came 'late Thursday' "
                    "(2022-05-12) and the reactions are dated 'on Friday' / 'Friday'; '© 2022 Global News'. Agrees with writer.tsv",
    outlet="Global News",
    quotes=[
        Q("This is not a blank cheque, and I want to be very clear about that,", DIR, *ASHBY, "told reporters"),
        Q("What we've approved tonight is a capped contribution, with conditions, and if those conditions aren't met, not one dollar leaves city hall.", DIR, *ASHBY, "told reporters"),
        Q("the 24,000-seat facility would cost about $110 million to build", IND, *ASP, "says"),
        Q("the total could reach between $130 million and $140 million once site servicing, a new transit terminal and inflation in construction materials are factored in", IND, *STAFF01, "estimating"),
        Q("The staff estimate layers contingency on top of contingency,", DIR, *MACI, "said"),
        Q("Our construction manager has priced this project three times. We stand by $110 million.", DIR, *MACI, "said"),
        Q("the group had already lined up roughly 60 per cent of the financing from private investors and a naming-rights partner she declined to identify", IND, *MACI, "said"),
        Q("the proposal \"a stadium in search of a business case\"", MIX, *DOUC, "called"),
        Q("residents in his district had been asking for sidewalks and snow clearing for a decade", IND, *DOUC, "said"),
        Q("We are a city that can't get a bus to Cole Harbour on time,", DIR, *DOUC, "said"),
        Q("And we're going to find $20 million for this?", DIR, *DOUC, "said"),
        Q("the municipality risked losing a rare chance to host major events", IND, "Others", A, None, "argued"),
        Q("a stadium of that size would let Halifax bid for international rugby, concerts and Canada Day celebrations that currently bypass the region", IND, *OKAF, "said"),
        Q("Every summer we watch these events go to Moncton or to Montreal,", DIR, *OKAF, "said"),
        Q("People here want them, and they spend their money elsewhere to get them.", DIR, *OKAF, "said"),
        Q("the stadium would host an estimated 10 professional games a season, drawing average crowds of about 15,000, along with up to a dozen other events each year", IND, *STAFF01, "According to"),
        Q("it was \"reviewing the proposal carefully\" and would not make a decision before the fall", MIX, *DEPT01, "said"),
        Q("cabinet ministers were wary of the cost overruns seen on stadium projects elsewhere in the country and wanted independent verification of the budget before matching the municipal money", IND, "A senior provincial official", A, None, "said"),
        Q("he expected to meet with the province \"in the next couple of weeks\" and that council would revisit the file if no agreement was reached by the end of the year", MIX, *ASHBY, "said"),
        Q("it hopes to break ground next spring and open the stadium for the 2025 season", IND, *ASP, "has said"),
        Q("was \"tight but doable\" if the province signs on this year", MIX, *MACI, "acknowledged"),
    ],
    figures=[
        F("$20M", 20000000, "$", "money", None, "Halifax"),
        F("up to $20 million", 20000000, "$", "money", "up to", "Halifax"),
        F("nearly three years", 3, "years", "duration", "nearly", None),
        F("more than five hours", 5, "hours", "duration", "more than", None),
        F("25-year", 25, "years", "duration", None, None),
        F("at least 120 days", 120, "days", "duration", "at least", None),
        F("24,000-seat", 24000, "seat", "count", None, "stadium"),
        F("about $110 million", 110000000, "$", "money", "about", "stadium"),
        F("between $130 million and $140 million", 130000000, "$", "money", None, "stadium"),
        F("$110 million", 110000000, "$", "money", None, "stadium", occ=2),
        F("roughly 60 per cent", 60, "%", "percent", "roughly", "Atlantic Stadium Partners"),
        F("$20 million", 20000000, "$", "money", None, "Halifax", occ=2),
        F("an estimated 10 professional games", 10, "games", "count", "an estimated", "stadium"),
        F("about 15,000", 15000, "people", "count", "about", "stadium"),
        F("up to a dozen other events", 12, "events", "count", "up to", "stadium"),
        F("$35-million", 35000000, "$", "money", None, "Halifax"),
    ],
    events=[
        E("The 9-7 vote came", "2022-05-12", "late Thursday"),
        E("What we've approved", "2022-05-12", "tonight"),
        E("A staff report presented to council", "2022-04", "last month"),
        E("Rhonda MacIsaac, the group's managing director, disputed the staff numbers", "2022-05-13", "on Friday"),
        E("the Department of Communities, Culture, Tourism and Heritage said it was \"reviewing the proposal carefully\"", "2022-05-13", "Friday"),
        E("would not make a decision", "2022", "before the fall"),
        E("council would revisit the file if no agreement was reached", "2022", "by the end of the year"),
        E("the stadium has come before council", "2019", "since 2019"),
        E("An earlier version of the plan, which called for a $35-million municipal contribution, was sent back to staff", "2020", "in 2020"),
        E("it hopes to break ground", "2023", "next spring"),
        E("open the stadium", "2025", "the 2025 season"),
        E("a timeline MacIsaac acknowledged on Friday was \"tight but doable\"", "2022-05-13", "on Friday"),
        E("the province signs on", "2022", "this year"),
    ],
)

# ---------------------------------------------------------------- 02
FISK = ("Eleanor Fisk", P, "Transport Department minister")
GOV02 = ("the government", O, None)
EXEC02 = ("an executive at a low-cost carrier", A, None)
CAA = ("The Civil Aviation Authority", O, None)

ARTICLES["02_uk-airports-summer-slots"] = dict(
    published="2022-06-21",
    published_basis="Dated dateline 'LONDON, June 21 (Reuters)'; the government 'said on Tuesday' (2022-06-21 was a Tuesday). Agrees with writer.tsv",
    outlet="Reuters",
    quotes=[
        Q("Britain will let airlines return unused take-off and landing slots at congested airports without losing them next year", IND, *GOV02, "said"),
        Q("We need airlines to be realistic about what they can deliver,", DIR, *FISK, "said"),
        Q("Passengers deserve to know now whether their flight will go ahead, not when they are standing at the gate with their children and their suitcases.", DIR, *FISK, "said"),
        Q("the amnesty could lead to around 10,000 flights being removed from summer schedules, or roughly 2% of planned departures", IND, "An industry group representing UK carriers", A, None, "estimated"),
        Q("the true figure was likely to be \"far higher\"", MIX, "A union representing ground handling staff", A, None, "said"),
        Q("they would use the scheme", IND, "Executives at two airlines", A, None, "told Reuters"),
        Q("it expected to cut about 4% of its flights in July and August, concentrating on routes with several daily frequencies so passengers could be rebooked on the same day", IND, *EXEC02, "said"),
        Q("It's the least bad option,", DIR, *EXEC02, "said"),
        Q("What we cannot do is repeat what happened in the half-term week.", DIR, *EXEC02, "said"),
        Q("it would not on its own solve the labour problem", IND, "Airports", A, None, "said"),
        Q("recruitment had picked up since April but that \"the pipeline is still months behind where it needs to be\"", MIX, "Callum Reid", P, "chief executive of an association of regional airports", "said"),
        Q("it would monitor airlines' schedules closely", IND, *CAA, "said"),
        Q("they remained obliged to offer refunds or rebooking to passengers whose flights were cancelled", IND, *CAA, "warned"),
        Q("it would temporarily allow trainee baggage and cargo staff to begin some training before their background checks were completed", IND, *GOV02, "said"),
        Q("would speed up hiring by up to four weeks", IND, *GOV02, "said"),
        Q("the measures had come too late", IND, "Opposition lawmakers", A, None, "said"),
        Q("Ministers have known about this for months. Families have paid £1,000s for holidays that are now being cancelled with days' notice.", DIR, "Daniel Morrow", P, "Labour member of parliament", "wrote on Twitter"),
        Q("the government would publish further measures to protect passengers \"later this week\"", MIX, *FISK, "said"),
    ],
    figures=[
        F("80%", 80, "%", "percent", None, "carriers"),
        F("around 10,000 flights", 10000, "flights", "count", "around", None),
        F("roughly 2%", 2, "%", "percent", "roughly", None),
        F("between 20,000 and 30,000", 20000, "flights", "count", None, None),
        F("two airlines", 2, "airlines", "count", None, None),
        F("about 4%", 4, "%", "percent", "about", "a low-cost carrier"),
        F("up to 10 weeks", 10, "weeks", "duration", "up to", None),
        F("up to four weeks", 4, "weeks", "duration", "up to", None),
        F("about 75%", 75, "%", "percent", "about", "Air passenger numbers at UK airports"),
    ],
    events=[
        E("Britain will let airlines return unused take-off and landing slots at congested airports without losing them next year, the government said", "2022-06-21", "on Tuesday"),
        E("without losing them", "2023", "next year"),
        E("The one-off \"slot amnesty\" gives airlines until July 8 to tell airports which flights they cannot operate", "2022-07-08", "until July 8"),
        E("which flights they cannot operate", "2022-07", "between mid-July and the end of October"),
        E("Hundreds of flights were cancelled over the Whitsun half-term holiday", "2022-06", "at the start of the month"),
        E("it expected to cut about 4% of its flights", "2022-07", "in July and August"),
        E("recruitment had picked up", "2022-04", "since April"),
        E("a change announced", "2022-06", "earlier this month"),
        E("Several of Britain's biggest carriers had already cut thousands of flights from their schedules", "2022", "earlier in the year"),
        E("Air passenger numbers at UK airports were running at about 75% of 2019 levels", "2022-05", "in May"),
        E("the government would publish further measures to protect passengers", "2022-06-20", "later this week"),
    ],
)

# ---------------------------------------------------------------- 03
FED = ("Ukraine's football federation", O, None)
KOV = ("Andriy Kovalenko", P, "sporting director")
SAV = ("Yulia Savchuk", P, None)
MIN03 = ("the Ministry of Youth and Sports", O, None)

ARTICLES["03_kyiv-stadiums-war"] = dict(
    published="2023-08-16",
    published_basis="Byline line 'Posted: Aug 16, 2023 4:00 AM EDT | Last Updated: August 16, 2023' (a Wednesday); "
                    "'on Sunday' (2023-08-13) for the match, 'this week' for the federation statement, Thursday/Friday/Saturday plans ahead. Agrees with writer.tsv",
    outlet="CBC News",
    quotes=[
        Q("more than 60 sports venues destroyed or damaged since full-scale invasion", IND, *FED, "says"),
        Q("it needs at least €300 million to repair venues hit during the war", IND, *FED, "says"),
        Q("We play for the television cameras and for the soldiers who watch on their phones,", DIR, *KOV, "said"),
        Q("That is enough for now. It has to be.", DIR, *KOV, "said"),
        Q("the disruption has been considerable", IND, "The league's organisers", A, None, "say"),
        Q("The bigger problem, officials say, is the grounds themselves", IND, "officials", A, None, "say"),
        Q("more than 60 stadiums and training complexes have been destroyed or damaged since Russia launched its full-scale invasion in February 2022, most of them in the east and south of the country", IND, *FED, "According to"),
        Q("the organisation had estimated it would need at least €300 million to rebuild football venues alone", IND, *SAV, "told CBC News"),
        Q("Some of these stadiums we can repair in a few months — a roof, windows, the floodlights,", DIR, *SAV, "said"),
        Q("Others are simply gone. In Kharkiv, in Mariupol, in Kherson, there are grounds where we will have to start from the foundation. And we cannot begin that while missiles are still falling on those cities.", DIR, *SAV, None),
        Q("So we are making a list, we are taking photographs, and we are looking for partners. When the war ends, we want to be ready on the first day.", DIR, *SAV, None),
        Q("it had secured pledges of about US$12 million from European football bodies and foreign clubs, much of it earmarked for artificial pitches for children's teams", IND, *FED, "said"),
        Q("the travel was exhausting — a round trip to a match in western Poland can mean 1,600 km by bus and train, because Ukrainian airspace remains closed to civilian flights", IND, *KOV, "said"),
        Q("the arrangement “a lifeline” for clubs that would otherwise lose their best players to foreign teams", MIX, *KOV, "called"),
        Q("some communities were frustrated to see funds directed to stadiums when schools and hospitals were still without roofs", IND, "A senior official in a regional administration in the south", A, None, "said"),
        Q("she understood the criticism but that sport was part of keeping the country together", IND, *SAV, "said"),
        Q("A boy in Zaporizhzhia who plays football on Saturday is a boy who has a normal day,", DIR, *SAV, "said"),
        Q("That is not a luxury.", DIR, *SAV, "said"),
        Q("it will present a broader plan for rebuilding sports infrastructure to the government by the end of the year", IND, *MIN03, "has said"),
        Q("it intends to bid to co-host major tournaments in the future", IND, "Ukraine", O, None, "has told international sporting bodies"),
        Q("his club would train in Kyiv on Thursday and Friday, and travel to the west of the country by bus on Saturday", IND, *KOV, "said"),
        Q("We check the alerts before breakfast,", DIR, *KOV, "said"),
        Q("Then we decide what kind of day it will be.", DIR, *KOV, "said"),
    ],
    figures=[
        F("more than 60 sports venues", 60, "venues", "count", "more than", "Ukraine"),
        F("at least €300 million", 300000000, "EUR", "money", "at least", "Ukraine's football federation", occ=1),
        F("41 minutes", 41, "minutes", "duration", None, None),
        F("17 matches", 17, "matches", "count", None, None),
        F("one game", 1, "game", "count", None, None),
        F("more than four hours", 4, "hours", "duration", "more than", None),
        F("more than 60 stadiums and training complexes", 60, "stadiums", "count", "more than", "Ukraine"),
        F("close to 500 facilities", 500, "facilities", "count", "close to", "the Ministry of Youth and Sports"),
        F("at least €300 million", 300000000, "EUR", "money", "at least", "Ukraine's football federation", occ=2),
        F("about US$12 million", 12000000, "USD", "money", "about", "Ukraine's football federation"),
        F("1,600 km", 1600, "km", "count", None, None),
    ],
    events=[
        E("the teams warmed up again", "2023-08-13", "on Sunday"),
        E("Ukraine's top football division began its second full season under martial law", "2023-08", "earlier this month"),
        E("Russia launched its full-scale invasion", "2022-02", "in February 2022"),
        E("The federation said in a statement", "2023-08-14", "this week"),
        E("it will present a broader plan for rebuilding sports infrastructure to the government", "2023", "by the end of the year"),
        E("the next round of league matches is scheduled", "2023-08-19", "for the weekend"),
        E("his club would train in Kyiv", "2023-08-17", "on Thursday and Friday"),
        E("travel to the west of the country by bus", "2023-08-19", "on Saturday"),
    ],
)

# ---------------------------------------------------------------- 04
LIU = ("Frances Liu", P, "deputy mayor")
ADE = ("Marcus Adeyemi", P, "Coun.")
NAN = ("Priya Nandakumar", P, "economist at a Toronto university")
REP04 = ("a city report", O, None)

ARTICLES["04_toronto-world-cup-costs"] = dict(
    published="2023-10-14",
    published_basis="Photo caption dated 'Toronto, Saturday, Oct. 14, 2023'; dateline 'TORONTO (AP)' undated; report 'released Friday' "
                    "(2023-10-13), FIFA gave no comment 'on Saturday', Liu says 'now, in October 2023'; 'Copyright 2023'. Agrees with writer.tsv",
    outlet="The Associated Press",
    quotes=[
        Q("The cost of staging six World Cup matches in Toronto has risen to as much as $420 million Canadian ($307 million U.S.)", IND, *REP04, "according to"),
        Q("Nobody in this building is happy about that number,", DIR, *LIU, "told reporters"),
        Q("But we made a commitment to host the world, and we intend to keep it. What we need now is for the other levels of government to step up.", DIR, *LIU, "told reporters"),
        Q("the federal and Ontario governments have so far committed a combined $200 million", IND, *REP04, "says"),
        Q("protecting an international event of this size is a national responsibility", IND, "Toronto", O, None, "arguing"),
        Q("it \"remains a committed partner\"", MIX, "the federal department responsible for sport", O, None, "said"),
        Q("the province was reviewing the report", IND, "A spokesperson for Ontario's tourism minister", A, None, "said"),
        Q("the rising figures confirmed their warnings", IND, "Critics on city council", A, None, "said"),
        Q("We were told this would pay for itself,", DIR, *ADE, "said"),
        Q("the latest estimate \"a moving target\"", MIX, *ADE, "called"),
        Q("the city had yet to explain what would happen if costs climbed further", IND, *ADE, "said"),
        Q("Every time we get a report, the number goes up and the benefits get vaguer,", DIR, *ADE, "said"),
        Q("the tournament will bring in about 300,000 visitors and generate roughly $450 million in economic activity for the region", IND, "City staff", O, None, "project"),
        Q("such forecasts tend to overstate the long-term benefits of major sporting events", IND, "independent economists", A, None, "have long cautioned"),
        Q("the city was not unusual", IND, *NAN, "said"),
        Q("Almost every host city's budget grows between the bid and the event,", DIR, *NAN, "said"),
        Q("The question is whether the public gets something lasting — better transit, a better stadium, training fields in neighborhoods — or just a very expensive month.", DIR, *NAN, "said"),
        Q("the city would look at trimming costs, including scaling back a planned fan festival on the waterfront, which had been expected to draw up to 20,000 people a day", IND, *LIU, "said"),
        Q("the tournament was still more than two years away", IND, *LIU, "noted"),
        Q("the city had time to \"get the numbers where they need to be.\"", MIX, *LIU, "said"),
        Q("I'd rather we have this conversation now, in October 2023, than in the spring of 2026,", DIR, *LIU, "said"),
    ],
    figures=[
        F("six World Cup matches", 6, "matches", "count", None, "Toronto"),
        F("as much as $420 million Canadian", 420000000, "CAD", "money", "as much as", "Toronto"),
        F("$307 million U.S.", 307000000, "USD", "money", None, "Toronto"),
        F("about 40%", 40, "%", "percent", "about", "The estimate"),
        F("about 45,000 seats", 45000, "seats", "count", "about", "BMO Field"),
        F("$200 million", 200000000, "CAD", "money", None, "the federal and Ontario governments"),
        F("between $95 million and $120 million", 95000000, "CAD", "money", None, "security costs"),
        F("48-team", 48, "team", "count", None, "the tournament"),
        F("three countries", 3, "countries", "count", None, "the tournament"),
        F("two host cities", 2, "cities", "count", None, "Canada"),
        F("about 300,000 visitors", 300000, "visitors", "count", "about", "the tournament"),
        F("roughly $450 million", 450000000, "CAD", "money", "roughly", "the tournament"),
        F("up to 20,000 people", 20000, "people", "count", "up to", "fan festival"),
        F("more than two years", 2, "years", "duration", "more than", "the tournament"),
    ],
    events=[
        E("Fans walk past BMO Field, which will be expanded for the 2026 World Cup, before a match in Toronto", "2023-10-14", "Saturday, Oct. 14, 2023"),
        E("a city report released", "2023-10-13", "Friday"),
        E("the figure presented to city council", "2022", "last year"),
        E("Toronto was named a host city", "2022", "in 2022"),
        E("Council is expected to debate the report", "2023-11", "next month"),
        E("the city has asked for an answer from Ottawa", "2023", "by the end of the year"),
        E("FIFA did not immediately respond to a request for comment", "2023-10-14", "on Saturday"),
        E("I'd rather we have this conversation now", "2023-10", "in October 2023"),
    ],
)

# ---------------------------------------------------------------- 05
BRE = ("Natalie Brennan", P, None)
DAN = ("Paul Danaher", P, "chief executive")
WAL = ("Kiri Walters", P, None)

ARTICLES["05_cairns-tourism-reopening"] = dict(
    published="2022-03-14",
    published_basis="No dateline or date line; inferred: '© 2022 Travel Business Daily'; hotel occupancy 'last month' is compared with January, "
                    "so last month = February and publication is in March 2022; Japan flights resume 'on the 28th' (still ahead) and Easter is "
                    "'next month' (Easter 2022 = 17 April); the Singapore flight landed 'on Sunday' and Australia reopened its border "
                    "'three weeks ago' (the reopening to vaccinated tourists was 21 Feb 2022), which gives Monday 2022-03-14. The text alone "
                    "fixes only 'a day in March 2022 after a Sunday'; the exact day rests on the known reopening date and agrees with writer.tsv",
    outlet="Travel Business Daily",
    quotes=[
        Q("bookings have picked up faster than expected since the border reopened", IND, "Operators", A, None, "say"),
        Q("a shortage of workers is forcing them to turn away bookings just as the industry begins its recovery", IND, "tourism operators", A, None, "say"),
        Q("It felt like a homecoming, honestly,", DIR, *BRE, "said"),
        Q("I had a couple from Germany crying on the deck on Thursday. They’d booked this trip in 2019 and cancelled it twice.", DIR, *BRE, "said"),
        Q("bookings for the next three months were running at close to 70 per cent of pre-pandemic levels", IND, *BRE, "said"),
        Q("The problem, she said, was crewing the boats", IND, *BRE, "said"),
        Q("I need 14 people to run all three vessels every day,", DIR, *BRE, "said"),
        Q("Right now I’ve got nine. So one boat stays tied up, and I’m telling people on the phone I can’t take them.", DIR, *BRE, "said"),
        Q("more than 100,000 people arrived in the country in the first fortnight", IND, "the federal government", O, None, "show"),
        Q("the region lost about $3.5 billion in visitor spending during the closure", IND, "Tourism Tropical North Queensland", O, None, "estimates"),
        Q("the region could fill between 2,000 and 3,000 hospitality and tourism jobs immediately if workers were available", IND, *DAN, "said"),
        Q("many of the backpackers and working holiday visa holders who traditionally staffed boats, hostels and restaurants had left the country during the pandemic and had not yet come back, while rental housing in Cairns was so tight that workers who did arrive struggled to find somewhere to live", IND, *DAN, "said"),
        Q("You can advertise the job, but if there’s nowhere for them to sleep, they don’t come,", DIR, *DAN, "said"),
        Q("a larger jump over the Easter school holidays next month, when domestic travellers from Sydney and Melbourne traditionally flock north", IND, "Operators", A, None, "expect"),
        Q("it was working with the federal government to speed up the processing of working holiday visas and would launch an international marketing campaign in Singapore, Japan and the United Kingdom later this month", IND, "Tourism and Events Queensland", O, None, "said"),
        Q("the industry also needed to rethink how it treated staff", IND, "Some operators", A, None, "said"),
        Q("the old model of seasonal work on low wages as “unsustainable”", MIX, *WAL, "described"),
        Q("younger Australians had noticed", IND, *WAL, "said"),
        Q("People worked out during lockdowns that they could earn more doing something else,", DIR, *WAL, "said"),
        Q("If we want them back, we have to pay them and house them. It’s not complicated.", DIR, *WAL, "said"),
        Q("it expected about two dozen international services a week by the end of June, up from five this week", IND, "Cairns Airport", O, None, "said"),
        Q("Two years ago I didn’t know if I’d still have a business,", DIR, *BRE, "said"),
        Q("Now my problem is I have too many customers. I’ll take that problem.", DIR, *BRE, "said"),
    ],
    figures=[
        F("almost two years", 2, "years", "duration", "almost", None),
        F("about 180 passengers", 180, "passengers", "count", "about", None),
        F("three boats", 3, "boats", "count", None, "Natalie Brennan"),
        F("three months", 3, "months", "duration", None, "Natalie Brennan"),
        F("close to 70 per cent", 70, "%", "percent", "close to", "Natalie Brennan"),
        F("14 people", 14, "people", "count", None, "Natalie Brennan"),
        F("three vessels", 3, "vessels", "count", None, "Natalie Brennan"),
        F("nine", 9, "people", "count", None, "Natalie Brennan", occ=1),
        F("one boat", 1, "boat", "count", None, "Natalie Brennan"),
        F("more than 100,000 people", 100000, "people", "count", "more than", "Australia"),
        F("about $3.5 billion", 3500000000, "$", "money", "about", "the region"),
        F("between 2,000 and 3,000 hospitality and tourism jobs", 2000, "jobs", "count", None, "the region"),
        F("58 per cent", 58, "%", "percent", None, "Hotel occupancy in Cairns"),
        F("nine percentage points", 9, "%", "percent", None, "Hotel occupancy in Cairns"),
        F("about two dozen international services", 24, "services", "count", "about", "Cairns Airport"),
        F("five", 5, "services", "count", None, "Cairns Airport"),
    ],
    events=[
        E("Tourists board a reef boat at the Cairns marina", "2022-03-13", "on Sunday"),
        E("A flight from Singapore carrying about 180 passengers landed at Cairns Airport", "2022-03-13", "on Sunday afternoon"),
        E("the borders closed", "2020-03", "in March 2020"),
        E("I had a couple from Germany crying on the deck", "2022-03-10", "on Thursday"),
        E("They’d booked this trip", "2019", "in 2019"),
        E("Australia reopened its international border to vaccinated tourists", "2022-02-21", "three weeks ago"),
        E("International visitors, who accounted for roughly a third of the region’s tourism revenue before COVID-19, are not expected to return to 2019 numbers", "2024", "until at least 2024"),
        E("Hotel occupancy in Cairns averaged 58 per cent", "2022-02", "last month"),
        E("a larger jump over the Easter school holidays", "2022-04", "next month"),
        E("would launch an international marketing campaign in Singapore, Japan and the United Kingdom", "2022-03", "later this month"),
        E("Direct flights from Japan are due to resume", "2022-03-28", "on the 28th"),
        E("it expected about two dozen international services a week", "2022-06", "by the end of June"),
        E("up from five", "2022-03-14", "this week"),
        E("I didn’t know if I’d still have a business", "2020", "Two years ago"),
    ],
)

# ---------------------------------------------------------------- 06
TC = ("Transport Canada", O, None)
LAC = ("Maureen Lachance", P, None)
OUE = ("Jean-Marc Ouellet", P, "president")
ASSOC = ("an association representing Canada's smaller airports", A, None)

ARTICLES["06_regional-air-service-ottawa"] = dict(
    published="2021-11-18",
    published_basis="'Published Thursday, Nov. 18, 2021 5:14PM EST' line; Transport Canada 'announced Thursday'; dateline 'OTTAWA —' undated. Agrees with writer.tsv",
    outlet="CTVNews.ca",
    quotes=[
        Q("the $350 million on offer falls well short of what is needed to restore flights to communities that have been cut off since 2020", IND, "airport operators", A, None, "say"),
        Q("the Regional Air Access Fund, first launched last year, will continue until the end of 2022", IND, *TC, "announced"),
        Q("would otherwise be unprofitable", IND, "airlines", A, None, "say"),
        Q("the extension would \"help ensure that Canadians in rural, remote and Indigenous communities continue to have access to essential air services, including medical travel and the delivery of goods.\"", MIX, *TC, "said"),
        Q("the amount was based on how much of the original funding had actually been claimed, and that the program could be topped up if demand exceeded expectations", IND, "A senior government official", A, None, "said"),
        Q("regional aviation has been the slowest part of the sector to recover", IND, "Industry groups", A, None, "say"),
        Q("at least 21 airports lost all scheduled passenger service at some point during the pandemic, and fewer than half have had it restored", IND, *ASSOC, "According to"),
        Q("13 airports currently have no scheduled flights", IND, *TC, "saying"),
        Q("the last scheduled flight left her terminal in April 2020", IND, *LAC, "told CTV News"),
        Q("People here now drive four and a half hours to get to a specialist appointment, in winter, on a two-lane highway,", DIR, *LAC, "said"),
        Q("We keep hearing the word 'essential.' I'd like to see it funded like it's essential.", DIR, *LAC, "said"),
        Q("her airport's passenger numbers were down more than 90 per cent compared with 2019, and that the small carrier that used to serve the community had told her it would need a guaranteed subsidy for at least three years before committing to a return", IND, *LAC, "said"),
        Q("If we get a one-year program,", DIR, *LAC, "said"),
        Q("we get, at best, a few months of flights before everybody starts worrying about what happens next.", DIR, *LAC, "said"),
        Q("the funding \"a bridge to nowhere\" without a long-term plan", MIX, *ASSOC, "called"),
        Q("the group had asked Ottawa for about $500 million a year over five years", IND, *OUE, "said"),
        Q("The airlines are not going to come back to these markets on a 12-month promise,", DIR, *OUE, "said"),
        Q("They need to plan fleets, hire pilots and lease aircraft. None of that happens quickly.", DIR, *OUE, "said"),
        Q("some airports were also facing rising costs for de-icing fluid and fuel, with jet fuel prices up nearly 70 per cent from a year ago at some northern facilities, where fuel is trucked or barged in by the tonne", IND, *OUE, "added"),
        Q("the government of treating regional air service as an afterthought", IND, "Opposition critics", A, None, "accused"),
        Q("residents had \"waited 18 months for a plan and got another patch.\"", MIX, "Graham Teller", P, "Conservative MP", "said"),
        Q("it would hold consultations with provinces, territories, Indigenous governments and industry early next year on a longer-term approach to regional air connectivity, and that it expected to report back by next summer", IND, "the federal government", O, None, "said"),
        Q("staffing shortages could limit how quickly any routes return", IND, "Carriers", A, None, "warned"),
        Q("the company had about two dozen aircraft parked and could not crew them all even if demand returned tomorrow", IND, "One regional airline executive", A, None, "said"),
    ],
    figures=[
        F("$350M", 350000000, "$", "money", None, "Ottawa"),
        F("$350 million", 350000000, "$", "money", None, "the federal government"),
        F("less than two weeks", 2, "weeks", "duration", "less than", None),
        F("12 and older", 12, "years", "duration", "and older", "passengers"),
        F("at least 21 airports", 21, "airports", "count", "at least", None),
        F("13 airports", 13, "airports", "count", None, None),
        F("about 15,000 people", 15000, "people", "count", "about", None),
        F("four and a half hours", 4.5, "hours", "duration", None, None),
        F("two-lane", 2, "lane", "count", None, None),
        F("more than 90 per cent", 90, "%", "percent", "more than", "her airport's passenger numbers"),
        F("at least three years", 3, "years", "duration", "at least", None),
        F("one-year", 1, "years", "duration", None, None),
        F("about $500 million", 500000000, "$", "money", "about", "the airports association"),
        F("five years", 5, "years", "duration", None, "the airports association"),
        F("12-month", 12, "months", "duration", None, None),
        F("nearly 70 per cent", 70, "%", "percent", "nearly", "jet fuel prices"),
        F("18 months", 18, "months", "duration", None, "residents"),
        F("about two dozen aircraft", 24, "aircraft", "count", "about", None),
    ],
    events=[
        E("communities that have been cut off", "2020", "since 2020"),
        E("Transport Canada announced Thursday that the Regional Air Access Fund, first launched last year, will continue", "2021-11-18", "Thursday"),
        E("first launched", "2020", "last year"),
        E("will continue", "2022", "until the end of 2022"),
        E("passengers aged 12 and older will no longer be able to show a negative COVID-19 test instead of proof of vaccination", "2021-11-30", "As of Nov. 30"),
        E("the last scheduled flight left her terminal", "2020-04", "in April 2020"),
        E("it would hold consultations with provinces, territories, Indigenous governments and industry", "2022", "early next year"),
        E("it expected to report back", "2022", "by next summer"),
        E("Carriers, for their part, warned", "2021-11-15", "this week"),
    ],
)


def main():
    for name, d in ARTICLES.items():
        out = {"article": name + ".txt"}
        for k in ("published", "published_basis", "outlet", "quotes", "figures", "events"):
            out[k] = d[k]
        with open(os.path.join(ROOT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("wrote", name + ".json", len(d["quotes"]), "quotes", len(d["figures"]), "figures", len(d["events"]), "events")


if __name__ == "__main__":
    main()
