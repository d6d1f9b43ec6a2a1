import type { Span } from "../types.ts";
import type { ClauseContext } from "./clauseContext.ts";
import { count } from "./clauseWords.ts";
import { trimSpan } from "./trimSpan.ts";
import { subjectVerb } from "./wordClasses.ts";

/**
 * A date ending a relative clause right before the main verb dates the relative clause, with a short
 * head noun (`Parents who met Mr Blair on Tuesday were invited …` → `Parents who met Mr Blair`).
 */
export function relativeClause({ text, sentence, date, before, relative, end, leadWords }: ClauseContext): Span | null {
  // `Parents who met Mr Blair on Tuesday were invited …`: a date ending a relative clause before the main
  // verb dates the relative clause, with its head noun when that is short.
  const verbAfter = /^\s+(\p{L}+)/u.exec(text.slice(date.end, end))?.[1]?.toLowerCase();
  if (relative && verbAfter && subjectVerb(verbAfter) && leadWords.length >= 2) {
    const headStart = before.length > 1 ? before.at(-2)!.end : sentence.start;
    const head = count(text, { start: headStart, end: relative.start });
    return trimSpan(text, { start: head > 0 && head <= 6 ? headStart : relative.start, end: date.start });
  }
  return null;
}
