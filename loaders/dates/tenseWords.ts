import { escapeRegExp } from "../lexicon/escapeRegExp.ts";
import { lexicon, lexiconSet } from "../lexicon/lexicon.ts";

const pastVerbs = lexiconSet("dates/past-verbs");
const notPast = lexiconSet("dates/not-past");

/** Whether a lower-case word is a past form: an irregular past (lexicon `dates/past-verbs`) or a verb in -ed. */
export function isPastForm(word: string): boolean {
  return pastVerbs.has(word) || (word.length > 4 && word.endsWith("ed") && !notPast.has(word));
}

let futureCues: string | undefined;

/**
 * The future cues (lexicon `dates/future-cues`) as a whole-word pattern, for a RegExp with the `u` flag; not a
 * possessive (`Next's store sales` names the retailer).
 */
export function futureCuePattern(): string {
  futureCues ??= `(?<![\\p{L}'’])(?:${lexicon("dates/future-cues")
    .map((c) => escapeRegExp(c).replace(/'/g, "['’]").replace(/ /g, "\\s+"))
    .join("|")})(?![\\p{L}]|['’]s(?![\\p{L}]))`;
  return futureCues;
}
