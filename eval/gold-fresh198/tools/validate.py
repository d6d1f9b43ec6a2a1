#!/usr/bin/env python3
"""Check the gold-fresh198 annotations against SCHEMA.md rules and writer.tsv."""
import datetime
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]
KINDS = {"direct", "indirect", "mixed"}
SPEAKER_TYPES = {"person", "anonymous", "organization"}
CATEGORIES = {"count", "money", "percent", "duration"}
QUOTE_MARKS = set('"“”‘')   # ‘ only opens a quotation; ’ doubles as apostrophe
DOUBLE_MARKS = set('"“”')
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def positions(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def valid_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    parts = [int(x) for x in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def locate(text, item, where, problems):
    """Return the start index of item['text'] at its occurrence, or None."""
    t = item.get("text")
    if not isinstance(t, str) or not t:
        problems.append(f"{where}: missing text")
        return None
    pos = positions(text, t)
    if not pos:
        problems.append(f"{where}: text not in article: {t!r}")
        return None
    occ = item.get("occurrence")
    if len(pos) > 1:
        if occ is None:
            problems.append(f"{where}: text occurs {len(pos)} times but no occurrence: {t!r}")
            return None
        if not isinstance(occ, int) or not 1 <= occ <= len(pos):
            problems.append(f"{where}: occurrence {occ} out of range 1..{len(pos)}: {t!r}")
            return None
        return pos[occ - 1]
    if occ is not None:
        problems.append(f"{where}: occurrence given but text is unique: {t!r}")
    return pos[0]


def load_writer():
    rows = {}
    with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                cols = line.rstrip("\n").split("\t")
                rows[cols[0]] = cols
    return rows


def check(path, writer, problems):
    name = os.path.basename(path)
    try:
        with open(path, encoding="utf-8") as fh:
            doc = json.load(fh)
    except Exception as exc:  # noqa: BLE001
        problems.append(f"{name}: does not parse: {exc}")
        return None
    if list(doc.keys()) != KEYS:
        problems.append(f"{name}: keys {list(doc.keys())} != {KEYS}")
    art = doc.get("article")
    if art != name[:-5] + ".txt":
        problems.append(f"{name}: article field {art!r} does not match file name")
    apath = os.path.join(ROOT, "articles", art or "")
    if not os.path.isfile(apath):
        problems.append(f"{name}: article file missing")
        return None
    with open(apath, encoding="utf-8") as fh:
        text = fh.read()

    # publication date
    pub = doc.get("published")
    if not (isinstance(pub, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", pub) and valid_date(pub)):
        problems.append(f"{name}: published {pub!r} is not YYYY-MM-DD")
    basis = doc.get("published_basis") or ""
    if not basis:
        problems.append(f"{name}: empty published_basis")
    w = writer.get(art)
    if w is None:
        problems.append(f"{name}: no writer.tsv row")
    else:
        if pub != w[1] and "writer.tsv" not in basis:
            problems.append(f"{name}: published {pub} != writer.tsv {w[1]} and basis does not say why")
        if valid_date(pub or "") and datetime.date.fromisoformat(pub).strftime("%A") != w[2]:
            problems.append(f"{name}: weekday of {pub} is not writer.tsv's {w[2]}")
    if not (doc.get("outlet") is None or isinstance(doc.get("outlet"), str)):
        problems.append(f"{name}: outlet must be a string or null")

    # quotes
    for i, q in enumerate(doc.get("quotes") or []):
        where = f"{name} quote {i}"
        start = locate(text, q, where, problems)
        kind = q.get("kind")
        if kind not in KINDS:
            problems.append(f"{where}: bad kind {kind!r}")
        if q.get("speaker_type") not in SPEAKER_TYPES:
            problems.append(f"{where}: bad speaker_type {q.get('speaker_type')!r}")
        if not q.get("speaker"):
            problems.append(f"{where}: empty speaker")
        for k in ("role", "cue"):
            if k not in q:
                problems.append(f"{where}: missing {k}")
        t = q.get("text") or ""
        if kind == "indirect" and any(c in QUOTE_MARKS for c in t):
            problems.append(f"{where}: indirect quote contains a quotation mark")
        if kind == "mixed" and not any(c in DOUBLE_MARKS for c in t):
            problems.append(f"{where}: mixed quote has no quotation mark")
        if kind == "direct":
            if any(c in DOUBLE_MARKS for c in t):
                problems.append(f"{where}: direct quote contains a double quotation mark")
            if start is not None:
                j = start - 1
                while j >= 0 and text[j] in " \t":
                    j -= 1
                if j < 0 or text[j] not in '"“':
                    problems.append(f"{where}: direct quote does not follow a quotation mark")
        if q.get("cue") is not None and q["cue"] not in ("—", ":") and q["cue"].lower() not in text.lower():
            problems.append(f"{where}: cue {q['cue']!r} not in article")

    # figures
    for i, f in enumerate(doc.get("figures") or []):
        where = f"{name} figure {i}"
        locate(text, f, where, problems)
        cat = f.get("category")
        if cat not in CATEGORIES:
            problems.append(f"{where}: bad category {cat!r}")
        if not isinstance(f.get("value"), (int, float)) or isinstance(f.get("value"), bool):
            problems.append(f"{where}: value is not a number")
        if not f.get("unit"):
            problems.append(f"{where}: empty unit")
        if cat == "percent" and f.get("unit") not in ("%", "basis points"):
            problems.append(f"{where}: percent unit {f.get('unit')!r}")
        if cat == "money" and f.get("unit") not in ("USD", "CAD", "GBP", "AUD", "EUR", "$"):
            problems.append(f"{where}: money unit {f.get('unit')!r}")
        if cat == "duration" and f.get("unit") not in ("years", "months", "weeks", "days", "hours"):
            problems.append(f"{where}: duration unit {f.get('unit')!r}")
        ap = f.get("approx")
        if ap is not None and ap not in (f.get("text") or ""):
            problems.append(f"{where}: approx {ap!r} not written in text")
        for k in ("approx", "subject"):
            if k not in f:
                problems.append(f"{where}: missing {k}")

    # events
    for i, e in enumerate(doc.get("events") or []):
        where = f"{name} event {i}"
        start = locate(text, e, where, problems)
        if not valid_date(e.get("date")):
            problems.append(f"{where}: bad date {e.get('date')!r}")
        dt = e.get("date_text")
        if not isinstance(dt, str) or not dt or dt not in text:
            problems.append(f"{where}: date_text not in article: {dt!r}")
        elif start is not None:
            end = start + len(e["text"])
            near = any(abs(p - start) < 250 or abs(p - end) < 250 for p in positions(text, dt))
            if not near:
                problems.append(f"{where}: date_text {dt!r} not near the event text")
    return doc


def main():
    writer = load_writer()
    problems = []
    files = sorted(glob.glob(os.path.join(ROOT, "*.json")))
    arts = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "articles", "*.txt")))
    if [os.path.basename(p)[:-5] + ".txt" for p in files] != arts:
        problems.append("JSON files do not match articles/*.txt one to one")
    for p in files:
        check(p, writer, problems)
    for pr in problems:
        print("PROBLEM:", pr)
    print(f"{len(files)} files checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
