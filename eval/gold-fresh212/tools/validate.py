#!/usr/bin/env python3
"""Check the gold-fresh212 annotations. Prints every problem and a count."""
import csv
import glob
import json
import os
import re

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
MONEY_UNITS = {"$", "USD", "CAD", "AUD", "EUR", "GBP"}
TIME_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years"}
QMARKS = '"“”'
OPEN_MARKS = '"“'
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

problems = []


def bad(fn, msg):
    problems.append(f"{fn}: {msg}")


def count_all(hay, needle):
    n, i = 0, hay.find(needle)
    while i != -1:
        n += 1
        i = hay.find(needle, i + 1)
    return n


def nth(hay, needle, k):
    i = -1
    for _ in range(k):
        i = hay.find(needle, i + 1)
        if i == -1:
            return -1
    return i


def check_text(fn, layer, j, item, body):
    t = item.get("text")
    if not isinstance(t, str) or not t:
        bad(fn, f"{layer}[{j}] empty text")
        return -1
    if t != t.strip():
        bad(fn, f"{layer}[{j}] text has surrounding whitespace")
    n = count_all(body, t)
    if n == 0:
        bad(fn, f"{layer}[{j}] text not in article: {t[:60]!r}")
        return -1
    occ = item.get("occurrence")
    if n > 1 and occ is None:
        bad(fn, f"{layer}[{j}] text occurs {n}x but has no occurrence: {t[:60]!r}")
        return -1
    if n == 1 and occ is not None:
        bad(fn, f"{layer}[{j}] occurrence given for a unique text: {t[:60]!r}")
    if occ is not None and not (isinstance(occ, int) and 1 <= occ <= n):
        bad(fn, f"{layer}[{j}] occurrence {occ} out of range 1..{n}")
        return -1
    return nth(body, t, occ or 1)


writer = {}
with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as fh:
    for row in csv.reader(fh, delimiter="\t"):
        if row:
            writer[row[0]] = row[1]

arts = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ART, "*.txt")))
for a in arts:
    if not os.path.exists(os.path.join(ROOT, a[:-4] + ".json")):
        bad(a, "no JSON file")

files = sorted(glob.glob(os.path.join(ROOT, "*.json")))
totals = {"quotes": 0, "figures": 0, "events": 0}
for path in files:
    fn = os.path.basename(path)
    try:
        with open(path, encoding="utf-8") as fh:
            d = json.load(fh)
    except Exception as e:  # noqa: BLE001
        bad(fn, f"JSON does not parse: {e}")
        continue
    if list(d.keys()) != KEYS:
        bad(fn, f"keys {list(d.keys())} != {KEYS}")
    art = d.get("article")
    if art != fn[:-5] + ".txt" or art not in arts:
        bad(fn, f"article field {art!r} does not name its article")
        continue
    with open(os.path.join(ART, art), encoding="utf-8") as fh:
        body = fh.read()

    # publication date
    pub = d.get("published")
    if not (isinstance(pub, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", pub)):
        bad(fn, f"published {pub!r} is not YYYY-MM-DD")
    basis = d.get("published_basis") or ""
    if not basis:
        bad(fn, "published_basis empty")
    w = writer.get(art)
    if w is None:
        bad(fn, "article missing from writer.tsv")
    elif pub != w and "writer.tsv" not in basis:
        bad(fn, f"published {pub} != writer.tsv {w} and the basis does not say why")

    for layer, keys in (("quotes", QKEYS), ("figures", FKEYS), ("events", EKEYS)):
        items = d.get(layer)
        if not isinstance(items, list):
            bad(fn, f"{layer} is not a list")
            continue
        totals[layer] += len(items)
        for j, it in enumerate(items):
            ks = set(it.keys()) - {"occurrence"}
            if ks != keys:
                bad(fn, f"{layer}[{j}] keys {sorted(ks)} != {sorted(keys)}")
            pos = check_text(fn, layer, j, it, body)
            t = it.get("text", "")
            if layer == "quotes":
                if it.get("kind") not in KINDS:
                    bad(fn, f"quotes[{j}] kind {it.get('kind')!r}")
                if it.get("speaker_type") not in STYPES:
                    bad(fn, f"quotes[{j}] speaker_type {it.get('speaker_type')!r}")
                if not it.get("speaker"):
                    bad(fn, f"quotes[{j}] no speaker")
                has_q = any(c in t for c in QMARKS)
                if it.get("kind") == "indirect" and has_q:
                    bad(fn, f"quotes[{j}] indirect quote contains quotation marks")
                if it.get("kind") == "mixed" and not has_q:
                    bad(fn, f"quotes[{j}] mixed quote has no quotation marks")
                if it.get("kind") == "direct":
                    if has_q:
                        bad(fn, f"quotes[{j}] direct quote text contains quotation marks")
                    if pos > 0 and body[pos - 1] not in OPEN_MARKS:
                        bad(fn, f"quotes[{j}] direct quote does not follow a quotation mark: {t[:40]!r}")
                    if pos == 0:
                        bad(fn, f"quotes[{j}] direct quote at file start")
                cue = it.get("cue")
                if cue not in (None, "—", ":") and cue.lower() not in body.lower():
                    bad(fn, f"quotes[{j}] cue {cue!r} not in article")
            elif layer == "figures":
                cat, unit, val = it.get("category"), it.get("unit"), it.get("value")
                if cat not in CATS:
                    bad(fn, f"figures[{j}] category {cat!r}")
                if not isinstance(val, (int, float)) or isinstance(val, bool):
                    bad(fn, f"figures[{j}] value {val!r} not a number")
                if cat == "percent" and unit != "%":
                    bad(fn, f"figures[{j}] percent with unit {unit!r}")
                if cat == "money" and unit not in MONEY_UNITS:
                    bad(fn, f"figures[{j}] money unit {unit!r}")
                if cat == "duration" and unit not in TIME_UNITS:
                    bad(fn, f"figures[{j}] duration unit {unit!r}")
                ap = it.get("approx")
                if ap is not None and not t.startswith(ap):
                    bad(fn, f"figures[{j}] approx {ap!r} is not at the start of {t!r}")
                if not any(ch.isdigit() for ch in t) and not re.search(
                    r"(?i)\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|thousand|million|quarter|sixty)\b", t):
                    bad(fn, f"figures[{j}] text has no number: {t!r}")
            else:
                dt, dtext = it.get("date"), it.get("date_text")
                if not (isinstance(dt, str) and DATE_RE.match(dt)):
                    bad(fn, f"events[{j}] date {dt!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
                if not (isinstance(dtext, str) and dtext and dtext in body):
                    bad(fn, f"events[{j}] date_text {dtext!r} not in article")

for p in problems:
    print(p)
print(f"{len(files)} files, {totals['quotes']} quotes, {totals['figures']} figures, {totals['events']} events")
print(f"{len(problems)} problems")
