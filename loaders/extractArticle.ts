import { inferPublished } from "./dates/inferPublished.ts";
import { extractEvents } from "./events/extractEvents.ts";
import { extractFigures } from "./figures/extractFigures.ts";
import { extractQuotes } from "./quotes/extractQuotes.ts";
import { inferOutlet } from "./text/inferOutlet.ts";
import { prepare } from "./text/prepare.ts";
import type { Article, ArticleExtraction, ArticleRow } from "./types.ts";

/**
 * Everything presstrace extracts from one article: a pure, deterministic function of the article.
 * Row ids are `<article id>#q<n>` (quotes), `#f<n>` (figures), `#e<n>` (events), numbered in text order.
 * Corpus-level columns (`speaker_id`, `quote_group`, `claim_id`, `event_group`) are filled in by `extract`.
 * Should extraction fail on the text, the row's `status` says so (`error: extraction failed (…)`) and the
 * article has no quotes, figures or events.
 */
export function extractArticle(article: Article): ArticleExtraction {
  const row: ArticleRow = {
    id: article.id,
    path: article.path,
    title: article.title,
    outlet: article.outlet,
    url: article.url,
    published: article.published,
    published_source: article.published ? "metadata" : null,
    n_words: 0,
    status: article.status,
    text: article.text,
  };
  if (article.status !== "ok") return { article: row, quotes: [], figures: [], events: [] };
  try {
    return extractText(article, row);
  } catch (error) {
    // A fault on one article's text is reported on its row; the rest of the corpus is still extracted.
    const message = error instanceof Error ? error.message : String(error);
    return {
      article: { ...row, status: `error: extraction failed (${message})` },
      quotes: [],
      figures: [],
      events: [],
    };
  }
}

function extractText(article: Article, row: ArticleRow): ArticleExtraction {
  const doc = prepare(article.text);
  if (!row.published) {
    const inferred = inferPublished(doc);
    if (inferred) Object.assign(row, { published: inferred.date, published_source: inferred.source });
  }
  row.outlet ??= inferOutlet(doc);
  row.n_words = doc.paragraphs
    .filter((p) => !p.furniture)
    .reduce((n, p) => n + (article.text.slice(p.start, p.end).match(/\S+/g)?.length ?? 0), 0);

  const byStart = <T extends { start: number; end: number }>(rows: T[]) =>
    rows.sort((a, b) => a.start - b.start || a.end - b.end);
  const id = article.id;
  return {
    article: row,
    quotes: byStart(extractQuotes(doc)).map((q, i) => ({
      ...q,
      quote_id: `${id}#q${i + 1}`,
      article_id: id,
      speaker_id: null,
      quote_group: `${id}#q${i + 1}`,
    })),
    figures: byStart(extractFigures(doc)).map((f, i) => ({
      ...f,
      figure_id: `${id}#f${i + 1}`,
      article_id: id,
      claim_id: null,
    })),
    events: byStart(extractEvents(doc, row.published)).map((e, i) => ({
      ...e,
      event_id: `${id}#e${i + 1}`,
      article_id: id,
      event_group: `${id}#e${i + 1}`,
    })),
  };
}
