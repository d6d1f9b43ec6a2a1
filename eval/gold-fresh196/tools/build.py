#!/usr/bin/env python3
"""Write the hand-made annotations of gold-fresh196 to JSON.

Every quote, figure and event below was chosen by hand while reading the article;
this script only serialises the literals (no searching or pattern matching).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def q(text, kind, speaker, stype, role, cue, occ=None):
    d = {"text": text}
    if occ is not None:
        d["occurrence"] = occ
    d.update({"kind": kind, "speaker": speaker, "speaker_type": stype, "role": role, "cue": cue})
    return d


def f(text, value, unit, cat, approx, subject, occ=None):
    d = {"text": text}
    if occ is not None:
        d["occurrence"] = occ
    d.update({"value": value, "unit": unit, "category": cat, "approx": approx, "subject": subject})
    return d


def e(text, date, date_text, occ=None):
    d = {"text": text}
    if occ is not None:
        d["occurrence"] = occ
    d.update({"date": date, "date_text": date_text})
    return d


P, A, O = "person", "anonymous", "organization"
D, I, M = "direct", "indirect", "mixed"
C, MO, PC, DU = "count", "money", "percent", "duration"

ARTICLES = {}

# ---------------------------------------------------------------- 01
RAH = "Mohammad Sadiq Rahimi"
BRA = "Leila Brandvold"
BRA_R = "executive director of the Prairie Newcomer Settlement Network"
PEL = "Arturo Pelletier"
OKA = "Jenna Okafor"
IRCC = "Immigration, Refugees and Citizenship Canada"
ARTICLES["01_winnipeg-afghan-housing"] = {
    "published": "2021-10-22",
    "published_basis": "Metadata line at the top of the text: 'date 2021-10-22' (a Friday); consistent with Rahimi speaking 'on Thursday' (2021-10-21), Okafor's tweet 'on Wednesday' (2021-10-20), IRCC arrivals 'as of Oct. 19' and '© 2021 Global News'",
    "outlet": "Global News",
    "quotes": [
        q("We are safe, and I thank Canada for that every day,", D, RAH, P, "former interpreter", "said"),
        q("But the children ask me when we will have a home. I do not have an answer for them.", D, RAH, P, "former interpreter", "said"),
        q("Nearly 200 of them were still living in hotels as of this week", I, BRA, P, BRA_R, "said"),
        q('her organization had found permanent housing for just 31 families so far, and that a rental vacancy rate of under three per cent in the city had made the search "brutal."', M, BRA, P, BRA_R, "said"),
        q("Landlords want credit history, they want references, they want first and last month's rent,", D, BRA, P, BRA_R, "said"),
        q("These are people who left Kabul with one bag. Some of them left with nothing.", D, BRA, P, BRA_R, "said"),
        q('more than 3,200 Afghans had arrived under the special programs as of Oct. 19, and that the federal government would keep paying for hotel stays "for as long as is necessary" while permanent homes are found', M, IRCC, O, None, "said"),
        q("income support under the Resettlement Assistance Program is generally provided for up to a year and is tied to provincial social assistance rates", I, "Camille Therrien", P, "department spokesperson", "said"),
        q("those rates leave families short", I, "Settlement workers", A, None, "say"),
        q("A family of seven receives about $2,400 a month", I, BRA, P, BRA_R, "said"),
        q("It's not a question of goodwill,", D, PEL, P, None, "said"),
        q("The goodwill is there. Churches are calling, mosques are calling, people are offering basements. What isn't there is the housing stock, and you can't build that in three weeks.", D, PEL, P, None, "said"),
        q('Winnipeg had added fewer than 1,500 purpose-built rental units last year, a figure he described as "nowhere near" what a growing city needs even without a surge of new arrivals', M, PEL, P, None, "said"),
        q("Manitoba had been told to expect between 600 and 800 more Afghan arrivals before the end of the year, but had not received a firm schedule from Ottawa", I, "a provincial official who was not authorized to speak publicly", A, None, "said"),
        q('the situation "a failure of planning, not of compassion"', M, OKA, P, "NDP MLA", "called"),
        q("the government should immediately open vacant units in Manitoba Housing buildings to refugee families", I, OKA, P, "NDP MLA", "said"),
        q("There are empty Manitoba Housing units across this city. There are families in hotel rooms. Put them together,", D, OKA, P, "NDP MLA", "wrote"),
        q('Manitoba was "working closely with federal partners" and had set aside $1.5 million this fall for interpretation, trauma counselling and school support for newly arrived children', M, "a spokesperson for the provincial department of families", A, None, "said"),
        q("the network was looking at smaller centres such as Brandon, Steinbach and Winkler, where rents are lower, but that many families want to stay close to relatives and to the city's mosques and Afghan grocery stores", I, BRA, P, BRA_R, "said"),
        q("She is learning English faster than me,", D, RAH, P, "former interpreter", "said"),
        q("Soon she will be the one translating.", D, RAH, P, "former interpreter", "said"),
    ],
    "figures": [
        f("five weeks", 5, "weeks", DU, None, RAH),
        f("four children", 4, "children", C, None, RAH),
        f("41", 41, "years", DU, None, RAH),
        f("six years", 6, "years", DU, None, RAH),
        f("roughly 370 Afghans", 370, "Afghans", C, "roughly", "Manitoba"),
        f("Nearly 200", 200, "Afghans", C, "Nearly", "Manitoba"),
        f("31 families", 31, "families", C, None, "Prairie Newcomer Settlement Network"),
        f("under three per cent", 3, "%", PC, "under", "Winnipeg"),
        f("one bag", 1, "bag", C, None, None),
        f("at least 40,000 Afghans", 40000, "Afghans", C, "at least", "Ottawa"),
        f("more than 3,200 Afghans", 3200, "Afghans", C, "more than", "Canada"),
        f("family of seven", 7, "family", C, None, None),
        f("about $2,400", 2400, "$", MO, "about", "A family of seven"),
        f("four-bedroom", 4, "bedroom", C, None, "Winnipeg"),
        f("$2,000 or more", 2000, "$", MO, "or more", "a four-bedroom rental in Winnipeg"),
        f("three weeks", 3, "weeks", DU, None, None),
        f("fewer than 1,500 purpose-built rental units", 1500, "units", C, "fewer than", "Winnipeg"),
        f("between 600 and 800 more Afghan arrivals", 600, "arrivals", C, None, "Manitoba"),
        f("$1.5 million", 1500000, "$", MO, None, "Manitoba"),
        f("14", 14, "years", DU, None, "his eldest daughter", occ=2),
    ],
    "events": [
        e("Rahimi, 41, said through an interpreter", "2021-10-21", "on Thursday"),
        e("roughly 370 Afghans who have been resettled in Manitoba", "2021-08", "since August"),
        e("Nearly 200 of them were still living in hotels", "2021-10-18", "as of this week"),
        e("Afghan refugees arrive at Toronto Pearson International Airport", "2021-08", "in August"),
        e("more than 3,200 Afghans had arrived under the special programs", "2021-10-19", "as of Oct. 19"),
        e("Winnipeg had added fewer than 1,500 purpose-built rental units", "2020", "last year"),
        e("Manitoba had been told to expect between 600 and 800 more Afghan arrivals", "2021", "before the end of the year"),
        e("Okafor wrote on Twitter", "2021-10-20", "on Wednesday"),
        e("had set aside $1.5 million", "2021", "this fall"),
        e("He has a job interview", "2021-10-25", "next week"),
        e("his eldest daughter, 14, started Grade 9", "2021-10", "earlier this month"),
    ],
}

# ---------------------------------------------------------------- 02
UNWFP = "the United Nations refugee agency and the World Food Programme"
WFP = "the World Food Programme"
IBA = "Tomás Ibarguen"
MWA = "Aisha Mwangome"
DIP = "a senior Western diplomat in Geneva"
ARTICLES["02_reuters-ration-cuts"] = {
    "published": "2022-11-16",
    "published_basis": "Dated dateline 'GENEVA, Nov 16 (Reuters)' and the agencies 'said on Wednesday'; 2022 from 'in 2022' / 'appeal for 2022' (and writer.tsv); 2022-11-16 was a Wednesday",
    "outlet": "Reuters",
    "quotes": [
        q("they would cut food rations for hundreds of thousands of refugees in Kenya and Uganda from next month", I, UNWFP, O, None, "said"),
        q("Refugees in Kenya's Dadaab and Kakuma camps will receive 60% of a standard ration from December, down from 80% now", I, UNWFP, O, None, "said"),
        q("We are being forced to take food from the hungry to feed the starving,", D, IBA, P, "WFP spokesperson", "told reporters"),
        q("That is not a choice any humanitarian organisation should have to make.", D, IBA, P, "WFP spokesperson", "told reporters"),
        q("it needed $318 million to maintain full assistance for refugees in East Africa over the next six months and had so far received less than a quarter of that amount", I, WFP, O, None, "said"),
        q("prices for maize, sorghum and cooking oil had since climbed faster than expected", I, WFP, O, None, "said"),
        q("new arrivals from Somalia and South Sudan are already arriving in the camps malnourished", I, "aid workers", A, None, "say"),
        q("More than 58,000 people have crossed into Kenya from Somalia since the start of the year", I, "UNHCR", O, None, "according to"),
        q("many new arrivals have not yet been registered", I, "Kenyan officials", A, None, "saying"),
        q("registration centres were dealing with queues of up to 2,000 people a day at the height of the influx in August", I, MWA, P, "UNHCR protection officer", "said"),
        q("Mothers are walking for two or three weeks with their children to get here,", D, MWA, P, "UNHCR protection officer", "said"),
        q("When they arrive, the first thing they ask for is water and the second is food. We are now telling them the food will be less.", D, MWA, P, "UNHCR protection officer", "said"),
        q("Acute malnutrition rates among children under five in the Dadaab camps have risen to 14.3%, up 4.1 percentage points from a year earlier and close to the 15% threshold the World Health Organization considers an emergency", I, UNWFP, O, None, "said"),
        q("several European donors were likely to announce new money for the region before the end of the year", I, DIP, A, None, "said"),
        q("it would not close the gap", I, DIP, A, None, "warned"),
        q("Everyone understands the need. The money simply is not there at the levels it was,", D, DIP, A, None, "said"),
        q('it had allocated more than €600 million in humanitarian aid to the Horn of Africa in 2022 and remained "fully committed" to supporting refugee-hosting countries', M, "the European Commission", O, None, "said"),
        q("it faces a funding gap of around $700 million across all its operations this year", I, "UNHCR", O, None, "said"),
        q("operations in Africa are among the most underfunded", I, "UNHCR", O, None, "warned"),
        q("Its global appeal for 2022 was 58% funded at the end of October, compared with 64% at the same point in 2021", I, "UNHCR", O, None, "said"),
        q("it had already reduced the amount of food it imports by sea into Mombasa, with deliveries for the refugee operation expected to fall to about 9,000 tonnes in December from more than 13,000 tonnes in October", I, WFP, O, None, "said"),
        q("the ration cuts would be reviewed in February and could be reversed if new funding arrived, but that further reductions could not be ruled out", I, IBA, P, "WFP spokesperson", "said"),
        q("If nothing changes by early next year, we will be looking at a 50% ration, and at that point we are talking about lives,", D, IBA, P, "WFP spokesperson", "said"),
    ],
    "figures": [
        f("60%", 60, "%", PC, None, "Refugees in Kenya's Dadaab and Kakuma camps"),
        f("80%", 80, "%", PC, None, "Refugees in Kenya's Dadaab and Kakuma camps"),
        f("more than 1.5 million refugees", 1500000, "refugees", C, "more than", "Uganda"),
        f("$318 million", 318000000, "$", MO, None, "the World Food Programme"),
        f("six months", 6, "months", DU, None, "the World Food Programme"),
        f("$245 million", 245000000, "$", MO, None, "the World Food Programme"),
        f("four decades", 4, "decades", DU, None, "The Horn of Africa"),
        f("five consecutive failed rainy seasons", 5, "seasons", C, None, "The Horn of Africa"),
        f("More than 58,000 people", 58000, "people", C, "More than", "Kenya"),
        f("close to 80,000", 80000, "people", C, "close to", "Kenya"),
        f("up to 2,000 people", 2000, "people", C, "up to", "registration centres"),
        f("two or three weeks", 2, "weeks", DU, None, "Mothers"),
        f("under five", 5, "years", DU, "under", "children"),
        f("14.3%", 14.3, "%", PC, None, "Acute malnutrition rates"),
        f("4.1 percentage points", 4.1, "%", PC, None, "Acute malnutrition rates"),
        f("15%", 15, "%", PC, None, "the World Health Organization"),
        f("more than €600 million", 600000000, "EUR", MO, "more than", "The European Commission"),
        f("around $700 million", 700000000, "$", MO, "around", "UNHCR"),
        f("58%", 58, "%", PC, None, "UNHCR"),
        f("64%", 64, "%", PC, None, "UNHCR"),
        f("about 9,000 tonnes", 9000, "tonnes", C, "about", "the World Food Programme"),
        f("more than 13,000 tonnes", 13000, "tonnes", C, "more than", "the World Food Programme"),
        f("50%", 50, "%", PC, None, None),
    ],
    "events": [
        e("The United Nations refugee agency and the World Food Programme said", "2022-11-16", "on Wednesday"),
        e("they would cut food rations for hundreds of thousands of refugees in Kenya and Uganda", "2022-12", "from next month"),
        e("Refugees in Kenya's Dadaab and Kakuma camps will receive 60% of a standard ration", "2022-12", "from December"),
        e("the agency had put the shortfall at $245 million", "2022-09", "In September"),
        e("More than 58,000 people have crossed into Kenya from Somalia", "2022", "since the start of the year"),
        e("registration centres were dealing with queues of up to 2,000 people a day at the height of the influx", "2022-08", "in August"),
        e("several European donors were likely to announce new money for the region", "2022", "before the end of the year"),
        e("it had allocated more than €600 million in humanitarian aid to the Horn of Africa", "2022", "in 2022"),
        e("it faces a funding gap of around $700 million across all its operations", "2022", "this year"),
        e("Its global appeal for 2022 was 58% funded", "2022-10", "at the end of October"),
        e("deliveries for the refugee operation expected to fall to about 9,000 tonnes", "2022-12", "in December"),
        e("the ration cuts would be reviewed", "2023-02", "in February"),
        e("we will be looking at a 50% ration", "2023", "by early next year"),
    ],
}

# ---------------------------------------------------------------- 03
GAC = "Global Affairs Canada"
SGO = "senior government officials"
SAV = "Olena Savchuk"
SAV_R = "spokesperson for the Ukrainian Canadian Congress"
DES = "Martin Desrochers"
ARTICLES["03_ctv-ukraine-demining"] = {
    "published": "2023-02-21",
    "published_basis": "'Published Tuesday, February 21, 2023 6:42PM EST' line; body: Global Affairs Canada 'announced Tuesday', anniversary events 'on Friday' (2023-02-24)",
    "outlet": "CTV News",
    "quotes": [
        q("The federal government will spend $215 million on mine clearance, emergency power equipment and support for displaced people in Ukraine", I, GAC, O, None, "announced"),
        q("As Ukrainians enter a second year of this brutal war, Canada's support will not waver,", D, GAC, O, None, "said"),
        q('the demining funding would help "return farmland to farmers and make it safe for children to walk to school."', M, GAC, O, None, "said"),
        q("the demining money would go primarily to training and equipping Ukrainian teams, and to buying detection equipment from allied manufacturers", I, SGO, A, None, "told reporters"),
        q("About 40 Canadian Armed Forces personnel are already involved in training Ukrainian engineers in Poland", I, "one official", A, None, "said"),
        q('that number could rise "in the coming months."', M, "one official", A, None, "said"),
        q("as much as 174,000 square kilometres of the country, an area nearly three times the size of Nova Scotia, may be contaminated by mines and unexploded ordnance", I, "Ukrainian authorities", O, None, "estimate"),
        q("the true figure is lower", I, "Some international experts", A, None, "say"),
        q("surveying has been impossible in many areas close to the front line", I, "Some international experts", A, None, "caution"),
        q('clearing the land completely could take "decades" and cost tens of billions of dollars', M, SGO, A, None, "said"),
        q("The announcement brings Canada's total commitments to Ukraine since January 2022 to more than $5 billion, including military, financial, humanitarian and development assistance", I, GAC, O, None, "according to"),
        q("Ottawa should move faster on delivering equipment it has already promised", I, SAV, P, SAV_R, "said"),
        q("The announcements are important, and Ukrainians notice them. Every generator matters when it is minus 15 outside and the power is out for 12 hours,", D, SAV, P, SAV_R, "told CTV News"),
        q("But what we hear from families back home is that the time between an announcement and something actually arriving is too long. Some of the equipment promised in the fall is still not there.", D, SAV, P, SAV_R, None),
        q("We are asking the government to publish a clear timeline, so people know what is coming and when.", D, SAV, P, SAV_R, None),
        q('all the generators in Tuesday\'s package were expected to be delivered "by the end of next month" and that the government was working with Ukraine\'s national grid operator to identify where they were most needed', M, "A senior official", A, None, "said"),
        q("his party supported the aid", I, DES, P, "NDP MP", "said"),
        q('Canada\'s record on sheltering Ukrainians "a mixed picture."', M, DES, P, "NDP MP", "called"),
        q("tens of thousands of people approved for the Canada-Ukraine Authorization for Emergency Travel (CUAET) program were still waiting for help finding jobs and housing once they arrive", I, DES, P, "NDP MP", "said"),
        q("We opened the door, which was the right thing to do,", D, DES, P, "NDP MP", "said"),
        q("Now we have to make sure people aren't left alone once they walk through it.", D, DES, P, "NDP MP", "said"),
        q("more than 800,000 CUAET applications had been approved as of Feb. 12, and that roughly 160,000 Ukrainians had arrived in Canada under the program", I, "Immigration, Refugees and Citizenship Canada", O, None, "said"),
        q("it was extending transitional financial assistance of $3,000 per adult and $1,500 per child to arrivals until the end of March", I, "Immigration, Refugees and Citizenship Canada", O, None, "said"),
        q("it would impose new sanctions on Russian individuals and entities later this week", I, "the federal government", O, None, "said"),
    ],
    "figures": [
        f("$215 million", 215000000, "CAD", MO, None, "Canada"),
        f("$68 million", 68000000, "CAD", MO, None, "Canada"),
        f("$90 million", 90000000, "CAD", MO, None, "Canada"),
        f("$57 million", 57000000, "CAD", MO, None, "Canada"),
        f("About 40 Canadian Armed Forces personnel", 40, "personnel", C, "About", "Canada"),
        f("as much as 174,000 square kilometres", 174000, "square kilometres", C, "as much as", "Ukraine"),
        f("more than US$37 billion", 37000000000, "USD", MO, "more than", None),
        f("more than $5 billion", 5000000000, "CAD", MO, "more than", "Canada"),
        f("minus 15", -15, "degrees", C, None, None),
        f("12 hours", 12, "hours", DU, None, None),
        f("more than 800,000 CUAET applications", 800000, "applications", C, "more than", "Canada"),
        f("roughly 160,000 Ukrainians", 160000, "Ukrainians", C, "roughly", "Canada"),
        f("$3,000", 3000, "CAD", MO, None, "Immigration, Refugees and Citizenship Canada"),
        f("$1,500", 1500, "CAD", MO, None, "Immigration, Refugees and Citizenship Canada"),
    ],
    "events": [
        e("Ukrainian deminers inspect a field near Kharkiv", "2023-01", "in January"),
        e("The federal government will spend $215 million on mine clearance, emergency power equipment and support for displaced people in Ukraine, Global Affairs Canada announced", "2023-02-21", "Tuesday"),
        e("One estimate circulated by international demining groups", "2022", "last year"),
        e("Canada's total commitments to Ukraine", "2022-01", "since January 2022"),
        e("Some of the equipment promised", "2022", "in the fall"),
        e("all the generators in Tuesday's package were expected to be delivered", "2023-03", "by the end of next month"),
        e("more than 800,000 CUAET applications had been approved", "2023-02-12", "as of Feb. 12"),
        e("it was extending transitional financial assistance of $3,000 per adult and $1,500 per child to arrivals", "2023-03", "until the end of March"),
        e("Ukrainian community groups are holding events in Toronto and Edmonton", "2023-02-24", "on Friday"),
        e("vigils are planned on Parliament Hill and in several other cities", "2023-02-25", "over the weekend"),
        e("The government also said", "2023-02-21", "Tuesday"),
        e("it would impose new sanctions on Russian individuals and entities", "2023-02-20", "later this week"),
    ],
}

# ---------------------------------------------------------------- 04
BAW = "Bridgewater Aid Watch"
HAR = "Rebecca Hartigan"
NGO = "One senior figure at a UK-funded NGO"
FCDO = "the Foreign, Commonwealth and Development Office"
PRY = "Jonathan Pryce-Williams"
BEG = "Farida Begum"
ARTICLES["04_guardian-aid-refugee-costs"] = {
    "published": "2022-06-20",
    "published_basis": "Inferred (no dateline): the analysis was released 'to coincide with World Refugee Day on Monday' (World Refugee Day is 20 June; 2022-06-20 was a Monday) and '© 2022 Guardian News & Media'; agrees with writer.tsv",
    "outlet": "The Guardian",
    "quotes": [
        q("more than £1bn of aid money is being spent on housing asylum seekers in Britain while support for camps abroad is scaled back", I, "Charities", A, None, "say"),
        q("Britain is spending a growing share of its shrinking aid budget on housing refugees and asylum seekers in the UK, leaving programmes for displaced people overseas facing deep cuts", I, BAW, O, None, "according to"),
        q("between £1.1bn and £1.4bn of official development assistance will be spent inside the UK this financial year on so-called “in-donor refugee costs” – mainly hotel accommodation for people seeking asylum and support for those arriving from Afghanistan and Ukraine", M, BAW, O, None, "estimates"),
        q("That would amount to as much as 12% of the UK’s total aid spending, compared with about 4% in 2019", I, BAW, O, None, "said"),
        q("the sums involved have ballooned since the government cut the aid budget from 0.7% to 0.5% of gross national income, meaning that every pound spent at home is a pound lost to programmes abroad", I, "campaigners", A, None, "say"),
        q("This is money that was meant for the poorest people in the world, and it is being used to pay hotel bills in Britain,", D, HAR, P, "director of policy", "said"),
        q("Nobody is saying refugees here should not be supported. Of course they should. But it should not come out of the budget for refugees in Bangladesh, in Lebanon, in South Sudan.", D, HAR, P, "director of policy", "said"),
        q("UK bilateral aid to the Rohingya response in Bangladesh, where nearly a million people live in camps after fleeing Myanmar, fell from £87m in 2019 to an estimated £31m this year", I, BAW, O, None, "found"),
        q("aid agencies had been told last week that further in-year reductions were possible if spending on asylum accommodation continued to rise", I, HAR, P, "director of policy", "said"),
        q("the situation as “chaos”", M, NGO, A, None, "described"),
        q("We have projects that have been signed off, staff hired, and then we get an email saying the money may not be there after all,", D, NGO, A, None, "said"),
        q("You cannot run a clinic in a refugee camp like that.", D, NGO, A, None, "said"),
        q("The UK remains one of the largest aid donors in the world and we are proud of our record of supporting refugees, both at home and overseas. We have welcomed tens of thousands of people from Ukraine and Afghanistan and it is right that we support them.", D, "a Foreign, Commonwealth and Development Office spokesperson", A, None, "said"),
        q("it would set out its aid allocations for the rest of the year “in due course” and that decisions were kept under review", M, FCDO, O, None, "said"),
        q("it is spending almost £5m a day on hotels for asylum seekers, with more than 25,000 people in hotel accommodation", I, "the Home Office", O, None, "said"),
        q("ministers of failing to clear a backlog of claims that has left people waiting months, and in some cases years, for a decision", I, "Opposition parties", O, None, "accused"),
        q("he shared concerns about the trend", I, PRY, P, "Conservative MP", "said"),
        q("There is a real risk that the aid budget becomes the Home Office’s overdraft,", D, PRY, P, "Conservative MP", "said"),
        q("If we are going to spend this money at home, ministers need to be honest about what that means for the programmes we are closing abroad.", D, PRY, P, "Conservative MP", "said"),
        q("the committee would question Foreign Office officials on the figures when it meets next month", I, PRY, P, "Conservative MP", "said"),
        q("the number of people forcibly displaced worldwide had passed 100 million for the first time, driven by the war in Ukraine as well as conflicts and crises in Ethiopia, Burkina Faso, Myanmar and elsewhere", I, "UNHCR", O, None, "said"),
        q("the cuts were already being felt", I, "Aid agencies working in Cox’s Bazar", A, None, "said"),
        q("her class of 40 children had lost its daily snack in April and that two nearby centres had closed", I, BEG, P, "volunteer teacher", "said"),
        q("The children come hungry. Some of them do not come at all now,", D, BEG, P, "volunteer teacher", "said"),
        q("They ask us if the world has forgotten them.", D, BEG, P, "volunteer teacher", "said"),
        q("the government to fund in-donor refugee costs from outside the aid budget, as several other European countries do, and to restore spending to 0.7% of national income by the end of the parliament", I, BAW, O, None, "called on"),
    ],
    "figures": [
        f("more than £1bn", 1000000000, "GBP", MO, "more than", "Britain"),
        f("between £1.1bn and £1.4bn", 1100000000, "GBP", MO, None, "UK"),
        f("as much as 12%", 12, "%", PC, "as much as", "UK"),
        f("about 4%", 4, "%", PC, "about", "UK"),
        f("0.7%", 0.7, "%", PC, None, "the aid budget", occ=1),
        f("0.5%", 0.5, "%", PC, None, "the aid budget"),
        f("nearly a million people", 1000000, "people", C, "nearly", "Bangladesh"),
        f("£87m", 87000000, "GBP", MO, None, "UK bilateral aid to the Rohingya response"),
        f("an estimated £31m", 31000000, "GBP", MO, "an estimated", "UK bilateral aid to the Rohingya response"),
        f("roughly 40%", 40, "%", PC, "roughly", "Funding for Syrian refugees in Jordan and Lebanon"),
        f("almost £5m", 5000000, "GBP", MO, "almost", "the Home Office"),
        f("more than 25,000 people", 25000, "people", C, "more than", "the Home Office"),
        f("100 million", 100000000, "people", C, None, None),
        f("40 children", 40, "children", C, None, BEG),
        f("two nearby centres", 2, "centres", C, None, None),
        f("0.7%", 0.7, "%", PC, None, "spending", occ=2),
    ],
    "events": [
        e("UK funding for the response has fallen sharply", "2020", "since 2020"),
        e("an analysis released to coincide with World Refugee Day", "2022-06-20", "on Monday"),
        e("between £1.1bn and £1.4bn of official development assistance will be spent inside the UK", "2022", "this financial year"),
        e("aid agencies had been told", "2022-06-13", "last week"),
        e("the committee would question Foreign Office officials on the figures when it meets", "2022-07", "next month"),
        e("The UN refugee agency, UNHCR, said", "2022-06-13", "last week"),
        e("her class of 40 children had lost its daily snack", "2022-04", "in April"),
    ],
}

# ---------------------------------------------------------------- 05
VOR = "Halyna Voronova"
ICRC = "the International Committee of the Red Cross"
FAB = "Lucien Fabre"
KOS = "Andriy Kostenko"
SHE = "Natalia Shevchuk"
ARTICLES["05_ap-zaporizhzhia-evacuees"] = {
    "published": "2022-04-09",
    "published_basis": "Photo caption dated 'Saturday, April 9, 2022' and the AP body reports the buses arriving 'on Saturday' (UN figures 'Friday', ICRC convoy held 'Thursday and Friday'); 2022-04-09 was a Saturday",
    "outlet": "The Associated Press",
    "quotes": [
        q("We were in the basement for 32 days,", D, VOR, P, None, "said"),
        q("When we came up, I didn't recognize my street. There was no street.", D, VOR, P, None, "said"),
        q("about 4,500 people had made it to Zaporizhzhia on Saturday, in buses and in a long line of private cars, some with their rear windows shattered", I, "Ukrainian officials", A, None, "said"),
        q("it had evacuated more than 7,000 people from Mariupol over the past day", I, "Russia's Defense Ministry", O, None, "said"),
        q("Russia of forcibly moving residents to Russian-controlled territory", I, "Ukrainian authorities", O, None, "accused"),
        q("its team of nine staff members and three vehicles had been held for most of Thursday and Friday near the town of Manhush, about 20 kilometers (12 miles) west of Mariupol, and had still not received the guarantees it needs to reach the city", I, ICRC, O, None, "said"),
        q("We are ready to go in. We have been ready for a week,", D, FAB, P, "ICRC spokesperson", "told The Associated Press"),
        q("What we need is for both sides to agree on the route, the time and the conditions, and then to respect that agreement. Without it, we cannot take people's lives into our hands.", D, FAB, P, "ICRC spokesperson", "told The Associated Press"),
        q("the convoy was carrying medical supplies, including dressings and insulin, for up to 1,000 patients, and that the organization hoped to lead a larger group of buses out of the city once it got in", I, FAB, P, "ICRC spokesperson", "said"),
        q('it was "deeply concerned" about the tens of thousands of civilians believed to be trapped in Mariupol, where food, water and medicine have been running out for weeks', M, ICRC, O, None, "said"),
        q("as many as 100,000 residents were still there, out of a prewar population of about 430,000", I, "the city council", O, None, "said"),
        q("the true number was impossible to know", I, "Aid workers in Zaporizhzhia", A, None, "said"),
        q("The trip from Mariupol, about 225 kilometers (140 miles) by road in peacetime, took some evacuees three days, with long waits at Russian checkpoints where men were questioned and phones were searched", I, "several passengers", A, None, "said"),
        q("soldiers at one checkpoint had made him take off his shirt to check for tattoos and bruises from rifle straps", I, KOS, P, "steelworker", "said"),
        q("They look at your shoulders, they look at your hands,", D, KOS, P, "steelworker", "said"),
        q("They go through your photos. If they find something they don't like, you don't go any further.", D, KOS, P, "steelworker", "said"),
        q("he had left his father behind because the older man refused to leave his apartment", I, KOS, P, "steelworker", "said"),
        q("more than 4.4 million people had fled Ukraine since the Russian invasion began on Feb. 24", I, "the U.N. refugee agency", O, None, "said"),
        q("more than 7 million others have been displaced inside the country", I, "the International Organization for Migration", O, None, "estimates"),
        q("they were preparing for as many as 10,000 more arrivals in the coming days if the corridors hold", I, "City officials", A, None, "said"),
        q("most of the people she had seen were dehydrated and many had untreated wounds from shrapnel or broken glass", I, SHE, P, None, "said"),
        q("Some of them have not taken their medicine for a month — for blood pressure, for diabetes,", D, SHE, P, None, "said"),
        q("We do what we can here, and then we send them on.", D, SHE, P, None, "said"),
        q("she hoped to reach her son in the western city of Ivano-Frankivsk by the middle of next week", I, VOR, P, None, "said"),
        q("Then we will see,", D, VOR, P, None, "said"),
        q("Maybe we will go home someday. Maybe there is no home to go back to.", D, VOR, P, None, "said"),
    ],
    "figures": [
        f("32 days", 32, "days", DU, None, VOR),
        f("67", 67, "years", DU, None, VOR),
        f("about 4,500 people", 4500, "people", C, "about", "Zaporizhzhia"),
        f("more than 7,000 people", 7000, "people", C, "more than", "Russia"),
        f("nine staff members", 9, "members", C, None, "the International Committee of the Red Cross"),
        f("three vehicles", 3, "vehicles", C, None, "the International Committee of the Red Cross"),
        f("about 20 kilometers", 20, "kilometers", C, "about", "Manhush"),
        f("12 miles", 12, "miles", C, None, "Manhush"),
        f("up to 1,000 patients", 1000, "patients", C, "up to", "the International Committee of the Red Cross"),
        f("as many as 100,000 residents", 100000, "residents", C, "as many as", "Mariupol"),
        f("about 430,000", 430000, "residents", C, "about", "Mariupol"),
        f("about 225 kilometers", 225, "kilometers", C, "about", "The trip from Mariupol"),
        f("140 miles", 140, "miles", C, None, "The trip from Mariupol"),
        f("three days", 3, "days", DU, None, "The trip from Mariupol"),
        f("38", 38, "years", DU, None, KOS),
        f("14 other people", 14, "people", C, None, KOS),
        f("more than 4.4 million people", 4400000, "people", C, "more than", "Ukraine"),
        f("more than 7 million others", 7000000, "others", C, "more than", "Ukraine"),
        f("as many as 10,000 more arrivals", 10000, "arrivals", C, "as many as", "Zaporizhzhia"),
        f("one or two nights", 1, "nights", DU, None, "Most evacuees"),
    ],
    "events": [
        e("A woman holds her granddaughter after arriving by bus from the Mariupol area at a registration center in Zaporizhzhia, Ukraine", "2022-04-09", "Saturday, April 9, 2022"),
        e("Buses carrying hundreds of people who fled the besieged port city of Mariupol and surrounding towns rolled into Zaporizhzhia", "2022-04-09", "on Saturday"),
        e("about 4,500 people had made it to Zaporizhzhia", "2022-04-09", "on Saturday"),
        e("its team of nine staff members and three vehicles had been held", "2022-04-07", "Thursday and Friday"),
        e("The city council said", "2022-04-04", "this week"),
        e("The U.N. refugee agency said", "2022-04-08", "Friday"),
        e("the Russian invasion began", "2022-02-24", "on Feb. 24"),
        e("air raid sirens sounded twice", "2022-04-09", "on Saturday afternoon"),
        e("she hoped to reach her son in the western city of Ivano-Frankivsk", "2022-04-13", "by the middle of next week"),
    ],
}

# ---------------------------------------------------------------- 06
HAS = "Zahra Hashimi"
DHA = "the Department of Home Affairs"
ABE = "Daniel Abernethy"
GSRC = "A senior government source"
ARTICLES["06_abc-afghan-visa-backlog"] = {
    "published": "2023-01-19",
    "published_basis": "'Posted Thu 19 Jan 2023 at 5:12am, updated Thu 19 Jan 2023 at 11:48am' line (and 'Posted 19 Jan 2023' at the end); Refugee Council statement 'on Wednesday' = 2023-01-18",
    "outlet": "ABC News",
    "quotes": [
        q("Fewer than one in ten applications have been finalised", I, "advocates", A, None, "say"),
        q("Afghans will receive a “significant share” of places in coming years", M, DHA, O, None, "says"),
        q("Every morning I think, maybe today,", D, HAS, P, "pharmacy assistant", "said"),
        q("My father was a teacher at a girls’ school. Now there is no school and he is hiding. How long can they wait?", D, HAS, P, "pharmacy assistant", None),
        q("fewer than 10 per cent of those applications had been finalised, and that many applicants had received no acknowledgement beyond an automated email", I, "the Refugee Council of Australia", O, None, "said"),
        q("People are being left in limbo in one of the most dangerous places in the world for anyone with links to the West,", D, ABE, P, "council spokesperson", "said"),
        q("We understand the numbers are enormous. But the system was not built for this, and it hasn’t been fixed.", D, ABE, P, "council spokesperson", None),
        q("it will deliver them as quickly as security and health checks allow", I, "the government", O, None, "says"),
        q("it had granted more than 8,600 visas to Afghan nationals under the humanitarian program since the fall of Kabul, and that Afghans would continue to receive “a significant share” of places “over the coming years”", M, DHA, O, None, "said"),
        q("processing times were affected by the fact that most applicants were still inside Afghanistan or in neighbouring countries, where it was “extremely challenging” to conduct interviews and biometric checks", M, DHA, O, None, "said"),
        q("an additional team of about two dozen processing officers had been moved onto Afghan cases since November", I, GSRC, A, None, "told the ABC"),
        q("it would be “years, not months” before the backlog was cleared", M, GSRC, A, None, "conceded"),
        q("the number of places is far too small for the scale of demand", I, "Refugee advocates", A, None, "argued"),
        q("at the current rate, some families who applied in 2021 could still be waiting in 2030", I, ABE, P, "council spokesperson", "said"),
        q("between 250,000 and 300,000 Afghans have crossed into Pakistan since the Taliban takeover, many of them without valid visas", I, "UNHCR", O, None, "estimates"),
        q("hundreds of Afghans, including women and children, have been detained in Karachi", I, "aid groups", A, None, "say"),
        q("resettlement countries including Australia needed to speed up processing for the most vulnerable cases", I, "Mira Sandoval", P, "UNHCR spokesperson", "said"),
        q("For a woman who was a judge, or a journalist, or a human rights defender, resettlement is not a matter of convenience,", D, "Mira Sandoval", P, "UNHCR spokesperson", "said"),
        q("It can be the difference between life and death.", D, "Mira Sandoval", P, "UNHCR spokesperson", "said"),
        q("Her parents have moved house three times", I, HAS, P, "pharmacy assistant", "said"),
        q("I was told it is better to have a lawyer, so I paid,", D, HAS, P, "pharmacy assistant", "said"),
        q("Now the lawyer also says: wait.", D, HAS, P, "pharmacy assistant", "said"),
        q("the delays as “cruel”", M, "Kieran Malouf", P, "Greens senator", "described"),
        q("the government to double the Afghan intake and publish monthly processing figures", I, "Kieran Malouf", P, "Greens senator", "called for"),
    ],
    "figures": [
        f("200,000", 200000, "Afghans", C, None, "Australia", occ=1),
        f("More than 200,000 Afghans", 200000, "Afghans", C, "More than", "Australia"),
        f("Fewer than one in ten applications", 1, "applications", C, "Fewer than", "Australia"),
        f("17 months", 17, "months", DU, None, HAS),
        f("29-year-old", 29, "years", DU, None, HAS),
        f("two younger brothers", 2, "brothers", C, None, HAS),
        f("more than 200,000 Afghans", 200000, "Afghans", C, "more than", "Australia"),
        f("fewer than 10 per cent", 10, "%", PC, "fewer than", "the Refugee Council of Australia"),
        f("31,500 humanitarian places", 31500, "places", C, None, "the government"),
        f("four years", 4, "years", DU, None, "the government"),
        f("more than 8,600 visas", 8600, "visas", C, "more than", "the Department of Home Affairs"),
        f("about two dozen processing officers", 24, "officers", C, "about", "the government"),
        f("between 250,000 and 300,000 Afghans", 250000, "Afghans", C, None, "Pakistan"),
        f("16-year-old", 16, "years", DU, None, "Farid"),
        f("three times", 3, "times", C, None, "Her parents"),
        f("close to $14,000", 14000, "$", MO, "close to", HAS),
        f("17,875 places", 17875, "places", C, None, "The program"),
    ],
    "events": [
        e("More than 200,000 Afghans have applied for Australian humanitarian visas", "2021-08", "since August 2021"),
        e("lodged humanitarian visa applications for her parents and two younger brothers", "2021-09", "in September 2021"),
        e("more than 200,000 Afghans who have applied for Australian humanitarian visas", "2021-08", "since August 2021"),
        e("figures provided by refugee advocates and tabled in Senate estimates", "2022", "late last year"),
        e("The Refugee Council of Australia said", "2023-01-18", "on Wednesday"),
        e("an additional team of about two dozen processing officers had been moved onto Afghan cases", "2022-11", "since November"),
        e("some families who applied", "2021", "in 2021"),
        e("could still be waiting", "2030", "in 2030"),
        e("Pakistani authorities began a crackdown on undocumented migrants", "2022", "late last year"),
        e("Ms Hashimi’s youngest brother, 16-year-old Farid, has not been to school", "2021", "since 2021"),
        e("The government is expected to set the size of the 2023–24 humanitarian program", "2023-05", "in the May budget"),
    ],
}

KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]


def main():
    for name, ann in ARTICLES.items():
        doc = {"article": name + ".txt"}
        for k in KEYS[1:]:
            doc[k] = ann[k]
        path = os.path.join(OUT, name + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", path, len(doc["quotes"]), "quotes", len(doc["figures"]), "figures", len(doc["events"]), "events")


if __name__ == "__main__":
    main()
