import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { inferPublished, type PublishedHint } from "../../loaders/dates/inferPublished.ts";
import { prepare } from "../../loaders/text/prepare.ts";

interface Spec {
  name: string;
  input: string;
  hint?: PublishedHint;
  expected: { date: string; source: string } | null;
}

const specs: Spec[] = JSON.parse(readFileSync(new URL("../specs/dates/published.json", import.meta.url), "utf8"));

describe("inferPublished spec cases", () => {
  for (const spec of specs)
    test(`inferPublished(${JSON.stringify(spec.input.slice(0, 60))}…) — ${spec.name}`, () => {
      const got = inferPublished(prepare(spec.input), spec.hint);
      expect(got && { date: got.date, source: got.source }).toEqual(spec.expected);
      if (got) expect(got.basis).not.toBe("");
    });
});

// The bundled articles and their publication dates as annotated by hand (see published_basis in the gold set).
const articles = new URL("../../data/articles/", import.meta.url);
const published: Record<string, string> = {
  "000_4587cf704ee13ad9.txt": "2021-08-12",
  "001_67345ff9925121f7.txt": "2021-08-13",
  "002_1b41df6f54073720.txt": "2021-08-29",
  "003_242cf1761a802da2.txt": "2021-08-26",
  "004_edcdc89ef44d4cf2.txt": "2022-01-17",
};

describe("inferPublished on the bundled articles", () => {
  for (const file of readdirSync(articles).filter((f) => f in published)) {
    const doc = prepare(readFileSync(new URL(file, articles), "utf8"));
    const near = Object.entries(published)
      .filter(([f]) => f !== file)
      .map(([, d]) => d);
    test(`inferPublished(${file})`, () => {
      expect(inferPublished(doc, { near })?.date).toBe(published[file]);
    });
  }

  test("inferPublished(003) gives null without the corpus hint: its text has no year", () => {
    const doc = prepare(readFileSync(new URL("003_242cf1761a802da2.txt", articles), "utf8"));
    expect(inferPublished(doc)).toBeNull();
  });

  test("inferPublished(004) reads the year from the copyright line", () => {
    const doc = prepare(readFileSync(new URL("004_edcdc89ef44d4cf2.txt", articles), "utf8"));
    expect(inferPublished(doc)).toMatchObject({ date: "2022-01-17", source: "inferred" });
  });
});
