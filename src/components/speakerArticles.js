import { html } from "npm:htl";
import { readerLink } from "./readerLink.js";

/**
 * The articles one speaker is quoted in, oldest first (undated last): outlet, date, title and number of quotes, the
 * title linking to the reader at the speaker's first quote in that article. `quotes` are the speaker's quote rows
 * joined with their article (`published`, `outlet_label`, `title`).
 */
export function speakerArticles(quotes, { width } = {}) {
  const byArticle = new Map();
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    const list = byArticle.get(q.article_id) ?? byArticle.set(q.article_id, []).get(q.article_id);
    list.push(q);
  }
  const articles = [...byArticle.values()].sort(
    (a, b) =>
      (a[0].published ?? "\uffff").localeCompare(b[0].published ?? "\uffff") ||
      a[0].article_id.localeCompare(b[0].article_id),
  );
  return html`<ul
    class="speaker-articles"
    style=${{ maxWidth: `${width ?? 640}px`, maxHeight: "320px", overflowY: "auto", paddingLeft: "1.2rem" }}
  >
    ${articles.map(
      ([first, ...rest]) =>
        html`<li>
          <span class="muted">${first.published ?? "undated"} · ${first.outlet_label} ·</span>
          <a href=${readerLink(first.article_id, first)}>${first.title ?? first.article_id}</a>
          <span class="muted">— ${rest.length + 1} quote${rest.length ? "s" : ""}</span>
        </li>`,
    )}
  </ul>`;
}
