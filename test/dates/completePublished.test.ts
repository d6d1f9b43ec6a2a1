import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { completePublished } from "../../loaders/dates/completePublished.ts";
import { extractArticle } from "../../loaders/extractArticle.ts";
import type { Article, Tables } from "../../loaders/types.ts";

const article = (file: string, published: string | null): Article => ({
  id: file.replace(/\.txt$/, ""),
  path: file,
  title: null,
  outlet: null,
  url: null,
  published,
  text: readFileSync(new URL(`../../data/articles/${file}`, import.meta.url), "utf8"),
  status: "ok",
});

test("completePublished(tables) dates an article without a year from the corpus, and its events", () => {
  const tables: Tables = { articles: [], quotes: [], speakers: [], figures: [], events: [], claims: [] };
  for (const a of [article("002_1b41df6f54073720.txt", "2021-08-29"), article("003_242cf1761a802da2.txt", null)]) {
    const x = extractArticle(a);
    tables.articles.push(x.article);
    tables.events.push(...x.events);
  }
  const before = tables.events.filter((e) => e.article_id === "003_242cf1761a802da2").length;
  completePublished(tables);
  const undated = tables.articles[1];
  expect(undated).toMatchObject({ published: "2021-08-26", published_source: "inferred" });
  const events = tables.events.filter((e) => e.article_id === "003_242cf1761a802da2");
  expect(events.length).toBeGreaterThan(before);
  expect(events.map((e) => e.date)).toEqual(["2021-08-26", "2021-08-31"]);
  expect(events.map((e) => e.event_id)).toEqual(["003_242cf1761a802da2#e1", "003_242cf1761a802da2#e2"]);
  expect(tables.events[0].article_id).toBe("002_1b41df6f54073720");
});
