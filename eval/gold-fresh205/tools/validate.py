#!/usr/bin/env python3
"""Check the gold-fresh205 annotations against their articles and /work/shared/gold/SCHEMA.md."""
import json, os, re, glob, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KINDS = {"direct", "indirect", "mixed"}
STYPES = {"person", "anonymous", "organization"}
CATS = {"count", "money", "percent", "duration"}
QMARKS = "\"“”‘’'«»"
DQ = "\"“”"
OPEN = "\"“‘'«"
TOP = ["article", "published", "published_basis", "outlet", "quotes", "figures", "events"]
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def positions(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def check_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    parts = [int(x) for x in s.split("-")]
    try:
        if len(parts) == 3:
            datetime.date(*parts)
        elif len(parts) == 2:
            datetime.date(parts[0], parts[1], 1)
    except ValueError:
        return False
    return True


def main():
    writer = {}
    with open(os.path.join(ROOT, "writer.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                cols = line.rstrip("\n").split("\t")
                writer[cols[0]] = cols[1]
    problems = []
    arts = sorted(glob.glob(os.path.join(ROOT, "articles", "*.txt")))
    counts = {}
    for ap in arts:
        name = os.path.basename(ap)
        jp = os.path.join(ROOT, name[:-4] + ".json")
        P = lambda msg: problems.append(f"{name}: {msg}")
        if not os.path.exists(jp):
            P("no JSON file"); continue
        try:
            d = json.load(open(jp, encoding="utf-8"))
        except Exception as e:
            P(f"JSON does not parse: {e}"); continue
        text = open(ap, encoding="utf-8").read()
        if list(d.keys()) != TOP:
            P(f"keys {list(d.keys())} != {TOP}")
        if d.get("article") != name:
            P("article field wrong")
        pub = d.get("published")
        if not check_date(pub):
            P(f"published {pub!r} not a date")
        if pub != writer.get(name):
            basis = (d.get("published_basis") or "").lower()
            if not ("writer.tsv" in basis and any(w in basis for w in ("differ", "disagree", "ambiguous", "instead of"))):
                P(f"published {pub} disagrees with writer.tsv {writer.get(name)} and basis does not say why")
        if not d.get("published_basis"):
            P("empty published_basis")

        def locate(item, layer, i):
            t = item.get("text")
            if not isinstance(t, str) or not t:
                P(f"{layer}[{i}] empty text"); return None
            if t != t.strip():
                P(f"{layer}[{i}] text has surrounding whitespace: {t!r}")
            pos = positions(text, t)
            if not pos:
                P(f"{layer}[{i}] text not in article: {t!r}"); return None
            occ = item.get("occurrence")
            if len(pos) > 1:
                if occ is None:
                    P(f"{layer}[{i}] text occurs {len(pos)} times but no occurrence: {t!r}"); return None
                if not isinstance(occ, int) or not 1 <= occ <= len(pos):
                    P(f"{layer}[{i}] occurrence {occ} out of range 1..{len(pos)}: {t!r}"); return None
                return pos[occ - 1]
            if occ is not None:
                P(f"{layer}[{i}] occurrence given but text occurs once: {t!r}")
            return pos[0]

        seen = set()
        for layer in ("quotes", "figures", "events"):
            for i, it in enumerate(d.get(layer) or []):
                key = (layer, it.get("text"), it.get("occurrence"))
                if layer != "events" and key in seen:
                    P(f"{layer}[{i}] duplicate entry {it.get('text')!r}")
                seen.add(key)

        nq = {"direct": 0, "indirect": 0, "mixed": 0}
        for i, q in enumerate(d.get("quotes") or []):
            exp = ["text", "occurrence", "kind", "speaker", "speaker_type", "role", "cue"] if "occurrence" in q else \
                  ["text", "kind", "speaker", "speaker_type", "role", "cue"]
            if list(q.keys()) != exp:
                P(f"quotes[{i}] keys {list(q.keys())}")
            p = locate(q, "quotes", i)
            k = q.get("kind")
            if k not in KINDS:
                P(f"quotes[{i}] kind {k!r}"); continue
            nq[k] += 1
            if q.get("speaker_type") not in STYPES:
                P(f"quotes[{i}] speaker_type {q.get('speaker_type')!r}")
            if not q.get("speaker"):
                P(f"quotes[{i}] no speaker")
            t = q.get("text") or ""
            if k == "indirect" and any(c in t for c in DQ):
                P(f"quotes[{i}] indirect quote contains quotation marks: {t!r}")
            if k == "mixed" and not any(c in t for c in DQ):
                P(f"quotes[{i}] mixed quote has no quotation marks: {t!r}")
            if k == "direct" and p is not None:
                j = p - 1
                while j >= 0 and text[j] == " ":
                    j -= 1
                if j < 0 or text[j] not in OPEN:
                    P(f"quotes[{i}] direct quote not right after a quotation mark: {t!r}")
            if q.get("cue") is not None and q["cue"] not in text:
                P(f"quotes[{i}] cue {q['cue']!r} not in article")
        nf = {c: 0 for c in CATS}
        for i, f_ in enumerate(d.get("figures") or []):
            exp = ["text", "occurrence", "value", "unit", "category", "approx", "subject"] if "occurrence" in f_ else \
                  ["text", "value", "unit", "category", "approx", "subject"]
            if list(f_.keys()) != exp:
                P(f"figures[{i}] keys {list(f_.keys())}")
            locate(f_, "figures", i)
            c = f_.get("category")
            if c not in CATS:
                P(f"figures[{i}] category {c!r}"); continue
            nf[c] += 1
            v = f_.get("value")
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                P(f"figures[{i}] value not a number")
            if c == "percent" and f_.get("unit") != "%":
                P(f"figures[{i}] percent unit {f_.get('unit')!r}")
            if c == "money" and f_.get("unit") not in {"$", "CAD", "USD", "EUR", "GBP", "AUD"}:
                P(f"figures[{i}] money unit {f_.get('unit')!r}")
            if c == "duration" and f_.get("unit") not in {"years", "months", "weeks", "days", "hours", "minutes", "seconds"}:
                P(f"figures[{i}] duration unit {f_.get('unit')!r}")
            a = f_.get("approx")
            if a is not None and a not in f_.get("text", ""):
                P(f"figures[{i}] approx {a!r} not in text")
        for i, e in enumerate(d.get("events") or []):
            exp = ["text", "occurrence", "date", "date_text"] if "occurrence" in e else ["text", "date", "date_text"]
            if list(e.keys()) != exp:
                P(f"events[{i}] keys {list(e.keys())}")
            locate(e, "events", i)
            if not check_date(e.get("date")):
                P(f"events[{i}] date {e.get('date')!r}")
            dt = e.get("date_text")
            if not isinstance(dt, str) or dt not in text:
                P(f"events[{i}] date_text not in article: {dt!r}")
        counts[name] = (len(d.get("quotes") or []), nq, len(d.get("figures") or []), nf, len(d.get("events") or []))
    for p in problems:
        print("PROBLEM", p)
    for n, (q, nq, f_, nf, e) in counts.items():
        print(f"{n}: quotes {q} (d{nq['direct']} i{nq['indirect']} m{nq['mixed']}) figures {f_} "
              f"(c{nf['count']} m{nf['money']} p{nf['percent']} d{nf['duration']}) events {e}")
    print(f"{len(problems)} problems in {len(arts)} articles")


if __name__ == "__main__":
    main()
