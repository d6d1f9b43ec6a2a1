import { lexiconSet } from "../lexicon/lexicon.ts";
import type { ClauseContext } from "./clauseContext.ts";
import { words, wordAt } from "./clauseWords.ts";

const pastVerbs = lexiconSet("dates/past-verbs");
const FINITE = /^(?:is|are|has|have|he's|she's|it's|they've|we've|they're|we're)$/;
// ("been" is a participle after "has": "he's been responding")
const past = (w: string) => w !== "been" && (pastVerbs.has(w) || (w.length > 4 && w.endsWith("ed")));

/**
 * `He's been responding well to treatment and started running on Friday`: where a date ends a past-tense
 * verb phrase coordinated after one in another tense, the clause is that verb phrase, from its verb after
 * `and`; null when the first conjunct has no finite verb of its own (`bread and butter`) or is in the past
 * too, so that the date is shared (`resigned and left the company on Friday`).
 */
export function coordinatedVerb({ text, date }: ClauseContext, start: number): number | null {
  const ws = words(text, { start, end: date.start });
  for (let k = ws.length - 2; k >= 1; k--) {
    if (wordAt(text, ws[k]) !== "and" || !past(wordAt(text, ws[k + 1]))) continue;
    const first = ws.slice(0, k).map((w) => wordAt(text, w));
    // (a comma before "and" is a boundary of its own, handled with the clause openers)
    if (/,\s*$/.test(text.slice(ws[k - 1].end, ws[k].start))) return null;
    // (two past verbs share the date: "we've played two and won two in November", "resigned and left on Friday")
    return first.some((w) => FINITE.test(w)) && !first.some(past) ? ws[k + 1].start : null;
  }
  return null;
}
