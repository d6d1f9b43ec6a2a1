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
      // `title: 'Blog' picked as word of the year`: front matter written by hand as plain `key: value`
      // lines is read as such when it is not valid YAML.
      parsed = plainLines(fm[1]);
      if (parsed === null)
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

// Front matter as `key: value` lines, values as written; null when a line is not of that form.
function plainLines(block: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const line of block.split("\n")) {
    if (line.trim() === "") continue;
    const m = /^([A-Za-z_][\w-]*):[ \t]*(.*?)[ \t]*$/.exec(line);
    // (a value opening a YAML collection or block, `title: [unclosed`, was meant as YAML: an error)
    if (!m || /^[[{|>&*!]/.test(m[2])) return null;
    out[m[1]] = m[2];
  }
  return out;
}
