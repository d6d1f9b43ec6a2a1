import { introducedAs } from "./introducedAs.ts";
import { isAgentNoun } from "./isAgentNoun.ts";
import type { Attribution } from "./resolveSpeaker.ts";
import type { SpeakerContext } from "./speakerContext.ts";

/**
 * "the artists" after "Bafta-winning artists Langlands & Bell": the name the article introduced with the
 * same plural noun.
 */
export function introducedPlural(ctx: SpeakerContext): Attribution | undefined {
  const { text, ents, lex, core, lowers, lastWord, singular, s } = ctx;
  // (a noun for people or bodies: "the artists", "the campaigners", not "the charges")
  if (
    lowers[0] === "the" &&
    core.length <= 3 &&
    /^\p{Ll}+s$/u.test(lastWord.text) &&
    lastWord.lower !== singular &&
    (isAgentNoun(singular, lex) ||
      [lex.titles, lex.personAnaphors, lex.orgAnaphors, lex.anonymousHeads].some((l) => l.has(singular)))
  ) {
    const m = introducedAs(text, ents.mentions, s, lastWord.lower);
    if (m) return ctx.introduced(m);
  }
  return undefined;
}
