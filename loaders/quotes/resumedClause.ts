import type { ClauseSite } from "./clauseSite.ts";
import type { Verdict } from "./cueSite.ts";
import { cueTail } from "./cueTail.ts";
import { words } from "./words.ts";

/**
 * "The idea, says BT, is to shape …", "What this means, said Stacey Jolna, senior vice president of …, is
 * that …": a cue set off inside one reported clause; the whole sentence is the report.
 */
export function resumedClause(x: ClauseSite): Verdict {
  const { ctx, s, cueEnd, from, subject, cue, who } = x;
  const { text } = ctx;
  const { lead, tailEnd, tail, ownCue, inside } = cueTail(x);
  const resumed =
    /^,\s+(?:[^,;:]{1,90},\s+)?(?!and\b|but\b|or\b|while\b|as\b|who\b|which\b|adding\b|with\b|although\b|though\b|\p{Lu})(\p{Ll}[^]*)$/u.exec(
      text.slice(tailEnd, s.end),
    );
  const resumes =
    resumed !== null &&
    /,\s+$/.test(lead) &&
    !ownCue &&
    !inside &&
    tail.length <= 3 &&
    // (not a relative clause's cue: "Thanou and Kenteris, who have all denied the charges, can expect …")
    !/\b(?:who|which|whose)\b/i.test(text.slice(from, cueEnd)) &&
    words(text, s.end - resumed[1].length, s.end).length >= 4;
  if (!resumes) return undefined;
  return { cue, subject, who, clauseStart: from, clauseEnd: s.end, order: "around", rule: "parenthetical-cue" };
}
