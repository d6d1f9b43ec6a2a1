#!/usr/bin/env python3
"""Check the gold-fresh208 annotations against SCHEMA.md and the brief. Prints each problem and a total."""
import csv
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ARTS = os.path.join(ROOT, "articles")

KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]
Q_KEYS = {"text", "kind", "speaker", "speaker_type", "role", "cue"}
F_KEYS = {"text", "value", "unit", "category", "approx", "subject"}
E_KEYS = {"text", "date", "date_text"}
KINDS = {"direct", "indirect", "mixed"}
STYPES = {"person", "anonymous", "organization"}
CATS = {"count", "money", "percent", "duration"}
MONEY_UNITS = {"USD", "CAD", "AUD", "GBP", "EUR", "$"}
TIME_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"}
DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
DQ = "\"“”"          # double quotation marks, straight and curly
OPENERS = "\"“‘'"     # marks a direct quote may follow

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def positions(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def locate(where, text, item):
    """Check text/occurrence; return the start offset of the annotated match or None."""
    t = item.get("text")
    if not isinstance(t, str) or not t:
        bad(where, "missing or empty text")
        return None
    if t != t.strip():
        bad(where, f"text has surrounding whitespace: {t!r}")
    pos = positions(text, t)
    occ = item.get("occurrence")
    if not pos:
        bad(where, f"text not found: {t!r}")
        return None
    if len(pos) > 1:
        if occ is None:
            bad(where, f"text occurs {len(pos)} times but has no occurrence: {t!r}")
            return None
        if not isinstance(occ, int) or not 1 <= occ <= len(pos):
            bad(where, f"occurrence {occ!r} out of range 1..{len(pos)}: {t!r}")
            return None
        return pos[occ - 1]
    if occ is not None:
        bad(where, f"occurrence given but text occurs once: {t!r}")
    return pos[0]


def main():
    writer = {}
    with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if row:
                writer[row[0]] = row[1]
    arts = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ARTS, "*.txt")))
    counts = {}
    for art in arts:
        name = art[:-4]
        jpath = os.path.join(ROOT, name + ".json")
        if not os.path.exists(jpath):
            bad(name, "no JSON file")
            continue
        try:
            with open(jpath, encoding="utf-8") as fh:
                d = json.load(fh)
        except Exception as exc:  # noqa: BLE001
            bad(name, f"JSON does not parse: {exc}")
            continue
        with open(os.path.join(ARTS, art), encoding="utf-8") as fh:
            text = fh.read()
        if list(d.keys()) != KEYS:
            bad(name, f"keys {list(d.keys())} != {KEYS}")
        if d.get("article") != art:
            bad(name, f"article field {d.get('article')!r} != {art!r}")
        pub = d.get("published")
        if not isinstance(pub, str) or not DATE_RE.match(pub):
            bad(name, f"published not a date: {pub!r}")
        wdate = writer.get(art)
        if wdate is None:
            bad(name, "not listed in writer.tsv")
        elif pub != wdate and "writer.tsv" not in (d.get("published_basis") or ""):
            bad(name, f"published {pub} != writer.tsv {wdate} and the basis does not say why")
        if not d.get("published_basis"):
            bad(name, "empty published_basis")

        for i, q in enumerate(d.get("quotes") or []):
            w = f"{name} quote {i}"
            if set(q) - {"occurrence"} != Q_KEYS:
                bad(w, f"keys {sorted(q)}")
            start = locate(w, text, q)
            kind = q.get("kind")
            if kind not in KINDS:
                bad(w, f"kind {kind!r}")
            if q.get("speaker_type") not in STYPES:
                bad(w, f"speaker_type {q.get('speaker_type')!r}")
            if not q.get("speaker"):
                bad(w, "no speaker")
            t = q.get("text", "")
            if kind == "indirect" and any(c in t for c in DQ + "‘"):
                bad(w, f"indirect quote contains a quotation mark: {t!r}")
            if kind == "mixed" and not any(c in t for c in DQ):
                bad(w, f"mixed quote has no quotation mark: {t!r}")
            if kind == "direct" and start is not None:
                if start == 0 or text[start - 1] not in OPENERS:
                    bad(w, f"direct quote not right after a quotation mark: {t[:40]!r}")

        for i, f in enumerate(d.get("figures") or []):
            w = f"{name} figure {i}"
            if set(f) - {"occurrence"} != F_KEYS:
                bad(w, f"keys {sorted(f)}")
            locate(w, text, f)
            cat = f.get("category")
            if cat not in CATS:
                bad(w, f"category {cat!r}")
            v = f.get("value")
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                bad(w, f"value not a number: {v!r}")
            ap = f.get("approx")
            if ap is not None and ap not in f.get("text", ""):
                bad(w, f"approx {ap!r} not in text")
            if cat == "percent" and f.get("unit") != "%":
                bad(w, "percent unit is not %")
            if cat == "money" and f.get("unit") not in MONEY_UNITS:
                bad(w, f"money unit {f.get('unit')!r}")
            if cat == "duration" and f.get("unit") not in TIME_UNITS:
                bad(w, f"duration unit {f.get('unit')!r}")
            if not f.get("unit"):
                bad(w, "no unit")

        for i, e in enumerate(d.get("events") or []):
            w = f"{name} event {i}"
            if set(e) - {"occurrence"} != E_KEYS:
                bad(w, f"keys {sorted(e)}")
            locate(w, text, e)
            dt = e.get("date")
            if not isinstance(dt, str) or not DATE_RE.match(dt):
                bad(w, f"date not YYYY, YYYY-MM or YYYY-MM-DD: {dt!r}")
            dtt = e.get("date_text")
            if not isinstance(dtt, str) or dtt not in text:
                bad(w, f"date_text not in article: {dtt!r}")

        qs = d.get("quotes") or []
        fs = d.get("figures") or []
        counts[art] = (len(qs), sum(q.get("kind") == "direct" for q in qs),
                       sum(q.get("kind") == "indirect" for q in qs),
                       sum(q.get("kind") == "mixed" for q in qs), len(fs),
                       *(sum(f.get("category") == c for f in fs) for c in ("count", "money", "percent", "duration")),
                       len(d.get("events") or []))

    for p in problems:
        print("PROBLEM", p)
    print("| article | quotes | direct | indirect | mixed | figures | count | money | percent | duration | events |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    tot = [0] * 10
    for art, c in counts.items():
        tot = [a + b for a, b in zip(tot, c)]
        print(f"| {art} | " + " | ".join(map(str, c)) + " |")
    print("| **total** | " + " | ".join(f"**{x}**" for x in tot) + " |")
    print(f"{len(arts)} articles, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
