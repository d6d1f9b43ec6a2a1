#!/usr/bin/env python3
"""Write the hand-made annotations of gold-fresh206 to JSON.

Everything below was read and annotated by hand; this script only turns the
Python literals into one JSON file per article (schema: /work/shared/gold/SCHEMA.md).

Quote tuple:  (text, kind, speaker, speaker_type, role, cue[, occurrence])
Figure tuple: (text, value, unit, category, approx, subject[, occurrence])
Event tuple:  (text, date, date_text[, occurrence])
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

ARTICLES = {}

# ---------------------------------------------------------------------------
# 01 Ontario rural ER closures (The Canadian Press, Tue 2021-09-14)
# ---------------------------------------------------------------------------
OST = ("Marielle Osterhout", "person", "chief of staff")
VAR = ("Kathleen Varga", "person", "regional vice-president with the Ontario Nurses' Association")
HVHA = ("the Huron Valley Health Alliance", "organization", None)
WHIT = ("Dana Whitcombe", "person", "spokesperson for the Ministry of Health")
ASH = ("Glen Ashby", "person", None)

ARTICLES["01_ontario-rural-er-closures"] = dict(
    published="2021-09-14",
    published_basis="Metadata line ' date 2021-09-14' at the top; body: the alliance 'said Tuesday' (2021-09-14 was a Tuesday); photo caption dated 'Sept. 9, 2021' is earlier; '© 2021 The Canadian Press'. Agrees with writer.tsv",
    outlet="The Canadian Press",
    quotes=[
        ("Three small hospitals in southwestern Ontario will close their emergency departments overnight for at least the next three weeks", "indirect", *HVHA, "said"),
        ("the emergency rooms in Wingham, Clinton and Seaforth will close between 7 p.m. and 7 a.m. starting Friday", "indirect", *HVHA, "said"),
        ("We did not make this decision lightly, and we know it puts a real burden on families in this area,", "direct", *OST, "said"),
        ("But an emergency department without enough nurses is not a safe emergency department.", "direct", *OST, "said"),
        ("the alliance has about 38 vacant nursing positions out of roughly 210, and that nearly a dozen more nurses are on medical or parental leave", "indirect", *OST, "said"),
        ("the alliance has spent more than $400,000 on agency nurses since April and cannot keep doing so without cutting elsewhere", "indirect", *OST, "said"),
        ("The alliance will review the closures on Oct. 4 and could extend them to the end of the month if it cannot fill enough shifts", "indirect", *OST, "said"),
        ("Hospitals in at least four other communities have cut emergency hours at some point since the spring", "indirect", "the Ontario Hospital Association", "organization", None, "according to"),
        ('the closures "entirely predictable"', "mixed", *VAR, "called"),
        ("nurses had been warning for years that the workforce was stretched too thin", "indirect", *VAR, "said"),
        ("Nurses are exhausted. They've worked through three waves of this pandemic, they've had their raises capped at one per cent, and now they're being asked to pick up double shifts just to keep the doors open,", "direct", *VAR, "said"),
        ("Some of them are telling me they're done. Not burned out — done. They're going to work at a clinic, or in the States, or they're leaving nursing altogether.", "direct", *VAR, None),
        ("You can't fix that with a bonus cheque.", "direct", *VAR, None),
        ('the province has funded more than 2,000 new nursing positions since the start of the pandemic and was "working closely" with the alliance to minimize disruption to patients', "mixed", *WHIT, "said"),
        ("the ministry had also expanded a program that pays tuition for nursing graduates who agree to work in underserved communities", "indirect", *WHIT, "said"),
        ("many of those positions were temporary or part-time and that the union's own count put the net gain in full-time hospital nurses at closer to 600", "indirect", *VAR, "saying"),
        ("it would add one ambulance overnight during the closures and that crews had been briefed on the longer transport times", "indirect", "Huron County's paramedic service", "organization", None, "said"),
        ('the service expected response times in the north of the county to rise by "several minutes" on average', "mixed", "a spokesperson", "anonymous", None, "said"),
        ("the nearest open emergency room at night will now be about a 35-minute drive in good weather", "indirect", *ASH, "said"),
        ("It's fine until it isn't,", "direct", *ASH, "said"),
        ("My wife had a heart attack two years ago and we made it to Wingham in eight minutes. I don't like to think about doing that drive to Goderich in January.", "direct", *ASH, "said"),
        ("the alliance is trying to recruit nurses from colleges in London and Kitchener, and has offered signing bonuses of up to $7,500 for full-time positions", "indirect", *OST, "said"),
        ("Five nurses have accepted offers in the past month", "indirect", *OST, "said"),
        ("We're not giving up on these emergency departments,", "direct", *OST, "said"),
        ("We want them open 24 hours a day. We just have to be honest about what we can staff safely right now.", "direct", *OST, "said"),
        ("anyone with a life-threatening emergency should call 911 rather than drive to a closed hospital", "indirect", *HVHA, "said"),
    ],
    figures=[
        ("three rural Ontario hospitals", 3, "hospitals", "count", None, "Huron Valley Health Alliance"),
        ("Three small hospitals", 3, "hospitals", "count", None, "Huron Valley Health Alliance"),
        ("at least the next three weeks", 3, "weeks", "duration", "at least", "the closures"),
        ("between 20 and 45 kilometres", 20, "kilometres", "count", None, "the hospital in Goderich"),
        ("about 38 vacant nursing positions", 38, "positions", "count", "about", "the alliance"),
        ("roughly 210", 210, "positions", "count", "roughly", "the alliance"),
        ("nearly a dozen more nurses", 12, "nurses", "count", "nearly", "the alliance"),
        ("more than $400,000", 400000, "$", "money", "more than", "the alliance"),
        ("three waves", 3, "waves", "count", None, None),
        ("one per cent", 1, "%", "percent", None, "nurses' raises"),
        ("more than 2,000 new nursing positions", 2000, "positions", "count", "more than", "the province"),
        ("closer to 600", 600, "nurses", "count", "closer to", "the union's own count"),
        ("one ambulance", 1, "ambulance", "count", None, "Huron County's paramedic service"),
        ("67", 67, "years", "duration", None, "Glen Ashby"),
        ("about a 35-minute drive", 35, "minutes", "duration", "about", None),
        ("eight minutes", 8, "minutes", "duration", None, None),
        ("up to $7,500", 7500, "$", "money", "up to", "the alliance"),
        ("Five nurses", 5, "nurses", "count", None, "the alliance"),
        ("24 hours", 24, "hours", "duration", None, None),
    ],
    events=[
        ("Three small hospitals in southwestern Ontario will close their emergency departments overnight for at least the next three weeks, the organization that runs them said", "2021-09-14", "Tuesday"),
        ("the emergency rooms in Wingham, Clinton and Seaforth will close between 7 p.m. and 7 a.m.", "2021-09-17", "starting Friday"),
        ("the alliance has spent more than $400,000 on agency nurses", "2021-04", "since April"),
        ("The alliance will review the closures", "2021-10-04", "on Oct. 4"),
        ("could extend them", "2021-10", "to the end of the month"),
        ("Nurses work in the emergency department at a hospital in southwestern Ontario", "2021-09-09", "on Sept. 9, 2021"),
        ("My wife had a heart attack", "2019", "two years ago"),
        ("most will not start", "2021-11", "until November"),
    ],
)

# ---------------------------------------------------------------------------
# 02 Idaho teachers strike vote (The Associated Press, Thu 2022-11-03)
# ---------------------------------------------------------------------------
TVEA = ("the Treasure Valley Education Association", "organization", None)
DEL = ("Marcus Delaney-Ortiz", "person", "union president")
KOW = ("Renata Kowalczyk", "person", "Superintendent")
DIST = ("the Treasure Valley Unified School District", "organization", None)
FAIR = ("Angela Fairweather", "person", None)

ARTICLES["02_idaho-teachers-strike-vote"] = dict(
    published="2022-11-03",
    published_basis="Inferred (undated 'MERIDIAN, Idaho (AP)' dateline): the union 'said Thursday'; photo caption dates the rally 'on Wednesday, Nov. 2, 2022', which the body calls 'Wednesday's rally', and voting ran 'through Wednesday night' (past); so publication is Thursday 2022-11-03. Agrees with writer.tsv",
    outlet="The Associated Press",
    quotes=[
        ("Teachers in one of Idaho's fastest-growing school districts have voted overwhelmingly to authorize a strike", "indirect", *TVEA, "said"),
        ("1,412 of the 1,530 members who cast ballots — about 92% — voted in favor of giving union leaders the power to call a strike if contract talks with the Treasure Valley Unified School District do not produce a deal", "indirect", *TVEA, "said"),
        ("This is not a vote anybody wanted to take,", "direct", *DEL, "told reporters"),
        ("But our members have been very clear. They are not going to keep subsidizing this district with their own paychecks.", "direct", *DEL, "told reporters"),
        ("salaries have fallen far behind the cost of housing in the Boise area, where median rents have climbed sharply since 2020", "indirect", *TVEA, "arguing"),
        ('the district\'s offer was "the strongest in more than a decade" and that it could not afford the union\'s proposal without cutting programs or staff', "mixed", *KOW, "said"),
        ("We value our teachers enormously,", "direct", *KOW, "said"),
        ("What we cannot do is make promises this year that force layoffs next year.", "direct", *KOW, "said"),
        ("it faces a budget shortfall of about $18 million in its roughly $412 million operating budget once federal pandemic relief money runs out in 2024", "indirect", *DIST, "says"),
        ("much of that is needed to cover payroll in the fall before property tax revenue arrives", "indirect", *DIST, "says"),
        ("the board was divided over whether to raise the offer and that at least two members favored bringing in a state mediator before any further talks", "indirect", "a school board member", "anonymous", None, "said"),
        ("no date had been set and that the union would return to the bargaining table on Monday", "indirect", *DEL, "said"),
        ("If they come back with something serious,", "direct", *DEL, "said"),
        ("we'll be there with something serious, too.", "direct", *DEL, "said"),
        ("it would consider a walkout an illegal work stoppage", "indirect", *DIST, "has said"),
        ('"schools will remain open and instruction will continue" while negotiations go on, and that it would give families at least 48 hours\' warning of any disruption', "mixed", *DIST, "told parents"),
        ("her son's class had 31 students this year", "indirect", *FAIR, "said"),
        ("The teachers aren't asking for luxury. They're asking to be able to live in the town where they teach,", "direct", *FAIR, "said"),
        ("he supported higher pay for teachers", "indirect", "Tom Rudecki", "person", None, "said"),
        ('a strike "the last thing these kids need right now."', "mixed", "Tom Rudecki", "person", None, "called"),
        ("it has lost about two dozen of them to neighboring districts and to Oregon and Washington since August", "indirect", *TVEA, "said"),
        ("she remained hopeful a deal could be reached before Thanksgiving", "indirect", *KOW, "said"),
    ],
    figures=[
        ("more than 30,000 students", 30000, "students", "count", "more than", "the district"),
        ("1,412", 1412, "members", "count", None, "the Treasure Valley Education Association"),
        ("1,530 members", 1530, "members", "count", None, "the Treasure Valley Education Association"),
        ("about 92%", 92, "%", "percent", "about", "the Treasure Valley Education Association"),
        ("8%", 8, "%", "percent", None, "the union"),
        ("6%", 6, "%", "percent", None, "the union"),
        ("4%", 4, "%", "percent", None, "the district"),
        ("3%", 3, "%", "percent", None, "the district"),
        ("$1,500", 1500, "$", "money", None, "the district"),
        ("about $18 million", 18000000, "$", "money", "about", "the district"),
        ("roughly $412 million", 412000000, "$", "money", "roughly", "the district"),
        ("nearly $60 million", 60000000, "$", "money", "nearly", "the district"),
        ("closer to $35 million", 35000000, "$", "money", "closer to", "the district"),
        ("at least two members", 2, "members", "count", "at least", "the board"),
        ("at least 10 days", 10, "days", "duration", "at least", "the union"),
        ("at least 48 hours", 48, "hours", "duration", "at least", "the district"),
        ("two children", 2, "children", "count", None, "Angela Fairweather"),
        ("31 students", 31, "students", "count", None, "her son's class"),
        ("two years", 2, "years", "duration", None, None),
        ("three", 3, "children", "count", None, "Tom Rudecki"),
        ("about 4,000 students", 4000, "students", "count", "about", "the district"),
        ("five years", 5, "years", "duration", None, "the district"),
        ("roughly 1,900 teachers", 1900, "teachers", "count", "roughly", "the district"),
        ("about two dozen", 24, "teachers", "count", "about", "the district"),
    ],
    events=[
        ("Teachers and supporters rally outside the Treasure Valley Unified School District administration building in Meridian, Idaho", "2022-11-02", "on Wednesday, Nov. 2, 2022"),
        ("Teachers in one of Idaho's fastest-growing school districts have voted overwhelmingly to authorize a strike, their union said", "2022-11-03", "Thursday"),
        ("a walkout that would keep more than 30,000 students out of class", "2022-12", "as early as next month"),
        ("Voting ran", "2022-10-28", "from last Friday through Wednesday night"),
        ("median rents have climbed sharply", "2020", "since 2020"),
        ("federal pandemic relief money runs out", "2024", "in 2024"),
        ("the union would return to the bargaining table", "2022-11-07", "on Monday"),
        ('the district told parents that "schools will remain open and instruction will continue" while negotiations go on', "2022-11-02", "Wednesday night"),
        ("Parents at Wednesday's rally were split", "2022-11-02", "Wednesday's"),
        ("it has lost about two dozen of them to neighboring districts and to Oregon and Washington", "2022-08", "since August"),
        ("Teachers in several U.S. cities have walked out over pay and staffing", "2022", "this year"),
        ("a deal could be reached", "2022-11-24", "before Thanksgiving"),
    ],
)

# ---------------------------------------------------------------------------
# 03 NHS diagnostic waits (Reuters, Wed 2023-03-08)
# ---------------------------------------------------------------------------
CHA = ("the Centre for Health Access", "organization", None)
BLA = ("Harriet Blakemore", "person", "director of research")
DHSC = ("the Department of Health and Social Care", "organization", None)
TOL = ("Graham Tolley", "person", None)

ARTICLES["03_nhs-diagnostic-waits"] = dict(
    published="2023-03-08",
    published_basis="Dateline 'LONDON, March 8 (Reuters)' and the group 'said on Wednesday'; the year is inferred: 'since early 2021' and 'last year' are past and 'by March 2024' is ahead, and March 8 fell on a Wednesday in 2023. Agrees with writer.tsv",
    outlet="Reuters",
    quotes=[
        ("UK patients face longer waits for scans as diagnostic backlog grows", "indirect", *CHA, "says"),
        ("Nearly one in three patients in England referred for key diagnostic tests waited longer than the six-week target at the start of this year", "indirect", *CHA, "said"),
        ("the backlog was delaying cancer diagnoses and adding to pressure on hospitals", "indirect", *CHA, "warning"),
        ("about 1.6 million people were waiting for one of 15 common tests, including MRI and CT scans, endoscopies and ultrasounds, at the end of January", "indirect", *CHA, "said"),
        ("31% of them had been waiting for more than six weeks, up from 27% a year earlier and from less than 3% in 2019", "indirect", *CHA, "said"),
        ("Diagnostics are the front door to almost everything else the health service does,", "direct", *BLA, "said"),
        ("If people can't get a scan, they can't get a diagnosis, and they can't start treatment. The waiting list for operations is only half the story.", "direct", *BLA, "said"),
        ("the think tank's figures were out of date and did not reflect recent progress", "indirect", "a spokesperson for the Department of Health and Social Care", "anonymous", None, "said"),
        ("about 1.4 million patients were waiting for diagnostic tests, and that the number of tests carried out each month was now higher than before the COVID-19 pandemic", "indirect", *DHSC, "said"),
        ("it had opened more than 90 community diagnostic centres, which offer scans and tests outside hospitals, and that the centres had delivered more than 3 million tests since they began opening", "indirect", *DHSC, "said"),
        ('it would set out further plans for diagnostics "in the coming weeks"', "mixed", *DHSC, "said"),
        ("the difference between the two sets of figures was partly explained by the centre's inclusion of some tests that are not counted in official monthly statistics, and by the timing of the data", "indirect", *BLA, "said"),
        ("We are not disputing that activity is up,", "direct", *BLA, "said"),
        ("What we are saying is that demand has gone up faster, and the people waiting longest are disproportionately in the poorest parts of the country.", "direct", *BLA, "said"),
        ("in the most deprived fifth of areas, 36% of patients had waited more than six weeks, compared with 26% in the least deprived fifth - a gap of 10 percentage points, which the centre said had roughly doubled since early 2021", "indirect", *CHA, "found"),
        ("ministers to commit an extra 40 million pounds ($47.6 million) a year to train radiographers and sonographers, and to publish a workforce plan for diagnostic staff by the end of the month", "indirect", *CHA, "called on"),
        ("Vacancy rates among radiographers were running at between 10% and 15% in some regions", "indirect", *CHA, "said"),
        ('trusts were "doing everything they can" to increase capacity but that staff shortages, ageing equipment and strike action were making it harder to clear the backlog', "mixed", "a spokesperson for NHS Providers", "anonymous", None, "said"),
        ("some hospitals were still relying on scanners that were more than 10 years old", "indirect", "NHS Providers", "organization", None, "said"),
        ('the figures for February, due to be published on Thursday next week, were expected to show "a small improvement" in diagnostic waits but that it would take "well into next year" to return to pre-pandemic levels', "mixed", "a senior NHS official", "anonymous", None, "said"),
        ("he waited almost four months for an MRI scan on his back last year after his GP referred him urgently", "indirect", *TOL, "said"),
        ("You sit at home wondering what it is, and nobody can tell you,", "direct", *TOL, "said"),
        ("When I finally got the scan it was done in 20 minutes.", "direct", *TOL, "said"),
        ("eliminate waits of more than 18 months for hospital treatment by April and to cut waits of more than 65 weeks by March 2024", "indirect", "the government", "organization", None, "has pledged"),
        ("diagnostic capacity is central to meeting both targets", "indirect", "Health officials", "anonymous", None, "have said"),
        ('the report showed that the government had "lost control" of waiting times', "mixed", "Opposition Labour", "organization", None, "said"),
    ],
    figures=[
        ("Nearly one in three patients", 1, "patients", "count", "Nearly", "England"),
        ("six-week", 6, "weeks", "duration", None, "the target"),
        ("about 1.6 million people", 1600000, "people", "count", "about", "England"),
        ("15 common tests", 15, "tests", "count", None, None),
        ("31%", 31, "%", "percent", None, "patients waiting"),
        ("more than six weeks", 6, "weeks", "duration", "more than", None, 1),
        ("27%", 27, "%", "percent", None, "patients waiting"),
        ("less than 3%", 3, "%", "percent", "less than", "patients waiting"),
        ("about 7.2 million cases", 7200000, "cases", "count", "about", "the waiting list"),
        ("about 1.4 million patients", 1400000, "patients", "count", "about", "the Department of Health and Social Care"),
        ("more than 90 community diagnostic centres", 90, "centres", "count", "more than", "the Department of Health and Social Care"),
        ("more than 3 million tests", 3000000, "tests", "count", "more than", "the centres"),
        ("two sets", 2, "sets", "count", None, None),
        ("36%", 36, "%", "percent", None, "the most deprived fifth of areas"),
        ("more than six weeks", 6, "weeks", "duration", "more than", None, 2),
        ("26%", 26, "%", "percent", None, "the least deprived fifth"),
        ("10 percentage points", 10, "%", "percent", None, "the gap"),
        ("40 million pounds", 40000000, "GBP", "money", None, "ministers"),
        ("$47.6 million", 47600000, "USD", "money", None, "ministers"),
        ("between 10% and 15%", 10, "%", "percent", None, "radiographers"),
        ("more than 10 years", 10, "years", "duration", "more than", "scanners"),
        ("58", 58, "years", "duration", None, "Graham Tolley"),
        ("almost four months", 4, "months", "duration", "almost", "Graham Tolley"),
        ("20 minutes", 20, "minutes", "duration", None, "the scan"),
        ("more than 18 months", 18, "months", "duration", "more than", "the government"),
        ("more than 65 weeks", 65, "weeks", "duration", "more than", "the government"),
    ],
    events=[
        ("Nearly one in three patients in England referred for key diagnostic tests waited longer than the six-week target", "2023", "at the start of this year"),
        ("a health research group said", "2023-03-08", "on Wednesday"),
        ("about 1.6 million people were waiting for one of 15 common tests", "2023-01", "at the end of January"),
        ("up from 27%", "2022-01", "a year earlier"),
        ("from less than 3%", "2019", "in 2019"),
        ("which the centre said had roughly doubled", "2021", "since early 2021"),
        ("to publish a workforce plan for diagnostic staff", "2023-03", "by the end of the month"),
        ("the figures for February, due to be published", "2023-03-16", "on Thursday next week"),
        ("to return to pre-pandemic levels", "2024", "well into next year"),
        ("he waited almost four months for an MRI scan on his back", "2022", "last year"),
        ("eliminate waits of more than 18 months for hospital treatment", "2023-04", "by April"),
        ("to cut waits of more than 65 weeks", "2024-03", "by March 2024"),
    ],
)

# ---------------------------------------------------------------------------
# 04 Kingsford University job cuts (The Sydney Morning Herald, Fri 2022-06-24)
# ---------------------------------------------------------------------------
HAL = ("Anthony Halvorsen", "person", "Vice-chancellor")
TRAN = ("Eliza Tran-McKenna", "person", "Kingsford branch president")
SPW = ("a university spokeswoman", "anonymous", None)
CAS = ("Mei Lin Castellano", "person", "president of the Kingsford Students’ Association")
ACAD = ("one senior academic in the faculty", "anonymous", None)

ARTICLES["04_kingsford-uni-job-cuts"] = dict(
    published="2022-06-24",
    published_basis="Inferred (no dateline): 'Copyright © 2022'; submissions close 'July 15', 'three weeks from Friday', i.e. Friday 2022-06-24; the proposal 'lands a week before the end of the financial year' (30 June); staff were told 'on Thursday afternoon' (2022-06-23, past); federal government 'elected last month' (May 2022); so Friday 2022-06-24. Agrees with writer.tsv",
    outlet="The Sydney Morning Herald",
    quotes=[
        ("the university had “no realistic alternative” after international enrolments fell by about 40 per cent between 2019 and 2021", "mixed", *HAL, "told staff"),
        ("I want to be direct with you about where we are,", "direct", *HAL, "said"),
        ("We have spent two years hoping the borders would reopen and things would go back to the way they were. They have reopened. Things have not gone back.", "direct", *HAL, "said"),
        ("the university would seek voluntary redundancies first and hoped to keep forced job losses “to an absolute minimum”", "mixed", *HAL, "said"),
        ("the real number of jobs at risk was closer to 240 once casual and fixed-term positions that would not be renewed were counted", "indirect", "the National Tertiary Education Union", "organization", None, "said"),
        ("the proposal “a betrayal of the students who chose this university for these programs”", "mixed", *TRAN, "called"),
        ("They are dressing up a cost-cutting exercise as a restructure,", "direct", *TRAN, "said"),
        ("The university made a surplus of nearly $30 million in 2020 because staff gave up pay rises. Now those same staff are being shown the door.", "direct", *TRAN, "said"),
        ("the 2020 result had been “significantly inflated by one-off items”, including the sale of a building in Ultimo, and did not reflect the underlying position", "mixed", *SPW, "said"),
        ("the university had already reduced spending on consultants and travel by more than $6 million", "indirect", *SPW, "said"),
        ("it did not comment on the staffing decisions of individual universities", "indirect", "a spokesperson for the federal Department of Education", "anonymous", None, "said"),
        ("the announcement caught them off guard", "indirect", "Students", "anonymous", None, "say"),
        ("she had enrolled in Indonesian because it was one of the few programs in Sydney still offering the language at an advanced level", "indirect", *CAS, "said"),
        ("Nobody asked us. We found out from a staff member who was in tears,", "direct", *CAS, "said"),
        ("Half my friends are asking whether they’ll even be able to finish their degrees.", "direct", *CAS, "said"),
        ("all current students would be able to complete the majors they had enrolled in, either at Kingsford or through cross-institutional study at another university", "indirect", "Kingsford University", "organization", None, "said"),
        ("Everything is on the table,", "direct", *TRAN, "said"),
        ("many colleagues had expected cuts but not on this scale", "indirect", *ACAD, "said"),
        ("People thought we might lose a program or two,", "direct", *ACAD, "said"),
        ("Nobody thought they would take out a whole school.", "direct", *ACAD, "said"),
        ("the university expected international student numbers to recover only gradually, with enrolments not forecast to return to 2019 levels before 2025", "indirect", *HAL, "told staff"),
        ("Domestic enrolments had also dipped by about 3 per cent this year as the strong jobs market drew school-leavers into work", "indirect", *HAL, "said"),
    ],
    figures=[
        ("up to 180 jobs", 180, "jobs", "count", "up to", "Kingsford University", 1),
        ("up to 180 jobs", 180, "jobs", "count", "up to", "Kingsford University", 2),
        ("more than $47 million", 47000000, "$", "money", "more than", "Kingsford University"),
        ("28-page", 28, "pages", "count", None, "the change proposal"),
        ("four schools", 4, "schools", "count", None, "Kingsford University"),
        ("two", 2, "schools", "count", None, "Kingsford University", 1),
        ("about 40 per cent", 40, "%", "percent", "about", "international enrolments"),
        ("two years", 2, "years", "duration", None, None),
        ("closer to 240", 240, "jobs", "count", "closer to", "the National Tertiary Education Union"),
        ("nearly $30 million", 30000000, "$", "money", "nearly", "Kingsford University"),
        ("more than $6 million", 6000000, "$", "money", "more than", "Kingsford University"),
        ("about 3 per cent", 3, "%", "percent", "about", "Domestic enrolments"),
        ("about 3,100 full-time equivalent staff", 3100, "staff", "count", "about", "Kingsford University"),
        ("about 250 jobs", 250, "jobs", "count", "about", "Kingsford University"),
    ],
    events=[
        ("the Sydney institution facing a deficit of more than $47 million", "2022", "this year"),
        ("Staff were told of the plan in an all-staff video call", "2022-06-23", "on Thursday afternoon"),
        ("international enrolments fell by about 40 per cent", "2019", "between 2019 and 2021"),
        ("The university made a surplus of nearly $30 million", "2020", "in 2020"),
        ("the new federal government, elected", "2022-05", "last month"),
        ("New enrolments in the affected majors will stop", "2023", "from the start of next year"),
        ("Staff have until July 15 to make submissions on the proposal", "2022-07-15", "until July 15"),
        ("a final decision expected", "2022-08", "in August"),
        ("The union will hold a members’ meeting", "2022-06-28", "next Tuesday"),
        ("enrolments not forecast to return to 2019 levels", "2025", "before 2025"),
        ("Domestic enrolments had also dipped by about 3 per cent", "2022", "this year"),
        ("it shed about 250 jobs", "2020", "in 2020"),
        ("The proposal lands", "2022-06-23", "a week before the end of the financial year"),
        ("the university is expected to confirm a second consecutive operating loss", "2022-06-30", "the end of the financial year"),
    ],
)

# ---------------------------------------------------------------------------
# 05 Winnipeg measles cases (CBC News, Tue 2023-02-07)
# ---------------------------------------------------------------------------
SAN = ("Amrit Sandhu-Leclair", "person", "deputy chief provincial public health officer")
PROV = ("the province", "organization", None)
BAP = ("Jolene Baptiste", "person", None)
MAE = ("Colin Maertens", "person", "infectious disease specialist at the University of Manitoba")

ARTICLES["05_winnipeg-measles-cases"] = dict(
    published="2023-02-07",
    published_basis="Byline line 'Posted: Feb 07, 2023 4:12 PM CST | Last Updated: February 7, 2023'; officials 'said Tuesday' (2023-02-07 was a Tuesday); embedded tweet dated February 6, 2023 ('on Monday evening'). Agrees with writer.tsv",
    outlet="CBC News",
    quotes=[
        ("parents to check vaccine records", "indirect", *PROV, "urges"),
        ("outbreak at north Winnipeg elementary school could grow over next 2 weeks", "indirect", "Public health", "organization", None, "says"),
        ("The number of measles cases linked to a north Winnipeg elementary school has risen to nine", "indirect", "Manitoba public health officials", "anonymous", None, "said"),
        ("The three new cases include a child under one year old, who is too young to have received the measles vaccine", "indirect", *PROV, "said"),
        ("All nine cases are connected to Meadowlark School, where the first case was identified late last month", "indirect", *SAN, "said"),
        ("Measles is one of the most contagious diseases we know of,", "direct", *SAN, "told reporters"),
        ("If you are not immune and you share a room with someone who has it, there is about a 90 per cent chance you will get it.", "direct", *SAN, "told reporters"),
        ("about 140 students and staff at the school were considered close contacts, and that roughly two dozen of them had no record of being vaccinated", "indirect", *SAN, "said"),
        ("Two of the nine people with measles have been admitted to hospital", "indirect", *SAN, "said"),
        ("Measles exposure alert: If you were at the HSC Children’s emergency department on Feb. 3 between 6 p.m. and 11:30 p.m., please check your immunization status and watch for symptoms until Feb. 24.", "direct", "Shared Health", "organization", None, "—"),
        ("symptoms usually start with fever, cough, runny nose and red eyes, followed several days later by a rash that starts on the face and spreads down the body", "indirect", *PROV, "said"),
        ("coverage of about 95 per cent is needed to prevent outbreaks", "indirect", "Public health experts", "anonymous", None, "say"),
        ("coverage in some Winnipeg neighbourhoods was lower still, in some cases below 70 per cent", "indirect", *SAN, "said"),
        ("the province did not yet have a full picture because some records had not been entered into the provincial registry", "indirect", *SAN, "said"),
        ("she had to dig through a box of old papers to find her daughter’s immunization card", "indirect", *BAP, "told CBC News"),
        ("We just assumed she was up to date,", "direct", *BAP, "said"),
        ("Then you look at the card and realize she missed her second shot because that was right when everything shut down in 2020.", "direct", *BAP, "said"),
        ("Her daughter got the second dose on Saturday at a pop-up clinic the province opened in the school gym", "indirect", *BAP, "said"),
        ("about 310 doses had been given at the clinic over the weekend, and it would run again Thursday and Saturday from 10 a.m. to 4 p.m.", "indirect", *PROV, "said"),
        ("classes would continue as normal and that it was working “hand in hand” with public health to reach families, including by translating letters into Tagalog, Punjabi and Amharic", "mixed", "the school division", "organization", None, "said"),
        ("attendance at Meadowlark was down by about a third on Monday, as some parents kept healthy children home", "indirect", "a division spokesperson", "anonymous", None, "said"),
        ("the outbreak was a warning sign for the rest of the province", "indirect", *MAE, "said"),
        ("We’ve had a pandemic that pushed everything else aside for three years, and we’re now paying the bill for that,", "direct", *MAE, "said"),
        ("Measles is usually the first one to show up, because it spreads so easily.", "direct", *MAE, "said"),
        ("the province was reviewing whether to send reminder letters to the families of every child in Manitoba who is behind on routine shots — roughly 18,000 children, by the province’s estimate", "indirect", *SAN, "said"),
        ("a decision would be made by the end of the month", "indirect", *SAN, "said"),
    ],
    figures=[
        ("9", 9, "cases", "count", None, "Meadowlark School", 1),
        ("2 weeks", 2, "weeks", "duration", None, "the outbreak"),
        ("nine", 9, "cases", "count", None, "Meadowlark School", 1),
        ("Six cases", 6, "cases", "count", None, "Meadowlark School"),
        ("three new cases", 3, "cases", "count", None, "Meadowlark School"),
        ("under one year old", 1, "years", "duration", "under", "a child"),
        ("All nine cases", 9, "cases", "count", None, "Meadowlark School"),
        ("about a 90 per cent", 90, "%", "percent", "about", None),
        ("about 140 students and staff", 140, "students and staff", "count", "about", "Meadowlark School"),
        ("roughly two dozen", 24, "people", "count", "roughly", "Meadowlark School"),
        ("21 days", 21, "days", "duration", None, None),
        ("Two", 2, "people", "count", None, None),
        ("nine people", 9, "people", "count", None, None),
        ("about 79 per cent", 79, "%", "percent", "about", "Manitoba children"),
        ("age seven", 7, "years", "duration", None, "Manitoba children"),
        ("nearly 87 per cent", 87, "%", "percent", "nearly", "Manitoba children"),
        ("about eight percentage points", 8, "%", "percent", "about", "Manitoba children"),
        ("about 95 per cent", 95, "%", "percent", "about", None),
        ("below 70 per cent", 70, "%", "percent", "below", "some Winnipeg neighbourhoods"),
        ("eight-year-old", 8, "years", "duration", None, "Jolene Baptiste's daughter"),
        ("about 310 doses", 310, "doses", "count", "about", "the province"),
        ("three years", 3, "years", "duration", None, None),
        ("roughly 18,000 children", 18000, "children", "count", "roughly", "Manitoba"),
    ],
    events=[
        ("The number of measles cases linked to a north Winnipeg elementary school has risen to nine, Manitoba public health officials said", "2023-02-07", "Tuesday"),
        ("Six cases had been confirmed", "2023-02-03", "as of Friday"),
        ("the first case was identified", "2023-01", "late last month"),
        ("Sandhu-Leclair told reporters at the Manitoba legislature", "2023-02-07", "on Tuesday afternoon"),
        ("Shared Health listed new exposure locations", "2023-02-06", "In a tweet on Monday evening"),
        ("If you were at the HSC Children’s emergency department", "2023-02-03", "on Feb. 3"),
        ("watch for symptoms", "2023-02-24", "until Feb. 24"),
        ("Shared Health (@SharedHealthMB)", "2023-02-06", "February 6, 2023"),
        ("about 79 per cent of Manitoba children had received both doses of the measles vaccine by age seven", "2022", "in 2022"),
        ("down from nearly 87 per cent", "2019", "in 2019"),
        ("that was right when everything shut down", "2020", "in 2020"),
        ("Her daughter got the second dose", "2023-02-04", "on Saturday"),
        ("about 310 doses had been given at the clinic", "2023-02-04", "over the weekend"),
        ("it would run again", "2023-02-09", "Thursday and Saturday"),
        ("attendance at Meadowlark was down by about a third", "2023-02-06", "on Monday"),
        ("a decision would be made", "2023-02", "by the end of the month"),
    ],
)

# ---------------------------------------------------------------------------
# 06 Kyiv hospital generators (CTVNews.ca, Thu 2023-01-19)
# ---------------------------------------------------------------------------
MEL = ("Oksana Melnychuk", "person", "medical director")
GAC = ("Global Affairs Canada", "organization", None)
HNA = ("Taras Hnatiuk", "person", "engineer who maintains the hospital's electrical systems")
WHO = ("the World Health Organization", "organization", None)
LYS = ("Kateryna Lysenko", "person", "nurse in the hospital's neonatal intensive care unit")

ARTICLES["06_kyiv-hospital-generators"] = dict(
    published="2023-01-19",
    published_basis="Metadata line 'Published Thursday, January 19, 2023 11:47AM EST'; consistent with the lights going out 'on Monday night' (2023-01-16), the AFP caption dated 'Jan. 16, 2023' and the interview 'on Wednesday' (2023-01-18). Agrees with writer.tsv",
    outlet="CTVNews.ca",
    quotes=[
        ("Before December, those 15 seconds would have been 15 minutes, or an hour, or the whole night,", "direct", *MEL, "said"),
        ("We have operated by headlamp. We have operated with nurses holding phones for light. I don't want to do that ever again.", "direct", *MEL, "said"),
        ("People outside Ukraine think of the war as something that happens at the front. But for a hospital in Kyiv, the war is also the power grid. Every time they hit a substation, we feel it in the operating room, in the neonatal unit, in the dialysis ward.", "direct", *MEL, "said"),
        ("The generator doesn't solve everything. But it means a child on a ventilator is not waiting for the electricity to come back.", "direct", *MEL, "said"),
        ("Ottawa had committed C$115 million to help Ukraine repair and protect its energy system, including about C$22 million for generators and fuel for hospitals and other health facilities", "indirect", *GAC, "said"),
        ("64 generators funded by Canada had been delivered to Ukrainian hospitals as of this week, with up to 40 more expected by the end of February", "indirect", *GAC, "said"),
        ("the second batch had been delayed by a shortage of large industrial units in Europe and that some orders had been redirected to manufacturers in North America", "indirect", "a senior Canadian official", "anonymous", None, "said"),
        ("it had shipped 12 units weighing between eight and 11 tonnes each to a logistics hub in Poland earlier this month", "indirect", "an Ontario-based maker of industrial power equipment", "anonymous", None, "said"),
        ("it would provide €2.5 billion in aid to Ukraine early this year, part of which is to go toward keeping public services, including hospitals, running through the winter", "indirect", "the European Commission", "organization", None, "said"),
        ("the hospital's main unit burns roughly 200 litres of diesel an hour at full load, and that the hospital keeps enough fuel on site for about three days", "indirect", *MEL, "said"),
        ("Fuel is the new currency,", "direct", *HNA, "said"),
        ("Everybody asks me: how many litres do we have? Not how much money.", "direct", *HNA, "said"),
        ("it had verified more than 700 attacks on health care in Ukraine since the Russian invasion began in February 2022, including strikes on hospitals, ambulances and medical warehouses", "indirect", *WHO, "said"),
        ("more than 1,100 health facilities have been damaged and about 170 completely destroyed", "indirect", "Ukraine's Ministry of Health", "organization", None, "saying"),
        ("The difference is partly due to the WHO counting only incidents it has been able to verify independently", "indirect", *WHO, "said"),
        ("staff had learned to work around the outages but that the strain was showing", "indirect", *LYS, "said"),
        ("Several nurses have left Kyiv for western Ukraine or abroad since the war began", "indirect", *LYS, "said"),
        ("We are tired, but the babies don't know there's a war,", "direct", *LYS, "said"),
        ("They need the same care they always did.", "direct", *LYS, "said"),
        ("the hospital treats roughly 1,500 children a month, nearly a third more than before the invasion, as families displaced from the east and south have moved to the capital", "indirect", *MEL, "said"),
        ("she hoped the generators would soon be needed less often, but was not counting on it", "indirect", *MEL, "said"),
        ("Spring will come,", "direct", *MEL, "said"),
        ("But I don't think the missiles will stop with the snow.", "direct", *MEL, "said"),
    ],
    figures=[
        ("about 15 seconds", 15, "seconds", "duration", "about", "the generator"),
        ("nine-year-old", 9, "years", "duration", None, "the boy"),
        ("15 seconds", 15, "seconds", "duration", None, "the generator", 2),
        ("15 minutes", 15, "minutes", "duration", None, None),
        ("C$115 million", 115000000, "CAD", "money", None, "Ottawa"),
        ("about C$22 million", 22000000, "CAD", "money", "about", "Ottawa"),
        ("64 generators", 64, "generators", "count", None, "Canada"),
        ("up to 40 more", 40, "generators", "count", "up to", "Canada"),
        ("12 units", 12, "units", "count", None, "an Ontario-based maker of industrial power equipment"),
        ("between eight and 11 tonnes", 8, "tonnes", "count", None, "the units"),
        ("about 800 kilometres", 800, "kilometres", "count", "about", None),
        ("€2.5 billion", 2500000000, "EUR", "money", None, "the European Commission"),
        ("roughly 200 litres", 200, "litres", "count", "roughly", "the hospital's main unit"),
        ("about three days", 3, "days", "duration", "about", "the hospital"),
        ("more than 700 attacks", 700, "attacks", "count", "more than", "the World Health Organization"),
        ("more than 1,100 health facilities", 1100, "facilities", "count", "more than", "Ukraine's Ministry of Health"),
        ("about 170", 170, "facilities", "count", "about", "Ukraine's Ministry of Health"),
        ("24-hour", 24, "hours", "duration", None, "nurses"),
        ("roughly 1,500 children", 1500, "children", "count", "roughly", "the hospital"),
    ],
    events=[
        ("the lights went out at Kyiv's Regional Children's Hospital No. 3", "2023-01-16", "on Monday night"),
        ("A diesel generator the size of a shipping container, delivered", "2022-12", "last month"),
        ("said Dr. Oksana Melnychuk, the hospital's medical director, in an interview", "2023-01-18", "on Wednesday"),
        ("Russian missile and drone strikes on Ukraine's energy infrastructure", "2022-10", "since October"),
        ("64 generators funded by Canada had been delivered to Ukrainian hospitals", "2023-01-16", "as of this week"),
        ("up to 40 more expected", "2023-02", "by the end of February"),
        ("it had shipped 12 units weighing between eight and 11 tonnes each to a logistics hub in Poland", "2023-01", "earlier this month"),
        ("the European Commission said it would provide €2.5 billion in aid to Ukraine", "2022-12", "In December"),
        ("provide €2.5 billion in aid to Ukraine", "2023", "early this year"),
        ("The World Health Organization said in a statement", "2023-01-09", "last week"),
        ("the Russian invasion began", "2022-02", "in February 2022"),
        ("Children's hospital staff check a backup generator in Kyiv, Ukraine", "2023-01-16", "on Jan. 16, 2023"),
    ],
)


def quote(t):
    text, kind, speaker, stype, role, cue = t[:6]
    d = {"text": text}
    if len(t) > 6:
        d["occurrence"] = t[6]
    d.update(kind=kind, speaker=speaker, speaker_type=stype, role=role, cue=cue)
    return d


def figure(t):
    text, value, unit, cat, approx, subject = t[:6]
    d = {"text": text}
    if len(t) > 6:
        d["occurrence"] = t[6]
    d.update(value=value, unit=unit, category=cat, approx=approx, subject=subject)
    return d


def event(t):
    text, date, date_text = t[:3]
    d = {"text": text}
    if len(t) > 3:
        d["occurrence"] = t[3]
    d.update(date=date, date_text=date_text)
    return d


def main():
    for name, a in ARTICLES.items():
        out = {
            "article": name + ".txt",
            "published": a["published"],
            "published_basis": a["published_basis"],
            "outlet": a["outlet"],
            "quotes": [quote(q) for q in a["quotes"]],
            "figures": [figure(f) for f in a["figures"]],
            "events": [event(e) for e in a["events"]],
        }
        with open(os.path.join(ROOT, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote", len(ARTICLES), "files")


if __name__ == "__main__":
    main()
