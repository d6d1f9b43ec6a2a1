import type { QuoteContext } from "./quoteContext.ts";
import type { QuoteSpan } from "./quoteSpans.ts";
import { words } from "./words.ts";

const SENTENCE_OPENER = /^(?:I|We|It|This|That|There|The|You|He|She|They)\s/;

/**
 * Whether a quotation of whole sentences opens right after narration with no full stop before it ('… has
 * expressed doubts about his future "I think Sean's situation is …," he said'): a lower-case word before the
 * mark, a sentence opener after it, six words or more.
 */
export function missingFullStop(ctx: QuoteContext, q: QuoteSpan, from: number): boolean {
  const { text } = ctx;
  return (
    q.open > from &&
    q.close >= 0 &&
    /\p{Ll}\s+$/u.test(text.slice(from, q.open)) &&
    SENTENCE_OPENER.test(text.slice(q.start, q.start + 6)) &&
    words(text, q.start, q.end).length >= 6
  );
}
