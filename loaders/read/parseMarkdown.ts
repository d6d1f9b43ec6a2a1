import { parse } from "yaml";
import { parseRecord, type ArticleRecord } from "./parseRecord.ts";

/**
 * A Markdown article: optional YAML front matter (`title`, `outlet`, `published`, `url`) and the body as text.
 * Without a `title`, the first non-empty line of the body (less any leading `#`) is the title.
 */
export function parseMarkdown(source: string): ArticleRecord {
  let meta: Record<string, unknown> = {};
  let body = source;
  const fm = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(source);
  if (fm) {
    let parsed: unknown;
    try {
      parsed = parse(fm[1]);
    } catch (e) {
      throw new Error(`invalid YAML front matter: ${(e as Error).message.split("\n")[0]}`, { cause: e });
    }
    if (parsed !== null && (typeof parsed !== "object" || Array.isArray(parsed)))
      throw new Error("front matter is not a YAML mapping");
    meta = (parsed ?? {}) as Record<string, unknown>;
    body = source.slice(fm[0].length);
  }
  const title = meta.title ?? /^\s*#*\s*(.+)$/m.exec(body)?.[1] ?? null;
  return parseRecord({ ...meta, title, text: body });
}
