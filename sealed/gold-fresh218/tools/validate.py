#!/usr/bin/env python3
"""Check the gold-fresh218 annotations against their articles and the schema.

Checks (per JSON file):
  * it parses, has exactly the schema keys, and "article" names an existing file;
  * every quote/figure/event `text` and every event `date_text` is an exact substring
    of the article;
  * `occurrence` is present exactly when the `text` occurs more than once in the
    article (overlapping matches counted), and is within range;
  * no two entries of a layer point at the same (text, occurrence);
  * quote kinds, speaker types and figure categories are from the schema's lists;
    speaker is non-empty, role/cue are strings or null;
  * indirect quotes contain no double quotation marks (" “ ”) and no opening single
    quotation mark (‘), and do not start right after an opening quotation mark;
    mixed quotes contain at least one double quotation mark;
  * each direct quote sits right after an opening quotation mark (" or “) at its
    stated occurrence;
  * figure values are numbers and agree with the number written in the text;
    approx is null or a substring of the text; units fit the category
    (% / points for percent, a currency code or $ for money, a time unit for duration);
  * `published` and every event date are YYYY, YYYY-MM or YYYY-MM-DD and real dates;
  * `published` agrees with writer.tsv (date; the weekday given there is checked too),
    or published_basis says 'differs from writer.tsv' and why.
Prints each problem and a final count; exit status 1 if there are problems.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ARTS = os.path.join(ROOT, "articles")

KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]
KINDS = {"direct", "indirect", "mixed"}
STYPES = {"person", "anonymous", "organization"}
CATS = {"count", "money", "percent", "duration"}
MONEY_UNITS = {"$", "USD", "CAD", "AUD", "GBP", "EUR"}
PCT_UNITS = {"%", "percentage points", "basis points"}
TIME_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"}
DQ = set('"“”')
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12}
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


def check_date(f, where, d):
    if not isinstance(d, str) or not DATE_RE.match(d):
        bad(f, f"{where}: date {d!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        return
    parts = [int(x) for x in d.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        bad(f, f"{where}: date {d!r} is not a real date")


def written_number(text):
    """The number written in a figure's text (first one), scaled by its multiplier."""
    t = text.lower()
    if "half a million" in t:
        return 500000.0
    m = re.search(r"\d[\d,]*(?:\.\d+)?", t)
    if m:
        v = float(m.group(0).replace(",", ""))
        rest = t[m.end():m.end() + 10]
        if re.match(r"\s*(million|m\b)", rest):
            v *= 1e6
        elif re.match(r"\s*(billion|bn\b)", rest):
            v *= 1e9
        elif re.match(r"\s*(pence|p\b)", rest):
            v /= 100
        return v
    for w, n in WORDS.items():
        if re.search(r"\b" + w + r"\b", t):
            return float(n)
    return None


def locate(f, layer, i, entry, art):
    text = entry.get("text")
    if not isinstance(text, str) or not text:
        bad(f, f"{layer}[{i}]: empty or missing text")
        return None
    if text != text.strip():
        bad(f, f"{layer}[{i}]: text has surrounding whitespace")
    pos = positions(art, text)
    occ = entry.get("occurrence")
    if not pos:
        bad(f, f"{layer}[{i}]: text not found in article: {text[:70]!r}")
        return None
    if len(pos) > 1 and occ is None:
        bad(f, f"{layer}[{i}]: text occurs {len(pos)} times but has no occurrence: {text[:50]!r}")
        return None
    if len(pos) == 1 and occ is not None:
        bad(f, f"{layer}[{i}]: occurrence given but text occurs once: {text[:50]!r}")
        return pos[0]
    if occ is None:
        return pos[0]
    if not isinstance(occ, int) or not 1 <= occ <= len(pos):
        bad(f, f"{layer}[{i}]: occurrence {occ!r} out of range 1..{len(pos)}")
        return None
    return pos[occ - 1]


