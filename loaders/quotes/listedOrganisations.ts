import { listBefore } from "./organisationList.ts";
import { sentenceStartBefore } from "./sentenceStartBefore.ts";
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
    // ("Refugees in Kenya's Dadaab and Kakuma camps will receive …, the agencies said": a list inside the report
    // the phrase closes is what was said, not who said it)
    const sentence = sentenceStartBefore(text, s);
    const closing = /,["”]?\s+$/.test(text.slice(sentence, s));
    const list = listBefore(text, closing ? sentence : s, ents, lex);
    // ("unions at the Italian carmaker have said. The unions claim …": the noun used after the list
    // introduced other ones)
    const noun = new RegExp(`([\\p{L}-]+)[\\s,;:]+${lastWord.lower}\\b`, "giu");
    // (not in a headline, which names the same ones: "UN agencies to cut food rations …")
    const headline = /^[^\n]*[^.!?\n]\s*(?:\n|$)/.exec(text)?.[0].length ?? 0;
    const from = Math.max(0, (list?.start ?? 0) - 1500);
    const elsewhere = list
      ? [...text.slice(from, s).matchAll(noun)].some(
          (m) =>
            from + m.index >= headline &&
            !/^(?:the|these|those|both|all|two|three|four|five|six|several|other)$/i.test(m[1]) &&
            // (not the noun that introduced the list: "drug firms Elan and Biogen Idec")
            !/^\s*$/.test(text.slice(from + m.index + m[0].length, list.start)),
        )
      : false;
    // ("the agencies" after "The United Nations refugee agency and the World Food Programme": a list with a
    // description in it is referred to by that description's noun, not "the rival carriers" after "the Italian
    // government and Alitalia")
    const described = (list?.names ?? []).filter((n) => /\s\p{Ll}+$/u.test(n)).map((n) => n.split(/\s+/).at(-1));
    if (described.length > 0 && !described.includes(singular)) return undefined;
    if (list && !elsewhere) return ctx.at(list.name, "organization");
  }
  return undefined;
}
