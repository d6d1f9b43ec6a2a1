#!/usr/bin/env python3
"""Write the hand-made annotations of gold-fresh191 to JSON.

Every quote, figure and event below was written by hand after reading the article;
this script only serialises them (one <name>.json per articles/<name>.txt).
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


ARTICLES = []

# ---------------------------------------------------------------- 01
TAR = ("Lucien Tardif", "person", "Maj.-Gen.")
NAZ = ("Farida Nazari", "person", "volunteer with the network")
GAC = ("Global Affairs Canada", "organization", None)
DEM = ("Paul-Éric Demers", "person", "Immigration Minister")
VOS = ("Alana Voss", "person", "Conservative foreign affairs critic")
SGO = ("a senior government official", "anonymous", None)
ARTICLES.append({
    "article": "01_kabul-airlift-ends.txt",
    "published": "2021-08-27",
    "published_basis": "Metadata line at the top of the text: 'date 2021-08-27' (a Friday); consistent with the lead video line 'WATCH: … – Aug 26, 2021' (the day before), the last flight leaving 'late Thursday' (2021-08-26), Tardif speaking 'on Friday morning' and '© 2021'; agrees with writer.tsv",
    "outlet": "Global News",
    "quotes": [
        Q("many left behind", "indirect", "officials", "anonymous", None, "concede"),
        Q("brought roughly 3,700 people to safety but left behind hundreds of Canadian citizens and thousands of Afghans who had worked alongside Canadian troops and diplomats", "indirect", "officials", "anonymous", None, "say"),
        Q("The final RCAF CC-177 Globemaster took off from Kabul's airport late Thursday, local time, carrying 94 passengers along with the last of the Canadian special forces members and consular staff who had been working at the airport's gates", "indirect", "the Department of National Defence", "organization", None, "said"),
        Q("We would have liked to stay longer. Every one of us would have liked to stay longer,", "direct", *TAR, "told reporters"),
        Q("But the conditions on the ground made it impossible for us to continue to operate safely.", "direct", *TAR, "told reporters"),
        Q("the decision to pull out was made together with allies and came only hours before an explosion near one of the airport's entrances killed dozens of people", "indirect", *TAR, "said"),
        Q("No Canadian personnel were hurt", "indirect", *TAR, "said"),
        Q("more than 1,700 people had been flown out on Canadian aircraft", "indirect", "Officials", "anonymous", None, "said"),
        Q("fewer than 1,500 of those evacuated were people on Canada's own priority list, and that between 3,000 and 4,000 former interpreters, drivers and their relatives who applied under the special immigration program are still waiting", "indirect", "the Afghan-Canadian Interpreters' Network", "organization", None, "estimates"),
        Q("People did everything they were told. They sent their documents, they waited by their phones, they went to the gate when the email came,", "direct", *NAZ, "said"),
        Q("And then the gate closed. What do I tell them now?", "direct", *NAZ, "said"),
        Q("one family she has been in contact with spent three days at a checkpoint near the airport before being turned back on Tuesday", "indirect", *NAZ, "said"),
        Q("about 1,250 Canadian citizens and permanent residents who had registered with the department were believed to still be in Afghanistan as of Friday, down from nearly 2,000 earlier this month", "indirect", *GAC, "said"),
        Q('it would "continue to work with international partners" to help them leave by other routes', "mixed", *GAC, "said"),
        Q("Canada would keep its promise to resettle 20,000 vulnerable Afghans and that Ottawa had set aside $56 million over two years to help settlement agencies cope with the arrivals", "indirect", *DEM, "said"),
        Q("The airlift ending is not the end of our commitment,", "direct", *DEM, "said"),
        Q("It is the end of one phase.", "direct", *DEM, "said"),
        Q("the government was in talks with Pakistan, Tajikistan and Qatar about processing applicants who manage to cross land borders", "indirect", *DEM, "said"),
        Q('the evacuation "a failure of planning, not of courage,"', "mixed", *VOS, "called"),
        Q("the government had ignored warnings from veterans' groups since the spring", "indirect", *VOS, "said"),
        Q("a Conservative government would double the number of processing staff in the region within 30 days", "indirect", *VOS, "said"),
        Q("the number of Canadians who had registered but never answered the department's calls or emails made it difficult to know how many were actually still in the country", "indirect", *SGO, "said"),
        Q("Some of them left weeks ago and never told us. Some of them never intended to leave,", "direct", *SGO, "said"),
        Q("it will complete its own withdrawal by Aug. 31", "indirect", "the United States", "organization", None, "has said"),
        Q("their flights would end before that date", "indirect", "Several allies", "anonymous", None, "said"),
        Q("the roughly 150 Canadian Armed Forces members who had been deployed for the airlift would return home next week after a period in Kuwait", "indirect", *TAR, "said"),
        Q("Wheels up. Thank you to every member who answered the call.", "direct", "the Canadian Armed Forces", "organization", None, "posted"),
    ],
    "figures": [
        F("two-week", 2, "weeks", "duration", None, "Canada's military airlift"),
        F("roughly 3,700 people", 3700, "people", "count", "roughly", "Canada"),
        F("94 passengers", 94, "passengers", "count", None, "the final RCAF CC-177 Globemaster"),
        F("more than 1,700 people", 1700, "people", "count", "more than", "Canada"),
        F("about 3,700", 3700, "people", "count", "about", "the government"),
        F("fewer than 1,500", 1500, "people", "count", "fewer than", "Canada"),
        F("between 3,000 and 4,000 former interpreters, drivers and their relatives", 3000, "interpreters, drivers and their relatives", "count", None, None),
        F("three days", 3, "days", "duration", None, "one family"),
        F("about 1,250 Canadian citizens and permanent residents", 1250, "citizens and permanent residents", "count", "about", "Canada"),
        F("nearly 2,000", 2000, "citizens and permanent residents", "count", "nearly", "Canada"),
        F("20,000 vulnerable Afghans", 20000, "Afghans", "count", None, "Canada"),
        F("$56 million", 56000000, "$", "money", None, "Ottawa"),
        F("two years", 2, "years", "duration", None, "Ottawa"),
        F("30 days", 30, "days", "duration", None, "a Conservative government"),
        F("roughly 150 Canadian Armed Forces members", 150, "members", "count", "roughly", "Canada"),
    ],
    "events": [
        E("The final RCAF CC-177 Globemaster took off from Kabul's airport", "2021-08-26", "late Thursday"),
        E("Maj.-Gen. Lucien Tardif, who commanded the mission, told reporters on a call from Kuwait", "2021-08-27", "on Friday morning"),
        E("Evacuees board a Royal Canadian Air Force plane at Kabul's airport", "2021-08-23", "on Aug. 23, 2021"),
        E("The numbers have shifted", "2021-08-23", "throughout the week"),
        E("Officials said Wednesday that more than 1,700 people had been flown out on Canadian aircraft", "2021-08-25", "Wednesday"),
        E("the government put the total at about 3,700", "2021-08-27", "By Friday"),
        E("one family she has been in contact with spent three days at a checkpoint near the airport before being turned back", "2021-08-24", "on Tuesday"),
        E("about 1,250 Canadian citizens and permanent residents who had registered with the department were believed to still be in Afghanistan", "2021-08-27", "as of Friday"),
        E("down from nearly 2,000", "2021-08", "earlier this month"),
        E("The United States has said it will complete its own withdrawal", "2021-08-31", "by Aug. 31"),
        E("Several allies, including the United Kingdom and Germany, said earlier this week that their flights would end before that date", "2021-08-23", "earlier this week"),
        E("the roughly 150 Canadian Armed Forces members who had been deployed for the airlift would return home", "2021-08-30", "next week"),
    ],
})

# ---------------------------------------------------------------- 02
HAR = ("Edward Hardcastle", "person", "junior foreign minister")
OLE = ("Marta Olesky", "person", "analyst at a London-based shipbroker")
ARTICLES.append({
    "article": "02_uk-sanctions-russian-shipping.txt",
    "published": "2022-03-03",
    "published_basis": "Dateline 'LONDON, March 3 (Reuters)' and lead 'Britain on Thursday froze…'; the year is not printed but 2022 follows from the context (Moscow's invasion of Ukraine, sanctions 'since Feb. 24'), and 2022-03-03 was a Thursday; agrees with writer.tsv",
    "outlet": "Reuters",
    "quotes": [
        Q("it would bar any vessel owned, operated or chartered by Russian interests from its ports", "indirect", "Britain", "organization", None, "said"),
        Q("The companies together control more than 140 vessels, including crude oil tankers and bulk carriers", "indirect", "the Foreign Office", "organization", None, "said"),
        Q("the figure could rise once banks completed their reviews", "indirect", "officials", "anonymous", None, "cautioned"),
        Q("This is not symbolic,", "direct", *HAR, "told lawmakers"),
        Q("Every tanker that cannot dock, every cargo that cannot be insured, is money that does not reach the Kremlin's war chest.", "direct", *HAR, "told lawmakers"),
        Q("the port ban, which takes effect from midnight on Friday, would also cover ships that had switched to a flag of convenience in the past 12 months to disguise their ownership", "indirect", *HAR, "said"),
        Q("its members supported the aims of the sanctions but needed clear guidance on how to check the ownership of ships that change hands through layers of holding companies", "indirect", "the UK Chamber of Shipping", "organization", None, "said"),
        Q('the industry had been given "less than a day" to understand the new rules', "mixed", "a spokeswoman for the chamber", "anonymous", None, "said"),
        Q("the bloc was discussing a port ban of its own, which could be agreed as early as next week", "indirect", "Two European Union diplomats", "anonymous", None, "said"),
        Q("The EU has already frozen more than 2.5 billion euros in Russian central bank reserves held in member states", "indirect", "one of the diplomats", "anonymous", None, "said"),
        Q('the measures were "illegal" and would "hurt British consumers first,"', "mixed", "the Russian embassy in London", "organization", None, "said"),
        Q("the direct effect of the port ban on Russian trade would be limited, since most Russian-owned ships rarely call at British ports", "indirect", *OLE, "said"),
        Q("The insurance restrictions were a different matter", "indirect", *OLE, "said"),
        Q("If you can't get cover out of London, you have a real problem getting into any major port in the world,", "direct", *OLE, "said"),
        Q("That's where the pressure is.", "direct", *OLE, "said"),
        Q("it had now sanctioned more than 300 individuals and entities since Feb. 24, and that a further list was being prepared", "indirect", "the British government", "organization", None, "said"),
        Q('it would come "within days, not weeks."', "mixed", *HAR, "told lawmakers"),
        Q("the government had been too slow to close loopholes in property and company registration rules that had allowed Russian money to flow into London for years", "indirect", "Opposition Labour lawmakers", "organization", None, "said"),
        Q("it would provide an additional 40 million pounds in humanitarian aid to Ukraine, bringing its total pledged aid since the start of the year to about 220 million pounds", "indirect", "Britain", "organization", None, "said"),
    ],
    "figures": [
        F("four Russian shipping and marine insurance companies", 4, "companies", "count", None, None),
        F("more than 140 vessels", 140, "vessels", "count", "more than", "the companies"),
        F("an estimated 410 million pounds", 410000000, "GBP", "money", "an estimated", "assets frozen under the new listings"),
        F("$548 million", 548000000, "USD", "money", None, "assets frozen under the new listings"),
        F("12 months", 12, "months", "duration", None, None),
        F("up to seven years", 7, "years", "duration", "up to", "port operators"),
        F("about 12 million tonnes", 12000000, "tonnes", "count", "about", "vessels linked to the four companies"),
        F("Two European Union diplomats", 2, "diplomats", "count", None, "European Union"),
        F("more than 2.5 billion euros", 2500000000, "EUR", "money", "more than", "the EU"),
        F("2.3%", 2.3, "%", "percent", None, "Benchmark Brent crude"),
        F("about $112", 112, "USD", "money", "about", "Benchmark Brent crude"),
        F("as much as 40%", 40, "%", "percent", "as much as", "freight rates"),
        F("more than 300 individuals and entities", 300, "individuals and entities", "count", "more than", "Britain"),
        F("40 million pounds", 40000000, "GBP", "money", None, "Britain"),
        F("about 220 million pounds", 220000000, "GBP", "money", "about", "Britain"),
    ],
    "events": [
        E("froze the assets of four Russian shipping and marine insurance companies and said it would bar any vessel owned, operated or chartered by Russian interests from its ports", "2022-03-03", "on Thursday"),
        E("the port ban, which takes effect", "2022-03-04", "from midnight on Friday"),
        E("Vessels linked to the four companies carried about 12 million tonnes of cargo to and from British ports", "2021", "last year"),
        E("a port ban of its own, which could be agreed", "2022-03-07", "as early as next week"),
        E("Benchmark Brent crude rose 2.3% to about $112 a barrel", "2022-03-03", "on Thursday"),
        E("freight rates for some tanker routes out of the Black Sea have jumped by as much as 40%", "2022-02-21", "since last week"),
        E("it had now sanctioned more than 300 individuals and entities", "2022-02-24", "since Feb. 24"),
        E("it would provide an additional 40 million pounds in humanitarian aid to Ukraine", "2022-03-03", "on Thursday"),
        E("its total pledged aid", "2022-01", "since the start of the year"),
    ],
})

# ---------------------------------------------------------------- 03
MUN = ("Krista Munroe", "person", None)
FER = ("Isabelle Ferreira", "person", "commanding officer")
LAF = ("Catherine Lafleur-Ames", "person", "Defence Minister")
ABE = ("Samuel Aberdeen", "person", "NDP defence critic")
ARTICLES.append({
    "article": "03_frigate-baltic-deployment.txt",
    "published": "2022-06-21",
    "published_basis": "'Published Tuesday, June 21, 2022 4:52PM ADT' line (and 'Last Updated' the same day); photo caption 'on Tuesday, June 21, 2022'; sailors left 'on Tuesday'; agrees with writer.tsv",
    "outlet": "CTV News Atlantic",
    "quotes": [
        Q("it would send hundreds more soldiers to Latvia", "indirect", "Ottawa", "organization", None, "said"),
        Q("It doesn’t get easier,", "direct", *MUN, "said"),
        Q("it was his third deployment in five years", "indirect", *MUN, "told CTV News"),
        Q("The kids know the drill now. But it’s different this time. You watch the news and you think about where they’re going.", "direct", *MUN, None),
        Q("the crew had spent nearly three weeks on final training off the coast of Nova Scotia", "indirect", *FER, "said"),
        Q("Our job is to be present, to be visible and to be ready,", "direct", *FER, "told reporters"),
        Q("Nobody on this ship is looking for a confrontation. But our allies in the region have asked for reassurance, and that’s what we’re bringing.", "direct", *FER, "told reporters"),
        Q("the frigate would make port visits in Poland, Estonia and Germany, and would take part in at least two multinational exercises before returning to Halifax in December", "indirect", *FER, "said"),
        Q("Canada would add up to 460 troops to the NATO battle group it has led in Latvia since 2017, bringing the Canadian contingent there to about 1,100 by the end of the year", "indirect", *LAF, "announced"),
        Q("the new deployment, along with the frigate and additional surveillance aircraft, would cost about $380 million over two years, money she said would come from within the defence department’s existing budget", "indirect", *LAF, "said"),
        Q("Latvians have told us very clearly what they need. They need to know that the alliance will be there, not in a month, not in a week, but on day one,", "direct", *LAF, "said"),
        Q("We have heard that message. We are acting on it. And we will go further if our allies ask us to.", "direct", *LAF, None),
        Q("Canada had not yet committed to leading a brigade in Latvia and that the cost of such a move would be “an order of magnitude” higher than the current mission", "mixed", "a senior defence official", "anonymous", None, "said"),
        Q("the government was stretching a military that is already short of personnel", "indirect", "Opposition critics", "anonymous", None, "said"),
        Q("Monday’s announcement “a press release, not a plan,”", "mixed", *ABE, "called"),
        Q("the government had not explained how it would recruit and keep the people needed to sustain a larger presence overseas", "indirect", *ABE, "said"),
        Q("61 per cent of Canadians supported sending more troops to Eastern Europe, up nine percentage points from a similar survey in January", "indirect", "Northstar Research", "organization", None, "found"),
        Q("she planned to count the days with her children on a paper chain taped to the kitchen wall — 180 links, one torn off each night", "indirect", *MUN, "said"),
        Q("By the time we get to the end of it, it’ll be almost Christmas,", "direct", *MUN, "said"),
        Q("That’s what we’re holding on to.", "direct", *MUN, "said"),
    ],
    "figures": [
        F("About 240 sailors", 240, "sailors", "count", "About", "HMCS Fredericton"),
        F("six-month", 6, "months", "duration", None, "HMCS Fredericton"),
        F("five years", 5, "years", "duration", None, "Krista Munroe's husband"),
        F("nearly three weeks", 3, "weeks", "duration", "nearly", "the crew"),
        F("at least two multinational exercises", 2, "exercises", "count", "at least", "the frigate"),
        F("up to 460 troops", 460, "troops", "count", "up to", "Canada"),
        F("about 1,100", 1100, "troops", "count", "about", "the Canadian contingent"),
        F("about $380 million", 380000000, "$", "money", "about", "Canada"),
        F("two years", 2, "years", "duration", None, "Canada"),
        F("between 3,000 and 5,000 troops", 3000, "troops", "count", None, "battle groups"),
        F("roughly 10,000 vacant positions", 10000, "positions", "count", "roughly", "the Canadian Armed Forces"),
        F("61 per cent", 61, "%", "percent", None, "Canadians"),
        F("nine percentage points", 9, "%", "percent", None, "Canadians"),
        F("About 22 per cent", 22, "%", "percent", "About", "Canadians"),
        F("1,514 adults", 1514, "adults", "count", None, "the online poll"),
        F("180 links", 180, "links", "count", None, "Krista Munroe"),
    ],
    "events": [
        E("About 240 sailors left Halifax harbour", "2022-06-21", "on Tuesday"),
        E("Ottawa said it would send hundreds more soldiers to Latvia", "2022-06-20", "a day after"),
        E("Family members wave as HMCS Fredericton leaves Halifax harbour", "2022-06-21", "on Tuesday, June 21, 2022"),
        E("Russia invaded Ukraine", "2022-02", "in February"),
        E("returning to Halifax", "2022-12", "in December"),
        E("Defence Minister Catherine Lafleur-Ames announced that Canada would add up to 460 troops to the NATO battle group", "2022-06-20", "On Monday"),
        E("the NATO battle group it has led in Latvia", "2017", "since 2017"),
        E("bringing the Canadian contingent there to about 1,100", "2022-12", "by the end of the year"),
        E("NATO leaders meet in Madrid", "2022-06-27", "a week before"),
        E("figures tabled in Parliament", "2022", "earlier this year"),
        E("A Northstar Research poll conducted", "2022-06", "earlier this month"),
        E("a similar survey", "2022-01", "in January"),
    ],
})

# ---------------------------------------------------------------- 04
COR = ("Daniel Corrigan", "person", "Pacific Minister")
TOV = ("Jeremiah Tovua", "person", "Solomon Islands Foreign Minister")
GRE = ("Fiona Gresley", "person", "Opposition foreign affairs spokeswoman")
TUI = ("Mereani Tuilagi", "person", "Pacific security researcher")
ARTICLES.append({
    "article": "04_solomons-policing-package.txt",
    "published": "2023-02-08",
    "published_basis": "No date line or dateline; the text gives only the year ('Copyright © 2023') and the weekday: the package was 'announced on Wednesday' and Gresley spoke 'on Wednesday' (publication day), Corrigan is due in Port Vila 'on Thursday' and back 'at the end of the week' (future). Month and day are not recoverable from the text, so the date is taken from writer.tsv (2023-02-08, a Wednesday, consistent with all the clues)",
    "outlet": "The Sydney Morning Herald",
    "quotes": [
        Q("We are family in this region, and families look after each other,", "direct", *COR, "said"),
        Q("This is about Solomon Islanders keeping Solomon Islanders safe, and Australia standing beside them while they do it.", "direct", *COR, "said"),
        Q("the package also sets aside $25 million to support the country’s next national election, which was pushed back from 2023 to 2024 after a vote in the Solomon Islands parliament last year", "indirect", "Australian officials", "anonymous", None, "said"),
        Q("his government would not be choosing between partners", "indirect", *TOV, "made clear"),
        Q("Grateful to our Australian friends for their continued support. Solomon Islands remains friends to all and enemies to none.", "direct", *TOV, "wrote"),
        Q("Beijing’s co-operation with Solomon Islands was “open, transparent and not directed at any third party,” and that Pacific countries had the right to choose their own partners", "mixed", "a spokesman for the Chinese embassy in Canberra", "anonymous", None, "said"),
        Q("the final figure would depend on requests from the Royal Solomon Islands Police Force", "indirect", "officials", "anonymous", None, "said"),
        Q("by her reading of last year’s budget papers, only about $40 million was genuinely new money, with the rest drawn from programs already announced", "indirect", *GRE, "said"),
        Q("You can’t keep cutting the same ribbon and calling it a new building,", "direct", *GRE, "told reporters"),
        Q("the government of “rebadging” existing aid to make a headline", "mixed", *GRE, "accused"),
        Q("every dollar in the package was “additional to existing commitments.”", "mixed", "a spokeswoman for Corrigan", "anonymous", None, "saying"),
        Q("Australia’s overall aid budget for the Pacific rose 4.3 per cent this financial year to about $1.9 billion", "indirect", "the Department of Foreign Affairs and Trade", "organization", None, "according to"),
        Q("the patrol boats mattered more than the police numbers", "indirect", *TUI, "said"),
        Q("Solomon Islands has an exclusive economic zone of more than 1.5 million square kilometres", "indirect", *TUI, "said"),
        Q("fewer than five vessels capable of patrolling it", "indirect", *TUI, "said"),
        Q("Illegal fishing costs these countries tens of millions of dollars every year,", "direct", *TUI, "said"),
        Q("If Australia wants to be seen as the partner of choice, boats that actually turn up and stay in the water are what people notice. Announcements, less so.", "direct", *TUI, "said"),
        Q("the bigger test would come later this year, when the Pacific Islands Forum meets and leaders are expected to discuss a region-wide approach to policing", "indirect", *TUI, "said"),
        Q("Honiara had asked for the patrol boats to be delivered sooner but that shipyard capacity made an earlier date unlikely", "indirect", "a senior Australian official", "anonymous", None, "said"),
    ],
    "figures": [
        F("two more patrol boats", 2, "boats", "count", None, "Australia"),
        F("up to 60 additional federal police officers", 60, "officers", "count", "up to", "Australia"),
        F("$190 million", 190000000, "$", "money", None, "Australia"),
        F("two days", 2, "days", "duration", None, "talks"),
        F("four years", 4, "years", "duration", None, "the money"),
        F("about $65 million", 65000000, "$", "money", "about", "the two Guardian-class patrol boats"),
        F("two Guardian-class patrol boats", 2, "boats", "count", None, "Australia"),
        F("$25 million", 25000000, "$", "money", None, "the package"),
        F("about 90 Australian Federal Police officers", 90, "officers", "count", "about", "Australia"),
        F("as many as 150", 150, "officers", "count", "as many as", "Australia"),
        F("about $40 million", 40000000, "$", "money", "about", "the package"),
        F("4.3 per cent", 4.3, "%", "percent", None, "Australia’s overall aid budget for the Pacific"),
        F("about $1.9 billion", 1900000000, "$", "money", "about", "Australia’s overall aid budget for the Pacific"),
        F("more than 1.5 million square kilometres", 1500000, "square kilometres", "count", "more than", "Solomon Islands"),
        F("fewer than five vessels", 5, "vessels", "count", "fewer than", "Solomon Islands"),
    ],
    "events": [
        E("a $190 million package announced", "2023-02-08", "on Wednesday"),
        E("which will be built in Western Australia and delivered", "2025", "in 2025"),
        E("the country’s next national election", "2024", "to 2024"),
        E("a vote in the Solomon Islands parliament", "2022", "last year"),
        E("the government signed a security agreement with China", "2022", "in 2022"),
        E("the Regional Assistance Mission began", "2003", "in 2003"),
        E("Opposition foreign affairs spokeswoman Fiona Gresley said", "2023-02-08", "on Wednesday"),
        E("the Pacific Islands Forum meets", "2023", "later this year"),
        E("Corrigan is due to fly to Port Vila", "2023-02-09", "on Thursday"),
        E("returning to Canberra", "2023-02-10", "at the end of the week"),
        E("they come up for review", "2024", "next year"),
    ],
})

# ---------------------------------------------------------------- 05
KOV = ("Taras Kovalenko", "person", "Energy Ministry spokesman")
BER = ("Halyna Bereza", "person", None)
IVA = ("Oleksandr Ivashko", "person", "Ukrainian air force spokesman")
UKO = ("Ukrainian officials", "anonymous", None)
USO = ("a U.S. official", "anonymous", None)
GRID = ("Ukraine's state grid operator", "organization", None)
ARTICLES.append({
    "article": "05_kyiv-drone-attack.txt",
    "published": "2023-10-16",
    "published_basis": "Photo caption 'on Monday, Oct. 16, 2023'; officials 'said Monday' in the lead (the dateline 'KYIV, Ukraine (AP) —' has no date); 2023-10-16 was a Monday; agrees with writer.tsv",
    "outlet": "The Associated Press",
    "quotes": [
        Q("Russia launched a wave of drones at Kyiv and surrounding regions overnight, damaging two electricity substations and cutting power to thousands of homes", "indirect", *UKO, "said"),
        Q("Western partners to speed up deliveries of air defense systems before winter sets in", "indirect", "the Ukrainian government", "organization", None, "urged"),
        Q("Russia had fired 28 Iranian-designed Shahed drones and that 24 of them were shot down, most over the Kyiv region", "indirect", "Ukraine's air force", "organization", None, "said"),
        Q('its forces had carried out a "massive strike" on "energy facilities used by the Ukrainian military,"', "mixed", "Russia's Defense Ministry", "organization", None, "said"),
        Q("We had light back for two days. Two days,", "direct", *BER, "said"),
        Q("They want us to sit in the dark and freeze. We have done it before. We will do it again if we have to.", "direct", *BER, "said"),
        Q("repair crews were working to restore supplies and that most customers should be reconnected by Wednesday", "indirect", *KOV, "said"),
        Q("the attack appeared designed to test the country's defenses ahead of colder weather, when demand for electricity rises sharply", "indirect", *KOV, "said"),
        Q("Last winter, repeated Russian missile and drone strikes on the power grid left millions of Ukrainians without electricity and heating for hours or days at a time, and at one point damaged nearly 40% of the country's generating capacity", "indirect", *UKO, "according to"),
        Q("protection only goes so far", "indirect", *UKO, "warn"),
        Q("Walls stop shrapnel,", "direct", *KOV, "told reporters"),
        Q("They do not stop a missile. Only air defense does that.", "direct", *KOV, "told reporters"),
        Q('several partners had promised "concrete decisions in the coming weeks,"', "mixed", "Ukraine's Foreign Ministry", "organization", None, "said"),
        Q("the Biden administration was preparing a new package of military aid worth about $200 million that would include interceptor missiles and equipment to counter drones", "indirect", *USO, "said"),
        Q("it could be unveiled later this week", "indirect", *USO, "said"),
        Q("money already approved by Congress is running low", "indirect", "the Pentagon", "organization", None, "has warned"),
        Q("mobile fire teams armed with machine guns had brought down more than half of Monday's drones", "indirect", *IVA, "said"),
        Q("Every interceptor missile we use on a drone that costs $20,000 is a missile we don't have for a cruise missile that costs millions,", "direct", *IVA, "said"),
        Q("That math does not work for us over a long winter.", "direct", *IVA, "said"),
        Q("it expected no scheduled blackouts for now", "indirect", *GRID, "said"),
        Q("households to limit use of heavy appliances in the evening", "indirect", *GRID, "urged"),
        Q("it had imported about 500 megawatts of electricity from neighboring countries over the weekend", "indirect", *GRID, "said"),
        Q("two civilians were killed and five wounded in Russian shelling of the front-line town of Avdiivka on Sunday, where fighting has intensified over the past week", "indirect", "Vadym Fylypenko", "person", "regional Gov.", "said"),
    ],
    "figures": [
        F("two electricity substations", 2, "substations", "count", None, None),
        F("28 Iranian-designed Shahed drones", 28, "drones", "count", None, "Russia"),
        F("24", 24, "drones", "count", None, "Ukraine's air force"),
        F("about 1,500 homes", 1500, "homes", "count", "about", None),
        F("about 30 kilometers", 30, "kilometers", "count", "about", None),
        F("19 miles", 19, "miles", "count", None, None),
        F("about 2,300 households", 2300, "households", "count", "about", "the regional administration"),
        F("two days", 2, "days", "duration", None, "Halyna Bereza"),
        F("Two days", 2, "days", "duration", None, "Halyna Bereza"),
        F("67", 67, "years", "duration", None, "Halyna Bereza"),
        F("three floors", 3, "floors", "count", None, None),
        F("nearly 40%", 40, "%", "percent", "nearly", "the country's generating capacity"),
        F("about $200 million", 200000000, "USD", "money", "about", "the Biden administration"),
        F("$20,000", 20000, "USD", "money", None, "a drone"),
        F("about 500 megawatts", 500, "megawatts", "count", "about", "Ukraine's state grid operator"),
        F("two civilians", 2, "civilians", "count", None, "Avdiivka"),
        F("five", 5, "civilians", "count", None, "Avdiivka"),
    ],
    "events": [
        E("Russia launched a wave of drones at Kyiv and surrounding regions", "2023-10-16", "overnight"),
        E("Ukrainian officials said", "2023-10-16", "Monday"),
        E("Rescue workers clear debris from a damaged building in the Kyiv region, Ukraine", "2023-10-16", "on Monday, Oct. 16, 2023"),
        E("about 1,500 homes had lost power in villages about 30 kilometers (19 miles) south of the capital", "2023-10-16", "on Monday morning"),
        E("the regional administration had raised the figure to about 2,300 households", "2023-10-16", "By the afternoon"),
        E("most customers should be reconnected", "2023-10-18", "by Wednesday"),
        E("repeated a request for additional Patriot batteries and for more ammunition for systems already in the country", "2023-10-15", "on Sunday"),
        E("it could be unveiled", "2023-10-16", "later this week"),
        E("it had imported about 500 megawatts of electricity from neighboring countries", "2023-10-14", "over the weekend"),
        E("two civilians were killed and five wounded in Russian shelling of the front-line town of Avdiivka", "2023-10-15", "on Sunday"),
        E("fighting has intensified", "2023-10-09", "over the past week"),
    ],
})

# ---------------------------------------------------------------- 06
FO = ("the Foreign Office", "organization", None)
MIT = ("Andrew Mitford", "person", "Foreign Office minister for Africa")
OSM = ("Amira Osman-Hale", "person", "consultant anaesthetist")
NHS = ("a group of NHS doctors of Sudanese origin", "anonymous", None)
MOD = ("a source at the Ministry of Defence", "anonymous", None)
ARTICLES.append({
    "article": "06_sudan-evacuation-flights.txt",
    "published": "2023-04-29",
    "published_basis": "Byline timestamp line 'Sat 29 Apr 2023 17.45 BST'; the final flight left 'on Saturday afternoon' and the £5m was announced 'on Saturday'; agrees with writer.tsv",
    "outlet": "The Guardian",
    "quotes": [
        Q("relatives were left behind", "indirect", "families", "anonymous", None, "say"),
        Q("more than 2,100 people flown out", "indirect", *FO, "says"),
        Q("The final British evacuation flight out of Sudan took off from an airfield north of Khartoum on Saturday afternoon", "indirect", *FO, "said"),
        Q("a total of 2,122 people had been evacuated on 23 flights since Tuesday, up from the 1,888 it had given on Friday evening", "indirect", "the British government", "organization", None, "said"),
        Q("the operation had been “fast, difficult and, I think, remarkably successful” given the conditions on the ground", "mixed", *MIT, "said"),
        Q("Our teams have worked around the clock in extremely dangerous circumstances,", "direct", *MIT, "said"),
        Q("We kept flying for as long as there was demand at the airfield. When that demand fell away, we took the decision to stop.", "direct", *MIT, "said"),
        Q("about 4,000 British nationals had registered their presence in Sudan when the fighting broke out earlier this month, and that the government believed “the great majority” of those who wanted to leave had now done so", "mixed", *MIT, "said"),
        Q("relatives had been turned away because they did not hold British passports, or had been unable to reach the airfield at all", "indirect", "some British-Sudanese families", "anonymous", None, "said"),
        Q("the eligibility rules had changed at least twice during the week", "indirect", *OSM, "said"),
        Q("On Wednesday we were told my mother could come because she is my father’s dependant. On Thursday she couldn’t. On Friday, maybe,", "direct", *OSM, "said"),
        Q("My father is 78. He is not going to leave my mother by the side of the road.", "direct", *OSM, "said"),
        Q("her parents had spent two nights at a relative’s house near the airfield but had been unable to get through checkpoints manned by armed men", "indirect", *OSM, "said"),
        Q("dozens of medics working in the UK had been told they did not qualify for seats, despite their right to live in Britain", "indirect", *NHS, "said"),
        Q("the policy “a betrayal of people who kept the health service running during the pandemic”", "mixed", *NHS, "called"),
        Q("priority had been given to British passport holders and their immediate family members, and that it had “applied the criteria consistently”", "mixed", *FO, "said"),
        Q("consular staff would continue to assist British nationals in Port Sudan, where a Royal Navy ship has been stationed", "indirect", *FO, "said"),
        Q("the decision to stop flights was partly driven by uncertainty over whether a 72-hour ceasefire between the army and the paramilitary Rapid Support Forces would be extended beyond Sunday night", "indirect", *MOD, "said"),
        Q("Nobody wanted to have an aircraft on the ground with 200 people waiting outside the wire when the shooting started again,", "direct", *MOD, "said"),
        Q("the humanitarian situation is deteriorating fast", "indirect", "Aid agencies", "anonymous", None, "say"),
        Q("hundreds of people have been killed and thousands injured since the fighting began on the 15th", "indirect", "the UN", "organization", None, "has said"),
        Q("the money was welcome but that the government must now explain “what happens to the people we could not reach”", "mixed", "Gareth Pryce-Jones", "person", "Labour’s shadow Africa minister", "said"),
        Q("ministers would keep the situation “under constant review” and would not rule out further flights if the security situation allowed", "mixed", *MIT, "said"),
        Q("the other of violating the ceasefire", "indirect", "Sudan’s army and the RSF", "organization", None, "accused"),
    ],
    "figures": [
        F("more than 2,100 people", 2100, "people", "count", "more than", "UK"),
        F("112 passengers", 112, "passengers", "count", None, "an RAF A400M"),
        F("2,122 people", 2122, "people", "count", None, "UK"),
        F("23 flights", 23, "flights", "count", None, "UK"),
        F("1,888", 1888, "people", "count", None, "UK"),
        F("about 4,000 British nationals", 4000, "nationals", "count", "about", "UK"),
        F("78", 78, "years", "duration", None, "her father"),
        F("two nights", 2, "nights", "duration", None, "her parents"),
        F("about 800km", 800, "km", "count", "about", "the journey to Port Sudan"),
        F("more than 70 doctors", 70, "doctors", "count", "more than", "the letter"),
        F("72-hour", 72, "hours", "duration", None, "ceasefire"),
        F("200 people", 200, "people", "count", None, None),
        F("more than 20 times", 20, "times", "count", "more than", "fuel prices in Khartoum"),
        F("£5m", 5000000, "GBP", "money", None, "UK"),
        F("£40m", 40000000, "GBP", "money", None, "UK"),
    ],
    "events": [
        E("The final British evacuation flight out of Sudan took off from an airfield north of Khartoum", "2023-04-29", "on Saturday afternoon"),
        E("a total of 2,122 people had been evacuated on 23 flights", "2023-04-25", "since Tuesday"),
        E("the 1,888 it had given", "2023-04-28", "on Friday evening"),
        E("the fighting broke out", "2023-04", "earlier this month"),
        E("the eligibility rules had changed at least twice", "2023-04-24", "during the week"),
        E("we were told my mother could come because she is my father’s dependant", "2023-04-26", "On Wednesday"),
        E("she couldn’t", "2023-04-27", "On Thursday"),
        E("On Friday, maybe", "2023-04-28", "On Friday"),
        E("A group of NHS doctors of Sudanese origin said in a letter to the foreign secretary", "2023-04-28", "on Friday"),
        E("a 72-hour ceasefire between the army and the paramilitary Rapid Support Forces would be extended", "2023-04-30", "Sunday night"),
        E("the fighting began", "2023-04-15", "on the 15th"),
        E("The UK government announced on Saturday an additional £5m in humanitarian funding for Sudan and its neighbours", "2023-04-29", "on Saturday"),
        E("£40m pledged", "2023", "earlier in the year"),
        E("He is due to update MPs", "2023-05-02", "on Tuesday"),
        E("Residents of Khartoum reported heavy gunfire and airstrikes in several neighbourhoods", "2023-04-29", "on Saturday morning"),
    ],
})


def main():
    for a in ARTICLES:
        out = os.path.join(ROOT, a["article"][:-4] + ".json")
        with open(out, "w", encoding="utf-8") as fh:
            json.dump(a, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", os.path.relpath(out, ROOT))


if __name__ == "__main__":
    main()
