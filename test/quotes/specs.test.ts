import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../loaders/quotes/extractQuotes.ts";
import { prepare } from "../../loaders/text/prepare.ts";

interface Spec {
  input: string;
  expected: Record<string, unknown>[];
}

const dir = new URL("../specs/quotes/", import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith(".json"));

describe("quote specs", () => {
  it("has a spec file per attribution pattern and a negative spec", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        "negative.json",
        "direct.json",
        "split.json",
        "continuation.json",
        "indirect.json",
        "mixed.json",
      ]),
    );
  });
  for (const file of files) {
    const specs: Spec[] = JSON.parse(readFileSync(new URL(file, dir), "utf8"));
    describe(file, () => {
      for (const { input, expected } of specs) {
        it(`extractQuotes(${JSON.stringify(input)})`, () => {
          const doc = prepare(input);
          const got = extractQuotes(doc);
          expect(got.map((q) => q.text)).toEqual(expected.map((e) => e.text));
          got.forEach((q, i) => {
            expect(q).toMatchObject(expected[i]);
            expect(doc.text.slice(q.start, q.end)).toBe(q.text);
          });
        });
      }
    });
  }
});
