import type { Attribution } from "./resolveSpeaker.ts";
import type { SpeakerContext } from "./speakerContext.ts";
import { isHonorific } from "./isHonorific.ts";

const RELATION = "son|daughter|brother|sister|grandson|granddaughter|father|mother";
// ("Mr Eavis' daughter Emily": a possessive's "s" may be left out after one)
const NAMED_RELATIVE = new RegExp(`^(.+?)['’]s?\\s+(?:${RELATION})\\s+(\\p{Lu}\\p{Ll}+)$`, "u");
const RELATIVE_OF = new RegExp(`^(.+?)['’]s?\\s+(?:${RELATION})$`, "u");

// The surname of the family named in `text[start, end)` ("Mr Nogar" named in full earlier), if it is a person's.
function familySurname(ctx: SpeakerContext, start: number, end: number): string | undefined {
  const owner = ctx.resolve(start, end);
  // (a surname after an honorific is a family's too: "Mr Eavis")
  const styled = isHonorific(ctx.text.slice(start, end).split(/\s+/)[0], ctx.lex);
  if (owner?.speaker_type !== "person" || !(owner.speaker.includes(" ") || styled)) return undefined;
  return owner.speaker.split(" ").at(-1) || undefined;
}

/**
 * "Mr Nogar's son Stephen", "Mr Begg's father, Azmat,": a parent, child or sibling named by first name
 * shares the family's surname (not a lawyer or a friend).
 */
export function familyMember(ctx: SpeakerContext): Attribution | undefined {
  const { lex, phrase, s, appositive, core } = ctx;
  const family = NAMED_RELATIVE.exec(phrase);
  if (family && lex.firstNames.has(family[2].toLowerCase())) {
    const surname = familySurname(ctx, s, s + family[1].length);
    if (surname) return ctx.at(`${family[2]} ${surname}`, "person");
  }
  // (the relation set off before the name: "Mr Begg's father, Azmat, said")
  const related = appositive ? RELATIVE_OF.exec(appositive) : null;
  if (related && appositive && core.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(phrase)) {
    const start = ctx.text.lastIndexOf(appositive, s);
    const surname = start >= 0 ? familySurname(ctx, start, start + related[1].length) : undefined;
    if (surname) return ctx.at(`${phrase} ${surname}`, "person", appositive);
  }
  return undefined;
}
