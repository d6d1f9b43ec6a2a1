import type { Mention } from "./entities.ts";
import { nearest } from "./nearest.ts";

/**
 * The nearest organisation before `pos` named in more than one word whose capitalised words include every one of
 * `wanted` (lower case): "the committee" → "the Public Accounts Committee", "the city" → "the City of Hamilton".
 */
export function namedWithWords(
  mentions: readonly Mention[],
  pos: number,
  wanted: readonly string[],
): Mention | undefined {
  return nearest(mentions, pos, (x) => {
    if (x.kind !== "organization" || !x.name.includes(" ")) return false;
    const capitals = x.name
      .split(/\s+/)
      .filter((t) => /^\p{Lu}/u.test(t))
      .map((t) => t.toLowerCase());
    return wanted.every((w) => capitals.includes(w));
  });
}
