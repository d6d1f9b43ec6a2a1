import { describe, expect, it } from "vitest";
import { listedOrganisations } from "../../loaders/quotes/listedOrganisations.ts";
import { pronounReferent } from "../../loaders/quotes/pronounReferent.ts";
import { quoteContext } from "../../loaders/quotes/quoteContext.ts";
import { resolveSpeaker } from "../../loaders/quotes/resolveSpeaker.ts";
import { speakerContext } from "../../loaders/quotes/speakerContext.ts";
import { words } from "../../loaders/quotes/words.ts";
import { prepare } from "../../loaders/text/prepare.ts";

// Resolves the last occurrence of `phrase` in `text`.
function resolve(text: string, phrase: string) {
  const ctx = quoteContext(prepare(text));
  const at = text.lastIndexOf(phrase);
  return resolveSpeaker(ctx.text, at, at + phrase.length, ctx.ents, ctx.lex);
}

// The speaker rules' context for the last occurrence of `phrase` in `text`.
function context(text: string, phrase: string) {
  const { ents, lex } = quoteContext(prepare(text));
  const at = text.lastIndexOf(phrase);
  const resolve = (from: number, to: number) => resolveSpeaker(text, from, to, ents, lex);
  return speakerContext({ text, ents, lex, resolve }, words(text, at, at + phrase.length), null);
}

describe("resolveSpeaker", () => {
  it("a page's date lines, byline and province abbreviations name no one", () => {
    const text = [
      "Ferry crossings cancelled",
      "By Chloe Bennett",
      "Posted Mon 12 Jun 2023 at 6:41pm, updated Mon 12 Jun 2023 at 9:02pm",
      "Published Thursday, Aug. 26, 2021 5:14PM EDT",
      "A fire broke out on a ferry between Caribou, N.S., and Wood Islands, P.E.I., on Wednesday.",
    ].join("\n\n");
    const { ents } = quoteContext(prepare(text));
    const people = ents.mentions.filter((m) => m.kind === "person").map((m) => m.name);
    expect(people).not.toContain("Chloe Bennett");
    expect(people.filter((n) => /Mon|Jun|Thursday|Aug|N\.S|P\.E\.I/.test(n))).toEqual([]);
  });
  it("'the radio station' is Radio 1 with its number, and a share of people keeps none", () => {
    const text =
      'Almost 70% said the show was good. Radio 1 said the show would go on. "It is a legacy," said the radio station.';
    const { ents } = quoteContext(prepare(text));
    expect(ents.mentions.filter((m) => /\d/.test(m.name)).map((m) => m.name)).toEqual(["Radio 1"]);
    expect(resolve(text, "the radio station")).toMatchObject({ speaker: "Radio 1", speaker_type: "organization" });
  });
  it("'Asimo' after a sentence-opening adverb is the name without the adverb", () => {
    const text = "Honda's robot Asimo can now run. Eventually Asimo could find work in homes. Asimo said nothing.";
    const { ents } = quoteContext(prepare(text));
    expect(ents.mentions.filter((m) => m.name.includes("Asimo")).map((m) => m.name)).toEqual([
      "Asimo",
      "Asimo",
      "Asimo",
    ]);
  });
  it("'the firms' is the organisations the article last listed", () => {
    const text = "Shares in drug firms Elan and Biogen Idec fell on Monday. The firms said the trial would stop.";
    expect(resolve(text, "The firms")).toMatchObject({ speaker: "Elan and Biogen Idec", speaker_type: "organization" });
  });
  it("'he' is the last named subject", () => {
    const text = "Tony Blair visited Leeds. He said it was a good day.";
    expect(resolve(text, "He")).toMatchObject({ speaker: "Tony Blair", speaker_type: "person" });
  });
  it("a lone capitalised word with no first name is an organisation", () => {
    const text = "Novartis shares rose on Monday. Novartis said profits were up.";
    expect(resolve(text, "Novartis")).toMatchObject({ speaker: "Novartis", speaker_type: "organization" });
  });
  it("unnamed sources keep the article's description", () => {
    for (const phrase of ["A spokesperson for Delta Airlines", "Shocked health officials in Powys"])
      expect(resolve(`${phrase} said the plan was wrong.`, phrase)).toMatchObject({
        speaker: phrase,
        speaker_type: "anonymous",
      });
  });
});

describe("speaker rules", () => {
  it("a rule that does not apply leaves the phrase to the next one (undefined)", () => {
    const ctx = context("Novartis shares rose on Monday. Novartis said profits were up.", "Novartis");
    expect(listedOrganisations(ctx)).toBeUndefined();
    expect(pronounReferent(ctx)).toBeUndefined();
  });
  it("pronounReferent answers for a lone pronoun", () => {
    const ctx = context("Tony Blair visited Leeds. He said it was a good day.", "He");
    expect(pronounReferent(ctx)).toMatchObject({ speaker: "Tony Blair", speaker_start: 26, speaker_end: 28 });
  });
});
