#!/usr/bin/env python3
"""Write the hand-made annotations of gold-fresh189 to JSON.

Every entry below was written by hand after reading the article in full;
this script only serialises them (no extraction, no pattern matching).
Publication date 2004-12-10 (a Friday) is assigned to every article.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PUBLISHED = "2004-12-10"


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
A = "anonymous"
O = "organization"

ANN = {}

# ---------------------------------------------------------------- entertainment/266
JAM = ("Peter Jamieson", P, "BPI chief")
ANN["entertainment/266"] = dict(
    quotes=[
        Q("We want to ensure that independent repertoire is as successful in the download world as it is in the physical world,",
          "direct", *JAM, "said"),
        Q("his organisation was lobbying music service providers, which include iTunes and Napster, to urge them to promote independent releases",
          "indirect", *JAM, "said"),
        Q("With downloads shortly to be eligible for the singles chart, this is a key commercial issue on which the BPI committed to assisting its members,",
          "direct", *JAM, "added"),
    ],
    figures=[],
    events=[
        E("Download sales are due to be incorporated into the UK singles chart", "2004", "later this year"),
    ],
)

# ---------------------------------------------------------------- sport/004
SPOKES = ("an IAAF spokesman", A, None)
DIACK = ("Lamine Diack", P, "IAAF chief")
ANN["sport/004"] = dict(
    quotes=[
        Q("Nothing was decided to change things - it was more to have a forum of the stakeholders allowing them to express themselves,",
          "direct", *SPOKES, "said"),
        Q("Getting everyone together gave us a lot of food for thought.", "direct", *SPOKES, "said"),
        Q("I am very happy to see you all, members of the athletics family, respond positively to the IAAF call to sit together and discuss what more we can do in the fight against doping,",
          "direct", *DIACK, "said"),
        Q("We are the leading Federation in this field and it is our duty to keep our sport clean.",
          "direct", *DIACK, "said"),
    ],
    figures=[
        F("Two task forces", 2, "forces", "count", None, None),
        F("About 60 people", 60, "people", "count", "About", None),
        F("two task forces", 2, "forces", "count", None, None),
    ],
    events=[
        E("About 60 people attended Sunday's meeting in Monaco", "2004-12-05", "Sunday's"),
        E("The two task forces will report back to the IAAF Council", "2005-04", "April"),
    ],
)

# ---------------------------------------------------------------- sport/013
KIP = ("Isaiah Kiplagat", P, "AK chief")
CHEP = ("Susan Chepkemei", P, None)
AK = ("Athletics Kenya", O, None)
ANN["sport/013"] = dict(
    quotes=[
        Q("We have withdrawn the ban. Chepkemei has given a reason for her absence,", "direct", *KIP, "said"),
        Q("She explained she had a contract with the organisers of the race in Puerto Rice and we have accepted her apology.",
          "direct", *KIP, "said"),
        Q("she will be granted a place in the 32-strong squad", "indirect", *CHEP, "is hopeful"),
        Q("I am satisfied that the whole saga has been brought to an end,", "direct", *CHEP, "said"),
        Q("I am ready and prepared to represent my country.", "direct", *CHEP, "said"),
        Q("I will be disappointed if I am not given a chance to compete at the world cross country championships.",
          "direct", *CHEP, "said"),
        Q("it was making an example of Chepkemei by banning her from competition until the end of 2005",
          "indirect", *AK, "had insisted"),
        Q("it would take disciplinary action unless she could prove she was really injured",
          "indirect", *AK, "insisted"),
        Q("Subject to our doctor's confirmation, we have decided to clear Masai,", "direct", *KIP, "added"),
    ],
    figures=[
        F("two-time", 2, "time", "count", None, "Susan Chepkemei", occurrence=1),
        F("29-year-old", 29, "years", "duration", None, "Susan Chepkemei", occurrence=1),
        F("32-strong", 32, "squad", "count", None, None),
        F("29-year-old", 29, "years", "duration", None, "Susan Chepkemei", occurrence=2),
        F("two-time", 2, "time", "count", None, "Susan Chepkemei", occurrence=2),
        F("three-time", 3, "time", "count", None, "Edith Masai"),
    ],
    events=[
        E("world cross country championships", "2004-12", "this month's", occurrence=1),
        E("banning her from competition", "2005", "until the end of 2005"),
        E("The 29-year-old took part in the 2002 and 2003 London Marathons", "2002", "2002"),
        E("The 29-year-old took part in the 2002 and 2003 London Marathons", "2003", "2003"),
        E("was edged out by Radcliffe in an epic New York Marathon contest", "2003", "last year"),
        E("The two-time world half-marathon silver medallist will be back to challenge Radcliffe at this year's London event",
          "2004-04", "in April"),
    ],
)

# ---------------------------------------------------------------- sport/039
POUND = ("Dick Pound", P, "World Anti-Doping Agency (WADA) chief")
JONES = ("Marion Jones", P, None)
ANN["sport/039"] = dict(
    quotes=[
        Q("Marion Jones should be stripped of all her medals if found guilty of taking banned substances",
          "indirect", *POUND, "says"),
        Q("the American sprinter regularly used drugs to enhance her performance",
          "indirect", "Victor Conte", P, None, "claims"),
        Q("If she is found guilty she should be stripped of all her medals and banned for two years,",
          "direct", *POUND, "said"),
        Q("That is not an issue at all.", "direct", *POUND, "said"),
        Q("using drugs", "indirect", *JONES, "denies"),
        Q("she will take legal action over Conte's allegations", "indirect", *JONES, "says"),
        Q("If she has indeed taken drugs it is going to be a big disappointment for a lot of people.",
          "direct", *POUND, "continued"),
    ],
    figures=[
        F("two years", 2, "years", "duration", None, "Marion Jones"),
        F("three years", 3, "years", "duration", None, None),
        F("five medals", 5, "medals", "count", None, "Marion Jones"),
    ],
    events=[
        E("won five medals at the 2000 Olympics", "2000", "2000"),
    ],
)

# ---------------------------------------------------------------- sport/064
MCI = ("James McIlroy", P, None)
ANN["sport/064"] = dict(
    quotes=[
        Q("I'm qualified now and that's what matters most,", "direct", *MCI, "said"),
        Q("manager Ricky Simms can swing it for him to compete after he initially withdrew after contracting a cold",
          "indirect", *MCI, "is hoping"),
        Q("I've been waiting over six years for this to happen and now I'm certain my career has turned the corner.",
          "direct", *MCI, None),
    ],
    figures=[
        F("one minute, 46.68 seconds", 106.68, "seconds", "duration", None, "James McIlroy"),
        F("28-year-old", 28, "years", "duration", None, "James McIlroy"),
        F("three successive wins", 3, "wins", "count", None, "James McIlroy"),
        F("over six years", 6, "years", "duration", "over", "James McIlroy"),
        F("300m", 300, "m", "count", None, None),
        F("0.90 seconds", 0.9, "seconds", "duration", None, "James McIlroy"),
    ],
    events=[
        E("international indoor meeting in Leipzig", "2004-12-12", "Sunday's"),
        E("three successive wins", "2004-11-26", "over the past fortnight"),
        E("McIlroy delivered an impressive run despite suffering from his bad cold", "2004-12-10", "On Friday"),
        E("McIlroy set a world-leading mark for 1,000m at the Sparkassen Cup in Stuttgart", "2004-12-04", "last weekend"),
        E("his time in Erfurt makes him third fastest over 800m in the world", "2004", "this year"),
    ],
)

# ---------------------------------------------------------------- sport/413
LLEW = ("Gareth Llewellyn", P, None)
ANN["sport/413"] = dict(
    quotes=[
        Q("it is time for him to bring down the curtain on his 92-cap Wales career",
          "indirect", *LLEW, "told BBC Wales Scrum V"),
        Q("he may consider retiring from all rugby", "indirect", *LLEW, "said"),
        Q("I don't know what I'll do next year, whether to carry on playing or make a change in my career,",
          "direct", *LLEW, "said"),
        Q("Narbonne are really keen for me to stay on for next year, so I've got to decide whether to stay on there or maybe go somewhere else, but ultimitely coaching is where I'd like to end up.",
          "direct", *LLEW, "said"),
        Q("I've done all the coaching awards and everything you can do in that respect, so it's just hopefully getting a chance somewhere.",
          "direct", *LLEW, "said"),
        Q("If I do get on the field then brilliant, although the boys are doing really well and I'm very pleased for them,",
          "direct", *LLEW, "added"),
        Q("We've had some really tough years in Wales and the players have been through a hell of a lot.",
          "direct", *LLEW, "added"),
        Q("Sometimes the easiest thing would have been to throw the towel in and walk away, but a few of us dug in there and it's really nice to see some of the boys getting the rewards now.",
          "direct", *LLEW, "added"),
        Q("I was going to retire at the end of the last Six Nations, I'd even told some of the boys in the squad about it.",
          "direct", *LLEW, "added"),
        Q("But Mike (Ruddock) asked me to carry on for another season, which I've done, still part of the squad, still trying to help them out as much as I can.",
          "direct", *LLEW, "added"),
        Q("There's been lots of highs - winning the Six Nations in '94, beating England in '93, I've been on some great tours and seen some fantastic countries,",
          "direct", *LLEW, "said"),
        Q("But I think the best thing of all for me was the time I spent with the players, I've met some great guys in rugby and made some great friends.",
          "direct", *LLEW, "said"),
        Q("It'll be a bit strange on international days having to find somewhere to watch Wales play, but at least I might have time to get my golf handicap down!",
          "direct", *LLEW, "said"),
        Q("he must be allowed to play for Wales", "indirect", *LLEW, "insist"),
    ],
    figures=[
        F("36", 36, "years", "duration", None, "Gareth Llewellyn"),
        F("92-cap", 92, "cap", "count", None, "Gareth Llewellyn"),
        F("one-season", 1, "seasons", "duration", None, "Gareth Llewellyn"),
        F("one last outing", 1, "outing", "count", None, "Gareth Llewellyn"),
        F("20-year-old", 20, "years", "duration", None, "Gareth Llewellyn"),
        F("6ft 6in", 6.5, "ft", "count", None, "Gareth Llewellyn"),
        F("seven seasons", 7, "seasons", "duration", None, "Gareth Llewellyn"),
    ],
    events=[
        E("who is 36", "2005-02", "at the end of February"),
        E("Robert Sidoli and Brent Cockbain, who both scored tries in Saturday's Six Nations win in Italy",
          "2004-12-04", "Saturday's"),
        E("Llewellyn made his Wales debut", "1989", "in 1989"),
        E("break Neil Jenkins' Wales cap record", "2004-06-12", "on 12 June 2004"),
        E("winning the Six Nations", "1994", "in '94"),
        E("beating England", "1993", "in '93"),
    ],
)

# ---------------------------------------------------------------- sport/435
MIRZA = ("Sania Mirza", P, None)
HANT = ("Daniela Hantuchova", P, None)
ANN["sport/435"] = dict(
    quotes=[
        Q("I really didn't expect that after my ankle turn,", "direct", *MIRZA, "said"),
        Q("I played a great match and I think (the crowd) did it again. I knew that I had to play an all-round game and that's what happened.",
          "direct", *MIRZA, "said"),
        Q("I did everything well but I wasn't missing the ball - I don't know how that happened.",
          "direct", *MIRZA, "said"),
        Q("It was such a tough first-round match and I am glad to come through,", "direct", *HANT, "said"),
        Q("She was serving so well. I just decided to hang in there and keep fighting.", "direct", *HANT, "said"),
    ],
    figures=[
        F("18-year-old", 18, "years", "duration", None, "Sania Mirza"),
        F("last two events", 2, "events", "count", None, "Daniela Hantuchova"),
        F("nine match points", 9, "points", "count", None, "Elena Likhovtseva"),
    ],
    events=[
        E("Sania Mirza continued her remarkable rise with victory over US Open champion Svetlana Kuznetsova at the Dubai Championships",
          "2004-12-07", "on Tuesday"),
        E("her first WTA tournament win in Hyderabad", "2004-11", "last month"),
        E("Seventh seed Nathalie Dechy and Elena Bovina were among other first-round winners", "2004-12-07", "on Tuesday"),
    ],
)

# ---------------------------------------------------------------- sport/500
HEN = ("Tim Henman", P, None)
BATES = ("Jeremy Bates", P, "Great Britain captain")
ANN["sport/500"] = dict(
    quotes=[
        Q("I've made no secret of the fact that representing Great Britain has always been a top priority for me throughout my career,",
          "direct", *HEN, "told his website"),
        Q("he was available to help Britain in its bid for Davis Cup success", "indirect", *HEN, "added"),
        Q("Although I won't be playing, I would still like to make myself available to both Jeremy and the LTA in the future so that I can draw upon my experience in the hope of trying to help the British players develop their full potential,",
          "direct", *HEN, "added"),
        Q("I've really enjoyed playing in front of the thousands of British fans both home and abroad and would like to thank every one of them for their unwavering support over the years.",
          "direct", *HEN, "added"),
        Q("Tim has quite simply had a phenomenal Davis Cup career and it has been an absolute privilege to have captained the team with him in it,",
          "direct", *BATES, "said"),
        Q("Tim's magnificent record speaks for itself. While it's a great loss I completely understand and respect his decision to retire from Davis Cup and focus on the Grand Slams and Tour.",
          "direct", *BATES, "said"),
        Q("Looking to the future this decision obviously marks a watershed in British Davis Cup tennis but it is also a huge opportunity for the next generation to make their mark.",
          "direct", *BATES, "said"),
        Q("We have a host of talented players coming through and despite losing someone of Tim's calibre, I remain very optimistic about the future.",
          "direct", *BATES, "said"),
    ],
    figures=[
        F("30-year-old", 30, "years", "duration", None, "Tim Henman"),
        F("36", 36, "matches", "count", None, "Tim Henman"),
        F("50 matches", 50, "matches", "count", None, "Tim Henman"),
    ],
    events=[
        E("who made his Davis Cup debut", "1994", "in 1994"),
        E("the next tie against Israel", "2005-03", "in March"),
        E("Henman made his Davis Cup debut", "1994", "in 1994"),
        E("they qualified for the World Group", "1999", "1999"),
        E("They made the final stages again", "2002", "in 2002"),
    ],
)


def main():
    for art, ann in ANN.items():
        cat, num = art.split("/")
        out = {
            "article": f"{art}.md",
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
