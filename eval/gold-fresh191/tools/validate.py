#!/usr/bin/env python3
"""Check the gold-fresh191 annotations against the articles and SCHEMA.md.

Prints each problem and a final count; exits 1 if there is any problem.
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

KINDS = {"direct", "indirect", "mixed"}
SPEAKER_TYPES = {"person", "anonymous", "organization"}
CATEGORIES = {"count", "money", "percent", "duration"}
TOP_KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]
Q_KEYS = {"text", "kind", "speaker", "speaker_type", "role", "cue"}
F_KEYS = {"text", "value", "unit", "category", "approx", "subject"}
E_KEYS = {"text", "date", "date_text"}
DOUBLE_MARKS = '"“”'
OPEN_MARKS = '"“'
CLOSE_MARKS = '"”'
MONEY_UNITS = {"USD", "CAD", "AUD", "GBP", "EUR", "$"}
TIME_UNITS = {"seconds", "minutes", "hours", "days", "nights", "weeks", "months", "years"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "twenty": 20}
SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "m": 1e6, "bn": 1e9}

problems = []


def problem(where, msg):
    problems.append(f"{where}: {msg}")


def positions(hay, needle):
    """Start offsets of every (possibly overlapping) match."""
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def locate(where, text, item):
    """Check text/occurrence; return the start offset of the annotated match or None."""
    t = item.get("text")
    if not isinstance(t, str) or not t:
        problem(where, "missing or empty text")
        return None
    pos = positions(text, t)
    if not pos:
        problem(where, f"text not found in article: {t!r}")
        return None
    occ = item.get("occurrence")
    if len(pos) > 1:
        if occ is None:
            problem(where, f"text occurs {len(pos)} times but has no occurrence: {t!r}")
            return None
        if not isinstance(occ, int) or not 1 <= occ <= len(pos):
            problem(where, f"occurrence {occ!r} out of range 1..{len(pos)}: {t!r}")
            return None
        return pos[occ - 1]
    if occ is not None:
        problem(where, f"occurrence given but text occurs only once: {t!r}")
    return pos[0]


def number_in(text):
    """The first number written in a figure's text (digits or a small number word)."""
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|bn|m\b)?", text)
    if m:
        v = float(m.group(1).replace(",", ""))
        if m.group(2):
            v *= SCALE[m.group(2)]
        return v
    for w in re.findall(r"[A-Za-z]+", text):
        if w.lower() in WORDS:
            v = WORDS[w.lower()]
            m2 = re.search(w + r"\s+(thousand|million|billion)", text)
            if m2:
                v *= SCALE[m2.group(1)]
            return float(v)
    return None


