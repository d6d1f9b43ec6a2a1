#!/usr/bin/env python3
"""Write the hand-made annotations of gold-fresh201 to JSON.

Every quote, figure and event below was chosen by hand after reading the article;
this script only adds the `occurrence` field where a text occurs more than once
(the hand-chosen occurrence numbers are given explicitly where it matters) and
writes one JSON file per article.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ART = os.path.join(ROOT, "articles")


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


ANN = {}

# ---------------------------------------------------------------- 01
HEN = ("Douglas Henrikson", "person", "Maj.-Gen.")
OKA = ("Wendy Okafor-Lynch", "person", None)
CAS = ("Raymond Castellane", "person", "Former infantry officer")
DND = ("the Department of National Defence", "organization", None)
ANN["01_kabul-airlift-ends"] = {
    "published": "2021-08-27",
    "published_basis": "'Published Friday, Aug. 27, 2021 6:42PM EDT' line (and credit 'first published Aug. 27, 2021'); body: military officials 'confirmed Friday', last flight 'late Thursday'; 2021-08-27 was a Friday; agrees with writer.tsv",
    "outlet": "The Canadian Press",
    "quotes": [
        Q("thousands of Afghan allies left behind", "indirect", "advocates", "anonymous", None, "warn"),
        Q("The Canadian Armed Forces have flown their last evacuation mission out of Kabul", "indirect", "military officials", "anonymous", None, "confirmed"),
        Q("left thousands of Afghans who worked alongside Canadian troops stranded in a country now controlled by the Taliban", "indirect", "advocates", "anonymous", None, "say"),
        Q("the final CC-177 Globemaster left Hamid Karzai International Airport late Thursday, Kabul time, only hours before suicide bombings at the airport's gates killed scores of people", "indirect", *HEN, "told reporters"),
        Q("We did not leave because we wanted to leave,", "direct", *HEN, "said"),
        Q("We left because the security situation on the ground had reached the point where we could no longer put aircraft and people at that airport without accepting a risk that was simply not reasonable.", "direct", *HEN, "said"),
        Q("Canadian aircraft had carried about 3,700 people out of Afghanistan over roughly two weeks, a figure that includes Canadian citizens, permanent residents and Afghans approved for resettlement", "indirect", *HEN, "said"),
        Q("about 3,200 people had been flown out on Canadian planes", "indirect", "Immigration officials", "anonymous", None, "said"),
        Q('the total at "more than 2,800."', "mixed", "Global Affairs Canada", "organization", None, "put"),
        Q("the discrepancy came in part from people who boarded allied flights and were later transferred to Canadian care in third countries, and who may have been counted twice", "indirect", "a senior government official", "anonymous", None, "said"),
        Q("her group still had between 1,500 and 2,000 names on its list of people who had applied and never received a response", "indirect", *OKA, "said"),
        Q("These are people who stood beside Canadian soldiers in Kandahar. Some of them were shot at for us. Some of them have children who have never known a day without fear,", "direct", *OKA, "said"),
        Q("And this week they watched the gates close.", "direct", *OKA, "said"),
        Q("Flights are over. Our phones are not. Hundreds of messages tonight from families still in hiding. Canada made them a promise.", "direct", *OKA, "wrote"),
        Q("many eligible people had not made it to the airport", "indirect", *HEN, "acknowledged"),
        Q("crowds at the gates had at times numbered in the tens of thousands, and that Taliban checkpoints on roads leading to the airfield made it nearly impossible for some families to reach Canadian personnel", "indirect", *HEN, "said"),
        Q("Every one of us who was there is going to carry the faces of the people we could not reach,", "direct", *HEN, "said"),
        Q("Canada had roughly two dozen special forces members and a contingent of about 200 other personnel supporting the operation at its peak", "indirect", *DND, "according to"),
        Q("all Canadian military members had left Afghanistan safely and none were hurt in Thursday's attacks", "indirect", *DND, "said"),
        Q("the pledge remains in place and that work would continue through third countries", "indirect", "Immigration officials", "anonymous", None, "said"),
        Q('the government\'s processing "a paper wall."', "mixed", *CAS, "called"),
        Q("applicants had been asked for documents that many had burned to avoid being identified at Taliban checkpoints", "indirect", *CAS, "said"),
        Q("You can't ask a man to carry proof that he worked for the Canadian army through a checkpoint run by the people who want to kill him for it,", "direct", *CAS, "said"),
        Q("the government to release a full accounting of how many applications were received, how many were approved and how many approved applicants are still in Afghanistan", "indirect", "Opposition critics", "anonymous", None, "called on"),
        Q('the military would conduct its own review of the operation, including how it co-ordinated with allies at the airport, and that lessons would be shared "as openly as we can."', "mixed", *HEN, "said"),
        Q("that decision rested with the government", "indirect", *HEN, "said"),
        Q("If we are asked to go, we will go,", "direct", *HEN, "said"),
    ],
    "figures": [
        F("about 3,700 people", 3700, "people", "count", "about", "Canada"),
        F("roughly two weeks", 2, "weeks", "duration", "roughly", "Canada"),
        F("about 3,200 people", 3200, "people", "count", "about", "Canada"),
        F("more than 2,800", 2800, "people", "count", "more than", "Canada"),
        F("between 1,500 and 2,000 names", 1500, "names", "count", None, "Wendy Okafor-Lynch's group"),
        F("roughly two dozen special forces members", 24, "members", "count", "roughly", "Canada"),
        F("about 200 other personnel", 200, "personnel", "count", "about", "Canada"),
        F("20,000 vulnerable Afghans", 20000, "Afghans", "count", None, "Canada"),
        F("two tours", 2, "tours", "count", None, "Raymond Castellane"),
    ],
    "events": [
        E("The Canadian Armed Forces have flown their last evacuation mission out of Kabul, military officials confirmed", "2021-08-27", "Friday"),
        E("the final CC-177 Globemaster left Hamid Karzai International Airport", "2021-08-26", "late Thursday"),
        E("Immigration officials said Thursday that about 3,200 people had been flown out on Canadian planes", "2021-08-26", "Thursday"),
        E("a Global Affairs Canada update", "2021-08-23", "earlier in the week"),
        E("they watched the gates close", "2021-08-23", "this week"),
        E("Okafor-Lynch wrote", "2021-08-26", "on Thursday evening"),
        E("Thursday's attacks", "2021-08-26", "Thursday's"),
        E("Immigration officials said Friday that the pledge remains in place and that work would continue through third countries", "2021-08-27", "Friday"),
        E("The House of Commons was dissolved", "2021-08", "earlier this month"),
        E("federal election", "2021-09-20", "Sept. 20"),
    ],
}

# ---------------------------------------------------------------- 02
DES = ("Paul Desrochers", "person", "former army commander")
VAS = ("Irene Vasquez-Holt", "person", "defence economist")
ANN["02_air-defence-contract"] = {
    "published": "2023-01-10",
    "published_basis": "Dated dateline 'OTTAWA, Jan 10 (Reuters)' and sources 'said on Tuesday'; year from 'Russia's invasion of Ukraine last February' (2022) and spending 'in 2022' (past); 2023-01-10 was a Tuesday; agrees with writer.tsv",
    "outlet": "Reuters",
    "quotes": [
        Q("Canada picks Norwegian-led group for C$1.9 billion air defence deal", "indirect", "sources", "anonymous", None, "say"),
        Q("Canada has selected a consortium led by a Norwegian missile maker to supply short-range air defence systems for its army", "indirect", "two sources familiar with the decision", "anonymous", None, "said"),
        Q("The contract, which has not been formally announced, would see the consortium deliver up to 14 truck-mounted launcher systems, radars and an initial stock of interceptor missiles between 2025 and 2028", "indirect", "one of the sources", "anonymous", None, "said"),
        Q("drones and cruise missiles have made the shortfall more pressing, particularly for the roughly 700 Canadian troops leading a NATO battle group in Latvia", "indirect", "Defence officials", "anonymous", None, "said"),
        Q('"no final decision has been taken" and that the government would announce the outcome of the competition "in the coming weeks."', "mixed", "the Department of National Defence", "organization", None, "said"),
        Q('the gap had been "the most obvious hole in the army\'s kit" for years', "mixed", *DES, "said"),
        Q("Every army that has watched Ukraine for the last 10 months has reached the same conclusion: if you can't protect your troops from the sky, you can't fight,", "direct", *DES, "told Reuters"),
        Q("We are late, but late is better than never.", "direct", *DES, "told Reuters"),
        Q("reaching 2% would require tens of billions of dollars in extra annual spending", "indirect", "Budget officials", "anonymous", None, "estimated"),
        Q("it would buy 88 F-35 fighter jets from Lockheed Martin", "indirect", "the Canadian government", "organization", None, "said"),
        Q("the new system's price could rise", "indirect", "Analysts", "anonymous", None, "warned"),
        Q("Costs for comparable programs in Europe have climbed between 15% and 30% since 2021 because of inflation and competition for components", "indirect", *VAS, "said"),
        Q("The headline number you see at contract signing is rarely the number you see at the end,", "direct", *VAS, "said"),
        Q("The question for Ottawa is whether it has locked in prices or left itself exposed.", "direct", *VAS, "said"),
        Q("the contract includes a fixed-price component for the first batch of launchers, but that missile prices would be renegotiated after the first three years", "indirect", "one of the sources", "anonymous", None, "said"),
        Q("major projects took an average of about 15 years from identifying a need to delivering equipment", "indirect", "the auditor general", "person", "auditor general", "said"),
        Q('they would consider buying "off-the-shelf" systems already in service with allies rather than designing Canadian-specific versions', "mixed", "officials", "anonymous", None, "said"),
    ],
    "figures": [
        F("C$1.9 billion", 1900000000, "CAD", "money", None, "Canada", occ=1),
        F("two sources", 2, "sources", "count", None, None),
        F("about C$1.9 billion", 1900000000, "CAD", "money", "about", "Canada"),
        F("$1.42 billion", 1420000000, "USD", "money", None, "Canada"),
        F("up to 14 truck-mounted launcher systems", 14, "systems", "count", "up to", "the consortium"),
        F("roughly 700 Canadian troops", 700, "troops", "count", "roughly", "Canada"),
        F("10 months", 10, "months", "duration", None, None),
        F("about 1.3%", 1.3, "%", "percent", "about", "Canada"),
        F("2%", 2, "%", "percent", None, "NATO", occ=1),
        F("2%", 2, "%", "percent", None, "Canada", occ=2),
        F("88 F-35 fighter jets", 88, "jets", "count", None, "Canada"),
        F("between 15% and 30%", 15, "%", "percent", None, "comparable programs in Europe"),
        F("three years", 3, "years", "duration", None, "the contract"),
        F("between C$150 million and C$250 million", 150000000, "CAD", "money", None, "counter-drone system"),
        F("about 15 years", 15, "years", "duration", "about", "major projects"),
    ],
    "events": [
        E("Canada has selected a consortium led by a Norwegian missile maker to supply short-range air defence systems for its army, two sources familiar with the decision said", "2023-01-10", "on Tuesday"),
        E("the consortium deliver up to 14 truck-mounted launcher systems, radars and an initial stock of interceptor missiles", "2025", "between 2025 and 2028"),
        E("it retired its last such weapons", "2012", "in 2012"),
        E("Russia's invasion of Ukraine", "2022-02", "last February"),
        E("Canada committed last year to raising defence spending", "2022", "last year"),
        E("defence spending, which stood at about 1.3% of gross domestic product", "2022", "in 2022"),
        E("Budget officials estimated in June that reaching 2% would require tens of billions of dollars in extra annual spending", "2022-06", "in June"),
        E("The government said in March that it would buy 88 F-35 fighter jets from Lockheed Martin", "2022-03", "in March"),
        E("Costs for comparable programs in Europe have climbed between 15% and 30%", "2021", "since 2021"),
        E("procurement documents posted", "2022-11", "in November"),
        E("first deliveries expected", "2023", "by the end of this year"),
        E("The auditor general said in a 2021 report that major projects took an average of about 15 years from identifying a need to delivering equipment", "2021", "in a 2021 report"),
        E('officials said last month they would consider buying "off-the-shelf" systems already in service with allies rather than designing Canadian-specific versions', "2022-12", "last month"),
    ],
}

# ---------------------------------------------------------------- 03
MAC = ("Glen Mackinnon", "person", None)
VAC = ("Veterans Affairs Canada", "organization", None)
PET = ("Sharon Petrakis", "person", "service officer")
LAC = ("Bernice Lachapelle", "person", "retired corporal")
ANN["03_veterans-backlog"] = {
    "published": "2022-11-09",
    "published_basis": "Metadata line at the top: 'date 2022-11-09' (a Wednesday); consistent with Remembrance Day (Nov. 11) 'on Friday', the department's statement 'on Tuesday' (2022-11-08) and '© 2022'; agrees with writer.tsv",
    "outlet": "The Chronicle-Journal",
    "quotes": [
        Q("disability claims still take too long", "indirect", "local veterans", "anonymous", None, "say"),
        Q("he picked up over 22 years in the army", "indirect", *MAC, "says"),
        Q("Seventeen months to tell me something I already knew: that I can’t hear out of my left ear and I can’t stand for more than half an hour,", "direct", *MAC, "said"),
        Q("I’m not bitter about the army. I’m bitter about the paperwork.", "direct", *MAC, "said"),
        Q("the ceremonies at the cenotaph are a reminder of a promise that has not been kept to the living", "indirect", "local veterans’ advocates", "anonymous", None, "say"),
        Q("it has made significant progress", "indirect", *VAC, "says"),
        Q("its backlog of disability applications waiting longer than 16 weeks had fallen to about 11,000 at the end of September, down from a peak of more than 23,000 in 2020", "indirect", *VAC, "said"),
        Q("it had hired hundreds of temporary staff and was using “new tools to process straightforward claims faster.”", "mixed", *VAC, "said"),
        Q("just over half of first applications were decided within the 16-week standard in the most recent quarter", "indirect", *VAC, "show"),
        Q("the averages hide the hardest cases", "indirect", "advocates", "anonymous", None, "say"),
        Q("she has about 40 open files, and that some people she works with have given up altogether", "indirect", *PET, "said"),
        Q("They call it a backlog like it’s a pile of papers,", "direct", *PET, "said"),
        Q("Every one of those is a person, and some of them are sleeping in their trucks.", "direct", *PET, "said"),
        Q("French-language applicants and women veterans had historically waited longer than others", "indirect", *PET, "said"),
        Q("it is working to close", "indirect", *VAC, "said"),
        Q("applications from women took on average several weeks longer to process", "indirect", "the parliamentary budget officer", "person", "parliamentary budget officer", "found"),
        Q("the department’s online portal as “a maze,” especially for older veterans who do not own a computer", "mixed", *PET, "described"),
        Q("she had seen applicants drive more than 300 km from smaller communities in the region to sit down with someone in person", "indirect", *PET, "said"),
        Q("the number of applications has risen sharply, by roughly 40 per cent over five years, in part because of outreach encouraging veterans to come forward", "indirect", "Federal officials", "anonymous", None, "argued"),
        Q("it had “no higher priority” than getting benefits to veterans on time", "mixed", *VAC, "said"),
        Q("it took her nearly two years to have a survivor’s pension recognised, and that she repeatedly had to resend the same documents", "indirect", *LAC, "said"),
        Q("They lost his service records twice,", "direct", *LAC, "said"),
        Q("Twice. I was sending photocopies of photocopies.", "direct", *LAC, "said"),
        Q("she would still be at the cenotaph on Friday morning, as she has been every year since 1985", "indirect", *LAC, "said"),
        Q("You go because you owe it to the ones who didn’t come home,", "direct", *LAC, "said"),
        Q("But I’d like the country to remember the ones who did come home too, and not just one day a year.", "direct", *LAC, "said"),
        Q("they had seen a steady flow of veterans’ files", "indirect", "Local Member of Parliament offices", "anonymous", None, "said"),
        Q("veterans’ cases made up about a quarter of the casework that came through the door", "indirect", "one constituency assistant", "anonymous", None, "said"),
    ],
    "figures": [
        F("over 22 years", 22, "years", "duration", "over", "Glen Mackinnon"),
        F("16 weeks", 16, "weeks", "duration", None, None, occ=1),
        F("Seventeen months", 17, "months", "duration", None, "Glen Mackinnon"),
        F("61", 61, "years", "duration", None, "Glen Mackinnon"),
        F("16 weeks", 16, "weeks", "duration", None, "Veterans Affairs Canada", occ=2),
        F("about 11,000", 11000, "applications", "count", "about", "Veterans Affairs Canada"),
        F("more than 23,000", 23000, "applications", "count", "more than", "Veterans Affairs Canada"),
        F("16-week", 16, "weeks", "duration", None, "Veterans Affairs Canada"),
        F("about 40 open files", 40, "files", "count", "about", "Sharon Petrakis"),
        F("more than 300 km", 300, "km", "count", "more than", "applicants"),
        F("roughly 40 per cent", 40, "%", "percent", "roughly", "the number of applications"),
        F("five years", 5, "years", "duration", None, None),
        F("nearly two years", 2, "years", "duration", "nearly", "Bernice Lachapelle"),
        F("68", 68, "years", "duration", None, "Bernice Lachapelle"),
        F("two minutes", 2, "minutes", "duration", None, None),
        F("up to 2,000", 2000, "people", "count", "up to", None),
    ],
    "events": [
        E("Glen Mackinnon filed a disability claim", "2021-03", "in March 2021"),
        E("He got his answer", "2022-08", "this August"),
        E("Remembrance Day approaches", "2022-11-11", "on Friday"),
        E("In a statement emailed to The Chronicle-Journal on Tuesday, the department said", "2022-11-08", "on Tuesday"),
        E("its backlog of disability applications waiting longer than 16 weeks had fallen to about 11,000", "2022-09", "at the end of September"),
        E("a peak of more than 23,000", "2020", "in 2020"),
        E("The parliamentary budget officer found in a report two years ago that applications from women took on average several weeks longer to process", "2020", "two years ago"),
        E("husband served in the navy and died", "2019", "in 2019"),
        E("she would still be at the cenotaph", "2022-11-11", "on Friday morning"),
        E("as she has been every year", "1985", "since 1985"),
        E("Remembrance Day ceremonies in Thunder Bay will begin", "2022-11-11", "Friday"),
    ],
}

# ---------------------------------------------------------------- 04
ALB = ("Kirsty Albrecht", "person", "Major")
ROU = ("Étienne Rousseau-Blais", "person", "Captain")
OLE = ("Oleksandr", "person", "Private")
MOD = ("the UK Ministry of Defence", "organization", None)
ANN["04_ukraine-recruits-training"] = {
    "published": "2022-09-15",
    "published_basis": "No dateline or metadata; '© 2022' gives the year and the weekday phrases (arrival 'on Thursday' reported as just happened, critic 'on Tuesday', MoD 'on Monday', course finishing 'next week') point to a Thursday, but the text does not fix the month or day ('since last month', programme begun 'in the summer', before winter); took writer.tsv's date 2022-09-15 (a Thursday), with which the text is consistent",
    "outlet": "The Guardian",
    "quotes": [
        Q("A further 130 Canadian Armed Forces personnel arrived at RAF Brize Norton on Thursday, joining about 100 who have been working alongside British instructors since last month", "indirect", *MOD, "according to"),
        Q("Some of these lads were bus drivers, IT workers, teachers a month ago,", "direct", *ALB, "said"),
        Q("In five weeks we can’t make them veterans. What we can do is give them the drills that keep them alive.", "direct", *ALB, "said"),
        Q("the scheme had so far cost about £60m, drawn from the £2.3bn in military assistance the UK has pledged to Ukraine this year", "indirect", "Defence officials in London", "anonymous", None, "said"),
        Q("it will spend up to C$15m on equipment and logistics for its contribution", "indirect", "Ottawa", "organization", None, "said"),
        Q("the recruits’ motivation had surprised even seasoned instructors", "indirect", *ROU, "said"),
        Q("You tell them to do something once,", "direct", *ROU, "said"),
        Q("and they’ve done it three times before you’ve finished the sentence. They know exactly where they are going.", "direct", *ROU, "said"),
        Q("much of the syllabus drew on lessons passed back from Ukraine itself, including how to move under observation from drones and how to treat catastrophic bleeding in the first minutes after an injury", "indirect", *ROU, "said"),
        Q("there had been debate in Ottawa over whether sending more trainers would stretch a military already short of roughly 10,000 regular force members", "indirect", "a senior Canadian defence official", "anonymous", None, "said"),
        Q("the decision as “a judgment that this is the most useful thing we can do right now”", "mixed", "a senior Canadian defence official", "anonymous", None, "described"),
        Q("whether the government is doing enough", "indirect", "Opposition MPs in Canada", "anonymous", None, "questioned"),
        Q("Canada’s aid had been “generous in words and modest in deliveries”", "mixed", "one Conservative defence critic", "anonymous", None, "said"),
        Q("more than 4,000 had graduated", "indirect", *MOD, "said"),
        Q("the British count did not include specialist courses run separately by allies", "indirect", "a Ukrainian military attaché in London", "anonymous", None, "saying"),
        Q("it could run well into next year", "indirect", "ministers", "anonymous", None, "said"),
        Q("he had been sleeping about five hours a night and had lost count of the number of times he had crawled through mud", "indirect", *OLE, "said"),
        Q("It is hard, but it is not the hardest thing,", "direct", *OLE, "said"),
        Q("The hardest thing is that my wife and daughter are at home and I am here in England, in the rain, and I cannot go back to them yet.", "direct", *OLE, "said"),
        Q("he expected to be at the front within a month", "indirect", *OLE, "said"),
        Q("They complain about the weather less than the British,", "direct", *OLE, "said"),
        Q("But they say sorry more.", "direct", *OLE, "said"),
    ],
    "figures": [
        F("130 Canadian Armed Forces personnel", 130, "personnel", "count", None, "Canada"),
        F("about 100", 100, "personnel", "count", "about", "Canada"),
        F("up to 10,000 Ukrainian volunteers", 10000, "volunteers", "count", "up to", "The programme"),
        F("about five weeks", 5, "weeks", "duration", "about", "The programme"),
        F("120 days", 120, "days", "duration", None, "The programme"),
        F("five weeks", 5, "weeks", "duration", None, None, occ=2),
        F("about £60m", 60000000, "GBP", "money", "about", "the scheme"),
        F("£2.3bn", 2300000000, "GBP", "money", None, "UK"),
        F("up to C$15m", 15000000, "CAD", "money", "up to", "Canada"),
        F("roughly 10,000 regular force members", 10000, "members", "count", "roughly", "Canada"),
        F("more than 4,000", 4000, "recruits", "count", "more than", "the UK Ministry of Defence"),
        F("nearly 5,000", 5000, "recruits", "count", "nearly", "a Ukrainian military attaché in London"),
        F("34-year-old", 34, "years", "duration", None, "Oleksandr"),
        F("about five hours", 5, "hours", "duration", "about", "Oleksandr"),
    ],
    "events": [
        E("A further 130 Canadian Armed Forces personnel arrived at RAF Brize Norton", "2022-09-15", "on Thursday"),
        E("about 100 who have been working alongside British instructors", "2022-08", "since last month"),
        E("The programme, which began", "2022", "in the summer"),
        E("Some of these lads were bus drivers, IT workers, teachers", "2022-08", "a month ago"),
        E("the UK has pledged to Ukraine", "2022", "this year"),
        E("served in Latvia with the NATO battle group", "2019", "in 2019"),
        E("One Conservative defence critic said on Tuesday that Canada’s aid had been “generous in words and modest in deliveries”", "2022-09-13", "on Tuesday"),
        E("The UK Ministry of Defence said on Monday that more than 4,000 had graduated", "2022-09-12", "on Monday"),
        E("it could run well into next year", "2023", "next year"),
        E("His course finishes", "2022-09-19", "next week"),
    ],
}

# ---------------------------------------------------------------- 05
MUS = ("Abdelrahim Musa", "person", "engineer")
TAN = ("Michelle Tanaka-Reid", "person", "spokesperson for Canadian Joint Operations Command")
ELK = ("Nadia Elkhalifa", "person", None)
DND5 = ("the Department of National Defence", "organization", None)
GAC = ("Global Affairs Canada", "organization", None)
ANN["05_sudan-evacuation"] = {
    "published": "2023-04-26",
    "published_basis": "Photo caption dated 'Wednesday, April 26, 2023' and body 'officials said Wednesday'; TORONTO (AP) dateline undated; 'Copyright 2023'; 2023-04-26 was a Wednesday; agrees with writer.tsv",
    "outlet": "The Associated Press",
    "quotes": [
        Q("Canadian military aircraft carried dozens of people out of war-torn Sudan this week", "indirect", "officials", "anonymous", None, "said"),
        Q("many more Canadians were still trapped in Khartoum as a fragile ceasefire between the country's rival generals threatened to collapse", "indirect", "relatives in Canada", "anonymous", None, "said"),
        Q("A Royal Canadian Air Force C-130J Hercules flew from Djibouti to an airstrip north of the Sudanese capital on Tuesday and returned with 58 passengers", "indirect", *DND5, "said"),
        Q("A second flight late Wednesday brought out about 70 more", "indirect", "a military spokesperson", "anonymous", None, "said"),
        Q("the flights also carried citizens of allied countries, and that some Canadians had left Sudan on British, French and German planes or by road to Port Sudan on the Red Sea coast, a journey of more than 800 kilometers (500 miles)", "indirect", "Officials", "anonymous", None, "said"),
        Q("about 1,800 Canadians had registered with its service for citizens abroad", "indirect", *GAC, "said"),
        Q("the true number could be higher because registration is voluntary", "indirect", "officials", "anonymous", None, "acknowledged"),
        Q("they believed between 2,500 and 3,000 Canadian citizens and permanent residents were in the country when fighting broke out on April 15, many visiting family during Ramadan", "indirect", "Community organizers in the Toronto area", "anonymous", None, "said"),
        Q("Fighting between Sudan's military and a powerful paramilitary force has killed more than 450 people and wounded thousands", "indirect", "the World Health Organization", "organization", None, "according to"),
        Q("A 72-hour ceasefire brokered by the United States took effect on Monday night but was repeatedly violated", "indirect", "residents", "anonymous", None, "said"),
        Q("his elderly parents and his sister's three children were in the city's Bahri district and had been unable to reach the evacuation point", "indirect", *MUS, "said"),
        Q("My father is 79. He has diabetes. He cannot walk two kilometers, never mind drive a day and a half through checkpoints,", "direct", *MUS, "said"),
        Q("Every night I call them and I hear the bombs through the phone. My mother tells me, 'Don't worry, we are fine,' and then the line goes dead.", "direct", *MUS, None),
        Q("I am grateful for the planes. I am. But the planes are only useful if you can get to them.", "direct", *MUS, None),
        Q("about 200 Canadian Armed Forces personnel had been deployed to the region, including aircrew, medical staff and a small security team", "indirect", *DND5, "said"),
        Q('the military was prepared to keep flying "as long as the conditions allow and there are people who need us."', "mixed", *TAN, "told reporters"),
        Q("the airstrip being used by allied militaries could handle only a limited number of flights a day and that crews were spending as little as 30 minutes on the ground", "indirect", *TAN, "said"),
        Q("an emergency line had left her on hold for more than three hours on Sunday before the call dropped", "indirect", *ELK, "said"),
        Q('the government\'s advice to "shelter in place" a message that "sounds reasonable from an office in Ottawa."', "mixed", *ELK, "called"),
        Q("it had added staff to its emergency watch centre and was answering thousands of calls and emails a day", "indirect", *GAC, "said"),
        Q("it would provide $3.5 million Canadian (about $2.6 million US) in humanitarian aid for people affected by the fighting, money to be channeled through United Nations agencies and the Red Cross", "indirect", "Canada", "organization", None, "announced"),
        Q("The Canadian embassy in Khartoum suspended operations earlier this week and its diplomatic staff were moved out of the country", "indirect", "officials", "anonymous", None, "said"),
        Q("he planned to stay at the community centre late into the night in case there was news of a third flight", "indirect", *MUS, "said"),
        Q("We are not asking for miracles,", "direct", *MUS, "said"),
        Q("We are asking that no one is forgotten.", "direct", *MUS, "said"),
    ],
    "figures": [
        F("58 passengers", 58, "passengers", "count", None, "Canada"),
        F("about 70", 70, "passengers", "count", "about", "Canada"),
        F("more than 800 kilometers", 800, "kilometers", "count", "more than", None),
        F("500 miles", 500, "miles", "count", None, None),
        F("about 1,800 Canadians", 1800, "Canadians", "count", "about", "Global Affairs Canada"),
        F("between 2,500 and 3,000 Canadian citizens", 2500, "citizens", "count", None, "Canada"),
        F("more than 450 people", 450, "people", "count", "more than", None),
        F("72-hour", 72, "hours", "duration", None, "ceasefire"),
        F("47-year-old", 47, "years", "duration", None, "Abdelrahim Musa"),
        F("three children", 3, "children", "count", None, "Abdelrahim Musa's sister"),
        F("79", 79, "years", "duration", None, "Abdelrahim Musa's father"),
        F("two kilometers", 2, "kilometers", "count", None, "Abdelrahim Musa's father"),
        F("about 200 Canadian Armed Forces personnel", 200, "personnel", "count", "about", "Canada"),
        F("as little as 30 minutes", 30, "minutes", "duration", "as little as", "crews"),
        F("more than three hours", 3, "hours", "duration", "more than", "Nadia Elkhalifa"),
        F("$3.5 million Canadian", 3500000, "CAD", "money", None, "Canada"),
        F("about $2.6 million US", 2600000, "USD", "money", "about", "Canada"),
    ],
    "events": [
        E("Family members wait for news of relatives in Sudan at a community centre in Mississauga, Ontario", "2023-04-26", "Wednesday, April 26, 2023"),
        E("Canadian military aircraft carried dozens of people out of war-torn Sudan", "2023-04-24", "this week"),
        E("Canadian military aircraft carried dozens of people out of war-torn Sudan this week, officials said", "2023-04-26", "Wednesday"),
        E("A Royal Canadian Air Force C-130J Hercules flew from Djibouti to an airstrip north of the Sudanese capital", "2023-04-25", "on Tuesday"),
        E("A second flight late Wednesday brought out about 70 more", "2023-04-26", "late Wednesday"),
        E("fighting broke out", "2023-04-15", "on April 15"),
        E("A 72-hour ceasefire brokered by the United States took effect", "2023-04-24", "on Monday night"),
        E("dozens of people gathered Wednesday around phones and laptops", "2023-04-26", "Wednesday"),
        E("an emergency line had left her on hold for more than three hours", "2023-04-23", "on Sunday"),
        E("Canada announced last week it would provide $3.5 million Canadian (about $2.6 million US) in humanitarian aid", "2023-04-17", "last week"),
        E("The Canadian embassy in Khartoum suspended operations", "2023-04-24", "earlier this week"),
    ],
}

# ---------------------------------------------------------------- 06
DUN = ("Marcus Dunleavy", "person", "commanding officer of the Canadian contingent")
HAR = ("Fiona Hartigan", "person", "Brigadier")
WHI = ("Tanya Whitcombe", "person", None)
DOD = ("the Department of Defence", "organization", None)
ANN["06_talisman-sabre-canadians"] = {
    "published": "2023-07-24",
    "published_basis": "Lead-video line 'WATCH: ... – Jul 24, 2023' (a Monday); body: landing 'in the early hours of Sunday' (2023-07-23), exercise opened 'on the 22nd' (Saturday, matching the Saturday protest), '© 2023'; agrees with writer.tsv",
    "outlet": "The Courier-Mail",
    "quotes": [
        Q("more than 30,000 personnel from 13 nations are involved", "indirect", *DOD, "says"),
        Q("his soldiers had spent three weeks preparing for conditions very different from the prairie winters many of them are used to", "indirect", *DUN, "said"),
        Q("We left Edmonton when it was about 25 degrees, and the guys thought that was a hot day,", "direct", *DUN, "said"),
        Q("Then we got here and had them carrying 40 kilos of kit through mangroves. It's been an education.", "direct", *DUN, "said"),
        Q("the contingent had brought about 60 tonnes of equipment by air and sea, including vehicles, communications gear and small surveillance drones that Canada is evaluating for wider use", "indirect", *DUN, "said"),
        Q("the Canadian Army was keen to learn from the Australian Defence Force's experience operating in tropical terrain and from the ship", "indirect", *DUN, "said"),
        Q("Canada is a Pacific nation. We sometimes forget that, because most of our attention for the last decade has been on Europe,", "direct", *DUN, "said"),
        Q("Exercises like this one remind us that the Indo-Pacific is where a lot of the future is going to be decided.", "direct", *DUN, "said"),
        Q('the landing had gone "largely to plan", though rough seas overnight had delayed the second wave of landing craft by nearly two hours', "mixed", *HAR, "said"),
        Q("That's exactly why we train,", "direct", *HAR, "told reporters"),
        Q("The sea doesn't care about your timetable.", "direct", *HAR, "told reporters"),
        Q("a small number of minor injuries had been reported, including heat exhaustion and sprains, and that no personnel had required evacuation to hospital", "indirect", *DOD, "said"),
        Q("support for the plan had risen 6 percentage points in a year, to 58 per cent, though a third of respondents said the cost was too high", "indirect", "a Sydney-based foreign policy institute", "anonymous", None, "found"),
        Q("trade had been up by as much as 30 per cent since troops began arriving earlier this month", "indirect", *WHI, "said"),
        Q("The Canadians are lovely, they tip, and they can't get enough of the iced coffee,", "direct", *WHI, "said"),
        Q("We went through about 200 litres of milk on Saturday alone.", "direct", *WHI, "said"),
        Q("the group planned further vigils later this week", "indirect", "a spokesperson", "anonymous", None, "said"),
        Q("boaties and campers to keep clear of restricted areas", "indirect", *DOD, "warned"),
        Q("The Canadian contingent will fly home in the second week of August", "indirect", *DUN, "said"),
        Q("If they'll have us,", "direct", *DUN, "said"),
        Q("And if someone can teach my lads to deal with the sandflies.", "direct", *DUN, "said"),
    ],
    "figures": [
        F("About 150 members", 150, "members", "count", "About", "Canada"),
        F("more than 30,000 personnel", 30000, "personnel", "count", "more than", "Talisman Sabre"),
        F("13 nations", 13, "nations", "count", None, "Talisman Sabre"),
        F("14 countries", 14, "countries", "count", None, "Talisman Sabre"),
        F("three weeks", 3, "weeks", "duration", None, "his soldiers"),
        F("about 25 degrees", 25, "degrees", "count", "about", "Edmonton"),
        F("40 kilos", 40, "kilos", "count", None, None),
        F("about 60 tonnes", 60, "tonnes", "count", "about", "the contingent"),
        F("nearly two hours", 2, "hours", "duration", "nearly", "the second wave of landing craft"),
        F("an estimated $A80 million", 80000000, "AUD", "money", "an estimated", "Australia"),
        F("up to $368 billion", 368000000000, "$", "money", "up to", "the AUKUS submarine agreement"),
        F("three decades", 3, "decades", "duration", None, "the AUKUS submarine agreement"),
        F("6 percentage points", 6, "%", "percent", None, "support for the plan"),
        F("58 per cent", 58, "%", "percent", None, "support for the plan"),
        F("as much as 30 per cent", 30, "%", "percent", "as much as", "trade"),
        F("about 200 litres", 200, "litres", "count", "about", "Tanya Whitcombe"),
        F("up to 20 km", 20, "km", "count", "up to", "restricted areas"),
    ],
    "events": [
        E("About 150 members of the Canadian Armed Forces, most from a light infantry battalion based in Edmonton, came ashore at Shoalwater Bay north of Rockhampton", "2023-07-23", "in the early hours of Sunday"),
        E("the biennial exercise, which formally opened", "2023-07-22", "on the 22nd"),
        E("runs until early August", "2023-08", "early August"),
        E("a fact sheet released by the Department of Defence", "2023-07-17", "last week"),
        E("Brigadier Hartigan told reporters at the beach", "2023-07-23", "on Sunday afternoon"),
        E("figures tabled in Senate estimates", "2023", "earlier this year"),
        E("A survey by a Sydney-based foreign policy institute released", "2023-06", "in June"),
        E("troops began arriving", "2023-07", "earlier this month"),
        E("We went through about 200 litres of milk", "2023-07-22", "on Saturday"),
        E("A peace group held a small protest outside the Rockhampton airport", "2023-07-22", "on Saturday"),
        E("the group planned further vigils", "2023-07-24", "later this week"),
        E("Live-fire activities at Shoalwater Bay are scheduled to continue", "2023-07", "until the end of the month"),
        E("The Canadian contingent will fly home", "2023-08", "in the second week of August"),
        E("the next Talisman Sabre", "2025", "in 2025"),
    ],
}


def count(hay, needle):
    n, i = 0, hay.find(needle)
    while i != -1:
        n += 1
        i = hay.find(needle, i + 1)
    return n


def main():
    for name, ann in ANN.items():
        with open(os.path.join(ART, name + ".txt"), encoding="utf-8") as fh:
            art = fh.read()
        # hand-set occurrences are kept; where a text repeats and none was set,
        # stop and ask the annotator to choose (never guessed silently)
        for layer in ("quotes", "figures", "events"):
            for item in ann[layer]:
                n = count(art, item["text"])
                if n > 1 and "occurrence" not in item:
                    raise SystemExit(f"{name}: '{item['text']}' occurs {n} times; set occurrence by hand")
        out = {"article": name + ".txt"}
        out.update(ann)
        with open(os.path.join(ROOT, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", name + ".json")


if __name__ == "__main__":
    main()
