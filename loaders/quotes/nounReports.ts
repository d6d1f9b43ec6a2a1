import { lexiconSet } from "../lexicon/lexicon.ts";
import type { QuoteCandidate } from "../types.ts";
import { isOutletName } from "./isOutletName.ts";
import type { QuoteContext } from "./quoteContext.ts";
import { subjectBefore } from "./phrases.ts";
import { resolveSpeaker, type Attribution } from "./resolveSpeaker.ts";
import { trimClause } from "./trimClause.ts";
import { words } from "./words.ts";

const FROM = /^\s+(?:from|by)\s+/i;
const MEDIA = lexiconSet("quotes/media-nouns");
const REPORT_NOUNS = lexiconSet("quotes/report-nouns");
const STANCE_VERBS = lexiconSet("quotes/stance-verbs");
const STANCE_NOUNS = lexiconSet("quotes/stance-nouns");
const STANCE_MODIFIERS = lexiconSet("quotes/stance-modifiers");

// The "that" clause from `from` to the sentence's end `to`, trimmed, as `who`'s report (at least three characters).
function reportAfter(
  ctx: QuoteContext,
  from: number,
  to: number,
  who: Attribution,
): Omit<QuoteCandidate, "cue" | "rule"> | null {
  const [start, end] = trimClause(ctx.text, from, to);
  if (end - start < 3) return null;
  const inner = ctx.spans.some((q) => q.open >= start && q.open < end);
  return { start, end, text: ctx.text.slice(start, end), kind: inner ? "mixed" : "indirect", ...who };
}

/**
 * Reports carried by a noun that names whose speech it is: `shrugged off claims from Conservative
 * leader Michael Howard that he led a "grubby government"`, `allegations by the union that …`
 * (the speaker is the `from`/`by` phrase, the clause follows "that"; nouns in `claim-nouns`), and a stance
 * voiced by the subject of its verb: `Scientists expressed concerns that …` (lexicons `stance-verbs`, `stance-nouns`).
 */
export function nounReports(ctx: QuoteContext): QuoteCandidate[] {
  const { text, lex } = ctx;
  const out: QuoteCandidate[] = [];
  for (const s of ctx.doc.sentences) {
    const ws = words(text, s.start, s.end);
    // "Stone expressed the hope that Alexander might be better appreciated": a stance noun voiced by the verb's
    // subject, the clause after "that" its report.
    for (let i = 1; i + 3 < ws.length; i++) {
      if (!STANCE_VERBS.has(ws[i].lower) || ctx.quoteAt(ws[i].start)) continue;
      let n = i + 1;
      while (n < i + 3 && STANCE_MODIFIERS.has(ws[n].lower)) n++;
      if (!STANCE_NOUNS.has(ws[n].lower) || ws[n + 1]?.lower !== "that") continue;
      const subject = subjectBefore(ctx, s.start, ws[i].start);
      const who = subject ? resolveSpeaker(text, subject.start, subject.end, ctx.ents, lex, subject.appositive) : null;
      const report = who ? reportAfter(ctx, ws[n + 1].end, s.end, who) : null;
      if (report) out.push({ ...report, cue: text.slice(ws[i].start, ws[n].end), rule: "stance-noun-cue" });
    }
    for (let i = 0; i + 3 < ws.length; i++) {
      if (!(lex.claimNouns.has(ws[i].lower) || REPORT_NOUNS.has(ws[i].lower)) || ctx.quoteAt(ws[i].start)) continue;
      // ("despite Sony's assertion that the machines are aimed at different consumers": a named owner in the
      // possessive, right before the noun and its "that")
      const owner =
        i > 0 && ws[i + 1].lower === "that" && /^\p{Lu}.*['’]s$/u.test(ws[i - 1].text) ? ws[i - 1] : undefined;
      // (an object, after a lower-case word: not the sentence's subject, "Bellamy's claim that … was denied")
      const named = owner ? ctx.ents.mentions.find((m) => m.end === owner.end - 2 && m.start >= s.start) : undefined;
      const objectOf = named !== undefined && /\p{Ll}\s+$/u.test(text.slice(s.start, named.start));
      if (owner && named && objectOf) {
        const who = resolveSpeaker(text, named.start, named.end, ctx.ents, lex);
        const report = who && who.speaker_type !== "anonymous" ? reportAfter(ctx, ws[i + 1].end, s.end, who) : null;
        if (report) out.push({ ...report, cue: ws[i].text, rule: "noun-cue-owner" });
        continue;
      }
      if (owner) continue;
      // ("comments in a major Chinese newspaper that …", "reports in the Financial Times that …": "in" a
      // publication too)
      const from =
        FROM.exec(text.slice(ws[i].end, ws[i + 1].end + 1)) ??
        /^\s+in\s+/i.exec(text.slice(ws[i].end, ws[i + 1].end + 1));
      if (!from) continue;
      // The source runs up to "that", within a few words and no punctuation.
      const that = ws.findIndex((w, k) => k > i + 2 && k < i + 12 && w.lower === "that");
      if (that < 0) continue;
      const sourceStart = ws[i + 2].start;
      const sourceEnd = ws[that - 1].end;
      if (/[,;:()"“”]/.test(text.slice(sourceStart, sourceEnd))) continue;
      const publication =
        MEDIA.has(ws[that - 1].lower) || isOutletName(text.slice(sourceStart, sourceEnd).replace(/^the\s+/i, ""));
      if (/^\s+in\s/i.test(from[0]) && !publication) continue;
      const who = resolveSpeaker(text, sourceStart, sourceEnd, ctx.ents, lex);
      if (!who || lex.pronouns.has(who.speaker.toLowerCase())) continue;
      const report = reportAfter(ctx, ws[that].end, s.end, who);
      if (report) out.push({ ...report, cue: text.slice(ws[i].start, ws[i + 1].end), rule: "noun-cue-from" });
    }
  }
  return out;
}
