import type { QuoteRow } from "../types.ts";
import { foldName, speakerKey } from "./speakerKey.ts";

/**
 * Sets every quote's `speaker_id` (see `speakerKey`). A person the article names by surname alone ("Trudeau")
 * joins the one full name in the corpus with that surname ("Justin Trudeau"); where several full names share
 * it, only the one whose role agrees. Otherwise people who share a surname stay apart. Linear in quotes.
 */
export function speakerIds(quotes: QuoteRow[]): void {
  const bySurname = new Map<string, Map<string, Set<string>>>(); // surname → full key → roles
  for (const q of quotes) {
    q.speaker_id = speakerKey(q.speaker, q.speaker_type, q.article_id);
    if (q.speaker_type !== "person" || !q.speaker_id) continue;
    const tokens = foldName(q.speaker ?? "");
    if (tokens.length < 2) continue;
    const surname = tokens[tokens.length - 1];
    const names = bySurname.get(surname) ?? new Map<string, Set<string>>();
    bySurname.set(surname, names);
    const roles = names.get(q.speaker_id) ?? new Set<string>();
    names.set(q.speaker_id, roles);
    if (q.role) roles.add(q.role.toLowerCase());
  }
  for (const q of quotes) {
    if (q.speaker_type !== "person") continue;
    const tokens = foldName(q.speaker ?? "");
    if (tokens.length !== 1) continue;
    const names = bySurname.get(tokens[0]);
    if (!names) continue;
    const candidates = [...names.keys()];
    const role = q.role?.toLowerCase();
    const sameRole = role ? candidates.filter((k) => names.get(k)?.has(role)) : [];
    if (candidates.length === 1) q.speaker_id = candidates[0];
    else if (sameRole.length === 1) q.speaker_id = sameRole[0];
  }
}
