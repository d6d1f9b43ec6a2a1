#!/usr/bin/env python3
"""Check the gold-fresh216 annotations (<name>.json next to articles/) against SCHEMA.md.

Checks, per file:
  * the JSON parses and has exactly the keys article, published, published_basis, outlet,
    quotes, figures, events; `article` names an existing file in articles/;
  * every quote / figure / event `text` and every event `date_text` is an exact substring
    of the article;
  * `occurrence` is present exactly when the `text` occurs more than once (every match counted,
    overlapping and inside longer tokens included) and lies in 1..count;
  * quote kind in {direct, indirect, mixed}, speaker_type in {person, anonymous, organization},
    figure category in {count, money, percent, duration}; speaker non-empty; role/cue str or null;
  * indirect quotes contain no quotation mark (" “ ” „), mixed quotes contain at least one;
  * each direct quote sits right after an opening quotation mark and ends at a closing mark
    or at the end of its paragraph (a quotation running on with no closing mark);
  * figure value is a number, approx (if any) is the start of the text, percent unit is '%',
    money unit is one of $ / CAD / USD / AUD / GBP / EUR, duration units are time units;
  * event date and `published` are YYYY, YYYY-MM or YYYY-MM-DD and valid calendar dates;
    each event's date_text occurs in the same paragraph as the chosen occurrence of its text;
  * no annotated span lies in the page furniture at the end of the page (after the
    'Related' / 'RELATED STORIES' / 'More on this story' / 'Related Stories' block);
  * `published` equals writer.tsv's date for the file and the basis records that check, or the
    basis explains the disagreement (naming writer.tsv and its date).
Prints every problem and the total; exit status 1 when there are problems.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ART = os.path.join(ROOT, "articles")

KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]
KINDS = {"direct", "indirect", "mixed"}
STYPES = {"person", "anonymous", "organization"}
CATS = {"count", "money", "percent", "duration"}
MONEY_UNITS = {"$", "CAD", "USD", "AUD", "GBP", "EUR"}
TIME_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "seasons"}
QMARKS = '"“”„'
OPEN = '"“„'
CLOSE = '"”'
FURNITURE = ["\nRelated\n", "\nRELATED STORIES\n", "\nRelated Stories\n", "\nMore on this story\n"]
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def positions(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def valid_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    parts = [int(p) for p in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def paragraph_bounds(text, pos):
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (len(text) if end == -1 else end)


def load_writer():
    rows = {}
    with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2 and cols[0].endswith(".txt"):
                rows[cols[0]] = cols[1]
    return rows


def main():
    problems = []
    writer = load_writer()
    txts = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    counts = {}
    for txt in txts:
        name = txt[:-4] + ".json"
        path = os.path.join(ROOT, name)

        def bad(msg):
            problems.append(f"{name}: {msg}")

        if not os.path.exists(path):
            bad("missing JSON")
            continue
        try:
            with open(path, encoding="utf-8") as fh:
                d = json.load(fh)
        except Exception as exc:  # noqa: BLE001
            bad(f"does not parse: {exc}")
            continue
        if list(d.keys()) != KEYS:
            bad(f"keys {list(d.keys())} != {KEYS}")
        if d.get("article") != txt:
            bad(f"article field {d.get('article')!r} != {txt!r}")
        with open(os.path.join(ART, txt), encoding="utf-8") as fh:
            text = fh.read()
        fpos = min([text.find(m) for m in FURNITURE if m in text] or [len(text)])

        def locate(layer, i, item):
            t = item.get("text")
            if not isinstance(t, str) or not t:
                bad(f"{layer}[{i}] empty or non-string text")
                return None
            pos = positions(text, t)
            if not pos:
                bad(f"{layer}[{i}] text not in article: {t!r}")
                return None
            occ = item.get("occurrence")
            if len(pos) > 1:
                if occ is None:
                    bad(f"{layer}[{i}] text occurs {len(pos)} times but has no occurrence: {t!r}")
                    return None
                if not isinstance(occ, int) or not 1 <= occ <= len(pos):
                    bad(f"{layer}[{i}] occurrence {occ!r} out of range 1..{len(pos)}: {t!r}")
                    return None
                p = pos[occ - 1]
            else:
                if occ is not None:
                    bad(f"{layer}[{i}] occurrence given but text occurs once: {t!r}")
                p = pos[0]
            if p >= fpos:
                bad(f"{layer}[{i}] lies in page furniture: {t!r}")
            return p

        # publication date
        pub = d.get("published")
        if not valid_date(pub) or len(pub) != 10:
            bad(f"published {pub!r} is not YYYY-MM-DD")
        wdate = writer.get(txt)
        basis = d.get("published_basis") or ""
        if not basis:
            bad("empty published_basis")
        if wdate is None:
            bad("no writer.tsv row")
        elif pub != wdate and not ("writer.tsv" in basis and wdate in basis and "Agrees with writer.tsv" not in basis):
            bad(f"published {pub} != writer.tsv {wdate} and basis does not say why")
        elif pub == wdate and "writer.tsv" not in basis:
            bad("published_basis does not record the check against writer.tsv")
        if not (d.get("outlet") is None or isinstance(d.get("outlet"), str)):
            bad("outlet not str/null")

        # quotes
        qs = d.get("quotes") or []
        for i, q in enumerate(qs):
            p = locate("quotes", i, q)
            t = q.get("text", "")
            kind = q.get("kind")
            if kind not in KINDS:
                bad(f"quotes[{i}] kind {kind!r}")
            if q.get("speaker_type") not in STYPES:
                bad(f"quotes[{i}] speaker_type {q.get('speaker_type')!r}")
            if not isinstance(q.get("speaker"), str) or not q.get("speaker"):
                bad(f"quotes[{i}] speaker missing")
            for k in ("role", "cue"):
                if not (q.get(k) is None or (isinstance(q.get(k), str) and q.get(k))):
                    bad(f"quotes[{i}] {k} not non-empty str/null")
            has_q = any(c in t for c in QMARKS)
            if kind == "indirect" and has_q:
                bad(f"quotes[{i}] indirect quote contains a quotation mark: {t!r}")
            if kind == "mixed" and not has_q:
                bad(f"quotes[{i}] mixed quote has no quotation mark: {t!r}")
            if kind == "direct" and p is not None:
                if has_q:
                    bad(f"quotes[{i}] direct quote contains a quotation mark: {t!r}")
                if p == 0 or text[p - 1] not in OPEN:
                    bad(f"quotes[{i}] direct quote not right after an opening mark: {t!r}")
                e = p + len(t)
                if not (e == len(text) or text[e] in CLOSE or text[e] == "\n"):
                    bad(f"quotes[{i}] direct quote not followed by a closing mark or paragraph end: {t!r}")
                if e < len(text) and text[e] == "\n" and text[p - 1] in OPEN:
                    # a run-on paragraph: there must be no closing mark inside it
                    if any(c in CLOSE for c in t):
                        bad(f"quotes[{i}] run-on quote contains a closing mark: {t!r}")
            if p is not None and kind in ("indirect", "mixed"):
                # the span must not start or end in the middle of a word
                e = p + len(t)
                if p > 0 and text[p - 1].isalnum():
                    bad(f"quotes[{i}] starts inside a word: {t!r}")
                if e < len(text) and text[e].isalnum() and t[-1].isalnum():
                    bad(f"quotes[{i}] ends inside a word: {t!r}")

        # figures
        fs = d.get("figures") or []
        for i, f in enumerate(fs):
            locate("figures", i, f)
            t = f.get("text", "")
            cat = f.get("category")
            if cat not in CATS:
                bad(f"figures[{i}] category {cat!r}")
            v = f.get("value")
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                bad(f"figures[{i}] value {v!r} not a number")
            unit = f.get("unit")
            if not isinstance(unit, str) or not unit:
                bad(f"figures[{i}] unit missing")
            if cat == "percent" and unit != "%":
                bad(f"figures[{i}] percent unit {unit!r}")
            if cat == "money" and unit not in MONEY_UNITS:
                bad(f"figures[{i}] money unit {unit!r}")
            if cat == "money" and unit == "GBP" and not ("£" in t or "pound" in t or "stg" in t):
                bad(f"figures[{i}] GBP without £/pounds/stg: {t!r}")
            if cat == "money" and unit in ("$", "USD", "CAD", "AUD") and "$" not in t:
                bad(f"figures[{i}] dollar unit without $: {t!r}")
            if cat == "duration" and unit not in TIME_UNITS:
                bad(f"figures[{i}] duration unit {unit!r}")
            ap = f.get("approx")
            if ap is not None and not (isinstance(ap, str) and t.startswith(ap)):
                bad(f"figures[{i}] approx {ap!r} is not the start of {t!r}")
            if not (f.get("subject") is None or isinstance(f.get("subject"), str)):
                bad(f"figures[{i}] subject not str/null")

        # events
        es = d.get("events") or []
        for i, ev in enumerate(es):
            p = locate("events", i, ev)
            if not valid_date(ev.get("date")):
                bad(f"events[{i}] date {ev.get('date')!r} not YYYY/YYYY-MM/YYYY-MM-DD")
            dt = ev.get("date_text")
            if not isinstance(dt, str) or dt not in text:
                bad(f"events[{i}] date_text not in article: {dt!r}")
            elif p is not None:
                s, e = paragraph_bounds(text, p)
                if dt not in text[s:e]:
                    bad(f"events[{i}] date_text {dt!r} not in the paragraph of its text")

        nq = len(qs)
        kinds = {k: sum(1 for q in qs if q.get("kind") == k) for k in ("direct", "indirect", "mixed")}
        cats = {c: sum(1 for f in fs if f.get("category") == c) for c in ("count", "money", "percent", "duration")}
        counts[txt] = (nq, kinds, len(fs), cats, len(es))

    for txt, (nq, kinds, nf, cats, ne) in counts.items():
        print(f"{txt}: quotes {nq} (d {kinds['direct']}, i {kinds['indirect']}, m {kinds['mixed']}), "
              f"figures {nf} (c {cats['count']}, $ {cats['money']}, % {cats['percent']}, t {cats['duration']}), events {ne}")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
