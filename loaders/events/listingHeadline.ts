import type { Doc, Sentence } from "../text/prepare.ts";
import type { Span } from "../types.ts";

/**
 * A date standing alone on a line of an article's opening block dates the headline's happening (a fixture
 * or a listing: `Scotland v Italy (Sat)` / `Murrayfield, Edinburgh` / `Saturday, 26 February`): the
 * headline, less a label before a colon (`Preview:`) and a bracketed aside (`(Sat)`); null otherwise.
 */
export function listingHeadline(doc: Doc, sentence: Sentence, date: Span): Span | null {
  const line = doc.paragraphs[sentence.paragraph];
  if (!line || line.index === 0 || line.index > 4) return null;
  const rest = doc.text.slice(line.start, date.start) + doc.text.slice(date.end, line.end);
  if (/[\p{L}\d]/u.test(rest)) return null;
  // Every line between the headline and the date is a short label (a venue), not a sentence.
  const between = doc.paragraphs.slice(1, line.index);
  const label = (p: Span) => !/[.!?]["”’]?$/.test(doc.text.slice(p.start, p.end)) && p.end - p.start <= 60;
  if (!between.every(label)) return null;
  const head = doc.paragraphs[0];
  const title = doc.text.slice(head.start, head.end);
  if (/[.!?]["”’]?$/.test(title)) return null;
  const from = head.start + (/^\p{L}+:\s+/u.exec(title)?.[0].length ?? 0);
  const to = head.end - (/\s*\([^()]*\)$/.exec(title)?.[0].length ?? 0);
  return to > from ? { start: from, end: to } : null;
}
