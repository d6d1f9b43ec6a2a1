#!/usr/bin/env python3
"""Write the hand-made gold annotations of gold-fresh209 to JSON.

Every quote, figure and event below was read and annotated by hand; this script only
serialises the literals (it does not search the articles for anything).
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

# ---------------------------------------------------------------- 01
VAIL = ("Gordon Vaillancourt", "person", "assistant deputy minister at Global Affairs Canada")
HRY = ("Dale Hrynchuk", "person", "Conservative trade critic")
SAN = ("Priya Sandhu", "person", "NDP MP")
MAR = ("Lucienne Marchand", "person", "director general at Innovation, Science and Economic Development Canada")
ASH = ("Warren Ashdown", "person", "president of a family-owned mill in the Cariboo region")
ARTICLES["01_softwood-committee"] = {
    "published": "2021-03-17",
    "published_basis": "'Published Wednesday, March 17, 2021 5:14PM EDT' line under the byline (Last Updated line same day); body: MPs pressed officials 'on Wednesday'; 2021-03-17 was a Wednesday; agrees with writer.tsv",
    "outlet": "The Canadian Press",
    "quotes": [
        Q("senior federal officials on Wednesday to explain what Ottawa is actually doing to protect British Columbia sawmills from U.S. duties on softwood lumber",
          "indirect", "Opposition MPs", "anonymous", None, "pressed"),
        Q("close to 2,400 forestry jobs have disappeared in the province since January of last year",
          "indirect", "the House of Commons trade committee", "organization", None, "heard"),
        Q("the government was \"using every tool available\" to fight the duties, including three separate legal challenges now before trade panels under the Canada-United States-Mexico Agreement and the World Trade Organization",
          "mixed", *VAIL, "told the committee"),
        Q("We have won before these panels in the past, and we fully expect to win again,", "direct", *VAIL, "said"),
        Q("But I would be misleading the committee if I told you that litigation moves at the speed the industry needs.", "direct", *VAIL, "said"),
        Q("a preliminary review due later this spring could push that figure closer to 18 per cent",
          "indirect", "Washington", "organization", None, "signalled"),
        Q("the government of treating the file as \"a legal problem instead of an economic emergency.\"", "mixed", *HRY, "accused"),
        Q("Every week that goes by, another shift gets cut in Quesnel or Mackenzie or Vanderhoof,", "direct", *HRY, "said"),
        Q("These are not numbers on a spreadsheet. These are families who are being told to wait for a panel ruling that may come in 2023.", "direct", *HRY, "said"),
        Q("the department had raised the issue \"at every level\" with its American counterparts, including during a virtual meeting between officials last week",
          "mixed", *VAIL, "said"),
        Q("Canadian producers have now paid more than US$5 billion in duty deposits since the dispute flared up again in 2017",
          "indirect", "Global Affairs Canada", "organization", None, "according to"),
        Q("whether Ottawa would consider a loan guarantee program backed by those deposits, similar to the roughly $867 million package offered to the industry in 2018",
          "indirect", *SAN, "asked"),
        Q("such a measure would be a decision for cabinet", "indirect", "Officials", "anonymous", None, "said"),
        Q("I can tell you the options are being actively looked at,", "direct", *MAR, "said"),
        Q("I can't tell you today what the minister will announce, or when.", "direct", *MAR, "said"),
        Q("that answer \"the same shrug we've been getting for a year.\"", "mixed", *SAN, "called"),
        Q("his company had already paid close to $9 million in deposits and had reduced its operations to four days a week",
          "indirect", *ASH, "said"),
        Q("We've been through pine beetle, we've been through wildfires, we've been through the 2008 crash,", "direct", *ASH, "told MPs"),
        Q("What we can't do is keep writing cheques to Washington and pretend it's business as usual.", "direct", *ASH, "told MPs"),
        Q("If nothing changes by the end of the year, I don't know that we're still operating in 2022. And I'm one of the lucky ones.", "direct", *ASH, None),
        Q("high prices do little for mills with limited timber supply", "indirect", *ASH, "said"),
        Q("the province's allowable annual cut has fallen by several million cubic metres over the past decade", "indirect", *ASH, "noting"),
        Q("the government \"will continue to vigorously defend the interests of Canadian softwood lumber producers and workers\" and remained open to a negotiated settlement \"that is in Canada's interest.\"",
          "mixed", "the office of the international trade minister", "organization", None, "said"),
        Q("there had been no substantive negotiations with the new U.S. administration yet, in part because Washington has not finished filling key trade posts",
          "indirect", "A senior government official", "anonymous", None, "said"),
    ],
    "figures": [
        F("close to 2,400 forestry jobs", 2400, "jobs", "count", "close to", "British Columbia"),
        F("three separate legal challenges", 3, "challenges", "count", None, "Canada"),
        F("about 11 per cent", 11, "%", "percent", "about", "U.S. Commerce Department"),
        F("closer to 18 per cent", 18, "%", "percent", "closer to", "U.S. Commerce Department"),
        F("more than US$5 billion", 5000000000, "USD", "money", "more than", "Canadian producers"),
        F("roughly US$6.3 billion", 6300000000, "USD", "money", "roughly", "B.C. Lumber Trade Council"),
        F("roughly $867 million", 867000000, "$", "money", "roughly", "industry"),
        F("about 140 people", 140, "people", "count", "about", "family-owned mill"),
        F("close to $9 million", 9000000, "$", "money", "close to", "Warren Ashdown's company"),
        F("four days", 4, "days", "duration", None, "Warren Ashdown's company"),
    ],
    "events": [
        E("Opposition MPs pressed senior federal officials on Wednesday to explain what Ottawa is actually doing to protect British Columbia sawmills from U.S. duties on softwood lumber",
          "2021-03-17", "on Wednesday"),
        E("close to 2,400 forestry jobs have disappeared in the province", "2020-01", "since January of last year"),
        E("A lumber truck leaves a sawmill near Prince George, B.C.", "2021-02-24", "on Feb. 24, 2021"),
        E("a preliminary review due", "2021", "later this spring"),
        E("a panel ruling that may come", "2023", "in 2023"),
        E("a virtual meeting between officials", "2021-03-08", "last week"),
        E("a new quota-based agreement of the kind that expired", "2015", "in 2015"),
        E("the dispute flared up again", "2017", "in 2017"),
        E("the roughly $867 million package offered to the industry", "2018", "in 2018"),
        E("the 2008 crash", "2008", "2008"),
        E("The committee is expected to hear from the Quebec Forest Industry Council and several Indigenous-owned forestry companies",
          "2021-03-24", "next Wednesday"),
        E("the House rises", "2021-06", "in June"),
    ],
}

# ---------------------------------------------------------------- 02
FER = ("Angela Ferreira", "person", "Conservative candidate")
ODH = ("Marcus Odhiambo", "person", "Liberal candidate")
BEA = ("Shauna Beaulieu", "person", "NDP candidate")
GIO = ("Pat Giordano", "person", None)
ARTICLES["02_niagara-campaign"] = {
    "published": "2021-08-29",
    "published_basis": "'Posted August 29, 2021 7:30 pm' line and video line 'WATCH: ... – Aug 29, 2021'; body: debate on 'Sunday afternoon'; 2021-08-29 was a Sunday; '© 2021 Global News'; agrees with writer.tsv",
    "outlet": "Global News",
    "quotes": [
        Q("the one-way reopening has done little to bring back the crowds",
          "indirect", "local business owners", "anonymous", None, "say"),
        Q("We have hotels on Clifton Hill running at 30 per cent on a long weekend in August,", "direct", *FER, "said"),
        Q("That has never happened in the history of this city. People here want to know why Ottawa couldn't get a deal.", "direct", *FER, "said"),
        Q("the federal government could not dictate American border policy", "indirect", *ODH, "said"),
        Q("his opponents of \"pretending there's a switch in Ottawa that opens Buffalo.\"", "mixed", *ODH, "accused"),
        Q("I talk to the bridge operators every week. I talk to the hotel owners every week,", "direct", *ODH, "said"),
        Q("Nobody wants this border open more than I do, but we reopened on the basis of public health advice, and that was the right call.", "direct", *ODH, "said"),
        Q("the government had \"found time to call an election in the middle of a fourth wave\" but not to secure a reciprocal agreement with the U.S.",
          "mixed", *FER, "shot back"),
        Q("the average price of a home in the Niagara region had jumped by roughly 30 per cent over the past year", "indirect", *BEA, "saying"),
        Q("My generation has been told to work hard, save up and wait,", "direct", *BEA, "said"),
        Q("We've done all three. The waiting part isn't working.", "direct", *BEA, "said"),
        Q("a figure Ferreira dismissed as \"a number on a lawn sign.\"", "mixed", *FER, "dismissed"),
        Q("Day 15. Knocked on 600 doors this weekend and the message is clear: people want a plan for recovery, not a plan for chaos. #NiagaraFalls #elxn44,",
          "direct", *ODH, "wrote on Twitter"),
        Q("the party's own polling showed a tight race, \"within a few points either way.\"", "mixed", "A Liberal campaign official", "anonymous", None, "said"),
        Q("the party was \"very confident\" about the seat", "mixed", "A Conservative spokesperson", "anonymous", None, "said"),
        Q("he came to the debate hoping to hear something concrete about the border and left disappointed", "indirect", *GIO, "said"),
        Q("I heard a lot about whose fault it is,", "direct", *GIO, "told Global News"),
        Q("I didn't hear a date.", "direct", *GIO, "told Global News"),
        Q("his sales were down about 60 per cent from 2019 and that he had let go of four of his six summer staff", "indirect", *GIO, "said"),
        Q("he had not decided how he would vote", "indirect", *GIO, "said"),
        Q("it expects a large increase in mail-in ballots because of the pandemic, with as many as five million Canadians potentially voting by mail",
          "indirect", "Elections Canada", "organization", None, "said"),
    ],
    "figures": [
        F("About 250 people", 250, "people", "count", "About", None),
        F("two scheduled all-candidates debates", 2, "debates", "count", None, None),
        F("more than 1,100 viewers", 1100, "viewers", "count", "more than", "livestream"),
        F("30 per cent", 30, "%", "percent", None, "hotels on Clifton Hill", occurrence=1),
        F("roughly 30 per cent", 30, "%", "percent", "roughly", "average price of a home in the Niagara region"),
        F("closer to 26 per cent", 26, "%", "percent", "closer to", "local real estate board"),
        F("31", 31, "years", "duration", None, "Shauna Beaulieu"),
        F("500,000 affordable homes", 500000, "homes", "count", None, "NDP"),
        F("10 years", 10, "years", "duration", None, "NDP"),
        F("600 doors", 600, "doors", "count", None, "Marcus Odhiambo"),
        F("fewer than 2,000 votes", 2000, "votes", "count", "fewer than", "the riding"),
        F("three major parties", 3, "parties", "count", None, None),
        F("about 60 per cent", 60, "%", "percent", "about", "Pat Giordano's sales"),
        F("four", 4, "staff", "count", None, "Pat Giordano", occurrence=2),
        F("six summer staff", 6, "staff", "count", None, "Pat Giordano"),
        F("four days", 4, "days", "duration", None, "Advance polls"),
        F("as many as five million Canadians", 5000000, "Canadians", "count", "as many as", None),
    ],
    "events": [
        E("candidates in a closely watched Niagara-area riding spent Sunday afternoon sparring over the border, the cost of housing and who deserves the blame for a summer of frustration",
          "2021-08-29", "Sunday afternoon"),
        E("Canada began allowing fully vaccinated Americans to enter for non-essential travel", "2021-08-09", "on Aug. 9"),
        E("We have hotels on Clifton Hill running at 30 per cent on a long weekend", "2021-08", "in August"),
        E("Knocked on 600 doors", "2021-08-28", "this weekend"),
        E("The riding was decided by fewer than 2,000 votes", "2019", "in 2019"),
        E("Voters head to the polls", "2021-09-20", "on Sept. 20"),
        E("Advance polls are scheduled to open", "2021-09-10", "on Sept. 10"),
        E("Elections Canada said earlier this week that it expects a large increase in mail-in ballots because of the pandemic",
          "2021-08-23", "earlier this week"),
        E("A second debate, focused on jobs and the local economy, is scheduled", "2021-09-02", "Thursday evening"),
    ],
}

# ---------------------------------------------------------------- 03
PEN = ("Alison Penhallow", "person", "committee chair")
EGR = ("Tom Egremont", "person", "NFU vice-president")
DIT = ("A Department for International Trade spokesperson", "anonymous", None)
ARTICLES["03_uk-australia-deal-scrutiny"] = {
    "published": "2022-05-13",
    "published_basis": "Metadata line 'date 2022-05-13' at the top and dateline 'LONDON, May 13 (Reuters)'; body 'on Friday'; 2022-05-13 was a Friday; agrees with writer.tsv",
    "outlet": "Reuters",
    "quotes": [
        Q("the government to delay the formal ratification of its free trade agreement with Australia", "indirect", "British lawmakers", "anonymous", None, "called on"),
        Q("parliament had been given too little time and too little information to judge the deal's impact on farmers", "indirect", "British lawmakers", "anonymous", None, "saying"),
        Q("it had not received the full economic assessment it requested in February and that the standard 21 sitting-day scrutiny period should not begin until it had",
          "indirect", "the House of Commons international trade committee", "organization", None, "said"),
        Q("We are being asked to sign off on the most significant agricultural trade deal this country has struck in decades, and we are being asked to do it half-blind,",
          "direct", *PEN, "told reporters"),
        Q("That is not how parliamentary scrutiny is supposed to work.", "direct", *PEN, "told reporters"),
        Q("it would add about 1.9 billion pounds ($2.3 billion) a year to the British economy by 2035, equivalent to less than 0.1% of gross domestic product",
          "indirect", "the government", "organization", None, "said"),
        Q("the gains are small and the risks are concentrated in particular sectors", "indirect", "Critics", "anonymous", None, "say"),
        Q("Australian producers could, over time, capture a meaningful share of the UK beef market, which it values at about 2.8 billion pounds a year",
          "indirect", "The National Farmers' Union", "organization", None, "said"),
        Q("Our members are not afraid of competition,", "direct", *EGR, "said"),
        Q("What they cannot compete with is produce raised to standards that would be illegal on a British farm, at a scale no British farm could ever match.", "direct", *EGR, "said"),
        Q("the deal \"contains robust safeguards\" and that nothing in it would lower Britain's food standards", "mixed", *DIT, "said"),
        Q("Parliament has had ample opportunity to examine this agreement, including the publication of the full treaty text and an independent report from the Trade and Agriculture Commission,",
          "direct", *DIT, "said"),
        Q("We will lay the agreement before parliament in the usual way.", "direct", *DIT, "said"),
        Q("ministers still hoped to complete ratification before the summer recess in late July but were \"not going to be rushed\" into publishing documents before they were ready",
          "mixed", "A government source", "anonymous", None, "said"),
        Q("they expect the deal to enter into force by the end of the year", "indirect", "Australian officials", "anonymous", None, "said"),
        Q("her committee would hold two further evidence sessions later this month and would publish its own report \"whether or not the department chooses to cooperate.\"",
          "mixed", *PEN, "said"),
        Q("she could not rule out asking the House to hold a debate on the deal", "indirect", *PEN, "said"),
        Q("a step she described as \"unusual but not unprecedented.\"", "mixed", *PEN, "described"),
        Q("import volumes from Australia were likely to remain modest in the short term because Australian exporters earn higher prices in Asian markets",
          "indirect", "the British Meat Processors Association", "organization", None, "said"),
        Q("Australian beef imports could reach between 10,000 and 15,000 tonnes a year in the early years of the deal, well below the tariff-free quota",
          "indirect", "Harriet Colby", "person", "chief executive", "estimated"),
        Q("that estimate missed the point", "indirect", *EGR, "said"),
        Q("It's not the first year that worries us,", "direct", *EGR, "said"),
        Q("It's year 11, when every limit is gone, and it's the precedent this sets for the New Zealand deal, the Canada talks and whatever comes after them.", "direct", *EGR, "said"),
    ],
    "figures": [
        F("21 sitting-day", 21, "days", "duration", None, "scrutiny period"),
        F("the two countries", 2, "countries", "count", None, None),
        F("about 1.9 billion pounds", 1900000000, "GBP", "money", "about", "British economy"),
        F("$2.3 billion", 2300000000, "USD", "money", None, "British economy"),
        F("less than 0.1%", 0.1, "%", "percent", "less than", "gross domestic product"),
        F("40,000 tonnes", 40000, "tonnes", "count", None, "Australian beef"),
        F("10 years", 10, "years", "duration", None, "quota"),
        F("about 2.8 billion pounds", 2800000000, "GBP", "money", "about", "UK beef market"),
        F("two further evidence sessions", 2, "sessions", "count", None, "the committee"),
        F("between 10,000 and 15,000 tonnes", 10000, "tonnes", "count", None, "Australian beef imports"),
    ],
    "events": [
        E("British lawmakers on Friday called on the government to delay the formal ratification of its free trade agreement with Australia", "2022-05-13", "on Friday"),
        E("the full economic assessment it requested", "2022-02", "in February"),
        E("The agreement, signed in December", "2021-12", "in December"),
        E("it would add about 1.9 billion pounds ($2.3 billion) a year to the British economy", "2035", "by 2035"),
        E("The National Farmers' Union said on Friday that Australian producers could, over time, capture a meaningful share of the UK beef market", "2022-05-13", "on Friday"),
        E("the summer recess", "2022-07", "in late July"),
        E("the deal to enter into force", "2022", "by the end of the year"),
        E("her committee would hold two further evidence sessions", "2022-05", "later this month"),
        E("One industry group, the British Meat Processors Association, said last week that import volumes from Australia were likely to remain modest in the short term",
          "2022-05-02", "last week"),
        E("Britain concluded a separate trade agreement with New Zealand", "2022-02", "in February"),
        E("it hopes to finalise", "2022-10", "by October"),
        E("Sterling was little changed against the dollar", "2022-05-13", "on Friday"),
    ],
}

# ---------------------------------------------------------------- 04
QUI = ("Renata Quillen", "person", "Clark County registrar of voters")
LIN = ("Garrett Lindholm", "person", "state party spokesman")
CAR = ("Luis Carvajal", "person", "casino cook")
NDP = ("the Nevada Democratic Party", "organization", None)
ARTICLES["04_nevada-count"] = {
    "published": "2022-11-08",
    "published_basis": "Photo caption 'on Tuesday, Nov. 8, 2022'; body 'on Tuesday' and 'on Election Day' (the 2022 midterms, Nov. 8); dateline 'LAS VEGAS (AP)' undated; 'Copyright 2022'; agrees with writer.tsv",
    "outlet": "The Associated Press",
    "quotes": [
        Q("it could take \"several days, and maybe more than a week\" to finish counting ballots in a midterm election that could help decide control of the U.S. Senate",
          "mixed", "Election officials in Nevada's most populous county", "anonymous", None, "warned"),
        Q("her office had received more than 310,000 mail ballots before polls opened, and she expected tens of thousands of additional ballots to arrive through the mail in the coming days",
          "indirect", *QUI, "said"),
        Q("We are going to count every valid ballot, and we are going to do it right, not fast,", "direct", *QUI, "told reporters"),
        Q("If that means people have to wait a little longer to know who won, I'd ask them to wait.", "direct", *QUI, "told reporters"),
        Q("That process, officials said, means early results released Tuesday night may shift significantly as later ballots are tallied",
          "indirect", "officials", "anonymous", None, "said"),
        Q("they were watching closely", "indirect", "Republican Party officials in the state", "anonymous", None, "said"),
        Q("the party had trained more than 400 volunteer observers and had people at \"every counting room that the law allows us to be in.\"", "mixed", *LIN, "said"),
        Q("We're not alleging anything,", "direct", *LIN, "said"),
        Q("We're saying voters deserve transparency, and we're going to be there to make sure they get it.", "direct", *LIN, "said"),
        Q("it had its own team of about 150 lawyers and volunteers helping voters cure ballots", "indirect", *NDP, "said"),
        Q("Republicans of \"laying the groundwork to cast doubt on results they might not like.\"", "mixed", *NDP, "accused"),
        Q("about 41% of active voters statewide had returned a ballot or voted early before Tuesday", "indirect", "the secretary of state's office", "organization", None, "said"),
        Q("they had waited more than an hour", "indirect", "Some voters", "anonymous", None, "said"),
        Q("he had meant to mail his ballot back but it sat on his kitchen counter for three weeks, so he brought it with him, surrendered it to poll workers and voted in person instead",
          "indirect", *CAR, "said"),
        Q("Prices on everything are up. Gas, rent, groceries,", "direct", *CAR, "said"),
        Q("I want somebody who's going to do something about that, I don't care which party.", "direct", *CAR, "said"),
        Q("both sites were fully operational by 7:30 a.m. and that no voters had been turned away", "indirect", "A county spokeswoman", "anonymous", None, "said"),
        Q("her office would release its first batch of results after the last voter in line had cast a ballot, and would post updated counts daily after that", "indirect", *QUI, "said"),
        Q("the county expected to finish processing mail ballots that arrive by Saturday by the end of next week", "indirect", *QUI, "said"),
        Q("provisional ballots and cured ballots could take longer", "indirect", *QUI, "cautioned"),
        Q("I've been doing this for 19 years,", "direct", *QUI, "said"),
        Q("The results on election night have never been the final results. That's true this year, too.", "direct", *QUI, "said"),
        Q("The county must certify its results by Nov. 18", "indirect", "the secretary of state's office", "organization", None, "according to"),
    ],
    "figures": [
        F("more than 310,000 mail ballots", 310000, "ballots", "count", "more than", "Clark County"),
        F("four days", 4, "days", "duration", None, "mail ballots"),
        F("more than 400 volunteer observers", 400, "observers", "count", "more than", "Republican Party"),
        F("about 150 lawyers and volunteers", 150, "lawyers and volunteers", "count", "about", "the Nevada Democratic Party"),
        F("about 41%", 41, "%", "percent", "about", "active voters"),
        F("close to 44%", 44, "%", "percent", "close to", "A Democratic data firm"),
        F("52-year-old", 52, "years", "duration", None, "Luis Carvajal"),
        F("three weeks", 3, "weeks", "duration", None, "Luis Carvajal"),
        F("two polling sites", 2, "sites", "count", None, "Washoe County"),
        F("about 20 minutes", 20, "minutes", "duration", "about", "two polling sites"),
        F("three", 3, "seats", "count", None, "Nevada", occurrence=2),
        F("four U.S. House seats", 4, "seats", "count", None, "Nevada"),
        F("19 years", 19, "years", "duration", None, "Renata Quillen"),
    ],
    "events": [
        E("Nevada officials urge patience as mail ballots pile up", "2022-11-08", "on Election Day"),
        E("Election officials in Nevada's most populous county warned on Tuesday that it could take \"several days, and maybe more than a week\" to finish counting ballots",
          "2022-11-08", "on Tuesday"),
        E("A voter fills out a ballot at a polling place in Henderson, Nev.", "2022-11-08", "on Tuesday, Nov. 8, 2022"),
        E("a practice that became permanent", "2021", "in 2021"),
        E("voters whose signatures do not match have until the Monday after the election to fix, or \"cure,\" them", "2022-11-14", "the Monday after the election"),
        E("early results released", "2022-11-08", "Tuesday night"),
        E("Washoe County officials reported a brief problem Tuesday morning when two polling sites opened about 20 minutes late because of a staffing shortage",
          "2022-11-08", "Tuesday morning"),
        E("mail ballots that arrive", "2022-11-12", "by Saturday"),
        E("finish processing mail ballots that arrive by Saturday", "2022-11-14", "by the end of next week"),
        E("The county must certify its results", "2022-11-18", "by Nov. 18"),
    ],
}

# ---------------------------------------------------------------- 05
TAN = ("Rhys Tanner", "person", "Nationals senator")
WAL = ("Corinne Walsh-Ito", "person", "first assistant secretary at DFAT")
PAR = ("Luke Pardoe", "person", "chief executive")
KRA = ("Gemma Kraus", "person", "Barossa Valley winemaker")
ARTICLES["05_wine-tariffs-senate"] = {
    "published": "2023-04-17",
    "published_basis": "Inferred (no date line or dateline): '© 2023 ABC'; DFAT officials appeared before the Senate committee 'on Monday', the barley deal was struck 'last week', the next hearing is 'on Friday' (future), vintage 2023 being picked 'right now' (autumn); the text fixes a Monday in 2023 but not which one, so the day is taken from writer.tsv (Monday 2023-04-17, a week after the China barley deal of April 2023)",
    "outlet": "ABC Rural",
    "quotes": [
        Q("it may have to wait until the end of the year to learn whether China will scrap its crippling tariffs",
          "indirect", "officials from the Department of Foreign Affairs and Trade", "anonymous", None, "has been told"),
        Q("why wine was left out of the deal struck over barley last week", "indirect", "senators", "anonymous", None, "questioned"),
        Q("grape growers in his home state of South Australia were “entitled to ask why they are at the back of the queue”", "mixed", *TAN, "said"),
        Q("Barley gets a three-month review. Wine gets a vague expression of hope,", "direct", *TAN, "said"),
        Q("Meanwhile, there are growers in the Riverland who are pulling out vines because they cannot give their fruit away.", "direct", *TAN, "said"),
        Q("the barley arrangement had been designed as “a template” that the government hoped to apply to wine, but that the two disputes were at different stages",
          "mixed", *WAL, "told the committee"),
        Q("The wine dispute is further behind in the WTO process, and the tariffs involved are considerably more complex,", "direct", *WAL, "said"),
        Q("We have been very clear with our Chinese counterparts that we expect the same pathway to be available.", "direct", *WAL, "said"),
        Q("a resolution “within this calendar year” was “a reasonable expectation”", "mixed", *WAL, "agreed"),
        Q("the industry’s estimate included sales routed through Hong Kong", "indirect", "DFAT officials", "anonymous", None, "saying"),
        Q("there are about 2 billion litres of unsold wine in storage across the country — roughly the equivalent of 2.8 billion bottles",
          "indirect", "Australian Grape and Wine", "organization", None, "estimates"),
        Q("some producers had already found new markets in Europe, North America and South-East Asia, but that the gains had not come close to replacing China",
          "indirect", *PAR, "said"),
        Q("We’ve worked incredibly hard to diversify, and we’ve had some genuine wins,", "direct", *PAR, "said"),
        Q("But you don’t replace a billion-dollar market in two years. Nobody does.", "direct", *PAR, "said"),
        Q("growers to “hold their nerve”", "mixed", *PAR, "urged"),
        Q("the barley outcome gave the industry reason for cautious optimism", "indirect", *PAR, "said"),
        Q("the barley deal as a sign that its approach of “patient, calibrated” engagement with Beijing is working", "mixed", "the government", "organization", None, "framed"),
        Q("the government would “continue to press for the removal of all remaining impediments to trade”, including on wine, beef and lobster",
          "mixed", "A spokesperson for the Trade Minister", "anonymous", None, "said"),
        Q("whether pausing the barley case had surrendered leverage, given a WTO panel had been expected to hand down its findings within weeks",
          "indirect", "Nadia Okonjo", "person", "Greens senator", "questioned"),
        Q("officials had assessed that a negotiated outcome was likely to be faster than waiting for a ruling and any subsequent appeal", "indirect", *WAL, "said"),
        Q("the WTO’s appellate body has not functioned since 2019", "indirect", *WAL, "noting"),
        Q("Chinese officials had indicated informally that wine would be “next on the list” if the barley review concluded smoothly",
          "mixed", "A senior trade official", "anonymous", None, "told the ABC"),
        Q("We’ve got tanks full of the 2021 and 2022 vintages, and we’re picking 2023 right now,", "direct", *KRA, "said"),
        Q("Every month that goes by is money we’re spending to store wine we might never sell.", "direct", *KRA, "said"),
        Q("her business had cut its workforce from 14 to eight and had not hired any casual pickers this year", "indirect", *KRA, "said"),
    ],
    "figures": [
        F("80.5 per cent", 80.5, "%", "percent", None, "barley"),
        F("three-month", 3, "months", "duration", None, "barley review"),
        F("more than 200 per cent", 200, "%", "percent", "more than", "Australian bottled wine"),
        F("about $1.1 billion", 1100000000, "$", "money", "about", "Australian wine sales to China"),
        F("a little under $1 billion", 1000000000, "$", "money", "a little under", "Australian wine sales to China"),
        F("about 2 billion litres", 2000000000, "litres", "count", "about", "unsold wine"),
        F("roughly the equivalent of 2.8 billion bottles", 2800000000, "bottles", "count", "roughly", "unsold wine"),
        F("billion-dollar", 1000000000, "$", "money", None, "China market"),
        F("two years", 2, "years", "duration", None, None),
        F("close to 40 per cent", 40, "%", "percent", "close to", "Gemma Kraus's family production"),
        F("14", 14, "workers", "count", None, "Gemma Kraus's business"),
        F("eight", 8, "workers", "count", None, "Gemma Kraus's business"),
        F("three months", 3, "months", "duration", None, "barley review"),
        F("four", 4, "months", "duration", None, "barley review"),
        F("the two disputes", 2, "disputes", "count", None, None),
    ],
    "events": [
        E("the deal struck over barley", "2023-04-10", "last week"),
        E("Officials from the Department of Foreign Affairs and Trade appeared before a Senate committee in Canberra", "2023-04-17", "on Monday"),
        E("it may have to wait until the end of the year to learn whether China will scrap its crippling tariffs", "2023", "until the end of the year"),
        E("a resolution", "2023", "within this calendar year"),
        E("Tariffs of more than 200 per cent were placed on Australian bottled wine", "2021", "in early 2021"),
        E("DFAT officials on Monday put the figure slightly lower", "2023-04-17", "on Monday"),
        E("A spokesperson for the Trade Minister said in a statement on Monday that the government would “continue to press for the removal of all remaining impediments to trade”",
          "2023-04-17", "on Monday"),
        E("the WTO’s appellate body has not functioned", "2019", "since 2019"),
        E("The committee will hold a further hearing in Adelaide", "2023-04-21", "on Friday"),
    ],
}

# ---------------------------------------------------------------- 06
DAN = ("Mykola Danylenko", "person", "deputy economy minister")
WIE = ("Tomasz Wierzbicki", "person", "spokesman for Poland’s agriculture ministry")
SEM = ("Ihor Semeniuk", "person", "driver")
KOV = ("Iryna Kovalska", "person", "trade analyst at a Kyiv-based economic research center")
ARTICLES["06_kyiv-grain-dispute"] = {
    "published": "2023-09-21",
    "published_basis": "Inferred (dateline 'KYIV, Ukraine —' undated): body 'on Thursday'; photo caption dated 'Sept. 19, 2023' with drivers at the crossing 'this week' and one there 'since Monday morning', so the Thursday is 2023-09-21; EU ban expired 'last Friday' (2023-09-15), post 'late Wednesday', Polish election 'next month' on Oct. 15; agrees with writer.tsv",
    "outlet": "Los Angeles Times",
    "quotes": [
        Q("We did not choose this fight, and we would much rather settle it at a table than in Geneva,", "direct", *DAN, "said"),
        Q("But when our neighbors close the door on our farmers in the middle of a war, we have to use the tools we have.", "direct", *DAN, "said"),
        Q("the ban would stay in place “for as long as it is necessary”", "mixed", *WIE, "told reporters"),
        Q("the WTO complaint as “deeply disappointing from a country we have helped more than almost anyone.”", "mixed", *WIE, "described"),
        Q("cheap Ukrainian grain flooding into the country has driven down prices and filled warehouses", "indirect", "Polish farmers", "anonymous", None, "complained"),
        Q("local wheat prices fell by as much as 30% over the past year", "indirect", "Farm groups in Poland", "anonymous", None, "say"),
        Q("the drop was caused by their exports", "indirect", "Ukrainian officials", "anonymous", None, "dispute"),
        Q("the European Commission had proposed a licensing system under which Ukraine would control exports of sensitive products to neighboring countries, but that Warsaw had so far rejected the idea",
          "indirect", "An EU official familiar with the talks", "anonymous", None, "said"),
        Q("Kyiv was prepared to introduce such a system within days", "indirect", *DAN, "said"),
        Q("We have offered licenses. We have offered to route more grain through the Black Sea and the Danube,", "direct", *DAN, "said"),
        Q("What we cannot offer is to simply stop exporting. Agriculture is a fifth of our economy and a source of income for millions of people.", "direct", *DAN, "said"),
        Q("Ukraine “respects the concerns of Polish farmers” but that “unilateral bans do not solve anyone’s problems.”", "mixed", *DAN, "wrote"),
        Q("I have been here since Monday morning,", "direct", *SEM, "said"),
        Q("We sleep in the cab, we eat in the cab. Nobody tells us anything.", "direct", *SEM, "said"),
        Q("stricter inspections have slowed traffic considerably", "indirect", "drivers and exporters", "anonymous", None, "say"),
        Q("checks were “routine” and that average clearance times had not increased significantly", "mixed", "A Polish customs official", "anonymous", None, "said"),
        Q("Ukraine exported about 4.2 million tonnes of grain and oilseeds in August", "indirect", "Ukraine’s agriculture ministry", "organization", None, "according to"),
        Q("September volumes are likely to be lower still", "indirect", "Traders in Kyiv", "anonymous", None, "say"),
        Q("the quarrel was unlikely to threaten military cooperation between the two countries but could prove awkward for Kyiv as it lobbies for eventual EU membership",
          "indirect", "Analysts", "anonymous", None, "said"),
        Q("This is what happens when wartime solidarity meets domestic politics,", "direct", *KOV, "said"),
        Q("The Polish election is on Oct. 15. I would not expect anyone in Warsaw to soften their position before then.", "direct", *KOV, "said"),
        Q("Hungary and Slovakia have signaled they are open to talks", "indirect", "Ukrainian officials", "anonymous", None, "said"),
    ],
    "figures": [
        F("more than a million Ukrainian refugees", 1000000, "refugees", "count", "more than", "Poland"),
        F("as much as 30%", 30, "%", "percent", "as much as", "local wheat prices"),
        F("more than 250,000 tonnes", 250000, "tonnes", "count", "more than", "Ukraine"),
        F("about 20 kilometers", 20, "kilometers", "count", "about", "lines"),
        F("up to four days", 4, "days", "duration", "up to", "truck drivers"),
        F("47-year-old", 47, "years", "duration", None, "Ihor Semeniuk"),
        F("about 4.2 million tonnes", 4200000, "tonnes", "count", "about", "Ukraine"),
        F("more than 5 million tonnes", 5000000, "tonnes", "count", "more than", "Ukraine"),
        F("the two countries", 2, "countries", "count", None, None),
    ],
    "events": [
        E("Trucks wait in line at a border crossing between Ukraine and Poland near Rava-Ruska", "2023-09-19", "on Sept. 19, 2023"),
        E("officials in both capitals on Thursday traded accusations over import bans", "2023-09-21", "on Thursday"),
        E("Ukraine this week lodged complaints at the World Trade Organization against Poland, Hungary and Slovakia", "2023-09-18", "this week"),
        E("a European Union-wide ban expired", "2023-09-15", "last Friday"),
        E("a national election", "2023-10", "next month"),
        E("Danylenko wrote that Ukraine “respects the concerns of Polish farmers” but that “unilateral bans do not solve anyone’s problems.”", "2023-09-20", "late Wednesday"),
        E("Russia pulled out of a U.N.-brokered agreement", "2023-07", "in July"),
        E("Truck drivers waiting at the Rava-Ruska crossing this week described lines stretching for about 20 kilometers and waits of up to four days",
          "2023-09-18", "this week"),
        E("I have been here", "2023-09-18", "since Monday morning"),
        E("Ukraine exported about 4.2 million tonnes of grain and oilseeds", "2023-08", "in August"),
        E("down from more than 5 million tonnes", "2022-08", "in the same month last year"),
        E("September volumes are likely to be lower still", "2023-09", "September"),
        E("The Polish election is", "2023-10-15", "on Oct. 15"),
        E("a meeting between Ukrainian and Slovak agriculture officials is scheduled", "2023-09-25", "early next week"),
    ],
}


def main():
    for name, ann in ARTICLES.items():
        out = {"article": name + ".txt"}
        for k in ("published", "published_basis", "outlet", "quotes", "figures", "events"):
            out[k] = ann[k]
        path = os.path.join(ROOT, name + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", path, len(out["quotes"]), "quotes", len(out["figures"]), "figures", len(out["events"]), "events")


if __name__ == "__main__":
    main()
