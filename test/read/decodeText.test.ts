import { describe, expect, it } from "vitest";
import { decodeText } from "../../loaders/read/decodeText.ts";

const decoded = (text: string) => {
  const d = decodeText(new TextEncoder().encode(text));
  return d.ok ? d.text : d.problem;
};

describe("decodeText", () => {
  it("decodeText(bytes) turns HTML entities into their characters", () => {
    expect(decoded("EC President Jos&#233; Manuel Barroso said the deal, worth &#163;5m, was done.")).toBe(
      "EC President José Manuel Barroso said the deal, worth £5m, was done.",
    );
    expect(decoded("Marks &amp; Spencer&rsquo;s sales rose &#x2014; and fell.")).toBe(
      "Marks & Spencer’s sales rose — and fell.",
    );
  });

  it("decodeText(bytes) leaves an ampersand that is no entity as written", () => {
    expect(decoded("AT&T and R&D&nbspx &notanentity; &#0; stay.")).toBe("AT&T and R&D&nbspx &notanentity; &#0; stay.");
  });

  it("decodeText(bytes) still refuses an empty file and normalises line endings", () => {
    expect(decoded("")).toBe("empty file");
    expect(decoded("One line.\r\nTwo lines.\r")).toBe("One line.\nTwo lines.\n");
  });
});
