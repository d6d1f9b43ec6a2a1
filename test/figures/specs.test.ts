import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../loaders/figures/extractFigures.ts";
import { prepare } from "../../loaders/text/prepare.ts";

interface Spec {
  input: string;
  expected: Record<string, unknown>[];
}

const dir = new URL("../specs/figures/", import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith(".json"));

describe("figure specs", () => {
  it("has a spec file per rule family and a negative spec", () => {
    expect(files).toEqual(expect.arrayContaining(["negative.json", "numbers.json", "money.json", "ranges.json"]));
  });
  for (const file of files) {
    const specs: Spec[] = JSON.parse(readFileSync(new URL(file, dir), "utf8"));
    describe(file, () => {
      for (const { input, expected } of specs) {
        it(`extractFigures(${JSON.stringify(input)})`, () => {
          const got = extractFigures(prepare(input));
          expect(got.map((f) => f.text)).toEqual(expected.map((e) => e.text));
          got.forEach((f, i) => expect(f).toMatchObject(expected[i]));
        });
      }
    });
  }
});
