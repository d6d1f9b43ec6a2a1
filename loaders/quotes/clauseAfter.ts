import { lexiconSet } from "../lexicon/lexicon.ts";
import type { CueClass } from "./cueAt.ts";
import { isDocumentHead } from "./isDocumentHead.ts";
import type { QuoteContext } from "./quoteContext.ts";
import type { Word } from "./words.ts";
import { isParticipleCue } from "./isParticipleCue.ts";
import { looksPlural } from "./looksPlural.ts";

const DETERMINERS = lexiconSet("determiners");
const OBJECT_PRONOUNS = lexiconSet("quotes/hearers");
const CIRCUMSTANCES = lexiconSet("quotes/circumstances");
const TO_HEARER = lexiconSet("quotes/cues-to-hearer");
const MEDIA_NOUNS = lexiconSet("quotes/media-nouns");
const CLAUSE_OPENER = /^(?:he|she|they|it|we|i|there|the|a|an|this|his|her|their|its|\p{Lu}\p{L}*)$/u;

// The "that" opening the clause after a cue: its offset, null when the clause is not the cue's (a noun's or a
// relative clause), undefined when there is no such "that".
function thatClause(
  ctx: QuoteContext,
  ws: readonly Word[],
  i: number,
  cls: CueClass,
  cue: string,
): number | null | undefined {
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
  // (but after "say", such a noun opens the report as its subject, its "that" its own: "She said reports of a
  // slump … were related to …", "she said reports that she had likened … were inaccurate")
  if (i < ws.length && lex.claimNouns.has(ws[i].lower))
    return /^(?:say|says|said|saying)$/.test(cue) ? undefined : null;
  for (let k = i; k < limit && !nounObject; k++) {
    if (ctx.quoteAt(ws[k].start) || lex.finite.has(ws[k].lower)) break;
    // ("said it feared that …", "said he believed that …": a subject pronoun opens the report, whose "that" is its own)
    if (k === i && cls !== "recipient" && lex.pronouns.has(ws[k].lower)) break;
    // ("he said, adding that …": the participle's "that" is its own)
    if (isParticipleCue(ws[k].lower, lex)) break;
    // ("said he appreciated people's concerns, but insisted that …": a later cue's "that" is its own)
    if (
      k > i + 1 &&
      lex.cues.has(ws[k].lower) &&
      /^(?:but|and)$/.test(ws[k - 1].lower) &&
      /^,\s*$/.test(ctx.text.slice(ws[k - 2].end, ws[k - 1].start))
    )
      break;
    if (ws[k].lower === "that") {
      // "said companies that received links had not paid": a bare plural right after a cue with no hearer is
      // the clause's subject, and its "that" opens a relative clause.
      // ("said afterwards that the …", "demanded assurances that the …", "they say, indicates that": not an adverb,
      // nor before a subject, nor after a comma)
      if (
        /^(?:say|says|said)$/.test(cue) &&
        k === i + 1 &&
        looksPlural(ws[i].text) &&
        !/,\s*$/.test(ctx.text.slice(Math.max(0, ws[i].start - 3), ws[i].start)) &&
        !/wards$/.test(ws[i].lower) &&
        !lex.timeWords.has(ws[i].lower) &&
        /^\p{Ll}+$/u.test(ws[k + 1]?.text ?? "") &&
        !DETERMINERS.has(ws[k + 1].lower) &&
        !/^(?:some|any|no|there)$/.test(ws[k + 1].lower) &&
        !lex.pronouns.has(ws[k + 1].lower)
      )
        return undefined;
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
  return undefined;
}

// ("told Reuters news agency the …", "told the BBC news website she …": the lower-case nouns of a medium that
// end its name, when a clause opens after them; lexicon `quotes/media-nouns`)
function pastMediaNouns(ws: readonly Word[], k: number): number {
  let n = k;
  while (n < ws.length && n < k + 2 && (MEDIA_NOUNS.has(ws[n].text) || ws[n].text === "news")) n++;
  return n > k && CLAUSE_OPENER.test(ws[n]?.text ?? "") ? n : k;
}

// "told the Argentine newspaper Clarin it would …", "told newspaper Clarin it …": a description headed by a
// media noun, then the outlet's name, before a pronoun that opens the clause; the index of that pronoun, or `k`.
function describedOutlet(ws: readonly Word[], k: number): number {
  let n = k;
  if (ws[n]?.lower === "the") n++;
  while (n < k + 4 && n < ws.length && /^\p{Lu}/u.test(ws[n].text)) n++;
  if (!MEDIA_NOUNS.has(ws[n]?.text ?? "")) return k;
  const name = ++n;
  while (n < ws.length && n < name + 4 && /^\p{Lu}/u.test(ws[n].text)) n++;
  return n > name && /^(?:he|she|it|they|we|there)$/.test(ws[n]?.text ?? "") ? n : k;
}

// Past the hearer of a recipient cue ("told delegates he …"): the index of the clause's first word.
function pastHearer(ctx: QuoteContext, ws: readonly Word[], i: number): number {
  const { lex } = ctx;
  let k = i;
  const outlet = describedOutlet(ws, k);
  if (outlet > k) k = outlet;
  else if (k < ws.length && OBJECT_PRONOUNS.has(ws[k].lower)) k++;
  else if (k < ws.length && /^\p{Lu}/u.test(ws[k].text)) {
    // ("told BBC News 24 she …", "told Radio 4 the …": a number ends a channel's name, not "told MPs 20 people")
    // ("told BBC Radio 4's Today programme it …": a channel's programme)
    while (
      k < ws.length &&
      (/^\p{Lu}/u.test(ws[k].text) ||
        (k > i && /^\d{1,3}$/.test(ws[k].text) && CLAUSE_OPENER.test(ws[k + 1]?.text ?? "")) ||
        (k > i && /^\d{1,3}['’]s$/.test(ws[k].text) && /^\p{Lu}/u.test(ws[k + 1]?.text ?? "")) ||
        // ("told Radio 4's World at One he …": a connector inside a name)
        (k > i && /^(?:at|of|on|for)$/.test(ws[k].text) && /^\p{Lu}/u.test(ws[k + 1]?.text ?? "")))
    )
      k++;
    k = pastMediaNouns(ws, k);
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
    // ("told the Daily Telegraph he would …": a longer name when a lower-case clause opener follows it; else one
    // word, "told the Times Michael Howard has …")
    const opener = n > k + 2 && /^\p{Ll}/u.test(ws[n]?.text ?? "") && CLAUSE_OPENER.test(ws[n]?.text ?? "");
    k = head ? n + 1 : pastMediaNouns(ws, opener ? n : k + 2);
  }
  // "told jurors he met …": a bare plural hearer before a clause that opens with a subject.
  else if (
    k + 2 < ws.length &&
    /^\p{Ll}+s$/u.test(ws[k].text) &&
    !lex.finite.has(ws[k].lower) &&
    /^(?:he|she|they|it|we|i|the|his|her|their|its|\p{Lu}\p{L}*)$/u.test(ws[k + 1].text)
  )
    k++;
  return k;
}

// "admitted to jurors he was …", "explained to MPs that …": past a hearer after "to" at `ws[k]`.
function pastToHearer(ctx: QuoteContext, ws: readonly Word[], k: number): number {
  const { lex } = ctx;
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
    return ws[n].lower === "that" ? n + 1 : n;
  return k;
}

/**
 * The clause after a cue at `ws[i]`, skipping its hearer ("told delegates that") and circumstances
 * ("Thursday"): its offset, or null when none follows.
 */
export function clauseAfter(ctx: QuoteContext, ws: readonly Word[], i: number, cls: CueClass, cue = ""): number | null {
  const { lex } = ctx;
  const that = thatClause(ctx, ws, i, cls, cue);
  if (that !== undefined) return that;
  let k = cls === "recipient" ? pastHearer(ctx, ws, i) : i;
  if (cls !== "recipient" && ws[k]?.lower === "to" && TO_HEARER.has(cue)) k = pastToHearer(ctx, ws, k);
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
  // "said in a statement, the government now …": a circumstance of the speech (lexicon `quotes/circumstances`).
  for (let n = 4; n >= 2; n--)
    if (
      k + n < ws.length &&
      CIRCUMSTANCES.has(
        ws
          .slice(k, k + n)
          .map((x) => x.lower)
          .join(" "),
      )
    ) {
      k += n;
      break;
    }
  return k < ws.length ? ws[k].start : null;
}
