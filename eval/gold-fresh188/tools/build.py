#!/usr/bin/env python3
"""Write the hand-made gold annotations of gold-fresh188 to JSON.

Every annotation below was written by hand after reading the article in full;
nothing here searches the text. Run from anywhere: python3 tools/build.py
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PUBLISHED = "2005-03-10"  # assigned publication date (a Thursday)


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


P = "person"
ORG = "organization"

ANN = {}

# ---------------------------------------------------------------- entertainment/295
KELLY = "Laura Michelle Kelly"
MACK = "Sir Cameron Mackintosh"
ANN["entertainment/295"] = dict(
    quotes=[
        Q('she was "very nervous" about meeting Dame Julie because she was "my absolute hero"',
          "mixed", KELLY, P, None, "said"),
        Q("he hoped the production, which cost £9m to bring to the stage, was a blend of the "
          "sweet-natured film and the original book by PL Travers",
          "indirect", MACK, P, "theatre impresario", "said"),
    ],
    figures=[
        F("23", 23, "years", "duration", None, KELLY),
        F("two Olivier Awards", 2, "Awards", "count", None, "The show"),
        F("69", 69, "years", "duration", None, "Julie Andrews"),
        F("£9m", 9000000, "GBP", "money", None, "the production"),
    ],
    events=[
        E("shot to fame as the nanny in the 1964 Disney movie", "1964", "1964"),
        E("The show has been one of the West End's hottest tickets since opening",
          "2004-12", "in December"),
        E("Kelly was named best musical actress", "2005-02", "last month's"),
        E("she had her first starring role in a performance of Humpty Dumpty", "1948", "in 1948"),
        E("Proceeds from Thursday's show will go to charities including Absolute Return for Kids "
          "(Ark), international relief agency Operation USA and drama school Lamda",
          "2005-03-10", "Thursday's"),
    ],
)

# ---------------------------------------------------------------- sport/221
LEN = "Neil Lennon"
ET = "told the Evening Times"
ANN["sport/221"] = dict(
    quotes=[
        Q('Rangers could be considered "slight favourites" for the Old Firm CIS Cup clash',
          "mixed", LEN, P, None, "admits"),
        Q("his side can still win", "indirect", LEN, P, None, "insists"),
        Q("Rangers are in good form at the moment", "indirect", LEN, P, None, "concedes"),
        Q("Rangers are on the up and have been on a good run in recent weeks,",
          "direct", LEN, P, None, "said"),
        Q("But it's a game we believe we're capable of winning if we play our best,",
          "direct", LEN, P, None, ET),
        Q("All the boys are looking forward to it because they are brilliant games to be involved in.",
          "direct", LEN, P, None, ET),
        Q("Without playing at the top of our game, we have still been winning matches.",
          "direct", LEN, P, None, ET),
        Q("At the minute, we are at the top of the league and still in with a chance of staying in "
          "Europe, so I don't think it is the crisis people have been trying to make out.",
          "direct", LEN, P, None, ET),
        Q("Of course, it is a concern when you are losing goals, because we have been notorious for "
          "being a team that is hard to beat and keeping clean sheets, but hopefully we are over that wee run.",
          "direct", LEN, P, None, ET),
        Q("Considering we lost Henrik Larsson at the end of last season, we have still been scoring "
          "a lot of goals, which is pleasing.",
          "direct", LEN, P, None, ET),
    ],
    figures=[
        F("seven meetings", 7, "meetings", "count", None, "Rangers"),
    ],
    events=[
        E("we lost Henrik Larsson", "2004", "at the end of last season"),
    ],
)

# ---------------------------------------------------------------- sport/402
ARU = "the Australian Rugby Union"
FLOWERS = "Gary Flowers"
ANN["sport/402"] = dict(
    quotes=[
        Q("Sydney will host a northern versus southern hemisphere charity match in June or July",
          "indirect", ARU, ORG, None, "said"),
        Q("The Australian Rugby Union has thrown its support behind a proposed North-South match to "
          "raise funds for the tsunami appeals,",
          "direct", ARU, ORG, None, "said"),
        Q("the world cricket charity match in Melbourne earlier this month had inspired the ARU",
          "indirect", FLOWERS, P, "ARU chief executive", "said"),
        Q("We still need to discuss the options with the IRB (International Rugby Board), the Lions "
          "and our SANZAR (South Africa, New Zealand and Australia Rugby) partners, but June or July "
          "is seen as a better option than March to ensure we have the cream of southern hemisphere "
          "rugby available,",
          "direct", FLOWERS, P, "ARU chief executive", "said"),
        Q('the charity match was a "great initiative"',
          "mixed", "George Gregan", P, "Wallabies captain", "said"),
    ],
    figures=[
        F("Almost 80,000 fans", 80000, "fans", "count", "Almost", "Melbourne Cricket Ground"),
        F("£5.9m", 5900000, "GBP", "money", None, "a charity match"),
    ],
    events=[
        E("Sydney will host a northern versus southern hemisphere charity match in June or July, "
          "the Australian Rugby Union (ARU) said", "2005-03-09", "on Wednesday"),
        E("Sydney will host a northern versus southern hemisphere charity match",
          "2005-06", "in June or July"),
        E("the world cricket charity match in Melbourne", "2005-03", "earlier this month"),
        E("Coach Clive Woodward's Lions squad will tour New Zealand", "2005-06", "in June and July"),
        E("Tests", "2005-06-25", "on 25 June"),
        E("Tests", "2005-07-02", "2 and 9 July"),
        E("Tests", "2005-07-09", "9 July"),
        E("Almost 80,000 fans packed into Melbourne Cricket Ground", "2005-01-10", "on 10 January"),
    ],
)

# ---------------------------------------------------------------- sport/406
ROB = "Andy Robinson"
RC = "England coach"
ANN["sport/406"] = dict(
    quotes=[
        Q('he was "livid" after his side were denied two tries in Sunday\'s 19-13 Six Nations loss '
          "to Ireland in Dublin",
          "mixed", ROB, P, RC, "said"),
        Q("[I'm] absolutely spitting. I'm livid. There's two tries we've been cost,",
          "direct", ROB, P, RC, "told BBC Sport"),
        Q("We've got to go back to technology. I don't know why we didn't.",
          "direct", ROB, P, RC, "told BBC Sport"),
        Q("Cueto was ahead of Charlie Hodgson when the fly-half hoisted his cross-field kick for the "
          "Sale wing to gather",
          "indirect", "Jonathan Kaplan", P, "referee", "ruled"),
        Q("I think Mark Cueto scored a perfectly legal try and I think he should have gone to the "
          "video referee on Josh Lewsey,",
          "direct", ROB, P, RC, "said"),
        Q("It is how we use the technology. It is there, and it should be used.",
          "direct", ROB, P, RC, "said"),
        Q("I am still trying to work out the Cueto try. I have looked at both, and they both looked tries.",
          "direct", ROB, P, RC, "said"),
        Q("We are very disappointed, and this will hurt, there is no doubt about that.",
          "direct", ROB, P, RC, "said"),
        Q("We are upset now, but the referee is in charge and he has called it his way and we have "
          "got to be able to cope with that.",
          "direct", ROB, P, RC, "said"),
        Q("We did everything we could have done to win the game. I am very proud of my players and, "
          "with a couple of decisions, this could have been a very famous victory.",
          "direct", ROB, P, RC, "said"),
        Q("I thought we dominated. Matt Stevens had an awesome game at tighthead prop, while the "
          "likes of Charlie Hodgson, Martin Corry and Lewis Moody all came through well.",
          "direct", ROB, P, RC, "said"),
        Q("Josh Lewsey was awesome, and every one of the forwards stood up out there. Given the "
          "pressure we were under, credit must go to all the players.",
          "direct", ROB, P, RC, "said"),
        Q("We have done everything but win a game of rugby, but Ireland are a good side. They "
          "defended magnificently and they've got every chance of winning this Six Nations.",
          "direct", ROB, P, RC, "said"),
    ],
    figures=[
        F("two tries", 2, "tries", "count", None, "England", occurrence=1),
        F("two tries", 2, "tries", "count", None, "England", occurrence=2),
        F("three matches", 3, "matches", "count", None, "England"),
        F("four out of their six games", 4, "games", "count", None, "England"),
    ],
    events=[
        E("his side were denied two tries in Sunday's 19-13 Six Nations loss to Ireland in Dublin",
          "2005-03-06", "Sunday's"),
        E("England have lost their first three matches in this year's Six Nations", "2005", "this year's"),
        E("Robinson took over from Sir Clive Woodward", "2004-09", "in September"),
    ],
)

# ---------------------------------------------------------------- sport/461
RUS = "Greg Rusedski"
HIG = "David Higdon"
HR = "Vice President of the ATP"
ANN["sport/461"] = dict(
    quotes=[
        Q("I tried to order some but didn't receive any and I haven't got any yet.",
          "direct", RUS, P, None, "said"),
        Q("You would think they would have been available in December as it can take two months for "
          "the body to respond.",
          "direct", RUS, P, None, "said"),
        Q("This event comes in the hottest period of the year, so you would hope the stuff would be "
          "available for it.",
          "direct", RUS, P, None, "said"),
        Q("a positive doping test was the result of contaminated ATP supplements",
          "indirect", RUS, P, None, "persuaded a tribunal"),
        Q("I agree with Greg.", "direct", HIG, P, HR, "admitted"),
        Q("I would have loved to have had these things available as soon as possible but it's a lot "
          "of work to make sure they have gone through rigorous testing.",
          "direct", HIG, P, HR, "admitted"),
        Q("The reality is though that the first two weeks of the tour are spread far and wide and part "
          "of the distribution agreement we had with GSK has an education component.",
          "direct", HIG, P, HR, "admitted"),
        Q("We weren't going to just drop these products out there without having a talk with the "
          "players about understanding how to use them.",
          "direct", HIG, P, HR, "admitted"),
        Q("The first chance we will get to do that is at the players meeting on the Saturday before "
          "the Australian Open.",
          "direct", HIG, P, HR, "admitted"),
        Q("the imminent changes will be beneficial", "indirect", RUS, P, None, "conceded"),
        Q("The good thing is that there is now a 100% guarantee, so hopefully all this will never "
          "happen again,",
          "direct", RUS, P, None, "said"),
        Q("Hopefully after the Australian Open we won't have to discuss this any more.",
          "direct", RUS, P, None, "said"),
    ],
    figures=[
        F("two months", 2, "months", "duration", None, "the body"),
        F("two weeks", 2, "weeks", "duration", None, "the tour"),
        F("100%", 100, "%", "percent", None, "guarantee"),
    ],
    events=[
        E("The British number two escaped a possible ban", "2004", "last year"),
        E("takes on Roger Federer at the Qatar Open", "2005-03-09", "later on Wednesday"),
    ],
)

# ---------------------------------------------------------------- sport/503
SAF = "Marat Safin"
ANN["sport/503"] = dict(
    quotes=[
        Q("he thought he was suffering another Australian Open final nightmare when he lost the "
          "opening set to Lleyton Hewitt",
          "indirect", SAF, P, None, "admitted"),
        Q("I was nervous and I couldn't play tennis,", "direct", SAF, P, None, "said"),
        Q("He started really well. He wasn't as nervous as I was because I was thinking of the two "
          "finals that I played and wasn't successful.",
          "direct", SAF, P, None, "said"),
        Q("You really have to deal with the pressure because normally it never happens but when you "
          "come to the final you are so tight because you want to win.",
          "direct", SAF, P, None, "added"),
        Q("I tried to play some tennis but I couldn't. He has huge experience, he's won two Grand "
          "Slam titles, he's won 24 titles, he's a great player and he deals with pressure.",
          "direct", SAF, P, None, "added"),
        Q("In the third set, just all of a sudden, it all turn around completely in a way I couldn't expect,",
          "direct", SAF, P, None, "said"),
        Q("Because he made a couple of mistakes, I was a little bit lucky at some point, then the "
          "confidence came back and I was back in the game.",
          "direct", SAF, P, None, "said"),
        Q("the victory, and his semi-final win over world number one Roger Federer, had given him a "
          "massive boost for the future",
          "indirect", SAF, P, None, "revealed"),
        Q("You get huge confidence because Roger is a great player,", "direct", SAF, P, None, "said"),
        Q("Once I beat him, and then Lleyton, it's like you get so much confidence in yourself that "
          "you really can play great.",
          "direct", SAF, P, None, "said"),
        Q("You can win big titles and you can beat huge players in the finals and semi-finals.",
          "direct", SAF, P, None, "said"),
    ],
    figures=[
        F("two finals", 2, "finals", "count", None, SAF),
        F("two Grand Slam titles", 2, "titles", "count", None, "Lleyton Hewitt"),
        F("24 titles", 24, "titles", "count", None, "Lleyton Hewitt"),
        F("seven games", 7, "games", "count", None, SAF),
    ],
    events=[
        E("lost the 2002 and 2004 finals", "2002", "2002"),
        E("lost the 2002 and 2004 finals", "2004", "2004"),
    ],
)

# ---------------------------------------------------------------- sport/510
MIR = "Sania Mirza"
ANN["sport/510"] = dict(
    quotes=[
        Q("It is a big moment in my career and I would like to thank everyone who has been a part of my effort,",
          "direct", MIR, P, None, "said"),
        Q("This win has made me believe more in myself and I can now hope to do better in the coming days.",
          "direct", MIR, P, None, "said"),
        Q("I wanted to win this tournament very badly since it was in my hometown.",
          "direct", MIR, P, None, "said"),
        Q("she had delivered an ace to secure victory", "indirect", MIR, P, None, "thought"),
    ],
    figures=[
        F("18-year-old", 18, "years", "duration", None, MIR),
        F("three double faults", 3, "faults", "count", None, MIR),
    ],
    events=[
        E("Mirza became the first Indian woman to reach the third round of a Grand Slam",
          "2005-01", "in January"),
        E("she became the youngest Indian to win a professional title by claiming the doubles at the "
          "Hyderabad Open", "2004", "a year ago"),
    ],
)

# ---------------------------------------------------------------- tech/085
REL = "Jemima Rellie"
RR = "head of the Tate's digital programme"
TAT = "Richard Tateson"
ANN["tech/085"] = dict(
    quotes=[
        Q("It is much more akin to wandering through the gallery,", "direct", REL, P, RR, "said"),
        Q("I went to an online clothes store to find something to buy my wife for Christmas but I "
          "didn't have a clue what I wanted,",
          "direct", TAT, P, None, "said"),
        Q("the dominance of text-based searching is not necessarily appealing to the majority of "
          "online shoppers",
          "indirect", TAT, P, None, "thinks"),
        Q("You don't arrive at Tate Britain and tell people what you want to see. One of the skills "
          "of showing off the collection is to introduce people to things they wouldn't have asked for,",
          "direct", TAT, P, None, "said"),
        Q("The Tate is committed to making its art more accessible and technology such as ArtGarden "
          "can help with that",
          "indirect", REL, P, RR, "said"),
        Q("the technology can be incorporated on to the website in the near future",
          "indirect", REL, P, RR, "hopes"),
    ],
    figures=[],
    events=[],
)


def main():
    for key, ann in ANN.items():
        cat, num = key.split("/")
        out = {
            "article": f"{cat}/{num}.md",
            "published": PUBLISHED,
            "published_basis": "metadata",
            "outlet": "BBC News",
            "quotes": ann["quotes"],
            "figures": ann["figures"],
            "events": ann["events"],
        }
        path = os.path.join(ROOT, f"{cat}-{num}.json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", os.path.relpath(path, ROOT))


if __name__ == "__main__":
    main()
