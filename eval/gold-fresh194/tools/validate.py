#!/usr/bin/env python3
"""Check the gold-fresh194 annotations. Prints each problem and a final count."""
import calendar
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
QKEYS = {"text", "kind", "speaker", "speaker_type", "role", "cue"}
FKEYS = {"text", "value", "unit", "category", "approx", "subject"}
EKEYS = {"text", "date", "date_text"}
KINDS = {"direct", "indirect", "mixed"}
STYPES = {"person", "anonymous", "organization"}
CATS = {"count", "money", "percent", "duration"}
CURRENCIES = {"USD", "GBP", "EUR", "CAD", "AUD", "$"}
TIME_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years"}
DQ = ['"', "\u201c", "\u201d"]          # straight and curly double quotation marks
OPEN = ['"', "\u201c", "\u2018", "'"]    # marks a direct quote may follow
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# page furniture starts at the first of these lines (the annotation must lie before it)
FURNITURE = ["Related Stories", "Read Next", "RELATED COVERAGE", "Sponsored content",
             "Related", "Our Standards:", "Copyright ", "\u00a9 ", "Source link",
             "Follow AP's coverage", "(Reporting by", "With files from",
             "Associated Press writer"]

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def positions(text, s):
    out, i = [], text.find(s)
    while i != -1:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def furniture_start(text):
    off = 0
    for line in text.split("\n"):
        st = line.strip()
        if st and any(st == m or (m.endswith(" ") or m.endswith(":") or m.startswith("(") or len(m) > 12) and st.startswith(m) for m in FURNITURE):
            return off
        off += len(line) + 1
    return len(text)


def valid_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    parts = [int(p) for p in s.split("-")]
    if len(parts) >= 2 and not 1 <= parts[1] <= 12:
        return False
    if len(parts) == 3:
        try:
            datetime.date(*parts)
        except ValueError:
            return False
    return True


def locate(where, text, item):
    """Check text/occurrence; return the start offset of the annotated match or None."""
    t = item.get("text")
    if not isinstance(t, str) or not t:
        bad(where, "empty or non-string text")
        return None
    pos = positions(text, t)
    if not pos:
        bad(where, f"text not found: {t[:70]!r}")
        return None
    if t != t.strip():
        bad(where, "text has surrounding whitespace")
    occ = item.get("occurrence")
    if len(pos) > 1:
        if occ is None:
            bad(where, f"text occurs {len(pos)} times but has no occurrence: {t[:50]!r}")
            return None
        if not isinstance(occ, int) or not 1 <= occ <= len(pos):
            bad(where, f"occurrence {occ!r} out of range 1..{len(pos)}")
            return None
        return pos[occ - 1]
    if occ is not None:
        bad(where, f"occurrence given but text is unique: {t[:50]!r}")
    return pos[0]


def line_of(text, off):
    a = text.rfind("\n", 0, off) + 1
    b = text.find("\n", off)
    return a, (len(text) if b == -1 else b)


