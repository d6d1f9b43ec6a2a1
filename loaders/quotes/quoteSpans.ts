import type { Doc } from "../text/prepare.ts";
import type { Span } from "../types.ts";

/** Words between quotation marks: `start`/`end` bound the words, `open`/`close` the marks. */
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

/**
 * Finds quotation spans in the article paragraphs (furniture skipped): curly and straight double
 * quotes, single quotes outside double ones, a quotation left open at a paragraph's end (it ends
 * there), and a new opening mark inside an open quotation (the BBC convention for a new paragraph).
 */
export function quoteSpans(doc: Doc): QuoteSpan[] {
  const { text } = doc;
  const out: QuoteSpan[] = [];
  for (const p of doc.paragraphs) {
    if (p.furniture) continue;
    let dbl = -1;
    let sgl = -1;
    const push = (open: number, close: number, end: number, single: boolean) => {
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
        else if (!/\s/.test(prev)) role = "close";
        else role = null;
        if (role === "open") {
          if (dbl >= 0) push(dbl, -1, i, false);
          else if (sgl >= 0) sgl = -1;
          dbl = i;
        } else if (role === "close" && dbl >= 0) {
          push(dbl, i, i, false);
          dbl = -1;
        }
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
