#!/usr/bin/env python3
"""Check the gold-fresh203 annotations against the articles and the schema's rules.

Prints one line per problem and a final count. Exit status 1 if any problem.
"""
import calendar
import csv
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]
QKEYS = {"text", "kind", "speaker", "speaker_type", "role", "cue"}
FKEYS = {"text", "value", "unit", "category", "approx", "subject"}
EKEYS = {"text", "date", "date_text"}
KINDS = {"direct", "indirect", "mixed"}
STYPES = {"person", "anonymous", "organization"}
CATS = {"count", "money", "percent", "duration"}
MONEY_UNITS = {"$", "USD", "CAD", "AUD", "GBP", "EUR"}
TIME_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"}
DQ = ['"', "\u201c", "\u201d"]            # straight and curly double quotation marks
ALLQ = DQ + ["\u2018"]                     # plus an opening curly single quote
OPEN = {'"', "\u201c"}
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def positions(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def check_date(where, s):
    if not isinstance(s, str):
        bad(where, f"date not a string: {s!r}")
        return
    m = DATE_RE.match(s)
    if not m:
        bad(where, f"date not YYYY, YYYY-MM or YYYY-MM-DD: {s!r}")
        return
    y, mo, d = m.group(1), m.group(2), m.group(3)
    if mo and not 1 <= int(mo) <= 12:
        bad(where, f"bad month in {s}")
    if d and mo and not 1 <= int(d) <= calendar.monthrange(int(y), int(mo))[1]:
        bad(where, f"bad day in {s}")


def locate(where, art, item):
    """Check text/occurrence; return start index of the chosen occurrence or None."""
    text = item.get("text")
    if not isinstance(text, str) or not text:
        bad(where, "missing or empty text")
        return None
    pos = positions(art, text)
    if not pos:
        bad(where, f"text not in article: {text[:70]!r}")
        return None
    occ = item.get("occurrence")
    if len(pos) > 1:
        if occ is None:
            bad(where, f"text occurs {len(pos)} times but no occurrence: {text[:50]!r}")
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
                writer[row[0]] = row[1]
    arts = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "articles", "*.txt")))
    jsons = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "*.json")))
    if [a[:-4] for a in arts] != [j[:-5] for j in jsons]:
        bad("files", f"articles {arts} vs annotations {jsons}")
    counts = {}
    for a in arts:
        name = a[:-4]
        jp = os.path.join(ROOT, name + ".json")
        if not os.path.exists(jp):
            continue
        try:
            with open(jp, encoding="utf-8") as fh:
                d = json.load(fh)
        except Exception as e:  # noqa
            bad(name, f"JSON does not parse: {e}")
            continue
        with open(os.path.join(ROOT, "articles", a), encoding="utf-8") as fh:
            art = fh.read()
        if list(d.keys()) != KEYS:
            bad(name, f"keys {list(d.keys())} != {KEYS}")
        if d.get("article") != a:
            bad(name, f"article field {d.get('article')!r}")
        # publication date
        check_date(name + " published", d.get("published"))
        wd = writer.get(a)
        basis = d.get("published_basis") or ""
        if not basis:
            bad(name, "empty published_basis")
        if wd is None:
            bad(name, "not in writer.tsv")
        elif d.get("published") != wd and "differs from writer.tsv" not in basis:
            bad(name, f"published {d.get('published')} != writer.tsv {wd} and basis does not say why ('differs from writer.tsv')")
        # quotes
        for i, q in enumerate(d.get("quotes", [])):
            w = f"{name} quote {i + 1}"
            if set(q) - {"occurrence"} != QKEYS:
                bad(w, f"keys {sorted(q)}")
            start = locate(w, art, q)
            if q.get("kind") not in KINDS:
                bad(w, f"kind {q.get('kind')!r}")
            if q.get("speaker_type") not in STYPES:
                bad(w, f"speaker_type {q.get('speaker_type')!r}")
            if not q.get("speaker"):
                bad(w, "no speaker")
            t = q.get("text", "")
            if t != t.strip():
                bad(w, "text has surrounding whitespace")
            if q.get("kind") == "indirect" and any(c in t for c in ALLQ):
                bad(w, f"indirect quote contains a quotation mark: {t[:50]!r}")
            if q.get("kind") == "mixed" and not any(c in t for c in DQ):
                bad(w, f"mixed quote has no quotation mark: {t[:50]!r}")
            if q.get("kind") == "direct":
                if t[:1] in OPEN:
                    bad(w, "direct text starts with its quotation mark")
                if start is not None and (start == 0 or art[start - 1] not in OPEN):
                    bad(w, f"direct quote not right after an opening quotation mark: {t[:50]!r}")
            if q.get("cue") is not None and q["cue"] != "—" and q["cue"].lower() not in art.lower():
                bad(w, f"cue {q['cue']!r} not in article")
        # figures
        for i, f in enumerate(d.get("figures", [])):
            w = f"{name} figure {i + 1}"
            if set(f) - {"occurrence"} != FKEYS:
                bad(w, f"keys {sorted(f)}")
            locate(w, art, f)
            cat = f.get("category")
            if cat not in CATS:
                bad(w, f"category {cat!r}")
            v = f.get("value")
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                bad(w, f"value not a number: {v!r}")
            if cat == "money" and f.get("unit") not in MONEY_UNITS:
                bad(w, f"money unit {f.get('unit')!r}")
            if cat == "percent" and f.get("unit") != "%":
                bad(w, f"percent unit {f.get('unit')!r}")
            if cat == "duration" and f.get("unit") not in TIME_UNITS:
                bad(w, f"duration unit {f.get('unit')!r}")
            ap = f.get("approx")
            if ap is not None and ap not in f.get("text", ""):
                bad(w, f"approx {ap!r} not in text")
        # events
        for i, e in enumerate(d.get("events", [])):
            w = f"{name} event {i + 1}"
            if set(e) - {"occurrence"} != EKEYS:
                bad(w, f"keys {sorted(e)}")
            locate(w, art, e)
            check_date(w, e.get("date"))
            dt = e.get("date_text")
            if not isinstance(dt, str) or dt not in art:
                bad(w, f"date_text not in article: {dt!r}")
        qs = d.get("quotes", [])
        fs = d.get("figures", [])
        counts[a] = (len(qs), sum(q.get("kind") == "direct" for q in qs), sum(q.get("kind") == "indirect" for q in qs),
                     sum(q.get("kind") == "mixed" for q in qs), len(fs),
                     *(sum(f.get("category") == c for f in fs) for c in ("count", "money", "percent", "duration")),
                     len(d.get("events", [])))
    print("| file | quotes | direct | indirect | mixed | figures | count | money | percent | duration | events |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    tot = [0] * 10
    for a, c in counts.items():
        tot = [x + y for x, y in zip(tot, c)]
        print(f"| {a} | " + " | ".join(map(str, c)) + " |")
    print("| **total** | " + " | ".join(f"**{x}**" for x in tot) + " |")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
