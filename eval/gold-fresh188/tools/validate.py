#!/usr/bin/env python3
"""Check the gold-fresh188 JSON annotations against their articles.

Checks: every JSON parses and has the expected keys; every quote/figure/event
`text` and every `date_text` is an exact substring of the article body (the part
after the front matter); each has the same number of matches in the body and in
the whole .md file; `occurrence` is present exactly when a text repeats and is in
range; kinds, speaker types and categories come from SCHEMA.md's lists; indirect
quotes contain no '"' and mixed quotes do; each direct quote sits right after a
quotation mark; dates are YYYY, YYYY-MM or YYYY-MM-DD (and real calendar dates).
"""
import datetime
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"direct", "indirect", "mixed"}
STYPES = {"person", "anonymous", "organization"}
CATS = {"count", "money", "percent", "duration"}
TOP_KEYS = {"article", "published", "published_basis", "outlet", "quotes", "figures", "events"}
QKEYS = {"text", "kind", "speaker", "speaker_type", "role", "cue"}
FKEYS = {"text", "value", "unit", "category", "approx", "subject"}
EKEYS = {"text", "date", "date_text"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def count(hay, needle):
    """Number of (possibly overlapping) matches of needle in hay."""
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


def split_md(md):
    if not md.startswith("---\n"):
        return None
    end = md.find("\n---\n", 4)
    if end == -1:
        return None
    return md[end + len("\n---\n"):]


def check_date(where, d):
    if not isinstance(d, str) or not DATE_RE.match(d):
        bad(where, f"bad date {d!r}")
        return
    parts = [int(p) for p in d.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        bad(where, f"impossible date {d!r}")


def check_span(where, body, md, text, occ, field="text"):
    """Returns start index of the chosen match in body, or -1."""
    if not isinstance(text, str) or not text:
        bad(where, f"{field} missing or empty")
        return -1
    nb, nm = count(body, text), count(md, text)
    if nb == 0:
        bad(where, f"{field} not in body: {text[:60]!r}")
        return -1
    if nb != nm:
        bad(where, f"{field} matches {nb}x in body but {nm}x in whole .md: {text[:60]!r}")
    if field == "date_text":
        return 0
    if nb > 1:
        if occ is None:
            bad(where, f"text repeats {nb}x but has no occurrence: {text[:60]!r}")
            return body.find(text)
        if not isinstance(occ, int) or not 1 <= occ <= nb:
            bad(where, f"occurrence {occ!r} out of range 1..{nb}")
            return -1
        return nth(body, text, occ)
    if occ is not None:
        bad(where, f"occurrence given but text occurs once: {text[:60]!r}")
    return body.find(text)


def main():
    files = sorted(glob.glob(os.path.join(ROOT, "*.json")))
    n_items = 0
    for path in files:
        name = os.path.basename(path)
        try:
            with open(path, encoding="utf-8") as fh:
                d = json.load(fh)
        except Exception as e:  # noqa: BLE001
            bad(name, f"does not parse: {e}")
            continue
        if set(d) != TOP_KEYS:
            bad(name, f"keys {sorted(d)}")
        if d.get("published") != "2005-03-10" or d.get("published_basis") != "metadata" \
                or d.get("outlet") != "BBC News":
            bad(name, "published / published_basis / outlet not as briefed")
        art = d.get("article", "")
        if name != art.replace("/", "-").replace(".md", ".json"):
            bad(name, f"article {art!r} does not match file name")
        md_path = os.path.join(ROOT, "articles", art)
        try:
            with open(md_path, encoding="utf-8") as fh:
                md = fh.read()
        except OSError as e:
            bad(name, f"cannot read article: {e}")
            continue
        body = split_md(md)
        if body is None:
            bad(name, "article has no front matter")
            continue
        src = os.path.join("/work/shared/corpus/bbc", art[:-3] + ".txt")
        if os.path.exists(src):
            with open(src, encoding="utf-8") as fh:
                if fh.read() != body:
                    bad(name, "body differs from the corpus file")

        for i, q in enumerate(d.get("quotes") or []):
            n_items += 1
            w = f"{name} quote {i + 1}"
            if set(q) - {"occurrence"} != QKEYS:
                bad(w, f"keys {sorted(q)}")
            start = check_span(w, body, md, q.get("text"), q.get("occurrence"))
            if q.get("kind") not in KINDS:
                bad(w, f"kind {q.get('kind')!r}")
            if q.get("speaker_type") not in STYPES:
                bad(w, f"speaker_type {q.get('speaker_type')!r}")
            if not q.get("speaker"):
                bad(w, "no speaker")
            t = q.get("text") or ""
            if q.get("kind") == "indirect" and '"' in t:
                bad(w, "indirect quote contains a quotation mark")
            if q.get("kind") == "mixed" and '"' not in t:
                bad(w, "mixed quote has no quotation mark")
            if q.get("kind") == "direct":
                if '"' in t:
                    bad(w, "direct quote contains a quotation mark")
                if start > 0 and body[start - 1] != '"':
                    bad(w, f"direct quote not right after a quotation mark (prev {body[start - 1]!r})")
                if start == 0:
                    bad(w, "direct quote at start of body")
                if t != t.strip():
                    bad(w, "direct quote has untrimmed whitespace")

        for i, f in enumerate(d.get("figures") or []):
            n_items += 1
            w = f"{name} figure {i + 1}"
            if set(f) - {"occurrence"} != FKEYS:
                bad(w, f"keys {sorted(f)}")
            check_span(w, body, md, f.get("text"), f.get("occurrence"))
            if f.get("category") not in CATS:
                bad(w, f"category {f.get('category')!r}")
            if not isinstance(f.get("value"), (int, float)) or isinstance(f.get("value"), bool):
                bad(w, f"value {f.get('value')!r} not a number")
            cat, unit = f.get("category"), f.get("unit")
            if cat == "percent" and unit != "%":
                bad(w, "percent unit must be %")
            if cat == "money" and unit not in {"GBP", "USD", "EUR", "$"}:
                bad(w, f"money unit {unit!r}")
            if cat == "money":
                t = f.get("text") or ""
                sign = {"£": "GBP", "$": "USD", "€": "EUR"}
                for s, u in sign.items():
                    if s in t and unit != u:
                        bad(w, f"money unit {unit!r} but text has {s}")
            if cat == "duration" and unit not in {"seconds", "minutes", "hours", "days", "weeks",
                                                   "months", "years"}:
                bad(w, f"duration unit {unit!r}")

        for i, e in enumerate(d.get("events") or []):
            n_items += 1
            w = f"{name} event {i + 1}"
            if set(e) - {"occurrence"} != EKEYS:
                bad(w, f"keys {sorted(e)}")
            check_span(w, body, md, e.get("text"), e.get("occurrence"))
            check_span(w, body, md, e.get("date_text"), None, field="date_text")
            check_date(w, e.get("date"))

    print(f"checked {len(files)} files, {n_items} items")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
