#!/usr/bin/env python3
"""Check the gold-fresh215 annotations against the articles and SCHEMA.md.

Reports every problem found and ends with 'N problems'.
"""
import csv
import datetime
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]
QKEYS = {"text", "kind", "speaker", "speaker_type", "role", "cue"}
FKEYS = {"text", "value", "unit", "category", "approx", "subject"}
EKEYS = {"text", "date", "date_text"}
KINDS = {"direct", "indirect", "mixed"}
STYPES = {"person", "anonymous", "organization"}
CATS = {"count", "money", "percent", "duration"}
MONEY_UNITS = {"$", "USD", "CAD", "AUD", "EUR", "GBP"}
TIME_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"}
OPEN_MARKS = '"“‘'
CLOSE_MARKS = '"”’'
QUOTE_CHARS = '"“”‘'   # ’ alone is an apostrophe, checked separately
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

problems = []


def problem(where, msg):
    problems.append(f"{where}: {msg}")


def positions(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)   # overlapping matches count too
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


def has_quote_marks(t):
    if any(c in t for c in QUOTE_CHARS):
        return True
    return False


def locate(where, art, item):
    """Check text/occurrence; return the start offset of the chosen match or None."""
    t = item.get("text")
    if not isinstance(t, str) or not t:
        problem(where, "missing text")
        return None
    pos = positions(art, t)
    if not pos:
        problem(where, f"text not in article: {t[:70]!r}")
        return None
    occ = item.get("occurrence")
    if len(pos) > 1:
        if occ is None:
            problem(where, f"text occurs {len(pos)} times but no occurrence: {t[:60]!r}")
            return None
        if not isinstance(occ, int) or not 1 <= occ <= len(pos):
            problem(where, f"occurrence {occ!r} out of range 1..{len(pos)}: {t[:60]!r}")
            return None
        return pos[occ - 1]
    if occ is not None:
        problem(where, f"occurrence given but text occurs once: {t[:60]!r}")
    return pos[0]


