import type { Doc } from "../text/prepare.ts";

/** A publication date found in an article's own text. */
export interface InferredDate {
  date: string;
  source: "dateline" | "inferred";
  /** How it was found, e.g. `caption`, `date line`, `copyright year`. */
  basis: string;
}

/** The publication date the article's text gives (dateline, date line, caption, weekdays…), or null. */
export function inferPublished(doc: Doc): InferredDate | null {
  void doc;
  return null;
}
