import { COPULA } from "./copula.ts";
import { lexiconSet } from "../lexicon/lexicon.ts";
import { isDemonym } from "./isDemonym.ts";
import type { CueSite } from "./cueSite.ts";
import { frameBefore } from "./phrases.ts";
import { quotedAs } from "./quotedAs.ts";
import type { Word } from "./words.ts";
import { looksPlural } from "./looksPlural.ts";
import { isPersonNoun } from "./isPersonNoun.ts";

const DETERMINERS = lexiconSet("determiners");
const NOUN_BEFORE = lexiconSet("quotes/noun-markers");
const PASSIVE = lexiconSet("quotes/passive-markers");
const ADJECTIVAL = lexiconSet("quotes/cues-adjectival");
const GOVERNORS = lexiconSet("quotes/infinitive-governors");
const WISHES = lexiconSet("quotes/wish-verbs");
const FEELING = lexiconSet("quotes/feeling-cues");
const SUBJECT_OPENERS = lexiconSet("quotes/subject-openers");
const DEALING_WITH = lexiconSet("quotes/cues-dealing-with");
const VERBS_NOT_NOUNS = lexiconSet("quotes/verbs-not-nouns");

// "Having said that, …": a perfect participle of a cue reports nothing.
const perfectParticiple = (x: CueSite) => x.prevWord?.lower === "having";

// "the Demos report", "A Global Affairs Canada report": a determiner and a name before a document noun make it a
// noun (a possessive name is left to `possessed`).
function namedDocument({ ctx, w, all, at }: CueSite): boolean {
  if (!ctx.lex.documentHeads.has(w.lower)) return false;
  let k = at - 1;
  while (k >= 0 && at - k <= 4 && /^\p{Lu}[\p{L}.&-]*$/u.test(all[k].text) && !/^(?:the|a|an)$/.test(all[k].lower)) k--;
  return k < at - 1 && /^(?:the|a|an)$/.test(all[k]?.lower ?? "");
}

// "The EOC report said …": a document noun before the verb is not itself a cue.
const documentSubject = ({ ctx, w, after }: CueSite) =>
  ctx.lex.documentHeads.has(w.lower) &&
  after[0] !== undefined &&
  /^(?:said|says|found|finds|warned|warns|added|adds)$/.test(after[0].lower);

// "the report", "a claim": a determiner or preposition before the cue word makes it a noun.
// ("hit back by saying Tory attitudes had …": a gerund after "by" is the subject's own report)
const markedNoun = ({ ctx, w, prevWord, s, from, all, at }: CueSite) =>
  prevWord !== undefined &&
  NOUN_BEFORE.has(prevWord.lower) &&
  // ("Police first said the fire was set deliberately": "first" or "last" as an adverb before a past tense, not after
  // a determiner as in "the first reported case")
  !(
    /^(?:first|last)$/.test(prevWord.lower) &&
    /^(?:said|told|reported|announced|stated|claimed|insisted|added)$/.test(w.lower) &&
    all[at - 2] !== undefined &&
    !NOUN_BEFORE.has(all[at - 2].lower) &&
    // (nor a passive: "When it was first announced some pundits thought …")
    !/^(?:is|are|was|were|be|been|being|has|have|had)$/.test(all[at - 2].lower)
  ) &&
  prevWord.lower !== "to" &&
  !(prevWord.lower === "by" && /ing$/.test(w.lower) && w.lower !== "asking") &&
  // ("spokesman for North East Says No, said": a comma ends the name before the cue.)
  !/[,;:)]/.test(ctx.text.slice(prevWord.end, w.start)) &&
  frameBefore(ctx.text, s.start, w.start) === null &&
  quotedAs(ctx.text, from, w.start) === null;

