/**
 * Where the sentence holding `at` starts, found by looking back at most 400 characters for the last
 * sentence end (no scan of the whole text before every pronoun).
 */
export function sentenceStartBefore(text: string, at: number): number {
  const from = Math.max(0, at - 400);
  const last = [...text.slice(from, at).matchAll(/[.!?]["”’]?\s+/g)].at(-1);
  return last ? from + last.index + last[0].length : from;
}

/** Where the sentence before the one holding `at` starts (across a paragraph break too). */
export function previousSentenceStart(text: string, at: number): number {
  let k = sentenceStartBefore(text, at);
  while (k > 0 && /\s/.test(text[k - 1])) k--;
  return sentenceStartBefore(text, Math.max(0, k - 1));
}

/** Where the sentence holding `at` starts, a paragraph break (a headline with no full stop) ending one too. */
export function sentenceOrParagraphStart(text: string, at: number): number {
  return Math.max(sentenceStartBefore(text, at), text.lastIndexOf("\n", at - 1) + 1);
}
