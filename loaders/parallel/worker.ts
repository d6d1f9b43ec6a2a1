import { parentPort } from "node:worker_threads";
import { extractArticle } from "../extractArticle.ts";
import type { Article } from "../types.ts";

parentPort?.on("message", ({ seq, article }: { seq: number; article: Article }) => {
  try {
    parentPort?.postMessage({ seq, result: extractArticle(article) });
  } catch (e) {
    parentPort?.postMessage({ seq, error: `${(e as Error).message}` });
  }
});
