import type { QuoteContext } from "./quoteContext.ts";

/**
 * Where a predicative cue's report ends: after the first quotation that follows it in the sentence
 * ('dismissed the plan as "desperate"') and any "of" phrase that completes it, or null when none follows before a
 * clause boundary.
 */
export function predicativeEnd(ctx: QuoteContext, cueEnd: number, sentenceEnd: number): number | null {
  const quoted = ctx.spans.find((x) => x.open > cueEnd && x.open < sentenceEnd);
  if (!quoted || /;|\b(?:which|who|that)\b/.test(ctx.text.slice(cueEnd, quoted.open))) return null;
  const end = quoted.close >= 0 ? quoted.close + 1 : quoted.end;
  // ('called him a "giant" of the Labour movement': the noun phrase goes on through its "of" phrase.)
  // (up to punctuation or a preposition or conjunction that starts something else: "… of housemates after quitting")
  const of =
    /^\s+of(?:\s+(?!(?:after|before|when|while|because|since|as|on|in|at|to|for|with|by|and|but)\b)[^\s,.;:!?"“”()—–]+){1,8}/u.exec(
      ctx.text.slice(end, sentenceEnd),
    );
  return of ? end + of[0].trimEnd().length : end;
}
