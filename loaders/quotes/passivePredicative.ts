import { lexiconSet } from "../lexicon/lexicon.ts";
import type { CueSite, Verdict } from "./cueSite.ts";
import { predicativeEnd } from "./predicativeEnd.ts";
import { resolveSpeaker } from "./resolveSpeaker.ts";
import type { Word } from "./words.ts";

const PASSIVE = lexiconSet("quotes/passive-markers");
// The quoted words right after the cue, or after its "as".
const QUOTED_FIRST = /^\s*(?:as\s+)?["“]/u;

/**
 * 'The $499 Macintosh was described by Jobs as the "most important Mac ever"': a passive predicative cue with its
 * agent after "by" reports the whole clause, up to the quoted words after "as"; the agent speaks. With the quoted
 * words first ('branded "deeply irresponsible" by the Liberal Democrats'), the clause up to them.
 */
export function passivePredicative(x: CueSite): Verdict {
  const { ctx, w, prevWord, after, s, cueEnd, from } = x;
  const { text, lex } = ctx;
  if (!(prevWord && PASSIVE.has(prevWord.lower) && lex.predicativeCues.has(w.lower))) return undefined;
  const mark = QUOTED_FIRST.exec(text.slice(cueEnd, cueEnd + 6));
  if (mark) return quotedThenAgent(x, prevWord, cueEnd + mark[0].length);
  if (after[0]?.lower !== "by") return undefined;
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

// 'Plans … have been branded "deeply irresponsible" by the Liberal Democrats': the quoted words right after the
// cue (or its "as"), then the agent after "by", who speaks them; the report runs to the closing mark.
function quotedThenAgent(x: CueSite, prevWord: Word, afterMark: number): Verdict {
  const { ctx, w } = x;
  const { text, lex } = ctx;
  const q = ctx.quoteAt(afterMark + 1);
  if (!q || q.close < 0 || q.single) return undefined;
  const by = /^\s+by\s+([^,;:.!?"“”()]+?)(?=\s*(?:[,;:.!?"“”()]|$))/u.exec(text.slice(q.close + 1, x.s.end));
  if (!by) return undefined;
  const start = q.close + 1 + by.index + by[0].length - by[1].length;
  const subject = { start, end: start + by[1].length, appositive: null };
  const who = resolveSpeaker(text, subject.start, subject.end, ctx.ents, lex);
  if (!who) return undefined;
  return {
    cue: text.slice(prevWord.start, w.end),
    subject,
    who,
    clauseStart: x.from,
    clauseEnd: q.close + 1,
    order: "before",
    rule: "passive-predicative",
  };
}
