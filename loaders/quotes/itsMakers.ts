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
  if (m) return ctx.at(m.name, "organization");
  const owner = productOwner(ctx);
  return owner ? ctx.at(owner, "organization") : ctx.unnamed(ctx.phrase);
}

// "Honda's humanoid robot Asimo … Its makers claim": the organisation whose product, named as "Org's (…) Product",
// the sentence is about: its subject ("Asimo is …, its makers say"), or after "It" or "Its" the last product named
// before the sentence in its paragraph.
function productOwner({ text, ents, s }: SpeakerContext): string | undefined {
  const owners = new Map<string, string>();
  for (const m of text.matchAll(
    /(?:^|[^\p{L}])(\p{Lu}[\p{L}&.-]*)['’]s\s+(?:[\p{Ll}-]+\s+){0,3}(\p{Lu}[\p{L}\d-]+)/gu,
  )) {
    const at = m.index + m[0].indexOf(m[1]);
    // (a lone capitalised word the article types as a person may be a firm: "Car-maker Honda's")
    const org = ents.mentions.find(
      (x) => (x.kind === "organization" || !x.name.includes(" ")) && x.end === at + m[1].length,
    );
    if (org && !owners.has(m[2])) owners.set(m[2], org.name);
  }
  if (!owners.size) return undefined;
  const sentence = sentenceOrParagraphStart(text, s);
  if (!/^It/.test(text.slice(sentence, sentence + 2))) {
    const subject = /^(?:The\s+|A\s+|An\s+)?(\p{Lu}[\p{L}\d-]+)/u.exec(text.slice(sentence, s));
    return subject ? owners.get(subject[1]) : undefined;
  }
  const paragraph = text.lastIndexOf("\n", s - 1) + 1;
  const named = [...text.slice(paragraph, sentence).matchAll(/\p{Lu}[\p{L}\d-]+/gu)].map((w) => owners.get(w[0]));
  return named.filter((o) => o !== undefined).at(-1);
}