def check_date(where, value, allow_none=False):
    if value is None and allow_none:
        return None
    if not isinstance(value, str) or not DATE_RE.match(value):
        problem(where, f"date not YYYY, YYYY-MM or YYYY-MM-DD: {value!r}")
        return None
    parts = [int(p) for p in value.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        problem(where, f"not a calendar date: {value!r}")
        return None
    return parts


def load_writer():
    rows = {}
    with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2 and cols[0].endswith(".txt"):
                rows[cols[0]] = cols[1]
    return rows


def main():
    writer = load_writer()
    articles = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ART, "*.txt")))
    n_items = 0
    for name in articles:
        jpath = os.path.join(ROOT, name[:-4] + ".json")
        w = name[:-4] + ".json"
        if not os.path.exists(jpath):
            problem(w, "missing annotation file")
            continue
        try:
            with open(jpath, encoding="utf-8") as fh:
                d = json.load(fh)
        except Exception as exc:  # noqa: BLE001
            problem(w, f"does not parse: {exc}")
            continue
        with open(os.path.join(ART, name), encoding="utf-8") as fh:
            text = fh.read()

        if list(d.keys()) != TOP_KEYS:
            problem(w, f"top-level keys {list(d.keys())} != {TOP_KEYS}")
        if d.get("article") != name:
            problem(w, f"article is {d.get('article')!r}, expected {name!r}")

        # publication date
        pub = d.get("published")
        check_date(w + " published", pub)
        basis = d.get("published_basis") or ""
        if not basis.strip():
            problem(w, "empty published_basis")
        wd = writer.get(name)
        if wd is None:
            problem(w, "article not listed in writer.tsv")
        elif pub != wd and not ("writer.tsv" in basis and re.search(r"differ|disagree|instead", basis)):
            problem(w, f"published {pub} differs from writer.tsv {wd} and basis does not say why")
        elif pub == wd and re.search(r"differ|disagree", basis):
            problem(w, "basis says the date differs from writer.tsv but it agrees")
        if not isinstance(d.get("outlet"), (str, type(None))):
            problem(w, "outlet must be a string or null")

        # quotes
        for i, q in enumerate(d.get("quotes") or []):
            n_items += 1
            where = f"{w} quotes[{i}]"
            extra = set(q) - Q_KEYS - {"occurrence"}
            missing = Q_KEYS - set(q)
            if extra or missing:
                problem(where, f"keys: extra {sorted(extra)} missing {sorted(missing)}")
            start = locate(where, text, q)
            t = q.get("text", "")
            if q.get("kind") not in KINDS:
                problem(where, f"bad kind {q.get('kind')!r}")
            if q.get("speaker_type") not in SPEAKER_TYPES:
                problem(where, f"bad speaker_type {q.get('speaker_type')!r}")
            if not isinstance(q.get("speaker"), str) or not q.get("speaker"):
                problem(where, "speaker missing")
            if not isinstance(q.get("role"), (str, type(None))):
                problem(where, "role must be string or null")
            if not isinstance(q.get("cue"), (str, type(None))):
                problem(where, "cue must be string or null")
            has_marks = any(c in t for c in DOUBLE_MARKS + "‘")
            if q.get("kind") == "indirect" and has_marks:
                problem(where, f"indirect quote contains quotation marks: {t!r}")
            if q.get("kind") == "mixed" and not any(c in t for c in DOUBLE_MARKS):
                problem(where, f"mixed quote has no quotation marks: {t!r}")
            if q.get("kind") == "direct":
                if has_marks:
                    problem(where, f"direct quote text contains quotation marks: {t!r}")
                if start is not None:
                    before = text[start - 1] if start > 0 else ""
                    if before not in OPEN_MARKS:
                        problem(where, f"direct quote not right after a quotation mark (got {before!r}): {t!r}")
                    end = start + len(t)
                    after = text[end] if end < len(text) else "\n"
                    if after not in CLOSE_MARKS and after != "\n":
                        problem(where, f"direct quote not followed by a closing mark or paragraph end (got {after!r}): {t!r}")

        # figures
        for i, f in enumerate(d.get("figures") or []):
            n_items += 1
            where = f"{w} figures[{i}]"
            extra = set(f) - F_KEYS - {"occurrence"}
            missing = F_KEYS - set(f)
            if extra or missing:
                problem(where, f"keys: extra {sorted(extra)} missing {sorted(missing)}")
            locate(where, text, f)
            cat, unit, val = f.get("category"), f.get("unit"), f.get("value")
            if cat not in CATEGORIES:
                problem(where, f"bad category {cat!r}")
            if not isinstance(val, (int, float)) or isinstance(val, bool):
                problem(where, f"value not a number: {val!r}")
            if not isinstance(unit, str) or not unit:
                problem(where, "unit missing")
            if cat == "percent" and unit != "%":
                problem(where, f"percent unit must be '%', got {unit!r}")
            if cat == "money" and unit not in MONEY_UNITS:
                problem(where, f"money unit {unit!r} not a currency")
            if cat == "money":
                t = f.get("text", "")
                if ("£" in t or "pound" in t) and unit != "GBP":
                    problem(where, "pound amount not GBP")
                if "euro" in t and unit != "EUR":
                    problem(where, "euro amount not EUR")
            if cat == "duration" and unit not in TIME_UNITS:
                problem(where, f"duration unit {unit!r} not a time unit")
            approx = f.get("approx")
            if approx is not None and approx not in f.get("text", ""):
                problem(where, f"approx {approx!r} not written in the text")
            n = number_in(f.get("text", ""))
            if n is None:
                problem(where, f"no number found in figure text {f.get('text')!r}")
            elif isinstance(val, (int, float)) and abs(n - val) > 1e-6 * max(1, abs(val)):
                problem(where, f"value {val} does not match the number written ({n})")

        # events
        pub_date = datetime.date.fromisoformat(pub) if isinstance(pub, str) and len(pub) == 10 else None
        for i, e in enumerate(d.get("events") or []):
            n_items += 1
            where = f"{w} events[{i}]"
            extra = set(e) - E_KEYS - {"occurrence"}
            missing = E_KEYS - set(e)
            if extra or missing:
                problem(where, f"keys: extra {sorted(extra)} missing {sorted(missing)}")
            start = locate(where, text, e)
            dt = e.get("date_text")
            if not isinstance(dt, str) or dt not in text:
                problem(where, f"date_text not found in article: {dt!r}")
                dt = None
            parts = check_date(where, e.get("date"))
            # the date expression should sit in the same paragraph as the event text
            if start is not None and dt:
                para_start = text.rfind("\n", 0, start) + 1
                para_end = text.find("\n", start)
                para = text[para_start: para_end if para_end != -1 else len(text)]
                if dt not in para:
                    problem(where, f"date_text {dt!r} not in the event's paragraph")
            # a weekday in the date expression must match the resolved day
            if parts and len(parts) == 3 and dt:
                day = datetime.date(*parts)
                for k, wdname in enumerate(WEEKDAYS):
                    if wdname in dt and day.weekday() != k:
                        problem(where, f"{dt!r} resolved to {e['date']}, a {WEEKDAYS[day.weekday()]}")
                if dt.lower() in {"this morning", "overnight"} and pub_date and day != pub_date:
                    problem(where, f"{dt!r} should resolve to the publication day")

    print(f"checked {len(articles)} articles, {n_items} annotations")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
