import { reportBefore, type ClauseSite } from "./clauseSite.ts";
import type { Verdict } from "./cueSite.ts";
import { predicativeEnd } from "./predicativeEnd.ts";
import { lexiconSet } from "../lexicon/lexicon.ts";

const NAMING = lexiconSet("quotes/naming-participles");

/** 'dismissed the plan as "desperate"': a predicative cue reports up to the quoted words after it. */
export function predicativeQuote(x: ClauseSite): Verdict {
  if (x.cls !== "predicative") return undefined;
  const { ctx, w, cueEnd } = x;
  // ('Helen Steel and David Morris, dubbed the "McLibel Two", were …', 'Baywatch dubbed "worst TV import"': a
  // participle of naming with the quoted name right after it and no object is a passive; lexicon
  // `quotes/naming-participles`)
  const quote = ctx.spans.find((q) => q.open >= cueEnd && q.open < x.s.end);
  if (NAMING.has(w.lower) && quote && /^\s*(?:the\s+)?$/i.test(ctx.text.slice(cueEnd, quote.open))) return null;
  const stop = predicativeEnd(ctx, cueEnd, x.s.end);
  return stop !== null ? reportBefore(x, cueEnd, stop, "predicative-quote") : null;
}
