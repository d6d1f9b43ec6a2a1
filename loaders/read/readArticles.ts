import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Article } from "../types.ts";
import { articleId } from "./articleId.ts";
import { decodeEntities } from "./decodeEntities.ts";
import { decodeText } from "./decodeText.ts";
import { parseMarkdown } from "./parseMarkdown.ts";
import { parseRecord, type ArticleRecord } from "./parseRecord.ts";
import { parseText } from "./parseText.ts";

/** File extensions read as articles. */
export const ARTICLE_EXTENSIONS = [".txt", ".md", ".json", ".jsonl"];

export interface ReadOptions {
  /** Called for each file or record that cannot be read; the article is still yielded with its `status`. */
  onError?: (file: string, problem: string) => void;
}

interface Source {
  file: string;
  root: string | null;
}

async function* walk(dir: string, root: string): AsyncGenerator<Source> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    // Hidden files and a folder's own notes (README, LICENSE) are not articles.
    if (entry.name.startsWith(".") || /^(readme|license|changelog)(\.|$)/i.test(entry.name)) continue;
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(file, root);
    else if (ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) yield { file, root };
  }
}

function failed(id: string, file: string, status: string): Article {
  return { id, path: file, title: null, outlet: null, url: null, published: null, text: "", status };
}

function fromRecord(id: string, file: string, r: ArticleRecord): Article {
  return {
    id: r.id ?? id,
    path: file,
    title: r.title,
    outlet: r.outlet,
    url: r.url,
    published: r.published,
    text: r.text,
    status: "ok",
  };
}

function* recordsOf(source: Source, text: string): Generator<Article> {
  const id = articleId(source.file, source.root);
  const ext = path.extname(source.file).toLowerCase();
  if (ext === ".txt") yield fromRecord(id, source.file, parseText(text));
  else if (ext === ".md") yield fromRecord(id, source.file, parseMarkdown(text));
  else if (ext === ".json") {
    const value: unknown = JSON.parse(text);
    const list = Array.isArray(value) ? value : [value];
    for (const [i, v] of list.entries()) {
      const itemId = Array.isArray(value) ? `${id}/${i + 1}` : id;
      try {
        yield fromRecord(itemId, source.file, parseRecord(v));
      } catch (e) {
        yield failed(itemId, source.file, `error: item ${i + 1}: ${(e as Error).message}`);
      }
    }
  } else {
    const lines = text.split("\n");
    for (const [i, line] of lines.entries()) {
      if (line.trim() === "") continue;
      const lineId = `${id}/${i + 1}`;
      try {
        yield fromRecord(lineId, `${source.file}:${i + 1}`, parseRecord(JSON.parse(line)));
      } catch (e) {
        yield failed(lineId, `${source.file}:${i + 1}`, `error: line ${i + 1}: ${(e as Error).message}`);
      }
    }
  }
}

/**
 * Streams the articles in the given files and folders (folders are walked recursively, in name order).
 * Never throws for bad input: a missing path, an empty, binary, non-UTF-8 or unparsable file, or a duplicate id
 * yields an article whose `status` says what is wrong, and `onError` is told.
 */
export async function* readArticles(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<Article> {
  const seen = new Map<string, string>();
  const report = (a: Article): Article => {
    if (a.status === "ok") {
      const first = seen.get(a.id);
      if (first !== undefined)
        a = { ...failed(a.id, a.path, `error: duplicate id '${a.id}' (first read from ${first})`) };
      else seen.set(a.id, a.path);
    }
    if (a.status !== "ok") options.onError?.(a.path, a.status.replace(/^error: /, ""));
    return a;
  };
  for (const input of inputs) {
    let sources: AsyncIterable<Source> | Source[];
    try {
      const info = await stat(input);
      sources = info.isDirectory() ? walk(input, input) : [{ file: input, root: null }];
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      yield report(
        failed(input, input, code === "ENOENT" ? "error: no such file or folder" : `error: ${(e as Error).message}`),
      );
      continue;
    }
    for await (const source of sources) {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(source.file);
      } catch (e) {
        yield report(
          failed(articleId(source.file, source.root), source.file, `error: cannot read: ${(e as Error).message}`),
        );
        continue;
      }
      const decoded = decodeText(bytes);
      if (!decoded.ok) {
        yield report(failed(articleId(source.file, source.root), source.file, `error: ${decoded.problem}`));
        continue;
      }
      try {
        // (HTML entities are decoded in each record's text, after a JSON file is parsed: "&quot;" is no JSON quote)
        for (const article of recordsOf(source, decoded.text))
          yield report({
            ...article,
            title: article.title === null ? null : decodeEntities(article.title),
            text: decodeEntities(article.text),
          });
      } catch (e) {
        const what = path.extname(source.file).toLowerCase() === ".json" ? "invalid JSON" : "cannot parse";
        yield report(
          failed(articleId(source.file, source.root), source.file, `error: ${what}: ${(e as Error).message}`),
        );
      }
    }
  }
}
