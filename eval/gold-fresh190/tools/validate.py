#!/usr/bin/env python3
"""Check the gold-fresh190 annotations against their articles. Prints problems and a count."""
import datetime
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

KINDS = {"direct", "indirect", "mixed"}
SPEAKER_TYPES = {"person", "anonymous", "organization"}
CATEGORIES = {"count", "money", "percent", "duration"}
TOP_KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]
Q_KEYS = {"text", "kind", "speaker", "speaker_type", "role", "cue"}
F_KEYS = {"text", "value", "unit", "category", "approx", "subject"}
E_KEYS = {"text", "date", "date_text"}
QUOTE_MARKS = '"\u201c\u201d'

problems = []


def problem(where, msg):
    problems.append(f"{where}: {msg}")


def count(hay, needle):
    """Number of (possibly overlapping) matches of needle in hay."""
    n, i = 0, hay.find(needle)
    while i != -1:
        n += 1
        i = hay.find(needle, i + 1)
    return n


def nth(hay, needle, k):
    """Start index of the k-th (1-based) match."""
    i = -1
    for _ in range(k):
        i = hay.find(needle, i + 1)
        if i == -1:
            return -1
    return i


def split_md(md):
    if not md.startswith("---\n"):
        return None, None
    end = md.find("\n---\n", 4)
    if end == -1:
        return None, None
    return md[: end + 5], md[end + 5 :]


def valid_date(s):
    for fmt, rx in (("%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"), ("%Y-%m", r"\d{4}-\d{2}"), ("%Y", r"\d{4}")):
        if re.fullmatch(rx, s or ""):
            try:
                datetime.datetime.strptime(s, fmt)
                return True
            except ValueError:
                return False
    return False


def check_span(where, item, body, md, field="text"):
    """Check an item's text (or date_text) against body and whole md; return start index or -1."""
    s = item.get(field)
    if not isinstance(s, str) or not s:
        problem(where, f"{field} missing or empty")
        return -1
    nb, nm = count(body, s), count(md, s)
    if nb == 0:
        problem(where, f"{field} not found in body: {s[:60]!r}")
        return -1
    if nb != nm:
        problem(where, f"{field} {s[:40]!r} occurs {nb}x in body but {nm}x in the whole .md")
    if field != "text":
        return body.find(s)
    occ = item.get("occurrence")
    if nb > 1:
        if occ is None:
            problem(where, f"text {s[:40]!r} occurs {nb}x but has no occurrence")
            return -1
        if not isinstance(occ, int) or not 1 <= occ <= nb:
            problem(where, f"occurrence {occ!r} out of range 1..{nb}")
            return -1
        return nth(body, s, occ)
    if occ is not None:
        problem(where, f"occurrence given but text occurs once: {s[:40]!r}")
    return body.find(s)


def main():
    files = sorted(glob.glob(os.path.join(ROOT, "*.json")))
    if not files:
        problem("-", "no JSON files")
    n_items = 0
    for path in files:
        name = os.path.basename(path)
        try:
            doc = json.load(open(path, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            problem(name, f"does not parse: {e}")
            continue
        if list(doc.keys()) != TOP_KEYS:
            problem(name, f"top-level keys {list(doc.keys())}")
        if doc.get("published") != "2004-11-13" or doc.get("published_basis") != "metadata" \
                or doc.get("outlet") != "BBC News":
            problem(name, "published / published_basis / outlet wrong")
        art = doc.get("article", "")
        if name != art.replace("/", "-").replace(".md", ".json"):
            problem(name, f"article {art!r} does not match file name")
        mdpath = os.path.join(ROOT, "articles", art)
        if not os.path.exists(mdpath):
            problem(name, f"article file missing: {mdpath}")
            continue
        md = open(mdpath, encoding="utf-8").read()
        fm, body = split_md(md)
        if body is None:
            problem(name, "no front matter")
            continue
        for key in ("quotes", "figures", "events"):
            if not isinstance(doc.get(key), list):
                problem(name, f"{key} is not a list")
                doc[key] = []

        for i, q in enumerate(doc["quotes"]):
            n_items += 1
            where = f"{name} quotes[{i}]"
            if not Q_KEYS <= set(q) or set(q) - Q_KEYS - {"occurrence"}:
                problem(where, f"keys {sorted(q)}")
            start = check_span(where, q, body, md)
            if q.get("kind") not in KINDS:
                problem(where, f"kind {q.get('kind')!r}")
            if q.get("speaker_type") not in SPEAKER_TYPES:
                problem(where, f"speaker_type {q.get('speaker_type')!r}")
            if not q.get("speaker"):
                problem(where, "speaker empty")
            t = q.get("text", "")
            if q.get("kind") == "indirect" and any(c in t for c in QUOTE_MARKS):
                problem(where, "indirect quote contains a quotation mark")
            if q.get("kind") == "mixed" and not any(c in t for c in QUOTE_MARKS):
                problem(where, "mixed quote has no quotation mark")
            if q.get("kind") == "direct":
                if t != t.strip():
                    problem(where, "direct quote has surrounding whitespace")
                if any(c in t for c in '"\u201c\u201d'):
                    problem(where, "direct quote contains a double quotation mark")
                if start > 0 and body[start - 1] not in QUOTE_MARKS:
                    problem(where, f"direct quote not right after a quotation mark (preceded by {body[start-1]!r})")
                if start == 0:
                    problem(where, "direct quote at start of body")

        for i, f in enumerate(doc["figures"]):
            n_items += 1
            where = f"{name} figures[{i}]"
            if not F_KEYS <= set(f) or set(f) - F_KEYS - {"occurrence"}:
                problem(where, f"keys {sorted(f)}")
            check_span(where, f, body, md)
            if f.get("category") not in CATEGORIES:
                problem(where, f"category {f.get('category')!r}")
            if not isinstance(f.get("value"), (int, float)) or isinstance(f.get("value"), bool):
                problem(where, f"value {f.get('value')!r} not a number")
            if f.get("category") == "percent" and f.get("unit") != "%":
                problem(where, "percent unit is not %")
            if f.get("category") == "money" and f.get("unit") not in {"GBP", "USD", "EUR", "CAD", "$"}:
                problem(where, f"money unit {f.get('unit')!r}")
            if f.get("approx") is not None and f["approx"] not in f.get("text", ""):
                problem(where, "approx qualifier not in text")

        for i, e in enumerate(doc["events"]):
            n_items += 1
            where = f"{name} events[{i}]"
            if not E_KEYS <= set(e) or set(e) - E_KEYS - {"occurrence"}:
                problem(where, f"keys {sorted(e)}")
            check_span(where, e, body, md)
            check_span(where, e, body, md, field="date_text")
            if not valid_date(e.get("date")):
                problem(where, f"date {e.get('date')!r} is not YYYY, YYYY-MM or YYYY-MM-DD")

    for p in problems:
        print(p)
    print(f"{len(files)} files, {n_items} items checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
