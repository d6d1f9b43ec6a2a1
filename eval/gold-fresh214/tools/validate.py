#!/usr/bin/env python3
"""Check the gold-fresh214 annotations against the articles and SCHEMA.md's lists.

Checks, per JSON file:
  - it parses, has exactly the schema keys, and `article` names an existing article;
  - every quote/figure/event `text` and every event `date_text` is an exact substring;
  - `occurrence` is present exactly when the `text` occurs more than once in the file
    (every match counted, overlapping and inside longer tokens), and is in range;
  - quote kinds, speaker types and figure categories come from the schema's lists;
  - indirect quotes contain no quotation marks (straight " or curly “ ” ‘; the
    apostrophes ' and ’ are allowed), mixed quotes contain at least one;
  - each direct quote sits right after a quotation mark (" “ or ‘);
  - figure values are numbers, approx/subject/role/cue are strings or null;
  - `published` and every event `date` are YYYY, YYYY-MM or YYYY-MM-DD and real dates;
  - `published` agrees with writer.tsv (date and weekday), or published_basis mentions
    writer.tsv to say why not.
Prints each problem and a final count; exit status 1 if any.
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
KINDS = {"direct", "indirect", "mixed"}
STYPES = {"person", "anonymous", "organization"}
CATS = {"count", "money", "percent", "duration"}
QMARKS_ANY = set('"“”‘')
OPENERS = set('"“‘')
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

problems = []


def bad(f, msg):
    problems.append(f"{f}: {msg}")


def positions(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def valid_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    parts = [int(p) for p in s.split("-")]
    try:
        if len(parts) == 3:
            datetime.date(*parts)
        elif len(parts) == 2:
            datetime.date(parts[0], parts[1], 1)
    except ValueError:
        return False
    return True


def locate(f, art, item, where):
    """Check text/occurrence; return the start index of the annotated match or None."""
    t = item.get("text")
    if not isinstance(t, str) or not t:
        bad(f, f"{where}: empty or non-string text")
        return None
    pos = positions(art, t)
    if not pos:
        bad(f, f"{where}: text not found: {t[:70]!r}")
        return None
    occ = item.get("occurrence")
    if len(pos) > 1:
        if occ is None:
            bad(f, f"{where}: text occurs {len(pos)} times but has no occurrence: {t[:50]!r}")
            return None
        if not isinstance(occ, int) or not 1 <= occ <= len(pos):
            bad(f, f"{where}: occurrence {occ} out of range 1..{len(pos)}: {t[:50]!r}")
            return None
        return pos[occ - 1]
    if occ is not None:
        bad(f, f"{where}: occurrence given but text occurs once: {t[:50]!r}")
    return pos[0]


def load_writer():
    w = {}
    with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                cols = line.rstrip("\n").split("\t")
                w[cols[0]] = cols
    return w


def main():
    writer = load_writer()
    arts = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ART, "*.txt")))
    jsons = sorted(glob.glob(os.path.join(ROOT, "*.json")))
    seen = set()
    n_q = n_f = n_e = 0
    for jp in jsons:
        f = os.path.basename(jp)
        try:
            with open(jp, encoding="utf-8") as fh:
                d = json.load(fh)
        except Exception as e:  # noqa: BLE001
            bad(f, f"does not parse: {e}")
            continue
        if list(d.keys()) != KEYS:
            bad(f, f"keys {list(d.keys())} != {KEYS}")
        name = d.get("article")
        if name != f[:-5] + ".txt" or name not in arts:
            bad(f, f"article field {name!r} does not match an article file")
            continue
        seen.add(name)
        with open(os.path.join(ART, name), encoding="utf-8") as fh:
            art = fh.read()

        # publication date
        pub = d.get("published")
        if not (isinstance(pub, str) and valid_date(pub) and len(pub) == 10):
            bad(f, f"published {pub!r} is not a full YYYY-MM-DD date")
        elif name in writer:
            wdate, wday = writer[name][1], writer[name][2]
            pday = datetime.date.fromisoformat(pub).strftime("%A")
            if (pub != wdate or pday != wday) and "writer.tsv" not in (d.get("published_basis") or ""):
                bad(f, f"published {pub} ({pday}) disagrees with writer.tsv {wdate} ({wday}) and basis does not say why")
        else:
            bad(f, "article missing from writer.tsv")
        if not isinstance(d.get("published_basis"), str) or not d["published_basis"].strip():
            bad(f, "published_basis empty")
        if d.get("outlet") is not None and not isinstance(d.get("outlet"), str):
            bad(f, "outlet must be a string or null")

        for i, q in enumerate(d.get("quotes") or []):
            n_q += 1
            w = f"quote {i + 1}"
            if set(q) - {"text", "occurrence", "kind", "speaker", "speaker_type", "role", "cue"} or \
                    not {"text", "kind", "speaker", "speaker_type", "role", "cue"} <= set(q):
                bad(f, f"{w}: wrong keys {sorted(q)}")
            start = locate(f, art, q, w)
            t = q.get("text") or ""
            if q.get("kind") not in KINDS:
                bad(f, f"{w}: kind {q.get('kind')!r}")
            if q.get("speaker_type") not in STYPES:
                bad(f, f"{w}: speaker_type {q.get('speaker_type')!r}")
            if not isinstance(q.get("speaker"), str) or not q["speaker"].strip():
                bad(f, f"{w}: speaker missing")
            for k in ("role", "cue"):
                if q.get(k) is not None and not isinstance(q.get(k), str):
                    bad(f, f"{w}: {k} must be string or null")
            has_q = any(c in QMARKS_ANY for c in t)
            if q.get("kind") == "indirect" and has_q:
                bad(f, f"{w}: indirect quote contains quotation marks: {t[:50]!r}")
            if q.get("kind") == "mixed" and not has_q:
                bad(f, f"{w}: mixed quote has no quotation marks: {t[:50]!r}")
            if q.get("kind") == "direct" and start is not None:
                if start == 0 or art[start - 1] not in OPENERS:
                    bad(f, f"{w}: direct quote not right after a quotation mark: {t[:50]!r}")
                if t != t.strip():
                    bad(f, f"{w}: direct quote has surrounding whitespace")

        for i, x in enumerate(d.get("figures") or []):
            n_f += 1
            w = f"figure {i + 1}"
            if set(x) - {"text", "occurrence", "value", "unit", "category", "approx", "subject"} or \
                    not {"text", "value", "unit", "category", "approx", "subject"} <= set(x):
                bad(f, f"{w}: wrong keys {sorted(x)}")
            locate(f, art, x, w)
            if x.get("category") not in CATS:
                bad(f, f"{w}: category {x.get('category')!r}")
            v = x.get("value")
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                bad(f, f"{w}: value {v!r} is not a number")
            if not isinstance(x.get("unit"), str) or not x["unit"]:
                bad(f, f"{w}: unit missing")
            for k in ("approx", "subject"):
                if x.get(k) is not None and not isinstance(x.get(k), str):
                    bad(f, f"{w}: {k} must be string or null")
            ap = x.get("approx")
            if ap and ap not in (x.get("text") or ""):
                bad(f, f"{w}: approx {ap!r} not written in the text span")
            if x.get("category") == "percent" and x.get("unit") not in ("%", "percentage points"):
                bad(f, f"{w}: percent unit {x.get('unit')!r}")
            if x.get("category") == "money" and x.get("unit") not in ("$", "USD", "CAD", "AUD", "GBP", "EUR"):
                bad(f, f"{w}: money unit {x.get('unit')!r}")

        for i, e in enumerate(d.get("events") or []):
            n_e += 1
            w = f"event {i + 1}"
            if set(e) - {"text", "occurrence", "date", "date_text"} or \
                    not {"text", "date", "date_text"} <= set(e):
                bad(f, f"{w}: wrong keys {sorted(e)}")
            locate(f, art, e, w)
            if not valid_date(e.get("date")):
                bad(f, f"{w}: date {e.get('date')!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
            dt = e.get("date_text")
            if not isinstance(dt, str) or not dt or dt not in art:
                bad(f, f"{w}: date_text not found: {dt!r}")

    for a in arts:
        if a not in seen:
            bad(a, "no JSON annotation for this article")

    for p in problems:
        print(p)
    print(f"{len(jsons)} files, {n_q} quotes, {n_f} figures, {n_e} events checked; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
