import { lexicon } from "../lexicon/lexicon.ts";
import type { Doc, Paragraph } from "../text/prepare.ts";

let captionLines: RegExp[] | undefined;
let creditWords: RegExp | undefined;
let creditLabel: RegExp | undefined;

const byDoc = new WeakMap<Doc, readonly Paragraph[]>();

/**
 * An article's captions: video lines, and paragraphs ending with a photo credit (in parentheses or not); read once per
 * article, for the publication date and the events both.
 */
export function captionParagraphs(doc: Doc): readonly Paragraph[] {
  let found = byDoc.get(doc);
  if (!found) {
    found = doc.paragraphs.filter((p) => isCaption(doc, p));
    byDoc.set(doc, found);
  }
  return found;
}

/** Whether a paragraph is a video line ("WATCH: … – Aug 29, 2021"; lexicon `dates/caption-lines`). */
export function isVideoLine(doc: Doc, p: Paragraph): boolean {
  captionLines ??= lexicon("dates/caption-lines").map((e) => new RegExp(`^(?:${e})`, "i"));
  const line = doc.text.slice(p.start, p.end);
  return captionLines.some((r) => r.test(line));
}

// Whether a paragraph is a caption.
function isCaption(doc: Doc, p: Paragraph): boolean {
  const line = doc.text.slice(p.start, p.end);
  if (isVideoLine(doc, p)) return true;
  // ("… on Tuesday, Aug. 10, 2021. THE CANADIAN PRESS/Jane Doe", "… — © AFP", "… Picture: Liam Cordner": a credit
  // with no brackets, after the caption's last sentence)
  // (the label from lexicon `quotes/credit-labels`: "Picture:", "Photograph:")
  creditLabel ??= new RegExp(
    `[.!?]\\s+(?:\\p{Lu}[\\p{Lu}\\s.&'’-]{2,}\\/\\s*\\p{Lu}[\\p{L}\\s.'’-]*|(?:${lexicon("quotes/credit-labels")
      .map((l) => `[${l[0].toUpperCase()}${l[0]}]${l.slice(1)}`)
      .join("|")}):\\s*\\p{Lu}[^.]*)$|[—–]\\s*©\\s*\\S[^.]*$`,
    "u",
  );
  const bare = creditLabel.exec(line);
  if (bare) return !/\bfile\b/i.test(bare[0]); // a file photo is older than the article
  const credit = /\(([^()]{2,80})\)\s*$/.exec(line)?.[1];
  if (!credit || /\bfile\b/i.test(credit)) return false; // a file photo is older than the article
  creditWords ??= new RegExp(`\\b(?:${lexicon("dates/credit-words").join("|")})\\b`, "i");
  return credit.includes("/") || creditWords.test(credit);
}
