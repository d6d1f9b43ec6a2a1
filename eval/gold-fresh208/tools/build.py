#!/usr/bin/env python3
"""Write the hand-made gold annotations of gold-fresh208 to JSON.

Every quote, figure and event below was chosen by hand after reading the article in full;
nothing here searches the text. `occ` is the 1-based occurrence of `text` in the file,
given only where the exact string occurs more than once.
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


ART = {}

# ---------------------------------------------------------------- 01
MORT = ("Leanne Mortimer", "person", "fire information officer with the Kamloops Fire Centre")
VAND = ("Tom Vandergrift", "person", "Regional district board chair")
BCWS = ("the BC Wildfire Service", "organization", None)
FREC = ("Gail Frechette", "person", None)
ART["01_clearwater-wildfire"] = dict(
    published="2021-08-12",
    published_basis="Metadata line 'Published Thursday, Aug. 12, 2021 5:14PM EDT' (and 'Last Updated' the same day); CP end note 'first published Aug. 12, 2021'; body 'on Thursday'; 2021-08-12 was a Thursday. Agrees with writer.tsv",
    outlet="The Canadian Press",
    quotes=[
        Q("the Moose Hollow Creek fire grew by roughly 2,000 hectares overnight, driven by gusts of up to 50 km/h and humidity levels that dropped into the single digits by mid-afternoon", "indirect", *BCWS, "said"),
        Q("the jump partly reflected better mapping from an infrared flight late Wednesday, rather than growth alone", "indirect", "a fire information officer", "anonymous", None, "said"),
        Q("We had a very active night on the north flank, and this morning the fire spotted across the highway in two places,", "direct", *MORT, "said"),
        Q("Crews worked through the night, but with the winds we saw, there was no safe way to hold it at the road.", "direct", *MORT, "said"),
        Q("about 140 firefighters, 11 helicopters and a dozen pieces of heavy equipment were assigned to the blaze, and another 60 personnel from Ontario and Quebec were expected to arrive by the weekend", "indirect", *MORT, "said"),
        Q("there was no estimated time of reopening", "indirect", "DriveBC", "organization", None, "said"),
        Q("the decision to expand the order was made \"within about 20 minutes\" of the fire crossing the highway", "mixed", *VAND, "told reporters"),
        Q("I know people are tired. Some of these families were on alert in July, they came home, and now they're leaving again,", "direct", *VAND, "said"),
        Q("Please don't wait to see flames. If you're told to go, go.", "direct", *VAND, "said"),
        Q("she loaded her two dogs and a box of photographs into her truck shortly after 11 a.m.", "indirect", *FREC, "said"),
        Q("You could see the smoke column turn black, and then the ash started coming down like snow,", "direct", *FREC, "told The Canadian Press"),
        Q("My neighbour is staying to run his sprinklers. I told him he's crazy.", "direct", *FREC, "told The Canadian Press"),
        Q("The province has now recorded more than 1,450 wildfires since April 1, compared with a 10-year average of about 1,000 for the same period", "indirect", *BCWS, "according to"),
        Q("Roughly 860,000 hectares have burned", "indirect", *BCWS, "said"),
        Q("about 3,800 people across the province were under evacuation orders as of Thursday afternoon, and that reception centres in Kamloops and Barriere had capacity for several hundred more", "indirect", "Emergency Management BC", "organization", None, "said"),
        Q("it could bring lightning before any significant rain", "indirect", "forecasters", "anonymous", None, "cautioned"),
        Q("Dry lightning is the worst-case scenario for us right now,", "direct", *MORT, "said"),
        Q("We're watching that front very closely.", "direct", *MORT, "said"),
        Q("the government would ask Ottawa for additional Canadian Armed Forces support if conditions worsened", "indirect", "the province's forests minister", "anonymous", None, "said"),
        Q("no formal request had been made as of Thursday", "indirect", "a provincial official", "anonymous", None, "according to"),
        Q("the military \"stands ready to assist\" and had been in contact with provincial officials earlier this month", "mixed", "A spokesperson for the Department of National Defence", "anonymous", None, "said"),
        Q("it was sparked by lightning", "indirect", "Officials", "anonymous", None, "believe"),
    ],
    figures=[
        F("more than 400 properties", 400, "properties", "count", "more than", "Clearwater"),
        F("nearly three weeks", 3, "weeks", "duration", "nearly", "wildfire"),
        F("roughly 2,000 hectares", 2000, "hectares", "count", "roughly", "the Moose Hollow Creek fire"),
        F("up to 50 km/h", 50, "km/h", "count", "up to", "gusts"),
        F("about 9,100 hectares", 9100, "hectares", "count", "about", "the fire"),
        F("7,400 hectares", 7400, "hectares", "count", None, "the fire"),
        F("two places", 2, "places", "count", None, "the fire"),
        F("about 140 firefighters", 140, "firefighters", "count", "about", "the blaze"),
        F("11 helicopters", 11, "helicopters", "count", None, "the blaze"),
        F("a dozen pieces of heavy equipment", 12, "pieces", "count", None, "the blaze"),
        F("60 personnel", 60, "personnel", "count", None, "Ontario and Quebec"),
        F("412 properties", 412, "properties", "count", None, "The Thompson-Nicola Regional District"),
        F("1,150 properties", 1150, "properties", "count", None, "The Thompson-Nicola Regional District"),
        F("between three and four hours", 3, "hours", "duration", None, "Detours"),
        F("about 20 minutes", 20, "minutes", "duration", "about", None),
        F("31 years", 31, "years", "duration", None, "Gail Frechette"),
        F("two dogs", 2, "dogs", "count", None, "Gail Frechette"),
        F("more than 1,450 wildfires", 1450, "wildfires", "count", "more than", "The province"),
        F("10-year", 10, "years", "duration", None, None),
        F("about 1,000", 1000, "wildfires", "count", "about", None),
        F("Roughly 860,000 hectares", 860000, "hectares", "count", "Roughly", "The province"),
        F("about 3,800 people", 3800, "people", "count", "about", "the province"),
        F("near 38 C", 38, "C", "count", "near", "daytime highs"),
    ],
    events=[
        E("Smoke from the Moose Hollow Creek wildfire rises above the North Thompson Valley near Clearwater, B.C.", "2021-08-11", "on Wednesday"),
        E("Residents of more than 400 properties north of Clearwater were told to leave immediately", "2021-08-12", "on Thursday"),
        E("The agency put the fire's size at about 9,100 hectares", "2021-08-12", "on Thursday"),
        E("an estimate of 7,400 hectares released", "2021-08-11", "Wednesday morning"),
        E("an infrared flight", "2021-08-11", "late Wednesday"),
        E("the fire spotted across the highway in two places", "2021-08-12", "this morning"),
        E("another 60 personnel from Ontario and Quebec were expected to arrive", "2021-08-14", "by the weekend"),
        E("Some of these families were on alert", "2021-07", "in July"),
        E("The province has now recorded more than 1,450 wildfires", "2021-04-01", "since April 1"),
        E("about 3,800 people across the province were under evacuation orders", "2021-08-12", "as of Thursday afternoon"),
        E("daytime highs near 38 C", "2021-08-14", "through Saturday"),
        E("A cold front is expected to move through", "2021-08-16", "early next week"),
        E("The province's forests minister said Wednesday that the government would ask Ottawa for additional Canadian Armed Forces support if conditions worsened", "2021-08-11", "Wednesday"),
        E("no formal request had been made", "2021-08-12", "as of Thursday"),
        E("had been in contact with provincial officials", "2021-08", "earlier this month"),
        E("the Moose Hollow Creek fire, first reported", "2021-07-24", "on July 24"),
    ],
)

# ---------------------------------------------------------------- 02
RED = ("Redbank Minerals", "organization", None)
AVE = ("Colin Averill", "person", "Redbank managing director")
TUL = ("Maureen Tullock", "person", "Corporation chairwoman")
VEN = ("Priya Venkatesan", "person", "Mining analyst")
ART["02_pilbara-lithium"] = dict(
    published="2022-05-13",
    published_basis="Metadata line at the top of the text: 'date 2022-05-13' (a Friday); consistent with 'closed 3.1 per cent lower on Friday' and the referral lodged 'this week'. No dateline. Agrees with writer.tsv",
    outlet=None,
    quotes=[
        Q("will add $1.2 billion to the state’s economy", "indirect", *RED, "says"),
        Q("“a betrayal” of an agreement signed less than three years ago", "mixed", "traditional owners", "anonymous", None, "called"),
        Q("the expansion was needed to meet what he described as “unprecedented” demand from battery makers in China, South Korea and, increasingly, the United States", "mixed", *AVE, "said"),
        Q("Every forecast we look at says the world is going to be short of lithium for the rest of this decade,", "direct", *AVE, "said"),
        Q("We have the resource in the ground, we have the processing plant, and we have customers lining up. The question is whether Australia captures that value or someone else does.", "direct", *AVE, "said"),
        Q("the expansion would create up to 350 construction jobs and about 180 ongoing positions, and would require an estimated $640 million in capital spending", "indirect", *RED, "said"),
        Q("it had not been consulted on the size of the expansion before the referral was lodged", "indirect", "the Ngarlawangu Aboriginal Corporation", "organization", None, "said"),
        Q("the 2019 land access agreement with Redbank had been negotiated on the understanding that several creek lines and a rock shelter complex to the east of the current pit would not be disturbed", "indirect", *TUL, "said"),
        Q("We sat at that table for two years. We walked that country with their people and showed them what mattered,", "direct", *TUL, "said"),
        Q("Now we find out from a government website that they want to put a waste dump on top of it.", "direct", *TUL, "said"),
        Q("the corporation would seek an urgent meeting with the Aboriginal Affairs Minister and was taking legal advice on whether the expansion breached the agreement", "indirect", *TUL, "said"),
        Q("it “respects the Ngarlawangu people and their connection to country” and that the referral was “the first step in a long process” that would include further heritage surveys", "mixed", *RED, "said"),
        Q("the current mine plan did not involve disturbing any registered heritage sites, and that the company had met with corporation representatives on four occasions since January", "indirect", "A company spokeswoman", "anonymous", None, "said"),
        Q("only two of those meetings had discussed the expansion and neither had included maps showing the new waste rock dumps", "indirect", *TUL, "saying"),
        Q("investors were unlikely to be rattled by the dispute in the short term but that heritage concerns had become a much bigger factor for institutional shareholders since Juukan", "indirect", *VEN, "said"),
        Q("Two years ago the market would have shrugged this off,", "direct", *VEN, "said"),
        Q("Now you’ve got super funds asking very pointed questions at AGMs. If this drags on, it becomes a cost-of-capital issue, not just a reputational one.", "direct", *VEN, "said"),
        Q("the expansion could lift Redbank’s annual earnings by between $400 million and $550 million at current prices", "indirect", *VEN, "estimated"),
        Q("lithium markets had been “notoriously cyclical”", "mixed", *VEN, "cautioned"),
        Q("the state needed to move quickly to secure its share of the battery minerals market", "indirect", "The Chamber of Minerals and Energy", "organization", None, "said"),
        Q("Western Australia already produced about half the world’s mined lithium", "indirect", "The Chamber of Minerals and Energy", "organization", None, "noting"),
        Q("the government would not comment on a matter before the EPA", "indirect", "A spokesman for the state’s Environment Minister", "anonymous", None, "said"),
    ],
    figures=[
        F("$1.2 billion", 1200000000, "$", "money", None, "the state’s economy"),
        F("about 110 kilometres", 110, "kilometres", "count", "about", "Tarrin Hill spodumene mine"),
        F("1,640 hectares", 1640, "hectares", "count", None, "Tarrin Hill spodumene mine"),
        F("roughly 3,100 hectares", 3100, "hectares", "count", "roughly", "Tarrin Hill spodumene mine"),
        F("about 380,000 tonnes", 380000, "tonnes", "count", "about", "annual production of spodumene concentrate"),
        F("as much as 700,000 tonnes", 700000, "tonnes", "count", "as much as", "annual production of spodumene concentrate"),
        F("14 years", 14, "years", "duration", None, "the mine’s expected life"),
        F("12 months", 12, "months", "duration", None, "Spodumene prices"),
        F("about 260 per cent", 260, "%", "percent", "about", "Redbank’s shares"),
        F("roughly $4.8 billion", 4800000000, "$", "money", "roughly", "Redbank Minerals"),
        F("up to 350 construction jobs", 350, "jobs", "count", "up to", "Redbank Minerals"),
        F("about 180 ongoing positions", 180, "positions", "count", "about", "Redbank Minerals"),
        F("an estimated $640 million", 640000000, "$", "money", "an estimated", "Redbank Minerals"),
        F("two years", 2, "years", "duration", None, None),
        F("four occasions", 4, "occasions", "count", None, "Redbank Minerals"),
        F("two of those meetings", 2, "meetings", "count", None, None),
        F("between $400 million and $550 million", 400000000, "$", "money", None, "Redbank’s annual earnings"),
        F("28 days", 28, "days", "duration", None, "The EPA"),
        F("3.1 per cent", 3.1, "%", "percent", None, "Redbank’s shares"),
        F("$6.42", 6.42, "$", "money", None, "Redbank’s shares"),
    ],
    events=[
        E("an agreement signed", "2019", "less than three years ago"),
        E("Redbank Minerals lodged a referral with the state’s Environmental Protection Authority", "2022-05-09", "this week"),
        E("annual production of spodumene concentrate would rise from about 380,000 tonnes to as much as 700,000 tonnes", "2026", "by 2026"),
        E("Redbank’s shares have risen by about 260 per cent", "2021-05", "since May last year"),
        E("the 2019 land access agreement with Redbank had been negotiated", "2019", "2019"),
        E("the company had met with corporation representatives on four occasions", "2022-01", "since January"),
        E("the state’s revised Aboriginal cultural heritage laws, passed", "2021-12", "in December"),
        E("the state’s revised Aboriginal cultural heritage laws, passed in December, are due to come into effect", "2023", "next year"),
        E("Rio Tinto destroyed the Juukan Gorge rock shelters", "2020", "in 2020"),
        E("Public comments on the referral close", "2022-05-24", "on May 24"),
        E("Redbank’s shares closed 3.1 per cent lower", "2022-05-13", "on Friday"),
    ],
)

# ---------------------------------------------------------------- 03
HALE = ("Martin Hale", "person", "chief executive")
DRAY = ("Fiona Drayton", "person", "utilities analyst at Kellbridge Securities")
ART["03_uk-energy-supplier"] = dict(
    published="2022-11-08",
    published_basis="Dated dateline 'LONDON, Nov 8 (Reuters)' (year from the body: 'went bust in 2021 and early 2022', Bulb 'in November last year'); body 'on Tuesday'; 2022-11-08 was a Tuesday. Agrees with writer.tsv",
    outlet="Reuters",
    quotes=[
        Q("UK energy supplier Ardent seeks rescue as hedging losses mount", "indirect", "sources", "anonymous", None, "-"),
        Q("British household energy supplier Ardent Energy has hired advisers to find a buyer or new investor after losses on its gas hedging book wiped out most of its capital", "indirect", "three sources familiar with the matter", "anonymous", None, "said"),
        Q("The Birmingham-based company, which supplies gas and electricity to around 450,000 homes, has told energy regulator Ofgem it needs to raise at least 40 million pounds ($46 million) by the end of the month to meet new capital requirements", "indirect", "two of the sources", "anonymous", None, "said"),
        Q("Ardent had approached at least two larger suppliers and a private equity firm in the past fortnight but had yet to receive a firm offer", "indirect", "a senior industry official", "anonymous", None, "said"),
        Q("The numbers are tight. Anyone taking on that book is taking on a lot of expensive gas bought at the wrong time,", "direct", "a senior industry official", "anonymous", None, "said"),
        Q("it was \"in regular, constructive dialogue with Ofgem\" and that customers' supplies and credit balances were \"fully protected\"", "mixed", "Ardent Energy", "organization", None, "said"),
        Q("Like every supplier in the market, we are operating in extraordinary conditions,", "direct", *HALE, "said"),
        Q("We are exploring a range of options to strengthen our balance sheet, and we are confident of a positive outcome.", "direct", *HALE, "said"),
        Q("the regulator did not comment on individual companies but that it had \"robust processes in place\" to protect customers if a supplier failed", "mixed", "An Ofgem spokesperson", "anonymous", None, "said"),
        Q("That drop has itself created problems for some smaller suppliers that locked in gas for the winter at much higher prices", "indirect", "analysts", "anonymous", None, "said"),
        Q("What you're seeing now is the reverse of last year's problem,", "direct", *DRAY, "said"),
        Q("Last year it was suppliers who hadn't hedged. This year it's suppliers who hedged heavily at the top and are now sitting on contracts that are deeply out of the money.", "direct", *DRAY, "said"),
        Q("the company's losses were closer to 120 million pounds, including electricity contracts", "indirect", "two of the sources", "anonymous", None, "said"),
        Q("it was unwilling to provide further capital", "indirect", "A person close to the fund", "anonymous", None, "said"),
        Q("the government was \"monitoring the market closely\" and was in contact with Ofgem", "mixed", "A spokesperson for the Department for Business, Energy and Industrial Strategy", "anonymous", None, "said"),
    ],
    figures=[
        F("three sources", 3, "sources", "count", None, None),
        F("around 450,000 homes", 450000, "homes", "count", "around", "Ardent Energy"),
        F("at least 40 million pounds", 40000000, "GBP", "money", "at least", "Ardent Energy"),
        F("$46 million", 46000000, "USD", "money", None, "Ardent Energy"),
        F("two of the sources", 2, "sources", "count", None, None),
        F("at least two larger suppliers", 2, "suppliers", "count", "at least", "Ardent Energy"),
        F("more than 500,000 accounts", 500000, "accounts", "count", "more than", "Ardent Energy"),
        F("about 450,000 domestic customers", 450000, "customers", "count", "about", "Ardent Energy"),
        F("Nearly 30 British energy suppliers", 30, "suppliers", "count", "Nearly", "Britain"),
        F("above 600 pence", 6, "GBP", "money", "above", "the benchmark British day-ahead contract"),
        F("around 170 pence", 1.7, "GBP", "money", "around", "The contract"),
        F("roughly 70%", 70, "%", "percent", "roughly", "The contract"),
        F("between 60 million and 90 million pounds", 60000000, "GBP", "money", None, "Ardent Energy"),
        F("Two of the sources", 2, "sources", "count", None, None),
        F("closer to 120 million pounds", 120000000, "GBP", "money", "closer to", "Ardent Energy"),
        F("about 2.5 billion euros", 2500000000, "EUR", "money", "about", "a Dutch infrastructure fund"),
        F("25 million euros", 25000000, "EUR", "money", None, "a Dutch infrastructure fund"),
        F("about 1.7 million customers", 1700000, "customers", "count", "about", "Bulb"),
        F("0.4%", 0.4, "%", "percent", None, "the FTSE 350 utilities index"),
    ],
    events=[
        E("it needs to raise at least 40 million pounds ($46 million)", "2022-11", "by the end of the month"),
        E("Ardent had approached at least two larger suppliers and a private equity firm", "2022-10-25", "in the past fortnight"),
        E("The company put its customer base at more than 500,000 accounts in a presentation to investors", "2022-06", "in June"),
        E("industry data seen by Reuters showed about 450,000 domestic customers", "2022-09", "as of September"),
        E("Nearly 30 British energy suppliers went bust", "2021", "in 2021"),
        E("the benchmark British day-ahead contract briefly traded above 600 pence per therm", "2022-08", "August"),
        E("The contract was trading at around 170 pence", "2022-11-08", "on Tuesday"),
        E("it was suppliers who hadn't hedged", "2021", "Last year"),
        E("it's suppliers who hedged heavily at the top", "2022", "This year"),
        E("Ardent's largest shareholder, a Dutch infrastructure fund that manages about 2.5 billion euros, injected 25 million euros into the business", "2022-03", "in March"),
        E("Bulb, which had about 1.7 million customers, was placed in special administration", "2021-11", "in November last year"),
        E("Britain's finance ministry prepares to set out its fiscal plans", "2022-11-17", "on Nov. 17"),
        E("caps the unit price households pay for energy", "2023-04", "until April"),
        E("Shares in listed British utilities were little changed", "2022-11-08", "on Tuesday"),
    ],
)

# ---------------------------------------------------------------- 04
HOL = ("Wade Hollister", "person", "Butler County sheriff")
DUN = ("Carla Dunnigan", "person", None)
BRA = ("Lisa Brandt", "person", "Poplar Bluff Mayor")
NWS = ("the National Weather Service", "organization", None)
ART["04_missouri-flooding"] = dict(
    published="2023-05-01",
    published_basis="Text is ambiguous: no dated dateline or metadata; year only from 'Copyright 2023 The Associated Press'; weekdays (breach and deaths 'Saturday night'/'Sunday', rain forecast 'Tuesday', river above flood stage until 'Wednesday', declaration 'later this week') fit a Monday (or Sunday) in any week of 2023 and the text names no month, so writer.tsv's date 2023-05-01 (a Monday) is taken; Saturday = 2023-04-29, Sunday = 2023-04-30",
    outlet="The Associated Press",
    quotes=[
        Q("At least two people died", "indirect", "state officials", "anonymous", None, "said"),
        Q("a man whose pickup was swept off a rural road Saturday night had been found in a field", "indirect", *HOL, "saying"),
        Q("they were still working to confirm the cause of that death", "indirect", "State emergency management officials", "anonymous", None, "said"),
        Q("The breach happened shortly before 4 a.m. Sunday along a stretch of levee south of the city, after nearly 9 inches (23 centimeters) of rain fell across parts of the river's watershed in Missouri and northern Arkansas over about 36 hours", "indirect", *NWS, "according to"),
        Q("deputies and volunteer firefighters went door to door in the dark, banging on windows and shouting through loudspeakers", "indirect", *HOL, "said"),
        Q("Some folks didn't want to go. They'd been through high water before and figured they'd ride it out on the second floor,", "direct", *HOL, "told reporters"),
        Q("By daylight, a lot of those same people were waving at us from their roofs.", "direct", *HOL, "told reporters"),
        Q("We got every one of them we could find. But I'm not going to stand here and tell you we're done looking, because we're not.", "direct", *HOL, "told reporters"),
        Q("between 600 and 800 homes were damaged, and more than 1,500 residents were staying with relatives, in hotels or at two shelters set up by the American Red Cross at a church and a middle school", "indirect", "Officials", "anonymous", None, "estimated"),
        Q("About 4,200 customers were without power Sunday evening", "indirect", "the local electric cooperative", "organization", None, "according to"),
        Q("it had deployed swift-water rescue teams from Springfield and Cape Girardeau and that the Missouri National Guard had sent about 60 soldiers and a dozen high-water vehicles", "indirect", "The Missouri State Emergency Management Agency", "organization", None, "said"),
        Q("FLASH FLOOD EMERGENCY for southern Butler County. Levee failure reported along the Black River. Move to higher ground NOW. This is a life-threatening situation.", "direct", *NWS, "posted on Twitter"),
        Q("the river crested at about 20 feet Sunday afternoon, roughly 4 feet above flood stage but below the record set in 2017", "indirect", "Forecasters", "anonymous", None, "said"),
        Q("she grabbed her medications, her phone and her cat before a neighbor helped her wade to a waiting boat", "indirect", *DUN, "said"),
        Q("Water was already up to her knees in the kitchen", "indirect", *DUN, "said"),
        Q("I kept thinking, it's just rain, it's just rain. And then it wasn't,", "direct", *DUN, "said"),
        Q("I don't know what's left. I don't think I want to know yet.", "direct", *DUN, "said"),
        Q("The levee, built by the U.S. Army Corps of Engineers and maintained by a local drainage district, had been flagged in a 2021 inspection as needing repairs to several sections damaged by burrowing animals and erosion", "indirect", "a district board member", "anonymous", None, "according to"),
        Q("engineers would assess the breach once water levels dropped and that it was \"too early to speculate\" about a cause", "mixed", "A spokesperson for the Corps' Memphis District", "anonymous", None, "said"),
        Q("the flooding \"the worst this town has seen in my lifetime\"", "mixed", *BRA, "called"),
        Q("residents to stay out of floodwater, which she said was contaminated with fuel and sewage", "indirect", *BRA, "urged"),
        Q("an additional 1 to 2 inches could fall across the region Tuesday, with the heaviest amounts possible south of the state line", "indirect", *NWS, "said"),
        Q("heavy downpours are becoming more frequent across much of the central United States as a warmer atmosphere holds more moisture, increasing the strain on aging flood-control systems", "indirect", "Climate scientists", "anonymous", None, "have said"),
        Q("city officials would ask the state to seek a federal disaster declaration later this week, once initial damage assessments were complete", "indirect", *BRA, "said"),
        Q("We are going to need help, and we're going to need it for a long time,", "direct", *BRA, "said"),
    ],
    figures=[
        F("at least 2 dead", 2, "dead", "count", "at least", None),
        F("At least two people", 2, "people", "count", "At least", None),
        F("three", 3, "people", "count", None, "the Butler County sheriff"),
        F("nearly 9 inches", 9, "inches", "count", "nearly", "rain"),
        F("23 centimeters", 23, "centimeters", "count", None, "rain"),
        F("about 36 hours", 36, "hours", "duration", "about", "rain"),
        F("between 600 and 800 homes", 600, "homes", "count", None, None),
        F("more than 1,500 residents", 1500, "residents", "count", "more than", None),
        F("two shelters", 2, "shelters", "count", None, "the American Red Cross"),
        F("About 4,200 customers", 4200, "customers", "count", "About", None),
        F("about 60 soldiers", 60, "soldiers", "count", "about", "the Missouri National Guard"),
        F("a dozen high-water vehicles", 12, "vehicles", "count", None, "the Missouri National Guard"),
        F("about 20 feet", 20, "feet", "count", "about", "the river"),
        F("roughly 4 feet", 4, "feet", "count", "roughly", "the river"),
        F("54", 54, "years", "duration", None, "Carla Dunnigan"),
        F("1 to 2 inches", 1, "inches", "count", None, "the region"),
    ],
    events=[
        E("At least two people died, state officials said", "2023-04-30", "Sunday"),
        E("a man whose pickup was swept off a rural road", "2023-04-29", "Saturday night"),
        E("The breach happened", "2023-04-30", "shortly before 4 a.m. Sunday"),
        E("About 4,200 customers were without power", "2023-04-30", "Sunday evening"),
        E("The National Weather Service office in Paducah, Kentucky, posted on Twitter", "2023-04-30", "early Sunday"),
        E("the river crested at about 20 feet", "2023-04-30", "Sunday afternoon"),
        E("the record set", "2017", "in 2017"),
        E("It was expected to stay above flood stage", "2023-05-03", "until at least Wednesday"),
        E("had been flagged in a 2021 inspection as needing repairs to several sections damaged by burrowing animals and erosion", "2021", "2021"),
        E("an additional 1 to 2 inches could fall across the region", "2023-05-02", "Tuesday"),
        E("city officials would ask the state to seek a federal disaster declaration", "2023-05-01", "later this week"),
    ],
)

# ---------------------------------------------------------------- 05
MAL = ("Derek Malloy", "person", "Coun.")
MEH = ("Anjali Mehra", "person", "Coun.")
KRI = ("Paul Kristiansen", "person", "director of energy transition")
FER = ("Liz Ferreira", "person", None)
CHAM = ("The Edmonton Chamber of Commerce", "organization", None)
ART["05_edmonton-climate-plan"] = dict(
    published="2023-02-15",
    published_basis="Lead-video line 'WATCH: ... – Feb 15, 2023' and the council vote 'on Wednesday afternoon' with the debate's first day 'Tuesday'; '© 2023'; 2023-02-15 was a Wednesday. Dateline 'EDMONTON —' undated. Agrees with writer.tsv",
    outlet="Prairie Newsnet",
    quotes=[
        Q("whether the city could afford it while property taxes are already set to rise", "indirect", "several councillors", "anonymous", None, "questioned"),
        Q("staff to return by the end of April with a scaled-back option and a clearer breakdown of how much of the cost could be covered by federal and provincial grants", "indirect", "Edmonton city council", "organization", None, "asking"),
        Q("I don’t think anyone in this room is arguing about whether climate change is real,", "direct", *MAL, "said"),
        Q("What I’m hearing from residents is, ‘Show me what I get for it, and show me you’re not just putting it on my tax bill.’", "direct", *MAL, "said"),
        Q("the plan as written would add about 1.4 percentage points to this year’s tax increase, which already stands at 4.9 per cent", "indirect", *MAL, "said"),
        Q("the delay “another year of talking while the smoke comes in every summer.”", "mixed", *MEH, "called"),
        Q("We had weeks of wildfire smoke last year. We had a heat dome the year before that,", "direct", *MEH, "said"),
        Q("The cost of doing nothing doesn’t show up neatly on a budget line, but residents are paying it.", "direct", *MEH, "said"),
        Q("Disappointed in today’s vote. The science hasn’t changed since Tuesday. We’ll be back in April.", "direct", *MEH, "posted on Twitter"),
        Q("much of that drop was tied to reduced driving during the COVID-19 pandemic and may not last", "indirect", "staff", "anonymous", None, "cautioned"),
        Q("We are not on track,", "direct", *KRI, "told council"),
        Q("If we continue at the current pace, we will miss the 2035 target by a significant margin — likely by more than a third.", "direct", *KRI, "told council"),
        Q("roughly 40 per cent of the accelerated plan could be eligible for federal funding through existing infrastructure and green building programs, but that the city had no guarantees", "indirect", *KRI, "said"),
        Q("the province “supports practical, affordable approaches” to reducing emissions, and that municipalities were responsible for their own budget decisions", "mixed", "A spokesperson for Alberta’s Ministry of Municipal Affairs", "anonymous", None, "said"),
        Q("many seniors in her neighbourhood were struggling with utility bills that had nearly doubled over the past year", "indirect", *FER, "said"),
        Q("People are choosing between groceries and heating,", "direct", *FER, "told Prairie Newsnet"),
        Q("Some of these programs could help them — heat pumps, better insulation — but only if they’re actually designed for people who can’t put down $15,000 up front.", "direct", *FER, "told Prairie Newsnet"),
        Q("it supported “the goals of the energy transition strategy”", "mixed", *CHAM, "said"),
        Q("council to focus on projects with “a clear, measurable return.”", "mixed", *CHAM, "urged"),
    ],
    figures=[
        F("$350M", 350000000, "$", "money", None, "Edmonton council"),
        F("$350 million", 350000000, "$", "money", None, "Edmonton city council", occ=2),
        F("two-day", 2, "days", "duration", None, "debate"),
        F("50 per cent", 50, "%", "percent", None, "community-wide greenhouse gas emissions"),
        F("about 200 more transit buses", 200, "buses", "count", "about", "the city"),
        F("between $320 million and $380 million", 320000000, "$", "money", None, "the additional spending"),
        F("four years", 4, "years", "duration", None, "the additional spending", occ=2),
        F("roughly $270 million", 270000000, "$", "money", "roughly", "climate work"),
        F("about 1.4 percentage points", 1.4, "%", "percent", "about", "this year’s tax increase"),
        F("4.9 per cent", 4.9, "%", "percent", None, "this year’s tax increase"),
        F("about six per cent", 6, "%", "percent", "about", "Edmonton’s emissions"),
        F("roughly 40 per cent", 40, "%", "percent", "roughly", "the accelerated plan"),
        F("more than two dozen public speakers", 24, "speakers", "count", "more than", "The debate"),
        F("$15,000", 15000, "$", "money", None, None),
    ],
    events=[
        E("Council voted 8-5 on Wednesday afternoon to send the proposal back to administration", "2023-02-15", "on Wednesday afternoon"),
        E("asking staff to return", "2023-04", "by the end of April"),
        E("the city’s target for cutting community-wide greenhouse gas emissions by 50 per cent", "2035", "from 2035"),
        E("The accelerated plan would move up the city’s target", "2030", "to 2030"),
        E("Coun. Derek Malloy said", "2023-02-14", "during Tuesday’s debate"),
        E("We had weeks of wildfire smoke", "2022", "last year"),
        E("We had a heat dome", "2021", "the year before that"),
        E("Mehra said", "2023-02-15", "Wednesday"),
        E("We’ll be back", "2023-04", "in April"),
        E("Edmonton’s emissions fell about six per cent", "2019", "between 2019 and 2021"),
        E("The debate drew more than two dozen public speakers", "2023-02-14", "on Tuesday"),
        E("Council is expected to revisit the plan", "2023-04-25", "at its April 25 meeting"),
        E("The city’s next major climate progress report is due", "2023", "later this year"),
    ],
)

# ---------------------------------------------------------------- 06
AMO = ("Rachel Amory", "person", "Met Office meteorologist")
TRE = ("Jason Treloar", "person", None)
CAR = ("Ben Carrow", "person", "duty manager at the Environment Agency")
PEN = ("Sarah Penhallow", "person", "Cornwall council’s cabinet member for environment")
ART["06_cornwall-flash-floods"] = dict(
    published="2023-09-24",
    published_basis="Timestamp line 'Sun 24 Sep 2023 17.40 BST'; caption and body put the storm 'on Saturday' and the aftermath 'on Sunday'; 2023-09-24 was a Sunday. No dateline. Agrees with writer.tsv",
    outlet=None,
    quotes=[
        Q("crews carried out 47 rescues between 6pm on Saturday and 2am on Sunday, most of them in and around St Austell, Par and Mevagissey", "indirect", "Cornwall fire and rescue service", "organization", None, "said"),
        Q("More than 130 homes and businesses were flooded", "indirect", "the Environment Agency", "organization", None, "according to"),
        Q("the figure at “well over 200”", "mixed", "Cornwall council", "organization", None, "put"),
        Q("A rain gauge near St Austell recorded 94mm of rain on Saturday", "indirect", "the Met Office", "organization", None, "said"),
        Q("This was a classic case of a storm that simply didn’t move,", "direct", *AMO, "said"),
        Q("Showers kept regenerating over the same patch of ground, and when you get rainfall rates of 40 or 50mm an hour over steep catchments like these, the rivers have nowhere to go.", "direct", *AMO, "said"),
        Q("came too late", "indirect", "some residents", "anonymous", None, "said"),
        Q("We had half an hour, if that,", "direct", *TRE, "said"),
        Q("The drain outside just started pushing water up instead of taking it away. By the time we’d got the kids upstairs, the sofa was floating.", "direct", *TRE, "said"),
        Q("he had lived in the street for 11 years and had never seen water come above the pavement", "indirect", *TRE, "said"),
        Q("The insurance man is coming Tuesday,", "direct", *TRE, "added"),
        Q("Apparently half the town is on his list.", "direct", *TRE, "added"),
        Q("a woman in her 70s, who had been reported missing after leaving her car on a flooded lane near Pentewan, was found safe on Sunday morning at a nearby farm", "indirect", "Devon and Cornwall police", "organization", None, "said"),
        Q("the line between Par and Truro would remain closed until at least Tuesday after a section of embankment was undermined by floodwater", "indirect", "The train operator", "anonymous", None, "said"),
        Q("engineers would inspect the site “as soon as it is safe to do so”", "mixed", "The rail infrastructure authority", "anonymous", None, "said"),
        Q("the flooding had come mainly from small rivers and surface water rather than the sea", "indirect", *CAR, "told BBC Radio Cornwall"),
        Q("These are short, steep streams that can go from a trickle to a torrent in under an hour,", "direct", *CAR, "said"),
        Q("Our warnings are based on river gauges, and on some of these watercourses the gauges simply can’t give people much notice.", "direct", *CAR, "said"),
        Q("the authority would “look very hard” at whether the scheme could be brought forward", "mixed", *PEN, "said"),
        Q("Nobody is pretending that the scheme would have stopped all of this,", "direct", *PEN, "said"),
        Q("But it would have taken the edge off it, and people have every right to ask why it hasn’t been built.", "direct", *PEN, "said"),
        Q("it would release emergency hardship payments of up to £500 per household from Monday", "indirect", "Cornwall council", "organization", None, "said"),
        Q("claims could run to between £8m and £12m", "indirect", "Insurers", "anonymous", None, "estimated"),
        Q("it was too early to give a reliable figure", "indirect", "the Association of British Insurers", "organization", None, "said"),
        Q("heavier, short-duration downpours are becoming more common in the UK as the climate warms", "indirect", "Scientists", "anonymous", None, "have warned"),
        Q("they were unlikely to be as intense as Saturday’s storms", "indirect", "forecasters", "anonymous", None, "said"),
    ],
    figures=[
        F("three hours", 3, "hours", "duration", None, "month’s rain", occ=1),
        F("a little over three hours", 3, "hours", "duration", "a little over", "rain"),
        F("47 rescues", 47, "rescues", "count", None, "Cornwall fire and rescue service"),
        F("More than 130 homes and businesses", 130, "homes", "count", "More than", None),
        F("well over 200", 200, "homes", "count", "well over", "Cornwall council"),
        F("94mm", 94, "mm", "count", None, "A rain gauge near St Austell"),
        F("about 90mm", 90, "mm", "count", "about", "September"),
        F("40 or 50mm", 40, "mm", "count", None, "rainfall rates"),
        F("38", 38, "years", "duration", None, "Jason Treloar"),
        F("11 years", 11, "years", "duration", None, "Jason Treloar"),
        F("her 70s", 70, "years", "duration", None, "a woman"),
        F("three times", 3, "times", "count", None, "the town"),
        F("£40m", 40000000, "GBP", "money", None, "scheme"),
        F("about 60 people", 60, "people", "count", "about", "rest centre"),
        F("up to £500", 500, "GBP", "money", "up to", "household"),
        F("between £8m and £12m", 8000000, "GBP", "money", None, "claims"),
        F("roughly 5% to 10%", 5, "%", "percent", "roughly", "extreme hourly rainfall"),
    ],
    events=[
        E("Firefighters wade through floodwater in St Austell, Cornwall", "2023-09-23", "on Saturday evening"),
        E("crews carried out 47 rescues", "2023-09-23", "between 6pm on Saturday and 2am on Sunday"),
        E("Cornwall council put the figure at “well over 200”", "2023-09-24", "on Sunday afternoon"),
        E("A rain gauge near St Austell recorded 94mm of rain", "2023-09-23", "on Saturday"),
        E("The Met Office had issued a yellow warning for thunderstorms covering most of south-west England", "2023-09-22", "on Friday"),
        E("upgraded part of it to amber", "2023-09-23", "at lunchtime on Saturday"),
        E("The insurance man is coming", "2023-09-26", "Tuesday"),
        E("a woman in her 70s, who had been reported missing after leaving her car on a flooded lane near Pentewan, was found safe", "2023-09-24", "on Sunday morning"),
        E("the line between Par and Truro would remain closed", "2023-09-26", "until at least Tuesday"),
        E("which has been hit by surface-water flooding three times", "2019", "since 2019"),
        E("A £40m scheme to upgrade culverts and build a flood storage area upstream of the town centre was approved in principle", "2021", "in 2021"),
        E("about 60 people spent Saturday night", "2023-09-23", "Saturday night"),
        E("it would release emergency hardship payments of up to £500 per household", "2023-09-25", "from Monday"),
        E("Insurers estimated", "2023-09-24", "early on Sunday"),
        E("More showers are forecast for the south-west", "2023-09-25", "on Monday and Tuesday"),
    ],
)


def main():
    for name, a in ART.items():
        out = {
            "article": name + ".txt",
            "published": a["published"],
            "published_basis": a["published_basis"],
            "outlet": a["outlet"],
            "quotes": a["quotes"],
            "figures": a["figures"],
            "events": a["events"],
        }
        with open(os.path.join(ROOT, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(f"{name}.json: {len(a['quotes'])} quotes, {len(a['figures'])} figures, {len(a['events'])} events")


if __name__ == "__main__":
    main()
