import { describe, expect, it, vi } from "vitest";
import { extractArticle } from "../../loaders/extractArticle.ts";
import type { Article } from "../../loaders/types.ts";

// A fault in one extractor, standing for any bug that a strange text could trigger.
vi.mock("../../loaders/quotes/extractQuotes.ts", () => ({
  extractQuotes: () => {
    throw new Error("cannot read 'start'");
  },
}));

const article: Article = {
  id: "faulty",
  path: "faulty.txt",
  title: "Faulty",
  outlet: null,
  url: null,
  published: "2005-02-08",
  status: "ok",
  text: 'Faulty\n\n"It went well," said Ana Ruiz on Monday. Sales rose 5% to 300 units.',
};

describe("extractArticle", () => {
  it("extractArticle(article) reports a fault on the article's row instead of throwing", () => {
    const out = extractArticle(article);
    expect(out.article.status).toBe("error: extraction failed (cannot read 'start')");
    expect(out.article.text).toBe(article.text);
    expect([out.quotes, out.figures, out.events]).toEqual([[], [], []]);
  });
});
