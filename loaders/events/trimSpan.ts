import { lexiconSet } from "../lexicon/lexicon.ts";
import type { Span } from "../types.ts";

const prefixes = lexiconSet("dates/date-prefixes");

/** Words that cannot end a clause: they belong to what was cut off after them. */
const DANGLING = new Set(["of", "and", "or", "but", "the", "a", "an"]);

/** Trims spaces, punctuation and dangling prepositions from both ends of a span. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  for (let again = true; again;) {
    again = false;
    while (start < end && /[\s,;:—–\-"“”‘’'(.]/.test(text[start])) start++;
    const first = /^(?:and|but|or)\s/i.exec(text.slice(start, end));
    if (first) {
      start += first[0].length;
      again = true;
    }
    while (end > start && /[\s,;:—–\-"“”‘’'(.)]/.test(text[end - 1])) end--;
    const last = /(\p{L}+)$/u.exec(text.slice(start, end))?.[1];
    if (last && (DANGLING.has(last.toLowerCase()) || prefixes.has(last.toLowerCase())) && end - last.length > start) {
      end -= last.length;
      again = true;
    }
    // `was hacked more than five years ago`: a qualifier of the date's count goes with it.
    const qualifier = /\s(?:more|less|fewer)\s+than$/i.exec(text.slice(start, end));
    if (qualifier && end - qualifier[0].length > start) {
      end -= qualifier[0].length;
      again = true;
    }
  }
  return { start, end };
}
