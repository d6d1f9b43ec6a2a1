#!/usr/bin/env python3
"""Check the gold-fresh193 annotations against SCHEMA.md and the articles.

    python3 tools/validate.py                 -> checks ../*.json
    python3 tools/validate.py DIR [DIR ...]   -> checks DIR/*.json (articles still from ../articles)

Prints every problem and a final count; exit status 1 when there are problems.
"""
import csv
import datetime
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ART_DIR = os.path.join(ROOT, "articles")

KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]
QKEYS = {"text", "kind", "speaker", "speaker_type", "role", "cue"}
FKEYS = {"text", "value", "unit", "category", "approx", "subject"}
EKEYS = {"text", "date", "date_text"}
KINDS = {"direct", "indirect", "mixed"}
STYPES = {"person", "anonymous", "organization"}
CATS = {"count", "money", "percent", "duration"}
DOUBLE_MARKS = '"“”'
OPENING_MARKS = '"“‘\''
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MONEY_UNITS = {"$", "USD", "CAD", "AUD", "GBP", "EUR", "KES"}
TIME_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years"}


def count_all(hay, needle):
    """Every match, overlapping ones included."""
    n, i = 0, hay.find(needle)
    while i != -1:
        n += 1
        i = hay.find(needle, i + 1)
    return n


def nth_index(hay, needle, k):
    i = -1
    for _ in range(k):
        i = hay.find(needle, i + 1)
        if i == -1:
            return -1
    return i


