#!/usr/bin/env python3
"""Write the hand-made annotations of gold-fresh204 to JSON.

Every entry below was written by hand after reading the article in full; this
script does no extraction of its own. It only turns the literals into the JSON
files that /work/shared/gold/SCHEMA.md describes (one file per article, next to
this folder's articles/ directory).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def Q(text, kind, speaker, stype, role, cue, occ=None):
    d = {"text": text}
    if occ is not None:
        d["occurrence"] = occ
    d.update({"kind": kind, "speaker": speaker, "speaker_type": stype, "role": role, "cue": cue})
    return d


def F(text, value, unit, cat, approx, subject, occ=None):
    d = {"text": text}
    if occ is not None:
        d["occurrence"] = occ
    d.update({"value": value, "unit": unit, "category": cat, "approx": approx, "subject": subject})
    return d


def E(text, date, date_text, occ=None):
    d = {"text": text}
    if occ is not None:
        d["occurrence"] = occ
    d.update({"date": date, "date_text": date_text})
    return d


ANN = []

# ---------------------------------------------------------------- 01
CRTC = "the Canadian Radio-television and Telecommunications Commission"
NL = "Northline Communications"
VER = ("Lucie Verhaegen", "person", "CRTC's vice-chair of telecommunications")
PEL = ("Graham Pelletier", "person", "Northline's president and chief executive")
BAI = ("Harjit Bains", "person", "executive director of the Canadian Wireless Users' Coalition")
MAC = ("Sarah Mackey", "person", None)
ISED = "Innovation, Science and Economic Development Canada"
ANN.append({
    "article": "01_crtc-northline-outage.txt",
    "published": "2021-09-23",
    "published_basis": "Lead-video line 'WATCH: Canada's telecom regulator says it will hold public hearings ... – Sep 23, 2021' and the body's 'announced the inquiry on Thursday, nine days after' the Sept. 14 outage (Sept. 14 + 9 = Sept. 23); 2021-09-23 was a Thursday; '© 2021 Global News'",
    "outlet": "Global News",
    "quotes": [
        Q("it will hold public hearings early next year into the wireless outage that knocked out cellphone and internet service for customers of Northline Communications across four provinces last week, including access to 911 in some areas",
          "indirect", CRTC, "organization", None, "says"),
        Q("it had ordered Northline to file a detailed account of the outage within 10 business days, including what went wrong, how many customers lost service and how many emergency calls failed to connect",
          "indirect", CRTC, "organization", None, "said"),
        Q("Canadians rely on their phones to reach help in an emergency, and for many hours that expectation was simply not met,", "direct", *VER, "said"),
        Q("We want a full public record of what happened, and of what is being done to make sure it does not happen again.", "direct", *VER, "said"),
        Q('the outage affected "approximately 1.8 million" wireless subscribers in Ontario, Quebec, Manitoba and Saskatchewan', "mixed", NL, "organization", None, "has said"),
        Q("once customers of the smaller discount brands that run on Northline's network were counted, the true figure was likely closer to 2.5 million",
          "indirect", "A coalition of consumer groups", "anonymous", None, "saying"),
        Q("Ontario's emergency call centres logged more than 3,400 failed or dropped 911 calls during the outage",
          "indirect", "Ontario's Ministry of the Solicitor General", "organization", None, "according to"),
        Q("the company welcomed the review", "indirect", *PEL, "said"),
        Q("We let our customers down, and we own that,", "direct", *PEL, "said"),
        Q("We have already changed the way we test and roll out updates to our core network, and we will co-operate fully with the commission.", "direct", *PEL, "said"),
        Q('the credit "a token gesture"', "mixed", *BAI, "called"),
        Q("the regulator should consider penalties", "indirect", *BAI, "said"),
        Q("Five days of service for a day with no way to call an ambulance is not a serious response,", "direct", *BAI, "said"),
        Q("People were driving to fire halls to report emergencies. That should never happen in this country.", "direct", *BAI, "said"),
        Q("her staff of two dozen personal support workers had no way to check in with head office or with clients for most of the day", "indirect", *MAC, "told Global News"),
        Q("We were going door to door with paper schedules, like it was 1995,", "direct", *MAC, "said"),
        Q("One of our clients fell that morning, and we didn't find out for almost six hours.", "direct", *MAC, "said"),
        Q("the department had asked officials to work with the CRTC and the carriers on rules that would require providers to notify the government of major outages within two hours and to let customers' calls to 911 roam onto rival networks when their own carrier's service fails",
          "indirect", ISED, "organization", None, "said"),
        Q("it expected to have a proposal ready for consultation by the end of the year", "indirect", ISED, "organization", None, "said"),
        Q("the hearings are scheduled to begin in Gatineau, Que., on Feb. 7 and are expected to last about three weeks", "indirect", CRTC, "organization", None, "According to"),
    ],
    "figures": [
        F("four provinces", 4, "provinces", "count", None, NL, occ=2),
        F("10 business days", 10, "days", "duration", None, NL),
        F("approximately 1.8 million", 1800000, "subscribers", "count", "approximately", NL),
        F("closer to 2.5 million", 2500000, "subscribers", "count", "closer to", NL),
        F("more than 3,400 failed or dropped 911 calls", 3400, "calls", "count", "more than", "Ontario's emergency call centres"),
        F("five days", 5, "days", "duration", None, NL),
        F("between $45 million and $50 million", 45000000, "$", "money", None, NL),
        F("nearly $60 million", 60000000, "$", "money", "nearly", NL),
        F("Five days", 5, "days", "duration", None, None),
        F("two dozen personal support workers", 24, "workers", "count", None, "Sarah Mackey"),
        F("almost six hours", 6, "hours", "duration", "almost", None),
        F("two hours", 2, "hours", "duration", None, None),
        F("about three weeks", 3, "weeks", "duration", "about", "the hearings"),
        F("less than three years", 3, "years", "duration", "less than", NL),
        F("about 14 hours", 14, "hours", "duration", "about", "parts of northwestern Ontario"),
        F("1.2 per cent", 1.2, "%", "percent", None, "Northline shares"),
    ],
    "events": [
        E("Canada's telecommunications regulator says it will hold public hearings", "2022", "early next year"),
        E("the wireless outage that knocked out cellphone and internet service for customers of Northline Communications across four provinces", "2021-09-13", "last week"),
        E("The Canadian Radio-television and Telecommunications Commission (CRTC) announced the inquiry", "2021-09-23", "on Thursday"),
        E("a faulty software update at one of the carrier's core network sites in Mississauga, Ont., took down service", "2021-09-14", "on Sept. 14"),
        E("A coalition of consumer groups disputed that number", "2021-09-22", "on Wednesday"),
        E("a preliminary tally released by the province's Ministry of the Solicitor General", "2021-09-20", "earlier this week"),
        E("Graham Pelletier, Northline's president and chief executive, apologized again", "2021-09-23", "on Thursday"),
        E("it expected to have a proposal ready for consultation", "2021-12", "by the end of the year"),
        E("the hearings are scheduled to begin in Gatineau, Que.", "2022-02-07", "on Feb. 7"),
        E("The commission will accept written submissions from the public", "2021-11-19", "until Nov. 19"),
        E("a fibre cut near Thunder Bay left parts of northwestern Ontario without wireless or landline service for about 14 hours", "2019", "In 2019"),
        E("Northline shares closed down 1.2 per cent on the Toronto Stock Exchange", "2021-09-23", "on Thursday"),
    ],
})

# ---------------------------------------------------------------- 02
HVM = ("Helen Vasquez-Marr", "person", "Ontario’s privacy commissioner")
OFF = "the commissioner’s office"
SL = "StudyLoop Learning Inc."
DA = ("Devon Achterberg", "person", None)
SBO = ("A senior official at one of the school boards named in the report", "anonymous", None)
ONE = ("One", "anonymous", None)
ANN.append({
    "article": "02_ontario-privacy-studyloop.txt",
    "published": "2022-02-15",
    "published_basis": "'Published Tuesday, Feb. 15, 2022 3:42PM EST' line under the byline (plus 'Last Updated Tuesday, Feb. 15, 2022'); body: 'In a report released Tuesday'; 2022-02-15 was a Tuesday",
    "outlet": "The Canadian Press",
    "quotes": [
        Q("homework app shared students' location data without consent", "indirect", *HVM, "says"),
        Q("a homework and tutoring app used by more than a dozen school boards collected the location data of students as young as eight and passed it to an advertising analytics firm",
          "indirect", *HVM, "says"),
        Q("a serious breach of trust.", "direct", *HVM, "called"),
        Q("StudyLoop, which 14 boards adopted during the first year of the pandemic, recorded precise GPS co-ordinates from students’ phones and tablets every few minutes while the app was open, even though none of its features required it",
          "indirect", *HVM, "found"),
        Q("The data, linked to device identifiers, was shared with a third-party analytics company between September 2020 and June 2021", "indirect", OFF, "organization", None, "says"),
        Q("between 180,000 and 210,000 students had the app installed during that period", "indirect", OFF, "organization", None, "estimates"),
        Q("Parents and students had every reason to believe this was an educational tool and nothing more,", "direct", *HVM, "told reporters"),
        Q("Instead, children’s movements were being logged and sent to a company whose business is advertising.", "direct", *HVM, "told reporters"),
        Q("No school board should be putting an app in front of students without first understanding where their information is going, and who is going to see it.", "direct", *HVM, "told reporters"),
        Q("the boards to stop using the app until the company can show that all location data has been deleted, including any copies held by the analytics firm, and to complete privacy impact assessments for every digital learning tool they use within 90 days",
          "indirect", *HVM, "ordered"),
        Q("her office does not have the power to levy fines under the province’s public-sector privacy law", "indirect", *HVM, "said"),
        Q("We take the privacy of students extremely seriously,", "direct", SL, "organization", None, "said"),
        Q("the location feature was “a legacy setting from an earlier version of the app” and had been switched off in July 2021", "mixed", SL, "organization", None, "adding"),
        Q("fewer than 40,000 students ever had location sharing enabled, and that the analytics firm received only “aggregated and anonymized” information", "mixed", SL, "organization", None, "said"),
        Q("server logs provided by the company itself show location data from at least 120,000 devices, and that the information was tied to a unique identifier for each device — which, the report says, made it “readily re-identifiable.”",
          "mixed", OFF, "organization", None, "says"),
        Q("StudyLoop had co-operated with the investigation, which began after a Hamilton parent filed a complaint on March 3, 2021", "indirect", *HVM, "said"),
        Q("the findings “infuriating but not surprising.”", "mixed", *DA, "called"),
        Q("I only noticed because my daughter’s tablet kept asking to use her location on a math app,", "direct", *DA, "told CTV News Toronto"),
        Q("I figured there was a simple explanation. It took almost a year to find out there wasn’t.", "direct", *DA, "told CTV News Toronto"),
        Q("the board had relied on the vendor’s assurances that the app met Ontario privacy standards, and had been under heavy pressure to roll out remote-learning tools quickly in the fall of 2020",
          "indirect", *SBO, "said"),
        Q("Nobody was doing a six-month review of anything that September,", "direct", *SBO, "said"),
        Q("only two of the 14 boards had carried out any kind of privacy assessment before signing contracts with StudyLoop, which were worth a combined $3.1 million over three years",
          "indirect", OFF, "organization", None, "found"),
        Q("it would issue updated guidance to school boards on the procurement of educational technology by the end of the month, and that it was reviewing the commissioner’s recommendations",
          "indirect", "Ontario’s Ministry of Education", "organization", None, "said"),
        Q("the province to go further", "indirect", "Opposition critics at Queen’s Park", "anonymous", None, "called for"),
        Q("the current rules as “a patchwork that leaves kids exposed”", "mixed", *ONE, "described"),
        Q("the government should require boards to use a single, vetted list of approved apps", "indirect", *ONE, "said"),
        Q("it has received 11 other complaints about education apps since the start of the pandemic, three of which remain under investigation", "indirect", OFF, "organization", None, "said"),
    ],
    "figures": [
        F("more than a dozen school boards", 12, "boards", "count", "more than", SL),
        F("as young as eight", 8, "years", "duration", "as young as", "students"),
        F("14 boards", 14, "boards", "count", None, SL, occ=1),
        F("between 180,000 and 210,000 students", 180000, "students", "count", None, SL),
        F("90 days", 90, "days", "duration", None, "the boards"),
        F("fewer than 40,000 students", 40000, "students", "count", "fewer than", SL),
        F("at least 120,000 devices", 120000, "devices", "count", "at least", SL),
        F("two children", 2, "children", "count", None, "Devon Achterberg"),
        F("six-month", 6, "months", "duration", None, None),
        F("two of the 14 boards", 2, "boards", "count", None, "the boards"),
        F("$3.1 million", 3100000, "$", "money", None, "contracts with StudyLoop"),
        F("three years", 3, "years", "duration", None, "contracts with StudyLoop"),
        F("11 other complaints", 11, "complaints", "count", None, OFF),
        F("three of which", 3, "complaints", "count", None, OFF),
    ],
    "events": [
        E("commissioner Helen Vasquez-Marr found that StudyLoop, which 14 boards adopted during the first year of the pandemic, recorded precise GPS co-ordinates from students’ phones and tablets", "2022-02-15", "Tuesday"),
        E("The data, linked to device identifiers, was shared with a third-party analytics company", "2020-09", "between September 2020 and June 2021"),
        E("StudyLoop Learning Inc., an Ottawa-based company founded", "2019", "in 2019"),
        E("the location feature was “a legacy setting from an earlier version of the app” and had been switched off", "2021-07", "in July 2021"),
        E("a Hamilton parent filed a complaint", "2021-03-03", "on March 3, 2021"),
        E("had been under heavy pressure to roll out remote-learning tools quickly", "2020", "in the fall of 2020"),
        E("it would issue updated guidance to school boards on the procurement of educational technology", "2022-02", "by the end of the month"),
    ],
})

# ---------------------------------------------------------------- 03
BW = "Brightwire"
ALD = ("Rowena Aldous", "person", "Ofcom's director of enforcement")
TEU = "the Telecom Engineers' Union"
ANN.append({
    "article": "03_ofcom-brightwire-fine.txt",
    "published": "2022-11-02",
    "published_basis": "Dateline 'LONDON, Nov 2 (Reuters) -' (year from 'Earlier this year', inflation 'in September' and the Nov. 21-22 strike 'later this month'; writer.tsv 2022) and 'on Wednesday' in the lead; 2022-11-02 was a Wednesday",
    "outlet": "Reuters",
    "quotes": [
        Q("an investigation opened in 2020 found that Brightwire had wrongly charged about 61,000 former customers between January 2018 and March 2021, in some cases for more than a year after they had moved to another provider",
          "indirect", "Ofcom", "organization", None, "said"),
        Q("The company has so far refunded about 38 million pounds, including interest", "indirect", "Ofcom", "organization", None, "said"),
        Q("People who have ended their contract should not have to keep checking their bank statements to make sure they are not still paying for a service they no longer have,", "direct", *ALD, "said"),
        Q("These failures went on for far too long.", "direct", *ALD, "said"),
        Q('it accepted the findings and had "already refunded more than 95% of the customers affected."', "mixed", BW, "organization", None, "said"),
        Q("Ofcom's figure included some customers who had been charged correctly for early termination fees", "indirect", BW, "organization", None, "saying"),
        Q("it stood by its figure", "indirect", "Ofcom", "organization", None, "said"),
        Q("The penalty includes a 30% discount because Brightwire admitted liability and agreed to settle", "indirect", "Ofcom", "organization", None, "said"),
        Q("87% of members who took part in its ballot had voted for strike action, on a turnout of 71%", "indirect", TEU, "organization", None, "said"),
        Q("it falls well short of inflation, which hit 10.1% in September", "indirect", TEU, "organization", None, "saying"),
        Q('the offer was "fair and affordable" and that it had contingency plans to keep repairs and installations going during any strike', "mixed", BW, "organization", None, "said"),
    ],
    "figures": [
        F("12.4 million pounds", 12400000, "GBP", "money", None, BW),
        F("$14.2 million", 14200000, "USD", "money", None, BW),
        F("about 61,000 former customers", 61000, "customers", "count", "about", BW),
        F("about 38 million pounds", 38000000, "GBP", "money", "about", BW),
        F("three months", 3, "months", "duration", None, BW),
        F("about 1.3 million broadband customers", 1300000, "customers", "count", "about", BW),
        F("more than 95%", 95, "%", "percent", "more than", BW),
        F("about 54,000", 54000, "accounts", "count", "about", BW),
        F("C$1.2 billion", 1200000000, "CAD", "money", None, "Maple Ridge Infrastructure"),
        F("3.1%", 3.1, "%", "percent", None, "Maple Ridge shares"),
        F("30%", 30, "%", "percent", None, "The penalty"),
        F("about 17.7 million pounds", 17700000, "GBP", "money", "about", "the fine"),
        F("two-day", 2, "days", "duration", None, "strike"),
        F("about 2,300 field engineers", 2300, "engineers", "count", "about", BW),
        F("87%", 87, "%", "percent", None, "members"),
        F("71%", 71, "%", "percent", None, "turnout"),
        F("5%", 5, "%", "percent", None, "pay offer", occ=2),
        F("10.1%", 10.1, "%", "percent", None, "inflation"),
        F("about 1.5 percentage points", 1.5, "%", "percent", "about", "Brightwire's share of the UK fixed broadband market"),
        F("two years", 2, "years", "duration", None, None),
        F("just under 5%", 5, "%", "percent", "just under", "Brightwire's share of the UK fixed broadband market"),
        F("7 million pounds", 7000000, "GBP", "money", None, "another provider", occ=2),
    ],
    "events": [
        E("fined broadband provider Brightwire 12.4 million pounds ($14.2 million) for continuing to bill tens of thousands of customers after they had cancelled their contracts", "2022-11-02", "on Wednesday"),
        E("an investigation opened", "2020", "in 2020"),
        E("Brightwire had wrongly charged about 61,000 former customers", "2018-01", "between January 2018 and March 2021"),
        E("Maple Ridge Infrastructure, which bought it for C$1.2 billion", "2019", "in 2019"),
        E("a two-day strike by about 2,300 field engineers", "2022-11", "later this month"),
        E("The Telecom Engineers' Union said last week that 87% of members who took part in its ballot had voted for strike action", "2022-10-24", "last week"),
        E("The walkout is scheduled", "2022-11-21", "Nov. 21 and 22"),
        E("inflation, which hit 10.1%", "2022-09", "in September"),
        E("it fined another provider 7 million pounds for failing to pass on accurate information about contract end dates", "2022", "Earlier this year"),
    ],
})

# ---------------------------------------------------------------- 04
LC = "Lakeland Connect"
UN = "Local 7 of the Upper Midwest Telecom Workers Union"
ESQ = ("Ramona Esquivel", "person", "president of Local 7 of the Upper Midwest Telecom Workers Union")
LIN = ("Trevor Lindqvist", "person", "Lakeland Connect spokesman")
FAR = ("Ahmed Farah", "person", None)
ANN.append({
    "article": "04_lakeland-connect-strike.txt",
    "published": "2023-03-10",
    "published_basis": "Inferred (no dateline or date line): '© 2023 StarTribune'; the strike 'began March 1' and 'reached its 10th day Friday' (March 1 = day 1, March 10 = day 10, a Friday in 2023); union leaders 'said Friday', talks broke down 'late Thursday'; 2023-03-10 read as publication day",
    "outlet": "Star Tribune",
    "quotes": [
        Q("company 'walked away'", "mixed", UN, "organization", None, "says"),
        Q("Hundreds of repair technicians and call-center workers at Lakeland Connect, the Twin Cities' second-largest internet provider, will stay off the job through at least next week after contract talks broke down late Thursday",
          "indirect", "union leaders", "anonymous", None, "said"),
        Q("We came in ready to make a deal, and the company walked away from the table,", "direct", *ESQ, "said"),
        Q("They'd rather pay contractors from out of state than pay the people who actually know this network.", "direct", *ESQ, "said"),
        Q('the company had made "a strong, competitive offer" and remained willing to meet "at any time."', "mixed", *LIN, "said"),
        Q("We are disappointed the union has chosen to extend this strike,", "direct", *LIN, "wrote"),
        Q("Our priority is restoring service for customers as quickly as possible, and we have brought in additional crews to do that.", "direct", *LIN, "wrote"),
        Q("about 1,150 of the 1,300 workers it represents have walked out", "indirect", UN, "organization", None, "says"),
        Q("940 did not report to work on the first day and that nearly 200 of those have since returned", "indirect", LC, "organization", None, "says"),
        Q("flat-out wrong.", "direct", *ESQ, "called"),
        Q("Lakeland's latest offer would raise pay 9% over three years", "indirect", UN, "organization", None, "according to"),
        Q('it could move "a few percentage points" if the company agreed to limit how much installation work it sends to outside firms', "mixed", UN, "organization", None, "has said"),
        Q("it had spent about $1.4 million on contractor crews and overtime since the strike began", "indirect", LC, "organization", None, "said"),
        Q("it has more than 6,000 open repair tickets, up from a typical backlog of about 900", "indirect", LC, "organization", None, "acknowledged"),
        Q("New installations that normally take three days are now being scheduled up to three weeks out", "indirect", LC, "organization", None, "according to"),
        Q("his internet went out Saturday morning and he had been running card payments off his phone's data plan ever since", "indirect", *FAR, "said"),
        Q("Every time I call, they say someone is coming tomorrow,", "direct", *FAR, "said"),
        Q("It's been tomorrow for six days.", "direct", *FAR, "said"),
        Q('it had received 214 complaints about Lakeland since the strike began and was "monitoring the situation closely."', "mixed", "the Minnesota Department of Commerce", "organization", None, "said"),
        Q("state rules do not require internet providers to meet repair deadlines the way they apply to traditional landline phone service", "indirect", "a department spokeswoman", "anonymous", None, "According to"),
        Q("the company to return to bargaining", "indirect", "Some City Council members in Minneapolis", "anonymous", None, "have urged"),
        Q('she had walked the picket line outside the company\'s Brooklyn Park dispatch center and that workers were "asking for nothing more than to keep up with the cost of living."',
          "mixed", "Jenna Whitcombe", "person", "Council Member", "said"),
        Q("members were prepared to stay out at least that long", "indirect", *ESQ, "said"),
        Q("customers whose service has been out for more than 24 hours during the strike will receive automatic credits on their April bills", "indirect", LC, "organization", None, "said"),
        Q("it planned a rally outside the company's Bloomington headquarters on Monday", "indirect", UN, "organization", None, "said"),
    ],
    "figures": [
        F("6,000 tickets", 6000, "tickets", "count", None, "repair backlog"),
        F("two sides", 2, "sides", "count", None, None, occ=1),
        F("nearly 14 hours", 14, "hours", "duration", "nearly", "A state mediator"),
        F("two sides", 2, "sides", "count", None, None, occ=2),
        F("about 1,150", 1150, "workers", "count", "about", UN),
        F("1,300 workers", 1300, "workers", "count", None, UN),
        F("940", 940, "workers", "count", None, LC),
        F("nearly 200", 200, "workers", "count", "nearly", LC),
        F("9%", 9, "%", "percent", None, "Lakeland's latest offer"),
        F("three years", 3, "years", "duration", None, "Lakeland's latest offer"),
        F("16%", 16, "%", "percent", None, UN),
        F("about 410,000 homes and businesses", 410000, "homes and businesses", "count", "about", LC),
        F("about $1.4 million", 1400000, "$", "money", "about", LC),
        F("more than 6,000 open repair tickets", 6000, "tickets", "count", "more than", LC),
        F("about 900", 900, "tickets", "count", "about", LC),
        F("three days", 3, "days", "duration", None, "New installations"),
        F("up to three weeks", 3, "weeks", "duration", "up to", "New installations"),
        F("six days", 6, "days", "duration", None, "Ahmed Farah"),
        F("214 complaints", 214, "complaints", "count", None, "the Minnesota Department of Commerce"),
        F("five weeks", 5, "weeks", "duration", None, "The last strike at the company"),
        F("four-year", 4, "years", "duration", None, "contract"),
        F("more than 24 hours", 24, "hours", "duration", "more than", "customers"),
    ],
    "events": [
        E("contract talks broke down", "2023-03-09", "late Thursday"),
        E("union leaders said", "2023-03-10", "Friday"),
        E("Hundreds of repair technicians and call-center workers at Lakeland Connect, the Twin Cities' second-largest internet provider, will stay off the job", "2023-03-13", "next week"),
        E("The strike, which began", "2023-03-01", "March 1"),
        E("reached its 10th day", "2023-03-10", "Friday"),
        E("A state mediator had brought the two sides together for nearly 14 hours", "2023-03-08", "on Wednesday and Thursday"),
        E("a summary the union shared with members", "2023-03-10", "Friday"),
        E("Lakeland, which serves about 410,000 homes and businesses in the Twin Cities and parts of western Wisconsin, said", "2023-03-06", "this week"),
        E("The company acknowledged Friday that it has more than 6,000 open repair tickets", "2023-03-10", "Friday"),
        E("his internet went out", "2023-03-04", "Saturday morning"),
        E("Council Member Jenna Whitcombe said in a post on Facebook", "2023-03-09", "on Thursday"),
        E("The last strike at the company", "2016", "in 2016"),
        E("customers whose service has been out for more than 24 hours during the strike will receive automatic credits", "2023-04", "April"),
        E("it planned a rally outside the company's Bloomington headquarters", "2023-03-13", "on Monday"),
    ],
})

# ---------------------------------------------------------------- 05
AP = "the Dutch Data Protection Authority"
SB = "Snelbox"
YD = ("Yusuf Demirtas", "person", None)
IB = ("Ilse Bruggeman", "person", "spokeswoman for the Riders' Collective")
ANN.append({
    "article": "05_dutch-courier-tracking-fine.txt",
    "published": "2023-05-22",
    "published_basis": "Metadata line at the top of the text: 'date 2023-05-22' (a Monday); the lead says the regulator fined Snelbox 'on Monday', announced 'two days after' the riders' strike, which the caption puts 'on Saturday' (2023-05-20)",
    "outlet": "AFP",
    "quotes": [
        Q("constant and excessive", "direct", AP, "organization", None, "called"),
        Q('the Amsterdam-based company had stored the location data for up to 18 months and used it to calculate "productivity scores" that were then used to decide which riders were offered shifts and which were removed from the platform',
          "mixed", AP, "organization", None, "said"),
        Q("An employer may want to know where a delivery is. That does not give it the right to follow a worker's every movement and then let a computer decide whether that person keeps their job,",
          "direct", "Marloes Verbeek", "person", "member of the authority's board", "said"),
        Q("it had found no evidence that riders were told how the scores were calculated, or that they had a meaningful way to challenge a decision to deactivate their accounts, in breach of the EU's General Data Protection Regulation",
          "indirect", AP, "organization", None, "said"),
        Q("it would appeal the decision", "indirect", SB, "organization", None, "said"),
        Q("Location data is essential to delivering groceries safely and on time,", "direct", SB, "organization", None, "said"),
        Q('it "has never used automated decision-making to end a rider\'s contract without human review."', "mixed", SB, "organization", None, "adding"),
        Q("surveillance by algorithm.", "direct", "Organisers", "anonymous", None, "called"),
        Q("between 2,000 and 3,000 riders took part", "indirect", "Organisers", "anonymous", None, "said"),
        Q("most orders were delivered as normal", "indirect", SB, "organization", None, "said"),
        Q("he had been removed from the platform for a week in March after his score dropped", "indirect", *YD, "told AFP"),
        Q("It was raining, the bike lanes were flooded, I was slower. Nobody asked me why,", "direct", *YD, "said"),
        Q("You get a message on your phone and that's it. You don't eat that week.", "direct", *YD, "said"),
        Q("the penalty was too small to change the company's behaviour", "indirect", "Riders' groups", "anonymous", None, "said"),
        Q("For a company this size, this is a parking ticket,", "direct", *IB, "said"),
        Q('the group would file complaints in Belgium and Germany "in the coming weeks"', "mixed", *IB, "said"),
        Q("Snelbox to stop using location data to score riders within three months and to delete records older than 30 days, or face additional penalties of up to 50,000 euros a day",
          "indirect", AP, "organization", None, "ordered"),
        Q("they hope to reach a deal before the end of the year", "indirect", "Diplomats in Brussels", "anonymous", None, "have said"),
    ],
    "figures": [
        F("€4.7 million", 4700000, "EUR", "money", None, SB),
        F("4.7 million euros", 4700000, "EUR", "money", None, SB),
        F("A$7.7 million", 7700000, "AUD", "money", None, SB),
        F("four seconds", 4, "seconds", "duration", None, "couriers"),
        F("up to 18 months", 18, "months", "duration", "up to", SB),
        F("six European countries", 6, "countries", "count", None, SB),
        F("around 11,000 riders", 11000, "riders", "count", "around", SB),
        F("24-hour", 24, "hours", "duration", None, "strike"),
        F("between 2,000 and 3,000 riders", 2000, "riders", "count", None, "Organisers"),
        F("fewer than 800", 800, "riders", "count", "fewer than", SB),
        F("27-year-old", 27, "years", "duration", None, "Yusuf Demirtas"),
        F("two years", 2, "years", "duration", None, "Yusuf Demirtas"),
        F("less than 0.2 percent", 0.2, "%", "percent", "less than", "The fine"),
        F("about €2.5bn", 2500000000, "EUR", "money", "about", SB),
        F("three months", 3, "months", "duration", None, SB),
        F("30 days", 30, "days", "duration", None, "records"),
        F("up to 50,000 euros", 50000, "EUR", "money", "up to", SB),
        F("six weeks", 6, "weeks", "duration", None, SB),
    ],
    "events": [
        E("Delivery riders protest outside Snelbox's offices in Amsterdam", "2023-05-20", "on Saturday"),
        E("The Netherlands' privacy regulator on Monday fined grocery delivery company Snelbox 4.7 million euros (A$7.7 million)", "2023-05-22", "on Monday"),
        E("riders in Amsterdam, Rotterdam, Utrecht and Brussels held a 24-hour strike over pay and working conditions", "2023-05-20", "two days after"),
        E("he had been removed from the platform for a week", "2023-03", "in March"),
        E("Snelbox's turnover of about €2.5bn", "2022", "last year"),
        E("the Riders' Collective, which helped organise Saturday's strike", "2023-05-20", "Saturday"),
        E("they hope to reach a deal", "2023-12", "before the end of the year"),
    ],
})

# ---------------------------------------------------------------- 06
ETSU = "the Engineering and Technical Staff Union"
TL = "Towerline Services"
RAF = ("Callum Rafferty", "person", "general secretary")
EXE = ("An executive at one of the UK’s four main operators", "anonymous", None)
FM = ("Fiona MacLeish", "person", None)
ANN.append({
    "article": "06_mast-engineers-christmas-strike.txt",
    "published": "2022-12-17",
    "published_basis": "Date line under the byline: 'Sat 17 Dec 2022 07.00 GMT'; body: talks collapsed 'on Friday' (2022-12-16), strike 'from 23 December'; 2022-12-17 was a Saturday",
    "outlet": "The Guardian",
    "quotes": [
        Q("Walkout at Towerline Services could slow repairs to phone networks during cold snap", "indirect", "operators", "anonymous", None, "warn"),
        Q("its members had rejected an offer of a 4% rise plus a one-off payment of £1,000, which it described as “insulting” at a time when inflation is running at more than 10%",
          "mixed", ETSU, "organization", None, "said"),
        Q("Our members have kept this country connected through a pandemic, through storms and through the coldest week of the year so far, and the company’s answer is a real-terms pay cut.",
          "direct", *RAF, "said"),
        Q("Nobody wants to be on a picket line at Christmas. But Towerline has had every opportunity to put a decent offer on the table, and it has chosen not to.", "direct", *RAF, "said"),
        Q("Talks over. Towerline found £40m for its owners this year but can’t find a fair deal for the engineers who climb the masts. See you on the picket line.", "direct", *RAF, "wrote"),
        Q("The £40m figure refers to a dividend paid this year to Towerline’s private equity owner", "indirect", TL, "organization", None, "according to"),
        Q("the payment related to the sale of a property portfolio and had “no bearing” on its ability to fund pay rises", "mixed", TL, "organization", None, "said"),
        Q("the company was “disappointed” by the union’s decision, and that its offer was “among the best in the sector”", "mixed", "A Towerline spokesperson", "anonymous", None, "said"),
        Q("contingency plans were in place, including the use of managers and outside contractors, to ensure that “critical faults” were fixed during the strike", "mixed", TL, "organization", None, "said"),
        Q("it normally deals with about 300 faults a week, most of which are resolved within 48 hours", "indirect", TL, "organization", None, "said"),
        Q("the company had told them to expect repair times to stretch to “several days” for masts in remote areas", "mixed", *EXE, "said"),
        Q("If we get a storm over Christmas, you could easily be looking at between 2,000 and 3,000 outstanding faults by the new year,", "direct", *EXE, "said"),
        Q("Some of these sites are 30km from the nearest depot, up a track that needs a four-by-four in good weather.", "direct", *EXE, "said"),
        Q("the timing could not be worse", "indirect", "Rural campaigners", "anonymous", None, "said"),
        Q("many homes in the area had no reliable landline and depended on mobile signal to call for help", "indirect", *FM, "said"),
        Q("the prospect of masts going unrepaired over Christmas “genuinely frightening” for elderly residents", "mixed", *FM, "called"),
        Q("it was aware of the dispute", "indirect", "the Department for Digital, Culture, Media and Sport", "organization", None, "said"),
        Q("both sides to return to talks", "indirect", "the Department for Digital, Culture, Media and Sport", "organization", None, "urged"),
        Q("the government expected mobile operators to have “robust plans” in place to maintain services, and that Ofcom would monitor any impact on network resilience", "mixed", "A spokesperson", "anonymous", None, "said"),
        Q("the union was willing to meet the company “any day, any time” before the 23rd", "mixed", *RAF, "said"),
    ],
    "figures": [
        F("five days", 5, "days", "duration", None, "Engineers"),
        F("About 1,700 members", 1700, "members", "count", "About", ETSU),
        F("roughly 14,000 masts", 14000, "masts", "count", "roughly", TL),
        F("4%", 4, "%", "percent", None, "offer"),
        F("£1,000", 1000, "GBP", "money", None, "offer"),
        F("more than 10%", 10, "%", "percent", "more than", "inflation"),
        F("10.7%", 10.7, "%", "percent", None, "consumer price inflation"),
        F("£3,500", 3500, "GBP", "money", None, ETSU),
        F("about 11%", 11, "%", "percent", "about", "the lowest-paid staff"),
        F("£40m", 40000000, "GBP", "money", None, TL, occ=1),
        F("£40m", 40000000, "GBP", "money", None, TL, occ=2),
        F("about 300 faults", 300, "faults", "count", "about", TL),
        F("48 hours", 48, "hours", "duration", None, TL),
        F("four main operators", 4, "operators", "count", None, "UK"),
        F("between 2,000 and 3,000 outstanding faults", 2000, "faults", "count", None, None),
        F("30km", 30, "km", "count", None, "sites"),
        F("as low as -10C", -10, "C", "count", "as low as", "temperatures"),
        F("91%", 91, "%", "percent", None, "ballot"),
        F("68%", 68, "%", "percent", None, "turnout"),
        F("50%", 50, "%", "percent", None, "legal threshold"),
    ],
    "events": [
        E("talks over pay collapsed", "2022-12-16", "on Friday"),
        E("About 1,700 members of the Engineering and Technical Staff Union (ETSU) employed by Towerline Services, which looks after roughly 14,000 masts on behalf of the big mobile networks, will strike",
          "2022-12-23", "from 23 December to 27 December"),
        E("A second walkout is planned", "2023-01-04", "for 4 to 6 January"),
        E("Figures published on Wednesday showed consumer price inflation at 10.7% in the year to November", "2022-12-14", "on Wednesday"),
        E("Rafferty wrote", "2022-12-16", "on Friday evening"),
        E("Towerline found £40m for its owners", "2022", "this year"),
        E("a dividend paid this year to Towerline’s private equity owner", "2022", "this year"),
        E("The Met Office has issued warnings for snow and ice across much of Scotland and northern England", "2022-12-17", "this weekend"),
        E("a wave of industrial action across the telecoms sector", "2022", "this year"),
        E("The ballot at Towerline closed", "2022-12-08", "on the 8th"),
        E("the union was willing to meet the company “any day, any time”", "2022-12-23", "before the 23rd"),
    ],
})


def main():
    for a in ANN:
        name = a["article"][:-4] + ".json"
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as fh:
            json.dump(a, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", name)


if __name__ == "__main__":
    main()
