import { escapeRegExp } from "../lexicon/escapeRegExp.ts";
import type { Mention } from "./entities.ts";
import { nearest } from "./nearest.ts";

/**
 * The last mention before `pos` that the article introduced with `noun` right before it ("drug firm
 * Phytopharm", "Bafta-winning artists Langlands & Bell", "Nogar's son, Stephen") and that satisfies `ok`:
 * what "the firm", "the artists" or "his son" refer to.
 */
export function introducedAs(
  text: string,
  mentions: readonly Mention[],
  pos: number,
  noun: string,
  ok: (m: Mention) => boolean = () => true,
): Mention | undefined {
  const before = new RegExp(`\\b${escapeRegExp(noun)},?\\s+$`, "i");
  return nearest(mentions, pos, (x) => ok(x) && before.test(text.slice(Math.max(0, x.start - 40), x.start)));
}
