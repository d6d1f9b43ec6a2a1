#!/usr/bin/env python3
"""Check the gold-fresh219 annotations against the articles and SCHEMA.md rules.
Prints each problem found and a final count."""
import datetime
import glob
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]
KINDS = {"direct", "indirect", "mixed"}
STYPES = {"person", "anonymous", "organization"}
CATS = {"count", "money", "percent", "duration"}
DOUBLE_MARKS = '"“”'
OPEN_MARKS = '"“‘\''
TIME_UNITS = {"seconds", "minutes", "hours", "days", "nights", "weeks", "months", "years"}
MONEY_UNITS = {"$", "USD", "CAD", "AUD", "GBP", "EUR"}

problems = []


def bad(name, msg):
    problems.append(f"{name}: {msg}")


def count_all(hay, needle):
    """Number of matches, overlapping ones included."""
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


def check_date(name, where, d):
    if d is None:
        bad(name, f"{where}: date is null")
        return
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", d)
    if not m:
        bad(name, f"{where}: bad date format {d!r}")
        return
    y, mo, da = m.groups()
    try:
        datetime.date(int(y), int(mo or 1), int(da or 1))
    except ValueError:
        bad(name, f"{where}: impossible date {d!r}")


def check_text(name, where, item, art):
    t = item.get("text")
    if not isinstance(t, str) or not t:
        bad(name, f"{where}: missing text")
        return -1
    if t != t.strip():
        bad(name, f"{where}: text has surrounding whitespace {t!r}")
    n = count_all(art, t)
    if n == 0:
        bad(name, f"{where}: text not in article: {t!r}")
        return -1
    occ = item.get("occurrence")
    if n > 1 and occ is None:
        bad(name, f"{where}: text occurs {n} times but no occurrence: {t!r}")
        return -1
    if n == 1 and occ is not None:
        bad(name, f"{where}: occurrence given for a unique text: {t!r}")
    if occ is not None and not (isinstance(occ, int) and 1 <= occ <= n):
        bad(name, f"{where}: occurrence {occ} out of range 1..{n}: {t!r}")
        return -1
    return nth_index(art, t, occ or 1)


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
    arts = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "articles", "*.txt")))
    jsons = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "*.json")))
    if [a[:-4] for a in arts] != [j[:-5] for j in jsons]:
        bad("set", f"articles {arts} and json files {jsons} do not match one to one")
    for j in jsons:
        name = j[:-5]
        try:
            with open(os.path.join(ROOT, j), encoding="utf-8") as fh:
                g = json.load(fh)
        except Exception as ex:  # noqa: BLE001
            bad(name, f"JSON does not parse: {ex}")
            continue
        if list(g.keys()) != KEYS:
            bad(name, f"keys {list(g.keys())} != {KEYS}")
        if g.get("article") != name + ".txt":
            bad(name, f"article field {g.get('article')!r}")
        path = os.path.join(ROOT, "articles", name + ".txt")
        if not os.path.exists(path):
            bad(name, "article file missing")
            continue
        with open(path, encoding="utf-8") as fh:
            art = fh.read()

        # publication date
        pub = g.get("published")
        check_date(name, "published", pub)
        if pub is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):
            bad(name, f"published is not a full day: {pub}")
        wdate = writer.get(name + ".txt")
        basis = g.get("published_basis") or ""
        if not basis:
            bad(name, "empty published_basis")
        if wdate is None:
            bad(name, "no writer.tsv row")
        elif pub != wdate and ("writer.tsv" not in basis or "agrees with writer.tsv" in basis):
            bad(name, f"published {pub} != writer.tsv {wdate} and basis does not say why")

        # quotes
        for i, qq in enumerate(g.get("quotes", [])):
            where = f"quote {i + 1}"
            pos = check_text(name, where, qq, art)
            if qq.get("kind") not in KINDS:
                bad(name, f"{where}: kind {qq.get('kind')!r}")
            if qq.get("speaker_type") not in STYPES:
                bad(name, f"{where}: speaker_type {qq.get('speaker_type')!r}")
            if not qq.get("speaker"):
                bad(name, f"{where}: no speaker")
            for k in ("role", "cue"):
                if k not in qq:
                    bad(name, f"{where}: key {k} missing")
            t = qq.get("text", "")
            has_double = any(c in t for c in DOUBLE_MARKS)
            has_open_single = "‘" in t
            if qq.get("kind") == "indirect" and (has_double or has_open_single):
                bad(name, f"{where}: indirect quote contains quotation marks: {t!r}")
            if qq.get("kind") == "mixed" and not (has_double or has_open_single):
                bad(name, f"{where}: mixed quote has no quotation marks: {t!r}")
            if qq.get("kind") == "direct" and pos >= 0:
                if pos == 0 or art[pos - 1] not in OPEN_MARKS:
                    bad(name, f"{where}: direct quote not right after a quotation mark: {t!r}")

        # figures
        for i, ff in enumerate(g.get("figures", [])):
            where = f"figure {i + 1}"
            check_text(name, where, ff, art)
            cat = ff.get("category")
            if cat not in CATS:
                bad(name, f"{where}: category {cat!r}")
            v = ff.get("value")
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                bad(name, f"{where}: value not a number {v!r}")
            for k in ("unit", "approx", "subject"):
                if k not in ff:
                    bad(name, f"{where}: key {k} missing")
            u = ff.get("unit")
            if cat == "percent" and u != "%":
                bad(name, f"{where}: percent unit {u!r}")
            if cat == "money" and u not in MONEY_UNITS:
                bad(name, f"{where}: money unit {u!r}")
            if cat == "duration" and u not in TIME_UNITS:
                bad(name, f"{where}: duration unit {u!r}")
            a = ff.get("approx")
            if a is not None and a not in ff.get("text", ""):
                bad(name, f"{where}: approx {a!r} not written in the text")

        # events
        for i, ee in enumerate(g.get("events", [])):
            where = f"event {i + 1}"
            check_text(name, where, ee, art)
            check_date(name, where, ee.get("date"))
            dt = ee.get("date_text")
            if not dt or dt not in art:
                bad(name, f"{where}: date_text not in article: {dt!r}")

    for p in problems:
        print(p)
    print(f"{len(problems)} problems")


if __name__ == "__main__":
    main()
