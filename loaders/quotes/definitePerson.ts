import { isCapital } from "./capitalRuns.ts";
import { describedPerson } from "./describedPerson.ts";
import type { Attribution } from "./resolveSpeaker.ts";
import type { SpeakerContext } from "./speakerContext.ts";

/**
 * "The 21-year-old", "the veteran game maker", "the Waterford man": the person named most recently as a
 * subject.
 */
export function definitePerson(ctx: SpeakerContext): Attribution | undefined {
  const { text, ents, lex, core, s, phrase } = ctx;
  // ("the DJ": a capitalised person noun is still a description)
  const definite =
    /^the\s/i.test(phrase) && !core.slice(1).some((w) => isCapital(w) && !lex.personAnaphors.has(w.lower));
  // "the Waterford man", "The 22-cap Dragons man": a man or woman described by place or team is someone named
  // ("The Holland international", "the Welsh singer": a person noun after a place or nationality too)
  const placed =
    /^the\s/i.test(phrase) &&
    core.length <= 5 &&
    (/^(?:man|woman)$/.test(core[core.length - 1].lower) || lex.personAnaphors.has(core[core.length - 1].lower)) &&
    core.slice(1, -1).some((w) => isCapital(w));
  const described = definite && core.some((w) => lex.personAnaphors.has(w.lower) || /^\d+-year-old$/.test(w.lower));
  if (described || placed) {
    const m = describedPerson(text, ents, s);
    if (m) {
      const person = ents.fullName(m.name.split(" "));
      return ctx.at(person.name, "person", person.role);
    }
  }
  return undefined;
}
