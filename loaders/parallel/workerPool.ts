import { Worker } from "node:worker_threads";
import type { Article, ArticleExtraction } from "../types.ts";

/** A pool of worker threads running `extractArticle`. */
export interface WorkerPool {
  extract: (article: Article) => Promise<ArticleExtraction>;
  close: () => Promise<void>;
}

type Pending = { resolve: (x: ArticleExtraction) => void; reject: (e: Error) => void };

/**
 * Starts `size` worker threads that extract articles in parallel (per-article work is a pure function, so
 * results do not depend on which worker ran them). Pass `pool.extract` as `extract`'s `extractor`.
 */
export function workerPool(size: number): WorkerPool {
  // The library is TypeScript: each worker registers tsx, then loads the worker module.
  const boot = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
    .then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.resolve("./worker.ts"))}); })`;
  const pending = new Map<number, Pending>();
  const load = new Map<Worker, number>();
  let seq = 0;
  const workers = Array.from({ length: size }, () => {
    const w = new Worker(boot, { eval: true });
    load.set(w, 0);
    w.on("message", (m: { seq: number; result?: ArticleExtraction; error?: string }) => {
      const p = pending.get(m.seq);
      pending.delete(m.seq);
      load.set(w, (load.get(w) ?? 1) - 1);
      if (m.error !== undefined) p?.reject(new Error(m.error));
      else if (m.result) p?.resolve(m.result);
    });
    w.on("error", (e: Error) => {
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    });
    return w;
  });
  return {
    extract(article) {
      const w = workers.reduce((a, b) => ((load.get(b) ?? 0) < (load.get(a) ?? 0) ? b : a));
      load.set(w, (load.get(w) ?? 0) + 1);
      const id = seq++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.postMessage({ seq: id, article });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
