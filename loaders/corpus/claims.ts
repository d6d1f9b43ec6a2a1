import { lexicon, lexiconSet } from "../lexicon/lexicon.ts";
import { figureLexicon, subjectKey } from "../figures/figureLexicon.ts";
import type { ClaimRow, FigureRow } from "../types.ts";

interface Lists {
  bounds: Map<string, string>;
  unitLemmas: Map<string, string>;
  personNouns: ReadonlySet<string>;
}

let lists: Lists | undefined;
function claimLists(): Lists {
  if (lists) return lists;
  const pairs = (name: string) =>
    lexicon(name).map((line) => {
      const i = line.indexOf(" = ");
      return [line.slice(0, i).trim().toLowerCase(), line.slice(i + 3).trim()] as const;
    });
  const unitLemmas = new Map<string, string>();
  for (const [lemma, forms] of pairs("figures/unit-lemmas")) {
    unitLemmas.set(lemma, lemma);
    for (const f of forms.split(",")) unitLemmas.set(f.trim().toLowerCase(), lemma);
  }
  lists = {
    bounds: new Map(pairs("figures/qualifier-bounds")),
    unitLemmas,
    personNouns: lexiconSet("figures/person-nouns"),
  };
  return lists;
}

/** The lemma of a unit word: lexicon synonyms first, else a naive singular. */
function unitLemma(unit: string | null): string {
  const u = (unit ?? "").toLowerCase();
  const { unitLemmas } = claimLists();
  return unitLemmas.get(u) ?? u.replace(/ies$/, "y").replace(/([^s])s$/, "$1");
}

/** Whether a unit names a nationality ("Afghans"): such a unit can make the same claim as a person noun. */
function isDemonym(unit: string | null): boolean {
  return unit !== null && figureLexicon().subjects.has(subjectKey(unit)) && /^\p{Lu}/u.test(unit);
}

/** The bucket of units that can make the same claim: person nouns and demonyms share one. */
function unitClass(f: FigureRow): string {
  if (f.category !== "count") return `${f.category}:${f.category === "money" ? "" : unitLemma(f.unit)}`;
  const { personNouns } = claimLists();
  const u = (f.unit ?? "").toLowerCase();
  if (personNouns.has(u) || isDemonym(f.unit)) return "count:person";
  return `count:${unitLemma(f.unit)}`;
}

/** The range of true values a figure allows, given its qualifier (`about` ±10%, `more than` upwards …). */
function interval(f: FigureRow): [number, number] {
  const lo = f.value;
  const hi = f.value_high ?? f.value;
  const kind = claimLists().bounds.get((f.approx ?? "").toLowerCase());
  if (kind === "near") return [lo * 0.9, hi * 1.1];
  if (kind === "below") return [lo * 0.9, hi];
  if (kind === "min") return [lo, Infinity];
  if (kind === "max") return [0, hi];
  return [lo, hi];
}

/** Whether figures' allowed ranges have no value in common. */
function conflicting(fs: readonly FigureRow[]): boolean {
  let lo = -Infinity;
  let hi = Infinity;
  for (const f of fs) {
    const [a, b] = interval(f);
    lo = Math.max(lo, a);
    hi = Math.min(hi, b);
  }
  return lo > hi * (1 + 1e-9);
}

/** The canonical owner of a figure ("U.S." → "United States"), or null when unknown. */
function canonicalSubject(subject: string | null): string | null {
  if (!subject) return null;
  return figureLexicon().subjects.get(subjectKey(subject)) ?? null;
}

/**
 * Splits figures into runs of comparable size: sorted by value, a run holds values within 25% of
 * its smallest. Two figures of one sentence are different quantities ("from 157,000 to 133,000"),
 * so the second starts a run of its own.
 */
function byMagnitude(fs: readonly FigureRow[]): FigureRow[][] {
  const sorted = [...fs].sort((a, b) => a.value - b.value);
  const out: FigureRow[][] = [];
  const where = (f: FigureRow) => `${f.article_id}\u0000${f.sentence}`;
  let run: FigureRow[] | null = null;
  let seen = new Set<string>();
  for (const f of sorted) {
    if (run && f.value <= run[0].value * 1.25 && !seen.has(where(f))) {
      run.push(f);
    } else {
      run = [f];
      seen = new Set();
      out.push(run);
    }
    seen.add(where(f));
  }
  return out;
}

interface RangeIndex {
  /** Whether any indexed figure allows a value in [lo, hi]. */
  overlaps: (lo: number, hi: number) => boolean;
}

/** Figures' allowed ranges sorted by lower bound, with running maxima of the upper bounds. */
function rangeIndex(fs: readonly FigureRow[]): RangeIndex {
  const ranges = fs.map(interval).sort((a, b) => a[0] - b[0]);
  const maxHi: number[] = [];
  for (const [i, r] of ranges.entries()) maxHi.push(Math.max(r[1], i ? maxHi[i - 1] : -Infinity));
  return {
    overlaps(lo, hi) {
      // the last range starting at or below hi; any range up to it that ends at or above lo overlaps
      let a = 0;
      let b = ranges.length;
      while (a < b) {
        const mid = (a + b) >> 1;
        if (ranges[mid][0] <= hi * (1 + 1e-9)) a = mid + 1;
        else b = mid;
      }
      return a > 0 && maxHi[a - 1] * (1 + 1e-9) >= lo;
    },
  };
}

