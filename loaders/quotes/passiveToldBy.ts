import { lexiconSet } from "../lexicon/lexicon.ts";
import { clauseAfter } from "./clauseAfter.ts";
import type { CueSite, Verdict } from "./cueSite.ts";
import { subjectAfter } from "./phrases.ts";
import { resolveSpeaker } from "./resolveSpeaker.ts";

const PASSIVE = lexiconSet("quotes/passive-markers");

/** "Global News has been told by sources that …": the speaker follows "by". */
export function passiveToldBy(x: CueSite): Verdict {
  const { ctx, prevWord, after, s, cueEnd } = x;
  const { text, lex } = ctx;
  if (!(prevWord && PASSIVE.has(prevWord.lower) && after[0]?.lower === "by")) return undefined;
  const subject = subjectAfter(ctx, after[0].end, s.end);
  if (!subject) return null;
  const who = resolveSpeaker(text, subject.start, subject.end, ctx.ents, lex, subject.appositive);
  const start = clauseAfter(
    ctx,
    after.filter((y) => y.start >= subject.end),
    0,
    "speech",
  );
  if (start === null) return null;
  return {
    cue: text.slice(prevWord.start, cueEnd),
    subject,
    who,
    clauseStart: start,
    clauseEnd: s.end,
    order: "before",
    rule: "passive-told-by",
  };
}
