import type { QuoteCandidate } from "../types.ts";
import { cueAt, type CueClass } from "./cueAt.ts";
import { cueText } from "./cueText.ts";
import { lexicon, lexiconSet } from "../lexicon/lexicon.ts";
import { sentenceSubject, subjectAfter, subjectBefore, type Phrase } from "./phrases.ts";
import type { QuoteContext } from "./quoteContext.ts";
import { resolveSpeaker, type Attribution } from "./resolveSpeaker.ts";
import { words, type Word } from "./words.ts";

// One cue in a sentence with its speaker and the reported clause it governs.
interface Report {
  cueStart: number;
  cueEnd: number;
  cue: string;
  cls: CueClass;
  subject: Phrase | null;
  who: Attribution | null;
  clauseStart: number;
  clauseEnd: number;
  /** Where the speaker phrase sits relative to the clause. */
  order: "before" | "after" | "around";
  rule: string;
}

const NOUN_BEFORE = lexiconSet("quotes/noun-markers");
const PASSIVE = lexiconSet("quotes/passive-markers");
const OBJECT_PRONOUNS = lexiconSet("quotes/hearers");
const CONNECTIVE = /(?:[,;]\s*|\s[—–-]\s*|\s)(?:while|whereas|although|though|but|and|as)\s+$|;\s*$|\s[—–]\s*$/;
let circumstances: RegExp | undefined;
const OBJECT_OF = { him: "he", her: "she", them: "they" } as Record<string, string>;

function isClause(ctx: QuoteContext, all: readonly Word[]): boolean {
  // Only the first segment counts: "fear tax rises or spending cuts, saying …" has a noun phrase object.
  let stop = all.length;
  for (let k = 1; k < all.length; k++)
    if (/^\s*(?:,|\s[—–-])\s/.test(ctx.text.slice(all[k - 1].end, all[k].start))) {
      stop = k;
      break;
    }
  const ws = all.slice(0, stop).filter((w) => !ctx.quoteAt(w.start));
  if (!ws.length) return all.length > 0 && ctx.quoteAt(all[0].start) !== undefined;
  if (ws[0].lower === "that") return true;
  // Indirect questions ("recalls what happened") are not reported statements.
  if (/^(?:what|how|whether|why|where|when|who|which)$/.test(ws[0].lower)) return false;
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k];
    // "no plans to …": a verb form right after a determiner is a noun.
    const noun = k > 0 && /^(?:a|an|the|no|his|her|its|their|our|any|some|new)$/.test(ws[k - 1].lower);
    if (!noun && (ctx.lex.finite.has(w.lower) || (k > 0 && /^[a-z]{3,}ed$/.test(w.text)))) return true;
    // "announced no plans to go tabloid although …": a verb only in a subordinate clause.
    if (k > 0 && SUBORDINATORS.has(w.lower)) return false;
  }
  return false;
}

const SUBORDINATORS = lexiconSet("quotes/subordinators");

const FINITE_AFTER_AND =
  /,\s+(?:and|but)\s+(?:\p{Ll}+ly\s+)?(?:is|are|was|were|has|have|had|will|would|can|could|did|does)\s|\s[—–-]\s+(?:but|and|although|though|while)\s/u;

function trimClause(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,:;—–-]/.test(text[start])) start++;
  if (/^that\s/i.test(text.slice(start, start + 5))) start += 5;
  // "… has been very positive, and are already planning …": the verb phrase returns to the speaker.
  const cut = FINITE_AFTER_AND.exec(text.slice(start, end));
  if (cut) end = start + cut.index;
  // "… take place during an interview with …": circumstances of the speech are not what was said.
  circumstances ??= new RegExp(`[\\s,]+(?:${lexicon("quotes/circumstances").join("|")})\\b`, "i");
  const c = circumstances.exec(text.slice(start, end));
  if (c && c.index > 10) end = start + c.index;
  while (end > start && /[\s,.;:—–-]/.test(text[end - 1])) end--;
  return [start, end];
}

