import { lexiconSet } from "../lexicon/lexicon.ts";

/**
 * Month names and abbreviations (lexicon `figures/months`), capitalised as the text writes them, as a
 * regular-expression alternation ("January|Jan|…").
 */
export const monthPattern = [...lexiconSet("figures/months")].map((m) => m[0].toUpperCase() + m.slice(1)).join("|");
