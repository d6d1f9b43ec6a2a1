import { lexiconSet } from "../lexicon/lexicon.ts";
import { isOrganisationNoun } from "./isOrganisationNoun.ts";
import { opensNextSentence } from "./opensNextSentence.ts";
import type { Mention } from "./entities.ts";
import { nearest } from "./nearest.ts";
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
  const { ents, lex, lowers, titleHead, phrase, lastWord, e, text, core } = ctx;
  // ("the fans’ trust": a possessive before an organisation's head is no source of its own; not "analysts' forecasts")
  const possessive = (k: number) =>
    /^['’]/.test(text.slice(core[k].end, core[k].end + 1)) &&
    k < lowers.length - 1 &&
    isOrganisationNoun(lastWord.lower, lex);
  if (titleHead || !lowers.some((w, k) => lex.anonymousHeads.has(w) && !possessive(k))) return undefined;
  if (/^an?\s/i.test(phrase) && INTRODUCED.has(lastWord.lower)) {
    const m = ents.mentions.find(
      (x) => x.start > e && x.kind === "person" && x.named && x.name.includes(" ") && opensNextSentence(ctx, x),
    );
    if (m) {
      const person = ents.fullName(m.name.split(" "));
      return ctx.at(person.name, "person", person.role);
    }
  }
  // "Police said" after "Thames Valley Police": the one organisation the article names with that word last
  // ("the national police" after "Ukraine's National Police": with those words last); of several, the one
  // that speaks ("(Ukrainian National Police)" crediting a photo does not).
  if (/^(?:the\s+)?\p{L}+(?:\s+\p{Ll}+){0,2}$/iu.test(phrase)) {
    const words = lowers.slice(/^the$/i.test(lowers[0]) ? 1 : 0);
    const ends = (x: Mention) => {
      const name = x.name.toLowerCase().split(" ");
      return name.length > words.length && words.every((w, k) => name[name.length - words.length + k] === w);
    };
    const candidates = ents.mentions.filter((x) => x.kind === "organization" && ends(x));
    const names = (xs: Mention[]) => new Set(xs.map((x) => x.name));
    const named = names(candidates);
    const speaking = names(candidates.filter((x) => x.speaks));
    const one = named.size === 1 ? named : speaking.size === 1 ? speaking : null;
    if (one) return ctx.at([...one][0], "organization");
    // ("National Police" and "Ukrainian National Police": names of one body, the longer saying more; the
    // nearest before)
    const longest = [...named].reduce((a, b) => (b.length > a.length ? b : a), "");
    if (named.size > 1 && [...named].every((n) => longest === n || longest.endsWith(` ${n}`))) {
      const near = nearest(candidates, ctx.s, () => true);
      if (near) return ctx.at(near.name, "organization");
    }
  }
  return ctx.unnamed(ctx.description);
}
