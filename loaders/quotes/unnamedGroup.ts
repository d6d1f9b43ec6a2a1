import { lexiconSet } from "../lexicon/lexicon.ts";
import { isDemonym } from "./isDemonym.ts";
import type { Attribution } from "./resolveSpeaker.ts";
import { sentenceOrParagraphStart } from "./sentenceStartBefore.ts";
import type { SpeakerContext } from "./speakerContext.ts";

const COUNT_NOUNS = lexiconSet("quotes/count-nouns");

/** "Many newspapers", "Big businesses", "animators argue": an unnamed group, but not "30 years". */
export function unnamedGroup(ctx: SpeakerContext): Attribution | undefined {
  const { text, lex, core, lowers, head } = ctx;
  // ("Hundreds of snow crab harvesters rallied …, saying": a count of them too)
  const quantified =
    /^(?:many|some|most|several|other|others|few|all|both|various|numerous|the)$/.test(lowers[0]) ||
    COUNT_NOUNS.has(lowers[0]);
  // "animators argue": a bare plural of people.
  // ("European policy makers said", "Policy makers said": a nationality, or a capital that only opens the sentence)
  const first = core[0];
  const opening =
    sentenceOrParagraphStart(text, first.start + 1) === first.start &&
    /^\p{Lu}[\p{Ll}-]+$/u.test(first.text) &&
    !lex.firstNames.has(first.lower) &&
    !lex.finite.has(first.lower) &&
    // (not the surname of someone the article names in full: "McFadden makes …")
    !ctx.ents.fullName([first.text]).name.includes(" ");
  // ("UN agencies said", "United Nations agencies said": a plural after the name of the body it belongs to)
  const name = core
    .slice(0, -1)
    .map((w) => w.text)
    .join(" ");
  const affiliated =
    core.length >= 2 &&
    core.length <= 4 &&
    core.slice(0, -1).every((w) => /^\p{Lu}/u.test(w.text)) &&
    /^\p{Ll}/u.test(core[core.length - 1].text) &&
    !lex.firstNames.has(first.lower) &&
    !lex.notNames.has(first.lower) &&
    // (not a person's name before a verb: "McFadden makes …" after "Brian McFadden")
    !ctx.ents.mentions.some((m) => m.kind === "person" && m.name === name) &&
    ctx.ents.fullName(name.split(" ")).name === name;
  // (else a short phrase of lower-case words, or one that opens with a nationality or a capital only the sentence gives)
  const described =
    core.length <= 3 &&
    core.slice(1).every((w) => /^\p{Ll}/u.test(w.text)) &&
    (/^\p{Ll}/u.test(first.text) ||
      (core.length > 1 &&
        !/\sof\s/i.test(ctx.phrase) &&
        !/\bof\s+$/i.test(text.slice(Math.max(0, first.start - 4), first.start)) &&
        !lex.notNames.has(first.lower) &&
        (isDemonym(first.text, lex) || opening)));
  const bare = (affiliated || described) && !lex.inanimateHeads.has(head) && !lex.notNames.has(head);
  if (
    /[^s]s$/.test(head) &&
    !lex.pronouns.has(head) &&
    head !== "us" &&
    (quantified || bare) &&
    !lex.timeHeads.has(head) &&
    !lex.finite.has(head) &&
    core.length <= 8
  )
    return ctx.unnamed(ctx.description);
  return undefined;
}
