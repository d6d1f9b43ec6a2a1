import { lexiconSet } from "../lexicon/lexicon.ts";
import type { CueSite, Verdict } from "./cueSite.ts";
import { predicativeEnd } from "./predicativeEnd.ts";
import { resolveSpeaker } from "./resolveSpeaker.ts";

const PASSIVE = lexiconSet("quotes/passive-markers");

/**
 * 'The $499 Macintosh was described by Jobs as the "most important Mac ever"': a passive predicative cue with its
 * agent after "by" reports the whole clause, up to the quoted words after "as"; the agent speaks.
 */
export function passivePredicative(x: CueSite): Verdict {
  const { ctx, w, prevWord, after, s, cueEnd, from } = x;
  const { text, lex } = ctx;
  if (!(prevWord && PASSIVE.has(prevWord.lower) && lex.predicativeCues.has(w.lower) && after[0]?.lower === "by"))
    return undefined;
  const as = after.findIndex((y, k) => k > 1 && k <= 8 && y.lower === "as");
  if (as < 0) return undefined;
  const stop = predicativeEnd(ctx, after[as].end, s.end);
  if (stop === null) return undefined;
  const subject = { start: after[1].start, end: after[as - 1].end, appositive: null };
  const who = resolveSpeaker(text, subject.start, subject.end, ctx.ents, lex);
  if (!who) return undefined;
  return {
    cue: text.slice(prevWord.start, cueEnd),
    subject,
    who,
    clauseStart: from,
    clauseEnd: stop,
    order: "before",
    rule: "passive-predicative",
  };
}
