import type { Span } from "../types.ts";
import type { ClauseContext } from "./clauseContext.ts";
import { COORDINATOR_END, count } from "./clauseWords.ts";
import { trimSpan } from "./trimSpan.ts";

/**
 * A date right after `and` opens the next clause, after another date ending at `previous` (not the
 * start of a range) or before a pronoun subject (`joined the club in 1987 and in May he was named captain`):
 * the clause is what follows the date, when it has at least two (three) words.
 */
export function nextClause({ text, sentence, date, others, end }: ClauseContext, previous: number): Span | null {
  // `joined the club in 1987 and in May he was named captain`, `… captain of England and today I have realised a
  // dream`, `and then on Monday we will …`: a date right after `and` (`and then`) opens the next clause, after another date or before a pronoun subject.
  const range = others.some((o) => o.end === previous && /^(?:between|from)\b/i.test(text.slice(o.start, o.end)));
  const afterAnother =
    previous >= 0 && !range && /^\s*(?:and|but|then|and\s+then)\s*$/i.test(text.slice(previous, date.start));
  const beforeSubject =
    COORDINATOR_END.test(text.slice(Math.max(sentence.start, date.start - 11), date.start)) &&
    /^\s*,?\s*(?:I|we|he|she|they|it)\s/u.test(text.slice(date.end, end));
  if (afterAnother || beforeSubject) {
    const next = trimSpan(text, { start: date.end, end });
    if (count(text, next) >= (afterAnother ? 2 : 3)) return next;
  }
  return null;
}
