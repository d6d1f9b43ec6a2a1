import { lexiconSet } from "../lexicon/lexicon.ts";
import { capitalRuns, isPossessive } from "./capitalRuns.ts";
import type { QuoteContext } from "./quoteContext.ts";
import { words, type Word } from "./words.ts";

/** A speaker phrase found next to a cue, with the appositive set off after it. */
export interface Phrase {
  start: number;
  end: number;
  appositive: string | null;
}

const TRAILING = lexiconSet("quotes/subject-trailing");
const trailing = (w: Word) => TRAILING.has(w.lower) || /^\p{Ll}[\p{L}]+ly$/u.test(w.text);
const BOUNDARY =
  /(?:,(?=\s)|;|:|\(|\)|—|–| - |“|”|"|\b(?:and|but|while|whereas|although|though|as|after|before|because|if|when|since|that|so|where|than|until|which|who)\b)/giu;
const APPOSITIVE_START =
  /^(?:who|which|whose|where|when|but|and|as|in|on|at|during|after|before|because|while|with|\p{Ll}+ing)\b/iu;

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

// The start of the last clause piece in `text[from, to)`: after the last boundary word or mark.
function pieceStart(text: string, from: number, to: number): number {
  const seg = text.slice(from, to);
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(seg); m; m = BOUNDARY.exec(seg)) {
    // "Trade and Industry Secretary": "and" between capitalised words is part of a name.
    if (m[0].toLowerCase() === "and") {
      const before = /(\S+)\s*$/.exec(seg.slice(0, m.index))?.[1] ?? "";
      const after = /^\s*(\S+)/.exec(seg.slice(m.index + 3))?.[1] ?? "";
      if (/^\p{Lu}/u.test(before) && /^\p{Lu}/u.test(after)) continue;
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
    /^(?:who|whom|whose|which|that|what|where|when|why|how|this|it's)$/.test(ws[0].lower)
  )
    return false;
  return !ws.some(
    (w) =>
      /^\p{Ll}/u.test(w.text) &&
      (ctx.lex.finite.has(w.lower) || ctx.lex.cues.has(w.lower) || /^(?:to|not|n't)$/.test(w.lower)),
  );
}

/**
 * The subject of a cue that starts at `cue`, looked for in `text[from, cue)`: the last clause piece,
 * without adverbs and auxiliaries, skipping an appositive set off by commas
 * (`Aural Braun, a professor …, said`). Null when what precedes is not a noun phrase.
 */
export function subjectBefore(ctx: QuoteContext, from: number, cue: number): Phrase | null {
  const { text } = ctx;
  // "The European Regions Airline Association (ERAA) claims": drop the parenthesis.
  const paren = /\s*\([^()]{1,40}\)\s*$/.exec(text.slice(from, cue));
  let ws = words(text, from, paren ? from + paren.index : cue);
  while (ws.length && trailing(ws[ws.length - 1])) ws = ws.slice(0, -1);
  if (!ws.length) return null;
  const end = ws[ws.length - 1].end;
  if (paren) {
    const s = pieceStart(text, from, end);
    const sw = words(text, s, end);
    return nounPhrase(ctx, sw) && !isWordChar(text[s - 1]) ? { start: sw[0].start, end, appositive: null } : null;
  }
  if (!/^[\s\p{L}]*$/u.test(text.slice(end, cue))) {
    // The appositive case: "Name, a professor of …, said" (the comma right before the cue).
    if (!/^,[\s\p{L}]*$/u.test(text.slice(end, cue))) return null;
    const comma = text.lastIndexOf(",", end - 1);
    if (comma <= from) return null;
    const appo = text.slice(comma + 1, end).trim();
    // "Jane Doe, speaking in Ottawa, said" and "Braun, who is …, said" keep the name as subject.
    const clause = /^(?:who\b|\p{Ll}+ing\b)/u.test(appo);
    if (APPOSITIVE_START.test(appo) && !clause) return null;
    const prevComma = text.lastIndexOf(",", comma - 1);
    const s = pieceStart(text, Math.max(from, prevComma + 1), comma);
    const sw = words(text, s, comma);
    if (!nounPhrase(ctx, sw) || !sw.some((w) => /^\p{Lu}/u.test(w.text))) return null;
    const aw = words(text, comma + 1, end);
    // "The Shadow Secretary of State for the Family, Theresa May, said": the name is the appositive.
    if (aw.length <= 4 && aw.every((w) => /^\p{Lu}/u.test(w.text)) && sw.some((w) => ctx.lex.titles.has(w.lower)))
      return { start: aw[0].start, end: aw[aw.length - 1].end, appositive: text.slice(sw[0].start, comma) };
    return { start: sw[0].start, end: sw[sw.length - 1].end, appositive: clause ? null : appo };
  }
  const s = pieceStart(text, from, end);
  if (s >= end) return null;
  const sw = words(text, s, end);
  if (!nounPhrase(ctx, sw)) return null;
  // Subjects do not run on from the previous word.
  if (isWordChar(text[s - 1])) return null;
  return { start: sw[0].start, end, appositive: null };
}

/**
 * The speaker phrase after a cue (`said Jeremy Dear, NUJ General Secretary`, `said the source — who …`),
 * up to a comma, dash, relative clause or circumstance (`in a statement`), within `text[cue, to)`.
 */
export function subjectAfter(ctx: QuoteContext, cue: number, to: number): Phrase | null {
  const { text } = ctx;
  const seg = text.slice(cue, to);
  const m =
    /^[\s\u00a0]*([^,;:.!?—–"“”()]+?)(?=\s*(?:[,;:.!?—–"“”()]|\s(?:in|on|during|at|who|which|when|after|before|as|with|because|while|told|to|about|from|known|named|called|identified|whose)\b|$))/u.exec(
      seg,
    );
  if (!m) return null;
  const start = cue + m.index + m[0].length - m[1].length;
  const end = start + m[1].length;
  const ws = words(text, start, end);
  if (!nounPhrase(ctx, ws) || /^(?:that|how|what|whether|if|why|when|where|to)$/.test(ws[0].lower)) return null;
  let appositive: string | null = null;
  const rest = text.slice(end, to);
  const a = /^,\s*([^,;.!?"“”]+?)\s*(?:[,;.!?]|$)/.exec(rest);
  if (a && !APPOSITIVE_START.test(a[1]) && a[1].split(/\s+/).some((w) => ctx.lex.titles.has(w.toLowerCase())))
    appositive = a[1];
  // "said his wife, Sheila": a description followed by the name it describes.
  if (a && /^\p{Ll}/u.test(ws[ws.length - 1].text) && /^(?:\p{Lu}[\p{L}'’-]*\s?){1,3}$/u.test(a[1])) {
    const nameStart = end + rest.indexOf(a[1]);
    return { start: nameStart, end: nameStart + a[1].length, appositive: text.slice(ws[0].start, end) };
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
      /^(?:in|on|at|earlier|later|after|before|when|while|during|meanwhile|however|but|and|yesterday|last|this)$/i.test(
        lead[0].text,
      )
    )
      ws = words(text, from + comma + 1, to);
  }
  while (ws.length && /^(?:but|and|so|meanwhile|however|also|then)$/.test(ws[0].lower)) ws = ws.slice(1);
  if (!ws.length) return null;
  if (ctx.lex.pronouns.has(ws[0].lower)) return { start: ws[0].start, end: ws[0].end, appositive: null };
  const first = ws[0].lower === "the" ? 1 : 0;
  const runs = capitalRuns(text, ws);
  let r = runs.findIndex(([i]) => i === first);
  if (r < 0) return null;
  // "Canada’s Deputy Foreign Minister Marta Morgan": the possessor is a modifier.
  if (isPossessive(ws[runs[r][1]]) && runs[r + 1]?.[0] === runs[r][1] + 1) r++;
  const [i, j] = runs[r];
  let k = j;
  // "Low-cost airlines have criticised …": the noun phrase runs on to its verb.
  for (let n = j + 1; n < Math.min(ws.length, j + 4); n++) {
    if (ctx.lex.finite.has(ws[n].lower)) {
      k = n - 1;
      break;
    }
    if (!/^\p{Ll}/u.test(ws[n].text) || /ed$|ing$/.test(ws[n].lower)) break;
  }
  return { start: ws[r > 0 && i > first ? i : 0].start, end: ws[k].end, appositive: null };
}
