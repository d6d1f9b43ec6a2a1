#!/usr/bin/env python3
"""Write the hand-made annotations of gold-fresh217 to JSON.

Every quote, figure and event below was chosen by hand after reading the article in full.
This script does no extraction: it only serialises the literals to <name>.json.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

P, A, O = "person", "anonymous", "organization"


def Q(text, kind, speaker, stype, role, cue, occ=None):
    d = {"text": text}
    if occ is not None:
        d["occurrence"] = occ
    d.update(kind=kind, speaker=speaker, speaker_type=stype, role=role, cue=cue)
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


ARTICLES = []

# ---------------------------------------------------------------- 01
NET = "the Toronto Community Food Network"
OK_ = "Adaeze Okonkwo"
OKR = "chief executive"
DW_ = "Delroy Whitfield"
DWR = "volunteer co-ordinator"
ARTICLES.append({
    "article": "01_toronto-food-bank-visits.txt",
    "published": "2022-10-27",
    "published_basis": "Metadata line ' date 2022-10-27' at the top; tagline 'This report by The Canadian Press was first published Oct. 27, 2022.'; lede 'a report released Thursday' and 2022-10-27 was a Thursday; agrees with writer.tsv",
    "outlet": "The Canadian Press",
    "quotes": [
        Q("Toronto food bank visits hit record high as rent, grocery costs squeeze working families", "indirect", NET, O, None, ":"),
        Q("Food banks in Toronto logged nearly 2.1 million client visits over the past year, the most ever recorded, as soaring rents and grocery bills push a growing number of people with jobs to line up for help", "indirect", NET, O, None, "says"),
        Q("visits between April 2021 and March 2022 were up 44 per cent from the year before and had more than doubled since 2019", "indirect", NET, O, None, "found"),
        Q("Nearly one in three people who used a food bank in the period said they had at least one paid job, up from about one in seven before the pandemic", "indirect", NET, O, None, "says"),
        Q("The face of hunger in this city has changed,", "direct", OK_, P, OKR, "said"),
        Q("We are seeing nurses’ aides, warehouse workers, delivery drivers — people who are working full time and still cannot make the numbers add up at the end of the month.", "direct", OK_, P, OKR, "said"),
        Q("the organization had expected demand to level off once pandemic restrictions lifted", "indirect", OK_, P, OKR, "told The Canadian Press"),
        Q("the lines have kept growing", "indirect", OK_, P, OKR, "said"),
        Q("We planned for a peak. There hasn’t been one,", "direct", OK_, P, OKR, "said"),
        Q("Every month since January has been busier than the month before it, and I have no reason to think November will be any different.", "direct", OK_, P, OKR, "said"),
        Q("What worries me most is the families who come once and then come back every single week. That tells you this isn’t an emergency for them any more. It’s just how they live now.", "direct", OK_, P, OKR, None),
        Q("the median client spends 68 per cent of their income on rent and utilities, leaving between $6 and $9 a day per person for everything else", "indirect", NET, O, None, "found"),
        Q("Sixty-one per cent of respondents said they had skipped meals in the previous three months so that their children could eat", "indirect", NET, O, None, "found"),
        Q("the network is spending roughly $190,000 a month on food purchases, close to triple what it spent two years ago, because donations from grocers and manufacturers have not kept pace", "indirect", OK_, P, OKR, "said"),
        Q("grocery prices in September were 11.4 per cent higher than a year earlier", "indirect", "Statistics Canada", O, None, "said"),
        Q("the program served 212 households on its busiest day this month, compared with about 80 on a typical day in 2020", "indirect", DW_, P, DWR, "said"),
        Q("We used to close the doors at noon. Now we’re turning people away at three o’clock because the shelves are empty,", "direct", DW_, P, DWR, "said"),
        Q("the pantry has recruited about two dozen new volunteers since the spring, many of them retirees, but has lost several long-time helpers who took second jobs", "indirect", DW_, P, DWR, "said"),
        Q("the province to raise Ontario Works and Ontario Disability Support Program rates and tie them to inflation, and on the city to speed up construction of affordable housing", "indirect", NET, O, None, "calling on"),
        Q("a recent five per cent increase to ODSP payments “a start, but nowhere near enough.”", "mixed", NET, O, None, "called"),
        Q("the government had “taken historic steps” to help people on social assistance", "mixed", "the Ontario Ministry of Children, Community and Social Services", O, None, "said"),
        Q("council had approved additional emergency funding for food access programs in the spring and would consider further support during budget deliberations early in the new year", "indirect", "A spokesperson for the City of Toronto", A, None, "said"),
        Q("its food security funding reaches about 1.6 million visits a year", "indirect", "the City of Toronto", O, None, "estimates"),
        Q("undercounts demand because many smaller pantries are not included", "indirect", NET, O, None, "says"),
        Q("the report should be “a wake-up call” for whoever sits on the next council", "mixed", "Gianna Ferraro", P, "Coun.", "said"),
        Q("the network will launch its holiday drive on Nov. 14, a week earlier than usual, and hopes to raise $4.5 million by the end of December", "indirect", OK_, P, OKR, "said"),
        Q("Then we make harder choices,", "direct", OK_, P, OKR, "said"),
        Q("Smaller hampers. Fewer days open. I don’t want to get there.", "direct", OK_, P, OKR, "said"),
    ],
    "figures": [
        F("nearly 2.1 million client visits", 2100000, "visits", "count", "nearly", "Food banks in Toronto"),
        F("about 130 member agencies", 130, "agencies", "count", "about", NET),
        F("44 per cent", 44, "%", "percent", None, "visits"),
        F("at least one paid job", 1, "job", "count", "at least", None),
        F("1,420 food bank clients", 1420, "clients", "count", None, "The report"),
        F("48 sites", 48, "sites", "count", None, "The report"),
        F("68 per cent", 68, "%", "percent", None, "the median client"),
        F("between $6 and $9", 6, "$", "money", None, "the median client"),
        F("Sixty-one per cent", 61, "%", "percent", None, "respondents"),
        F("three months", 3, "months", "duration", None, None),
        F("roughly $190,000", 190000, "$", "money", "roughly", "the network"),
        F("11.4 per cent", 11.4, "%", "percent", None, "grocery prices"),
        F("212 households", 212, "households", "count", None, "the program"),
        F("about 80", 80, "households", "count", "about", "the program"),
        F("11 years", 11, "years", "duration", None, DW_),
        F("about two dozen new volunteers", 24, "volunteers", "count", "about", "the pantry"),
        F("five per cent", 5, "%", "percent", None, "ODSP payments"),
        F("about 1.6 million visits", 1600000, "visits", "count", "about", "the City of Toronto"),
        F("$4.5 million", 4500000, "$", "money", None, "the network"),
    ],
    "events": [
        E("A volunteer sorts donated canned goods at a west-end Toronto distribution warehouse", "2022-10-26", "on Wednesday"),
        E("a report released", "2022-10-27", "Thursday"),
        E("visits between April 2021 and March 2022 were up 44 per cent from the year before", "2021-04", "between April 2021 and March 2022"),
        E("had more than doubled", "2019", "since 2019"),
        E("Every month since January has been busier than the month before it", "2022-01", "since January"),
        E("interviews with 1,420 food bank clients at 48 sites", "2022", "over the summer"),
        E("what it spent", "2020", "two years ago"),
        E("Statistics Canada said", "2022-10-17", "last week"),
        E("grocery prices in September were 11.4 per cent higher than a year earlier", "2022-09", "in September"),
        E("the program served 212 households on its busiest day", "2022-10", "this month"),
        E("about 80 on a typical day", "2020", "in 2020"),
        E("the pantry has recruited about two dozen new volunteers", "2022", "since the spring"),
        E("plans to index the program to inflation", "2023", "starting next year"),
        E("council had approved additional emergency funding for food access programs", "2022", "in the spring"),
        E("would consider further support during budget deliberations", "2023", "early in the new year"),
        E("the network will launch its holiday drive", "2022-11-14", "on Nov. 14"),
        E("hopes to raise $4.5 million", "2022-12", "by the end of December"),
    ],
})

# ---------------------------------------------------------------- 02
CWF = "the Charity Workforce Forum"
RH = "Priya Raman-Holt"
RHR = "chief executive"
MA = "Malcolm Ashdown"
FM = "Fiona Mackie"
ARTICLES.append({
    "article": "02_uk-charities-volunteer-shortage.txt",
    "published": "2023-06-13",
    "published_basis": "Dated dateline 'LONDON, June 13 (Reuters) -' (no year); lede 'showed on Tuesday' and June 13 is a Tuesday in 2023 (a Monday in 2022, a Thursday in 2024); year also fits the context (inflation 'a 41-year high of 11.1% last October', '8.7% in April', i.e. Oct. 2022 and Apr. 2023); agrees with writer.tsv",
    "outlet": "Reuters",
    "quotes": [
        Q("UK charities cut services as volunteers drift away and costs climb", "indirect", CWF, O, None, "-"),
        Q("More than a third of British charities have cut or paused services in the past 12 months as volunteer numbers fall and energy and food bills stay high", "indirect", CWF, O, None, "showed"),
        Q("36% had reduced the services they offer since last summer, up from 22% a year earlier, while 58% said they were struggling to recruit or keep volunteers", "indirect", CWF, O, None, "found"),
        Q("The share of organisations reporting a budget deficit rose 9 percentage points to 41%", "indirect", CWF, O, None, "said"),
        Q("We are running a national safety net on goodwill, and the goodwill is running out of hours,", "direct", RH, P, RHR, "said"),
        Q("People still want to help. They just can't afford to give up a Saturday when they are working two jobs.", "direct", RH, P, RHR, "said"),
        Q("the sector had lost the equivalent of about 160,000 full-time volunteer posts since 2019", "indirect", CWF, O, None, "estimated"),
        Q("formal volunteering had fallen by between 5% and 8% over the same period, depending on how occasional helpers are counted", "indirect", "the Volunteering Research Trust", O, None, "said"),
        Q("Churches, mosques, gurdwaras and other places of worship, which run a large share of Britain's food banks, lunch clubs and warm spaces, reported the steepest drop", "indirect", CWF, O, None, "showed"),
        Q("their core volunteers were over 70", "indirect", "Nearly half of faith-based respondents", A, None, "said"),
        Q("his rota had shrunk from around 60 people before the pandemic to 34 now, while demand had roughly doubled", "indirect", MA, P, "Reverend", "said"),
        Q("We had one volunteer who did Tuesdays for 19 years. She's 84 and she's stopped,", "direct", MA, P, "Reverend", "told Reuters"),
        Q("You don't replace that with an app.", "direct", MA, P, "Reverend", "told Reuters"),
        Q("government support had not kept pace", "indirect", "Charities", A, None, "said"),
        Q("ministers to set up a 40 million pound ($50.3 million) fund to help small charities cover running costs and to fund volunteer expenses such as travel, which many organisations have stopped paying", "indirect", CWF, O, None, "called on"),
        Q('the government had provided a 100 million pound support package for charities earlier this year and "continues to work closely with the sector"', "mixed", "A spokesperson for the Department for Culture, Media and Sport", A, None, "said"),
        Q("it was also investing in volunteering programmes for young people", "indirect", "the Department for Culture, Media and Sport", O, None, "said"),
        Q("a further round of funding was unlikely before the autumn", "indirect", "One official familiar with the department's discussions", A, None, "said"),
        Q("the 100 million pounds had been welcome but was being spread across thousands of organisations", "indirect", RH, P, RHR, "said"),
        Q("Some of the smallest charities surveyed said they had received nothing", "indirect", RH, P, RHR, "said"),
        Q("27% of charities expected to close at least one service by the end of the year, and 6% said they were considering winding up altogether", "indirect", CWF, O, None, "found"),
        Q("In Glasgow, a network of church halls has begun sharing volunteers across six sites through a group chat rather than each running its own rota", "indirect", FM, P, None, "according to"),
        Q("the approach had kept three lunch clubs open that would otherwise have shut in the spring", "indirect", FM, P, None, "said"),
        Q("they had replaced volunteer roles with paid staff in the past year, often on zero-hours contracts", "indirect", "About one in eight respondents", A, None, "said"),
        Q("It is not sustainable for a two-person charity to become an employer just to keep the lights on,", "direct", RH, P, RHR, "said"),
    ],
    "figures": [
        F("12 months", 12, "months", "duration", None, None),
        F("2,640 charities", 2640, "charities", "count", None, CWF),
        F("36%", 36, "%", "percent", None, "charities"),
        F("22%", 22, "%", "percent", None, "charities"),
        F("58%", 58, "%", "percent", None, "charities"),
        F("9 percentage points", 9, "%", "percent", None, "organisations reporting a budget deficit"),
        F("41%", 41, "%", "percent", None, "organisations reporting a budget deficit"),
        F("two jobs", 2, "jobs", "count", None, None),
        F("41-year", 41, "years", "duration", None, "Britain's inflation rate"),
        F("11.1%", 11.1, "%", "percent", None, "Britain's inflation rate"),
        F("8.7%", 8.7, "%", "percent", None, "Britain's inflation rate"),
        F("2%", 2, "%", "percent", None, "Bank of England", occ=2),
        F("about 160,000 full-time volunteer posts", 160000, "posts", "count", "about", "the sector"),
        F("between 5% and 8%", 5, "%", "percent", None, "formal volunteering"),
        F("over 70", 70, "years", "duration", "over", "core volunteers"),
        F("around 60 people", 60, "people", "count", "around", "his rota"),
        F("34", 34, "people", "count", None, "his rota"),
        F("one volunteer", 1, "volunteer", "count", None, None),
        F("19 years", 19, "years", "duration", None, None),
        F("84", 84, "years", "duration", None, None),
        F("40 million pound", 40000000, "GBP", "money", None, "fund"),
        F("$50.3 million", 50300000, "USD", "money", None, "fund"),
        F("100 million pound", 100000000, "GBP", "money", None, "the government", occ=1),
        F("100 million pounds", 100000000, "GBP", "money", None, "the government"),
        F("27%", 27, "%", "percent", None, "charities"),
        F("at least one service", 1, "service", "count", "at least", None),
        F("6%", 6, "%", "percent", None, "charities", occ=2),
        F("six sites", 6, "sites", "count", None, "a network of church halls"),
        F("three lunch clubs", 3, "clubs", "count", None, None),
        F("two-person", 2, "person", "count", None, "charity"),
    ],
    "events": [
        E("a survey of the sector showed", "2023-06-13", "on Tuesday"),
        E("36% had reduced the services they offer", "2022", "since last summer"),
        E("a 41-year high of 11.1%", "2022-10", "last October"),
        E("remained at 8.7%", "2023-04", "in April"),
        E("the sector had lost the equivalent of about 160,000 full-time volunteer posts", "2019", "since 2019"),
        E("the Volunteering Research Trust said", "2023-03", "in March"),
        E("the government had provided a 100 million pound support package for charities", "2023", "earlier this year"),
        E("27% of charities expected to close at least one service", "2023", "by the end of the year"),
        E("The forum plans to present its findings to lawmakers at a parliamentary reception", "2023-06-21", "next Wednesday"),
    ],
})

# ---------------------------------------------------------------- 03
JP = "Joanne Pettifer"
JPR = "minister"
HS = "Harpreet Sandhu"
HSR = "one of the organisers"
DM = "Darren Mulvaney"
DMR = "Club president"
LCC = "Lismore City Council"
ARTICLES.append({
    "article": "03_lismore-flood-volunteers.txt",
    "published": "2022-03-07",
    "published_basis": "Inferred (no dateline or date line): '© 2022' footer gives the year; lede says 'a week after the Wilsons River swallowed Lismore' and the flood 'peaked ... last Monday', so publication is a Monday, with Saturday, Sunday (quotes 'on Sunday', totals 'by Sunday night/evening') and Tuesday-Friday of the flood week just past; the text alone does not name the month, and the Lismore flood peaked on Monday 2022-02-28 (world knowledge), giving Monday 2022-03-07; agrees with writer.tsv",
    "outlet": "Far North Coast Independent",
    "quotes": [
        Q("At the Uniting Church hall in Goonellabah, on the high ground east of the city, about 40 volunteers served close to 1,800 meals on Saturday alone", "indirect", JP, P, JPR, "according to"),
        Q("Nobody asked us to do this. We just turned up on Tuesday morning with a barbecue and it grew from there,", "direct", JP, P, JPR, "said"),
        Q("By Wednesday we had people sleeping on the floor of the hall. By Thursday we had a roster.", "direct", JP, P, JPR, None),
        Q("between 2,000 and 3,000 volunteers have joined the clean-up since the flood peaked at a record height of more than 14 metres last Monday, about two metres above the previous record set in 1954", "indirect", LCC, O, None, "estimates"),
        Q("the real figure is higher", "indirect", "Organisers of the so-called “mud army”", A, None, "believe"),
        Q("In our tradition the kitchen is never closed to anyone,", "direct", HS, P, HSR, "said"),
        Q("Whether you are Christian, Muslim, nobody, it doesn’t matter. If you are hungry, you eat.", "direct", HS, P, HSR, "said"),
        Q("the group had gone through about 900 kilograms of rice and lentils and close to 2,000 litres of milk in five days, and was now asking for donations of cash rather than goods because storage space had run out", "indirect", HS, P, HSR, "said"),
        Q("more than 20,000 tonnes of flood waste has already been collected", "indirect", LCC, O, None, "says"),
        Q("the figure to climb well past that by the end of the month", "indirect", LCC, O, None, "expects"),
        Q("about 70 players and supporters had been out every day since Wednesday", "indirect", DM, P, DMR, "said"),
        Q("Half our blokes have lost their own houses,", "direct", DM, P, DMR, "said"),
        Q("They’ll do someone else’s in the morning and go and look at their own in the afternoon. I don’t know how you measure that.", "direct", DM, P, DMR, "said"),
        Q("they had waited days for any sign of government help", "indirect", "Several residents", A, None, "told the Independent"),
        Q("it was working “hand in hand” with community groups and that the Australian Defence Force now had hundreds of personnel on the ground across the Northern Rivers, with more arriving this week", "mixed", "Resilience NSW", O, None, "said"),
        Q("they had each opened recovery hubs offering cash grants, vouchers and counselling, and would stay in the region “for as long as it takes”", "mixed", "Anglicare and the Salvation Army", O, None, "said"),
        Q("the Goonellabah hall would keep running meals until at least the end of next week, although volunteers were tiring and a number had returned to work", "indirect", JP, P, JPR, "said"),
        Q("every single soul", "direct", JP, P, JPR, "thanked"),
        Q("anyone who can sit with an older person for an hour and just listen", "direct", JP, P, JPR, "asked for"),
        Q("The cleaning is the easy part,", "direct", JP, P, JPR, "said"),
        Q("It’s the months after, when the cameras go and the utes go home. That’s when people are going to need us.", "direct", JP, P, JPR, "said"),
    ],
    "figures": [
        F("about 40 volunteers", 40, "volunteers", "count", "about", "the Uniting Church hall in Goonellabah"),
        F("close to 1,800 meals", 1800, "meals", "count", "close to", "the Uniting Church hall in Goonellabah"),
        F("at least a dozen informal evacuation and supply points", 12, "points", "count", "at least", None),
        F("more than 700 people", 700, "people", "count", "more than", "the official centre at Southern Cross University"),
        F("between 2,000 and 3,000 volunteers", 2000, "volunteers", "count", None, "the clean-up"),
        F("more than 14 metres", 14, "metres", "count", "more than", "the flood"),
        F("about two metres", 2, "metres", "count", "about", "the flood"),
        F("more than 4,500 names", 4500, "names", "count", "more than", "one group’s sign-up sheet"),
        F("Sixty kilometres", 60, "kilometres", "count", None, None),
        F("an estimated 6,000 meals", 6000, "meals", "count", "an estimated", "the Sikh community at Woolgoolga"),
        F("about 900 kilograms", 900, "kilograms", "count", "about", "the group"),
        F("close to 2,000 litres", 2000, "litres", "count", "close to", "the group"),
        F("five days", 5, "days", "duration", None, "the group"),
        F("more than 20,000 tonnes", 20000, "tonnes", "count", "more than", "flood waste"),
        F("about 70 players and supporters", 70, "players and supporters", "count", "about", "the Lismore Rugby League Club"),
        F("just over $1.2 million", 1200000, "$", "money", "just over", "The Lismore Flood Appeal"),
    ],
    "events": [
        E("they are still coming", "2022-03-07", "a week after the Wilsons River swallowed Lismore"),
        E("about 40 volunteers served close to 1,800 meals", "2022-03-05", "on Saturday"),
        E("she said", "2022-03-06", "on Sunday", occ=1),
        E("We just turned up", "2022-03-01", "on Tuesday morning", occ=2),
        E("we had people sleeping on the floor of the hall", "2022-03-02", "By Wednesday"),
        E("we had a roster", "2022-03-03", "By Thursday"),
        E("the flood peaked at a record height of more than 14 metres", "2022-02-28", "last Monday"),
        E("the previous record set", "1954", "in 1954"),
        E("one group’s sign-up sheet alone listing more than 4,500 names", "2022-03-06", "by Sunday night"),
        E("members of the Sikh community at Woolgoolga began cooking", "2022-03-02", "on Wednesday"),
        E("the figure to climb well past that", "2022-03", "by the end of the month"),
        E("about 70 players and supporters had been out every day", "2022-03-02", "since Wednesday"),
        E("anger over the pace of the response spilled over at a community meeting in Nimbin", "2022-03-04", "on Friday night"),
        E("more arriving", "2022-03-07", "this week"),
        E("Anglicare and the Salvation Army said", "2022-03-06", "on Sunday"),
        E("the Goonellabah hall would keep running meals", "2022-03-14", "the end of next week"),
        E("she thanked “every single soul” who had helped", "2022-03-05", "late on Saturday"),
        E("The Lismore Flood Appeal, launched by a group of local churches and businesses, had raised just over $1.2 million", "2022-03-06", "by Sunday evening"),
    ],
})

# ---------------------------------------------------------------- 04
AK = "Andriy Kovalenko"
AKR = "parish priest"
BF = "Bohdan Fedorchuk"
BFR = "Leicester-born electrician"
KO = "A senior official at the Kyiv city administration"
NH = "Natalia Hrytsai"
CM = "Claire Mottram"
ARTICLES.append({
    "article": "04_kyiv-church-aid-hub.txt",
    "published": "2022-04-20",
    "published_basis": "Date line under the byline: 'Published Wednesday, 20 April 2022 17:40 BST' (2022-04-20 was a Wednesday); body's 'on Monday night', 'on Tuesday' and Easter 'on Sunday' (Orthodox Easter 2022-04-24) fit; dateline 'KYIV, Ukraine —' has no date; agrees with writer.tsv",
    "outlet": "The London Dispatch",
    "quotes": [
        Q("When the sirens go, we come down here and pack boxes,", "direct", AK, P, AKR, "said"),
        Q("It is good for the nerves. You cannot be afraid and count bandages at the same time.", "direct", AK, P, AKR, "said"),
        Q("the church had distributed between 40 and 50 tonnes of aid since March", "indirect", AK, P, AKR, "estimated"),
        Q("We thought we would do one trip,", "direct", BF, P, BFR, "said"),
        Q("Then people kept bringing things. My mum’s garage has not been empty since February.", "direct", BF, P, BFR, "said"),
        Q("each convoy cost about £9,000 in fuel, ferries and tolls, and that the group had switched from collecting donated goods to buying in bulk in Poland, after learning that second-hand clothes were piling up unused at border warehouses", "indirect", BF, P, BFR, "said"),
        Q("donors abroad to send money rather than goods", "indirect", "Aid groups in Ukraine", A, None, "urged"),
        Q("informal convoys had been “a lifeline” in March but were now creating bottlenecks at some checkpoints, and that the city was trying to register church and volunteer hubs so that supplies could be matched to need", "mixed", KO, A, None, "said"),
        Q("Some districts have three deliveries of nappies and no insulin,", "direct", KO, A, None, "said"),
        Q("that money often takes weeks to reach the people they see every day", "indirect", "volunteers here", A, None, "say"),
        Q("My pension came late, the shop was closed, my son is in the army,", "direct", NH, P, None, "said"),
        Q("The church was open. That’s all.", "direct", NH, P, None, "said"),
        Q("the parish was preparing about 300 Easter baskets, with bread, eggs and sausage, to hand out before Orthodox and Greek Catholic Easter on Sunday", "indirect", AK, P, AKR, "said"),
        Q("the church would hold services as normal, though the curfew meant the traditional overnight vigil had been shortened", "indirect", AK, P, AKR, "said"),
        Q("it has received offers from three more congregations to join", "indirect", "the Leicester group", O, None, "says"),
        Q("had issued tens of thousands of visas", "indirect", "the Department for Levelling Up, Housing and Communities", O, None, "said"),
        Q("she had not expected to spend her Easter week sleeping in a lorry park near the Polish border", "indirect", CM, P, "curate", "said"),
        Q("It turns out a curate is mostly useful for reversing a Transit into a very small gap,", "direct", CM, P, "curate", "said"),
        Q("But you also sit with people. A woman at a petrol station in Lviv just held my hand for five minutes and didn’t say anything. I think about that more than the driving.", "direct", CM, P, "curate", "said"),
        Q("The group intends to keep going “as long as the vans hold out”", "mixed", BF, P, BFR, "said"),
    ],
    "figures": [
        F("four white vans", 4, "vans", "count", None, None),
        F("2,600km", 2600, "km", "count", None, None),
        F("two plumbers", 2, "plumbers", "count", None, None),
        F("23-year-old", 23, "years", "duration", None, "history student"),
        F("between 40 and 50 tonnes", 40, "tonnes", "count", None, "the church"),
        F("closer to 65 tonnes", 65, "tonnes", "count", "closer to", "the church"),
        F("more than £180,000", 180000, "GBP", "money", "more than", "the East Midlands congregations"),
        F("one trip", 1, "trip", "count", None, None),
        F("about £9,000", 9000, "GBP", "money", "about", "each convoy"),
        F("three deliveries", 3, "deliveries", "count", None, "Some districts"),
        F("71", 71, "years", "duration", None, NH),
        F("about 300 Easter baskets", 300, "baskets", "count", "about", "the parish"),
        F("three more congregations", 3, "congregations", "count", None, "the Leicester group"),
        F("five minutes", 5, "minutes", "duration", None, None),
    ],
    "events": [
        E("Most of it arrived", "2022-04-18", "on Monday night"),
        E("had left a supermarket car park in Leicester", "2022-04-12", "six days earlier"),
        E("the Russian invasion began", "2022-02-24", "on 24 February"),
        E("the church had distributed between 40 and 50 tonnes of aid", "2022-03", "since March"),
        E("have raised more than £180,000 through collections, quiz nights and an online appeal", "2022-03", "since early March"),
        E("My mum’s garage has not been empty", "2022-02", "since February"),
        E("informal convoys had been “a lifeline”", "2022-03", "in March"),
        E("has collected a food parcel every Wednesday", "2022-03", "since the middle of March"),
        E("Orthodox and Greek Catholic Easter", "2022-04-24", "on Sunday"),
        E("the Leicester group is planning its seventh trip", "2022-05", "for early May"),
        E("the Department for Levelling Up, Housing and Communities said", "2022-04-19", "on Tuesday"),
    ],
})

# ---------------------------------------------------------------- 05
MD = "Manjit Dhaliwal"
RV = "Ruth Vandermeer"
GN = "the Guru Nanak Sangat Gurdwara"
HB = "Harjit Brar"
HBR = "retired trucker"
ARTICLES.append({
    "article": "05_bc-floods-gurdwara-meals.txt",
    "published": "2021-11-19",
    "published_basis": "Lead-video line 'WATCH: Volunteers bring hot meals to stranded residents in Abbotsford – Nov 19, 2021' and lede 'up before dawn on Friday' (2021-11-19 was a Friday); city statement 'Friday'; '© 2021 Global News' footer; the second video line (Nov 17, 2021) is an older clip; agrees with writer.tsv",
    "outlet": "Global News",
    "quotes": [
        Q("Since Monday, the kitchen at the Guru Nanak Sangat Gurdwara on the city's east side has turned out somewhere between 12,000 and 15,000 meals", "indirect", "its volunteers", A, None, "according to"),
        Q("We don't ask who you are. We ask how many plates,", "direct", MD, P, None, "said"),
        Q("Today I think we will do maybe 3,000. Yesterday it was more. Nobody is counting properly, to be honest.", "direct", MD, P, None, "said"),
        Q('pumping operations were making progress but that it was "too early" to say when residents could return', "mixed", "the City of Abbotsford", O, None, "said"),
        Q("the gurdwara's volunteers, numbering about 150 on any given shift, have been working alongside church groups, a Mennonite relief organization and dozens of local restaurants that donated food and staff time", "indirect", MD, P, None, "said"),
        Q("about 60 people had slept there on Thursday night, down from a peak of roughly 110 earlier in the week", "indirect", RV, P, "pastor", "said"),
        Q("A lot of them are dairy farmers or people who work on the dairy farms,", "direct", RV, P, "pastor", "told Global News"),
        Q("They watched their barns go under. Some of them haven't slept more than a couple hours since Sunday.", "direct", RV, P, "pastor", "told Global News"),
        Q("Dairy farmers in the area have been forced to dump hundreds of thousands of litres of milk because tanker trucks cannot reach them", "indirect", "industry groups", A, None, "according to"),
        Q("The trip cost around $3,500, paid for by a local trucking company", "indirect", MD, P, None, "said"),
        Q('people to stop dropping off clothes and blankets, saying it had "more than we can ever use," and instead to donate non-perishable food, baby supplies and cash', "mixed", GN, O, None, "asked"),
        Q("Our hearts are full and so is our parking lot,", "direct", GN, O, None, "read"),
        Q("people in the Fraser Valley to avoid non-essential travel", "indirect", "Emergency officials", A, None, "urged"),
        Q('the province was "deeply grateful" to community and faith groups and that emergency support services were being expanded to cover food and lodging for those displaced', "mixed", "A B.C. government spokesperson", A, None, "said"),
        Q("he had lost count of the trips", "indirect", HB, P, HBR, "said"),
        Q("Fifteen? Twenty?", "direct", HB, P, HBR, "said"),
        Q("My wife says I should stop. I said, when the water stops, I stop.", "direct", HB, P, HBR, "said"),
        Q("the kitchen would run at least through the weekend and likely well into next week, depending on when highways reopen", "indirect", "Volunteers", A, None, "said"),
    ],
    "figures": [
        F("somewhere between 12,000 and 15,000 meals", 12000, "meals", "count", None, "the kitchen"),
        F("at least one case", 1, "case", "count", "at least", None),
        F("maybe 3,000", 3000, "meals", "count", "maybe", "the kitchen"),
        F("closer to 20,000 meals", 20000, "meals", "count", "closer to", "the gurdwara"),
        F("more than 200 millimetres", 200, "millimetres", "count", "more than", "The atmospheric river"),
        F("about 48 hours", 48, "hours", "duration", "about", None),
        F("about 150", 150, "volunteers", "count", "about", "the gurdwara"),
        F("about 60 people", 60, "people", "count", "about", "Valley Grace Community Church"),
        F("roughly 110", 110, "people", "count", "roughly", "Valley Grace Community Church"),
        F("about 400 kilograms", 400, "kilograms", "count", "about", None),
        F("roughly 45 kilometres", 45, "kilometres", "count", "roughly", "Agassiz"),
        F("around $3,500", 3500, "$", "money", "around", "The trip"),
        F("67-year-old", 67, "years", "duration", None, HB),
        F("Fifteen? Twenty?", 15, "trips", "count", None, HB),
    ],
    "events": [
        E("Volunteers at a Sikh temple in Abbotsford, B.C., were up before dawn", "2021-11-19", "on Friday"),
        E("the kitchen at the Guru Nanak Sangat Gurdwara on the city's east side has turned out somewhere between 12,000 and 15,000 meals", "2021-11-15", "Since Monday"),
        E("I think we will do maybe 3,000", "2021-11-19", "Today"),
        E("it was more", "2021-11-18", "Yesterday"),
        E("The atmospheric river that swept across southern B.C.", "2021-11-13", "over the weekend"),
        E("The City of Abbotsford said in a statement", "2021-11-19", "Friday"),
        E("opened its gym as an overnight shelter", "2021-11-16", "on Tuesday"),
        E("about 60 people had slept there", "2021-11-18", "on Thursday night"),
        E("a peak of roughly 110", "2021-11-15", "earlier in the week"),
        E("Some of them haven't slept more than a couple hours", "2021-11-14", "since Sunday"),
        E("volunteers from the gurdwara chartered a helicopter to carry about 400 kilograms of food and water to people stuck between slides near Agassiz", "2021-11-17", "On Wednesday"),
        E("the gurdwara asked people to stop dropping off clothes and blankets", "2021-11-18", "Thursday evening"),
        E("the province declared a state of emergency", "2021-11-17", "on Wednesday"),
        E("Canadian Armed Forces personnel began arriving in the region", "2021-11-15", "this week"),
        E("has been driving meals to Sumas Prairie in his pickup every day", "2021-11-15", "since Monday"),
        E("the kitchen would run", "2021-11-20", "through the weekend"),
        E("more rain", "2021-11-22", "early next week"),
    ],
})

# ---------------------------------------------------------------- 06
DWh = "Daniel Whitcombe"
DWhR = "senior pastor"
MG = "Martha Gaines"
CO = "Carl Odom"
ARTICLES.append({
    "article": "06_tennessee-methodist-church-vote.txt",
    "published": "2023-05-20",
    "published_basis": "Photo caption '... Saturday, May 20, 2023' and lede 'voted Saturday' under 'MURFREESBORO, Tenn. (AP) —' (2023-05-20 was a Saturday); 'Copyright 2023' footer; agrees with writer.tsv",
    "outlet": "The Associated Press",
    "quotes": [
        Q("This was not a happy day for anybody,", "direct", DWh, P, DWhR, "said"),
        Q("People I have baptized voted on different sides today. But I think the congregation has been clear for a long time about where it wants to go.", "direct", DWh, P, DWhR, "said"),
        Q('the decision was about "the authority of Scripture," not about any one issue', "mixed", DWh, P, DWhR, "said"),
        Q("the denomination's debates over sexuality had driven the timing", "indirect", DWh, P, DWhR, "acknowledged"),
        Q("roughly $900,000 had already been pledged by members, and the rest would come from reserves and a short-term loan", "indirect", "Church leaders", A, None, "said"),
        Q("they will not enforce those rules", "indirect", "many progressive bishops and regional bodies", A, None, "said"),
        Q("My parents are buried in the cemetery out back,", "direct", MG, P, None, "said"),
        Q("I don't know yet whether I can walk into that building next Sunday.", "direct", MG, P, None, "said"),
        Q("Gaines and about three dozen others have begun meeting on Wednesday evenings in a member's home and hope to form a new United Methodist congregation in the area", "indirect", MG, P, None, "said"),
        Q('the process "a divorce with a payment plan"', "mixed", CO, P, "retired schoolteacher", "called"),
        Q("he worried some families would simply stop going to church altogether", "indirect", CO, P, "retired schoolteacher", "said"),
        Q('it respected "the discernment of every local church" and would support members who wished to remain United Methodist', "mixed", "the Tennessee-Western Kentucky Conference", O, None, "said"),
        Q("dozens more were expected before the year-end deadline", "indirect", "a conference official", A, None, "told The Associated Press"),
        Q("he had not slept much in the past week", "indirect", DWh, P, DWhR, "said"),
        Q("You hear a lot about the national numbers, the percentages,", "direct", DWh, P, DWhR, "said"),
        Q("But every one of those is a room like this one, with people who love each other trying to figure out what comes next.", "direct", DWh, P, DWhR, "said"),
        Q("Grateful for everyone who showed up today, on both sides. The doors of my heart are still open. Praying for Cedar Hollow.", "direct", "Kelsey Marr", P, "former youth director", "wrote on Twitter"),
        Q("The congregation, which reports average Sunday attendance of about 650, plans to hold its first service as an independent church in early July if the annual conference approves the vote", "indirect", DWh, P, DWhR, "said"),
        Q('Its name will drop the word "United" and its cross-and-flame signs will come down "gently and with respect,"', "mixed", DWh, P, DWhR, "said"),
    ],
    "figures": [
        F("140-year", 140, "years", "duration", None, "Tennessee congregation"),
        F("412", 412, "votes", "count", None, "Members of Cedar Hollow United Methodist Church"),
        F("97", 97, "votes", "count", None, "Members of Cedar Hollow United Methodist Church"),
        F("about 81%", 81, "%", "percent", "about", "Members of Cedar Hollow United Methodist Church"),
        F("two-hour", 2, "hours", "duration", None, "meeting"),
        F("about $1.3 million", 1300000, "$", "money", "about", "Cedar Hollow"),
        F("two years", 2, "years", "duration", None, "Cedar Hollow"),
        F("roughly $900,000", 900000, "$", "money", "roughly", "members"),
        F("12 months", 12, "months", "duration", None, None),
        F("74", 74, "years", "duration", None, MG),
        F("more than 50 years", 50, "years", "duration", "more than", MG),
        F("about three dozen others", 36, "others", "count", "about", MG),
        F("about 650", 650, "attendance", "count", "about", "The congregation"),
    ],
    "events": [
        E("Members of Cedar Hollow United Methodist Church line up to cast ballots on whether to leave the denomination, in Murfreesboro, Tenn.", "2023-05-20", "Saturday, May 20, 2023"),
        E("One of the oldest Methodist congregations in Middle Tennessee voted Saturday to leave the United Methodist Church", "2023-05-20", "Saturday"),
        E("still needs to be ratified by the regional annual conference", "2023-06", "next month"),
        E("People I have baptized voted on different sides", "2023-05-20", "today"),
        E("The church, founded", "1883", "in 1883"),
        E("a more theologically conservative denomination launched", "2022-05", "in May 2022"),
        E("a provision adopted", "2019", "in 2019"),
        E("congregations have until Dec. 31 of this year to leave the denomination with their property", "2023-12-31", "Dec. 31 of this year"),
        E("thousands of churches — by some tallies more than one in 10 U.S. United Methodist congregations — have received approval to go", "2019", "Since then"),
        E("the General Conference, meets in Charlotte, North Carolina", "2024", "next year"),
        E("Kelsey Marr, a former youth director at the church who opposed leaving, wrote on Twitter", "2023-05-20", "Shortly after the vote"),
        E("everyone who showed up", "2023-05-20", "today"),
        E("the year-end deadline", "2023-12-31", "year-end"),
        E("plans to hold its first service as an independent church", "2023-07", "in early July"),
    ],
})

KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]


def main():
    for a in ARTICLES:
        out = {k: a[k] for k in KEYS}
        name = a["article"][:-4] + ".json"
        with open(os.path.join(ROOT, name), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", name, len(out["quotes"]), "quotes,", len(out["figures"]), "figures,", len(out["events"]), "events")


if __name__ == "__main__":
    main()
