import { lexicon, lexiconSet } from "../lexicon/lexicon.ts";
import { escapeRegExp } from "../lexicon/escapeRegExp.ts";
import { seasonPattern } from "./seasonPattern.ts";
import { isDemonym } from "./isDemonym.ts";
import { isPlace } from "./isPlace.ts";
import { capitalRuns, isPossessive } from "./capitalRuns.ts";
import { PEOPLE_SHARE } from "./peopleShare.ts";
import { organisationList } from "./organisationList.ts";
import type { QuoteContext } from "./quoteContext.ts";
import { words, type Word } from "./words.ts";
import { isAgentNoun } from "./isAgentNoun.ts";
import { isDocumentHead } from "./isDocumentHead.ts";
import { looksFinite } from "./looksFinite.ts";
import { isHonorific } from "./isHonorific.ts";
import { isOpeningWord } from "./isOpeningWord.ts";
import { isOrganisationNoun } from "./isOrganisationNoun.ts";
import { isPersonNoun } from "./isPersonNoun.ts";
import { isOneSource } from "./isOneSource.ts";
import { weekdayPattern } from "./weekdayPattern.ts";

const COUNT_NOUNS = lexiconSet("quotes/count-nouns");
const AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|must|does|did)$/;
const SUBORDINATE_WORD =
  /^(?:who|whom|which|that|whose|where|when|after|before|since|because|as|if|while|although|though|until|once)$/;
