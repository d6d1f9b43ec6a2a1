import type { ArticleRecord } from "./parseRecord.ts";

/** A plain-text article: the first non-empty line is its title; the whole file is its text. */
export function parseText(source: string): ArticleRecord {
  // A leading `date YYYY-MM-DD` stamp is metadata, not part of the title.
  const title =
    /^\s*(\S.*)$/m
      .exec(source)?.[1]
      .replace(/^date\s+\d{4}-\d{2}-\d{2}\s+/i, "")
      .trim() ?? null;
  return { id: null, title, text: source, outlet: null, url: null, published: null };
}
