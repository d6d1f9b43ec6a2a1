#!/usr/bin/env python3
"""Check the gold-fresh195 annotations against the articles and SCHEMA.md's lists.

Reports every problem found and a final count; exit status 1 if any.
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
ART = os.path.join(ROOT, "articles")

KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]
QKEYS = {"text", "kind", "speaker", "speaker_type", "role", "cue"}
FKEYS = {"text", "value", "unit", "category", "approx", "subject"}
EKEYS = {"text", "date", "date_text"}
KINDS = {"direct", "indirect", "mixed"}
STYPES = {"person", "anonymous", "organization"}
CATS = {"count", "money", "percent", "duration"}
MONEY_UNITS = {"USD", "CAD", "GBP", "EUR", "AUD", "UAH", "$"}
TIME_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years"}
DQ = "\"“”‘"          # quotation marks (’ and ' double as apostrophes, so not tested in indirect)
OPENERS = "\"“‘'"
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def count_all(hay, needle):
    """Every match, overlapping ones included (as in gold-dev's convention)."""
    n, i = 0, hay.find(needle)
    while i != -1:
        n += 1
        i = hay.find(needle, i + 1)
    return n


def nth(hay, needle, k):
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
        if len(parts) == 3:
            datetime.date(*parts)
        elif len(parts) == 2:
            datetime.date(parts[0], parts[1], 1)
    except ValueError:
        return False
    return True


def check_span(where, item, body):
    """text is a substring; occurrence present exactly when the text repeats, and in range.
    Returns the start offset of the chosen match or -1."""
    text = item.get("text")
    if not isinstance(text, str) or not text:
        bad(where, "empty or missing text")
        return -1
    if text != text.strip():
        bad(where, f"text has surrounding whitespace: {text!r}")
    n = count_all(body, text)
    if n == 0:
        bad(where, f"text not in article: {text!r}")
        return -1
    occ = item.get("occurrence")
    if n > 1 and occ is None:
        bad(where, f"text occurs {n} times but has no occurrence: {text!r}")
        return -1
    if n == 1 and occ is not None:
        bad(where, f"occurrence given but text is unique: {text!r}")
    if occ is not None:
        if not isinstance(occ, int) or not 1 <= occ <= n:
            bad(where, f"occurrence {occ!r} out of range 1..{n}: {text!r}")
            return -1
        return nth(body, text, occ)
    return body.find(text)


def main():
    writer = {}
    with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if row:
                writer[row[0]] = row
    arts = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ART, "*.txt")))
    totals = {"files": 0, "quotes": 0, "figures": 0, "events": 0}
    for art in arts:
        name = art[:-4]
        jpath = os.path.join(ROOT, name + ".json")
        w = name + ".json"
        if not os.path.exists(jpath):
            bad(w, "missing")
            continue
        try:
            with open(jpath, encoding="utf-8") as fh:
                doc = json.load(fh)
        except Exception as e:  # noqa: BLE001
            bad(w, f"does not parse: {e}")
            continue
        totals["files"] += 1
        with open(os.path.join(ART, art), encoding="utf-8") as fh:
            body = fh.read()
        if list(doc.keys()) != KEYS:
            bad(w, f"keys {list(doc.keys())} != {KEYS}")
        if doc.get("article") != art:
            bad(w, f"article field {doc.get('article')!r} != {art!r}")
        # publication date against writer.tsv
        pub = doc.get("published")
        if not (isinstance(pub, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", pub) and valid_date(pub)):
            bad(w, f"published {pub!r} is not a YYYY-MM-DD date")
        basis = doc.get("published_basis") or ""
        if not basis.strip():
            bad(w, "empty published_basis")
        if art not in writer:
            bad(w, "article not listed in writer.tsv")
        else:
            wdate, wday = writer[art][1], writer[art][2]
            if pub != wdate and not re.search(r"(differs from|disagrees with) writer\.tsv", basis):
                bad(w, f"published {pub} != writer.tsv {wdate} and the basis does not say why")
            if pub != wdate and "agrees with writer.tsv" in basis:
                bad(w, f"basis claims agreement with writer.tsv but {pub} != {wdate}")
            if "writer.tsv" in basis and "is taken" in basis and "ambiguous" not in basis:
                bad(w, "writer.tsv's date taken without saying the text is ambiguous")
            if valid_date(pub or "") and pub == wdate:
                wd = datetime.date.fromisoformat(pub).strftime("%A")
                if wd != wday:
                    bad(w, f"writer.tsv weekday {wday} but {pub} is a {wd}")
        if not isinstance(doc.get("outlet"), (str, type(None))):
            bad(w, "outlet must be a string or null")
        for layer in ("quotes", "figures", "events"):
            if not isinstance(doc.get(layer), list):
                bad(w, f"{layer} is not a list")
                doc[layer] = []
            totals[layer] += len(doc[layer])
        # quotes
        for i, q in enumerate(doc["quotes"]):
            where = f"{w} quotes[{i}]"
            extra = set(q) - QKEYS - {"occurrence"}
            if extra or not QKEYS <= set(q):
                bad(where, f"keys {sorted(q)}")
            start = check_span(where, q, body)
            text = q.get("text") or ""
            kind = q.get("kind")
            if kind not in KINDS:
                bad(where, f"kind {kind!r}")
            if q.get("speaker_type") not in STYPES:
                bad(where, f"speaker_type {q.get('speaker_type')!r}")
            if not isinstance(q.get("speaker"), str) or not q["speaker"].strip():
                bad(where, "speaker missing")
            if q.get("role") is not None and not isinstance(q.get("role"), str):
                bad(where, "role must be a string or null")
            cue = q.get("cue")
            if cue is not None and (not isinstance(cue, str) or cue not in body):
                bad(where, f"cue {cue!r} not found in article")
            has_q = any(c in text for c in DQ)
            if kind == "indirect" and has_q:
                bad(where, f"indirect quote contains a quotation mark: {text!r}")
            if kind == "mixed" and not has_q:
                bad(where, f"mixed quote has no quotation mark: {text!r}")
            if kind == "direct" and start != -1:
                if start == 0 or body[start - 1] not in OPENERS:
                    bad(where, f"direct quote not right after a quotation mark: {text!r}")
                if text.startswith(" ") or text.endswith(" "):
                    bad(where, "direct quote not trimmed")
        # figures
        for i, f in enumerate(doc["figures"]):
            where = f"{w} figures[{i}]"
            extra = set(f) - FKEYS - {"occurrence"}
            if extra or not FKEYS <= set(f):
                bad(where, f"keys {sorted(f)}")
            check_span(where, f, body)
            cat = f.get("category")
            if cat not in CATS:
                bad(where, f"category {cat!r}")
            v = f.get("value")
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                bad(where, f"value {v!r} is not a number")
            unit = f.get("unit")
            if not isinstance(unit, str) or not unit:
                bad(where, "unit missing")
            elif cat == "money" and unit not in MONEY_UNITS:
                bad(where, f"money unit {unit!r}")
            elif cat == "percent" and unit != "%":
                bad(where, f"percent unit {unit!r}")
            elif cat == "duration" and unit not in TIME_UNITS:
                bad(where, f"duration unit {unit!r}")
            ap = f.get("approx")
            if ap is not None and (not isinstance(ap, str) or ap not in (f.get("text") or "")):
                bad(where, f"approx {ap!r} is not written in the text")
        # events
        for i, e in enumerate(doc["events"]):
            where = f"{w} events[{i}]"
            extra = set(e) - EKEYS - {"occurrence"}
            if extra or not EKEYS <= set(e):
                bad(where, f"keys {sorted(e)}")
            check_span(where, e, body)
            if not valid_date(e.get("date")):
                bad(where, f"date {e.get('date')!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
            dt = e.get("date_text")
            if not isinstance(dt, str) or not dt or dt not in body:
                bad(where, f"date_text {dt!r} not in article")
    extra_json = sorted(set(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(ROOT, "*.json")))
                        - set(a[:-4] for a in arts))
    for x in extra_json:
        bad(x + ".json", "no matching article")
    for p in problems:
        print(p)
    print(f"checked {totals['files']} files, {totals['quotes']} quotes, {totals['figures']} figures, "
          f"{totals['events']} events: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
