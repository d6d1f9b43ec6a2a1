import type { QuoteCandidate } from "../types.ts";
import { cueAt, type CueClass } from "./cueAt.ts";
import { cueText } from "./cueText.ts";
import { documentPhrase } from "./documentPhrase.ts";
import { isDocumentHead } from "./isDocumentHead.ts";
import { outermost } from "./outermost.ts";
import type { Report } from "./report.ts";
import { lexiconSet } from "../lexicon/lexicon.ts";
import { frameBefore, sentenceSubject, subjectAfter, subjectBefore } from "./phrases.ts";
import { mostNamed } from "./mostNamed.ts";
import type { QuoteContext } from "./quoteContext.ts";
import { quotedAs } from "./quotedAs.ts";
import { resolveSpeaker } from "./resolveSpeaker.ts";
import { trimClause } from "./trimClause.ts";
import { words, type Word } from "./words.ts";

const NOUN_BEFORE = lexiconSet("quotes/noun-markers");
const PASSIVE = lexiconSet("quotes/passive-markers");
const ADJECTIVAL = lexiconSet("quotes/cues-adjectival");
const GOVERNORS = lexiconSet("quotes/infinitive-governors");
const OBJECT_PRONOUNS = lexiconSet("quotes/hearers");
const CIRCUMSTANCES = lexiconSet("quotes/circumstances");

// Where a predicative cue's report ends: after the first quotation that follows it in the sentence
// ('dismissed the plan as "desperate"'), or null when none follows before a clause boundary.
function predicativeEnd(ctx: QuoteContext, cueEnd: number, sentenceEnd: number): number | null {
  const quoted = ctx.spans.find((x) => x.open > cueEnd && x.open < sentenceEnd);
  if (!quoted || /;|\b(?:which|who|that)\b/.test(ctx.text.slice(cueEnd, quoted.open))) return null;
  return quoted.close >= 0 ? quoted.close + 1 : quoted.end;
}

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
  // ("counter that accusation": "that" with only a noun after it is a determiner.)
  if (ws[0].lower === "that") return all.length > 2 || stop < all.length;
  // "agreed to a buyout by Verizon …": an infinitive or a prepositional phrase is not a reported clause.
  if (ws[0].lower === "to") return false;
  // "denied she regularly spoke …": a nominative pronoun starts a clause.
  if (/^(?:he|she|they|we|i)$/.test(ws[0].lower) && ws.length >= 3) return true;
  // Indirect questions ("recalls what happened") are not reported statements.
  if (/^(?:what|how|whether|why|where|when|who|which)$/.test(ws[0].lower)) return false;
  const at = new Map(all.map((w, k) => [w, k]));
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k];
    // "no plans to …": a verb form right after a determiner is a noun (quoted words count:
    // 'a "chain of events" linked …').
    const before = all[(at.get(w) ?? 0) - 1];
    const noun =
      k > 0 && before !== undefined && /^(?:a|an|the|no|his|her|its|their|our|any|some|new)$/.test(before.lower);
    // ('said "blog" headed the list': a quoted subject counts as a word before the verb.)
    if (!noun && (ctx.lex.finite.has(w.lower) || ((at.get(w) ?? 0) > 0 && /^[a-z]{3,}ed$/.test(w.text)))) return true;
    // "announced no plans to go tabloid although …": a verb only in a subordinate clause.
    if (k > 0 && SUBORDINATORS.has(w.lower)) return false;
  }
  // "said the man, and an American official, tried to recruit him": a subject with a parenthesis
  // set off by commas, then its verb.
  // ('said "superior" bullying tactics, like making housemates cold, could encourage …': a quoted
  // modifier opens the subject too.)
  const quotedStart = ctx.quoteAt(all[0].start) !== undefined;
  // ('said individual voter registration, as opposed to registration by household, should be …': a
  // parenthesis that opens with a connective, after any subject.)
  const connective = /^(?:as|including|such|like|rather|not|unlike|especially|particularly)$/.test(
    all[stop]?.lower ?? "",
  );
  if (
    stop < all.length &&
    ws.length <= 4 &&
    (quotedStart || connective || /^(?:a|an|the|his|her|its|their)$/.test(ws[0].lower))
  ) {
    const close = all.findIndex(
      (w, k) => k > stop && k < stop + 10 && /^\s*,\s/.test(ctx.text.slice(all[k - 1].end, w.start)),
    );
    const verb = close > 0 ? all[close] : undefined;
    if (verb && (ctx.lex.finite.has(verb.lower) || /^[a-z]{3,}ed$/.test(verb.text))) return true;
  }
  return false;
}

const SUBORDINATORS = lexiconSet("quotes/subordinators");
const TO_HEARER = lexiconSet("quotes/cues-to-hearer");
const CAUSATIVES = lexiconSet("quotes/causatives");
const CLAUSE_OPENER = /^(?:he|she|they|it|we|i|there|the|a|an|this|his|her|their|its|\p{Lu}\p{L}*)$/u;

