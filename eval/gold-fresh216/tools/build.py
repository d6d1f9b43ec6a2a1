#!/usr/bin/env python3
"""Write the hand-made gold annotations of gold-fresh216 to JSON.

Every annotation below was written by hand after reading the article; this script only
serialises the Python literals into one <name>.json per article (schema:
/work/shared/gold/SCHEMA.md). `occurrence` values are hand-set as well (validate.py checks them).
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

# ---------------------------------------------------------------------------------------------
# 01 Winnipeg stadium vote (Red River News), Tuesday 2021-03-09
# ---------------------------------------------------------------------------------------------
DUCH = ("Teresa Ducharme", "person", "Coun.")
OYE = ("Graham Oyelaran", "person", "Coun.")
MARCH = ("Lena Marchetti", "person", "the club's president")
RRFC = ("Red River FC", "organization", None)
ARTICLES.append({
    "article": "01_winnipeg-stadium-vote.txt",
    "published": "2021-03-09",
    "published_basis": "Metadata line ' date 2021-03-09' at the top; body dates the council vote 'on Tuesday' (2021-03-09 was a Tuesday); '© 2021' footer. Agrees with writer.tsv",
    "outlet": "Red River News",
    "quotes": [
        Q("will keep Red River FC in the city for two decades", "indirect", "supporters", "anonymous", None, "say"),
        Q("the city would have had to spend heavily on the 1970s-era facility regardless", "indirect", *DUCH, "argued"),
        Q("We are fixing a building we already own, which was going to need $15 million in repairs no matter who played in it,", "direct", *DUCH, "told council"),
        Q("The question was never whether we spend money at Maple Grove. It was whether we have a tenant paying rent while we do it.", "direct", *DUCH, "told council"),
        Q('the deal "a bad bet made at the worst possible time,"', "mixed", *OYE, "called"),
        Q("We are asking departments to find three per cent in cuts, we have pools that might not open this summer, and we are putting $24 million into a stadium for a team that played last season in a bubble in another province,", "direct", *OYE, "said"),
        Q("The club's revenue fell nearly 70 per cent last year", "indirect", *RRFC, "according to"),
        Q("would allow it to host concerts and other events in the shoulder seasons", "indirect", *RRFC, "says"),
        Q("the vote gave the team the certainty it needed to plan beyond the next season", "indirect", *MARCH, "said"),
        Q("Honestly, a year ago I wasn't sure we'd still have a team. We had players on the roster and no way to sell a ticket,", "direct", *MARCH, "said"),
        Q("What this does is let us go to sponsors and say we're here until 2041. That matters more than any single number in the agreement.", "direct", *MARCH, None),
        Q("the club expected to bring back about two dozen part-time game-day staff once public health rules allow crowds to return", "indirect", *MARCH, "said"),
        Q('studies of publicly funded stadiums "consistently show" the promised economic spinoffs rarely materialize', "mixed", "The Prairie Taxpayers Alliance", "organization", None, "said"),
        Q("the province not to add any money of its own", "indirect", "The Prairie Taxpayers Alliance", "organization", None, "urged"),
        Q("it had not yet received an application and would not comment on a project that had not been formally submitted", "indirect", "Manitoba's municipal relations department", "organization", None, "said"),
        Q("he would ask council to review the deal again next year if costs climb above the $36.5-million ceiling", "indirect", *OYE, "said"),
    ],
    "figures": [
        F("$36.5M", 36500000, "$", "money", None, "stadium upgrade"),
        F("$36.5-million", 36500000, "$", "money", None, "Maple Grove Stadium", occurrence=1),
        F("two decades", 2, "decades", "duration", None, "Red River FC"),
        F("nearly four hours", 4, "hours", "duration", "nearly", "debate"),
        F("$24 million", 24000000, "$", "money", None, "the city", occurrence=1),
        F("$12.5 million", 12500000, "$", "money", None, "Prairie Sports and Entertainment Group"),
        F("20-year", 20, "years", "duration", None, "Red River FC"),
        F("$400,000", 400000, "$", "money", None, "Red River FC"),
        F("two per cent", 2, "%", "percent", None, "annual rent"),
        F("$1", 1, "$", "money", None, "ticket", occurrence=2),
        F("about $29 million", 29000000, "$", "money", "about", "city staff"),
        F("$15 million", 15000000, "$", "money", None, "repairs"),
        F("between $60 million and $80 million", 60000000, "$", "money", None, "city budget shortfall"),
        F("three per cent", 3, "%", "percent", None, "departments"),
        F("$24 million", 24000000, "$", "money", None, "the city", occurrence=2),
        F("nearly 70 per cent", 70, "%", "percent", "nearly", "The club's revenue"),
        F("about 5,800 fans", 5800, "fans", "count", "about", "Red River FC"),
        F("7,000-seat", 7000, "seats", "count", None, "Maple Grove Stadium"),
        F("9,500", 9500, "seats", "count", None, "Maple Grove Stadium"),
        F("about two dozen part-time game-day staff", 24, "staff", "count", "about", "Red River FC"),
        F("up to $6 million", 6000000, "$", "money", "up to", "the city's share"),
        F("$36.5-million", 36500000, "$", "money", None, "the deal", occurrence=2),
        F("up to 10 per cent", 10, "%", "percent", "up to", "the city"),
    ],
    "events": [
        E("Fans watch Red River FC play at Maple Grove Stadium", "2019-08", "in August 2019"),
        E("Winnipeg city council narrowly approved a $36.5-million renovation of the city-owned Maple Grove Stadium", "2021-03-09", "on Tuesday"),
        E("the project was first floated", "2019", "in 2019"),
        E("A report presented to the property and development committee", "2021-03-01", "last week"),
        E("a projected city budget shortfall of between $60 million and $80 million", "2021", "this year"),
        E("we have pools that might not open", "2021", "this summer"),
        E("a team that played last season in a bubble in another province", "2020", "last season"),
        E("Red River FC, which joined the Canadian Pro Soccer League", "2018", "in 2018"),
        E("played a shortened 2020 season at a single-site tournament in Charlottetown with no fans in attendance", "2020", "2020"),
        E("The club's revenue fell nearly 70 per cent", "2020", "last year"),
        E("I wasn't sure we'd still have a team", "2020", "a year ago"),
        E("we're here", "2041", "until 2041"),
        E("Council also directed staff on Tuesday to apply for provincial infrastructure funding", "2021-03-09", "on Tuesday"),
        E("construction would begin", "2021-09", "in September"),
        E("finish before the club's 2023 home opener", "2023", "2023"),
        E("The club would play the 2022 season at a temporary venue that has not been chosen", "2022", "2022"),
        E("he would ask council to review the deal again", "2022", "next year"),
    ],
})

# ---------------------------------------------------------------------------------------------
# 02 Soccer players' strike vote (The Associated Press), Thursday 2021-11-18
# ---------------------------------------------------------------------------------------------
UNION = ("the NASP Players Association", "organization", None)
LEAGUE = ("the North American Soccer Premiership", "organization", None)
ODUYA = ("Marcus Oduya", "person", "union executive director")
HVR = ("Helen Vasquez-Royce", "person", "Commissioner")
PELL = ("Jordan Pelletier", "person", "defender with Kansas City")
ARTICLES.append({
    "article": "02_soccer-players-strike-vote.txt",
    "published": "2021-11-18",
    "published_basis": "No dated dateline or metadata. The text shows only the weekday and the year: the union 'said Thursday', the commissioner spoke 'on Wednesday', 'Copyright 2021 The Associated Press', the 2020 and 2021 seasons are over and the CBA expires 'Jan. 31' before the 2022 season (camps Jan. 24). That fixes a Thursday in late 2021 but not which one, so the date is taken from writer.tsv: 2021-11-18 (a Thursday)",
    "outlet": "The Associated Press",
    "quotes": [
        Q("Players in the North American Soccer Premiership have voted overwhelmingly to authorize a strike", "indirect", *UNION, "said"),
        Q("96% of members who cast ballots backed giving its executive board the power to call a work stoppage if no agreement is reached before the current collective bargaining agreement expires Jan. 31", "indirect", *UNION, "said"),
        Q("341 of the league’s roughly 400 players voted", "indirect", *UNION, "said"),
        Q("436 players are under contract", "indirect", *LEAGUE, "said"),
        Q("it remained “committed to reaching a fair agreement at the bargaining table, not through the media.”", "mixed", *LEAGUE, "said"),
        Q("The union has proposed raising it to $95,000 and giving players a fixed share of the league’s national media deals, which took effect this year and are worth about $1.1 billion over eight years", "indirect", "people familiar with the terms", "anonymous", None, "according to"),
        Q("The league has offered to raise the minimum to $72,500 next season, rising to $84,000 by 2026", "indirect", "a person familiar with the proposals", "anonymous", None, "according to"),
        Q("Our members have watched the value of this league triple while the floor has barely moved,", "direct", *ODUYA, "said"),
        Q("Nobody wants to strike. But the players wanted the owners to know they’re serious, and I think this number says that pretty clearly.", "direct", *ODUYA, "said"),
        Q("341 votes. 96%. The players have spoken. Now let’s get back to the table.", "direct", *ODUYA, "posted"),
        Q("the league had made a “significant” offer and that clubs had lost a combined $210 million over the 2020 and 2021 seasons while playing in mostly empty stadiums", "mixed", *HVR, "told reporters"),
        Q("it includes stadium debt payments that should not be counted against player costs", "indirect", *UNION, "saying"),
        Q("We understand the players want their share of growth, and they’ll get it,", "direct", *HVR, "said"),
        Q("But we also have owners who wrote very large checks the last two years just to keep the lights on.", "direct", *HVR, "said"),
        Q("You’re asking guys to recover on a middle seat,", "direct", *PELL, "said"),
        Q("It’s not about comfort. It’s about injuries.", "direct", *PELL, "said"),
        Q("the strike authorization was “a tool, not a plan,” and that most players he had spoken with expected a deal before training camps open", "mixed", *PELL, "said"),
        Q("they expected to meet again early next month", "indirect", "Both sides", "organization", None, "said"),
        Q("Under the new contracts, the league would owe rebates for regular-season games not delivered", "indirect", "a person familiar with the agreements", "anonymous", None, "said"),
    ],
    "figures": [
        F("14-year", 14, "years", "duration", None, "North American Soccer Premiership"),
        F("96%", 96, "%", "percent", None, "NASP Players Association", occurrence=1),
        F("341", 341, "players", "count", None, "NASP Players Association", occurrence=1),
        F("roughly 400 players", 400, "players", "count", "roughly", "North American Soccer Premiership"),
        F("436 players", 436, "players", "count", None, "North American Soccer Premiership"),
        F("closer to 78%", 78, "%", "percent", "closer to", "participation"),
        F("$65,000", 65000, "$", "money", None, "league minimum"),
        F("$95,000", 95000, "$", "money", None, "league minimum"),
        F("about $1.1 billion", 1100000000, "$", "money", "about", "national media deals"),
        F("eight years", 8, "years", "duration", None, "national media deals"),
        F("$72,500", 72500, "$", "money", None, "league minimum"),
        F("$84,000", 84000, "$", "money", None, "league minimum"),
        F("341 votes", 341, "votes", "count", None, "NASP Players Association"),
        F("96%", 96, "%", "percent", None, "NASP Players Association", occurrence=2),
        F("$210 million", 210000000, "$", "money", None, "clubs"),
        F("two years", 2, "years", "duration", None, "owners"),
        F("longer than 1,500 miles", 1500, "miles", "count", "longer than", "trips"),
        F("two connections", 2, "connections", "count", None, "his team"),
        F("three days", 3, "days", "duration", None, "his team"),
        F("about 36 hours", 36, "hours", "duration", "about", None),
        F("nearly three weeks", 3, "weeks", "duration", "nearly", "talks"),
        F("eight games", 8, "games", "count", None, "regular season"),
    ],
    "events": [
        E("Players in the North American Soccer Premiership have voted overwhelmingly to authorize a strike, their union said", "2021-11-18", "Thursday"),
        E("the league’s 2022 season could be delayed by a labor dispute", "2022", "2022"),
        E("the current collective bargaining agreement expires", "2022-01-31", "Jan. 31"),
        E("Talks broke off", "2021-11-08", "last week"),
        E("the league’s national media deals, which took effect", "2021", "this year"),
        E("raise the minimum to $72,500", "2022", "next season"),
        E("rising to $84,000", "2026", "by 2026"),
        E("Commissioner Helen Vasquez-Royce told reporters at a league event in Atlanta", "2021-11-17", "on Wednesday"),
        E("clubs had lost a combined $210 million", "2020", "over the 2020 and 2021 seasons"),
        E("his team played on a Saturday night in Seattle and did not arrive in Miami until late Sunday afternoon after two connections", "2021", "last season"),
        E("the sides reached agreement about 36 hours before the season opener", "2016", "in 2016"),
        E("they expected to meet again", "2021-12", "early next month"),
        E("Preseason training camps are scheduled to open", "2022-01-24", "Jan. 24"),
        E("the regular season begins", "2022-02-26", "Feb. 26"),
    ],
})

# ---------------------------------------------------------------------------------------------
# 03 Cricket league streaming rights (Reuters), Monday 2022-02-07
# ---------------------------------------------------------------------------------------------
CCL = ("the City Cricket League", "organization", None)
PEMB = ("Nadia Pemberton", "person", "chief executive")
FENW = ("Paul Fenwick", "person", "media analyst at Harcourt Securities")
ECU = ("The England Cricketers' Union", "organization", None)
TARR = ("Owen Tarrant", "person", "the union's chief executive")
ARTICLES.append({
    "article": "03_cricket-league-streaming-rights.txt",
    "published": "2022-02-07",
    "published_basis": "Dated dateline 'LONDON, Feb 7 (Reuters) -' and 'the league said on Monday'; the year is not printed but the context fixes 2022 (new contract covers the 2023 to 2027 seasons, the current one expires after this summer's tournament, the players' deal runs until the end of 2022), and Feb 7, 2022 was a Monday. Agrees with writer.tsv",
    "outlet": "Reuters",
    "quotes": [
        Q("U.S. streaming service Vantage Play has won the domestic television rights to England's City Cricket League in a five-year deal worth 310 million pounds ($420 million)", "indirect", *CCL, "said"),
        Q("This is a big moment for the league and, frankly, for cricket in this country,", "direct", *PEMB, "said"),
        Q("We will reach younger audiences where they already are, and the money will flow straight back into the game at every level.", "direct", *PEMB, "said"),
        Q("Vantage Play would show all 68 matches live each season, including the women's competition, which will be broadcast in full for the first time", "indirect", *CCL, "said"),
        Q('the price was "at the top end" of expectations, which had ranged between 250 million and 300 million pounds, and reflected a scramble among streaming companies for live sport that keeps subscribers from cancelling', "mixed", *FENW, "said"),
        Q("Live cricket in the English summer is one of the few properties that fills long evenings for six weeks,", "direct", *FENW, "said"),
        Q("The streamers have worked out that churn drops when there's something on every night.", "direct", *FENW, "said"),
        Q("the incumbent broadcaster had offered close to 290 million pounds but declined to raise its bid in the final round last Thursday", "indirect", "A person familiar with the bidding", "anonymous", None, "said"),
        Q("Average attendance at league matches recovered to 11,400 last season", "indirect", *CCL, "said"),
        Q("players expected a larger share of the new money", "indirect", *ECU, "said"),
        Q("it will seek 25% in the next agreement", "indirect", *ECU, "has said"),
        Q("The players are the product. Nobody subscribes to watch an empty pitch,", "direct", *TARR, "said"),
        Q('members wanted talks to begin "as soon as possible, not after the ink is dry on every other contract."', "mixed", *TARR, "added"),
        Q('the league would "sit down with the players in good faith" and that a new agreement could be in place before the 2023 season', "mixed", *PEMB, "told reporters"),
        Q("the league had considered running its own streaming platform but concluded that the cost of building one, estimated internally at up to 40 million pounds over three years, was too high for a competition of its size", "indirect", *PEMB, "said"),
        Q("moving all live matches behind a streaming paywall could cut the audience among older viewers, who make up a large share of members at traditional grounds", "indirect", "Some county chairmen", "anonymous", None, "have raised concerns"),
        Q('the free-to-air package would be "the part that actually matters for the sport\'s profile."', "mixed", "One county chief executive", "anonymous", None, "said"),
        Q("cricket would be available at no extra cost to existing subscribers", "indirect", "Vantage Play", "organization", None, "said"),
    ],
    "figures": [
        F("310 mln stg", 310000000, "GBP", "money", None, "Streaming service"),
        F("five-year", 5, "years", "duration", None, "Vantage Play"),
        F("310 million pounds", 310000000, "GBP", "money", None, "Vantage Play"),
        F("$420 million", 420000000, "USD", "money", None, "Vantage Play"),
        F("about 41%", 41, "%", "percent", "about", "The contract"),
        F("176 million pounds", 176000000, "GBP", "money", None, "a British satellite broadcaster"),
        F("four seasons", 4, "seasons", "duration", None, "the current agreement"),
        F("68 matches", 68, "matches", "count", None, "Vantage Play"),
        F("up to 10 live matches", 10, "matches", "count", "up to", "a free-to-air broadcaster"),
        F("between 250 million and 300 million pounds", 250000000, "GBP", "money", None, "expectations"),
        F("six weeks", 6, "weeks", "duration", None, "Live cricket"),
        F("close to 290 million pounds", 290000000, "GBP", "money", "close to", "the incumbent broadcaster"),
        F("eight franchise teams", 8, "teams", "count", None, "the league"),
        F("18 first-class counties", 18, "counties", "count", None, None),
        F("about 14 million pounds", 14000000, "GBP", "money", "about", "the counties"),
        F("roughly 60%", 60, "%", "percent", "roughly", "central revenue"),
        F("11,400", 11400, "attendance", "count", None, "league matches"),
        F("14,200", 14200, "attendance", "count", None, "league matches"),
        F("17%", 17, "%", "percent", None, "Players"),
        F("25%", 25, "%", "percent", None, "the union"),
        F("up to 40 million pounds", 40000000, "GBP", "money", "up to", "streaming platform"),
        F("three years", 3, "years", "duration", None, "streaming platform"),
    ],
    "events": [
        E("U.S. streaming service Vantage Play has won the domestic television rights to England's City Cricket League in a five-year deal worth 310 million pounds ($420 million), the league said", "2022-02-07", "on Monday"),
        E("The contract, which covers the 2023 to 2027 seasons", "2023", "2023 to 2027"),
        E("expires after this summer's tournament", "2022", "this summer"),
        E("negotiations expected to conclude", "2022-02", "by the end of the month"),
        E("declined to raise its bid in the final round", "2022-02-03", "last Thursday"),
        E("which collectively reported operating losses of about 14 million pounds", "2020", "in 2020"),
        E("Average attendance at league matches recovered to 11,400", "2021", "last season"),
        E("the 14,200 recorded", "2019", "in 2019"),
        E("a deal that runs", "2022", "until the end of 2022"),
        E("a new agreement could be in place", "2023", "before the 2023 season"),
        E("Vantage Play, which launched in Britain", "2020", "in 2020"),
    ],
})

# ---------------------------------------------------------------------------------------------
# 04 Perth netball administration (Australian newspaper site), Friday 2022-07-22
# ---------------------------------------------------------------------------------------------
ELL = ("Grant Ellery", "person", "Administrator")
PNA = ("Professional Netballers Australia", "organization", None)
BROOKS = ("Tahnee Brooks", "person", "Chief executive")
OKA = ("Renee Okafor", "person", "Captain")
CNA = ("Championship Netball Australia", "organization", None)
ARTICLES.append({
    "article": "04_perth-netball-administration.txt",
    "published": "2022-07-22",
    "published_basis": "Date/time line under the byline 'July 22, 2022 — 4.47pm'; body has administrators appointed 'on Friday morning' (2022-07-22 was a Friday). Agrees with writer.tsv",
    "outlet": None,
    "quotes": [
        Q("debts stood at “approximately $1.9 million”", "mixed", "the club’s board", "organization", None, "had told members"),
        Q("the difference was largely explained by lease obligations and unpaid bills that had not been included in the club’s own figures", "indirect", *ELL, "said"),
        Q("Our immediate priority is to stabilise the club, keep the players on the court and give creditors a clear picture of where things stand,", "direct", *ELL, "said"),
        Q("We’ll be talking to potential buyers from next week.", "direct", *ELL, "said"),
        Q("a first meeting of creditors would be held by the end of the month", "indirect", *ELL, "said"),
        Q("they have not been paid since June 30", "indirect", "Players", "anonymous", None, "say"),
        Q("its members had continued to attend every training session for three weeks without pay", "indirect", *PNA, "said"),
        Q("the situation as “completely unacceptable in a league that calls itself professional”", "mixed", *BROOKS, "described"),
        Q("Our members at the Flyers have turned up to training every day for three weeks without being paid. That isn’t acceptable in a professional league. We’re with them,", "direct", *PNA, "posted on Twitter"),
        Q("the squad learned of the administration in a group message shortly before 8am on Friday", "indirect", *OKA, "said"),
        Q("We’ve known something was wrong for a while. You notice when the physio stops coming and nobody will tell you why,", "direct", *OKA, "said"),
        Q("But the girls have been unbelievable. We’ve got players who moved across the country for this, who signed leases in Perth, and they’ve still shown up every morning.", "direct", *OKA, None),
        Q("All we want is to be paid what we’re owed and to know whether there’s a team to play for in September.", "direct", *OKA, None),
        Q("it would guarantee the players’ contracted payments for the remainder of the 2022 season, up to a total of $600,000, and that a decision on the future of the club’s licence would be made “by the end of August”", "mixed", *CNA, "said"),
        Q("the guarantee did not extend to staff, some of whom are owed more than two months’ pay", "indirect", "A league spokesman", "anonymous", None, "said"),
        Q("it was “aware of the club’s circumstances” and was working with the administrators on the arena lease, but it would not be providing additional funding to the club", "mixed", "The Department of Local Government, Sport and Cultural Industries", "organization", None, "said"),
        Q("the union would push for the league to make a salary guarantee fund a permanent part of the next collective agreement, which is due to be negotiated next year", "indirect", *BROOKS, "said"),
        Q("This is the second club in four years that’s got into trouble,", "direct", *BROOKS, "said"),
        Q("Every time, the players are the last to know and the first to be asked to be patient.", "direct", *BROOKS, "said"),
        Q("it was “too early to say” whether the club would take the court, but that several parties had already expressed interest", "mixed", *ELL, "said"),
    ],
    "figures": [
        F("12 contracted players", 12, "players", "count", None, "Western Flyers"),
        F("about two dozen staff", 24, "staff", "count", "about", "Western Flyers"),
        F("more than $400,000", 400000, "$", "money", "more than", "Western Flyers"),
        F("six weeks", 6, "weeks", "duration", None, None),
        F("more than $2.4 million", 2400000, "$", "money", "more than", "the club’s total debts"),
        F("about $900,000", 900000, "$", "money", "about", "the club’s total debts"),
        F("approximately $1.9 million", 1900000, "$", "money", "approximately", "debts"),
        F("about $750,000", 750000, "$", "money", "about", "principal sponsor"),
        F("3,100 spectators", 3100, "spectators", "count", None, "the Flyers"),
        F("more than 4,500", 4500, "spectators", "count", "more than", "the Flyers"),
        F("about 5,000", 5000, "spectators", "count", "about", "arena"),
        F("three weeks", 3, "weeks", "duration", None, "Professional Netballers Australia", occurrence=1),
        F("three weeks", 3, "weeks", "duration", None, "Professional Netballers Australia", occurrence=2),
        F("eight-team", 8, "teams", "count", None, "Championship Netball Australia"),
        F("up to a total of $600,000", 600000, "$", "money", "up to", "Championship Netball Australia"),
        F("more than two months", 2, "months", "duration", "more than", "staff"),
        F("about $45,000", 45000, "$", "money", "about", "minimum player payment"),
        F("four years", 4, "years", "duration", None, None),
    ],
    "events": [
        E("Unpaid since the end of June, the Perth netball club’s players have kept training", "2022-06", "since the end of June"),
        E("Flyers players at training in Joondalup", "2022-07", "earlier this month"),
        E("Administrators from Carrick Rowe Advisory were appointed", "2022-07-22", "on Friday morning"),
        E("the club’s board met", "2022-07-21", "late on Thursday night"),
        E("The board had told members in a letter", "2022-07-18", "earlier this week"),
        E("We’ll be talking to potential buyers", "2022-07-25", "from next week"),
        E("a first meeting of creditors would be held", "2022-07", "by the end of the month"),
        E("The club’s problems began", "2022-03", "in March"),
        E("the Flyers averaged 3,100 spectators a game", "2021", "last season"),
        E("they have not been paid", "2022-06-30", "since June 30"),
        E("the union posted on Twitter", "2022-07-21", "on Thursday night"),
        E("the squad learned of the administration in a group message shortly before 8am", "2022-07-22", "on Friday"),
        E("whether there’s a team to play for", "2022-09", "in September"),
        E("it would guarantee the players’ contracted payments for the remainder of the 2022 season", "2022", "the 2022 season"),
        E("a decision on the future of the club’s licence would be made", "2022-08", "by the end of August"),
        E("the next collective agreement, which is due to be negotiated", "2023", "next year"),
        E("The Flyers, founded", "2009", "in 2009"),
        E("won the national title", "2016", "in 2016"),
        E("reached the preliminary final", "2021", "last year"),
        E("The 2022 season is scheduled to begin", "2022-09-03", "on September 3"),
        E("the Flyers due to host their opening match", "2022-09-10", "a week later"),
    ],
})

# ---------------------------------------------------------------------------------------------
# 05 Halifax stadium loan (The Canadian Press), Wednesday 2023-05-17
# ---------------------------------------------------------------------------------------------
HART = ("Colleen Hartigan", "person", "Economic Development Minister")
NAKA = ("Derek Nakamura", "person", "the club's majority owner")
BOUD = ("Marcus Boudreau", "person", "The NDP's economic development critic")
OFFICIAL = ("A senior municipal official", "anonymous", None)
ARTICLES.append({
    "article": "05_halifax-stadium-loan.txt",
    "published": "2023-05-17",
    "published_basis": "'Published Wednesday, May 17, 2023 3:42PM ADT' line; body 'the province announced Wednesday'; footer 'first published May 17, 2023' (the video line dated May 16, 2023 is the day before). Agrees with writer.tsv",
    "outlet": "The Canadian Press",
    "quotes": [
        Q("Nova Scotia will lend up to $30 million toward a new 11,000-seat stadium in Halifax's north end", "indirect", "Nova Scotia", "organization", None, "announced"),
        Q("the 25-year loan would carry an interest rate of 4.5 per cent and would only be released once the club had secured $60 million in private financing and the Halifax Regional Municipality had committed its share", "indirect", *HART, "said"),
        Q("This is a loan, not a grant,", "direct", *HART, "said"),
        Q("and it comes with conditions that protect taxpayers if the project doesn't go ahead.", "direct", *HART, "said"),
        Q("the province had looked at stadium deals elsewhere in Canada and in the United States and had decided against an outright subsidy", "indirect", *HART, "told reporters"),
        Q("We're not in the business of owning a sports team,", "direct", *HART, "said"),
        Q("We are in the business of making sure a major piece of infrastructure gets built in the right place.", "direct", *HART, "said"),
        Q('staff still had "serious concerns" about traffic and parking around the site, which sits next to one of the busiest approaches to the harbour crossing', "mixed", *OFFICIAL, "said"),
        Q("a transportation study would not be complete until the fall", "indirect", *OFFICIAL, "said"),
        Q('the ownership group had already raised about $38 million and was in talks with "between three and five" potential investors for the rest', "mixed", *NAKA, "said"),
        Q("We know the number went up. Everybody's number went up. Construction costs in this region have risen more than 30 per cent since we first put this on paper,", "direct", *NAKA, "said"),
        Q("What hasn't changed is the demand. We sold out 14 of 16 home games last season in a building that was never meant to be permanent. People here want a proper stadium, and they want it to be more than a soccer field.", "direct", *NAKA, None),
        Q('the design would allow the stadium to expand to about 20,000 seats for concerts and other events, and that the group had held "early conversations" with organizers of a proposed professional football team in the Maritimes', "mixed", *NAKA, "said"),
        Q("it had not received a formal application for federal funding related to the project", "indirect", "The Atlantic Canada Opportunities Agency", "organization", None, "said"),
        Q('the loan "a bet on private money that hasn\'t shown up yet"', "mixed", *BOUD, "called"),
        Q("the government should instead be spending on housing and health care", "indirect", *BOUD, "said"),
        Q("If this stadium is such a sure thing, the banks will lend them the money,", "direct", *BOUD, "told CBC's Information Morning"),
        Q("Why is the province stepping in at all?", "direct", *BOUD, "told CBC's Information Morning"),
        Q("the province would only be exposed if the club defaulted after construction, and that the loan agreement gave the province first claim on stadium revenue, including naming rights and parking, in that event", "indirect", *HART, "said"),
        Q("it hopes to break ground next spring, with the stadium ready for the 2026 season", "indirect", "Halifax Tidal FC", "organization", None, "has said"),
    ],
    "figures": [
        F("up to $30M", 30000000, "$", "money", "up to", "N.S."),
        F("up to $30 million", 30000000, "$", "money", "up to", "Nova Scotia"),
        F("11,000-seat", 11000, "seats", "count", None, "stadium"),
        F("about $118 million", 118000000, "$", "money", "about", "The stadium"),
        F("$85 million", 85000000, "$", "money", None, "The stadium"),
        F("6,500-seat", 6500, "seats", "count", None, "Halifax Tidal FC"),
        F("25-year", 25, "years", "duration", None, "loan"),
        F("4.5 per cent", 4.5, "%", "percent", None, "loan"),
        F("$60 million", 60000000, "$", "money", None, "the club"),
        F("roughly $20 million", 20000000, "$", "money", "roughly", "the land"),
        F("about $38 million", 38000000, "$", "money", "about", "the ownership group"),
        F("between three and five", 3, "investors", "count", None, "the ownership group"),
        F("more than 30 per cent", 30, "%", "percent", "more than", "Construction costs"),
        F("14 of 16 home games", 14, "games", "count", None, "Halifax Tidal FC"),
        F("about 20,000 seats", 20000, "seats", "count", "about", "the stadium"),
        F("about 6,100 fans", 6100, "fans", "count", "about", "Halifax Tidal FC"),
    ],
    "events": [
        E("Nova Scotia will lend up to $30 million toward a new 11,000-seat stadium in Halifax's north end, the province announced", "2023-05-17", "Wednesday"),
        E("it unveiled the proposal", "2021", "in 2021"),
        E("Council is expected to vote on its part of the deal", "2023-06", "next month"),
        E("a transportation study would not be complete", "2023", "until the fall"),
        E("Nakamura said in an interview", "2023-05-17", "Wednesday"),
        E("We sold out 14 of 16 home games", "2022", "last season"),
        E("it hopes to break ground", "2024", "next spring"),
        E("the stadium ready for the 2026 season", "2026", "2026"),
        E("Halifax Tidal FC averaged about 6,100 fans a game", "2022", "last year"),
        E("Halifax Tidal FC supporters cheer during a match at the club's temporary stadium in Halifax", "2022-09", "in September 2022"),
    ],
})

# ---------------------------------------------------------------------------------------------
# 06 Bristol Athletic takeover (British national newspaper site), Saturday 2023-10-14
# ---------------------------------------------------------------------------------------------
TRUST = ("the Bristol Athletic Supporters’ Trust", "organization", None)
TILS = ("Graham Tilsley", "person", "the club’s owner")
LAMB = ("Priya Lambert", "person", "the trust’s chair")
HALL = ("Halloran Capital Partners", "organization", None)
MOSS = ("Kieran Moss", "person", None)
ARTICLES.append({
    "article": "06_bristol-athletic-takeover.txt",
    "published": "2023-10-14",
    "published_basis": "Date line under the byline 'Sat 14 Oct 2023 18.30 BST'; body has the march 'on Saturday' and caption 'before Saturday’s home match'. Agrees with writer.tsv",
    "outlet": None,
    "quotes": [
        Q("to fight £85m takeover by US investment fund", "indirect", "Bristol Athletic fans", "anonymous", None, "vow"),
        Q("members overwhelmingly oppose sale to Boston-based private equity firm", "indirect", *TRUST, "says"),
        Q("to use “every tool we have” to block the deal", "mixed", *TRUST, "promised"),
        Q("about 1,500 people took part in the march from the city centre to Ashgate Park before the 1-1 draw", "indirect", "Organisers", "anonymous", None, "said"),
        Q("he had agreed in principle to sell his 92% stake to Halloran Capital Partners, a Boston-based fund that already holds minority stakes in clubs in Belgium and Portugal", "indirect", *TILS, "confirmed"),
        Q("he has put more than £60m of his own money into it", "indirect", *TILS, "has said"),
        Q("he had “taken Athletic as far as one family can” and that the new owners would bring “the kind of investment the Championship now demands”", "mixed", *TILS, "said"),
        Q("they opposed the sale", "indirect", "78% of the 2,300 who responded", "anonymous", None, "said"),
        Q("they would support the trust seeking a legal injunction if the deal went ahead without guarantees over the ground", "indirect", "64%", "anonymous", None, "said"),
        Q("That’s the bit that frightens people,", "direct", *LAMB, "said"),
        Q("A 10-year lease on a ground we’ve played at for 110 years is not security. It’s a countdown.", "direct", *LAMB, "said"),
        Q("We have nothing against American money. We have something against a business model where the club is a tenant in its own home and the people who own the building have every reason to sell it to the highest bidder.", "direct", *LAMB, "added"),
        Q("the trust had written to the Department for Culture, Media and Sport and to the city’s MPs asking for the deal to be examined under the new rules on club ownership that the government has promised to introduce", "indirect", *LAMB, "said"),
        Q("it could not comment on individual transactions but that legislation to establish an independent football regulator would be brought forward “when parliamentary time allows”", "mixed", "the Department for Culture, Media and Sport", "organization", None, "said"),
        Q("it was “committed to Bristol Athletic’s long-term future at Ashgate Park” and that it intended to meet the trust “in the coming days”", "mixed", *HALL, "said"),
        Q("clubs in the second tier were “the most undervalued assets in European sport”", "mixed", "Connor Halloran", "person", "managing partner", "told a podcast"),
        Q("it plans to invest £20m in the squad and training ground over the next three years", "indirect", *HALL, "has said"),
        Q("he did not expect the protest to stop the sale", "indirect", *MOSS, "said"),
        Q("But they should know we’re here,", "direct", *MOSS, "said"),
        Q("The owners change. We don’t.", "direct", *MOSS, "said"),
        Q("he hopes the sale will be completed by the end of the year", "indirect", *TILS, "has said"),
    ],
    "figures": [
        F("£85m", 85000000, "GBP", "money", None, "takeover", occurrence=1),
        F("about 1,500 people", 1500, "people", "count", "about", "march"),
        F("nearer 900", 900, "people", "count", "nearer", "Avon and Somerset police"),
        F("92%", 92, "%", "percent", None, "Graham Tilsley"),
        F("about £85m", 85000000, "GBP", "money", "about", "Athletic"),
        F("roughly £30m", 30000000, "GBP", "money", "roughly", "debt"),
        F("more than £60m", 60000000, "GBP", "money", "more than", "Graham Tilsley"),
        F("3%", 3, "%", "percent", None, "The Bristol Athletic Supporters’ Trust"),
        F("78%", 78, "%", "percent", None, "members"),
        F("2,300", 2300, "members", "count", None, "The Bristol Athletic Supporters’ Trust"),
        F("64%", 64, "%", "percent", None, "members"),
        F("10 years", 10, "years", "duration", None, "lease", occurrence=1),
        F("10-year", 10, "years", "duration", None, "lease"),
        F("110 years", 110, "years", "duration", None, None),
        F("between six and 12 weeks", 6, "weeks", "duration", None, "owners’ and directors’ test"),
        F("£20m", 20000000, "GBP", "money", None, "Halloran Capital Partners"),
        F("three years", 3, "years", "duration", None, "Halloran Capital Partners"),
        F("£18.4m", 18400000, "GBP", "money", None, "Athletic"),
        F("£21m", 21000000, "GBP", "money", None, "Athletic"),
        F("112%", 112, "%", "percent", None, "wages"),
        F("11 matches", 11, "matches", "count", None, "The club"),
        F("31 years", 31, "years", "duration", None, "Kieran Moss"),
        F("two sons", 2, "sons", "count", None, "Kieran Moss"),
    ],
    "events": [
        E("Supporters march to Ashgate Park", "2023-10-14", "before Saturday’s home match"),
        E("Bristol Athletic supporters marched on their own ground", "2023-10-14", "on Saturday"),
        E("the club was founded", "1893", "1893"),
        E("The club’s owner, the local property developer Graham Tilsley, confirmed earlier this month that he had agreed in principle to sell his 92% stake to Halloran Capital Partners", "2023-10", "earlier this month"),
        E("Tilsley, who bought the club", "2014", "in 2014"),
        E("a survey of its members published", "2023-10-12", "on Thursday"),
        E("The firm’s managing partner, Connor Halloran, told a podcast", "2023-09", "last month"),
        E("Financial accounts filed", "2023", "in the spring"),
        E("Athletic lost £18.4m", "2021", "in the 2021-22 season"),
        E("marched on Saturday with his two sons", "2023-10-14", "on Saturday"),
        E("The trust will hold an open meeting for members", "2023-10-19", "next Thursday"),
        E("the sale will be completed", "2023", "by the end of the year"),
    ],
})


def main():
    for a in ARTICLES:
        name = a["article"][:-4] + ".json"
        out = {k: a[k] for k in ("article", "published", "published_basis", "outlet", "quotes", "figures", "events")}
        with open(os.path.join(ROOT, name), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(f"wrote {name}: {len(a['quotes'])} quotes, {len(a['figures'])} figures, {len(a['events'])} events")


if __name__ == "__main__":
    main()
