import type { QuoteLexicon } from "./quoteLexicon.ts";

/**
 * Whether a lower-case word is a noun for an organisation: the head word of organisations' names (lexicon
 * `quotes/org-heads`, "committee", "government") or a noun that refers back to one (`quotes/org-anaphors`, "firm",
 * "bourse").
 */
export const isOrganisationNoun = (word: string, lex: QuoteLexicon): boolean =>
  lex.orgHeads.has(word) || lex.orgAnaphors.has(word);
