import type { Paragraph } from "./prepare.ts";

/** Below this many paragraphs after a gap, what follows is the article's own end matter. */
const MIN_COMMENTS = 15;
const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|I'll|my|me|myself)\b/;
const CUE = /\b(?:said|says|told)\b/;

/**
 * The index of the first paragraph of a readers' comment section, or -1: after a gap of two or more blank
 * lines, at least `MIN_COMMENTS` paragraphs, at least half of them in the first person singular (outside
 * quotation marks), and at most one that reports speech. Comments are page furniture: their writers are
 * not sources, their numbers not the article's figures.
 */
export function readerComments(text: string, paras: readonly Paragraph[]): number {
  const gap = paras.findIndex((p, k) => k > 0 && /\n[ \t\r]*\n[ \t\r]*\n/.test(text.slice(paras[k - 1].end, p.start)));
  if (gap < 0) return -1;
  const rest = paras.slice(gap).map((p) => text.slice(p.start, p.end));
  if (rest.length < MIN_COMMENTS) return -1;
  const personal = rest.filter((p) => FIRST_PERSON.test(p.replace(/["“][^"”]*["”]/g, ""))).length;
  const reported = rest.filter((p) => CUE.test(p)).length;
  return personal * 2 >= rest.length && reported <= 1 ? gap : -1;
}
