import type { Entities, Mention } from "./entities.ts";

/**
 * Of the candidate person mentions, the one whose person the article has named most often before
 * `before` (the earlier candidate on a tie), or undefined when there is none.
 */
export function mostNamed(ents: Entities, candidates: readonly Mention[], before: number): Mention | undefined {
  const full = (x: Mention) => ents.fullName(x.name.split(" ")).name;
  const counts = new Map<string, number>();
  for (const y of ents.mentions)
    if (y.start < before && y.kind === "person") counts.set(full(y), (counts.get(full(y)) ?? 0) + 1);
  let best: Mention | undefined;
  for (const x of candidates) if (!best || (counts.get(full(x)) ?? 0) > (counts.get(full(best)) ?? 0)) best = x;
  return best;
}
