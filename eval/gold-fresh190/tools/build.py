#!/usr/bin/env python3
"""Write the hand-made annotations of gold-fresh190 to JSON.

Every quote, figure and event below was chosen by hand after reading the article in full.
This script only serialises them; it does not search the text for anything.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PUBLISHED = "2004-11-13"  # assigned (a Saturday), not the real date


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


ANN = {}

# ---------------------------------------------------------------- entertainment/205
ANN["entertainment/205"] = dict(
    quotes=[
        Q('a show they claim is "a blatant and wholescale copycat" of their programme',
          "mixed", "RDF Media", "organization", None, "claim"),
        Q("We respect our producing partners' right to protect their intellectual property in whatever manner they deem most appropriate,",
          "direct", "ABC", "organization", None, "said"),
        Q("it had not seen the details of the legal action and could not comment",
          "indirect", "A spokesman for Fox", "anonymous", None, "said"),
        Q("Fox's boxing show The Next Great Champ had been hurriedly produced to ensure its programme was the first to be screened",
          "indirect", "NBC", "organization", None, "claimed"),
        Q("boxing regulations had been violated",
          "indirect", "NBC", "organization", None, "alleged"),
    ],
    figures=[
        F("$18 million", 18000000, "USD", "money", None, "RDF Media"),
        F("£9.25 million", 9250000, "GBP", "money", None, "RDF Media"),
    ],
    events=[
        E("the British show, which was first aired", "2003", "in 2003"),
        E("Their show was first screened", "2004-06", "in June"),
        E("the NBC network claimed that Fox's boxing show The Next Great Champ had been hurriedly produced to ensure its programme was the first to be screened",
          "2004", "Earlier this year"),
        E("NBC's The Contender is due to begin", "2005-02", "in February"),
    ],
)

# ---------------------------------------------------------------- sport/079
ANN["sport/079"] = dict(
    quotes=[
        Q("I am convinced the IAAF will appeal against the decision, and we will support them.",
          "direct", "Dick Pound", "person", "Wada chairman", "said"),
        Q("But if they accept the federation's ruling we will go before the Court of Arbitration for Sport,",
          "direct", "Dick Pound", "person", "Wada chairman", "added"),
        Q("Comments like these only help to embarrass the sporting governing bodies, create a hostage situation for the IAAF and strengthen our case further,",
          "direct", "Gregory Ioannidis", "person", "Kenteris's lawyer", "told BBC Sport"),
        Q("the duo had not been informed that they needed to attend a drugs test in Athens",
          "indirect", "an independent tribunal", "organization", None, "ruled"),
    ],
    figures=[
        F("31", 31, "years", "duration", None, "Kostas Kenteris"),
        F("30", 30, "years", "duration", None, "Katerina Thanou"),
        F("four years", 4, "years", "duration", None, "Christos Tzekos"),
    ],
    events=[
        E("The pair were cleared of charges relating to missing dope tests by the Greek Athletics Federation",
          "2004-11-01", "last week"),
        E("They withdrew from the Athens Games after missing a drugs test at the Olympic village",
          "2004-08-12", "on 12 August"),
    ],
)

# ---------------------------------------------------------------- sport/353
ANN["sport/353"] = dict(
    quotes=[
        Q("A scan has shown damage to the medial ligaments of Scott's right knee ruling him out of the first part of the Championship.",
          "direct", "James Robson", "person", "Scotland doctor", "said"),
        Q("We will seek further specialist advice in due course to determine just how long Scott may be out for.",
          "direct", "James Robson", "person", "Scotland doctor", "said"),
        Q("We have got plenty of good, young players coming through and we have got to look at the opportunities it represents for them, rather than the negatives,",
          "direct", "Williams", "person", None, "added"),
    ],
    figures=[
        F("at least the first two games", 2, "games", "count", "at least", "Simon Taylor"),
        F("26", 26, "years", "duration", None, "Scott Gray"),
    ],
    events=[
        E("the opener in Paris", "2005-02-05", "on 5 February"),
        E("who won his first cap against Australia at Murrayfield", "2003", "last year"),
        E("was hurt in club action", "2004-11-06", "at the weekend"),
        E("Flanker Jason White and prop Tom Smith have also been suffering from flu and missed this week's training sessions",
          "2004-11-08", "this week's"),
    ],
)

# ---------------------------------------------------------------- sport/360
ANN["sport/360"] = dict(
    quotes=[
        Q("English rugby has to act now to prevent injury destroying players' careers",
          "indirect", "Andy Robinson", "person", "England coach", "says"),
        Q("Injuries are part of the sport but we have to have a look at the amount of injuries that occur in the English season,",
          "direct", "Andy Robinson", "person", "England coach", "told BBC Sport"),
        Q("I think players are probably going to have three or four years taken off their careers.",
          "direct", "Andy Robinson", "person", "England coach", "told BBC Sport"),
        Q("I think there's an injury audit coming out in March that's got some great information in there that I think everybody in the English game has got to look at,",
          "direct", "Andy Robinson", "person", "England coach", "said"),
        Q("If we don't the situation is going to get worse and not better, so I think rugby as a whole has got to look at this.",
          "direct", "Andy Robinson", "person", "England coach", "said"),
    ],
    figures=[
        F("three or four years", 3, "years", "duration", None, "players"),
        F("three of the major stakeholders", 3, "stakeholders", "count", None, "English rugby"),
    ],
    events=[
        E("the game went professional", "1994", "nearly 10 years ago"),
        E("an injury audit coming out", "2005-03", "in March"),
    ],
)

# ---------------------------------------------------------------- sport/419
ANN["sport/419"] = dict(
    quotes=[
        Q("he can make this summer's Lions tour, despite missing most of the season through injury",
          "indirect", "Mike Tindall", "person", "Bath and England centre", "believes"),
        Q("he would be fit in time for the tour to New Zealand",
          "indirect", "Mike Tindall", "person", "Bath and England centre", "told Rugby Special"),
        Q("I'm aiming to be fit by 18 April and hope I can play from then,",
          "direct", "Mike Tindall", "person", "Bath and England centre", "said"),
        Q("I've spoken to Sir Clive Woodward and he understands the situation, so I just hope that I can get on the tour.",
          "direct", "Mike Tindall", "person", "Bath and England centre", "said"),
        Q("competition is intense",
          "indirect", "Mike Tindall", "person", "Bath and England centre", "is aware"),
        Q("he will be happy just to have an opportunity to wear the red shirt",
          "indirect", "Mike Tindall", "person", "Bath and England centre", "says"),
        Q("I'm quite laid back about it to be honest - it's quite hard for me to expect to be pushing for a Test spot,",
          "direct", "Mike Tindall", "person", "Bath and England centre", "said"),
        Q("But after what's happened this season at least Clive knows I'll be 100% fresh!",
          "direct", "Mike Tindall", "person", "Bath and England centre", "said"),
    ],
    figures=[
        F("26-year-old", 26, "years", "duration", None, "Mike Tindall"),
        F("100%", 100, "%", "percent", None, "Mike Tindall"),
    ],
    events=[
        E("Lions tour", "2005", "this summer's"),
        E("The World Cup winner has been out of action", "2003-12", "since December"),
        E("I'm aiming to be fit", "2005-04-18", "by 18 April"),
        E("missing out on the 2001 tour to Australia with a knee injury", "2001", "2001"),
        E("For the full interview with Mike Tindall tune into this Sunday's Rugby Special",
          "2004-11-14", "this Sunday's"),
    ],
)

# ---------------------------------------------------------------- sport/420
ANN["sport/420"] = dict(
    quotes=[
        Q("the Munster man will be pushing hard for a recall for the following game against England",
          "indirect", "Johnny O'Connor", "person", None, "knows"),
        Q("It's a 'horses for courses' selection really,",
          "direct", "Johnny O'Connor", "person", None, "said"),
        Q("There's a lot of competition here and I can't just drag my heels around if I don't get picked.",
          "direct", "Johnny O'Connor", "person", None, "said"),
        Q("Missing the Italian game was disappointing certainly, but you can't dwell on these things - it's part and parcel of rugby.",
          "direct", "Johnny O'Connor", "person", None, None),
        Q("Denis has been playing really well and deserved his opportunity.",
          "direct", "Johnny O'Connor", "person", None, None),
        Q("It's a good situation to be in if there are good players around you, pushing for a place in the side.",
          "direct", "Johnny O'Connor", "person", None, None),
        Q("It will be interesting to see how situations on the deck is reffed, with the new laws having come in.",
          "direct", "Johnny O'Connor", "person", None, "added"),
        Q("Obviously the breakdown a big part of what I do on the pitch so I'm hoping to hold some influence there against what is a very solid Scottish pack.",
          "direct", "Johnny O'Connor", "person", None, "added"),
    ],
    figures=[
        F("23-year-old", 23, "years", "duration", None, "Denis Leamy"),
        F("three stone", 3, "stone", "count", None, "Denis Leamy"),
    ],
    events=[
        E("he makes his RBS Six Nations debut for Ireland against Scotland", "2004-11-13", "on Saturday"),
        E("who celebrated his 25th birthday", "2004-11-10", "on Wednesday"),
        E("was touted by Wasps director of rugby Warren Gatland as a possible 2005 Lions Test openside",
          "2004-09", "last September"),
        E("making his debut in the victory over South Africa", "2003-11", "last November"),
    ],
)

# ---------------------------------------------------------------- sport/455
ANN["sport/455"] = dict(
    quotes=[
        Q("I would like to congratulate Daniela,",
          "direct", "Dominik Hrbaty", "person", None, "said"),
        Q("I was so nervous watching her today, I almost had a heart attack.",
          "direct", "Dominik Hrbaty", "person", None, "said"),
        Q("I also feel a little sorry for Guillermo because I get very excited whenever I play for my country. I show lots of emotions and played such good tennis.",
          "direct", "Dominik Hrbaty", "person", None, "said"),
        Q("I was so nervous because I really wanted to win for the team and for Dominik as he played so well all week,",
          "direct", "Daniela Hantuchova", "person", None, "said"),
        Q("I didn't think I was playing my best but I just tried to hang in there and fight hard for every point for my country.",
          "direct", "Daniela Hantuchova", "person", None, "said"),
    ],
    figures=[
        F("three singles matches", 3, "matches", "count", None, "Dominik Hrbaty"),
        F("two places", 2, "places", "count", None, "Daniela Hantuchova"),
        F("first four games", 4, "games", "count", None, "Daniela Hantuchova"),
        F("three of her singles matches", 3, "matches", "count", None, "Gisela Dulko"),
        F("27 minutes", 27, "minutes", "duration", None, "Gisela Dulko"),
        F("next two", 2, "sets", "count", None, "Daniela Hantuchova"),
    ],
    events=[
        E("Slovakia clinched the Hopman Cup for the second time by beating Argentina 3-0",
          "2004-11-13", "Saturday's"),
        E("final defeat to the United States", "2003", "last year's"),
        E("I was so nervous watching her", "2004-11-13", "today"),
        E("he played so well", "2004-11-08", "all week"),
        E("Slovakia won the Cup on their first appearance", "1998", "in 1998"),
    ],
)


def main():
    for key, ann in ANN.items():
        cat, num = key.split("/")
        doc = {
            "article": f"{cat}/{num}.md",
            "published": PUBLISHED,
            "published_basis": "metadata",
            "outlet": "BBC News",
            "quotes": ann["quotes"],
            "figures": ann["figures"],
            "events": ann["events"],
        }
        out = os.path.join(ROOT, f"{cat}-{num}.json")
        with open(out, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", os.path.relpath(out, ROOT))


if __name__ == "__main__":
    main()
