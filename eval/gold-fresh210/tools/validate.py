#!/usr/bin/env python3
"""Check the gold-fresh210 annotations against SCHEMA.md and writer.tsv. Prints problems, then a count."""
import csv, datetime, glob, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ART = os.path.join(ROOT, "articles")

KINDS = {"direct", "indirect", "mixed"}
STYPES = {"person", "anonymous", "organization"}
CATS = {"count", "money", "percent", "duration"}
MONEY_UNITS = {"$", "USD", "CAD", "AUD", "GBP", "EUR"}
TIME_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"}
TOP_KEYS = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]
QKEYS = {"text", "kind", "speaker", "speaker_type", "role", "cue"}
FKEYS = {"text", "value", "unit", "category", "approx", "subject"}
EKEYS = {"text", "date", "date_text"}
DOUBLE = set('"“”')
OPENERS = set('"“‘\'')

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def occ(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def quote_marks(s):
    """Quotation marks in s: any double mark or ‘; a ' or ’ only when not preceded by a letter
    (so apostrophes in don't / Sydney’s / parties' are not counted)."""
    found = []
    for i, ch in enumerate(s):
        if ch in DOUBLE or ch == "‘":
            found.append(ch)
        elif ch in "'’" and not (i > 0 and s[i - 1].isalpha()):
            found.append(ch)
    return found


def check_date(where, d):
    ok = False
    for fmt, rx in (("%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"), ("%Y-%m", r"\d{4}-\d{2}"), ("%Y", r"\d{4}")):
        if isinstance(d, str) and re.fullmatch(rx, d):
            try:
                datetime.datetime.strptime(d, fmt)
                ok = True
            except ValueError:
                pass
    if not ok:
        bad(where, f"bad date {d!r}")


def locate(where, body, item):
    """Check text/occurrence; return the start offset of the annotated match or None."""
    text = item.get("text")
    if not isinstance(text, str) or not text:
        bad(where, "empty text")
        return None
    if text != text.strip():
        bad(where, f"untrimmed text {text!r}")
    pos = occ(body, text)
    if not pos:
        bad(where, f"text not in article: {text!r}")
        return None
    if len(pos) > 1:
        if "occurrence" not in item:
            bad(where, f"text occurs {len(pos)}x but no occurrence: {text!r}")
            return pos[0]
        n = item["occurrence"]
        if not isinstance(n, int) or not 1 <= n <= len(pos):
            bad(where, f"occurrence {n!r} out of range 1..{len(pos)}")
            return None
        return pos[n - 1]
    if "occurrence" in item:
        bad(where, f"occurrence given but text is unique: {text!r}")
    return pos[0]


def first_number(text):
    words = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "ten": 10, "eighteen": 18, "dozen": 12, "decade": 10}
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if m:
        return float(m.group().replace(",", ""))
    for w in re.findall(r"[a-z]+", text.lower()):
        if w in words:
            return float(words[w])
    return None


def check_value(where, f):
    v, text = f.get("value"), f.get("text", "")
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        bad(where, f"value not a number: {v!r}")
        return
    n = first_number(text)
    if n is None:
        bad(where, f"no number in figure text {text!r}")
        return
    if "dozen" in text:
        n *= 12 if n != 12 else 1
    scales = [1, 1e3, 1e6, 1e9, 1e12, 0.01]
    if not any(abs(n * s - v) < 1e-9 * max(1, abs(v)) for s in scales):
        bad(where, f"value {v} does not match number {n} in {text!r}")
    low = text.lower()
    mult = 1e12 if "trillion" in low else 1e9 if ("billion" in low or "bn" in low) else 1e6 if ("million" in low or re.search(r"\dm\b", low)) else None
    if mult and abs(n * mult - v) > 1e-6 * v:
        bad(where, f"value {v} ignores the scale word in {text!r}")


