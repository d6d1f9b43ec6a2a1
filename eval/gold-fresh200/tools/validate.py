#!/usr/bin/env python3
"""Check the gold-fresh200 annotations against the articles and SCHEMA.md's lists.

Reports every problem found and ends with 'N problems'. Exit status 1 if N > 0.
"""
import csv
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ART = os.path.join(ROOT, "articles")

KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]
Q_KEYS = {"text", "occurrence", "kind", "speaker", "speaker_type", "role", "cue"}
F_KEYS = {"text", "occurrence", "value", "unit", "category", "approx", "subject"}
E_KEYS = {"text", "occurrence", "date", "date_text"}
KINDS = {"direct", "indirect", "mixed"}
STYPES = {"person", "anonymous", "organization"}
CATS = {"count", "money", "percent", "duration"}
DQ = set('"“”')            # double quotation marks, straight and curly
OPEN_MARKS = set('"“‘')     # marks a direct quote may sit right after
QUOTE_MARKS = DQ | {"‘"}    # '‘' is never an apostrophe; '’' and "'" may be
TIME_UNITS = {"seconds", "minutes", "hours", "days", "nights", "weeks", "months", "years", "decades"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def positions(hay, needle):
    """Start offsets of every (overlapping) match of needle in hay."""
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def locate(where, body, item):
    """Check text/occurrence; return the start offset of the annotated match or None."""
    text = item.get("text")
    if not isinstance(text, str) or not text:
        bad(where, "missing or empty text")
        return None
    if text != text.strip():
        bad(where, f"text has surrounding whitespace: {text!r}")
    pos = positions(body, text)
    if not pos:
        bad(where, f"text not in article: {text!r}")
        return None
    occ = item.get("occurrence")
    if len(pos) > 1:
        if occ is None:
            bad(where, f"text occurs {len(pos)} times but has no occurrence: {text!r}")
            return None
        if not isinstance(occ, int) or not 1 <= occ <= len(pos):
            bad(where, f"occurrence {occ!r} out of range 1..{len(pos)}: {text!r}")
            return None
        return pos[occ - 1]
    if occ is not None:
        bad(where, f"occurrence given but text occurs once: {text!r}")
    return pos[0]


def check_date(where, d):
    if not isinstance(d, str) or not DATE_RE.match(d):
        bad(where, f"bad date {d!r}")
        return
    parts = [int(x) for x in d.split("-")]
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        bad(where, f"bad month in {d!r}")
    if len(parts) > 2:
        import datetime
        try:
            datetime.date(*parts)
        except ValueError:
            bad(where, f"impossible day {d!r}")


def main():
    writer = {}
    with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if row:
                writer[row[0]] = row[1]

    txts = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ART, "*.txt")))
    jsons = sorted(glob.glob(os.path.join(ROOT, "*.json")))
    if len(jsons) != len(txts):
        bad("folder", f"{len(txts)} articles but {len(jsons)} JSON files")
    for t in txts:
        if not os.path.exists(os.path.join(ROOT, t[:-4] + ".json")):
            bad(t, "no JSON file")

    totals = {"q": 0, "f": 0, "e": 0}
    for jp in jsons:
        name = os.path.basename(jp)
        try:
            with open(jp, encoding="utf-8") as fh:
                d = json.load(fh)
        except Exception as exc:  # noqa: BLE001
            bad(name, f"JSON does not parse: {exc}")
            continue
        if list(d.keys()) != KEYS:
            bad(name, f"keys {list(d.keys())} != {KEYS}")
        art = d.get("article")
        if art != name[:-5] + ".txt":
            bad(name, f"article field {art!r} does not match file name")
        ap = os.path.join(ART, art or "")
        if not os.path.isfile(ap):
            bad(name, f"article file missing: {art}")
            continue
        with open(ap, encoding="utf-8") as fh:
            body = fh.read()

        # publication date
        pub = d.get("published")
        check_date(f"{name} published", pub)
        if not isinstance(d.get("published_basis"), str) or not d["published_basis"].strip():
            bad(name, "published_basis missing")
        w = writer.get(art)
        if w is None:
            bad(name, "article not in writer.tsv")
        elif pub != w:
            basis = d.get("published_basis", "")
            if "writer.tsv" not in basis or "agrees with writer.tsv" in basis:
                bad(name, f"published {pub} != writer.tsv {w} and the basis does not say why")
        elif "disagree" in d.get("published_basis", ""):
            bad(name, "published agrees with writer.tsv but the basis says it disagrees")
        if not (d.get("outlet") is None or isinstance(d.get("outlet"), str)):
            bad(name, "outlet must be a string or null")

        # quotes
        for i, q in enumerate(d.get("quotes") or []):
            where = f"{name} quote {i + 1}"
            extra = set(q) - Q_KEYS
            missing = (Q_KEYS - {"occurrence"}) - set(q)
            if extra or missing:
                bad(where, f"keys: extra {sorted(extra)} missing {sorted(missing)}")
            start = locate(where, body, q)
            kind = q.get("kind")
            if kind not in KINDS:
                bad(where, f"kind {kind!r}")
            if q.get("speaker_type") not in STYPES:
                bad(where, f"speaker_type {q.get('speaker_type')!r}")
            if not isinstance(q.get("speaker"), str) or not q["speaker"]:
                bad(where, "speaker missing")
            for k in ("role", "cue"):
                if not (q.get(k) is None or (isinstance(q.get(k), str) and q[k])):
                    bad(where, f"{k} must be a non-empty string or null")
            text = q.get("text") or ""
            if kind == "indirect" and any(c in QUOTE_MARKS for c in text):
                bad(where, f"indirect quote contains a quotation mark: {text!r}")
            if kind == "mixed" and not any(c in QUOTE_MARKS for c in text):
                bad(where, f"mixed quote has no quotation mark: {text!r}")
            if kind == "direct" and start is not None:
                j = start - 1
                while j >= 0 and body[j] in " \t":
                    j -= 1
                if j < 0 or body[j] not in OPEN_MARKS:
                    bad(where, f"direct quote does not sit right after a quotation mark: {text!r}")
                if any(c in DQ for c in text):
                    bad(where, f"direct quote text contains a double quotation mark: {text!r}")
            totals["q"] += 1

        # figures
        for i, f in enumerate(d.get("figures") or []):
            where = f"{name} figure {i + 1}"
            extra = set(f) - F_KEYS
            missing = (F_KEYS - {"occurrence"}) - set(f)
            if extra or missing:
                bad(where, f"keys: extra {sorted(extra)} missing {sorted(missing)}")
            locate(where, body, f)
            cat = f.get("category")
            if cat not in CATS:
                bad(where, f"category {cat!r}")
            v = f.get("value")
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                bad(where, f"value not a number: {v!r}")
            if not isinstance(f.get("unit"), str) or not f["unit"]:
                bad(where, "unit missing")
            if cat == "percent" and f.get("unit") != "%":
                bad(where, "percent unit must be '%'")
            if cat == "duration" and f.get("unit") not in TIME_UNITS:
                bad(where, f"duration unit {f.get('unit')!r} is not a time unit")
            if cat == "money" and not re.fullmatch(r"[A-Z]{3}|\$", f.get("unit") or ""):
                bad(where, f"money unit {f.get('unit')!r} is not a currency code or '$'")
            ap_ = f.get("approx")
            if ap_ is not None and ap_ not in (f.get("text") or ""):
                bad(where, f"approx {ap_!r} not written in the text")
            # the first numeral written in the text should agree with the value
            t = f.get("text") or ""
            m = re.search(r"\d[\d,]*(?:\.\d+)?", t)
            if m and isinstance(v, (int, float)):
                n = float(m.group().replace(",", ""))
                mult = 1
                rest = t[m.end():]
                if re.match(r"\s*(million|m\b)", rest):
                    mult = 1e6
                elif re.match(r"\s*(billion|bn)", rest):
                    mult = 1e9
                if abs(n * mult - v) > 1e-6 * max(1, abs(v)):
                    bad(where, f"value {v} does not match the numeral in {t!r}")
            totals["f"] += 1

        # events
        for i, e in enumerate(d.get("events") or []):
            where = f"{name} event {i + 1}"
            extra = set(e) - E_KEYS
            missing = (E_KEYS - {"occurrence"}) - set(e)
            if extra or missing:
                bad(where, f"keys: extra {sorted(extra)} missing {sorted(missing)}")
            locate(where, body, e)
            check_date(where, e.get("date"))
            dt = e.get("date_text")
            if not isinstance(dt, str) or not dt or dt not in body:
                bad(where, f"date_text not in article: {dt!r}")
            totals["e"] += 1

    for p in problems:
        print(p)
    print(f"{len(jsons)} files, {totals['q']} quotes, {totals['f']} figures, {totals['e']} events")
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
