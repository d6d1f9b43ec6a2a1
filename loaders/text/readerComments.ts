import type { Paragraph } from "./prepare.ts";

/** Below this many paragraphs after a gap, what follows is the article's own end matter. */
const MIN_COMMENTS = 15;
/** Without a gap, the article before a comment section has at least this many paragraphs. */
const MIN_ARTICLE = 3;
const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|I'll|my|me|myself)\b/;
const CUE = /\b(?:said|says|told)\b/;

/**
 * The index of the first paragraph of a readers' comment section, or -1. After a gap of two or more blank
 * lines: at least `MIN_COMMENTS` paragraphs, at least half of them in the first person singular (outside
 * quotation marks), and at most one that reports speech. With no gap, the same of the longest such run that
 * ends the text and opens with a first-person paragraph, after an article of at least `MIN_ARTICLE`
 * paragraphs that reports speech and is mostly not in the first person (so a columnist's piece stays). Comments
 * are page furniture: their writers are not sources, their numbers not the article's figures.
 */
export function readerComments(text: string, paras: readonly Paragraph[]): number {
  const n = paras.length;
  const texts = paras.map((p) => text.slice(p.start, p.end));
  const isPersonal = texts.map((p) => FIRST_PERSON.test(p.replace(/["“][^"”]*["”]/g, "")));
  // personal[k], reported[k]: how many paragraphs from k on are in the first person, and report speech.
  const personal = new Array<number>(n + 1).fill(0);
  const reported = new Array<number>(n + 1).fill(0);
  for (let k = n - 1; k >= 0; k--) {
    personal[k] = personal[k + 1] + (isPersonal[k] ? 1 : 0);
    reported[k] = reported[k + 1] + (CUE.test(texts[k]) ? 1 : 0);
  }
  const commentsFrom = (k: number) => n - k >= MIN_COMMENTS && personal[k] * 2 >= n - k && reported[k] <= 1;
  const gap = paras.findIndex((p, k) => k > 0 && /\n[ \t\r]*\n[ \t\r]*\n/.test(text.slice(paras[k - 1].end, p.start)));
  if (gap >= 0) return commentsFrom(gap) ? gap : -1;
  for (let k = MIN_ARTICLE; k <= n - MIN_COMMENTS; k++)
    if (isPersonal[k] && commentsFrom(k) && reported[0] - reported[k] >= 1 && (personal[0] - personal[k]) * 2 < k)
      return k;
  return -1;
}
