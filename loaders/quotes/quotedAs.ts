import type { Phrase } from "./phrases.ts";

/**
 * The one quoted in `Reuters quoted finance minister Ana Ruiz as saying …` when `cue` is the `saying`
 * (or `telling`, `writing`) after `as`: the phrase between `quoted` and `as` within `text[from, cue)`; in the
 * passive (`Mr Smith was quoted by Reuters as saying …`) the subject.
 */
export function quotedAs(text: string, from: number, cue: number): Phrase | null {
  const before = text.slice(from, cue);
  // "Mr Smith was quoted by Reuters as saying …": in the passive, the subject is the one quoted.
  const passive =
    /^(?:[\s\S]*[,;:]\s+)?((?:the\s+)?\p{Lu}[^,;:"“”]{0,60}?)\s+(?:was|were|is|has been|had been)\s+quoted\s+(?:by\s+[^,;:"“”]{2,60}?\s+)?as\s+$/u.exec(
      before,
    );
  if (passive) {
    const start = from + passive.index + passive[0].indexOf(passive[1]);
    return { start, end: start + passive[1].length, appositive: null };
  }
  const m = /\bquoted\s+([^,;:"“”]{2,80}?)\s+as\s+$/u.exec(before);
  if (!m || /^by\s/.test(m[1])) return null;
  const start = from + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length, appositive: null };
}
