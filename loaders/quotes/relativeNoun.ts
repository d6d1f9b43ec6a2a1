import { introducedAs } from "./introducedAs.ts";
import type { Attribution } from "./resolveSpeaker.ts";
import type { SpeakerContext } from "./speakerContext.ts";

/**
 * "his son said", "the singer's agent said": the person the article introduced as someone's son ("Nogar's son
 * Stephen"), else the description itself.
 */
export function relativeNoun(ctx: SpeakerContext): Attribution | undefined {
  const { text, ents, lex, core, lowers, s, e } = ctx;
  // ("the singer's agent has confirmed": a possessor described, not named, likewise)
  const described = core.length === 3 && lowers[0] === "the" && /^\p{Ll}+['’]s$/u.test(core[1].text);
  // ("Mike Tindall's agent has warned Bath": or named)
  const named =
    core.length >= 2 &&
    core.length <= 4 &&
    /^\p{Lu}[\p{L}.-]*['’]s?$/u.test(core[core.length - 2].text) &&
    core.slice(0, -2).every((w) => /^\p{Lu}[\p{L}.-]*$/u.test(w.text));
  const noun = lowers[lowers.length - 1];
  if (!((core.length === 2 && /^(?:his|her|their)$/.test(lowers[0])) || described || named) || !lex.relatives.has(noun))
    return undefined;
  const m = introducedAs(text, ents.mentions, s, noun, (x) => x.kind === "person");
  if (!m) return ctx.unnamed(ctx.phrase);
  // (with the family's surname when the introduction gives it: "Mr Nogar's son Stephen")
  const owner = /(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*['’]s\s+\p{Ll}+,?\s+$/u.exec(
    text.slice(Math.max(0, m.start - 60), m.start),
  );
  const family = owner ? ctx.resolve(m.start - owner[0].length, m.end) : null;
  if (family?.speaker_type === "person" && family.speaker.includes(" "))
    return { ...family, speaker_start: s, speaker_end: e };
  const person = ents.fullName(m.name.split(" "));
  return ctx.at(person.name, "person", person.role);
}
