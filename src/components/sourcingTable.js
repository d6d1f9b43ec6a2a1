import * as Inputs from "npm:@observablehq/inputs";
import { html } from "npm:htl";
import { readerLink } from "./readerLink.js";

const KINDS = ["person", "anonymous", "organization"];

/**
 * Sourcing per article: one row per article (title and outlet) with its number of quotes and the share given to
 * named people, anonymous sources and organisations, sortable; each title opens the article in the reader. `quotes`
 * are quote rows joined with their article (`title`, `outlet_label`, `speaker_kind`).
 */
export function sourcingTable(quotes, { width } = {}) {
  const articles = new Map();
  for (const q of quotes) {
    const a =
      articles.get(q.article_id) ??
      articles
        .set(q.article_id, {
          id: q.article_id,
          title: q.title ?? q.article_id,
          outlet: q.outlet_label,
          n: 0,
          person: 0,
          anonymous: 0,
          organization: 0,
        })
        .get(q.article_id);
    a.n += 1;
    if (KINDS.includes(q.speaker_kind)) a[q.speaker_kind] += 1;
  }
  const rows = [...articles.values()].map((a) => ({
    ...a,
    person: a.person / a.n,
    anonymous: a.anonymous / a.n,
    organization: a.organization / a.n,
  }));
  const percent = (x) => `${Math.round(100 * x)}%`;
  return Inputs.table(rows, {
    columns: ["title", "outlet", "n", "person", "anonymous", "organization"],
    header: {
      title: "Article",
      outlet: "Outlet",
      n: "Quotes",
      person: "Named",
      anonymous: "Anonymous",
      organization: "Organisation",
    },
    format: {
      title: (title, i, data) => html`<a href=${readerLink(data[i].id)} title=${title}>${title}</a>`,
      person: percent,
      anonymous: percent,
      organization: percent,
    },
    width: {
      title: Math.max(160, (width ?? 640) - 500),
      outlet: 100,
      n: 55,
      person: 60,
      anonymous: 80,
      organization: 95,
    },
    sort: "n",
    reverse: true,
    rows: 12,
  });
}
