import { describe, expect, it } from "vitest";
import { extract } from "../../loaders/extract.ts";
import { workerPool } from "../../loaders/parallel/workerPool.ts";
import { readArticles } from "../../loaders/read/readArticles.ts";

describe("workerPool", () => {
  it("workerPool(2).extract gives the same tables, in the same order, as extracting in one thread", async () => {
    const serial = await extract(readArticles(["data/articles"]));
    const pool = workerPool(2);
    try {
      const parallel = await extract(readArticles(["data/articles"]), { extractor: pool.extract, concurrency: 8 });
      expect(parallel).toEqual(serial);
    } finally {
      await pool.close();
    }
  });
});
