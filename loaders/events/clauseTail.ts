import { lexiconSet } from "../lexicon/lexicon.ts";
import type { ClauseContext } from "./clauseContext.ts";
import { count, SECOND_DATE } from "./clauseWords.ts";

const afterDate = lexiconSet("dates/after-date-breaks");
const objectVerbs = lexiconSet("dates/year-object-verbs");
const adjuncts = lexiconSet("dates/after-date-adjuncts");
const complementVerbs = lexiconSet("dates/complement-verbs");

/**
 * Where a date's clause ends: at the clause's end, before `and` or `but` with a new subject, or at the
 * date when the date ends its clause or a conjunction or an adjunct follows it (lexicon
 * `dates/after-date-breaks`; `Canada ended its flights on Thursday after …` → `Canada ended its flights`).
 */
export function clauseTail({ text, date, end, lastWord }: ClauseContext): number {
  // `started work last year and the outcome …`, `launched Freeview in 2002 as an alternative to …`:
  // a conjunction or an adjunct right after the date is not the dated clause.
  // (A year that is the verb's object, `will start 2005 with a series of races`, is no adjunct: the clause goes on.)
  const object = /^\d{4}$/.test(text.slice(date.start, date.end)) && objectVerbs.has(lastWord);
  const next = /^\s+(\p{L}+)\s/u.exec(text.slice(date.end, end))?.[1]?.toLowerCase() ?? "";
  // (`founded in 1984 by Russell Simmons`: after a date with its own preposition, an adjunct too; not after
  // a bare weekday, `left Sunday for a week-long visit`)
  // (nor after a verb whose complement it is: `called on Thursday for urgent changes`)
  // (`to` only before a figure or a noun phrase, `rose 20% in 2004 to £4.6bn`: not an infinitive, `have until
  // 1 February to agree`)
  const endpoint =
    next === "to" && /^\s+to\s+(?:[\d£$€¥]|(?:a|an|the|its|his|her|their)\s)/i.test(text.slice(date.end, end));
  const adjunct =
    /^(?:\p{Ll}|\d)/u.test(text.slice(date.start, date.end)) &&
    (adjuncts.has(next) || endpoint) &&
    !complementVerbs.has(lastWord) &&
    // (nor inside a noun phrase: `a deadline of 22 February for the home to be moved`)
    !/\bof\s+$/i.test(text.slice(Math.max(0, date.start - 4), date.start)) &&
    !/^of\s/i.test(text.slice(date.start, date.end));
  // (`closed at $40.15 on Thursday - a drop of 5.1% - having dived …`: an aside set off by a dash right after it)
  const aside = /^\s+[-–—]\s/.test(text.slice(date.end, date.end + 4));
  // (`at the 1997 and 2001 elections`: "and" before a second year joins two dates, not two clauses)
  const twoDates = /^\d/.test(text.slice(date.start, date.end)) && SECOND_DATE.test(text.slice(date.end, end));
  const joined = !object && !twoDates && (afterDate.has(next) || adjunct || aside);
  // `went on sale in mid-November priced $150 and Nintendo says …`: "and" before a new subject ends the clause.
  // (`… and then on Monday we will …`: so does a date that opens the next clause before its pronoun subject)
  const coordinated =
    /\s(?:and|but)(?:\s+then)?\s+(?=\p{Lu}|(?:he|she|they|it|we|i)\s|(?:on|in|at)\s+\p{Lu}\p{Ll}+\s+(?:he|she|they|it|we|I)\s)/u.exec(
      text.slice(date.end, end),
    );
  return count(text, { start: date.end, end }) > 0 && !joined
    ? coordinated
      ? date.end + coordinated.index
      : end
    : date.start;
}
