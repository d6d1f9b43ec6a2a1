import { describe, expect, it } from "vitest";
import { escapeRegExp } from "../../loaders/lexicon/escapeRegExp.ts";
import { isAgentNoun } from "../../loaders/quotes/isAgentNoun.ts";
import { quoteLexicon } from "../../loaders/quotes/quoteLexicon.ts";

describe("isAgentNoun", () => {
  const lex = quoteLexicon();
  it("isAgentNoun(word) is true for nouns naming someone by what they do", () => {
    for (const w of ["bookmaker", "campaigner", "futurologist", "matchwinner", "administrator", "historian"])
      expect(isAgentNoun(w, lex), w).toBe(true);
  });
  it("isAgentNoun(word) is false for comparatives, adverbs, short words and capitalised names", () => {
    for (const w of ["former", "together", "however", "other", "her", "Walter", "market"])
      expect(isAgentNoun(w, lex), w).toBe(false);
  });
});

describe("escapeRegExp", () => {
  it("escapeRegExp(s) matches s literally inside a pattern", () => {
    const s = "St. (Mary's) [a+b]?";
    expect(new RegExp(`^${escapeRegExp(s)}$`).test(s)).toBe(true);
    expect(new RegExp(`^${escapeRegExp("St.")}$`).test("Stx")).toBe(false);
  });
});