def main():
    writer = {}
    with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if row and row[0].endswith(".txt"):
                writer[row[0]] = row
    arts = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ART, "*.txt")))
    counts = {}
    for a in arts:
        jp = os.path.join(ROOT, a[:-4] + ".json")
        where0 = os.path.basename(jp)
        if not os.path.exists(jp):
            bad(where0, "missing")
            continue
        try:
            doc = json.load(open(jp, encoding="utf-8"))
        except Exception as e:
            bad(where0, f"does not parse: {e}")
            continue
        body = open(os.path.join(ART, a), encoding="utf-8").read()
        if list(doc.keys()) != TOP_KEYS:
            bad(where0, f"top-level keys {list(doc.keys())}")
        if doc.get("article") != a:
            bad(where0, f"article field {doc.get('article')!r}")
        # publication date
        pub = doc.get("published")
        check_date(where0 + " published", pub)
        if not (isinstance(pub, str) and len(pub) == 10):
            bad(where0, "published is not a full day")
        w = writer.get(a)
        if not w:
            bad(where0, "not in writer.tsv")
        else:
            basis = doc.get("published_basis") or ""
            if pub != w[1] and "writer.tsv" not in basis:
                bad(where0, f"published {pub} != writer.tsv {w[1]} and basis does not say why")
            try:
                wd = datetime.date.fromisoformat(w[1]).strftime("%A")
                if wd != w[2]:
                    bad(where0, f"writer.tsv weekday {w[2]} but {w[1]} is a {wd}")
            except ValueError:
                bad(where0, f"writer.tsv date {w[1]!r}")
        if not doc.get("published_basis"):
            bad(where0, "empty published_basis")
        if not (doc.get("outlet") is None or isinstance(doc.get("outlet"), str)):
            bad(where0, "outlet must be a string or null")
        # quotes
        for i, q in enumerate(doc.get("quotes", [])):
            where = f"{where0} quote {i + 1}"
            if set(q) - {"occurrence"} != QKEYS:
                bad(where, f"keys {sorted(q)}")
            at = locate(where, body, q)
            kind, text = q.get("kind"), q.get("text", "")
            if kind not in KINDS:
                bad(where, f"kind {kind!r}")
            if q.get("speaker_type") not in STYPES:
                bad(where, f"speaker_type {q.get('speaker_type')!r}")
            if not q.get("speaker"):
                bad(where, "no speaker")
            if q.get("role") is not None and not isinstance(q.get("role"), str):
                bad(where, "role must be string or null")
            if q.get("cue") is not None and not isinstance(q.get("cue"), str):
                bad(where, "cue must be string or null")
            marks = quote_marks(text)
            if kind == "indirect" and marks:
                bad(where, f"indirect quote contains quotation marks {marks}: {text!r}")
            if kind == "mixed" and not marks:
                bad(where, f"mixed quote has no quotation marks: {text!r}")
            if kind == "direct" and at is not None:
                if at == 0 or body[at - 1] not in OPENERS:
                    bad(where, f"direct quote not right after a quotation mark: {text!r}")
        # figures
        for i, f in enumerate(doc.get("figures", [])):
            where = f"{where0} figure {i + 1}"
            if set(f) - {"occurrence"} != FKEYS:
                bad(where, f"keys {sorted(f)}")
            locate(where, body, f)
            cat, unit = f.get("category"), f.get("unit")
            if cat not in CATS:
                bad(where, f"category {cat!r}")
            if not unit:
                bad(where, "no unit")
            if cat == "percent" and unit != "%":
                bad(where, f"percent with unit {unit!r}")
            if cat == "money" and unit not in MONEY_UNITS:
                bad(where, f"money with unit {unit!r}")
            if cat == "money" and unit in MONEY_UNITS:
                t = f["text"]
                sign = {"GBP": "£", "EUR": "€"}.get(unit)
                if sign and sign not in t and "pence" not in t:
                    bad(where, f"unit {unit} but no {sign} in {t!r}")
                if unit in ("$", "CAD", "AUD") and "$" not in t:
                    bad(where, f"unit {unit} but no $ in {t!r}")
            if cat == "duration" and unit not in TIME_UNITS:
                bad(where, f"duration with unit {unit!r}")
            if f.get("approx") is not None and f["approx"] not in f.get("text", ""):
                bad(where, f"approx {f['approx']!r} not written in {f.get('text')!r}")
            check_value(where, f)
        # events
        for i, e in enumerate(doc.get("events", [])):
            where = f"{where0} event {i + 1}"
            if set(e) - {"occurrence"} != EKEYS:
                bad(where, f"keys {sorted(e)}")
            locate(where, body, e)
            check_date(where, e.get("date"))
            if not e.get("date_text") or e["date_text"] not in body:
                bad(where, f"date_text not in article: {e.get('date_text')!r}")
        counts[a] = (len(doc.get("quotes", [])), len(doc.get("figures", [])), len(doc.get("events", [])))
    for p in problems:
        print("PROBLEM", p)
    for a, (q, f, e) in counts.items():
        print(f"{a}: {q} quotes, {f} figures, {e} events")
    print(f"{len(arts)} articles checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