const verbOf = (f: FigureRow) => (f.predicate ? f.predicate.split(" ")[0] : null);

/**
 * Groups figures that state the same quantity about the same thing into claims.
 * `published` maps article id → ISO publication date (or null). Returns the claims and,
 * for each grouped figure id, its claim id. Linear in the number of figures.
 *
 * Figures are bucketed in Maps by category, key verb (`evacuate`, `resettle`, `send`) and unit
 * (lemmatised; person nouns such as "refugees" and demonyms such as "Afghans" share a bucket),
 * then by owner after alias resolution ("U.S." = "United States" = "American", from
 * `lexicon/figures/subjects.txt`). A figure whose owner is not a known name (or not stated)
 * joins the one owner group of its bucket whose values it agrees with, when there is exactly
 * one; a figure with no owner at all is otherwise left out. Figures without a key verb are not
 * grouped. Within an owner, figures of clearly different size are different quantities: sorted by
 * value, a jump of more than 25% starts another claim. Only claims with at least two figures are
 * returned: a single figure is not a claim repeated anywhere, and the table is for comparing.
 * `conflict` is true when the figures' values cannot all be true at once, given the rounding
 * their qualifiers allow (`about`/`roughly` ±10%, `more than` upwards, `up to` downwards; a
 * figure written without a qualifier is taken as exact, so 20,000 and 21,000 conflict).
 */
export function claims(
  figures: readonly FigureRow[],
  published: ReadonlyMap<string, string | null>,
): { claims: ClaimRow[]; claimOf: Map<string, string> } {
  const buckets = new Map<string, Map<string, FigureRow[]>>();
  const unresolved: [string, FigureRow][] = [];
  for (const f of figures) {
    const verb = verbOf(f);
    if (!verb) continue;
    const bucket = `${verb}|${unitClass(f)}`;
    let groups = buckets.get(bucket);
    if (!groups) buckets.set(bucket, (groups = new Map()));
    const owner = canonicalSubject(f.subject);
    if (owner === null) {
      unresolved.push([bucket, f]);
      continue;
    }
    const list = groups.get(owner);
    if (list) list.push(f);
    else groups.set(owner, [f]);
  }
  // An owner the lexicon does not know, or none: join the one known owner whose values agree.
  // Each known owner's allowed ranges are indexed once, so each lookup is a binary search.
  // Known owners are names from the lexicon, so a bucket has at most that many.
  const known = new Map<string, [FigureRow[], RangeIndex][]>();
  for (const [bucket, groups] of buckets)
    known.set(
      bucket,
      [...groups.values()].map((g) => [g, rangeIndex(g)]),
    );
  for (const [bucket, f] of unresolved) {
    const groups = buckets.get(bucket)!;
    const [lo, hi] = interval(f);
    const fits = (known.get(bucket) ?? []).filter(([, index]) => index.overlaps(lo, hi));
    if (fits.length === 1) fits[0][0].push(f);
    else if (f.subject) {
      const key = `?${subjectKey(f.subject)}`;
      const list = groups.get(key);
      if (list) list.push(f);
      else groups.set(key, [f]);
    }
  }
  const date = (f: FigureRow) => published.get(f.article_id) ?? "\uffff";
  const order = (a: FigureRow, b: FigureRow) =>
    date(a) < date(b)
      ? -1
      : date(a) > date(b)
        ? 1
        : a.article_id < b.article_id
          ? -1
          : a.article_id > b.article_id
            ? 1
            : a.start - b.start;
  const groups: { owner: string; figures: FigureRow[] }[] = [];
  for (const g of buckets.values())
    for (const [owner, fs] of g)
      for (const cluster of byMagnitude(fs))
        if (cluster.length >= 2) groups.push({ owner, figures: cluster.sort(order) });
  groups.sort((a, b) => order(a.figures[0], b.figures[0]) || (a.owner < b.owner ? -1 : a.owner > b.owner ? 1 : 0));
  const claimOf = new Map<string, string>();
  const rows: ClaimRow[] = groups.map(({ owner, figures: fs }, n) => {
    const claim_id = `claim-${String(n + 1).padStart(4, "0")}`;
    for (const f of fs) claimOf.set(f.figure_id, claim_id);
    const values = fs.map((f) => f.value);
    const unit = (fs.find((f) => !isDemonym(f.unit)) ?? fs[0]).unit;
    const subject = owner.startsWith("?") ? (fs[0].subject ?? null) : owner;
    const predicate = verbOf(fs[0]);
    return {
      claim_id,
      unit,
      subject,
      predicate,
      label: [subject ?? "—", predicate, unit].filter((x) => x).join(" · "),
      n_figures: fs.length,
      n_articles: new Set(fs.map((f) => f.article_id)).size,
      min_value: values.reduce((m, v) => Math.min(m, v)),
      max_value: values.reduce((m, v) => Math.max(m, v)),
      conflict: conflicting(fs),
      figure_ids: fs.map((f) => f.figure_id),
      values,
      article_ids: [...new Set(fs.map((f) => f.article_id))],
    };
  });
  return { claims: rows, claimOf };
}
