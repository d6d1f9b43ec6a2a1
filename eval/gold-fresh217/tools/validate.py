#!/usr/bin/env python3
"""Check the gold-fresh217 annotations against the articles and SCHEMA.md's rules.

Reports every problem found and the total; exit status 1 when there is any problem.
"""
import csv
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ART = os.path.join(ROOT, "articles")

KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]
QKEYS = {"text", "occurrence", "kind", "speaker", "speaker_type", "role", "cue"}
FKEYS = {"text", "occurrence", "value", "unit", "category", "approx", "subject"}
EKEYS = {"text", "occurrence", "date", "date_text"}
KINDS = {"direct", "indirect", "mixed"}
STYPES = {"person", "anonymous", "organization"}
CATS = {"count", "money", "percent", "duration"}
DOUBLE = '"“”'
OPEN = '"“‘\''
CLOSE = '"”’\''
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def positions(hay, needle):
    """Start index of every match, overlapping ones included."""
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def has_quote_mark(s):
    """Double quotation marks anywhere, or single marks used as quotes.

    A single mark between two letters/digits is an apostrophe ("can't", "group’s"), and so is
    one after a plural "s" ("nurses’ aides"); any other single mark counts as a quotation mark.
    """
    if any(c in s for c in DOUBLE) or "‘" in s:
        return True
    for i, c in enumerate(s):
        if c in "'’":
            prev = s[i - 1] if i > 0 else " "
            nxt = s[i + 1] if i + 1 < len(s) else " "
            if prev.isalnum() and nxt.isalnum():
                continue
            if prev == "s" and not nxt.isalnum():
                continue
            return True
    return False


