import { isCapital } from "./capitalRuns.ts";
import { isPlace } from "./isPlace.ts";
import type { Mention } from "./entities.ts";
import { describedAsOrganisation } from "./describedAsOrganisation.ts";
import { describedBodies } from "./describedBodies.ts";
import { introducedAs } from "./introducedAs.ts";
import { firstNamedAs } from "./firstNamedAs.ts";
import { isOutletName } from "./isOutletName.ts";
import { loneName } from "./loneName.ts";
import { nearest } from "./nearest.ts";
import { singularOf } from "./singularOf.ts";
import { namedWithWords } from "./namedWithWords.ts";
import { opensNextSentence } from "./opensNextSentence.ts";
import type { Attribution } from "./resolveSpeaker.ts";
import type { SpeakerContext } from "./speakerContext.ts";
import type { Word } from "./words.ts";
import { lexicon, lexiconSet } from "../lexicon/lexicon.ts";
import { isAgentNoun } from "./isAgentNoun.ts";
import { isOrganisationNoun } from "./isOrganisationNoun.ts";

const MEDIA_NOUNS = lexiconSet("quotes/media-nouns");
const RANK_WORDS = lexiconSet("quotes/rank-words");
const BLOCS = lexiconSet("quotes/bloc-names");
const INSTITUTIONS = lexiconSet("quotes/institution-nouns");
const OFFICE_LEVELS = lexiconSet("quotes/office-levels");
const BUSINESS_ANAPHORS = lexiconSet("quotes/business-anaphors");
const PUBLIC_BODY_HEADS = lexiconSet("quotes/public-body-heads");
const ANAPHOR_NAMES = new Map(
  lexicon("quotes/anaphor-names").map((line) => {
    const [noun, names] = line.split(/:\s*/);
    return [noun, new Set(names.split(/\s+/))];
  }),
);

const UNION_WORDS = ANAPHOR_NAMES.get("union") ?? new Set<string>();

// An organisation's name as lower-case words, for the word lists above.
const nameWords = (name: string) => name.toLowerCase().split(/\s+/);

// "the committee" after "the Public Accounts Committee": the named organisation with that head.
// ("the assembly government" after "the Welsh Assembly Government": every word of the description.)
function namedWithHead(ctx: SpeakerContext): Mention | undefined {
  const { ents, lex, core, lowers, s, phrase, head } = ctx;
  if (!(
    /^the\s/i.test(phrase) &&
    core.length <= 4 &&
    lex.orgHeads.has(head) &&
    core.slice(1).every((w) => /^\p{Ll}/u.test(w.text))
  ))
    return undefined;
  return namedWithWords(ents.mentions, s, lowers.slice(1));
}

// "The company said" after "Meridian said", which the article introduced as "Meridian Correctional Health": the
// longer name the article first gave it, its further words capitalised words (not "Apple iPod", "Sony PSP").
function introducedName(mentions: readonly Mention[], m: Mention): string | undefined {
  const bare = m.name.replace(/^the /i, "");
  // (not where the name alone came first: "General Motors" and later "General Motors Europe" are two)
  const first = firstNamedAs(mentions, m.name);
  if (!first || first.kind !== "organization" || first.start >= m.start) return undefined;
  const rest = first.name
    .replace(/^the /i, "")
    .slice(bare.length + 1)
    .split(" ");
  return rest.length <= 3 && rest.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) ? first.name : undefined;
}

// "The Office of the Privacy Commissioner of Canada", "the Securities and Exchange Commission": a public body's head
// word opens its name before "of" or "for", or ends it (not "Office Depot").
function publicBody(name: string): boolean {
  const ws = name
    .replace(/^the\s+/i, "")
    .toLowerCase()
    .split(" ");
  return (PUBLIC_BODY_HEADS.has(ws[0]) && /^(?:of|for)$/.test(ws[1] ?? "")) || PUBLIC_BODY_HEADS.has(ws[ws.length - 1]);
}

