import type { SpeakerSite } from "./speakerSite.ts";
import { isDocumentHead } from "./isDocumentHead.ts";
import { words } from "./words.ts";

/**
 * Whether a cue noun is a noun here: before "from", "by" or "of" ("Early estimates from the World Bank put …"), or
 * after a plural that is no name or pronoun ("88 piano notes", "press reports").
 */
export function cueNoun({ ctx, w, after, near, from }: SpeakerSite): boolean {
  const { text, lex } = ctx;
  if (!lex.cueNouns.has(w.lower)) return false;
  if (/^(?:from|by|of)$/.test(after[0]?.lower ?? "")) return true;
  // ("Initial reports on Monday morning said …": a time phrase, then the subject's own cue)
  const verbAt = after.findIndex((y, k) => k > 0 && k <= 4 && lex.cues.has(y.lower));
  if (
    /^(?:on|in|at|during|late|early|earlier|this|last)$/.test(after[0]?.lower ?? "") &&
    verbAt > 0 &&
    after.slice(1, verbAt).every((y) => lex.timeWords.has(y.lower) || /^\p{Lu}\p{Ll}+day$/u.test(y.text)) &&
    !/[,;:]/.test(text.slice(w.end, after[verbAt].start))
  )
    return true;
  // (unless it ends the sentence after a comma: "…, a new book claims.")
  const final = after.length === 0 && near !== null && /,\s*$/.test(text.slice(from, near.start));
  if (!near || after[0]?.lower === "that" || final) return false;
  // ("Initial reports suggested …": a verb of its own right after it makes it the subject's noun)
  // (not a subject's contraction: "Bill Thompson thinks it's about time"; nor after a relative pronoun, whose
  // clause the verb goes on: "Yugansk, which Yukos claims was illegally sold", "who, he claims, is …")
  const relative = /\b(?:which|who|whom|that)\s*,?\s*$/i.test(text.slice(Math.max(0, near.start - 12), near.start));
  if (
    !relative &&
    after[0] &&
    !/,/.test(text.slice(w.end, after[0].start)) &&
    /^\p{Ll}/u.test(after[0].text) &&
    !/['’]/.test(after[0].text) &&
    (lex.cues.has(after[0].lower) || lex.finite.has(after[0].lower))
  )
    return true;
  const last = words(text, near.start, near.end).pop();
  // ("The new book claims Mr Prescott hosted …": a document speaks; "claims he …": a subject pronoun follows a verb)
  if (last && (isDocumentHead(last.lower, lex) || /^(?:he|she|it|they|we)$/.test(after[0]?.lower ?? ""))) return false;
  return !last || !(/^\p{Lu}/u.test(last.text) || lex.pronouns.has(last.lower));
}
