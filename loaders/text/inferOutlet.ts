import { lexicon } from "../lexicon/lexicon.ts";
import type { Doc } from "./prepare.ts";

let wires: Map<string, string> | undefined;

/** The outlet an article's own text names: a wire credit in its dateline, or its copyright line. */
export function inferOutlet(doc: Doc): string | null {
  wires ??= new Map(lexicon("wire-services").map((e) => e.split("=").map((s) => s.trim()) as [string, string]));
  const head = doc.text.slice(0, 400);
  const credit = /^[\p{Lu}][\p{Lu} .,'-]*\(([^)]{1,20})\)\s*[—–-]/mu.exec(head)?.[1].trim();
  if (credit && wires.has(credit)) return wires.get(credit) ?? null;
  const copyright = /^\s*(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?([\p{Lu}][^,.\n]{1,60}?)(?:[,.]|\s*$)/imu.exec(doc.text);
  return copyright ? copyright[1].trim() : null;
}
