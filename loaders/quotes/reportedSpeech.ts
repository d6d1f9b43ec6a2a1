import type { QuoteCandidate } from "../types.ts";
import { accordingTo } from "./accordingTo.ts";
import { clauseSite, type ClauseSite } from "./clauseSite.ts";
import { clauseSpeakerCue } from "./clauseSpeakerCue.ts";
import { colonClause } from "./colonClause.ts";
import { cueClause } from "./cueClause.ts";
import { cueNoun } from "./cueNoun.ts";
import { cueObjectClause } from "./cueObjectClause.ts";
import { cueObjectPhrase } from "./cueObjectPhrase.ts";
import { cueSite, type CueSite, type Found, type Rule, type Verdict } from "./cueSite.ts";
import { notACue } from "./notACue.ts";
import { openingAside } from "./openingAside.ts";
import { outermost } from "./outermost.ts";
import { passivePredicative } from "./passivePredicative.ts";
import { passiveToldBy } from "./passiveToldBy.ts";
import { predicativeQuote } from "./predicativeQuote.ts";
import type { QuoteContext } from "./quoteContext.ts";
import type { Report } from "./report.ts";
import { reportedClause } from "./reportedClause.ts";
import { resumedClause } from "./resumedClause.ts";
import { sharedSubject } from "./sharedSubject.ts";
import { speakerAfter } from "./speakerAfter.ts";
import { speakerSite, type SpeakerSite } from "./speakerSite.ts";
import { words } from "./words.ts";

// A test that drops the cue when it holds.
const drop =
  <T>(test: (x: T) => boolean): Rule<T> =>
  (x) =>
    test(x) ? null : undefined;

// The rules, in order: the first verdict on a cue wins.
// 1. On the cue alone: "according to X", words that are no cue here, a colon's clause, "told by X",
// "described by X as …".
const CUE_RULES: readonly Rule<CueSite>[] = [
  accordingTo,
  passivePredicative,
  drop(notACue),
  colonClause,
  passiveToldBy,
];
// 2. With the phrase before the cue: cue nouns, a speaker after the cue, a shared subject.
const SPEAKER_RULES: readonly Rule<SpeakerSite>[] = [drop(cueNoun), speakerAfter, sharedSubject];
// 3. With a speaker before the cue and the clause after it.
const CLAUSE_RULES: readonly Rule<ClauseSite>[] = [
  predicativeQuote,
  cueObjectClause,
  cueClause,
  cueObjectPhrase,
  openingAside,
  resumedClause,
  clauseSpeakerCue,
];

function first<T>(rules: readonly Rule<T>[], x: T): Verdict {
  for (const rule of rules) {
    const verdict = rule(x);
    if (verdict !== undefined) return verdict;
  }
  return undefined;
}

// The report of one cue, or null.
function attribute(site: CueSite): Found | null {
  const onCue = first(CUE_RULES, site);
  if (onCue !== undefined) return onCue;
  const speaker = speakerSite(site);
  const onSpeaker = first(SPEAKER_RULES, speaker);
  if (onSpeaker !== undefined) return onSpeaker;
  if (!speaker.subject) return null;
  return first(CLAUSE_RULES, clauseSite(speaker, speaker.subject)) ?? null;
}

// "Total production costs were £1.30, UK Coal said, but the average selling price was just £1.18": a cue set
// off after its report reports the contrasting clause after it too, unless that clause has a cue of its own.
function contrastAfter(
  ctx: QuoteContext,
  cueEnd: number,
  end: number,
): Pick<Found, "clauseStart" | "clauseEnd" | "order" | "rule"> | null {
  const m = /^,\s+(?:but|yet)\s+(?=\p{L})/u.exec(ctx.text.slice(cueEnd, end));
  if (!m) return null;
  const rest = words(ctx.text, cueEnd + m[0].length, end);
  if (rest.length < 3 || rest.some((w) => ctx.lex.cues.has(w.lower) || ctx.lex.recipientCues.has(w.lower))) return null;
  if (!rest.some((w) => ctx.lex.finite.has(w.lower))) return null;
  return { clauseStart: cueEnd + m[0].length, clauseEnd: end, order: "before", rule: "contrast-after-cue" };
}

/**
 * Reported speech: for each cue outside quotation marks, its speaker (before or after the cue) and
 * the clause it governs: `X said (that) …` and `…, X said` (indirect), `according to X, …`,
 * `urged X to …`, and the same clauses carrying quoted words (mixed), including noun phrase plus
 * predicate with quoted words (`dismissed the plan as "desperate"`). Nested reports are dropped.
 */
export function reportedSpeech(ctx: QuoteContext): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  for (const s of ctx.doc.sentences) {
    const all = words(ctx.text, s.start, s.end);
    const outside = all.filter((w) => !ctx.quoteAt(w.start));
    const reports: Report[] = [];
    for (let idx = 0; idx < outside.length; idx++) {
      const site = cueSite(ctx, s, all, outside, idx, reports);
      const found = site && attribute(site);
      // Every report of a cue shares its position and class.
      if (!site || !found) continue;
      reports.push({ cueStart: site.w.start, cueEnd: site.cueEnd, cls: site.cls, ...found });
      const contrast = found.rule === "clause-speaker-cue" ? contrastAfter(ctx, site.cueEnd, s.end) : null;
      if (contrast) reports.push({ cueStart: site.w.start, cueEnd: site.cueEnd, cls: site.cls, ...found, ...contrast });
    }
    for (const r of outermost(ctx, s, reports)) {
      const quote = reportedClause(ctx, r);
      if (quote) out.push(quote);
    }
  }
  return out;
}
