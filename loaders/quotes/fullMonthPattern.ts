import { lexiconSet } from "../lexicon/lexicon.ts";

/**
 * Month names written in full (lexicon `figures/months` without its abbreviations, the entries another entry
 * begins with), capitalised, as a regular-expression alternation ("January|February|…").
 */
export const fullMonthPattern = ((months) =>
  months
    .filter((m) => !months.some((other) => other !== m && other.startsWith(m)))
    .map((m) => m[0].toUpperCase() + m.slice(1))
    .join("|"))([...lexiconSet("figures/months")]);
