import { lexiconSet } from "../lexicon/lexicon.ts";
import type { Span } from "../types.ts";
import type { ClauseContext } from "./clauseContext.ts";
import { words, wordAt } from "./clauseWords.ts";
import { trimSpan } from "./trimSpan.ts";
import { DETERMINERS, subjectVerb } from "./wordClasses.ts";

const npStops = lexiconSet("dates/np-stops");
const periodNouns = lexiconSet("dates/period-nouns");
const deadlines = lexiconSet("dates/deadline-words");

/** A date after `of` dates the noun phrase it modifies (`the Indian mutiny of 1857`), see `ofHead`. */
export function ofPhrase({ text, sentence, date, start, nextBoundary }: ClauseContext): Span | null {
  const phrase = ofHead(text, date, start, nextBoundary ? nextBoundary.start : sentence.end);
  return phrase ? trimSpan(text, phrase) : null;
}

/**
 * The noun phrase a year or month-and-year after `of` modifies (`the Indian mutiny of 1857`): the words
 * before `of`, back to a determiner (kept) or a word that cannot be part of it, at most six; null when the
 * phrase reaches the clause's start (it is the clause's subject) or names a period or a deadline (`the
 * final three months of 2004`, `a deadline of 22 February`; lexicons `dates/period-nouns`,
 * `dates/deadline-words`). A finite verb after the date makes the phrase a subject: the clause to
 * `clauseEnd` goes with it.
 */
function ofHead(text: string, date: Span, clauseStart: number, clauseEnd: number): Span | null {
  const written = text.slice(date.start, date.end);
  // `one of last year's main concerns`: a possessive date belongs to the phrase after it.
  if (/^['’]s\b/u.test(text.slice(date.end, date.end + 3))) return null;
  const of = /^of\s/i.test(written)
    ? date.start
    : /\bof\s+$/i.exec(text.slice(Math.max(0, date.start - 5), date.start));
  if (of === null) return null;
  const before = typeof of === "number" ? of : date.start - of[0].length;
  const stop = /[,;:—–()"“”][^,;:—–()"“”]*$/.exec(text.slice(clauseStart, before));
  const list = words(text, { start: stop ? clauseStart + stop.index + 1 : clauseStart, end: before });
  const noun = list.length ? wordAt(text, list.at(-1)!) : "";
  if (!noun || periodNouns.has(noun) || deadlines.has(noun)) return null;
  let k = list.length - 1;
  for (; k >= 0 && list.length - k <= 6; k--) {
    const word = wordAt(text, list[k]);
    if (DETERMINERS.has(word)) break;
    if (npStops.has(word)) {
      k++;
      break;
    }
  }
  if (k < 0 || list.length - k > 6 || k >= list.length) return null;
  if (k === 0 && !stop) return null;
  // `one of the biggest changes of 2004 was …`: the phrase is the subject, the clause goes with it.
  const next = /^\s+(\p{L}+)/u.exec(text.slice(date.end, date.end + 30))?.[1]?.toLowerCase();
  if (next && subjectVerb(next)) return { start: list[k].start, end: clauseEnd };
  return { start: list[k].start, end: list.at(-1)!.end };
}
