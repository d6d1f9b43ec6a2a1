#!/usr/bin/env python3
"""Check the gold-fresh204 annotations against SCHEMA.md and the brief. Prints each
problem and a final count; exit status 1 if there are problems."""
import csv
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ART = os.path.join(ROOT, "articles")

KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]
QKEYS = {"text", "kind", "speaker", "speaker_type", "role", "cue"}
FKEYS = {"text", "value", "unit", "category", "approx", "subject"}
EKEYS = {"text", "date", "date_text"}
KINDS = {"direct", "indirect", "mixed"}
STYPES = {"person", "anonymous", "organization"}
CATS = {"count", "money", "percent", "duration"}
TIME_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years"}
MONEY_UNITS = {"CAD", "USD", "GBP", "EUR", "AUD", "$"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DOUBLE_MARKS = '"“”'
OPEN_MARKS = '"“‘\''
QUOTE_MARKS_MIXED = '"“”‘'

problems = []


def bad(f, msg):
    problems.append(f"{f}: {msg}")


def count_all(hay, needle):
    """Every match of the exact string, overlapping ones included."""
    n, i = 0, hay.find(needle)
    while i != -1:
        n += 1
        i = hay.find(needle, i + 1)
    return n


def nth_index(hay, needle, n):
    i = -1
    for _ in range(n):
        i = hay.find(needle, i + 1)
        if i == -1:
            return -1
    return i


def check_text(f, art, item, where):
    t = item.get("text")
    if not isinstance(t, str) or not t:
        bad(f, f"{where}: missing text")
        return -1
    if t != t.strip():
        bad(f, f"{where}: text has surrounding whitespace: {t!r}")
    n = count_all(art, t)
    if n == 0:
        bad(f, f"{where}: text not in article: {t[:70]!r}")
        return -1
    occ = item.get("occurrence")
    if n > 1 and occ is None:
        bad(f, f"{where}: text occurs {n} times but no occurrence: {t[:50]!r}")
        return -1
    if n == 1 and occ is not None:
        bad(f, f"{where}: occurrence given but text is unique: {t[:50]!r}")
    if occ is not None and not (isinstance(occ, int) and 1 <= occ <= n):
        bad(f, f"{where}: occurrence {occ} out of range 1..{n}")
        return -1
    return nth_index(art, t, occ or 1)


writer = {}
with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as fh:
    for row in csv.reader(fh, delimiter="\t"):
        if row:
            writer[row[0]] = row[1]

arts = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ART, "*.txt")))
for a in arts:
    f = a[:-4] + ".json"
    p = os.path.join(ROOT, f)
    if not os.path.exists(p):
        bad(f, "missing")
        continue
    try:
        d = json.load(open(p, encoding="utf-8"))
    except Exception as e:  # noqa
        bad(f, f"does not parse: {e}")
        continue
    art = open(os.path.join(ART, a), encoding="utf-8").read()
    if list(d.keys()) != KEYS:
        bad(f, f"keys {list(d.keys())} != {KEYS}")
    if d.get("article") != a:
        bad(f, "article field wrong")
    pub = d.get("published")
    if not (isinstance(pub, str) and DATE_RE.match(pub)):
        bad(f, f"published not a date: {pub!r}")
    basis = d.get("published_basis") or ""
    if not basis:
        bad(f, "empty published_basis")
    if a not in writer:
        bad(f, "not in writer.tsv")
    elif pub != writer[a] and "writer" not in basis.lower():
        bad(f, f"published {pub} disagrees with writer.tsv {writer[a]} and the basis does not say why")

    for i, q in enumerate(d.get("quotes") or []):
        w = f"quote {i + 1}"
        if set(q) - {"occurrence"} != QKEYS:
            bad(f, f"{w}: keys {sorted(q)}")
        pos = check_text(f, art, q, w)
        if q.get("kind") not in KINDS:
            bad(f, f"{w}: kind {q.get('kind')!r}")
        if q.get("speaker_type") not in STYPES:
            bad(f, f"{w}: speaker_type {q.get('speaker_type')!r}")
        if not q.get("speaker"):
            bad(f, f"{w}: no speaker")
        t = q.get("text", "")
        if q.get("kind") == "indirect" and any(c in t for c in DOUBLE_MARKS + "‘"):
            bad(f, f"{w}: indirect quote contains a quotation mark")
        if q.get("kind") == "mixed" and not (any(c in t for c in QUOTE_MARKS_MIXED) or re.search(r"(^|\s)'\w", t)):
            bad(f, f"{w}: mixed quote has no quotation mark")
        if q.get("kind") == "direct":
            if any(c in t for c in DOUBLE_MARKS):
                bad(f, f"{w}: direct quote contains a double quotation mark")
            if pos > 0 and art[pos - 1] not in OPEN_MARKS:
                bad(f, f"{w}: direct quote does not sit right after a quotation mark ({art[pos - 1]!r})")
            elif pos == 0:
                bad(f, f"{w}: direct quote at start of file")

    for i, x in enumerate(d.get("figures") or []):
        w = f"figure {i + 1}"
        if set(x) - {"occurrence"} != FKEYS:
            bad(f, f"{w}: keys {sorted(x)}")
        check_text(f, art, x, w)
        cat = x.get("category")
        if cat not in CATS:
            bad(f, f"{w}: category {cat!r}")
        v = x.get("value")
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            bad(f, f"{w}: value not a number")
        if cat == "percent" and x.get("unit") != "%":
            bad(f, f"{w}: percent unit {x.get('unit')!r}")
        if cat == "money" and x.get("unit") not in MONEY_UNITS:
            bad(f, f"{w}: money unit {x.get('unit')!r}")
        if cat == "duration" and x.get("unit") not in TIME_UNITS:
            bad(f, f"{w}: duration unit {x.get('unit')!r}")
        ap = x.get("approx")
        if ap is not None and ap not in x.get("text", ""):
            bad(f, f"{w}: approx {ap!r} not in its text")

    for i, e in enumerate(d.get("events") or []):
        w = f"event {i + 1}"
        if set(e) - {"occurrence"} != EKEYS:
            bad(f, f"{w}: keys {sorted(e)}")
        check_text(f, art, e, w)
        if not (isinstance(e.get("date"), str) and DATE_RE.match(e["date"])):
            bad(f, f"{w}: date {e.get('date')!r}")
        dt = e.get("date_text")
        if not isinstance(dt, str) or dt not in art:
            bad(f, f"{w}: date_text not in article: {dt!r}")

for extra in sorted(glob.glob(os.path.join(ROOT, "*.json"))):
    if os.path.basename(extra)[:-5] + ".txt" not in arts:
        bad(os.path.basename(extra), "JSON without an article")

for p in problems:
    print(p)
print(f"{len(problems)} problems in {len(arts)} files")
sys.exit(1 if problems else 0)
