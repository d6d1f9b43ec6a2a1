#!/usr/bin/env python3
"""Write the hand-made annotations of gold-fresh194 to JSON.

Every quote, figure and event below was written by hand after reading the article;
this script only turns the literals into one JSON file per article (no extraction).
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

# ---------------------------------------------------------------- 01
BEAU = ("Laurent Beaulieu", "person", "Immigration Minister")
THI = ("Margaret Thiessen", "person", "Conservative immigration critic")
NAN = ("Priya Nandakumar", "person", "senior economist at one of Canada’s big banks")
ARTICLES.append({
    "article": "01_canada-immigration-levels.txt",
    "published": "2022-11-01",
    "published_basis": "'Published Tuesday, Nov. 1, 2022 4:47PM EDT' line under the byline (also 'Last Updated Tuesday, Nov. 1, 2022'); photo caption dated 'on Tuesday, Nov. 1, 2022' and plan tabled 'on Tuesday'; 2022-11-01 was a Tuesday; agrees with writer.tsv",
    "outlet": "The Canadian Press",
    "quotes": [
        Q("is needed to ease labour shortages", "indirect", *BEAU, "says"),
        Q("could strain housing and health care in cities that are already stretched", "indirect", "critics", "anonymous", None, "warn"),
        Q("We have close to a million jobs going unfilled, on hospital wards, on construction sites and on farms across the Prairies,", "direct", *BEAU, "told reporters"),
        Q("Immigration is not the whole answer to that. But there is no answer without it.", "direct", *BEAU, "told reporters"),
        Q("About 60 per cent of newcomers in 2025 would arrive through economic streams, up from roughly 58 per cent this year", "indirect", "the federal government", "organization", None, "according to"),
        Q("the department would also begin using new powers next spring to pick candidates from the Express Entry pool by occupation, targeting nurses, tradespeople and truck drivers, rather than relying only on an overall points score", "indirect", *BEAU, "said"),
        Q("the plan “a number without a plan,”", "mixed", *THI, "called"),
        Q("the government had yet to clear a backlog that has left hundreds of thousands of applicants waiting well past the department’s own service standards", "indirect", *THI, "said"),
        Q("You cannot keep piling traffic onto a highway that is already jammed and then act surprised when nobody gets anywhere,", "direct", *THI, "said"),
        Q("about 1.1 million applications were waiting longer than its service standards, down from a peak of about 1.3 million in July, out of a total inventory of roughly 2.2 million", "indirect", "Immigration, Refugees and Citizenship Canada", "organization", None, "said"),
        Q("the department’s count leaves out some citizenship and visitor-visa files", "indirect", "Thiessen’s office", "organization", None, "saying"),
        Q("her party supports higher levels in principle", "indirect", "Rosalie Dumont", "person", "NDP immigration critic", "said"),
        Q("Ottawa must pair the new targets with money for settlement agencies and affordable housing, or risk newcomers arriving to “waiting lists instead of welcome mats.”", "mixed", "Rosalie Dumont", "person", "NDP immigration critic", "said"),
        Q("Quebec would keep its annual intake at about 50,000 and “will not be taking direction from Ottawa on a question that touches the future of the French language.”", "mixed", "Sophie Lachance", "person", "immigration minister", "said"),
        Q("ministers had weighed a target as high as 525,000 for 2025 before settling on the lower figure after talks with the provinces in September and October", "indirect", "A senior government official", "anonymous", None, "said"),
        Q("the targets were ambitious but defensible given the country’s aging workforce", "indirect", *NAN, "said"),
        Q("The demographic math is very hard to argue with. We have roughly nine million baby boomers who will reach retirement age by 2030, and there are simply not enough young Canadians coming up behind them,", "direct", *NAN, "told The Canadian Press"),
        Q("Where I would push the government is on housing. If you bring in 500,000 people a year and the country is building 220,000 or 230,000 homes, the gap shows up in rents, and it shows up fast.", "direct", *NAN, None),
        Q("employers in nearly every sector had reported difficulty filling positions and that a predictable, multi-year target helped companies plan hiring", "indirect", "the Business Council of Canada", "organization", None, "saying"),
        Q("it was “not a reason to close the door.”", "mixed", *BEAU, "said"),
        Q("the government would work with provinces and municipalities on the issue", "indirect", *BEAU, "said"),
    ],
    "figures": [
        F("500,000 new permanent residents", 500000, "residents", "count", None, "Ottawa"),
        F("half a million new permanent residents", 500000, "residents", "count", None, "the federal government"),
        F("465,000 permanent residents", 465000, "residents", "count", None, "Canada"),
        F("485,000", 485000, "residents", "count", None, "Canada"),
        F("500,000", 500000, "residents", "count", None, "Canada", occurrence=2),
        F("just over 405,000 people", 405000, "people", "count", "just over", "Canada"),
        F("close to a million jobs", 1000000, "jobs", "count", "close to", None),
        F("About 60 per cent", 60, "%", "percent", "About", "newcomers"),
        F("roughly 58 per cent", 58, "%", "percent", "roughly", "newcomers"),
        F("about 1.1 million applications", 1100000, "applications", "count", "about", "Immigration, Refugees and Citizenship Canada"),
        F("about 1.3 million", 1300000, "applications", "count", "about", "Immigration, Refugees and Citizenship Canada"),
        F("roughly 2.2 million", 2200000, "applications", "count", "roughly", "Immigration, Refugees and Citizenship Canada"),
        F("closer to 2.6 million", 2600000, "applications", "count", "closer to", "Thiessen’s office"),
        F("about 50,000", 50000, "immigrants", "count", "about", "Quebec"),
        F("as high as 525,000", 525000, "residents", "count", "as high as", None),
        F("roughly nine million baby boomers", 9000000, "baby boomers", "count", "roughly", "Canada"),
        F("500,000 people", 500000, "people", "count", None, None),
        F("220,000 or 230,000 homes", 220000, "homes", "count", None, "the country"),
    ],
    "events": [
        E("Ottawa aims for 500,000 new permanent residents a year", "2025", "by 2025"),
        E("Immigration Minister Laurent Beaulieu speaks to reporters in the foyer of the House of Commons on Parliament Hill in Ottawa", "2022-11-01", "on Tuesday, Nov. 1, 2022"),
        E("The federal government wants to bring in half a million new permanent residents a year", "2025", "by 2025"),
        E("The multi-year levels plan tabled in the House of Commons", "2022-11-01", "on Tuesday"),
        E("sets a goal of 465,000 permanent residents", "2023", "in 2023"),
        E("rising to 485,000", "2024", "in 2024"),
        E("500,000", "2025", "in 2025", occurrence=2),
        E("Canada admitted just over 405,000 people", "2021", "last year"),
        E("About 60 per cent of newcomers in 2025 would arrive through economic streams", "2025", "in 2025"),
        E("up from roughly 58 per cent", "2022", "this year"),
        E("the department would also begin using new powers", "2023", "next spring"),
        E("Immigration, Refugees and Citizenship Canada said last week that about 1.1 million applications were waiting longer than its service standards", "2022-10-24", "last week"),
        E("a peak of about 1.3 million", "2022-07", "in July"),
        E("talks with the provinces", "2022-09", "in September and October"),
        E("roughly nine million baby boomers who will reach retirement age", "2030", "by 2030"),
        E("the department is expected to table its next version", "2023-11-01", "by Nov. 1, 2023"),
    ],
})

# ---------------------------------------------------------------- 02
NAO = ("the National Audit Office", "organization", None)
HO = ("the Home Office", "organization", None)
FEL = ("Dominic Felstead", "person", "Labour's home affairs spokesperson")
ARTICLES.append({
    "article": "02_uk-asylum-hotels-watchdog.txt",
    "published": "2023-06-19",
    "published_basis": "Dated dateline 'LONDON, June 19 (Reuters)' (no year) with the watchdog speaking 'on Monday'; year from the future target 'by the end of 2023' and 'early 2020' in the past; 2023-06-19 was a Monday; agrees with writer.tsv",
    "outlet": "Reuters",
    "quotes": [
        Q("UK asylum hotel bill hits £8 mln a day", "indirect", *NAO, "says"),
        Q("Britain is spending about 8 million pounds ($10.2 million) a day to house asylum seekers in hotels", "indirect", *NAO, "said"),
        Q("the government's plan to move people into former military sites and a barge would take longer and save less than ministers had claimed", "indirect", *NAO, "warning"),
        Q("more than 51,000 asylum seekers were being housed in nearly 400 hotels across England, Scotland and Wales at the end of March, up from about 2,500 in early 2020", "indirect", *NAO, "said"),
        Q("the gap was largely because the department's estimate left out security, transport and the management fees charged by contractors", "indirect", *NAO, "said"),
        Q("The system is, frankly, creaking,", "direct", "Alistair Penrose", "person", None, "said"),
        Q("Every week that the backlog persists, the taxpayer pays a premium for it, and there is no sign yet that the premium is coming down.", "direct", "Alistair Penrose", "person", None, "said"),
        Q("the NAO's figure \"reflects a period of exceptional pressure\" on the asylum system and that the number of people in hotels had started to fall since the spring", "mixed", *HO, "said"),
        Q("it remained committed to ending the use of hotels \"as quickly as possible\"", "mixed", *HO, "said"),
        Q("About 175,000 people were waiting for an initial decision on their asylum claims at the end of March, up 57% from a year earlier", "indirect", *NAO, "according to"),
        Q("clear a so-called legacy backlog of roughly 92,000 claims made before June 28 last year by the end of 2023", "indirect", "the government", "organization", None, "pledged"),
        Q("it was \"not yet on course\" to meet", "mixed", *NAO, "said"),
        Q("Decision-makers processed an average of about 1.3 claims per person per week in the first three months of the year", "indirect", *NAO, "said"),
        Q("productivity had risen by 20 percentage points since January after it simplified interview procedures", "indirect", *HO, "said"),
        Q("will replace hotels", "indirect", "the government", "organization", None, "said"),
        Q("two former air force bases and an accommodation barge moored off the south coast of England would eventually house between 8,000 and 10,000 people", "indirect", "Ministers", "anonymous", None, "said"),
        Q("the sites would hold no more than 3,500 at any one time before early next year, and that set-up costs had already reached about 74 million pounds, against an initial budget of 45 million", "indirect", *NAO, "estimated"),
        Q("Hotels were never meant to be a long-term answer. We are moving people into cheaper, more basic accommodation and stopping the boats. That is how we bring the bill down.", "direct", "Clare Whitlow", "person", "Immigration minister", "wrote on Twitter"),
        Q("the findings \"a damning verdict\" on the government's handling of the system", "mixed", *FEL, "called"),
        Q("the government had spent years announcing schemes that were never built and that the cost of delays was being paid by taxpayers and by the communities where hotels had been requisitioned", "indirect", *FEL, "said"),
        Q("it was \"working closely with the Home Office to reduce reliance on hotels\" and that its contracts had always been intended to be temporary", "mixed", "Harcourt Accommodation Services", "organization", None, "said"),
        Q("some authorities had been given as little as 48 hours' notice before a hotel in their area was turned over to asylum accommodation", "indirect", "the Local Government Association", "organization", None, "said"),
        Q("the Home Office did not have reliable data on how long individual asylum seekers had spent in hotels", "indirect", *NAO, "said"),
    ],
    "figures": [
        F("£8 mln", 8000000, "GBP", "money", None, "Britain"),
        F("about 8 million pounds", 8000000, "GBP", "money", "about", "Britain"),
        F("$10.2 million", 10200000, "USD", "money", None, "Britain"),
        F("more than 51,000 asylum seekers", 51000, "asylum seekers", "count", "more than", None),
        F("nearly 400 hotels", 400, "hotels", "count", "nearly", None),
        F("about 2,500", 2500, "asylum seekers", "count", "about", None),
        F("6 million pounds", 6000000, "GBP", "money", None, "the Home Office"),
        F("About 175,000 people", 175000, "people", "count", "About", None),
        F("57%", 57, "%", "percent", None, None),
        F("roughly 92,000 claims", 92000, "claims", "count", "roughly", "the government"),
        F("about 1.3 claims", 1.3, "claims", "count", "about", "Decision-makers"),
        F("three months", 3, "months", "duration", None, None),
        F("more than five", 5, "claims", "count", "more than", None),
        F("20 percentage points", 20, "%", "percent", None, "productivity"),
        F("two former air force bases", 2, "bases", "count", None, None),
        F("between 8,000 and 10,000 people", 8000, "people", "count", None, None),
        F("no more than 3,500", 3500, "people", "count", "no more than", None),
        F("about 74 million pounds", 74000000, "GBP", "money", "about", "set-up costs"),
        F("45 million", 45000000, "GBP", "money", None, "initial budget"),
        F("three private companies", 3, "companies", "count", None, None),
        F("More than 45,000 people", 45000, "people", "count", "More than", None),
        F("nearly 11,000", 11000, "people", "count", "nearly", None),
        F("more than 450 million euros", 450000000, "EUR", "money", "more than", "Britain"),
        F("three years", 3, "years", "duration", None, "Britain"),
        F("as little as 48 hours", 48, "hours", "duration", "as little as", None),
        F("between nine and 14 months", 9, "months", "duration", None, None),
    ],
    "events": [
        E("Britain is spending about 8 million pounds ($10.2 million) a day to house asylum seekers in hotels, the country's public spending watchdog said", "2023-06-19", "on Monday"),
        E("more than 51,000 asylum seekers were being housed in nearly 400 hotels across England, Scotland and Wales", "2023-03", "at the end of March"),
        E("up from about 2,500", "2020", "in early 2020"),
        E("the number of people in hotels had started to fall", "2023", "since the spring"),
        E("About 175,000 people were waiting for an initial decision on their asylum claims", "2023-03", "at the end of March"),
        E("up 57%", "2022-03", "a year earlier"),
        E("claims made", "2022-06-28", "before June 28 last year"),
        E("The government has pledged to clear a so-called legacy backlog of roughly 92,000 claims", "2023", "by the end of 2023"),
        E("Decision-makers processed an average of about 1.3 claims per person per week", "2023-01", "in the first three months of the year"),
        E("compared with more than five a week", "2016", "in 2016"),
        E("productivity had risen by 20 percentage points", "2023-01", "since January"),
        E("the sites would hold no more than 3,500 at any one time", "2024", "before early next year"),
        E("More than 45,000 people crossed the Channel from France in small boats", "2022", "last year"),
        E("nearly 11,000 have arrived", "2023", "so far this year"),
        E("The Local Government Association, which represents councils in England, said last week that some authorities had been given as little as 48 hours' notice", "2023-06-12", "last week"),
        E("Parliament's Public Accounts Committee is expected to question senior Home Office officials on the findings", "2023-06", "later this month"),
    ],
})

# ---------------------------------------------------------------- 03
DUF = ("Catherine Dufresne", "person", "Defence Minister")
HAS = ("Amira Hassan", "person", None)
BRIEF = ("officials at a technical briefing", "anonymous", None)
MAC = ("Gordon MacLellan", "person", "Conservative foreign affairs critic")
ARTICLES.append({
    "article": "03_canada-sudan-evacuation.txt",
    "published": "2023-04-28",
    "published_basis": "Lead-video line 'WATCH: ... – Apr 28, 2023' and the federal government 'said Friday' (update 'posted Friday afternoon', briefing 'Friday'); 2023-04-28 was a Friday; second video line dated Apr 26, 2023 is older; '© 2023'; agrees with writer.tsv",
    "outlet": "Global News",
    "quotes": [
        Q("Canadian military aircraft have flown hundreds of people out of Sudan since the middle of the week", "indirect", "the federal government", "organization", None, "said"),
        Q("many Canadians are still trapped in and around Khartoum as a shaky ceasefire between the country’s warring factions nears its end", "indirect", "officials", "anonymous", None, "acknowledged"),
        Q("Royal Canadian Air Force flights had carried “more than 400 people” to safety in neighbouring Djibouti since Wednesday", "mixed", *DUF, "told reporters"),
        Q("239 Canadian citizens, permanent residents and their family members had left Sudan on Canadian flights, and that roughly 130 more had got out on aircraft operated by Germany, France, the United Kingdom and other partners", "indirect", "Global Affairs Canada", "organization", None, "saying"),
        Q("the true number is likely higher because registration is voluntary", "indirect", "officials", "anonymous", None, "said"),
        Q("Every flight is a race against the clock,", "direct", *DUF, "said"),
        Q("Our crews are landing on an airfield where the situation can change by the hour. They are doing remarkable work, and they will keep doing it for as long as it is safe to do so.", "direct", *DUF, "said"),
        Q("Fighting broke out on April 15 between Sudan’s army and a powerful paramilitary group, and has killed more than 450 people", "indirect", "the World Health Organization", "organization", None, "according to"),
        Q("Another Canadian flight has landed safely in Djibouti. To Canadians still in Sudan: register with us, stay in contact, and follow our guidance. We will not stop working to bring you home.", "direct", "Helena Marchand", "person", "Foreign Affairs Minister", "posted on Twitter"),
        Q("the government was also helping Canadians make the overland journey to Port Sudan on the Red Sea coast, roughly 850 kilometres from Khartoum", "indirect", *BRIEF, "said"),
        Q("the government could not guarantee safe passage along the road and that Canadians should decide for themselves whether to travel", "indirect", *BRIEF, "said"),
        Q("My brother called me at three in the morning and said, ‘We can hear the shelling from the kitchen.’ He has two kids, six and nine. They have been living on water from a tank on the roof,", "direct", *HAS, "told Global News"),
        Q("He is a Canadian citizen. He did everything they asked. He registered, he filled in the forms, he answered every email.", "direct", *HAS, None),
        Q("All I want is for somebody to tell him where to go and when. If they tell him to walk to the airport, he will walk.", "direct", *HAS, None),
        Q("Ottawa had been “slow off the mark” compared with allies that began flying people out last weekend", "mixed", *MAC, "said"),
        Q("why Canada had not pre-positioned aircraft in the region sooner", "indirect", *MAC, "questioned"),
        Q("Canada had co-ordinated its planning with allies from the first days of the fighting and that “no country has been able to get everyone out.”", "mixed", *DUF, "saying"),
        Q("it will continue the flights for as long as the ceasefire holds and conditions at the airfield allow", "indirect", "the government", "organization", None, "said"),
    ],
    "figures": [
        F("more than 400 people", 400, "people", "count", "more than", "Canada"),
        F("239 Canadian citizens", 239, "citizens", "count", None, "Canada"),
        F("roughly 130 more", 130, "people", "count", "roughly", None),
        F("About 1,800 Canadians", 1800, "Canadians", "count", "About", None),
        F("some 700", 700, "Canadians", "count", "some", None),
        F("Two CC-130J Hercules transport planes", 2, "planes", "count", None, "Canada"),
        F("about 200 Canadian troops", 200, "troops", "count", "about", "Canada"),
        F("about two and a half hours", 2.5, "hours", "duration", "about", None),
        F("more than 450 people", 450, "people", "count", "more than", None),
        F("72-hour", 72, "hours", "duration", None, None),
        F("three days", 3, "days", "duration", None, None),
        F("roughly 850 kilometres", 850, "kilometres", "count", "roughly", None),
        F("12 hours or more", 12, "hours", "duration", "or more", None),
        F("two children", 2, "children", "count", None, None),
        F("nearly two weeks", 2, "weeks", "duration", "nearly", None),
        F("two kids", 2, "kids", "count", None, None),
    ],
    "events": [
        E("Canadian military aircraft have flown hundreds of people out of Sudan", "2023-04-26", "since the middle of the week"),
        E("Canadian military aircraft have flown hundreds of people out of Sudan since the middle of the week, the federal government said", "2023-04-28", "Friday"),
        E("Royal Canadian Air Force flights had carried “more than 400 people” to safety in neighbouring Djibouti", "2023-04-26", "since Wednesday"),
        E("Global Affairs Canada gave a lower figure in an update posted", "2023-04-28", "Friday afternoon"),
        E("Canadian Armed Forces members prepare a CC-130J Hercules aircraft at 8 Wing Trenton, Ont.", "2023-04-24", "on Monday, April 24, 2023"),
        E("Fighting broke out on April 15 between Sudan’s army and a powerful paramilitary group", "2023-04-15", "on April 15"),
        E("A 72-hour truce brokered by the United States and Saudi Arabia took effect", "2023-04-25", "on Tuesday"),
        E("was extended on Thursday evening for another three days", "2023-04-27", "on Thursday evening"),
        E("Foreign Affairs Minister Helena Marchand posted on Twitter", "2023-04-27", "late Thursday"),
        E("officials at a technical briefing Friday said the government was also helping Canadians make the overland journey to Port Sudan", "2023-04-28", "Friday"),
        E("allies that began flying people out", "2023-04-22", "last weekend"),
        E("Canada closed its embassy in Khartoum", "2023-04-23", "on April 23"),
    ],
})

# ---------------------------------------------------------------- 04
PEN = ("the Pentagon", "organization", None)
SDO = ("a senior defense official", "anonymous", None)
UO = ("Ukrainian officials", "anonymous", None)
SAV = ("Mykola Savchuk", "person", "Ukrainian Defense Minister")
HAL = ("Eric Halvorsen", "person", "Pentagon spokesman")
ARTICLES.append({
    "article": "04_us-ukraine-military-aid.txt",
    "published": "2022-07-21",
    "published_basis": "Metadata line at the top of the text: 'date 2022-07-21' (a Thursday); consistent with 'the Pentagon said Thursday' and 'Copyright 2022'; agrees with writer.tsv",
    "outlet": "The Associated Press",
    "quotes": [
        Q("The United States will send Ukraine four more advanced rocket launchers, hundreds of small attack drones and tens of thousands of artillery rounds as part of a $640 million military aid package", "indirect", *PEN, "said"),
        Q("The package, the latest in a series of weapons shipments since Russia invaded on Feb. 24, brings the total of U.S. security assistance to Ukraine to about $8.6 billion", "indirect", *PEN, "according to"),
        Q("U.S. officials had described the package earlier this week as worth about $500 million, but the total grew after additional ammunition was added in the final days of review", "indirect", *SDO, "said"),
        Q("These systems are making a real difference on the battlefield, and the Ukrainians have shown they can use them with great precision,", "direct", *HAL, "said"),
        Q("We are going to keep the supply line moving.", "direct", *HAL, "said"),
        Q("the strikes have forced Russian units to move supplies farther from the fighting, slowing their artillery fire", "indirect", *UO, "say"),
        Q("their forces fire between 5,000 and 6,000 rounds a day, compared with as many as 40,000 a day by Russian troops in the Donbas region at the peak of the fighting in June", "indirect", "Ukrainian commanders", "anonymous", None, "said"),
        Q("it had fallen in recent weeks", "indirect", *SDO, "said"),
        Q("the U.S. and allies were now focused on helping Ukraine keep its existing weapons running, including through a repair hub in a neighboring country, and on training Ukrainian crews on Western systems", "indirect", *SDO, "said"),
        Q("About 200 Ukrainian soldiers have finished HIMARS training so far", "indirect", *SDO, "said"),
        Q("neither was under active consideration for now, because of concerns about escalation and because Ukrainian pilots would need months of training", "indirect", "A U.S. official familiar with the discussions", "anonymous", None, "said"),
        Q("Grateful to our American partners for another strong package,", "direct", *SAV, "wrote"),
        Q("HIMARS are already changing the situation at the front. More will mean more liberated land.", "direct", *SAV, "wrote"),
        Q("the administration was \"moving too slowly and too cautiously\"", "mixed", "Diane Kessler", "person", "Sen.", "said"),
        Q("it to send longer-range weapons", "indirect", "Diane Kessler", "person", "Sen.", "urged"),
        Q("the aid was necessary but that lawmakers needed \"much better tracking\" of where the equipment ends up", "mixed", "Alan Whitacre", "person", "Rep.", "said"),
        Q("U.S. and Ukrainian officials meet regularly to account for weapons deliveries and that it had found no credible evidence that American-provided weapons had been diverted", "indirect", *PEN, "said"),
        Q("Thursday's package would be drawn from existing Pentagon inventories, which allows the equipment to reach Ukraine within days or weeks rather than months", "indirect", "Officials", "anonymous", None, "said"),
        Q("deliveries often lag far behind announcements", "indirect", *UO, "complained"),
        Q("Russian shelling overnight had killed at least three civilians in the region", "indirect", *UO, "said"),
    ],
    "figures": [
        F("$640M", 640000000, "USD", "money", None, "U.S."),
        F("four more advanced rocket launchers", 4, "launchers", "count", None, "U.S."),
        F("$640 million", 640000000, "USD", "money", None, "U.S."),
        F("about $8.6 billion", 8600000000, "USD", "money", "about", "U.S."),
        F("about $500 million", 500000000, "USD", "money", "about", None),
        F("four High Mobility Artillery Rocket Systems", 4, "Systems", "count", None, "U.S."),
        F("20", 20, "HIMARS", "count", None, "Ukraine", occurrence=2),
        F("up to 580 small, expendable drones", 580, "drones", "count", "up to", "U.S."),
        F("36,000 rounds", 36000, "rounds", "count", None, "U.S."),
        F("roughly 80 kilometers", 80, "kilometers", "count", "roughly", None),
        F("50 miles", 50, "miles", "count", None, None),
        F("between 5,000 and 6,000 rounds", 5000, "rounds", "count", None, "Ukraine"),
        F("as many as 40,000", 40000, "rounds", "count", "as many as", "Russia"),
        F("about 20,000", 20000, "rounds", "count", "about", "Russia"),
        F("About 200 Ukrainian soldiers", 200, "soldiers", "count", "About", "Ukraine"),
        F("about $40 billion", 40000000000, "USD", "money", "about", "Congress"),
        F("roughly 50 countries", 50, "countries", "count", "roughly", None),
        F("at least three civilians", 3, "civilians", "count", "at least", None),
    ],
    "events": [
        E("The United States will send Ukraine four more advanced rocket launchers, hundreds of small attack drones and tens of thousands of artillery rounds as part of a $640 million military aid package, the Pentagon said", "2022-07-21", "Thursday"),
        E("Russia invaded", "2022-02-24", "on Feb. 24"),
        E("U.S. officials had described the package earlier this week as worth about $500 million", "2022-07-18", "earlier this week"),
        E("as many as 40,000 a day by Russian troops in the Donbas region at the peak of the fighting", "2022-06", "in June"),
        E("a new class is due to start", "2022-07-25", "next week"),
        E("Congress approved about $40 billion in military, economic and humanitarian aid for Ukraine", "2022-05", "In May"),
        E("Thursday's package", "2022-07-21", "Thursday's"),
        E("Defense officials from roughly 50 countries are expected to meet virtually", "2022-07-18", "later this week"),
        E("capturing the neighboring Luhansk region", "2022-07", "earlier this month"),
        E("Ukrainian officials said Thursday that Russian shelling overnight had killed at least three civilians in the region", "2022-07-21", "Thursday"),
    ],
})

# ---------------------------------------------------------------- 05
KER = ("Andrew Kerslake", "person", "Deputy Secretary")
ZHA = ("Mei Lin Zhao", "person", "Greens senator")
DOY = ("Kathryn Doyle", "person", "Labor’s immigration spokeswoman")
SPK = ("a spokesperson for Immigration Minister Graham Thorley", "anonymous", None)
MOR = ("Lena Moretti", "person", None)
ACH = ("Simon Achebe", "person", "Migration lawyer")
ARTICLES.append({
    "article": "05_australia-visa-backlog-inquiry.txt",
    "published": "2021-10-13",
    "published_basis": "'Posted Wed 13 Oct 2021 at 6:02pm, updated Wed 13 Oct 2021 at 8:40pm' line; officials told the committee 'on Wednesday'; 2021-10-13 was a Wednesday; agrees with writer.tsv",
    "outlet": "ABC News",
    "quotes": [
        Q("The number of visa applications waiting to be processed by the Home Affairs Department has climbed to almost 1 million", "indirect", "a Senate inquiry", "organization", None, "heard"),
        Q("962,000 applications were on hand at the end of September, up from about 760,000 a year earlier, as the department juggled border closures, a surge in partner visa lodgements and staff redeployed to COVID-19 travel exemption requests", "indirect", "Senior officials", "anonymous", None, "told the committee"),
        Q("the department had hired about 300 extra processing staff since March and expected the backlog to start falling “over the coming months” as international borders reopened", "mixed", *KER, "said"),
        Q("I won’t pretend the numbers are where we want them to be,", "direct", *KER, "told the committee"),
        Q("But we have lifted the share of partner applications finalised within service standards by 12 percentage points since the start of the year, and that trend is continuing.", "direct", *KER, "told the committee"),
        Q("the delays as “a cruelty dressed up as administration”", "mixed", *ZHA, "described"),
        Q("many of those waiting had already paid an application fee of $7,715", "indirect", *ZHA, "said"),
        Q("These are people who did everything right,", "direct", *ZHA, "said"),
        Q("They married, they paid, they waited. And the department’s answer is: wait some more.", "direct", *ZHA, "said"),
        Q("the government had collected more than $1.2 billion in visa application charges in the last financial year while allowing service standards to slide", "indirect", *DOY, "said"),
        Q("the backlog was a choice, not an accident", "indirect", *DOY, "said"),
        Q("the government had “prioritised the health of Australians during the pandemic” and that visa processing had continued throughout", "mixed", *SPK, "said"),
        Q("skilled visas in critical sectors such as health and aged care were being processed “as a priority”, and that the government would announce further measures to speed up processing before the end of the year", "mixed", *SPK, "said"),
        Q("We had a wedding in Florence in the last week before everything shut down. I came home to Adelaide thinking we would be apart for six weeks, maybe eight.", "direct", *MOR, None),
        Q("It has now been 20 months. I have spent more time talking to my husband through a phone screen than I spent with him in the whole year we were married.", "direct", *MOR, None),
        Q("What we are asking for isn’t special treatment. We are asking for a date, any date, so that we can plan a life.", "direct", *MOR, None),
        Q("the network had more than 4,000 members, and that she had heard from couples who had separated under the strain of waiting", "indirect", *MOR, "told ABC Radio National"),
        Q("the department had taken an average of 54 days to process requests to leave Australia on compassionate grounds in August, down from 71 days in May", "indirect", "the committee", "organization", None, "heard"),
        Q("the number of requests had risen sharply", "indirect", "officials", "anonymous", None, "said"),
        Q("Australia was not alone", "indirect", *ACH, "said"),
        Q("Canada had set aside C$85 million to clear its immigration backlog and that US consulates were still running interview schedules at a fraction of normal capacity, with some applicants there paying US$325 in fees only to wait more than a year for an appointment", "indirect", *ACH, "noted"),
        Q("Every country is dealing with this,", "direct", *ACH, "said"),
        Q("The difference is that Australia is dealing with it while its borders are still shut.", "direct", *ACH, "said"),
        Q("Australian citizens and permanent residents will be able to leave and return more freely from next month in states that reach 80 per cent vaccination of people aged over 16", "indirect", "the federal government", "organization", None, "said"),
    ],
    "figures": [
        F("one million", 1000000, "applications", "count", None, "Visa backlog"),
        F("almost 1 million", 1000000, "applications", "count", "almost", "Home Affairs Department"),
        F("more than two years", 2, "years", "duration", "more than", "couples"),
        F("962,000 applications", 962000, "applications", "count", None, "Home Affairs Department"),
        F("about 760,000", 760000, "applications", "count", "about", "Home Affairs Department"),
        F("about 300 extra processing staff", 300, "staff", "count", "about", "Home Affairs Department"),
        F("12 percentage points", 12, "%", "percent", None, "partner applications"),
        F("Ninety per cent", 90, "%", "percent", None, "offshore partner visa applications"),
        F("22 months", 22, "months", "duration", None, "offshore partner visa applications"),
        F("17 months", 17, "months", "duration", None, "offshore partner visa applications"),
        F("More than 100,000 partner visa applications", 100000, "applications", "count", "More than", None),
        F("$7,715", 7715, "AUD", "money", None, "application fee"),
        F("more than $1.2 billion", 1200000000, "AUD", "money", "more than", "the government"),
        F("six weeks, maybe eight", 6, "weeks", "duration", None, None),
        F("20 months", 20, "months", "duration", None, None),
        F("more than 4,000 members", 4000, "members", "count", "more than", "the network"),
        F("54 days", 54, "days", "duration", None, "Home Affairs Department"),
        F("71 days", 71, "days", "duration", None, "Home Affairs Department"),
        F("C$85 million", 85000000, "CAD", "money", None, "Canada"),
        F("US$325", 325, "USD", "money", None, "applicants"),
        F("80 per cent", 80, "%", "percent", None, "states"),
        F("over 16", 16, "years", "duration", "over", None),
    ],
    "events": [
        E("Senior officials told the committee", "2021-10-13", "on Wednesday"),
        E("962,000 applications were on hand", "2021-09", "at the end of September"),
        E("up from about 760,000", "2020-09", "a year earlier"),
        E("the department had hired about 300 extra processing staff", "2021-03", "since March"),
        E("we have lifted the share of partner applications finalised within service standards by 12 percentage points", "2021-01", "since the start of the year"),
        E("compared with 17 months", "2019", "in 2019"),
        E("the government had collected more than $1.2 billion in visa application charges", "2020-07", "in the last financial year"),
        E("the government would announce further measures to speed up processing", "2021", "before the end of the year"),
        E("has been apart from her Italian-born husband", "2020-02", "since February 2020"),
        E("the department had taken an average of 54 days to process requests to leave Australia on compassionate grounds", "2021-08", "in August"),
        E("down from 71 days", "2021-05", "in May"),
        E("Australian citizens and permanent residents will be able to leave and return more freely", "2021-11", "from next month"),
        E("The committee is due to deliver its report", "2021-12-02", "by December 2"),
    ],
})

# ---------------------------------------------------------------- 06
LIN = ("Tara Lindgren", "person", "Marchetti's spokeswoman")
STA = ("Glenn Stauffer", "person", "House Majority Leader")
DEL = ("Marisa Delgado", "person", "House Democratic Leader")
OKA = ("Sandra Okafor", "person", None)
ARTICLES.append({
    "article": "06_pennsylvania-budget-deal.txt",
    "published": "2021-06-27",
    "published_basis": "Inferred (no dateline or date line): '© 2021'; budget sent 'early Sunday' after the Senate vote 'late Saturday evening' and the House vote 'shortly before 1 a.m. Sunday', statement 'emailed early Sunday'; governor 'is expected to sign the bill Monday' (future); new fiscal year 'begins Thursday' = July 1, and the 'June 30 deadline' is still ahead; 'the first time since 2019' and 'Last year' stopgap fit 2021. Sunday 2021-06-27 is the only date that fits (2021-07-01 was a Thursday); agrees with writer.tsv",
    "outlet": "PennLive",
    "quotes": [
        Q("Marchetti, a Democrat, is expected to sign the bill Monday", "indirect", *LIN, "said"),
        Q("This is not the budget any one of us would have written on our own,", "direct", *STA, "said"),
        Q("But it puts more money into classrooms, it doesn't raise a single tax, and it keeps a real cushion in the bank for the years ahead. I'll take that.", "direct", *STA, "said"),
        Q("the true spending level was closer to $42 billion once transfers and money shifted to special funds were counted, and that the headline number understated the growth", "indirect", "House Democrats", "organization", None, "said"),
        Q("it fell short", "indirect", "Advocates for school funding", "anonymous", None, "said"),
        Q("the budget was \"a step, not a solution,\"", "mixed", *OKA, "said"),
        Q("a lawsuit challenging the fairness of the state's school funding system is scheduled to go to trial later this year", "indirect", *OKA, "noting"),
        Q("holding the money back was prudent with the economy still uncertain and federal rules on its use still being written", "indirect", "Republicans", "organization", None, "said"),
        Q("We are not going to spend one-time money on permanent programs and then come back in two years and tell taxpayers we need a tax increase to cover it,", "direct", "Raymond Kuhn", "person", "Sen.", "said"),
        Q("the money should go out the door now", "indirect", "Democrats", "organization", None, "argued"),
        Q("families and small businesses hurt by the pandemic could not wait", "indirect", *DEL, "said"),
        Q("People are hurting right now. Landlords are hurting right now. Child care centers are closing right now,", "direct", *DEL, "said"),
        Q("And we are sitting on billions of dollars that Washington sent us specifically to help them.", "direct", *DEL, "said"),
        Q("the governor was \"pleased that this budget makes a historic investment in our schools\" and would continue to push for a higher minimum wage \"every day until it gets done.\"", "mixed", *LIN, "said"),
    ],
    "figures": [
        F("$40.8B", 40800000000, "USD", "money", None, "Pennsylvania"),
        F("$40.8 billion", 40800000000, "USD", "money", None, "Pennsylvania"),
        F("32-18", 32, "votes", "count", None, "The Senate"),
        F("120-83", 120, "votes", "count", None, "The House"),
        F("2.9%", 2.9, "%", "percent", None, "general fund budget"),
        F("closer to $42 billion", 42000000000, "USD", "money", "closer to", "House Democrats"),
        F("$300 million", 300000000, "USD", "money", None, "basic education funding"),
        F("$50 million", 50000000, "USD", "money", None, "supplement", occurrence=1),
        F("about 100 of the state's poorest school districts", 100, "districts", "count", "about", None),
        F("$50 million", 50000000, "USD", "money", None, "Special education funding", occurrence=2),
        F("about $7.3 billion", 7300000000, "USD", "money", "about", "the state"),
        F("about $2.5 billion", 2500000000, "USD", "money", "about", "The budget", occurrence=1),
        F("nearly $5 billion", 5000000000, "USD", "money", "nearly", "The budget"),
        F("about $2.5 billion", 2500000000, "USD", "money", "about", "Rainy Day Fund", occurrence=2),
        F("$7.25", 7.25, "USD", "money", None, "minimum wage"),
        F("five-month", 5, "months", "duration", None, "stopgap budget"),
        F("roughly $282 million", 282000000, "USD", "money", "roughly", "nursing homes"),
        F("$25 million", 25000000, "USD", "money", None, "violence-prevention grants"),
        F("$5 million", 5000000, "USD", "money", None, "county election offices"),
    ],
    "events": [
        E("Pennsylvania's Republican-controlled Legislature sent a $40.8 billion state budget to Gov. Daniel Marchetti", "2021-06-27", "early Sunday"),
        E("the new fiscal year begins", "2021-07-01", "Thursday"),
        E("The Senate approved the plan 32-18", "2021-06-26", "late Saturday evening"),
        E("The House followed shortly before 1 a.m. Sunday on a 120-83 vote", "2021-06-27", "Sunday"),
        E("Marchetti, a Democrat, is expected to sign the bill", "2021-06-28", "Monday"),
        E("a lawsuit challenging the fairness of the state's school funding system is scheduled to go to trial", "2021", "later this year"),
        E("Marchetti's spokeswoman, Tara Lindgren, said the governor was \"pleased that this budget makes a historic investment in our schools\"", "2021-06-27", "early Sunday"),
        E("Sunday's vote", "2021-06-27", "Sunday's"),
        E("the first time since 2019 that the state has passed a full budget", "2019", "since 2019"),
        E("the June 30 deadline", "2021-06-30", "June 30"),
        E("lawmakers passed a stopgap five-month budget", "2020-05", "in May"),
        E("finished the job", "2020-11", "in November"),
        E("midterm elections", "2022", "next year's"),
        E("Several related bills that make changes to the school code and fiscal code, needed to carry out parts of the budget, were also approved", "2021-06-26", "over the weekend"),
        E("Lawmakers are not scheduled to return to session", "2021-09", "until September"),
    ],
})


def main():
    for a in ARTICLES:
        out = os.path.join(ROOT, a["article"][:-4] + ".json")
        with open(out, "w", encoding="utf-8") as fh:
            json.dump(a, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", os.path.relpath(out, ROOT), len(a["quotes"]), "quotes,",
              len(a["figures"]), "figures,", len(a["events"]), "events")


if __name__ == "__main__":
    main()
