import { lexiconSet } from "../lexicon/lexicon.ts";
import type { QuoteContext } from "./quoteContext.ts";

const HEARERS = lexiconSet("quotes/hearers");

/**
 * The cue as written at `text[start, end)`, with its hearer for "told" ("told BBC News", "told BBC News 24
 * she …", but not the count in "told MPs 20 people …").
 */
export function cueText(ctx: QuoteContext, start: number, end: number, recipient: boolean): string {
  const cue = ctx.text.slice(start, end);
  if (!recipient) return cue;
  const m =
    /^[ \u00a0]+((?:the\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}\p{N}'’.&-]*|\d+(?=[ \u00a0]+(?:(?:he|she|they|it|we|I|there|the|a|an|this|his|her|their|its)\b|\p{Lu})|[.,:;]|$)))*(?:[ \u00a0]+[a-z]+(?=[.,]))?)/u.exec(
      ctx.text.slice(end, Math.min(end + 80, ctx.sentenceAt(start)?.end ?? end + 80)),
    );
  if (m) return `${cue} ${m[1].trim().replace(/\.$/, "")}`;
  // "told reporters", "told delegates".
  const hearer = /^[ \u00a0]+(\p{Ll}+)/u.exec(ctx.text.slice(end, end + 30))?.[1];
  return hearer && HEARERS.has(hearer) ? `${cue} ${hearer}` : cue;
}
