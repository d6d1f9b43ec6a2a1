import type { QuoteLexicon } from "./quoteLexicon.ts";

/**
 * Whether a word is a nationality's ("Scot", "Dutchman", "British", "Moroccan"): lexicon `quotes/demonyms`, or
 * a word in -man, -woman, -ian, -ean, -ese, -ish, -i, -an or -er.
 */
export const isDemonym = (word: string, lex: QuoteLexicon): boolean =>
  lex.demonyms.has(word.toLowerCase()) || /\p{Ll}(?:man|woman|ian|ean|ese|ish|i|an|er)$/u.test(word);
