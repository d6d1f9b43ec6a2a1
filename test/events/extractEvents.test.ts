import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { extractEvents } from "../../loaders/events/extractEvents.ts";
import { prepare } from "../../loaders/text/prepare.ts";
import { specFiles } from "../helpers.ts";

interface Spec {
  input: string;
  published: string | null;
  expected?: { date: string; date_text?: string; text?: string }[];
}

const specs = specFiles<Spec>("events");
const load = (file: string): Spec[] => specs.find(([f]) => f === file)?.[1] ?? [];

for (const [file, cases] of specs.filter(([f]) => f !== "negative.json")) {
  describe(`extractEvents spec ${file}`, () => {
    for (const spec of cases)
      test(`extractEvents(${JSON.stringify(spec.input)}, ${spec.published})`, () => {
        const got = extractEvents(prepare(spec.input), spec.published);
        const expected = spec.expected ?? [];
        expect(got).toHaveLength(expected.length);
        expected.forEach((e, i) => {
          const picked = Object.fromEntries(Object.keys(e).map((k) => [k, got[i][k as keyof (typeof got)[number]]]));
          expect(picked).toEqual(e);
          expect(spec.input.slice(got[i].start, got[i].end)).toBe(got[i].text);
          expect(spec.input.slice(got[i].date_start, got[i].date_end)).toBe(got[i].date_text);
          expect(got[i].rule).not.toBe("");
        });
      });
  });
}

describe("extractEvents negative cases", () => {
  for (const spec of load("negative.json"))
    test(`extractEvents(${JSON.stringify(spec.input)}) is empty`, () => {
      expect(extractEvents(prepare(spec.input), spec.published)).toEqual([]);
    });
});

describe("extractEvents on a bundled article", () => {
  const text = readFileSync(new URL("../../data/articles/000_4587cf704ee13ad9.txt", import.meta.url), "utf8");
  const events = extractEvents(prepare(text), "2021-08-12");

  test("extractEvents(000) resolves the weekdays, the week and the caption dates", () => {
    const dates = events.map((e) => `${e.date} ${e.date_text}`);
    expect(dates).toContain("2021-08-12 on Thursday");
    expect(dates).toContain("2021-08-09 Earlier this week");
    expect(dates).toContain("2006-04-20 on April 20, 2006");
    expect(dates).toContain("2001 in 2001");
  });

  test("extractEvents(000) skips page furniture and durations", () => {
    expect(events.some((e) => e.date_text.includes("Jan. 1"))).toBe(false);
    expect(events.some((e) => e.date_text.includes("years"))).toBe(false);
  });

  test("extractEvents(000) returns rows sorted by start", () => {
    const starts = events.map((e) => e.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  test("extractEvents(000) without a publication date keeps only dates with a year", () => {
    expect(extractEvents(prepare(text), null).map((e) => e.date)).toEqual(["2006-04-20", "2001", "2021-08-12"]);
  });
});
