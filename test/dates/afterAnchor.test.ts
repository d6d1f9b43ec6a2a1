import { describe, expect, test } from "vitest";
import { afterAnchor } from "../../loaders/dates/afterAnchor.ts";

describe("afterAnchor", () => {
  test('afterAnchor(2004-03-03 day, "day", 2) counts days', () => {
    expect(afterAnchor({ date: "2004-03-03", precision: "day", rule: "full-date" }, "day", 2)).toEqual({
      date: "2004-03-05",
      precision: "day",
      rule: "after-previous",
    });
  });
  test('afterAnchor(2003-12 month, "month", 1) crosses the year', () => {
    expect(afterAnchor({ date: "2003-12", precision: "month", rule: "month-year" }, "month", 1)?.date).toBe("2004-01");
  });
  test('afterAnchor(2002 year, "month", 12) keeps whole years', () => {
    expect(afterAnchor({ date: "2002", precision: "year", rule: "year" }, "month", 12)).toMatchObject({
      date: "2003",
      precision: "year",
    });
  });
  test('afterAnchor(2004-06 month, "day", 2) keeps the anchor\'s precision', () => {
    expect(afterAnchor({ date: "2004-06", precision: "month", rule: "month" }, "day", 2)?.date).toBe("2004-06");
  });
  test("afterAnchor(null) has nothing to count from", () => {
    expect(afterAnchor(null, "year", 1)).toBeNull();
  });
});
