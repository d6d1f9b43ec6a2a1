import { reportBefore, type ClauseSite } from "./clauseSite.ts";
import type { Verdict } from "./cueSite.ts";
import { words } from "./words.ts";
import { looksFinite } from "./looksFinite.ts";

/**
 * "Analysts expect its latest cuts to focus on …": a noun phrase and its infinitive.
 * 'forecast profitable growth "with an operating margin …"': a noun phrase carrying quoted words.
 */
export function cueObjectPhrase(x: ClauseSite): Verdict {
  const { ctx, w, s, start, clauseWords } = x;
  const { text, lex } = ctx;
  if (start === null || x.cls !== "speech" || x.participle || x.adjunct) return undefined;
  const object = clauseWords.slice(0, 12);
  const verbAt = object.findIndex((y) => looksFinite(y, lex));
  const bare = verbAt < 0 ? object : object.slice(0, verbAt);
  const to = bare.findIndex(
    (y, k) =>
      k > 0 &&
      y.lower === "to" &&
      /^\p{Ll}/u.test(bare[k + 1]?.text ?? "") &&
      !/^(?:due|up|close|compared|according|next|similar|prior|owing|thanks)$/.test(bare[k - 1].lower),
  );
  const quote = ctx.spans.find((y) => y.open >= start && y.open < s.end && words(text, y.start, y.end).length >= 3);
  const quoteNear = quote && bare.some((y) => y.start > quote.open) && !/[;:]/.test(text.slice(start, quote.open));
  const raised = lex.raisingCues.has(w.lower) && to > 0 && verbAt < 0;
  if (!(raised || quoteNear)) return undefined;
  return reportBefore(x, start, s.end, raised ? "cue-object-infinitive" : "cue-object-quote");
}
