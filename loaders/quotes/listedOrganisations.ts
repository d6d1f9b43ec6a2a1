import { listBefore } from "./organisationList.ts";
import type { Attribution } from "./resolveSpeaker.ts";
import type { SpeakerContext } from "./speakerContext.ts";

/** "the firms", "the three companies": the organisations the article last listed together. */
export function listedOrganisations(ctx: SpeakerContext): Attribution | undefined {
  const { text, ents, lex, core, lowers, lastWord, singular, s } = ctx;
  if (
    lowers[0] === "the" &&
    lastWord.lower !== singular &&
    lex.orgAnaphors.has(singular) &&
    core.every((w, k) => /^\p{Ll}/u.test(w.text) || /^\d+$/.test(w.text) || (k === 0 && w.text === "The"))
  ) {
    const list = listBefore(text, s, ents, lex);
    // ("unions at the Italian carmaker have said. The unions claim …": the noun used after the list
    // introduced other ones)
    const noun = new RegExp(`([\\p{L}-]+)[\\s,;:]+${lastWord.lower}\\b`, "giu");
    const elsewhere = list
      ? [...text.slice(Math.max(0, list.start - 1500), s).matchAll(noun)].some(
          (m) =>
            !/^(?:the|these|those|both|all|two|three|four|five|six|several|other)$/i.test(m[1]) &&
            // (not the noun that introduced the list: "drug firms Elan and Biogen Idec")
            !/^\s*$/.test(text.slice(Math.max(0, list.start - 1500) + m.index + m[0].length, list.start)),
        )
      : false;
    if (list && !elsewhere) return ctx.at(list.name, "organization");
  }
  return undefined;
}
