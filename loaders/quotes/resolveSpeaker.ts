import { seasonPattern } from "./seasonPattern.ts";
import type { SpeakerType } from "../types.ts";
import { bodyMembers } from "./bodyMembers.ts";
import { shareOfPeople } from "./shareOfPeople.ts";
import { acronymName } from "./acronymName.ts";
import { agentNounSource } from "./agentNounSource.ts";
import { anonymousSource } from "./anonymousSource.ts";
import { capitalRuns, isCapital, isPossessive } from "./capitalRuns.ts";
import { definitePerson } from "./definitePerson.ts";
import { documentSpeaker } from "./documentSpeaker.ts";
import type { Entities } from "./entities.ts";
import { familyMember } from "./familyMember.ts";
import { fullOrganisationName } from "./fullOrganisationName.ts";
import { introducedPlural } from "./introducedPlural.ts";
import { listedOrganisations } from "./listedOrganisations.ts";
import { memberOfGroup } from "./memberOfGroup.ts";
import { placeGovernment } from "./placeGovernment.ts";
import { organisationDescription } from "./organisationDescription.ts";
import { organisationList } from "./organisationList.ts";
import { parseNameRun } from "./parseNameRun.ts";
import { namedPair } from "./namedPair.ts";
import { personPair } from "./personPair.ts";
import { placedGroup } from "./placedGroup.ts";
import { pronounReferent } from "./pronounReferent.ts";
import { properName } from "./properName.ts";
import type { QuoteLexicon } from "./quoteLexicon.ts";
import { relativeNoun } from "./relativeNoun.ts";
import { itsMakers } from "./itsMakers.ts";
import { sourceOf } from "./sourceOf.ts";
import { speakerContext, type SpeakerRule } from "./speakerContext.ts";
import { titleHolder } from "./titleHolder.ts";
import { unnamedGroup } from "./unnamedGroup.ts";
import { words, type Word } from "./words.ts";
import { isHonorific } from "./isHonorific.ts";
import { isDocumentHead } from "./isDocumentHead.ts";
import { monthPattern } from "./monthPattern.ts";
import { weekdayPattern } from "./weekdayPattern.ts";

/** Who a quote is attributed to. */
export interface Attribution {
  speaker: string;
  speaker_type: SpeakerType;
  role: string | null;
  speaker_start: number;
  speaker_end: number;
}

// "a report by the government's finance watchdog", "The NAO report", "the book": its author.
const documentAuthor: SpeakerRule = (ctx) => documentSpeaker(ctx.core, ctx);

// The rules in the order they are tried: the first to answer (an attribution, or null for no speaker) decides.
const RULES: readonly SpeakerRule[] = [
  listedOrganisations, // "the firms"
  introducedPlural, // "the artists"
  pronounReferent, // "he", "it", "they"
  shareOfPeople, // "16%", "nearly a quarter"
  familyMember, // "Mr Nogar's son Stephen"
  relativeNoun, // "his son"
  itsMakers, // "its developers"
  placedGroup, // "health officials in Powys"
  sourceOf, // "a spokesperson for Delta Airlines"
  acronymName, // "The Conseil Superieur de l'Audiovisuel (CSA)"
  documentAuthor, // "The NAO report"
  bodyMembers, // "MPs", "an all-party committee"
  personPair, // "Richards and Yelling"
  namedPair, // "the pair"
  properName, // "Novartis", "Mr Dean", "The Scot"
  definitePerson, // "the 21-year-old"
  anonymousSource, // "a defence source"
  titleHolder, // "the minister"
  organisationDescription, // "the committee", "the firm"
  placeGovernment, // "the province"
  unnamedGroup, // "Many newspapers", "animators"
  agentNounSource, // "the bookmaker"
  memberOfGroup, // "one of the world's leading credit rating agencies"
];

