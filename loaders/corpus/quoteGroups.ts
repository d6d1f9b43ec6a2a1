import type { QuoteRow } from "../types.ts";

/** Quotes with fewer words than this keep a group of their own ("extraordinary" is not wire copy). */
const MIN_TOKENS = 3;
/** Quotes at least this long are also matched on their first or last words (near-identical copies). */
const EDGE_TOKENS = 8;

const normal = (s: string): string[] =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Groups quotes whose text recurs across articles (wire copy, syndication): quote id → group id.
 * Texts are compared with quotation marks, case, accents and spacing folded; long quotes also
 * match on their first or last eight words, so an edited copy joins its original. The group id is
 * the id of the group's first quote in input order. Linear in the number of quotes (Map lookups).
 */
export function quoteGroups(quotes: readonly QuoteRow[]): Map<string, string> {
  const groups = new Map<string, string>();
  const byKey = new Map<string, string>();
  for (const q of quotes) {
    const tokens = normal(q.text);
    if (tokens.length < MIN_TOKENS) {
      groups.set(q.quote_id, q.quote_id);
      continue;
    }
    const keys = [`=${tokens.join(" ")}`];
    if (tokens.length >= EDGE_TOKENS) {
      keys.push(`<${tokens.slice(0, EDGE_TOKENS).join(" ")}`, `>${tokens.slice(-EDGE_TOKENS).join(" ")}`);
    }
    let group: string | undefined;
    for (const k of keys) group ??= byKey.get(k);
    group ??= q.quote_id;
    for (const k of keys) if (!byKey.has(k)) byKey.set(k, group);
    groups.set(q.quote_id, group);
  }
  return groups;
}
