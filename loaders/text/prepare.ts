import { lexicon } from "../lexicon/lexicon.ts";
import { isAbbreviation } from "./isAbbreviation.ts";
import type { Span } from "../types.ts";
import { readerComments } from "./readerComments.ts";
import { wireDateline } from "./wireDateline.ts";

/** A line of text, with whether it is page furniture rather than article text. */
export interface Paragraph extends Span {
  index: number;
  furniture: boolean;
}

/** A sentence inside one paragraph. */
export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

/** An article's text split into paragraphs and sentences, with offsets into `text`. */
export interface Doc {
  text: string;
  paragraphs: Paragraph[];
  /** Sentences of the paragraphs that are article text (furniture has none). */
  sentences: Sentence[];
}

interface FurnitureRule {
  pattern: RegExp;
  extent: "line" | "next" | "rest";
}

/**
 * A byline: "By" and a name, then nothing or an outlet or co-author set off by a separator ("By Tom Ashdown",
 * "By Renée Lachapelle  Prairie News Network", "By Jane Doe | Reuters"); not "By Friday, the union had …".
 */
const BYLINE =
  /^By\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:(?:\s*[,|·—–-]\s*|\s{2,}|\s+and\s+)\p{Lu}[\p{L}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|and|of|the))*)*$/u;

let furnitureRules: FurnitureRule[] | undefined;
function furniture(): FurnitureRule[] {
  furnitureRules ??= lexicon("furniture").map((entry) => {
    const m = /^(.*?)\s*>>(next|rest)$/.exec(entry);
    const source = m ? m[1] : entry;
    return { pattern: new RegExp(`^(?:${source})`, "i"), extent: (m?.[2] as "next" | "rest") ?? "line" };
  });
  return furnitureRules;
}

/** Splits text into paragraphs: non-empty lines, trimmed, with their offsets. */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const line = /[^\n]+/g;
  let rest = false;
  let next = false;
  // (a link that gives its title in quotation marks marks the next line only when that line repeats it: "Click to play
  // video: 'Afghan interpreters' families plead for help'" then the title, and a date after it, but not the story's next
  // paragraph)
  let title: string | null = null;
  const bare = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    let isFurniture = rest || (next && (title === null || bare(trimmed).startsWith(title))) || BYLINE.test(trimmed);
    next = false;
    for (const rule of furniture()) {
      if (!rule.pattern.test(trimmed)) continue;
      isFurniture = true;
      if (rule.extent === "next") {
        next = true;
        const quoted = /['‘"“](.{8,})['’"”]\s*$/u.exec(trimmed)?.[1];
        title = quoted === undefined ? null : bare(quoted);
      }
      if (rule.extent === "rest") rest = true;
    }
    out.push({ index: out.length, start, end: start + trimmed.length, furniture: isFurniture });
  }
  return out;
}

// (and '… on the red carpet."It's unlike …': a quotation opened with no space after the sentence before)
// (and "… to be 'disorganized.' Hounded by …": a straight single quote closing before the next sentence)
const BOUNDARY = /[.!?…]+["”’')\]]*(?=\s+["“‘([]{0,2}[\p{Lu}\p{N}])|[.!?](?=["“]\p{Lu})/gu;

/** Splits one paragraph span into sentence spans. */
export function sentences(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const body = text.slice(span.start, span.end);
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
    const end = m.index + m[0].length;
    // (a straight mark right after the stop opens a quotation only when the marks before it are paired)
    if (body[end] === '"' && (body.slice(0, end).match(/"/g)?.length ?? 0) % 2 === 1) continue;
    if (m[0][0] === "." && m[0].length === 1) {
      const word = /([\p{L}.]+)$/u.exec(body.slice(from, m.index))?.[1] ?? "";
      // "U.S." or "Gen." or an initial ("John D. Smith") does not end a sentence.
      // ("… interested in M&S. A sudden spike …": a letter after an ampersand ends a firm's name, not an initial;
      // "… can be generated in 3D. "The model …": after a digit, a unit)
      const initial = /^\p{Lu}$/u.test(word) && !/[&\p{N}]/u.test(body[m.index - 2] ?? "");
      // ("sources close to the negotiations tell the FT. But Rover …": an acronym in capitals is a name, not "ft.")
      const acronym = /^\p{Lu}{2,}$/u.test(word);
      const before = body.slice(Math.max(0, m.index - word.length - 8), m.index - word.length);
      if ((isAbbreviation(word, before, body.slice(m.index, m.index + 16)) && !acronym) || initial) continue;
    }
    out.push({ start: span.start + from, end: span.start + end });
    from = end;
    while (from < body.length && /\s/.test(body[from])) from++;
  }
  if (from < body.length) out.push({ start: span.start + from, end: span.end });
  return out;
}

/** Prepares an article's text for the extractors: paragraphs, furniture (with readers' comments), sentences. */
export function prepare(text: string): Doc {
  const paras = paragraphs(text);
  // Readers' comments appended after the article are furniture too.
  const comments = readerComments(text, paras);
  if (comments >= 0) for (const p of paras.slice(comments)) p.furniture = true;
  const sents: Sentence[] = [];
  let read = 0;
  for (const p of paras) {
    if (p.furniture) continue;
    // A wire dateline opening the first paragraphs ("TORONTO (AP) — Canada has ended …") is no sentence's part.
    // (the first five of the article's own, past a video's lines and captions: "ST. JOHN'S, N.L. — Hundreds …")
    // (or past a byline, its outlet line, "Published"/"Last Updated" lines and a photo's caption and credit: "OTTAWA
    // -- The federal government says …" as the tenth line)
    const from = read++ < 10 ? wireDateline(text.slice(p.start, p.end)) : 0;
    for (const s of sentences(text, { start: p.start + from, end: p.end }))
      sents.push({ ...s, index: sents.length, paragraph: p.index });
  }
  return { text, paragraphs: paras, sentences: sents };
}
