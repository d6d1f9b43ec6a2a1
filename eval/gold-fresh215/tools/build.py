#!/usr/bin/env python3
"""Write the hand-made annotations of gold-fresh215 to JSON.

Everything below was written by hand after reading each article in full.
This script does no extraction: it only turns the literals into one JSON
file per article (next to articles/, in the set's root folder).
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def Q(text, kind, speaker, stype, role, cue, occ=None):
    d = {"text": text}
    if occ is not None:
        d["occurrence"] = occ
    d.update({"kind": kind, "speaker": speaker, "speaker_type": stype,
              "role": role, "cue": cue})
    return d


def F(text, value, unit, cat, approx, subject, occ=None):
    d = {"text": text}
    if occ is not None:
        d["occurrence"] = occ
    d.update({"value": value, "unit": unit, "category": cat,
              "approx": approx, "subject": subject})
    return d


def E(text, date, date_text, occ=None):
    d = {"text": text}
    if occ is not None:
        d["occurrence"] = occ
    d.update({"date": date, "date_text": date_text})
    return d


P, A, O = "person", "anonymous", "organization"
D, I, M = "direct", "indirect", "mixed"

ANN = {}

# ---------------------------------------------------------------- 01
TSB = "Transportation Safety Board of Canada"
OKA = ("Diane Okafor", P, "TSB board member")
LES = ("Marc-Andre Lessard", P, "lead investigator")
PNR = "Prairie Northern Railway"
SME = "Saskatchewan's Ministry of Environment"
BAP = ("Lorne Baptiste", P, "reeve")
TC = "Transport Canada"
ANN["01_tsb-kipling-derailment"] = {
    "published": "2021-03-18",
    "published_basis": "Metadata line 'Published Thursday, March 18, 2021 4:42PM CST' (plus 'Last Updated' the same day); body: TSB 'said Thursday', the ministry 'said Thursday', 'Thursday's findings'; 2021-03-18 was a Thursday; agrees with writer.tsv",
    "outlet": "CTV News",
    "quotes": [
        Q("Broken rail missed by testing caused fiery Sask. crude oil derailment", I, TSB, O, None, ":"),
        Q("A broken rail that slipped past two rounds of ultrasonic testing caused the derailment of a crude oil train near Kipling, Sask., in December 2019", I, TSB, O, None, "said"),
        Q("federal regulators to tighten inspection rules for track used by dangerous goods trains in extreme cold", I, TSB, O, None, "called on"),
        Q("a vertical split had been developing inside the head of the rail for months", I, TSB, O, None, "found"),
        Q("The warning signs were there in the data, but the process in place didn't require anyone to go back and look,", D, *OKA, "said"),
        Q("When it was minus 34 that morning, a rail that had already been weakened simply gave way.", D, *OKA, "said"),
        Q("the board was issuing two recommendations to Transport Canada", I, *OKA, "said"),
        Q('the department to require that any "suspect" or unreadable stretch of track identified by ultrasonic testing be checked again within 72 hours on routes that carry crude oil or other flammable liquids', M, TSB, O, None, "asks"),
        Q("railways to lower train speeds on those routes when temperatures fall below minus 25 C", I, TSB, O, None, "calls for"),
        Q("We have seen this pattern too many times,", D, *OKA, "said"),
        Q("Cold weather, a defect that was detectable, and a heavy train carrying product that burns.", D, *OKA, "said"),
        Q("the share of rail defects on the line that were flagged by ultrasonic testing before they failed had fallen by 12 percentage points between 2016 and 2019, to 71 per cent", I, *LES, "told reporters"),
        Q("the drop coincided with the railway stretching its testing intervals on parts of the subdivision from every 30 days to every 45 days in the colder months", I, *LES, "said"),
        Q('its testing frequency "met and in many cases exceeded" federal requirements and that it had since invested more than $40 million in rail replacement and additional testing on its Saskatchewan lines', M, PNR, O, None, "said"),
        Q("Safety is our first priority and we accept the board's findings,", D, PNR, O, None, "said"),
        Q("We have already implemented a manual re-verification protocol for all lost-signal locations across our network.", D, PNR, O, None, "said"),
        Q("between 1.4 million and 1.5 million litres were released", I, SME, O, None, "estimated"),
        Q("approximately 1.3 million litres.", D, TSB, O, None, "uses the figure of"),
        Q("remediation of the site was about 90 per cent complete and that groundwater monitoring would continue until at least 2023", I, SME, O, None, "said"),
        Q("The cleanup has so far cost an estimated $48 million", I, TSB, O, None, "according to"),
        Q("he was woken by a phone call from a neighbour who could see the flames from six kilometres away", I, *BAP, "said"),
        Q("You looked out the window and the whole sky to the east was orange,", D, *BAP, "told CTV News"),
        Q("People here aren't against the railway. We depend on it. But we want to know that when they say a track was inspected, it actually was.", D, *BAP, "told CTV News"),
        Q("council planned to write to the federal transport minister next week asking for the recommendations to be adopted in full", I, *BAP, "said"),
        Q("it had received the report and would respond to the recommendations within the 90 days required by law", I, TC, O, None, "said"),
        Q("it had issued a ministerial order in 2020 that already limits speeds for some trains carrying dangerous goods in winter", I, TC, O, None, "noted"),
        Q("the board was still investigating two other crude-by-rail derailments on the Prairies and expected to report on them later this year", I, *OKA, "said"),
    ],
    "figures": [
        F("two rounds", 2, "rounds", "count", None, None),
        F("about 67 km/h", 67, "km/h", "count", "about", "The eastbound train"),
        F("33", 33, "cars", "count", None, "The eastbound train"),
        F("104 tank cars", 104, "cars", "count", None, "The eastbound train"),
        F("Twelve cars", 12, "cars", "count", None, None),
        F("roughly 80 residents", 80, "residents", "count", "roughly", None),
        F("two-kilometre", 2, "kilometres", "count", None, None),
        F("nearly 26 hours", 26, "hours", "duration", "nearly", "The blaze"),
        F("90 days", 90, "days", "duration", None, None, occ=1),
        F("minus 34", -34, "C", "count", None, None),
        F("two recommendations", 2, "recommendations", "count", None, "TSB"),
        F("72 hours", 72, "hours", "duration", None, None),
        F("minus 25 C", -25, "C", "count", None, None),
        F("12 percentage points", 12, "%", "percent", None, None),
        F("71 per cent", 71, "%", "percent", None, None),
        F("30 days", 30, "days", "duration", None, PNR),
        F("45 days", 45, "days", "duration", None, PNR),
        F("$3.2 billion", 3200000000, "$", "money", None, PNR),
        F("more than $40 million", 40000000, "$", "money", "more than", PNR),
        F("about 1.1 million litres", 1100000, "litres", "count", "about", PNR),
        F("between 1.4 million and 1.5 million litres", 1400000, "litres", "count", None, SME),
        F("approximately 1.3 million litres", 1300000, "litres", "count", "approximately", "TSB"),
        F("about 90 per cent", 90, "%", "percent", "about", None),
        F("an estimated $48 million", 48000000, "$", "money", "an estimated", None),
        F("six kilometres", 6, "kilometres", "count", None, None),
        F("90 days", 90, "days", "duration", None, TC, occ=2),
        F("two other crude-by-rail derailments", 2, "derailments", "count", None, "TSB"),
    ],
    "events": [
        E("Smoke rises from derailed tank cars east of Kipling, Sask.", "2019-12-04", "on Dec. 4, 2019"),
        E("A broken rail that slipped past two rounds of ultrasonic testing caused the derailment of a crude oil train near Kipling, Sask.", "2019-12", "in December 2019"),
        E("the Transportation Safety Board of Canada said", "2021-03-18", "Thursday"),
        E("33 of its 104 tank cars left the track", "2019-12-04", "on Dec. 4, 2019"),
        E("An ultrasonic test car passed over the spot", "2019-09", "in September"),
        E("An ultrasonic test car passed over the spot", "2019-11", "in November"),
        E("the share of rail defects on the line that were flagged by ultrasonic testing before they failed had fallen by 12 percentage points", "2016", "between 2016 and 2019"),
        E("The railway, which reported revenue of $3.2 billion", "2020", "last year"),
        E("Saskatchewan's Ministry of Environment, which oversaw the cleanup, estimated", "2020", "last year"),
        E("The ministry said Thursday that remediation of the site was about 90 per cent complete", "2021-03-18", "Thursday"),
        E("groundwater monitoring would continue", "2023", "until at least 2023"),
        E("findings brought back memories of a frightening morning", "2021-03-18", "Thursday's"),
        E("council planned to write to the federal transport minister", "2021-03-22", "next week"),
        E("it had issued a ministerial order", "2020", "in 2020"),
        E("expected to report on them", "2021", "later this year"),
    ],
}

# ---------------------------------------------------------------- 02
NTSB = "National Transportation Safety Board"
SOL = ("Garrett Sollis", P, "pilot")
HAV = ("Clint Haverford", P, "NTSB investigator in charge")
LAV = ("Renee Lavoie", P, "owner")
FAA = "Federal Aviation Administration"
AKI = ("Jolene Akiak", P, "pilot and flight instructor")
ANN["02_ntsb-alaska-floatplane"] = {
    "published": "2021-09-07",
    "published_basis": "Metadata line at the top of the text: 'date 2021-09-07' (a Tuesday); body: investigators 'said Tuesday', FAA statement 'Tuesday'; 'last month' = the Aug. 21 crash; 'Copyright 2021'; agrees with writer.tsv",
    "outlet": "The Associated Press",
    "quotes": [
        Q("Pilot in deadly Alaska floatplane crash reported low clouds minutes before impact", I, NTSB, O, None, ":"),
        Q('The pilot of a floatplane that crashed into a hillside in southwest Alaska last month, killing four people, radioed another pilot that clouds were "coming down fast" about six minutes before the aircraft went down', M, NTSB, O, None, "said"),
        Q('he was "going to try the pass, and if it\'s no good I\'ll turn around."', M, *SOL, "said"),
        Q("visibility was getting worse", I, *SOL, "told the same pilot"),
        Q("Weather cameras operated by the Federal Aviation Administration near the area showed cloud ceilings between 300 and 500 feet at the time", I, NTSB, O, None, "said"),
        Q("there was no early evidence of a mechanical problem", I, *HAV, "said"),
        Q("We have an airplane that was flying in an area with rising terrain and deteriorating weather, and we're going to look at every piece of that,", D, *HAV, "said"),
        Q("That includes the operator's procedures, the pilot's experience, what weather information he had access to before he left, and the airplane itself.", D, *HAV, "said"),
        Q("The engine and the aircraft's GPS unit were recovered and shipped to the lower 48 for examination", I, *HAV, "said"),
        Q("the business was cooperating fully with investigators and had suspended flights for the rest of the season", I, *LAV, "said"),
        Q("Garrett was one of the most careful pilots I have ever flown with,", D, *LAV, "wrote"),
        Q("Our hearts are with every family touched by this.", D, *LAV, "wrote"),
        Q("the FAA to install more weather cameras and automated weather stations along heavily used routes", I, NTSB, O, None, "urged"),
        Q("it had added 38 weather camera sites in Alaska over the past three years and planned to add up to a dozen more by the end of 2022, at a cost of about $4.5 million", I, FAA, O, None, "said"),
        Q("the crash had rattled the close-knit community of bush pilots in the region", I, *AKI, "said"),
        Q("Everybody out here has had that moment where you're looking at a pass and trying to decide,", D, *AKI, "said"),
        Q("The pressure isn't always from the customer. Sometimes it's from yourself. You want to get people where they're going.", D, *AKI, "said"),
        Q('she hoped the investigation would lead to more funding for weather stations, which she called "the single best thing anyone could do for us."', M, *AKI, "said"),
        Q('it was "gathering information" and had not filed any lawsuit', M, "a Seattle law firm", A, None, "said"),
        Q('the boy was "awake, talking and already asking about fishing."', M, "A relative", A, None, "said"),
    ],
    "figures": [
        F("four people", 4, "people", "count", None, None),
        F("about six minutes", 6, "minutes", "duration", "about", None),
        F("four passengers", 4, "passengers", "count", None, "de Havilland Beaver"),
        F("58-year-old", 58, "years", "duration", None, "Garrett Sollis"),
        F("three passengers", 3, "passengers", "count", None, None),
        F("16-year-old", 16, "years", "duration", None, "passenger from Oregon"),
        F("about 1,400 feet", 1400, "feet", "count", "about", None),
        F("427 meters", 427, "meters", "count", None, None),
        F("roughly 9 miles", 9, "miles", "count", "roughly", None),
        F("14 kilometers", 14, "kilometers", "count", None, None),
        F("between 300 and 500 feet", 300, "feet", "count", None, None),
        F("12 to 24 months", 12, "months", "duration", None, "A final report"),
        F("about 82%", 82, "%", "percent", "about", "Alaska"),
        F("more than 100 fatal accidents", 100, "accidents", "count", "more than", "Alaska"),
        F("38 weather camera sites", 38, "sites", "count", None, "FAA"),
        F("three years", 3, "years", "duration", None, "FAA"),
        F("up to a dozen more", 12, "sites", "count", "up to", "FAA"),
        F("about $4.5 million", 4500000, "$", "money", "about", "FAA"),
        F("two of the passengers", 2, "passengers", "count", None, None),
        F("two people", 2, "people", "count", None, None),
    ],
    "events": [
        E("a floatplane that crashed into a hillside in southwest Alaska", "2021-08", "last month"),
        E("federal investigators said", "2021-09-07", "Tuesday"),
        E("crash of the single-engine de Havilland Beaver", "2021-08-21", "Aug. 21"),
        E("A 16-year-old passenger from Oregon survived with serious injuries and was rescued", "2021-08-22", "the next morning"),
        E("The NTSB has counted more than 100 fatal accidents involving commercial and private aircraft in the state", "2015", "since 2015"),
        E("the board urged the FAA to install more weather cameras and automated weather stations along heavily used routes", "2019", "In 2019"),
        E("The FAA said in a statement", "2021-09-07", "Tuesday"),
        E("planned to add up to a dozen more", "2022", "by the end of 2022"),
        E('the firm said it was "gathering information" and had not filed any lawsuit', "2021-09-03", "Friday"),
        E("A relative said on Facebook", "2021-08-30", "last week"),
        E("crash near Cordova that killed two people", "2021-08-02", "Aug. 2"),
    ],
}

# ---------------------------------------------------------------- 03
MAIB = "Marine Accident Investigation Branch"
GAR = ("Helen Garside", P, "Chief Inspector of Marine Accidents")
VEL = "Veldhoven Shipping BV"
RAV = ("Tom Ravensworth", P, "marine risk analyst")
ANN["03_maib-isle-of-wight-grounding"] = {
    "published": "2022-01-24",
    "published_basis": "Dated dateline 'LONDON, Jan 24 (Reuters)' with the year from the body (MAIB 'said on Monday'; 2022-01-24 was a Monday; the Aug. 9, 2020 grounding is past and the MCA campaign is 'later this year'); agrees with writer.tsv",
    "outlet": "Reuters",
    "quotes": [
        Q("A cargo ship ran aground off the Isle of Wight in 2020 after its only officer on watch fell asleep and an electronic chart alarm that should have woken him had been switched off", I, MAIB, O, None, "said"),
        Q("The Dutch-owned general cargo vessel Nordic Tern, carrying about 3,800 tonnes of steel coils from Rotterdam to Southampton, struck a rocky ledge near St Catherine's Point at a speed of around 11 knots in the early hours of Aug. 9, 2020", I, MAIB, O, None, "said"),
        Q("the second officer had been on duty for most of the previous 20 hours because of cargo operations in Rotterdam and a delayed departure, and that he was alone on the bridge at the time", I, MAIB, O, None, "found"),
        Q("A watch alarm designed to sound if the officer did not respond within set intervals had been disabled", I, MAIB, O, None, "said"),
        Q("This was an accident that was entirely avoidable,", D, *GAR, "said"),
        Q("The systems designed to protect a tired watchkeeper had been turned off, and the ship's manning arrangements left no margin for the long days that short-sea trading routinely involves.", D, *GAR, "said"),
        Q("the practice of silencing bridge alarms, which crews often regard as a nuisance on busy coastal routes, was widespread", I, MAIB, O, None, "said"),
        Q('it had "fully cooperated" with the investigation and had since added a third deck officer to all vessels in its fleet of 14 ships and installed tamper-proof watch alarm systems', M, VEL, O, None, "said"),
        Q("We deeply regret this incident and have taken its lessons seriously,", D, VEL, O, None, "said"),
        Q("Salvage and repairs cost about 16 million euros ($18.1 million)", I, "two people familiar with the insurance claim", A, None, "according to"),
        Q("part of the repair bill had been disputed", I, "A salvage industry source", A, None, "saying"),
        Q('fatigue remained the "elephant on the bridge" for smaller cargo ships that trade between northern European ports', M, *RAV, "said"),
        Q("Crews on these vessels can do two or three port calls in a week, each with loading and unloading, and the rules on rest hours are often met only on paper,", D, *RAV, "said"),
        Q("You cannot regulate your way out of that without putting more people on board, and that costs money owners don't want to spend.", D, *RAV, "said"),
        Q("it would raise the issue of minimum bridge manning with the International Maritime Organization, the U.N. shipping agency", I, MAIB, O, None, "said"),
        Q("it would review how manning levels are approved for ships under 5,000 gross tonnes", I, "Dutch Safety Board", O, None, "said"),
        Q("the agency welcomed the report and would carry out a targeted inspection campaign at UK ports later this year focused on watch alarms and hours of rest", I, "A spokesperson for Britain's Maritime and Coastguard Agency", A, None, "said"),
    ],
    "figures": [
        F("about 3,800 tonnes", 3800, "tonnes", "count", "about", "Nordic Tern"),
        F("around 11 knots", 11, "knots", "count", "around", "Nordic Tern"),
        F("11 crew members", 11, "members", "count", None, "Nordic Tern"),
        F("two places", 2, "places", "count", None, None),
        F("an estimated 600 litres", 600, "litres", "count", "an estimated", None),
        F("nine days", 9, "days", "duration", None, None),
        F("20 hours", 20, "hours", "duration", None, "the second officer"),
        F("at least four other groundings", 4, "groundings", "count", "at least", None),
        F("14 ships", 14, "ships", "count", None, VEL),
        F("two people", 2, "people", "count", None, None),
        F("about 16 million euros", 16000000, "EUR", "money", "about", None),
        F("$18.1 million", 18100000, "$", "money", None, None),
        F("closer to 12 million euros", 12000000, "EUR", "money", "closer to", None),
        F("roughly 17%", 17, "%", "percent", "roughly", "Groundings"),
        F("two or three port calls", 2, "calls", "count", None, None),
        F("under 5,000 gross tonnes", 5000, "tonnes", "count", "under", None),
        F("two tugs", 2, "tugs", "count", None, None),
    ],
    "events": [
        E("A cargo ship ran aground off the Isle of Wight", "2020", "in 2020"),
        E("Britain's Marine Accident Investigation Branch (MAIB) said", "2022-01-24", "on Monday"),
        E("The Dutch-owned general cargo vessel Nordic Tern, carrying about 3,800 tonnes of steel coils from Rotterdam to Southampton, struck a rocky ledge near St Catherine's Point at a speed of around 11 knots", "2020-08-09", "in the early hours of Aug. 9, 2020"),
        E("The ship was refloated", "2020-08-18", "nine days later"),
        E("at least four other groundings of merchant ships in UK waters", "2015", "since 2015"),
        E("Groundings accounted for roughly 17% of shipping losses worldwide", "2020", "in 2020"),
        E("would carry out a targeted inspection campaign at UK ports", "2022", "later this year"),
    ],
}

# ---------------------------------------------------------------- 04
ATSB = "Australian Transport Safety Bureau"
CAL = ("Ruth Calloway", P, "ATSB Chief Commissioner")
TMR = "the Department of Transport and Main Roads"
BRC = "Bundaberg Regional Council"
TRA = ("Wendy Traynor", P, "Councillor")
BRO = ("The driver’s brother", A, None)
KOU = ("Damien Kouris", P, "Rail, Tram and Bus Union Queensland organiser")
ANN["04_atsb-gin-gin-level-crossing"] = {
    "published": "2022-06-11",
    "published_basis": "No dateline or date line; inferred: 'Copyright © 2022 Brisbane Times'; council 'said on Saturday' (latest weekday, read as publication day), report 'released on Friday', brother's post 'on Friday night'; Feb. 22 collision and March tree clearing are past, investigators met the family 'earlier this month' and the state budget is 'later this month', so a mid-month Saturday after March 2022. Which month is not fixed by the text alone, so the day is taken from writer.tsv: 2022-06-11 (a Saturday), consistent with every clue",
    "outlet": "Brisbane Times",
    "quotes": [
        Q("Overgrown trees, low sun hid train from truckie at fatal Gin Gin crossing", I, ATSB, O, None, "finds"),
        Q("a truck driver killed when his B-double was struck by a freight train in regional Queensland may not have been able to see the train until it was too late, with roadside vegetation and a low afternoon sun both blocking his view of the tracks", I, ATSB, O, None, "say"),
        Q("the level crossing, on a sealed council road used by cane and cattle trucks, was protected only by give-way signs, with no flashing lights or boom gates", I, ATSB, O, None, "found"),
        Q("The truck was travelling at about 78km/h as it approached the crossing", I, ATSB, O, None, "said"),
        Q("At this stage of the investigation we have identified that sight lines to the north of the crossing were significantly restricted by vegetation growing within the rail corridor,", D, *CAL, "said"),
        Q("We have also found that at that time of the afternoon, a driver approaching from the east would have been looking almost directly into the sun.", D, *CAL, None),
        Q("the bureau would examine how the crossing had been assessed and maintained, the history of near misses at the site and whether the truck driver had been fatigued or distracted", I, *CAL, "said"),
        Q("the crossing had been “prioritised for further assessment” and that funding decisions were made according to a statewide risk ranking", M, TMR, O, None, "said"),
        Q("The department is committed to improving safety at level crossings and has invested more than $90 million in upgrades across Queensland since 2017,", D, "a spokeswoman", A, None, "said"),
        Q("its own engineers estimate the work at closer to $2.4 million once road realignment is included", I, BRC, O, None, "says"),
        Q("residents had been warning about the site “for as long as I can remember”", M, *TRA, "said"),
        Q("We’ve had people nearly collected there by trains, we’ve had trucks pull up over the line because they couldn’t see, and every time we raise it we get told it’s on a list,", D, *TRA, "said"),
        Q("Well, now a man is dead, and his family want to know why that list didn’t move.", D, *TRA, None),
        Q("the family had read the report “with a lot of anger and a lot of tears”", M, *BRO, "wrote"),
        Q("He did that run hundreds of times. He wasn’t reckless. He just couldn’t see it coming,", D, *BRO, "wrote"),
        Q("train drivers were also living with the consequences of dangerous crossings", I, *KOU, "said"),
        Q("passive protection on busy freight routes as “a lottery”", M, *KOU, "described"),
        Q("the two crew members involved in the crash had not yet returned to work, and that one of them had a near miss at another crossing less than three weeks before the collision", I, *KOU, "said"),
        Q("Every driver on that line has a story,", D, *KOU, "said"),
        Q("The horn is not a safety system. By the time you’re on the horn, it’s already too late.", D, *KOU, "said"),
        Q("Queensland has more than 1,400 public level crossings with passive protection only", I, "the state’s rail safety regulator", O, None, "according to"),
        Q("it had already raised the vegetation issue with the rail infrastructure manager, which cleared trees along a 600-metre stretch of the corridor in March", I, ATSB, O, None, "said"),
        Q("it would again ask for the crossing to be funded", I, BRC, O, None, "said"),
    ],
    "figures": [
        F("47-year-old", 47, "years", "duration", None, "truck driver"),
        F("Two crew members", 2, "members", "count", None, "the train"),
        F("42 wagons", 42, "wagons", "count", None, "the train"),
        F("Fourteen wagons", 14, "wagons", "count", None, None),
        F("almost four days", 4, "days", "duration", "almost", "the North Coast line"),
        F("about 80km/h", 80, "km/h", "count", "about", "the train"),
        F("12 seconds", 12, "seconds", "duration", None, None),
        F("about 78km/h", 78, "km/h", "count", "about", "The truck"),
        F("at least a dozen near misses", 12, "misses", "count", "at least", None),
        F("five years", 5, "years", "duration", None, None),
        F("30 sites", 30, "sites", "count", None, "Queensland"),
        F("more than $90 million", 90000000, "$", "money", "more than", TMR),
        F("about $1.8 million", 1800000, "$", "money", "about", None),
        F("closer to $2.4 million", 2400000, "$", "money", "closer to", BRC),
        F("two crew members", 2, "members", "count", None, None),
        F("one", 1, "members", "count", None, None, occ=3),
        F("less than three weeks", 3, "weeks", "duration", "less than", None),
        F("more than 1,400 public level crossings", 1400, "crossings", "count", "more than", "Queensland"),
        F("roughly 2,800 public crossings", 2800, "crossings", "count", "roughly", "Queensland"),
        F("about 30 people", 30, "people", "count", "about", None),
        F("600-metre", 600, "metres", "count", None, None),
    ],
    "events": [
        E("collision near Gin Gin, west of Bundaberg", "2022-02-22", "February 22"),
        E("The Australian Transport Safety Bureau’s preliminary report into the February 22 collision near Gin Gin, west of Bundaberg, was released", "2022-06-10", "on Friday"),
        E("Investigators met the driver’s family", "2022-06", "earlier this month"),
        E("A final report is expected", "2023", "by the middle of next year"),
        E("a 2020 state review of regional level crossings listed it among 30 sites in Queensland recommended for an upgrade to active protection", "2020", "2020"),
        E("has invested more than $90 million in upgrades across Queensland", "2017", "since 2017"),
        E("The driver’s brother wrote on Facebook", "2022-06-10", "on Friday night"),
        E("cleared trees along a 600-metre stretch of the corridor", "2022-03", "in March"),
        E("The state government is due to hand down its budget", "2022-06", "later this month"),
        E("the council said on Saturday it would again ask for the crossing to be funded", "2022-06-11", "on Saturday"),
    ],
}

# ---------------------------------------------------------------- 05
TSB5 = "Transportation Safety Board of Canada"
PET = ("Alana Petrakis", P, "TSB senior investigator")
SCF = "Salish Coast Ferries"
CAS = ("Rhea Castellanos", P, "Passenger")
OYE = ("Graham Oyelaran", P, "Salish Coast Ferries president and CEO")
UNI = "BC Ferry and Marine Workers' Union"
MOR = ("Hank Moreau", P, "vice-president of the BC Ferry and Marine Workers' Union")
MOT = "B.C.'s Ministry of Transportation and Infrastructure"
ANN["05_tsb-departure-bay-ferry"] = {
    "published": "2022-11-02",
    "published_basis": "Lead-video line 'WATCH: ... on Wednesday ... – Nov 2, 2022' and body: Petrakis spoke 'on Wednesday', operator 'said Wednesday', estimate 'released Wednesday'; 2022-11-02 was a Wednesday; the crash 'on Friday' matches the caption 'Friday, Oct. 28, 2022' and 'last week'; '© 2022 Global News'; agrees with writer.tsv",
    "outlet": "Global News",
    "quotes": [
        Q("early evidence points to a problem with the propulsion control system on a B.C. ferry that struck a terminal berth in Nanaimo last week, injuring more than a dozen people and knocking a busy route out of service", I, TSB5, O, None, "say"),
        Q("the crew reported that the vessel did not respond as expected when the master tried to slow and reverse thrust on approach", I, *PET, "said"),
        Q("What we have so far is the crew's account that the commands given on the bridge were not reflected in what the propellers were doing,", D, *PET, "said"),
        Q("We have not confirmed that. We are downloading data from the vessel's control systems and testing components.", D, *PET, "said"),
        Q("the TSB had not ruled out human factors", I, *PET, "said"),
        Q("11 people sought first aid or medical care", I, SCF, O, None, "said"),
        Q("paramedics assessed 17 patients at the scene and took six of them to Nanaimo Regional General Hospital, one with serious injuries", I, "BC Emergency Health Services", O, None, "said"),
        Q('it was aware of "at least 17" people who reported injuries and that the number could rise as passengers came forward', M, SCF, O, None, "said"),
        Q("she was standing on the car deck near the stairwell when the ship hit", I, *CAS, "told Global News"),
        Q("There was this huge bang and everything just lurched forward,", D, *CAS, "said"),
        Q("People were screaming. My son hit his head on the railing. He's OK now, but honestly, for a second I thought the boat was going to break open.", D, *CAS, "said"),
        Q('the company was "deeply sorry" to everyone on board and would cover the costs of passengers\' travel disruption', M, *OYE, "said"),
        Q("Our crew did what they were trained to do, and I'm proud of how they cared for passengers in a very frightening situation,", D, *OYE, "told a news conference"),
        Q("But something failed on that vessel, and we need to understand exactly what, and make sure it never happens again.", D, *OYE, "told a news conference"),
        Q("due to the ongoing unavailability of Berth 2 at Departure Bay, sailings on the Horseshoe Bay–Departure Bay route will continue to operate on a reduced schedule until further notice.", D, SCF, O, None, "said"),
        Q("the berth could be out of service for up to three weeks and is not expected to reopen before the 18th", I, SCF, O, None, "says"),
        Q("Repairs to the berth are expected to cost between $2 million and $4 million", I, SCF, O, None, "according to"),
        Q("crews had raised concerns about the reliability of the vessel's control systems before", I, UNI, O, None, "said"),
        Q('at least two earlier "control anomalies" had been logged on the ship this year, though neither caused an incident', M, *MOR, "said"),
        Q("Our members write these things up. The question is what happens after they write them up,", D, *MOR, "said"),
        Q('all reported issues had been "investigated and resolved in accordance with our safety management system," and that it would share its maintenance records with the TSB', M, SCF, O, None, "said"),
        Q('it was "closely monitoring" the impact on travellers', M, MOT, O, None, "said"),
        Q("Roughly 8,000 people a day use the route in the fall", I, MOT, O, None, "according to"),
        Q("the team expected to finish its work on board later this week", I, *PET, "said"),
        Q("it would provide an update if it identified safety issues that needed urgent attention", I, TSB5, O, None, "said"),
    ],
    "figures": [
        F("more than a dozen people", 12, "people", "count", "more than", None),
        F("four investigators", 4, "investigators", "count", None, "TSB"),
        F("about 640 passengers", 640, "passengers", "count", "about", "Coast Salish Spirit"),
        F("210 vehicles", 210, "vehicles", "count", None, "Coast Salish Spirit"),
        F("11 people", 11, "people", "count", None, SCF),
        F("17 patients", 17, "patients", "count", None, "BC Emergency Health Services"),
        F("six of them", 6, "patients", "count", None, "BC Emergency Health Services"),
        F("one", 1, "patients", "count", None, None, occ=2),
        F("at least 17", 17, "people", "count", "at least", SCF),
        F("two children", 2, "children", "count", None, "Rhea Castellanos"),
        F("More than 40 sailings", 40, "sailings", "count", "More than", None),
        F("up to three weeks", 3, "weeks", "duration", "up to", "the berth"),
        F("between $2 million and $4 million", 2000000, "$", "money", None, "the berth"),
        F('at least two earlier "control anomalies"', 2, "anomalies", "count", "at least", None),
        F("Roughly 8,000 people", 8000, "people", "count", "Roughly", "the route"),
        F("between one and two years", 1, "years", "duration", None, "TSB"),
    ],
    "events": [
        E("a B.C. ferry that struck a terminal berth in Nanaimo", "2022-10-24", "last week"),
        E("the Coast Salish Spirit hit the berth at higher-than-normal speed", "2022-10-28", "on Friday afternoon"),
        E("TSB senior investigator Alana Petrakis said the crew reported that the vessel did not respond as expected", "2022-11-02", "on Wednesday"),
        E("The number of people hurt in the crash has shifted", "2022-10-28", "since Friday"),
        E('The ferry operator said Wednesday it was aware of "at least 17" people who reported injuries', "2022-11-02", "Wednesday"),
        E("The Coast Salish Spirit's bow sits against the damaged berth at Departure Bay terminal in Nanaimo, B.C.", "2022-10-28", "on Friday, Oct. 28, 2022"),
        E('Salish Coast Ferries president and CEO Graham Oyelaran said Monday the company was "deeply sorry" to everyone on board', "2022-10-31", "Monday"),
        E("The operator said on Twitter", "2022-11-01", "Tuesday"),
        E("More than 40 sailings have been cancelled", "2022-10-28", "since Friday"),
        E("is not expected to reopen", "2022-11-18", "before the 18th"),
        E("a preliminary estimate the company released", "2022-11-02", "Wednesday"),
        E('at least two earlier "control anomalies" had been logged on the ship', "2022", "this year"),
        E("the team expected to finish its work on board", "2022-10-31", "later this week"),
    ],
}

# ---------------------------------------------------------------- 06
AAIB = "Air Accidents Investigation Branch"
LIN = ("Gareth Linwood", P, "national secretary for aviation")
RAM = ("Priya Raman", P, "former air traffic controller")
EDI = "Edinburgh airport"
PRO = "Prospect"
ANN["06_aaib-edinburgh-runway-incursion"] = {
    "published": "2023-05-19",
    "published_basis": "Byline date line 'Fri 19 May 2023 07.00 BST'; body: report 'published on Thursday' (2023-05-18), incident '11 December last year' (2022); agrees with writer.tsv",
    "outlet": "The Guardian",
    "quotes": [
        Q("Passenger jet landed at Edinburgh airport while snow vehicle was still on runway", I, AAIB, O, None, "finds"),
        Q("controller handling two roles and poor radio coverage contributed to ‘serious incident’ in December", M, AAIB, O, None, "say"),
        Q("A passenger jet carrying 180 people touched down at Edinburgh airport while a snow-clearing vehicle was still on the runway, with the two separated by less than half a kilometre", I, AAIB, O, None, "according to"),
        Q("the Airbus A320, arriving from London on the evening of 11 December last year, landed after an air traffic controller who was covering both the tower and ground radio frequencies cleared it to land without realising that a runway sweeper had not yet left the runway", I, AAIB, O, None, "said"),
        Q("he was “vacating”", M, "The vehicle’s driver", A, None, "radioed"),
        Q("he had not reached the taxiway when the aircraft crossed the threshold", I, AAIB, O, None, "found"),
        Q("The margin that remained on this occasion was the product of circumstance rather than design,", D, AAIB, O, None, "said"),
        Q("Neither the flight crew nor the controller was aware the runway was occupied.", D, AAIB, O, None, "said"),
        Q("blowing snow and the glare of runway lights made it impossible to see the sweeper, whose beacon was partly obscured by ice", I, "The flight crew", A, None, "told investigators"),
        Q("two controllers had been rostered for the evening shift but one had gone home ill, leaving a single controller handling both landing aircraft and vehicles on the airfield at a time when 11 snow-clearing vehicles were operating", I, AAIB, O, None, "found"),
        Q("she had learned “not to put too much weight on it”", M, "the controller", A, None, "told the AAIB"),
        Q("reception was known to be patchy", I, AAIB, O, None, "said"),
        Q("it would respond by the end of the month", I, "Civil Aviation Authority", O, None, "said"),
        Q("it had already committed £2.3m to a new ground radar system, which is due to be operational by the end of the year, and had introduced a rule that no aircraft may be cleared to land during snow operations until all vehicles have confirmed they are clear by a second method", I, EDI, O, None, "said"),
        Q("Safety is at the heart of everything we do and we have cooperated fully with the AAIB throughout,", D, "a spokesperson", A, None, "said"),
        Q("We accept the report’s findings and have acted on them.", D, "a spokesperson", A, None, "said"),
        Q("the report confirmed warnings it had been making for years", I, PRO, O, None, "said"),
        Q("This report makes for uncomfortable reading, but nobody who works in a control tower will be surprised by it.", D, *LIN, "said"),
        Q("Controllers are being asked, night after night, to cover positions that should be staffed separately because there simply aren’t enough of us. Sickness, training and leave all come out of an already thin roster.", D, *LIN, "said"),
        Q("On 11 December, one person was doing two jobs in the worst weather of the year. That is not a failing of that controller. It is a failing of the system.", D, *LIN, "said"),
        Q("its surveys showed about 40% of tower controllers at UK regional airports had worked a combined position at least once a week in the past year, up 15 percentage points on 2019", I, PRO, O, None, "said"),
        Q("the proportion at its own units was “significantly lower”", M, "The provider of air traffic services at Edinburgh", O, None, "saying"),
        Q("runway incursions involving vehicles were “the type of event that keeps safety managers awake at night”", M, *RAM, "said"),
        Q("The famous accidents we all study started with something very like this,", D, *RAM, "said"),
        Q("What saved everybody here was distance, and distance was luck.", D, *RAM, "said"),
        Q("it would consider the recommendations carefully, and that the government was working with the industry to expand the air traffic control workforce", I, "the Department for Transport", O, None, "said"),
        Q("training places had increased “substantially” since the pandemic, when recruitment was paused", M, "A spokesperson", A, None, "said"),
        Q("the landing had felt “completely normal”, and that she had only learned of the incident months later", M, "A passenger on the flight", A, None, "said"),
        Q("the controller, who has more than 20 years of experience, returned to operational duties in January after retraining", I, AAIB, O, None, "said"),
    ],
    "figures": [
        F("two roles", 2, "roles", "count", None, "controller"),
        F("180 people", 180, "people", "count", None, "A passenger jet"),
        F("about 450 metres", 450, "metres", "count", "about", None),
        F("roughly 110 knots", 110, "knots", "count", "roughly", "the aircraft"),
        F("127mph", 127, "mph", "count", None, "the aircraft"),
        F("174 passengers", 174, "passengers", "count", None, None),
        F("six crew", 6, "crew", "count", None, None),
        F("two controllers", 2, "controllers", "count", None, None),
        F("one", 1, "controllers", "count", None, None, occ=2),
        F("11 snow-clearing vehicles", 11, "vehicles", "count", None, None),
        F("seven safety recommendations", 7, "recommendations", "count", None, "AAIB"),
        F("£2.3m", 2300000, "GBP", "money", None, EDI),
        F("one person", 1, "person", "count", None, None),
        F("two jobs", 2, "jobs", "count", None, None),
        F("about 40%", 40, "%", "percent", "about", None),
        F("15 percentage points", 15, "%", "percent", None, None),
        F("more than 20 years", 20, "years", "duration", "more than", "the controller"),
    ],
    "events": [
        E("controller handling two roles and poor radio coverage contributed to ‘serious incident’", "2022-12", "in December"),
        E("the Airbus A320, arriving from London on the evening of 11 December last year, landed", "2022-12-11", "11 December last year"),
        E("The report, published on Thursday, classified the event as a serious incident", "2023-05-18", "on Thursday"),
        E("it would respond", "2023-05", "by the end of the month"),
        E("a new ground radar system, which is due to be operational", "2023", "by the end of the year"),
        E("one person was doing two jobs in the worst weather of the year", "2022-12-11", "On 11 December"),
        E("the controller, who has more than 20 years of experience, returned to operational duties", "2023-01", "in January"),
        E("An aircraft taxis past snow-clearing equipment at Edinburgh airport", "2022-12", "in December 2022"),
    ],
}

KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]


def main():
    for name, a in ANN.items():
        doc = {"article": name + ".txt"}
        doc.update(a)
        doc = {k: doc[k] for k in KEYS}
        with open(os.path.join(ROOT, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(f"{name}.json: {len(doc['quotes'])} quotes, {len(doc['figures'])} figures, {len(doc['events'])} events")


if __name__ == "__main__":
    main()
