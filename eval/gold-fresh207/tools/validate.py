#!/usr/bin/env python3
"""Check the gold-fresh207 annotations against the articles and SCHEMA.md's rules.

Checks: every JSON parses and has exactly the schema's keys; every quote/figure/event
`text` and every event `date_text` is an exact substring of the article; `occurrence` is
present exactly when a text occurs more than once (overlapping matches counted) and is in
range; kinds, speaker types and categories come from the schema's lists; indirect quotes
contain no quotation marks and mixed quotes do; each direct quote sits right after an
opening quotation mark (only whitespace between); dates are valid YYYY, YYYY-MM or
YYYY-MM-DD; figure fields have sane types and units; `published` agrees with writer.tsv
(or the basis says it 'differs from writer.tsv' and why). Prints each problem and the count.
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

TOP_KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]
Q_KEYS = {"text", "kind", "speaker", "speaker_type", "role", "cue"}
F_KEYS = {"text", "value", "unit", "category", "approx", "subject"}
E_KEYS = {"text", "date", "date_text"}
KINDS = {"direct", "indirect", "mixed"}
STYPES = {"person", "anonymous", "organization"}
CATS = {"count", "money", "percent", "duration"}
MONEY_UNITS = {"CAD", "USD", "GBP", "EUR", "AUD", "$"}
TIME_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years"}
QMARKS = '"“”„«»'
OPENERS = '"“„«'

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def count_all(hay, needle):
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


def check_text(where, item, article):
    t = item.get("text")
    if not isinstance(t, str) or not t:
        bad(where, "text missing or empty")
        return None
    if t != t.strip():
        bad(where, "text has surrounding whitespace")
    n = count_all(article, t)
    if n == 0:
        bad(where, f"text not in article: {t[:70]!r}")
        return None
    occ = item.get("occurrence")
    if n > 1:
        if occ is None:
            bad(where, f"text occurs {n} times but no occurrence: {t[:60]!r}")
            return None
        if not isinstance(occ, int) or not 1 <= occ <= n:
            bad(where, f"occurrence {occ!r} out of range 1..{n}")
            return None
        return nth_index(article, t, occ)
    if occ is not None:
        bad(where, f"occurrence given but text occurs once: {t[:60]!r}")
    return article.find(t)


def load_writer():
    rows = {}
    with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and parts[0].endswith(".txt"):
                rows[parts[0]] = parts[1]
    return rows


def main():
    writer = load_writer()
    arts = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ART, "*.txt")))
    jsons = sorted(glob.glob(os.path.join(ROOT, "*.json")))
    names = {os.path.basename(p)[:-5] + ".txt" for p in jsons}
    for a in arts:
        if a not in names:
            bad(a, "no JSON annotation")
    for a in names - set(arts):
        bad(a, "JSON without an article")

    for path in jsons:
        fn = os.path.basename(path)
        try:
            with open(path, encoding="utf-8") as fh:
                d = json.load(fh)
        except Exception as exc:  # noqa: BLE001
            bad(fn, f"JSON does not parse: {exc}")
            continue
        if list(d.keys()) != TOP_KEYS:
            bad(fn, f"top-level keys {list(d.keys())} != {TOP_KEYS}")
        art_name = fn[:-5] + ".txt"
        if d.get("article") != art_name:
            bad(fn, f"article field {d.get('article')!r} != {art_name!r}")
        apath = os.path.join(ART, art_name)
        if not os.path.exists(apath):
            continue
        with open(apath, encoding="utf-8") as fh:
            article = fh.read()

        # publication date
        pub = d.get("published")
        basis = d.get("published_basis") or ""
        if not (isinstance(pub, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub) and valid_date(pub)):
            bad(fn, f"published {pub!r} is not YYYY-MM-DD")
        if not basis.strip():
            bad(fn, "published_basis empty")
        w = writer.get(art_name)
        if w is None:
            bad(fn, "article missing from writer.tsv")
        elif pub != w and "differs from writer.tsv" not in basis:
            bad(fn, f"published {pub} != writer.tsv {w} and basis does not say why "
                    "(expects 'differs from writer.tsv ... because ...')")
        if not isinstance(d.get("outlet"), str) or not d["outlet"].strip():
            bad(fn, "outlet missing")

        for i, q in enumerate(d.get("quotes") or []):
            where = f"{fn} quote {i + 1}"
            keys = set(q) - {"occurrence"}
            if keys != Q_KEYS:
                bad(where, f"keys {sorted(q)}")
            pos = check_text(where, q, article)
            kind = q.get("kind")
            if kind not in KINDS:
                bad(where, f"kind {kind!r}")
            if q.get("speaker_type") not in STYPES:
                bad(where, f"speaker_type {q.get('speaker_type')!r}")
            if not isinstance(q.get("speaker"), str) or not q["speaker"].strip():
                bad(where, "speaker missing")
            for k in ("role", "cue"):
                if q.get(k) is not None and not (isinstance(q[k], str) and q[k].strip()):
                    bad(where, f"{k} must be a non-empty string or null")
            t = q.get("text") or ""
            has_q = any(c in t for c in QMARKS)
            if kind == "indirect" and has_q:
                bad(where, "indirect quote contains a quotation mark")
            if kind == "mixed" and not has_q:
                bad(where, "mixed quote contains no quotation mark")
            if kind == "direct":
                if has_q:
                    bad(where, "direct quote text contains a quotation mark")
                if pos is not None and pos >= 0:
                    j = pos - 1
                    while j >= 0 and article[j] in " \t":
                        j -= 1
                    if j < 0 or article[j] not in OPENERS:
                        bad(where, f"direct quote not right after an opening quotation mark: {t[:50]!r}")

        for i, f in enumerate(d.get("figures") or []):
            where = f"{fn} figure {i + 1}"
            keys = set(f) - {"occurrence"}
            if keys != F_KEYS:
                bad(where, f"keys {sorted(f)}")
            check_text(where, f, article)
            cat = f.get("category")
            if cat not in CATS:
                bad(where, f"category {cat!r}")
            v = f.get("value")
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                bad(where, f"value {v!r} not a number")
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
            if ap is not None:
                if not isinstance(ap, str) or ap not in (f.get("text") or ""):
                    bad(where, f"approx {ap!r} not written in the text")
            if f.get("subject") is not None and not isinstance(f["subject"], str):
                bad(where, "subject must be a string or null")

        for i, e in enumerate(d.get("events") or []):
            where = f"{fn} event {i + 1}"
            keys = set(e) - {"occurrence"}
            if keys != E_KEYS:
                bad(where, f"keys {sorted(e)}")
            check_text(where, e, article)
            if not valid_date(e.get("date")):
                bad(where, f"date {e.get('date')!r} not YYYY, YYYY-MM or YYYY-MM-DD")
            dt = e.get("date_text")
            if not isinstance(dt, str) or not dt or dt not in article:
                bad(where, f"date_text not in article: {dt!r}")

    for p in problems:
        print(p)
    print(f"{len(jsons)} files checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
