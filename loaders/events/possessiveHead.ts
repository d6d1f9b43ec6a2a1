import { lexiconSet } from "../lexicon/lexicon.ts";
import type { Span } from "../types.ts";
import { words, wordAt } from "./clauseWords.ts";
import { subjectVerb } from "./wordClasses.ts";

const npStops = lexiconSet("dates/np-stops");
const complements = lexiconSet("dates/np-complements");

/**
 * The noun phrase a possessive date opens (`next year's expected general election` → `expected general
 * election`): the words after `'s`, up to punctuation or a word that cannot be part of it (lexicon
 * `dates/np-stops`), at most six; with the rest of the clause to `end` when a finite verb follows the
 * phrase (it is the subject: `Thursday's meeting was only a first step`).
 */
export function possessiveHead(text: string, date: Span, end: number): Span | null {
  // The stretch to `end` is cut at punctuation below; a verb right after the phrase takes the clause to `end`.
  const from = date.end + 2;
  const stop = /[,;:—–()"“”]/.exec(text.slice(from, end));
  const list = words(text, { start: from, end: stop ? from + stop.index : end });
  const head: Span[] = [];
  for (const w of list) {
    if (head.length === 6 || npStops.has(wordAt(text, w))) break;
    head.push(w);
  }
  if (!head.length) return null;
  // `Thursday's meeting was only a first step`: the phrase is the subject, the clause goes with it.
  const next = list[head.length];
  if (next && subjectVerb(wordAt(text, next))) return { start: head[0].start, end };
  // `Tuesday's first leg at home to Bayer Leverkusen`, `Saturday's game with Italy`: the phrase goes on
  // through the prepositional phrases that complete it (lexicon `dates/np-complements`), up to a word that
  // starts something else.
  let last = head.length;
  while (last < list.length && complements.has(wordAt(text, list[last]))) {
    let k = last + 1;
    while (k < list.length && k - last <= 5 && !npStops.has(wordAt(text, list[k]))) k++;
    if (k === last + 1) break;
    last = k;
  }
  return { start: head[0].start, end: list[last - 1].end };
}
