import type { Phrase } from "./phrases.ts";

/**
 * The one quoted in `Reuters quoted finance minister Ana Ruiz as saying …` when `cue` is the `saying`
 * (or `telling`, `writing`) after `as`: the phrase between `quoted` and `as` within `text[from, cue)`.
 */
export function quotedAs(text: string, from: number, cue: number): Phrase | null {
  const m = /\bquoted\s+([^,;:"“”]{2,80}?)\s+as\s+$/u.exec(text.slice(from, cue));
  if (!m) return null;
  const start = from + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length, appositive: null };
}
