import type { ClauseSite } from "./clauseSite.ts";
import type { Verdict } from "./cueSite.ts";
import { words } from "./words.ts";

/** "Now, he said, the gaming world rivals …": a cue set off after a short opening phrase. */
export function openingAside(x: ClauseSite): Verdict {
  const { ctx, s, cueEnd, from, subject, cue, who } = x;
  const { text } = ctx;
  if (!(
    /,\s+$/.test(text.slice(from, subject.start)) &&
    words(text, from, subject.start).length <= 2 &&
    /^,\s/.test(text.slice(cueEnd, s.end)) &&
    words(text, cueEnd, s.end).length >= 4
  ))
    return undefined;
  return { cue, subject, who, clauseStart: cueEnd + 1, clauseEnd: s.end, order: "around", rule: "parenthetical-cue" };
}
