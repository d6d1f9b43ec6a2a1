import type { Doc } from "../text/prepare.ts";
import type { Span } from "../types.ts";
import { quoteLexicon } from "./quoteLexicon.ts";
import { words } from "./words.ts";

/**
 * Words between quotation marks: `start`/`end` bound the words, `open`/`close` the marks (`open` is
 * `start` when the opening mark is missing).
 */
export interface QuoteSpan extends Span {
  open: number;
  /** Offset of the closing mark, or -1 when the quotation runs to the paragraph's end or reopens. */
  close: number;
  paragraph: number;
  single: boolean;
}

const SPACEISH = /[\s([{—–\-/]/;

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

const FIRST_PERSON =
  /\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Uu]s|[Oo]urs?|[Yy]ou|[Yy]our)\b/;

// A sentence that reads as the reporter's: no first or second person, a cue in the third person.
function narration(sentence: string, cues: ReadonlySet<string>): boolean {
  if (FIRST_PERSON.test(sentence) || /["“”]/.test(sentence)) return false;
  const ws = words(sentence);
  // A finite cue ("said", "added", "says") right after a name, or in a sentence that opens with a
  // narrative connective ("Meanwhile, the club's spokesman … said").
  const connective = /^(?:Meanwhile|However|Earlier|Later|Separately|Elsewhere)\b/.test(sentence);
  return ws.some(
    (w, k) =>
      k > 0 &&
      cues.has(w.lower) &&
      // ("Gordon Brown knows it as well as Tony Blair" inside a quotation is not narration: only
      // past tenses and the reporter's present "says", "adds", "tells".)
      /^(?:said|told|wrote|says|adds|tells|\p{Ll}+ed)$/u.test(w.text) &&
      (connective || (/^\p{Lu}/u.test(ws[k - 1].text) && !/^(?:he|she|it|they)$/.test(ws[k - 1].lower))),
  );
}

// '…a Muslim. He added: "The …': a quotation left open ends before a sentence that introduces
// the next one ("He added:", "Mr Cole told reporters:"); returns where the open span ends.
function cueBefore(text: string, from: number, to: number, cues: ReadonlySet<string>): number {
  const lead = text.slice(from, to);
  const m =
    /[.!?]\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:\p{Ll}+ly\s+)?(\p{Ll}+)(?:\s+\p{Lu}[\p{L}'’.-]*)*\s*:\s*)$/u.exec(lead);
  return m && cues.has(m[2]) ? to - m[1].length : to;
}

// Words after a closing mark that attribute the quotation: `" he said`, `" said Mr Cox`.
function attributed(after: string, cues: ReadonlySet<string>): boolean {
  const ws = words(after).slice(0, 3);
  return /^\s+\p{L}/u.test(after) && ws.some((w) => cues.has(w.lower) && !/ing$/.test(w.lower));
}

/**
 * Finds quotation spans in the article paragraphs (furniture skipped): curly and straight double
 * quotes, single quotes outside double ones, a quotation left open at a paragraph's end (it ends
 * there), and a new opening mark inside an open quotation (the BBC convention for a new paragraph).
 */
export function quoteSpans(doc: Doc): QuoteSpan[] {
  const { text } = doc;
  const out: QuoteSpan[] = [];
  const cues = quoteLexicon().cues;
  let si = 0;
  for (const p of doc.paragraphs) {
    if (p.furniture) continue;
    while (si < doc.sentences.length && doc.sentences[si].end <= p.start) si++;
    const first = si;
    let dbl = -1;
    let sgl = -1;
    let lastEnd = p.start - 1;
    const push = (open: number, close: number, end: number, single: boolean) => {
      // A quotation left open stops before a sentence of narration ("Meanwhile, X said …").
      if (close < 0 && !single)
        for (let k = first; k < doc.sentences.length && doc.sentences[k].start < end; k++) {
          const sn = doc.sentences[k];
          if (sn.start > open + 1 && narration(text.slice(sn.start, Math.min(sn.end, end)), cues)) {
            end = sn.start;
            break;
          }
        }
      const span = trimmed(text, open + 1, end);
      if (span.end > span.start) out.push({ ...span, open, close, paragraph: p.index, single });
    };
    for (let i = p.start; i < p.end; i++) {
      const c = text[i];
      if (c !== "“" && c !== "”" && c !== '"' && c !== "‘" && c !== "’" && c !== "'") continue;
      const prev = i > p.start ? text[i - 1] : " ";
      const next = i + 1 < p.end ? text[i + 1] : " ";
      if (c === "“" || c === "”" || c === '"') {
        let role: "open" | "close" | null;
        if (c === "“") role = "open";
        else if (c === "”") role = "close";
        else if (SPACEISH.test(prev) && !/\s/.test(next)) role = "open";
        // ('… on the red carpet."It's unlike anything …': a missing space after the sentence before;
        // '… explaining the decision read:"We want …': after a colon likewise)
        else if (dbl < 0 && /[.!?:]/.test(prev) && /\p{Lu}/u.test(next)) role = "open";
        else if (!/\s/.test(prev)) role = "close";
        // "…in Argentina, " said …": a stray space between the punctuation and the closing mark.
        else if (dbl >= 0 && /[,.!?]/.test(text[i - 2] ?? "") && /\s/.test(next)) role = "close";
        else role = null;
        // '"… he was the "Father of the House" and as such …"': a mark that opens mid-sentence inside an open
        // quotation, closed again before the paragraph goes on, is a quotation inside the quotation.
        if (role === "open" && dbl >= 0 && c === '"' && !/[.!?:]["”’]?\s*$/.test(text.slice(dbl + 1, i))) {
          const inner = text.slice(i + 1, p.end).search(/[^\s]"(?=[\s,.;:!?)]|$)/);
          if (
            inner >= 0 &&
            text.slice(i + 1, i + 1 + inner + 1).split(/\s+/).length <= 8 &&
            text.slice(i + inner + 3, p.end).includes('"')
          ) {
            i += inner + 2;
            continue;
          }
        }
        if (role === "open") {
          if (dbl >= 0) push(dbl, -1, cueBefore(text, dbl + 1, i, cues), false);
          else if (sgl >= 0) sgl = -1;
          dbl = i;
        } else if (role === "close" && dbl >= 0) {
          push(dbl, i, i, false);
          dbl = -1;
        } else if (role === "close" && /[,.!?]/.test(prev) && attributed(text.slice(i + 1, i + 40), cues)) {
          // "…out of the blue," he said: the opening mark is missing, the quotation starts its sentence.
          let k = first;
          while (k < doc.sentences.length && doc.sentences[k].end < i) k++;
          const from = Math.max(doc.sentences[k]?.start ?? p.start, p.start, lastEnd + 1);
          const span = trimmed(text, from, i);
          if (span.end > span.start && !/["“”]/.test(text.slice(from, i)))
            out.push({ ...span, open: span.start, close: i, paragraph: p.index, single: false });
        }
        if (role === "close") lastEnd = i;
        continue;
      }
      if (dbl >= 0) continue;
      const opens = (c === "‘" || c === "'") && (SPACEISH.test(prev) || prev === "“") && /[\p{L}\p{N}]/u.test(next);
      if (sgl < 0 && opens) {
        sgl = i;
      } else if (sgl >= 0 && (c === "’" || c === "'") && !/[\p{L}\p{N}]/u.test(next) && !/\s/.test(prev)) {
        push(sgl, i, i, true);
        sgl = -1;
      }
    }
    if (dbl >= 0) push(dbl, -1, p.end, false);
  }
  return out;
}
