import type { QuoteRow, SpeakerRow, SpeakerType } from "../types.ts";

interface Tally {
  names: Map<string, number>;
  types: Map<SpeakerType, number>;
  roles: Map<string, number>;
  articles: Set<string>;
  n: number;
  first: string | null;
  last: string | null;
}

const most = <K extends string>(counts: Map<K, number>): K[] =>
  [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);

/**
 * One row per `speaker_id`: the name and type most often used for it, its roles (most frequent first),
 * how many quotes and articles, and the first and last publication dates it was quoted on.
 * `published` maps article id → ISO date. Linear in the number of quotes; sorted by quotes, then id.
 */
export function speakers(quotes: readonly QuoteRow[], published: ReadonlyMap<string, string | null>): SpeakerRow[] {
  const tallies = new Map<string, Tally>();
  for (const q of quotes) {
    if (!q.speaker_id || !q.speaker) continue;
    let t = tallies.get(q.speaker_id);
    if (!t) {
      t = { names: new Map(), types: new Map(), roles: new Map(), articles: new Set(), n: 0, first: null, last: null };
      tallies.set(q.speaker_id, t);
    }
    t.n++;
    t.names.set(q.speaker, (t.names.get(q.speaker) ?? 0) + 1);
    if (q.speaker_type) t.types.set(q.speaker_type, (t.types.get(q.speaker_type) ?? 0) + 1);
    if (q.role) t.roles.set(q.role, (t.roles.get(q.role) ?? 0) + 1);
    t.articles.add(q.article_id);
    const date = published.get(q.article_id) ?? null;
    if (date && (!t.first || date < t.first)) t.first = date;
    if (date && (!t.last || date > t.last)) t.last = date;
  }
  return [...tallies]
    .map(([speaker_id, t]) => ({
      speaker_id,
      name: most(t.names)[0],
      speaker_type: most(t.types)[0] ?? "person",
      roles: most(t.roles),
      n_quotes: t.n,
      n_articles: t.articles.size,
      first_published: t.first,
      last_published: t.last,
    }))
    .sort((a, b) => b.n_quotes - a.n_quotes || (a.speaker_id < b.speaker_id ? -1 : 1));
}
