import { introducedAs } from "./introducedAs.ts";
import { isAgentNoun } from "./isAgentNoun.ts";
import { opensNextSentence } from "./opensNextSentence.ts";
import type { Attribution } from "./resolveSpeaker.ts";
import type { SpeakerContext } from "./speakerContext.ts";

// "A senior barrister who has resigned … says …", "a clergyman has said", "one backbencher said": an indefinite
// description of what someone does, the person who opens the next sentence (a lead's way to introduce someone), else
// an unnamed source as the article describes them.
function indefiniteAgent(ctx: SpeakerContext): Attribution | undefined {
  const { ents, lex, core, lowers, head } = ctx;
  if (
    !/^(?:a|an|one)$/.test(lowers[0]) ||
    core.length > 5 ||
    // (a capitalised modifier too: "a senior EU politician", "a Labour politician"; not the head)
    !/^[\p{Ll}\d]/u.test(core[core.length - 1].text) ||
    !(isAgentNoun(head, lex) || /^\p{Ll}{3,}(?:man|woman)$/u.test(head))
  )
    return undefined;
  // ("One Labour backbencher said": one of several, no one the article goes on to name)
  if (lowers[0] === "one") return ctx.unnamed(ctx.description);
  const m = ents.mentions.find(
    (x) => x.start > ctx.e && x.kind === "person" && x.named && x.name.includes(" ") && opensNextSentence(ctx, x),
  );
  return m ? ctx.introduced(m) : ctx.unnamed(ctx.description);
}

/**
 * "The bookmaker said" after "bookmaker William Hill": the one introduced with that noun; else an agent
 * noun ("the bookmaker", "the organiser", "a senior barrister") is an unnamed source as the article describes
 * it, or the person a lead's indefinite one introduces.
 */
export function agentNounSource(ctx: SpeakerContext): Attribution | undefined {
  const { text, ents, lex, core, lowers, s, head } = ctx;
  const indefinite = indefiniteAgent(ctx);
  if (indefinite) return indefinite;
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
