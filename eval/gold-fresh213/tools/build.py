#!/usr/bin/env python3
"""Write the hand-made gold annotations of gold-fresh213 to JSON.

Every quote, figure and event below was chosen by hand from a full reading of the
article; this script only turns the literals into one JSON file per article.
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


GOLD = []

# ---------------------------------------------------------------------------
# 01 The Canadian Press, Thursday 2021-08-12
# ---------------------------------------------------------------------------
SMG = "Seabright Media Group"
MACKAY = ("Lorraine MacKay", "person", "chief executive")
THIB = ("Gail Thibodeau", "person", None)
COUNC = ("a town councillor in Amherst", "anonymous", None)
GOLD.append({
    "article": "01_atlantic-weeklies-close.txt",
    "published": "2021-08-12",
    "published_basis": "'Published Thursday, Aug. 12, 2021 5:14PM EDT' line (and 'Last Updated Thursday, Aug. 12, 2021'); body: staff meeting 'Thursday morning'; CP tagline 'first published Aug. 12, 2021'; 2021-08-12 was a Thursday; agrees with writer.tsv",
    "outlet": "The Canadian Press",
    "quotes": [
        Q("it will close six weekly papers in Nova Scotia and New Brunswick, leaving at least four towns without a local print publication for the first time in more than a century",
          "indirect", SMG, "organization", None, "says"),
        Q("the last editions of the six titles would roll off the press on Sept. 2, with a single regional website taking their place",
          "indirect", SMG, "organization", None, "told employees"),
        Q("This is not a decision anyone in this company wanted to make,", "direct", *MACKAY, "said"),
        Q("Print advertising across our weekly titles has fallen by 61 per cent since 2015, and the pandemic took away most of what was left of our flyer and events business.",
          "direct", *MACKAY, "said"),
        Q("38 full- and part-time positions would be eliminated", "indirect", SMG, "organization", None, "said"),
        Q("44 people would lose work once freelance correspondents and carriers paid by the piece were counted",
          "indirect", "the Atlantic Communications Workers local", "organization", None, "saying"),
        Q("Those correspondents are the people who sit through every council meeting and every school board meeting,",
          "direct", "Ray Doucette", "person", "staff representative", "said"),
        Q("When the company gives you a figure of 38, it’s leaving out the people who actually fill these papers.",
          "direct", "Ray Doucette", "person", "staff representative", "said"),
        Q("freelancers and carriers were “not employees of the company” and would be paid for all work already assigned",
          "mixed", SMG, "organization", None, "said"),
        Q("the six papers have a paid weekly circulation of about 9,800, down from nearly 21,000 a decade ago",
          "indirect", SMG, "organization", None, "according to"),
        Q("she learned of the closure on a video call with about two dozen colleagues", "indirect", *THIB, "said"),
        Q("I knew the numbers weren’t good. Everybody in this business knows the numbers aren’t good,",
          "direct", *THIB, "told The Canadian Press"),
        Q("But there’s a difference between knowing it and hearing somebody read out the date. There are people in this town who have clipped every obituary we’ve ever run. I don’t know what they do now.",
          "direct", *THIB, None),
        Q("The website will be fine for some people. It won’t be fine for a 90-year-old in Port Elgin who doesn’t own a computer.",
          "direct", *THIB, None),
        Q("she had not yet decided whether to apply for one of the handful of positions the company plans to create on the new regional site",
          "indirect", *THIB, "said"),
        Q("would employ seven reporters covering “the whole of the Maritime footprint.”", "mixed", *MACKAY, "said"),
        Q("Seabright received about $410,000 over the past two years through the federal Local Journalism Initiative, which pays for reporters covering underserved communities",
          "indirect", SMG, "organization", None, "according to"),
        Q("those positions would be moved to the website and would continue until the funding agreements expire next year",
          "indirect", SMG, "organization", None, "said"),
        Q("Subscribers will be offered a refund for the remainder of their subscriptions or a free year of digital access",
          "indirect", SMG, "organization", None, "said"),
        Q("the Sentinel was the only place residents could find the full text of public notices", "indirect", *COUNC, "said"),
        Q("staff would now have to look at running them in a Halifax daily at a higher cost", "indirect", *COUNC, "said"),
        Q("the company would review its remaining titles “over the coming months” but had no further closures planned",
          "mixed", *MACKAY, "said"),
    ],
    "figures": [
        F("six community weeklies", 6, "weeklies", "count", None, SMG),
        F("six weekly papers", 6, "papers", "count", None, SMG),
        F("at least four towns", 4, "towns", "count", "at least", None),
        F("six titles", 6, "titles", "count", None, SMG),
        F("61 per cent", 61, "%", "percent", None, "print advertising"),
        F("38 full- and part-time positions", 38, "positions", "count", None, SMG),
        F("44 people", 44, "people", "count", None, "the Atlantic Communications Workers local"),
        F("38", 38, "positions", "count", None, SMG, occurrence=2),
        F("six papers", 6, "papers", "count", None, SMG),
        F("about 9,800", 9800, "copies", "count", "about", "the six papers"),
        F("nearly 21,000", 21000, "copies", "count", "nearly", "the six papers"),
        F("between 900 and 2,400 copies", 900, "copies", "count", None, "Individual titles"),
        F("19 years", 19, "years", "duration", None, "Gail Thibodeau"),
        F("about two dozen colleagues", 24, "colleagues", "count", "about", None),
        F("90-year-old", 90, "years", "duration", None, None),
        F("seven reporters", 7, "reporters", "count", None, "the new regional site"),
        F("about $410,000", 410000, "$", "money", "about", SMG),
        F("two years", 2, "years", "duration", None, SMG),
        F("two family-owned publishers", 2, "publishers", "count", None, SMG),
        F("nine weekly", 9, "newspapers", "count", None, SMG),
        F("two daily newspapers", 2, "newspapers", "count", None, SMG),
    ],
    "events": [
        E("The paper will publish its final print edition", "2021-09", "next month"),
        E("Seabright Media Group told employees at a staff meeting", "2021-08-12", "Thursday morning"),
        E("the last editions of the six titles would roll off the press", "2021-09-02", "on Sept. 2"),
        E("Print advertising across our weekly titles has fallen by 61 per cent", "2015", "since 2015"),
        E("The oldest of them, the Cumberland Sentinel, has published in some form", "1884", "since 1884"),
        E("the funding agreements expire", "2022", "next year"),
        E("Seabright, which is privately owned, was formed", "2019", "in 2019"),
    ],
})

# ---------------------------------------------------------------------------
# 02 The Associated Press, Monday 2021-11-22
# ---------------------------------------------------------------------------
LUM = "Lumenline"
HALF = "Halfmoon Pictures"
PAWU = "the Pacific Animation Workers Union"
WHIT = ("Dana Whitcomb", "person", "layout artist")
VAL = ("Teodor Valescu", "person", "creator")
OKA = ("Ruth Okafor", "person", "Halfmoon chief executive")
BENN = ("Carla Benn", "person", "media analyst")
GOLD.append({
    "article": "02_streamer-shelves-animated-series.txt",
    "published": "2021-11-22",
    "published_basis": "metadata line 'date 2021-11-22' at the top; body: studio 'said Monday', shares fell 'in trading Monday'; 2021-11-22 was a Monday; 'Copyright 2021' footer; agrees with writer.tsv",
    "outlet": "The Associated Press",
    "quotes": [
        Q("it would lay off a large share of its staff as a result", "indirect", HALF, "organization", None, "said"),
        Q('"Hollow Crown," a 10-episode series aimed at teenagers, would not be released on Dec. 10 as scheduled',
          "mixed", LUM, "organization", None, "confirmed"),
        Q('it was "re-evaluating its family and animation slate"', "mixed", LUM, "organization", None, "said"),
        Q("it would cut 140 jobs, roughly 40% of its workforce", "indirect", HALF, "organization", None, "said"),
        Q("nearly 200 people, including freelance storyboard artists and background painters, had been told their work would end by the end of the month",
          "indirect", PAWU, "organization", None, "saying"),
        Q("We got an email on Friday afternoon. By Saturday, people's logins had stopped working,", "direct", *WHIT, "said"),
        Q("Most of us found out from each other.", "direct", *WHIT, "said"),
        Q("The series cost about $85 million to produce", "indirect", "two people familiar with the budget", "anonymous", None, "according to"),
        Q('the series was "finished, mixed and delivered," and that he had seen the final episode only two weeks earlier',
          "mixed", *VAL, "wrote"),
        Q("Two hundred people gave years of their lives to this,", "direct", *VAL, "wrote"),
        Q("It exists. It's done. Somebody just decided nobody gets to see it.", "direct", *VAL, "wrote"),
        Q("the studio had no choice once the second season, which was already in early production, was canceled along with the first",
          "indirect", *OKA, "said"),
        Q("We staffed up for a multi-season commitment,", "direct", *OKA, "said"),
        Q("When that goes away in one phone call, there isn't a version of this where everyone keeps their job.", "direct", *OKA, "said"),
        Q("the studio would continue work on two smaller projects for other clients and hoped to rehire some artists next year",
          "indirect", *OKA, "said"),
        Q("it expected content costs to rise by just 6% next year, after growth of more than 20% in each of the past two years",
          "indirect", "Lumenline's parent company", "organization", None, "told analysts"),
        Q("removing a finished show from release, rather than quietly burying it on a platform, was unusual but not unheard of",
          "indirect", "Industry analysts", "anonymous", None, "said"),
        Q("A series that streams does carry ongoing costs — residuals, marketing, localization into a dozen languages,", "direct", *BENN, "said"),
        Q("If you've decided it won't pull in new subscribers, it can be cheaper on paper to never release it at all.", "direct", *BENN, "said"),
        Q('it had asked Lumenline to release the series or return the rights to its creators, and that it was "exploring every option" on behalf of laid-off members',
          "mixed", PAWU, "organization", None, "said"),
        Q('the cancellation "a sign of how disposable the people making this work have become."', "mixed", PAWU, "organization", None, "called"),
        Q("she and several colleagues had started saving clips and artwork they were allowed to keep for their portfolios", "indirect", *WHIT, "said"),
        Q("The strange thing,", "direct", *WHIT, "said"),
        Q("is that it's the best thing I've ever worked on, and I can't show it to anyone.", "direct", *WHIT, "said"),
    ],
    "figures": [
        F("less than three weeks", 3, "weeks", "duration", "less than", LUM),
        F("10-episode", 10, "episode", "count", None, "Hollow Crown"),
        F("140 jobs", 140, "jobs", "count", None, HALF),
        F("roughly 40%", 40, "%", "percent", "roughly", HALF),
        F("nearly 200 people", 200, "people", "count", "nearly", None),
        F("two and a half years", 2.5, "years", "duration", None, "Dana Whitcomb"),
        F("about $85 million", 85000000, "$", "money", "about", "Hollow Crown"),
        F("two people", 2, "people", "count", None, None),
        F("two weeks", 2, "weeks", "duration", None, "Teodor Valescu"),
        F("Two hundred people", 200, "people", "count", None, None),
        F("more than 30,000 times", 30000, "times", "count", "more than", None),
        F("two smaller projects", 2, "projects", "count", None, HALF),
        F("6%", 6, "%", "percent", None, "content costs"),
        F("more than 20%", 20, "%", "percent", "more than", "content costs"),
        F("two years", 2, "years", "duration", None, "Lumenline's parent company"),
        F("2.1%", 2.1, "%", "percent", None, "Shares in the parent company"),
        F("a dozen languages", 12, "languages", "count", None, None),
    ],
    "events": [
        E("the studio that made it said Monday it would lay off a large share of its staff as a result", "2021-11-22", "Monday"),
        E('"Hollow Crown," a 10-episode series aimed at teenagers, would not be released', "2021-12-10", "on Dec. 10"),
        E("their work would end", "2021-11", "by the end of the month"),
        E("We got an email", "2021-11-19", "on Friday afternoon"),
        E("people's logins had stopped working", "2021-11-20", "By Saturday"),
        E("The show's creator, Teodor Valescu, wrote on Twitter", "2021-11-20", "over the weekend"),
        E("he had seen the final episode", "2021-11", "only two weeks earlier"),
        E("The post had been shared more than 30,000 times", "2021-11-22", "by Monday afternoon"),
        E("hoped to rehire some artists", "2022", "next year"),
        E("Lumenline's parent company told analysts", "2021-11", "earlier this month"),
        E("content costs to rise by just 6%", "2022", "next year"),
        E("Shares in the parent company fell 2.1%", "2021-11-22", "Monday"),
    ],
})

# ---------------------------------------------------------------------------
# 03 Reuters, Tuesday 2022-03-08
# ---------------------------------------------------------------------------
NG = "Northgate Press"
CRC = "Calder Ridge Capital"
HEE = ("Simon Heeley", "person", "fund manager")
GOLD.append({
    "article": "03_uk-regional-publisher-bid.txt",
    "published": "2022-03-08",
    "published_basis": "dateline 'LONDON, March 8 (Reuters)' with 'said on Tuesday'; the year is not printed but follows from the text: digital revenue figures 'in 2021' from a trading update 'in January', so early 2022, and March 8 fell on a Tuesday in 2022; agrees with writer.tsv",
    "outlet": "Reuters",
    "quotes": [
        Q("it had rejected a takeover approach worth about £48 million ($63 million) from U.S. investment firm Calder Ridge Capital",
          "indirect", NG, "organization", None, "said"),
        Q('the offer "significantly undervalues" the group and its digital prospects', "mixed", NG, "organization", None, "saying"),
        Q("Calder Ridge offered 125 pence per share in cash, a premium of about 32% to Northgate's closing price on Monday",
          "indirect", NG, "organization", None, "said"),
        Q("The approach, first made in late February, was followed by a second, unchanged proposal last week",
          "indirect", NG, "organization", None, "added"),
        Q("The board is confident in Northgate's standalone strategy and believes the proposal does not reflect the value it will deliver to shareholders over the next three years,",
          "direct", "Philip Ashworth", "person", "chairman", "said"),
        Q('it was considering its options and remained "a patient and constructive" potential owner', "mixed", CRC, "organization", None, "said"),
        Q("Calder Ridge was unlikely to raise its offer by more than a few pence and had already spoken to several of Northgate's largest investors",
          "indirect", "A person familiar with the matter", "anonymous", None, "said"),
        Q("a fair price for the business would be between 140 and 160 pence per share, given its property holdings and a pension deficit that has narrowed to about £22 million from £71 million two years ago",
          "indirect", "Analysts at one London brokerage", "anonymous", None, "said"),
        Q("This looks like an opportunistic attempt to buy the group at the bottom of the cycle,", "direct", *HEE, "said"),
        Q("But the board will need to show that its own plan can actually get the share price back above 125 on its own.", "direct", *HEE, "said"),
        Q('they were concerned that a private equity-style owner would seek further cuts to local newsrooms, which they said had already been "hollowed out" by years of redundancies',
          "mixed", "Union representatives for journalists at Northgate", "anonymous", None, "said"),
        Q('its advisers had not held detailed talks with Calder Ridge and that it would update the market "as and when appropriate"',
          "mixed", NG, "organization", None, "said"),
    ],
    "figures": [
        F("48 mln stg", 48000000, "GBP", "money", None, CRC),
        F("about £48 million", 48000000, "GBP", "money", "about", CRC),
        F("$63 million", 63000000, "USD", "money", None, CRC),
        F("more than 60 local and regional titles", 60, "titles", "count", "more than", NG),
        F("as much as 31%", 31, "%", "percent", "as much as", "Shares in Northgate"),
        F("24%", 24, "%", "percent", None, "Shares in Northgate"),
        F("118 pence", 1.18, "GBP", "money", None, "Shares in Northgate"),
        F("125 pence", 1.25, "GBP", "money", None, CRC),
        F("about 32%", 32, "%", "percent", "about", CRC),
        F("three years", 3, "years", "duration", None, NG),
        F("four years", 4, "years", "duration", None, NG),
        F("38%", 38, "%", "percent", None, "Digital revenue"),
        F("7 percentage points", 7, "%", "percent", None, "Digital revenue"),
        F("11%", 11, "%", "percent", None, "print advertising"),
        F("about a dozen weekly titles", 12, "titles", "count", "about", NG),
        F("roughly 1,450", 1450, "employees", "count", "roughly", NG),
        F("more than 2,000", 2000, "employees", "count", "more than", NG),
        F("between 140 and 160 pence", 1.4, "GBP", "money", None, NG),
        F("about £22 million", 22000000, "GBP", "money", "about", "pension deficit"),
        F("£71 million", 71000000, "GBP", "money", None, "pension deficit"),
        F("125", 1.25, "GBP", "money", None, "share price", occurrence=2),
    ],
    "events": [
        E("Northgate Press said on Tuesday it had rejected a takeover approach worth about £48 million ($63 million) from U.S. investment firm Calder Ridge Capital",
          "2022-03-08", "on Tuesday"),
        E("Northgate's closing price", "2022-03-07", "on Monday"),
        E("The approach, first made", "2022-02", "in late February"),
        E("was followed by a second, unchanged proposal", "2022-02-28", "last week"),
        E("it has until April 5 to announce a firm offer or walk away", "2022-04-05", "until April 5"),
        E("Digital revenue rose to 38% of the total", "2021", "in 2021"),
        E("a trading update", "2022-01", "in January"),
        E("closing or merging about a dozen weekly titles", "2019", "since 2019"),
    ],
})

# ---------------------------------------------------------------------------
# 04 Northline News, Wednesday 2022-10-05
# ---------------------------------------------------------------------------
MEL = ("Oksana Melnychuk", "person", "artistic director")
SHEV = ("Marko Shevchuk", "person", None)
HRY = ("Dmytro Hrytsenko", "person", "Actor")
GOLD.append({
    "article": "04_kyiv-theatre-sirens.txt",
    "published": "2022-10-05",
    "published_basis": "lead-video line 'WATCH: Kyiv theatre plays on through air raid sirens – Oct 5, 2022' (as in the seed gold's Global News page); the reported performance was 'on Tuesday evening' (2022-10-04, the day before a Wednesday); '© 2022' footer; agrees with writer.tsv",
    "outlet": "Northline News",
    "quotes": [
        Q("People ask me why we keep doing this,", "direct", *MEL, "said"),
        Q("I tell them that if we close, then they have taken this from us too. The show has to go on — but sometimes it goes on downstairs.", "direct", *MEL, "said"),
        Q("We lose money on every performance,", "direct", *MEL, "said"),
        Q("But we lost much more when we were closed.", "direct", *MEL, "said"),
        Q("the theatre covers only about a third of its costs through sales, with the rest coming from the city budget and private donations",
          "indirect", *MEL, "said"),
        Q("A group of Ukrainian-Canadian arts organizations in Edmonton and Winnipeg raised more than C$85,000 over the summer to buy two diesel generators and a ventilation system for the basement",
          "indirect", "the organizers", "anonymous", None, "according to"),
        Q("When the power goes out, the performance doesn't have to stop anymore,", "direct", *SHEV, "said"),
        Q("the group hopes to raise another $50,000 by the end of the year", "indirect", *SHEV, "said"),
        Q("Two of them were wounded in the east this summer", "indirect", *MEL, "said"),
        Q("the audience has changed since the invasion", "indirect", *HRY, "said"),
        Q("Before, people came to be entertained,", "direct", *HRY, "told reporters"),
        Q("Now they come because they need two hours when they are not reading the news. You can feel it — they laugh louder, and they cry more easily.",
          "direct", *HRY, "told reporters"),
        Q("the change “not a ban, but a choice.”", "mixed", *MEL, "called"),
        Q("more than 500 cultural heritage sites and institutions have been damaged or destroyed since the invasion began",
          "indirect", "Ukraine's Ministry of Culture", "organization", None, "said"),
        Q("the theatre plans to open a production of a Ukrainian classic later this month and is already rehearsing a New Year's show for children",
          "indirect", *MEL, "said"),
        Q("Every time the siren goes, I think, maybe tonight people will just go home,", "direct", *MEL, "said"),
        Q("They never do. They wait for us.", "direct", *MEL, "said"),
    ],
    "figures": [
        F("about 110 theatregoers", 110, "theatregoers", "count", "about", "Lystopad Theatre"),
        F("Fifty minutes", 50, "minutes", "duration", None, None),
        F("nearly three months", 3, "months", "duration", "nearly", "Lystopad Theatre"),
        F("five", 5, "performances", "count", None, "Lystopad Theatre"),
        F("120 people", 120, "people", "count", None, "Lystopad's basement"),
        F("420", 420, "seats", "count", None, "The main hall"),
        F("about 300 hryvnias", 300, "UAH", "money", "about", "Tickets"),
        F("roughly $11", 11, "CAD", "money", "roughly", "Tickets"),
        F("more than C$85,000", 85000, "CAD", "money", "more than", "A group of Ukrainian-Canadian arts organizations"),
        F("two diesel generators", 2, "generators", "count", None, "Lystopad Theatre"),
        F("$50,000", 50000, "CAD", "money", None, "the group"),
        F("60 actors and technicians", 60, "actors and technicians", "count", None, "Lystopad Theatre"),
        F("14", 14, "actors and technicians", "count", None, "Lystopad Theatre"),
        F("Two", 2, "actors and technicians", "count", None, "Lystopad Theatre"),
        F("34", 34, "years", "duration", None, "Dmytro Hrytsenko"),
        F("two hours", 2, "hours", "duration", None, None),
        F("two new plays", 2, "plays", "count", None, "Lystopad Theatre"),
        F("more than 500 cultural heritage sites and institutions", 500, "sites", "count", "more than", "Ukraine's Ministry of Culture"),
        F("about 200", 200, "sites", "count", "about", "UNESCO"),
    ],
    "events": [
        E("The second act had barely started on Tuesday evening when the phones in the audience began to buzz", "2022-10-04", "on Tuesday evening"),
        E("the actors of Kyiv's Lystopad Theatre did what they have now done dozens of times", "2022", "since the spring"),
        E("The theatre, a 1920s building in the city's historic centre, closed", "2022-02-24", "on Feb. 24"),
        E("Russia launched its full-scale invasion", "2022-02-24", "Feb. 24"),
        E("It reopened", "2022-05", "in late May"),
        E("A group of Ukrainian-Canadian arts organizations in Edmonton and Winnipeg raised more than C$85,000", "2022", "over the summer"),
        E("who visited the theatre", "2022-08", "in August"),
        E("the group hopes to raise another $50,000", "2022", "by the end of the year"),
        E("Two of them were wounded in the east", "2022", "this summer"),
        E("he told reporters", "2022-10-04", "after Tuesday's performance"),
        E("two new plays written", "2022-02", "since February"),
        E("most theatres, cinemas and concert halls reopened", "2022", "over the summer"),
        E("the theatre plans to open a production of a Ukrainian classic", "2022-10", "later this month"),
    ],
})

# ---------------------------------------------------------------------------
# 05 The Harbour Times, Saturday 2023-02-18
# ---------------------------------------------------------------------------
KST = "Kettle Street Theatre Company"
KWAN = ("Meredith Kwan", "person", "Artistic director")
SPOKES = ("a spokeswoman for the NSW government’s arts agency", "anonymous", None)
BOARD = ("One board member", "anonymous", None)
TERANGI = ("Jonah Te Rangi", "person", "Playwright")
GOLD.append({
    "article": "05_sydney-theatre-administration.txt",
    "published": "2023-02-18",
    "published_basis": "no dateline or metadata; text fixes February 2023 ('© 2023'; funding round 'in December', meetings 'in January', a letter 'earlier this month', 'next month's state election') and a day after a Friday ('on Friday morning', 'said on Friday', 'Thursday night', 'next Saturday's performance'), i.e. a Saturday paper, but not which week; writer.tsv's 2023-02-18 (a Saturday) taken for that reason",
    "outlet": "The Harbour Times",
    "quotes": [
        Q("administrators had been appointed and that next Saturday’s performance would be its last", "indirect", KST, "organization", None, "told staff and artists"),
        Q("a final bid for emergency support had been knocked back", "indirect", KST, "organization", None, "learned"),
        Q("she had spent the past two months “knocking on every door in this city”", "mixed", *KWAN, "said"),
        Q("We did everything we were told to do. We cut the season from eight shows to five. We cut our own salaries. We ran a crowdfunding campaign that raised more than $90,000 from people who, frankly, don’t have $90,000 to spare right now,",
          "direct", *KWAN, "said"),
        Q("And at the end of it we were still short. Not by a little — by more than a million dollars.", "direct", *KWAN, None),
        Q("I don’t want anyone to think this is about one bad year. This is what happens when small companies are asked to run on goodwill for a decade and then the goodwill runs out.",
          "direct", *KWAN, None),
        Q("the funding process as “a lottery with worse odds”", "mixed", *KWAN, "described"),
        Q("dozens of companies were competing for a pool of money that had barely grown since 2019", "indirect", *KWAN, "saying"),
        Q("the latest round had been “highly competitive” and assessed by independent peer panels", "mixed", *SPOKES, "said"),
        Q("the government had offered Kettle Street “transition support” and the agency had met the company’s management twice in January", "mixed", *SPOKES, "said"),
        Q("it was $75,000, far short of the company’s shortfall", "indirect", "Two people familiar with the talks", "anonymous", None, "said"),
        Q("the company owed about $900,000, including wages and superannuation for its 23 staff", "indirect", "The administrators", "anonymous", None, "said"),
        Q("the gap reflected money owed that had since been paid or disputed", "indirect", "a partner at the firm", "anonymous", None, "said"),
        Q("Audiences at Kettle Street’s 96-seat main house were down 27 per cent last year compared with 2019", "indirect", KST, "organization", None, "according to"),
        Q("the board had considered selling the lease on the depot building but could not do so without the landlord’s consent", "indirect", *BOARD, "said"),
        Q("We kept hoping the audience would come back in the next quarter, and the one after that,", "direct", *BOARD, "said"),
        Q("We were probably too optimistic for too long.", "direct", *BOARD, "said"),
        Q("he owed the company “basically my whole career”", "mixed", *TERANGI, "said"),
        Q("It was the place where you were allowed to fail in front of 96 people instead of 900,", "direct", *TERANGI, "said"),
        Q("both major parties to commit to a boost in multi-year funding for small and independent companies", "indirect", "arts groups", "anonymous", None, "lobbying"),
        Q("it would add a free public reading on the final Sunday", "indirect", KST, "organization", None, "said"),
        Q("the closure would leave a gap in the inner west that would be hard to fill", "indirect", *KWAN, "said"),
        Q("Buildings can be reopened,", "direct", *KWAN, "said"),
        Q("What you lose is the people who knew how to do this and who’ll now go and do something else.", "direct", *KWAN, "said"),
    ],
    "figures": [
        F("31 years", 31, "years", "duration", None, KST),
        F("two months", 2, "months", "duration", None, "Meredith Kwan"),
        F("eight shows", 8, "shows", "count", None, KST),
        F("five", 5, "shows", "count", None, KST),
        F("more than $90,000", 90000, "$", "money", "more than", "crowdfunding campaign"),
        F("$90,000", 90000, "$", "money", None, None, occurrence=2),
        F("more than a million dollars", 1000000, "$", "money", "more than", KST),
        F("about $620,000", 620000, "$", "money", "about", "state funding"),
        F("Two people", 2, "people", "count", None, None),
        F("$75,000", 75000, "$", "money", None, "transition support"),
        F("about $900,000", 900000, "$", "money", "about", KST),
        F("23 staff", 23, "staff", "count", None, KST),
        F("$1.1 million", 1100000, "$", "money", None, KST),
        F("96-seat", 96, "seat", "count", None, "Kettle Street’s main house"),
        F("27 per cent", 27, "%", "percent", None, "Audiences"),
        F("between 10 and 15 new scripts", 10, "scripts", "count", None, KST),
        F("roughly 100 freelance actors, designers and technicians", 100, "actors, designers and technicians", "count", "roughly", KST),
        F("96 people", 96, "people", "count", None, None),
        F("900", 900, "people", "count", None, None, occurrence=2),
        F("four performances", 4, "performances", "count", None, "Kettle Street’s final production"),
    ],
    "events": [
        E("which has staged new Australian work from a converted tram depot in Marrickville", "1992", "since 1992"),
        E("told staff and artists on Friday morning that administrators had been appointed", "2023-02-17", "on Friday morning"),
        E("next Saturday’s performance would be its last", "2023-02-25", "next Saturday"),
        E("The decision was made at an emergency board meeting", "2023-02-16", "on Thursday night"),
        E("The company lost its multi-year state funding", "2022-12", "in December"),
        E("It had received that support in some form", "2008", "since 2008"),
        E("a pool of money that had barely grown", "2019", "since 2019"),
        E("the agency had met the company’s management twice", "2023-01", "in January"),
        E("the $1.1 million the company itself cited in a letter to subscribers", "2023-02", "earlier this month"),
        E("Creditors will meet for the first time", "2023-03-01", "on Wednesday week"),
        E("Audiences at Kettle Street’s 96-seat main house were down 27 per cent", "2022", "last year"),
        E("whose first play premiered there", "2014", "in 2014"),
        E("said on Friday that he owed the company “basically my whole career”", "2023-02-17", "on Friday"),
        E("state election", "2023-03", "next month"),
    ],
})

# ---------------------------------------------------------------------------
# 06 British national newspaper website (outlet not named), Friday 2023-09-15
# ---------------------------------------------------------------------------
HP = "The Humber Playhouse"
MIT = ("Joanne Mitford", "person", "chief executive")
HCC = "Hull city council"
ACK = ("Pauline Ackroyd", "person", None)
GOLD.append({
    "article": "06_hull-theatre-raac.txt",
    "published": "2023-09-15",
    "published_basis": "metadata line 'date 2023-09-15' at the top and byline timestamp 'Fri 15 Sep 2023 12.40 BST'; body: theatre 'said on Thursday', industry groups 'said on Friday'; agrees with writer.tsv",
    "outlet": None,
    "quotes": [
        Q("it had received a structural report the previous evening identifying about 40 RAAC panels, several of them showing signs of cracking",
          "indirect", HP, "organization", None, "said"),
        Q("it was contacting about 14,000 ticket holders to offer refunds or exchanges", "indirect", HP, "organization", None, "said"),
        Q("We are heartbroken to share that, on the advice of structural engineers, the Playhouse is closed until further notice. The safety of our audiences, artists and staff has to come first. We will be in touch with everyone who has booked.",
          "direct", HP, "organization", None, "wrote"),
        Q("the news had come “completely out of the blue”", "mixed", *MIT, "said"),
        Q("We had a full house for a comedy night on Tuesday,", "direct", *MIT, "said"),
        Q("Forty-eight hours later I’m standing in an empty auditorium with hard hats and tape across the doors. It is very difficult to take in.", "direct", *MIT, "said"),
        Q("the trust was looking at whether the production could be moved to another venue in the city, but that “nothing of that size is sitting empty in December”",
          "mixed", *MIT, "said"),
        Q("If we lose panto,", "direct", *MIT, "added"),
        Q("we lose the thing that pays for everything else we do the rest of the year.", "direct", *MIT, "added"),
        Q("it was “working closely with the trust” and had commissioned further surveys to establish the full extent of the problem",
          "mixed", HCC, "organization", None, "said"),
        Q("it was too early to say how long repairs would take or how much they would cost", "indirect", HCC, "organization", None, "said"),
        Q("engineers had given a preliminary estimate of between £3.5m and £5m to replace the affected section of roof",
          "indirect", "Two people briefed on the initial findings", "anonymous", None, "said"),
        Q("the figure could rise once the panels were examined more closely",
          "indirect", "one of two people briefed on the initial findings", "anonymous", None, "cautioned"),
        Q("it will lose about £1.2m in income if the venue stays closed until the new year", "indirect", "the trust", "organization", None, "estimates"),
        Q("permanent staff would be paid in full “for as long as we possibly can”, and that the trust was urgently discussing support for casual workers",
          "mixed", *MIT, "said"),
        Q("they expected more venues to be affected", "indirect", "Theatre industry groups", "anonymous", None, "said"),
        Q("it had asked its members to check building records “as a matter of urgency”, and that it was aware of at least three other venues that had commissioned surveys in the past week",
          "mixed", "a spokesperson for a national body representing regional theatres", "anonymous", None, "said"),
        Q("rebooking at short notice would be “close to impossible” for a large-scale show", "mixed", "One producer", "anonymous", None, "said"),
        Q("the government to set up a dedicated fund for cultural buildings affected by RAAC, similar to the money made available for schools",
          "indirect", "Local MPs and councillors", "anonymous", None, "called on"),
        Q("it was “aware of the situation in Hull” and was in contact with the council", "mixed",
          "the Department for Culture, Media and Sport", "organization", None, "said"),
        Q("I’ve been coming here since I was about seven,", "direct", *ACK, "said"),
        Q("she had tickets for three shows this autumn", "indirect", *ACK, "said"),
        Q("You just assume it’s always going to be here.", "direct", *ACK, "said"),
    ],
    "figures": [
        F("850-seat", 850, "seat", "count", None, HP),
        F("about 40 RAAC panels", 40, "panels", "count", "about", HP),
        F("about 14,000 ticket holders", 14000, "ticket holders", "count", "about", HP),
        F("Forty-eight hours", 48, "hours", "duration", None, None),
        F("Two people", 2, "people", "count", None, None),
        F("between £3.5m and £5m", 3500000, "GBP", "money", None, "roof repairs"),
        F("about £1.2m", 1200000, "GBP", "money", "about", "the trust"),
        F("62 permanent staff", 62, "staff", "count", None, "the trust"),
        F("more than 100 casual front-of-house and backstage workers", 100, "workers", "count", "more than", "the trust"),
        F("more than 170 schools", 170, "schools", "count", "more than", "England"),
        F("at least three other venues", 3, "venues", "count", "at least", None),
        F("six weeks", 6, "weeks", "duration", None, None),
        F("71", 71, "years", "duration", None, "Pauline Ackroyd"),
        F("about seven", 7, "years", "duration", "about", "Pauline Ackroyd"),
        F("three shows", 3, "shows", "count", None, "Pauline Ackroyd"),
    ],
    "events": [
        E("Humber Playhouse cancels shows", "2023-10", "until at least the end of October"),
        E("The Humber Playhouse, which opened", "1968", "in 1968"),
        E("the crisis that has shut classrooms across England", "2023-09", "this month"),
        E("The Humber Playhouse, an 850-seat venue owned by the city council and run by an independent charitable trust, said", "2023-09-14", "on Thursday"),
        E("it had received a structural report", "2023-09-13", "the previous evening"),
        E("All performances have been cancelled", "2023-10-31", "until at least 31 October"),
        E("The building was last surveyed during a refurbishment of its foyer and bar", "2019", "in 2019"),
        E("We had a full house for a comedy night", "2023-09-12", "on Tuesday"),
        E("I’m standing in an empty auditorium with hard hats and tape across the doors", "2023-09-14", "Forty-eight hours later"),
        E("the theatre’s pantomime, due to open", "2023-12-01", "on 1 December"),
        E("nothing of that size is sitting empty", "2023-12", "in December"),
        E("the venue stays closed", "2024", "until the new year"),
        E("Theatre industry groups said on Friday they expected more venues to be affected", "2023-09-15", "on Friday"),
        E("had commissioned surveys", "2023-09-08", "in the past week"),
        E("a handful of regulars stopped to read the notice taped to the glass doors", "2023-09-14", "on Thursday afternoon"),
        E("she had tickets for three shows", "2023", "this autumn"),
    ],
})


def main():
    for g in GOLD:
        name = g["article"][:-4] + ".json"
        with open(os.path.join(ROOT, name), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", name, len(g["quotes"]), "quotes,", len(g["figures"]), "figures,", len(g["events"]), "events")


if __name__ == "__main__":
    main()
