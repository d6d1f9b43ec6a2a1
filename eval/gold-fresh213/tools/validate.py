#!/usr/bin/env python3
"""Check the gold-fresh213 annotations against their articles and SCHEMA.md.

Checks: every JSON parses and has the schema's keys; every quote/figure/event `text`
and every `date_text` is an exact substring of the article; `occurrence` is present
exactly when a text occurs more than once (every match counted, overlapping too) and
is in range; kinds, speaker types and categories come from the schema's lists;
indirect quotes contain no quotation marks and mixed quotes do; each direct quote
sits right after an opening quotation mark; dates are YYYY, YYYY-MM or YYYY-MM-DD and
valid; `published` agrees with writer.tsv (or published_basis says why not); plus
light figure checks (numeric value, '%' for percent, time unit for duration, money
unit matching the currency sign).
"""
import datetime
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

TOP_KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]
Q_KEYS = {"text", "kind", "speaker", "speaker_type", "role", "cue"}
F_KEYS = {"text", "value", "unit", "category", "approx", "subject"}
E_KEYS = {"text", "date", "date_text"}
KINDS = {"direct", "indirect", "mixed"}
STYPES = {"person", "anonymous", "organization"}
CATS = {"count", "money", "percent", "duration"}
DQ = ['"', "“", "”"]          # double quotation marks, straight and curly
OPENERS = ['"', "“", "‘"]     # marks a direct quote may follow
TIME_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"}
MONEY_UNITS = {"$", "USD", "CAD", "AUD", "GBP", "EUR", "UAH"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def count_all(hay, needle):
    n, i = 0, hay.find(needle)
    while i != -1:
        n += 1
        i = hay.find(needle, i + 1)
    return n


def nth_pos(hay, needle, k):
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


def load_writer():
    out = {}
    with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2 and cols[0].endswith(".txt"):
                out[cols[0]] = cols[1]
    return out


def main():
    problems = []
    writer = load_writer()
    arts = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "articles", "*.txt")))
    jsons = sorted(glob.glob(os.path.join(ROOT, "*.json")))
    if len(jsons) != len(arts):
        problems.append(f"{len(jsons)} JSON files for {len(arts)} articles")
    totals = {"quotes": 0, "figures": 0, "events": 0}
    for art in arts:
        jp = os.path.join(ROOT, art[:-4] + ".json")

        def bad(msg):
            problems.append(f"{os.path.basename(jp)}: {msg}")

        if not os.path.exists(jp):
            bad("missing")
            continue
        try:
            with open(jp, encoding="utf-8") as fh:
                g = json.load(fh)
        except Exception as exc:  # noqa: BLE001
            bad(f"does not parse: {exc}")
            continue
        with open(os.path.join(ROOT, "articles", art), encoding="utf-8") as fh:
            text = fh.read()
        if list(g.keys()) != TOP_KEYS:
            bad(f"top-level keys {list(g.keys())}")
        if g.get("article") != art:
            bad(f"article field {g.get('article')!r}")
        # publication date
        pub = g.get("published")
        if not (isinstance(pub, str) and DATE_RE.match(pub) and len(pub) == 10 and valid_date(pub)):
            bad(f"published {pub!r} not YYYY-MM-DD")
        basis = g.get("published_basis") or ""
        if not basis:
            bad("empty published_basis")
        if writer.get(art) != pub:
            if "writer.tsv" not in basis or "agrees with writer.tsv" in basis or not re.search(r"differ|disagree|instead of", basis):
                bad(f"published {pub} differs from writer.tsv {writer.get(art)} and basis does not say why")
        elif "writer.tsv" not in basis:
            bad("published_basis does not mention the check against writer.tsv")
        if not (g.get("outlet") is None or isinstance(g.get("outlet"), str)):
            bad("outlet neither string nor null")

        def check_text(layer, i, item, keys):
            t = item.get("text")
            where = f"{layer}[{i}] {t!r:.60}"
            extra = set(item) - keys - {"occurrence"}
            missing = keys - set(item)
            if extra or missing:
                bad(f"{where}: keys extra={sorted(extra)} missing={sorted(missing)}")
            if not isinstance(t, str) or not t or t != t.strip():
                bad(f"{where}: empty text or surrounding whitespace")
                return None
            n = count_all(text, t)
            if n == 0:
                bad(f"{where}: not a substring of the article")
                return None
            occ = item.get("occurrence")
            if n > 1 and occ is None:
                bad(f"{where}: occurs {n} times but has no occurrence")
            if n == 1 and "occurrence" in item:
                bad(f"{where}: occurs once but has occurrence")
            if occ is not None and not (isinstance(occ, int) and 1 <= occ <= n):
                bad(f"{where}: occurrence {occ} out of range 1..{n}")
            return nth_pos(text, t, occ or 1)

        seen = set()
        for layer in ("quotes", "figures", "events"):
            items = g.get(layer)
            if not isinstance(items, list):
                bad(f"{layer} is not a list")
                continue
            totals[layer] += len(items)
            for i, it in enumerate(items):
                key = (layer, it.get("text"), it.get("occurrence"))
                if key in seen:
                    bad(f"{layer}[{i}] duplicate entry {it.get('text')!r:.60}")
                seen.add(key)
        for i, q in enumerate(g.get("quotes", [])):
            pos = check_text("quotes", i, q, Q_KEYS)
            t = q.get("text", "")
            where = f"quotes[{i}] {t!r:.60}"
            if q.get("kind") not in KINDS:
                bad(f"{where}: kind {q.get('kind')!r}")
            if q.get("speaker_type") not in STYPES:
                bad(f"{where}: speaker_type {q.get('speaker_type')!r}")
            if not q.get("speaker"):
                bad(f"{where}: no speaker")
            if not (q.get("role") is None or isinstance(q.get("role"), str)):
                bad(f"{where}: role type")
            if not (q.get("cue") is None or isinstance(q.get("cue"), str)):
                bad(f"{where}: cue type")
            has_dq = any(m in t for m in DQ) or "‘" in t
            if q.get("kind") == "indirect" and has_dq:
                bad(f"{where}: indirect quote contains quotation marks")
            if q.get("kind") == "mixed" and not has_dq:
                bad(f"{where}: mixed quote without quotation marks")
            if q.get("kind") == "direct" and pos is not None:
                if pos == 0 or text[pos - 1] not in OPENERS:
                    bad(f"{where}: direct quote not right after an opening quotation mark")
            if isinstance(q.get("cue"), str) and q["cue"] not in ("—", ":") and q["cue"].lower() not in text.lower():
                bad(f"{where}: cue {q['cue']!r} not in article")
        for i, f in enumerate(g.get("figures", [])):
            check_text("figures", i, f, F_KEYS)
            where = f"figures[{i}] {f.get('text')!r:.60}"
            cat, unit, val = f.get("category"), f.get("unit"), f.get("value")
            if cat not in CATS:
                bad(f"{where}: category {cat!r}")
            if not isinstance(val, (int, float)) or isinstance(val, bool):
                bad(f"{where}: value {val!r} not a number")
            if not isinstance(unit, str) or not unit:
                bad(f"{where}: unit missing")
            if cat == "percent" and unit != "%":
                bad(f"{where}: percent unit {unit!r}")
            if cat == "duration" and unit not in TIME_UNITS:
                bad(f"{where}: duration unit {unit!r}")
            if cat == "money":
                t = f.get("text", "")
                if unit not in MONEY_UNITS:
                    bad(f"{where}: money unit {unit!r}")
                if "£" in t or "stg" in t or "pence" in t:
                    if unit != "GBP":
                        bad(f"{where}: sterling text but unit {unit!r}")
                elif "C$" in t and unit != "CAD":
                    bad(f"{where}: C$ text but unit {unit!r}")
                elif "hryvnia" in t and unit != "UAH":
                    bad(f"{where}: hryvnia text but unit {unit!r}")
            ap = f.get("approx")
            if ap is not None and ap not in f.get("text", ""):
                bad(f"{where}: approx {ap!r} not in text")
        for i, e in enumerate(g.get("events", [])):
            check_text("events", i, e, E_KEYS)
            where = f"events[{i}] {e.get('text')!r:.60}"
            if not valid_date(e.get("date")):
                bad(f"{where}: date {e.get('date')!r}")
            dt = e.get("date_text")
            if not isinstance(dt, str) or not dt or dt not in text:
                bad(f"{where}: date_text {dt!r} not in article")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(arts)} articles, {totals['quotes']} quotes, {totals['figures']} figures, "
          f"{totals['events']} events: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
