/**
 * A wire dateline: a place in capitals, an optional region and date, an optional credit, and a dash
 * (`TORONTO (AP) — `, `KABUL, Afghanistan (AP) — `, `OTTAWA — `, `LONDON, Aug. 12 (Reuters) - `).
 */
const DATELINE =
  /^\p{Lu}[\p{Lu} .'’-]*\p{Lu}\.?(?:,\s*[\p{L}\d.]+(?:\s+[\p{L}\d.]+){0,3}){0,2}\s*(?:\([^()\n]{1,30}\)\s*)?(?:—|–|--?)\s+(?=["“‘\p{Lu}\p{N}])/u;

/** The length of the wire dateline opening a paragraph's text, or 0: its sentences start after it. */
export function wireDateline(paragraph: string): number {
  return DATELINE.exec(paragraph)?.[0].length ?? 0;
}
