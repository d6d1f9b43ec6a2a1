import { describe, expect, it } from "vitest";
import { speakerKey } from "../../loaders/corpus/speakerKey.ts";
import { speakerIds } from "../../loaders/corpus/speakerIds.ts";
import { speakers } from "../../loaders/corpus/speakers.ts";
import type { QuoteRow } from "../../loaders/types.ts";

function quote(
  article_id: string,
  speaker: string,
  speaker_type: QuoteRow["speaker_type"],
  role: string | null,
): QuoteRow {
  return {
    quote_id: `${article_id}#q`,
    article_id,
    text: "…",
    kind: "direct",
    speaker,
    speaker_id: speakerKey(speaker, speaker_type, article_id),
    speaker_type,
    role,
    cue: "said",
    start: 0,
    end: 1,
    speaker_start: null,
    speaker_end: null,
    quote_group: "g",
    rule: "test",
  };
}

describe("speakerKey", () => {
  it("speakerKey gives a named person one id across articles, ignoring case, accents and honorifics", () => {
    expect(speakerKey("Mélanie Joly", "person", "a")).toBe(speakerKey("Melanie JOLY", "person", "b"));
    expect(speakerKey("Ms Patricia Hewitt", "person", "a")).toBe("person:patricia-hewitt");
  });
  it("speakerKey keeps anonymous sources inside their article and drops a leading 'the' from organisations", () => {
    expect(speakerKey("a defence source", "anonymous", "000")).toBe("anon:000:a-defence-source");
    expect(speakerKey("a defence source", "anonymous", "001")).not.toBe(
      speakerKey("a defence source", "anonymous", "000"),
    );
    expect(speakerKey("the Associated Press", "organization", "x")).toBe("org:associated-press");
  });
  it("speakerKey does not merge two people who share only a surname", () => {
    expect(speakerKey("Justin Trudeau", "person", "a")).not.toBe(speakerKey("Pierre Trudeau", "person", "a"));
  });
});

describe("speakers", () => {
  it("speakers(quotes) counts quotes and articles per speaker and spans their publication dates", () => {
    const quotes = [
      quote("a", "Harjit Sajjan", "person", "Defence Minister"),
      quote("a", "Harjit Sajjan", "person", null),
      quote("b", "Harjit Sajjan", "person", "Defence Minister"),
      quote("b", "Global News", "organization", null),
    ];
    const rows = speakers(
      quotes,
      new Map([
        ["a", "2021-08-12"],
        ["b", "2021-08-29"],
      ]),
    );
    expect(rows).toEqual([
      {
        speaker_id: "person:harjit-sajjan",
        name: "Harjit Sajjan",
        speaker_type: "person",
        roles: ["Defence Minister"],
        n_quotes: 3,
        n_articles: 2,
        first_published: "2021-08-12",
        last_published: "2021-08-29",
      },
      {
        speaker_id: "org:global-news",
        name: "Global News",
        speaker_type: "organization",
        roles: [],
        n_quotes: 1,
        n_articles: 1,
        first_published: "2021-08-29",
        last_published: "2021-08-29",
      },
    ]);
  });
});

describe("speakerIds", () => {
  const q = (article_id: string, speaker: string, role: string | null = null) => ({
    ...quote(article_id, speaker, "person", role),
    speaker_id: null,
  });
  it("speakerIds joins a surname-only speaker to the one full name with that surname", () => {
    const quotes = [q("a", "Justin Trudeau"), q("b", "Trudeau")];
    speakerIds(quotes);
    expect(quotes.map((x) => x.speaker_id)).toEqual(["person:justin-trudeau", "person:justin-trudeau"]);
  });
  it("speakerIds keeps a surname-only speaker apart when two full names share it, unless the role agrees", () => {
    const quotes = [
      q("a", "Justin Trudeau", "Prime Minister"),
      q("b", "Pierre Trudeau", "former prime minister"),
      q("c", "Trudeau"),
      q("d", "Trudeau", "Prime Minister"),
    ];
    speakerIds(quotes);
    expect(quotes.map((x) => x.speaker_id)).toEqual([
      "person:justin-trudeau",
      "person:pierre-trudeau",
      "person:trudeau",
      "person:justin-trudeau",
    ]);
  });
});
