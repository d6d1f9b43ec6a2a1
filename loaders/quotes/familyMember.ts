import type { Attribution } from "./resolveSpeaker.ts";
import type { SpeakerContext } from "./speakerContext.ts";

const RELATION = "son|daughter|brother|sister|grandson|granddaughter|father|mother";

/**
 * "Mr Nogar's son Stephen", "Mr Begg's father, Azmat,": a parent, child or sibling named by first name
 * shares the family's surname (not a lawyer or a friend).
 */
export function familyMember(ctx: SpeakerContext): Attribution | undefined {
  const { lex, phrase, s, appositive, core } = ctx;
  const family = new RegExp(`^(.+?)['’]s\\s+(?:${RELATION})\\s+(\\p{Lu}\\p{Ll}+)$`, "u").exec(phrase);
  if (family && lex.firstNames.has(family[2].toLowerCase())) {
    const owner = ctx.resolve(s, s + family[1].length);
    const surname = owner?.speaker_type === "person" ? owner.speaker.split(" ").at(-1) : undefined;
    if (owner && surname && owner.speaker.includes(" ")) return ctx.at(`${family[2]} ${surname}`, "person");
  }
  // (the relation set off before the name: "Mr Begg's father, Azmat, said")
  const related = appositive ? new RegExp(`^(.+?)['’]s\\s+(?:${RELATION})$`, "u").exec(appositive) : null;
  if (related && core.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(phrase) && appositive) {
    const start = ctx.text.lastIndexOf(appositive, s);
    const owner = start >= 0 ? ctx.resolve(start, start + related[1].length) : null;
    const surname = owner?.speaker_type === "person" ? owner.speaker.split(" ").at(-1) : undefined;
    if (owner && surname && owner.speaker.includes(" ")) return ctx.at(`${phrase} ${surname}`, "person", appositive);
  }
  return undefined;
}
