#!/usr/bin/env python3
"""Check the gold-fresh211 annotations (mechanical checks only)."""
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
KINDS = {"direct", "indirect", "mixed"}
STYPES = {"person", "anonymous", "organization"}
CATS = {"count", "money", "percent", "duration"}
MONEY_UNITS = {"$", "USD", "CAD", "AUD", "GBP", "EUR", "PLN"}
TIME_UNITS = {"seconds", "minutes", "hours", "days", "nights", "weeks", "months", "month", "years"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DOUBLE_MARKS = set('"“”')
OPEN_MARKS = set('"“‘\'')


def count_all(hay, needle):
    """Number of matches, overlapping ones included."""
    n, i = 0, hay.find(needle)
    while i != -1:
        n += 1
        i = hay.find(needle, i + 1)
    return n


def nth_index(hay, needle, occ):
    i = -1
    for _ in range(occ):
        i = hay.find(needle, i + 1)
        if i == -1:
            return -1
    return i


def quote_marks(text):
    """Quotation marks in text; apostrophes (letter'letter, s' possessive) are not counted."""
    marks = []
    for i, ch in enumerate(text):
        if ch in DOUBLE_MARKS or ch == "‘":
            marks.append((i, ch))
        elif ch in "'’":
            prev = text[i - 1] if i > 0 else " "
            nxt = text[i + 1] if i + 1 < len(text) else " "
            if prev.isalnum() and nxt.isalpha():
                continue  # apostrophe inside a word: doesn't, Noorzai's
            if prev in "sS" and not nxt.isalnum():
                continue  # plural possessive: volunteers'
            marks.append((i, ch))
    return marks


def load_writer():
    rows = {}
    with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if row:
                rows[row[0]] = row
    return rows


def main():
    problems = []
    writer = load_writer()
    txts = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ART, "*.txt")))
    stats = {"files": 0, "quotes": 0, "figures": 0, "events": 0}

    def bad(where, msg):
        problems.append(f"{where}: {msg}")

    for name in txts:
        jpath = os.path.join(ROOT, name.replace(".txt", ".json"))
        if not os.path.exists(jpath):
            bad(name, "no JSON file")
            continue
        try:
            with open(jpath, encoding="utf-8") as fh:
                d = json.load(fh)
        except Exception as e:  # noqa: BLE001
            bad(name, f"JSON does not parse: {e}")
            continue
        stats["files"] += 1
        with open(os.path.join(ART, name), encoding="utf-8") as fh:
            art = fh.read()
        if list(d.keys()) != KEYS:
            bad(name, f"keys {list(d.keys())} != {KEYS}")
        if d.get("article") != name:
            bad(name, f"article field {d.get('article')!r}")

        # publication date
        pub = d.get("published")
        basis = d.get("published_basis") or ""
        if not (isinstance(pub, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", pub)):
            bad(name, f"published {pub!r} is not YYYY-MM-DD")
        elif name not in writer:
            bad(name, "not listed in writer.tsv")
        else:
            w = writer[name]
            if pub != w[1]:
                if not ("writer.tsv" in basis and re.search(r"differ|disagree|ambiguous|instead of", basis)):
                    bad(name, f"published {pub} != writer.tsv {w[1]} and basis does not say why")
            wd = datetime.date.fromisoformat(pub).strftime("%A")
            if pub == w[1] and wd != w[2]:
                bad(name, f"weekday of {pub} is {wd}, writer.tsv says {w[2]}")
        if not basis:
            bad(name, "empty published_basis")

        def check_text(where, item):
            text = item.get("text")
            if not isinstance(text, str) or not text:
                bad(where, "missing text")
                return None
            if text != text.strip():
                bad(where, f"untrimmed text {text!r}")
            n = count_all(art, text)
            if n == 0:
                bad(where, f"text not in article: {text[:70]!r}")
                return None
            occ = item.get("occurrence")
            if n > 1:
                if occ is None:
                    bad(where, f"text occurs {n} times but has no occurrence: {text[:50]!r}")
                    return None
                if not (isinstance(occ, int) and 1 <= occ <= n):
                    bad(where, f"occurrence {occ} out of range 1..{n}")
                    return None
                return nth_index(art, text, occ)
            if occ is not None:
                bad(where, f"occurrence given but text occurs once: {text[:50]!r}")
            return art.find(text)

        for k, q in enumerate(d.get("quotes") or []):
            where = f"{name} quote {k+1}"
            stats["quotes"] += 1
            for key in ("kind", "speaker", "speaker_type", "role", "cue"):
                if key not in q:
                    bad(where, f"missing {key}")
            pos = check_text(where, q)
            if q.get("kind") not in KINDS:
                bad(where, f"kind {q.get('kind')!r}")
            if q.get("speaker_type") not in STYPES:
                bad(where, f"speaker_type {q.get('speaker_type')!r}")
            if not q.get("speaker"):
                bad(where, "empty speaker")
            text = q.get("text") or ""
            marks = quote_marks(text)
            if q.get("kind") == "indirect" and marks:
                bad(where, f"indirect quote contains quotation marks {marks}: {text[:60]!r}")
            if q.get("kind") == "mixed" and not marks:
                bad(where, f"mixed quote has no quotation marks: {text[:60]!r}")
            if q.get("kind") == "direct" and pos is not None:
                if pos == 0 or art[pos - 1] not in OPEN_MARKS:
                    bad(where, f"direct quote not right after a quotation mark: {text[:50]!r}")

        for k, f in enumerate(d.get("figures") or []):
            where = f"{name} figure {k+1}"
            stats["figures"] += 1
            for key in ("value", "unit", "category", "approx", "subject"):
                if key not in f:
                    bad(where, f"missing {key}")
            check_text(where, f)
            cat = f.get("category")
            if cat not in CATS:
                bad(where, f"category {cat!r}")
            if not isinstance(f.get("value"), (int, float)) or isinstance(f.get("value"), bool):
                bad(where, f"value {f.get('value')!r} not a number")
            unit = f.get("unit")
            if cat == "money" and unit not in MONEY_UNITS:
                bad(where, f"money unit {unit!r}")
            if cat == "percent" and unit != "%":
                bad(where, f"percent unit {unit!r}")
            if cat == "duration" and unit not in TIME_UNITS:
                bad(where, f"duration unit {unit!r}")
            ap = f.get("approx")
            if ap is not None and ap not in (f.get("text") or ""):
                bad(where, f"approx {ap!r} not in text")

        for k, e in enumerate(d.get("events") or []):
            where = f"{name} event {k+1}"
            stats["events"] += 1
            check_text(where, e)
            date = e.get("date")
            if not (isinstance(date, str) and DATE_RE.match(date)):
                bad(where, f"date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
            else:
                try:
                    parts = [int(x) for x in date.split("-")]
                    datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
                except ValueError:
                    bad(where, f"date {date!r} is not a calendar date")
            dt = e.get("date_text")
            if not isinstance(dt, str) or dt not in art:
                bad(where, f"date_text not in article: {dt!r}")

    for p in problems:
        print("PROBLEM", p)
    print(f"{stats['files']} files, {stats['quotes']} quotes, {stats['figures']} figures, "
          f"{stats['events']} events checked; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
