import type { Doc } from "../text/prepare.ts";
import type { EventCandidate } from "../types.ts";

/** Dated events, with relative dates resolved against `published` (ISO date or null). */
export function extractEvents(doc: Doc, published: string | null): EventCandidate[] {
  void doc;
  void published;
  return [];
}