// The clause after a cue, skipping its hearer ("told delegates that") and circumstances ("Thursday").
function clauseAfter(ctx: QuoteContext, ws: readonly Word[], i: number, cls: CueClass): number | null {
  const { lex } = ctx;
  const limit = Math.min(ws.length, i + 11);
  // "denied an earlier report that …": a noun phrase object owns its "that" clause.
  const nounObject =
    cls !== "recipient" &&
    i < ws.length &&
    /^(?:a|an|the|this|these|those|his|her|its|their|our|any|no)$/.test(ws[i].lower) &&
    !ws.slice(i, i + 5).some((w, k, near) => near[k + 1]?.lower === "that" && lex.speechNouns.has(w.lower));
  for (let k = i; k < limit && !nounObject; k++) {
    if (ctx.quoteAt(ws[k].start) || lex.finite.has(ws[k].lower)) break;
    if (ws[k].lower === "that") return ws[k].start;
  }
  let k = i;
  if (cls === "recipient") {
    if (k < ws.length && OBJECT_PRONOUNS.has(ws[k].lower)) k++;
    else if (k < ws.length && /^\p{Lu}/u.test(ws[k].text)) {
      while (k < ws.length && /^\p{Lu}/u.test(ws[k].text)) k++;
    } else if (k + 1 < ws.length && ws[k].lower === "the") k += 2;
  }
  while (k < ws.length && lex.timeWords.has(ws[k].lower)) k++;
  return k < ws.length ? ws[k].start : null;
}

/**
 * Reported speech: for each cue outside quotation marks, its speaker (before or after the cue) and
 * the clause it governs: `X said (that) …` and `…, X said` (indirect), `according to X, …`,
 * `urged X to …`, and the same clauses carrying quoted words (mixed), including noun phrase plus
 * predicate with quoted words (`dismissed the plan as "desperate"`). Nested reports are dropped.
 */
