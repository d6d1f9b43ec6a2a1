#!/usr/bin/env python3
"""Check the gold-fresh199 annotations against the articles and the schema.

Prints each problem found and a final count; exit status 1 if any problem.
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

KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]
QKEYS = {"text", "kind", "speaker", "speaker_type", "role", "cue"}
FKEYS = {"text", "value", "unit", "category", "approx", "subject"}
EKEYS = {"text", "date", "date_text"}
KINDS = {"direct", "indirect", "mixed"}
STYPES = {"person", "anonymous", "organization"}
CATS = {"count", "money", "percent", "duration"}
MONEY_UNITS = {"$", "USD", "CAD", "AUD", "GBP", "EUR"}
TIME_UNITS = {"seconds", "minute", "minutes", "hours", "days", "nights", "weeks", "months", "years"}
DQ = '"“”'            # double quotation marks, straight and curly
OPEN_MARKS = '"“‘'    # a direct quote must sit right after one of these
MIXED_MARKS = '"“”‘'  # a mixed quote must contain one (’ is also the apostrophe)
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirty": 30}


def count_all(hay, needle):
    """Number of (possibly overlapping) matches of needle in hay."""
    n, i = 0, hay.find(needle)
    while i != -1:
        n += 1
        i = hay.find(needle, i + 1)
    return n


def nth_index(hay, needle, k):
    i = -1
    for _ in range(k):
        i = hay.find(needle, i + 1)
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


def number_in(text):
    """The number written in a figure's text (first numeral or number word), or None."""
    low = text.lower()
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)\s*(million|billion|m\b|bn\b)?", low)
    if m:
        v = float(m.group(1).replace(",", ""))
        mult = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}.get(m.group(2) or "", 1)
        return v * mult
    if "two dozen" in low:
        return 24
    for w in re.findall(r"[a-z]+", low):
        if w in WORDS:
            return WORDS[w]
    return None


