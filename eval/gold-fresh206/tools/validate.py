#!/usr/bin/env python3
"""Check the gold-fresh206 annotations against the article files and the schema.

Prints every problem found and a final count; exit status 1 if there are problems.
"""
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
TIME_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years"}
MONEY_UNITS = {"$", "USD", "CAD", "GBP", "EUR", "AUD"}
DQ = '"“”'            # double quotation marks, straight and curly
OPENERS = '"“‘\''     # marks a direct quote may follow

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def count_all(hay, needle):
    """Number of (possibly overlapping) matches of needle in hay."""
    n, i = 0, hay.find(needle)
    while i != -1:
        n += 1
        i = hay.find(needle, i + 1)
    return n


def nth_index(hay, needle, k):
    i = hay.find(needle)
    for _ in range(k - 1):
        if i == -1:
            break
        i = hay.find(needle, i + 1)
    return i


def check_text(where, item, body):
    t = item.get("text")
    if not isinstance(t, str) or not t:
        bad(where, "missing text")
        return None
    if t != t.strip():
        bad(where, f"text has surrounding whitespace: {t!r}")
    n = count_all(body, t)
    if n == 0:
        bad(where, f"text not in article: {t!r}")
        return None
    occ = item.get("occurrence")
    if n > 1 and occ is None:
        bad(where, f"text occurs {n} times but has no occurrence: {t!r}")
        return None
    if n == 1 and occ is not None:
        bad(where, f"text occurs once but has occurrence {occ}: {t!r}")
    if occ is not None and not (isinstance(occ, int) and 1 <= occ <= n):
        bad(where, f"occurrence {occ} out of range 1..{n}: {t!r}")
        return None
    return nth_index(body, t, occ or 1)


def valid_date(s):
    if not isinstance(s, str):
        return False
    for fmt, rx in (("%Y", r"\d{4}"), ("%Y-%m", r"\d{4}-\d{2}"), ("%Y-%m-%d", r"\d{4}-\d{2}-\d{2}")):
        if re.fullmatch(rx, s):
            try:
                datetime.datetime.strptime(s, fmt)
                return True
            except ValueError:
                return False
    return False


def main():
    writer = {}
    with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and parts[0]:
                writer[parts[0]] = parts[1]

    arts = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ART, "*.txt")))
    jsons = sorted(glob.glob(os.path.join(ROOT, "*.json")))
    if len(jsons) != len(arts):
        bad("folder", f"{len(arts)} articles but {len(jsons)} JSON files")
    for a in arts:
        if not os.path.exists(os.path.join(ROOT, a[:-4] + ".json")):
            bad(a, "no JSON file")

    totals = dict(q=0, f=0, e=0)
    for jp in jsons:
        name = os.path.basename(jp)
        try:
            with open(jp, encoding="utf-8") as fh:
                d = json.load(fh)
        except Exception as exc:  # noqa: BLE001
            bad(name, f"JSON does not parse: {exc}")
            continue
        if list(d.keys()) != KEYS:
            bad(name, f"keys {list(d.keys())} != {KEYS}")
        art = d.get("article")
        if art != name[:-5] + ".txt":
            bad(name, f"article field {art!r} does not match file name")
        ap = os.path.join(ART, art or "")
        if not os.path.isfile(ap):
            bad(name, "article file missing")
            continue
        with open(ap, encoding="utf-8") as fh:
            body = fh.read()

        # publication date
        pub = d.get("published")
        if not (isinstance(pub, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub) and valid_date(pub)):
            bad(name, f"published not a YYYY-MM-DD date: {pub!r}")
        basis = d.get("published_basis") or ""
        if not basis:
            bad(name, "empty published_basis")
        w = writer.get(art)
        if w is None:
            bad(name, "article not in writer.tsv")
        elif pub != w and not re.search(r"(disagree|differ|ambiguous)[^.]*writer\.tsv|writer\.tsv[^.]*(disagree|differ|ambiguous)", basis):
            bad(name, f"published {pub} disagrees with writer.tsv {w} and basis does not say why")
        if not isinstance(d.get("outlet"), (str, type(None))):
            bad(name, "outlet must be string or null")

        for i, q in enumerate(d.get("quotes") or []):
            where = f"{name} quote {i + 1}"
            totals["q"] += 1
            keys = set(q) - {"occurrence"}
            if keys != QKEYS:
                bad(where, f"keys {sorted(q)}")
            pos = check_text(where, q, body)
            t = q.get("text", "")
            if q.get("kind") not in KINDS:
                bad(where, f"kind {q.get('kind')!r}")
            if q.get("speaker_type") not in STYPES:
                bad(where, f"speaker_type {q.get('speaker_type')!r}")
            if not q.get("speaker"):
                bad(where, "empty speaker")
            if q.get("kind") == "indirect" and any(c in t for c in DQ + "‘"):
                bad(where, "indirect quote contains quotation marks")
            if q.get("kind") == "mixed" and not any(c in t for c in DQ + "‘"):
                bad(where, "mixed quote has no quotation marks")
            if q.get("kind") == "direct" and pos is not None:
                if pos == 0 or body[pos - 1] not in OPENERS:
                    bad(where, f"direct quote does not follow a quotation mark: {t[:40]!r}")
                if any(c in t for c in DQ):
                    bad(where, "direct quote text contains a double quotation mark")
            cue = q.get("cue")
            if cue is not None and cue not in body:
                bad(where, f"cue {cue!r} not in article")

        for i, f in enumerate(d.get("figures") or []):
            where = f"{name} figure {i + 1}"
            totals["f"] += 1
            keys = set(f) - {"occurrence"}
            if keys != FKEYS:
                bad(where, f"keys {sorted(f)}")
            check_text(where, f, body)
            cat = f.get("category")
            if cat not in CATS:
                bad(where, f"category {cat!r}")
            v = f.get("value")
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                bad(where, f"value not a number: {v!r}")
            unit = f.get("unit")
            if cat == "percent" and unit != "%":
                bad(where, f"percent unit {unit!r}")
            if cat == "duration" and unit not in TIME_UNITS:
                bad(where, f"duration unit {unit!r}")
            if cat == "money" and unit not in MONEY_UNITS:
                bad(where, f"money unit {unit!r}")
            ap_ = f.get("approx")
            if ap_ is not None and ap_ not in f.get("text", ""):
                bad(where, f"approx {ap_!r} not in text")

        for i, e in enumerate(d.get("events") or []):
            where = f"{name} event {i + 1}"
            totals["e"] += 1
            keys = set(e) - {"occurrence"}
            if keys != EKEYS:
                bad(where, f"keys {sorted(e)}")
            check_text(where, e, body)
            if not valid_date(e.get("date")):
                bad(where, f"date {e.get('date')!r} not YYYY, YYYY-MM or YYYY-MM-DD")
            dt = e.get("date_text")
            if not isinstance(dt, str) or dt not in body:
                bad(where, f"date_text not in article: {dt!r}")

    for p in problems:
        print(p)
    print(f"checked {len(jsons)} files, {totals['q']} quotes, {totals['f']} figures, "
          f"{totals['e']} events: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
