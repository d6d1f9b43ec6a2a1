import { lexiconSet } from "../lexicon/lexicon.ts";

/**
 * Whether the noun after a year is a lower-case plural that a year does not date (`the 2000 workers`, `2004's films`):
 * a count or a kind of thing, not a happening; nouns of lexicon `figures/year-heads` (`2004 figures`) are dated.
 */
export const isYearKind = (noun: string): boolean =>
  /^\p{Ll}/u.test(noun) && /s$/.test(noun) && !lexiconSet("figures/year-heads").has(noun.toLowerCase());
