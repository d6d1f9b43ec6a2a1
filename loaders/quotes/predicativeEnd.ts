import type { QuoteContext } from "./quoteContext.ts";

/**
 * Where a predicative cue's report ends: after the first quotation that follows it in the sentence
 * ('dismissed the plan as "desperate"'), or null when none follows before a clause boundary.
 */
export function predicativeEnd(ctx: QuoteContext, cueEnd: number, sentenceEnd: number): number | null {
  const quoted = ctx.spans.find((x) => x.open > cueEnd && x.open < sentenceEnd);
  if (!quoted || /;|\b(?:which|who|that)\b/.test(ctx.text.slice(cueEnd, quoted.open))) return null;
  return quoted.close >= 0 ? quoted.close + 1 : quoted.end;
}
