import type { QuoteCandidate } from "../types.ts";
import type { QuoteContext } from "./quoteContext.ts";

/**
 * Refiner: where two parsers found the same span (a heading's quotation is found by `headingQuotes`
 * and `directQuotes`), keeps the first proposal, the one from the earlier parser in the configuration;
 * a direct quote that lies inside a mixed quote (`said taxes could stay low, "even for …"`) is part of
 * it and is dropped.
 */
export function dropDuplicates(_ctx: QuoteContext, quotes: QuoteCandidate[]): QuoteCandidate[] {
  const kept: QuoteCandidate[] = [];
  const seen = new Map<string, QuoteCandidate>();
  const mixed = quotes.filter((q) => q.kind === "mixed");
  for (const q of quotes) {
    const key = `${q.start}:${q.end}`;
    if (seen.has(key)) continue;
    if (q.kind === "direct" && mixed.some((m) => m.start <= q.start && q.end <= m.end)) continue;
    seen.set(key, q);
    kept.push(q);
  }
  return kept;
}
