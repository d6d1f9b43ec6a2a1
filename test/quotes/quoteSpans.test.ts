import { describe, expect, it } from "vitest";
import { quoteSpans } from "../../loaders/quotes/quoteSpans.ts";
import { prepare } from "../../loaders/text/prepare.ts";

const spans = (text: string) => {
  const doc = prepare(text);
  return quoteSpans(doc).map((s) => ({ text: text.slice(s.start, s.end), closed: s.close >= 0, single: s.single }));
};

describe("quoteSpans", () => {
  it("quoteSpans(curly and straight double quotes)", () => {
    expect(spans('“We’re ready,” he said. "So are we," she said.')).toEqual([
      { text: "We’re ready,", closed: true, single: false },
      { text: "So are we,", closed: true, single: false },
    ]);
  });

  it("quoteSpans(a BBC reopening mark) ends the first span where the next opens", () => {
    expect(spans('Ms Hewitt said: "We have doubled it. "We are going to extend it."')).toEqual([
      { text: "We have doubled it.", closed: false, single: false },
      { text: "We are going to extend it.", closed: true, single: false },
    ]);
  });

  it("quoteSpans(a quotation running on) ends it at the paragraph's end", () => {
    expect(spans("“In fact, I have daily briefings.\n\n“All I can say is this.”")).toEqual([
      { text: "In fact, I have daily briefings.", closed: false, single: false },
      { text: "All I can say is this.", closed: true, single: false },
    ]);
  });

  it("quoteSpans(single quotes inside double quotes) keeps only the outer span", () => {
    expect(spans("\"It is not 'cutting edge' at all,\" he said.")).toEqual([
      { text: "It is not 'cutting edge' at all,", closed: true, single: false },
    ]);
  });

  it("quoteSpans(apostrophes) finds no quotation in Blair's or the Americans' plans", () => {
    expect(spans("Blair's plan and the Americans' plans were discussed.")).toEqual([]);
  });

  it("quoteSpans(a headline's single quotes) finds the quoted words", () => {
    expect(spans("Fox attacks Blair's Tory 'lies'")).toEqual([{ text: "lies", closed: true, single: true }]);
  });
  it("quoteSpans(a quotation left open) stops before a sentence of narration", () => {
    expect(spans('He added: "I am ready. Meanwhile, club spokesman Dan Ross said the deal was done.')).toEqual([
      { text: "I am ready.", closed: false, single: false },
    ]);
    expect(spans('He added: "I am ready. She knows it is true.')).toEqual([
      { text: "I am ready. She knows it is true.", closed: false, single: false },
    ]);
  });

  it("quoteSpans(a closing mark after a stray space) still closes", () => {
    expect(spans('"Savers have lost out, " said Ana Ruiz. "It is bad," she said.')).toEqual([
      { text: "Savers have lost out,", closed: true, single: false },
      { text: "It is bad,", closed: true, single: false },
    ]);
  });

  it("quoteSpans(a closing mark with no opening one) starts the quotation at its sentence", () => {
    expect(spans('It was a shock. It came out of the blue," he said.')).toEqual([
      { text: "It came out of the blue,", closed: true, single: false },
    ]);
    expect(spans('He walked in," and then left.')).toEqual([]);
  });

  it("quoteSpans(a quotation left open before 'He added:') ends it before the cue", () => {
    expect(spans('Mr Cole said: "I lost three years. He added: "They made me stronger."')).toEqual([
      { text: "I lost three years.", closed: false, single: false },
      { text: "They made me stronger.", closed: true, single: false },
    ]);
  });
});
