#!/usr/bin/env python3
"""Check the gold-fresh201 annotations against SCHEMA.md's rules and writer.tsv."""
import csv
import glob
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ART = os.path.join(ROOT, "articles")

KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]
KINDS = {"direct", "indirect", "mixed"}
STYPES = {"person", "anonymous", "organization"}
CATS = {"count", "money", "percent", "duration"}
QKEYS = {"text", "occurrence", "kind", "speaker", "speaker_type", "role", "cue"}
FKEYS = {"text", "occurrence", "value", "unit", "category", "approx", "subject"}
EKEYS = {"text", "occurrence", "date", "date_text"}
QMARKS = '"“”'
OPENERS = '"“'
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

problems = []


def bad(msg):
    problems.append(msg)


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
    if len(parts) >= 2 and not 1 <= parts[1] <= 12:
        return False
    if len(parts) == 3:
        import datetime
        try:
            datetime.date(*parts)
        except ValueError:
            return False
    return True


def load_writer():
    rows = {}
    with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if row:
                rows[row[0]] = row
    return rows


def check_text(name, layer, i, item, art):
    t = item.get("text")
    if not isinstance(t, str) or not t:
        bad(f"{name} {layer}[{i}]: empty or missing text")
        return None
    pos = positions(art, t)
    if not pos:
        bad(f"{name} {layer}[{i}]: text not in article: {t[:60]!r}")
        return None
    occ = item.get("occurrence")
    if len(pos) > 1:
        if occ is None:
            bad(f"{name} {layer}[{i}]: text occurs {len(pos)} times but no occurrence: {t[:60]!r}")
            return None
        if not isinstance(occ, int) or not 1 <= occ <= len(pos):
            bad(f"{name} {layer}[{i}]: occurrence {occ} out of range 1..{len(pos)}")
            return None
        return pos[occ - 1]
    if occ is not None:
        bad(f"{name} {layer}[{i}]: occurrence given but text occurs once: {t[:60]!r}")
    return pos[0]


def main():
    writer = load_writer()
    arts = sorted(glob.glob(os.path.join(ART, "*.txt")))
    if len(arts) != 6:
        bad(f"expected 6 articles, found {len(arts)}")
    nq = nf = ne = 0
    for ap in arts:
        base = os.path.basename(ap)
        name = base[:-4]
        jp = os.path.join(ROOT, name + ".json")
        if not os.path.exists(jp):
            bad(f"{name}: no JSON")
            continue
        try:
            with open(jp, encoding="utf-8") as fh:
                d = json.load(fh)
        except Exception as e:  # noqa
            bad(f"{name}: JSON does not parse: {e}")
            continue
        with open(ap, encoding="utf-8") as fh:
            art = fh.read()
        if list(d.keys()) != KEYS:
            bad(f"{name}: keys {list(d.keys())} != {KEYS}")
        if d.get("article") != base:
            bad(f"{name}: article field {d.get('article')!r}")
        # publication date
        pub = d.get("published")
        if not (isinstance(pub, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", pub) and valid_date(pub)):
            bad(f"{name}: published {pub!r} is not YYYY-MM-DD")
        basis = d.get("published_basis") or ""
        if not basis.strip():
            bad(f"{name}: empty published_basis")
        w = writer.get(base)
        if not w:
            bad(f"{name}: not in writer.tsv")
        elif pub != w[1]:
            if "writer.tsv" not in basis:
                bad(f"{name}: published {pub} != writer.tsv {w[1]} and basis does not say why")
        else:
            import datetime
            wd = datetime.date.fromisoformat(pub).strftime("%A")
            if wd != w[2]:
                bad(f"{name}: {pub} is a {wd}, writer.tsv says {w[2]}")
        if not isinstance(d.get("outlet"), (str, type(None))):
            bad(f"{name}: outlet not a string/null")
        # quotes
        for i, q in enumerate(d.get("quotes") or []):
            nq += 1
            extra = set(q) - QKEYS
            missing = QKEYS - {"occurrence"} - set(q)
            if extra or missing:
                bad(f"{name} quotes[{i}]: extra {extra} missing {missing}")
            p = check_text(name, "quotes", i, q, art)
            t = q.get("text", "")
            if q.get("kind") not in KINDS:
                bad(f"{name} quotes[{i}]: kind {q.get('kind')!r}")
            if q.get("speaker_type") not in STYPES:
                bad(f"{name} quotes[{i}]: speaker_type {q.get('speaker_type')!r}")
            if not q.get("speaker"):
                bad(f"{name} quotes[{i}]: no speaker")
            has_q = any(c in t for c in QMARKS)
            if q.get("kind") == "indirect" and has_q:
                bad(f"{name} quotes[{i}]: indirect quote contains quotation marks")
            if q.get("kind") == "mixed" and not has_q:
                bad(f"{name} quotes[{i}]: mixed quote has no quotation marks")
            if q.get("kind") == "direct" and p is not None:
                if p == 0 or art[p - 1] not in OPENERS:
                    bad(f"{name} quotes[{i}]: direct quote not right after a quotation mark: {t[:50]!r}")
                end = p + len(t)
                # must end at a closing mark or at the end of its paragraph
                if end < len(art) and art[end] not in '"”\n':
                    bad(f"{name} quotes[{i}]: direct quote does not end at a closing mark/paragraph end: {t[-40:]!r}")
                if "\n" in t:
                    bad(f"{name} quotes[{i}]: direct quote spans paragraphs")
        # figures
        for i, f in enumerate(d.get("figures") or []):
            nf += 1
            extra = set(f) - FKEYS
            missing = FKEYS - {"occurrence"} - set(f)
            if extra or missing:
                bad(f"{name} figures[{i}]: extra {extra} missing {missing}")
            check_text(name, "figures", i, f, art)
            if f.get("category") not in CATS:
                bad(f"{name} figures[{i}]: category {f.get('category')!r}")
            if not isinstance(f.get("value"), (int, float)) or isinstance(f.get("value"), bool):
                bad(f"{name} figures[{i}]: value not a number")
            if f.get("category") == "percent" and f.get("unit") != "%":
                bad(f"{name} figures[{i}]: percent unit {f.get('unit')!r}")
            if f.get("category") == "money" and f.get("unit") not in {"CAD", "USD", "GBP", "EUR", "AUD", "$"}:
                bad(f"{name} figures[{i}]: money unit {f.get('unit')!r}")
            ap_ = f.get("approx")
            if ap_ is not None and ap_ not in f.get("text", ""):
                bad(f"{name} figures[{i}]: approx {ap_!r} not in text")
        # events
        for i, e in enumerate(d.get("events") or []):
            ne += 1
            extra = set(e) - EKEYS
            missing = EKEYS - {"occurrence"} - set(e)
            if extra or missing:
                bad(f"{name} events[{i}]: extra {extra} missing {missing}")
            check_text(name, "events", i, e, art)
            if not valid_date(e.get("date")):
                bad(f"{name} events[{i}]: date {e.get('date')!r} not YYYY, YYYY-MM or YYYY-MM-DD")
            dt = e.get("date_text")
            if not isinstance(dt, str) or not dt or dt not in art:
                bad(f"{name} events[{i}]: date_text {dt!r} not in article")
    print(f"checked {len(arts)} articles: {nq} quotes, {nf} figures, {ne} events")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