// "the firm", "The world's largest maker of chips for mobile phones": the organisation the article
// introduced with the same noun, else the one last speaking or a subject, else the last one named.
function organisationAnaphor(ctx: SpeakerContext): Mention | undefined {
  const { text, ents, lex, core, lowers, s, phrase, head } = ctx;
  // "The world's largest maker of chips for mobile phones": the head noun comes before its "of".
  const ofAt = lowers.findIndex((w, k) => k > 0 && /^(?:of|for|in)$/.test(w));
  const nounHead = ofAt > 0 ? lowers[ofAt - 1] : head;
  // ("the US company", "the Japanese carmaker": a place or nationality before the noun says nothing of which)
  // ("The South Yorkshire company": a compass point and a county are places too)
  // ("The UK's biggest coal producer": a place's possessive too)
  // ("The Paris-based pressure group": a place a firm is based in says nothing of which either)
  const place = (w: Word) => w.lower.replace(/['’]s?$/, "").replace(/-based$/, "");
  const qualifier = (w: Word) =>
    isCapital(w) &&
    (!isPlace(place(w), lex) || BLOCS.has(place(w))) &&
    !lex.demonyms.has(w.lower) &&
    !lex.placeWords.has(w.lower) &&
    !lex.regionWords.has(w.lower) &&
    !/\p{L}shire$/u.test(w.lower);
  // ("Europe's biggest drugmaker": a place's ranked one is definite too)
  const definite =
    /^the\s/i.test(phrase) || (/^\p{Lu}[\p{L}.]*['’]s?\s/u.test(phrase) && RANK_WORDS.has(core[1]?.lower ?? ""));
  if (!(!core.slice(1).some(qualifier) && definite && lex.orgAnaphors.has(nounHead))) return undefined;
  // ("The central bank said last month …": a country's own institution; lexicon `quotes/institution-nouns`)
  if (INSTITUTIONS.has(lowers.slice(-2).join(" "))) return undefined;
  // ("The Czech industry ministry, which will chair the meeting, said": a portfolio before a ministry's or
  // department's head names which one, not one named before; lexicon `quotes/office-levels` for words that do not)
  if (
    /^(?:ministry|department)$/.test(nounHead) &&
    lowers
      .slice(1, lowers.indexOf(nounHead))
      .some((w, k) => /^\p{Ll}+$/u.test(core[k + 1].text) && !OFFICE_LEVELS.has(w))
  )
    return undefined;
  // ("the government department for planning": an organisation's head word with a "for" qualifier describes one
  // in full, not one named before)
  if (ofAt > 0 && lowers[ofAt] === "for" && lex.orgHeads.has(nounHead)) return undefined;
  // (A street standing for an office or a market, "Downing Street", is not "the firm"; nor is a newspaper
  // the article cites, "the New York Times reports", unless the description is one.)
  const media = MEDIA_NOUNS.has(nounHead);
  // ("The company acknowledged" after "parts of western Wisconsin": nor a state or region; lexicon `quotes/place-words`)
  const named = (x: Mention) =>
    (x.kind === "organization" || loneName(text, ents, lex, x)) &&
    !lex.places.has(x.name.toLowerCase()) &&
    !lex.placeWords.has(x.name.replace(/^the\s+/i, "").toLowerCase()) &&
    !/ Street$/.test(x.name);
  // (An outlet the article calls a company, "media group Reuters", is one here too.)
  // ("the company said" after "The Office of the Privacy Commissioner of Canada said": a business noun stands for no
  // public body; lexicons `quotes/business-anaphors`, `quotes/public-body-heads`)
  const business = BUSINESS_ANAPHORS.has(nounHead);
  // (nor for a union or association: "The company said" after "The Edmonds Tenants' Union … puts the number closer
  // to 140")
  const unionLike = (name: string) => nameWords(name).some((w) => UNION_WORDS.has(w));
  const org = (x: Mention) =>
    named(x) &&
    (media || !isOutletName(x.name) || describedAsOrganisation(text, ents, lex, x.name, s)) &&
    !(business && (publicBody(x.name) || unionLike(x.name)));
  // "giant chip maker Texas Instruments" … "The world's largest maker of chips": the organisation
  // the article introduced with the same noun ("media group Reuters" … "the group", an outlet too).
  // ("…, the UK elections watchdog has said. … The Electoral Commission says …": a lead's description, with no
  // organisation named before it, is the first one named after it that speaks.)
  const introduced = introducedAs(text, ents.mentions, s, nounHead, named);
  // ("A bookmaker has stopped taking bets … The bookmaker said": one the article introduced unnamed, as the
  // subject opening a sentence)
  const unnamed = new RegExp(`(?:^|[.!?]\\s+|\\n)An?\\s+(?:[\\p{L}-]+\\s+){0,2}${nounHead}(?![\\p{L}])`, "u");
  if (!introduced && unnamed.test(text.slice(Math.max(0, s - 3000), s))) return undefined;
  // ("the union" after "the Ambulance Employees Association", with "SA Health said" between: one whose name says
  // it is what the noun calls it; lexicon `quotes/anaphor-names`)
  const kinds = ANAPHOR_NAMES.get(nounHead);
  // ("the department said" after "Innovation, Science and Economic Development Canada said": a department named with
  // its country last, as a government names its own)
  const national = (ws: string[]) =>
    /^(?:department|ministry|agency)$/.test(nounHead) && ws.length >= 2 && lex.places.has(ws[ws.length - 1]);
  const kind = (x: Mention) => {
    const ws = nameWords(x.name);
    return kinds !== undefined && org(x) && (ws.some((w) => kinds.has(w)) || national(ws));
  };
  // ("The harvesters' union disputes that figure": a lower-case plural possessor says whose, describing one of its
  // own, which only an organisation whose name says what it is may stand for)
  const owned = /^[Tt]he\s+(?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*s['’]\s/u.test(phrase);
  const match = introduced ?? nearest(ents.mentions, s, (x) => kind(x) && (x.speaks || x.subject));
  // ("The trust estimates" with no trust named: a noun whose only kind is itself stands for no other organisation)
  // (or named after it, as a lead's "the fans’ trust" is: the first one so named)
  const kindNamed = kinds === undefined ? undefined : nearest(ents.mentions, s, kind);
  if (owned || (kinds?.size === 1 && kinds.has(nounHead)))
    return match ?? kindNamed ?? ents.mentions.find((x) => x.start > ctx.e && kind(x));
  // ("The ferry operator said" after "Salish Coast Ferries, which operates the vessel", with "BC Emergency Health
  // Services said" between: a business noun's modifier that the organisation's name has)
  const modifier = business && core.length === 3 ? core[1] : undefined;
  const trade =
    modifier && /^\p{Ll}+$/u.test(modifier.text)
      ? nearest(
          ents.mentions,
          s,
          (x) => org(x) && nameWords(x.name).some((w) => singularOf(w) === singularOf(modifier.lower)),
        )
      : undefined;
  return (
    match ??
    trade ??
    // ("The club has said" after "home to Halifax Tidal FC", with "The Atlantic Canada Opportunities Agency said"
    // between: one whose name says what it is, speaking or not, before another that speaks)
    kindNamed ??
    nearest(ents.mentions, s, (x) => org(x) && x.speaks) ??
    nearest(ents.mentions, s, (x) => org(x) && x.subject) ??
    nearest(ents.mentions, s, org) ??
    ents.mentions.find((x) => x.start > ctx.e && org(x) && x.speaks)
  );
}

// "The committee" after "The joint committee on human rights": the body the article described with that
// head, the nearest before, else the first after.
function describedWithHead({ text, ents, lex, lowers, s }: SpeakerContext): Mention | undefined {
  if (lowers.length !== 2 || lowers[0] !== "the" || !lex.bodyHeads.has(lowers[1])) return undefined;
  const bodies = describedBodies(ents, text, lex).filter((b) => b.name.split(" ").includes(lowers[1]) && b.start !== s);
  return bodies.filter((b) => b.start < s).pop() ?? bodies.find((b) => b.start > s);
}

// ("…, a health research group said on Wednesday … . The Centre for Health Access, an independent think tank, said …":
// a lead's indefinite or possessed description, "their union said", is the organisation that opens the next sentence
// speaking)
const SENTENCE_END = /[.!?]["”’]?\s+(?=\p{Lu})/gu;

function introducedNext(ctx: SpeakerContext): Mention | undefined {
  const { text, ents, core, phrase, s } = ctx;
  // (in the lead, at most one full stop before it: not "A Norwegian court ruled in 2003 …" deep in the story)
  if (!/^(?:an?|their|its)\s/i.test(phrase) || core.length > 5) return undefined;
  // (counted from the top and only to the second, not over the whole text before a phrase deep in the story)
  SENTENCE_END.lastIndex = 0;
  let ends = 0;
  while (SENTENCE_END.exec(text) !== null && SENTENCE_END.lastIndex < s) if (++ends > 1) return undefined;
  // (a public body only for a public body's noun: "a health research group said … The Ministry of Health said" are two)
  const publicNoun = PUBLIC_BODY_HEADS.has(ctx.head);
  return ents.mentions.find(
    (x) =>
      x.start > ctx.e &&
      x.kind === "organization" &&
      x.speaks &&
      opensNextSentence(ctx, x) &&
      (publicNoun || !publicBody(x.name)),
  );
}

/**
 * "the committee", "the firm", "the news agency": a description with an organisation's head word is the
 * organisation the article named with that head or introduced with that noun, else the description itself.
 */
export function organisationDescription(ctx: SpeakerContext): Attribution | undefined {
  const { lex, core, phrase } = ctx;
  // (a title that also heads an organisation's name does not before a person's name: "chief executive Doug Smith")
  // ("the pan-European bourse", "the station": a noun that only refers back to one heads a description too)
  const heads = (w: Word, k: number) =>
    isOrganisationNoun(w.lower, lex) &&
    !(lex.titles.has(w.lower) && !isCapital(w) && core[k + 1] && isCapital(core[k + 1]));
  if (!core.some(heads)) return undefined;
  // ("A school board member": a person named by what they are of an organisation is no organisation; not "The office
  // of the federal labour minister" or "One senior executive at a large milk processor", whose head comes before)
  const last = core[core.length - 1].lower;
  if (
    core.length > 1 &&
    !core.some((w) => /^(?:of|for|at|in|from|with)$/.test(w.lower)) &&
    !heads(core[core.length - 1], core.length - 1) &&
    (isAgentNoun(last, lex) || lex.anonymousHeads.has(last))
  )
    return undefined;
  const m = namedWithHead(ctx) ?? describedWithHead(ctx) ?? organisationAnaphor(ctx) ?? introducedNext(ctx);
  // (a noun that only refers back, referring to no one, leaves the description to the rules after)
  if (!m && !core.some((w) => lex.orgHeads.has(w.lower))) return undefined;
  // ("The company said" after "Meridian said", which the article introduced as "Meridian Correctional Health": the
  // name that mention resolves to)
  return ctx.at(m ? (introducedName(ctx.ents.mentions, m) ?? m.name) : phrase, "organization");
}
