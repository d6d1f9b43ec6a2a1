import type { Paragraph } from "./prepare.ts";

/** Below this many paragraphs after a gap, what follows is the article's own end matter. */
const MIN_COMMENTS = 15;
/** Without a gap, the article before a comment section has at least this many paragraphs. */
const MIN_ARTICLE = 3;
const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|I'll|my|me|myself)\b/;
const CUE = /\b(?:said|says|told)\b/;

// Whether the paragraphs from `k` on read as comments: enough of them, half in the first person singular
// (outside quotation marks), at most one reporting speech.
function commentsFrom(personal: readonly number[], reported: readonly number[], k: number): boolean {
  const n = personal.length - 1 - k;
  return (
    n >= MIN_COMMENTS &&
    (personal[k] - personal[personal.length - 1]) * 2 >= n &&
    reported[k] - reported[reported.length - 1] <= 1
  );
}

/**
 * The index of the first paragraph of a readers' comment section, or -1. After a gap of two or more blank
 * lines: at least `MIN_COMMENTS` paragraphs, at least half of them in the first person singular (outside
 * quotation marks), and at most one that reports speech. With no gap, the same of the longest such run that
 * ends the text and opens with a first-person paragraph, after an article of at least `MIN_ARTICLE`
 * paragraphs that reports speech and is mostly not in the first person (so a columnist's piece stays). Comments
 * are page furniture: their writers are not sources, their numbers not the article's figures.
 */
export function readerComments(text: string, paras: readonly Paragraph[]): number {
  const texts = paras.map((p) => text.slice(p.start, p.end));
  const isPersonal = texts.map((p) => FIRST_PERSON.test(p.replace(/["“][^"”]*["”]/g, "")));
  const isReported = texts.map((p) => CUE.test(p));
  // Suffix counts: personal[k] is the number of first-person paragraphs from k on.
  const personal = [0],
    reported = [0];
  for (let k = paras.length - 1; k >= 0; k--) {
    personal.unshift(personal[0] + (isPersonal[k] ? 1 : 0));
    reported.unshift(reported[0] + (isReported[k] ? 1 : 0));
  }
  const gap = paras.findIndex((p, k) => k > 0 && /\n[ \t\r]*\n[ \t\r]*\n/.test(text.slice(paras[k - 1].end, p.start)));
  if (gap >= 0) return commentsFrom(personal, reported, gap) ? gap : -1;
  for (let k = MIN_ARTICLE; k <= paras.length - MIN_COMMENTS; k++) {
    if (!isPersonal[k] || !commentsFrom(personal, reported, k)) continue;
    const article = k;
    const articlePersonal = personal[0] - personal[k];
    const articleReported = reported[0] - reported[k];
    if (articleReported >= 1 && articlePersonal * 2 < article) return k;
  }
  return -1;
}
