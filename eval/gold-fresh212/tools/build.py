#!/usr/bin/env python3
"""Write the hand-made gold annotations for gold-fresh212 to JSON.

Every entry below was written by hand after reading the article in full.
This script does no searching: it only turns the literals into JSON files
next to the articles' folder (../<name>.json).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


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
ACH = ("Gordon Achterberg", "person", "Innovation, Science and Industry Minister")
VAR = ("Anjali Varghese", "person", "spokesperson for the Graduate Researchers' Coalition")
OCH = ("Samuel Ochieng", "person", "postdoctoral researcher in immunology")
OFF1 = ("A senior government official", "anonymous", None)
DEPT = ("the department", "organization", None)
ART["01_postdoc-fellowships"] = dict(
    published="2023-04-19",
    published_basis="'Published Wednesday, April 19, 2023 4:38PM EDT' line under the byline (2023-04-19 was a Wednesday); body says student groups reacted 'on Wednesday' and the caption's rally of 'Monday, April 17, 2023' came 'two days' before; agrees with writer.tsv",
    outlet="NorthStar News",
    quotes=[
        Q("it misses the mark", "indirect", "grad students", "anonymous", None, "say"),
        Q("it will spend $213 million over five years to create about 1,200 new postdoctoral fellowships", "indirect", "the federal government", "organization", None, "says"),
        Q("it does nothing for the far larger number of master's and doctoral students who say they can no longer afford to do research", "indirect", "student groups", "anonymous", None, "warning"),
        Q("Canada trains some of the best young scientists in the world, and then too often we watch them pack their bags for Boston or Zurich,", "direct", *ACH, "told reporters"),
        Q("This is about giving them a reason to stay.", "direct", *ACH, "told reporters"),
        Q("The fellowships will be worth $60,000 a year for up to two years and will be handed out through the country's three federal granting councils, with a first competition next year", "indirect", *DEPT, "according to"),
        Q("The councils currently fund roughly 500 postdoctoral fellowships a year", "indirect", *DEPT, "said"),
        Q("more than 1,000 people took part", "indirect", "Organizers", "anonymous", None, "said"),
        Q("the new money \"a band-aid on a broken leg.\"", "mixed", *VAR, "called"),
        Q("We're glad postdocs are getting something. They deserve it,", "direct", *VAR, "said"),
        Q("But you don't get postdocs if nobody can afford to do a PhD in the first place. The scholarship that's supposed to be the gold standard now pays less than minimum wage in most provinces.", "direct", *VAR, "said"),
        Q("the coalition's own survey of 2,400 graduate students, conducted in February and March, found 58 per cent had taken a second job and nearly one in four had considered leaving their program for financial reasons", "indirect", *VAR, "said"),
        Q("the government would \"continue to look at every option\" and that he had heard students' concerns \"loud and clear.\"", "mixed", *ACH, "said"),
        Q("raising the scholarships was discussed ahead of last month's federal budget but was set aside because of the cost", "indirect", *OFF1, "said"),
        Q("Indexing both awards to inflation since 2003 would add more than $100 million a year", "indirect", *OFF1, "said"),
        Q("the councils funded about 7,500 master's and doctoral scholarships last year", "indirect", "Department officials", "anonymous", None, "said"),
        Q("the real figure is closer to 6,000 once one-time pandemic top-ups are stripped out -- out of more than 200,000 full-time graduate students nationally", "indirect", "the Graduate Researchers' Coalition", "organization", None, "says"),
        Q("it would publish eligibility rules for the new fellowships \"in the coming months\" and expected to open applications early next year", "mixed", "the Natural Sciences and Engineering Research Council of Canada", "organization", None, "said"),
        Q("the fellowships were \"a welcome step,\"", "mixed", "Universities Canada", "organization", None, "said"),
        Q("Ottawa to boost the overall budgets of the granting councils, which it said had not kept pace with peer countries since 2019", "indirect", "Universities Canada", "organization", None, "urged"),
        Q("the government was \"repackaging old money and calling it a plan,\"", "mixed", "Leah Brandvold", "person", "Conservative MP", "wrote"),
        Q("part of the $213 million had been earmarked for research training in a previous budget", "indirect", "Leah Brandvold", "person", "Conservative MP", "pointing out"),
        Q("the fellowship funding was \"entirely new.\"", "mixed", "Achterberg's office", "organization", None, "said"),
        Q("three of the five people who started a postdoc in his lab at the same time as him have since taken jobs in the United States", "indirect", *OCH, "said"),
        Q("When I tell my friends in Europe what a postdoc earns here, they think I'm joking,", "direct", *OCH, "said"),
        Q("Sixty thousand is a real improvement. It's still a hard sell.", "direct", *OCH, "said"),
        Q("the coalition plans another day of action by the end of the month and is scheduled to meet officials from Achterberg's office on May 1", "indirect", *VAR, "said"),
        Q("We'll keep showing up,", "direct", *VAR, "said"),
        Q("They can't say they didn't hear us.", "direct", *VAR, "said"),
    ],
    figures=[
        F("$213M", 213000000, "$", "money", None, "Ottawa"),
        F("$213 million", 213000000, "$", "money", None, "the federal government", occ=1),
        F("five years", 5, "years", "duration", None, "the federal government", occ=1),
        F("about 1,200 new postdoctoral fellowships", 1200, "fellowships", "count", "about", "the federal government"),
        F("$60,000", 60000, "$", "money", None, "The fellowships"),
        F("up to two years", 2, "years", "duration", "up to", "The fellowships"),
        F("three federal granting councils", 3, "councils", "count", None, None),
        F("roughly 500 postdoctoral fellowships", 500, "fellowships", "count", "roughly", "The councils"),
        F("more than 1,000 people", 1000, "people", "count", "more than", "the rally"),
        F("between 300 and 400", 300, "people", "count", None, "the crowd"),
        F("$17,500", 17500, "$", "money", None, "master's scholarships"),
        F("$35,000", 35000, "$", "money", None, "doctoral scholarships"),
        F("2,400 graduate students", 2400, "students", "count", None, "the coalition's own survey"),
        F("58 per cent", 58, "%", "percent", None, "graduate students"),
        F("nearly one in four", 1, "students", "count", "nearly", "graduate students"),
        F("more than $100 million", 100000000, "$", "money", "more than", "Indexing both awards to inflation"),
        F("about 7,500 master's and doctoral scholarships", 7500, "scholarships", "count", "about", "the councils"),
        F("closer to 6,000", 6000, "scholarships", "count", "closer to", "the councils"),
        F("more than 200,000 full-time graduate students", 200000, "students", "count", "more than", None),
        F("nearly 100 institutions", 100, "institutions", "count", "nearly", "Universities Canada"),
        F("$213 million", 213000000, "$", "money", None, "the federal government", occ=2),
        F("three", 3, "people", "count", None, "Samuel Ochieng's lab", occ=2),
        F("five people", 5, "people", "count", None, "Samuel Ochieng's lab"),
        F("Sixty thousand", 60000, "$", "money", None, "a postdoc"),
    ],
    events=[
        E("Graduate students rally on Parliament Hill in Ottawa", "2023-04-17", "on Monday, April 17, 2023"),
        E("a move student groups welcomed", "2023-04-19", "on Wednesday"),
        E("a first competition", "2024", "next year"),
        E("graduate students from across the country rallied on Parliament Hill", "2023-04-17", "two days after"),
        E("its main master's and doctoral scholarships, which have sat at $17,500 and $35,000 a year", "2003", "since 2003"),
        E("Their central demand -- that Ottawa raise the value of its main master's and doctoral scholarships, which have sat at $17,500 and $35,000 a year since 2003 -- was not addressed", "2023-04-19", "on Wednesday"),
        E("the coalition's own survey of 2,400 graduate students, conducted", "2023-02", "in February and March"),
        E("federal budget", "2023-03", "last month"),
        E("the councils funded about 7,500 master's and doctoral scholarships", "2022", "last year"),
        E("expected to open applications", "2024", "early next year"),
        E("had not kept pace with peer countries", "2019", "since 2019"),
        E("Samuel Ochieng, a postdoctoral researcher in immunology who spoke at Monday's rally", "2023-04-17", "Monday"),
        E("another day of action", "2023-04", "by the end of the month"),
        E("is scheduled to meet officials from Achterberg's office", "2023-05-01", "on May 1"),
    ],
)

# ---------------------------------------------------------------- 02
UNIS = ("Britain’s leading research universities", "anonymous", None)
ALL = ("the Alliance of Research Universities", "organization", None)
MAR = ("Helen Marchbank", "person", "the alliance’s chair")
BEIS = ("the Department for Business, Energy and Industrial Strategy", "organization", None)
WIE = ("Tomasz Wierzbicki", "person", "structural biologist")
LOM = ("Adrian Lomax", "person", "physicist")
ART["02_horizon-limbo"] = dict(
    published="2022-06-09",
    published_basis="Metadata line at the top of the text: 'date 2022-06-09' (a Thursday); body says the figures 'were published on Thursday'; no dateline; agrees with writer.tsv",
    outlet="The Courier",
    quotes=[
        Q("Scientists leaving UK as Horizon Europe limbo drags on", "indirect", *UNIS, "warn"),
        Q("at least 130 academics have left or turned down posts since January", "indirect", *UNIS, "say"),
        Q("uncertainty over EU funding is deterring recruits", "indirect", "University leaders", "anonymous", None, "say"),
        Q("at least 130 scientists have left the country or turned down jobs here since January because of continuing uncertainty over the UK’s place in the EU’s flagship €95.5bn research programme", "indirect", *UNIS, "say"),
        Q("the government to set out “within weeks, not months” what it will do if association to Horizon Europe is not agreed", "mixed", *ALL, "urging"),
        Q("We are not crying wolf,", "direct", *MAR, "said"),
        Q("These are people with names, with labs, with grants, and they are walking out of the door.", "direct", *MAR, "said"),
        Q("Every week that goes by without a decision, another postdoc takes a job in Amsterdam or Munich, and most of them won’t come back. You cannot rebuild a research group in a year. It takes 10.", "direct", *MAR, None),
        Q("the government’s contingency planning so far as “a lifeboat with no oars”", "mixed", *MAR, "described"),
        Q("universities had been told a domestic alternative scheme existed in outline but had seen no detail on how grants would be awarded or when", "indirect", *MAR, "saying"),
        Q("Our preference remains to associate to Horizon Europe, and we continue to urge the EU to formalise this without further delay. If that is not possible, we will put in place a bold, ambitious alternative, and every penny earmarked for Horizon will stay in UK science.", "direct", "A spokesperson for the Department for Business, Energy and Industrial Strategy", "anonymous", None, "said"),
        Q("it was aware of “fewer than 20” cases in which researchers had relocated specifically because of the Horizon situation", "mixed", *BEIS, "said"),
        Q("the alliance’s count included people who had moved for other reasons", "indirect", *BEIS, "suggested"),
        Q("its figure was a minimum, drawn from exit interviews and declined job offers at 31 of its 38 members, and that the real number was probably higher", "indirect", *ALL, "said"),
        Q("he had accepted a post in Heidelberg last week and would leave in September", "indirect", *WIE, "said"),
        Q("I love it here, my children were born here. But I was told that the European grant I applied for could only be held in an EU country if the UK is not associated by the time it is awarded. I can’t plan a career on a maybe.", "direct", *WIE, "said"),
        Q("Earlier this month, 17 UK-based researchers who had won European Research Council starting grants were told they had until the end of the month to confirm whether they would transfer their awards to an institution in an EU member state", "indirect", *ALL, "according to"),
        Q("Most had not yet decided", "indirect", *ALL, "said"),
        Q("it had drawn £40m from its reserves to underwrite grants that had been expected to come from Brussels", "indirect", "One university", "anonymous", None, "told the Courier"),
        Q("it had frozen recruitment to about two dozen fixed-term research posts until the autumn", "indirect", "A senior official at another leading university", "anonymous", None, "said"),
        Q("37 per cent were considering moving abroad in the next two years, up 9 percentage points on a similar survey in 2020", "indirect", *ALL, "found"),
        Q("association remains possible but that it depends on the “full implementation” of the agreements the UK has signed", "mixed", "The European Commission", "organization", None, "said"),
        Q("the UK had weathered previous funding shocks and that a well-designed domestic scheme “could even be an opportunity” to cut bureaucracy", "mixed", *LOM, "said"),
        Q("the delay was doing damage", "indirect", *LOM, "agreed"),
        Q("The worst outcome is not Plan A or Plan B,", "direct", *LOM, "said"),
        Q("It’s no plan at all.", "direct", *LOM, "said"),
    ],
    figures=[
        F("at least 130 academics", 130, "academics", "count", "at least", "Research-intensive institutions"),
        F("at least 130 scientists", 130, "scientists", "count", "at least", "Britain’s leading research universities"),
        F("€95.5bn", 95500000000, "EUR", "money", None, "Horizon Europe"),
        F("38 institutions", 38, "institutions", "count", None, "the Alliance of Research Universities"),
        F("10", 10, "years", "duration", None, "rebuilding a research group", occ=1),
        F("fewer than 20", 20, "cases", "count", "fewer than", "the Department for Business, Energy and Industrial Strategy"),
        F("31", 31, "members", "count", None, "the alliance"),
        F("38 members", 38, "members", "count", None, "the alliance"),
        F("six years", 6, "years", "duration", None, "Tomasz Wierzbicki"),
        F("17 UK-based researchers", 17, "researchers", "count", None, None),
        F("£40m", 40000000, "GBP", "money", None, "One university"),
        F("about two dozen fixed-term research posts", 24, "posts", "count", "about", "another leading university"),
        F("1,100 academic staff", 1100, "staff", "count", None, "A separate poll"),
        F("37 per cent", 37, "%", "percent", None, "academic staff"),
        F("two years", 2, "years", "duration", None, None),
        F("9 percentage points", 9, "%", "percent", None, "academic staff"),
    ],
    events=[
        E("at least 130 academics have left or turned down posts", "2022-01", "since January"),
        E("at least 130 scientists have left the country or turned down jobs here", "2022-01", "since January"),
        E("The figures, compiled by the Alliance of Research Universities, which represents 38 institutions, were published", "2022-06-09", "on Thursday"),
        E("the trade and cooperation agreement signed", "2020", "at the end of 2020"),
        E("he had accepted a post in Heidelberg", "2022-05-30", "last week"),
        E("would leave", "2022-09", "in September"),
        E("17 UK-based researchers who had won European Research Council starting grants were told they had until the end of the month to confirm whether they would transfer their awards to an institution in an EU member state", "2022-06", "Earlier this month"),
        E("to confirm whether they would transfer their awards to an institution in an EU member state", "2022-06", "until the end of the month"),
        E("A separate poll of 1,100 academic staff, carried out for the alliance", "2022-05", "last month"),
        E("a similar survey", "2020", "in 2020"),
        E("MPs on the Commons science and technology committee are due to question ministers on the issue", "2022-06-21", "on 21 June"),
    ],
)

# ---------------------------------------------------------------- 03
RAN = ("Priya Ranasinghe", "person", "planetary scientist")
HAR = ("Bill Hargreaves", "person", None)
ART["03_nullarbor-meteorite"] = dict(
    published="2021-09-27",
    published_basis="'Updated September 27, 2021 — 5.12pm, first published at 3.40pm' line under the byline (2021-09-27 was a Monday); body: rock weighed 'on Monday morning', found 'on Saturday' (Sept. 25), fireball 'Sunday, September 19' 'just over a week ago'; the video line's Sep 20, 2021 is the fireball footage, not publication; agrees with writer.tsv",
    outlet="The West Coast Times",
    quotes=[
        Q("It was honestly the last hour of the last day,", "direct", *RAN, "said"),
        Q("We were hot, we were sunburnt, and we had already started talking about the drive home.", "direct", *RAN, "said"),
        Q("Then Mei called out on the radio, and you could hear in her voice that this wasn’t another kangaroo bone. I think I ran about 300 metres in the sand. I don’t remember doing it.", "direct", *RAN, None),
        Q("the object entered the atmosphere at about 14 kilometres per second and broke apart roughly 30 kilometres above the ground", "indirect", "the team", "organization", None, "calculated"),
        Q("Before entry, it probably weighed between 30 and 50 kilograms", "indirect", *RAN, "said"),
        Q("WE FOUND IT. 1.7kg of very old rock, sitting in the saltbush like it was waiting for us. Huge thanks to the station owners who let us on their land.", "direct", "the Western Skies Fireball Network", "organization", None, "posted"),
        Q("the searchers had been “the most polite trespassers we’ve ever had”", "mixed", *HAR, "said"),
        Q("They asked if there was anything they could do to pay us back, and I said bring me a bit of the rock,", "direct", *HAR, "told the Times"),
        Q("They said no. Fair enough, I suppose.", "direct", *HAR, "told the Times"),
        Q("the stone appeared to be an ordinary chondrite, the most common type of meteorite, but that a quick recovery made it scientifically valuable", "indirect", *RAN, "said"),
        Q("Fewer than 50 meteorites worldwide have had their orbits traced this way", "indirect", *RAN, "said"),
        Q("The clock starts ticking the moment it lands,", "direct", *RAN, "said"),
        Q("Every rain shower costs you information. We got this one in six days, and the weather stayed dry. You can’t ask for better than that.", "direct", *RAN, "said"),
        Q("the stone would be registered with the Western Australian Museum and kept for research, in line with state law", "indirect", *RAN, "said"),
        Q("it was “committed to supporting the network” and would apply for fresh ARC funding in the next round", "mixed", "Swan River University", "organization", None, "said"),
        Q("There’s almost certainly more of it out there,", "direct", *RAN, "said"),
        Q("Whether we find it depends on the weather, the budget and how many people we can talk into another week in the desert.", "direct", *RAN, "said"),
    ],
    figures=[
        F("six-person", 6, "person", "count", None, "search team"),
        F("three days", 3, "days", "duration", None, "search team"),
        F("10 metres", 10, "metres", "count", None, "search team"),
        F("1.68 kilograms", 1.68, "kilograms", "count", None, "The meteorite"),
        F("about 40 kilometres", 40, "kilometres", "count", "about", "The meteorite"),
        F("about 300 metres", 300, "metres", "count", "about", "Priya Ranasinghe"),
        F("seven of the network’s automated cameras", 7, "cameras", "count", None, "the network"),
        F("more than 2 million square kilometres", 2000000, "square kilometres", "count", "more than", "the network’s automated cameras"),
        F("about 14 kilometres per second", 14, "kilometres per second", "count", "about", "the object"),
        F("roughly 30 kilometres", 30, "kilometres", "count", "roughly", "the object"),
        F("between 30 and 50 kilograms", 30, "kilograms", "count", None, "the object"),
        F("about 4 kilometres", 4, "kilometres", "count", "about", "the likely landing zone"),
        F("1.5 kilometres", 1.5, "kilometres", "count", None, "the likely landing zone"),
        F("31 degrees", 31, "degrees", "count", None, None),
        F("about 2 kilograms", 2, "kilograms", "count", "about", "the rock"),
        F("1.7kg", 1.7, "kg", "count", None, "the rock"),
        F("Fewer than 50 meteorites", 50, "meteorites", "count", "Fewer than", None),
        F("six days", 6, "days", "duration", None, "the team"),
        F("up to US$20,000", 20000, "USD", "money", "up to", "Meteorites of this kind"),
        F("$1.4 million", 1400000, "$", "money", None, "the network"),
        F("three-year", 3, "years", "duration", None, "the network"),
        F("50 cameras", 50, "cameras", "count", None, "the network"),
        F("about $12,000", 12000, "$", "money", "about", "The network’s 50 cameras"),
    ],
    events=[
        E("The meteorite, a dark, fusion-crusted stone weighing 1.68 kilograms, was spotted", "2021-09-25", "on Saturday afternoon"),
        E("the fragment recovered on the Nullarbor Plain", "2021-09-25", "on Saturday"),
        E("The fireball was recorded", "2021-09-19", "on Sunday, September 19"),
        E("dashcam footage from Kalgoorlie was shared widely online", "2021-09-20", "the next morning"),
        E("The team drove out from Perth", "2021-09-22", "last Wednesday"),
        E("began searching at first light", "2021-09-23", "on Thursday"),
        E("Initial reports from the field on Saturday night put the rock’s weight at about 2 kilograms", "2021-09-25", "on Saturday night"),
        E("It was weighed properly in Perth", "2021-09-27", "on Monday morning"),
        E("The network posted a photo of the find on Twitter", "2021-09-25", "on Saturday"),
        E("the university expects the first results", "2021", "by the end of the year"),
        E("whose $1.4 million, three-year grant from the Australian Research Council runs out", "2022", "at the end of next year"),
        E("The team is planning a second, shorter trip", "2021-10", "next month"),
    ],
)

# ---------------------------------------------------------------- 04
OKO = ("Raymond Okonjo", "person", "history professor who chairs the Faculty Senate")
ALB = ("Denise Albright", "person", "Provost")
REY = ("Hannah Reyes-Whitfield", "person", "physics professor")
OSU = ("Olentangy State University", "organization", None)
ART["04_quantum-center-ohio"] = dict(
    published="2021-11-19",
    published_basis="Inferred; undated AP dateline 'COLUMBUS, Ohio (AP) —' and 'Copyright 2021 The Associated Press'. Trustees voted 'on Thursday' after a Faculty Senate vote 'on Tuesday' 'earlier in the week'; the student senate meets 'next week, before the Thanksgiving break' (Thanksgiving 2021 = Nov. 25) and the board next meets Dec. 3, so the week is Nov. 15-19 and the vote Thursday 2021-11-18. The text cannot tell Thursday evening from Friday (AP names the weekday even for the same day), so publication is taken from writer.tsv as Friday 2021-11-19; all relative dates resolve the same either way",
    outlet="The Associated Press",
    quotes=[
        Q("them to wait until the school could explain how it would cover its share of the cost", "indirect", "the Faculty Senate", "organization", None, "urged"),
        Q("could eventually employ up to 40 graduate students and about two dozen researchers", "indirect", "university officials", "anonymous", None, "say"),
        Q("the university's real contribution is closer to $14 million once the cost of renovating a 22,000-square-foot former engineering building is included", "indirect", "Faculty leaders", "anonymous", None, "say"),
        Q("This is not a fight about science,", "direct", *OKO, "said"),
        Q("Nobody in that room voted against quantum physics. It's a fight about who gets asked to pay for it, and whether anyone bothered to ask us.", "direct", *OKO, "said"),
        Q("the approval process \"rushed and opaque\"", "mixed", *OKO, "called"),
        Q("faculty had first seen a detailed budget for the project only last week", "indirect", *OKO, "said"),
        Q("the renovation had been planned and budgeted separately, years before the grant application, and should not be counted as part of the center's cost", "indirect", *ALB, "told trustees"),
        Q("no tuition revenue would be used", "indirect", *ALB, "said"),
        Q("We competed against some of the best research universities in the country for this award,", "direct", *ALB, "said"),
        Q("If we ask the National Science Foundation to wait while we have another round of meetings, that money goes to somebody else.", "direct", *ALB, "said"),
        Q("he supported the center but shared some of the faculty's concerns about transparency", "indirect", "Carl Metzger", "person", "trustee", "said"),
        Q("its contribution would come from \"a combination of indirect-cost recovery on existing federal grants, private gifts and one-time reserves,\" and that a full breakdown would be presented to the board at its Dec. 3 meeting", "mixed", *OSU, "said"),
        Q("its $7.5 million commitment was spread over five years and was \"not contingent on any particular internal funding arrangement at the university.\"", "mixed", "Kestrel Microsystems", "organization", None, "said"),
        Q("the work could eventually lead to faster, more energy-efficient computer chips and more sensitive medical sensors", "indirect", "Supporters", "anonymous", None, "say"),
        Q("she understood the frustration but worried the argument over accounting was overshadowing what the grant meant for the university", "indirect", *REY, "said"),
        Q("Olentangy State has never before led an NSF center of this size", "indirect", *REY, "said"),
        Q("For a school like ours, this is the big leagues,", "direct", *REY, "said"),
        Q("I've had calls from students in three states this week asking if they can come work here.", "direct", *REY, "said"),
        Q("students were broadly supportive of the center but wanted a written guarantee about tuition", "indirect", "Tyler Ngata", "person", "Student government president", "said"),
        Q("The center is expected to open in fall 2023", "indirect", *OSU, "according to"),
        Q("faculty would keep pressing for details", "indirect", *OKO, "said"),
        Q("They got their vote,", "direct", *OKO, "said"),
        Q("Now they can show us the numbers.", "direct", *OKO, "said"),
    ],
    figures=[
        F("$30M", 30000000, "$", "money", None, "Ohio university's quantum center"),
        F("$30 million", 30000000, "$", "money", None, "quantum materials research center"),
        F("up to 40 graduate students", 40, "students", "count", "up to", "The center"),
        F("about two dozen researchers", 24, "researchers", "count", "about", "The center"),
        F("$12.5 million", 12500000, "$", "money", None, "the National Science Foundation"),
        F("$7.5 million", 7500000, "$", "money", None, "a semiconductor equipment maker", occ=1),
        F("$10 million", 10000000, "$", "money", None, "the university"),
        F("41-12", 41, "votes", "count", None, "The university's Faculty Senate"),
        F("three abstentions", 3, "abstentions", "count", None, "The university's Faculty Senate"),
        F("closer to $14 million", 14000000, "$", "money", "closer to", "the university"),
        F("22,000-square-foot", 22000, "square-foot", "count", None, "former engineering building"),
        F("3.5%", 3.5, "%", "percent", None, "tuition"),
        F("8-1", 8, "votes", "count", None, "The board"),
        F("$7.5 million", 7500000, "$", "money", None, "Kestrel Microsystems", occ=2),
        F("five years", 5, "years", "duration", None, "Kestrel Microsystems"),
        F("well over $1 billion", 1000000000, "$", "money", "well over", "the NSF and the Department of Energy"),
        F("three states", 3, "states", "count", None, None),
    ],
    events=[
        E("Trustees at Olentangy State University approved plans for a $30 million quantum materials research center", "2021-11-18", "on Thursday"),
        E("a faculty vote", "2021-11-15", "earlier in the week"),
        E("The university's Faculty Senate voted 41-12", "2021-11-16", "on Tuesday"),
        E("which trustees raised 3.5% for incoming students", "2021", "in the spring"),
        E("faculty had first seen a detailed budget for the project", "2021-11-08", "last week"),
        E("a full breakdown would be presented to the board", "2021-12-03", "Dec. 3"),
        E("I've had calls from students in three states", "2021-11-15", "this week"),
        E("faculty objected to the cost of a new athletics complex and the Faculty Senate passed a no-confidence motion in the then-president", "2019", "2019"),
        E("he stepped down", "2020", "the following year"),
        E("The student senate is expected to take up a resolution on the issue", "2021-11-22", "next week"),
        E("The center is expected to open", "2023", "in fall 2023"),
        E("Renovation work could begin", "2022", "next spring"),
    ],
)

# ---------------------------------------------------------------- 05
WHI = ("Jordan Whitehawk", "person", "fourth-year engineering student at Northern Plains University in Saskatoon")
BEA = ("Lianne Beaudry", "person", "associate professor of physics")
TEAM = ("the Boreal-1 team", "organization", None)
ART["05_saskatoon-cubesat"] = dict(
    published="2022-10-01",
    published_basis="No dateline; lead video caption ends '– Oct 1, 2022' and footer '© 2022 Prairie News Network'; body: the team learned of the safety review 'On Friday' and posted 'on Friday evening' (2022-09-30, the day before Saturday 2022-10-01); the Sept. 14, 2022 photo caption and the Aug 18, 2022 related video are other dates; agrees with writer.tsv",
    outlet="Prairie News Network",
    quotes=[
        Q("We’d been staring at that thing for three years,", "direct", *WHI, "said"),
        Q("And then it was just gone, on a truck, to Texas. I think a couple of people cried. I won’t say who.", "direct", *WHI, "said"),
        Q("it had passed its final safety review, clearing it to fly to the International Space Station on a cargo mission scheduled to launch from Virginia in early November", "indirect", *TEAM, "learned"),
        Q("Five years ago, a student project like this would have been a dream,", "direct", *BEA, "said"),
        Q("Now the parts are cheap enough, and the launch opportunities are there, that a university in Saskatoon can put a working instrument in space. That’s a huge shift.", "direct", *BEA, "said"),
        Q("the satellite should operate for up to 18 months before its orbit decays and it burns up in the atmosphere", "indirect", *BEA, "said"),
        Q("The team raised about $45,000 more from local businesses and alumni, bringing the total cost to nearly a quarter of a million dollars", "indirect", *BEA, "said"),
        Q("Boreal-1 was one of several student satellites “now in the final stages of preparation” and that the program had already given “hundreds of students hands-on experience in designing and building space hardware.”", "mixed", "the Canadian Space Agency", "organization", None, "said"),
        Q("We learned more from the things that went wrong than the things that went right,", "direct", *WHI, "said"),
        Q("Which is what everyone tells you, and it’s annoying, but it’s true.", "direct", *WHI, "said"),
        Q("Several others have since graduated and taken jobs in the space industry in Montreal, Ottawa and Toronto", "indirect", *BEA, "said"),
        Q("She passed! Boreal-1 is officially cleared to fly. Thank you to everyone who soldered, coded, tested and fed us pizza at 2 a.m. Next stop: orbit.", "direct", *TEAM, "announced"),
        Q("If all goes well, the first contact could come within hours of deployment", "indirect", *BEA, "said"),
        Q("he has already accepted a job with an aerospace company in Quebec, but plans to come back for the launch viewing party", "indirect", *WHI, "told Prairie News Network"),
        Q("I’m not missing that,", "direct", *WHI, "said"),
        Q("I’ve got three years of my life riding on that rocket.", "direct", *WHI, "said"),
    ],
    figures=[
        F("three years", 3, "years", "duration", None, "Jordan Whitehawk", occ=1),
        F("10 centimetres", 10, "centimetres", "count", None, "Boreal-1"),
        F("about 1.3 kilograms", 1.3, "kilograms", "count", "about", "Boreal-1"),
        F("more than 40 students", 40, "students", "count", "more than", "Boreal-1"),
        F("about 16 times", 16, "times", "count", "about", "the satellite"),
        F("roughly 400 kilometres", 400, "kilometres", "count", "roughly", "the satellite"),
        F("two students", 2, "students", "count", None, "A second experiment"),
        F("up to 18 months", 18, "months", "duration", "up to", "the satellite"),
        F("$200,000", 200000, "$", "money", None, "The project"),
        F("about $45,000", 45000, "$", "money", "about", "The team"),
        F("nearly a quarter of a million dollars", 250000, "$", "money", "nearly", "the total cost"),
        F("30 weeks", 30, "weeks", "duration", None, "a single microchip"),
        F("five", 5, "students", "count", None, "the students who started the project", occ=1),
        F("two dozen current students", 24, "students", "count", None, "The project"),
        F("two antennas", 2, "antennas", "count", None, "a ground station"),
        F("four or five times", 4, "times", "count", None, "the satellite"),
        F("three years", 3, "years", "duration", None, "Jordan Whitehawk", occ=2),
    ],
    events=[
        E("designed and built by a rotating team of more than 40 students", "2019", "since 2019"),
        E("the team learned it had passed its final safety review", "2022-09-30", "On Friday"),
        E("a cargo mission scheduled to launch from Virginia", "2022-11", "in early November"),
        E("Members of the Boreal-1 team pose with the satellite in a clean room at Northern Plains University", "2022-09-14", "on Sept. 14, 2022"),
        E("a $200,000 grant awarded", "2019", "in 2019"),
        E("the team was told to aim for a launch", "2021", "in spring 2021"),
        E("the team was waiting on a single microchip that had been back-ordered for 30 weeks", "2021", "last year"),
        E("The team announced the news in an Instagram post", "2022-09-30", "on Friday evening"),
        E("The team hopes to have its first radiation data in hand", "2022", "by the end of the year"),
        E("Whitehawk, who graduates", "2023", "next year"),
    ],
)

# ---------------------------------------------------------------- 06
MIN = ("the education and science ministry", "organization", None)
KOV = ("Iryna Kovalchuk", "person", "Deputy Minister")
SOK = ("Andriy Sokolenko", "person", None)
DIP = ("A European diplomat involved in coordinating research aid", "anonymous", None)
HRY = ("Natalia Hrytsenko", "person", "climate scientist")
ART["06_ukraine-science-war"] = dict(
    published="2023-02-21",
    published_basis="Dated dateline 'KYIV, Feb 21 (Reuters) -' (no year) and 'said on Tuesday'; year from 'Friday's first anniversary of the invasion' (Feb. 24, 2023 was a Friday, Feb. 21, 2023 a Tuesday) and 'science budget for 2023'; agrees with writer.tsv",
    outlet="Reuters",
    quotes=[
        Q("More than 1,400 buildings belonging to Ukrainian universities and research institutes have been damaged or destroyed since Russia's full-scale invasion", "indirect", *MIN, "said"),
        Q("foreign aid for research was arriving too slowly to stop an exodus of talent", "indirect", "scientists", "anonymous", None, "warned"),
        Q("We have institutes where there is no glass left in any window, no heating, and people are still coming in to work,", "direct", *KOV, "told reporters"),
        Q("But you cannot do experimental physics in a coat, by torchlight, forever.", "direct", *KOV, "told reporters"),
        Q("the cost of rebuilding research infrastructure had been estimated at $1.2 billion", "indirect", *KOV, "said"),
        Q("the number would rise as long as attacks continued", "indirect", *KOV, "cautioned"),
        Q("Ukraine's own science budget for 2023 has been cut by roughly a third compared with pre-war plans, as the government diverts money to defence", "indirect", *KOV, "said"),
        Q("much of that money has gone to scientists who left the country, rather than to the institutes trying to keep working at home", "indirect", "Researchers", "anonymous", None, "say"),
        Q("The support has been generous, and we are grateful,", "direct", *SOK, "said"),
        Q("But a fellowship in Berlin does not fix my roof. If the only way to keep doing science is to leave, then people will leave.", "direct", *SOK, "said"),
        Q("his lab lost power for about three weeks in the autumn and that an electron microscope worth more than 500,000 euros had been moved to a basement for safekeeping", "indirect", *SOK, "said"),
        Q("Of the 26 researchers in his department before the war, 11 are now working abroad", "indirect", *SOK, "said"),
        Q("between 5,000 and 6,000 researchers are working outside the country, or about 8% of the pre-war research workforce", "indirect", *MIN, "says"),
        Q("donors were discussing ways to channel more money directly to institutions inside Ukraine, including grants for generators, laboratory equipment and internet connections", "indirect", *DIP, "said"),
        Q("a decision could come later this spring but that concerns about oversight and security had slowed discussions", "indirect", *DIP, "said"),
        Q("supporting Ukraine's research and innovation sector was \"a priority\" and that it would present further measures at a conference on Ukraine's recovery planned for later this year", "mixed", "The European Commission", "organization", None, "said"),
        Q("her team now processes satellite data on servers in Poland, and holds weekly video meetings with colleagues spread across four countries", "indirect", *HRY, "said"),
        Q("her group had just had a paper accepted by an international journal, \"written in three cities, during two blackouts and one air raid.\"", "mixed", *HRY, "wrote"),
        Q("the ministry would ask donors at a meeting next month to commit at least 10% of future research aid to rebuilding damaged facilities", "indirect", *KOV, "said"),
        Q("We do not want our scientists to become a diaspora,", "direct", *KOV, "said"),
        Q("We want them to have something to come home to.", "direct", *KOV, "said"),
    ],
    figures=[
        F("More than 1,400 buildings", 1400, "buildings", "count", "More than", "Ukrainian universities and research institutes"),
        F("about 1,000", 1000, "buildings", "count", "about", "the ministry's previous update"),
        F("about 1,250 damaged sites", 1250, "sites", "count", "about", "A volunteer database"),
        F("$1.2 billion", 1200000000, "USD", "money", None, "rebuilding research infrastructure"),
        F("40 million euros", 40000000, "EUR", "money", None, "A programme backed by a group of European science academies"),
        F("$42.6 million", 42600000, "USD", "money", None, "A programme backed by a group of European science academies"),
        F("C$10 million", 10000000, "CAD", "money", None, "Canada's federal research councils"),
        F("$7.4 million", 7400000, "USD", "money", None, "Canada's federal research councils"),
        F("about three weeks", 3, "weeks", "duration", "about", "his lab"),
        F("more than 500,000 euros", 500000, "EUR", "money", "more than", "an electron microscope"),
        F("26 researchers", 26, "researchers", "count", None, "his department"),
        F("11", 11, "researchers", "count", None, "his department"),
        F("between 5,000 and 6,000 researchers", 5000, "researchers", "count", None, "Ukraine"),
        F("about 8%", 8, "%", "percent", "about", "the pre-war research workforce"),
        F("nearer 20%", 20, "%", "percent", "nearer", "A survey by an independent association of Ukrainian scientists"),
        F("four countries", 4, "countries", "count", None, "her team"),
        F("three cities", 3, "cities", "count", None, "a paper"),
        F("two blackouts", 2, "blackouts", "count", None, "a paper"),
        F("one air raid", 1, "air raid", "count", None, "a paper"),
        F("more than 3,000 times", 3000, "times", "count", "more than", "The post"),
        F("at least 10%", 10, "%", "percent", "at least", "future research aid"),
    ],
    events=[
        E("More than 1,400 buildings belonging to Ukrainian universities and research institutes have been damaged or destroyed since Russia's full-scale invasion, the education and science ministry said", "2023-02-21", "on Tuesday"),
        E("first anniversary of the invasion", "2023-02-24", "Friday"),
        E("the ministry's previous update", "2022-10", "in October"),
        E("Canada's federal research councils last year pledged C$10 million ($7.4 million) for Ukrainian scholars placed at Canadian universities", "2022", "last year"),
        E("his lab lost power for about three weeks", "2022", "in the autumn"),
        E("A survey by an independent association of Ukrainian scientists, published", "2022-12", "in December"),
        E("a decision could come", "2023", "later this spring"),
        E("a conference on Ukraine's recovery planned", "2023", "later this year"),
        E("Hrytsenko wrote that her group had just had a paper accepted by an international journal", "2023-02-20", "on Monday"),
        E("the ministry would ask donors at a meeting", "2023-03", "next month"),
    ],
)


def main():
    for name, a in ART.items():
        doc = {
            "article": name + ".txt",
            "published": a["published"],
            "published_basis": a["published_basis"],
            "outlet": a["outlet"],
            "quotes": a["quotes"],
            "figures": a["figures"],
            "events": a["events"],
        }
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote", len(ART), "files")


if __name__ == "__main__":
    main()
