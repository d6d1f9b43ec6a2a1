import type { QuoteLexicon } from "./quoteLexicon.ts";

/** Whether a lower-cased name is a place of lexicon `quotes/places`, with or without its "the" ("uk", "netherlands"). */
export const isPlace = (name: string, lex: QuoteLexicon): boolean => {
  // ("P.E.I.": a dotted abbreviation's last full stop is no part of the name)
  const bare = name.replace(/(?<=\.\p{L})\.$/u, "");
  return lex.places.has(bare) || lex.places.has(`the ${bare}`);
};
