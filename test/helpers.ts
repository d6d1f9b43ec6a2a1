import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Article } from "../loaders/types.ts";
import { readArticles } from "../loaders/read/readArticles.ts";

/** A fresh temporary folder holding the given files (path → contents). */
export function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "presstrace-"));
  for (const [name, contents] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), contents);
  }
  return dir;
}

/** Every article read from the inputs, with the problems reported along the way. */
export async function readAll(inputs: string[]): Promise<{ articles: Article[]; errors: [string, string][] }> {
  const articles: Article[] = [];
  const errors: [string, string][] = [];
  for await (const a of readArticles(inputs, { onError: (f, p) => errors.push([f, p]) })) articles.push(a);
  return { articles, errors };
}

/** An in-memory article with the given text. */
export function article(text: string, extra: Partial<Article> = {}): Article {
  return {
    id: "a",
    path: "a.txt",
    title: null,
    outlet: null,
    url: null,
    published: null,
    text,
    status: "ok",
    ...extra,
  };
}

/** The spec files of one area (`test/specs/<area>/*.json`), each with its `{input, expected}` cases. */
export function specFiles<Spec>(area: string): [file: string, specs: Spec[]][] {
  const dir = new URL(`./specs/${area}/`, import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(new URL(f, dir), "utf8")) as Spec[]]);
}
