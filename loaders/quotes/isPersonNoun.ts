import type { QuoteLexicon } from "./quoteLexicon.ts";

/**
 * Whether a lower-case word is a noun for a person: a title (lexicon `quotes/titles`, "minister", "striker") or a
 * noun that describes someone the article names (`quotes/person-anaphors`, "veteran", "teacher").
 */
export const isPersonNoun = (word: string, lex: QuoteLexicon): boolean =>
  lex.titles.has(word) || lex.personAnaphors.has(word);
