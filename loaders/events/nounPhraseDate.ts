import { lexiconSet } from "../lexicon/lexicon.ts";
import type { Span } from "../types.ts";
import type { ClauseContext } from "./clauseContext.ts";
import { count, SECOND_DATE } from "./clauseWords.ts";
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
  return adjectiveAndNoun(c) ?? yearOfName(c) ?? afterDeterminer(c);
}

// `to assess London's bid for the 2012 Games`, `ahead of the 2006 World Cup`: a year naming an event the clause
// looks ahead to dates that event, not the clause around it (but `won … at the 2004 Brit Awards` happened there).
function yearOfName({ text, date, end, leadWords }: ClauseContext): Span | null {
  const [ahead, preposition, det] = leadWords.slice(-3).map((w) => text.slice(w.start, w.end));
  // (the name and a common noun heading it, not a verb in -s: "the 1989 Hillsborough disaster")
  const name =
    /^\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*(?:\s+(?!(?:and|or|in|at|on|of|for|to|was|were|is|are|has|have|had|will|would)\b)\p{Ll}+(?<!s)\b)?/u.exec(
      text.slice(date.end, end),
    );
  if (
    leadWords.length >= 3 &&
    (/^(?:for|towards?|before)$/.test(preposition) || (preposition === "of" && ahead === "ahead")) &&
    det === "the" &&
    /^\d{4}$/.test(text.slice(date.start, date.end)) &&
    name
  )
    return { start: leadWords.at(-1)!.start, end: date.end + name[0].length };
  return null;
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

// `his Aug. 31 deadline for completing the pullout`: a date inside a noun phrase dates what follows it, as does
// a date phrase after the complementiser `that` (`said that in January house prices went up`), but not a
// demonstrative's prepositional phrase (`much clearer than those in 1997 or 2001`).
function afterDeterminer({ text, date, end, lastWord }: ClauseContext): Span | null {
  const phrase = /^(?:in|on|at|by|from|since|until|during|before|after|for)\s/i.test(text.slice(date.start, date.end));
  // (not a first year of two: `the 1997 and 2001 elections` dates the clause around them)
  if (SECOND_DATE.test(text.slice(date.end, end))) return null;
  if (
    DETERMINERS.has(lastWord) &&
    (lastWord === "that" || !phrase) &&
    /^\s+\p{Ll}/u.test(text.slice(date.end, end)) &&
    count(text, { start: date.end, end }) >= 2
  )
    return trimSpan(text, { start: date.end, end });
  return null;
}
