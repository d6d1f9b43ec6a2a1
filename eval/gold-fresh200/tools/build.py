#!/usr/bin/env python3
"""Write the hand-made annotations of gold-fresh200 to JSON.

Every entry below was written by hand after reading the article in full; this
script only turns the Python literals into one JSON file per article (in the
folder above tools/). It finds nothing by itself.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

COUNT, MONEY, PERCENT, DURATION = "count", "money", "percent", "duration"
P, A, O = "person", "anonymous", "organization"


def Q(text, kind, speaker, speaker_type, role, cue, occ=None):
    d = {"text": text}
    if occ is not None:
        d["occurrence"] = occ
    d.update(kind=kind, speaker=speaker, speaker_type=speaker_type, role=role, cue=cue)
    return d


def F(text, value, unit, category, approx=None, subject=None, occ=None):
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

# ---------------------------------------------------------------------------
# 01 Peru: Reuters, LIMA, Nov 18 (Friday 2022-11-18)
# ---------------------------------------------------------------------------
CCORI = ("Milagros Ccori", P, "lawmaker")
BENAVIDES = ("Raúl Benavides", P, "Transport Minister")
SALAS = ("Gregorio Salas", P, None)
VALCARCEL = ("Jorge Valcárcel", P, "political analyst at a Lima university")
OFFICIAL1 = ("A senior government official", A, None)
ARTICLES.append({
    "article": "01_peru-congress-censure.txt",
    "published": "2022-11-18",
    "published_basis": "Reuters dateline 'LIMA, Nov 18 (Reuters)' and lead 'voted on Friday'; year not printed but inferred: Nov 18 was a Friday in 2022, 'since mid-2021' and strike 'which began on Nov. 7' in its '12th day' fit; agrees with writer.tsv",
    "outlet": "Reuters",
    "quotes": [
        Q('''We have not censured a man, we have censured an absence,''', "direct", *CCORI, "said"),
        Q('''For 12 days the country has been cut in two, and the minister was in Lima giving interviews.''', "direct", *CCORI, "said"),
        Q('''he had "acted within the law at every moment" and would hand over the ministry "in an orderly way."''', "mixed", *BENAVIDES, "said"),
        Q('''the government "respects the decision of Congress" and that talks with transport unions would resume in Lima on Saturday''', "mixed", "the prime minister's office", O, None, "said"),
        Q('''the presidency had approached at least two candidates for the post, one of them a former deputy minister with ties to the freight industry''', "indirect", *OFFICIAL1, "said"),
        Q('''an appointment was unlikely before Monday''', "indirect", *OFFICIAL1, "said"),
        Q('''more than 25,000 trucks have joined the stoppage, which began on Nov. 7''', "indirect", "the national truckers' federation", O, None, "says"),
        Q('''the censure would not end the protest''', "indirect", *SALAS, "told Reuters"),
        Q('''A new face changes nothing if the price at the pump stays the same,''', "direct", *SALAS, "said"),
        Q('''We are not going home for a photograph.''', "direct", *SALAS, "said"),
        Q('''which the federation rejected as "crumbs."''', "mixed", "the national truckers' federation", O, None, "rejected"),
        Q('''drivers were paying as much as 21 soles a gallon in some highland towns, or about 5.5 soles a litre''', "indirect", *SALAS, "said"),
        Q('''losses could reach up to $15 million a day, with nearly 2,000 containers of table grapes and mandarins waiting to reach the port of Callao at the peak of the harvest season''', "indirect", "Farm exporters", A, None, "warned"),
        Q('''Wholesale prices of potatoes and onions at Lima's main market rose between 20% and 35% this week''', "indirect", "the agriculture ministry", O, None, "said"),
        Q('''road blockades and political uncertainty were weighing on investment''', "indirect", "The central bank", O, None, "said"),
        Q('''a 34-year-old driver died after being hit by a car at a blockade near Nasca on Nov. 9''', "indirect", "the ombudsman's office", O, None, "according to"),
        Q('''two officers have been injured''', "indirect", "Police", O, None, "say"),
        Q('''her bloc would also seek to question the economy minister over the cost of the fuel subsidy, which the finance ministry has estimated at 480 million soles ($124 million) if it runs until February''', "indirect", *CCORI, "said"),
        Q('''the constant turnover has left key ministries without stable leadership''', "indirect", "analysts", A, None, "say"),
        Q('''Every time a minister falls, the technical teams fall with him,''', "direct", *VALCARCEL, "said"),
        Q('''The people who know the file on fuel prices are going to leave with Benavides, and the negotiation starts again from zero.''', "direct", *VALCARCEL, "said"),
    ],
    "figures": [
        F("74 votes", 74, "votes", COUNT, None, "Lawmakers"),
        F("38", 38, "votes", COUNT, None, "Lawmakers"),
        F("nine abstentions", 9, "abstentions", COUNT, None, None),
        F("66 votes", 66, "votes", COUNT, None, None),
        F("130-seat", 130, "seat", COUNT, None, "legislature"),
        F("58-year-old", 58, "years", DURATION, None, "Raúl Benavides"),
        F("12 days", 12, "days", DURATION, None, None),
        F("at least two candidates", 2, "candidates", COUNT, "at least", "the presidency"),
        F("more than 25,000 trucks", 25000, "trucks", COUNT, "more than", None),
        F("about 45%", 45, "%", PERCENT, "about", "diesel"),
        F("about 9,000", 9000, "trucks", COUNT, "about", None),
        F("37 points", 37, "points", COUNT, None, None),
        F("14 regions", 14, "regions", COUNT, None, None),
        F("roughly 600 km", 600, "km", COUNT, "roughly", "Pan-American Highway"),
        F("370 miles", 370, "miles", COUNT, None, "Pan-American Highway"),
        F("1.50 soles", 1.5, "PEN", MONEY, None, "subsidy"),
        F("about $0.39", 0.39, "USD", MONEY, "about", "subsidy"),
        F("three months", 3, "months", DURATION, None, "subsidy"),
        F("as much as 21 soles", 21, "PEN", MONEY, "as much as", "drivers"),
        F("about 5.5 soles", 5.5, "PEN", MONEY, "about", "drivers"),
        F("up to $15 million", 15000000, "USD", MONEY, "up to", "Farm exporters"),
        F("nearly 2,000 containers", 2000, "containers", COUNT, "nearly", None),
        F("between 20% and 35%", 20, "%", PERCENT, None, "Wholesale prices of potatoes and onions"),
        F("below 3%", 3, "%", PERCENT, "below", "growth forecast"),
        F("34-year-old", 34, "years", DURATION, None, "driver"),
        F("two officers", 2, "officers", COUNT, None, "Police"),
        F("480 million soles", 480000000, "PEN", MONEY, None, "fuel subsidy"),
        F("$124 million", 124000000, "USD", MONEY, None, "fuel subsidy"),
        F("more than a dozen ministers", 12, "ministers", COUNT, "more than", "Congress"),
    ],
    "events": [
        E("Peru's Congress voted on Friday to censure Transport Minister Raúl Benavides", "2022-11-18", "on Friday"),
        E("Benavides, a 58-year-old civil engineer who was sworn in", "2022-08", "in August"),
        E("the third cabinet member to leave the government", "2022-09", "since September"),
        E("talks with transport unions would resume in Lima", "2022-11-19", "on Saturday"),
        E("an appointment was unlikely", "2022-11-21", "before Monday"),
        E("the stoppage, which began", "2022-11-07", "on Nov. 7"),
        E("diesel, which has risen about 45%", "2022-01", "since January"),
        E("toll increases on the Pan-American Highway that took effect", "2022-11", "this month"),
        E("The Transport Ministry put the number of trucks taking part at about 9,000", "2022-11-17", "on Thursday"),
        E("The government last week offered a temporary subsidy of 1.50 soles (about $0.39) per gallon of diesel", "2022-11-07", "last week"),
        E("Wholesale prices of potatoes and onions at Lima's main market rose between 20% and 35%", "2022-11-14", "this week"),
        E("The central bank said last month that road blockades and political uncertainty were weighing on investment", "2022-10", "last month"),
        E("Congress is due to debate a separate motion next week to summon the interior minister", "2022-11-21", "next week"),
        E("a 34-year-old driver died after being hit by a car at a blockade near Nasca", "2022-11-09", "on Nov. 9"),
        E("it runs", "2023-02", "until February"),
        E("Peru's opposition-dominated Congress has censured or pressed out more than a dozen ministers", "2021", "since mid-2021"),
    ],
})

# ---------------------------------------------------------------------------
# 02 Bangladesh diaspora rally: Global News, metadata 2023-10-31 (Tuesday)
# ---------------------------------------------------------------------------
CHOWDHURY = ("Tahmina Rahman Chowdhury", P, "Scarborough pharmacist")
GAC = ("Global Affairs Canada", O, None)
LORTIE = ("Geneviève Lortie-Hall", P, "Canada’s high commissioner in Dhaka")
BHUIYAN = ("Imran Haque Bhuiyan", P, None)
ALAM = ("Nusrat Alam", P, None)
ARTICLES.append({
    "article": "02_bangladesh-diaspora-rally.txt",
    "published": "2023-10-31",
    "published_basis": "Metadata line 'date 2023-10-31' (a Tuesday); consistent with the march 'on Monday evening' and caption 'Monday, Oct. 30, 2023', the blockade that began 'on Tuesday' and the petition count 'by Tuesday morning'; agrees with writer.tsv",
    "outlet": "Global News",
    "quotes": [
        Q("between 300 and 400 people took part", "indirect", "Toronto police", O, None, "estimated"),
        Q("We are not here for any party. We are here because our brothers and sisters are being beaten in the street for asking for a fair vote,", "direct", *CHOWDHURY, "said"),
        Q("My cousin was in Dhaka on Saturday. He called me at three in the morning our time and I could hear it — people coughing from the tear gas, people screaming. He is 19 years old.", "direct", *CHOWDHURY, None),
        Q("Canada gives a lot of money to Bangladesh. Canada buys our clothes. Canada has a voice there, and we want Canada to use it.", "direct", *CHOWDHURY, None),
        Q("At least 11 people, including a police officer, have been killed since Saturday, when a mass rally by Bangladesh’s main opposition party in the capital turned into running battles with police", "indirect", "the Dhaka Metropolitan Police", O, None, "according to"),
        Q("the toll was at least 16 and that more than 2,000 opposition activists had been arrested across the country in three days", "indirect", "A Dhaka-based rights monitor", A, None, "said"),
        Q("the prime minister step down and hand power to a neutral caretaker administration before the vote", "indirect", "The opposition", O, None, "demanding"),
        Q("it was “deeply concerned by reports of violence and loss of life”", "mixed", *GAC, "said"),
        Q("all parties to exercise restraint and to respect the rights to peaceful assembly and freedom of expression.", "direct", *GAC, "urged"),
        Q("Canadian officials in Dhaka were “closely monitoring the situation” and that about 1,800 Canadians in Bangladesh were signed up for its Registration of Canadians Abroad service", "mixed", *GAC, "said"),
        Q("she was “saddened by the loss of life” over the weekend", "mixed", *LORTIE, "wrote"),
        Q("A free, fair and peaceful election is what the people of Bangladesh deserve,", "direct", *LORTIE, "wrote"),
        Q("Canadian officials had raised their concerns with Bangladesh’s high commission in Ottawa on Monday and were co-ordinating with the United States, the United Kingdom and the European Union on “next steps.”", "mixed", "A senior government official", A, None, "said"),
        Q("the opposition was “burning buses and calling it democracy.”", "mixed", *BHUIYAN, "told Global News"),
        Q("the government had held elections on schedule for 15 years and that “the people will decide in January, not the people on the street.”", "mixed", *BHUIYAN, "said"),
        Q("the diaspora’s demands for visa bans and targeted sanctions went well beyond anything Ottawa was likely to do before the vote", "indirect", *ALAM, "said"),
        Q("Canada tends to move in step with Washington on Bangladesh,", "direct", *ALAM, "said"),
        Q("A statement of concern is the tool it reaches for first. I would be surprised to see much more than that this year.", "direct", *ALAM, "said"),
        Q("the United States announced in May a visa policy targeting anyone found to be undermining the democratic election process in Bangladesh, a step Canada has not matched", "indirect", *ALAM, "noted"),
        Q("organizers planned a second rally on Parliament Hill “in the next two weeks” and were collecting signatures for a House of Commons e-petition, which had gathered more than 3,200 signatures by Tuesday morning", "mixed", *CHOWDHURY, "said"),
    ],
    "figures": [
        F("about 1,500", 1500, "people", COUNT, "about", "the march"),
        F("just over two hours", 2, "hours", DURATION, "just over", "Toronto police"),
        F("between 300 and 400 people", 300, "people", COUNT, None, "the march"),
        F("19 years", 19, "years", DURATION, None, "My cousin"),
        F("At least 11 people", 11, "people", COUNT, "At least", None),
        F("at least 16", 16, "people", COUNT, "at least", None),
        F("more than 2,000 opposition activists", 2000, "activists", COUNT, "more than", None),
        F("three days", 3, "days", DURATION, None, None),
        F("three-day", 3, "days", DURATION, None, "The opposition"),
        F("about 1,800 Canadians", 1800, "Canadians", COUNT, "about", "Canada"),
        F("nearly $4.2 billion", 4200000000, "$", MONEY, "nearly", "two-way trade"),
        F("about two dozen supporters", 24, "supporters", COUNT, "about", "the governing party"),
        F("15 years", 15, "years", DURATION, None, "the government"),
        F("two weeks", 2, "weeks", DURATION, None, "organizers"),
        F("more than 3,200 signatures", 3200, "signatures", COUNT, "more than", "e-petition"),
    ],
    "events": [
        E("Hundreds of Bangladeshi-Canadians marched along Danforth Avenue in Toronto’s east end", "2023-10-30", "on Monday evening"),
        E("My cousin was in Dhaka", "2023-10-28", "on Saturday"),
        E("At least 11 people, including a police officer, have been killed", "2023-10-28", "since Saturday"),
        E("a mass rally by Bangladesh’s main opposition party in the capital turned into running battles with police", "2023-10-28", "since Saturday"),
        E("began a three-day nationwide transport blockade", "2023-10-31", "on Tuesday"),
        E("The election is expected", "2024-01", "in early January"),
        E("Marchers walk along Danforth Avenue in Toronto", "2023-10-30", "on Monday, Oct. 30, 2023"),
        E("Global Affairs Canada said it was “deeply concerned by reports of violence and loss of life”", "2023-10-30", "Monday"),
        E("Canada’s travel advisory for the country, which urges a high degree of caution, was updated", "2023-10-29", "on Sunday"),
        E("she was “saddened by the loss of life”", "2023-10-28", "over the weekend"),
        E("Canadian officials had raised their concerns with Bangladesh’s high commission in Ottawa", "2023-10-30", "on Monday"),
        E("two-way trade between the countries reached nearly $4.2 billion", "2022", "last year"),
        E("a smaller group of about two dozen supporters of the governing party gathered outside the Bangladesh consulate", "2023-10-30", "on Monday afternoon"),
        E("the people will decide", "2024-01", "in January"),
        E("the United States announced in May a visa policy", "2023-05", "in May"),
        E("a House of Commons e-petition, which had gathered more than 3,200 signatures", "2023-10-31", "by Tuesday morning"),
    ],
})

# ---------------------------------------------------------------------------
# 03 Georgia protest camp: AP, TBILISI (Wednesday 2023-06-14)
# ---------------------------------------------------------------------------
LOMIDZE = ("Tamaz Lomidze", P, "Deputy Speaker")
BERIDZE = ("Ana Beridze", P, "law student")
PMO3 = ("the prime minister's office", O, None)
DIPLOMAT3 = ("A Western diplomat in Tbilisi", A, None)
MCHED = ("Davit Mchedlishvili", P, "retired schoolteacher")
ORGS3 = ("Protest organizers", A, None)
ARTICLES.append({
    "article": "03_georgia-protest-camp.txt",
    "published": "2023-06-14",
    "published_basis": "Inferred (AP dateline without date): 'Copyright 2023'; camp cleared 'on Wednesday', Lomidze spoke 'late Tuesday'; bill passed first reading 'on May 30' and camp set up 'on May 26' and kept 'nearly three weeks', so the Wednesday is 2023-06-14 (2023-06-07 would be only 12 days); 'applied to join the EU in March of last year' (2022) fits; agrees with writer.tsv",
    "outlet": "The Associated Press",
    "quotes": [
        Q('''would muzzle independent broadcasters''', "indirect", "critics", A, None, "say"),
        Q('''63 people were detained for "petty hooliganism and disobeying lawful police orders" and that 11 officers were injured, two of whom were hospitalized''', "mixed", "The Interior Ministry", O, None, "said"),
        Q('''more than 100 people had been detained and dozens hurt, among them a cameraman for an independent television channel who they said was knocked to the ground and kicked''', "indirect", *ORGS3, "said"),
        Q('''at least 14 of the country's roughly 90 licensed broadcasters, including the three most-watched channels critical of the government, rely on foreign grants or advertising for a fifth or more of their budgets''', "indirect", "Media rights groups", A, None, "estimate"),
        Q('''This is about transparency, not censorship,''', "direct", *LOMIDZE, "told reporters"),
        Q('''Every citizen has the right to know who is paying for what they see on their screens.''', "direct", *LOMIDZE, "told reporters"),
        Q('''a second reading would be held next week and that the governing party, which has a majority in the 150-seat chamber, had the votes to pass it''', "indirect", *LOMIDZE, "said"),
        Q('''They come at 4 in the morning because they are ashamed,''', "direct", *BERIDZE, "said"),
        Q('''They can take the tents. They cannot take the street.''', "direct", *BERIDZE, "said"),
        Q('''Water cannons at 4 a.m. against students with sleeping bags. This is not how a European country treats its citizens,''', "direct", "Elene Gogichaishvili", P, "Opposition lawmaker", "wrote"),
        Q('''police had acted "in strict accordance with the law" after protesters repeatedly blocked traffic''', "mixed", *PMO3, "said"),
        Q('''what it called the "radical opposition" of trying to "drag young people into confrontation."''', "mixed", *PMO3, "accused"),
        Q('''the government "remains fully committed to European integration."''', "mixed", *PMO3, "said"),
        Q('''the bill was "incompatible with EU values and standards" and that its adoption "could negatively affect Georgia's European path."''', "mixed", "The European Union's diplomatic service", O, None, "said"),
        Q('''it was "deeply troubled" by what it described as a disproportionate use of force''', "mixed", "The U.S. Embassy in Tbilisi", O, None, "said"),
        Q('''authorities to release anyone detained for peaceful protest''', "indirect", "The U.S. Embassy in Tbilisi", O, None, "urged"),
        Q('''several EU ambassadors had requested a meeting with the prime minister's office later this week''', "indirect", *DIPLOMAT3, "said"),
        Q('''the timing "could hardly be worse," with the European Commission due to assess Georgia's progress in the autumn''', "mixed", *DIPLOMAT3, "said"),
        Q('''membership remains its goal''', "indirect", "the governing party", O, None, "insisted"),
        Q('''it of edging the country closer to Moscow''', "indirect", "critics", A, None, "accuse"),
        Q('''at least 15,000 people were there''', "indirect", *ORGS3, "said"),
        Q('''he had come after seeing footage of the overnight operation on his phone''', "indirect", *MCHED, "said"),
        Q('''I was at this same spot in 2003 and in 2019,''', "direct", *MCHED, "said"),
        Q('''Every time they think people are tired. Every time they are wrong.''', "direct", *MCHED, "said"),
    ],
    "figures": [
        F("nearly three weeks", 3, "weeks", DURATION, "nearly", "protesters"),
        F("about 40 tents", 40, "tents", COUNT, "about", None),
        F("63 people", 63, "people", COUNT, None, None),
        F("11 officers", 11, "officers", COUNT, None, None),
        F("two of whom", 2, "officers", COUNT, None, None),
        F("more than 100 people", 100, "people", COUNT, "more than", None),
        F("more than 20%", 20, "%", PERCENT, "more than", "television and radio stations"),
        F("up to 25,000 lari", 25000, "GEL", MONEY, "up to", "Stations that fail to comply"),
        F("about $9,600", 9600, "USD", MONEY, "about", "Stations that fail to comply"),
        F("up to three months", 3, "months", DURATION, "up to", "Stations that fail to comply"),
        F("at least 14", 14, "broadcasters", COUNT, "at least", None),
        F("roughly 90 licensed broadcasters", 90, "broadcasters", COUNT, "roughly", "Georgia"),
        F("three most-watched channels", 3, "channels", COUNT, None, None),
        F("150-seat", 150, "seat", COUNT, None, "parliament"),
        F("24-year-old", 24, "years", DURATION, None, "Ana Beridze"),
        F("12 priorities", 12, "priorities", COUNT, None, "Georgia"),
        F("about 3,500", 3500, "people", COUNT, "about", None),
        F("at least 15,000 people", 15000, "people", COUNT, "at least", None),
        F("61", 61, "years", DURATION, None, "Davit Mchedlishvili"),
    ],
    "events": [
        E("Riot police used water cannons and pepper spray before dawn on Wednesday to break up a tent camp", "2023-06-14", "on Wednesday"),
        E("The bill, which passed a first reading", "2023-05-30", "on May 30"),
        E("Deputy Speaker Tamaz Lomidze told reporters in parliament", "2023-06-13", "late Tuesday"),
        E("a second reading would be held", "2023-06-19", "next week"),
        E("it was set up", "2023-05-26", "on May 26"),
        E("Georgia applied to join the EU", "2022-03", "in March of last year"),
        E("EU leaders declined to grant the country candidate status", "2022-06", "That June"),
        E("several EU ambassadors had requested a meeting with the prime minister's office", "2023-06-15", "later this week"),
        E("the European Commission due to assess Georgia's progress", "2023", "in the autumn"),
        E("several thousand people had gathered again near the parliament building", "2023-06-14", "By Wednesday afternoon"),
        E("called for a larger rally", "2023-06-17", "on Saturday"),
        E("I was at this same spot", "2003", "in 2003"),
        E("I was at this same spot", "2019", "in 2019"),
    ],
})

# ---------------------------------------------------------------------------
# 04 Czech no-confidence: The Guardian, caption Monday 5 September 2022
# ---------------------------------------------------------------------------
VRABEC = ("Martin Vrabec", P, "prime minister")
SINDELAR = ("Radek Šindelář", P, "leader of the largest opposition party")
KUBICKOVA = ("Jaroslava Kubíčková", P, None)
HOLUBOVA = ("Tereza Holubová", P, "economist at a Prague-based thinktank")
MP4 = ("A senior coalition MP", A, None)
ARTICLES.append({
    "article": "04_czech-no-confidence.txt",
    "published": "2022-09-05",
    "published_basis": "Photo caption 'addresses MPs ... on Monday 5 September 2022'; body: debate 'began on Monday morning', 'two days after' the Saturday rally (2022-09-03), cabinet to approve the package 'on Wednesday'; agrees with writer.tsv",
    "outlet": "The Guardian",
    "quotes": [
        Q("coalition of ‘sleepwalking into winter’", "mixed", "the opposition", O, None, "accuses"),
        Q("no Czech government could have shielded households entirely from the consequences of Russia’s war in Ukraine", "indirect", *VRABEC, "told MPs"),
        Q("No one in this chamber can switch off the war,", "direct", *VRABEC, "said"),
        Q("What we can do is make sure that no Czech family has to choose between heating and eating this winter, and that is exactly what this government is doing.", "direct", *VRABEC, "said"),
        Q("the cabinet would on Wednesday approve a support package worth Kč62bn (£2.2bn), or about €2.5bn, which would cap the price of electricity and gas for households and small businesses from October until the end of next year", "indirect", *VRABEC, "said"),
        Q("the cap could cut a typical household’s monthly electricity bill by up to a third", "indirect", "Officials", A, None, "said"),
        Q("the package “a plaster on an open wound”", "mixed", *SINDELAR, "called"),
        Q("the government of “sleepwalking into winter” while it chaired meetings in Brussels", "mixed", *SINDELAR, "accused"),
        Q("For six months they have been telling people to wear a jumper and wait for Europe,", "direct", *SINDELAR, "said"),
        Q("People cannot pay their bills with a jumper.", "direct", *SINDELAR, "said"),
        Q("about 60,000 people attended Saturday’s rally, organised by an unusual alliance of fringe nationalist and hard-left groups", "indirect", "Police", O, None, "estimated"),
        Q("the rally had been called by “pro-Russian forces” whose views were “not in the interest of the Czech Republic”", "mixed", *VRABEC, "said"),
        Q("many who attended had genuine fears about the winter", "indirect", *VRABEC, "acknowledged"),
        Q("My advance payment for electricity from October is 4,800 crowns a month. My pension is 17,000,", "direct", *KUBICKOVA, "said"),
        Q("I don’t care who is in government. I care that I can pay.", "direct", *KUBICKOVA, "said"),
        Q("the government expected to survive “comfortably”", "mixed", *MP4, "said"),
        Q("as many as two of its own deputies could abstain in protest at the pace of the relief measures", "indirect", *MP4, "conceded"),
        Q("how quickly it can be put in place", "indirect", "Economists", A, None, "question"),
        Q("The package is generous on paper, but the real question is speed,", "direct", *HOLUBOVA, "said"),
        Q("If the first bills with the capped price arrive only in January, a lot of families will already be in arrears.", "direct", *HOLUBOVA, "said"),
        Q("between 800,000 and 1.2 million Czech households could be spending more than a tenth of their income on energy this winter, compared with about 400,000 before the war", "indirect", "a Prague-based thinktank", A, None, "estimates"),
        Q("it hoped for an agreement “by the end of the month”", "mixed", "The Czech industry ministry", O, None, "said"),
        Q("will cover about a third of the country’s annual consumption", "indirect", "the Czech government", O, None, "says"),
    ],
    "figures": [
        F("Kč62bn", 62000000000, "CZK", MONEY, None, "support package", occ=1),
        F("five-party", 5, "party", COUNT, None, "coalition"),
        F("108", 108, "seats", COUNT, None, "coalition"),
        F("200 seats", 200, "seats", COUNT, None, "lower house"),
        F("101 votes", 101, "votes", COUNT, None, "the opposition"),
        F("Kč62bn", 62000000000, "CZK", MONEY, None, "support package", occ=2),
        F("£2.2bn", 2200000000, "GBP", MONEY, None, "support package"),
        F("about €2.5bn", 2500000000, "EUR", MONEY, "about", "support package"),
        F("six months", 6, "months", DURATION, None, None),
        F("about 60,000 people", 60000, "people", COUNT, "about", "Saturday’s rally"),
        F("more than 100,000", 100000, "people", COUNT, "more than", "Saturday’s rally"),
        F("71", 71, "years", DURATION, None, "Jaroslava Kubíčková"),
        F("nearly 300km", 300, "km", COUNT, "nearly", "Jaroslava Kubíčková"),
        F("4,800 crowns", 4800, "CZK", MONEY, None, "Jaroslava Kubíčková"),
        F("17,000", 17000, "CZK", MONEY, None, "Jaroslava Kubíčková"),
        F("close to 18%", 18, "%", PERCENT, "close to", "Annual inflation in the Czech Republic"),
        F("more than two decades", 2, "decades", DURATION, "more than", "interest rates"),
        F("as many as two of its own deputies", 2, "deputies", COUNT, "as many as", "coalition"),
        F("between 800,000 and 1.2 million Czech households", 800000, "households", COUNT, None, None),
        F("about 400,000", 400000, "households", COUNT, "about", None),
    ],
    "events": [
        E("The prime minister, Martin Vrabec, addresses MPs in the Chamber of Deputies in Prague", "2022-09-05", "on Monday 5 September 2022"),
        E("tens of thousands of people filled Prague’s Wenceslas Square to demand its resignation", "2022-09-03", "two days after"),
        E("The debate began", "2022-09-05", "on Monday morning"),
        E("a vote possible only", "2022-09-06", "on Tuesday"),
        E("the cabinet would on Wednesday approve a support package", "2022-09-07", "on Wednesday"),
        E("cap the price of electricity and gas for households and small businesses", "2022-10", "from October"),
        E("cap the price of electricity and gas for households and small businesses", "2023-12", "until the end of next year"),
        E("The Czech Republic holds the rotating presidency of the Council of the EU", "2022-12", "until the end of the year"),
        E("Protesters fill Wenceslas Square in Prague", "2022-09-03", "on Saturday"),
        E("about 60,000 people attended", "2022-09-03", "Saturday’s"),
        E("a member of Nato", "1999", "since 1999"),
        E("Vrabec said on Saturday evening that the rally had been called by “pro-Russian forces”", "2022-09-03", "on Saturday evening"),
        E("My advance payment for electricity", "2022-10", "from October"),
        E("the first bills with the capped price arrive", "2023-01", "in January"),
        E("EU energy ministers meet in Brussels", "2022-09-09", "on Friday"),
        E("The Czech industry ministry, which will chair the meeting, said in a statement", "2022-08-29", "last week"),
        E("it hoped for an agreement", "2022-09", "by the end of the month"),
        E("Russia’s invasion of Ukraine", "2022-02", "in February"),
    ],
})

# ---------------------------------------------------------------------------
# 05 Kenya observers: CTV News, Published Thursday, Aug. 4, 2022
# ---------------------------------------------------------------------------
BRASSARD = ("Nathalie Brassard", P, "parliamentary secretary to the minister of foreign affairs")
OFFICIAL5 = ("A Canadian official familiar with the planning", A, None)
MWANGI = ("Grace Njeri Mwangi", P, None)
DELORME = ("Marc Delorme", P, "Conservative foreign affairs critic")
ARTICLES.append({
    "article": "05_kenya-election-observers.txt",
    "published": "2022-08-04",
    "published_basis": "'Published Thursday, Aug. 4, 2022 3:27PM EDT' line (Last Updated the same day); body: government 'announced Thursday', vote 'on Tuesday' = the 'Aug. 9 poll'; agrees with writer.tsv",
    "outlet": "CTV News",
    "quotes": [
        Q("Canada will send a team of election observers and $4.5 million in new funding to support Kenya’s general election next week", "indirect", "the federal government", O, None, "announced"),
        Q("Kenya is one of Canada’s most important partners in East Africa,", "direct", *BRASSARD, "told reporters"),
        Q("and what happens on Aug. 9 will matter well beyond its borders.", "direct", *BRASSARD, "told reporters"),
        Q("Canada was not taking sides in the race and that the observers’ role was to “watch, listen and report honestly,” not to judge the outcome", "mixed", *BRASSARD, "said"),
        Q("the team would remain in Kenya for about three weeks, to cover both the count and any legal challenges", "indirect", *BRASSARD, "said"),
        Q("the observers would be deployed to at least four of Kenya’s 47 counties, including Nairobi and parts of the Rift Valley, where violence erupted after past elections", "indirect", "Global Affairs Canada", O, None, "said"),
        Q("ballot papers for all six elective races had been delivered to every county and that results from each of more than 46,000 polling stations would be posted online “in real time.”", "mixed", "Kenya’s electoral commission", O, None, "said"),
        Q("the high commission in Nairobi had drawn up contingency plans in case of unrest, including for the roughly 3,000 Canadians who are registered as living in or visiting Kenya", "indirect", *OFFICIAL5, "said"),
        Q("the risk of widespread violence as “lower than in 2017, but not zero.”", "mixed", *OFFICIAL5, "described"),
        Q("they are watching nervously", "indirect", "members of the Kenyan diaspora", A, None, "say"),
        Q("the mood among her relatives back home as “anxious but hopeful.”", "mixed", *MWANGI, "described"),
        Q("My mother lives in Nakuru. In 2007 she hid in a church for two nights with my younger brothers. People of my generation remember that, and we do not want our children to see it,", "direct", *MWANGI, "told CTVNews.ca"),
        Q("What gives me hope is the young people. They are online, they are checking the results themselves, they are sharing the forms from the polling stations. It is much harder to cheat when everybody has a phone.", "direct", *MWANGI, None),
        Q("So I am glad Canada is sending observers. But I want them to stay after the counting too, because in Kenya the real trouble usually starts after the announcement, not on voting day.", "direct", *MWANGI, None),
        Q("the funding was welcome but “came very late,”", "mixed", *DELORME, "said"),
        Q("other donors had announced election support months ago", "indirect", *DELORME, "noting"),
        Q("Observers who arrive a few days before the vote see the voting, but they miss the campaign,", "direct", *DELORME, "said"),
    ],
    "figures": [
        F("$4.5 million", 4500000, "CAD", MONEY, None, "Canada"),
        F("two leading presidential camps", 2, "camps", COUNT, None, None),
        F("Up to 10 Canadian observers", 10, "observers", COUNT, "Up to", "Canada"),
        F("$3 million", 3000000, "CAD", MONEY, None, "Canada"),
        F("$1.5 million", 1500000, "CAD", MONEY, None, "Kenyan civil society groups"),
        F("about three weeks", 3, "weeks", DURATION, "about", "the team"),
        F("at least four", 4, "counties", COUNT, "at least", None),
        F("47 counties", 47, "counties", COUNT, None, "Kenya"),
        F("More than 22 million Kenyans", 22000000, "Kenyans", COUNT, "More than", None),
        F("Four candidates", 4, "candidates", COUNT, None, None),
        F("two front-runners", 2, "front-runners", COUNT, None, None),
        F("47 per cent", 47, "%", PERCENT, None, "the leading candidate"),
        F("42 per cent", 42, "%", PERCENT, None, "his nearest rival"),
        F("2.5 percentage points", 2.5, "%", PERCENT, None, "the survey"),
        F("at least 25 per cent", 25, "%", PERCENT, "at least", "a candidate"),
        F("at least 24 counties", 24, "counties", COUNT, "at least", "a candidate"),
        F("More than 1,100 people", 1100, "people", COUNT, "More than", None),
        F("about 40 billion shillings", 40000000000, "KES", MONEY, "about", "Kenya’s electoral commission"),
        F("roughly US$340 million", 340000000, "USD", MONEY, "roughly", "Kenya’s electoral commission"),
        F("six elective races", 6, "races", COUNT, None, None),
        F("more than 46,000 polling stations", 46000, "stations", COUNT, "more than", None),
        F("roughly 3,000 Canadians", 3000, "Canadians", COUNT, "roughly", None),
        F("two nights", 2, "nights", DURATION, None, None),
        F("seven days", 7, "days", DURATION, None, "The electoral commission"),
        F("about $270 million", 270000000, "CAD", MONEY, "about", "Two-way merchandise trade"),
        F("more than $100 million", 100000000, "CAD", MONEY, "more than", "Canada"),
        F("About 17,000 people", 17000, "people", COUNT, "About", None),
    ],
    "events": [
        E("Supporters cheer at a campaign rally in Nairobi, Kenya", "2022-08-02", "on Tuesday, Aug. 2, 2022"),
        E("Canada will send a team of election observers and $4.5 million in new funding to support Kenya’s general election next week, the federal government announced", "2022-08-04", "Thursday"),
        E("Kenya’s general election", "2022-08-08", "next week"),
        E("the Aug. 9 poll", "2022-08-09", "Aug. 9"),
        E("what happens", "2022-08-09", "on Aug. 9"),
        E("More than 22 million Kenyans are registered to vote", "2022-08-09", "on Tuesday"),
        E("A poll released last week by a Nairobi research firm", "2022-07-25", "last week"),
        E("More than 1,100 people were killed in violence that followed the disputed 2007 vote", "2007", "2007"),
        E("the Supreme Court annulled the presidential result, citing irregularities, and ordered a rerun", "2017", "in 2017"),
        E("said in a post on Twitter on Wednesday that ballot papers for all six elective races had been delivered to every county", "2022-08-03", "on Wednesday"),
        E("she hid in a church for two nights with my younger brothers", "2007", "In 2007"),
        E("she told CTVNews.ca in an interview", "2022-08-03", "on Wednesday"),
        E("Two-way merchandise trade between Canada and Kenya was worth about $270 million", "2021", "last year"),
        E("Canada has committed more than $100 million in development assistance to the country", "2019", "since 2019"),
        E("About 17,000 people in Canada reported Kenyan origins", "2016", "2016"),
        E("Conservative foreign affairs critic Marc Delorme said Thursday the funding was welcome", "2022-08-04", "Thursday"),
    ],
})

# ---------------------------------------------------------------------------
# 06 Solomon Islands: AAP via aggregator, metadata 2021-12-04 (Saturday)
# ---------------------------------------------------------------------------
DFAT_SPOX = ("a spokesperson for the Department of Foreign Affairs and Trade", A, None)
CORRIGAN = ("Leanne Corrigan", P, "AFP Assistant Commissioner")
MANETOALI = ("Silas Manetoali", P, "opposition MP")
TOVUA = ("Mary Tovua", P, "shopkeeper")
ARTICLES.append({
    "article": "06_solomon-islands-deployment.txt",
    "published": "2021-12-04",
    "published_basis": "Metadata line 'date 2021-12-04' (a Saturday); DFAT spokesperson 'said on Saturday'; violence began 'on November 24' and police landed 'on Thursday last week' (2021-11-25); no-confidence debate 'on Monday' (2021-12-06); agrees with writer.tsv",
    "outlet": "AAP",
    "quotes": [
        Q('''Australian police and soldiers will stay in Solomon Islands "for as long as they are needed"''', "mixed", "Canberra", O, None, "says"),
        Q('''the deployment had been requested by the Solomon Islands government under a 2017 bilateral security treaty and would be reviewed "week by week"''', "mixed", *DFAT_SPOX, "said"),
        Q('''Australia's presence is about supporting the Royal Solomon Islands Police Force to keep people safe. It is not an endorsement of any political party or position,''', "direct", *DFAT_SPOX, "said"),
        Q('''more than 1,000 people have lost their jobs''', "indirect", "The local chamber of commerce", O, None, "says"),
        Q('''271 people have been arrested so far in connection with the unrest, up from 100 earlier in the week''', "indirect", "Police", O, None, "say"),
        Q('''the city was "calm but fragile"''', "mixed", *CORRIGAN, "told reporters"),
        Q('''Shops are opening again, the markets are busy, kids are back on the street. That is a good sign,''', "direct", *CORRIGAN, "said"),
        Q('''But there is a lot of anger out there and a lot of people who have lost everything, and we are very conscious that Monday is a significant day.''', "direct", *CORRIGAN, "said"),
        Q('''the prime minister of governing "for a small circle in Honiara" and of failing to consult the provinces before switching diplomatic recognition from Taiwan to China in 2019''', "mixed", *MANETOALI, "accuses"),
        Q('''This motion is not about the riots. We condemn the burning and the looting,''', "direct", *MANETOALI, "told AAP"),
        Q('''It is about a government that stopped listening years ago, and on Monday the members will have to say where they stand.''', "direct", *MANETOALI, "told AAP"),
        Q('''it was confident of the numbers on the floor''', "indirect", "The prime minister's office", O, None, "said"),
        Q('''at least 24 members are ready to vote for the motion and that several government backbenchers remain undecided''', "indirect", "Opposition figures", A, None, "say"),
        Q('''MPs on both sides had spent the week "in hotel rooms counting heads" and that the result was "genuinely hard to call"''', "mixed", "A diplomat in Honiara", A, None, "said"),
        Q('''Australia has also sent emergency supplies, including 40 tonnes of rice, medical kits and 20,000 litres of diesel for the city's power authority''', "indirect", "the Department of Foreign Affairs and Trade", O, None, "said"),
        Q('''it was "seriously concerned" about attacks on Chinese citizens and businesses''', "mixed", "China's foreign ministry", O, None, "said"),
        Q('''the Solomon Islands government to protect them''', "indirect", "China's foreign ministry", O, None, "called on"),
        Q('''We have had this shop for 30 years. We were burnt in 2006 and we built it again,''', "direct", *TOVUA, "said"),
        Q('''I don't know if we can do it a second time. My husband says yes. I say maybe.''', "direct", *TOVUA, "said"),
        Q('''Security around the building on the edge of the city centre will be increased from Sunday night''', "indirect", "Police", O, None, "said"),
    ],
    "figures": [
        F("less than two weeks", 2, "weeks", DURATION, "less than", None),
        F("23 federal police officers", 23, "officers", COUNT, None, "Australia"),
        F("more than 150 police, soldiers and officials", 150, "police, soldiers and officials", COUNT, "more than", "Australia"),
        F("Over three days", 3, "days", DURATION, "Over", None),
        F("three people", 3, "people", COUNT, None, None),
        F("between SI$350 million and SI$450 million", 350000000, "SBD", MONEY, None, "the damage"),
        F("A$60 million to A$77 million", 60000000, "AUD", MONEY, None, "the damage"),
        F("more than 1,000 people", 1000, "people", COUNT, "more than", None),
        F("271 people", 271, "people", COUNT, None, "Police"),
        F("100", 100, "people", COUNT, None, "Police"),
        F("36-hour", 36, "hours", DURATION, None, "lockdown"),
        F("26 members", 26, "members", COUNT, None, "Silas Manetoali"),
        F("50-seat", 50, "seat", COUNT, None, "parliament"),
        F("32 MPs", 32, "MPs", COUNT, None, "the prime minister's office"),
        F("at least 24 members", 24, "members", COUNT, "at least", "Opposition figures"),
        F("40 tonnes", 40, "tonnes", COUNT, None, "Australia"),
        F("20,000 litres", 20000, "litres", COUNT, None, "Australia"),
        F("A$2 million", 2000000, "AUD", MONEY, None, "Australia"),
        F("30 years", 30, "years", DURATION, None, "Mary Tovua"),
    ],
    "events": [
        E("the Pacific nation's parliament prepares to debate a motion of no confidence in the prime minister", "2021-12-06", "on Monday"),
        E("the 23 federal police officers who landed in Honiara", "2021-11-25", "on Thursday last week"),
        E("A spokesperson for the Department of Foreign Affairs and Trade said", "2021-12-04", "on Saturday"),
        E("a 2017 bilateral security treaty", "2017", "2017"),
        E("The violence began", "2021-11-24", "on November 24"),
        E("up from 100", "2021-11-29", "earlier in the week"),
        E("AFP Assistant Commissioner Leanne Corrigan told reporters in Honiara", "2021-12-03", "on Friday"),
        E("Monday is a significant day", "2021-12-06", "Monday"),
        E("switching diplomatic recognition from Taiwan to China", "2019", "in 2019"),
        E("the members will have to say where they stand", "2021-12-06", "on Monday"),
        E("The prime minister's office said in a statement", "2021-12-03", "on Friday"),
        E("MPs on both sides had spent the week", "2021-11-29", "the week"),
        E("A$2 million in humanitarian funding announced", "2021-12-01", "on Wednesday"),
        E("China's foreign ministry said", "2021-11-29", "earlier this week"),
        E("shopkeeper Mary Tovua was sweeping glass from the floor of her family's hardware store", "2021-12-03", "on Friday afternoon"),
        E("We were burnt", "2006", "in 2006"),
        E("Parliament is due to sit", "2021-12-06", "on Monday"),
        E("Security around the building on the edge of the city centre will be increased", "2021-12-05", "from Sunday night"),
    ],
})


def main():
    for a in ARTICLES:
        name = a["article"][:-4] + ".json"
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as fh:
            json.dump(a, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", name, len(a["quotes"]), "quotes,", len(a["figures"]), "figures,", len(a["events"]), "events")


if __name__ == "__main__":
    main()
