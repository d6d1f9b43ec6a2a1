import { describe, expect, it } from "vitest";
import { decodeEntities } from "../../loaders/read/decodeEntities.ts";

describe("decodeEntities", () => {
  it("decodeEntities(text) turns numeric and named HTML entities into their characters", () => {
    expect(decodeEntities("EC President Jos&#233; Manuel Barroso said the deal, worth &#163;5m, was done.")).toBe(
      "EC President José Manuel Barroso said the deal, worth £5m, was done.",
    );
    expect(decodeEntities("Marks &amp; Spencer&rsquo;s sales rose &#x2014; and fell.")).toBe(
      "Marks & Spencer’s sales rose — and fell.",
    );
  });

  it("decodeEntities(text) leaves an ampersand that is no entity as written", () => {
    expect(decodeEntities("AT&T and R&D&nbspx &notanentity; &#0; stay.")).toBe(
      "AT&T and R&D&nbspx &notanentity; &#0; stay.",
    );
  });
});
