import { isDemonym } from "./isDemonym.ts";
import type { QuoteLexicon } from "./quoteLexicon.ts";

/**
 * Whether a name's words are a nationality ("Scot", "New Zealander", "South African", "Northern Irishman"): a
 * demonym alone, or after a compass point (lexicon `quotes/region-words`) or "New".
 */
export function isNationality(tokens: readonly string[], lex: QuoteLexicon): boolean {
  if (tokens.length === 1) return isDemonym(tokens[0], lex);
  const first = tokens[0]?.toLowerCase() ?? "";
  return (
    tokens.length === 2 &&
    /^\p{Lu}/u.test(tokens[0]) &&
    (first === "new" || lex.regionWords.has(first)) &&
    isDemonym(tokens[1], lex)
  );
}
