import { lexicon } from "../lexicon/lexicon.ts";
import type { Doc } from "./prepare.ts";

let wires: Map<string, string> | undefined;
let heads: string | undefined;

/** An outlet naming itself in the lede, as news style does: "a source tells CBC News", "Global News has learned". */
function selfReference(doc: Doc): string | null {
  heads ??= lexicon("outlet-heads").join("|");
  const name = `((?:The )?(?:[\\p{Lu}][\\p{L}.&'-]*\\s+){0,3}(?:${heads}))\\b`;
  const pattern = new RegExp(`\\btells\\s+${name}|${name}\\s+(?:has|have)\\s+(?:learned|learnt|confirmed)\\b`, "u");
  const lede = doc.paragraphs.filter((p) => !p.furniture).slice(0, 3);
  for (const p of lede) {
    const m = pattern.exec(doc.text.slice(p.start, p.end));
    if (m) return (m[1] ?? m[2]).trim();
  }
  return null;
}

/** The outlet an article's own text names: a wire credit in its dateline, its copyright line, or itself in the lede. */
export function inferOutlet(doc: Doc): string | null {
  wires ??= new Map(lexicon("wire-services").map((e) => e.split("=").map((s) => s.trim()) as [string, string]));
  const head = doc.text.slice(0, 400);
  const credit = /^[\p{Lu}][\p{Lu} .,'-]*\(([^)]{1,20})\)\s*[—–-]/mu.exec(head)?.[1].trim();
  if (credit && wires.has(credit)) return wires.get(credit) ?? null;
  const copyright = /^\s*(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?([\p{Lu}][^,.\n]{1,60}?)(?:[,.]|\s*$)/imu.exec(doc.text);
  return copyright ? copyright[1].trim() : selfReference(doc);
}
