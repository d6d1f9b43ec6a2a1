import { lexicon, lexiconSet } from "../lexicon/lexicon.ts";
import type { Span } from "../types.ts";

/** Which way a clause points in time, as far as its words show. */
export type Tense = "future" | "past" | null;

let cues: RegExp | undefined;
let pastVerbs: Set<string> | undefined;
let notPast: Set<string> | undefined;

/**
 * The tense of the clause around a date, read from the clause's words before the date (or after it
 * when the date opens the clause); the cue nearest the date wins:
 * - `future`: a future cue (`will`, `is set to`, `plans to`, `scheduled for`; lexicon `dates/future-cues`),
 *   or a deadline noun right after the date (`Aug. 31 deadline`);
 * - `past`: a verb in -ed or an irregular past (`said`, `met`, `left`; lexicon `dates/past-verbs`);
 * - null when neither shows. Quoted words before a closing quotation mark are someone else's tense.
 */
export function clauseTense(text: string, clause: Span, date: Span): Tense {
  cues ??= new RegExp(
    `(?<![\\p{L}'’])(?:${lexicon("dates/future-cues")
      .map((c) =>
        c
          .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
          .replace(/'/g, "['’]")
          .replace(/ /g, "\\s+"),
      )
      .join("|")})(?![\\p{L}])`,
    "giu",
  );
  const next = /^\s*([\p{L}-]+)/u.exec(text.slice(date.end, date.end + 30))?.[1]?.toLowerCase();
  if (next && lexiconSet("dates/deadline-words").has(next)) return "future";
  const before = text.slice(Math.min(clause.start, date.start), date.start);
  const hasWords = /[\p{L}\p{N}]/u.test(before);
  let region = hasWords ? before : text.slice(date.end, Math.max(clause.end, date.end));
  region = region.slice(Math.max(region.lastIndexOf("”"), region.lastIndexOf('"')) + 1);
  const future: number[] = [];
  cues.lastIndex = 0;
  for (let m = cues.exec(region); m; m = cues.exec(region)) future.push(m.index + m[0].length);
  const past: number[] = [];
  pastVerbs ??= lexiconSet("dates/past-verbs");
  notPast ??= lexiconSet("dates/not-past");
  for (const m of region.toLowerCase().matchAll(/\p{L}+/gu))
    if (pastVerbs.has(m[0]) || (m[0].length > 4 && m[0].endsWith("ed") && !notPast.has(m[0])))
      past.push(m.index + m[0].length);
  if (!future.length && !past.length) return null;
  if (!past.length) return "future";
  if (!future.length) return "past";
  // Before the date the nearest cue is the last one; after it (a date opening its clause), the first.
  if (hasWords) return future.at(-1)! > past.at(-1)! ? "future" : "past";
  return future[0] < past[0] ? "future" : "past";
}
