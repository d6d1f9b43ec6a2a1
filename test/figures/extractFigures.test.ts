import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../loaders/figures/extractFigures.ts";
import { prepare } from "../../loaders/text/prepare.ts";

const figures = (text: string) => extractFigures(prepare(text));

describe("extractFigures", () => {
  it('extractFigures("The U.S. is sending 3,000 troops, the British 600.") records rule, predicate, sentence', () => {
    const [us, uk] = figures("The U.S. is sending 3,000 troops, the British 600.");
    expect(us).toMatchObject({ rule: "count-noun", predicate: "send troops", subject: "U.S." });
    expect(uk).toMatchObject({ rule: "bare+parallel", predicate: "send troops", subject: "British", unit: "troops" });
    expect(us.sentence).toBe("The U.S. is sending 3,000 troops, the British 600.");
  });

  it("extractFigures() gives offsets into the article text, sorted by start", () => {
    const text = "Title with 5 seats\n\nBody: about 3,700 people left, and 20% stayed.";
    const got = figures(text);
    expect(got.map((f) => text.slice(f.start, f.end))).toEqual(got.map((f) => f.text));
    expect(got.map((f) => f.text)).toEqual(["5 seats", "about 3,700 people", "20%"]);
  });

  it("extractFigures() skips page furniture", () => {
    const text = "Canada sent 200 soldiers.\n\nYou May Also Like\n\nTrudeau promises $1B to help provinces";
    expect(figures(text).map((f) => f.text)).toEqual(["200 soldiers"]);
  });

  it("extractFigures() on a bundled article finds the resettlement figures", () => {
    const text = readFileSync(new URL("../../data/articles/003_242cf1761a802da2.txt", import.meta.url), "utf8");
    const got = figures(text).map((f) => [f.text, f.value, f.unit, f.approx]);
    expect(got).toContainEqual(["20,000 Afghan refugees", 20000, "refugees", null]);
    expect(got).toContainEqual(["Over a thousand", 1000, "refugees", "Over"]);
    expect(got).not.toContainEqual(expect.arrayContaining(["9/11"]));
  });

  it("extractFigures() finds every figure in a long article", () => {
    const text = "Officials said about 3,700 people left in 2021 and £75m ($141m) was spent over five years. ".repeat(
      2000,
    );
    expect(figures(text)).toHaveLength(8000);
  });
});
