import type { Attribution } from "./resolveSpeaker.ts";
import type { SpeakerContext } from "./speakerContext.ts";
import { nearest } from "./nearest.ts";
import { sentenceOrParagraphStart, sentenceStartBefore } from "./sentenceStartBefore.ts";
import { lexiconSet } from "../lexicon/lexicon.ts";

const MAKERS = lexiconSet("quotes/maker-nouns");

/**
 * "its developers say", "according to its authors": the people behind a product or firm speak for it, the
 * named subject of their sentence, named before its first comma (lexicon `quotes/maker-nouns`); else the description.
 */
export function itsMakers(ctx: SpeakerContext): Attribution | undefined {
  const { text, ents, lowers, s } = ctx;
  if (!(lowers.length === 2 && lowers[0] === "its" && MAKERS.has(lowers[1]))) return undefined;
  // (a headline with no full stop is a sentence of its own)
  const from = sentenceOrParagraphStart(text, s);
  // (named before the first comma of its sentence: not "Sony's PlayStation 3" inside "The Cell processor, which …")
  const m = nearest(
    ents.mentions,
    s,
    (x) =>
      x.start >= from &&
      x.subject &&
      !/,/.test(text.slice(sentenceStartBefore(text, x.start), x.start)) &&
      !/['’]s?$/.test(text.slice(x.end, x.end + 2).trim()),
  );
  return m ? ctx.at(m.name, "organization") : ctx.unnamed(ctx.phrase);
}
