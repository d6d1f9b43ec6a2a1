#!/usr/bin/env python3
"""Check the gold-fresh209 annotations against their articles and SCHEMA.md.

Checks: every JSON parses and has the schema's keys; every quote/figure/event `text` and
every event `date_text` is an exact substring of the article; `occurrence` is present
exactly when a text occurs more than once (counting overlapping matches) and is in range;
kinds, speaker types and categories come from the schema's lists; indirect quotes carry no
quotation marks and mixed quotes do; each direct quote sits right after a quotation mark;
dates are YYYY, YYYY-MM or YYYY-MM-DD (and real dates); numeric figure values; `published`
agrees with writer.tsv or the basis says why not.
"""
import datetime
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KINDS = {"direct", "indirect", "mixed"}
STYPES = {"person", "anonymous", "organization"}
CATS = {"count", "money", "percent", "duration"}
QMARKS = "\"“”‘’'"
OPEN_MARKS = "\"“‘'"
TOP_KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]
Q_KEYS = {"text", "kind", "speaker", "speaker_type", "role", "cue"}
F_KEYS = {"text", "value", "unit", "category", "approx", "subject"}
E_KEYS = {"text", "date", "date_text"}
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


def main():
    problems = []
    writer = {}
    with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2 and cols[0].endswith(".txt"):
                writer[cols[0]] = cols[1]
    articles = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "articles", "*.txt")))
    counts = {"files": 0, "quotes": 0, "figures": 0, "events": 0}
    for art in articles:
        jpath = os.path.join(ROOT, art[:-4] + ".json")
        P = lambda msg: problems.append(f"{art}: {msg}")
        if not os.path.exists(jpath):
            P("missing JSON")
            continue
        try:
            with open(jpath, encoding="utf-8") as fh:
                ann = json.load(fh)
        except Exception as exc:  # noqa: BLE001
            P(f"JSON does not parse: {exc}")
            continue
        counts["files"] += 1
        with open(os.path.join(ROOT, "articles", art), encoding="utf-8") as fh:
            text = fh.read()
        if list(ann.keys()) != TOP_KEYS:
            P(f"top-level keys {list(ann.keys())} != {TOP_KEYS}")
        if ann.get("article") != art:
            P(f"article field {ann.get('article')!r}")
        # publication date
        pub = ann.get("published")
        if not valid_date(pub) or len(pub) != 10:
            P(f"published {pub!r} is not YYYY-MM-DD")
        if not ann.get("published_basis"):
            P("empty published_basis")
        if writer.get(art) and pub != writer[art]:
            basis = (ann.get("published_basis") or "").lower()
            if "disagrees with writer.tsv" not in basis and "differs from writer.tsv" not in basis:
                P(f"published {pub} != writer.tsv {writer[art]} and basis does not say why")
        if not ann.get("outlet"):
            P("empty outlet")

        def check_span(item, where, field="text", occ_key="occurrence"):
            s = item.get(field)
            if not isinstance(s, str) or not s:
                P(f"{where}: empty {field}")
                return None
            pos = positions(text, s)
            if not pos:
                P(f"{where}: {field} not in article: {s[:70]!r}")
                return None
            occ = item.get(occ_key)
            if len(pos) > 1:
                if occ is None:
                    P(f"{where}: {field} occurs {len(pos)} times but no {occ_key}: {s[:60]!r}")
                    return pos[0]
                if not isinstance(occ, int) or not 1 <= occ <= len(pos):
                    P(f"{where}: {occ_key} {occ} out of range 1..{len(pos)}")
                    return pos[0]
                return pos[occ - 1]
            if occ is not None:
                P(f"{where}: {occ_key} given but {field} occurs once: {s[:60]!r}")
            return pos[0]

        for i, q in enumerate(ann.get("quotes") or []):
            w = f"quote {i + 1}"
            counts["quotes"] += 1
            if not Q_KEYS <= set(q) or set(q) - Q_KEYS - {"occurrence"}:
                P(f"{w}: keys {sorted(q)}")
            at = check_span(q, w)
            if q.get("kind") not in KINDS:
                P(f"{w}: kind {q.get('kind')!r}")
            if q.get("speaker_type") not in STYPES:
                P(f"{w}: speaker_type {q.get('speaker_type')!r}")
            if not q.get("speaker"):
                P(f"{w}: empty speaker")
            t = q.get("text", "")
            has_mark = any(c in t for c in '"“”')
            if q.get("kind") == "indirect" and (has_mark or "‘" in t):
                P(f"{w}: indirect quote contains quotation marks: {t[:60]!r}")
            if q.get("kind") == "mixed" and not (has_mark or "‘" in t):
                P(f"{w}: mixed quote has no quotation marks: {t[:60]!r}")
            if q.get("kind") == "direct":
                if has_mark:
                    P(f"{w}: direct quote contains a double quotation mark")
                if at is not None and (at == 0 or text[at - 1] not in OPEN_MARKS):
                    P(f"{w}: direct quote does not sit right after a quotation mark: {t[:60]!r}")
        for i, f in enumerate(ann.get("figures") or []):
            w = f"figure {i + 1}"
            counts["figures"] += 1
            if not F_KEYS <= set(f) or set(f) - F_KEYS - {"occurrence"}:
                P(f"{w}: keys {sorted(f)}")
            check_span(f, w)
            if f.get("category") not in CATS:
                P(f"{w}: category {f.get('category')!r}")
            if not isinstance(f.get("value"), (int, float)) or isinstance(f.get("value"), bool):
                P(f"{w}: value {f.get('value')!r} not numeric")
            if f.get("category") == "percent" and f.get("unit") != "%":
                P(f"{w}: percent unit {f.get('unit')!r}")
            if f.get("approx") is not None and f["approx"] not in f.get("text", ""):
                P(f"{w}: approx {f['approx']!r} not in text")
        for i, e in enumerate(ann.get("events") or []):
            w = f"event {i + 1}"
            counts["events"] += 1
            if not E_KEYS <= set(e) or set(e) - E_KEYS - {"occurrence"}:
                P(f"{w}: keys {sorted(e)}")
            check_span(e, w)
            dt = e.get("date_text")
            if not isinstance(dt, str) or dt not in text:
                P(f"{w}: date_text not in article: {dt!r}")
            if not valid_date(e.get("date")):
                P(f"{w}: date {e.get('date')!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    for a in writer:
        if a not in articles:
            problems.append(f"{a}: listed in writer.tsv but no article")
    for p in problems:
        print("PROBLEM", p)
    print(f"checked {counts['files']} files, {counts['quotes']} quotes, {counts['figures']} figures, "
          f"{counts['events']} events: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
