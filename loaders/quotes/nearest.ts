import type { Mention } from "./entities.ts";

/** The last mention before `pos` that satisfies `ok`. */
export function nearest(mentions: readonly Mention[], pos: number, ok: (m: Mention) => boolean): Mention | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k].start < pos && ok(mentions[k])) return mentions[k];
  return undefined;
}
