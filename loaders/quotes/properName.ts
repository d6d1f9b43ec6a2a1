import { capitalRuns, isCapital } from "./capitalRuns.ts";
import { organisationName } from "./organisationName.ts";
import { parseNameRun } from "./parseNameRun.ts";
import { isNationality } from "./isNationality.ts";
import { personName } from "./personName.ts";
import type { Attribution } from "./resolveSpeaker.ts";
import type { SpeakerContext } from "./speakerContext.ts";
import { isHonorific } from "./isHonorific.ts";

/**
 * A name: the phrase ends in a capitalised word that is not a title ("Mr Dean", "Novartis said", "the
 * Department of Justice"); its last capitalised run read as an organisation or a person.
 */
export function properName(ctx: SpeakerContext): Attribution | undefined {
  const { text, lex, core, lowers, lastWord, titleAt, titleSurname } = ctx;
  const generic = core.length === 1 && lex.anonymousHeads.has(lastWord.lower);
  // "The Department of Justice": a title word ends an organisation's name too.
  const orgName =
    core.length > 2 &&
    /^(?:of|for)$/.test(core[core.length - 2].lower) &&
    core.some((w) => isCapital(w) && lex.orgHeads.has(w.lower));
  // "Mr Dean", "Carl Dean": after an honorific or a first name a title word is a surname.
  const before = core[core.length - 2];
  // ("says King" after "Jason King": alone, when it ends a name the article gives in full)
  const surname =
    (before === undefined && titleSurname) ||
    (before !== undefined &&
      // ("the Glasgow Kelvin MP": letters are no surname)
      !/^\p{Lu}+$/u.test(lastWord.text) &&
      isCapital(before) &&
      (isHonorific(before.lower, lex) || lex.firstNames.has(before.lower) || titleSurname));
  // ("the Labour MP for Leeds North" is a description ending in a place, not a name)
  const constituency = titleAt > 0 && lowers[0] === "the" && lowers[titleAt] === "for";
  if (!(isCapital(lastWord) && (!lex.titles.has(lastWord.lower) || orgName || surname) && !generic && !constituency))
    return undefined;
  const runs = capitalRuns(text, core);
  const [i, j] = runs[runs.length - 1];
  // ("a Ukrainian military attaché in London": an unnamed source's description ending in a place)
  if (
    /^(?:a|an|the|one)$/.test(lowers[0]) &&
    i >= 2 &&
    /^(?:in|from|at)$/.test(lowers[i - 1]) &&
    (lex.anonymousHeads.has(lowers[i - 2]) || lex.titles.has(lowers[i - 2]))
  )
    return undefined;
  const run = parseNameRun(text, core, i, j, lex, ctx.ents.surnames);
  if (!run) return undefined;
  const the = i > 0 && core[i - 1].lower === "the";
  // "Segas said", after "the Greek Athletics Federation (Segas)": a short name the article gave an organisation
  const shortName = run.tokens.length === 1 && ctx.ents.acronyms.has(run.tokens[0]);
  // ("The Halifax, however, said": a name the article's entities read as an organisation where it stands)
  // ("Pub group Harwood Inns warned": a longer one too, unless a first name opens it)
  const typed =
    (run.tokens.length === 1 || !lex.firstNames.has(run.tokens[0].toLowerCase())) &&
    ctx.ents.mentions.some((m) => m.start === run.start && m.end === run.end && m.kind === "organization");
  // ("Chambers said", after "Songwriter Guy Chambers": a surname the entities read as a person's)
  const surnameOf =
    run.tokens.length === 1 &&
    ctx.ents.mentions.some((m) => m.start === run.start && m.end === run.end && m.kind === "person");
  // ("said the New Zealander": a two-word nationality after "the" is a person's, not an organisation's name)
  const nationality = the && run.tokens.length === 2 && isNationality(run.tokens, lex);
  return ((run.kind === "organization" && !surnameOf) || shortName || typed) && !nationality
    ? organisationName(ctx, run, i, the)
    : personName(ctx, run, i, the);
}
