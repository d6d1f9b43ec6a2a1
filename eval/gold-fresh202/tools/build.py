#!/usr/bin/env python3
"""Write the hand-made annotations of gold-fresh202 to JSON.

Every quote, figure and event below was chosen by hand after reading the article;
this script only turns the Python literals into one JSON file per article.
Helpers Q/F/E just fill in the schema keys; `occ` is the 1-based occurrence,
given only where the text repeats in the file.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def Q(text, kind, sp, cue, occ=None):
    d = {"text": text}
    if occ is not None:
        d["occurrence"] = occ
    d.update({"kind": kind, "speaker": sp[0], "speaker_type": sp[1], "role": sp[2], "cue": cue})
    return d


def F(text, value, unit, category, approx=None, subject=None, occ=None):
    d = {"text": text}
    if occ is not None:
        d["occurrence"] = occ
    d.update({"value": value, "unit": unit, "category": category, "approx": approx, "subject": subject})
    return d


def E(text, date, date_text, occ=None):
    d = {"text": text}
    if occ is not None:
        d["occurrence"] = occ
    d.update({"date": date, "date_text": date_text})
    return d


ARTICLES = []

# ---------------------------------------------------------------- 01
JUDGE = ("Miriam Talbot-Okafor", "person", "Federal Court judge")
DESIR = ("Jean-Robert Desir", "person", None)
KAUR = ("Alisha Kaur-Brennan", "person", "lawyer")
CBSA = ("the Canada Border Services Agency", "organization", None)
ARTICLES.append({
    "article": "01_federal-court-immigration-detention.txt",
    "published": "2021-03-09",
    "published_basis": "Metadata line 'Published Tuesday, March 9, 2021 4:42PM EST' (2021-03-09 was a Tuesday); body: decision 'released Tuesday', Desir reached 'on Tuesday'; agrees with writer.tsv",
    "outlet": "The Canadian Press",
    "quotes": [
        Q("holding immigration detainees in provincial jails violated man's Charter rights", "indirect",
          ("Federal Court", "organization", None), "says"),
        Q("the Canada Border Services Agency breached the Charter rights of a Montreal man it kept in a provincial jail for nearly 14 months while it tried to deport him",
          "indirect", JUDGE, "has ruled"),
        Q("could affect hundreds of other detainees", "indirect", ("his lawyers", "anonymous", None), "say"),
        Q("Jean-Robert Desir, 41, was held in maximum-security conditions at a Quebec detention centre even though he had never been charged with a crime in Canada and was being detained only because officials believed he might not show up for his removal",
          "indirect", JUDGE, "found"),
        Q("The applicant was, for all practical purposes, treated as a convicted prisoner,", "direct", JUDGE, "wrote"),
        Q("He was strip-searched, confined to his cell for up to 20 hours a day during lockdowns and placed among people serving criminal sentences. Nothing in the record explains why.",
          "direct", JUDGE, "wrote"),
        Q('the conditions amounted to "cruel and unusual treatment" under Section 12 of the Charter and that the agency had failed to show it had considered any alternative, such as reporting conditions or electronic monitoring',
          "mixed", JUDGE, "said"),
        Q("he cried when his lawyer read him the decision", "indirect", DESIR, "said"),
        Q("For a year I was a number,", "direct", DESIR, "said"),
        Q("Nobody asked me anything. Today a judge says what happened to me was wrong, and I want the other guys who are still inside to hear that.",
          "direct", DESIR, "said"),
        Q("the ruling is the first time the Federal Court has put a dollar figure on the harm caused by sending immigration detainees to jails rather than to the agency's own holding centres in Laval, Que., Toronto and Surrey, B.C.",
          "indirect", KAUR, "said"),
        Q("This is not one bad file,", "direct", KAUR, "told reporters"),
        Q("This is a system that has been running on autopilot for years, and the court has just told the government it has to stop.",
          "direct", KAUR, "told reporters"),
        Q("The gap matters", "indirect", KAUR, "said"),
        Q("because short stays in jail often turn into long ones", "indirect", KAUR, "said"),
        Q('it "respects the decision of the court" and was reviewing it with the Department of Justice', "mixed", CBSA, "said"),
        Q('it had already reduced its use of provincial jails by more than half since March of last year and that it was "committed to detention as a measure of last resort."',
          "mixed", CBSA, "said"),
        Q("the government would not comment on whether it plans to appeal while the decision is being studied", "indirect",
          ("Marc-Andre Lemieux", "person", "spokesperson for the public safety minister"), "said"),
        Q("at least two provinces had told federal officials they wanted the arrangements to end by next year", "indirect",
          ("A senior provincial official", "anonymous", None), "said"),
        Q('the decision "confirms what detainees have been telling us for a decade,"', "mixed",
          ("the Detention Watch Coalition", "organization", None), "said on Twitter"),
        Q("Ottawa not to appeal", "indirect", ("the Detention Watch Coalition", "organization", None), "urged"),
        Q("her ruling does not bar the government from ever placing an immigration detainee in a provincial jail", "indirect", JUDGE, "say"),
        Q("the agency must be able to explain, in each case, why a person who has not been charged with anything needs to be held alongside people who have",
          "indirect", JUDGE, "said"),
        Q("Administrative convenience,", "direct", JUDGE, "wrote"),
        Q("is not a reason.", "direct", JUDGE, "wrote"),
    ],
    "figures": [
        F("nearly 14 months", 14, "months", "duration", "nearly", "Jean-Robert Desir"),
        F("62-page", 62, "page", "count", None, None),
        F("41", 41, "years", "duration", None, "Jean-Robert Desir"),
        F("up to 20 hours", 20, "hours", "duration", "up to", "Jean-Robert Desir"),
        F("$85,000", 85000, "$", "money", None, "Jean-Robert Desir"),
        F("$400,000", 400000, "$", "money", None, None),
        F("90 days", 90, "days", "duration", None, "the agency"),
        F("between 6,000 and 7,000 people", 6000, "people", "count", None, "the CBSA"),
        F("27 per cent", 27, "%", "percent", None, "the agency"),
        F("more than 48 hours", 48, "hours", "duration", "more than", None),
        F("14 times", 14, "times", "count", None, "the agency"),
        F("30 days", 30, "days", "duration", None, "The government"),
        F("at least two provinces", 2, "provinces", "count", "at least", None),
    ],
    "events": [
        E("a 62-page decision released", "2021-03-09", "Tuesday"),
        E("Desir, who came to Canada from Haiti", "2009", "in 2009"),
        E("whose refugee claim was rejected", "2016", "in 2016"),
        E("was arrested at his home in Montreal-Nord", "2019-01", "in January 2019"),
        E("He was released", "2020-03", "in March 2020"),
        E("Desir said he cried when his lawyer read him the decision", "2021-03-09", "on Tuesday"),
        E("a judge says what happened to me was wrong", "2021-03-09", "Today"),
        E("it had already reduced its use of provincial jails by more than half", "2020-03", "since March of last year"),
        E("they wanted the arrangements to end", "2022", "by next year"),
    ],
})

# ---------------------------------------------------------------- 02
GRACIELA = ("Graciela Villalobos", "person", None)
HOLLIS = ("Brenda Hollis", "person", "nurse")
FERREIRA = ("Nathan Ferreira-Block", "person", "lead attorney")
MERIDIAN = ("Meridian Correctional Health", "organization", None)
CAST = ("Ruth Castellanos", "person", "Harlan County Attorney")
ARTICLES.append({
    "article": "02_denver-jail-death-verdict.txt",
    "published": "2021-08-27",
    "published_basis": "Dated video line 'WATCH: Family reacts after jury verdict in jail death lawsuit – Aug 27, 2021' (a Friday); body: jury verdict 'on Friday', Ferreira-Block 'said Friday'; 'Copyright 2021'; the DENVER (AP) dateline carries no date; agrees with writer.tsv",
    "outlet": "The Associated Press",
    "quotes": [
        Q("two nurses and a deputy at the Harlan County Detention Center were deliberately indifferent to the medical needs of Tomas Villalobos, 34, who was arrested in March 2019 on a warrant for an unpaid traffic fine and died 61 hours later",
          "indirect", ("Jurors", "anonymous", None), "found"),
        Q("He asked for a doctor 22 times. We counted,", "direct", GRACIELA, "told reporters"),
        Q("Twenty-two times, and they gave him Tylenol and told him to stop being dramatic.", "direct", GRACIELA, "told reporters"),
        Q("I don’t want this money. I want my son. But if this is the only way they will listen, then maybe the next mother doesn’t get that phone call.",
          "direct", GRACIELA, None),
        Q("Maybe somebody in that jail will open the door next time.", "direct", GRACIELA, None),
        Q("she believed he was going through alcohol withdrawal and that she had followed the company’s protocol", "indirect", HOLLIS, "testified"),
        Q("she never took his temperature", "indirect", HOLLIS, "acknowledged"),
        Q("the company’s staffing levels made the outcome predictable", "indirect", FERREIRA, "told jurors"),
        Q("This wasn’t a tragic accident,", "direct", FERREIRA, "said"),
        Q("This was a business model, and the jury saw it.", "direct", FERREIRA, "said"),
        Q("it was “deeply saddened” by Villalobos’ death but disagreed with the verdict and planned to appeal", "mixed", MERIDIAN, "said"),
        Q("its staff “acted in good faith based on the information available to them.”", "mixed", MERIDIAN, "said"),
        Q("the county was reviewing the decision and would discuss its options with the board of commissioners next week", "indirect", CAST, "said"),
        Q("the county had ended its contract with Meridian in 2020 and now employs its own medical staff at the jail", "indirect", CAST, "noted"),
        Q("The county has made significant changes since 2019,", "direct", CAST, "said"),
        Q("That doesn’t undo what happened, and we’re not pretending it does.", "direct", CAST, "said"),
        Q("the size of the award, and particularly the punitive damages, could make it harder for private jail health companies to argue that such deaths are isolated mistakes",
          "indirect", ("Civil rights lawyers", "anonymous", None), "said"),
        Q("the real number was probably higher because many cases settle out of court without any public filing", "indirect",
          ("a University of Colorado law clinic", "organization", None), "said"),
        Q("he relayed Villalobos’ complaints to the medical unit at least twice and was told he was “fine.”", "mixed",
          ("Kyle Brandt", "person", "Sgt."), "testified"),
    ],
    "figures": [
        F("$14.6 million", 14600000, "$", "money", None, None, occ=1),
        F("$14.6 million", 14600000, "$", "money", None, "a suburban Denver county and its jail health contractor", occ=2),
        F("nearly three days", 3, "days", "duration", "nearly", "Tomas Villalobos"),
        F("two nurses", 2, "nurses", "count", None, None),
        F("34", 34, "years", "duration", None, "Tomas Villalobos"),
        F("61 hours", 61, "hours", "duration", None, "Tomas Villalobos"),
        F("about nine hours", 9, "hours", "duration", "about", None),
        F("two days", 2, "days", "duration", None, None),
        F("$4.1 million", 4100000, "$", "money", None, "the county"),
        F("$3.2 million", 3200000, "$", "money", None, "Meridian Correctional Health"),
        F("$6.5 million", 6500000, "$", "money", None, None),
        F("three individual defendants", 3, "defendants", "count", None, None),
        F("22 times", 22, "times", "count", None, "Tomas Villalobos"),
        F("Twenty-two times", 22, "times", "count", None, "Tomas Villalobos"),
        F("two-week", 2, "weeks", "duration", None, None),
        F("one nurse", 1, "nurse", "count", None, None),
        F("between 300 and 400 inmates", 300, "inmates", "count", None, None),
        F("at least 17 deaths", 17, "deaths", "count", "at least", None),
        F("$250,000", 250000, "$", "money", None, "Kyle Brandt"),
    ],
    "events": [
        E("ordered a suburban Denver county and its jail health contractor to pay $14.6 million to the family of a man who died of a perforated ulcer after spending nearly three days in a cell begging for help",
          "2021-08-27", "on Friday"),
        E("Tomas Villalobos, 34, who was arrested", "2019-03", "in March 2019"),
        E("Ferreira-Block said", "2021-08-27", "Friday"),
        E("would discuss its options with the board of commissioners", "2021-08-30", "next week"),
        E("the county had ended its contract with Meridian", "2020", "in 2020"),
        E("The county has made significant changes", "2019", "since 2019"),
        E("A study released", "2020", "last year"),
        E("at least 17 deaths in Colorado jails", "2015", "between 2015 and 2020"),
        E("U.S. District Judge Angela Marsh-Whitfield is expected to rule on post-trial motions", "2021", "later this year"),
    ],
})

# ---------------------------------------------------------------- 03
ARK = ("Felicity Arkwright", "person", "former High Court judge")
DHSC = ("the Department of Health and Social Care", "organization", None)
PRIYA = ("Priya Ashworth", "person", None)
LEE = ("Lee Marchetti", "person", "solicitor at the firm Brightwater Cole")
PFJ = ("Pennine Families for Justice", "organization", None)
TRUST = ("the North Pennine Partnership NHS foundation trust", "organization", None)
INQ = ("the inquiry", "organization", None)
ARTICLES.append({
    "article": "03_mental-health-trust-inquiry.txt",
    "published": "2022-05-13",
    "published_basis": "Metadata line ' date 2022-05-13' at the top (a Friday); body: ministerial statement 'on Friday'; inquiry report 'published last month' and Arkwright's letter 'in February' fit; agrees with writer.tsv",
    "outlet": None,
    "quotes": [
        Q("the non-statutory inquiry had been “toothless” for more than a year", "mixed", ("families", "anonymous", None), "said"),
        Q("The independent inquiry into hundreds of deaths of patients under the care of a mental health trust in the north of England is to be converted into a full statutory inquiry, with the power to compel witnesses and demand documents",
          "indirect", ("the government", "organization", None), "said"),
        Q("the existing inquiry had been unable to get key staff to give evidence and had been waiting for some records for more than a year",
          "indirect", ("bereaved families", "anonymous", None), "said"),
        Q("about 1,500 deaths fell within its remit", "indirect", INQ, "estimated"),
        Q("the figure was likely to be “closer to 2,000”", "mixed", INQ, "said"),
        Q("it has identified at least 2,300 deaths, including people who died within three months of being discharged", "indirect", PFJ, "says"),
        Q("only 11 of the 40 current and former trust staff she had asked to give evidence had agreed to do so, and that she could not complete her work “in any meaningful sense” without statutory powers",
          "mixed", ARK, "saying"),
        Q("I have been met with courtesy but not with cooperation. A number of individuals whose evidence is central to the terms of reference have declined, through their representatives, to take part. I do not criticise them for exercising a choice the law currently gives them. I simply observe that it is a choice they should not have.",
          "direct", ARK, "said"),
        Q("the inquiry would be re-established under the Inquiries Act 2005 by the end of the month, with Arkwright remaining as chair", "indirect", DHSC, "said"),
        Q("the budget would rise from £9.5m to about £24m over the inquiry’s lifetime, and that the new terms of reference would be published “in the coming weeks”",
          "mixed", DHSC, "said"),
        Q("The families have waited too long for answers. Giving the inquiry statutory footing will ensure it has every tool it needs to establish what went wrong.",
          "direct", ("A department spokesperson", "anonymous", None), "said"),
        Q("the announcement was “bittersweet”", "mixed", PRIYA, "said"),
        Q("We are glad, obviously we are glad,", "direct", PRIYA, "said"),
        Q("But we told them this would happen. We said in 2020 that without powers nobody would turn up, and we have lost nearly two years proving ourselves right.",
          "direct", PRIYA, "said"),
        Q("several families had become too unwell, or had died, while waiting", "indirect", PRIYA, "said"),
        Q("One of the mums I started this with isn’t here any more. She never got to hear anyone say sorry.", "direct", PRIYA, None),
        Q("the change was “the single most important decision since the inquiry was set up”", "mixed", LEE, "said"),
        Q("the government must not allow the extra powers to become an excuse for further delay", "indirect", LEE, "warned"),
        Q("There is a real risk that everyone now goes back to square one, re-reading documents and re-issuing requests,", "direct", LEE, "said"),
        Q("The chair has made clear she doesn’t intend to let that happen, and we will hold her to that.", "direct", LEE, "said"),
        Q("the decision “a victory that belongs to every family who refused to go away”", "mixed", PFJ, "called"),
        Q("Now we need the people who ran these wards to sit in a chair and answer questions.", "direct", PFJ, "adding"),
        Q("it had “co-operated fully” with the inquiry and would continue to do so", "mixed", TRUST, "said"),
        Q("it had made “substantial changes” to its discharge and observation procedures since 2019, including recruiting 85 additional nursing staff",
          "mixed", TRUST, "said"),
        Q("she hoped to publish an interim report next year", "indirect", ARK, "said"),
        Q("that timetable now looked optimistic", "indirect", ("lawyers for the families", "anonymous", None), "said"),
        Q("nearly a third of inpatient mental health deaths it reviewed over a 12-month period involved failures in observation", "indirect",
          ("the Healthcare Safety Investigation Branch", "organization", None), "found"),
    ],
    "figures": [
        F("about 1,500 deaths", 1500, "deaths", "count", "about", "the inquiry"),
        F("closer to 2,000", 2000, "deaths", "count", "closer to", "the inquiry"),
        F("at least 2,300 deaths", 2300, "deaths", "count", "at least", "Pennine Families for Justice"),
        F("three months", 3, "months", "duration", None, None),
        F("11", 11, "staff", "count", None, None, occ=1),
        F("40 current and former trust staff", 40, "staff", "count", None, None),
        F("£9.5m", 9500000, "GBP", "money", None, "the inquiry"),
        F("about £24m", 24000000, "GBP", "money", "about", "the inquiry"),
        F("19-year-old", 19, "years", "duration", None, "Callum"),
        F("four days", 4, "days", "duration", None, "Callum"),
        F("nearly two years", 2, "years", "duration", "nearly", None),
        F("more than 120 families", 120, "families", "count", "more than", "Brightwater Cole"),
        F("85 additional nursing staff", 85, "staff", "count", None, "the trust"),
        F("12-month", 12, "months", "duration", None, None),
        F("6 percentage points", 6, "%", "percent", None, None),
    ],
    "events": [
        E("The move, announced in a written ministerial statement", "2022-05-13", "on Friday"),
        E("The inquiry, chaired by Dame Felicity Arkwright, a former High Court judge, was set up", "2020", "in 2020"),
        E("the deaths of patients who had been in contact with the North Pennine Partnership NHS foundation trust", "2000", "between 2000 and 2020"),
        E("its latest update, published", "2022-04", "last month"),
        E("Arkwright wrote to the health secretary", "2022-02", "in February"),
        E("the inquiry would be re-established under the Inquiries Act 2005", "2022-05", "by the end of the month"),
        E("Callum, died", "2017", "in 2017"),
        E("We said in 2020 that without powers nobody would turn up", "2020", "in 2020"),
        E("it had made “substantial changes” to its discharge and observation procedures", "2019", "since 2019"),
        E("The inquiry is expected to hold its first public hearings under the new arrangements", "2022", "in the autumn"),
        E("she hoped to publish an interim report", "2023", "next year"),
        E("a separate report by the Healthcare Safety Investigation Branch found", "2022-05-06", "a week after"),
    ],
})

# ---------------------------------------------------------------- 04
HARR = ("Harrowgate Resources", "organization", None)
ALDER = ("Simon Aldergate", "person", "Judge")
CLAIM = ("The claimants", "anonymous", None)
ROSA = ("Rosa Huaman-Ellery", "person", "partner at law firm Kettering Dunn")
LEDE4 = ("More than 4,000 villagers from Peru's southern highlands can bring a lawsuit in England against London-listed "
         "Harrowgate Resources over a 2019 tailings dam failure that they say poisoned their rivers and pastures")
ARTICLES.append({
    "article": "04_london-mining-tailings-lawsuit.txt",
    "published": "2022-11-02",
    "published_basis": "Dateline 'LONDON, Nov 2 (Reuters) -' and ruling 'on Wednesday'; year from the 2019 dam failure plus 'For three years our clients have been told to wait' and '2021 annual report', and Nov. 2 was a Wednesday in 2022; agrees with writer.tsv",
    "outlet": "Reuters",
    "quotes": [
        Q(LEDE4, "indirect", ("the High Court", "organization", None), "ruled"),
        Q('there was "a real risk" the claimants would not obtain substantial justice there because of the cost and length of proceedings', "mixed", ALDER, "saying"),
        Q("the collapse of a tailings dam at the mine on Feb. 14, 2019 released between 1.1 million and 1.6 million cubic metres of mine waste into the Ccatcamayo river, contaminating water used by several farming communities up to 40 km (25 miles) downstream",
          "indirect", CLAIM, "allege"),
        Q("the spill killed an estimated 9,000 alpacas and sheep and left drinking water with arsenic levels many times above Peruvian limits", "indirect", CLAIM, "say"),
        Q("its own monitoring found the release was closer to 700,000 cubic metres and that contamination was largely confined to a 12-km stretch of river", "indirect", HARR, "says"),
        Q("Harrowgate, which is worth about 3.4 billion pounds on the London Stock Exchange, has put aside $45 million for remediation and compensation in Peru",
          "indirect", HARR, "according to"),
        Q("Its liability insurance for the mine is capped at 300 million euros ($296 million)", "indirect", HARR, "showed"),
        Q("For three years our clients have been told to wait, to trust the process in Lima, to accept whatever was offered,", "direct", ROSA, "said"),
        Q("Today an English judge has said they can bring their case to the place where the decisions were made.", "direct", ROSA, "said"),
        Q('it was disappointed by the ruling and was "considering all options, including an appeal."', "mixed", HARR, "said"),
        Q("it had already paid compensation to more than 1,200 households and provided 14 million litres of drinking water to affected communities since the collapse",
          "indirect", HARR, "said"),
        Q("We have always accepted our responsibility to the communities around Quispicanchi and we will continue to meet it,", "direct", HARR, "said"),
        Q("We do not accept that the proper forum for these claims is the English courts.", "direct", HARR, "said"),
        Q("key decisions about the dam's design and a 2017 plan to raise its height by 8 metres had been taken or approved at Harrowgate's head office in London, and that documents disclosed so far showed the board had been warned about the dam's stability at least twice",
          "indirect", ALDER, "said"),
        Q("those warnings concerned a different structure at the site", "indirect", HARR, "says"),
        Q("4,213 people from 11 communities have signed up to the case", "indirect", ("The villagers' lawyers", "anonymous", None), "say"),
        Q("fewer than 2,500 people lived in the area it considers affected, and that some claimants lived more than 60 km from the river", "indirect", HARR, "told the court"),
        Q("Harrowgate was likely to seek permission to appeal within the next three weeks", "indirect",
          ("A source familiar with the company's thinking", "anonymous", None), "said"),
        Q("it had fined the local subsidiary 12 million soles (about $3 million) over the spill", "indirect",
          ("Peru's Ministry of Energy and Mines", "organization", None), "said"),
    ],
    "figures": [
        F("More than 4,000 villagers", 4000, "villagers", "count", "More than", None),
        F("between 1.1 million and 1.6 million cubic metres", 1100000, "cubic metres", "count", None, None),
        F("up to 40 km", 40, "km", "count", "up to", None),
        F("25 miles", 25, "miles", "count", None, None),
        F("an estimated 9,000 alpacas and sheep", 9000, "alpacas and sheep", "count", "an estimated", None),
        F("closer to 700,000 cubic metres", 700000, "cubic metres", "count", "closer to", "Harrowgate"),
        F("12-km", 12, "km", "count", None, None),
        F("up to 1.9 billion pounds", 1900000000, "GBP", "money", "up to", None),
        F("$2.2 billion", 2200000000, "USD", "money", None, None),
        F("about 3.4 billion pounds", 3400000000, "GBP", "money", "about", "Harrowgate"),
        F("$45 million", 45000000, "USD", "money", None, "Harrowgate"),
        F("300 million euros", 300000000, "EUR", "money", None, "Harrowgate"),
        F("$296 million", 296000000, "USD", "money", None, "Harrowgate"),
        F("three years", 3, "years", "duration", None, None),
        F("more than 1,200 households", 1200, "households", "count", "more than", "Harrowgate"),
        F("14 million litres", 14000000, "litres", "count", None, "Harrowgate"),
        F("8 metres", 8, "metres", "count", None, None),
        F("4,213 people", 4213, "people", "count", None, None),
        F("11 communities", 11, "communities", "count", None, None),
        F("fewer than 2,500 people", 2500, "people", "count", "fewer than", None),
        F("more than 60 km", 60, "km", "count", "more than", None),
        F("three weeks", 3, "weeks", "duration", None, "Harrowgate"),
        F("2.7%", 2.7, "%", "percent", None, "Harrowgate"),
        F("0.4%", 0.4, "%", "percent", None, "FTSE 350 mining index"),
        F("12 million soles", 12000000, "PEN", "money", None, "the local subsidiary"),
        F("about $3 million", 3000000, "USD", "money", "about", "the local subsidiary"),
    ],
    "events": [
        E(LEDE4 + ", the High Court ruled", "2022-11-02", "on Wednesday"),
        E("tailings dam failure that they say poisoned their rivers and pastures", "2019", "2019"),
        E("the collapse of a tailings dam at the mine", "2019-02-14", "on Feb. 14, 2019"),
        E("Today an English judge has said they can bring their case to the place where the decisions were made", "2022-11-02", "Today"),
        E("Wednesday's ruling is the latest in a string of cases in which British courts have agreed to hear claims from people abroad against UK-based parent companies",
          "2022-11-02", "Wednesday"),
        E("Supreme Court decision that a parent company can owe a duty of care to people affected by the operations of its overseas subsidiaries", "2019", "2019"),
        E("plan to raise its height by 8 metres", "2017", "2017"),
        E("Peru's Ministry of Energy and Mines said last year that it had fined the local subsidiary 12 million soles (about $3 million) over the spill", "2021", "last year"),
        E("A trial on liability", "2024", "before 2024"),
    ],
})

# ---------------------------------------------------------------- 05
INQUEST = ("a coronial inquest", "organization", None)
JONE = ("Jone Raikadroka", "person", "fellow picker")
PRESCOTT = ("Antony Prescott", "person", "barrister")
EPELI = ("Epeli Vuniwai", "person", None)
TETO = ("Top End Tropical Orchards", "organization", None)
DEWR = ("the Department of Employment and Workplace Relations", "organization", None)
ARTICLES.append({
    "article": "05_darwin-seasonal-worker-inquest.txt",
    "published": "2023-02-16",
    "published_basis": "No dateline or date line ('Posted 3h ago'); inferred: '© 2023 ABC', witness evidence 'On Thursday' in an inquest that 'opened in Darwin on Monday', family waited 'more than 15 months' since the death on November 9, 2021, so a Thursday in 2023 after Feb. 9; the text alone also fits a later Thursday (e.g. Feb. 23), so writer.tsv's Thursday 2023-02-16 (the first that fits) is taken",
    "outlet": "ABC News",
    "quotes": [
        Q("Fijian farm worker asked for water hours before he collapsed in 41-degree heat", "indirect", INQUEST, "hears"),
        Q('A Fijian seasonal worker who died on a mango farm south of Darwin told a co-worker he "couldn\'t feel his hands" about an hour before he collapsed',
          "mixed", INQUEST, "has heard"),
        Q("there was only one 20-litre water container for about 30 pickers", "indirect", JONE, "told the inquest"),
        Q("workers were discouraged from taking breaks", "indirect", TETO, "denies"),
        Q("the crew had been working since 6:00am and that by early afternoon the temperature in the orchard had reached 41 degrees Celsius", "indirect", JONE, "told the court"),
        Q("there was a single 20-litre water container on the back of a ute for a crew of about 30 people, and that it had run dry before lunch", "indirect", JONE, "said"),
        Q("Sami said to me, 'Bro, I can't feel my hands,'", "direct", JONE, "said"),
        Q("I told him to sit down in the shade. He said he would finish the row first, because the supervisor was counting the bins.", "direct", JONE, None),
        Q("workers on the farm were paid by the bin rather than by the hour, and that evidence would be heard about whether that arrangement encouraged people to keep working when they were unwell",
          "indirect", ("Marguerite Osei-Lang", "person", "Counsel assisting the coroner"), "told the court"),
        Q('the crew had been told breaks would "cost them money"', "mixed", JONE, "said"),
        Q("the crew supervisor had repeatedly told workers to rest and drink water", "indirect", PRESCOTT, "put it to Mr Raikadroka"),
        Q("I don't remember him saying that,", "direct", JONE, "replied"),
        Q("the company would lead evidence that water was refilled at least three times during the day and that a second container had been available at a shed about 400 metres away",
          "indirect", PRESCOTT, "said"),
        Q("the family had waited more than 15 months to understand why nobody stopped the work", "indirect", EPELI, "said"),
        Q("He came here to build a house for our mum. He sent money home every week, sometimes $300, sometimes more,", "direct", EPELI, "told the ABC"),
        Q("We just want the truth, and we want the farms to look after the boys who are still here.", "direct", EPELI, None),
        Q("it could not comment on a matter before the coroner but that employers in the scheme were required to meet all workplace health and safety obligations",
          "indirect", ("A spokesperson for the federal Department of Employment and Workplace Relations", "anonymous", None), "said"),
        Q('the number of scheme workers who have died in Australia since 2014 at "at least 30"', "mixed", ("Union representatives", "anonymous", None), "put"),
        Q("it does not keep a consolidated figure", "indirect", DEWR, "said"),
    ],
    "figures": [
        F("41-degree", 41, "degree", "count", None, None),
        F("29", 29, "years", "duration", None, "Samisoni Vuniwai", occ=1),
        F("above 40 degrees", 40, "degrees", "count", "above", None),
        F("20-litre", 20, "litre", "count", None, None, occ=1),
        F("about 30 pickers", 30, "pickers", "count", "about", None),
        F("29", 29, "years", "duration", None, "Samisoni Vuniwai", occ=2),
        F("41 degrees Celsius", 41, "degrees Celsius", "count", None, None),
        F("20-litre", 20, "litre", "count", None, None, occ=2),
        F("about 30 people", 30, "people", "count", "about", None),
        F("about 45 minutes", 45, "minutes", "duration", "about", None),
        F("about 90 kilometres", 90, "kilometres", "count", "about", None),
        F("at least three times", 3, "times", "count", "at least", None),
        F("about 400 metres", 400, "metres", "count", "about", None),
        F("more than $18,000", 18000, "$", "money", "more than", None),
        F("more than 15 months", 15, "months", "duration", "more than", "the family"),
        F("$300", 300, "$", "money", None, "Samisoni Vuniwai"),
        F("more than 35,000 Pacific and Timor-Leste workers", 35000, "workers", "count", "more than", None),
        F("about 24,000", 24000, "workers", "count", "about", None),
        F("at least 30", 30, "workers", "count", "at least", None),
        F("two weeks", 2, "weeks", "duration", None, "The inquest"),
    ],
    "events": [
        E("Samisoni Vuniwai, 29, died", "2021-11", "in November 2021"),
        E("he died", "2021-11-09", "on November 9, 2021"),
        E("The inquest, before Territory Coroner Gregory Halloran, opened in Darwin", "2023-02-13", "on Monday"),
        E("fellow picker Jone Raikadroka told the court the crew had been working since 6:00am and that by early afternoon the temperature in the orchard had reached 41 degrees Celsius",
          "2023-02-16", "On Thursday"),
        E("he was declared dead shortly after arriving at Royal Darwin Hospital", "2021-11-09", "that evening"),
        E("Counsel assisting the coroner, Marguerite Osei-Lang, told the court", "2023-02-13", "on Monday"),
        E("scheme workers who have died in Australia", "2014", "since 2014"),
        E("The regulator is expected to give evidence", "2023-02-20", "next week"),
        E("The inquest, set down for two weeks, resumes", "2023-02-20", "on Monday"),
    ],
})

# ---------------------------------------------------------------- 06
FORT = ("Elaine Fortescue", "person", "Military judge")
NWOSU = ("Patrick Nwosu-Grant", "person", "lawyer")
LEB = ("Sandrine Leblanc-Okoro", "person", "prosecutor")
DND = ("the Department of National Defence", "organization", None)
ARTICLES.append({
    "article": "06_halifax-court-martial-fraud.txt",
    "published": "2023-07-10",
    "published_basis": "Line 'Posted July 10, 2023 6:02 pm' (a Monday); body: 'was sentenced Monday'; '© 2023 Global News'; the video line dated Jun 5, 2023 is an older related video; agrees with writer.tsv",
    "outlet": "Global News",
    "quotes": [
        Q("he claimed $212K in false relocation expenses", "indirect", ("court martial", "organization", None), "finds"),
        Q("he submitted more than $200,000 in false relocation claims over four years", "indirect", FORT, "found"),
        Q('the loss of rank and the financial penalties were "a severe and lasting punishment" for an officer with 26 years of service', "mixed", FORT, "saying"),
        Q("The accused was trusted with the benefit precisely because the system assumes honesty,", "direct", FORT, "said"),
        Q("He exploited that assumption, repeatedly and deliberately, and he did so at a time when he was responsible for supervising junior sailors who were expected to follow the very rules he was breaking.",
          "direct", FORT, "said"),
        Q("between 2016 and 2020, Tessier-Boyd submitted claims for house-hunting trips, temporary lodging and the sale of a home in Kingston, Ont., that he never sold",
          "indirect", ("Court", "organization", None), "heard"),
        Q("he also billed the program for the move of about 9,000 kilograms of household goods from Ontario to Nova Scotia, nearly double what was actually shipped",
          "indirect", ("Prosecutors", "anonymous", None), "said"),
        Q("roughly $60,000 of the claims were the result of confusing guidance from the contractor that runs the relocation program and should not have been counted as fraud",
          "indirect", ("The defence", "anonymous", None), "arguing"),
        Q("some of the paperwork errors were genuine", "indirect", FORT, "accepted"),
        Q('the "core of the scheme" was not in doubt', "mixed", FORT, "said"),
        Q("his client accepted the sentence and had already begun repaying the money", "indirect", NWOSU, "said"),
        Q("He has lost a career he spent more than half his life building,", "direct", NWOSU, "told reporters"),
        Q("He knows he did wrong, and he has said so.", "direct", NWOSU, "told reporters"),
        Q("a custodial sentence was needed to deter others", "indirect", LEB, "argued"),
        Q("the relocation program pays out hundreds of millions of dollars each year and depends almost entirely on members reporting their expenses honestly",
          "indirect", LEB, "told the court"),
        Q('it "takes any misuse of public funds seriously" and that it had introduced additional verification steps for home-sale claims in 2021, including a requirement to submit proof of sale from a lawyer or notary',
          "mixed", DND, "said"),
        Q("the probe took more than a year in part because investigators had to obtain records from three provinces and a moving company based in the United States",
          "indirect", ("A military police source", "anonymous", None), "told Global News"),
        Q("The court martial is one of about 50 expected to be held across the country this year", "indirect",
          ("the Office of the Director of Military Prosecutions", "organization", None), "according to"),
    ],
    "figures": [
        F("$212K", 212000, "$", "money", None, "Navy officer"),
        F("$30,000", 30000, "$", "money", None, "Raymond Tessier-Boyd"),
        F("more than $200,000", 200000, "$", "money", "more than", "Raymond Tessier-Boyd"),
        F("four years", 4, "years", "duration", None, None),
        F("47", 47, "years", "duration", None, "Raymond Tessier-Boyd"),
        F("three weeks", 3, "weeks", "duration", None, None),
        F("two counts", 2, "counts", "count", None, "Raymond Tessier-Boyd"),
        F("$212,400", 212400, "$", "money", None, "Raymond Tessier-Boyd"),
        F("18 months", 18, "months", "duration", None, None),
        F("26 years", 26, "years", "duration", None, "Raymond Tessier-Boyd"),
        F("about 9,000 kilograms", 9000, "kilograms", "count", "about", "Raymond Tessier-Boyd"),
        F("roughly $60,000", 60000, "$", "money", "roughly", None),
        F("about 140 relocation files", 140, "files", "count", "about", "the Department of National Defence"),
        F("five-year", 5, "years", "duration", None, None),
        F("23", 23, "files", "count", None, None, occ=4),
        F("three provinces", 3, "provinces", "count", None, None),
        F("two Halifax-class frigates", 2, "frigates", "count", None, "Raymond Tessier-Boyd"),
        F("30 days", 30, "days", "duration", None, "Raymond Tessier-Boyd"),
        F("about 50", 50, "courts martial", "count", "about", None),
    ],
    "events": [
        E("Lt.-Cmdr. Raymond Tessier-Boyd, 47, was sentenced", "2023-07-10", "Monday"),
        E("he was found guilty of fraud and two counts of conduct to the prejudice of good order and discipline", "2023-06-19", "three weeks after"),
        E("Tessier-Boyd submitted claims for house-hunting trips, temporary lodging and the sale of a home in Kingston, Ont., that he never sold",
          "2016", "between 2016 and 2020"),
        E("internal audit cited during the sentencing hearing", "2022", "2022"),
        E("it had introduced additional verification steps for home-sale claims", "2021", "in 2021"),
        E("The Canadian Forces National Investigation Service began looking into Tessier-Boyd's claims", "2020", "in late 2020"),
        E("about 50 expected to be held across the country", "2023", "this year"),
        E("the federal government began moving sexual offence cases to civilian courts", "2021", "in late 2021"),
    ],
})


def main():
    for a in ARTICLES:
        name = a["article"][:-4] + ".json"
        with open(os.path.join(ROOT, name), "w", encoding="utf-8") as fh:
            json.dump(a, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", name, len(a["quotes"]), "quotes", len(a["figures"]), "figures", len(a["events"]), "events")


if __name__ == "__main__":
    main()
