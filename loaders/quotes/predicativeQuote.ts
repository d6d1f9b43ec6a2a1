import { reportBefore, type ClauseSite } from "./clauseSite.ts";
import type { Verdict } from "./cueSite.ts";
import { predicativeEnd } from "./predicativeEnd.ts";

/** 'dismissed the plan as "desperate"': a predicative cue reports up to the quoted words after it. */
export function predicativeQuote(x: ClauseSite): Verdict {
  if (x.cls !== "predicative") return undefined;
  const stop = predicativeEnd(x.ctx, x.cueEnd, x.s.end);
  return stop !== null ? reportBefore(x, x.cueEnd, stop, "predicative-quote") : null;
}
