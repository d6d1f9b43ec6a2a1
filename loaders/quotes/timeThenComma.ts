import type { QuoteLexicon } from "./quoteLexicon.ts";
import { words } from "./words.ts";

/**
 * Whether `text[from, to)` is at most three time words and a comma (`, `, ` Wednesday, `): what may stand between a
 * closing cue and a clause joined after it ("…, the province announced Wednesday, but …"; lexicon `quotes/time-words`).
 */
export function timeThenComma(text: string, lex: QuoteLexicon, from: number, to: number): boolean {
  return (
    /^(?:\s+[\p{L}-]+){0,3},\s*$/u.test(text.slice(from, to)) &&
    words(text, from, to).every((y) => lex.timeWords.has(y.lower))
  );
}