def main():
    problems = []

    def bad(where, msg):
        problems.append(f"{where}: {msg}")

    writer = {}
    with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if row:
                writer[row[0]] = row
    arts = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "articles", "*.txt")))
    for name in arts:
        if not os.path.exists(os.path.join(ROOT, name[:-4] + ".json")):
            bad(name, "no JSON annotation")
    nitems = 0
    for jpath in sorted(glob.glob(os.path.join(ROOT, "*.json"))):
        jn = os.path.basename(jpath)
        try:
            with open(jpath, encoding="utf-8") as fh:
                d = json.load(fh)
        except Exception as e:  # noqa: BLE001
            bad(jn, f"does not parse: {e}")
            continue
        if list(d.keys()) != KEYS:
            bad(jn, f"keys {list(d.keys())} != {KEYS}")
        art = d.get("article")
        if art != jn[:-5] + ".txt" or art not in arts:
            bad(jn, f"article field {art!r} does not name its article")
            continue
        with open(os.path.join(ROOT, "articles", art), encoding="utf-8") as fh:
            text = fh.read()

        # publication date against writer.tsv
        pub = d.get("published")
        if not valid_date(pub) or len(pub) != 10:
            bad(jn, f"published {pub!r} is not YYYY-MM-DD")
        w = writer.get(art)
        if not w:
            bad(jn, "article missing from writer.tsv")
        else:
            basis = d.get("published_basis") or ""
            if pub != w[1] and not ("differs from writer.tsv" in basis or "taken from writer.tsv" in basis):
                bad(jn, f"published {pub} != writer.tsv {w[1]} and the basis does not say why")
            if valid_date(pub) and len(pub) == 10:
                wd = datetime.date.fromisoformat(pub).strftime("%A")
                if wd != w[2]:
                    bad(jn, f"published {pub} is a {wd}, writer.tsv says {w[2]}")
        if not d.get("published_basis"):
            bad(jn, "empty published_basis")
        if not d.get("outlet"):
            bad(jn, "empty outlet")

        def check_text(where, item, allowed):
            extra = set(item) - allowed - {"occurrence"}
            missing = allowed - set(item)
            if extra or missing:
                bad(where, f"keys: extra {sorted(extra)}, missing {sorted(missing)}")
            t = item.get("text")
            if not isinstance(t, str) or not t:
                bad(where, "empty text")
                return -1
            if t != t.strip():
                bad(where, "text has surrounding whitespace")
            n = count_all(text, t)
            if n == 0:
                bad(where, f"text not in article: {t[:70]!r}")
                return -1
            occ = item.get("occurrence")
            if n > 1 and occ is None:
                bad(where, f"text occurs {n} times but no occurrence: {t[:50]!r}")
                return -1
            if n == 1 and occ is not None:
                bad(where, f"occurrence given for a unique text: {t[:50]!r}")
            if occ is not None and not (isinstance(occ, int) and 1 <= occ <= n):
                bad(where, f"occurrence {occ} out of range 1..{n}")
                return -1
            return nth_index(text, t, occ or 1)

        seen = set()
        for kind_name in ("quotes", "figures", "events"):
            items = d.get(kind_name)
            if not isinstance(items, list):
                bad(jn, f"{kind_name} is not a list")
                continue
            for i, it in enumerate(items):
                nitems += 1
                where = f"{jn} {kind_name}[{i}]"
                key = (kind_name, it.get("text"), it.get("occurrence"), it.get("date"))
                if key in seen:
                    bad(where, "duplicate entry")
                seen.add(key)
                if kind_name == "quotes":
                    pos = check_text(where, it, QKEYS)
                    t = it.get("text", "")
                    if it.get("kind") not in KINDS:
                        bad(where, f"kind {it.get('kind')!r}")
                    if it.get("speaker_type") not in STYPES:
                        bad(where, f"speaker_type {it.get('speaker_type')!r}")
                    if not it.get("speaker"):
                        bad(where, "empty speaker")
                    if it.get("kind") == "indirect" and any(c in t for c in DQ + "‘"):
                        bad(where, "indirect quote contains quotation marks")
                    if it.get("kind") == "mixed" and not any(c in t for c in MIXED_MARKS):
                        bad(where, "mixed quote has no quotation marks")
                    if it.get("kind") == "direct":
                        if any(c in t for c in DQ):
                            bad(where, "direct quote text contains a double quotation mark")
                        if pos > 0:
                            j = pos - 1
                            while j >= 0 and text[j] in " \t":
                                j -= 1
                            if j < 0 or text[j] not in OPEN_MARKS:
                                bad(where, f"direct quote not right after a quotation mark: {t[:50]!r}")
                elif kind_name == "figures":
                    check_text(where, it, FKEYS)
                    cat, unit, val = it.get("category"), it.get("unit"), it.get("value")
                    if cat not in CATS:
                        bad(where, f"category {cat!r}")
                    if not isinstance(val, (int, float)) or isinstance(val, bool):
                        bad(where, f"value {val!r} is not a number")
                    else:
                        n = number_in(it.get("text", ""))
                        if n is None or abs(abs(val) - n) > 1e-6:
                            bad(where, f"value {val} does not match the number in {it.get('text')!r} ({n})")
                    if not unit:
                        bad(where, "empty unit")
                    if cat == "money" and unit not in MONEY_UNITS:
                        bad(where, f"money unit {unit!r}")
                    if cat == "money":
                        t = it.get("text", "")
                        if unit == "GBP" and not ("£" in t or "pound" in t):
                            bad(where, "GBP without £ or pounds")
                        if unit in ("$", "USD", "CAD", "AUD") and "$" not in t:
                            bad(where, "dollar unit without $")
                    if cat == "percent" and unit != "%":
                        bad(where, f"percent unit {unit!r}")
                    if cat == "duration" and unit not in TIME_UNITS:
                        bad(where, f"duration unit {unit!r}")
                else:
                    check_text(where, it, EKEYS)
                    if not valid_date(it.get("date")):
                        bad(where, f"date {it.get('date')!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
                    dt = it.get("date_text")
                    if not isinstance(dt, str) or not dt or dt not in text:
                        bad(where, f"date_text not in article: {dt!r}")
    for p in problems:
        print(p)
    print(f"checked {len(glob.glob(os.path.join(ROOT, '*.json')))} files, {nitems} items: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
