import type { Span } from "../types.ts";
import { coordinatedVerb } from "./coordinatedVerb.ts";
import { clauseContext, type ClauseRule } from "./clauseContext.ts";
import { clauseStart } from "./clauseStart.ts";
import { clauseTail } from "./clauseTail.ts";
import { count } from "./clauseWords.ts";
import { nextClause } from "./nextClause.ts";
import { nounPhraseDate } from "./nounPhraseDate.ts";
import { ofPhrase } from "./ofPhrase.ts";
import { openingDate } from "./openingDate.ts";
import { openingPhrase } from "./openingPhrase.ts";
import { parentheticalDate } from "./parentheticalDate.ts";
import { participlePhrase } from "./participlePhrase.ts";
import { possessiveDate } from "./possessiveDate.ts";
import { previousDate } from "./previousDate.ts";
import { relativeClause } from "./relativeClause.ts";
import { trimSpan } from "./trimSpan.ts";
import { whenClause } from "./whenClause.ts";

// The rules that give a date's clause outright, in the order they are tried: the first that applies wins.
const rules: readonly ClauseRule[] = [
  ofPhrase, // `the Indian mutiny of 1857`
  participlePhrase, // `according to new figures released on Tuesday`, `Figures released earlier this year showed`
  openingPhrase, // `At the Bafta film awards on Saturday night, …`, `In a statement on Friday, …`
  nounPhraseDate, // `ahead of an expected May election`, `his Aug. 31 deadline for completing the pullout`
  possessiveDate, // `in next year's expected general election`
  parentheticalDate, // `The government, last week, had to publish …`
  openingDate, // `In January along with …, he marched`, `on Thursday the Taliban captured …`
  relativeClause, // `Parents who met Mr Blair on Tuesday were invited …`
  whenClause, // `He remained an MP until 1995, when he resigned …`
];

/**
 * The clause a date expression governs inside its sentence, as a span of the text. The clause runs
 * between the nearest clause boundaries around the date (punctuation, or a clause opener such as
 * `before`, `that`, `, and`; lexicon `dates/clause-openers`; not an opener with at most two words
 * before the date and no determiner, which is a preposition: `quit as Ajax boss last week`, `a cult
 * following throughout 2004`), with these news rules:
 * - a date that ends its clause is cut off (`Canada ended its flights on Thursday after …` → `Canada ended its flights`);
 * - a date that opens its clause is cut off (`on Thursday the Taliban captured …`), and an opening
 *   phrase of up to eight words ending in a comma (`Earlier Thursday,` / `In a statement on Friday,` /
 *   `Speaking in London on Monday,`) dates the rest of the
 *   sentence, up to a new clause after a comma and conjunction (`, and …`);
 * - a date after a speech verb keeps the reported clause (`said Thursday that it will send …`);
 * - a date inside a noun phrase dates the rest of it (`his Aug. 31 deadline for completing the pullout`);
 * - a stretch shorter than six words after a comma (`southern Afghanistan, on April 20, 2006`;
 *   `…, said in an interview Monday`) is joined to the stretch before it, unless that one holds
 *   another of the sentence's dates (`others`); a clause that holds another date before this one starts
 *   after it when at least two words are left (`opened on Friday and will close on Saturday`), or is what
 *   follows a date right after `and` (`joined in 1987 and in May he was named captain`);
 * - a date that modifies a noun phrase dates that phrase: after `of` (`the Indian mutiny of 1857`), as a
 *   possessive inside a clause (`in next year's expected general election` → `next year's expected general election`),
 *   with the clause's verb when the phrase is its subject (`the biggest changes of 2004 was …`);
 * - a short clause of the same time joins its main clause (`will step down when his contract expires`),
 *   a date after a speech verb's object ends the clause (`Mr Straw told activists on Thursday that …` →
 *   `Mr Straw told activists`),
 *   a stretch after a comma opened by a subject pronoun is not joined to the one before, and a phrase
 *   between an opening date and a comma is skipped (`In January along with …, he marched`);
 * - a date ending a relative clause right before the main verb dates the relative clause, with a short
 *   head noun (`Parents who met Mr Blair on Tuesday were invited …` → `Parents who met Mr Blair`);
 * - a period's edge before `, when` dates the `when` clause (`remained an MP until 1995, when he resigned …`).
 */
export function eventClause(text: string, sentence: Span, date: Span, others: readonly Span[] = []): Span {
  const c = clauseContext(text, sentence, date, others);
  for (const rule of rules) {
    const span = rule(c);
    if (span) return span;
  }
  // Otherwise the clause runs from its start, joined to what it needs before it, to its tail.
  const start = clauseStart(c);
  const previous = previousDate(c, start);
  // `joined the club in 1987 and in May he was named captain`: a date after `and` opens the next clause.
  const next = nextClause(c, previous);
  if (next) return next;
  const tail = clauseTail(c);
  // `opened on Friday and will close on Saturday`: the clause starts after another date before this one.
  const rest = previous >= 0 ? trimSpan(text, { start: previous, end: tail }) : null;
  if (rest && count(text, { start: rest.start, end: Math.min(rest.end, date.start) }) >= 2) return rest;
  // `… responding well to treatment and started running on Friday`: the second verb phrase.
  const verb = coordinatedVerb(c, start);
  const span = trimSpan(text, { start: verb ?? start, end: tail });
  return count(text, span) >= 2 ? span : trimSpan(text, sentence);
}
