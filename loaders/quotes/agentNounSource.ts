import { introducedAs } from "./introducedAs.ts";
import { isAgentNoun } from "./isAgentNoun.ts";
import type { Attribution } from "./resolveSpeaker.ts";
import type { SpeakerContext } from "./speakerContext.ts";

/**
 * "The bookmaker said" after "bookmaker William Hill": the one introduced with that noun; else an agent
 * noun ("the bookmaker", "the organiser") is an unnamed source as the article describes it.
 */
export function agentNounSource(ctx: SpeakerContext): Attribution | undefined {
  const { text, ents, lex, core, lowers, s, head } = ctx;
  if (
    lowers[0] === "the" &&
    // ("the world 200m and 400m record holder": numbers and "and" in the description too)
    (core.length <= 4 || (core.length <= 7 && core.some((w) => /^\d/.test(w.text)))) &&
    core.slice(1).every((w) => /^[\p{Ll}\d]/u.test(w.text)) &&
    isAgentNoun(head, lex)
  ) {
    const m = introducedAs(text, ents.mentions, s, head, (x) => x.named || x.kind === "organization");
    return m ? ctx.introduced(m) : ctx.unnamed(ctx.description);
  }
  return undefined;
}
