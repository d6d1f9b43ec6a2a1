import { claims } from "./corpus/claims.ts";
import { eventGroups } from "./corpus/eventGroups.ts";
import { quoteGroups } from "./corpus/quoteGroups.ts";
import { speakerIds } from "./corpus/speakerIds.ts";
import { speakers } from "./corpus/speakers.ts";
import { completePublished } from "./dates/completePublished.ts";
import { extractArticle } from "./extractArticle.ts";
import type { Article, ArticleExtraction, Tables } from "./types.ts";

export interface ExtractOptions {
  /** Called after each article with the number done so far. */
  onProgress?: (done: number, article: Article) => void;
  /** Extracts one article; defaults to `extractArticle` (a worker pool may be passed in). */
  extractor?: (article: Article) => ArticleExtraction | Promise<ArticleExtraction>;
  /** How many articles may be in flight at once with an asynchronous extractor (default 1). */
  concurrency?: number;
}

/**
 * Extracts every table from a stream of articles. Per-article work is `extractArticle`; the corpus step
 * (speakers, quote groups, claims, event groups) groups rows by key, so it is linear in the corpus size.
 */
export async function extract(
  articles: AsyncIterable<Article> | Iterable<Article>,
  options: ExtractOptions = {},
): Promise<Tables> {
  const tables: Tables = { articles: [], quotes: [], speakers: [], figures: [], events: [], claims: [] };
  const extractor = options.extractor ?? extractArticle;
  let done = 0;
  const add = (x: ArticleExtraction, article: Article) => {
    tables.articles.push(x.article);
    tables.quotes.push(...x.quotes);
    tables.figures.push(...x.figures);
    tables.events.push(...x.events);
    options.onProgress?.(++done, article);
  };
  // Results are added in input order, whatever order an asynchronous extractor finishes in.
  const inFlight: [Promise<ArticleExtraction> | ArticleExtraction, Article][] = [];
  const limit = Math.max(1, options.concurrency ?? 1);
  for await (const article of articles) {
    inFlight.push([extractor(article), article]);
    while (inFlight.length >= limit) {
      const [x, a] = inFlight.shift()!;
      add(await x, a);
    }
  }
  for (const [x, a] of inFlight) add(await x, a);
  // Articles whose text never gives a year are dated with the other articles' dates as the hint.
  completePublished(tables);
  const published = new Map(tables.articles.map((a) => [a.id, a.published]));

  speakerIds(tables.quotes);
  const groupOfQuote = quoteGroups(tables.quotes);
  for (const q of tables.quotes) q.quote_group = groupOfQuote.get(q.quote_id) ?? q.quote_id;
  tables.speakers = speakers(tables.quotes, published);

  const grouped = claims(tables.figures, published);
  tables.claims = grouped.claims;
  for (const f of tables.figures) f.claim_id = grouped.claimOf.get(f.figure_id) ?? null;

  const groupOfEvent = eventGroups(tables.events);
  for (const e of tables.events) e.event_group = groupOfEvent.get(e.event_id) ?? e.event_id;
  return tables;
}
