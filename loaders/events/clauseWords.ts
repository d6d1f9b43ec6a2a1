import type { Span } from "../types.ts";

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\.?/gu;

/** The words of a span of the text, without a sentence's full stop (`U.S.` keeps its dots). */
export function words(text: string, span: Span): Span[] {
  const out: Span[] = [];
  WORD.lastIndex = 0;
  const body = text.slice(span.start, span.end);
  for (let m = WORD.exec(body); m; m = WORD.exec(body)) {
    const end = m[0].endsWith(".") && !/\.\p{L}/u.test(m[0]) ? m[0].length - 1 : m[0].length;
    out.push({ start: span.start + m.index, end: span.start + m.index + end });
  }
  return out;
}

/** How many words a span holds (none when it is empty or reversed). */
export const count = (text: string, span: Span) => (span.end > span.start ? words(text, span).length : 0);

/** `and`, `but`, `and then` ending a stretch: a conjunction before what may be the next clause. */
export const COORDINATOR_END = /\s(?:and|but)(?:\s+then)?\s+$/i;

/** After a year, a second one joined to it (`the 1997 and 2001 elections`): two dates, not two clauses. */
export const SECOND_DATE = /^\s+(?:and|or)\s+\d/;

/** A word of the text, lower-cased. */
export const wordAt = (text: string, w: Span) => text.slice(w.start, w.end).toLowerCase();