def main():
    tsv = {}
    with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 3:
                tsv[cols[0]] = (cols[1], cols[2])
    txts = sorted(x for x in os.listdir(ARTS) if x.endswith(".txt"))
    counts = {}
    for txt in txts:
        name = txt[:-4]
        f = name + ".json"
        path = os.path.join(ROOT, f)
        if not os.path.exists(path):
            bad(f, "missing")
            continue
        try:
            with open(path, encoding="utf-8") as fh:
                d = json.load(fh)
        except Exception as e:  # noqa: BLE001
            bad(f, f"does not parse: {e}")
            continue
        with open(os.path.join(ARTS, txt), encoding="utf-8") as fh:
            art = fh.read()
        if list(d.keys()) != KEYS:
            bad(f, f"keys {list(d.keys())} != {KEYS}")
        if d.get("article") != txt:
            bad(f, f"article {d.get('article')!r} != {txt!r}")
        # publication date
        check_date(f, "published", d.get("published"))
        want = tsv.get(txt)
        if want is None:
            bad(f, "not listed in writer.tsv")
        elif d.get("published") != want[0] and "differs from writer.tsv" not in (d.get("published_basis") or ""):
            bad(f, f"published {d.get('published')} != writer.tsv {want[0]} and basis does not say 'differs from writer.tsv' and why")
        elif d.get("published") == want[0] and "differs from writer.tsv" in (d.get("published_basis") or ""):
            bad(f, "basis says it differs from writer.tsv but the dates agree")
        if want is not None and DATE_RE.match(want[0]) and len(want[0]) == 10:
            wd = datetime.date.fromisoformat(want[0]).strftime("%A")
            if wd != want[1]:
                bad(f, f"writer.tsv weekday {want[1]} but {want[0]} is a {wd}")
        if not d.get("published_basis"):
            bad(f, "empty published_basis")
        # quotes
        seen = set()
        for i, q in enumerate(d.get("quotes") or []):
            start = locate(f, "quotes", i, q, art)
            key = (q.get("text"), q.get("occurrence"))
            if key in seen:
                bad(f, f"quotes[{i}]: duplicate entry")
            seen.add(key)
            kind, text = q.get("kind"), q.get("text") or ""
            if kind not in KINDS:
                bad(f, f"quotes[{i}]: kind {kind!r}")
            if q.get("speaker_type") not in STYPES:
                bad(f, f"quotes[{i}]: speaker_type {q.get('speaker_type')!r}")
            if not q.get("speaker"):
                bad(f, f"quotes[{i}]: empty speaker")
            for k in ("role", "cue"):
                if q.get(k) is not None and not isinstance(q.get(k), str):
                    bad(f, f"quotes[{i}]: {k} must be a string or null")
            marks = [c for c in text if c in DQ]
            if kind == "indirect" and (marks or "‘" in text):
                bad(f, f"quotes[{i}]: indirect quote contains quotation marks")
            if kind == "indirect" and start is not None and start > 0 and art[start - 1] in '"“':
                bad(f, f"quotes[{i}]: indirect quote starts right after a quotation mark (direct?)")
            if kind == "mixed" and not marks:
                bad(f, f"quotes[{i}]: mixed quote has no quotation marks")
            if kind == "direct" and start is not None:
                if start == 0 or art[start - 1] not in '"“':
                    bad(f, f"quotes[{i}]: direct quote not right after an opening quotation mark")
                if text[0] in DQ or text[-1] in DQ:
                    bad(f, f"quotes[{i}]: direct quote includes its quotation marks")
            if set(q) - {"text", "occurrence", "kind", "speaker", "speaker_type", "role", "cue"}:
                bad(f, f"quotes[{i}]: unexpected keys")
        # figures
        seen = set()
        for i, g in enumerate(d.get("figures") or []):
            locate(f, "figures", i, g, art)
            key = (g.get("text"), g.get("occurrence"))
            if key in seen:
                bad(f, f"figures[{i}]: duplicate entry")
            seen.add(key)
            cat, unit, val = g.get("category"), g.get("unit"), g.get("value")
            if cat not in CATS:
                bad(f, f"figures[{i}]: category {cat!r}")
            if not isinstance(val, (int, float)) or isinstance(val, bool):
                bad(f, f"figures[{i}]: value {val!r} is not a number")
            else:
                w = written_number(g.get("text") or "")
                if w is None or abs(w - val) > 1e-6 * max(1.0, abs(val)):
                    bad(f, f"figures[{i}]: value {val} does not match written number {w} in {g.get('text')!r}")
            if cat == "money" and unit not in MONEY_UNITS:
                bad(f, f"figures[{i}]: money unit {unit!r}")
            if cat == "money":
                t = g.get("text") or ""
                if ("£" in t or "pounds" in t or "pence" in t) and unit != "GBP":
                    bad(f, f"figures[{i}]: pounds/pence but unit {unit!r}")
                if "€" in t and unit != "EUR":
                    bad(f, f"figures[{i}]: euro sign but unit {unit!r}")
                if "US$" in t and unit != "USD":
                    bad(f, f"figures[{i}]: US$ but unit {unit!r}")
            if cat == "percent" and unit not in PCT_UNITS:
                bad(f, f"figures[{i}]: percent unit {unit!r}")
            if cat == "duration" and unit not in TIME_UNITS:
                bad(f, f"figures[{i}]: duration unit {unit!r}")
            if cat == "count" and not unit:
                bad(f, f"figures[{i}]: count without unit")
            ap = g.get("approx")
            if ap is not None and ap not in (g.get("text") or ""):
                bad(f, f"figures[{i}]: approx {ap!r} not in text")
            if set(g) - {"text", "occurrence", "value", "unit", "category", "approx", "subject"}:
                bad(f, f"figures[{i}]: unexpected keys")
        # events
        seen = set()
        for i, e in enumerate(d.get("events") or []):
            locate(f, "events", i, e, art)
            key = (e.get("text"), e.get("occurrence"), e.get("date"))
            if key in seen:
                bad(f, f"events[{i}]: duplicate entry")
            seen.add(key)
            check_date(f, f"events[{i}]", e.get("date"))
            dt = e.get("date_text")
            if not isinstance(dt, str) or not dt or dt not in art:
                bad(f, f"events[{i}]: date_text {dt!r} not found in article")
            if set(e) - {"text", "occurrence", "date", "date_text"}:
                bad(f, f"events[{i}]: unexpected keys")
        qs, fs = d.get("quotes") or [], d.get("figures") or []
        counts[txt] = (len(qs), len(fs), len(d.get("events") or []))
    extra = sorted(set(x[:-5] for x in os.listdir(ROOT) if x.endswith(".json")) - set(t[:-4] for t in txts))
    for x in extra:
        bad(x + ".json", "no matching article")
    for p in problems:
        print("PROBLEM", p)
    for t, (q, g, e) in counts.items():
        print(f"{t}: {q} quotes, {g} figures, {e} events")
    print(f"{len(txts)} articles checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
