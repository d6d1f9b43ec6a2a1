import { describe, expect, test } from "vitest";
import { eventGroups } from "../../loaders/corpus/eventGroups.ts";
import type { EventRow } from "../../loaders/types.ts";

const row = (event_id: string, date: string, text: string): EventRow => ({
  event_id,
  article_id: event_id.split("#")[0],
  event_group: event_id,
  text,
  date,
  precision: "day",
  date_text: "",
  date_start: 0,
  date_end: 0,
  start: 0,
  end: text.length,
  rule: "test",
});

const events = [
  row("a#e1", "2021-08-12", "the Taliban captured both Kandahar and Herat"),
  row("b#e1", "2021-08-12", "Britain said it will send around 600 troops to Afghanistan"),
  row("b#e2", "2021-08-12", "their capture of Kandahar by the Taliban"),
  row("c#e1", "2021-08-13", "the Taliban captured Kandahar"),
];

describe("eventGroups", () => {
  test("eventGroups(same date, shared key terms) merges into the first event's group", () => {
    const groups = eventGroups(events);
    expect(groups.get("a#e1")).toBe("a#e1");
    expect(groups.get("b#e2")).toBe("a#e1");
  });

  test("eventGroups keeps different happenings and different dates apart", () => {
    const groups = eventGroups(events);
    expect(groups.get("b#e1")).toBe("b#e1");
    expect(groups.get("c#e1")).toBe("c#e1");
  });

  test("eventGroups names a group after its first event in input order", () => {
    const groups = eventGroups([...events].reverse());
    expect(groups.get("a#e1")).toBe("b#e2");
    expect(groups.get("b#e2")).toBe("b#e2");
  });

  test("eventGroups(one shared word) does not merge: two key terms are needed", () => {
    const groups = eventGroups([
      row("x#e1", "2004", "India's economy grew 6.9%"),
      row("y#e1", "2004", "Singapore's economy grew by 8.1%"),
    ]);
    expect(groups.get("y#e1")).toBe("y#e1");
  });

  test("eventGroups compares with a group's first event, so near matches do not chain", () => {
    const groups = eventGroups([
      row("x#e1", "2021-08-12", "the Taliban captured Kandahar city"),
      row("y#e1", "2021-08-12", "the Taliban captured Kandahar and Herat provinces"),
      row("z#e1", "2021-08-12", "fighters captured Herat provinces"),
    ]);
    expect(groups.get("y#e1")).toBe("x#e1");
    expect(groups.get("z#e1")).toBe("z#e1");
  });
});
