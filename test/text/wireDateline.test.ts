import { describe, expect, it } from "vitest";
import { prepare } from "../../loaders/text/prepare.ts";
import { wireDateline } from "../../loaders/text/wireDateline.ts";

const opening = (text: string) => {
  const doc = prepare(text);
  return text.slice(doc.sentences[0].start, doc.sentences[0].end);
};

describe("wireDateline", () => {
  it("wireDateline(paragraph) measures a place, region, date and credit before the dash", () => {
    for (const dateline of [
      "TORONTO (AP) — ",
      "KABUL, Afghanistan (AP) — ",
      "OTTAWA — ",
      "LONDON, Aug. 12 (Reuters) - ",
      "WASHINGTON -- ",
      "ST. JOHN'S, N.L. (CP) — ",
    ])
      expect(wireDateline(`${dateline}Canada has ended evacuations from the airport.`)).toBe(dateline.length);
  });

  it("wireDateline(paragraph) is 0 for a sentence that opens with an acronym or a capitalised word", () => {
    for (const text of [
      "NATO said on Thursday it would not be intimidated.",
      "OTTAWA's mayor said the city would pay.",
      "The U.S. - and Britain - will send troops.",
      "Canada — and its allies — sent troops.",
      "UN - the organisation - said nothing.",
    ])
      expect(wireDateline(text)).toBe(0);
  });

  it("prepare(text) starts the first sentence after a wire dateline, so no report quotes it", () => {
    const text = "TORONTO (AP) — Canada has ended evacuations from Kabul's airport, a Canadian general said Thursday.";
    expect(opening(text)).toBe("Canada has ended evacuations from Kabul's airport, a Canadian general said Thursday.");
    expect(prepare(text).paragraphs[0].start).toBe(0);
  });
});
