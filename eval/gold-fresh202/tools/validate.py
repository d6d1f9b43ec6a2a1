#!/usr/bin/env python3
"""Check the gold-fresh202 annotations against SCHEMA.md's rules. Prints problems; exit 1 if any."""
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
QMARKS = '"“”‘’\''
DOUBLE_MARKS = '"“”'
OPEN_MARKS = '"“\'‘'
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
TIME_UNITS = {"years", "months", "weeks", "days", "hours", "minutes", "seconds"}


def positions(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def check_text(problems, where, item, art):
    t = item.get("text")
    if not isinstance(t, str) or not t:
        problems.append(f"{where}: missing text")
        return None
    if t != t.strip():
        problems.append(f"{where}: text has surrounding whitespace")
    pos = positions(art, t)
    if not pos:
        problems.append(f"{where}: text not in article: {t[:60]!r}")
        return None
    occ = item.get("occurrence")
    if len(pos) > 1:
        if occ is None:
            problems.append(f"{where}: text occurs {len(pos)} times but no occurrence: {t[:60]!r}")
            return None
        if not isinstance(occ, int) or not 1 <= occ <= len(pos):
            problems.append(f"{where}: occurrence {occ} out of range 1..{len(pos)}")
            return None
        return pos[occ - 1]
    if occ is not None:
        problems.append(f"{where}: occurrence given but text is unique: {t[:60]!r}")
    return pos[0]


def main():
    writer = {}
    with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2:
                writer[parts[0]] = parts[1]
    problems = []
    arts = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "articles", "*.txt")))
    for name in arts:
        jpath = os.path.join(ROOT, name[:-4] + ".json")
        if not os.path.exists(jpath):
            problems.append(f"{name}: no JSON")
            continue
        try:
            with open(jpath, encoding="utf-8") as fh:
                d = json.load(fh)
        except Exception as e:  # noqa
            problems.append(f"{jpath}: does not parse: {e}")
            continue
        with open(os.path.join(ROOT, "articles", name), encoding="utf-8") as fh:
            art = fh.read()
        if list(d.keys()) != KEYS:
            problems.append(f"{name}: keys {list(d.keys())} != {KEYS}")
        if d.get("article") != name:
            problems.append(f"{name}: article field {d.get('article')!r}")
        pub = d.get("published")
        if not isinstance(pub, str) or not DATE_RE.match(pub):
            problems.append(f"{name}: bad published {pub!r}")
        basis = d.get("published_basis") or ""
        if not basis:
            problems.append(f"{name}: empty published_basis")
        if name in writer and pub != writer[name] and "writer.tsv" not in basis:
            problems.append(f"{name}: published {pub} != writer.tsv {writer[name]} and basis does not say why")
        if name not in writer:
            problems.append(f"{name}: not in writer.tsv")
        for i, q in enumerate(d.get("quotes") or []):
            w = f"{name} quote {i}"
            extra = set(q) - QKEYS - {"occurrence"}
            if extra or not QKEYS <= set(q):
                problems.append(f"{w}: keys {sorted(q)}")
            p = check_text(problems, w, q, art)
            t = q.get("text", "")
            if q.get("kind") not in KINDS:
                problems.append(f"{w}: bad kind {q.get('kind')!r}")
            if q.get("speaker_type") not in STYPES:
                problems.append(f"{w}: bad speaker_type {q.get('speaker_type')!r}")
            if not q.get("speaker"):
                problems.append(f"{w}: no speaker")
            if q.get("kind") == "indirect" and any(c in t for c in DOUBLE_MARKS + "‘"):
                problems.append(f"{w}: indirect quote contains quotation marks")
            if q.get("kind") == "indirect" and re.search(r"(^|\s)'|'(\s|$)", t):
                problems.append(f"{w}: indirect quote contains a single quotation mark")
            if q.get("kind") == "mixed" and not any(c in t for c in DOUBLE_MARKS + "‘"):
                problems.append(f"{w}: mixed quote has no quotation marks")
            if q.get("kind") == "direct" and p is not None:
                if p == 0 or art[p - 1] not in OPEN_MARKS:
                    problems.append(f"{w}: direct quote not right after a quotation mark: {t[:50]!r}")
        for i, f in enumerate(d.get("figures") or []):
            w = f"{name} figure {i}"
            extra = set(f) - FKEYS - {"occurrence"}
            if extra or not FKEYS <= set(f):
                problems.append(f"{w}: keys {sorted(f)}")
            check_text(problems, w, f, art)
            cat = f.get("category")
            if cat not in CATS:
                problems.append(f"{w}: bad category {cat!r}")
            if not isinstance(f.get("value"), (int, float)) or isinstance(f.get("value"), bool):
                problems.append(f"{w}: value not a number")
            if cat == "percent" and f.get("unit") != "%":
                problems.append(f"{w}: percent unit not %")
            if cat == "money" and f.get("unit") not in {"$", "USD", "CAD", "AUD", "GBP", "EUR", "PEN"}:
                problems.append(f"{w}: money unit {f.get('unit')!r}")
            if cat == "duration" and f.get("unit") not in TIME_UNITS:
                problems.append(f"{w}: duration unit {f.get('unit')!r}")
            ap = f.get("approx")
            if ap is not None and ap not in f.get("text", ""):
                problems.append(f"{w}: approx {ap!r} not in text")
        for i, e in enumerate(d.get("events") or []):
            w = f"{name} event {i}"
            extra = set(e) - EKEYS - {"occurrence"}
            if extra or not EKEYS <= set(e):
                problems.append(f"{w}: keys {sorted(e)}")
            check_text(problems, w, e, art)
            if not isinstance(e.get("date"), str) or not DATE_RE.match(e.get("date")):
                problems.append(f"{w}: bad date {e.get('date')!r}")
            dt = e.get("date_text")
            if not isinstance(dt, str) or dt not in art:
                problems.append(f"{w}: date_text not in article: {dt!r}")
    for p in problems:
        print(p)
    print(f"{len(arts)} articles checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
