import { lexiconSet } from "../lexicon/lexicon.ts";
import { opensNextSentence } from "./opensNextSentence.ts";
import type { Attribution } from "./resolveSpeaker.ts";
import type { SpeakerContext } from "./speakerContext.ts";

const INTRODUCED = lexiconSet("quotes/introduced-heads");

/**
 * "a defence source", "a Department for Education and Skills spokeswoman": a description with a word for an
 * unnamed source and no title heading it is that source, as described. ("A PR expert has told the trial … .
 * Ann Kite told the court …": an indefinite one with a head a lead uses before naming someone is the
 * person who opens the next sentence; lexicon `quotes/introduced-heads`.)
 */
export function anonymousSource(ctx: SpeakerContext): Attribution | undefined {
  const { ents, lex, lowers, titleHead, phrase, lastWord, e } = ctx;
  if (titleHead || !lowers.some((w) => lex.anonymousHeads.has(w))) return undefined;
  if (/^an?\s/i.test(phrase) && INTRODUCED.has(lastWord.lower)) {
    const m = ents.mentions.find(
      (x) => x.start > e && x.kind === "person" && x.named && x.name.includes(" ") && opensNextSentence(ctx, x),
    );
    if (m) {
      const person = ents.fullName(m.name.split(" "));
      return ctx.at(person.name, "person", person.role);
    }
  }
  // "Police said" after "Thames Valley Police": the one organisation the article names with that word last.
  if (/^(?:the\s+)?\p{L}+$/iu.test(phrase)) {
    const named = new Set(
      ents.mentions
        .filter(
          (x) =>
            x.kind === "organization" &&
            x.name.includes(" ") &&
            x.name.split(" ").at(-1)!.toLowerCase() === lastWord.lower,
        )
        .map((x) => x.name),
    );
    if (named.size === 1) return ctx.at([...named][0], "organization");
  }
  return ctx.unnamed(ctx.description);
}