// The clause after a cue, skipping its hearer ("told delegates that") and circumstances ("Thursday").
function clauseAfter(ctx: QuoteContext, ws: readonly Word[], i: number, cls: CueClass, cue = ""): number | null {
  const { lex } = ctx;
  const limit = Math.min(ws.length, i + 11);
  // "denied an earlier report that …": a noun phrase object owns its "that" clause.
  const nounObject =
    cls !== "recipient" &&
    i < ws.length &&
    /^(?:a|an|the|this|these|those|his|her|its|their|our|any|no)$/.test(ws[i].lower) &&
    !ws.slice(i, i + 5).some((w, k, near) => near[k + 1]?.lower === "that" && lex.speechNouns.has(w.lower)) &&
    // "warned the BBC that …": a name before "that" is the hearer.
    !(
      ws[i].lower === "the" &&
      /^\p{Lu}/u.test(ws[i + 1]?.text ?? "") &&
      ws.slice(i + 1, i + 5).some((w) => w.lower === "that") &&
      ws
        .slice(
          i + 1,
          ws.findIndex((w, k) => k > i && w.lower === "that"),
        )
        .every((w) => /^\p{Lu}/u.test(w.text))
    );
  // "denied claims that …", "rejected allegations he …": the clause is someone else's.
  if (i < ws.length && lex.claimNouns.has(ws[i].lower)) return null;
  for (let k = i; k < limit && !nounObject; k++) {
    if (ctx.quoteAt(ws[k].start) || lex.finite.has(ws[k].lower)) break;
    if (ws[k].lower === "that") {
      // "predicted consolidation in a market that they call fragmented": after an indefinite noun in a
      // prepositional phrase "that" opens a relative clause (but "said in a statement that …" reports).
      const noun = ws[k - 1]?.lower ?? "";
      const relative =
        k - i >= 3 &&
        /^(?:in|of|for|with|about|on|at|from|into)$/.test(ws[k - 3]?.lower ?? "") &&
        /^(?:a|an)$/.test(ws[k - 2]?.lower ?? "") &&
        /^\p{Ll}+$/u.test(ws[k - 1]?.text ?? "") &&
        !lex.speechNouns.has(noun) &&
        !lex.cueNouns.has(noun) &&
        !isDocumentHead(noun, lex) &&
        !lex.timeHeads.has(noun) &&
        !CIRCUMSTANCES.has(
          ws
            .slice(k - 3, k)
            .map((x) => x.lower)
            .join(" "),
        );
      if (relative) return null;
      return ws[k].start;
    }
  }
  let k = i;
  if (cls === "recipient") {
    if (k < ws.length && OBJECT_PRONOUNS.has(ws[k].lower)) k++;
    else if (k < ws.length && /^\p{Lu}/u.test(ws[k].text)) {
      // ("told BBC News 24 she …", "told Radio 4 the …": a number ends a channel's name, not "told MPs 20 people")
      while (
        k < ws.length &&
        (/^\p{Lu}/u.test(ws[k].text) ||
          (k > i && /^\d{1,3}$/.test(ws[k].text) && CLAUSE_OPENER.test(ws[k + 1]?.text ?? "")))
      )
        k++;
    } else if (k + 2 < ws.length && /^(?:his|her|their|its|our)$/.test(ws[k].lower)) {
      // "told his monthly news conference Britain had …": a hearer of up to three lower-case words.
      let n = k + 1;
      while (n < Math.min(ws.length, k + 4) && /^\p{Ll}+$/u.test(ws[n].text) && !lex.finite.has(ws[n].lower)) n++;
      if (n > k + 1 && n < ws.length && CLAUSE_OPENER.test(ws[n].text) && !/^(?:the|a|an)$/.test(ws[n].lower)) k = n;
    } else if (k + 1 < ws.length && ws[k].lower === "the") {
      // "told the BBC News website she had …": the hearer's name and its head noun.
      // ("told the Times Michael Howard has …" keeps the name: only a lower-case head noun ends the hearer.)
      let n = k + 1;
      while (n < ws.length && /^\p{Lu}/u.test(ws[n].text)) n++;
      const head =
        n > k + 1 &&
        n + 1 < ws.length &&
        /^\p{Ll}{3,}$/u.test(ws[n].text) &&
        !/^(?:the|that|this|his|her|its|their|our|there)$/.test(ws[n].lower) &&
        !lex.finite.has(ws[n].lower) &&
        CLAUSE_OPENER.test(ws[n + 1].text);
      k = head ? n + 1 : k + 2;
    }
    // "told jurors he met …": a bare plural hearer before a clause that opens with a subject.
    else if (
      k + 2 < ws.length &&
      /^\p{Ll}+s$/u.test(ws[k].text) &&
      !lex.finite.has(ws[k].lower) &&
      /^(?:he|she|they|it|we|i|the|his|her|their|its|\p{Lu}\p{L}*)$/u.test(ws[k + 1].text)
    )
      k++;
  }
  // "admitted to jurors he was …", "explained to MPs that …": a hearer after "to".
  if (cls !== "recipient" && ws[k]?.lower === "to" && TO_HEARER.has(cue)) {
    let n = k + 1;
    if (/^(?:the|his|her|their|its)$/.test(ws[n]?.lower ?? "")) n++;
    const from = n;
    // (the hearer is a name or a plural: "to jurors", "to MPs", "to the Commons")
    while (
      n < Math.min(ws.length, from + 3) &&
      (/^\p{Lu}/u.test(ws[n].text) || /^\p{Ll}+s$/u.test(ws[n].text)) &&
      !lex.finite.has(ws[n].lower) &&
      !/^(?:he|she|they|it|we|i|that)$/.test(ws[n].lower)
    )
      n++;
    if (n > from && n < ws.length && /^(?:he|she|they|it|we|i|that)$/.test(ws[n].lower))
      k = ws[n].lower === "that" ? n + 1 : n;
  }
  // Circumstances of time ("on Thursday", "last week", "this morning"), but not a pronoun "this"
  // ("said this was …").
  const timeWord = (n: number) =>
    lex.timeWords.has(ws[n].lower) &&
    !(/^(?:this|last|on)$/.test(ws[n].lower) && !lex.timeWords.has(ws[n + 1]?.lower ?? ""));
  while (k < ws.length && timeWord(k)) k++;
  // "announced on her blog she had been fired": a place or medium before the clause.
  // (the preposition may already be skipped as a time word)
  if (k > i && /^(?:on|in|at)$/.test(ws[k - 1].lower)) k--;
  if (
    k + 3 < ws.length &&
    /^(?:on|in|at|via|through)$/.test(ws[k].lower) &&
    /^(?:her|his|their|its|the|a|an|our)$/.test(ws[k + 1].lower) &&
    /^\p{Ll}+$/u.test(ws[k + 2].text) &&
    /^(?:he|she|they|it|we|i)$/.test(ws[k + 3].lower)
  )
    k += 3;
  else while (k < ws.length && timeWord(k)) k++;
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
      // The auxiliary before any adverbs: "was also denied", "is widely expected", "are all believed".
      let auxAt = at - 1;
      while (
        auxAt >= 0 &&
        /^(?:also|not|widely|often|still|already|further|repeatedly|previously|now|all|both|each|\p{Ll}+ly)$/u.test(
          all[auxAt].lower,
        )
      )
        auxAt--;
      const aux = all[auxAt];
      const cueEnd = outside[idx + c.n - 1].end;
      // Every report of this cue shares its position and class.
      const report = (r: Omit<Report, "cueStart" | "cueEnd" | "cls">) =>
        void reports.push({ cueStart: w.start, cueEnd, cls: c.cls, ...r });
      let afterAt = at + 1;
      while (afterAt < all.length && all[afterAt].start < cueEnd) afterAt++;
      const after = all.slice(afterAt);
      const q = ctx.quoteAt(w.start - 2);
      const from = q && q.close >= 0 && q.close >= s.start ? q.close + 1 : s.start;
      if (c.cls === "according") {
        // "The World According to Bex": a capitalised "According" inside a title.
        if (w.text === "According" && prevWord && /^\p{Lu}/u.test(prevWord.text) && prevWord.end > s.start) continue;
        const subject = subjectAfter(ctx, cueEnd, s.end);
        if (!subject) continue;
        const who = resolveSpeaker(text, subject.start, subject.end, ctx.ents, lex, subject.appositive);
        const lead = words(text, from, w.start).filter((x) => !/^(?:but|and|so|also)$/.test(x.lower));
        if (!lead.length) {
          // "According to a new book, Brown's Britain by Robert Peston, Mr Blair …": past the work's title.
          // ("According to a new book, Brown's Britain, Mr Blair …": a title alone too)
          const document = isDocumentHead(words(text, subject.start, subject.end).pop()?.lower ?? "", lex);
          const titled = (document ? /^,\s+\p{Lu}[^,]*(?:\sby\s[^,]*)?,/u : /^,\s+\p{Lu}[^,]*\sby\s[^,]*,/u).exec(
            text.slice(subject.end, s.end),
          );
          const comma = text.indexOf(",", subject.end + (titled ? titled[0].length - 1 : 0));
          if (comma < 0 || comma > s.end) continue;
          report({
            cue: text.slice(w.start, cueEnd),
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
          report({
            cue: text.slice(w.start, cueEnd),
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
      // "Having said that, …": a perfect participle of a cue reports nothing.
      if (prevWord?.lower === "having") continue;
      // "The EOC report said …": a document noun before the verb is not itself a cue.
      // "the Demos report": a determiner and a name before a document noun make it a noun.
      if (
        lex.documentHeads.has(w.lower) &&
        /^(?:the|a|an)$/.test(all[at - 2]?.lower ?? "") &&
        /^\p{Lu}/u.test(prevWord?.text ?? "")
      )
        continue;
      if (
        lex.documentHeads.has(w.lower) &&
        after[0] &&
        /^(?:said|says|found|finds|warned|warns|added|adds)$/.test(after[0].lower)
      )
        continue;
      if (
        prevWord &&
        NOUN_BEFORE.has(prevWord.lower) &&
        prevWord.lower !== "to" &&
        // ("spokesman for North East Says No, said": a comma ends the name before the cue.)
        !/[,;:)]/.test(text.slice(prevWord.end, w.start)) &&
        frameBefore(text, s.start, w.start) === null &&
        quotedAs(text, from, w.start) === null
      )
        continue;
      // "Sir Edward's hopes of a deal": after a name's possessive the cue word is a noun.
      // "the government's pre-Budget report, Mr Kennedy …": a document noun after a possessive
      // and one modifier too (but "according to the Commission's report …" reads on).
      const possessive = (x: Word | undefined) =>
        x !== undefined &&
        /(?:['’]s|s['’])$/.test(x.text) &&
        !lex.pronouns.has(x.lower.replace(/['’]s$/, "")) &&
        !/^(?:that|there|here|who|what|it|he|she)['’]s$/.test(x.lower);
      if (
        prevWord &&
        !lex.claimNouns.has(w.lower) &&
        !lex.speechNouns.has(w.lower) &&
        ((/^\p{Lu}/u.test(prevWord.text) && possessive(prevWord) && !lex.documentHeads.has(w.lower)) ||
          (lex.documentHeads.has(w.lower) &&
            (possessive(prevWord) ||
              (possessive(all[at - 2]) && /^\S+$/.test(text.slice(all[at - 2].end + 1, w.start - 1)))) &&
            !/\baccording\s+to\s+[^,]*$/i.test(text.slice(s.start, w.start))))
      )
        continue;
      // "prompting the Queen to ask X to …": an infinitive of an object cue reports no speech.
      // ("open to attack if left unpatched": nor does a predicative one.)
      if ((c.cls === "object" || c.cls === "predicative") && prevWord?.lower === "to") continue;
      // "defended the decision to attack …", "a bid to claim …": an infinitive after a noun is a plan, not speech.
      if (
        prevWord?.lower === "to" &&
        /^(?:the|a|an|his|her|its|their|our|this|that)$/.test(all[at - 3]?.lower ?? "") &&
        /^\p{Ll}+$/u.test(all[at - 2]?.text ?? "") &&
        !lex.finite.has(all[at - 2].lower) &&
        // (but "used a speech to say …" is a frame around the cue)
        frameBefore(text, s.start, w.start) === null
      )
        continue;
      // "enables that station to add …", "wants to add …": nor does one governed by a verb of
      // enabling or wanting (within the three words before "to").
      if (prevWord?.lower === "to" && all.slice(Math.max(0, at - 5), at - 1).some((x) => GOVERNORS.has(x.lower)))
        continue;
      // "an existing FM signal from …": a base form after "a"/"an" and its modifiers is a noun
      // (a singular subject would take "signals" or "signalled").
      const base = [`${w.lower}s`, `${w.lower}ed`, `${w.lower}d`, `${w.lower}led`].some((f) => lex.cues.has(f));
      if (
        base &&
        prevWord?.lower !== "to" &&
        all
          .slice(Math.max(0, at - 3), at)
          .some((x) => /^(?:a|an|each|every)$/.test(x.lower) && !/[,;:.!?"“”—–()]/.test(text.slice(x.end, w.start)))
      )
        continue;
      // "Consumer demand will remain fragile": a base form right after a singular noun opening the
      // sentence is a noun (a verb would be "demands", or follow a plural, a pronoun or a modal).
      if (
        base &&
        prevWord &&
        at === 1 &&
        lex.cueNouns.has(`${w.lower}s`) &&
        !/^(?:many|some|most|few|all|both|others|police|people|staff|officials|sources)$/.test(prevWord.lower) &&
        /^\p{Lu}\p{Ll}+$/u.test(prevWord.text) &&
        !/s$/.test(prevWord.lower) &&
        !lex.pronouns.has(prevWord.lower) &&
        !/^(?:i|you|we|they)$/.test(prevWord.lower) &&
        !lex.commonFirstNames.has(prevWord.lower)
      )
        continue;
      // "He can now expect to have …": a modal of possibility makes the cue hypothetical.
      if (/^(?:can|could|may|might|must|should)$/.test(all[auxAt]?.text ?? "")) continue;
      if (
        aux &&
        !progressive &&
        !ADJECTIVAL.has(w.lower) &&
        PASSIVE.has(aux.lower) &&
        !(c.cls === "recipient" && after[0]?.lower === "by")
      )
        continue;
      // "Mr X, who insists he is not bitter, said: …": a relative clause closes at its comma.
      const relative = /\p{L},\s+(?:who|which)\s+(?:\p{Ll}+\s+){0,3}$/u.test(
        text.slice(Math.max(s.start, w.start - 40), w.start),
      );
      const relClose = relative ? text.slice(cueEnd, s.end).search(/,\s/) : -1;
      const stop = relClose >= 0 ? cueEnd + relClose : s.end;
      // "told BBC Radio 4's Today programme: "…"": a colon introduces a direct quote, unless a
      // reported clause comes first ("said his integrity remained intact: "…"").
      const colon = /^[^"“.]*:\s*["“]/.exec(text.slice(cueEnd, stop));
      if (colon) {
        const colonAt = cueEnd + colon[0].indexOf(":");
        const inner = all.filter((x) => x.start >= cueEnd && x.end <= colonAt);
        const subject = subjectBefore(ctx, from, w.start);
        // "… but he added:", "…, insisting:": the colon belongs to a later cue.
        const last = inner[inner.length - 1];
        const later =
          inner.some((x) => lex.cues.has(x.lower) || lex.recipientCues.has(x.lower)) ||
          /\b(?:slogan|words|statement|message|headline)$/.test(text.slice(cueEnd, colonAt)) ||
          (last &&
            (lex.cues.has(last.lower) ||
              lex.finite.has(last.lower) ||
              /ing$/.test(last.lower) ||
              /\p{Lu}/u.test(last.text)));
        if (!subject || c.cls !== "speech" || inner.length < 3 || later || !isClause(ctx, inner)) continue;
        const who = resolveSpeaker(text, subject.start, subject.end, ctx.ents, lex, subject.appositive);
        const start = clauseAfter(ctx, inner, 0, c.cls);
        if (start === null) continue;
        report({
          cue: cueText(ctx, w.start, cueEnd, false),
          subject,
          who,
          clauseStart: start,
          clauseEnd: colonAt,
          order: "before",
          rule: "speaker-cue-clause-colon",
        });
        continue;
      }
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
        report({
          cue: text.slice(prevWord.start, cueEnd),
          subject,
          who,
          clauseStart: start,
          clauseEnd: s.end,
          order: "before",
          rule: "passive-told-by",
        });
        continue;
      }
      // "…, saying …" shares the sentence's subject, whatever noun phrase precedes the comma.
      // "Reuters quoted finance minister Ana Ruiz as saying …": the one quoted speaks.
      const quoted = progressive ? quotedAs(text, from, w.start) : null;
      let subject =
        quoted ?? (progressive && /,\s*$/.test(text.slice(from, w.start)) ? null : subjectBefore(ctx, from, w.start));
      // "88 piano notes", "press reports": a plural noun, unless a name or pronoun says it (or it ends the
      // sentence after a comma: "…, a new book claims.").
      const final = after.length === 0 && subject !== null && /,\s*$/.test(text.slice(from, subject.start));
      // ("Early estimates from the World Bank put …": a cue noun before "from" or "by" is a noun.)
      if (lex.cueNouns.has(w.lower) && /^(?:from|by|of)$/.test(after[0]?.lower ?? "")) continue;
      if (subject && lex.cueNouns.has(w.lower) && after[0]?.lower !== "that" && !final) {
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
        // (…", told Associated Press": after "told" comes the hearer, never the speaker.)
        !subject && !progressive && /,\s*$/.test(before) && c.cls === "speech"
          ? subjectAfter(ctx, cueEnd, s.end)
          : null;
      if (subjAfter) {
        const subj = subjAfter;
        const who = resolveSpeaker(text, subj.start, subj.end, ctx.ents, lex, subj.appositive);
        const rest = text.slice(subj.end, s.end);
        // "By contrast, says Mr Cox, the Mac mini is …": a short opening phrase, the clause after.
        const shortLead = words(text, from, w.start).length <= 3 && words(text, subj.end, s.end).length >= 3;
        // ("What this means, said Stacey Jolna, senior vice president of …, is that …": past an appositive too)
        const verbNext =
          /^,\s+(?:[^,;:"“”]{1,90},\s+)?(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must)\b/.test(
            rest,
          ) || /^\s+(?:is|was|will)\b/.test(rest);
        // "Although teenage virus writers will still play …, said Mr Hogan, 2004 saw …": a subordinate clause
        // before the cue and its main clause after it are one report.
        const subordinate =
          /^\s*(?:Although|Though|While|If|When|Because|Since|Unless|Despite|Even)\b/.test(text.slice(from, w.start)) &&
          /^,\s/.test(rest) &&
          words(text, subj.end, s.end).length >= 4;
        const around = verbNext || subordinate || (shortLead && /^,\s/.test(rest));
        const lastComma = before.replace(/,\s*$/, "").length;
        report({
          cue,
          subject: subj,
          who,
          // ("But, says Dr Nielsen, some things …": an opening connective is not part of the clause.)
          clauseStart: around && !verbNext && !subordinate ? subj.end + 1 : from,
          clauseEnd: around ? s.end : from + lastComma,
          order: around ? "around" : "after",
          rule: around ? "parenthetical-cue" : "cue-speaker-after",
        });
        continue;
      }
      // A participle, infinitive or coordinated cue ("…, saying …", "to suggest …", "and said …")
      // shares the subject of its sentence.
      // ("… but had thought it was too gloomy": an auxiliary between the conjunction and the cue too)
      const conjunction = (x: Word | undefined) => x !== undefined && (x.lower === "and" || x.lower === "but");
      const coordinated =
        conjunction(prevWord) || (/^(?:had|has|have|would)$/.test(prevWord?.lower ?? "") && conjunction(all[at - 2]));
      const shared = prevWord && (prevWord.lower === "to" || coordinated || /ing$/.test(w.lower));
      if (!subject && shared) {
        const head = coordinated ? ([...reports].reverse().find((r) => r.who) ?? null) : null;
        let subj = head ? head.subject : sentenceSubject(ctx, from, w.start);
        let who = head ? head.who : subj ? resolveSpeaker(text, subj.start, subj.end, ctx.ents, lex) : null;
        // '"We will win," said Smith, adding that …', 'X "made errors," he told the court, saying …':
        // a participle shares the subject of the sentence's earlier cue.
        // "…, leading him to quip he was …", "prompting Ms Hewitt to say …": the object of a causative speaks.
        const objectEnd = at - 1;
        let objectStart = objectEnd - 1;
        while (
          objectStart > 0 &&
          /^\p{Lu}/u.test(all[objectStart]?.text ?? "") &&
          /^\p{Lu}/u.test(all[objectStart - 1].text)
        )
          objectStart--;
        if (
          !head &&
          prevWord?.lower === "to" &&
          objectStart >= 1 &&
          CAUSATIVES.has(all[objectStart - 1].lower) &&
          (OBJECT_PRONOUNS.has(all[objectStart].lower) || /^\p{Lu}/u.test(all[objectStart].text))
        ) {
          subj = { start: all[objectStart].start, end: all[objectEnd - 1].end, appositive: null };
          // ("…the prize to Robbie Williams …, leading him to quip": "him" is the person just named.)
          // (of several, the one the article names most: "to Robbie Williams dressed as … Howard Donald")
          const inSentence = ctx.ents.mentions.filter(
            (m) => m.kind === "person" && m.start >= s.start && m.end <= subj!.start,
          );
          const named = OBJECT_PRONOUNS.has(all[objectStart].lower)
            ? mostNamed(ctx.ents, inSentence, w.start)
            : undefined;
          if (named) subj = { start: named.start, end: named.end, appositive: null };
          who = resolveSpeaker(text, subj.start, subj.end, ctx.ents, lex);
        }
        const participle = !head && prevWord?.lower !== "to";
        if (participle || !who || lex.pronouns.has(who.speaker.toLowerCase())) {
          for (let k = idx - 1; k >= 0 && !head; k--) {
            const prior = cueAt(outside, k, lex);
            if (!prior || prior.cls === "according" || NOUN_BEFORE.has(outside[k - 1]?.lower ?? "")) continue;
            const priorSubj = subjectBefore(ctx, from, outside[k].start) ?? subjectAfter(ctx, outside[k].end, w.start);
            const priorWho = priorSubj
              ? resolveSpeaker(text, priorSubj.start, priorSubj.end, ctx.ents, lex, priorSubj.appositive)
              : null;
            if (priorWho || !participle) [subj, who] = [priorSubj, priorWho];
            break;
          }
        }
        // 'He thanked Eastwood and described the film as "a labour of love"': a shared predicative cue too.
        const quotedAfter = c.cls === "predicative" ? predicativeEnd(ctx, cueEnd, s.end) : null;
        if (who && quotedAfter !== null) {
          report({
            cue,
            subject: subj,
            who,
            clauseStart: cueEnd,
            clauseEnd: quotedAfter,
            order: "before",
            rule: "shared-predicative-quote",
          });
          continue;
        }
        const start = c.cls === "object" ? cueEnd : clauseAfter(ctx, after, 0, c.cls, w.lower);
        if (!who || start === null) continue;
        if (/,/.test(text.slice(cueEnd, start)) && !/^that\b/i.test(text.slice(start, start + 5))) continue;
        const clauseWords = all.filter((x) => x.start >= start);
        if (c.cls !== "object" && !isClause(ctx, clauseWords)) continue;
        report({
          cue,
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
      // A report whose speaker phrase precedes its clause.
      const reportBefore = (clauseStart: number, clauseEnd: number, rule: string) =>
        report({
          cue,
          subject,
          who,
          clauseStart,
          clauseEnd,
          order: "before",
          rule,
        });
      if (c.cls === "predicative") {
        const stop = predicativeEnd(ctx, cueEnd, s.end);
        if (stop !== null) reportBefore(cueEnd, stop, "predicative-quote");
        continue;
      }
      if (c.cls === "object") {
        const rest = text.slice(cueEnd, s.end);
        if (lex.commissiveCues.has(w.lower)) {
          // "vowed to cut taxes": the infinitive is the report, not "pledged their support to …",
          // nor a short one with a gap ("refugees it had promised to bring back").
          const inf = /^\s+to\s+(\p{Ll}+)\b/u.exec(rest);
          if (
            !inf ||
            words(text, cueEnd, s.end).length < 4 ||
            // "… promise to cram more power in, said Mr Trainor": the sentence has its own speaker.
            /,\s+(?:\p{Lu}\S*\s+){0,3}(?:said|says|added|adds|told|tells)\b/u.test(rest) ||
            NOUN_BEFORE.has(inf[1]) ||
            OBJECT_PRONOUNS.has(inf[1]) ||
            (PASSIVE.has(prevWord?.lower ?? "") && /ed$/.test(w.lower))
          )
            continue;
        } else {
          if (!/\s(?:to|of)\s/.test(rest)) continue;
          // "Eastwood was tipped to take …", "urged to act": a passive has no object before its clause.
          if (/^\s*(?:to|as|of|by)\s/.test(rest)) continue;
        }
        reportBefore(cueEnd, s.end, "cue-object-clause");
        continue;
      }
      const start = clauseAfter(ctx, after, 0, c.cls, w.lower);
      const clauseWords = start === null ? [] : all.filter((x) => x.start >= start);
      // "he said, insisting he …": the participle reports the clause, not the cue before it.
      const participle =
        clauseWords.length > 0 && /ing$/.test(clauseWords[0].lower) && lex.cues.has(clauseWords[0].lower);
      // "said the Dome cost taxpayers £28.7m …": after "said", a long object is a clause.
      // ("says phone-tap evidence works in the courts of …": a longer one may open with a compound modifier.)
      const modifierStart =
        clauseWords.length >= 7 &&
        /^\p{Ll}+-\p{Ll}+$/u.test(clauseWords[0]?.text ?? "") &&
        clauseWords.slice(1, 4).some((x) => /^\p{Ll}+s$/u.test(x.text) && !/ss$/.test(x.text));
      const sayClause =
        lex.clausalCues.has(w.lower) &&
        clauseWords.length >= 5 &&
        (/^(?:the|a|an|his|her|its|their|this|these|those|some|many|most|all|no|one|two|three|\p{Lu}\p{L}*)$/u.test(
          clauseWords[0]?.text ?? "",
        ) ||
          modifierStart) &&
        !ctx.quoteAt(clauseWords[0].start) &&
        !/^(?:In|On|At|During|After|Before|With|By|For|About|From|Of|To)$/.test(clauseWords[0].text);
      // "felt that there "might well be" …": a cue ending in "that" introduces a clause whatever follows.
      const thatCue = / that$/i.test(text.slice(w.start, cueEnd));
      // "said, referring to the first false entries, …": a participle set off by a comma is not what was said.
      const adjunct =
        start !== null && /^\s*,/.test(text.slice(cueEnd, start)) && /^\p{Ll}+ing$/u.test(clauseWords[0]?.text ?? "");
      if (start !== null && !participle && !adjunct && (isClause(ctx, clauseWords) || sayClause || thatCue)) {
        reportBefore(start, stop, relClose >= 0 ? "relative-cue-clause" : "speaker-cue-clause");
        continue;
      }
      // "Analysts expect its latest cuts to focus on …": a noun phrase and its infinitive.
      // "forecast profitable growth "with an operating margin …"": a noun phrase carrying quoted words.
      if (start !== null && c.cls === "speech" && !participle && !adjunct) {
        const object = clauseWords.slice(0, 12);
        const verbAt = object.findIndex((x) => lex.finite.has(x.lower) || /^[a-z]{3,}ed$/.test(x.text));
        const bare = verbAt < 0 ? object : object.slice(0, verbAt);
        const to = bare.findIndex(
          (x, k) =>
            k > 0 &&
            x.lower === "to" &&
            /^\p{Ll}/u.test(bare[k + 1]?.text ?? "") &&
            !/^(?:due|up|close|compared|according|next|similar|prior|owing|thanks)$/.test(bare[k - 1].lower),
        );
        const quote = ctx.spans.find(
          (x) => x.open >= start && x.open < s.end && words(text, x.start, x.end).length >= 3,
        );
        const quoteNear =
          quote && bare.some((x) => x.start > quote.open) && !/[;:]/.test(text.slice(start, quote.open));
        const raised = lex.raisingCues.has(w.lower) && to > 0 && verbAt < 0;
        if (raised || quoteNear) {
          reportBefore(start, s.end, raised ? "cue-object-infinitive" : "cue-object-quote");
          continue;
        }
      }
      // Sentence-final attribution: "…, Eyre said." / "…, a defence source tells CBC News."
      const lead = text.slice(from, subject.start);
      // "Now, he said, the gaming world rivals …": a cue set off after a short opening phrase.
      if (
        /,\s+$/.test(lead) &&
        words(text, from, subject.start).length <= 2 &&
        /^,\s/.test(text.slice(cueEnd, s.end)) &&
        words(text, cueEnd, s.end).length >= 4
      ) {
        report({
          cue,
          subject,
          who,
          clauseStart: cueEnd + 1,
          clauseEnd: s.end,
          order: "around",
          rule: "parenthetical-cue",
        });
        continue;
      }
      // (a comma that is punctuation, not a digit group: "added only 146,000 jobs")
      const comma = /,(?!\d)/.exec(text.slice(cueEnd, s.end));
      const tailEnd = comma ? cueEnd + comma.index : s.end;
      const tail = words(text, cueEnd, tailEnd).filter(
        (x) => !lex.timeWords.has(x.lower) && !(c.cls === "recipient" && /^\p{Lu}/u.test(x.text)),
      );
      // ("…, US firms added only 146,000 jobs in January": an object before the circumstance is no cue's)
      const circumstance =
        start !== null &&
        start < tailEnd &&
        /^(?:in|on|during|at)\s/i.test(text.slice(start, start + 7)) &&
        words(text, cueEnd, start).filter((x) => !lex.timeWords.has(x.lower)).length <= (c.cls === "recipient" ? 3 : 1);
      // 'Mr Sullivan "made accounting decisions," he told the court': a quoted fragment before the cue.
      const fragment = /,["”]\s+$/.test(lead);
      const open = fragment ? ctx.quoteAt(from + lead.trimEnd().length - 1) : undefined;
      // …but not when the words before the fragment have a cue of their own ('X added: "…').
      const ownCue =
        fragment &&
        (!open ||
          /[:;]/.test(text.slice(from, open.open)) ||
          words(text, from, open.open).some((x) => lex.cues.has(x.lower)));
      // "overtures from No campaigners including, he claims, Tory leader Michael Howard": a cue set off
      // inside a phrase, after a word that needs its object.
      const inside = /\b(?:including|includes|such as|like|of|to|from|with|by|for|and|or|the|a|an),\s+$/i.test(lead);
      // "The idea, says BT, is to shape …", "What this means, said Stacey Jolna, senior vice president of …, is
      // that …": a cue set off inside one reported clause; the whole sentence is the report.
      const rest = comma ? text.slice(tailEnd, s.end) : "";
      const resumed =
        /^,\s+(?:[^,;:]{1,90},\s+)?(?!and\b|but\b|or\b|while\b|as\b|who\b|which\b|adding\b|\p{Lu})(\p{Ll}[^]*)$/u.exec(
          rest,
        );
      const resumes =
        resumed !== null &&
        /,\s+$/.test(lead) &&
        !ownCue &&
        !inside &&
        tail.length <= 3 &&
        // (not a relative clause's cue: "Thanou and Kenteris, who have all denied the charges, can expect …")
        !/\b(?:who|which|whose)\b/i.test(text.slice(from, cueEnd)) &&
        words(text, s.end - resumed[1].length, s.end).length >= 4;
      if (resumes) {
        report({ cue, subject, who, clauseStart: from, clauseEnd: s.end, order: "around", rule: "parenthetical-cue" });
        continue;
      }
      if (
        /,["”]?\s+$/.test(lead) &&
        !ownCue &&
        !inside &&
        lead.trim().length > 1 &&
        (tail.length <= 3 || circumstance)
      ) {
        report({
          cue,
          subject,
          who,
          clauseStart: from,
          clauseEnd: from + lead.replace(/,\s*$/, "").trimEnd().length,
          order: "after",
          rule: "clause-speaker-cue",
        });
      }
    }
    const kept = outermost(ctx, s, reports);
    for (const r of kept) {
      if (!r.who) continue;
      // "CML figures showed …": an evidential cue reports a document's or data's clause only.
      // (unowned data, "the figures showed", report no one)
      if (lex.evidentialCues.has(r.cue.toLowerCase()) && !(r.subject && documentPhrase(ctx, r.subject))) continue;
      // 'said "blog" headed the list': a clause that opens with quoted words starts at the mark.
      const opening = ctx.quoteAt(r.clauseStart);
      const from =
        opening && opening.start === r.clauseStart && opening.open < r.clauseStart ? opening.open : r.clauseStart;
      const [start, end] = trimClause(text, from, r.clauseEnd);
      // "as much as people thought it would": an elliptical clause of two words reports nothing.
      // ("Mr Templeton said he agreed": a pronoun and a past verb are a clause of their own.)
      const short = /^(?:he|she|they|we|i)\s+\p{Ll}+ed$/iu.test(text.slice(start, end));
      if (end - start < 3 || (words(text, start, end).length < 3 && !short)) continue;
      const inner = ctx.spans.filter((x) => x.open >= start && x.open < end);
      // A clause that is one whole quotation is a direct quote (found by `directQuotes`).
      if (
        inner.length === 1 &&
        inner[0].open === start &&
        /^["”’]?$/.test(text.slice(inner[0].close >= 0 ? inner[0].close + 1 : inner[0].end, end))
      )
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