// Trim to the phrase proper: no leading conjunction (a trailing relative clause or time is cut by
// speakerContext).
function phraseWords(text: string, start: number, end: number, lex: QuoteLexicon): Word[] {
  let ws = words(text, start, end);
  // "In a joint statement the firms said", "In its report on the council's work the committee said": a fronted
  // document phrase with no comma after it; the subject is the last phrase with an article.
  const fronted =
    /^(?:in|at)$/.test(ws[0]?.lower ?? "") || /(?:^|\s)(?:in|at)\s+$/i.test(text.slice(Math.max(0, start - 4), start));
  if (fronted) {
    const doc = ws.findIndex((w, k) => k <= 4 && isDocumentHead(w.lower, lex));
    const the = ws.findLastIndex((w, k) => k > doc && w.lower === "the");
    if (doc >= 0 && the > 0 && ws.slice(the + 1).every((w) => !/['’]s$/.test(w.text))) ws = ws.slice(the);
  }
  while (
    ws.length > 1 &&
    // ("Instead the RFU said": a sentence adverb before the subject; lexicon `quotes/sentence-adverbs`)
    (/^(?:and|but|so|then|or|while|as|with|like|in|at|for|by)$/.test(ws[0].lower) ||
      lex.sentenceAdverbs.has(ws[0].lower) ||
      /^\p{Lu}\p{Ll}+ly$/u.test(ws[0].text) ||
      // "Now the board has confirmed", "But now Canadian authorities have said" (not "Now magazine said")
      (ws[0].lower === "now" && (ws[0].text === "now" || /^(?:the|\p{Lu})/u.test(ws[1].text))))
  )
    ws = ws.slice(1);
  // "Paul Boateng MP": letters after a first name and surname close the name (not "Veteran Labour MP").
  if (
    ws.length > 2 &&
    /^\p{Lu}{2,}$/u.test(ws[ws.length - 1].text) &&
    lex.postNominals.has(ws[ws.length - 1].lower) &&
    /^\p{Lu}\p{Ll}/u.test(ws[ws.length - 2].text) &&
    lex.firstNames.has(ws[ws.length - 3].lower)
  )
    ws = ws.slice(0, -1);
  // "Laying into the record he": a phrase that ends in a pronoun is that pronoun.
  if (ws.length > 1 && lex.pronouns.has(ws[ws.length - 1].lower) && /^\p{Ll}/u.test(ws[ws.length - 1].text))
    ws = ws.slice(-1);
  return ws;
}

// "Cara Diemont of IT firm Dimension Data": where a named person's name ends before their affiliation,
// which is not the speaker; else null.
function affiliationAt(text: string, ws: readonly Word[], lex: QuoteLexicon): number | null {
  // ("Shigeo Morioka of the International Longevity Centre": a two-word name, then "of the" and a
  // name, which the capitalised run would read as one organisation's)
  const of = ws.findIndex((w, k) => k >= 2 && /^(?:of|at|from)$/.test(w.lower));
  if (
    isCapital(ws[0]) &&
    !/^(?:a|an|the)$/.test(ws[0].lower) &&
    of === 2 &&
    // ("Junya Tanase of JPMorgan Chase bank": or a name with no article)
    ws[of + (ws[of + 1]?.lower === "the" ? 2 : 1)] !== undefined &&
    isCapital(ws[of + (ws[of + 1]?.lower === "the" ? 2 : 1)]) &&
    !lex.titles.has(ws[0].lower) &&
    !lex.honorifics.has(ws[0].lower) &&
    ws.slice(1, of).every(isCapital) &&
    /^\s+$/.test(text.slice(ws[of - 1].end, ws[of].start)) &&
    parseNameRun(text, ws, 0, of - 1, lex)?.kind === "person"
  )
    return ws[of - 1].end;
  const first = capitalRuns(text, ws)[0];
  if (first?.[0] !== 0) return null;
  const run = parseNameRun(text, ws, 0, first[1], lex);
  // ("Mr Hirsch from Retail Banking Research": an honorific names the person too)
  const named =
    run?.kind === "person" &&
    ((run.tokens.length > 1 && lex.firstNames.has(run.tokens[0].toLowerCase())) ||
      (isHonorific(ws[0].lower, lex) && run.start > ws[0].start));
  if (!run || !named) return null;
  const after = text.slice(run.end, ws[ws.length - 1].end);
  if (/^,?\s+(?:of|at|from)\s+\S*\s*\p{Ll}/u.test(after)) return run.end;
  return null;
}

// "BBC correspondent Simon Hall at Postbridge on Dartmoor in the West Country": where a first name and surname end
// before the place they are at; else null.
function placeAfterName(ws: readonly Word[], lex: QuoteLexicon): number | null {
  for (let k = 1; k < ws.length - 2; k++) {
    if (!/^(?:at|in|on|near)$/.test(ws[k + 1].lower)) continue;
    if (!lex.firstNames.has(ws[k - 1].lower) || !/^\p{Lu}\p{Ll}/u.test(ws[k].text) || lex.titles.has(ws[k].lower))
      continue;
    const place = ws.slice(k + 1);
    if (place.every((w) => /^(?:at|in|on|near|the)$/.test(w.lower) || /^\p{Lu}/u.test(w.text))) return ws[k].end;
  }
  return null;
}

// "Paolo Pescatore mobile industry specialist for analysts IDC", "Dr Mark Tuffy games systems director at THX": a
// first name and surname (after an honorific too), then their role with no comma; the name's word count, else 0.
function roleAfterName(text: string, ws: readonly Word[], lex: QuoteLexicon): number {
  if (namedFrom(text, ws, lex, 0)) return 2;
  return ws.length > 0 && isHonorific(ws[0].lower, lex) && namedFrom(text, ws, lex, 1) ? 3 : 0;
}

// Whether `ws[h]` and `ws[h + 1]` are a first name and surname followed by a role with no comma.
function namedFrom(text: string, ws: readonly Word[], lex: QuoteLexicon, h: number): boolean {
  return (
    ws.length > h + 3 &&
    lex.firstNames.has(ws[h].lower) &&
    /^\p{Lu}\p{Ll}/u.test(ws[h + 1].text) &&
    // (not a possessor: "Tony Blair's official spokesman" is the spokesman)
    !isPossessive(ws[h + 1]) &&
    !lex.titles.has(ws[h + 1].lower) &&
    /^\p{Ll}/u.test(ws[h + 2].text) &&
    !/^(?:and|or|of|at|from|for|who|which|in|on)$/.test(ws[h + 2].lower) &&
    !lex.nameParticles.has(ws[h + 2].lower) &&
    /^\s+$/.test(text.slice(ws[h + 1].end, ws[h + 2].start)) &&
    // (not a possessor or firm before another's title and name: "William Hill spokesman Rupert Adams")
    !ws.slice(h + 2).some((w) => /^\p{Lu}/u.test(w.text) && lex.firstNames.has(w.lower)) &&
    !ws
      .slice(h + 2, -1)
      .some(
        (w, k) => lex.titles.has(w.lower) && /^\p{Lu}/u.test(ws[k + h + 3].text) && !/^(?:of|for|at)$/.test(w.lower),
      )
  );
}

// A time after a speaker phrase: "Mr Smith on Tuesday said", "A Mori poll this summer suggested".
const TIME_AFTER = new RegExp(
  `\\s+(?:(?:in|on|during)\\s+(?:(?:early|late|mid-)\\s*)?(?:(?:19|20)\\d\\d|(?:${monthPattern})(?:\\s+(?:19|20)\\d\\d)?|${weekdayPattern})|(?:last|this)\\s+(?:year|month|week|${seasonPattern}))\\s*$`,
  "u",
);

/**
 * Resolves the speaker phrase `text[start, end)` (a name, a pronoun, a role noun or a description)
 * to the fullest name the article gives, or the source's own description. `appositive` is the
 * phrase set off after the name (`a professor of …`), used as the role.
 */
export function resolveSpeaker(
  text: string,
  start: number,
  end: number,
  ents: Entities,
  lex: QuoteLexicon,
  appositive: string | null = null,
): Attribution | null {
  // ("The minister's claim that …": the possessor of a cue noun is the speaker)
  const possessor = /['’]s\s*$/.exec(text.slice(start, end));
  if (possessor && possessor.index > 0) end = start + possessor.index;
  // ("The Downing Street Strategy Unit in 2003 said": a time adjunct after the speaker is not part of it)
  const when = TIME_AFTER.exec(text.slice(start, end));
  if (when && when.index > 0) end = start + when.index;
  const ws = phraseWords(text, start, end, lex);
  // "The Council of Mortgage Lenders (CML), British Bankers Association (BBA) and …": all of them.
  const listEnd = ws.length ? Math.max(ws[ws.length - 1].end, start + text.slice(start, end).trimEnd().length) : end;
  const list = ws.length > 2 ? organisationList(text, ws[0].start, listEnd, ents, lex) : null;
  if (list)
    return {
      speaker: list.name,
      speaker_type: "organization",
      role: null,
      speaker_start: list.start,
      speaker_end: list.end,
    };
  if (!ws.length || ws.length > 14) return null;
  // ("Similarly, …", "Nobody knows …": an adverb or a negative pronoun names no speaker)
  // (not a surname in -ly the article names someone by: "Kiely", "Desailly")
  const adverb =
    /^\p{Lu}\p{Ll}+ly$/u.test(ws[0].text) &&
    !ents.mentions.some((m) => m.kind === "person" && m.named && m.name.split(" ").includes(ws[0].text));
  if ((ws.length === 1 && adverb) || lex.noSpeakers.has(ws.map((w) => w.lower).join(" "))) return null;
  // ("Neither the government nor the Canadian Forces confirmed …, other than to say that …": the one after "nor"
  // said what little was said; a finite cue after such a subject is dropped as negated, see notACue)
  if (ws[0].lower === "neither") {
    const nor = ws.findIndex((w) => w.lower === "nor");
    return nor > 1 && nor < ws.length - 1
      ? resolveSpeaker(text, ws[nor + 1].start, ws[ws.length - 1].end, ents, lex, appositive)
      : null;
  }
  // ("I doubt many PC lovers", "Whilst I": a clause of the writer's own)
  if (ws.length > 1 && ws.some((w) => w.text === "I")) return null;
  // ("whenever I've heard him", "We've called for …", "Don't worry if you …": a contracted pronoun or auxiliary,
  // the writer's own voice or an imperative, is no name)
  if (ws.some((w) => /^(?:\p{L}+['’](?:ve|d|m|ll|re)|\p{L}+n['’]t|Let['’]s)$/u.test(w.text))) return null;
  // ("You have to wonder …": a generic "you" reports no one; "You'd" is a contraction, above)
  if (/^you$/i.test(ws[0].text)) return null;
  const affiliated = affiliationAt(text, ws, lex) ?? placeAfterName(ws, lex);
  if (affiliated !== null) return resolveSpeaker(text, ws[0].start, affiliated, ents, lex, appositive);
  // "Paolo Pescatore mobile industry specialist for analysts IDC": the person, the rest their role.
  const n = roleAfterName(text, ws, lex);
  if (n > 0) {
    const who = resolveSpeaker(text, ws[0].start, ws[n - 1].end, ents, lex, appositive);
    if (who?.speaker_type === "person")
      return { ...who, role: who.role ?? text.slice(ws[n].start, ws[ws.length - 1].end) };
  }
  const resolve = (from: number, to: number) => resolveSpeaker(text, from, to, ents, lex);
  const ctx = speakerContext({ text, ents, lex, resolve }, ws, appositive);
  for (const rule of RULES) {
    const who = rule(ctx);
    // (an organisation under the fullest name the article gives it: "the Lib Dems" → "the Liberal Democrats")
    if (who?.speaker_type === "organization") return { ...who, speaker: fullOrganisationName(who.speaker, ents) };
    if (who !== undefined) return who;
  }
  return null;
}
