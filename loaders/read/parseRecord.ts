import { isoDate } from "./isoDate.ts";

/** The metadata and text of one article as a user gave it. */
export interface ArticleRecord {
  id: string | null;
  title: string | null;
  text: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
}

const str = (v: unknown): string | null => (v === null || v === undefined || v === "" ? null : String(v).trim());

/**
 * Validates a JSON record `{id?, title, text, published?, outlet?, url?}`.
 * Throws an Error naming the problem when `text` is missing or not a string.
 */
export function parseRecord(value: unknown): ArticleRecord {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new Error("expected an object {title, text, …}");
  const r = value as Record<string, unknown>;
  if (typeof r.text !== "string") throw new Error("record has no string field 'text'");
  if (r.text.trim() === "") throw new Error("record's 'text' is empty");
  const published = r.published ?? r.date ?? null;
  if (published !== null && isoDate(published) === null)
    throw new Error(`record's 'published' is not a date: ${JSON.stringify(published)}`);
  return {
    id: str(r.id),
    title: str(r.title),
    text: r.text.replace(/\r\n?/g, "\n"),
    outlet: str(r.outlet),
    url: str(r.url),
    published: isoDate(published),
  };
}
