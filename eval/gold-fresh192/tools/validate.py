#!/usr/bin/env python3
"""Check the gold-fresh192 annotations against SCHEMA.md and the articles.

Checks, per JSON file:
  - the file parses, has exactly the schema's keys, and 'article' names an existing file
  - every quote/figure/event 'text' and every event 'date_text' is an exact substring of
    the article; 'occurrence' is present exactly when the text occurs more than once
    (all matches counted, overlapping ones included) and is in range
  - kinds, speaker types and figure categories come from the schema's lists;
    required fields are present and of the right type
  - indirect quotes contain no quotation marks (straight or curly); mixed quotes do
  - each direct quote sits right after a quotation mark
  - event dates and 'published' are YYYY, YYYY-MM or YYYY-MM-DD (and valid calendar dates)
  - 'published' agrees with writer.tsv, or 'published_basis' mentions writer.tsv
Prints each problem and the total; exit status 1 if there are problems.
"""
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
QUOTE_MARKS = set('"“”\'‘’«»')
DOUBLE_MARKS = set('"“”«»')
OPENING = set('"“‘\'«')
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def matches(hay, needle):
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
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def main():
    writer = {}
    with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2:
                writer[cols[0]] = cols[1]

    problems = []
    articles = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "articles", "*.txt")))
    jsons = sorted(glob.glob(os.path.join(ROOT, "*.json")))
    seen = set()
    counts = {"quotes": 0, "figures": 0, "events": 0}

    for path in jsons:
        name = os.path.basename(path)

        def bad(msg):
            problems.append(f"{name}: {msg}")

        try:
            with open(path, encoding="utf-8") as fh:
                ann = json.load(fh)
        except Exception as exc:  # noqa: BLE001
            bad(f"does not parse: {exc}")
            continue
        if list(ann.keys()) != KEYS:
            bad(f"keys {list(ann.keys())} != {KEYS}")
        art = ann.get("article")
        if art != name[:-5] + ".txt" or art not in articles:
            bad(f"article field {art!r} does not match an article file")
            continue
        seen.add(art)
        with open(os.path.join(ROOT, "articles", art), encoding="utf-8") as fh:
            text = fh.read()

        # publication date
        pub = ann.get("published")
        if not valid_date(pub):
            bad(f"published {pub!r} is not a valid date")
        basis = ann.get("published_basis") or ""
        if not basis:
            bad("published_basis is empty")
        if art in writer and pub != writer[art] and "writer.tsv" not in basis:
            bad(f"published {pub} != writer.tsv {writer[art]} and the basis does not say why")
        if art not in writer:
            bad("article missing from writer.tsv")
        if not isinstance(ann.get("outlet"), (str, type(None))):
            bad("outlet must be a string or null")

        def check_text(layer, i, item, field="text", occ_field=True):
            t = item.get(field)
            where = f"{layer}[{i}] {field} {t!r:.70}"
            if not isinstance(t, str) or not t:
                bad(f"{where}: missing or empty")
                return None
            if t != t.strip():
                bad(f"{where}: has surrounding whitespace")
            m = matches(text, t)
            if not m:
                bad(f"{where}: not found in article")
                return None
            if not occ_field:
                return m[0]
            occ = item.get("occurrence")
            if len(m) > 1:
                if occ is None:
                    bad(f"{where}: occurs {len(m)} times but has no occurrence")
                    return m[0]
                if not isinstance(occ, int) or not 1 <= occ <= len(m):
                    bad(f"{where}: occurrence {occ!r} out of range 1..{len(m)}")
                    return m[0]
                return m[occ - 1]
            if occ is not None:
                bad(f"{where}: occurs once but has occurrence {occ!r}")
            return m[0]

        for layer in ("quotes", "figures", "events"):
            if not isinstance(ann.get(layer), list):
                bad(f"{layer} is not a list")
                ann[layer] = []
            counts[layer] += len(ann[layer])

        for i, qt in enumerate(ann["quotes"]):
            pos = check_text("quotes", i, qt)
            t = qt.get("text") or ""
            kind = qt.get("kind")
            if kind not in KINDS:
                bad(f"quotes[{i}]: kind {kind!r} not in {sorted(KINDS)}")
            if qt.get("speaker_type") not in SPEAKER_TYPES:
                bad(f"quotes[{i}]: speaker_type {qt.get('speaker_type')!r} not in {sorted(SPEAKER_TYPES)}")
            if not isinstance(qt.get("speaker"), str) or not qt.get("speaker"):
                bad(f"quotes[{i}]: speaker missing")
            for k in ("role", "cue"):
                if k not in qt or not isinstance(qt[k], (str, type(None))):
                    bad(f"quotes[{i}]: {k} missing or not string/null")
            if kind == "indirect" and any(c in DOUBLE_MARKS or c in "‘" for c in t):
                bad(f"quotes[{i}]: indirect quote contains quotation marks: {t!r:.70}")
            if kind == "indirect" and ("'" in t and re.search(r"(^|\s)'|'(\s|$)", t)):
                bad(f"quotes[{i}]: indirect quote contains a straight single quotation mark: {t!r:.70}")
            if kind == "mixed" and not any(c in DOUBLE_MARKS or c == "‘" for c in t):
                bad(f"quotes[{i}]: mixed quote has no quotation marks: {t!r:.70}")
            if kind == "direct" and pos is not None:
                if pos == 0 or text[pos - 1] not in OPENING:
                    prev = text[pos - 1] if pos else "^"
                    bad(f"quotes[{i}]: direct quote does not follow a quotation mark (preceded by {prev!r}): {t!r:.50}")

        for i, fg in enumerate(ann["figures"]):
            check_text("figures", i, fg)
            if fg.get("category") not in CATEGORIES:
                bad(f"figures[{i}]: category {fg.get('category')!r} not in {sorted(CATEGORIES)}")
            v = fg.get("value")
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                bad(f"figures[{i}]: value {v!r} is not a number")
            if not isinstance(fg.get("unit"), str) or not fg.get("unit"):
                bad(f"figures[{i}]: unit missing")
            if fg.get("category") == "percent" and fg.get("unit") != "%":
                bad(f"figures[{i}]: percent with unit {fg.get('unit')!r}")
            for k in ("approx", "subject"):
                if k not in fg or not isinstance(fg[k], (str, type(None))):
                    bad(f"figures[{i}]: {k} missing or not string/null")

        for i, ev in enumerate(ann["events"]):
            check_text("events", i, ev)
            check_text("events", i, ev, field="date_text", occ_field=False)
            if not valid_date(ev.get("date")):
                bad(f"events[{i}]: date {ev.get('date')!r} is not YYYY, YYYY-MM or YYYY-MM-DD")

    for art in articles:
        if art not in seen:
            problems.append(f"{art}: no annotation file")

    for p in problems:
        print("PROBLEM", p)
    print(f"{len(jsons)} files, {counts['quotes']} quotes, {counts['figures']} figures, "
          f"{counts['events']} events; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
