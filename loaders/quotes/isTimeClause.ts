import type { Word } from "./words.ts";

/**
 * Whether words open a clause that says when something was said ("as he unveiled the manifesto", "when the
 * minister spoke"): a time conjunction, then a subject (a pronoun, a determiner or a name), not "as expected".
 */
export function isTimeClause(ws: readonly Word[]): boolean {
  return (
    /^(?:as|when|while|whilst|after|before)$/.test(ws[0]?.lower ?? "") &&
    /^(?:he|she|they|it|we|i|the|a|an|his|her|their|its|\p{Lu}\p{L}*)$/u.test(ws[1]?.text ?? "")
  );
}