def main():
    writer = {}
    with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if row:
                writer[row[0]] = row[1]

    arts = sorted(glob.glob(os.path.join(ROOT, "articles", "*.txt")))
    for ap in arts:
        name = os.path.basename(ap)
        jp = os.path.join(ROOT, name[:-4] + ".json")
        if not os.path.exists(jp):
            problem(name, "no JSON file")
            continue
        try:
            with open(jp, encoding="utf-8") as fh:
                doc = json.load(fh)
        except Exception as e:  # noqa
            problem(name, f"JSON does not parse: {e}")
            continue
        with open(ap, encoding="utf-8") as fh:
            art = fh.read()

        if list(doc.keys()) != KEYS:
            problem(name, f"keys {list(doc.keys())} != {KEYS}")
        if doc.get("article") != name:
            problem(name, f"article field {doc.get('article')!r}")
        pub = doc.get("published")
        if not (isinstance(pub, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", pub) and valid_date(pub)):
            problem(name, f"published not YYYY-MM-DD: {pub!r}")
        basis = doc.get("published_basis") or ""
        if not basis:
            problem(name, "empty published_basis")
        if writer.get(name) != pub and "writer.tsv" not in basis:
            problem(name, f"published {pub} != writer.tsv {writer.get(name)} and basis does not say why")
        if not isinstance(doc.get("outlet"), (str, type(None))):
            problem(name, "outlet not string/null")

        # quotes
        for i, q in enumerate(doc.get("quotes") or []):
            w = f"{name} quote {i + 1}"
            if set(q) - {"occurrence"} != QKEYS:
                problem(w, f"keys {sorted(q)}")
            if q.get("kind") not in KINDS:
                problem(w, f"kind {q.get('kind')!r}")
            if q.get("speaker_type") not in STYPES:
                problem(w, f"speaker_type {q.get('speaker_type')!r}")
            if not q.get("speaker"):
                problem(w, "no speaker")
            start = locate(w, art, q)
            t = q.get("text", "")
            if q.get("kind") == "indirect" and has_quote_marks(t):
                problem(w, f"indirect quote contains quotation marks: {t[:60]!r}")
            if q.get("kind") == "mixed" and not has_quote_marks(t):
                problem(w, f"mixed quote has no quotation marks: {t[:60]!r}")
            if q.get("kind") == "direct" and start is not None:
                before = art[:start].rstrip(" ")
                if not before or before[-1] not in OPEN_MARKS:
                    problem(w, f"direct quote not right after a quotation mark: {t[:60]!r}")
                after = art[start + len(t):].lstrip(" ")
                if after and after[0] not in CLOSE_MARKS and after[0] != "\n":
                    problem(w, f"direct quote not followed by a closing mark or paragraph end: {t[-40:]!r}")
                if has_quote_marks(t):
                    problem(w, f"direct quote contains quotation marks: {t[:60]!r}")
            if q.get("cue") is not None and not isinstance(q.get("cue"), str):
                problem(w, "cue not string/null")

        # figures
        for i, f in enumerate(doc.get("figures") or []):
            w = f"{name} figure {i + 1}"
            if set(f) - {"occurrence"} != FKEYS:
                problem(w, f"keys {sorted(f)}")
            cat = f.get("category")
            if cat not in CATS:
                problem(w, f"category {cat!r}")
            if not isinstance(f.get("value"), (int, float)) or isinstance(f.get("value"), bool):
                problem(w, f"value not a number: {f.get('value')!r}")
            locate(w, art, f)
            t = f.get("text", "")
            if f.get("approx") is not None and f["approx"] not in t:
                problem(w, f"approx {f['approx']!r} not in text {t!r}")
            u = f.get("unit")
            if cat == "money" and u not in MONEY_UNITS:
                problem(w, f"money unit {u!r}")
            if cat == "money" and u in ("$", "USD", "CAD", "AUD") and "$" not in t:
                problem(w, "dollar unit but no $ in text")
            if cat == "money" and u == "EUR" and "euro" not in t and "€" not in t:
                problem(w, "EUR unit but no euro in text")
            if cat == "money" and u == "GBP" and "£" not in t and "pound" not in t:
                problem(w, "GBP unit but no £ in text")
            if cat == "percent" and u != "%":
                problem(w, f"percent unit {u!r}")
            if cat == "duration" and u not in TIME_UNITS:
                problem(w, f"duration unit {u!r}")
            if not u:
                problem(w, "no unit")

        # events
        seen = set()
        for i, e in enumerate(doc.get("events") or []):
            w = f"{name} event {i + 1}"
            if set(e) - {"occurrence"} != EKEYS:
                problem(w, f"keys {sorted(e)}")
            locate(w, art, e)
            if not valid_date(e.get("date")):
                problem(w, f"bad date {e.get('date')!r}")
            dt = e.get("date_text")
            if not isinstance(dt, str) or dt not in art:
                problem(w, f"date_text not in article: {dt!r}")
            key = (e.get("text"), e.get("occurrence"), e.get("date"))
            if key in seen:
                problem(w, "duplicate event")
            seen.add(key)

        # duplicates in quotes/figures
        for layer in ("quotes", "figures"):
            keys = [(x.get("text"), x.get("occurrence")) for x in doc.get(layer) or []]
            for k in set(keys):
                if keys.count(k) > 1:
                    problem(name, f"duplicate {layer} entry {k[0][:50]!r}")

    jsons = {os.path.basename(p)[:-5] for p in glob.glob(os.path.join(ROOT, "*.json"))}
    for extra in sorted(jsons - {os.path.basename(a)[:-4] for a in arts}):
        problem(extra, "JSON without article")

    for p in problems:
        print(p)
    print(f"{len(problems)} problems ({len(arts)} articles checked)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
