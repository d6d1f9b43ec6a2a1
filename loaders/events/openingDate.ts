import { lexiconSet } from "../lexicon/lexicon.ts";
import type { Span } from "../types.ts";
import type { ClauseContext } from "./clauseContext.ts";
import { COORDINATOR_END, count, words, wordAt } from "./clauseWords.ts";
import { trimSpan } from "./trimSpan.ts";

const phrasePrepositions = lexiconSet("dates/phrase-prepositions");

/**
 * A date that opens its clause is cut off (`on Thursday the Taliban captured …`), and a phrase between
 * it and a comma is skipped (`In January along with …, he marched`).
 */
export function openingDate(c: ClauseContext): Span | null {
  return phraseAfterDate(c) ?? clauseAfterDate(c) ?? setOffDate(c) ?? complementDate(c);
}

// `Nick Donofrio believes that by 2006, Blue Gene will be capable of …`: a date opening a reported clause after
// "that", set off by a comma, dates the clause after the comma.
function complementDate(c: ClauseContext): Span | null {
  const { text, sentence, date, close, after } = c;
  if (close?.kind !== "comma" || !/^\s*,/.test(text.slice(date.end, close.end))) return null;
  if (!/(?<![\p{L}])that\s+$/iu.test(text.slice(Math.max(sentence.start, date.start - 8), date.start))) return null;
  const next = after.find((b) => b.start > close.end);
  const rest = trimSpan(text, { start: close.end, end: next ? next.start : sentence.end });
  return count(text, rest) >= 3 ? rest : null;
}

// `In contrast, between 1996 and 1998, some employers cut …`: a date set off by commas on its own dates the
// clause after it.
function setOffDate(c: ClauseContext): Span | null {
  const { text, sentence, date, open, close, after, end, leadWords } = c;
  if (
    leadWords.length ||
    open?.kind !== "comma" ||
    close?.kind !== "comma" ||
    count(text, { start: date.end, end }) > 0
  )
    return null;
  // (after a short opening phrase, "In contrast", "However", not a subject: "The firm, in 2003, cut …")
  const opening = words(text, { start: sentence.start, end: open.start });
  const first = opening.length ? wordAt(text, opening[0]) : "";
  if (
    opening.length > 3 ||
    !(phrasePrepositions.has(first) || /ly$|^(?:however|meanwhile|overall|instead)$/.test(first))
  )
    return null;
  const next = after.find((b) => b.start > close.end);
  const rest = trimSpan(text, { start: close.end, end: next ? next.start : sentence.end });
  return count(text, rest) >= 3 ? rest : null;
}

const firstAfter = ({ text, date, end }: ClauseContext) => words(text, { start: date.end, end }).at(0);

// `In January along with 1,000 anti-war activists, he marched …`: a phrase after an opening date is not the clause.
function phraseAfterDate(c: ClauseContext): Span | null {
  const { text, sentence, after, close, leadWords } = c;
  const first = firstAfter(c);
  if (leadWords.length === 0 && close?.kind === "comma" && first && phrasePrepositions.has(wordAt(text, first))) {
    const next = after.find((b) => b.start > close.end);
    const rest = trimSpan(text, { start: close.end, end: next ? next.start : sentence.end });
    if (count(text, rest) >= 2) return rest;
  }
  return null;
}

// `on Thursday the Taliban captured …`: a date that opens its clause is cut off; the clause is what follows it.
function clauseAfterDate(c: ClauseContext): Span | null {
  const { text, sentence, date, open, close, end, leadWords } = c;
  // `The MP launched Respect, the Unity Coalition, in January along with …`: a date opening a comma
  // stretch that goes on with a phrase, not a clause, dates the stretches before it (taken below).
  const first = firstAfter(c);
  const phraseAfter = first !== undefined && phrasePrepositions.has(wordAt(text, first));
  // (a conjunction before the date opens nothing: `And last November Samuel Amoah … was jailed`)
  // (a year as the subject keeps its place: `But 2004 was a record year`)
  const bareLead =
    leadWords.length === 0 ||
    (!/^\d{4}$/.test(text.slice(date.start, date.end)) &&
      leadWords.every((w) => /^(?:and|but|so|yet|then)$/i.test(wordAt(text, w))));
  if (bareLead && count(text, { start: date.end, end }) > 0 && !(phraseAfter && open)) {
    // `last November Samuel Amoah, a Belgian national who …, was jailed`: a name and its appositive are
    // the subject; the clause runs on to the verb after them.
    const named = /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*$/u.test(text.slice(date.end, end));
    const appositive =
      named && close?.kind === "comma" && /^\s*(?:a|an|the)\s/i.test(text.slice(close.end, close.end + 5));
    // `In January 25 people who took part in … were jailed`: a short subject's relative clause too
    const relativeSubject =
      close?.kind === "opener" &&
      /^(?:who|which|that)$/.test(wordAt(text, close)) &&
      count(text, { start: date.end, end }) <= 4;
    // (`Over the weekend we will talk and then on Monday we will …`: up to a next date opening its own clause)
    const to = appositive || relativeSubject ? sentence.end : end;
    const next = c.others
      .filter((o) => o.start > date.end && o.start < to)
      .map((o) => COORDINATOR_END.exec(text.slice(date.end, o.start)))
      .find((m) => m !== null);
    const stop = next ? date.end + next.index : to;
    return trimSpan(text, { start: date.end, end: stop });
  }
  return null;
}
