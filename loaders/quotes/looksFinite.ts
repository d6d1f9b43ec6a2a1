import type { QuoteLexicon } from "./quoteLexicon.ts";
import type { Word } from "./words.ts";

/** Whether a word reads as a finite verb: an auxiliary or finite form (lexicon `quotes/finite`) or a past in -ed. */
export function looksFinite(w: Word, lex: QuoteLexicon): boolean {
  return lex.finite.has(w.lower) || /^\p{Ll}{3,}ed$/u.test(w.text);
}
