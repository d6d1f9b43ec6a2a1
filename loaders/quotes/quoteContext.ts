import type { Doc, Sentence } from "../text/prepare.ts";
import { entities, type Entities } from "./entities.ts";
import { quoteLexicon, type QuoteLexicon } from "./quoteLexicon.ts";
import { quoteSpans, type QuoteSpan } from "./quoteSpans.ts";
import { headlineEnd } from "./headlineEnd.ts";

/** What every quote parser needs about one article, computed once. */
export interface QuoteContext {
  doc: Doc;
  text: string;
  lex: QuoteLexicon;
  spans: QuoteSpan[];
  ents: Entities;
  /** Where the article's first line, its headline, ends (`headlineEnd`). */
  headlineEnd: number;
  /** The sentence holding offset `pos`, if any. */
  sentenceAt(pos: number): Sentence | undefined;
  /** The quotation span whose marks enclose `pos` (marks included), if any. */
  quoteAt(pos: number): QuoteSpan | undefined;
}

function lookup<T extends { start: number }>(list: readonly T[], pos: number, endOf: (x: T) => number): T | undefined {
  let lo = 0;
  let hi = list.length - 1;
  let found: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start <= pos) {
      found = list[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found && pos < endOf(found) ? found : undefined;
}

/** Builds the shared context for one prepared article. */
export function quoteContext(doc: Doc): QuoteContext {
  const lex = quoteLexicon();
  const spans = quoteSpans(doc);
  const ents = entities(doc, spans, lex);
  const marks = spans.map((s) => ({ start: s.open, span: s, stop: s.close >= 0 ? s.close + 1 : s.end }));
  return {
    doc,
    text: doc.text,
    lex,
    spans,
    ents,
    headlineEnd: headlineEnd(doc.text),
    sentenceAt: (pos) => lookup(doc.sentences, pos, (s) => s.end),
    quoteAt: (pos) => lookup(marks, pos, (m) => m.stop)?.span,
  };
}
