#!/usr/bin/env python3
"""Write the hand-made annotations of gold-fresh221 to JSON.

Every quote, figure and event below was chosen and typed by hand after reading
each article in full. This script does no extraction: it only turns the Python
literals into one JSON file per article (in the folder above tools/).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def Q(text, kind, speaker, speaker_type, role, cue, occurrence=None):
    d = {"text": text}
    if occurrence is not None:
        d["occurrence"] = occurrence
    d.update(kind=kind, speaker=speaker, speaker_type=speaker_type, role=role, cue=cue)
    return d


def F(text, value, unit, category, approx, subject, occurrence=None):
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


ANN = []

# ---------------------------------------------------------------- 01
PEL = ("Darren Pelletier", "person", "Northlink president and chief executive")
NL = ("Northlink Communications", "organization", None)
STR = ("Anika Stroud", "person", "Northlink spokesperson")
LAC = ("Geneviève Lachance", "person", "the coalition's executive director")
WIE = ("Tomasz Wierzbicki", "person", None)
OYE = ("Marguerite Oyelaran", "person", "telecommunications analyst at Carrow Capital Markets")
MIN = ("the office of the federal industry minister", "organization", None)
SAN = ("Kevin Sandhu", "person", "the opposition's industry critic")
ANN.append({
    "article": "01_northlink-outage.txt",
    "published": "2022-05-16",
    "published_basis": "Metadata line at the top of the text: 'date 2022-05-16' (a Monday); consistent with the body: outage 'on Saturday' (2022-05-14), letter 'Sunday morning' and ministry statement 'Sunday' (2022-05-15), spokesperson's email and Sandhu's remarks 'Monday'; '© 2022 Lakeshore News'. Agrees with writer.tsv",
    "outlet": "Lakeshore News",
    "quotes": [
        Q("it will credit customers the equivalent of five days of service after a network failure on Saturday knocked out wireless, home internet and landline connections across much of Ontario and Quebec and left some people unable to reach 911", "indirect", *NL, "says"),
        Q("The outage began shortly before 4:30 a.m. ET on Saturday and was not fully resolved until late that night, nearly 19 hours later", "indirect", *NL, "according to"),
        Q("residents to find another phone if they needed emergency help", "indirect", "police in at least two dozen communities", "anonymous", None, "urge"),
        Q("We let you down, and I am deeply sorry,", "direct", *PEL, "wrote"),
        Q("An update to a group of our core routers caused them to malfunction, and that disrupted traffic across our entire network. Our engineers disconnected the affected equipment and brought the system back in stages.", "direct", *PEL, None),
        Q("We know how much you rely on us. We are determined to earn back your trust, and we are reviewing every step of what went wrong.", "direct", *PEL, None),
        Q("\"the vast majority\" of customers were back online by 11 p.m. Saturday and that a \"small number\" had intermittent problems into Sunday afternoon", "mixed", *STR, "said"),
        Q("its own survey suggested between six and seven million people had been without service at some point during the day", "indirect", "the Canadian Telecom Users' Coalition", "organization", None, "said"),
        Q("This was not a small glitch. Whole towns lost the ability to call an ambulance,", "direct", *LAC, "said"),
        Q("A five-day credit is pocket change compared with what people lost.", "direct", *LAC, "said"),
        Q("they were among the hardest hit", "indirect", "Small-business owners", "anonymous", None, "said"),
        Q("he turned customers away for most of the day because his card reader depended on the Northlink network", "indirect", *WIE, "said"),
        Q("Saturday is our biggest day of the week,", "direct", *WIE, "told Lakeshore News"),
        Q("We probably lost $3,000, maybe more, and nobody could tell us anything.", "direct", *WIE, "told Lakeshore News"),
        Q("the credits alone would cost the company between C$120 million and C$150 million, or about two per cent of its annual wireless revenue", "indirect", *OYE, "estimated"),
        Q("the bigger risk was regulatory", "indirect", *OYE, "said"),
        Q("officials had summoned senior Northlink executives to Ottawa and that \"Canadians deserve answers.\"", "mixed", *MIN, "said"),
        Q("the government would look at whether carriers should be required to let customers roam on a competitor's network during a major failure", "indirect", *MIN, "said"),
        Q("it had ordered Northlink to file a detailed account of the outage, including how many 911 calls failed, by the end of the month", "indirect", "the Canadian Radio-television and Telecommunications Commission", "organization", None, "said"),
        Q("the company's explanation \"a press release, not an answer\"", "mixed", *SAN, "called"),
        Q("he would ask the Commons industry committee to hear from Pelletier when it meets later this week", "indirect", *SAN, "said"),
        Q("The fact that one software update can take down 911 for half the country tells you we have a resilience problem,", "direct", *SAN, "told reporters"),
        Q("the credit will appear automatically on customers' next bill and that no action is needed", "indirect", *NL, "said"),
        Q("the outage was not caused by a cyberattack", "indirect", *NL, "said"),
    ],
    "figures": [
        F("nearly 19 hours", 19, "hours", "duration", "nearly", "Northlink outage", occurrence=1),
        F("five days", 5, "days", "duration", None, "Northlink Communications"),
        F("nearly 19 hours", 19, "hours", "duration", "nearly", "Northlink outage", occurrence=2),
        F("at least two dozen communities", 24, "communities", "count", "at least", None),
        F("roughly 10.8 million wireless subscribers", 10800000, "subscribers", "count", "roughly", "Northlink Communications"),
        F("about 2.3 million internet customers", 2300000, "customers", "count", "about", "Northlink Communications"),
        F("more than four million", 4000000, "devices", "count", "more than", None),
        F("between six and seven million people", 6000000, "people", "count", None, None),
        F("five-day", 5, "days", "duration", None, "Northlink Communications"),
        F("$3,000", 3000, "$", "money", None, "Tomasz Wierzbicki"),
        F("between C$120 million and C$150 million", 120000000, "CAD", "money", None, "Northlink Communications"),
        F("about two per cent", 2, "%", "percent", "about", "Northlink Communications"),
        F("one software update", 1, "update", "count", None, None),
    ],
    "events": [
        E("a network failure on Saturday knocked out wireless, home internet and landline connections across much of Ontario and Quebec", "2022-05-14", "on Saturday"),
        E("The outage began shortly before 4:30 a.m. ET", "2022-05-14", "on Saturday"),
        E("was not fully resolved", "2022-05-14", "late that night"),
        E("Northlink president and chief executive Darren Pelletier blamed a faulty maintenance update to the company's core network", "2022-05-15", "Sunday morning"),
        E("A Northlink spokesperson, Anika Stroud, said in an email", "2022-05-16", "Monday"),
        E("\"the vast majority\" of customers were back online", "2022-05-14", "by 11 p.m. Saturday"),
        E("a \"small number\" had intermittent problems", "2022-05-15", "into Sunday afternoon"),
        E("The office of the federal industry minister said in a statement Sunday that officials had summoned senior Northlink executives to Ottawa", "2022-05-15", "Sunday"),
        E("Northlink to file a detailed account of the outage, including how many 911 calls failed", "2022-05", "by the end of the month"),
        E("he would ask the Commons industry committee to hear from Pelletier when it meets", "2022-05-16", "later this week"),
        E("Sandhu told reporters on Parliament Hill", "2022-05-16", "on Monday"),
        E("a hardware failure cut wireless service for several hours in parts of Atlantic Canada", "2021-04", "In April 2021"),
    ],
})

# ---------------------------------------------------------------- 02
AMA = ("Curtis Amadi", "person", "water director")
BAN = ("Rochelle Banfield", "person", "City Manager")
ORT = ("Danielle Ortega", "person", None)
EPA = ("the Ohio Environmental Protection Agency", "organization", None)
ANN.append({
    "article": "02_dayton-boil-water.txt",
    "published": "2023-08-22",
    "published_basis": "Metadata line 'Published Tuesday, Aug. 22, 2023 5:14PM EDT' (and 'Last Updated Tuesday, Aug. 22, 2023 6:02PM EDT'); body says 'Tuesday' for the current day, break 'late Sunday night', isolated 'by early Monday'; 2023-08-22 was a Tuesday. Agrees with writer.tsv",
    "outlet": "The Associated Press",
    "quotes": [
        Q("the 54-inch transmission line, installed in 1931, split open late Sunday night beneath a road just north of the plant", "indirect", "City officials", "anonymous", None, "said"),
        Q("the advisory would stay in place until two consecutive rounds of samples, taken 24 hours apart, come back clean", "indirect", *AMA, "said"),
        Q("We are making real progress,", "direct", *AMA, "said"),
        Q("but I am not going to lift this advisory until the lab tells me it's safe. That's the only way we do this.", "direct", *AMA, "said"),
        Q("the first round of results was expected Wednesday and that, if both rounds are clear, the advisory could be lifted as early as Thursday", "indirect", *AMA, "said"),
        Q("The city and county had handed out more than 1.5 million bottles of water by Tuesday evening from nine distribution sites, and the National Guard sent two tanker trucks to help supply nursing homes", "indirect", "the county's emergency management agency", "organization", None, "according to"),
        Q("she had been waiting about 40 minutes with her two children in the back seat of a car with a weak air conditioner", "indirect", *ORT, "said"),
        Q("You can't cook, you can't really wash dishes, and it's 95 degrees,", "direct", *ORT, "said"),
        Q("I get that pipes break. But this pipe is almost 100 years old. Somebody knew.", "direct", *ORT, "said"),
        Q("they were operating normally on bottled supplies and their own treatment systems", "indirect", "Hospitals", "anonymous", None, "said"),
        Q("it was in contact with the city and had sent staff to help with sampling", "indirect", *EPA, "said"),
        Q("it had no evidence of contamination so far", "indirect", *EPA, "said"),
        Q("early estimates put the cost of the repair at between $4 million and $6 million, not counting overtime and water giveaways", "indirect", *BAN, "said"),
        Q("the city had applied last year for about $22 million in state and federal money to replace the oldest stretches of its transmission mains and was still waiting to hear back", "indirect", *BAN, "said"),
        Q("roughly a quarter of the system's large-diameter pipe is more than 80 years old", "indirect", *AMA, "said"),
        Q("We have been chasing this for a long time,", "direct", *AMA, "said"),
        Q("Every utility in the Midwest is in the same boat. You fix what's most likely to fail and you hope you guessed right.", "direct", *AMA, "said"),
        Q("why it took until nearly 2 a.m. Monday for the first alerts to reach phones", "indirect", "Some residents and business owners", "anonymous", None, "questioned"),
        Q("the city was reviewing its notification process", "indirect", *BAN, "said"),
        Q("some people found out from their neighbors before they heard from us.", "direct", *BAN, "acknowledged"),
    ],
    "figures": [
        F("About 400,000 people", 400000, "people", "count", "About", None),
        F("54-inch", 54, "inches", "count", None, "transmission line"),
        F("below 20 pounds per square inch", 20, "pounds per square inch", "count", "below", None),
        F("two consecutive rounds", 2, "rounds", "count", None, None),
        F("24 hours", 24, "hours", "duration", None, None),
        F("more than 1.5 million bottles", 1500000, "bottles", "count", "more than", "The city and county"),
        F("nine distribution sites", 9, "sites", "count", None, "The city and county"),
        F("two tanker trucks", 2, "trucks", "count", None, "the National Guard"),
        F("about 40 minutes", 40, "minutes", "duration", "about", "Danielle Ortega"),
        F("two children", 2, "children", "count", None, "Danielle Ortega"),
        F("95 degrees", 95, "degrees", "count", None, None),
        F("almost 100 years", 100, "years", "duration", "almost", "pipe"),
        F("Nearly 60 schools", 60, "schools", "count", "Nearly", None),
        F("between $4 million and $6 million", 4000000, "$", "money", None, "repair"),
        F("about $22 million", 22000000, "$", "money", "about", "the city"),
        F("more than 80 years", 80, "years", "duration", "more than", "pipe"),
        F("10 years", 10, "years", "duration", None, None),
        F("$31 million", 31000000, "$", "money", None, None),
        F("at least one minute", 1, "minute", "duration", "at least", None),
    ],
    "events": [
        E("About 400,000 people in and around Dayton were told to keep boiling their tap water for a second full day", "2023-08-22", "Tuesday"),
        E("the 54-inch transmission line, installed", "1931", "in 1931"),
        E("the 54-inch transmission line, installed in 1931, split open late Sunday night beneath a road just north of the plant", "2023-08-20", "late Sunday night"),
        E("Crews had the break isolated", "2023-08-21", "by early Monday"),
        E("Amadi said at a news conference", "2023-08-22", "Tuesday afternoon"),
        E("the first round of results was expected", "2023-08-23", "Wednesday"),
        E("the advisory could be lifted", "2023-08-24", "as early as Thursday"),
        E("The city and county had handed out more than 1.5 million bottles of water", "2023-08-22", "by Tuesday evening"),
        E("the first day of classes, which had been scheduled", "2023-08-23", "for Wednesday"),
        E("the city had applied", "2022", "last year"),
        E("consultant's report commissioned by the city recommended replacing the section", "2019", "2019"),
        E("the section that failed", "2023-08-20", "Sunday"),
        E("the first alerts to reach phones", "2023-08-21", "until nearly 2 a.m. Monday"),
    ],
})

# ---------------------------------------------------------------- 03
OFW = ("Ofwat", "organization", None)
SEV = ("Severnside Water", "organization", None)
ETH = ("Graham Etherington", "person", "Ofwat's director of enforcement")
TRE = ("Owen Trelawney", "person", "founder of campaign group Clean Rivers Now")
ANN.append({
    "article": "03_severnside-sewage-fine.txt",
    "published": "2023-03-03",
    "published_basis": "Dated dateline 'LONDON, March 3 (Reuters)' with the fine imposed 'on Friday'; year from the body: 41,300 spill events 'last year, up 12% from 2021' puts 'last year' after 2021, i.e. 2022, so publication is in 2023; 2023-03-03 was a Friday. Agrees with writer.tsv",
    "outlet": "Reuters",
    "quotes": [
        Q("an investigation launched in 2021 found the utility, which supplies about 3.1 million customers in the English Midlands and along the Welsh border, had allowed untreated sewage to be released from storm overflows far more often than its permits allowed, including during dry weather", "indirect", *OFW, "said"),
        Q("Severnside's customers and the environment have paid the price for years of poor management,", "direct", *ETH, "said"),
        Q("This penalty should send a clear message to the whole sector.", "direct", *ETH, "said"),
        Q("28 million pounds of the fine would be returned to customers through lower bills over the next two years, with the remainder going into a fund for river restoration projects", "indirect", *OFW, "said"),
        Q("it accepted the findings and apologised to customers", "indirect", *SEV, "said"),
        Q("it had already committed 1.2 billion pounds to upgrade treatment works and storm overflows by 2030, and that it had \"not always met the standards our customers rightly expect\"", "mixed", *SEV, "said"),
        Q("the board had considered challenging the size of the fine but decided an appeal would prolong the damage to the company's reputation", "indirect", "A person familiar with the matter", "anonymous", None, "said"),
        Q("is roughly 3 percentage points higher than it would have been without companies' planned investment in sewage infrastructure", "indirect", "campaigners", "anonymous", None, "say"),
        Q("the fine was \"a fraction of what the company has paid out to shareholders\"", "mixed", *TRE, "said"),
        Q("the government to ban dividends at firms that breach their permits", "indirect", *TRE, "called on"),
        Q("Forty million sounds like a lot until you look at the profits,", "direct", *TRE, "said"),
        Q("People swimming in these rivers have been getting sick, and for years nobody was held to account.", "direct", *TRE, "said"),
        Q("the government was \"taking tougher action than ever before\" against polluters and that ministers would set out further plans next month, including higher caps on civil penalties", "mixed", "A spokesperson for the Department for Environment, Food and Rural Affairs", "anonymous", None, "said"),
        Q("Several other water companies are also under investigation over their handling of wastewater", "indirect", *OFW, "said"),
    ],
    "figures": [
        F("40 million pounds", 40000000, "GBP", "money", None, "Severnside Water", occurrence=1),
        F("40 million pounds", 40000000, "GBP", "money", None, "Severnside Water", occurrence=2),
        F("$48 million", 48000000, "USD", "money", None, "Severnside Water"),
        F("about 3.1 million customers", 3100000, "customers", "count", "about", "Severnside Water"),
        F("41,300 spill events", 41300, "events", "count", None, "Severnside Water"),
        F("12%", 12, "%", "percent", None, "Severnside Water"),
        F("nearly 290,000 hours", 290000, "hours", "duration", "nearly", "Severnside Water"),
        F("28 million pounds", 28000000, "GBP", "money", None, "customers"),
        F("two years", 2, "years", "duration", None, None),
        F("1.2 billion pounds", 1200000000, "GBP", "money", None, "Severnside Water"),
        F("2.1%", 2.1, "%", "percent", None, "Severnside Group"),
        F("0.4%", 0.4, "%", "percent", None, "FTSE 250"),
        F("7.5%", 7.5, "%", "percent", None, "household water bills in England and Wales"),
        F("roughly 3 percentage points", 3, "%", "percent", "roughly", None),
        F("8.1%", 8.1, "%", "percent", None, "Severnside customers"),
        F("about 36 pounds", 36, "GBP", "money", "about", "Severnside customers"),
        F("Forty million", 40000000, "GBP", "money", None, "Severnside Water"),
        F("11 million pounds", 11000000, "GBP", "money", None, "Severnside Water"),
        F("at least two of those cases", 2, "cases", "count", "at least", "Ofwat"),
        F("about 10 billion pounds", 10000000000, "GBP", "money", "about", "England"),
    ],
    "events": [
        E("Britain's water regulator Ofwat on Friday fined Severnside Water 40 million pounds ($48 million) for failing to properly run its sewage treatment works", "2023-03-03", "on Friday"),
        E("an investigation launched", "2021", "in 2021"),
        E("The company reported 41,300 spill events", "2022", "last year"),
        E("The company must also submit an improvement plan", "2023-03", "by the end of March"),
        E("to upgrade treatment works and storm overflows", "2030", "by 2030"),
        E("average household water bills in England and Wales rise by 7.5%", "2023-04", "from April"),
        E("ministers would set out further plans", "2023-04", "next month"),
        E("Ofwat last fined Severnside", "2019", "in 2019"),
        E("it expects to conclude at least two of those cases", "2023", "this year"),
        E("fixing storm overflows across England", "2030", "by 2030"),
    ],
})

# ---------------------------------------------------------------- 04
AEMO = ("the Australian Energy Market Operator", "organization", None)
HBE = ("Hunter Basin Energy", "organization", None)
TEN = ("Marcus Tennant", "person", "Hunter Basin Energy chief executive")
GOV = ("the state government", "organization", None)
DEL = ("Carmen Delahunty", "person", "the Opposition’s energy spokeswoman")
OKO = ("Felicity Okonkwo", "person", "energy systems researcher at the University of Newcastle")
ANN.append({
    "article": "04_nsw-summer-blackout-warning.txt",
    "published": "2021-11-10",
    "published_basis": "Video line 'Watch: Energy market operator warns of summer blackout risk in NSW – Nov 10, 2021' (page furniture, but dated); body weekdays fit: outlook released 'on Tuesday' (2021-11-09), failure 'on Sunday night' (2021-11-07), fault found 'on Monday morning', Tennant at the plant 'on Wednesday' (today); 2021-11-10 was a Wednesday. Agrees with writer.tsv",
    "outlet": None,
    "quotes": [
        Q("New South Wales faces a heightened risk of rolling blackouts this summer after a breakdown at one of the state’s largest coal-fired power stations took a major generating unit offline until at least February", "indirect", *AEMO, "has warned"),
        Q("the state could be short of between 300 and 550 megawatts of supply during extreme heatwaves, enough to power roughly 100,000 to 180,000 homes at peak demand", "indirect", *AEMO, "said"),
        Q("a fault in the unit’s generator stator would take “up to 14 weeks” to repair", "mixed", *HBE, "said"),
        Q("the risk was concentrated on days when temperatures in Sydney and western NSW pass 40 degrees, particularly in the late afternoon and early evening, when rooftop solar output falls away but air-conditioning demand stays high", "indirect", *AEMO, "said"),
        Q("We are not saying the lights will go out,", "direct", *AEMO, "said"),
        Q("We are saying the margin for error has narrowed, and we will be working with the market and the NSW government to close that gap before summer peaks.", "direct", *AEMO, "said"),
        Q("the failure was “bad luck at a bad time”", "mixed", *TEN, "told reporters"),
        Q("This unit was overhauled in 2019 and it has been performing well,", "direct", *TEN, "said"),
        Q("What we found on Monday morning is a fault deep inside the generator, and there is only a handful of specialists in the world who can repair it. We have already flown a team in from overseas.", "direct", *TEN, None),
        Q("I understand people are worried. We are doing everything we can to get this unit back, and the other three units are running normally.", "direct", *TEN, None),
        Q("the date could be brought forward", "indirect", "industry sources", "anonymous", None, "have speculated"),
        Q("it would spend $180 million to fast-track a grid-scale battery in the Central West and to pay large industrial users to cut their consumption on critical days", "indirect", *GOV, "said"),
        Q("The battery, originally slated for 2023, would now be partly operating “by the end of next summer”", "mixed", *GOV, "said"),
        Q("the package as “a Band-Aid on a broken leg”", "mixed", *DEL, "described"),
        Q("households had been left exposed by years of poor planning", "indirect", *DEL, "said"),
        Q("Everyone has known for a decade that these coal plants are getting old,", "direct", *DEL, "said"),
        Q("The government has had every chance to build the replacement capacity and it simply hasn’t happened fast enough.", "direct", *DEL, "said"),
        Q("the risk was real but manageable, and that the scale of any blackouts would likely be limited", "indirect", *OKO, "said"),
        Q("AEMO had several tools available, including contracting emergency reserves and asking big users such as smelters to reduce load for a few hours at a time", "indirect", *OKO, "said"),
        Q("In the worst case you might see rotating outages of an hour or two in some suburbs on one or two afternoons,", "direct", *OKO, "said"),
        Q("That is disruptive, but it is not a statewide blackout.", "direct", *OKO, "said"),
        Q("Wholesale electricity futures for the first quarter of 2022 in NSW jumped nearly 20 per cent on Monday and Tuesday", "indirect", "brokers", "anonymous", None, "according to"),
        Q("the price rises could flow through to household bills from July", "indirect", "Consumer groups", "anonymous", None, "warned"),
        Q("the average NSW household already paid about $1,700 a year for electricity", "indirect", "the Energy Consumers Alliance", "organization", None, "said"),
        Q("generators to report any planned maintenance that could be deferred until autumn", "indirect", *AEMO, "has asked"),
    ],
    "figures": [
        F("up to 550 megawatts", 550, "megawatts", "count", "up to", "New South Wales"),
        F("between 300 and 550 megawatts", 300, "megawatts", "count", None, "New South Wales"),
        F("roughly 100,000 to 180,000 homes", 100000, "homes", "count", "roughly", None),
        F("660-megawatt", 660, "megawatts", "count", None, "Gowrie Creek Power Station"),
        F("up to 14 weeks", 14, "weeks", "duration", "up to", "Hunter Basin Energy"),
        F("40 degrees", 40, "degrees", "count", None, None),
        F("three units", 3, "units", "count", None, "Gowrie Creek Power Station"),
        F("four-unit", 4, "units", "count", None, "Gowrie Creek Power Station"),
        F("2640-megawatt", 2640, "megawatts", "count", None, "Gowrie Creek Power Station"),
        F("about 15 per cent", 15, "%", "percent", "about", "Gowrie Creek Power Station"),
        F("$180 million", 180000000, "$", "money", None, "the state government"),
        F("an hour or two", 1, "hours", "duration", None, None),
        F("one or two afternoons", 1, "afternoons", "count", None, None),
        F("nearly 20 per cent", 20, "%", "percent", "nearly", "Wholesale electricity futures"),
        F("about $1,700", 1700, "$", "money", "about", "the average NSW household"),
        F("about 420 people", 420, "people", "count", "about", "Gowrie Creek"),
        F("two years", 2, "years", "duration", None, "Gowrie Creek"),
        F("nearly five weeks", 5, "weeks", "duration", "nearly", "A separate unit"),
    ],
    "events": [
        E("took a major generating unit offline", "2022-02", "until at least February"),
        E("an updated reliability outlook released", "2021-11-09", "on Tuesday"),
        E("the failure on Sunday night of a 660-megawatt unit at Gowrie Creek Power Station", "2021-11-07", "on Sunday night"),
        E("it is unlikely to return", "2022-02", "before the end of February"),
        E("Hunter Basin Energy chief executive Marcus Tennant told reporters at the plant", "2021-11-10", "on Wednesday"),
        E("This unit was overhauled", "2019", "in 2019"),
        E("What we found", "2021-11-08", "on Monday morning"),
        E("is due to close", "2025", "in 2025"),
        E("The battery, originally slated", "2023", "for 2023"),
        E("Wholesale electricity futures for the first quarter of 2022 in NSW jumped nearly 20 per cent", "2021-11-08", "on Monday and Tuesday"),
        E("the price rises could flow through to household bills", "2022-07", "from July"),
        E("AEMO is expected to publish its full summer readiness plan", "2021-11-24", "on the 24th"),
        E("A separate unit was out of service for nearly five weeks", "2020", "in early 2020"),
    ],
})

# ---------------------------------------------------------------- 05
OP = ("the state grid operator", "organization", None)
KOV = ("Dmytro Kovalchuk", "person", "deputy director of the grid operator")
WES = ("A senior Western official", "anonymous", None)
MOR = ("Halyna Moroz", "person", "retired schoolteacher")
VOL = ("Andriy Voloshyn", "person", "the city’s deputy mayor")
MOB = ("Ukraine’s mobile operators", "anonymous", None)
ANN.append({
    "article": "05_kyiv-grid-strikes.txt",
    "published": "2022-10-23",
    "published_basis": "No date line (undated dateline 'KYIV, Ukraine —'); inferred: '© 2022 AFP'; the strikes were 'on Saturday' and the text is written on the Sunday after (crews worked 'into Sunday', households without power 'on Sunday morning', outages 'from Monday'); Saturday's attack came 'in less than two weeks' after the 'Oct. 10' wave, damage counted 'since the start of the month' and freezing expected 'next month', so the Sunday is 2022-10-16 or 2022-10-23. The text does not settle which; taken from writer.tsv (2022-10-23, a Sunday), which fits the 'fourth large-scale strike' best",
    "outlet": "AFP",
    "quotes": [
        Q("More than 900,000 households were still without electricity on Sunday morning", "indirect", *OP, "according to"),
        Q("it would impose rotating outages of up to four hours at a time in Kyiv and at least eight other regions from Monday", "indirect", *OP, "said"),
        Q("people to avoid using washing machines, electric heaters and other heavy appliances between 7 a.m. and 11 p.m.", "indirect", *OP, "urged"),
        Q("The damage is serious, but the system is holding,", "direct", *OP, "wrote"),
        Q("Every kilowatt you save today helps us keep hospitals and water pumps running.", "direct", *OP, "wrote"),
        Q("it had shot down 18 of the 33 cruise missiles fired on Saturday, along with most of the Iranian-made drones launched overnight", "indirect", "Ukraine’s air force", "organization", None, "said"),
        Q("“all designated targets” had been hit", "mixed", "Russia’s defence ministry", "organization", None, "said"),
        Q("the cumulative damage is now severe", "indirect", "Officials", "anonymous", None, "say"),
        Q("about a third of the country’s power stations had been damaged since the start of the month, and that some high-voltage transformers could take months to replace", "indirect", *KOV, "told reporters"),
        Q("This equipment is not something you buy in a shop,", "direct", *KOV, "said"),
        Q("Some of these transformers weigh more than 200 tonnes. We are asking our partners for them, and we are asking people to be patient.", "direct", *KOV, "said"),
        Q("the operator had received offers of equipment from more than a dozen European utilities", "indirect", *KOV, "said"),
        Q("Moscow appeared to be deliberately targeting the grid ahead of winter “to break the will of the civilian population”", "mixed", *WES, "said"),
        Q("Russia had fired between 200 and 300 missiles and drones at energy infrastructure this month alone", "indirect", *WES, "estimated"),
        Q("We filled every bottle we have,", "direct", *MOR, "said"),
        Q("In the evening we sit with candles. It is not comfortable, but we survived worse last spring. We will survive this.", "direct", *MOR, "said"),
        Q("about 60 per cent of the city had been reconnected and that backup generators were running at hospitals, the main maternity ward and the water treatment plant", "indirect", *VOL, "said"),
        Q("local authorities were setting up heated shelters in schools where people could charge phones and get hot drinks", "indirect", *VOL, "said"),
        Q("the strikes “terrorism against people who just want to keep warm”", "mixed", *VOL, "called"),
        Q("repair crews had been working in shifts of up to 16 hours", "indirect", *VOL, "said"),
        Q("some base stations had switched to battery power and could run for only two to four hours without mains electricity", "indirect", *MOB, "said"),
        Q("coverage could be patchy during blackouts", "indirect", *MOB, "warned"),
        Q("Internet traffic nationwide fell by about a quarter on Saturday evening", "indirect", "one network-monitoring group", "anonymous", None, "according to"),
        Q("they hoped for deliveries of generators and transformers before temperatures drop below freezing next month", "indirect", "officials in Kyiv", "anonymous", None, "said"),
    ],
    "figures": [
        F("More than 900,000 households", 900000, "households", "count", "More than", "Ukraine"),
        F("about 1.3 million", 1300000, "households", "count", "about", "Ukraine"),
        F("up to four hours", 4, "hours", "duration", "up to", None),
        F("at least eight other regions", 8, "regions", "count", "at least", None),
        F("18", 18, "missiles", "count", None, "Ukraine’s air force"),
        F("33 cruise missiles", 33, "missiles", "count", None, "Russia"),
        F("less than two weeks", 2, "weeks", "duration", "less than", None),
        F("more than 200 tonnes", 200, "tonnes", "count", "more than", "transformers"),
        F("more than a dozen European utilities", 12, "utilities", "count", "more than", None),
        F("between 200 and 300 missiles and drones", 200, "missiles and drones", "count", None, "Russia"),
        F("about 270,000 people", 270000, "people", "count", "about", "Khmelnytskyi"),
        F("67", 67, "years", "duration", None, "Halyna Moroz"),
        F("two plastic canisters", 2, "canisters", "count", None, "Halyna Moroz"),
        F("about 60 per cent", 60, "%", "percent", "about", "Khmelnytskyi"),
        F("up to 16 hours", 16, "hours", "duration", "up to", "repair crews"),
        F("two to four hours", 2, "hours", "duration", None, "base stations"),
    ],
    "events": [
        E("Repair crews worked through the night", "2022-10-23", "into Sunday"),
        E("a barrage of Russian missiles and drones on Saturday hit power stations and substations", "2022-10-22", "on Saturday"),
        E("More than 900,000 households were still without electricity", "2022-10-23", "on Sunday morning"),
        E("down from a peak of about 1.3 million", "2022-10-22", "on Saturday afternoon"),
        E("it would impose rotating outages of up to four hours at a time in Kyiv and at least eight other regions", "2022-10-24", "from Monday"),
        E("the operator wrote in a post on Twitter", "2022-10-23", "on Sunday"),
        E("the 33 cruise missiles fired", "2022-10-22", "on Saturday"),
        E("Saturday’s attack was the fourth large-scale strike on Ukraine’s energy system", "2022-10-22", "Saturday’s"),
        E("a wave of missile attacks on Oct. 10 that targeted cities across the country, including the centre of Kyiv", "2022-10-10", "on Oct. 10"),
        E("about a third of the country’s power stations had been damaged", "2022-10", "since the start of the month"),
        E("Russia had fired between 200 and 300 missiles and drones at energy infrastructure", "2022-10", "this month alone"),
        E("residents queued for water at public pumps", "2022-10-23", "on Sunday"),
        E("The city’s deputy mayor, Andriy Voloshyn, said", "2022-10-23", "on Sunday"),
        E("Internet traffic nationwide fell by about a quarter", "2022-10-22", "on Saturday evening"),
        E("European Union energy ministers are due to discuss emergency support for Ukraine’s grid", "2022-10-24", "later this week"),
        E("temperatures drop below freezing", "2022-11", "next month"),
    ],
})

# ---------------------------------------------------------------- 06
CNPC = ("the Connected North Policy Centre", "organization", None)
DHA = ("Aaron Dhaliwal", "person", "parliamentary secretary for rural economic development")
HAD = ("Leila Haddad", "person", "the centre’s research director")
MCT = ("Sharon McTavish", "person", "reeve of a township in eastern Ontario")
ANN.append({
    "article": "06_rural-broadband-fund.txt",
    "published": "2021-01-21",
    "published_basis": "Metadata line 'Posted Jan 21, 2021 12:47 pm EST' (and 'Last Updated Jan 21, 2021'); closing line 'first published Jan. 21, 2021'; body says the funding was announced and the report released 'Thursday' (2021-01-21 was a Thursday); caption dated the day before, 'Wednesday, Jan. 20, 2021'. Agrees with writer.tsv",
    "outlet": "The Canadian Press",
    "quotes": [
        Q("connectivity targets slipping", "indirect", *CNPC, "says"),
        Q("its goal of connecting nearly every Canadian household by the end of the decade is falling behind", "indirect", *CNPC, "warns"),
        Q("it would bring faster service to about 110,000 homes in 38 rural and Indigenous communities", "indirect", *DHA, "saying"),
        Q("For too many families, the pandemic has made it painfully obvious who has good internet and who doesn’t,", "direct", *DHA, "said"),
        Q("Kids are doing school from the kitchen table on a connection that drops every twenty minutes. That has to end.", "direct", *DHA, "said"),
        Q("the government has approved only 41 of 212 eligible project applications so far, and that spending is running well behind schedule", "indirect", *CNPC, "says"),
        Q("nearly 1.7 million households still lack access to those speeds, far more than the roughly 1.1 million cited by the federal government", "indirect", *CNPC, "estimates"),
        Q("The difference, it says, comes from coverage maps that count an entire area as served if a single home has access", "indirect", *CNPC, "says"),
        Q("The maps are telling Ottawa a much happier story than the one people are living,", "direct", *HAD, "said"),
        Q("If you count the households we think are missing, the 2026 target looks very hard to reach.", "direct", *HAD, "said"),
        Q("at the current pace, the share of rural households with high-speed access would rise by only about nine percentage points by 2026, leaving it below 75 per cent", "indirect", *HAD, "said"),
        Q("the department’s numbers were based on data from providers and that a large batch of approvals was expected “in the coming weeks.”", "mixed", *DHA, "saying"),
        Q("Ottawa remained confident it could hit the 98 per cent target", "indirect", *DHA, "said"),
        Q("it had committed more than $1.1 billion to rural connectivity since 2019 and that projects announced in the last three months alone would connect about 250,000 homes", "indirect", "the department", "organization", None, "said"),
        Q("about four in 10 homes rely on satellite or cellular connections", "indirect", *MCT, "says"),
        Q("the delays were “a slap in the face” to rural residents who had been promised help for years", "mixed", *MCT, "told CBC News"),
        Q("We filled out every form they asked for. We partnered with a provider. We put up our own money,", "direct", *MCT, "said"),
        Q("And then we waited, and waited, and we’re still waiting.", "direct", *MCT, "said"),
        Q("her township applied for funding last spring for a fibre project covering about 140 kilometres of road, and had heard nothing since an acknowledgment email in June", "indirect", *MCT, "said"),
        Q("the slow rollout was hurting small businesses and farmers who had moved more of their sales online during lockdowns", "indirect", "Opposition critics", "anonymous", None, "said"),
        Q("part of the delay stemmed from permitting", "indirect", "Telecommunications industry groups", "anonymous", None, "said"),
        Q("they had waited six months or more for approvals from utilities", "indirect", "some", "anonymous", None, "said"),
        Q("some providers had shelved projects altogether because of uncertainty over when federal money would arrive", "indirect", "An industry official who was not authorized to speak publicly", "anonymous", None, "said"),
        Q("construction costs had risen between 10 and 15 per cent over the past year", "indirect", "An industry official who was not authorized to speak publicly", "anonymous", None, "estimated"),
        Q("most are expected to be completed by the end of 2022", "indirect", "the federal government", "organization", None, "said"),
        Q("the funding was welcome but that the government should publish detailed, address-level maps and set firm deadlines for decisions on the remaining applications", "indirect", *HAD, "said"),
        Q("Money announced is not the same as homes connected,", "direct", *HAD, "said"),
    ],
    "figures": [
        F("$350M", 350000000, "$", "money", None, "Ottawa"),
        F("$350 million", 350000000, "$", "money", None, "The federal government"),
        F("about 110,000 homes", 110000, "homes", "count", "about", None),
        F("38 rural and Indigenous communities", 38, "communities", "count", None, None),
        F("twenty minutes", 20, "minutes", "duration", None, None),
        F("50 megabits per second", 50, "megabits per second", "count", None, None),
        F("10 megabits per second", 10, "megabits per second", "count", None, None),
        F("98 per cent", 98, "%", "percent", None, None, occurrence=1),
        F("41", 41, "applications", "count", None, "the government"),
        F("212 eligible project applications", 212, "applications", "count", None, None),
        F("nearly 1.7 million households", 1700000, "households", "count", "nearly", None),
        F("roughly 1.1 million", 1100000, "households", "count", "roughly", "the federal government"),
        F("about nine percentage points", 9, "%", "percent", "about", None),
        F("below 75 per cent", 75, "%", "percent", "below", None),
        F("98 per cent", 98, "%", "percent", None, "Ottawa", occurrence=2),
        F("more than $1.1 billion", 1100000000, "$", "money", "more than", "the department"),
        F("three months", 3, "months", "duration", None, None),
        F("about 250,000 homes", 250000, "homes", "count", "about", None),
        F("about four in 10 homes", 4, "homes", "count", "about", None),
        F("about 140 kilometres", 140, "kilometres", "count", "about", None),
        F("six months or more", 6, "months", "duration", "or more", None),
        F("between 10 and 15 per cent", 10, "%", "percent", None, "construction costs"),
        F("$62-million", 62000000, "$", "money", None, None),
    ],
    "events": [
        E("A cellular tower stands in a field near Renfrew, Ont.", "2021-01-20", "on Wednesday, Jan. 20, 2021"),
        E("its goal of connecting nearly every Canadian household", "2030", "by the end of the decade"),
        E("Aaron Dhaliwal, parliamentary secretary for rural economic development, announced the funding", "2021-01-21", "Thursday"),
        E("a federal fund, launched", "2020", "in late 2020"),
        E("bring download speeds of 50 megabits per second and upload speeds of 10 megabits per second to 98 per cent of households", "2026", "by 2026"),
        E("to all Canadians", "2030", "by 2030"),
        E("a report released", "2021-01-21", "Thursday morning"),
        E("the 2026 target looks very hard to reach", "2026", "2026"),
        E("the share of rural households with high-speed access would rise by only about nine percentage points", "2026", "by 2026"),
        E("The department said in a statement", "2021-01-21", "later Thursday"),
        E("it had committed more than $1.1 billion to rural connectivity", "2019", "since 2019"),
        E("an acknowledgment email", "2020-06", "in June"),
        E("The projects announced", "2021-01-21", "Thursday"),
        E("most are expected to be completed", "2022", "by the end of 2022"),
    ],
})


def main():
    for a in ANN:
        name = a["article"][:-4] + ".json"
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            json.dump(a, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("wrote", name, len(a["quotes"]), "quotes,", len(a["figures"]), "figures,", len(a["events"]), "events")


if __name__ == "__main__":
    main()
