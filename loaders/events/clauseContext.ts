import { lexiconSet } from "../lexicon/lexicon.ts";
import type { Span } from "../types.ts";
import { clauseBoundaries, type Boundary } from "./clauseBoundaries.ts";
import { words, wordAt } from "./clauseWords.ts";
import { DETERMINERS, RELATIVE_PRONOUNS } from "./wordClasses.ts";

const speechVerbs = lexiconSet("dates/speech-verbs");

/** What every clause rule reads about one date in its sentence, built once per date by `clauseContext`. */
export interface ClauseContext {
  text: string;
  sentence: Span;
  date: Span;
  /** The sentence's other dates. */
  others: readonly Span[];
  /** The clause boundaries before the date (without an opener that is a preposition), in text order. */
  before: Boundary[];
  /** The clause boundaries after the date, in text order. */
  after: Boundary[];
  /** The boundary that opens the date's clause (the last of `before`), if any. */
  open: Boundary | undefined;
  /** `open` when it is a relative pronoun (`who`, `which` …). */
  relative: Boundary | undefined;
  /** Where the date's clause starts: after `open`, or at the sentence's start. */
  start: number;
  /** The first boundary after the date. */
  nextBoundary: Boundary | undefined;
  /** The boundary that closes the date's clause (past a speech verb's `that`), if any. */
  close: Boundary | undefined;
  /** Where the date's clause ends: at `close`, or at the sentence's end. */
  end: number;
  /** The words between the clause's start and the date. */
  leadWords: Span[];
  /** The word right before the date in its clause, lower-cased, or "". */
  lastWord: string;
}

/** A clause rule: the clause it gives the date, or null when it does not apply. */
export type ClauseRule = (c: ClauseContext) => Span | null;

/** The clause bounds around a date and the words that lead to it, for the clause rules. */
export function clauseContext(text: string, sentence: Span, date: Span, others: readonly Span[]): ClauseContext {
  const bounds = clauseBoundaries(text, sentence, date);
  const preceding = bounds.filter((b) => b.end <= date.start);
  const before = withoutPreposition(text, sentence, date, preceding);
  const after = bounds.filter((b) => b.start >= date.end);
  const open = before.at(-1);
  const start = open ? open.end : sentence.start;
  const lead = { start, end: date.start };
  const leadWords = words(text, lead);
  const lastWord = leadWords.length ? text.slice(leadWords.at(-1)!.start, leadWords.at(-1)!.end).toLowerCase() : "";
  const close = closeAfterSpeech(text, date, after, lastWord);
  const relative = open?.kind === "opener" && RELATIVE_PRONOUNS.has(wordAt(text, open)) ? open : undefined;
  const end = close ? close.start : sentence.end;
  return {
    text,
    sentence,
    date,
    others,
    before,
    after,
    open,
    relative,
    start,
    nextBoundary: after[0],
    close,
    end,
    leadWords,
    lastWord,
  };
}

// `Koeman quit as Ajax boss last week`: an opener with one or two words before the date is a preposition.
function withoutPreposition(text: string, sentence: Span, date: Span, before: Boundary[]): Boundary[] {
  const near = before.at(-1);
  const nearWords = near ? words(text, { start: near.end, end: date.start }) : [];
  const determined =
    nearWords.length && DETERMINERS.has(text.slice(nearWords[0].start, nearWords[0].end).toLowerCase());
  // (Not `, which was launched in November`: a relative pronoun after a comma opens a clause.)
  const commaRelative =
    near !== undefined &&
    /^(?:which|who|whose)$/.test(wordAt(text, near)) &&
    /,\s*$/.test(text.slice(sentence.start, near.start));
  if (near?.kind === "opener" && nearWords.length <= 2 && !determined && !commaRelative) return before.slice(0, -1);
  return before;
}

// `said Thursday that it will send …`: a date after a speech verb keeps the reported clause. (After the
// verb's object it does not: `Mr Straw told activists on Thursday that …` → `Mr Straw told activists`.)
function closeAfterSpeech(
  text: string,
  date: Span,
  after: readonly Boundary[],
  lastWord: string,
): Boundary | undefined {
  const close: Boundary | undefined = after[0];
  if (close?.kind === "opener" && speechVerbs.has(lastWord) && text.slice(date.end, close.start).trim() === "")
    return after[1];
  return close;
}
