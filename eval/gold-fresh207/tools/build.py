#!/usr/bin/env python3
"""Write the hand-made annotations of gold-fresh207 to JSON.

Every quote, figure and event below was chosen by hand after reading the article in
full; this script only turns the Python literals into <name>.json files next to the
articles folder. Nothing here searches the articles.
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
C, MO, PC, DU = "count", "money", "percent", "duration"

ARTICLES = {}

# ---------------------------------------------------------------------------
# 01 Global News, Burnaby rental tower
# ---------------------------------------------------------------------------
LARCH = "Larchmont Pacific Developments"
RATH = ("Dev Rathore", P, "Coun.")
TSANG = ("Ellen Tsang", P, "Coun.")
FERR = ("Marisol Ferreira", P, None)
BROD = ("Callum Brodeur", P, "organizer")
BCMIN = ("B.C.'s Ministry of Housing", O, None)
ARTICLES["01_burnaby-rental-tower"] = dict(
    published="2021-03-09",
    published_basis="Metadata line ' date 2021-03-09' at the top (a Tuesday); body: council voted 'late Monday' "
                    "(2021-03-08); footer '© 2021 Global News'. Agrees with writer.tsv",
    outlet="Global News",
    quotes=[
        Q('they feel "abandoned" after city council voted late Monday to approve a rezoning that clears the way '
          'for their building to be torn down and replaced with two condo towers',
          M, "Tenants in a 1960s-era rental tower in Burnaby", A, None, "say"),
        Q("that promise means little if they can't find somewhere to live in the meantime",
          I, "Tenants", A, None, "say"),
        Q("I've been here 19 years. My kids grew up in this building,", D, *FERR, "said"),
        Q("The closest thing I can find in this neighbourhood is $2,400, and the landlords want to see a pay stub "
          "before they'll even show it to you.", D, *FERR, "said"),
        Q('the tenant assistance package "a band-aid on a broken leg."', M, *RATH, "called"),
        Q("We keep telling people they'll be made whole, and then we find out two years later that half of them "
          "have moved to Surrey or Chilliwack and never come back,", D, *RATH, "said"),
        Q("the project would add hundreds of new homes steps from the Edmonds SkyTrain station, including 46 "
          "below-market rental units that will be turned over to the city", I, *TSANG, "said"),
        Q("There is no version of solving this housing crisis that doesn't involve building a lot more housing "
          "near transit,", D, *TSANG, "said"),
        Q("That's uncomfortable, and it's painful for the people who live there now, and I don't take that lightly.",
          D, *TSANG, "said"),
        Q("91 households currently meet the policy's eligibility rules, which require a tenant to have lived in the "
          "building for at least a year", I, LARCH, O, None, "said"),
        Q("many residents who moved in during the pandemic or rent from other tenants have been wrongly left off "
          "the list", I, "The Edmonds Tenants' Union", O, None, "saying"),
        Q("We've been knocking on doors since October, and the numbers simply don't match,", D, *BROD, "said"),
        Q("Either the company's list is wrong or a lot of people are about to be told they don't count.",
          D, *BROD, "said"),
        Q('it had "followed the city\'s policy to the letter" and would review any documents tenants wished to '
          'provide before the first notices to end tenancy are issued', M, LARCH, O, None, "said"),
        Q("no tenant will be required to move before the spring of 2022, and construction is expected to take "
          "between three and four years", I, LARCH, O, None, "According to"),
        Q("Metro Vancouver's rental vacancy rate stood at 2.6 per cent last fall",
          I, "Canada Mortgage and Housing Corporation", O, None, "according to"),
        Q("tenant protections during redevelopment are largely a municipal matter", I, *BCMIN, "said"),
        Q("the province changed the Residential Tenancy Act in 2018 to require four months' notice and one month's "
          "rent in compensation for tenants evicted so a building can be demolished", I, *BCMIN, "noted"),
        Q("he plans to bring a motion to council by the end of the month asking staff to study requiring "
          "developers to provide temporary housing inside Burnaby, rather than cash top-ups", I, *RATH, "said"),
        Q("she hasn't decided whether to wait for a unit in the new building", I, *FERR, "said"),
        Q("They're telling me, come back in 2026, you'll have a nice new apartment, same rent,", D, *FERR, "said"),
        Q("In 2026 my son is finished high school. Where do we live until then?", D, *FERR, "said"),
    ],
    figures=[
        F("6-3", 6, "votes", C, None, "Council"),
        F("14-storey", 14, "storey", C, None, None),
        F("212-unit", 212, "unit", C, None, None),
        F("two condo towers", 2, "towers", C, None, None),
        F("38", 38, "storeys", C, None, None),
        F("42 storeys", 42, "storeys", C, None, None),
        F("about 780 homes", 780, "homes", C, "about", None),
        F("19 years", 19, "years", DU, None, "Marisol Ferreira"),
        F("$1,150", 1150, "$", MO, None, "Marisol Ferreira"),
        F("two-bedroom", 2, "bedroom", C, None, None, occ=1),
        F("$2,400", 2400, "$", MO, None, None),
        F("roughly 60 people", 60, "people", C, "roughly", None),
        F("two years", 2, "years", DU, None, None),
        F("46 below-market rental units", 46, "units", C, None, None),
        F("91 households", 91, "households", C, None, LARCH),
        F("closer to 140", 140, "households", C, "closer to", "The Edmonds Tenants' Union"),
        F("between three and four years", 3, "years", DU, None, "construction"),
        F("2.6 per cent", 2.6, "%", PC, None, "Metro Vancouver"),
        F("1.1 per cent", 1.1, "%", PC, None, "Metro Vancouver"),
        F("two-bedroom", 2, "bedroom", C, None, None, occ=2),
        F("nearly four per cent", 4, "%", PC, "nearly", "Burnaby"),
        F("four months", 4, "months", DU, None, None),
        F("one month", 1, "months", DU, None, None),
    ],
    events=[
        E("city council voted late Monday to approve a rezoning", "2021-03-08", "late Monday"),
        E("roughly 60 people who rallied outside Burnaby City Hall", "2021-03-08", "Monday's"),
        E("Residents of the Edmonds Street tower hold signs outside Burnaby City Hall", "2021-03-08",
          "on Monday evening"),
        E("The Edmonds Tenants' Union, which formed", "2020", "last fall"),
        E("We've been knocking on doors", "2020-10", "since October"),
        E("no tenant will be required to move", "2022", "before the spring of 2022"),
        E("Metro Vancouver's rental vacancy rate stood at 2.6 per cent", "2020", "last fall"),
        E("up from 1.1 per cent", "2019", "in 2019"),
        E("the province changed the Residential Tenancy Act", "2018", "in 2018"),
        E("he plans to bring a motion to council", "2021-03", "by the end of the month"),
        E("you'll have a nice new apartment, same rent", "2026", "in 2026"),
        E("my son is finished high school", "2026", "In 2026"),
    ],
)

# ---------------------------------------------------------------------------
# 02 The Associated Press, transit infrastructure cash
# ---------------------------------------------------------------------------
OKA = ("Renata Okafor", P, "director of capital planning")
KOW = ("Dale Kowalczyk", P, "Ohio state Sen.")
BOYD = ("Tamika Boyd", P, None)
ARTICLES["02_transit-infrastructure-cash"] = dict(
    published="2021-11-18",
    published_basis="No dated line in the text: undated 'CLEVELAND (AP) —' dateline and 'Copyright 2021'. Inferred from "
                    "the body: the $1 trillion infrastructure law was 'signed into law Monday' (Mon 2021-11-15), the "
                    "coalition report came 'Tuesday', the FTA statement and Boyd's remarks 'Wednesday', and the FTA had "
                    "calls 'in the three days after the signing', so the story is from Thursday 2021-11-18 at the "
                    "earliest. The exact day rests on writer.tsv (2021-11-18, Thursday), which the text fits",
    outlet="The Associated Press",
    quotes=[
        Q("it needs about $300 million to replace the fleet", I,
          "the Greater Cleveland Regional Transit Authority", O, None, "said"),
        Q("the money may finally be within reach", I, "transit officials here and around the country", A, None, "say"),
        Q("This is the biggest opportunity our industry has had in a generation, and I don’t say that lightly,",
          D, *OKA, "said"),
        Q("But a rail car isn’t something you order off a shelf. If everything goes right, you’re looking at the "
          "first new cars in service in 2025, maybe 2026.", D, *OKA, "said"),
        Q("it expected to publish first-year funding allocations “early in the new year,” with guidance for the "
          "competitive programs to follow", M, "The Federal Transit Administration", O, None, "said"),
        Q("the agency had fielded more than 200 calls and emails from transit agencies in the three days after the "
          "signing, most of them asking how soon they could apply", I, "a federal transportation official", A, None,
          "said"),
        Q("the true figure is much higher — between $120 billion and $140 billion — once deferred station and "
          "maintenance-yard repairs are counted", I, "a coalition of rider advocacy groups", A, None, "said"),
        Q("the real number is hard to pin down because agencies track their assets differently",
          I, "Industry officials", A, None, "say"),
        Q("they hope to use federal money to speed up work on stations that still lack elevators",
          I, "transit officials", A, None, "said"),
        Q("the transit money “a bailout for empty buses”", M, *KOW, "called"),
        Q("We’re pouring money into systems that people have already walked away from,", D, *KOW, "wrote"),
        Q("Fix the roads people actually drive on.", D, *KOW, "wrote"),
        Q("bus ridership in Cleveland has recovered faster than rail, and that the riders who never left are "
          "disproportionately essential workers who don’t own cars", I, *OKA, "said"),
        Q("The people on our trains right now are nurses, cooks, airport workers,", D, *OKA, "said"),
        Q("They didn’t stop coming in. They’re the ones who’ve been riding on these old cars the whole time.",
          D, *OKA, "said"),
        Q("she has been stuck on a stalled train twice this month", I, *BOYD, "said"),
        Q("You sit there and you just hope it moves,", D, *BOYD, "said"),
        Q("If they’re finally going to fix it, good. I just want to know when.", D, *BOYD, "said"),
        Q("they were still working out where the remaining money — potentially as much as $60 million for the rail "
          "cars alone — would come from", I, "local officials in Cleveland", A, None, "said"),
        Q("staff would recommend applying in the first grant round rather than waiting", I, *OKA, "said"),
        Q("If we sit back, somebody else gets that money,", D, *OKA, "said"),
        Q("We’ve waited 35 years for these cars. We’re not waiting any longer than we have to.", D, *OKA, "said"),
    ],
    figures=[
        F("more than 2 million miles", 2000000, "miles", C, "more than", None),
        F("about $300 million", 300000000, "$", MO, "about", "the Greater Cleveland Regional Transit Authority"),
        F("$1 trillion", 1000000000000, "$", MO, None, "infrastructure package"),
        F("about $39 billion", 39000000000, "$", MO, "about", "public transit"),
        F("five years", 5, "years", DU, None, None),
        F("more than 200 calls", 200, "calls", C, "more than", "the Federal Transit Administration"),
        F("three days", 3, "days", DU, None, None),
        F("about $105 billion", 105000000000, "$", MO, "about", "nationwide repair backlog"),
        F("between $120 billion and $140 billion", 120000000000, "$", MO, None, "repair backlog"),
        F("roughly 40%", 40, "%", PC, "roughly", "transit ridership"),
        F("46", 46, "years", DU, None, "Tamika Boyd"),
        F("up to 80%", 80, "%", PC, "up to", "federal grants"),
        F("as much as $60 million", 60000000, "$", MO, "as much as", "the rail cars"),
        F("35 years", 35, "years", DU, None, None),
    ],
    events=[
        E("the $1 trillion infrastructure package signed into law", "2021-11-15", "Monday"),
        E("you’re looking at the first new cars in service", "2025", "in 2025"),
        E("The Federal Transit Administration said in a statement", "2021-11-17", "Wednesday"),
        E("it expected to publish first-year funding allocations", "2022", "early in the new year"),
        E("A coalition of rider advocacy groups said in a report released", "2021-11-16", "Tuesday"),
        E("transit ridership this fall remained roughly 40% below 2019 levels", "2021", "this fall"),
        E("Dale Kowalczyk, a Republican who represents a district south of Cleveland, called the transit money "
          "“a bailout for empty buses” in a post on Twitter", "2021-11-16", "on Tuesday"),
        E("she has been stuck on a stalled train twice", "2021-11", "this month"),
        E("Boyd said Wednesday, waiting on a platform as the wind came off Lake Erie", "2021-11-17", "Wednesday"),
        E("The authority’s board is scheduled to discuss its federal funding strategy at a meeting", "2021-11-23",
          "next Tuesday"),
    ],
)

# ---------------------------------------------------------------------------
# 03 Reuters, pension fund build-to-rent
# ---------------------------------------------------------------------------
LPPP = "Laurentian Public Pension Plan"
PARTNERS = ("the two partners", O, None)
MARCH = ("Josée Marchand", P, "head of real assets")
OKON = ("Ruth Okonjo", P, "policy director")
ARTICLES["03_pension-fund-build-to-rent"] = dict(
    published="2022-06-27",
    published_basis="Dated dateline 'LONDON, June 27 (Reuters) -' and the partners 'said on Monday'; the year is not "
                    "printed, but June 27 is a Monday in 2022 and the Bank of England's rise to 1.25% 'on June 16' fits "
                    "2022. Agrees with writer.tsv",
    outlet="Reuters",
    quotes=[
        Q("A Canadian public-sector pension fund has scaled back its planned investment in a British build-to-rent "
          "housing venture", I, *PARTNERS, "said"),
        Q("Laurentian Public Pension Plan (LPPP) will now commit C$350 million ($272 million) to the joint venture "
          "with Manchester-based developer Northgate Living, down from the C$600 million it pledged when the "
          "partnership was announced in September", I, *PARTNERS, "according to"),
        Q("It now expects to deliver between 2,000 and 2,500, and has shelved plans for sites in Leeds and Sheffield",
          I, *PARTNERS, "said"),
        Q("The fundamentals of the UK rental market remain strong, but the numbers on some of these schemes no "
          "longer work at today's build costs,", D, *MARCH, "said"),
        Q("We would rather build fewer homes well than chase a target.", D, *MARCH, "said"),
        Q("it would keep its own £40m stake in the venture unchanged and would look for other investors to fill "
          "the gap", I, "Northgate Living", O, None, "said"),
        Q('talks with "two or three" institutions were under way', M, "Gareth Pryce", P, "chief executive", "said"),
        Q("one of them was a Dutch pension investor that already holds about €2.5bn of European residential "
          "property, and that a decision was not expected before the autumn", I,
          "a person familiar with the matter", A, None, "said"),
        Q("the cost of delivering a typical one-bedroom flat in its Manchester schemes had risen to about £210,000, "
          "from roughly £175,000 when the joint venture was signed", I, "Northgate Living", O, None, "estimated"),
        Q("Yields on new build-to-rent schemes in regional cities have risen by about half a percentage point this "
          "year", I, "property consultants", A, None, "estimate"),
        Q("the pullback would worsen shortages in cities where rents are climbing fastest",
          I, "Housing campaigners", A, None, "said"),
        Q("Every scheme that gets shelved is a few hundred homes that don't exist in three years' time,",
          D, *OKON, "said"),
        Q("Renters are already paying for that.", D, *OKON, "said"),
        Q('build-to-rent was "an important part of the housing mix" and that the government continued to "engage '
          'closely with institutional investors"', M, "Britain's housing ministry", O, None, "said"),
        Q("it remained committed to the British market and was still reviewing other opportunities there",
          I, LPPP, O, None, "said"),
    ],
    figures=[
        F("C$350 million", 350000000, "CAD", MO, None, LPPP),
        F("$272 million", 272000000, "USD", MO, None, LPPP),
        F("C$600 million", 600000000, "CAD", MO, None, LPPP),
        F("about 4,000 rental homes", 4000, "homes", C, "about", "The venture"),
        F("five years", 5, "years", DU, None, "The venture"),
        F("between 2,000 and 2,500", 2000, "homes", C, None, "The venture"),
        F("£40m", 40000000, "GBP", MO, None, "Northgate Living"),
        F("two or three", 2, "institutions", C, None, None),
        F("about €2.5bn", 2500000000, "EUR", MO, "about", "a Dutch pension investor"),
        F("25.2%", 25.2, "%", PC, None, "UK construction material prices"),
        F("five times", 5, "times", C, None, "the Bank of England"),
        F("1.25%", 1.25, "%", PC, None, "the Bank of England"),
        F("one-bedroom", 1, "bedroom", C, None, None),
        F("about £210,000", 210000, "GBP", MO, "about", "Northgate Living"),
        F("roughly £175,000", 175000, "GBP", MO, "roughly", "Northgate Living"),
        F("closer to 25%", 25, "%", PC, "closer to", LPPP),
        F("more than 11%", 11, "%", PC, "more than", "Average private rents in Manchester"),
        F("three years", 3, "years", DU, None, None),
        F("312-flat", 312, "flat", C, None, "The first of the venture's schemes"),
        F("about C$95 billion", 95000000000, "CAD", MO, "about", LPPP),
    ],
    events=[
        E("A Canadian public-sector pension fund has scaled back its planned investment in a British build-to-rent "
          "housing venture, the two partners said", "2022-06-27", "on Monday"),
        E("the deal was agreed", "2021", "last year"),
        E("the partnership was announced", "2021-09", "in September"),
        E("a decision was not expected", "2022", "before the autumn"),
        E("the sector has been squeezed", "2022", "this year"),
        E("UK construction material prices rose 25.2%", "2022-05", "in the year to May"),
        E("the Bank of England has raised interest rates five times", "2021-12", "since December"),
        E("most recently to 1.25%", "2022-06-16", "on June 16"),
        E("Yields on new build-to-rent schemes in regional cities have risen by about half a percentage point",
          "2022", "this year"),
        E("Average private rents in Manchester rose by more than 11%", "2022-04", "in the year to April"),
        E("The first of the venture's schemes, a 312-flat block in Salford, is due to open to tenants", "2022-06",
          "by the end of the month"),
        E("A second, in Liverpool, is under construction and is expected to be completed", "2024", "in 2024"),
    ],
)

# ---------------------------------------------------------------------------
# 04 ABC News, Parramatta Road bus corridor
# ---------------------------------------------------------------------------
REVIEW = ("the leaked review", A, None)
PETR = ("Graham Petrakis", P, "Transport Minister")
CAST = ("Naomi Castellano", P, "Opposition transport spokeswoman")
LASK = ("Dimitri Laskaris", P, None)
ABARA = ("Helen Abara", P, "Infrastructure economist")
ARTICLES["04_parramatta-road-bus-corridor"] = dict(
    published="2022-09-02",
    published_basis="'Posted Fri 2 Sep 2022 at 5:42am, updated Fri 2 Sep 2022 at 11:18am' line and footer "
                    "'Posted 2 Sep 2022'; body: minister spoke 'on Friday morning'. Agrees with writer.tsv",
    outlet="ABC News",
    quotes=[
        Q("Parramatta Road rapid bus corridor cost blows out by almost $900 million", I, *REVIEW, "finds"),
        Q("The cost of a rapid bus corridor promised for Sydney's inner west has blown out by almost $900 million, "
          "and the first stage will open at least two years late", I, *REVIEW, "according to"),
        Q('the final figure will be "well below" the review\'s estimate', M, "the government", O, None, "says"),
        Q('rising material prices, the relocation of water and power lines under the road that were "poorly '
          'mapped", and a redesign of three stations after community consultation', M, *REVIEW, "blames"),
        Q("the first stage is now unlikely to open before the end of 2026", I, *REVIEW, "says"),
        Q('the review was a "worst-case" draft and that the final cost would be "well below" the figures reported',
          M, *PETR, "said"),
        Q("This is a document that was written to stress-test the project, and it’s done exactly that,",
          D, *PETR, "told reporters"),
        Q("We’ve already identified savings. I’m not going to stand here and pretend costs haven’t gone up across "
          "every construction project in the country, because they have, but the numbers in that draft are not the "
          "numbers we’ll be delivering.", D, *PETR, None),
        Q("it would be made public “when the business case is finalised later this year”", M, *PETR,
          "telling reporters"),
        Q("the government had known about the blowout for at least six weeks", I, *CAST, "said"),
        Q("The minister sat on this review for over a month and said nothing,", D, *CAST, "said"),
        Q("Inner west commuters deserve to know what they’re paying for and when they’ll get it.", D, *CAST, "said"),
        Q("$900 million over budget. Two years late. And they only told us because it leaked. #nswpol",
          D, *CAST, "wrote"),
        Q("about 41,000 people a day travel along the corridor by bus, and journey times between Burwood and the "
          "city have grown by nearly 20 per cent since 2016", I, *REVIEW, "According to"),
        Q("a dispute with one of the utility contractors could add a further three to six months to the schedule "
          "if it is not resolved by the end of the year", I, *REVIEW, "warns"),
        Q("early works, including the removal of roadside parking at Ashfield and Five Dock, would continue “as "
          "planned” and that the agency was working closely with contractors “to manage cost pressures”",
          M, "Transport for NSW", O, None, "said"),
        Q("cabinet had discussed scaling back the second stage, which would extend the lanes west to Parramatta, but "
          "no decision had been made", I, "a senior government source", A, None, "told the ABC"),
        Q("trade had fallen by about a quarter since work began in March", I, *LASK, "said"),
        Q("They told us 18 months of disruption. Now it’s four years?", D, *LASK, "said"),
        Q("I don’t know how many of us will still be here by the time the buses come.", D, *LASK, "said"),
        Q("cost escalations of 30 to 50 per cent had become common on Australian transport projects since 2020",
          I, *ABARA, "said"),
        Q("What’s unusual here isn’t the size of the overrun, it’s how early it’s appeared,", D, *ABARA, "said"),
        Q("They’ve barely started digging. That suggests the original estimate was optimistic from day one.",
          D, *ABARA, "said"),
    ],
    figures=[
        F("almost $900 million", 900000000, "$", MO, "almost", "Parramatta Road rapid bus corridor", occ=1),
        F("almost $900 million", 900000000, "$", MO, "almost", "rapid bus corridor", occ=2),
        F("at least two years", 2, "years", DU, "at least", "the first stage"),
        F("$1.2 billion", 1200000000, "$", MO, None, "The project", occ=1),
        F("between $1.9 billion and $2.1 billion", 1900000000, "$", MO, None, "The leaked review", occ=1),
        F("14-kilometre", 14, "kilometre", C, None, "Parramatta Road corridor"),
        F("between $1.9 billion and $2.1 billion", 1900000000, "$", MO, None, "The review", occ=2),
        F("$1.2 billion", 1200000000, "$", MO, None, "the government", occ=2),
        F("three stations", 3, "stations", C, None, None),
        F("at least six weeks", 6, "weeks", DU, "at least", "the government"),
        F("$900 million", 900000000, "$", MO, None, None, occ=3),
        F("Two years", 2, "years", DU, None, None),
        F("about 41,000 people", 41000, "people", C, "about", "the corridor"),
        F("nearly 20 per cent", 20, "%", PC, "nearly", "journey times"),
        F("three to six months", 3, "months", DU, None, "the schedule"),
        F("22 years", 22, "years", DU, None, "Dimitri Laskaris"),
        F("18 months", 18, "months", DU, None, None),
        F("four years", 4, "years", DU, None, None),
        F("30 to 50 per cent", 30, "%", PC, None, "Australian transport projects"),
        F("$312 million", 312000000, "$", MO, None, "the corridor"),
    ],
    events=[
        E("The project was costed at $1.2 billion when announced", "2019", "in 2019"),
        E("The review, prepared for Transport for NSW", "2022-07", "in July"),
        E("the $1.2 billion estimate the government announced", "2019", "in 2019"),
        E("The corridor, which would give buses dedicated lanes between Burwood and Camperdown for most of the "
          "day, had been due to open", "2024", "in late 2024"),
        E("the first stage is now unlikely to open", "2026", "before the end of 2026"),
        E('Transport Minister Graham Petrakis said on Friday morning the review was a "worst-case" draft',
          "2022-09-02", "on Friday morning"),
        E("the business case is finalised", "2022", "later this year"),
        E("Ms Castellano wrote", "2022-09-02", "on Friday morning"),
        E("journey times between Burwood and the city have grown by nearly 20 per cent", "2016", "since 2016"),
        E("a dispute with one of the utility contractors could add a further three to six months to the schedule "
          "if it is not resolved", "2022", "by the end of the year"),
        E("work began", "2022-03", "in March"),
        E("cost escalations of 30 to 50 per cent had become common on Australian transport projects", "2020",
          "since 2020"),
        E("The NSW budget, handed down", "2022-06", "in June"),
        E("The government is expected to release the final business case before the state election", "2023-03",
          "in March"),
    ],
)

# ---------------------------------------------------------------------------
# 05 The Canadian Press, Ottawa transit budget
# ---------------------------------------------------------------------------
KERR = ("Daniel Kerrigan", P, "Mayor")
AMO = ("Bernadette Amoako", P, "Coun.")
STAFF = ("city staff", A, None)
ARTICLES["05_ottawa-transit-budget"] = dict(
    published="2023-01-24",
    published_basis="Photo caption 'on Tuesday, Jan. 24, 2023'; footer 'first published Jan. 24, 2023'; body: council "
                    "'voted Tuesday' (undated 'OTTAWA —' dateline). Agrees with writer.tsv",
    outlet="The Canadian Press",
    quotes=[
        Q("service cuts are the real problem", I, "riders", A, None, "warn"),
        Q("a down payment on winning riders back,", D, *KERR, "called"),
        Q("unreliable service, not price, is what keeps people off buses and trains", I,
          "transit users and some councillors", A, None, "warned"),
        Q("The fare freeze, approved 19-6 as part of the city’s draft 2023 budget, will cost about $7 million in "
          "lost revenue", I, *STAFF, "according to"),
        Q("the city could not ask people to pay more for a system that has let them down repeatedly since the "
          "Confederation Line light rail opened in 2019", I, *KERR, "said"),
        Q("We have asked the people of this city to be patient for a very long time. We asked them to be patient "
          "through the breakdowns, through the derailments, through the shutdowns that went on for weeks,",
          D, *KERR, "told council"),
        Q("I don’t think it is fair, and I don’t think it is good policy, to turn around now and ask those same "
          "people to pay more for the privilege.", D, *KERR, None),
        Q("What we are saying today is simple: we are going to hold the line on fares, and we are going to hold the "
          "people responsible for this system to account.", D, *KERR, None),
        Q("the freeze treats the wrong problem", I, "Critics", A, None, "said"),
        Q("the money would be better spent restoring bus routes that were trimmed during the pandemic",
          I, *AMO, "said"),
        Q("A cheap bus that never shows up is still a bus that never shows up,", D, *AMO, "said"),
        Q("the freeze “a nice headline” that would do little for riders in suburban wards where service had been "
          "cut to every 30 minutes or longer", M, *AMO, "called"),
        Q("it welcomed the freeze but wanted a firm commitment to restoring service hours to 2019 levels by the end "
          "of the year", I, "Ottawa Riders United", O, None, "said"),
        Q("People don’t leave transit because of a few dollars a month. They leave because they can’t count on it,",
          D, "Simon Beaulieu", P, "chair", "told The Canadian Press"),
        Q("OC Transpo faces a shortfall of about $39 million in 2023, which the city hopes will be partly covered "
          "by provincial and federal pandemic relief", I, *STAFF, "told council"),
        Q("he would raise the issue with both levels of government “in the coming weeks.”", M, *KERR, "said"),
        Q("it is about 70 per cent of 2019 levels based on fare revenue", I, *STAFF, "estimate"),
        Q("counts on some suburban routes show it is below 60 per cent", I, "the transit union", O, None, "says"),
        Q("the city would continue to withhold some maintenance payments from the private consortium that built "
          "and maintains the light rail line until reliability improves", I, *KERR, "said"),
        Q("the amount was “in the tens of millions” and that the city expected talks with the consortium to resume "
          "after the budget is finalized", M, "a senior city official", A, None, "said"),
        Q("The east-west light rail line’s eastern extension to Trim Road is expected to open later in 2024",
          I, "the city", O, None, "says"),
        Q("she would try to amend the budget before the final vote to put some of the fare-freeze money toward "
          "restoring service on four bus routes in Barrhaven and Orléans", I, *AMO, "said"),
        Q("I hope my colleagues are open to it,", D, *AMO, "said"),
        Q("We have three weeks to get this right.", D, *AMO, "said"),
    ],
    figures=[
        F("19-6", 19, "votes", C, None, "Ottawa city council"),
        F("about $7 million", 7000000, "$", MO, "about", "The fare freeze"),
        F("roughly 70 per cent", 70, "%", PC, "roughly", "OC Transpo ridership"),
        F("2.5 per cent", 2.5, "%", PC, None, "property tax rate", occ=1),
        F("2.5 per cent", 2.5, "%", PC, None, "transit levy", occ=2),
        F("roughly 3 per cent", 3, "%", PC, "roughly", None),
        F("30 minutes", 30, "minutes", DU, None, None),
        F("about $39 million", 39000000, "$", MO, "about", "OC Transpo"),
        F("about 70 per cent", 70, "%", PC, "about", "Ridership"),
        F("more than 2,000 OC Transpo drivers", 2000, "drivers", C, "more than", "the transit union"),
        F("below 60 per cent", 60, "%", PC, "below", None),
        F("roughly two years", 2, "years", DU, "roughly", "eastern extension"),
        F("four bus routes", 4, "routes", C, None, None),
        F("three weeks", 3, "weeks", DU, None, None),
    ],
    events=[
        E("Ottawa Mayor Daniel Kerrigan speaks to reporters at City Hall", "2023-01-24", "on Tuesday, Jan. 24, 2023"),
        E("Ottawa city council voted Tuesday to freeze transit fares", "2023-01-24", "Tuesday"),
        E("Kerrigan, who took office", "2022-11", "in November"),
        E("the Confederation Line light rail opened", "2019", "in 2019"),
        E("What we are saying", "2023-01-24", "today"),
        E("the roughly 3 per cent increases that had been pencilled in", "2022", "last year"),
        E("restoring service hours to 2019 levels", "2023", "by the end of the year"),
        E("Staff told council", "2023-01", "earlier this month"),
        E("OC Transpo faces a shortfall of about $39 million", "2023", "in 2023"),
        E("Council’s budget will go to a final vote", "2023-02-15", "on Feb. 15"),
        E("The east-west light rail line’s eastern extension to Trim Road is expected to open", "2024",
          "later in 2024"),
    ],
)

# ---------------------------------------------------------------------------
# 06 The Columbus Dispatch (aggregator copy), backyard cottages
# ---------------------------------------------------------------------------
WHIT = ("Andrea Whitcomb", P, "Council President")
DELG = ("Marcus Delgado", P, "director")
KESS = ("Linda Kessler", P, None)
OSEI = ("Raymond Osei", P, "Councilmember")
ARTICLES["06_columbus-adu-vote"] = dict(
    published="2023-05-17",
    published_basis="Metadata line ' date 2023-05-17' at the top (a Wednesday); no dateline; body: council voted "
                    "'Monday night' (2023-05-15), Kessler's Facebook post 'Tuesday' (2023-05-16). Agrees with writer.tsv",
    outlet="The Columbus Dispatch",
    quotes=[
        Q("This is not going to solve our housing shortage by itself. Nothing is,", D, *WHIT, "said"),
        Q("But it lets regular people, not just big developers, be part of the solution. A retired couple can build "
          "a unit for their grandson. A family can add a rental that helps them pay the mortgage.",
          D, *WHIT, "said"),
        Q("the change could lead to between 150 and 300 new units a year once homeowners get used to the rules",
          I, "City planning staff", A, None, "estimate"),
        Q("Construction of a detached backyard unit typically costs between $150,000 and $250,000 in central Ohio",
          I, "builders", A, None, "say"),
        Q("If you don't have the equity or a bank that's willing to lend on it, this is a nice idea on paper,",
          D, *DELG, "said"),
        Q("the city should consider a loan program for lower-income owners, as some West Coast cities have done",
          I, *DELG, "said"),
        Q('the council would look at financing options "later this year" and that staff had already been asked to '
          'prepare a set of pre-approved building plans, which could cut design costs by as much as a third',
          M, *WHIT, "said"),
        Q("they feared the units would become short-term rentals or overwhelm street parking on narrow blocks",
          I, "Several residents of Clintonville and German Village", A, None, "told council"),
        Q("the commission had asked for the vote to be delayed until fall", I, *KESS, "said"),
        Q("We are not against housing. We are against rushing,", D, *KESS, "wrote"),
        Q("Neighbors found out about this ordinance three weeks ago. That is not enough time for a change this big.",
          D, *KESS, "wrote"),
        Q("the proposal had been discussed at more than a dozen public meetings since it was first introduced on "
          "March 3, and that staff had made several changes in response to residents' concerns, including the "
          "owner-occupancy rule", I, *WHIT, "said"),
        Q("he voted for the ordinance but would watch closely how it played out on the ground", I, *OSEI, "said"),
        Q("I've heard from people who are excited about this and people who are worried about it, and honestly "
          "they're both right,", D, *OSEI, "said"),
        Q("We'll know a lot more in a year.", D, *OSEI, "said"),
    ],
    figures=[
        F("7-0", 7, "votes", C, None, "City Council"),
        F("nearly three hours", 3, "hours", DU, "nearly", None),
        F("up to six months", 6, "months", DU, "up to", "a zoning variance"),
        F("800 square feet", 800, "square feet", C, None, None),
        F("between 150 and 300 new units", 150, "units", C, None, None),
        F("fewer than 20", 20, "units", C, "fewer than", None),
        F("between $150,000 and $250,000", 150000, "$", MO, None, "a detached backyard unit"),
        F("somewhere between 30,000 and 40,000 homes", 30000, "homes", C, "somewhere", "central Ohio"),
        F("more than 100,000", 100000, "homes", C, "more than", "central Ohio"),
        F("about 22%", 22, "%", PC, "about", "Median rent"),
        F("fewer than 30 days", 30, "days", DU, "fewer than", None),
        F("more than a dozen public meetings", 12, "meetings", C, "more than", None),
    ],
    events=[
        E("City Council voted unanimously Monday night to allow so-called accessory dwelling units in every "
          "residential neighborhood", "2023-05-15", "Monday night"),
        E("Homeowners across Columbus will be able to build a small second home in their backyard or above their "
          "garage", "2023", "starting this summer"),
        E("The city will begin accepting permit applications", "2023-08-15", "Aug. 15"),
        E("fewer than 20 granted by variance", "2019", "in 2019"),
        E("the council would look at financing options", "2023", "later this year"),
        E("a regional planning estimate released", "2023", "earlier this year"),
        E("the gap could grow to more than 100,000", "2030", "by 2030"),
        E("Median rent in the city has risen about 22%", "2020", "since 2020"),
        E("Not everyone at Monday's meeting was in favor", "2023-05-15", "Monday's"),
        E("Linda Kessler, who chairs a neighborhood commission on the city's north side, said in a Facebook post",
          "2023-05-16", "Tuesday"),
        E("Neighbors found out about this ordinance", "2023-04-26", "three weeks ago"),
        E("it was first introduced", "2023-03-03", "on March 3"),
        E("The ordinance takes effect", "2023-06-16", "in 30 days"),
        E("City staff are expected to present draft design guidelines at a planning commission meeting",
          "2023-05-18", "later this week"),
    ],
)


def main():
    for name, ann in ARTICLES.items():
        out = {
            "article": name + ".txt",
            "published": ann["published"],
            "published_basis": ann["published_basis"],
            "outlet": ann["outlet"],
            "quotes": ann["quotes"],
            "figures": ann["figures"],
            "events": ann["events"],
        }
        path = os.path.join(ROOT, name + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", os.path.relpath(path, ROOT),
              len(out["quotes"]), "quotes,", len(out["figures"]), "figures,", len(out["events"]), "events")


if __name__ == "__main__":
    main()
