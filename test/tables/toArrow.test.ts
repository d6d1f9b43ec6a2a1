import { tableFromIPC } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { schemas, TABLE_NAMES } from "../../loaders/tables/schemas.ts";
import { toArrow } from "../../loaders/tables/toArrow.ts";
import type { SpeakerRow } from "../../loaders/types.ts";

describe("toArrow", () => {
  it("toArrow(name, []) writes every table's schema even when empty", () => {
    for (const name of TABLE_NAMES) {
      const table = tableFromIPC(toArrow(name, []));
      expect(table.numRows).toBe(0);
      expect(table.schema.fields.map((f) => f.name)).toEqual(Object.keys(schemas[name]));
    }
  });

  it("toArrow('speakers', rows) round-trips strings, numbers, nulls and lists", () => {
    const rows: SpeakerRow[] = [
      {
        speaker_id: "person:harjit-sajjan",
        name: "Harjit Sajjan",
        speaker_type: "person",
        roles: ["Defence Minister"],
        n_quotes: 12,
        n_articles: 2,
        first_published: "2021-08-12",
        last_published: null,
      },
    ];
    const table = tableFromIPC(toArrow("speakers", rows));
    const row = table.get(0)!.toJSON();
    expect({ ...row, roles: [...row.roles] }).toEqual(rows[0]);
  });

  it("toArrow is deterministic: same rows, same bytes", () => {
    const rows: SpeakerRow[] = [
      {
        speaker_id: "s",
        name: "S",
        speaker_type: "anonymous",
        roles: [],
        n_quotes: 1,
        n_articles: 1,
        first_published: null,
        last_published: null,
      },
    ];
    expect(Buffer.from(toArrow("speakers", rows)).equals(Buffer.from(toArrow("speakers", rows)))).toBe(true);
  });
});