// "Sir Edward's hopes of a deal": after a name's possessive the cue word is a noun.
// "the government's pre-Budget report, Mr Kennedy …": a document noun after a possessive
// and one modifier too (but "according to the Commission's report …" reads on).
function possessed({ ctx, w, all, at, prevWord, s }: CueSite): boolean {
  const { text, lex } = ctx;
  const possessive = (x: Word | undefined) =>
    x !== undefined &&
    /(?:['’]s|s['’])$/.test(x.text) &&
    !lex.pronouns.has(x.lower.replace(/['’]s$/, "")) &&
    !/^(?:that|there|here|who|what|it|he|she)['’]s$/.test(x.lower);
  return (
    prevWord !== undefined &&
    // ("Sainsbury's said sales had risen": a verb that is no noun follows a firm's possessive-form name; lexicon
    // `quotes/verbs-not-nouns`)
    !VERBS_NOT_NOUNS.has(w.lower) &&
    !lex.claimNouns.has(w.lower) &&
    !lex.speechNouns.has(w.lower) &&
    ((/^\p{Lu}/u.test(prevWord.text) && possessive(prevWord) && !lex.documentHeads.has(w.lower)) ||
      (lex.documentHeads.has(w.lower) &&
        (possessive(prevWord) ||
          (possessive(all[at - 2]) && /^\S+$/.test(text.slice(all[at - 2].end + 1, w.start - 1)))) &&
        !/\baccording\s+to\s+[^,]*$/i.test(text.slice(s.start, w.start))))
  );
}

// "prompting the Queen to ask X to …": an infinitive of an object cue reports no speech.
// ("open to attack if left unpatched": nor does a predicative one.)
// (but "He went on to accuse Mr Brown of …": an infinitive in a cue frame, lexicon `quotes/cue-frames`, reports)
const objectInfinitive = ({ ctx, cls, prevWord, s, w }: CueSite) =>
  (cls === "object" || cls === "predicative") &&
  prevWord?.lower === "to" &&
  frameBefore(ctx.text, s.start, w.start) === null;

// "defended the decision to attack …", "a bid to claim …": an infinitive after a noun is a plan, not speech.
const plannedInfinitive = ({ ctx, w, all, at, prevWord, s }: CueSite) =>
  prevWord?.lower === "to" &&
  /^(?:the|a|an|his|her|its|their|our|this|that)$/.test(all[at - 3]?.lower ?? "") &&
  /^\p{Ll}+$/u.test(all[at - 2]?.text ?? "") &&
  !ctx.lex.finite.has(all[at - 2].lower) &&
  // (but "used a speech to say …" is a frame around the cue)
  frameBefore(ctx.text, s.start, w.start) === null;

// "enables that station to add …", "wants to add …": nor does one governed by a verb of
// enabling or wanting (within the three words before "to").
// ("would prefer Turkey to admit that …": a verb of wishing with an object between it and "to"; lexicon
// `quotes/wish-verbs`)
// (but one forced on its subject is said: "Michael Howard was forced to deny the shadow cabinet was split")
const governedInfinitive = ({ all, at, prevWord }: CueSite) =>
  prevWord?.lower === "to" &&
  (all
    .slice(Math.max(0, at - 5), at - 1)
    .some(
      (x, k, near) =>
        GOVERNORS.has(x.lower) &&
        !(x.lower === "forced" && /^(?:is|are|was|were|be|been|being|feel|feels|felt)$/.test(near[k - 1]?.lower ?? "")),
    ) ||
    all.slice(Math.max(0, at - 5), at - 2).some((x) => WISHES.has(x.lower)));

// A base form of a cue ("signal", whose "signals" or "signalled" is a cue).
const isBase = ({ ctx, w }: CueSite) =>
  [`${w.lower}s`, `${w.lower}ed`, `${w.lower}d`, `${w.lower}led`].some((f) => ctx.lex.cues.has(f));

// "an existing FM signal from …": a base form after "a"/"an" and its modifiers is a noun
// (a singular subject would take "signals" or "signalled").
const baseAfterArticle = (x: CueSite) =>
  isBase(x) &&
  x.prevWord?.lower !== "to" &&
  x.all
    .slice(Math.max(0, x.at - 3), x.at)
    .some((y) => /^(?:a|an|each|every)$/.test(y.lower) && !/[,;:.!?"“”—–()]/.test(x.ctx.text.slice(y.end, x.w.start)));

// "the overall claim is based on …", "The affected vehicles in the product recall are from …": a base form after a
// determiner and its modifiers, before a form of "be" or "have", is a noun (a verb would be "claims"; but "the man
// they say is responsible" has a subject of its own).
function baseBeforeVerb(x: CueSite): boolean {
  const { ctx, all, at, after, w, prevWord } = x;
  if (!isBase(x) || !/^(?:is|are|was|were|has|have|had)$/.test(after[0]?.lower ?? "")) return false;
  if (!/^\s+$/.test(ctx.text.slice(w.end, after[0].start))) return false;
  // ("rising input prices and cooling demand had deterred factory managers": after a participle as its adjective)
  if (/^\p{Ll}{3,}(?:ing|ed)$/u.test(prevWord?.text ?? "") && /^\s+$/.test(ctx.text.slice(prevWord!.end, w.start)))
    return true;
  const d = all.slice(Math.max(0, at - 3), at).findIndex((y) => /^(?:the|its|his|her|their|this|our)$/.test(y.lower));
  if (d < 0) return false;
  const between = all.slice(Math.max(0, at - 3) + d + 1, at);
  return (
    // ("its makers claim is …": a plural before it is its subject)
    !between.some((y) => ctx.lex.pronouns.has(y.lower) || /^\p{Lu}/u.test(y.text) || looksPlural(y.lower)) &&
    !/[,;:.!?"“”—–()]/.test(ctx.text.slice(all[Math.max(0, at - 3) + d].end, w.start))
  );
}

// "Consumer demand will remain fragile": a base form right after a singular noun opening the
// sentence is a noun (a verb would be "demands", or follow a plural, a pronoun or a modal).
function baseAfterNoun(x: CueSite): boolean {
  const { ctx, w, at, prevWord } = x;
  const { lex } = ctx;
  return (
    isBase(x) &&
    prevWord !== undefined &&
    at === 1 &&
    lex.cueNouns.has(`${w.lower}s`) &&
    !/^(?:many|some|most|few|all|both|others|police|people|staff|officials|sources)$/.test(prevWord.lower) &&
    /^\p{Lu}\p{Ll}+$/u.test(prevWord.text) &&
    !/s$/.test(prevWord.lower) &&
    !lex.pronouns.has(prevWord.lower) &&
    !/^(?:i|you|we|they)$/.test(prevWord.lower) &&
    !lex.commonFirstNames.has(prevWord.lower)
  );
}

// "a New South Wales state inquiry criticised …": a base form between a name and a singular noun
// that has its own verb is a modifier in a compound noun.
const compoundModifier = (x: CueSite) => {
  const [noun, verb] = x.after;
  return (
    isBase(x) &&
    /^\p{Lu}/u.test(x.prevWord?.text ?? "") &&
    noun !== undefined &&
    verb !== undefined &&
    /^\p{Ll}+$/u.test(noun.text) &&
    !/s$/.test(noun.lower) &&
    !x.ctx.lex.pronouns.has(noun.lower) &&
    !NOUN_BEFORE.has(noun.lower) &&
    /^\p{Ll}+ed$/u.test(verb.text) &&
    /^\s+$/.test(x.ctx.text.slice(x.w.end, noun.start) + x.ctx.text.slice(noun.end, verb.start))
  );
};

// "surveyors at their most optimistic", "confident of its right to …": a stance adjective (lexicon
// `quotes/cues-adjectival`) reports a clause only after a copula ("is confident (that) …", "was adamant that …").
const stanceWithoutCopula = ({ w, all, at, after }: CueSite) => {
  if (!ADJECTIVAL.has(w.lower)) return false;
  const before = all.slice(Math.max(0, at - 3), at).reverse();
  const copula = before.findIndex((y) => COPULA.test(y.lower.replace(/’/g, "'")));
  const adverbs =
    copula >= 0 &&
    before.slice(0, copula).every((y) => /^(?:\p{Ll}+ly|still|also|now|not|very|so|quite)$/u.test(y.lower));
  // ("Investors had worried that …", "Investors worried that …": a stance word that is also a verb, after an
  // auxiliary or right after a plural subject)
  const verb = /^(?:had|has|have)$/.test(before[0]?.lower ?? "") || /^\p{L}{3,}s$/u.test(before[0]?.text ?? "");
  return !(adverbs || verb) || /^(?:of|about|on|in|for|with|at|,)$/.test(after[0]?.lower ?? ",");
};

// "He can now expect to have …": a modal of possibility makes the cue hypothetical.
const modal = ({ aux }: CueSite) => /^(?:can|could|may|might|must|should)$/.test(aux?.text ?? "");

// "was also denied", "is widely expected": a passive reports no speech (but "was told by …" does).
const passive = ({ w, aux, progressive, cls, after }: CueSite) =>
  aux !== undefined &&
  !progressive &&
  !ADJECTIVAL.has(w.lower) &&
  PASSIVE.has(aux.lower) &&
  !(cls === "recipient" && after[0]?.lower === "by");

// "big British hope Kate Winslet walked away": a base form after a nationality and before a name is a title
// of sorts, a noun.
const nationalHope = (x: CueSite) =>
  isBase(x) &&
  x.prevWord !== undefined &&
  /^\p{Lu}\p{Ll}+$/u.test(x.prevWord.text) &&
  isDemonym(x.prevWord.text, x.ctx.lex) &&
  /^\p{Ll}+$/u.test(x.all[x.at - 2]?.text ?? "") &&
  x.after[0] !== undefined &&
  x.ctx.lex.commonFirstNames.has(x.after[0].lower) &&
  /^\s+$/.test(x.ctx.text.slice(x.w.end, x.after[0].start));

// "he feels fine", "feels like one of those", "the look and feel": a cue of feeling before no clause.
const feelingWithoutClause = ({ ctx, w, after, cueEnd }: CueSite) =>
  FEELING.has(w.lower) &&
  after[0] !== undefined &&
  !/^\s*[,.;:!?]/.test(ctx.text.slice(cueEnd, cueEnd + 2)) &&
  !SUBJECT_OPENERS.has(after[0].lower) &&
  !(/^\p{Lu}/u.test(after[0].text) && after[0].lower !== "i" && !ctx.quoteAt(after[0].start));

// "As far as the timing of the press conference is concerned, …": a topic, not someone's view (but "as far
// as Mr Broes is concerned" is his).
const asFarAsTopic = ({ ctx, w, s }: CueSite) =>
  w.lower === "concerned" &&
  /\b[Aa]s\s+far\s+as\s+[^\p{Lu},;]*\s(?:is|are|was|were)\s+$/u.test(
    ctx.text.slice(Math.max(s.start, w.start - 120), w.start),
  );

// "James Goodman, report author and a senior adviser": a document noun before a person noun names its author.
const documentCompound = ({ ctx, w, after }: CueSite) =>
  ctx.lex.documentHeads.has(w.lower) &&
  after[0] !== undefined &&
  /^\p{Ll}+$/u.test(after[0].text) &&
  isPersonNoun(after[0].lower, ctx.lex) &&
  /^\s+$/.test(ctx.text.slice(w.end, after[0].start));

// "ahead of the 0.6% forecast", "a £2bn claim": a figure after a determiner before the cue word makes it a noun.
const figureModified = ({ ctx, w, s }: CueSite) =>
  /\b(?:the|a|an|its|their|his|her|this|that)\s+[$£€]?\d[\d.,]*(?:\s*(?:%|per\s+cent|bn|m|billion|million))?\s+$/i.test(
    ctx.text.slice(Math.max(s.start, w.start - 40), w.start),
  );

// "had to contend with the sort of casualty lists …": a verb of dealing with something before "with" (lexicon
// `quotes/cues-dealing-with`).
const dealingWith = ({ w, after }: CueSite) => DEALING_WITH.has(w.lower) && after[0]?.lower === "with";

// "dropped by producers over claims it was not scary enough", "amid fears that …": a cue word in -s right after a
// preposition is a plural noun.
const pluralAfterPreposition = ({ ctx, w, prevWord }: CueSite) =>
  prevWord !== undefined &&
  /s$/.test(w.lower) &&
  /^(?:over|amid|amidst|despite|following|after|about|against|among)$/.test(prevWord.lower) &&
  /^\s+$/.test(ctx.text.slice(prevWord.end, w.start));

// "Neither Mr Howard nor Mr Letwin would say exactly how …": a finite cue after a "neither … nor" subject is
// negated (but not an infinitive: "… confirmed it, other than to say that …").
const neitherSubject = ({ ctx, s, w, prevWord }: CueSite) =>
  prevWord?.lower !== "to" &&
  /^\s*Neither\s/.test(ctx.text.slice(s.start, s.start + 12)) &&
  /^\s*Neither\s[^,;:"“”]*\snor\s[^,;:"“”]*$/.test(ctx.text.slice(s.start, w.start));

// "Internationally recognized regulation is now …", "Widely reported rumours were …": a participle in -ed between an
// adverb that opens the sentence and a lower-case noun modifies that noun.
const adverbialModifier = ({ ctx, s, w, prevWord, after }: CueSite) =>
  prevWord !== undefined &&
  /ed$/.test(w.lower) &&
  /^\p{Lu}\p{Ll}+ly$/u.test(prevWord.text) &&
  prevWord.start === s.start &&
  /^\p{Ll}+$/u.test(after[0]?.text ?? "") &&
  !ctx.lex.pronouns.has(after[0].lower) &&
  !DETERMINERS.has(after[0].lower) &&
  !/^(?:to|in|on|at|by|for|with|it|there)$/.test(after[0].lower) &&
  /^\s+$/.test(ctx.text.slice(prevWord.end, w.start) + ctx.text.slice(w.end, after[0].start));

// "ascertain whether an individual is who they say they are": a cue between a wh-word and a pronoun that opens the
// clause the wh-word completes reports no clause (but "pensioners, who they say have been hardest hit" does).
const freeRelative = ({ all, at, prevWord, after, ctx }: CueSite) =>
  prevWord !== undefined &&
  ctx.lex.pronouns.has(prevWord.lower) &&
  /^(?:who|whom|what|whatever)$/.test(all[at - 2]?.lower ?? "") &&
  ctx.lex.pronouns.has(after[0]?.lower ?? "");

// ("Ohio state Sen. Dale Kowalczyk said", "Texas state officials said": "state" before a title or a source's noun is
// the adjective, not the verb)
const stateAdjective = ({ ctx, w, after, prevWord }: CueSite) => {
  const next = after[0]?.lower.replace(/\.$/, "") ?? "";
  return (
    w.lower === "state" &&
    /^\s+$/.test(ctx.text.slice(w.end, after[0]?.start ?? w.end)) &&
    (ctx.lex.titles.has(next) ||
      (/^\p{Lu}/u.test(prevWord?.text ?? "") && (ctx.lex.anonymousHeads.has(next) || isPersonNoun(next, ctx.lex))))
  );
};

// ("The cost of a rapid bus corridor promised for Sydney's inner west has blown out": a participle after a noun that
// is the object of a preposition modifies that noun; it has no subject to report)
const mainVerbAfter = (ctx: CueSite["ctx"], all: readonly Word[], at: number) => {
  // (a prepositional phrase, then the verb: "promised for Sydney's inner west has blown out")
  if (!/^(?:for|by|in|at|under|during|across|throughout|to|on)$/.test(all[at + 1]?.lower ?? "")) return false;
  for (let j = at + 1; j < Math.min(all.length, at + 10); j++) {
    if (/[,;:]/.test(ctx.text.slice(all[j - 1].end, all[j].start)) || /^(?:that|and|but|or)$/.test(all[j].lower))
      return false;
    if (/^(?:has|have|had|is|are|was|were|will|would)$/.test(all[j].lower)) return true;
  }
  return false;
};

const reducedRelative = ({ ctx, w, all, at }: CueSite) => {
  if (!/^\p{Ll}+ed$/u.test(w.text) || !/^\s+$/.test(ctx.text.slice(all[at - 1]?.end ?? 0, w.start))) return false;
  let k = at - 1;
  while (k >= 0 && at - k <= 5 && /^\p{Ll}[\p{Ll}-]*$/u.test(all[k].text) && !DETERMINERS.has(all[k].lower)) k--;
  return (
    k < at - 1 &&
    k > 0 &&
    /^(?:a|an|the)$/.test(all[k].lower) &&
    /^(?:of|for|on|in|with|from|about|into|over|under|at)$/.test(all[k - 1].lower) &&
    !ctx.lex.pronouns.has(all[at - 1].lower) &&
    // (the sentence's own verb comes after the phrase: not "The head of the agency warned on Monday that …")
    mainVerbAfter(ctx, all, at)
  );
};

// In order; the first that holds drops the cue.
const READINGS: readonly ((x: CueSite) => boolean)[] = [
  stateAdjective,
  reducedRelative,
  perfectParticiple,
  namedDocument,
  documentSubject,
  documentCompound,
  markedNoun,
  figureModified,
  possessed,
  objectInfinitive,
  plannedInfinitive,
  governedInfinitive,
  baseAfterArticle,
  baseBeforeVerb,
  baseAfterNoun,
  compoundModifier,
  adverbialModifier,
  freeRelative,
  nationalHope,
  feelingWithoutClause,
  asFarAsTopic,
  dealingWith,
  pluralAfterPreposition,
  neitherSubject,
  stanceWithoutCopula,
  modal,
  passive,
];

/**
 * Whether the cue word reports no speech where it stands: a noun ("the Demos report", "Sir Edward's hopes"),
 * an infinitive of a plan ("a bid to claim"), a hypothetical ("can now expect") or a passive ("was denied").
 */
export function notACue(x: CueSite): boolean {
  return READINGS.some((reading) => reading(x));
}
