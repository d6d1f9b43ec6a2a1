import type { QuoteLexicon } from "./quoteLexicon.ts";

/** Whether a lower-case word heads one unnamed source: a singular of lexicon `quotes/anonymous-heads` ("spokesman"). */
export const isOneSource = (word: string, lex: QuoteLexicon): boolean =>
  lex.anonymousHeads.has(word) && !/s$/.test(word);
