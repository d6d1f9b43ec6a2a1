import type { SpeakerSite } from "./speakerSite.ts";
import { words } from "./words.ts";

/**
 * Whether a cue noun is a noun here: before "from", "by" or "of" ("Early estimates from the World Bank put …"), or
 * after a plural that is no name or pronoun ("88 piano notes", "press reports").
 */
export function cueNoun({ ctx, w, after, near, from }: SpeakerSite): boolean {
  const { text, lex } = ctx;
  if (!lex.cueNouns.has(w.lower)) return false;
  if (/^(?:from|by|of)$/.test(after[0]?.lower ?? "")) return true;
  // (unless it ends the sentence after a comma: "…, a new book claims.")
  const final = after.length === 0 && near !== null && /,\s*$/.test(text.slice(from, near.start));
  if (!near || after[0]?.lower === "that" || final) return false;
  const last = words(text, near.start, near.end).pop();
  return !last || !(/^\p{Lu}/u.test(last.text) || lex.pronouns.has(last.lower));
}
