import { lexiconSet } from "../lexicon/lexicon.ts";
import type { EventRow } from "../types.ts";

/** Two events of the same date whose key terms overlap at least this much (Jaccard) report one happening. */
const MIN_JACCARD = 0.3;
/** The same for dates known only to the year. */
const MIN_JACCARD_YEAR = 0.5;

let stop: ReadonlySet<string> | undefined;

/** Crude stem: the word without a possessive and a common inflection (`captured`, `capture` → `captur`). */
function stem(word: string): string {
  const w = word.replace(/['’]s$/, "");
  if (w.length <= 4) return w;
  const m = /^(.{3,}?)(?:ing|ed|es|e|s)$/.exec(w);
  return m ? m[1] : w;
}

/** Key terms of an event's text: numbers and content words (lexicon `dates/stopwords` left out), lower-cased and stemmed. */
function terms(text: string): ReadonlySet<string> {
  stop ??= lexiconSet("dates/stopwords");
  const out = new Set<string>();
  for (const w of text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .match(/\p{L}[\p{L}\p{N}'’]*|\p{N}+(?:[.,]\p{N}+)*/gu) ?? []) {
    if (w.length < 2 || stop.has(w)) continue;
    out.add(stem(w));
  }
  return out;
}

/**
 * Groups events that report the same happening (same date, shared key terms): event id → group id.
 * Events are bucketed by date and compared only within a bucket. In input order, each event joins
 * the earliest group whose first event shares at least two key terms with it (content words,
 * lexicon `dates/stopwords` left out, stemmed) at a Jaccard index of at least 0.3 — 0.5 for dates
 * known only to the year, which many unrelated happenings share — and otherwise starts a group.
 * Comparing with a group's first event (found through an index of its terms) keeps groups from
 * drifting by chains of near matches. A group's id is the id of its first event.
 */
export function eventGroups(events: readonly EventRow[]): Map<string, string> {
  const groups = new Map<string, string>();
  const buckets = new Map<string, { terms: ReadonlySet<string>[]; ids: string[]; byTerm: Map<string, number[]> }>();
  for (const e of events) {
    const date = String(e.date);
    let bucket = buckets.get(date);
    if (!bucket) buckets.set(date, (bucket = { terms: [], ids: [], byTerm: new Map() }));
    const own = terms(e.text);
    const shared = new Map<number, number>();
    for (const t of own) for (const g of bucket.byTerm.get(t) ?? []) shared.set(g, (shared.get(g) ?? 0) + 1);
    const threshold = /^\d{4}$/.test(date) ? MIN_JACCARD_YEAR : MIN_JACCARD;
    let found: number | null = null;
    for (const [g, n] of shared) {
      const union = own.size + bucket.terms[g].size - n;
      if (n >= 2 && n / union >= threshold && (found === null || g < found)) found = g;
    }
    if (found !== null) {
      groups.set(e.event_id, bucket.ids[found]);
      continue;
    }
    const g = bucket.ids.length;
    bucket.ids.push(e.event_id);
    bucket.terms.push(own);
    for (const t of own) {
      const list = bucket.byTerm.get(t);
      if (list) list.push(g);
      else bucket.byTerm.set(t, [g]);
    }
    groups.set(e.event_id, e.event_id);
  }
  return groups;
}
