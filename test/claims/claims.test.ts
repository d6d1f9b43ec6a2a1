import { describe, expect, it } from "vitest";
import { claims } from "../../loaders/corpus/claims.ts";
import type { FigureRow } from "../../loaders/types.ts";

let next = 0;
/** A hand-built figure row; only the fields claims() reads matter. */
function fig(
  article_id: string,
  value: number,
  unit: string,
  subject: string | null,
  predicate: string,
  approx: string | null = null,
): FigureRow {
  next++;
  return {
    figure_id: `${article_id}#${next}`,
    article_id,
    claim_id: null,
    start: next,
    end: next + 1,
    text: `${value} ${unit}`,
    value,
    value_high: null,
    unit,
    category: "count",
    approx,
    subject,
    predicate: `${predicate} ${unit.toLowerCase()}`,
    sentence: `sentence ${next}`,
    rule: "test",
  };
}

const published = new Map<string, string | null>([
  ["a", "2021-08-26"],
  ["b", "2021-08-29"],
  ["c", "2021-08-12"],
  ["d", null],
]);

describe("claims", () => {
  it('claims(["about 3,700 people", "roughly 3,700 people"]) agree', () => {
    const f = [
      fig("b", 3700, "people", "Canada", "evacuate", "roughly"),
      fig("a", 3700, "people", "Canadian", "evacuate", "about"),
    ];
    const { claims: rows, claimOf } = claims(f, published);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      subject: "Canada",
      predicate: "evacuate",
      unit: "people",
      n_figures: 2,
      n_articles: 2,
      conflict: false,
    });
    // publication order: a (Aug 26) before b (Aug 29)
    expect(rows[0].article_ids).toEqual(["a", "b"]);
    expect(rows[0].figure_ids).toEqual([f[1].figure_id, f[0].figure_id]);
    expect(claimOf.get(f[0].figure_id)).toBe(rows[0].claim_id);
    expect(rows[0].label).toBe("Canada · evacuate · people");
  });

  it('claims(["20,000 Afghan refugees", "21,000 Afghans"]) conflict', () => {
    const f = [fig("a", 20000, "refugees", "Canada", "resettle"), fig("b", 21000, "Afghans", "Canada", "resettle")];
    const [row] = claims(f, published).claims;
    expect(row).toMatchObject({
      unit: "refugees",
      values: [20000, 21000],
      min_value: 20000,
      max_value: 21000,
      conflict: true,
    });
  });

  it('claims(["more than 1,000 refugees", "1,100 refugees"]) agree', () => {
    const f = [
      fig("a", 1000, "refugees", "Canada", "resettle", "more than"),
      fig("b", 1100, "refugees", "Canada", "resettle"),
    ];
    expect(claims(f, published).claims[0].conflict).toBe(false);
  });

  it('claims(["U.S. 3,000 troops", "United States 3,000 troops", "British 600", "Britain 600"]) groups by owner alias', () => {
    const f = [
      fig("c", 3000, "troops", "U.S.", "send"),
      fig("c", 600, "troops", "British", "send"),
      fig("a", 3000, "troops", "United States", "send"),
      fig("a", 600, "troops", "Britain", "send", "around"),
    ];
    const rows = claims(f, published).claims;
    expect(rows.map((r) => [r.subject, r.values])).toEqual([
      ["United States", [3000, 3000]],
      ["United Kingdom", [600, 600]],
    ]);
    expect(rows.every((r) => !r.conflict)).toBe(true);
  });

  it("claims() does not group different owners, verbs or units, and drops single figures", () => {
    const f = [
      fig("a", 3000, "troops", "U.S.", "send"),
      fig("b", 3000, "troops", "Russia", "send"),
      fig("b", 3000, "troops", "U.S.", "kill"),
      fig("b", 3000, "jobs", "U.S.", "send"),
    ];
    const { claims: rows, claimOf } = claims(f, published);
    expect(rows).toEqual([]);
    expect(claimOf.size).toBe(0);
  });

  it('claims(["from 157,000 to 133,000 jobs"]) keeps two figures of one sentence apart', () => {
    const f = [fig("a", 157000, "jobs", "U.S.", "cut"), fig("a", 133000, "jobs", "U.S.", "cut")];
    f[1].sentence = f[0].sentence;
    expect(claims(f, published).claims).toEqual([]);
  });

  it('claims(["146,000 jobs", "337,000 jobs"]) keeps figures of clearly different size apart', () => {
    const f = [fig("a", 146000, "jobs", "U.S.", "create"), fig("b", 337000, "jobs", "U.S.", "create")];
    expect(claims(f, published).claims).toEqual([]);
  });

  it("claims() attaches a figure with an unknown owner where its value agrees", () => {
    const f = [
      fig("c", 3000, "troops", "U.S.", "send"),
      fig("a", 3000, "troops", "Biden", "send"),
      fig("a", 600, "troops", "Britain", "send"),
    ];
    const rows = claims(f, published).claims;
    expect(rows).toHaveLength(1);
    expect(rows[0].values).toEqual([3000, 3000]);
  });

  it("claims() groups 20,000 figures in 2,000 buckets by key", () => {
    const f: FigureRow[] = [];
    for (let i = 0; i < 20000; i++) f.push(fig(`x${i % 50}`, 100 + (i % 2000), "people", "Canada", `verb${i % 2000}`));
    const rows = claims(f, published).claims;
    expect(rows).toHaveLength(2000);
    expect(rows.every((r) => r.n_figures === 10)).toBe(true);
  });
});
