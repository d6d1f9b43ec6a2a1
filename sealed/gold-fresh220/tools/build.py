#!/usr/bin/env python3
"""Write the hand-made annotations of gold-fresh220 to JSON.

Everything below was written by hand after reading each article in full; this
script does no extraction of its own. It only serialises the literals.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def Q(text, kind, speaker, stype, role, cue, occ=None):
    d = {"text": text}
    if occ is not None:
        d["occurrence"] = occ
    d.update(kind=kind, speaker=speaker, speaker_type=stype, role=role, cue=cue)
    return d


def F(text, value, unit, cat, approx, subject, occ=None):
    d = {"text": text}
    if occ is not None:
        d["occurrence"] = occ
    d.update(value=value, unit=unit, category=cat, approx=approx, subject=subject)
    return d


def E(text, date, date_text, occ=None):
    d = {"text": text}
    if occ is not None:
        d["occurrence"] = occ
    d.update(date=date, date_text=date_text)
    return d


P, A, O = "person", "anonymous", "organization"
D, I, M = "direct", "indirect", "mixed"

ANN = {}

# ---------------------------------------------------------------------------
# 01 The Canadian Press: veterans' disability-benefit backlog (Thu 2021-11-18)
# ---------------------------------------------------------------------------
VAC = "Veterans Affairs Canada"
DK = ("Darren Kowalchuk", P, "retired warrant officer")
SMB = ("Sylvie Marchand-Beaulieu", P, "lawyer")
ANN["01_veterans-backlog"] = {
    "published": "2021-11-18",
    "published_basis": "Metadata line 'Published Thursday, Nov. 18, 2021 5:14PM EST' (and CP tagline 'first published Nov. 18, 2021'); 2021-11-18 was a Thursday, matching 'on Thursday' for the data release and the briefing",
    "outlet": "The Canadian Press",
    "quotes": [
        Q("22,340 applications were stuck beyond the department’s 16-week target at the end of September, up from 20,870 at the end of June",
          I, VAC, O, None, "shows"),
        Q("The average wait for a first decision on a disability claim was 34 weeks", I, VAC, O, None, "said"),
        Q("These aren’t numbers to the people who are waiting. They’re rent, they’re physio, they’re whether you can afford the medication this month,",
          D, *DK, "said"),
        Q("he has been waiting since February for a decision on a hearing-loss claim", I, *DK, "said"),
        Q("I call, I get a very polite person who tells me it’s in the queue,", D, *DK, "said"),
        Q("Nobody can tell me where in the queue.", D, *DK, "said"),
        Q("What worries me is the younger guys who came out after Afghanistan with PTSD and don’t have the patience left for this. Some of them just stop calling. And then you hear about them later.",
          D, *DK, None),
        Q("the overall queue had shrunk by nearly 30 per cent from its peak in early 2020, when more than 49,000 files were awaiting a decision, and that staff were now completing about 4,500 decisions a month",
          I, VAC, O, None, "said"),
        Q("We know that any veteran waiting too long is one too many,", D, VAC, O, None, "said"),
        Q("Our teams are working every day to reduce wait times, with particular attention to files from women veterans and francophone veterans.",
          D, VAC, O, None, None),
        Q("the government was “committed to keeping the extra capacity where it is needed most,”",
          M, "Hélène Trottier", P, "spokesperson for the minister", "said"),
        Q("the backlog would fall below 10,000 by the end of 2021", I, VAC, O, None, "had forecast"),
        Q("the target is now out of reach", I, "Officials", A, None, "acknowledged"),
        Q("a surge in new applications — up 18 per cent over the same period last year — had swallowed the gains in processing",
          I, "One official", A, None, "said"),
        Q("Part of the increase came from veterans who had held off applying during the first months of the pandemic",
          I, "One official", A, None, "said"),
        Q("the temporary-hiring approach “a band-aid on a broken leg.”", M, *SMB, "called"),
        Q("files from Quebec veterans are routinely moved between offices, adding weeks each time", I, *SMB, "said"),
        Q("You can’t build expertise with staff who don’t know if they’ll still have a job in 18 months,",
          D, *SMB, "told The Canadian Press"),
        Q("it would publish a follow-up report early next year", I, "the office of the veterans ombud", O, None, "said"),
        Q("he intends to raise the issue with his member of Parliament when the House of Commons returns on Monday",
          I, *DK, "said"),
        Q("They stood up on the 11th and laid wreaths and said ‘lest we forget,’", D, *DK, "said"),
        Q("Well, this is the part they forget.", D, *DK, "said"),
    ],
    "figures": [
        F("22,000", 22000, "applications", "count", None, "backlog", occ=1),
        F("above 22,000", 22000, "veterans", "count", "above", "Canadian veterans"),
        F("nearly three years", 3, "years", "duration", "nearly", "temporary hiring"),
        F("22,340 applications", 22340, "applications", "count", None, VAC),
        F("16-week", 16, "weeks", "duration", None, "service standard"),
        F("20,870", 20870, "applications", "count", None, VAC),
        F("about 41,000 claims", 41000, "claims", "count", "about", VAC),
        F("34 weeks", 34, "weeks", "duration", None, "average wait"),
        F("23 years", 23, "years", "duration", None, "Darren Kowalchuk"),
        F("about $192 million", 192000000, "$", "money", "about", "Ottawa"),
        F("Roughly 560 temporary adjudicators and support workers", 560, "adjudicators and support workers", "count", "Roughly", VAC),
        F("nearly 30 per cent", 30, "%", "percent", "nearly", "overall queue"),
        F("more than 49,000 files", 49000, "files", "count", "more than", "overall queue"),
        F("about 4,500 decisions", 4500, "decisions", "count", "about", VAC),
        F("below 10,000", 10000, "applications", "count", "below", "backlog"),
        F("18 per cent", 18, "%", "percent", None, "new applications"),
        F("39 weeks", 39, "weeks", "duration", None, "Francophone applicants"),
        F("five weeks", 5, "weeks", "duration", None, "Francophone applicants"),
        F("seven weeks", 7, "weeks", "duration", None, None),
        F("18 months", 18, "months", "duration", None, None),
    ],
    "events": [
        E("A veteran wears his medals during a Remembrance Day ceremony at the National War Memorial in Ottawa",
          "2021-11-11", "on Thursday, Nov. 11, 2021"),
        E("Data posted by Veterans Affairs Canada", "2021-11-18", "on Thursday"),
        E("22,340 applications were stuck beyond the department’s 16-week target", "2021-09", "at the end of September"),
        E("up from 20,870", "2021-06", "at the end of June"),
        E("he has been waiting since February for a decision on a hearing-loss claim", "2021-02", "since February"),
        E("Ottawa has spent about $192 million", "2018", "since 2018"),
        E("their contracts were extended", "2021", "in the spring"),
        E("their contracts were extended in the spring budget", "2023-03", "until March 2023"),
        E("more than 49,000 files were awaiting a decision", "2020", "in early 2020"),
        E("The department’s own projection, included in a report to Parliament", "2020", "last year"),
        E("the backlog would fall below 10,000", "2021", "by the end of 2021"),
        E("Officials acknowledged at a technical briefing for reporters", "2021-11-18", "on Thursday afternoon"),
        E("a gap of seven weeks", "2021", "in the spring"),
        E("it would publish a follow-up report", "2022", "early next year"),
        E("the House of Commons returns", "2021-11-22", "on Monday"),
        E("They stood up on the 11th and laid wreaths", "2021-11-11", "on the 11th"),
    ],
}

# ---------------------------------------------------------------------------
# 02 Reuters: UK armoured vehicle programme (Tue 2022-03-01)
# ---------------------------------------------------------------------------
HCDC = "the House of Commons Defence Committee"
AP_ = ("Alistair Penrose", P, "Conservative lawmaker who chairs the committee")
RE = ("Rowan Egerton", P, "defence analyst")
MODS = ("a ministry spokesperson", A, None)
ANN["02_uk-armour-costs"] = {
    "published": "2022-03-01",
    "published_basis": "Dateline 'LONDON, March 1 (Reuters)' and the committee 'said on Tuesday'; the year is not printed but Russia's invasion of Ukraine 'last Thursday' (2022-02-24) fixes 2022; 2022-03-01 was a Tuesday",
    "outlet": "Reuters",
    "quotes": [
        Q("UK army's armoured vehicle programme four years late, 1.4 bln pounds over budget", I, HCDC, O, None, "-"),
        Q("A British army programme to replace its ageing fleet of tracked armoured vehicles is running at least four years late and its budget has swelled by 1.4 billion pounds ($1.87 billion)",
          I, HCDC, O, None, "said"),
        Q("the Heavy Protected Mobility programme, approved in 2017 with a budget of 3.2 billion pounds, was now expected to cost about 4.6 billion pounds, and that only 26 of a planned 589 vehicles had been handed over to the army",
          I, HCDC, O, None, "said"),
        Q('it now did not expect that before 2025 "at the earliest"', M, HCDC, O, None, "said"),
        Q("The army has been promised a modern fleet for the best part of a decade, and what it has to show for it is a few dozen vehicles parked on a training area,",
          D, *AP_, "said"),
        Q("That is not good enough at any time, and it is certainly not good enough now.", D, *AP_, "said"),
        Q('the ministry\'s handling of the contract as "a case study in how not to buy equipment"', M, HCDC, O, None, "described"),
        Q("officials had signed off on a production schedule before testing was complete and had failed to tell ministers about problems for more than a year",
          I, HCDC, O, None, "saying"),
        Q("Testing had found that the vehicles, which weigh about 38 tonnes, exceeded safe limits for noise inside the crew compartment at speeds above 30 km per hour",
          I, HCDC, O, None, "according to"),
        Q("its own estimate for the programme was 4.1 billion pounds and that the committee had included support and training costs that were budgeted separately",
          I, "the Ministry of Defence", O, None, "saying"),
        Q("We do not recognise the committee's figures,", D, *MODS, "said"),
        Q("The programme has made significant progress over the last year, and we expect the first vehicles to enter service with the army in the coming months.",
          D, *MODS, "said"),
        Q('it had "worked closely with the customer to resolve every issue identified in trials" and that production was running at the agreed rate',
          M, "the consortium", O, None, "said"),
        Q("a review of the programme's schedule was under way and that ministers were expected to receive its findings by the end of the month",
          I, "A defence official", A, None, "told Reuters"),
        Q("the government will look again at its spending plans following Russia's invasion of Ukraine last Thursday",
          I, "officials", A, None, "have said"),
        Q("the programme's problems reflected a wider pattern in the ministry's equipment plan, which the committee estimated was short of between 4 billion and 7 billion pounds over the next 10 years",
          I, *RE, "said"),
        Q("The money being announced across Europe this week is welcome, but it doesn't fix the underlying problem, which is that the ministry keeps ordering things it can't afford and then slowing them down to make the books balance,",
          D, *RE, "said"),
        Q("the ministry publish a full, costed delivery schedule for the programme within three months and report back to lawmakers every six months until the vehicles reach full operating capability",
          I, HCDC, O, None, "recommended"),
    ],
    "figures": [
        F("four years", 4, "years", "duration", None, "armoured vehicle programme", occ=1),
        F("1.4 bln pounds", 1400000000, "GBP", "money", None, "armoured vehicle programme"),
        F("at least four years", 4, "years", "duration", "at least", "armoured vehicle programme"),
        F("1.4 billion pounds", 1400000000, "GBP", "money", None, "armoured vehicle programme"),
        F("$1.87 billion", 1870000000, "USD", "money", None, "armoured vehicle programme"),
        F("3.2 billion pounds", 3200000000, "GBP", "money", None, "Heavy Protected Mobility programme"),
        F("about 4.6 billion pounds", 4600000000, "GBP", "money", "about", "Heavy Protected Mobility programme"),
        F("26", 26, "vehicles", "count", None, "the army"),
        F("589 vehicles", 589, "vehicles", "count", None, "the army"),
        F("64-page", 64, "pages", "count", None, "the committee's report"),
        F("about 38 tonnes", 38, "tonnes", "count", "about", "the vehicles"),
        F("above 30 km per hour", 30, "km per hour", "count", "above", None),
        F("nine months", 9, "months", "duration", None, "Trials"),
        F("4.1 billion pounds", 4100000000, "GBP", "money", None, "the Ministry of Defence"),
        F("about 1,200 people", 1200, "people", "count", "about", "the consortium"),
        F("just over 2%", 2, "%", "percent", "just over", "Britain"),
        F("between 4 billion and 7 billion pounds", 4000000000, "GBP", "money", None, "the ministry's equipment plan"),
        F("10 years", 10, "years", "duration", None, None),
        F("three months", 3, "months", "duration", None, "the ministry"),
        F("six months", 6, "months", "duration", None, "the ministry"),
    ],
    "events": [
        E("A British army programme to replace its ageing fleet of tracked armoured vehicles is running at least four years late and its budget has swelled by 1.4 billion pounds ($1.87 billion), a parliamentary committee said",
          "2022-03-01", "on Tuesday"),
        E("the Heavy Protected Mobility programme, approved", "2017", "in 2017"),
        E("The first armoured brigade had been due to receive its vehicles", "2021", "in 2021"),
        E("it now did not expect that", "2025", "before 2025"),
        E("Trials were paused for nine months", "2020", "in 2020"),
        E("how many vehicles would be delivered", "2022", "this year"),
        E("ministers were expected to receive its findings", "2022-03", "by the end of the month"),
        E("Russia's invasion of Ukraine", "2022-02-24", "last Thursday"),
        E("The money being announced across Europe", "2022-02-28", "this week"),
    ],
}

# ---------------------------------------------------------------------------
# 03 The Associated Press: landing-craft award protest (Wed 2023-01-25)
# ---------------------------------------------------------------------------
BMF = "Bayou Marine Fabricators"
RT = ("Raymond Thibodeaux", P, "Bayou Marine's president")
LP = ("Lauren Pike", P, "spokesperson for Naval Sea Systems Command")
WH = ("Wendell Haskins", P, "representative of the boilermakers' local")
NA = ("Nicole Arbuthnot", P, None)
ANN["03_navy-landing-craft-protest"] = {
    "published": "2023-01-25",
    "published_basis": "No dated line in the text: 'Copyright 2023 The Associated Press', the protest 'filed ... Wednesday' and the letter sent 'on Tuesday' point to a Wednesday early in 2023 (the GAO's 100 days could push construction 'into the spring'), but the exact Wednesday is not fixed by the text; writer.tsv's 2023-01-25 (a Wednesday) is taken",
    "outlet": "The Associated Press",
    "quotes": [
        Q("the service brushed aside its lower price and its record of delivering boats on time", I, BMF, O, None, "arguing"),
        Q("the Government Accountability Office to overturn the Navy's decision to award the work to Chesapeake Fleet Systems, a privately held yard in Portsmouth, Virginia, across the Elizabeth River from Norfolk",
          I, BMF, O, None, "asked"),
        Q("An initial order for six boats is worth $214 million", I, "the Navy", O, None, "according to"),
        Q("We have built more of these boats for the Navy than anyone else in the country, and we offered to build the next ones for less,",
          D, *RT, "said"),
        Q("We think the evaluation got it wrong, and we're asking for a fair look.", D, *RT, "said"),
        Q("its bid was about 9% lower than Chesapeake's over the life of the contract", I, BMF, O, None, "said"),
        Q('the Navy had marked down its proposal over what he called "a paperwork question" about its plans for a second construction hall',
          M, *RT, "said"),
        Q("Because a protest has been filed, it would be inappropriate to comment on the details of the source selection,",
          D, *LP, "said"),
        Q('the service "followed a rigorous and fair evaluation process."', M, *LP, "said"),
        Q('it was "confident the Navy\'s decision will be upheld" and that it expected to add about 900 jobs in the Hampton Roads area over the next three years to build the boats',
          M, "Chesapeake Fleet Systems", O, None, "said"),
        Q('the company had told members to expect "closer to 500 or 600" new positions, many of them filled by moving workers from repair jobs',
          M, *WH, "said"),
        Q("Nobody's complaining about work coming to Portsmouth,", D, *WH, "said"),
        Q("But let's not oversell it.", D, *WH, "said"),
        Q("it built roughly two dozen of the Navy's current landing craft over the past two decades, and that without new work it would begin layoffs at its Houma yard by the end of the year",
          I, BMF, O, None, "has said"),
        Q('the decision raised "serious questions" about whether cost was given enough weight',
          M, "Louisiana's congressional delegation", O, None, "said"),
        Q("it wants the first of the new vessels delivered by 2026", I, "the Navy", O, None, "has said"),
        Q("protests of this kind are common and rarely succeed", I, "Defense analysts", A, None, "said"),
        Q("In the 2022 budget year, the GAO upheld about 13% of the protests it decided on the merits",
          I, "the Government Accountability Office", O, None, "according to"),
        Q("Losing bidders protest because there's very little downside and every so often it works,", D, *NA, "said"),
        Q("What it almost always does is cost time.", D, *NA, "said"),
        Q('the service had built some slack into the timeline but that a ruling against the Navy would mean "starting over, more or less."',
          M, "A Navy official", A, None, "said"),
        Q("his company would be open to talks with the Navy while the protest proceeds", I, *RT, "said"),
        Q("he planned to travel to Washington next week", I, *RT, "said"),
        Q("We're not trying to stop anybody from building boats,", D, *RT, "said"),
        Q("We just want to be one of the people who builds them.", D, *RT, "said"),
    ],
    "figures": [
        F("$1.2 billion", 1200000000, "$", "money", None, "Navy", occ=1),
        F("up to $1.2 billion", 1200000000, "$", "money", "up to", "Navy"),
        F("up to 32 utility landing craft", 32, "craft", "count", "up to", "Navy"),
        F("roughly 140 feet", 140, "feet", "count", "roughly", "landing craft"),
        F("about 170 tons", 170, "tons", "count", "about", "landing craft"),
        F("six boats", 6, "boats", "count", None, "Navy"),
        F("$214 million", 214000000, "$", "money", None, "Navy"),
        F("about 9%", 9, "%", "percent", "about", BMF),
        F("100 days", 100, "days", "duration", None, "the GAO"),
        F("about 900 jobs", 900, "jobs", "count", "about", "Chesapeake Fleet Systems"),
        F("three years", 3, "years", "duration", None, "Chesapeake Fleet Systems"),
        F("closer to 500 or 600", 500, "positions", "count", "closer to", "Chesapeake Fleet Systems"),
        F("about 1,300 people", 1300, "people", "count", "about", BMF),
        F("roughly two dozen", 24, "landing craft", "count", "roughly", BMF),
        F("two decades", 2, "decades", "duration", None, BMF),
        F("more than 40 years", 40, "years", "duration", "more than", "boats"),
        F("about 13%", 13, "%", "percent", "about", "the GAO"),
    ],
    "events": [
        E("A Louisiana shipbuilder that lost out on a Navy contract worth up to $1.2 billion to build a new generation of landing craft filed a formal protest",
          "2023-01-25", "Wednesday"),
        E("The Navy announced the award", "2023-01-16", "last week"),
        E("push the start of construction", "2023", "into the spring"),
        E("without new work it would begin layoffs at its Houma yard", "2023", "by the end of the year"),
        E("Members of Louisiana's congressional delegation sent a letter to the secretary of the Navy", "2023-01-24", "on Tuesday"),
        E("it wants the first of the new vessels delivered", "2026", "by 2026"),
        E("the GAO upheld about 13% of the protests it decided on the merits", "2022", "In the 2022 budget year"),
        E("he planned to travel to Washington", "2023-01-30", "next week"),
    ],
}

# ---------------------------------------------------------------------------
# 04 ABC News (Australia): army trucks parked (Fri 2022-09-16)
# ---------------------------------------------------------------------------
DEF = "Defence"
DSP = ("a Defence spokesperson", A, None)
GT = ("Graham Toohey", P, "Retired lieutenant colonel")
FR = ("Fiona Reddaway", P, None)
MSP = ("A spokesperson for the Defence Industry Minister", A, None)
ANN["04_army-trucks-parked"] = {
    "published": "2022-09-16",
    "published_basis": "Metadata line ' date 2022-09-16' at the top of the text (a Friday); 'Posted 5h ago' gives no date; consistent with the government coming to office 'in May' (2022) and 'earlier this year'",
    "outlet": "ABC News",
    "quotes": [
        Q("Hundreds of new army trucks bought as part of a $1.1 billion upgrade are sitting unused at a Defence base in northern Victoria because the radios and battle-management equipment they need have not been installed",
          I, "the ABC", O, None, "can reveal"),
        Q("at the end of July, 212 medium and heavy trucks were being held at the Bandiana military area near Wodonga, about 300 kilometres north-east of Melbourne, waiting for what Defence calls “mission system integration”",
          M, DEF, O, None, "show"),
        Q("the true number was higher — “somewhere between 300 and 400” once vehicles stored at a second site in New South Wales were counted",
          M, "Two people familiar with the program", A, None, "said"),
        Q("that figure is wrong", I, DEF, O, None, "says"),
        Q("212 vehicles were “awaiting fit-out”, that all were being “maintained in accordance with manufacturer requirements”, and that the delay would not affect the Army’s ability to deploy",
          M, *DSP, "said"),
        Q("The vehicles are not sitting idle,", D, *DSP, "said"),
        Q("They are part of a planned, staged introduction into service, and Defence is working closely with industry to complete integration as quickly as possible.",
          D, *DSP, "said"),
        Q("the integration contractor had completed fewer than 40 per cent of the vehicles scheduled for that stage, and that a shortage of components and qualified technicians meant the backlog “will continue to grow through the remainder of 2022”",
          M, DEF, O, None, "warns"),
        Q("to keep batteries and seals in working order, each parked truck must be started and driven for at least 15 minutes every three weeks",
          I, DEF, O, None, "notes"),
        Q("Each run uses between 20 and 30 litres of diesel", I, DEF, O, None, "says"),
        Q("the situation was frustrating but not unusual", I, *GT, "said"),
        Q("You buy the truck, then you buy the radios, then you find out they don’t talk to each other, or there’s nobody to put them in,",
          D, *GT, "said"),
        Q("What soldiers see is a paddock full of brand-new trucks they aren’t allowed to use while they’re still driving around in vehicles that are older than they are.",
          D, *GT, None),
        Q("More than 2,500 vehicles and about 3,000 trailers have already been delivered under the project", I, DEF, O, None, "according to"),
        Q("the problem pointed to a wider weakness in how the department plans large projects", I, *FR, "said"),
        Q("We’re very good at the big headline purchase and much less good at the unglamorous bit in the middle, which is making it all work together,",
          D, *FR, "said"),
        Q("the cost of storing and maintaining idle vehicles was rarely included in project budgets, making it hard for Parliament to see the full price of delays",
          I, *FR, "said"),
        Q("it did not have a separate figure", I, DEF, O, None, "said"),
        Q("the government had inherited “a long list of projects that are late and over budget” when it came to office in May, and that a review of major projects was already under way",
          M, *MSP, "said"),
        Q("the minister had asked the department for a briefing on the trucks “by the end of the month”", M, *MSP, "said"),
        Q("integration work on the remaining vehicles was expected to be completed by mid-2024", I, DEF, O, None, "said"),
    ],
    "figures": [
        F("$1.1 billion", 1100000000, "$", "money", None, "upgrade"),
        F("212 medium and heavy trucks", 212, "trucks", "count", None, DEF),
        F("about 300 kilometres", 300, "kilometres", "count", "about", "Bandiana military area"),
        F("somewhere between 300 and 400", 300, "vehicles", "count", "somewhere", None),
        F("212 vehicles", 212, "vehicles", "count", None, DEF),
        F("fewer than 40 per cent", 40, "%", "percent", "fewer than", "the integration contractor"),
        F("at least 15 minutes", 15, "minutes", "duration", "at least", "each parked truck"),
        F("three weeks", 3, "weeks", "duration", None, "each parked truck"),
        F("between 20 and 30 litres", 20, "litres", "count", None, "Each run"),
        F("about a dozen soldiers and contractors", 12, "soldiers and contractors", "count", "about", None),
        F("22 years", 22, "years", "duration", None, "Graham Toohey"),
        F("More than 2,500 vehicles", 2500, "vehicles", "count", "More than", "the project"),
        F("about 3,000 trailers", 3000, "trailers", "count", "about", "the project"),
    ],
    "events": [
        E("212 medium and heavy trucks were being held at the Bandiana military area near Wodonga", "2022-07", "at the end of July"),
        E("One briefing", "2022-03-14", "March 14"),
        E("the backlog “will continue to grow", "2022", "through the remainder of 2022"),
        E("a project approved", "2016", "in 2016"),
        E("The shadow assistant minister for defence is expected to raise the matter at Senate estimates hearings", "2022-10", "next month"),
        E("it came to office", "2022-05", "in May"),
        E("the minister had asked the department for a briefing on the trucks", "2022-09", "by the end of the month"),
        E("integration work on the remaining vehicles was expected to be completed", "2024", "by mid-2024"),
        E("Army trucks on exercise in Queensland", "2022", "earlier this year"),
    ],
}

# ---------------------------------------------------------------------------
# 05 Global News: Kyiv prosthetics clinic (Sat 2023-06-17)
# ---------------------------------------------------------------------------
MD = ("Mike Delorme", P, "former combat engineer")
SB = ("Serhii Bondarchuk", P, "infantryman")
OM = ("Olena Marchuk", P, "director")
GAC = "Global Affairs Canada"
ANN["05_kyiv-prosthetics-clinic"] = {
    "published": "2023-06-17",
    "published_basis": "Byline 'Posted June 17, 2023 10:00 am' and lead-video line 'WATCH: ... – Jun 17, 2023'; 2023-06-17 was a Saturday, matching the video posted 'On Friday' and shared 'By Saturday morning'",
    "outlet": "Global News",
    "quotes": [
        Q("Don't look at your feet. Look at me,", D, *MD, "says"),
        Q("Your foot knows where the floor is.", D, *MD, "says"),
        Q("When I got hurt, I had the whole Canadian system behind me. It still took me almost a year to walk properly,",
          D, *MD, "told Global News"),
        Q("These guys are doing it in a city that gets hit by missiles every other night, and most of them want to go back to their units.",
          D, *MD, "told Global News"),
        Q("My brothers are still there,", D, *SB, "said"),
        Q("I am learning to walk again so I can be useful again.", D, *SB, "said"),
        Q("The clinic opened last autumn and has fitted about 340 prostheses so far", I, *OM, "according to"),
        Q("We have good specialists. What we do not have is enough components, enough hands and enough time,", D, *OM, "said"),
        Q("Every week there are more patients than the week before.", D, *OM, "said"),
        Q("a single below-knee prosthesis costs the clinic between US$8,000 and US$12,000 in parts, while advanced above-knee devices with microprocessor-controlled joints can run to US$40,000 or more",
          I, *OM, "said"),
        Q("the clinic is one of several Ukrainian rehabilitation centres sharing in a $15-million grant announced earlier this year to train prosthetists and buy equipment",
          I, GAC, O, None, "said"),
        Q("more than 120 Ukrainian technicians had completed training under the program so far", I, GAC, O, None, "said"),
        Q('the figure at "more than 15,000"', M, "A Ukrainian health official", A, None, "put"),
        Q("the real number is likely far higher", I, "Aid groups working in the country", A, None, "say"),
        Q("the number of wounded service members needing long-term rehabilitation had risen sharply in recent weeks, as fighting intensified in the south and east",
          I, "A Ukrainian military official", A, None, "said"),
        Q('whether anyone needed help from "a guy with one leg and a lot of opinions."', M, *MD, "asking"),
        Q("the complaints department", D, *MD, "calls"),
        Q("The leg is the easy part,", D, *MD, "said"),
        Q("The head takes longer.", D, *MD, "said"),
        Q("Our Canadian friend says Serhii walks like a sapper already. We do not know if this is a compliment,",
          D, "the clinic", O, None, "read"),
        Q("the interruptions can set back rehabilitation by days", I, *OM, "said"),
        Q("he has been talking with other Canadian veterans who are amputees about joining him", I, *MD, "said"),
        Q("There are a lot of us who know exactly what this feels like,", D, *MD, "said"),
        Q("We might as well be useful.", D, *MD, "said"),
    ],
    "figures": [
        F("27-year-old", 27, "years", "duration", None, "Serhii Bondarchuk"),
        F("three weeks", 3, "weeks", "duration", None, "Mike Delorme"),
        F("two months", 2, "months", "duration", None, "Mike Delorme"),
        F("about 340 prostheses", 340, "prostheses", "count", "about", "the clinic"),
        F("more than 600 people", 600, "people", "count", "more than", "the clinic"),
        F("between US$8,000 and US$12,000", 8000, "USD", "money", None, "below-knee prosthesis"),
        F("US$40,000 or more", 40000, "USD", "money", "or more", "above-knee devices"),
        F("$15-million", 15000000, "$", "money", None, "Canada"),
        F("more than 120 Ukrainian technicians", 120, "technicians", "count", "more than", GAC),
        F("more than 15,000", 15000, "amputations", "count", "more than", "Ukraine"),
        F("one leg", 1, "leg", "count", None, "Mike Delorme"),
        F("more than 2,000 times", 2000, "times", "count", "more than", "the clinic's video"),
    ],
    "events": [
        E("he lost his left leg below the knee to a roadside bomb in Kandahar province", "2009", "in 2009"),
        E("he has spent three weeks of every two months volunteering at the clinic", "2023-03", "Since March"),
        E("Bondarchuk, who lost his right leg near Bakhmut", "2023-01", "in January"),
        E("The clinic opened", "2022", "last autumn"),
        E("a $15-million grant announced", "2023", "earlier this year"),
        E("Russia's full-scale invasion", "2022-02", "in February 2022"),
        E('A Ukrainian health official put the figure at "more than 15,000" in a television interview', "2023", "this spring"),
        E("seeing photos of wounded Ukrainian soldiers online", "2022", "last year"),
        E("the clinic posted a video of Delorme and Bondarchuk to its Facebook page", "2023-06-16", "On Friday"),
        E("it had been shared more than 2,000 times", "2023-06-17", "By Saturday morning"),
        E("The clinic was forced to move patients to a basement shelter twice", "2023-06-12", "this week"),
        E("Delorme is due to fly home to Ontario", "2023-06", "at the end of the month"),
        E("plans to return", "2023-08", "in August"),
    ],
}

# ---------------------------------------------------------------------------
# 06 The Guardian: veterans' homelessness report (Mon 2021-04-26)
# ---------------------------------------------------------------------------
HF = "Homeward Forces"
GY = ("Gareth Yeadon", P, "chief executive")
KL = ("Kavita Lamba", P, "researcher in social policy at the University of Leeds")
GSP = ("A government spokesperson", A, None)
CORP = ("One former corporal from Stockport", A, None)
ANN["06_uk-veterans-housing"] = {
    "published": "2021-04-26",
    "published_basis": "Timestamp line 'Mon 26 Apr 2021 06.00 BST'; the estimate was 'published on Monday'; 2021-04-26 was a Monday",
    "outlet": "The Guardian",
    "quotes": [
        Q("Thousands of former service personnel homeless or in temporary housing", I, HF, O, None, "warns"),
        Q("official figures understate scale of problem", I, HF, O, None, "says"),
        Q("many veterans do not tell councils about their service", I, HF, O, None, "says"),
        Q("Between 2,000 and 3,000 military veterans in England are sleeping rough or living in hostels and other temporary accommodation",
          I, HF, O, None, "according to"),
        Q("government figures are missing most of them", I, HF, O, None, "says"),
        Q("Official statistics for 2019-20 show that local authorities in England accepted a homelessness duty for about 1,060 households in which someone had served in the armed forces",
          I, HF, O, None, "according to"),
        Q("that figure counts only those who approach their council and are asked about, and disclose, their service",
          I, HF, O, None, "says"),
        Q("Most of the veterans we meet have never told anyone at the council that they were in the army. Some don’t think it’s relevant, some are ashamed, and some have simply never been asked,",
          D, *GY, "said"),
        Q("If you only count the people who tick the box, you will always think the problem is smaller than it is.",
          D, *GY, None),
        Q("they had served in Iraq or Afghanistan", I, "Just under a third", A, None, "said"),
        Q("they had left the forces with no settled address to go to", I, "More than half", A, None, "said"),
        Q("they had not been offered housing advice during their final months of service", I, "a similar share", A, None, "said"),
        Q("they had been homeless within 12 months of leaving", I, "those who had been discharged in the last five years", A, None, "said"),
        Q("small but worrying", D, HF, O, None, "called"),
        Q("veterans should be given priority for social housing", I, "the government", O, None, "has said"),
        Q("to end rough sleeping by the end of this parliament", I, "Ministers", A, None, "have also pledged"),
        Q("No veteran should ever be without a roof over their head. We have introduced a question on armed forces service into the homelessness data that councils collect, and we are working with charities to make sure every veteran who needs help can get it.",
          D, *GSP, "said"),
        Q("the number of rough sleepers overall had fallen during the pandemic because of the emergency programme to house people in hotels",
          I, *GSP, "added"),
        Q("many veterans housed in hotels last spring had since drifted back into sofa-surfing or hostels, where they were less likely to be counted",
          I, *GY, "said"),
        Q("the current system as “a revolving door with a flag on it”", M, *GY, "described"),
        Q("The will is there,", D, *GY, "said"),
        Q("but the joining up isn’t.", D, *GY, "said"),
        Q("he had spent about seven weeks in a night shelter after his marriage broke down in 2019, before a caseworker noticed his regimental tattoo and asked where he had served",
          I, *CORP, "said"),
        Q("That was the first time anyone had asked,", D, *CORP, "told the researchers"),
        Q("After that, things moved quickly.", D, *CORP, "told the researchers"),
        Q("the range was “a reasonable estimate, given how poor the underlying data is”", M, *KL, "said"),
        Q("survey-based figures were likely to carry a wide margin of error", I, *KL, "cautioned"),
        Q("it would present its findings to MPs on the defence committee later this week", I, HF, O, None, "said"),
    ],
    "figures": [
        F("£40m", 40000000, "GBP", "money", None, "ministers", occ=1),
        F("Between 2,000 and 3,000 military veterans", 2000, "veterans", "count", None, "England"),
        F("about 1,060 households", 1060, "households", "count", "about", "local authorities in England"),
        F("41 hostels, night shelters and outreach teams", 41, "hostels, night shelters and outreach teams", "count", None, "the report"),
        F("212 veterans", 212, "veterans", "count", None, "the report"),
        F("44", 44, "years", "duration", None, "veterans surveyed"),
        F("9%", 9, "%", "percent", None, "veterans surveyed"),
        F("56%", 56, "%", "percent", None, "veterans surveyed"),
        F("five years", 5, "years", "duration", None, None),
        F("38%", 38, "%", "percent", None, "veterans discharged in the last five years"),
        F("12 months", 12, "months", "duration", None, None),
        F("34%", 34, "%", "percent", None, "veterans who left earlier"),
        F("four percentage points", 4, "percentage points", "percent", None, None),
        F("£40m", 40000000, "GBP", "money", None, "the government", occ=2),
        F("about seven weeks", 7, "weeks", "duration", "about", "One former corporal from Stockport"),
        F("two tours", 2, "tours", "count", None, "One former corporal from Stockport"),
        F("at least six months", 6, "months", "duration", "at least", "service leavers"),
    ],
    "events": [
        E("The estimate, published", "2021-04-26", "on Monday"),
        E("the number recorded by councils", "2020", "last year"),
        E("local authorities in England accepted a homelessness duty for about 1,060 households", "2019", "for 2019-20"),
        E("212 veterans who had experienced homelessness", "2018", "since 2018"),
        E("a £40m fund announced", "2020", "last year"),
        E("many veterans housed in hotels", "2020", "last spring"),
        E("his marriage broke down", "2019", "in 2019"),
        E("Homeward Forces said it would present its findings to MPs on the defence committee", "2021-04-26", "later this week"),
    ],
}


def main():
    for name, ann in ANN.items():
        out = {"article": name + ".txt"}
        out.update(ann)
        with open(os.path.join(ROOT, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", name + ".json")


if __name__ == "__main__":
    main()
