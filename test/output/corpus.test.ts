import { csvFormat } from "d3";
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../loaders/extract.ts";
import { readArticles } from "../../loaders/read/readArticles.ts";
import { TABLE_NAMES } from "../../loaders/tables/schemas.ts";
import { toArrow } from "../../loaders/tables/toArrow.ts";
import type { Tables } from "../../loaders/types.ts";

// Readable snapshots of every table on the bundled corpus: a changed extraction shows up as a CSV diff.
// Long text columns are cut so the files stay reviewable.
const omit: Record<string, string[]> = { articles: ["text", "path"], figures: ["sentence"] };
const cut = (v: unknown) => (typeof v === "string" && v.length > 160 ? `${v.slice(0, 157)}...` : v);

function csv(rows: readonly object[], drop: string[] = []): string {
  return (
    csvFormat(
      rows.map((r) =>
        Object.fromEntries(
          Object.entries(r)
            .filter(([k]) => !drop.includes(k))
            .map(([k, v]) => [k, Array.isArray(v) ? v.join("|") : cut(v)]),
        ),
      ),
    ) + "\n"
  );
}

let tables: Tables;
beforeAll(async () => {
  tables = await extract(readArticles(["data/articles"]));
});

describe("extract(data/articles)", () => {
  for (const name of TABLE_NAMES) {
    it(`extract(data/articles).${name} matches its CSV snapshot`, async () => {
      await expect(csv(tables[name], omit[name])).toMatchFileSnapshot(`./corpus/${name}.csv`);
    });
  }

  it("extract(data/articles) is deterministic: a second run gives the same Arrow bytes", async () => {
    const again = await extract(readArticles(["data/articles"]));
    for (const name of TABLE_NAMES)
      expect(Buffer.from(toArrow(name, again[name])).equals(Buffer.from(toArrow(name, tables[name])))).toBe(true);
  });

  it("extract(data/articles) reads all five bundled articles", () => {
    expect(tables.articles.map((a) => a.status)).toEqual(["ok", "ok", "ok", "ok", "ok"]);
  });
});
