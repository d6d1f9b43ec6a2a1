#!/usr/bin/env python3
"""Check the gold-fresh196 annotations against the articles and SCHEMA.md's rules."""
import datetime
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]
QKEYS = {"text", "kind", "speaker", "speaker_type", "role", "cue"}
FKEYS = {"text", "value", "unit", "category", "approx", "subject"}
EKEYS = {"text", "date", "date_text"}
KINDS = {"direct", "indirect", "mixed"}
STYPES = {"person", "anonymous", "organization"}
CATS = {"count", "money", "percent", "duration"}
DQ = ['"', "“", "”"]
OPEN = {'"', "“"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def positions(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def check_date(where, d):
    if not isinstance(d, str) or not DATE_RE.match(d):
        bad(where, f"date {d!r} not YYYY / YYYY-MM / YYYY-MM-DD")
        return
    parts = [int(x) for x in d.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        bad(where, f"date {d!r} is not a calendar date")


def locate(where, text, item, article):
    """Check text is a substring, occurrence rules; return start index or None."""
    if not isinstance(text, str) or not text:
        bad(where, "empty or non-string text")
        return None
    pos = positions(article, text)
    if not pos:
        bad(where, f"text not found in article: {text[:60]!r}")
        return None
    occ = item.get("occurrence")
    if len(pos) > 1:
        if occ is None:
            bad(where, f"text occurs {len(pos)} times but has no occurrence: {text[:60]!r}")
            return None
        if not isinstance(occ, int) or not 1 <= occ <= len(pos):
            bad(where, f"occurrence {occ} out of range 1..{len(pos)}")
            return None
        return pos[occ - 1]
    if occ is not None:
        bad(where, f"occurrence given but text occurs once: {text[:60]!r}")
    return pos[0]


def main():
    writer = {}
    with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2:
                writer[cols[0]] = cols[1]
    arts = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "articles", "*.txt")))
    jsons = sorted(glob.glob(os.path.join(ROOT, "*.json")))
    if len(jsons) != len(arts):
        bad("folder", f"{len(jsons)} JSON files for {len(arts)} articles")
    for a in arts:
        if not os.path.exists(os.path.join(ROOT, a[:-4] + ".json")):
            bad(a, "no JSON file")
    for jp in jsons:
        w = os.path.basename(jp)
        try:
            with open(jp, encoding="utf-8") as fh:
                doc = json.load(fh)
        except Exception as ex:  # noqa: BLE001
            bad(w, f"does not parse: {ex}")
            continue
        if list(doc.keys()) != KEYS:
            bad(w, f"keys {list(doc.keys())} != {KEYS}")
        name = doc.get("article")
        if name != w[:-5] + ".txt":
            bad(w, f"article {name!r} does not match file name")
            continue
        with open(os.path.join(ROOT, "articles", name), encoding="utf-8") as fh:
            article = fh.read()
        # publication date
        pub = doc.get("published")
        check_date(f"{w} published", pub)
        if not isinstance(pub, str) or len(pub) != 10:
            bad(w, "published is not a full day")
        basis = doc.get("published_basis") or ""
        if not basis:
            bad(w, "empty published_basis")
        wdate = writer.get(name)
        if wdate is None:
            bad(w, "article missing from writer.tsv")
        elif pub != wdate and "writer.tsv" not in basis:
            bad(w, f"published {pub} differs from writer.tsv {wdate} and the basis does not say why")
        if not isinstance(doc.get("outlet"), (str, type(None))):
            bad(w, "outlet not a string or null")
        # quotes
        for i, qt in enumerate(doc.get("quotes", [])):
            where = f"{w} quote {i + 1}"
            extra = set(qt) - QKEYS - {"occurrence"}
            if not QKEYS <= set(qt) or extra:
                bad(where, f"keys {sorted(qt)}")
            t = qt.get("text", "")
            start = locate(where, t, qt, article)
            if qt.get("kind") not in KINDS:
                bad(where, f"kind {qt.get('kind')!r}")
            if qt.get("speaker_type") not in STYPES:
                bad(where, f"speaker_type {qt.get('speaker_type')!r}")
            if not qt.get("speaker"):
                bad(where, "no speaker")
            if not isinstance(qt.get("role"), (str, type(None))) or not isinstance(qt.get("cue"), (str, type(None))):
                bad(where, "role/cue not string or null")
            has_q = any(c in t for c in DQ)
            if qt.get("kind") == "indirect" and has_q:
                bad(where, "indirect quote contains quotation marks")
            if qt.get("kind") == "mixed" and not has_q:
                bad(where, "mixed quote has no quotation marks")
            if qt.get("kind") == "direct":
                if has_q:
                    bad(where, "direct quote text contains quotation marks")
                if start is not None and (start == 0 or article[start - 1] not in OPEN):
                    bad(where, "direct quote does not sit right after an opening quotation mark")
            if t != t.strip():
                bad(where, "text has surrounding whitespace")
        # figures
        for i, fg in enumerate(doc.get("figures", [])):
            where = f"{w} figure {i + 1}"
            extra = set(fg) - FKEYS - {"occurrence"}
            if not FKEYS <= set(fg) or extra:
                bad(where, f"keys {sorted(fg)}")
            t = fg.get("text", "")
            locate(where, t, fg, article)
            if fg.get("category") not in CATS:
                bad(where, f"category {fg.get('category')!r}")
            v = fg.get("value")
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                bad(where, f"value {v!r} not a number")
            if not re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozen|million)\b", t, re.I):
                bad(where, "text has no numeral or number word")
            ap = fg.get("approx")
            if ap is not None and ap not in t:
                bad(where, f"approx {ap!r} not in text")
            cat, unit = fg.get("category"), fg.get("unit")
            if cat == "percent" and unit != "%":
                bad(where, "percent unit is not %")
            if cat == "money" and unit not in {"$", "USD", "CAD", "AUD", "GBP", "EUR"}:
                bad(where, f"money unit {unit!r}")
            if cat == "money" and unit == "GBP" and "£" not in t:
                bad(where, "GBP without £")
            if cat == "money" and unit == "EUR" and "€" not in t and "euro" not in t:
                bad(where, "EUR without €")
            if cat == "duration" and unit not in {"years", "months", "weeks", "days", "hours", "nights", "decades"}:
                bad(where, f"duration unit {unit!r}")
            if not unit:
                bad(where, "no unit")
        # events
        for i, ev in enumerate(doc.get("events", [])):
            where = f"{w} event {i + 1}"
            extra = set(ev) - EKEYS - {"occurrence"}
            if not EKEYS <= set(ev) or extra:
                bad(where, f"keys {sorted(ev)}")
            locate(where, ev.get("text", ""), ev, article)
            dt = ev.get("date_text")
            if not isinstance(dt, str) or dt not in article:
                bad(where, f"date_text not in article: {dt!r}")
            check_date(where, ev.get("date"))
    for p in problems:
        print(p)
    print(f"{len(jsons)} files checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