const OPENING_SUBORDINATE =
  /^\s*(?:when|as|if|after|before|although|though|while|once|since|because|until)\s[^,;:"“”]+$/i;

/** A speaker phrase found next to a cue, with the appositive set off after it. */
export interface Phrase {
  start: number;
  end: number;
  appositive: string | null;
}

const TRAILING = lexiconSet("quotes/subject-trailing");
const OPENING_PHRASE_WORDS = lexiconSet("quotes/opening-phrase-words");
const PERSONS = lexiconSet("quotes/person-anaphors");
const TITLES = lexiconSet("quotes/titles");
const ORG_NOUNS = lexiconSet("quotes/org-anaphors");
const BODY_HEADS = lexiconSet("quotes/body-heads");
const TO_HEADS = lexiconSet("quotes/to-heads");
const DETERMINERS = lexiconSet("determiners");
const FRAMES = new RegExp(
  `\\s(?:${[...lexiconSet("quotes/cue-frames")]
    .map((f) =>
      f
        .split(/\s+/)
        .map((w) =>
          w.toLowerCase() === "det"
            ? "(?:a|an|the|his|her|their|its)(?:\\s+\\p{L}+)?"
            : w.toLowerCase() === "be"
              ? "(?:is|are|was|were|be|been|being|am)"
              : w,
        )
        .join("\\s+"),
    )
    .join("|")})\\s+$`,
  "u",
);
// "also", "repeatedly": adverbs between a subject and its cue (an "-ly" noun before a comma,
// "in the assembly, claimed", is not one, nor one of lexicon `quotes/ly-nouns`: "his family said").
const LY_NOUNS = lexiconSet("quotes/ly-nouns");
const trailing = (w: Word, next: string) =>
  TRAILING.has(w.lower) ||
  (/^\p{Ll}[\p{L}]+ly$/u.test(w.text) && /^\s/.test(next) && !LY_NOUNS.has(w.lower)) ||
  // "Mr Straw last week said": a time phrase between the subject and the cue.
  (/^(?:week|month|year|night|weekend|last|this)$/.test(w.lower) && /^\s/.test(next));
const sendingParticiples = lexiconSet("quotes/sending-participles");
const BOUNDARY =
  /(?:,(?=\s)|;|:|\(|\)|—|–| - |“|”|"|(?<![\p{L}-])(?:and|but|while|whereas|although|though|as|after|before|because|if|when|once|since|that|so|where|than|until|which|who|however|how|whether)(?![\p{L}-]))/giu;
const APPOSITIVE_START =
  /^(?:who|which|whose|where|when|but|and|as|in|on|at|during|after|before|because|while|with|\p{Ll}+ing)\b/iu;

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

// The start of the last clause piece in `text[from, to)`: after the last boundary word or mark.
function pieceStart(text: string, from: number, to: number): number {
  const seg = text.slice(from, to);
  let start = 0;
  // ("Almost a quarter (21%) of those polled said": a figure in brackets is no boundary)
  const figures = [...seg.matchAll(/\(\s*[\d.,]+\s*(?:%|per\s*cent|percent)?\s*\)/gu)].map((f) => [
    f.index,
    f.index + f[0].length,
  ]);
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(seg); m; m = BOUNDARY.exec(seg)) {
    if (figures.some(([a, b]) => m!.index >= a && m!.index < b)) continue;
    // ("The hand-written, four-page lawsuit said": a comma between two modifiers after the article opening it)
    if (
      m[0] === "," &&
      /^\s*(?:the|a|an)\s+[\p{Ll}-]+$/iu.test(seg.slice(0, m.index)) &&
      /^\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){1,3}\s*$/u.test(seg.slice(m.index + 1))
    )
      continue;
    // ("the Department for Levelling Up, Housing and Communities said": a comma inside a ministry's name whose list
    // of capitalised words ends with "and" at the cue)
    if (
      m[0] === "," &&
      /\p{Lu}[\p{L}'’-]*\s+(?:of|for)\s+(?:\p{Lu}[\p{L}'’-]*,?\s+)*\p{Lu}[\p{L}'’-]*$/u.test(seg.slice(0, m.index)) &&
      /^\s+(?:\p{Lu}[\p{L}'’-]*,?\s+)+(?:and|&)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*$/u.test(
        seg.slice(m.index + 1),
      )
    )
      continue;
    // ("More than half (54%) of those asked": a comparative's "than" starts no clause)
    if (/^than$/i.test(m[0]) && /\b(?:more|less|fewer)\s+$/i.test(seg.slice(0, m.index))) continue;
    // ("The head of that tribunal, Kostas Panagopoulos, said": after "of", "that" is a determiner)
    if (/^that$/i.test(m[0]) && /\bof\s+$/i.test(seg.slice(0, m.index))) continue;
    // "Trade and Industry Secretary": "and" between capitalised words is part of a name.
    // ("the work and pensions minister has said": and between the lower-case words of a title too)
    if (m[0].toLowerCase() === "and") {
      const before = /(\S+)\s*$/.exec(seg.slice(0, m.index))?.[1] ?? "";
      const after = /^\s*(\S+)/.exec(seg.slice(m.index + 3))?.[1] ?? "";
      // (not after a place: "a 0-0 tie at Old Trafford and Ancelotti said")
      const place = /\b(?:at|in|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’.-]*\s*$/u.test(
        seg.slice(0, m.index),
      );
      if (/^\p{Lu}/u.test(before) && /^\p{Lu}/u.test(after) && !place) continue;
      // ("the world 200m and 400m record holder": two figures of one description)
      if (/^\d/.test(before) && /^\d/.test(after)) continue;
      // ("a report from the US Treasury and the World Bank has said": two names, each with its article, the
      // second running to the cue)
      const named = /(?:^|\s)the(?:\s+\p{Lu}[\p{L}'’.&-]*)+\s*$/u;
      if (
        !place &&
        named.test(seg.slice(0, m.index)) &&
        /^\s+the(?:\s+\p{Lu}[\p{L}'’.&-]*)+\s*$/u.test(seg.slice(m.index + 3))
      )
        continue;
      // ("the British Retail Consortium and accountants KPMG said": or a name after its lower-case kind)
      if (
        !place &&
        named.test(seg.slice(0, m.index)) &&
        /^\s+\p{Ll}+(?:\s+\p{Lu}[\p{L}'’.&-]*)+\s*$/u.test(seg.slice(m.index + 3))
      )
        continue;
      // ("Gibson and his Icon Productions partner Bruce Davey said": a name and a described name, two speakers)
      if (
        /^\p{Lu}/u.test(before) &&
        /^(?:his|her)$/.test(after) &&
        !place &&
        /^\s+(?:his|her)(?:\s+[\p{L}'’.-]+){1,6}?\s+\p{Lu}[\p{L}'’.-]+\s*$/u.test(seg.slice(m.index + 3))
      )
        continue;
      // ("chief executive William Harrison and chief operating officer James Dimon said": a name and a name
      // after its lower-case title)
      const titled =
        /^\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}(\p{Ll}[\p{L}-]*)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}\s*$/u.exec(
          seg.slice(m.index + 3),
        );
      if (/^\p{Lu}/u.test(before) && titled && TITLES.has(titled[1]) && !place) continue;
      // ("The feminist writer and broadcaster said": two nouns of one person)
      const title = /^\s+(?:\p{Ll}+\s+){0,3}?(\p{Ll}+)\s*(?:(?:has|have|had|also|was|is)\s*)*$/u.exec(
        seg.slice(m.index + 3),
      );
      const first = /\bthe\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)\s*$/iu.exec(seg.slice(0, m.index));
      const person = (w: string) => TITLES.has(w) || PERSONS.has(w);
      if (
        first &&
        title &&
        // ("The clothing and home furnishing retailer said": two nouns of one firm)
        // ("The Commons work and pensions committee said": a body's name in lower case)
        (TITLES.has(title[1]) || person(first[1]) || ORG_NOUNS.has(title[1]) || BODY_HEADS.has(title[1])) &&
        !/^(?:the|a|an|his|her|its|their)$/.test(after)
      )
        continue;
    }
    start = m.index + m[0].length;
  }
  while (start < seg.length && /\s/.test(seg[start])) start++;
  return from + start;
}

// Checks that a phrase reads as a noun phrase (a name, pronoun or description), not a clause.
function nounPhrase(ctx: QuoteContext, ws: readonly Word[]): boolean {
  if (
    !ws.length ||
    ws.length > 12 ||
    /^(?:who|whom|whose|which|that|what|where|when|why|how|this|it's)$/.test(ws[0].lower) ||
    // "would not comment on the reports, but insisted": a lower-case preposition starts no subject
    // (but "on Wednesday Mr Straw" names one after its time).
    (/^(?:on|about|over|into|of|from|to)$/.test(ws[0].text) && !ws.some((w) => /^\p{Lu}/u.test(w.text)))
  )
    return false;
  return !ws.some(
    (w, k) =>
      /^\p{Ll}/u.test(w.text) &&
      ((ctx.lex.finite.has(w.lower) &&
        // ("A letter sent to Martin Mubanga said": a participle after a document, to its recipient)
        !(
          k > 0 &&
          sendingParticiples.has(w.lower) &&
          isDocumentHead(ws[k - 1].lower, ctx.lex) &&
          ws[k + 1]?.lower === "to"
        )) ||
        // "a report", "the EOC report", "a new report", "reports": a document word after a determiner
        // (and its modifiers) or a name, or alone, is a noun.
        (ctx.lex.cues.has(w.lower) &&
          // ("The state archivist Jody Norman", "Florida state archivist …": a base form after "the" or a name
          // and before a noun is a modifier)
          !(
            k === 1 &&
            (ws[0].lower === "the" || /^\p{Lu}/u.test(ws[0].text)) &&
            !/s$/.test(w.lower) &&
            ws[k + 1] !== undefined &&
            // ("Ohio state Sen. Dale Kowalczyk": or before a title)
            (/^\p{Ll}+$/u.test(ws[k + 1].text) || ctx.lex.titles.has(ws[k + 1].lower.replace(/\.$/, ""))) &&
            !ctx.lex.finite.has(ws[k + 1].lower)
          ) &&
          // ("said report author Mary Madden", "state statistics body INSEE": a base form opening a description of
          // the name that ends the phrase is a modifier too)
          !(
            k === 0 &&
            ws.length >= 3 &&
            !/(?:s|ed|ing)$/.test(w.lower) &&
            /^\p{Ll}+$/u.test(ws[1].text) &&
            !ctx.lex.finite.has(ws[1].lower) &&
            !/^(?:a|an|the|that|this|to|of|in|on|for|with|by|from|at|it|he|she|they|we)$/.test(ws[1].lower) &&
            /^\p{Lu}/u.test(ws[ws.length - 1].text)
          ) &&
          // ("Lawyers for the alleged spammers", "the expected rise": a participle in -ed between a determiner and a
          // lower-case noun is an adjective)
          !(
            k > 0 &&
            /ed$/.test(w.lower) &&
            DETERMINERS.has(ws[k - 1].lower) &&
            /^\p{Ll}+$/u.test(ws[k + 1]?.text ?? "") &&
            !ctx.lex.finite.has(ws[k + 1].lower)
          ) &&
          !(
            (isDocumentHead(w.lower, ctx.lex) || ctx.lex.dataHeads.has(w.lower)) &&
            ((k > 0 && (DETERMINERS.has(ws[k - 1].lower) || /^(?:\p{Lu}.*|\p{L}+s['’])$/u.test(ws[k - 1].text))) ||
              // ("analysts' forecasts": a plural possessive)
              (k > 0 && /^['’]\s/.test(ctx.text.slice(ws[k - 1].end, w.start))) ||
              (k > 0 && k <= 3 && DETERMINERS.has(ws[0].lower)) ||
              ws.length === 1 ||
              /^(?:by|from)$/.test(ws[k + 1]?.lower ?? ""))
          )) ||
        // ("chief secretary to the Treasury", "ambassador to the WTO": a title's "to" is a preposition, as in
        // "people close to the talks"; lexicon `quotes/to-heads`)
        (w.lower === "to" &&
          !(
            (ctx.lex.titles.has(ws[k - 1]?.text ?? "") || TO_HEADS.has(ws[k - 1]?.lower ?? "")) &&
            /^(?:the|his|her|their|its|him|them|\p{Lu}.*)$/u.test(ws[k + 1]?.text ?? "")
          ) &&
          !(k > 1 && sendingParticiples.has(ws[k - 1].lower) && isDocumentHead(ws[k - 2].lower, ctx.lex))) ||
        /^(?:not|n't)$/.test(w.lower) ||
        // "issued a statement": a past tense with its object.
        (k > 0 && /ed$/.test(w.lower) && /^(?:a|an|the|its|his|her|their)$/.test(ws[k + 1]?.lower ?? ""))),
  );
}

// "Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said": a member's seat set off after the name.
const CONSTITUENCY = /^(?:\p{L}+\s+){0,2}(?:MP|MSP|AM|MEP)\s+for\s+\p{Lu}[\p{L}'’ -]*$/u;

// "Kyle Pratt, 45, from Leeds, West Yorkshire, said": age and home town set off after a name are
// skipped back to the name (no role).
function detailAppositives(ctx: QuoteContext, from: number, cue: number): Phrase | null {
  const { text } = ctx;
  const seg0 = text.slice(from, cue);
  const cuts = [...seg0.matchAll(/,\s+/g)];
  const segs = seg0.split(/,\s+/);
  if (segs.length < 3 || segs[segs.length - 1].trim() !== "") return null;
  let k = segs.length - 2;
  let skipped = 0;
  let place = false;
  for (; k > 0; k--) {
    const seg = segs[k].trim();
    if (/^\d{1,3}$/.test(seg) || /^(?:aged\s+\d{1,3}|\d{1,3}[\s-]years?[\s-]old)$/i.test(seg)) skipped++;
    // "Dr Greenspan, 79, who has been in the UK …, said": a relative clause after the details.
    else if (/^(?:who|whose)\s/.test(seg) && k === segs.length - 2) skipped++;
    else if (/^(?:from|of)\s+(?:\p{Lu}[\p{L}'’-]*\s?){1,4}$/u.test(seg) || CONSTITUENCY.test(seg)) {
      skipped++;
      place = false;
    } else if (/^(?:\p{Lu}[\p{L}'’-]*\s?){1,3}$/u.test(seg) && !place) {
      // "West Yorkshire" continues the home town before it ("from Leeds, West Yorkshire"), "Oxfordshire" the
      // constituency ("MP for Henley-on-Thames, Oxfordshire").
      const earlier = segs[k - 1]?.trim() ?? "";
      if (!/^(?:from|of)\s/.test(earlier) && !CONSTITUENCY.test(earlier)) break;
      place = true;
      skipped++;
    } else break;
  }
  if (!skipped || k < 0) return null;
  const nameEnd = from + (cuts[k]?.index ?? 0);
  const s = pieceStart(text, from, nameEnd);
  const sw = words(text, s, nameEnd);
  if (!nounPhrase(ctx, sw) || !/^\p{Lu}/u.test(sw[sw.length - 1]?.text ?? "")) return null;
  return { start: sw[0].start, end: sw[sw.length - 1].end, appositive: null };
}

// "Speaking to the BBC News website Mr Molyneux said": the name after an opening participle
// phrase that has no comma ("In a monthly report anti-virus firm Sophos said", "Despite the demand Sony said": or a
// prepositional one, lexicon `quotes/opening-phrase-words`).
function participleLead(sw: readonly Word[]): Phrase | null {
  if (
    sw.length < 3 ||
    !(/^\p{Lu}\p{Ll}+ing$/u.test(sw[0].text) || (/^\p{Lu}/u.test(sw[0].text) && OPENING_PHRASE_WORDS.has(sw[0].lower)))
  )
    return null;
  let k = sw.length;
  while (k > 1 && /^\p{Lu}/u.test(sw[k - 1].text)) k--;
  if (k === sw.length || sw.length - k > 4 || !/^\p{Ll}/u.test(sw[k - 1].text)) return null;
  return { start: sw[k].start, end: sw[sw.length - 1].end, appositive: null };
}

/** Where a frame between speaker and cue ("used a speech to", "is on record as") starts, if one ends at `cue`. */
export function frameBefore(text: string, from: number, cue: number): number | null {
  const lo = Math.max(from, cue - 60);
  const frame = FRAMES.exec(text.slice(lo, cue));
  return frame && lo + frame.index > from ? lo + frame.index : null;
}

// A time or connective that can open a sentence before its subject with no comma: "Last month", "Earlier this
// week", "On Thursday", "In 1998", "This summer" (seasons from lexicon `dates/seasons`), "By contrast", "In
// addition".
const OPENING_ADJUNCT = new RegExp(
  `^\\s*(?:(?:earlier|later)\\s+(?:this|last)\\s+(?:week|month|year)|(?:last|this|next)\\s+(?:week|weekend|month|year|season|night|${seasonPattern}|${weekdayPattern})|yesterday|today|on\\s+${weekdayPattern}|in\\s+(?:19|20)\\d\\d|(?:by|in)\\s+contrast|in\\s+addition|on\\s+the\\s+other\\s+hand|at\\s+the\\s+same\\s+time)\\s+(?=\\S)`,
  "iu",
);

/**
 * The subject of a cue that starts at `cue`, looked for in `text[from, cue)`: the last clause piece,
 * without adverbs and auxiliaries, skipping an appositive set off by commas
 * (`Aural Braun, a professor …, said`). Null when what precedes is not a noun phrase.
 */
export function subjectBefore(ctx: QuoteContext, from: number, cue: number): Phrase | null {
  // "The CML, the BBA and the BSA all said": organisations listed before the cue speak together.
  const adverbs = /[\s,]+(?:(?:all|both|jointly|also|each|have|has|had)\s+)*$/u.exec(ctx.text.slice(from, cue));
  const list = adverbs && organisationList(ctx.text, from, from + adverbs.index, ctx.ents, ctx.lex, true);
  // (the list must end at the cue: not "New episodes of 24, Desperate Housewives and Six Feet Under, appear
  // on the web …, said a report")
  if (
    list &&
    /^(?:.*[,;:])?\s*$/su.test(ctx.text.slice(from, list.start)) &&
    /^[\s,]*$/.test(ctx.text.slice(list.end, from + adverbs.index))
  )
    return { start: list.start, end: list.end, appositive: null };
  // "And 87% of the 1,000 adults quizzed by ICM for BBC News 24 said": a survey's share of people, however
  // long its description.
  // (after an opening "In the survey carried out by ICM Research," too)
  const share = SHARE_BEFORE_CUE.exec(ctx.text.slice(from, cue));
  if (
    share &&
    !/,(?!\d)/.test(share[1]) &&
    !/\b(?:is|are|was|were|has|have|had|will|would|can|could)\b/i.test(share[1]) &&
    words(ctx.text, from, cue).length > 4
  ) {
    const start = from + share[0].indexOf(share[1]);
    return { start, end: start + share[1].length, appositive: null };
  }
  // "Fred Hasson, head of Tiga, which represents independent developers, said": a relative clause on the
  // appositive's organisation is skipped back to the appositive.
  // (a role in lower case, then "which": not "In an article for the Times, Ms Dunwoody, who is …, said")
  const onAppositive = /(,\s+\p{Ll}[^,;:"“”()]{2,60},)\s+which\s[^,;:"“”()]{3,120},\s*$/u.exec(
    ctx.text.slice(from, cue),
  );
  if (onAppositive) {
    const inner = subjectBefore(ctx, from, from + onAppositive.index + onAppositive[1].length);
    if (inner) return inner;
  }
  // "Mr Shin-Bae Kim, chief executive of SK Telecom, also at 3GSM, said": where the speaker is, set off after the
  // appositive, is skipped back to it.
  const whereAfter =
    /(,\s+\p{Ll}[^,;:"“”()]{2,60},)\s+(?:also|now|currently|still)\s+(?:at|in|on)\s[^,;:"“”()]{2,40},\s*$/u.exec(
      ctx.text.slice(from, cue),
    );
  if (whereAfter) {
    const inner = subjectBefore(ctx, from, from + whereAfter.index + whereAfter[1].length);
    if (inner) return inner;
  }
  // ("Dr Gibbons, who was a GP in Blaengwynfi, in the Upper Afan Valley, before becoming AM for Aberavon, said": a
  // relative clause on a name, commas and all, runs to the comma before the cue)
  // ("The Making Decisions Alliance, which includes the Alzheimer's Society, Age Concern, Mencap and the National
  // Autistic Society, said": "which" on an organisation's name too)
  const relativeOnName = /(\p{Lu}[\p{L}'’.-]*),\s+(?:who|whose|which)\s[^;:"“”()]{3,160},\s*$/u.exec(
    ctx.text.slice(from, cue),
  );
  if (relativeOnName) {
    const inner = plainSubjectBefore(ctx, from, from + relativeOnName.index + relativeOnName[1].length);
    if (inner) return inner;
  }
  // ("House Democratic Leader Marisa Delgado, D-Philadelphia, said", "said Sen. Raymond Kuhn, R-Westmoreland County":
  // a US legislator's party and district set off after the name are no speaker of their own)
  const party = /,\s+[DRI]-\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2},\s*$/u.exec(ctx.text.slice(from, cue));
  if (party) {
    const inner = plainSubjectBefore(ctx, from, from + party.index);
    if (inner) return inner;
  }
  // ("Andriy Kostenko, 38, a steelworker who arrived in a minibus with 14 other people, said": an appositive whose
  // restrictive relative clause runs to the comma before the cue; the name opening the sentence speaks)
  const appositiveRelative =
    /^\s*((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*)(?:,\s+\d{1,3})?,\s+((?:a|an|the)\s+[^,;:"“”()]{2,60}?\s+(?:who|whose)\s[^;:"“”()]{3,160}),\s*$/u.exec(
      ctx.text.slice(from, cue),
    );
  const relativeStart = appositiveRelative ? from + appositiveRelative[0].indexOf(appositiveRelative[1]) : -1;
  if (appositiveRelative && ctx.ents.mentions.some((x) => x.kind === "person" && x.named && x.start === relativeStart))
    return {
      start: relativeStart,
      end: relativeStart + appositiveRelative[1].length,
      appositive: appositiveRelative[2],
    };
  // ("The 28-year-old host who also presents Stars In Their Eyes said …": a description opening the sentence with a
  // restrictive relative clause, no comma, before the cue; its head a person's title or description)
  // (the relative's own verb first, not its subject: "The people who Mr Forsyth labels …"; and a verb of saying as
  // the cue: not "The player who staked the biggest claim")
  // ("A school board member who spoke on condition of anonymity … said": an indefinite one's head may be any agent
  // noun; not "The barrister who had represented Mr Martin had said …, said Mr Clarke")
  const restrictive =
    /^\s*((?:[Tt]he|An?)\s+(?:[\p{L}\d'’-]+\s+){0,4}(\p{Ll}[\p{L}-]*))\s+(who|that)\s+(?!(?:he|she|they|we|it)\b)\p{Ll}[^,;:"“”()]{3,120}$/u.exec(
      ctx.text.slice(from, cue),
    );
  if (
    restrictive &&
    (restrictive[3] === "that"
      ? // ("The company that owns the plant said …": "that" after an organisation's noun)
        isOrganisationNoun(restrictive[2], ctx.lex)
      : isPersonNoun(restrictive[2], ctx.lex) ||
        ctx.lex.anonymousHeads.has(restrictive[2]) ||
        (/^An?\s/.test(restrictive[1]) && isAgentNoun(restrictive[2], ctx.lex))) &&
    ctx.lex.clausalCues.has(/^\p{L}+/u.exec(ctx.text.slice(cue).trimStart())?.[0].toLowerCase() ?? "")
  ) {
    const start = from + restrictive[0].indexOf(restrictive[1]);
    return { start, end: start + restrictive[1].length, appositive: null };
  }
  const plain = plainSubjectBefore(ctx, from, cue);
  // ("Katrina Bull, a prospective parliamentary candidate said …": an appositive whose closing comma is left out; the
  // name opening the sentence speaks, the description is its role)
  if (plain && /^an?\s/i.test(ctx.text.slice(plain.start, plain.end))) {
    // ('"We will not stop," Eva Lichtenberg, an Austrian Green member of the European Parliament said': after the
    // quotation too)
    const named = /^\s*(?:["“][^"“”]*[,!?]["”]\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*),\s+$/u.exec(
      ctx.text.slice(from, plain.start),
    );
    const name = named ? from + named[0].indexOf(named[1]) : -1;
    if (named && ctx.ents.mentions.some((x) => x.kind === "person" && x.named && x.start === name))
      return { start: name, end: name + named[1].length, appositive: ctx.text.slice(plain.start, plain.end) };
  }
  // ("A Foreign, Commonwealth and Development Office spokesperson said": a phrase that starts inside an organisation's
  // name the article wrote with commas starts with it, and its article)
  const within =
    plain && ctx.ents.mentions.find((x) => x.start >= from && x.start < plain.start && x.end > plain.start);
  if (plain && within) {
    const article = /(?:^|\s)((?:[Aa]n?|[Tt]he)\s+)$/.exec(ctx.text.slice(from, within.start));
    return { ...plain, start: within.start - (article?.[1].length ?? 0) };
  }
  if (plain) return plain;
  // "As she packed her suitcase to leave the house she told housemates: …": a pronoun right before the
  // cue after an opening clause with no comma.
  // (not in "what they say are …", a relative clause)
  const pronoun = /\b(he|she|they|we|it)\s+(?:\p{Ll}+ly\s+)?$/u.exec(ctx.text.slice(from, cue));
  const inRelative =
    pronoun && /\b(?:what|which|that|whom|who|whose)\s+$/i.test(ctx.text.slice(from, from + pronoun.index));
  if (pronoun && !inRelative) {
    const start = from + pronoun.index;
    return { start, end: start + pronoun[1].length, appositive: null };
  }
  // "When it was first announced some pundits thought …": a quantified plural likewise, after an opening
  // subordinate clause.
  const quantified = /(?<![\p{L}])((?:some|many|most|several|few|other)\s+\p{Ll}+s)\s+$/iu.exec(
    ctx.text.slice(from, cue),
  );
  if (quantified && OPENING_SUBORDINATE.test(ctx.text.slice(from, from + quantified.index))) {
    const start = from + quantified.index;
    return { start, end: start + quantified[1].length, appositive: null };
  }
  // "…backed by Culture Secretary Tessa Jowell who said: …", "a debut nomination for Staunton, 49, who told
  // BBC News 24 she …": the name right before "who" (and an age).
  // ("overturned by the Court of Appeal who said": "of" inside an organisation's name, not a title's realm:
  // "ex-King Michael of Romania, who")
  const withOf = RELATIVE_NAME_OF.exec(ctx.text.slice(from, cue));
  const titled = ctx.lex.titles.has(/^(\p{L}+)\s/u.exec(withOf?.[1] ?? "")?.[1].toLowerCase() ?? "");
  // ("Britta Vollmer, 67, a retired schoolteacher from Hamburg, who said …": a full name before its appositive)
  const described = RELATIVE_NAME_DESCRIBED.exec(ctx.text.slice(from, cue));
  const who = described ?? (withOf && !titled ? withOf : RELATIVE_NAME.exec(ctx.text.slice(from, cue)));
  // (set off by a comma, only a relative clause that no main verb follows: not "Tom Hale, who insists …, said:")
  const main = (end: number) =>
    /,\s+(?:\p{Ll}+ly\s+)?(?:said|says|told|tells|added|adds)\b/u.test(ctx.text.slice(cue, end));
  if (who && !(who[0].includes(",") && main(ctx.sentenceAt(cue)?.end ?? ctx.text.length))) {
    const start = from + who.index;
    return { start, end: start + who[1].length, appositive: null };
  }
  // "… the claim was denied by UKIP spokesman, who said: …": one unnamed source set off before "who" (not a
  // restrictive one: "The man who says he got The Aviator off the ground has been shut out …").
  const whoSource = /(?<![\p{L}])((?:(?:a|an|the)\s+)?(?:\p{Lu}[\p{L}'’.&-]*\s+){0,3}(\p{Ll}+)),\s+who\s+$/u.exec(
    ctx.text.slice(from, cue),
  );
  if (whoSource && isOneSource(whoSource[2], ctx.lex) && !main(ctx.sentenceAt(cue)?.end ?? ctx.text.length)) {
    const start = from + whoSource.index;
    return { start, end: start + whoSource[1].length, appositive: null };
  }
  // "… broad support from charities who say …": a plural source noun right before a restrictive "who".
  const whoNoun = /(?<![\p{L}])((?:(?:the|some|many|most|other)\s+)?(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+s))\s+who\s+$/u.exec(
    ctx.text.slice(from, cue),
  );
  if (whoNoun && ctx.lex.anonymousHeads.has(whoNoun[2])) {
    // (the noun phrase starts after a preposition or verb: "support from charities")
    const ws = words(ctx.text, from + whoNoun.index, from + whoNoun.index + whoNoun[1].length);
    let k = ws.length - 1;
    while (k > 0 && !NOUN_PHRASE_LEAD.test(ws[k - 1].lower)) k--;
    // (not a sentence's subject, whose relative clause ends before its main verb: "Campaigners who say the law
    // is unfair marched …")
    const before = words(ctx.text, from, ws[k].start).at(-1)?.lower ?? "";
    if (NOUN_PHRASE_LEAD.test(before)) return { start: ws[k].start, end: ws[ws.length - 1].end, appositive: null };
  }
  // "Mr Kennedy used a speech to say", "Mr Gaymard is on record as saying": a frame before the cue.
  const at = frameBefore(ctx.text, from, cue);
  if (at !== null) {
    // …after an opening phrase set off by a comma ("A day ahead of the report, Mr Kennedy used …").
    const comma = ctx.text.lastIndexOf(",", at);
    const framed = plainSubjectBefore(ctx, from, at) ?? (comma > from ? plainSubjectBefore(ctx, comma + 1, at) : null);
    if (framed) return framed;
  }
  // "Mr Galloway, who on Thursday won £150,000 in damages from the Telegraph said": a relative
  // clause left unclosed before a finite cue still hangs on the name before it.
  const relative = /,\s+who\s+(?:[^,;:()"“”—–]|,(?=\d)){3,160}?\s*$/.exec(ctx.text.slice(from, cue));
  // Only before an unambiguous verb ("said", "told"), never "brand" or "report" that may be nouns.
  const verb = /^\p{Ll}+/u.exec(ctx.text.slice(cue, cue + 12))?.[0] ?? "";
  if (
    !relative ||
    relative.index === 0 ||
    !(ctx.lex.clausalCues.has(verb) || /^(?:told|tells|added|adds)$/.test(verb)) ||
    /\b(?:to|he|she|they|it|what|which|that)\s*$/i.test(relative[0])
  )
    return null;
  const inner = plainSubjectBefore(ctx, from, from + relative.index);
  return inner ? { ...inner, appositive: null } : null;
}

// The last comma at or before `at` that is punctuation, not a digit group ("the UK's 70,000 users").
function lastComma(text: string, at: number): number {
  let k = text.lastIndexOf(",", at);
  while (k > 0 && /\d/.test(text[k - 1]) && /\d/.test(text[k + 1] ?? "")) k = text.lastIndexOf(",", k - 1);
  return k;
}

function plainSubjectBefore(ctx: QuoteContext, from: number, cue: number): Phrase | null {
  const { text } = ctx;
  // ("Last week a judge claimed", "Earlier this month the firm said", "On Monday a judge said", "By contrast a
  // preliminary Ofcom report found": a time or connective opening the sentence with no comma is no part of the
  // subject after it)
  // ("According to Mr Peston the prime minister said: "…"": a named source opening the sentence with no comma, before
  // a description with its article)
  const opening =
    OPENING_ADJUNCT.exec(text.slice(from, cue)) ??
    /^\s*[Aa]ccording\s+to\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?=(?:the|a|an|his|her|its|their)\s)/u.exec(
      text.slice(from, cue),
    );
  if (opening) return plainSubjectBefore(ctx, from + opening[0].length, cue);
  // ("China has in the past said", "Oxfam has long said", "has for years said": how long it has been said)
  const lasting =
    /\s(?:in\s+the\s+past|for\s+(?:many\s+|some\s+|several\s+)?(?:years|months|decades|some\s+time)|long)\s+$/i.exec(
      text.slice(from, cue),
    );
  if (lasting && /\b(?:has|have|had)$/i.test(text.slice(from, from + lasting.index)))
    return plainSubjectBefore(ctx, from, from + lasting.index + 1);
  // "Lady Hale, sitting with Lords Bingham, Steyn, Hope and Carswell, said": a participle phrase after the
  // name that opens the sentence runs to the comma before the cue, commas and all.
  const participial =
    /^\s*((?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*),\s+(?:\p{Ll}+ing|with|alongside)\s[^;:"“”()]*,\s*$/u.exec(
      text.slice(from, cue),
    );
  if (participial) {
    const start = from + participial[0].indexOf(participial[1]);
    return { start, end: start + participial[1].length, appositive: null };
  }
  // "Deutsche Bank - itself a target of a lawsuit - said": a parenthesis set off by dashes.
  // ("B&B - which has a 22% share of the UK buy-to-let mortgage market - said": hyphens inside words are no dashes)
  const dashes =
    /\s[-–—]\s(?:(?!\s[-–—]\s).){3,160}?\s[-–—]\s*(?:(?:has|had|have|also|would|will|later|then)\s+)*$/su.exec(
      text.slice(from, cue),
    );
  if (dashes && dashes.index > 0) {
    const inner = subjectBefore(ctx, from, from + dashes.index);
    if (inner) return { ...inner, appositive: null };
  }
  // "A spokesman for the Association of Payment and Clearing Services (Apacs) which represents the UK's payments
  // industry said": a relative clause with no commas between the subject and the cue.
  // ("A coalition of Montreal community groups that house newcomers said": a "that" clause after a plural noun or a
  // name too)
  const relative = /\s(?:(?:which|who)\s+(?:\p{Ll}+s|\p{Ll}+ed)|that\s+\p{Ll}+)\s[^,;:"“”()]{3,80}$/u.exec(
    text.slice(from, cue),
  );
  const before = relative ? (/(\S+)$/.exec(text.slice(from, from + relative.index))?.[1] ?? "") : "";
  if (
    relative &&
    relative.index > 0 &&
    (!/^\s+that\s/.test(relative[0]) ||
      (/^(?:\p{Ll}{3,}s|\p{Lu}[\p{L}-]*)$/u.test(before) &&
        // (its verb right after "that", no finite verb after it: not "songs that the minister said were …", "so
        // dependent on their phones that one in three are concerned")
        !/^\s+that\s+(?:the|a|an|his|her|its|their|our|this|these|those|he|she|they|it|we|i|you|one|two|three|some|many|most|all)\s/i.test(
          relative[0],
        ) &&
        !words(text, from + relative.index, cue).some((w) => ctx.lex.finite.has(w.lower)))) &&
    /\p{Lu}/u.test(text.slice(from, from + relative.index)) &&
    !words(text, from + relative.index, cue).some((w) => ctx.lex.cues.has(w.lower)) &&
    // (the cue a finite verb: not "the biggest claim")
    /^(?:\p{Ll}+(?:ed|s)|said|told)\b/u.test(text.slice(cue, cue + 12))
  ) {
    const inner = plainSubjectBefore(ctx, from, from + relative.index);
    if (inner) return { ...inner, appositive: null };
  }
  // "The European Regions Airline Association (ERAA) claims": drop the parenthesis.
  // ("the British Chamber of Commerce (BCC) has said": an auxiliary after it too)
  const paren = /\s*\([^()]{1,40}\)\s*(?:(?:has|have|had|also|would|will|later|then)\s+)*$/.exec(text.slice(from, cue));
  let ws = words(text, from, paren ? from + paren.index : cue);
  // (an adverb set off before a comma belongs to the appositive: "…, not authorized to talk publicly, said")
  while (
    ws.length &&
    !text.slice(ws[ws.length - 1].end, cue).includes(",") &&
    trailing(ws[ws.length - 1], text.slice(ws[ws.length - 1].end, cue) || " ")
  )
    ws = ws.slice(0, -1);
  if (!ws.length) return null;
  // "only 34% said": a percent sign ends the phrase
  const end =
    ws[ws.length - 1].end + (/^\d/.test(ws[ws.length - 1].text) && text[ws[ws.length - 1].end] === "%" ? 1 : 0);
  if (paren) {
    const s = pieceStart(text, from, end);
    const sw = words(text, s, end);
    return nounPhrase(ctx, sw) && !isWordChar(text[s - 1]) ? { start: sw[0].start, end, appositive: null } : null;
  }
  if (!/^[\s\p{L}]*$/u.test(text.slice(end, cue))) {
    const detail = detailAppositives(ctx, from, cue);
    if (detail) return detail;
    // The appositive case: "Name, a professor of …, said" (the comma right before the cue).
    // ("general secretary of the Centre of Indian Trade Unions (CITU), said": an acronym in brackets ends it)
    if (!/^\)?,[\s\p{L}]*$/u.test(text.slice(end, cue))) return null;
    const comma = lastComma(text, end - 1);
    // '…," shop owner Hayriye Evren, told Associated Press': a stray comma after the whole subject.
    if (comma <= from) {
      const sw = words(text, from, end);
      const last = sw[sw.length - 1];
      // (longer with an affiliation after a name: "Kirsten Pfeifer from the Consumer Electronics Association, told")
      const affiliated =
        sw.length > 2 &&
        /^\p{Lu}/u.test(sw[0].text) &&
        /^\p{Lu}/u.test(sw[1].text) &&
        /^(?:from|of|at)$/.test(sw[2].lower);
      // (or a title with its "of" phrase: "Chairman of the Environmental Audit Committee Peter Ainsworth MP, said")
      const titled = sw.length > 3 && ctx.lex.titles.has(sw[0].lower) && sw[1].lower === "of";
      return sw.length >= 2 &&
        sw.length <= (titled ? 10 : affiliated ? 8 : 6) &&
        last &&
        /^\p{Lu}/u.test(last.text) &&
        nounPhrase(ctx, sw)
        ? { start: sw[0].start, end, appositive: null }
        : null;
    }
    const appo = text.slice(comma + 1, end).trim();
    // "Jane Doe, speaking in Ottawa, said" and "Braun, who is …, said" keep the name as subject.
    // "Lord Nicholls, in his ruling, said" and "McFadden, whose album is out, said" too.
    // ("The Halifax, meanwhile, said", "The firm, however, said": a sentence adverb set off is no appositive.)
    const clause =
      /^(?:who\b|which\b|whose\b|\p{Ll}+ing\b|(?:in|at|on)\s+(?:his|her|their|its|a|an)\s)/u.test(appo) ||
      ctx.lex.sentenceAdverbs.has(appo.toLowerCase().replace(/\s+/g, " ")) ||
      // ("Boeing, in contrast to European rival Airbus, hopes": a linking phrase with its object)
      LINKING_WITH_OBJECT.test(appo);
    if (APPOSITIVE_START.test(appo) && !clause) return null;
    // ("In most cases, base stations are set up badly, said Dr Nobles": a clause with its own verb is the report.)
    // (not a verb inside a relative or subordinate clause: "…, elected president after Mr X was toppled, has urged")
    const appoWords = words(text, comma + 1, end);
    // ("…, such as Indonesia or the Maldives, do not usually buy insurance, said": a verb phrase is no appositive)
    if (
      !clause &&
      /^(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could|should|must)$/.test(appoWords[0]?.text ?? "")
    )
      return null;
    // ("As he arrived at the court earlier on Wednesday, Mr Botin greeted the waiting media, saying": nor a name
    // with its own verb)
    const named = appoWords.findIndex((w) => !/^\p{Lu}/u.test(w.text));
    if (!clause && named > 0 && looksFinite(appoWords[named], ctx.lex)) return null;
    const finiteAt = appoWords.findIndex((w, k) => k > 0 && AUXILIARY.test(w.text));
    const subordinateAt = appoWords.findIndex((w) => SUBORDINATE_WORD.test(w.lower));
    if (
      !clause &&
      !/^(?:a|an|the)$/i.test(appoWords[0]?.text ?? "") &&
      finiteAt > 0 &&
      (subordinateAt < 0 || finiteAt < subordinateAt)
    )
      return null;
    const prevComma = lastComma(text, comma - 1);
    // ("The Conseil Superieur de l'Audiovisuel (CSA), the French regulator, said": not the acronym's brackets)
    const acronym = /\s*\([\p{Lu}&]{2,8}\)\s*$/u.exec(text.slice(from, comma));
    const nameEnd = acronym ? from + acronym.index : comma;
    let sw = words(text, pieceStart(text, Math.max(from, prevComma + 1), nameEnd), nameEnd);
    // "Richard Doherty, from Panasonic's Hollywood Laboratories, one of the pioneers of Blu-ray, told": an
    // affiliation between two commas is a second appositive; the name is before it.
    // ("Hans Reckers, a board member of Germany's central bank, the Bundesbank, said": an indefinite
    // description between two commas likewise.)
    if (/^(?:from|of|at|with|a|an)$/.test(sw[0]?.lower ?? "") && prevComma > from) {
      const before = pieceStart(text, Math.max(from, lastComma(text, prevComma - 1) + 1), prevComma);
      const bw = words(text, before, prevComma);
      if (bw.length && bw.length <= 5 && nounPhrase(ctx, bw) && bw.every((w) => /^\p{Lu}/u.test(w.text))) sw = bw;
    }
    // ("Looking further ahead in the year, the MDA's chairman Mike Short, has predicted": an opening participle
    // phrase is no name, the phrase after it, a stray comma before its verb, is the subject; not a title's
    // "Acting Detective Chief Superintendent")
    if (
      /^\p{Lu}\p{Ll}+ing$/u.test(sw[0]?.text ?? "") &&
      /^\p{Ll}/u.test(sw[1]?.text ?? "") &&
      !ctx.lex.commonFirstNames.has(sw[0].lower) &&
      appoWords.length > 0 &&
      nounPhrase(ctx, appoWords)
    )
      return { start: appoWords[0].start, end, appositive: null };
    // ("… 65 flights on Thursday, 180 on Friday, 140 on Saturday, said industry officials": a count and its
    // circumstance in a list is no speaker)
    if (/^\d[\d,.]*$/.test(sw[0]?.text ?? "") && /^(?:on|in|at|for|to|from|by|of)$/.test(sw[1]?.lower ?? ""))
      return null;
    // (an acronym in brackets after the name is not part of it: "Oil & Natural Gas Corp (ONGC)")
    // ("The Bishop of Durham, the Rt Rev Dr Tom Wright, described": a styled name takes the article)
    const styledName = (ws: Word[]) => {
      if (ws[0]?.lower !== "the" || !isHonorific(ws[1]?.text ?? "", ctx.lex)) return ws;
      let k = 1;
      while (k < ws.length - 1 && isHonorific(ws[k].text, ctx.lex)) k++;
      return ws.slice(k);
    };
    const aw = styledName(words(text, comma + 1, end).filter((w) => text[w.start - 1] !== "("));
    // ("…, her lawyer, Perry Wander, said": a lower-case description is set off before a name)
    // ('…," hunt master, Captain Ian Farquhar, said': a bare role, a title or an agent noun, opening the subject)
    const role = sw[sw.length - 1];
    const bareRole =
      sw.length <= 3 &&
      /^\s*$/.test(text.slice(from, sw[0]?.start ?? from)) &&
      sw.slice(1).every((w) => /^\p{Ll}/u.test(w.text)) &&
      role !== undefined &&
      (ctx.lex.titles.has(role.lower) || isAgentNoun(role.text, ctx.lex));
    // ("But the work's author, US playwright Eve Ensler, says": or a name after its own role)
    const capital = (w: Word) => /^\p{Lu}/u.test(w.text);
    const describesName =
      (/^(?:the|a|an|his|her|their|its|another)$/i.test(sw[0]?.text ?? "") || bareRole) &&
      ((aw.length >= 1 && aw.length <= 4 && aw.every(capital)) ||
        (aw.length >= 3 && aw.length <= 6 && aw.slice(-2).every(capital)));
    if (!nounPhrase(ctx, sw) || !(sw.some((w) => /^\p{Lu}/u.test(w.text)) || describesName)) return null;
    // ("In Cornwall, online training helped people rewrite CVs, explained Mr Hosford": an opening prepositional
    // phrase is no name, and the clause after its comma no appositive)
    // (with a verb of its own: not a time phrase before the subject, "At the time Lord Woolf, the Lord Chief Justice,
    // had said")
    if (
      /^(?:in|on|at|for|from|by|with|under|after|before|during|across|within|since|through|throughout)$/.test(
        sw[0].lower,
      ) &&
      appoWords.some((w, k) => k > 0 && looksFinite(w, ctx.lex))
    )
      return null;
    // ("Currently, an entire DVD project can take up to three months, says Mr Dean": an adverb opening the sentence
    // is no name, and the clause after its comma no appositive)
    if (sw.length === 1 && /^\p{Lu}\p{Ll}+ly$/u.test(sw[0].text) && !ctx.lex.firstNames.has(sw[0].lower)) return null;
    // "The Shadow Secretary of State for the Family, Theresa May, said": the name is the appositive.
    // "The UN emergency relief coordinator, Jan Egeland, said": a description ending in a common noun too.
    // ("His mother, Giselle, said" too.)
    // (but "The book, Brown's Britain, said": a document's appositive is its title, and the document speaks)
    const last = sw[sw.length - 1];
    const described =
      // ("Radio 1's controller, Andy Parfitt, said": a possessor of any length)
      // ("Another resident, Ana Ruiz, said")
      (/^(?:the|a|an|his|her|their|its|another)$/i.test(sw[0].text) ||
        (bareRole && describesName) ||
        sw.slice(0, -1).some((w) => /['’]s?$/.test(w.text) || /^s['’]/.test(text.slice(w.end - 1, w.end + 1)))) &&
      /^\p{Ll}/u.test(last.text) &&
      !isPossessive(last) &&
      !ctx.lex.documentHeads.has(last.lower);
    // ("India's biggest oil exploration firm, Oil & Natural Gas Corp (ONGC), says": "and", "of" inside a name)
    // ("Manufacturers' organisation, the EEF, said": a name with its article after a description)
    const an = described && aw[0]?.lower === "the" ? aw.slice(1) : aw;
    if (
      an.length <= 4 &&
      /^\p{Lu}/u.test(an[0]?.text ?? "") &&
      /^\p{Lu}/u.test(an[an.length - 1]?.text ?? "") &&
      (an.every((w) => /^\p{Lu}/u.test(w.text))
        ? described || sw.some((w) => ctx.lex.titles.has(w.lower))
        : described && an.every((w) => /^\p{Lu}/u.test(w.text) || /^(?:and|of)$/.test(w.text)))
    )
      return { start: aw[0].start, end: aw[aw.length - 1].end, appositive: text.slice(sw[0].start, comma) };
    // ("The prosecution's star witness, former WorldCom financial chief Scott Sullivan, has said": the name
    // after its title in the appositive)
    // (not a participle phrase: "The South Yorkshire company, led by new chief executive Gerry Spindler, said")
    if (
      described &&
      aw.length > 2 &&
      aw.length <= 8 &&
      (!/^(?:\p{Ll}+(?:ing|ed)|by|to|with|from|of|at|in|on)$/u.test(aw[0].text) ||
        // ("retired schoolteacher Carl Odom": an adjective in -ed before a noun, no participle with its object)
        (/^(?:a|an|another|one)$/i.test(sw[0].text) &&
          /^\p{Ll}+ed$/u.test(aw[0].text) &&
          /^\p{Ll}+$/u.test(aw[1].text) &&
          !/^(?:by|to|with|from|of|at|in|on|for|as|the|a|an|his|her|their|its)$/.test(aw[1].text)))
    ) {
      let n = aw.length;
      while (n > 0 && /^\p{Lu}/u.test(aw[n - 1].text)) n--;
      // ("Another member, retired schoolteacher Carl Odom, said": after an indefinite description, any lower-case role
      // before a full name with a known first name)
      const indefinite = /^(?:a|an|another|one)$/i.test(sw[0].text) && ctx.lex.firstNames.has(aw[n]?.lower ?? "");
      if (
        aw.length - n >= 2 &&
        aw.length - n <= 3 &&
        n > 0 &&
        (ctx.lex.titles.has(aw[n - 1].text) || (indefinite && aw.slice(0, n).every((w) => /^\p{Ll}/u.test(w.text))))
      )
        return { start: aw[n].start, end: aw[aw.length - 1].end, appositive: text.slice(aw[0].start, aw[n - 1].end) };
    }
    // ("the play's organiser in Uganda, Sarah Mukasa, told": a description ending in a place before a person's
    // full name, which is the subject)
    if (
      !clause &&
      /^(?:the|a|an|his|her|their|its)$/i.test(sw[0].text) &&
      aw.length >= 2 &&
      aw.length <= 4 &&
      aw.every((w) => /^\p{Lu}/u.test(w.text)) &&
      ctx.lex.firstNames.has(aw[0].lower)
    )
      return { start: aw[0].start, end: aw[aw.length - 1].end, appositive: text.slice(sw[0].start, comma) };
    // ("One of the jilted bidders, Netherlands-based group LNM, said": a partitive is described by the name after it)
    if (
      !clause &&
      /^(?:one|some|two|three|several|many|each)$/i.test(sw[0].text) &&
      sw[1]?.lower === "of" &&
      aw.length >= 1 &&
      aw.length <= 5 &&
      /^\p{Lu}/u.test(aw[aw.length - 1].text)
    )
      return { start: aw[0].start, end: aw[aw.length - 1].end, appositive: text.slice(sw[0].start, comma) };
    return { start: sw[0].start, end: sw[sw.length - 1].end, appositive: clause ? null : appo };
  }
  const s = pieceStart(text, from, end);
  if (s >= end) return null;
  const sw = words(text, s, end);
  if (isWordChar(text[s - 1])) return nounPhrase(ctx, sw) ? null : participleLead(sw);
  const unclosed = unclosedAppositive(ctx, from, s, sw);
  if (unclosed) return unclosed;
  if (!nounPhrase(ctx, sw)) return participleLead(sw);
  // Subjects do not run on from the previous word.
  return { start: sw[0].start, end, appositive: null };
}

// (after an opening "In the survey …," or "In the UK" too, and with a figure in brackets after its people)
const SHARE_BEFORE_CUE = new RegExp(
  `^\\s*(?:(?:and|but|yet)\\s+)?(?:(?:in|according\\s+to)\\s[^,;:"“”()]{3,80}?(?:,\\s+|\\s+(?=\\d)))?(${PEOPLE_SHARE}\\s+(?:of|among)\\s+[^;:"“”()]{3,90}?)(?:\\s*\\([^()]{1,12}\\))?\\s*$`,
  "iu",
);
// A multi-word linking phrase of lexicon `quotes/sentence-adverbs` with an object after "to" or "with".
const LINKING_WITH_OBJECT = new RegExp(
  `^(?:${[...lexiconSet("quotes/sentence-adverbs")]
    .filter((a) => a.includes(" "))
    .map((a) => a.replace(/ /g, "\\s+"))
    .join("|")})\\s+(?:to|with)\\s`,
  "i",
);
// A preposition or verb right before a noun phrase ("support from charities who …").
const NOUN_PHRASE_LEAD = /^(?:from|by|of|to|with|for|among|and|has|have|had|is|are|was|were)$/;

// A capitalised name (and an age) right before a relative "who"; with "of" inside it ("the Court of Appeal who").
// (and a reflexive after it: "President George W Bush himself, who told …")
const RELATIVE_NAME =
  /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})(?:\s+(?:himself|herself|itself|themselves))?(?:,\s+\d{1,3})?,?\s+who\s+$/u;
const RELATIVE_NAME_DESCRIBED =
  /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?:,\s+\d{1,3})?,\s+(?:a|an|the)\s+\p{Ll}[^,;:"“”()]{2,80},\s+who\s+$/u;
const RELATIVE_NAME_OF =
  /(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*){0,4})(?:\s+(?:himself|herself|itself|themselves))?(?:,\s+\d{1,3})?,?\s+who\s+$/u;

const NAME_LEAD_STOP =
  /^(?:in|at|on|for|from|by|with|after|before|since|during|last|this|next|the|a|an|speaking|asked|meanwhile|however|but|and|yesterday|today|earlier|later)$/i;

// "Alan Milburn, Labour's election strategist told reporters": a role set off after a name with
// no closing comma before the cue; the name is the speaker, the role its appositive.
function unclosedAppositive(ctx: QuoteContext, from: number, s: number, sw: Word[]): Phrase | null {
  const { text } = ctx;
  // ("Brent Bozell, PTC president and conservative activist said", "Mark Serwotka, from the Public and
  // Commercial Services union said": a role or affiliation with "and" inside it)
  // (the piece before the cue starts after "and": look back to the comma)
  const floor = Math.max(ctx.sentenceAt(s)?.start ?? 0, s - 70);
  const coordinated = /,\s+[^,;:"“”()]{1,60}?\band\s+$/u.exec(text.slice(floor, s));
  if (coordinated && !/,\s*$/.test(text.slice(Math.max(from, s - 4), s))) {
    const at = floor + coordinated.index;
    const inner = at + /^,\s+/.exec(text.slice(at))![0].length;
    return unclosedAppositive(ctx, floor, inner, words(text, inner, sw[sw.length - 1]?.end ?? s));
  }
  const comma = /,\s*$/.exec(text.slice(Math.max(from, s - 4), s));
  if (!comma) return null;
  const last = sw[sw.length - 1];
  // (…or an affiliation: "Emmanuel Ferry, from Exane BNP Paribas told Reuters")
  const affiliation =
    /^(?:from|of|at)$/.test(sw[0]?.lower ?? "") &&
    sw.slice(1).some((w) => /^\p{Lu}/u.test(w.text)) &&
    sw
      .slice(1)
      .every(
        (w, k) =>
          /^\p{Lu}/u.test(w.text) ||
          (k < sw.length - 2 ? /^(?:the|and|of|for|&)$/.test(w.lower) : ctx.lex.orgHeads.has(w.lower)),
      );
  // ("Adam Hume, the BBC's futurologist told": an agent noun heads a role too)
  const agent = last !== undefined && isAgentNoun(last.text, ctx.lex);
  if (!affiliation && !agent && !sw.slice(0, 5).some((w) => /^\p{Ll}/u.test(w.text) && ctx.lex.titles.has(w.lower)))
    return null;
  // (a possessive or an acronym may open the role: "the BBC's futurologist", "PTC president")
  if (
    !/^(?:\p{Ll}|\p{Lu}[\p{L}.-]*['’]s?$|\p{Lu}{2,}$)/u.test(sw[0].text) ||
    /^(?:who|which|whose|and|but|or)$/.test(sw[0].lower)
  )
    return null;
  const at = Math.max(from, s - 4) + comma.index;
  const ns = pieceStart(text, from, at);
  const nw = words(text, ns, at);
  if (nw.length < 2 || nw.length > 4 || isWordChar(text[ns - 1])) return null;
  // ("JF Sullivan, spokesman for … Sendmail said": initials open a name too)
  const initials = (w: Word, k: number) => k === 0 && /^(?:\p{Lu}\.?){1,2}$/u.test(w.text);
  if (
    !nw.every(
      (w, k) =>
        (/^\p{Lu}\p{Ll}/u.test(w.text) || initials(w, k)) &&
        !ctx.lex.timeWords.has(w.lower) &&
        !ctx.lex.places.has(w.lower),
    )
  )
    return null;
  if (NAME_LEAD_STOP.test(nw[0].text) || isPossessive(nw[nw.length - 1])) return null;
  return { start: nw[0].start, end: nw[nw.length - 1].end, appositive: text.slice(sw[0].start, last.end) };
}

let afterPhrase: RegExp | undefined;
// Title abbreviations written with a full stop ("Sen.", "Gov.", "Maj.-Gen.", "Dr."), capitalised, as an alternation.
const TITLE_ABBREVIATIONS = [...lexicon("quotes/titles"), ...lexicon("quotes/honorifics").map((h) => h.split(/\s+/)[0])]
  .filter((t) => t.endsWith(".") && t.length > 2)
  .map((t) => escapeRegExp(t.slice(0, -1)).replace(/^\\?(\p{Ll})/u, (c) => `[${c.toUpperCase()}${c}]`))
  .join("|");

// The speaker phrase after a cue, up to what ends it (see subjectAfter).
function speakerAfterPattern(): RegExp {
  // ("said Sen. Raymond Kuhn, R-Lancaster", "said Maj.-Gen. Lucien Tardif": a title's abbreviating full stop before a
  // name goes on; lexicons `quotes/titles`, `quotes/honorifics`)
  // ("said the U.S. ambassador": and a dotted abbreviation's, inside it or before a capitalised word)
  const goingOn = String.raw`\.(?<=(?:^|[\s\u00a0-])(?:${TITLE_ABBREVIATIONS})\.)(?=\s+\p{Lu}|-\p{Lu})|\.(?<=(?:^|[\s\u00a0])(?:\p{Lu}\.)*\p{Lu}\.)(?=\p{Lu}\.|\s+\p{L})`;
  return new RegExp(
    String.raw`^[\s\u00a0]*((?:[^,;:.!?—–"“”()]|${goingOn})+?)(?=\s*(?:[,;:!?—–"“”()]|(?!${goingOn})\.|\s(?:in|on|during|at|who|which|that|when|after|before|as|with|because|while|told|to|about|from|known|named|called|identified|whose|ahead|following|despite|amid|quoted|cited|interviewed|speaking|writing)\b|(?<=\p{Lu}[\p{L}'’.-]*)\s(?:earlier|later|yesterday|today|recently|afterwards|afterward|then|again|too|also)\b|$))`,
    "u",
  );
}

/**
 * The speaker phrase after a cue (`said Jeremy Dear, NUJ General Secretary`, `said the source — who …`, `says the
 * boss of the organisation that cleared them`), up to a comma, dash, relative clause or circumstance (`in a
 * statement`), within `text[cue, to)`.
 */
export function subjectAfter(ctx: QuoteContext, cue: number, to: number): Phrase | null {
  const { text } = ctx;
  const seg = text.slice(cue, to);
  afterPhrase ??= speakerAfterPattern();
  const m = afterPhrase.exec(seg);
  if (!m) return null;
  const start = cue + m.index + m[0].length - m[1].length;
  let end = start + m[1].length;
  // "said Rangers manager Alex McLeish of Novo's punishment": "of" after a name, then a lower-case phrase, is what
  // was spoken of (not "Chris Panayis of Sagentia", an affiliation).
  const topic =
    /(?<=\p{Lu}[\p{L}'’-]*)\s+of\s+(?:\p{Lu}[\p{L}-]*['’]s\s+\p{Ll}|(?:the|his|her|their|its|a|an)\s+\p{Ll}|(?!(?:the|a|an)\s)\p{Ll})/u.exec(
      m[1],
    );
  if (topic) end = start + topic.index;
  // ('said Credit Suisse First Boston analyst Vadim Mitroshin The dispute with …': a full stop left out; a capitalised
  // "The" after a name opens the next sentence)
  const stop = /(?<=\p{Lu}\p{Ll}+)\s+The\s+\p{Ll}/u.exec(text.slice(start, end));
  if (stop) end = start + stop.index;
  // "according to the latest survey from the Institute for Supply Management (ISM)": a document's author.
  const head = words(text, start, end).pop()?.lower ?? "";
  // ("from the Ministry of Economy, Trade and Industry (METI)": commas inside a name its acronym closes)
  const author =
    /^\s+(?:from|by)\s+(?:the\s+)?\p{Lu}[^;:.!?—–"“”()]*?\s*\([\p{Lu}&]{2,8}\)(?=\s*(?:[,;:.!?—–"“”]|$))/u.exec(
      text.slice(end, to),
    ) ?? /^\s+(?:from|by)\s+([^,;:.!?—–"“”()]+?)(?=\s*(?:[,;:.!?—–"“”]|$))/u.exec(text.slice(end, to));
  if (author && (isDocumentHead(head, ctx.lex) || ctx.lex.dataHeads.has(head))) end += author[0].length;
  const ws = words(text, start, end);
  if (!nounPhrase(ctx, ws) || /^(?:that|how|what|whether|if|why|when|where|to)$/.test(ws[0].lower)) return null;
  let appositive: string | null = null;
  const rest = text.slice(end, to);
  // "says JK, also known as Jason King": the name the alias stands for.
  const alias =
    /^,\s+(?:also\s+|better\s+)?known\s+as\s+((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){1,2})(?=\s*(?:[,;.!?]|$))/u.exec(
      rest,
    );
  if (alias) {
    const nameStart = end + alias[0].length - alias[1].length;
    return { start: nameStart, end: nameStart + alias[1].length, appositive: null };
  }
  const a = /^,\s*([^,;.!?"“”]+?)\s*(?:[,;.!?]|$)/.exec(rest);
  if (a && !APPOSITIVE_START.test(a[1]) && a[1].split(/\s+/).some((w) => ctx.lex.titles.has(w.toLowerCase())))
    appositive = a[1];
  // "said his wife, Sheila": a description followed by the name it describes.
  // (not a document's title: "according to a new book, Brown's Britain")
  // ("its lawyer, Emmanuel Gaillard of Shearman and Sterling": the name before its affiliation)
  // ("the chairman of the Commons education select committee, Labour MP Barry Sheerman": a title with it)
  const described = a
    ? /^((?:\p{Lu}[\p{L}'’-]*\s?){1,5}?)(?:\s(?:of|from|at)\s(?:the\s)?(?:(?:\p{Lu}[\p{L}'’&-]*|and|&)\s?){1,6})?$/u.exec(
        a[1],
      )
    : null;
  if (
    a &&
    described &&
    /^\p{Ll}/u.test(ws[ws.length - 1].text) &&
    !isDocumentHead(head, ctx.lex) &&
    !ctx.lex.dataHeads.has(head)
  ) {
    const nameStart = end + rest.indexOf(a[1]);
    const name = described[1].trimEnd();
    return { start: nameStart, end: nameStart + name.length, appositive: text.slice(ws[0].start, end) };
  }
  return { start: ws[0].start, end: ws[ws.length - 1].end, appositive };
}

/**
 * The subject of the sentence that starts at `from` (`He even tried to suggest …`, `Canada’s Deputy
 * Foreign Minister Marta Morgan met with …`): a leading pronoun or name, after an opening
 * adverbial set off by a comma. For cues in a participle or infinitive that share it.
 */
export function sentenceSubject(ctx: QuoteContext, from: number, to: number): Phrase | null {
  const { text } = ctx;
  let ws = words(text, from, to);
  const comma = text.slice(from, to).search(/,\s/);
  if (comma >= 0 && comma < 60) {
    const lead = words(text, from, from + comma);
    if (
      lead.length &&
      (OPENING_PHRASE_WORDS.has(lead[0].lower) ||
        // ("As he arrived at Spain's High Court earlier on Wednesday, Mr Botin greeted the waiting media, saying": an
        // opening subordinate clause before a name)
        (OPENING_SUBORDINATE.test(text.slice(from, from + comma)) &&
          /^,\s+\p{Lu}/u.test(text.slice(from + comma)) &&
          !/^,\s+(?:I|It|They|We|He|She|This|That|There)\b/.test(text.slice(from + comma))) ||
        // ("But he opposed compulsory mediation, saying …": a conjunction opens the main clause, not a phrase)
        (/^(?:but|and)$/i.test(lead[0].text) && lead.length === 1) ||
        // "Shivering in a floor-length dress, the actress joked": an opening participle phrase (not a
        // clause: "Groening recently heaped praise on The Office, saying")
        (/^\p{Lu}\p{Ll}+ing$/u.test(lead[0].text) &&
          /^\p{Ll}/u.test(lead[1]?.text ?? "") &&
          !lead.slice(1).some((w) => looksFinite(w, ctx.lex))))
    )
      ws = words(text, from + comma + 1, to);
  }
  while (
    ws.length &&
    (/^(?:but|and|so|then)$/.test(ws[0].lower) ||
      ctx.lex.sentenceAdverbs.has(ws[0].lower) ||
      // ("Now the firm employs 7,600 workers and insists …", as a speaker phrase reads it)
      (ws[0].lower === "now" && /^(?:the|\p{Lu})/u.test(ws[1]?.text ?? "")))
  )
    ws = ws.slice(1);
  if (!ws.length) return null;
  // "During his second day in court Mr Ebbers played down …": an opening phrase with no comma
  // before a name with an honorific or title.
  if (isOpeningWord(ws[0].text)) {
    const runs = capitalRuns(text, ws);
    for (const [i, j] of runs) {
      const next = ws[j + 1];
      if (i === 0 || !next || !/^\p{Ll}/u.test(next.text) || !/^\p{Ll}/u.test(ws[i - 1].text)) continue;
      if (/^(?:and|or|of|to|in|on|at|for|with|from|by|as|that|who|which)$/.test(next.lower)) continue;
      // "At GDC Mr Allard …": the name starts at its honorific or title.
      for (let k = i; k < j; k++)
        if (ctx.lex.honorifics.has(ws[k].lower) || ctx.lex.titles.has(ws[k].lower))
          return { start: ws[k].start, end: ws[j].end, appositive: null };
      // ("Earlier Tory leader Michael Howard sent …": or after a lower-case title)
      if (ctx.lex.titles.has(ws[i - 1].lower)) return { start: ws[i].start, end: ws[j].end, appositive: null };
    }
  }
  if (ctx.lex.pronouns.has(ws[0].lower)) return { start: ws[0].start, end: ws[0].end, appositive: null };
  // ("A statement by Symbian played down …": the article "A" is not a name.)
  let first = ws[0].lower === "the" || (ws[0].text === "A" && ws.length > 1 && /^\p{Ll}/u.test(ws[1].text)) ? 1 : 0;
  // "club spokesman Dan Ross welcomed …": a lower-case role before the name.
  let t = first;
  while (t < Math.min(ws.length, first + 3) && /^\p{Ll}/u.test(ws[t].text) && !ctx.lex.finite.has(ws[t].lower)) t++;
  if (t > first && t < ws.length && ctx.lex.titles.has(ws[t - 1].lower) && /^\p{Lu}/u.test(ws[t].text)) first = t;
  else if (first === 0 && ws.length > 2) {
    // "Rival firm Netco backed …", "Internet service provider Plus.net …": a capitalised opening word,
    // lower-case head nouns, then the name.
    let u = 1;
    while (u < Math.min(ws.length, 4) && /^\p{Ll}+$/u.test(ws[u].text) && !ctx.lex.finite.has(ws[u].lower)) u++;
    const noun = ws[u - 1].lower;
    // ("UK advertising giant WPP has posted …": after a place or nationality, any lower-case head noun, one or two
    // words, not "UK critics still favour The Aviator")
    // ("Kenyan runner Susan Chepkemei missed …": a nationality adjective by its ending too, before a noun, not a verb
    // in -ed: not "Parker praised French films")
    const place =
      isPlace(ws[0].lower, ctx.lex) ||
      ctx.lex.demonyms.has(ws[0].lower) ||
      (/\p{Ll}(?:ian|ean|ese|ish|an)$/u.test(ws[0].text) && !/ed$/.test(noun));
    if (
      u > 1 &&
      u < ws.length &&
      /^\p{Lu}/u.test(ws[u].text) &&
      (ctx.lex.titles.has(noun) || ctx.lex.orgHeads.has(noun) || (place && u <= 3))
    )
      first = u;
  }
  const runs = capitalRuns(text, ws);
  // "The US government …": a capitalised "The" opens the run.
  // ("Hundreds of snow crab harvesters rallied …, saying": a count of people opening the sentence is no name)
  const counted = first === 0 && COUNT_NOUNS.has(ws[0].lower) && ws[1]?.lower === "of";
  let r = counted ? -1 : runs.findIndex(([i, j]) => i === first || (first === 1 && i === 0 && j > 0));
  if (r < 0) {
    // "The government issued a statement, saying …": a description up to its verb.
    // ("many pro-hunt activists remained defiant …, saying": a quantifier too)
    if (!/^(?:the|a|an|many|some|most|several|few|both)$/.test(ws[0].lower) && !counted) return null;
    for (let n = 1; n < Math.min(ws.length, 8); n++) {
      const w = ws[n];
      // "A statement by Symbian", "the head of Reuters": a name after a preposition belongs to the phrase.
      if (/^\p{Lu}/u.test(w.text) && /^(?:by|of|from|for|at)$/.test(ws[n - 1].lower)) continue;
      // ("a Ukrainian military attaché in London put …", "The two Japanese companies …": a nationality or place after
      // the determiner or a number, and a place after "in")
      if (
        /^\p{Lu}/u.test(w.text) &&
        (isDemonym(w.text, ctx.lex) || isPlace(w.lower, ctx.lex)) &&
        (n === 1 || /^(?:in|two|three|four|five|six|several|many|some|\d+)$/.test(ws[n - 1].lower))
      )
        continue;
      if (/^\p{Lu}/u.test(w.text) && /^\p{Lu}/u.test(ws[n - 1].text) && n > 2) continue;
      // "the 25-year-old Dubliner underlined …": a capitalised head noun right before the verb.
      const next = ws[n + 1];
      if (/^\p{Lu}\p{Ll}+$/u.test(w.text) && next && looksFinite(next, ctx.lex))
        return { start: ws[0].start, end: w.end, appositive: null };
      if (!/^(?:\p{Ll}|\d+-year-old\b)/u.test(w.text)) return null;
      // ("The human rights groups also had to recognise …": an adverb before the verb ends the subject)
      const adverb = /^(?:also|still|now|then|already|again|later|earlier|too|however)$/.test(w.lower);
      // ("The poster shows the two men's faces … and says": a present tense in -s after a singular noun, before a
      // determiner; "The government refuses to publish his advice …, saying": or before an infinitive)
      const present =
        /^\p{Ll}{2,}[^s'’]s$/u.test(w.text) &&
        /[^s]$/.test(ws[n - 1].text) &&
        (/^(?:the|a|an|his|her|its|their|this|that)$/.test(ws[n + 1]?.lower ?? "") ||
          // ("The firm employs 7,600 workers and insists …": or a number)
          /^\d/.test(ws[n + 1]?.text ?? "") ||
          (ws[n + 1]?.lower === "to" && /^\p{Ll}+$/u.test(ws[n + 2]?.text ?? "")));
      // ("a … attaché in London put the number at …": "put" before its object's determiner)
      const put = /^(?:put|puts)$/.test(w.lower) && /^(?:the|its|their|this|that)$/.test(ws[n + 1]?.lower ?? "");
      if (looksFinite(w, ctx.lex) || adverb || present || put)
        return n > 1 ? { start: ws[0].start, end: ws[n - 1].end, appositive: null } : null;
    }
    return null;
  }
  // "Canada’s Deputy Foreign Minister Marta Morgan": the possessor is a modifier.
  if (isPossessive(ws[runs[r][1]]) && runs[r + 1]?.[0] === runs[r][1] + 1) r++;
  // "Egypt FA spokesman Methat Shalaby": a capitalised modifier, a lower-case title, the name.
  const title = ws[runs[r][1] + 1];
  if (title && ctx.lex.titles.has(title.text) && runs[r + 1]?.[0] === runs[r][1] + 2) r++;
  const [i, j] = runs[r];
  let k = j;
  // "Low-cost airlines have criticised …": the noun phrase runs on to its verb.
  for (let n = j + 1; n < Math.min(ws.length, j + 4); n++) {
    // ("Ian Gibson, for example, urged …": not past a comma)
    if (text.slice(ws[n - 1].end, ws[n].start).includes(",")) break;
    if (ctx.lex.finite.has(ws[n].lower) || (n > j + 1 && /^\p{Ll}{3,}ed$/u.test(ws[n].text))) {
      k = n - 1;
      break;
    }
    // ("Mr Whitlock's family thanked …": a noun in -ly is no adverb; lexicon `quotes/ly-nouns`)
    if (
      !/^\p{Ll}/u.test(ws[n].text) ||
      /ed$|ing$/.test(ws[n].lower) ||
      (/ly$/.test(ws[n].lower) && !LY_NOUNS.has(ws[n].lower))
    )
      break;
    if (/^(?:also|still|now|then|already|again|later|earlier|yesterday|today|too|however)$/.test(ws[n].lower)) break;
  }
  return { start: ws[r > 0 && i > first ? i : 0].start, end: ws[k].end, appositive: null };
}

/**
 * Where a speaker phrase starts when its description is set off before its name ("his lawyer, Antony
 * Townsden"), not after `from`; else where the name starts.
 */
export function phraseStart(text: string, subject: Phrase, from = 0): number {
  const described = subject.appositive ? text.lastIndexOf(subject.appositive, subject.start) : -1;
  return described > from && /^,\s*$/.test(text.slice(described + subject.appositive!.length, subject.start))
    ? described
    : subject.start;
}
