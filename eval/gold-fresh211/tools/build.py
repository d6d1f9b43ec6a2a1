#!/usr/bin/env python3
"""Write the hand-made annotations of gold-fresh211 to JSON.

Every quote, figure and event below was chosen by hand after reading the article;
this script only serialises the literals (no extraction, no pattern matching).
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
C, MO, PC, DU = "count", "money", "percent", "duration"

ARTICLES = []

# ---------------------------------------------------------------- 01
NOOR = "Farid Noorzai"
IRCC = "Immigration, Refugees and Citizenship Canada"
PARKES = "Wendell Parkes"
HAID = "Samira Haidari-Kohn"
DND = "the Department of National Defence"
ARTICLES.append({
    "article": "01_afghan-interpreters-ottawa.txt",
    "published": "2021-08-24",
    "published_basis": "Metadata line at the top of the text: ' date 2021-08-24' (a Tuesday); body has Canadian officials acknowledging 'on Tuesday' and the IRCC statement 'Tuesday', the lead video is dated 'Aug 23, 2021' (the day before), '© 2021 Global News'; agrees with writer.tsv",
    "outlet": "Global News",
    "quotes": [
        Q("they are being left to fight their way through paperwork and crowds as the window to get their families out of Kabul narrows by the hour",
          I, "Relatives of Afghans who once worked alongside Canadian troops", A, None, "say"),
        Q("the number of flights they can operate out of the Afghan capital is likely to shrink over the coming days, and that some people already approved to come to Canada will not make it out before the deadline",
          I, "Canadian officials", A, None, "acknowledged"),
        Q("Every day it is the same. The gates are open, then closed, then open again,",
          D, NOOR, P, "Mississauga truck driver", "said"),
        Q("My brother has the email from Canada. He has the file number. He cannot get through the crowd.",
          D, NOOR, P, "Mississauga truck driver", "said"),
        Q("his brother, his sister-in-law and their five children spent three nights in a drainage ditch near one of the airport's entrances before giving up on Monday and going back to a relative's home across the city",
          I, NOOR, P, "Mississauga truck driver", "said"),
        Q('more than 1,900 people had been evacuated on Canadian military aircraft since the airlift began, along with "a number of others" who left on flights operated by allies',
          M, IRCC, O, None, "said"),
        Q("passengers who left on British and American planes and were later moved onto Canadian flights had not all been counted yet",
          I, "a senior government official", A, None, "saying"),
        Q("two CC-177 Globemaster aircraft and a CC-130J Hercules have been shuttling between Kabul and a staging base in the region, a round trip of roughly 4,000 kilometres",
          I, DND, O, None, "said"),
        Q("One flight on Sunday carried 436 passengers",
          I, DND, O, None, "said"),
        Q("the number is a starting point, not a ceiling, and that the more urgent problem is getting people to a place where they can be processed at all",
          I, "Refugee advocates", A, None, "say"),
        Q("You can promise 20,000 or 40,000 — it doesn't matter if nobody can reach the plane,",
          D, HAID, P, None, "said"),
        Q("her office has taken about 600 calls since Aug. 15, the day the Taliban entered Kabul, most of them from families in Canada trying to find out whether a relative's application had even been received",
          I, HAID, P, None, "said"),
        Q('the government\'s handling of the files "a bureaucratic wall dressed up as a rescue."',
          M, PARKES, P, "retired warrant officer", "called"),
        Q("Another night of emails to IRCC. Another night of auto-replies,",
          D, PARKES, P, "retired warrant officer", "wrote"),
        Q("These men kept us alive on the road to Panjwaii. We owe them more than a form letter.",
          D, PARKES, P, "retired warrant officer", "wrote"),
        Q("the network is tracking about 140 families — somewhere between 800 and 1,000 people — and that only two dozen of those families have confirmed they were given seats",
          I, PARKES, P, "retired warrant officer", "told Global News"),
        Q("the department had moved staff onto round-the-clock shifts and was waiving some document requirements for applicants who could not safely obtain them",
          I, "an IRCC spokesperson", A, None, "said"),
        Q("people who have not been contacted directly by Canadian officials should not go to the airport, where the crowds have become dangerous",
          I, IRCC, O, None, "According to"),
        Q("a fuller update on the program, including how many applications have been approved, is expected later this week",
          I, "Officials", A, None, "said"),
        Q("he spoke to his brother just after 3 a.m. Toronto time",
          I, NOOR, P, "Mississauga truck driver", "said"),
        Q("He asked me, 'Should we go back tonight?'",
          D, NOOR, P, "Mississauga truck driver", "said"),
        Q("What do I tell him? I told him I don't know. I am his little brother and I told him I don't know.",
          D, NOOR, P, "Mississauga truck driver", "said"),
    ],
    "figures": [
        F("five children", 5, "children", C, None, NOOR),
        F("three nights", 3, "nights", DU, None, NOOR, occ=2),
        F("more than 1,900 people", 1900, "people", C, "more than", "Canada"),
        F("closer to 2,300", 2300, "people", C, "closer to", "Canada"),
        F("two CC-177 Globemaster aircraft", 2, "aircraft", C, None, "Canada"),
        F("roughly 4,000 kilometres", 4000, "kilometres", C, "roughly", "round trip"),
        F("436 passengers", 436, "passengers", C, None, "Canada"),
        F("up to 20,000 Afghans", 20000, "Afghans", C, "up to", "Ottawa"),
        F("20,000 or 40,000", 20000, "Afghans", C, None, None),
        F("about 600 calls", 600, "calls", C, "about", "her office"),
        F("two tours", 2, "tours", C, None, PARKES),
        F("about 140 families", 140, "families", C, "about", "the network"),
        F("somewhere between 800 and 1,000 people", 800, "people", C, "somewhere", "the network"),
        F("two dozen", 24, "families", C, None, "the network"),
        F("14-day", 14, "days", DU, None, "quarantine"),
    ],
    "events": [
        E("the United States still aiming to finish its withdrawal", "2021-08-31", "by Aug. 31"),
        E("Canadian officials acknowledged on Tuesday that the number of flights they can operate out of the Afghan capital is likely to shrink over the coming days",
          "2021-08-24", "on Tuesday"),
        E("older brother worked as an interpreter for Canadian soldiers in Kandahar", "2008", "between 2008 and 2011"),
        E("his brother, his sister-in-law and their five children spent three nights in a drainage ditch near one of the airport's entrances before giving up",
          "2021-08-23", "on Monday"),
        E("Immigration, Refugees and Citizenship Canada (IRCC) said in a statement", "2021-08-24", "Tuesday"),
        E("One flight on Sunday carried 436 passengers", "2021-08-22", "on Sunday"),
        E("her office has taken about 600 calls", "2021-08-15", "since Aug. 15"),
        E("the Taliban entered Kabul", "2021-08-15", "Aug. 15"),
        E("Parkes wrote in a post on Twitter", "2021-08-23", "late Monday"),
        E("a fuller update on the program, including how many applications have been approved, is expected",
          "2021-08-23", "later this week"),
    ],
})

# ---------------------------------------------------------------- 02
ZK = "Marta Zielinska-Kruk"
DOM = "Ewa Domagalska"
HRY = "Olena Hrytsenko"
KED = "Tomasz Kedzierski"
ARTICLES.append({
    "article": "02_poland-border-towns-refugees.txt",
    "published": "2022-03-07",
    "published_basis": "Dated dateline 'PRZEMYSL, Poland, March 7 (Reuters)' with the volunteers speaking 'on Monday' and Border Guard figures 'as of 7 a.m. on Monday'; the year is not printed and is inferred as 2022 from Russia invading Ukraine 'on Feb. 24' and refugee arrivals passing 1 million; 2022-03-07 was a Monday; agrees with writer.tsv",
    "outlet": "Reuters",
    "quotes": [
        Q("they were running short of beds, baby formula and drivers as the stream of people fleeing the war in Ukraine showed no sign of easing",
          I, "Volunteers in the eastern Polish town of Przemysl", A, None, "said"),
        Q("1,027,000 people had entered from Ukraine as of 7 a.m. on Monday, including about 142,000 on Sunday alone",
          I, "Poland's Border Guard", O, None, "said"),
        Q("We are at the limit of what volunteers can do,", D, ZK, P, None, "said"),
        Q("People arrive at night, the children are asleep on their feet, and we have nowhere to put them except on camping mats.",
          D, ZK, P, None, "said"),
        Q('the station itself as "a giant waiting room" where families sometimes sit for 10 hours or more before finding a train or a lift further west',
          M, ZK, P, None, "described"),
        Q("Women and children make up roughly 90% of arrivals", I, "officials", A, None, "say"),
        Q("waiting times on the Ukrainian side had fallen to between six and 12 hours from as much as 60 hours last week",
          I, DOM, P, "Border Guard spokeswoman", "told reporters"),
        Q("lines of cars still stretched for up to 15 km on the approach to the Dorohusk crossing further north",
          I, DOM, P, "Border Guard spokeswoman", "said"),
        Q("The situation on our side is under control,", D, DOM, P, "Border Guard spokeswoman", "said"),
        Q("The problem is what happens after the border, in the towns, in the cities. That is where the pressure is now.",
          D, DOM, P, "Border Guard spokeswoman", "said"),
        Q("she had travelled for four days from Kharkiv with her two daughters, aged seven and 11, sleeping in a church in Lviv and then walking the last stretch to the crossing in temperatures below freezing",
          I, HRY, P, None, "said"),
        Q("We left with one bag each,", D, HRY, P, None, "said"),
        Q("My husband drove us to Lviv and turned back. He said, 'Go, I will call you.' He has called twice.",
          D, HRY, P, None, "said"),
        Q("the cost of the measures could reach 8 billion zlotys ($1.8 billion) this year, and that it would ask the European Union to help cover it",
          I, "the Interior Ministry", O, None, "said"),
        Q("the government was preparing for as many as 2.5 million arrivals by the end of the month if fighting around Kyiv intensified",
          I, "a senior Polish official", A, None, "said"),
        Q("it had carried about 220,000 refugees free of charge on domestic and international routes since Feb. 26, most of them to Warsaw, Krakow and Berlin",
          I, "the national rail operator", O, None, "said"),
        Q("it had registered more than 50,000 people from Ukraine", I, "Germany's interior ministry", O, None, "said"),
        Q('the real number was likely to be "significantly higher" because there are no checks at the Polish-German border',
          M, "Germany's interior ministry", O, None, "added"),
        Q("the town of about 60,000 people had seen its population effectively double on some nights",
          I, KED, P, "deputy mayor", "said"),
        Q("schools, a sports hall and two hotels were being used as reception points, and that the council had spent about 3 million zlotys of its own money in the past 10 days",
          I, KED, P, "deputy mayor", "said"),
        Q("The government had promised to reimburse it", I, KED, P, "deputy mayor", "said"),
        Q("Nobody here is complaining,", D, KED, P, "deputy mayor", "said"),
        Q("But a town like this cannot do this for months. We need a system, not only kindness.",
          D, KED, P, "deputy mayor", "said"),
        Q("her shelter had taken in about 1,300 people last week and expected more this week", I, ZK, P, None, "said"),
        Q("A truck with 2 tonnes of food and hygiene supplies donated by a company in Poznan arrived on Monday afternoon",
          I, ZK, P, None, "said"),
    ],
    "figures": [
        F("1 million", 1000000, "arrivals", C, None, "Poland"),
        F("more than a million refugees", 1000000, "refugees", C, "more than", "Poland"),
        F("1,027,000 people", 1027000, "people", C, None, "Poland"),
        F("about 142,000", 142000, "people", C, "about", "Poland"),
        F("about 964,000", 964000, "refugees", C, "about", "Poland"),
        F("10 hours or more", 10, "hours", DU, "or more", "families"),
        F("roughly 90%", 90, "%", PC, "roughly", "Women and children"),
        F("18 to 60", 18, "years", DU, None, "Ukrainian men"),
        F("about 14 km", 14, "km", C, "about", "Medyka crossing"),
        F("between six and 12 hours", 6, "hours", DU, None, "waiting times"),
        F("as much as 60 hours", 60, "hours", DU, "as much as", "waiting times"),
        F("up to 15 km", 15, "km", C, "up to", "lines of cars"),
        F("34", 34, "years", DU, None, HRY),
        F("four days", 4, "days", DU, None, HRY),
        F("two daughters", 2, "daughters", C, None, HRY),
        F("seven", 7, "years", DU, None, "daughters"),
        F("11", 11, "years", DU, None, "daughters"),
        F("one bag", 1, "bag", C, None, HRY),
        F("40 zlotys", 40, "PLN", MO, None, "households"),
        F("$8.90", 8.9, "$", MO, None, "households"),
        F("up to 60 days", 60, "days", DU, "up to", "households"),
        F("8 billion zlotys", 8000000000, "PLN", MO, None, "Poland"),
        F("$1.8 billion", 1800000000, "$", MO, None, "Poland"),
        F("up to three years", 3, "years", DU, "up to", "Ukrainians"),
        F("as many as 2.5 million arrivals", 2500000, "arrivals", C, "as many as", "Poland"),
        F("about 220,000 refugees", 220000, "refugees", C, "about", "the national rail operator"),
        F("more than 50,000 people", 50000, "people", C, "more than", "Germany"),
        F("about 60,000 people", 60000, "people", C, "about", "Przemysl"),
        F("two hotels", 2, "hotels", C, None, "Przemysl"),
        F("about 3 million zlotys", 3000000, "PLN", MO, "about", "the council"),
        F("10 days", 10, "days", DU, None, "the council"),
        F("about 1,300 people", 1300, "people", C, "about", "her shelter"),
        F("2 tonnes", 2, "tonnes", C, None, "truck"),
    ],
    "events": [
        E("Volunteers in the eastern Polish town of Przemysl said", "2022-03-07", "on Monday"),
        E("Russia invaded its neighbour", "2022-02-24", "on Feb. 24"),
        E("Poland's Border Guard said 1,027,000 people had entered from Ukraine", "2022-03-07", "as of 7 a.m. on Monday"),
        E("including about 142,000", "2022-03-06", "on Sunday alone"),
        E("from as much as 60 hours", "2022-02-28", "last week"),
        E("A draft law expected to be voted on", "2022-03-07", "later this week"),
        E("the cost of the measures could reach 8 billion zlotys ($1.8 billion)", "2022", "this year"),
        E("the EU's temporary protection directive, activated", "2022-02-28", "last week"),
        E("the government was preparing for as many as 2.5 million arrivals", "2022-03", "by the end of the month"),
        E("it had carried about 220,000 refugees free of charge on domestic and international routes", "2022-02-26", "since Feb. 26"),
        E("Germany's interior ministry said on Sunday it had registered more than 50,000 people from Ukraine", "2022-03-06", "on Sunday"),
        E("her shelter had taken in about 1,300 people", "2022-02-28", "last week"),
        E("expected more", "2022-03-07", "this week"),
        E("A truck with 2 tonnes of food and hygiene supplies donated by a company in Poznan arrived", "2022-03-07", "on Monday afternoon"),
    ],
})

# ---------------------------------------------------------------- 03
HO = "the Home Office"
LCC = "Lancaster city council"
AMES = "Janet Amesbury"
HALL = "Derek Hallworth"
ARTICLES.append({
    "article": "03_morecambe-hotel-asylum-council.txt",
    "published": "2022-11-17",
    "published_basis": "Timestamp line 'Thu 17 Nov 2022 18.42 GMT' (last modified 19.05 GMT the same day); the Home Office disputed the figure 'on Thursday'; agrees with writer.tsv",
    "outlet": "The Guardian",
    "quotes": [
        Q("numbers will be ‘far lower’ than claimed", M, HO, O, None, "says"),
        Q("it will seek an injunction to stop the Home Office using a seafront hotel to house asylum seekers",
          I, LCC, O, None, "has said"),
        Q("it had been told “with less than a fortnight’s notice” that the Bayview Grand in Morecambe would begin taking residents from 28 November, and that up to 400 people could eventually be accommodated there",
          M, LCC, O, None, "said"),
        Q("the hotel had about 140 rooms and that “far lower” numbers were planned, with families prioritised",
          M, HO, O, None, "saying"),
        Q("the initial intake would be fewer than 200 people", I, "a source at the department", A, None, "said"),
        Q("the authority was not opposed to housing refugees but had been given no information about healthcare, school places or support",
          I, AMES, P, "council leader", "said"),
        Q("We have a long record in this district of welcoming people, and I want to be clear that this is not about the people who will be living in that building,",
          D, AMES, P, "council leader", "said"),
        Q("It is about a department that picks up the phone on a Tuesday, tells us a decision has been made, and expects a town with one overstretched GP surgery to sort out the rest.",
          D, AMES, P, "council leader", "said"),
        Q("the process “government by press release”", M, AMES, P, "council leader", "called"),
        Q("the council’s lawyers were preparing to apply to the high court next week, arguing that the change of use required planning permission",
          I, AMES, P, "council leader", "said"),
        Q("The number of people arriving in the UK who require accommodation has reached record levels, and hotels are a short-term solution. We continue to work closely with local authorities and will engage with the council on its concerns.",
          D, "a Home Office spokesperson", A, None, "said"),
        Q("hotel accommodation was costing the taxpayer about £6.8m a day", I, "Officials", A, None, "told MPs"),
        Q("The figure has since risen", I, "a senior civil servant", A, None, "according to"),
        Q("it was “approaching £7m and still climbing”", M, "a senior civil servant", A, None, "said"),
        Q("the true cost of hotel use in the region is considerably higher once transport and security are included",
          I, "charities", A, None, "say"),
        Q("62 per cent of the people it supported in hotels had been waiting more than six months for an interview about their claim",
          I, "Northwest Refugee Welcome", O, None, "said"),
        Q("When I came, they told me maybe three weeks, maybe one month, then you will go to a house. I have moved rooms four times. I have not moved anywhere else.",
          D, "Yonas", P, None, None),
        Q("We are not allowed to work, so every day is the same. You eat, you sleep, you wait for a letter. People think we are on holiday because it is a hotel. It is not a holiday.",
          D, "Yonas", P, None, None),
        Q("I just want someone to tell me yes or no. Even no. At least no is an answer.",
          D, "Yonas", P, None, None),
        Q("they feared the town would be “forgotten about” once the hotel was full", M, "some", A, None, "said"),
        Q("the anger had been stirred up online", I, "others", A, None, "said"),
        Q("he had “nothing against anyone” but wanted answers", M, HALL, P, None, "said"),
        Q("The Home Office haven’t knocked on a single door,", D, HALL, P, None, "said"),
        Q("Somebody should at least come and explain it.", D, HALL, P, None, "said"),
        Q("they want to end the use of hotels and move people to cheaper, larger sites", I, "Ministers", A, None, "have said"),
    ],
    "figures": [
        F("£7m", 7000000, "GBP", MO, None, "hotel accommodation", occ=1),
        F("up to 400 people", 400, "people", C, "up to", "the Bayview Grand"),
        F("about 140 rooms", 140, "rooms", C, "about", "the hotel"),
        F("fewer than 200 people", 200, "people", C, "fewer than", "the initial intake"),
        F("one overstretched GP surgery", 1, "surgery", C, None, "a town"),
        F("at least two others", 2, "others", C, "at least", None),
        F("More than 40,000 people", 40000, "people", C, "More than", None),
        F("28,526", 28526, "people", C, None, None),
        F("fewer than 2,000", 2000, "people", C, "fewer than", None),
        F("more than 117,000", 117000, "claims", C, "more than", "The backlog of asylum claims"),
        F("about 37,000 people", 37000, "people", C, "about", None),
        F("about £6.8m", 6800000, "GBP", MO, "about", "hotel accommodation"),
        F("£7m", 7000000, "GBP", MO, None, "hotel accommodation", occ=2),
        F("about £40m", 40000000, "GBP", MO, "about", "The contractor"),
        F("62 per cent", 62, "%", PC, None, "Northwest Refugee Welcome"),
        F("more than six months", 6, "months", DU, "more than", None),
        F("29-year-old", 29, "years", DU, None, "Yonas"),
        F("11 months", 11, "months", DU, None, "Yonas"),
        F("about 25 miles", 25, "miles", C, "about", "Blackpool"),
        F("three weeks", 3, "weeks", DU, None, None),
        F("one month", 1, "month", DU, None, None),
        F("four times", 4, "times", C, None, "Yonas"),
        F("Around 150 people", 150, "people", C, "Around", None),
        F("67", 67, "years", DU, None, HALL),
        F("30 years", 30, "years", DU, None, HALL),
    ],
    "events": [
        E("The Bayview Grand in Morecambe, which closed to holidaymakers", "2022-10", "at the end of October"),
        E("the Bayview Grand in Morecambe would begin taking residents", "2022-11-28", "from 28 November"),
        E("The Home Office disputed that figure", "2022-11-17", "on Thursday"),
        E("the council’s lawyers were preparing to apply to the high court", "2022-11-21", "next week"),
        E("A council in North Yorkshire won a temporary injunction", "2022-11", "earlier this month"),
        E("More than 40,000 people have crossed the Channel in small boats", "2022", "so far this year"),
        E("up from 28,526", "2021", "in the whole of 2021"),
        E("fewer than 2,000", "2019", "in 2019"),
        E("Officials told MPs", "2022-10", "last month"),
        E("Around 150 people attended a meeting at a church hall", "2022-11-15", "on Tuesday evening"),
        E("A plan to open a former military base in the Midlands, announced", "2022", "in the spring"),
        E("The council is expected to confirm whether it will go ahead with its legal challenge at a full meeting",
          "2022-11-21", "on Monday"),
    ],
})

# ---------------------------------------------------------------- 04
ECH = "Luis Echeverria-Toledo"
AND = "Yorbelis Andrade"
SAL = "Enrique Salcido Baeza"
QUI = "Marisol Quinones"
ARTICLES.append({
    "article": "04_el-paso-title-42-ends.txt",
    "published": "2023-05-12",
    "published_basis": "Inferred (AP dateline without a date): the crowds 'thinned out Friday', 'the first full day without' Title 42, which lapsed '11:59 p.m. EDT Thursday'; 'Copyright 2023 The Associated Press'. The text itself fixes only a Friday in 2023; the Title 42 lapse (Thursday 2023-05-11, general knowledge, not printed) makes it Friday 2023-05-12, which is writer.tsv's date",
    "outlet": "The Associated Press",
    "quotes": [
        Q("agents made roughly 6,300 arrests on Friday", I, "a U.S. official", A, None, "said"),
        Q("the number was preliminary and could be revised", I, "a U.S. official", A, None, "cautioned"),
        Q('it was "too early to draw conclusions" and that its officers were "prepared for a range of scenarios, including higher numbers in the days and weeks ahead."',
          M, "the Department of Homeland Security", O, None, "said"),
        Q("every one of the shelter's 130 cots had been taken by Thursday afternoon, and dozens more people slept on blankets in the chapel",
          I, ECH, P, None, "said"),
        Q("People were told that if they didn't get across before midnight, the door would close forever,",
          D, ECH, P, None, "said"),
        Q("So they came, all at once, and a lot of them are now sitting here not knowing what the rules even are.",
          D, ECH, P, None, "said"),
        Q("the shelter had spent about $45,000 on food, bus tickets and medicine in the past two weeks, far beyond its usual monthly budget, and that the city had promised to reimburse part of it",
          I, ECH, P, None, "said"),
        Q("We tried the app for three months,", D, AND, P, None, "said"),
        Q("Every morning at the same time, and every morning nothing. There are no appointments. So what were we supposed to do, wait until we died?",
          D, AND, P, None, "said"),
        Q("between 2,000 and 3,000 people were still staying in the city's shelters and in hotels, and that some had decided to wait and see how the new rules were enforced before trying to cross",
          I, SAL, P, None, "said"),
        Q('Mexican authorities had seen "no sign of a new wave" overnight', M, SAL, P, None, "told reporters"),
        Q("that could change quickly", I, SAL, P, None, "said"),
        Q("had paid smugglers up to $3,000 each to reach the border and were unlikely to turn back", I, SAL, P, None, "said"),
        Q("the city had processed more than 1,100 migrants through its own welcome center since Monday and was renting space at two vacant school buildings",
          I, "El Paso officials", A, None, "said"),
        Q("The city expects to spend nearly $8 million on the response by the end of the fiscal year",
          I, "a spokesperson", A, None, "said"),
        Q("it revives restrictions that courts blocked years ago", I, "Advocacy groups", A, None, "arguing"),
        Q("It's quieter today, and everybody's grateful for that,", D, QUI, P, "volunteer with a local food bank", "said"),
        Q("But quiet doesn't mean over. It means people are waiting.", D, QUI, P, "volunteer with a local food bank", "said"),
    ],
    "figures": [
        F("about 10,000 arrests", 10000, "arrests", C, "about", "Border Patrol agents"),
        F("1,950-mile", 1950, "miles", C, None, "border with Mexico"),
        F("3,140-kilometer", 3140, "kilometers", C, None, "border with Mexico"),
        F("roughly 6,300 arrests", 6300, "arrests", C, "roughly", "agents"),
        F("five years", 5, "years", DU, None, "Those removed under the new rules"),
        F("130 cots", 130, "cots", C, None, "the shelter"),
        F("about $45,000", 45000, "$", MO, "about", "the shelter"),
        F("two weeks", 2, "weeks", DU, None, "the shelter"),
        F("27", 27, "years", DU, None, AND),
        F("4-year-old", 4, "years", DU, None, "son"),
        F("three months", 3, "months", DU, None, AND),
        F("between 2,000 and 3,000 people", 2000, "people", C, None, "Ciudad Juarez"),
        F("up to $3,000", 3000, "$", MO, "up to", "Many migrants"),
        F("more than 1,100 migrants", 1100, "migrants", C, "more than", "El Paso"),
        F("two vacant school buildings", 2, "buildings", C, None, "El Paso"),
        F("nearly $8 million", 8000000, "$", MO, "nearly", "El Paso"),
        F("1,500 active-duty troops", 1500, "troops", C, None, "The administration"),
        F("three weeks", 3, "weeks", DU, None, QUI),
    ],
    "events": [
        E("The crowds that had packed the riverbank and the streets around downtown El Paso's shelters for days thinned out",
          "2023-05-12", "Friday"),
        E("Border Patrol agents had been making about 10,000 arrests a day along the 1,950-mile (3,140-kilometer) border with Mexico",
          "2023-05-08", "earlier in the week"),
        E("the rule lapsed", "2023-05-11", "at 11:59 p.m. EDT Thursday"),
        E("agents made roughly 6,300 arrests", "2023-05-12", "on Friday"),
        E("Title 42, in place", "2020-03", "since March 2020"),
        E("every one of the shelter's 130 cots had been taken", "2023-05-11", "by Thursday afternoon"),
        E("Yorbelis Andrade, 27, from Maracaibo, Venezuela, crossed the Rio Grande with her husband and 4-year-old son",
          "2023-05-10", "on Wednesday"),
        E("She was released", "2023-05-11", "on Thursday"),
        E("Salcido Baeza told reporters", "2023-05-12", "on Friday morning"),
        E("who declared a state of emergency", "2023-04", "late last month"),
        E("the city had processed more than 1,100 migrants through its own welcome center", "2023-05-08", "since Monday"),
        E("The administration sent 1,500 active-duty troops to the border", "2023-05", "this month"),
        E("A hearing in the case is expected", "2023-05-15", "next week"),
        E("temperatures in El Paso expected to climb into the 90s", "2023-05-13", "over the weekend"),
        E("volunteers handed out water by the case along the streets near the shelter", "2023-05-12", "on Friday afternoon"),
    ],
})

# ---------------------------------------------------------------- 05
MOH = "Ali Reza Mohammadi"
DIS = "Carmel Di Stasio"
RAH = "Farzana Rahimi"
DISR = "Dried fruit grower and industry representative"
ARTICLES.append({
    "article": "05_mildura-temporary-visas.txt",
    "published": "2021-10-20",
    "published_basis": "Line 'Posted Wed 20 Oct 2021 at 5:12am, updated Wed 20 Oct 2021 at 9:47am'; agrees with writer.tsv",
    "outlet": "ABC News",
    "quotes": [
        Q("their lives are ‘on hold’", M, "Refugees on temporary visas", A, None, "say"),
        Q("the region is short of between 2,000 and 3,000 workers ahead of harvest", I, "Growers", A, None, "say"),
        Q("there are no plans to change the visa settings", I, "the Department of Home Affairs", O, None, "says"),
        Q("he would hire five more like him tomorrow if he could find them", I, "his employer", A, None, "says"),
        Q("he cannot plan more than a few years ahead, because the visa that allows him to stay runs out in 2024",
          I, MOH, P, None, "says"),
        Q("I have been here eight years. I pay tax, I pay rent, I have my licence, I know everybody in this street,",
          D, MOH, P, None, "said"),
        Q("But every time the visa finishes, I have to start again. Again the forms, again the interview, again the waiting.",
          D, MOH, P, None, None),
        Q("My wife asks me, ‘Should we buy a house? Should we have another baby?’ I tell her I don’t know. How can I know?",
          D, MOH, P, None, None),
        Q("very few have been able to use", I, "refugee advocates", A, None, "say"),
        Q("the government’s policy had not changed", I, "a spokesperson for the Department of Home Affairs", A, None, "said"),
        Q("Temporary protection visas and Safe Haven Enterprise Visas are an important part of the government’s strong border protection framework,",
          D, "a spokesperson for the Department of Home Affairs", A, None, "said"),
        Q("SHEV holders who met the regional requirements “may be eligible to apply for a range of other visas”",
          M, "a spokesperson for the Department of Home Affairs", A, None, "adding"),
        Q("it is fewer than 100", I, "Advocates", A, None, "estimate"),
        Q("the region was short of between 2,000 and 3,000 workers heading into summer, and that some growers had left fruit hanging last season",
          I, DIS, P, DISR, "said"),
        Q("We have got people here, already trained, already living in town, who want to stay, and we are telling them they might have to leave,",
          D, DIS, P, DISR, "said"),
        Q("It makes no sense from any angle.", D, DIS, P, DISR, "said"),
        Q("her family’s block had lost about 80 tonnes of sultanas last season because there were not enough pickers",
          I, DIS, P, DISR, "said"),
        Q("about 340 people in the region held temporary protection or SHEV visas, most of them Hazara or Iranian, and that about 70 per cent were in paid work",
          I, "Mildura’s migrant resource centre", O, None, "said"),
        Q("the uncertainty was taking a toll on people’s mental health", I, RAH, P, "coordinator", "said"),
        Q("People stop making plans. They stop learning English properly because they think, ‘What is the point?’,",
          D, RAH, P, "coordinator", "said"),
        Q("And then we wonder why they are not settling.", D, RAH, P, "coordinator", "said"),
        Q("the centre had seen a rise in people seeking counselling since the middle of the year, when a number of local SHEV holders received letters asking them to apply for a new visa",
          I, RAH, P, "coordinator", "said"),
        Q("it would abolish temporary protection visas if it won government and move holders onto permanent visas",
          I, "Federal Labor", O, None, "has said"),
        Q("I will go, I will answer the questions, like last time,", D, MOH, P, None, "said"),
        Q("Then I will come back and prune the vines. What else can I do?", D, MOH, P, None, None),
    ],
    "figures": [
        F("six years", 6, "years", DU, None, MOH),
        F("About 19,000 refugees", 19000, "refugees", C, "About", "Australia"),
        F("between 2,000 and 3,000 workers", 2000, "workers", C, None, "the region", occ=1),
        F("five more", 5, "workers", C, None, "his employer"),
        F("eight years", 8, "years", DU, None, MOH),
        F("about 19,000 people", 19000, "people", C, "about", "Australia"),
        F("three and a half years", 3.5, "years", DU, None, "Those on Safe Haven Enterprise Visas"),
        F("five", 5, "years", DU, None, "Those on Safe Haven Enterprise Visas", occ=2),
        F("fewer than 100", 100, "people", C, "fewer than", None),
        F("about 540 kilometres", 540, "kilometres", C, "about", "Sunraysia"),
        F("between 2,000 and 3,000 workers", 2000, "workers", C, None, "the region", occ=2),
        F("about 80 tonnes", 80, "tonnes", C, "about", "her family’s block"),
        F("close to $200,000", 200000, "$", MO, "close to", "her family’s block"),
        F("about 340 people", 340, "people", C, "about", "the region"),
        F("about 70 per cent", 70, "%", PC, "about", "the region"),
        F("two days", 2, "days", DU, None, MOH),
        F("more than 1,000 kilometres", 1000, "kilometres", C, "more than", MOH),
    ],
    "events": [
        E("a Hazara man who arrived in Australia by boat", "2013", "in 2013"),
        E("the visa that allows him to stay runs out", "2024", "in 2024"),
        E("the centre had seen a rise in people seeking counselling", "2021", "since the middle of the year"),
        E("a number of local SHEV holders received letters asking them to apply for a new visa", "2021", "the middle of the year"),
        E("An election is due", "2022-05", "by May next year"),
        E("an interview in Melbourne", "2021-11-14", "on the 14th of next month"),
    ],
})

# ---------------------------------------------------------------- 06
QC = "Quebec"
QMIN = "Quebec's immigration ministry"
PL = "Jean-Wesner Pierre-Louis"
BN = "Chantal Beaudry-Nkemba"
ARTICLES.append({
    "article": "06_roxham-road-buses-ontario.txt",
    "published": "2023-01-21",
    "published_basis": "Line 'Published Saturday, Jan. 21, 2023 3:48PM EST' (last updated 6:02PM the same day); body 'on Saturday' and IRCC statement 'Saturday'; the caption (Jan. 14, 2023) and the video (Jan 19, 2023) are earlier dates; agrees with writer.tsv",
    "outlet": "CTV News Montreal",
    "quotes": [
        Q("shelters are full", I, QC, O, None, "says"),
        Q("its shelters and temporary housing in the Montreal area were at capacity", I, QC, O, None, "said"),
        Q('more than 1,800 asylum claimants had been transferred to hotels in Ontario so far in January, mainly in Niagara Falls and Cornwall, and that "additional locations are being assessed."',
          M, IRCC, O, None, "said"),
        Q("the transfers were voluntary and that people with family in Quebec could ask to stay in the province",
          I, IRCC, O, None, "said"),
        Q('the province had received "an unprecedented number" of asylum claimants in 2022 and could no longer provide housing, French classes and social assistance at the same level',
          M, QMIN, O, None, "said"),
        Q("Ottawa to reimburse more than $300 million it says it spent on asylum seekers last year", I, QC, O, None, "has asked"),
        Q('the two governments were "in active discussions"', M, "a spokesperson for the federal minister responsible", A, None, "said"),
        Q("its beds had been 100 per cent full since before Christmas",
          I, "a coalition of Montreal community groups that house newcomers", O, None, "said"),
        Q("occupancy in its own network was closer to 87 per cent on Friday", I, QMIN, O, None, "said"),
        Q('the number "changes day to day."', M, QMIN, O, None, "acknowledged"),
        Q("the agreement to be renegotiated to cover the whole border",
          I, "Quebec and federal opposition parties", O, None, "have called for"),
        Q("he had spent three weeks in a Montreal hotel before being told he would be moved", I, PL, P, "mechanic", "said"),
        Q("They said Cornwall. I didn't know where Cornwall was. I had to look on my phone,",
          D, PL, P, "mechanic", "told CTV News"),
        Q("I speak French, I have a friend in Montreal who promised me work. Now I am in a town where I don't speak the language.",
          D, PL, P, "mechanic", "told CTV News"),
        Q("he was grateful for a room and three meals a day but worried about getting to his hearing", I, PL, P, "mechanic", "said"),
        Q("Every appointment is in Montreal,", D, PL, P, "mechanic", "said"),
        Q("How do I get there?", D, PL, P, "mechanic", "said"),
        Q('it had learned of the arrivals "through media reports" and had asked for a meeting with federal officials next week to discuss health care and school places for children',
          M, "the mayor's office in Niagara Falls", O, None, "said"),
        Q("the transfers were being done too quickly and with too little information", I, BN, P, None, "said"),
        Q("People are signing a form at 11 o'clock at night, in a language they don't read well, and getting on a bus at 7 a.m.,",
          D, BN, P, None, "said"),
        Q("Some of them don't understand that they have agreed to leave Quebec.", D, BN, P, None, "said"),
        Q("the clinic had seen about 40 people in the past two weeks who were unsure whether they had been moved voluntarily",
          I, BN, P, None, "said"),
        Q("the trade shows no sign of slowing", I, "Taxi drivers on the American side", A, None, "say"),
    ],
    "figures": [
        F("around -18 C", -18, "C", C, "around", None),
        F("family of four", 4, "family", C, None, None),
        F("two suitcases", 2, "suitcases", C, None, None),
        F("about 60 kilometres", 60, "kilometres", C, "about", "Montreal"),
        F("more than 1,800 asylum claimants", 1800, "claimants", C, "more than", "Ontario"),
        F("more than 39,000 people", 39000, "people", C, "more than", "RCMP officers"),
        F("fewer than 5,000", 5000, "people", C, "fewer than", None),
        F("Nearly 5,000", 5000, "people", C, "Nearly", None),
        F("more than $300 million", 300000000, "$", MO, "more than", "Quebec"),
        F("two governments", 2, "governments", C, None, None),
        F("100 per cent", 100, "%", PC, None, "its beds"),
        F("closer to 87 per cent", 87, "%", PC, "closer to", "occupancy"),
        F("41-year-old", 41, "years", DU, None, PL),
        F("three weeks", 3, "weeks", DU, None, PL),
        F("about 110 kilometres", 110, "kilometres", C, "about", "Cornwall"),
        F("three meals", 3, "meals", C, None, PL),
        F("about 40 people", 40, "people", C, "about", "the clinic"),
        F("two weeks", 2, "weeks", DU, None, "the clinic"),
        F("roughly 35 kilometres", 35, "kilometres", C, "roughly", "trip"),
        F("US$90", 90, "USD", MO, None, "rides"),
    ],
    "events": [
        E("Asylum seekers carry their luggage toward an RCMP checkpoint at Roxham Road in Saint-Bernard-de-Lacolle, Que.",
          "2023-01-14", "on Jan. 14, 2023"),
        E("a taxi from Plattsburgh, N.Y., pulled up at the end of Roxham Road, and a family of four climbed out, dragged two suitcases across a shallow ditch and walked toward the waiting RCMP officers",
          "2023-01-21", "Just after dawn on Saturday"),
        E("The federal government has been quietly moving hundreds of asylum seekers who cross at the unofficial border point to other provinces",
          "2023-01", "since earlier this month"),
        E("Immigration, Refugees and Citizenship Canada (IRCC) said in a statement", "2023-01-21", "Saturday"),
        E("more than 1,800 asylum claimants had been transferred to hotels in Ontario", "2023-01", "so far in January"),
        E('the province had received "an unprecedented number" of asylum claimants', "2022", "in 2022"),
        E("RCMP officers intercepted more than 39,000 people crossing irregularly into Quebec", "2022", "last year"),
        E("fewer than 5,000", "2021", "in 2021"),
        E("Nearly 5,000 crossed", "2022-12", "in December alone"),
        E("it spent on asylum seekers", "2022", "last year"),
        E("occupancy in its own network was closer to 87 per cent", "2023-01-20", "on Friday"),
        E("who crossed at Roxham Road", "2022-12", "in mid-December"),
        E("had asked for a meeting with federal officials", "2023-01-23", "next week"),
        E("one Plattsburgh driver advertised rides from the city's bus station to Roxham Road", "2023-01-19", "on Thursday"),
        E("Federal officials are expected to announce more hotel locations", "2023-01", "by the end of the month"),
    ],
})


def main():
    keys = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]
    for a in ARTICLES:
        out = {k: a[k] for k in keys}
        path = os.path.join(ROOT, a["article"].replace(".txt", ".json"))
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", os.path.relpath(path, ROOT), len(a["quotes"]), "quotes,",
              len(a["figures"]), "figures,", len(a["events"]), "events")


if __name__ == "__main__":
    main()
