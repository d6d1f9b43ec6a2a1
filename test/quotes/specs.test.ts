import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../loaders/quotes/extractQuotes.ts";
import { prepare } from "../../loaders/text/prepare.ts";
import { specFiles } from "../helpers.ts";

interface Spec {
  input: string;
  expected: Record<string, unknown>[];
}

const specs = specFiles<Spec>("quotes");
const files = specs.map(([file]) => file);

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
  for (const [file, cases] of specs) {
    describe(file, () => {
      for (const { input, expected } of cases) {
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
