import type { QuoteLexicon } from "./quoteLexicon.ts";

/** Whether a lower-case word is a cue's participle ("adding", "saying", "insisting"), which reports a clause of its own. */
export function isParticipleCue(word: string, lex: QuoteLexicon): boolean {
  return /ing$/.test(word) && lex.cues.has(word);
}
