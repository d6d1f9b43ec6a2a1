import * as Inputs from "npm:@observablehq/inputs";
import { html } from "npm:htl";
import { readerLink } from "./readerLink.js";

/** The articles as a table; each title links to the article in the reader. */
export function articleTable(articles, { width } = {}) {
  return Inputs.table(articles, {
    columns: ["title", "outlet", "published", "n_words", "n_quotes", "n_figures", "n_events"],
    header: {
      title: "Title",
      outlet: "Outlet",
      published: "Published",
      n_words: "Words",
      n_quotes: "Quotes",
      n_figures: "Figures",
      n_events: "Events",
    },
    format: { title: (title, i, data) => html`<a href=${readerLink(data[i].id)}>${title ?? data[i].id}</a>` },
    width: {
      title: Math.max(200, (width ?? 640) - 540),
      outlet: 120,
      published: 90,
      n_words: 65,
      n_quotes: 65,
      n_figures: 65,
      n_events: 65,
    },
    sort: "published",
    rows: 15,
  });
}
