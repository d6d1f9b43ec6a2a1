import { describe, expect, it } from "vitest";
import { prepare } from "../../loaders/text/prepare.ts";

const sentenceTexts = (text: string) => prepare(text).sentences.map((s) => text.slice(s.start, s.end));
const lines = (text: string) =>
  prepare(text).paragraphs.map((p) => [text.slice(p.start, p.end).slice(0, 24), p.furniture] as const);

describe("prepare", () => {
  it("prepare(text) marks a reader poll as furniture and keeps the article around it", () => {
    const text = [
      "The singer left the show on Friday.",
      "VOTE   Was the singer right to leave the show?   Yes  No   Results are indicative and may not reflect public opinion",
      "Bookmakers now make the actor favourite.",
    ].join("\n\n");
    expect(lines(text)).toEqual([
      ["The singer left the show", false],
      ["VOTE   Was the singer ri", true],
      ["Bookmakers now make the ", false],
    ]);
    // Furniture has no sentences, so no extractor reads it.
    expect(sentenceTexts(text)).toEqual([
      "The singer left the show on Friday.",
      "Bookmakers now make the actor favourite.",
    ]);
  });

  it("prepare(text) marks a wire service's tagline as furniture, not a sentence of the story", () => {
    const text = [
      "Workers walked off the job on Thursday, the union said.",
      "This report by The Canadian Press was first published Aug. 12, 2021.",
      "This report was welcomed by ministers on Friday.",
    ].join("\n\n");
    expect(lines(text)).toEqual([
      ["Workers walked off the j", false],
      ["This report by The Canad", true],
      ["This report was welcomed", false],
    ]);
  });

  it("prepare(text) marks an embedded post's signature as furniture", () => {
    const text = [
      "A statement from the club. Please read in full. pic.twitter.com/k7RzQ2vXmd",
      "— Ashworth Town FC (@AshworthTownFC) October 22, 2021",
    ].join("\n");
    expect(lines(text)).toEqual([
      ["A statement from the clu", false],
      ["— Ashworth Town FC (@Ash", true],
    ]);
  });

  it("prepare(text) marks a list of related posts or most-read stories, and all after it, as furniture", () => {
    const text = [
      "Thousands crossed the border on Saturday, officials said.",
      "Related Posts",
      "Poland says it has taken in more than 2.5 million refugees",
      "Most read",
      "Minister says talks will resume",
    ].join("\n");
    expect(lines(text)).toEqual([
      ["Thousands crossed the bo", false],
      ["Related Posts", true],
      ["Poland says it has taken", true],
      ["Most read", true],
      ["Minister says talks will", true],
    ]);
  });

  it("prepare(text) marks a bare RELATED heading and all after it, and the link after 'Sponsored content', as furniture", () => {
    const text = [
      "The council voted on Monday to raise the levy.",
      "Sponsored content",
      "The five things every retiree should know about super in 2023",
      "Ceremonies will begin at 10:30 a.m. Friday at the cenotaph.",
      "RELATED",
      "City to restore First World War memorial plaques next spring",
      "She will lay a wreath at Queen's Park on Friday.",
    ].join("\n");
    expect(lines(text)).toEqual([
      ["The council voted on Mon", false],
      ["Sponsored content", true],
      ["The five things every re", true],
      ["Ceremonies will begin at", false],
      ["RELATED", true],
      ["City to restore First Wo", true],
      ["She will lay a wreath at", true],
    ]);
  });

  it("prepare(text) marks a video line's repeated title as furniture, but not the story's next paragraph", () => {
    const text = [
      "Click to play video: 'Afghan families plead for help as mission winds down'",
      "Afghan families plead for help as mission winds down – Aug 26, 2021",
      "The minister said Canada would keep its promise.",
      "Click to play video: 'Kabul airport blast kills dozens'",
      "Immigration Minister Paul Demers said the airlift would end.",
    ].join("\n");
    expect(lines(text)).toEqual([
      ["Click to play video: 'Af", true],
      ["Afghan families plead fo", true],
      ["The minister said Canada", false],
      ["Click to play video: 'Ka", true],
      ["Immigration Minister Pau", false],
    ]);
  });

  it("prepare(text) keeps a line that merely starts with the word vote", () => {
    const text = "Vote counting began at 10pm in the north of the city.";
    expect(lines(text)).toEqual([["Vote counting began at 1", false]]);
  });

  it("prepare(text) marks a readers' comment section after a gap as furniture", () => {
    const comments = Array.from({ length: 16 }, (_, k) =>
      k % 2 ? `I think song ${k} was better than the winner, in my view.` : `What about the ${k} other nominees?`,
    );
    const text = ["The song won the award on Wednesday, the BBC said.", "", "", ...comments].join("\n\n");
    const doc = prepare(text);
    expect(doc.paragraphs.filter((p) => p.furniture)).toHaveLength(16);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "The song won the award on Wednesday, the BBC said.",
    ]);
  });

  it("prepare(text) marks a readers' comment section that follows the article with no gap", () => {
    const article = [
      "The minimum wage will rise in October, the government has announced.",
      "Adults must be paid at least £5.05 an hour, up from £4.85.",
      "Unions welcomed the rise, and the Low Pay Commission said jobs had kept growing.",
    ];
    const comments = Array.from({ length: 16 }, (_, k) =>
      k % 2 ? `I earn £${k + 4} an hour and my rent went up ${k}%.` : `Businesses will cut ${k} jobs, mark my words.`,
    );
    const doc = prepare([...article, ...comments].join("\n\n"));
    expect(doc.paragraphs.filter((p) => p.furniture)).toHaveLength(16);
    expect(doc.paragraphs.filter((p) => !p.furniture)).toHaveLength(3);
  });

  it("prepare(text) keeps a first-person column with no gap whole", () => {
    const column = Array.from({ length: 20 }, (_, k) => `I remember race ${k} well, and my view has not changed.`);
    const doc = prepare(["Here are the year's best moments, my editor said.", ...column].join("\n\n"));
    expect(doc.paragraphs.some((p) => p.furniture)).toBe(false);
  });

  it("prepare(text) keeps a columnist's first-person paragraphs after a gap", () => {
    const column = Array.from({ length: 6 }, (_, k) => `I remember race ${k} well, and my view has not changed.`);
    const text = ["Here are the year's best moments.", "", "", ...column].join("\n\n");
    expect(prepare(text).paragraphs.some((p) => p.furniture)).toBe(false);
  });

  it("prepare(text) ends a sentence before a quotation that opens with an editor's bracket", () => {
    const text = 'He warned that prices posed a threat. "[Oil prices] will weigh on spending," he said.';
    expect(sentenceTexts(text)).toEqual([
      "He warned that prices posed a threat.",
      '"[Oil prices] will weigh on spending," he said.',
    ]);
  });

  it("prepare(text) ends a sentence after a firm's ampersand name but not after an initial", () => {
    const text = "He said the group was interested in M&S. A spike followed. John D. Smith agreed.";
    expect(sentenceTexts(text)).toEqual([
      "He said the group was interested in M&S.",
      "A spike followed.",
      "John D. Smith agreed.",
    ]);
  });

  it("prepare(text) ends a sentence after an acronym that is also an abbreviation in lower case", () => {
    const text =
      "Sources told the FT. But Rover denied it. Patients with MS. Final approval is near. The wall is 6 ft. tall.";
    expect(sentenceTexts(text)).toEqual([
      "Sources told the FT.",
      "But Rover denied it.",
      "Patients with MS.",
      "Final approval is near.",
      "The wall is 6 ft. tall.",
    ]);
  });

  it("prepare(text) ends a sentence after a firm's suffix or U.S. before a sentence's opening word", () => {
    const text =
      "Regulators charged Tallow Creek Recycling Pty Ltd. In a statement, it said it would appeal. Sales rose in " +
      "the U.S. The firm hired Dana Ellis Jr. as its chief. Acme Corp. Chief Ann Bell agreed at 9 a.m. Monday.";
    expect(sentenceTexts(text)).toEqual([
      "Regulators charged Tallow Creek Recycling Pty Ltd.",
      "In a statement, it said it would appeal.",
      "Sales rose in the U.S.",
      "The firm hired Dana Ellis Jr. as its chief.",
      "Acme Corp. Chief Ann Bell agreed at 9 a.m. Monday.",
    ]);
  });

  it("prepare(text) ends a sentence after a newspaper named like a weekday but not after the weekday", () => {
    const text =
      'He told The Sun. "We would look at that." The fair opens on Sun. 4 May. It closes before the Aug. 31 deadline.';
    expect(sentenceTexts(text)).toEqual([
      "He told The Sun.",
      '"We would look at that."',
      "The fair opens on Sun. 4 May.",
      "It closes before the Aug. 31 deadline.",
    ]);
  });
});
