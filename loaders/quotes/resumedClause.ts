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
  // ("Mr Blair has failed to tackle these problems, he claimed, saying …": a whole clause before the cue is
  // the report; a participle after it tells what the speaker did next, not more of the report)
  const finite = (w: { lower: string }) => ctx.lex.finite.has(w.lower);
  // (not one whose last word wants more: "there is rarely, the centre says, any sort of boom")
  const leadWords = words(text, from, subject.start);
  const last = leadWords[leadWords.length - 1]?.lower ?? "";
  const tailWords = resumed === null ? [] : words(text, s.end - resumed[1].length, s.end);
  // ("One flight on Sunday carried 436 passengers, the department said, the largest Canadian load of the airlift": nor
  // a verbless noun phrase after a clause with its past tense, which describes what the clause reported)
  const past = (w: { text: string }) => /^\p{Ll}{3,}ed$/u.test(w.text);
  const appositive =
    /^(?:the|a|an)$/.test(tailWords[0]?.lower ?? "") &&
    !tailWords.some((v) => finite(v) || past(v) || /^(?:that|which|who|because|as|but|and)$/.test(v.lower)) &&
    leadWords.some((v, k) => k > 0 && past(v));
  const complete =
    resumed !== null &&
    (leadWords.some(finite) || appositive) &&
    !finite({ lower: last }) &&
    !/ly$/.test(last) &&
    !/^(?:the|a|an|of|to|in|on|at|for|with|by|from|that|than|and|or|but|not|no|any|some|its|their|his|her|be|been|being)$/.test(
      last,
    ) &&
    (/^\p{Ll}+ing$/u.test(tailWords[0]?.text ?? "") || appositive);
  const resumes =
    resumed !== null &&
    !complete &&
    /,\s+$/.test(lead) &&
    !ownCue &&
    !inside &&
    // (not a relative adverb after the cue's own words: "…, police told a news conference on Friday, where …")
    !(tail.length > 0 && /^(?:where|when|whose)\b/.test(resumed[1])) &&
    tail.length <= 3 &&
    // (not a relative clause's cue: "Thanou and Kenteris, who have all denied the charges, can expect …")
    !/\b(?:who|which|whose)\b/i.test(text.slice(from, cueEnd)) &&
    words(text, s.end - resumed[1].length, s.end).length >= 4;
  if (!resumes) return undefined;
  return { cue, subject, who, clauseStart: from, clauseEnd: s.end, order: "around", rule: "parenthetical-cue" };
}
