#!/usr/bin/env python3
"""Check the gold-fresh189 annotations against their articles. Prints problems and a total."""
import glob
import json
import os
import re
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

KINDS = {"direct", "indirect", "mixed"}
SPEAKER_TYPES = {"person", "anonymous", "organization"}
CATEGORIES = {"count", "money", "percent", "duration"}
TOP_KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]
Q_KEYS = {"text", "occurrence", "kind", "speaker", "speaker_type", "role", "cue"}
F_KEYS = {"text", "occurrence", "value", "unit", "category", "approx", "subject"}
E_KEYS = {"text", "occurrence", "date", "date_text"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
QUOTE_MARKS = "\"\u201c\u201d"

problems = []


def problem(where, msg):
    problems.append(f"{where}: {msg}")


def count_all(hay, needle):
    """Number of (possibly overlapping) matches of needle in hay."""
    n, i = 0, hay.find(needle)
    while i != -1:
        n += 1
        i = hay.find(needle, i + 1)
    return n


def positions(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def split_front_matter(md):
    if not md.startswith("---\n"):
        return None, None
    end = md.find("\n---\n", 4)
    if end == -1:
        return None, None
    return md[: end + 5], md[end + 5:]


def valid_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    parts = [int(p) for p in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def check_text(where, item, body, md, allowed_keys):
    extra = set(item) - allowed_keys
    if extra:
        problem(where, f"unexpected keys {sorted(extra)}")
    text = item.get("text")
    if not isinstance(text, str) or not text:
        problem(where, "missing text")
        return None
    if text != text.strip():
        problem(where, "text has surrounding whitespace")
    nb, nm = count_all(body, text), count_all(md, text)
    if nb == 0:
        problem(where, f"text not in body: {text[:60]!r}")
        return None
    if nb != nm:
        problem(where, f"text matches {nb}x in body but {nm}x in whole .md: {text[:60]!r}")
    occ = item.get("occurrence")
    if nb > 1:
        if occ is None:
            problem(where, f"text repeats {nb}x but no occurrence: {text[:60]!r}")
            return None
        if not isinstance(occ, int) or not 1 <= occ <= nb:
            problem(where, f"occurrence {occ} out of range 1..{nb}")
            return None
        return positions(body, text)[occ - 1]
    if occ is not None:
        problem(where, f"occurrence given but text occurs once: {text[:60]!r}")
    return positions(body, text)[0]


def main():
    files = sorted(glob.glob(os.path.join(ROOT, "*.json")))
    totals = {"files": 0, "quotes": 0, "figures": 0, "events": 0}
    for path in files:
        name = os.path.basename(path)
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except Exception as exc:  # noqa: BLE001
            problem(name, f"JSON does not parse: {exc}")
            continue
        totals["files"] += 1
        if list(data) != TOP_KEYS:
            problem(name, f"keys {list(data)} != {TOP_KEYS}")
        art = data.get("article", "")
        expect = name[:-5].replace("-", "/", 1) + ".md"
        if art != expect:
            problem(name, f"article {art!r} != {expect!r}")
        if data.get("published") != "2004-12-10":
            problem(name, "published is not 2004-12-10")
        if data.get("published_basis") != "metadata":
            problem(name, "published_basis is not 'metadata'")
        if data.get("outlet") != "BBC News":
            problem(name, "outlet is not 'BBC News'")
        md_path = os.path.join(ROOT, "articles", art)
        if not os.path.exists(md_path):
            problem(name, f"missing article {md_path}")
            continue
        md = open(md_path, encoding="utf-8").read()
        fm, body = split_front_matter(md)
        if body is None:
            problem(name, "article has no front matter")
            continue
        src = os.path.join("/work/shared/corpus/bbc", art[:-3] + ".txt")
        if os.path.exists(src) and open(src, encoding="utf-8").read() != body:
            problem(name, "article body differs from corpus file")

        for i, q in enumerate(data.get("quotes") or []):
            w = f"{name} quotes[{i}]"
            totals["quotes"] += 1
            pos = check_text(w, q, body, md, Q_KEYS)
            for k in ("kind", "speaker", "speaker_type", "role", "cue"):
                if k not in q:
                    problem(w, f"missing key {k}")
            if q.get("kind") not in KINDS:
                problem(w, f"bad kind {q.get('kind')!r}")
            if q.get("speaker_type") not in SPEAKER_TYPES:
                problem(w, f"bad speaker_type {q.get('speaker_type')!r}")
            if not q.get("speaker"):
                problem(w, "empty speaker")
            text = q.get("text", "")
            has_mark = any(c in text for c in QUOTE_MARKS)
            if q.get("kind") == "indirect" and has_mark:
                problem(w, "indirect quote contains a quotation mark")
            if q.get("kind") == "mixed" and not has_mark:
                problem(w, "mixed quote contains no quotation mark")
            if q.get("kind") == "direct":
                if has_mark:
                    problem(w, "direct quote text contains a quotation mark")
                if pos is not None:
                    j = pos - 1
                    while j >= 0 and body[j] == " ":
                        j -= 1
                    if j < 0 or body[j] not in QUOTE_MARKS:
                        problem(w, "direct quote does not sit right after a quotation mark")
                    k = pos + len(text)
                    while k < len(body) and body[k] == " ":
                        k += 1
                    if k < len(body) and body[k] not in QUOTE_MARKS + "\n":
                        problem(w, "direct quote does not end at a quotation mark or paragraph end")

        for i, f in enumerate(data.get("figures") or []):
            w = f"{name} figures[{i}]"
            totals["figures"] += 1
            check_text(w, f, body, md, F_KEYS)
            for k in ("value", "unit", "category", "approx", "subject"):
                if k not in f:
                    problem(w, f"missing key {k}")
            if f.get("category") not in CATEGORIES:
                problem(w, f"bad category {f.get('category')!r}")
            v = f.get("value")
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                problem(w, f"value not a number: {v!r}")
            if not f.get("unit"):
                problem(w, "empty unit")
            if f.get("category") == "percent" and f.get("unit") != "%":
                problem(w, "percent unit is not %")
            ap = f.get("approx")
            if ap is not None and ap not in f.get("text", ""):
                problem(w, f"approx {ap!r} not in text")

        for i, e in enumerate(data.get("events") or []):
            w = f"{name} events[{i}]"
            totals["events"] += 1
            check_text(w, e, body, md, E_KEYS)
            if not valid_date(e.get("date")):
                problem(w, f"bad date {e.get('date')!r}")
            dt = e.get("date_text")
            if not isinstance(dt, str) or not dt:
                problem(w, "missing date_text")
            else:
                nb, nm = count_all(body, dt), count_all(md, dt)
                if nb == 0:
                    problem(w, f"date_text not in body: {dt!r}")
                elif nb != nm:
                    problem(w, f"date_text matches {nb}x in body but {nm}x in .md: {dt!r}")

    for p in problems:
        print(p)
    print(f"checked {totals['files']} files, {totals['quotes']} quotes, {totals['figures']} figures, "
          f"{totals['events']} events: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
