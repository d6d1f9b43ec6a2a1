import type { Span } from "../types.ts";
import type { ClauseContext } from "./clauseContext.ts";
import { count } from "./clauseWords.ts";
import { trimSpan } from "./trimSpan.ts";

/**
 * A period's edge (`until`, `since`) followed by a relative `when` dates the `when` clause, which says what
 * happened then (`He remained an MP until 1995, when he resigned to become a European commissioner` →
 * `he resigned to become a European commissioner`; `up 22,000 since 2001, when the Act was passed`); not a
 * date that opens its sentence.
 */
export function whenClause({ text, sentence, date, leadWords }: ClauseContext): Span | null {
  const when = /^,?\s+when\s+/.exec(text.slice(date.end, sentence.end));
  // (only after a period's edge, `until`, `since`: `filed for bankruptcy in 2002, when a scandal was unearthed`
  // is dated by its own clause)
  if (!when || leadWords.length < 2 || !/^(?:until|till|since)\s/i.test(text.slice(date.start, date.end))) return null;
  const from = date.end + when[0].length;
  const rest = text.slice(from, sentence.end);
  const stop = /[,;:]\s|\s[-–—]\s/.exec(rest);
  const span = trimSpan(text, { start: from, end: from + (stop ? stop.index : rest.length) });
  return count(text, span) >= 3 ? span : null;
}