def valid_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    parts = [int(p) for p in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def load_writer():
    rows = {}
    with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as fh:
        for r in csv.reader(fh, delimiter="\t"):
            if r:
                rows[r[0]] = {"date": r[1], "weekday": r[2]}
    return rows


def check_file(path, writer, problems):
    def bad(msg):
        problems.append("%s: %s" % (os.path.basename(path), msg))

    try:
        with open(path, encoding="utf-8") as fh:
            d = json.load(fh)
    except Exception as e:  # noqa: BLE001
        bad("does not parse: %s" % e)
        return None
    if list(d.keys()) != KEYS:
        bad("keys %s, expected %s" % (list(d.keys()), KEYS))
    art = d.get("article")
    if art != os.path.basename(path)[:-5] + ".txt":
        bad("article field %r does not match file name" % art)
    apath = os.path.join(ART_DIR, art or "")
    if not os.path.isfile(apath):
        bad("article file missing: %s" % apath)
        return None
    with open(apath, encoding="utf-8") as fh:
        text = fh.read()

    # publication date
    pub = d.get("published")
    if not (isinstance(pub, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", pub) and valid_date(pub)):
        bad("published %r is not a YYYY-MM-DD date" % pub)
    w = writer.get(art)
    basis = d.get("published_basis") or ""
    if not basis.strip():
        bad("published_basis empty")
    if w is None:
        bad("article not in writer.tsv")
    elif pub != w["date"]:
        if "writer.tsv" not in basis or "agrees with writer.tsv" in basis:
            bad("published %s differs from writer.tsv %s and the basis does not say why" % (pub, w["date"]))
    elif valid_date(pub) and datetime.date.fromisoformat(pub).strftime("%A") != w["weekday"]:
        bad("published %s is not a %s as writer.tsv says" % (pub, w["weekday"]))
    if not isinstance(d.get("outlet"), str) or not d["outlet"].strip():
        bad("outlet missing")

    def check_span(layer, i, item, keys):
        where = "%s[%d] %r" % (layer, i, (item.get("text") or "")[:50])
        extra_ok = {"occurrence"}
        if not keys <= set(item) or set(item) - keys - extra_ok:
            bad("%s: keys %s" % (where, sorted(item)))
        t = item.get("text")
        if not isinstance(t, str) or not t:
            bad("%s: empty text" % where)
            return where, -1
        if t != t.strip():
            bad("%s: text has surrounding whitespace" % where)
        n = count_all(text, t)
        occ = item.get("occurrence")
        if n == 0:
            bad("%s: text not found in article" % where)
            return where, -1
        if n > 1 and occ is None:
            bad("%s: text occurs %d times but has no occurrence" % (where, n))
            return where, -1
        if n == 1 and occ is not None:
            bad("%s: occurrence given but text occurs once" % where)
        if occ is not None and (not isinstance(occ, int) or not 1 <= occ <= n):
            bad("%s: occurrence %r out of range 1..%d" % (where, occ, n))
            return where, -1
        return where, nth_index(text, t, occ or 1)

    seen = set()

    def dup(layer, item):
        key = (layer, item.get("text"), item.get("occurrence"), item.get("date_text"))
        if key in seen:
            bad("%s: duplicate entry %r" % (layer, item.get("text")))
        seen.add(key)

    for i, q in enumerate(d.get("quotes") or []):
        where, pos = check_span("quotes", i, q, QKEYS)
        dup("quotes", q)
        t = q.get("text") or ""
        if q.get("kind") not in KINDS:
            bad("%s: kind %r" % (where, q.get("kind")))
        if q.get("speaker_type") not in STYPES:
            bad("%s: speaker_type %r" % (where, q.get("speaker_type")))
        if not isinstance(q.get("speaker"), str) or not q["speaker"].strip():
            bad("%s: speaker missing" % where)
        if q.get("role") is not None and not (isinstance(q["role"], str) and q["role"].strip()):
            bad("%s: role must be a string or null" % where)
        if q.get("cue") is not None and not (isinstance(q["cue"], str) and q["cue"].strip()):
            bad("%s: cue must be a string or null" % where)
        has_marks = any(c in t for c in DOUBLE_MARKS) or "‘" in t or re.search(r"(^|\s)'", t)
        if q.get("kind") == "indirect" and has_marks:
            bad("%s: indirect quote contains quotation marks" % where)
        if q.get("kind") == "mixed" and not has_marks:
            bad("%s: mixed quote has no quotation marks" % where)
        if q.get("kind") == "direct":
            if pos <= 0 or text[pos - 1] not in OPENING_MARKS:
                bad("%s: direct quote does not sit right after a quotation mark" % where)
            if t[0] in OPENING_MARKS or t[-1] in '"”':
                bad("%s: direct quote includes its own quotation marks" % where)
        if q.get("kind") == "indirect" and pos > 0 and text[pos - 1] in OPENING_MARKS:
            bad("%s: indirect quote sits right after a quotation mark" % where)

    for i, f in enumerate(d.get("figures") or []):
        where, pos = check_span("figures", i, f, FKEYS)
        dup("figures", f)
        cat, v, unit = f.get("category"), f.get("value"), f.get("unit")
        if cat not in CATS:
            bad("%s: category %r" % (where, cat))
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            bad("%s: value %r is not a number" % (where, v))
        elif v < 0 and cat != "count":
            bad("%s: negative value" % where)
        if not isinstance(unit, str) or not unit.strip():
            bad("%s: unit missing" % where)
        if cat == "percent" and unit != "%":
            bad("%s: percent unit %r is not %%" % (where, unit))
        if cat == "money" and unit not in MONEY_UNITS:
            bad("%s: money unit %r" % (where, unit))
        if cat == "duration" and unit not in TIME_UNITS:
            bad("%s: duration unit %r" % (where, unit))
        ap = f.get("approx")
        if ap is not None and (not isinstance(ap, str) or ap not in (f.get("text") or "")):
            bad("%s: approx %r is not written in the text" % (where, ap))
        if re.fullmatch(r"(19|20)\d\d", (f.get("text") or "").strip()):
            bad("%s: a bare year is not a figure" % where)

    for i, e in enumerate(d.get("events") or []):
        where, pos = check_span("events", i, e, EKEYS)
        dup("events", e)
        if not valid_date(e.get("date")):
            bad("%s: date %r is not YYYY, YYYY-MM or YYYY-MM-DD" % (where, e.get("date")))
        dt = e.get("date_text")
        if not isinstance(dt, str) or not dt or dt not in text:
            bad("%s: date_text %r not found in article" % (where, dt))

    return d


def main():
    dirs = sys.argv[1:] or [ROOT]
    writer = load_writer()
    problems = []
    for dd in dirs:
        files = sorted(glob.glob(os.path.join(dd, "*.json")))
        names = {os.path.basename(p)[:-5] for p in files}
        arts = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(ART_DIR, "*.txt"))}
        for missing in sorted(arts - names):
            problems.append("%s: no annotation for %s.txt" % (dd, missing))
        for stray in sorted(names - arts):
            problems.append("%s: %s.json has no article" % (dd, stray))
        nq = nf = ne = 0
        for p in files:
            d = check_file(p, writer, problems)
            if d:
                nq += len(d["quotes"]); nf += len(d["figures"]); ne += len(d["events"])
        print("%s: %d files, %d quotes, %d figures, %d events" % (dd, len(files), nq, nf, ne))
    for pr in problems:
        print("PROBLEM", pr)
    print("%d problems" % len(problems))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
