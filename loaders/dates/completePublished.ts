import { extractEvents } from "../events/extractEvents.ts";
import { prepare } from "../text/prepare.ts";
import type { EventRow, Tables } from "../types.ts";
import { inferPublished } from "./inferPublished.ts";

/**
 * The corpus pass for articles whose text never gives their year (`said Thursday`, `Aug. 31
 * deadline`, no copyright line): infers their publication date with the other articles' dates as
 * the hint (`inferPublished(doc, { near })`), and re-extracts their events against it. Mutates
 * `tables.articles` and `tables.events` in place, keeping article order; event ids follow
 * `extractArticle` (`<article id>#e<n>`). Call it before `eventGroups`.
 */
export function completePublished(tables: Tables): void {
  const near = [...new Set(tables.articles.map((a) => a.published).filter((d): d is string => !!d))].sort();
  if (!near.length) return;
  const redone = new Map<string, EventRow[]>();
  for (const article of tables.articles) {
    if (article.published || article.status !== "ok") continue;
    const doc = prepare(article.text);
    const inferred = inferPublished(doc, { near });
    if (!inferred) continue;
    article.published = inferred.date;
    article.published_source = inferred.source;
    const id = article.id;
    redone.set(
      id,
      extractEvents(doc, inferred.date)
        .sort((a, b) => a.start - b.start || a.end - b.end)
        .map((e, i) => ({ ...e, event_id: `${id}#e${i + 1}`, article_id: id, event_group: `${id}#e${i + 1}` })),
    );
  }
  if (!redone.size) return;
  // Stable sort by article: every article's rows stay in text order, articles in input order.
  const order = new Map(tables.articles.map((a, i) => [a.id, i]));
  const events = [...tables.events.filter((e) => !redone.has(e.article_id)), ...[...redone.values()].flat()];
  events.sort((a, b) => (order.get(a.article_id) ?? 0) - (order.get(b.article_id) ?? 0));
  tables.events.length = 0;
  for (const e of events) tables.events.push(e);
}
