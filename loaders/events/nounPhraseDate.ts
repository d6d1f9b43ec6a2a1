import { lexiconSet } from "../lexicon/lexicon.ts";
import type { Span } from "../types.ts";
import type { ClauseContext } from "./clauseContext.ts";
import { count } from "./clauseWords.ts";
import { possessiveHead } from "./possessiveHead.ts";
import { trimSpan } from "./trimSpan.ts";
import { DETERMINERS } from "./wordClasses.ts";

const prefixes = lexiconSet("dates/date-prefixes");

/**
 * A date inside a noun phrase dates that phrase: between a determiner's adjective and its noun in a
 * prepositional phrase (`ahead of an expected May election`), or after a determiner, what follows it
 * (`his Aug. 31 deadline for completing the pullout`).
 */
export function nounPhraseDate(c: ClauseContext): Span | null {
  return adjectiveAndNoun(c) ?? afterDeterminer(c);
}

// `ahead of an expected May election`: a date between a determiner's adjective and its noun, in a
// prepositional phrase, dates that noun phrase, determiner to head (not `lost the bitter October election`).
function adjectiveAndNoun({ text, date, end, leadWords }: ClauseContext): Span | null {
  const [preposition, det, adjective] = leadWords.slice(-3).map((w) => text.slice(w.start, w.end));
  if (
    leadWords.length >= 3 &&
    /^(?:of|at|in|on|for|before|after|until|since|during|ahead|towards?)$/.test(preposition) &&
    DETERMINERS.has(det.toLowerCase()) &&
    /^\p{Ll}+$/u.test(adjective) &&
    !prefixes.has(adjective) &&
    /^\s+\p{Ll}/u.test(text.slice(date.end, end))
  ) {
    const head = possessiveHead(text, { start: date.start, end: date.end - 2 }, end);
    if (head && head.end <= end) return trimSpan(text, { start: leadWords.at(-2)!.start, end: head.end });
  }
  return null;
}

// `his Aug. 31 deadline for completing the pullout`: a date inside a noun phrase dates what follows it.
function afterDeterminer({ text, date, end, lastWord }: ClauseContext): Span | null {
  if (
    DETERMINERS.has(lastWord) &&
    /^\s+\p{Ll}/u.test(text.slice(date.end, end)) &&
    count(text, { start: date.end, end }) >= 2
  )
    return trimSpan(text, { start: date.end, end });
  return null;
}
