import { describe, expect, it } from "vitest";
import { extractFigures } from "../../loaders/figures/extractFigures.ts";
import { prepare } from "../../loaders/text/prepare.ts";
import { specFiles } from "../helpers.ts";

interface Spec {
  input: string;
  expected: Record<string, unknown>[];
}

const specs = specFiles<Spec>("figures");
const files = specs.map(([file]) => file);

describe("figure specs", () => {
  it("has a spec file per rule family and a negative spec", () => {
    expect(files).toEqual(expect.arrayContaining(["negative.json", "numbers.json", "money.json", "ranges.json"]));
  });
  for (const [file, cases] of specs) {
    describe(file, () => {
      for (const { input, expected } of cases) {
        it(`extractFigures(${JSON.stringify(input)})`, () => {
          const got = extractFigures(prepare(input));
          expect(got.map((f) => f.text)).toEqual(expected.map((e) => e.text));
          got.forEach((f, i) => expect(f).toMatchObject(expected[i]));
        });
      }
    });
  }
});
