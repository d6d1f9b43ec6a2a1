import { isHonorific } from "./isHonorific.ts";
import type { QuoteLexicon } from "./quoteLexicon.ts";

/**
 * How many of the last `words` style the name that follows them: honorifics, and the article before them
 * ("the Rt Rev Dr" before "Tom Wright"); 0 when the last word is no honorific.
 */
export function styleLength(words: readonly string[], lex: QuoteLexicon): number {
  let k = words.length;
  while (k > 0 && isHonorific(words[k - 1], lex)) k--;
  if (k < words.length && words[k - 1]?.toLowerCase() === "the") k--;
  return words.length - k;
}
