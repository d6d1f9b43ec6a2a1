import type { QuoteLexicon } from "./quoteLexicon.ts";

/**
 * Whether a lower-case word names a document that speaks for its author ("report", "reports", "book";
 * lexicon `quotes/document-heads`), singular or plural.
 */
export function isDocumentHead(word: string, lex: QuoteLexicon): boolean {
  return lex.documentHeads.has(word) || lex.documentHeads.has(word.replace(/s$/, ""));
}
