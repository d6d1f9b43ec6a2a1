import { lexiconSet } from "../lexicon/lexicon.ts";
import type { Attribution } from "./resolveSpeaker.ts";
import type { SpeakerContext } from "./speakerContext.ts";

const PAIR_NOUNS = lexiconSet("quotes/pair-nouns");

/**
 * "the pair", "the duo" (lexicon `quotes/pair-nouns`): the two people the article last named together,
 * one on each side of "and" ("Kostas Kenteris and Katerina Thanou"), by their full names.
 */
export function namedPair(ctx: SpeakerContext): Attribution | undefined {
  const { text, ents, core, lowers, s } = ctx;
  if (core.length !== 2 || lowers[0] !== "the" || !PAIR_NOUNS.has(lowers[1])) return undefined;
  const full = (name: string) => ents.fullName(name.split(" ")).name;
  const people = ents.mentions.filter((x) => x.kind === "person" && x.named && x.end <= s);
  for (let k = people.length - 1; k > 0; k--) {
    const [a, b] = [people[k - 1], people[k]];
    if (a.name !== b.name && /^\s+and\s+$/.test(text.slice(a.end, b.start)))
      return ctx.at(`${full(a.name)} and ${full(b.name)}`, "person", null);
  }
  return undefined;
}
