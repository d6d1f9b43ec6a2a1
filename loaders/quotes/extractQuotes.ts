import type { Doc } from "../text/prepare.ts";
import type { QuoteCandidate } from "../types.ts";

/** Quotes (direct, indirect, mixed) with their speakers, in text order. */
export function extractQuotes(doc: Doc): QuoteCandidate[] {
  void doc;
  return [];
}
