import type { QuoteLexicon } from "./quoteLexicon.ts";

/** Whether a word is an honorific ("Mr", "Dr.", "Sir"; lexicon `quotes/honorifics`), with or without its full stop. */
export function isHonorific(word: string, lex: QuoteLexicon): boolean {
  return lex.honorifics.has(word.toLowerCase().replace(/\.$/, ""));
}