def main():
    writer = {}
    with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if row:
                writer[row[0]] = row
    arts = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ART, "*.txt")))
    jsons = sorted(glob.glob(os.path.join(ROOT, "*.json")))
    if len(jsons) != len(arts):
        bad("set", f"{len(arts)} articles but {len(jsons)} JSON files")
    for name in arts:
        jp = os.path.join(ROOT, name[:-4] + ".json")
        if not os.path.exists(jp):
            bad(name, "no JSON file")
            continue
        try:
            with open(jp, encoding="utf-8") as fh:
                d = json.load(fh)
        except Exception as e:  # noqa: BLE001
            bad(name, f"JSON does not parse: {e}")
            continue
        with open(os.path.join(ART, name), encoding="utf-8") as fh:
            text = fh.read()
        fstart = furniture_start(text)
        if list(d.keys()) != KEYS:
            bad(name, f"keys {list(d.keys())} != {KEYS}")
        if d.get("article") != name:
            bad(name, f"article field {d.get('article')!r}")
        # publication date
        pub = d.get("published")
        if not (isinstance(pub, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", pub) and valid_date(pub)):
            bad(name, f"published not YYYY-MM-DD: {pub!r}")
        if not d.get("published_basis"):
            bad(name, "empty published_basis")
        w = writer.get(name)
        if w is None:
            bad(name, "not in writer.tsv")
        else:
            basis = d.get("published_basis") or ""
            if pub != w[1] and not ("writer.tsv" in basis and w[1] in basis and "agrees with writer.tsv" not in basis):
                bad(name, f"published {pub} != writer.tsv {w[1]} and basis does not say why")
            if pub == w[1] and "agrees with writer.tsv" not in basis and "writer.tsv" not in basis:
                bad(name, "basis does not record the check against writer.tsv")
            if isinstance(pub, str) and valid_date(pub) and len(pub) == 10:
                wd = calendar.day_name[datetime.date.fromisoformat(pub).weekday()]
                if pub == w[1] and wd != w[2]:
                    bad(name, f"writer.tsv weekday {w[2]} but {pub} is a {wd}")
        if not d.get("outlet"):
            bad(name, "no outlet")
        # quotes
        for i, q in enumerate(d.get("quotes") or []):
            where = f"{name} quote {i + 1}"
            extra = set(q) - QKEYS - {"occurrence"}
            if extra or not QKEYS <= set(q):
                bad(where, f"keys {sorted(q)}")
            off = locate(where, text, q)
            t = q.get("text", "")
            if q.get("kind") not in KINDS:
                bad(where, f"kind {q.get('kind')!r}")
            if q.get("speaker_type") not in STYPES:
                bad(where, f"speaker_type {q.get('speaker_type')!r}")
            if not q.get("speaker"):
                bad(where, "no speaker")
            has_dq = any(m in t for m in DQ)
            if q.get("kind") == "indirect" and (has_dq or "\u2018" in t):
                bad(where, "indirect quote contains quotation marks")
            if q.get("kind") == "mixed" and not has_dq:
                bad(where, "mixed quote has no quotation marks")
            if q.get("kind") == "direct" and off is not None:
                j = off - 1
                while j >= 0 and text[j] in " \t":
                    j -= 1
                if j < 0 or text[j] not in OPEN:
                    bad(where, f"direct quote not right after a quotation mark: {text[max(0, off - 12):off]!r}")
                if t.startswith(tuple(DQ)) or t.endswith(("\u201d",)) and not t.count("\u201c"):
                    bad(where, "direct quote includes its own outer quotation mark")
            if off is not None and off >= fstart:
                bad(where, "annotation lies in page furniture")
        # figures
        for i, f in enumerate(d.get("figures") or []):
            where = f"{name} figure {i + 1}"
            extra = set(f) - FKEYS - {"occurrence"}
            if extra or not FKEYS <= set(f):
                bad(where, f"keys {sorted(f)}")
            off = locate(where, text, f)
            cat = f.get("category")
            if cat not in CATS:
                bad(where, f"category {cat!r}")
            v = f.get("value")
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                bad(where, f"value not a number: {v!r}")
            if cat == "money" and f.get("unit") not in CURRENCIES:
                bad(where, f"money unit {f.get('unit')!r}")
            if cat == "percent" and f.get("unit") != "%":
                bad(where, f"percent unit {f.get('unit')!r}")
            if cat == "duration" and f.get("unit") not in TIME_UNITS:
                bad(where, f"duration unit {f.get('unit')!r}")
            if not re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|thousand|million|Ninety|half", f.get("text", ""), re.I):
                bad(where, "figure text has no number")
            if off is not None and off >= fstart:
                bad(where, "annotation lies in page furniture")
        # events
        for i, e in enumerate(d.get("events") or []):
            where = f"{name} event {i + 1}"
            extra = set(e) - EKEYS - {"occurrence"}
            if extra or not EKEYS <= set(e):
                bad(where, f"keys {sorted(e)}")
            off = locate(where, text, e)
            if not valid_date(e.get("date")):
                bad(where, f"date not YYYY, YYYY-MM or YYYY-MM-DD: {e.get('date')!r}")
            dt = e.get("date_text")
            if not isinstance(dt, str) or dt not in text:
                bad(where, f"date_text not found: {dt!r}")
            elif off is not None:
                a, b = line_of(text, off)
                if dt not in text[a:b]:
                    bad(where, f"date_text {dt!r} not in the same paragraph as the event text")
            if off is not None and off >= fstart:
                bad(where, "annotation lies in page furniture")
    for p in problems:
        print(p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
