import type { QuoteCandidate } from "../types.ts";
import type { QuoteContext } from "./quoteContext.ts";

/**
 * Refiner: where two parsers found the same span (a heading's quotation is found by `headingQuotes`
 * and `directQuotes`), keeps the first proposal, the one from the earlier parser in the configuration.
 */
export function dropDuplicates(_ctx: QuoteContext, quotes: QuoteCandidate[]): QuoteCandidate[] {
  const kept: QuoteCandidate[] = [];
  const seen = new Map<string, QuoteCandidate>();
  for (const q of quotes) {
    const key = `${q.start}:${q.end}`;
    if (seen.has(key)) continue;
    seen.set(key, q);
    kept.push(q);
  }
  return kept;
}
