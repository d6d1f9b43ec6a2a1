import type { QuoteLexicon } from "./quoteLexicon.ts";

/** Whether a lower-cased name is a place of lexicon `quotes/places`, with or without its "the" ("uk", "netherlands"). */
export const isPlace = (name: string, lex: QuoteLexicon): boolean =>
  lex.places.has(name) || lex.places.has(`the ${name}`);
