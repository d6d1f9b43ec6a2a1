#!/usr/bin/env python3
"""Write the hand-made annotations of gold-fresh195 to JSON.

Every quote, figure and event below was chosen by hand after reading the article in full.
Nothing here searches the articles: this script only serialises the literals
(see ../README.md for the judgement calls).
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
IND, DIR, MIX = "indirect", "direct", "mixed"

ANN = {}

# ---------------------------------------------------------------- 01
TP = "Toronto police"
ASH = ("Lionel Ashbury", P, "Deputy Chief")
VAR = ("Paul Vardakis", P, "Det. Sgt.")
SAN = ("Amrit Sandhu", P, None)
ANN["01_toronto-auto-theft-ring"] = {
    "published": "2022-11-18",
    "published_basis": "Metadata line ' date 2022-11-18' at the top of the text (a Friday); the police news conference 'on Friday' and the caption 'on Friday' agree; '© 2022 Global News'; agrees with writer.tsv",
    "outlet": "Global News",
    "quotes": [
        Q("34 arrested, more than 200 stolen vehicles recovered in auto theft probe", IND, TP, O, None, "say"),
        Q("they have broken up a network that stole high-end SUVs from driveways across the Greater Toronto Area and shipped many of them overseas, arresting 34 people and recovering more than 200 vehicles in a months-long investigation", IND, TP, O, None, "say"),
        Q("Investigators have laid 312 charges against 27 of those arrested", IND, TP, O, None, "told a news conference"),
        Q("These were not joyriders,", DIR, *ASH, "said"),
        Q("This was an organized business, with people who scouted the vehicles, people who stole them, people who changed their identities and people who arranged to get them on a ship.", DIR, *ASH, "said"),
        Q("214 vehicles with an estimated value of about $17.5 million were recovered, most of them in Ontario", IND, TP, O, None, "said"),
        Q("Roughly 60 were found in shipping containers at the Port of Montreal, where they had been declared as used household goods", IND, *VAR, "said"),
        Q("the thieves used inexpensive electronic devices to get into the vehicles through the onboard diagnostics port and program a new key fob, then left them in quiet residential areas for a day or two to see whether anyone was tracking them", IND, *VAR, "said"),
        Q("If nobody came for the car in 48 hours, it was theirs,", DIR, *VAR, "said"),
        Q("the SUVs were among 214 vehicles recovered in Project Kestrel", IND, TP, O, None, "say"),
        Q("the bureau had linked “closer to 300” claims to the same group, based on the way the thefts were carried out", MIX, "Rhiannon Doucette", P, "spokesperson for the Insurance Bureau of Canada", "told Global News"),
        Q("they could not confirm that number", IND, TP, O, None, "said"),
        Q("about 8,500 vehicles were reported stolen in the city in the first 10 months of this year, up nearly 24 per cent from the same period in 2021", IND, TP, O, None, "According to"),
        Q("only about a third of stolen vehicles are ever recovered", IND, *ASH, "said"),
        Q("Several of the accused have been released on bail and are due to appear in court in Toronto on Dec. 6", IND, TP, O, None, "said"),
        Q("he learned earlier this month that it was one of the vehicles found at the port, loaded in a container bound for West Africa", IND, *SAN, "said"),
        Q("I’d given up on it. The insurance paid out, I bought another car and I put a steering wheel lock on that one,", DIR, *SAN, "said"),
        Q("Then I get a phone call saying it’s sitting in Montreal.", DIR, *SAN, "said"),
        Q("drivers to park in a garage where possible, to use a physical lock on the steering wheel or the diagnostic port, and to ask their dealers about software updates for keyless entry systems", IND, TP, O, None, "urged"),
        Q("the service would ask Ottawa for more resources to search containers at ports", IND, *ASH, "said"),
        Q("the current level of inspection “a fraction of what is needed.”", MIX, *ASH, "calling"),
        Q("it had intercepted more than 1,200 stolen vehicles at ports across the country so far this year and was “working closely with police partners” to stop more from leaving", MIX, "the Canada Border Services Agency", O, None, "said"),
        Q("the province would announce new funding for auto theft investigations “in the coming weeks.”", MIX, "A spokesperson for Ontario’s solicitor general", A, None, "said"),
    ],
    "figures": [
        F("34", 34, "people", "count", None, TP, occ=1),
        F("more than 200 stolen vehicles", 200, "vehicles", "count", "more than", TP),
        F("34 people", 34, "people", "count", None, TP),
        F("more than 200 vehicles", 200, "vehicles", "count", "more than", TP),
        F("312 charges", 312, "charges", "count", None, "Investigators"),
        F("27", 27, "people", "count", None, None),
        F("two Toyota Highlanders", 2, "Highlanders", "count", None, None),
        F("under five minutes", 5, "minutes", "duration", "under", None),
        F("214 vehicles", 214, "vehicles", "count", None, TP, occ=1),
        F("about $17.5 million", 17500000, "$", "money", "about", None),
        F("Roughly 60", 60, "vehicles", "count", "Roughly", None),
        F("a day or two", 1, "days", "duration", None, None),
        F("48 hours", 48, "hours", "duration", None, None),
        F("214 vehicles", 214, "vehicles", "count", None, TP, occ=2),
        F("214", 214, "vehicles", "count", None, None, occ=3),
        F("closer to 300", 300, "claims", "count", "closer to", "the Insurance Bureau of Canada"),
        F("about 8,500 vehicles", 8500, "vehicles", "count", "about", "Toronto"),
        F("10 months", 10, "months", "duration", None, None),
        F("nearly 24 per cent", 24, "%", "percent", "nearly", "Auto thefts in Toronto"),
        F("three men", 3, "men", "count", None, None),
        F("17", 17, "years", "duration", None, "The youngest person charged", occ=2),
        F("61", 61, "years", "duration", None, "The oldest"),
        F("more than 1,200 stolen vehicles", 1200, "vehicles", "count", "more than", "the Canada Border Services Agency"),
    ],
    "events": [
        E("Investigators have laid 312 charges against 27 of those arrested, police told a news conference", "2022-11-18", "on Friday"),
        E("The investigation, dubbed Project Kestrel, began", "2022-03", "in March"),
        E("Toyota Highlanders sit outside Toronto police headquarters", "2022-11-18", "on Friday"),
        E("Auto thefts in Toronto have climbed sharply", "2019", "since 2019"),
        E("about 8,500 vehicles were reported stolen in the city", "2022", "in the first 10 months of this year"),
        E("are due to appear in court in Toronto", "2022-12-06", "on Dec. 6"),
        E("whose Lexus was taken from his driveway in Vaughan", "2022-01", "in January"),
        E("he learned earlier this month that it was one of the vehicles found at the port", "2022-11", "earlier this month"),
        E("it had intercepted more than 1,200 stolen vehicles at ports across the country", "2022", "so far this year"),
    ],
}

# ---------------------------------------------------------------- 02
OKO = ("Warren Okonkwo", P, "defense attorney")
LAW = ("Tallis' lawyers", A, None)
ANN["02_phoenix-medicare-fraud-verdict"] = {
    "published": "2021-09-23",
    "published_basis": "Photo caption 'Thursday, Sept. 23, 2021' (a Thursday); undated dateline 'PHOENIX (AP) —'; verdict 'on Thursday' and Okonkwo outside the courthouse 'Thursday'; 'Copyright 2021'; agrees with writer.tsv",
    "outlet": "The Associated Press",
    "quotes": [
        Q("billed Medicare for nearly $98 million in treatments that elderly patients either didn't need or never got", IND, "prosecutors", A, None, "said"),
        Q("Tallis' company, Desert Bloom Wound Care, ran eight clinics in Phoenix, Tucson and Yuma between 2016 and 2019 and pressured its staff to apply costly skin-substitute grafts to patients, many of them in hospice care, whether or not their wounds were healing", IND, "prosecutors", A, None, "said"),
        Q("This was a business model built on the bodies of vulnerable people,", DIR, "Nadia Ferreira", P, "Assistant U.S. Attorney", "told jurors"),
        Q("managers gave her a quota of 12 grafts a week and that she was taken off the schedule when she fell short", IND, "A former nurse", A, None, "testified"),
        Q("her mother's treatment as \"a conveyor belt.\"", MIX, "The daughter of one patient", A, None, "described"),
        Q("the figure put forward by prosecutors was badly inflated", IND, *LAW, "argued"),
        Q("at most, about $4 million in claims were questionable, and that Medicare actually paid out far less than was billed — roughly $41 million over the four years", IND, *LAW, "told jurors"),
        Q("The doctors made the medical decisions,", DIR, *OKO, "said"),
        Q("and Mr. Tallis ran the front office.", DIR, *OKO, "said"),
        Q("his client would appeal", IND, *OKO, "told reporters"),
        Q("We respect the work this jury did,", DIR, *OKO, "said"),
        Q("But they heard a very one-sided account of medicine that is genuinely complicated, and we'll be asking the court to take another look at what evidence was allowed in.", DIR, *OKO, "said"),
        Q("the case was part of a broader effort to target fraud involving skin substitutes, which it said had become one of the fastest-growing areas of Medicare spending", IND, "the Justice Department", O, None, "said"),
        Q("Every dollar stolen from Medicare is a dollar that isn't there for the seniors who depend on it. Today's verdict shows that we will follow the money, no matter how long it takes.", DIR, "Rafael Quintanilla", P, "special agent in charge at the Department of Health and Human Services' Office of Inspector General", "said"),
    ],
    "figures": [
        F("$98M", 98000000, "$", "money", None, None),
        F("nearly $98 million", 98000000, "$", "money", "nearly", None),
        F("58", 58, "years", "duration", None, "Gregory Tallis"),
        F("one count", 1, "count", "count", None, "Gregory Tallis"),
        F("seven counts", 7, "counts", "count", None, "Gregory Tallis"),
        F("three-week", 3, "weeks", "duration", None, None),
        F("about two days", 2, "days", "duration", "about", "Jurors"),
        F("10 years", 10, "years", "duration", None, None),
        F("eight clinics", 8, "clinics", "count", None, "Desert Bloom Wound Care"),
        F("up to $6,000", 6000, "$", "money", "up to", None),
        F("12 grafts", 12, "grafts", "count", None, None),
        F("91-year-old", 91, "years", "duration", None, None),
        F("about $4 million", 4000000, "$", "money", "about", None),
        F("roughly $41 million", 41000000, "$", "money", "roughly", "Medicare"),
        F("four years", 4, "years", "duration", None, None),
        F("two attorneys", 2, "attorneys", "count", None, "Gregory Tallis"),
        F("Two former clinic managers", 2, "managers", "count", None, None),
        F("three of the clinics", 3, "clinics", "count", None, None),
        F("41 witnesses", 41, "witnesses", "count", None, "the government"),
        F("about $3.2 million", 3200000, "$", "money", "about", "Gregory Tallis"),
    ],
    "events": [
        E("A federal jury on Thursday convicted the founder of a chain of Arizona wound-care clinics", "2021-09-23", "on Thursday"),
        E("Sentencing is set", "2022-01-14", "Jan. 14"),
        E("Gregory Tallis, center, leaves the Sandra Day O'Connor U.S. Courthouse with his attorneys in Phoenix", "2021-09-23", "Thursday, Sept. 23, 2021"),
        E("Desert Bloom Wound Care, ran eight clinics in Phoenix, Tucson and Yuma", "2016", "between 2016 and 2019"),
        E("Assistant U.S. Attorney Nadia Ferreira told jurors in her closing argument", "2021-09-20", "on Monday"),
        E("defense attorney Warren Okonkwo said in his closing argument", "2021-09-13", "last week"),
        E("Okonkwo told reporters his client would appeal", "2021-09-23", "Thursday"),
        E("his indictment", "2020", "in 2020"),
        E("Two former clinic managers who pleaded guilty", "2020", "last year"),
        E("A physician who worked at three of the clinics pleaded guilty", "2021-08", "in August"),
        E("The company's clinics closed", "2019", "in late 2019"),
        E("Today's verdict", "2021-09-23", "Today"),
    ],
}

# ---------------------------------------------------------------- 03
TRE = ("Rosalind Tremaine", P, "Judge")
HAV = ("Simon Haverford", P, "Chief Executive")
ANN["03_uk-water-firm-sewage-fine"] = {
    "published": "2023-03-07",
    "published_basis": "Dated dateline 'LONDON, March 7 (Reuters)'; the fine was imposed 'on Tuesday'; the year is not printed but March 7 fell on a Tuesday in 2023, which fits 'the record set in 2021' (past) and 'by 2025' (future); agrees with writer.tsv",
    "outlet": "Reuters",
    "quotes": [
        Q("the company released between 2.8 billion and 4 billion litres of raw sewage into tributaries of the River Severn and River Wye during the period, in some cases for more than 2,000 hours at a single site", IND, "Prosecutors", A, None, "told Birmingham Crown Court"),
        Q("its own modelling put the volume \"significantly lower\"", MIX, "Westmarch Water", O, None, "said"),
        Q("the company had shown \"a deliberate and persistent disregard\" for its permits and had been warned repeatedly by regulators", MIX, *TRE, "said"),
        Q("These were not isolated failures of equipment. They were the foreseeable result of decisions not to invest,", DIR, *TRE, "said"),
        Q("It is equal to roughly 5% of Westmarch's revenue in its last financial year", IND, "Reuters", O, None, "according to"),
        Q("the company apologised \"unreservedly\" and had already committed 600 million pounds to upgrading treatment works and storm overflows by 2025", MIX, *HAV, "said"),
        Q("We accept the court's judgment in full. What happened at these sites was unacceptable and we are determined that it will not happen again,", DIR, *HAV, "said"),
        Q("the case was the result of a five-year investigation and that it had more than a dozen other criminal investigations into water companies under way", IND, "the Environment Agency", O, None, "said"),
        Q("the penalty was too small to change behaviour", IND, "Campaigners", A, None, "said"),
        Q("Today's fine is less than Westmarch paid its shareholders last year. That's not a deterrent, it's a business expense,", DIR, "Clean Border Rivers", O, None, "said"),
        Q("the government had already set targets requiring companies to cut discharges and would consult later this year on raising the cap on civil penalties that regulators can impose without going to court", IND, "A spokesperson for the Department for Environment, Food and Rural Affairs", A, None, "said"),
        Q("Household water bills in England and Wales are due to rise by an average of 7.5% from April", IND, "Water UK", O, None, "said"),
    ],
    "figures": [
        F("38 mln pounds", 38000000, "GBP", "money", None, "Westmarch Water"),
        F("38 million pounds", 38000000, "GBP", "money", None, "Westmarch Water"),
        F("$45.3 million", 45300000, "USD", "money", None, "Westmarch Water"),
        F("four years", 4, "years", "duration", None, None),
        F("about 1.9 million homes", 1900000, "homes", "count", "about", "Westmarch Water"),
        F("52 offences", 52, "offences", "count", None, "Westmarch Water"),
        F("14 wastewater treatment works", 14, "works", "count", None, None),
        F("between 2.8 billion and 4 billion litres", 2800000000, "litres", "count", None, "Westmarch Water"),
        F("more than 2,000 hours", 2000, "hours", "duration", "more than", None),
        F("roughly 5%", 5, "%", "percent", "roughly", "Westmarch Water"),
        F("1.6%", 1.6, "%", "percent", None, "Marcher Utilities"),
        F("0.4%", 0.4, "%", "percent", None, "FTSE 250 midcap index"),
        F("600 million pounds", 600000000, "GBP", "money", None, "Westmarch Water"),
        F("five-year", 5, "years", "duration", None, "the Environment Agency"),
        F("more than a dozen other criminal investigations", 12, "investigations", "count", "more than", "the Environment Agency"),
        F("7.5%", 7.5, "%", "percent", None, "Household water bills"),
    ],
    "events": [
        E("British water supplier Westmarch Water was fined 38 million pounds ($45.3 million)", "2023-03-07", "on Tuesday"),
        E("The company, which serves about 1.9 million homes, pleaded guilty", "2022-11", "in November"),
        E("52 offences brought by the Environment Agency relating to 14 wastewater treatment works", "2016", "between 2016 and 2020"),
        E("the record set", "2021", "in 2021"),
        E("upgrading treatment works and storm overflows", "2025", "by 2025"),
        E("Today's fine", "2023-03-07", "Today"),
        E("Westmarch paid its shareholders", "2022", "last year"),
        E("water companies were privatised", "1989", "in 1989"),
        E("would consult later this year on raising the cap on civil penalties", "2023", "later this year"),
        E("Household water bills in England and Wales are due to rise by an average of 7.5%", "2023-04", "from April"),
        E("industry body Water UK said", "2023-02", "last month"),
    ],
}

# ---------------------------------------------------------------- 04
EPA = "EPA Victoria"
SRR = "Surfcoast Resource Recovery Pty Ltd"
KOW = ("Darren Kowalski", P, "EPA Victoria’s regional manager for the south-west")
PET = ("Gail Pettigrew", P, "Beef farmer")
TAI = ("Hamish Tait", P, "Greater Geelong councillor")
HO = ("Health officials", A, None)
ANN["04_geelong-pfas-landfill-leak"] = {
    "published": "2022-08-10",
    "published_basis": "Text is ambiguous: no dated dateline or metadata ('Posted 4h ago'); '© 2022 ABC', EPA confirmation 'on Wednesday', leak 'late last month', an Australian winter under way or just ending ('one of the wettest winters', 'a wet week in winter') and a hearing still ahead 'on September 27' fit any Wednesday from about June to early September 2022; writer.tsv's 2022-08-10 (a Wednesday) is taken",
    "outlet": "ABC News",
    "quotes": [
        Q("they were not told about the leak for days", IND, "Farmers", A, None, "say"),
        Q("it had laid five charges against Surfcoast Resource Recovery Pty Ltd, including failing to notify the authority of a pollution incident and failing to minimise the risk of harm to human health and the environment", IND, EPA, O, None, "confirmed"),
        Q("about 40,000 litres overflowed before the pond was pumped down", IND, SRR, O, None, "says"),
        Q("the figure could be as high as 250,000 litres", IND, EPA, O, None, "estimates"),
        Q("Our testing shows that the contamination has moved well beyond the site boundary,", DIR, *KOW, "said"),
        Q("We expect operators to tell us immediately when something like this happens, not days later.", DIR, *KOW, None),
        Q("the authority had also issued the company with a notice requiring it to pump out and treat water from the creek and to fund independent testing on nearby properties", IND, *KOW, "said"),
        Q("she had learned of the leak from a neighbour", IND, *PET, "told a community meeting"),
        Q("We’ve got cattle drinking out of that creek,", DIR, *PET, "said"),
        Q("Nobody knocked on our door. I found out from someone who saw it on Facebook, and that was four days after the company knew.", DIR, *PET, None),
        Q("I want to know what’s in my animals and what’s in my bore water, and I want somebody else to pay for the testing, not us.", DIR, *PET, None),
        Q("whether it was safe to eat eggs and vegetables grown on their properties", IND, "several residents", A, None, "asked"),
        Q("them not to drink creek water or use it on vegetable gardens until further notice", IND, *HO, "advised"),
        Q("more advice would come once test results were back", IND, *HO, "said"),
        Q("her family has used Blackgate Creek to water cattle for three generations", IND, *PET, "says"),
        Q("the overflow was caused by “an extraordinary volume of rain in a very short period” and that it had co-operated fully with the EPA", MIX, SRR, O, None, "said"),
        Q("it had reported the incident “as soon as the extent of the overflow was understood”", MIX, SRR, O, None, "said"),
        Q("it would defend the charges", IND, SRR, O, None, "said"),
        Q("the company’s explanation “a weather report, not an excuse”", MIX, *TAI, "called"),
        Q("Everyone knew the rain was coming. If your pond can’t cope with a wet week in winter, it wasn’t built right,", DIR, *TAI, "said"),
        Q("the government expected the EPA to “use every tool available” and that a review of leachate management at licensed landfills across Victoria would be completed by the end of the year", MIX, "A spokesperson for the Environment Minister", A, None, "said"),
    ],
    "figures": [
        F("five charges", 5, "charges", "count", None, EPA, occ=1),
        F("up to 27 times", 27, "times", "count", "up to", "PFAS levels"),
        F("five charges", 5, "charges", "count", None, EPA, occ=2),
        F("more than $1.8 million", 1800000, "$", "money", "more than", None),
        F("about 12 kilometres", 12, "kilometres", "count", "about", None),
        F("about 40,000 litres", 40000, "litres", "count", "about", SRR),
        F("as high as 250,000 litres", 250000, "litres", "count", "as high as", EPA),
        F("up to 1,900 nanograms per litre", 1900, "nanograms", "count", "up to", None),
        F("about 27 times", 27, "times", "count", "about", None),
        F("about 3 kilometres", 3, "kilometres", "count", "about", None),
        F("four days", 4, "days", "duration", None, None),
        F("About 80 residents", 80, "residents", "count", "About", None),
        F("three generations", 3, "generations", "count", None, "Gail Pettigrew"),
        F("64 millimetres", 64, "millimetres", "count", None, None),
        F("two days", 2, "days", "duration", None, None),
    ],
    "events": [
        E("EPA Victoria confirmed on Wednesday it had laid five charges against Surfcoast Resource Recovery Pty Ltd", "2022-08-10", "on Wednesday"),
        E("The leak happened during heavy rain", "2022-07", "late last month"),
        E("Water samples taken from Blackgate Creek", "2022-08-01", "last week"),
        E("Samples taken by the EPA from the creek", "2022-08-01", "last week"),
        E("Beef farmer Gail Pettigrew, whose property sits about 3 kilometres downstream of the landfill, told a community meeting in Mount Duneed", "2022-08-08", "on Monday night"),
        E("a review of leachate management at licensed landfills across Victoria would be completed", "2022", "by the end of the year"),
        E("The case is listed for a first hearing in the Geelong Magistrates’ Court", "2022-09-27", "on September 27"),
    ],
}

# ---------------------------------------------------------------- 05
LED = "Ledgerline Systems Inc."
MGV = ("Meredith Gauthier-Vance", P, "chief executive")
MAC = ("Darlene MacIsaac", P, None)
DAS = ("Imran Dasgupta", P, None)
ANN["05_waterloo-payroll-data-breach"] = {
    "published": "2023-06-19",
    "published_basis": "'Published Monday, June 19, 2023 11:42AM EDT' line (a Monday); Ledgerline 'said Monday' and shares fell 'on Monday'; tagline 'first published June 19, 2023'; the video line dated Jun 16, 2023 is an earlier clip, not the article's date; agrees with writer.tsv",
    "outlet": "The Canadian Press via CTV News",
    "quotes": [
        Q("data breach hit 1.3 million Canadians, triple its first estimate", IND, LED, O, None, "says"),
        Q("a cyberattack last month exposed the personal information of about 1.3 million Canadians, more than three times the number it disclosed when it first announced the breach", IND, LED, O, None, "says"),
        Q("names, home addresses, dates of birth, banking details and, in many cases, social insurance numbers belonging to employees of between 2,000 and 3,000 client businesses were copied by hackers who got into its systems on May 22", IND, LED, O, None, "said"),
        Q("about 400,000 people had been affected", IND, LED, O, None, "said"),
        Q("We got that number wrong, and I want to be direct about it,", DIR, *MGV, "said"),
        Q("Our first estimate was based on the systems we had examined at the time. As the forensic work went deeper, the picture got worse.", DIR, *MGV, "said"),
        Q("the company had begun notifying affected workers by email and mail and would offer two years of free credit monitoring to anyone whose social insurance number was taken", IND, *MGV, "said"),
        Q("it expects the attack to cost between $25 million and $40 million this fiscal year, including legal fees, outside investigators and the credit monitoring", IND, LED, O, None, "said"),
        Q("part of that would be covered by insurance", IND, LED, O, None, "said"),
        Q("it had opened an investigation and was in contact with its provincial counterparts in Quebec, Alberta and British Columbia", IND, "the Office of the Privacy Commissioner of Canada", O, None, "said"),
        Q("the attackers had demanded a ransom of about US$4.5 million in cryptocurrency", IND, "A person familiar with the investigation", A, None, "told The Canadian Press"),
        Q("We are not going to comment on our interactions with the threat actor,", DIR, LED, O, None, "said"),
        Q("she learned from a staff member's text message, not from Ledgerline, that her workers' banking information might have been taken", IND, *MAC, "told CTV News"),
        Q("I've got cooks and servers asking me if their paycheques are safe, and I didn't have an answer for them,", DIR, *MAC, "said"),
        Q("That's not a good feeling as a boss.", DIR, *MAC, "said"),
        Q("she was looking at switching providers but worried about the disruption of moving payroll in the middle of the summer season", IND, *MAC, "said"),
        Q("the jump in the count of victims was \"unfortunately common\" in large breaches, as investigators often find that attackers were inside a network longer and moved further than first thought", MIX, *DAS, "said"),
        Q("The first number a company gives you is almost always the floor, not the ceiling,", DIR, *DAS, "said"),
        Q("People should assume their data is out there and act accordingly: watch their bank accounts, and put a fraud alert on their credit file.", DIR, *DAS, "said"),
        Q("the share of Canadian businesses reporting a cyber incident had risen by about four percentage points over the past two years, according to federal survey data, and that payroll and human resources providers were an especially attractive target because they held \"everything a fraudster needs, in one place.\"", MIX, *DAS, "said"),
        Q("it had hired an outside firm to review its security and would report on the findings by the end of the summer", IND, LED, O, None, "said"),
    ],
    "figures": [
        F("1.3 million Canadians", 1300000, "Canadians", "count", None, LED, occ=1),
        F("about 1.3 million Canadians", 1300000, "Canadians", "count", "about", LED),
        F("more than three times", 3, "times", "count", "more than", None),
        F("between 2,000 and 3,000 client businesses", 2000, "businesses", "count", None, LED),
        F("about 400,000 people", 400000, "people", "count", "about", None),
        F("two years", 2, "years", "duration", None, LED, occ=1),
        F("18 per cent", 18, "%", "percent", None, "Ledgerline"),
        F("$11.40", 11.4, "$", "money", None, "Ledgerline"),
        F("roughly $140 million", 140000000, "$", "money", "roughly", "Ledgerline"),
        F("between $25 million and $40 million", 25000000, "$", "money", None, LED),
        F("about US$4.5 million", 4500000, "USD", "money", "about", None),
        F("two restaurants", 2, "restaurants", "count", None, "Darlene MacIsaac"),
        F("about 45 employees", 45, "employees", "count", "about", "Darlene MacIsaac"),
        F("about four percentage points", 4, "%", "percent", "about", "Canadian businesses"),
        F("two years", 2, "years", "duration", None, None, occ=2),
        F("about 900 people", 900, "people", "count", "about", "Ledgerline"),
    ],
    "events": [
        E("a cyberattack last month exposed the personal information of about 1.3 million Canadians", "2023-05", "last month"),
        E("Ledgerline Systems Inc. said", "2023-06-19", "Monday"),
        E("hackers who got into its systems", "2023-05-22", "on May 22"),
        E("the company first went public with the breach", "2023-06-02", "on June 2"),
        E("Shares of Ledgerline fell 18 per cent on the Toronto Stock Exchange", "2023-06-19", "on Monday"),
        E("it expects the attack to cost between $25 million and $40 million", "2023", "this fiscal year"),
        E("Ledgerline, which was founded", "2009", "in 2009"),
        E("went public", "2018", "in 2018", occ=2),
        E("would report on the findings", "2023", "by the end of the summer"),
        E("A proposed class-action lawsuit was filed in Ontario Superior Court", "2023-06-12", "last week"),
    ],
}

# ---------------------------------------------------------------- 06
NP = "Ukraine’s National Police"
KRA = ("Yevhen Kravets", P, "head of the fraud unit in the national police’s cyber department")
OFF = ("A senior Ukrainian law enforcement official", A, None)
VOL = ("Britta Vollmer", P, "retired schoolteacher")
ANN["06_kyiv-crypto-call-center-raids"] = {
    "published": "2021-10-30",
    "published_basis": "Date line under the byline 'October 30, 2021 at 3:18 p.m. EDT' (a Saturday); raids 'this week', searches and the caption 'on Thursday' (Oct. 28) and Kravets 'on Friday' (Oct. 29) fit; undated 'KYIV, Ukraine —' dateline; aggregator repost ('Source link', 'Comments are closed.'); agrees with writer.tsv",
    "outlet": "The Washington Post",
    "quotes": [
        Q("were used to lure thousands of people across Europe into fake cryptocurrency investments, taking in tens of millions of euros", IND, NP, O, None, "say"),
        Q("Officers searched offices in Kyiv, Dnipro and Ivano-Frankivsk on Thursday and detained 19 people, including two men suspected of running the operation", IND, NP, O, None, "according to"),
        Q("The call centers employed young Ukrainians who posed as brokers for online trading platforms", IND, NP, O, None, "said"),
        Q("When a victim tried to withdraw the money, there was always another fee, another tax, another verification,", DIR, *KRA, "told reporters"),
        Q("And then, one day, the broker stopped answering.", DIR, *KRA, "told reporters"),
        Q("investigators had so far identified between 7,000 and 8,000 victims", IND, "Eurojust", O, None, "said"),
        Q("the total could eventually reach 50 million euros", IND, "A prosecutor in the German city of Bamberg", A, None, "said"),
        Q("the organizers “rented entire floors of business centers, hired staff through ordinary job sites and trained them with scripts in German and English.”", MIX, NP, O, None, "said"),
        Q("investigators had been monitoring the group for nearly a year and that some of the call center workers had been cooperating since the summer", IND, *OFF, "said"),
        Q("most employees were paid a base salary of about $500 a month plus a commission of up to 10 percent of what they brought in, and that many “understood very well what they were doing.”", MIX, *OFF, "said"),
        Q("she lost 84,000 euros over about seven months in 2020", IND, *VOL, "said"),
        Q("the friendliest person I spoke to all year,", DIR, *VOL, "said"),
        Q("He called me every few days. He asked about my grandchildren. He remembered their names,", DIR, *VOL, "said"),
        Q("By the time I understood, my savings were gone. I was ashamed, so for a long time I told no one, not even my son.", DIR, *VOL, None),
        Q("I don’t expect to see the money again. I just want them to stop doing it to other people.", DIR, *VOL, None),
        Q("The suspects face charges of large-scale fraud and money laundering and could be sentenced to up to 12 years in prison if convicted", IND, NP, O, None, "said"),
        Q("this week’s raids were the largest of their kind in the country so far and that more searches were planned before the end of the year", IND, *KRA, "said"),
        Q("the operation also sent a message that the country’s fast-growing technology sector, which employs hundreds of thousands of programmers and support staff, should not be confused with the criminals who exploit it", IND, *KRA, "said"),
        Q("Our IT industry is something Ukraine is proud of,", DIR, *KRA, "said"),
        Q("These people are not part of it.", DIR, *KRA, "said"),
    ],
    "figures": [
        F("11 call centers", 11, "centers", "count", None, "Ukrainian police"),
        F("three cities", 3, "cities", "count", None, None),
        F("19 people", 19, "people", "count", None, NP),
        F("two men", 2, "men", "count", None, None),
        F("about 300 computers", 300, "computers", "count", "about", "Investigators"),
        F("more than 4.2 million hryvnias", 4200000, "UAH", "money", "more than", None),
        F("about $160,000", 160000, "$", "money", "about", None),
        F("six luxury cars", 6, "cars", "count", None, None),
        F("no less than 30 million euros", 30000000, "EUR", "money", "no less than", None),
        F("$34.7 million", 34700000, "$", "money", None, None),
        F("more than 5,000", 5000, "victims", "count", "more than", None),
        F("between 7,000 and 8,000 victims", 7000, "victims", "count", None, "Eurojust"),
        F("50 million euros", 50000000, "EUR", "money", None, None),
        F("about $500", 500, "$", "money", "about", None),
        F("up to 10 percent", 10, "%", "percent", "up to", None),
        F("67", 67, "years", "duration", None, "Britta Vollmer"),
        F("84,000 euros", 84000, "EUR", "money", None, "Britta Vollmer"),
        F("about seven months", 7, "months", "duration", "about", "Britta Vollmer"),
        F("up to 12 years", 12, "years", "duration", "up to", None),
        F("two alleged leaders", 2, "leaders", "count", None, None),
        F("two years", 2, "years", "duration", None, "Ukrainian authorities"),
    ],
    "events": [
        E("Police officers carry seized computers out of an office building in Dnipro, Ukraine", "2021-10-28", "on Thursday"),
        E("Ukrainian police, working with investigators from Germany and Lithuania, raided 11 call centers in three cities", "2021-10-25", "this week"),
        E("Officers searched offices in Kyiv, Dnipro and Ivano-Frankivsk", "2021-10-28", "on Thursday"),
        E("Yevhen Kravets, head of the fraud unit in the national police’s cyber department, told reporters in Kyiv", "2021-10-29", "on Friday"),
        E("some of the call center workers had been cooperating", "2021", "since the summer"),
        E("she lost 84,000 euros over about seven months", "2020", "in 2020"),
        E("A court in Kyiv is expected to rule on pretrial detention for the two alleged leaders", "2021-11-01", "early next week"),
        E("this week’s raids were the largest of their kind in the country", "2021-10-25", "this week’s"),
        E("more searches were planned", "2021", "before the end of the year"),
    ],
}


def main():
    for name, a in ANN.items():
        doc = {
            "article": name + ".txt",
            "published": a["published"],
            "published_basis": a["published_basis"],
            "outlet": a["outlet"],
            "quotes": a["quotes"],
            "figures": a["figures"],
            "events": a["events"],
        }
        path = os.path.join(ROOT, name + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", os.path.relpath(path, ROOT))


if __name__ == "__main__":
    main()
