#!/usr/bin/env python3
"""Check the gold-fresh221 annotations against the articles and SCHEMA.md rules.

Prints each problem found and a final count; exit status 1 when problems exist.
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

KINDS = {"direct", "indirect", "mixed"}
STYPES = {"person", "anonymous", "organization"}
CATS = {"count", "money", "percent", "duration"}
QMARKS = "\"“”"
OPEN_MARKS = "\"“"
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]
QKEYS = {"text", "kind", "speaker", "speaker_type", "role", "cue"}
FKEYS = {"text", "value", "unit", "category", "approx", "subject"}
EKEYS = {"text", "date", "date_text"}

problems = []


def problem(where, msg):
    problems.append(f"{where}: {msg}")


def count_occ(hay, needle):
    """Every match of the exact string, overlapping ones included."""
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
        if len(parts) == 3:
            datetime.date(*parts)
        elif len(parts) == 2:
            datetime.date(parts[0], parts[1], 1)
    except ValueError:
        return False
    return True


def check_text(where, item, article):
    t = item.get("text")
    if not isinstance(t, str) or not t:
        problem(where, "missing text")
        return -1
    if t != t.strip():
        problem(where, "text has surrounding whitespace")
    n = count_occ(article, t)
    if n == 0:
        problem(where, f"text not found in article: {t[:60]!r}")
        return -1
    occ = item.get("occurrence")
    if n > 1:
        if occ is None:
            problem(where, f"text occurs {n} times but no occurrence: {t[:60]!r}")
            return -1
        if not isinstance(occ, int) or not 1 <= occ <= n:
            problem(where, f"occurrence {occ!r} out of range 1..{n}")
            return -1
        return nth_index(article, t, occ)
    if occ is not None:
        problem(where, f"occurrence given but text occurs once: {t[:60]!r}")
    return article.find(t)


def main():
    writer = {}
    with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if row:
                writer[row[0]] = row[1]
    arts = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ART, "*.txt")))
    jsons = sorted(glob.glob(os.path.join(ROOT, "*.json")))
    if len(jsons) != len(arts):
        problem("folder", f"{len(arts)} articles but {len(jsons)} JSON files")
    seen = set()
    totals = {"quotes": 0, "figures": 0, "events": 0}
    for jp in jsons:
        name = os.path.basename(jp)
        try:
            with open(jp, encoding="utf-8") as f:
                d = json.load(f)
        except Exception as e:  # noqa: BLE001
            problem(name, f"JSON does not parse: {e}")
            continue
        if list(d.keys()) != KEYS:
            problem(name, f"keys {list(d.keys())} != {KEYS}")
        art = d.get("article")
        if art != name[:-5] + ".txt" or art not in arts:
            problem(name, f"article field {art!r} does not match an article file")
            continue
        seen.add(art)
        with open(os.path.join(ART, art), encoding="utf-8") as f:
            article = f.read()

        # publication date
        pub = d.get("published")
        if not (isinstance(pub, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", pub) and valid_date(pub)):
            problem(name, f"published {pub!r} is not YYYY-MM-DD")
        basis = d.get("published_basis") or ""
        if not basis.strip():
            problem(name, "empty published_basis")
        w = writer.get(art)
        if w is None:
            problem(name, "article missing from writer.tsv")
        elif pub != w and not re.search(r"(differs|disagrees) (from|with) writer\.tsv", basis, re.I):
            problem(name, f"published {pub} != writer.tsv {w} and basis does not say why "
                          "(expects 'differs from writer.tsv' and a reason)")
        if d.get("outlet") is not None and not isinstance(d.get("outlet"), str):
            problem(name, "outlet must be a string or null")

        for layer in ("quotes", "figures", "events"):
            if not isinstance(d.get(layer), list):
                problem(name, f"{layer} is not a list")
                d[layer] = []
            totals[layer] += len(d[layer])

        for i, q in enumerate(d["quotes"]):
            where = f"{name} quote {i + 1}"
            extra = set(q) - QKEYS - {"occurrence"}
            missing = QKEYS - set(q)
            if extra or missing:
                problem(where, f"keys: extra {sorted(extra)}, missing {sorted(missing)}")
            pos = check_text(where, q, article)
            t = q.get("text", "")
            if q.get("kind") not in KINDS:
                problem(where, f"kind {q.get('kind')!r}")
            if q.get("speaker_type") not in STYPES:
                problem(where, f"speaker_type {q.get('speaker_type')!r}")
            if not isinstance(q.get("speaker"), str) or not q["speaker"]:
                problem(where, "speaker missing")
            for k in ("role", "cue"):
                if q.get(k) is not None and not isinstance(q[k], str):
                    problem(where, f"{k} must be string or null")
            if q.get("cue") is not None and q["cue"] not in ("—", ":") and q["cue"].lower() not in article.lower():
                problem(where, f"cue {q['cue']!r} not in article")
            has_mark = any(c in t for c in QMARKS)
            if q.get("kind") == "indirect" and has_mark:
                problem(where, "indirect quote contains a quotation mark")
            if q.get("kind") == "mixed" and not has_mark:
                problem(where, "mixed quote has no quotation mark")
            if q.get("kind") == "direct":
                if has_mark:
                    problem(where, "direct quote text contains a quotation mark")
                if pos > 0:
                    before = article[:pos].rstrip(" ")
                    if not before or before[-1] not in OPEN_MARKS:
                        problem(where, f"direct quote not right after an opening quotation mark: ...{article[max(0, pos - 15):pos]!r}")
                elif pos == 0:
                    problem(where, "direct quote at start of file, no quotation mark")

        for i, fg in enumerate(d["figures"]):
            where = f"{name} figure {i + 1}"
            extra = set(fg) - FKEYS - {"occurrence"}
            missing = FKEYS - set(fg)
            if extra or missing:
                problem(where, f"keys: extra {sorted(extra)}, missing {sorted(missing)}")
            check_text(where, fg, article)
            if fg.get("category") not in CATS:
                problem(where, f"category {fg.get('category')!r}")
            v = fg.get("value")
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                problem(where, f"value {v!r} is not a number")
            if not isinstance(fg.get("unit"), str) or not fg["unit"]:
                problem(where, "unit missing")
            if fg.get("category") == "percent" and fg.get("unit") != "%":
                problem(where, "percent unit must be %")
            if fg.get("category") == "money" and fg.get("unit") not in ("$", "USD", "CAD", "GBP", "EUR", "AUD"):
                problem(where, f"money unit {fg.get('unit')!r}")
            ap = fg.get("approx")
            if ap is not None and ap.lower() not in fg.get("text", "").lower():
                problem(where, f"approx {ap!r} not in text")

        for i, ev in enumerate(d["events"]):
            where = f"{name} event {i + 1}"
            extra = set(ev) - EKEYS - {"occurrence"}
            missing = EKEYS - set(ev)
            if extra or missing:
                problem(where, f"keys: extra {sorted(extra)}, missing {sorted(missing)}")
            check_text(where, ev, article)
            dt = ev.get("date_text")
            if not isinstance(dt, str) or dt not in article:
                problem(where, f"date_text {dt!r} not in article")
            if not valid_date(ev.get("date")):
                problem(where, f"date {ev.get('date')!r} is not YYYY, YYYY-MM or YYYY-MM-DD")

    for a in arts:
        if a not in seen:
            problem(a, "no annotation file")

    for p in problems:
        print(p)
    print(f"checked {len(jsons)} files: {totals['quotes']} quotes, {totals['figures']} figures, "
          f"{totals['events']} events; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
