#!/usr/bin/env python3
"""Write the hand-made annotations of gold-fresh214 to JSON.

Every annotation below was written by hand after reading the article in full.
This script does no extraction of any kind: it only serialises the literals
below to articles/../<name>.json, in the key order of /work/shared/gold/SCHEMA.md.
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


P, A, O = "person", "anonymous", "organization"
ANN = {}

# ---------------------------------------------------------------------------
# 01 Global News, Toronto cargo-theft ring. Published Tue 2021-03-16.
# ---------------------------------------------------------------------------
OKAFOR = ("Warren Okafor", P, "Det. Sgt.")
MARCHETTI = ("Lena Marchetti", P, "Supt.")
TPS = ("Toronto police", O, None)
OTA = ("the Ontario Trucking Association", O, None)
ANN["01_toronto-cargo-theft-ring"] = dict(
    published="2021-03-16",
    published_basis="Metadata line at the top: ' date 2021-03-16' (a Tuesday); body has investigators speaking 'at a news conference Tuesday'; '© 2021 Global News'",
    outlet="Global News",
    quotes=[
        Q("Nine people are facing a combined 94 charges after a months-long investigation into a ring that allegedly stole loaded tractor-trailers from truck yards across the Greater Toronto Area", "indirect", *TPS, "say"),
        Q("the group is believed to be behind the theft of at least 31 trailers between last June and January, and that the stolen cargo — everything from flat-screen televisions and power tools to frozen chicken — was worth an estimated $2.4 million", "indirect", "Investigators", A, None, "said"),
        Q("Police recovered goods valued at roughly $900,000 when search warrants were executed at eight addresses in Toronto, Brampton, Vaughan and Milton on March 9 and 10", "indirect", *OKAFOR, "according to"),
        Q("These were not crimes of opportunity,", "direct", *OKAFOR, "told reporters"),
        Q("This was a group that studied yards, knew when the guards changed shifts, knew which trailers were loaded and which were empty. In some cases, they were in and out in under 10 minutes.", "direct", *OKAFOR, "told reporters"),
        Q("the suspects would typically cut through perimeter fencing late at night, hook a stolen or rented tractor to a trailer and drive it to a storage facility, where the load was broken up and resold, largely online and through a handful of small retailers", "indirect", *OKAFOR, "said"),
        Q("some of the stolen electronics were listed on resale websites within 48 hours", "indirect", *TPS, "allege"),
        Q("It moves very, very fast,", "direct", *OKAFOR, "said"),
        Q("By the time a company does its inventory count and realizes what’s gone, the product can already be in somebody’s living room.", "direct", *OKAFOR, "said"),
        Q("organized the thefts", "indirect", *TPS, "allege"),
        Q("one of them, a 46-year-old Vaughan man, worked as a dispatcher for a freight company that was targeted twice", "indirect", *TPS, "said"),
        Q("the victims included two national carriers and a family-owned distributor in Etobicoke that lost a trailer of frozen meat it valued at about $180,000", "indirect", *TPS, "said"),
        Q("cargo crime has been “a growing headache” for its members since the start of the pandemic, when demand for goods surged and yards filled up with loaded trailers waiting to be unloaded", "mixed", *OTA, "said"),
        Q("carriers across the province have spent millions on GPS trackers, kingpin locks and added security but that many smaller operators cannot afford those measures", "indirect", *OTA, "said"),
        Q("reported cargo thefts in the city rose by about 18 per cent in 2020 compared with 2019", "indirect", *TPS, "show"),
        Q("the real number is likely higher because some companies do not report losses, fearing it will push up their insurance premiums", "indirect", *OKAFOR, "said"),
        Q("We need them to call us,", "direct", *OKAFOR, "said"),
        Q("Every report helps us connect the dots.", "direct", *OKAFOR, "said"),
        Q("the investigation, dubbed Project Longhaul, involved officers from Peel Regional Police, York Regional Police and Halton Regional Police, as well as the Ontario Provincial Police", "indirect", *MARCHETTI, "said"),
        Q("more arrests are possible and that investigators are still trying to trace another 11 trailers they believe may be linked to the group", "indirect", *MARCHETTI, "said"),
        Q("We’re not done,", "direct", *MARCHETTI, "said"),
    ],
    figures=[
        F("9", 9, "people", "count", None, "Toronto police", occurrence=1),
        F("$2.4M", 2400000, "$", "money", None, "tractor-trailer theft ring"),
        F("Nine people", 9, "people", "count", None, None),
        F("94 charges", 94, "charges", "count", None, None),
        F("at least 31 trailers", 31, "trailers", "count", "at least", "the group"),
        F("an estimated $2.4 million", 2400000, "$", "money", "an estimated", "the stolen cargo"),
        F("roughly $900,000", 900000, "$", "money", "roughly", "Police"),
        F("eight addresses", 8, "addresses", "count", None, None),
        F("under 10 minutes", 10, "minutes", "duration", "under", None),
        F("48 hours", 48, "hours", "duration", None, None),
        F("two brothers", 2, "brothers", "count", None, None),
        F("34", 34, "years", "duration", None, "two brothers from Brampton"),
        F("29", 29, "years", "duration", None, "two brothers from Brampton"),
        F("seven accused", 7, "accused", "count", None, None),
        F("22 to 51", 22, "years", "duration", None, "The other seven accused"),
        F("46-year-old", 46, "years", "duration", None, "a Vaughan man"),
        F("$5,000", 5000, "$", "money", None, None),
        F("two national carriers", 2, "carriers", "count", None, None),
        F("about $180,000", 180000, "$", "money", "about", "a family-owned distributor in Etobicoke"),
        F("about 18 per cent", 18, "%", "percent", "about", "reported cargo thefts"),
        F("another 11 trailers", 11, "trailers", "count", None, "investigators"),
        F("Six of the accused", 6, "accused", "count", None, None),
        F("three", 3, "accused", "count", None, None),
    ],
    events=[
        E("Investigators said at a news conference", "2021-03-16", "Tuesday"),
        E("the group is believed to be behind the theft of at least 31 trailers", "2020-06", "between last June and January"),
        E("search warrants were executed at eight addresses in Toronto, Brampton, Vaughan and Milton", "2021-03-09", "on March 9 and 10"),
        E("reported cargo thefts in the city rose by about 18 per cent", "2020", "in 2020"),
        E("Six of the accused were released on bail and are scheduled to appear in a Brampton court", "2021-04", "next month"),
        E("The remaining three were held for bail hearings expected", "2021-03-17", "later this week"),
    ],
)

# ---------------------------------------------------------------------------
# 02 AP, Arizona deputy manslaughter verdict. Published Fri 2021-11-05.
# ---------------------------------------------------------------------------
BRANDT = ("Kyle Brandt", P, "Former Maricopa County sheriff's deputy")
DENISE = ("Denise Hollins", P, None)
OSTROWSKI = ("Rachel Ostrowski", P, "Deputy County Attorney")
MADDOX = ("Glenn Maddox", P, "attorney")
CASTELLANOS = ("Andrea Castellanos", P, "Sheriff's office spokesperson")
DELGADO = ("Marcus Delgado", P, "organizer")
ANN["02_arizona-deputy-manslaughter-verdict"] = dict(
    published="2021-11-05",
    published_basis="Photo caption dated 'Phoenix, Friday, Nov. 5, 2021'; undated 'PHOENIX (AP) —' dateline with the verdict 'on Friday'; 'Copyright 2021'; 2021-11-05 was a Friday",
    outlet="The Associated Press",
    quotes=[
        Q("It doesn't bring him back. Nothing is going to bring him back,", "direct", *DENISE, "told reporters"),
        Q("But for two years people have been telling me my son was the one who did something wrong. Today twelve people said no.", "direct", *DENISE, "told reporters"),
        Q("Brandt escalated a routine stop and fired within seconds of Hollins stepping out of his car, even though the young man's hands were visible and he was holding only his phone", "indirect", "Prosecutors", A, None, "argued"),
        Q("He told Terrell to stay in the car, and then he told him to get out of the car, and then he told him to put his hands up, all in the space of about six seconds,", "direct", *OSTROWSKI, "said"),
        Q("Terrell did what he could. The defendant did not give him a chance.", "direct", *OSTROWSKI, "said"),
        Q("he believed the dark object in Hollins' hand was a gun and that he feared for his life", "indirect", *BRANDT, "testified"),
        Q("his client had been warned over the radio minutes before the stop that a vehicle matching the description of Hollins' car had been involved in an armed robbery in nearby Tempe", "indirect", *MADDOX, "told jurors"),
        Q("he was disappointed and planned to file a motion for a new trial", "indirect", *MADDOX, "said"),
        Q("the judge should not have allowed testimony from a use-of-force expert called by the prosecution", "indirect", *MADDOX, "arguing"),
        Q("Deputy Brandt made a split-second decision based on the information he had,", "direct", *MADDOX, "said"),
        Q("That's what officers are trained to do. We think the jury got this wrong, and we'll be asking the court to take another look.", "direct", *MADDOX, "said"),
        Q("the agency \"respects the jury's decision\" and had since changed its training on high-risk traffic stops, including requiring deputies to wait for backup in most cases where a suspect is believed to be armed", "mixed", *CASTELLANOS, "said"),
        Q("the verdict was significant in a state where criminal charges against law enforcement officers for on-duty shootings are rare", "indirect", "Civil rights advocates", A, None, "said"),
        Q("officers in Maricopa County shot at least 180 people between 2015 and 2020, and fewer than five of those shootings resulted in criminal charges", "indirect", "a local police accountability group", A, None, "According to"),
        Q("This is one case. One,", "direct", *DELGADO, "said"),
        Q("We're glad for the family, but nobody should mistake this for a system that's fixed.", "direct", *DELGADO, "said"),
        Q("he remain free until sentencing", "indirect", *MADDOX, "asked"),
    ],
    figures=[
        F("38", 38, "years", "duration", None, "Kyle Brandt"),
        F("about 11 hours", 11, "hours", "duration", "about", "Jurors"),
        F("three days", 3, "days", "duration", None, "Jurors"),
        F("27-year-old", 27, "years", "duration", None, "Terrell Hollins"),
        F("two", 2, "children", "count", None, "Terrell Hollins", occurrence=2),
        F("four times", 4, "times", "count", None, "Terrell Hollins"),
        F("two years", 2, "years", "duration", None, "Denise Hollins", occurrence=2),
        F("twelve people", 12, "people", "count", None, None),
        F("two-week", 2, "weeks", "duration", None, "trial"),
        F("about six seconds", 6, "seconds", "duration", "about", None),
        F("between 7 and 21 years", 7, "years", "duration", None, "Manslaughter"),
        F("nearly 14 months", 14, "months", "duration", "nearly", "the county attorney's office"),
        F("$3.5 million", 3500000, "$", "money", None, "Maricopa County"),
        F("at least 180 people", 180, "people", "count", "at least", "officers in Maricopa County"),
        F("fewer than five", 5, "shootings", "count", "fewer than", None),
    ],
    events=[
        E("traffic-stop shooting", "2019", "2019"),
        E("Former Maricopa County sheriff's deputy Kyle Brandt listens as the verdict is read in his manslaughter trial in Phoenix", "2021-11-05", "Friday, Nov. 5, 2021"),
        E("found a former Arizona sheriff's deputy guilty of manslaughter in the shooting death of an unarmed man", "2021-11-05", "on Friday"),
        E("the shooting death of an unarmed man during a traffic stop on a freeway shoulder", "2019", "more than two years ago"),
        E("shot four times after being pulled over for an expired registration", "2019-08", "in August 2019"),
        E("Brandt, who was fired by the Maricopa County Sheriff's Office", "2020", "in early 2020"),
        E("twelve people said no", "2021-11-05", "Today"),
        E("Deputy County Attorney Rachel Ostrowski said in her closing argument", "2021-11-02", "on Tuesday"),
        E("Sentencing was set", "2021-12-17", "Dec. 17"),
        E("Maricopa County agreed last year to pay $3.5 million to settle a wrongful-death lawsuit", "2020", "last year"),
        E("officers in Maricopa County shot at least 180 people", "2015", "between 2015 and 2020"),
    ],
)

# ---------------------------------------------------------------------------
# 03 Reuters, London invoice-fraud sentencing. Published Wed 2022-06-08.
# ---------------------------------------------------------------------------
ASHDOWN = ("Caroline Ashdown", P, "Judge")
SFO = ("the Serious Fraud Office", O, None)
MARSH = ("Helen Marsh", P, "head of the SFO's fraud division")
FENWICK = ("Nicholas Fenwick", P, "barrister")
ANN["03_london-invoice-fraud-sentencing"] = dict(
    published="2022-06-08",
    published_basis="Dated dateline 'LONDON, June 8 (Reuters)' with no year; the sentencing is 'on Wednesday', and June 8 fell on a Wednesday in 2011, 2016 and 2022; 'since 2020' and the 2014-2019 scheme rule out the earlier years, so 2022-06-08 (agrees with writer.tsv)",
    outlet="Reuters",
    quotes=[
        Q("cost lenders more than £41 million ($51.5 million) over five years", "indirect", "prosecutors", A, None, "said"),
        Q("the two men inflated the company's receivables by creating invoices for haulage work that was never carried out, then used the fake invoices to draw down invoice-financing facilities from three lenders between 2014 and 2019", "indirect", "Prosecutors", A, None, "said"),
        Q("Pellow had been \"the architect and the engine\" of the scheme and had shown no remorse", "mixed", *ASHDOWN, "said"),
        Q("You held a position of trust at the heart of this business. You abused it, year after year, and you did so knowing that when the truth came out, as it inevitably would, hundreds of ordinary people would lose their jobs,", "direct", *ASHDOWN, "told him"),
        Q("the sentences sent \"a clear message\" to company directors that falsifying accounts to keep a failing business afloat would be pursued", "mixed", *SFO, "said"),
        Q("This was a deliberate and sustained deception,", "direct", *MARSH, "said"),
        Q("The defendants knew that the business was in serious trouble, and rather than face that, they chose to hide it behind a wall of fictitious invoices.", "direct", *MARSH, "said"),
        Q("much of the financing had been repaid in the ordinary course of business and that the net loss to lenders was closer to £12 million", "indirect", "Lawyers for Pellow", A, None, "argued"),
        Q("his client had not personally enriched himself on the scale alleged and had acted \"out of a misplaced loyalty\" to the business and its workforce", "mixed", *FENWICK, "said"),
        Q("Pellow had lost his home and his savings", "indirect", *FENWICK, "told the court"),
        Q("she accepted that Pellow's personal gain had been limited", "indirect", *ASHDOWN, "said"),
        Q("that was \"of little comfort\" to the lenders and employees affected", "mixed", *ASHDOWN, "said"),
        Q("A confiscation hearing is scheduled for later this year", "indirect", *SFO, "said"),
        Q("he was considering an appeal against his conviction", "indirect", "Keane's lawyers", A, None, "said"),
    ],
    figures=[
        F("8 years", 8, "years", "duration", None, "Graham Pellow"),
        F("£41m", 41000000, "GBP", "money", None, "invoice fraud"),
        F("eight years", 8, "years", "duration", None, "Graham Pellow"),
        F("more than £41 million", 41000000, "GBP", "money", "more than", "lenders"),
        F("$51.5 million", 51500000, "USD", "money", None, "lenders"),
        F("five years", 5, "years", "duration", None, "fraud"),
        F("57", 57, "years", "duration", None, "Graham Pellow"),
        F("10-week", 10, "weeks", "duration", None, "trial"),
        F("49", 49, "years", "duration", None, "Stuart Keane"),
        F("four years and six months", 54, "months", "duration", None, "Stuart Keane"),
        F("three lenders", 3, "lenders", "count", None, None),
        F("about 600 vehicles", 600, "vehicles", "count", "about", "The company"),
        F("some 1,400 people", 1400, "people", "count", "some", "The company"),
        F("Roughly 1,100 staff", 1100, "staff", "count", "Roughly", "The company"),
        F("closer to £12 million", 12000000, "GBP", "money", "closer to", "net loss to lenders"),
        F("about £63 million", 63000000, "GBP", "money", "about", "false invoices"),
        F("just over £41 million", 41000000, "GBP", "money", "just over", "loss to creditors"),
        F("around 9 pence", 0.09, "GBP", "money", "around", "unsecured creditors"),
        F("more than 2.5 million euros", 2500000, "EUR", "money", "more than", "the Spanish subsidiary"),
    ],
    events=[
        E("A former finance director of a British haulage and logistics group was jailed for eight years", "2022-06-08", "on Wednesday"),
        E("Graham Pellow, 57, was convicted", "2022-04", "in April"),
        E("used the fake invoices to draw down invoice-financing facilities from three lenders", "2014", "between 2014 and 2019"),
        E("The company, which at its peak operated about 600 vehicles and employed some 1,400 people, collapsed into administration", "2019", "in late 2019"),
        E("a report filed with Companies House", "2022", "earlier this year"),
        E("the Spanish subsidiary, which handled refrigerated freight between Murcia and northern Europe, had accumulated losses of more than 2.5 million euros", "2016", "by 2016"),
        E("A confiscation hearing is scheduled", "2022", "for later this year"),
        E("several banks have tightened verification checks", "2020", "since 2020"),
    ],
)

# ---------------------------------------------------------------------------
# 04 Hobart Herald, Tasmania missing bushwalker. Published Mon 2023-05-22.
# ---------------------------------------------------------------------------
TASPOL = ("Tasmania Police", O, None)
RADFORD = ("Gail Radford", P, "Inspector")
LINDQVIST = ("Craig Lindqvist", P, "SES volunteer")
FAMILY = ("Mr Whitlock's family", A, None)
ANN["04_tasmania-missing-bushwalker-found"] = dict(
    published="2023-05-22",
    published_basis="Inferred (no dateline or date line): '© 2023 Hobart Herald'; walker due back 'on Thursday, the 18th' (in 2023 only May 18 is a Thursday the 18th); found 'on Sunday' (May 21) and released 'on Monday morning', post shared 'by Monday', family statement 'on Monday'; 'heading into winter' fits late May in Tasmania; Monday 2023-05-22 read as publication day (agrees with writer.tsv)",
    outlet="Hobart Herald",
    quotes=[
        Q("a \"remarkable\" outcome", "mixed", *TASPOL, "described as"),
        Q("He was cold, hungry and had injured his ankle, but was otherwise in good condition", "indirect", *TASPOL, "said"),
        Q("search crews had faced difficult conditions, with overnight temperatures dropping as low as minus 4 degrees, heavy fog on Friday and snow on higher ground on Saturday", "indirect", *RADFORD, "said"),
        Q("Realistically, after the third night, we were very concerned,", "direct", *RADFORD, "told reporters"),
        Q("He made some good decisions. Once he realised he was lost, he found shelter under a rock overhang, he stayed put for the most part, and he kept himself as dry as he could. Those things, honestly, are what kept him alive.", "direct", *RADFORD, None),
        Q("Mr Whitlock had been carrying a tent and some food but did not have a personal locator beacon", "indirect", *RADFORD, "said"),
        Q("anyone heading into remote areas to carry one", "indirect", *RADFORD, "urged"),
        Q("They cost a couple of hundred dollars. Please, please take one,", "direct", *RADFORD, "said"),
        Q("the search area covered about 15 square kilometres", "indirect", *TASPOL, "said"),
        Q("seeing a man matching Mr Whitlock's description on an unmarked route on Wednesday afternoon", "indirect", "a walker", A, None, "reported"),
        Q("Great news. The missing bushwalker in the Mount Field area has been located alive and is being flown to hospital. Thank you to everyone involved in the search over the past four days,", "direct", *TASPOL, "read"),
        Q("he had been about 2 kilometres away when word came through over the radio", "indirect", *LINDQVIST, "said"),
        Q("There was a lot of cheering, I won't lie,", "direct", *LINDQVIST, "said"),
        Q("You go out there every day hoping, and most of the time you don't get this kind of ending.", "direct", *LINDQVIST, "said"),
        Q("he was \"sore, embarrassed and very grateful\"", "mixed", *FAMILY, "said"),
        Q("Jordan knows how lucky he is,", "direct", *FAMILY, "said"),
        Q("We can't thank the police, the SES, the helicopter crew and all the volunteers enough for not giving up on him.", "direct", *FAMILY, "said"),
        Q("the search had involved more than 1,200 volunteer hours", "indirect", *TASPOL, "said"),
        Q("walkers should leave detailed trip plans with someone they trust, check weather forecasts and be prepared for conditions to change quickly, particularly heading into winter", "indirect", *RADFORD, "said"),
    ],
    figures=[
        F("four freezing nights", 4, "nights", "duration", None, "Missing bushwalker"),
        F("31-year-old", 31, "years", "duration", None, "Jordan Whitlock"),
        F("four nights", 4, "nights", "duration", None, "Jordan Whitlock"),
        F("about 6 kilometres", 6, "kilometres", "count", "about", None),
        F("two-day", 2, "days", "duration", None, "walk"),
        F("minus 4 degrees", -4, "degrees", "count", None, "overnight temperatures"),
        F("a couple of hundred dollars", 200, "$", "money", "a couple of", "personal locator beacon"),
        F("about 20 people", 20, "people", "count", "about", "The search"),
        F("more than 70", 70, "people", "count", "more than", "The search"),
        F("about 15 square kilometres", 15, "square kilometres", "count", "about", "the search area"),
        F("more than 40 square kilometres", 40, "square kilometres", "count", "more than", "the search area"),
        F("four days", 4, "days", "duration", None, "the search"),
        F("more than 3,000 times", 3000, "times", "count", "more than", "The post"),
        F("about 2 kilometres", 2, "kilometres", "count", "about", "Craig Lindqvist"),
        F("more than 1,200 volunteer hours", 1200, "hours", "duration", "more than", "the search"),
    ],
    events=[
        E("The Melbourne man, Jordan Whitlock, was spotted by the crew of the police rescue helicopter", "2023-05-21", "on Sunday"),
        E("was released", "2023-05-22", "on Monday morning"),
        E("Mr Whitlock set out alone", "2023-05-17", "on Wednesday"),
        E("had been due to return to his car", "2023-05-18", "on Thursday, the 18th"),
        E("He was reported missing by a friend", "2023-05-18", "that night"),
        E("heavy fog", "2023-05-19", "on Friday"),
        E("snow on higher ground", "2023-05-20", "on Saturday"),
        E("Inspector Radford told reporters in Hobart", "2023-05-21", "on Sunday afternoon"),
        E("The search grew from about 20 people", "2023-05-18", "on Thursday night"),
        E("more than 70", "2023-05-20", "by the weekend"),
        E("a walker reported seeing a man matching Mr Whitlock's description on an unmarked route", "2023-05-17", "on Wednesday afternoon"),
        E("Tasmania Police shared the news in a Facebook post", "2023-05-21", "on Sunday"),
        E("The post had been shared more than 3,000 times", "2023-05-22", "by Monday"),
        E("Mr Whitlock's family thanked the searchers", "2023-05-22", "on Monday"),
        E("It is the third major search for a missing walker in the state's south-west", "2023", "this year"),
    ],
)

# ---------------------------------------------------------------------------
# 05 CTV News Calgary, apartment fire. Published Sun 2021-09-26.
# ---------------------------------------------------------------------------
CFD = ("the Calgary Fire Department", O, None)
SAUVE = ("Raymond Sauvé", P, "district chief")
TOLENTINO = ("Maria Tolentino", P, "Resident")
WESTBROOK = ("Westbrook Residential", O, "property manager")
RADECKI = ("Evan Radecki", P, "Ward councillor")
ANN["05_calgary-apartment-fire"] = dict(
    published="2021-09-26",
    published_basis="'Published Sunday, Sept. 26, 2021 6:02PM MDT' line (Last Updated 7:40PM the same day); 'CALGARY —' dateline; fire 'early Sunday'; 2021-09-26 was a Sunday",
    outlet="CTV News Calgary",
    quotes=[
        Q("Crews were called to the building in the 3400 block of 17 Avenue S.E. at about 3:15 a.m. and arrived to find heavy smoke and flames coming from the roof", "indirect", *CFD, "said"),
        Q("When our first crews arrived, we had people on balconies on the third and fourth floors calling for help,", "direct", *SAUVE, "said"),
        Q("Our priority at that point was getting everyone out, and I’m proud to say that’s what our members did.", "direct", *SAUVE, "said"),
        Q("Firefighters used ladders to rescue at least nine people from balconies", "indirect", *SAUVE, "said"),
        Q("about 80 residents had been displaced", "indirect", *CFD, "said"),
        Q("most of the building was left uninhabitable by fire, smoke and water damage", "indirect", *SAUVE, "said"),
        Q("the fire appeared to have started on a fourth-floor balcony", "indirect", *CFD, "said"),
        Q("It’s too early to say anything about cause,", "direct", *SAUVE, "said"),
        Q("We’ll have investigators in there for the next several days, and we’ll let the evidence tell us what happened.", "direct", *SAUVE, "said"),
        Q("the building had been the subject of two fire code inspections in the past 18 months, and that at least one order related to self-closing doors in the stairwells was still open", "indirect", "A city official", A, None, "told CTV News"),
        Q("she woke to the sound of a neighbour pounding on the door", "indirect", *TOLENTINO, "said"),
        Q("He was yelling ‘fire, fire, get out,’ and when I opened the door the hallway was already grey,", "direct", *TOLENTINO, "told CTV News"),
        Q("We just took the kids and ran. I didn’t even have shoes on.", "direct", *TOLENTINO, "told CTV News"),
        Q("the family had lived in the building for nearly six years", "indirect", *TOLENTINO, "said"),
        Q("Everything we own is in there,", "direct", *TOLENTINO, "said"),
        Q("But we are all here. That’s what matters.", "direct", *TOLENTINO, "said"),
        Q("its volunteers had registered 94 people by mid-afternoon and were helping arrange emergency lodging, food and clothing for up to 72 hours", "indirect", "the Canadian Red Cross", O, None, "said"),
        Q("it was “working closely with the fire department and the Red Cross” and would return damage deposits and September rent to affected tenants", "mixed", *WESTBROOK, "said"),
        Q("Our hearts go out to everyone who has lost their home today,", "direct", *WESTBROOK, "said"),
        Q("the city would look at ways to help displaced families find longer-term housing", "indirect", *RADECKI, "said"),
        Q("the rental vacancy rate in the area had fallen by roughly two percentage points this year", "indirect", *RADECKI, "noting"),
        Q("These are working families, many of them newcomers,", "direct", *RADECKI, "said"),
        Q("A few nights in a hotel is not going to be enough.", "direct", *RADECKI, "said"),
    ],
    figures=[
        F("More than 100", 100, "people", "count", "More than", None, occurrence=1),
        F("More than 100 people", 100, "people", "count", "More than", None),
        F("four-storey", 4, "storey", "count", None, "apartment building"),
        F("three people", 3, "people", "count", None, None),
        F("about 60 firefighters", 60, "firefighters", "count", "about", None),
        F("18 trucks", 18, "trucks", "count", None, None),
        F("at least nine people", 9, "people", "count", "at least", "Firefighters"),
        F("Three residents", 3, "residents", "count", None, None),
        F("two", 2, "residents", "count", None, None, occurrence=1),
        F("one", 1, "residents", "count", None, None, occurrence=2),
        F("about 80 residents", 80, "residents", "count", "about", None),
        F("126 people", 126, "people", "count", None, None),
        F("58 units", 58, "units", "count", None, None),
        F("about $4 million", 4000000, "$", "money", "about", "Damage"),
        F("two fire code inspections", 2, "inspections", "count", None, "the building"),
        F("18 months", 18, "months", "duration", None, None),
        F("at least one order", 1, "order", "count", "at least", None),
        F("two children", 2, "children", "count", None, "Maria Tolentino"),
        F("nearly six years", 6, "years", "duration", "nearly", "the family"),
        F("two buses", 2, "buses", "count", None, "Calgary Transit"),
        F("94 people", 94, "people", "count", None, "the Canadian Red Cross"),
        F("up to 72 hours", 72, "hours", "duration", "up to", None),
        F("roughly two percentage points", 2, "percentage points", "percent", "roughly", "the rental vacancy rate"),
    ],
    events=[
        E("Smoke rises from an apartment building in Calgary’s Forest Lawn neighbourhood", "2021-09-26", "on Sunday"),
        E("More than 100 people were forced from their homes", "2021-09-26", "early Sunday"),
        E("crews were still dousing hot spots", "2021-09-26", "Sunday afternoon"),
        E("The city did not respond to a request for comment", "2021-09-26", "Sunday"),
        E("everyone who has lost their home", "2021-09-26", "today"),
        E("Ward councillor Evan Radecki, who visited the scene", "2021-09-26", "Sunday morning"),
        E("the rental vacancy rate in the area had fallen by roughly two percentage points", "2021", "this year"),
        E("was expected to reopen", "2021-09-27", "by Monday morning"),
    ],
)

# ---------------------------------------------------------------------------
# 06 Northern regional paper, Oldham county-lines gang. Published Thu 2023-02-09.
# ---------------------------------------------------------------------------
COURT = ("Manchester Crown Court", O, None)
JUDGE = ("Martin Edgerley", P, "Judge")
GMP = ("Greater Manchester Police", O, None)
QURESHI = ("Samina Qureshi", P, "Detective Inspector")
FERRIS = ("Tom Ferris", P, "project manager")
ANN["06_manchester-county-lines-gang-jailed"] = dict(
    published="2023-02-09",
    published_basis="Metadata line at the top: ' date 2023-02-09' (a Thursday); Ashworth jailed 'on Thursday'",
    outlet=None,
    quotes=[
        Q("The group, led by 33-year-old Dwayne Ashworth, supplied crack cocaine and heroin worth an estimated £2.3m over about 20 months", "indirect", *COURT, "heard"),
        Q("the gang recruited at least six teenagers, the youngest aged 14, to carry drugs by train and stay in the homes of vulnerable drug users for days at a time", "indirect", "Prosecutors", A, None, "said"),
        Q("the term reflected a 25% reduction for his guilty pleas", "indirect", *JUDGE, "said"),
        Q("the defendants had treated children “as disposable” and had shown “a callous indifference” to the misery their business caused", "mixed", *JUDGE, "said"),
        Q("You sent boys who should have been in school onto trains with drugs hidden in their clothing,", "direct", *JUDGE, "told them"),
        Q("You put them in houses with people you knew to be addicted, some of them violent, and you left them there.", "direct", *JUDGE, "told them"),
        Q("When one of those boys was robbed of the drugs he was carrying, you did not ask whether he was hurt. You told him he owed you the money.", "direct", *JUDGE, None),
        Q("the gang operated two phone lines, known as the “Blade” and “Sonny” lines, which sent bulk text messages advertising drugs to up to 400 customers at a time", "mixed", *COURT, "heard"),
        Q("the lines sent more than 38,000 messages between March 2021 and November 2021", "indirect", *GMP, "found"),
        Q("County lines gangs are not glamorous,", "direct", *QURESHI, "said"),
        Q("They are built on exploitation — of children, of people with addictions, of anyone they can use. These sentences should send a clear message that we will find you, wherever your lines run.", "direct", *QURESHI, "said"),
        Q("11 members of an organised crime group who exploited children to sell drugs across the north of England have been jailed for more than 71 years.", "direct", *GMP, "said"),
        Q("one of the exploited teenagers, now 17, had been reported missing from home in Oldham on 11 occasions in 2021 and was found by police in a flat in Barrow-in-Furness with 87 wraps of crack cocaine hidden in his underwear", "indirect", *COURT, "heard"),
        Q("several of the younger defendants had themselves been drawn into the gang as teenagers", "indirect", "Defence barristers", A, None, "told the court"),
        Q("her client had been “groomed into this life at 15” and was “as much a product of this operation as a participant in it”", "mixed", "Rebecca Lowther", P, None, "said"),
        Q("he had taken that into account but that by the time of the offences Doyle was an adult and had recruited at least one younger boy himself", "indirect", *JUDGE, "said"),
        Q("referrals of children to the national scheme for identifying victims of modern slavery have risen sharply in recent years, with criminal exploitation — largely linked to county lines — now the most commonly reported type for UK minors", "indirect", "the Home Office", O, None, "According to"),
        Q("the case showed the need for earlier intervention", "indirect", "Charities working with young people in Oldham", A, None, "said"),
        Q("Every one of these boys was known to somebody — a school, a social worker, a youth service,", "direct", *FERRIS, "said"),
        Q("The question we should all be asking is why nobody got to them before the gang did.", "direct", *FERRIS, "said"),
    ],
    figures=[
        F("71 years", 71, "years", "duration", None, "Drugs gang", occurrence=1),
        F("Eleven members", 11, "members", "count", None, "a drugs gang"),
        F("more than 71 years", 71, "years", "duration", "more than", "Eleven members of a drugs gang", occurrence=1),
        F("33-year-old", 33, "years", "duration", None, "Dwayne Ashworth"),
        F("an estimated £2.3m", 2300000, "GBP", "money", "an estimated", "The group"),
        F("about 20 months", 20, "months", "duration", "about", "The group"),
        F("at least six teenagers", 6, "teenagers", "count", "at least", "the gang"),
        F("14", 14, "years", "duration", None, "the youngest", occurrence=1),
        F("14 years and three months", 171, "months", "duration", None, "Dwayne Ashworth"),
        F("25%", 25, "%", "percent", None, "reduction"),
        F("27", 27, "years", "duration", None, "Liam Hargreaves"),
        F("10 years", 10, "years", "duration", None, "Liam Hargreaves"),
        F("nine defendants", 9, "defendants", "count", None, None),
        F("between 19 and 45", 19, "years", "duration", None, "The remaining nine defendants"),
        F("16 months to eight years and six months", 16, "months", "duration", None, "The remaining nine defendants"),
        F("two phone lines", 2, "lines", "count", None, "the gang"),
        F("up to 400 customers", 400, "customers", "count", "up to", None),
        F("more than 38,000 messages", 38000, "messages", "count", "more than", "the lines"),
        F("14 addresses", 14, "addresses", "count", None, None),
        F("about 1.4kg", 1.4, "kg", "count", "about", None),
        F("£46,000", 46000, "GBP", "money", None, None),
        F("three machetes", 3, "machetes", "count", None, None),
        F("11 members", 11, "members", "count", None, "an organised crime group"),
        F("more than 71 years", 71, "years", "duration", "more than", "11 members of an organised crime group", occurrence=2),
        F("17", 17, "years", "duration", None, "one of the exploited teenagers"),
        F("11 occasions", 11, "occasions", "count", None, "one of the exploited teenagers"),
        F("87 wraps", 87, "wraps", "count", None, None),
        F("19-year-old", 19, "years", "duration", None, "Kieran Doyle"),
        F("15", 15, "years", "duration", None, "Kieran Doyle"),
        F("at least one younger boy", 1, "boy", "count", "at least", "Kieran Doyle"),
        F("three years and four months", 40, "months", "duration", None, "Kieran Doyle"),
    ],
    events=[
        E("Ashworth, of Royton, was jailed for 14 years and three months", "2023-02-09", "on Thursday"),
        E("the lines sent more than 38,000 messages", "2021-03", "between March 2021 and November 2021"),
        E("Officers from Greater Manchester Police, working with Cumbria Constabulary and North Yorkshire Police, carried out raids at 14 addresses", "2021-11", "in November 2021"),
        E("one of the exploited teenagers, now 17, had been reported missing from home in Oldham on 11 occasions", "2021", "in 2021"),
        E("A proceeds of crime hearing is expected to take place", "2023", "later this year"),
    ],
)


KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]


def main():
    for name, a in ANN.items():
        out = {"article": name + ".txt"}
        for k in KEYS[1:]:
            out[k] = a[k]
        path = os.path.join(ROOT, name + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", os.path.relpath(path, ROOT))


if __name__ == "__main__":
    main()
