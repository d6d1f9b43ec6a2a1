import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../loaders/quotes/extractQuotes.ts";
import { prepare } from "../../loaders/text/prepare.ts";

const seed = (name: string) => readFileSync(new URL(`../../data/articles/${name}`, import.meta.url), "utf8");

describe("extractQuotes", () => {
  it("extractQuotes(seed 000) attributes the minister's quotes to his full name and skips furniture", () => {
    const quotes = extractQuotes(prepare(seed("000_4587cf704ee13ad9.txt")));
    const sajjan = quotes.filter((q) => q.speaker === "Harjit Sajjan");
    expect(sajjan.length).toBeGreaterThanOrEqual(8);
    expect(sajjan.every((q) => q.speaker_type === "person")).toBe(true);
    expect(quotes.some((q) => /newsletter|email address/i.test(q.text))).toBe(false);
  });

  it("extractQuotes(text) returns spans of doc.text in order, each with a rule", () => {
    const doc = prepare(seed("003_242cf1761a802da2.txt"));
    const quotes = extractQuotes(doc);
    expect(quotes.length).toBeGreaterThan(5);
    quotes.forEach((q, i) => {
      expect(doc.text.slice(q.start, q.end)).toBe(q.text);
      expect(q.rule).toMatch(/\w/);
      if (i > 0) expect(q.start).toBeGreaterThanOrEqual(quotes[i - 1].start);
      if (q.speaker_start !== null && q.speaker_end !== null) expect(q.speaker_end).toBeGreaterThan(q.speaker_start);
    });
  });

  it("extractQuotes(“…” Mendicino tweeted) splits a quote broken by its cue into two with one speaker", () => {
    const doc = prepare(seed("003_242cf1761a802da2.txt"));
    const tweets = extractQuotes(doc).filter((q) => q.speaker === "Marco Mendicino");
    expect(tweets.map((q) => q.kind)).toEqual(["direct", "direct"]);
    expect(tweets[0].cue).toBe("tweeted");
  });

  it("extractQuotes('') is empty", () => {
    expect(extractQuotes(prepare(""))).toEqual([]);
  });
});
