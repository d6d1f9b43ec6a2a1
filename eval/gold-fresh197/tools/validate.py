#!/usr/bin/env python3
"""Check the gold-fresh197 JSON annotations against their articles and SCHEMA.md.

Checks: every JSON parses and has the schema's keys; every quote/figure/event text
and every date_text is an exact substring of the article; `occurrence` is present
exactly when a text occurs more than once (counting every match, overlapping ones
included) and is in range; kinds, speaker types and categories come from the
schema's lists; indirect quotes hold no quotation marks and mixed quotes do; each
direct quote sits right after an opening quotation mark; dates are YYYY, YYYY-MM or
YYYY-MM-DD (and real calendar dates); figure values are numbers; `published` agrees
with writer.tsv (or the basis says why not).
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
TOP_KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]
Q_KEYS = {"text", "kind", "speaker", "speaker_type", "role", "cue"}
F_KEYS = {"text", "value", "unit", "category", "approx", "subject"}
E_KEYS = {"text", "date", "date_text"}

DOUBLE_MARKS = set('"“”')
OPEN_MARKS = set('"“‘\'')


def count_all(hay, needle):
    """Number of matches of needle in hay, overlapping ones included."""
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


def single_quote_marks(text):
    """Single quotation marks that are not apostrophes.

    An apostrophe is a ' or ’ between two letters (don't, Ontario’s) or after an
    s and before a space/punctuation (councils' spending). A ‘ is always a mark.
    """
    marks = []
    for i, c in enumerate(text):
        if c == "‘":
            marks.append(i)
        elif c in "'’":
            prev = text[i - 1] if i > 0 else ""
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if prev.isalpha() and nxt.isalpha():
                continue
            if prev in "sS" and (nxt == "" or nxt.isspace() or nxt in ",.;:"):
                continue
            marks.append(i)
    return marks


def has_quote_marks(text):
    return any(c in DOUBLE_MARKS for c in text) or bool(single_quote_marks(text))


def valid_date(s):
    if not isinstance(s, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", s):
            return True
        if re.fullmatch(r"\d{4}-\d{2}", s):
            datetime.date(int(s[:4]), int(s[5:7]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            datetime.date.fromisoformat(s)
            return True
    except ValueError:
        return False
    return False


def main():
    problems = []
    writer = {}
    with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if row:
                writer[row[0]] = row

    arts = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ART, "*.txt")))
    totals = {"quotes": 0, "figures": 0, "events": 0}
    for art in arts:
        jpath = os.path.join(ROOT, art[:-4] + ".json")

        def bad(msg):
            problems.append(f"{os.path.basename(jpath)}: {msg}")

        if not os.path.exists(jpath):
            bad("missing")
            continue
        try:
            with open(jpath, encoding="utf-8") as fh:
                d = json.load(fh)
        except Exception as exc:  # noqa: BLE001
            bad(f"does not parse: {exc}")
            continue
        with open(os.path.join(ART, art), encoding="utf-8") as fh:
            text = fh.read()

        if list(d.keys()) != TOP_KEYS:
            bad(f"top-level keys {list(d.keys())} != {TOP_KEYS}")
        if d.get("article") != art:
            bad(f"article field {d.get('article')!r} != {art!r}")

        # publication date
        pub = d.get("published")
        if not (isinstance(pub, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub) and valid_date(pub)):
            bad(f"published {pub!r} is not YYYY-MM-DD")
        w = writer.get(art)
        if w is None:
            bad("article not in writer.tsv")
        elif pub != w[1]:
            basis = (d.get("published_basis") or "").lower()
            if "differs from writer.tsv" not in basis:
                bad(f"published {pub} != writer.tsv {w[1]} and basis does not say why ('differs from writer.tsv ...')")
        if not d.get("published_basis"):
            bad("empty published_basis")

        def check_span(item, where, field="text"):
            t = item.get(field)
            if not isinstance(t, str) or not t:
                bad(f"{where}: empty {field}")
                return None
            n = count_all(text, t)
            if n == 0:
                bad(f"{where}: {field} not found: {t[:70]!r}")
                return None
            if field != "text":
                return True
            occ = item.get("occurrence")
            if n > 1 and occ is None:
                bad(f"{where}: text occurs {n} times but no occurrence: {t[:60]!r}")
                return None
            if n == 1 and occ is not None:
                bad(f"{where}: occurrence given for a unique text: {t[:60]!r}")
                return None
            if occ is not None and not (isinstance(occ, int) and 1 <= occ <= n):
                bad(f"{where}: occurrence {occ} out of range 1..{n}")
                return None
            return nth_index(text, t, occ or 1)

        # duplicates
        def dupes(items, name):
            seen = set()
            for it in items:
                key = (it.get("text"), it.get("occurrence"))
                if key in seen:
                    bad(f"{name}: duplicate entry {key}")
                seen.add(key)

        quotes = d.get("quotes") or []
        figures = d.get("figures") or []
        events = d.get("events") or []
        for name, items in (("quotes", quotes), ("figures", figures), ("events", events)):
            if not isinstance(d.get(name), list):
                bad(f"{name} is not a list")
            totals[name] += len(items)
            dupes(items, name)

        for i, q in enumerate(quotes):
            where = f"quote {i+1}"
            keys = set(q) - {"occurrence"}
            if keys != Q_KEYS:
                bad(f"{where}: keys {sorted(keys)}")
            pos = check_span(q, where)
            t = q.get("text", "")
            if q.get("kind") not in KINDS:
                bad(f"{where}: kind {q.get('kind')!r}")
            if q.get("speaker_type") not in STYPES:
                bad(f"{where}: speaker_type {q.get('speaker_type')!r}")
            if not q.get("speaker"):
                bad(f"{where}: no speaker")
            if q.get("kind") == "indirect" and has_quote_marks(t):
                bad(f"{where}: indirect quote contains quotation marks: {t[:60]!r}")
            if q.get("kind") == "mixed" and not has_quote_marks(t):
                bad(f"{where}: mixed quote has no quotation marks: {t[:60]!r}")
            if q.get("kind") == "direct":
                if any(c in DOUBLE_MARKS for c in t):
                    bad(f"{where}: direct quote contains double quotation marks")
                if pos is not None and pos is not True:
                    prev = text[pos - 1] if pos > 0 else ""
                    if prev not in OPEN_MARKS:
                        bad(f"{where}: direct quote not right after a quotation mark (prev {prev!r})")

        for i, f in enumerate(figures):
            where = f"figure {i+1}"
            keys = set(f) - {"occurrence"}
            if keys != F_KEYS:
                bad(f"{where}: keys {sorted(keys)}")
            check_span(f, where)
            if f.get("category") not in CATS:
                bad(f"{where}: category {f.get('category')!r}")
            v = f.get("value")
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                bad(f"{where}: value {v!r} is not a number")
            if f.get("category") == "percent" and f.get("unit") != "%":
                bad(f"{where}: percent unit {f.get('unit')!r}")
            if f.get("category") == "money" and f.get("unit") not in {"$", "USD", "CAD", "GBP", "EUR", "AUD", "NZD"}:
                bad(f"{where}: money unit {f.get('unit')!r}")
            ap = f.get("approx")
            if ap is not None and ap not in f.get("text", ""):
                bad(f"{where}: approx {ap!r} not in text")

        for i, e in enumerate(events):
            where = f"event {i+1}"
            keys = set(e) - {"occurrence"}
            if keys != E_KEYS:
                bad(f"{where}: keys {sorted(keys)}")
            check_span(e, where)
            check_span(e, where, field="date_text")
            if not valid_date(e.get("date")):
                bad(f"{where}: date {e.get('date')!r}")

    for p in problems:
        print("PROBLEM", p)
    print(f"{len(arts)} articles, {totals['quotes']} quotes, {totals['figures']} figures, {totals['events']} events")
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
