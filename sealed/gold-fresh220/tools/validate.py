#!/usr/bin/env python3
"""Check the gold-fresh220 annotations against their articles and the schema.

Reports each problem on its own line and a final count; exit status 1 if any.
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
MONEY_UNITS = {"GBP", "USD", "EUR", "CAD", "AUD", "$"}
DURATION_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"}
PERCENT_UNITS = {"%", "percentage points"}
DOUBLE_MARKS = '"“”'
OPEN_MARKS = '"“‘\''
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def count_all(hay, needle):
    """Every match, overlapping ones included."""
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


def has_quote_marks(s):
    """Double marks anywhere, or a single mark in opening position (not an apostrophe)."""
    if any(c in s for c in DOUBLE_MARKS + "‘"):
        return True
    for m in re.finditer(r"['’]", s):
        j = m.start()
        if j == 0 or not s[j - 1].isalnum():
            # opening single quote; a plural possessive like veterans’ has a letter before
            return True
    return False


def valid_date(d):
    if not isinstance(d, str) or not DATE_RE.match(d):
        return False
    parts = [int(x) for x in d.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def load_writer():
    rows = {}
    with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 3:
                rows[cols[0]] = (cols[1], cols[2])
    return rows


def main():
    problems = []
    writer = load_writer()
    arts = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ART, "*.txt")))
    jsons = sorted(glob.glob(os.path.join(ROOT, "*.json")))
    names = {os.path.basename(p)[:-5] for p in jsons}
    for a in arts:
        if a[:-4] not in names:
            problems.append(f"{a}: no JSON annotation")
    counts = {}
    for jp in jsons:
        base = os.path.basename(jp)
        def bad(msg):
            problems.append(f"{base}: {msg}")
        try:
            with open(jp, encoding="utf-8") as fh:
                d = json.load(fh)
        except Exception as e:  # noqa: BLE001
            bad(f"does not parse: {e}")
            continue
        if list(d.keys()) != KEYS:
            bad(f"keys {list(d.keys())} != {KEYS}")
        art = d.get("article")
        if art != base[:-5] + ".txt" or art not in arts:
            bad(f"article field {art!r} does not name its article")
            continue
        with open(os.path.join(ART, art), encoding="utf-8") as fh:
            text = fh.read()

        # publication date
        pub = d.get("published")
        if not (isinstance(pub, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", pub) and valid_date(pub)):
            bad(f"published {pub!r} is not YYYY-MM-DD")
        elif art not in writer:
            bad("article missing from writer.tsv")
        else:
            wdate, wday = writer[art]
            basis = d.get("published_basis") or ""
            if pub != wdate and "writer.tsv" not in basis:
                bad(f"published {pub} != writer.tsv {wdate} and basis does not say why")
            if datetime.date.fromisoformat(pub).strftime("%A") != wday and pub == wdate:
                bad(f"writer.tsv weekday {wday} does not match {pub}")
        if not isinstance(d.get("published_basis"), str) or not d["published_basis"].strip():
            bad("published_basis empty")
        if not isinstance(d.get("outlet"), str) or not d["outlet"].strip():
            bad("outlet empty")

        def check_text(layer, i, item, keys):
            t = item.get("text")
            where = f"{layer}[{i}] {t!r}"
            extra = set(item) - keys - {"occurrence"}
            missing = keys - set(item)
            if extra or missing:
                bad(f"{where}: keys extra={sorted(extra)} missing={sorted(missing)}")
            if not isinstance(t, str) or not t:
                bad(f"{where}: empty text")
                return None, where
            if t != t.strip():
                bad(f"{where}: surrounding whitespace")
            n = count_all(text, t)
            if n == 0:
                bad(f"{where}: not a substring of the article")
                return None, where
            occ = item.get("occurrence")
            if n > 1 and occ is None:
                bad(f"{where}: occurs {n} times but has no occurrence")
            if n == 1 and "occurrence" in item:
                bad(f"{where}: occurs once but has occurrence")
            if occ is not None and not (isinstance(occ, int) and 1 <= occ <= n):
                bad(f"{where}: occurrence {occ} out of range 1..{n}")
                return None, where
            return nth_index(text, t, occ or 1), where

        seen = set()
        for layer in ("quotes", "figures", "events"):
            if not isinstance(d.get(layer), list):
                bad(f"{layer} is not a list")
                d[layer] = []
            for i, item in enumerate(d[layer]):
                key = (layer, item.get("text"), item.get("occurrence"))
                if key in seen and layer != "events":
                    bad(f"{layer}[{i}] {item.get('text')!r}: duplicate entry")
                seen.add(key)

        for i, q in enumerate(d["quotes"]):
            pos, where = check_text("quotes", i, q, QKEYS)
            if q.get("kind") not in KINDS:
                bad(f"{where}: kind {q.get('kind')!r}")
            if q.get("speaker_type") not in STYPES:
                bad(f"{where}: speaker_type {q.get('speaker_type')!r}")
            if not isinstance(q.get("speaker"), str) or not q["speaker"]:
                bad(f"{where}: no speaker")
            for k in ("role", "cue"):
                if q.get(k) is not None and (not isinstance(q[k], str) or not q[k]):
                    bad(f"{where}: {k} must be a non-empty string or null")
            t = q.get("text") or ""
            if q.get("kind") == "indirect" and has_quote_marks(t):
                bad(f"{where}: indirect quote contains quotation marks")
            if q.get("kind") == "mixed" and not has_quote_marks(t):
                bad(f"{where}: mixed quote has no quotation marks")
            if q.get("kind") == "direct" and pos is not None:
                before = text[pos - 1] if pos > 0 else ""
                if before not in OPEN_MARKS:
                    bad(f"{where}: direct quote not right after a quotation mark (found {before!r})")
                after = text[pos + len(t): pos + len(t) + 1]
                if after not in ('"', "”", "’", "'", "\n", ""):
                    bad(f"{where}: direct quote not followed by a closing mark or paragraph end (found {after!r})")
            if q.get("cue") and q["cue"] not in text and q["cue"] not in ("—", "-", ":"):
                bad(f"{where}: cue {q['cue']!r} not in the article")
            if q.get("cue") in ("—", "-", ":") and q["cue"] not in text:
                bad(f"{where}: heading cue {q['cue']!r} not in the article")

        for i, f in enumerate(d["figures"]):
            pos, where = check_text("figures", i, f, FKEYS)
            cat, unit, val = f.get("category"), f.get("unit"), f.get("value")
            if cat not in CATS:
                bad(f"{where}: category {cat!r}")
            if not isinstance(val, (int, float)) or isinstance(val, bool) or val < 0:
                bad(f"{where}: value {val!r} is not a plain number")
            if not isinstance(unit, str) or not unit:
                bad(f"{where}: no unit")
            if cat == "money" and unit not in MONEY_UNITS:
                bad(f"{where}: money unit {unit!r}")
            if cat == "percent" and unit not in PERCENT_UNITS:
                bad(f"{where}: percent unit {unit!r}")
            if cat == "duration" and unit not in DURATION_UNITS:
                bad(f"{where}: duration unit {unit!r}")
            t = f.get("text") or ""
            if cat == "money":
                if "US$" in t and unit != "USD":
                    bad(f"{where}: US$ but unit {unit!r}")
                if ("pound" in t or "£" in t) and unit != "GBP":
                    bad(f"{where}: pounds but unit {unit!r}")
            ap = f.get("approx")
            if ap is not None and (not isinstance(ap, str) or ap not in t):
                bad(f"{where}: approx {ap!r} not written in the text")
            if not re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|ten|dozen", t, re.I):
                bad(f"{where}: no number in the text")

        for i, e in enumerate(d["events"]):
            pos, where = check_text("events", i, e, EKEYS)
            if not valid_date(e.get("date")):
                bad(f"{where}: date {e.get('date')!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
            dt = e.get("date_text")
            if not isinstance(dt, str) or not dt or dt not in text:
                bad(f"{where}: date_text {dt!r} not a substring of the article")
            elif pos is not None:
                near = text[max(0, pos - 300): pos + len(e["text"]) + 300]
                if dt not in near:
                    bad(f"{where}: date_text {dt!r} not within 300 characters of the event text")

        q = d["quotes"]
        f = d["figures"]
        counts[art] = (len(q), sum(x.get("kind") == "direct" for x in q), sum(x.get("kind") == "indirect" for x in q),
                       sum(x.get("kind") == "mixed" for x in q), len(f),
                       *(sum(x.get("category") == c for x in f) for c in ("count", "money", "percent", "duration")),
                       len(d["events"]))

    cols = "quotes direct indirect mixed figures count money percent duration events".split()
    print("article".ljust(36) + " ".join(c.rjust(8) for c in cols))
    tot = [0] * len(cols)
    for a, c in sorted(counts.items()):
        print(a.ljust(36) + " ".join(str(x).rjust(8) for x in c))
        tot = [x + y for x, y in zip(tot, c)]
    print("total".ljust(36) + " ".join(str(x).rjust(8) for x in tot))
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
