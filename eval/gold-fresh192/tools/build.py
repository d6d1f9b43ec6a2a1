#!/usr/bin/env python3
"""Write the hand-made gold annotations of gold-fresh192 to JSON.

Every annotation below was written by hand after reading the article in full;
this script only serialises them (one <name>.json per articles/<name>.txt).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def q(text, kind, speaker, speaker_type, role, cue, occ=None):
    d = {"text": text}
    if occ is not None:
        d["occurrence"] = occ
    d.update(kind=kind, speaker=speaker, speaker_type=speaker_type, role=role, cue=cue)
    return d


def f(text, value, unit, category, approx, subject, occ=None):
    d = {"text": text}
    if occ is not None:
        d["occurrence"] = occ
    d.update(value=value, unit=unit, category=category, approx=approx, subject=subject)
    return d


def e(text, date, date_text, occ=None):
    d = {"text": text}
    if occ is not None:
        d["occurrence"] = occ
    d.update(date=date, date_text=date_text)
    return d


P, A, O = "person", "anonymous", "organization"
D, I, M = "direct", "indirect", "mixed"

ARTICLES = []

# ---------------------------------------------------------------------------
# 01  The Canadian Press, Thursday 2021-08-12
# ---------------------------------------------------------------------------
UNION01 = "Local 114 of the Pacific Grain Handlers’ Union"
WCTEA = "West Coast Terminal Employers’ Association"
OKAFOR = ("Marisol Okafor", P, "president")
HUCULAK = ("Dale Huculak", P, None)
BHULLAR = ("Arjun Bhullar", P, "labour relations instructor at a Burnaby college")

ARTICLES.append({
    "article": "01_vancouver-grain-strike.txt",
    "published": "2021-08-12",
    "published_basis": "'Published Thursday, Aug. 12, 2021 5:14PM EDT' line under the headline (also 'Last Updated' line and the CP tagline 'first published Aug. 12, 2021'); body: walkout 'Thursday'; 2021-08-12 was a Thursday; agrees with writer.tsv",
    "outlet": "The Canadian Press",
    "quotes": [
        q("could strand hundreds of thousands of tonnes of wheat and canola just as the export season ramps up", I, "farm groups", A, None, "warned"),
        q("Picket lines went up at 6 a.m. local time at the terminals in North Vancouver and Vancouver", I, UNION01, O, None, "according to"),
        q("Nobody on that line wanted to be there this morning,", D, *OKAFOR, "said"),
        q("But our members have gone 14 months without a contract, and the employers came to the table last night with the same offer they put in front of us in the spring.", D, *OKAFOR, "said"),
        q("the sticking points are wages, scheduling and the use of contract workers for weekend shifts", I, *OKAFOR, "said"),
        q("the employers’ final offer amounts to raises of about 1.5 per cent a year over four years", I, UNION01, O, None, "says"),
        q("a pay cut with a nicer name", D, *OKAFOR, "called"),
        q("its offer was worth 2.75 per cent a year once improvements to benefits and pensions were included", I, WCTEA, O, None, "said"),
        q("it as “fair, competitive and in line with settlements elsewhere on the waterfront.”", M, WCTEA, O, None, "described"),
        q("We remain ready to return to the table at any time,", D, WCTEA, O, None, "said"),
        q("A strike at this point in the year serves no one, least of all the farmers who depend on these terminals.", D, WCTEA, O, None, "said"),
        q("the timing could hardly be worse", I, *HUCULAK, "said"),
        q("Many growers had already seen yields cut by this summer’s heat and drought", I, *HUCULAK, "said"),
        q("were counting on moving old-crop grain before harvest", I, *HUCULAK, "said"),
        q("Every day those terminals are shut, the system backs up all the way to the elevator in my town,", D, *HUCULAK, "said"),
        q("The railways can’t unload, so they stop taking cars. The elevators fill up, so they stop taking grain from us. And the ships sitting out there are charging demurrage by the day, which ends up coming out of the farmer’s pocket.", D, *HUCULAK, None),
        q("We’re not taking sides on wages. We’re asking both sides to get this done.", D, *HUCULAK, None),
        q("a stoppage costs the grain sector between $40 million and $50 million a day in delayed or lost sales", I, "Prairie Grain Producers Council", O, None, "estimates"),
        q("that estimate “inflated,”", M, UNION01, O, None, "called"),
        q("one of the three terminals was operating at reduced capacity for maintenance before the strike began", I, UNION01, O, None, "noting"),
        q("the mediators would remain available to both parties and that the government “encourages them to reach a deal at the bargaining table.”", M, "the office of the federal labour minister", O, None, "said"),
        q("Ottawa was not preparing back-to-work legislation and did not expect to do so unless the strike stretched into several weeks", I, "A senior government official", A, None, "said"),
        q("members were prepared to stay out “as long as it takes,”", M, *OKAFOR, "told reporters"),
        q("the union had asked the mediators to schedule another session before the weekend", I, *OKAFOR, "said"),
        q("it expected talks to resume on Monday", I, WCTEA, O, None, "said"),
        q("the two sides were closer than their public statements suggested", I, *BHULLAR, "said"),
        q("A gap of a point or so on wages is bridgeable,", D, *BHULLAR, "said"),
        q("The harder issue is the contracting-out language, because that’s about who does the work ten years from now.", D, *BHULLAR, "said"),
        q("they may curtail grain car orders if vessels cannot be loaded", I, "The railways", A, None, "say"),
        q("Heat dome leaves Prairie wheat crop at lowest level in years", I, "forecasters", A, None, "say"),
    ],
    "figures": [
        f("About 700 workers", 700, "workers", "count", "About", UNION01),
        f("three grain terminals", 3, "terminals", "count", None, "Burrard Inlet"),
        f("14 months", 14, "months", "duration", None, UNION01),
        f("about 1.5 per cent", 1.5, "%", "percent", "about", "employers’ final offer"),
        f("four years", 4, "years", "duration", None, "employers’ final offer"),
        f("three terminal operators", 3, "operators", "count", None, WCTEA),
        f("2.75 per cent", 2.75, "%", "percent", None, WCTEA),
        f("96 per cent", 96, "%", "percent", None, UNION01),
        f("72-hour", 72, "hours", "duration", None, UNION01),
        f("three terminals", 3, "terminals", "count", None, None, occ=1),
        f("roughly 1.2 million tonnes", 1200000, "tonnes", "count", "roughly", "the three terminals"),
        f("17 bulk vessels", 17, "vessels", "count", None, None),
        f("11", 11, "vessels", "count", None, None, occ=2),
        f("between $40 million and $50 million", 40000000, "$", "money", None, "grain sector"),
        f("three terminals", 3, "terminals", "count", None, None, occ=2),
        f("ten years", 10, "years", "duration", None, None),
        f("nine days", 9, "days", "duration", None, "The last strike at the Burrard Inlet terminals"),
        f("five-year", 5, "years", "duration", None, "spring wheat yields"),
    ],
    "events": [
        e("About 700 workers at three grain terminals on Burrard Inlet walked off the job", "2021-08-12", "Thursday"),
        e("Nobody on that line wanted to be there", "2021-08-12", "this morning"),
        e("the employers came to the table", "2021-08-11", "last night"),
        e("the same offer they put in front of us", "2021", "in the spring"),
        e("the association said its offer was worth 2.75 per cent a year once improvements to benefits and pensions were included", "2021-08-12", "Thursday afternoon"),
        e("96 per cent of members who cast ballots supported job action", "2021-08", "earlier this month"),
        e("The union served 72-hour strike notice", "2021-08-09", "on Monday"),
        e("17 bulk vessels were waiting at anchor in English Bay or off the coast", "2021-08-12", "As of Thursday"),
        e("up from 11", "2021-08-09", "at the start of the week"),
        e("Many growers had already seen yields cut by this summer’s heat and drought", "2021", "this summer"),
        e("Federal mediators have been involved in the talks", "2021-06", "since June"),
        e("talks to resume", "2021-08-16", "on Monday"),
        e("The last strike at the Burrard Inlet terminals, in 2013, lasted nine days", "2013", "in 2013"),
    ],
})

# ---------------------------------------------------------------------------
# 02  Reuters, Wednesday 2022-03-09
# ---------------------------------------------------------------------------
HARWOOD = "Harwood Inns"
CASTELLANE = ("Fiona Castellane", P, "Chief Executive")
NATARAJAN = ("Priya Natarajan", P, "leisure analyst at broker Kellaway Hinds")
FIH = "The Federation of Independent Hospitality"

ARTICLES.append({
    "article": "02_uk-pub-chain-energy.txt",
    "published": "2022-03-09",
    "published_basis": "Dated dateline 'LONDON, March 9 (Reuters)'; the year is not printed but follows from context (Russia's invasion of Ukraine 'on Feb. 24' already past, share price 'lowest level since November 2020', COVID-19 lockdown 'in March 2020' past) and 'warned on Wednesday' (2022-03-09 was a Wednesday); agrees with writer.tsv",
    "outlet": "Reuters",
    "quotes": [
        q("annual profit would fall well short of expectations after its energy costs jumped by around £40m", I, HARWOOD, O, None, "warned"),
        q("it now expected underlying pre-tax profit of between £58m and £65m for the year to the end of June", I, HARWOOD, O, None, "said"),
        q("the group had hedged most of its electricity use for the current year but had been caught out by the cost of gas for kitchens and heating, which it buys on shorter contracts", I, *CASTELLANE, "said"),
        q("We went into the winter in decent shape, and trading since Christmas has actually been better than we planned,", D, *CASTELLANE, "told Reuters"),
        q("The problem is entirely on the cost side. Our gas bill for the second half is going to be roughly three times what it was two years ago.", D, *CASTELLANE, "told Reuters"),
        q("the group would not pass the full increase on to customers", I, *CASTELLANE, "said"),
        q("Average drink prices across its estate rose by about 4% in January and a further rise was not planned before the summer", I, *CASTELLANE, "said"),
        q("it had also faced higher wage costs after the national living wage increase due in April, and that staff shortages had forced it to cut opening hours at about 60 sites", I, HARWOOD, O, None, "said"),
        q("The combination of energy, wages and food inflation is a triple hit, and the smaller independent operators don't have the balance sheet to ride it out,", D, *NATARAJAN, "said"),
        q("energy now accounted for close to 9% of the group's revenue, up from about 3.5% before the pandemic - a rise of more than five percentage points", I, *NATARAJAN, "estimated"),
        q("nearly a third of its 4,200 members had told a survey last month they were at risk of closing within a year unless energy costs fell", I, FIH, O, None, "said"),
        q("the government to extend support measures and to cut value added tax on energy bills for small firms", I, FIH, O, None, "called on"),
        q('the government had provided "unprecedented support" to hospitality businesses during the pandemic and continued to keep its approach under review', M, "A Treasury spokesperson", A, None, "said"),
        q("it would delay a planned refurbishment programme for around 45 of its larger sites and cut capital spending by about a quarter this year, to roughly £70m", I, HARWOOD, O, None, "said"),
        q("its lending banks had agreed to relax a covenant test due in June, and that it had more than £120m of available liquidity", I, HARWOOD, O, None, "said"),
        q("whether the warning went far enough", I, "Some investors", A, None, "questioned"),
        q("They are assuming gas prices come down sharply in the second half of the year. If they don't, we could be back here in three months,", D, "one top-20 shareholder", A, None, "said"),
        q("We've taken a prudent view of prices, not an optimistic one,", D, *CASTELLANE, "said"),
        q("the board would set out its dividend plans with half-year results on March 24", I, *CASTELLANE, "adding"),
    ],
    "figures": [
        f("£40m", 40000000, "GBP", "money", None, "Harwood Inns energy bill", occ=1),
        f("around £40m", 40000000, "GBP", "money", "around", "Harwood Inns energy costs"),
        f("11%", 11, "%", "percent", None, "Harwood Inns shares"),
        f("about 830 pubs and hotels", 830, "pubs and hotels", "count", "about", HARWOOD),
        f("between £58m and £65m", 58000000, "GBP", "money", None, "Harwood Inns underlying pre-tax profit"),
        f("£84m", 84000000, "GBP", "money", None, "analyst consensus"),
        f("about 4%", 4, "%", "percent", "about", "Average drink prices"),
        f("11.2%", 11.2, "%", "percent", None, "Shares in Harwood"),
        f("142 pence", 1.42, "GBP", "money", None, "Shares in Harwood"),
        f("around £410m", 410000000, "GBP", "money", "around", HARWOOD),
        f("0.6%", 0.6, "%", "percent", None, "FTSE 250 midcap index"),
        f("300 euros", 300, "EUR", "money", None, "Dutch wholesale gas prices"),
        f("about 60 sites", 60, "sites", "count", "about", HARWOOD),
        f("165p", 1.65, "GBP", "money", None, "price target"),
        f("210p", 2.1, "GBP", "money", None, "price target"),
        f("close to 9%", 9, "%", "percent", "close to", "energy share of revenue"),
        f("about 3.5%", 3.5, "%", "percent", "about", "energy share of revenue"),
        f("more than five percentage points", 5, "%", "percent", "more than", "energy share of revenue"),
        f("4,200 members", 4200, "members", "count", None, FIH),
        f("19.8%", 19.8, "%", "percent", None, "a Canadian pension investor"),
        f("C$350 million", 350000000, "CAD", "money", None, "a Canadian pension investor"),
        f("around 45 of its larger sites", 45, "sites", "count", "around", HARWOOD),
        f("roughly £70m", 70000000, "GBP", "money", "roughly", "capital spending"),
        f("more than £120m", 120000000, "GBP", "money", "more than", HARWOOD),
        f("three months", 3, "months", "duration", None, None),
    ],
    "events": [
        e("British pub operator Harwood Inns warned on Wednesday that annual profit would fall well short of expectations", "2022-03-09", "on Wednesday"),
        e("trading since Christmas has actually been better than we planned", "2021-12-25", "since Christmas"),
        e("Average drink prices across its estate rose by about 4%", "2022-01", "in January"),
        e("Russia's invasion of Ukraine", "2022-02-24", "on Feb. 24"),
        e("benchmark Dutch wholesale gas prices briefly topping 300 euros per megawatt hour", "2022-03-07", "earlier this week"),
        e("the national living wage increase", "2022-04", "due in April"),
        e("nearly a third of its 4,200 members had told a survey", "2022-02", "last month"),
        e("a Canadian pension investor that bought a 19.8% stake", "2019", "in 2019"),
        e("The investor declined to comment", "2022-03-09", "on Wednesday"),
        e("cut capital spending by about a quarter", "2022", "this year"),
        e("a covenant test", "2022-06", "due in June"),
        e("the board would set out its dividend plans with half-year results", "2022-03-24", "on March 24"),
        e("Harwood, which listed in London", "2015", "in 2015"),
        e("the first COVID-19 lockdown", "2020-03", "in March 2020"),
    ],
})

# ---------------------------------------------------------------------------
# 03  The Associated Press, Friday 2022-05-13
# ---------------------------------------------------------------------------
SOLERA = "Solera Medical Inc."
VASK = ("Lorena Vask", P, "one of the family's attorneys")

ARTICLES.append({
    "article": "03_phoenix-insulin-pump-verdict.txt",
    "published": "2022-05-13",
    "published_basis": "Metadata line ' date 2022-05-13' at the top (a Friday); consistent with the verdict 'late Thursday', Vask speaking 'on Friday' and 'Copyright 2022'; agrees with writer.tsv",
    "outlet": "The Associated Press",
    "quotes": [
        q("the company knew of reports of similar malfunctions and failed to warn patients and doctors quickly enough", I, "Jurors", A, None, "finding"),
        q("This is a message to the whole industry,", D, *VASK, "said"),
        q("When you put a computer on somebody's body and it decides how much medicine goes into them, you don't get to sit on the complaints.", D, *VASK, "said"),
        q('the family had "waited almost three years for someone to say out loud that Ray did nothing wrong."', M, "Teresa Estrada", P, None, "said"),
        q("it was disappointed in the verdict and would ask U.S. District Judge Harriet Coalwood to set aside or reduce the punitive award, and appeal if necessary", I, SOLERA, O, None, "said"),
        q("Patient safety is at the core of everything we do,", D, SOLERA, O, None, "said"),
        q("The evidence at trial showed that the device performed as designed, and we believe the jury's decision is not supported by the facts or the law.", D, SOLERA, O, None, "said"),
        q("the company was aware of 14 serious injuries and no deaths linked to the issue at the time", I, SOLERA, O, None, "said"),
        q("that number was far too low", I, "Lawyers for the Estrada family", A, None, "argued"),
        q("logged more than 300 customer complaints describing unexpected doses in the 18 months before the recall", I, "Lawyers for the Estrada family", A, None, "said"),
        q("most of those complaints had been investigated and traced to other causes, including incorrect settings entered by patients", I, "Solera's lawyers", A, None, "countered"),
        q("the pump's logs showed it had delivered nearly 40 units of insulin over roughly 20 minutes, several times Estrada's usual overnight dose", I, "An engineer hired by the family", A, None, "testified"),
        q("the logs were incomplete and could not establish how much insulin actually reached him", I, "A company expert", A, None, "told jurors"),
        q("with interest and court costs the total could exceed $34 million", I, *VASK, "said"),
        q("judges often trim large punitive damage awards, which the U.S. Supreme Court has said should generally bear a reasonable relationship to the actual harm", I, "Legal experts", A, None, "said"),
        q("A ratio of about four to one is within the range courts have upheld, but it's the kind of number that invites a fight on appeal,", D, "Dominic Ferrante", P, "professor who teaches product liability at an Arizona law school", "said"),
        q("the verdict should prompt closer scrutiny of automated insulin devices, which have grown rapidly in popularity", I, "Diabetes advocates", A, None, "said"),
    ],
    "figures": [
        f("$31.5M", 31500000, "$", "money", None, SOLERA),
        f("$31.5 million", 31500000, "$", "money", None, SOLERA),
        f("about two days", 2, "days", "duration", "about", "deliberations"),
        f("three-week", 3, "weeks", "duration", None, "trial"),
        f("67-year-old", 67, "years", "duration", None, "Raymond Estrada"),
        f("$6.5 million", 6500000, "$", "money", None, "compensatory damages"),
        f("three adult children", 3, "children", "count", None, "Raymond Estrada"),
        f("$25 million", 25000000, "$", "money", None, "punitive damages"),
        f("almost three years", 3, "years", "duration", "almost", "the family"),
        f("about 62,000 pumps", 62000, "pumps", "count", "about", SOLERA),
        f("14 serious injuries", 14, "injuries", "count", None, SOLERA),
        f("more than 300 customer complaints", 300, "complaints", "count", "more than", SOLERA),
        f("18 months", 18, "months", "duration", None, None),
        f("nearly 40 units", 40, "units", "count", "nearly", "the pump"),
        f("roughly 20 minutes", 20, "minutes", "duration", "roughly", "the pump"),
        f("$34 million", 34000000, "$", "money", None, "the award"),
        f("about two dozen lawsuits", 24, "lawsuits", "count", "about", "the same pump model"),
    ],
    "events": [
        e("The verdict against Solera Medical Inc., returned", "2022-05-12", "late Thursday"),
        e("the 2019 death of 67-year-old Raymond Estrada of Mesa", "2019", "2019", ),
        e("Lorena Vask, one of the family's attorneys, speaking to reporters outside the Sandra Day O'Connor U.S. Courthouse", "2022-05-13", "on Friday"),
        e("The company, based in suburban Minneapolis, issued a voluntary recall", "2019", "in late 2019"),
        e("Estrada changed the pump's battery", "2019-11-03", "Nov. 3, 2019"),
        e("A trial in a similar case is scheduled to begin in Houston", "2022-09", "in September"),
        e("a hearing on post-trial motions", "2022-06-21", "June 21"),
    ],
})

# ---------------------------------------------------------------------------
# 04  Queensland Sentinel, Tuesday 2023-06-20
# ---------------------------------------------------------------------------
QH = "Queensland Health"
RAMANATHAN = ("Priya Ramanathan", P, "Deputy chief health officer")
OYELARAN = ("Marcus Oyelaran", P, "director of emergency medicine at a large hospital on Brisbane’s northside")
PELLETIER = ("Grant Pelletier", P, "opposition’s health spokesman")
VARGHESE = ("Sunita Varghese", P, "Brisbane GP")
QHSOURCE = ("a senior Queensland Health source", A, None)

ARTICLES.append({
    "article": "04_queensland-flu-surge.txt",
    "published": "2023-06-20",
    "published_basis": "No dateline or date line; '© 2023 Queensland Sentinel' gives the year; figures 'released ... on Tuesday', state announcement 'on Monday', ambulances 'on Sunday night'; 'in May' and 'in March' past, the free program was due to end 'at the end of this month' and is extended 'until the end of August', the season is starting ('this year' vs 'the whole of 2022'), so June (possibly July) 2023; the text does not fix which Tuesday, so writer.tsv's 2023-06-20 (a Tuesday) is taken",
    "outlet": "Queensland Sentinel",
    "quotes": [
        q("the peak of the season is still weeks away", I, "health authorities", A, None, "warning"),
        q("the state was “in for a long and difficult winter”", M, *RAMANATHAN, "said"),
        q("anyone who had not been vaccinated to book in this week", I, *RAMANATHAN, "urged"),
        q("What worries us is not just the number of cases, it’s how early they’ve come,", D, *RAMANATHAN, "told reporters"),
        q("Normally we’d be seeing this kind of activity in late July or August. We are nowhere near the top of this curve yet.", D, *RAMANATHAN, "told reporters"),
        q("vaccination rates were well below where authorities wanted them", I, *RAMANATHAN, "said"),
        q("Only about 27 per cent of Queenslanders have received a flu shot this year", I, QH, O, None, "according to"),
        q("it would extend free flu vaccinations at GPs and pharmacies until the end of August, at an estimated cost of $12.6 million", I, "The state government", O, None, "announced"),
        q("his department had seen between 30 and 40 patients with flu-like illness each day over the past fortnight, on top of a steady load of COVID-19 and respiratory syncytial virus (RSV) cases", I, *OYELARAN, "said"),
        q("We had ambulances queued outside on Sunday night for more than two hours,", D, *OYELARAN, "said"),
        q("Staff are doing everything they can, but when the beds upstairs are full, there is nowhere for patients in the ED to go.", D, *OYELARAN, "said"),
        q("Metro North and Metro South health services have been asked to review their elective surgery lists", I, *QHSOURCE, "said"),
        q("no final decision had been made but a pause of “two to three weeks” was being discussed", M, *QHSOURCE, "said"),
        q("hospitals were “activating their winter surge plans” and that any changes to surgery would be communicated directly to patients", M, "A Queensland Health spokeswoman", A, None, "said"),
        q("the figures showed the government had been caught unprepared", I, *PELLETIER, "said"),
        q("They have known for months this was coming,", D, *PELLETIER, "said"),
        q("Every winter we hear the same promises about surge capacity, and every winter patients end up waiting in the back of ambulances.", D, *PELLETIER, "said"),
        q("her clinic had seen more sick children in May than at any time she could remember", I, *VARGHESE, "said"),
        q("Parents are exhausted. Many of them had the kids home sick in March with one virus, then again in May with another, and now it’s the flu,", D, *VARGHESE, "said"),
        q("The single best thing they can do is get the whole family vaccinated. It’s free, it takes five minutes, and it keeps people out of hospital.", D, *VARGHESE, "said"),
        q("people with symptoms should stay home from work and school, wear a mask if they needed to go out, and speak to a GP about antivirals if they were in a high-risk group", I, *RAMANATHAN, "said"),
        q("the department would release updated modelling later this week, but that the peak was likely to arrive “some time in the next three to five weeks”", M, *RAMANATHAN, "said"),
        q("some crews spent most of a 10-hour shift waiting outside EDs", I, "Paramedics", A, None, "say"),
    ],
    "figures": [
        f("more than 38,400 confirmed cases", 38400, "cases", "count", "more than", "Queensland"),
        f("about 37,000", 37000, "cases", "count", "about", "Queensland"),
        f("Just over 4,100 cases", 4100, "cases", "count", "Just over", "Queensland"),
        f("22 per cent", 22, "%", "percent", None, "weekly notifications"),
        f("286 people", 286, "people", "count", None, "Queensland hospitals"),
        f("19", 19, "people", "count", None, "intensive care", occ=1),
        f("under the age of five", 5, "years", "duration", "under", "Children"),
        f("about 27 per cent", 27, "%", "percent", "about", "Queenslanders"),
        f("roughly 33 per cent", 33, "%", "percent", "roughly", "Queenslanders"),
        f("six months to five years", 6, "months", "duration", None, "children"),
        f("closer to 20 per cent", 20, "%", "percent", "closer to", "children aged six months to five years"),
        f("$12.6 million", 12600000, "$", "money", "an estimated", "The state government"),
        f("between 30 and 40 patients", 30, "patients", "count", None, "his department"),
        f("more than two hours", 2, "hours", "duration", "more than", "ambulances"),
        f("two to three weeks", 2, "weeks", "duration", None, "elective surgery pause"),
        f("two years", 2, "years", "duration", None, "border closures and social distancing"),
        f("five minutes", 5, "minutes", "duration", None, "flu vaccination"),
        f("three to five weeks", 3, "weeks", "duration", None, "the peak"),
        f("more than 120,000 flu cases", 120000, "cases", "count", "more than", "Australia"),
        f("10-hour", 10, "hours", "duration", None, "shift"),
    ],
    "events": [
        e("Queensland has already recorded more laboratory-confirmed influenza cases", "2023", "this year"),
        e("Figures released by Queensland Health", "2023-06-20", "on Tuesday"),
        e("more than 38,400 confirmed cases", "2023-01-01", "since January 1"),
        e("about 37,000", "2022", "last year"),
        e("Just over 4,100 cases were notified", "2023-06-13", "in the past week"),
        e("Only about 27 per cent of Queenslanders have received a flu shot", "2023", "this year"),
        e("down from roughly 33 per cent", "2022", "in 2022"),
        e("The state government on Monday announced it would extend free flu vaccinations at GPs and pharmacies", "2023-06-19", "on Monday"),
        e("extend free flu vaccinations at GPs and pharmacies", "2023-08", "until the end of August"),
        e("The program had been due to finish", "2023-06", "at the end of this month"),
        e("his department had seen between 30 and 40 patients with flu-like illness each day", "2023-06-06", "over the past fortnight"),
        e("We had ambulances queued outside", "2023-06-18", "on Sunday night"),
        e("her clinic had seen more sick children", "2023-05", "in May"),
        e("Many of them had the kids home sick", "2023-03", "in March"),
        e("then again in May with another", "2023-05", "in May"),
        e("the department would release updated modelling", "2023-06-19", "later this week"),
        e("more than 120,000 flu cases have been reported to the National Notifiable Diseases Surveillance System", "2023", "so far this year"),
        e("The state program will now run", "2023-08", "until the end of August"),
    ],
})

# ---------------------------------------------------------------------------
# 05  Prairie News Network, Monday 2022-11-28
# ---------------------------------------------------------------------------
EVERGREEN = "Evergreen Crest Seniors Living Ltd."
MADDOX = ("Corinne Maddox", P, "Justice")
WHITFORD = ("Jonah Whitford", P, "one of the lawyers for the plaintiffs")
KOWALCHUK = ("Donna Kowalchuk", P, None)
ARCAND = ("Sabine Arcand", P, None)

ARTICLES.append({
    "article": "05_edmonton-care-home-class-action.txt",
    "published": "2022-11-28",
    "published_basis": "Byline line 'Posted November 28, 2022 4:47 pm' and lead-video line 'WATCH: ... – Nov 28, 2022'; body: decision 'released Monday', Kowalchuk 'on Monday'; 2022-11-28 was a Monday; '© 2022'; agrees with writer.tsv",
    "outlet": "Prairie News Network",
    "quotes": [
        q("a judge’s ruling on Monday is the first step toward answers", I, "Families of residents who died in COVID-19 outbreaks at Evergreen Crest care homes", A, None, "say"),
        q("Families of seniors who died or fell ill during COVID-19 outbreaks at four Alberta care homes can proceed with a class-action lawsuit against the company that ran them", I, *MADDOX, "ruled"),
        q("This is not the end of anything, but for the families it is an important day,", D, *WHITFORD, "said"),
        q("For two years the company has argued that every one of these cases had to be fought separately, one grieving family at a time. The court has said no.", D, *WHITFORD, "said"),
        q("the claims were too different from one another to be heard together, because residents had different health conditions and the outbreaks unfolded differently at each site", I, EVERGREEN, O, None, "argued"),
        q("the central questions about the company’s policies and staffing were “common to every member of the class” and could be most efficiently decided in a single proceeding", M, *MADDOX, "writing"),
        q("the evidence of systemic failure was “thin.”", M, *MADDOX, "found"),
        q("54 of those deaths were attributed to the virus, and that many of the residents had serious underlying illnesses", I, EVERGREEN, O, None, "said"),
        q("it was reviewing the decision and considering its options, including an appeal", I, EVERGREEN, O, None, "said"),
        q("Our staff worked under extraordinary conditions, following the public health guidance that was in place at the time,", D, EVERGREEN, O, None, "said"),
        q("We grieve every resident we lost and we will defend ourselves against allegations that do not reflect the care and dedication of our team.", D, EVERGREEN, O, None, "said"),
        q("she learned of his diagnosis from a care aide who called her on a personal phone", I, *KOWALCHUK, "said"),
        q("I had to find out from somebody who was so scared for her job she was whispering,", D, *KOWALCHUK, "told Prairie News"),
        q("I want to know who made the decisions in that building. Not the aides. The people above them.", D, *KOWALCHUK, "told Prairie News"),
        q("she had joined the lawsuit not for money but because she wanted “everything on the record.”", M, *KOWALCHUK, "said"),
        q("Today’s decision is for every resident and every worker who was left without enough hands or enough masks in 2020. Staffing is safety.", D, "the union", O, None, "wrote"),
        q("it was not a party to the lawsuit and would not comment on a matter before the courts", I, "Alberta Health Services", O, None, "said"),
        q("certification is often the hardest hurdle for such cases, and many settle before they reach trial", I, "Legal experts", A, None, "say"),
        q("the ruling would put pressure on both sides to negotiate", I, *ARCAND, "said"),
        q("Once a class is certified, the company is facing one very large case instead of dozens of small ones,", D, *ARCAND, "said"),
        q("That changes the math.", D, *ARCAND, "said"),
        q("they still do not know how the virus spread through the homes in 2020", I, "Relatives", A, None, "say"),
    ],
    "figures": [
        f("four Alberta care homes", 4, "homes", "count", None, EVERGREEN),
        f("$150 million", 150000000, "$", "money", None, "The suit"),
        f("two years", 2, "years", "duration", None, EVERGREEN),
        f("three weeks", 3, "weeks", "duration", None, "the outbreak in Grande Prairie"),
        f("61 residents", 61, "residents", "count", None, "The statement of claim"),
        f("four homes", 4, "homes", "count", None, EVERGREEN),
        f("54", 54, "deaths", "count", None, EVERGREEN),
        f("58", 58, "deaths", "count", None, "Provincial figures"),
        f("88", 88, "years", "duration", None, "Walter Kowalchuk"),
        f("eight days", 8, "days", "duration", None, "Walter Kowalchuk"),
        f("one very large case", 1, "case", "count", None, "the company"),
    ],
    "events": [
        e("a judge’s ruling", "2022-11-28", "on Monday"),
        e("Justice Corinne Maddox of the Court of King’s Bench certified the lawsuit against Evergreen Crest Seniors Living Ltd.", "2022-11-28", "Monday"),
        e("The suit, first filed", "2020-12", "in December 2020"),
        e("the virus spread through the facilities", "2020", "that spring and fall"),
        e("61 residents of the four homes died after contracting COVID-19", "2020-04", "between April and December 2020"),
        e("Evergreen Crest said it was reviewing the decision and considering its options, including an appeal", "2022-11-28", "Monday"),
        e("he died at the company’s Edmonton home", "2020-11", "in November 2020"),
        e("Kowalchuk told Prairie News", "2022-11-28", "on Monday"),
        e("every worker who was left without enough hands or enough masks", "2020", "in 2020"),
        e("The parties are due back in court", "2023", "in the new year"),
        e("the virus spread through the homes", "2020", "in 2020"),
        e("The review is expected to report back", "2023", "by the end of next year"),
    ],
})

# ---------------------------------------------------------------------------
# 06  The Lakeshore Tribune, Saturday 2023-02-18
# ---------------------------------------------------------------------------
NSH = "Northshore Health"
WRNA = "Wisconsin Registered Nurses Alliance"
BRENNERMAN = ("Kayla Brennerman", P, "intensive care nurse at St. Brendan")
MERCADO = ("Alan Mercado", P, "chief nursing officer")
KUCHARSKI = ("Dana Kucharski", P, "president")
ODUYA = ("Carmen Oduya", P, "labor relations professor")

ARTICLES.append({
    "article": "06_milwaukee-nurses-strike.txt",
    "published": "2023-02-18",
    "published_basis": "Photo caption 'on Saturday, Feb. 18, 2023, the final day of a three-day strike' and body: strike wrapped up 'Saturday evening', began 'Thursday', nurses return 'Tuesday'; 'Updated 7:42 p.m. CT' has no date; 2023-02-18 was a Saturday; agrees with writer.tsv",
    "outlet": "The Lakeshore Tribune",
    "quotes": [
        q("replacements stay through Monday", I, NSH, O, None, "says"),
        q("it was obligated to keep replacement nurses on for five days", I, NSH, O, None, "said"),
        q("The walkout at St. Brendan Medical Center on the city's south side and Northshore's hospital in Wauwatosa was the largest nursing strike in Wisconsin in more than a decade", I, WRNA, O, None, "according to"),
        q("We're going back in because we love our patients,", D, *BRENNERMAN, "said"),
        q("but nothing about why we walked out has changed. We still go into shifts knowing we're going to be running from room to room.", D, *BRENNERMAN, "said"),
        q("the contract with the agency that supplied replacement nurses required a minimum of five days of work", I, NSH, O, None, "said"),
        q("they could return for shifts starting at 7 a.m. Tuesday", I, NSH, O, None, "were told"),
        q("Our nurses offered to come back tomorrow. Northshore chose to pay out-of-state agency nurses instead. Patients deserve their own nurses.", D, WRNA, O, None, "said"),
        q("We gave the union more than 10 days' notice of exactly how this would work,", D, *MERCADO, "said"),
        q("Nobody wanted this strike. Our priority was making sure every patient had safe care for every hour of it, and that is what we've done.", D, *MERCADO, "said"),
        q("it had improved that offer to 17%", I, NSH, O, None, "said"),
        q("it had not seen in writing", I, WRNA, O, None, "said"),
        q("it would spend about $6.8 million on replacement staff, security and other strike costs", I, NSH, O, None, "said"),
        q("the health system had also paid for hotels and travel for roughly 700 agency nurses", I, WRNA, O, None, "saying"),
        q("That money could have gone into hiring permanent nurses,", D, *KUCHARSKI, "said"),
        q("the system has more than 300 open nursing positions across its two hospitals", I, *KUCHARSKI, "said"),
        q("was closer to 220", I, NSH, O, None, "said"),
        q("it had postponed about 90 elective procedures and transferred nearly 40 patients to other hospitals before the strike began Thursday, including several newborns from St. Brendan's neonatal intensive care unit", I, NSH, O, None, "said"),
        q("The hospital went on ambulance diversion three times during the strike, for periods of between one and four hours", I, "Milwaukee County emergency services", O, None, "according to"),
        q("state inspectors had visited both hospitals during the strike and had not identified any immediate threats to patient safety", I, "A spokeswoman for the Wisconsin Department of Health Services", A, None, "said"),
        q("the disruption was a warning sign for a health system still struggling to rebuild its workforce after the pandemic", I, "Patient advocates", A, None, "said"),
        q("nurse walkouts have become more common in the past two years, and that most have been settled within weeks of the strike ending", I, *ODUYA, "said"),
        q("A strike like this is usually a pressure tactic, not a breakdown,", D, *ODUYA, "said"),
        q("The question now is whether both sides come back to the table having actually moved.", D, *ODUYA, "said"),
        q("nurses had not ruled out a longer, open-ended strike if talks stall, but that no vote had been scheduled", I, *KUCHARSKI, "said"),
    ],
    "figures": [
        f("3-day", 3, "days", "duration", None, "strike"),
        f("three-day", 3, "days", "duration", None, "strike", occ=1),
        f("About 1,900 nurses", 1900, "nurses", "count", "About", WRNA),
        f("two Northshore Health hospitals", 2, "hospitals", "count", None, NSH),
        f("three-day", 3, "days", "duration", None, "strike", occ=2),
        f("five days", 5, "days", "duration", None, "replacement nurses", occ=1),
        f("14 years", 14, "years", "duration", None, "Kayla Brennerman"),
        f("a minimum of five days", 5, "days", "duration", "a minimum of", "replacement agency contract"),
        f("more than 10 days", 10, "days", "duration", "more than", "notice"),
        f("24%", 24, "%", "percent", None, WRNA),
        f("three years", 3, "years", "duration", None, WRNA),
        f("14%", 14, "%", "percent", None, NSH),
        f("17%", 17, "%", "percent", None, NSH),
        f("about $6.8 million", 6800000, "$", "money", "about", NSH),
        f("more than $10 million", 10000000, "$", "money", "more than", NSH),
        f("roughly 700 agency nurses", 700, "nurses", "count", "roughly", NSH),
        f("more than 300 open nursing positions", 300, "positions", "count", "more than", NSH),
        f("two hospitals", 2, "hospitals", "count", None, NSH),
        f("closer to 220", 220, "positions", "count", "closer to", NSH),
        f("about 90 elective procedures", 90, "procedures", "count", "about", NSH),
        f("nearly 40 patients", 40, "patients", "count", "nearly", NSH),
        f("three times", 3, "times", "count", None, "ambulance diversion", occ=1),
        f("between one and four hours", 1, "hours", "duration", None, "ambulance diversion"),
        f("two years", 2, "years", "duration", None, None),
        f("93%", 93, "%", "percent", None, "Nurses"),
        f("$48 million", 48000000, "$", "money", None, NSH),
    ],
    "events": [
        e("replacements stay", "2023-02-20", "through Monday"),
        e("Talks set to resume", "2023-02-20", "next week"),
        e("Nurses picket outside Northshore Health's St. Brendan Medical Center in Milwaukee", "2023-02-18", "on Saturday, Feb. 18, 2023"),
        e("About 1,900 nurses at two Northshore Health hospitals wrapped up a three-day strike", "2023-02-18", "Saturday evening"),
        e("most will not be back at the bedside", "2023-02-21", "until Tuesday"),
        e("Hundreds of nurses in red scarves marched along the picket line", "2023-02-18", "Saturday afternoon"),
        e("Striking nurses were told they could return for shifts", "2023-02-21", "Tuesday"),
        e("the alliance said", "2023-02-18", "on Saturday"),
        e("Our nurses offered to come back", "2023-02-19", "tomorrow"),
        e("Dr. Alan Mercado, Northshore's chief nursing officer, said at a news conference", "2023-02-17", "Friday"),
        e("said Friday it had improved that offer to 17%", "2023-02-17", "Friday"),
        e("the strike began", "2023-02-16", "Thursday"),
        e("hospitals have leaned heavily on traveling nurses", "2020", "since 2020"),
        e("A federal mediator is scheduled to meet with the two sides", "2023-02-23", "on Thursday"),
        e("The nurses' previous contract expired", "2022-12-31", "Dec. 31"),
        e("Nurses voted to authorize the strike", "2023-01-26", "on Jan. 26"),
        e("Northshore Health posts $48 million operating loss", "2022", "for 2022"),
    ],
})


def main():
    for ann in ARTICLES:
        name = ann["article"][:-len(".txt")]
        out = os.path.join(ROOT, name + ".json")
        with open(out, "w", encoding="utf-8") as fh:
            json.dump(ann, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", os.path.relpath(out, ROOT),
              len(ann["quotes"]), "quotes,", len(ann["figures"]), "figures,",
              len(ann["events"]), "events")


if __name__ == "__main__":
    main()
