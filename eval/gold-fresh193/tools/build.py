#!/usr/bin/env python3
"""Write the hand-made gold annotations of gold-fresh193 to JSON.

Every quote, figure and event below was read and written by hand from the article text;
nothing here searches the articles for quotes, figures or events.

    python3 tools/build.py            -> ../<name>.json  (the gold: page furniture left out, as SCHEMA.md says)
    python3 tools/build.py --variant  -> also tools/with-furniture/<name>.json, the same annotations plus the
                                         hand-annotated "Related Stories" blurbs and video lines (see README)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


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


ART = {}

# ---------------------------------------------------------------------------------------------
# 01  The Canadian Press, Thursday 2021-08-26
# ---------------------------------------------------------------------------------------------
GILLIS = ("Lorna Gillis", "person", "president of Northumbria Ferry Lines")
JRCC = ("the Joint Rescue Coordination Centre", "organization", None)
NFL = ("Northumbria Ferry Lines", "organization", None)
DOUCETTE = ("Raymond Doucette", "person", None)
MACPHEE = ("Shelley MacPhee", "person", None)
ARSENAULT = ("Curtis Arsenault", "person", "Union representative")
TC = ("Transport Canada", "organization", None)

ART["01_strait-ferry-fire"] = dict(
    published="2021-08-26",
    published_basis=("'Published Thursday, Aug. 26, 2021 5:14PM EDT' line (and 'Last Updated Thursday, Aug. 26, 2021 "
                     "7:48PM EDT'); photo caption 'on Thursday, Aug. 26, 2021'; body events 'Thursday'; 2021-08-26 was a "
                     "Thursday; agrees with writer.tsv"),
    outlet="The Canadian Press",
    quotes=[
        Q("The fire was reported at about 9:40 a.m. aboard the MV Island Meridian, roughly eight kilometres out of Caribou, N.S., on a scheduled 75-minute crossing to Wood Islands, P.E.I.", "indirect", *JRCC, "according to"),
        Q("Crew members shut down the engines and activated the vessel's fixed fire suppression system, and the fire was out within about 40 minutes", "indirect", *JRCC, "said"),
        Q("Our crew did exactly what they have trained for, and every passenger was accounted for within minutes,", "direct", *GILLIS, "told reporters"),
        Q("I want to thank them, and I want to thank the people on board for staying calm.", "direct", *GILLIS, "told reporters"),
        Q("231 passengers and crew had been aboard, along with 64 vehicles, including 11 transport trucks", "indirect", *GILLIS, "said"),
        Q("that figure was being checked against the company's manifest", "indirect", "a spokesperson", "anonymous", None, "said"),
        Q("the ship's engines had passed a scheduled inspection last week, and that the company would \"co-operate fully with anyone who wants to look at this vessel.\"", "mixed", *GILLIS, "said"),
        Q("it was sending a team of investigators to Caribou and that they would begin examining the engine room on Friday", "indirect", "The Transportation Safety Board of Canada", "organization", None, "said"),
        Q("people on the upper deck first noticed a smell of burning oil", "indirect", *DOUCETTE, "said"),
        Q("We smelled it before we saw anything,", "direct", *DOUCETTE, "said"),
        Q("Then the announcement came on and the crew started handing out life-jackets. Nobody was running, nobody was yelling. It was strange how quiet it was.", "direct", *DOUCETTE, "said"),
        Q("passengers, some of them with small children and pets, were mustered on the outer decks for nearly three hours before the ferry was brought into port", "indirect", *DOUCETTE, "said"),
        Q("all crossings between Caribou and Wood Islands were cancelled until at least Sept. 16 while the ship is assessed", "indirect", *NFL, "said"),
        Q("the timing could hardly be worse", "indirect", "Tourism operators on the eastern end of the Island", "anonymous", None, "said"),
        Q("hotels and restaurants in the area depend on ferry traffic in late August and September", "indirect", *MACPHEE, "said"),
        Q("the likely losses at \"between $2 million and $3 million a week, easily.\"", "mixed", *MACPHEE, "put"),
        Q("People will not drive three extra hours to get to us on a long weekend,", "direct", *MACPHEE, "said"),
        Q("They'll just go somewhere else.", "direct", *MACPHEE, "said"),
        Q("\"aging equipment and deferred maintenance\" on the route were putting crossings at risk", "mixed", "the union representing the ship's officers", "organization", None, "warning"),
        Q("the letter had not received a reply", "indirect", *ARSENAULT, "said"),
        Q("We told them this was coming,", "direct", *ARSENAULT, "said"),
        Q("We didn't know it would be a fire, but we told them.", "direct", *ARSENAULT, "said"),
        Q("it was aware of the incident and would support the safety board's investigation", "indirect", *TC, "said"),
        Q("one of its marine safety inspectors would also attend the vessel", "indirect", *TC, "said"),
        Q("about 40 per cent of the route's traffic in peak months is commercial, carrying seafood, potatoes and other goods off the Island", "indirect", *NFL, "According to"),
    ],
    figures=[
        F("at least three weeks", 3, "weeks", "duration", "at least", None),
        F("More than 230 passengers and crew", 230, "passengers and crew", "count", "More than", None),
        F("two links", 2, "links", "count", None, "Prince Edward Island"),
        F("roughly eight kilometres", 8, "kilometres", "count", "roughly", None),
        F("75-minute", 75, "minutes", "duration", None, None),
        F("about 40 minutes", 40, "minutes", "duration", "about", None),
        F("two tugs", 2, "tugs", "count", None, None),
        F("Two crew members", 2, "members", "count", None, None),
        F("231 passengers and crew", 231, "passengers and crew", "count", None, None),
        F("64 vehicles", 64, "vehicles", "count", None, None),
        F("11 transport trucks", 11, "trucks", "count", None, None),
        F("238", 238, "people", "count", None, None),
        F("nearly three hours", 3, "hours", "duration", "nearly", None),
        F("about 200 kilometres", 200, "kilometres", "count", "about", None),
        F("between $2 million and $3 million", 2000000, "$", "money", None, None),
        F("three extra hours", 3, "hours", "duration", None, None),
        F("$92 million", 92000000, "$", "money", None, "Ottawa"),
        F("about 40 per cent", 40, "%", "percent", "about", None),
    ],
    events=[
        E("More than 230 passengers and crew were brought safely ashore", "2021-08-26", "Thursday"),
        E("Passengers wait on the wharf in Caribou, N.S., after the MV Island Meridian was towed back to port", "2021-08-26", "on Thursday, Aug. 26, 2021"),
        E("the ship's engines had passed a scheduled inspection", "2021-08-16", "last week"),
        E("they would begin examining the engine room", "2021-08-27", "on Friday"),
        E("The company said in an email", "2021-08-26", "Thursday afternoon"),
        E("all crossings between Caribou and Wood Islands were cancelled", "2021-09-16", "until at least Sept. 16"),
        E("a refit that is not expected to be finished", "2021-10", "until October"),
        E("The Island Meridian, built", "1987", "in 1987"),
        E("the union representing the ship's officers wrote to Transport Canada", "2021-08", "Earlier this month"),
        E("Union representative Curtis Arsenault said Thursday the letter had not received a reply", "2021-08-26", "Thursday"),
        E("Ottawa committed $92 million", "2019", "in 2019"),
        E("that ship is not expected to enter service", "2022", "next year"),
    ],
    furniture=dict(
        quotes=[
            Q("summer volumes are approaching pre-pandemic levels for the first time since 2019", "indirect", "Bridge operator", "anonymous", None, "says"),
            Q("they are paying up to a third more to move loads to Ontario and Quebec", "indirect", "Growers", "anonymous", None, "say"),
            Q("Atlantic ferry fleet 'running on borrowed time'", "mixed", "Union", "organization", None, "says"),
        ],
        figures=[
            F("18 per cent", 18, "%", "percent", None, "Confederation Bridge"),
            F("three vessels", 3, "vessels", "count", None, None),
            F("more than 30 years", 30, "years", "duration", "more than", None),
        ],
        events=[
            E("summer volumes are approaching pre-pandemic levels for the first time", "2019", "since 2019"),
        ],
    ),
)

# ---------------------------------------------------------------------------------------------
# 02  The Associated Press, Tuesday 2022-09-13
# ---------------------------------------------------------------------------------------------
WHITCOMB = ("Darla Whitcomb", "person", "incident commander")
KESSLER = ("Annie Kessler", "person", "spokeswoman for the fire's management team")
RASKIN = ("Tom Raskin", "person", "retired mill worker")
MANAGERS = ("Fire managers", "anonymous", None)

ART["02_idaho-wildfire"] = dict(
    published="2022-09-13",
    published_basis=("No dated dateline or metadata: the body puts the fire's run 'on Tuesday' / 'by Tuesday morning' as "
                     "today's news, with 'Sunday afternoon' and 'on Monday' past and 'through Wednesday evening' / 'through at "
                     "least Thursday' ahead, so the article is from a Tuesday; 'Copyright 2022 The Associated Press' gives the "
                     "year, and school recess plus 'late-season tourist traffic' point to September, but the text does not fix "
                     "which Tuesday: writer.tsv's 2022-09-13 (a Tuesday) taken"),
    outlet="The Associated Press",
    quotes=[
        Q("A wildfire pushed by gusting winds raced through forested canyons north of Boise on Tuesday, destroying homes, forcing about 1,500 people to evacuate and shutting the main highway into one of Idaho's busiest recreation areas", "indirect", "officials", "anonymous", None, "said"),
        Q("it was 5% contained", "indirect", *MANAGERS, "said"),
        Q("This fire doubled in size overnight, and then it doubled again,", "direct", *WHITCOMB, "told reporters"),
        Q("We are not going to get in front of it while these winds are blowing. What we can do is get people out of the way.", "direct", *WHITCOMB, "told reporters"),
        Q("at least 14 homes had been destroyed", "indirect", "The Boise County Sheriff's Office", "organization", None, "said"),
        Q("damage assessment crews had so far confirmed nine homes and \"a couple dozen\" sheds, barns and other outbuildings lost", "mixed", *KESSLER, "said"),
        Q("both numbers were likely to change once crews could safely reach the area", "indirect", *KESSLER, "cautioned"),
        Q("he left his house on the Middle Fork of the Payette River with his dog, his medications and not much else", "indirect", *RASKIN, "said"),
        Q("I've lived up here 31 years and I've never seen it come down the hill like that,", "direct", *RASKIN, "said"),
        Q("You could hear it before you could see it. It sounded like a freight train.", "direct", *RASKIN, "said"),
        Q("a neighbor had sent him a video early Tuesday showing flames on the ridge behind his property, but he did not yet know whether the house was still standing", "indirect", *RASKIN, "said"),
        Q("the road, the main route between the Boise area and the resort towns of Cascade and McCall, could stay closed through at least Thursday", "indirect", "The Idaho Transportation Department", "organization", None, "said"),
        Q("More than 600 firefighters, 12 helicopters and four large air tankers had been assigned to the fire by Tuesday, and the cost of fighting it had reached about $4.7 million", "indirect", "the fire's management team", "organization", None, "according to"),
        Q("the state had also asked for additional Idaho National Guard helicopters and was waiting to hear how many could be spared from fires elsewhere in the West", "indirect", "A state emergency management official", "anonymous", None, "said"),
        Q("investigators believed it was \"most likely human-caused\" but had not determined how it started", "mixed", "A spokesperson for the Boise National Forest", "anonymous", None, "said"),
        Q("it could also bring erratic winds that would make the fire harder to predict", "indirect", *WHITCOMB, "said"),
        Q("Everybody wants to hear that the weather is going to save us,", "direct", *WHITCOMB, "said"),
        Q("It might help. It also might not.", "direct", *WHITCOMB, "said"),
        Q("conditions were unhealthy for sensitive groups", "indirect", "the Idaho Department of Environmental Quality", "organization", None, "saying"),
        Q("crews that had been released from blazes in the state's central mountains last week were being sent back to help with the Cougar Flat Fire", "indirect", *MANAGERS, "said"),
    ],
    figures=[
        F("1,500", 1500, "people", "count", None, None, occ=1),
        F("about 1,500 people", 1500, "people", "count", "about", None),
        F("more than 21,000 acres", 21000, "acres", "count", "more than", "The Cougar Flat Fire"),
        F("85 square kilometers", 85, "square kilometers", "count", None, "The Cougar Flat Fire"),
        F("about 3,000 acres", 3000, "acres", "count", "about", "The Cougar Flat Fire"),
        F("5%", 5, "%", "percent", None, "The Cougar Flat Fire"),
        F("at least 14 homes", 14, "homes", "count", "at least", None),
        F("nine homes", 9, "homes", "count", None, None),
        F("One firefighter", 1, "firefighter", "count", None, None),
        F("roughly 600 homes", 600, "homes", "count", "roughly", None),
        F("about 140 people", 140, "people", "count", "about", None),
        F("67", 67, "years", "duration", None, "Tom Raskin"),
        F("31 years", 31, "years", "duration", None, "Tom Raskin"),
        F("more than two hours", 2, "hours", "duration", "more than", None),
        F("More than 600 firefighters", 600, "firefighters", "count", "More than", None),
        F("12 helicopters", 12, "helicopters", "count", None, None),
        F("four large air tankers", 4, "tankers", "count", None, None),
        F("about $4.7 million", 4700000, "$", "money", "about", None),
        F("up to 45 mph", 45, "mph", "count", "up to", None),
        F("72 kph", 72, "kph", "count", None, None),
    ],
    events=[
        E("A wildfire pushed by gusting winds raced through forested canyons north of Boise", "2022-09-13", "on Tuesday"),
        E("The Cougar Flat Fire, which started", "2022-09-11", "Sunday afternoon"),
        E("had burned more than 21,000 acres (85 square kilometers)", "2022-09-13", "by Tuesday morning"),
        E("up from about 3,000 acres", "2022-09-12", "on Monday"),
        E("One firefighter was treated for a heat-related illness", "2022-09-12", "on Monday"),
        E("The American Red Cross opened a shelter at a high school in Emmett, where about 140 people spent Monday night", "2022-09-12", "Monday night"),
        E("a neighbor had sent him a video", "2022-09-13", "early Tuesday"),
        E("The Idaho Transportation Department closed State Highway 55 between Horseshoe Bend and Banks", "2022-09-12", "on Monday"),
        E("the road, the main route between the Boise area and the resort towns of Cascade and McCall, could stay closed", "2022-09-15", "through at least Thursday"),
        E("More than 600 firefighters, 12 helicopters and four large air tankers had been assigned to the fire", "2022-09-13", "by Tuesday"),
        E("Idaho declared a disaster emergency for Boise County", "2022-09-12", "late Monday"),
        E("Forecasters kept a red flag warning in place", "2022-09-14", "through Wednesday evening"),
        E("A cold front due", "2022-09-12", "later this week"),
        E("Smoke from the fire drifted over the Treasure Valley", "2022-09-13", "on Tuesday"),
        E("It is the largest of several fires burning in Idaho", "2022-09-12", "this week"),
        E("crews that had been released from blazes in the state's central mountains", "2022-09-05", "last week"),
    ],
    furniture=None,
)

# ---------------------------------------------------------------------------------------------
# 03  Reuters, Wednesday 2023-02-15
# ---------------------------------------------------------------------------------------------
OCHA = ("the U.N. Office for the Coordination of Humanitarian Affairs", "organization", None)
BRANDT = ("Helena Brandt", "person", "the World Food Programme's country director in Kenya")
WARIO = ("Galgalo Wario", "person", "herder")
NJOROGE = ("Peter Njoroge", "person", "spokesman for the Ministry of Interior")
KENYA_GOV = ("Kenya's government", "organization", None)

ART["03_kenya-drought-appeal"] = dict(
    published="2023-02-15",
    published_basis=("Dateline 'NAIROBI, Feb 15 (Reuters) -' and U.N. agencies 'said on Wednesday' in the lede; the year is "
                     "not written: Feb 15 fell on a Wednesday in 2023, and 'died since late 2021' / 'waiting for three years' "
                     "fit 2023; agrees with writer.tsv"),
    outlet="Reuters",
    quotes=[
        Q("Kenya drought appeal less than a third funded as rains forecast to fail again", "indirect", "United Nations", "organization", None, "says"),
        Q("their appeal for drought-hit Kenya was less than a third funded", "indirect", "United Nations agencies", "organization", None, "said"),
        Q("the March-to-May rains were likely to be poor again across much of the country's arid north and east", "indirect", "regional forecasters", "anonymous", None, "warned"),
        Q("The U.N. and its partners have asked donors for $472 million to provide food, water and health services in Kenya this year, but had received about $141 million, or roughly 30%, by the end of last week", "indirect", *OCHA, "according to"),
        Q("about 4.35 million people need food assistance", "indirect", *KENYA_GOV, "says"),
        Q("the figure at \"nearly 4.4 million\"", "mixed", *OCHA, "puts"),
        Q("it could rise to 5 million by the middle of the year if the coming rains fail", "indirect", *OCHA, "said"),
        Q("We have had to cut rations twice since December,", "direct", *BRANDT, "said"),
        Q("If the money does not come in the next few weeks, we will be choosing which families get help and which do not. That is not a choice anybody should have to make.", "direct", *BRANDT, "said"),
        Q("WFP's stocks of specialised nutrition products for young children would run out by the end of the month in two northern counties unless new funding arrived", "indirect", *BRANDT, "told Reuters"),
        Q("Acute malnutrition among children under five in Turkana county has risen by 6 percentage points over the past year to about 24%", "indirect", "the county health department and aid groups", "organization", None, "according to"),
        Q("more than 2.5 million cattle, goats, sheep and camels have died since late 2021", "indirect", "The government's drought management agency", "organization", None, "estimates"),
        Q("the true number is higher because many deaths in remote areas go unrecorded", "indirect", "some aid groups", "anonymous", None, "say"),
        Q("he had lost 40 of his 55 goats and all six of his cattle since last year", "indirect", *WARIO, "said"),
        Q("When the animals die, everything dies with them,", "direct", *WARIO, "said"),
        Q("The children's school fees, the food, the dowry for my son. We are waiting for the rain, but we have been waiting for three years.", "direct", *WARIO, "said"),
        Q("there was a 50-60% chance of below-normal rainfall in much of eastern Kenya, southern Ethiopia and Somalia between March and May", "indirect", "The Intergovernmental Authority on Development's climate centre", "organization", None, "said"),
        Q("Kenya's government has set aside about 10 billion shillings ($79 million) for drought relief in the current financial year, including cash transfers to about 500,000 households and water trucking", "indirect", *NJOROGE, "said"),
        Q("the government was doing \"everything within its means\" and that the national figure of people in need had been compiled from county assessments that were more up to date than those used by the U.N.", "mixed", *NJOROGE, "said"),
        Q("The price of a 2-kg packet of maize flour in Nairobi has risen by about 40% in a year", "indirect", *KENYA_GOV, "according to"),
        Q("donor attention had shifted to other crises and that several governments were waiting for the results of a new needs assessment before committing more money", "indirect", "A Western diplomat in Nairobi", "anonymous", None, "said"),
        Q("it would present a revised appeal for the Horn of Africa to donors in Geneva next month", "indirect", *OCHA, "said"),
    ],
    figures=[
        F("$472 million", 472000000, "USD", "money", None, "U.N."),
        F("about $141 million", 141000000, "USD", "money", "about", "U.N."),
        F("roughly 30%", 30, "%", "percent", "roughly", "U.N."),
        F("about 4.35 million people", 4350000, "people", "count", "about", "Kenya"),
        F("nearly 4.4 million", 4400000, "people", "count", "nearly", "Kenya"),
        F("5 million", 5000000, "people", "count", None, "Kenya", occ=2),
        F("two northern counties", 2, "counties", "count", None, None),
        F("6 percentage points", 6, "%", "percent", None, "Turkana county"),
        F("about 24%", 24, "%", "percent", "about", "Turkana county"),
        F("above 15%", 15, "%", "percent", "above", None),
        F("more than 2.5 million cattle, goats, sheep and camels", 2500000, "cattle, goats, sheep and camels", "count", "more than", "Kenya"),
        F("52", 52, "years", "duration", None, "Galgalo Wario"),
        F("40", 40, "goats", "count", None, "Galgalo Wario", occ=1),
        F("55 goats", 55, "goats", "count", None, "Galgalo Wario"),
        F("six of his cattle", 6, "cattle", "count", None, "Galgalo Wario"),
        F("three years", 3, "years", "duration", None, None),
        F("50-60%", 50, "%", "percent", None, None),
        F("about 10 billion shillings", 10000000000, "KES", "money", "about", "Kenya"),
        F("$79 million", 79000000, "USD", "money", None, "Kenya"),
        F("about 500,000 households", 500000, "households", "count", "about", "Kenya"),
        F("2-kg", 2, "kg", "count", None, None),
        F("about 40%", 40, "%", "percent", "about", None),
        F("$1", 1, "USD", "money", None, None, occ=2),
        F("126.45 Kenyan shillings", 126.45, "KES", "money", None, None),
    ],
    events=[
        E("United Nations agencies said on Wednesday their appeal for drought-hit Kenya was less than a third funded", "2023-02-15", "on Wednesday"),
        E("the March-to-May rains were likely to be poor again", "2023-03", "March-to-May"),
        E("The U.N. and its partners have asked donors for $472 million to provide food, water and health services in Kenya", "2023", "this year"),
        E("had received about $141 million, or roughly 30%", "2023-02-06", "by the end of last week"),
        E("it could rise to 5 million", "2023", "by the middle of the year"),
        E("We have had to cut rations twice", "2022-12", "since December"),
        E("WFP's stocks of specialised nutrition products for young children would run out", "2023-02", "by the end of the month"),
        E("a survey by the county health department and aid groups published", "2023-02", "earlier this month"),
        E("more than 2.5 million cattle, goats, sheep and camels have died", "2021", "since late 2021"),
        E("he had lost 40 of his 55 goats and all six of his cattle", "2022", "since last year"),
        E("The Intergovernmental Authority on Development's climate centre said in its seasonal outlook", "2023-02-06", "last week"),
        E("below-normal rainfall in much of eastern Kenya, southern Ethiopia and Somalia", "2023-03", "between March and May"),
        E("a spokesman for the Ministry of Interior, Peter Njoroge, said", "2023-02-15", "on Wednesday"),
        E("it would present a revised appeal for the Horn of Africa to donors in Geneva", "2023-03", "next month"),
    ],
    furniture=None,
)

# ---------------------------------------------------------------------------------------------
# 04  The Pennine Courier, Saturday 2021-10-23
# ---------------------------------------------------------------------------------------------
CLUB = ("Ashworth Town Football Club", "organization", None)
RADCLIFFE = ("Fiona Radcliffe", "person", "one of the joint administrators")
HOLLINS_SP = ("A spokesman for Hollins", "anonymous", None)
ORMEROD = ("Janet Ormerod", "person", None)
PEARCE = ("Gary Pearce", "person", "manager")

ART["04_ashworth-administration"] = dict(
    published="2021-10-23",
    published_basis=("Metadata line 'date 2021-10-23' (a Saturday); the club confirmed the administration 'on Friday "
                     "evening' and the embedded tweet is dated 'October 22, 2021' (the day before); 'Town host Kingsmere United "
                     "at 3pm today'; agrees with writer.tsv (the text itself names the outlet only as 'the Courier')"),
    outlet="The Pennine Courier",
    quotes=[
        Q("two insolvency practitioners from a Manchester firm had been appointed as joint administrators", "indirect", *CLUB, "confirmed"),
        Q("the standard 12-point penalty would apply once its board had formally confirmed the appointment, which is expected next week", "indirect", "The English Football League", "organization", None, "said"),
        Q("it had taken the step “to protect the club’s future and its place in the Football League”", "mixed", *CLUB, "said"),
        Q("the immediate priority was to keep the club trading", "indirect", *RADCLIFFE, "said"),
        Q("Our first job is to make sure tomorrow’s match goes ahead and that the people who work here are paid,", "direct", *RADCLIFFE, "said"),
        Q("We have spoken to the players and staff this morning and been honest with them about where things stand. Wages for October will be paid in full, but beyond that we need to find a buyer, and we need to find one quickly.", "direct", *RADCLIFFE, "said"),
        Q("There has already been interest from two parties, and we expect more now that the process is formal. This is a club with a proud history and a loyal following. It has a future, but it needs the right owner.", "direct", *RADCLIFFE, "said"),
        Q("she hoped to have offers in hand by the end of the month and would set a deadline for bids “within days”", "mixed", *RADCLIFFE, "said"),
        Q("the true total was “closer to £35m” once money the owner had agreed to write off was taken into account", "mixed", *HOLLINS_SP, "saying"),
        Q("Hollins, a property developer who bought the club in 2016, had put in “more than £20m of his own money” and had “always acted in the best interests of Ashworth Town”", "mixed", *HOLLINS_SP, "said"),
        Q("the collapse “a betrayal of everyone who has ever paid to come through the turnstiles”", "mixed", *ORMEROD, "called"),
        Q("We have been asking questions about the debt and about the ground for two years, and we have been told to stop worrying,", "direct", *ORMEROD, "said"),
        Q("Well, here we are. The club can’t be sold without the stadium, and the stadium isn’t in the administrators’ hands. That should frighten everybody.", "direct", *ORMEROD, "said"),
        Q("it would hold a public meeting on Wednesday and was asking members to pledge money towards a possible community bid", "indirect", "the Ashworth Town Supporters’ Trust", "organization", None, "said"),
        Q("his players had learned of the news the same way as everyone else", "indirect", *PEARCE, "said"),
        Q("The lads found out on their phones, like the fans did,", "direct", *PEARCE, "told the Courier"),
        Q("That’s not how it should be. But they’re professionals, and tomorrow is a football match, and we’ll go out and try to win it.", "direct", *PEARCE, "told the Courier"),
        Q("nobody had asked to leave", "indirect", *PEARCE, "said"),
        Q("any buyer would have to reach an agreement with HMRC", "indirect", *RADCLIFFE, "acknowledged"),
        Q("That conversation has started,", "direct", *RADCLIFFE, "said"),
    ],
    figures=[
        F("more than £40m", 40000000, "GBP", "money", "more than", "Ashworth Town", occ=1),
        F("exceed £40m", 40000000, "GBP", "money", "exceed", "Ashworth Town"),
        F("12-point", 12, "points", "count", None, "Ashworth Town", occ=1),
        F("less than three years", 3, "years", "duration", "less than", "Ashworth Town"),
        F("two insolvency practitioners", 2, "practitioners", "count", None, None),
        F("12-point", 12, "points", "count", None, "Ashworth Town", occ=2),
        F("seven points", 7, "points", "count", None, "Ashworth Town"),
        F("14 matches", 14, "matches", "count", None, "Ashworth Town"),
        F("four points", 4, "points", "count", None, "Ashworth Town"),
        F("two parties", 2, "parties", "count", None, "Ashworth Town"),
        F("£31.4m", 31400000, "GBP", "money", None, "Ashworth Town"),
        F("137 per cent", 137, "%", "percent", None, "Ashworth Town"),
        F("more than £40m", 40000000, "GBP", "money", "more than", "Ashworth Town", occ=2),
        F("about £12.6m", 12600000, "GBP", "money", "about", "HMRC"),
        F("closer to £35m", 35000000, "GBP", "money", "closer to", "Ashworth Town"),
        F("more than £20m", 20000000, "GBP", "money", "more than", "Derek Hollins"),
        F("two years", 2, "years", "duration", None, None),
        F("27 senior professionals", 27, "professionals", "count", None, "Ashworth Town"),
        F("more than two months", 2, "months", "duration", "more than", None),
        F("About 5,400 season tickets", 5400, "tickets", "count", "About", "Ashworth Town"),
        F("around 8,400", 8400, "crowds", "count", "around", "Ashworth Town"),
        F("four stands", 4, "stands", "count", None, None),
        F("more than 40 years", 40, "years", "duration", "more than", "Ashworth Town"),
        F("a minimum of 25p", 0.25, "GBP", "money", "a minimum of", None),
    ],
    events=[
        E("The club confirmed on Friday evening that two insolvency practitioners from a Manchester firm had been appointed as joint administrators", "2021-10-22", "on Friday evening"),
        E("its board had formally confirmed the appointment, which is expected", "2021-10-25", "next week"),
        E("A statement from Ashworth Town Football Club. Please read in full.", "2021-10-22", "October 22, 2021"),
        E("tomorrow’s match goes ahead", "2021-10-23", "tomorrow’s"),
        E("We have spoken to the players and staff", "2021-10-22", "this morning"),
        E("Wages for October will be paid in full", "2021-10", "October"),
        E("she hoped to have offers in hand", "2021-10", "by the end of the month"),
        E("The club’s last published accounts, for the 2019-20 season, showed liabilities of £31.4m", "2019", "the 2019-20 season"),
        E("Hollins, a property developer who bought the club", "2016", "in 2016"),
        E("it would hold a public meeting", "2021-10-27", "on Wednesday"),
        E("tomorrow is a football match", "2021-10-23", "tomorrow"),
        E("The January transfer window is more than two months away", "2022-01", "January"),
        E("Town host Kingsmere United", "2021-10-23", "today"),
        E("About 5,400 season tickets were sold", "2021", "this summer"),
        E("Ashworth were promoted", "2019", "in 2019"),
        E("reached the fourth round of the FA Cup", "2019", "the following season"),
        E("They finished 11th in League One", "2020", "last season"),
    ],
    furniture=dict(quotes=[], figures=[], events=[]),
)

# ---------------------------------------------------------------------------------------------
# 05  The Brisbane Ledger, Monday 2023-06-12
# ---------------------------------------------------------------------------------------------
REVIEW = ("an internal review", "anonymous", None)
TOLLEY = ("Marcus Tolley", "person", "chief executive of the agency")
GOVSP = ("a government spokesperson", "anonymous", None)
FALCONE = ("Renee Falcone", "person", "Opposition transport spokeswoman")
LINDQVIST = ("Kate Lindqvist", "person", "Former Olympic rower")

ART["05_brisbane-olympic-rail"] = dict(
    published="2023-06-12",
    published_basis=("'Posted Mon 12 Jun 2023 at 6:41pm, updated Mon 12 Jun 2023 at 9:02pm' line; government statement 'on "
                     "Monday afternoon'; agrees with writer.tsv (the text names the outlet only as 'the Ledger')"),
    outlet="The Brisbane Ledger",
    quotes=[
        Q("Cost of light rail link to Brisbane 2032 athletes’ village nearly doubles to $2.1 billion", "indirect", *REVIEW, "finds"),
        Q("The cost of a light rail line meant to carry athletes and spectators to the Brisbane 2032 Olympic village has almost doubled, and the line may not open until a year before the Games", "indirect", *REVIEW, "according to"),
        Q("the project is “a slow-motion train wreck”", "mixed", "The opposition", "organization", None, "says"),
        Q("have risen about 23 per cent across south-east Queensland since that business case was prepared", "indirect", *REVIEW, "says"),
        Q("the line’s opening could slip by between 18 and 24 months, pushing completion to mid-2031 rather than 2030 as first planned", "indirect", *REVIEW, "warns"),
        Q("the figures were “in the right ballpark”", "mixed", *TOLLEY, "confirmed"),
        Q("the estimate would be refined before the project went to tender next year", "indirect", *TOLLEY, "said"),
        Q("Nobody is pretending these numbers are comfortable,", "direct", *TOLLEY, "said"),
        Q("But this is a permanent piece of transport infrastructure that Brisbane will use for 50 years after the closing ceremony, not a temporary Games fix.", "direct", *TOLLEY, None),
        Q("the agency was looking at ways to bring the cost down, including reducing the number of stations from eight to seven and building one of the elevated sections at ground level", "indirect", *TOLLEY, "said"),
        Q("the state remained committed to “delivering the Games on time and on budget” and that the light rail link had always been expected to be funded partly by the Commonwealth", "mixed", *GOVSP, "said"),
        Q("final costings would be released once the business case had been updated, which was expected by the end of the year", "indirect", *GOVSP, "said"),
        Q("the review showed the government had lost control of the project", "indirect", *FALCONE, "said"),
        Q("This is a slow-motion train wreck, and Queenslanders are the ones who will be paying for the tickets,", "direct", *FALCONE, "said"),
        Q("the government to release the full document, which she said had been “sitting in a drawer” since April", "mixed", *FALCONE, "called on"),
        Q("most competitors will be able to reach their venues within 30 minutes", "indirect", "organisers", "anonymous", None, "have promised"),
        Q("reliable transport mattered more to competitors than most people realised", "indirect", *LINDQVIST, "said"),
        Q("When you’ve trained for four years for one race, the last thing you want is to be sitting in traffic on a bus,", "direct", *LINDQVIST, "said"),
        Q("Athletes remember the small things: how long it took to get to training, whether the bus turned up. I’d hate to see the transport be the thing people remember about Brisbane.", "direct", *LINDQVIST, None),
        Q("she supported the project but wanted the government to set out “a plan B” in case the line was not ready", "mixed", *LINDQVIST, "said"),
        Q("they had been told to expect construction to disrupt roads around the Racecourse Road precinct for close to three years", "indirect", "Business groups in the inner north", "anonymous", None, "said"),
    ],
    figures=[
        F("$2.1 billion", 2100000000, "$", "money", None, "light rail link", occ=1),
        F("6.4km", 6.4, "km", "count", None, "light rail line"),
        F("$1.2 billion", 1200000000, "$", "money", None, "light rail line", occ=1),
        F("between $1.9 billion and $2.1 billion", 1900000000, "$", "money", None, "light rail line", occ=1),
        F("6.4-kilometre", 6.4, "kilometres", "count", None, "light rail line"),
        F("between $1.9 billion and $2.1 billion", 1900000000, "$", "money", None, "light rail line", occ=2),
        F("$1.2 billion", 1200000000, "$", "money", None, "light rail line", occ=2),
        F("about 23 per cent", 23, "%", "percent", "about", "construction costs"),
        F("two elevated sections", 2, "sections", "count", None, None),
        F("between 18 and 24 months", 18, "months", "duration", None, None),
        F("50 years", 50, "years", "duration", None, "Brisbane"),
        F("eight", 8, "stations", "count", None, None),
        F("seven", 7, "stations", "count", None, None),
        F("about 14,000 athletes and team officials", 14000, "athletes and team officials", "count", "about", None),
        F("within 30 minutes", 30, "minutes", "duration", "within", None),
        F("up to 12,000 passengers", 12000, "passengers", "count", "up to", None),
        F("three to four minutes", 3, "minutes", "duration", None, None),
        F("four years", 4, "years", "duration", None, None),
        F("close to three years", 3, "years", "duration", "close to", None),
    ],
    events=[
        E("The review, prepared for the state’s Olympic infrastructure agency", "2023-04", "in April"),
        E("the original business case released", "2021", "in 2021"),
        E("the line’s opening could slip by between 18 and 24 months, pushing completion", "2031", "to mid-2031"),
        E("rather than 2030 as first planned", "2030", "2030"),
        E("the project went to tender", "2024", "next year"),
        E("a government spokesperson said the state remained committed to “delivering the Games on time and on budget”", "2023-06-12", "on Monday afternoon"),
        E("the business case had been updated, which was expected", "2023", "by the end of the year"),
        E("had been “sitting in a drawer”", "2023-04", "since April"),
        E("The Games will be held", "2032-07-23", "from July 23 to August 8, 2032"),
        E("the Paralympics to follow", "2032-08", "later that month"),
    ],
    furniture=dict(
        quotes=[
            Q("it will look again at several venues after a series of cost increases", "indirect", "The state government", "organization", None, "says"),
            Q("Olympic village site was ‘the only real option’", "mixed", "planners", "anonymous", None, "say"),
        ],
        figures=[
            F("two other riverfront locations", 2, "locations", "count", None, None),
            F("two years", 2, "years", "duration", None, None),
        ],
        events=[
            E("two other riverfront locations were ruled out", "2021", "in 2021"),
            E("Some bus routes in the CBD will be changed again", "2023-07", "from next month"),
        ],
    ),
)

# ---------------------------------------------------------------------------------------------
# 06  Northline News, Friday 2022-11-25
# ---------------------------------------------------------------------------------------------
LYTVYN = ("Oksana Lytvyn", "person", "accountant")
KMA = ("the city's military administration", "organization", None)
SAVCHUK = ("Dmytro Savchuk", "person", "shift supervisor at one of the substations that supply the capital")
CAN_OFF = ("A senior Canadian official", "anonymous", None)
BOYKO = ("Natalia Boyko", "person", None)
MELNYK = ("Andriy Melnyk", "person", "programmer")

ART["06_kyiv-blackouts"] = dict(
    published="2022-11-25",
    published_basis=("Metadata line 'date 2022-11-25' (a Friday); body reports conditions 'on Friday' with the outage "
                     "'on Thursday evening' and Canada's announcement 'on Thursday' just past; photo caption and lead-video "
                     "line dated Nov. 24, 2022 (the day before); '© 2022 Northline News' footer; agrees with writer.tsv"),
    outlet="Northline News",
    quotes=[
        Q("We light candles and wait,", "direct", *LYTVYN, "said"),
        Q("Sometimes it is four hours, sometimes it is 12. The lift doesn't work, so my mother hasn't been downstairs in a week.", "direct", *LYTVYN, "said"),
        Q("about 30 per cent of consumers in the capital remained disconnected, down from roughly 70 per cent on Wednesday night", "indirect", *KMA, "said"),
        Q("Power engineers are working around the clock. We ask residents to be patient and to use electricity sparingly,", "direct", *KMA, "said"),
        Q("the share of homes without power in some districts on the left bank was \"closer to half,\" and that the official figure did not count buildings that were receiving power for only a few hours a day", "mixed", "a city energy official", "anonymous", None, "said"),
        Q("scheduled outages would continue across most regions for the foreseeable future, with households in the capital typically getting power for four hours at a time, followed by four hours without", "indirect", "Ukraine's national grid operator", "organization", None, "said"),
        Q("Water supply had been restored to most of Kyiv by Friday afternoon", "indirect", "officials", "anonymous", None, "said"),
        Q("his crews had been working 16-hour shifts since the middle of October", "indirect", *SAVCHUK, "said"),
        Q("We repair something, and a week later we repair it again,", "direct", *SAVCHUK, "told Northline News"),
        Q("The equipment we need most, the big transformers, you cannot buy in a shop. Some of them take a year to build.", "direct", *SAVCHUK, "told Northline News"),
        Q("it would send $15 million worth of generators and electrical equipment to Ukraine, including about 200 generators and parts to repair damaged transformers", "indirect", "Canada", "organization", None, "announced"),
        Q("the equipment would be delivered in co-ordination with Ukrainian authorities and \"directed to where the needs are greatest, including hospitals, schools and water facilities.\"", "mixed", "Global Affairs Canada", "organization", None, "said"),
        Q("the first shipment was expected to leave from CFB Trenton early next week and arrive in Poland by the end of the month, before being moved into Ukraine by road", "indirect", *CAN_OFF, "said"),
        Q("Ottawa was also discussing a second package with G7 partners", "indirect", *CAN_OFF, "said"),
        Q("volunteers had collected more than $350,000 since earlier this month to buy generators and send them to towns near the front line", "indirect", *BOYKO, "said"),
        Q("People come in with $20, with $50. One man brought a cheque for $10,000 and wouldn't tell us his name,", "direct", *BOYKO, "said"),
        Q("Everyone here has family there. Everyone is checking the news at night to see if their parents' town still has light.", "direct", *BOYKO, "said"),
        Q("more than 400 such sites were operating in the capital on Friday, and that the number would rise to about 500 by next week", "indirect", "Officials", "anonymous", None, "said"),
        Q("The office has no heat, my apartment has no heat, so I come here,", "direct", *MELNYK, "said"),
        Q("We complain, of course. But nobody I know is talking about giving up.", "direct", *MELNYK, "said"),
    ],
    figures=[
        F("two candles", 2, "candles", "count", None, "Oksana Lytvyn"),
        F("44-year-old", 44, "years", "duration", None, "Oksana Lytvyn"),
        F("four hours", 4, "hours", "duration", None, None, occ=1),
        F("12", 12, "hours", "duration", None, None),
        F("about 30 per cent", 30, "%", "percent", "about", "Kyiv"),
        F("roughly 70 per cent", 70, "%", "percent", "roughly", "Kyiv"),
        F("four hours", 4, "hours", "duration", None, None, occ=2),
        F("four hours", 4, "hours", "duration", None, None, occ=3),
        F("around -8 C", -8, "C", "count", "around", "Kyiv"),
        F("16-hour", 16, "hours", "duration", None, None),
        F("$15 million", 15000000, "$", "money", None, "Canada"),
        F("about 200 generators", 200, "generators", "count", "about", "Canada"),
        F("more than $350,000", 350000, "$", "money", "more than", None),
        F("$20", 20, "$", "money", None, None),
        F("$50", 50, "$", "money", None, None),
        F("$10,000", 10000, "$", "money", None, None),
        F("more than 400 such sites", 400, "sites", "count", "more than", "Kyiv"),
        F("about 500", 500, "sites", "count", "about", "Kyiv"),
        F("29-year-old", 29, "years", "duration", None, "Andriy Melnyk"),
    ],
    events=[
        E("the lights went out again in Oksana Lytvyn's ninth-floor apartment", "2022-11-24", "on Thursday evening"),
        E("another wave of Russian missile and drone strikes hit power plants and substations across the country", "2022-11-23", "Two days after"),
        E("large parts of Kyiv were still without electricity, heating or running water", "2022-11-25", "on Friday"),
        E("The city's military administration said in a post on Telegram", "2022-11-25", "on Friday morning"),
        E("down from roughly 70 per cent", "2022-11-23", "on Wednesday night"),
        E("A man charges his phone inside a heated tent set up by emergency services in Kyiv", "2022-11-24", "on Nov. 24, 2022"),
        E("Water supply had been restored to most of Kyiv", "2022-11-25", "by Friday afternoon"),
        E("Temperatures hovered just below zero", "2022-11-25", "on Friday"),
        E("forecasters expect lows of around -8 C", "2022-11-28", "by the middle of next week"),
        E("his crews had been working 16-hour shifts", "2022-10", "since the middle of October"),
        E("Canada announced on Thursday that it would send $15 million worth of generators and electrical equipment to Ukraine", "2022-11-24", "on Thursday"),
        E("the first shipment was expected to leave from CFB Trenton", "2022-11-28", "early next week"),
        E("arrive in Poland", "2022-11", "by the end of the month"),
        E("volunteers had collected more than $350,000", "2022-11", "since earlier this month"),
        E("more than 400 such sites were operating in the capital", "2022-11-25", "on Friday"),
        E("the number would rise to about 500", "2022-11-28", "by next week"),
    ],
    furniture=dict(
        quotes=[
            Q("Canada to train Ukrainian soldiers in Poland", "indirect", "defence department", "organization", None, "says"),
        ],
        figures=[
            F("About 40 Canadian Armed Forces members", 40, "members", "count", "About", "Canada"),
            F("nine months", 9, "months", "duration", None, None),
        ],
        events=[
            E("Kyiv residents endure blackouts after latest Russian strikes", "2022-11-24", "Nov 24, 2022", occ=2),
            E("the mission, which begins", "2022-12", "next month"),
            E("Hundreds gathered at Nathan Phillips Square", "2022-11-20", "on Sunday evening"),
            E("Ukrainian refugees in Halifax prepare for first Canadian winter", "2022-11-18", "Nov 18, 2022"),
        ],
    ),
)


def build(name, a, with_furniture):
    quotes, figures, events = list(a["quotes"]), list(a["figures"]), list(a["events"])
    if with_furniture and a.get("furniture"):
        quotes += a["furniture"]["quotes"]
        figures += a["furniture"]["figures"]
        events += a["furniture"]["events"]
    return {
        "article": name + ".txt",
        "published": a["published"],
        "published_basis": a["published_basis"],
        "outlet": a["outlet"],
        "quotes": quotes,
        "figures": figures,
        "events": events,
    }


def main():
    outdirs = [(ROOT, False)]
    if "--variant" in sys.argv:
        outdirs.append((os.path.join(HERE, "with-furniture"), True))
    for outdir, wf in outdirs:
        os.makedirs(outdir, exist_ok=True)
        for name, a in ART.items():
            with open(os.path.join(outdir, name + ".json"), "w", encoding="utf-8") as fh:
                json.dump(build(name, a, wf), fh, ensure_ascii=False, indent=2)
                fh.write("\n")
        print("wrote", len(ART), "files to", outdir)


if __name__ == "__main__":
    main()
