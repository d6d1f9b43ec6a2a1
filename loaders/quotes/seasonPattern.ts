import { lexicon } from "../lexicon/lexicon.ts";

/** The season names of lexicon `dates/seasons` (each entry's first word) as a regular-expression alternation. */
export const seasonPattern = lexicon("dates/seasons")
  .map((e) => e.split(/\s+/)[0])
  .join("|");
