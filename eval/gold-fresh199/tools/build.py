#!/usr/bin/env python3
"""Write the hand-made annotations of gold-fresh199 to JSON.

Every entry below was written by hand after reading the article in full; this
script only serialises them (no pattern matching, no extraction).
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


ARTICLES = []

# ---------------------------------------------------------------------------
# 01 Global News, B.C. wildfire (Thu 2021-08-05)
KOW = ("Dana Kowalchuk", "person", "fire information officer")
HIE = ("Lorne Hiebert", "person", None)
NAN = ("Priya Nandakumar", "person", "meteorologist")
TRE = ("Hollis Trent", "person", "Emergency Management Minister")
PAK = ("Wendy Pakulski", "person", None)
TNRD = ("the Thompson-Nicola Regional District", "organization", None)
BCWS = ("the BC Wildfire Service", "organization", None)
ARTICLES.append({
    "article": "01_bc-wildfire-evacuation.txt",
    "published": "2021-08-05",
    "published_basis": "Byline line 'Posted August 5, 2021 7:32 pm'; body's 'Thursday afternoon' and caption 'Wednesday, Aug. 4, 2021' fit (2021-08-05 was a Thursday); © 2021 footer; agrees with writer.tsv",
    "outlet": "Global News",
    "quotes": [
        Q("the number could change again once an infrared scan is completed later in the evening", "indirect", "Officials", "anonymous", None, "cautioned"),
        Q("We had a very active night on the northern flank, and the fire has moved into heavier timber,", "direct", *KOW, "said"),
        Q("When it gets into that fuel, with the humidity we’re seeing, there’s not a lot a ground crew can safely do right in front of it.", "direct", *KOW, "said"),
        Q("140 firefighters, 11 helicopters and heavy equipment were assigned to the fire, with another two dozen personnel expected to arrive from Alberta by Friday", "indirect", *KOW, "said"),
        Q("RCMP officers were going door to door along Tremont Road and the surrounding rural properties", "indirect", *TNRD, "said"),
        Q("he had about 40 minutes to load his truck", "indirect", *HIE, "said"),
        Q("You think you’re ready. You’ve got the bag by the door and the papers in a box,", "direct", *HIE, "told Global News"),
        Q("Then the sky goes orange at two in the afternoon and you forget where you put the dog’s leash.", "direct", *HIE, "told Global News"),
        Q("he managed to get his two horses to a neighbour’s trailer but had to leave behind a barn full of hay", "indirect", *HIE, "said"),
        Q("The fire was first reported on July 27 and is believed to have been caused by lightning", "indirect", *BCWS, "according to"),
        Q("it is also likely to bring strong, erratic winds", "indirect", "forecasters", "anonymous", None, "say"),
        Q("The front is a double-edged sword,", "direct", *NAN, "said"),
        Q("Cooler air is good news in the long run, but the leading edge of it tends to bring gusts of 50 to 60 kilometres an hour, and that is exactly what you don’t want on a fire this size.", "direct", *NAN, "said"),
        Q("the province was prepared to extend its state of emergency, which is set to expire Aug. 15, if conditions did not improve", "indirect", *TRE, "said"),
        Q("roughly 4,500 people were under evacuation orders across B.C. as of Thursday afternoon, and about 11,000 more were on alert", "indirect", *TRE, "said"),
        Q("the province had spent more than $190 million on wildfire suppression so far this season, already above its budget for the entire year", "indirect", *TRE, "said"),
        Q("the costs “the price of keeping people alive.”", "mixed", *TRE, "called"),
        Q("residents were given conflicting information on Wednesday about whether the alert zone included her property", "indirect", *PAK, "said"),
        Q("One person from the district told me we were fine and an hour later a different person said we should be packing,", "direct", *PAK, "said"),
        Q("I don’t blame the firefighters for a second. But somebody needs to get the maps straight.", "direct", *PAK, "said"),
        Q("its online map had been updated several times on Wednesday as the fire moved, and that it recognized the changes “may have caused confusion.”", "mixed", *TNRD, "said"),
        Q("residents to rely on its emergency website and its official social media accounts", "indirect", *TNRD, "urged"),
        Q("drivers to stay off Tremont Road", "indirect", *BCWS, "asked"),
        Q("Please keep this route clear for emergency vehicles and evacuees. Do not stop to take photos.", "direct", *BCWS, "asked"),
        Q("about 160 people had registered there by late afternoon", "indirect", "Officials", "anonymous", None, "said"),
        Q("the route could close with little notice", "indirect", "DriveBC", "organization", None, "said"),
    ],
    "figures": [
        F("roughly 420 properties", 420, "properties", "count", "roughly", None),
        F("about 6,800 hectares", 6800, "hectares", "count", "about", "Tremont Ridge wildfire"),
        F("3,100 hectares", 3100, "hectares", "count", None, "Tremont Ridge wildfire"),
        F("140 firefighters", 140, "firefighters", "count", None, None),
        F("11 helicopters", 11, "helicopters", "count", None, None),
        F("two dozen personnel", 24, "personnel", "count", None, None),
        F("23 years", 23, "years", "duration", None, "Lorne Hiebert"),
        F("about 40 minutes", 40, "minutes", "duration", "about", "Lorne Hiebert"),
        F("two horses", 2, "horses", "count", None, "Lorne Hiebert"),
        F("more than 250 active fires", 250, "fires", "count", "more than", "B.C."),
        F("about 30", 30, "fires", "count", "about", "B.C."),
        F("between 36 and 39 degrees", 36, "degrees", "count", None, None),
        F("50 to 60 kilometres an hour", 50, "kilometres an hour", "count", None, None),
        F("roughly 4,500 people", 4500, "people", "count", "roughly", "B.C."),
        F("about 11,000", 11000, "people", "count", "about", "B.C."),
        F("more than $190 million", 190000000, "$", "money", "more than", "B.C."),
        F("about 160 people", 160, "people", "count", "about", None),
        F("72 hours", 72, "hours", "duration", None, None),
    ],
    "events": [
        E("Residents of roughly 420 properties east of Kamloops were ordered out of their homes", "2021-08-05", "Thursday afternoon"),
        E("gusts that fire officials had been warning about", "2021-07-31", "since the weekend"),
        E("up from 3,100 hectares", "2021-08-04", "on Wednesday morning"),
        E("an infrared scan is completed", "2021-08-05", "later in the evening"),
        E("another two dozen personnel expected to arrive from Alberta", "2021-08-06", "by Friday"),
        E("an alert that had been in place", "2021-08-02", "since Monday"),
        E("A plume of smoke rises over the hills east of Kamloops, B.C.", "2021-08-04", "on Wednesday, Aug. 4, 2021"),
        E("The fire was first reported", "2021-07-27", "on July 27"),
        E("daytime highs forecast to reach between 36 and 39 degrees", "2021-08-07", "through Saturday"),
        E("A cold front expected", "2021-08-02", "late this week"),
        E("its state of emergency, which is set to expire", "2021-08-15", "Aug. 15"),
        E("roughly 4,500 people were under evacuation orders across B.C.", "2021-08-05", "as of Thursday afternoon"),
        E("residents were given conflicting information", "2021-08-04", "on Wednesday"),
        E("its online map had been updated several times", "2021-08-04", "on Wednesday"),
        E("Highway 1 remained open", "2021-08-05", "Thursday evening"),
    ],
})

# ---------------------------------------------------------------------------
# 02 Reuters, northern England floods (Wed 2021-12-15)
EA = ("the Environment Agency", "organization", None)
MET = ("the Met Office", "organization", None)
ASH = ("Karen Ashdown", "person", "flood duty manager for the north-west")
FOY = ("Martin Foyle", "person", "analyst at a London-based catastrophe modelling firm")
MER = ("Carol Merriweather", "person", "leader of one of the district councils in the area")
GOV = ("A government spokesperson", "anonymous", None)
CFRS = ("Cumbria Fire and Rescue Service", "organization", None)
DIST = ("the regional electricity distributor", "organization", None)
ARTICLES.append({
    "article": "02_uk-floods-rail.txt",
    "published": "2021-12-15",
    "published_basis": "Dateline 'LONDON, Dec 15 (Reuters)' with 'on Wednesday' in the body; year not shown: Dec 15 fell on a Wednesday in 2021, and 'since 2015' / 'after the 2015 floods' with 'told for six years' point to 2021; agrees with writer.tsv",
    "outlet": "Reuters",
    "quotes": [
        Q("Hundreds of homes in northern England were flooded overnight after more than a month's rain fell in under two days, forcing evacuations in parts of Cumbria and North Yorkshire and shutting several rail lines", "indirect", "officials", "anonymous", None, "said"),
        Q("it had three severe flood warnings, meaning a danger to life, in place on Wednesday morning, along with more than 90 lower-level warnings across England", "indirect", *EA, "said"),
        Q("Some river gauges in the region recorded their highest levels since 2015", "indirect", *EA, "said"),
        Q("We are seeing river levels that many of these communities will remember all too well,", "direct", *ASH, "said"),
        Q("Please do not walk or drive through flood water. Thirty centimetres of moving water is enough to float a car.", "direct", *ASH, "said"),
        Q('"more than 200" homes and businesses had been affected and that the figure was likely to rise as water receded and teams could reach outlying villages', "mixed", *EA, "said"),
        Q("up to 140 millimetres of rain had fallen on high ground between Monday evening and Wednesday morning", "indirect", *MET, "said"),
        Q("Average December rainfall for the area is about 120 mm", "indirect", *MET, "according to"),
        Q("Emergency services rescued at least 35 people from homes and vehicles overnight", "indirect", *CFRS, "said"),
        Q("No serious injuries had been reported", "indirect", *CFRS, "added"),
        Q("flooding and a landslip had closed the line between Carlisle and Settle and that it did not expect to reopen it before the weekend", "indirect", "Network Rail", "organization", None, "said"),
        Q("Our engineers have been out all night, but we can't start repairs until the water goes down and we can see what's underneath it,", "direct", "a Network Rail spokesman", "anonymous", None, "said"),
        Q("About 4,000 homes were without power at one point on Wednesday", "indirect", *DIST, "according to"),
        Q("most had been reconnected by midday", "indirect", *DIST, "said"),
        Q("it was too early to estimate the cost", "indirect", "Insurers", "anonymous", None, "said"),
        Q("the industry had paid out an average of about 30,000 pounds per flooded home in previous events and that companies were sending loss adjusters to the affected areas", "indirect", "A spokesperson for the Association of British Insurers", "anonymous", None, "said"),
        Q("the bill could run into tens of millions of pounds", "indirect", *FOY, "said"),
        Q("If the final count is in the low hundreds of homes, you are looking at something in the region of 20 million to 40 million pounds ($26.5 million to $53 million) before you add businesses and vehicles,", "direct", *FOY, "said"),
        Q("is moving too slowly", "indirect", "local politicians in Cumbria", "anonymous", None, "have said"),
        Q('the pace of work "painfully slow"', "mixed", *MER, "called"),
        Q("some schemes promised after the 2015 floods had still not been started", "indirect", *MER, "said"),
        Q("People here have been told for six years that help is coming,", "direct", *MER, "told Reuters"),
        Q("Last night they were carrying their furniture upstairs again.", "direct", *MER, "told Reuters"),
        Q("more than 300 flood schemes had been completed nationally since 2015 and that the Environment Agency would review the performance of defences in the region once the emergency was over", "indirect", *GOV, "said"),
        Q("the government would activate a recovery scheme offering grants of up to 5,000 pounds to help households make their homes more resilient", "indirect", *GOV, "said"),
        Q("more rain was forecast for Thursday, though at lower intensity, and that rivers in the lower reaches of the Eden and Ouse catchments could keep rising for another 24 to 36 hours as water moved downstream", "indirect", *MET, "said"),
    ],
    "figures": [
        F("under two days", 2, "days", "duration", "under", None),
        F("three severe flood warnings", 3, "warnings", "count", None, "the Environment Agency"),
        F("more than 90 lower-level warnings", 90, "warnings", "count", "more than", "the Environment Agency"),
        F("Thirty centimetres", 30, "centimetres", "count", None, None),
        F("about 300", 300, "properties", "count", "about", "Cumbria"),
        F("more than 200", 200, "homes and businesses", "count", "more than", None),
        F("up to 140 millimetres", 140, "millimetres", "count", "up to", None),
        F("about 120 mm", 120, "mm", "count", "about", None),
        F("at least 35 people", 35, "people", "count", "at least", "Emergency services"),
        F("one man", 1, "man", "count", None, None),
        F("About 4,000 homes", 4000, "homes", "count", "About", None),
        F("about 30,000 pounds", 30000, "GBP", "money", "about", "the industry"),
        F("in the region of 20 million to 40 million pounds", 20000000, "GBP", "money", "in the region of", None),
        F("$26.5 million to $53 million", 26500000, "USD", "money", None, None),
        F("less than two years", 2, "years", "duration", "less than", None),
        F("5.2 billion pound", 5200000000, "GBP", "money", None, "the government"),
        F("six years", 6, "years", "duration", None, "the government", occurrence=1),
        F("six years", 6, "years", "duration", None, None, occurrence=2),
        F("more than 300 flood schemes", 300, "schemes", "count", "more than", "the government"),
        F("up to 5,000 pounds", 5000, "GBP", "money", "up to", "the government"),
        F("24 to 36 hours", 24, "hours", "duration", None, None),
    ],
    "events": [
        E("Hundreds of homes in northern England were flooded overnight after more than a month's rain fell in under two days, forcing evacuations in parts of Cumbria and North Yorkshire and shutting several rail lines, officials said", "2021-12-15", "on Wednesday"),
        E("it had three severe flood warnings, meaning a danger to life, in place", "2021-12-15", "on Wednesday morning"),
        E("Some river gauges in the region recorded their highest levels", "2015", "since 2015"),
        E('the Environment Agency said early on Wednesday that "more than 200" homes and businesses had been affected', "2021-12-15", "early on Wednesday"),
        E("up to 140 millimetres of rain had fallen on high ground", "2021-12-13", "between Monday evening and Wednesday morning"),
        E("it did not expect to reopen it", "2021-12-18", "before the weekend"),
        E("About 4,000 homes were without power at one point", "2021-12-15", "on Wednesday"),
        E("the 2015 floods", "2015", "2015"),
        E("they were carrying their furniture upstairs again", "2021-12-14", "Last night"),
        E("more than 300 flood schemes had been completed nationally", "2015", "since 2015"),
        E("more rain was forecast", "2021-12-16", "for Thursday"),
    ],
})

# ---------------------------------------------------------------------------
# 03 AAP, Tasmanian bushwalker rescue (Mon 2023-06-12)
LUSK = ("Graham Lusk", "person", "Inspector")
TASPOL = ("Tasmania Police", "organization", None)
SAND = ("Jodie Sandner", "person", "Rescue paramedic")
PWS = ("Parks and Wildlife Service", "organization", None)
ARTICLES.append({
    "article": "03_tas-bushwalker-rescue.txt",
    "published": "2023-06-12",
    "published_basis": "Inferred (no dateline or date line): the rescue and Insp Lusk's briefing happen 'on Monday' / 'on Monday afternoon' after Saturday and Sunday, over the King's Birthday long weekend (Tasmania: Mon 2023-06-12) with '© AAP 2023'; 'walkers heading out this week' and cold weather 'through Wednesday' are ahead; Monday read as publication day, agreeing with writer.tsv",
    "outlet": "Australian Associated Press",
    "quotes": [
        Q("He was flown to the Royal Hobart Hospital suffering mild hypothermia and a suspected broken ankle, but was able to speak to paramedics", "indirect", *TASPOL, "said"),
        Q("conditions over the previous 48 hours had been “about as bad as it gets” for search crews, with low cloud grounding aircraft for much of Sunday", "mixed", *LUSK, "said"),
        Q("We had snow down to about 700 metres, wind gusts over 80km/h on the tops, and visibility at times of less than 20 metres,", "direct", *LUSK, "told reporters"),
        Q("Honestly, with those temperatures, we were preparing for a different outcome.", "direct", *LUSK, "told reporters"),
        Q("The fact that he had a space blanket, that he got himself down off the exposed ridge and into the scrub, and that he then stayed where he was — that’s what saved his life.", "direct", *LUSK, "told reporters"),
        Q("About 45 people were involved in the search, including police search and rescue officers, State Emergency Service volunteers, Parks and Wildlife rangers and members of a bushwalking club who know the area", "indirect", *TASPOL, "said"),
        Q("that figure had included crews rostered for a second day who were not deployed", "indirect", *TASPOL, "said"),
        Q("Mr Freethy had dragged branches and bark over a fallen log to make a shelter and had been rationing a handful of muesli bars", "indirect", *SAND, "said"),
        Q("He was cold and sore, but he was lucid, and his first words were to ask whether someone had told his partner,", "direct", *SAND, "said"),
        Q("Temperatures at the nearest weather station fell to minus 4 degrees on Sunday night", "indirect", "the Bureau of Meteorology", "organization", None, "according to"),
        Q("searchers for “never giving up on him”", "mixed", "Mr Freethy’s family", "anonymous", None, "thanked"),
        Q("Mr Freethy was not carrying a beacon", "indirect", *TASPOL, "said"),
        Q("while the outcome was a good one, the search could have been over in hours, not days, had he carried one", "indirect", *LUSK, "said"),
        Q("It is a few hundred grams in your pack,", "direct", *LUSK, "said"),
        Q("In this case it could have saved two nights out in the snow and probably a lot of pain.", "direct", *LUSK, "said"),
        Q("it would be reviewing signage at the track head", "indirect", *PWS, "said"),
        Q("he may have taken a wrong turn at an unmarked junction in poor visibility", "indirect", "Mr Freethy’s partner", "anonymous", None, "told police"),
        Q("the track had been inspected in March and that it “takes visitor safety extremely seriously”", "mixed", *PWS, "said"),
        Q("walkers heading out this week to check forecasts before leaving, to register their trip intentions, and to turn back if the weather closes in", "indirect", *TASPOL, "are urging"),
    ],
    "figures": [
        F("two freezing nights", 2, "nights", "duration", None, "Callum Freethy"),
        F("two nights", 2, "nights", "duration", None, "Callum Freethy", occurrence=1),
        F("34-year-old", 34, "years", "duration", None, "Callum Freethy"),
        F("about 3km", 3, "km", "count", "about", None),
        F("48 hours", 48, "hours", "duration", None, None),
        F("about 700 metres", 700, "metres", "count", "about", None),
        F("over 80km/h", 80, "km/h", "count", "over", None),
        F("less than 20 metres", 20, "metres", "count", "less than", None),
        F("About 45 people", 45, "people", "count", "About", None),
        F("more than 60", 60, "people", "count", "more than", None),
        F("minus 4 degrees", -4, "degrees", "count", None, None),
        F("about $10", 10, "$", "money", "about", "Beacons"),
        F("between $250 and $500", 250, "$", "money", None, "Beacons"),
        F("two nights", 2, "nights", "duration", None, None, occurrence=2),
        F("600 metres", 600, "metres", "count", None, None),
    ],
    "events": [
        E("The 34-year-old, who police have named as Callum Freethy, was winched aboard the Westpac Rescue Helicopter", "2023-06-12", "on Monday"),
        E("the track he had set out on", "2023-06-10", "early on Saturday"),
        E("Mr Freethy had planned a day walk to a summit in the Mount Field area", "2023-06-10", "over the King’s Birthday long weekend"),
        E("was reported missing by his partner when he failed to return", "2023-06-10", "on Saturday night"),
        E("low cloud grounding aircraft", "2023-06-11", "for much of Sunday"),
        E("Insp Lusk told reporters in Hobart", "2023-06-12", "on Monday afternoon"),
        E("A drone fitted with a thermal camera picked up a heat signature in a gully", "2023-06-12", "on Monday morning"),
        E("Temperatures at the nearest weather station fell to minus 4 degrees", "2023-06-11", "on Sunday night"),
        E("The rescue is the third major search in Tasmania’s national parks", "2023-04", "since April"),
        E("A walker in her 60s was found safe near Cradle Mountain", "2023-05", "last month"),
        E("a man in his 20s was located on the Overland Track", "2023-04", "in April"),
        E("the track had been inspected", "2023-03", "in March"),
        E("walkers heading out", "2023-06-12", "this week"),
        E("More cold weather is expected across the state’s high country", "2023-06-14", "through Wednesday"),
    ],
})

# ---------------------------------------------------------------------------
# 04 AP via aggregator, Dayton water main (Thu 2023-01-26)
CAL = ("Renee Calloway", "person", "Water Director")
ARR = ("Luis Arreola", "person", "manager")
UTIL = ("the utility", "organization", None)
WHIT = ("Darnell Whitcombe", "person", "Mayor")
BRU = ("Angela Brusco", "person", "Commissioner")
OEPA = ("The Ohio Environmental Protection Agency", "organization", None)
SW = ("Sharon Whitlow", "person", None)
CITY = ("the city", "organization", None)
ARTICLES.append({
    "article": "04_dayton-water-main-break.txt",
    "published": "2023-01-26",
    "published_basis": "Metadata line ' date 2023-01-26' at the top of the text (a Thursday); body reports the advisory and news conference 'Thursday' and the break 'Wednesday'; dateline 'DAYTON, Ohio (AP)' undated; agrees with writer.tsv",
    "outlet": "The Associated Press",
    "quotes": [
        Q("the line was installed in 1911", "indirect", "City officials", "anonymous", None, "said"),
        Q('would last at least through the weekend and possibly "well into next week."', "mixed", "officials", "anonymous", None, "said"),
        Q("This is a pipe that has been doing its job for 112 years, and last night it stopped,", "direct", *CAL, "told reporters"),
        Q("We had crews on site within 20 minutes, but a break of this size is not something you fix with a clamp.", "direct", *CAL, "told reporters"),
        Q("crews had isolated the damaged section by Wednesday evening and were rerouting water through smaller lines", "indirect", *CAL, "said"),
        Q("Repairs to the main itself were expected to take between five and seven days", "indirect", *CAL, "said"),
        Q("about 20 million gallons of treated water had been lost", "indirect", "City officials", "anonymous", None, "estimated"),
        Q("the figure was closer to 12 million gallons", "indirect", "a utility spokesperson", "anonymous", None, "said"),
        Q("the first number had been based on a drop in reservoir levels that was partly due to normal overnight demand", "indirect", "a utility spokesperson", "anonymous", None, "explaining"),
        Q("they would stay closed Friday", "indirect", "Dayton Public Schools", "organization", None, "said"),
        Q("it had postponed about two dozen elective surgeries and brought in tanker trucks and bottled water to keep its dialysis unit running", "indirect", "A regional hospital", "organization", None, "said"),
        Q("he had sent his staff home", "indirect", *ARR, "said"),
        Q("No water, no business,", "direct", *ARR, "said"),
        Q("We'll lose maybe three, four days. That hurts in January, when the salt is on everybody's car.", "direct", *ARR, "said"),
        Q("customers to conserve water and to run taps only for essential use", "indirect", *UTIL, "asking"),
        Q("Boil water for at least one minute before drinking, cooking, brushing teeth or making ice,", "direct", *UTIL, "said"),
        Q("Do not use water that looks cloudy or discolored.", "direct", *UTIL, "said"),
        Q("Roughly 30% of Dayton's water mains are more than 80 years old", "indirect", "a 2021 city assessment", "organization", None, "according to"),
        Q("the city had applied for a share of the federal infrastructure money distributed through the states and planned to spend about $95 million over the next five years replacing aging lines", "indirect", *WHIT, "said"),
        Q("Wednesday's break \"a warning we can't afford to ignore.\"", "mixed", *WHIT, "called"),
        Q("the city had been too slow to act", "indirect", "some City Commission members", "anonymous", None, "said"),
        Q('the same assessment had flagged the downtown main as a "high-consequence" line more than a year ago', "mixed", *BRU, "noted"),
        Q("We were told this pipe was on the list,", "direct", *BRU, "said"),
        Q("Being on a list doesn't keep water in the pipe.", "direct", *BRU, "said"),
        Q("replacement of the line had been scheduled for 2024 but was pushed back after construction bids came in about 40% higher than expected", "indirect", "A city official who was not authorized to speak publicly", "anonymous", None, "said"),
        Q('the project "was and remains a priority."', "mixed", *CAL, "said"),
        Q("it was in contact with the city and was monitoring water quality testing", "indirect", *OEPA, "said"),
        Q("The advisory can be lifted only after two consecutive rounds of samples, taken 24 hours apart, come back clean", "indirect", *OEPA, "said"),
        Q("By midday, one station had run out and a second truckload was on its way", "indirect", "a fire department spokesman", "anonymous", None, "said"),
        Q("she had been boiling water on her stove since Wednesday morning", "indirect", *SW, "said"),
        Q("I remember the last time this happened, they said it would be two days and it was more like a week,", "direct", *SW, "said"),
        Q("So I bought a big pot.", "direct", *SW, "said"),
        Q("it would update residents daily at 10 a.m.", "indirect", *CITY, "said"),
        Q("people not to call 911 to report low pressure or discolored water", "indirect", *CITY, "asked"),
    ],
    "figures": [
        F("About 140,000 residents", 140000, "residents", "count", "About", "Dayton"),
        F("42-inch", 42, "inch", "count", None, None),
        F("112 years", 112, "years", "duration", None, None),
        F("within 20 minutes", 20, "minutes", "duration", "within", None),
        F("between five and seven days", 5, "days", "duration", None, None),
        F("about 20 million gallons", 20000000, "gallons", "count", "about", None),
        F("closer to 12 million gallons", 12000000, "gallons", "count", "closer to", None),
        F("17 buildings", 17, "buildings", "count", None, "Dayton Public Schools"),
        F("about two dozen elective surgeries", 24, "surgeries", "count", "about", "A regional hospital"),
        F("maybe three, four days", 3, "days", "duration", "maybe", None),
        F("at least one minute", 1, "minute", "duration", "at least", None),
        F("Roughly 30%", 30, "%", "percent", "Roughly", "Dayton's water mains"),
        F("more than 80 years", 80, "years", "duration", "more than", "Dayton's water mains"),
        F("about $95 million", 95000000, "$", "money", "about", "Dayton"),
        F("five years", 5, "years", "duration", None, "Dayton"),
        F("about 40%", 40, "%", "percent", "about", "construction bids"),
        F("two consecutive rounds", 2, "rounds", "count", None, None),
        F("24 hours", 24, "hours", "duration", None, None),
        F("three fire stations", 3, "stations", "count", None, None),
        F("two cases", 2, "cases", "count", None, None),
        F("one station", 1, "station", "count", None, None),
        F("71", 71, "years", "duration", None, "Sharon Whitlow"),
        F("about 45 minutes", 45, "minutes", "duration", "about", "Sharon Whitlow"),
        F("two days", 2, "days", "duration", None, None),
    ],
    "events": [
        E("About 140,000 residents in and around Dayton were told to boil their tap water", "2023-01-26", "Thursday"),
        E("The 42-inch cast-iron pipe broke shortly before 4 a.m.", "2023-01-25", "Wednesday"),
        E("a stretch of road that remained closed", "2023-01-26", "on Thursday"),
        E("the line was installed", "1911", "in 1911"),
        E("a boil-water advisory that officials said would last", "2023-01-28", "at least through the weekend"),
        E("it stopped", "2023-01-25", "last night"),
        E("Water Director Renee Calloway told reporters at a news conference", "2023-01-26", "Thursday"),
        E("crews had isolated the damaged section", "2023-01-25", "by Wednesday evening"),
        E("a utility spokesperson said the figure was closer to 12 million gallons", "2023-01-26", "By Thursday afternoon"),
        E("Dayton Public Schools canceled classes at 17 buildings", "2023-01-26", "on Thursday"),
        E("they would stay closed", "2023-01-27", "Friday"),
        E("The utility posted on Facebook", "2023-01-25", "late Wednesday"),
        E("a 2021 city assessment", "2021", "2021"),
        E("Wednesday's break", "2023-01-25", "Wednesday's"),
        E("replacement of the line had been scheduled", "2024", "for 2024"),
        E("Residents lined up Thursday at three fire stations where the city was handing out bottled water", "2023-01-26", "Thursday"),
        E("she had been boiling water on her stove", "2023-01-25", "since Wednesday morning"),
    ],
})

# ---------------------------------------------------------------------------
# 05 CTV News Toronto, Hamilton offload delays (Tue 2022-10-18)
UNION = ("the union representing the city's paramedics", "organization", None)
DOM = ("Kyle Dombrowski", "person", "president of the local")
LAL = ("Marguerite Lalonde", "person", "Paramedic chief")
HAM = ("the City of Hamilton", "organization", None)
MOH = ("The Ontario Ministry of Health", "organization", None)
SCO = ("A senior city official who was not authorized to speak publicly", "anonymous", None)
VUK = ("Teresa Vukovich", "person", "Ward councillor")
ARTICLES.append({
    "article": "05_hamilton-paramedic-offload.txt",
    "published": "2022-10-18",
    "published_basis": "Line 'Published Tuesday, Oct. 18, 2022 6:42PM EDT' (plus 'Last Updated Tuesday, Oct. 18, 2022 7:15PM EDT'); body's Sunday/Monday/'by Tuesday afternoon' fit; agrees with writer.tsv",
    "outlet": "CTV News Toronto",
    "quotes": [
        Q("No ambulances available for nearly an hour as offload delays hit Hamilton", "indirect", *UNION, ":"),
        Q("For 52 minutes on Sunday night, there was not a single ambulance available to respond to emergency calls in Hamilton", "indirect", *UNION, "according to"),
        Q("crews spent much of the evening waiting in hospital hallways to hand over patients", "indirect", *UNION, "says"),
        Q('it was the city\'s 11th so-called "code zero" event since the start of September', "mixed", *UNION, "says"),
        Q("it recorded seven such events in that period, and that some of the others cited by the union involved only a few minutes without available units", "indirect", *HAM, "says"),
        Q("the situation is getting worse heading into the fall respiratory season", "indirect", "frontline paramedics", "anonymous", None, "say"),
        Q("We had nine trucks sitting at two hospitals at one point on Sunday,", "direct", *DOM, "said"),
        Q("Nine crews, fully trained, standing beside stretchers in a hallway, while calls were stacking up on the board.", "direct", *DOM, "said"),
        Q("That's not a hospital problem or a paramedic problem. That's a system problem, and everybody in the system knows it.", "direct", *DOM, "said"),
        Q("the service had added staff and was working with hospitals on a pilot project that would allow a single paramedic to watch several patients at once, freeing other crews to return to the road", "indirect", *LAL, "told CTV News Toronto"),
        Q("The pilot has helped on the days it has run,", "direct", *LAL, "said"),
        Q("But,", "direct", *LAL, "added"),
        Q("we cannot staff our way out of a shortage of hospital beds.", "direct", *LAL, "added"),
        Q("the city's response-time targets for the most serious calls had been met about 76 per cent of the time in September, down nine percentage points from a year earlier", "indirect", *LAL, "said"),
        Q('its emergency departments had been operating "well above capacity" for weeks and that it was opening additional beds where it could find staff', "mixed", "Hamilton Health Sciences", "organization", None, "said"),
        Q('it was "actively working with paramedic services" to shorten handover times', "mixed", "St. Joseph's Healthcare Hamilton", "organization", None, "said"),
        Q("the province was providing municipalities with $23 million this year through its dedicated offload nurse program, and that Hamilton's share had increased", "indirect", *MOH, "said"),
        Q("it had also announced measures to add up to 6,000 health-care workers to the system", "indirect", *MOH, "said"),
        Q('the funding "a drop in the bucket."', "mixed", "Opposition critics at Queen's Park", "anonymous", None, "called"),
        Q("Last night Hamilton had ZERO ambulances for 52 minutes. If your loved one called 911 during that time, who was coming?", "direct", *UNION, "wrote"),
        Q("calls during Sunday's gap were covered by ambulances from neighbouring services, including Halton and Niagara, and that no patient was known to have been harmed", "indirect", *SCO, "said"),
        Q("the city was reviewing how long those calls had waited", "indirect", *SCO, "said"),
        Q("staff to report back on the issue before the end of the year", "indirect", *VUK, "has asked"),
        Q("that reassurance rang hollow", "indirect", *VUK, "said"),
        Q("Borrowing an ambulance from Burlington is not a plan,", "direct", *VUK, "said"),
        Q("It's a Band-Aid, and it leaves their residents short too.", "direct", *VUK, "said"),
        Q("morale among paramedics was as low as he had seen in 17 years on the job, and that several members had left for jobs in other fields", "indirect", *DOM, "said"),
        Q("crews had begun bringing snacks and phone chargers on shifts because they expected to spend hours in hospital corridors", "indirect", *DOM, "said"),
    ],
    "figures": [
        F("52 minutes", 52, "minutes", "duration", None, "Hamilton", occurrence=1),
        F("seven such events", 7, "events", "count", None, "the City of Hamilton"),
        F("nine trucks", 9, "trucks", "count", None, None),
        F("two hospitals", 2, "hospitals", "count", None, None),
        F("about 400 Hamilton paramedics", 400, "paramedics", "count", "about", "the local"),
        F("Nine crews", 9, "crews", "count", None, None),
        F("more than 21,000 hours", 21000, "hours", "duration", "more than", "Hamilton paramedics"),
        F("eight months", 8, "months", "duration", None, None),
        F("about 13,500 hours", 13500, "hours", "duration", "about", "Hamilton paramedics"),
        F("nine out of ten patients", 9, "patients", "count", None, None),
        F("just over two hours", 2, "hours", "duration", "just over", None),
        F("about 76 per cent", 76, "%", "percent", "about", "the city's response-time targets"),
        F("nine percentage points", 9, "%", "percent", None, "the city's response-time targets"),
        F("$23 million", 23000000, "$", "money", None, "Ontario"),
        F("up to 6,000 health-care workers", 6000, "workers", "count", "up to", "Ontario"),
        F("ZERO ambulances", 0, "ambulances", "count", None, "Hamilton"),
        F("52 minutes", 52, "minutes", "duration", None, "Hamilton", occurrence=2),
        F("more than 2,000 times", 2000, "times", "count", "more than", None),
        F("17 years", 17, "years", "duration", None, "Kyle Dombrowski"),
    ],
    "events": [
        E("there was not a single ambulance available to respond to emergency calls in Hamilton", "2022-10-16", "on Sunday night"),
        E('it was the city\'s 11th so-called "code zero" event', "2022-09", "since the start of September"),
        E("We had nine trucks sitting at two hospitals at one point", "2022-10-16", "on Sunday"),
        E("figures presented to city council", "2022-09", "last month"),
        E("Hamilton paramedics lost more than 21,000 hours to offload delays", "2022", "in the first eight months of 2022"),
        E("up from about 13,500 hours", "2021", "in the same period last year"),
        E("The 90th percentile offload time — the wait that nine out of ten patients fall under — was just over two hours", "2022-08", "in August"),
        E("the city's response-time targets for the most serious calls had been met about 76 per cent of the time", "2022-09", "in September"),
        E("down nine percentage points", "2021-09", "from a year earlier"),
        E("the province was providing municipalities with $23 million", "2022", "this year"),
        E("In a post on Twitter on Monday, the union wrote", "2022-10-17", "on Monday"),
        E("Hamilton had ZERO ambulances for 52 minutes", "2022-10-16", "Last night"),
        E("The post had been shared more than 2,000 times", "2022-10-18", "by Tuesday afternoon"),
        E("calls during Sunday's gap were covered by ambulances from neighbouring services", "2022-10-16", "Sunday's"),
        E("staff to report back on the issue", "2022", "before the end of the year"),
        E("The city's public health and emergency services committee is scheduled to discuss offload delays at its next meeting", "2022-11-03", "on Nov. 3"),
    ],
})

# ---------------------------------------------------------------------------
# 06 The Guardian, Lewisham e-bike fire (Fri 2023-11-10)
LFB = ("London Fire Brigade", "organization", None)
KAR = ("Yusuf Karaca", "person", None)
MAR = ("Helen Marchetti", "person", "assistant commissioner for fire safety")
DBT = ("The Department for Business and Trade", "organization", None)
TUL = ("Graham Tully", "person", "chief executive of a charity that campaigns on electrical safety")
LEW = ("Lewisham council", "organization", None)
SWR = ("Sean Whitaker-Ross", "person", "council leader")
ARTICLES.append({
    "article": "06_london-ebike-battery-fires.txt",
    "published": "2023-11-10",
    "published_basis": "Byline date line 'Fri 10 Nov 2023 14.05 GMT'; body's 'on Thursday' (fire) and 'on Friday' (condition) fit; © 2023 footer; no dateline; agrees with writer.tsv",
    "outlet": "The Guardian",
    "quotes": [
        Q("blaze in Lewisham spread ‘in seconds’", "mixed", "Firefighters", "anonymous", None, "say"),
        Q("was started by an e-bike battery", "indirect", "investigators", "anonymous", None, "believe"),
        Q("have made 2023 the worst year on record for lithium-ion battery fires in the capital", "indirect", "fire chiefs", "anonymous", None, "say"),
        Q("About 60 firefighters and 10 fire engines attended, and the blaze was brought under control in a little over an hour", "indirect", *LFB, "said"),
        Q("It sounded like fireworks going off inside the building,", "direct", *KAR, "said"),
        Q("By the time I got my shoes on the stairwell was black. You couldn’t see your hand.", "direct", *KAR, "said"),
        Q("the family had kept an e-bike in the hallway of the flat because there was nowhere secure to store it outside", "indirect", "Another resident", "anonymous", None, "said"),
        Q("early indications were that the fire had started in the area where the bike was being charged", "indirect", *MAR, "said"),
        Q("When these batteries fail, they fail violently. We are talking about a fire that goes from nothing to filling a room with toxic smoke in seconds, not minutes. People very often have no time to react.", "direct", *MAR, "said"),
        Q("And too often the bike or scooter is being charged in a hallway or by the front door, which is the one route out of the home.", "direct", *MAR, "said"),
        Q("The brigade has been called to more than 150 e-bike fires and about 30 e-scooter fires in London so far this year", "indirect", *LFB, "according to"),
        Q("a large share of the incidents involve batteries or chargers bought online from unregulated sellers, or bikes that have been converted using aftermarket kits", "indirect", "Fire chiefs", "anonymous", None, "say"),
        Q("the market for cheap conversion kits “a wild west”", "mixed", *MAR, "called"),
        Q("the government to tighten the rules", "indirect", "Campaigners and MPs from several parties", "anonymous", None, "have pressed"),
        Q("existing product safety law already required goods sold in the UK to be safe and that it was “working closely with the fire service and industry” on further measures", "mixed", *DBT, "said"),
        Q("it had spent more than £3m on product safety enforcement relating to e-bikes and e-scooters in the last 18 months", "indirect", *DBT, "said"),
        Q("that was not enough", "indirect", *TUL, "said"),
        Q("The numbers speak for themselves,", "direct", *TUL, "said"),
        Q("Every week we hear about another family that has lost its home, and too many have lost a great deal more than that.", "direct", *TUL, "said"),
        Q("nearly 40% of e-bike owners who had bought a replacement battery had done so from an online marketplace, and about one in five had bought a conversion kit", "indirect", "a charity that campaigns on electrical safety", "organization", None, "According to"),
        Q("the family had been offered emergency accommodation and that the other 11 flats in the block had been checked by building control officers", "indirect", *LEW, "said"),
        Q("Residents of four of them were expected to be able to return over the weekend", "indirect", *LEW, "said"),
        Q("the borough was “heartbroken”", "mixed", *SWR, "said"),
        Q("anyone who owned an e-bike to follow the brigade’s advice on safe charging", "indirect", *SWR, "urged"),
        Q("the death was not being treated as suspicious", "indirect", "The Metropolitan police", "organization", None, "said"),
    ],
    "figures": [
        F("two children", 2, "children", "count", None, None),
        F("About 60 firefighters", 60, "firefighters", "count", "About", "London Fire Brigade"),
        F("10 fire engines", 10, "engines", "count", None, "London Fire Brigade"),
        F("52", 52, "years", "duration", None, "Yusuf Karaca"),
        F("more than 150 e-bike fires", 150, "fires", "count", "more than", "London"),
        F("about 30 e-scooter fires", 30, "fires", "count", "about", "London"),
        F("roughly one", 1, "fires", "count", "roughly", "London"),
        F("116 e-bike fires", 116, "fires", "count", None, "London Fire Brigade"),
        F("41 e-scooter fires", 41, "fires", "count", None, "London Fire Brigade"),
        F("more than £3m", 3000000, "GBP", "money", "more than", "The Department for Business and Trade"),
        F("18 months", 18, "months", "duration", None, None),
        F("nearly 40%", 40, "%", "percent", "nearly", "e-bike owners"),
        F("about one in five", 1, "owners", "count", "about", "e-bike owners"),
        F("2,000 adults", 2000, "adults", "count", None, None),
        F("11 flats", 11, "flats", "count", None, None),
        F("four of them", 4, "flats", "count", None, None),
    ],
    "events": [
        E("made 2023 the worst year on record for lithium-ion battery fires in the capital", "2023", "2023"),
        E("Crews were called to the block in Lewisham shortly after 1am", "2023-11-09", "on Thursday"),
        E("Their condition was described on Friday as stable", "2023-11-10", "on Friday"),
        E("Firefighters at the scene of the blaze in Lewisham", "2023-11-09", "on Thursday morning"),
        E("The cause will be examined by the coroner when an inquest is opened", "2023-11", "later this month"),
        E("The brigade has been called to more than 150 e-bike fires and about 30 e-scooter fires in London", "2023", "so far this year"),
        E("it attended 116 e-bike fires and 41 e-scooter fires", "2022", "In 2022"),
        E("Its survey of 2,000 adults was carried out", "2023-09", "in September"),
        E("Residents of four of them were expected to be able to return", "2023-11-11", "over the weekend"),
    ],
})


def main():
    for a in ARTICLES:
        out = os.path.join(ROOT, a["article"][:-4] + ".json")
        with open(out, "w", encoding="utf-8") as fh:
            json.dump(a, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", os.path.relpath(out, ROOT), len(a["quotes"]), "quotes", len(a["figures"]), "figures", len(a["events"]), "events")


if __name__ == "__main__":
    main()
