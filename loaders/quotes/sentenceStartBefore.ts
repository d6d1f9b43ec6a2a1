/**
 * Where the sentence holding `at` starts, found by looking back at most 400 characters for the last
 * sentence end (no scan of the whole text before every pronoun).
 */
export function sentenceStartBefore(text: string, at: number): number {
  const from = Math.max(0, at - 400);
  const last = [...text.slice(from, at).matchAll(/[.!?]["”’]?\s+/g)].at(-1);
  return last ? from + last.index + last[0].length : from;
}