def check_date(where, d):
    if not isinstance(d, str) or not DATE_RE.match(d):
        bad(where, f"date {d!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        return
    parts = [int(x) for x in d.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        bad(where, f"date {d!r} is not a calendar date")


def locate(where, art, item):
    """Check text/occurrence; return the start index of the annotated match or None."""
    text = item.get("text")
    if not isinstance(text, str) or not text:
        bad(where, "missing text")
        return None
    pos = positions(art, text)
    if not pos:
        bad(where, f"text not found in article: {text[:70]!r}")
        return None
    occ = item.get("occurrence")
    if len(pos) > 1:
        if occ is None:
            bad(where, f"text occurs {len(pos)} times but has no occurrence: {text[:50]!r}")
            return None
        if not isinstance(occ, int) or not 1 <= occ <= len(pos):
            bad(where, f"occurrence {occ!r} out of range 1..{len(pos)}: {text[:50]!r}")
            return None
        return pos[occ - 1]
    if occ is not None:
        bad(where, f"occurrence given but text occurs once: {text[:50]!r}")
    return pos[0]


def main():
    writer = {}
    with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if row:
                writer[row[0]] = row
    arts = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    totals = {"files": 0, "quotes": 0, "figures": 0, "events": 0}
    for name in arts:
        jpath = os.path.join(ROOT, name[:-4] + ".json")
        w = name[:-4]
        if not os.path.exists(jpath):
            bad(w, "JSON file missing")
            continue
        try:
            with open(jpath, encoding="utf-8") as fh:
                d = json.load(fh)
        except Exception as e:  # noqa: BLE001
            bad(w, f"JSON does not parse: {e}")
            continue
        totals["files"] += 1
        with open(os.path.join(ART, name), encoding="utf-8") as fh:
            art = fh.read()
        if list(d.keys()) != KEYS:
            bad(w, f"keys {list(d.keys())} != {KEYS}")
        if d.get("article") != name:
            bad(w, f"article field {d.get('article')!r} != {name!r}")
        # publication date
        pub = d.get("published")
        check_date(w + " published", pub)
        if not isinstance(d.get("published_basis"), str) or not d["published_basis"].strip():
            bad(w, "published_basis missing")
        if not isinstance(d.get("outlet"), (str, type(None))):
            bad(w, "outlet must be a string or null")
        row = writer.get(name)
        if row is None:
            bad(w, "not listed in writer.tsv")
        else:
            if pub != row[1] and "differs from writer.tsv" not in d.get("published_basis", ""):
                bad(w, f"published {pub} != writer.tsv {row[1]} and basis does not explain why")
            if isinstance(pub, str) and len(pub) == 10 and pub == row[1]:
                wd = datetime.date.fromisoformat(pub).strftime("%A")
                if wd != row[2]:
                    bad(w, f"weekday of {pub} is {wd}, writer.tsv says {row[2]}")
        # quotes
        for i, q in enumerate(d.get("quotes") or []):
            wh = f"{w} quote {i + 1}"
            totals["quotes"] += 1
            if set(q) - QKEYS or not {"text", "kind", "speaker", "speaker_type", "role", "cue"} <= set(q):
                bad(wh, f"keys {sorted(q)}")
            start = locate(wh, art, q)
            if q.get("kind") not in KINDS:
                bad(wh, f"kind {q.get('kind')!r}")
            if q.get("speaker_type") not in STYPES:
                bad(wh, f"speaker_type {q.get('speaker_type')!r}")
            if not isinstance(q.get("speaker"), str) or not q["speaker"]:
                bad(wh, "speaker missing")
            for k in ("role", "cue"):
                if not isinstance(q.get(k), (str, type(None))):
                    bad(wh, f"{k} must be a string or null")
            text = q.get("text", "")
            if q.get("kind") == "indirect" and has_quote_mark(text):
                bad(wh, f"indirect quote contains a quotation mark: {text[:60]!r}")
            if q.get("kind") == "mixed" and not (any(c in text for c in DOUBLE) or "‘" in text):
                bad(wh, f"mixed quote has no quotation marks: {text[:60]!r}")
            if q.get("kind") == "direct" and start is not None:
                j = start - 1
                while j >= 0 and art[j] in " \t":
                    j -= 1
                if j < 0 or art[j] not in OPEN:
                    bad(wh, f"direct quote does not follow a quotation mark: {text[:60]!r}")
                k = start + len(text)
                while k < len(art) and art[k] in " \t":
                    k += 1
                if k < len(art) and art[k] not in CLOSE and art[k] != "\n":
                    bad(wh, f"direct quote does not end at a closing mark or paragraph end: {text[-40:]!r}")
                if any(c in text for c in DOUBLE):
                    bad(wh, "direct quote contains a double quotation mark")
        # figures
        for i, f in enumerate(d.get("figures") or []):
            wh = f"{w} figure {i + 1}"
            totals["figures"] += 1
            if set(f) - FKEYS or not {"text", "value", "unit", "category", "approx", "subject"} <= set(f):
                bad(wh, f"keys {sorted(f)}")
            locate(wh, art, f)
            if f.get("category") not in CATS:
                bad(wh, f"category {f.get('category')!r}")
            v = f.get("value")
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                bad(wh, f"value {v!r} is not a number")
            if f.get("category") == "percent" and f.get("unit") != "%":
                bad(wh, "percent unit must be '%'")
            if f.get("category") == "money" and f.get("unit") not in {"$", "USD", "CAD", "GBP", "EUR", "AUD"}:
                bad(wh, f"money unit {f.get('unit')!r}")
            if f.get("category") == "duration" and f.get("unit") not in {"years", "months", "weeks", "days", "hours", "minutes", "seconds"}:
                bad(wh, f"duration unit {f.get('unit')!r}")
            if f.get("approx") is not None and f["approx"] not in f.get("text", ""):
                bad(wh, f"approx {f['approx']!r} not written in the text")
            for k in ("approx", "subject", "unit"):
                if not isinstance(f.get(k), (str, type(None))):
                    bad(wh, f"{k} must be a string or null")
        # events
        for i, e in enumerate(d.get("events") or []):
            wh = f"{w} event {i + 1}"
            totals["events"] += 1
            if set(e) - EKEYS or not {"text", "date", "date_text"} <= set(e):
                bad(wh, f"keys {sorted(e)}")
            locate(wh, art, e)
            check_date(wh, e.get("date"))
            dt = e.get("date_text")
            if not isinstance(dt, str) or dt not in art:
                bad(wh, f"date_text not found in article: {dt!r}")
    for a in writer:
        if a not in arts:
            bad(a, "listed in writer.tsv but no article file")
    for p in problems:
        print("PROBLEM", p)
    print(f"checked {totals['files']} files: {totals['quotes']} quotes, {totals['figures']} figures, "
          f"{totals['events']} events; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
