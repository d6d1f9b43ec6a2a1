import type { Attribution } from "./resolveSpeaker.ts";
import type { SpeakerContext } from "./speakerContext.ts";

/**
 * "Mr Nogar's son Stephen": a child or sibling named by first name shares the family's surname
 * (not a lawyer or a friend).
 */
export function familyMember(ctx: SpeakerContext): Attribution | undefined {
  const { lex, phrase, s } = ctx;
  const family = /^(.+?)['’]s\s+(son|daughter|brother|sister|grandson|granddaughter)\s+(\p{Lu}\p{Ll}+)$/u.exec(phrase);
  if (family && lex.firstNames.has(family[3].toLowerCase())) {
    const owner = ctx.resolve(s, s + family[1].length);
    const surname = owner?.speaker_type === "person" ? owner.speaker.split(" ").at(-1) : undefined;
    if (owner && surname && owner.speaker.includes(" ")) return ctx.at(`${family[3]} ${surname}`, "person");
  }
  return undefined;
}
