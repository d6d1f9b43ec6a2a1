import { describe, expect, it } from "vitest";
import { quoteGroups } from "../../loaders/corpus/quoteGroups.ts";
import type { QuoteRow } from "../../loaders/types.ts";

const row = (quote_id: string, text: string): QuoteRow => ({
  quote_id,
  article_id: quote_id.split(":")[0],
  speaker_id: null,
  quote_group: "",
  start: 0,
  end: text.length,
  text,
  kind: "direct",
  speaker: null,
  speaker_type: null,
  role: null,
  cue: null,
  speaker_start: null,
  speaker_end: null,
  rule: "test",
});

describe("quoteGroups", () => {
  it("quoteGroups(same text in two articles) gives one group, the first quote's id", () => {
    const groups = quoteGroups([
      row("a:1", "We’re monitoring the situation extremely closely,"),
      row("b:1", "we're   monitoring the situation EXTREMELY closely"),
      row("c:1", "The security situation is deteriorating."),
    ]);
    expect(groups.get("a:1")).toBe("a:1");
    expect(groups.get("b:1")).toBe("a:1");
    expect(groups.get("c:1")).toBe("c:1");
  });

  it("quoteGroups(an edited copy) joins its original on the first or last eight words", () => {
    const original =
      "The reality on the ground is the perimeter of the airport is closed. The Taliban have tightened the noose.";
    const trimmed = "The reality on the ground is the perimeter of the airport is closed.";
    const tail = "Officials said the perimeter of the airport is closed. The Taliban have tightened the noose.";
    const groups = quoteGroups([row("a:1", original), row("b:1", trimmed), row("c:1", tail)]);
    expect(groups.get("b:1")).toBe("a:1");
    expect(groups.get("c:1")).toBe("a:1");
  });

  it("quoteGroups(short words) keeps one-word quotes apart", () => {
    const groups = quoteGroups([row("a:1", "extraordinary."), row("b:1", "“extraordinary”")]);
    expect(groups.get("a:1")).toBe("a:1");
    expect(groups.get("b:1")).toBe("b:1");
  });
});