export function reportedSpeech(ctx: QuoteContext): QuoteCandidate[] {
  const { text, lex } = ctx;
  const out: QuoteCandidate[] = [];
  for (const s of ctx.doc.sentences) {
    const all = words(text, s.start, s.end);
    const outside = all.filter((w) => !ctx.quoteAt(w.start));
    const position = new Map(all.map((w, k) => [w, k]));
    const reports: Report[] = [];
    // Where the sentence's own text starts: after a direct quotation that opens it.
    for (let idx = 0; idx < outside.length; idx++) {
      const w = outside[idx];
      const c = /^\p{Ll}/u.test(w.text) || w.lower === "according" ? cueAt(outside, idx, lex) : null;
      if (!c) continue;
      const at = position.get(w) ?? -1;
      const prevWord = all[at - 1];
      // The auxiliary before any adverbs: "was also denied", "is widely expected".
      let auxAt = at - 1;
      while (
        auxAt >= 0 &&
        /^(?:also|not|widely|often|still|already|further|repeatedly|previously|\p{Ll}+ly)$/u.test(all[auxAt].lower)
      )
        auxAt--;
      const aux = all[auxAt];
      const cueEnd = outside[idx + c.n - 1].end;
      let afterAt = at + 1;
      while (afterAt < all.length && all[afterAt].start < cueEnd) afterAt++;
      const after = all.slice(afterAt);
      const q = ctx.quoteAt(w.start - 2);
      const from = q && q.close >= 0 && q.close >= s.start ? q.close + 1 : s.start;
      if (c.cls === "according") {
        const subject = subjectAfter(ctx, cueEnd, s.end);
        if (!subject) continue;
        const pronoun = OBJECT_OF[text.slice(subject.start, subject.end).toLowerCase()];
        const who = pronoun
          ? resolveSpeaker(
              `${text.slice(0, subject.start)}${pronoun.padEnd(subject.end - subject.start)}`,
              subject.start,
              subject.start + pronoun.length,
              ctx.ents,
              lex,
            )
          : resolveSpeaker(text, subject.start, subject.end, ctx.ents, lex, subject.appositive);
        const lead = words(text, from, w.start).filter((x) => !/^(?:but|and|so|also)$/.test(x.lower));
        if (!lead.length) {
          const comma = text.indexOf(",", subject.end);
          if (comma < 0 || comma > s.end) continue;
          reports.push({
            cueStart: w.start,
            cueEnd,
            cue: text.slice(w.start, cueEnd),
            cls: c.cls,
            subject,
            who,
            clauseStart: comma + 1,
            clauseEnd: s.end,
            order: "before",
            rule: "according-to-before",
          });
        } else {
          // "A good basic PC that, according to PC Pro, has …": set off inside the clause.
          const around = /^,\s+\p{Ll}/u.test(text.slice(subject.end, s.end)) && /,\s*$/.test(text.slice(from, w.start));
          reports.push({
            cueStart: w.start,
            cueEnd,
            cue: text.slice(w.start, cueEnd),
            cls: c.cls,
            subject,
            who,
            clauseStart: from,
            clauseEnd: around ? s.end : w.start,
            order: around ? "around" : "after",
            rule: around ? "according-to-around" : "according-to-after",
          });
        }
        continue;
      }
      const progressive = /ing$/.test(w.lower);
      if (prevWord && NOUN_BEFORE.has(prevWord.lower) && prevWord.lower !== "to") continue;
      if (aux && !progressive && PASSIVE.has(aux.lower) && !(c.cls === "recipient" && after[0]?.lower === "by"))
        continue;
      // "told BBC Radio 4's Today programme: "…"": a colon introduces a direct quote.
      if (/^[^"“.]*:\s*["“]/.test(text.slice(cueEnd, s.end))) continue;
      // "Global News has been told by sources that …": the speaker follows "by".
      if (prevWord && PASSIVE.has(prevWord.lower) && after[0]?.lower === "by") {
        const subject = subjectAfter(ctx, after[0].end, s.end);
        if (!subject) continue;
        const who = resolveSpeaker(text, subject.start, subject.end, ctx.ents, lex, subject.appositive);
        const start = clauseAfter(
          ctx,
          after.filter((x) => x.start >= subject.end),
          0,
          "speech",
        );
        if (start === null) continue;
        reports.push({
          cueStart: w.start,
          cueEnd,
          cue: text.slice(prevWord.start, cueEnd),
          cls: c.cls,
          subject,
          who,
          clauseStart: start,
          clauseEnd: s.end,
          order: "before",
          rule: "passive-told-by",
        });
        continue;
      }
      let subject = subjectBefore(ctx, from, w.start);
      // "88 piano notes", "press reports": a plural noun, unless a name or pronoun says it.
      if (subject && lex.cueNouns.has(w.lower) && after[0]?.lower !== "that") {
        const last = words(text, subject.start, subject.end).pop();
        if (!last || !(/^\p{Lu}/u.test(last.text) || lex.pronouns.has(last.lower))) continue;
      }
      const before = text.slice(from, w.start);
      // "said Mr Fitzpatrick, who added that …", "the Association (IATA), which has attacked …".
      const relFrom = Math.max(0, before.length - 160);
      const rel =
        subject || !/\b(?:who|which)\s+(?:\p{Ll}+\s+){0,2}$/u.test(before)
          ? null
          : /([\p{L}'’.&-]+(?:\s+[\p{L}'’.&-]+){0,6})(?:\s*\([^)]*\))?,\s+(?:who|which)\s+(?:\p{Ll}+\s+){0,2}$/u.exec(
              before.slice(relFrom),
            );
      if (!subject && rel) {
        const relAt = from + relFrom + rel.index;
        const words_ = words(text, relAt, relAt + rel[1].length);
        const k = words_.findIndex((x) => /^\p{Lu}/u.test(x.text));
        if (k >= 0) {
          const startAt = k > 0 && words_[k - 1].lower === "the" ? words_[k - 1].start : words_[k].start;
          subject = { start: startAt, end: words_[words_.length - 1].end, appositive: null };
        }
      }
      const cue = cueText(ctx, w.start, cueEnd, c.cls === "recipient");
      // Speaker after the cue: "…, said the source", "The idea, says BT, is …", "…, say the Tories".
      const subjAfter =
        !subject && /,\s*$/.test(before) && (c.cls === "speech" || c.cls === "recipient")
          ? subjectAfter(ctx, cueEnd, s.end)
          : null;
      if (subjAfter) {
        const subj = subjAfter;
        const who = resolveSpeaker(text, subj.start, subj.end, ctx.ents, lex, subj.appositive);
        const rest = text.slice(subj.end, s.end);
        // "By contrast, says Mr Cox, the Mac mini is …": a short opening phrase, the clause after.
        const shortLead = words(text, from, w.start).length <= 3 && words(text, subj.end, s.end).length >= 3;
        const around =
          /^,\s+(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must)\b/.test(rest) ||
          /^\s+(?:is|was|will)\b/.test(rest) ||
          (shortLead && /^,\s/.test(rest));
        const lastComma = before.replace(/,\s*$/, "").length;
        reports.push({
          cueStart: w.start,
          cueEnd,
          cue,
          cls: c.cls,
          subject: subj,
          who,
          clauseStart: from,
          clauseEnd: around ? s.end : from + lastComma,
          order: around ? "around" : "after",
          rule: around ? "parenthetical-cue" : "cue-speaker-after",
        });
        continue;
      }
      // A participle, infinitive or coordinated cue ("…, saying …", "to suggest …", "and said …")
      // shares the subject of its sentence.
      const coordinated = prevWord && (prevWord.lower === "and" || prevWord.lower === "but");
      const shared = prevWord && (prevWord.lower === "to" || coordinated || /ing$/.test(w.lower));
      if (!subject && shared) {
        const head = coordinated ? ([...reports].reverse().find((r) => r.who) ?? null) : null;
        let subj = head ? head.subject : sentenceSubject(ctx, from, w.start);
        let who = head ? head.who : subj ? resolveSpeaker(text, subj.start, subj.end, ctx.ents, lex) : null;
        if (!who || lex.pronouns.has(who.speaker.toLowerCase())) {
          // '"We will win," said Smith, adding that …': the speaker of the sentence's earlier cue.
          for (let k = idx - 1; k >= 0 && !head; k--) {
            const prior = cueAt(outside, k, lex);
            if (!prior || prior.cls === "according") continue;
            subj = subjectBefore(ctx, from, outside[k].start) ?? subjectAfter(ctx, outside[k].end, w.start);
            who = subj ? resolveSpeaker(text, subj.start, subj.end, ctx.ents, lex, subj.appositive) : null;
            break;
          }
        }
        const start = c.cls === "object" ? cueEnd : clauseAfter(ctx, after, 0, c.cls);
        if (!who || start === null) continue;
        if (/,/.test(text.slice(cueEnd, start)) && !/^that\b/i.test(text.slice(start, start + 5))) continue;
        const clauseWords = all.filter((x) => x.start >= start);
        if (c.cls !== "object" && !isClause(ctx, clauseWords)) continue;
        reports.push({
          cueStart: w.start,
          cueEnd,
          cue,
          cls: c.cls,
          subject: subj,
          who,
          clauseStart: start,
          clauseEnd: s.end,
          order: "before",
          rule: head ? "coordinated-cue" : "shared-subject-cue",
        });
        continue;
      }
      if (!subject) continue;
      const who = resolveSpeaker(text, subject.start, subject.end, ctx.ents, lex, subject.appositive);
      if (c.cls === "predicative") {
        const quoted = ctx.spans.filter((x) => x.open > cueEnd && x.open < s.end);
        if (!quoted.length || /;|\b(?:which|who|that)\b/.test(text.slice(cueEnd, quoted[0].open))) continue;
        const lastQ = quoted[0];
        const stop = lastQ.close >= 0 ? lastQ.close + 1 : lastQ.end;
        reports.push({
          cueStart: w.start,
          cueEnd,
          cue,
          cls: c.cls,
          subject,
          who,
          clauseStart: cueEnd,
          clauseEnd: stop,
          order: "before",
          rule: "predicative-quote",
        });
        continue;
      }
      if (c.cls === "object") {
        const rest = text.slice(cueEnd, s.end);
        if (!/\s(?:to|of)\s/.test(rest)) continue;
        reports.push({
          cueStart: w.start,
          cueEnd,
          cue,
          cls: c.cls,
          subject,
          who,
          clauseStart: cueEnd,
          clauseEnd: s.end,
          order: "before",
          rule: "cue-object-clause",
        });
        continue;
      }
      const start = clauseAfter(ctx, after, 0, c.cls);
      const clauseWords = start === null ? [] : all.filter((x) => x.start >= start);
      if (start !== null && isClause(ctx, clauseWords)) {
        reports.push({
          cueStart: w.start,
          cueEnd,
          cue,
          cls: c.cls,
          subject,
          who,
          clauseStart: start,
          clauseEnd: s.end,
          order: "before",
          rule: "speaker-cue-clause",
        });
        continue;
      }
      // Sentence-final attribution: "…, Eyre said." / "…, a defence source tells CBC News."
      const lead = text.slice(from, subject.start);
      const comma = text.indexOf(",", cueEnd);
      const tailEnd = comma >= 0 && comma < s.end ? comma : s.end;
      const tail = words(text, cueEnd, tailEnd).filter(
        (x) => !lex.timeWords.has(x.lower) && !(c.cls === "recipient" && /^\p{Lu}/u.test(x.text)),
      );
      const circumstance =
        start !== null && start < tailEnd && /^(?:in|on|during|at)\s/i.test(text.slice(start, start + 7));
      if (/,\s+$/.test(lead) && lead.trim().length > 1 && (tail.length <= 3 || circumstance)) {
        reports.push({
          cueStart: w.start,
          cueEnd,
          cue,
          cls: c.cls,
          subject,
          who,
          clauseStart: from,
          clauseEnd: from + lead.replace(/,\s*$/, "").length,
          order: "after",
          rule: "clause-speaker-cue",
        });
      }
    }
    // Outermost only: a report whose speaker sits inside an earlier clause is nested in it, unless
    // a connective ("while", "although", "but", "and") starts a clause of its own.
    const kept: Report[] = [];
    for (const r of reports) {
      // "According to US officials, Morgan agreed that …": the clause's own cue wins.
      const according = kept.findIndex(
        (k) => k.cls === "according" && r.cueStart > k.clauseStart && r.cueStart < k.clauseEnd,
      );
      if (according >= 0) kept.splice(according, 1);
      const outer = kept.find((k) => k.order === "before" && r.cueStart > k.clauseStart && r.cueStart < k.clauseEnd);
      if (outer) {
        // "…, noting that …": a participle set off by a comma reports a second clause of the same speaker.
        const sibling =
          r.rule === "coordinated-cue" ||
          (r.rule === "shared-subject-cue" &&
            /ing$/.test(r.cue) &&
            /,\s*$/.test(text.slice(outer.clauseStart, r.cueStart)));
        const at = r.subject && !sibling ? r.subject.start : r.cueStart;
        const between = text.slice(outer.clauseStart, at);
        const m = CONNECTIVE.exec(between);
        if (!m && !sibling) continue;
        outer.clauseEnd = m ? outer.clauseStart + m.index : at;
      }
      kept.push(r);
    }
    for (const r of kept) {
      if (!r.who) continue;
      const [start, end] = trimClause(text, r.clauseStart, r.clauseEnd);
      if (end - start < 3) continue;
      const inner = ctx.spans.filter((x) => x.open >= start && x.open < end);
      // A clause that is one whole quotation is a direct quote (found by `directQuotes`).
      if (inner.length === 1 && inner[0].open === start && /^["”’]?$/.test(text.slice(inner[0].close + 1, end)))
        continue;
      if (ctx.quoteAt(start) && ctx.quoteAt(end - 1) === ctx.quoteAt(start) && ctx.quoteAt(start)?.open !== start)
        continue;
      const kind = inner.length ? "mixed" : "indirect";
      out.push({
        start,
        end,
        text: text.slice(start, end),
        kind,
        speaker: r.who.speaker,
        speaker_type: r.who.speaker_type,
        role: r.who.role,
        cue: r.cue,
        speaker_start: r.who.speaker_start,
        speaker_end: r.who.speaker_end,
        rule: r.rule,
      });
    }
  }
  return out;
}
