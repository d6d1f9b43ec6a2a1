#!/usr/bin/env python3
"""Write the hand-made annotations of gold-fresh197 to JSON.

Every annotation below was written by hand after reading the article in full.
This script does no extraction: it only turns the Python literals into the
JSON files described in /work/shared/gold/SCHEMA.md.
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


P, A, O = "person", "anonymous", "organization"
D, I, M = "direct", "indirect", "mixed"

ARTICLES = []

# ---------------------------------------------------------------------------
# 01 Global News, Thu 2022-07-21
# ---------------------------------------------------------------------------
KD = ("Karen Dufresne", P, "president and chief executive")
DH = ("Dale Hutchins", P, "Bargaining unit president")
NWH = ("North Wellington District Hospital", O, None)
MOH = ("Ontario’s Ministry of Health", O, None)
LV = ("Linda Vanderzee", P, None)
MB = ("Mark Bissonnette", P, "Township councillor")

ARTICLES.append({
    "article": "01_ontario-er-overnight-closures.txt",
    "published": "2022-07-21",
    "published_basis": "Metadata line at the top: 'date 2022-07-21' (a Thursday); Dufresne spoke 'in an interview Thursday'; '© 2022 Global News' footer; the video line 'Jul 20, 2022' is the previous day's clip. Agrees with writer.tsv",
    "outlet": "Global News",
    "quotes": [
        Q("This is not a decision anyone here wanted to make,", D, *KD, "said"),
        Q("We have looked at every option, we have called every agency nurse we can find, and we simply do not have enough people to run the department safely overnight.", D, *KD, "said"),
        Q("the department will close each night from 7 p.m. to 7 a.m. until Aug. 5, leaving residents to travel as far as 42 kilometres to the nearest open emergency room", I, *NWH, "said"),
        Q("the hospital is short 11 registered nurses across its emergency and inpatient units, out of a complement of about 38", I, *KD, "said"),
        Q("Two more have given notice since the start of the month", I, *KD, "said"),
        Q("“closer to 20” positions are either vacant or filled by nurses working excessive overtime, and that the hospital’s count leaves out part-time roles that have gone unfilled for months", M, *DH, "told Global News"),
        Q("The people who are left are exhausted,", D, *DH, "said"),
        Q("Some of them have worked 16-hour shifts three or four times in a week. You can’t keep doing that and expect people to stay.", D, *DH, "said"),
        Q("the latest closure is the longest so far and that the hospital cannot yet say whether more will follow in August", I, *KD, "said"),
        Q("Patients arriving at the doors during closed hours will find signs directing them to hospitals in Mount Forest, Listowel and Palmerston", I, *NWH, "said"),
        Q("Paramedics have been told to bypass the site, and anyone who walks in with a life-threatening emergency will be stabilized by on-call staff while an ambulance is arranged", I, *NWH, "according to"),
        Q("it has added one extra ambulance to overnight shifts in the north of the county for the duration of the closure, at a cost it estimated at roughly $45,000", I, "Wellington County’s paramedic service", O, None, "said"),
        Q("her husband had a heart attack two years ago and was in the hospital’s emergency department within 15 minutes", I, *LV, "said"),
        Q("If that had happened at two in the morning this week, I don’t know what we would have done,", D, *LV, "said"),
        Q("You do the math on the drive and it scares you.", D, *LV, "said"),
        Q("the closures “a slow-motion emergency”", M, *MB, "called"),
        Q("council would write to the province next week asking for dedicated funding for rural hospitals", I, *MB, "said"),
        Q("We’ve been told, over and over, that help is coming,", D, *MB, "said"),
        Q("Well, the sign on the door says closed.", D, *MB, "said"),
        Q("it was “working closely” with the hospital and its regional health partners to restore full services as quickly as possible", M, *MOH, "said"),
        Q("the province had added more than 10,000 nurses to the health system since 2018 and was spending $760 million on a range of recruitment and retention measures, including retention bonuses of up to $5,000 paid earlier this year", I, *MOH, "said"),
        Q("temporary closures at a small number of emergency departments were “unfortunate but limited,”", M, *MOH, "said"),
        Q("the vast majority of Ontario’s emergency rooms remained open around the clock", I, *MOH, "noted"),
        Q("A retention bonus is not a retention plan,", D, *DH, "said"),
        Q("nurses in the bargaining unit had received a one-per-cent annual wage increase under provincial wage-restraint legislation, well below inflation, which hit 8.1 per cent in June", I, *DH, "adding"),
        Q("rural hospitals would be hit hardest during the summer vacation period", I, "Health policy researchers", A, None, "have warned"),
        Q("the hospital is offering signing bonuses, has reached out to nursing students who graduated in the spring and is in talks with a larger regional hospital about sharing staff on weekends", I, *KD, "said"),
        Q("she hopes the department can return to 24-hour operation for good by the end of August", I, *KD, "said"),
        Q("The community has been incredibly understanding,", D, *KD, "said"),
        Q("but I know that patience has limits, and I don’t want to test it.", D, *KD, "said"),
    ],
    "figures": [
        F("two weeks", 2, "weeks", "duration", None, "Rural Ontario ER", occ=1),
        F("two weeks", 2, "weeks", "duration", None, "North Wellington District Hospital", occ=2),
        F("as far as 42 kilometres", 42, "kilometres", "count", "as far as", None),
        F("11 registered nurses", 11, "nurses", "count", None, "North Wellington District Hospital"),
        F("about 38", 38, "nurses", "count", "about", "North Wellington District Hospital"),
        F("Two more", 2, "nurses", "count", None, "North Wellington District Hospital"),
        F("closer to 20", 20, "positions", "count", "closer to", None),
        F("16-hour", 16, "hours", "duration", None, None),
        F("three or four times", 3, "times", "count", None, None),
        F("five nights", 5, "nights", "duration", None, "North Wellington District Hospital"),
        F("one extra ambulance", 1, "ambulance", "count", None, "Wellington County’s paramedic service"),
        F("roughly $45,000", 45000, "$", "money", "roughly", "Wellington County’s paramedic service"),
        F("about 10 kilometres", 10, "kilometres", "count", "about", None),
        F("15 minutes", 15, "minutes", "duration", None, None),
        F("more than 10,000 nurses", 10000, "nurses", "count", "more than", "Ontario"),
        F("$760 million", 760000000, "$", "money", None, "Ontario"),
        F("up to $5,000", 5000, "$", "money", "up to", None),
        F("one-per-cent", 1, "%", "percent", None, "nurses in the bargaining unit"),
        F("8.1 per cent", 8.1, "%", "percent", None, "inflation"),
        F("At least two dozen emergency departments", 24, "departments", "count", "At least", "Ontario"),
        F("24-hour", 24, "hours", "duration", None, None),
    ],
    "events": [
        E("The emergency department at a hospital in Ontario’s Wellington County will shut its doors overnight for two weeks", "2022-07-22", "starting Friday"),
        E("said Karen Dufresne, the hospital’s president and chief executive, in an interview", "2022-07-21", "Thursday"),
        E("the department will close each night from 7 p.m. to 7 a.m.", "2022-08-05", "until Aug. 5"),
        E("Two more have given notice", "2022-07", "since the start of the month"),
        E("The hospital first closed its emergency department overnight for a weekend", "2022-06", "in mid-June"),
        E("then for five nights", "2022-07", "earlier this month"),
        E("more will follow", "2022-08", "in August"),
        E("her husband had a heart attack", "2020", "two years ago"),
        E("council would write to the province", "2022-07-25", "next week"),
        E("the province had added more than 10,000 nurses to the health system", "2018", "since 2018"),
        E("retention bonuses of up to $5,000 paid", "2022", "earlier this year"),
        E("inflation, which hit 8.1 per cent", "2022-06", "in June"),
        E("the department can return to 24-hour operation for good", "2022-08", "by the end of August"),
    ],
})

# ---------------------------------------------------------------------------
# 02 The Associated Press, Tue 2023-03-07
# ---------------------------------------------------------------------------
RA = ("Ruth Abernathy", P, "chemistry professor and the union's president")
GH = ("Gregory Halvorsen", P, "University President")
DK = ("Denise Kowalczyk", P, "university spokesperson")
JO = ("Jasmine Ortega", P, None)
TR = ("A member of the university's board of trustees", A, None)
CSU = ("Cascade State University", O, None)

ARTICLES.append({
    "article": "02_oregon-faculty-strike.txt",
    "published": "2023-03-07",
    "published_basis": "No dated dateline ('SALEM, Ore. (AP) —'); the strike is in its 'second day Tuesday' after beginning 'Monday morning'; 'Copyright 2023' footer, a mediator involved 'since January' and spring break still to begin 'March 20' place it on a Tuesday of early 2023 before March 20, but the text does not fix which one; the exact day 2023-03-07 (a Tuesday) is taken from writer.tsv",
    "outlet": "The Associated Press",
    "quotes": [
        Q("Nobody here wanted to be standing outside in the rain,", D, *RA, "said"),
        Q("But we've been bargaining since last spring, and what the university has put on the table doesn't keep up with the cost of living in this state. It doesn't come close.", D, *RA, "said"),
        Q("the school's offer was \"fair and responsible\" given declining enrollment and a projected budget gap of about $14 million next fiscal year", M, *GH, "said"),
        Q("We value our faculty deeply,", D, *GH, "wrote"),
        Q("We also have an obligation to the students and families who pay tuition here, and to the taxpayers of Oregon, to live within our means.", D, *GH, "wrote"),
        Q("roughly 60% of scheduled classes met in some form on Tuesday, either in person or online, and that all campus buildings, the library and student services remained open", I, *DK, "said"),
        Q("that figure \"fantasy.\"", M, *RA, "called"),
        Q("more than 90% of the union's members had refused to work, and that many of the classes the university counted as meeting were sessions where students showed up to find no instructor", I, *RA, "said"),
        Q("They're counting empty rooms,", D, *RA, "said"),
        Q("This is what 'business as usual' looks like at Cascade State. Bargain with us.", D, "Cascade State Faculty United", O, None, "posted on Twitter"),
        Q("they had received conflicting messages from the university and from their professors, some of whom canceled classes outright while others moved them online or held them off campus in a show of support for the strike", I, "Students", A, None, "said"),
        Q("two of her four classes were canceled Monday and she still didn't know whether a midterm scheduled for Wednesday would go ahead", I, *JO, "said"),
        Q("I support the teachers, honestly — a lot of them are struggling,", D, *JO, "said"),
        Q("But I'm paying for this, and I have clinical hours I need to finish. Nobody can tell me what happens if this goes on for weeks.", D, *JO, "said"),
        Q("it will extend the term if necessary so that students can complete their courses", I, *CSU, "has said"),
        Q("some board members were uneasy about the administration's handling of talks and wanted a deal before spring break", I, *TR, "said"),
        Q("the board had not authorized any increase to the salary offer but that \"there is some room\" on workload and contract length", M, *TR, "said"),
        Q("the university \"remains committed to reaching an agreement at the bargaining table.\"", M, *DK, "saying"),
        Q("their wages have been eroded by inflation", I, "faculty", A, None, "say"),
        Q("the median salary for a full-time lecturer at the university is about $52,000 a year, and that many adjunct instructors earn less than $4,000 per course with no health insurance", I, *RA, "said"),
        Q("the average full-time lecturer earns closer to $61,000 when summer teaching is included", I, *CSU, "saying"),
        Q("they would attend", I, "Both sides", O, None, "said"),
        Q("the union to return to the table \"with a willingness to meet us halfway.\"", M, *GH, "urged"),
        Q("the union had already moved a long way from its original proposal, which sought raises of 24% over three years", I, *RA, "said"),
        Q("We'll be out here tomorrow,", D, *RA, "said"),
        Q("And the day after that, if we have to.", D, *RA, "said"),
    ],
    "figures": [
        F("74-year", 74, "years", "duration", None, "Cascade State University"),
        F("about 1,100 tenure-track professors, lecturers and adjunct instructors", 1100, "professors, lecturers and adjunct instructors", "count", "about", "Cascade State Faculty United"),
        F("9%", 9, "%", "percent", None, "Cascade State University"),
        F("three years", 3, "years", "duration", None, "Cascade State University", occ=1),
        F("17%", 17, "%", "percent", None, "Cascade State Faculty United"),
        F("about $14 million", 14000000, "$", "money", "about", "Cascade State University"),
        F("roughly 60%", 60, "%", "percent", "roughly", "Cascade State University"),
        F("more than 90%", 90, "%", "percent", "more than", "Cascade State Faculty United"),
        F("two sides", 2, "sides", "count", None, None),
        F("two of her four classes", 2, "classes", "count", None, "Jasmine Ortega"),
        F("four classes", 4, "classes", "count", None, "Jasmine Ortega"),
        F("nearly 18%", 18, "%", "percent", "nearly", "Cascade State University"),
        F("about 11,200 students", 11200, "students", "count", "about", "Cascade State University"),
        F("about $52,000", 52000, "$", "money", "about", None),
        F("less than $4,000", 4000, "$", "money", "less than", None),
        F("closer to $61,000", 61000, "$", "money", "closer to", None),
        F("24%", 24, "%", "percent", None, "Cascade State Faculty United"),
        F("three years", 3, "years", "duration", None, "Cascade State Faculty United", occ=2),
    ],
    "events": [
        E("Hundreds of professors and instructors at Cascade State University walked picket lines for a second day", "2023-03-07", "Tuesday"),
        E("The strike, the first in the public university's 74-year history, began", "2023-03-06", "Monday morning"),
        E("The university's most recent offer, made", "2023-03-02", "last Thursday"),
        E("University President Gregory Halvorsen said in a letter to students and staff", "2023-03-06", "on Monday"),
        E("roughly 60% of scheduled classes met in some form", "2023-03-07", "on Tuesday"),
        E("the union posted on Twitter a photo of a lecture hall", "2023-03-06", "On Monday night"),
        E("two of her four classes were canceled", "2023-03-06", "Monday"),
        E("a midterm scheduled", "2023-03-08", "for Wednesday"),
        E("Spring break begins", "2023-03-20", "March 20"),
        E("graduating seniors are scheduled to finish", "2023-06", "in June"),
        E("Enrollment at the university has dropped by nearly 18%", "2016", "since 2016"),
        E("A state mediator who has been involved in the talks", "2023-01", "since January"),
        E("has scheduled a new bargaining session", "2023-03-09", "for Thursday"),
        E("We'll be out here", "2023-03-08", "tomorrow"),
    ],
})

# ---------------------------------------------------------------------------
# 03 Reuters, Mon 2021-10-11
# ---------------------------------------------------------------------------
HHT = ("Harbour Homes Trust", O, None)
PR = ("Priya Raman", P, "chief executive")
SFO = ("A senior finance officer at one London borough", A, None)
LGA = ("The Local Government Association", O, None)
DLU = ("The Department for Levelling Up, Housing and Communities", O, None)

ARTICLES.append({
    "article": "03_england-temporary-accommodation.txt",
    "published": "2021-10-11",
    "published_basis": "Dated dateline 'LONDON, Oct 11 (Reuters) -' and the charity 'said on Monday' (2021-10-11 was a Monday); year from 'the year to March 2021' and the programme running 'from 2021'. Agrees with writer.tsv",
    "outlet": "Reuters",
    "quotes": [
        Q("English councils' temporary housing bill hits record as families wait years", I, *HHT, "-"),
        Q("Local authorities in England spent a record 1.4 billion pounds ($1.9 billion) housing homeless families in temporary accommodation in the last financial year", I, *HHT, "said"),
        Q("the end of pandemic-era support could push the number of households in limbo sharply higher this winter", I, *HHT, "warning"),
        Q("councils' spending on bed-and-breakfast rooms, hostels and privately leased flats rose by 9% in the year to March 2021, and by more than 50% over five years", I, *HHT, "found"),
        Q("Temporary accommodation has become anything but temporary,", D, *PR, "said"),
        Q("We are meeting families who have been moved four or five times in as many years, whose children have changed schools again and again, and who are paying for it in their health and their education.", D, *PR, "said"),
        Q("one in five families it surveyed had spent more than three years in temporary housing, and that some had been placed in single rooms with shared kitchens and bathrooms for longer than the six-week legal limit that applies to families with children in bed-and-breakfast accommodation", I, *HHT, "said"),
        Q("the combination, along with rising energy bills, could lead to a spike in homelessness in the coming months", I, "Housing charities and some council leaders", A, None, "have said"),
        Q("its members were facing \"unsustainable\" pressure on homelessness budgets", M, *LGA, "said"),
        Q("the government to use the spending review later this month to increase funding", I, *LGA, "called on"),
        Q("the council was now spending nearly a fifth of its housing budget on nightly-paid accommodation and expected to overspend by between 6 million and 8 million pounds this year", I, *SFO, "said"),
        Q("The money goes out of the door to private landlords and we get nothing back for it,", D, *SFO, "said"),
        Q("Every pound we spend on a hotel room is a pound we can't spend building homes.", D, *SFO, "said"),
        Q("the figures showed that the country's housing policy had become focused on managing homelessness rather than preventing it", I, *PR, "said"),
        Q("short-term funding for councils \"a sticking plaster\"", M, *PR, "called"),
        Q("ministers to commit to building 90,000 social rented homes a year for a decade, a target backed by several housing groups", I, *PR, "urged"),
        Q("it was \"committed to ending homelessness\" and had made 375 million pounds available to councils this year to help prevent people losing their homes, as well as providing 65 million pounds to support renters with arrears", M, *DLU, "said"),
        Q("We are investing 12.2 billion pounds in affordable housing, the biggest cash investment in a decade, and will continue to work closely with councils to ensure families get the support they need,", D, *DLU, "said"),
        Q("the funding would reach enough families in time", I, *HHT, "disputed"),
        Q("only a portion of the 12.2 billion pounds programme, which runs over five years from 2021, is earmarked for homes at social rent", I, *HHT, "noting"),
        Q("it is cheaper over time than paying private landlords nightly rates", I, "Some councils", A, None, "arguing"),
        Q("it had bought 140 flats for about 38 million pounds, and expected the purchase to pay for itself within 12 years", I, "One council in east London", A, None, "said"),
        Q("such schemes were welcome but could not match the scale of demand", I, *PR, "said"),
        Q("The families we work with don't need another report from us,", D, *PR, "said"),
        Q("They need a front door with their name on it.", D, *PR, "said"),
    ],
    "figures": [
        F("1.4 billion pounds", 1400000000, "GBP", "money", None, "Local authorities in England"),
        F("$1.9 billion", 1900000000, "USD", "money", None, "Local authorities in England"),
        F("9%", 9, "%", "percent", None, "councils"),
        F("more than 50%", 50, "%", "percent", "more than", "councils"),
        F("five years", 5, "years", "duration", None, "councils", occ=1),
        F("About 96,000 households", 96000, "households", "count", "About", "England"),
        F("more than 120,000 children", 120000, "children", "count", "more than", "England"),
        F("four or five times", 4, "times", "count", None, None),
        F("more than three years", 3, "years", "duration", "more than", None),
        F("six-week", 6, "weeks", "duration", None, None),
        F("20 pounds", 20, "GBP", "money", None, "Universal Credit"),
        F("between 6 million and 8 million pounds", 6000000, "GBP", "money", None, "one London borough"),
        F("90,000 social rented homes", 90000, "homes", "count", None, None),
        F("Fewer than 7,000 new social rent homes", 7000, "homes", "count", "Fewer than", "England"),
        F("375 million pounds", 375000000, "GBP", "money", None, "The Department for Levelling Up, Housing and Communities"),
        F("65 million pounds", 65000000, "GBP", "money", None, "The Department for Levelling Up, Housing and Communities"),
        F("12.2 billion pounds", 12200000000, "GBP", "money", None, "The Department for Levelling Up, Housing and Communities", occ=1),
        F("12.2 billion pounds", 12200000000, "GBP", "money", None, "The Department for Levelling Up, Housing and Communities", occ=2),
        F("five years", 5, "years", "duration", None, None, occ=2),
        F("140 flats", 140, "flats", "count", None, "One council in east London"),
        F("about 38 million pounds", 38000000, "GBP", "money", "about", "One council in east London"),
        F("12 years", 12, "years", "duration", None, "One council in east London"),
    ],
    "events": [
        E("a housing charity said", "2021-10-11", "on Monday"),
        E("Local authorities in England spent a record 1.4 billion pounds ($1.9 billion) housing homeless families in temporary accommodation", "2020", "in the last financial year"),
        E("councils' spending on bed-and-breakfast rooms, hostels and privately leased flats rose by 9%", "2020-04", "in the year to March 2021"),
        E("About 96,000 households were living in temporary accommodation", "2021-03", "at the end of March"),
        E("A ban on evictions in England during the COVID-19 pandemic ended", "2021-05", "in late May"),
        E("a temporary 20 pounds-a-week uplift to Universal Credit, the main welfare benefit, was withdrawn", "2021-10-04", "last week"),
        E("the spending review", "2021-10", "later this month"),
        E("expected to overspend by between 6 million and 8 million pounds", "2021", "this year"),
        E("Fewer than 7,000 new social rent homes were completed in England", "2019", "in 2019/20"),
        E("had made 375 million pounds available to councils", "2021", "this year"),
        E("12.2 billion pounds programme, which runs over five years", "2021", "from 2021"),
        E("One council in east London said last month it had bought 140 flats for about 38 million pounds", "2021-09", "last month"),
    ],
})

# ---------------------------------------------------------------------------
# 04 The Canadian Press (CTV News), Wed 2022-11-23
# ---------------------------------------------------------------------------
TM = ("Teresa Malloy", P, "Coun.")
DS = ("Derek Stasiuk", P, "Coun.")
HD = ("Harjit Dhaliwal", P, "Coun.")
KL = ("Karen Lindqvist", P, "spokesperson for the Calgary Chamber of Commerce")
CITY = ("City of Calgary", O, None)

ARTICLES.append({
    "article": "04_calgary-budget-tax-increase.txt",
    "published": "2022-11-23",
    "published_basis": "'Published Wednesday, Nov. 23, 2022 7:52PM MST' line (and 'Last Updated' the same evening); body: council approved the plan 'late Wednesday'. Agrees with writer.tsv",
    "outlet": "The Canadian Press",
    "quotes": [
        Q("protects transit and emergency services", I, "its supporters", A, None, "say"),
        Q("asks too much of residents already squeezed by inflation", I, "its critics", A, None, "say"),
        Q("will add about $7.50 a month to the bill for a typical single-family home assessed at $530,000", I, "city administration", O, None, "estimates"),
        Q("We heard from thousands of Calgarians over the past year, and what they told us was pretty consistent,", D, *TM, "said"),
        Q("They want buses that show up. They want a fire truck to get to their house when they call 911. They want to feel safe downtown.", D, *TM, "said"),
        Q("None of that is free. I’m not going to pretend it is.", D, *TM, None),
        Q("the city had trimmed more than $60 million from its operating budget over the previous four years and that further cuts would have meant reducing service levels that residents rely on", I, *TM, "told reporters"),
        Q("the increase was poorly timed", I, "Dissenting councillors", A, None, "said"),
        Q("their constituents had told them they could not absorb another bill", I, "several", A, None, "said"),
        Q("People are choosing between groceries and their heating bill right now,", D, *DS, "said"),
        Q("And we’re telling them, ‘Sorry, you’re going to pay more to the city, too.’ I couldn’t support that.", D, *DS, "said"),
        Q("the real increase facing many households is higher than the headline figure", I, *DS, "argued"),
        Q("the combined hit for a typical homeowner is closer to 5.9 per cent", I, *DS, "said"),
        Q("was based on assumptions about water use that don’t apply to all households", I, "city finance staff", A, None, "said"),
        Q("the added spending “a wish list”", M, *HD, "called"),
        Q("council had “missed a chance to find real efficiencies” in city departments", M, *HD, "said"),
        Q("the money would allow it to add about 90,000 service hours annually and hire up to 60 operators", I, *CITY, "said"),
        Q("it would “review the implications” of the decision and would provide council with an update early in the new year", M, "the Calgary Police Service", O, None, "said"),
        Q("could help create up to 1,000 non-market homes when combined with provincial and federal money", I, *CITY, "says"),
        Q("the business community was “disappointed” that non-residential tax rates would also rise", M, *KL, "said"),
        Q("downtown office vacancy remained above 30 per cent", I, *KL, "noted"),
        Q("the chamber would keep pushing council to shift more of the tax burden away from businesses over the next four years", I, *KL, "told CTV News"),
        Q("they were relieved transit funding survived", I, "Some residents who attended the final day of debate", A, None, "said"),
        Q("her route had been reduced to one bus every half hour on weekends", I, "Amira Haddad", P, None, "said"),
        Q("I’ve missed the start of shifts because the bus never came,", D, "Amira Haddad", P, None, "said"),
        Q("If this fixes that, I’ll pay the $7.", D, "Amira Haddad", P, None, "said"),
    ],
    "figures": [
        F("four-year", 4, "years", "duration", None, "Calgary council", occ=1),
        F("4.4 per cent", 4.4, "%", "percent", None, "Calgary", occ=1),
        F("four-year", 4, "years", "duration", None, "Calgary city council", occ=2),
        F("more than three days", 3, "days", "duration", "more than", None),
        F("4.4 per cent", 4.4, "%", "percent", None, "Calgary", occ=2),
        F("about $7.50", 7.5, "$", "money", "about", None),
        F("$530,000", 530000, "$", "money", None, None),
        F("between 2.5 and 3.5 per cent", 2.5, "%", "percent", None, "Calgary"),
        F("three years", 3, "years", "duration", None, None),
        F("3.8 per cent", 3.8, "%", "percent", None, "Calgary"),
        F("roughly $24 million", 24000000, "$", "money", "roughly", "councillors"),
        F("more than $60 million", 60000000, "$", "money", "more than", "Calgary"),
        F("four years", 4, "years", "duration", None, "Calgary", occ=1),
        F("close to seven per cent", 7, "%", "percent", "close to", "Alberta"),
        F("closer to 5.9 per cent", 5.9, "%", "percent", "closer to", None),
        F("$11.2 million", 11200000, "$", "money", None, "Calgary"),
        F("about 90,000 service hours", 90000, "hours", "count", "about", "Calgary"),
        F("up to 60 operators", 60, "operators", "count", "up to", "Calgary"),
        F("$8 million", 8000000, "$", "money", None, "Calgary Police Service"),
        F("$14 million", 14000000, "$", "money", None, "Calgary Police Service"),
        F("$30 million", 30000000, "$", "money", None, "Calgary"),
        F("four years", 4, "years", "duration", None, "Calgary", occ=2),
        F("up to 1,000 non-market homes", 1000, "homes", "count", "up to", "Calgary"),
        F("above 30 per cent", 30, "%", "percent", "above", None),
        F("four years", 4, "years", "duration", None, "Calgary Chamber of Commerce", occ=3),
        F("two buses", 2, "buses", "count", None, "Amira Haddad"),
        F("one bus", 1, "bus", "count", None, None),
        F("$7", 7, "$", "money", None, "Amira Haddad", occ=2),
    ],
    "events": [
        E("4.4 per cent tax hike", "2023", "for 2023"),
        E("Calgary homeowners will pay more in property taxes", "2023", "next year"),
        E("city council approved a four-year spending plan", "2022-11-23", "late Wednesday"),
        E("The budget sets a municipal property tax increase of 4.4 per cent", "2023", "for 2023"),
        E("would provide council with an update", "2023", "early in the new year"),
        E("Property assessment notices for 2023 will be mailed to homeowners", "2023-01", "in early January"),
        E("tax bills will follow", "2023-05", "in May"),
    ],
})

# ---------------------------------------------------------------------------
# 05 ABC News (Adelaide), Sat 2023-06-03
# ---------------------------------------------------------------------------
SAH = ("SA Health", O, None)
AEA = ("the Ambulance Employees Association", O, None)
CW = ("Craig Wendt", P, "secretary")
RAm = ("Rachel Amin", P, "emergency physician")
JP = ("Jenny Papadakis", P, None)

ARTICLES.append({
    "article": "05_adelaide-ambulance-ramping.txt",
    "published": "2023-06-03",
    "published_basis": "'Posted Sat 3 Jun 2023 at 6:12am, updated Sat 3 Jun 2023 at 10:40am' line; body: Wendt told ABC Radio Adelaide 'on Saturday morning'. Agrees with writer.tsv",
    "outlet": "ABC News",
    "quotes": [
        Q("crisis ‘nowhere near over’", M, "paramedics", A, None, "say"),
        Q("response times to urgent calls are still too slow", I, *AEA, "says"),
        Q("patients are still being left on stretchers in corridors and car parks for hours at a time", I, "paramedics", A, None, "say"),
        Q("ambulances were ramped for a total of 3,312 hours across Adelaide’s metropolitan hospitals in May, down from 3,874 hours in April", I, *SAH, "shows"),
        Q("the drop of almost 15 per cent reflected “the early impact” of new hospital beds opened since the start of the year and changes to how patients are discharged on weekends", M, *SAH, "said"),
        Q("While there is more work to do, these figures show our investments are beginning to make a difference for patients and for our hardworking paramedics,", D, *SAH, "said"),
        Q("May’s figure was still nearly three times what was recorded in the same month in 2019, and that a single month’s improvement should not be mistaken for a trend", I, *AEA, "said"),
        Q("It’s nowhere near over,", D, *CW, "told ABC Radio Adelaide"),
        Q("Our members are still coming out of a shift having spent six, seven, eight hours of it standing in a hospital corridor with a patient who should be in a bed. Meanwhile, there’s a call out in the suburbs for someone with chest pain, and there’s nobody to send.", D, *CW, None),
        Q("the union had also recorded a number of cases last month in which crews waited more than 10 hours to hand over a patient", I, *CW, "said"),
        Q("it could not confirm those figures", I, *SAH, "said"),
        Q("could be a difficult flu season", I, "health authorities", A, None, "have warned"),
        Q("There were more than 4,100 confirmed flu cases in South Australia by the end of May", I, *SAH, "according to"),
        Q("emergency departments were already full on most days because patients who had been admitted could not be moved onto wards", I, *RAm, "said"),
        Q("The ramp is really just the visible end of the problem,", D, *RAm, "said"),
        Q("The patients in the ambulances are waiting because the patients in the emergency department are waiting, and they’re waiting because there aren’t beds upstairs.", D, *RAm, "said"),
        Q("about a fifth of the beds in her hospital were occupied on any given day by patients who were medically well enough to leave but were waiting for a place in aged care or for support through the National Disability Insurance Scheme", I, *RAm, "said"),
        Q("the improvement was small", I, *AEA, "argued"),
        Q("only about 61 per cent of those calls were reached on time in May, against a target of 80 per cent", I, *AEA, "noting"),
        Q("her 81-year-old mother, who fell at home in the southern suburbs last month, waited more than two hours for an ambulance and then spent another five hours on a stretcher outside Flinders Medical Centre", I, *JP, "said"),
        Q("I thought once she was at the hospital, she’d be safe there,", D, *JP, "said"),
        Q("She was cold, she was in pain, and the paramedics were lovely but they kept apologising to us because there was nothing they could do. They were stuck too.", D, *JP, None),
        Q("Thursday, 9:40pm. Same story, different night.", D, *AEA, "posted a photograph on Facebook"),
        Q("hospitals had escalation plans in place for periods of high demand and that patients waiting on ramps were monitored by clinical staff", I, *SAH, "said"),
        Q("the union would meet with health officials in the next fortnight to discuss how the extra paramedics would be rostered", I, *CW, "said"),
        Q("We welcome more staff, we always will,", D, *CW, "said"),
        Q("But you can hire a hundred more paramedics and if they’re all sitting on the ramp, it doesn’t help the person waiting at home.", D, *CW, "said"),
    ],
    "figures": [
        F("about 3,300 hours", 3300, "hours", "duration", "about", "Ambulances"),
        F("3,312 hours", 3312, "hours", "duration", None, "ambulances"),
        F("3,874 hours", 3874, "hours", "duration", None, "ambulances"),
        F("almost 15 per cent", 15, "%", "percent", "almost", None),
        F("six, seven, eight hours", 6, "hours", "duration", None, None),
        F("more than 10 hours", 10, "hours", "duration", "more than", None),
        F("more than 4,100 confirmed flu cases", 4100, "cases", "count", "more than", "South Australia"),
        F("about 2,600", 2600, "cases", "count", "about", "South Australia"),
        F("$124 million", 124000000, "$", "money", None, None),
        F("48 extra beds", 48, "beds", "count", None, None),
        F("20 paramedics", 20, "paramedics", "count", None, None),
        F("eight-minute", 8, "minutes", "duration", None, None),
        F("about 61 per cent", 61, "%", "percent", "about", None),
        F("80 per cent", 80, "%", "percent", None, None),
        F("81-year-old", 81, "years", "duration", None, "Jenny Papadakis's mother"),
        F("more than two hours", 2, "hours", "duration", "more than", None),
        F("five hours", 5, "hours", "duration", None, None),
        F("nine ambulances", 9, "ambulances", "count", None, None),
        F("a hundred more paramedics", 100, "paramedics", "count", None, None),
    ],
    "events": [
        E("Ambulance ramping eases slightly", "2023-05", "in May"),
        E("Ambulances spent about 3,300 hours ramped outside Adelaide hospitals", "2023-05", "in May"),
        E("Ambulances spent fewer hours waiting outside South Australian hospitals", "2023-05", "last month"),
        E("Data released by SA Health", "2023-06-02", "on Friday"),
        E("ambulances were ramped for a total of 3,312 hours across Adelaide’s metropolitan hospitals", "2023-05", "in May"),
        E("down from 3,874 hours", "2023-04", "in April"),
        E("new hospital beds opened", "2023-01", "since the start of the year"),
        E("what was recorded", "2019-05", "in the same month in 2019"),
        E("the association’s secretary, Craig Wendt, told ABC Radio Adelaide", "2023-06-03", "on Saturday morning"),
        E("the union had also recorded a number of cases", "2023-05", "last month"),
        E("There were more than 4,100 confirmed flu cases in South Australia", "2023-05", "by the end of May"),
        E("about 2,600", "2022-05", "at the same point in 2022"),
        E("A $124 million package announced in the state budget", "2023-05-29", "earlier this week"),
        E("only about 61 per cent of those calls were reached on time", "2023-05", "in May"),
        E("her 81-year-old mother, who fell at home in the southern suburbs", "2023-05", "last month"),
        E("The union posted a photograph on Facebook", "2023-06-01", "on Thursday night"),
    ],
})

# ---------------------------------------------------------------------------
# 06 Stuff (via aggregator), Fri 2021-12-10
# ---------------------------------------------------------------------------
WW = ("Wellington Water", O, None)
HR = ("Hamish Rutherford", P, "group manager for network operations")
FT = ("Fleur Tamihana", P, "Councillor")
PV = ("Peter Vaimoso", P, "Councillor")
GK = ("Graham Kettle", P, "Councillor")
AW = ("Anna Whitcombe", P, None)

ARTICLES.append({
    "article": "06_wellington-water-leaks.txt",
    "published": "2021-12-10",
    "published_basis": "Metadata line at the top: 'date 2021-12-10' (a Friday); consistent with the committee meeting 'on Thursday' (2021-12-09) and restrictions possible 'from Tuesday the 14th' (2021-12-14 was a Tuesday). Agrees with writer.tsv",
    "outlet": "Stuff",
    "quotes": [
        Q("leaks across the city's ageing network are draining supply faster than crews can fix them", I, *WW, "warned"),
        Q("demand had climbed to about 160 million litres a day during the recent warm spell - close to the limit of what its treatment plants can reliably deliver", I, *WW, "told Wellington City Council's infrastructure committee"),
        Q("between 35 and 40 per cent of the water it treats in Wellington city never reaches a tap, lost instead through cracked and corroded pipes, some of which were laid more than 90 years ago", I, *WW, "estimates"),
        Q("We are in a position now where, if we get two or three more weeks of dry, hot weather, we will have to ask people to stop watering their gardens,", D, *HR, "said"),
        Q("That's not a threat, that's just the arithmetic.", D, *HR, "said"),
        Q("the company had a backlog of about 2,100 reported leaks in the city, up from roughly 1,400 at the same time last year, and that some lower-priority leaks had been running for months", I, *HR, "told councillors"),
        Q("residents' reports collected by her office suggested the true number was \"well over 3,000\", because many leaks were logged once and then closed without being fixed", M, *FT, "saying"),
        Q("I've got people emailing me photos of the same leak on their street that they reported in August,", D, *FT, "said"),
        Q("It's been flowing all through spring. It's still flowing.", D, *FT, "said"),
        Q("some reports were merged when they related to the same fault, which could make the backlog appear smaller to residents", I, *HR, "said"),
        Q("any leaks were being closed without repair", I, *HR, "denied"),
        Q("it would make a decision early next week and that, if required, restrictions could take effect from Tuesday the 14th", I, *WW, "said"),
        Q("breaches would initially be dealt with by education rather than fines", I, *WW, "said"),
        Q("the city could not afford to wait", I, *PV, "said"),
        Q("We're paying to treat water that we then pour into the ground,", D, *PV, "said"),
        Q("Every year we put this off, the bill gets bigger, and the pipes don't get any younger.", D, *PV, "said"),
        Q("11-4 to speed up pipe renewals. It's a start, not a fix. Please check your own taps and report leaks.", D, *PV, "wrote on Twitter"),
        Q("it would put pressure on rates at a time when households were already facing a proposed increase of more than 8 per cent next year", I, "Opponents of the move", A, None, "said"),
        Q("the proposal \"a rushed patch-up\"", M, *GK, "called"),
        Q("the council should wait for clarity on the government's Three Waters reforms, which would shift responsibility for water infrastructure from councils to new regional entities from 2024", I, *GK, "said"),
        Q("councils should \"continue to invest in their networks in the meantime\" and that assets and debt would transfer to the new entities when they were established", M, "The Department of Internal Affairs", O, None, "said"),
        Q("households to cut their use by about 20 litres per person per day, roughly the equivalent of a two-minute shorter shower", I, *WW, "is asking"),
        Q("the average Wellingtonian uses about 210 litres a day in summer, compared with about 185 litres in winter", I, *WW, "According to"),
        Q("she understood the need for restrictions but was frustrated that households were being asked to cut back while pipes leaked in the street outside", I, *AW, "said"),
        Q("There's been water bubbling up through the footpath at the end of our road for six weeks,", D, *AW, "said"),
        Q("I'll turn my sprinkler off. I just want someone to turn that off too.", D, *AW, "said"),
        Q("the company had added three extra repair crews since October and expected to bring the backlog down \"significantly\" by the end of the month, weather permitting", M, *HR, "said"),
    ],
    "figures": [
        F("about 160 million litres", 160000000, "litres", "count", "about", "Wellington Water"),
        F("between 35 and 40 per cent", 35, "%", "percent", None, "Wellington Water"),
        F("two or three more weeks", 2, "weeks", "duration", None, None),
        F("about 2,100 reported leaks", 2100, "leaks", "count", "about", "Wellington Water"),
        F("roughly 1,400", 1400, "leaks", "count", "roughly", "Wellington Water"),
        F("well over 3,000", 3000, "leaks", "count", "well over", None),
        F("150 million litres", 150000000, "litres", "count", None, None),
        F("about $18 million", 18000000, "$", "money", "about", "Wellington City Council"),
        F("more than 8 per cent", 8, "%", "percent", "more than", None),
        F("about 20 litres", 20, "litres", "count", "about", None),
        F("two-minute", 2, "minutes", "duration", None, None),
        F("about 210 litres", 210, "litres", "count", "about", None),
        F("about 185 litres", 185, "litres", "count", "about", None),
        F("six weeks", 6, "weeks", "duration", None, None),
        F("three extra repair crews", 3, "crews", "count", None, "Wellington Water"),
    ],
    "events": [
        E("Wellington Water, the council-owned company that manages pipes for the capital and neighbouring councils, told Wellington City Council's infrastructure committee", "2021-12-09", "on Thursday"),
        E("up from roughly 1,400", "2020-12", "at the same time last year"),
        E("the same leak on their street that they reported", "2021-08", "in August"),
        E("Restrictions from the 14th possible", "2021-12-14", "from the 14th"),
        E("it would make a decision", "2021-12-13", "early next week"),
        E("restrictions could take effect", "2021-12-14", "from Tuesday the 14th"),
        E("The region last faced a sprinkler ban", "2020", "in early 2020"),
        E("A burst wastewater pipe in 2019 sent sewage into the harbour for several weeks", "2019", "in 2019"),
        E("The committee voted 11-4", "2021-12-09", "on Thursday"),
        E("work could start", "2022", "before the end of the 2022 financial year"),
        E("households were already facing a proposed increase of more than 8 per cent", "2022", "next year"),
        E("shift responsibility for water infrastructure from councils to new regional entities", "2024", "from 2024"),
        E("the company had added three extra repair crews", "2021-10", "since October"),
        E("expected to bring the backlog down \"significantly\"", "2021-12", "by the end of the month"),
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
